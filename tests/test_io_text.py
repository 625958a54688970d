"""UTF-16 files without a byte-order mark (utf-16-le/-be exports) and other line ends (CR, U+2028)."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

import gknlp
from gknlp.errors import InputError
from gknlp.io import read
from gknlp.io.decode import decode_text

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "003_01a2f0268d3461f7.txt"
# seed 003: 开 (U+5F00) and 一 (U+4E00) put NUL bytes on the "wrong" parity too
SENTENCE = "全年通过网上和来信受理依申请公开35件,均在规定时间内办结,向市政府办提供依申请公开资料6件;因政府信息依申请公开引起行政诉讼1起。"


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_sentence_without_bom(codec):
    assert decode_text(SENTENCE.encode(codec)) == (SENTENCE, codec)


@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_seed_file_without_bom_gives_the_same_facts(codec, tmp_path):
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.encode(codec))
    assert read(path).text == text
    original = [(f.start, f.end, f.value, f.indicator) for f in gknlp.parse_report(text).facts]
    assert [(f.start, f.end, f.value, f.indicator) for f in gknlp.parse_report(path).facts] == original


def test_binary_with_nul_bytes_is_still_refused():
    rng = random.Random(7)
    latin = bytes(b for _ in range(2000) for b in (rng.randrange(0x80, 0x100), 0))  # U+0080..U+00FF noise
    noise = bytes(rng.randrange(256) for _ in range(4000))
    for data in (latin, noise, b"\x00" * 64, SENTENCE.encode("utf-16-le")[:-1]):  # odd length: not UTF-16
        with pytest.raises(InputError, match="binary file"):
            decode_text(data)


@pytest.mark.parametrize("end", ["\r", "\u2028", "\u2029"])
def test_other_line_ends_become_newlines_one_for_one(end, tmp_path):
    """Old-Mac CR files and exported text with U+2028/U+2029: lines as in the UTF-8 original, same offsets."""
    text = SEED.read_text(encoding="utf-8")
    path = tmp_path / "report.txt"
    path.write_bytes(text.replace("\n", end).encode("utf-8"))
    assert read(path).text == text
    original = [(f.start, f.end, f.value, f.indicator, f.source) for f in gknlp.parse_report(text).facts]
    assert [(f.start, f.end, f.value, f.indicator, f.source) for f in gknlp.parse_report(path).facts] == original
    assert read(b"a\r\nb\rc").text == "a\r\nb\nc"  # CRLF stays: offsets refer to the file's characters
