"""Recommendations of a report and the decisions an officer report asks for.

Three shapes are recognised, by form alone:
- headed blocks: "Recommendation 3" then "That the ..." (the segmenter labels the block);
- the numbered paragraphs of a "Recommendations" section (7.1 Note ..., 4.1 ...), and
  lettered items inside a paragraph that introduces recommendations (37 a) ... e));
- unnumbered paragraphs of a "Recommendations" section, kept only when they are not a
  summary box repeating a recommendation found elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from pipeline.labels import (
    BULLET,
    CITED_PARAGRAPH,
    RE_CITED,
    RE_OPENS_CITED,
    RE_SOURCE_CITATION,
    REFERENCE,
    ROMANS,
    SLASH_LABEL,
    as_printed,
    chosen_options,
    read_head,
)
from pipeline.lexicon import Patterns
from pipeline.records import Document, Paragraph, Recommendation
from pipeline.segment.addressees import Names, addressees, default_addressee, head_addressees, stated_for
from pipeline.segment.candidates import (
    MIN_APART,
    RE_ROMAN_LABEL,
    RE_SMALL_CAPS_GAP,
    RX,
    asks_or_directs,
    by_number_only,
    dedupe,
    plain_conclusions,
    requests_response,
    single_subitems,
)
from pipeline.segment.contents import contents_entries
from pipeline.segment.grammar import (
    GRAMMAR_VERSION,
    RE_MODAL_LEAD,
    RE_POINTS_AHEAD,
    RE_PURPOSE,
    RE_SENTENCE_BREAK,
    RE_STATEMENT_BREAK,
    ends_open,
    is_child,
    is_modal_lead,
    is_upper_title,
    plausible_next,
    strip_markup,
)
from pipeline.segment.paragraphs import heading_ranks, heading_sizes
from pipeline.segment.tables import table_recommendations

GENERATOR = f"rules/{GRAMMAR_VERSION}/recommendations-3"

SEG = Patterns(
    "segment",
    rec_heading=(r"\b(?:{section_headings})\b", re.I),
    decision_heading=(r"^(?:{decision_headings})\s*:?$", re.I),  # "DECISION", "Decision:": a record's one section of it
    # "Lead", "By when": who acts, and when; and why, as every reasons field is named ("Reasons for the proposals")
    attribute_field=(r"^(?:\*\*)?(?:{attribute_fields}|{reason_fields})(?:\*\*)?$", re.I),
    # ... and of an earlier report's: "Progress on previous recommendations", "Update on last year's recommendations"
    about_section=(r"\b(?:{about_sections})\s+(?:the\s+|these\s+|its\s+|our\s+|this\s+)?"
                   r"(?:previous\s+|earlier\s+|past\s+|outstanding\s+|last\s+year['’]s\s+)?(?:{section_headings})\b", re.I),
    introduces=(r"\b(?:{introduces_recommendations})\b", re.I),
    major_heading=(r"^(?:{major_headings})\b", re.I),
    # a sentence that asks for the decision in the passive: "It is recommended that the Committee approves ..."
    recommended=(r"^It\s+is\s+(?:(?:{ask_adverbs})\s+)?(?:{asked_verbs})\s+that\s+\S", re.I),
    # a paragraph that opens by making a recommendation: "The Committee recommends that ...", "We call on ..."
    recommending=(r"^(?:(?:The|This|Our)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:{body_nouns})|We)\s+"
                  r"(?:(?i:therefore|also|further|now)\s+)?(?i:{asking_verbs})\b", 0),
    # a form's field that states the decisions: "Recommendation(s)", "Decision(s) required"
    field_name=(r"^(?:[\w’'-]+\s+){0,2}(?:{decision_fields})\s*:?$", re.I),
    # "The steps the Sub-Committee may take are to:": what the meeting may do, its options, not what it is asked
    permits=(r"\b(?:{permissive})\b", re.I),
    # "The Council may, having reviewed the decision, resolve one of the following:": the choice is asked of it
    chooses=(r"\b(?:{permissive})\b(?:[^,]*,[^,]*,)?\s*(?:{decision_verbs})\s+(?:one|any|which)\b", re.I),
    # "Reasons for the recommendations: ...": the paragraph argues for the decisions, it asks no one to act; so does
    # one whose run-in title names its reasons ("2.5 Reasons for the recommendations. The Care Act 2014 requires ...")
    reasons=(r"^(?:\d+(?:\.\d+)*\.?\s+)?(?:\*\*)?(?:{reason_fields})(?:\*\*)?\s*(?:[:\u2013\u2014-]|\.(?:\*\*)?(?:\s|$))",
             re.I),
    # "approves ..., subject to the following conditions:": the items under it are that decision's own conditions
    qualifies=(r"\b(?:{qualifying_stems})\s*[:\u2013\u2014-]\s*$", re.I),
    # "The Task Group makes the following recommendations.", "We make ten recommendations:": the report's lead-in to its own
    announces=(r"^(?:(?:The|This|Our)\s+(?:[A-Z][\w'’-]*\s+){0,4}(?:{body_nouns}|report|review)|We|I)\s+(?:{announcing_verbs})\s+"
               r"(?:the\s+following|these|its|our|(?:[\w-]+\s+){0,2}?)recommendations\b[^.:;]{0,80}[.:](?:\s|$)", 0),
    # "The scrutineer made three recommendations to the partners:": another body's, reported
    reported=(r"\b(?:{reporting_verbs})\b[^.:;]{0,40}\brecommendations?\b", re.I),
    # "The Committee RESOLVED to refer the decision back to the Cabinet ...": a resolution that refers its list onwards
    refers=(r"\b(?:{referral_verbs})\b", re.I),
)


def _kind(doc: Document, text: str, lead_in: str | None, names: Names) -> str:
    if doc.meta.kind == "scrutiny_report":
        return "scrutiny_recommendation"
    if lead_in and (SEG.introduces.search(lead_in) or SEG.recommending.match(strip_markup(lead_in).strip())):
        return "scrutiny_recommendation"  # "... recommends that:", "This Council therefore asks the County Council to:"
    if doc.meta.kind in ("officer_report", "response") or RX.asked.match(text) or RX.imperative.match(text):
        # a response's own recommendations ('That the Executive agrees the responses ...') ask
        # the meeting that receives it for a decision, as an officer report's do
        return "decision_sought"
    lead = strip_markup(lead_in or "").strip()
    asked = RX.asked.match(lead) or RX.recommended_that.match(lead)
    if asked and _the_meeting(asked.group("who"), names):
        # "It is recommended that the Committee:", "The Panel is recommended to:" in a paper to that Committee or Panel:
        # whatever the paper's cover, it asks the meeting it goes to for decisions, which the meeting settles
        return "decision_sought"
    return "scrutiny_recommendation"


def _to_the_meeting(lead: str, names: Names) -> bool:
    """Whether a lead-in is a resolution that refers its list to the meeting the paper goes to: "The Committee RESOLVED to
    refer the decision back to the Cabinet ..., with the following recommendations:" in a paper to the Cabinet (where
    "The review makes four recommendations to the Board" reports a list the Board may note)."""
    lead = strip_markup(lead)
    return bool(SEG.refers.search(lead)) and any(_the_meeting(m.group("who"), names) for m in RE_TO_BODY.finditer(lead))


RE_TO_BODY = re.compile(r"\bto\s+(?:the\s+)?(?P<who>[A-Z][\w&'’-]*(?:\s+(?:(?:and|&|of|for)\s+)?[A-Z][\w&'’-]*){0,6})")


def _the_meeting(who: str, names: Names) -> bool:
    """Whether `who`, the body a lead-in asks ("the Committee", "the Transport and Environment Committee"), is the meeting
    the paper goes to: resolved as its addressee would be, it is the paper's own body."""
    return bool(names.body) and names.resolve(re.sub(r"^(?:the|this)\s+", "", who.strip(), flags=re.I)) == names.body


# an item of a field's list of decisions: "(i) approves ... (ii) notes ...", "(a) ...", "1. ..."
_FIELD_ITEM = re.compile(r"(?:^|(?<=\s))(?:\((?P<a>[ivx]{1,4}|[a-z]|\d{1,2})\)|(?P<b>\d{1,2})\.)\s+(?=\S)")


def _in_sequence(labels: list[str]) -> bool:
    """"i, ii, iii", "a, b, c", "1, 2, 3": each the next of the one before."""
    if all(lab in ROMANS for lab in labels) and labels[0] == "i":
        return labels == list(ROMANS[:len(labels)])
    if all(lab.isdigit() for lab in labels):
        return [int(lab) for lab in labels] == list(range(int(labels[0]), int(labels[0]) + len(labels)))
    return all(len(lab) == 1 for lab in labels) and [ord(lab) for lab in labels] == list(
        range(ord(labels[0]), ord(labels[0]) + len(labels)))


_FIELD_LINE = re.compile(r"^([A-Z][\w()’' ]{1,40}?):\s+(\S.*)$")  # "Decision taken: To make the Order ..."


def field_decisions(doc: Document) -> list[tuple[str, str, str]]:
    """(label, text, the row's line) of each decision a form's field states: a row of two cells whose name is a
    recommendations heading ("Recommendation(s)", "Decision(s) required") and whose value is put as a decision;
    a list in the value, after the lead-in that asks ("That Cabinet: (i) approves ... (ii) notes ..."), gives one
    each, labelled as printed; else the value is one, labelled "1"."""
    out: list[tuple[str, str, str]] = []
    for line in doc.lines:
        cells = [c.strip() for c in line.text.split("\t")] if line.table else []
        if not line.table and (m := _FIELD_LINE.match(line.text.strip())):
            cells = [m.group(1), m.group(2)]  # a ruled form's row the reader set as "Decision taken: To make ..."
        name = cells[0].replace("(s)", "s") if len(cells) == 2 else ""
        if not SEG.field_name.match(name) or SEG.reasons.match(f"{name}:") or not cells[1]:
            continue  # "Reason for recommendation(s)" argues for the decisions; it states none
        listed = inline_items(cells[1]) or _inline_bullets(cells[1])
        if listed is not None and (not listed[0] or put_as_decision(listed[0]) or RX.asked.match(listed[0])):
            out += [(label, text, line.text) for label, text in listed[1]]
        elif put_as_decision(cells[1]):
            # "That the Board determines ... . That the Board notes ...": each sentence put as a decision is one
            parts = [x for x in _THAT_SENTENCE.split(cells[1]) if x.strip()]
            if len(parts) > 1 and all(put_as_decision(x) for x in parts):
                out += [(str(k), x.strip(), line.text) for k, x in enumerate(parts, 1)]
            else:
                out.append(("1", cells[1], line.text))
    return out


_THAT_SENTENCE = re.compile(r"(?<=[.;])\s+(?=That\s)")  # a sentence that opens a decision: "That the Board ..."


def _inline_bullets(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(lead-in, [(ordinal, text)]) of a bulleted list run into one cell or line ("The Board is asked to: • approve ...;
    • note ..."), two or more bullets, numbered in order as nothing is printed; None where there is no such list."""
    parts = re.split(rf"\s*{BULLET}\s+", text)
    if len(parts) < 3:
        return None
    items = [_item_text(part) for part in parts[1:]]
    return parts[0].strip(), [(str(k), item) for k, item in enumerate(items, 1) if item]


def inline_items(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """(lead-in, [(label, text)]) of a list set inline in one paragraph or cell, two or more items in sequence
    ("That the Board (1) notes ...; (2) approves ...; and (3) asks ...", "(i) To note ... (ii) To recommend ..."),
    labelled as printed; None where the text holds no such list ("Appendix 2." is no item)."""
    marks = list(_FIELD_ITEM.finditer(text))
    marks = [m for m in marks if bool(m.group("a")) == bool(marks[0].group("a"))] if marks else []
    labels = [m.group("a") or m.group("b") for m in marks]
    if len(marks) < 2 or not _in_sequence(labels):
        return None
    items = []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        items.append((labels[k], _item_text(text[m.end():end])))
    return text[:marks[0].start()].strip(), items


def _item_text(text: str) -> str:
    """An inline list item without the list's joining punctuation: "approves the budget; and" -> "approves the budget"."""
    return re.sub(r"[;,]?\s*(?:and|or)?\s*$", "", text.strip()).strip(" ;")


def put_as_decision(text: str) -> bool:
    """A paragraph put as a decision to be taken: "That the Committee ...", "To note ...", "Note the update",
    "The Committee is asked to ..."."""
    t = strip_markup(text).lstrip()
    put = re.match(r"That\b", t) or re.match(r"To\b", t) and not RE_PURPOSE.match(t)  # not "To end X, the Council will"
    return bool(put or RX.asked.match(t) or RX.imperative.match(t))


# a lead-in that points ahead to what follows it, however it ends: "The task group makes the following
# recommendations. Each names the organisation asked to act."
def _introduces_list(p: Paragraph) -> bool:
    """'... the following recommendations:' then a) b) c): each item stands alone. Items
    inline in a sentence ('We recommend that the Government (a) ... (b) ...') do not."""
    lead = _lead_in(p)
    return bool(re.search(r"[:–—-]\s*$", lead)) or not p.number or bool(RE_POINTS_AHEAD.search(lead)) or _titled_list(p)


def _titled_list(p: Paragraph) -> bool:
    """A numbered heading that titles the recommendations with its items under it, read as one paragraph ("2.
    Recommendations" over "(1) That the Committee notes ...", "(2) That ..."): the items are the paper's own list."""
    lead = _lead_in(p).strip()
    return bool(p.items) and "\n" in p.text and not lead.endswith(":") and is_title(lead) \
        and opens_section(replace(p, text=lead, items=[]))


# a sentence whose subject is the recommendations themselves says where they are or what they do: "The recommendations
# to the Board are set out on the cover sheet", "These recommendations are made because ..."
RE_ABOUT_THEM = re.compile(r"^(?:the|these|those|its|our|my)\s+(?:recommendations|decisions)\b(?!\s+(?:be|are\s+(?:approved|agreed|noted|endorsed|adopted))\b)", re.I)


# a decision that points to where the decisions are listed: "approves the recommendations as set out in paragraph 1.3
# above", "agrees the proposals set out at paragraph 4.2"
RE_POINTS_TO = re.compile(
    r"\b(?:recommendations?|decisions?|proposals?|recommended\s+decisions)\s+(?:as\s+)?(?:set\s+out|contained|listed|"
    r"detailed|shown|summarised|given)\s+(?:in|at)\s+(?:paragraph|para\.?)\s+(?P<number>\d+(?:\.\d+)*)\b", re.I)


def _introduces(text: str) -> bool:
    """A paragraph that opens by pointing ahead to the list ("The Committee recommends as follows. Recommendations R1
    to R3 are for the Trust ... The Cabinet is asked to endorse them."): all of it is about the list."""
    return bool(RE_POINTS_AHEAD.search(RE_STATEMENT_BREAK.split(text.strip(), maxsplit=1)[0]))


def _lettered_parts(p: Paragraph) -> list[tuple[str, str]]:
    """(letter, text) of the parts of a labelled recommendation whose stem ends with a colon over a lettered list
    ("Recommendation 2" - "That the Trust, to reduce persistent absence: a) appoints ...; b) ensures ..."): each part
    asks for something of its own, and a response may answer each. [] for any other block."""
    letters = [(i.label or "").strip("()") for i in p.items]
    if len(letters) < 2 or letters != [chr(ord("a") + k) for k in range(len(letters))] or not _lead_in(p).rstrip().endswith(":"):
        return []
    return list(zip(letters, (item.text for item in p.items)))


def _offers_options(p: Paragraph) -> bool:
    """A lead-in that says what the meeting may do ("The steps the Sub-Committee may take are to: a) grant ...
    e) reject ..."), and asks nothing: its items are the options open to it, not decisions it is asked for."""
    lead = strip_markup(_lead_in(p))
    return bool(SEG.permits.search(lead)) and not RX.asked.search(lead) and not SEG.introduces.search(lead)


# a lead-in that records what a meeting resolved ("RESOLVED that:", "It was RESOLVED:", "The Cabinet resolved that:"): its
# items are the decisions taken, asked of no one; one that resolves to recommend or refer ("RESOLVED to RECOMMEND to
# Full Council that:", "The Committee RESOLVED to refer the decision back ..., with the following recommendations:")
# makes them to another body
RE_RESOLUTION_LEAD = re.compile(r"^(?:It\s+was\s+|(?:The|This)\s+(?:[A-Z][\w'’-]*\s+){1,5})?RESOLVED\b[^:]{0,40}:\s*$", re.I)


def _records_resolution(lead: str) -> bool:
    """The lead-in records a meeting's resolution, its items the decisions taken (`RE_RESOLUTION_LEAD`), not asks."""
    t = strip_markup(lead).strip()
    return bool(RE_RESOLUTION_LEAD.match(t)) and not re.search(r"\b(?:recommend|refer)", t, re.I)


def _lead_in(p: Paragraph) -> str:
    """The part of a paragraph before its first item."""
    return p.text.split("\n")[0] if p.items else p.text


# a paragraph that recommends in words ("I recommend that ...", "we urge ..."), not only by a modal
RE_RECOMMEND_WORD = re.compile(r"\b(?:recommend(?:s|ed|ation)?|urges?|calls?\s+on)\b", re.I)
# the headed blocks ("Recommendation 4" over its text) that show a report heads what it recommends
MIN_HEADED = 2
# a sentence that makes a recommendation inside a paragraph of findings: "We recommend that ...", "The Panel also recommends
# that ..." (narrower than SEG.recommending, which opens a paragraph: here "that" must follow the verb)
RE_WE_RECOMMEND = re.compile(r"(?:we|the\s+(?:committee|panel|board|group|review|inquiry))\s+(?:therefore\s+|also\s+|further\s+)?recommends?\s+that\b", re.I)
RE_RECOMMEND_LEAD = re.compile(r"\b(?:I|we)\s+(?:therefore\s+|also\s+)?recommend(?:s|ed)?\b.*[:–—-]\s*$", re.I | re.S)


def _asks_its_items(p: Paragraph) -> bool:
    """A lead-in that asks, ending in a colon, over a list: "The County Council is asked to:", "2.1 Cabinet
    is RECOMMENDED to:", or that puts the resolution its items complete, "That the Joint Committee:" — each item of
    the list is a decision sought. A lead-in that is itself the decision ("To approve:", `_decides`) asks so only in an
    unnumbered paragraph: a numbered one ("2.2 To note:") is a decision as a whole, its unlabelled items part of it."""
    lead = strip_markup(_lead_in(p)).strip()
    return bool(p.items) and bool(RX.asked.match(lead) or RE_THAT_BODY.fullmatch(lead) or RE_MODAL_LEAD.fullmatch(lead)
                                  or RX.recommended_that.match(lead) or _decides(lead) and not p.number) \
        and lead.endswith(":")




def _decides(lead: str) -> bool:
    """A lead-in that is itself the decision its items complete, in a few words: "To approve:", "Approve:", "To note
    and agree:" (a decision record's "Decision:" field over its bullets)."""
    verb = lead[3:] if lead.startswith("To ") else lead
    return len(lead.split()) <= 4 and bool(RX.imperative.match(verb))


# the resolution a motion puts to the meeting, over the list that completes it: "Council resolves to:", "This Council
# therefore resolves:"
RE_RESOLVES = re.compile(r"^(?:(?:This|The)\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}?(?:therefore\s+|also\s+|further\s+)?"
                         r"resolves(?:\s+to|\s+that)?\s*:$")


def _resolves_its_items(p: Paragraph) -> str | None:
    """The stem of a motion whose list completes the resolution it puts ("This Council notes ... Council resolves to:"
    over "- write to the Minister ...", "- invite ..."): each item is a decision asked of the meeting. The stem is the
    last sentence set directly over the list, wherever in the paragraph the motion's preamble starts."""
    if not p.items:
        return None
    lines = [strip_markup(line).strip() for line in p.text.split("\n")]
    first = p.items[0].text.strip()[:40]
    at = next((k for k, line in enumerate(lines) if first and first in line), None)
    stem = re.split(r"(?<=[.:;])\s+", lines[at - 1])[-1] if at else ""  # its last sentence, where lines ran together
    return stem if RE_RESOLVES.match(stem) else None


RE_THAT_BODY = re.compile(r"That\s+(?:the\s+)?(?:[A-Z][\w&'’-]*\s+){0,6}[A-Z][\w&'’-]*\s*:")  # "That the Joint Committee:"


_SENTENCE = RE_SENTENCE_BREAK


def _bullets(p: Paragraph) -> list[str] | None:
    """The texts of a paragraph that is itself a bulleted list ("- To approve ..." over "- To note ..."): its
    first bullet, which the paragraph opens with, and the items after it; None for any other paragraph."""
    m = re.match(rf"^{BULLET}\s+(?P<rest>\S.*)", _lead_in(p), re.S)
    if not p.items or m is None or any(i.label for i in p.items):
        return None
    return [m.group("rest"), *(i.text for i in p.items)]


def _top(number: str | None) -> str | None:
    return number.split(".")[0] if number and number[0].isdigit() else None


def _chapter_number(heading: str) -> str | None:
    m = re.match(r"^(?:chapter|part|section)\s+(\d+)", heading, re.I)
    return m.group(1) if m else None


def item_labels(p: Paragraph, base: str | None = None, carry: str | None = None,
                stems: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(label, text) of a paragraph's items as recommendations, labelled as printed (the output
    contract): '(1)' under paragraph 2.1 is '1' and 'b)' under paragraph 37 is 'b' (the
    paragraph is the recommendation's `paragraph`, never joined: '2.1' + '(1)' is not '2.11');
    a deeper level keeps a numbered parent: 'b)' under item '2' is '2b', '(ii)' under '4a' is '4a(ii)', and '(ii)' under
    'a)' of recommendation 6 is 'a(ii)'; but '(ii)' under 'a)' of a section's paragraph 2.1 is 'ii', as printed (unless
    that would repeat a label of the paragraph).
    A numbered item with lettered items under it is their title, not a recommendation.
    `base` is the recommendation's own label when the paragraph is a lettered item of it ('a'
    under recommendation '4' is '4a'), and then prefixes the items. A list that goes on over a
    page break starts at 'iv)' with no parent of its own: it continues `carry`, the parent of
    the items before the break, else it cannot be cited. `stems`, when given, receives the text of the
    numbered item over each lettered item ("2. That the Cabinet Member ... by:" over "a) setting up ..."),
    which that item completes."""
    out: list[tuple[str, str]] = []
    stem: str | None = None
    joined = base  # a recommendation's label that items are cited under
    base = base or p.number
    num = None
    orphan = False  # inside a list continued from before a page break
    letter = base if base and p.number and p.number.isalpha() else None
    labelled = [i for i in p.items if i.label]
    romans = None  # the parent of a roman list that is the paragraph's own: '(i) ... (ii) ...'
    alone: set[int] = set()  # the places in `out` of roman items under a letter printed without a number
    held: str | None = None  # the kind of item ('roman', 'letter') that completes the last decision as its conditions
    part_of: str | None = None  # a roman item that is a stem over lettered parts ("(v) improves ... by: (a) ... (c)")
    parts = 0  # ... and how many of its parts are read
    for k, item in enumerate(labelled):
        lab = as_printed(item.label or "") if re.fullmatch(REFERENCE, item.label or "") else item.label or ""  # "R1": 1
        lab = lab.strip("()") if lab.strip("()").isdigit() else lab
        nxt = labelled[k + 1].label if k + 1 < len(labelled) else None
        if romans is not None and lab in ROMANS and nxt == "a" and ends_open(item.text) and not SEG.qualifies.search(item.text):
            part_of, parts = lab, 0  # its parts are the recommendations, each cited by it and its letter: 'va', 'vb'
            continue
        if part_of is not None:
            if lab == chr(ord("a") + parts):
                out.append((f"{part_of}{lab}", item.text))
                parts += 1
                continue
            part_of = None  # the roman list goes on: '(vi)' after 'v(c)'
            if lab in ROMANS:
                out.append((lab, item.text))
                continue
        if held and (lab in ROMANS if held == "roman" else lab.isalpha() and lab not in ROMANS[1:]):
            out[-1] = (out[-1][0], f"{out[-1][1]} ({lab}) {item.text}")  # one of the conditions it is subject to
            continue
        held = None
        opens = nxt == "i" if lab.isalpha() else lab.isdigit() and nxt == "a"
        if opens and (SEG.qualifies.search(item.text) or _names_its_contents(item.text, _under(labelled, k, lab))):
            # "(b) approves ..., subject to the following conditions: (i) ... (ii) ...": one decision, 'b'
            held = "roman" if lab.isalpha() else "letter"
            out.append((f"{num or joined or ''}{lab}" if lab.isalpha() else lab, item.text))
            if lab.isalpha():
                letter, romans = f"{num or joined or ''}{lab}", None
            else:
                num, letter = lab, None
            continue
        if opens_romans(lab, nxt) and not (letter and letter[-1] == "h"):  # a letter 'i' follows 'h'
            romans = letter or num or joined or ""
        if romans is not None and lab in ROMANS:
            if romans and (not any(c.isdigit() for c in romans) or not p.number and romans == num):
                alone.add(len(out))  # '(i)' under '(b)' of paragraph 2.1, or under '(2)' of a list in no paragraph
            out.append((f"{romans}({lab})" if romans else lab, item.text))
        elif lab.isdigit():
            num, letter = lab, None
            stem = item.text if nxt and nxt.isalpha() else None
            if not (nxt and nxt.isalpha()):
                out.append((lab, item.text))
        elif lab in ROMANS and letter and not (len(lab) == 1 and ord(lab) == ord(letter[-1]) + 1):
            if not any(c.isdigit() for c in letter):
                alone.add(len(out))
            out.append((f"{letter}({lab})", item.text))
        elif lab in ROMANS and not letter and (len(lab) > 1 or orphan):
            orphan = True
            if carry:
                out.append((f"{carry}({lab})", item.text))
            elif carry == "":
                out.append((lab, item.text))  # the paragraph before ended a roman list of its own: this goes on with it
        else:
            letter = f"{num or joined or ''}{lab}"
            romans = None  # a letter ends the roman list before it: '(i)' after '(h)' is the ninth letter
            follows = len(lab) == 1 and nxt == chr(ord(lab) + 1)
            if not (nxt and nxt in ROMANS and not follows):
                out.append((letter, item.text))
                if stems is not None and stem and num:
                    stems[letter] = stem
    # a roman item under a letter printed alone ('(b) delegates ... to: (i) ... (ii) ...' in paragraph 2.1), or under a
    # numbered item of a list that is in no numbered paragraph ('That the Committee: (2) approves: (i) ...'), is labelled
    # as printed, 'i', its paragraph telling where it is; under a numbered item it keeps its parent ('4a(i)'); and where
    # the labels printed alone would repeat in the paragraph ('(a) (i) ... (b) (i) ...'), each keeps its parent
    if p.number and "." not in p.number:
        return out  # a recommendation numbered alone ("6 (a) (i)") is cited with its letters, "a(i)" of 6
    printed = [(lab.rsplit("(", 1)[1].rstrip(")") if k in alone else lab, text) for k, (lab, text) in enumerate(out)]
    return printed if len({lab for lab, _ in printed}) == len(printed) else out


RE_CLAUSE = re.compile(
    r"\b(?:should|must|shall|will|would|could|can|may|(?<!to )be|is|are|has|have|had|does|did|needs?|recommends?|asks?|invites?|urges?"
    r"|calls?\s+(?:on|upon|for)|welcomes?)\b|^(?-i:We|I|It|They|This|These)\s", re.I
)


RE_MODAL_STEM = re.compile(r"\b(?:must|should|shall)\s*[:\u2013\u2014]\s*$", re.I)


def is_title(text: str) -> bool:
    """A title says nothing: 'Lessons to be Learned' no, 'Consent', 'Role of Government: Response
    to Risk', 'Duty of candour'. Short, no verb of its own, not worded as a recommendation or a
    decision ('That ...', 'To ...', 'Note the report'), after the label it may print ('Recommendation 6: ...')."""
    t = strip_markup(text.split("\n")[0]).rstrip(" .")
    if (head := read_head(t, references=False)) and head[1]:
        t = head[1]  # "Recommendation 6: That the Council funds ...": what follows the label it prints says
    if not t or len(t.split()) > 14 or t[-1] in ":;," or t[0].islower() or re.search(r"[,;]?\s(?:or|and)$", t):
        return False  # a title starts with a capital and does not run on ('... the decision, or')
    if t.startswith(("That ", "To ", "that ", "to ")) or RX.imperative.match(t) or RX.asked.match(t):
        return False
    return not RE_CLAUSE.search(t) and not re.search(r"[.!?]\s", t)


def _norm(text: str) -> str:
    return " ".join(strip_markup(text).lower().split())


def running_headings(paragraphs: list[Paragraph], min_pages: int = 3) -> set[str]:
    """Headings printed on many pages ('Recommendations' atop each page of a chapter) are
    running headers or footers: they do not start a section."""
    pages: dict[str, set[int]] = {}
    for p in paragraphs:
        if p.kind == "heading" and not p.number:
            pages.setdefault(_norm(p.text), set()).add(p.page)
    return {text for text, seen in pages.items() if len(seen) >= min_pages}




def opens_section(p: Paragraph) -> bool:
    """A heading that titles recommendations: 'Recommendations', '7.0 RECOMMENDATIONS',
    'Summary of conclusions and recommendations'. Not a run-on sentence that mentions them,
    a footnote ('224 Submissions on Recommendations ...'), nor the label of one
    recommendation ('... Recommendation 2') that lost its line break."""
    t = strip_markup(p.text)
    head = SEG.rec_heading.search(t)
    if not head or RE_CITED.search(t) or SEG.about_section.search(t):
        return False  # not about them: 'Reasons for the recommendations' gives reasons
    if RE_MODIFIED.match(t[head.end():]):
        return False  # the word modifies another noun: a 'Recommendation tracker' is a table, not the recommendations
    if not p.number and re.match(r"^\d", t) or t[:1] in "“\"‘'":
        return False  # a footnote, or a line of quoted text
    return len(t.split()) <= 14 and not t[0].islower() and t.rstrip("0123456789")[-1:] not in (".", ";", ",")


@dataclass(slots=True)
class _Section:
    """The recommendations section the finder is in, and what it has learnt of it so far."""

    top: str | None = None  # the section's own number ("7" of "7.0 RECOMMENDATIONS"), bounding its paragraphs
    title: str | None = None  # the numbered title over the items that follow ("1 Compensation")
    major: bool = True  # a titled section, with sub-headings of its own (not a "Recommendation:" label)
    last: str | None = None  # the last paragraph number seen in it
    at: int = 0  # how many candidates were found before it began
    conclusions: bool = False  # "Conclusions and recommendations": emphasis may tell them apart
    caps: bool = False  # headed in capitals: the next capitals heading ends it
    letter: str | None = None  # the last lettered paragraph, so that "c)" must follow "b)"
    prose: int = 0  # unnumbered paragraphs in a row
    apart: int = 0  # recommendations numbered apart from the paragraphs ("6.22 I recommend: 2. ...")
    styles: list[tuple[Recommendation, str | None]] = field(default_factory=list)
    own: list[Recommendation] = field(default_factory=list)  # its own numbered paragraphs taken as recommendations
    restarts: bool = False  # its own list starts again at 1 ("4. Recommendations", "4.1 ...", "1. That ...")
    item: str | None = None  # the last number of its list of numbered items ("5.1 ...: 1. ... 3."), which goes on
    level: int = 0  # the rank the document gives its heading (h2, "Heading 2"), 0 where it does not say
    size: float = 0.0  # the type size of its heading in a PDF, 0 where not known
    bare: bool = False  # headed by a bare singular "Recommendation" over the one decision under it
    # what else its heading, or the heading it opened under, names beside the recommendations ("Recommendations and
    # learning points"): a heading of that name is that part, and ends the recommendations
    others: tuple[str, ...] = ()


def _groups_recommendations(section: _Section | None, paragraphs: list[Paragraph], k: int) -> bool:
    """Under an unnumbered 'The Recommendations' heading, '1 Compensation', '2 Recognising ...'
    title groups of recommendations; '1. Introduction' followed by 1.1, 1.2 starts the report."""
    p = paragraphs[k]
    if not section or section.top or not section.major or not (p.number or "").isdigit():
        return False
    if not plausible_next(section.title, p.number or ""):
        return False
    if section.last and section.last.isdigit() and int(p.number or 0) <= int(section.last):
        return False  # the section numbered its own list 1 to 11; "1 Introduction" after it opens the report's chapters
    for q in paragraphs[k + 1 : k + 40]:
        if q.kind == "heading" and q.number and not is_child(q.number, p.number or ""):
            break
        if q.number and is_child(q.number, p.number or ""):
            return False
    return True


def _bare_title(title: str) -> str:
    """A heading's words without its number, as `_norm` spells them: "4. Learning points" -> "learning points"."""
    return re.sub(r"^[\d.\s]+", "", _norm(title))


def _other_parts(title: str) -> tuple[str, ...]:
    """What a heading names beside the recommendations: "learning points" of "Recommendations and learning points";
    never the conclusions a "Conclusions and recommendations" chapter keeps with them."""
    t = _bare_title(title)
    parts = [q.strip() for q in re.split(r"\s*(?:,|&|\band\b)\s*", t) if q.strip()]
    if len(parts) < 2:
        return ()
    return tuple(q for q in parts if not SEG.rec_heading.search(q) and not RX.conclusions.search(q))


def _part_asks(paragraphs: list[Paragraph], k: int) -> bool:
    """The first paragraph under heading `k` opens by asking someone to act ("Within four weeks ..., the landlord
    must:"), as recommendations do."""
    first = next((q for q in paragraphs[k + 1 :] if q.kind != "heading"), None)
    return first is not None and asks_or_directs(first.text.split("\n")[0])


def _peer_heading(section: _Section, p: Paragraph) -> bool:
    """An unnumbered heading in capitals, like the capitals heading that opened `section`:
    the next section at the same rank, not a sub-heading inside it."""
    return section.caps and not p.number and is_upper_title(p.text)


def _restarts_numbering(paragraphs: list[Paragraph], k: int) -> bool:
    """'2. RECOMMENDATIONS' then '1. HM Government shall ...', or '4. Recommendations', '4.1 The Panel
    makes six recommendations.' then '1. That ...', or '7 Recommendations', a theme's sub-heading, then '1. That the
    Commissioner ...': the section's own list starts again at 1 rather than going on at 2.1 or 4.2, so the section's
    number does not bound it."""
    numbered = 0
    grouped = False  # an unnumbered sub-heading came before the first item: a theme over a group of the list
    for q in paragraphs[k + 1 : k + 8]:
        if q.kind == "heading" and q.number:
            return False
        if q.kind == "heading" and not numbered:
            grouped = True  # ("7 Recommendations", "The Panel recommends:", "Preventing theft", then "1. That ...")
            continue
        if q.kind == "heading":
            continue  # (an unnumbered sub-heading after the section's own paragraph titles a group of the list)
        if q.number:
            if q.number == "1":
                return not grouped or asks_or_directs(q.text)  # (under a sub-heading, the list's first item asks)
            numbered += 1
            if numbered > 2:
                return False
    return False


# A list of recommendations is not a run of this many plain paragraphs in a row.
MAX_PROSE_RUN = 8


def _field_value(paragraphs: list[Paragraph], k: int) -> bool:
    """The heading at `k` is the value of the field named just before it ("Outcome:" over "Upheld, recommendations"),
    as a decision page sets its summary out: no section's title."""
    before = paragraphs[k - 1] if k else None
    return before is not None and before.kind == "heading" and before.text.strip().endswith(":") \
        and len(before.text.split()) <= 3 and not opens_section(before)


def _finding_before(paragraphs: list[Paragraph], k: int) -> Paragraph | None:
    """The numbered paragraph just before `k`, whose recommendation a "Recommendation(s):" field at `k` states; else None."""
    before = paragraphs[k - 1] if k else None
    return before if before is not None and before.number and before.kind == "paragraph" else None


def _under_title(paragraphs: list[Paragraph], k: int, title: str) -> bool:
    """The paragraph directly follows the numbered title `title`."""
    return k > 0 and paragraphs[k - 1].number == title


# what follows the section word when it is the heading's head noun ("Recommendations of the Panel",
# "Conclusions and recommendations", "Recommendation(s):") rather than a modifier ("Recommendation tracker")
RE_MODIFIED = re.compile(r"\s+(?!(?:of|and|for|from|to|by|made|arising|in|on|that|which|we|the)\b)[A-Za-z]", re.I)
# a field that opens a paragraph with the recommendation of the numbered item before it: "Recommendation: The ..."
RE_REC_FIELD = re.compile(r"^Recommendations?\s*:\s*", re.I)
RE_CITED_PARAGRAPHS = re.compile(CITED_PARAGRAPH, re.I)  # "Halloween funding (paragraph 4.5)"
RE_BARE_SINGULAR = re.compile(r"^\s*(?:\d+\.?\s+)?(?:Recommendation|Decisions?\s+(?:sought|required))\s*:?\s*$", re.I)


def numbering_runs(paragraphs: list[Paragraph]) -> dict[int, int]:
    """Each paragraph's run of numbering (by its position): 0 until the numbers start again at 1 after running past it,
    then 1, 2 ...: a reports pack holds an agenda (1-6), the last minutes (41-46) and each report numbered from 1
    again, so "2.1 (i)" of one report is not "2.1 (i)" of the next."""
    runs, run, high = {}, 0, 0
    for p in paragraphs:
        m = re.match(r"(\d+)(?:\.(\d+))?", p.number or "")
        if m:
            top = int(m.group(1))
            if top == 1 and high > 1 and (m.group(2) in (None, "1")):
                run, high = run + 1, 1
            high = max(high, top)
        runs[p.position] = run
    return runs


MODAL_RUN_MIN = 3  # items of a list numbered from 1 that each say what a body should do, for it to be a list of asks
_MODAL = re.compile(r"\b(?:should|must)\b")
# a head that names whom the items under it are for: "TO THE MINISTER", "For the Prison Service"
RE_FOR_WHOM_HEAD = re.compile(r"^(?:to|for)\s+(?:the\s+)?[A-Z]", re.I)


# a field after an ask that names whom it is for: "Responsibility: Department of Education", "Lead: NHS boards"
RE_RESPONSIBLE_FIELD = re.compile(r"\s+(?:Responsibility|Responsible(?:\s+(?:body|bodies|organisations?))?|Lead(?:\s+(?:body|"
                                  r"bodies|department|organisations?))?|Addressed\s+to)\s*:\s*(?P<who>[A-Z][^\n:]{1,120}?)\s*$")


def _for_whom(heading: str | None, run: list[Paragraph]) -> str | None:
    """The body a head names as whom the items under it are for ("TO THE PRISON SERVICE"), spelt as the items spell it
    ("the Prison Service"); None where the head names no one or the items never name it."""
    m = RE_FOR_WHOM_HEAD.match(heading or "")
    if m is None:
        return None
    body = heading[m.end() - 1:].strip(" :.") if heading else ""
    for p in run:
        if found := re.search(rf"\b{re.escape(body)}\b", p.text, re.I):
            return found.group(0)
    return None


def _spelt_under(bodies: str | None, heading: str | None, paragraphs: list[Paragraph]) -> str | None:
    """The bodies a head names ("UK Government"), each spelt as the paragraphs under that head spell it where they do
    so shorter ("The Government should ..." under "For the UK Government": "Government")."""
    if not bodies:
        return bodies
    under = " ".join(p.text for p in paragraphs if p.heading == heading)
    out = []
    for body in bodies.split("; "):
        words = body.split()
        # (a shorter spelling is the body's name after its article, "the Government", never a word of its name alone)
        found = next((" ".join(words[k:]) for k in range(len(words))
                      if re.search(rf"\b{'' if k == 0 else '(?i:the) '}{re.escape(' '.join(words[k:]))}\b", under)), body)
        out.append(found if found[:1].isupper() == body[:1].isupper() else body)
    return "; ".join(out)


def _modal_runs(paragraphs: list[Paragraph]) -> list[list[Paragraph]]:
    """Runs of numbered paragraphs "1", "2", "3" ... in turn (headings between them allowed), each of whose first
    sentence says what a body should or must do; runs of at least MODAL_RUN_MIN."""
    runs: list[list[Paragraph]] = []
    cur: list[Paragraph] = []
    for p in paragraphs:
        if p.kind == "heading" and not (p.number and p.number.isdigit()):
            continue
        nxt = str(len(cur) + 1)
        first = _SENTENCE.split(strip_markup(p.text).replace("\n", " "), maxsplit=1)[0]
        if p.kind == "paragraph" and p.number == nxt and _MODAL.search(first):
            cur.append(p)
            continue
        if len(cur) >= MODAL_RUN_MIN:
            runs.append(cur)
        cur = [p] if p.kind == "paragraph" and p.number == "1" and _MODAL.search(first) else []
    if len(cur) >= MODAL_RUN_MIN:
        runs.append(cur)
    return runs


def find_recommendations(doc: Document, paragraphs: list[Paragraph]) -> list[Recommendation]:
    """Recommendations by form: labelled blocks, items introduced as recommendations,
    and the paragraphs of a recommendations section (see the module docstring)."""
    names = Names(paragraphs, doc.meta.body, doc.meta.council)
    found: list[tuple[Recommendation, bool]] = []  # (recommendation, labelled by the document)
    prefix = doc.id[:12]
    lead_in: str | None = None
    section: _Section | None = None  # the recommendations section we are in
    recommend_pending = False  # "Accordingly, I recommend:" just before a numbered title
    groups: dict[int, object] = {}  # id(recommendation) -> the list it was found in
    runs = numbering_runs(paragraphs)
    run_of: dict[int, int] = {}  # id(recommendation) -> the run of numbering it is in, where the numbers started again
    sections: dict[int, _Section] = {}
    asked: set[int] = set()  # "... is asked to: ..." and the items of its list
    reported: set[int] = set()  # the items of a list another body made ("The scrutineer made three recommendations:")
    prose: dict[int, int] = {}  # id(recommendation) -> id(section), for a section's own paragraphs taken whole
    # id(section) of the sections that list their recommendations: labelled ("R1", "Recommendation 3") or as bullets
    labelling: set[int] = set()
    # id(recommendation) of the blocks the document heads as recommendations ("Recommendation 5"), whatever their wording
    headed: set[int] = set()
    fielded: set[str] = set()  # the numbers of the paragraphs that open with the field "Recommendation:"
    for_whom: dict[str | None, str | None] = {}  # each heading's bodies, where it says whom the asks under it are for

    def add(label: str | None, text: str, paragraph: Paragraph, par_number: str | None, lead: str | None,
            stated: str | None = None, decision: bool = False) -> Recommendation | None:
        """`stated`: whom the document says the recommendation is for (a table's "Addressed to"
        cell), the addressee where its own wording names no one. The recommendation added, or None
        when the text held nothing but a citation."""
        text = RE_SOURCE_CITATION.sub("", strip_markup(text))
        if label is not None and paragraph.number == label and par_number in (None, label) \
                and (own := read_head(text, references=False)) \
                and own[1]:
            # "5.2 Recommendation 1: That the Committee ...": a numbered paragraph that prints its recommendation's own
            # label; the label is what is printed on it, the paragraph holds it
            label, par_number, text = own[0], paragraph.number, own[1]
        if (field := RE_RESPONSIBLE_FIELD.search(text)) is not None and field.start() > 0:
            # "... by September 2026. Responsibility: Department of Education": the field after the ask says whom it is
            # for, the addressee where its own words name no one; it is no part of the ask
            text = text[:field.start()].rstrip()
            stated = stated or "; ".join(b for b in names.split(field.group("who").strip(" ."), each=True) if b)
        if not text or SEG.reasons.match(text) or RE_ABOUT_THEM.match(text) and not RX.asked.search(text) \
                or SEG.announces.match(text):
            return None  # nothing but a citation, the reasons for the recommendations, where they are set out, or that they follow
        kind = "decision_sought" if decision else _kind(doc, text, lead, names)  # `decision`: a form's decision field
        # (a head over the recommendations that says whom they are for, "For health boards and integration joint
        # boards", states the addressee of those that name no one; "For the Council", the report's own council, says no
        # more than its default does, the council's executive)
        if paragraph.heading not in for_whom:  # (read once for each heading, not for each ask under it)
            for_whom[paragraph.heading] = _spelt_under(head_addressees(paragraph.heading), paragraph.heading, paragraphs) \
                or _said_under(paragraph, paragraphs)
        head = for_whom[paragraph.heading]
        stated = stated or (head if head not in ("Council", doc.meta.council) else None)
        default = stated or default_addressee(doc.meta.kind, doc.meta.council, names.body, names,
                                              kind == "decision_sought")
        bodies = addressees(text, lead, names, default, kind == "decision_sought")
        run = runs.get(paragraph.position, 0)
        rec = Recommendation(
            uid=f"{prefix}:rec:" + (f"{par_number}/" if par_number and label and par_number != label else "")
            + (label or str(paragraph.position)),
            label=label or "",
            kind=kind,  # type: ignore[arg-type]
            addressee="; ".join(bodies) or None,
            addressees=bodies,
            text=text,
            paragraph=par_number,
            page=paragraph.page,
            generator=GENERATOR,
        )
        found.append((rec, label is not None))
        if SEG.reported.search(strip_markup(lead or "")):
            reported.add(id(rec))
        if run:
            run_of[id(rec)] = run
        if RX.asked.match(strip_markup(lead or "")) or RX.asked.match(text):
            asked.add(id(rec))
        # the list it belongs to: its section, else the run of labelled blocks under one
        # heading, else its own paragraph
        if section is not None:
            sections[id(section)] = section
            if par_number:
                section.styles.append((rec, paragraph.emphasis))
        groups[id(rec)] = id(section) if section else ("heading", paragraph.heading) if paragraph.label else paragraph.position
        return rec

    def drop_finding(finding: Paragraph) -> None:
        """The numbered finding a "Recommendation(s):" field follows is no recommendation of its own section."""
        if section is not None:
            found[section.at:] = [f for f in found[section.at:] if f[0].paragraph != finding.number]

    running = running_headings(paragraphs)
    contents = contents_entries(paragraphs)  # a contents list names sections; it opens none
    ranks = heading_ranks(paragraphs, doc.lines)  # where the document ranks its headings, their ranks
    sizes = heading_sizes(paragraphs, doc.lines) if not ranks else {}  # else a PDF's headings by their type size
    intro: Recommendation | None = None  # the sentence under a numbered title, until letters follow
    # a decision record states its decision once, under "DECISION"; minutes print one under each item, taken, not sought
    decided = [k for k, p in enumerate(paragraphs) if p.kind == "heading" and SEG.decision_heading.match(strip_markup(p.text))]
    # ... unless the record prints the recommendation too ("Recommendation:" then "Decision:"): then that is what was
    # sought, and the decision records what was made of it
    sought = any(p.kind == "heading" and k not in decided and opens_section(p) for k, p in enumerate(paragraphs)) if decided else False
    record = set(decided) if len(decided) == 1 and not sought else set()
    for k, p in enumerate(paragraphs):
        if k in contents:
            continue
        if p.kind == "heading":
            lead_in = None
            intro = None
            major = bool(p.number or SEG.major_heading.match(p.text))
            rank = ranks.get(id(p), 0)
            ranked = section is not None and bool(section.level) and bool(rank)  # both ranked by the document
            # a heading set a size larger than the section's own heading is above it, and ends it: a summary box's
            # "Recommendations" (10.5 pt) does not run on into "The complaint" (13 pt) and the report's body
            above = section is not None and bool(section.size) and sizes.get(id(p), 0.0) >= section.size + 1
            # ... and one set as the section's own heading is its peer, where what it heads asks no one ("Recommendations"
            # over 1-9, then "Areas for consideration", "Introduction" in the same type: the report's other parts; a
            # theme's sub-heading over more asks, set alike, stays in the section, and so does every sub-heading of a summary
            # of conclusions and recommendations, whose conclusions are kept with them)
            asks_under = section is not None and _part_asks(paragraphs, k)  # (read once, for both rules below)
            peer = section is not None and bool(section.size) and not section.conclusions \
                and abs(sizes.get(id(p), 0.0) - section.size) < 0.5 and not asks_under
            if section is not None and _bare_title(p.text) in section.others and not asks_under:
                # "Recommendations and learning points" over "Recommendations", then "Learning points" over what RAIB
                # "has identified": the other part; but "Orders and recommendations" over "Orders", "the landlord must:"
                section = None
            elif p.number and section is not None and _groups_recommendations(section, paragraphs, k):
                section.title = section.last = p.number  # "The Recommendations", "1 Compensation"
            elif (opens_section(p) or k in record) and _norm(p.text) not in running and not _field_value(paragraphs, k):
                # (not a page header, nor a field's value: "Outcome:" over "Upheld, recommendations")
                restarts = _restarts_numbering(paragraphs, k)
                top = None if restarts else _top(p.number) or _chapter_number(p.text)
                # "Recommendation(s):" labels what follows it; "Summary of conclusions and
                # recommendations" titles a section with sub-headings of its own
                # so does a bare singular "Recommendation" (or "Decision sought") over the decision under it:
                # the next heading ("RAG key", "Background papers") is a new section
                label_only = (p.text.rstrip().endswith(":") or bool(RE_BARE_SINGULAR.match(p.text))) and not major
                owner = _finding_before(paragraphs, k) if section is not None and RE_REC_FIELD.fullmatch(p.text.strip()) else None
                if owner is not None:
                    # "6. <a finding>" then "Recommendations:" over "a) ...", "b) ...": the finding's recommendations,
                    # 6a and 6b (as "Recommendation: ..." after a finding, below)
                    drop_finding(owner)
                others = _other_parts(p.text) + (section.others if section is not None else ())
                section = _Section(top=top, major=not label_only, at=len(found), others=others,
                                   conclusions=bool(RX.conclusions.search(RE_SMALL_CAPS_GAP.sub(r"\1", p.text))),
                                   caps=not p.number and is_upper_title(p.text), restarts=restarts, level=rank,
                                   title=owner.number if owner is not None else None, size=sizes.get(id(p), 0.0),
                                   bare=bool(RE_BARE_SINGULAR.match(p.text)))
            elif recommend_pending and p.number:
                section = _Section(top=p.number, title=p.number, last=p.number, at=len(found))  # "2. Recognising ..." then (a), (b)
            elif ranked and section is not None and rank > section.level and not major and not section.bare:
                pass  # a heading the document ranks below the section's ("Recommendations" h2, "Staffing" h3) is in it
                # (not below a bare "Recommendation" over the one decision under it: "Documents attached" h3 ends it)
                # (not a numbered one: "1. Purpose of the report" under a page's title that names its recommendations)
            elif ranked or major or above or peer or section and (not section.major or _peer_heading(section, p)):
                # (a heading ranked as the section's own or above it ends it)
                # a section's sub-headings stay inside it; after a "Recommendation:" label,
                # the next heading ("Background documents") is a new section, and so is the
                # next heading set like the section's own ("SUMMARY OF RECOMMENDATIONS" ...
                # "INTRODUCTION")
                section = None
            recommend_pending = bool(RE_RECOMMEND_LEAD.search(p.text))
            continue
        goes_on = bool(section and section.item and p.number and p.number.isdigit()
                       and int(p.number) == int(section.item) + 1 and p.kind != "heading")
        if goes_on and section is not None:
            # "5.1 ...: 1. ... 3." then, under a sub-heading of the section, "4. That the Council ...": the list goes on
            section.item = p.number
            add(p.number, p.text, p, None, None)
            continue
        if section and p.number and section.top and _top(p.number) and _top(p.number) != section.top:
            section = None
        elif section and _top(p.number) and not section.top:
            if section.restarts and p.number == "1" and section.last and section.last != "1":
                section.last = "1"  # the section's own list, after its opening paragraph ("4.1 The Panel makes ...")
                labelling.add(id(section))  # ... which is about the list, unless it asks someone to act
            elif section.last and not plausible_next(section.last, p.number or ""):
                section = None  # the numbering broke off: 1.1 ... 7.9 of a contents list, then 3.12
            else:
                section.last = p.number
        # (a paragraph that prints its item's label, "(8) That the Executive ...", is one of a list, however long)
        if section and not (p.number or p.label or any(i.label for i in p.items) or _printed_item(p.text)[0]):
            section.prose += 1
            if section.prose > MAX_PROSE_RUN:
                # "Council of Europe recommendations" was a topic of the narrative: its
                # paragraphs were not recommendations (the items of a lead-in that asks, "Providers should: - make
                # sure ...", are, whatever prose follows them under a heading set as the section's own)
                found[section.at :] = [f for f in found[section.at :] if f[1] or id(f[0]) in asked]
                section = None
        elif section:
            section.prose = 0
        in_section = section is not None
        title = section.title if section else None
        field = RE_REC_FIELD.match(strip_markup(p.text)) if in_section and not (p.number or p.label) else None
        owner = _finding_before(paragraphs, k) if field else None
        if field and owner is not None:
            # "3. <a finding>" then "Recommendation: The Department should ..." (a PAC report, an audit's findings): the
            # field states the numbered item's recommendation, under its number, and its parts "3a", "3b"; the
            # numbered paragraph is the finding it rests on, no recommendation of its own
            drop_finding(owner)
            parts = _lettered_parts(p)
            for letter, text in parts or [("", strip_markup(p.text).removeprefix(field.group(0)))]:
                rec = add(f"{owner.number}{letter}", text, p, owner.number, _lead_in(p) if parts else None)
                if rec is not None:
                    headed.add(id(rec))  # the field says it is a recommendation, however its part is worded
            continue
        if p.number and not p.label and not in_section and RE_REC_FIELD.match(strip_markup(p.text)):
            # "4.5 Recommendation: That the Partnership approves ..." closing a section of its own: the label is what is
            # printed, the paragraph's number, and the field says it is a recommendation, however it is worded
            if add(p.number, p.text, p, p.number, None) is not None:
                headed.add(id(found[-1][0]))
                fielded.add(p.number)
            continue
        if p.number and not p.label and not in_section and RE_OPENS_CITED.match(strip_markup(p.text)) \
                and (own := read_head(strip_markup(p.text), references=False)) and own[1] and asks_or_directs(own[1]):
            # "3.4 Recommendation 1: That the Environment and Climate Committee consults ...", set among the chapter's
            # paragraphs where the finding it rests on is argued: the label it prints makes it a recommendation, in
            # whatever section it stands
            if add(own[0], own[1], p, p.number, None) is not None:
                headed.add(id(found[-1][0]))
            continue
        if p.label and (parts := _lettered_parts(p)):
            for letter, text in parts:  # "Recommendation 2" over "That the Trust: a) ... b) ...": its parts, 2a and 2b
                if add(f"{p.label}{letter}", text, p, p.cited, _lead_in(p)) is not None:
                    headed.add(id(found[-1][0]))
        elif p.label:
            block = _block_text(paragraphs, k)
            if doc.meta.kind in ("minutes", "officer_report") and not asks_or_directs(block):
                # minutes under "Recommendation 1 – Britain in Bloom": the meeting's record on it, no ask of its own; and
                # so a paper to a meeting under "Recommendation 1: a risk-based cleaning schedule", a title over its own
                # numbered account of what was done (a Cabinet Member's report to Council on a review's progress)
                continue
            # (under "Local authorities should:", which heads the labelled blocks after it, each asks those it names)
            if add(p.label, block, p, p.cited, _group_lead(paragraphs, k)) is not None:  # "Recommendation 1 (paragraph 4.3)": in 4.3
                headed.add(id(found[-1][0]))
            if section is not None:
                labelling.add(id(section))
        elif any(i.label for i in p.items) and _offers_options(p) and SEG.chooses.search(strip_markup(_lead_in(p))):
            # "The Council may ... resolve one of the following: a. ... b. ... c. ...": the choice among the options is the
            # decision asked for, one, the options its text
            add(None, p.text, p, p.number, None, decision=True)
        elif any(i.label for i in p.items) and _introduces_list(p) and (
                in_section or SEG.introduces.search(_lead_in(p)) or SEG.recommending.match(strip_markup(_lead_in(p)).strip())) \
                and (in_section or doc.meta.kind != "officer_report" or put_as_decision(_lead_in(p)) or _titled_list(p)
                     or bool(RX.asked.search(_lead_in(p))) or _to_the_meeting(_lead_in(p), names)) \
                and not _offers_options(p) and not _records_resolution(_lead_in(p)):
            # (an officer report's list outside its recommendations that another body recommends, "The Local
            # Government Association recommends that councils: a) ...", is not what the report seeks, unless it is
            # made to the meeting the report goes to: "The Committee RESOLVED to refer the decision back to the Cabinet
            # ..., with the following recommendations:" in the report that takes them to the Cabinet)
            lead = _lead_in(p) if not _titled_list(p) else None  # (a section's title is no lead-in: it asks no one)
            base = f"{title}{p.number}" if title and p.number and p.number.isalpha() else None
            stems: dict[str, str] = {}
            labels = item_labels(p, base, _carry(found), stems)
            first = labels[0][0] if labels else ""
            prev = section.letter if section else None
            second = labels[1][0] if len(labels) > 1 else None
            if len(first) == 1 and first.isalpha() and not opens_romans(first, second) and not _next_letter(prev, first):
                labels = []  # 'c) ...' alone: one item of a list whose start and number lie elsewhere
            if section is not None and labels and len(labels[-1][0]) == 1 and labels[-1][0].isalpha():
                section.letter = labels[-1][0]  # the next paragraph's list may go on from it: "6.2 ... (h) ... (i)"
            # a stem that ends in its modal ("the landlord must:") is completed by each item, however short ("d. Provide
            # evidence of compliance ...", a sentence), or where its other items ask; a list of titles under it
            # ("applicants must: a) Aged 18 or over b) Resident ...") asks nothing
            modal_stem = bool(RE_MODAL_STEM.search(lead or ""))
            titles = modal_stem and all(is_title(t) for _, t in labels)
            for label, text in labels:
                # ('The Nolan principles are: 1. Selflessness ...' lists titles)
                if not is_title(text) or modal_stem and (text.rstrip().endswith(".") or not titles):
                    add(label, text, p, p.number, stems.get(label, lead))  # "2. That X ... by: a) ...": X is asked
                    asked.add(id(found[-1][0]))  # 'That Cabinet: a) ... b) ...': the list is what is sought
                    if section and label.isdigit() and "." in (p.number or "") and any(i.label == label for i in p.items):
                        section.apart += 1  # "6.22 I recommend: 2. ..." (not "2.1 ... (1)")
                        section.item = label
        elif not any(i.label for i in p.items) and (stem := _resolves_its_items(p)):
            for item in p.items:  # a motion: "Council resolves to: - write to ... - invite ...", each a decision
                add(None, item.text, p, p.number, stem, decision=True)
        elif p.number and section is not None:
            base = f"{title}{p.number}" if title and p.number.isalpha() else p.number
            if intro is not None and base.startswith(intro.label) and base != intro.label:
                found[:] = [f for f in found if f[0] is not intro]  # the sentence introduced letters
            intro = None
            if p.text.rstrip().endswith(":"):
                lead_in = p.text
                continue
            if not any(i.label for i in p.items) and _asks_its_items(p):
                for item in p.items:  # "2.1 Cabinet is RECOMMENDED to: • approve ... • note ...": each a decision
                    add(None, item.text, p, p.number, _lead_in(p))
                continue
            if p.number.isdigit() and is_title(_lead_in(p)) and not p.items:
                section.title = p.number  # a numbered title over what follows
                continue
            # (or its bullets run into the paragraph, as a cell of a Word table laid out as the report holds them: "2.1 The
            # Committee is asked to: • note ...; • agree ...")
            inline = (inline_items(p.text) or _inline_bullets(p.text)) if not p.items else None
            if inline is not None and inline[0] and put_as_decision(inline[0]) and doc.meta.kind != "response":
                for label, text in inline[1]:  # "2.1 That the Board (1) notes ...; (2) approves ...": each a decision
                    add(label, text, p, p.number, inline[0])
                continue
            subitems = [(lab, text) for lab, text in item_labels(p, base if base != p.number else None) if lab != base]
            if subitems and is_title(_lead_in(p)):
                for label, text in subitems:  # "a) Duty of candour" then i), ii): the leaves
                    add(label, text, p, p.number, _lead_in(p))
            elif "\n" not in p.text and is_title(p.text):
                continue  # a contents entry says nothing
            elif base == p.number and p.number.isalpha() and not _next_letter(section.letter, p.number):
                continue  # 'b)' with no 'a)' before it: a list begun outside this section
            else:
                added = add(base, p.text, p, p.number, lead_in)
                if added is not None:
                    prose[id(added)] = id(section)
                    if "." in base:
                        section.own.append(added)  # (not the one before it, when this paragraph gave nothing)
                section.letter = p.number if p.number.isalpha() else None
        elif not p.number and in_section:
            if p.text.rstrip().endswith(":"):
                lead_in = p.text
            elif title and _under_title(paragraphs, k, title) and not is_title(p.text):
                add(title, p.text, p, None, lead_in)  # "1 Compensation" then its one sentence
                intro = found[-1][0]
                if section is not None:
                    prose[id(intro)] = id(section)
            elif _asks_its_items(p):
                for text in chosen_options([item.text for item in p.items]):
                    # "The County Council is asked to: - AGREE ... - DELEGATE ...", "Providers should: - make sure ...":
                    # each item completes what the lead-in asks, however it is worded
                    if add(None, text, p, None, _lead_in(p)) is not None:
                        asked.add(id(found[-1][0]))
            elif (listed := _bullets(p)) and (all(put_as_decision(text) for text in chosen_options(listed))
                                              or section is not None and section.major):
                # "Recommendations:" over "- To approve ...", "- To note ...", or a titled section's bulleted list
                # ("Environment" over "- Replace the worn carpet ...", "- Put signs ..."): each item is one
                for text in chosen_options(listed):
                    add(None, text, p, None, lead_in)
                if section is not None:
                    labelling.add(id(section))  # its prose is about the list
            elif add(*_printed_item(p.text), p, None, lead_in) is not None and section is not None:
                prose[id(found[-1][0])] = id(section)
        recommend_pending = bool(RE_RECOMMEND_LEAD.search(p.text)) and not p.items
    # "That the Joint Committee approves the recommendations as set out in paragraph 1.3 above": the decisions sought
    # are the ones that paragraph lists as asked, where it does, labelled as it prints them; the pointer is none
    # (the paragraph of that number in the pointer's own run of numbering: a pack's next report has its own 4.3)
    numbered = {(runs[p.position], p.number): p for p in paragraphs if p.number}
    only: dict[str, Paragraph | None] = {}  # a number printed in one run alone: a cover sheet's pointer to the report after it, numbered afresh
    for (_run, number), p in numbered.items():
        only[number] = None if number in only else p
    for rec, _ in list(found):
        pointer = RE_POINTS_TO.search(strip_markup(rec.text))
        target = (numbered.get((run_of.get(id(rec), 0), pointer.group("number"))) or only.get(pointer.group("number"))) \
            if pointer else None
        if target is None or target.number == rec.paragraph or not any(i.label for i in target.items) \
                or not _asks_its_items(target):
            continue
        found[:] = [f for f in found if f[0] is not rec]
        section = None  # the items are filed under their own paragraph, not the section of the pointer
        for label, text in item_labels(target):
            add(label, text, target, target.number, _lead_in(target))
    # "The Partnership is asked to take decisions on three matters only ... (paragraph 4.5) ... (paragraph 7.2)": a
    # paragraph that says where the decisions are, naming two or more of the paragraphs that print "Recommendation:",
    # is none itself (one that cites one of them, "the underspend in paragraph 4.5 be carried forward", asks its own)
    if fielded:
        found[:] = [f for f in found if f[0].paragraph in fielded
                    or len(cited := {m.group("cited") for m in RE_CITED_PARAGRAPHS.finditer(strip_markup(f[0].text))}) < 2
                    or not cited <= fielded]
    # a table of recommendations ("No. | Recommendation | Addressed to"): a recommendation per row, labelled
    # as printed, in place of the paragraph that holds the table's rows as lines of its text
    tabled = table_recommendations(doc)
    if tabled:
        section = None  # `add` files the rows under their table (below), not under the last section read
        flat = {id(p): _flat(p.text) for p in paragraphs}
        holders = [(row, next((p for p in paragraphs if _flat(row.line) in flat[id(p)]), None)) for row in tabled]
        held = {id(p) for _, p in holders if p is not None}
        rows = [_flat(row.text) for row in tabled if len(row.text) >= 20]  # not "See above"

        def absorbed(rec: Recommendation) -> bool:
            """What the segmenter made of a paragraph that holds the table's rows as its lines."""
            text = _flat(rec.text)
            return any(r in text for r in rows) or any(text in flat[k] and len(text) >= len(flat[k]) // 2 for k in held)

        found[:] = [f for f in found if not absorbed(f[0])]
        for row, holder in holders:
            # an officer's report asks for the decisions its paragraph's table lists ("2.1 Cabinet is asked to make the
            # decisions set out in the table below"): they are in that paragraph
            within = holder.number if holder is not None and doc.meta.kind == "officer_report" else None
            rec = add(row.label, row.text, holder, within, None, row.addressee) if holder is not None else None
            if rec is not None:
                groups[id(rec)] = ("table", row.header)
                asked.add(id(rec))  # a table of them says each row is one, however it is worded ("Adds £6.4 million ...")
    if not found and doc.meta.kind in ("officer_report", "other"):
        # a cover sheet's field states the decision ("Recommendation | That the Committee notes the report"), which a
        # report for information need not repeat in its body: where the body asks nothing, the field's decisions
        flat = {id(p): _flat(p.text) for p in paragraphs}
        for label, text, line in field_decisions(doc):
            holder = next((p for p in paragraphs if _flat(line) in flat[id(p)]), None)
            if holder is not None:
                whole = flat[id(holder)]
                if "\t" not in line and whole.startswith(_flat(line)) and _flat(line).endswith(_flat(text)):
                    text = _flat(text) + whole[len(_flat(line)):]  # "RECOMMENDATION: That Members note ..." goes on
                    # over the lines of its paragraph, not only the field's first
                add(label, text, holder, None, None, decision=True)
    if not found and doc.meta.kind in ("officer_report", "other"):
        # a paper with no section of decisions asks for each where its matter is set out, in a numbered paragraph of its
        # own ("4) Members are asked to resolve to accept the quotation ...", under each item of a clerk's report): each
        # such paragraph is a decision sought, under its number, and its lettered items are, where it lists them
        for p in paragraphs:
            if p.kind != "paragraph" or not p.number or not RX.asked.match(strip_markup(_lead_in(p)).strip()):
                continue
            asked_items = item_labels(p) if any(i.label for i in p.items) else []
            for label, text in asked_items or [(p.number, p.text)]:
                add(label, text, p, p.number, _lead_in(p) if asked_items else None, decision=True)
    if not found and doc.meta.kind in ("officer_report", "other"):
        # a report that asks for its decision only in a sentence of its summary, "It is recommended that the Committee
        # approves ... and notes ...": that sentence, as the report words it, is the decision sought (one, labelled 1)
        n = 0
        for p in paragraphs:
            for sentence in _SENTENCE.split(strip_markup(p.text).replace("\n", " ")):
                if SEG.recommended.match(sentence.strip()):
                    n += 1
                    add(str(n), sentence.strip(), p, None, None)
    if not found and doc.meta.kind in ("scrutiny_report", "other"):
        # a report with no list or section of recommendations makes them in its numbered paragraphs: "9. The Committee
        # recommends that the Scottish Government ...", "11. The Committee calls on ...", labelled by their numbers
        # ... or closes a paragraph of findings with them: "4.6 ... The Council owns two cameras. We recommend that the
        # Council deploys ..." (set in bold, as a panel marks its recommendations): from that sentence on
        for p in paragraphs:
            if not (p.number and p.kind == "paragraph"):
                continue
            if SEG.recommending.match(strip_markup(p.text)):
                add(p.number, p.text, p, None, None)
                continue
            sentences = _SENTENCE.split(strip_markup(p.text).replace("\n", " "))
            closing = next((i for i, t in enumerate(sentences) if i and RE_WE_RECOMMEND.match(t.strip())), None)
            if closing is not None:
                add(p.number, " ".join(t.strip() for t in sentences[closing:]), p, None, None)
    if not found and doc.meta.kind in ("scrutiny_report", "other"):
        # ... or in a list of its own, numbered from 1 apart from the report's sections, each item saying in its first
        # sentence what a body should do ("1. The Minister should ensure ...", under "TO THE MINISTER"; an Independent
        # Monitoring Board's "Main areas for development"): the items are its recommendations, under their numbers,
        # for the body a head over them names where their sentence names none
        for run in _modal_runs(paragraphs):
            for p in run:
                add(p.number, p.text, p, None, None, stated=_for_whom(p.heading, run))
    narrative = {id(rec) for sec in sections.values() if sec.apart >= MIN_APART for rec in sec.own}
    by_id = {id(rec): rec for rec, _ in found}
    for sec in sections.values():
        # "Conclusions and recommendations": both are kept, the conclusions flagged. Emphasis tells
        # them apart where the report sets one kind in italics or bold; else the wording does:
        # a conclusion asks no one to act.
        if sec.conclusions:
            plain = plain_conclusions(sec.styles)
            # an item of a list asks what its lead-in asks ('The regulator should: (b) require ...')
            concluding = plain or [rec for rec, _ in sec.styles if id(rec) not in asked and not asks_or_directs(rec.text)]
            for rec in (r for r in concluding if id(r) not in headed):  # (a block the document heads as one is one)
                rec.conclusion = True
                rec.addressee, rec.addressees = None, []  # a conclusion asks no one to act
    if asked:  # "The County Council is asked to: - AGREE ...", "That Cabinet: a) ...": the decisions sought are that list
        concluding_sections = {key for key, sec in sections.items() if sec.conclusions}
        narrative |= {
            id(rec) for rec, _ in found
            if id(rec) not in asked and groups[id(rec)] not in concluding_sections and not asks_or_directs(rec.text)
        }
    if asked and doc.meta.kind == "officer_report":
        # an officer report that puts its decisions as a list ("That the Committee: a) notes ... b) approves ...")
        # seeks those; its other paragraphs that say what someone must do ("Before making an Order the Council must
        # consult ...") describe duties, unless they too are put as a decision ("Note ...", "That ...")
        narrative |= {id(rec) for rec, _ in found if id(rec) not in asked and not put_as_decision(rec.text)}
        # ... and the recommendations it reports another body made ("The scrutineer made three recommendations to the
        # partners: (1) that ..."), which the meeting may be asked to note, not to decide
        if any(id(rec) in asked and id(rec) not in reported for rec, _ in found):
            narrative |= reported
    # A paragraph of a recommendations section that asks no one to act is about them, not one of them,
    # where the section labels its recommendations ("6.1 The Group makes nine recommendations ..." over
    # R1-R9) or the document answers another's ("Other recommendations": a response's answers)
    narrative |= {
        key for key, sec in prose.items()
        if key in by_id and (sec in labelling or doc.meta.kind == "response")
        and (not asks_or_directs(by_id[key].text) or _introduces(by_id[key].text))
    }
    # a report that heads its recommendations ("Recommendation 4" over each) prints what it recommends under those
    # heads: a numbered paragraph of its evidence that says what should happen without recommending it ("17. The
    # Committee believes that progress ... should be reported ...") is its reasoning, not another recommendation
    # (a decision put as one, "1.1 That the Executive receives ...", is one however the report heads the rest)
    if doc.meta.kind == "scrutiny_report" and sum(1 for p in paragraphs if p.label) >= MIN_HEADED:
        narrative |= {id(rec) for rec, _ in found if by_number_only(rec) and id(rec) not in headed | asked
                      and not RE_RECOMMEND_WORD.search(rec.text) and not put_as_decision(rec.text)}
    # a block headed "Recommendation 5" is one, however it is worded ("Close the budget gap ..."): the document says so
    found = [f for f in found if id(f[0]) not in narrative or id(f[0]) in headed]
    kept = dedupe(single_subitems(found), groups, run_of)
    taken: set[str] = set()
    for rec in kept:  # one uid each: the bullets of one paragraph, labelled in order only now, by their labels;
        if rec.uid in taken:  # another paper's own decision under the same number (a reports pack), by its run
            options = [f"{rec.uid}/{rec.label}", f"{rec.uid}~{run_of.get(id(rec), 0)}"]
            rec.uid = next((u for u in options if u not in taken),
                           next(f"{rec.uid}~{k}" for k in range(2, len(kept) + 2) if f"{rec.uid}~{k}" not in taken))
        taken.add(rec.uid)
    # a letter alone names no item where the letters start again under each numbered paragraph ("36 a) ... c)", then
    # "37 a) ... d)"): each is named with its paragraph, "36a", as the papers that answer them name them
    # (the whole of each such paragraph's list: its "d)" too, printed once)
    printed = Counter(rec.label for rec in kept)
    lettered = [rec for rec in kept if re.fullmatch(r"[a-z]", rec.label) and rec.paragraph and rec.paragraph.isdigit()]
    restarting = {rec.paragraph for rec in lettered if printed[rec.label] > 1}
    for rec in lettered:
        if rec.paragraph in restarting:
            rec.label = f"{rec.paragraph}{rec.label}"
    return kept


def _said_under(ask: Paragraph, paragraphs: list[Paragraph]) -> str | None:
    """The bodies a paragraph under the ask's heading, before it, says the recommendations are for ("We make eleven
    recommendations. Our recommendations are for care home providers unless another body is named."), joined by "; "."""
    for q in paragraphs:
        if q.position >= ask.position:
            break
        if q.heading == ask.heading and q.kind != "heading" and (said := stated_for(q.text)):
            return "; ".join(said)
    return None


# how a noun phrase opens: an article or determiner, a number or a sum ("£118 a year for a full plot", "a concession of
# 50 per cent", "the Fosswick Road site"); an ask opens with its verb ("approve ...", "set up ...")
RE_NOUN_OPENING = re.compile(
    r"^(?:[£$€\d]|(?:a|an|the|this|that|these|those|each|every|all|any|both|no|one|two|three|four|five|six|up\s+to|"
    r"not\s+more\s+than|at\s+least|its|their|our)\b)", re.I)


def _under(labelled: list, k: int, lab: str) -> list[str]:
    """The texts of the items printed under item k: its roman items under a letter, its lettered items under a number."""
    out = []
    for item in labelled[k + 1:]:
        sub = (item.label or "").strip("()")
        if not (sub in ROMANS if lab.isalpha() else sub.isalpha()):
            break
        out.append(item.text)
    return out


def _names_its_contents(stem: str, items: list[str]) -> bool:
    """'(c) agree the following allotment rents from 1 October 2027: (i) £118 a year for a full plot; (ii) £64 a year
    for a half plot': a stem that names what it decides, over items that are each a noun phrase (a sum, a thing; no
    clause of their own), is one decision and the items are its contents. A stem that ends in its verb or its 'to'
    ('approves:', 'delegates authority to the Director to:') is completed by each item, and its items are decisions."""
    words = strip_markup(stem).rstrip(" :\u2013\u2014-").split()
    if not words or not ends_open(stem) or len(items) < 2:
        return False
    last = words[-1].lower()
    forms = [last, *(last[: -len(end)] for end in ("es", "ed", "s", "d") if last.endswith(end))]  # "agrees", "approved"
    if any(RX.imperative.match(form) for form in forms) or last in ("to", "that", "following", "by", "for", "and", "or"):
        return False
    # (a noun phrase with no clause of its own: "those with cirrhosis should receive ..." opens as one and asks)
    return all(RE_NOUN_OPENING.match(strip_markup(t).lstrip()) and not RE_CLAUSE.search(strip_markup(t)) for t in items)


def opens_romans(label: str, following: str | None) -> bool:
    """'(i)' then '(ii)': a list counted in roman numerals starts afresh, whatever came before."""
    return label == "i" and following == "ii"


def _carry(found: list[tuple[Recommendation, bool]]) -> str | None:
    """The parent of the last recommendation when it was a roman sub-item: '6a' of '6a(iv)'; '' when it was a roman
    item of no parent ('(x)' of paragraph 6.1, which the next paragraph's '(xi)' goes on from)."""
    if found and found[-1][0].label in ROMANS:
        return ""
    m = RE_ROMAN_LABEL.match(found[-1][0].label) if found else None
    return m.group("parent") if m else None


def _next_letter(prev: str | None, letter: str) -> bool:
    """'a' opens a lettered list; 'c' follows only 'b'."""
    return letter in ("a", "A") or prev is not None and len(letter) == 1 and ord(letter) == ord(prev[-1]) + 1


def _flat(text: str) -> str:
    """Text with its whitespace collapsed: a table row joined with spaces is found in the paragraph
    that holds it as lines."""
    return " ".join(strip_markup(text).split())


# an item's label printed at the start of a paragraph of its own, in brackets or closed by one: "(1) That ...",
# "b) To note ...", "(iv) ..."; a label as printed (the paragraph's number, "1.", is the grammar's)
_PRINTED_ITEM = re.compile(r"^\s*(?:\((?P<bracketed>\d{1,3}|[a-z]|[ivx]{1,5})\)|(?P<closed>\d{1,3}|[a-z]|[ivx]{1,5})\))\s+(?=\S)")


def _printed_item(text: str) -> tuple[str | None, str]:
    """(the label printed before the paragraph's text, the text after it), or (None, the text) where none is."""
    m = _PRINTED_ITEM.match(text)
    return (m.group("bracketed") or m.group("closed"), text[m.end():]) if m else (None, text)


def _field_line(text: str) -> bool:
    """A line that names who is to act or by when and gives its value on the same line ("Lead: Head of Trading
    Standards", "By when: April 2026"; segment lexicon `attribute_fields`), or why ("Reason: ..."): not a lead-in that
    ends in a colon over a list ("The core structures should be:"), nor a part of the ask ("Short term: Extend ...")."""
    t = text.strip()
    name, _, value = t.partition(":")
    return bool(SEG.attribute_field.match(name.strip())) and bool(value.split("\n")[0].strip())


# an item of another kind under a reference of the same scheme: "Safety observation O/2025/061: Healthcare ..." after
# "Safety recommendation R/2025/072: ..."
_OTHER_ITEM = re.compile(rf"^[A-Z][a-z]+(?:\s+[a-z]+){{0,2}}\s+{SLASH_LABEL}\s*[:\u2013\u2014]\s")


def _block_text(paragraphs: list[Paragraph], k: int) -> str:
    """A labelled block's text, with the unnumbered paragraphs that carry it on.

    "Recommendation 3" may run over several paragraphs and lists; it ends at the next
    heading, numbered paragraph or labelled block, where the type it is set in ends (a block in bold, then the report's
    plain prose), at a field line set under it ("Lead: Head of
    Trading Standards", "By when: April 2026"), which names who and when, not what is asked, or at the report's
    request for the answer ("The Committee asks the Cabinet to respond within two months").
    """
    parts = [paragraphs[k].text]
    set_as = paragraphs[k].emphasis
    for p in paragraphs[k + 1 :]:
        if p.kind == "heading" or p.number or p.label or _field_line(p.text) or requests_response(p.text) \
                or _OTHER_ITEM.match(p.text) or is_modal_lead(p.text):
            break  # (... or at the lead-in of the next group of blocks: "Local authorities should:")
        if set_as and p.emphasis != set_as:
            break  # a block set in bold ends where the bold does: the plain paragraph after it is the report's own
        parts.append(p.text)
    return "\n".join(parts)


def _group_lead(paragraphs: list[Paragraph], k: int) -> str | None:
    """The lead-in over the run of labelled blocks that block `k` belongs to, where it says who should act: "Schools
    should:" over R1 to R3, "Local authorities should:" over R4 and R5 (an inspectorate's recommendations, grouped by
    whom they ask); else None."""
    j = k - 1
    while j >= 0 and paragraphs[j].label and paragraphs[j].kind != "heading":
        j -= 1
    if j < 0 or paragraphs[j].kind == "heading" or paragraphs[j].label:
        return None
    return strip_markup(paragraphs[j].text).strip() if is_modal_lead(paragraphs[j].text) else None
