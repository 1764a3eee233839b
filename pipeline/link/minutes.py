"""Which decisions sought a meeting's minutes settle, matched by their content words.

Minutes reword what they decide: the report asks "Members are asked to note the report" and
the minutes record "RESOLVED – That the report be noted"; "(4) delegate authority to the
Head of ..." comes back as "(3) That authority be delegated to the Head of ...". Quotation
matching misses most of these, but the words that carry the decision survive the passive
and the renumbering once each word is reduced to its lemma (spaCy's English lookup table:
noted -> note, delegated -> delegate). So:

1. the minutes' resolutions are read: a paragraph opened by a resolution word ("RESOLVED –
   That ...") or each item under one ("RESOLVED –" then "(1) ...", "(2) ..."), with the
   label the minutes print on it and the minute item (numbered heading) it sits in;
2. where one minute item's title shares most of its words with the report's title, only
   that item's resolutions are candidates (minutes record one item per report);
3. each decision and each resolution become sets of content lemmas (stop words out), scored
   by their overlap coefficient (shared / the smaller set), and decisions are assigned to
   resolutions one to one by the optimal assignment (`scipy.optimize.linear_sum_assignment`),
   keeping pairs that share at least `MIN_SHARED` lemmas and score `MIN_OVERLAP`;
4. a resolution that settles nothing ("be deferred to ...", "not be agreed") still takes its
   decision out of the running, but records no decision.

The words of both steps 1 and 4 are data (`models/lexicon/minutes.v1.json`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

import numpy as np

from pipeline.lexicon import load
from pipeline.records import Paragraph, Recommendation
from pipeline.segment.grammar import RESOLUTION

if TYPE_CHECKING:
    from spacy.lookups import Table

MATCHER_VERSION = "minutes-words-1"
MIN_SHARED = 2  # content lemmas a decision and its resolution have in common, at least
MIN_OVERLAP = 0.3  # shared lemmas over the smaller set, at least
MIN_TITLE_OVERLAP = 0.6  # a minute item is the report's when its title shares this much of the report's title
_WORD = re.compile(r"[a-z][a-z'’\-]*[a-z]|\d{4}")
_LABEL = re.compile(r"^\s*(?:\((?P<a>[0-9a-z]{1,4})\)|(?P<b>[0-9a-z]{1,3})[.)])\s+")


@dataclass(frozen=True, slots=True)
class Resolution:
    """One resolution of the minutes: its printed label (or its place in the item), its text
    without the opener, the minute item it sits in, and whether it settles anything."""

    label: str
    text: str
    item: str | None
    settles: bool
    page: int


@dataclass(frozen=True, slots=True)
class Settled:
    """A decision sought matched to the resolution that records it."""

    recommendation: Recommendation
    resolution: Resolution
    score: float


@dataclass(frozen=True, slots=True)
class _Words:
    opener: re.Pattern[str]
    not_settled: re.Pattern[str]


@lru_cache(maxsize=1)
def _words() -> _Words:
    return _Words(RESOLUTION.opener, re.compile(rf"\b(?:{load('minutes').alternation('not_settled')})\b", re.I))


@lru_cache(maxsize=1)
def _lemma_table() -> Table:
    from spacy.lookups import load_lookups  # the table only: no pipeline to build

    return load_lookups("en", ["lemma_lookup"]).get_table("lemma_lookup")


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS

    return frozenset(STOP_WORDS)


@lru_cache(maxsize=8192)
def content_lemmas(text: str) -> frozenset[str]:
    """The lemmas of a text's content words: lower case, stop words out ('That the report be
    noted' -> {'report', 'note'})."""
    table, stop = _lemma_table(), _stop_words()
    words = (w.strip("'’-") for w in _WORD.findall(text.lower().replace("\u2019", "'")))
    return frozenset(table.get(w, w) for w in words if len(w) > 2 and w not in stop)


def overlap(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / min(len(a), len(b)) if a and b else 0.0


def resolution_opener(text: str) -> bool:
    """Whether `text` opens with a resolution's word ("RESOLVED –", "AGREED:")."""
    return RESOLUTION.opener.match(text) is not None


def resolutions(paragraphs: list[Paragraph]) -> list[Resolution]:
    """The resolutions of the minutes, in order (see the module docstring)."""
    words = _words()
    out: list[Resolution] = []
    item: str | None = None
    under_opener = marked = False
    for p in paragraphs:
        text = p.text.strip()
        if p.kind == "heading":
            opener = words.opener.match(text)
            if p.number:
                item, under_opener = p.number, False
            elif opener and not text[opener.end():].strip():
                under_opener, marked = True, False  # "RESOLVED –" alone: the paragraphs after it are its items
            continue
        opener = words.opener.match(text)
        rest = text[opener.end():].strip() if opener else ""
        if opener and rest.endswith(":") and len(rest.split()) <= 4 and not any(i.label for i in p.items):
            under_opener, marked = True, False  # "RESOLVED that Council:" then its numbered items
            continue
        if opener and rest:
            body, under_opener = rest, False
        elif opener:
            under_opener, marked = True, False
            continue
        elif under_opener:
            body = text
        else:
            continue
        parts: list[tuple[str | None, str]] = (
            [(i.label, i.text) for i in p.items if i.label] if p.items and not under_opener else [])
        if not parts:
            m = _LABEL.match(body)
            printed = (m.group("a") or m.group("b")) if m else p.number or p.label  # the segmenter took "(a)" off
            if under_opener and not printed and marked:
                under_opener = False  # the numbered resolutions are over: "The meeting ended at ..."
                continue
            marked = bool(printed)
            parts = [(printed, body[m.end():] if m else body)]
        for label, part in parts:
            n = sum(1 for r in out if r.item == item) + 1
            out.append(Resolution(label or str(n), part.strip(), item, not words.not_settled.search(part), p.page))
    return out


def report_item(rs: list[Resolution], titles: dict[str, str], report_title: str | None) -> str | None:
    """The minute item whose title shares most of the report's title, if one shares enough."""
    want = content_lemmas(report_title or "")
    best, score = None, 0.0
    for item, title in titles.items():
        s = len(want & content_lemmas(title)) / len(want) if want else 0.0
        if s > score and any(r.item == item for r in rs):
            best, score = item, s
    return best if score >= MIN_TITLE_OVERLAP else None


def settled_decisions(decisions: list[Recommendation], minutes: list[Paragraph],
                      report_title: str | None = None) -> list[Settled]:
    """The decisions sought that the minutes record as decided, each with its resolution."""
    rs = resolutions(minutes)
    titles = {p.number: p.text for p in minutes if p.kind == "heading" and p.number}
    item = report_item(rs, titles, report_title)
    if item is not None:
        rs = [r for r in rs if r.item == item]
    if not decisions or not rs:
        return []
    # a decision that asks the meeting to choose among options ("resolve one of the following: a) ... b) ...") is
    # settled by the resolution that takes one of them: each option line is scored as well as the whole
    d_words = [[content_lemmas(d.text), *(content_lemmas(line) for line in d.text.split("\n")[1:] if line.strip())]
               for d in decisions]
    r_words = [content_lemmas(r.text) for r in rs]
    score = np.array([[max(overlap(a, b) if len(a & b) >= MIN_SHARED else 0.0 for a in parts) for b in r_words]
                      for parts in d_words])
    from pipeline.link.match import assignment  # SciPy's assignment, without scipy.optimize's start-up

    rows, cols = assignment()(-score)
    return [Settled(decisions[i], rs[j], round(float(score[i, j]), 3)) for i, j in zip(rows, cols)
            if score[i, j] >= MIN_OVERLAP and rs[j].settles]
