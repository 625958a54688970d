"""Training: determinism, a model that really learns, the train/evaluate CLI."""
from __future__ import annotations

import json
import warnings
from pathlib import Path

import pytest

import gknlp
from gknlp.cli import main
from gknlp.training.annotations import load
from gknlp.training.evaluate import alias_only_model
from gknlp.training.train import model_checksum, train_model

ROOT = Path(__file__).resolve().parents[1]
SEEDS = [ROOT / "annotations" / f"seed00{i}.json" for i in range(5)]


@pytest.fixture(scope="module")
def seeds():
    return {d.doc: d for d in load(SEEDS)}


@pytest.fixture(scope="module")
def model_0124(seeds):
    """A model trained on seeds 000, 001, 002 and 004 only (seed 003 is held out)."""
    return train_model([seeds[f"seed00{i}"] for i in (0, 1, 2, 4)])


def _fact_at(report, text: str, start: int):
    return next(f for f in report.facts if f.start == start and f.text == text)


def test_classifier_fixes_held_out_links_the_aliases_get_wrong(seeds, model_0124):
    doc = seeds["seed003"]
    # "区政府网站“区长信箱”栏目共受理群众网上咨询、投诉来件393件": the alias 网上咨询 points at the
    # information-disclosure consultations; the gold (and the model, having seen 信箱 letters in the other
    # seeds) says mailbox.  "公布了200 个高频事项“最多跑一次”" is a subset count: the gold has no indicator.
    mail = doc.text.index("投诉来件393件") + 4
    subset = doc.text.index("公布了200 个高频事项") + 3
    gold = {f.start: f.indicator for f in doc.facts}
    assert gold[mail] == "interaction.mailbox.received" and gold[subset] is None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        alias = gknlp.parse_report(doc.text, model=alias_only_model())
        trained = gknlp.parse_report(doc.text, model=model_0124)
    assert _fact_at(alias, "393件", mail).indicator == "interaction.consultations.total"
    assert _fact_at(trained, "393件", mail).indicator == "interaction.mailbox.received"
    assert _fact_at(alias, "200 个", subset).indicator == "service.items.max_one_visit"
    assert _fact_at(trained, "200 个", subset).indicator is None


def test_training_is_deterministic_and_writes_a_safe_model(seeds, tmp_path):
    docs = [seeds["seed002"], seeds["seed003"]]
    a = tmp_path / "a"
    b = tmp_path / "b"
    train_model(docs, a)
    train_model(list(reversed(docs)), b)
    assert model_checksum(a) == model_checksum(b)
    files = sorted(p.name for p in a.iterdir())
    assert all(p.endswith((".json", ".npz")) for p in files), files
    meta = json.loads((a / "metadata.json").read_text(encoding="utf-8"))
    assert meta["gknlp_version"] == gknlp.__version__
    assert meta["taxonomy_version"] == str(gknlp.get_taxonomy().version)
    assert len(meta["annotations_checksum"]) == 64 and meta["n_documents"] == 2
    assert meta["trained_on"] == ["seed002", "seed003"]
    # different data → different weights
    c = tmp_path / "c"
    train_model([seeds["seed002"]], c)
    assert model_checksum(c) != model_checksum(a)


def test_train_and_evaluate_cli(tmp_path, capsys):
    out = tmp_path / "m"
    assert main(["train", *map(str, SEEDS[1:]), "-o", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "model checksum" in printed and (out / "metadata.json").is_file()
    js = tmp_path / "eval.json"
    assert main(["evaluate", str(SEEDS[0]), "--model", str(out), "--json", str(js)]) == 0
    captured = capsys.readouterr()
    printed = captured.out
    assert "trained on" not in captured.err  # seed000 was held out
    assert main(["evaluate", str(SEEDS[1]), "--model", str(out)]) == 0
    assert "trained on 1 of these documents (seed001)" in capsys.readouterr().err
    assert "indicator linking" in printed and "worst links" in printed
    result = json.loads(js.read_text(encoding="utf-8"))
    assert result["documents"] == 1 and result["gold_facts"] == 87
    assert 0.0 < result["headline"]["detection_f1"] <= 1.0


@pytest.mark.slow
def test_evaluate_annotations_dir_cv5_runs(tmp_path, capsys):
    """`gknlp evaluate annotations/ --cv 5` on every annotated document (about a minute)."""
    js = tmp_path / "cv.json"
    args = ["evaluate", str(ROOT / "annotations"), "--cv", "5", "--json", str(js), "--skip-missing"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # without ../shared/corpus only the seeds are evaluated
        assert main(args) == 0
        n = len(load(ROOT / "annotations", skip_missing=True))
    printed = capsys.readouterr().out
    assert "5-fold cross-validation" in printed and "alias-only" in printed
    cv = json.loads(js.read_text(encoding="utf-8"))
    tested = sorted(t for f in cv["per_fold"] for t in f["test"])
    assert cv["k"] == 5 and len(tested) == len(set(tested)) == n == cv["pooled"]["documents"]
    assert cv["pooled"]["table_cells"]["total"] >= 305  # at least the seeds' cells
    assert cv["pooled"]["headline"]["detection_f1"] > 0.5


def test_bad_annotations_are_a_clean_cli_error(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text('{"doc": "x", "path": "seeds/none.txt", "sha256": "0", "facts": []}', encoding="utf-8")
    assert main(["train", str(bad), "-o", str(tmp_path / "m")]) == 2
    assert "not found" in capsys.readouterr().err
