"""Narrative facts: numbers in running text → labelled, linked :class:`gknlp.report.Fact`.

``extract(text, mentions, sections, exclude, model)`` is the pipeline stage after
:func:`gknlp.numbers.scan`:

1. keep the mentions that are facts and lie outside ``exclude`` (tables);
2. find each one's label (:mod:`gknlp.labels`);
3. link the label to an indicator (:mod:`gknlp.linking`, with the trained model of
   :mod:`gknlp.model` when there is one).  A change ("增长89.87%") of a linked fact becomes
   ``<id>.yoy_pct`` (``.yoy_abs`` for counts), a share ("占60%") ``<id>.share_pct``;
4. add the zero statements of :mod:`gknlp.zeros` (未收到政府信息公开申请 → apply.received.total = 0).

Facts inside a sub-unit scope ("其中，市直单位收到依申请公开193件") keep the scope in
:attr:`Fact.scope`, are linked like the others and get a slightly lower confidence, so that the
whole-body value wins in :meth:`gknlp.report.Report.indicators`.
"""
from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, Sequence

import regex

from gknlp.labels import Label, find_labels
from gknlp.linking import LinkContext, LinkExample, Linker, unit_fits
from gknlp.numbers.mention import Mention
from gknlp.report import Fact
from gknlp.segment import sections_at
from gknlp.spans import Spans
from gknlp.taxonomy import get_taxonomy, split_modifier
from gknlp.wraps import Unwrapped, moved, soft_breaks
from gknlp.zeros import is_zero_gold, zero_facts

#: Confidence factor of facts qualified by a sub-unit scope.
SCOPE_CONFIDENCE = 0.9


def contexts(text: str, mentions: Sequence[Mention], sections: Sequence[Any],
             exclude: Sequence[tuple[int, int]] = (),
             soft: Sequence[tuple[int, int]] | None = None) -> list[tuple[Label, LinkContext]]:
    """Label and linking context of every mention (mentions sorted, facts only).  Soft line breaks
    (``soft``, by default :func:`gknlp.wraps.soft_breaks` outside ``exclude``) are read across."""
    labels = find_labels(text, mentions, exclude=exclude, soft=soft)
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
            exclude: Sequence[tuple[int, int]] = (), model: Any = None,
            soft: Sequence[tuple[int, int]] | None = None) -> list[Fact]:
    """Narrative facts of ``text`` (folded), in text order.

    ``mentions`` come from :func:`gknlp.numbers.scan`; non-facts and mentions inside ``exclude``
    spans are skipped.  ``model`` is a model directory path, a loaded :class:`gknlp.model.Model`,
    a ready :class:`gknlp.linking.Linker`, or None for the default model (alias-only linking when none is installed).
    ``soft`` are the soft line breaks (:func:`gknlp.wraps.soft_breaks` of ``text`` and ``exclude``,
    computed when not given).
    """
    linker = get_linker(model)
    excluded = Spans(exclude)
    kept = sorted(
        (m for m in mentions if m.is_fact and m.value is not None and m.start not in excluded),
        key=lambda m: (m.start, m.end),
    )
    facts: list[Fact] = []
    linked: list[str | None] = []
    soft = soft_breaks(text, exclude) if soft is None else soft
    sections = _whole_line_sections(sections, soft)
    pairs = contexts(text, kept, sections, soft=soft)
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
    facts.extend(_zero_facts(text, kept, sections, exclude, soft))
    facts.sort(key=lambda f: (f.start, f.end, f.indicator or ""))
    return facts


def _whole_line_sections(sections: Sequence[Any], soft: Sequence[tuple[int, int]]) -> Sequence[Any]:
    """``sections`` without those whose heading line ends at a soft line break: a wrapped prose line
    that happens to start with a list marker ("(二)着眼重点领域和民生关切,深化市场秩" / "序治理。一是…")
    is no heading — its title would be cut by the wrap."""
    if not soft:
        return sections
    breaks = Spans([(s, e + 1) for s, e in soft])  # the line's end … the next line's first character
    return [sec for sec in sections if getattr(sec, "heading_end", None) is None or sec.heading_end not in breaks]


def _zero_facts(text: str, kept: Sequence[Mention], sections: Sequence[Any],
                exclude: Sequence[tuple[int, int]], soft: Sequence[tuple[int, int]]) -> list[Fact]:
    """:func:`gknlp.zeros.zero_facts`, read across the soft line breaks of a hard-wrapped text
    (``没有收到…有关的行\\n政复议``); spans index ``text``, labels read without the breaks."""
    view = Unwrapped(text, soft)
    if not view:
        return zero_facts(text, kept, sections, exclude)
    skip = [(view.to_unwrapped(s), view.to_unwrapped(e)) for s, e in exclude]
    facts = zero_facts(view.text, moved(kept, view), (), skip)
    for f, sec in zip(facts, sections_at(sections, [view.to_original(f.start) for f in facts])):
        f.start, f.end = view.to_original(f.start), view.end_to_original(f.end)
        if f.label_start is not None and f.label_end is not None:
            f.label_start, f.label_end = view.to_original(f.label_start), view.end_to_original(f.label_end)
        f.text, f.section = text[f.start : f.end], getattr(sec, "title", None)
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
        golds = sorted((f for f in doc.facts if f.source == "narrative" and not is_zero_gold(f)),
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
