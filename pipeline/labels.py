"""The label grammar, one definition for the whole pipeline: how documents print the label of a
recommendation or a list item, and how a label is read, compared and cited.

Printed forms of a recommendation's label: "Recommendation 3", "Recommendation No. 3",
"Recommendation Three", "Rec 4", "Rec. 4a", "R2", "Recommendation 7.1", "Recommendation B",
"Recommendation 4a(ii)". A label is kept as printed, without the word and the brackets;
`normalise` makes two spellings of one label compare equal ("Recommendation Three", "three",
"3" and "R3" are all "3"; the evaluator keeps the shared scorer's own rule).

List markers (the bullets and item numbers that open a list item) are defined here too:
`BULLET_CHARS`, `BULLET` and `ITEM_MARKER`.
"""

from __future__ import annotations

import re
import string

# Numbers councils spell out in labels: "Recommendation One" ... "Recommendation Thirty".
NUMBER_WORDS: tuple[str, ...] = tuple(
    ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "twenty-one", "twenty-two", "twenty-three", "twenty-four", "twenty-five", "twenty-six", "twenty-seven", "twenty-eight", "twenty-nine", "thirty"]
)
NUMBER_WORD = "|".join(sorted(NUMBER_WORDS, key=len, reverse=True))
# Ordinals by which prose refers to a recommendation: "your first recommendation", "the 12th recommendation".
ORDINAL_WORDS: tuple[str, ...] = tuple(
    ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"]
)
ORDINAL = rf"(?:{'|'.join(sorted(ORDINAL_WORDS, key=len, reverse=True))}|\d{{1,2}}(?:st|nd|rd|th))\b"
SUPERSCRIPT_DIGITS = "⁰¹²³⁴⁵⁶⁷⁸⁹"  # how a note's mark is printed, 0 to 9
ROMANS: tuple[str, ...] = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv")

# A label as printed after the word: 3, 7.1, 37a, 4a(ii), 4a (ii), a Three, a capital B.
NUMBER_LABEL = r"\d{1,3}(?:\.\d{1,3})*(?:[a-z]|\([a-z]\)(?=\W|$))?(?:\s?\(?[ivx]{1,4}\))?"
# ... or a capital and a number, as a review that letters its themes prints them: "Recommendation A1", "B2"
# ... or a roman numeral in brackets, "Recommendation (iii)", and a lettered part of one, "Recommendation v(a)"
ROMAN_LABEL = r"\((?:[ivx]{1,5})\)(?=\W|$)|[ivx]{1,5}\([a-z]\)(?=\W|$)"
# ... or a reference its parts joined by slashes, as an investigator numbers its recommendations by year: "R/2025/071"
SLASH_LABEL = r"[A-Z]{1,4}/\d{2,4}(?:/\d{1,4}){0,2}[a-z]?\b"
# (a capital's case kept where the pattern ignores case: "B2a", "b", but never a word, "Rec no." has no label "no")
LABEL = rf"{ROMAN_LABEL}|{NUMBER_LABEL}|(?:{NUMBER_WORD})\b|{SLASH_LABEL}|(?-i:[A-Z]\d{{0,2}}[a-z]?|[a-z]\d{{0,2}})\b"
REFERENCE_ANY = r"R\d{1,3}(?:\.\d{1,2})?[a-z]?"
# Several labels in a row: "1 and 2", "4, 5 and 6", "12a-c", "3 to 5".
LABEL_LIST = rf"(?:{NUMBER_LABEL}|{REFERENCE_ANY})(?:\s*(?:,|&|\band\b|\bto\b|-|–)\s*(?:{NUMBER_LABEL}|{REFERENCE_ANY}))*"

# The word that names a recommendation before its label: "Recommendation", "Rec", "Rec.",
# with "Scrutiny"/"Draft" before it and "No."/"Number" after it; REC_WORDS also takes plurals.
_NO = r"(?:\s+(?:No\.?|Number))?"
# "... for carrying a knife. (Paragraph 9)": a summary cites the paragraphs it restates; the
# citation says where the text came from and is not part of it
# where the report cites the recommendation's source after it: "(Paragraph 23)", or a list's "Page 3" beside each item
RE_SOURCE_CITATION = re.compile(rf"\s*\((?:Paragraphs?|Paras?\.?)\s+{LABEL_LIST}\)\s*$"
                                r"|(?<=[.;!?])\s+\(?(?:Pages?|pp?\.)\s*\d{1,4}(?:\s*[-\u2013]\s*\d{1,4})?\)?\s*$", re.IGNORECASE)
# "Statutory recommendation 1" (an auditor's, under Schedule 7 to the Local Audit and Accountability Act 2014),
# "Key recommendation 2", "Priority recommendation 3": the kind of recommendation, before its word
# ... and a national investigator's "Safety recommendation R/2025/071", an auditor's "Improvement recommendation 2"
QUALIFIERS = ("Scrutiny", "Draft", "Statutory", "Key", "Priority", "Safety", "Improvement", "Strategic", "Operational",
              "Urgent", "Main", "Further", "Additional", "Interim", "Overall", "Headline")
_QUALIFIER = rf"(?:(?:{'|'.join(QUALIFIERS)})\s+)?"
REC_WORD = rf"{_QUALIFIER}(?:Recommendation|Rec\.?){_NO}"
# ... and a head may name its author by initials in capitals: "HMICS Recommendation 4" (the inspectorate's, set over the
# quotation its answer follows); only at the head of a line (in a sentence, "the third PAC recommendation is to" cites
# another paper's, by its place)
_HEAD_WORD = rf"(?:(?-i:[A-Z]{{2,8}})\s+)?{REC_WORD}"
REC_WORDS = rf"{_QUALIFIER}(?:Recommendations?|Recs?\.?){_NO}"
# "R2", "R12a": a recommendation cited by its reference.
REFERENCE = r"R\d{1,3}(?:\.\d{1,2})?[a-z]?"

# "Recommendation 3: That ...", "Rec 4 - ...", "Recommendation Three", "**Recommendation 2**", "Recommendation (a) – ..."
# the paragraph a head cites for its recommendation: "Recommendation 1 (paragraph 4.3)"
CITED_PARAGRAPH = r"\((?:paragraphs?|paras?\.?)\s*(?P<cited>\d{1,3}(?:\.\d{1,3})*[a-z]?)\)"
# ... or whom it is for, the whole rest of a head's line: "RECOMMENDATION 2 (for the Council, working with the Universities)"
FOR_WHOM = r"\((?:for|to)\s[^()]{1,80}\)\s*"
RE_HEAD = re.compile(
    rf"^(?:\*\*)?{_HEAD_WORD}\s*(?<=[\s.])(?P<br>\()?(?P<label>{LABEL})(?(br)\))(?!\.\d)(?:\*\*)?\s*(?:{CITED_PARAGRAPH}\s*|{FOR_WHOM}$)?"
    rf"(?:[:.\-–—\u00b7]\s*|\s+(?=That\b|To\b|(?-i:The\s+[A-Z]|We\s))|$)(?P<rest>.*)$",
    re.IGNORECASE | re.DOTALL,
)
# "R1 That the Executive ...", "R2: The Council should ..."
RE_REFERENCE_HEAD = re.compile(
    rf"^(?:\*\*)?(?P<label>{REFERENCE}(?:\([a-z]\))?)(?:\*\*)?(?:\s*[:.)\-–—\u00b7]\s*|\s+)(?P<rest>[A-Z‘'“\"(].*)$", re.DOTALL
)
# "**YS1** That the Council ...": a code of capitals and a number followed by the ask itself ("That ...",
# "To ..."; not "**NO2** Levels on the A38 ..."), labels a recommendation as printed (a review that codes its recommendations
# apart from other reviews', "SC/23/01 That ...", its parts joined by a slash, a stop or a hyphen); the R of "R2" alone
# is the recommendation's initial and is dropped
CODE = r"[A-Z]{2,4}(?:[/.\-]?\d{1,4}){1,3}[a-z]?"
# a head that cites the report's paragraph: "Paragraph 8.2", "Para. 8.5(a) – Issuing permits"
RE_PARAGRAPH_HEAD = re.compile(
    r"^(?:Paragraph|Para\.?)\s+(?P<num>\d{1,3}(?:\.\d{1,3})*)\s*(?:\((?P<item>[a-z]|[ivx]{1,4})\))?\s*(?:[–—:-].*)?$"
    rf"|^(?P<code>{CODE})\s*[–—:-]\s+\S[^.]{{0,80}}$"  # "YS1 – Youth centre opening": a coded recommendation's head
)
# "A1 The Department should ...": a capital and a number (a review that letters its themes and numbers the
# recommendations in each) labels a recommendation only before a sentence that asks someone to act
ASK_SENTENCE = r"(?:(?:That|To)\s.*|[A-Z][^.;:]{0,100}?\s(?:should|must)\s.*)"
RE_CODE_HEAD = re.compile(
    rf"^(?:\*\*(?P<label>{CODE})\*\*\s*[:.)\-–—]?\s*(?P<rest>{ASK_SENTENCE})"
    rf"|(?P<label2>{CODE}|[A-Z]\d{{1,2}}[a-z]?)\s*[:.)\-–—]?\s+(?P<rest2>{ASK_SENTENCE}))$", re.DOTALL
)
# A recommendation cited in brackets, by its word or its reference letter: "(recommendation 3)", "(R3)"
BRACKETED_LABEL = rf"\((?P<label>(?:{REC_WORDS})\s*\d{{1,3}}[a-z]?|R\d{{1,3}}[a-z]?)\)"
# A recommendation cited by number anywhere in a line: "... see Recommendation 3", "Rec. 4"
# ... and a letter or a roman numeral in its brackets, as a lettered list prints it: "Recommendation (a) – to the Mayor"
# (set apart from the word: "RECOMMENDATION(S)" is a plural)
RE_CITED = re.compile(rf"\b{REC_WORD}\s*\(?(?P<label>{NUMBER_LABEL}|{REFERENCE}|(?:{NUMBER_WORD})\b|(?<=\s\()(?!s\))(?:[a-z]|[ivx]{{1,5}})(?=\)))",
                      re.IGNORECASE)
# A line that opens with a recommendation's number ("Recommendation 3", "Rec. 4"): a block, never page furniture
RE_OPENS_CITED = re.compile(rf"^\s*{REC_WORDS}\s*\d", re.IGNORECASE)

# --- a document's own word for its asks -----------------------------------------------------------
# A review may call its asks something other than recommendations ("Proposal 3", "Action point B", "Ask 1"), and the
# response answers them under the same word. No list of such words is needed: the word is the one the document prints
# before a run of labels, each over an ask ("Proposal 1" / "That the Cabinet ..."). The label is what is printed.
_OWN_LABEL = r"\d{1,2}|[A-Z](?![a-z])"


def _own_head(word: str) -> re.Pattern[str]:
    """A head of `word` (a pattern) and a label, in bold maybe, then the rest of the line: "**Ask 1:** That ..."."""
    return re.compile(rf"^(?:\*\*)?(?:{word})\s+(?P<label>{_OWN_LABEL})(?:[:.]?\*\*)?"
                      rf"(?:\s*[:.\-\u2013\u2014]\s*|\s+(?=(?:That|To)\s)|\s*$)(?P<rest>.*)$", re.DOTALL)


RE_OWN_HEAD = _own_head(r"(?P<word>[A-Z][a-z]{2,}(?:\s[a-z]{2,}){0,2})")
# an ask opens "That ...", says who should act ("The ICB should ...") or who recommends it ("The IOPC recommends that
# the force ...", "We recommend that ..."); not "To ...", which opens an aim as often ("Objective 1: To reduce ...")
RE_ASK_OPENS = re.compile(r"^(?:\*\*)?(?:That\s|[A-Z][^.;:]{0,100}?\s(?:should|must)\s|(?:[A-Z][^.;:]{0,60}?\s)?"
                          r"(?:[Rr]ecommends?|RECOMMENDS?)\s+that\s)")
OWN_HEADS = 2  # heads of one word, labelled in turn, that make it the document's word for its asks


def own_ask_words(texts: list[str]) -> re.Pattern[str] | None:
    """The head a document prints over each of its asks (`own_words`), as a pattern that reads one: its label as printed
    and the rest of the line."""
    words = own_words(texts)
    return _own_head("|".join(map(re.escape, words))) if words else None


def own_words(texts: list[str]) -> list[str]:
    """The head a document prints over each of its asks when it does not call them recommendations ("Proposal 1" over
    "That the Cabinet ...", "Ask 2: That the ICB ..."): its word, found where the document prints it before labels that
    run in order (1, 2, 3 or A, B, C), each head over an ask of its own (the rest of the line, or the next line, opens
    "That ..." or says who should act). None where no word does so (the ordinary "Recommendation 3" is read by `read_head`)."""
    found: dict[str, list[str]] = {}
    lines = [t.replace("\t", " ").strip() for t in texts if t.strip()]  # (a head in a cell of its own beside its ask)
    for k, text in enumerate(lines):
        m = RE_OWN_HEAD.match(text)
        if not m or RE_HEAD.match(text):
            continue
        rest = m.group("rest").strip()
        ask = rest if rest else (lines[k + 1] if k + 1 < len(lines) else "")
        if RE_ASK_OPENS.match(ask):
            found.setdefault(m.group("word"), []).append(m.group("label"))
    words = []
    for word, labels in found.items():
        seen = list(dict.fromkeys(labels))
        start = "1" if seen[0].isdigit() else "A"
        order = [str(n) for n in range(1, 100)] if start == "1" else list(string.ascii_uppercase)
        if len(seen) >= OWN_HEADS and seen[0] == start and seen == order[: len(seen)]:
            words.append(word)
    return words


# --- list markers ---------------------------------------------------------------------------
# A check box, ticked or not, opens an option a form offers ("☒ note the return", "☐ approve it"); the
# list's ticked options are what it asks (`chosen_options`)
CHECK_BOXES = "☐☑☒"
TICKED_BOXES = "☑☒"
BULLET_CHARS = "-–—•▪●◦·∙*§►➢✓o○■□❖" + CHECK_BOXES
BULLET = r"(?:[-–—•▪●◦·∙§►➢✓○■□❖☐☑☒]|\*(?!\*))"  # '*' but not the '**' of bold mark-up
# An item marker alone: "1.", "2.4)", "(a)", "a)", "iv.", "(ii)", or a bullet
ITEM_MARKER = rf"(?:\(?\d{{1,3}}(?:\.\d{{1,3}})*[.)]?|\(?[a-zA-Z][.)]|\([a-z]{{1,2}}\)|\(?[ivxlc]{{1,6}}[.)]|{BULLET})"
RE_ITEM_MARKER_ALONE = re.compile(rf"^{ITEM_MARKER}$")
RE_ITEM_MARKER_PREFIX = re.compile(rf"^\s*{ITEM_MARKER}\s+")
# A note at a page's foot opens with its number, then a space and its text ("75 Transcript of
# ..."); a numbered paragraph's number is followed by a point or a bracket.
RE_NOTE_NUMBER = re.compile(
    r"^(\d{1,3})\s+(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b)[^\s.)\d]", re.IGNORECASE
)  # "8 July 2020" opens no note: it is a date that runs on from the line above
RE_BULLET_PREFIX = re.compile(rf"^[\s·]*(?:{BULLET}[\s·]*)*")


def chosen_options(texts: list[str]) -> list[str]:
    """A list whose items open with check boxes offers options: only the ticked ones are chosen (their
    box dropped). A list with no box is all chosen, as printed."""
    if not any(t[:1] in CHECK_BOXES for t in texts):
        return texts
    return [t[1:].strip() for t in texts if t[:1] in TICKED_BOXES]


def marks_a_list(rows: list[list[str]]) -> bool:
    """A table of two columns whose first prints nothing but item markers ("5 | CORONER'S CONCERNS ...", "(i) | approve
    the proposal paper ..."), two of them at least, a cell beside a continued item maybe blank: a list or numbered
    sections laid out as a table, not a table of columns (which names them in its first row: "No. | Recommendation")."""
    if len(rows) < 2 or any(len(cells) != 2 for cells in rows):
        return False
    markers = [cells[0].strip() for cells in rows if cells[0].strip()]
    return len(markers) >= 2 and all(RE_ITEM_MARKER_ALONE.match(c) and c[0] not in BULLET_CHARS for c in markers)


_BOX_SPLIT = re.compile(f"([{CHECK_BOXES}])")


def boxes_lead(line: str) -> bool:
    """Whether a line's check boxes stand before their options: the line opens with one, or with a field's name
    ("Status: ☒ Not started ☐ In progress"); else each box follows its option ("Agreed ☐   Partly agreed ☒")."""
    first = _BOX_SPLIT.split(line.strip(), maxsplit=1)[0].strip()
    return not first or first.endswith((":", "?"))


def ticked(line: str) -> tuple[str, str] | None:
    """(the option, the words after the line's last box) where a line of check boxes ticks one option ("Agreed ☐
    Partly agreed ☒   Not agreed ☐ Grades are set ..." -> ("Partly agreed", "Grades are set ...")); where the boxes
    lead their options (`boxes_lead`), the words after the last box are its option, and nothing follows. None where the
    line offers fewer than two options or ticks other than one."""
    parts = _BOX_SPLIT.split(line.strip())
    boxes = parts[1::2]
    if len(boxes) < 2 or sum(b in TICKED_BOXES for b in boxes) != 1:
        return None
    words = parts[0::2]  # the words around the boxes: before the first, between each two, after the last
    k = next(i for i, b in enumerate(boxes) if b in TICKED_BOXES)
    lead = boxes_lead(line)
    option = (words[k + 1] if lead else words[k]).strip(" \t:;,.\u2013\u2014-")
    return (option, "" if lead else words[-1].strip()) if option else None


def ticked_option(line: str) -> str | None:
    """The one option a line of check boxes ticks ("Agreed ☐   Partly agreed ☒   Not agreed ☐" -> "Partly agreed";
    "☐ Accepted ☒ Rejected", "Status: ☒ Not started ☐ Complete" -> "Rejected", "Not started"): a form prints every
    option and marks the one chosen, so the words of the others say nothing (`ticked`)."""
    found = ticked(line)
    return found[0] if found else None


def number_word(word: str) -> str | None:
    """'Three' -> '3'; None for anything that is not a number word."""
    low = word.lower()
    return str(NUMBER_WORDS.index(low) + 1) if low in NUMBER_WORDS else None


def ordinal_word(word: str) -> str | None:
    """'third' -> '3', '12th' -> '12'; None for anything that is not an ordinal."""
    low = word.lower().strip()
    if low in ORDINAL_WORDS:
        return str(ORDINAL_WORDS.index(low) + 1)
    m = re.fullmatch(r"(\d{1,2})(?:st|nd|rd|th)", low)
    return m.group(1) if m else None


def as_printed(label: str) -> str:
    """A label as the pipeline keeps it: what is printed, a number word as its figure
    ('Three' -> '3'), a reference without its R ('R2' -> '2'), brackets and spaces out of
    a sub-item ('4a (ii)' stays '4a(ii)')."""
    label = label.strip().rstrip(".")
    spelled = number_word(label)
    if spelled:
        return spelled
    if re.fullmatch(rf"{REFERENCE}(?:\([a-z]\))?", label, re.IGNORECASE):
        return label[1:]
    roman = re.fullmatch(r"\((?P<roman>[ivx]{1,5})\)|(?P<parent>[ivx]{1,5})\((?P<part>[a-z])\)", label)
    if roman:  # "(iii)" is 'iii' and "v(a)" is 'va', as the report's list labels its items and their parts
        return roman.group("roman") or f"{roman.group('parent')}{roman.group('part')}"
    return re.sub(r"\s+(?=\()", "", label)


def cited_paragraph(text: str) -> str | None:
    """The paragraph a recommendation's head cites for it: "Recommendation 1 (paragraph 4.3)" -> "4.3"."""
    m = RE_HEAD.match(text)
    return m.group("cited") if m else None


def read_head(text: str, *, references: bool = True) -> tuple[str, str] | None:
    """(label, rest) of a line that opens a recommendation by its label, else None:
    'Recommendation 3: That ...' -> ('3', 'That ...'), 'R2 That ...' -> ('2', 'That ...')
    (unless `references` is false: a table's 'R2' cell is its row's number)."""
    m = RE_HEAD.match(text) or (RE_REFERENCE_HEAD.match(text) if references else None)
    if m:
        return as_printed(m.group("label")), m.group("rest").strip()
    c = RE_CODE_HEAD.match(text) if references else None
    return (c.group("label") or c.group("label2"), (c.group("rest") or c.group("rest2")).strip()) if c else None


# One item label in a cell or a list: "3", "3.", "7.1", "4a", "2(a)", "(a)", "a)", "b.", "(ii)", "R2", "Rec 4".
# A letter or roman numeral needs its bracket or stop ("A decision ..." is prose); a number may stand bare.
_PARA_WORD = r"Para(?:graph)?s?\.?"  # "Para 4.6": a row that answers the recommendation of the report's paragraph 4.6
_ITEM = (
    rf"(?:(?:{REC_WORDS}|{_PARA_WORD})\s+)?(?:\(?(?:{REFERENCE}|\d{{1,3}}(?:\.\d{{1,3}})*(?:[a-z]|\([a-z]\)(?=[\s:.;,]|$))?)(?:\)|\.(?=\s|$))?"
    rf"|\((?:[a-z]|[ivx]{{1,5}})\)|(?:[a-z]|[ivx]{{1,5}})(?:\)|\.(?=\s|$)))"
)
RE_ITEM_LABELS = re.compile(
    rf"^(?P<labels>{_ITEM}(?:\s*(?:,|&|and|to|-|–|/(?=\s*(?:[(a-z]|R\d)))\s*{_ITEM})*)(?=[\s:.;)]|$)[\s:.;-]*(?P<rest>.*)$", re.IGNORECASE | re.DOTALL
)
_RANGE_WORD = re.compile(r"\s*(?:to|-|–)\s*", re.IGNORECASE)


_LETTERS = tuple(string.ascii_lowercase)
_RANGE_END = re.compile(r"(?:(\d{1,3}(?:\.\d{1,3})*)\.)?(\d{1,3})")


def _span(first: str, last: str) -> list[str] | None:
    """Every label from `first` to `last` where they differ only in their last number: '4', '6' -> ['4', '5', '6'];
    '2.1', '2.3' -> ['2.1', '2.2', '2.3'] (one chapter's numbers); 'a', 'c' -> ['a', 'b', 'c'] and 'ii', 'iv' ->
    ['ii', 'iii', 'iv'] (a list's letters or roman numerals); else None."""
    stem = first[: len(first) - len(first.lstrip("0123456789"))][:3]  # "1a" to "1c": the parts of one numbered item
    low = first[len(stem):]
    high = last[len(stem):] if last.startswith(stem) else ""
    for series in (ROMANS, _LETTERS):
        if low in series and high in series and series.index(low) < series.index(high):
            return [stem + x for x in series[series.index(low):series.index(high) + 1]]
    a, b = _RANGE_END.fullmatch(first), _RANGE_END.fullmatch(last)
    if not (a and b and a.group(1) == b.group(1) and int(a.group(2)) < int(b.group(2)) <= int(a.group(2)) + 30):
        return None
    stem = f"{a.group(1)}." if a.group(1) else ""
    return [f"{stem}{n}" for n in range(int(a.group(2)), int(b.group(2)) + 1)]


def read_labels(text: str) -> tuple[list[str], str] | None:
    """(labels, rest) of a cell or line that opens with item labels: '(a)' -> ['a'];
    '(d) and (e)' -> ['d', 'e']; 'Recommendations 4 and 5' -> ['4', '5']; 'R4 / R5' -> ['4', '5']; 'R2' -> ['2'];
    '3. That the ...' -> (['3'], 'That the ...'). A range ('4 to 6', '4-6') gives every
    number in it. None when the text does not open with a label."""
    text = text.strip()
    if re.fullmatch(r"[a-z]|[ivx]{1,5}", text):
        return [text], ""  # a cell that holds only its letter
    m = RE_ITEM_LABELS.match(text)
    if not m:
        return None
    raw = m.group("labels")
    parts = re.split(r"\s*(?:,|&|/|\band\b)\s*", raw, flags=re.IGNORECASE)
    out: list[str] = []
    for part in parts:
        ranged = re.search(r"\d\s*(?:to|-|–)\s*\d|(?:^|\s|\d)\(?(?:[a-z]|[ivx]{1,5})\)\s*(?:to|-|–)\s*\d{0,3}\(?(?:[a-z]|[ivx]{1,5})\)?$", part, re.IGNORECASE)
        bounds = _RANGE_WORD.split(part) if ranged else [part]
        # "2(a)", a part printed with its recommendation's number, is the label "2a"
        labels = [re.sub(r"^(\d{1,3})\(([a-z])\)", r"\1\2", re.sub(rf"^(?:{REC_WORDS}|{_PARA_WORD})\s+", "", b, flags=re.IGNORECASE)).strip("() .")
                  for b in bounds]
        labels = [as_printed(x) for x in labels if x]
        span = _span(*labels) if len(labels) == 2 else None
        out += span or labels  # "4 to 6", "2.1 to 2.3": each number between
    return (out, m.group("rest").strip()) if out else None


_CITED_ITEM = r"(?:\d{1,3}[a-z]?|[a-z]|[ivx]{1,5}|R\d{1,3})"
# what a head cites at its end: in its closing brackets, "Rural verges: one cut (recommendation c)", "Litter first, then
# mow (recommendations d and e)"; or as its last segment after a tag's separator, "Wistowe scrutiny · recs 9 and 10"
RE_HEAD_CITATION = re.compile(
    rf"(?:\(\s*|\s[\u00b7|\u2022]\s*){REC_WORDS}\s+(?P<items>{_CITED_ITEM}(?:\s*(?:,|&|\band\b)\s*{_CITED_ITEM})*)"
    rf"\s*\)?\s*$", re.IGNORECASE)


def head_citation(text: str) -> list[str]:
    """The labels a head cites at its end, as printed (`RE_HEAD_CITATION`): there a bare letter is a label, as it is in
    brackets ("(recommendation c)" -> ['c']); in running prose it may be a word. [] where it cites none so."""
    m = RE_HEAD_CITATION.search(text.strip())
    if m is None or m.group(0).lstrip().startswith("(") != text.strip().endswith(")"):
        return []
    items = re.split(r"\s*(?:,|&|\band\b)\s*", m.group("items"), flags=re.IGNORECASE)
    return [as_printed(x.strip()) for x in items if x.strip()]


def label_alone(text: str) -> str | None:
    """The label `text` prints and nothing else ("R1", "Recommendation 2", "(3)"), as printed; else None."""
    labels = read_labels(text.strip())
    return labels[0][0] if labels and labels[0] and not labels[1] else None


def read_code(cell: str) -> str | None:
    """The code a response table's cell holds and nothing else, as printed ("A1", "YS3", "SC/23/01"), else None (a
    reference, "R2", is read by `read_labels`). Not for any table: a glossary's first column holds "HTLV-3"."""
    cell = cell.strip()
    return cell if re.fullmatch(rf"[A-Z]\d{{1,2}}[a-z]?|{CODE}", cell) and not re.fullmatch(REFERENCE, cell) else None


def normalise(value: str | None) -> str:
    """One key for every spelling of a label: 'Recommendation Three', 'Rec 3', 'R3', '3.' -> '3';
    '37 b)' -> '37b'; '4a (ii)' -> '4aii'. (`pipeline.evaluate` keeps the shared scorer's own,
    narrower rule: a judge shares no code with what it judges.)"""
    value = (value or "").strip()
    m = RE_HEAD.match(value) or RE_REFERENCE_HEAD.match(value + " X")
    if m:
        value = m.group("label")
    return re.sub(r"[\s()\[\]]", "", as_printed(value).lower() if value else "").rstrip(".")


def cite(label: str, paragraph: str | None = None) -> str:
    """How people cite a label: 'Recommendation 3'; an item of a paragraph, '2.1 (1)'."""
    if paragraph and paragraph != label:
        return f"{paragraph} ({label})"
    return f"Recommendation {label}"


__all__ = [
    "BULLET", "BULLET_CHARS", "CHECK_BOXES", "TICKED_BOXES", "chosen_options", "ITEM_MARKER", "LABEL", "LABEL_LIST", "NUMBER_LABEL", "NUMBER_WORDS", "REC_WORD", "REFERENCE",
    "REC_WORDS", "RE_BULLET_PREFIX", "label_alone", "read_code", "RE_SOURCE_CITATION", "RE_CITED", "RE_HEAD", "RE_ITEM_MARKER_ALONE", "RE_ITEM_MARKER_PREFIX", "RE_OPENS_CITED", "RE_REFERENCE_HEAD",
    "RE_PARAGRAPH_HEAD", "ROMANS", "SLASH_LABEL", "as_printed", "cite", "cited_paragraph", "read_labels", "normalise", "number_word", "read_head",
]
