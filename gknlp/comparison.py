"""Comparable rows: one canonical table across many reports, and checks across years.

:func:`compare` turns reports of any year, body and format into a :class:`pandas.DataFrame` with one row per
report (document id, issuing body, statistical year, format) and one column per taxonomy indicator that
occurs, in taxonomy order, holding the value each report states (:meth:`gknlp.Report.indicators`).
:func:`compare_long` is the companion long table: one row per cell with the provenance of its value (span,
text, source, confidence).  :func:`check_across` tests the rules that link the reports of one body in
consecutive years (``gknlp/data/across.yaml``) and each report's stated year against the period its text
describes.  :func:`body_key` groups naming variants of a body (``gknlp/data/bodies.yaml``).

The ``gknlp table`` sub-command writes either table to CSV or Parquet.
"""
from __future__ import annotations

import argparse
import functools
import os
import sys
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Any, Iterable, Sequence, Union

import regex
import yaml

from gknlp.errors import InputError
from gknlp.normalize import fold
from gknlp.report import Fact, Report, clean_number
from gknlp.taxonomy import get_taxonomy, split_modifier
from gknlp.validate import evaluate

ReportLike = Union[Report, str, bytes, "os.PathLike[str]"]

META_COLUMNS = ["doc", "body", "body_key", "year", "format"]
LONG_COLUMNS = [
    "report", "indicator", "value", "unit", "source", "start", "end", "text", "confidence", "label", "approx",
]
_NAMESPACE = regex.compile(r"(?<![\w.])(prev|this)\.([a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+)")


# ---------------------------------------------------------------------------------------------- data
def _load_yaml(name: str) -> dict:
    return yaml.safe_load(resources.files("gknlp.data").joinpath(name).read_text(encoding="utf-8"))


@dataclass(frozen=True)
class _BodyRules:
    breadcrumbs: str
    drop: frozenset[str]
    brackets: tuple[tuple[str, str], ...]
    suffixes: tuple[str, ...]  # longest first
    min_length: int
    aliases: dict[str, str]


@functools.lru_cache(maxsize=1)
def _body_rules() -> _BodyRules:
    raw = _load_yaml("bodies.yaml")
    rules = _BodyRules(
        breadcrumbs=fold(raw.get("breadcrumb_separators", "")),
        drop=frozenset(raw.get("drop_chars", "")),
        brackets=tuple((fold(a), fold(b)) for a, b in raw.get("brackets", [])),
        suffixes=tuple(sorted((fold(s) for s in raw.get("suffixes", [])), key=len, reverse=True)),
        min_length=int(raw.get("min_key_length", 2)),
        aliases={},
    )
    # Alias keys are matched after suffix stripping, so strip them the same way.
    rules.aliases.update({_strip_with(fold(k), rules): fold(v) for k, v in (raw.get("aliases") or {}).items()})
    return rules


def _strip_with(name: str, rules: _BodyRules) -> str:
    """Breadcrumb, drop characters, then trailing brackets/suffixes (linear: only an end index moves)."""
    cut = max((name.rfind(sep) for sep in rules.breadcrumbs), default=-1)
    key = "".join(ch for ch in name[cut + 1 :] if ch not in rules.drop)
    end = len(key)
    changed = True
    while changed:
        changed = False
        for open_, close in rules.brackets:
            if key.endswith(close, 0, end):
                at = key.rfind(open_, 0, end)
                if at >= rules.min_length:
                    end, changed = at, True
                    break
        if changed:
            continue
        for suffix in rules.suffixes:
            if key.endswith(suffix, 0, end) and end - len(suffix) >= rules.min_length:
                end, changed = end - len(suffix), True
                break
    return key[:end]


def body_key(name: str | None) -> str | None:
    """Grouping key of an issuing body's name: naming variants of one body share a key.

    >>> body_key("平潭综合实验区管委会（办公室）") == body_key("平潭综合实验区") == "平潭综合实验区"
    True
    """
    if not name:
        return None
    rules = _body_rules()
    key = _strip_with(fold(name), rules)
    key = rules.aliases.get(key, key)
    return key or None


@dataclass(frozen=True)
class AcrossRule:
    """One cross-year rule, e.g. ``this.apply.carried_over.total = prev.apply.carried_forward.total``.

    Rules whose text still holds ``{id}`` are templates instantiated per report pair (:meth:`expand`) over
    the ids whose ``over`` modifier (e.g. ``yoy_pct``) this year's report states.
    """

    name: str
    rule: str
    lhs: str
    op: str  # "=" or "~="
    rhs: str
    prev_formats: tuple[str, ...]
    this_formats: tuple[str, ...]
    tolerance: str | float = 0.0  # a number, or "last_digit": one unit of the last digit of the left side
    over: str | None = None  # modifier whose stated ids instantiate {id}
    sources: tuple[str, ...] = ()  # if given, every value must come from a fact of one of these sources
    note: str | None = None

    def ids(self) -> list[tuple[str, str]]:
        """(``prev``|``this``, indicator id) pairs in the order they appear."""
        return list(dict.fromkeys((m.group(1), m.group(2)) for m in _NAMESPACE.finditer(self.rule)))

    def expand(self, this_values: dict[str, Any]) -> list["AcrossRule"]:
        """The rule itself, or for a ``{id}`` template one rule per base id stated with its modifier."""
        if "{id}" not in self.rule:
            return [self]
        bases = [split_modifier(k)[0] for k in this_values if split_modifier(k)[1] == self.over]
        return [_make_rule(self.name, self.rule.replace("{id}", b), self.prev_formats, self.this_formats,
                           self.tolerance, None, self.note, self.sources) for b in bases]

    def holds(self, lhs: float, rhs: float, lhs_text: str | None = None) -> bool:
        if self.op == "=":
            return abs(lhs - rhs) < 1e-6
        tol = _last_digit_unit(lhs, lhs_text) if self.tolerance == "last_digit" else float(self.tolerance)
        return abs(lhs - rhs) <= tol + 1e-9


def _last_digit_unit(value: float, text: str | None) -> float:
    """One unit of the last digit a number is written with: 2.45 → 0.01, 32 → 1 (from its text if known)."""
    digits = regex.search(r"\d+(?:\.(\d+))?(?!.*\d)", text or "") or regex.search(
        r"\d+(?:\.(\d+))?$", repr(clean_number(abs(value))))
    decimals = len(digits.group(1) or "") if digits else 0
    return 10.0 ** -decimals


def _make_rule(name: str, text: str, prev_formats: tuple[str, ...], this_formats: tuple[str, ...],
               tolerance: str | float, over: str | None, note: str | None,
               sources: tuple[str, ...] = ()) -> AcrossRule:
    m = regex.fullmatch(r"\s*(.+?)\s*(~=|=)\s*(.+?)\s*", text)
    if not m:
        raise ValueError(f"across.yaml: rule without = or ~=: {text!r}")
    rule = AcrossRule(name=name, rule=text, lhs=m.group(1), op=m.group(2), rhs=m.group(3),
                      prev_formats=prev_formats, this_formats=this_formats, tolerance=tolerance, over=over,
                      sources=sources, note=note)
    if over is None:
        taxonomy = get_taxonomy()
        for _, ind in rule.ids():
            if not taxonomy.is_valid_id(ind):
                raise ValueError(f"across.yaml: rule {text!r} refers to unknown id {ind!r}")
    return rule


@functools.lru_cache(maxsize=1)
def across_rules() -> tuple[AcrossRule, ...]:
    """The cross-year rules of ``gknlp/data/across.yaml``, expanded over columns and kinds.

    ``{id}`` templates (``over: <modifier>``) stay templates; :meth:`AcrossRule.expand` instantiates them.
    """
    taxonomy = get_taxonomy()
    columns = [c["suffix"] for c in taxonomy.table3_columns if not c.get("derived")]
    out: list[AcrossRule] = []
    for entry in _load_yaml("across.yaml")["rules"]:
        template: str = entry["rule"]
        formats = entry.get("formats", {}) or {}
        for kind in entry.get("kinds") or [None]:
            for col in columns if "{col}" in template else [None]:
                text = template
                if kind is not None:
                    text = text.replace("{kind}", kind)
                if col is not None:
                    text = text.replace("{col}", col)
                out.append(_make_rule(
                    entry["name"], text, tuple(formats.get("prev", ())), tuple(formats.get("this", ())),
                    entry.get("tolerance", 0.0), entry.get("over"), entry.get("note"),
                    tuple(entry.get("sources", ())),
                ))
    return tuple(out)


@functools.lru_cache(maxsize=1)
def _year_patterns() -> tuple[tuple[str, regex.Pattern], ...]:
    """(evidence kind, compiled pattern with group ``year``) from across.yaml ``year_evidence``."""
    raw = _load_yaml("across.yaml")["year_evidence"]
    out = []
    for kind, spec in raw.items():
        words = spec.get("words") or spec.get("before") or []
        alternation = "|".join(regex.escape(fold(w)) for w in sorted(words, key=len, reverse=True))
        gap = int(spec.get("gap", 8))
        pattern = regex.compile(rf"(?:{alternation})[^0-9。]{{0,{gap}}}(?<!\d)(?P<year>(?:19|20)\d\d)\s{{0,2}}年")
        out.append((kind, pattern))
    return tuple(out)


# ---------------------------------------------------------------------------------------------- input
def as_report(item: ReportLike, *, doc: str | None = None) -> Report:
    """A :class:`Report` as is; anything else through :func:`gknlp.parse_report`.

    As everywhere in gknlp a ``str`` is text and a :class:`pathlib.Path` (any ``os.PathLike``) is a file.
    """
    if isinstance(item, Report):
        return item
    from gknlp.pipeline import parse_report

    if isinstance(item, os.PathLike) and not isinstance(item, Path):
        item = Path(os.fspath(item))
    if isinstance(item, (str, bytes, Path)):
        return parse_report(item, doc=doc)
    raise InputError(f"cannot compare a {type(item).__name__}: give Report objects, paths or texts")


def _as_reports(reports: ReportLike | Iterable[ReportLike]) -> list[tuple[str, Report]]:
    """(unique document id, report) pairs; a single report/path/text is accepted as a list of one."""
    if isinstance(reports, (Report, str, bytes, os.PathLike)):
        reports = [reports]
    out: list[tuple[str, Report]] = []
    seen: dict[str, int] = {}
    for i, item in enumerate(reports):
        report = as_report(item)
        doc = report.doc or (Path(os.fspath(item)).name if isinstance(item, os.PathLike) else f"doc{i}")
        if doc in seen:
            seen[doc] += 1
            doc = f"{doc}#{seen[doc]}"
        else:
            seen[doc] = 1
        out.append((doc, report))
    return out


# ---------------------------------------------------------------------------------------------- tables
def stated_facts(report: Report) -> dict[str, Fact]:
    """For each indicator the fact whose value :meth:`Report.indicators` reports (:meth:`Report.stated_facts`)."""
    return report.stated_facts()


def _column_order(ids: Iterable[str]) -> list[str]:
    """Indicator ids in taxonomy order; modifier ids follow their base; unknown ids last, sorted."""
    order = {ind_id: n for n, ind_id in enumerate(get_taxonomy().ids())}
    unknown = len(order)

    def key(ind_id: str) -> tuple[int, int, str]:
        base, modifier = split_modifier(ind_id)
        if ind_id in order:
            return (order[ind_id], 0, "")
        if base in order:
            return (order[base], 1, modifier or "")
        return (unknown, 0, ind_id)

    return sorted(set(ids), key=key)


def _typed(series_values: list[Any]) -> Any:
    """A pandas column: nullable Int64 when every stated value is whole, Float64 otherwise."""
    import pandas as pd

    present = [v for v in series_values if v is not None]
    whole = all(float(v).is_integer() and abs(v) < 2**53 for v in present)
    if whole:
        return pd.array([None if v is None else int(v) for v in series_values], dtype="Int64")
    return pd.array([None if v is None else float(v) for v in series_values], dtype="Float64")


def _select(occurring: Iterable[str], indicators: str | Iterable[str] | None) -> list[str]:
    """The indicator columns: those occurring (None), every taxonomy id plus those occurring ("all"), or
    exactly the ids given, in the order given (an id unknown to the taxonomy is an error)."""
    if indicators is None:
        return _column_order(occurring)
    if isinstance(indicators, str):
        if indicators != "all":
            raise InputError(f"indicators must be None, 'all' or a list of ids, not {indicators!r}")
        return _column_order([*get_taxonomy().ids(), *occurring])
    chosen = list(dict.fromkeys(indicators))
    unknown = [i for i in chosen if not get_taxonomy().is_valid_id(i)]
    if unknown:
        raise InputError(f"not taxonomy ids: {', '.join(unknown)}")
    return chosen


def compare(
    reports: ReportLike | Iterable[ReportLike], *, long: bool = False, derived: bool = False,
    indicators: str | Iterable[str] | None = None,
) -> "pd.DataFrame":  # noqa: F821
    """One row per report, one column per indicator that occurs (taxonomy order), values as stated.

    Columns: ``doc, body, body_key, year, format`` then the indicator ids.  ``indicators="all"`` gives a
    fixed schema (every taxonomy id, so tables of different batches line up); a list of ids gives exactly
    those columns in that order.  Missing cells are ``<NA>``;
    a column is ``Int64`` when all its values are whole numbers, else ``Float64``.  ``reports`` may mix
    :class:`Report` objects, paths (``pathlib.Path``) and texts (``str``/``bytes``).  With ``long=True``
    the long provenance table of :func:`compare_long` is returned instead; with ``derived=True`` values
    implied by the taxonomy identities (subtotals the report does not print) are added.
    """
    import pandas as pd

    pairs = _as_reports(reports)
    if long:
        return _long_table(pairs, derived=derived, indicators=indicators)
    rows = [(doc, r, r.indicators(derived=derived)) for doc, r in pairs]
    columns = _select([k for _, _, values in rows for k in values], indicators)
    data: dict[str, Any] = {
        "doc": pd.array([doc for doc, _, _ in rows], dtype="string"),
        "body": pd.array([r.meta.body for _, r, _ in rows], dtype="string"),
        "body_key": pd.array([body_key(r.meta.body) for _, r, _ in rows], dtype="string"),
        "year": pd.array([r.meta.year for _, r, _ in rows], dtype="Int64"),
        "format": pd.array([r.meta.format for _, r, _ in rows], dtype="string"),
    }
    for ind_id in columns:
        data[ind_id] = _typed([values.get(ind_id) for _, _, values in rows])
    return pd.DataFrame(data, columns=META_COLUMNS + columns)


def compare_long(
    reports: ReportLike | Iterable[ReportLike], *, derived: bool = False, indicators: Iterable[str] | None = None
) -> "pd.DataFrame":  # noqa: F821
    """The long table: one row per (report, indicator) cell of :func:`compare` with its provenance.

    Columns: ``report, indicator, value, unit, source, start, end, text, confidence, label, approx``.
    ``text == report_text[start:end]`` for every stated cell; ``unit`` is the fact's unit, or the taxonomy
    unit of the indicator for a bare table number; derived cells (``derived=True``) have source
    ``"derived"`` and no span.  ``indicators`` (a list of ids) keeps only those cells.
    """
    return _long_table(_as_reports(reports), derived=derived, indicators=indicators)


def _long_table(
    pairs: Sequence[tuple[str, Report]], *, derived: bool, indicators: str | Iterable[str] | None = None
) -> "pd.DataFrame":  # noqa: F821
    import pandas as pd

    taxonomy = get_taxonomy()
    records: list[dict[str, Any]] = []
    for doc, report in pairs:
        chosen = stated_facts(report)
        values = report.indicators(derived=derived)
        for ind_id in _select(values, indicators) if indicators is not None else _column_order(values):
            if ind_id not in values:
                continue
            f = chosen.get(ind_id)
            if f is not None:
                records.append({
                    "report": doc, "indicator": ind_id, "value": float(values[ind_id]),
                    "unit": f.unit or taxonomy.unit_of(ind_id),  # bare table numbers: the unit of the id
                    "source": f.source, "start": f.start, "end": f.end, "text": f.text,
                    "confidence": float(f.confidence), "label": f.label, "approx": bool(f.approx),
                })
            else:
                records.append({
                    "report": doc, "indicator": ind_id, "value": float(values[ind_id]),
                    "unit": taxonomy.unit_of(ind_id), "source": "derived", "start": None, "end": None,
                    "text": None, "confidence": None, "label": None, "approx": False,
                })
    frame = pd.DataFrame.from_records(records, columns=LONG_COLUMNS)
    return frame.astype({
        "report": "string", "indicator": "string", "value": "Float64", "unit": "string", "source": "string",
        "start": "Int64", "end": "Int64", "text": "string", "confidence": "Float64", "label": "string",
        "approx": "boolean",
    })


# ---------------------------------------------------------------------------------------------- checks
@dataclass
class Span:
    """Where a value involved in a cross-report check was read: ``text == report_text[start:end]``."""

    doc: str
    role: str  # "prev" | "this"
    indicator: str  # taxonomy id, or "meta.year" / "year.<evidence kind>" for the stated-year check
    value: float | int | None
    start: int | None
    end: int | None
    text: str | None
    source: str | None = None


@dataclass
class CrossViolation:
    """A rule linking two reports (or a report's year and its text) that does not hold."""

    rule: str  # rule name: carried_over / permit_items / in_force / stated_year / duplicate_year
    expression: str  # the instantiated rule, e.g. "this.apply.carried_over.total = prev.apply.carried_forward.total"
    body: str | None
    prev_doc: str | None
    prev_year: int | None
    this_doc: str
    this_year: int | None
    lhs: float | None
    rhs: float | None
    values: dict[str, float] = field(default_factory=dict)
    spans: list[Span] = field(default_factory=list)
    holds: bool = False  # True only in check_across(..., passed=True) results for rules that hold

    def prev_spans(self) -> list[Span]:
        return [s for s in self.spans if s.role == "prev"]

    def this_spans(self) -> list[Span]:
        return [s for s in self.spans if s.role == "this"]

    def __str__(self) -> str:
        where = f"{self.prev_doc} ({self.prev_year}) → {self.this_doc} ({self.this_year})" if self.prev_doc \
            else f"{self.this_doc} ({self.this_year})"
        sides = ""
        if self.lhs is not None and self.rhs is not None:
            sides = f": {clean_number(round(self.lhs, 6))} {'=' if self.holds else '≠'} {clean_number(round(self.rhs, 6))}"
        return f"[{self.rule}] {where}: {self.expression}{sides}"

    def to_dict(self) -> dict[str, Any]:
        from dataclasses import asdict

        return asdict(self)


def _format_ok(fmt: str | None, allowed: tuple[str, ...]) -> bool:
    return not allowed or fmt is None or fmt in allowed


def _check_pair(
    body: str | None, prev: tuple[str, Report], this: tuple[str, Report], passed: bool = False
) -> list[CrossViolation]:
    (prev_doc, prev_r), (this_doc, this_r) = prev, this
    facts = {"prev": stated_facts(prev_r), "this": stated_facts(this_r)}
    values = {"prev": prev_r.indicators(), "this": this_r.indicators()}
    out: list[CrossViolation] = []
    for template in across_rules():
        if not (_format_ok(prev_r.meta.format, template.prev_formats)
                and _format_ok(this_r.meta.format, template.this_formats)):
            continue
        for rule in template.expand(values["this"]):
            ids = rule.ids()
            if any(ind not in values[role] or facts[role][ind].approx
                   or (rule.sources and facts[role][ind].source not in rule.sources) for role, ind in ids):
                continue
            env = {f"{role}.{ind}": float(values[role][ind]) for role, ind in ids}
            lhs, rhs = evaluate(rule.lhs, env), evaluate(rule.rhs, env)
            lhs_fact = facts["this" if rule.lhs.startswith("this.") else "prev"].get(rule.lhs.split(".", 1)[1])
            if lhs is None or rhs is None:
                continue
            ok = rule.holds(lhs, rhs, lhs_fact.text if lhs_fact else None)
            if ok and not passed:
                continue
            spans = []
            for role, ind in ids:
                f = facts[role][ind]
                spans.append(Span(prev_doc if role == "prev" else this_doc, role, ind, clean_number(f.value),
                                  f.start, f.end, f.text, f.source))
            out.append(CrossViolation(
                rule=rule.name, expression=rule.rule, body=body, prev_doc=prev_doc, prev_year=prev_r.meta.year,
                this_doc=this_doc, this_year=this_r.meta.year, lhs=lhs, rhs=rhs,
                values={k: clean_number(v) for k, v in env.items()}, spans=spans, holds=ok,
            ))
    return out


def year_evidence(text: str) -> list[tuple[str, int, int, int, str]]:
    """Years the text says its numbers describe: (kind, year, start, end, matched text) per statement.

    Kinds come from ``across.yaml`` ``year_evidence``: the statistical-period statement
    (统计期限自2017年1月1日起…) and the old 统计表 header (指标名称 计量单位 2013年度 历年累计).
    """
    folded = fold(text)
    out = []
    for kind, pattern in _year_patterns():
        for m in pattern.finditer(folded):
            out.append((kind, int(m.group("year")), m.start(), m.end(), text[m.start() : m.end()]))
    return sorted(out, key=lambda e: e[2])


_TITLE_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?=\s{0,2}年)")


def _claimed_years(doc: str, report: Report) -> list[tuple[str, int, Span | None]]:
    """The years a report claims: its metadata year and the year in its title (with the title's span when
    the title occurs in the text), one entry per distinct year."""
    claims: list[tuple[str, int, Span | None]] = []
    if report.meta.year is not None:
        claims.append(("meta.year", int(report.meta.year), None))
    title = report.meta.title or ""
    m = _TITLE_YEAR.search(title)
    if m and all(int(m.group()) != y for _, y, _ in claims):
        at = report.text.find(title) if title else -1
        span = None
        if at >= 0:
            span = Span(doc, "this", "title.year", int(m.group()), at + m.start(), at + m.end(), m.group(), "title")
        claims.append(("title.year", int(m.group()), span))
    return claims


def _check_year(doc: str, report: Report, passed: bool = False) -> list[CrossViolation]:
    """The years a report claims (metadata, title) against the years its period statement, 统计表 header
    and 总体情况 opening give."""
    claims = _claimed_years(doc, report)
    if not claims:
        return []
    out = []
    for kind, found, start, end, text in year_evidence(report.text):
        evidence = Span(doc, "this", f"year.{kind}", found, start, end, text, "text")
        for source, year, claim_span in claims:
            if found != year or passed:
                out.append(CrossViolation(
                    rule="stated_year", expression=f"{source} = year.{kind}", body=body_key(report.meta.body),
                    prev_doc=None, prev_year=None, this_doc=doc, this_year=report.meta.year, lhs=float(year),
                    rhs=float(found), values={source: year, f"year.{kind}": found},
                    spans=[s for s in (claim_span, evidence) if s is not None], holds=found == year,
                ))
    return out


def check_across(
    reports: ReportLike | Iterable[ReportLike], *, by_body: bool = True, passed: bool = False
) -> list[CrossViolation]:
    """Violated cross-report rules among ``reports``.

    Reports are grouped by :func:`body_key` of their issuing body (``by_body=False`` treats all reports as
    one body's series; reports without body or year are only checked on their own).  For each pair of
    consecutive statistical years the rules of ``across.yaml`` are evaluated (上年结转 = last year's 结转下年度;
    2019-format 上一年项目数量 continuity; 2021-format 现行有效件数 continuity; 历年累计 continuity; stated
    同比 changes).  Every report is also checked for a stated year that differs from the year of its
    statistical period / table header (``stated_year``), and two reports of one body claiming the same year
    are flagged (``duplicate_year``).  Each violation carries the spans of the values involved in both
    reports.  With ``passed=True`` the rule instances that hold are returned too (``holds=True``), to show
    what could be checked at all.
    """
    pairs = _as_reports(reports)
    out: list[CrossViolation] = []
    series: dict[str | None, dict[int, list[tuple[str, Report]]]] = {}
    for doc, report in pairs:
        out.extend(_check_year(doc, report, passed))
        key = body_key(report.meta.body) if by_body else "*"
        if key is None or report.meta.year is None:
            continue
        series.setdefault(key, {}).setdefault(report.meta.year, []).append((doc, report))
    for key, by_year in series.items():
        for year in sorted(by_year):
            same = by_year[year]
            for first, other in zip(same, same[1:]):
                out.append(CrossViolation(
                    rule="duplicate_year", expression="one report per body and year", body=key,
                    prev_doc=first[0], prev_year=year, this_doc=other[0], this_year=year, lhs=None, rhs=None,
                ))
            for prev in by_year.get(year - 1, []):
                for this in same:
                    out.extend(_check_pair(key, prev, this, passed))
    return out


# ---------------------------------------------------------------------------------------------- CLI
def _expand(specs: Sequence[str]) -> list[Path]:
    """Files named by ``specs`` (files, directories, globs) as ``gknlp extract`` finds them."""
    from gknlp.batch import expand_inputs

    files, missing = expand_inputs(specs)
    if missing:
        raise InputError(f"no report files found for: {', '.join(missing)}")
    if not files:
        raise InputError("no report files given")
    return [Path(f.path) for f in files]


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """Arguments of ``gknlp table``."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="report files, directories or globs")
    parser.add_argument("-o", "--output", metavar="OUT", help="output .csv or .parquet (default: CSV on stdout)")
    parser.add_argument("--long", action="store_true", help="the long provenance table (one row per cell)")
    parser.add_argument("--derived", action="store_true", help="add values implied by the taxonomy identities")
    parser.add_argument("--indicators", metavar="IDS",
                        help="'all' (every taxonomy id: a fixed schema) or comma-separated ids (only those)")
    parser.add_argument("--check", action="store_true",
                        help="also print cross-year check violations (one per line) to stderr")


def run(args: argparse.Namespace) -> int:
    """``gknlp table PATH… -o OUT.csv|.parquet [--long] [--derived] [--indicators all|IDS] [--check]``.

    Returns 0, or 1 when ``--check`` found violations.
    """
    out = Path(args.output) if args.output else None
    if out is not None and out.suffix.lower() not in (".csv", ".parquet"):
        raise InputError(f"output must end in .csv or .parquet, not {out.name!r}")
    reports = [as_report(p, doc=str(p)) for p in _expand(args.paths)]
    indicators = args.indicators
    if indicators and indicators != "all":
        indicators = [i.strip() for i in indicators.split(",") if i.strip()]
    frame = compare(reports, long=args.long, derived=args.derived, indicators=indicators or None)
    if out is None:
        frame.to_csv(sys.stdout, index=False)
    elif out.suffix.lower() == ".csv":
        frame.to_csv(out, index=False, encoding="utf-8")
    else:
        try:
            frame.to_parquet(out, index=False)
        except ImportError as exc:
            raise InputError("writing Parquet needs pyarrow: pip install 'gknlp[parquet]'") from exc
    status = 0
    if args.check:
        violations = check_across(reports)
        for v in violations:
            print(v, file=sys.stderr)
        status = 1 if violations else 0
    if out is not None:
        print(f"gknlp table: {len(frame)} rows × {len(frame.columns)} columns → {out}", file=sys.stderr)
    return status
