"""The recognizer runs in linear time on hostile input (no catastrophic backtracking).

For each pathological piece we time scan() on n and on 10·n repetitions: a linear scan takes about
10× longer, a quadratic one 100×.  The bound (ratio < 30, and a hard ceiling in seconds) leaves
room for timer noise on a busy 2-core machine while still failing on any super-linear pattern.
"""
from __future__ import annotations

import time

import pytest

from gknlp.numbers import scan

PIECES = {
    "digits": "1",
    "yu": "余",
    "pipes": "|",
    "nested_brackets": "(〔[【",
    "thousands_chain": "1,234",
    "list_commas": "1,",
    "dashes": "1-",
    "dots": "1.",
    "colons": "1:",
    "slashes": "1/",
    "chinese_numerals": "一二三",
    "ordinal_prefix": "第",
    "approx_prefix": "约",
    "change_verbs": "增长",
    "phone_keyword": "电话:",
    "ascii_letters_digits": "a1",
    "ascii_letters": "ab",
    "at_signs": "a@",
    "spaces_digits": "1 ",
    "years": "2017年",
    "units": "件",
    "mixed": "约1.2万余件,",
    # forms added for TRIAGE D2/D3/D8: garbled separators, spaced groups, compounds, 成, titles,
    # quotes, sessions, thresholds, glued names
    "garbled_commas": "1,1234",
    "spaced_groups": "1 12",
    "spaced_threes": "1 123",
    "dotted_runs": "1.2.",
    "compound": "1万2",
    "signed_change": "增长-1",
    "tenths": "占1成",
    "titles": "《1",
    "quotes": "“1",
    "sessions": "届七次",
    "thresholds": "1人以上的",
    "glued_names": "365足球",
    "ratio_terms": "结构1:2:3",
    "ranks": "全省第一",
    "per_hundred": "比1:100",
}


def _time(text: str) -> float:
    """CPU seconds of one scan (CPU time, not wall time: the suite may share the machine)."""
    start = time.process_time()
    scan(text)
    return time.process_time() - start


@pytest.mark.parametrize("name", sorted(PIECES))
def test_linear_time(name):
    piece = PIECES[name]
    small = piece * max(1, 3_000 // len(piece))
    large = piece * max(1, 30_000 // len(piece))
    scan(small)  # warm up (grammar compiled once)
    t_small = min(_time(small) for _ in range(3))
    t_large = min(_time(large) for _ in range(2))
    assert t_large < 5.0, f"{name}: {t_large:.2f}s on {len(large)} chars"
    # ratio only meaningful above timer noise
    if t_small > 0.002:
        assert t_large / t_small < 30, f"{name}: {t_small:.4f}s -> {t_large:.4f}s (x{t_large / t_small:.1f})"


@pytest.mark.parametrize("piece", ["1", "余", "|", "(", "a1", "一"])
def test_hundred_thousand_repetitions_finish_fast(piece):
    """The literal hostile inputs of the brief: 100,000 repetitions, well under a second or two."""
    assert _time(piece * 100_000) < 5.0


def test_brackets_hundred_thousand_times_under_half_a_second():
    """TRIAGE hostile input: ``"〔(" * 100000`` (no numeral at all) is skipped at C speed."""
    scan("〔(")
    assert _time("〔(" * 100_000) < 0.5


def test_hundred_thousand_digits_is_one_garbled_mention():
    ms = scan("9" * 100_000)
    assert len(ms) == 1
    assert not ms[0].is_fact and ms[0].reason == "garbled"
    assert (ms[0].start, ms[0].end) == (0, 100_000)


def _as_records(mentions):
    return [(m.to_dict(), type(m.value)) for m in mentions]


def test_core_pass_gives_the_masters_result():
    """scan() decides plain numerals from the cheap core match and runs the master only around
    the others; on every seed and corpus text that must equal running the master everywhere
    (scan_reference), field for field, and scanning the folded text with prefolded=True too."""
    from pathlib import Path

    from gknlp.normalize import fold
    from gknlp.numbers.scanner import scan_reference

    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "seeds").glob("*.txt")) + sorted((root.parent / "shared" / "corpus").glob("*.txt"))
    hostile = ["电话(办公室):0934-7135819", "8855698第二十条第(五)项", "约1.2万余件,增长3.5%至4%", "(2012)第十一届",
               "增长3成,占 2 成,约1 234成,下降12.5 成,增加1.5千成员,达3千成"]
    for text in [p.read_text(encoding="utf-8") for p in paths] + hostile:
        fast = scan(text)
        assert _as_records(fast) == _as_records(scan_reference(text)), text[:60]
        folded = fold(text)
        again = scan(folded, prefolded=True)
        assert [(m.start, m.end, m.value, m.reason) for m in again] == [(m.start, m.end, m.value, m.reason) for m in fast]
        assert all(m.text == folded[m.start : m.end] for m in again)


def test_core_pass_gives_the_masters_result_on_random_text():
    """Seeded random strings over the characters the rules care about (digits, numerals, units,
    prefix words, brackets, separators, ASCII): offsets always hold and the core pass equals the
    master.  This found five real divergences while the shortcuts were written."""
    import random

    from gknlp.numbers.scanner import scan_reference

    pool = list("0123456789１２３,，.。、:：-—~/()（）[]〔〕【】 \n|年月日号第前后约近余多万亿千百十一二两三四五六七八九〇零"
                "件条项人次元%‰增长下降减少电话邮编索引号如表图附件“”是abcXG@+楼层室个至到为计热线"
                "成占届全会《》以上下的结构比排名省台胞Oo'") + ["文件", "率为", "通过", "超过", "电 话", "统计期限为", "增幅达", "附件"]
    rng = random.Random(20261122)
    for _ in range(1500):
        text = "".join(rng.choice(pool) for _ in range(rng.randint(1, 80)))
        fast = scan(text)
        for m in fast:
            assert text[m.start : m.end] == m.text
        assert _as_records(fast) == _as_records(scan_reference(text)), text


def test_re_compiled_master_reads_like_the_regex_master():
    """The master compiled with Python's re (renamed duplicate groups read back as one) finds the
    same matches with the same groups as the regex master on every seed and corpus text; a
    left-context unit (增长3成) is exactly what context_risk reports."""
    from pathlib import Path

    from gknlp.normalize import fold
    from gknlp.numbers.grammar import grammar

    gram = grammar()
    names = ("pct", "cnum", "verb", "sign", "pre", "num", "unit", "scale", "mid", "post", "sp_phone", "sp_date")
    root = Path(__file__).resolve().parents[1]
    paths = sorted((root / "seeds").glob("*.txt")) + sorted((root.parent / "shared" / "corpus").glob("*.txt"))
    for path in paths:
        folded = fold(path.read_text(encoding="utf-8"))
        assert gram.context_risk.search(folded) is None, path.name
        expected, pos = [], 0
        while (m := gram.master.search(folded, pos)) is not None and len(expected) < 400:
            expected.append((m.span(), m.lastgroup, m.group(*names), m.span("num")))
            pos = m.end()
        found, pos = [], 0
        while (m := gram.master_re.search(folded, pos)) is not None and len(found) < 400:
            found.append((m.span(), m.lastgroup, m.group(*names), m.span("num")))
            pos = m.end()
        assert found == expected, path.name
    assert gram.context_risk.search(fold("同比增长3成")) is not None
    assert gram.context_risk.search(fold("由五个部分组成,完成3项")) is None
