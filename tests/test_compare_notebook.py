"""notebooks/03_compare_years.ipynb runs top to bottom and shows the 平潭 series honestly.

The notebook reads ../shared/corpus/001–009 (the project must not copy them); without that directory the
test is skipped.  It is executed on a copy (the saved outputs in the repository are left alone).
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOK = ROOT / "notebooks" / "03_compare_years.ipynb"
CORPUS = ROOT.parent / "shared" / "corpus"

pytestmark = pytest.mark.slow


def _text(cell) -> str:
    out = []
    for o in cell.get("outputs", []):
        if o.get("output_type") == "stream":
            out.append(o.get("text", ""))
        elif "data" in o:
            out.append(o["data"].get("text/plain", ""))
    return "".join(out)


@pytest.fixture(scope="module")
def executed():
    if not (CORPUS / "001.txt").exists():
        pytest.skip("../shared/corpus is not available")
    nb = nbformat.read(NOTEBOOK, as_version=4)
    t0 = time.perf_counter()
    nbclient.NotebookClient(nb, timeout=120, kernel_name="python3",
                            resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    return nb, time.perf_counter() - t0


def test_notebook_runs_without_errors_and_fast(executed) -> None:
    nb, seconds = executed
    errors = [o for c in nb.cells for o in c.get("outputs", []) if o.get("output_type") == "error"]
    assert errors == []
    assert seconds < 60


def test_notebook_parses_nine_reports_into_one_table(executed) -> None:
    nb, _ = executed
    code = [c for c in nb.cells if c.cell_type == "code"]
    joined = "\n".join(_text(c) for c in code)
    assert "missing: none" in joined
    assert "9 reports parsed" in joined
    assert "9 reports ×" in joined
    assert "every span checked against its report text" in joined
    assert "0 cross-report violations" in joined
    # 17 year statements + 6 历年累计 continuities (county 2012→2013, zone 2013→2014→2015)
    assert "23 rule instances checked; 23 hold" in joined


def test_notebook_draws_the_charts(executed) -> None:
    nb, _ = executed
    images = [o for c in nb.cells for o in c.get("outputs", []) if "image/png" in o.get("data", {})]
    assert len(images) == 1


def test_saved_notebook_has_outputs() -> None:
    nb = nbformat.read(NOTEBOOK, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code and all(c.get("execution_count") for c in code)
    assert any("image/png" in o.get("data", {}) for c in code for o in c.get("outputs", []))
