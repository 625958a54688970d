"""`gknlp extract` end to end: formats, exit statuses, per-file errors, one-line messages."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import gknlp
from gknlp.cli import main

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _library_rows(path: Path, doc: str) -> list[dict]:
    return [{"doc": doc, **f.to_dict()} for f in gknlp.parse_report(path).facts]


def _gknlp(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "gknlp.cli", *args], capture_output=True, text=True,
                          cwd=cwd, timeout=300)


def test_jsonl_to_stdout(capsys):
    assert main(["extract", str(SEEDS[0]), str(SEEDS[3])]) == 0
    out, err = capsys.readouterr()
    rows = [json.loads(line) for line in out.splitlines()]
    assert rows == _library_rows(SEEDS[0], str(SEEDS[0])) + _library_rows(SEEDS[3], str(SEEDS[3]))
    lines = [line for line in err.splitlines() if not line.startswith("gknlp: warning:")]
    assert len(lines) == 1  # the summary only: no progress bar when stderr is not a terminal
    assert lines[0].startswith("gknlp extract: 2 documents, ") and ", 0 failed, " in lines[0]


def test_csv_to_stdout(capsys):
    assert main(["extract", str(SEEDS[3]), "--format", "csv", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert [line for line in err.splitlines() if not line.startswith("gknlp: warning:")] == []
    got = list(csv.DictReader(io.StringIO(out)))
    want = _library_rows(SEEDS[3], str(SEEDS[3]))
    assert [(g["doc"], g["text"], int(g["start"]), int(g["end"]), float(g["value"]), g["unit"] or None)
            for g in got] == [(w["doc"], w["text"], w["start"], w["end"], float(w["value"]), w["unit"]) for w in want]


def test_parquet_file_and_workers(tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    one, two = tmp_path / "one.parquet", tmp_path / "two.parquet"
    assert main(["extract", str(ROOT / "seeds"), "-f", "parquet", "-o", str(one), "-q"]) == 0
    assert main(["extract", str(ROOT / "seeds" / "*.txt"), "-f", "parquet", "-o", str(two), "-q", "-j", "2"]) == 0
    rows_one, rows_two = pq.read_table(one).to_pylist(), pq.read_table(two).to_pylist()
    assert rows_one == rows_two
    want = [r for p in SEEDS for r in _library_rows(p, str(p))]
    assert [(r["doc"], r["start"], r["end"], r["text"], r["indicator"]) for r in rows_one] == \
        [(r["doc"], r["start"], r["end"], r["text"], r["indicator"]) for r in want]


def test_write_text_keeps_spans_checkable(tmp_path: Path, capsys):
    gb = tmp_path / "in" / "gb" / "report.txt"
    gb.parent.mkdir(parents=True)
    gb.write_bytes(SEEDS[3].read_text(encoding="utf-8").encode("gb18030"))
    shutil.copy(SEEDS[0], tmp_path / "in" / "seed0.txt")
    page = tmp_path / "in" / "page.html"
    page.write_text("<html><body>" + "".join(f"<p>{line}</p>" for line in
                    SEEDS[4].read_text(encoding="utf-8").split("\n")) + "</body></html>", encoding="utf-8")
    assert main(["extract", str(tmp_path / "in"), "--write-text", str(tmp_path / "text"), "-q"]) == 0
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    texts = {str(gb): tmp_path / "text" / "gb" / "report.txt",
             str(page): tmp_path / "text" / "page.html.txt",
             str(tmp_path / "in" / "seed0.txt"): tmp_path / "text" / "seed0.txt"}
    assert {r["doc"] for r in rows} == set(texts)
    for row in rows:
        text = texts[row["doc"]].read_bytes().decode("utf-8")
        assert text[row["start"]:row["end"]] == row["text"]
    html_values = [(r["value"], r["indicator"]) for r in rows if r["doc"] == str(page)]
    assert html_values == [(r["value"], r["indicator"]) for r in _library_rows(SEEDS[4], "")]


def test_bad_files_are_reported_and_skipped(tmp_path: Path):
    reports = tmp_path / "reports"
    reports.mkdir()
    shutil.copy(SEEDS[0], reports / "a_good.txt")
    shutil.copy(SEEDS[3], reports / "d_good.txt")
    (reports / "b_scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    (reports / "c_gone.txt").symlink_to(tmp_path / "deleted.txt")  # the file disappeared
    locked = reports / "e_locked.txt"
    shutil.copy(SEEDS[1], locked)
    locked.chmod(0)
    try:
        result = _gknlp("extract", str(reports), "-o", str(tmp_path / "out.jsonl"))
    finally:
        locked.chmod(0o644)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if not line.startswith(("gknlp extract:", "gknlp: warning:"))]
    expected = [f"gknlp: {reports / 'b_scan.txt'}: binary file: a PNG image",
                f"gknlp: {reports / 'c_gone.txt'}: broken symbolic link"]
    root = os.geteuid() == 0  # root reads a mode-000 file
    if not root:
        expected.append(f"gknlp: {reports / 'e_locked.txt'}: permission denied")
    assert errors == expected
    assert "Traceback" not in result.stderr
    assert f"5 documents, " in result.stderr and f", {len(expected)} failed, " in result.stderr
    rows = [json.loads(line) for line in (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()]
    # The command ran in another process (which may see newer code or model files while the team
    # works): check the rows themselves rather than comparing with this process's parse.
    good = [reports / "a_good.txt", reports / "d_good.txt"] + ([locked] if root else [])
    assert [r["doc"] for r in rows] == sorted(r["doc"] for r in rows)
    assert {r["doc"] for r in rows} == {str(p) for p in good}
    for row in rows:
        text = Path(row["doc"]).read_text(encoding="utf-8")
        assert text[row["start"]:row["end"]] == row["text"]
    seed0 = [r for r in rows if r["doc"] == str(reports / "a_good.txt")]
    assert len(seed0) == len(_library_rows(SEEDS[0], ""))


@pytest.mark.parametrize("args, message", [
    (["extract", "no/such/dir/*.txt"], "gknlp: error: no input files found: no/such/dir/*.txt"),
    (["extract", "missing.txt"], "gknlp: error: no input files found: missing.txt"),
    (["extract", "seeds", "--format", "parquet"], "gknlp: error: --format parquet needs an output file: -o OUT.parquet"),
    (["extract", "seeds", "--model", "no/such/model"], "gknlp: error: --model no/such/model: not a directory"),
    (["extract", "seeds", "--workers", "-1"], "gknlp: error: --workers must be 0 (one per CPU) or more"),
    (["extract"], "gknlp: error: no inputs: give files, directories or globs, or --files-from LIST"),
    (["extract", "--files-from", "no/such/list"], "gknlp: error: --files-from no/such/list: cannot read "
                                                   "([Errno 2] No such file or directory: 'no/such/list')"),
])
def test_usage_errors_are_one_line(args, message, capsys, monkeypatch):
    monkeypatch.chdir(ROOT)
    assert main(args) == 2
    out, err = capsys.readouterr()
    assert err.strip() == message
    assert out == ""


def test_usage_error_from_the_command(tmp_path: Path):
    result = _gknlp("extract", str(tmp_path / "nothing" / "*.txt"))
    assert (result.returncode, result.stdout) == (2, "")
    assert result.stderr == f"gknlp: error: no input files found: {tmp_path / 'nothing' / '*.txt'}\n"


def test_missing_file_among_good_ones(tmp_path: Path, capsys):
    assert main(["extract", str(SEEDS[0]), str(tmp_path / "missing.txt"), "-o", str(tmp_path / "o.jsonl")]) == 1
    err = capsys.readouterr().err
    assert f"gknlp: {tmp_path / 'missing.txt'}: no such file\n" in err
    assert "gknlp extract: 1 documents, " in err and ", 1 failed, " in err


def test_progress_bar_only_on_a_terminal(tmp_path: Path):
    pty = pytest.importorskip("pty")
    import fcntl
    import struct
    import termios

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 24, 100, 0, 0))  # a 100-column terminal
    try:
        proc = subprocess.run([sys.executable, "-m", "gknlp.cli", "extract", str(SEEDS[0]), str(SEEDS[4]),
                               "-o", str(tmp_path / "o.jsonl")], stderr=slave, stdout=subprocess.DEVNULL,
                              timeout=300)
        os.close(slave)
        chunks = []
        while True:
            try:
                chunk = os.read(master, 65536)
            except OSError:  # EIO: the terminal is closed and drained
                break
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace")
    assert proc.returncode == 0
    assert "2/2" in shown and "docs/s" in shown  # the tqdm bar with its rate
    assert "gknlp extract: 2 documents, " in shown


def test_files_from_stdin(tmp_path: Path):
    listing = f"{SEEDS[1]}\n\n{SEEDS[2]}\n"
    result = subprocess.run([sys.executable, "-m", "gknlp.cli", "extract", "--files-from", "-", "-q"],
                            input=listing, capture_output=True, text=True, timeout=300)
    assert result.returncode == 0
    docs = [json.loads(line)["doc"] for line in result.stdout.splitlines()]
    assert sorted(set(docs)) == [str(SEEDS[1]), str(SEEDS[2])]
    assert docs == sorted(docs)  # input order kept
