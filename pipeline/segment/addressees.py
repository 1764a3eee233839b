"""Who a recommendation is addressed to: the body asked to act, read from its own wording.

A recommendation names the body it asks to act in a few grammatical positions, whatever the
report: the object of an asking verb ("We recommend that *the Government* publishes ...",
"We urge *Ofsted* to ..."), the subject of a modal ("*Police forces* should ...", "If ...,
*the Government* should ..."), the subject of "It is essential that *the Treasury* ...", of a
council's "That *the Cabinet Member for Housing* reviews ..." or of a lead-in ("*The
Committee* is asked to: ..."). Several bodies named together are several addressees ("*NHS
England and the Care Quality Commission* should jointly ..."). Only when the wording names no
one does the report's default apply: the body it says its recommendations are addressed to,
else the council's executive for a council scrutiny report, the Government for a national
one, and for a decision sought the body the report goes to. Never the report's author.

The words (asking verbs, modals, lower-case bodies such as "police forces", the defaults)
are in `models/lexicon/segment.v1.json`; this module holds the grammar.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import cache

from pipeline.dates import find_date, is_month
from pipeline.lexicon import LOCAL_COUNCIL_KINDS, Patterns, alternation, english_words
from pipeline.lexicon import load as load_lexicon
from pipeline.records import Paragraph
from pipeline.segment.grammar import strip_markup

# A proper name of a body: capitalised words, joined by of/for/and/the/&... ("Secretary of State
# for Health and Social Care", "Royal College of Obstetricians and Gynaecologists", "HM Treasury").
# "and" joins the words of one name ("Safer and Stronger Communities Board") but not two names
# ("NHS England and the Care Quality Commission", "... and HM Treasury").
_CONNECT = r"(?:with\s+responsibility\s+for|(?:of|for|on|with|in|to)(?:\s+the)?|and(?!\s+(?:the\b|[A-Z]{2,}\b))|&)"
# on one line: a heading above is not part of a name; a number inside one, before its next capital word: "Section 151 Officer"
NAME = (rf"[A-Z][\w&'’\-]*(?:[^\S\n]+(?:(?:{_CONNECT}[^\S\n]+)?[A-Z][\w&'’\-]*"
        rf"|\d{{1,4}}(?=[^\S\n]+[A-Z])))*(?:[^\S\n]+plc\b)?")  # (straight after a capital word: not "the Executive on 3 June", a date)
# (... and a company's "plc", in lower case as its name prints it: "Faxdale Railway plc")
_QUANT = r"(?:(?i:all|every|each|any|the)\s+)?"
# a department whose name lists its subjects: "Department for Science, Innovation and Technology", "Department for
# Environment, Food and Rural Affairs" (a list of one-word subjects, the last after "and"; not "and the ...")
_WORD_NAME = r"[A-Z][\w&'’\-]*"
# a capital word after "the" that names no body, an office nor a post: a subject ("the Environment"), not "the Cabinet"
_NO_BODY_NEXT = r"(?!(?:{body_nouns}|{generic_bodies}|{office_heads}|Leader|Mayor|Chair|Chief|Head|Government|Treasury|Police)\b)"
# ... and an office so named: "Cabinet Member for Children, Education and Families", "Head of Libraries, Heritage and
# Arts" (the words of its title before it)
_LISTED_NAME = (rf"(?:(?:(?:(?!(?:The|This|That)\b){_WORD_NAME}\s+){{0,2}}(?:{{office_heads}})\s+(?:for|of)"
                rf"|(?:{{generic_bodies}})\s+(?:of|for))\s+{_WORD_NAME}(?:\s*,\s*{_WORD_NAME})+,?\s+and\s+"
                rf"(?!the\b|[A-Z]{{2,}}\b){_WORD_NAME}(?:\s+{_WORD_NAME})?(?=\s+[a-z(]|[.,;:]|$)"
                # ... or whose portfolio's last subject takes an article: "Cabinet Member for Climate Change and the
                # Environment" (not "... for Housing and the Director of Place": a body, or an office, is another addressee)
                rf"|(?:(?!(?:The|This|That)\b){_WORD_NAME}\s+){{0,2}}(?:{{office_heads}})\s+for\s+{_WORD_NAME}(?:\s+{_WORD_NAME}){{0,2}}"
                rf"(?:\s*,\s*{_WORD_NAME}(?:\s+{_WORD_NAME})?)*,?\s+and\s+the\s+{_NO_BODY_NEXT}{_WORD_NAME}(?=\s+[a-z(]|[.,;:]|$)"
                # ... or a committee or an office named for its subjects before its noun: "Housing, Planning and Climate
                # Policy Committee", "(Office of the) Police, Fire and Crime Commissioner"
                rf"|(?:{_WORD_NAME}\s+of\s+the\s+)?(?!(?:The|This|That)\b){_WORD_NAME}(?:\s*,\s*{_WORD_NAME})+,?\s+and\s+(?!the\b){_WORD_NAME}"
                rf"(?:\s+{_WORD_NAME}){{0,3}}?\s+(?:{{body_nouns}}|{{office_heads}})\b)")
# one lower-case word of a body's name, not a word of the sentence around it
_LOWER = r"(?!(?:with|in|on|at|to|for|from|by|and|or|that|which|who|should|must|shall|will|would|could|can|may|is|are|be)\b)[a-z]{3,}(?:[’']s)?"
_MODIFIER = rf"(?!(?:and|or|of|the|that|this|these|those|all|every|each|any|other|such|also|should|must|will|following)\b){_LOWER}"
_LIST_SEP = r"(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
# a sentence's capital on a lower-case body's first modifier: "Distribution network operators should", "Local planning
# authorities should", only as the subject of a modal; not a body's own word and its verb ("That Cabinet ask schools",
# "That the Council uses council tax"), nor a name and its subjunctive ("We recommend that Government provide councils")
_CAPITAL_MODIFIER = (rf"(?!(?:{{body_nouns}}|{{generic_bodies}})\b)[A-Z][a-z]+\s+(?!(?:{{decision_verbs}}|{{asking_verbs}})\b)"
                     rf"(?![a-z]*[^s\W]s\b){_MODIFIER}\s+")
# a body named by its kind's noun after "the" or after a proper name of two words or more ("the service should", "the
# County Council's Adult Social Care service"), or after "the" and a name ("the Ravensgill region"); not after one capital
# with no article, a sentence's ("Customer service should improve")
_KIND_NOUN = (rf"(?:(?i:the)\s+|[A-Z][\w&'’\-]*(?:[^\S\n]+(?:{_CONNECT}[^\S\n]+)?[A-Z][\w&'’\-]*)+\s+)"
              r"(?i:{kind_nouns})\b")
_NAMED_KIND = r"(?i:the)\s+(?:[A-Z][\w&'’\-]*\s+){1,3}(?i:{kind_nouns})\b"
# who asks: we, the committee, or any author named ("HSSIB recommends that the Care Quality Commission assesses ...", "The
# Ombudsman recommends that ...", "Ofsted recommends that ...")
_ASKING = (r"\b(?:we|i|the\s+(?:[A-Z]\w+\s+){0,3}(?:committee|panel|inquiry|board|group|commission|review)"
           r"|(?-i:[A-Z]{2,}s?|[A-Z][a-z]+(?:\s+(?:of\s+|for\s+|and\s+)?[A-Z][a-z]+){0,4}))\s+"
           r"(?:also\s+|therefore\s+|strongly\s+|further\s+)?(?:{asking_verbs})\s+")
RX = Patterns(
    "segment",
    office_head=(r"(?:{office_heads})", 0),  # "Director", "Head": the head word of an office held by a person
    # "the" and one capital word that names no body: a portfolio's subject, "... and the Environment"
    subject_after=(rf"the\s+{_NO_BODY_NEXT}[A-Z][a-z]+", 0),
    # one body: a proper name, or a body named in lower case ("police forces", "the regulator")
    # a lower-case body may carry one modifier and an "of" phrase in lower case: "registered providers of
    # social housing", "private landlords"
    body=(rf"(?:{_NAMED_KIND}|{_QUANT}(?:{_LISTED_NAME}|{_CAPITAL_MODIFIER}(?i:{{common_bodies}})\b(?=(?:\s+(?:in|within|across|throughout)\s+[^,.;]{{1,60}}?)?\s+(?:{{modals}})\b)|{_KIND_NOUN}|(?:{NAME}\s+|(?:{_MODIFIER}\s+(?:and\s+{_MODIFIER}\s+)?){{1,2}})?(?i:{{common_bodies}})\b"
          rf"(?:\s+(?:of|in|for)\s+(?:the\s+)?{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?"
          rf"|\s+of\s+{_LOWER}(?:\s+{_LOWER})?)?|{NAME}))", 0),
    common=(r"(?:the\s+)?(?i:{common_bodies})\b", 0),
    receiving=(r"(?:{receiving_verbs})\b", re.I),  # "should receive ...": its subject benefits (v28)
    common_name=(r"(?i:{common_bodies})", 0),  # fullmatch: the whole name is a lower-case body
    asking=(_ASKING + r"(?:that\s+)?", re.I),
    # a lead-in whose clause its list items complete: "The Panel recommends that:"
    asks_that=(_ASKING + r"that\s*[:\u2013\u2014-]?\s*$", re.I),
    essential=(r"\bit\s+is\s+(?:{essential})\s+that\s+", re.I),
    # "The Management Board recommends that Cabinet:": the body the lead-in's clause names, which its items complete
    asks_that_body=(r"\b(?:{asking_verbs})\s+that\s+(?P<rest>.+?)\s*[:\u2013\u2014-]\s*$", re.I),
    # "Cabinet ... RECOMMENDS Council to:", "asks the Board to": the body asked is the verb's object, before "to"
    asks_object=(r"\b(?:{asking_verbs})\s+(?=(?:the\s+)?[A-Z])", re.I),
    # "... the peer team's key recommendations to Wendleby Borough Council:": a lead-in that names whom its list is for
    recommendations_to=(r"\brecommendations?\s+(?:to|for)\s+(?=(?:the\s+)?[A-Z])", re.I),
    # "..., and NHS England, should take steps": a list's closing comma before the modal too
    modal=(r"(?:\s+\w+ing\b[^,.;]{0,60}?|\s+(?:[a-z]\w+ed\s+(?:on|by|to|in|at|with|from|under|for)|in|within|around|across|near|along|throughout|bordering)\b(?:(?!\b(?:that|which|who)\b)[^,.;]){0,60}?)?\s*(?:,[^,]{1,100},\s*|,\s*(?=(?:{modals})\b))?(?:jointly\s+|also\s+|now\s+)?(?:{modals})(?:\s*[:,]|\s+|$)"
           r"(?P<passive>be\s+(?!able\b)\w+)?", re.I),
    that=(r"^[Tt]hat\s+", 0),
    that_clause=(r"^[Tt]hat\s+[^,]{0,40},\s*", 0),  # "That, once confirmed, the ...": the body after the clause
    to_recommend_to=(r"^To\s+recommend\s+to\s+", 0),
    to_recommend_that=(r"^To\s+recommend\s+that\s+", 0),
    to_ask=(r"^To\s+(?:ask|request|invite|urge)\s+", 0),
    from_whom=(r"^To\s+(?:request|seek|receive)\b.*?\bfrom\s+", 0),
    asked=(r"\s*(?:is|are|will be)\s+(?:also\s+|further\s+)?(?:{asked_verbs})\s+to\b", 0),
    # "Cabinet is also asked to recommend that Council: ...": the meeting asked to recommend decides now
    asked_to_recommend=(r"^(?:The\s+)?(?P<who>[A-Z][\w&'’\- ]{2,60}?)\s+(?:is|are)\s+(?:also\s+|further\s+)?"
                        r"(?i:{asked_verbs})\s+to\s+recommend\b", 0),
    # not "Recommendation 5 is for the ICB": one recommendation's addressee, which it names itself
    # ... or in the sentence after the one that names them: "The Commission makes ten recommendations. They are made to
    # the Mayor and Cabinet unless another body is named"
    # ... after a clause that says it is a default: "We make 11 recommendations. Unless we say otherwise, they are for ..."
    # ... or for most of them: "I make ten recommendations. Most are for the Scottish Government; others are for ..."
    stated_default=(r"\b(?:recommendations\b|recommendation\b(?!\s+R?\d))"
                    r"(?:[^.]{0,60}?|[^.]{0,80}?\.\s+(?:(?:unless|except\s+where)\b[^.,]{0,40},\s+)?"
                    r"(?:they|these|most(?:\s+of\s+them)?|(?:almost\s+|nearly\s+)?all(?:\s+of\s+them)?)\s+)"
                    r"\b(?:{report_default})\s+(?:the\s+)?(?P<who>(?-i:" + NAME + "))", re.I),
    # "The Committee asks the Cabinet to respond to recommendations R1 to R6"
    # ... or in the passive: "The report will be sent to the Cabinet, which is asked to respond within two months", "The
    # Executive is requested to respond to these recommendations"
    respond_default=(r"\b(?:{respond_asks})\s+(?:the\s+)?(?P<who>(?-i:" + NAME + r"))\s+to\s+respond\b"
                     r"|(?:\bthe\s+|^)(?P<asked>(?-i:" + NAME + r"))(?:,?\s+(?:which|who))?\s+(?:is|are|will\s+be)\s+"
                     r"(?:{asked_verbs})\s+to\s+respond\b", re.I),
    any_body=(rf"(?:the\s+)?(?P<who>{NAME}\s+(?:{{body_nouns}}))\b", 0),
    # "Department of Health and Social Care", "Department for Environment, Food and Rural Affairs"
    full_name=(rf"\b(?:{{generic_bodies}})\s+(?:of|for)\s+{NAME}(?:\s*,\s*{NAME})*(?:,?\s+and\s+{NAME})?", 0),
    body_end=(r"\s(?:{body_nouns})$", 0),  # a name of two words or more that ends in a body's noun
    sent_to=(r"^(?:{sent_to})\s*:?\s*$", re.I),  # "THIS REPORT IS BEING SENT TO:" over the bodies bound to answer
    # a passive whose agent is printed: "Guidance should be published by Ofsted", "... should be carried out jointly by"
    # (a few words between the participle and its "by", no clause: not "... a sum which is recommended by the Panel")
    passive_agent=(r"\b(?i:{modals})\s+(?:also\s+|now\s+|then\s+)?be\s+[a-z]+(?:ed|en|wn|de|t)\b"
                   r"(?:\s+(?!(?:which|that|who|whom|whose)\b)[\w’'-]+){0,6}?\s+(?:jointly\s+)?by\s+(?=(?:the\s+)?[A-Z])", 0),
)
_ARTICLE = re.compile(r"^(?:the|a|an|this|that|all|every|each|any)\s+", re.I)
# the council a paper defines "the Council" as: "We reviewed whether Glanaber County Borough Council (the Council) has
# ...". A council's own papers never say which council they mean; an auditor's, an inspector's or a peer team's
# report about one does, and "The Council should ..." asks that council, by its name. (Other short names a report
# defines, "(the Trust)", "(the ICB)", are kept as printed: the name its recommendations use)
_DEFINED = re.compile(r"(?P<full>[A-Z][\w’'&-]*(?:[^\S\n]+(?:(?:of|for|and|the|on|in)[^\S\n]+)*[A-Z][\w’'&-]*){0,8})"
                      r"[^\S\n]+\((?:the[^\S\n]+)?[‘'\"“]?(?:the[^\S\n]+)?(?P<short>Council)[’'\"”]?\)")
# "That <X> be confirmed": X is acted on, not asked to act (the meeting acts); not "be authorised to", "be asked to
# approve", whose infinitive X is to carry out (but a decision sought that authorises or instructs X is the meeting's:
# `_EMPOWERED`; one that asks or requests X still asks X)
# ... and "That <X>, <what it is>, is held twice a year": a passive in the present tense after a phrase set off by commas
_PATIENT = re.compile(r"[^\s,;:]*(?:\s+(?!(?:be|is|are|should|must|will|shall|to|and|or)\b)[a-z][a-z-]+){0,2}?"  # "Healthy Start vitamins are"
                      r"(?:\s+be|(?:,[^,;:.]{1,150},)?\s+(?:be|is|are))\s+[a-z]+(?:ed|en|wn|de|t|ld|id|ne|un)\b"
                      r"(?![^.;]{0,80}?\bto\s+(?!(?:the|a|an|every|each|all|any|its|their|his|her|our|those|these|this|that|some|both|"
                      r"other|more|most|many)\b)[a-z])")  # "offered free to every pregnant woman": no infinitive
_ITEM = r"^(?:\(?\w{1,4}[.)]\s+)?"  # an item's own number or letter, where it opens with one: "(c) ", "2. "
# a decision sought that empowers or instructs someone: "That the Chief Officer, after consulting the Chair, be authorised
# to ...", "That the Head of Legal Services be instructed to ..."
_EMPOWERED = re.compile(_ITEM + r"That\s+(?!the\s+(?:report|recommendations?)\b)[^;:]{1,160}?\s+be\s+"
                        r"(?:authorised|authorized|instructed|directed|empowered)\s+to\s+[a-z]", re.I)
# a decision that the meeting takes a view ("agrees that the museum should close for four weeks", "notes that the
# Trust will report"): the meeting agrees or notes; the body in the clause it agrees to is not asked by it
_TAKES_VIEW = re.compile(_ITEM + r"(?:to\s+)?(?:agrees?|notes?|accepts?|confirms?|endorses?|recognises?|"
                         r"acknowledges?)\s+that\b", re.I)
# a lead-in that asks its meeting to take a view, which its items complete: "The Committee is asked to note and agree:"
_VIEW_LEAD = re.compile(r"\b(?:agree|agrees|note|notes|confirm|confirms|endorse|endorses)\s*[:\u2013\u2014-]?\s*$", re.I)
_THAT = re.compile(_ITEM + r"that\s", re.I)
_MEMBERS_OF = re.compile(r"^members\s+of\s+(?P<body>\S.*)$", re.I)
_SENTENCE = re.compile(r"(?<=[.;:])\s+(?=[A-Z])")
_PARTICIPLE_TAIL = re.compile(r"\s+[a-z]\w*ing\b.*$")  # "NHS trusts providing maternity services"
_LIST = re.compile(_LIST_SEP)
_PROPER = re.compile(rf"(?:the\s+)?{NAME}")
# the part of an organisation an office heads, in brackets after it: "the Executive Director (Place)", "Director
# (Adults and Health)"; not an acronym, "(ICB)", nor a definition, "(the Board)"
_OFFICE_PART = re.compile(r"[^\S\n]*\((?!the\b|The\b)[A-Z][a-z][\w'’-]*(?:[^\S\n]+(?:and|&|[A-Z][\w'’-]*)){0,4}\)")


def _is_office(name: str) -> bool:
    """The name is an office held by a person ("Executive Director", "Head of Planning"): its head word is one of the
    segment lexicon's `office_heads`."""
    words = re.sub(r"\s+(?:of|for)\s.*$", "", _ARTICLE.sub("", name)).split()
    return bool(words) and RX.office_head.fullmatch(words[-1]) is not None
_NEXT_NAME = re.compile(r"(?:the\s+[A-Z]|[A-Z]{2,}\b)")  # "and the Care Quality Commission", "and HM Treasury"
# the capacity in which a body is asked, after its name: "the County Council as lead local flood authority" (no part of it)
_CAPACITY = re.compile(r"\s+as\s+(?:the\s+|a\s+|an\s+)?[a-z][\w-]*(?:\s+[a-z][\w-]*){0,4}?(?=\s*,|\s+and\s|\s+(?:should|must|will|shall)\b)"
                       # ... or set off by commas: "asks Thistleby County Council, as the highway authority and the
                       # street works permit authority, to:"
                       r"|,\s+as\s+(?:the|a|an)\s+[a-z][^,;:]{0,100},(?=\s+to\b)")


@cache
def _body_words() -> frozenset[str]:
    """The nouns a body's name ends on, capitalised ("Board", "Department"): `body_nouns` and `generic_bodies`."""
    lexicon = load_lexicon("segment")
    return frozenset(lexicon.words("body_nouns")) | frozenset(lexicon.words("generic_bodies"))


def _known_body(name: str) -> bool:
    """A name that reads as a body's: a lower-case body the lexicon knows ("local authorities"), a name of two words or
    more or one that ends in a body's noun ("Licensing Committee", "the Department"), a proper name ("Ofsted"); not an
    English plural that takes the sentence's capital ("Survivors", "Victims": people, not a body)."""
    words = _ARTICLE.sub("", name).split()
    if RX.common_name.search(name) or len(words) != 1:
        return True
    word = words[0]
    if word in _body_words() or word.isupper():
        return True
    lower = word.lower()
    singular = lower[:-3] + "y" if lower.endswith("ies") else lower[:-1] if lower.endswith("s") else None
    return not (singular and singular in english_words())


def _lower_body(text: str, pos: int) -> bool:
    """A body named in lower case with its modifiers starts at `pos`: "the internal drainage boards"."""
    m = RX.body.match(text, pos)
    return m is not None and m.group(0)[:1].islower() and bool(RX.common.search(m.group(0)))


def _bodies_at(text: str, start: int) -> tuple[list[str], int] | None:
    """The bodies named from `start` on ("NHS England and the Care Quality Commission"), and
    where the list ends; None when no body is named there. A capital that may be the sentence's ("Integration joint
    boards and councils should:") is read both ways, and the longer list wins, spelt as printed."""
    got = _bodies_from(text, start)
    if start < len(text) and text[start].isupper() and text[start + 1: start + 2].islower() \
            and (got is None or _common_word(got[0][0])):
        lower = _bodies_from(text[:start] + text[start].lower() + text[start + 1:], start)
        if lower is not None and (got is None or lower[1] > got[1]):
            return [text[start] + lower[0][0][1:], *lower[0][1:]], lower[1]
    return got


def _common_word(name: str) -> bool:
    """One English word that names no body of its own ("Integration", not "Government", "Ofsted"): the first word of a
    longer name that took the sentence's capital."""
    words = _ARTICLE.sub("", name).split()
    return len(words) == 1 and words[0] not in _body_words() and not RX.common_name.search(words[0]) \
        and words[0].lower() in english_words()


def _bodies_from(text: str, start: int) -> tuple[list[str], int] | None:
    """`_bodies_at` as the text is cased."""
    pos, found, listed = start, [], False  # `listed`: the names so far are a list set off by commas ("A, B and C")
    while True:
        m = RX.body.match(text, pos)
        if not m or not m.group(0).strip():
            break
        proper = _PROPER.match(text, pos)
        if proper and proper.end() > m.end():
            m = proper  # "the Schools Forum": a proper name longer than the lower-case body it opens with ("Schools")
        name = m.group(0)
        words = _ARTICLE.sub("", name).split()
        lexicon = load_lexicon("segment")
        opener = words[0].lower() in lexicon.words("not_bodies") and (len(words) == 1 or not _ARTICLE.match(name))
        if opener or words[-1].lower() in lexicon.words("not_body_ends") and not _is_office(name):
            # "However", "This", "Data should be shared": a sentence's opening word; but after an article it opens a
            # name ("The Data Communications Company should"); "the ... Plan": a document, not a body, but the office
            # that heads it names a person's post ("the Head of Planning Policy")
            break
        found.append(name)
        pos = m.end()
        if (part := _OFFICE_PART.match(text, pos)) and _is_office(name):
            found[-1], pos = name + part.group(0), part.end()  # "the Executive Director (Place)": the office's own name
        if capacity := _CAPACITY.match(text, pos):
            pos = capacity.end()
        sep = _LIST.match(text, pos)
        # a list goes on only where the next name opens with an article or an acronym: "Health and
        # Social Care" is one name, "NHS England and the Care Quality Commission" two; after a comma, at any
        # proper name ("Millstone Housing Association, Brantwell Homes and ..."): a comma ends a name
        # ... and after a list set off by commas, its closing "and" goes on at any proper name too ("The ICB, the local
        # authority and Garnford and Wexley Police should")
        if not sep or not (_NEXT_NAME.match(text, sep.end()) or RX.common.match(text, sep.end())
                           or (("," in sep.group(0) or listed) and _PROPER.match(text, sep.end()))
                           or _lower_body(text, sep.end())):
            break
        listed = listed or "," in sep.group(0)
        pos = sep.end()
    if not found:
        return None
    return found, pos


def _clean(name: str) -> str:
    spelt = " ".join(name.split()).strip(" ,.;:")
    tail = _PARTICIPLE_TAIL.search(spelt)
    # "NHS trusts providing maternity services": a participle after a whole body; not "providers of social housing"
    # (a noun), nor "Local planning authorities", whose "planning" is the body's modifier, no body before it
    if tail and not re.search(r"\sof\s", spelt[: tail.start() + 1]) and RX.common_name.search(spelt[: tail.start()]):
        spelt = spelt[: tail.start()]
    name = _ARTICLE.sub("", spelt).strip()
    # "the Council's Head of Parks and Open Spaces": an office, the council's own (its possessive owner says whose); a
    # service keeps its owner, which tells it from another's ("the Council's Housing Service")
    if (office := re.match(r"Council['’]s\s+(?=(?P<head>(?:[A-Z]\w+\s+)?[A-Z]\w+)\s+(?:of|for)\s)", name)) \
            and office.group("head").split()[-1] in load_lexicon("segment").words("office_heads"):
        name = name[office.end():]
    if name.lower() == "government":
        return "Government"  # the one body every national report addresses, however it is cased
    lower_case = RX.common_name.fullmatch(name) or (name[1:] == name[1:].lower() and RX.common_name.search(name))
    if lower_case and not name.split()[0].isupper() and name == spelt:
        # "Police forces should", "Private landlords should": the capital is the sentence's, not a proper
        # name's; "That the Council" capitalises after the article, so it names this council
        name = name[0].lower() + name[1:]
    return name


class Names:
    """Proper names of bodies in a document, to resolve 'the Partnership' to its full name."""

    def __init__(self, paragraphs: list[Paragraph], body: str | None, council: str | None = None) -> None:
        text = self.text = "\n".join(p.text for p in paragraphs)
        # a name never runs from one table cell into the next ("Department for Environment, Food and Rural Affairs",
        # then "QQ 75-86" in the witness table's next column): the cells are read apart, and so are the columns of a
        # table a text file sets with spaces ("11 February 2025    Executive Member for ...": no "February 2025
        # Executive")
        cells = re.sub(r"\t|[^\S\n]{3,}", "\n\n", text)
        self.counts = Counter(_ARTICLE.sub("", m.group("who")) for m in RX.any_body.finditer(cells))
        self.counts.update(_ARTICLE.sub("", m.group(0)) for m in RX.full_name.finditer(cells))
        self.body = body
        self.council = council  # 'the Council' in a council's own paper is that council: kept as printed
        self.defined: dict[str, str] = {}
        for d in _DEFINED.finditer(text):
            if d.group("full").split()[-1] == d.group("short"):  # "X Borough Council (the Council)"
                self.defined.setdefault(d.group("short"), d.group("full"))  # (the first definition holds)
        m = RX.stated_default.search(text) or RX.respond_default.search(text)
        self.stated = self.resolve(m.group("who") or m.group("asked")) if m else None
        self.sent_to = _sent_to(paragraphs)

    def named_among_sent_to(self, text: str) -> list[str]:
        """The bodies the report is sent to that `text` names, in full or by their last word ("the Trust's discharge
        policy", "the Council's reablement service"); all of them where it names none; [] for a report sent to none."""
        named = [b for b in self.sent_to
                 if b in text or re.search(rf"\b(?i:the)\s+{re.escape(b.split()[-1])}(?:['’]s)?\b", text)
                 or any(re.search(rf"\b{a}\b", text) for a in _initials(b))]
        return named or list(self.sent_to)

    def alone(self, name: str) -> int:
        """How often the document names `name` on its own: not joined by "and", "of" or "for" to
        another capitalised word, not run on by one ("Social Care" in "Adult Social Care" is no name)."""
        pattern = (rf"(?<![A-Z][\w’'-]\s)(?<!\band\s)(?<!\bof\s)(?<!\bfor\s)(?<!&\s)\b{re.escape(name)}\b"
                   rf"(?!\s+[A-Z])(?!\s+(?:and|of|for|&)\s+[A-Z])")
        return len(re.findall(pattern, self.text))

    def split(self, name: str, each: bool = False) -> list[str]:
        """"the Department for Education and Ofsted" as two bodies when the document names each on
        its own (twice or more); one name otherwise ("Health and Social Care", "Safer and Stronger
        Communities Board", "Obstetricians and Gynaecologists"). `each`: the text says the name's bodies act each on
        its own ("... should each publish"): one "and" is where two bodies meet, whatever else the document names."""
        parts = re.split(r"\s+and\s+", name.strip())
        # at any "and" ("the Council and Kestmoor Fire and Rescue Service": the second "and" is the name's own)
        for k in range(1, len(parts)):
            pair = [" and ".join(parts[:k]), " and ".join(parts[k:])]
            bare = [_ARTICLE.sub("", p).strip(" ,.;:") for p in pair]
            if RX.subject_after.fullmatch(pair[1].strip(" ,.;:")):
                continue  # "Cabinet Member for Climate Change and the Environment": a portfolio's subject, no body
            if all(bare) and (all(self.alone(b) >= 2 for b in bare) or all(RX.body_end.search(b) for b in bare)):
                return pair  # ... or each is a whole name ending in a body's noun: "Solbury City Council and Ridgeshire County Council"
        whole = [_ARTICLE.sub("", p).strip(" ,.;:") for p in parts]
        if each and len(parts) == 2 and all(w[:1].isupper() or RX.body_end.search(w) for w in whole):
            return parts  # (but "parish and town councils should each ...": "parish" names no body, it shares the noun)
        return _body_then_name(name) or [name]

    def resolve(self, who: str) -> str:
        """A body named by its generic word alone ('the Partnership', 'the Department') as the
        full name the document uses most ('Safer and Stronger Communities Partnership Board',
        'Department of Health and Social Care'); the report's own body for its own word."""
        who = _clean(who)
        if who in self.defined:
            return self.defined[who]  # "the Council" where the document prints "Glanaber County Borough Council (the Council)"
        last = who.split()[-1] if who.split() else who
        if len(who.split()) > 1 and self.body and self.body.endswith(" " + last) and last != "Council" and last in load_lexicon("segment").words(
                "generic_bodies") and set(who.lower().split()) < set(self.body.lower().split()):
            return self.body  # "the Joint Committee" of the Rowsham and Ellerdale Joint Archives Committee's own paper
        if len(who.split()) == 1 and self.body and _head_noun(self.body) == last:
            return self.body  # "the Commissioner" in the Police and Crime Commissioner for Ambershire's own paper
        if len(who.split()) == 1 and last in load_lexicon("segment").words("generic_bodies"):
            if self.body and self.body.endswith(last):
                return self.body
            if last == "Council" and self.council:
                # "the Council" in a council's own paper is that council, however often it names another: its Full
                # Council, one of its bodies; but a parish, town or community council has no executive and its paper
                # goes to the council's own meeting: the council itself, by name
                return self.council if not self.body and _LOCAL_COUNCIL.search(self.council) else who
            if self.council and self.council.endswith(" " + last):
                # "the Authority" in the Skelderdale National Park Authority's own paper, which goes to the authority's
                # own meeting; a committee's paper keeps it as printed, as it keeps "the Council"
                return self.council if not self.body else who
            posts = {w.lower() for w in load_lexicon("segment").words("post_ranks")}  # "Chief Executive": an office
            full = [(n, c) for n, c in self.counts.items()
                    if (n.endswith(" " + last) or n.startswith(last + " ")) and len(n.split()) > 1
                    and n.split()[0].lower() not in posts
                    and not (self.council or "").endswith(n) and not _body_then_name(n)]  # not "Trust and X Board"  # "County Council" is this council's kind, no other body
            if full:
                return max(full, key=lambda nc: (nc[1], len(nc[0])))[0]
        return who


def _initials(name: str) -> list[str]:
    """The short forms a body goes by, the initials of the capitalised words its name ends on, three letters or more:
    "ICB" of "NHS Kestleigh and Holmsby Integrated Care Board", "HCB" and "KHICB" too."""
    words = [w for w in name.split() if w not in ("and", "of", "for", "the")]
    tail: list[str] = []
    for w in reversed(words):
        if not w[:1].isupper():
            break
        tail.insert(0, w)
    return [a for k in range(len(tail)) if len(a := "".join(w[0] for w in tail[k:])) >= 3 and not tail[k].isupper()]


def _head_noun(name: str) -> str:
    """The noun a body's name ends on before its place: "Commissioner" of "Police and Crime Commissioner for
    Ambershire", "Board" of "Tarnmouth Licensing Board"."""
    words = re.split(r"\s+(?:for|of)\s+", name.strip(), maxsplit=1)[0].split()
    return words[-1] if words else ""


_LOCAL_COUNCIL = re.compile(rf"\b(?:{alternation(LOCAL_COUNCIL_KINDS)})\s+Council$")  # the first tier: it meets as the council


def _sent_to(paragraphs: list[Paragraph]) -> list[str]:
    """The bodies listed under a heading "THIS REPORT IS BEING SENT TO:" ("1. The Chief Executive, Orlaston Hospitals NHS
    Foundation Trust"): each item's organisation, the name after its post-holder, where it ends in a body's word."""
    words = _body_words()
    for k, p in enumerate(paragraphs):
        if not RX.sent_to.match(strip_markup(p.text).strip()):
            continue
        out: list[str] = []
        for q in paragraphs[k + 1:]:
            if q.kind == "heading":
                break
            for line in [q.text, *(i.text for i in q.items)]:
                name = _ARTICLE.sub("", strip_markup(line).split(",")[-1].strip(" .;"))
                if name.split() and name.split()[-1] in words and name not in out:
                    out.append(name)
        return out
    return []


def _body_then_name(name: str) -> list[str] | None:
    """"the Trust and Harlingford and Wyle Integrated Care Board" as two bodies: a body's generic word
    alone ("the Trust", "the Council"), then "and", then a whole name ending in a body's noun; None for
    any other name ("Health and Wellbeing Board")."""
    m = re.match(r"^((?:the\s+)?(\w+))\s+and\s+(.+)$", name.strip(), re.I)
    # (a name, capitalised or after its article: "Police and crime commissioners" is one office named for its subjects)
    if m and m.group(2) in load_lexicon("segment").words("generic_bodies") and RX.body_end.search(m.group(3)) \
            and re.match(r"(?:the\s+)?[A-Z]", m.group(3)):
        return [m.group(1), m.group(3)]
    return None


def _named(text: str, lead_in: bool = False) -> list[str] | None:
    """The bodies a sentence asks to act, by the grammatical positions of the module docstring; in a lead-in, also the
    object of its asking verb ("Cabinet ... RECOMMENDS Council to:")."""
    t = strip_markup(text).strip()
    for rx in (RX.that, RX.that_clause, RX.to_recommend_to, RX.to_recommend_that, RX.to_ask, RX.from_whom):
        m = rx.match(t)
        if m:
            got = _bodies_at(t, m.end())
            if got and not _PATIENT.match(t, got[1]):
                return got[0]
    for sentence in _SENTENCE.split(t):
        for rx in (RX.asking, RX.essential):
            m = rx.search(sentence)
            if m:
                got = _bodies_at(sentence, m.end())
                if got:
                    return got[0]
        for m in RX.recommendations_to.finditer(sentence) if lead_in else ():
            got = _bodies_at(sentence, m.end())
            if got and re.match(r"\s*[:.\u2013\u2014-]?\s*$", sentence[got[1]:]):  # the lead-in ends with the name
                return got[0]
        for m in RX.asks_object.finditer(sentence) if lead_in else ():
            # (only a lead-in's: an item that asks someone, "(3) asks the Director to report", is the meeting's decision)
            got = _bodies_at(sentence, m.end())
            if got and re.match(r"\s+to\b", sentence[got[1]:]):
                # a capital here is the name's, not the sentence's (`_clean`): read it as "the Council" is read
                return [b if _ARTICLE.match(b) else f"the {b}" for b in got[0]]
        # the subject of a modal, at the start of the sentence or after a clause ("If ..., the Government should");
        # every such subject of the sentence's clauses ("BDUK should write ..., and the Government should publish ...")
        subjects: list[str] = []
        read_to = 0  # where the last subject found ends: a comma inside it ("Science, Innovation and ...") opens no clause
        for start in [0, *(m.end() for m in re.finditer(r",\s+(?:and\s+)?|;\s+(?:and\s+)?", sentence))]:
            got = _bodies_at(sentence, start) if start >= read_to else None
            if not got:
                continue
            m = RX.modal.match(sentence, got[1])
            if m and RX.receiving.match(sentence, m.end()) and not any(_known_body(b) for b in got[0]):
                continue  # "Survivors ... should receive a decision": who benefits, not who is asked to act
            if start == 0 and len(got[0]) == 1 and _common_word(got[0][0]) \
                    and re.match(r"\s+(?:in|of|on|for|about|with)\s+[a-z]", sentence[got[1]:]):
                continue  # "Training in gathering ... should form part of ...": a thing done, no body, under the capital
            if (m and not m.group("passive")) or RX.asked.match(sentence, got[1]):
                read_to = got[1]
                if not subjects:
                    subjects = list(got[0])
                elif m and not m.group("passive"):  # a later clause asks another body with a modal of its own
                    subjects += [b for b in got[0] if b not in subjects]
        if subjects:
            return subjects
        # no subject asked: a passive's printed agent is the body asked to act ("Guidance should be published by
        # Ofsted"), not a date ("should be published by March 2026", "by March"; a season is no body: `not_bodies`)
        for m in RX.passive_agent.finditer(sentence):
            got = _bodies_at(sentence, m.end())
            if got and not find_date(sentence[m.end():got[1] + 12]) and not is_month(_ARTICLE.sub("", got[0][0]).split()[0]):
                return got[0]
    return None


RE_FOR_HEAD = re.compile(r"^(?:recommendations?\s+)?(?:for|to)\s+(?P<who>\S.*?)[\s:.]*$", re.I)


def _only_bodies(who: str) -> list[str]:
    """The bodies `who` names, without their articles, where it names bodies and nothing else; [] otherwise."""
    got = _bodies_at(who, 0)
    return [_ARTICLE.sub("", b) for b in got[0]] if got and got[1] >= len(who.rstrip(" .:")) else []


def head_addressees(heading: str | None) -> str | None:
    """The bodies a heading says the recommendations under it are for ("For the Scottish Government", "For health
    boards and integration joint boards", "Recommendations to local authorities"), joined by "; ", where the whole of
    what follows "For" names bodies; None for any other heading ("For decision", "For information")."""
    m = RE_FOR_HEAD.match(strip_markup(heading or "").strip())
    return "; ".join(_only_bodies(m.group("who"))) or None if m else None


# a lead-in's sentence that says whom the recommendations after it are for: "Our recommendations are for care home
# providers unless another body is named.", "The recommendations below are addressed to local authorities."
RE_FOR_SENTENCE = re.compile(
    r"\b(?:our|these|the|all|its|my)\s+(?:\w+\s+)?recommendations\s+(?:below\s+|that\s+follow\s+)?(?:are\s+(?:all\s+)?"
    r"(?:for|addressed\s+to|directed\s+at|aimed\s+at|made\s+to))\s+(?P<who>[^.;:]+?)\s*"
    r"(?:,?\s+(?:unless|except|apart\s+from|other\s+than|where)\b[^.;:]*)?(?:[.;:]|$)", re.I)


def stated_for(lead_in: str | None) -> list[str]:
    """The bodies a lead-in says the recommendations after it are for (`RE_FOR_SENTENCE`), where what it names is
    bodies and nothing else; [] for any other lead-in."""
    m = RE_FOR_SENTENCE.search(strip_markup(lead_in or ""))
    return _only_bodies(m.group("who")) if m else []


def addressees(text: str, lead_in: str | None, names: Names, default: str | None, decision: bool = False) -> list[str]:
    """Every body `text` asks to act, in the order named; else the lead-in's; else [default].
    An item of a list whose lead-in asks "that" ("The Panel recommends that: (1) the Cabinet
    adopts ...") completes the lead-in's clause: the body it opens with is asked. A decision sought
    put as an infinitive ("To recommend to Council that ...", "To note ...") is the meeting's to take:
    its subject is the body the report goes to (`default`), whoever it names."""
    t = strip_markup(text)
    opening = t.lstrip()
    if decision and default and opening.startswith("To "):
        return [default]
    if decision and default and _EMPOWERED.match(opening):
        # "That the Chief Officer ... be authorised to set the opening date", "That the Head of Legal Services be
        # instructed to give notice": the meeting authorises or instructs; what its officer then does is the meeting's
        # decision carried out
        return [default]
    lead = strip_markup(lead_in or "").strip()
    if RX.asks_that.search(lead):
        got = _bodies_at(t.strip(), 0)
        modal = RX.modal.match(t.strip(), got[1]) if got else None
        if got and not (modal and modal.group("passive")):
            # (a passive's subject is what is done, not who does it: "We recommend that: Restraints should be removed
            # while ...", which names no one; the item is read as any other that names no one)
            return _resolved(got[0], names, t)
    if m := RX.asked_to_recommend.match(lead):
        return [names.resolve(m.group("who"))]
    if decision and default and (_TAKES_VIEW.match(opening) or _THAT.match(opening) and _VIEW_LEAD.search(lead)):
        # "(c) agrees that the Old Grammar School Museum should close ...": the meeting agrees, the one its lead-in asks
        # ("Council is asked to:") or the one the report goes to; and so where the item completes the lead-in's view,
        # "(iv) that the Chair ... may amend the programme" under "The Committee is asked to note and agree:"
        asked = _named(lead_in or "", True)
        return _resolved(_members_as_body(asked), names) if asked and not _members_alone(asked) else [default]
    if (m := RX.asks_that_body.search(lead)) and not _named(text, False):
        got = _bodies_at(m.group("rest"), 0)
        if got and got[1] >= len(m.group("rest")) - 1:  # the whole of the clause is the body: its items say what it does
            return _resolved(got[0], names)
    for source, leads in ((text, False), (lead_in or "", True)):
        found = _named(source, leads)
        if found and decision and default and _members_alone(found):
            return [default]  # "That Members note ...": the members of the meeting the report goes to
        found = _members_as_body(found)
        if found:
            return _resolved(found, names, strip_markup(source))
    if not decision and (stated := stated_for(lead_in)):
        return _resolved(stated, names)  # "Our recommendations are for care home providers unless another body is named."
    if names.sent_to and not names.stated and not decision:
        # a concern of a report sent to several bodies: those it names; a concern states a finding ("The Trust provides
        # no training ..."), never an ask put in the present tense
        return names.named_among_sent_to(t)
    if not decision and opening.startswith("The ") and (got := _bodies_at(t.strip(), 0)) is not None \
            and all(_ARTICLE.sub("", f"{g} ").strip() for g in got[0]) and _RE_PRESENT_VERB.match(t.strip(), got[1]):
        # (an article alone names no one: "The earnings threshold should be uprated" is no "The" that "earnings")
        # "The Cabinet Member for Highways agrees a single process ...": a recommendation put in the present tense, as a
        # list under "We recommend that:" is, asks its subject as "That the Cabinet Member agrees ..." does (a subject
        # named with its article: "Public inquiries ...", "Patient organisations ..." open with an adjective, no body)
        return _resolved(got[0], names, t)
    if not decision and (m := _LEAD_BRACKET.search(t)) and (got := _bodies_at(m.group("inner"), 0)) \
            and got[1] >= len(m.group("inner")):
        # "Publish a delivery plan ... by 2028. (DESNZ, Ofgem)": an ask that names no one, closed by a bracket that
        # names nothing but bodies, is theirs to act on (the lead the report prints beside each ask)
        return _resolved(got[0], names)
    if t.startswith(("That ", "To ")):
        m = RX.any_body.search(t)  # "That once confirmed, the arrangements for the X Board are set out"
        if m and not (re.match(r"That\s+(?:(?:an?|the)\s+)?$", t[: m.start("who")]) and _PATIENT.match(t, m.end())):
            # (but "That a Parish Forum, open to every parish council, is held twice a year": the subject is held, the
            # one who holds it is not named)
            return [names.resolve(m.group("who"))]
    return [default] if default else []


# a bracket that closes an ask: "... by the end of 2028. (DESNZ, Ofgem)", "(DfT, local authorities)."
_LEAD_BRACKET = re.compile(r"\((?P<inner>[^()\n]{2,120}?)\s*\)[.;]?\s*$")
# a verb in the present tense after a recommendation's subject: "agrees", "publishes", "funds", "also reviews"; not a
# copula or an auxiliary ("is asked", "has agreed"), which reports rather than asks
_RE_PRESENT_VERB = re.compile(r",?\s+(?:also\s+|jointly\s+|urgently\s+)?(?!(?:is|has|was|does|says|seems)\b)[a-z]{2,}(?:es|s)\b")


def _members_alone(found: list[str]) -> bool:
    """"Members" and no body named: the members of the meeting the report goes to."""
    return [_ARTICLE.sub("", f) for f in found] == ["Members"]


def _members_as_body(found: list[str] | None) -> list[str]:
    """The bodies named, "Members of the Board" as the Board whose members they are, acting as it."""
    return [m.group("body") if (m := _MEMBERS_OF.match(_ARTICLE.sub("", f))) else f for f in found or ()]


def _resolved(found: list[str], names: Names, text: str = "") -> list[str]:
    """The bodies named, each "A and B" split where the document names both alone, or where `text` (what names them)
    says they act each on its own ("National Highways and Network Rail should each publish ..."), each resolved to the
    full name the document uses, once each in the order named."""
    # (in a list, "Ofwat, Ofgem and the Office of Rail and Road should each ...", "each" takes up the whole list)
    return _unique(names.resolve(part) for w in found for part in names.split(w, len(found) == 1 and _each(w, text)))


def _each(name: str, text: str) -> bool:
    """`text` says that the bodies `name` names act each on its own: "A and B should each ...", "A and B each ...",
    "A and B should both ...": a subject that "each" or "both" takes up is more than one."""
    return bool(text) and bool(re.search(rf"{re.escape(name)}\s+(?:(?:should|must|will|shall|to|are to)\s+)?(?:each|both)\b",
                                         text))


def _unique(items: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(i for i in items if i))


def default_addressee(kind: str, council: str | None, body: str | None, names: Names, decision: bool) -> str | None:
    """Whom a report's recommendations go to when they name no one: what the report says it
    addresses them to; for a decision sought, the body the report goes to; else the council's
    executive for a council report, the Government for a national one."""
    if names.stated:
        return names.stated
    if decision:
        return body or council  # an authority's own meeting, where its paper names no other: the authority
    executive, government = load_lexicon("segment").words("defaults")[:2]
    return executive if council else government


__all__ = ["Names", "addressees", "default_addressee", "head_addressees"]
