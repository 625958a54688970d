"""Label finding: which phrase does a narrative number measure?

For every numeric mention the label is looked for, in this order, in the clause that holds it:

* before the number, after peeling list markers (（一）, 一是, 其中), times (2017年度, 全年),
  whole-body subjects (全县, 我市), sub-unit scopes (市政府, 市直单位 → :attr:`Label.scope`),
  adverbs (共, 累计) and copulas (为, 达到): "2017年共受理行政审批事项193371件" → 受理行政审批事项;
* after the number, when nothing or only a weak verb stands before it:
  "公开保留的2874项行政权力事项" → 行政权力事项;
* inherited from the previous fact of the same sentence when the number has no words of its own
  ("旁听政府常务会6次18人"), or is a change of it ("新闻发布会150场次、增长89.87%" → role
  ``change``) or a share of it ("占60%" → role ``share``).

Bare verbs that continue an enumeration ("办结193371件" after "受理行政审批事项…") keep their
own words as label; :attr:`Label.head` carries the sentence's first label so that the linker can
use it.  Word lists live in ``gknlp/data/labels.yaml``.
"""
from __future__ import annotations

import functools
from dataclasses import dataclass, field
from importlib import resources
from typing import Sequence

import regex
import yaml

from gknlp.numbers.mention import Mention
from gknlp.taxonomy import get_taxonomy
from gknlp.wraps import Unwrapped, moved, soft_breaks


@dataclass
class Label:
    """The label of one mention and the context the linker needs."""

    label: str | None
    start: int | None
    end: int | None
    role: str = "value"  # value | change | share | continued
    scope: str | None = None
    head: str | None = None  # label of the first fact of the sentence (the enumeration head)
    anchor: int | None = None  # index (in the mention list given) of the fact this one modifies
    verb: str | None = None  # weak verb before a right-hand label ("收到" in 收到1件申请)
    left: str = ""  # sentence text before the mention (folded)
    right: str = ""  # clause text after the mention
    sentence_start: int = 0
    after_qizhong: bool = False  # the clause follows 其中 (a breakdown of a previous total)
    extra: dict = field(default_factory=dict)

    @property
    def link_text(self) -> str:
        """The phrase used for alias matching: weak verb + right-hand label when there is one."""
        if self.label is None:
            return ""
        return (self.verb or "") + self.label


@dataclass(frozen=True)
class _Patterns:
    sentence_break: regex.Pattern
    sentence_break_back: regex.Pattern  # the same, searching backwards (regex.REVERSE)
    clause_break_back: regex.Pattern
    prefix: regex.Pattern
    scope: regex.Pattern
    subject: regex.Pattern
    copula_tail: regex.Pattern
    change_prefix: regex.Pattern
    share: regex.Pattern
    weak: regex.Pattern
    generic: regex.Pattern
    right_np: regex.Pattern
    right_stop: regex.Pattern
    heading: regex.Pattern
    heading_verbs: regex.Pattern
    heading_tail: regex.Pattern
    weak_label: regex.Pattern
    heading_window: int
    max_chars: int


def _alt(parts: Sequence[str]) -> str:
    return "|".join(f"(?:{p})" for p in parts)


@functools.lru_cache(maxsize=1)
def patterns() -> _Patterns:
    """Patterns built from ``gknlp/data/labels.yaml`` (compiled once)."""
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("labels.yaml").read_text(encoding="utf-8"))
    prefix_parts = [*data["list_markers"], *data["times"], *data["whole_scopes"], *data["adverbs"]]
    return _Patterns(
        sentence_break=regex.compile("[" + regex.escape(data["sentence_breaks"]) + "]"),
        sentence_break_back=regex.compile("[" + regex.escape(data["sentence_breaks"]) + "]", regex.REVERSE),
        clause_break_back=regex.compile("[" + regex.escape(data["clause_breaks"]) + "]", regex.REVERSE),
        prefix=regex.compile(rf"(?:{_alt(prefix_parts)})"),
        scope=regex.compile(rf"(?:{_alt(data['scopes'])})"),
        subject=regex.compile(rf"(?:{_alt(data['subjects'])})"),
        copula_tail=regex.compile(rf"(?:{_alt(data['copulas'])})$"),
        change_prefix=regex.compile(rf"(?:{_alt(data['change_prefixes'])})$"),
        share=regex.compile(data["share_markers"]),
        weak=regex.compile(rf"(?:{_alt(data['weak_verbs'])})(?:了|的|出)?"),
        generic=regex.compile(rf"(?:{data['generic_nouns']})"),
        right_np=regex.compile(r"[^,:，：。;!?\n！？；、0-9 \t\u3000]{1,20}"),
        right_stop=regex.compile(f"(?:{data['right_stops']})"),
        heading=regex.compile(f"(?:{data['heading_marker']})([^。,，;；:：\\n(（]{{2,40}})"),
        heading_verbs=regex.compile(data["heading_verbs"]),
        heading_tail=regex.compile(f"(?:{data['heading_tail']})+"),
        weak_label=regex.compile(data["weak_label"]),
        heading_window=int(data["heading_window"]),
        max_chars=int(data["max_label_chars"]),
    )


_QUOTES = "“”\"'‘’《》「」"


def peel_prefix(text: str, start: int) -> tuple[int, str | None]:
    """Offset after leading markers/times/subjects/adverbs of ``text`` (≤ 20 rounds), and the
    sub-unit scope met on the way (if any)."""
    p = patterns()
    pos = 0
    scope = None
    for _ in range(20):
        m = p.prefix.match(text, pos)
        if m and m.end() > pos:
            pos = m.end()
            continue
        s = p.scope.match(text, pos)
        if s and s.end() > pos and s.end() < len(text):
            scope = s.group()
            pos = s.end()
            continue
        s = p.subject.match(text, pos)
        if s and s.end() > pos:
            pos = s.end()
            continue
        break
    return start + pos, scope


def peel_tail(text: str) -> str:
    """``text`` without trailing copulas/adverbs ("…事项共计" → "…事项")."""
    p = patterns()
    for _ in range(8):
        m = p.copula_tail.search(text)
        if not m or m.start() == 0 and m.end() == len(text) and not text:
            break
        if m.end() == m.start():
            break
        text = text[: m.start()]
    return text


class _Breaks:
    """Sentence and clause breaks around a position of a text, found by bounded searches (backwards
    with a reversed pattern, forwards with the plain one): linear in the number of look-ups, and
    nothing is done for the parts of the text that hold no mention."""

    def __init__(self, text: str) -> None:
        p = patterns()
        self.text = text
        self.n = len(text)
        self._sentence = p.sentence_break
        self._sentence_back = p.sentence_break_back
        self._clause_back = p.clause_break_back
        self._known = (1, 0)  # a sentence found last, bounded by real breaks (or the text's edges)

    def clause_start(self, pos: int, lower: int) -> int:
        """Start of the clause holding ``pos`` (never before ``lower``)."""
        b = self._clause_back.search(self.text, max(0, lower), pos)
        return b.start() + 1 if b else lower

    def sentence_bounds(self, pos: int, window: int = 400) -> tuple[int, int]:
        """``(start, end)`` of the sentence holding ``pos``, at most ``window`` characters either way."""
        start, end = self._known
        if start <= pos <= end:  # no break in [start, end): the same sentence as the last look-up
            return max(start, pos - window), min(end, pos + window)
        lo, hi = max(0, pos - window), min(self.n, pos + window)
        b = self._sentence_back.search(self.text, lo, pos)
        e = self._sentence.search(self.text, pos, hi)
        start, end = (b.start() + 1 if b else lo), (e.start() if e else hi)
        if (b or lo == 0) and (e or hi == self.n):
            self._known = (start, end)
        return start, end


def _strip_quotes_edges(text: str, start: int) -> tuple[str, int]:
    """Drop unbalanced quote marks at the edges (keep “…” pairs inside the label)."""
    while text and text[0] in _QUOTES and text.count(text[0]) == 1 and text[0] not in "“《「‘":
        text, start = text[1:], start + 1
    while text and text[-1] in _QUOTES and text[-1] not in "”》」’":
        text = text[:-1]
    while text and (text[0] in " \t" or text[0] in "(（" and not regex.search(r"[)）]", text)):
        text, start = text[1:], start + 1
    return text.rstrip(" \t(（"), start


def find_labels(text: str, mentions: Sequence[Mention], *, exclude: Sequence[tuple[int, int]] = (),
                soft: Sequence[tuple[int, int]] | None = None) -> list[Label]:
    """One :class:`Label` per mention (same order).  ``text`` is the folded text; mentions must be
    sorted by start and be the facts to label (non-facts removed).

    Soft line breaks of a hard-wrapped text (:func:`gknlp.wraps.soft_breaks`, outside ``exclude``;
    or the ``soft`` spans given) neither cut a label nor end a clause: labels are found in the text
    with those breaks removed (:class:`gknlp.wraps.Unwrapped`) and mapped back.  ``Label.start`` and
    ``Label.end`` always index ``text``; a label that spans a soft break reads without it
    (``政府信息公开全职工作人员`` for ``text[start:end] == "政府信\\n息公开全职工作人员"``), and so do
    ``left`` and ``right``.  Without soft breaks the text is labelled as it is."""
    view = Unwrapped(text, soft_breaks(text, exclude) if soft is None else soft)
    if not view:
        return _find_labels(text, mentions)
    labels = _find_labels(view.text, moved(mentions, view))
    for lab in labels:
        if lab.start is not None and lab.end is not None:
            lab.start, lab.end = view.to_original(lab.start), view.end_to_original(lab.end)
        lab.sentence_start = view.to_original(lab.sentence_start)
        if lab.extra.get("items"):
            lab.extra = {**lab.extra, "items": [(t, view.to_original(o)) for t, o in lab.extra["items"]]}
    return labels


def _find_labels(text: str, mentions: Sequence[Mention]) -> list[Label]:
    """:func:`find_labels` on a text whose line breaks are all real."""
    p = patterns()
    breaks = _Breaks(text)
    out: list[Label] = []
    sent_key: tuple[int, int] | None = None
    first_in_sentence = 0
    for i, m in enumerate(mentions):
        s_start, s_end = breaks.sentence_bounds(m.start)
        if (s_start, s_end) != sent_key:
            sent_key = (s_start, s_end)
            first_in_sentence = i
        prev = mentions[i - 1] if i > first_in_sentence else None
        lower = s_start if prev is None else max(s_start, prev.end)
        c_start = breaks.clause_start(m.start, max(lower, m.start - 80))
        label, l_start, scope = _left_label(text, c_start, m.start)
        if c_start > lower and text[c_start - 1] in " \t\u3000" and (not label or p.weak.fullmatch(label)):
            # a space is a weak break (crawled one-line texts): look across it when nothing is left
            c2 = breaks.clause_start(c_start - 1, max(lower, m.start - 80))
            label2, l2, scope2 = _left_label(text, c2, m.start)
            if label2 and (not label or not p.weak.fullmatch(label2)):
                label, l_start, scope = label2, l2, scope2
        # right-hand context: up to the clause end or the next mention
        nxt = mentions[i + 1].start if i + 1 < len(mentions) else len(text)
        r = p.right_np.match(text, m.end, min(nxt, m.end + 20))
        right = r.group() if r else ""
        stop = p.right_stop.search(right, 2) if len(right) > 2 else None
        if stop:
            right = right[: stop.start()]
        left = text[s_start : m.start]
        res = Label(
            label=None, start=None, end=None, scope=scope, left=left, right=right,
            sentence_start=s_start, after_qizhong="其中" in left,  # the rest of the sentence is a breakdown
        )
        head = out[first_in_sentence] if prev is not None else None
        res.head = head.label if head is not None else None
        resp: tuple[list[tuple[str, int]], int] | None = None
        if prev is not None and out[-1].extra.get("items") and text[prev.end : m.start] in _LIST_JOINERS:
            items, k = out[-1].extra["items"], out[-1].extra["k"] + 1
            resp = (items, k) if k < len(items) else None
        elif label and (items := _respectively_items(text, label, l_start)):
            resp = (items, 0)
        is_change = m.kind == "change" or m.change is not None
        bare = label == "" or p.change_prefix.fullmatch(label) is not None
        is_share = m.kind == "percent" and (label.startswith(("占", "所占")) and len(label) <= 14
                                            or p.share.fullmatch(label) is not None)
        if is_change and prev is not None and (bare or p.generic.fullmatch(label)):
            # "…新闻发布会150场\n次、增长89.87%": a measure word left over is no label of a change
            _inherit(res, out[i - 1], i - 1, "change")
        elif is_share and prev is not None:
            _inherit(res, out[i - 1], i - 1, "share")
        elif is_change and not bare:
            cp = p.change_prefix.search(label)  # 同比, 较上年 … at the end
            lab = label[: cp.start()] if cp else label
            res.label, res.start, res.end, res.role = lab, l_start, l_start + len(lab), "change"
        elif bare and prev is not None and text[prev.end : m.start].strip(" ,，、") == "" and not right:
            _inherit(res, out[i - 1], i - 1, "continued")
        elif resp is not None:  # "办结率和满意率分别达到99%和97%": k-th label → k-th number
            items, k = resp
            res.label, res.start = items[k]
            res.end = res.start + len(res.label)
            res.extra = {"items": items, "k": k}
        elif _good_right(right) and (bare or p.weak.fullmatch(label) or label.endswith(("的", "了"))
                                     or p.scope.fullmatch(label) or p.subject.fullmatch(label + "共")):
            rl, rs = _strip_quotes_edges(peel_tail(right), m.end)
            res.label, res.start, res.end = rl, rs, rs + len(rl)
            if label and p.weak.fullmatch(label):
                res.verb = label
        elif label and p.weak_label.fullmatch(label) and (topic := _heading_topic(text, s_start, m.start)):
            res.label, res.start = topic
            res.end = res.start + len(res.label)
            res.extra = {"weak_label": label}
        elif label:
            res.label, res.start, res.end = label, l_start, l_start + len(label)
            if prev is not None and text[prev.end : l_start] in _LIST_JOINERS and out[-1].label:
                verb = p.weak.match(out[-1].label)  # "发布微博2051条、微信2738条": 微信 is 发布微信
                if verb and not p.weak.match(label) and len(label) <= 6 and not get_taxonomy().lookup_alias(label):
                    res.verb = verb.group()
        elif prev is not None:
            _inherit(res, out[i - 1], i - 1, "continued")
        out.append(res)
    return out


def _left_label(text: str, c_start: int, end: int) -> tuple[str, int, str | None]:
    """Label before ``end`` in the clause starting at ``c_start``: (label, start, scope)."""
    p = patterns()
    lab_start, scope = peel_prefix(text[c_start:end], c_start)
    label, l_start = _strip_quotes_edges(peel_tail(text[lab_start:end]), lab_start)
    if l_start > lab_start and label:  # an opening bracket hid a marker: "(包含30个…"
        again, scope2 = peel_prefix(label, l_start)
        label, l_start, scope = label[again - l_start :], again, scope or scope2
    if len(label) > p.max_chars:  # keep the last words, cut after a list separator when there is one
        cut = len(label) - p.max_chars
        sep = _LIST_SEP.search(label, cut)
        cut = sep.end() if sep and sep.end() < len(label) else cut
        label, l_start = label[cut:], l_start + cut
        while label and label[0] in "、,()（）《》“”\"' ":
            label, l_start = label[1:], l_start + 1
    return label, l_start, scope


_LIST_SEP = regex.compile(r"[、,，;；(（)）《》“”]")
_RESPECTIVELY = regex.compile(r"(.{1,30}?)分别(?:为|是|达到|达|占)?")
_ITEM_SPLIT = regex.compile(r"以及|和|、|及|与")
_LIST_JOINERS = ("和", "、", ",", "及", "与", "，")


def _respectively_items(text: str, label: str, l_start: int) -> list[tuple[str, int]]:
    """"办结率和满意率分别达到…": the listed labels with their offsets (empty if not such a list)."""
    m = _RESPECTIVELY.fullmatch(label) if "分别" in label else None
    if m is None:
        return []
    items: list[tuple[str, int]] = []
    pos = l_start
    for part in _ITEM_SPLIT.split(m.group(1)):
        if part:
            idx = text.find(part, pos)
            items.append((part, idx))
            pos = idx + len(part)
    return items if len(items) >= 2 else []


def _heading_topic(text: str, s_start: int, end: int) -> tuple[str, int] | None:
    """Topic of the nearest numbered heading before ``end`` ("（1）推进扶贫脱贫和社会救助信息公开"
    → 扶贫脱贫和社会救助信息), with its offset; None when there is none close enough."""
    p = patterns()
    last = None
    for h in p.heading.finditer(text, max(0, s_start - p.heading_window), end):
        if h.end(1) <= s_start or h.start(1) < end:
            last = h
    if last is None or last.end(1) > end:
        return None
    topic, start = last.group(1), last.start(1)
    v = p.heading_verbs.match(topic)
    if v:
        topic, start = topic[v.end():], start + v.end()
    t = p.heading_tail.search(topic)
    if t:
        topic = topic[: t.start()]
    return (topic, start) if len(topic) >= 2 else None


def _good_right(right: str) -> bool:
    """A right-hand phrase that can be a label (not a generic noun, not a new clause)."""
    p = patterns()
    r = right.strip()
    if len(r) < 2 or p.generic.fullmatch(r):
        return False
    return not r.startswith(("的", "以上", "左右", "余", "多", "次", "个"))


def _inherit(res: Label, src: Label, idx: int, role: str) -> None:
    """Give ``res`` the label of ``src`` (the fact it continues/modifies)."""
    res.label, res.start, res.end, res.role, res.anchor = src.label, src.start, src.end, role, idx
    res.verb = src.verb
    if res.scope is None:
        res.scope = src.scope
