"""Numeric-expression recognizer: every number of a text, normalized, facts and non-facts.

>>> from gknlp.numbers import scan
>>> [(m.text, m.value, m.unit, m.kind) for m in scan("共受理3500余人次，同比下降32%")]
[('3500余人次', 3500, '人次', 'person-time'), ('下降32%', -32, '%', 'percent')]

Modules: :mod:`~gknlp.numbers.grammar` (lexicon + master pattern), :mod:`~gknlp.numbers.values`
(numeral parsing, scale words), :mod:`~gknlp.numbers.nonfacts` (non-fact rules),
:mod:`~gknlp.numbers.scanner` (the scan itself), :mod:`~gknlp.numbers.mention` (output type).
"""
from __future__ import annotations

from gknlp.numbers.mention import Mention
from gknlp.numbers.scanner import scan

__all__ = ["Mention", "scan"]
