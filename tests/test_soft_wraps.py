"""Soft line breaks (gknlp.wraps) and label finding across them, on real report text.

Hard-wrapped texts are made with bench/invariance.py's ``hard_wrap`` (60 columns, a Han character
= 2, never inside a number), the way a PDF-to-text dump of the report reads; corpus 036 is a real
PDF copy with breaks mid-word.
"""
from __future__ import annotations

import importlib.util
import sys
import time
from pathlib import Path

import pytest

import gknlp
from gknlp.normalize import fold
from gknlp.wraps import Unwrapped, display_width, soft_breaks, wrap_width

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "../shared/corpus"
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/corpus not available")


def _bench():
    name = "gknlp_bench_invariance"
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, ROOT / "bench" / "invariance.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module  # dataclasses look their module up
        spec.loader.exec_module(module)
    return sys.modules[name]


def _seed(prefix: str) -> str:
    return next(p for p in SEEDS if p.name.startswith(prefix)).read_text(encoding="utf-8")


def _soft_set(text: str) -> set[int]:
    """Offsets of the "\\n" of every soft break."""
    return {e - 1 for _, e in soft_breaks(fold(text))}


def _narrative(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.label, f.indicator) for f in gknlp.extract(text) if f.source == "narrative"]


# ------------------------------------------------------------------ no change on unwrapped texts
def test_seeds_have_no_soft_breaks():
    for path in SEEDS:
        assert soft_breaks(fold(path.read_text(encoding="utf-8"))) == [], path.name


@_corpus
def test_corpus_texts_have_no_soft_breaks_except_the_pdf_copy():
    wrapped = [p.name for p in sorted(CORPUS.glob("*.txt")) if soft_breaks(fold(p.read_text(encoding="utf-8")))]
    assert wrapped == ["036.txt"]


# ------------------------------------------------------------------ corpus 036: a real PDF copy
@_corpus
def test_corpus036_label_across_a_mid_word_break():
    text = (CORPUS / "036.txt").read_text(encoding="utf-8")
    soft = _soft_set(text)
    brk = text.index("政府信\n息公开全职工作人员") + 3
    assert brk in soft
    assert text.index("作年度报告。\n") + 6 not in soft  # a sentence end
    assert text.index("(一)人员配备\n") + 7 not in soft  # a short heading line
    assert text.index("\n(一)人员配备") not in soft  # a heading starts the next line
    fact = next(f for f in gknlp.extract(text) if f.text == "4 名")
    assert (fact.value, fact.unit, fact.label, fact.indicator) == (4, "名", "政府信息公开全职工作人员", "staff.full_time")
    assert text[fact.label_start : fact.label_end] == "政府信\n息公开全职工作人员"


# ------------------------------------------------------------------ seeds, hard-wrapped
def test_wrapped_seed002_keeps_labels_and_links():
    original = _seed("002")
    wrapped = _bench().hard_wrap(original)
    assert "受理行政审批(服\n务)事项71673件" in wrapped and "群众满意度达\n99.97%" in wrapped
    assert _narrative(wrapped) == _narrative(original)
    facts = {f.text: f for f in gknlp.extract(wrapped)}
    accepted = facts["71673件"]
    assert (accepted.label, accepted.indicator) == ("受理行政审批(服务)事项", "service.approval.accepted")
    assert wrapped[accepted.label_start : accepted.label_end] == "受理行政审批(服\n务)事项"
    satisfaction = facts["99.97%"]
    assert (satisfaction.label, satisfaction.indicator) == ("群众满意度", "service.approval.satisfaction_rate")


def test_wrapped_seed002_zero_statement_across_a_break():
    original = _seed("002")
    wrapped = _bench().hard_wrap(original)
    zeros = [f for f in gknlp.extract(wrapped) if f.zero_statement]
    assert [(f.label, f.indicator) for f in zeros] == [
        (f.label, f.indicator) for f in gknlp.extract(original) if f.zero_statement]
    assert [(f.text, f.label, f.indicator) for f in zeros] == [
        ("未收到政府信息公开申请、当面申请", "收到政府信息公开申请、当面申请", "apply.received.total"),
        ("未对依申请提供政府信息收取检索、复\n印、邮寄等费用", "对依申请提供政府信息收取检索、复印、邮寄等费用",
         "fees.apply_fee.amount"),
        ("未发生针对有关政府信息公开事务的行政复议和行\n政诉讼", "发生针对有关政府信息公开事务的行政复议和行政诉讼",
         "litigation.total"),
        ("未发生针对有关政府信息公开事务的行政复议和行\n政诉讼", "发生针对有关政府信息公开事务的行政复议和行政诉讼",
         "review.total"),
    ]
    for f in zeros:
        assert wrapped[f.start : f.end] == f.text


def test_wrapped_seed004_unchanged_narrative():
    original = _seed("004")
    assert _narrative(_bench().hard_wrap(original)) == _narrative(original)


def test_wrapped_crlf_text():
    original = _seed("004")
    wrapped = _bench().hard_wrap(original).replace("\n", "\r\n")  # fold makes "\r" a "\n": breaks are "\n\n"
    assert _narrative(wrapped) == _narrative(original)
    f = next(f for f in gknlp.extract(wrapped) if f.text == "34条")
    assert (wrapped[f.label_start : f.label_end], f.label) == ("民政局网站更新\r\n公开政策法规内容", "民政局网站更新公开政策法规内容")


def test_blank_line_after_every_line_is_no_wrap():
    for path in SEEDS:
        lines = path.read_text(encoding="utf-8").split("\n")
        assert soft_breaks(fold("\n\n".join(lines))) == [], path.name
        assert soft_breaks(fold("\r\n".join(lines))) == [], path.name


def test_wrapped_seed001_labels_read_without_the_break():
    wrapped = _bench().hard_wrap(_seed("001"))
    facts = {f.text: f for f in gknlp.extract(wrapped)}
    f = facts["193件"]
    assert wrapped[f.label_start : f.label_end] == "收\n到依申请公开"
    assert (f.label, f.indicator) == ("收到依申请公开", "apply.received.total")
    f = facts["2件"]
    assert (wrapped[f.label_start : f.label_end], f.label, f.indicator) == ("被依\n法纠错", "被依法纠错", "litigation.corrected")


# ------------------------------------------------------------------ what stays a break
def test_one_cell_per_line_table_and_headings_stay_breaks():
    wrapped = _bench().hard_wrap(_seed("003"))  # 2019 format: tables one cell per line
    soft = _soft_set(wrapped)
    folded = fold(wrapped)
    assert len(soft) > 50  # the narrative is wrapped …
    cell = wrapped.index("\n本年新制作数量\n")
    assert cell not in soft and cell + len("\n本年新制作数量") not in soft  # … the table cells are not
    assert wrapped.index("\n二、主动公开政府信息情况") not in soft
    width = wrap_width([display_width(line) for line in folded.split("\n") if "|" not in line])
    assert width == 60
    for brk in soft:  # every soft break ends a long line
        line = folded[folded.rfind("\n", 0, brk) + 1 : brk]
        assert display_width(line.rstrip()) >= 48, line


def _wrapped_paragraph() -> str:
    """Seed 000's 放管服 paragraph, wrapped at 60 columns (9 full lines)."""
    line = next(ln for ln in _seed("000").split("\n") if "193371件" in ln).strip()
    return _bench().hard_wrap(line)


def test_heading_list_marker_indent_and_digits_stay_breaks():
    para = _wrapped_paragraph()
    lines = para.split("\n")
    assert len(lines) > 9 and lines[1] == "务基础,深化“放管服”改革。加快“互联网+政务服务”工作进程,开展"
    full = lines[1]  # full (the next Han character did not fit), no punctuation at its end
    assert display_width(full) == 59
    for nxt in ("(二)业务活动", "二、主动公开政府信息情况", "二是加大强农惠农政策公开力度", "\u3000\u3000第四轮服务事项", "1.网站公开"):
        text = para + "\n" + full + "\n" + nxt + "\n"
        assert len(text) - len(nxt) - 2 not in _soft_set(text), nxt
    text = para + "\n" + full + "\n" + "第四轮服务事项" + "\n"
    assert len(text) - len("第四轮服务事项") - 2 in _soft_set(text)
    digits = para + "\n" + full[:-2] + "193\n371件。\n"  # two digit runs: not joined into one number
    assert digits.index("193\n") + 3 not in _soft_set(digits)


def test_sentence_end_and_short_lines_stay_breaks():
    para = _wrapped_paragraph()
    soft = _soft_set(para)
    for k, line in enumerate(para.split("\n")[:-1]):
        brk = sum(len(x) + 1 for x in para.split("\n")[: k + 1]) - 1
        if line.endswith(("。", ";", "；")) or display_width(line) < 45:
            assert brk not in soft, line
    short = "共受理行政审批事项\n193371件,办结193371件。\n" * 10
    assert soft_breaks(fold(short)) == []


def test_table_span_excluded():
    para = _wrapped_paragraph()
    folded = fold(para)
    first = para.index("\n")
    assert first in _soft_set(para)
    assert all(e - 1 != first for _, e in soft_breaks(folded, exclude=[(0, first + 5)]))


# ------------------------------------------------------------------ offsets
def test_unwrapped_offsets():
    text = "政府信 \n息公开全职工作人员\n60名"
    view = Unwrapped(text, [(3, 5)])
    assert view.text == "政府信息公开全职工作人员\n60名"
    assert view.to_original(3) == 5 and view.end_to_original(3) == 3  # the break stays outside the span
    assert view.to_unwrapped(4) == 3 and view.to_unwrapped(5) == 3 and view.to_unwrapped(16) == 14
    assert text[view.to_original(0) : view.end_to_original(12)] == "政府信 \n息公开全职工作人员"
    assert not Unwrapped(text, [])


# ------------------------------------------------------------------ linear time
HOSTILE = {
    "newlines": "\n",
    "long_line": "政",
    "full_lines": "统计局队配备了名政府信息公开全职工作人员兼职工作人员设有专门\n",
    "full_lines_numbers": "共受理行政审批事项193371件办结193371件办结率达到百分之\n",
    "short_lines": "本年新制作数量\n12\n",
    "page_footers": "政府信息公开工作年度报告全文包括概述主动公开政府信息情况依申\n\n- 3 -\n\f",
    "form_feeds": "\f\n",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
def test_linear_time(name):
    unit = HOSTILE[name]

    def cpu(reps: int) -> float:
        text = unit * reps
        best = float("inf")
        for _ in range(2):
            t0 = time.process_time()
            soft_breaks(text)
            gknlp.extract(text[:20000] if name == "long_line" else text)
            best = min(best, time.process_time() - t0)
        return max(best, 1e-2)

    small, big = max(1, 2000 // len(unit)), max(1, 20000 // len(unit))
    assert cpu(big) <= 30 * cpu(small)


def test_hostile_sizes():
    t0 = time.process_time()
    assert soft_breaks("\n" * 100_000) == []
    assert soft_breaks("政" * 100_000 + "\n" + "政" * 100_000) == []
    lines = ("政" * 30 + "\n") * 3000
    assert len(soft_breaks(lines)) == 2999
    assert time.process_time() - t0 < 5


def test_change_after_a_unit_cut_by_the_wrap_inherits_its_label():
    """`…召开新闻发布会150场\\n次、增长89.87%`: the scanner ends the count at 场; the 次 left over is a
    measure word, not the change's label — the change is the count's (as in the unwrapped text)."""
    wrapped = _bench().hard_wrap(_seed("001"))
    assert "召开新闻发布会150场\n次、增长89.87%" in wrapped
    facts = {f.text: f for f in gknlp.extract(wrapped)}
    change = facts["增长89.87%"]
    assert (change.label, change.indicator) == ("召开新闻发布会", "interpretation.press_conferences.yoy_pct")


def test_numbers_are_scanned_across_soft_breaks():
    """The pipeline scans hard-wrapped prose without its soft breaks: a unit, an approximator or a
    change verb on the next line belongs to the number (spans still index the input)."""
    wrapped = _bench().hard_wrap(_seed("001"))
    facts = {f.text: f for f in gknlp.extract(wrapped)}
    count = facts["150场\n次"]
    assert (count.value, count.unit, count.label, count.indicator) == (
        150, "场次", "召开新闻发布会", "interpretation.press_conferences")
    assert wrapped[count.start : count.end] == "150场\n次"
    original = (CORPUS / "013.txt")
    if original.is_file():
        wrapped = _bench().hard_wrap(original.read_text(encoding="utf-8"))
        assert "同比下\n降23.4%" in wrapped
        f = next(f for f in gknlp.extract(wrapped) if f.text.endswith("降23.4%"))
        assert (f.text, f.value, f.label) == ("下\n降23.4%", -23.4, "工业用电量")


@_corpus
def test_heading_cut_by_a_soft_break_is_no_section():
    """corpus 018 runs its headings inline (`…质量安全防线。（二）着眼重点领域和民生关切，深化市场秩序治理。`);
    wrapped, `（二）着眼…深化市场秩` ends a line at a soft break and the segmenter takes it for a heading.
    The narrative stage ignores such sections: 98% keeps the original's (no) section and its link."""
    original = (CORPUS / "018.txt").read_text(encoding="utf-8")
    wrapped = _bench().hard_wrap(original)
    assert "（二）着眼重点领域和民生关切，深化市场秩\n序治理。" in wrapped
    got = []
    for text in (original, wrapped):
        f = next(f for f in gknlp.extract(text) if f.text == "98%")
        got.append((f.label, f.indicator, f.section))
    assert got[0] == got[1]
    assert (got[1][0], got[1][2]) == ("群众满意率", None)
    assert "着眼重点领域和民生关切,深化市场秩" in [s.title for s in gknlp.parse_report(wrapped).sections]



# ------------------------------------------------------------------ page breaks of a PDF dump
def test_page_break_mid_sentence_is_read_across():
    """pdftotext prints a page break as a blank line, the footer and a form feed; mid-sentence it is
    a soft break like the others (seed 001 cut into pages of 40 wrapped lines)."""
    original = _seed("001")
    paged = _bench().pdf_pages(original)
    cut = "印发《关于全面推进政\n\n- 1 -\n\f务公开工作的实施意见》"
    assert cut in paged
    folded = fold(paged)
    at = paged.index(cut) + len("印发《关于全面推进政")
    assert (at, at + len("\n\n- 1 -\n\f")) in soft_breaks(folded)
    view = Unwrapped(folded, soft_breaks(folded))
    assert "印发《关于全面推进政务公开工作的实施意见》" in view.text
    assert "- 1 -" not in view.text and "\f" not in view.text
    assert _narrative(paged) == _narrative(original)  # no page number becomes a fact either


def test_page_furniture_between_paragraphs_keeps_the_break():
    paged = _bench().pdf_pages(_seed("001"))
    assert "(二)主动公开内容\n\n\n- 3 -\n\f1.大力推进“五公开”" in paged
    view = Unwrapped(fold(paged), soft_breaks(fold(paged)))
    assert "(二)主动公开内容\n1.大力推进“五公开”" in view.text


def test_bare_number_line_is_no_page_number_without_a_form_feed():
    para = _wrapped_paragraph()
    text = para + "\n\n12\n本年新制作数量\n6\n"
    assert all(e <= len(para) for _, e in soft_breaks(fold(text)))
    paged = para + "\n\n12\n\f本年新制作数量\n6\n"  # right before a form feed: the page number
    # the paragraph ends with 。: its line break stays, the page furniture after it goes
    assert (len(para) + 1, len(para) + len("\n\n12\n\f")) in soft_breaks(fold(paged))
