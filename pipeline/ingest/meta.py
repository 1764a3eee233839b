"""Document metadata from cover fields and opening lines: council, body, date, title, kind.

Reads what a document says about itself, in the order a reader would look: the cover
fields ("Report to:", "Date:", "Subject:", "Meeting:"), then the title block, then
the text as a whole (the council most often named). Nothing is guessed: a value the
document does not state stays None, and an unrecognised document is kind "other".
"""

from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import replace

from pipeline.dates import DAY_MONTH_YEAR, MONTH_NAMES, find_date, is_date_line
from pipeline.lexicon import AUTHORITY_KINDS, COUNCIL_KINDS, LOCAL_COUNCIL_KINDS, alternation
from pipeline.records import DocumentMeta, Line

log = logging.getLogger(__name__)

OPENING = 60  # lines read for cover fields and the title
MEETING_LINES = 6  # a meeting line ("Cabinet – 15 April 2025") stands among the first lines

# the fields of a decision record that name who took the decision: a body, or an officer deciding under delegation
DECIDERS = ("decision maker", "decision taker", "decision taken by", "decision made by")
# the last word of a body's name: "Audit Committee", "Partnership Board" (a cover's "Board meeting" names its meeting)
_BODY_WORDS = r"Committee|Board|Cabinet|Council|Panel|Commission|Group|Forum|Executive|Partnership|Assembly"
_FIELD = re.compile(
    r"^(?P<key>Meeting\s+name|Name\s+of\s+(?:the\s+)?(?:meeting|committee)|Report\s+subject|Report\s+(?:to|for)|Report\s+of|Report\s+by|Report\s+from|Report\s+author|Reporting\s+officer|Author|Contact(?:\s+officer)?|Agenda\s+item|To|From|By|Meetings?|Committee|Date(?:\s+of\s+(?:meeting|decision|report))?|"
    r"Meeting\s+date|Subject|Re|Title|Report\s+title|Decision\s+no\.?|Decision\s+number|Presented\s+by|"
    # a board paper's cover names the meeting by its body: "Board meeting", "Partnership meeting" (a body's word: not
    # "Annual meeting of the Council", a title's line, nor a newsletter's "Next meeting")
    rf"(?:{_BODY_WORDS})\s+meeting|"
    + "|".join(d.replace(" ", r"\s+") for d in DECIDERS) + r")"
    # two names for one field, "MEETING/DECISION MAKER:": each names it (before a colon only)
    r"(?:\s*/\s*(?P<also>[A-Za-z][A-Za-z ]{1,30}?)(?=\s*:))?\s*(?::|\s)\s*(?P<value>.*)$",
    re.I,
)
_BODY = re.compile(
    r"((?:[A-Z][\w'’-]*,?\s+(?:(?:and|&|of|for|the)\s+)*)*?"
    r"(?:Scrutiny|Select|Overview\s+(?:and|&)\s+Scrutiny|Cabinet|Executive|Audit|Standards|Governance|Health|Policy)?\s*"
    r"(?:Scrutiny\s+)?(?:Board|Committee|Commission|Panel|Sub-Committee|Task\s+Group))\b"
)
_POST_END = re.compile(r"\b(?:Officer|Clerk|Director|Chief Executive|Manager|Head of [A-Z][\w ]+|Secretary)$")
_BODY_END = re.compile(rf"\b(?:{_BODY_WORDS})$"
                       r"|\b(?:Board|Council|Court)\s+of\s+(?:Directors|Governors|Trustees)$"  # a company's, a trust's
                       r"|^(?:Cabinet|Executive)\s+Member\s+for\s+\S|^(?:The\s+)?Leader\b")  # an office that decides alone
# the letterhead of an office that decides alone, a corporation sole: "Office of the Police, Fire and Crime
# Commissioner for Tamblyshire"
_OFFICE = re.compile(r"^(?:The\s+)?Office\s+of\s+the\s+(?P<who>(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&)\s+)?){0,6}"
                     r"Commissioner(?:\s+for\s+[A-Z][\w'’-]*(?:\s+(?:and\s+)?[A-Z][\w'’-]*){0,3})?)$")
_BODY_LINE = re.compile(
    r"^(?:The\s+)?(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&|of|for|the|with|on|in)\s+)*){0,8}"
    r"(?:Scrutiny\s+(?:Board|Committee|Commission|Panel)|Select\s+Committee|Committee|Cabinet|Executive|Council|Board|Panel|Commission)$"
)
# A meeting line atop a paper: the body that meets, then the date ("CABINET – 11 SEPTEMBER 2024",
# "Cabinet, 18 November 2025. Report of ...")
_MEETING = re.compile(
    r"^(?P<body>[A-Za-z][^,–—\-:]{1,80}?)\s*(?:,|\s[–—-]|:)\s*"  # "Infrastructure and Environment Committee: 10 September 2029."
    r"(?P<date>(?:[A-Za-z]+day,?\s+)?\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]+,?\s+\d{4})\b"
)
# the body that wrote a scrutiny report: a scrutiny committee, board or panel, a select committee, a task group
# a scrutiny body's own report says what it is: "Final report", "A review of road maintenance", "About this review"
_REVIEW = re.compile(r"\b(?:final report|review|inquiry|task (?:and|&) finish|task group report)\b", re.I)
_BY_ITSELF = re.compile(r"^(?:the\s+)?(?:committee|panel|board|group|task group|commission|inquiry)\b", re.I)  # "Report of the Committee"
_SCRUTINY_BODY = re.compile(r"\b(?:Scrutiny|Select\s+Committee|Task\s+(?:and|&)\s+Finish\s+Group|Task\s+Group)\b", re.I)
_AUTHORITY_KINDS = re.sub(r"\band\b", "[aA]nd", alternation(AUTHORITY_KINDS))  # "Fire And Rescue": capitals read back
_COUNCIL = re.compile(
    r"\b((?:[A-Z][a-z'’]+(?:[- ](?:upon|on|under|in|le)[- ]|[- ]|\s+[aA]nd\s+)){0,3}?[A-Z][a-z'’]+)\s+"
    rf"((?:{alternation(COUNCIL_KINDS + LOCAL_COUNCIL_KINDS)})\s+)?Council\b"
    # ... and the authorities that publish papers as a council does: "Brackenshire and Tessbury Combined Fire
    # Authority", "Skelderdale National Park Authority", "Orrin Valley Waste Authority", "Tarnmouth Port Health
    # Authority" (group 3; no group 2)
    rf"|\b((?:[A-Z][a-z'’]+(?:[- ]|\s+[aA]nd\s+)){{0,3}}?[A-Z][a-z'’]+)\s+((?:{_AUTHORITY_KINDS})\s+Authority)\b"
)
# a council styled by its kind before its place, with no "Council" in its name: "London Borough of Ferncastle", "Royal
# Borough of Ashwick and Dene"
_STYLED = re.compile(r"\b(?P<style>(?:London|Royal)\s+Borough)\s+of\s+"
                     r"(?P<place>[A-Z][a-z'’]+(?:(?:\s+and\s+|\s+upon\s+|[- ])[A-Z][a-z'’]+){0,3})\b(?!\s+Council\b)")
# Capitalised words that open "<X> Council" without naming a place.
_NOT_PLACES = {
    "the", "this", "that", "a", "an", "each", "every", "our", "your", "their", "full", "whole", "cross", "city",
    "county", "borough", "district", *(kind.lower() for kind in LOCAL_COUNCIL_KINDS if kind != "Community"), "local",
    "executive", "research", "arts", "privy", "combined",
    "security", "european", "sentencing", "design", "medical", "science", "funding", "youth", "sports",
    "advisory", "national", "british", "economic", "social", "trades", "joint", "unitary", "neighbouring",
    "other", "partner", "member", "members", "chiefs", "police", "safety", "and", "of", "when", "if", "all",
    "both", "which", "where", "once", "as", "at", "by", "in", "on", "to", "since", "however", "whilst", "while",
    "although", "because", "with", "from", "for", "under", "within", "after", "before", "dear", *MONTH_NAMES,
}
# ... of which these are words of a body's own name, not of the sentence around it ("When", "The", "Dear"): a council
# whose name opens with one ("Medical Schools Council", "Economic and Social Research Council") is a national body
_NAME_WORDS = frozenset({"research", "arts", "privy", "security", "european", "sentencing", "design", "medical",
                         "science", "funding", "youth", "sports", "advisory", "national", "british", "economic", "social",
                         "trades"})
_RESPONSE = re.compile(
    r"\b(?:update on the .{0,40}(?:report|recommendations)|(?:response|responds|responding|repl(?:y|ies|ying)) to (?:the |this |a )?.{0,60}?"
    r"(?:report|recommendations?|review|inquiry|scrutiny|investigation|call-in|motion|(?:committee|panel|group|commission)\b)|executive response|"
    # "I have taken each of the requests in the motion in turn below": a reply that answers them one by one
    r"(?:tak(?:en|ing)|answer(?:ed|ing)?|address(?:ed|ing)?|respond(?:ed|ing)? to|consider(?:ed|ing))\s+each\s+(?:of\s+(?:the|its|your)\s+)?"
    r"(?:recommendations?|requests?|asks?|points?|proposals?)\b[^.]{0,60}?\bin\s+turn|"
    # "This letter sets out what we have done to comply with each of the orders": its writer reports its own action
    r"what we have (?:done|taken) to (?:comply with|implement|address|act on) (?:each of )?(?:the|your|these) "
    r"(?:[\w’'-]+ ){0,3}(?:orders|recommendations|requirements|findings)\b|"
    r"government(?:'s|’s)? responses?|cabinet responses?|"
    # "Action points – Cabinet Member comments": the executive's comments on a review's asks, answering them
    r"(?:cabinet member|executive member|portfolio holder|cabinet|executive|leader|mayor)(?:'s|’s)?\s+comments\b|\bthis (?:is|paper is|document is) (?:the|our|my) (?:[\w’' -]{1,60}?(?:'s|’s)\s+)?(?:(?:formal|written|full|joint|detailed)\s+)?response\b|(?:^|:\s)(?:the\s+)?[\w’' ]{1,60}(?:'s|’s)\s+(?:formal\s+|written\s+|full\s+)?response$|actions have been taken|progress (?:against|on) (?:the )?(?:[\w’'-]+ ){0,4}recommendations|(?:information|answers?) (?:relating|in reply|in response) to the (?:questions|issues|points)\b.{0,60}?\b(?:raised|made|asked) (?:in|at|by) (?:the )?\w*\s*scrutiny)\b",
    re.I,
)
_SCRUTINY = re.compile(
    r"(?:\breport of the .{0,80}(?:scrutiny|select committee|task group|task (?:and|&) finish group|working group|inquiry|panel)|"
    r"\btask group\b.{0,30}report|"
    r"\bscrutiny (?:inquiry|review)\b|\binquiry report\b|\breport of session\b|\bHL Paper\b|\bHC \d+|"
    r"\bSP Paper \d+|\bNIA \d+/\d+|\b\d+(?:st|nd|rd|th) Report,? \d{4}\b|"  # the devolved parliaments' papers
    r"\binquiry\b.{0,40}\brecommendations\b|^(?:the )?report$)",
    re.I,
)
# a title whose last part names the paper as the later account of a review's recommendations ("...: progress update",
# "...: twelve-month update", "Implementation report"): the paper that answers, whatever review its first part names
_MONTHS_ON = r"(?:\w+|\d+)[- ]month\s+"  # "twelve-month", "6 month"
_LATER_PAPER = re.compile(
    r"(?:^|[:\u2013\u2014|]\s*|\s-\s)(?:(?:a|an|the)\s+)?"
    rf"(?:(?:{_MONTHS_ON}|annual\s+|further\s+|final\s+)?(?:progress|implementation|monitoring)\s+(?:update|report|review)s?"
    rf"|{_MONTHS_ON}(?:update|review)s?"
    # ... or the executive's decisions on it: "Digital Access Task and Finish Group: the Cabinet Member's decisions",
    # "Apprenticeship levy: Cabinet decisions on the Task and Finish Group's proposals and progress to April 2026"
    r"|(?:cabinet\s+member|executive\s+member|cabinet|executive|leader|mayor)(?:['\u2019]s)?\s+decisions?(?:\s+on\s+.+)?)$",
    re.I,
)
_REVIEWED = re.compile(r"\b(?:recommendations|review|inquiry|task (?:and|&) finish|task group|working group|scrutiny)\b", re.I)
_OFFICER = re.compile(
    r"^(?:report (?:of|by)\s*:?\s*(?:the\s+)?(?:director|chief|head|corporate|strategic|assistant|deputy|interim|cabinet member|"
    r"executive member|leader|monitoring|service)|report author|decision no|key decision|"
    # (a report to a government or a parliament is a national review's, not an officer's paper to a meeting: "Report to
    # the Scottish Government and the Scottish Parliament")
    r"report (?:to|for)\b(?!\s*:?\s*(?:the\s+)?(?:[A-Z][\w-]*\s+){0,2}(?:Government|Parliament|Ministers?|Secretary\s+of\s+State|Senedd)\b))",
    re.I,
)


def _plain(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace("**", "").replace("\t", " ")).strip()


def _fields(texts: list[str]) -> dict[str, str]:
    """Cover fields of the opening lines, keyed by lower-case name, first occurrence kept."""
    out: dict[str, str] = {}
    for k, text in enumerate(texts):
        m = _FIELD.match(text)
        if not m:
            continue
        key = re.sub(r"\s+", " ", m.group("key").lower())
        key = "report to" if key == "report for" else key  # "REPORT FOR | Environment ... Committee": the meeting
        has_colon = text[m.end("also" if m.group("also") else "key"):].lstrip().startswith(":")
        if not has_colon and (key not in ("report to", "report of", "date", "meeting date") or not text[:1].isupper()):
            continue  # "To improve ..." and "Date" in prose: only "Report to X" may omit the colon, and it is
            # capitalised ("... will report to the Committee on 12 May" wrapped onto a new line is prose)
        value = m.group("value").strip(" :–-")
        if not value and k + 1 < len(texts):
            value = texts[k + 1]  # the value sat in the next cell or line
        out.setdefault(key, value)
        if m.group("also"):
            out.setdefault(re.sub(r"\s+", " ", m.group("also").lower()), value)
    return out


_PAPER_WORDS = "Report|Response|Meeting|Decision|Minutes|Update"  # what a paper is, before "of" its body


def _meeting(texts: list[str]) -> tuple[str, str] | None:
    """(body, date) of a meeting line among the first lines: the body that meets and its date."""
    for text in texts[:MEETING_LINES]:
        m = _MEETING.match(text)
        if not m:
            continue
        body = m.group("body").strip()
        if text[m.end("body"):].lstrip().startswith(":") and re.match(rf"(?:{_PAPER_WORDS}|Date)\b", body, re.I):
            continue  # "Meeting of the Board: 28 November 2030": a field's name before its colon, no body's own name
        body = body.title() if body.isupper() else body
        body = re.sub(rf"^(?:{_PAPER_WORDS}) of (?:the )?", "", body)  # the body, not the paper
        date = find_date(m.group("date"))
        if date and _BODY_LINE.match(body) and len(body.split()) <= 8 and not body.split()[0].lower().endswith("ed"):
            return body, date  # not "Updated for the Housing Scrutiny Panel, 30 September 2025"
    return None


def _title_case(text: str) -> str:
    """A body's name set in capitals ("EXECUTIVE"), as it is written elsewhere; a council's name in
    capitals is its letterhead, not the body that meets, and stays as it is."""
    if not text.isupper() or text.endswith("COUNCIL"):
        return text
    return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w.capitalize() for k, w in enumerate(text.split()))


_SMALL_WORDS = frozenset({"and", "of", "for", "the", "on", "in", "to"})  # "ROWSHAM AND ELLERDALE" -> "Rowsham and Ellerdale"


def _in_full(name: str, others: list[str]) -> str:
    """`name`, or the first of `others` that names the same body in full ("Committee" -> "Licensing Committee")."""
    return next((t for t in others if t.lower().endswith(" " + name.lower())), name)


# a member signing for the body they chair: "Councillor Dawn Pritchard, Chair, Housing Scrutiny Commission", "Cllr Ann
# Rees, Chair of the Audit Panel": a person, then a role; the body is what follows the role
# a person's title before the name: "Councillor", "Cllr", "Dr", "The Rt Hon"
_TITLE_OF_PERSON = r"(?:Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Mx|Dr|Professor|Prof\.?|Sir|Dame|Lord|Lady|Baroness|(?:The\s+)?Rt\.?\s+Hon\.?)"
_SIGNATURE = re.compile(
    rf"^{_TITLE_OF_PERSON}"
    r"\s+[^,]{2,60},\s*(?:(?:Vice|Deputy)[- ])?(?:Chair(?:man|woman|person)?|Conven[eo]r|Lead\s+Member)"
    r"(?:\s*,\s*|\s+of\s+(?:the\s+)?)(?P<body>\S.*)$")


def _signed(text: str) -> str:
    """The body a member's signature names ("Councillor Dawn Pritchard, Chair, Housing Scrutiny Commission" ->
    "Housing Scrutiny Commission"): a person is no body; any other line as it is."""
    m = _SIGNATURE.match(text)
    return m.group("body") if m else text


def _body(texts: list[str], blocks: list[str], fields: dict[str, str]) -> str | None:
    named: list[str] = []
    for key in ("report to", "meeting", "meetings", "meeting name", "name of meeting", "name of committee", "committee", *DECIDERS,
                "to"):  # a decision record's "Decision maker:"
        value = fields.get(key)
        if key == "to" and value and _PERSON.match(value):
            continue  # a memo "To: Councillor ...": sent to a person, not put to a meeting
        if value:
            # "Cabinet – 15 April 2025", "POLICY AND RESOURCES COMMITTEE ON 28 AUGUST 2025": the body, not its meeting's date
            # ... and "Cabinet, Thursday 16 April 2026": the body, not its meeting's day
            value = re.split(r"\s+[–—-]\s+|,\s*(?=(?:[A-Za-z]+day,?\s+)?\d)|\s+(?:on\s+)?(?=\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][A-Za-z]+\s+\d{4})",
                             value, flags=re.I)[0].strip(" ,.")
            value = re.sub(r"^The\s+", "", _title_case(value), flags=re.I)  # "REPORT TO THE EXECUTIVE": the Executive
            if key in DECIDERS:  # "Town Clerk and Responsible Financial Officer (Jonah Pelletier-Garside)": the post
                value = re.sub(r"\s*\([^()]*\)$", "", value)
            if value and not find_date(value) and len(value.split()) <= 12 and (
                    _BODY_END.search(value) or key in DECIDERS and _POST_END.search(value)):
                named.append(value)
    if named:
        # "Report to Committee" over a cover field "Meeting | Licensing Committee"; "Report to the Joint Committee" under
        # the letterhead "CEREDWY CORPORATE JOINT COMMITTEE"
        heads = [_title_case(t) for t in texts[:3] if _BODY_LINE.match(_title_case(t)) and not _FIELD.match(t)]
        return _in_full(named[0], named[1:] + heads)
    meeting = _meeting(texts)
    if meeting and not meeting[0].endswith("Council"):
        return meeting[0]  # the body that meets: "Cabinet – 15 April 2025"
    # (a letter's addressee, "Councillor Dawn Pritchard, Chair, Housing Scrutiny Commission" over "Dear Councillor
    # Pritchard", is who it is written to: a member's signature names the body only in a paper that is no letter)
    signed = _signed if _salutation(texts) is None else str
    # (a line "For the Communities Scrutiny Panel" names the body the paper is for: that body, without "For the")
    named = [re.sub(r"^For\s+(?:the\s+)?", "", t) for t in map(_title_case, map(signed, blocks[:15] + texts[:20]))
             if _BODY_LINE.match(t) and len(t.split()) <= 12 and not _FIELD.match(t)]
    committee = next((t for t in named if not t.endswith("Council")), None)
    if committee and len(committee.split()) == 1:  # a cover's field name "Committee" over its value, the body in full
        committee = _in_full(committee, named)
    if committee or named:
        return committee or named[0]  # the committee under the council's name, else the Council itself
    for text in map(_title_case, texts[:3]):
        m = _OFFICE.match(text)
        if m:
            return m.group("who")  # "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR X": the Commissioner decides
    for text in texts[:10]:
        m = re.search(r"\breport of the (.+?)(?:\s+(?:on|into|in relation to|regarding|about)\s|$)", text, re.I)
        if m:
            b = _BODY.search(m.group(1))
            if b:
                return b.group(1).strip()
    for text in texts[:20]:
        m = re.search(r"minutes of (?:a|the) meeting of (?:the )?(.+?)\s+held\b", text, re.I)
        if m:
            return re.sub(r"^(?:[A-Z][a-z]+\s+)+(?=(?:County|City|Borough|District)\s+Council$)", "", m.group(1)).strip()
    return _asked_by_the_paper(blocks, texts)


# "This report asks the Cabinet Member to approve a Local Lettings Plan": the paper names whom it asks to decide
_ASKS_DECIDER = re.compile(r"\b(?i:this|the)\s+(?:report|paper)\s+(?:asks|invites|requests)\s+(?:the\s+)?"
                           r"(?P<who>[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4})\s+to\s+[a-z]")


def _asked_by_the_paper(blocks: list[str], texts: list[str]) -> str | None:
    """The office a paper that names no meeting says it asks to decide, named in full by its portfolio as the paper
    prints it ("the Cabinet Member" -> "Cabinet Member for Housing and Estate Renewal", as its title line or a field
    prints it); None where the paper names it no further."""
    for block in blocks[:20]:
        m = _ASKS_DECIDER.search(block)
        if not m:
            continue
        who = m.group("who")
        full = re.compile(rf"\b{re.escape(who)}\s+(?:for|of)\s+[A-Z][\w'’-]*(?:(?:,\s+|\s+and\s+|\s+&\s+|\s+)[A-Z][\w'’-]*)*")
        named = [f.group(0) for t in texts for f in [full.search(t)] if f]
        # (only an office the paper names in full by its portfolio: "the Panel", "the Cabinet" it asks are read as before)
        name = max(named, key=named.count) if named else None
        return name if name and _BODY_END.search(name) else None
    return None


def _date(texts: list[str], blocks: list[str], starts: list[bool], fields: dict[str, str], tail: list[str]) -> str | None:
    for key in ("date", "date of meeting", "meeting date", "date of decision", "date of report", "to", "report to", "meeting", "meetings"):
        if fields.get(key) and find_date(fields[key]):
            return find_date(fields[key])
    meeting = _meeting(texts)
    if meeting:
        return meeting[1]  # "Cabinet, 18 November 2025": the meeting's date
    for k, text in enumerate(texts[:40]):
        # (a date alone on a line, not the end of a sentence wrapped onto it: "... will be out by the end of" / "October 2026.")
        if (k == 0 or starts[k]) and is_date_line(text.rstrip(".")) and not (k and _CUT.search(texts[k - 1])) \
                and not (k and _NEXT_MEETING.search(texts[k - 1])):
            return find_date(text)  # (not the date under "Date of next meeting", which minutes end with)
    for text in texts[:5]:  # a short heading naming the meeting: "Cabinet – 11 February 2025"
        if len(text.split()) <= 12 and DAY_MONTH_YEAR.search(text):
            return find_date(text)
    for text in blocks[:40]:  # the sentence in which the paper says what it is and when it was agreed: "This is the
        # Executive's response, agreed by the Executive on 15 January 2026" (not "... to the Panel's report of July 2025")
        for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z])", text):
            if _THIS_PAPER.match(sentence) and (m := _AGREED_ON.search(sentence)) and (found := find_date(m.group(1))):
                return found
    for text in blocks[:40]:
        # "held on 4 March", "held in the Chamber on ...": not "held four evidence sessions between March and June"
        m = re.search(r"\b(?:published|dated|issued|date|held(?=\s+(?:on|at|in)\b))\b(.*)", text, re.I)
        if m and find_date(m.group(1)):
            return find_date(m.group(1))  # "printed 20 October and published 4 November": the latter
    for text in blocks[:40]:  # "Ordered by the House of Commons to be printed on 8 July 2025", "Updated 5 November 2025"
        m = re.search(r"\b(?:updated|printed|laid before parliament|presented to parliament)\b(.*)", text, re.I)
        if m and find_date(m.group(1)):
            return find_date(m.group(1))
    for text in texts[:40]:  # a cover field whose value is a date: "Agreed: 2 December 2025"
        m = _ANY_FIELD.match(text)
        if m and is_date_line(text[m.end():].strip().rstrip(".")):
            return find_date(text[m.end():])
    for text in texts[:10]:  # "Report of the Housing Scrutiny Commission, June 2024"
        m = re.search(r"(?:,|\s[–—-])\s*((?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]+\s+\d{4})\.?$", text)
        if m and find_date(m.group(1)):
            return find_date(m.group(1))
    for text in reversed(tail):
        if is_date_line(text.rstrip(".")):
            return find_date(text)
    for text in texts[:5]:  # a meeting heading: "Scrutiny Committee - Wednesday, 29th January, 2025"
        if DAY_MONTH_YEAR.search(text):
            return find_date(text)
    return None


_NEXT_MEETING = re.compile(r"\b(?:next|future)\s+meetings?\b", re.I)
_CUT = re.compile(r"\b(?:of|the|by|on|in|at|to|from|until|and|or|a|an|for|with|before|after|since)\s*$", re.I)  # a line cut mid-phrase
_AGREED_ON = re.compile(r"\b(?:response|reply|report|update),?\s+(?:as\s+)?(?:agreed|approved|adopted|issued|published|signed)\b"
                        r"[^.,;]{0,60}?\bon\s+(.{6,30})", re.I)
_THIS_PAPER = re.compile(r"^this (?:is|paper is|document is|letter is) (?:the|our|my|a) ", re.I)
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*\.?\s+\S")  # "4. Next steps": a section, not the title
# A report's serial designation names its place in a series, not what it is about:
# "2nd Report of Session 2010–12", "HL Paper 179", "HC 569-I", "CP 1224".
_SERIAL = re.compile(
    r"^(?:(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+report\s+of\s+session\b"
    r"|(?:HL\s+Paper|HC|CP|Cm)\s+\d+\b|session\s+\d{4})",
    re.I,
)
# "Summary:", "Classification: Unrestricted", "Ward(s) or groups affected: All"
_ANY_FIELD = re.compile(r"^[A-Z][A-Za-z ()/&'’-]{2,30}\s*:(?:\s|$)")
_MINUTES_OF = re.compile(r"^(minutes of (?:a|the) meeting of (?:the )?.+?)\s+held\b", re.I)
FIELD_LINES = 4  # a cover field's value wraps over at most this many more lines


def _field_value(lines: list[Line], texts: list[str], key: str, value: str) -> str:
    """A cover field's value with the lines it wraps onto: up to the next field or the end of
    a sentence ("Subject: County Council review of ... - Future of" / "Commissioned Services ...")."""
    k = next((i for i, t in enumerate(texts) if t.lower().startswith(key)), None)
    if k is None:
        return value
    for j in range(k + 1, min(k + 1 + FIELD_LINES, len(texts))):
        text = texts[j]
        if _FIELD.match(text) or _ANY_FIELD.match(text) or value.endswith((".", ":")) or lines[j].gap_before > 1 \
                or _SECTION_NUMBER.match(text) \
                or re.fullmatch(r"[-\u2013\u2014=_*~.\s]{3,}", text):  # (a rule drawn under the fields ends them)
            break
        carries_on = text[:1].islower() or text[:1] in "-–" or value.endswith(("-", "–", " of", " and", " the"))
        if lines[j].gap_before and not (lines[j].bold and lines[k].bold or carries_on or not value.strip()):
            break  # a new block that does not carry on the title
        value = f"{value} {text}".strip()
    return value


_BYLINE = re.compile(r"^(?:A\s+|The\s+)?(?:final\s+)?report\s+(?:of|by|from)\s+the\b", re.I)  # "Report of the Park Homes Task Group"


def _not_a_title(text: str, body: str | None) -> bool:
    """A cover field, a date, the committee's or a council's name, a serial, a single word."""
    match = _FIELD.match(text)
    field = match and (":" in text[: match.end("key") + 2] or match.group("key").lower() in ("report to", "date"))
    # (a letterhead's row may print the agenda item beside the council's name: "Vardasay Islands Council | Item: 6")
    named = _ITEM_AFTER.sub("", text)
    # (... and a meeting's line, "Infrastructure and Environment Committee: 10 September 2029.", names who meets, when)
    return bool(field or is_date_line(text.rstrip(".")) or text == body or len(text.split()) < 2 or _SERIAL.match(text)
                or _meeting([text]) is not None
                or re.fullmatch(r"(?:[A-Z][a-z]+ )+(?:City |County |Borough |District )?Council", named.title()))


_ITEM_AFTER = re.compile(r"\s+(?:agenda\s+)?item(?:\s+no\.?)?\s*:?\s*[\w.]+$", re.I)


TITLE_SIZE = 1.4  # the cover's title is printed at least this many times the size of its body text
TITLE_LINES = 6  # and runs over at most this many lines


def _largest(lines: list[Line], texts: list[str], body: str | None) -> str | None:
    """The title as the cover prints it: the first run of adjacent lines of the first page set
    largest on it, and clearly larger than the opening's usual text. None where the sizes are
    unknown (text formats) or nothing stands out."""
    sized_all = [(ln, t) for ln, t in zip(lines, texts) if ln.size > 0 and not ln.table and sum(c.isalpha() for c in t) >= 3]
    sized = [(ln, t) for ln, t in sized_all if ln.page == lines[0].page]
    if not sized or len(sized_all) < 3:
        return None
    sizes = sorted(ln.size for ln, _ in sized_all)
    top, usual = max(ln.size for ln, _ in sized), sizes[len(sizes) // 2]
    if top < TITLE_SIZE * usual:
        return None
    run: list[str] = []
    for ln, text in sized:
        large = ln.size >= 0.9 * top and len(run) < TITLE_LINES
        if large and not run and _not_a_title(text, body):
            continue  # a council's or committee's name set large above the title
        if large and not (run and (ln.gap_before > 1 or _not_a_title(text, body) and len(text.split()) > 1)):
            run.append(text)
        elif run:
            break
    title = " ".join(run)
    return title if len(title.split()) >= 2 and len(title) <= 250 and not _not_a_title(title, body) else None


_SALUTATION = re.compile(r"^Dear\s+\S.{0,60}$")
LETTER_HEAD_LINES = 30  # where a letter's salutation may stand: after its letterhead, references, date and address


def _salutation(texts: list[str]) -> int | None:
    """Where a letter says "Dear ..." among its opening lines; None for a paper that is no letter."""
    return next((i for i, t in enumerate(texts[:LETTER_HEAD_LINES]) if _SALUTATION.match(t.strip())), None)


def _to_scrutiny(texts: list[str], fields: dict[str, str] | None = None) -> bool:
    """A letter addressed to a scrutiny body or its chair: its address block, before "Dear ...", names one ("Councillor
    Gwen Amberlake / Chair, Health Scrutiny Committee"), or a memo's "To:" field does, the memo being "From:" another.
    Such a letter answers the body; a chair's letter that carries the body's recommendations is addressed to those it
    asks."""
    if fields and "from" in fields and _SCRUTINY_BODY.search(fields.get("to", "")):
        return True
    at = _salutation(texts)
    return at is not None and any(_SCRUTINY_BODY.search(t) for t in texts[:at])


# a person, by title: "Councillor Rosalind Breckon, Chair, ..." in a memo's "To:" field is whom it is sent to, no meeting
_PERSON = re.compile(rf"^{_TITLE_OF_PERSON}\s+[A-Z]")


def _subject_line(lines: list[Line], texts: list[str]) -> str | None:
    """A letter's subject line, under its salutation ("Dear Councillor Yelland" / "Wheelchair services: progress on the
    Committee's recommendations"), set apart in bold as letters set it: what the letter is about, where its letterhead
    only says who sends it."""
    k = _salutation(texts)
    if k is None or k + 1 >= len(texts):
        return None
    text, line = texts[k + 1].strip(), lines[k + 1]
    return text if line.bold and 2 <= len(text.split()) <= 20 and not text.endswith((",", ".")) else None


def _title(lines: list[Line], texts: list[str], fields: dict[str, str], body: str | None) -> str | None:
    for key in ("subject", "title", "report title", "report subject"):  # (a Welsh council's cover: "Report Subject")
        if fields.get(key):
            return _field_value(lines, texts, key, fields[key])
    minutes = next((m.group(1) for t in texts[:10] if (m := _MINUTES_OF.match(t))), None)
    subject = _subject_line(lines, texts)
    if subject:
        return subject
    largest = None if minutes else _largest(lines, texts, body)
    if largest:
        return largest
    blocks: list[tuple[str, bool]] = []
    for line, text in zip(lines, texts):
        skip = _not_a_title(text, body)
        if line.gap_before or not blocks or blocks[-1][0] == "" or line.bold != blocks[-1][1]:
            if skip:
                blocks.append(("", False))
                continue
            blocks.append((text, line.bold))
        elif not skip:
            blocks[-1] = (f"{blocks[-1][0]} {text}", blocks[-1][1] and line.bold)
        if len(blocks) > 25:
            break
    minutes = next((m.group(1) for t in texts[:10] if (m := _MINUTES_OF.match(t))), None)
    if minutes:  # "MINUTES of a meeting of the Cabinet held in ... on 30 January 2025"
        first, rest = minutes.split(" ", 1)
        return f"{first.capitalize()} {rest}"
    candidates = [(t, b) for t, b in blocks if t and len(t) <= 250 and not _SECTION_NUMBER.match(t)]
    cover = [t for t, b in candidates[:4] if b and not t.isupper()]  # a short bold title on the cover: "Behaviour Change"
    plain = not any(ln.bold or ln.size for ln in lines)  # a text file: capitals are its only emphasis
    # a text file's cover: the title stands over its byline ("Home on the park: life at Heron's Reach Park" over "Report
    # of the Park Homes Task Group"), under the council's and the committee's names; the byline names the author
    byline = next((k for k, (t, _) in enumerate(candidates[:6]) if _BYLINE.match(t)), None)
    over_byline = candidates[byline - 1][0] if plain and byline else None
    if over_byline is not None and (_not_a_title(over_byline, body) or _COUNCIL.search(_title_case(over_byline))
                                    or _BODY_LINE.match(_title_case(over_byline))):
        over_byline = None
    for test in (lambda t, b: b and len(t.split()) >= 3,
                 lambda t, b: bool(cover) and t == cover[0],
                 # "EVERYONE'S TOWN CENTRE Access to Tollbridge town centre for disabled people": set in capitals
                 # (not a letterhead: a name in capitals over an address, a telephone number, an e-mail address)
                 lambda t, b: plain and t in [c for c, _ in candidates[:4]] and bool(_CAPS_HEAD.match(t)) and not _ANY_FIELD.match(t)
                 and not re.search(r"[\d@]", t),
                 # "GETTING ABOUT: NHS WHEELCHAIR SERVICES IN KELMSCOMBE", alone in capitals under the council's and the
                 # committee's names: its title (not a name, a field or a numbered section)
                 lambda t, b: plain and t in [c for c, _ in candidates[:4]] and t.isupper() and len(t.split()) >= 3
                 and not _BODY_LINE.match(_title_case(t)) and not _not_a_title(t.title(), body)
                 and not _COUNCIL.search(_title_case(t)) and not re.match(r"REPORT\s+(?:OF|BY|TO)\b", t)
                 and not _SECTION_WORDS.search(t)
                 and not re.search(r"[\d@]", t),
                 lambda t, b: t == over_byline,
                 lambda t, b: re.search(r"\b(?:report|response|review|inquiry|minutes|update|strategy|plan)\b", t, re.I)):
        hit = next((t for t, b in candidates if test(t, b)), None)
        if hit and cover and hit == cover[0]:
            return _with_subtitle(hit, blocks, body)
        if hit and (short := _short_title_over(hit, candidates, body)):
            return short  # "Charged up?" over "Public charging for electric vehicles in Tidemoor", both bold
        if hit:
            return hit
    return None


def _short_title_over(hit: str, candidates: list[tuple[str, bool]], body: str | None) -> str | None:
    """A title of a word or two set bold right over the bold line found ("Charged up?" over "Public charging for
    electric vehicles in Tidemoor"): the title and its subtitle, "Charged up? Public charging ..."; None where the line
    over it is a name, a field, a date or in capitals (a council's, a committee's)."""
    k = next((i for i, (t, _) in enumerate(candidates) if t == hit), 0)
    if k == 0:
        return None
    prev, bold = candidates[k - 1]
    if not bold or not 1 <= len(prev.split()) < 3 or prev.isupper() or _COUNCIL.search(_title_case(prev)) \
            or _no_title_part(prev, body):
        return None
    return f"{prev} {hit}" if prev.rstrip().endswith(("?", "!")) else f"{prev.rstrip(' :')}: {hit}"


SHORT_TITLE = 4  # words of a cover's short bold title ("Going up") that a subtitle under it explains


def _with_subtitle(title: str, blocks: list[tuple[str, bool]], body: str | None) -> str:
    """A short bold title with the plain line right under it that says what it is about ("Going up" over "Lifts in the
    Council's high-rise blocks: report of the Housing Scrutiny Commission"): "Going up: Lifts in ...", the title in
    full as a response may cite it (its subject; `link.match.title_forms` still gives the main title alone). Any other
    title as it is: a bold line under it, a sentence, a section's name ("Foreword by the Chair"), a field or a date,
    or a line after one passed over."""
    k = next((i for i, (t, _) in enumerate(blocks) if t == title), -1)
    sub, bold = blocks[k + 1] if 0 <= k < len(blocks) - 1 else ("", False)
    if len(title.split()) > SHORT_TITLE or bold or not 3 <= len(sub.split()) <= 20 or sub.rstrip().endswith((".", "?", "!")) \
            or _no_title_part(sub, body):
        return title
    return f"{title.rstrip(' :')}: {sub}"


def _no_title_part(text: str, body: str | None) -> bool:
    """A cover line that is no part of a title: a section's name, a body's, a field, a date or a figure, an address."""
    return bool(_not_a_title(text, body) or _BODY_LINE.match(_title_case(text)) or _ANY_FIELD.match(text)
                or _SECTION_WORDS.search(text.upper()) or re.search(r"[\d@]", text))


# the name of a report's section, set in capitals as a text file sets its headings ("SUMMARY OF RECOMMENDATIONS"): no title
_SECTION_WORDS = re.compile(r"\b(?:SUMMARY|RECOMMENDATIONS?|INTRODUCTION|CONTENTS|BACKGROUND|PURPOSE|FOREWORD|APPENDIX)\b")
# a title in capitals over its subtitle in lower case, one block: "EVERYONE'S TOWN CENTRE Access to ..." (not a
# section's heading alone, "SUMMARY OF RECOMMENDATIONS", nor a body's name)
# (a title may ask or pause: "A GOOD DEATH AT HOME? End of life care in ...", "SAFE AT HOME: ...")
_CAPS_HEAD = re.compile(r"^(?:[A-Z][A-Z'\u2019&,:?!-]*\s+){1,}[A-Z][A-Z'\u2019&-]+(?<!COUNCIL)(?<!COMMITTEE)[?!:]?\s+[A-Z]?[a-z]")


RE_TITLE_LABEL = re.compile(  # GOV.UK's format label over a title ("Policy paper Government ..."), and its dateline
    r"^(?:Policy paper|Guidance|Independent report|Research and analysis|Corporate report|Consultation outcome)\s+(?=[A-Z]\S*\s+\S)"
    r"|\s(?=(?:[Uu]pdated|[Pp]ublished)\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]+\s+\d{4}$)(?:[Uu]pdated|[Pp]ublished).*$",
)


def _bare_title(title: str | None) -> str | None:
    """'Policy paper Government response to ... Updated 5 November 2025' -> the title alone."""
    return RE_TITLE_LABEL.sub("", title).strip() or title if title else title


# A council's initials: "KCC" (Kent County Council), "LCC", "WBC", "SMBC".
_INITIALS = re.compile(r"\b([A-Z]{1,3}?)(CC|BC|DC|MBC)\b")
_INITIALS_TYPE = {"BC": ("Borough",), "DC": ("District",), "MBC": ("Metropolitan Borough",), "CC": ("County", "City")}
_DOMAIN = re.compile(r"@([a-z-]+)\s*\.gov\.uk\b")  # the address may wrap before ".gov.uk"
# "by County Council", "To: City Council": the paper's own generic style, no place before it
_GENERIC_STYLE = re.compile(r"(?:^|(?<=[^\w\s])|\b[a-z]+)\s*\b(County|City|Borough|District) Council\b", re.M)


def _initials(name: str) -> str:
    """'Kent County Council' -> 'KCC'; 'Stockport Metropolitan Borough Council' -> 'SMBC'."""
    return "".join(w[0] for w in name.replace("-", " ").split() if w[0].isupper())


def _self_named(all_texts: list[str], domains: Counter[str]) -> str | None:
    """The council a document names as its own in short: its initials ("KCC") agree with a
    place it names (the place of its e-mail domain, "@kent.gov.uk"; else, with the initials
    used twice, the place it names most with those initials, at least three times), and the initials with
    the document's own generic style ("To: County Council") give the type. Initials alone,
    a domain alone or a place alone name no council."""
    text = "\n".join(all_texts)
    phrases = Counter(w for w in re.findall(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\b", text)
                      if w.split()[0].lower() not in _NOT_PLACES)
    for (letters, style), n in Counter(_INITIALS.findall(text)).most_common():
        kinds = [k for k in _INITIALS_TYPE[style] if re.search(rf"\b{k} Council\b", text)]
        if len(kinds) != 1:
            continue
        by_domain = [next((w for w in phrases if re.sub(r"[ -]", "", w).lower() == d), d.capitalize())
                     for d, _ in domains.most_common() if "-" not in d]  # "kent" -> "Kent", as the text writes it
        named = [w for w, c in phrases.most_common() if c >= 3 and n >= 2 and not w.endswith(" Council")]
        place = next((w for w in by_domain + named if _initials(w) == letters), None)
        if place:  # "KCC" in a paper "To: County Council" that names Kent: Kent County Council
            return f"{place} {kinds[0]} Council"
    return None


def _by_domain_and_style(all_texts: list[str], domains: Counter[str]) -> str | None:
    """For a paper that names no council: its own e-mail domain (one place, "@kent.gov.uk")
    and its generic style (one type, "if required by County Council") together name it;
    either alone names nothing."""
    text = "\n".join(all_texts)
    places = {d for d in domains if "-" not in d}
    styles = {m.group(1) for m in _GENERIC_STYLE.finditer(text)}
    if len(places) != 1 or len(styles) != 1:
        return None
    (d,) = places
    place = next((w for w in re.findall(r"\b[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}\b", text)
                  if re.sub(r"[ -]", "", w).lower() == d), d.capitalize())
    return f"{place} {styles.pop()} Council"


_CAPS_RUN = re.compile(r"\b[A-Z][A-Z'’&-]+(?:\s+(?:AND|OF|[A-Z][A-Z'’&-]+))+\b")


COVER_LINES = 4  # the opening lines where a name set over two lines is looked for


def _council(all_texts: list[str], rows: frozenset[int] = frozenset()) -> str | None:
    """The council the document names most, preferring one named in its opening lines or
    named as its own in short (`_self_named`); its initials ("KCC") count as naming it.

    A council named neither early nor at least three times is ignored: a national report
    that cites a council twice in its evidence is not that council's document. `rows`: the
    indices of `all_texts` that are rows of a table with more than two cells filled: such a row is
    what the paper is about, not who publishes it ("That the Council explores with Hexley Borough
    Council ..." in a tracker's row), where a cover's table of fields ("Council | Tamsey District
    Council") fills two and a title row spanning the table one."""
    counts: Counter[str] = Counter()
    early: set[str] = set()
    typeless: set[str] = set()
    headed: set[str] = set()
    lines_of: set[tuple[str, int]] = set()  # (name, line) of each naming counted
    # a cover sets its publisher's name in capitals over two or three lines ("BRACKENSHIRE AND TESSBURY" / "COMBINED
    # FIRE AUTHORITY"): they read as one line too, among the opening ones
    cover = all_texts[:COVER_LINES]
    heads = [" ".join(cover[i:i + n]) for n in (2, 3) for i in range(len(cover) - n + 1)
             if all(t.isupper() for t in cover[i:i + n])]
    for at, (k, text) in enumerate([*enumerate(all_texts), *((1, h) for h in heads)]):  # (`at`: which reading)
        if text.isupper():
            text = text.title()  # "KENT COUNTY COUNCIL – RECORD OF DECISION"
        else:  # ... or a run of words in capitals beside others on its line: "HOLLINSGATE BOROUGH COUNCIL  Agenda item 8"
            text = _CAPS_RUN.sub(lambda m: m.group(0).title(), text)
        names: list[str] = []
        for m in _COUNCIL.finditer(text):
            words = (m.group(1) or m.group(3)).split()
            while words and words[0].lower() in _NOT_PLACES:
                if words[0].lower() in _NAME_WORDS:
                    words = []  # "Medical Schools Council", "Arts Council": a national body's name, no council's
                    break
                words = words[1:]
            if not words or words[-1].lower() in _NOT_PLACES:
                continue
            words = ["and" if w == "And" else w for w in words]  # a name in capitals, title-cased
            if m.group(4):  # an authority: its name as printed ("Fire and Rescue", title-cased from capitals or not)
                kind = [re.sub(r"\bAnd\b", "and", m.group(4))]
            else:
                if not m.group(2):
                    # "Wiltshire Council", but not "Nuffield Council on Bioethics" or
                    # "Science and Technology Facilities Council": one word, not "Council of/on/for"
                    if len(words) > 1 or re.match(r"\s+(?:on|of|for)\b", text[m.end():]):
                        continue
                    typeless.add(f"{words[0]} Council")
                kind = [*([m.group(2).strip()] if m.group(2) else []), "Council"]
            names.append(re.sub(r"\s+", " ", " ".join([*words, *kind])))
        # ... and "London Borough of Ferncastle": a council styled by its kind, no "Council" in its name
        names += [f"{m.group('style')} of {m.group('place')}" for m in _STYLED.finditer(text)]
        for name in names:
            if k not in rows or (name, at) not in lines_of:  # a table's row that names it thrice names it once
                counts[name] += 1
                lines_of.add((name, at))
            if k < OPENING and k not in rows:
                early.add(name)
            if k < 3 and re.sub(r"\s+", " ", text.strip(" .")) == name:
                headed.add(name)  # the council's name alone atop the cover: its publisher
    named_any = bool(counts)
    domains = Counter(_DOMAIN.findall("\n".join(all_texts).lower()))
    own = _self_named(all_texts, domains)
    if own:
        counts[own] += 1
        early.add(own)
    for name in list(counts):
        if name not in typeless:
            short = _initials(name)
            counts[name] += sum(len(re.findall(rf"\b{short}\b", t)) for t in all_texts) if len(short) >= 3 else 0
    for name in list(counts):
        if (name in typeless and counts[name] < 2 and name not in headed) or (name not in early and counts[name] < 3):
            del counts[name]
    if not counts:  # a paper naming no council at all may still say whose it is
        return None if named_any or own else _by_domain_and_style(all_texts, domains)
    # named on the cover or in the opening beats named often in the body
    # and a full style ("Kent County Council") beats a bare one ("Medway Council") named as a partner
    # and the council's name alone atop the cover is its publisher, however often the paper names another
    return max(counts, key=lambda c: (c in headed, c in early, c not in typeless,
                                      counts[c] + 2 * domains.get(c.split()[0].lower(), 0)))


# a title that names the paper as someone's response: "Every Day Counts: response of Northfold Learning Trust",
# "Safer Roads review: joint response of the Commissioner and the Chief Constable" (in a title only: a report's
# sentence may speak of "the response of the Council to the consultation")
_TITLE_RESPONSE = re.compile(r"\bresponse\s+(?:of|from|by)\s+(?:the\s+|our\s+)?\w", re.I)

# "... agrees a response to its six recommendations": a paper asking for a response is not one
# ... nor is one that asks its meeting to note or consider another's ("(3) note the Commissioner's response to the
# recommendations the Panel made last year"), or that says what response another must give
_ASKS_FOR = re.compile(r"(?i:\b(?:agrees?|approves?|provides?|makes?|prepares?|drafts?|considers?|publish(?:es)?|"
                       r"(?:is|are) asked to \w+)\s+(?:a|an|its|their)\s+$)|"
                       # "The Commissioner must give the Panel a response to its report": a duty to respond, described
                       # ... by whatever verb, after an adverb: "The Scottish Ministers must then lay a response to the report"
                       r"\b(?i:(?:must|should|shall|is\s+required\s+to|has\s+to)\s+(?:then\s+|also\s+|\w+ly\s+)?[a-z]+\s+"
                       r"(?:(?:the|its|their)\s+(?:[\w-]+\s+){0,3})?(?:a|an|its|their)\s+)$|"
                       r"\b(?i:(?:to\s+)?(?:notes?|considers?|receives?|scrutinises?))\s+the\s+(?:[A-Z][\w-]*\s+){0,5}"
                       r"[A-Z][\w-]*[’']s\s+$")


# the writer reports what it was asked ("The councillors asked us to contact everyone ...", "The Panel suggested that we
# ...", "You asked whether we could ..."): a paper that does so more than once answers those asks in turn
_ASKED_OF_US = re.compile(r"\b(?:asked|suggested|recommended|proposed|urged|wanted)\s+(?:us\b|that\s+we\b|whether\s+we\b"
                          r"|if\s+we\b)", re.I)
REPORTED_ASKS = 2


_CONTENTS_ENTRY = re.compile(r"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+|Annex\b|Appendix\b|Chapter\s+\d+\s+)?[A-Z][^.!?:;]{2,90}?"
                             r"(?:\s*\.{2,}\s*|\s+)\d{1,3}$")


def _contents(texts: list[str]) -> dict[int, str]:
    """The lines of a contents page among `texts`, by index: two or more in a row, each a section's title and the page it
    starts on ("6. Progress on previous recommendations 7")."""
    hits = [bool(_CONTENTS_ENTRY.match(t)) for t in texts]
    return {k: t for k, t in enumerate(texts)
            if hits[k] and (k > 0 and hits[k - 1] or k + 1 < len(texts) and hits[k + 1])}


def _responds(text: str) -> bool:
    """Whether `text` says it is a response (not that one is asked for)."""
    return any(not _ASKS_FOR.search(text[:m.start()]) for m in _RESPONSE.finditer(text))


# "1.1 To present the report of the Council's Independent Remuneration Panel": a paper that presents, or asks its meeting
# to consider, another body's report is the covering paper, not that report
_PRESENTS = re.compile(r"\b(?:present|presents|presenting|consider|considers|receive|receives|introduce|introduces|"
                       r"submit|submits|note|notes)\s+(?:the\s+|a\s+)?$", re.I)


def _own_review(text: str) -> bool:
    """`text` names the paper as a scrutiny body's report (`_SCRUTINY`), not as one the paper presents."""
    m = _SCRUTINY.search(text)
    return m is not None and not _PRESENTS.search(text[:m.start()])


def _kind(texts: list[str], blocks: list[str], fields: dict[str, str], title: str | None, source: str,
          body: str | None = None) -> str:
    head = texts[:OPENING]
    if any(re.match(r"^minutes\b", t, re.I) for t in head[:15]) or re.search(r"\bminutes\b", source, re.I):
        return "minutes"
    title = title or ""
    # the title says what the paper is before its opening lines do, which may mention the other kind
    if _responds(title) or _TITLE_RESPONSE.search(title) or re.match(r"^re\s*:", fields.get("subject", ""), re.I):
        return "response"  # ... and an e-mail whose subject is "RE: ..." is a reply
    if _LATER_PAPER.search(title) and (_SCRUTINY.search(title) or _REVIEWED.search(title)
                                       or any(_own_review(t) for t in head[:3])):
        # "Bike hangars scrutiny review: progress update": what comes after the review, not the review (a title that names
        # no review, "Safer evenings: progress updates", over a first line that says whose review they follow)
        return "response"
    if _SCRUTINY.search(title) and _salutation(texts) is None:  # "Dear ...": a letter, no report  # (a letter's subject line may cite the report it answers)
        return "scrutiny_report"
    listed = _contents(head[:25])
    if any(_responds(t) for k, t in enumerate(head[:25]) if k not in listed) \
            or any(_responds(b) for b in blocks[:10] if not any(t in b for t in listed.values())):
        return "response"  # (a contents page's "6. Progress on previous recommendations 7" names a section, not the paper)
    if any(_own_review(t) for t in head[:15]):
        # (a letter to the committee whose subject line names its report, "Dear Councillor ..." over "After hours: the
        # Task Group's report", answers it)
        return "response" if _to_scrutiny(texts, fields) else "scrutiny_report"
    if _to_scrutiny(texts, fields) and _REVIEWED.search(fields.get("re", "") or fields.get("subject", "")):
        return "response"  # a memo to a scrutiny body "Re: ... the Committee's review of ...": its answer, from another
    # (a memo's "From:" beside its "To:" is an officer's paper; a published page's "From:" alone names its publisher, as
    # GOV.UK prints "From: Child Safeguarding Practice Review Panel" over a national review)
    if any(_OFFICER.match(t) for t in head) or "subject" in fields or "from" in fields and "to" in fields:
        return "officer_report"
    own_report = _BY_ITSELF.match(fields["report of"]) if "report of" in fields else any(_REVIEW.search(t) for t in head[:15])
    if (body and _SCRUTINY_BODY.search(body) and _BODY_LINE.match(body) and "," not in body and not fields.get("report to")
            and own_report and _salutation(texts) is None):
        # a paper whose cover names a scrutiny body as its own ("Report of the Committee"): its report (a letter "For the
        # ... Scrutiny Panel" that names the Panel's review, "Dear Ellen," over it, is written to the Panel)
        return "scrutiny_report"
    # ... or names the officer who reports ("Reporting Officer | Director of Leisure", a Northern Ireland council's cover)
    if any(key in fields for key in ("report of", "report by", "report from", "presented by", "reporting officer",
                                     "report author", *DECIDERS)) \
            or "author" in fields and any(key.endswith("meeting") or key == "report to" for key in fields) \
            or "report title" in fields and any(key in fields for key in ("meeting name", "name of meeting")):
        return "officer_report"  # a paper from officers, or one that names who takes its decision (an issue's record),
        # or one by its author to a meeting ("Meeting: Board of Directors", "Author: ..., BID Manager")
    if sum(bool(_ASKED_OF_US.search(b)) for b in blocks) >= REPORTED_ASKS:
        return "response"  # a newsletter, a page, that tells its readers what it was asked and what it did
    return "other"


def _publishing_council(site: str | None, named: str | None) -> str | None:
    """The council that publishes a page (its site's name) over the one its text names most, unless both are one
    place's: a site brands itself "Calderbrook Council" where its papers print "Calderbrook Metropolitan Borough
    Council" in full."""
    if site is None or named is None:
        return site or named
    place = site.removesuffix(" Council").split()
    return named if named.split()[: len(place)] == place else site


def _filled_cells(row: str) -> int:
    """How many cells of a table's row hold something (a title row spanning the table holds one)."""
    return sum(1 for cell in row.split("\t") if cell.strip())


# a body of members that reviews and recommends, named as a paper's author: "Report of | Floral Displays Working Group",
# "Report of: Overview and Scrutiny Committee (Chair: ...)"; not a person's post ("Chair of the ... Committee", "Clerk to the
# Board", "Scrutiny Officer, ...")
_REVIEW_BODY = re.compile(
    r"^(?!(?:Vice[- ])?Chair(?:man|person)?\b)(?:The\s+)?(?:[A-Z][\w'’-]*,?\s+(?:(?:and|&|of|for|the|on|in)\s+)*){0,8}"
    r"(?:(?:Working|Task(?:\s+(?:and|&)\s+Finish)?|Review|Member|Scrutiny)\s+(?:Group|Panel)"
    r"|Scrutiny\s+(?:Committee|Board|Panel|Commission|Sub-Committee)|Select\s+Committee|Review\s+Panel)$")


def _author_body(fields: dict[str, str]) -> tuple[str, str | None] | None:
    """The body of members a paper names as its author, and the date it says that body agreed it ("Report of | Floral
    Displays Working Group (agreed by the Working Group on 21 August 2025)"): a review's report, whoever its cover
    says it goes to ("Report to | Full Council"); None where the author is an officer or no review body."""
    for key in ("report of", "report by", "report from"):
        value = fields.get(key, "").strip()
        if not value:
            continue
        name = _title_case(re.split(r"\s*[(,;]", value, maxsplit=1)[0].strip(" .:"))
        if _REVIEW_BODY.match(name):
            agreed = re.search(r"\b(?:agreed|approved|adopted)\b[^()]*", value, re.I)
            return re.sub(r"^The\s+", "", name), find_date(agreed.group(0)) if agreed else None
    return None


def read_meta(lines: list[Line], source: str = "", publisher: str | None = None) -> DocumentMeta:
    """What the document says about itself; None where it does not say. `publisher`: who publishes it, as its
    container says apart from its text (a web page's site name): where that names a council, it is the council."""
    kept = [(ln, _plain(ln.text)) for ln in lines if ln.text.strip()]
    opening = kept[:OPENING]
    texts = [t for _, t in opening]
    # a table row's first cell is a field's name as surely as a colon is: "Title<TAB>Report of ..."
    fields = _fields([_plain(ln.text.replace("\t", ": ", 1)) if ln.table else t for ln, t in opening])
    blocks: list[str] = []
    size = 0.0
    for ln, text in opening:
        # (a line set in another type size is another block: "SANDMERE DISTRICT COUNCIL" in 15 pt over "Coastal and
        # Leisure Committee" in 12 pt, no gap between, are the council and its committee, not one name)
        if ln.gap_before or not blocks or (ln.size and size and abs(ln.size - size) >= 1):
            blocks.append(text)
        else:
            blocks[-1] = f"{blocks[-1]} {text}"
        size = ln.size
    body = _body(texts, blocks, fields)
    title = _bare_title(_title([ln for ln, _ in opening], texts, fields, body))
    meta = DocumentMeta(
        council=_publishing_council(_council([publisher]) if publisher else None, _council(
            # a name never runs from one cell of a table into the next ("Organisation | Tamsey District Council")
            [_plain(ln.text.replace("\t", " ; ")) if ln.table else t for ln, t in kept],
            frozenset(k for k, (ln, _) in enumerate(kept) if ln.table and _filled_cells(ln.text) > 2))),
        body=body,
        title=title,
        date=_date(texts, blocks, [ln.gap_before > 0 for ln, _ in opening], fields, [t for _, t in kept[-5:]]),
        kind=_kind(texts, blocks, fields, title, source, body),  # type: ignore[arg-type]
    )
    if (author := _author_body(fields)) and meta.kind in ("officer_report", "other"):
        # a review body's report to the meeting that decides on it: its author's, dated when that body agreed it
        meta.body, meta.kind = author[0], "scrutiny_report"
        meta.date = author[1] or meta.date
    log.debug("%s: %s", source, meta)
    return meta


def headed(meta: DocumentMeta, head: list[str]) -> DocumentMeta:
    """`meta`, with the body and date that a running head prints (a district's template puts "Community and Wellbeing
    Committee" and "19 March 2029" atop every page, and nowhere else) where the opening lines gave none. (Not the
    council: a bilingual head prints its name twice, in each language, run together.)"""
    if not head or (meta.body and meta.date):
        return meta
    # (its parts set left and right, "Community and Wellbeing Committee <TAB> 19 March 2029", each a line of its own)
    printed = read_meta([Line(cell.strip(), gap_before=1) for text in head for cell in text.split("\t") if cell.strip()])
    return replace(meta, body=meta.body or printed.body, date=meta.date or printed.date)
