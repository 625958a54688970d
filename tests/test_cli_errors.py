"""The CLI fails clearly: one line, non-zero exit status, never a traceback (issue 8)."""
from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "seeds" / "000_43a3f1b74f313741.txt"
DEFAULT_MODEL = ROOT / "models" / "default"


def _gknlp(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "gknlp.cli", *args], capture_output=True, text=True, timeout=300)


def _model_copy(tmp_path: Path, name: str) -> Path:
    if not DEFAULT_MODEL.is_dir():
        pytest.skip("no default model in this checkout")
    return Path(shutil.copytree(DEFAULT_MODEL, tmp_path / name))


def _bad_inputs(tmp_path: Path) -> dict[str, tuple[list[str], int, str]]:
    (tmp_path / "empty").mkdir()
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (tmp_path / "undecodable.txt").write_bytes(b"\xff\xfe\xfa\xfb\xfc abc")
    other = _model_copy(tmp_path, "other_version")
    meta = json.loads((other / "metadata.json").read_text(encoding="utf-8"))
    meta["taxonomy_version"] = "0"
    (other / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    corrupt = _model_copy(tmp_path, "corrupt")
    (corrupt / "linker_weights.npz").write_bytes(b"not a numpy archive")
    return {
        "missing path": ([str(tmp_path / "nope.txt")], 2, "no input files found"),
        "directory without reports": ([str(tmp_path / "empty")], 2, "no input files found"),
        "binary file": ([str(tmp_path / "binary.txt")], 1, "binary file"),
        "undecodable bytes": ([str(tmp_path / "undecodable.txt")], 1, "undecodable"),
        "model of another taxonomy": ([str(SEED), "--model", str(other)], 2, "retrain it"),
        "corrupted model": ([str(SEED), "--model", str(corrupt)], 2, "corrupted or tampered"),
    }


def test_each_bad_input_fails_with_one_clear_line(tmp_path: Path) -> None:
    for case, (args, status, message) in _bad_inputs(tmp_path).items():
        proc = _gknlp("extract", *args, "--quiet")
        assert proc.returncode == status, (case, proc.returncode, proc.stderr)
        assert message in proc.stderr, (case, proc.stderr)
        assert "Traceback" not in proc.stderr, (case, proc.stderr)
        assert proc.stdout == "", case
