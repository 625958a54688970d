"""Model directories: save, load (safely), train.

A model directory holds only JSON and NumPy files — nothing is ever unpickled::

    metadata.json        format, gknlp version, taxonomy version, feature set, training-data checksum, metrics,
                         sha256 of every other file (tampering is detected on load)
    linker_vocab.json    feature → column
    linker_classes.json  class names (indicator ids and "__none__")
    linker_weights.npz   coef (n_classes × n_features, float16), intercept (float32); loaded with
                         allow_pickle=False
    factfilter_vocab.json     optional: feature → column of the fact filter (:mod:`gknlp.factfilter`)
    factfilter_weights.npz    optional: coef (n_features, float32), intercept (1, float32); its
                              threshold and feature set are in metadata.json under ``factfilter``

A directory without the two ``factfilter_*`` files loads as before, with no fact filter.

:func:`load_model` with no path loads the shipped default (``models/default`` in a source checkout,
``gknlp/_models/default`` in an installed wheel) once per process and caches it; when there is none
it warns once and returns None (linking then uses the taxonomy aliases only).  A model built for
another taxonomy version, or whose files do not match their recorded checksums, raises
:class:`gknlp.errors.ModelError`.

Training API (used by ``gknlp train`` in :mod:`gknlp.training`)::

    from gknlp.model import train
    model = train(docs, "models/default")      # docs: list[gknlp.training.AnnotatedDoc]

or step by step: :func:`gknlp.narrative.training_examples` → :func:`gknlp.linking.fit_linker`
→ :class:`Model` → :func:`save_model`.
"""
from __future__ import annotations

import hashlib
import io
import json
import threading
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from gknlp.errors import ModelError
from gknlp.linking import FEATURE_SET, LinkerWeights, fit_linker
from gknlp.taxonomy import get_taxonomy

#: Version of the directory layout written by :func:`save_model`.
MODEL_FORMAT = 1
_FILES = ("linker_vocab.json", "linker_classes.json", "linker_weights.npz")
#: Files of the optional fact filter (:mod:`gknlp.factfilter`).
_FACTFILTER_FILES = ("factfilter_vocab.json", "factfilter_weights.npz")
_lock = threading.Lock()


@dataclass
class Model:
    """A loaded (or freshly trained) model: the linker weights, the optional fact filter
    (:class:`gknlp.factfilter.FactFilter`) and the metadata."""

    linker: LinkerWeights | None
    metadata: dict[str, Any] = field(default_factory=dict)
    path: Path | None = None
    factfilter: Any = None


def default_model_dir() -> Path | None:
    """``models/default`` of a source checkout, else ``gknlp/_models/default`` of a wheel, else None."""
    here = Path(__file__).resolve().parent
    for cand in (here.parent / "models" / "default", here / "_models" / "default"):
        if (cand / "metadata.json").is_file():
            return cand
    return None


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def save_model(model: Model, path: str | Path) -> Path:
    """Write ``model`` to directory ``path`` (created if needed); returns the path."""
    if model.linker is None:
        raise ModelError("save_model: the model has no linker weights")
    out = Path(path)
    out.mkdir(parents=True, exist_ok=True)
    w = model.linker
    (out / "linker_vocab.json").write_text(
        json.dumps(sorted(w.vocab, key=w.vocab.__getitem__), ensure_ascii=False), encoding="utf-8")
    (out / "linker_classes.json").write_text(json.dumps(w.classes, ensure_ascii=False), encoding="utf-8")
    # half precision is plenty for linear weights and halves the shipped size
    _write_npz(out / "linker_weights.npz", {"coef": np.asarray(w.coef, dtype=np.float16),
                                            "intercept": np.asarray(w.intercept, dtype=np.float32)})
    meta = dict(model.metadata)
    names = list(_FILES)
    meta.pop("factfilter", None)
    if model.factfilter is not None:
        meta["factfilter"] = _save_factfilter(model.factfilter, out)
        names += _FACTFILTER_FILES
    else:
        for name in _FACTFILTER_FILES:  # a stale filter must not stay next to a model without one
            (out / name).unlink(missing_ok=True)
    meta.update({
        "format": MODEL_FORMAT,
        "gknlp_version": _gknlp_version(),
        "taxonomy_version": str(get_taxonomy().version),
        "feature_set": FEATURE_SET,
        "files": {name: _sha256(out / name) for name in names},
    })
    (out / "metadata.json").write_text(json.dumps(meta, ensure_ascii=False, indent=2, sort_keys=True) + "\n",
                                       encoding="utf-8")
    model.metadata, model.path = meta, out
    return out


def _save_factfilter(ff: Any, out: Path) -> dict[str, Any]:
    """Write the fact filter's files into ``out``; returns its metadata entry."""
    from gknlp.factfilter import FEATURE_SET as FF_FEATURES

    (out / "factfilter_vocab.json").write_text(
        json.dumps(sorted(ff.vocab, key=ff.vocab.__getitem__), ensure_ascii=False), encoding="utf-8")
    _write_npz(out / "factfilter_weights.npz", {"coef": np.asarray(ff.coef, dtype=np.float32),
                                                "intercept": np.asarray([ff.intercept], dtype=np.float32)})
    return {"feature_set": FF_FEATURES, "threshold": float(ff.threshold), "enabled": bool(ff.enabled),
            "metrics": ff.metrics}


def _read_factfilter(d: Path, meta: dict[str, Any]) -> Any:
    """The fact filter of model directory ``d`` (files already checksum-verified), or None when the
    model has none."""
    from gknlp.factfilter import FEATURE_SET as FF_FEATURES, FactFilter

    entry = meta.get("factfilter")
    if entry is None:
        return None
    if not isinstance(entry, dict) or entry.get("feature_set") != FF_FEATURES:
        got = entry.get("feature_set") if isinstance(entry, dict) else entry
        raise ModelError(f"{d}: fact filter uses feature set {got!r}, this gknlp computes {FF_FEATURES!r}; "
                         "retrain it with `gknlp train`")
    try:
        threshold = float(entry.get("threshold", 0.0))
        vocab_list = json.loads((d / "factfilter_vocab.json").read_text(encoding="utf-8"))
        with np.load(d / "factfilter_weights.npz", allow_pickle=False) as npz:
            coef = np.asarray(npz["coef"], dtype=np.float32)
            intercept = np.asarray(npz["intercept"], dtype=np.float32)
    except (ValueError, TypeError, OSError, KeyError) as exc:
        raise ModelError(f"{d}: unreadable fact filter files: {exc}") from exc
    if not isinstance(vocab_list, list) or coef.shape != (len(vocab_list),) or intercept.shape != (1,):
        raise ModelError(f"{d}: fact filter weight shapes {coef.shape}/{intercept.shape} do not match "
                         f"{len(vocab_list) if isinstance(vocab_list, list) else '?'} features")
    if not 0.0 <= threshold < 1.0:
        raise ModelError(f"{d}: fact filter threshold {threshold!r} is not in [0, 1)")
    return FactFilter({f: i for i, f in enumerate(vocab_list)}, coef, float(intercept[0]), threshold,
                      dict(entry.get("metrics") or {}))


def _write_npz(path: Path, arrays: dict[str, np.ndarray]) -> None:
    """A compressed .npz with fixed member timestamps, so equal arrays give equal bytes."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as zf:
        for name in sorted(arrays):
            info = zipfile.ZipInfo(f"{name}.npy", date_time=(1980, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            buf = io.BytesIO()
            np.lib.format.write_array(buf, np.ascontiguousarray(arrays[name]), allow_pickle=False)
            zf.writestr(info, buf.getvalue())


def read_model(path: str | Path) -> Model:
    """Load and verify the model directory ``path`` (no caching).  Raises :class:`ModelError`."""
    d = Path(path)
    meta_file = d / "metadata.json"
    if not meta_file.is_file():
        raise ModelError(f"{d}: not a gknlp model directory (no metadata.json)")
    try:
        meta = json.loads(meta_file.read_text(encoding="utf-8"))
    except (ValueError, UnicodeDecodeError) as exc:
        raise ModelError(f"{meta_file}: unreadable metadata: {exc}") from exc
    if meta.get("format") != MODEL_FORMAT:
        raise ModelError(f"{d}: model format {meta.get('format')!r}, this gknlp reads {MODEL_FORMAT}")
    want_tax = str(get_taxonomy().version)
    if str(meta.get("taxonomy_version")) != want_tax:
        raise ModelError(
            f"{d}: model was built for taxonomy version {meta.get('taxonomy_version')!r}, "
            f"the installed taxonomy is {want_tax!r}; retrain it with `gknlp train`")
    if meta.get("feature_set") != FEATURE_SET:
        raise ModelError(f"{d}: model uses feature set {meta.get('feature_set')!r}, this gknlp computes "
                         f"{FEATURE_SET!r}; retrain it with `gknlp train`")
    files = meta.get("files") or {}
    optional = _FACTFILTER_FILES if "factfilter" in meta or any(n in files for n in _FACTFILTER_FILES) else ()
    for name in (*_FILES, *optional):
        f = d / name
        if not f.is_file():
            raise ModelError(f"{d}: missing model file {name}")
        if files.get(name) != _sha256(f):
            raise ModelError(f"{f}: checksum differs from metadata.json (corrupted or tampered with)")
    try:
        vocab_list = json.loads((d / "linker_vocab.json").read_text(encoding="utf-8"))
        classes = json.loads((d / "linker_classes.json").read_text(encoding="utf-8"))
        with np.load(d / "linker_weights.npz", allow_pickle=False) as npz:
            coef = np.asarray(npz["coef"], dtype=np.float32)
            intercept = np.asarray(npz["intercept"], dtype=np.float32)
    except (ValueError, OSError, KeyError) as exc:
        raise ModelError(f"{d}: unreadable model files: {exc}") from exc
    if coef.shape != (len(classes), len(vocab_list)) or intercept.shape != (len(classes),):
        raise ModelError(f"{d}: weight shapes {coef.shape}/{intercept.shape} do not match "
                         f"{len(classes)} classes × {len(vocab_list)} features")
    tax = get_taxonomy()
    unknown = [c for c in classes if c != "__none__" and c not in tax]
    if unknown:
        raise ModelError(f"{d}: classes not in the taxonomy: {unknown[:5]}")
    weights = LinkerWeights({f: i for i, f in enumerate(vocab_list)}, list(classes), coef, intercept)
    return Model(linker=weights, metadata=meta, path=d, factfilter=_read_factfilter(d, meta))


_cache: dict[str, Model | None] = {}
_warned = False


def load_model(path: str | Path | None = None) -> Model | None:
    """The model at ``path`` (cached per resolved path), or the default model.

    With ``path=None`` and no default model installed, warns once and returns None.
    """
    global _warned
    with _lock:
        if path is None:
            d = default_model_dir()
            if d is None:
                if not _warned:
                    warnings.warn("gknlp: no default model installed; linking uses taxonomy aliases only",
                                  RuntimeWarning, stacklevel=2)
                    _warned = True
                return None
        else:
            d = Path(path)
        key = str(d.resolve())
        if key not in _cache:
            _cache[key] = read_model(d)
        return _cache[key]


def clear_cache() -> None:
    """Forget loaded models (tests, or after retraining in the same process)."""
    with _lock:
        _cache.clear()
    from gknlp import factfilter, narrative

    narrative._default_linker.cache_clear()
    factfilter._default_filter.cache_clear()


def train(docs: Sequence[Any], out_dir: str | Path | None = None, *, seed: int = 0, C: float = 0.3,
          metrics: dict[str, Any] | None = None, factfilter: bool = True) -> Model:
    """Fit the linker (and, with ``factfilter``, the fact filter of :mod:`gknlp.factfilter`) on
    annotated documents and (if ``out_dir``) save the model there.

    ``docs`` are :class:`gknlp.training.annotations.AnnotatedDoc` (see ``annotations/README.md``);
    their narrative facts are the training examples (:func:`gknlp.narrative.training_examples`).
    ``metrics`` (e.g. cross-validation figures computed by the caller) are stored in the metadata.
    Deterministic: the same documents and seed give byte-identical weight files.
    """
    from gknlp.linking import examples_checksum
    from gknlp.narrative import training_examples

    examples = training_examples(docs)
    weights = fit_linker(examples, seed=seed, C=C)
    meta = {
        "trained_on": sorted(getattr(d, "doc", "?") for d in docs),
        "n_examples": len(examples),
        "training_checksum": examples_checksum(examples),
        "seed": seed,
        "C": C,
        "metrics": metrics or {},
    }
    model = Model(linker=weights, metadata=meta)
    if factfilter:
        from gknlp.factfilter import fit as fit_factfilter

        model.factfilter = fit_factfilter(docs, seed=seed)
    if out_dir is not None:
        save_model(model, out_dir)
    return model


def _gknlp_version() -> str:
    try:
        from gknlp import __version__

        return __version__
    except ImportError:  # pragma: no cover
        return "unknown"

