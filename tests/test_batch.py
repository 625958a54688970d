"""gknlp.batch: input expansion, per-file extraction, worker pool, streaming writers."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import time
from pathlib import Path

import pytest

import gknlp
from gknlp import batch
from gknlp.io import read

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


def _library_rows(path: Path, doc: str) -> list[dict]:
    return [{"doc": doc, **f.to_dict()} for f in gknlp.parse_report(path).facts]


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """reports/ with two seeds, a nested HTML-named file, a non-report file and hidden entries."""
    root = tmp_path / "reports"
    (root / "2019" / "deep").mkdir(parents=True)
    (root / ".cache").mkdir()
    shutil.copy(SEEDS[0], root / "a.txt")
    shutil.copy(SEEDS[3], root / "2019" / "deep" / "b.TXT")
    (root / "2019" / "notes.csv").write_text("x,y\n", encoding="utf-8")
    (root / ".hidden.txt").write_text("1件", encoding="utf-8")
    (root / ".cache" / "c.txt").write_text("1件", encoding="utf-8")
    return root


def test_expand_directory_recursively(tree: Path):
    files, missing = batch.expand_inputs([str(tree)])
    assert [f.path for f in files] == [str(tree / "a.txt"), str(tree / "2019" / "deep" / "b.TXT")]
    assert [f.text_name for f in files] == ["a.txt", "2019/deep/b.TXT"]
    assert missing == []


def test_expand_globs_files_and_missing(tree: Path):
    specs = [str(tree / "**" / "*.TXT"), str(tree / "a.txt"), str(tree / "a.txt"), str(tree / "nope.txt"),
             str(tree / "*.pdf"), str(tree / "2019" / "notes.csv")]
    files, missing = batch.expand_inputs(specs)
    # explicit files are taken whatever their extension; duplicates once
    assert [f.path for f in files] == [str(tree / "2019" / "deep" / "b.TXT"), str(tree / "a.txt"),
                                       str(tree / "2019" / "notes.csv")]
    assert missing == [str(tree / "nope.txt"), str(tree / "*.pdf")]
    assert [f.text_name for f in files] == ["2019/deep/b.TXT", "a.txt", "2019/notes.csv.txt"]


def test_existing_names_are_literal(tmp_path: Path):
    odd = tmp_path / "發布信息[284]條.txt"  # brackets as in corpus 044, not a glob character class
    odd.write_text("1件", encoding="utf-8")
    files, missing = batch.expand_inputs([str(odd)])
    assert ([f.path for f in files], missing) == ([str(odd)], [])


def test_extract_file_matches_library(tmp_path: Path):
    out = batch.extract_file(str(SEEDS[3]), write_text=tmp_path, text_name="x/seed.txt", index=7)
    assert out.error is None and out.index == 7
    assert out.rows == _library_rows(SEEDS[3], str(SEEDS[3]))
    assert out.rows, "seed 003 has facts"
    assert out.chars == len(SEEDS[3].read_text(encoding="utf-8"))
    written = read(tmp_path / "x" / "seed.txt").text
    assert written == SEEDS[3].read_bytes().decode("utf-8")
    for row in out.rows:  # every span is checkable against the written text
        assert written[row["start"]:row["end"]] == row["text"]


def test_extract_file_reports_errors(tmp_path: Path):
    png = tmp_path / "scan.txt"
    png.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = batch.extract_file(str(png))
    assert (out.rows, out.error) == ([], "binary file: a PNG image")
    out = batch.extract_file(str(tmp_path / "gone.txt"))
    assert out.error == "no such file"


def test_extracted_text_of_gb18030_file_keeps_spans(tmp_path: Path):
    text = SEEDS[0].read_text(encoding="utf-8")
    path = tmp_path / "gb.txt"
    path.write_bytes(text.encode("gb18030"))
    out = batch.extract_file(str(path), write_text=tmp_path / "text", text_name="gb.txt")
    assert out.error is None
    assert [{k: v for k, v in r.items() if k != "doc"} for r in out.rows] == \
        [{k: v for k, v in r.items() if k != "doc"} for r in _library_rows(SEEDS[0], "")]
    written = (tmp_path / "text" / "gb.txt").read_bytes().decode("utf-8")
    assert written == text


def test_pool_keeps_input_order_and_results(tmp_path: Path):
    files = [batch.InputFile(str(p), p.name) for p in SEEDS + SEEDS[:2]]
    serial = list(batch.run_extraction(files, workers=1))
    parallel = list(batch.run_extraction(files, workers=2))
    assert [o.index for o in parallel] == list(range(len(files)))
    assert [o.doc for o in parallel] == [f.path for f in files]
    assert [o.rows for o in parallel] == [o.rows for o in serial]
    assert len({o.pid for o in parallel}) == 2  # really two processes


def test_workers_render_json_lines_equal_to_the_parent_writing_rows():
    files = [batch.InputFile(str(p), p.name) for p in SEEDS]
    serial = list(batch.run_extraction(files, workers=1, render="jsonl"))  # in-process: plain rows
    pooled = list(batch.run_extraction(files, workers=2, render="jsonl"))
    assert all(o.rendered is None for o in serial) and all(o.rows == [] for o in pooled)
    assert [o.row_count for o in pooled] == [len(o.rows) for o in serial]
    assert [[json.loads(line) for line in o.rendered.splitlines()] for o in pooled] == [o.rows for o in serial]
    assert sum(o.row_count for o in pooled) > 500  # the seeds' facts, all of them


def test_run_extraction_is_lazy():
    files = [batch.InputFile(str(p), p.name) for p in SEEDS]
    stream = batch.run_extraction(files, workers=1)
    first = next(stream)
    assert first.doc == str(SEEDS[0]) and first.error is None
    stream.close()


def _rows(fmt: str, tmp_path: Path) -> list[dict]:
    columns = batch.fact_columns()
    rows = [r for p in SEEDS[:2] for r in _library_rows(p, str(p))]
    target = tmp_path / f"out.{fmt}"
    writer = batch.RowWriter(fmt, str(target), columns)
    writer.write(rows)
    writer.close()
    assert writer.count == len(rows)
    return rows


def test_jsonl_writer(tmp_path: Path):
    rows = _rows("jsonl", tmp_path)
    lines = (tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()
    assert [json.loads(line) for line in lines] == rows
    assert list(json.loads(lines[0])) == batch.fact_columns()


def test_csv_writer(tmp_path: Path):
    rows = _rows("csv", tmp_path)
    with open(tmp_path / "out.csv", encoding="utf-8", newline="") as fh:
        got = list(csv.DictReader(fh))
    assert len(got) == len(rows)
    for g, r in zip(got, rows):
        assert g["doc"] == r["doc"] and g["text"] == r["text"]
        assert (int(g["start"]), int(g["end"])) == (r["start"], r["end"])
        assert float(g["value"]) == r["value"]
        assert g["indicator"] == (r["indicator"] or "")


def test_parquet_writer(tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    rows = _rows("parquet", tmp_path)
    table = pq.read_table(tmp_path / "out.parquet")
    assert table.column_names == batch.fact_columns()
    got = table.to_pylist()
    assert len(got) == len(rows)
    for g, r in zip(got, rows):
        assert {k: v for k, v in g.items() if k != "value"} == {k: v for k, v in r.items() if k != "value"}
        assert g["value"] == pytest.approx(r["value"])


def test_parquet_needs_output():
    with pytest.raises(batch.UsageError, match="-o"):
        batch.RowWriter("parquet", None, batch.fact_columns())


def test_empty_parquet_has_schema(tmp_path: Path):
    pq = pytest.importorskip("pyarrow.parquet")
    writer = batch.RowWriter("parquet", str(tmp_path / "empty.parquet"), batch.fact_columns())
    writer.close()
    table = pq.read_table(tmp_path / "empty.parquet")
    assert table.num_rows == 0 and table.column_names == batch.fact_columns()


def test_jsonl_to_stream():
    buffer = io.StringIO()
    writer = batch.RowWriter("jsonl", None, batch.fact_columns(), stdout=buffer)
    writer.write([{"doc": "d", "text": "7人次"}])
    writer.close()
    assert buffer.getvalue() == '{"doc": "d", "text": "7人次"}\n'


@pytest.mark.skipif(__import__("multiprocessing").get_start_method() != "fork",
                    reason="the patched extract_file reaches the workers only when they are forked")
def test_worker_death_is_reported_and_others_finish(tmp_path: Path, monkeypatch):
    real = batch.extract_file
    paths = []
    for i, seed in enumerate(SEEDS):
        path = tmp_path / f"{i}.txt"
        shutil.copy(seed, path)
        paths.append(path)

    def dies_on_2(path: str, **kwargs):  # stands in for a parse that gets the worker killed (OOM)
        if path.endswith("2.txt"):
            os._exit(9)
        return real(path, **kwargs)

    monkeypatch.setattr(batch, "extract_file", dies_on_2)
    files = [batch.InputFile(str(p), p.name) for p in paths]
    outcomes = list(batch.run_extraction(files, workers=2))
    assert [o.doc for o in outcomes] == [str(p) for p in paths]
    assert [o.error is None for o in outcomes] == [True, True, False, True, True]
    assert outcomes[2].error.startswith("the worker process died while parsing this file")
    assert outcomes[3].rows == _library_rows(paths[3], str(paths[3]))


@pytest.mark.parametrize("workers", [1, 2])
def test_timeout_abandons_a_slow_document(tmp_path: Path, workers: int):
    slow = tmp_path / "a_slow.txt"
    # 1,000,000 characters (3 MB) and 125,000 facts: far more than 2 s even at jieba's speed
    slow.write_text("共受理申请1件，" * 125_000, encoding="utf-8")
    files = [batch.InputFile(str(slow), slow.name), batch.InputFile(str(SEEDS[4]), SEEDS[4].name)]
    started = time.perf_counter()
    outcomes = list(batch.run_extraction(files, workers=workers, timeout=2))
    assert [o.error for o in outcomes] == ["timed out after 2 s", None]
    assert outcomes[1].rows == _library_rows(SEEDS[4], str(SEEDS[4]))
    assert time.perf_counter() - started < 60
