"""HTML as crawlers meet it: Word's "save as HTML", source line wrapping, layout tables.

Every page renders to the text a reader sees, so the facts do not depend on the markup (see
bench/invariance.py and docs/invariance.md).  Sentences are seed 003's (汉滨区2020).
"""
from __future__ import annotations

from gknlp.io.html import html_to_text


def _word_p(*runs: str) -> str:
    """A Word paragraph: CJK and ASCII runs in separate spans, as Word writes them."""
    spans = "".join(f"<span lang=EN-US style='font-family:\"Times New Roman\"'>{r}</span>" if r.isascii()
                    else f"<span style='font-family:仿宋_GB2312'>{r}</span>" for r in runs)
    return f"<p class=MsoNormal style='text-indent:32.0pt'>{spans}<span lang=EN-US><o:p></o:p></span></p>\n"


def test_word_runs_join_without_spaces():
    page = "<html><body><div class=WordSection1>" + _word_p("全年共办理", "12345", "交办事项", "16028", "件") + \
        "</div></body></html>"
    assert html_to_text(page) == "全年共办理12345交办事项16028件\n"


def test_word_table_cells_keep_their_units_and_markers():
    cell = "<td width=92 valign=top><p class=MsoNormal align=center>{}</p></td>"
    rows = [
        ["<span>第二十条第</span><span lang=EN-US>(</span><span>五</span><span lang=EN-US>)</span><span>项</span>"],
        ["<span>政府集中采购</span>", "<span lang=EN-US>123</span>",
         "<span lang=EN-US>16800</span><span>万元</span>"],
        ["<span lang=EN-US>1</span><span>、政府网站公开政府信息数</span>", "<span>条</span>",
         "<span lang=EN-US>40</span>"],
    ]
    page = "<table class=MsoNormalTable>" + "".join(
        "<tr>" + "".join(cell.format(c) for c in r) + "</tr>" for r in rows) + "</table>"
    assert html_to_text(page).splitlines() == [
        "第二十条第(五)项", "政府集中采购 | 123 | 16800万元", "1、政府网站公开政府信息数 | 条 | 40"]


def test_a_cell_on_several_lines_is_joined_like_render_rows():
    page = "<table><tr><td><p>本年新</p><p>制作数量</p></td><td>商业<br>企业</td><td>Web<br>site</td></tr></table>"
    assert html_to_text(page).splitlines() == ["本年新制作数量 | 商业企业 | Web site"]


def test_source_line_breaks_are_whitespace():
    page = ("<div><p>全年共处理各级收文4247余件,发文\n  1200余件,整理归档\r\n2019年度文件共100盒4560件。</p>\n"
            "<p>政务微信“美丽汉滨”\n全年累计发布847条信息,\nHTML\npage</p></div>")
    # between two CJK characters a source line break vanishes, elsewhere it is one space
    assert html_to_text(page).splitlines() == [
        "全年共处理各级收文4247余件,发文 1200余件,整理归档 2019年度文件共100盒4560件。", "",
        "政务微信“美丽汉滨”全年累计发布847条信息, HTML page"]


def test_preformatted_text_keeps_its_lines():
    page = ("<body><pre>行政许可\n1259\n+3</pre>"
            "<div style=\"white-space: pre-wrap\">行政处罚\n1433\n-167</div></body>")
    assert html_to_text(page).splitlines() == ["行政许可", "1259", "+3", "", "行政处罚", "1433", "-167"]


def test_layout_table_keeps_paragraphs_and_data_rows():
    article = (
        "<p>全年通过网上和来信受理依申请公开35件,均在规定时间内办结。</p>"
        "<p>区政府网站“区长信箱”栏目共受理群众网上咨询、投诉来件393件,回复率到达100%;"
        "及时回复区政府网站上“公众问答”,基本做到了简单事项当天答复,复杂问题三天内正式答复。</p>"
        "<table border=1><tr><td>行政许可</td><td>1259</td><td>+3</td><td>18249</td></tr>"
        "<tr><td>其他对外管理服务事项</td><td>2</td><td>0</td><td>0</td></tr></table>"
    )
    page = ("<body><table width=980><tr><td class='nav'>首页 | 政务公开 | 2021年</td></tr>"
            f"<tr><td id='zoom'>{article}</td></tr>"
            "<tr><td class='footer'>电话:0915-3202807 邮编:725000</td></tr></table></body>")
    lines = [ln for ln in html_to_text(page).splitlines() if ln]
    assert lines == [
        "全年通过网上和来信受理依申请公开35件,均在规定时间内办结。",
        "区政府网站“区长信箱”栏目共受理群众网上咨询、投诉来件393件,回复率到达100%;"
        "及时回复区政府网站上“公众问答”,基本做到了简单事项当天答复,复杂问题三天内正式答复。",
        "行政许可 | 1259 | +3 | 18249",
        "其他对外管理服务事项 | 2 | 0 | 0",
    ]


def test_single_cell_box_is_layout_and_data_cells_named_like_furniture_stay():
    page = ("<table><tr><td><p>一、总体情况</p><p>2020年,我区认真落实省市政务公开工作部署要求。</p></td></tr></table>"
            "<table><tr><td class='foot'>规章</td><td>0</td><td>0</td><td>0</td></tr>"
            "<tr><td>规范性文件</td><td class='nav'>6</td><td>6</td><td>36</td></tr></table>")
    assert [ln for ln in html_to_text(page).splitlines() if ln] == [
        "一、总体情况", "2020年,我区认真落实省市政务公开工作部署要求。", "规章 | 0 | 0 | 0", "规范性文件 | 6 | 6 | 36"]


def test_data_table_with_a_long_note_row_stays_a_data_table():
    """A long note row (两段说明) does not make a data table layout: its empty cells keep their columns."""
    from gknlp.io.html import LAYOUT_CELL_CHARS

    note = ("<p>说明:1.本表中“本年新收政府信息公开申请数量”指本年度内收到的全部申请,包括当面、信函、传真、网络等各种渠道"
            "提交的申请;“上年结转政府信息公开申请数量”指上一年度收到但在上一年度尚未办结、结转到本年度继续办理的申请。</p>"
            "<p>2.本列数据的勾稽关系为:第一项加第二项之和,等于第三项加第四项之和;三、本年度办理结果中各项之和等于总计。</p>")
    labels = ["一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "(一)予以公开",
              "(二)部分公开(区分处理的,只计这一情形,不计其他情形)", "1.属于国家秘密", "2.其他法律行政法规禁止公开",
              "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息"]
    rows = "".join(f"<tr><td>{label}</td><td>29</td><td></td><td>0</td><td>35</td></tr>" for label in labels)
    page = f"<table>{rows}<tr><td colspan='5'>{note}</td></tr></table>"
    assert len(html_to_text(note)) > LAYOUT_CELL_CHARS  # long enough to be an article by length alone
    lines = html_to_text(page).splitlines()
    assert lines[0] == "一、本年新收政府信息公开申请数量 | 29 | | 0 | 35"
    assert lines[-1].startswith("说明:1.本表中") and lines[-1].endswith("各项之和等于总计。 | | | |")


def test_chinese_site_furniture_is_dropped_but_not_the_content():
    page = ("<body><div id='top'><div class='logo'>阜阳市人民政府</div><div class='date'>2024年01月16日</div></div>"
            "<div class='position'>当前位置：首页 &gt; 政府信息公开 &gt; 2023年</div>"
            "<div class='article-top'><h1>阜阳市2018年政府信息公开工作报告</h1></div>"
            "<div class='content'><p>全年共受理政府信息公开申请156件。</p></div>"
            "<div class='bottom'>电话：0558-2198055 邮编：236010 皖ICP备05001853号</div></body>")
    assert [ln for ln in html_to_text(page).splitlines() if ln] == [
        "阜阳市2018年政府信息公开工作报告", "全年共受理政府信息公开申请156件。"]


def test_a_wrapper_named_like_furniture_is_kept():
    """A footer-named element holding most of the page is the content's wrapper, not a footer."""
    article = "".join(f"<p>{i}、全年通过网上和来信受理依申请公开35件,均在规定时间内办结,向市政府办提供依申请公开资料6件。</p>"
                      for i in range(1, 8))
    page = f"<body><div class='nav'>首页</div><div class='foot-wrap'>{article}<p>电话:0915-3202807</p></div></body>"
    lines = [ln for ln in html_to_text(page).splitlines() if ln]
    assert len(lines) == 8 and lines[0].startswith("1、全年通过网上") and "首页" not in lines
