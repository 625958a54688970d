"""gknlp.io: encodings, binary refusal, size limits, files, PDF and DOCX extraction."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from gknlp import config
from gknlp.errors import DocumentTooLarge, InputError
from gknlp.io import Document, read, render_rows
from gknlp.io.decode import DOCX, HTML, PDF, TEXT, decode_text, declared_charset, sniff

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "003_01a2f0268d3461f7.txt"

# Real sentences: seed 003 (2020 report) and corpus 052 (苏州市教育局 2012, traditional characters).
SIMPLIFIED = "法律顾问列席政府常务会7人次,人大代表、政协委员和群众代表旁听政府常务会6次18人,吸收采纳合理化意见建议5条"
TRADITIONAL = ("本年報是根據《中華人民共和國政府信息公開條例》(以下簡稱《條例》)、《蘇州市政府信息公開規定》要求,"
               "由蘇州市教育局編制的2012年度政府信息公開年度報告。")
SHORT = "主动公开政府信息34207条"


def test_str_is_text_as_is():
    doc = read("2017年共受理行政审批事项193371件，办结率100%")
    assert doc == Document("2017年共受理行政审批事项193371件，办结率100%")
    assert read("<html><body>1件</body></html>").text == "<html><body>1件</body></html>"  # no sniffing on str


def test_utf8_seed_file():
    doc = read(SEED)
    assert doc.text == SEED.read_bytes().decode("utf-8")
    assert (doc.name, doc.encoding, doc.media_type) == (str(SEED), "utf-8", TEXT)


@pytest.mark.parametrize("codec", ["gb18030", "gbk", "gb2312"])
def test_gb_family_decodes_as_gb18030(codec):
    data = SIMPLIFIED.encode(codec)
    assert decode_text(data) == (SIMPLIFIED, "gb18030")
    assert decode_text(SHORT.encode(codec)) == (SHORT, "gb18030")


def test_gb18030_whole_seed_file(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode("gb18030"))
    doc = read(path)
    assert doc.text == text
    assert doc.encoding == "gb18030"


def test_gb18030_only_characters():
    # U+4DAE is in GB18030 (four-byte sequence) but not in GBK: GBK-era decoders would fail.
    text = "䶮" + SIMPLIFIED
    assert decode_text(text.encode("gb18030")) == (text, "gb18030")


def test_big5_decodes(tmp_path):
    data = TRADITIONAL.encode("big5")
    text, codec = decode_text(data)
    assert text == TRADITIONAL
    assert codec in {"big5", "cp950", "big5hkscs"}
    path = tmp_path / "big5.txt"
    path.write_bytes(("一、概述\n" + TRADITIONAL + "\n共主動公開信息196條").encode("big5"))
    assert read(path).text == "一、概述\n" + TRADITIONAL + "\n共主動公開信息196條"


@pytest.mark.parametrize("text", ["2018年3月18日", "司法部2020", "索引号: XXGK/2018", "蘇州市教育局2012", "發布信息[284]條"])
@pytest.mark.parametrize("codec", ["gb18030", "big5"])
def test_short_snippets_are_not_mistaken(text, codec):
    # A few characters decode without error both as GB18030 and as Big5; the decoding whose
    # characters are common Chinese wins (2018年 as Big5 would read 2018爛).
    try:
        data = text.encode(codec)
    except UnicodeEncodeError:
        pytest.skip(f"{text} has no {codec} encoding")
    assert decode_text(data)[0] == text


def test_utf8_bom_is_not_part_of_text():
    data = "\ufeff".encode() + SIMPLIFIED.encode()
    assert decode_text(data) == (SIMPLIFIED, "utf-8")
    doc = read(data)
    assert doc.text.index("7人次") == SIMPLIFIED.index("7人次")


def test_utf16_with_bom():
    assert decode_text(SIMPLIFIED.encode("utf-16")) == (SIMPLIFIED, "utf-16")


def test_valid_utf8_is_preferred():
    # "中文" in UTF-8 would also be valid (if odd) GB18030; UTF-8 wins when valid.
    assert decode_text("中文".encode("utf-8")) == ("中文", "utf-8")


def test_truncated_last_character_is_dropped():
    data = SIMPLIFIED.encode("gb18030")[:-1]  # 条 cut in half by a truncated download
    assert decode_text(data) == (SIMPLIFIED[:-1], "gb18030")
    data = SIMPLIFIED.encode("utf-8")[:-2]
    assert decode_text(data) == (SIMPLIFIED[:-1], "utf-8")


@pytest.mark.parametrize("data, message", [
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "PNG image"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG image"),
    (b"GIF89a\x01\x00", "GIF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 100, "legacy MS Office"),
    (b"PK\x03\x04" + b"\x00" * 30 + b"data.csv", "ZIP archive"),
])
def test_binary_formats_are_refused(data, message):
    with pytest.raises(InputError, match=message):
        read(data)


def test_nul_bytes_are_binary():
    with pytest.raises(InputError, match="NUL byte at offset 6"):
        read(SHORT.encode("gb18030")[:6] + b"\x00" + b"abc")


def test_control_characters_are_binary():
    with pytest.raises(InputError, match="control characters"):
        read(bytes(range(1, 9)) * 50)


def test_undecodable_bytes():
    # 0xFF never starts a character in GB18030 or Big5, and is invalid UTF-8.
    data = SIMPLIFIED.encode("gb18030") + b"\xff\xff\xff" + SIMPLIFIED.encode("gb18030")
    with pytest.raises(InputError, match="undecodable"):
        read(data)


def test_damaged_utf8_is_not_decoded_as_another_encoding():
    good = SEED.read_bytes()
    at = good.index(b"\n", 3000) + 1
    damaged = good[:at] + b"\xb5" + good[at:]  # one stray byte in a crawled UTF-8 page
    with pytest.raises(InputError, match=f"UTF-8 text with 1 invalid byte sequence.*offset {at}$"):
        read(damaged)


def test_html_meta_charset():
    page = '<html><head><meta charset="gb2312"></head><body>'.encode() + SIMPLIFIED.encode("gb18030")
    assert declared_charset(page) == "gb18030"
    assert sniff(page) == HTML
    assert decode_text(page, html=True)[1] == "gb18030"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=big5">') == "big5"
    assert declared_charset(b"<html><body>no declaration") is None


def test_sniff():
    assert sniff(b"%PDF-1.7\n") == PDF
    assert sniff(b"plain", ".HTML") == HTML
    assert sniff("<!DOCTYPE html>\n<html>".encode()) == HTML
    assert sniff("<table><tr><td>规章</td></tr></table>".encode()) == HTML
    assert sniff(SIMPLIFIED.encode(), ".txt") == TEXT


def test_too_large(monkeypatch, tmp_path):
    monkeypatch.setattr(config, "MAX_DOCUMENT_CHARS", 20)
    with pytest.raises(DocumentTooLarge, match="more than 20"):
        read(SIMPLIFIED)
    with pytest.raises(DocumentTooLarge, match="more than 20"):
        read(SIMPLIFIED.encode("gb18030"))
    big = tmp_path / "big.txt"
    big.write_bytes(b"1" * ((1 << 20) + 1))  # over the byte limit: refused before reading/decoding
    with pytest.raises(DocumentTooLarge, match="bytes"):
        read(big)


def test_file_errors(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="is a directory"):
        read(tmp_path)
    link = tmp_path / "link.txt"
    link.symlink_to(tmp_path / "gone.txt")
    with pytest.raises(InputError, match="broken symbolic link"):
        read(link)
    with pytest.raises(InputError, match="not a regular file"):
        read(Path("/dev/null"))
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(InputError, match="not a regular file"):  # refused without waiting for a writer
        read(fifo)
    with pytest.raises(InputError, match="cannot read a int"):
        read(12)  # type: ignore[arg-type]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_text(SIMPLIFIED, encoding="utf-8")
    path.chmod(0)
    try:
        with pytest.raises(InputError, match="permission denied"):
            read(path)
    finally:
        path.chmod(0o644)


def test_empty_input():
    assert read(b"").text == ""
    assert read(b"  \n").text == ""


def test_render_rows():
    rows = [["信息内容", "本年新\n制作数量", None], ["规范性文件", "6", "36"], ["", "", ""], ["a|b", "Big\n5", ""]]
    assert render_rows(rows) == "信息内容 | 本年新制作数量 |\n规范性文件 | 6 | 36\na｜b | Big 5 |"
    assert render_rows([["", "+3", ""], ["行政许可", "", "", "1259"]]) == "| +3 |\n行政许可 | | | 1259"


def test_docx_paragraphs_and_tables(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("二、主动公开政府信息情况")
    rows = [["第二十条第(一)项", "", "", ""], ["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
            ["规章", "0", "0", "0"], ["规范性文件", "6", "6", "36"]]
    table = document.add_table(rows=len(rows), cols=4)
    for i, row in enumerate(rows):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    table.cell(0, 0).merge(table.cell(0, 3)).text = "第二十条第(一)项"  # one merged title cell
    document.add_paragraph(SIMPLIFIED + "。")
    path = tmp_path / "report.docx"
    document.save(path)
    doc = read(path)
    assert doc.media_type == DOCX
    assert doc.text == ("二、主动公开政府信息情况\n第二十条第(一)项 | | |\n"
                        "信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
                        "规章 | 0 | 0 | 0\n规范性文件 | 6 | 6 | 36\n" + SIMPLIFIED + "。")


def test_docx_vertical_merge_is_not_repeated(tmp_path):
    docx = pytest.importorskip("docx")
    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(1, 1).text = "行政许可", "1259", "+3"
    table.cell(0, 0).merge(table.cell(1, 0))
    path = tmp_path / "merged.docx"
    document.save(path)
    assert read(path).text == "行政许可 | 1259\n| +3"


def test_broken_docx():
    with pytest.raises(InputError, match="cannot read DOCX"):
        read(b"PK\x03\x04" + b"word/document.xml" + b"\x01" * 50)


def _make_pdf(path: Path) -> None:
    pytest.importorskip("reportlab")
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # built-in CID font, nothing to download
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=14, wordWrap="CJK")
    table = Table([["信息内容", "本年新制作数量", "本年新公开数量", "对外公开总数量"],
                   ["规章", "0", "0", "0"], ["规范性文件", "6", "6", "36"]])
    table.setStyle(TableStyle([("FONTNAME", (0, 0), (-1, -1), "STSong-Light"),
                               ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    SimpleDocTemplate(str(path), pagesize=A4).build(
        [Paragraph("二、主动公开政府信息情况", style), table, Paragraph(SIMPLIFIED + "。", style)])


def test_pdf_text_and_table(tmp_path):
    pytest.importorskip("pdfplumber")
    path = tmp_path / "report.pdf"
    _make_pdf(path)
    doc = read(path)
    assert doc.media_type == PDF
    # The paragraph wraps after 吸收采 in the PDF; the line break is undone.
    assert doc.text == ("二、主动公开政府信息情况\n信息内容 | 本年新制作数量 | 本年新公开数量 | 对外公开总数量\n"
                        "规章 | 0 | 0 | 0\n规范性文件 | 6 | 6 | 36\n" + SIMPLIFIED + "。")


def test_broken_pdf():
    pytest.importorskip("pdfplumber")
    with pytest.raises(InputError, match="PDF"):
        read(b"%PDF-1.4\n1 0 obj garbage")


def _break_positions(text: str) -> set[int]:
    """Positions of line breaks in ``text`` counted in non-whitespace characters."""
    positions, count = set(), 0
    for char in text:
        if char == "\n":
            positions.add(count)
        elif not char.isspace():
            count += 1
    return positions


def test_pdf_pages_running_lines_and_wrapped_paragraphs(tmp_path):
    pytest.importorskip("pdfplumber")
    pytest.importorskip("reportlab")
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    style = ParagraphStyle("zh", fontName="STSong-Light", fontSize=10.5, leading=16, wordWrap="CJK")
    source = [line for line in SEED.read_text(encoding="utf-8").split("\n")[:8] if line.strip()]

    def furniture(canvas, doc):  # a running title and a page number on every page
        canvas.setFont("STSong-Light", 9)
        canvas.drawCentredString(A4[0] / 2, A4[1] - 40, "汉滨区2020年政府信息公开工作年度报告")
        canvas.drawCentredString(A4[0] / 2, 30, f"— {doc.page} —")

    path = tmp_path / "long.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build([Paragraph(line, style) for line in source],
                                                   onFirstPage=furniture, onLaterPages=furniture)
    text = read(path).text
    assert "— 1 —" not in text and "— 2 —" not in text and "汉滨区2020年政府信息公开工作年度报告" not in text
    joined = "\n".join(source)
    assert "".join(text.split()) == "".join(joined.split())  # every character, nothing added
    ends = {i + 1 for i, c in enumerate(c for c in joined if not c.isspace()) if c == "。"}
    # a line break is kept only where the report has one, or after a sentence that ends at the margin
    assert _break_positions(text) <= _break_positions(joined) | ends
    assert "全年共办理12345交办事项16028件" in text


def test_docx_content_control_is_read(tmp_path):
    docx = pytest.importorskip("docx")
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("一、总体情况")
    sdt = parse_xml(f'<w:sdt {nsdecls("w")}><w:sdtContent><w:p><w:r><w:t>{SIMPLIFIED}</w:t></w:r></w:p>'
                    "</w:sdtContent></w:sdt>")
    document.element.body.insert(1, sdt)  # before the section properties
    path = tmp_path / "sdt.docx"
    document.save(path)
    assert read(path).text == "一、总体情况\n" + SIMPLIFIED
