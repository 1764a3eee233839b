"""Whether an answer commits to a smaller version of its ask: less often, or less money, than asked.

"That the Council reviews the strategy every year" answered "The strategy will be fully reviewed every three
years"; "That the Cabinet provides £400,000 a year" answered "£120,000 has been included in the budget": the
answer takes up the ask and commits to less of it, which the labelling guide calls partially accepted (rule 2:
"commits to a narrower ... action than the one asked"), though it prints no verdict. Two measures can be compared
without reading the sentence: how often ("every year", "each quarter", "every three years", "quarterly", "once a
year", "twice a year", read in months) and how much money ("£120,000", "£1.2 million", in pounds). The answer
commits to less where every period it names is longer than every period the ask names, or every sum it names is
smaller than every sum the ask names (a sum the ask sets as a ceiling, "at no more than £900", is met by a smaller one
and is not compared). The vocabulary is data (`models/stance/smaller.v2.json`).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.config import models_dir

SMALLER_FILE = "smaller.v2.json"


@dataclass(frozen=True)
class _Vocabulary:
    period: re.Pattern[str]
    money: re.Pattern[str]
    units: dict[str, float]
    adverbs: dict[str, float]
    numbers: dict[str, int]
    multipliers: dict[str, float]
    ceiling: re.Pattern[str]
    part: re.Pattern[str]
    after: re.Pattern[str]
    over_years: re.Pattern[str]


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    data = json.loads((models_dir() / "stance" / SMALLER_FILE).read_text(encoding="utf-8"))
    unit = "|".join(data["units"])
    number = "|".join([r"\d{1,2}", *data["numbers"]])
    period = re.compile(
        rf"\b(?:(?:every|each)\s+(?:(?P<n>{number})\s+)?(?:financial\s+)?(?P<unit>{unit})s?(?!\s*\d)"
        rf"|(?P<adverb>{'|'.join(map(re.escape, data['adverbs']))})"
        rf"|(?P<times>once|twice)\s+(?:a|an|per|each)\s+(?P<per>{unit}))\b", re.I)
    money = re.compile(rf"£\s?(?P<sum>\d{{1,3}}(?:,\d{{3}})+|\d+(?:\.\d+)?)\s*(?P<mult>{'|'.join(data['money_multipliers'])})?\b",
                       re.I)
    ceiling = re.compile(rf"\b(?:{'|'.join(data['ceilings'])})\s+$", re.I)  # ends the words before a sum: "at no more than "
    # a sum that is a part, an increment or a share of a whole, never the whole: "grants of £5,000", "an additional
    # £30,000", "£5,000 each"
    part = re.compile(rf"\b(?:{'|'.join(data['part_before'])})\s+$", re.I)
    after = re.compile(rf"^\s*(?:{'|'.join(data['part_after'])})\b", re.I)
    over_years = re.compile(rf"\s*over\s+(?:the\s+(?:next\s+)?)?({number})\s+years\b", re.I)  # "£1 million over two years"
    return _Vocabulary(period, money, data["units"], data["adverbs"], data["numbers"], data["money_multipliers"], ceiling, part,
                       after, over_years)


def periods(text: str) -> list[tuple[float, str]]:
    """(months, the words) of every period `text` names: "every three years" -> (36, ...), "quarterly" -> (3, ...)."""
    v = _vocabulary()
    out = []
    for m in v.period.finditer(text):
        if m.group("unit"):
            n = (m.group("n") or "1").lower()
            months = (int(n) if n.isdigit() else v.numbers[n]) * v.units[m.group("unit").lower()]
        elif m.group("adverb"):
            months = v.adverbs[m.group("adverb").lower()]
        else:
            months = v.units[m.group("per").lower()] / (2 if m.group("times").lower() == "twice" else 1)
        out.append((months, m.group(0)))
    return out


def sums(text: str, ceilings: bool = True) -> list[tuple[float, str]]:
    """(pounds, the words) of every sum of money `text` names: "£1.2 million" -> (1200000, ...); `ceilings` False
    leaves out a sum set as a ceiling ("at no more than £900", "up to £5,000"), which a smaller sum meets."""
    v = _vocabulary()
    out = []
    for m in v.money.finditer(text):
        before, behind = text[max(0, m.start() - 40):m.start()], text[m.end():m.end() + 40]
        if not ceilings and v.ceiling.search(before):
            continue
        if v.part.search(before) or v.after.search(behind):
            continue  # a part or an increment, not a sum to set against the ask's
        pounds = float(m.group("sum").replace(",", "")) * v.multipliers.get((m.group("mult") or "").lower(), 1)
        if (years := v.over_years.match(behind)) is not None:  # "£1 million over two years": a year's share of it
            n = years.group(1).lower()
            pounds /= int(n) if n.isdigit() else v.numbers[n]
        out.append((pounds, m.group(0).strip()))
    return out


def less_often(ask: str, answer: str) -> str | None:
    """The answer's words for a period longer than any its ask names ("every three years" where "every year" was
    asked), or None: where either names no period, or the answer names one as often as the ask or more often."""
    asked, given = periods(ask), periods(answer)
    if not asked or not given:
        return None
    shortest = min(given)
    return shortest[1] if shortest[0] > max(months for months, _ in asked) else None


def less_money(ask: str, answer: str) -> str | None:
    """The answer's words for a sum smaller than the one its ask names ("£120,000" where "£400,000" was asked), or None:
    where the ask names no sum or several, the answer none, or one as large as the ask's or larger. A part or an increment
    ("grants of £5,000", "an additional £30,000", "£5,000 each") is not set against it, and a total over years is read
    as a year's share ("£1.2 million over three years" as £400,000)."""
    asked, given = sums(ask, ceilings=False), sums(answer)
    if len(asked) != 1 or not given:  # one sum asked: several ("from £50,000 to £80,000") are no one measure
        return None
    largest = max(given)
    return largest[1] if largest[0] < min(pounds for pounds, _ in asked) else None


LESS_OFTEN, LESS_MONEY = "less often than asked: ", "less money than asked: "  # how `smaller` opens what it finds
SMALLER_MARKS = (LESS_OFTEN, LESS_MONEY)


def smaller(ask: str, answer: str) -> str | None:
    """How the answer commits to less than its ask ("less often than asked: every three years", "less money than
    asked: £120,000"), or None."""
    if (words := less_often(ask, answer)) is not None:
        return f"{LESS_OFTEN}{words}"
    if (words := less_money(ask, answer)) is not None:
        return f"{LESS_MONEY}{words}"
    return None

__all__ = ["SMALLER_MARKS", "less_money", "less_often", "periods", "smaller", "sums"]
