"""gknlp.normalize.fold: the array path gives exactly what str.translate with the table gives."""
from __future__ import annotations

import random
from pathlib import Path

import pytest

from gknlp.normalize import ARRAY_FOLD_MIN, _table, fold

ROOT = Path(__file__).resolve().parents[1]
TEXTS = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT.parent / "shared" / "corpus").glob("*.txt"))


def reference(text: str) -> str:
    """The definition of folding: one dictionary lookup per character."""
    return text.translate(_table())


def test_fold_equals_the_table_on_every_seed_and_corpus_text():
    assert len(TEXTS) >= 5
    for path in TEXTS:
        text = path.read_text(encoding="utf-8")
        assert fold(text) == reference(text), path.name


def test_fold_maps_every_table_key_long_and_short():
    table = _table()
    keys = "".join(map(chr, sorted(table)))
    assert len(keys) > ARRAY_FOLD_MIN
    assert fold(keys) == "".join(table[ord(ch)] for ch in keys)
    for ch in keys:  # short strings take the translate path, padded ones the array path
        padded = ch + "x" * ARRAY_FOLD_MIN
        assert fold(ch) == table[ord(ch)]
        assert fold(padded) == table[ord(ch)] + "x" * ARRAY_FOLD_MIN


def test_fold_real_examples():
    text = "２０１７年共受理行政審批事項193371件，辦結率100%" + "　" * ARRAY_FOLD_MIN
    assert fold(text) == "2017年共受理行政审批事项193371件,办结率100%" + " " * ARRAY_FOLD_MIN


@pytest.mark.parametrize("length", [0, 1, ARRAY_FOLD_MIN - 1, ARRAY_FOLD_MIN, ARRAY_FOLD_MIN + 1, 5000])
def test_fold_random_code_points_including_astral_and_lone_surrogates(length):
    rng = random.Random(length)
    keys = list(_table())
    pool = keys + [ord(c) for c in "0123456789abc 你好\n|"] + [0xD800, 0xDFFF, 0x1F600, 0x20000, 0x10FFFF, 0]
    for _ in range(20):
        text = "".join(chr(rng.choice(pool)) for _ in range(length))
        folded = fold(text)
        assert folded == reference(text)
        assert len(folded) == len(text)
