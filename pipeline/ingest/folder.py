"""A council for the paper that names it only by its kind, from the papers filed beside it.

Some papers name their council only as their own readers know it: a minutes extract appended
to a report opens "Governance Update Appendix 1 - County Council 13 March 2025", a record of
decision is headed "County Council". The full name is what the papers filed beside it print:
an archive is filed by publisher (one folder per council or per meeting, as ModernGov, the
fetcher and a clerk's download all keep it). So a paper with no council whose first page names
a council by its kind alone ("County Council", "the City Council", "Borough Council") takes
the one council of that kind that the other papers of its folder name. Nothing is lent when
the paper prints no such kind, when its folder names no council of that kind, or names two.
A paper that prints no kind (a national report filed among a council's papers) is left alone.

The paper keeps an issue (W208) that says where its council came from, and a council taken
this way never counts as named when the folder is read again, so it cannot vote for itself.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import PurePath

from pipeline.errors import message
from pipeline.lexicon import LOCAL_COUNCIL_KINDS, alternation
from pipeline.records import Document, Issue, ParsedDocument

FROM_FOLDER = "W208"
OPENING_PARAGRAPHS = 12  # the first page's opening paragraphs and headings, where a paper says whose it is
# a council named by its kind: "County Council", "Metropolitan Borough Council"
RE_KIND = re.compile(rf"\b((?:Metropolitan\s+)?(?:County|City|Borough|District|{alternation(LOCAL_COUNCIL_KINDS)})\s+Council)\b")


@dataclass(frozen=True, slots=True)
class Paper:
    """One paper as the folder reader sees it."""

    path: str
    council: str | None  # as read from the paper itself (None when it names none)
    opening: str  # the first lines of its first page


def kind_of(name: str) -> str:
    return re.sub(r"\s+", " ", name).strip().lower()


def opening(parsed: ParsedDocument) -> str:
    """The title and the opening paragraphs of the document's first page (what a stored
    document keeps: its lines are not stored)."""
    first = [p.text for p in parsed.paragraphs[:OPENING_PARAGRAPHS] if (p.page or 1) == 1]
    return "\n".join([parsed.document.meta.title or "", *first])


def folder_councils(papers: Iterable[Paper]) -> dict[str, str]:
    """The council of each paper that names none but names its kind, where its folder's other
    papers name exactly one council of that kind."""
    by_folder: dict[str, list[Paper]] = defaultdict(list)
    for paper in papers:
        by_folder[str(PurePath(paper.path).parent)].append(paper)
    found: dict[str, str] = {}
    for members in by_folder.values():
        named = {p.council for p in members if p.council}
        for paper in members:
            if paper.council:
                continue
            kinds = {kind_of(k) for k in RE_KIND.findall(paper.opening)}
            fits = {c for c in named if any(kind_of(c).endswith(" " + k) for k in kinds)}
            if len(fits) == 1:
                found[paper.path] = fits.pop()
    return found


def paper(parsed: ParsedDocument) -> Paper:
    """The paper at its `document.path`, its council counted only when read from the paper itself."""
    d = parsed.document
    return Paper(d.path, None if borrowed(d) else d.meta.council, opening(parsed))


def borrowed(document: Document) -> bool:
    """Whether the document's council was taken from its folder (W208), not read from it."""
    return any(i.code == FROM_FOLDER for i in document.issues)


def lend(document: Document, council: str) -> bool:
    """Give `document` its folder's council. False when it has that council already."""
    if document.meta.council == council:
        return False
    document.meta.council = council
    document.issues = [i for i in document.issues if i.code != FROM_FOLDER]
    document.issues.append(Issue(FROM_FOLDER, message(FROM_FOLDER, document.source, detail=council)))
    return True


__all__ = ["FROM_FOLDER", "Paper", "borrowed", "folder_councils", "lend", "paper"]
