"""The scan: a cheap pass over the numerals, the master pattern only where it is needed.

:func:`scan` folds the text (offsets never move) and walks the numerals found by the ``core``
pattern of :mod:`gknlp.numbers.grammar`.  A plain number (nothing around it that a prefix word or
a non-fact rule could use) is built from the core match; a year, a list marker or a Chinese
numeral with a neutral left neighbour is decided by one group of the master; everything else by
the master itself, searched from where a mention could begin.  The result equals running the
master over the whole text (:func:`scan_reference`; checked by the tests on all seeds, the corpus
and seeded random text).  Matches become :class:`~gknlp.numbers.mention.Mention` objects
(values from :mod:`gknlp.numbers.values`, non-facts from :mod:`gknlp.numbers.nonfacts`); finally
units and change directions are shared across short coordinated lists
(``分别较上年末增长39.4和56.5%``: 39.4 gets ``%`` and ``increase``), chart headers of years, a
cover-page year and numbers glued to a repeated name (``365足球即时比分``) are flagged.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Iterator

import regex

from gknlp.gc_pause import collector_paused
from gknlp.normalize import fold
from gknlp.numbers import nonfacts
from gknlp.numbers.grammar import MARKER_NUMERALS, NOT_SKIP_NEXT, SCANNER_GROUPS, YEAR, Grammar, grammar
from gknlp.numbers.mention import Mention
from gknlp.numbers.values import parse_number, tail_value, to_number

#: Text allowed between two coordinated numbers that share a unit / change direction.
JOINERS = frozenset({"和", "、", "与", "及", " 和 ", "、 ", " 、"})
#: Kinds that stay as they are when a change verb governs the number.
RATE_KINDS = frozenset({"percent", "permille", "pp"})
#: More significant digits than this: a garbled digit run (fused table cells), not a value.
MAX_DIGITS = 15
#: Single numeral characters that are ordinary words when no unit follows.
LONE_WORDS = frozenset("一十")

_INNER_SPAN = {"phone", "postcode", "index", "page_meta", "date"}


#: How far before a numeral a mention may start (keyword + note + colon: 电话(传真): 0934-…).
LOOKBACK = 32
#: How far after a numeral the master may need to look (suffixes, lookaheads).
LOOKAHEAD = 80
#: Bare tokens that must go through the master: two-part decimals (4.15国家安全日) …
_DOTTED = regex.compile(r"[0-9]{1,2}\.[0-9]{1,2}")


def scan(text: str, *, prefolded: bool = False) -> list[Mention]:
    """Every numeric mention of ``text`` in text order (facts and flagged non-facts).

    Offsets index ``text`` exactly as given; ``mention.text == text[start:end]``.  A caller that
    already holds ``fold(text)`` passes it with ``prefolded=True`` (the same mentions, without
    folding twice; their ``text`` is then taken from the folded string).
    """
    if not isinstance(text, str):
        raise TypeError(f"scan() needs str, not {type(text).__name__}")
    if not text:
        return []
    folded = text if prefolded else fold(text)
    gram = grammar()
    folded = join_wrapped(folded, gram)
    with collector_paused():
        mentions, factors = _collect(text, folded, gram)
        _finish(mentions, factors, folded)
    return mentions


def scan_reference(text: str) -> list[Mention]:
    """What :func:`scan` returns, computed the slow way: the master pattern over the whole text
    (every mention decided by the ordered alternatives, no shortcut).  The tests compare
    :func:`scan` with it; it is not meant for production use."""
    gram = grammar()
    folded = join_wrapped(fold(text), gram)
    mentions: list[Mention] = []
    factors: list[int] = []  # unit factor of each mention (for unit sharing)
    for match in gram.master.finditer(folded):
        _add_match(match, text, folded, gram, mentions, factors)
    _finish(mentions, factors, folded)
    return mentions


#: A line break right after the end of a number (a digit, a scale word, 余/多, or the - of a
#: phone number): the candidates for :func:`join_wrapped`.
_WRAP = regex.compile(r"(?<=[0-9万亿千百余多\-])\n(?=[^\s|])")
#: Characters that may stand in the number run before a wrapped line break.
_NUMBER_RUN = frozenset("0123456789.,万亿千百余多- ")
#: How far back :func:`join_wrapped` walks over the number run.
_RUN_LIMIT = 40
#: Characters before a number run that make its line a table cell.
_CELL_EDGE = frozenset(" |\n")
#: A line holding a prefix word before a wrapped number is prose (not a label cell) when it has
#: this many characters before the word, or a clause mark or digit (比上年增长 / 13.1%).
_PROSE_LINE = 20
_CLAUSE = regex.compile(r"[0-9,;:、。()]")
#: A line that starts like a numbered heading: (一) 一、 1. 1、
_HEADING = regex.compile(r"[ ]{0,4}(?:\([一二三四五六七八九十0-9]{1,3}\)|[一二三四五六七八九十]{1,3}、|[0-9]{1,2}[.、])")


def _wrap_patterns(gram: Grammar) -> tuple[regex.Pattern, regex.Pattern, frozenset[str], int]:
    """What may start the next line of a wrapped phrase after a number (an approximation word,
    a scale word, a unit, 月 日 号 or an address word: 13233 / 户, 15万 / 余次, 2014年10 / 月), and a prefix word (approximation
    marker, change verb, non-fact keyword, 第, 〕, 年/月 …) at the end of a line followed by a number on the next (约 / 125亿元,
    增长 / 13.1%)."""
    if not _WRAP_PATTERNS:
        lex = gram.lexicon
        words = "|".join(nonfacts._words(ws) for ws in (lex.approx_middle, lex.approx_after, list(lex.scales),
                                                         lex.address_suffixes + ["月", "日", "号"]))
        keywords = [w for ws in lex.keywords.values() for w in ws]
        prefix_words = lex.approx_before + lex.increase + lex.decrease + keywords + _WRAP_WORDS
        prefix = nonfacts._words(prefix_words)
        _WRAP_PATTERNS.append((regex.compile(f"(?:{words}|{gram.units})"),
                               regex.compile(f"{prefix}(?:了)?\n(?=[0-9])(?!{YEAR}年)"),
                               frozenset(w[-1] for w in prefix_words if w) | {"了"},
                               max(map(len, prefix_words)) + 1))
    return _WRAP_PATTERNS[0]


_WRAP_PATTERNS: list[tuple[regex.Pattern, regex.Pattern, frozenset[str], int]] = []
#: A line break before a digit: where a prefix word may end a wrapped line (re: a literal scan).
_BREAK_BEFORE_DIGIT = re.compile(r"\n(?=[0-9])")


def _prefix_breaks(folded: str, prefix: regex.Pattern, last_chars: frozenset[str], longest: int) -> Iterator[regex.Match]:
    """``prefix.finditer(folded)``, searched only where it can match: every match ends with the
    line break before a digit (its words hold no line break), so at most ``longest`` characters
    before such a break, and only when the character before the break can end a prefix word."""
    n = len(folded)
    for brk in _BREAK_BEFORE_DIGIT.finditer(folded):
        at = brk.start()
        if at == 0 or folded[at - 1] not in last_chars:
            continue
        low = max(folded.rfind("\n", max(0, at - longest), at) + 1, at - longest)
        match = prefix.search(folded, low, min(n, at + 16))
        if match is not None and match.end() == at + 1:
            yield match
#: Line ends besides approximation markers, change verbs and the non-fact keywords of the data
#: after which the patterns allow a space before the number: 第 / 27次, 〔2018〕 / 131号,
#: 公网安备 / 6210…号, 2011年12月 / 31日.
_WRAP_WORDS = ["第", "令第", "公网安备", "〕", "】", "年", "月"]


def join_wrapped(folded: str, gram: Grammar) -> str:
    r"""``folded`` with each line break that cuts a numeric phrase replaced by a space (one
    character for one: offsets never move), so that a hard-wrapped or PDF-extracted
    ``市场主体名录库13233
户``, ``电话:0934-
7135819`` or ``比上年增长
13.1%`` reads as the
    unwrapped phrase.

    A break after a number is joined only when the next line starts with a unit, scale or
    approximation word (or, after ``-``, a digit) and the number does not stand alone on its
    line (nor right after a ``|``; spaces inside the run are pangu spacing: 达 15 万
余次): a
    number alone on a line is a table cell, and the next line is then another cell.  A break
    after an approximation marker or change verb is joined when a digit starts the next line
    and the line is prose: a clause mark or digit before the word, or a long line (a short
    line ending in 增长 is a label cell of a one-cell-per-line table), not a numbered heading,
    and the next line does not start with a year (…提升 / 2020年,司法部…: a new paragraph)."""
    if "\n" not in folded:
        return folded
    joins: list[int] = []  # positions of the line breaks to replace by a space
    nxt, prefix, last_chars, longest = _wrap_patterns(gram)
    for brk in _WRAP.finditer(folded):
        at = brk.start()
        if folded[at - 1] == "-":
            if not folded[at + 1].isdigit() or at < 2 or not folded[at - 2].isdigit():
                continue
        elif not nxt.match(folded, at + 1):
            continue
        i, stop = at - 1, max(0, at - 1 - _RUN_LIMIT)
        while i >= stop and folded[i] in _NUMBER_RUN:
            i -= 1
        if i < 0 or i < stop or folded[i] in _CELL_EDGE:
            continue  # alone on its line (a table cell), after a cell separator, or too long
        joins.append(at)
    for word in _prefix_breaks(folded, prefix, last_chars, longest):
        begin = word.start()
        line = folded[max(folded.rfind("\n", 0, begin) + 1, begin - _PROSE_LINE) : begin]
        if len(line) < _PROSE_LINE and not _CLAUSE.search(line):
            continue  # a short label cell (同比增长 / 12%), not a wrapped sentence
        if _HEADING.match(folded, folded.rfind("\n", 0, begin) + 1):
            continue  # a heading ((一)…水平进一步提升) above a paragraph that starts with a number
        joins.append(word.end() - 1)
    if not joins:
        return folded
    pieces, last = [], 0
    for at in sorted(set(joins)):
        pieces += (folded[last:at], " ")
        last = at + 1
    pieces.append(folded[last:])
    return "".join(pieces)


def _finish(mentions: list[Mention], factors: list[int], folded: str) -> None:
    """The passes over the whole mention list (coordinated lists, year headers, cover year,
    glued names, a truncated last number)."""
    _share(mentions, factors, folded)
    _year_runs(mentions)
    _cover_year(mentions, folded)
    _glued_names(mentions, folded)
    _truncated_end(mentions, folded)


def _add_match(match: regex.Match, text: str, folded: str, gram: Grammar,
               mentions: list[Mention], factors: list[int]) -> None:
    """Append the mention(s) of one master (or master-group) match."""
    name = match.lastgroup
    if name == "fact":
        built = _fact(match, folded, gram)
    elif name == "nf_skip" or name is None:
        return
    elif name in ("nf_url", "nf_email") and not _HAS_DIGIT.search(match.group()):
        return  # every mention holds a number; a URL without digits is not one
    elif name == "nf_ratio" and (terms := _ratio_terms(match, folded, gram)) is not None:
        for mention in terms:
            mention.text = text[mention.start : mention.end]
            mentions.append(mention)
            factors.append(1)
        return
    else:
        built = _nonfact(match, name[3:], folded, gram), 1
    if built is None:
        return
    mention, factor = built
    mention.text = text[mention.start : mention.end]
    mentions.append(mention)
    factors.append(factor)


def _collect(text: str, folded: str, gram: Grammar) -> tuple[list[Mention], list[int]]:
    """The mentions of ``folded`` (before the list passes) and the unit factor of each, without
    running the master everywhere.

    ``core`` finds each numeral (most text has none).  An Arabic number whose previous character
    cannot end a prefix word (约 增长 第 电话: …) and whose next character cannot start a non-fact
    suffix (月 日 - : / 号 …), and that is not followed by 年, is built from the core match
    itself: the master would give the same fact.  A year, a list marker or a Chinese numeral
    with a neutral left neighbour is decided by one group of the master.  Every other numeral is
    decided by ``master`` searched from :data:`LOOKBACK` characters before it.  The result
    equals :func:`scan_reference` (tests on all seeds, the corpus and seeded random text).
    """
    mentions: list[Mention] = []
    factors: list[int] = []
    prefix_end, prefix_chars, slow_after = gram.prefix_end, gram.prefix_chars, gram.slow_after
    prefix_words = gram.prefix_words
    service, context_units, core_exact = gram.service_numbers, gram.context_units, gram.core
    # the re-compiled patterns give the regex ones' matches unless a left-context unit (成) may
    # be tested somewhere in the text
    if gram.context_risk.search(folded) is None:
        master, groups = gram.master_re, gram.groups_re
    else:
        master, groups = gram.master, gram.groups
    year_group, cn_group, bracket_group, nth_group, digit_group, fact_group = (groups[k] for k in SCANNER_GROUPS)
    lex, unit_info, enclosure = gram.lexicon, gram.unit_info, nonfacts.enclosure_reason
    thresholds = nonfacts.threshold_words(lex)
    openers = prefix_chars | prefix_end
    context = nonfacts.list_context_chars()
    near = nonfacts.enclosure_zone(folded)
    skip_words = gram.skip_words
    n = len(folded)
    pos = 0  # end of the last mention: nothing before it is searched again
    resume = 0  # where the core pass (re)starts
    while resume >= 0:
        cores = gram.core_re.finditer(folded, resume)
        resume = -1
        for core in cores:
            if resume >= 0:
                break  # the previous numeral was re-matched with ``core`` and ended elsewhere
            start, end = core.span()
            if end <= pos:
                continue
            _, num, unit, mid, scale, tail, mid2, unit2, post, marker, bracketed, other = core.groups()
            if marker is not None or bracketed is not None:
                # 一是 二、 (三) after a neutral character: the cn / bracket group's list marker
                at = start - 1 if marker is None else start
                if at >= pos:
                    pos = end + 1
                    mentions.append(Mention(text[at:pos], at, pos, None, None, "other", False, False,
                                            "list_marker", None, at, pos))
                    factors.append(1)
                    continue
                other = marker or bracketed
            if other is None:
                if unit is None:
                    unit = unit2
                if unit in context_units:  # the left-context guard re cannot express
                    core = core_exact.match(folded, start)
                    if core.end() != end:
                        resume = core.end()
                    end = core.end()
                    num, unit, mid, scale, tail, mid2, post, other = core.group(
                        "num", "unit", "mid", "scale", "tail", "mid2", "post", "other")
                    if end <= pos:
                        continue
            prev = folded[start - 1] if start else ""
            if prev == " ":
                # indented or space-separated numbers: behind the spaces a character that can
                # neither end a prefix word nor stand in one leaves the master nothing to start
                # before the numeral (no alternative starts at a space), as at the start of a text
                i = start - 2
                while i >= 0 and folded[i] == " ":
                    i -= 1
                if i < 0 or folded[i] not in openers:
                    prev = ""
            after = None  # the next character (after at most two spaces), when needed
            token = None
            if other is None:
                token = num
                if start >= pos and (prev not in prefix_end or prev in prefix_words
                                     and not _ends_word(folded, start, prefix_words[prev])):
                    if unit is None or unit == "%":
                        after = folded[end] if end < n else ""
                        if after == " ":
                            after = _after(folded, end, n)
                        if unit is None:
                            plain = after not in slow_after and token not in service \
                                and ("." not in token or not _DOTTED.fullmatch(token) and token.count(".") < 2) \
                                and not (len(token) == 11 and token[0] == "1")
                        else:
                            plain = after not in "-~至到"
                    else:
                        plain = unit != "年"
                    if plain:
                        pos = end
                        if scale is None and len(num) <= MAX_DIGITS and num.isdigit():
                            # the common case, as _build_fact computes it: an integer, its unit
                            value = int(num)
                            if unit is None:
                                factor, canonical, kind = 1, None, "count"
                                reason = enclosure(folded, start, end) if near[start] else None
                            else:
                                factor, canonical, kind, simple = unit_info[unit]
                                if factor != 1:
                                    value *= factor
                                if simple and post not in thresholds:
                                    reason = enclosure(folded, start, end) if near[start] else None
                                else:
                                    reason = nonfacts.context_reason(folded, start, end, token=num, chinese=False,
                                                                     unit=unit, lex=lex, post=post)
                            mentions.append(Mention(text[start:end], start, end, value, canonical, kind,
                                                    bool(mid or mid2 or post), reason is None, reason, None,
                                                    start, start + len(num)))
                            factors.append(factor)
                            continue
                        built = _build_fact(core, folded, gram, None, None, None, None, None, num, unit, scale,
                                            mid, mid2, post, tail)
                        if built is not None:
                            mention, factor = built
                            mention.text = text[mention.start : mention.end]
                            mentions.append(mention)
                            factors.append(factor)
                        continue
            elif other[0].isascii():
                if other.isascii() and not _HAS_DIGIT.search(other):
                    continue  # an ASCII word without digits
                # O/o before Chinese numerals (o二万): the master decides from the window
            else:
                token = other
            if after is None and (other is None or prev == "("):  # read only where it is tested
                after = _after(folded, end, n)
            # Shortcuts: where no earlier alternative of the master can start (nothing before the
            # numeral can open a mention), one group of the master decides alone.
            group, at = None, start
            if start >= pos and token is not None:
                if prev == "(" and after == ")" and len(token) <= 3 and start - 1 >= pos \
                        and _opens(folded, start - 1, prefix_chars):
                    group, at = bracket_group, start - 1  # (一) (3)
                elif prev in _DOC_BRACKETS and start - 1 >= pos and _opens(folded, start - 1, prefix_chars):
                    # no other group starts at 〔 【 [ (the fact alternative [284]条 comes after it)
                    group, at = bracket_group, start - 1  # 〔2017〕145号
                elif prev == "第" and start - 1 >= pos and _opens(folded, start - 1, prefix_chars):
                    group, at = nth_group, start - 1  # 第二十条, 第27次: no other group starts at 第
                elif prev not in prefix_chars:
                    if other is None:
                        if unit == "年":
                            group = year_group  # 2017年, 2017年1月1日, 2009年至2016年
                        elif unit is None and after in ".、)" and len(token) <= 2 \
                                and not (end + 1 < n and folded[end + 1] in _ASCII_TOKEN_CHARS):
                            group = digit_group  # 1. 2、
                    elif not (prev.isascii() and prev.isalnum()):
                        group = cn_group  # 一是 一、 十三五 进一步 …
            if group is not None:
                quick = None  # the commonest group results, recognised without the group
                if group is cn_group:
                    quick = _quick_cn(folded, start, end, skip_words)
                elif group is digit_group:
                    stop = _quick_digit_marker(folded, start, end, token, context)
                    quick = None if stop is None else ("list_marker", stop)
                elif group is year_group:
                    stop = _quick_year(folded, start, token)
                    quick = None if stop is None else ("year", stop)
                elif group is bracket_group and prev == "(":
                    stop = _quick_bracket_marker(folded, start, end, token)
                    quick = None if stop is None else ("list_marker", stop)
                if quick is not None:
                    reason, pos = quick
                    if reason == "year":
                        mentions.append(Mention(text[at:pos], at, pos, int(folded[at : at + 4]), "年", "other", False,
                                                False, "year", None, at, pos))
                        factors.append(1)
                    elif reason == "list_marker":
                        mentions.append(Mention(text[at:pos], at, pos, None, None, "other", False, False,
                                                "list_marker", None, at, pos))
                        factors.append(1)
                    if pos >= end:
                        continue
                    group = None  # the master decides the rest of the numeral run
            if group is not None:
                match = group.match(folded, at)
                if match is None and group is cn_group:
                    # at a Chinese numeral only the fact alternative of the master can start besides
                    # the cn group (no other group's guard accepts a numeral character)
                    match = fact_group.match(folded, at)
                if match is not None:
                    pos = match.end()
                    _add_match(match, text, folded, gram, mentions, factors)
                    if pos >= end:
                        continue
                    # the group took only the start of the numeral run (万一 of 万一一〇): the master
                    # decides the rest
            lowest = max(pos, start - LOOKBACK)
            window = max(start, pos)  # never search inside the previous mention
            while window > lowest:  # walk back over characters that can open a mention
                ch = folded[window - 1]
                if ch == ")":  # a parenthesised note (电话(传真): …) may hold any characters
                    opening = folded.rfind("(", lowest, window - 1)
                    window = opening if opening >= 0 and window - opening <= 12 else window - 1
                elif ch in prefix_chars:
                    window -= 1
                else:
                    break
            limit = min(n, end + LOOKAHEAD)
            while window < end:
                match = master.search(folded, window, limit)
                if match is None or match.start() >= end:
                    break
                pos = window = match.end()
                _add_match(match, text, folded, gram, mentions, factors)
    return mentions, factors


_HAS_DIGIT = regex.compile(r"[0-9]")
_HAN = regex.compile(r"[\u4e00-\u9fff]")
_HAN2 = regex.compile(r"[\u4e00-\u9fff]{2}")
#: Brackets a document number opens with (besides the parenthesis of list markers).
_DOC_BRACKETS = frozenset("〔【[")
#: Characters that can continue an ASCII token (code, e-mail) after a number.
_ASCII_TOKEN_CHARS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_./-&:+@")


def _after(folded: str, end: int, n: int) -> str:
    """The character after ``end``, skipping up to two spaces (digit-led non-facts allow two
    spaces before 日 月 号 …: 4 日); "" at the end of the text."""
    after = folded[end] if end < n else ""
    if after == " ":
        gap = end
        while gap < n and folded[gap] == " " and gap - end < 2:
            gap += 1
        after = folded[gap] if gap < n else ""
    return after


#: How far before a numeral :func:`_ends_word` looks (twice the longest prefix word: its
#: characters may be spaced).
_WORD_REACH = 16


def _ends_word(folded: str, end: int, words: tuple[str, ...]) -> bool:
    """True when one of ``words`` may end right before ``end``: it does, or a space stands in the
    stretch before it (a keyword's characters may be spaced: 电 话, so let the master decide)."""
    before = folded[max(0, end - _WORD_REACH) : end]
    return before.endswith(words) or " " in before


def _opens(folded: str, index: int, prefix_chars: frozenset[str]) -> bool:
    """True when nothing before ``index`` can open a mention that reaches it: the previous
    character (skipping spaces, e.g. paragraph indents) is not one of ``prefix_chars``."""
    i = index
    while i > 0 and folded[i - 1] == " " and index - i < 8:
        i -= 1
    return i == 0 or folded[i - 1] not in prefix_chars


#: After a year and 年/年度, characters that may continue it into a date or a range.
_YEAR_CONTINUES = frozenset(" 0123456789-~至到")


def _quick_cn(folded: str, start: int, end: int, skip_words: dict[str, tuple[str, ...]]) -> tuple[str, int] | None:
    """What the ``cn`` group matches at the Chinese numeral run ``start:end`` for its two
    commonest shapes, without running it: a list marker (一是, 二、: 1–3 of 一…十 right before 是
    or 、, not after another numeral) or a skip word (一步, 一些: a lone numeral starting the
    longest skip word, followed by nothing a date or list marker could use).  ``(reason, end)``
    or None (then the group decides)."""
    nxt = folded[end : end + 1]
    if (nxt == "是" or nxt == "、") and end - start <= 3 and not folded[start:end].strip(MARKER_NUMERALS) \
            and (start == 0 or folded[start - 1] not in MARKER_NUMERALS):
        return "list_marker", end + 1
    if end - start == 1 and nxt not in NOT_SKIP_NEXT:
        for word in skip_words.get(folded[start], ()):
            if folded.startswith(word, start):
                return "skip", start + len(word)
    return None


def _quick_digit_marker(folded: str, start: int, end: int, token: str, context: frozenset[str]) -> int | None:
    """End of the list marker (1. 2、 1)) the ``digits`` group matches at the 1–2 digit bare number
    ``start:end`` (the caller checked that no ASCII-token character follows the separator), or
    None (then the group decides): in list context (line start, whitespace, punctuation) or
    before a Han character or quote."""
    sep = folded[end : end + 1]
    if end - start != len(token) or sep not in (".", "、", ")"):
        return None
    if start == 0 or folded[start - 1] in context:
        return end + 1
    if sep == ")":
        return None
    nxt = folded[end + 1 : end + 2]
    if nxt and ("\u4e00" <= nxt <= "\u9fff" or nxt == "“" or nxt == '"'):
        return end + 1
    return None


def _quick_bracket_marker(folded: str, start: int, end: int, token: str) -> int | None:
    """End of the list marker ``(一)`` / ``(3)`` the ``bracket`` group matches at ``start - 1``
    (the caller checked the parenthesis before), or None (then the group decides)."""
    if end - start != len(token) or folded[end : end + 1] != ")":
        return None
    if (len(token) <= 3 and not token.strip(MARKER_NUMERALS)) or (len(token) <= 2 and token.isdigit()):
        return end + 1
    return None


def _quick_year(folded: str, start: int, token: str) -> int | None:
    """End of the year (2017年, 2017年度) the ``year`` group matches at ``start`` when nothing
    after 年/年度 can make it a date or a range (a digit, a space, - ~ 至 到), or None."""
    if len(token) != 4 or not token.isdigit() or token[:2] not in ("19", "20") or folded[start + 4 : start + 5] != "年":
        return None
    end = start + 5
    if folded[end : end + 1] == "度":
        end += 1
    if folded[end : end + 1] in _YEAR_CONTINUES and end < len(folded):
        return None
    return end


def _nonfact(match: regex.Match, reason: str, folded: str, gram: Grammar) -> Mention:
    """A flagged non-fact; keyword-led ones span the number only.  A 第N in a rank context
    (位列全省第一) is a fact of kind ``rank`` (unit 名, or the 名/位 written)."""
    start, end = match.span()
    if reason in ("rank", "ordinal") and folded[start] == "第":
        rank = nonfacts.rank_fact(folded, start, end, gram.lexicon)
        if rank is not None:
            numeral, suffix = rank
            num_start = folded.index(numeral, start)
            return Mention(text="", start=start, end=end, value=to_number(parse_number(numeral)),
                           unit=suffix or "名", kind="rank", num_start=num_start, num_end=num_start + len(numeral))
    inner = f"sp_{reason}"
    if reason in _INNER_SPAN and inner in match.re.groupindex and match.start(inner) >= 0:
        start, end = match.span(f"sp_{reason}")
    value: int | float | None = None
    unit: str | None = None
    if reason == "fraction":  # 占总数的1/3: a share, reported as a fact of kind ratio
        numerator, _, denominator = match.group().partition("/")
        if int(denominator):
            return Mention(text="", start=start, end=end, value=int(numerator) / int(denominator), unit=None,
                           kind="ratio", num_start=start, num_end=end)
    if reason == "year":
        value = int(match.group()[:4])
        unit = "年"
    elif reason == "page_meta":
        value = int(match.group("sp_page_meta"))
    return Mention("", start, end, value, unit, "other", False, False, reason, None, start, end)


def _ratio_terms(match: regex.Match, folded: str, gram: Grammar) -> list[Mention] | None:
    """The facts of a ratio read as values (:func:`gknlp.numbers.nonfacts.ratio_reading`): one per
    term of a structure (27.0:28.5:44.5), or X of X:100 after 比 (spanning the whole ratio)."""
    start, end = match.span()
    terms = match.group().split(":")
    reading = nonfacts.ratio_reading(folded, start, gram.lexicon, terms)
    if reading is None:
        return None
    if reading == "per_hundred":
        value = to_number(parse_number(terms[0]))
        return [Mention(text="", start=start, end=end, value=value, unit=None, kind="ratio",
                        num_start=start, num_end=start + len(terms[0]))]
    mentions, pos = [], start
    for term in terms:
        value = to_number(parse_number(term))
        mentions.append(Mention(text="", start=pos, end=pos + len(term), value=value, unit=None,
                                kind="count" if type(value) is int else "other", num_start=pos, num_end=pos + len(term)))
        pos += len(term) + 1
    return mentions


_FACT_GROUPS = ("pct", "cnum", "verb", "sign", "pre", "num", "unit", "scale", "mid", "mid2", "post", "tail", "vsign")
#: Arabic tokens that are one well-formed number: digits[.decimals], one thousands separator, several
#: thousands separators WITH decimals (1,234,567.89), space-grouped threes (12 345).  Anything else
#: the grammar hands over as one token (1,2345,678 / 12.34.56 / 120,300,450 / 12 34) is garbled:
#: a list of 3-digit numbers and a grouped number are indistinguishable, and no part may become a fact.
_WELL_FORMED = regex.compile(
    r"[0-9]+(?:\.[0-9]+)?|[0-9]{1,3},[0-9]{3}(?:\.[0-9]+)?|[0-9]{1,3}(?:,[0-9]{3}){2,6}\.[0-9]+"
    r"|[0-9]{1,3}(?: [0-9]{3}){1,6}"
)


def _fact(match: regex.Match, folded: str, gram: Grammar) -> tuple[Mention, int] | None:
    """Build a mention from the fact alternative; None for a lone numeral word (一, 十)."""
    return _build_fact(match, folded, gram, *match.group(*_FACT_GROUPS))


def _build_fact(match: regex.Match, folded: str, gram: Grammar, pct: str | None, cnum: str | None,
                verb: str | None, sign: str | None, pre: str | None, num: str | None, unit_word: str | None,
                scale: str | None, mid: str | None, mid2: str | None, post: str | None,
                tail: str | None = None, vsign: str | None = None) -> tuple[Mention, int] | None:
    """The mention of a fact match (master or core), from its captured pieces."""
    lex = gram.lexicon
    if num is not None:
        token, num_group = num, "num"
    elif cnum is not None:
        token, num_group = cnum, "cnum"
    else:
        token, num_group = pct, "pct"
    num_start, num_end = match.span(num_group)
    approx = bool(pre or mid or mid2 or post)
    start, end = match.span()
    chinese = num_group == "cnum" or (num_group == "pct" and not token[:1].isdigit())
    if chinese and unit_word is None and scale is None and num_group == "cnum":
        if not (verb or approx):
            if token in LONE_WORDS:
                return None  # 一 / 十 inside ordinary words (进一步, 十分)
            return Mention(text="", start=start, end=end, value=None, unit=None, kind="other",
                           is_fact=False, reason="name", num_start=num_start, num_end=num_end), 1
        if len(token) == 1 and end < len(folded) and _HAN.match(folded, end):
            # 超过一产, 提升两岸: a lone numeral glued to a word after 超过/提升 is part of that word
            return Mention(text="", start=start, end=end, value=None, unit=None, kind="other",
                           is_fact=False, reason="name", num_start=num_start, num_end=num_end), 1
    exact = not chinese and token.isdigit()
    if (len(token) > MAX_DIGITS if exact else not chinese and (
            not _WELL_FORMED.fullmatch(token)
            or len(token) - token.count(",") - token.count(".") - token.count(" ") > MAX_DIGITS)):
        # fused table cells, irregular separators, hostile input: no value (and no O(n²) int() of
        # a huge string)
        return Mention(text="", start=start, end=end, value=None, unit=None, kind="other", approx=approx,
                       is_fact=False, reason="garbled", num_start=num_start, num_end=num_end), 1
    value: Decimal | int = int(token) if exact else parse_number(token)
    if scale:
        value *= lex.scales[scale]
        if tail:
            value += tail_value(tail)
    factor = 1
    unit: str | None = None
    kind: str
    if num_group == "pct":
        unit, kind = "%", "percent"
    elif unit_word is not None:
        spec = lex.units[unit_word]
        factor = spec.factor
        if factor != 1:
            value *= factor
        unit, kind = spec.canonical, spec.kind
    else:
        kind = "count" if value == int(value) else "other"
    change: str | None = None
    if verb or sign:
        # 下降-32%: a redundant minus keeps the fall; 增长-5%: an explicit minus makes it one
        decrease = (verb in gram.decrease_words or vsign == "-") if verb else sign == "-"
        change = "decrease" if decrease else "increase"
        if decrease:
            value = -value
        if kind not in RATE_KINDS:
            kind = "change"
    reason = nonfacts.context_reason(folded, start, end, token=token, chinese=num_group == "cnum",
                                     unit=unit_word, lex=lex, post=post)
    return Mention("", start, end, value if type(value) is int else to_number(value), unit, kind, approx,
                   reason is None, reason, change, num_start, num_end), factor


def _share(mentions: list[Mention], factors: list[int], folded: str) -> None:
    """Coordinated lists: a bare number takes the unit of the next one (39.4和56.5% → 39.4%),
    and a change direction carries to the following numbers of the list."""
    units = grammar().lexicon.units
    for i in range(len(mentions) - 2, -1, -1):
        b = mentions[i + 1]
        if b.unit is None:
            continue
        a = mentions[i]
        if a.unit is not None or not a.is_fact or a.num_end != a.end:
            continue  # only a bare number (nothing after its digits) borrows the next unit
        if not b.is_fact or folded[a.end : b.start] not in JOINERS:
            continue
        factor = factors[i + 1]
        a.value = to_number(Decimal(str(a.value)) * factor) if factor != 1 else a.value
        a.unit = b.unit
        base_kind = next((u.kind for u in units.values() if u.canonical == b.unit), b.kind)
        a.kind = base_kind if a.change is None or base_kind in RATE_KINDS else "change"
        factors[i] = factor
    for i in range(len(mentions) - 1):
        a = mentions[i]
        if a.reason == "ordinal":
            b = mentions[i + 1]
            if b.is_fact and folded[a.end : b.start] in JOINERS:
                b.is_fact, b.reason = False, "ordinal"  # 第27、34次
                continue
        if a.change is None or not a.is_fact:
            continue
        b = mentions[i + 1]
        if not b.is_fact or b.change is not None or folded[a.end : b.start] not in JOINERS:
            continue
        b.change = a.change
        if a.change == "decrease" and isinstance(b.value, (int, float)):
            b.value = -b.value
        if b.kind not in RATE_KINDS:
            b.kind = "change"


#: Bare numbers read as consecutive years (chart headers 2013 2014 2015 …).
YEAR_RUN = 3
YEAR_RANGE = (1949, 2100)


def _year_runs(mentions: list[Mention]) -> None:
    """A run of at least :data:`YEAR_RUN` bare integers counting up by one inside
    :data:`YEAR_RANGE` is a header of years (年份 | 2013 | 2014 | 2015), not a list of counts."""
    low, high = YEAR_RANGE
    candidates = [
        i for i, m in enumerate(mentions)
        if type(m.value) is int and low <= m.value <= high and m.unit is None and m.is_fact and m.change is None
    ]
    run: list[int] = []
    for i in candidates + [-1]:
        if run and i == run[-1] + 1 and mentions[i].value == mentions[run[-1]].value + 1:
            run.append(i)
            continue
        if len(run) >= YEAR_RUN:
            for j in run:
                m = mentions[j]
                m.is_fact, m.reason, m.kind = False, "year", "other"
        run = [i]


#: A year alone on one of the first lines of a document is its cover / title year.
COVER_LINES = 5


def _cover_year(mentions: list[Mention], folded: str) -> None:
    """A bare 19xx/20xx integer alone on its line among the first :data:`COVER_LINES` non-empty
    lines (the title block: ``政府信息公开工作年度报告⏎2013``) is a year, not a count.  Later in
    the text a number alone on a line is a table cell (one cell per line) and stays a fact."""
    low, high = YEAR_RANGE
    for m in mentions:
        if m.start > 400:
            break
        if not (m.is_fact and m.unit is None and type(m.value) is int and low <= m.value <= high):
            continue
        line_start = folded.rfind("\n", 0, m.start) + 1
        line_end = folded.find("\n", m.end)
        line = folded[line_start : line_end if line_end >= 0 else len(folded)]
        if line.strip() == m.text.strip() and sum(1 for x in folded[:line_start].split("\n") if x.strip()) < COVER_LINES:
            m.is_fact, m.reason, m.kind = False, "year", "other"


#: A number glued to the same two Han characters this often is part of a name (a site or brand
#: name: 365足球即时比分门户网站 … 365足球即时比分信息化工作办公室).
GLUED_NAME_REPEAT = 3


def _glued_names(mentions: list[Mention], folded: str) -> None:
    """A bare integer (no unit, no marker) glued between Han characters and followed by the same
    two Han characters at least :data:`GLUED_NAME_REPEAT` times in the text is part of a name (page
    spam and site names written over the agency's name in crawls), not a count; so is every other
    bare occurrence of that number + those two characters."""
    keys: dict[str, list[Mention]] = {}
    glued: dict[str, int] = {}
    n = len(folded)
    for m in mentions:
        # one space on either side is pangu spacing (365 足球): the same name
        after = m.end + 1 if m.end < n and folded[m.end] == " " else m.end
        if m.unit is not None or not m.is_fact or m.approx or m.change is not None or after + 2 > n \
                or type(m.value) is not int or m.value < 10 or not _HAN2.match(folded, after):
            continue
        key = folded[m.start : m.end] + folded[after : after + 2]
        keys.setdefault(key, []).append(m)
        before = m.start - 2 if m.start >= 2 and folded[m.start - 1] == " " else m.start - 1
        if m.start == 0 or before < 0 or _HAN.match(folded, before):
            glued[key] = glued.get(key, 0) + 1
    for key, group in keys.items():
        if glued.get(key, 0) >= GLUED_NAME_REPEAT:  # then also 主办:365足球即时比分
            for m in group:
                m.is_fact, m.reason, m.kind = False, "name", "other"


def _truncated_end(mentions: list[Mention], folded: str) -> None:
    """A bare number that ends the text inside an unclosed parenthesis (a crawl cut off mid-cell:
    ``採購項目數量(指202``) is the stump of a longer token, not a value: ``garbled``."""
    if not mentions:
        return
    m = mentions[-1]
    if not m.is_fact or m.unit is not None or folded[m.end :].strip():
        return
    line = folded[folded.rfind("\n", 0, m.start) + 1 : m.start]
    if line.rfind("(") > line.rfind(")"):
        m.is_fact, m.reason, m.kind, m.value = False, "garbled", "other", None
