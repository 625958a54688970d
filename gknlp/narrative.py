"""Narrative facts: numbers in running text → labelled, linked :class:`gknlp.report.Fact`.

``extract(text, mentions, sections, exclude, model)`` is the pipeline stage after
:func:`gknlp.numbers.scan`:

1. keep the mentions that are facts and lie outside ``exclude`` (tables);
2. find each one's label (:mod:`gknlp.labels`);
3. link the label to an indicator (:mod:`gknlp.linking`, with the trained model of
   :mod:`gknlp.model` when there is one).  A change ("增长89.87%") of a linked fact becomes
   ``<id>.yoy_pct`` (``.yoy_abs`` for counts), a share ("占60%") ``<id>.share_pct``;
4. add the zero statements (未收到政府信息公开申请 → apply.received.total = 0), whose phrase
   patterns live in ``gknlp/data/zero_statements.yaml``.

Facts inside a sub-unit scope ("其中，市直单位收到依申请公开193件") keep the scope in
:attr:`Fact.scope`, are linked like the others and get a slightly lower confidence, so that the
whole-body value wins in :meth:`gknlp.report.Report.indicators`.
"""
from __future__ import annotations

import bisect
import functools
import itertools
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Sequence

import regex
import yaml

from gknlp.labels import Label, find_labels
from gknlp.linking import LinkContext, LinkExample, Linker, unit_fits
from gknlp.numbers.mention import Mention
from gknlp.report import Fact
from gknlp.taxonomy import get_taxonomy, split_modifier

#: Confidence factor of facts qualified by a sub-unit scope.
SCOPE_CONFIDENCE = 0.9


# ---------------------------------------------------------------------------- zero statements
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


class Spans:
    """A set of ``[start, end)`` spans (they may overlap) for fast "is this position inside one"
    tests: ``pos in Spans(spans)`` ⇔ ``any(s <= pos < e for s, e in spans)``, in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # max end so far

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos)  # the spans starting at or before pos
        return i > 0 and self._reach[i - 1] > pos


# ---------------------------------------------------------------------------- contexts
def section_at(sections: Sequence[Any], pos: int) -> Any | None:
    """The innermost section containing ``pos`` (sections have .start/.end/.title/.kind)."""
    return sections_at(sections, (pos,))[0]


def sections_at(sections: Sequence[Any], positions: Sequence[int]) -> list[Any | None]:
    """:func:`section_at` of every position (the sections' spans are read once)."""
    # by start, then list order: the innermost section holding pos is the last one (of those
    # starting at or before pos) that still runs past it
    spans = sorted((getattr(s, "start", 0), i, getattr(s, "end", 0), s) for i, s in enumerate(sections or ()))
    starts = [span[0] for span in spans]
    out = []
    for pos in positions:
        best = None
        for k in range(bisect.bisect_right(starts, pos) - 1, -1, -1):
            if pos < spans[k][2]:
                best = spans[k][3]
                break
        out.append(best)
    return out


def contexts(text: str, mentions: Sequence[Mention], sections: Sequence[Any]) -> list[tuple[Label, LinkContext]]:
    """Label and linking context of every mention (mentions sorted, facts only)."""
    labels = find_labels(text, mentions)
    out = []
    for m, lab, sec in zip(mentions, labels, sections_at(sections, [m.start for m in mentions])):
        ctx = LinkContext(
            label=lab.link_text, head=lab.head, left=lab.left, section=getattr(sec, "title", None),
            section_kind=getattr(sec, "kind", None), unit=m.unit, kind=m.kind, role=lab.role, scope=lab.scope,
        )
        out.append((lab, ctx))
    return out


def _modifier(m: Mention, role: str) -> str | None:
    if role == "share":
        return "share_pct"
    if role == "change":
        return "yoy_pct" if m.unit == "%" or m.kind == "percent" else "yoy_abs"
    return None


# ---------------------------------------------------------------------------- the stage
def extract(text: str, mentions: Sequence[Mention], sections: Sequence[Any] = (),
            exclude: Sequence[tuple[int, int]] = (), model: Any = None) -> list[Fact]:
    """Narrative facts of ``text`` (folded), in text order.

    ``mentions`` come from :func:`gknlp.numbers.scan`; non-facts and mentions inside ``exclude``
    spans are skipped.  ``model`` is a model directory path, a loaded :class:`gknlp.model.Model`,
    a ready :class:`gknlp.linking.Linker`, or None for the default model (alias-only linking when none is installed).
    """
    linker = get_linker(model)
    excluded = Spans(exclude)
    kept = sorted(
        (m for m in mentions if m.is_fact and m.value is not None and m.start not in excluded),
        key=lambda m: (m.start, m.end),
    )
    facts: list[Fact] = []
    linked: list[str | None] = []
    pairs = contexts(text, kept, sections)
    # the linker scores every labelled context of the document in one batch; the choice per fact
    # (which may avoid the total of a breakdown found so far) is made in text order below
    labelled = [k for k, (_, ctx) in enumerate(pairs) if ctx.label]
    scores = dict(zip(labelled, linker.scores_many([pairs[k][1] for k in labelled])))
    for k, (m, (lab, ctx)) in enumerate(zip(kept, pairs)):
        modifier = _modifier(m, lab.role)
        base: str | None
        if lab.role in ("change", "share") and lab.anchor is not None and linked[lab.anchor]:
            base, conf = split_modifier(linked[lab.anchor])[0], facts[lab.anchor].confidence
        else:
            if k in scores:
                base, conf = linker.decide(scores[k], avoid=_breakdown_total(text, kept, facts, lab, m))
            else:  # no label: Linker.link abstains
                base, conf = None, 0.5
            if base is None and (total := _scoped_part_of_total(text, facts, lab, m)) is not None:
                base, conf = total.indicator, total.confidence * 0.8
            if lab.role == "change" and lab.anchor is None and base is not None:
                base = split_modifier(base)[0]
        if base is not None and split_modifier(base)[1] is None and modifier:
            indicator: str | None = f"{base}.{modifier}"
        else:
            indicator = base
        if indicator is not None and lab.scope:
            conf *= SCOPE_CONFIDENCE
        facts.append(Fact(
            text=m.text, start=m.start, end=m.end, value=m.value, unit=m.unit, kind=m.kind,
            label=lab.label, indicator=indicator, source="narrative", approx=m.approx,
            confidence=round(float(conf), 4), scope=lab.scope, label_start=lab.start, label_end=lab.end,
            section=ctx.section,  # the title of the innermost section at m.start
        ))
        linked.append(indicator)
    facts.extend(_zero_facts(text, kept, sections, exclude))
    facts.sort(key=lambda f: (f.start, f.end, f.indicator or ""))
    return facts


def _total_before_qizhong(text: str, facts: Sequence[Fact], m: Mention) -> Fact | None:
    """The fact just before the "其中" that opens the breakdown holding ``m`` (or None)."""
    q = text.rfind("其中", max(0, m.start - 200), m.start)
    if q < 0:
        return None
    for f in reversed(facts):
        if f.end <= q:
            if f.indicator and split_modifier(f.indicator)[1]:
                continue  # "…357524条、增长2.45%。其中": the total is before its change
            return f if q - f.end <= 60 else None
    return None


def _breakdown_total(text: str, kept: Sequence[Mention], facts: Sequence[Fact], lab: Label,
                     m: Mention) -> str | None:
    """The indicator of the total that a "其中" item (without a scope of its own) breaks down:
    the item cannot be that total ("…发布信息6498条，其中，通过政务微博公开…1825条")."""
    if not lab.after_qizhong or lab.scope or lab.role != "value":
        return None
    f = _total_before_qizhong(text, facts, m)
    return f.indicator if f is not None and f.indicator and not f.scope else None


def _scoped_part_of_total(text: str, facts: Sequence[Fact], lab: Label, m: Mention) -> Fact | None:
    """For an unlinked "其中" item with a scope ("其中，市政府及市直单位公开信息57094条" after
    "全市主动公开各类政府信息357524条"): the whole-body total it is a part of, when the units fit."""
    if not lab.after_qizhong or not lab.scope or lab.role != "value":
        return None
    f = _total_before_qizhong(text, facts, m)
    if f is None or not f.indicator or f.scope or split_modifier(f.indicator)[1]:
        return None
    return f if unit_fits(f.indicator, m.unit, m.kind, "value") else None


def _zero_facts(text: str, kept: Sequence[Mention], sections: Sequence[Any],
                exclude: Sequence[tuple[int, int]]) -> list[Fact]:
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


def get_linker(model: Any = None) -> Linker:
    """A :class:`Linker` for ``model`` (path, loaded Model, or None = the default model)."""
    from gknlp import model as model_mod

    if model is None:
        return _default_linker()
    if isinstance(model, Linker):
        return model
    if isinstance(model, (str, Path)):
        loaded = model_mod.load_model(model)
    else:
        loaded = model
    return Linker(loaded.linker if loaded is not None else None)


@functools.lru_cache(maxsize=1)
def _default_linker() -> Linker:
    from gknlp import model as model_mod

    loaded = model_mod.load_model()
    return Linker(loaded.linker if loaded is not None else None)


# ---------------------------------------------------------------------------- training data
_CHANGE_START = regex.compile(r"(?:同比|环比)?(?:增长|下降|增加|减少|提高|提升|上升|降低|回落|减|增)")


def mention_from_gold(fact: Any) -> Mention:
    """A :class:`Mention` standing for an annotated fact (kind from its unit and indicator)."""
    tax = get_taxonomy()
    modifier = split_modifier(fact.indicator)[1] if fact.indicator else None
    is_change = modifier in ("yoy_pct", "yoy_abs") or bool(_CHANGE_START.match(fact.text))
    kind = "change" if is_change else (tax.unit_kind(fact.unit) or "count")
    return Mention(text=fact.text, start=fact.start, end=fact.end, value=fact.value, unit=fact.unit, kind=kind,
                   approx=bool(getattr(fact, "approx", False)), change="increase" if is_change else None)


def _doc_sections(text: str) -> list[Any]:
    try:
        from gknlp import segment
    except ImportError:  # pragma: no cover - segmenter not installed
        return []
    seg = getattr(segment, "segment", None)
    return list(seg(text)) if seg else []


def alias_examples(only: set[str] | None = None) -> list[LinkExample]:
    """One example per (alias, indicator) of the taxonomy (restricted to the ids in ``only``): the
    label alone, in the indicator's unit.  They teach the classifier the taxonomy's wording."""
    tax = get_taxonomy()
    out = []
    for alias, ids in sorted(tax.aliases().items()):
        if len(alias) < 2:
            continue
        for ind in sorted(ids):
            if only is not None and ind not in only:
                continue
            unit = tax.unit_of(ind)
            out.append(LinkExample(LinkContext(label=alias, unit=unit, kind=tax.unit_kind(unit) or "count"), ind))
    return out


def training_examples(docs: Sequence[Any], *, include_aliases: bool = True) -> list[LinkExample]:
    """Linker training examples from annotated documents (narrative facts with a value).

    Each gold fact gives two examples with the same context: one with the label the label finder
    produces (what the linker sees at run time) and one with the annotator's label.  The target is
    the gold base id (modifier stripped) or None.  Zero statements are skipped (they are linked by
    their patterns).  With ``include_aliases`` the taxonomy's :func:`alias_examples` of the ids the
    documents use are added (ids no document uses are left to the alias scorer, which keeps the
    classifier small and its training fast).
    """
    from gknlp.normalize import fold

    examples: list[LinkExample] = []
    for doc in sorted(docs, key=lambda d: d.doc):
        golds = sorted((f for f in doc.facts if f.source == "narrative" and not _is_zero_gold(f)),
                       key=lambda f: (f.start, f.end))
        if not golds:
            continue
        text = fold(doc.text)
        mentions = [mention_from_gold(f) for f in golds]
        for f, (lab, ctx) in zip(golds, contexts(text, mentions, _doc_sections(text))):
            base, modifier = split_modifier(f.indicator) if f.indicator else (None, None)
            if modifier in ("yoy_pct", "yoy_abs"):
                ctx.role = "change"
            elif modifier == "share_pct":
                ctx.role = "share"
            elif ctx.role in ("change", "share"):
                ctx.role = "value"
            examples.append(LinkExample(ctx, base))
            if f.label and fold(f.label) != ctx.label:
                gold_ctx = LinkContext(**{**ctx.to_dict(), "label": fold(f.label)})
                examples.append(LinkExample(gold_ctx, base))
    if include_aliases:
        examples.extend(alias_examples({e.indicator for e in examples if e.indicator}))
    return examples


def _is_zero_gold(f: Any) -> bool:
    """A gold zero statement (value 0 stated without a numeral: 未收到申请, 零投诉)."""
    return f.value == 0 and not regex.search(r"[0-9]", f.text) and not regex.fullmatch(r"[零〇]\S{0,2}", f.text)
