"""``gknlp train ANNOTATIONS… -o models/NAME``: fit the classifiers on annotated reports.

The learning itself lives next to the code that uses it (:func:`gknlp.model.train` builds the
examples with :func:`gknlp.narrative.training_examples` and fits :func:`gknlp.linking.fit_linker`,
then the fact filter with :func:`gknlp.factfilter.fit` unless ``--no-factfilter``);
this module loads and validates the annotations, adds the provenance to the model metadata and
writes the model directory (JSON + NumPy only, never pickle, see :mod:`gknlp.model`)::

    metadata.json   gknlp version, taxonomy version, annotation checksum (sha256 over every
                    annotation file and text), training-example checksum, documents, metrics,
                    model checksum inputs (sha256 of each weight file)

Training is deterministic: the same annotations give byte-identical weight files, hence the same
:func:`model_checksum`.  ``--cv K`` additionally runs K-fold cross-validation by document and stores
its headline figures in the metadata (``metrics.cv``).
"""
from __future__ import annotations

import argparse
import hashlib
import json
import sys
import time
from pathlib import Path
from typing import Any, Sequence

from gknlp.errors import AnnotationError
from gknlp.training.annotations import AnnotatedDoc, load


def annotations_checksum(docs: Sequence[AnnotatedDoc]) -> str:
    """sha256 over the (sorted) annotation files and the sha256 of their texts."""
    h = hashlib.sha256()
    for d in sorted(docs, key=lambda d: d.doc):
        h.update(d.doc.encode("utf-8") + b"\0" + d.sha256.encode("ascii") + b"\0")
        if d.source_file is not None and Path(d.source_file).is_file():
            h.update(hashlib.sha256(Path(d.source_file).read_bytes()).digest())
    return h.hexdigest()


def train_model(docs: Sequence[AnnotatedDoc], out_dir: str | Path | None = None, *, seed: int = 0,
                metrics: dict[str, Any] | None = None, factfilter: bool = True) -> Any:
    """Train a :class:`gknlp.model.Model` on ``docs`` (the linker and, with ``factfilter``, the
    fact filter of :mod:`gknlp.factfilter`); save it to ``out_dir`` when given."""
    from gknlp import model as model_mod

    if not docs:
        raise AnnotationError("no annotated documents to train on")
    trained = model_mod.train(list(docs), None, seed=seed, metrics=metrics, factfilter=factfilter)
    trained.metadata.update({
        "annotations_checksum": annotations_checksum(docs),
        "n_documents": len(docs),
        "n_gold_facts": sum(len(d.facts) for d in docs),
    })
    if out_dir is not None:
        model_mod.save_model(trained, out_dir)
    return trained


def model_checksum(path: str | Path) -> str:
    """sha256 over the weight files of a saved model (independent of metadata wording)."""
    meta = json.loads((Path(path) / "metadata.json").read_text(encoding="utf-8"))
    files = meta.get("files", {})
    h = hashlib.sha256()
    for name in sorted(files):
        h.update(name.encode("utf-8") + b"\0" + hashlib.sha256((Path(path) / name).read_bytes()).digest())
    return h.hexdigest()


def training_fit(trained: Any, docs: Sequence[AnnotatedDoc]) -> dict[str, Any]:
    """Resubstitution accuracy of the linker classifier on its own training examples (a sanity
    figure: how much of the training data the model can represent — not a quality estimate)."""
    from gknlp.linking import NONE_CLASS, features
    from gknlp.narrative import training_examples

    w = trained.linker
    examples = training_examples(list(docs))
    if w is None or not examples:
        return {"examples": len(examples), "accuracy": None}
    ok = 0
    for e in examples:
        proba = w.predict_proba(features(e.context))
        best = w.classes[int(proba.argmax())]
        ok += (best if best != NONE_CLASS else None) == e.indicator
    return {"examples": len(examples), "accuracy": round(ok / len(examples), 4)}


# ---------------------------------------------------------------------------- CLI
def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("annotations", nargs="+", help="annotation files or directories (annotations/)")
    parser.add_argument("-o", "--output", required=True, help="model directory to write (e.g. models/default)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--skip-missing", action="store_true",
                        help="skip annotations whose text file is absent (e.g. ../shared/corpus not checked out)")
    parser.add_argument("--cv", type=int, default=0, metavar="K",
                        help="also run K-fold cross-validation by document and store the figures in the metadata")
    parser.add_argument("--no-factfilter", action="store_true",
                        help="do not train the fact filter (gknlp.factfilter); the model then has none")


def run(args: argparse.Namespace) -> int:
    t0 = time.perf_counter()
    docs = load(args.annotations, skip_missing=args.skip_missing)
    metrics: dict[str, Any] = {}
    if args.cv:
        from gknlp.training.evaluate import cross_validate

        use_filter = not args.no_factfilter
        cv = cross_validate(docs, args.cv, seed=args.seed, baseline=False,
                            train=lambda ds: train_model(ds, seed=args.seed, factfilter=use_filter))
        metrics["cv"] = {"k": cv.k, **cv.pooled.headline(), "linking": cv.pooled.linking.to_dict(),
                         "detection": cv.pooled.detection.to_dict()}
        if cv.without_filter is not None:
            metrics["cv"]["fact_filter"] = cv.fact_filter_figures()
    trained = train_model(docs, None, seed=args.seed, metrics=metrics, factfilter=not args.no_factfilter)
    trained.metadata["metrics"]["training_fit"] = training_fit(trained, docs)
    from gknlp.model import save_model

    out = save_model(trained, args.output)
    meta = trained.metadata
    print(f"trained on {len(docs)} documents ({meta.get('n_examples')} linker examples) in "
          f"{time.perf_counter() - t0:.1f}s -> {out}")
    print(f"model checksum {model_checksum(out)}")
    ff = trained.factfilter
    if ff is not None:
        inner = ff.metrics.get("with_filter") or {}
        print(f"fact filter: {ff.metrics.get('candidates')} candidates, {len(ff.vocab)} features, threshold "
              f"{ff.threshold:.4f} ({'enabled' if ff.enabled else 'disabled: no gain in the inner cross-validation'}); "
              f"inner-CV narrative F1 {inner.get('f1')} vs rules only {(ff.metrics.get('rules_only') or {}).get('f1')}")
    for k, v in sorted(metrics.get("cv", {}).items()):
        if not isinstance(v, dict):
            print(f"  cv {k}: {v}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    from gknlp.cli import main

    sys.exit(main(["train", *sys.argv[1:]]))
