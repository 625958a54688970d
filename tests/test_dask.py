"""gknlp.dask on a LocalCluster: the same facts as the local path, failures listed, parts written."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from gknlp import batch

distributed = pytest.importorskip("dask.distributed")
pq = pytest.importorskip("pyarrow.parquet")

from gknlp.dask import extract_to_parquet  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                                  dashboard_address=None) as cluster, distributed.Client(cluster) as c:
        yield c


def test_same_facts_as_local_path(tmp_path: Path, client):
    reports = tmp_path / "reports"
    reports.mkdir()
    for seed in SEEDS:
        shutil.copy(seed, reports / seed.name)
    (reports / "zz_scan.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    out = tmp_path / "facts.parquet"
    result = extract_to_parquet([reports], out, client=client, files_per_partition=2, write_text=tmp_path / "text")
    assert (result.documents, result.partitions) == (6, 3)
    assert result.failures == [(str(reports / "zz_scan.txt"), "binary file: a PNG image")]
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.parquet", "part-00001.parquet", "part-00002.parquet"]
    got = pq.read_table(out).to_pylist()
    assert result.facts == len(got)
    files, _ = batch.expand_inputs([str(reports)])
    local = [row for outcome in batch.run_extraction(files) for row in outcome.rows]
    assert [(r["doc"], r["start"], r["end"], r["text"], r["unit"], r["indicator"], r["source"]) for r in got] == \
        [(r["doc"], r["start"], r["end"], r["text"], r["unit"], r["indicator"], r["source"]) for r in local]
    assert [r["value"] for r in got] == pytest.approx([float(r["value"]) for r in local])
    assert sorted(p.name for p in (tmp_path / "text").iterdir()) == sorted(s.name for s in SEEDS)


def test_rerun_replaces_old_parts(tmp_path: Path, client):
    out = tmp_path / "facts.parquet"
    extract_to_parquet([str(p) for p in SEEDS], out, client=client, files_per_partition=1)
    assert len(list(out.iterdir())) == 5
    result = extract_to_parquet([str(SEEDS[0])], out, client=client)
    assert sorted(p.name for p in out.iterdir()) == ["part-00000.parquet"]
    assert pq.read_table(out).num_rows == result.facts


def test_nothing_to_do(tmp_path: Path):
    with pytest.raises(batch.UsageError, match="no input files found"):
        extract_to_parquet([tmp_path / "none*.txt"], tmp_path / "out")
