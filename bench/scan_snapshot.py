"""Snapshot of everything :func:`gknlp.numbers.scan` returns, to prove a refactoring changes nothing.

Runs ``scan`` over the five seeds, every ``../shared/corpus/*.txt`` text, a list of hostile and
edge-case inputs and 12,000 seeded random strings over the characters the rules care about, and writes
every field of every mention (``Mention.to_dict()`` plus the value's type) as JSON lines.  The
same inputs are also scanned pre-folded (``scan(fold(text), prefolded=True)``, when ``scan``
accepts it) and must give the same mentions with ``text`` taken from the folded string.
Also checks :func:`gknlp.normalize.fold` on every input.

    .venv/bin/python bench/scan_snapshot.py dump /tmp/scan_before.jsonl
    .venv/bin/python bench/scan_snapshot.py compare /tmp/scan_before.jsonl   # exit 1 on any difference

The snapshot file belongs outside the repository (the corpus texts must not be copied into it).
To compare with an older version of the code, dump with that version first, e.g.
``git archive <commit> gknlp | tar -x -C /tmp/old && PYTHONPATH=/tmp/old .venv/bin/python
bench/scan_snapshot.py dump /tmp/scan_old.jsonl``.
"""
from __future__ import annotations

import argparse
import inspect
import json
import random
import sys
from pathlib import Path
from typing import Iterator

from gknlp.normalize import fold
from gknlp.numbers import scan

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"

#: Hostile and edge-case inputs (each is scanned on its own).
HOSTILE = [
    "", " ", "\n", "1", "一", "十", "万", "9" * 2000, "余" * 2000, "|" * 2000, "1," * 1000, "1-" * 1000,
    "1." * 1000, "1:" * 1000, "a@" * 1000, "〔(" * 1000, "一二三" * 500, "约增长第" * 500, "1,1234" * 300,
    "1 12" * 300, "1万2" * 300, "+1-2" * 300, "占1成" * 300, "《1" * 300, "“1" * 300, "十届七次" * 300,
    "1人以上的" * 300, "365足球即时比分" * 5, "27.0:28.5:44.5" * 50, "全省第一" * 300,
    "电话(办公室):0934-7135819", "8855698第二十条第(五)项", "约1.2万余件,增长3.5%至4%", "(2012)第十一届",
    "共受理3500余人次，同比下降32%", "(庆政办发〔2017〕145号) 电话:0934-7135819",
    "２０１７年共受理行政審批事項193371件，辦結率100%", "分别较上年末增长39.4和56.5%", "比上年多12件",
    "1亿2000万元", "1万2千件", "六千余万元", "17 萬余人", "12 345件", "1,234,567.89元", "120,300,450件",
    "増加了 -5%", "下降-32%", "+3/-167", "百分之五十", "超过百万人", "二〇一七年十二月三十一日",
    "採購項目數量(指202", "2013\n2014\n2015\n", "文档内容\n2013\n正文1件", "ＩＣＰ备12345678号",
    "http://www.example.gov.cn/a?c=12&o=1 24336243@163.com", "GB/T4754-2017 5G 1+1+X",
    "\ufeff\u3000１２３，４５６件\t﹪", "12345热线", "“12345”", "4.15国家安全日", "5·15政务公开日",
    "男女性别比为103.4:100", "位列全省第一", "从全省第10位上升到第6位", "占总数的1/3", "三天内答复", "连续三年",
    "10千伏线路", "《关于做好5类行政管理信息归集上报工作的通知》", "“苏政50条”", "100人以下的薄弱校",
]

#: Pools of the seeded random strings: the characters the rules care about (as in
#: tests/test_numbers_linear.py, plus folding cases), list markers / years / skip words / captions,
#: left-context units (成) and comparisons, 第N and ranks.
POOLS = [
    list("0123456789１２３,，.。、:：-—~/()（）[]〔〕【】 \n|年月日号第前后约近余多万亿千百十一二两三四五六七八九〇零"
         "件条项人次元%‰增长下降减少电话邮编索引号如表图附件“”是abcXG@+楼层室个至到为计热线"
         "成占届全会《》以上下的结构比排名省台胞萬億條發佈　ＯΟ○"),
    list("0123456789 \n年度至到-~一二三十、是.()（）“”\"'步些定统季万千两〇Oo月日号:;,|件人%余约增长第")
    + ["19", "20", "2017年", "一是", "(一)", "1.", "2、", "一步", "  ", "第", "图", "附件", "如"],
    list("0123456789 \n成增长了占达约近超过逾将近接近大约千万余多.  ") + ["增长", "下降了", "1 234", "12.5", "比上年", "较"],
    list("0123456789 第条款项章节目名位次届批季度一二三十百(),、至到-~和前后全省排名位列居")
    + ["第二十条", "第(一)项", "全省第", "第1名"],
]


#: How many seeded random strings (cycling through :data:`POOLS`).
RANDOM_STRINGS = 12000


def inputs() -> Iterator[tuple[str, str]]:
    """``(name, text)`` of every input, in a fixed order."""
    for path in sorted((ROOT / "seeds").glob("*.txt")):
        yield f"seed:{path.name}", path.read_text(encoding="utf-8")
    for path in sorted(CORPUS.glob("*.txt")):
        yield f"corpus:{path.name}", path.read_text(encoding="utf-8")
    for i, text in enumerate(HOSTILE):
        yield f"hostile:{i}", text
    rng = random.Random(20261122)
    for i in range(RANDOM_STRINGS):
        pool = POOLS[i % len(POOLS)]
        yield f"random:{i}", "".join(rng.choice(pool) for _ in range(rng.randint(1, 120)))


def records() -> Iterator[dict]:
    """One record per input: the folded text's hash check and all mentions (plain and prefolded)."""
    prefolded = "prefolded" in inspect.signature(scan).parameters
    for name, text in inputs():
        folded = fold(text)
        mentions = [{**m.to_dict(), "value_type": type(m.value).__name__} for m in scan(text)]
        for m in mentions:
            assert text[m["start"] : m["end"]] == m["text"], (name, m)
        record = {"input": name, "folded": folded, "mentions": mentions}
        yield record
        if prefolded:  # the same mentions, text taken from the folded string
            again = [{**m.to_dict(), "value_type": type(m.value).__name__} for m in scan(folded, prefolded=True)]
            expected = [{**m, "text": folded[m["start"] : m["end"]]} for m in mentions]
            if again != expected:
                raise AssertionError(f"{name}: scan(fold(text), prefolded=True) differs from scan(text)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("mode", choices=("dump", "compare"))
    parser.add_argument("path", type=Path)
    args = parser.parse_args()
    if args.mode == "dump":
        count = 0
        with args.path.open("w", encoding="utf-8") as out:
            for record in records():
                out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
                count += len(record["mentions"])
        print(f"wrote {count} mentions to {args.path}")
        return 0
    reference = [json.loads(line) for line in args.path.read_text(encoding="utf-8").splitlines()]
    differences = 0
    total = 0
    for old, new in zip(reference, records(), strict=True):
        new = json.loads(json.dumps(new, ensure_ascii=False, sort_keys=True))
        total += len(new["mentions"])
        if old == new:
            continue
        differences += 1
        if differences <= 10:
            print(f"DIFF {old['input']}:")
            if old["folded"] != new["folded"]:
                print("  fold() differs")
            for a, b in zip(old["mentions"], new["mentions"]):
                if a != b:
                    print(f"  - {a}\n  + {b}")
            if len(old["mentions"]) != len(new["mentions"]):
                print(f"  {len(old['mentions'])} -> {len(new['mentions'])} mentions")
    print(f"{len(reference)} inputs, {total} mentions, {differences} inputs differ")
    return 1 if differences else 0


if __name__ == "__main__":
    sys.exit(main())
