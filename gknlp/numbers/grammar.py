"""The numeric grammar: lexicon loading and the compiled patterns.

Everything the recognizer knows about words (units, scale words, approximation markers, change
verbs, keywords of non-facts) comes from ``gknlp/data/numbers.yaml`` plus the canonical units of
the taxonomy.  :func:`grammar` compiles, once:

* the **master** pattern, whose ordered alternatives define every mention (leftmost match wins; at
  the same position the earlier alternative wins): a fast fact form (number + unit), the non-fact
  groups of :mod:`gknlp.numbers.nonfacts` (URLs, codes, keyword-led phones and postcodes, document
  numbers, 第N, dates and years, Chinese-numeral forms, digit-led non-facts …), and the general
  fact ``[change verb | sign] [约] number [余] [万] [余] [unit] [左右]``; each group sits behind a
  cheap guard and the whole behind a first-character class;
* each non-fact group on its own, for the scanner's shortcuts;
* the **core** pattern that finds numerals quickly (see :mod:`gknlp.numbers.scanner`).

Word lists are compiled as character tries and numbers as atomic groups; every repetition is
bounded or over a single character class, so the scan is linear in the input length (see
``tests/test_numbers_linear.py``).
"""
from __future__ import annotations

import functools
import re
import sys
from dataclasses import dataclass, field
from importlib import resources
from typing import Any, Callable

import regex
import yaml

from gknlp.numbers import nonfacts

#: Digit runs whose separators give no well-formed number, matched as ONE token so that no part of
#: them becomes a fact (the scanner flags the token ``garbled``): an irregular comma grouping
#: (``1,2345,678``), several dots (``12.34.56``).
GARBLED_ARABIC = (
    r"[0-9]{1,3}(?:,[0-9]{1,3}){0,6},[0-9]{4,15}(?:,[0-9]{1,15}){0,6}(?![0-9])"
    r"|[0-9]{1,15}(?:\.[0-9]{1,15}){2,6}(?![0-9])"
)
#: Space-grouped digits (PDF extractions: ``12 345件``): one number when every group after the
#: first has exactly three digits, one garbled token otherwise; only in front of a unit, scale
#: or approximation word (bare space-separated numbers are usually table cells).
SPACED_ARABIC = r"[0-9]{1,3}(?:[ ][0-9]{3}){1,6}(?![0-9])|[0-9]{1,3}(?:[ ][0-9]{1,4}){1,6}(?![0-9])"


def arabic_pattern(follow: str) -> str:
    """The Arabic-number token used by every pattern: well-formed thousands groups, garbled
    separator runs, space-grouped digits before ``follow`` (units, scales, 余 …), plain digits
    with decimals.  Atomic: a number is never shortened to let a suffix match (and backtracking
    over its digits would retry every unit for every digit)."""
    plain = r"[0-9]+(?:\.[0-9]+)?"
    # the separator forms are tried only when the digit run is followed by , . or space + digit
    # (one possessive lookahead): most numbers are plain digits and go straight to ``plain``
    return (
        rf"(?>(?=[0-9]*+[,. ][0-9])(?:[0-9]{{1,3}}(?:,[0-9]{{3}}){{1,6}}(?![0-9])(?!,[0-9])(?:\.[0-9]+)?"
        rf"|{GARBLED_ARABIC}|(?:{SPACED_ARABIC})(?=[ ]{{0,2}}{follow})|{plain})|{plain})"
    )


#: After a scale word, the rest of a compound numeral: 1万2千件 (2千), 3万5千6百, 2万3456,
#: 1亿2000万元 (2000万), 1亿2千万.  Its value is below the scale word's, so the sum is one number.
#: A 4-digit tail followed by 年/月/日 … is the next phrase of an unpunctuated text (3.5万2019年以来).
TAIL = r"(?:(?<=万)(?:[1-9]千(?:[1-9]百)?|[1-9]百|[0-9]{4}(?![0-9.年月日号:/\-]))|(?<=亿)(?:[1-9]千万|[0-9]{1,4}万))"
#: Chinese numeral characters.
CN_CHARS = "零〇一二两三四五六七八九十百千万亿"
#: A Chinese numeral that may stand on its own: starts with a digit character or 十.
CN_STRICT = rf"(?>[一二两三四五六七八九十][{CN_CHARS}]{{0,19}})"
#: Any Chinese numeral (百万 …), allowed after an approximation marker (超过百万人).
CN_ANY = rf"(?>[{CN_CHARS}]{{1,20}})"
#: 比/较 earlier in the clause (at most 12 characters before the word): 比上年多12件.  A union
#: of fixed-width lookbehinds (one per distance) so that Python's ``re`` compiles it too.
COMPARISON_BEFORE = "(?:" + "|".join(f"(?<=(?:比|较)[^,;。\\n]{{{k}}}.)" for k in range(13)) + ")"
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
    after: tuple[str, ...] = ()  # only a unit right after one of these words (+ the number)


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
            after=tuple(str(w) for w in spec.get("after", []) or []),
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


def trie_regex(words: list[str] | tuple[str, ...] | set[str], guards: dict[str, str] | None = None) -> str:
    """A non-capturing regex matching any of ``words``, longest first, as a character trie
    (人次 and 人 share the branch 人; the engine tries one branch per character instead of
    every word).  ``guards`` maps a word to a lookahead appended where it ends."""
    guards = guards or {}
    trie: dict = {}
    for word in set(words):
        if not word:
            continue
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = word

    def emit(node: dict) -> str:
        branches = [regex.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        if "" in node:  # the word ending here comes after every longer continuation
            branches.append(guards.get(node[""], ""))
        if len(branches) == 1:
            return branches[0] if "" not in node or not branches[0] else f"(?:{branches[0]})"
        return "(?:" + "|".join(branches) + ")"

    if not trie:
        return "(?!)"
    if len(trie) > 3:  # one character-class test rejects a position no word can start at
        first = _class_body(frozenset(trie))
        return f"(?=[{first}]){emit(trie)}"
    return emit(trie)


def alternation(words: list[str] | tuple[str, ...] | set[str]) -> str:
    """A non-capturing alternation of literal words, longest first (so 人次 wins over 人)."""
    return trie_regex(words)


def unit_pattern(lex: Lexicon, *, context: bool = True) -> str:
    """All units as a trie, longest first, each guarded by its ``not_before`` characters; a unit
    with ``after`` words (成: 增长二成, 占三成) also needs one of them right before the number:
    ``after: [change]`` stands for every change verb.  ``context=False`` leaves that left-context
    lookbehind out (the variable-width lookbehind Python's ``re`` cannot compile): such a unit
    then matches wherever its ``not_before`` guard allows, a superset the caller must re-check."""
    guards: dict[str, str] = {}
    for surface, unit in lex.units.items():
        guard = f"(?!{trie_regex(unit.not_before)})" if unit.not_before else ""
        if unit.after and context:
            words = [w for w in unit.after if w != "change"]
            if "change" in unit.after:
                words += lex.increase + lex.decrease
            guard += (rf"(?<=(?:{trie_regex(words)})(?:了)?[ ]{{0,2}}"
                      rf"(?:[0-9]{{1,3}}(?:\.[0-9]{{1,3}})?|[{CN_CHARS}]{{1,3}})[ ]?{regex.escape(surface)})")
        if guard:
            guards[surface] = guard
    return trie_regex(list(lex.units), guards)


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
    """The compiled patterns.

    ``master`` decides every mention.  ``core`` finds the numerals themselves (an Arabic number
    with the fact suffix, a run of Chinese numerals, or an ASCII token); a core number whose
    neighbours cannot involve any prefix or non-fact rule (``prefix_end`` before it,
    ``slow_after`` after it) is built straight from the core match, every other core is decided
    by ``master`` on a short window (see :func:`gknlp.numbers.scanner.scan`).
    """

    master: regex.Pattern
    groups: dict[str, regex.Pattern]
    core: regex.Pattern
    #: ``core`` for Python's ``re`` (~3× faster here), groups fact, num, unit, mid, scale, tail,
    #: mid2, unit2, post, other.  Without the left-context lookbehind of ``context_units``: a match
    #: with such a unit must be re-matched with ``core`` (see :func:`core_pattern_re`).
    core_re: re.Pattern
    context_units: frozenset[str]
    #: finds a unit of ``context_units`` where a pattern may test a unit (after a digit, a
    #: numeral, 余/多, a scale word or ], and at most two spaces): on a text without such a
    #: place the ``re`` patterns give exactly the ``regex`` ones' matches
    context_risk: regex.Pattern
    #: ``master`` and the scanner's groups compiled with Python's ``re`` (see :func:`build_groups`)
    master_re: RePattern
    groups_re: dict[str, RePattern]
    #: unit surface → (factor, canonical unit, kind, plain?) where plain means
    #: :func:`gknlp.numbers.nonfacts.plain_units` (the scanner's fast path for built facts)
    unit_info: dict[str, tuple[int, str, str, bool]]
    #: the skip words by first character, longest first (the order of the ``cn`` group)
    skip_words: dict[str, tuple[str, ...]]
    #: change verbs of a fall (decrease and comparative_decrease)
    decrease_words: frozenset[str]
    prefix_end: frozenset[str]
    #: the prefix words by last character (:func:`prefix_words_by_end`)
    prefix_words: dict[str, tuple[str, ...]]
    prefix_chars: frozenset[str]
    slow_after: frozenset[str]
    service_numbers: frozenset[str]
    units: str
    lexicon: Lexicon


def fact_pattern(lex: Lexicon, units: str, scales: str) -> str:
    """The fact alternative (named groups: verb, vsign, sign, pre, pct, num, cnum, mid, scale,
    tail, mid2, unit, post)."""
    pre = alternation(lex.approx_before)
    no_before = "".join(regex.escape(c) for c in lex.no_verb_before if len(c) == 1)
    guard = f"(?<![{no_before}])" if no_before else ""
    verbs = alternation(lex.increase + lex.decrease)
    comparative = alternation(lex.comparative_increase + lex.comparative_decrease)
    verb = (
        rf"(?P<verb>{guard}{verbs}|{comparative}{COMPARISON_BEFORE}(?=[0-9]))"
        r"(?:了)?[ ]{0,2}(?P<vsign>[+\-](?=[0-9]))?"
    )
    sign = r"(?P<sign>(?<![0-9A-Za-z\u4e00-\u9fff)%.+\-])[+\-](?=[0-9]))"
    head = rf"(?:{verb}|{sign})?"
    arabic = number_pattern(lex, units, scales)
    body = (
        rf"(?:(?P<pre>{pre})[ ]?(?:百分之(?P<pct>{arabic}|{CN_ANY})|(?P<num>{arabic})|(?P<cnum>{CN_ANY}))"
        rf"|百分之(?P<pct>{arabic}|{CN_ANY})|(?P<num>{arabic})|(?P<cnum>{CN_STRICT})"
        rf"|\[[ ]?(?P<num>{arabic})[ ]?\](?=[ ]{{0,2}}{units}))"
    )
    return rf"(?P<fact>{head}{body}{suffix_pattern(lex, units, scales)})"


def number_pattern(lex: Lexicon, units: str, scales: str) -> str:
    """The Arabic-number token (:func:`arabic_pattern`) with what may follow a spaced number."""
    return arabic_pattern(f"(?:{alternation(lex.approx_middle)}|{scales}|(?!年){units})")


def suffix_pattern(lex: Lexicon, units: str, scales: str, *, second_unit: str = "unit") -> str:
    """What follows a number in a fact (named groups unit, mid, scale, tail, mid2, post):
    ``[ ]unit`` or ``[余][scale[tail]][余][ ]unit``, then an approximation word (左右 以上 …).
    The unit of the second form is group ``second_unit`` (``re`` needs distinct group names)."""
    mid = alternation(lex.approx_middle)
    post = alternation(lex.approx_after)
    # every part starts (after at most two spaces) with the first character of a unit, scale or
    # approximation word: one class test skips the whole suffix after a bare number
    first = nonfacts.first_chars(list(lex.units) + list(lex.scales) + lex.approx_middle + lex.approx_after)
    return (
        rf"(?:(?=[ ]{{0,2}}{first})(?:[ ]{{0,2}}(?P<unit>{units})"
        rf"|(?:[ ]{{0,2}}(?P<mid>{mid}))?(?:[ ]{{0,2}}(?P<scale>{scales})(?P<tail>{TAIL})?)?"
        rf"(?:[ ]{{0,2}}(?P<mid2>{mid}))?(?:[ ]{{0,2}}(?P<{second_unit}>{units}))?)"
        rf"(?:[ ]{{0,2}}(?P<post>{post}))?)?"
    )


def fast_fact_pattern(lex: Lexicon, units: str, scales: str) -> str:
    """The common case, tried first at a digit: an Arabic number directly followed (after an
    optional 余/万) by a unit other than 年.  No digit-led non-fact rule can claim such a number
    (years need 年; dates, phones, codes, ranges … need 月 日 - : / letters after the digits), so
    trying it first changes no result and spares a dozen failing alternatives per number."""
    mid = alternation(lex.approx_middle)
    post = alternation(lex.approx_after)
    unit = rf"(?P<unit>(?!年){units})"
    return (
        rf"(?P<fact>(?P<num>{number_pattern(lex, units, scales)})(?:[ ]{{0,2}}{unit}"
        rf"|(?:[ ]{{0,2}}(?P<mid>{mid}))?(?:[ ]{{0,2}}(?P<scale>{scales})(?P<tail>{TAIL})?)?"
        rf"(?:[ ]{{0,2}}(?P<mid2>{mid}))?[ ]{{0,2}}{unit})"
        rf"(?:[ ]{{0,2}}(?P<post>{post}))?)"
    )


#: Characters a number itself can start with.
NUMBER_START = "0-9〇零一二两三四五六七八九十百千万亿Oo"


def _first_class(words: list[str], extra: str = "") -> str:
    chars = "".join(sorted({w[0] for w in words if w} - set(extra)))
    return "[" + extra + regex.escape(chars) + "]"


def lead_class(lex: Lexicon) -> str:
    """The master's leading guard: every character a mention can start with (a digit or Chinese
    numeral, an ASCII letter, a bracket or sign, or the first character of a prefix word of the
    data).  Positions failing it cost one set test instead of ~40 alternatives."""
    kw = lex.keywords
    words = (
        [w for ws in kw.values() for w in ws] + lex.skip_words + lex.idioms + lex.increase + lex.decrease
        + lex.comparative_increase + lex.comparative_decrease + lex.approx_before
        + ["公网安备", "令第", "计为", "记为", "算作", "计", "按", "第", "前", "后"]
    )
    return _first_class(words, NUMBER_START + nonfacts.LEAD_SINGLE)


def fact_lead_class(lex: Lexicon) -> str:
    """First characters of the general fact alternative (verbs, markers, signs, numbers)."""
    words = lex.increase + lex.decrease + lex.comparative_increase + lex.comparative_decrease + lex.approx_before
    return _first_class(words, NUMBER_START + r"\[+\-")


def build(lex: Lexicon, *, guarded: bool = True) -> regex.Pattern:
    """Compile the master pattern.  ``guarded=False`` drops the guards (same matches, slower;
    used by the test that proves the guards only skip work)."""
    return build_groups(lex, guarded=guarded)[0]


def build_groups(lex: Lexicon, *, guarded: bool = True, python_re: bool = False,
                 only: tuple[str, ...] | None = None) -> tuple[Any, dict[str, Any]]:
    """The master pattern and each non-fact group compiled on its own (by name: ``year``,
    ``cn``, ``bracket``, ``digits`` …).  The scanner matches a single group where it knows that
    no earlier alternative of the master can apply.

    ``python_re=True`` compiles them with Python's ``re`` (:class:`RePattern`; ~3× faster
    matching) from the same source, except that units needing a left context (成) are taken
    without it (:func:`unit_pattern` ``context=False``): the scanner uses these only on texts
    where no such unit can stand where the patterns test units (:attr:`Grammar.context_risk`).
    ``only`` limits the groups compiled on their own (compiling with ``re`` is slow)."""
    units = unit_pattern(lex, context=not python_re)
    scales = scale_pattern(lex, units)

    def compile_(source: str) -> Any:
        if python_re:
            return RePattern(source, re.MULTILINE)
        return regex.compile(source, regex.MULTILINE | regex.VERSION0)

    parts = [fast_fact_pattern(lex, units, scales)] if guarded else []
    groups: dict[str, Any] = {}
    for name, guard, pattern in nonfacts.patterns(lex, units=units, arabic=number_pattern(lex, units, scales), cn_strict=CN_STRICT, cn_any=CN_ANY, year=YEAR):
        part = f"(?={guard})(?:{pattern})" if guarded else f"(?:{pattern})"
        parts.append(part)
        if only is None or name in only:
            groups[name] = compile_(part)
    fact = fact_pattern(lex, units, scales)
    fact_part = f"(?={fact_lead_class(lex)}){fact}" if guarded else fact
    parts.append(fact_part)
    if only is None or "fact" in only:
        groups["fact"] = compile_(fact_part)
    lead = f"(?={lead_class(lex)})" if guarded else ""
    master = compile_(r"(?:(?<![0-9])|(?![0-9]))" + lead + "(?:" + "|".join(parts) + ")")
    return master, groups


class RePattern:
    """A pattern compiled with Python's ``re`` whose matches read like ``regex`` matches of the
    same source.  ``re`` wants every group name once; the copies of a repeated name (``num``,
    ``unit``, ``nf_date`` …) are renamed ``name__2``, ``name__3`` … and read back as one."""

    __slots__ = ("pattern", "copies", "base", "groupindex", "indices", "numbers", "readers")

    def __init__(self, source: str, flags: int = 0) -> None:
        seen: dict[str, int] = {}

        def rename(match: re.Match) -> str:
            name = match.group(1)
            seen[name] = seen.get(name, 0) + 1
            return f"(?P<{name}>" if seen[name] == 1 else f"(?P<{name}__{seen[name]}>"

        self.pattern = re.compile(re.sub(r"\(\?P<(\w+)>", rename, source), flags)
        self.base = {name: name.split("__")[0] for name in self.pattern.groupindex}
        copies: dict[str, list[str]] = {}
        for name in self.pattern.groupindex:
            copies.setdefault(self.base[name], []).append(name)
        self.copies = {name: tuple(names) for name, names in copies.items()}
        self.groupindex = self.copies
        #: positions in ``Match.groups()`` of the copies of each name
        self.indices = {name: tuple(self.pattern.groupindex[n] - 1 for n in names) for name, names in self.copies.items()}
        #: group numbers of the copies of each name
        self.numbers = {name: tuple(i + 1 for i in positions) for name, positions in self.indices.items()}
        #: readers of ``Match.groups()`` for :meth:`ReMatch.group` with several names, by names
        self.readers: dict[tuple[str | int, ...], Callable[[tuple], tuple]] = {}

    def match(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> "ReMatch | None":
        found = self.pattern.match(string, pos, endpos)
        return None if found is None else ReMatch(found, self)

    def search(self, string: str, pos: int = 0, endpos: int = sys.maxsize) -> "ReMatch | None":
        found = self.pattern.search(string, pos, endpos)
        return None if found is None else ReMatch(found, self)


class ReMatch:
    """A match of a :class:`RePattern`, with the ``regex`` match methods the scanner uses."""

    __slots__ = ("_match", "re")

    def __init__(self, match: re.Match, pattern: RePattern) -> None:
        self._match = match
        self.re = pattern

    @property
    def lastgroup(self) -> str | None:
        name = self._match.lastgroup
        return None if name is None else self.re.base[name]

    def _name(self, name: str | int) -> int:
        """The group number of the copy of ``name`` that took part in the match (the first one
        if none did)."""
        if isinstance(name, int):
            return name
        copies = self.re.numbers[name]
        if len(copies) > 1:
            start = self._match.start
            for copy in copies:
                if start(copy) >= 0:
                    return copy
        return copies[0]

    def group(self, *names: str | int) -> Any:
        if not names:
            return self._match.group()
        if len(names) == 1:
            return self._match.group(self._name(names[0]))
        reader = self.re.readers.get(names)
        if reader is None:
            reader = self.re.readers[names] = _reader(tuple(self.re.indices[name] for name in names))
        return reader(self._match.groups())

    def span(self, name: str | int = 0) -> tuple[int, int]:
        return self._match.span(self._name(name) if name else 0)

    def start(self, name: str | int = 0) -> int:
        return self._match.start(self._name(name) if name else 0)

    def end(self, name: str | int = 0) -> int:
        return self._match.end(self._name(name) if name else 0)



def _reader(positions: tuple[tuple[int, ...], ...]) -> Callable[[tuple], tuple]:
    """A function of ``Match.groups()`` returning, for each tuple of ``positions``, the value at
    the first of them that is not None (the copy of a name that took part in the match).  It is
    generated as one expression, ``(g[3] if g[3] is not None else g[17], g[5], …)``: several
    times faster than a loop over the names, and the scanner reads thirteen of them per fact."""
    def pick(copies: tuple[int, ...]) -> str:
        *first, last = copies
        return "".join(f"g[{i}] if g[{i}] is not None else " for i in first) + f"g[{last}]"
    source = "lambda g: (" + "".join(f"{pick(copies)}, " for copies in positions) + ")"
    return eval(source)  # noqa: S307 - built from integers only


def core_pattern(lex: Lexicon, units: str, scales: str, *, second_unit: str = "unit") -> str:
    """Numerals: an Arabic number with the fact suffix (groups as in :func:`fact_pattern`), a
    run of Chinese numerals, or an ASCII token (URL, e-mail, code) — in one cheap pass."""
    suffix = suffix_pattern(lex, units, scales, second_unit=second_unit)
    # a leading character-set lookahead (and no lookbehind) lets the engine skip through text
    # without numerals at C speed
    return (
        rf"(?=[0-9{CN_CHARS}OoA-Za-z])(?:(?P<fact>(?P<num>{number_pattern(lex, units, scales)}){suffix})"
        rf"|{_list_marker(lex)}"
        rf"|(?P<other>{_skipped_words(lex)}[{CN_CHARS}Oo]+|[A-Za-z][A-Za-z0-9_./\-@&:+=?#%~]{{0,300}}))"
    )


def _class_body(chars: frozenset[str]) -> str:
    """``chars`` escaped for the inside of a character class ``[…]``."""
    return "".join(regex.escape(ch) for ch in sorted(chars))


#: Numerals of a Chinese list marker (一是, 二、, (三)).
MARKER_NUMERALS = "一二三四五六七八九十"


def _list_marker(lex: Lexicon) -> str:
    """Groups ``marker``: the numerals of a list marker 一是 / 二、 (one to three of
    :data:`MARKER_NUMERALS`, the whole numeral run, right before 是 or 、) after a character that
    cannot stand in a mention, and ``bracketed``: those of (一) when the character before the
    parenthesis cannot stand in a mention either.  There the master's ``cn`` / ``bracket``
    group reads a list marker (the scanner's ``_quick_cn`` / ``_quick_bracket_marker``), so the
    core pass hands it over ready-made."""
    before = _class_body(prefix_chars(lex))
    return (rf"(?<![{before}])(?<![{MARKER_NUMERALS}])(?P<marker>[{MARKER_NUMERALS}]{{1,3}})(?=[是、])"
            rf"|(?<=\()(?<![{before}]\()(?P<bracketed>[{MARKER_NUMERALS}]{{1,3}})(?=\))")


#: After a lone Chinese numeral, characters that may let the cn group's date or list-marker
#: alternatives (二〇一七年, 十一月, 一是, 一、) match before its skip words.
NOT_SKIP_NEXT = frozenset("0123456789年月日是、")


def _skipped_words(lex: Lexicon) -> str:
    """A negative lookahead for the skip words the core pass need not return: a word (一步 of
    进一步, 一些, 统一) whose numeral stands alone (its next character is no numeral and nothing a
    date or list marker could use, :data:`NOT_SKIP_NEXT`) after a character that cannot stand in
    a mention (not one of :func:`prefix_chars`).  There the ``cn`` group of the master matches the
    word and gives no mention (the scanner's ``_quick_cn``), so the core pass may as well skip it
    at C speed; a later numeral's window never reaches back past such a character."""
    numerals = set(CN_CHARS + "Oo")
    words = [w for w in lex.skip_words if len(w) > 1 and w[0] in numerals
             and w[1] not in numerals and w[1] not in NOT_SKIP_NEXT]
    if not words:
        return ""
    before = _class_body(prefix_chars(lex))
    return f"(?!(?<![{before}]){alternation(words)})"


def prefix_words(lex: Lexicon) -> list[str]:
    """Every word that may stand right before a number and make it part of a longer mention
    (non-fact keywords, change verbs, approximation markers, captions, 第 计为 按 …)."""
    return (
        [w for ws in lex.keywords.values() for w in ws] + lex.increase + lex.decrease
        + lex.comparative_increase + lex.comparative_decrease + lex.approx_before
        + list(lex.raw.get("caption_words", [])) + list(lex.raw.get("example_words", []))
        + ["公网安备", "令第", "计为", "记为", "算作", "计", "按", "第", "前", "后", "了"]
    )


#: Characters after which a number may belong to a longer mention whatever precedes them.
_PREFIX_MARKS = frozenset(" :()[]〔〕【】+-/.@_&=?#%~·“”‘’\"'" "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")


def prefix_end_chars(lex: Lexicon) -> frozenset[str]:
    """Characters after which a number may belong to a longer mention (last characters of all
    prefix words, separators, brackets, signs, ASCII)."""
    return frozenset({w[-1] for w in prefix_words(lex) if w} | _PREFIX_MARKS)


def prefix_words_by_end(lex: Lexicon) -> dict[str, tuple[str, ...]]:
    """The prefix words by last character, for the last characters that are not marks too: after
    为 a number belongs to a longer mention only where 计为, 期限为 … ends (a ``str.endswith`` tuple)."""
    by_end: dict[str, list[str]] = {}
    for word in sorted(set(prefix_words(lex))):
        if word and word[-1] not in _PREFIX_MARKS:
            by_end.setdefault(word[-1], []).append(word)
    return {ch: tuple(words) for ch, words in by_end.items()}


def prefix_chars(lex: Lexicon) -> frozenset[str]:
    """Every character that can stand in a mention before its first numeral (prefix words,
    fixed expressions, ASCII tokens, brackets, separators): the scanner walks back over these
    to find where the master must start looking."""
    words = (
        [w for ws in lex.keywords.values() for w in ws] + lex.increase + lex.decrease + lex.approx_before
        + lex.comparative_increase + lex.comparative_decrease + lex.skip_words + lex.idioms
        + ["ICP", "icp", "公网安备", "令第", "计为", "记为", "算作", "计", "按", "第", "前", "后", "了", "百分之"]
    )
    chars = {ch for w in words for ch in w}
    chars |= set(" :()[]〔〕【】+-/.@_&=?#%~·")
    chars |= set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")
    return frozenset(chars)


def slow_after_chars(lex: Lexicon) -> frozenset[str]:
    """Characters after a bare number that may make it part of a non-fact (dates, codes, …)."""
    chars = set(nonfacts.SPECIAL_FOLLOW.replace("\\", "")) | {w[0] for w in lex.name_suffixes if w}
    chars |= set(",@+&_") | set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")
    return frozenset(chars)


def core_pattern_re(lex: Lexicon) -> re.Pattern:
    """The core pattern compiled with Python's ``re``.  ``re`` has atomic groups and possessive
    quantifiers (3.11+) but only fixed-width lookbehinds, so the units are taken without their
    left-context guard (:func:`unit_pattern` ``context=False``).  That guard can only reject a
    unit, and every place that tests units in the core ends in taking that unit as ``unit`` or
    ``unit2`` (the spaced-number and 千 lookaheads test the same position the unit group then
    takes), so a match is identical to ``core``'s unless its unit is one of the guarded ones;
    the scanner re-matches those with ``core`` (and resumes after ``core``'s end)."""
    units = unit_pattern(lex, context=False)
    return re.compile(core_pattern(lex, units, scale_pattern(lex, units), second_unit="unit2"))


def _by_first_char(words: list[str]) -> dict[str, tuple[str, ...]]:
    """Words grouped by first character, each group in the order of ``nonfacts._words``
    (longest first, then alphabetical): the first one found is the one the alternation takes."""
    grouped: dict[str, list[str]] = {}
    for word in sorted(set(words), key=lambda w: (-len(w), w)):
        if word:
            grouped.setdefault(word[0], []).append(word)
    return {ch: tuple(ws) for ch, ws in grouped.items()}


#: The groups the scanner matches on their own.
SCANNER_GROUPS = ("year", "cn", "bracket", "nth", "digits", "fact")


@functools.lru_cache(maxsize=1)
def grammar() -> Grammar:
    """Build and compile the patterns once."""
    lex = lexicon()
    units = unit_pattern(lex)
    scales = scale_pattern(lex, units)
    master, groups = build_groups(lex)
    master_re, groups_re = build_groups(lex, python_re=True, only=SCANNER_GROUPS)
    plain = nonfacts.plain_units(lex)
    context_units = frozenset(s for s, u in lex.units.items() if u.after)
    before_unit = sorted(set("0123456789" + CN_CHARS + "]") | {w[-1] for w in lex.approx_middle + list(lex.scales) if w})
    return Grammar(
        master=master, groups=groups, core=regex.compile(core_pattern(lex, units, scales), regex.VERSION0),
        core_re=core_pattern_re(lex), context_units=context_units,
        context_risk=regex.compile(f"[{regex.escape(''.join(before_unit))}][ ]{{0,2}}{trie_regex(context_units)}"),
        master_re=master_re, groups_re=groups_re,
        unit_info={s: (u.factor, u.canonical, u.kind, s in plain) for s, u in lex.units.items()},
        skip_words=_by_first_char(lex.skip_words),
        decrease_words=frozenset(lex.decrease + lex.comparative_decrease),
        prefix_end=prefix_end_chars(lex), prefix_words=prefix_words_by_end(lex), prefix_chars=prefix_chars(lex),
        slow_after=slow_after_chars(lex),
        service_numbers=frozenset(str(n) for n in lex.raw.get("service_numbers", [])), units=units, lexicon=lex,
    )
