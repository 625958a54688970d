"""Non-fact rules: numbers that are in the text but are not report facts.

:func:`patterns` returns the non-fact alternatives of the master pattern, in priority order.  Each
alternative is a named group ``nf_<reason>``; keyword-led ones also carry an inner group
``sp_<reason>`` giving the span of the number itself (``邮编:236010`` → span of ``236010``).
``nf_skip`` marks words whose numeral is no quantity at all (统一, 一些); they produce no mention.

Context checks that need the match first (durations, rhetorical enumerations, names after a bare
number) live in :func:`context_reason`.

Reasons: url, email, code, phone, postcode, index, icp, page_meta, doc_number, date, time, year,
law_article, rank, ordinal, counting_rule, list_marker, name, address, ratio, fraction, range,
duration, rhetorical, garbled.
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:  # pragma: no cover
    from gknlp.numbers.grammar import Lexicon

#: Characters of an ASCII token (URLs, codes, index numbers).
ASCII_TOKEN = r"[A-Za-z0-9_./\-&:+=?#%~]"
#: Month and day numbers.
MONTH = r"(?:1[0-2]|0?[1-9])"
DAY = r"(?:3[01]|[12][0-9]|0?[1-9])"
#: Chinese-numeral year, month and day (二〇一二年二月二十日; O/o for 〇 in crawls).
CN_YEAR = r"[〇零一二三四五六七八九Oo0]{4}"
CN_MONTH = r"(?:十[一二]?|[一二三四五六七八九])"
CN_DAY = r"(?:三十一?|三十|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
#: List-marker context: start of line or after whitespace / punctuation.
LIST_CONTEXT_CLASS = r"\t\n\x0b\x0c\r \x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000。;:,!?|()、“”\"'"
LIST_CONTEXT = rf"(?<![^{LIST_CONTEXT_CLASS}])"


@functools.lru_cache(maxsize=1)
def list_context_chars() -> frozenset[str]:
    """The characters after which :data:`LIST_CONTEXT` holds (whitespace as ``regex`` reads
    ``\\s``: the Unicode White_Space characters, all in the BMP; and the listed punctuation)."""
    return frozenset(regex.findall(f"[{LIST_CONTEXT_CLASS}]", "".join(map(chr, range(0x10000)))))


def _spaced(word: str) -> str:
    """A keyword whose characters may be separated by one space (电 话, 邮 编)."""
    return "[ ]?".join(regex.escape(ch) for ch in word)


def _keywords(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(_spaced(w) for w in ordered) + ")" if ordered else "(?!)"


def _words(words: list[str]) -> str:
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "(?:" + "|".join(regex.escape(w) for w in ordered) + ")" if ordered else "(?!)"


def behind(words: list[str], *, space: bool = False) -> str:
    """A lookbehind for any of ``words`` (then one optional space when ``space``), written as a
    union of fixed-width lookbehinds so that Python's ``re`` compiles it too."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    parts = [f"(?<={regex.escape(w)})" for w in ordered]
    if space:
        parts += [f"(?<={regex.escape(w)}[ ])" for w in ordered]
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


def first_chars(words: list[str]) -> str:
    """A character class of the first characters of ``words`` (for cheap guards)."""
    chars = sorted({w[0] for w in words if w})
    return "[" + "".join(regex.escape(c) for c in chars) + "]" if chars else "(?!)"


#: Guard of the digit-led non-facts: what follows the digit run must be one of the few characters
#: that can make a number a non-fact (日 月 : / - ~ 至 号 楼 …), or the number looks like a phone.
#: Fact numbers (followed by 件/条/%/…) fail this one lookahead instead of a dozen alternatives.
SPECIAL_FOLLOW = r"日月:/\-~至到号楼层室栋幢单·.、)%×xX*转"


def patterns(lex: "Lexicon", *, units: str, arabic: str, cn_strict: str, cn_any: str, year: str) -> list[tuple[str, str, str]]:
    """The non-fact alternatives as ``(name, guard, pattern)`` triples, highest priority first.

    ``guard`` is the body of a lookahead that must hold where the pattern starts; it only makes
    the scan faster (a test checks that the guarded and the unguarded master find the same
    mentions).  Alternatives with different first characters never compete for the same start,
    so grouping them by guard does not change which one wins.
    """
    kw = lex.keywords
    num = r"[0-9]{1,6}"
    cn_small = r"[一二两三四五六七八九十百千〇零]{1,6}"
    phone = (
        r"(?:[(]?0[0-9]{2,3}[)]?[ ]?-{0,2}[ ]?[0-9]{7,8}|1[3-9][0-9]{9}|[0-9]{5,8})"
        r"(?:[ ]?[×xX*转\-][ ]?[0-9]{1,5})?(?![0-9])"
    )
    service = "|".join(str(n) for n in lex.raw.get("service_numbers", [])) or "(?!)"
    note = r"(?:[ ]?[(/][^)\n]{0,8}[)]?)?"
    keyword_words = [w for k in ("phone", "postcode", "index", "page_meta", "period") for w in kw.get(k, [])]
    name_suffix_first = "".join(sorted({w[0] for w in lex.name_suffixes}))
    special = (
        rf"[0-9]{{1,30}}(?:\.[0-9]{{1,12}})?[ ]{{0,2}}[{SPECIAL_FOLLOW}{regex.escape(name_suffix_first)}]"
        r"|0|1[3-9][0-9]{9}(?![0-9])"
    )
    cn_first = "[〇零一二两三四五六七八九十Oo" + "".join(sorted({w[0] for w in lex.skip_words + lex.idioms})) + "]"
    alts: list[tuple[str, str, str]] = [
        # --- web and codes -------------------------------------------------------------
        ("url", "[hHwW]", r"(?P<nf_url>(?:https?:?//|www\.)" + ASCII_TOKEN + r"{1,300})"),
        ("email", r"[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}@",
         r"(?P<nf_email>[A-Za-z0-9][A-Za-z0-9_.\-]{0,63}@[A-Za-z0-9\-]{1,63}(?:\.[A-Za-z0-9\-]{1,63}){1,5})"),
        # keyword-led (keyword before the number; span = the number)
        ("keywords", first_chars(keyword_words),
         rf"(?P<nf_phone>{_keywords(kw.get('phone', []))}{note}[ ]{{0,2}}:?[ ]{{0,3}}(?P<sp_phone>{phone})(?![ ]?{units}))"
         rf"|(?P<nf_postcode>{_keywords(kw.get('postcode', []))}[ ]{{0,2}}:?[ ]{{0,2}}(?P<sp_postcode>[0-9]{{5,6}})(?![0-9]))"
         rf"|(?P<nf_index>{_keywords(kw.get('index', []))}[ ]{{0,2}}:?[ ]{{0,3}}(?P<sp_index>(?=[A-Za-z0-9_/\-.]{{0,60}}[0-9])[A-Za-z0-9][A-Za-z0-9_/\-.]{{0,60}}))"
         rf"|(?P<nf_page_meta>{_keywords(kw.get('page_meta', []))}[ ]{{0,2}}:[ ]{{0,2}}(?P<sp_page_meta>[0-9]{{1,12}}))"
         rf"|(?P<nf_date>{_words(kw.get('period', []))}[ ]?(?P<sp_date>{year}[0-9]{{4,6}}(?:[ ]{{0,2}}日)?)(?![0-9]))"),
        # ASCII tokens mixing letters and digits: XXGK/2018-4388, GB/T4754-2017, 5G, 1+1+X
        ("code", r"[A-Za-z]|[0-9][0-9._\-+/]{0,80}[A-Za-z]",
         r"(?P<nf_code>(?<![A-Za-z0-9_./\-&:+=?#%~])"
         r"(?=[A-Za-z0-9_./\-&:+]{0,80}[A-Za-z])(?=[A-Za-z0-9_./\-&:+]{0,80}[0-9])"
         r"[A-Za-z0-9][A-Za-z0-9_./\-&:+]{0,120})"),
        ("icp", "[Ii公]", r"(?P<nf_icp>(?:ICP|icp)[ ]?[备证]?[ ]?:?[ ]?[0-9]{4,12}(?:[ ]?号)?(?:-[0-9]{1,3})?|公网安备[ ]?[0-9]{6,20}(?:[ ]?号)?)"),
        # --- document numbers and parenthesised list markers -------------------------------
        ("bracket", r"[\[〔【(]",
         rf"(?P<nf_doc_number>[\[〔【(][ ]?{year}[ ]?[\]〕】)]?[ ]?[0-9]{{1,5}}[ ]?号)"
         r"|(?P<nf_list_marker>[(][ ]?(?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[ ]?[)])"),
        # --- 第N: document numbers, law articles, ranks, ordinals ------------------------------
        ("nth", "[令第前后]",
         rf"(?P<nf_doc_number>令?第[ ]?[0-9]{{1,5}}[ ]?号)"
         rf"|(?P<nf_law_article>第[ ]?[(]?(?:{num}|{cn_small})[)]?(?:[ ]?[至到\-~、和][ ]?第?[ ]?(?:{num}|{cn_small}))?"
         rf"[ ]?{_words(lex.law_suffixes)}(?:[ ]?第[ ]?[(]?(?:{num}|{cn_small})[)]?[ ]?(?:款|项|目)){{0,2}})"
         rf"|(?P<nf_rank>(?:第|前|后)[ ]?(?:{num}|{cn_small})[ ]?{_words(lex.rank_suffixes)})"
         rf"|(?P<nf_ordinal>第[ ]?(?:[0-9]{{1,6}}|{cn_any})(?:[ ]?(?:{units}|届|批|季度|季|阶段|页|部分|代|轮|名|位))?)"),
        ("counting", "[计记算按]",
         rf"(?P<nf_counting_rule>(?<![共合总累统设估预会审])(?:计为|记为|算作|计)[ ]?(?:1|一)[ ]?{units}|按[ ]?(?:1|一)[ ]?{units}计)"),
        # --- dates, times, years ------------------------------------------------------------
        ("year", year,
         rf"(?P<nf_date>{year}[-/.]{MONTH}[-/.]{DAY}(?![0-9])(?:[ T]{{1,2}}[0-9]{{1,2}}:[0-9]{{2}}(?::[0-9]{{2}})?)?)"
         rf"|(?P<nf_date>{year}[ ]{{0,2}}年[ ]{{0,2}}{MONTH}(?:[ ]?[-~至到][ ]?{MONTH})?[ ]{{0,2}}月份?(?:[ ]{{0,2}}{DAY}[ ]{{0,2}}[日号])?)"
         rf"|(?P<nf_date>{year}[ ]?年?(?:度)?[ ]?[-~至到][ ]?{year}[ ]?(?:年度|年)?)"
         rf"|(?P<nf_year>{year}[ ]{{0,2}}年(?:度)?)"
         rf"|(?P<nf_date>{year}{MONTH}[ ]{{0,2}}月(?:[ ]{{0,2}}{DAY}[ ]{{0,2}}[日号])?|{year}[0-9]{{1,4}}[ ]{{0,2}}日)"
         rf"|(?P<nf_year>{behind(['('], space=True)}{year}(?=[ ]?[)]))"),
        # --- Chinese-numeral-led: dates, list markers, fixed words, addresses, ranges ---------
        ("cn", cn_first,
         rf"(?P<nf_date>{CN_YEAR}[ ]?年(?:度)?(?:[ ]?{CN_MONTH}[ ]?月(?:[ ]?{CN_DAY}[ ]?[日号])?)?"
         rf"|{CN_MONTH}月(?:{CN_DAY}[日号])?(?!份额)|(?<![一二三四五六七八九十])(?:三十一?|二十[一二三四五六七八九]?)日)"
         r"|(?P<nf_list_marker>(?<![一二三四五六七八九十])[一二三四五六七八九十]{1,3}(?:是|、))"
         rf"|(?P<nf_skip>{_words(lex.skip_words)})"
         rf"|(?P<nf_name>{_words(lex.idioms)})"
         rf"|(?P<nf_address>{cn_strict}[ ]?{_words(lex.address_suffixes)})"
         rf"|(?P<nf_range>(?P<rg_lo>{cn_strict})(?:-|~|[ ]?(?:至|到)[ ]?)(?P<rg_hi>{cn_strict})"
         rf"(?:[ ]{{0,2}}(?P<rg_unit>{units}))?)"),
        # --- digit-led, decided by what follows the digits ----------------------------------------
        ("digits", special,
         rf"(?P<nf_date>{MONTH}[ ]{{0,2}}(?:[-~至到][ ]{{0,2}}{MONTH}[ ]{{0,2}})?月份?(?:[ ]{{0,2}}{DAY}[ ]{{0,2}}[日号])?(?![0-9]))"
         rf"|(?P<nf_date>{DAY}[ ]{{0,2}}日(?![0-9]))"
         r"|(?P<nf_time>(?:[01]?[0-9]|2[0-4]):[0-5][0-9](?::[0-5][0-9])?(?![0-9.:]))"
         r"|(?P<nf_phone>(?:[(]0[0-9]{2,3}[)]|0[0-9]{2,3})[ ]?-{1,2}[ ]?[0-9]{7,8}(?:[×xX*转\-][0-9]{1,5})?(?![0-9])"
         r"|1[3-9][0-9]{9}(?![0-9])|[0-9]{7,8}[×xX*转][0-9]{1,5}(?![0-9]))"
         rf"|(?P<nf_list_marker>{LIST_CONTEXT}[0-9]{{1,2}}(?:[.、](?![0-9])|[)])"
         r"|[0-9]{1,2}[.、](?=[\u4e00-\u9fff“\"]))"
         rf"|(?P<nf_name>{arabic}(?=[ ]{{0,2}}{_words(lex.name_suffixes)}))"
         r"|(?P<nf_name>[0-9]{1,2}·[0-9]{1,2}|[0-9]{1,2}\.[0-9]{1,2}(?![0-9])(?=[ ]?[\u4e00-\u9fff]{0,5}?(?:日|节|周))(?![ ]?[万亿千]))"
         rf"|(?P<nf_address>{num}[ ]?{_words(lex.address_suffixes)}|{num}[ ]?号(?![文令]))"
         r"|(?P<nf_ratio>[0-9]{1,6}(?:\.[0-9]{1,6})?(?::[0-9]{1,6}(?:\.[0-9]{1,6})?){1,5}(?![0-9]))"
         r"|(?P<nf_fraction>[0-9]{1,6}/[0-9]{1,6}(?![0-9/]))"
         rf"|(?P<nf_range>(?P<rg_lo>{arabic})(?:[ ]?%)?(?:-|~|[ ]?(?:至|到)[ ]?)(?P<rg_hi>{arabic}|{cn_strict})"
         rf"(?:[ ]{{0,2}}(?P<rg_unit>{units}))?)"),
        ("service", rf"(?:{service})(?![0-9])",
         rf"(?P<nf_name>(?:(?<=[\u4e00-\u9fff“\"'‘])|(?<=[\u4e00-\u9fff“\"'‘][ ]))(?:{service})(?![0-9.])(?![ ]{{0,2}}{units})"
         rf"|(?:{service})(?=[ ]?[\u4e00-\u9fff”\"'’])(?![ ]?{units}))"),
        ("caption", behind(["件", "表", "图"], space=True),
         rf"(?P<nf_caption>{behind(lex.raw.get('caption_words', []), space=True)}[0-9]{{1,2}}(?:[-.][0-9]{{1,2}})?(?![0-9])(?![ ]?{units}))"),
        ("example", behind(["如"], space=True),
         rf"(?P<nf_example>{behind(lex.raw.get('example_words', []), space=True)}[+\-][0-9]{{1,6}}(?![0-9]))"),
    ]
    return alts


#: Characters that start a mention by themselves besides numbers: ASCII letters (URLs, e-mails,
#: codes), brackets (〔2017〕145号, (一), [284]条) and signs (+3, -167).
LEAD_SINGLE = r"A-Za-z\[〔【(+\-"


#: Reasons whose numbers are never report facts even though they parse as values.
REASONS = (
    "caption", "example", "file_size", "url", "email", "code", "phone", "postcode", "index", "icp", "page_meta", "doc_number", "date", "time",
    "year", "law_article", "rank", "ordinal", "counting_rule", "list_marker", "name", "address", "ratio",
    "fraction", "range", "duration", "rhetorical", "garbled", "threshold", "title", "specification",
)


def context_reason(folded: str, start: int, end: int, *, token: str, chinese: bool, unit: str | None,
                   lex: "Lexicon", post: str | None = None) -> str | None:
    """Reason a matched fact-shaped number is not a fact, judged from its neighbours (or None).

    * a unit marked ``nonfact`` in the data (file sizes: 40.5 KB) → its reason;
    * a duration that is a time limit or a streak (三天内答复, 连续三年) → ``duration``;
    * 一 + measure word + noun (一项重要工作, 一名分管领导) is an article, not a count → ``article``;
    * a Chinese numeral + 期 + 工程/项目 … (一期工程) is a phase → ``ordinal``;
    * 二 + measure word (二次, 二级): counts say 两 → ``ordinal``;
    * a Chinese numeral + measure word + rhetorical noun (三个方面) → ``rhetorical``;
    * a number + unit + 以上/以下 qualifying what follows (100人以下的薄弱校, 10万元以上13例,
      五年以上刑期) → ``threshold``;
    * 届 right before a Chinese numeral, or N次 + 全会 (十届七次全会) → ``ordinal``; a phase after a
      place or project noun (物流园一期) → ``ordinal``;
    * a specification unit glued to the noun it qualifies (10千伏线路, 6英寸芯片厂) → ``specification``;
    * a number inside a 《…》 title (《关于做好5类…的通知》) → ``title``;
    * a short quoted name holding the number (“苏政50条”, “5·15政务公开日”, “大干120天 打好…”) → ``name``.
    """
    rules = _rules(lex)
    if chinese and start and folded[start - 1] in rules.session_before:
        return "ordinal"  # 十届七次全会 (换届87个 is a count: Arabic)
    if unit is not None:
        spec = lex.units.get(unit)
        if spec is not None and spec.nonfact:
            return str(spec.nonfact)
        if post in rules.threshold_words and end < len(folded):
            nxt = folded[end]
            if nxt == " " and end + 1 < len(folded):
                nxt = folded[end + 1]  # pangu spacing: 10万元以上 13例
            if nxt in rules.threshold_next or nxt.isdigit() \
                    or (spec is not None and spec.kind == "duration" and rules.han.match(nxt)):
                return "threshold"
        if unit in rules.specification_units and post is None and rules.han.match(folded, end):
            return "specification"  # 10千伏线路, 6英寸芯片厂
        if spec is not None and spec.kind == "duration":
            if rules.duration_name.match(folded, end):
                return "name"
            if rules.duration_after.match(folded, end) or rules.duration_before.search(folded, max(0, start - 4), start) \
                    or (chinese and token == "一"):  # 过去一年, 关键一年: a period phrase
                return "duration"
        if unit == "次" and rules.session_after.match(folded, end):
            return "ordinal"
        if chinese and (spec is None or spec.canonical != "%"):
            if token == "一" and end < len(folded) and rules.han.match(folded, end):
                return "article"
            if token == "二":
                return "ordinal"
            if unit == "期" and (rules.phase.match(folded, end)
                                or rules.phase_before.search(folded, max(0, start - 3), start)):
                return "ordinal"
            if rules.rhetorical.match(folded, end):
                return "rhetorical"
    return enclosure_reason(folded, start, end)


def plain_units(lex: "Lexicon") -> frozenset[str]:
    """Units for which :func:`context_reason` of an Arabic number reduces to
    :func:`enclosure_reason` unless ``post`` is a threshold word: no ``nonfact`` reason, no
    specification unit, no duration, not 次 (sessions)."""
    rules = _rules(lex)
    return frozenset(
        surface for surface, spec in lex.units.items()
        if not spec.nonfact and surface not in rules.specification_units and spec.kind != "duration" and surface != "次"
    )


def threshold_words(lex: "Lexicon") -> frozenset[str]:
    """Approximation words after a unit that can make the number a ``threshold`` (以上, 以下)."""
    return _rules(lex).threshold_words


def enclosure_zone(folded: str) -> bytearray:
    """Non-zero at every offset that has a 《 within :data:`TITLE_SPAN` or a “ within
    :data:`QUOTE_SPAN` characters before it: elsewhere :func:`enclosure_reason` is None."""
    zone = bytearray(len(folded) + TITLE_SPAN + 1)
    for opener, span in (("《", TITLE_SPAN), ("“", QUOTE_SPAN)):
        ones = b"\x01" * span
        at = folded.find(opener)
        while at >= 0:
            zone[at + 1 : at + 1 + span] = ones
            at = folded.find(opener, at + 1)
    return zone


def enclosure_reason(folded: str, start: int, end: int) -> str | None:
    """``title`` for a number inside a 《…》 title, ``name`` for one inside a short quoted name
    (the checks of :func:`context_reason` that apply to every number, whatever its unit)."""
    opening = folded.rfind("《", start - TITLE_SPAN if start > TITLE_SPAN else 0, start)
    if opening >= 0 and "》" not in folded[opening:start]:
        closing = folded.find("》", end, end + TITLE_SPAN)
        if closing >= 0 and "《" not in folded[end:closing] and "\n" not in folded[opening:closing]:
            return "title"
    opening = folded.rfind("“", start - QUOTE_SPAN if start > QUOTE_SPAN else 0, start)
    if opening >= 0 and "”" not in folded[opening:start]:
        closing = folded.find("”", end, end + QUOTE_SPAN)
        if closing >= 0 and closing - opening <= QUOTE_SPAN and _HAN.search(folded, opening, closing):
            inner = folded[opening + 1 : start] + folded[end:closing]
            if inner and _QUOTED_NAME.fullmatch(inner):
                return "name"
    return None


def rank_fact(folded: str, start: int, end: int, lex: "Lexicon") -> tuple[str, str | None] | None:
    """``(numeral, suffix)`` when the 第N at ``start:end`` states a rank (位列全省第一,
    排名全区单位第1名, 全省第10位): a ``rank_context`` word within ``rank_context_span`` characters
    before it, no clause punctuation between, and a bare 第N not glued to a following word."""
    rules = _rules(lex)
    match = rules.rank_form.fullmatch(folded, start, end)
    if match is None:
        return None
    numeral, suffix = match.group(1), match.group(2)
    if suffix is None and end < len(folded) and rules.han.match(folded, end):
        return None  # 全省第一方阵, 第一批
    return (numeral, suffix) if rules.rank_context.search(clause_before(folded, start, rules.rank_span)) else None


def clause_before(folded: str, start: int, span: int) -> str:
    """The ``span`` characters before ``start``, cut after the last clause punctuation."""
    window = folded[max(0, start - span) : start]
    return window[max(window.rfind(p) for p in _CLAUSE_PUNCT) + 1 :]


def ratio_reading(folded: str, start: int, lex: "Lexicon", terms: list[str]) -> str | None:
    """How a ratio ``a:b(:c…)`` at ``start`` is read: ``"terms"`` (each term a value: a structure
    or proportion), ``"per_hundred"`` (X:100 after 比: the value X), or None (one non-fact)."""
    rules = _rules(lex)
    before = clause_before(folded, start, rules.ratio_span)
    if len(terms) == 2 and terms[1] == "100" and rules.ratio_per_hundred.search(before):
        return "per_hundred"
    if rules.ratio_terms.search(before):
        return "terms"
    return None


#: Punctuation that ends the clause a rank context word must share with the rank.
_CLAUSE_PUNCT = (",", ";", "。", "\n", "!", "?", "、")


#: Longest quoted name (in characters) that a number inside it makes a name: “苏政50条”,
#: “大干120天 打好七大攻坚战” (a campaign slogan: Han characters and spaces only).
QUOTE_SPAN = 24
#: Longest distance from a number to the 《 and 》 of a title around it.
TITLE_SPAN = 60


_HAN = regex.compile(r"[\u4e00-\u9fff]")
#: The inside of a quoted name: Han characters, spaces and ·, at least one Han character.
_QUOTED_NAME = regex.compile(r"(?=[^ ]{0,22}[\u4e00-\u9fff])[\u4e00-\u9fff ·]{1,22}")


class _Rules:
    """Small context patterns, compiled once from the lexicon."""

    def __init__(self, lex: "Lexicon") -> None:
        self.rhetorical = regex.compile(_words(lex.rhetorical_nouns))
        self.duration_after = regex.compile(_words(lex.raw.get("duration_limit_after", [])))
        self.duration_before = regex.compile(_words(lex.raw.get("duration_streak_before", [])) + r"[ ]?\Z")
        self.duration_name = regex.compile(_words(lex.raw.get("duration_name_after", [])))
        self.phase = regex.compile(_words(lex.raw.get("phase_nouns", [])))
        self.han = _HAN
        self.phase_before = regex.compile(_words(lex.raw.get("phase_before", [])) + r"\Z")
        self.session_after = regex.compile(_words(lex.raw.get("session_nouns", [])))
        self.session_before = frozenset(lex.raw.get("session_before", []))
        self.threshold_words = frozenset(lex.raw.get("threshold_words", []))
        self.threshold_next = frozenset(lex.raw.get("threshold_next", []))
        self.specification_units = frozenset(lex.raw.get("specification_units", []))
        self.rank_context = regex.compile(_words(lex.raw.get("rank_context", [])))
        self.rank_span = int(lex.raw.get("rank_context_span", 12))
        self.ratio_terms = regex.compile(_words(lex.raw.get("ratio_terms_context", [])))
        self.ratio_per_hundred = regex.compile(_words(lex.raw.get("ratio_per_hundred_context", [])))
        self.ratio_span = int(lex.raw.get("ratio_context_span", 32))
        self.rank_form = regex.compile(r"第[ ]?([0-9]{1,6}|[一二两三四五六七八九十百零〇]{1,6})[ ]?(名|位)?")


_RULES: list[_Rules] = []


def _rules(lex: "Lexicon") -> _Rules:
    if not _RULES:
        _RULES.append(_Rules(lex))
    return _RULES[0]
