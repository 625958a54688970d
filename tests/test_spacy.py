"""The spaCy component (gknlp.spacy) on the real seed reports."""
from __future__ import annotations

import importlib.metadata
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
from spacy import displacy
from spacy.tokens import Doc, DocBin
from spacy.training import Example

import gknlp
import gknlp.spacy as gks
from gknlp.report import Fact

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))


@pytest.fixture(scope="module")
def nlp():
    return gks.blank()


@pytest.fixture(scope="module")
def seed_texts() -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in SEEDS}


@pytest.fixture(scope="module")
def seed_docs(nlp, seed_texts):
    return {name: nlp(text) for name, text in seed_texts.items()}


def _key(f: Fact) -> tuple:
    return (f.start, f.end, f.text, f.value, f.unit, f.indicator, f.source, f.approx)


def test_seeds_exist():
    assert len(SEEDS) == 5


@pytest.mark.parametrize("seed", [p.name for p in SEEDS])
def test_component_equals_extract_fact_for_fact(seed, seed_texts, seed_docs):
    text = seed_texts[seed]
    doc = seed_docs[seed]
    report = gknlp.parse_report(text)
    facts = report.facts
    assert facts, "the extractor finds facts in every seed"
    spans = sorted(doc.spans["gknlp"], key=lambda s: (s._.char_start, s._.char_end))
    # nothing dropped: one span per fact, same character spans, values, units, indicators
    assert len(spans) == len(facts)
    assert [_key(s._.fact) for s in spans] == [_key(f) for f in facts]
    assert [s._.fact for s in spans] == facts
    assert gks.facts_of(doc) == facts
    for s, f in zip(spans, facts):
        assert (s._.char_start, s._.char_end, s._.value, s._.unit, s._.indicator) == (f.start, f.end, f.value, f.unit, f.indicator)
        assert s.label_ == (f.indicator or "FACT")
        # the span covers the exact characters; it equals them unless jieba's tokens cross the fact
        assert s.start_char <= f.start and f.end <= s.end_char
        assert s._.aligned == ((s.start_char, s.end_char) == (f.start, f.end))
        assert text[s._.char_start:s._.char_end] == f.text
    assert doc._.indicators == report.indicators()
    assert doc._.gknlp_meta == {"year": report.meta.year, "body": report.meta.body, "format": report.meta.format}


def test_misaligned_fact_is_expanded_not_dropped(nlp):
    # seed 001: "…比上年同比下降32%…" — jieba keeps 同比下降 as one token
    text = (ROOT / "seeds/001_6105f45cbec0b51d.txt").read_text(encoding="utf-8")
    doc = nlp(text)
    unaligned = [s for s in doc.spans["gknlp"] if not s._.aligned]
    facts = gknlp.extract(text)
    for s in unaligned:
        assert s.text != s._.fact.text and s._.fact.text in s.text
    # the expansion is real on this seed: some fact starts or ends inside a token
    starts = {t.idx for t in doc} | {len(text)}
    ends = {t.idx + len(t.text) for t in doc}
    crossing = [f for f in facts if f.start not in starts or f.end not in ends]
    assert len(crossing) == len(unaligned)


def test_factory_and_tokenizer_found_through_entry_points():
    ep = next(e for e in importlib.metadata.entry_points(group="spacy_factories") if e.name == "gknlp")
    assert ep.value == "gknlp.spacy:make_gknlp_component"
    assert ep.load() is gks.make_gknlp_component
    ep = next(e for e in importlib.metadata.entry_points(group="spacy_tokenizers") if e.name == gks.TOKENIZER)
    assert ep.load() is gks.create_domain_tokenizer
    assert spacy.registry.tokenizers.get(gks.TOKENIZER) is gks.create_domain_tokenizer


def test_spacy_blank_add_pipe_in_fresh_process():
    """Without importing gknlp first: spaCy finds the factory through the entry point."""
    code = (
        "import spacy, json\n"
        "nlp = spacy.blank('zh', config={'nlp': {'tokenizer': {'segmenter': 'jieba'}}})\n"
        "nlp.add_pipe('gknlp')\n"
        "doc = nlp('2017年共受理行政审批事项193371件，办结率100%')\n"
        "print(json.dumps([(s.text, s._.value, s._.unit, s._.char_start, s._.char_end) for s in doc.spans['gknlp']],"
        " ensure_ascii=False))\n"
        "print(type(nlp.tokenizer.jieba_seg).__module__)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT / "tests")
    lines = out.stdout.strip().splitlines()
    spans = json.loads(lines[0])
    assert ["193371件", 193371, "件", 14, 21] in spans
    assert ["100%", 100, "%", 25, 29] in spans
    assert lines[1] == "gknlp.spacy"  # the domain segmenter replaced spaCy's global-jieba segmenter


def test_domain_dictionary_reaches_the_tokenizer(nlp):
    from gknlp.tokenize import words

    sentence = "全年共办理人大代表建议和政协委员提案56件"
    tokens = [t.text for t in nlp.make_doc(sentence)]
    assert tokens == words(sentence)
    assert "人大代表建议" in tokens and "政协委员提案" in tokens
    plain = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    plain.add_pipe("gknlp", config={"domain_dictionary": False})
    assert not isinstance(plain.tokenizer.jieba_seg, gks._Segmenter)
    assert "人大代表建议" not in [t.text for t in plain.make_doc(sentence)]  # global jieba: 人大代表 / 建议


def test_pipe_batches_equal_one_by_one(nlp, seed_texts, seed_docs):
    texts = list(seed_texts.values())
    piped = list(nlp.pipe(texts, batch_size=2))
    for doc, text in zip(piped, texts):
        single = seed_docs[next(n for n, t in seed_texts.items() if t == text)]
        assert [(s.start, s.end, s.label_, s._.fact) for s in doc.spans["gknlp"]] == \
               [(s.start, s.end, s.label_, s._.fact) for s in single.spans["gknlp"]]
        assert doc._.indicators == single._.indicators


def test_to_disk_and_spacy_load_round_trip(tmp_path, seed_texts):
    nlp = gks.blank(spans_key="facts", unlinked_label="UNLINKED")
    nlp.to_disk(tmp_path / "pipe")
    cfg = json.loads((tmp_path / "pipe/gknlp/cfg.json").read_text(encoding="utf-8"))
    assert cfg["taxonomy_version"] == gknlp.get_taxonomy().version and cfg["bundled_model"] is False
    loaded = spacy.load(tmp_path / "pipe")
    comp = loaded.get_pipe("gknlp")
    assert (comp.spans_key, comp.unlinked_label, comp.model) == ("facts", "UNLINKED", None)
    assert type(loaded.tokenizer) is gks.DomainChineseTokenizer
    assert isinstance(loaded.tokenizer.jieba_seg, gks._Segmenter)
    assert loaded.config["nlp"]["tokenizer"]["@tokenizers"] == gks.TOKENIZER
    text = seed_texts[SEEDS[2].name]
    a, b = nlp(text), loaded(text)
    assert [t.text for t in a] == [t.text for t in b]
    assert [(s.start, s.end, s.label_, s._.fact) for s in a.spans["facts"]] == \
           [(s.start, s.end, s.label_, s._.fact) for s in b.spans["facts"]]
    assert "UNLINKED" in {s.label_ for s in b.spans["facts"]}
    assert "gknlp" not in b.spans


def test_to_disk_bundles_the_model_directory(tmp_path, seed_texts):
    """A pipeline with its own gknlp model (trained here on one gold seed) carries the model along."""
    from gknlp.model import train
    from gknlp.training.annotations import load

    model_dir = tmp_path / "mymodel"
    train(load(ROOT / "annotations/seed004.json"), model_dir)
    nlp = gks.blank(model=str(model_dir))
    nlp.to_disk(tmp_path / "pipe")
    bundled = tmp_path / "pipe/gknlp/model"
    assert sorted(p.name for p in bundled.iterdir()) == sorted(p.name for p in model_dir.iterdir())
    assert json.loads((tmp_path / "pipe/gknlp/cfg.json").read_text(encoding="utf-8"))["bundled_model"] is True
    shutil.rmtree(model_dir)  # the saved pipeline no longer needs the original directory
    loaded = spacy.load(tmp_path / "pipe")
    assert Path(loaded.get_pipe("gknlp").model) == bundled
    text = seed_texts[SEEDS[1].name]
    doc = loaded(text)
    assert [s._.fact for s in doc.spans["gknlp"]] == gknlp.extract(text, model=bundled)


def test_doc_serialization_keeps_fact_data(nlp, seed_docs):
    doc = seed_docs[SEEDS[3].name]
    back = Doc(nlp.vocab).from_bytes(doc.to_bytes())
    assert [s._.fact for s in back.spans["gknlp"]] == [s._.fact for s in doc.spans["gknlp"]]
    db = DocBin(store_user_data=True)
    db.add(doc)
    (loaded,) = DocBin().from_bytes(db.to_bytes()).get_docs(nlp.vocab)
    assert [(s.label_, s._.value, s._.char_start) for s in loaded.spans["gknlp"]] == \
           [(s.label_, s._.value, s._.char_start) for s in doc.spans["gknlp"]]
    assert loaded._.indicators == doc._.indicators


def test_displacy_span_rendering(seed_docs):
    doc = seed_docs[SEEDS[3].name]
    html = displacy.render(doc, style="span", options={"spans_key": "gknlp"})
    spans = list(doc.spans["gknlp"])
    assert spans
    for s in spans:
        assert s.label_ in html
        for tok in s:
            assert tok.text in html
    options = gks.displacy_options()
    coloured = displacy.render(doc, style="span", options=options)
    for s in spans:
        assert options["colors"][s.label_] in coloured
    assert options["colors"]["FACT"] == "#dddddd"
    exact = displacy.render(gks.displacy_ents(doc), style="ent", manual=True, options=options)
    for s in spans:  # the ent style shows each fact's exact characters
        assert f"{s._.fact.text}\n    <span" in exact


def test_empty_and_blank_docs(nlp):
    for text in ("", "   \n"):
        doc = nlp(text)
        assert list(doc.spans["gknlp"]) == [] and doc._.indicators == {}


def test_score_against_reference(nlp, seed_docs):
    doc = seed_docs[SEEDS[0].name]
    ref = nlp(doc.text)
    scores = nlp.get_pipe("gknlp").score([Example(doc, ref)])
    assert scores["spans_gknlp_f"] == 1.0
    partial = nlp(doc.text)
    partial.spans["gknlp"] = list(partial.spans["gknlp"])[: len(partial.spans["gknlp"]) // 2]
    scores = nlp.get_pipe("gknlp").score([Example(doc, partial)])
    assert scores["spans_gknlp_r"] == 1.0 and scores["spans_gknlp_p"] < 1.0


def test_pickle_and_multiprocess_pipe(nlp, seed_texts, seed_docs):
    import pickle

    clone = pickle.loads(pickle.dumps(nlp))
    assert isinstance(clone.tokenizer.jieba_seg, gks._Segmenter)
    names = [p.name for p in SEEDS[:2]]
    docs = list(nlp.pipe([seed_texts[n] for n in names], n_process=2, batch_size=1))
    for name, doc in zip(names, docs):
        assert [(s.start, s.end, s.label_, s._.fact) for s in doc.spans["gknlp"]] == \
               [(s.start, s.end, s.label_, s._.fact) for s in seed_docs[name].spans["gknlp"]]


def test_split_tokens_makes_every_span_exact(seed_texts, seed_docs):
    nlp = gks.blank(split_tokens=True)
    for name, text in seed_texts.items():
        doc = nlp(text)
        spans = list(doc.spans["gknlp"])
        assert all(s._.aligned for s in spans) and all(s.text == s._.fact.text for s in spans)
        assert [s._.fact for s in spans] == [s._.fact for s in seed_docs[name].spans["gknlp"]]
        assert "".join(t.text_with_ws for t in doc) == text
    sentence = "全年全市收到依申请公开546件,同比下降32%。"  # seed 001
    assert sentence in seed_texts["001_6105f45cbec0b51d.txt"]
    widened = gks.blank()(sentence)
    assert [(s.text, s._.fact.text, s._.value) for s in widened.spans["gknlp"]] == \
           [("546件", "546件", 546), ("同比下降32%", "下降32%", -32)]
    exact = nlp(sentence)
    assert [t.text for t in exact][6:9] == ["同比", "下降", "32%"]
    labels = [s.label_ for s in widened.spans["gknlp"]]
    assert [(s.text, s._.value, s.label_) for s in exact.spans["gknlp"]] == \
           [("546件", 546, labels[0]), ("下降32%", -32, labels[1])]


def test_split_at_real_fused_cells(nlp):
    # corpus-style fused table cells: "20263542" is one jieba token holding the cells 2026 and 3542
    doc = nlp.make_doc("主动公开政府信息数20263542")
    start = doc.text.index("2026")
    assert gks.split_at(doc, [start, start + 4, start + 8]) == 1
    assert [t.text for t in doc][-2:] == ["2026", "3542"]


def test_hostile_runs_are_segmented_in_bounded_pieces(nlp, seed_texts):
    # jieba's HMM is quadratic on one long unknown run; the segmenter cuts such runs first
    for text in ("余" * 100_000, "1" * 100_000, "3500余人次" * 10_000):
        pieces = list(gks._pieces(text))
        assert pieces[0][0] == 0 and pieces[-1][1] == len(text)
        assert all(a < b and b - a <= gks.MAX_JIEBA_BLOCK for a, b in pieces)
        assert all(b == a2 for (_, b), (a2, _) in zip(pieces, pieces[1:]))
    doc = nlp("余" * 100_000)
    assert doc.text == "余" * 100_000 and len(doc) == 100_000 // gks.MAX_JIEBA_BLOCK
    assert list(doc.spans["gknlp"]) == []
    doc = nlp("|" * 100_000)
    assert len(doc) == 100_000 and list(doc.spans["gknlp"]) == []
    for text in seed_texts.values():  # real text: one piece, segmented exactly as jieba does
        assert list(gks._pieces(text)) == [(0, len(text))]


def test_fact_values_are_kept_exactly(nlp):
    # a fraction: Fact.to_dict() would round 1/3 to 10 places; the span keeps the extractor's value
    text = "其中占全国首创总数的1/3，共受理申请12件"
    facts = gknlp.extract(text)
    ratio = [f for f in facts if f.text == "1/3"]
    assert ratio and ratio[0].value == 1 / 3
    doc = nlp(text)
    assert [s._.fact for s in doc.spans["gknlp"]] == facts
    assert next(s._.value for s in doc.spans["gknlp"] if s._.fact.text == "1/3") == 1 / 3


def test_stock_jieba_pipeline_round_trip_keeps_the_domain_segmenter(tmp_path):
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("gknlp", config={"spans_key": "k"})
    nlp.to_disk(tmp_path / "stock")
    loaded = spacy.load(tmp_path / "stock")
    assert loaded.config["nlp"]["tokenizer"]["@tokenizers"] == "spacy.zh.ChineseTokenizer"
    assert isinstance(loaded.tokenizer.jieba_seg, gks._Segmenter)
    sentence = "通过政务微博发布信息1200条"
    doc = loaded(sentence)
    assert [t.text for t in doc] == [t.text for t in nlp.make_doc(sentence)]
    assert [(s.text, s._.value, s._.unit) for s in doc.spans["k"]] == [("1200条", 1200, "条")]
