"""Dates, one way for the whole pipeline: found in text, read by dateparser, kept as precise
as the document gives them ("May 2013" -> "2013-05", "24 May 2013" -> "2013-05-24", "2013").

`find_date(text)` finds the first date in running text (a full date before a month and
year), `iso_date(expr)` reads one date expression, `to_date(iso)` turns a stored ISO value
of any precision into the first day of its period. UK documents write numeric dates day
first (24/05/2013).
"""

from __future__ import annotations

import calendar
import logging
import re
from datetime import date
from functools import lru_cache
from typing import Any

log = logging.getLogger(__name__)

MONTH_NAMES: tuple[str, ...] = (
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
)
MONTH_ABBREVIATIONS: tuple[str, ...] = ("jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|Sept?|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Oct|Nov|Dec)\.?"
_ORD = r"(?:st|nd|rd|th)?"
# the date a heading says its contents were written ("Response, May 2025", "Update (as at 28 February 2026)", "2025/26")
AS_OF = rf"(?:(?:as\s+)?(?:at|of|in|on)\s+)?(?:(?:\d{{1,2}}{_ORD}\s+)?{_MONTH},?\s+\d{{4}}|(?:19|20)\d\d(?:[/-]\d\d)?)"
WEEKDAY = r"(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\s+)?"

# Where a date is written, from the most precise form to the least: a date expression is
# found by these, then read by dateparser.
DAY_MONTH_YEAR = re.compile(rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?{_MONTH},?\s+\d{{4}}\b", re.I)
MONTH_DAY_YEAR = re.compile(rf"\b{_MONTH}\s+\d{{1,2}}{_ORD},\s+\d{{4}}\b", re.I)
NUMERIC = re.compile(r"\b\d{1,2}[/.]\d{1,2}[/.]\d{4}\b")
MONTH_YEAR = re.compile(rf"\b{_MONTH},?\s+\d{{4}}\b", re.I)
ISO = re.compile(r"^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?")
ISO_DAY = re.compile(r"\b(?:19|20)\d{2}-\d{2}-\d{2}\b")  # "2031-09-22": a machine's date, a front matter's
PATTERNS = (DAY_MONTH_YEAR, MONTH_DAY_YEAR, NUMERIC, MONTH_YEAR, ISO_DAY)
# The same shapes as a whole expression, single-spaced, read without dateparser (`_written_iso`): loading
# and first running it cost 0.2-0.3 s of CPU a process, and nearly every date a paper gives has one of them.
_WRITTEN = (
    re.compile(rf"(?P<d>\d{{1,2}}){_ORD} (?:of )?(?P<m>{_MONTH}),? (?P<y>\d{{4}})", re.I),
    re.compile(rf"(?P<m>{_MONTH}) (?P<d>\d{{1,2}}){_ORD}, (?P<y>\d{{4}})", re.I),
    re.compile(r"(?P<d>\d{1,2})(?P<sep>[/.])(?P<m>\d{1,2})(?P=sep)(?P<y>\d{4})"),  # day first, as DATE_ORDER
    re.compile(rf"(?P<m>{_MONTH}),? (?P<y>\d{{4}})", re.I),
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
)
WRITTEN_YEARS = (1900, 2099)  # the years the shapes are read in without dateparser (others: by dateparser)


def is_month(word: str) -> bool:
    """'May', 'Sept.', 'december' name a month."""
    w = word.lower().strip(",.")
    return w in MONTH_NAMES or w in MONTH_ABBREVIATIONS


@lru_cache(maxsize=1)
def _parser() -> Any:
    from dateparser.date import DateDataParser  # a second's import: only when a date is read

    return DateDataParser(
        languages=["en"],
        settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first", "REQUIRE_PARTS": ["year"]},
    )


@lru_cache(maxsize=4096)
def iso_date(expr: str) -> str | None:
    """One date expression as ISO 8601 at the precision written, or None if it is not a date.

    "24th of May 2013" -> "2013-05-24"; "Sept 2013" -> "2013-09"; "2013" -> "2013".
    """
    expr = " ".join(expr.split())
    if not expr:
        return None
    written = _written_iso(expr)
    if written is not None:
        return written
    data = _parser().get_date_data(expr)
    when, period = data.date_obj, data.period
    if when is None:
        return None
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    return when.date().isoformat()


def _written_iso(expr: str) -> str | None:
    """A single-spaced expression of one of the `PATTERNS`' shapes with a real day, month and year (in
    WRITTEN_YEARS) as ISO, as dateparser reads it ("24th of May 2013", "Sept. 2013", "24/05/2013"; every
    month's spellings, cases, ordinals and days of 1900-2099 compared); None for anything else, which
    dateparser reads."""
    for pattern in _WRITTEN:
        m = pattern.fullmatch(expr)
        if not m:
            continue
        year, word = int(m.group("y")), m.group("m").lower().rstrip(".")
        month = int(word) if word.isdigit() else next(k for k, name in enumerate(MONTH_NAMES, 1) if name[:3] == word[:3])
        if not (WRITTEN_YEARS[0] <= year <= WRITTEN_YEARS[1] and 1 <= month <= 12):
            return None
        if "d" not in m.groupdict():
            return f"{year:04d}-{month:02d}"
        try:
            return date(year, month, int(m.group("d"))).isoformat()
        except ValueError:  # no such day: as dateparser reads it
            return None
    return None


def find_date(text: str) -> str | None:
    """The first date in `text` as ISO, the most precise form first: "Published May 2013, revised
    24 June 2013" gives "2013-06-24"."""
    for pattern in PATTERNS:
        for m in pattern.finditer(text):
            found = iso_date(m.group(0))
            if found:
                return found
    return None


def is_date_line(text: str) -> bool:
    """A line that is a date and nothing else ("Tuesday, 24 May 2013").

    The date's shapes are taken out first: only a line they leave with no letter or digit is
    read by dateparser, so a line that merely mentions a date is never parsed (nor is
    dateparser loaded for it)."""
    rest = re.sub(WEEKDAY, "", text)
    for pattern in PATTERNS:
        rest = pattern.sub("", rest)
    return not re.search(r"[A-Za-z0-9]", rest) and find_date(text) is not None


def to_date(value: str | None) -> date | None:
    """A stored ISO value of any precision as a date: the first day of its period ("2013-05" is
    1 May 2013, "2013" 1 January 2013); None when unreadable."""
    if not value:
        return None
    m = ISO.match(value.strip())
    if not m:
        return None
    try:
        return date(int(m.group(1)), int(m.group(2) or 1), int(m.group(3) or 1))
    except ValueError:
        return None


def period_end(value: str | None) -> date | None:
    """A stored ISO value of any precision as the last day of its period ("2013-05" is 31 May 2013, "2013" 31 December
    2013, a day itself); None when unreadable."""
    start = to_date(value)
    if start is None:
        return None
    m = ISO.match(str(value).strip())
    if m and m.group(3):
        return start
    if m and m.group(2):
        return start.replace(day=calendar.monthrange(start.year, start.month)[1])
    return start.replace(month=12, day=31)


__all__ = ["AS_OF", "MONTH_NAMES", "find_date", "is_date_line", "is_month", "iso_date", "period_end", "to_date"]
