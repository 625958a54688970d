"""Label Studio / doccano / DocBin interop (gknlp.interop) on the real seed annotations."""
from __future__ import annotations

import json
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin

import gknlp
import gknlp.spacy as gks
from gknlp import interop
from gknlp.errors import AnnotationError
from gknlp.training.annotations import AnnotatedDoc, GoldFact, load

ROOT = Path(__file__).resolve().parents[1]
SEED_FILES = sorted((ROOT / "annotations").glob("seed*.json"))


@pytest.fixture(scope="module")
def seeds() -> list[AnnotatedDoc]:
    docs = load(SEED_FILES)
    assert len(docs) >= 3
    return docs


@pytest.fixture(scope="module")
def tokenizer_nlp():
    return gks.blank(component=False)


def _same(a: AnnotatedDoc, b: AnnotatedDoc) -> None:
    assert (a.doc, a.rel_path, a.sha256, a.text, a.meta, a.complete) == (b.doc, b.rel_path, b.sha256, b.text, b.meta, b.complete)
    assert a.facts == b.facts
    assert a.nonfacts == b.nonfacts
    assert a.tables == b.tables
    assert a.indicators == b.indicators


def test_label_studio_round_trip_loses_nothing(seeds, tmp_path):
    path = tmp_path / "ls.json"
    interop.write_label_studio(interop.to_label_studio(seeds), path)
    back = interop.from_label_studio(path)
    assert len(back) == len(seeds)
    for a, b in zip(seeds, back):
        _same(a, b)


def test_doccano_round_trip_loses_nothing(seeds, tmp_path):
    path = tmp_path / "doccano.jsonl"
    interop.write_jsonl(interop.to_doccano(seeds), path)
    assert len(path.read_text(encoding="utf-8").splitlines()) == len(seeds)
    back = interop.from_doccano(path)
    for a, b in zip(seeds, back):
        _same(a, b)


def test_round_trip_from_annotation_file_paths_and_dicts(seeds):
    raw = interop.to_raw(seeds[0])
    assert raw == json.loads(SEED_FILES[0].read_text(encoding="utf-8")) | {"facts": raw["facts"]}
    for source in (SEED_FILES[0], raw):
        (back,) = interop.from_label_studio(interop.to_label_studio(source))
        _same(seeds[0], back)


def test_label_studio_task_layout(seeds):
    doc = seeds[0]
    (task,) = interop.to_label_studio(doc)
    assert task["data"]["text"] == doc.text and task["data"]["sha256"] == doc.sha256
    result = task["annotations"][0]["result"]
    labels = [r for r in result if r["type"] == "labels"]
    assert len(labels) == len(doc.facts) + len(doc.nonfacts) + len(doc.tables)
    f = doc.facts[0]
    fields = task["data"]["gknlp_regions"]
    region = next(r for r in labels if r["value"]["start"] == f.start and fields[r["id"]]["kind"] == "fact")
    assert fields[region["id"]] == {"kind": "fact", **{k: v for k, v in interop.to_raw(doc)["facts"][0].items()
                                                       if k not in ("start", "end", "text")}}
    assert region["value"]["text"] == f.text and region["value"]["labels"] == [f.indicator or "FACT"]
    areas = {r["from_name"]: r["value"]["text"] for r in result if r["id"] == region["id"] and r["type"] == "textarea"}
    assert areas["value"] == [json.dumps(f.value)]


def test_label_studio_edits_win_over_meta(seeds):
    doc = seeds[0]
    (task,) = interop.to_label_studio(doc)
    task = json.loads(json.dumps(task))
    result = task["annotations"][0]["result"]
    target = next(f for f in doc.facts if f.indicator is None)
    region = next(r for r in result if r["type"] == "labels" and r["value"]["start"] == target.start)
    other_id = next(i for i in gknlp.get_taxonomy().ids() if i != target.indicator)
    region["value"]["labels"] = [other_id]  # the annotator re-linked the fact …
    for r in result:  # … and corrected its value
        if r["id"] == region["id"] and r["from_name"] == "value":
            r["value"]["text"] = ["12.5"]
    (back,) = interop.from_label_studio([task])
    fact = next(f for f in back.facts if f.start == target.start)
    assert (fact.indicator, fact.value, fact.unit, fact.label) == (other_id, 12.5, target.unit, target.label)
    for r in result:
        if r["id"] == region["id"] and r["from_name"] == "value":
            r["value"]["text"] = ["1.2万"]  # typed with a scale word: read by gknlp's number scanner
    (back,) = interop.from_label_studio([task])
    assert next(f for f in back.facts if f.start == target.start).value == 12000
    for r in result:
        if r["id"] == region["id"] and r["from_name"] == "value":
            r["value"]["text"] = ["很多"]
    with pytest.raises(AnnotationError, match="not one numeric"):
        interop.from_label_studio([task])
    for r in result:
        if r["id"] == region["id"] and r["from_name"] == "value":
            r["value"]["text"] = ["12.5"]
    region["value"]["labels"] = ["NONFACT"]  # relabelled as a non-fact: the fact's fields do not follow
    (back,) = interop.from_label_studio([task])
    assert target.start not in {f.start for f in back.facts}
    assert next(n for n in back.nonfacts if n.start == target.start).reason == "unspecified"
    region["value"]["labels"] = ["not.an.indicator"]
    with pytest.raises(AnnotationError, match="unknown"):
        interop.from_label_studio([task])


def test_label_studio_latest_annotation_and_cancelled(seeds):
    (task,) = interop.to_label_studio(seeds[0])
    old = {"id": 7, "result": [], "updated_at": "2020-01-01T00:00:00Z"}
    task["annotations"][0]["updated_at"] = "2024-05-01T00:00:00Z"
    cancelled = {"id": 9, "result": [], "was_cancelled": True, "updated_at": "2030-01-01T00:00:00Z"}
    task["annotations"] = [old, task["annotations"][0], cancelled]
    (back,) = interop.from_label_studio([task])
    assert back.facts == seeds[0].facts


def test_label_studio_utf16_offsets(seeds, tmp_path):
    """Label Studio counts UTF-16 units: a character outside the BMP shifts its offsets by one."""
    doc = seeds[0]
    prefix = "𠮷"  # U+20BB7, two UTF-16 units
    text_file = tmp_path / "astral.txt"
    text_file.write_text(prefix + doc.text, encoding="utf-8")
    raw = interop.to_raw(doc)
    raw["path"] = text_file.name
    raw["sha256"] = __import__("hashlib").sha256(text_file.read_bytes()).hexdigest()
    for key in ("facts", "nonfacts", "tables"):
        for item in raw[key]:
            item["start"] += 1
            item["end"] += 1
    shifted = interop.annotated(raw, root=tmp_path)[0]
    (task,) = interop.to_label_studio(shifted)
    regions = {(r["value"]["start"], r["value"]["end"], r["value"]["text"])
               for r in task["annotations"][0]["result"] if r["type"] == "labels"}
    for f in shifted.facts:  # UTF-16 offsets: one more than the code-point offsets
        assert (f.start + 1, f.end + 1, f.text) in regions
    (back,) = interop.from_label_studio([task], root=tmp_path)
    _same(shifted, back)


def test_label_studio_task_without_text_file_needs_texts_dir(seeds, tmp_path):
    (task,) = interop.to_label_studio(seeds[1])
    for key in ("path", "sha256"):
        del task["data"][key]
    with pytest.raises(AnnotationError, match="texts_dir"):
        interop.from_label_studio([task])
    (back,) = interop.from_label_studio([task], texts_dir=tmp_path / "texts", root=tmp_path)
    assert back.rel_path == f"texts/{seeds[1].doc}.txt"
    assert back.facts == seeds[1].facts and back.text == seeds[1].text


def test_label_studio_config_lists_every_indicator():
    root = ET.fromstring(interop.label_studio_config())
    values = {el.get("value") for el in root.iter("Label")}
    tax = gknlp.get_taxonomy()
    assert set(tax.ids()) | {"FACT", "NONFACT", "TABLE"} < values
    assert "apply.received.total.yoy_pct" in values and "apply.received.total.yoy_pct.yoy_pct" not in values
    assert all(v in ("FACT", "NONFACT", "TABLE") or tax.is_valid_id(v) for v in values)
    used = {f["indicator"] for p in SEED_FILES for f in json.loads(p.read_text(encoding="utf-8"))["facts"]}
    assert used - {None} <= values
    assert root.find("Filter").get("toName") == "label"
    assert {el.get("name") for el in root.iter("TextArea")} == {"value", "unit", "phrase"}


def test_doccano_spans_added_in_the_tool(seeds):
    doc = seeds[0]
    (rec,) = interop.to_doccano(doc)
    # an annotator removes one fact's gknlp entry and re-adds the span by hand (no value)
    target = next(f for f in doc.facts if f.unit and f.text[0].isdigit() and not f.approx and f.source == "narrative")
    rec["gknlp"]["spans"] = [s for s in rec["gknlp"]["spans"] if s["start"] != target.start]
    (back,) = interop.from_doccano([rec])
    fact = next(f for f in back.facts if f.start == target.start)
    assert (fact.value, fact.unit) == (target.value, target.unit)  # read by gknlp's number scanner
    assert fact.label is None  # the phrase was not re-entered
    # a hand-made span over text that is not a number cannot get a value
    rec["label"].append([0, 2, "FACT"])
    with pytest.raises(AnnotationError, match="not one numeric"):
        interop.from_doccano([rec])


def test_doccano_entities_layout(seeds):
    (rec,) = interop.to_doccano(seeds[1])
    rec["entities"] = [{"id": i, "start_offset": s, "end_offset": e, "label": lab}
                       for i, (s, e, lab) in enumerate(rec.pop("label"))]
    (back,) = interop.from_doccano([rec])
    _same(seeds[1], back)


def test_docbin_reports_misaligned_spans(seeds, tokenizer_nlp, tmp_path):
    export = interop.to_docbin(seeds, nlp=tokenizer_nlp)
    export.to_disk(tmp_path / "gold.spacy")
    docs = list(DocBin().from_disk(tmp_path / "gold.spacy").get_docs(tokenizer_nlp.vocab))
    assert len(docs) == len(seeds) == export.n_docs
    total = sum(len(s.facts) for s in seeds)
    assert export.n_spans + len(export.misaligned) == total
    assert all(m.action == "skipped" for m in export.misaligned)
    for adoc, doc in zip(seeds, docs):
        in_bin = {(s.start_char, s.end_char) for s in doc.spans["gknlp"]}
        missing = {(m.start, m.end) for m in export.misaligned if m.doc == adoc.doc}
        assert in_bin | missing == {(f.start, f.end) for f in adoc.facts}
        assert not in_bin & missing
        for s in doc.spans["gknlp"]:
            gold = s._.fact
            assert isinstance(gold, GoldFact) and s.text == gold.text
            assert s.label_ == (gold.indicator or "FACT") and s._.value == gold.value
        for m in (m for m in export.misaligned if m.doc == adoc.doc):
            assert adoc.text[m.start:m.end] == m.text and m.text in m.tokens
    # seed 001: 同比下降32% is one jieba token, the annotated fact is 下降32%
    assert any(m.text == "下降32%" and m.tokens == "同比下降32%" for m in export.misaligned)


def test_docbin_expand_and_character_tokens(seeds, tokenizer_nlp):
    expanded = interop.to_docbin(seeds, nlp=tokenizer_nlp, alignment_mode="expand", include_nonfacts=True)
    assert expanded.n_spans == sum(len(s.facts) + len(s.nonfacts) for s in seeds)
    assert expanded.misaligned and all(m.action == "expanded" for m in expanded.misaligned)
    chars = interop.to_docbin(seeds, nlp=spacy.blank("zh"))  # character tokens: everything aligns
    assert chars.misaligned == [] and chars.n_spans == sum(len(s.facts) for s in seeds)
    with pytest.raises(ValueError):
        interop.to_docbin(seeds, alignment_mode="nearest")


def test_report_pre_annotation_round_trip():
    path = "seeds/003_01a2f0268d3461f7.txt"
    report = gknlp.parse_report(ROOT / path)
    task = interop.report_to_label_studio(report, path=ROOT / path)
    assert task["predictions"][0]["model_version"].startswith("gknlp ")
    task["data"]["path"] = path
    (back,) = interop.from_label_studio([task], use_predictions=True)
    assert [(f.start, f.end, f.value, f.unit, f.indicator, f.source, f.approx) for f in back.facts] == \
           [(f.start, f.end, f.value, f.unit, f.indicator, f.source, f.approx) for f in report.facts]
    assert back.indicators == report.indicators()
    assert [(t.start, t.end, t.format) for t in back.tables] == [(t.start, t.end, t.format) for t in report.tables]
    assert len(back.tables) == 3  # seed 003 (2020 format): tables 2, 3 and 4
    assert interop.from_label_studio([task]) == []  # predictions are not gold unless asked for
    rec = interop.report_to_doccano(report, path=ROOT / path)
    rec["gknlp"]["path"] = path
    (back2,) = interop.from_doccano([rec])
    assert back2.facts == back.facts


def test_cli_convert_round_trip_and_docbin(tmp_path, capsys):
    from gknlp.cli import main

    seed = SEED_FILES[-1]
    assert main(["convert", str(seed), "--to", "label-studio", "-o", str(tmp_path / "ls.json")]) == 0
    assert main(["convert", str(tmp_path / "ls.json"), "--from", "label-studio", "--to", "doccano",
                 "-o", str(tmp_path / "d.jsonl")]) == 0
    assert main(["convert", str(tmp_path / "d.jsonl"), "--from", "doccano", "--to", "gknlp",
                 "-o", str(tmp_path / "back")]) == 0
    (written,) = (tmp_path / "back").iterdir()
    assert json.loads(written.read_text(encoding="utf-8")) == json.loads(seed.read_text(encoding="utf-8"))
    capsys.readouterr()
    assert main(["convert", *map(str, SEED_FILES), "--to", "spacy", "-o", str(tmp_path / "g.spacy")]) == 0
    err = capsys.readouterr().err
    assert "\t下降32%\t" in err and "misaligned (strict)" in err
    assert (tmp_path / "g.spacy").stat().st_size > 0
    assert main(["convert", str(seed), "--from", "report", "--to", "spacy", "-o", str(tmp_path / "x")]) == 2


def test_round_trips_keep_keys_the_loader_does_not_model(seeds):
    """Annotation files carry extra keys (``notes``; a fact's ``ambiguous``): the tools keep them."""
    raw = json.loads(SEED_FILES[0].read_text(encoding="utf-8"))
    raw["notes"] = ["table layout is the local variant"]
    raw["facts"][3]["ambiguous"] = True
    raw["nonfacts"][0]["checked_by"] = "H7"
    (ls_back,) = interop.from_label_studio(json.loads(json.dumps(interop.to_label_studio(raw))), as_dicts=True)
    (dc_back,) = interop.from_doccano(json.loads(json.dumps(interop.to_doccano(raw))), as_dicts=True)
    for back in (ls_back, dc_back):
        assert back["notes"] == ["table layout is the local variant"]
        assert sorted(map(json.dumps, back["facts"])) == sorted(map(json.dumps, raw["facts"]))
        assert back["nonfacts"] == sorted(raw["nonfacts"], key=lambda n: n["start"])
        assert back == {**raw, "facts": back["facts"], "nonfacts": back["nonfacts"]}


def test_every_seed_file_survives_both_tools_as_json(tmp_path):
    from gknlp.training.annotations import dump

    for f in SEED_FILES:
        original = json.loads(f.read_text(encoding="utf-8"))
        for back in (interop.from_label_studio(interop.to_label_studio(f), as_dicts=True)[0],
                     interop.from_doccano(interop.to_doccano(f), as_dicts=True)[0]):
            dump(back, tmp_path / "x.json")
            assert json.loads((tmp_path / "x.json").read_text(encoding="utf-8")) == original
