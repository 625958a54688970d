"""The numeric grammar: lexicon loading and the master regular expression.

Everything the recognizer knows about words (units, scale words, approximation markers, change
verbs, keywords of non-facts) comes from ``gknlp/data/numbers.yaml`` plus the canonical units of
the taxonomy.  :func:`grammar` assembles ONE master pattern, compiled once, whose ordered
alternatives are tried at every position of the folded text (leftmost match wins; at the same
position the earlier alternative wins):

1. non-fact alternatives from :mod:`gknlp.numbers.nonfacts` (URLs, codes, keyword-led phones and
   postcodes, document numbers, dates, ordinals, list markers, ratios, ranges, names …);
2. the fact alternative: ``[change verb | sign] [约] number [余] [万] [余] [unit] [左右]``.

Every repetition is bounded or possessive-free over a single character class, so the scan is
linear in the input length (see ``tests/test_numbers_linear.py``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Any

import regex
import yaml

from gknlp.numbers import nonfacts

#: Arabic number: thousands-separated (1,234.5) or plain digits with optional decimals.
ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3}){1,6}(?![0-9])(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
#: Chinese numeral characters.
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
#: A Chinese numeral that may stand on its own: starts with a digit character or 十.
CN_STRICT = rf"(?:[一二两三四五六七八九十][{CN_CHARS}]{{0,19}})"
#: Any Chinese numeral (百万 …), allowed after an approximation marker (超过百万人).
CN_ANY = rf"(?:[{CN_CHARS}]{{1,20}})"
#: Year digits.
YEAR = r"(?:19|20)[0-9]{2}"


@dataclass(frozen=True)
class Unit:
    """One measure word: canonical unit, kind and multiplier."""

    surface: str
    canonical: str
    kind: str
    factor: int = 1
    nonfact: str | None = None
    not_before: tuple[str, ...] = ()


@dataclass
class Lexicon:
    """All word lists of ``numbers.yaml`` in usable form."""

    units: dict[str, Unit]
    scales: dict[str, int]
    approx_before: list[str]
    approx_middle: list[str]
    approx_after: list[str]
    increase: list[str]
    decrease: list[str]
    no_verb_before: list[str]
    comparative_increase: list[str]
    comparative_decrease: list[str]
    keywords: dict[str, list[str]]
    idioms: list[str]
    skip_words: list[str]
    name_suffixes: list[str]
    rhetorical_nouns: list[str]
    address_suffixes: list[str]
    road_words: list[str]
    law_suffixes: list[str]
    rank_suffixes: list[str]
    raw: dict[str, Any] = field(default_factory=dict)


def _load_yaml(name: str) -> dict[str, Any]:
    return yaml.safe_load(resources.files("gknlp.data").joinpath(name).read_text(encoding="utf-8"))


def _taxonomy_units() -> dict[str, dict]:
    """Canonical units of the taxonomy (``units:`` section); empty if the taxonomy cannot load."""
    try:
        from gknlp.taxonomy import get_taxonomy

        return dict(get_taxonomy().units)
    except Exception:  # the recognizer must work even while the taxonomy is being edited
        return {}


@functools.lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """Load ``numbers.yaml`` (once) merged over the taxonomy's canonical units."""
    data = _load_yaml("numbers.yaml")
    units: dict[str, Unit] = {}
    merged: dict[str, dict] = {}
    for surface, spec in _taxonomy_units().items():
        merged[surface] = dict(spec or {})
    for surface, spec in (data.get("units") or {}).items():
        merged[str(surface)] = {**merged.get(str(surface), {}), **(spec or {})}
    for surface, spec in merged.items():
        units[surface] = Unit(
            surface=surface,
            canonical=str(spec.get("to", surface)),
            kind=str(spec.get("kind", "other")),
            factor=int(spec.get("factor", 1)),
            nonfact=spec.get("nonfact"),
            not_before=tuple(spec.get("not_before", []) or []),
        )
    approx = data.get("approx", {})
    change = data.get("change", {})
    return Lexicon(
        units=units,
        scales={str(k): int(v) for k, v in data.get("scales", {}).items()},
        approx_before=list(approx.get("before", [])),
        approx_middle=list(approx.get("middle", [])),
        approx_after=list(approx.get("after", [])),
        increase=list(change.get("increase", [])),
        decrease=list(change.get("decrease", [])),
        no_verb_before=list(change.get("no_verb_before", [])),
        comparative_increase=list(change.get("comparative_increase", [])),
        comparative_decrease=list(change.get("comparative_decrease", [])),
        keywords={k: list(v) for k, v in (data.get("keywords") or {}).items()},
        idioms=list(data.get("idioms", [])),
        skip_words=list(data.get("skip_words", [])),
        name_suffixes=list(data.get("name_suffixes", [])),
        rhetorical_nouns=list(data.get("rhetorical_nouns", [])),
        address_suffixes=list(data.get("address_suffixes", [])),
        road_words=list(data.get("road_words", [])),
        law_suffixes=list(data.get("law_suffixes", [])),
        rank_suffixes=list(data.get("rank_suffixes", [])),
        raw=data,
    )


def alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A non-capturing alternation of literal words, longest first (so 人次 wins over 人)."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")" if ordered else "(?!)"


def unit_pattern(lex: Lexicon) -> str:
    """Alternation of all units, longest first, each guarded by its ``not_before`` characters."""
    parts = []
    for surface in sorted(lex.units, key=lambda w: (-len(w), w)):
        unit = lex.units[surface]
        guard = f"(?!{alternation(unit.not_before)})" if unit.not_before else ""
        parts.append(regex.escape(surface) + guard)
    return "(?:" + "|".join(parts) + ")"


def scale_pattern(lex: Lexicon, units: str) -> str:
    """Scale words; 千 only when a marker, another scale word or a unit follows."""
    parts = []
    for word in sorted(lex.scales, key=lambda w: (-len(w), w)):
        if word == "千":
            parts.append(rf"千(?=[ ]{{0,2}}(?:{alternation(lex.approx_middle)}|[万亿]|{units}))")
        else:
            parts.append(regex.escape(word))
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True)
class Grammar:
    """The compiled master pattern and the sub-patterns other modules reuse."""

    master: regex.Pattern
    units: str
    lexicon: Lexicon


def fact_pattern(lex: Lexicon, units: str, scales: str) -> str:
    """The fact alternative (named groups: verb, sign, pre, pct, num, cnum, mid, scale, mid2,
    unit, post)."""
    pre = alternation(lex.approx_before)
    mid = alternation(lex.approx_middle)
    post = alternation(lex.approx_after)
    no_before = "".join(regex.escape(c) for c in lex.no_verb_before if len(c) == 1)
    guard = f"(?<![{no_before}])" if no_before else ""
    verbs = alternation(lex.increase + lex.decrease)
    comparative = alternation(lex.comparative_increase + lex.comparative_decrease)
    verb = (
        rf"(?P<verb>{guard}{verbs}|(?<=(?:比|较)[^,;。\n]{{0,12}}){comparative}(?=[0-9]))"
        r"(?:了)?[ ]{0,2}"
    )
    sign = r"(?P<sign>(?<![0-9A-Za-z\u4e00-\u9fff)%.+\-])[+\-](?=[0-9]))"
    head = rf"(?:{verb}|{sign})?"
    body = (
        rf"(?:(?P<pre>{pre})[ ]?(?:百分之(?P<pct>{ARABIC}|{CN_ANY})|(?P<num>{ARABIC})|(?P<cnum>{CN_ANY}))"
        rf"|百分之(?P<pct>{ARABIC}|{CN_ANY})|(?P<num>{ARABIC})|(?P<cnum>{CN_STRICT})"
        rf"|\[[ ]?(?P<num>{ARABIC})[ ]?\](?=[ ]{{0,2}}{units}))"
    )
    suffix = (
        rf"(?:[ ]{{0,2}}(?P<unit>{units})"
        rf"|(?P<mid>{mid})?(?:[ ]{{0,2}}(?P<scale>{scales}))?(?P<mid2>{mid})?(?:[ ]{{0,2}}(?P<unit>{units}))?)"
        rf"(?P<post>{post})?"
    )
    return rf"(?P<fact>{head}{body}{suffix})"


@functools.lru_cache(maxsize=1)
def grammar() -> Grammar:
    """Build and compile the master pattern once."""
    lex = lexicon()
    units = unit_pattern(lex)
    scales = scale_pattern(lex, units)
    alternatives = nonfacts.patterns(lex, units=units, arabic=ARABIC, cn_strict=CN_STRICT, cn_any=CN_ANY, year=YEAR)
    alternatives.append(fact_pattern(lex, units, scales))
    master = regex.compile(r"(?<![0-9])(?:" + "|".join(alternatives) + ")", regex.MULTILINE | regex.VERSION0)
    return Grammar(master=master, units=units, lexicon=lex)
