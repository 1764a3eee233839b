"""A document's table of contents, told from its text: entries that name sections found later.

A contents list is a run of short lines near the start of a document, each naming a section
that the document opens again further on ("Conclusions and recommendations ........ 9", or
the same without leaders, or with the page number lost in conversion). Its entries look like
headings and even carry numbers ("1 Introduction 5"), so a reader that takes them for the
sections themselves opens the recommendations section pages too early. This module finds
them by that general fact alone: an entry's title occurs again later as a heading, and the
entries stand together.
"""

from __future__ import annotations

import re

from pipeline.records import Paragraph

MIN_ENTRIES = 3  # a contents list names at least this many sections
MAX_GAP = 2  # lines between two entries of one list
MAX_WORDS = 14


def _key(text: str) -> str:
    """An entry's title without its number, page number, leaders and case: 'Introduction'."""
    t = re.sub(r"^(?:(?:chapter|part|section|annex|appendix)\s+)?[\divxlc]{1,4}(?:\.\d{1,3})*[.)]?\s+", "", text.strip(), flags=re.I)
    t = re.sub(r"(?:[\s.…·]{2,}|\s+)\d{1,4}\s*$", "", t)  # leaders and the page number
    return " ".join(re.findall(r"[a-z]+", t.lower()))


def _entry_like(p: Paragraph) -> bool:
    text = p.text.strip()
    return (bool(text) and "\n" not in text and len(text.split()) <= MAX_WORDS and text[-1] not in ".;:,"
            and not re.search(r"[.!?]\s", text))  # a title, not a sentence


def _opens_its_paragraphs(paragraphs: list[Paragraph], i: int) -> bool:
    """The heading at `i` is followed by the first of its own numbered paragraphs ("2 RECOMMENDATIONS" over "2.1 It is
    recommended ..."): a section, though another paper of the same file (a reports pack's next report) uses its title
    again; a contents entry is followed by the next entry."""
    p, nxt = paragraphs[i], paragraphs[i + 1] if i + 1 < len(paragraphs) else None
    return bool(p.number and nxt is not None and nxt.kind != "heading" and (nxt.number or "").startswith(f"{p.number}."))


def _names_sections(p: Paragraph, k: int, last: dict[str, int], longest: int) -> bool:
    """A heading (`p`, at `k`) whose words are the titles of several later sections, run together
    (a contents list whose lines the reader joined into one: 'Introduction Funding ... Workforce').
    `last` gives each heading title the index of its last occurrence; `longest` is the most
    words a title has. The heading's runs of words are looked up, not every title searched for."""
    if len(p.text.split()) > 60:
        return False
    words = re.findall(r"[a-z]+", p.text.lower())
    runs = {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, min(len(words), a + longest) + 1)}
    return sum(len(run) > 3 and last.get(run, -1) > k for run in runs) >= MIN_ENTRIES


def _lists_sections(p: Paragraph, k: int, headings: dict[str, list[int]]) -> bool:
    """A paragraph of lines, one entry each, every one the title of a later heading (a web page's "On this
    page" list: "- Workforce (recommendations 1, 2 and 5)", "- Communication (recommendations 3 and 4)")."""
    lines = [re.sub(r"^[-\u2022*\u25cf\u2013]\s*", "", line).strip() for line in p.text.split("\n")]
    lines = [line for line in lines if line]
    if len(lines) < MIN_ENTRIES or any(len(line.split()) > MAX_WORDS for line in lines):
        return False
    return all(any(j > k for j in headings.get(_key(line), [])) for line in lines)


def contents_entries(paragraphs: list[Paragraph]) -> set[int]:
    """Indexes of the paragraphs that are entries of a contents list."""
    keys = [_key(p.text) if _entry_like(p) else "" for p in paragraphs]
    headings: dict[str, list[int]] = {}
    for i, (p, k) in enumerate(zip(paragraphs, keys)):
        if k and p.kind == "heading":
            headings.setdefault(k, []).append(i)
    named_later = [
        i for i, k in enumerate(keys)
        if k and len(k) > 2 and any(j > i + 1 for j in headings.get(k, [])) and not _opens_its_paragraphs(paragraphs, i)
    ]
    last = {k: where[-1] for k, where in headings.items()}
    longest = max((len(k.split()) for k in headings), default=0)
    out: set[int] = {  # only a heading can be a run-together contents list
        i for i, p in enumerate(paragraphs) if p.kind == "heading" and _names_sections(p, i, last, longest)
    }
    out.update(i for i, p in enumerate(paragraphs) if _lists_sections(p, i, headings))
    run: list[int] = []
    for at in [*named_later, None]:
        if run and (at is None or at - run[-1] > MAX_GAP + 1):
            if len(run) >= MIN_ENTRIES:
                out.update(run)
                out.update(_between(paragraphs, run))
            run = []
        if at is not None:
            run.append(at)
    return out


RE_PAGE = re.compile(r"(?:\s[.…·–—-]\s?|[.…·]{2,}\s?|\t|\s)(?P<page>\d{1,3})\s*$")  # "Money – 4", "Money ...... 4"


def _page(p: Paragraph) -> int | None:
    m = RE_PAGE.search(p.text.strip())
    return int(m.group("page")) if m else None


def _between(paragraphs: list[Paragraph], run: list[int]) -> list[int]:
    """The lines between a contents list's entries that are entries too, though the heading of their section was
    not found (a designed report's chapter title set beside a box): a contents list stands together, so a title-like
    line among its entries that ends in a page number, between the pages of the entries on either side, is one of
    them ("Recruit two officers by April 2026" ends in a year, no page)."""
    pages = {i: _page(paragraphs[i]) for i in run}
    if any(n is None for n in pages.values()) or list(pages.values()) != sorted(pages.values()):  # type: ignore[type-var]
        return []
    out = []
    for j in range(run[0] + 1, run[-1]):
        page = _page(paragraphs[j])
        before = max(i for i in run if i < j)
        after = min(i for i in run if i > j)
        if j not in run and page is not None and _entry_like(paragraphs[j]) \
                and pages[before] <= page <= pages[after]:  # type: ignore[operator]
            out.append(j)
    return out


__all__ = ["contents_entries"]
