"""Zero statements: a value of 0 stated without a numeral.

``未收到政府信息公开申请`` → ``apply.received.total`` = 0, ``没有因信息公开被提起行政复议`` →
``review.total`` = 0.  A negation (未 / 没有 / 无 …) followed, within a short gap and before a
clause break, by one of the phrase patterns of a term is a statement; the patterns, the negations
and the gaps live in ``gknlp/data/zero_statements.yaml``.  A term may have no indicator (``无人员受伤``:
a fact with indicator None and the term's unit).  Text is matched folded (traditional characters
are simplified by :func:`gknlp.normalize.fold`); insertions that break words apart without meaning
anything — the pinyin glosses of mirrored pages, ``行政復(fù)議`` — are skipped.  The narrative stage
(:mod:`gknlp.narrative`) adds the resulting facts next to the numeric ones.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any, Callable, NamedTuple, Sequence

import regex
import yaml

from gknlp.numbers.mention import Mention
from gknlp.report import Fact
from gknlp.segment import section_at
from gknlp.spans import Spans
from gknlp.taxonomy import get_taxonomy
from gknlp.wraps import Unwrapped


class ZeroStatement(NamedTuple):
    """One zero statement: the phrase ``[start, end)``, its indicator (or None), where the label
    starts (after the negation) and the unit of the value."""

    start: int
    end: int
    indicator: str | None
    label_start: int
    unit: str | None


@dataclass(frozen=True)
class _Term:
    indicator: str | None
    pattern: regex.Pattern
    max_gap: int | None  # None: the rules' gap
    unit: str | None


@dataclass(frozen=True)
class _ZeroRules:
    negation: regex.Pattern
    tight: regex.Pattern
    tight_gap: regex.Pattern
    blocked: regex.Pattern
    clause_break: regex.Pattern
    tail: regex.Pattern
    terms: tuple[_Term, ...]
    any_term: regex.Pattern
    exclusive: dict[str, tuple[str, ...]]
    max_gap: int
    long_gap_verbs: regex.Pattern
    long_max_gap: int
    not_before: frozenset[str]
    not_before_lengths: tuple[int, ...]
    not_in_gap: regex.Pattern
    ignorable: regex.Pattern


@functools.lru_cache(maxsize=1)
def _zero_rules() -> _ZeroRules:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("zero_statements.yaml").read_text(encoding="utf-8"))
    tax = get_taxonomy()
    terms = []
    for entry in data["terms"]:
        ind = entry["indicator"]
        if ind is not None and ind not in tax:
            raise ValueError(f"zero_statements.yaml: unknown indicator {ind}")
        if entry.get("max_gap", 0) > data["max_gap"]:
            raise ValueError(f"zero_statements.yaml: a term's max_gap exceeds max_gap ({entry['patterns']})")
        unit = entry.get("unit", tax.unit_of(ind) if ind else None)
        if ind is None and not unit:
            raise ValueError(f"zero_statements.yaml: a term without indicator needs a unit ({entry['patterns']})")
        terms.append(_Term(ind, regex.compile("|".join(f"(?:{p})" for p in entry["patterns"])),
                           entry.get("max_gap"), unit))
    return _ZeroRules(
        negation=regex.compile(f"(?:{data['negations']})"),
        tight=regex.compile(f"(?:{data['tight_negations']})"),
        tight_gap=regex.compile(f"(?:{data['tight_gap']})"),
        blocked=regex.compile(f"(?:{data['not_after_negation']})"),
        clause_break=regex.compile("[" + regex.escape(data["clause_breaks"]) + "]"),
        tail=regex.compile(data["tail"]),
        terms=tuple(terms),
        any_term=regex.compile("|".join(f"(?:{t.pattern.pattern})" for t in terms)),
        exclusive={k: tuple(v) for k, v in data.get("exclusive_over", {}).items()},
        max_gap=int(data["max_gap"]),
        long_gap_verbs=regex.compile(f"(?:{data['long_gap_verbs']})"),
        long_max_gap=int(data["long_max_gap"]),
        not_before=frozenset(data["not_before_negation"]),
        not_before_lengths=tuple(sorted({len(w) for w in data["not_before_negation"]})),
        not_in_gap=regex.compile(f"(?:{data['not_in_gap']})"),
        ignorable=regex.compile(data["ignorable"]),
    )


def zero_statements(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[ZeroStatement]:
    """Every zero statement in ``text`` (folded) outside ``exclude``; the label is the phrase after
    the negation (未|收到政府信息公开申请)."""
    rules = _zero_rules()
    excluded = Spans(exclude)
    view = Unwrapped(text, [m.span() for m in rules.ignorable.finditer(text)])
    if not view:
        return _find(text, rules, excluded.__contains__)
    found = _find(view.text, rules, lambda pos: view.to_original(pos) in excluded)
    return [z._replace(start=view.to_original(z.start), end=view.end_to_original(z.end),
                       label_start=view.to_original(z.label_start)) for z in found]


def _find(text: str, rules: _ZeroRules, is_excluded: Callable[[int], bool]) -> list[ZeroStatement]:
    out: list[ZeroStatement] = []
    last_end = -1
    reach = max(rules.max_gap, rules.long_max_gap) + 40
    widest = max(rules.max_gap, rules.long_max_gap)
    # where a term can start, found in one pass: a negation with none within its gap is skipped
    # without searching its window term by term (dense negations would make that the main cost)
    term_starts = [m.start() for m in rules.any_term.finditer(text, overlapped=True)]
    for neg in rules.negation.finditer(text):
        if neg.start() < last_end or is_excluded(neg.start()):
            continue
        k = bisect.bisect_left(term_starts, neg.end())
        if k == len(term_starts) or term_starts[k] - neg.end() > widest:
            continue
        if rules.blocked.match(text, neg.end()):
            continue
        if any(text[max(0, neg.start() - n):neg.start()] in rules.not_before for n in rules.not_before_lengths):
            continue
        long_gap = rules.long_gap_verbs.match(text, neg.end()) is not None
        stop = rules.clause_break.search(text, neg.end(), min(len(text), neg.end() + reach))
        win_end = stop.start() if stop else min(len(text), neg.end() + reach)
        found: dict[int, tuple[int, int]] = {}
        if rules.tight.fullmatch(neg.group()):  # 零投诉 / 零“投诉”: the term touches the negation
            pos = rules.tight_gap.match(text, neg.end(), win_end).end()
            for k, term in enumerate(rules.terms):
                m = term.pattern.match(text, pos, win_end)
                if m:
                    found[k] = (m.start(), m.end())
        else:
            for k, term in enumerate(rules.terms):
                gap = term.max_gap if term.max_gap is not None else (rules.long_max_gap if long_gap else rules.max_gap)
                m = term.pattern.search(text, neg.end(), win_end)
                if m and m.start() - neg.end() <= gap and not rules.not_in_gap.search(text, neg.end(), m.end()):
                    found[k] = (m.start(), m.end())
        named = {rules.terms[k].indicator: k for k in found if rules.terms[k].indicator}
        for ind, others in rules.exclusive.items():
            if ind in named and any(o in named for o in others):
                del found[named[ind]]
        if not found:
            continue
        end = max(e for _, e in found.values())
        t = rules.tail.match(text, end, win_end)
        if t:
            end = t.end()
        if is_excluded(end - 1):
            continue
        for k in sorted(found, key=lambda k: found[k]):
            term = rules.terms[k]
            out.append(ZeroStatement(neg.start(), end, term.indicator, neg.end(), term.unit))
        last_end = end
    return out


def zero_facts(text: str, kept: Sequence[Mention], sections: Sequence[Any],
               exclude: Sequence[tuple[int, int]]) -> list[Fact]:
    """The facts of the zero statements of ``text`` outside ``exclude`` that overlap no mention
    of ``kept`` (value 0, the unit of their term — the taxonomy unit of their indicator —,
    confidence 0.9)."""
    tax = get_taxonomy()
    numbers = Spans([(m.start, m.end) for m in kept])
    out = []
    for z in zero_statements(text, exclude):
        if numbers.overlaps(z.start, z.end):
            continue
        kind = tax.unit_kind(z.unit) or "count"
        sec = section_at(sections, z.start)
        out.append(Fact(
            text=text[z.start:z.end], start=z.start, end=z.end, value=0, unit=z.unit, kind=kind,
            label=text[z.label_start:z.end], indicator=z.indicator, source="narrative", confidence=0.9,
            label_start=z.label_start, label_end=z.end, section=getattr(sec, "title", None), zero_statement=True,
        ))
    return out


def is_zero_gold(f: Any) -> bool:
    """A gold zero statement (value 0 stated without a numeral: 未收到申请, 零投诉)."""
    return f.value == 0 and not regex.search(r"[0-9]", f.text) and not regex.fullmatch(r"[零〇]\S{0,2}", f.text)
