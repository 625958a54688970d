"""HTML report pages → text with "|" table rows."""
from __future__ import annotations

from gknlp.errors import InputError
from gknlp.io.html import html_to_text


def test_text_blocks_and_furniture():
    html = (
        "<?xml version='1.0' encoding='utf-8'?><html><head><title>年报</title><style>p{}</style></head><body>"
        '<ul class="main-nav"><li>首页</li><li>机构概况</li></ul>'
        "<div class='article'><h1>清镇市2013年政府信息公开年度报告</h1>"
        "<p>一、概 述</p><p>全年共发布政府公开类信息8569条<br>同比增长54%。</p></div>"
        "<footer>主办单位 电话:0851-1234567</footer><!-- comment 123 --></body></html>"
    )
    text = html_to_text(html)
    assert text.splitlines() == [
        "清镇市2013年政府信息公开年度报告", "", "一、概 述", "", "全年共发布政府公开类信息8569条", "同比增长54%。",
    ]


def test_table_rows_with_rowspan_and_colspan():
    html = (
        "<table><tr><th rowspan='2'>信息内容</th><th colspan='2'>数量</th></tr>"
        "<tr><th>本年</th><th>累计</th></tr>"
        "<tr><td>规章</td><td>0</td><td>3</td></tr>"
        "<tr><td>规范<br/>性文件</td><td colspan='2'>6</td></tr></table>"
    )
    # the covered positions are empty cells: '信息内容' spans two rows, '数量' and '6' two columns;
    # a cell's lines are joined as render_rows joins them (no space between CJK characters)
    assert html_to_text(html).splitlines() == ["信息内容 | 数量 |", "| 本年 | 累计", "规章 | 0 | 3", "规范性文件 | 6 |"]


def test_nested_table_rows_stay_with_their_table():
    html = "<table><tr><td>外</td><td><table><tr><td>内</td><td>1</td></tr></table></td></tr></table>"
    # a table holding a table is page layout: its cells are blocks, the inner table keeps its rows
    assert html_to_text(html).splitlines() == ["外", "", "内 | 1"]


def test_broken_spans_and_empty():
    assert html_to_text("") == ""
    html = "<table><tr><td colspan='99999'>a</td><td rowspan='x'>1</td></tr></table>"
    assert html_to_text(html).strip() == "a | 1"


def test_garbage_is_an_input_error_or_text():
    try:
        out = html_to_text("<<<>>>" * 1000)
    except InputError:
        return
    assert isinstance(out, str)


def test_html_file_through_parse_report(tmp_path):
    """gknlp.io.read() renders HTML with html_to_text; parse_report reads its tables."""
    import gknlp
    from tests.test_tables import _html_table3

    page = tmp_path / "report.html"
    page.write_text(_html_table3(), encoding="utf-8")
    report = gknlp.parse_report(page)
    values = report.indicators()
    assert values["apply.received.total"] == 35 and values["apply.result.disclosed.commercial"] == 5
    assert values["litigation.direct.pending"] == 1
    assert report.meta.year == 2020 and report.meta.format == "f2019"
    assert report.check() == []
    for f in report.facts:
        assert report.text[f.start : f.end] == f.text
