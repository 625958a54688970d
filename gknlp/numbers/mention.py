"""The output type of the numeric recognizer."""
from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any


@dataclass(slots=True)
class Mention:
    """A numeric expression found in text.

    ``start``/``end`` index the text given to :func:`gknlp.numbers.scan` (never shifted by
    folding).  ``value`` is normalized (scale words applied, signed for changes).  ``kind`` is one
    of count / times / person / person-time / money / percent / pp / change / ratio / other.
    ``is_fact`` is False for numbers that are not facts (dates, document numbers, phones …); then
    ``reason`` says why (date, year, doc_number, phone, postcode, url, ordinal, list_marker,
    name, law_article, counting_rule, rank, …).
    """

    text: str
    start: int
    end: int
    value: float | int | None
    unit: str | None
    kind: str
    approx: bool = False
    is_fact: bool = True
    reason: str | None = None
    change: str | None = None  # "increase"/"decrease" when a change word governs the number
    num_start: int | None = None  # span of the bare number inside the mention
    num_end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
