"""Minutes that answer a report's recommendations: each resolution that names them is an answer.

A Cabinet may answer a scrutiny review in its minutes alone: under the item that considered it, a
resolution per recommendation ("(b) Recommendation 1 is agreed, noting that ...", "(e)
Recommendations 4 and 5 are agreed in part: ...", "(g) as regards Recommendation 7, the Cabinet will
consider ..."). Once the minutes are paired with the report, every paragraph that opens by naming
recommendations of that report is the answer to each of them: that paragraph alone, as a resolution is
one item of the list (the next item, "(i) That authority be delegated ...", is another decision). Other
items' resolutions name none of the report's recommendations and are left alone; the decisions an
officer report seeks are settled by `pipeline.link.minutes`, not here.
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from pipeline.answers.asks import is_question, put_as_ask
from pipeline.answers.judge import Judged, judge_answer
from pipeline.answers.shapes import run_in_title
from pipeline.dates import to_date
from pipeline.labels import REC_WORDS, read_labels
from pipeline.link.match import assignment, flat, full_title, plain
from pipeline.link.minutes import (
    MIN_OVERLAP,
    MIN_SHARED,
    Resolution,
    content_lemmas,
    overlap,
    resolution_opener,
    resolutions,
)
from pipeline.records import Paragraph, ParsedDocument, Recommendation, Response
from pipeline.segment.grammar import RE_SENTENCE_BREAK, ends_open

RESOLUTIONS_VERSION = "resolutions-3"  # 3: resolutions that answer by what they do; 2: items numbered in figures, "RESOLVED -", answers in reported speech
MIN_CONTENT_SHARE = 0.5  # minutes answer a report by content where one item's resolutions answer this share of it
SHARED_ANSWER = 0.75  # a resolution answers a second recommendation sharing this much of what it shares with its first
# what may come before the recommendations a resolution names: "as regards", "in respect of", "on"
_LIST_NUMBER = r"\(?[a-z0-9]{1,4}[.)]\s+"  # a resolution's number in its list: "(2) ", "b. "
# ... or a verb of a few words that decides on them: "To accept recommendations 1, 5 and 10", "Not to accept
# recommendation 3", "That the Cabinet agrees recommendations 2 and 3" (a decision record's items, a resolution's own words)
# (not "That the responses to recommendations 1 to 6 ... be agreed": answers given elsewhere, agreed)
_DECIDES = (r"(?:(?:not\s+)?to\s+)?(?:(?!(?:responses?|answers?|replies|comments|views)\b)[\w’'-]+\s+){0,3}?"
            r"(?<!\bto )(?<!\bof )(?<!\bon )(?<!\bin )(?<!\bfor )(?<!\bwith )(?<!\babout )")
_LEAD = re.compile(rf"^(?:{_LIST_NUMBER})?(?:resolved\b\s*[:\u2013\u2014-]?\s*)?(?:That,?\s+)?(?:(?:as regards|as to|in respect of|with regard to|in relation to|regarding|on|turning to)"
                   rf"\s+(?:the\s+)?|{_DECIDES}(?:the\s+)?)?(?=recommendations?\b)", re.I)
# "Recommendation 1 (Swift bricks in new homes): Agreed ...": a head that names what the resolution answers, then its answer
_RUN_IN_HEAD = re.compile(r"^(?:recommendations?\s+\(?[\w.]{1,6}\)?(?:\s*(?:,|&|\band\b|\bto\b|-|–)\s*\(?[\w.]{1,6}\)?)*)"
                          r"\s*(?:\([^()]{1,100}\))?\s*[:\u2013\u2014-]\s+(?=\S)", re.I)


def _named(text: str) -> list[str]:
    """The recommendation labels a resolution opens by naming ("Recommendations 4 and 5 are agreed")."""
    m = _LEAD.match(text.strip())
    if not m:
        return []
    rest = text.strip()[m.end():]
    # "as regards Recommendation 7, the Cabinet will ...", "in respect of recommendations 2 and 3, the Cabinet Member
    # said ...": the comma closes the reference; read without it, the list is whole
    # "To accept recommendations 1, 5 and 10, to be put into effect ...": the list ends at the clause after it
    clause = re.split(r",\s+(?=[a-z]{2,}\b)(?!and\b|to\s+\d)", rest, maxsplit=1)[0]
    reads = [read_labels(rest), read_labels(re.sub(r"^(\w+\s+[\w()]+(?:\s+and\s+[\w()]+)?),", r"\1", rest)), read_labels(clause)]
    return max((r[0] for r in reads if r), key=len, default=[])


_RESOLVED = re.compile(r"^\s*resolved\b", re.I)


def _item_title(p, last: int) -> bool:
    """A minute item's title: a heading, or a minute's number over a line that is no sentence ("61 Response to the
    Scrutiny Committee: ..."), the number running ahead of the last item's (`last`); not the "RESOLVED –" over its
    resolutions, nor a field ("Present:"), nor a resolution numbered in the item ("1 Recommendations 1 and 2 are
    accepted"), whose number is not ahead."""
    t = p.text.strip()
    if not t or t.endswith((":", "\u2013", "\u2014", "-")) or _RESOLVED.match(t) or _RUN_IN_HEAD.match(f"{t}: "):
        return False  # (nor a head inside the item over one recommendation's resolution: "Recommendation (a) – Bloom 2026")
    # (a resolution lettered "(c) Recommendation 2 is agreed;" is no item: an item is numbered in figures)
    return p.kind == "heading" or (_item_number(p) > last and "\n" not in t and len(t.split()) <= 30
                                   and not t.endswith((".", ";", ",")))


def _item_number(p) -> int:
    """The minute number a paragraph or heading prints: its number in figures, or the figures its heading opens with
    ("58 Revenue budget monitoring"); 0 for none."""
    number = (p.number or "").rstrip(".")
    if not number and p.kind == "heading" and (m := re.match(r"(\d{1,4})\.?\s", p.text.strip())):
        number = m.group(1)
    return int(number) if number.isdigit() else 0


def _items_about(report: ParsedDocument, minutes: ParsedDocument) -> list:
    """The paragraphs of the minute items whose headings name the report by its title ("59. Response to
    the Scrutiny Review of Home Adaptations"), or, in a later meeting of another body, by a shorter title or by its
    author ("CAB/85 Response to the Communities Scrutiny Panel: ..."): another item's resolutions answer another report."""
    title = full_title(report.document.meta.title)
    names = [title] if title else []
    if _answers_after(report, minutes):
        # or by a title too short to name it alone, or by its author, in the heading of an item of another body's later
        # meeting: "Homes for nature: response to the Place Scrutiny Committee"
        names += [n for n in (plain(report.document.meta.title), plain(report.document.meta.body))
                  if n and n != title and len(n.split()) >= AUTHOR_WORDS]
    if not names:
        return []
    out, inside, last = [], False, 0
    for p in minutes.paragraphs:
        if _item_title(p, last):
            heading = f" {plain(p.text)} "
            inside = any(f" {n} " in heading for n in names)
            last = max(last, _item_number(p))
            continue
        if inside:
            out.append(p)
    return out


AUTHOR_WORDS = 2  # a title or an author's name this long names a report in an item's heading of a later meeting


def named_share(report: ParsedDocument, minutes: ParsedDocument) -> float:
    """How surely `minutes` answer `report`: the share of the report's recommendations whose labels the
    resolutions name under the minute item whose heading names the report by its title ("Response to the
    Scrutiny Review of Home Adaptations"); 0 where no item names it, since labels alone ("1" to "8")
    would fit any report of eight."""
    item = _items_about(report, minutes)
    asks = {r.label for r in report.recommendations if r.kind != "decision_sought" and not r.conclusion}
    # (a titled head names what the record under it answers, "Recommendation 2 – half plots", as `_named_runs` reads it)
    named = {lab for p in item for lab in [*_named(p.text), *([p.label] if _labelled_answer(p) else [])] if lab in asks}
    return len(named) / len(asks) if asks else 0.0


def _asks(report: ParsedDocument) -> dict[str, Recommendation]:
    return {r.label: r for r in report.recommendations if r.kind != "decision_sought" and not r.conclusion}


def _answers_after(report: ParsedDocument, minutes: ParsedDocument) -> bool:
    """Whether `minutes` can answer `report` by content: a meeting after the report's date, of a body other than the one
    that wrote it (a scrutiny committee's own minutes adopt its report and send it on: "RESOLVED that the following be
    recommended to the Cabinet: (1) That the waiting list ... be published"; they answer nothing)."""
    made, met = to_date(report.document.meta.date), to_date(minutes.document.meta.date)
    if made is not None and met is not None and met <= made:
        return False
    author, body = (" ".join((d.document.meta.body or "").lower().split()) for d in (report, minutes))
    return not (author and author == body)


_REFERS = re.compile(r"\brecommend(?:s|ed)?\s+to\s+(?:the\s+)?[A-Z]", re.I)


def _referred(minutes: ParsedDocument) -> set[str | None]:
    """The minute items that send recommendations on to another body rather than decide them ("RESOLVED: That the report
    be endorsed and the following be recommended to the Cabinet: (1) ..."): a committee's adoption of its own review."""
    out: set[str | None] = set()
    item: str | None = None
    for p in minutes.paragraphs:
        if p.kind == "heading" and p.number:
            item = p.number
        elif resolution_opener(p.text) and _REFERS.search(p.text):  # (the resolution's; not the debate's account)
            out.add(item)
    return out


def answered_by_content(report: ParsedDocument, minutes: ParsedDocument) -> list[tuple[list[str], Resolution]]:
    """The resolutions of one minute item that answer `report`'s recommendations by what they do, naming none of
    them ("(2) That it be noted that the site licence ... has been published on the Council's website", "(8) That park
    homes not be made eligible for the Warm Homes grant, because ..."), each with the labels it answers: the
    recommendations and the item's resolutions scored by their content lemmas (`pipeline.link.minutes.overlap`) and
    assigned one to one, then each recommendation left over given to the resolution it shares most with, where that
    is nearly as much as the recommendation the resolution was given (one resolution answering two: "That a named
    officer be the contact ..., and that instead of a separately funded advice session ..."). The item is the one
    whose resolutions answer most; [] unless they answer at least `MIN_CONTENT_SHARE` of the recommendations, and two,
    and unless the minutes are another body's, after the report (`_answers_after`)."""
    asks = list(_asks(report).values())
    if len(asks) < 2 or not _answers_after(report, minutes):
        return []
    items: dict[str | None, list[Resolution]] = {}
    referred = _referred(minutes)
    for r in resolutions(minutes.paragraphs):
        if r.item not in referred:
            items.setdefault(r.item, []).append(r)
    wanted = [content_lemmas(a.text) for a in asks]
    best: list[tuple[int, int]] = []
    best_rs: list[Resolution] = []
    for rs in items.values():
        words = [content_lemmas(r.text) for r in rs]
        score = np.array([[overlap(a, b) if len(a & b) >= MIN_SHARED else 0.0 for b in words] for a in wanted])
        rows, cols = assignment()(-score)
        given = {int(i): int(j) for i, j in zip(rows, cols) if score[i, j] >= MIN_OVERLAP}
        for i in range(len(asks)):
            if i in given:
                continue
            j = int(score[i].argmax())
            rivals = [score[k, j] for k, jj in given.items() if jj == j]
            if score[i, j] >= MIN_OVERLAP and all(score[i, j] >= SHARED_ANSWER * x for x in rivals):
                given[i] = j
        if len(given) > len(best):
            best, best_rs = sorted(given.items()), rs
    if len(best) < max(2, MIN_CONTENT_SHARE * len(asks)):
        return []
    by_resolution: dict[int, list[str]] = {}
    for i, j in best:
        by_resolution.setdefault(j, []).append(asks[i].label)
    return [(labels, best_rs[j]) for j, labels in sorted(by_resolution.items())]


def content_share(report: ParsedDocument, minutes: ParsedDocument) -> float:
    """How surely `minutes` answer `report` by what their resolutions do: the share of its recommendations answered
    (`answered_by_content`)."""
    asks = _asks(report)
    found = answered_by_content(report, minutes) if not minutes.responses else []
    return sum(len(labels) for labels, _ in found) / len(asks) if asks else 0.0


def _response(uid: str, label: str, text: str, labels: list[str], page: int, j: Judged) -> Response:
    return Response(
        uid=uid, label=label, text=text, stance=j.stance,  # type: ignore[arg-type]
        progress=j.progress, stance_evidence=list(j.stance_evidence),  # type: ignore[arg-type]
        progress_evidence=list(j.progress_evidence), answers=list(labels), page=page,
        generator=f"{RESOLUTIONS_VERSION}+{j.generator}", method="minutes",
    )


def _answer_text(text: str) -> str:
    """A resolution as an answer: without its list's "; and", nor its number ("(2) That, in respect of ..."), nor a head
    that only names what it answers ("Recommendation 1 (Swift bricks): Agreed ..." -> "Agreed ..."), with the title run
    in after it ("a) Recommendation 1 – Firing programme. Agreed. From ..." -> "Agreed. From ...")."""
    text = re.sub(r"\s*;\s*(?:and|or)?\s*$", "", text.strip())
    numbered = re.match(rf"^{_LIST_NUMBER}(?=recommendations?\b)", text, re.I)
    if numbered:
        text = text[numbered.end():]  # "a) Recommendation 1 – ...": the letter lists the head, which it opens
    head = _RUN_IN_HEAD.match(text)
    if head:
        text = text[head.end():]
        title = RE_SENTENCE_BREAK.split(text, maxsplit=1)
        if len(title) == 2 and run_in_title(title[0]):
            text = title[1]
    return re.sub(rf"^{_LIST_NUMBER}(?=[A-Z])", "", text)


def _named_runs(paragraphs: list, asks: dict[str, Recommendation], blocks: bool = False) -> list[tuple[str, list[str], int]]:
    """(text, labels, page) of each paragraph that opens by naming recommendations of `asks`; under a head that names
    them, with the paragraphs between it and the next such one that carry its answer on ("Recommendation 1 (...):
    Agreed, ..." over "The requirement to be included in the draft Design Code ..."): not a heading, nor another resolution, nor a field
    ("Reason for decision: ..."), nor an aside in brackets. After the last, nothing carries on: what follows is the
    record's own. `blocks`: minutes, whose blocks the segmenter read under a head ("Recommendation 2 – Half plots")
    carry its label and title, and answer it (a report's own recommendations carry theirs too, and answer nothing)."""
    opened = [_named(p.text) for p in paragraphs]  # the labels each paragraph opens by naming, whoever's they are
    named = [(k, [lab for lab in opened[k] if lab in asks] or ([p.label] if blocks and p.label in asks and _labelled_answer(p) else []))
             for k, p in enumerate(paragraphs)]
    named = [(k, labels) for k, labels in named if labels]
    out = []
    under: set[int] = set()  # paragraphs under a head of their own, read with it
    for n, (k, labels) in enumerate(named):
        if k in under:
            continue
        head = paragraphs[k].kind == "heading"
        if head or blocks and paragraphs[k].label in labels and paragraphs[k].title:
            # a head over one recommendation's record ("Recommendation (b) – Hanging baskets" over the Clerk's report
            # and "RESOLVED to approve recommendation (b) ..."): what lies under it, to the next head, is the answer
            body = [] if head else [k]
            for j in range(k + 1, len(paragraphs)):
                if paragraphs[j].kind == "heading" or paragraphs[j].label or any(lab not in labels for lab in opened[j]):
                    break
                body.append(j)
            under.update(body)
            if body:
                out.append(("\n\n".join(paragraphs[j].text.strip() for j in body), labels, paragraphs[k].page))
            continue
        parts = [_answer_text(paragraphs[k].text)]
        # (only an answer under a head goes on: a minute's account, "In respect of recommendation 6, the Cabinet Member
        # said ...", is one paragraph, and the next, "In answer to a question ...", is the debate's)
        headed = _RUN_IN_HEAD.match(re.sub(rf"^{_LIST_NUMBER}", "", paragraphs[k].text.strip())) is not None
        stop = named[n + 1][0] if n + 1 < len(named) and headed else k + 1
        for p in paragraphs[k + 1:stop]:
            t = p.text.strip()
            listed = ends_open(parts[-1]) or bool(re.match(r"^\(\w{1,4}\)", parts[-1])) and len(parts) > 1
            if p.kind == "heading" or resolution_opener(t) or t.startswith("(") and not listed \
                    or re.match(r"^[\w ]{1,40}:", t):
                break  # (the items of a list the answer opens, "... now require that:" over "(1) ...", are its own)
            parts.append(t)
        out.append(("\n\n".join(parts), labels, paragraphs[k].page))
    return out


def _judged(text: str, wanted: list[str]) -> Judged:
    return judge_answer(text, all(is_question(q) for q in wanted), "\n".join(wanted))


def _labelled_answer(p: Paragraph) -> bool:
    """A block the segmenter read under a "Recommendation N" head that answers it: under a titled head ("Recommendation
    2 – half plots"), or one whose words ask nothing ("Recommendation 6" over "The two lamp columns ... were replaced");
    a report's own recommendation reprinted in the minutes ("Recommendation 6" over "That the Council ...") asks."""
    return bool(p.label) and (bool(p.title) or not put_as_ask(p.text, verbs=True))


def resolution_answers(report: ParsedDocument, minutes: ParsedDocument) -> list[Response]:
    """The resolutions of `minutes` that answer recommendations of `report` (not its decisions sought),
    one response per label named, each judged beside the recommendation it answers; where the minutes
    name none of them, or only one (a passing mention), the resolutions that answer them by what they do
    (`answered_by_content`), unless the minutes print answers of their own (a table of responses the
    resolution agrees); [] where neither finds two."""
    asks = _asks(report)
    found = [(p, [lab for lab in _named(p.text) if lab in asks] or ([p.label] if p.label in asks and _labelled_answer(p) else []))
             for p in _items_about(report, minutes)]  # (under a titled head too: "Recommendation 2 – half plots")
    found = [(p, labels) for p, labels in found if labels]
    prefix = minutes.id[:12]
    out: list[Response] = []
    if sum(len(labels) for _, labels in found) < 2:
        if minutes.responses:
            return []  # the minutes print their answers ("the responses set out in the table below be agreed"): read so
        for labels, r in answered_by_content(report, minutes):
            text = _answer_text(r.text)
            j = _judged(text, [asks[lab].text for lab in labels])
            out += [_response(f"{prefix}:res{len(out) + 1 + k}", lab, text, labels, r.page, j) for k, lab in enumerate(labels)]
        return out
    for text, labels, page in _named_runs(_items_about(report, minutes), asks, blocks=True):
        j = _judged(text, [asks[lab].text for lab in labels])
        out += [_response(f"{prefix}:res{len(out) + 1 + k}", lab, text, labels, page, j) for k, lab in enumerate(labels)]
    return out


def _decision_lines(paragraphs: list[Paragraph]) -> list[Paragraph]:
    """Each line of `paragraphs` as a paragraph of its own: a record lists its decisions inside one ("... has decided to
    respond as follows:" / "a) To accept recommendations 1, 5 and 10 ..." / "b) ...")."""
    return [replace(p, text=line) for p in paragraphs for line in p.text.split("\n") if line.strip()]


def decided_answers(report: ParsedDocument, record: ParsedDocument) -> list[Response]:
    """The decisions of a record that is not minutes (an Executive Member's record of decision, a decision notice) that
    answer `report`'s recommendations by naming them ("a) To accept recommendations 1, 5 and 10 ...", "c) Not to
    accept recommendation 3, as ..."): one response per label named, each judged beside what it answers; [] unless
    they name MIN_DECIDED_SHARE of the recommendations, and two."""
    asks = _asks(report)
    runs = _decided_runs(record, asks)
    prefix = record.id[:12]
    out: list[Response] = []
    for text, labels, page in runs:
        j = _judged(text, [asks[lab].text for lab in labels])
        out += [_response(f"{prefix}:dec{len(out) + 1 + k}", lab, text, labels, page, j) for k, lab in enumerate(labels)]
    return out


def decided_share(report: ParsedDocument, record: ParsedDocument) -> float:
    """How surely a record answers `report` by deciding on its recommendations by name: the share of them its
    decisions name (`decided_answers`), where it is a later paper of another body than the report's author."""
    asks = _asks(report)
    if not asks or not _answers_after(report, record):
        return 0.0
    return len({lab for _, labels, _ in _decided_runs(record, asks) for lab in labels}) / len(asks)


def _decided_runs(record: ParsedDocument, asks: dict[str, Recommendation]) -> list[tuple[str, list[str], int]]:
    """The decisions of `record` that name recommendations of `asks` (`_named_runs` over its lines), unjudged (pairing
    only counts them); [] unless they name MIN_DECIDED_SHARE of them, and two."""
    # (a paper's own recommendations, "3.3 Recommendation 1: The Department for Transport should ...", name its own labels,
    # no one else's: an adviser's report decides nothing on an inspection's recommendations 1 to 9;
    # ... but a decision that names recommendations, "a) To accept recommendations 1, 5 and 10", decides on them)
    own = [t for r in record.recommendations
           if r.kind == "scrutiny_recommendation" and not _NAMES_ASKS.search(r.text) and (t := flat(r.text))]
    lines = _decision_lines(record.paragraphs)
    if own:
        lines = [p for p, text in ((p, flat(p.text)) for p in lines) if not any(o in text for o in own)]
    runs = _named_runs(lines, asks)
    named = {lab for _, labels, _ in runs for lab in labels}
    return runs if len(named) >= max(2, MIN_DECIDED_SHARE * len(asks)) else []


MIN_DECIDED_SHARE = 0.5  # a record answers a report by naming at least this share of its recommendations


_NAMES_ASKS = re.compile(rf"\b{REC_WORDS}\s*\d", re.I)  # "recommendations 1, 5 and 10": a decision on others' asks


__all__ = ["RESOLUTIONS_VERSION", "answered_by_content", "content_share", "decided_answers", "decided_share", "named_share",
           "resolution_answers"]
