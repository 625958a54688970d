"""Splitting fused digit runs ('713000074' → 71|3|0|0|0|0|74) under the table's sum rules.

A fused run is split into the number of cells the row must have.  Parts have no leading zeros
(except '0' itself).  ``sums`` lists index groups whose last index is the sum of the others (table
3: the six applicant columns add up to 总计).  All splits are enumerated with pruning; the caller
decides what to do when more than one split remains (cross-row identities, narrative evidence, or
nothing at all: :func:`gknlp.tables.official` keeps only the cells all remaining readings agree on).
"""
from __future__ import annotations

from typing import Sequence

MAX_DIGITS = 32
MAX_STEPS = 60_000


def split_run(
    pieces: Sequence[str], k: int, sums: Sequence[Sequence[int]] = (), *, limit: int = 64
) -> list[tuple[int, ...]]:
    """All ways to cut the digit strings ``pieces`` (kept in order, each cut separately) into ``k``
    integers satisfying ``sums``; at most ``limit`` solutions (an empty list when too long).
    A piece may start with a sign ('-18538'): its first part carries it (-1 | 8538 …)."""
    signs = [-1 if p[:1] == "-" else 1 for p in pieces]
    pieces = [p[1:] if p[:1] in "+-" else p for p in pieces]
    if not pieces or any(not p.isdigit() for p in pieces) or sum(map(len, pieces)) > MAX_DIGITS:
        return []
    if sum(map(len, pieces)) < k or len(pieces) > k:
        return []
    checks: dict[int, tuple[int, ...]] = {}
    for g in sums:
        if max(g) < k:
            checks[g[-1]] = tuple(g[:-1])
    total_digits = [0] * (len(pieces) + 1)
    for i in range(len(pieces) - 1, -1, -1):
        total_digits[i] = total_digits[i + 1] + len(pieces[i])
    out: list[tuple[int, ...]] = []
    parts: list[int] = []
    steps = 0
    last_group = checks.get(k - 1)

    def rec(piece: int, pos: int) -> bool:
        """Extend ``parts`` from digit ``pos`` of piece ``piece``; False stops the search."""
        nonlocal steps
        steps += 1
        if steps > MAX_STEPS:
            return False
        if piece == len(pieces):
            if len(parts) == k:
                out.append(tuple(parts))
            return len(out) < limit
        s = pieces[piece]
        for ln in range(1, len(s) - pos + 1):
            steps += 1
            chunk = s[pos : pos + ln]
            if len(chunk) > 1 and chunk[0] == "0":
                break
            end = pos + ln
            n = len(parts) + 1
            later_pieces = len(pieces) - piece - 1
            digits_left = (len(s) - end) + total_digits[piece + 1]
            if n + later_pieces > k:
                break
            if end < len(s) and n + 1 + later_pieces > k:
                continue
            if n + digits_left < k:
                continue
            parts.append(int(chunk) * (signs[piece] if pos == 0 else 1))
            if last_group is not None and n < k - 1 and len(pieces) == 1:
                # the last cell is the sum of earlier ones: it must still fit in the digits left
                room = digits_left - (k - 1 - n)
                if room <= 0 or sum(parts[j] for j in last_group if j < n) >= 10**room:
                    parts.pop()
                    break
            g = checks.get(n - 1)
            if g is None or sum(parts[j] for j in g) == parts[-1]:
                nxt = (piece + 1, 0) if end == len(s) else (piece, end)
                if not rec(*nxt):
                    parts.pop()
                    return False
            parts.pop()
        return True

    rec(0, 0)
    return out if steps <= MAX_STEPS else []


def balanced_pairs(run: str) -> list[tuple[int, int]]:
    """Splits of a two-cell run 'this year | cumulative' (cumulative ≥ this year), most balanced
    digit lengths first; only splits whose lengths differ by at most one digit."""
    out = []
    for i in range(1, len(run)):
        left, right = run[:i], run[i:]
        if (len(left) > 1 and left[0] == "0") or (len(right) > 1 and right[0] == "0"):
            continue
        a, b = int(left), int(right)
        if b < a:
            continue
        if len(right) - len(left) in (0, 1):
            out.append((a, b))
    return out
