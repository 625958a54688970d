"""Linking: label + context → indicator id of the taxonomy (or None: abstain).

Two scorers are combined:

1. the **alias scorer** (no training needed): exact alias match of the label (after
   :func:`gknlp.taxonomy.fold_label`), then containment (an alias inside the label or the label
   inside an alias, longer matches score higher), containment with up to two short insertions
   (收到[有关]政府信息公开[的]申请) and character-bigram similarity; candidates whose
   unit does not fit the number (a percentage cannot be a count) are dropped, and ties are broken by
   the context (aliases of sibling indicators found in the sentence, its head label or the section
   title: 办结率 after 12345交办事项 is the hotline's, after 行政审批事项 the service centre's);
2. the **classifier** (a multinomial logistic regression trained on annotated reports, see
   :func:`fit_linker`): character n-grams of the label, the head label, the left context and the
   section title, the unit, the number's kind and role, and the alias scorer's candidates.  Numbers
   never enter as digits.  Its probabilities are the calibrated part of the confidence; the class
   ``None`` lets it say "no indicator".

Two rules keep the combination honest on reports unlike the training ones:

* a **subjectless label** (办结率, 群众满意率, 答复 … listed in gknlp/data/linking.yaml) names a
  measure but not whose: an id is kept only when the context (head label, sentence before, sentence
  opening, section title) names its subject (:func:`subject_evidence`), otherwise the fact is left
  unlinked (办结率 after 办理人大代表建议111件 is no indicator of the taxonomy);
* an id the classifier has **no class for** (no training report used it, e.g. procurement.amount)
  cannot be voted for by it, so its p(no indicator) — a prior learnt from other ids — weighs less
  against the alias (:data:`UNSEEN_NONE_POWER`).

:class:`Linker` returns ``(indicator, confidence)`` and abstains below :data:`THRESHOLD`.
Training is deterministic (sorted examples, fixed seed, lbfgs).
"""
from __future__ import annotations

import functools
import hashlib
import itertools
import json
import operator
from dataclasses import asdict, dataclass
from importlib import resources
from typing import TYPE_CHECKING, Iterable, Sequence

import numpy as np
import regex
import yaml

from gknlp.taxonomy import Taxonomy, fold_label, get_taxonomy, split_modifier

if TYPE_CHECKING:  # pragma: no cover
    from gknlp.model import Model

#: Below this combined score the linker abstains (indicator None).
THRESHOLD = 0.45
#: Weight of the alias score in the combined (noisy-OR) score.
ALIAS_WEIGHT = 0.9
#: Name of the feature set :func:`features` computes; models record it and are refused when it differs.
FEATURE_SET = "linker-features-1"
#: Sample weight of "no indicator" training examples (0.2–0.4 trade precision for recall at equal F1).
NONE_WEIGHT = 1.0
#: A clear exact alias is overruled only by p(no indicator) ** this (p 0.9 → 0.73 abstains, p 0.75 → 0.42 links).
EXACT_NONE_POWER = 3
#: Contexts scored together by :meth:`Linker.scores_many` (a chunk's probabilities take
#: SCORE_BATCH × classes × 8 bytes, about 1 MB).
SCORE_BATCH = 1024
#: Characters of the sentence before the label searched for aliases of other ids (context evidence).
EVIDENCE_WINDOW = 60
#: Characters at the start of the sentence searched for the subject of a subjectless label
#: ("九是12345热线方面，……群众满意率99.89%").
OPENING_WINDOW = 30
#: Factor on the score of an id whose subject the context of a subjectless label does not name.
UNSUPPORTED_SUBJECT_FACTOR = 0.3
#: An id the classifier has no class for (no training report used it) gets no vote from it, and its
#: p(no indicator) is a prior learnt from other ids' examples: it counts as p_none ** this.
UNSEEN_NONE_POWER = 2
#: An alias matched with insertions (制发[行政]规范性文件): at most this many insertions, of at most
#: GAPPED_MAX_INSERT characters each, in labels of at most GAPPED_MAX_LABEL characters; its score is
#: GAPPED_BASE + 0.4 × coverage (a contiguous containment scores 0.5 + 0.4 × coverage).
GAPPED_MAX_GAPS = 2
GAPPED_MAX_INSERT = 2
GAPPED_MAX_LABEL = 64
GAPPED_BASE = 0.45
#: Aliases matched with insertions have at least this many distinct bigrams (5 characters:
#: 专[兼]职人员 is no 专职人员).
GAPPED_MIN_BIGRAMS = 4
#: Class name of "no indicator" in the classifier.
NONE_CLASS = "__none__"
#: Unit-kind families whose values can be compared (a count may be written 条 or 件 or 次).
_FAMILIES = {"count": {"count"}, "times": {"count"}, "person": {"person"}, "person-time": {"count", "person"},
             "money": {"money"}, "percent": {"percent"}}


@dataclass
class LinkContext:
    """What the linker knows about one fact.  All text is folded (gknlp.normalize.fold)."""

    label: str
    head: str | None = None
    left: str = ""
    section: str | None = None
    section_kind: str | None = None
    unit: str | None = None
    kind: str = "count"
    role: str = "value"  # value | change | share | continued
    scope: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class LinkExample:
    """One training example: a context and its gold base indicator (modifier stripped) or None."""

    context: LinkContext
    indicator: str | None


# ---------------------------------------------------------------------------- alias scorer
class AliasIndex:
    """Aliases of the taxonomy, prepared for exact, containment and similarity look-up."""

    def __init__(self, taxonomy: Taxonomy) -> None:
        self.taxonomy = taxonomy
        self.exact: dict[str, list[str]] = {k: v for k, v in taxonomy.aliases().items() if k}
        self.items: list[tuple[str, tuple[str, ...]]] = sorted(
            ((a, tuple(ids)) for a, ids in self.exact.items() if len(a) >= 2),
            key=lambda x: (-len(x[0]), x[0]),
        )
        self.bigrams = {a: _bigrams(a) for a, _ in self.items}
        self.ids_of = dict(self.items)
        self.by_bigram: dict[str, list[str]] = {}
        for a, _ in self.items:
            for b in sorted(self.bigrams[a]):
                self.by_bigram.setdefault(b, []).append(a)
        # the same, vectorised: alias k is self.items[k]; its bigram count; alias rows per bigram
        self._aliases = [a for a, _ in self.items]
        self._sizes = [len(self.bigrams[a]) for a in self._aliases]
        self._size_array = np.array(self._sizes, dtype=np.int64)
        row = {a: k for k, a in enumerate(self._aliases)}
        self._rows_of = {b: np.array([row[a] for a in aliases], dtype=np.int64)
                         for b, aliases in self.by_bigram.items()}

    def _shared(self, bigrams: set[str]) -> np.ndarray | None:
        """``shared[k]`` = number of ``bigrams`` alias k has (None: no alias has any)."""
        rows = [r for b in bigrams if (r := self._rows_of.get(b)) is not None]
        if not rows:
            return None
        return np.bincount(np.concatenate(rows), minlength=len(self._aliases))

    def candidates(self, label: str) -> dict[str, float]:
        """Indicator id → alias score in [0, 1] for ``label`` (folded); cached per label."""
        return dict(self._candidates(_fold_label(label)))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one index per process
    def _candidates(self, key: str) -> tuple[tuple[str, float], ...]:
        out: dict[str, float] = {}
        if not key:
            return ()
        for i in self.exact.get(key, ()):
            out[i] = 1.0
        if out:
            return tuple(sorted(out.items()))
        lb = _bigrams(key)
        nk = len(lb)
        # shared = |bigrams(key) ∩ bigrams(alias)| for every alias; the aliases the loop below would
        # skip on the counts alone (no containment possible, Jaccard < 0.5) are dropped by numpy
        counts = self._shared(lb)
        if counts is None:
            return ()
        sizes = self._size_array
        gapped = len(key) <= GAPPED_MAX_LABEL
        # an insertion breaks one bigram of the alias: a gapped match keeps all but GAPPED_MAX_GAPS
        may_gap = (sizes >= GAPPED_MIN_BIGRAMS) & (counts + GAPPED_MAX_GAPS >= sizes) if gapped else False
        keep = np.flatnonzero((counts > 0) & ((counts >= sizes) | (counts >= nk) | (3 * counts >= nk + sizes)
                                              | may_gap))
        for k, shared in zip(keep.tolist(), counts[keep].tolist()):
            alias, na = self._aliases[k], self._sizes[k]
            if shared < na and shared < nk:  # neither string can contain the other: similarity only
                s = 0.0
                if gapped and na >= GAPPED_MIN_BIGRAMS and _gapped_in(alias, key):  # 制发(行政)规范性文件
                    s = GAPPED_BASE + 0.4 * len(alias) / len(key)
                if 3 * shared >= nk + na:  # Jaccard shared / (nk + na - shared) >= 0.5
                    s = max(s, 0.3 + 0.4 * (shared / (nk + na - shared)))
                if not s:
                    continue
            elif alias in key:
                cov = len(alias) / len(key)
                s = 0.5 + 0.4 * cov
            elif len(key) >= 3 and key in alias and 3 * len(key) > 2 * len(alias):
                s = 0.35 + 0.35 * len(key) / len(alias)
            elif key in alias:
                continue
            else:
                sim = shared / (nk + na - shared)  # = |lb ∩ ab| / |lb ∪ ab|
                if sim < 0.5:
                    continue
                s = 0.3 + 0.4 * sim
            for i in self.ids_of[alias]:
                if s > out.get(i, 0.0):
                    out[i] = s
        return tuple(sorted(out.items()))

    def siblings(self, ind_id: str) -> list[str]:
        """Other ids with the same parent (interaction.meeting_attendance.sessions → .persons)."""
        parent = _parent(ind_id)
        return [i for i in self.taxonomy.ids() if i != ind_id and _parent(i) == parent
                and self.taxonomy[i].column in (None, "total")]

    def found_in(self, text: str) -> set[str]:
        """Ids one of whose aliases (≥ 3 characters, or 12345) occurs in ``text``."""
        return set(self._found_in(_fold_label(text)))

    def subjects_in(self, text: str) -> frozenset[str]:
        """:meth:`found_in` without the aliases that are (part of) a subjectless label (满意率,
        按时办结 … name no subject)."""
        return self._found_in(_fold_label(text), subjects_only=True)

    @functools.cached_property
    def subjectless_aliases(self) -> frozenset[str]:
        """The aliases contained in a subjectless label (按时办结 in 按时办结率)."""
        words = subjectless_labels()
        return frozenset(a for a in self.exact if any(a in w for w in words))

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - one index per process
    def _found_in(self, key: str, subjects_only: bool = False) -> frozenset[str]:
        found: set[str] = set()
        counts = self._shared(_bigrams(key))
        if counts is None:
            return frozenset()
        skip = self.subjectless_aliases if subjects_only else frozenset()
        for k in np.flatnonzero(counts == self._size_array).tolist():  # all its bigrams are in key
            alias = self._aliases[k]
            if (len(alias) >= 3 or alias.isdigit()) and alias in key and alias not in skip:
                found.update(self.ids_of[alias])
        return frozenset(found)

    def subjectless_candidates(self, label: str) -> frozenset[str]:
        """Ids of the subjectless aliases inside the (folded, subjectless) ``label``: 群众满意率 →
        the hotline's and the service centre's satisfaction rates."""
        return frozenset(i for w in subjectless_labels() if w in label for i in self.exact.get(w, ()))


#: fold_label is pure; labels, heads and contexts repeat across the facts of a corpus.
_fold_label = functools.lru_cache(maxsize=1 << 16)(fold_label)


def _gapped_in(alias: str, key: str) -> bool:
    """Does ``alias`` occur in ``key`` with at most :data:`GAPPED_MAX_GAPS` insertions of at most
    :data:`GAPPED_MAX_INSERT` characters each (制发规范性文件 in 制发行政规范性文件, 网站发布信息 in
    网站发布各类信息)?  Greedy from every start; ``key`` is at most GAPPED_MAX_LABEL characters."""
    first = alias[0]
    start = key.find(first)
    while start >= 0:
        pos, gaps, ok = start + 1, 0, True
        for ch in alias[1:]:
            found = key.find(ch, pos, pos + GAPPED_MAX_INSERT + 1)
            if found < 0:
                ok = False
                break
            if found > pos:
                gaps += 1
                if gaps > GAPPED_MAX_GAPS:
                    ok = False
                    break
            pos = found + 1
        if ok:
            return True
        start = key.find(first, start + 1)
    return False


def _bigrams(s: str) -> set[str]:
    return {s[i : i + 2] for i in range(len(s) - 1)}


@functools.lru_cache(maxsize=1)
def alias_index() -> AliasIndex:
    """The alias index of the packaged taxonomy (built once)."""
    return AliasIndex(get_taxonomy())


@functools.lru_cache(maxsize=1)
def subjectless_labels() -> frozenset[str]:
    """The folded labels that name a measure but not its subject (gknlp/data/linking.yaml)."""
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("linking.yaml").read_text(encoding="utf-8"))
    return frozenset(fold_label(w) for w in data["subjectless_labels"])


def subject_evidence(ctx: LinkContext, index: AliasIndex | None = None) -> frozenset[str] | None:
    """For a fact whose whole label is subjectless (办结率, 群众满意率 …, see
    :func:`subjectless_labels`): the ids named by the context (head label, the sentence before the
    label, the sentence opening, the section title), subjectless aliases excluded.  None when the
    label names its own subject."""
    if _fold_label(ctx.label) not in subjectless_labels():
        return None
    index = index or alias_index()
    _, head, left, section = _evidence_sources(ctx)
    found: frozenset[str] = frozenset()
    for source in (head, left, ctx.left[:OPENING_WINDOW], section):
        if source:
            found |= index.subjects_in(source)
    return found


@functools.lru_cache(maxsize=1 << 12)
def _subject_supported(ind_id: str, evidence: frozenset[str]) -> bool:
    """Does the context ``evidence`` name the subject of ``ind_id``?  Its parent for an indicator
    of a subject (interaction.hotline.satisfaction_rate ← interaction.hotline.handled), any id of
    the group for a group-level indicator (apply.on_time_rate ← apply.received.total)."""
    parent = _parent(ind_id)
    if "." not in parent:
        return any(_group(e) == parent for e in evidence)
    return any(e.startswith(parent + ".") for e in evidence)


def unit_fits(ind_id: str, unit: str | None, kind: str, role: str) -> bool:
    """Can a number with this unit/kind be a value of ``ind_id`` (base id, role applied later)?

    Counts (件/条/次 …) fit counts, persons (人/名) fit persons, 人次 fits both; percentages and
    money fit only their own kind."""
    if role in ("change", "share"):
        return True
    return _unit_fits(ind_id, unit, kind)


@functools.lru_cache(maxsize=1 << 14)
def _unit_fits(ind_id: str, unit: str | None, kind: str) -> bool:
    """:func:`unit_fits` for roles other than change/share (cached: the taxonomy is loaded once)."""
    tax = get_taxonomy()
    want = tax.unit_kind(tax.unit_of(ind_id))
    have = tax.unit_kind(unit) if unit else kind
    if have not in _FAMILIES or want not in _FAMILIES:
        return True
    return bool(_FAMILIES[have] & _FAMILIES[want])


@functools.lru_cache(maxsize=1 << 12)
def _parent(ind_id: str) -> str:
    return ind_id.rsplit(".", 1)[0]


@functools.lru_cache(maxsize=1 << 12)
def _group(ind_id: str) -> str:
    """The indicator's group (its first component: apply, proactive …)."""
    return ind_id.split(".")[0]


def alias_scores(ctx: LinkContext, index: AliasIndex | None = None) -> dict[str, float]:
    """Alias-scorer candidates for ``ctx`` (unit-filtered, context-tie-broken), id → score."""
    index = index or alias_index()
    any_unit = ctx.role in ("change", "share")  # unit_fits is always true for them
    unit, kind = ctx.unit, ctx.kind
    evidence = subject_evidence(ctx, index)
    if evidence is not None:  # 办结率: the ids of the subject the context names, none without one
        return {i: 1.0 for i in sorted(index.subjectless_candidates(_fold_label(ctx.label)))
                if (any_unit or _unit_fits(i, unit, kind)) and _subject_supported(i, evidence)}
    found = index._candidates(_fold_label(ctx.label))
    if not found and ctx.head and ctx.role == "continued":
        found = index._candidates(_fold_label(ctx.head))
    cands = {i: s for i, s in found if any_unit or _unit_fits(i, unit, kind)}
    if found and not cands:  # "旁听政府常务会6次18人": a sibling of the label's id in the right unit
        for i, s in found:
            for sib in index.siblings(i):
                if unit_fits(sib, ctx.unit, ctx.kind, ctx.role):
                    cands[sib] = max(cands.get(sib, 0.0), s * 0.8)
    if len(cands) > 1:
        # evidence in order of strength: the rest of the label ("12345热线群众满意率"), the head
        # label, the sentence before, the section title
        for n, source in enumerate(_evidence_sources(ctx)):
            context_ids = index.found_in(source) if source else set()
            if n == 0:
                context_ids -= set(cands)
            parents = {_parent(i) for i in context_ids}
            groups = {_group(i) for i in context_ids}
            bonus = {i: 0.12 if _parent(i) in parents else 0.06 if _group(i) in groups else 0.0
                     for i in cands}
            if len(set(bonus.values())) > 1:
                for i in cands:
                    cands[i] += bonus[i]
                break
        top = max(cands.values())
        n_top = sum(1 for s in cands.values() if s >= top - 1e-9)
        if n_top > 1:  # unresolved tie: lower confidence; the more specific id (deeper) first
            for i in cands:
                if cands[i] >= top - 1e-9:
                    cands[i] = top * 0.85 + 0.001 * i.count(".")
    top = max(cands.values(), default=1.0)
    if top <= 1.0:
        return cands
    scale = 1.0 / top  # keep the context's ordering when bonuses pass 1
    return {i: s * scale for i, s in cands.items()}


def _evidence_sources(ctx: LinkContext) -> tuple[str, str, str, str]:
    """Where context evidence for an id is looked for, strongest first: the label itself, the head
    label, the last :data:`EVIDENCE_WINDOW` characters of the sentence before the label, the
    section title."""
    left = ctx.left[: -len(ctx.label)] if ctx.label and ctx.left.endswith(ctx.label) else ctx.left
    return ctx.label, ctx.head or "", left[-EVIDENCE_WINDOW:], ctx.section or ""


# ---------------------------------------------------------------------------- classifier features
def _ngrams(prefix: str, s: str, ns: Sequence[int]) -> list[str]:
    return list(_ngrams_cached(prefix, s, tuple(ns)))


@functools.lru_cache(maxsize=1 << 15)
def _ngrams_cached(prefix: str, s: str, ns: tuple[int, ...]) -> tuple[str, ...]:
    s = _fold_label(s)
    out: list[str] = []
    for n in ns:
        out.extend(f"{prefix}{n}:{s[i:i + n]}" for i in range(len(s) - n + 1))
    return tuple(out)


_DIGITS = regex.compile(r"[0-9]+(?:\.[0-9]+)?")


@functools.lru_cache(maxsize=1 << 15)
def _label_features(label: str) -> tuple[str, ...]:
    """Features of the label: character 1-3-grams and its last two characters (digits → #)."""
    label = _DIGITS.sub("#", label)
    return _ngrams_cached("L", label, (1, 2, 3)) + ("LE:" + _fold_label(label)[-2:],)


@functools.lru_cache(maxsize=1 << 15)
def _text_features(prefix: str, text: str) -> tuple[str, ...]:
    """Character bigrams of the head label (``H``) or the left context (``C``), digits → #."""
    return _ngrams_cached(prefix, _DIGITS.sub("#", text), (2,))


@functools.lru_cache(maxsize=1 << 12)
def _meta_features(unit: str | None, kind: str, role: str, section_kind: str | None,
                   scoped: bool) -> tuple[str, ...]:
    tax = get_taxonomy()
    return (f"U:{unit}", f"UK:{tax.unit_kind(unit)}", f"K:{kind}", f"R:{role}", f"SK:{section_kind}",
            f"SC:{scoped}")


def _part_keys(ctx: LinkContext) -> tuple[str, str, str, tuple]:
    """What the four alias-independent feature parts of ``ctx`` are computed from: the label, the
    head label, the last 16 characters of the left context, and the meta fields."""
    return (ctx.label, ctx.head or "", ctx.left[-16:],
            (ctx.unit, ctx.kind, ctx.role, ctx.section_kind, ctx.scope is not None))


#: The feature part computed from each key of :func:`_part_keys` (all cached functions).
_PART_MAKERS = (_label_features, functools.partial(_text_features, "H"), functools.partial(_text_features, "C"),
                lambda meta: _meta_features(*meta))


def _feature_parts(ctx: LinkContext) -> tuple[tuple[str, ...], ...]:
    """The alias-independent features of ``ctx`` in four cached parts (label, head, left, meta)."""
    return tuple(make(key) for make, key in zip(_PART_MAKERS, _part_keys(ctx)))


def _alias_top(alias: dict[str, float]) -> tuple[str, ...]:
    """The (at most) three best alias candidates, best first (ties: by id)."""
    if len(alias) < 2:
        return tuple(alias)
    return tuple(i for i, _ in sorted(alias.items(), key=lambda x: (-x[1], x[0]))[:3])


@functools.lru_cache(maxsize=1 << 12)
def _alias_top_features(top: tuple[str, ...]) -> tuple[str, ...]:
    """Features of the best alias candidates ``top`` (their ids and groups), ``A:none`` for none."""
    feats: list[str] = []
    for i in top:
        feats.append(f"A:{i}")
        feats.append(f"AG:{i.split('.')[0]}")
    if not top:
        feats.append("A:none")
    return tuple(feats)


def _alias_features(alias: dict[str, float]) -> list[str]:
    return list(_alias_top_features(_alias_top(alias)))


#: :data:`_PART_MAKERS` and the maker of the alias part (keyed by :func:`_alias_top`).
_ALL_PART_MAKERS = (*_PART_MAKERS, _alias_top_features)


def features(ctx: LinkContext, alias: dict[str, float] | None = None) -> list[str]:
    """Sparse string features of a context (digits replaced by their shape)."""
    feats: list[str] = []
    for part in _feature_parts(ctx):
        feats.extend(part)
    if alias is None:
        alias = alias_scores(ctx)
    feats.extend(_alias_features(alias))
    return feats


@dataclass
class LinkerWeights:
    """A trained linear classifier: feature vocabulary, class names, weights (n_classes × n_features)."""

    vocab: dict[str, int]
    classes: list[str]
    coef: np.ndarray
    intercept: np.ndarray

    def predict_proba(self, feats: Iterable[str]) -> np.ndarray:
        vocab = self.vocab
        return self.proba_of_indices(sorted({vocab[f] for f in feats if f in vocab}))

    def class_index(self) -> dict[str, int]:
        """Class name → row of ``coef`` (cached)."""
        cached = self.__dict__.get("_class_index")
        if cached is None or cached[0] != self.classes:
            cached = self.__dict__["_class_index"] = (list(self.classes), {c: i for i, c in enumerate(self.classes)})
        return cached[1]

    def _part_indices(self, ctx: LinkContext, alias: dict[str, float]) -> list[np.ndarray]:
        """Vocabulary indices of the five feature parts of ``ctx`` (label, head, left context, meta,
        alias candidates), each a sorted int64 array memoised per weights, keyed by what the part
        is computed from.  Parts never share a feature (their names have distinct prefixes)."""
        caches = self.__dict__.get("_part_caches")
        if caches is None:
            caches = self.__dict__["_part_caches"] = tuple({} for _ in _ALL_PART_MAKERS)
        vocab = self.vocab
        out = []
        for cache, make, key in zip(caches, _ALL_PART_MAKERS, (*_part_keys(ctx), _alias_top(alias))):
            found = cache.get(key)
            if found is None:
                if len(cache) > 1 << 16:
                    cache.clear()
                found = cache[key] = np.array(sorted({vocab[f] for f in make(key) if f in vocab}), dtype=np.int64)
            out.append(found)
        return out

    def indices(self, ctx: LinkContext, alias: dict[str, float]) -> list[int]:
        """Sorted, distinct vocabulary indices of the active features of ``ctx`` (``alias``: its
        alias-scorer candidates) — the columns :func:`features` would switch on."""
        return sorted(set().union(*(part.tolist() for part in self._part_indices(ctx, alias))))

    def proba_of_indices(self, idx: list[int]) -> np.ndarray:
        """Class probabilities given the sorted, distinct vocabulary indices of the active features."""
        return self.proba_rows([idx])[0]

    def proba_rows(self, rows: Sequence[Sequence[int]]) -> np.ndarray:
        """Class probabilities (``len(rows)`` × classes) of many feature rows, each the sorted,
        distinct vocabulary indices of the active features."""
        lengths = np.array([len(r) for r in rows], dtype=np.int64)
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        np.cumsum(lengths, out=indptr[1:])
        indices = np.fromiter(itertools.chain.from_iterable(rows), dtype=np.int64, count=int(indptr[-1]))
        return self._proba_csr(indptr, indices)

    def proba_contexts(self, ctxs: Sequence[LinkContext], aliases: Sequence[dict[str, float]]) -> np.ndarray:
        """:meth:`proba_rows` of the contexts' :meth:`indices` (``aliases``: their alias candidates),
        with the rows assembled and sorted by numpy from the memoised part indices."""
        n = len(ctxs)
        parts = [self._part_indices(ctx, alias) for ctx, alias in zip(ctxs, aliases)]
        lengths = [sum(map(len, row)) for row in parts]
        flat = [p for row in parts for p in row if len(p)]
        if not flat:
            return self._proba_csr(np.zeros(n + 1, dtype=np.int64), np.zeros(0, dtype=np.int64))
        width = len(self.vocab) + 1
        # each row is a few sorted runs (its parts): a stable sort (timsort) merges them in linear time
        keys = np.sort(np.repeat(np.arange(n, dtype=np.int64), lengths) * width + np.concatenate(flat), kind="stable")
        if len(keys) > 1 and (keys[1:] == keys[:-1]).any():  # cannot happen while parts are disjoint
            keys = np.unique(keys)
        # keys are sorted by row, then by vocabulary index
        indptr = np.zeros(n + 1, dtype=np.int64)
        np.cumsum(np.bincount(keys // width, minlength=n), out=indptr[1:])
        return self._proba_csr(indptr, keys % width)

    def _proba_csr(self, indptr: np.ndarray, indices: np.ndarray) -> np.ndarray:
        """Class probabilities of the rows of a 0/1 CSR matrix of active features, in one sparse
        product and one softmax.

        Each row's weights are summed in the weights' precision, column after column in index order
        (a CSR product with unit data), then added to the intercept in float64 — bit for bit what
        ``intercept + coef[:, row].sum(axis=1)`` gives for one row, whatever the number of rows
        scored together.
        """
        coef_t = self._coef_t()
        n = len(indptr) - 1
        if len(indices):
            from scipy.sparse import csr_matrix

            index_type = np.int32 if coef_t.shape[0] < 2**31 and len(indices) < 2**31 else np.int64
            active = csr_matrix((np.ones(len(indices), dtype=coef_t.dtype), indices.astype(index_type),
                                 indptr.astype(index_type)), shape=(n, coef_t.shape[0]))
            z = np.asarray(active @ coef_t, dtype=np.float64)
            z += self.intercept.astype(np.float64)  # (x + intercept == intercept + x: IEEE addition commutes)
        else:
            z = np.empty((n, coef_t.shape[1]), dtype=np.float64)
            z[:] = self.intercept.astype(np.float64)
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        return p

    def _coef_t(self) -> np.ndarray:
        """``coef`` transposed to features × classes, C-ordered (for the sparse product); cached."""
        cached = self.__dict__.get("_coef_t_cache")
        if cached is None or cached[0] is not self.coef:
            cached = self.__dict__["_coef_t_cache"] = (self.coef, np.ascontiguousarray(self.coef.T))
        return cached[1]


def fit_linker(examples: Sequence[LinkExample], *, seed: int = 0, C: float = 0.3,
               min_count: int = 2, none_weight: float = NONE_WEIGHT) -> LinkerWeights:
    """Fit the linking classifier on ``examples`` (deterministic: examples sorted, fixed seed).

    Each example's ``indicator`` is a base id (modifiers stripped) or None (→ class ``__none__``).
    The alias candidates are computed here, so callers pass contexts only.  Features seen in fewer
    than ``min_count`` examples are dropped; "no indicator" examples (numbers of any kind in any
    text) weigh ``none_weight`` so that they do not drown the indicators.  Returns the weights
    ready for :class:`Linker` / :func:`gknlp.model.save_model`.
    """
    from sklearn.linear_model import LogisticRegression

    rows = sorted(
        ((features(e.context), e.indicator or NONE_CLASS) for e in examples),
        key=lambda r: (r[1], "\x00".join(r[0])),
    )
    if not rows:
        raise ValueError("fit_linker: no examples")
    counts: dict[str, int] = {}
    for feats, _ in rows:
        for f in set(feats):
            counts[f] = counts.get(f, 0) + 1
    vocab = {f: i for i, f in enumerate(sorted(f for f, n in counts.items() if n >= min_count))}
    classes = sorted({y for _, y in rows})
    from scipy.sparse import csr_matrix

    data, ind, ptr = [], [], [0]
    for feats, _ in rows:
        cols = sorted({vocab[f] for f in feats if f in vocab})
        ind.extend(cols)
        data.extend([1.0] * len(cols))
        ptr.append(len(ind))
    X = csr_matrix((np.array(data), np.array(ind), np.array(ptr)), shape=(len(rows), len(vocab)))
    y = np.array([classes.index(r[1]) for r in rows])
    if len(classes) == 1:
        coef = np.zeros((1, len(vocab)), dtype=np.float32)
        return LinkerWeights(vocab, classes, coef, np.zeros(1, dtype=np.float32))
    clf = LogisticRegression(C=C, max_iter=300, tol=1e-3, random_state=seed)
    none_idx = classes.index(NONE_CLASS) if NONE_CLASS in classes else -1
    clf.fit(X, y, sample_weight=np.where(y == none_idx, none_weight, 1.0))
    coef = clf.coef_
    intercept = clf.intercept_
    if len(classes) == 2:  # binary sklearn output → two-class softmax form
        coef = np.vstack([-coef[0] / 2, coef[0] / 2])
        intercept = np.array([-intercept[0] / 2, intercept[0] / 2])
    return LinkerWeights(vocab, classes, coef.astype(np.float32), intercept.astype(np.float32))


# ---------------------------------------------------------------------------- the linker
class Linker:
    """Combines the alias scorer with an optional trained classifier."""

    def __init__(self, weights: LinkerWeights | None = None, threshold: float = THRESHOLD,
                 alias_weight: float = ALIAS_WEIGHT) -> None:
        self.weights = weights
        self.threshold = threshold
        self.alias_weight = alias_weight
        self.index = alias_index()

    def scores(self, ctx: LinkContext) -> dict[str, float]:
        """Combined score of every candidate id (``None`` under key ``__none__``)."""
        return self.scores_many([ctx])[0]

    def scores_many(self, ctxs: Sequence[LinkContext]) -> list[dict[str, float]]:
        """:meth:`scores` of many contexts (e.g. all facts of a document): the classifier scores them
        all in one vectorised call (:meth:`LinkerWeights.proba_rows`), with the same results.  Long
        documents are scored in chunks of :data:`SCORE_BATCH` contexts (memory stays bounded)."""
        if len(ctxs) > SCORE_BATCH:
            return [s for k in range(0, len(ctxs), SCORE_BATCH) for s in self.scores_many(ctxs[k : k + SCORE_BATCH])]
        aliases = [alias_scores(ctx, self.index) for ctx in ctxs]
        if self.weights is None:
            return [dict(alias) for alias in aliases]
        w = self.weights
        proba = w.proba_contexts(ctxs, aliases)
        classes = w.classes
        col = w.class_index()
        none_col = col.get(NONE_CLASS)
        # classes with p >= 0.05, per row (the classifier's own candidates)
        likely: list[list[str]] = [[] for _ in ctxs]
        for r, c in zip(*(a.tolist() for a in np.nonzero(proba >= 0.05))):
            likely[r].append(classes[c])
        return [self._combine(ctx, alias, proba, r, col, none_col, likely[r])
                for r, (ctx, alias) in enumerate(zip(ctxs, aliases))]

    def _combine(self, ctx: LinkContext, alias: dict[str, float], proba: np.ndarray, r: int,
                 col: dict[str, int], none_col: int | None, likely: list[str]) -> dict[str, float]:
        """Noisy-OR of the alias scores and the classifier's row ``r`` of ``proba`` for ``ctx``."""
        p_none = proba.item(r, none_col) if none_col is not None else 0.0
        any_unit = ctx.role in ("change", "share")  # unit_fits is always true for them
        unit, kind = ctx.unit, ctx.kind
        out: dict[str, float] = {}
        for i in alias.keys() | likely:
            if i == NONE_CLASS:
                out[i] = p_none
            elif any_unit or _unit_fits(i, unit, kind):
                # noisy-OR of the two scorers; the alias counts unless "no indicator" is likely
                c = col.get(i)
                p = proba.item(r, c) if c is not None else 0.0
                pn = p_none if c is not None else p_none ** UNSEEN_NONE_POWER
                out[i] = 1.0 - (1.0 - self.alias_weight * alias.get(i, 0.0) * (1.0 - pn)) * (1.0 - p)
        evidence = subject_evidence(ctx, self.index)
        if evidence is not None:  # a subjectless label: ids whose subject the context does not name are unlikely
            for i in out:
                if i != NONE_CLASS and not _subject_supported(i, evidence):
                    out[i] *= UNSUPPORTED_SUBJECT_FACTOR
        ranked = sorted(alias.values(), reverse=True)
        if ranked and ranked[0] >= 0.99 and (len(ranked) == 1 or ranked[1] <= ranked[0] - 0.05):
            top = max(alias, key=alias.get)  # a clear exact alias: only a confident "no indicator" overrules it
            if top in out:
                p_none = p_none ** (EXACT_NONE_POWER * (1 if top in col else UNSEEN_NONE_POWER))
                out[top] = max(out[top], 1.0 - p_none)
                if NONE_CLASS in out:
                    out[NONE_CLASS] = p_none
        return out

    def link(self, ctx: LinkContext, avoid: str | None = None) -> tuple[str | None, float]:
        """``(indicator id, confidence)``, or ``(None, confidence of abstaining)``.

        ``avoid`` is an id the fact cannot have (the total a "其中" breakdown belongs to)."""
        if not ctx.label:
            return None, 0.5
        return self.decide(self.scores(ctx), avoid)

    def decide(self, scores: dict[str, float], avoid: str | None = None) -> tuple[str | None, float]:
        """:meth:`link` given the context's :meth:`scores` (computed beforehand, e.g. by
        :meth:`scores_many`); ``scores`` is not modified."""
        if avoid is not None and avoid in scores:
            others = [v for k, v in scores.items() if k not in (avoid, NONE_CLASS)]
            if others and max(others) >= 0.9 * scores[avoid]:  # a close reading that is not the total
                scores = {k: v for k, v in scores.items() if k != avoid}
        if not scores:
            return None, 0.5
        # the best score; among equal ones the smallest id
        best, score = next(iter(scores.items())) if len(scores) == 1 else max(sorted(scores.items()), key=_score_of)
        if best == NONE_CLASS or score < self.threshold:
            return None, round(1.0 - min(score, 1.0) if best != NONE_CLASS else score, 4)
        return best, round(min(score, 1.0), 4)


_score_of = operator.itemgetter(1)


def base_and_role(indicator: str | None) -> tuple[str | None, str | None]:
    """Gold id → (base id, modifier) — 'a.b.yoy_pct' → ('a.b', 'yoy_pct')."""
    if indicator is None:
        return None, None
    return split_modifier(indicator)


def examples_checksum(examples: Sequence[LinkExample]) -> str:
    """sha256 of the examples (order-independent), recorded in model metadata."""
    lines = sorted(json.dumps([e.context.to_dict(), e.indicator], ensure_ascii=False, sort_keys=True)
                   for e in examples)
    return hashlib.sha256("\n".join(lines).encode("utf-8")).hexdigest()
