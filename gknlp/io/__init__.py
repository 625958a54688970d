"""Reading input: text, bytes and files (plain text in any common Chinese encoding, HTML, PDF, DOCX).

:func:`read` returns a :class:`Document` whose ``text`` is what all offsets refer to.  For HTML,
PDF and DOCX that is the *extracted* text (tables rendered as ``"|"``-rows, see
:func:`render_rows`); write it out next to the facts (``gknlp extract --write-text DIR``) to keep
every span checkable.

>>> read("2017年共受理行政审批事项193371件").text
'2017年共受理行政审批事项193371件'
"""
from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import regex

from gknlp import config
from gknlp.errors import DocumentTooLarge, InputError
from gknlp.io.decode import DOCX, HTML, PDF, TEXT, decode_text, sniff

__all__ = ["Document", "read", "read_bytes", "render_rows", "flatten_cell", "unify_line_ends", "max_document_bytes"]


@dataclass
class Document:
    """Extracted text of one input and where it came from."""

    text: str
    name: str | None = None  # file path or None for in-memory text
    encoding: str | None = None  # codec of text/HTML bytes; None for str, PDF, DOCX
    media_type: str = TEXT


def max_document_bytes() -> int:
    """Largest input accepted in bytes, checked before decoding: 4 bytes per allowed character
    (UTF-8's maximum), at least 1 MB so small character limits still admit PDF/DOCX containers."""
    return max(4 * config.MAX_DOCUMENT_CHARS, 1 << 20)


def read(source: str | Path | bytes) -> Document:
    """A ``str`` is text as is; a ``Path`` (any ``os.PathLike``) is a file; ``bytes`` are decoded.

    Files and bytes may be plain text (UTF-8 with or without BOM, UTF-16, GB18030/GBK/GB2312, Big5;
    line ends unified by :func:`unify_line_ends`), HTML,
    PDF (extra ``gknlp[pdf]``) or DOCX (extra ``gknlp[docx]``).  Raises :class:`InputError` for
    missing/unreadable files, binary or undecodable data, and :class:`DocumentTooLarge` above
    :data:`gknlp.config.MAX_DOCUMENT_CHARS` characters (or :func:`max_document_bytes` bytes).
    """
    if isinstance(source, str):
        doc = Document(source)
    elif isinstance(source, os.PathLike):
        path = Path(source)
        doc = read_bytes(_read_file(path), name=str(path), suffix=path.suffix)
    elif isinstance(source, (bytes, bytearray, memoryview)):
        doc = read_bytes(bytes(source))
    else:
        raise InputError(f"cannot read a {type(source).__name__}; give str text, a pathlib.Path or bytes")
    _check_chars(doc.text, doc.name)
    return doc


def read_bytes(data: bytes, *, name: str | None = None, suffix: str = "") -> Document:
    """Decode/extract the bytes of one file (``suffix`` is its extension, a hint for HTML)."""
    where = f"{name}: " if name else ""
    if len(data) > max_document_bytes():
        raise DocumentTooLarge(f"{where}{len(data)} bytes, more than the {max_document_bytes()} allowed")
    if not data.strip():
        return Document("", name=name, encoding=None)
    kind = sniff(data, suffix)
    if kind == PDF:
        from gknlp.io.pdf import pdf_to_text

        return Document(pdf_to_text(data), name=name, media_type=PDF)
    if kind == DOCX:
        from gknlp.io.docx import docx_to_text

        return Document(docx_to_text(data), name=name, media_type=DOCX)
    text, encoding = decode_text(data, html=kind == HTML)
    if kind == HTML:
        _check_chars(text, name)  # before the (slower) HTML parse
        return Document(_html_to_text(text), name=name, encoding=encoding, media_type=HTML)
    return Document(unify_line_ends(text), name=name, encoding=encoding, media_type=TEXT)


_LONE_CR = regex.compile(r"\r(?!\n)")
_LINE_SEPARATORS = str.maketrans({"\u2028": "\n", "\u2029": "\n"})


def unify_line_ends(text: str) -> str:
    """Line ends of a text file as ``\n``, one character for one so offsets do not move: a lone
    ``\r`` (old Mac files) and U+2028/U+2029 (line/paragraph separators of exported text) become
    ``\n``; ``\r\n`` stays as it is (its ``\r`` is whitespace to every later stage)."""
    if "\r" in text:
        text = _LONE_CR.sub("\n", text)
    return text.translate(_LINE_SEPARATORS)


def render_rows(rows: Iterable[Iterable[str | None]]) -> str:
    """A table as text: one line per row, cells separated by ``" | "`` (the layout
    :func:`gknlp.io.html.html_to_text` writes too: an empty cell leaves ``"| |"``, no trailing blanks).

    Line breaks inside a cell are removed (joined with a space only between two Latin letters or
    digits, otherwise with nothing: a wrapped header ``本年新\n制作数量`` becomes ``本年新制作数量``);
    a literal ``|`` inside a cell becomes ``｜`` so it cannot be mistaken for a cell border.
    Rows whose cells are all empty are left out.
    """
    lines = []
    for row in rows:
        cells = [flatten_cell(c) for c in row]
        if any(cells):
            lines.append(_BLANK_RUN.sub(" ", " | ".join(cells)).strip())
    return "\n".join(lines)


_BLANK_RUN = regex.compile(r" {2,}")


def flatten_cell(cell: str | None) -> str:
    """One table cell on one line (see :func:`render_rows`): line breaks removed, joined with a
    space only between two Latin letters or digits; ``|`` becomes ``｜``."""
    if not cell:
        return ""
    parts = [p.strip() for p in cell.replace("\r", "\n").split("\n")]
    out = ""
    for part in (p for p in parts if p):
        if out and out[-1].isascii() and out[-1].isalnum() and part[0].isascii() and part[0].isalnum():
            out += " "
        out += part
    return out.replace("|", "｜")


def _html_to_text(html: str) -> str:
    try:
        from gknlp.io.html import html_to_text
    except ImportError:  # pragma: no cover - gknlp.io.html ships with gknlp
        raise InputError("HTML input needs gknlp.io.html, which is missing from this installation") from None
    return html_to_text(html)


def _read_file(path: Path) -> bytes:
    """The bytes of a regular file, refusing oversized files before reading them.

    The file type is checked before opening: opening a FIFO would wait forever for a writer.
    """
    limit = max_document_bytes()
    try:
        st = os.stat(path)
        if stat.S_ISDIR(st.st_mode):
            raise InputError(f"{path}: is a directory")
        if not stat.S_ISREG(st.st_mode):
            raise InputError(f"{path}: not a regular file")
        if st.st_size > limit:
            raise DocumentTooLarge(f"{path}: {st.st_size} bytes, more than the {limit} allowed")
        with open(path, "rb") as fh:
            data = fh.read(limit + 1)
    except FileNotFoundError:
        kind = "broken symbolic link" if os.path.islink(path) else "no such file"
        raise InputError(f"{path}: {kind}") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise DocumentTooLarge(f"{path}: more than the {limit} bytes allowed")
    return data


def _check_chars(text: str, name: str | None) -> None:
    if len(text) > config.MAX_DOCUMENT_CHARS:
        where = f"{name}: " if name else ""
        raise DocumentTooLarge(
            f"{where}document has {len(text)} characters, more than {config.MAX_DOCUMENT_CHARS}")
