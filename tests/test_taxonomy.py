"""The project taxonomy: a superset of the shared spec, validated, with alias look-up."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from gknlp.errors import TaxonomyError
from gknlp.taxonomy import Taxonomy, fold_label, get_taxonomy, load, split_modifier

SPEC = Path(__file__).resolve().parents[2] / "shared" / "spec" / "indicators.yaml"
PROJECT = Path(__file__).resolve().parents[1] / "gknlp" / "data" / "taxonomy.yaml"


def _raw() -> dict:
    return yaml.safe_load(PROJECT.read_text(encoding="utf-8"))


@pytest.mark.skipif(not SPEC.exists(), reason="../shared/spec not present")
def test_every_spec_id_keeps_its_meaning():
    spec = yaml.safe_load(SPEC.read_text(encoding="utf-8"))
    tax = get_taxonomy()
    for entry in spec["indicators"]:
        ind = tax[entry["id"]]
        assert (ind.name, ind.group, ind.unit) == (entry["name"], entry["group"], entry["unit"]), entry["id"]
        assert set(entry.get("aliases", [])) <= set(ind.aliases), entry["id"]
        assert dict(entry.get("formats", {}) or {}) == ind.formats, entry["id"]
    assert len(spec["identities"]) == len(tax.identities)


def test_project_version_and_counts():
    tax = get_taxonomy()
    assert str(tax.version) == "1+gknlp.4"
    assert len(tax) == 404  # 201 entries, table-3 rows expanded
    assert "依申请公开" in tax.domain_terms and "规范性文件" in tax.domain_terms


def test_alias_lookup_is_exact_after_folding():
    tax = get_taxonomy()
    assert tax.lookup_alias("主动公开政府信息") == ["proactive.total"]
    assert tax.lookup_alias(" 通过“政府网站”公开 ") == ["proactive.channel.website"]
    assert sorted(tax.lookup_alias("办结率")) == [
        "apply.on_time_rate", "interaction.hotline.completion_rate", "interaction.mailbox.reply_rate", "service.approval.completion_rate"]
    assert tax.lookup_alias("不存在的标签") == []
    assert fold_label("（一）主动 公开") == "(一)主动公开"


def test_modifier_ids_resolve_to_their_base():
    tax = get_taxonomy()
    assert split_modifier("interpretation.press_conferences.yoy_pct") == ("interpretation.press_conferences", "yoy_pct")
    assert tax.is_valid_id("apply.received.total.yoy_pct")
    assert tax.unit_of("apply.received.total.share_pct") == "%"
    assert tax.unit_of("apply.received.total.yoy_abs") == "件"
    assert not tax.is_valid_id("apply.nothing.yoy_pct")


def test_table3_cells_are_expanded():
    tax = get_taxonomy()
    cell = tax["apply.result.denied.third_party.legal_service"]
    assert cell.row == "apply.result.denied.third_party" and cell.column == "legal_service"


@pytest.mark.parametrize("mutate, message", [
    (lambda raw: raw["indicators"].append(dict(raw["indicators"][0])), "duplicate indicator id"),
    (lambda raw: raw["indicators"][0].update(unit="公斤"), "unknown unit"),
    (lambda raw: raw["indicators"][0].update(group="nogroup"), "unknown group"),
    (lambda raw: raw["identities"].append({"rule": "proactive.total = proactive.nothing"}), "unknown id"),
    (lambda raw: raw["indicators"][0].update(id="Proactive-Total"), "malformed indicator id"),
    (lambda raw: raw.pop("version"), "no taxonomy version"),
    (lambda raw: raw["indicators"][0].update(aliases=["", "主动公开"]), "alias"),
    (lambda raw: raw["domain_terms"].append(3), "domain term"),
])
def test_validation_rejects_broken_taxonomies(mutate, message):
    raw = _raw()
    mutate(raw)
    with pytest.raises(TaxonomyError, match=message):
        Taxonomy(raw)


def test_load_from_path_equals_packaged(tmp_path):
    copy = tmp_path / "t.yaml"
    copy.write_text(PROJECT.read_text(encoding="utf-8"), encoding="utf-8")
    assert load(copy).ids() == get_taxonomy().ids()
