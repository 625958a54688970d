"""Linking (alias scorer + classifier) and the model directory format."""
from __future__ import annotations

import functools

import json
import warnings

import numpy as np
import pytest

from gknlp import model as model_mod
from gknlp.errors import ModelError
from gknlp.linking import (
    NONE_CLASS, LinkContext, LinkExample, Linker, alias_scores, fit_linker, unit_fits,
)
from gknlp.narrative import alias_examples


def ctx(label, unit="件", kind="count", **kw) -> LinkContext:
    return LinkContext(label=label, unit=unit, kind=kind, **kw)


def test_exact_alias_links_with_full_confidence():
    assert Linker().link(ctx("主动公开政府信息", "条")) == ("proactive.total", 1.0)


def test_containment_prefers_the_longest_alias():
    ind, conf = Linker().link(ctx("通过“市长信箱”答复", "次", "times"))
    assert ind == "interaction.mailbox.replied" and 0.5 < conf < 1.0


def test_unit_filters_candidates():
    # 办结率 is a percentage; a count labelled 办结 must not become a rate
    assert all(unit_fits(i, "%", "percent", "value") for i in alias_scores(ctx("办结率", "%", "percent")))
    assert "service.approval.completion_rate" not in alias_scores(ctx("办结", "件"))
    assert not unit_fits("staff.total", "条", "count", "value")
    assert unit_fits("media.website.visits", "人次", "person-time", "value")


def test_context_breaks_ties():
    hotline = ctx("办结率", "%", "percent", head="办理12345交办事项", left="全年共办理12345交办事项16028件,办结率")
    service = ctx("办结率", "%", "percent", head="受理行政审批事项", left="2017年共受理行政审批事项193371件,办结率")
    assert Linker().link(hotline)[0] == "interaction.hotline.completion_rate"
    assert Linker().link(service)[0] == "service.approval.completion_rate"
    review = ctx("其他情形", head="涉及有关政府信息公开行政复议",
                 left="全市涉及有关政府信息公开行政复议72件,其中维持具体行政行为51件,被依法纠错8件,其他情形")
    assert Linker().link(review)[0] == "review.other"


def test_sibling_in_the_right_unit():
    c = ctx("人大代表、政协委员和群众代表旁听政府常务会", "人", "person", role="continued")
    assert Linker().link(c)[0] == "interaction.meeting_attendance.persons"


def test_abstains_on_unknown_labels():
    assert Linker().link(ctx("订阅数", "个"))[0] is None
    assert Linker().link(ctx("全文电子化率", "%", "percent"))[0] is None
    assert Linker().link(ctx(""))[0] is None


def _small_examples() -> list[LinkExample]:
    ex = alias_examples({"proactive.total", "proactive.channel.website", "apply.received.total"})
    ex += [LinkExample(ctx("行政许可类信息", "条"), None), LinkExample(ctx("规划计划类信息", "条"), None),
           LinkExample(ctx("科教文体卫生类信息", "条"), None)]
    return ex


def test_fit_is_deterministic_and_learns_none():
    a = fit_linker(_small_examples())
    b = fit_linker(list(reversed(_small_examples())))
    assert a.classes == b.classes and a.vocab == b.vocab
    assert np.allclose(a.coef, b.coef, atol=1e-5)
    assert NONE_CLASS in a.classes
    p = dict(zip(a.classes, Linker(a).weights.predict_proba(
        __import__("gknlp.linking", fromlist=["features"]).features(ctx("安全生产类信息", "条")))))
    assert max(p, key=p.get) == NONE_CLASS


def test_model_round_trip_and_tamper_detection(tmp_path):
    w = fit_linker(_small_examples())
    out = model_mod.save_model(model_mod.Model(w, {"metrics": {"f1": 0.5}}), tmp_path / "m")
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    assert meta["taxonomy_version"] == "1+gknlp.4" and meta["format"] == 1
    assert set(meta["files"]) == {"linker_vocab.json", "linker_classes.json", "linker_weights.npz"}
    loaded = model_mod.read_model(out)
    assert loaded.linker.classes == w.classes and np.allclose(loaded.linker.coef, w.coef, atol=1e-3)
    assert model_mod.load_model(out) is model_mod.load_model(out)  # cached
    # tampering with a weight file is detected
    with open(out / "linker_weights.npz", "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelError, match="checksum"):
        model_mod.read_model(out)


def test_model_for_another_taxonomy_is_refused(tmp_path):
    out = model_mod.save_model(model_mod.Model(fit_linker(_small_examples())), tmp_path / "m")
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    meta["taxonomy_version"] = "0"
    (out / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="taxonomy version"):
        model_mod.read_model(out)


def test_pickled_weights_are_refused(tmp_path):
    out = model_mod.save_model(model_mod.Model(fit_linker(_small_examples())), tmp_path / "m")
    obj = np.empty(1, dtype=object)
    obj[0] = {"x": 1}
    with open(out / "linker_weights.npz", "wb") as fh:
        np.savez(fh, coef=obj, intercept=obj)
    meta = json.loads((out / "metadata.json").read_text(encoding="utf-8"))
    meta["files"]["linker_weights.npz"] = model_mod._sha256(out / "linker_weights.npz")
    (out / "metadata.json").write_text(json.dumps(meta), encoding="utf-8")
    with pytest.raises(ModelError, match="unreadable"):
        model_mod.read_model(out)


def test_missing_directory_and_default_model(tmp_path):
    with pytest.raises(ModelError, match="not a gknlp model"):
        model_mod.read_model(tmp_path)
    default = model_mod.default_model_dir()
    if default is not None:  # the shipped model loads and links
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            m = model_mod.load_model()
        assert m is not None and m.path == default
        assert Linker(m.linker).link(ctx("主动公开政府信息", "条"))[0] == "proactive.total"


def test_same_examples_give_byte_identical_weight_files(tmp_path):
    a = model_mod.save_model(model_mod.Model(fit_linker(_small_examples())), tmp_path / "a")
    b = model_mod.save_model(model_mod.Model(fit_linker(list(reversed(_small_examples())))), tmp_path / "b")
    for name in ("linker_weights.npz", "linker_vocab.json", "linker_classes.json"):
        assert (a / name).read_bytes() == (b / name).read_bytes(), name


def test_no_default_model_warns_once_and_links_by_alias(monkeypatch):
    monkeypatch.setattr(model_mod, "default_model_dir", lambda: None)
    monkeypatch.setattr(model_mod, "_warned", False)
    with pytest.warns(RuntimeWarning, match="aliases only"):
        assert model_mod.load_model() is None
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert model_mod.load_model() is None  # second time: silent


# ---------------------------------------------------------------------------- batch scoring
def _seed_contexts() -> list[LinkContext]:
    """The linking contexts of every narrative fact of seed 001 (a real report)."""
    from pathlib import Path

    from gknlp.narrative import contexts
    from gknlp.normalize import fold
    from gknlp.numbers import scan
    from gknlp.segment import segment

    text = fold((Path(__file__).resolve().parents[1] / "seeds" / "001_6105f45cbec0b51d.txt").read_text(encoding="utf-8"))
    mentions = sorted((m for m in scan(text) if m.is_fact and m.value is not None), key=lambda m: (m.start, m.end))
    return [c for _, c in contexts(text, mentions, segment(text)) if c.label]


def test_batch_probabilities_are_bit_identical_to_one_row_at_a_time():
    from gknlp.narrative import get_linker

    linker = get_linker(None)  # the shipped default model
    w = linker.weights
    assert w is not None
    ctxs = _seed_contexts()
    rows = [w.indices(c, alias_scores(c)) for c in ctxs] + [[]]
    batch = w.proba_rows(rows)
    for row, got in zip(rows, batch):
        z = w.intercept.astype(np.float64).copy()  # the reference: weights summed column after column
        if row:
            z += w.coef[:, row].sum(axis=1)
        z -= z.max()
        want = np.exp(z) / np.exp(z).sum()
        assert np.array_equal(got, want)  # bit for bit, not approximately
    assert len(ctxs) > 40
    one_by_one = [linker.scores(c) for c in ctxs]
    assert linker.scores_many(ctxs) == one_by_one
    decided = [linker.decide(s) for s in linker.scores_many(ctxs)]
    assert decided == [linker.link(c) for c in ctxs]
    # seed 001: "…召开新闻发布会150场次…"
    assert decided[[c.label for c in ctxs].index("召开新闻发布会")] == ("interpretation.press_conferences", 1.0)


def test_long_documents_are_scored_in_chunks_with_the_same_results(monkeypatch):
    import gknlp.linking as linking
    from gknlp.narrative import get_linker

    linker = get_linker(None)
    ctxs = _seed_contexts()
    whole = linker.scores_many(ctxs)
    monkeypatch.setattr(linking, "SCORE_BATCH", 7)
    assert linker.scores_many(ctxs) == whole


def _reference_gapped(alias, key):
    """The alias with up to two insertions of one or two characters each, by brute force over the
    ways of cutting it (what linking._gapped_in finds greedily)."""
    import itertools as it

    for cuts in it.chain([()], it.combinations(range(1, len(alias)), 1), it.combinations(range(1, len(alias)), 2)):
        parts = [alias[a:b] for a, b in zip((0, *cuts), (*cuts, len(alias)))]
        for fill in it.product((1, 2), repeat=len(parts) - 1):
            pattern = "".join(part + (".{%d}" % fill[n] if n < len(fill) else "") for n, part in enumerate(parts))
            if _compiled(pattern).search(key):
                return True
    return False


@functools.lru_cache(maxsize=None)
def _compiled(pattern):
    """The brute-force patterns, compiled once (re's own cache of 512 would recompile them for
    every key, and the many compiled objects then make the collector's passes long)."""
    import re

    return re.compile(pattern, re.S)


def _reference_candidates(index, key):
    """The alias scorer's definition, alias by alias (what AliasIndex._candidates computes with numpy)."""
    from collections import Counter

    if key in index.exact:
        return tuple(sorted((i, 1.0) for i in index.exact[key]))
    lb = {key[i:i + 2] for i in range(len(key) - 1)}
    nk, out = len(lb), {}
    # an alias of ≥ 4 bigrams with ≤ 2 insertions keeps ≥ 2 of its bigrams: it is among these
    for alias, shared in Counter(a for b in lb for a in index.by_bigram.get(b, ())).items():
        na = len(index.bigrams[alias])
        if shared < na and shared < nk:
            s = 0.0
            if len(key) <= 64 and na >= 4 and shared + 2 >= na and _reference_gapped(alias, key):
                s = 0.45 + 0.4 * len(alias) / len(key)
            if 3 * shared >= nk + na:
                s = max(s, 0.3 + 0.4 * (shared / (nk + na - shared)))
            if not s:
                continue
        elif alias in key:
            s = 0.5 + 0.4 * (len(alias) / len(key))
        elif len(key) >= 3 and key in alias and 3 * len(key) > 2 * len(alias):
            s = 0.35 + 0.35 * len(key) / len(alias)
        elif key in alias:
            continue
        else:
            sim = shared / (nk + na - shared)
            if sim < 0.5:
                continue
            s = 0.3 + 0.4 * sim
        for i in index.ids_of[alias]:
            out[i] = max(out.get(i, 0.0), s)
    return tuple(sorted(out.items()))


def test_vectorised_alias_candidates_equal_the_alias_by_alias_definition():
    from pathlib import Path

    from gknlp.linking import _fold_label, alias_index
    from gknlp.normalize import fold

    index = alias_index()
    text = fold((Path(__file__).resolve().parents[1] / "seeds" / "000_43a3f1b74f313741.txt").read_text(encoding="utf-8"))
    keys = {_fold_label(text[a:a + n]) for a in range(0, len(text), 5) for n in (2, 4, 7, 12, 30, 60)}
    keys.discard("")
    assert len(keys) > 3000
    for key in keys:
        assert index._candidates.__wrapped__(index, key) == _reference_candidates(index, key), key
        want = {i for a in index.ids_of if (len(a) >= 3 or a.isdigit()) and a in key for i in index.ids_of[a]}
        assert index._found_in.__wrapped__(index, key) == want, key
    # seed 000: "2017年共受理行政审批事项193371件"
    assert dict(_reference_candidates(index, "受理行政审批事项"))["service.approval.accepted"] == 1.0


# ---------------------------------------------------------------------------- subjectless labels
def _links(text: str) -> list[tuple[str, str | None]]:
    """(number text, indicator) of every narrative fact gknlp extracts from ``text`` (default model)."""
    import gknlp

    return [(f.text, f.indicator) for f in gknlp.extract(text) if f.source == "narrative"]


def test_subjectless_rate_takes_its_subject_from_the_context():
    # corpus 010: the subject (12345热线) opens the sentence, 60+ characters before the rate
    hotline = ("九是12345热线方面，建立健全《重点督办事项流程图》等18项运作流程以及扁平化调度等16项规章制度，"
               "实行涉疫、涉旅诉求接诉即办等工作机制，全年话务量59.85万通，处理诉求34.67万件，群众满意率99.89%")
    assert _links(hotline)[-1] == ("99.89%", "interaction.hotline.satisfaction_rate")
    # corpus 008: 办结率 of information-disclosure requests
    apply = "全区收到政府信息公开申请75件，涉及自然人72件、商业企业3件，均在法定期限内予以答复，办结率100%。"
    assert _links(apply)[0] == ("75件", "apply.received.total")
    assert _links(apply)[-1] == ("100%", "apply.on_time_rate")
    # seed 000: the service centre's rates stay the service centre's
    service = "2017年共受理行政审批事项193371件,办结193371件,办结率100%,群众满意率为98%;"
    assert _links(service) == [("193371件", "service.approval.accepted"), ("193371件", "service.approval.completed"),
                               ("100%", "service.approval.completion_rate"),
                               ("98%", "service.approval.satisfaction_rate")]


def test_subjectless_rate_without_a_subject_of_the_taxonomy_stays_unlinked():
    # corpus 019: proposals have no completion-rate indicator; corpus 018: complaints neither
    proposals = "办理人大代表建议111件，办结率95.5%；政协委员提案136件，办结率100%。"
    assert [i for t, i in _links(proposals) if t.endswith("%")] == [None, None]
    complaints = "2024年，共处理各类咨询投诉举报信访7319件，按时办结率100%、及时查阅率100%、群众满意率98%，"
    assert [i for t, i in _links(complaints) if t.endswith("%")] == [None, None, None]


def test_subject_evidence_ignores_subjectless_aliases():
    from gknlp.linking import subject_evidence

    c = ctx("群众满意率", "%", "percent", head="处理各类咨询投诉举报信访",
            left="2024年,共处理各类咨询投诉举报信访7319件,按时办结率100%、及时查阅率100%、群众满意率")
    assert subject_evidence(c) == frozenset({"supervision.complaints"})  # not the rates named by 办结率
    assert subject_evidence(ctx("审批办结率", "%", "percent")) is None  # the label names its subject
    assert alias_scores(c) == {}


def test_old_format_exempt_replies_variant_spelling():
    # corpus 002 (2012 narrative of the old table): 免于公开 is the 免予公开范围 row
    text = "对依申请公开的答复总数21条，其中同意公开答复数17条，其它公开答复数2条，免于公开答复数2条"
    assert _links(text)[-1] == ("2条", "apply.result.denied.exempt.total")


def test_exact_alias_of_an_id_the_classifier_never_saw_outweighs_its_none_prior(monkeypatch):
    import gknlp.linking as linking

    # money amounts are "no indicator" in every training example; procurement.amount is no class
    money = [LinkExample(ctx(label, "万元", "money"), None) for label in ("节约金额", "预算金额", "审批奖补资金")]
    w = fit_linker(_small_examples() + money)
    assert "procurement.amount" not in w.classes
    # corpus 014: "…公开招标66宗，预算金额17175.72万元，采购金额16109.64万元，节约金额1066.08万元…"
    c = ctx("采购金额", "万元", "money", head="公开招标", left="公开招标66宗,预算金额17175.72万元,采购金额")
    assert Linker(w).link(c) == ("procurement.amount", 0.7)  # p(none) 0.82 ** (3 × 2) = 0.30
    monkeypatch.setattr(linking, "UNSEEN_NONE_POWER", 1)  # as if the classifier knew the id
    assert Linker(w).link(c) == (None, 0.5477)  # 0.82 ** 3: the prior alone would overrule the alias


def test_alias_with_short_insertions_is_a_weaker_containment():
    from gknlp.linking import _gapped_in, alias_index

    index = alias_index()
    # corpus 009: "动态更新发布本年度制发行政规范性文件62件" (alias 制发规范性文件, 行政 inserted)
    assert index.candidates("动态更新发布本年度制发行政规范性文件") == {"rules.normative.issued": 0.45 + 0.4 * 7 / 18}
    # corpus 003: "2013年全县共收到有关政府信息公开的申请7条" (收到[有关]政府信息公开[的]申请)
    assert _gapped_in("收到政府信息公开申请", "全县共收到有关政府信息公开的申请")
    assert not _gapped_in("收到政府信息公开申请", "收到关于政府信息公开工作的意见申请")  # a 4-character insertion
    # seed 001: "从事政府信息公开工作专兼职人员1228人": 专[兼]职人员 is too short an alias to be cut
    assert "staff.full_time" not in index.candidates("从事政府信息公开工作专兼职人员")
    # a label longer than 64 characters is not searched with insertions: only 规范性文件 contained
    import time

    t0 = time.perf_counter()
    got = index.candidates("制发行" * 30000 + "政规范性文件")
    assert time.perf_counter() - t0 < 2.0
    assert list(got) == ["rules.normative.issued"]  # alias 规范性文件, contiguous
    assert max(got.values()) < 0.501
