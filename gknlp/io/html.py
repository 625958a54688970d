"""HTML → plain text for report pages (lxml), tables rendered as "|" rows.

* Scripts, styles, forms and page furniture (``<nav>``, ``<header>``, ``<footer>``, ``<aside>`` and
  elements whose id/class names a menu, breadcrumb, footer, sidebar or share bar) are dropped.
* Block elements (p, div, li, h1–h6, tr …) and ``<br>`` end lines.
* Each ``<table>`` becomes one line per ``<tr>``, cells separated by " | ".  A cell spanning
  several columns or rows (colspan/rowspan) is written once; the positions it covers are written
  as empty cells, so every line of the table has its cells in their columns and the "|"-row
  reader of :mod:`gknlp.tables` sees the same layout as for flattened text.
"""
from __future__ import annotations

import regex
from lxml import etree, html as lxml_html

from gknlp.errors import InputError

_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "form", "select", "button", "svg",
              "nav", "header", "footer", "aside", "head")
_FURNITURE = regex.compile(
    r"(?:^|[\s_-])(?:nav|navbar|menu|breadcrumb|crumb|footer|foot|sidebar|share|copyright|topbar|toolbar)(?:$|[\s_-])",
    regex.IGNORECASE,
)
_BLOCK = frozenset(
    "address article blockquote body center dd div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr li "
    "main ol p pre section table tbody thead tfoot tr ul caption".split()
)
_SPACES = regex.compile(r"[ \t\r\f\v\u00a0\u3000]+")
_BLANKS = regex.compile(r"\n[ \t]*(?:\n[ \t]*)+")
_XML_DECL = regex.compile(r"^\s*<\?xml[^>]{0,200}\?>")
MAX_SPAN = 100  # colspan/rowspan values above this are treated as 1 (broken markup)


def html_to_text(html: str) -> str:
    """Plain text of an HTML page: main text lines, tables as "a | b | c" lines."""
    if not html or not html.strip():
        return ""
    try:
        root = lxml_html.document_fromstring(_XML_DECL.sub("", html))
    except (etree.ParserError, ValueError) as exc:
        raise InputError(f"cannot parse HTML: {exc}") from exc
    _drop_furniture(root)
    parts: list[str] = []
    body = root.find("body")
    _render(body if body is not None else root, parts)
    text = "".join(parts)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANKS.sub("\n\n", text).strip() + "\n"


def _drop_furniture(root: etree._Element) -> None:
    doomed = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments, processing instructions
            continue
        tag = el.tag.lower()
        if tag in _DROP_TAGS:
            doomed.append(el)
            continue
        names = f"{el.get('id', '')} {el.get('class', '')}"
        if names.strip() and _FURNITURE.search(names) and tag not in ("body", "html", "table", "tr", "td", "th"):
            doomed.append(el)
    for el in doomed:
        parent = el.getparent()
        if parent is None:
            continue
        # keep the tail text (it belongs to the parent)
        if el.tail:
            prev = el.getprevious()
            if prev is not None:
                prev.tail = (prev.tail or "") + el.tail
            else:
                parent.text = (parent.text or "") + el.tail
        parent.remove(el)


def _render(el: etree._Element, out: list[str]) -> None:
    tag = el.tag.lower() if isinstance(el.tag, str) else ""
    if tag == "table":
        out.append("\n")
        out.extend(line + "\n" for line in table_lines(el))
        out.append("\n")
        return
    if tag == "br":
        out.append("\n")
    block = tag in _BLOCK
    if block:
        out.append("\n")
    if el.text:
        out.append(el.text)
    for child in el:
        _render(child, out)
        if child.tail:
            out.append(child.tail)
    if block:
        out.append("\n")


def _cell_text(cell: etree._Element) -> str:
    """Text of one cell on one line (line breaks inside the cell become spaces)."""
    return _SPACES.sub(" ", " ".join(t.strip() for t in cell.itertext() if t.strip())).strip()


def _span(cell: etree._Element, name: str) -> int:
    try:
        n = int(regex.sub(r"\D", "", cell.get(name, "1")) or 1)
    except ValueError:
        return 1
    return n if 1 <= n <= MAX_SPAN else 1


def table_lines(table: etree._Element) -> list[str]:
    """One "a | b | c" line per row; positions covered by a rowspan/colspan are empty cells."""
    rows = [tr for tr in table.iter("tr") if _owner_table(tr) is table]
    covered: dict[int, int] = {}  # column → rows still covered by a rowspan from above
    lines: list[str] = []
    for tr in rows:
        cells = [c for c in tr if isinstance(c.tag, str) and c.tag.lower() in ("td", "th")]
        out: list[str] = []
        col = 0

        def fill_covered() -> None:
            nonlocal col
            while covered.get(col, 0) > 0:
                out.append("")
                covered[col] -= 1
                col += 1

        for cell in cells:
            fill_covered()
            cs, rs = _span(cell, "colspan"), _span(cell, "rowspan")
            out.append(_cell_text(cell))
            out.extend([""] * (cs - 1))
            if rs > 1:
                for c in range(col, col + cs):
                    covered[c] = rs - 1
            col += cs
        fill_covered()
        if any(x for x in out):
            lines.append(" | ".join(out))
    return lines


def _owner_table(tr: etree._Element) -> etree._Element | None:
    el = tr.getparent()
    while el is not None and not (isinstance(el.tag, str) and el.tag.lower() == "table"):
        el = el.getparent()
    return el
