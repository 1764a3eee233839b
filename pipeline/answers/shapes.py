"""Responses inside one document: which block answers which recommendation, and how.

A response document repeats each recommendation (or points to it) and answers it. The
grammar here reads the segmenter's paragraphs as a sequence of units:

* a **recommendation head**: a labelled block ("Recommendation 3" + quoted text, label
  "3"), or a short line naming a recommendation with or without a number ("HoL Inquiry
  Recommendation", "Recommendation 2: Cabinet Office leadership");
* an **answer marker**: "Government response to recommendation 1", "Response:",
  "Executive response" (whatever follows it on the same paragraph is answer text);
* a **section heading**, which ends the answer in progress ("Conclusions");
* **body** text.

Under a head, numbered paragraphs before any answer are the restated recommendations
(one block may restate several: `answers` lists their numbers); with answer markers in
the document, everything between head and marker is restated; otherwise the answer is
everything else up to the next head or heading, across page breaks.

A document may instead answer in the **opener** form: a numbered topic heading, the
restated recommendation(s) as numbered or lettered paragraphs ("2a. ...", "4a) i. ..."),
then an answer whose first paragraph refers back and takes a position ("This
recommendation is accepted in full.", "These recommendations are accepted in principle
...", "Recommendations 12) a-c) are accepted ...", "The Government accepts this
recommendation"). That answer runs across pages and sub-headings to the next block; the
opener alone decides the stance. A document reads in this form when it has at least two
such blocks and no more answered blocks of the other forms. The stance is read from the
opener's first sentence (the principal respondent: "... accepted in full by the UK
Government. They are accepted in principle by ..." is accepted), else from all of it.

"Recommendation | Response" tables and action plans are read from the document's table
lines (`segment.response_tables`): one block per row.

A document counts as a response document when its metadata says so, when it has answer
markers, or when most of its blocks carry an answer with stance or progress evidence;
a report that merely repeats "Recommendation N" blocks returns no responses.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field, replace
from functools import cache

from pipeline.answers.asks import is_question, put_as_ask
from pipeline.answers.judge import judge_answer, printed_status
from pipeline.answers.references import (
    answers_by_reference,
    is_valediction,
    letter_close,
    referenced_labels,
    relative_labels,
    shared_stance,
)
from pipeline.answers.stance import classify_stance, judge, load_rules, progress_given_stance
from pipeline.answers.tables import TableAnswer, action_answers, is_furniture, split_details, table_answers
from pipeline.labels import (
    BRACKETED_LABEL,
    LABEL,
    LABEL_LIST,
    RE_CITED,
    RE_PARAGRAPH_HEAD,
    REC_WORDS,
    REFERENCE,
    REFERENCE_ANY,
    as_printed,
    head_citation,
    read_head,
    read_labels,
)
from pipeline.lexicon import Patterns
from pipeline.records import Document, Paragraph, Response
from pipeline.segment.contents import contents_entries
from pipeline.segment.grammar import (  # the segmenter's rules, one definition each
    RE_SENTENCE_BREAK,
    RE_TOC_ENTRY,
    resolution_opener,
)

log = logging.getLogger(__name__)

RE_HEAD = re.compile(
    rf"^(?:[\w&’'-]+\s+){{0,3}}?{REC_WORDS}(?:\s+(?P<label>{LABEL}|{REFERENCE}))?"
    rf"(?:\s*[:.\-–—]\s*(?P<rest>.*)|\s+(?P<title>[A-Z][^.;]*))?$",
    re.IGNORECASE,
)
# who answers, before the answer's word; never a pointer's verb ("See the response to Recommendation 1 above" points)
_WHO = r"^(?!(?:{pointer_verbs}))(?:(?:the|our|[A-Z][\w'’]*)\s+){0,2}"
_REFERS = r"(?:this|these|the|both|each|all(?:\s+of)?(?:\s+these)?)\s+(?:(?:sub|above)[\s-]?)?recommendations?"
# a qualifier printed in brackets after a marker or a field's name, a part of its label: "Executive response (October
# 2025, abridged)", "Update (June 2026)", "Cabinet response (extract)"
_QUALIFIER = r"(?:\s*\((?P<qualifier>[^()\n]{1,60})\))?"
# who answers, and when, on a line of its own with no sentence in it: "NHS England, received 10 February 2026"
_RESPONDENT = r"(?:[^\s:.;]+\s+){0,11}[^\s:.;]+"
# The words are data (models/lexicon/answers.v1.json); these are the shapes they fill.
RX = Patterns(
    "answers",
    # "Government response to recommendation 1 The government supports ..."
    # "Response to Recommendation 3", and "Response to R1" (a coded reference names a recommendation on its own)
    # ... and with a verb: "RESPONDS TO RECOMMENDATION 11" (answer lexicon v35 `answering_verbs`)
    answer_to=(_WHO + rf"(?:(?:{{answer_words}})\s+to|{{answering_verbs}})\s+(?:(?:the\s+)?{REC_WORDS}\s+|(?={REFERENCE}\b))(?P<labels>(?P<label>{LABEL}|{REFERENCE})"
               rf"(?:\s*(?:,|&|\band\b|\bto\b|-|–)\s*(?:{LABEL_LIST}))?)\b"
               r"\s*[:.\-–—]?\s*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL),
    # ... and with its respondent named after it, before a colon: "Response from the Integrated Care Board:"
    # ... or a line of its own, which may say when it came: "Response from NHS England, received 10 February 2026"
    answer_alone=(_WHO + r"(?:{answer_words})(?:\s+(?:from|of|by)\s+(?:(?P<who>[^:\n]{2,100}?)(?=\s*:)"
                  rf"|(?P<line>{_RESPONDENT})$))?" + _QUALIFIER
                  + r"\s*(?:[:.\-–—]\s*(?P<rest>.*))?$", re.IGNORECASE | re.DOTALL),
    # a line of its own over an answer that names who answers, and when: "Response from NHS England, received 10
    # February 2026" (a sub-head of a paper that collects several bodies' answers, no part of the answer)
    respondent_line=(r"^(?:{answer_words})\s+(?:from|of|by)\s+" + _RESPONDENT + "$", re.IGNORECASE),
    # a status badge beside a head, "Recommendation 8  Not being taken forward" (answer lexicon v43 `status_tags`)
    status_tag=(r"(?:{status_tags})", re.IGNORECASE),
    # an answer marker inside a block's first lines run together: "... DATA RESPONSE: The ICB accepts ..."
    inner_marker=(r"(?:^|\s)(?:{answer_words})\s*:\s+(?=\S)", re.IGNORECASE),
    # a verdict on a line of its own: "Recommendation accepted", "Not agreed."
    verdict=(r"^(?:(?:the\s+)?recommendations?\s+(?:(?:is|are|was|were|has been)\s+)?)?(?:(?:{verdict_degrees})\s+)?"
             r"(?:{verdicts})(?:\s+in\s+(?:{verdict_scopes}))?\s*[.:]?$", re.IGNORECASE),
    response_doc=(r"\b(?:{response_titles})\b", re.IGNORECASE),
    # a head over a restatement in plain words, with no label: "You said", "What you asked us to do"
    restatement_head=(r"^(?:{restatement_heads})\s*:?\s*$", re.IGNORECASE),
    # ... or run in before it: "What you asked: make sure every lorry uses the bypass."
    restatement_run_in=(r"^(?:{restatement_heads})\s*:\s*(?P<rest>\S.*)$", re.IGNORECASE | re.DOTALL),
    # ... and the answer after it named as an answer's column is: "What we're doing: We agree, and ..."
    answer_run_in=(r"^(?:{table_answer})\s*:\s*(?=\S)", re.IGNORECASE),
    field=(r"^(?:{answer_fields})" + _QUALIFIER + r"\s*(?:[:.\-–—]|$)", re.IGNORECASE),
    # a decision record's own field after its decision: "Reasons for the decision:", "Alternative options considered:"
    record_field=(r"^(?:{record_fields})\s*(?::|$|[\-–—]\s)", re.IGNORECASE),
    decision=(r"\b(?:{decision_words})", re.IGNORECASE),
    opener=(rf"^(?:{_REFERS}\s+(?:is|are|was|were|has|have|will)\b"
            r"|recommendations?\s+\d[\w().,/–\- ]{0,24}?\s(?:is|are|was|were|has|have)\s"
            rf"|(?:[\w’',&-]+\s+){{0,16}}?(?:{{opener_verbs}})\s+(?:with\s+)?{_REFERS}\b)", re.IGNORECASE),
)
HEAD_MAX_WORDS = 16
TITLE_WORDS = 8  # a run-in title after a head's label: "Recommendation 1: waiting times for children."
# a tick matrix's marked verdict, as a verdict line prints it
_VERDICT_WORDS = {"accepted": "Accepted", "partially_accepted": "Partially accepted", "rejected": "Not accepted",
                  "noted": "Noted"}
RE_REC_WORDS = re.compile(rf"^{REC_WORDS}\s", re.IGNORECASE)
# "R1.3 and R2.2: Family Hubs": references in a row name what a head answers as the word does
RE_REFERENCE_LIST = re.compile(rf"^{REFERENCE_ANY}(?:\s*(?:,|&|\band\b)\s*{REFERENCE_ANY})+(?![\w.])")


@dataclass(slots=True)
class _Block:
    label: str | None
    page: int
    restated: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    answer: list[str] = field(default_factory=list)
    marked: bool = False  # an answer marker was met
    labelled: bool = False  # the head carried its own restated text
    quoting: bool = False  # restated text is still being read after a titled head
    opener: str | None = None  # the answer's first paragraph, when it refers back ("This recommendation is ...")
    details: list[str] = field(default_factory=list)  # an action plan row's lead officer, timescale ...
    table: bool = False  # a row of a response table
    verdict: tuple[str, list[str]] | None = None  # the verdict a tick matrix's row marks
    latest: str | None = None  # a table row's update cells: the latest statement, which decides progress
    progress: tuple[str, list[str]] | None = None  # the progress an answer's action rows print together
    named: bool = False  # opened by a head line that names what it answers ("Response to R1")
    section: str | None = None  # the head's own paragraph number ("4.2 R2 – Replacing older lifts")
    card: bool = False  # a card's: its head and status on one line, its bullets the answer (`_card`)
    run_in: bool = False  # opened by a restatement run in after its head ("What you asked: ..."): its answer is named
    cited: bool = False  # its head cites what it answers at its end: "Hot foam trial (recommendation g)"


_FIRST = RE_SENTENCE_BREAK


def _holds_prose(parts: list[str]) -> bool:
    """Some line of the text is not a table row (a row's cells are joined by tabs)."""
    return any(line.strip() and "\t" not in line for part in parts for line in part.splitlines())


MIN_VERDICTS = 3  # labelled answers that open with a printed verdict, from which a paper answers whatever its kind


def _is_verdict(text: str) -> bool:
    """A verdict on its own: a few words the rules read as one ("Accepted", "Not accepted", "Accepted in principle.",
    "Noted."), never a sentence that only commits to something."""
    words = text.strip(" .:;\u2013\u2014-")
    return 0 < len(words.split()) <= 4 and bool(RX.verdict.match(words)) and classify_stance(words)[0] != "unclear"


# a status set in capitals, as a pill or a tag beside a head: "ON TRACK", "PART AGREED", "COMPLETE"
_PILL = re.compile(r"^[A-Z][A-Z'\u2019\-\u2013 ]{1,28}$")
PILL_WORDS = 3


def _card(p: Paragraph) -> tuple[str, str, list[str]] | None:
    """(label, status, the answer's lines) of a card (a slide's, a designed update's): a titled head that prints its
    label, with a status set in capitals beside or under it ("Rec 2 · Mental health practitioner in the hub   PART
    AGREED"), over the bullets that answer it; None for any other paragraph. The title paraphrases the ask and the
    status is a detail of the answer (it decides nothing the answer does not say: a pill may name a stance or a
    progress)."""
    if not (p.label and p.title):
        return None
    status, _, rest = p.text.strip().partition("\n")
    status = status.strip()
    if not _PILL.match(status) or len(status.split()) > PILL_WORDS or (rest.strip() and not p.items):
        return None
    return p.label, status, [it.text.strip() for it in p.items]


def _bare_marker(text: str) -> bool:
    """An answer marker and nothing else ("Response", "Our response:"): the answer is what follows."""
    m = answer_marker(text)
    return m is not None and m[0] is None and not m[1]


def head_of(p: Paragraph) -> tuple[str | None, str] | None:
    """(label, restated text) when the paragraph opens a recommendation block."""
    text = p.text.strip()
    if p.label and not RE_TOC_ENTRY.search(text):
        return p.label, text  # the segmenter's "Recommendation N" block, table-set or not
    if "\t" in text or RE_TOC_ENTRY.search(text):
        return None
    if (run_in := _run_in_restatement(text)) is not None:
        return None, run_in
    first = text.split("\n", 1)[0]
    if RE_TOC_ENTRY.search(first) or len(first.split()) > HEAD_MAX_WORDS or RX.answer_to.match(text):
        return None
    if p.kind == "heading" and (coded := read_head(first)) is not None and coded[1] and not put_as_ask(coded[1]) \
            and len(first.split()) <= HEAD_MAX_WORDS and not RE_HEAD.match(first):
        return coded[0], text[len(first):].strip()  # "R2 – Inspections of houses in multiple occupation": a titled head
    if named := head_labels(first, titled=p.kind == "heading"):  # "Recommendations 4 and 5 - leakage"
        return named[0], text[len(first):].strip()
    if p.kind == "heading" and (cited := head_citation(first)):
        return cited[0], text[len(first):].strip()  # "Litter first, then mow (recommendations d and e)", "... · rec 11"
    if RX.restatement_head.match(first):
        return None, text[len(first):].strip()
    m = RE_HEAD.match(first)
    if not m:
        return None
    rest = (m.group("rest") or "").strip()
    if m.group("title") and (m.group("label") or p.kind != "heading" or not m.group("title")[0].isupper()):
        return None  # "Recommendation 3 That ..." is the segmenter's; prose is not a head
    if not m.group("label") and (rest or re.search(r"recommendations\W*$", first, re.I)):
        return None  # "Recommendations" as a section heading, or prose, not a head
    tail = text[len(first):].strip()
    label = m.group("label")
    if label and rest and _answers_at_once(rest):
        return None  # "Recommendation 5 – Complete. The policy was adopted.": an answer run in after its label, no head
    return (as_printed(label) if label else None), tail if not rest else ""


HEADS_ABOVE = 3  # headings a restatement's head may sit under: its titled number, a status badge, a sub-title
BADGE_WORDS = 3  # a status badge set after a head's title: "Rents and service charges DONE", "Events UNDER WAY"


def badge(text: str) -> tuple[str, list[str]] | None:
    """The status a heading prints as its badge, after its title in capitals ("Our targets PLANNED") or as the whole
    heading ("Done"): (progress, [the badge]); None for any other heading ("TRIAL FROM MAY", "Card payments")."""
    words = text.split()
    for n in range(min(BADGE_WORDS, len(words)), 0, -1):
        tag, title = " ".join(words[-n:]), " ".join(words[:-n])
        if (not title or tag.isupper() and not title.isupper()) and (status := printed_status(tag)) is not None:
            return status
    return None


def _badge_above(paragraphs: list[Paragraph], k: int) -> tuple[str, list[str]] | None:
    """The badge on the heading just above paragraph `k` (`badge`), where a heading is there."""
    for p in reversed(paragraphs[max(0, k - HEADS_ABOVE):k]):
        if p.kind != "heading":
            return None
        if (found := badge(p.text.strip())) is not None:
            return found
    return None


def _titled_above(paragraphs: list[Paragraph], k: int) -> list[str]:
    """The labels a heading just above an unlabelled restatement prints before its title ("7 Keeping lorries to the right
    roads", "8 & 9 Lights on the eastern edge", a number in a badge beside the title), where only headings stand
    between them: the recommendations the block restates, as printed; [] where none does."""
    for p in reversed(paragraphs[max(0, k - HEADS_ABOVE):k]):
        if p.kind != "heading":
            return []
        first = p.text.strip().split("\n", 1)[0]
        named = read_labels(first)
        title = named[1] if named else ""
        if named and title[:1].isupper() and len(title.split()) <= TITLE_MAX_WORDS and not re.search(r"[.!?;]\s", title) \
                and not put_as_ask(title):
            return named[0]
    return []


def _run_in_restatement(text: str) -> str | None:
    """The ask restated in plain words, run in after its head ("What you asked: make sure every lorry ..." -> "make sure
    every lorry ..."); None for any other paragraph, and for one that cites its recommendation ("You asked: ...
    (recommendation 4)"), which is read with the answer after it (`references`)."""
    text = text.strip()
    run_in = RX.restatement_run_in.match(text)
    if run_in is None or RX.answer_to.match(text) or re.search(rf"{BRACKETED_LABEL}\s*[.;]?\s*$", text, re.I):
        return None
    return run_in.group("rest").strip()


def _resolves(text: str) -> bool:
    """The paragraph opens a meeting's resolution, set as minutes set it ("RESOLVED – That ...", "AGREED: ...",
    "Resolved that ..."); not a verdict that opens an answer with the same word ("Agreed by the Cabinet. An online form
    went live ...", "Agreed. ...")."""
    m = resolution_opener(text)
    if m is None:
        return False
    opened = text[: m.end()]
    return bool(re.search(r"[:\u2013\u2014-]|\bthat\b", opened, re.I)) or text.split()[0].isupper()


def _answers_at_once(rest: str) -> bool:
    """What follows a label's dash opens with a status or a verdict of its own ("Complete.", "Agreed.", "Not
    started. ..."), as an answer does; a restated ask ("That the Council ...") or a title does not."""
    first = _FIRST.split(rest.strip(), maxsplit=1)[0]
    return printed_status(first) is not None or (len(first.split()) <= 3 and classify_stance(first)[0] != "unclear")


# an answer run in after the paragraph of the report it answers: "Para 5.2: Not agreed. The Department ..."
# "Paragraph 9: The Scottish Government ...", "Paragraphs 21 and 22: ..."
_PARA_NUM = r"\d{1,3}(?:\.\d{1,3})*(?:\s*\((?:[a-z]|[ivx]{1,4})\))?"
RE_PARAGRAPH_RUN_IN = re.compile(
    rf"^(?:Paragraphs?|Paras?\.?)\s+(?P<nums>{_PARA_NUM}(?:\s*(?:,|&|\band\b)\s*{_PARA_NUM})*)\s*[:\u2013\u2014-]\s+"
    r"(?P<rest>\S.{20,})$", re.S)
TITLE_MAX_WORDS = 8  # the subject a head gives after its labels: "Recommendations 4 and 5 - leakage"
STATUS_TAG_WORDS = 5  # a status printed beside a head as its badge: "Not being taken forward", "On track"


def head_labels(first: str, titled: bool = False) -> list[str]:
    """Every label a head line names and nothing else: "Recommendations 4 and 5" -> ['4', '5'],
    "Recommendations (d) and (e)" -> ['d', 'e'], "Recommendation 3" -> ['3']; [] for any other line.
    `titled` (a heading): the labels may be followed by the subject they are about, after a dash or a
    colon ("Recommendations 4 and 5 - leakage"), a few words that ask nothing and are no sentence."""
    named = read_labels(first.rstrip(" :.")) if RE_REC_WORDS.match(first) or RE_REFERENCE_LIST.match(first) else None
    if not named:
        return []
    if not named[1]:
        return named[0]
    title = named[1].strip().lstrip(":\u2013\u2014- ").strip()
    after_separator = bool(title) and bool(re.search(r"[:\u2013\u2014-]\s*" + re.escape(title) + r"$", first.rstrip(" :.")))
    # ... or set off in brackets, as a dash sets it off: "Recommendation 1 (fourteen days' notice)"; not a
    # sub-item's letter or numeral, "Recommendation 2 (a)", which is part of the label
    after_separator = after_separator or bool(re.fullmatch(r"\((?=[^()]*\b(?![ivxlcIVXLC]+\b)[A-Za-z]{3})[^()]+\)", title))
    # ... or a status set beside it as a badge, with no separator printed: "Recommendation 8  Not being taken forward",
    # "RECOMMENDATION 1  COMPLETE" (a few words of a tag, no sentence; what it says is the status, not a subject)
    after_separator = after_separator or bool(title) and len(title.split()) <= STATUS_TAG_WORDS and (
        printed_status(title) is not None or title.isupper() and first.isupper() or RX.status_tag.fullmatch(title) is not None)
    if titled and after_separator and len(title.split()) <= TITLE_MAX_WORDS \
            and not re.search(r"[.!?;]\s", title) and not put_as_ask(title):
        return named[0]
    return []


def answer_marker(text: str) -> tuple[str | None, str] | None:
    """(label, answer text on the same paragraph) when the paragraph opens an answer."""
    text = text.strip()
    m = RX.answer_to.match(text)
    if m:
        return as_printed(m.group("label")), m.group("rest").strip()
    first, _, tail = text.partition("\n")
    if RX.verdict.match(first):
        return None, text  # "Recommendation accepted": the verdict is the answer's first words
    m = RX.answer_alone.match(first)
    if m is None:
        return None
    qualified = m.start("qualifier") - 1 if m.group("qualifier") else -1  # where its bracket opens
    verdict = qualified >= 0 and _is_verdict(m.group("qualifier"))
    if qualified >= 0 and not verdict and (m.group("rest") or "").strip():
        # "Initial response (June 2025): Agreed. ...": a dated marker run into its answer says which of the answers
        # this is, and stays the answer's; standing alone over it, it is a heading, and the answer follows
        return None
    marker = first[: qualified if qualified >= 0 else m.start("rest") if m.group("rest") else len(first)]
    if len(marker.split()) - len((m.group("who") or m.group("line") or "").split()) > 5:
        return None
    # "Response (Accepted): ...": a verdict in the brackets is the answer's first words, not a part of the marker
    rest = first[qualified:] if verdict else m.group("rest") or ""
    return None, (rest + "\n" + tail).strip()


def _answers_under_heads(paragraphs: list[Paragraph]) -> bool:
    """The document writes its answers under the heads that label them ("Recommendation 1. We accept this
    recommendation in part. ..."), not quotations: most of its labelled blocks ask nothing, and at least two open
    by taking a position."""
    texts = [p.text.strip() for p in paragraphs if p.label and not p.title and p.text.strip()]
    if len(texts) < 2:
        return False
    positions = sum(1 for t in texts if not put_as_ask(t) and _answers(_FIRST.split(t, maxsplit=1)[0]))
    asking = sum(1 for t in texts if put_as_ask(t))
    return positions >= 2 and positions * 2 >= len(texts) and asking * 4 < len(texts)


def _cites_over_answer(paragraphs: list[Paragraph], k: int, heads: list) -> tuple[list[str], str] | None:
    """(labels, the answer's first words) where paragraph k opens an answer by citing the report's paragraph: a head
    "Paragraph 4.3 – Attendance Support Service" over prose that neither asks nor heads anything (a head over the
    recommendation quoted, "Paragraph 8.2" over "That the Cabinet ...", is the quotation's, read by alignment), or a
    paragraph run in "Para 5.2: Not agreed. ..."."""
    p = paragraphs[k]
    text = p.text.strip()
    if p.label:
        return None
    if p.kind != "heading":
        m = RE_PARAGRAPH_RUN_IN.match(text)
        if m is None:
            return None
        nums = [re.sub(r"[\s()]", "", n) for n in re.split(r"\s*(?:,|&|\band\b)\s*", m.group("nums"))]
        return nums, m.group("rest").strip()
    m = RE_PARAGRAPH_HEAD.match(text)
    nxt = paragraphs[k + 1] if k + 1 < len(paragraphs) else None
    if m is None or not m.group("num") or nxt is None or nxt.kind == "heading" or nxt.number or nxt.label \
            or put_as_ask(nxt.text, verbs=True) or heads[k + 1] is not None or answer_marker(nxt.text) is not None:
        return None
    return [m.group("num") + (m.group("item") or "")], ""


def _template_heads(paragraphs: list[Paragraph], heads: list) -> frozenset[str]:
    """The headings an answer's template repeats under every answer ("What we have done", "What happens next"):
    printed two times or more, each time after a different labelled head. Inside an answer they are its fields, as
    "Actions" is, never its end."""
    seen: dict[str, set[int]] = {}
    head = -1
    for k, p in enumerate(paragraphs):
        if p.label or heads[k] is not None:
            head = k
        elif p.kind == "heading" and head >= 0:
            seen.setdefault(_heading_key(p.text), set()).add(head)
    return frozenset(t for t, heads in seen.items() if len(heads) >= 2)


def within(number: str, section: str | None) -> bool:
    """Paragraph `number` is numbered inside `section` ("4.2.1" in "4.2"): the document's own sub-paragraph under a
    numbered head, never a paragraph of another paper quoted there."""
    return bool(section) and number.startswith(f"{section}.")


def _heading_key(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


RE_CONTINUED = re.compile(r"\((?:continued|cont(?:'|’)?d?\.?)\)\s*$", re.I)  # a head printed again over its answer's next page


def _cited_at_end(p: Paragraph) -> list[str]:
    """The labels a heading cites at its end, where that alone makes it a head ("Hot foam trial (recommendation g)");
    [] for any other paragraph."""
    first = p.text.split("\n", 1)[0]
    return head_citation(first) if p.kind == "heading" and not head_labels(first, titled=True) else []


def _names_any(paragraphs: list[Paragraph], cited: list[str]) -> bool:
    """Whether a paragraph before the next heading names one of the labels `cited`: in its text ("which recommendation
    2 proposes"), as its own label ("Recommendation 3" over its answer), or by its place among them ("On the second of
    these, ...")."""
    labels = set(cited)
    for q in paragraphs:
        if q.kind == "heading":
            return False
        if q.label in labels or any(as_printed(m.group("label")) in labels for m in RE_CITED.finditer(q.text)) \
                or relative_labels(q.text, cited) is not None:
            return True
    return False


def _blocks(paragraphs: list[Paragraph]) -> tuple[list[_Block], int]:
    # (a line that names who answers above every recommendation, "Response from the Department for Work and Pensions",
    # is the paper's title, not the marker over each answer)
    first = next((k for k, p in enumerate(paragraphs) if p.label), len(paragraphs))
    marked_doc = any(not p.label and answer_marker(p.text) is not None and not (k < first and RX.respondent_line.match(p.text.strip()))
                     for k, p in enumerate(paragraphs))
    heads = [head_of(p) for p in paragraphs]  # each paragraph's head, read once for the readers below
    # themed heads that cite what they answer ("Workforce (recommendations 1, 2 and 5)") where the paragraphs under one
    # of them name each in turn ("As to recommendation 5, ..."): the paragraphs say which answers which (`references`),
    # not the heads, and the paper is read so throughout
    themed = {k: cites for k, p in enumerate(paragraphs) if heads[k] is not None and (cites := _cited_at_end(p))}
    if any(_names_any(paragraphs[k + 1:], cites) for k, cites in themed.items()):
        for k in themed:
            heads[k] = None
    template = _template_heads(paragraphs, heads)
    # whether the document writes its answers under their heads: read once, at the first labelled block that asks
    under_heads = cache(lambda: _answers_under_heads(paragraphs))
    pulled = False  # the paragraph before was a pull quote
    blocks: list[_Block] = []
    cur: _Block | None = None
    markers = 0
    for k, p in enumerate(paragraphs):
        head = heads[k]
        card = _card(p)
        if card is not None:  # "Rec 2 · Mental health practitioner in the hub   PART AGREED" over its bullets
            cur = _Block(label=card[0], page=p.page, answers=[card[0]], answer=card[2], details=[f"Status: {card[1]}"],
                         marked=True, card=True)
            blocks.append(cur)
            cur = cur if not card[2] else None  # the card holds its answer; what follows is the page's
            continue
        cited = _cites_over_answer(paragraphs, k, heads) if head is None else None
        if cited is not None:
            # "Paragraph 4.3 – Attendance Support Service" over prose that asks nothing, or "Para 5.2: Not agreed. The
            # Department ...": an answer under, or opening with, the report's paragraph it answers
            labels = cited[0]  # "Paragraphs 21 and 22: ...": one answer to both
            cur = _Block(label=labels[0], page=p.page, marked=True)
            if cited[1]:
                cur.answer.append(cited[1])
            cur.answers.extend(labels)
            blocks.append(cur)
            continue
        if head is not None and cur is not None and head[0] and head[0] == cur.label \
                and RE_CONTINUED.search(p.title or head[1]):
            continue  # "R4 Cancel parking charge notices ... (continued)": the same head over the next page, its answer goes on
        if head is not None:
            label, restated = head
            cur = _Block(label=label, page=p.page, labelled=bool(p.label), section=p.number)
            # (the noun asks nothing, "This recommendation is for local authorities, but I agree ...", unless it is the
            # field's name over the ask, "Recommendation That the Council trains ...")
            asks = put_as_ask(re.sub(r"^recommendations?\b[\s:.\u2013\u2014-]*", "", restated, flags=re.I), verbs=True)
            if label and p.label and p.title and not asks:
                # "Recommendation 1: Empty Homes Officer" over a paragraph that asks nothing: a
                # titled head, and what follows it is the answer, not the recommendation restated;
                # a title that is a verdict ("Recommendation 3 - Not accepted") is the answer's first words
                if _is_verdict(p.title):
                    cur.answer.append(p.title)
                else:
                    cur.restated.append(p.title)
                if _bare_marker(restated):
                    cur.marked = True  # "Response" alone under the head: the answer follows it
                else:
                    cur.answer.append(restated)
                cur.answers.append(label)
                blocks.append(cur)
                continue
            inner = RX.inner_marker.search(restated) if label and p.label and restated else None
            if inner is not None and label is not None and len(restated[:inner.start()].split()) <= HEAD_MAX_WORDS \
                    and not put_as_ask(restated[:inner.start()]):
                # "RECOMMENDATION 2 - PUBLISHING APPOINTMENT DATA" over "RESPONSE: The ICB accepts ...", the lines run
                # together: the words before the marker title the block, the answer follows it
                if restated[:inner.start()].strip():
                    cur.restated.append(restated[:inner.start()].strip())
                cur.answer.append(restated[inner.end():].strip())
                cur.marked = True
                cur.answers.append(label)
                blocks.append(cur)
                continue
            run_in = _FIRST.split(restated, maxsplit=1) if p.label and restated else []
            if label and len(run_in) == 2 and run_in_title(run_in[0]) and not put_as_ask(run_in[1], verbs=True) \
                    and not restated[: len(run_in[0]) + 1].count("\n"):
                # "Recommendation 1: waiting times for children. We accepted this recommendation in October ...": the
                # head's run-in title, then the answer (not the recommendation restated, which would ask)
                cur.restated.append(run_in[0].strip())
                cur.answer.append(run_in[1].strip())
                cur.answers.append(label)
                blocks.append(cur)
                continue
            if label and p.label and restated and (_is_verdict(_FIRST.split(restated, maxsplit=1)[0])
                                                    or (not put_as_ask(restated) and under_heads())):
                # "Recommendation 1" over "Accepted. An audit ... began in November": the answer, under its head
                cur.answer.append(restated)
                cur.answers.append(label)
                blocks.append(cur)
                continue
            head_line = p.text.split("\n", 1)[0].strip()
            # "Recommendation 1: a risk-based cleaning schedule" over the paper's own numbered paragraphs ("4.2 We agreed
            # this recommendation. ..."), or "Recommendations 6 and 7: bringing families back" set as a heading over them
            # ("5.10 Both recommendations are agreed ..."): a titled head, and the paragraphs under it are its answer,
            # not recommendations restated under their numbers
            title_only = restated if label and p.label and not p.title and restated and is_title(restated) \
                and not put_as_ask(restated) else None
            several = head_labels(head_line, titled=True) if label and not p.label and p.kind == "heading" \
                and not restated and not head_labels(head_line) else []
            if (title_only or several) and (after := next((q for q in paragraphs[k + 1:] if q.kind != "heading"), None)) \
                    is not None and after.number and not after.label:
                cur.restated.append(title_only or head_line)
                cur.marked = True
                cur.answers.extend(several or [str(label)])
                blocks.append(cur)
                continue
            if label and p.label and restated and _bare_marker(restated):
                cur.marked = True  # "Recommendation 1 - ..." over "Response" alone: the answer follows its marker
                cur.answers.append(label)
                blocks.append(cur)
                continue
            if restated:
                cur.restated.append(restated)
            cur.run_in = _run_in_restatement(p.text) is not None
            if label is None and cur.run_in:
                # "Rents and service charges DONE" over "You asked us to: ...": the badge on its head is its progress
                cur.progress = _badge_above(paragraphs, k)
            if label and (p.label or not restated):
                head_named = head_labels(head_line, titled=p.kind == "heading")
                head_cited = head_citation(head_line) if p.kind == "heading" and not head_named else []
                cur.answers.extend(head_named or head_cited or [label])
                cur.cited = bool(head_cited)
            elif label is None and (over := _titled_above(paragraphs, k)):
                cur.label, cur.answers = over[0], list(over)  # "8 & 9 Lights on the eastern edge" over "What you asked: ..."
            blocks.append(cur)
            continue
        marker = answer_marker(p.text)
        if marker is not None and marker[0] is not None and (cur is None or cur.answer or cur.marked) \
                and (p.kind == "heading" or not marker[1]) and (cur is None or marker[0] not in (cur.label, *cur.answers)):
            # a head line that names what it answers ("Response to R1", "Response to R4 and R5"): a block of its own,
            # unless it names the recommendation of the block it is in (the quotation's own answer follows)
            named = RX.answer_to.match(p.text.strip())
            listed = read_labels(named.group("labels")) if named else None
            cur = _Block(label=marker[0], page=p.page, marked=True, named=True)
            cur.answers.extend((listed[0] if listed else None) or [marker[0]])
            if marker[1]:
                cur.answer.append(marker[1])
            markers += 1
            blocks.append(cur)
            continue
        if cur is None:
            continue
        if marker is not None:
            markers += 1
            cur.marked = True
            if marker[1]:
                cur.answer.append(marker[1])
            continue
        if is_furniture(p.text):
            continue
        if cur.answer and _resolves(p.text):
            cur = None  # "RESOLVED – That the Committee notes ...": the meeting's decision, after what it heard
            continue
        if p.kind == "heading" and cur.answer and (is_pull_quote(p.text) or (pulled and len(p.text.split()) <= 10)):
            pulled = is_pull_quote(p.text)  # a pull quote set in the answer, and the name under it: not its end
            continue
        pulled = False
        if not cur.answer and not cur.marked and cur.restated and _open_end(cur.restated[-1]):
            cur.restated[-1] += " " + p.text.strip()  # the quote goes on past a page break
            continue
        if p.kind == "heading" and not cur.answer and cur.restated and len(p.text.split()) > 8:
            cur.answer.append(p.text.strip())  # a sentence the reader took for a heading
            continue
        if p.kind == "heading" and not cur.answer and not cur.restated and not cur.marked:
            continue  # a sub-title between the block's head and the quoted recommendation
        if p.kind == "heading" and cur.answer and (is_answer_field(p.text.strip().rstrip(":"))
                                                   or _heading_key(p.text) in template):
            # "Actions" over the answer's list of actions, "What we have done" under every answer: a field of the answer
            cur.answer.append(p.text.strip())
            continue
        if p.kind == "heading" and cur.card and not cur.answer:
            cur.answer.append(p.text.strip())  # a card's one bullet, which the reader took for a heading
            cur = None
            continue
        if p.kind == "heading":
            if marked_doc and not cur.marked:
                cur.restated.append(p.text.strip())  # a sub-heading of the quoted recommendation
            else:
                cur = None
            continue
        if not cur.answer and not cur.marked:
            if p.number and not cur.labelled and not (cur.label and within(p.number, cur.section)):
                cur.restated.append(f"{p.number}. {p.text.strip()}")
                cur.answers.append(p.number)
                continue
            if p.number and cur.labelled:
                cur = None  # the report's own next paragraph: this was a report, not a response
                continue
            titled = not cur.restated or is_title(cur.restated[-1]) or cur.quoting
            # in a document with answer markers, a block without one still answers where a
            # paragraph after the quotation takes a position ("The Government accepts ...")
            quoting = marked_doc and not (cur.restated and _answers(p.text))
            if quoting or (titled and _looks_like_recommendation(p.text) and not _answers(p.text)):
                cur.restated.append(p.text.strip())
                cur.quoting = not marked_doc
                continue
        text = p.text.strip()
        if cur.run_in and not cur.answer and (named := RX.answer_run_in.match(text)):
            text = text[named.end():]  # "What we're doing: We agree, ...": the answer after the name it is given
        cur.answer.append(text)
    return blocks, markers


def is_record_field(text: str) -> bool:
    """A decision record's own field ("Reasons for the decision: ...", "Alternative options considered: none.",
    "Publication date: 25/02/2026"; answer lexicon `record_fields`): the record's, never an answer's."""
    return bool(RX.record_field.match(text.strip()))


def record_close(parts: list[str]) -> int:
    """Where a decision record's own fields begin among its last answer's paragraphs (after the first); their number
    where none is."""
    return next((k for k in range(1, len(parts)) if is_record_field(parts[k])), len(parts))


def is_answer_field(text: str) -> bool:
    """A field label inside an answer ("Action:", "Status:", "Progress update"): never its end."""
    return bool(RX.field.match(text.strip()))


def is_pull_quote(text: str) -> bool:
    """A sentence quoted on its own, set large in the column ("“The last day in hospital should be the shortest.”"):
    a magazine's pull quote, which repeats or adorns the text around it and ends nothing."""
    t = text.strip()
    return len(t) > 12 and t[0] in "“\"‘" and t[-1] in "”\"’" and len(t.split()) <= 40


def _open_end(text: str) -> bool:
    """The text stops mid-sentence ('... (paragraph'), so the next paragraph continues it."""
    t = text.rstrip(" '\"’”")
    return bool(t) and t[-1] not in ".!?:;)" and not is_title(t)


def is_title(text: str, max_words: int = HEAD_MAX_WORDS) -> bool:
    """A short title such as 'Cabinet Office leadership for civil emergencies' (no sentence)."""
    t = text.strip()
    return bool(t) and not t[0].isdigit() and len(t.split()) <= max_words and t[-1] not in ".;:!?("


# the words of a sentence, not a title: a pronoun or a finite verb ("We accept this recommendation in part.")
RE_CLAUSE_WORDS = re.compile(r"\b(?:we|i|it|they|is|are|was|were|has|have|had|will|would|can|cannot|could|should|must|do|"
                             r"does|did|accepts?|accepted|agrees?|agreed|supports?|notes?|noted|welcomes?)\b", re.I)


def run_in_title(text: str) -> bool:
    """A short title run in after a head's label and closed by a full stop, before the answer on the same line
    ("waiting times for children."): a phrase with no clause of its own, no ask and no verdict; nor a status, a
    participle standing alone or a negation ("Deferred.", "Not yet."), which is the answer's first word."""
    t = text.strip()
    return t.endswith(".") and is_title(t.rstrip(".")) and len(t.split()) <= TITLE_WORDS and not put_as_ask(t) \
        and not _is_verdict(t) and not RE_CLAUSE_WORDS.search(t) and not RE_STATUS_WORD.match(t)


# a status rather than a title: a participle standing alone ("Deferred.", "Postponed."), or a negation ("Not yet.")
RE_STATUS_WORD = re.compile(r"^(?:[A-Za-z]{2,}(?<!e)ed\.$|(?:not|no)\b)", re.I)


def _answers(text: str) -> bool:
    """The paragraph takes a position (a stance rule matches): it is an answer, not a quote."""
    return bool(judge(text)[1])


def _looks_like_recommendation(text: str) -> bool:
    """Worded as a recommendation is: "should", "must", "we recommend", "That ...". The noun ("which meets
    recommendation 2") names one, as an answer does; it recommends nothing."""
    return bool(re.search(r"\b(?:should|must|recommend(?!ations?\b)\w*|urge\w*|we (?:believe|consider))\b|^That\b",
                          text, re.I))


def _is_response_document(doc: Document, blocks: list[_Block], markers: int, evidenced: int, section: str = "") -> bool:
    """Whether `doc` answers: a response, or a paper whose blocks answer, titled as a response or taking positions.
    Minutes answer where they are titled so: a meeting that hears the answers to its review records them ("44.
    Outpatient letters: response to the Committee's review", then "Recommendation 1 (...)" over what the Trust said),
    and the heading of that item (`section`, the heading above the first block) titles it as the paper's title would."""
    if doc.meta.kind == "response" or markers:
        return True
    answered = [b for b in blocks if b.answer]
    if sum(b.run_in for b in answered) >= 2:
        # asks restated in the respondent's own words to the asker ("You asked us to: freeze stall rents ...") over
        # what it is doing: only the one who answers writes so, whatever the metadata reader took the paper for
        return True
    if doc.meta.kind == "officer_report" and RX.response_doc.search(section) and len(answered) * 2 >= len(blocks) \
            and len(answered) >= 2:
        # a section of a paper to a meeting headed as the answer ("Highway drainage: progress on the scrutiny review", in
        # a Cabinet Member's report to Council) answers the review under its heads, as a response does
        return True
    if doc.meta.kind in ("scrutiny_report", "officer_report"):
        return False  # the metadata reader knows what it is; only answer markers overrule it
    if not answered:
        return False
    if sum(b.cited for b in answered) >= 2 and len(answered) * 2 >= len(blocks):
        # heads that cite at their end what the text under them answers, in a tag or in brackets ("Wistowe scrutiny ·
        # rec 11", "Hot foam trial (recommendation g)"): a paper of no known kind that answers under them
        return True
    title = " ".join(filter(None, [doc.meta.title or "", " ".join(l.text for l in doc.lines[:12]), section]))
    if RX.response_doc.search(title) and len(answered) * 2 >= len(blocks) and len(answered) >= 2:
        return True
    if doc.meta.kind == "minutes":
        return False  # the meeting's own business ("moved an amendment to recommendation 2") answers nothing
    return len(answered) * 2 >= len(blocks) and evidenced * 2 >= len(answered) and len(answered) >= 2


def _section_heading(paragraphs: list[Paragraph]) -> str:
    """The heading nearest above the first recommendation block's head ("" where none is)."""
    heading = ""
    for p in paragraphs:
        if head_of(p) is not None:
            return heading
        if p.kind == "heading":
            heading = p.text
    return ""


RE_ITEM = re.compile(  # a restated sub-recommendation: "2a. ...", "4a) i. ...", "7f(iii) ..."
    r"^(?P<num>\d{1,3})(?P<letter>[a-z])(?:\.|\)?\s?\(?(?P<roman>[ivx]{1,5})(?:\)\.?|\.))\s*(?=[A-Z‘'“\"(])"
)


def _opens_answer(text: str) -> bool:
    """'This recommendation is accepted in full.', 'Recommendations 12) a-c) are accepted ...',
    'The Government accepts this recommendation': a reference back that takes a position."""
    text = text.strip()
    if not RX.opener.match(text) or not RX.decision.search(text[:240]):
        return False  # "This recommendation is important ..." is prose about it, not an answer
    _, s_ev, _, p_ev = judge(text)
    return bool(s_ev or p_ev)


def _item(p: Paragraph) -> tuple[list[str], str] | None:
    """(labels, text) of a restated numbered or lettered recommendation, or None.

    A lettered item may run on into the next ("9a. That ...; and 9b. That ..."): both labels.
    """
    text = p.text.strip()
    m = RE_ITEM.match(text)
    if m:
        labels = [m["num"] + m["letter"] + (f"({m['roman']})" if m["roman"] else "")]
        run_on = re.finditer(rf"[;.,]\s+(?:and\s+)?{m['num']}([a-z])\.\s+(?=[A-Z])", text)
        return labels + [m["num"] + r.group(1) for r in run_on], text
    if p.number and not p.label:
        return [p.number], f"{p.number}. {text}"
    return None


def _subtitle(p: Paragraph) -> bool:
    """A short heading over a group of quoted items ('4d) Patient Records')."""
    t = p.text.strip()
    return bool(t) and len(t.split()) <= 40 and (p.kind == "heading" or t[-1] not in ".!?;:") and not _opens_answer(t)


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def _opener_blocks(paragraphs: list[Paragraph]) -> list[_Block]:
    """Blocks of the form: [numbered head] restated items, then an answer that opens by
    referring back ("This recommendation is accepted in full.") and runs, across pages and
    sub-headings, to the next such block, the next "Recommendation N" head or the next
    numbered title.

    The restated items are the numbered or lettered paragraphs just before the opener (with
    a lead-in ending in ':'); a numbered paragraph that titles lettered items of its own
    number ("2) Recognising ..." over "2a.", "2b.") or is a mere title is the head.
    """
    real = [i for i, p in enumerate(paragraphs) if not is_furniture(p.text)]
    found: list[tuple[int, int, _Block]] = []  # (head start, opener index, block)
    for k, i in enumerate(real):
        if k == 0 or _item(paragraphs[real[k - 1]]) is None or not _opens_answer(paragraphs[i].text):
            continue
        if paragraphs[i].number and referenced_labels(paragraphs[i].text):
            continue  # "4.3 Recommendation 1 is accepted. ...": a paper's own paragraph that names what it answers, by
            #           reference; the numbered paragraphs before it are the paper's, not the recommendation restated
        b = _Block(label=None, page=paragraphs[i].page, opener=paragraphs[i].text.strip())
        j, head = k - 1, None
        while j >= 0:
            q = paragraphs[real[j]]
            item = _item(q)
            if item is not None and not RE_ITEM.match(q.text.strip()):
                top = item[0][0]
                if any(a != top and a.startswith(top) and a[len(top)].isalpha() for a in b.answers) or (
                    is_title(q.text) and not _looks_like_recommendation(q.text)
                ):
                    head = j  # "2) Recognising ..." over 2a-2c, or "1) Compensation Scheme"
                    break
            if item is None and not (q.text.rstrip().endswith(":") and b.restated):
                break
            if item is not None and item[0] == b.answers[: len(item[0])]:
                head = j  # "10a) iv) Thalassaemia" titles the "10a) iv. ..." below it
                break
            b.restated.insert(0, item[1] if item else q.text.strip())
            b.answers[:0] = item[0] if item else []
            b.page = q.page
            j -= 1
        if not b.answers:
            continue
        if head is None:
            head = j + 1
            if j >= 0 and _subtitle(paragraphs[real[j]]):
                head, j = j, j - 1
            if j >= 0 and paragraphs[real[j]].number and is_title(paragraphs[real[j]].text):
                head = j
        b.label = b.answers[0]
        found.append((real[head], i, b))
    if not found:
        return []
    first = min(h for h, _, _ in found)
    before = {_key(p.text) for p in paragraphs[:first] if re.search(r"[^\W\d]", p.text) and len(p.text.split()) <= 8}
    stops = {h for h, _, _ in found} | {
        i for i, p in enumerate(paragraphs)
        if head_of(p) is not None or (p.number and not p.label and is_title(p.text) and not _opens_answer(p.text))
        or (i > first and p.kind == "heading" and _key(p.text) in before)  # a section the contents named
    }
    for _h, i, b in found:
        end = min((s for s in stops if s > i), default=len(paragraphs))
        b.answer = [p.text.strip() for p in paragraphs[i:end] if not is_furniture(p.text) and p.text.strip()]
    return [b for _, _, b in found]


RE_NAMED_RANGE = re.compile(  # "Recommendations 12) a-c) are accepted in full ..."
    r"^recommendations?\s+(?P<num>\d{1,3})\)?\s*(?P<first>[a-z])\)?(?:\s*(?:-|–|to|and)\s*(?P<last>[a-z])\)?)?\s+(?:is|are)\b",
    re.IGNORECASE,
)


def _split_by_named_ranges(b: _Block) -> list[_Block]:
    """An opener that gives sub-recommendations different answers, sentence by sentence
    ("Recommendations 12) a-c) are accepted in full. Recommendations 12) d-e) are accepted
    in principle."), split into one block per sentence, each answering its own range."""
    if not b.opener:
        return [b]
    parts: list[_Block] = []
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", b.opener):
        m = RE_NAMED_RANGE.match(sentence.strip())
        if not m:
            continue
        num, first, last = m["num"], m["first"].lower(), (m["last"] or m["first"]).lower()
        named = [a for a in b.answers if a.startswith(num) and a[len(num):][:1].isalpha() and first <= a[len(num)].lower() <= last]
        if named:
            parts.append(_Block(label=named[0], page=b.page, restated=b.restated, answers=named, answer=b.answer, opener=sentence.strip()))
    covered = {a for p in parts for a in p.answers}
    return parts if len(parts) >= 2 and covered == set(b.answers) else [b]


def _restated_for(label: str, restated: list[str]) -> str:
    """The part of a block's quotations that restates `label` ("8.4. That ..." of a block quoting
    8.3 and 8.4); all of them when they are not numbered apart."""
    own = [q for q in restated if (lab := read_labels(q)) is not None and label in lab[0]]
    return "\n\n".join(own or restated)


# a paragraph tagged with what it answers: "(R5) We agree. ...", "(R3 and R7) Both ...", "... [Recommendation 4]"
_TAG_LABELS = r"R\d{1,3}[a-z]?(?:\s*(?:,|&|\band\b)\s*R\d{1,3}[a-z]?)*"
RE_OPENING_TAG = re.compile(rf"^\((?P<labels>{_TAG_LABELS})\)\s+(?P<rest>\S.*)$", re.S)
RE_CLOSING_TAG = re.compile(rf"^(?P<rest>.*\S)\s*\[(?P<labels>(?:{REC_WORDS})\s+(?:{LABEL_LIST})|{_TAG_LABELS})\]\s*$", re.S)
MIN_TAGGED = 2  # a document answers by tags when at least this many paragraphs carry one


def _tags(text: str) -> tuple[list[str], str, bool] | None:
    """(labels, the text without its tag, whether the tag opens it) of a paragraph tagged with what it answers."""
    for rx, opening in ((RE_OPENING_TAG, True), (RE_CLOSING_TAG, False)):
        m = rx.match(text.strip())
        if m:
            listed = read_labels(m.group("labels"))
            labels = listed[0] if listed and listed[0] else re.findall(r"\d{1,3}[a-z]?", m.group("labels"))
            return labels, m.group("rest").strip(), opening
    return None


def _tagged_blocks(paragraphs: list[Paragraph]) -> list[_Block]:
    """Answers whose paragraphs carry a tag of what they answer, wherever the response sets them (under its own
    priorities, in its own order): "(R5) We agree. ..." opens an answer that runs to the next tag or heading; "...
    [Recommendation 4]" closes one, which takes in the untagged paragraphs before it back to the last answer of its
    section (not a section's opening words). [] where fewer than MIN_TAGGED paragraphs are tagged."""
    tagged = {k: t for k, p in enumerate(paragraphs) if p.kind != "heading" and (t := _tags(p.text)) is not None}
    if len(tagged) < MIN_TAGGED:
        return []
    blocks: list[_Block] = []
    cur: _Block | None = None
    pending: list[str] = []
    answered_in_section = False
    for k, p in enumerate(paragraphs):
        if p.kind == "heading":
            cur, pending, answered_in_section = None, [], False
            continue
        if is_furniture(p.text) or not p.text.strip():
            continue
        if k in tagged:
            labels, rest, opening = tagged[k]
            if opening:
                cur = _Block(label=labels[0], page=p.page, answers=labels, answer=[rest], marked=True)
            else:
                cur = None
                text = [*pending, rest] if answered_in_section else [rest]
                blocks.append(_Block(label=labels[0], page=p.page, answers=labels, answer=text, marked=True))
                pending, answered_in_section = [], True
                continue
            blocks.append(cur)
            pending, answered_in_section = [], True
            continue
        if cur is not None:
            cur.answer.append(p.text.strip())
        else:
            pending.append(p.text.strip())
    return blocks


# a recommendation cited in brackets inside a sentence: "... every four weeks, as the Committee asked (R1).", "(Recommendation 8)"
RE_BRACKET_CITE = re.compile(BRACKETED_LABEL, re.IGNORECASE)
TAKEN_UP_MIN = 2  # prose paragraphs that cite a table's rows, for the prose to be read as the rows' fuller answers


def _taken_up(paragraphs: list[Paragraph], table: list[_Block], blocks: list[_Block]) -> None:
    """A response that gives its position on each recommendation in a summary table and takes some of them up again in
    prose by theme, citing each in brackets ("We now publish our cancellations ... as the Committee asked (R1)."): the
    prose goes with the row, from the paragraph that cites it to the next paragraph citing another or the next heading,
    where no other block answers that recommendation. In place; nothing where fewer than TAKEN_UP_MIN paragraphs cite
    the table's recommendations so."""
    rows = {a: t for t in table for a in t.answers or [t.label or ""]}
    answered = {a for b in blocks if b.answer for a in b.answers or [b.label or ""]}
    runs: list[tuple[_Block, list[str]]] = []
    cur: list[str] | None = None
    for p in paragraphs:
        text = p.text.strip()
        if p.kind == "heading" or not text or "\t" in text:
            cur = None
            continue
        if is_furniture(text):
            continue
        cited = {as_printed(m.group("label")) for m in RE_BRACKET_CITE.finditer(text)}
        if cited:
            label = next(iter(cited)) if len(cited) == 1 else None
            cur = [text] if label in rows and label not in answered else None
            if cur is not None and label is not None:
                runs.append((rows[label], cur))
            continue
        if cur is not None:
            cur.append(text)
    if len(runs) >= TAKEN_UP_MIN:
        for row, texts in runs:
            row.answer.extend(texts)


def _clause_verdict(clause: str | None) -> tuple[str, list[str]] | None:
    """The verdict a section's shared opening gives one recommendation in its own clause ("and accepts
    recommendation 4 in principle"): printed, it decides (guide rule 1); None where the clause states none."""
    if not clause:
        return None
    stance, evidence = classify_stance(clause)
    return (stance, [clause]) if evidence and stance != "unclear" else None


def _own_answers_first(blocks: list[_Block]) -> list[_Block]:
    """A recommendation answered in a block of its own is not also answered by the paper's own decision sought that
    names it among several: "That the Panel agrees that recommendations 1, 2, 4, 6 and 8 are closed" above
    "Recommendation 1 – Complete. ..." asks the meeting to close what the own blocks answer. Such a decision keeps the
    recommendations with no block of their own; one left naming none answers nothing. A shared answer ("These
    recommendations are accepted in principle ...") stands beside a block of its own: both answer."""
    own = {a for b in blocks if b.answer and len(named := b.answers or [b.label or ""]) == 1 for a in named if a}
    out = []
    for b in blocks:
        asks = bool(b.answer) and b.answer[0].startswith(("That ", "To "))  # "That the Panel agrees ...": a decision
        if len(b.answers) > 1 and not b.table and asks and own & set(b.answers):
            rest = [a for a in b.answers if a not in own]
            if not rest:
                continue
            b = replace(b, answers=rest, label=b.label if b.label in rest else rest[0])
        out.append(b)
    return out


def _with_actions(rows: list[TableAnswer], actions: list[TableAnswer]) -> list[TableAnswer]:
    """A response table's answers, then an action plan's for the recommendations no row of it answers: one table read
    both ways ("Rec | Agency | Action | Target date | Progress", its rows quoting nothing) answers each once."""
    answered = {a for t in rows for a in (t.labels or [t.label])}
    return rows + [t for t in actions if not set(t.labels or [t.label]) & answered]


def find_responses(doc: Document, paragraphs: list[Paragraph]) -> list[Response]:
    """The answers in `doc`, one `Response` per answer block, in document order.

    `label` is the recommendation label as the document gives it (for a block headed
    only "Recommendation", the first number it restates); `answers` lists every label
    the block answers; `restated` the quoted recommendation(s), numbered paragraphs
    kept as "N. text" and separated by blank lines; `text` all of the answer.
    """
    blocks, markers = _blocks(paragraphs)
    opened = _opener_blocks(paragraphs)
    if len(opened) >= 2 and len(opened) >= sum(1 for b in blocks if b.answer):
        blocks = opened  # the document answers in the opener form throughout
    tagged = _tagged_blocks(paragraphs)
    if len(tagged) >= MIN_TAGGED and len(tagged) > sum(1 for b in blocks if b.answer):
        blocks = tagged  # it tags each answer with what it answers: "(R5) ...", "... [Recommendation 4]"
    table = [
        _Block(label=t.label, page=t.page, restated=[t.quoted], answers=t.labels or [t.label], answer=t.answer,
               details=t.details, table=True, verdict=t.verdict, latest=t.latest, progress=t.progress)
        for t in _with_actions(table_answers(doc), action_answers(doc))
    ]
    if table:
        _taken_up(paragraphs, table, blocks)  # a summary table's rows, and the prose that takes each up later
        # a head over a table's rows ("R1 – A plan for loneliness" above the tile that answers it) holds no answer of its
        # own: the table's row for its label is the answer (nor are its details after the table, "Contact: ...", prose)
        tabled = {a for t in table for a in t.answers}
        blocks = [b for b in blocks
                  if not (set(b.answers or [b.label or ""]) <= tabled and not _holds_prose(split_details(b.answer)[0]))]
        # ... and prose that prints no label beside them would be numbered by its place, which is a row's number: a
        # covering report's own "Recommendation" (that the meeting notes the response) over its summary of the table
        blocks = [b for b in blocks if b.label or b.answers]
        blocks, markers = blocks + table, markers + len(table)  # a response table is its own marker
    elif not any(b.answer for b in blocks if not b.named):  # no answer in any other shape: by reference?
        # page furniture, contents entries and "Recommendation 1:" heads are not prose that names what it answers
        contents = contents_entries(paragraphs)  # an "On this page" list names the sections; it answers nothing
        skip = frozenset(i for i, p in enumerate(paragraphs)
                         if i in contents or is_furniture(p.text) or RE_TOC_ENTRY.search(p.text)
                         or head_of(p) is not None and not _cited_at_end(p))  # (a themed head is read by reference)
        # (a badge over an answer, "Under way", is the status it prints: its progress, kept as a detail)
        referred = [_Block(label=r.labels[0], page=r.page, answers=r.labels, answer=r.text, verdict=_clause_verdict(r.verdict),
                           details=[f"Status: {r.status}"] if r.status else [],
                           progress=printed_status(r.status) if r.status else None)
                    for r in answers_by_reference(paragraphs, skip)]
        # answers under heads that name them ("Response to R1") stand, unless reading by reference finds more
        if len({a for b in referred for a in b.answers}) > len({a for b in blocks if b.answer for a in b.answers}):
            blocks = referred
    blocks = _own_answers_first([part for b in blocks for part in _split_by_named_ranges(b)])
    rules = load_rules()
    prefix = doc.id[:12]
    responses: list[Response] = []
    evidenced = 0
    last = max((i for i, b in enumerate(blocks) if not b.table), default=-1)
    signed_off = any(is_valediction(p.text.strip()) for p in paragraphs)  # a letter: its valediction follows the answers
    for i, b in enumerate(blocks):
        if not b.answer or not (b.label or b.answers or b.restated):
            continue  # nothing says which recommendation this answers
        answer = [t for t in b.answer if t]
        if i == last:  # a letter's close after its last answer ("I hope this is helpful", "Yours sincerely")
            answer = answer[:letter_close(answer, signed_after=signed_off)]
            answer = answer[:record_close(answer)]  # ... or a decision record's own fields after it
        parts, details = split_details(answer)
        text = "\n\n".join(parts or answer)
        details = b.details + details if parts else list(b.details)
        _, rule_s, _, rule_p = judge(text, rules)
        if rule_s or rule_p:
            evidenced += 1  # the answer takes a position in words the rules know: a mark of a response
        # an answer to a question (every quoted ask ends with "?") mostly informs: the model reads that too
        # ... and how far it speaks of what was asked, where the response restates it
        # the column a tick matrix marks is the verdict printed (guide rule 1), read as its words print it
        marked = f"{_VERDICT_WORDS[b.verdict[0]]}\n\n{text}" if b.verdict is not None else text
        judged = judge_answer(marked, bool(b.restated) and all(is_question(q) for q in b.restated),
                              "\n".join(q for q in b.restated if q) or None)
        stance, s_ev, progress, p_ev = judged.stance, judged.stance_evidence, judged.progress, judged.progress_evidence
        if b.verdict is not None:
            stance, s_ev = b.verdict[0], list(b.verdict[1])
        if b.opener:  # the opener's first sentence states the position; the rest qualifies it
            for part in (re.split(r"(?<=[.!?])\s+(?=[A-Z])", b.opener, maxsplit=1)[0], b.opener):
                o_stance, o_ev = classify_stance(part, rules)
                if o_ev:
                    stance, s_ev = o_stance, o_ev
                    break
        label = b.label or (b.answers[0] if b.answers else str(len(responses) + 1))
        answered = list(dict.fromkeys(b.answers or [label]))
        stance, s_ev = shared_stance(text, answered, stance, s_ev, rules)  # verdicts per label that differ: partial
        # an update column's cell is the latest statement: where it reports progress, it decides (rule 2.4), unless the row
        # rates the item complete after it ("Progress at January 2026 | RAG": "... 41 of the 47 made online" then
        # "Complete"): the rating closes it. (A rating that it goes on, "Ongoing", says less than an update that reports
        # the thing done: "Travel training is now part of the standard offer")
        latest = b.latest or ""
        status = printed_status(text) if latest else None
        after = status is not None and status[0] == "completed" and latest in text \
            and text.rfind(status[1][0]) >= text.rfind(latest) + len(latest)
        if b.latest and not after:
            later = judge_answer(b.latest, False, "\n".join(q for q in b.restated if q) or None)
            if later.progress != "unknown":
                progress, p_ev = later.progress, later.progress_evidence
        if b.progress is not None:  # its action rows' statuses, read together (guide rule 2.2)
            progress, p_ev = b.progress
        if progress_given_stance(stance, progress) != progress:
            progress, p_ev = "unknown", []  # nothing accepted, so nothing under way (guide rule 2.1)
        for k, each in enumerate(answered):  # one entry per label answered, each with the shared answer
            responses.append(
                Response(
                    uid=f"{prefix}:r{i + 1}" + (f".{k + 1}" if k else ""),
                    label=each,
                    text=text,
                    restated=_restated_for(each, b.restated) or None,
                    stance=stance,  # type: ignore[arg-type]
                    progress=progress,  # type: ignore[arg-type]
                    stance_evidence=s_ev,
                    progress_evidence=p_ev,
                    # a block that prints no label answers none it names: numbered by its place, and matched to what it
                    # answers by its words once the report is known ("You said ..." / "We did ...")
                    answers=answered if b.label or b.answers else [],
                    page=b.page,
                    generator=judged.generator,
                    details=list(details),
                    method="table" if b.table else "shape",
                )
            )
    # an answer that opens with its printed verdict ("Annual programme. Agreed. The 2025 programme ...") marks itself an
    # answer as a "Response:" marker does, where most of the labelled blocks do so (a bulletin whose words the
    # metadata reader took for the review's own)
    verdicts = sum(1 for b in blocks if b.answer and b.label and _is_verdict(_FIRST.split(b.answer[0].strip(), maxsplit=1)[0]))
    if verdicts >= MIN_VERDICTS and 2 * verdicts >= sum(1 for b in blocks if b.answer):
        markers += verdicts
    if not _is_response_document(doc, blocks, markers, evidenced, _section_heading(paragraphs)):
        log.debug("%s: %d recommendation block(s) but not a response document", doc.source, len(blocks))
        return []
    return responses
