"""The same report in every input format yields the same facts as its text version.

Seed 003 (a 2020 report, 2019-format tables flattened one cell per line) is the text version; the
same content as an HTML page (GB2312-declared, GB18030 bytes), a DOCX and a PDF with real tables
must give the same values, units and indicators (offsets differ: they refer to each extracted text).
"""
from __future__ import annotations

import html
import io
from pathlib import Path

import pytest

import gknlp
from gknlp.io import read

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
SEED_003 = ROOT / "seeds" / "003_01a2f0268d3461f7.txt"

# The first table section of seed 003 as rows (the seed has it one cell per line, with "|" lines).
HEADING = "二、主动公开政府信息情况"
ROWS = [["第二十条第(一)项"], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
        ["规章", "0", "0", "0"], ["规范性文件", "6", "6", "36"],
        ["第二十条第(五)项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政许可", "1259", "+3", "18249"], ["其他对外管理服务事项", "2", "0", "0"],
        ["第二十条第(六)项"], ["信息内容", "上一年项目数量", "本年增/减", "处理决定数量"],
        ["行政处罚", "1433", "-167", "1266"]]


def _key(fact: gknlp.Fact) -> tuple:
    return (fact.text, fact.value, fact.unit, fact.kind, fact.label, fact.indicator, fact.source)


def _text_version() -> str:
    lines = SEED_003.read_text(encoding="utf-8").split("\n")
    start = lines.index(HEADING)
    end = lines.index("1266", start) + 1
    return "\n".join(lines[start:end])


def _html() -> bytes:
    def tr(row: list[str]) -> str:
        if len(row) == 1:
            return f'<tr><td colspan="4">{row[0]}</td></tr>'
        return "<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>"

    page = ('<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">'
            f'</head><body><div class="nav">首页 > 政府信息公开</div><p>{HEADING}</p>'
            '<table border="1">' + "".join(tr(r) for r in ROWS) + "</table></body></html>")
    return page.encode("gb18030")


def _docx() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph(HEADING)
    table = document.add_table(rows=len(ROWS), cols=4)
    for i, row in enumerate(ROWS):
        if len(row) == 1:
            table.cell(i, 0).merge(table.cell(i, 3)).text = row[0]
        else:
            for j, cell in enumerate(row):
                table.cell(i, j).text = cell
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _pdf() -> bytes:
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = [("FONTNAME", (0, 0), (-1, -1), "STSong-Light"), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
    style += [("SPAN", (0, i), (3, i)) for i, row in enumerate(ROWS) if len(row) == 1]
    table = Table([row + [""] * (4 - len(row)) for row in ROWS])
    table.setStyle(TableStyle(style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4).build(
        [Paragraph(HEADING, ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5)), table])
    return buffer.getvalue()


def test_text_version_values():
    facts = gknlp.parse_report(_text_version()).facts
    assert [f.value for f in facts] == [0, 0, 0, 6, 6, 36, 1259, 3, 18249, 2, 0, 0, 1433, -167, 1266]
    assert all(f.source == "table" for f in facts)


@pytest.mark.parametrize("make", [_html, _docx, _pdf], ids=["html", "docx", "pdf"])
def test_same_facts_in_every_format(make):
    data = make()
    document = read(data)
    assert "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量" in document.text
    report = gknlp.parse_report(data)
    assert [_key(f) for f in report.facts] == [_key(f) for f in gknlp.parse_report(_text_version()).facts]
    for fact in report.facts:
        assert report.text[fact.start:fact.end] == fact.text


@pytest.mark.parametrize("seed", SEEDS, ids=[s.name[:3] for s in SEEDS])
def test_html_page_of_a_whole_seed(seed: Path, tmp_path: Path):
    text = seed.read_text(encoding="utf-8")
    page = ('<!DOCTYPE html><html><head><meta charset="gb2312"><title>年报</title></head><body>'
            '<div class="content">' + "".join(f"<p>{html.escape(line)}</p>\n" for line in text.split("\n"))
            + "</div></body></html>")
    path = tmp_path / "report.shtml"
    path.write_bytes(page.encode("gb18030"))
    document = read(path)
    assert (document.media_type, document.encoding) == ("text/html", "gb18030")
    assert [_key(f) for f in gknlp.parse_report(path).facts] == [_key(f) for f in gknlp.parse_report(text).facts]
