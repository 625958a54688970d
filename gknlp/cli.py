"""The ``gknlp`` command line: ``extract``, ``train``, ``evaluate``, ``table``, ``convert``.

Each sub-command lives in the module that does the work; that module provides
``add_arguments(parser)`` and ``run(args) -> int``.  Errors gknlp raises on purpose
(:class:`gknlp.GknlpError`) are printed as one line, with exit status 2, never a traceback.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from gknlp.errors import GknlpError

COMMANDS = {
    "extract": ("gknlp.batch", "extract facts from report files (text, HTML, PDF, DOCX) to JSONL/CSV/Parquet"),
    "train": ("gknlp.training.train", "train the linker and fact filter on annotated reports"),
    "evaluate": ("gknlp.training.evaluate", "precision/recall/F1 of a model on annotated reports"),
    "table": ("gknlp.comparison", "one comparable row per report, one column per indicator"),
    "convert": ("gknlp.interop", "annotations to/from Label Studio, doccano, spaCy DocBin; pre-annotate reports"),
}


def build_parser() -> argparse.ArgumentParser:
    from gknlp import __version__

    parser = argparse.ArgumentParser(prog="gknlp", description=__doc__.splitlines()[0])
    parser.add_argument("--version", action="version", version=f"gknlp {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)
    for name, (module, help_text) in COMMANDS.items():
        p = sub.add_parser(name, help=help_text, description=help_text)
        p.set_defaults(_module=module)
        importlib.import_module(module).add_arguments(p)
    return parser


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(importlib.import_module(args._module).run(args) or 0)
    except GknlpError as exc:
        print(f"gknlp: error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("gknlp: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
