"""Gold annotations, training and evaluation.

- :mod:`gknlp.training.annotations` — load and validate annotated reports (``annotations/*.json``).
- :mod:`gknlp.training.train` — ``gknlp train``: fit the linker on annotations, write a safe model directory.
- :mod:`gknlp.training.evaluate` — ``gknlp evaluate``: precision/recall/F1 and cross-validation by document.

>>> from gknlp.training import load, train_model, evaluate_documents, cross_validate
"""
from __future__ import annotations

from gknlp.training.annotations import AnnotatedDoc, GoldFact, NonFact, TableRegion, load
from gknlp.training.evaluate import CVResult, EvalResult, cross_validate, evaluate_documents
from gknlp.training.train import model_checksum, train_model

__all__ = ["AnnotatedDoc", "GoldFact", "NonFact", "TableRegion", "load", "EvalResult", "CVResult",
           "evaluate_documents", "cross_validate", "train_model", "model_checksum"]
