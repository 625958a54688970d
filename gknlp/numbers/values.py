"""Value normalization: Arabic and Chinese numerals, scale words, exact decimal arithmetic.

Values are computed with :class:`decimal.Decimal` so that ``1.2万`` is exactly ``12000`` (not
``12000.000000000002``); :func:`to_number` returns an ``int`` when the value is integral and a
``float`` otherwise.
"""
from __future__ import annotations

import regex
from decimal import Decimal, InvalidOperation

#: Chinese digit characters (folded text: 〇 for ○, simplified 两/万/亿).
CN_DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "O": 0, "o": 0, "0": 0,
    "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
#: Small multipliers inside a section (below 万).
CN_SMALL_UNITS: dict[str, int] = {"十": 10, "百": 100, "千": 1000}
#: Section multipliers.
CN_BIG_UNITS: dict[str, int] = {"万": 10_000, "亿": 100_000_000}


def parse_arabic(text: str) -> Decimal:
    """``"1,234.5"`` / ``"1 234"`` → Decimal.  Thousands separators and spaces are dropped."""
    cleaned = text.replace(",", "").replace(" ", "")
    try:
        return Decimal(cleaned)
    except InvalidOperation as exc:  # pragma: no cover - the grammar only passes digit strings
        raise ValueError(f"not an Arabic number: {text!r}") from exc


def parse_chinese(text: str) -> Decimal:
    """Chinese numeral → Decimal: 一百二十 → 120, 十一 → 11, 两千 → 2000, 三十万 → 300000,
    一亿二千万 → 120000000, 百万 → 1000000; a string of plain digits (二〇一七) reads digit by digit."""
    if not text:
        raise ValueError("empty numeral")
    if all(ch in CN_DIGITS for ch in text):
        return Decimal("".join(str(CN_DIGITS[ch]) for ch in text))
    total = 0  # completed 亿 sections
    section = 0  # completed 万 part inside the current 亿 section
    current = 0  # value below 万 being built
    digit: int | None = None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            current += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        elif ch in CN_BIG_UNITS:
            below = current + (digit or 0)
            if ch == "万":
                section += (below or (0 if section else 1)) * 10_000
            else:  # 亿 closes everything before it
                total = (total + section + below or 1) * 100_000_000
                section = 0
            current, digit = 0, None
        else:
            raise ValueError(f"not a Chinese numeral: {text!r}")
    return Decimal(total + section + current + (digit or 0))


def parse_number(text: str) -> Decimal:
    """Arabic (with separators) or Chinese numeral → Decimal."""
    stripped = text.replace(",", "").replace(" ", "")
    if stripped and stripped.isascii():
        return parse_arabic(stripped)
    return parse_chinese(stripped)


def to_number(value: Decimal) -> int | float:
    """Decimal → ``int`` if integral, else ``float``."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


#: Compound tail after a scale word (1万2千: 2千): digits, a multiplier, an optional 百 part.
_TAIL = regex.compile(r"([0-9]+)(千万|千|百|万)?(?:([0-9])百)?")
_TAIL_FACTORS: dict[str | None, int] = {None: 1, "百": 100, "千": 1000, "万": 10_000, "千万": 10_000_000}


def tail_value(tail: str) -> int:
    """Value of the rest of a compound numeral after its scale word: ``2千`` → 2000, ``5千6百`` →
    5600, ``3456`` → 3456, ``2000万`` → 20000000 (so ``1万2千`` = 10000 + 2000)."""
    match = _TAIL.fullmatch(tail)
    if match is None:
        raise ValueError(f"not a compound tail: {tail!r}")
    digits, multiplier, hundreds = match.groups()
    return int(digits) * _TAIL_FACTORS[multiplier] + (int(hundreds) * 100 if hundreds else 0)
