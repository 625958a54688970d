"""Extraction on a Dask cluster (extra ``gknlp[dask]``): one Parquet part per partition of files.

>>> from dask.distributed import Client
>>> client = Client("tcp://scheduler:8786")            # or LocalCluster() for one machine
>>> result = extract_to_parquet(["/data/reports/"], "/data/facts.parquet", client=client)
>>> result.documents, result.facts, result.failures[:3]

The files are listed on the calling machine and read by the workers, so they (and ``out``) must be
visible to every worker under the same path: a shared file system, or for ``out`` any fsspec URL
(``s3://bucket/facts.parquet`` with s3fs installed).  Each task extracts a partition of files with
:func:`gknlp.batch.extract_file` — exactly what ``gknlp extract`` does — and writes
``out/part-NNNNN.parquet`` with the schema of :func:`gknlp.batch.arrow_schema`; read the dataset
with ``pandas.read_parquet(out)``.  Files that fail are skipped and listed in
:attr:`DaskResult.failures`.
"""
from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from gknlp.batch import UsageError, arrow_schema, expand_inputs, extract_file, fact_columns, warm_up

__all__ = ["extract_to_parquet", "DaskResult"]


@dataclass
class DaskResult:
    """Summary of a distributed run."""

    out: str
    documents: int = 0
    facts: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)  # (file, error message)
    partitions: int = 0
    seconds: float = 0.0


def extract_to_parquet(
    paths: Iterable[str | Path],
    out: str | Path,
    client: Any = None,
    *,
    model: str | Path | None = None,
    files_per_partition: int = 16,
    write_text: str | Path | None = None,
) -> DaskResult:
    """Extract the facts of ``paths`` (files, directories, globs) into the Parquet dataset ``out``.

    ``client`` is a :class:`dask.distributed.Client`; without one the local multiprocessing
    scheduler of Dask is used.  ``files_per_partition`` files make one task and one part file.
    ``write_text`` writes each document's extracted text under that directory (must be shared too).
    """
    dask = _require_dask()
    import fsspec

    if files_per_partition < 1:
        raise UsageError("files_per_partition must be at least 1")
    files, missing = expand_inputs([str(p) for p in paths])
    if not files:
        raise UsageError("no input files found: " + ", ".join(missing))
    started = time.perf_counter()
    fs, root = fsspec.core.url_to_fs(str(out))
    fs.makedirs(root, exist_ok=True)
    for stale in fs.glob(f"{root}/part-*.parquet"):  # a previous run with more partitions
        fs.rm(stale)
    chunks = [files[i : i + files_per_partition] for i in range(0, len(files), files_per_partition)]
    tasks = [
        dask.delayed(_extract_partition, pure=False)(
            [(f.path, f.text_name) for f in chunk], str(out), n, None if model is None else str(model),
            None if write_text is None else str(write_text))
        for n, chunk in enumerate(chunks)
    ]
    if client is not None:
        summaries = client.gather(client.compute(tasks))
    else:
        summaries = dask.compute(*tasks, scheduler="processes")
    result = DaskResult(out=str(out), partitions=len(chunks))
    for summary in summaries:
        result.documents += summary["documents"]
        result.facts += summary["facts"]
        result.failures.extend(summary["failures"])
    result.failures.extend((spec, "no such file") for spec in missing if not _is_pattern_or_dir(spec))
    result.seconds = time.perf_counter() - started
    return result


def _extract_partition(
    files: Sequence[tuple[str, str]], out: str, number: int, model: str | None, write_text: str | None
) -> dict[str, Any]:
    """One task: extract ``files`` and write ``out/part-{number:05d}.parquet``; return counts."""
    import fsspec
    import pyarrow as pa
    import pyarrow.parquet as pq

    warm_up(model)  # once per worker process in practice: everything it loads is cached
    columns = fact_columns()
    rows: list[dict[str, Any]] = []
    failures: list[tuple[str, str]] = []
    for path, text_name in files:
        outcome = extract_file(path, model=model, write_text=write_text, text_name=text_name)
        if outcome.error is not None:
            failures.append((path, outcome.error))
        else:
            rows.extend(outcome.rows)
    table = pa.Table.from_pylist([{c: r.get(c) for c in columns} for r in rows], schema=arrow_schema())
    fs, root = fsspec.core.url_to_fs(out)
    with fs.open(f"{root}/part-{number:05d}.parquet", "wb") as fh:
        pq.write_table(table, fh)
    return {"documents": len(files), "facts": len(rows), "failures": failures}


def _is_pattern_or_dir(spec: str) -> bool:
    import glob
    import os

    return glob.has_magic(spec) or os.path.isdir(spec)


def _require_dask() -> Any:
    try:
        import dask
        import pyarrow  # noqa: F401
    except ImportError:
        raise UsageError("gknlp.dask needs the optional dependencies: pip install 'gknlp[dask]'") from None
    return dask
