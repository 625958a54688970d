"""Batch extraction: ``gknlp extract PATH|DIR|GLOB … [-o OUT] --format jsonl|csv|parquet [--workers N]``.

Directories are searched recursively for report-like files (:data:`REPORT_SUFFIXES`), globs are
expanded (``**`` included).  Every fact becomes one row: a ``doc`` column (the file path) followed
by the fields of :meth:`gknlp.Fact.to_dict` (:func:`fact_columns`).  Rows are written as soon as a
document is done, in input order, so memory stays flat however many files there are.

With ``--workers N`` documents are parsed by a pool of N processes whose initializer loads jieba,
the taxonomy and the model once per worker; files go out in chunks, results come back in order.  A file that cannot be read or parsed is
reported on stderr and skipped; the exit status is 1 if any file failed, 0 otherwise, 2 for usage
errors (no input found, bad model directory, Parquet without ``-o``).  :func:`extract_file` is the
per-file unit of work, shared with :mod:`gknlp.dask`.
"""
from __future__ import annotations

import argparse
import csv
import dataclasses
import gc
import glob
import json
import os
import resource
import signal
import sys
import threading
import time
import traceback
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

from gknlp.errors import GknlpError

#: Extensions picked up when a directory is searched (case-insensitive).  Files named explicitly or
#: matched by a glob are read whatever their extension.
REPORT_SUFFIXES = (".txt", ".html", ".htm", ".shtml", ".pdf", ".docx")

FORMATS = ("jsonl", "csv", "parquet")

#: A real sentence parsed once per process to load jieba, the taxonomy, patterns and the model.
WARMUP_TEXT = "2017年共受理行政审批事项193371件，办结率100%"


class UsageError(GknlpError):
    """The command line cannot be run as given (reported in one line, exit status 2)."""


@dataclass
class InputFile:
    """One file to extract: its path and the name of its extracted-text file (``--write-text``)."""

    path: str
    text_name: str


@dataclass
class Outcome:
    """What extracting one file produced: its fact rows, or the error that stopped it."""

    index: int
    doc: str
    rows: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    #: With ``run_extraction(render="jsonl")``: the rows as JSON Lines, rendered in the worker
    #: (``rows`` is then empty and ``row_count`` says how many there were).
    rendered: str | None = None
    row_count: int = 0
    chars: int = 0
    bytes: int = 0
    seconds: float = 0.0  # wall-clock time of extract_file
    cpu_seconds: float = 0.0  # CPU time of this process during extract_file
    pid: int = 0
    max_rss_kb: int = 0


# --------------------------------------------------------------------------- inputs

def expand_inputs(specs: Sequence[str]) -> tuple[list[InputFile], list[str]]:
    """Files named by ``specs`` (files, directories searched recursively, globs), in order, each once.

    Returns ``(files, missing)``: ``missing`` lists the specs that match nothing (non-existent
    paths, empty globs, directories without report files).
    """
    found: list[str] = []
    missing: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.realpath(path)
        if key not in seen:
            seen.add(key)
            found.append(path)

    for spec in specs:
        if os.path.isdir(spec):
            matches = list(_walk(spec))
        elif os.path.lexists(spec):  # an existing name is literal, even with [ ] * ? in it
            matches = [spec]
        elif glob.has_magic(spec):
            matches = [path for match in sorted(glob.glob(spec, recursive=True))
                       for path in (_walk(match) if os.path.isdir(match) else [match])]
        else:
            matches = []
        if not matches:
            missing.append(spec)
        for path in matches:
            add(path)
    root = _common_root(found)
    return [InputFile(p, _text_name(p, root)) for p in found], missing


def _walk(directory: str) -> Iterator[str]:
    """Report-like files under ``directory``, sorted, hidden files and directories skipped."""
    for dirpath, dirnames, filenames in os.walk(directory):
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and name.lower().endswith(REPORT_SUFFIXES):
                yield os.path.join(dirpath, name)


def _common_root(paths: Sequence[str]) -> str:
    if not paths:
        return ""
    parents = [os.path.dirname(os.path.abspath(p)) for p in paths]
    return os.path.commonpath(parents)


def _text_name(path: str, root: str) -> str:
    """Relative path of the extracted-text file: ``a/b.html`` → ``a/b.html.txt``, ``a/b.txt`` → ``a/b.txt``."""
    rel = os.path.relpath(os.path.abspath(path), root) if root else os.path.basename(path)
    return rel if rel.lower().endswith(".txt") else rel + ".txt"


# --------------------------------------------------------------------------- extraction

def fact_columns() -> list[str]:
    """Output columns: ``doc`` then every :class:`gknlp.Fact` field, in declaration order."""
    from gknlp.report import Fact

    return ["doc"] + [f.name for f in dataclasses.fields(Fact)]


def extract_file(
    path: str,
    *,
    model: str | Path | None = None,
    write_text: str | Path | None = None,
    text_name: str | None = None,
    index: int = 0,
) -> Outcome:
    """Parse one file into fact rows; errors are caught and returned in :attr:`Outcome.error`.

    With ``write_text`` the extracted text (what the offsets refer to) is written, UTF-8 and with
    line breaks unchanged, to ``write_text/text_name``.
    """
    from gknlp.pipeline import parse_report

    started, cpu_started = time.perf_counter(), time.process_time()
    out = Outcome(index=index, doc=path, pid=os.getpid())
    try:
        report = parse_report(Path(path), doc=path, model=model)
        out.chars = len(report.text)
        out.bytes = _size(path)
        if write_text is not None:
            _write_text(report.text, Path(write_text) / (text_name or _text_name(path, "")))
        out.rows = [{"doc": path, **f.to_dict()} for f in report.facts]
    except GknlpError as exc:
        message = str(exc)  # gknlp.io names the file itself; say it once
        out.error = message[len(path) + 2:] if message.startswith(f"{path}: ") else message
    except _Timeout as exc:
        out.error = str(exc)
    except (MemoryError, RecursionError) as exc:
        out.error = f"{type(exc).__name__} while parsing"
    except Exception as exc:  # a bug in a pipeline stage must not stop the batch
        out.error = f"internal error {_where(exc)}: {type(exc).__name__}: {exc}"
    out.seconds = time.perf_counter() - started
    out.cpu_seconds = time.process_time() - cpu_started
    out.max_rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return out


def _write_text(text: str, target: Path) -> None:
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
    except OSError as exc:
        raise UsageError(f"cannot write the extracted text to {target}: {exc.strerror or exc}") from None


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def _where(exc: BaseException) -> str:
    """``at gknlp/x.py:12`` — the innermost gknlp frame of a traceback, for bug reports."""
    frames = [f for f in traceback.extract_tb(exc.__traceback__) if "gknlp" in f.filename]
    if not frames:
        return ""
    frame = frames[-1]
    name = frame.filename[frame.filename.rfind("gknlp"):]
    return f"at {name}:{frame.lineno}"


class _Timeout(BaseException):
    """Raised by SIGALRM in the middle of a parse; a BaseException so no stage can swallow it."""


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Timeout(f"timed out after {_STATE['timeout']:g} s")


# Per-process state set by _init_worker (model path, text directory, timeout).
_STATE: dict[str, Any] = {"model": None, "write_text": None, "timeout": 0.0, "error": None, "render": None}


def _init_worker(model: str | None, write_text: str | None, timeout: float, in_pool: bool = True,
                 render: str | None = None) -> None:
    """Pool initializer: remember the settings and load everything once for this process."""
    if in_pool:
        signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is handled by the parent
    _STATE.update(model=model, write_text=write_text, timeout=timeout, error=None, render=render)
    if timeout:
        if threading.current_thread() is not threading.main_thread():
            raise UsageError("--timeout works only in the main thread of a process")
        signal.signal(signal.SIGALRM, _on_alarm)
    try:
        warm_up(model)
    except GknlpError as exc:
        _STATE["error"] = str(exc)
    if in_pool:
        # A pool worker is our own process: the loaded taxonomy, patterns and model live as long as
        # it does, so the garbage collector need not walk them again after every parse.
        gc.freeze()


def warm_up(model: str | Path | None = None) -> None:
    """Load jieba, the taxonomy, patterns and the model in this process (parse one sentence)."""
    from gknlp.pipeline import parse_report

    parse_report(WARMUP_TEXT, model=model)


def _work(task: tuple[int, str, str]) -> Outcome:
    """One task in a worker (or in-process): extract, bounded by the per-document timeout."""
    index, path, text_name = task
    if _STATE["error"]:
        return Outcome(index=index, doc=path, error=_STATE["error"], pid=os.getpid())
    timeout = _STATE["timeout"]
    if not timeout:
        return extract_file(path, model=_STATE["model"], write_text=_STATE["write_text"],
                            text_name=text_name, index=index)
    try:
        signal.setitimer(signal.ITIMER_REAL, timeout)
        try:
            return extract_file(path, model=_STATE["model"], write_text=_STATE["write_text"],
                                text_name=text_name, index=index)
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
    except _Timeout as exc:  # the alarm rang between the parse and switching it off
        return Outcome(index=index, doc=path, error=str(exc), pid=os.getpid())


def run_extraction(
    files: Sequence[InputFile],
    *,
    workers: int = 1,
    model: str | None = None,
    write_text: str | None = None,
    timeout: float = 0.0,
    render: str | None = None,
) -> Iterator[Outcome]:
    """Extract ``files`` in input order, in this process (``workers <= 1``) or in a process pool.

    Outcomes are yielded as soon as they are available in input order; at most a few chunks per
    worker are in flight, so memory does not depend on the number of files.  ``render="jsonl"``:
    pool workers send their rows as JSON Lines text (:attr:`Outcome.rendered`), which takes the
    serialisation off the parent process (write it with :meth:`RowWriter.write_outcome`).
    """
    tasks = [(i, f.path, f.text_name) for i, f in enumerate(files)]
    if workers <= 1 or len(tasks) <= 1:
        previous = signal.getsignal(signal.SIGALRM) if timeout else None
        _init_worker(model, write_text, timeout, in_pool=False)
        try:
            if _STATE["error"]:
                raise UsageError(_STATE["error"])
            for task in tasks:
                yield _work(task)
        finally:
            if timeout:
                signal.signal(signal.SIGALRM, previous)
        return
    warm_up(model)  # fail fast (bad model) before forking; forked workers inherit the loaded state
    workers = min(workers, len(tasks))
    chunksize = max(1, min(32, len(tasks) // (workers * 16)))
    yield from _pooled(tasks, workers, chunksize, (model, write_text, timeout, True, render))


Task = tuple[int, str, str]


def _pooled(tasks: list[Task], workers: int, chunksize: int, initargs: tuple[Any, ...]) -> Iterator[Outcome]:
    """Run ``tasks`` in a process pool, chunked, results in input order.

    A :class:`concurrent.futures.ProcessPoolExecutor` rather than ``multiprocessing.Pool.imap``:
    when a worker dies (killed for memory, a crash in a C extension) ``imap`` waits forever, while
    the executor reports it.  The tasks then in flight are re-run one at a time in a fresh pool, so
    the file that kills its worker is found and reported, and every other file is still extracted.
    """
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, initializer=_init_worker, initargs=initargs)

    queue = deque(tasks[i : i + chunksize] for i in range(0, len(tasks), chunksize))
    suspects: deque[Task] = deque()  # tasks re-run one at a time after a worker died
    pending: deque[tuple[Any, list[Task], bool]] = deque()  # (future, chunk, ran alone)
    pool = new_pool()
    try:
        while queue or suspects or pending:
            if suspects and not pending:
                chunk = [suspects.popleft()]
                pending.append((pool.submit(_work_chunk, chunk), chunk, True))
            while not suspects and queue and len(pending) < 4 * workers:
                chunk = queue.popleft()
                pending.append((pool.submit(_work_chunk, chunk), chunk, False))
            future, chunk, alone = pending.popleft()
            try:
                outcomes = future.result()
            except BrokenProcessPool:
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
                if alone:
                    yield _died(chunk[0])
                    continue
                in_flight = [t for c in [chunk] + [c for _, c, _ in pending] for t in c]
                pending.clear()
                suspects.extendleft(reversed(in_flight))
                continue
            yield from outcomes
    finally:
        pool.shutdown(wait=False, cancel_futures=True)


def _died(task: Task) -> Outcome:
    index, path, _ = task
    return Outcome(index=index, doc=path, error="the worker process died while parsing this file "
                   "(killed for memory? try a smaller gknlp.config.MAX_DOCUMENT_CHARS or fewer --workers)")


def _work_chunk(chunk: list[Task]) -> list[Outcome]:
    outcomes = [_work(task) for task in chunk]
    if _STATE["render"] == "jsonl":  # serialise here, in parallel, rather than in the parent
        for out in outcomes:
            out.rendered, out.row_count, out.rows = jsonl_lines(out.rows), len(out.rows), []
    return outcomes


# --------------------------------------------------------------------------- output

def jsonl_lines(rows: Sequence[dict[str, Any]]) -> str:
    """``rows`` as JSON Lines text (UTF-8 characters kept, one object per line)."""
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


class RowWriter:
    """Writes fact rows to JSON Lines, CSV or Parquet as they come."""

    def __init__(self, fmt: str, out: str | None, columns: list[str], stdout: IO[str] | None = None):
        self.fmt, self.columns, self.count = fmt, columns, 0
        self._owned: IO[str] | None = None
        self._parquet: Any = None
        self._batch: list[dict[str, Any]] = []
        if fmt == "parquet":
            if out is None or out == "-":
                raise UsageError("--format parquet needs an output file: -o OUT.parquet")
            pa, pq = _pyarrow()
            self._schema = arrow_schema()
            self._parquet = pq.ParquetWriter(out, self._schema)
            return
        if out is None or out == "-":
            self._stream = stdout or sys.stdout
        else:
            self._owned = self._stream = open(out, "w", encoding="utf-8", newline="")
        if fmt == "csv":
            self._csv = csv.DictWriter(self._stream, fieldnames=columns, extrasaction="ignore")
            self._csv.writeheader()

    def write_outcome(self, outcome: Outcome) -> int:
        """Write the rows of ``outcome`` (pre-rendered JSON Lines or plain rows); their number."""
        if outcome.rendered is not None and self.fmt == "jsonl":
            self._stream.write(outcome.rendered)
            self.count += outcome.row_count
            return outcome.row_count
        self.write(outcome.rows)
        return len(outcome.rows)

    def write(self, rows: Iterable[dict[str, Any]]) -> None:
        if self.fmt == "jsonl":
            rows = list(rows)
            self._stream.write(jsonl_lines(rows))
            self.count += len(rows)
            return
        for row in rows:
            self.count += 1
            if self.fmt == "csv":
                self._csv.writerow(row)
            else:
                self._batch.append(row)
                if len(self._batch) >= 50_000:
                    self._flush_parquet()

    def _flush_parquet(self) -> None:
        pa, _ = _pyarrow()
        table = pa.Table.from_pylist(self._batch, schema=self._schema)
        self._parquet.write_table(table)
        self._batch = []

    def close(self) -> None:
        if self._parquet is not None:
            if self._batch or self.count == 0:
                self._flush_parquet()
            self._parquet.close()
            self._parquet = None
        elif self._owned is not None:
            self._owned.close()
            self._owned = None
        else:
            self._stream.flush()


def _pyarrow() -> tuple[Any, Any]:
    try:
        import pyarrow
        import pyarrow.parquet
    except ImportError:
        raise UsageError("Parquet output needs pyarrow: pip install 'gknlp[parquet]'") from None
    return pyarrow, pyarrow.parquet


def arrow_schema() -> Any:
    """Arrow schema of the fact rows, derived from the :class:`gknlp.Fact` field annotations
    (``value`` and ``confidence`` are float64, offsets int64, flags bool, the rest strings)."""
    from gknlp.report import Fact

    pa, _ = _pyarrow()
    kinds = {"str": pa.string(), "int": pa.int64(), "float": pa.float64(), "bool": pa.bool_()}
    fields_ = [pa.field("doc", pa.string())]
    for f in dataclasses.fields(Fact):
        annotation = str(f.type)
        if "float" in annotation:
            kind = kinds["float"]
        elif "bool" in annotation:
            kind = kinds["bool"]
        elif "int" in annotation:
            kind = kinds["int"]
        else:
            kind = kinds["str"]
        fields_.append(pa.field(f.name, kind))
    return pa.schema(fields_)


# --------------------------------------------------------------------------- command line

def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``gknlp extract``."""
    parser.add_argument("inputs", nargs="*", metavar="PATH|DIR|GLOB",
                        help=f"report files, directories (searched recursively for {' '.join(REPORT_SUFFIXES)}) or globs")
    parser.add_argument("--files-from", metavar="LIST",
                        help="also read inputs from LIST, one per line ('-' = stdin), e.g. from find")
    parser.add_argument("-o", "--output", metavar="OUT", help="output file (default: stdout; required for parquet)")
    parser.add_argument("-f", "--format", choices=FORMATS, default="jsonl", help="output format (default: jsonl)")
    parser.add_argument("-j", "--workers", type=int, default=1, metavar="N",
                        help="parallel worker processes (default 1; 0 = one per CPU)")
    parser.add_argument("--model", metavar="DIR", help="model directory (default: the bundled model)")
    parser.add_argument("--write-text", metavar="DIR",
                        help="write each document's extracted text (what the offsets refer to) under DIR")
    parser.add_argument("--timeout", type=float, default=0.0, metavar="SECONDS",
                        help="give up on a document after SECONDS (default: no limit)")
    parser.add_argument("-q", "--quiet", action="store_true", help="no progress bar and no summary")


def run(args: argparse.Namespace) -> int:
    """Run ``gknlp extract``; returns the exit status."""
    with warnings.catch_warnings():
        warnings.showwarning = _one_line_warning  # restored on exit; forked workers inherit it
        return _run(args)


def _one_line_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                      file: Any = None, line: str | None = None) -> None:
    text = str(message).removeprefix("gknlp: ")
    print(f"gknlp: warning: {text}", file=sys.stderr)


def _run(args: argparse.Namespace) -> int:
    if args.workers < 0:
        raise UsageError("--workers must be 0 (one per CPU) or more")
    if args.timeout < 0:
        raise UsageError("--timeout must be positive")
    workers = args.workers or os.cpu_count() or 1
    specs = list(args.inputs) + (_read_list(args.files_from) if args.files_from else [])
    if not specs:
        raise UsageError("no inputs: give files, directories or globs, or --files-from LIST")
    files, missing = expand_inputs(specs)
    if not files:
        raise UsageError("no input files found: " + ", ".join(missing[:5]) + (" …" if len(missing) > 5 else ""))
    not_found = [s for s in missing if not glob.has_magic(s) and not os.path.isdir(s)]
    for spec in missing:
        _warn(f"{spec}: no such file" if spec in not_found else f"{spec}: no report files")
    if args.model is not None and not os.path.isdir(args.model):
        raise UsageError(f"--model {args.model}: not a directory")
    if args.write_text is not None:
        os.makedirs(args.write_text, exist_ok=True)
    writer = RowWriter(args.format, args.output, fact_columns())
    progress = _progress(len(files), disable=args.quiet or not sys.stderr.isatty())
    started = time.perf_counter()
    docs = facts = failed = size = 0
    try:
        for outcome in run_extraction(files, workers=workers, model=args.model, write_text=args.write_text,
                                      timeout=args.timeout, render="jsonl" if args.format == "jsonl" else None):
            docs += 1
            size += outcome.bytes
            if outcome.error is not None:
                failed += 1
                _warn(f"{outcome.doc}: {outcome.error}", progress)
            else:
                facts += writer.write_outcome(outcome)
            progress.update(1)
    except BrokenPipeError:  # `gknlp extract … | head`: the reader is gone, stop quietly
        _silence_stdout()
        return 141
    finally:
        progress.close()
        writer.close()
    failed += len(not_found)
    if not args.quiet:
        seconds = time.perf_counter() - started
        print(f"gknlp extract: {docs} documents, {facts} facts, {failed} failed, {seconds:.1f} s "
              f"({docs / max(seconds, 1e-9):.1f} docs/s, {size / 1024 / max(seconds, 1e-9):.0f} KB/s)",
              file=sys.stderr)
    return 1 if failed else 0


def _read_list(source: str) -> list[str]:
    """Non-empty lines of a file list (``-`` = stdin)."""
    try:
        if source == "-":
            lines = sys.stdin.read().splitlines()
        else:
            with open(source, encoding="utf-8") as fh:
                lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"--files-from {source}: cannot read ({exc})") from None
    return [line.strip() for line in lines if line.strip()]


def _silence_stdout() -> None:
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _progress(total: int, disable: bool) -> Any:
    from tqdm import tqdm

    return tqdm(total=total, unit=" docs", file=sys.stderr, disable=disable, dynamic_ncols=True, smoothing=0.1)


def _warn(message: str, progress: Any = None) -> None:
    line = f"gknlp: {message}".replace("\n", " ")
    if progress is not None and not progress.disable:
        progress.write(line, file=sys.stderr)
    else:
        print(line, file=sys.stderr)


__all__ = ["REPORT_SUFFIXES", "FORMATS", "InputFile", "Outcome", "UsageError", "expand_inputs",
           "extract_file", "run_extraction", "fact_columns", "arrow_schema", "RowWriter", "add_arguments", "run",
           "warm_up"]
