"""notebooks/01_quickstart and 02_train_and_evaluate run top to bottom headlessly (they can never rot).

Executed on in-memory copies with the venv's python3 kernel; the saved outputs in the repository are left
alone.  Each notebook is meant to take well under a minute on an idle machine.
"""
from __future__ import annotations

import time
from pathlib import Path

import pytest

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")

ROOT = Path(__file__).resolve().parents[1]
pytestmark = pytest.mark.slow


def _run(name: str):
    path = ROOT / "notebooks" / name
    nb = nbformat.read(path, as_version=4)
    t0 = time.perf_counter()
    nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}}).execute()
    return nb, time.perf_counter() - t0


def _outputs(nb, kind: str = "text/plain") -> str:
    out = []
    for cell in nb.cells:
        for o in cell.get("outputs", []):
            if o.get("output_type") == "stream":
                out.append(o.get("text", ""))
            elif "data" in o and kind in o["data"]:
                out.append(o["data"][kind])
    return "\n".join(out)


def test_quickstart_runs():
    nb, seconds = _run("01_quickstart.ipynb")
    text = _outputs(nb)
    assert "193371件" in text and "service.approval.accepted" in text
    assert "table cells" in text and "indicators;" in text
    html = _outputs(nb, "text/html")
    assert "<mark" in html and "apply.received.total" in html
    assert seconds < 300


def test_train_and_evaluate_runs():
    nb, seconds = _run("02_train_and_evaluate.ipynb")
    text = _outputs(nb)
    assert "5-fold cross-validation by document" in text
    assert "alias-only linking on the same documents" in text
    assert "model checksum" in text and "annotations_checksum" in text
    assert _outputs(nb, "image/png"), "the per-group F1 bar chart is missing"
    assert seconds < 300
