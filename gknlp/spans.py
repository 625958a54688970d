"""Position sets: is a character offset inside any of a set of spans (tables, excluded zones)."""
from __future__ import annotations

import bisect
import itertools
from typing import Sequence


class Spans:
    """A set of ``[start, end)`` spans (they may overlap) for fast "is this position inside one"
    tests: ``pos in Spans(spans)`` ⇔ ``any(s <= pos < e for s, e in spans)``, in O(log n)."""

    def __init__(self, spans: Sequence[tuple[int, int]]) -> None:
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach = list(itertools.accumulate((e for _, e in ordered), max))  # max end so far

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos)  # the spans starting at or before pos
        return i > 0 and self._reach[i - 1] > pos

    def overlaps(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` overlaps one of the spans: ``any(s < end and start < e …)``."""
        i = bisect.bisect_left(self._starts, end)  # the spans starting before end
        return i > 0 and self._reach[i - 1] > start
