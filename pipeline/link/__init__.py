"""Report <-> response matching, stance and progress.

`link_documents(docs)` pairs each response document with the report it answers and each
answer with the recommendation it answers; recommendations with no answer are listed as
awaiting a response, with the days they have been open.

Document pairs are prefiltered on metadata before any text is compared (same council
when both are known, response not dated before the report), so the cost grows with the
candidate pairs times their recommendations, not with all documents squared.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from datetime import date

from pipeline.answers import judge_answer, keyed
from pipeline.answers.align import BRIEF_WHERE_QUOTED, align_answers, brief_restatements, reprints
from pipeline.answers.asks import is_question
from pipeline.answers.judge import status_printed
from pipeline.answers.references import courtesy, pointed_answers, summary_verdicts
from pipeline.answers.shapes import TITLE_MAX_WORDS, is_title  # a head that only titles what it answers is no ask
from pipeline.answers.smaller import SMALLER_MARKS
from pipeline.answers.stance import classify_stance, load_rules, progress_given_stance
from pipeline.answers.tables import source_of
from pipeline.answers.topics import Passage
from pipeline.config import RESPONSE_DEADLINE_DAYS
from pipeline.dates import period_end, to_date
from pipeline.labels import normalise as norm_label
from pipeline.lexicon import load as load_lexicon
from pipeline.link.copies import printed_copies
from pipeline.link.labelled import MIN_LABELS, label_share, labelled_answers
from pipeline.link.match import (
    NAME_WORDS,
    QUOTE_MIN,
    Match,
    containment,
    content_words,
    full_title,
    match_pair,
    pair_affinity,
    paper_ngrams,
    plain,
    quotable,
    restated_share,
    shingles,
    title_forms,
)
from pipeline.link.minutes import MATCHER_VERSION, settled_decisions
from pipeline.link.parts import in_printed_order, outside_parts, part_of, parts_by_report
from pipeline.link.resolutions import content_share, decided_answers, decided_share, named_share, resolution_answers
from pipeline.link.topics import answers_by_topic, answers_by_words, passage_affinity, passages, reads_by_topic
from pipeline.records import Copy, Link, ParsedDocument, Response

log = logging.getLogger(__name__)

PAIR_MIN = 0.3  # affinity a response document needs to be paired with a report
SUBJECT_LINES = 20  # the opening lines where a memo or an e-mail prints its subject line
BODY_BONUS = 0.1
TITLE_BONUS = 0.1
NAMED_BONUS = 0.1  # the response's title names the report's author ("Response to the report of the X Group")
# Two renderings of one paper (a PDF and its text export, a web page and its PDF) each hold nearly all of the
# other's words in order; a response quotes what it answers but not the report's whole body. On the external
# documents the renderings share 0.83-1.00 of their word 5-grams both ways, a report and its response 0.35 at
# most on the report's side, two papers on one call-in 0.32.
SAME_PAPER_MIN = 0.75
_RE_REPORT_OF = re.compile(r"^(?:the\s+)?(?:final\s+)?report\s+(?:of|from|by)\s*:?\s*(?:the\s+)?(?P<name>.+)$", re.I)


@dataclass(slots=True)
class Awaiting:
    """A recommendation with no response yet, or a decision sought that no minutes record yet.

    `status` is `awaiting` or `overdue` (no response `deadline_days` after the report) for a
    recommendation, and `decision_sought` for a decision an officer report asks of a meeting:
    the meeting settles it, no response document answers it, so it is never overdue.
    `days_open` counts from the report date (the first day of its period when the date is
    partial) to `today`; `due` is the deadline date (ISO) and `text` the recommendation.
    Conclusions kept from a "conclusions and recommendations" list await nothing.
    """

    report: str
    recommendation: str
    report_date: str | None
    days_open: int | None
    due: str | None = None
    text: str = ""
    report_id: str = ""
    status: str = "awaiting"
    recommendation_uid: str = ""

    @property
    def overdue(self) -> bool:
        return self.status == "overdue"


@dataclass(slots=True)
class DocumentPair:
    """A response document paired with the report it answers, and how sure the pairing is."""

    report: str
    response_document: str
    score: float
    response_date: str | None = None
    report_id: str = ""
    response_document_id: str = ""


@dataclass(slots=True)
class LinkResult:
    """The links found, the recommendations still awaiting an answer, the document pairs, and the
    answers of response documents that were read anew by alignment with their report (by
    response document id)."""

    links: list[Link] = field(default_factory=list)
    awaiting: list[Awaiting] = field(default_factory=list)
    pairs: list[DocumentPair] = field(default_factory=list)
    realigned: dict[str, list[Response]] = field(default_factory=dict)
    # the recommendations a response document holds only as quotations of what it answers, or as part of an
    # answer (by response document id): the report's, not its own, so not awaiting anything of anyone
    quoted: dict[str, set[str]] = field(default_factory=dict)
    # the recommendations printed again in another paper that holds the same print (a report and the reports
    # pack that reprints it, a PDF and its text export): tracked once, by their original (`pipeline.link.copies`)
    copies: list[Copy] = field(default_factory=list)


_norm = plain


def _plain_of(doc: ParsedDocument, made: dict[str, str]) -> str:
    """A document's paragraphs, each `plain` and set off by spaces, made once (kept in `made` by its id)."""
    if doc.id not in made:
        made[doc.id] = "\n".join(f" {plain(p.text)} " for p in doc.paragraphs)
    return made[doc.id]


def _council_ok(a: ParsedDocument, b: ParsedDocument) -> bool:
    ca, cb = _norm(a.document.meta.council), _norm(b.document.meta.council)
    return not ca or not cb or ca == cb


def _date_ok(report: ParsedDocument, response: ParsedDocument) -> bool:
    """A response is dated on or after its report; a date known only to its month or year ("2025-10", a tracker headed
    "October 2025") is any day of that period (`period_end`)."""
    rd, sd = to_date(report.document.meta.date), period_end(response.document.meta.date)
    return rd is None or sd is None or sd >= rd


def _direction_ok(report: ParsedDocument, response: ParsedDocument) -> bool:
    """A response answers a report, never the other way round: a document read as a response
    is not the report of a document read as a report, whatever the quotations between them
    suggest (a response restates its report, so the two quote each other alike)."""
    answering = {"response", "minutes"}
    return not (report.document.meta.kind in answering and response.document.meta.kind not in answering)


def _words(text: str | None) -> set[str]:
    return {w for w in _norm(text).split() if len(w) > 3}


SHORT_TITLE_WORDS = 2  # words of a report's short title (before its colon) that name it, "Safe at home"


def _titled_alike(report: ParsedDocument, response: ParsedDocument) -> bool:
    """The response's title takes up half or more of the report's title words ("Room to Play: the Committee's
    review of play areas" to "Room to Play: a scrutiny review of the Council's play areas")."""
    rt, st = _words(report.document.meta.title), _words(response.document.meta.title)
    # ... or the whole of its short title, before the colon ("Safe at home: a review of fire safety" to "SAFE AT HOME:
    # RESPONSE TO THE PANEL'S RECOMMENDATIONS")
    # ... or set in capitals over its subtitle ("EVERYONE'S TOWN CENTRE Access to ..." to "Everyone's town centre: you
    # said, we did"; `title_forms`)
    shorts = [_words(form) for form in title_forms(report.document.meta.title or "")[1:]]
    return bool(rt and st) and (len(rt & st) / len(rt) >= 0.5
                                or any(len(short) >= SHORT_TITLE_WORDS and short < rt and short <= st for short in shorts)) \
        or _opens_with_title(report, response)


def _opens_with_title(report: ParsedDocument, response: ParsedDocument) -> bool:
    """The response's title opens with the report's main title, however short, and says in the rest that it answers
    ("Charged up? Our response to the Task and Finish Group's recommendations" to "Charged up? Public charging for
    electric vehicles in Tidemoor"; answer lexicon `answering_words`)."""
    theirs = plain(response.document.meta.title)
    answering = set(load_lexicon("answers").words("answering_words"))
    for form in title_forms(report.document.meta.title or "")[1:]:
        main = plain(form)
        if main and theirs.startswith(f"{main} ") and answering & set(theirs[len(main):].split()):
            return True
    return False


def _answers_every_label(report: ParsedDocument, response: ParsedDocument, names_title: bool = False) -> float:
    """PAIR_MIN (enough to pair where nothing else does, never more than the report the response echoes) when the
    response answers under their labels exactly the report's recommendations, at least MIN_LABELS of them, and its title shares at least SHORT_TITLE_WORDS words with the report's ("Wheelchair services: progress on
    the Committee's recommendations" to "Getting about: NHS wheelchair services in Kelmscombe"): a letter that answers
    each in turn by its number, on the report's subject, quoting none of them (the words that say a paper answers,
    "response", "progress": answer lexicon `answering_words`; and a review's generic words, are not its subject); else
    0. A paper that names the report by its full title or its author (`names_title`) needs no title of its own on the subject: the
    minutes of a meeting that heard the answers ("the responses ... to the seven recommendations of its report 'Lost in
    the post? ...'") are titled by the committee."""
    asked = {r.label for r in report.recommendations if not r.conclusion}
    answered = {label for r in response.responses for label in (r.answers or [r.label])}
    if len(asked) < MIN_LABELS or answered != asked:
        return 0.0
    if names_title:
        return PAIR_MIN
    answering = load_lexicon("answers").words("answering_words")
    shared = {w for w in content_words(report.document.meta.title) & content_words(response.document.meta.title)
              if len(w) > 3 and w not in answering}  # (as `_words` counts a title's words)
    return PAIR_MIN if len(shared) >= SHORT_TITLE_WORDS else 0.0  # enough alone, no more


def _meta_bonus(report: ParsedDocument, response: ParsedDocument, titled_counted: bool = False) -> float:
    rm, sm = report.document.meta, response.document.meta
    bonus = 0.0
    if rm.body and sm.body and _norm(rm.body) == _norm(sm.body):
        bonus += BODY_BONUS
    if not titled_counted and _titled_alike(report, response):
        bonus += TITLE_BONUS
    return bonus


def _authors(report: ParsedDocument) -> list[str]:
    """Who the report says wrote it, in its opening lines ("Report of the Empty Homes Task and Finish
    Group", "Report of: ..."): names a response may use in its title for the report it answers."""
    out = []
    for line in report.document.lines[:15]:
        for part in re.split(r"\s*\*\*\s*|\t", line.text):  # a header table read as one line
            m = _RE_REPORT_OF.match(part.strip())
            if m and len(_words(m.group("name"))) >= NAME_WORDS:
                out.append(m.group("name"))
    return out


def _names_report(report: ParsedDocument, response: ParsedDocument) -> bool:
    """The response's title names the body whose report it answers: a response names what it
    answers, and a paraphrasing response may echo little else of it."""
    title = _norm(response.document.meta.title)
    return bool(title) and _names_author(report, f" {title} ")


def _names_author(report: ParsedDocument, text: str) -> bool:
    """The response names in its text (`text`, as `_names_title` takes it) the body whose report it answers ("set up to
    carry out the recommendations of the Water Play Task Group"): a project's highlight report or a bulletin's item,
    titled by its own series, says whose report it reports on."""
    return any(f" {_norm(name)} " in text for name in _authors(report))


def _names_title(report: ParsedDocument, response: ParsedDocument, text: str) -> bool:
    """The response names the report by its full title somewhere in its text (`text`: its paragraphs,
    `plain`, each between spaces, made once per response): a title of NAME_WORDS content words or more,
    or a shorter one in quotation marks ("“Getting There: a review of ...”")."""
    raw = (report.document.meta.title or "").strip()
    for form in title_forms(raw):
        title = full_title(form)
        if title is not None and f" {title} " in text:
            return True
    if full_title(raw) is not None:
        return False
    # a short title ("Getting There") names the report where the response quotes it: “Getting There: ...”
    quoted = re.compile(r"[“\"‘']" + re.escape(raw) + r"(?!\w)", re.I)
    # ... or where a memo's or e-mail's subject line opens with it: "Re: Safe holidays – the Committee's review ..."
    subject = re.compile(r"^(?:re|subject)\s*:\s*[“\"‘']?" + re.escape(raw) + r"(?!\w)", re.I)
    return len(plain(raw).split()) >= 2 and (any(quoted.search(p.text) for p in response.paragraphs)
                                             or any(subject.match(ln.text) for ln in response.document.lines[:SUBJECT_LINES]))


def _of_no_kind(response: ParsedDocument) -> bool:
    """A paper of no kind that asks nothing and gave no answers by its shape: where it names a report by its title (a
    partner's bulletin, "... published “Heart of the town”, its review of Weavers Yard ... Here is where we have got to
    with ours", over a heading per subject), it may answer that report by subject though no reader knew it for a
    response."""
    return response.document.meta.kind == "other" and not response.recommendations and not response.responses


def _same_paper(a: ParsedDocument, b: ParsedDocument, texts: dict[str, frozenset[tuple[str, ...]]]) -> bool:
    """`a` and `b` are one paper in two renderings: each holds `SAME_PAPER_MIN` or more of the other's word
    5-grams. A paper is not an answer to its own copy, however fully it restates the copy's recommendations."""
    ta, tb = paper_ngrams(a, texts), paper_ngrams(b, texts)
    if not ta or not tb:
        return False
    shared = len(ta & tb)
    return min(shared / len(ta), shared / len(tb)) >= SAME_PAPER_MIN


SAME_ASKS = 0.5  # the share of a paper's recommendations that another asks in the same words, to ask the same
ASK_CHARS = 120  # ... its words compared as far as this, `plain`


def _asks_the_same(a: ParsedDocument, b: ParsedDocument) -> bool:
    """Two papers that ask the same decisions in the same words: an officer's decision report and the record of the
    decision taken on it. Each restates the other's asks, as a response quotes what it answers; but a paper of the
    same kind whose own decisions are the other's answers nothing. (An officer's paper that puts a scrutiny report's
    recommendations to the Cabinet quotes them for the answer: it is another kind of paper.)"""
    if not a.recommendations or not b.recommendations:
        return False
    theirs = {plain(r.text)[:ASK_CHARS] for r in b.recommendations}
    same = sum(plain(r.text)[:ASK_CHARS] in theirs for r in a.recommendations)
    return same >= SAME_ASKS * len(a.recommendations) and same >= SAME_ASKS * len(b.recommendations) \
        and not _written_between(b, {plain(r.text)[:ASK_CHARS] for r in a.recommendations})


def _written_between(paper: ParsedDocument, asks: set[str]) -> bool:
    """The paper sets each of the asks it restates apart and writes its own prose after it, before the next (a Chair's
    report to Council quoting each recommendation of the review, then what became of it): it answers them. A record of
    the decisions lists them one after another, nothing of its own between."""
    at = [k for k, p in enumerate(paper.paragraphs) if p.kind != "heading" and plain(p.text)[:ASK_CHARS] in asks]
    if len(at) < 2:
        return False
    written = sum(any(p.kind != "heading" and plain(p.text)[:ASK_CHARS] not in asks for p in paper.paragraphs[i + 1:j])
                  for i, j in zip(at, [*at[1:], len(paper.paragraphs)]))
    return written >= SAME_ASKS * len(at)


def _parts(response: ParsedDocument, reports: list[ParsedDocument]) -> dict[str, tuple[int, int]]:
    """The parts of a response that answers several reports, one part each (`parts_by_report`); {} for a paper that
    answers nothing."""
    if response.document.meta.kind != "response" and not response.responses:
        return {}
    return parts_by_report(response, reports)


def pair_documents(docs: list[ParsedDocument],
                   texts: dict[str, frozenset[tuple[str, ...]]] | None = None) -> list[DocumentPair]:
    """Each response document with the report it answers: the one it echoes most, and beside it every
    other that it echoes enough and names by its full title (one paper answering two reviews).

    A response is a document whose answers echo a report's recommendations, or one that
    restates them, answers found or not: a response quotes what it answers, whatever its
    shape (`match.restated_share`).
    """
    reports = [d for d in docs if d.recommendations]
    pairs: list[DocumentPair] = []
    texts = {} if texts is None else texts  # each paper's word 5-grams, made once it is compared (`paper_ngrams`)
    for resp in docs:
        best: tuple[float, ParsedDocument] | None = None
        titled: list[tuple[float, ParsedDocument]] = []  # reports the response names by their titles
        plain_text: dict[str, str] = {}  # its paragraphs, `plain`, made once it meets a report (`_plain_of`)
        text: frozenset[tuple[str, ...]] | None = None  # its quotable trigrams, once it meets a report
        topical = passages(resp) if reads_by_topic(resp) else []  # a response that answers by subject
        named_passages: list[Passage] = []  # ... or a paper of no kind that names a report by its title
        groups = review_groups(resp)  # a tracker of several reviews: its rows, by the review each names
        grouped: list[tuple[float, ParsedDocument, str]] = []
        eligible: list[ParsedDocument] = []  # the reports it may answer: its council's, dated before it
        for rep in reports:
            if rep.id == resp.id or not _date_ok(rep, resp) or not _direction_ok(rep, resp):
                continue
            # a response titled by the report it answers ("Down the Drain? - our response to the Joint Scrutiny
            # Committee") names it, whoever wrote it: a partner body, or one council of a joint committee's several
            # ... or a paper of no kind the reader knew that asks nothing itself (a letter whose kind was not read)
            titled_by = _titled_alike(rep, resp) and (resp.document.meta.kind == "response" or (
                resp.document.meta.kind == "other" and not resp.recommendations))
            # (another body's paper answers a council's report only where it names that council: a partner's letter to
            # the council's committee, "c/o Democratic Services, Fellbrook County Council")
            if not titled_by and not _council_ok(rep, resp) \
                    and f" {_norm(rep.document.meta.council)} " not in _plain_of(resp, plain_text):
                continue
            if not resp.responses and _same_paper(rep, resp, texts):
                continue  # (a response that prints its report in full as an appendix still answers it)
            if resp.document.meta.kind == rep.document.meta.kind != "response" and _asks_the_same(rep, resp):
                continue  # a report and the record of its decision ask the same: neither answers the other
            eligible.append(rep)
            text = quotable(resp.paragraphs) if text is None else text
            if groups:
                score, source = max((group_score(rep, rows, src), src) for src, rows in groups.items())
                if score >= PAIR_MIN:
                    grouped.append((min(1.0, score + _meta_bonus(rep, resp, titled_by)), rep, source))
                continue
            names_title = _names_title(rep, resp, _plain_of(resp, plain_text))
            by_subject = topical
            if not topical and names_title and _of_no_kind(resp):
                by_subject = named_passages = named_passages or passages(resp)  # (a paper of no kind that names this report)
            score = max(
                pair_affinity(rep.recommendations, resp.responses) if resp.responses else 0.0,
                restated_share(rep.recommendations, text),
                passage_affinity(rep.recommendations, by_subject) if by_subject else 0.0,
                # minutes resolving on them, by their labels or by what the resolutions do
                max(named_share(rep, resp), content_share(rep, resp)) if resp.document.meta.kind == "minutes" else 0.0,
                # a record of decision that decides on them by name ("a) To accept recommendations 1, 5 and 10 ...")
                decided_share(rep, resp) if resp.document.meta.kind != "minutes" and not resp.responses else 0.0,
                # a letter answering under the report's own labels, quoting nothing, that names the report by its title
                label_share(rep, resp) if not resp.responses and _titled_alike(rep, resp) else 0.0,
                # a letter answering every one of them under its label, on the report's subject or naming it, quoting nothing
                # ... or naming the report by its title or its author in its text
                _answers_every_label(rep, resp, names_title or _names_author(rep, _plain_of(resp, plain_text))),
            )
            if score < PAIR_MIN and not resp.responses:
                # a letter that sets each recommendation out in brief before its answer, in the report's order: paraphrase
                # proves less than quotation, so it pairs only where it restates half of them or more
                brief = len(brief_restatements(rep.recommendations, resp.paragraphs)) / len(rep.recommendations)
                score = brief if brief >= BRIEF_WHERE_QUOTED else score
            if _names_report(rep, resp) or names_title:
                score += NAMED_BONUS  # the response names the report: by its author in its title, or by its title
            if titled_by:
                score += TITLE_BONUS  # named by its title: as good a sign as being named by its author
                # ... and a response titled by the report it answers pairs with it though it echoes little of it: a
                # partner's slides or table in its own words ("Right care, first call" over "Our response to the
                # Health Overview and Scrutiny Committee's review"), unless another report fits it better
                score = max(score, PAIR_MIN)
            if score < PAIR_MIN:
                continue
            score = min(1.0, score + _meta_bonus(rep, resp, titled_by))
            if best is None or score > best[0]:
                best = (score, rep)
            if names_title:
                titled.append((score, rep))
        if grouped:
            # a tracker of several reviews answers each with the rows that name it: per review, the report it fits best
            kept: dict[str, tuple[float, ParsedDocument, str]] = {}
            for entry in sorted(grouped, key=lambda g: -g[0]):
                kept.setdefault(entry[2], entry)
            for score, rep, _ in kept.values():
                pairs.append(DocumentPair(rep.source, resp.source, round(score, 3), resp.document.meta.date, rep.id, resp.id))
        elif best is not None or (parts := _parts(resp, eligible)):
            # one paper may answer several reports ("Responses to two scrutiny reviews"): beside the one it echoes
            # most, each other that it echoes enough to pair and names by its full title, and each that heads a part of
            # its own (`pipeline.link.parts`)
            chosen = [best, *(t for t in titled if t[1] is not best[1])] if best is not None else []
            paired = {rep.id for _, rep in chosen}
            parts = parts if best is None else _parts(resp, eligible)  # (found once: the test above made it where no best)
            chosen += [(PAIR_MIN + NAMED_BONUS, rep) for rep in eligible if rep.id in parts and rep.id not in paired]
            for score, rep in chosen:
                pairs.append(DocumentPair(rep.source, resp.source, round(score, 3), resp.document.meta.date, rep.id, resp.id))
        elif resp.responses:
            log.info("%s: no report found that this response answers", resp.source)
    pairs = _one_way(pairs, docs)
    pairs.sort(key=lambda p: (p.report, p.report_id, to_date(p.response_date) or date.min, p.response_document, p.response_document_id))
    return pairs


def _one_way(pairs: list[DocumentPair], docs: list[ParsedDocument]) -> list[DocumentPair]:
    """Two papers never answer each other: where each was paired as the other's response (a Chair's report to Council
    restates the review's recommendations in full, and the review prints the report's run-in titles in its findings),
    the direction with the stronger evidence stands; where the two are as strong, the later paper answers the earlier,
    and where neither date says, the paper whose asks the other restates at greater length is the report (a response
    quotes whole recommendations; the other way round only their titles echo)."""
    by_id = {d.id: d for d in docs}
    key = {(p.report_id, p.response_document_id): p for p in pairs}

    def weight(p: DocumentPair) -> tuple[float, int, int]:
        mine, answered = to_date(p.response_date), by_id.get(p.report_id)
        theirs = to_date(answered.document.meta.date) if answered is not None else None
        later = 0 if mine is None or theirs is None else 1 if mine > theirs else -1
        asked = sum(len(r.text.split()) for r in answered.recommendations) if answered is not None else 0
        return p.score, later, asked

    out = []
    for p in pairs:
        back = key.get((p.response_document_id, p.report_id))
        if back is not None and p.report_id != p.response_document_id and weight(back) > weight(p):
            continue
        out.append(p)
    return out


def answers_to(report: ParsedDocument, response: ParsedDocument) -> list[Response]:
    """The answers `response` gives to `report` (`_answers_to`), their colour cells read through the key the
    response prints (`pipeline.answers.key`), and the parts of one recommendation answered apart joined
    (`parts_joined`); the same list as `response.responses` where nothing changed."""
    answers = parts_joined(keyed(_answers_to(report, response), response.paragraphs, response.document.lines), report)
    return pointed_answers(summary_verdicts(response.paragraphs, answers))


def parts_joined(responses: list[Response], report: ParsedDocument) -> list[Response]:
    """One answer per recommendation where the response answers it in lettered parts the report does not print
    ("R3(a)", "R3(b)" to the report's 3): the parts' texts in order; partly accepted where their verdicts differ (guide rule 1.4), in progress where part is done and part
    not (rule 2.2). Where the report prints the parts ("2a", "2b"), each answers its own."""
    labels = {norm_label(r.label) for r in report.recommendations}
    def base(label: str) -> str | None:
        m = re.fullmatch(r"(\d{1,3})\(?[a-z]\)?", norm_label(label))
        return m.group(1) if m and norm_label(label) not in labels and m.group(1) in labels else None
    out: list[Response] = []
    changed = False
    for r in responses:
        key = base(r.label) or (norm_label(r.label) if norm_label(r.label) in labels else None)
        prev = out[-1] if out else None
        if prev is not None and key is not None and norm_label(prev.label) == key and base(r.label):
            stance = prev.stance if prev.stance == r.stance else "partially_accepted"
            progresses = {prev.progress, r.progress} - {"unknown"}
            progress = prev.progress if prev.progress == r.progress else (
                progresses.pop() if len(progresses) == 1 else "in_progress")
            out[-1] = replace(prev, text=f"{prev.text}\n\n{r.text}", stance=stance, progress=progress,  # type: ignore[arg-type]
                              stance_evidence=list(dict.fromkeys([*prev.stance_evidence, *r.stance_evidence])),
                              progress_evidence=list(dict.fromkeys([*prev.progress_evidence, *r.progress_evidence])),
                              answers=[key], generator=prev.generator if prev.generator.endswith("+parts")
                              else f"{prev.generator}+parts")
            changed = True
            continue
        if base(r.label) is not None:
            r = replace(r, label=base(r.label) or r.label, answers=[base(r.label) or r.label])
            changed = True
        out.append(r)
    return out if changed else responses


def review_groups(response: ParsedDocument) -> dict[str, list[Response]] | None:
    """The rows of a tracker that follows several reviews in one table, by the review each names in its "Review"
    column (`pipeline.answers.tables.source_of`); None for a response to one report."""
    groups: dict[str, list[Response]] = {}
    for r in response.responses:
        src = source_of(r.details)
        if src is not None:
            groups.setdefault(src, []).append(r)
    return groups if len(groups) >= 2 else None


def group_score(report: ParsedDocument, rows: list[Response], source: str) -> float:
    """How well the rows that name one review answer `report`: their words against its recommendations
    (`pair_affinity`), and the review's name against the report's title ("Markets Review (Place Scrutiny
    Committee, May 2025)" and "Making the Most of Our Markets" share "markets")."""
    name = source.split("(")[0]
    named = bool(content_words(name) & content_words(report.document.meta.title))
    return pair_affinity(report.recommendations, rows) + (TITLE_BONUS if named else 0.0)


def _answers_to(report: ParsedDocument, response: ParsedDocument) -> list[Response]:
    """The answers `response` gives to `report`: found by where it restates the report's
    recommendations when it restates at least as many as its shape yields answers, else as its
    shape gave them (`response.responses`, returned as the same list). Beside the aligned
    answers stay the rows of response tables (the table reader knows their columns) and the
    shape-read answers that no aligned one covers (a recommendation the response paraphrased)."""
    groups = review_groups(response)
    if groups:  # a tracker of several reviews: the rows of the review that answers this report
        rows = max(groups.items(), key=lambda g: group_score(report, g[1], g[0]))[1]
        return read_beside_asks(rows, report)
    aligned = align_answers(report.recommendations, response.paragraphs, doc_id=response.id, judge=judge_answer,
                            report=reprints(report.paragraphs))
    if not aligned and not response.responses and (labelled := labelled_answers(report, response)):
        return labelled  # it answers under the report's own labels, "(a) I accept ..."
    if not aligned and not response.responses and (decided := decided_answers(report, response)):
        return decided  # a record of decision that decides on them by name, "a) To accept recommendations 1, 5 and 10"
    if not aligned and response.responses and not any(r.answers for r in response.responses):
        return answers_by_words(report, response.responses)  # its answers print no label: matched by their words
    if not aligned and (reads_by_topic(response) or _of_no_kind(response)
                        and _names_title(report, response, _plain_of(response, {}))) \
            and (topical := answers_by_topic(report, response) or response.responses):
        return topical  # it names and quotes nothing
    if not aligned and not response.responses:
        # no answer by its shape, by quotation or by subject: a letter that sets each recommendation out in brief
        aligned = align_answers(report.recommendations, response.paragraphs, doc_id=response.id, judge=judge_answer,
                                report=reprints(report.paragraphs), brief=True)
    if not aligned and response.responses and all(r.method == "shape" for r in response.responses):
        # heads that print a label over some answers ("Cooling the Metro (Recommendation 2)") and only a subject over
        # the rest: read by subject, it answers more, and the same ones under their printed labels
        topic = answers_by_topic(report, response)
        headed = {norm_label(a) for r in response.responses for a in (r.answers or [r.label])}
        # (a letter's courtesy that the words of a recommendation echo, "Thank you for the Committee's report Feeding in
        # the early weeks ...", answers nothing: it is no more that the subject reading finds, nor one of its answers)
        topic = [r for r in topic if norm_label(r.label) in headed or not courtesy(r.text)]
        if len({r.recommendation for r in topic}) > len(headed) and headed <= {norm_label(r.label) for r in topic}:
            return topic
    shaped = [r for r in response.responses if r.method != "table"]
    if not aligned or len({r.recommendation for r in aligned}) < len({a for r in shaped for a in (r.answers or [r.label])}):
        # where its other answers quote the report's recommendations, one that quotes none under a paragraph number of
        # the response's own is the response document's own item
        asked = _asked(report)
        quoting = sum(_quotes(r.restated or "", asked) for r in response.responses)
        answers = [r for r in response.responses if not (quoting >= 2 and _own_item(r, report, asked))]
        return read_beside_asks(response.responses if len(answers) == len(response.responses) else answers, report)
    asked = _asked(report)
    aligned, rows = _rows_over_aligned(aligned, [r for r in response.responses if r.method == "table"], asked)
    aligned, rows = _verdicts_over_aligned(aligned, rows)
    # a row left beside an aligned answer to its label, quoting no recommendation, is a table of something else under
    # numbers of its own (an equality screening's questions, 1 to 4): it answers nothing
    held = {norm_label(a.label) for a in aligned}
    rows = [r for r in rows if norm_label(r.label) not in held or _quotes(r.restated or "", asked)]
    taken = {r.label for r in aligned} | {r.label for r in rows}
    # what the aligned answers hold, and the quotations they open with: a block read by its shape that runs across
    # several of them (from the end of one answer over the next quotation into the next answer) holds no text of its own
    covered = " ".join(f"{_norm(r.text)} {_norm(r.restated or '')}" for r in aligned)
    rest = [r for r in response.responses if r.method != "table" and r.label not in taken
            and not all(_norm(part) in covered for part in re.split(r"\n\s*\n", r.text) if part.strip())
            and not _own_item(r, report, asked)]
    return aligned + read_beside_asks(rows + rest, report)


def _asked(report: ParsedDocument) -> list[frozenset[tuple[str, ...]]]:
    """The word trigrams of each of the report's recommendations, made once for every answer compared with them."""
    return [shingles(r.text) for r in report.recommendations]


def _own_item(answer: Response, report: ParsedDocument, asked: list[frozenset[tuple[str, ...]]]) -> bool:
    """An item of the response document's own, not an answer to the report: it restates something the report does not
    ask, under a paragraph number of the response's own where the report numbers its recommendations without dots (the
    covering report's "5.1 That the Committee notes the response in Appendix A")."""
    labels = {norm_label(r.label) for r in report.recommendations}
    own_number = bool(re.fullmatch(r"\d{1,3}(?:\.\d{1,3})+", answer.label)) and not any("." in lab for lab in labels)
    return bool(answer.restated) and own_number and not _quotes(answer.restated or "", asked)


def _quotes(restated: str, asked: list[frozenset[tuple[str, ...]]]) -> bool:
    """`restated` quotes one of the recommendations whose trigrams are `asked` (`_asked`): most of its word trigrams."""
    quoted = shingles(restated)
    return any(containment(own, quoted) >= QUOTE_MIN for own in asked)


QUOTE_FIRST = 40  # characters: a recommendation's first paragraph this long, inside an answer, is the answer's


def quotations(report: ParsedDocument, response: ParsedDocument, answers: list[Response]) -> set[str]:
    """The uids of the response's recommendations that are the report's, quoted (a Government response
    prints each recommendation in bold before answering it: its words, or most of them), or that lie inside
    one of its answers ("The Department will instead publish revised guidance ..."): a response quotes what
    it answers, and what it quotes asks nothing of anyone a second time."""
    asked = _asked(report)
    answered = [f" {_norm(a.text)} " for a in answers]
    out = set()
    for rec in response.recommendations:
        own = shingles(rec.text)
        restates = any(own and theirs and max(containment(own, theirs), containment(theirs, own)) >= QUOTE_MIN
                       for theirs in asked)
        # ... or lies inside an answer: all of it, or its first paragraph (a block read to the letter's end holds the close)
        first = rec.text.split("\n")[0]
        inside = [f" {_norm(rec.text)} "] + ([f" {_norm(first)} "] if len(first) >= QUOTE_FIRST else [])
        if restates or any(part in text for part in inside for text in answered):
            out.add(rec.uid)
    return out


READ_ACROSS_WORDS = 3  # words a row's answer must hold for the aligned answer around it to be the row read across


def _rows_over_aligned(aligned: list[Response], rows: list[Response],
                       asked: list[frozenset[tuple[str, ...]]]) -> tuple[list[Response], list[Response]]:
    """(aligned answers, table rows): a table row takes the place of the aligned answer read across it.

    Where a response table restates a recommendation, the aligned answer runs from the restatement to the
    next one, through every cell of the row: a lead officer's name, a status column read as prose. The
    table reader knows what each column is, so its row is the answer; it answers the recommendation the
    alignment found restated in it (a table may number its rows its own way). Several rows inside one aligned
    answer, none quoting a recommendation (`asked`), are a table the answer holds, or one printed after the last answer
    (an equality screening, a table of figures): the answer stands, and those rows answer nothing."""
    if not rows:
        return aligned, rows
    def read_across(row: Response, text: str) -> bool:
        """Every cell of the row's answer stands whole in the aligned text, and they say enough to tell (a cell "No."
        is in any answer that says "no new lanterns")."""
        cells = [c for c in map(_norm, row.text.split("\n\n")) if c]
        return sum(len(c.split()) for c in cells) >= READ_ACROSS_WORDS and all(f" {c} " in f" {text} " for c in cells)

    kept: list[Response] = []
    relabelled = {id(r): r for r in rows}
    held: set[int] = set()
    for a in aligned:
        text = _norm(a.text)
        inside = [r for r in rows if read_across(r, text)]
        if len(inside) > 1 and not any(_quotes(r.restated or "", asked) for r in inside):
            held.update(id(r) for r in inside)
        if not inside or id(inside[0]) in held:
            kept.append(a)
            continue
        row = inside[0]
        if row.label != a.label and a.label not in {r.label for r in inside}:
            relabelled[id(row)] = replace(relabelled[id(row)], label=a.label, recommendation=a.recommendation,
                                          answers=[a.label if x == row.label else x for x in row.answers])
    return kept, [relabelled[id(r)] for r in rows if id(r) not in held]


VERDICT_WORDS = 6  # words: a table's answer this short that prints a verdict prints nothing else


def _verdicts_over_aligned(aligned: list[Response], rows: list[Response]) -> tuple[list[Response], list[Response]]:
    """(aligned answers, table rows): a summary table that prints each recommendation's verdict alone ("A2 | Regional
    partnerships | Accepted in principle") ahead of the answers in full gives the verdict of the answer to the same
    label, printed (guide rule 1), and is no answer of its own: the answer is the verdict, then its words."""
    rules = load_rules()
    verdicts: dict[str, tuple[str, str]] = {}
    for row in rows:
        text = " ".join(row.text.split())
        stance, evidence = classify_stance(text, rules)
        if evidence and len(text.split()) <= VERDICT_WORDS and 2 * len(" ".join(evidence)) >= len(text):
            verdicts[norm_label(row.label)] = (stance, text)
    if not verdicts:
        return aligned, rows
    out = []
    for a in aligned:
        verdict = verdicts.get(norm_label(a.label))
        if verdict is None:
            out.append(a)
            continue
        stance, printed = verdict
        progress, p_ev = a.progress, a.progress_evidence
        if progress_given_stance(stance, progress) != progress:
            progress, p_ev = "unknown", []  # nothing accepted, so nothing under way (guide rule 2.1)
        out.append(replace(a, text=f"{printed}\n\n{a.text}", stance=stance, stance_evidence=[printed],  # type: ignore[arg-type]
                           progress=progress, progress_evidence=p_ev))  # type: ignore[arg-type]
    merged = {norm_label(a.label) for a in aligned}
    return out, [r for r in rows if not (norm_label(r.label) in verdicts and norm_label(r.label) in merged)]


def read_beside_asks(responses: list[Response], report: ParsedDocument) -> list[Response]:
    """Answers that did not restate what they answer ("Turning to recommendations 4 and 5, ..."), or only titled it
    ("Recommendation 9: reporting to the Committee"), read again now that the report is known: beside the words of the
    recommendations they answer by label (`judge_answer`'s `ask`, `pipeline.answers.relevance`). Their stance stays as
    read (the ask is a feature of progress), except an acceptance that commits to less often or less money than the ask
    (`pipeline.answers.smaller`), which becomes partial; progress changes only where the judgement reaches the same
    stance. The same list when nothing changes."""
    texts = {r.label: r.text for r in report.recommendations}
    out, changed = [], False
    for r in responses:
        # (a table's row is read by its columns, its progress from what they print: an action log's rows, tagged with the
        # recommendation they answer, restate none of it)
        asks = [texts[a] for a in (r.answers or [r.label]) if a in texts] \
            if (r.restated is None or is_title(r.restated, TITLE_MAX_WORDS)) and r.method != "table" else []
        j = judge_answer(r.text, all(is_question(a) for a in asks), "\n".join(asks)) if asks else None
        if j is not None and j.stance != r.stance and r.stance == "accepted" and j.stance_evidence[:1] \
                and j.stance_evidence[0].startswith(SMALLER_MARKS):
            # an acceptance that commits to less than the ask, as only the ask can show ("every three years", "£120,000")
            r, changed = replace(r, stance=j.stance, stance_evidence=j.stance_evidence), True  # type: ignore[arg-type]
        # (a status the answer prints, a badge over it or a status cell, is its progress whatever its words say)
        printed = status_printed(r.progress_evidence)
        if j is not None and j.stance == r.stance and j.progress != r.progress and not printed:
            r, changed = replace(r, progress=j.progress, progress_evidence=j.progress_evidence), True  # type: ignore[arg-type]
        out.append(r)
    return out if changed else responses


def decided_in(report: ParsedDocument, minutes: ParsedDocument) -> list[Match]:
    """The decisions sought of `report` that `minutes` record as decided: each matched to the
    resolution that records it by their content words (`link.minutes`), since minutes reword
    what they decide ("That the report be noted"). A deferred decision is not decided. Each
    becomes a link of method "minutes" to the resolution's printed label."""
    decisions = [r for r in report.recommendations if r.kind == "decision_sought"]
    settled = settled_decisions(decisions, minutes.paragraphs, report.document.meta.title)
    prefix = minutes.id[:12]
    return [
        Match(s.recommendation,
              Response(uid=f"{prefix}:res:{s.resolution.item or ''}/{s.resolution.label}", label=s.resolution.label,
                       text=s.resolution.text, page=s.resolution.page, generator=MATCHER_VERSION, method="minutes",
                       recommendation=s.recommendation.uid, score=s.score),
              s.resolution.label, s.score, "minutes")
        for s in settled
    ]


MINUTES_WINDOW_DAYS = 90  # minutes settle decisions sought of reports dated up to this long before the meeting
# Minutes not paired with a report must restate its decision more closely than the paired minutes
# need to: nothing but the words says that this report was on that meeting's agenda.
MINUTES_UNPAIRED_MIN_SCORE = 0.75


def _settle_by_other_minutes(docs: list[ParsedDocument], result: LinkResult, answered: set[str]) -> None:
    """Minutes record the decisions of every report on their meeting's agenda, not only of the
    report they were paired with: each minutes document also settles the open decisions of
    every other report of the same council dated on or up to `MINUTES_WINDOW_DAYS` before the
    meeting, each resolution used once."""
    paired = {(p.report_id, p.response_document_id) for p in result.pairs}
    used = {(l.response_document_id, l.response_to) for l in result.links}
    for minutes in (d for d in docs if d.document.meta.kind == "minutes"):
        held = to_date(minutes.document.meta.date)
        if held is None:
            continue
        for rep in docs:
            if rep is minutes or (rep.id, minutes.id) in paired:
                continue
            if not any(r.kind == "decision_sought" and r.uid not in answered for r in rep.recommendations):
                continue
            dated = to_date(rep.document.meta.date)
            councils = {c for c in (rep.document.meta.council, minutes.document.meta.council) if c}
            if dated is None or not 0 <= (held - dated).days <= MINUTES_WINDOW_DAYS or len(councils) > 1:
                continue
            for m in decided_in(rep, minutes):
                if m.score < MINUTES_UNPAIRED_MIN_SCORE or m.recommendation.uid in answered \
                        or (minutes.id, m.response_to) in used:
                    continue
                result.links.append(Link(rep.source, m.recommendation.label, minutes.source, m.response_to, m.score,
                                         m.method, rep.id, minutes.id, m.recommendation.uid))
                answered.add(m.recommendation.uid)
                used.add((minutes.id, m.response_to))


def link_documents(
    docs: list[ParsedDocument], *, today: date | None = None, deadline_days: int = RESPONSE_DEADLINE_DAYS
) -> LinkResult:
    """Link every recommendation among `docs` to its answers; list those still awaiting one.

    Several response documents to one report (a first answer, then progress updates)
    are all kept, in date order. `today` defaults to the current date.
    """
    today = today or date.today()
    by_id = {d.id: d for d in docs}
    made: dict[str, frozenset[tuple[str, ...]]] = {}  # each paper's word 5-grams: for pairing, then for copies
    result = LinkResult(pairs=pair_documents(docs, made))
    answered: set[str] = set()
    paired: dict[str, list[ParsedDocument]] = {}
    for pair in result.pairs:
        paired.setdefault(pair.response_document_id, []).append(by_id[pair.report_id])
    # a response in parts, one for each report it answers: each report's answers are read in its part alone
    parts = {rid: found for rid, reps in paired.items() if len(reps) >= 2 and (found := _parts(by_id[rid], reps))}
    for pair in result.pairs:
        rep, resp = by_id[pair.report_id], by_id[pair.response_document_id]
        whole = resp  # (the document, where `resp` is the part of it that answers `rep`)
        if rep.id in parts.get(resp.id, {}):
            resp = part_of(resp, parts[resp.id][rep.id])
        matches: list[Match] = []
        if resp.document.meta.kind == "minutes":
            matches = decided_in(rep, resp)  # minutes settle decisions sought ...
            resolved = resolution_answers(rep, resp)  # ... and may answer recommendations, one resolution each
            if resolved:
                result.realigned[resp.id] = [*result.realigned.get(resp.id, []), *resolved]
                taken = {m.recommendation.uid for m in matches}
                matches += [m for m in match_pair(rep.recommendations, resolved) if m.recommendation.uid not in taken]
        # what answers is read by what it holds, whatever its kind was guessed to be: a committee's web page of a
        # meeting item ("Meeting: ... Item 6") that holds an action tracker answers as a response does
        if resp.document.meta.kind != "minutes" or (not matches and resp.responses):
            try:
                responses = answers_to(rep, resp)
            except Exception:  # noqa: BLE001 - a fault in reading one pair must not lose the run's other links
                log.exception("%s -> %s: the answers could not be read beside the report; its own kept",
                              rep.source, resp.source)
                responses = resp.responses
            if responses is not whole.responses or resp.id in result.realigned:
                # a paper answering two reports is read anew beside each: its answers to both are kept
                earlier = result.realigned.get(resp.id, [])
                seen = {(r.label, r.text) for r in responses}
                before = [r for r in earlier if (r.label, r.text) not in seen]
                # each reading numbers its answers from 1: one read beside another report takes that report's mark
                used = {r.uid for r in before}
                result.realigned[resp.id] = before + [replace(r, uid=f"{r.uid}.{rep.id[:6]}") if r.uid in used else r
                                                      for r in responses]
            # (a part answers its own report's recommendations, under their labels: the others' are not its)
            labels = {norm_label(r.label) for r in rep.recommendations}
            mine = responses if resp is whole else \
                [r for r in responses if any(norm_label(a) in labels for a in (r.answers or [r.label]))]
            matches = match_pair(rep.recommendations, mine)
            if quoting := quotations(rep, resp, responses):
                result.quoted[resp.id] = result.quoted.get(resp.id, set()) | quoting
        for m in matches:
            result.links.append(
                Link(rep.source, m.recommendation.label, resp.source, m.response_to, m.score, m.method, rep.id,
                     resp.id, m.recommendation.uid)
            )
            answered.add(m.recommendation.uid)
    for rid, spans in parts.items():  # a paper in parts keeps its answers in the order it prints them, part after part,
        if rid in result.realigned:  # and those it prints outside every part (before the first) as it read them
            kept = {(r.label, r.text) for r in result.realigned[rid]}
            outside = [r for r in outside_parts(by_id[rid], list(spans.values())) if (r.label, r.text) not in kept]
            result.realigned[rid] = in_printed_order(by_id[rid], result.realigned[rid] + outside)
    for d in docs:
        if d.id in result.realigned and review_groups(d):
            # a tracker of several reviews keeps every row, each as read beside its own report; the rows of a review
            # that no report in the archive answers stay as the tracker gives them
            read = {(r.label, r.text): r for r in result.realigned[d.id]}
            result.realigned[d.id] = [read.get((r.label, r.text), r) for r in d.responses]
    _settle_by_other_minutes(docs, result, answered)
    result.copies = printed_copies(docs, answered, {uid for uids in result.quoted.values() for uid in uids}, made)
    copied = {c.recommendation_uid for c in result.copies}
    for d in docs:
        report_date = to_date(d.document.meta.date)
        quoted = result.quoted.get(d.id, set())
        for rec in d.recommendations:
            if rec.uid in answered or rec.conclusion or rec.uid in quoted or rec.uid in copied:
                continue
            days = (today - report_date).days if report_date else None
            due = date.fromordinal(report_date.toordinal() + deadline_days) if report_date else None
            decision = rec.kind == "decision_sought"
            overdue = not decision and days is not None and days > deadline_days
            result.awaiting.append(
                Awaiting(
                    report=d.source,
                    recommendation=rec.label,
                    report_date=d.document.meta.date,
                    days_open=days,
                    due=due.isoformat() if due and not decision else None,
                    text=rec.text,
                    report_id=d.id,
                    status="decision_sought" if decision else "overdue" if overdue else "awaiting",
                    recommendation_uid=rec.uid,
                )
            )
    return result
