"""Report metadata: statistical year, issuing body, format generation and title.

The title is the first line that names an annual report ('清镇市2013年政府信息公开年度报告');
the year is the one in the title (else the one of '统计期限/时限 … 2022年1月1日至…', else the most
frequent year of the opening); the body is the title text before the year.  The format comes from
the official tables found (2021 / 2019 edition words), else from a 2008-era table, else from the
year (≥2021 f2021, 2019–2020 f2019, 2014–2018 f2008, ≤2013 f2008_local).
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

import regex

from gknlp.report import ReportMeta

_TITLE = regex.compile(
    r"(?P<title>[^\n。|]{0,60}?(?P<year>(?:19|20)\d{2})\s{0,2}年(?:度)?[^\n。|]{0,30}?(?:年度报告|工作报告|年报|工作情况报告))"
)
_PERIOD = regex.compile(r"(?:统计(?:期限|时限|时间|期)|时限)[^\n。]{0,12}?((?:19|20)\d{2})\s{0,2}年\s{0,2}1\s{0,2}月")
_YEAR = regex.compile(r"((?:19|20)\d{2})\s{0,2}年")
_NOISE = regex.compile(r"^.*(?:名\s*称|标\s*题|位置|>|:|：)\s*")
_BODY_END = regex.compile(r"[\s:：>|,，]+$")


def detect(text: str, tables: Sequence = (), sections: Sequence = ()) -> ReportMeta:
    """Metadata of a (folded) report text."""
    head = text[:3000]
    title = year = body = None
    m = None
    for line in head.splitlines():  # a line that is only the title is the best witness
        fm = _TITLE.fullmatch(line.strip())
        if fm and not _NOISE.match(line.strip()):
            m = fm
            break
    m = m or _TITLE.search(head)
    if m:
        title = _NOISE.sub("", m.group("title")).strip()
        year = int(m.group("year"))
        pre = title[: title.find(m.group("year"))] if m.group("year") in title else ""
        pre = _BODY_END.sub("", pre).strip()
        body = pre or None
    if year is None:
        p = _PERIOD.search(text[:6000])
        if p:
            year = int(p.group(1))
    if year is None:
        years = Counter(int(y) for y in _YEAR.findall(head) if 1995 <= int(y) <= 2100)
        if years:
            year = years.most_common(1)[0][0]
    return ReportMeta(year=year, body=body, format=_format(tables, year), title=title)


def _format(tables: Sequence, year: int | None) -> str | None:
    official = [t for t in tables if getattr(t, "kind", None) in ("table2", "table3", "table4") and t.format]
    if official:
        return Counter(t.format for t in official).most_common(1)[0][0]
    if year is not None:
        if year >= 2021:
            return "f2021"
        if year >= 2019:
            return "f2019"
        if year >= 2014:
            return "f2008"
        return "f2008_local"
    stats = [t for t in tables if getattr(t, "kind", None) == "stats" and t.format]
    if stats:
        return stats[0].format
    return None
