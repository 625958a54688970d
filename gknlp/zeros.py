"""Zero statements: a value of 0 stated without a numeral.

``未收到政府信息公开申请`` → ``apply.received.total`` = 0, ``没有因信息公开被提起行政复议`` →
``review.total`` = 0.  A negation (未 / 没有 / 无 …) followed, within a short gap and before a
clause break, by one of the phrase patterns of an indicator is a statement; the patterns, the
negations and the gaps live in ``gknlp/data/zero_statements.yaml``.  The narrative stage
(:mod:`gknlp.narrative`) adds the resulting facts next to the numeric ones.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass
from importlib import resources
from typing import Any, Sequence

import regex
import yaml

from gknlp.numbers.mention import Mention
from gknlp.report import Fact
from gknlp.segment import section_at
from gknlp.spans import Spans
from gknlp.taxonomy import get_taxonomy


@dataclass(frozen=True)
class _ZeroRules:
    negation: regex.Pattern
    tight: regex.Pattern
    blocked: regex.Pattern
    clause_break: regex.Pattern
    tail: regex.Pattern
    terms: tuple[tuple[str, regex.Pattern], ...]
    any_term: regex.Pattern
    exclusive: dict[str, tuple[str, ...]]
    max_gap: int


@functools.lru_cache(maxsize=1)
def _zero_rules() -> _ZeroRules:
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("zero_statements.yaml").read_text(encoding="utf-8"))
    tax = get_taxonomy()
    terms = []
    for entry in data["terms"]:
        if entry["indicator"] not in tax:
            raise ValueError(f"zero_statements.yaml: unknown indicator {entry['indicator']}")
        terms.append((entry["indicator"], regex.compile("|".join(f"(?:{p})" for p in entry["patterns"]))))
    return _ZeroRules(
        negation=regex.compile(f"(?:{data['negations']})"),
        tight=regex.compile(f"(?:{data['tight_negations']})"),
        blocked=regex.compile(f"(?:{data['not_after_negation']})"),
        clause_break=regex.compile("[" + regex.escape(data["clause_breaks"]) + "]"),
        tail=regex.compile(data["tail"]),
        terms=tuple(terms),
        any_term=regex.compile("|".join(f"(?:{p.pattern})" for _, p in terms)),
        exclusive={k: tuple(v) for k, v in data.get("exclusive_over", {}).items()},
        max_gap=int(data["max_gap"]),
    )


def zero_statements(text: str, exclude: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int, str, int]]:
    """``(start, end, indicator, label_start)`` of every zero statement in ``text`` (outside
    ``exclude``); the label is the phrase after the negation (未|收到政府信息公开申请)."""
    rules = _zero_rules()
    excluded = Spans(exclude)
    out: list[tuple[int, int, str, int]] = []
    last_end = -1
    for neg in rules.negation.finditer(text):
        if neg.start() < last_end or neg.start() in excluded:
            continue
        if rules.blocked.match(text, neg.end()):
            continue
        stop = rules.clause_break.search(text, neg.end(), min(len(text), neg.end() + rules.max_gap + 40))
        win_end = stop.start() if stop else min(len(text), neg.end() + rules.max_gap + 40)
        first = rules.any_term.search(text, neg.end(), win_end)
        gap = 1 if rules.tight.fullmatch(neg.group()) else rules.max_gap
        if first is None or first.start() - neg.end() > gap:
            continue
        found: dict[str, tuple[int, int]] = {}
        for ind, pat in rules.terms:
            m = pat.search(text, neg.end(), win_end)
            if m and m.start() - neg.end() <= gap:
                found[ind] = (m.start(), m.end())
        for ind, others in rules.exclusive.items():
            if ind in found and any(o in found for o in others):
                del found[ind]
        if not found:
            continue
        end = max(e for _, e in found.values())
        t = rules.tail.match(text, end, win_end)
        if t:
            end = t.end()
        if end - 1 in excluded:
            continue
        for ind in sorted(found, key=lambda k: found[k]):
            out.append((neg.start(), end, ind, neg.end()))
        last_end = end
    return out


def zero_facts(text: str, kept: Sequence[Mention], sections: Sequence[Any],
               exclude: Sequence[tuple[int, int]]) -> list[Fact]:
    """The facts of the zero statements of ``text`` outside ``exclude`` that overlap no mention
    of ``kept`` (value 0, the taxonomy unit of their indicator, confidence 0.9)."""
    tax = get_taxonomy()
    out = []
    for start, end, ind, label_start in zero_statements(text, exclude):
        if any(m.start < end and start < m.end for m in kept):
            continue
        unit = tax.unit_of(ind)
        kind = tax.unit_kind(unit) or "count"
        sec = section_at(sections, start)
        out.append(Fact(
            text=text[start:end], start=start, end=end, value=0, unit=unit, kind=kind,
            label=text[label_start:end], indicator=ind, source="narrative", confidence=0.9,
            label_start=label_start, label_end=end, section=getattr(sec, "title", None), zero_statement=True,
        ))
    return out


def is_zero_gold(f: Any) -> bool:
    """A gold zero statement (value 0 stated without a numeral: 未收到申请, 零投诉)."""
    return f.value == 0 and not regex.search(r"[0-9]", f.text) and not regex.fullmatch(r"[零〇]\S{0,2}", f.text)
