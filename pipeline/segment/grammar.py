"""The grammar of numbering schemes and block shapes in council documents.

Every rule here is about the *form* of a line (its marker, its number, its case and
punctuation), never about a particular document. `classify` turns one logical line
into a `Block` the segmenter's state machine reads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.dates import is_month
from pipeline.labels import BULLET, BULLET_CHARS, CHECK_BOXES, ROMANS, SUPERSCRIPT_DIGITS, cited_paragraph, read_head
from pipeline.lexicon import Patterns

GRAMMAR_VERSION = "grammar-15"  # 11: decisions numbered "2.1 note ..." in lower case, a motion's "Council resolves to:" list; 12: a list set at the margin goes on past the number its next section takes; 13: a list that restates another in other words adds nothing, a reports pack keeps each report's own decisions; 14: paragraphs numbered by their sections' letters ("A1", "B2"), and a body's head noun alone ("the Commissioner") is the paper's own body; 15: a roman item that is a stem over lettered parts gives them ('va', 'vb'), a roman list goes on in the next paragraph, unmarked items, a stem ending 'to:' is no heading

SUPERSCRIPTS = SUPERSCRIPT_DIGITS

# "- 2.4.5. Text", "1.1 Text", "1.0 PURPOSE", "16. Text", "3) Text"
RE_MULTI = re.compile(rf"^(?:{BULLET}\s+)?(?P<num>\d{{1,3}}(?:\.\d{{1,3}}){{1,4}})\.?(?=\s|$)\s*(?P<rest>.*)$")
RE_SINGLE = re.compile(rf"^(?:{BULLET}\s+)?(?P<num>\d{{1,3}})(?P<punct>[.)])(?=\s|$)\s*(?P<rest>.*)$")
RE_BARE = re.compile(r"^(?P<num>\d{1,3})\s+(?P<rest>\S.*)$")
# "Para 21   That the Joint Committee:": a paragraph numbered with the word, set apart from its text by more than a
# space (not prose that cites one, "Paragraph 12 sets out the options")
RE_PARA_WORD = re.compile(r"^(?:Para(?:graph)?\.?)\s(?P<num>\d{1,3}(?:\.\d{1,3}){0,3})(?:\s{2,}|\t)(?P<rest>\S.*)$")
# "Chapter 3: Clinical care", "Part 2 - Decisions": a numbered division, its number as printed
RE_DIVISION = re.compile(r"^(?:Chapter|Part|Section)\s+(?P<num>\d{1,2})\s*(?:[:.\-–—]\s*|\s)(?P<rest>[A-Z]\S.*)$")
# "a) Text", "(a) Text", "(iv) Text", "iv) Text", "- b) Text"
RE_LETTER = re.compile(rf"^(?:{BULLET}\s+)?\(?(?P<let>[a-z]{{1,4}})\)\s*(?P<rest>.*)$")
# "a. That implementation ..." (not "e.g." or "i.e.")
RE_LETTER_DOT = re.compile(rf"^(?:{BULLET}\s+)?(?P<let>[a-z]|[ivx]{{2,4}})\.\s+(?![a-z]\.)(?P<rest>\S.*)$")
# "A.   agrees to extend the Order", "B) That the Committee ...": a capital letter as printed, before an item's
# words; not an initial ("J. Smith, Head of Planning": one space, then a capital that is no "That")
RE_CAPITAL_LETTER = re.compile(rf"^(?:{BULLET}\s+)?\(?(?P<let>[A-Z])[.)](?:\s{{2,}}|\s(?=[a-z]|That\b))(?P<rest>\S.*)$")
# "R1 approve the tariffs at Appendix A;": an item of a lead-in's list printed with its reference, completing the stem
# in lower case ("R2 That the Council ..." is a recommendation's head, `read_head`)
# ... by the verb of the decision it completes ("R2 funding was agreed in May." is prose)
RX = Patterns("segment", reference_item=(rf"^(?:{BULLET}\s+)?(?P<let>R\d{{1,3}}[a-z]?)[.):]?\s+"
                                         r"(?P<rest>(?:{decision_verbs})(?:s|es|d|ed)?\b.*)$", 0))
# "(1) Note the update": a sub-item numbered in brackets, cited as 4.1(1)
RE_PAREN_NUM = re.compile(rf"^(?:{BULLET}\s+)?\((?P<num>\d{{1,2}})\)\s*(?P<rest>\S.*)$")
RE_BULLET = re.compile(rf"^{BULLET}\s*(?P<rest>\S.*)$")
RE_BOLD_RUN = re.compile(r"\*\*([^*]+)\*\*")  # a run set in bold inside a line that is not
RE_BOLD_RUN_IN = re.compile(r"^\*\*(?P<title>[^*]{2,120}?)\*\*\s*(?P<rest>.*)$")
RE_FOOTNOTE = re.compile(rf"^[{SUPERSCRIPTS}]+\s*\S")
RE_RULE = re.compile(r"^[_\-–—=*·.\s]{1,80}$")
RE_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")  # between two sentences: a stop, a space, a capital
# "To end the use of bed and breakfast, the Council will lease 40 homes": an infinitive of purpose before the main
# clause, whose subject and verb follow its comma; not an infinitive that puts a decision ("To approve the strategy")
RE_PURPOSE = re.compile(
    r"^To\s[^,.;:]{3,160},\s+(?:the\s+|this\s+|these\s+|our\s+|its\s+)?(?:we|it|they|[A-Z][\w’'-]*)(?:\s+[A-Z][\w’'-]*)*"
    r"(?:\s+\w+ly)?\s+(?:will|would|has|have|had|is|are|was|were|should|must|can|could|may|need|needs|plans?|intends?)\b"
)
RE_UNDERLINE = re.compile(r"^([-=_–—])\1{2,}$")  # a line drawn with one character: "-----", "====="
# a table-of-contents entry: "Recommendation 3: A better approach ........ 15"
RE_TOC_ENTRY = re.compile(r"(?:\.\s?){4,}\s*\d{1,4}\s*$|(?:\.\s?){12,}\s*\d{0,4}(?:\s|$)|…{2,}\s*\d{0,4}\s*$")
# a cover field: "Report to: Scrutiny Board", "Date: 12th March 2018"
RE_FIELD = re.compile(r"^(?:\*\*)?[A-Z][A-Za-z/&'’ ]{1,40}?(?:\*\*)?\s*:(?:\*\*)?\s+[^a-z\s]")


@dataclass(slots=True)
class Block:
    """One logical line: wrapped lines joined, classified by its leading marker."""

    kind: str  # num | letter | rec | bullet | table | footnote | text
    text: str  # the text after the marker
    page: int
    gap_before: int
    raw: str
    num: str | None = None
    strong: bool = True  # a number with its own punctuation or list marker
    label: str | None = None
    cited: str | None = None  # the paragraph a recommendation's head cites: "Recommendation 1 (paragraph 4.3)"
    bold: bool = False
    italic: bool = False
    indent: float = 0.0
    underlined: bool = False  # a rule of dashes or equals signs right under it: a plain-text heading
    level: int = 0  # a heading's rank where the document marks it (`Line.level`)
    hang: float | None = None  # where its wrapped lines start (PDF, Word): an item's hanging indent
    # characters of the block's lines, and those set wholly in bold or in italics
    chars: int = 0
    bold_chars: int = 0
    italic_chars: int = 0

    def count_style(self, text: str, bold: bool, italic: bool) -> None:
        self.chars += len(text)
        # a line set partly in bold marks its bold runs ("**school year.** (Paragraph 6)"): they count as bold
        self.bold_chars += len(text) if bold else sum(len(m.group(1)) + 4 for m in RE_BOLD_RUN.finditer(text)) if "**" in text else 0
        self.italic_chars += len(text) if italic else 0

    def take_style(self, other: Block) -> None:
        self.chars += other.chars
        self.bold_chars += other.bold_chars
        self.italic_chars += other.italic_chars


def words(text: str) -> list[str]:
    return text.split()


def strip_markup(text: str) -> str:
    return text.replace("**", "").strip()


def starts_lower(text: str) -> bool:
    t = strip_markup(text).lstrip("'\"‘“(")
    return bool(t) and t[0].islower()


def ends_sentence(text: str) -> bool:
    t = strip_markup(text).rstrip(" '\"’”)")
    return bool(t) and t[-1] in ".!?"


# a sentence that points ahead to what it introduces: "makes the following recommendations", "as follows"
RE_POINTS_AHEAD = re.compile(r"\b(?:the\s+following|as\s+follows)\b", re.I)
RE_STATEMENT_BREAK = re.compile(r"(?<=[.!?:])\s+")  # after a sentence's stop or a colon, whatever follows


# a note's mark after a text's last word or stop: "The following recommendations are made:*", "... in 2024.¹"
RE_NOTE_MARK = re.compile(r"(?<=\S)(?:[*†‡]+|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)$")


def ends_open(text: str) -> bool:
    """The text introduces what follows: 'as follows:', 'include -', 'resolved –' (a note's mark after it aside)."""
    t = RE_NOTE_MARK.sub("", strip_markup(text).rstrip()).rstrip()
    return bool(t) and (t[-1] in ":–—" or t.endswith(" -") or t.endswith("-") and not t.endswith("--"))


def is_heading_like(text: str, *, max_words: int = 14) -> bool:
    """A short title: no terminal punctuation (a question mark is allowed), starts upper or digit."""
    t = strip_markup(text)
    if not t or len(words(t)) > max_words or len(t) > 140:
        return False
    # a dash after a sentence's stop or a colon opens what follows: "The matters of concern are as follows. –"
    core = RE_NOTE_MARK.sub("", t).rstrip(" –—-") or t  # (a note's mark after its stop aside: "are made:*")
    return not (core[-1] in ".;,:" or t[0].islower() or t[0] in BULLET_CHARS)


def is_label_heading(text: str) -> bool:
    """A short section label ending in a colon: 'Recommendation(s):', 'Background documents:'.
    A clause that introduces a list ('Cabinet is asked to:', 'The Board will:', 'That the Committee:') is a lead-in."""
    t = strip_markup(text)
    return (
        t.endswith(":") and len(t.split()) <= 4 and t[0].isupper() and not t.lower().startswith(("in ", "as ", "the "))
        and not RE_FINITE.search(t) and not re.match(r"(?:That|To)\s", t)  # "That the Committee:" puts a decision
        and not RE_STEM_END.search(t)  # "Cabinet RESOLVED to:", "I agree to:": a stem its items complete
    )


RE_STEM_END = re.compile(r"\b(?:to|that)\s*:$", re.I)


RE_FINITE = re.compile(r"\b(?:is|are|was|were|will|shall|should|must|has|have|asked|requested|invited|recommends?)\b", re.I)


def is_field(text: str) -> bool:
    t = text.strip()
    # "Annex A: Terms of reference", "Appendix 2: Glossary": a division of the paper named with its own number or
    # letter titles what follows; a field names what it holds ("Date: 3 May")
    return bool(RE_FIELD.match(t)) and len(t.split(":")[0].split()) <= 5 and not RE_DIVISION_NAME.match(t)


ANNEXES = r"(?i:annex|appendix|schedule)"  # the names of a paper's divisions after its body, in any case
RE_DIVISION_NAME = re.compile(rf"^(?:{ANNEXES}(?:\s+(?:[A-Z]|\d{{1,2}}|[IVX]{{1,4}}))?|"
                              r"(?:Part|Chapter|Section)\s+(?:[A-Z]|\d{1,2}|[IVX]{1,4}))\s*:", re.I)  # "Annex: Contact"


def is_upper_title(text: str) -> bool:
    t = strip_markup(text)
    letters = [c for c in t if c.isalpha()]
    return len(letters) >= 3 and all(c.isupper() for c in letters) and len(words(t)) <= 12


# "19 per cent", "3 out of 5", "2 x 4": words that make the number before them a quantity
_QUANTITY_WORDS = {"per", "percent", "out", "x", "×", "million", "billion", "thousand", "hundred", "m", "bn"}


def number_ok(rest: str) -> bool:
    """What follows a number must read as the start of a paragraph, not a quantity or date."""
    rest = strip_markup(rest)  # "1 **September 1991**": the date is the same in bold
    if not rest:
        return True
    first = rest.split()[0]
    if rest[0] in "%£$€" or is_month(first) or first.lower().startswith(("http", "www.")):
        return False  # a quantity, a date, or a footnote's link
    r = rest.lstrip("*'\"‘“(")
    word = re.sub(r"\W+$", "", first.lower())
    return bool(r) and not r[0].islower() and word not in _QUANTITY_WORDS


def _deep(num: str, rest: str) -> bool:
    """A paragraph number of three levels or more ("2.1.1"), before words that open on a lower-case letter."""
    rest = strip_markup(rest).lstrip()
    return num.strip(".").count(".") >= 2 and rest[:1].islower() and not is_month(rest.split()[0] if rest else "")


def classify(text: str, page: int, gap_before: int, *, bold=False, italic=False, indent=0.0, table=False,
             own: re.Pattern[str] | None = None) -> Block:
    """Classify one logical line by its leading marker (`own`: the head the document prints over its asks where it does
    not call them recommendations, `labels.own_ask_words`)."""
    raw = text.strip()
    base = dict(page=page, gap_before=gap_before, raw=raw, bold=bold, italic=italic, indent=indent)
    if table and is_tabbed_prose(raw):
        raw = RE_TAB_GAP.sub(" ", raw)  # words the extraction spaced with tabs: a line of prose
        base["raw"] = raw
        table = False
    if table:
        head = read_head(raw.replace("\t", " "), references=False)
        if head is None and own is not None and (mine := own.match(raw.replace("\t", " "))):
            head = (mine.group("label"), mine.group("rest").strip())  # "Proposal 3 | That the Cabinet ...", boxed
        if head:  # a heading whose wrapped title extraction set beside it like a table cell
            return Block("rec", head[1], label=head[0], **{**base, "raw": raw.replace("\t", " ")})
        return Block("table", raw, **base)
    if RE_FOOTNOTE.match(raw):
        return Block("footnote", raw.lstrip(SUPERSCRIPTS).strip(), **base)
    rec = read_head(raw)
    if rec:
        return Block("rec", rec[1], label=rec[0], cited=cited_paragraph(raw), **base)
    if own is not None and (mine := own.match(raw)):
        return Block("rec", mine.group("rest").strip(), label=mine.group("label"), **base)
    m = RE_MULTI.match(raw)
    # a number of three levels or more ("2.1.1 note the review ...") is no quantity: it may open on a lower-case
    # verb, an item completing its lead-in ("2.1 Cabinet is recommended to:")
    if m and (number_ok(m.group("rest")) or _deep(m.group("num"), m.group("rest"))) \
            and not _is_version_or_time(m.group("num")):
        return Block("num", m.group("rest").strip(), num=m.group("num"), **base)
    m = RE_SINGLE.match(raw) or RE_PARA_WORD.match(raw)
    if m and number_ok(m.group("rest")):
        return Block("num", m.group("rest").strip(), num=m.group("num"), **base)
    m = RE_PAREN_NUM.match(raw)
    if m:
        return Block("letter", m.group("rest").strip(), label=f"({m.group('num')})", **base)
    m = RX.reference_item.match(raw)
    if m:
        return Block("letter", m.group("rest").strip(), label=m.group("let"), **base)
    m = RE_LETTER.match(raw) or RE_LETTER_DOT.match(raw) or RE_CAPITAL_LETTER.match(raw)
    if m and (len(m.group("let")) == 1 or m.group("let") in ROMANS):
        return Block("letter", m.group("rest").strip(), label=m.group("let"), **base)
    m = RE_BARE.match(raw) or RE_DIVISION.match(strip_markup(raw))
    if m and number_ok(m.group("rest")) and not bold_only(raw):
        return Block("num", m.group("rest").strip(), num=m.group("num"), strong=False, **base)
    if RE_UNDERLINE.match(raw):
        return Block("rule", "", **base)  # "-----": a rule, not a bullet
    m = RE_BULLET.match(raw)
    if m and not raw.startswith("**"):
        box = raw[0] if raw[0] in CHECK_BOXES else ""  # a check box's state is kept: it says what is chosen
        return Block("bullet", f"{box} {m.group('rest').strip()}".strip(), **base)
    if raw in BULLET_CHARS or RE_RULE.match(raw) and not any(c.isalnum() for c in raw):
        return Block("bullet", "", **base) if raw in BULLET_CHARS else Block("rule", "", **base)
    return Block("text", raw, **base)


RE_TAB_GAP = re.compile(r"[ \t]*\t[ \t]*")
RE_WORD_CELL = re.compile(r"^[\"'‘“(]?[A-Za-z][A-Za-z’'/\-]*[,.;:!?”’\")]*\d{0,3}$")  # 'members.298': a footnote mark


def is_tabbed_prose(raw: str) -> bool:
    """'The\tMinister\tshall\tmake\ta\tpublic ...': a line whose words extraction separated with
    tabs. Its cells are single words, most of them plain words and many in lower case; a table
    row ('East\t92\t69\t75', 'Accepted\tIn progress\tMarch 2024') has fewer, fuller or numeric cells."""
    cells = [c.strip() for c in raw.split("\t") if c.strip()]
    if len(cells) < 4:
        return False
    single = sum(len(c.split()) == 1 for c in cells)
    wordlike = sum(bool(RE_WORD_CELL.match(c)) for c in cells)
    lower = sum(c[0].islower() for c in cells)
    n = len(cells)
    return single >= 0.8 * n and wordlike >= 0.7 * n and lower >= 0.3 * n


def bold_only(raw: str) -> bool:
    return raw.startswith("**") and raw.endswith("**")


def _is_version_or_time(num: str) -> bool:
    parts = num.split(".")
    # 10.30 (a time), 2.35.1 with a part > 99 are not paragraph numbers
    return any(int(p) > 99 for p in parts[1:])


def is_child(child: str, num: str) -> bool:
    """2.1.1 is a child of 2.1; 1.1 is a child of 1 and of 1.0."""
    base = num[:-2] if num.endswith(".0") else num
    return child.startswith(base + ".") and child != num


RE_SECTION_NUMBER = re.compile(r"(?P<section>[A-Z])(?P<num>\d{1,2}(?:\.\d{1,2}){0,2})?")  # "B", "A1", "B2.1"


def number_parts(num: str) -> list[int] | None:
    """A paragraph number's levels as integers: "2.3" -> [2, 3]; a number under a lettered section counts its
    letter as the first level, "B3" -> [2, 3], as "B. Recommendations" is the report's second section. None for
    what is no paragraph number."""
    m = RE_SECTION_NUMBER.fullmatch(num)
    if m:
        return [ord(m.group("section")) - ord("A") + 1, *(int(x) for x in (m.group("num") or "").split(".") if x)]
    parts = num.split(".")
    return [int(x) for x in parts] if all(x.isdigit() for x in parts) else None


def plausible_next(prev: str | None, num: str) -> bool:
    """Would `num` plausibly follow `prev` in one numbering sequence? Gaps of up to 4 are allowed.

    First children (2 -> 2.1, 2.1 -> 2.1.1, 1.0 -> 1.1), next siblings (2.3 -> 2.4) and the
    next sibling of an ancestor (2.3.4 -> 2.4, 2.3 -> 3 or 3.0 or 3.1) are plausible.
    """
    n = number_parts(num)
    if n is None:
        return False
    if prev is None:
        return n[0] <= 3
    p = number_parts(prev)
    if p is None:
        return False
    if len(n) == len(p) + 1 and n[:-1] == p and n[-1] in (0, 1):
        return True
    for k in range(min(len(n), len(p))):
        if n[:k] == p[:k] and 0 < n[k] - p[k] <= 4 and all(x in (0, 1) for x in n[k + 1 :]):
            return True
    return False


# a resolution's opening word in minutes ("RESOLVED –", "AGREED:", "RESOLVED that"): the meeting's decision begins
RESOLUTION = Patterns("minutes", opener=(r"^\s*(?:{resolution_openers})\b\s*(?:that\b)?[\s:\u2013\u2014\-]*(?=\S|$)", re.I))


def resolution_opener(text: str) -> re.Match[str] | None:
    """The resolution's opening word(s) where `text` opens with one ("RESOLVED –", "AGREED:"), else None."""
    return RESOLUTION.opener.match(text)


# a lead-in whose every item completes what a body should do: "By 30 September 2026, the service should:", "Local
# authorities must:" (an inspectorate's or a review's recommendations, set out as a list under their modal)
RE_MODAL_LEAD = re.compile(r"^[^.;:\n]{0,120}?\b(?:should|must|ought\s+to)\s*:$", re.I)


def is_modal_lead(text: str) -> bool:
    """The paragraph is such a lead-in, whole ("Local authorities should:")."""
    return bool(RE_MODAL_LEAD.fullmatch(strip_markup(text).strip()))
