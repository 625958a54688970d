"""Bytes → text: what kind of file this is, and which character encoding it uses.

Crawled reports arrive as UTF-8 (with or without a byte-order mark), GB18030/GBK/GB2312 or
Big5 bytes.  :func:`decode_text` decides in this order, never by guesswork:

1. a byte-order mark (UTF-8, UTF-16, UTF-32) is authoritative;
   UTF-16 without a mark (``utf-16-le``/``-be`` exports) is recognised by its NUL bytes — the high
   byte of every ASCII character, all on odd (LE) or even (BE) offsets — when the decoded text
   reads as Chinese text (see :func:`_utf16_without_bom`);
2. bytes that are valid UTF-8 are UTF-8 (a GB18030 or Big5 text of any length is practically
   never valid UTF-8);
3. for HTML, the charset the page declares (``<meta charset=…>``) if the bytes decode with it;
4. otherwise charset-normalizer chooses among the Chinese encodings (GB18030 — the superset of
   GBK and GB2312 — and the Big5 family) by measuring which decoding reads as coherent text.

Binary data (NUL bytes, images, archives, office formats we do not read) and bytes that no
candidate decodes raise :class:`~gknlp.errors.InputError` with a message saying what was found.
"""
from __future__ import annotations

import codecs
import functools
from typing import Any

import regex

from gknlp.errors import InputError

#: Media types :func:`sniff` returns.
TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

#: File extensions of formats we read (lower case, with the dot).
HTML_SUFFIXES = frozenset({".html", ".htm", ".shtml", ".xhtml"})
PDF_SUFFIXES = frozenset({".pdf"})
DOCX_SUFFIXES = frozenset({".docx"})

# Magic numbers of binary formats we refuse, with a name for the error message.
_BINARY_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"RIFF", "a RIFF file (WebP image or audio)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy MS Office file (.doc/.xls/.wps); save it as DOCX or text"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
    (b"{\\rtf", "an RTF document; save it as DOCX or text"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (  # longest first: the UTF-32-LE BOM starts with the UTF-16-LE one
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

#: Encodings charset-normalizer may choose from; reports are Chinese, so nothing else is considered.
CANDIDATE_ENCODINGS = ("gb18030", "big5", "cp950", "big5hkscs")

# Names charset-normalizer (or a page's <meta>) may use, mapped to the codec we decode with.
_CANONICAL = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "cp936": "gb18030", "x-gbk": "gb18030",
    "euc-cn": "gb18030", "euc_cn": "gb18030", "hz": "gb18030",
    "big5": "big5", "big5-tw": "big5", "cp950": "cp950", "big5hkscs": "big5hkscs", "big5-hkscs": "big5hkscs",
    "utf-8": "utf-8", "utf8": "utf-8", "utf_8": "utf-8",
}

_HTML_SNIFF = regex.compile(rb"<(?:!doctype\s{1,20}html|html|head|body|table|meta|div|p)[\s>/]", regex.IGNORECASE)
_META_CHARSET = regex.compile(rb"""<meta[^>]{0,500}?charset\s{0,5}=\s{0,5}["']?([A-Za-z0-9_\-]{1,40})""", regex.IGNORECASE)
# C0 controls other than \t \n \v \f \r and ESC/FS..US that editors leave around; their share tells binary from text.
_CONTROL = regex.compile(r"[\x00-\x08\x0e-\x1a\x7f]")

_SNIFF_BYTES = 4096
_CHAOS_TIE = 0.02
_MAX_CONTROL_SHARE = 0.01


def sniff(data: bytes, suffix: str = "") -> str:
    """The media type of ``data`` (one of :data:`TEXT`, :data:`HTML`, :data:`PDF`, :data:`DOCX`).

    The content decides; the file extension (``suffix``, e.g. ``".html"``) only tells HTML from
    plain text when the content does not.  Known binary formats raise :class:`InputError`.
    """
    suffix = suffix.lower()
    head = data[:_SNIFF_BYTES]
    if head.startswith(b"%PDF-") or (suffix in PDF_SUFFIXES and b"%PDF-" in head[:1024]):
        return PDF
    if head.startswith(b"PK\x03\x04"):
        if b"word/" in data[:65536] or suffix in DOCX_SUFFIXES:
            return DOCX
        raise InputError("binary file: a ZIP archive (not a DOCX document)")
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise InputError(f"binary file: {what}")
    if suffix in HTML_SUFFIXES or _HTML_SNIFF.search(head):
        return HTML
    return TEXT


def decode_text(data: bytes, *, html: bool = False) -> tuple[str, str]:
    """Decode report bytes; return ``(text, encoding)``.  See the module docstring for the order.

    A byte-order mark is not part of the text (offsets start after it).  A multi-byte character cut
    off at the very end (a truncated download) is dropped; any other undecodable byte raises
    :class:`InputError`, as do NUL bytes and control characters that mark binary data.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _check_text(data.decode(codec)), codec.replace("-sig", "")
            except UnicodeDecodeError as exc:
                raise InputError(f"undecodable bytes: the file starts with a {codec} byte-order mark "
                                 f"but byte {exc.start} is invalid") from None
    if b"\x00" in data:
        utf16 = _utf16_without_bom(data)
        if utf16 is not None:
            return utf16
        raise InputError(f"binary file: NUL byte at offset {data.index(0)}")
    text = _decode_strict(data, "utf-8")
    if text is not None:
        return _check_text(text), "utf-8"
    _refuse_damaged_utf8(data)
    if html:
        declared = declared_charset(data)
        if declared is not None:
            text = _decode_strict(data, declared)
            if text is not None:
                return _check_text(text), declared
    return _check_text_detected(data)


_UTF16_MIN_NULS = 4
_UTF16_PARITY = 0.6  # share of the NUL bytes on the parity of the ASCII high bytes (开 U+5F00, 一 U+4E00 put theirs on the other)
_UTF16_READABLE = 0.95  # share of ASCII, CJK punctuation and common hanzi in the decoded text


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """``(text, codec)`` if ``data`` is UTF-16 text without a byte-order mark, else None.

    ASCII characters (digits, line breaks, punctuation) put a NUL byte on every odd offset in
    UTF-16-LE (every even one in BE); hanzi such as 开 (U+5F00) and 一 (U+4E00) put one on the other parity.
    The bytes must decode strictly and read as text: at least 95 % of the characters ASCII,
    CJK punctuation/full-width forms or common hanzi after folding to simplified (binary data
    decodes to rare characters)."""
    if len(data) % 2 or len(data) < 8:
        return None
    even, odd = data[0::2].count(0), data[1::2].count(0)
    if max(even, odd) < _UTF16_MIN_NULS or max(even, odd) < _UTF16_PARITY * (even + odd):
        return None
    codec = "utf-16-le" if odd > even else "utf-16-be"
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    from gknlp.normalize import fold

    common = _common_chars()
    readable = sum(1 for c in fold(text) if (c.isascii() and (c.isprintable() or c in "\t\n\r"))
                   or "\u3000" <= c <= "\u303f" or "\uff00" <= c <= "\uffef" or c in "“”‘’…—·" or c in common)
    if readable < _UTF16_READABLE * len(text):
        return None
    return _check_text(text), codec


def _refuse_damaged_utf8(data: bytes) -> None:
    """UTF-8 text with a few invalid bytes (a damaged crawl) is neither GB18030 nor Big5: say so
    instead of letting detection decode it as one of them (which would garble every character)."""
    decoded = data.decode("utf-8", errors="replace")
    bad = decoded.count("\ufffd")
    good = sum(1 for c in decoded if c > "\x7f") - bad
    if good >= 20 and good >= 10 * bad:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(f"undecodable bytes: UTF-8 text with {bad} invalid byte sequence(s), the first at "
                             f"byte offset {exc.start}") from None


def declared_charset(data: bytes) -> str | None:
    """The charset an HTML page declares in its first 4 KB (``<meta charset="gb2312">``), as the
    codec gknlp decodes it with (GB2312/GBK → GB18030), or None if none is declared or known."""
    match = _META_CHARSET.search(data[:_SNIFF_BYTES])
    if match is None:
        return None
    return _CANONICAL.get(match.group(1).decode("ascii").lower())


def _decode_strict(data: bytes, codec: str) -> str | None:
    """``data`` decoded with ``codec``, tolerating only a truncated character at the very end."""
    try:
        return data.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.start >= len(data) - 3 and exc.reason.startswith(("unexpected end", "incomplete")):
            try:
                return data[: exc.start].decode(codec)
            except UnicodeDecodeError:
                return None
        if exc.start >= len(data) - 1 and codec != "utf-8":  # one dangling lead byte of a 2-byte encoding
            try:
                return data[: exc.start].decode(codec)
            except UnicodeDecodeError:
                return None
        return None


def _check_text_detected(data: bytes) -> tuple[str, str]:
    """Let charset-normalizer pick among :data:`CANDIDATE_ENCODINGS`, then decode strictly."""
    import charset_normalizer

    matches = charset_normalizer.from_bytes(data, cp_isolation=list(CANDIDATE_ENCODINGS))
    cut = 1
    while not matches and cut <= 3 and len(data) > cut and data[-cut] >= 0x80:
        # a multi-byte character cut off at the end (truncated download) spoils detection
        matches = charset_normalizer.from_bytes(data[:-cut], cp_isolation=list(CANDIDATE_ENCODINGS))
        cut += 1
    best = _break_tie(list(matches))
    if best is None:
        raise InputError("undecodable bytes: not UTF-8, GB18030/GBK or Big5 text")
    codec = _CANONICAL.get(best.encoding.replace("_", "-").lower(), best.encoding)
    text = _decode_strict(data, codec)
    if text is None:  # detection sampled parts of the file; the whole must decode too
        for other in ("gb18030", "cp950", "big5hkscs"):
            text = _decode_strict(data, other) if other != codec else None
            if text is not None:
                codec = other
                break
    if text is None:
        raise InputError(f"undecodable bytes: mostly {best.encoding} but contains bytes invalid in it")
    return _check_text(text), codec


def _break_tie(matches: list) -> Any:
    """charset-normalizer's best match; among matches it scores (nearly) equally — common with a few
    characters, where GB18030 and Big5 both decode without "chaos" — the one whose characters,
    folded to simplified, are most often among the 3,755 common characters (GB2312 level 1), and
    on equal shares GB18030."""
    if not matches:
        return None
    best_chaos = min(m.chaos for m in matches)
    tied = [m for m in matches if m.chaos <= best_chaos + _CHAOS_TIE]
    if len(tied) == 1:
        return tied[0]
    # equal shares (a handful of characters): GB18030, the encoding of mainland government sites
    return max(tied, key=lambda m: (_common_share(str(m)[:4000]), m.encoding == "gb18030"))


def _common_share(text: str) -> float:
    """Share of the CJK characters of ``text`` that are common (GB2312 level 1 after folding)."""
    from gknlp.normalize import fold

    cjk = [c for c in fold(text) if "\u3400" <= c <= "\u9fff"]
    if not cjk:
        return 0.0
    common = _common_chars()
    return sum(c in common for c in cjk) / len(cjk)


@functools.lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """The 3,755 level-1 characters of GB2312 (rows 0xB0–0xD7), the most frequent hanzi."""
    chars = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return frozenset(chars)


def _check_text(text: str) -> str:
    """Refuse decoded text that is mostly control characters (binary data without NUL bytes)."""
    sample = text[: 65536]
    if sample:
        controls = len(_CONTROL.findall(sample))
        if controls > max(2, _MAX_CONTROL_SHARE * len(sample)):
            raise InputError(f"binary file: {controls} control characters in the first {len(sample)} characters")
    return text
