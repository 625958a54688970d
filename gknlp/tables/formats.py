"""Recognising the official tables and linking their cells to taxonomy ids.

* 2019/2021 tables (表二/表三/表四): the row is recognised by the patterns of
  ``gknlp/data/tables.yaml``; each cell gets the official path '表三 / <row path> / <column>' which
  is looked up among the taxonomy's ``formats:`` paths.
* 2008-era 统计表 (f2008 / f2008_local): the row label (markers and notes removed) is compared with
  the last element of the taxonomy paths of that format, then with aliases of
  ``gknlp/data/table_labels.yaml``; ambiguous labels ('(二)被依法纠错数') are resolved by the
  section heading row above them.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass
from importlib import resources

import regex
import yaml

from gknlp.taxonomy import get_taxonomy

_MARKER = regex.compile(
    r"^(?:[一二三四五六七八九十]{1,3}[、.]|\([一二三四五六七八九十]{1,3}\)|\(?\d{1,2}[.、)]|[①-⑳]|其中[:]?|注[:]?)+"
)
_NOTE = regex.compile(r"\([^()]{0,80}\)")
_QUOTES = regex.compile(r"[\s“”\"'‘’《》〈〉<>|]+")


@functools.lru_cache(maxsize=8192)
def norm_label(text: str) -> str:
    """Comparable form of a label: NFKC, （）→(), no whitespace, quotes or book-title marks."""
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("、", "、").replace("．", ".").replace("：", ":")
    return _QUOTES.sub("", text)


@functools.lru_cache(maxsize=8192)
def core_label(text: str) -> str:
    """A label without list markers and bracketed notes: '(一)主动公开政府信息数(不同…)' → '主动公开政府信息数'."""
    t = norm_label(text)
    t = _MARKER.sub("", t)
    core = _NOTE.sub("", t)
    return core or t


@functools.lru_cache(maxsize=1)
def config() -> dict:
    """tables.yaml with its patterns compiled."""
    data = yaml.safe_load(resources.files("gknlp.data").joinpath("tables.yaml").read_text(encoding="utf-8"))
    off = data["official"]
    for edition in ("f2019", "f2021"):
        for group in off["table2"][edition]:
            group["re"] = regex.compile(group["match"])
            for row in group["rows"]:
                row["re"] = regex.compile(row["match"])
    for row in off["table3"]["rows"]:
        row["re"] = regex.compile(row["match"])
    return data


@functools.lru_cache(maxsize=1)
def labels() -> dict:
    """table_labels.yaml: aliases of old-format rows and cumulative ids."""
    return yaml.safe_load(resources.files("gknlp.data").joinpath("table_labels.yaml").read_text(encoding="utf-8"))


def _path_key(path: str) -> tuple[str, ...]:
    return tuple(norm_label(p) for p in path.split("/") if p.strip())


@functools.lru_cache(maxsize=1)
def path_index() -> dict[str, dict[tuple[str, ...], str]]:
    """format → normalized official path → indicator id (from the taxonomy ``formats:``)."""
    index: dict[str, dict[tuple[str, ...], str]] = {}
    for ind in get_taxonomy():
        for fmt, path in ind.formats.items():
            if "/" in path:
                index.setdefault(fmt, {}).setdefault(_path_key(path), ind.id)
    return index


@functools.lru_cache(maxsize=4096)
def indicator_for_path(path: str, fmt: str | None) -> str | None:
    """Taxonomy id whose ``formats:`` path for ``fmt`` is ``path`` (the other official edition as
    fallback, because table-3/4 rows shared by both editions have one id)."""
    key = _path_key(path)
    index = path_index()
    for f in ([fmt] if fmt else []) + ["f2021", "f2019"]:
        hit = index.get(f, {}).get(key)
        if hit:
            return hit
    return None


# ---------------------------------------------------------------- 2008-era statistics tables
@dataclass(frozen=True)
class OldRow:
    """One row of an old-format table known from the taxonomy (or the alias file)."""

    id: str
    fmt: str
    parents: tuple[str, ...]  # core labels of the path elements above the row


@functools.lru_cache(maxsize=1)
def old_index() -> dict[str, list[OldRow]]:
    """core label → rows of the f2008 / f2008_local tables (taxonomy paths + aliases)."""
    index: dict[str, list[OldRow]] = {}
    for ind in get_taxonomy():
        for fmt in ("f2008", "f2008_local"):
            path = ind.formats.get(fmt)
            if not path:
                continue
            parts = [p.strip() for p in path.split("/")]
            key = core_label(parts[-1])
            index.setdefault(key, []).append(OldRow(ind.id, fmt, tuple(core_label(p) for p in parts[:-1])))
    for entry in labels().get("rows", []):
        for alias in entry["labels"]:
            key = core_label(alias)
            index.setdefault(key, []).append(
                OldRow(entry["id"], entry.get("format", "any"), tuple(core_label(p) for p in entry.get("under", [])))
            )
    return index


def match_old_row(label: str, context: list[str], fmt: str | None) -> OldRow | None:
    """The old-format row a label denotes, using the headings above it (``context``, outermost
    first) to choose between rows of the same wording."""
    key = core_label(label)
    if not key:
        return None
    index = old_index()
    cands = index.get(key)
    if not cands:
        cands = _fuzzy(key, index)
    if not cands:
        return None
    if fmt:
        same = [c for c in cands if c.fmt in (fmt, "any")]
        cands = same or cands
    if len({c.id for c in cands}) == 1:
        return cands[0]
    ctx = [core_label(c) for c in context]

    def score(c: OldRow) -> int:
        s = 0
        for p in c.parents:
            if any(p and (p in x or x in p) for x in ctx if x):
                s += 2
            elif any(_overlap(p, x) >= 0.6 for x in ctx if x):
                s += 1
        return s

    scores = [score(c) for c in cands]
    order = sorted(range(len(cands)), key=scores.__getitem__, reverse=True)  # stable, like sorting cands
    first, second = order[0], order[1]
    if scores[first] > scores[second] or cands[first].id == cands[second].id:
        return cands[first]
    return None


def _overlap(a: str, b: str) -> float:
    """Share of the characters of the shorter string found in the longer one."""
    if not a or not b:
        return 0.0
    short, long_ = (a, b) if len(a) <= len(b) else (b, a)
    return sum(1 for ch in short if ch in long_) / len(short)


@functools.lru_cache(maxsize=1)
def _keys_by_last_char() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for k in old_index():
        if k:
            out.setdefault(k[-1], []).append(k)
    return out


def _fuzzy(key: str, index: dict[str, list[OldRow]]) -> list[OldRow]:
    return list(_fuzzy_cached(key))


@functools.lru_cache(maxsize=4096)
def _fuzzy_cached(key: str) -> tuple[OldRow, ...]:
    return tuple(_fuzzy_search(key, old_index()))


def _fuzzy_search(key: str, index: dict[str, list[OldRow]]) -> list[OldRow]:
    """Rows whose label contains / is contained in ``key`` (≥ 4 characters, best length match)."""
    if len(key) < 3:
        return []
    # header words glued before the label: '…计量单位2017年度历年累计主动公开文件数'
    suffix = max((k for k in _keys_by_last_char().get(key[-1], ()) if len(k) >= 4 and key.endswith(k)),
                 key=len, default=None)
    if suffix:
        return list(index[suffix])
    best: list[OldRow] = []
    best_gap = 99
    for k, rows in index.items():
        if len(k) < 3:
            continue
        if k in key or key in k:
            gap = abs(len(k) - len(key))
            if gap < best_gap and gap <= max(4, len(k) // 2):
                best, best_gap = list(rows), gap
            elif gap == best_gap:
                best.extend(rows)
    return best
