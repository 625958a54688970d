"""The canonical indicator taxonomy: loading, validation and look-up.

The taxonomy lives in ``gknlp/data/taxonomy.yaml`` (a superset of the shared contract
``spec/indicators.yaml``).  :func:`load` reads it once, expands the table-3 column scheme
into cell ids, validates it and returns a :class:`Taxonomy`.
"""
from __future__ import annotations

import functools
import unicodedata
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Iterable, Iterator

import regex
import yaml

from gknlp.errors import TaxonomyError

ID_PATTERN = regex.compile(r"[a-z][a-z0-9_]*(?:\.[a-z0-9_]+)+")
MODIFIERS = ("yoy_pct", "yoy_abs", "share_pct")


_LABEL_NOISE = regex.compile(r"[\s\u3000“”\"'‘’]+")


def fold_label(text: str) -> str:
    """Canonical form for comparing labels: NFKC, no whitespace, no quote marks."""
    return _LABEL_NOISE.sub("", unicodedata.normalize("NFKC", text))


@dataclass(frozen=True)
class Indicator:
    """One canonical indicator (or one expanded table-3 cell)."""

    id: str
    name: str
    group: str
    unit: str
    aliases: tuple[str, ...] = ()
    formats: dict[str, str] = field(default_factory=dict)
    derived: dict[str, str] | str | None = None
    reported_unit: str | None = None
    column: str | None = None  # table-3 column suffix for expanded cells
    row: str | None = None  # table-3 row stem for expanded cells
    note: str | None = None


@dataclass(frozen=True)
class Identity:
    """An arithmetic rule that must hold inside one report."""

    rule: str
    lhs: str
    op: str  # "=", "<=", "~="
    rhs: str
    ids: tuple[str, ...]
    formats: tuple[str, ...]
    tolerance: float = 0.0
    note: str | None = None

    def applies_to(self, fmt: str | None) -> bool:
        return "any" in self.formats or (fmt is not None and fmt in self.formats)


class Taxonomy:
    """Indicators by id, alias index, unit table, column scheme and identities."""

    def __init__(self, raw: dict, source: str = "<memory>") -> None:
        self.source = source
        self.version = raw.get("version")
        self.formats: dict[str, dict] = raw.get("formats", {})
        self.units: dict[str, dict] = raw.get("units", {})
        self.groups: dict[str, str] = {g["id"]: g["name"] for g in raw.get("groups", [])}
        self.modifiers: dict[str, dict] = raw.get("modifiers", {})
        self.table3_columns: list[dict] = raw.get("column_schemes", {}).get("table3", {}).get("columns", [])
        self.domain_terms: list[str] = list(raw.get("domain_terms", []))
        self._by_id: dict[str, Indicator] = {}
        self.rows: dict[str, Indicator] = {}  # table-3 row stems -> the .total entry
        for entry in raw.get("indicators", []):
            self._add_entry(entry)
        self.identities: list[Identity] = [self._parse_identity(r) for r in raw.get("identities", [])]
        self._alias_index: dict[str, list[str]] = {}
        for ind in self._by_id.values():
            for phrase in (ind.name, *ind.aliases):
                key = fold_label(phrase)
                if key and ind.id not in self._alias_index.setdefault(key, []):
                    self._alias_index[key].append(ind.id)
        self.validate()

    # ------------------------------------------------------------------ building
    def _add_entry(self, entry: dict) -> None:
        for key in ("id", "name", "group", "unit"):
            if key not in entry:
                raise TaxonomyError(f"indicator entry without {key!r}: {entry}")
        base = Indicator(
            id=entry["id"],
            name=entry["name"],
            group=entry["group"],
            unit=entry["unit"],
            aliases=tuple(entry.get("aliases", [])),
            formats=dict(entry.get("formats", {}) or {}),
            derived=entry.get("derived"),
            reported_unit=entry.get("reported_unit"),
            note=entry.get("note"),
        )
        self._put(base)
        if entry.get("columns") == "table3":
            if not base.id.endswith(".total"):
                raise TaxonomyError(f"table-3 row id must end in .total: {base.id}")
            stem = base.id[: -len(".total")]
            self.rows[stem] = base
            for col in self.table3_columns:
                suffix = col["suffix"]
                if suffix == "total":
                    object.__setattr__(base, "column", "total")
                    object.__setattr__(base, "row", stem)
                    continue
                self._put(
                    Indicator(
                        id=f"{stem}.{suffix}",
                        name=f"{base.name}（{col['label']}）",
                        group=base.group,
                        unit=base.unit,
                        aliases=(),
                        formats={
                            k: _swap_column(v, col) for k, v in base.formats.items()
                            if "header" in col and v.endswith("/ 总计")
                        },
                        derived=col.get("derived"),
                        column=suffix,
                        row=stem,
                    )
                )

    def _put(self, ind: Indicator) -> None:
        if ind.id in self._by_id:
            raise TaxonomyError(f"duplicate indicator id {ind.id!r}")
        if not ID_PATTERN.fullmatch(ind.id):
            raise TaxonomyError(f"malformed indicator id {ind.id!r}")
        self._by_id[ind.id] = ind

    def _parse_identity(self, raw: dict) -> Identity:
        rule = raw["rule"]
        m = regex.fullmatch(r"\s*(.+?)\s*(<=|~=|=)\s*(.+?)\s*", rule)
        if not m:
            raise TaxonomyError(f"identity without operator: {rule}")
        ids = tuple(dict.fromkeys(ID_PATTERN.findall(rule)))
        return Identity(
            rule=rule, lhs=m.group(1), op=m.group(2), rhs=m.group(3), ids=ids,
            formats=tuple(raw.get("formats", ["any"])), tolerance=float(raw.get("tolerance", 0.0)),
            note=raw.get("note"),
        )

    def validate(self) -> None:
        """Raise :class:`TaxonomyError` on a missing version, unknown groups, units or identity ids,
        and aliases or domain terms that are not non-empty strings."""
        if self.version is None or str(self.version).strip() == "":
            raise TaxonomyError(f"{self.source}: no taxonomy version")
        for term in self.domain_terms:
            if not isinstance(term, str) or not term.strip():
                raise TaxonomyError(f"{self.source}: domain term {term!r} is not a non-empty string")
        for ind in self._by_id.values():
            for alias in ind.aliases:
                if not isinstance(alias, str) or not alias.strip():
                    raise TaxonomyError(f"{ind.id}: alias {alias!r} is not a non-empty string")
            if ind.group not in self.groups:
                raise TaxonomyError(f"{ind.id}: unknown group {ind.group!r}")
            if ind.unit not in self.units:
                raise TaxonomyError(f"{ind.id}: unknown unit {ind.unit!r}")
            if ind.reported_unit and ind.reported_unit not in self.units:
                raise TaxonomyError(f"{ind.id}: unknown reported_unit {ind.reported_unit!r}")
        for ident in self.identities:
            for i in ident.ids:
                if not self.is_valid_id(i):
                    raise TaxonomyError(f"identity {ident.rule!r} refers to unknown id {i!r}")

    # ------------------------------------------------------------------ look-up
    def __contains__(self, ind_id: str) -> bool:
        return ind_id in self._by_id

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self._by_id.values())

    def __len__(self) -> int:
        return len(self._by_id)

    def get(self, ind_id: str) -> Indicator | None:
        """The indicator with this id (modifier ids resolve to their base), or None."""
        if ind_id in self._by_id:
            return self._by_id[ind_id]
        base, modifier = split_modifier(ind_id)
        return self._by_id.get(base) if modifier else None

    def __getitem__(self, ind_id: str) -> Indicator:
        ind = self.get(ind_id)
        if ind is None:
            raise KeyError(ind_id)
        return ind

    def is_valid_id(self, ind_id: str) -> bool:
        """True for listed ids and for listed ids carrying one modifier (.yoy_pct …)."""
        return self.get(ind_id) is not None

    def ids(self) -> list[str]:
        return list(self._by_id)

    def lookup_alias(self, phrase: str) -> list[str]:
        """Ids whose name or alias equals ``phrase`` after :func:`fold_label` (exact match)."""
        return list(self._alias_index.get(fold_label(phrase), []))

    def aliases(self) -> dict[str, list[str]]:
        """Folded alias -> ids (read-only view for the linker and the tokenizer dictionary)."""
        return self._alias_index

    def unit_of(self, ind_id: str) -> str | None:
        base, modifier = split_modifier(ind_id)
        if modifier in ("yoy_pct", "share_pct"):
            return "%"
        ind = self._by_id.get(base)
        return ind.unit if ind else None

    def unit_kind(self, unit: str | None) -> str | None:
        return self.units.get(unit, {}).get("kind") if unit else None

    def in_format(self, fmt: str) -> Iterable[Indicator]:
        """Indicators that have a cell in official format ``fmt``."""
        return (i for i in self._by_id.values() if fmt in i.formats)

    def identities_for(self, fmt: str | None) -> list[Identity]:
        return [i for i in self.identities if i.applies_to(fmt)]


def _swap_column(path: str, col: dict) -> str:
    """Turn a row's '… / 总计' format path into the path of another table-3 column."""
    return path[: -len("总计")] + col["header"].replace("申请人情况 / ", "")


def split_modifier(ind_id: str) -> tuple[str, str | None]:
    """'a.b.yoy_pct' -> ('a.b', 'yoy_pct'); ids without a modifier -> (id, None)."""
    head, _, last = ind_id.rpartition(".")
    if last in MODIFIERS and head:
        return head, last
    return ind_id, None


def load(path: str | Path | None = None) -> Taxonomy:
    """Load and validate a taxonomy file (default: the packaged ``data/taxonomy.yaml``)."""
    if path is None:
        text = resources.files("gknlp.data").joinpath("taxonomy.yaml").read_text(encoding="utf-8")
        source = "gknlp/data/taxonomy.yaml"
    else:
        text = Path(path).read_text(encoding="utf-8")
        source = str(path)
    try:
        raw = yaml.safe_load(text)
    except yaml.YAMLError as exc:  # pragma: no cover - data error
        raise TaxonomyError(f"{source}: not valid YAML: {exc}") from exc
    return Taxonomy(raw, source)


@functools.lru_cache(maxsize=1)
def get_taxonomy() -> Taxonomy:
    """The packaged taxonomy, loaded once per process."""
    return load()
