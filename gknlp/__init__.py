"""gknlp — numeric facts from Chinese government information-disclosure annual reports.

>>> import gknlp
>>> facts = gknlp.extract("2017年共受理行政审批事项193371件，办结率100%")
>>> report = gknlp.parse_report(pathlib.Path("seeds/003_01a2f0268d3461f7.txt"))
>>> report.indicators()["apply.received.total"]
"""
from __future__ import annotations

from gknlp.errors import (
    AnnotationError,
    DocumentTooLarge,
    GknlpError,
    InputError,
    ModelError,
    TaxonomyError,
)
from gknlp.pipeline import extract, parse_report
from gknlp.report import Conflict, Fact, Report, ReportMeta, Violation
from gknlp.taxonomy import get_taxonomy

__version__ = "0.1.0"

_LAZY = {"compare": "gknlp.comparison", "compare_long": "gknlp.comparison", "check_across": "gknlp.comparison",
         "evaluate": "gknlp.training.evaluate"}


def __getattr__(name: str):
    """Lazily imported API (keeps ``import gknlp`` light): ``gknlp.compare``, ``compare_long``, ``check_across``."""
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'gknlp' has no attribute {name!r}")

__all__ = [
    "extract", "parse_report", "Fact", "Report", "ReportMeta", "Violation", "Conflict",
    "get_taxonomy", "GknlpError", "InputError", "DocumentTooLarge", "TaxonomyError",
    "ModelError", "AnnotationError", "__version__", "compare", "compare_long", "check_across", "evaluate",
]
