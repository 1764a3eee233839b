"""A response in parts, one for each report it answers.

An executive answers several reviews in one paper ("Executive response to scrutiny reviews"): a part for
each, headed by the review's title ("Part 2: Branching out - the tree canopy"), and each part numbers its
answers from 1 again. Labels then repeat inside the paper, and a part that names its answers by short titles
alone quotes nothing of its report: only the part's heading says which report it answers. A response names
what it answers; here it names it once, at the head of the part.

`parts_by_report` finds such parts: the headings that each name one report by its title, and the paragraphs
from each to the next. The linker pairs each named report with the response and reads its answers in its
part alone.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.link.match import content_words, flat, plain, title_forms
from pipeline.records import ParsedDocument, Response

MIN_PARTS = 2  # a response in parts names two reports or more, each at the head of its own part
OPENING = 60  # characters: an answer is in the part that prints its opening words (a table's row prints its cells apart)


def _phrases(report: ParsedDocument) -> list[str]:
    """The report's title and its main title, `plain` and set off by spaces, each a phrase of two words or more that
    holds a word that can tell one report from another (not "scrutiny review": answer lexicon `review_generic`)."""
    out = []
    for form in title_forms(report.document.meta.title or ""):
        phrase = plain(form)
        if len(phrase.split()) >= 2 and content_words(form):
            out.append(f" {phrase} ")
    return out


def parts_by_report(response: ParsedDocument, reports: list[ParsedDocument]) -> dict[str, tuple[int, int]]:
    """{report id: (first, end)}: the paragraphs of the part of `response` that answers each report, where two or
    more of its headings each name one report by its title or its main title (`title_forms`); {} for any
    other response. A part runs from its heading to the next heading that names another report."""
    phrases = {r.id: found for r in reports if r.id != response.id and (found := _phrases(r))}
    heads: list[tuple[int, str]] = []
    for k, p in enumerate(response.paragraphs):
        if p.kind != "heading" or not phrases:
            continue
        text = f" {plain(p.text)} "
        named = [rid for rid, forms in phrases.items() if any(f in text for f in forms)]
        if len(named) == 1 and (not heads or heads[-1][1] != named[0]):
            heads.append((k, named[0]))
    if len({rid for _, rid in heads}) < MIN_PARTS or len({rid for _, rid in heads}) != len(heads):
        return {}
    ends = [k for k, _ in heads[1:]] + [len(response.paragraphs)]
    return {rid: (k, end) for (k, rid), end in zip(heads, ends)}


def _opening(answer: Response) -> str:
    return flat(answer.text)[:OPENING]


def part_of(response: ParsedDocument, span: tuple[int, int]) -> ParsedDocument:
    """The response as its part alone: the part's paragraphs, and the answers read in them (an answer that no
    paragraph of the response prints, where its paragraphs were not kept, is in every part: it is never lost)."""
    paragraphs = response.paragraphs[span[0]: span[1]]
    text = " ".join(flat(p.text) for p in paragraphs)
    everywhere = " ".join(flat(p.text) for p in response.paragraphs)
    heading = flat(paragraphs[0].text) if paragraphs else ""
    answers = [r for r in response.responses
               if ((opening := _opening(r)) in text or opening not in everywhere)
               and not (heading and flat(r.text).startswith(heading))]  # the part's heading answers nothing
    return replace(response, paragraphs=paragraphs, responses=answers)


def outside_parts(response: ParsedDocument, spans: list[tuple[int, int]]) -> list[Response]:
    """The answers of `response` that no part prints (an answer before the first part's heading): kept as read, so that
    reading the paper part by part loses none of them."""
    inside = " ".join(flat(p.text) for a, b in spans for p in response.paragraphs[a:b])
    everywhere = " ".join(flat(p.text) for p in response.paragraphs)
    return [r for r in response.responses if (opening := _opening(r)) not in inside and opening in everywhere]


def in_printed_order(response: ParsedDocument, answers: list[Response]) -> list[Response]:
    """`answers` in the order `response` prints them: by the first paragraph that holds each one's opening words."""
    texts = [flat(p.text) for p in response.paragraphs]

    def where(answer: Response) -> int:
        opening = flat(answer.text)[:80]
        return next((k for k, t in enumerate(texts) if opening and opening in t), len(texts))
    return sorted(answers, key=where)
