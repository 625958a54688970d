"""Identities on values read from real tables (gknlp.validate with the table stage's facts)."""
from __future__ import annotations

from gknlp import validate
from tests.test_tables import parse, seed


def _values(name: str) -> tuple[dict[str, float], str | None]:
    tables, facts, meta = parse(seed(name))
    return {f.indicator: f.value for f in facts if f.indicator}, meta.format


def test_derive_fills_the_subtotals_of_table3():
    values, fmt = _values("003")
    derived = validate.derive(values, fmt)
    # 法人或其他组织 is not an official column: it is the sum of the five organisation columns
    assert derived["apply.received.legal_person"] == 6
    assert derived["apply.result.denied.total"] == 0
    assert derived["litigation.total"] == 1  # direct 1 + after review 0
    assert "apply.received.total" not in derived  # stated values are never re-derived


def test_check_names_the_broken_rule_and_its_values():
    values, fmt = _values("003")
    assert validate.check({**values, **validate.derive(values, fmt)}, fmt) == []
    values["apply.result.partial.natural_person"] = 5  # the seed says 6
    broken = validate.check({**values, **validate.derive(values, fmt)}, fmt)
    rules = {v.rule for v in broken}
    assert ("apply.processed.natural_person = apply.result.disclosed.natural_person + "
            "apply.result.partial.natural_person + apply.result.denied.natural_person + "
            "apply.result.unavailable.natural_person + apply.result.not_processed.natural_person + "
            "apply.result.other_handling.natural_person") in rules
    assert all(v.lhs != v.rhs for v in broken if v.op == "=")


def test_old_format_identities_hold_on_seed_tables():
    for name in ("002", "004"):
        values, fmt = _values(name)
        assert validate.check({**values, **validate.derive(values, fmt)}, fmt) == [], name
    values, fmt = _values("002")
    assert fmt == "f2008_local" and values["proactive.total"] == 8569 + 230 + 6 + 4500


def test_enumerated_parts_are_summed_when_the_identity_says_so():
    # seed 003: 承办市、区人大代表建议、政协委员提案491件,其中市人大代表建议11件、政协委员提案23件,
    # 区人大代表建议193件、政协委员提案264件 — one indicator per sub-unit, summed: 11+193 and 23+264
    from gknlp import parse_report
    from tests.test_tables import SEEDS

    report = parse_report(next(SEEDS.glob("003_*.txt")))
    values = report.indicators()
    assert (values["interaction.proposals.total"], values["interaction.proposals.npc"],
            values["interaction.proposals.cppcc"]) == (491, 204, 287)
    assert [v.rule for v in report.check()] == []


def test_reconcile_keeps_the_chosen_values_when_the_sum_does_not_hold():
    values = {"interaction.proposals.total": 491, "interaction.proposals.npc": 11, "interaction.proposals.cppcc": 23}
    parts = {"interaction.proposals.npc": [11, 190], "interaction.proposals.cppcc": [23, 264]}
    assert validate.reconcile(values, parts, None) == values  # 201 + 287 != 491: no guess
    parts["interaction.proposals.npc"] = [11, 193]
    assert validate.reconcile(values, parts, None)["interaction.proposals.npc"] == 204
