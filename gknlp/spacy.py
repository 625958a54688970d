"""gknlp as a spaCy pipeline component.

>>> import gknlp.spacy
>>> nlp = gknlp.spacy.blank()                     # zh + jieba with gknlp's domain dictionary + "gknlp"
>>> doc = nlp("2017年共受理行政审批事项193371件，办结率100%")
>>> [(s.text, s.label_, s._.value, s._.unit) for s in doc.spans["gknlp"]]

or, with spaCy's own constructor (the ``gknlp`` factory is found through the package's
``spacy_factories`` entry point, no import needed)::

    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "jieba"}}})
    nlp.add_pipe("gknlp")

What the component sets (for every fact of :func:`gknlp.parse_report` on ``doc.text``):

- ``doc.spans[spans_key]``: one span per fact, label = indicator id, or ``unlinked_label`` ("FACT").
  Fact offsets are characters; when they do not fall on token boundaries the span is widened to
  the covering tokens (``alignment_mode="expand"``) — never dropped — and the exact character span
  stays on ``span._.char_start`` / ``span._.char_end`` (``span._.aligned`` tells which case).
- span extensions ``_.fact`` (a :class:`gknlp.report.Fact`), ``_.value``, ``_.unit``,
  ``_.indicator``, ``_.char_start``, ``_.char_end``, ``_.aligned``.
- ``doc._.indicators`` (``Report.indicators()``) and ``doc._.gknlp_meta`` (year/body/format).

Tokenizer choice: spaCy's ``ChineseTokenizer`` segments with the *global* ``jieba`` module; gknlp
never modifies that global.  :func:`blank` uses the registered tokenizer
``gknlp.ChineseTokenizer.v1`` (:class:`DomainChineseTokenizer`, entry point ``spacy_tokenizers``),
which segments with gknlp's private :func:`gknlp.tokenize.get_tokenizer` — a ``jieba.Tokenizer``
with the taxonomy's domain dictionary, loaded once per process — and never initialises the
global jieba.  With spaCy's stock jieba tokenizer, the factory (``domain_dictionary=True``, the
default) swaps that tokenizer's segmenter for the same private one; the config keeps the stock
entry, and the component re-attaches the segmenter whenever it is re-created (``spacy.load``).
Tokens only matter for span alignment: the facts themselves come from gknlp's character-level
extractor and are identical whatever the tokenizer.

Storage: all per-fact data lives in ``doc.user_data`` as plain dicts keyed by the span's
``span.id_`` (``"gknlp:<spans_key>:<n>"``), so docs survive ``Doc.to_bytes``, ``DocBin``
(``store_user_data=True``) and ``nlp.pipe(n_process=2)``, and two facts that widen to the same
tokens keep their own values (spaCy keys plain span extensions by character offsets only).
"""
from __future__ import annotations

import bisect
import json
import shutil
import warnings
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

import jieba
import spacy
from spacy.lang.zh import ChineseTokenizer
from spacy.language import Language
from spacy.pipeline import Pipe
from spacy.scorer import Scorer
from spacy.tokens import Doc, Span, SpanGroup
from spacy.training import Example
from spacy.util import minibatch

from gknlp import __version__
from gknlp.config import MAX_DOCUMENT_CHARS
from gknlp.interop import indicator_labels
from gknlp.pipeline import parse_report
from gknlp.report import Fact, Report
from gknlp.taxonomy import get_taxonomy

#: Factory name (also the entry point name in pyproject.toml) and default span key.
FACTORY = "gknlp"
DEFAULT_SPANS_KEY = "gknlp"
DEFAULT_UNLINKED_LABEL = "FACT"
#: Longest run of jieba word characters segmented in one piece (see :class:`_Segmenter`).
MAX_JIEBA_BLOCK = 500
#: Registered tokenizer name (entry point ``spacy_tokenizers`` in pyproject.toml).
TOKENIZER = "gknlp.ChineseTokenizer.v1"
#: ``user_data`` key prefix of the per-span fact records.
_USER_DATA = "gknlp.fact"
_CFG_FILE = "cfg.json"
_MODEL_DIR = "model"

#: Colour of each taxonomy group in displaCy (labels are indicator ids; FACT is grey).
_GROUP_COLOURS = ("#7aecec", "#bfeeb7", "#feca74", "#ff9561", "#aa9cfc", "#c887fb", "#9cc9cc",
                  "#ffeb80", "#ff8197", "#f0d0ff", "#e4e7d2", "#bfe1d9", "#e2bbaa", "#c5d5f0", "#f9c6c9")
_UNLINKED_COLOUR = "#dddddd"


# ----------------------------------------------------------------------------- extensions
def register_extensions() -> None:
    """Register the ``Doc``/``Span`` extensions (idempotent; done on import).  The span
    extensions are getters reading the fact record stored for the span (see the module docstring)."""
    for name, getter in _SPAN_GETTERS.items():
        if not Span.has_extension(name) or Span.get_extension(name)[2] is not getter:
            Span.set_extension(name, getter=getter, force=True)
    for name in ("indicators", "gknlp_meta"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def _record(span: Span) -> dict[str, Any] | None:
    """The stored fact record of a span made by gknlp (None for other spans)."""
    if not span.id:
        return None
    return span.doc.user_data.get((_USER_DATA, span.id_))


def _span_fact(span: Span) -> Any:
    """The fact behind a span: a :class:`Fact` for component output; a ``GoldFact`` (or
    ``NonFact``) for annotations exported with :func:`gknlp.interop.to_docbin`."""
    rec = _record(span)
    return None if rec is None else _rebuild(rec)


def _rebuild(rec: dict[str, Any]) -> Any:
    if rec["type"] == "fact":
        return Fact.from_dict(rec["fact"])
    from gknlp.training.annotations import GoldFact, NonFact

    return (GoldFact if rec["type"] == "gold" else NonFact)(**rec["fact"])


def _span_aligned(span: Span) -> bool | None:
    rec = _record(span)
    if rec is None:
        return None
    return (span.start_char, span.end_char) == (rec["fact"]["start"], rec["fact"]["end"])


def _getter(name: str) -> Callable[[Span], Any]:
    def get(span: Span) -> Any:
        rec = _record(span)
        return None if rec is None else rec["fact"].get(name)

    get.__name__ = f"gknlp_{name}"
    return get


_SPAN_GETTERS: dict[str, Callable[[Span], Any]] = {
    "fact": _span_fact, "value": _getter("value"), "unit": _getter("unit"),
    "indicator": _getter("indicator"), "char_start": _getter("start"), "char_end": _getter("end"),
    "aligned": _span_aligned,
}


def set_fact_spans(doc: Doc, records: Sequence[dict[str, Any]], *, labels: Sequence[str],
                   spans_key: str = DEFAULT_SPANS_KEY, alignment_mode: str = "expand",
                   record_types: str | Sequence[str] = "fact") -> list[int]:
    """Put ``records`` (dicts with ``start``/``end`` and the fact's fields) into
    ``doc.spans[spans_key]`` with ``labels``; store each record for the span extensions.

    ``record_types`` (one for all, or one per record) says what ``span._.fact`` rebuilds: ``fact``
    (:class:`Fact`), ``gold`` (``GoldFact``) or ``nonfact`` (``NonFact``).  Returns the indices of
    records for which no span could be made under ``alignment_mode`` (``"expand"`` fails only for
    empty or whitespace-only spans); their records are still stored, the caller reports them.
    """
    register_extensions()
    types = [record_types] * len(records) if isinstance(record_types, str) else list(record_types)
    spans: list[Span] = []
    unaligned: list[int] = []
    for i, (record, label, rtype) in enumerate(zip(records, labels, types, strict=True)):
        span_id = f"gknlp:{spans_key}:{i}"
        doc.user_data[(_USER_DATA, span_id)] = {"type": rtype, "fact": dict(record)}
        span = doc.char_span(record["start"], record["end"], label=label, alignment_mode=alignment_mode,
                             span_id=span_id)
        if span is None:
            unaligned.append(i)
        else:
            spans.append(span)
    doc.spans[spans_key] = SpanGroup(doc, name=spans_key, spans=spans)
    return unaligned


def split_at(doc: Doc, offsets: Iterable[int]) -> int:
    """Split every token that a character offset in ``offsets`` falls strictly inside; returns the
    number of tokens split.  Token texts still concatenate (with their whitespace) to ``doc.text``."""
    cuts = sorted(set(offsets))
    if not cuts:
        return 0
    n = 0
    with doc.retokenize() as retokenizer:
        for token in list(doc):
            lo = bisect.bisect_right(cuts, token.idx)
            hi = bisect.bisect_left(cuts, token.idx + len(token.text))
            if lo >= hi:
                continue
            bounds = [0, *(c - token.idx for c in cuts[lo:hi]), len(token.text)]
            orths = [token.text[a:b] for a, b in zip(bounds, bounds[1:])]
            retokenizer.split(token, orths, heads=[(token, i) for i in range(len(orths))])
            n += 1
    return n


def facts_of(doc: Doc, spans_key: str = DEFAULT_SPANS_KEY) -> list[Any]:
    """Every fact stored on ``doc`` under ``spans_key`` — including any that got no span — in
    text order (:class:`Fact` s for component output; ``GoldFact``/``NonFact`` for exported annotations)."""
    prefix = f"gknlp:{spans_key}:"
    recs = [(int(k[1][len(prefix):]), v) for k, v in doc.user_data.items()
            if isinstance(k, tuple) and len(k) == 2 and k[0] == _USER_DATA and k[1].startswith(prefix)]
    return [_rebuild(v) for _, v in sorted(recs, key=lambda kv: kv[0])]


# ----------------------------------------------------------------------------- component
class GknlpComponent(Pipe):
    """Runs :func:`gknlp.parse_report` on ``doc.text`` and stores the facts as spans.

    Settings (the factory's config, saved in the pipeline's ``config.cfg``):

    - ``spans_key`` — key in ``doc.spans`` (default ``"gknlp"``).
    - ``unlinked_label`` — span label of facts without an indicator (default ``"FACT"``).
    - ``model`` — a gknlp model directory (linker + fact filter) or ``None`` for the packaged
      default.  ``nlp.to_disk`` copies a model directory into the pipeline, so the saved pipeline
      is self-contained.
    - ``domain_dictionary`` — give the pipeline's jieba ``ChineseTokenizer`` gknlp's domain
      dictionary (see the module docstring).
    - ``split_tokens`` — split tokens at fact boundaries first (``同比下降32%`` → ``同比`` +
      ``下降32%``), so that every span is exactly its fact; off by default (spans are widened).
    """

    def __init__(self, nlp: Language, name: str = FACTORY, *, spans_key: str = DEFAULT_SPANS_KEY,
                 unlinked_label: str = DEFAULT_UNLINKED_LABEL, model: str | None = None,
                 domain_dictionary: bool = True, split_tokens: bool = False) -> None:
        register_extensions()
        self.name = name
        self.spans_key = spans_key
        self.unlinked_label = unlinked_label
        self.model = model
        self.domain_dictionary = domain_dictionary
        self.split_tokens = split_tokens
        if domain_dictionary:
            use_domain_segmenter(nlp)

    def __call__(self, doc: Doc) -> Doc:
        """Annotate one doc (in place).  A whitespace-only doc gets an empty span group."""
        text = doc.text  # spaCy rebuilds it from the tokens on every access
        report = parse_report(text, model=self.model) if text.strip() else Report(text=text, facts=[])
        self._annotate(doc, report)
        return doc

    def pipe(self, stream: Iterable[Doc], *, batch_size: int = 128) -> Iterator[Doc]:
        """Annotate docs batch by batch (gknlp works per document; errors go to the error handler)."""
        error_handler = self.get_error_handler()
        for batch in minibatch(stream, size=batch_size):
            for doc in batch:
                try:
                    yield self(doc)
                except Exception as exc:  # spaCy's contract: the handler decides (raise by default)
                    error_handler(self.name, self, [doc], exc)

    def set_annotations(self, doc: Doc, report: Report) -> None:
        """Write ``report``'s facts, indicators and metadata onto ``doc`` (made from the same text)."""
        if report.text != doc.text:
            raise ValueError("the report was not made from this doc's text")
        self._annotate(doc, report)

    def _annotate(self, doc: Doc, report: Report) -> None:
        if self.split_tokens:
            split_at(doc, {o for f in report.facts for o in (f.start, f.end)})
        unaligned = set_fact_spans(doc, [dict(vars(f)) for f in report.facts],  # exact values (to_dict rounds)
                                   labels=[f.indicator or self.unlinked_label for f in report.facts],
                                   spans_key=self.spans_key, alignment_mode="expand")
        for i in unaligned:
            f = report.facts[i]
            warnings.warn(f"gknlp: fact {f.text!r} at {f.start}-{f.end} covers no token; it has no span "
                          f"in doc.spans[{self.spans_key!r}] (see gknlp.spacy.facts_of(doc))", stacklevel=2)
        doc._.indicators = report.indicators()
        doc._.gknlp_meta = {"year": report.meta.year, "body": report.meta.body, "format": report.meta.format}

    @property
    def labels(self) -> tuple[str, ...]:
        """Every label this component can produce (indicator ids with their modified forms, and
        the unlinked label)."""
        return (*indicator_labels(), self.unlinked_label)

    def score(self, examples: Iterable[Example], **kwargs: Any) -> dict[str, Any]:
        """Labelled span P/R/F against the references' ``doc.spans[spans_key]``
        (keys ``spans_<spans_key>_p/_r/_f/_per_type``)."""
        key = self.spans_key
        return Scorer.score_spans(
            examples, f"spans_{key}", getter=lambda doc, _attr: doc.spans.get(key, []),
            has_annotation=lambda doc: key in doc.spans, labeled=True, allow_overlap=True,
        )

    # -- serialization: the settings are in config.cfg; here the model files and versions
    def to_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> None:
        """Write ``cfg.json`` (gknlp and taxonomy versions) and copy a model directory, if any."""
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        bundled = False
        if self.model is not None and Path(self.model).is_dir():
            target = path / _MODEL_DIR
            if Path(self.model).resolve() != target.resolve():
                if target.exists():
                    shutil.rmtree(target)
                shutil.copytree(self.model, target)
            bundled = True
        cfg = {"gknlp_version": __version__, "taxonomy_version": get_taxonomy().version,
               "spans_key": self.spans_key, "unlinked_label": self.unlinked_label,
               "bundled_model": bundled}
        (path / _CFG_FILE).write_text(json.dumps(cfg, ensure_ascii=False, indent=1), encoding="utf-8")

    def from_disk(self, path: str | Path, *, exclude: Iterable[str] = ()) -> "GknlpComponent":
        """Read ``cfg.json``; use the bundled model when the pipeline carries one."""
        path = Path(path)
        cfg = json.loads((path / _CFG_FILE).read_text(encoding="utf-8"))
        if cfg.get("taxonomy_version") != get_taxonomy().version:
            warnings.warn(f"gknlp: pipeline saved with taxonomy {cfg.get('taxonomy_version')!r}, "
                          f"this gknlp has {get_taxonomy().version!r}; indicator ids may differ", stacklevel=2)
        if cfg.get("bundled_model"):
            self.model = str(path / _MODEL_DIR)
        return self

    def to_bytes(self, *, exclude: Iterable[str] = ()) -> bytes:
        """Settings only (a model directory cannot travel as bytes; use ``to_disk``)."""
        return json.dumps({"spans_key": self.spans_key, "unlinked_label": self.unlinked_label,
                           "model": self.model, "split_tokens": self.split_tokens}).encode("utf-8")

    def from_bytes(self, data: bytes, *, exclude: Iterable[str] = ()) -> "GknlpComponent":
        cfg = json.loads(data.decode("utf-8"))
        self.spans_key, self.unlinked_label, self.model = cfg["spans_key"], cfg["unlinked_label"], cfg["model"]
        self.split_tokens = cfg.get("split_tokens", False)
        return self


@Language.factory(
    FACTORY,
    default_config={"spans_key": DEFAULT_SPANS_KEY, "unlinked_label": DEFAULT_UNLINKED_LABEL,
                    "model": None, "domain_dictionary": True, "split_tokens": False},
    assigns=["doc.spans", "doc._.indicators", "doc._.gknlp_meta"],
)
def make_gknlp_component(nlp: Language, name: str, spans_key: str, unlinked_label: str,
                         model: str | None, domain_dictionary: bool, split_tokens: bool) -> GknlpComponent:
    """spaCy factory ``"gknlp"`` (entry point ``spacy_factories``)."""
    return GknlpComponent(nlp, name, spans_key=spans_key, unlinked_label=unlinked_label, model=model,
                          domain_dictionary=domain_dictionary, split_tokens=split_tokens)


# ----------------------------------------------------------------------------- tokenizer & helpers
class _Segmenter:
    """The object spaCy's ``ChineseTokenizer`` calls as ``jieba_seg.cut(text, cut_all=False)``.

    jieba's HMM copies its Viterbi paths, so one run of characters outside the dictionary costs
    quadratic time (100,000 × 余: minutes).  Runs of jieba's word characters longer than
    :data:`MAX_JIEBA_BLOCK` are therefore cut into pieces of that length first; text without such
    runs (all real report text) is segmented exactly as jieba would.
    """

    def __init__(self) -> None:
        from gknlp.tokenize import get_tokenizer

        self._tokenizer = get_tokenizer()

    def cut(self, text: str, cut_all: bool = False, HMM: bool = True) -> Iterator[str]:  # noqa: N803 (jieba's name)
        for a, b in _pieces(text):
            yield from self._tokenizer.cut(text[a:b], cut_all=cut_all, HMM=HMM)

    def __reduce__(self) -> tuple[type, tuple]:
        """Pickle by reference: the receiving process uses its own gknlp tokenizer (jieba's
        tokenizer holds a lock and cannot be pickled; spawn-based ``nlp.pipe(n_process=…)`` pickles ``nlp``)."""
        return (_Segmenter, ())


def _pieces(text: str) -> Iterator[tuple[int, int]]:
    """Consecutive ``(start, end)`` ranges covering ``text``, cut inside jieba blocks (its own
    ``re_han_default`` runs) longer than :data:`MAX_JIEBA_BLOCK`."""
    start = 0
    for m in jieba.re_han_default.finditer(text):
        if m.end() - m.start() > MAX_JIEBA_BLOCK:
            for cut in range(m.start() + MAX_JIEBA_BLOCK, m.end(), MAX_JIEBA_BLOCK):
                yield start, cut
                start = cut
    yield start, len(text)


def use_domain_segmenter(nlp: Language) -> bool:
    """Make ``nlp``'s jieba ``ChineseTokenizer`` segment with gknlp's domain dictionary.

    Returns False (and changes nothing) when ``nlp`` does not use spaCy's Chinese jieba tokenizer
    (e.g. the character segmenter of a bare ``spacy.blank("zh")``).
    """
    tok = nlp.tokenizer
    if not isinstance(tok, ChineseTokenizer) or tok.segmenter != "jieba":
        return False
    if not isinstance(tok.jieba_seg, _Segmenter):
        tok.jieba_seg = _Segmenter()
    return True


class DomainChineseTokenizer(ChineseTokenizer):
    """spaCy's ``ChineseTokenizer`` in jieba mode, segmenting with gknlp's private jieba tokenizer
    (domain dictionary loaded) — without initialising the global ``jieba`` module as spaCy's
    constructor would.  Serializes like the stock tokenizer (``segmenter = "jieba"``)."""

    def __init__(self, vocab: Any) -> None:
        super().__init__(vocab, segmenter="char")  # "char": skip spaCy's global-jieba initialisation
        self.segmenter = "jieba"
        self.jieba_seg = _Segmenter()


@spacy.registry.tokenizers(TOKENIZER)
def create_domain_tokenizer(segmenter: str = "jieba") -> Callable[[Language], DomainChineseTokenizer]:
    """Registered tokenizer ``gknlp.ChineseTokenizer.v1`` (entry point ``spacy_tokenizers``).

    ``segmenter`` is accepted only because spaCy merges the Chinese default (``"char"``) into the
    tokenizer block; segmentation is always jieba with the domain dictionary.
    """
    if segmenter not in ("jieba", "char"):
        raise ValueError(f"{TOKENIZER} segments with jieba; segmenter={segmenter!r} is not supported")
    return lambda nlp: DomainChineseTokenizer(nlp.vocab)


def blank(*, model: str | None = None, spans_key: str = DEFAULT_SPANS_KEY,
          unlinked_label: str = DEFAULT_UNLINKED_LABEL, split_tokens: bool = False,
          component: bool = True) -> Language:
    """A Chinese pipeline: jieba with gknlp's domain dictionary (tokenizer
    ``gknlp.ChineseTokenizer.v1``), plus the ``gknlp`` component (``component=False``: the
    tokenizer only, e.g. to build training docs)."""
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"@tokenizers": TOKENIZER}}})
    nlp.max_length = max(nlp.max_length, MAX_DOCUMENT_CHARS)  # no parser here: gknlp's own limit applies
    if component:
        nlp.add_pipe(FACTORY, config={"spans_key": spans_key, "unlinked_label": unlinked_label, "model": model,
                                      "split_tokens": split_tokens})
    return nlp


def displacy_options(spans_key: str = DEFAULT_SPANS_KEY, unlinked_label: str = DEFAULT_UNLINKED_LABEL) -> dict[str, Any]:
    """Options for ``displacy.render(doc, style="span", options=...)``: the span key and one
    colour per taxonomy group (unlinked facts grey)."""
    tax = get_taxonomy()
    group_colour = {g: _GROUP_COLOURS[i % len(_GROUP_COLOURS)] for i, g in enumerate(tax.groups)}
    colours = {label: group_colour.get(tax.get(label).group, _UNLINKED_COLOUR) for label in indicator_labels()}
    colours[unlinked_label] = _UNLINKED_COLOUR
    return {"spans_key": spans_key, "colors": colours}


def displacy_ents(doc: Doc, spans_key: str = DEFAULT_SPANS_KEY) -> dict[str, Any]:
    """Data for ``displacy.render(data, style="ent", manual=True, options=displacy_options())``.

    The span style draws tokens separated by spaces and widened spans; this one shows the
    document's characters as they are, each fact on its exact character span.
    """
    spans = sorted(doc.spans.get(spans_key, []), key=lambda s: (s._.char_start, s._.char_end))
    return {"text": doc.text, "title": None,
            "ents": [{"start": s._.char_start, "end": s._.char_end, "label": s.label_} for s in spans]}


register_extensions()

__all__ = ["GknlpComponent", "make_gknlp_component", "DomainChineseTokenizer", "create_domain_tokenizer",
           "TOKENIZER", "blank", "use_domain_segmenter", "set_fact_spans",
           "facts_of", "split_at", "displacy_options", "displacy_ents", "register_extensions", "FACTORY", "DEFAULT_SPANS_KEY",
           "DEFAULT_UNLINKED_LABEL"]
