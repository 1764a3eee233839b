"""Answers of a response that answers under the report's own labels, quoting nothing.

A letter may answer each recommendation in a paragraph that opens with its label and no more:
"(a) I accept this recommendation ...", "(b) I support the aim ..."; or a response may set each label apart as
a heading of its own over the paragraphs that answer it ("1", "2", ... after a table that restates them). Its shape alone cannot tell
those paragraphs from a report's own lettered list; beside the report it can: the paragraphs are
numbered with the report's recommendation labels, in the report's order, and most ask nothing.
Each such paragraph, with the unnumbered paragraphs that continue it, is the answer to the
recommendation its label names (a label is what is printed).
"""

from __future__ import annotations

import re

from pipeline.answers.asks import is_question
from pipeline.answers.judge import judge_answer
from pipeline.answers.references import closes_letter
from pipeline.labels import own_words
from pipeline.records import Paragraph, ParsedDocument, Recommendation, Response
from pipeline.segment.candidates import asks_or_directs

LABELLED_VERSION = "labelled-2"  # 2: a label set alone as a heading
MIN_LABELS = 3  # a run of this many of the report's labels, no fewer
MIN_SHARE = 0.5  # ... covering at least this share of its recommendations


REPORT_KINDS = ("scrutiny_report", "officer_report")  # a report numbers its own paragraphs, answering nothing


def _asks(report: ParsedDocument) -> list[Recommendation]:
    """The report's recommendations that can be answered under their labels: letters, numerals and codes
    ("a", "iv", "YS1"), not plain numbers, which any document's own paragraphs also print."""
    return [r for r in report.recommendations if not r.conclusion and r.label and not r.label[0].isdigit()]


def bare_label(p: Paragraph, words: list[str] | None = None) -> str | None:
    """The label a heading sets alone, nothing but it ("1", "(a)", "R3."), as printed; or, where the report calls its
    asks by a word of its own (`words`: "Ask", "Proposal"), that word and the label, a short title maybe after it ("Ask 3
    – Evening cover"); None for any other paragraph."""
    if p.kind != "heading":
        return None
    m = _BARE.fullmatch(p.text.strip())
    if m is None and words:
        m = re.fullmatch(rf"(?:{'|'.join(map(re.escape, words))})\s+{_BARE.pattern}(?:\s*[\u2013\u2014:-]\s+\S.{{0,100}})?",
                         p.text.strip())
    return m.group(1) if m else None


_BARE = re.compile(r"\(?([A-Za-z]{0,2}\d{1,3}[a-z]?|[a-z]{1,4}|[A-Z])[.):]?")


def _words(report: ParsedDocument) -> list[str]:
    """The word the report calls its asks by, where it is not "recommendation" (`labels.own_words`)."""
    return own_words([ln.text for ln in report.document.lines])


def _answerable(report: ParsedDocument, response: ParsedDocument, words: list[str]) -> list[Recommendation]:
    """The recommendations the response may answer under their labels: `_asks`, or where it sets MIN_LABELS or more
    of the report's labels apart as headings, every labelled one, numbers too."""
    headed = [r for r in report.recommendations if not r.conclusion and r.label]
    labels = {r.label for r in headed}
    if sum(1 for p in response.paragraphs if bare_label(p, words) in labels) >= MIN_LABELS:
        return headed
    return _asks(report)


def _run(report: ParsedDocument, response: ParsedDocument, words: list[str],
         asks: list[Recommendation] | None = None) -> list[tuple[Recommendation, int]]:
    """(recommendation, paragraph index) for the response's paragraphs numbered with the report's labels, or its
    headings that set a label alone, in the report's order; [] unless they are MIN_LABELS or more, MIN_SHARE of the
    report, and most ask nothing. (A plain number labels an answer only set alone as a heading: any document's own
    paragraphs are numbered so too.) `words`: the report's own word for its asks (`_words`); `asks`: `_answerable`,
    where the caller has it."""
    asks = _answerable(report, response, words) if asks is None else asks
    if not asks or response.document.meta.kind in REPORT_KINDS:
        return []
    order = {r.label: k for k, r in enumerate(asks)}
    headed = any(r.label[0].isdigit() for r in asks)  # (labels set apart as headings: only those count)
    found: list[tuple[Recommendation, int]] = []
    last, asking = -1, 0
    for k, p in enumerate(response.paragraphs):
        bare = bare_label(p, words)
        at = order.get(bare) if bare is not None else None if p.kind == "heading" or headed else order.get(p.number or "")
        if at is None:
            continue
        if at <= last:
            return []  # out of the report's order: not answers under its labels
        # (a head's own words are its label and title, "Ask 3 - Evening cover": what follows it asks or answers)
        answer = response.paragraphs[k + 1].text if bare is not None and k + 1 < len(response.paragraphs) else p.text
        asking += asks_or_directs(answer)
        found.append((asks[at], k))
        last = at
    if len(found) < MIN_LABELS or len(found) < MIN_SHARE * len(asks) or asking > len(found) / 2:
        return []  # too few, or a list that mostly asks (the report's own list, reprinted)
    return found


def label_share(report: ParsedDocument, response: ParsedDocument) -> float:
    """The share of the report's recommendations that the response answers under their labels (0 when it
    does not answer so)."""
    words = _words(report)
    asks = _answerable(report, response, words)
    return len(_run(report, response, words, asks)) / len(asks) if asks else 0.0


def _continues(p: Paragraph, last: bool) -> bool:
    """An unnumbered paragraph that goes on with the answer above it, not a heading or the letter's close
    (`references.closes_letter`: its valediction, and after the last answer its closing paragraph)."""
    return not p.number and p.kind != "heading" and not closes_letter(p, last)


def labelled_answers(report: ParsedDocument, response: ParsedDocument) -> list[Response]:
    """The answers `response` gives under the labels of `report`'s recommendations, each judged beside
    the recommendation it answers."""
    words = _words(report)
    run = _run(report, response, words)
    paragraphs = response.paragraphs
    prefix = response.id[:12]
    out = []
    for n, (rec, k) in enumerate(run):
        stop = run[n + 1][1] if n + 1 < len(run) else len(paragraphs)
        titled = bare_label(paragraphs[k], words) is not None  # a heading set under the bare label is its title, not the end
        parts = [] if titled else [paragraphs[k].text.strip()]
        for p in paragraphs[k + 1: stop]:
            if titled and p.kind == "heading" and not parts:
                continue
            titled = False
            if not _continues(p, last=n + 1 == len(run)):
                break
            parts.append(p.text.strip())
        text = "\n\n".join(t for t in parts if t)
        j = judge_answer(text, is_question(rec.text), rec.text)
        out.append(Response(
            uid=f"{prefix}:l{n + 1}", label=rec.label, text=text, restated=None,
            stance=j.stance, progress=j.progress,  # type: ignore[arg-type]
            stance_evidence=list(j.stance_evidence), progress_evidence=list(j.progress_evidence),
            answers=[rec.label], page=paragraphs[k].page, generator=f"{LABELLED_VERSION}+{j.generator}",
            method="labelled", recommendation=rec.uid,
        ))
    return out
