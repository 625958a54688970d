"""Label finding on real report sentences (spans, scopes, roles), independent of linking."""
from __future__ import annotations

from gknlp.labels import find_labels
from gknlp.normalize import fold
from gknlp.numbers import scan


def labels_of(sentence: str):
    text = fold(sentence)
    mentions = [m for m in scan(text) if m.is_fact]
    return text, mentions, find_labels(text, mentions)


def test_label_before_the_number_with_time_subject_and_adverb_peeled():
    # seed 000
    text, ms, labs = labels_of("2017年,镇原县共受理行政审批事项193371件,办结193371件,办结率100%,群众满意率为98%。")
    assert [l.label for l in labs] == ["受理行政审批事项", "办结", "办结率", "群众满意率"]
    assert all(text[l.start:l.end] == l.label for l in labs)
    assert labs[1].head == "受理行政审批事项"


def test_list_marker_and_other_sentence():
    text, ms, labs = labels_of("(一)主动公开政府信息的数量。2017年度全县主动公开政府信息34207条。")
    assert [(l.label, l.start) for l in labs] == [("主动公开政府信息", text.index("主动公开政府信息34207"))]


def test_change_inherits_the_previous_fact():
    # seed 001
    _, ms, labs = labels_of("2018年,全市召开新闻发布会150场次、增长89.87%,其中,市政府召开新闻发布会41场次、增长41.38%。")
    assert [(l.label, l.role, l.anchor, l.scope) for l in labs] == [
        ("召开新闻发布会", "value", None, None), ("召开新闻发布会", "change", 0, None),
        ("召开新闻发布会", "value", None, "市政府"), ("召开新闻发布会", "change", 2, "市政府")]


def test_scopes_of_a_breakdown():
    _, _, labs = labels_of("全年全市收到依申请公开546件,同比下降32%。其中,市政府收到依申请公开54件,市直单位收到依申请公开193件,"
                           "县市区直单位收到依申请公开40件,乡镇政府收到依申请公开3件。")
    assert [l.scope for l in labs] == [None, None, "市政府", "市直单位", "县市区直单位", "乡镇政府"]
    assert {l.label for l in labs} == {"收到依申请公开"}
    assert all(l.after_qizhong for l in labs[2:])


def test_share_of_the_previous_fact():
    # corpus 003
    _, _, labs = labels_of("2013年,全县主动公开政府信息1853条,其中县直各单位主动公开政府信息1251条,占67.5%,各乡镇主动公开政府信息602条,占32.5%。")
    assert [(l.role, l.anchor) for l in labs] == [("value", None), ("value", None), ("share", 1), ("value", None), ("share", 3)]
    assert labs[1].scope == "县直各单位"


def test_label_after_the_number():
    # seed 000: "…公开保留的2874项行政权力事项全部纳入清单管理"
    _, _, labs = labels_of("县政府24个工作部门公开保留的2874项行政权力事项全部纳入清单管理,确保政府权力依法行使。")
    assert labs[-1].label == "行政权力事项"
    _, _, labs = labels_of("为此,专门配备了2名兼职工作人员,设立了1个专门的信息公开受理点。")
    assert [l.label for l in labs] == ["兼职工作人员", "专门的信息公开受理点"]


def test_number_without_words_continues_the_previous_label():
    # seed 003
    _, _, labs = labels_of("人大代表、政协委员和群众代表旁听政府常务会6次18人。")
    assert [(l.label, l.role) for l in labs] == [("人大代表、政协委员和群众代表旁听政府常务会", "value"),
                                                ("人大代表、政协委员和群众代表旁听政府常务会", "continued")]


def test_respectively_lists():
    # seed 003
    text, _, labs = labels_of("全年共办理12345交办事项16028件,办结率和满意率分别达到99%和97%。")
    assert [l.label for l in labs] == ["办理12345交办事项", "办结率", "满意率"]
    assert text[labs[2].start:labs[2].end] == "满意率"


def test_space_is_a_weak_break():
    # seed 003 (a space inside the sentence) and corpus 002 (headings glued on one line)
    _, _, labs = labels_of("注重新媒体互动回应功能,政务微信“美丽汉滨” 全年累计发布847条信息。")
    assert labs[0].label.startswith("政务微信")
    _, _, labs = labels_of("二、依申请公开情况 2012年全县共收到有关政府信息公开的申请21条。")
    assert labs[0].label == "收到有关政府信息公开的申请"


def test_cumulative_and_new_are_kept():
    # corpus 028
    _, _, labs = labels_of("截至12月31日,新增主动公开政府信息311条,累计主动公开政府信息达3174条。")
    assert [l.label for l in labs] == ["新增主动公开政府信息", "累计主动公开政府信息"]


def test_long_left_context_is_cut_at_a_word():
    _, _, labs = labels_of("公开政务要闻、领导活动、重要工作进展、部门工作动态2600余条。")
    assert labs[0].label.endswith("部门工作动态") and not labs[0].label.startswith("开政务")


def test_weak_label_takes_the_heading_topic():
    # corpus 007
    text, _, labs = labels_of("2.推进民生改善信息公开（1）推进扶贫脱贫和社会救助信息公开。围绕实施精准扶贫、精准脱贫,"
                              "公开社会救助中的社会保障、医疗救助等内容，全年共发布25条信息。（3）推进环境保护信息公开。"
                              "及时对环境监管等信息及时进行公开，截止目前，共发布467条信息。")
    assert [l.label for l in labs] == ["扶贫脱贫和社会救助信息", "环境保护信息"]
    assert text[labs[0].start:labs[0].end] == "扶贫脱贫和社会救助信息"
    # a real label is not replaced by the heading
    _, _, labs = labels_of("(一)主动公开政府信息的数量。2017年度全县主动公开政府信息34207条。")
    assert labs[0].label == "主动公开政府信息"


def test_sentence_and_clause_bounds_match_a_full_scan():
    """The bounded look-ups of labels._Breaks agree with a scan of every break of the text."""
    import bisect
    from pathlib import Path

    from gknlp.labels import _Breaks, patterns

    text = fold((Path(__file__).resolve().parents[1] / "seeds" / "000_43a3f1b74f313741.txt").read_text(encoding="utf-8"))
    text = text[:3000] + "无" * 900 + text[3000:4000]  # a stretch without breaks longer than the window
    p = patterns()
    text = text[:500] + "\x00\U0001F600\ud800。" + text[500:]  # NUL, an astral character, a lone surrogate
    sent = [m.start() for m in p.sentence_break.finditer(text)]
    clause = [m.start() for m in p.clause_break_back.finditer(text)]
    clause.reverse()  # a reversed pattern finds them from the end
    breaks = _Breaks(text)
    forward = list(range(0, len(text), 7))
    for pos in forward + forward[::-3] + [len(text)]:  # in text order, then jumping back (the last sentence is remembered)
        i = bisect.bisect_left(sent, pos)
        start = max(sent[i - 1] + 1 if i > 0 else 0, pos - 400)
        end = min(sent[i] if i < len(sent) else len(text), pos + 400)
        assert breaks.sentence_bounds(pos) == (start, end), pos
        for lower in (0, max(0, pos - 80), pos):
            j = bisect.bisect_left(clause, pos) - 1
            want = max(lower, clause[j] + 1) if j >= 0 else lower
            assert breaks.clause_start(pos, lower) == want, (pos, lower)
    assert breaks.sentence_bounds(3504) == (3104, 3904)  # inside the 900 × 无: the window bounds it
    # offsets count code points: the 。 after NUL, 😀 and the lone surrogate is at 503
    assert breaks.sentence_bounds(502)[1] == 503 and breaks.sentence_bounds(504)[0] == 504
