"""Gold annotations, training and evaluation.

- :mod:`gknlp.training.annotations` — load and validate annotated reports (``annotations/*.json``).
- :mod:`gknlp.training.train` — ``gknlp train``: fit the linker and the fact filter on annotations.
- :mod:`gknlp.training.evaluate` — ``gknlp evaluate``: precision/recall/F1 and cross-validation.
"""
from __future__ import annotations

from gknlp.training.annotations import AnnotatedDoc, GoldFact, NonFact, TableRegion, load

__all__ = ["AnnotatedDoc", "GoldFact", "NonFact", "TableRegion", "load"]
