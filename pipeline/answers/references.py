"""Answers found by reference: a response that names, in its own sentences, what it answers.

A letter or a narrative reply need not quote its recommendations nor head its answers: "Your
first recommendation asked ...", "Turning to recommendations 4 and 5, ...", "Finally,
recommendation 8 is addressed to the Leader". What marks an answer there is the reference
itself, near the start of the paragraph that opens it: a recommendation named by its printed
label (the label grammar of `pipeline.labels`) or by its ordinal. Each such paragraph opens an
answer that runs to the next one, or to a heading, or to the close of the letter (a
valediction, or after the last answer the closing paragraph: lists of the answer lexicon). The order of the answers is the writer's, not the
report's, and two recommendations named together share one answer.

A reply answers each recommendation in turn, so the paragraphs that open so must name most of
the numbers up to the highest they name: a briefing that discusses "the report's second
recommendation" and "recommendations 11 and 12" answers nothing. The shape reader
(`pipeline.answers.shapes`) falls back on this only for a document that gives its answers in no
other shape: in an action plan or a quoted response, a paragraph that opens
"Recommendations 3 and 9 are addressed to police forces" is an introduction, not an answer.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from pipeline.answers.asks import put_as_ask
from pipeline.answers.judge import judge_answer, pointed_to, printed_status, printed_verdict
from pipeline.answers.stance import StanceRules, classify_stance, group_stance, progress_given_stance
from pipeline.labels import LABEL_LIST, NUMBER_WORD, ORDINAL, REC_WORDS, number_word, ordinal_word, read_labels
from pipeline.lexicon import Patterns
from pipeline.records import Paragraph, Response

MAX_LEAD_WORDS = 8  # words before the reference: "I will take your third recommendation", "Turning to"
MIN_REFERENCES = 2  # a document answers by reference when it opens at least this many answers so
MIN_COVERAGE = 0.5  # ... naming at least this share of the numbers up to the highest it names

_CODE = r"(?-i:R)\d{1,3}(?:\.\d{1,2})?[a-z]?"  # a recommendation's printed reference, "R9", "R1.2"
_ORDINALS = rf"(?P<ordinals>{ORDINAL}(?:\s*(?:,|&|\band\b)\s*{ORDINAL})*)"
# "recommendations five and seven": the numbers written as words
_WORDS = rf"(?P<words>(?:{NUMBER_WORD})(?:\s*(?:,|&|\band\b)\s*(?:{NUMBER_WORD}))*)\b"
_REFERENCE = (
    rf"\b(?:{_ORDINALS}\s+{REC_WORDS}\b|(?P<cited>{REC_WORDS}\s+(?:{LABEL_LIST}))(?!\w|\.\w)|{REC_WORDS}\s+{_WORDS}"
    # a field that names what follows: "Recommendations answered: 2 and 7" (answer lexicon v4 `reference_fields`;
    # not a status: "Recommendations completed: 5 of 12")
    rf"|{REC_WORDS}\s+(?:{{reference_fields}})\s*[:\u2013\u2014-]\s*(?P<field>{LABEL_LIST})(?!\w|\.\w)"
    # a reply to the asker's own numbered points: "Re your point 1 - ...", "Re your points 3 and 4 - Yes to both."
    rf"|\byour\s+points?\s+(?P<points>{LABEL_LIST})(?!\w|\.\w)"
    # ... or by the reference the report prints before each ("R9", "R2 and R12"), as a reader cites it: "(R9)"
    rf"|(?P<codes>{_CODE}(?:\s*(?:,|&|\band\b|\bto\b|-|\u2013)\s*{_CODE})*)(?!\w|\.\w)"
    # ... or by its ordinal and what the report calls its items, other than recommendations: "Your third concern is
    # that ...", "The fourth matter of concern, that ..." (a coroner's report to prevent future deaths; answer lexicon
    # v44 `item_nouns`)
    rf"|(?P<items>{ORDINAL}(?:\s*(?:,|&|\band\b)\s*{ORDINAL})*)\s+(?:{{item_nouns}})\b)"
)
# (a subject in brackets may close with a full stop: a minute's "31.3 Recommendation 1 (placement figures). The ...")
_RUN_IN_LABEL = re.compile(rf"^(?:(?:{REC_WORDS})\s+{LABEL_LIST}\s*(?:\([^()]{{1,80}}\)\s*[.:\u2013\u2014]|[:\u2013\u2014])"
                           # ... or the asker's point it replies to: "Re your point 1 - ", "Re your points 3 and 4 - "
                           rf"|(?:re\s+)?your\s+points?\s+{LABEL_LIST}\s*[:\u2013\u2014-])\s+(?=\S)", re.I)
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])")


@dataclass(frozen=True, slots=True)
class Referenced:
    """One answer given by reference: the labels it names, its paragraphs' texts, its page."""

    labels: list[str]
    text: list[str]
    page: int
    verdict: str | None = None  # the clause of a shared opening that gives its label's verdict ("accepts recommendation 4 in principle")
    status: str | None = None  # a status printed over the answer on a line of its own, a badge ("Under way")


# the close of a letter: its valediction, and how its closing paragraph opens (answer lexicon lists)
RX = Patterns("answers", valediction=(r"^(?:{valedictions})\b", re.I), verdict_verbs=(r"\b(?:{verdict_verbs})", re.I), closing=(r"^(?:{letter_closings})", re.I),
              reference=(_REFERENCE, re.I), whole=(r"\b(?:{whole_response})", re.I),
              # a restatement in plain words under a run-in head, closed by the citation of what it restates: "You
              # asked: Tell us when estate inspections are happening. (recommendation 7)" (answer lexicon v12 list)
              restated=(rf"^(?:{{restatement_heads}})\s*:\s*\S.*?\s*\((?P<cited>{REC_WORDS}\s+(?:{LABEL_LIST}))\)\s*[.;]?$",
                        re.I | re.S),
              # the marker that opens the answer after it, run in: "We answered: Done. ..." (answer lexicon v36)
              marker=(r"^(?:{answer_words})\s*:\s+(?=\S)", re.I))


def _labels_of(m: re.Match[str]) -> list[str] | None:
    if m.group("ordinals") or m.group("items"):
        words = re.split(r"\s*(?:,|&|\band\b)\s*", m.group("ordinals") or m.group("items"), flags=re.IGNORECASE)
        return [n for w in words if (n := ordinal_word(w))] or None
    if m.group("words"):
        words = re.split(r"\s*(?:,|&|\band\b)\s*", m.group("words"), flags=re.IGNORECASE)
        return [n for w in words if (n := number_word(w))] or None
    listed = read_labels(m.group("cited") or f"Recommendations {m.group('field') or m.group('points') or m.group('codes')}")
    return listed[0] if listed else None


def restated_labels(text: str) -> list[str] | None:
    """The labels a restatement under a run-in head cites at its end ("You asked: Give every estate a named officer.
    (recommendation 10)" -> ["10"]): the answer follows it, under its own marker ("We answered: ..."); else None."""
    m = RX.restated.match(text.strip())
    listed = read_labels(m.group("cited")) if m else None
    return listed[0] if listed and listed[0] else None


def _answer_text(p: Paragraph) -> str:
    """An answer's opening paragraph without what heads it: a run-in label ("Recommendation 2: ..."), or a title set in
    bold that ends by citing what it answers ("**A rota in every block (recommendation 1).** We said yes ..." -> "We
    said yes ..."), as printed: the same words in the text's own type are the answer's first sentence, and a bold
    verdict ("**Agreed (recommendation 3).**") is its own."""
    text = _RUN_IN_LABEL.sub("", p.text.strip(), count=1)
    title = p.text.strip() if p.emphasis == "bold" else (p.title or "")
    if title and text.startswith(title) and closing_labels(title.rstrip(" :\u2013\u2014-")) \
            and classify_stance(title)[0] == "unclear":
        return text[len(title):].lstrip(" .:\u2013\u2014-").strip()
    return text


def first_sentence(text: str) -> str:
    """A paragraph's first sentence (to its first full stop, question or exclamation mark before a capital)."""
    return _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]


def referenced_labels(text: str) -> list[str] | None:
    """The labels a paragraph's first sentence names near its start ("Your first recommendation
    asked ..." -> ["1"], "Turning to recommendations 4 and 5, ..." -> ["4", "5"],
    "Recommendations answered: 2 and 7" -> ["2", "7"]), else None."""
    first = first_sentence(text)
    m = RX.reference.search(first)
    if m is None or len(first[: m.start()].split()) > MAX_LEAD_WORDS:
        return None
    if m.start() > 0 and RX.reference.search(first, m.end()) is not None:
        return None  # "The code of practice under recommendation 1 and the priority under recommendation 2 ...": both in
        #              passing, as what an answer speaks of, not the one it opens
    return _labels_of(m)


# a reference in passing that says what the sentence answers: "... a reference number (recommendation 3).", "I would be
# glad to come back in October, as your thirteenth recommendation asks, ..."
_ANSWERED_HERE = re.compile(
    rf"\((?P<bracket>{REC_WORDS}\s+(?:{LABEL_LIST}))\)"
    rf"|\bas\s+(?:(?:your|the(?:\s+\w+['\u2019]s)?)\s+)?(?P<as>{ORDINAL}\s+{REC_WORDS}|{REC_WORDS}\s+(?:{LABEL_LIST}))\s+"
    r"(?:asks|asked|proposes|proposed|requests|requested|suggests|suggested|recommends|recommended|sought|seeks)\b"
    # "... has asked me to include its answer to recommendation 4" (not "See our response to recommendation 10 above")
    rf"|(?<!see\s)\b(?:its|our|their|his|her)\s+(?:answer|response|reply)\s+to\s+(?P<to>{REC_WORDS}\s+(?:{LABEL_LIST}))"
    r"(?!\s+(?:above|below|earlier|later)\b)"
    # "We support in principle the internship scheme proposed in recommendation 8." (not "the unit in recommendation 2")
    r"|\b(?:proposed|suggested|sought|requested|recommended|called\s+for|asked\s+for|set\s+out)\s+(?:in|by)\s+"
    rf"(?:your\s+|the\s+(?:\w+['\u2019]s\s+)?)?(?P<in>{REC_WORDS}\s+(?:{LABEL_LIST}))(?!\s+(?:above|below|earlier|later)\b)"
    # "As the Committee asked in its final recommendation, the Registrar and I will come back to you ..."
    r"|\bas\s+(?:you|the\s+(?:[\w-]+\s+){0,3}?(?:committee|group|panel|review|board|commission|inquiry))\s+"
    r"(?:asks|asked|proposes|proposed|requests|requested|suggests|suggested|recommends|recommended)\s+in\s+(?:your|its|their|the)\s+"
    rf"(?P<asin>(?:{ORDINAL}|final|last)\s+{REC_WORDS}|{REC_WORDS}\s+(?:{LABEL_LIST}))", re.I)
_LAST = re.compile(r"(?:final|last)\b", re.I)


def _answered(m: re.Match[str], last: str | None) -> list[str] | None:
    cited = m.group("bracket") or m.group("as") or m.group("to") or m.group("in") or m.group("asin")
    if _LAST.match(cited):  # "its final recommendation": the last of the report's, where known
        return [last] if last else None
    return _labels_of(ref) if (ref := RX.reference.search(cited)) else None


def answered_labels(text: str, last: str | None = None) -> list[str] | None:
    """The one label a paragraph's first sentence says it answers: named near its start (`referenced_labels`), or in
    passing as what the sentence answers ("... a reference number (recommendation 3). We agree ...", "..., as your
    thirteenth recommendation asks, ...", "As the Committee asked in its final recommendation, ...": `last`, the
    label of the report's last recommendation, where the caller knows it); None where it names none, or several in
    passing."""
    named = referenced_labels(text)
    if named is not None:
        return named
    first, *rest = _FIRST_SENTENCE.split(text.strip(), maxsplit=1)
    # (a citation in brackets that ends the paragraph closes its answer, "... in October 2026 (recommendation 1).": it
    # opens one where the answer follows it, "... a reference number (recommendation 3). We agree that ...")
    # (a bracket may cite several that one passage answers together, "... before 7am (recommendations 7 and 8)."; in
    # the run of a sentence, "as recommendations 2 and 5 asked", several are spoken of, none answered)
    found = [(labels, bool(m.group("bracket"))) for m in _ANSWERED_HERE.finditer(first) if rest or not m.group("bracket")
             if (labels := _answered(m, last))]
    return found[0][0] if len(found) == 1 and (len(found[0][0]) == 1 or found[0][1]) else None


# a paragraph that closes by citing what it answers: "... will adopt the plan in October 2026 (recommendation 1)."
_CLOSING_CITATION = re.compile(r"\((?P<cited>[^()]{1,80})\)[.;]?$")


# ... or in a sentence of its own that says what the text above it answers: "This responds to the Commission's
# recommendation 6.", "This proposal responds to recommendations 2 and 3."
_CLOSING_SENTENCE = re.compile(
    rf"(?:^|(?<=[.!?])\s+)(?:This|These|It)\s+(?:[a-z]+\s+)?(?:responds?|is\s+our\s+(?:response|answer)|answers?)\s+to\s+"
    rf"(?:(?:the|your|its)\s+(?:[\w’'-]+\s+){{0,3}}?)?(?P<cited>{REC_WORDS}\s+(?:{LABEL_LIST}))\s*\.?$", re.I)


def _closes_alone(text: str) -> bool:
    """The paragraph's first line is a closing sentence and nothing else ("This responds to the Commission's
    recommendation 6.", a box of the paper's own perhaps set under it): it closes the answer above it."""
    return _CLOSING_SENTENCE.fullmatch(text.strip().split("\n", 1)[0]) is not None


def closing_labels(text: str) -> list[str] | None:
    """The labels a paragraph cites in brackets at its very end ("... by postcode (recommendation 2)." -> ["2"],
    "(recommendations 4 and 5)" -> ["4", "5"]), or in a closing sentence that says what it answers ("This responds to
    the Commission's recommendation 6."), else None: a citation in passing, mid-paragraph, labels nothing."""
    # (on its own line, with a box of the paper's own set under it: "This responds to ... recommendation 1." over the
    # consultation's "Question 1. How far do you agree ...")
    said = _CLOSING_SENTENCE.search(text.strip()) or _CLOSING_SENTENCE.fullmatch(text.strip().split("\n", 1)[0])
    if said is not None and (listed := read_labels(said.group("cited"))) and listed[0]:
        return listed[0]
    m = _CLOSING_CITATION.search(text.strip())
    cited = m.group("cited").strip() if m else ""
    ref = RX.reference.match(cited)
    return _labels_of(ref) if ref is not None and ref.end() == len(cited) else None


def _closed_by_reference(paragraphs: list[Paragraph], heads: dict[int, bool], skip: frozenset[int]) -> list[Referenced]:
    """The answers of a document that closes each by citing what it answers ("**Agreed.** The Executive will consult
    ... (recommendation 1)."): an answer runs from the end of the one before it, or from the heading over it, to its
    citation, which labels it; [] when fewer than MIN_REFERENCES recommendations are cited so."""
    closes = [(i, labels) for i, head in heads.items()
              if not head and paragraphs[i].kind != "heading" and (labels := closing_labels(paragraphs[i].text))]
    named = {lab for _, labels in closes for lab in labels}
    numbers = {int(lab) for lab in named if lab.isdigit()}
    if len(closes) < MIN_REFERENCES or len(named) < MIN_REFERENCES or numbers and len(numbers) < MIN_COVERAGE * max(numbers):
        return []
    out: list[Referenced] = []
    start = 0
    for i, labels in closes:
        above = [j for j in range(start, i) if paragraphs[j].kind == "heading" or heads.get(j)]
        badge = _badge(paragraphs, above[-1] + 1, start - 1) if above else None
        if above:
            start = above[-1] + 1  # an answer starts under the heading over it
        # (a closing sentence of its own, "This responds to ... recommendation 6.", says what the text above answers: no
        # words of the answer, nor is the paper's box under it, "Question 1. How far do you agree ...")
        last = i - 1 if _closes_alone(paragraphs[i].text) else i
        text = [paragraphs[j].text.strip() for j in range(start, last + 1)
                if j in heads and j not in skip and paragraphs[j].text.strip()]
        out.append(Referenced(list(dict.fromkeys(labels)), text, paragraphs[start].page, status=badge))
        start = i + 1
    return out


_RELATIVE = re.compile(rf"^(?:\S+\s+){{0,{MAX_LEAD_WORDS}}}?the\s+(?:(?P<ordinal>{ORDINAL}|last)\s+"
                       r"(?:of\s+(?:these|them|those|the\s+(?:two|three|four))|one)|(?P<pair>latter|former))\b", re.I)


def relative_labels(text: str, named: list[str]) -> list[str] | None:
    """The label a paragraph's opening points to among those its section's heading names ("Communication
    (recommendations 3 and 4)", then "On the second of these, ..." -> ["4"]), else None."""
    m = _RELATIVE.match(text.strip()) if named else None
    if m is None:
        return None
    word = (m.group("ordinal") or m.group("pair")).lower()
    k = len(named) if word in ("last", "latter") else 1 if word == "former" else int(ordinal_word(word) or 0)
    return [named[k - 1]] if 1 <= k <= len(named) else None


def named_in(text: str) -> list[tuple[int, int, list[str]]]:
    """Every reference anywhere in a text: (start, end, labels), in order."""
    return [(m.start(), m.end(), labels) for m in RX.reference.finditer(text) if (labels := _labels_of(m))]


_CLAUSE_END = re.compile(r"\s*(?:[,;:.!?]|\s(?:and|but|while|whereas)\s)", re.I)
# "and" inside a body's name ("the Overview and Scrutiny Committee's report", "Health and Wellbeing Board") is no
# clause's end; "from April and Cabinet does not ..." is
_IN_NAME = re.compile(r"(?-i:[A-Z])[\w’'-]*\s+and\s+(?:(?-i:[A-Z])[\w’'-]*\s+)+(?-i:Committee|Board|Panel|Council|"
                      r"Partnership|Commission|Group|Forum|Authority|Service|Trust|Executive)\b")


def _clause_ends(text: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
    """The breaks between clauses in `text[pos:endpos]`, in order, but the "and" inside a name (lazily: the first is
    most often all a caller needs)."""
    names = [(m.start(), m.end()) for m in _IN_NAME.finditer(text)]
    return (m for m in _CLAUSE_END.finditer(text, pos, len(text) if endpos is None else endpos)
            if not any(a < m.start() < b for a, b in names))


def verdict_clause(text: str, label: str) -> str | None:
    """The clause of `text` that names `label`: from the end of the clause before (a comma, a semicolon,
    "and", "but" after the reference before it) to the first such break after it. "The Government accepts
    recommendations 5 and 8, and accepts recommendation 4 in principle." -> for 4: "and accepts recommendation 4
    in principle"; for 5: "The Government accepts recommendations 5 and 8"."""
    refs = named_in(text)
    for k, (start, end, labels) in enumerate(refs):
        if label not in labels:
            continue
        begin = 0
        if k:  # after the break that follows the reference before, within this sentence
            prev = next(_clause_ends(text, refs[k - 1][1]), None)
            begin = prev.start() if prev and prev.start() < start else refs[k - 1][1]
        sentence = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
        begin = max(begin, sentence + 1)
        stop = next(_clause_ends(text, end), None)
        return text[begin: stop.start() if stop else len(text)].strip(" ,;:\u2013\u2014-") or None
    return None


def shared_stance(text: str, labels: list[str], stance: str, evidence: list[str],
                  rules: StanceRules | None = None) -> tuple[str, list[str]]:
    """The stance of one answer shared by the recommendations `labels` (`group_stance`), and partially accepted where
    its clauses give two of them different verdicts by number (guide rule 1.4: labelled as a whole): "We therefore
    accept recommendation 7, and recommendation 8 in part." A clause that names its label with no verdict verb of
    its own takes the verb of the answer's stance before what follows the reference ("and recommendation 8 in part"
    -> "accepts this recommendation in part")."""
    stance, evidence = group_stance(text, labels, stance, evidence, rules)
    if len(labels) < 2 or stance not in ("accepted", "partially_accepted"):
        return stance, evidence
    flat = " ".join(text.split())
    verdicts: dict[str, tuple[str, str]] = {}
    for label in labels:
        clause = verdict_clause(flat, label)
        if not clause:
            continue
        said = classify_stance(clause, rules)[0]
        if said == "unclear":  # elliptical: the verb is the clause before's
            end = next((e for _, e, named in named_in(clause) if label in named), None)
            said = classify_stance(f"accepts this recommendation {clause[end:]}", rules)[0] if end is not None else said
            said = said if said == "partially_accepted" else "unclear"  # only a degree after the reference tells
        if said != "unclear":
            verdicts[label] = (said, clause)
    if len({said for said, _ in verdicts.values()}) >= 2:
        return "partially_accepted", list(dict.fromkeys(clause for _, clause in verdicts.values()))
    return stance, evidence


def _shared_openings(paragraphs: list[Paragraph], body: list[int]) -> tuple[list[tuple[int, list[str]]], list[int]] | None:
    """A section that opens by naming several recommendations, often with their verdicts ("The Government accepts
    recommendations 5 and 8, and accepts recommendation 4 in principle."), and then turns to each in a paragraph that
    names it alone, anywhere in its sentences ("The survey that recommendation 5 calls for was commissioned ...",
    "Recommendation 8 has already been met."): (the answers it opens, each a paragraph and the one label it names,
    and those the opening names that no paragraph takes up, at the opening's index; the indices of the opening
    paragraphs, which every answer of the section shares); None for any other section. `body`: the section's
    paragraphs, heads and furniture left out."""
    if len(body) < 3:
        return None
    shared = [body[0]]
    opened = list(dict.fromkeys(lab for _, _, labels in named_in(paragraphs[body[0]].text) for lab in labels))
    if len(opened) < 2:
        return None
    opens: list[tuple[int, list[str]]] = []
    for j in body[1:]:
        labels = set(lab for _, _, named in named_in(paragraphs[j].text) for lab in named)
        if not labels:
            if not opens:
                shared.append(j)  # more of the opening, before the first answer
            continue
        if len(labels) > 1 or not labels <= set(opened):
            return None  # a paragraph about several, or about others: not this shape
        opens.append((j, sorted(labels)))
    taken = {lab for _, labels in opens for lab in labels}
    if len(taken) < 2:
        return None
    left = [lab for lab in opened if lab not in taken]
    return ([(body[0], left)] if left else []) + opens, shared


def is_head(p: Paragraph) -> bool:
    """A heading, or a line that is no more than a title and a reference ("Repair standards
    Recommendation answered: 1"): it names what the text under it answers and is not part of it.
    A line whose rest is a verdict ("Recommendation 4 – agreed") is an answer, not a head."""
    text = p.text.strip()
    m = RX.reference.search(text)
    if p.kind == "heading" or m is None or text.endswith((".", "!", "?")):
        return p.kind == "heading"
    rest = (text[: m.start()] + " " + text[m.end():]).strip(" :;,\u2013\u2014-")
    return len(rest.split()) <= MAX_LEAD_WORDS and classify_stance(rest)[0] == "unclear"


def head_labels(p: Paragraph, head: bool | None = None) -> list[str] | None:
    """The labels a head names, anywhere in it ("Reporting a problem Recommendations answered: 2 and 7",
    "Response to recommendations 4 and 5"), else None: a section under it answers them. `head`:
    `is_head(p)`, when the caller knows it already."""
    if not (is_head(p) if head is None else head):
        return None
    m = RX.reference.search(p.text)
    return _labels_of(m) if m is not None else None


def _titles(paragraphs: list[Paragraph], i: int, named: list[str] | None = None) -> bool:
    """Whether the section under the heading at `i` (which names `named`) labels or names answers of its own."""
    for p in paragraphs[i + 1:]:
        if p.kind == "heading":
            return False
        if p.label or referenced_labels(p.text) or relative_labels(p.text, named or []):
            return True
    return False


def _left_to_heading(paragraphs: list[Paragraph], i: int, labels: list[str], opens: list[tuple[int, list[str]]]) -> list[str]:
    """The labels the heading at `i` names that no answer in its section names, where the section opens with
    prose before its first named answer; [] otherwise."""
    end = next((j for j in range(i + 1, len(paragraphs)) if paragraphs[j].kind == "heading"), len(paragraphs))
    inside = [(j, labs) for j, labs in opens if i < j < end]
    if not inside or inside[0][0] == i + 1 or paragraphs[i + 1].label:
        return []
    named = {lab for _, labs in inside for lab in labs}
    return [lab for lab in labels if lab not in named]


def is_valediction(text: str) -> bool:
    """"Yours sincerely", "Kind regards": a letter's close."""
    return bool(RX.valediction.match(text.strip()))


def courtesy(text: str) -> bool:
    """The paragraph opens with a letter's courtesy ("Thank you for sending me the report", "I hope this is helpful",
    "... would be pleased to attend"), at its opening or its close (answer lexicon `letter_closings`): no answer."""
    return bool(RX.closing.match(text.strip()))


def letter_close(parts: list[str], signed_after: bool = False) -> int:
    """Where the close of a letter begins among its last answer's paragraphs (their number if nowhere): a courtesy
    ("I hope this is helpful"), the valediction ("Yours sincerely,"), or, in a letter that signs off, a paragraph before
    the valediction that speaks of the recommendations or answers as a whole ("We will report progress on the accepted
    recommendations ...", "... any of our answers"; answer lexicon `whole_response`), the valediction among the parts
    or just after them (`signed_after`). A paper that does not sign off (a Government response) may end its last
    answer speaking of "the recommendations": it is still the answer."""
    signed = next((k for k in range(1, len(parts)) if is_valediction(parts[k])), None)
    if signed is None and signed_after:
        signed = len(parts)  # the valediction follows these parts (`signed_after`): the letter signs off after them
    for k in range(1, len(parts)):
        if courtesy(parts[k]) or signed is not None and (k == signed or k < signed and RX.whole.search(parts[k])):
            return k
    return len(parts)


def closes_letter(p: Paragraph, last: bool) -> bool:
    """A heading, or the close of a letter (its valediction; after the last answer, also a closing courtesy, "I hope
    this is helpful"): the end of an answer. A paragraph before the valediction that speaks of the answers as a whole
    is found from the valediction back (`letter_close`)."""
    text = p.text.strip()
    return p.kind == "heading" or bool(RX.valediction.match(text)) or (last and bool(RX.closing.match(text)))


def answers_by_reference(paragraphs: list[Paragraph], skip: frozenset[int] = frozenset()) -> list[Referenced]:
    """The answers of a document that opens each by naming the recommendation it answers; [] when
    fewer than MIN_REFERENCES paragraphs do (a passing mention is no answer). `skip`: indices of
    paragraphs that are no prose of the answers (page furniture, contents entries, heads)."""
    heads = {i: is_head(p) for i, p in enumerate(paragraphs) if i not in skip}
    under: list[str] = []  # what the heading over the paragraph names: "the second of these" is one of them
    opens = []
    for i, head in heads.items():
        if paragraphs[i].kind == "heading":
            under = head_labels(paragraphs[i], head) or []
        labels = head_labels(paragraphs[i], head) if head else (answered_labels(paragraphs[i].text)
                                                                 or restated_labels(paragraphs[i].text)
                                                                 or relative_labels(paragraphs[i].text, under))
        if labels and not head and _closes_alone(paragraphs[i].text):
            labels = None  # "This responds to the Commission's recommendation 6.": it closes the answer above, opens none
        if labels:
            opens.append((i, labels))
    # a heading over a section that labels or names its own answers ("Response to recommendations 1 to 3",
    # then "Recommendation 2: ...") is that section's title, not one answer to all it names; what the section
    # opens with, before its first named answer, answers those the heading names and the section does not
    # ("Workforce (recommendations 1, 2 and 5)": "We agree that ...", then "Turning to ... recommendation 2")
    opens = [(i, labels if paragraphs[i].kind != "heading" or not _titles(paragraphs, i, labels)
              else _left_to_heading(paragraphs, i, labels, opens))
             for i, labels in opens]
    opens = [(i, labels) for i, labels in opens if labels]
    # a section that names its recommendations together and then turns to each by name: each answer is the opening
    # (which all of them share) and its own paragraphs
    shared: dict[int, list[int]] = {}  # an answer's first paragraph -> the shared opening's paragraphs
    verdicts: dict[int, int] = {}  # an answer's first paragraph -> the opening paragraph whose clause gives its verdict
    starts = [-1, *(i for i, head in heads.items() if head)]
    for s, start in enumerate(starts):
        end = starts[s + 1] if s + 1 < len(starts) else len(paragraphs)
        body = [j for j in range(start + 1, end) if j in heads and not heads[j] and paragraphs[j].text.strip()
                and not courtesy(paragraphs[j].text)]
        found = _shared_openings(paragraphs, body)
        if found is None:
            continue
        section, opening = found
        opens = [o for o in opens if not start < o[0] < end] + section
        for j, _ in section:
            if j != opening[0]:  # (what the opening names and nothing takes up is answered by the opening alone)
                shared[j] = opening
            verdicts[j] = opening[0]
    opens.sort(key=lambda o: o[0])
    named = {lab for _, labels in opens for lab in labels}
    if len(named) < MIN_REFERENCES:
        return _closed_by_reference(paragraphs, heads, skip)
    numbers = {int(lab) for lab in named if lab.isdigit()}
    if numbers and len(numbers) < MIN_COVERAGE * max(numbers):
        return []  # "The report's second recommendation aims ...", "Recommendations 11 and 12 focus on ...": a briefing
    #            that discusses some of them; a reply answers each in turn
    out: list[Referenced] = []
    for k, (i, labels) in enumerate(opens):
        stop = opens[k + 1][0] if k + 1 < len(opens) else len(paragraphs)
        # a head is not the answer's text, nor the label or title run in before it ("Rec 1 (older people living
        # alone): ...", "A rota in every block (recommendation 1). ..."), nor a restatement ("You asked: ...")
        restates = not heads[i] and restated_labels(paragraphs[i].text) is not None
        text = [] if heads[i] or restates else [t for t in [_answer_text(paragraphs[i])] if t]
        text = [paragraphs[j].text.strip() for j in shared.get(i, ())] + text
        quoting = heads[i]  # under a head, the ask it answers quoted first ("That the Cabinet extends ..."): no answer
        for j in range(i + 1, stop):
            if closes_letter(paragraphs[j], k + 1 == len(opens)):
                break
            if quoting and not text and j not in skip and _quotes_ask(paragraphs[j].text):
                continue
            quoting = quoting and not paragraphs[j].text.strip()
            if j not in skip and paragraphs[j].text.strip() and j not in shared.get(i, ()):
                # the marker the answer opens with after a restatement is no part of it ("We answered: Done. ...")
                text.append(RX.marker.sub("", paragraphs[j].text.strip(), count=1) if restates and not text
                            else paragraphs[j].text.strip())
        if text:
            clause = verdict_clause(paragraphs[verdicts[i]].text, labels[0]) if i in verdicts and len(labels) == 1 else None
            out.append(Referenced(list(dict.fromkeys(labels)), text, paragraphs[i].page, clause,
                                  _badge(paragraphs, i, opens[k - 1][0] if k else -1)))
    return out


def _quotes_ask(text: str) -> bool:
    """The paragraph quotes an ask in the form a report puts it ("That the Cabinet extends ...", "To publish ..."), not an
    answer that speaks of what must be done ("We have answered these two together ... the system must be replaced")."""
    text = text.strip()
    return text.startswith(("That ", "To ")) and put_as_ask(text)


BADGE_ABOVE = 2  # headings between a badge and the answer under it: none, or its sub-title


def _badge(paragraphs: list[Paragraph], i: int, before: int) -> str | None:
    """The status printed just above the answer opening at `i`, on a line of its own among the headings over it ("Done",
    "Under way": a page's badge), after the answer before it (`before`); None where none is."""
    for j in range(i - 1, max(before, i - 1 - BADGE_ABOVE), -1):
        p = paragraphs[j]
        if p.kind != "heading":
            return None
        if printed_status(p.text.strip()) is not None and "\n" not in p.text.strip():
            return p.text.strip()
    return None


__all__ = ["MAX_LEAD_WORDS", "MIN_COVERAGE", "MIN_REFERENCES", "Referenced", "answered_labels", "answers_by_reference", "closes_letter",
           "first_sentence", "head_labels", "is_head", "is_valediction", "letter_close", "referenced_labels", "relative_labels"]


SUMMARY_MIN_LABELS = 2  # a paragraph that gives this many recommendations their verdicts by number is a summary of them


def summary_verdicts(paragraphs: list[Paragraph], responses: list[Response]) -> list[Response]:
    """The answers with the verdicts a summary gives them by number, where the answer prints none of its own: a
    paragraph outside every answer that names several recommendations, each in a clause with its verdict ("The
    Executive accepts recommendations 1, 2 and 4, accepts recommendations 3 and 6 in part, and does not accept
    recommendation 5."), gives each its verdict, printed (guide rule 1: a verdict word wins over the narrative),
    and then comments on each without one. A verdict given by number goes to the first answer of that number
    printed after the summary, not to another part's answer that numbers from 1 again. An answer that prints its
    own verdict keeps it; progress follows the stance (rule 2.1). The same list where nothing changes."""
    responses = group_verdicts(paragraphs, responses)
    inside = " ".join(" ".join(r.text.split()) for r in responses)
    texts = [" ".join(p.text.split()) for p in paragraphs]

    def where(r: Response) -> int:
        opening = " ".join(r.text.split())[:60]
        return next((k for k, t in enumerate(texts) if opening and opening in t), len(texts))

    # a record after every answer gives their verdicts as a summary above them does: the minutes' resolution after
    # what the meeting heard ("RESOLVED – (3) That the Committee notes that the Trust accepts recommendations 1 and 4
    # in part"); with no answer after it, one clause over several opens none
    after = max((where(r) for r in responses), default=len(texts))
    verdicts: dict[str, tuple[str, str, int]] = {}  # label -> (stance, clause, the summary's paragraph)
    for k, (p, text) in enumerate(zip(paragraphs, texts)):
        if p.kind == "heading" or not text or text in inside:
            continue
        stem = " ".join(p.text[: p.text.find(p.items[0].text)].split()) if p.items and p.items[0].text in p.text else text
        for label, said, stated in _stem_verdicts(stem, [i.text for i in p.items] or texts[k + 1:]):
            verdicts.setdefault(label, (said, stated, k))
        labels = list(dict.fromkeys(lab for _, _, named in named_in(text) for lab in named))
        given = {}
        for label in labels:
            clause = _own_clause(verdict_clause(text, label), label)
            stance, evidence = classify_stance(clause) if clause else ("unclear", [])
            if evidence and stance != "unclear":
                given[label] = (stance, re.sub(r"^(?:and|but|while|whereas)\s+", "", clause or ""))
        # a summary gives verdicts in clauses of their own: one clause over several ("does not plan to ..., but welcomes
        # the review (recommendations 6 and 7)") opens a shared answer, as a section's opening does
        # ... or one, where the verdict's verb takes it as its object ("It does not accept recommendation 6."): an
        # introduction that gives the one exception to what it accepts
        single = len(given) == 1 and any(m.group("label") in given for m in _VERDICT_ON_ONE.finditer(text))
        if single or (len(given) >= SUMMARY_MIN_LABELS and len({c for _, c in given.values()}) >= SUMMARY_MIN_LABELS) \
                or (given and k > after):
            for label, (stance, clause) in given.items():
                verdicts.setdefault(label, (stance, clause, k))
    if not verdicts:
        return responses
    taken: dict[int, tuple[str, str]] = {}  # id(answer) -> the verdict it takes
    used: dict[str, int] = {}  # label -> where the answer that took it is
    # (a record after them all gives its verdict to the last answer of that number before it: read from the end)
    for r in sorted(responses, key=where, reverse=True):
        at = where(r)
        own = [a for a in dict.fromkeys([r.label, *(r.answers or [])]) if a in verdicts and verdicts[a][2] > after
               and used.get(a, at) == at]
        if own:
            taken[id(r)] = verdicts[own[0]][:2]
        for a in own:
            used.setdefault(a, at)
    for r in sorted(responses, key=where):
        # (an answer shared by two, "Recommendations 1 and 2", is one entry per label, each at the same place: each takes
        # its own label's verdict, first; the labels it answers are taken there, not by a later part's "2")
        at = where(r)
        own = [a for a in dict.fromkeys([r.label, *(r.answers or [])]) if a in verdicts and at > verdicts[a][2]
               and used.get(a, at) == at]
        if own:
            taken[id(r)] = verdicts[own[0]][:2]
        for a in own:
            used.setdefault(a, at)
    out, changed = [], False
    for r in responses:
        verdict = taken.get(id(r))
        if verdict is None or printed_verdict(r.text) is not None or r.stance == verdict[0]:
            out.append(r)
            continue
        stance, clause = verdict
        progress = progress_given_stance(stance, r.progress)
        out.append(replace(r, stance=stance, stance_evidence=[clause],  # type: ignore[arg-type]
                           progress=progress, progress_evidence=r.progress_evidence if progress == r.progress else []))  # type: ignore[arg-type]
        changed = True
    return out if changed else responses


RE_GROUP_HEADING = re.compile(r"\brecommendations?\b(?!\s+(?:R\s?)?\d)", re.I)  # "Accepted recommendations", not "Recommendation 3"


def group_verdicts(paragraphs: list[Paragraph], responses: list[Response]) -> list[Response]:
    """The answers with the verdict the heading over their group prints, where the answer prints none of its own: a
    response arranged by its decisions titles each group ("Recommendations the Cabinet accepts in part",
    "Recommendations not accepted"), and the heading is the verdict printed (guide rule 1). The group heading is the
    nearest heading above the answer that speaks of recommendations and labels none; a numbered heading before it
    (a new section) ends the group. Progress follows the stance (rule 2.1). The same list where nothing changes."""
    headings = [(k, p) for k, p in enumerate(paragraphs) if p.kind == "heading"]
    if not any(RE_GROUP_HEADING.search(p.text) for _, p in headings):
        return responses
    texts = [" ".join(p.text.split()) for p in paragraphs]
    out, changed = [], False
    for r in responses:
        opening = " ".join(r.text.split())[:60]
        at = next((k for k, t in enumerate(texts) if opening and opening in t), None)
        group = _group_heading(headings, at) if at is not None else None
        verdict = printed_verdict(group) if group else None
        if group is None or verdict is None or verdict[0] == r.stance or printed_verdict(r.text) is not None:
            out.append(r)
            continue
        progress = progress_given_stance(verdict[0], r.progress)
        out.append(replace(r, stance=verdict[0], stance_evidence=[group],  # type: ignore[arg-type]
                           progress=progress, progress_evidence=r.progress_evidence if progress == r.progress else []))  # type: ignore[arg-type]
        changed = True
    return out if changed else responses


def _group_heading(headings: list[tuple[int, Paragraph]], at: int) -> str | None:
    """The nearest heading above paragraph `at` that speaks of recommendations and labels none; None where a numbered
    heading (a new section) comes first, or none is."""
    for k, p in reversed(headings):
        if k >= at:
            continue
        if RE_GROUP_HEADING.search(p.text):
            return p.text.strip()
        if p.number:
            return None
    return None


_VERDICT_ON_ONE = re.compile(r"\b(?:(?:does|do|will|can)\s+not\s+|cannot\s+)?(?:accept|agree\s+(?:with|to)|support|reject|decline)"
                             r"s?\s+recommendation\s+(?P<label>\d{1,3}[a-z]?)\b", re.I)
_ITEM_LABELS = 12  # an item that opens with what it names: "recommendation 3, a statutory duty on ...", "(a) recommendation 3"


def _stem_verdicts(text: str, after: list[str]) -> list[tuple[str, str, str]]:
    """(label, stance, clause) for each recommendation a verdict's stem lists after it ("The Government does not accept
    three of the Committee's ten recommendations:" over "recommendation 3, a statutory duty ..., because ...;",
    "recommendation 6, ..."): the stem's verdict phrase is said of each item, as if its object; [] where the stem gives
    no verdict or fewer than SUMMARY_MIN_LABELS items follow it. `after`: its list's items, or the paragraphs after it."""
    if not text.endswith(":") or named_in(text):
        return []
    said, phrases = classify_stance(text)
    if said == "unclear" or not phrases or not RX.verdict_verbs.search(phrases[0]):
        return []
    stance = classify_stance(f"{phrases[0]} this recommendation")[0]  # "does not accept" said of each item
    stance = said if stance == "unclear" else stance
    out: list[tuple[str, str, str]] = []
    for item in after:
        item = " ".join(item.split())
        named = [labels for start, _, labels in named_in(item) if start <= _ITEM_LABELS]
        if not named:
            break
        out += [(lab, stance, f"{text} {item}") for lab in named[0]]
    return out if len(out) >= SUMMARY_MIN_LABELS else []


def _own_clause(clause: str | None, label: str) -> str | None:
    """`clause` from the last break before its reference to `label` ("does not plan to change ..., but welcomes the
    review (recommendations 6 and 7)" -> "but welcomes the review (recommendations 6 and 7)"): a reference set at
    the end of its clause names only the clause it ends."""
    if not clause:
        return clause
    at = next((start for start, _, labels in named_in(clause) if label in labels), None)
    breaks = [m.start() for m in _clause_ends(clause, 0, at)] if at else []
    return clause[breaks[-1]:].strip(" ,;:\u2013\u2014-") if breaks else clause


POINTED = "/pointer"  # the generator's mark on an answer judged as the one it points to


def pointed_answers(responses: list[Response]) -> list[Response]:
    """The answers that only point to another answer of the same response ("See the response to Recommendation 10
    above.", "This recommendation is addressed in our response to recommendation 2.") take the stance that answer
    gives, read beside the pointing answer's own ask (what it restates): the respondent's position carries over, and
    the evidence names the answer pointed to. The pointer reports no work on its own ask, so its progress stays as
    judged (rule 2.1 applied to the stance it takes). A pointer to an answer that itself only points, or to none the
    response gives, is judged as it was."""
    by_label = {r.label: r for r in responses}
    out, changed = [], False
    for r in responses:
        target = by_label.get(pointed_to(r.text) or "")
        if target is None or target is r or pointed_to(target.text) is not None or r.generator.endswith(POINTED):
            out.append(r)
            continue
        j = judge_answer(target.text, False, r.restated)
        progress = progress_given_stance(j.stance, r.progress)
        out.append(replace(r, stance=j.stance, progress=progress,  # type: ignore[arg-type]
                           stance_evidence=[f"as the response to recommendation {target.label}", *j.stance_evidence],
                           progress_evidence=r.progress_evidence if progress == r.progress else [],
                           generator=f"{r.generator}{POINTED}"))
        changed = True
    return out if changed else responses


__all__ += ["group_verdicts", "pointed_answers", "summary_verdicts"]
