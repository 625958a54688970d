"""Helpers for writing the gold annotations of ../shared/corpus (annotations/corpus_NNN.json).

An annotator writes one small script per document (``corpus_NNN.py``) that lists the facts
read from the text in document order, each as a *context string* in which the fact's span is
marked with ⟦ ⟧, plus the label and the indicator id::

    d = Doc("001", year=2011, body="平潭综合实验区管委会", fmt="f2008_local")
    d.f("其中主动公开政府信息⟦425条⟧", "主动公开政府信息", "proactive.total")
    d.cells("主动公开信息数 条 ⟦425 1516⟧", [("主动公开信息数", "proactive.total"), ...], unit="条")

Offsets are found by exact string search from a moving cursor, so they are always exact.  The
value is parsed from the span (digits, 万/亿 scale, approximation markers, change verbs); any
span the strict parser does not understand needs an explicit ``value=``.  ``save()`` verifies
every record (span text, ids in the taxonomy, finite values) and writes the JSON file.
"""
from __future__ import annotations

import hashlib
import json
import math
import re
import sys
import unicodedata
from pathlib import Path
from typing import Any, Iterable

REPO = Path(__file__).resolve().parents[2]
CORPUS_REL = "../shared/corpus"
OPEN, CLOSE = "⟦", "⟧"

_TRAD_UNITS = {"條": "条", "個": "个", "項": "项", "場": "场", "萬": "万", "億": "亿", "戶": "户",
               "則": "则", "張": "张", "場次": "场次", "篇": "篇"}
APPROX_PREFIX = ("大约", "将近", "接近", "超过", "约", "近", "逾", "超")
APPROX_SUFFIX = ("余", "多", "餘")
APPROX_TAIL = ("左右", "以上", "多")
CHANGE_NEG = ("减收", "减支", "减产", "回落", "同比下降", "同比减少", "比上年下降", "比上年减少", "较上年下降", "较上年减少", "下降", "减少",
              "降低", "下滑", "缩减", "减")
CHANGE_POS = ("比增", "增产", "上涨", "增收", "增支", "同比增长", "同比增加", "比上年增长", "比上年增加", "较上年增长", "较上年增加", "增长", "增加",
              "提高", "上升", "提升", "增")
_CELL = re.compile(r"[+\-]?[0-9]+(?:\.[0-9]+)?")
_NUM = re.compile(r"[+\-]?\d+(?:,\d{3})*(?:\.\d+)?")


class AnnotationError(ValueError):
    """A fact could not be placed or parsed."""


def _valid_id_checker():
    """Return a callable id -> bool: gknlp's taxonomy if importable, else the shared spec."""
    try:
        from gknlp.taxonomy import get_taxonomy  # type: ignore

        tax = get_taxonomy()
        return tax.is_valid_id
    except Exception:  # the package may be mid-refactor; fall back to the shared contract
        import yaml

        spec = yaml.safe_load((REPO / "../shared/spec/indicators.yaml").read_text(encoding="utf-8"))
        suffixes = [c["suffix"] for c in spec["column_schemes"]["table3"]["columns"]]
        ids: set[str] = set()
        for e in spec["indicators"]:
            ids.add(e["id"])
            if e.get("columns") == "table3":
                stem = e["id"][: -len(".total")]
                ids.update(f"{stem}.{s}" for s in suffixes)

        def check(x: str) -> bool:
            if x in ids:
                return True
            for m in ("yoy_pct", "yoy_abs", "share_pct"):
                if x.endswith("." + m) and x[: -len(m) - 1] in ids:
                    return True
            return False

        return check


def parse_span(span: str) -> tuple[float, str | None, bool]:
    """Parse a fact span into (value, canonical unit, approx).  Raises on anything unusual."""
    s = unicodedata.normalize("NFKC", span).replace(" ", "")
    sign = 1
    approx = False
    for verb in CHANGE_NEG:
        if s.startswith(verb):
            s, sign = s[len(verb):], -1
            break
    else:
        for verb in CHANGE_POS:
            if s.startswith(verb):
                s = s[len(verb):]
                break
    if s.startswith("了"):
        s = s[1:]
    for p in APPROX_PREFIX:
        if s.startswith(p):
            s, approx = s[len(p):], True
            break
    m = _NUM.match(s)
    if not m:
        raise AnnotationError(f"no number at the start of {span!r}; give value=")
    value = float(m.group().replace(",", ""))
    rest = s[m.end():]
    for suf in APPROX_SUFFIX:
        if rest.startswith(suf):
            rest, approx = rest[len(suf):], True
            break
    scale = 1
    if rest[:1] in ("万", "萬"):
        scale, rest = 10000, rest[1:]
    elif rest[:1] in ("亿", "億"):
        scale, rest = 100000000, rest[1:]
    for suf in APPROX_SUFFIX:
        if rest.startswith(suf):
            rest, approx = rest[len(suf):], True
            break
    for tail in APPROX_TAIL:
        if rest.endswith(tail):
            rest, approx = rest[: -len(tail)], True
            break
    unit: str | None = "".join(_TRAD_UNITS.get(ch, ch) for ch in rest) or None
    if unit == "元":
        pass
    elif unit in ("%", "％"):
        unit = "%"
    if unit is not None and re.search(r"\d", unit):
        raise AnnotationError(f"digits left in unit of {span!r}")
    value = round(sign * value * scale, 6)
    if not math.isfinite(value):
        raise AnnotationError(f"non-finite value for {span!r}")
    if value == int(value) and abs(value) < 2**53:
        value = int(value)
    return value, unit, approx


class Doc:
    """Builder for one corpus document's annotation file."""

    def __init__(self, num: str, *, year: int | None, body: str, fmt: str, doc: str | None = None) -> None:
        self.num = num
        self.doc = doc or f"corpus{num}"
        self.rel_path = f"{CORPUS_REL}/{num}.txt"
        raw = (REPO / self.rel_path).read_bytes()
        self.sha256 = hashlib.sha256(raw).hexdigest()
        self.text = raw.decode("utf-8")
        self.meta: dict[str, Any] = {"year": year, "body": body, "format": fmt}
        self.facts: list[dict[str, Any]] = []
        self.nonfacts: list[dict[str, Any]] = []
        self.tables: list[dict[str, Any]] = []
        self.cursor = 0
        self.complete = True
        self.notes: list[str] = []
        self.indicator_overrides: dict[str, Any] = {}

    # ------------------------------------------------------------------ locating
    def _locate(self, ctx: str, start_from: int | None = None) -> tuple[int, int, int]:
        """Find ``ctx`` (with one ⟦span⟧ marker) at or after the cursor; return (ctx_start, s, e)."""
        if ctx.count(OPEN) != 1 or ctx.count(CLOSE) != 1:
            if OPEN not in ctx and CLOSE not in ctx:
                ctx = OPEN + ctx + CLOSE
            else:
                raise AnnotationError(f"context needs exactly one ⟦span⟧: {ctx!r}")
        pre, rest = ctx.split(OPEN)
        span, post = rest.split(CLOSE)
        plain = pre + span + post
        pos = self.cursor if start_from is None else start_from
        search = max(0, pos - len(pre))
        while True:
            i = self.text.find(plain, search)
            if i < 0:
                raise AnnotationError(f"[{self.num}] context not found after {pos}: {plain!r}")
            s = i + len(pre)
            if s >= pos:
                return i, s, s + len(span)
            search = i + 1

    def lines(self, block: str, **common: Any) -> None:
        """Many facts at once: one per line ``context⟦span⟧ # label [# key=value; …]``.

        Keys: value (number), unit (text or 'None'), scope, note, approx (true/false).
        """
        for raw in block.strip().splitlines():
            raw = raw.strip()
            if not raw:
                continue
            parts = [p.strip() for p in raw.split(" # ")]
            ctx, label = parts[0], parts[1]
            kw: dict[str, Any] = dict(common)
            for item in (parts[2].split(";") if len(parts) > 2 else []):
                k, v = (x.strip() for x in item.split("=", 1))
                if k == "value":
                    kw[k] = float(v) if "." in v else int(v)
                elif k == "unit":
                    kw[k] = None if v == "None" else v
                elif k == "approx":
                    kw[k] = v == "true"
                else:
                    kw[k] = v
            indicator = kw.pop("indicator", None)
            self.f(ctx, label, indicator, **kw)

    def seek(self, marker: str) -> None:
        """Move the cursor to the start of the next occurrence of ``marker``."""
        i = self.text.find(marker, self.cursor)
        if i < 0:
            raise AnnotationError(f"[{self.num}] seek marker not found: {marker!r}")
        self.cursor = i

    # ------------------------------------------------------------------ records
    def f(self, ctx: str, label: str | None, indicator: str | None, *, value: float | None = None,
          unit: str | None | bool = False, approx: bool | None = None, source: str = "narrative",
          scope: str | None = None, note: str | None = None, ambiguous: bool = False,
          doc_value: bool = True) -> dict[str, Any]:
        """Add one fact located by ``ctx``; value/unit/approx are parsed unless given."""
        _, s, e = self._locate(ctx)
        span = self.text[s:e]
        if value is None or unit is False or approx is None:
            try:
                pv, pu, pa = parse_span(span)
            except AnnotationError:
                if value is None:
                    raise
                pv, pu, pa = value, None, False
            value = pv if value is None else value
            unit = pu if unit is False else unit
            approx = pa if approx is None else approx
        rec: dict[str, Any] = {"start": s, "end": e, "text": span, "value": value, "unit": unit,
                               "approx": bool(approx), "label": label, "indicator": indicator,
                               "source": source, "scope": scope}
        if ambiguous:
            rec["ambiguous"] = True
        if note:
            rec["note"] = note
        if not doc_value:
            rec["doc_value"] = False
        self.facts.append(rec)
        self.cursor = e
        return rec

    def zero(self, ctx: str, label: str, indicator: str | None, unit: str | None = "件", *,
             also: str | None = None, **kw: Any) -> None:
        """A zero statement (未收到…申请): value 0 spanning the phrase.

        ``also`` names a second indicator the same phrase states zero for (未发生…行政复议和行政诉讼):
        a second fact on the identical span, same label/unit/note, the only overlap the loader accepts.
        """
        rec = self.f(ctx, label, indicator, value=0, unit=unit, approx=False, **kw)
        if also is not None:
            if not indicator or also == indicator:
                raise AnnotationError(f"[{self.num}] zero(also=…) needs two different indicators: {ctx!r}")
            self.facts.append({**rec, "indicator": also})

    def cells(self, ctx: str, specs: Iterable[Any], *, unit: str | None = None, scale: float = 1,
              out_unit: str | None = None, note: str | None = None, ambiguous: Iterable[int] = ()) -> None:
        """Table cells inside the ⟦…⟧ segment of ``ctx``.

        Inside the marker, ``|`` is a virtual cell boundary (not in the text: fused cells) and
        whitespace is a real separator.  ``specs`` gives (label, indicator) per cell, in order;
        a third element may be a dict of per-cell options (note, ambiguous, value, unit).
        """
        if ctx.count(OPEN) != 1:
            raise AnnotationError(f"cells context needs ⟦…⟧: {ctx!r}")
        pre, rest = ctx.split(OPEN)
        seg, post = rest.split(CLOSE)
        plain_seg = seg.replace("|", "")
        _, s, e = self._locate(pre + OPEN + plain_seg + CLOSE + post)
        tokens: list[tuple[int, int]] = []
        pos, cur = s, None
        for ch in seg:
            if ch == "|":
                if cur is not None:
                    tokens.append((cur, pos))
                cur = None
                continue
            if ch.isspace():
                if cur is not None:
                    tokens.append((cur, pos))
                cur = None
            elif cur is None:
                cur = pos
            pos += 1
        if cur is not None:
            tokens.append((cur, pos))
        self._emit(tokens, specs, unit=unit, scale=scale, out_unit=out_unit, note=note, ambiguous=ambiguous)
        self.cursor = e

    def _emit(self, tokens: list[tuple[int, int]], specs: Iterable[Any], *, unit: str | None = None,
              scale: float = 1, out_unit: str | None = None, note: str | None = None,
              ambiguous: Iterable[int] = ()) -> None:
        """Turn located cell spans into table-fact records (see :meth:`cells`)."""
        seg = self.text[tokens[0][0]:tokens[-1][1]] if tokens else ""
        specs = list(specs)
        if len(specs) != len(tokens):
            raise AnnotationError(f"[{self.num}] {len(tokens)} cells but {len(specs)} specs in {seg!r}")
        amb = set(ambiguous)
        for k, ((ts, te), spec) in enumerate(zip(tokens, specs)):
            label, ind = spec[0], spec[1]
            opts = dict(spec[2]) if len(spec) > 2 else {}
            span = self.text[ts:te]
            if "value" in opts:
                value = opts.pop("value")
            else:
                value = float(unicodedata.normalize("NFKC", span).replace(",", ""))
                value = round(value * scale, 6)
                value = int(value) if value == int(value) else value
            rec = {"start": ts, "end": te, "text": span, "value": value,
                   "unit": opts.pop("unit", out_unit if out_unit is not None else unit),
                   "approx": False, "label": label, "indicator": ind, "source": "table",
                   "scope": opts.pop("scope", None)}
            if k in amb or opts.pop("ambiguous", False):
                rec["ambiguous"] = True
            n = opts.pop("note", None) or (note if (not amb or k in amb or rec.get("ambiguous")) else None)
            if n:
                rec["note"] = n
            if opts.pop("doc_value", True) is False:
                rec["doc_value"] = False
            if opts:
                raise AnnotationError(f"unknown cell options {opts}")
            self.facts.append(rec)

    def row(self, label: str, specs: Iterable[Any], *, unit: str | None = None, skip: str = "",
            **kw: Any) -> None:
        """A space-separated table row: ``label`` then optional ``skip`` text (e.g. the unit
        column "条") then one whitespace-separated number per spec."""
        _, s, e = self._locate(label)
        pos = e
        t = self.text
        specs = list(specs)
        while pos < len(t) and (t[pos].isspace() or t[pos] == "|"):
            pos += 1
        if skip:
            if not t.startswith(skip, pos):
                raise AnnotationError(f"[{self.num}] expected {skip!r} after {label!r}")
            pos += len(skip)
        tokens = []
        for _ in specs:
            while pos < len(t) and (t[pos].isspace() or t[pos] == "|"):
                pos += 1
            m = _CELL.match(t, pos)
            if not m:
                raise AnnotationError(f"[{self.num}] no number at {pos} after {label!r}: {t[pos:pos+20]!r}")
            tokens.append((m.start(), m.end()))
            pos = m.end()
        self._emit(tokens, specs, unit=unit, **kw)
        self.cursor = pos

    def nf(self, ctx: str, reason: str) -> None:
        """A tricky non-fact (date, doc number, phone, ordinal …)."""
        _, s, e = self._locate(ctx, start_from=0)
        # non-facts may repeat; take the first occurrence not yet recorded
        taken = {(n["start"], n["end"]) for n in self.nonfacts}
        while (s, e) in taken:
            _, s, e = self._locate(ctx, start_from=s + 1)
        self.nonfacts.append({"start": s, "end": e, "text": self.text[s:e], "reason": reason})

    def nf_all(self, pattern: str, reason: str) -> None:
        """Mark every match of the regex ``pattern`` as a non-fact, unless it overlaps a fact or a non-fact."""
        taken = [(r["start"], r["end"]) for r in self.facts] + [(n["start"], n["end"]) for n in self.nonfacts]
        for m in re.finditer(pattern, self.text):
            if m.end() > m.start() and not any(a < m.end() and m.start() < b for a, b in taken):
                self.nonfacts.append({"start": m.start(), "end": m.end(), "text": m.group(), "reason": reason})
                taken.append((m.start(), m.end()))

    def table(self, start_marker: str, end_marker: str | None, fmt: str, *, end_inclusive: bool = True) -> None:
        """A table region from ``start_marker`` to the end of ``end_marker`` (or end of text)."""
        s = self.text.find(start_marker)
        if s < 0:
            raise AnnotationError(f"table start not found: {start_marker!r}")
        if end_marker is None:
            e = len(self.text.rstrip())
        else:
            j = self.text.find(end_marker, s)
            if j < 0:
                raise AnnotationError(f"table end not found: {end_marker!r}")
            e = j + len(end_marker) if end_inclusive else j
        self.tables.append({"start": s, "end": e, "format": fmt})

    # ------------------------------------------------------------------ output
    def indicators(self) -> dict[str, Any]:
        """Document-level values: table facts first, then narrative; unscoped facts only."""
        out: dict[str, Any] = {}
        for source in ("table", "narrative"):
            for r in self.facts:
                if r["source"] != source or not r["indicator"] or r.get("scope") or r.get("doc_value") is False:
                    continue
                out.setdefault(r["indicator"], r["value"])
        out.update(self.indicator_overrides)
        return out

    def record(self) -> dict[str, Any]:
        facts = sorted(self.facts, key=lambda r: (r["start"], r["end"]))
        for r in facts:
            r.pop("doc_value", None)
        d: dict[str, Any] = {
            "doc": self.doc, "path": self.rel_path, "sha256": self.sha256, "meta": self.meta,
            "complete": self.complete, "facts": facts,
            "nonfacts": sorted(self.nonfacts, key=lambda r: r["start"]),
            "tables": self.tables, "indicators": {},
        }
        if self.notes:
            d["notes"] = self.notes
        return d

    def verify(self, rec: dict[str, Any]) -> None:
        """Span text equals the text slice, ids valid, values finite, no overlapping facts."""
        is_valid = _valid_id_checker()
        prev: dict[str, Any] | None = None
        for r in rec["facts"]:
            if self.text[r["start"]:r["end"]] != r["text"]:
                raise AnnotationError(f"span mismatch {r}")
            if prev is not None and r["start"] < prev["end"] and not _shared_statement(prev, r):
                raise AnnotationError(f"[{self.num}] overlapping facts at {r['start']}: {r['text']!r}")
            prev = r
            if not isinstance(r["value"], (int, float)) or not math.isfinite(r["value"]):
                raise AnnotationError(f"bad value {r}")
            if r["indicator"] is not None and not is_valid(r["indicator"]):
                raise AnnotationError(f"[{self.num}] invalid indicator id {r['indicator']!r}")
        for n in rec["nonfacts"]:
            if self.text[n["start"]:n["end"]] != n["text"]:
                raise AnnotationError(f"nonfact span mismatch {n}")
        for k in rec["indicators"]:
            if not is_valid(k):
                raise AnnotationError(f"invalid indicator key {k!r}")

    def final_record(self) -> dict[str, Any]:
        """The verified JSON record: adds list-marker non-facts and the document-level indicators."""
        # list markers (1. / 2、 / 3．) are the most frequent non-fact digits; mark the free-standing ones
        self.nf_all(r"(?<![0-9.．０-９])[1-9](?=[.、．](?![0-9０-９]))", "list marker")
        ind = self.indicators()
        rec = self.record()
        rec["indicators"] = ind
        self.verify(rec)
        return rec

    def save(self) -> Path:
        rec = self.final_record()
        ind = rec["indicators"]
        out = REPO / "annotations" / f"corpus_{self.num}.json"
        out.write_text(json.dumps(rec, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(f"{out.relative_to(REPO)}: {len(rec['facts'])} facts, {len(rec['nonfacts'])} nonfacts, "
              f"{len(ind)} indicators", file=sys.stderr)
        return out


def _shared_statement(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """Same rule as the loader: identical span and value, two different non-null indicators."""
    return ((a["start"], a["end"]) == (b["start"], b["end"]) and a["value"] == b["value"]
            and bool(a["indicator"] and b["indicator"]) and a["indicator"] != b["indicator"])


def uncovered_numbers(doc: Doc, start: int = 0) -> list[tuple[int, str]]:
    """Digit runs not inside any fact or non-fact span (for checking completeness by eye)."""
    covered = [(r["start"], r["end"]) for r in doc.facts] + [(n["start"], n["end"]) for n in doc.nonfacts]
    out = []
    for m in re.finditer(r"[0-9０-９]+(?:\.[0-9]+)?", doc.text[start:]):
        a, b = m.start() + start, m.end() + start
        nxt = doc.text[b:b + 1]
        prv = doc.text[a - 1:a]
        if nxt in ("年", "月", "日", "-", ":", "、", "．") or prv in ("年", "月", "-", ":") or \
                (nxt == "." and b - a <= 2 and not doc.text[b + 1:b + 2].isdigit()):
            continue
        if not all(any(s <= k < e for s, e in covered) for k in range(a, b)):
            out.append((a, doc.text[max(0, a - 12):b + 6]))
    return out


# ---------------------------------------------------------------------- 2019/2021-format helpers
T3_COLUMNS = [("natural_person", "自然人"), ("commercial", "商业企业"), ("research", "科研机构"),
              ("public_interest", "社会公益组织"), ("legal_service", "法律服务机构"), ("other_org", "其他"),
              ("total", "总计")]

# table-3 rows in official order: (row stem, short label)
T3_ROWS_2021 = [
    ("apply.received", "本年新收政府信息公开申请数量"),
    ("apply.carried_over", "上年结转政府信息公开申请数量"),
    ("apply.result.disclosed", "予以公开"),
    ("apply.result.partial", "部分公开"),
    ("apply.result.denied.state_secret", "不予公开/属于国家秘密"),
    ("apply.result.denied.law_prohibited", "不予公开/其他法律行政法规禁止公开"),
    ("apply.result.denied.security_stability", "不予公开/危及“三安全一稳定”"),
    ("apply.result.denied.third_party", "不予公开/保护第三方合法权益"),
    ("apply.result.denied.internal_affairs", "不予公开/属于三类内部事务信息"),
    ("apply.result.denied.process_info", "不予公开/属于四类过程性信息"),
    ("apply.result.denied.law_enforcement_file", "不予公开/属于行政执法案卷"),
    ("apply.result.denied.admin_query", "不予公开/属于行政查询事项"),
    ("apply.result.unavailable.not_held", "无法提供/本机关不掌握相关政府信息"),
    ("apply.result.unavailable.needs_creation", "无法提供/没有现成信息需要另行制作"),
    ("apply.result.unavailable.unclear", "无法提供/补正后申请内容仍不明确"),
    ("apply.result.not_processed.petition", "不予处理/信访举报投诉类申请"),
    ("apply.result.not_processed.duplicate", "不予处理/重复申请"),
    ("apply.result.not_processed.publication", "不予处理/要求提供公开出版物"),
    ("apply.result.not_processed.mass_repeat", "不予处理/无正当理由大量反复申请"),
    ("apply.result.not_processed.confirm_reissue", "不予处理/要求行政机关确认或重新出具已获取信息"),
    ("apply.result.other_handling.overdue_correction", "其他处理/申请人无正当理由逾期不补正"),
    ("apply.result.other_handling.overdue_fee", "其他处理/申请人逾期未按收费通知要求缴纳费用"),
    ("apply.result.other_handling.misc", "其他处理/其他"),
    ("apply.processed", "办理结果总计"),
    ("apply.carried_forward", "结转下年度继续办理"),
]

T4_COLUMNS = [
    ("review.upheld", "行政复议 / 结果维持"), ("review.corrected", "行政复议 / 结果纠正"),
    ("review.other", "行政复议 / 其他结果"), ("review.pending", "行政复议 / 尚未审结"), ("review.total", "行政复议 / 总计"),
    ("litigation.direct.upheld", "行政诉讼 / 未经复议直接起诉 / 结果维持"), ("litigation.direct.corrected", "行政诉讼 / 未经复议直接起诉 / 结果纠正"),
    ("litigation.direct.other", "行政诉讼 / 未经复议直接起诉 / 其他结果"), ("litigation.direct.pending", "行政诉讼 / 未经复议直接起诉 / 尚未审结"),
    ("litigation.direct.total", "行政诉讼 / 未经复议直接起诉 / 总计"),
    ("litigation.after_review.upheld", "行政诉讼 / 复议后起诉 / 结果维持"), ("litigation.after_review.corrected", "行政诉讼 / 复议后起诉 / 结果纠正"),
    ("litigation.after_review.other", "行政诉讼 / 复议后起诉 / 其他结果"), ("litigation.after_review.pending", "行政诉讼 / 复议后起诉 / 尚未审结"),
    ("litigation.after_review.total", "行政诉讼 / 复议后起诉 / 总计"),
]


def table3_row(d: Doc, ctx: str, stem: str, label: str, **kw: Any) -> None:
    """One table-3 row: ``ctx`` marks the 7 cells (fused cells split by '|') with ⟦…⟧."""
    row = label.split("/")[-1]
    specs = [(row, f"{stem}.{suf}") for suf, col in T3_COLUMNS]
    d.cells(ctx, specs, **kw)


def table4(d: Doc, ctx: str, **kw: Any) -> None:
    """Table 4 (15 cells) marked with ⟦…⟧ in ``ctx``."""
    d.cells(ctx, [(lab, ind) for ind, lab in T4_COLUMNS], **kw)
