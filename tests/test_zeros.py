"""Zero statements (gknlp.zeros) on real report sentences: what is found, with exact spans, and what
must not be (a false zero is worse than a missed one).  The older phrase cases are in
tests/test_narrative.py (ZERO_CASES)."""
from __future__ import annotations

import time

import pytest

import gknlp
from gknlp.normalize import fold
from gknlp.zeros import zero_statements


def zeros(sentence: str) -> list[tuple[str, str | None, str | None]]:
    """(phrase, indicator, unit) of every zero fact gknlp extracts from ``sentence`` (in text order, then
    by indicator); checks provenance."""
    out = []
    for f in gknlp.extract(sentence):
        if f.zero_statement:
            assert f.value == 0 and sentence[f.start:f.end] == f.text
            assert fold(sentence[f.label_start:f.label_end]) == f.label
            out.append((f.text, f.indicator, f.unit))
    return out


CASES = [
    # corpus 026: traditional characters with pinyin glosses after characters (a mirrored page)
    ("三、因政府信息公開申請提起行政復(fù)議、提起行政訴訟情況。\n2012年,我局沒有因信息公開而被提起行政復(fù)議或行政訴訟。",
     [("沒有因信息公開而被提起行政復(fù)議或行政訴訟", "litigation.total", "件"),
      ("沒有因信息公開而被提起行政復(fù)議或行政訴訟", "review.total", "件")]),
    # corpus 045: 诉讼 alone, enumerated after 行政复议
    ("2024年,我局无依申请公开事项,无针对本部门有关政府信息公开事务的行政复议、诉讼、申请案例。",
     [("无依申请公开事项", "apply.received.total", "件"),
      ("无针对本部门有关政府信息公开事务的行政复议、诉讼", "litigation.total", "件"),
      ("无针对本部门有关政府信息公开事务的行政复议、诉讼", "review.total", "件")]),
    # corpus 057: 公开政府信息的申请 (verb before object)
    ("(二)依申请公开。2021年乐民镇没有接到群众主动要求公开政府信息的申请。",
     [("没有接到群众主动要求公开政府信息的申请", "apply.received.total", "件")]),
    # corpus 058: enumerated verbs before one object
    ("2025年,我局未制发、废止、修改行政规范性文件,现行有效行政规范性文件7个。",
     [("未制发、废止、修改行政规范性文件", "rules.normative.issued", "件"),
      ("未制发、废止、修改行政规范性文件", "rules.normative.repealed", "件")]),
    # corpus 045
    ("截至2024年12月31日,我局未注册政务新媒体。", [("未注册政务新媒体", "media.new_media.accounts", "个")]),
    # seed 000
    ("近年来,共收到政府信息公开申请3件,其中:2016年1件,2017年2件,按时办结2件,无延时办结案件。",
     [("无延时办结案件", "apply.closed.extended", "件")]),
    ("2017年度没有涉及“不予公开”的政府信息。", [("没有涉及“不予公开”的政府信息", "apply.result.denied.total", "件")]),
    # corpus 013 (statistical bulletin): zeros no taxonomy id measures, in the unit of the term
    ("工矿商贸事故死亡4人，同比增加2人，上升100%，无人员受伤，直接经济损失291万元",
     [("无人员受伤", None, "人")]),
    ("直接经济损失211.6万元，上升187.4%；全年未发生渔业生产安全、农业机械事故。",
     [("未发生渔业生产安全、农业机械事故", None, "起")]),
]


@pytest.mark.parametrize("sentence, expected", CASES, ids=[c[0][:16] for c in CASES])
def test_zero_statement(sentence, expected):
    assert zeros(sentence) == expected


NOT_ZERO = [
    # corpus 011: a slogan crawled with a space inside (零 must touch its term)
    "始终秉承“资金拨付零障碍、准确及时零反复、务实高效零 投诉”的诺言。",
    # corpus 009 / 008: 无 before 政务新媒体 without 注册/开设/开通 is no statement about accounts
    "对5个发挥作用不明显、基层无力维护的政务新媒体予以关停注销。",
    "对无人维护或信息更新不及时的政务新媒体进行关停。",
    # constructed: 不予公开 far from the negation (its gap is 4) is no statement of denials
    "对未按规定程序审查即作出不予公开决定的情况进行了纠正。",
    # constructed: a tone-marked gloss is only skipped, never a word: 无(wú)法 stays 无法
    "无(wú)法提供的信息不属于依申请公开。",
]


# Sentences of our own in the shapes reports use for rights and rules (none of the 71 texts has one
# that the older rules misread; they did misread these): a condition, a relative clause, a modal.
NOT_ZERO += [
    "未收到答复的申请人可以依法申请行政复议或提起行政诉讼。",
    "若未收到政府信息公开申请答复可依法提起行政诉讼。",
    "对未依法公开政府信息的单位给予通报和责任追究。",
]


@pytest.mark.parametrize("sentence", NOT_ZERO, ids=[s[:12] for s in NOT_ZERO])
def test_not_a_zero_statement(sentence):
    assert zeros(sentence) == []


def test_what_was_not_received_may_be_named_at_length():
    # our own sentence, the long form of corpus 038's 未接到公众、法人或其他组织等要求公开政府信息的申请:
    # 29 characters between 未 and 行政复议 (the usual gap is 24; after 收到/接到/发生… it is 40)
    sentence = "2019年,本机关未收到公民、法人或者其他组织针对本机关政府信息公开工作提起的行政复议申请。"
    assert zeros(sentence) == [
        ("未收到公民、法人或者其他组织针对本机关政府信息公开工作提起的行政复议申请", "review.total", "件")]
    # the same length after a weaker negation is too far
    assert zeros("2019年,本机关无公民、法人或者其他组织针对本机关政府信息公开工作提起的其他行政复议申请。") == []


def test_zero_in_quotes_still_counts():
    # corpus 011 writes the slogan with a space; written closed up (or quoted) it is a statement
    assert zeros("全年实现零“投诉”。") == [("零“投诉", "supervision.complaints", "件")]


def test_glosses_are_skipped_only_inside_the_matching_and_offsets_index_the_input():
    text = fold("我局沒有因信息公開而被提起行政復(fù)議或行政訴訟。")
    found = zero_statements(text)
    assert [(text[z.start:z.end], z.indicator) for z in found] == [
        ("没有因信息公开而被提起行政复(fù)议或行政诉讼", "review.total"),
        ("没有因信息公开而被提起行政复(fù)议或行政诉讼", "litigation.total")]
    assert text[found[0].label_start:found[0].end].startswith("因信息公开")


def test_excluded_spans_hold_no_zero_statement():
    text = fold("我局沒有因信息公開而被提起行政復(fù)議或行政訴訟。")
    assert zero_statements(text, exclude=[(0, 4)]) == []  # the negation is excluded
    assert zero_statements(text, exclude=[(20, 26)]) == []  # the last term is excluded


@pytest.mark.parametrize("unit", ["无人员", "没有收到", "未(fù)", "零“", "无针对行政复议、"])
def test_linear_on_hostile_repetitions(unit):
    small, big = fold(unit * 5000), fold(unit * 50000)
    t0 = time.perf_counter()
    zero_statements(small)
    t_small = time.perf_counter() - t0
    t0 = time.perf_counter()
    zero_statements(big)
    t_big = time.perf_counter() - t0
    # 10x the input: linear time is ~10x (quadratic would be 100x); generous for a loaded machine
    assert t_big < 30 * max(t_small, 0.01) and t_big < 15
