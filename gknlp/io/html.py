"""HTML → plain text for report pages (lxml), tables rendered as "|" rows.

* Scripts, styles, forms and page furniture (``<nav>``, ``<header>``, ``<footer>``, ``<aside>`` and
  elements whose id/class names a menu, breadcrumb, footer, sidebar or share bar, including Chinese
  sites' ``position``/``dqwz`` breadcrumbs and ``top``/``bottom`` frames; word lists in
  ``gknlp/data/html.yaml``) are dropped — unless the element holds most of the page's text.
* Block elements (p, div, li, h1–h6, tr …) and ``<br>`` end lines.  Line breaks in the HTML
  *source* are whitespace, as in a browser: they never end a line of text; between two CJK
  characters (``全年共发布\n政府信息``, as editors and Word wrap their source) they vanish,
  elsewhere they become one space.  Inline elements (``<span>`` runs of Word's HTML) add nothing.
* Each data ``<table>`` becomes one line per ``<tr>``, cells separated by " | ", each cell on one
  line (:func:`gknlp.io.flatten_cell`: ``本年新<br>制作数量`` → ``本年新制作数量``).  A cell spanning
  several columns or rows (colspan/rowspan) is written once; the positions it covers are written
  as empty cells, so every line of the table has its cells in their columns and the "|"-row
  reader of :mod:`gknlp.tables` sees the same layout as for flattened text.
* A *layout* table — one that holds another table, whose only cell is the page, or with a cell
  holding paragraphs of text (old sites put the whole article in a ``<td>``) — is not data: its
  rows and cells are blocks, so the article keeps its lines and its data tables their rows; its
  cells named like furniture (``<td class="nav">``) are dropped.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources

import regex
import yaml
from lxml import etree, html as lxml_html

from gknlp.errors import InputError


@dataclass(frozen=True)
class _Furniture:
    """What page furniture looks like (gknlp/data/html.yaml)."""

    drop_tags: frozenset[str]
    furniture_tags: frozenset[str]
    name_words: frozenset[str]
    whole_names: frozenset[str]
    max_share: float
    min_chars: int


@functools.lru_cache(maxsize=1)
def _furniture() -> _Furniture:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("html.yaml").read_text(encoding="utf-8"))
    return _Furniture(
        frozenset(data["drop_tags"]), frozenset(data["furniture_tags"]),
        frozenset(w.lower() for w in data["name_words"]), frozenset(w.lower() for w in data["whole_names"]),
        float(data["max_share"]), int(data["min_chars"]))


_NAME_SPLIT = regex.compile(r"[\s_-]+")


def _named_furniture(el: etree._Element, furniture: _Furniture) -> bool:
    """Whether the element's id or class names page furniture."""
    for value in (el.get("id"), el.get("class")):
        if not value:
            continue
        value = value.strip().lower()
        if value in furniture.whole_names or any(w in furniture.name_words for w in _NAME_SPLIT.split(value)):
            return True
    return False
_BLOCK = frozenset(
    "address article blockquote body center dd div dl dt fieldset figcaption figure h1 h2 h3 h4 h5 h6 hr li "
    "main ol p pre section table tbody thead tfoot tr ul caption".split()
)
_SPACES = regex.compile(r"[ \t\r\f\v\u00a0\u3000]+")
# HTML source whitespace (ASCII only: NBSP and U+3000 are text) with a line break in it
_SOURCE_BREAK = regex.compile(r"[ \t\r\f]*\n[ \t\r\n\f]*")
_BREAK = "\x1f"  # stands for a source line break until its neighbours are known
_BREAK_RUN = regex.compile(r"[ \t\r\f]*\x1f[ \t\r\f\x1f]*")
# characters a browser joins across a source line break without a space (CSS Text 3, segment breaks)
_WIDE = regex.compile(r"[\p{Han}\u3000-\u303f\uff00-\uffef“”‘’…—]")
_CELL_TAGS = ("td", "th")
_PRE = frozenset(("pre", "textarea", "listing", "plaintext"))
_PRE_STYLE = regex.compile(r"white-space\s{0,5}:\s{0,5}(?:pre|break-spaces)", regex.IGNORECASE)
LAYOUT_CELL_CHARS = 150  # a cell with paragraphs, more text than this and most of its table's text
LAYOUT_CELL_SHARE = 2 / 3  # is page layout, not data (a long note row of a data table is not)
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
    layout = _layout_tables(root)
    _drop_furniture(root, layout)
    parts: list[str] = []
    body = root.find("body")
    _render(body if body is not None else root, parts, layout)
    text = _join_source_breaks("".join(parts))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return _BLANKS.sub("\n\n", text).strip() + "\n"


def _join_source_breaks(text: str) -> str:
    """Resolve the source line breaks: nothing between two wide (CJK) characters, else a space."""
    def join(m: regex.Match) -> str:
        before = text[m.start() - 1] if m.start() > 0 else ""
        after = text[m.end()] if m.end() < len(text) else ""
        return "" if before and after and _WIDE.match(before) and _WIDE.match(after) else " "
    return _BREAK_RUN.sub(join, text)


def _source_text(text: str, pre: bool) -> str:
    """A text node as it renders: a source line break is whitespace (kept as such in <pre>)."""
    text = text.replace(_BREAK, " ")
    return text if pre else _SOURCE_BREAK.sub(_BREAK, text)


def _tag(el: etree._Element) -> str:
    return el.tag.lower() if isinstance(el.tag, str) else ""


def _own_cells(table: etree._Element) -> list[etree._Element]:
    return [c for tr in table.iter("tr") if _owner_table(tr) is table for c in tr if _tag(c) in _CELL_TAGS]


def _layout_tables(root: etree._Element) -> set[etree._Element]:
    """Tables used for page layout: holding another table, a single cell, or a cell with several
    blocks of text longer than :data:`LAYOUT_CELL_CHARS` holding :data:`LAYOUT_CELL_SHARE` of the
    table's text (the article of an old page; a data table's note row is a small share)."""
    layout = set()
    for table in root.iter("table"):
        outer = _owner_table(table)
        while outer is not None:  # every table around a table is layout
            layout.add(outer)
            outer = _owner_table(outer)
    for table in root.iter("table"):
        if table in layout:
            continue
        cells = _own_cells(table)
        if len(cells) == 1:
            layout.add(table)
            continue
        sizes = [len("".join(cell.itertext()).strip()) for cell in cells]
        total = sum(sizes)
        for cell, size in zip(cells, sizes):
            if size > LAYOUT_CELL_CHARS and size >= LAYOUT_CELL_SHARE * total and \
                    sum(1 for el in cell.iter() if _tag(el) in _BLOCK or _tag(el) == "br") >= 2:
                layout.add(table)
                break
    return layout


def _drop_furniture(root: etree._Element, layout: set[etree._Element]) -> None:
    """Remove scripts, forms, comments and page furniture (navigation, breadcrumbs, headers, footers)
    — but never an element holding most of the page's text (a wrapper that happens to be named so)."""
    furniture = _furniture()
    doomed = []
    body = root.find("body")
    total = len("".join((body if body is not None else root).itertext()))
    for el in root.iter():
        if not isinstance(el.tag, str):
            doomed.append(el)  # comments, processing instructions
            continue
        tag = el.tag.lower()
        if tag in furniture.drop_tags:
            doomed.append(el)
            continue
        if tag in ("body", "html", "table") or (tag in ("tr", "td", "th") and _owner_table(el) not in layout):
            continue  # rows and cells only of layout tables: a data table keeps its columns
        if tag in furniture.furniture_tags or _named_furniture(el, furniture):
            size = len("".join(el.itertext()))
            if size <= furniture.min_chars or size <= furniture.max_share * total:
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


def _render(el: etree._Element, out: list[str], layout: set[etree._Element], pre: bool = False) -> None:
    tag = _tag(el)
    if tag == "table" and el not in layout:
        out.append("\n")
        out.extend(line + "\n" for line in table_lines(el, layout))
        out.append("\n")
        return
    if tag == "br":
        out.append("\n")
    block = tag in _BLOCK or tag in _CELL_TAGS  # the cells of a layout table are blocks
    pre = pre or tag in _PRE or (tag != "" and _PRE_STYLE.search(el.get("style") or "") is not None)
    if block:
        out.append("\n")
    if el.text:
        out.append(_source_text(el.text, pre))
    for child in el:
        _render(child, out, layout, pre)
        if child.tail:
            out.append(_source_text(child.tail, pre))
    if block:
        out.append("\n")


def _cell_text(cell: etree._Element, layout: set[etree._Element]) -> str:
    """Text of one data cell on one line: inline elements joined as they render, its lines
    (``<br>``, ``<p>``) joined by :func:`gknlp.io.flatten_cell`, blank runs as one space."""
    from gknlp.io import flatten_cell

    parts: list[str] = []
    if cell.text:
        parts.append(_source_text(cell.text, False))
    for child in cell:
        _render(child, parts, layout)
        if child.tail:
            parts.append(_source_text(child.tail, False))
    text = _join_source_breaks("".join(parts))
    return _SPACES.sub(" ", flatten_cell(text)).strip()


def _span(cell: etree._Element, name: str) -> int:
    try:
        n = int(regex.sub(r"\D", "", cell.get(name, "1")) or 1)
    except ValueError:
        return 1
    return n if 1 <= n <= MAX_SPAN else 1


def table_lines(table: etree._Element, layout: set[etree._Element] | None = None) -> list[str]:
    """One "a | b | c" line per row; positions covered by a rowspan/colspan are empty cells."""
    layout = set() if layout is None else layout
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
            out.append(_cell_text(cell, layout))
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
