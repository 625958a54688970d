"""``pattern.finditer(text)`` for slow patterns that can only match near a cheap anchor.

A pattern with lookbehinds or lazy quantifiers is tried by the regex engine at every position of
the text; when each of its matches must contain (or be followed by) an occurrence of a simple
``anchor`` pattern at a bounded distance, the same matches are found by searching only the windows
around the anchor occurrences.  Used by :mod:`gknlp.metadata` (titles, office names).  (The regex
module scans a text at roughly the same speed for any pattern that starts with a character class,
so this only pays when the pattern is much slower per position than the anchor.)
"""
from __future__ import annotations

from typing import Iterator

import regex


def finditer_near(pattern: regex.Pattern, text: str, anchor: regex.Pattern, near: int, far: int,
                  reach: int) -> Iterator[regex.Match]:
    """The matches of ``pattern.finditer(text)``, in order.

    Contract (the caller proves it from the patterns): every match starting at p has an
    occurrence of ``anchor`` starting in [p + near, p + far], and no path of ``pattern`` tried from
    a position p (lookarounds included) reads beyond p + ``reach``.  ``pattern`` must not use
    ``\\A``/``\\G``, must not match the empty string, and must not depend on ``pos``/``endpos``
    otherwise (lookbehinds see the text before a window, as with ``pattern.search(text, pos)``).

    Cost: at most ``far - near + 1`` start positions are tried per anchor occurrence, each once when
    that window is short (< 16 positions); a longer window is searched in one call, which may scan
    up to ``reach`` positions past it (keep such windows for inputs of bounded size).  Texts with more
    than one anchor occurrence per 100 characters (hostile input) fall back to the plain scan."""
    pos, n = 0, len(text)
    match = pattern.match
    budget = max(64, n // 100)  # anchor occurrences before dense anchors make one plain scan cheaper
    while True:
        budget -= 1
        if budget < 0:  # no match starts between pos and the last yielded match: the plain scan from here
            yield from pattern.finditer(text, pos)
            return
        a = anchor.search(text, pos + near)
        if a is None:
            return
        k = a.start()
        lo, hi, end = max(pos, k - far), k - near, min(n, k + reach)
        m = None
        if hi - lo < _FEW:  # few possible starts: try each (no scan past them, even when anchors are dense)
            for p in range(lo, hi + 1):
                m = match(text, p, end)
                if m is not None:
                    break
        else:
            m = pattern.search(text, lo, end)
            if m is not None and m.start() > hi:
                m = None  # a match starting after k - near may need text beyond the window
        if m is not None:
            yield m  # the match finditer gives: no match starts between pos and it
            pos = max(m.end(), m.start() + 1)
        else:  # no match starts at or before k - near: go on behind this anchor
            pos = max(pos, hi + 1)


_FEW = 16
