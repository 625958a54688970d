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
from gknlp.windowed import finditer_near

_TITLE = regex.compile(
    r"(?P<title>[^\n。|]{0,60}?(?P<year>(?:19|20)\d{2})\s{0,2}年(?:度)?[^\n。|]{0,30}?(?:年度报告|工作报告|年报|工作情况报告))"
)
_PERIOD = regex.compile(r"(?:统计(?:期限|时限|时间|期)|时限)[^\n。]{0,12}?((?:19|20)\d{2})\s{0,2}年\s{0,2}1\s{0,2}月")
_YEAR = regex.compile(r"((?:19|20)\d{2})\s{0,2}年")
_NOISE = regex.compile(r"^.*(?:名\s*称|标\s*题|位置|>|:|：)\s*")
_INSTITUTION_SUFFIX = r"(?:人民政府办公室|人民政府|管理委员会|管委会)"
_SUFFIX = regex.compile(_INSTITUTION_SUFFIX)
_INSTITUTION = regex.compile(r"(?:政府|委员会|管委会|局|办公室|中心|院|厅|委|办|所|站|队|镇|乡|街道)$")
_NAME_BEFORE_YEAR = regex.compile(
    r"(?<![\p{Han}])(\p{Han}{1,10}?(?:省|市|县|区|州|旗|盟)\p{Han}{0,12}?"
    r"(?:人民政府|管理委员会|管委会|委员会|局|办公室|中心))(?=\s{0,4}(?:19|20)\d{2}\s{0,2}年)"
)
_NOT_TITLE = regex.compile(r"关于|通知|根据|按照|要求|意见|办法")
_LEAD_VERB = regex.compile(
    r"^(?:[现特兹并]|向社会|予以|编制并|编制(?![委办])|形成|印发|发布|公布|公开|本报告[为是]|这是|将){1,6}"
)
_PRONOUN = regex.compile(r"^(?:[我本该][\p{Han}]?|政府|单位|本单位|我单位)$")
_AFTER_YEAR_BODY = regex.compile(r"^(?:19|20)\d{2}\s{0,2}年(?:度)?(?P<body>\p{Han}{2,30}?)(?:政府信息公开|信息公开|政务公开)")
_BODY_END = regex.compile(r"[\s:：>|,，]+$")
# The slow scans above are only run near the text they need (same matches, found faster): a _TITLE
# match holds one of these words 5–98 characters after its start and ends at most 6 after it; a
# _NAME_BEFORE_YEAR match (3–28 characters) is followed within 4 characters (a line end and indent or
# trailing spaces: '…保障局 \u00a0⏎2022年…') by one of these years.
_TITLE_END = regex.compile(r"年度报告|工作报告|年报|工作情况报告")
_YEAR_AFTER_NAME = regex.compile(r"(?:19|20)\d{2}\s{0,2}年")


def detect(text: str, tables: Sequence = (), sections: Sequence = ()) -> ReportMeta:
    """Metadata of a (folded) report text."""
    head = text[:3000]
    title = year = body = None
    for line in head.splitlines():  # a line that is only the title is the best witness
        fm = _TITLE.fullmatch(line.strip())
        if fm and not _NOISE.match(line.strip()) and not _NOT_TITLE.search(line):
            title = line.strip()
            break
    if title is None:
        for m in finditer_near(_TITLE, head, _TITLE_END, 5, 98, 110):
            cand = _clean_title(m.group("title"))
            if cand and _YEAR.search(cand) and not _NOT_TITLE.search(cand):
                title = cand
                break
    if title:
        ym = _YEAR.search(title)
        year = _year(ym.group(1))
        body = _BODY_END.sub("", title[: ym.start()]).strip() or None
        if body and (_PRONOUN.match(body) or len(body) < 2):
            body = None
        if body is None:  # '2011年上海市青浦区教育局政府信息公开工作年度报告'
            bm = _AFTER_YEAR_BODY.match(title)
            body = bm.group("body") if bm and not _PRONOUN.match(bm.group("body")) else None
    p = _PERIOD.search(text[:8000])
    if p:  # the statistics period names the statistical year (titles are sometimes copied)
        year = _year(p.group(1), year)
    if year is None:
        years = Counter(y for y in map(_year, _YEAR.findall(head)) if y is not None and 1995 <= y <= 2100)
        if years:
            year = years.most_common(1)[0][0]
    if body is None:  # no title: a named office right before a year ('平江县民政局2017年度…')
        names = Counter(m.group(1) for m in finditer_near(_NAME_BEFORE_YEAR, text[:20000], _YEAR_AFTER_NAME, 3, 32, 60))
        if names:
            body = names.most_common(1)[0][0]
    if body and not _INSTITUTION.search(body):
        # '镇原县' in the title, '镇原县人民政府' in the text: the full name of the issuing body
        full = Counter(_with_suffix(body, text))
        if full:
            body = full.most_common(1)[0][0]
    is_report = title is not None or bool(tables) or "政府信息公开" in head
    return ReportMeta(year=year, body=body, format=_format(tables, year) if is_report else None, title=title)


def _year(digits: str, default: int | None = None) -> int | None:
    """The year written with ``digits``; ``default`` when Python cannot read them (digits of
    Unicode versions newer than its database, which the regex module already matches with \\d)."""
    try:
        return int(digits)
    except ValueError:
        return default


def _with_suffix(body: str, text: str) -> list[str]:
    """``regex.findall(regex.escape(body) + _INSTITUTION_SUFFIX, text)`` without compiling a pattern
    per report: each occurrence of ``body`` followed by an institution suffix, left to right."""
    out: list[str] = []
    pos = 0
    while True:
        i = text.find(body, pos)
        if i < 0:
            return out
        m = _SUFFIX.match(text, i + len(body))
        if m is None:
            pos = i + 1
        else:
            out.append(text[i : m.end()])
            pos = m.end()


def _clean_title(raw: str) -> str:
    """The title inside a sentence: text after the last punctuation and a leading verb."""
    t = _NOISE.sub("", raw)
    cut = max((t.rfind(c) for c in ",，。;；:：《》)）]"), default=-1)
    t = t[cut + 1 :]
    return _LEAD_VERB.sub("", t).strip()


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
