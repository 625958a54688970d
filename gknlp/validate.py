"""Arithmetic identities of the taxonomy: evaluation, violations and derived values."""
from __future__ import annotations

import ast
import functools
import operator
from typing import Mapping

import regex

from gknlp.report import Fact, Violation
from gknlp.taxonomy import ID_PATTERN, Identity, get_taxonomy

_BINOPS = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul, ast.Div: operator.truediv}


@functools.lru_cache(maxsize=None)
def _compile(expr: str) -> tuple[ast.AST, tuple[str, ...]]:
    """Parse an identity side; ids are replaced by placeholder names v0, v1 …"""
    ids = tuple(dict.fromkeys(ID_PATTERN.findall(expr)))
    # Longest first so that a.b is not replaced inside a.b.c.
    mapping = {i: f"v{n}" for n, i in enumerate(ids)}
    for i in sorted(ids, key=len, reverse=True):
        expr = regex.sub(rf"(?<![\w.]){regex.escape(i)}(?![\w.])", mapping[i], expr)
    tree = ast.parse(expr, mode="eval").body
    return tree, ids


def evaluate(expr: str, values: Mapping[str, float]) -> float | None:
    """Value of an identity side, or None when one of its ids has no value (or ÷0)."""
    tree, ids = _compile(expr)
    env = {f"v{n}": values.get(i) for n, i in enumerate(ids)}
    if any(v is None for v in env.values()):
        return None
    try:
        return _eval(tree, env)
    except ZeroDivisionError:
        return None


def _eval(node: ast.AST, env: dict[str, float]) -> float:
    if isinstance(node, ast.BinOp) and type(node.op) in _BINOPS:
        return _BINOPS[type(node.op)](_eval(node.left, env), _eval(node.right, env))
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        return -_eval(node.operand, env)
    if isinstance(node, ast.Name):
        return float(env[node.id])
    if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
        return float(node.value)
    raise ValueError(f"unsupported expression element {ast.dump(node)}")


def holds(ident: Identity, lhs: float, rhs: float) -> bool:
    if ident.op == "=":
        return abs(lhs - rhs) < 1e-6
    if ident.op == "<=":
        return lhs <= rhs + 1e-6
    return abs(lhs - rhs) <= max(ident.tolerance, 1e-6)


def check(
    values: Mapping[str, float], fmt: str | None, facts: Mapping[str, list[Fact]] | None = None
) -> list[Violation]:
    """All identities for format ``fmt`` whose ids all have values and that do not hold."""
    out: list[Violation] = []
    for ident in get_taxonomy().identities_for(fmt):
        lhs, rhs = evaluate(ident.lhs, values), evaluate(ident.rhs, values)
        if lhs is None or rhs is None or holds(ident, lhs, rhs):
            continue
        involved = [f for i in ident.ids for f in (facts or {}).get(i, [])]
        out.append(Violation(ident.rule, lhs, rhs, ident.op, {i: values[i] for i in ident.ids}, involved))
    return out


def _sum_terms(expr: str) -> tuple[str, ...] | None:
    """The ids of ``expr`` when it is a plain sum ``a + b + …`` of ids, else None."""
    tree, ids = _compile(expr)
    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            stack += [node.left, node.right]
        elif not isinstance(node, ast.Name):
            return None
    return ids


def reconcile(
    values: Mapping[str, float], parts: Mapping[str, list[float]], fmt: str | None
) -> dict[str, float]:
    """Document values with enumerated parts summed where the identities ask for it.

    A report may state one indicator several times in one enumeration, once per sub-unit
    (``提案491件，其中市人大代表建议11件、政协委员提案23件，区人大代表建议193件、政协委员提案264件``:
    人大建议 = 11 + 193).  ``parts[id]`` lists such same-sentence values.  For every identity
    ``total = a + b + …`` that fails with the values chosen one per id, the parts of the addends
    are summed instead; the sums are kept only when the identity then holds exactly.
    """
    out = dict(values)
    if not parts:
        return out
    for ident in get_taxonomy().identities_for(fmt):
        if ident.op != "=" or not ID_PATTERN.fullmatch(ident.lhs.strip()):
            continue
        terms = _sum_terms(ident.rhs)
        if not terms or not any(t in parts for t in terms):
            continue
        lhs, rhs = evaluate(ident.lhs, out), evaluate(ident.rhs, out)
        if lhs is None or rhs is None or holds(ident, lhs, rhs):
            continue
        summed = {t: float(sum(parts[t])) for t in terms if t in parts}
        if holds(ident, lhs, evaluate(ident.rhs, {**out, **summed}) or 0.0):
            out.update(summed)
    return out


def derive(values: Mapping[str, float], fmt: str | None) -> dict[str, float]:
    """Values not stated but implied: ``x = a + b + …`` identities whose left side is missing.

    Only equalities whose left side is a single id are used, repeatedly until nothing new follows.
    """
    known = dict(values)
    derived: dict[str, float] = {}
    rules = [r for r in get_taxonomy().identities_for(fmt) if r.op == "=" and ID_PATTERN.fullmatch(r.lhs.strip())]
    changed = True
    while changed:
        changed = False
        for r in rules:
            target = r.lhs.strip()
            if target in known:
                continue
            val = evaluate(r.rhs, known)
            if val is not None:
                known[target] = derived[target] = val
                changed = True
    return derived
