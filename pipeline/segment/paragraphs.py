"""Lines -> paragraphs and headings, by the numbering grammar of `segment.grammar`.

Two passes. `build_blocks` joins wrapped lines into logical lines and classifies each
by its marker. `Segmenter` then reads the blocks in order with one open paragraph:
a numbered block opens a paragraph; sub-bullets, lettered items, table rows and
continuations after a page break attach to the open one; anything else closes it.
A last pass decides which numbered units are headings (short titles whose numbering
has children, `x.0` titles, upper-case titles) and gives each unit its heading.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from typing import Literal, TypeVar

from pipeline.dates import is_month
from pipeline.labels import NUMBER_WORD, RE_ITEM_MARKER_PREFIX, RE_NOTE_NUMBER, RE_PARAGRAPH_HEAD, ROMANS, own_ask_words
from pipeline.lexicon import Patterns
from pipeline.records import Item, Line, Paragraph
from pipeline.segment.grammar import (
    ANNEXES,
    RE_BOLD_RUN_IN,
    RE_MULTI,
    RE_POINTS_AHEAD,
    RE_SINGLE,
    RE_STATEMENT_BREAK,
    RE_TOC_ENTRY,
    RE_UNDERLINE,
    Block,
    classify,
    ends_open,
    ends_sentence,
    is_child,
    is_field,
    is_heading_like,
    is_label_heading,
    is_modal_lead,
    is_upper_title,
    number_ok,
    number_parts,
    plausible_next,
    starts_lower,
    strip_markup,
)

# A line that ends with one of these words (or a comma) cannot end a paragraph, so the
# next block continues it even when it starts with a capital ("...reported to the\n\nCouncil").
_OPEN_ENDINGS = set(
    ["the", "a", "an", "of", "and", "or", "to", "in", "for", "with", "by", "on", "at", "from", "as", "that", "which", "who", "whose", "than", "but", "nor", "its", "their", "our", "is", "are", "was", "were", "be", "been", "has", "have", "had", "will", "would", "should", "could", "may", "must"]
)

# Words no sentence ends on: what follows them continues the sentence even when it looks
# like a title ("... relating to" / "Cabinet Committees to inform future changes").
_NEVER_LAST = set(["the", "a", "an", "of", "to", "for", "with", "by", "from", "and", "or"])


# the note of why a decision is sought, printed under it: "Reason: To give the Council ...", "**Reasons:** ..."
_NOTES = Patterns("segment", reason=(r"^(?:\*\*)?(?:{reason_fields})\s*(?::(?:\*\*)?|(?:\*\*)?\s*[:\u2013\u2014])", re.I))
_MARGIN_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")  # "2.", "2.1", "3.2.1": a paragraph's number alone
LAYOUT_ROWS = 4  # a table this many rows long or longer, ...
LAYOUT_SHARE = 0.6  # ... this share of them opening with a paragraph number alone in their first cell, lays out the text


def unruled_layout(lines: list[Line]) -> list[Line]:
    """Lines of a table that only lays out the report's numbered paragraphs (a Word table of "2.1 | That the
    Committee approves ..." rows, the number in a narrow first column) as the paragraphs they are: "2.1 That the
    Committee approves ...", a row with no number going on with the paragraph above: two cells a row, numbered at two
    levels as a report's paragraphs are. A table whose rows are numbered 1, 2, 3, or has more columns, is a table."""
    out = list(lines)
    for k, end in _table_runs(out):
        cells = [[c.strip() for c in ln.text.split("\t")] for ln in out[k:end]]
        numbered = [c[0] for c in cells if len(c) == 2 and _MARGIN_NUMBER.match(c[0]) and c[1]]
        # numbered at two levels ("2." and "2.1"), as a report's paragraphs are: a table's rows are numbered 1, 2, 3.
        # A row of one cell merged across the table (a section's heading, "3. BACKGROUND") is no row of columns.
        if len(numbered) >= LAYOUT_ROWS and len(numbered) >= LAYOUT_SHARE * sum(len(c) > 1 for c in cells) \
                and any("." in n.rstrip(".") for n in numbered):
            for j, c in enumerate(cells, start=k):
                rest = " ".join(x for x in c[1:] if x)
                if _MARGIN_NUMBER.match(c[0]) and rest:
                    out[j] = replace(out[j], text=f"{c[0]} {rest}", table=False, gap_before=max(out[j].gap_before, 1))
                elif not c[0] and rest:
                    out[j] = replace(out[j], text=rest, table=False, gap_before=0)  # the paragraph above goes on
                elif len(c) == 1 and c[0]:
                    out[j] = replace(out[j], table=False, gap_before=max(out[j].gap_before, 1))  # across the table
    return out


def _table_runs(lines: list[Line]) -> Iterator[tuple[int, int]]:
    """(start, end) of each run of table rows among `lines`, in order (read as each is reached: a reader may rewrite the
    rows of a run it has been given)."""
    k = 0
    while k < len(lines):
        if not lines[k].table:
            k += 1
            continue
        end = k
        while end < len(lines) and lines[end].table:
            end += 1
        yield k, end
        k = end


TAG_HEAD_WORDS = 12  # a title with a tag at the right of its line (`side_heads`): a few words ...
TAG_WORDS = 3  # ... and its tag fewer
MINUTE_ITEMS = 3  # a table with this many rows or more of an item's title beside its numbered notes lays out minutes
_ITEM_TITLE = re.compile(r"^(?:Item\s+)?(?P<n>\d{1,3})\.?\s+(?P<title>\S.*)$", re.I)


def _notes(n: str, text: str) -> list[str] | None:
    """The numbered notes of item `n` run together in one cell ("4.1 GA said ... 4.2 Liaison Committee (R9). GA said
    ..."), each from its number to the next's, the numbers in turn from n.1; None unless the cell opens with n.1."""
    if not re.match(rf"{n}\.1\s", text):
        return None
    starts = [0]
    for m in re.finditer(rf"(?<=[.!?:;)\"\u2019\u201d])\s+(?={n}\.(?P<k>\d{{1,2}})\s+\S)", text):
        if int(m.group("k")) == len(starts) + 1 and m.start() > starts[-1]:
            starts.append(m.end())  # the next note in turn; another number out of turn is the note's own text
    return [text[a:b].strip() for a, b in zip(starts, [*starts[1:], len(text)])]


def _item_notes(cells: list[str]) -> tuple[re.Match[str] | None, list[str] | None]:
    """A row's item title (its first cell, "4. County Council scrutiny review") and the notes numbered under it in the
    next (`_notes`): (None, None) for a row that is no item's."""
    m = _ITEM_TITLE.match(cells[0]) if len(cells) >= 2 else None
    return m, (_notes(m.group("n"), cells[1]) if m is not None else None)


def minutes_grid(lines: list[Line]) -> list[Line]:
    """Minutes laid out as a table, "Item | Notes | Action": an item's number and title in the first cell, its notes
    numbered under it in the next ("4.1 ... 4.2 ..."), who does what after it: read as the minutes they are, the
    title a heading, each note a paragraph of its own, and each action a line named by its column ("Action: LA to
    send ..."). A table with fewer such rows is a table."""
    out: list[Line] = []
    done = 0  # the lines up to here are in `out`
    for k, end in _table_runs(lines):
        out += lines[done:k]
        done = end
        rows = [[c.strip() for c in ln.text.split("\t")] for ln in lines[k:end]]
        read = [_item_notes(c) for c in rows]  # each row's item notes, read once
        items = [(m, notes) for c, (m, notes) in zip(rows, read)
                 if m is not None and notes is not None and is_heading_like(m.group("title"), max_words=ITEM_HEAD_WORDS)]
        if len(items) < MINUTE_ITEMS or not any(len(notes) > 1 for _, notes in items) \
                or len(items) * 2 < sum(1 for c in rows if c[0]):
            out += lines[k:end]
            continue
        header = rows[0] if not _ITEM_TITLE.match(rows[0][0]) and not any(re.search(r"\d", c) for c in rows[0]) else None
        for j, c in enumerate(rows):
            ln = lines[k + j]
            if header is not None and j == 0:
                continue  # the columns' names, "Item | Notes | Action"
            notes = read[j][1]
            if notes is None:
                out += [replace(ln, text=t, table=False, gap_before=1) for t in c if t]
                continue
            out.append(replace(ln, text=c[0], table=False, bold=True, gap_before=max(ln.gap_before, 1)))
            out += [replace(ln, text=t, table=False, bold=False, gap_before=1) for t in notes]
            for col, t in enumerate(c[2:], start=2):
                if t:
                    name = header[col] if header is not None and col < len(header) and header[col] else ""
                    out.append(replace(ln, text=f"{name}: {t}" if name else t, table=False, bold=False, gap_before=1))
    return out + lines[done:]


SIDE_HEAD_WORDS = 8  # a side head is a title of a few words
ITEM_HEAD_WORDS = 24  # a minute item's title may be long: "RESPONSE TO THE COMMUNITIES SCRUTINY PANEL: DISABLED ..."
# a minute's or an item's number: "CAB/85", "52", "52.", "EX/24/12", "Item 5", "A.3"
_ITEM_REFERENCE = re.compile(r"(?:Item\s+|Minute\s+)?(?:[A-Z]{1,6}[/.\-]?)?\d{1,4}(?:[/.\-]\d{1,4}){0,2}[.:]?", re.I)


def side_heads(lines: list[Line]) -> list[Line]:
    """A section's title set in the margin beside its first numbered paragraph ("Background | 3.1 The Partnership
    is ...", a report template's side head), which the reader gives as one row of two cells because the two stand
    level, as the heading over the paragraph it is: where the row stands alone, the lines round it not rows."""
    def side_head(ln: Line) -> list[str] | None:
        cells = [c.strip() for c in ln.text.split("\t")] if ln.table else []
        numbered = RE_MULTI.match(cells[1]) if len(cells) == 2 else None  # "1.1 This report ...": a paragraph
        return cells if numbered and numbered.group("rest") and is_heading_like(cells[0], max_words=SIDE_HEAD_WORDS) \
            and not _MARGIN_NUMBER.match(cells[0]) else None

    def item_head(ln: Line) -> str | None:
        """"CAB/85 | RESPONSE TO THE COMMUNITIES SCRUTINY PANEL": a minute's or an agenda item's number set in a column
        of its own beside its title, in bold or in capitals: the item's heading, as one line."""
        cells = [c.strip() for c in ln.text.split("\t")] if ln.table else []
        if len(cells) != 2 or not _ITEM_REFERENCE.fullmatch(cells[0]) or not is_heading_like(cells[1], max_words=ITEM_HEAD_WORDS):
            return None
        title = strip_markup(cells[1])
        return f"{cells[0]} {cells[1]}" if ln.bold or (title.isupper() and len(title.split()) >= 2) else None

    def tagged_head(ln: Line) -> str | None:
        """"Note 2 Grounds maintenance | Scrutiny review": a title with a short tag set at the right of its line (a
        shaded band over a section, the tag saying what kind of section it is), which the reader gives as a row of two
        cells because the two stand level: one line of text, the title then its tag."""
        cells = [c.strip() for c in ln.text.split("\t")] if ln.table else []
        # (the title may print its item's label first, "(a) Asking parishes for their figures | Green": a bar over each
        # item, rated; the title is the words after it)
        title = RE_ITEM_MARKER_PREFIX.sub("", cells[0], count=1) if len(cells) == 2 else ""
        if len(cells) != 2 or not all(is_heading_like(c, max_words=TAG_HEAD_WORDS) for c in (title, cells[1])) \
                or len(cells[1].split()) > TAG_WORDS or not (title[:1].isalpha() and cells[1][:1].isalpha()):
            # (a title and its tag are words: a footer's name and page number, "Callowshire Wildlife Trust | 2", and a
            # running head's page number and name, "285 | Recommendations", are no title)
            return None
        return f"{cells[0]} {cells[1]}"

    heads = [side_head(ln) for ln in lines]
    items = [item_head(ln) for ln in lines]
    tags = [tagged_head(ln) for ln in lines]
    out: list[Line] = []
    for k, ln in enumerate(lines):
        cells = heads[k]
        # the rows round it are no table's (or side heads too: a section of one paragraph before the next)
        alone = all(not lines[j].table or heads[j] or items[j] for j in (k - 1, k + 1) if 0 <= j < len(lines))
        if (item := items[k]) is not None and alone:
            out.append(replace(ln, text=item, table=False, gap_before=max(ln.gap_before, 1)))
            continue
        if (tagged := tags[k]) is not None and all(not lines[j].table for j in (k - 1, k + 1) if 0 <= j < len(lines)):
            out.append(replace(ln, text=tagged, table=False, gap_before=max(ln.gap_before, 1)))
            continue
        if cells and alone:
            out.append(replace(ln, text=cells[0], table=False, gap_before=max(ln.gap_before, 1)))
            out.append(replace(ln, text=cells[1], table=False, gap_before=1, bold=False))
            continue
        out.append(ln)
    return out


def build_blocks(lines: list[Line]) -> list[Block]:
    """Join wrapped lines of one block and classify each logical line."""
    lines = side_heads(minutes_grid(unruled_layout(lines)))
    blocks: list[Block] = []
    aligned = aligned_rows(lines)
    own = own_ask_words([ln.text for ln in lines if not ln.footnote])
    leads: dict[int, int] = {}  # each block's first line's leading spaces (plain text sets its indents so)
    joined: set[int] = set()  # the blocks that wrapped lines have been joined to
    columns: dict[int, int] = {}  # the column each block's text starts in on its first line (after its label)
    for k, line in enumerate(lines):
        text = line.text.strip()
        if not text:
            continue
        if line.caption:
            continue  # a figure's caption, as the document marks it: it describes the picture, no paragraph's text
        if line.footnote:  # a note at the page's foot, as the reader found it: never body text
            prev = blocks[-1] if blocks else None
            if prev is not None and prev.kind == "footnote" and prev.page == line.page and not RE_NOTE_NUMBER.match(text):
                prev.text, prev.raw = _join(prev.text, text), _join(prev.raw, text)
            else:
                blocks.append(Block("footnote", text, line.page, line.gap_before, text))
            continue
        block = classify(
            text, line.page, line.gap_before, bold=line.bold, italic=line.italic, indent=line.indent,
            table=line.table or aligned[k], own=own,
        )
        block.level = line.level
        prev = blocks[-1] if blocks else None
        if (block.kind == "rule" and RE_UNDERLINE.match(text) and prev is not None and prev.kind == "text"
                and line.gap_before == 0 and line.page == prev.page and is_heading_like(prev.text)):
            prev.underlined = True  # "Education and Inclusion Service" over "-----": a plain-text heading
            continue
        if prev is not None and line.gap_before == 0 and prev.page == line.page and prev.text and (
            # "... set out in\nRecommendation 1." is a wrapped sentence, not a labelled block
            block.kind == "rec" and not ends_sentence(prev.text)
            # "... for carrying a knife. (Paragraph\n9)": the line closes a bracket left open
            or block.kind in ("num", "letter") and prev.text.count("(") > prev.text.count(")")
            # "... are shown in Table\n3.1.": a number alone that ends a sentence cut mid-way
            or block.kind == "num" and not block.text and _cut_mid_sentence(prev)
            # "... identified in Appendix\n3 (Part B), on the terms": a bare figure at the hanging indent of a
            # sentence cut mid-way goes on with it, where a new item would start at the item's own indent
            or block.kind == "num" and not block.strong and _cut_mid_sentence(prev) and line.indent > prev.indent + 1
        ):
            block = Block("text", text, line.page, 0, text)
        # "1. ... what they expect to achieve in Control Period" then "7. Network Rail classifies ...", set at the hanging
        # indent of 1.'s text, not in the column where its number and 2.'s stand: the sentence goes on, a line apart or not
        goes_on = (prev is not None and prev.page == line.page and line.gap_before <= 1 and block.kind == "num"
                   and prev.kind == "num" and bool(prev.num and block.num) and _cut_mid_sentence(prev)
                   and line.indent > prev.indent + 1 and not _strictly_next(prev.num or "", block.num or "")
                   and not prev.level)  # (a line the document sets as a heading ends with no stop, and is cut nowhere)
        if goes_on:
            block = Block("text", text, line.page, 0, text)
        # "Rec 3 - Flood loading in Bexford" over lines set further in ("   Councillor Nairn met ..."): in plain text a head
        # over its body, indented under it but not to the column its title starts in (a wrapped line of the head's own
        # text, "R2   That the Commissioner ... Rural Crime" / "     Team from six ...", hangs in that column); the head's
        # words are its title, the body a block of its own
        lead = len(line.text) - len(line.text.lstrip(" "))
        over_body = prev is not None and prev.kind == "rec" and id(prev) not in joined and is_heading_like(prev.text) \
            and not prev.text.startswith(("That ", "To ")) and leads.get(id(prev), 0) < lead < columns.get(id(prev), 0)
        if prev is not None and not over_body and (goes_on or (
            line.gap_before == 0
            and line.page == prev.page  # across pages, the segmenter decides what continues
            and block.kind == "text"
            and prev.kind not in ("table", "rule")
            and prev.text
            # "... £9.84 million;" then "2. approve the procurement ...": a clause closed, an item of its list opens
            and not (RE_CLAUSE_CLOSED.search(prev.text) and _item_opens(text))
        )):
            prev.text = _join(prev.text, block.text)
            prev.raw = _join(prev.raw, block.raw)
            prev.count_style(text, line.bold, line.italic)
            joined.add(id(prev))
            if prev.hang is None:
                prev.hang = line.indent
            continue
        block.count_style(text, line.bold, line.italic)
        leads[id(block)] = lead
        columns[id(block)] = line.text.find(block.text[:20]) if block.text else 0
        blocks.append(block)
    # contents pages repeat headings and labels with page numbers: not content
    blocks = [b for b in blocks if not RE_TOC_ENTRY.search(b.raw)]
    return _numbered_rows(_lower_case_numbers(_lettered_paragraphs(_bracketed_paragraphs(_merge_bare_markers(blocks)))))


RE_CLAUSE_CLOSED = re.compile(r"(?:[;:]|;\s+(?:and|or))\s*$")  # an item of a list ends so: "...;", "...; and"


def _item_opens(text: str) -> bool:
    """"2. approve the procurement ...": a line that opens with a list's number and completes a stem in lower case."""
    m = RE_SINGLE.match(text)
    return bool(m and starts_lower(m.group("rest")))


def _strictly_next(prev: str, num: str) -> bool:
    """`num` is `prev`'s first child (2 -> 2.1) or its next sibling (2.1 -> 2.2), nothing looser."""
    p, n = number_parts(prev), number_parts(num)
    if p is None or n is None:
        return False
    return n == [*p, 1] or (len(n) == len(p) and n[:-1] == p[:-1] and n[-1] == p[-1] + 1)


def _lower_case_numbers(blocks: list[Block]) -> list[Block]:
    """Decisions numbered as paragraphs that complete their stem open on a verb in lower case ("It is recommended
    that the Council:" over "2.1 note the settlement ...", "2.2 approve a budget of ..."): a block that opens on a
    two-level number before a lower-case word is a paragraph number where it comes next after the last one, the
    first child of the section's number or the next of its paragraphs. Anywhere else such a number is read as a
    quantity ("2.5 million"), as `number_ok` reads it."""
    out: list[Block] = []
    last: str | None = None
    for b in blocks:
        m = RE_MULTI.match(b.raw) if b.kind == "text" and last else None
        if m and last and m.group("rest")[:1].islower() and _strictly_next(last, m.group("num")):
            first = re.sub(r"\W+$", "", m.group("rest").split()[0])
            if first.isalpha() and not is_month(first) and number_ok(first.capitalize()):
                b = replace(b, kind="num", num=m.group("num"), text=m.group("rest").strip())
        if b.kind == "num" and b.num:
            last = b.num
        out.append(b)
    return out


ROW_PROSE_WORDS = 8  # a table row that is a numbered paragraph says a sentence at least this long after its number


def _numbered_rows(blocks: list[Block]) -> list[Block]:
    """A table whose rows are the report's next numbered paragraphs ("6. Implications" over "6.1 | Financial | If the
    revised fees are approved, ..."): each row whose first cell is the number that comes next and whose other cells
    say a sentence opens that paragraph, its cells read in order."""
    out: list[Block] = []
    last: str | None = None
    for b in blocks:
        cells = [c.strip() for c in b.raw.split("\t")] if b.kind == "table" else []
        rest = " ".join(c for c in cells[1:] if c)
        if cells and RE_ROW_NUMBER.fullmatch(cells[0]) and last and plausible_next(last, cells[0]) \
                and len(rest.split()) >= ROW_PROSE_WORDS:
            b = replace(b, kind="num", num=cells[0], text=rest, raw=f"{cells[0]} {rest}")
        if b.kind == "num" and b.num:
            last = b.num
        out.append(b)
    return out


RE_ROW_NUMBER = re.compile(r"\d{1,2}(?:\.\d{1,2}){1,2}")
# "A1<TAB>The Commissioner ...", "B2  The plan ...": a paragraph numbered under its section's letter, then its words
# ... and under it to more levels, "A1.1", "B2.3" (an appendix numbered afresh under its letter)
RE_LETTERED = re.compile(r"^(?P<num>[A-Z]\d{1,2}(?:\.\d{1,2}){0,2})(?:\t|\s{2,}|\s(?=[A-Z\"'‘“(]))\s*(?P<rest>\S.*)$")
MIN_LETTERED = 6  # paragraphs numbered "A1", "A2", "B1" ... in a run at least this long, ...
MIN_SECTIONS = 2  # ... through at least this many lettered sections


def _lettered_paragraphs(blocks: list[Block]) -> list[Block]:
    """A report that numbers its paragraphs by its sections' letters ("A. Executive summary" over "A1", "A2", then
    "B1" ...; a fire authority's or a commissioner's decision report), or an appendix by its own letter ("APPENDIX A"
    over "A1" ... "A6"): lines opening "A1", "A2", "B1" ... that run each the next of the one before (the next number
    under one letter, or the first under a later letter) open numbered paragraphs, numbered as printed, where the
    run goes through two sections or more and no other numbers run the paper's paragraphs, or where each letter's
    paragraphs stand under a heading that names the letter. A run under one letter with no such heading ("R1", "R2",
    "R3") is a list's references, and a lone "A1" is a road or a paper size."""
    run: list[tuple[int, str, str]] = []
    for i, b in enumerate(blocks):
        if b.kind not in ("text", "table", "rec"):
            continue
        m = RE_LETTERED.match(b.raw)
        if not m:
            continue
        num = m.group("num")
        if not run and not _first_under(num):
            continue
        if run and not _next_lettered(run[-1][1], num):
            continue
        run.append((i, num, m.group("rest")))
    heads: dict[str, tuple[int, str | None]] = {}  # letter -> (its heading's block, the title a section head gives)
    first: dict[str, int] = {}  # letter -> the block of its first paragraph in the run ("A1", or "A1.1")
    for i, num, _ in run:
        first.setdefault(num[0], i)
    before = -1
    for i, num, _ in run:
        if first[num[0]] == i:
            for k in range(i - 1, before, -1):
                if blocks[k].kind not in ("text", "letter"):
                    continue
                m = RE_SECTION_HEAD.match(blocks[k].raw)
                if m and m.group("let") == num[0] and is_heading_like(m.group("rest")):
                    heads[num[0]] = (k, m.group("rest"))
                    break
                m = RE_APPENDIX_HEAD.match(blocks[k].raw)
                if m and m.group("let") == num[0]:
                    heads[num[0]] = (k, None)
                    break
        before = i
    sections = {num[0] for _, num, _ in run}
    numbered = sum(b.kind == "num" for b in blocks)
    if not (len(run) >= MIN_LETTERED and len(sections) >= MIN_SECTIONS and numbered * 2 < len(run)):
        headed = {s for s in sections if s in heads and sum(num[0] == s for _, num, _ in run) >= MIN_HEADED}
        run = [r for r in run if r[1][0] in headed]
    out = list(blocks)
    for i, num, rest in run:
        text = " ".join(c.strip() for c in rest.split("\t") if c.strip())
        out[i] = replace(blocks[i], kind="num", num=num, text=text, raw=f"{num} {text}", label=None)
        k, title = heads.get(num[0], (-1, None))
        if title is not None and first[num[0]] == i:  # the section's heading, "B. RECOMMENDATIONS", is numbered "B"
            out[k] = replace(blocks[k], kind="num", num=num[0], text=title, label=None)
    return out


def _first_under(num: str) -> bool:
    """The first number under its letter: "A1", "A1.1", "B1.1.1"."""
    parts = number_parts(num)
    return parts is not None and len(parts) >= 2 and all(x == 1 for x in parts[1:])


def _next_lettered(prev: str, num: str) -> bool:
    """`num` is the very next of `prev` in a numbering under letters: the first under it ("A1" -> "A1.1"), the next
    at one of its levels ("A1.3" -> "A1.4", "A1.3" -> "A2", "A1.3" -> "A2.1"), or the first under a later letter."""
    p, n = number_parts(prev), number_parts(num)
    if p is None or n is None:
        return False
    if n[0] > p[0]:
        return _first_under(num)
    if n == [*p, 1]:
        return True
    return any(n[:k] == p[:k] and n[k] == p[k] + 1 and all(x == 1 for x in n[k + 1:])
               for k in range(1, min(len(n), len(p))))


MIN_HEADED = 2  # paragraphs under a heading that names their letter ("APPENDIX A" over "A1", "A2")
RE_APPENDIX_HEAD = re.compile(rf"^{ANNEXES}\s+(?P<let>[A-Z])\b")
RE_SECTION_HEAD = re.compile(r"^(?P<let>[A-Z])[.):]?\s+(?P<rest>[A-Z].*)$")  # "B. RECOMMENDATIONS", "C Background"


MIN_BRACKETED = 6  # paragraphs numbered "(1)", "(2)", ... in a run at least this long, across a heading


def _bracketed_paragraphs(blocks: list[Block]) -> list[Block]:
    """A report that numbers its paragraphs "(1)" to "(24)" through its sections (a committee system's export): where
    no other numbers run its paragraphs, and the bracketed numbers run 1, 2, 3 ... across its headings, each that
    comes next in the run opens a numbered paragraph, not an item of a list. One out of turn ("(2) of section 16"
    wrapped onto a line of its own, a list's "(1)" inside a paragraph) stays what it was."""
    run: list[int] = []
    for i, b in enumerate(blocks):
        m = re.fullmatch(r"\((\d{1,3})\)", b.label or "") if b.kind == "letter" else None
        if m and int(m.group(1)) == len(run) + 1:
            run.append(i)
    numbered = sum(b.kind == "num" for b in blocks)
    if len(run) < MIN_BRACKETED or numbered * 2 >= len(run):
        return blocks
    between = blocks[run[0] + 1:run[-1]]
    if not any(b.kind == "text" and (b.bold or is_upper_title(b.text)) and is_heading_like(b.text) for b in between):
        return blocks  # one list of items, under one heading: a list, not the paragraphs of a report
    out = list(blocks)
    for n, i in enumerate(run, start=1):
        out[i] = replace(blocks[i], kind="num", num=str(n), label=None)
    return out


# cells of a row set out in columns with spaces, as a text conversion lays out a table
_COLUMN_GAP = re.compile(r"\S(?: {3,}|\t)\S")


def aligned_rows(lines: list[Line]) -> list[bool]:
    """Which lines are rows of a table laid out in aligned columns: two or more cells apart by
    three spaces or more, next to another such line of the page with no blank line between. A cover field with its value
    spaced out beside it ('Report to:          Executive') is not a row."""

    def row(line: Line) -> bool:
        text = line.text.strip()
        m = _COLUMN_GAP.search(text)
        return m is not None and not text[: m.start() + 1].endswith(":")

    rows = [row(line) for line in lines]
    out = []
    for k, line in enumerate(lines):
        near = [j for j in (k - 1, k + 1) if 0 <= j < len(lines) and lines[j].page == line.page
                and lines[max(j, k)].gap_before == 0]
        out.append(rows[k] and any(rows[j] for j in near))
    return out


def _cut_mid_sentence(b: Block) -> bool:
    """The block's last line stops inside a sentence of prose: on a word, not on . ! ? or a colon
    or dash that introduces what follows (whose next line may be a marker alone: 'asked to:⏎1.'),
    and not at the end of a title."""
    t = strip_markup(b.text).rstrip()
    prose = len(t.split()) >= 4 and not is_upper_title(t)  # not a title: '2. RECOMMENDATIONS⏎1.'
    return b.kind in ("text", "num", "letter") and prose and t[-1].isalnum()


def _join(left: str, right: str) -> str:
    if left.endswith("-") and not left.endswith(" -") and right[:1].islower():
        return left[:-1] + right  # a word hyphenated across lines
    return f"{left} {right}"


def _bare(b: Block) -> bool:
    return b.kind in ("num", "letter", "bullet") and not b.text


def _marker_column(blocks: list[Block], i: int) -> int:
    """'2.' '3.' ... '9.' alone on their lines, then eight paragraphs: extraction read a column
    of numbers before the column of text beside it. Return how many markers start at `i`
    (0 when the blocks are not such a column)."""
    run = i
    while run < len(blocks) and blocks[run].kind == "num" and not blocks[run].text and blocks[run].page == blocks[i].page:
        if run > i and not plausible_next(blocks[run - 1].num, blocks[run].num or ""):
            break
        run += 1
    n = run - i
    texts = blocks[run : run + n]
    if n < 2 or len(texts) < n or any(t.kind != "text" or t.page != blocks[i].page for t in texts):
        return 0
    return n


def _merge_bare_markers(blocks: list[Block]) -> list[Block]:
    """A number or bullet alone on its line ('1.1', '•') takes the text block after it; a
    column of numbers takes the column of paragraphs after it, in order."""
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        n = _marker_column(blocks, i) or (1 if _bare(b) and i + 1 < len(blocks) and blocks[i + 1].kind == "text" else 0)
        if not n:
            out.append(b)
            i += 1
            continue
        for marker, text in zip(blocks[i : i + n], blocks[i + n : i + 2 * n]):
            marker.text, marker.raw = text.text, f"{marker.raw} {text.raw}"
            marker.take_style(text)
            out.append(marker)
        i += 2 * n
    return out


# A unit is emphasised when it opens in one emphasis and this share of its characters is set so.
EMPHASIS_SHARE = 0.5


@dataclass
class _Unit:
    number: str | None
    page: int
    parts: list[str] = field(default_factory=list)
    items: list[Item] = field(default_factory=list)
    label: str | None = None  # "Recommendation 3" blocks
    cited: str | None = None  # ... and the paragraph their head cites, "(paragraph 4.3)"
    kind: Literal["paragraph", "heading"] = "paragraph"
    title: str | None = None
    inline_title: bool = False  # the title is printed on the label's own line ("R9 Provide dedicated capital funding")
    list_open: bool = False
    counted: bool = False  # it counts the recommendations whose numbered list follows it ("We make 11 recommendations.")
    codes: list[str] = field(default_factory=list)  # the codes its items print ("R1", "R2"), when they are all so
    marker_items: bool = False
    filled: bool = True  # a "Recommendation N" header still waiting for its text
    item_pages: list[int] = field(default_factory=list)
    chars: list[int] = field(default_factory=lambda: [0, 0, 0])  # all, bold, italic
    opens: str | None = None  # the emphasis of its first line
    tabular: bool = False  # it holds table rows
    rows_at: int = -1  # len(parts) when a table row was last added: its last part is a row
    item_indent: float | None = None  # where its numbered items start on the page (PDF, Word), when it has them
    item_hang: float | None = None  # ... and where their wrapped lines start, deeper in
    bullet_indent: float | None = None  # where its bullets start, when it has them
    unmarked: bool = False  # its items are blocks set apart with no mark printed
    delimiter: str = ""  # what its own number is printed with: "." for "2.", ")" for "2)", "" for a bare "2"
    item_delimiter: str = ""  # ... and its numbered items' numbers, where they differ from it ("1)" under "2.")

    @property
    def emphasis(self) -> str | None:
        """'italic' or 'bold' when the unit opens so and at least half of it is set so: a
        closing line in plain type ('... cycle. (Paragraph 150)') does not count against it."""
        total, bold, italic = self.chars
        share = {"bold": bold, "italic": italic}.get(self.opens or "", 0)
        return self.opens if total and share >= EMPHASIS_SHARE * total else None

    @property
    def last(self) -> str:
        return self.parts[-1] if self.parts else ""

    def add(self, text: str) -> None:
        self.parts.append(text)
        self.list_open = self.list_open or ends_open(text)

    def continue_last(self, text: str) -> None:
        if self.parts:
            self.parts[-1] = _join(self.parts[-1], text)
            if self.items:
                self.items[-1].text = _join(self.items[-1].text, text)
        else:
            self.parts.append(text)

    def add_subitem(self, text: str, marker: str) -> None:
        """A bullet under the last item, set further in: part of that item ("approve the strategy, which includes:"
        over "- a new asset allocation", "- a local investment commitment"), which cites no mark of its own."""
        self.parts.append(f"{marker} {text}".strip())
        self.items[-1].text = _join(self.items[-1].text, f"{marker} {strip_markup(text)}")
        self.list_open = self.list_open or ends_open(text)

    def add_item(self, label: str | None, text: str, marker: str, page: int | None = None) -> None:
        self.items.append(Item(label=label, text=strip_markup(text)))
        self.item_pages.append(page or self.page)
        self.parts.append(f"{marker} {text}".strip())
        self.marker_items = True
        self.list_open = self.list_open or ends_open(text)

    @property
    def text(self) -> str:
        return strip_markup("\n".join(p for p in self.parts if p))


def _next_number(o: _Unit, num: str) -> bool:
    """`num` opens the open paragraph's list of numbered items (1) or is its next number."""
    numbers = [i.label for i in o.items if i.label and i.label.isdigit()]
    if not numbers and o.unmarked and len(o.items) == 1:
        return num == "2"  # a list whose first item printed no number ("approve Option C ...", then "2. agree ...")
    return num == "1" if not numbers else num.isdigit() and int(num) == int(numbers[-1]) + 1


def _next_item(o: _Unit, num: str) -> bool:
    """`num` is the next number of the list the open paragraph holds: its items run 1, 2, 3 and this is 4."""
    last = o.items[-1].label if o.items else None
    return bool(last and last.isdigit() and num.isdigit() and int(num) == int(last) + 1)


def _continues_list(o: _Unit, num: str, last_num: str | None) -> bool:
    """`num` is the next number of the list that the open paragraph holds (`_next_item`), inside a paragraph numbered
    at a deeper level (3.1), whose own next number would have a dot, or in a list its paragraph counts."""
    return _next_item(o, num) and bool(last_num and "." in last_num and o.number == last_num or o.counted)


def _bare_runs(blocks: list[Block]) -> frozenset[int]:
    """Where a run of bare numbers 1, 2, 3 ... begins, each opening a line of its own with only wrapped lines between
    ("1 Publish a delivery plan ... (DESNZ)", "2 Rebalance ...", "3 Lay ..."): a list numbered from 1 wherever the
    paper's own numbering stands (a chapter 5 above it), as a printed "1." would be."""
    runs = set()
    for i, b in enumerate(blocks):
        if b.kind != "num" or b.strong or b.num != "1":
            continue
        want = 2
        for c in blocks[i + 1 :]:
            if want > 3:
                break
            if c.kind == "num":
                if c.strong or c.num != str(want):
                    break
                want += 1
            elif c.kind not in ("text", "footnote", "rule"):
                break
        if want > 3:
            runs.add(i)
    return frozenset(runs)


def _delimiter(raw: str, num: str) -> str:
    """What a number is printed with: "." for "2.", ")" for "2)" or "(2)", "" for a bare "2"."""
    m = re.match(r"^(?:\*\*)?\(?" + re.escape(num) + r"(?:\*\*)?([.):\]])?", raw.strip())
    return (m.group(1) or "") if m else ""


class Segmenter:
    """Reads blocks in order and builds units; see the module docstring."""

    def __init__(self) -> None:
        self.units: list[_Unit] = []
        self.open: _Unit | None = None
        self.last_num: str | None = None
        self.last_head: str | None = None  # the last chapter numbered apart from the paragraphs
        self.footnotes: list[str] = []
        self.run_starts = False  # the block read begins a run of bare numbers 1, 2, 3 (`_bare_runs`)
        self.last_delimiter: str | None = None  # what the last paragraph's number was printed with ("." of "3.")

    # -- helpers ---------------------------------------------------------
    def _goes_on_from_last(self, num: str) -> bool:
        """`num` is the next of the list the paragraph before the open one held: "The Task Group recommends that the
        Executive: 1. ... 8." then "The Task Group also recommends that the Licensing Committee:" over "9. reviews ..."
        (one list numbered straight through two stems)."""
        last = self.units[-1] if self.units else None
        numbers = [i.label for i in last.items if i.label and i.label.isdigit()] if last is not None else []
        return bool(numbers) and num.isdigit() and int(num) == int(numbers[-1]) + 1

    def close(self) -> None:
        o = self.open
        if o is not None and o.label and not o.parts and o.title and o.inline_title and o.kind != "heading":
            # "R9 Provide dedicated capital funding for schools" as the last of a list, a heading next: a label's title
            # heads the text under it, and where none follows, the line is the item's text (a title on a line of its
            # own under a lone label, "(i)" over "those who ...", is read with its list as before)
            o.add(o.title)
            o.title = None
        if o is not None and (o.parts or o.label):
            self.units.append(o)
        self.open = None

    def start(self, unit: _Unit, text: str) -> None:
        self.close()
        m = RE_BOLD_RUN_IN.match(text)
        if m and m.group("rest"):
            unit.title = m.group("title").strip().rstrip(".:")
        if text:
            unit.add(text)
        self.open = unit

    def heading(self, text: str, page: int) -> None:
        self.close()
        self.units.append(_Unit(number=None, page=page, parts=[text], kind="heading"))

    def can_continue(self, block: Block) -> bool:
        """Text after a page break that carries on the open paragraph's last sentence."""
        o = self.open
        if o is None or not o.parts or ends_sentence(o.last):
            return False
        if _NOTES.reason.match(block.raw):
            return False  # "... named in Table 2; and" over "Reason: to give ...": a field of its own, never the rest
        if starts_lower(block.text):
            return True
        last_word = strip_markup(o.last).rstrip().split()[-1].lower() if strip_markup(o.last).split() else ""
        if last_word in _NEVER_LAST and not is_upper_title(block.text):
            return True  # "... the efforts of the Members of the" / "Governance Working Party"
        return (last_word in _OPEN_ENDINGS or o.last.rstrip().endswith(",")) and not is_heading_like(block.text)

    def _titles_next(self, o: _Unit, b: Block, nxt: Block | None) -> bool:
        """After a table, a title-like line right before the next numbered paragraph is that
        paragraph's heading, not one more row of the table; a key to the table ('White =
        commencement date not yet reached') is the table's."""
        return (o.rows_at == len(o.parts) and is_heading_like(b.text) and "=" not in b.text
                and nxt is not None and nxt.kind == "num"
                and plausible_next(self.last_num, nxt.num or ""))

    # -- the machine -----------------------------------------------------
    def feed(self, blocks: list[Block]) -> list[_Unit]:
        runs = _bare_runs(blocks)
        for i, b in enumerate(blocks):
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            self.run_starts = i in runs
            getattr(self, f"_on_{b.kind}")(b, nxt)
            if self.open is not None and b.kind not in ("footnote", "rule"):
                if not self.open.chars[0]:
                    self.open.opens = "italic" if b.italic else "bold" if b.bold else None
                for k, n in enumerate((b.chars, b.bold_chars, b.italic_chars)):
                    self.open.chars[k] += n
        self.close()
        return self.units

    def _on_rule(self, b: Block, nxt: Block | None) -> None:
        pass

    def _on_footnote(self, b: Block, nxt: Block | None) -> None:
        self.footnotes.append(b.text)

    def _on_num(self, b: Block, nxt: Block | None) -> None:
        num = b.num or ""
        o = self.open
        if o is not None and o.item_delimiter and _next_item(o, num) and _delimiter(b.raw, num) == o.item_delimiter \
                and not is_heading_like(b.text):
            # "2. The Executive Leader is asked to:" over "1) Approve ...", "2) Approve ...", "3) Delegate ...": a number
            # printed as the list's are, not as the paragraphs' are, is the list's next item, though 3 is also the
            # paragraph number that comes next
            o.add_item(num, b.text, f"{num}.", b.page)
            return
        if o is not None and (_continues_list(o, num, self.last_num) or self._titled_next(o, num)) \
                and not is_heading_like(b.text):
            # "3.1 The Committee recommends: 1. ... 2. ... 3. ...", then over a page "4. That Cabinet ...": the list's
            # next item, not a section 4 after 3.1 (a section of a paper numbered 3.1 has a title: "4. Next steps")
            o.add_item(num, b.text, f"{num}.", b.page)
            return
        chapter = not b.strong and "." not in num and num != "0" and number_ok(b.text) and is_heading_like(b.text) \
            and not RE_TOC_ENTRY.search(b.raw) and plausible_next(self.last_head, num)
        if b.level and "." not in num and num != "0" and is_heading_like(b.text) and not RE_TOC_ENTRY.search(b.raw) \
                and not plausible_next(self.last_num, num) and plausible_next(self.last_head, num):
            # "3. Combining hours of care" set as a heading (Word's "Heading 1", HTML's h2) between paragraphs 6 and 7:
            # a chapter numbered in its own sequence, as the document marks it, not a paragraph 3 that 7 runs into
            chapter = True
        if chapter and (not plausible_next(self.last_num, num) or _restarted(num, nxt)):
            # a chapter numbered in its own sequence, beside the paragraphs' ("2 The scale of the
            # problem" between paragraphs 4. and 5.; "1 Introduction" over paragraph 1.;
            # "Chapter 3: Clinical care" over 3.1)
            self.last_head = num
            if b.level and num == "1":
                # the first chapter the document sets as a heading begins the body: the numbered titles before it ("1.
                # Introduction" ... "8. Equality and evaluation" under "Contents") numbered no paragraph
                self.last_num = None
            self.close()
            self.units.append(_Unit(number=num, page=b.page, parts=[b.text], kind="heading"))
            return None
        if o is not None and num == "1" and o.number is None and not o.items and not plausible_next(self.last_num, num) \
                and RE_COUNTED.search(strip_markup(o.text)) and not is_heading_like(b.text):
            # "We make 11 recommendations. They are addressed to ...", then "1 The Department ... should ...": the list
            # the paragraph counts, though it ends with no colon
            o.list_open = o.counted = True
        if self.run_starts and o is not None and (o.number is None or o.list_open) and not o.items and o.kind == "paragraph" \
                and not plausible_next(self.last_num, num) and not is_heading_like(b.text):
            # "Our priority recommendations ... are set out below." over "1 Publish ...", "2 Rebalance ...": the list
            # its paragraph introduces, numbered from 1 whatever number the paper's paragraphs had reached
            o.list_open = o.counted = True
        if not b.strong and not plausible_next(self.last_num, num) and not (o is not None and o.counted):
            return self._on_text(Block("text", b.raw, b.page, b.gap_before, b.raw), nxt)
        if o is not None and o.list_open and "." not in num and not plausible_next(self.last_num, num):
            # a numbered list inside the open paragraph ("as follows: 1. ... 2. ...")
            o.add_item(num, b.text, f"{num}.", b.page)
            o.item_indent, o.item_hang = b.indent, b.hang
            # (items printed otherwise than the paper's paragraph numbers are: "1)" under "2.")
            paragraphs = o.delimiter if o.number else self.last_delimiter
            if len(o.items) == 1 and paragraphs is not None and (printed := _delimiter(b.raw, num)) != paragraphs:
                o.item_delimiter = printed
            return
        if o is not None and o.list_open and o.number is None and o.item_indent is not None and abs(b.indent - o.item_indent) <= 2 \
                and self.last_num is not None and any(u.number and "." in u.number for u in self.units) \
                and o.items and (o.items[-1].label or "").isdigit() and num.isdigit() \
                and int(num) == int(o.items[-1].label or 0) + 1 and not is_heading_like(b.text):
            # "The Cabinet is asked to RESOLVE: 1. ... 2. ..." then "3. To approve ...", set where 1. and 2. are: the
            # list's next item, though 3 is also the number the report's next section takes (set further out), in a
            # report whose paragraphs are numbered 3.1, 3.2 (where they run 1, 2, 3 a number alone is a paragraph's)
            o.add_item(num, b.text, f"{num}.", b.page)
            return
        if o is None and num == "1" and not plausible_next(self.last_num, num) and not is_heading_like(b.text) \
                and (host := self._announced()) is not None:
            # "6.2 The Committee therefore makes the following recommendations to the Executive.", then over a page
            # a box titled "Recommendations to the Executive" over "1. That ..." to "6. That ...": the list the
            # paragraph announced, its title with it, not paragraphs 1 to 6 of a report numbered 6.2
            self.open = host
            host.list_open = True
            host.add_item(num, b.text, f"{num}.", b.page)
            return
        self.last_num, self.last_delimiter = num, _delimiter(b.raw, num)
        self.start(_Unit(number=num, page=b.page, delimiter=self.last_delimiter), b.text)

    def _titled_next(self, o: _Unit, num: str) -> bool:
        """`num` is the next of the open paragraph's list, and the paper's own number it equals numbers its titled
        sections: "4. Recommendations" over "The Committee recommends: 1. ... 4." and then "5. That the Trust opens
        ...", a sentence, carries on the list; "5. What happens next", a title, is the next section."""
        if not (o.list_open and _next_item(o, num)):
            return False
        numbered = next((u for u in reversed(self.units) if u.number is not None), None)
        return numbered is not None and "." not in (numbered.number or ".") and (
            numbered.kind == "heading" or is_heading_like(numbered.text) and not numbered.text.rstrip().endswith(":"))

    def _announced(self) -> _Unit | None:
        """The last numbered paragraph, taken back out of the closed units with the titles set after it, where it
        announces a list to come ("... makes the following recommendations to the Executive.") and nothing but a
        title or two stands between it and the list; None where it does not."""
        titles = 0
        for k in range(len(self.units) - 1, -1, -1):
            u = self.units[k]
            if u.kind == "heading" and u.number is None and titles < 2:
                titles += 1
                continue
            if u.kind != "paragraph" or u.number != self.last_num or u.items or "." not in (u.number or ""):
                return None
            last = RE_STATEMENT_BREAK.split(strip_markup(u.text).strip())[-1]
            if not RE_POINTS_AHEAD.search(last):
                return None
            between = self.units[k + 1 :]
            del self.units[k:]
            u.parts.extend(t.text for t in between)
            return u
        return None

    def _on_rec(self, b: Block, nxt: Block | None) -> None:
        o = self.open
        code = RE_CODE.match(b.raw)
        if o is not None and o.number and o.list_open and not o.label and code and len(o.items) == len(o.codes):
            # "2.1 The Committee RECOMMENDS:" over "R1 That Cabinet adopts ..." to "R6 ...": the list its lead-in
            # opens, each item under its label, as a lettered list would be
            o.add_item(b.label, b.text, code.group(0), b.page)
            o.codes.append(code.group(0))
            return
        text, title = b.text, None
        # (set as a heading, in its rank or in bold, the title may open in lower case: "Recommendation (a): a register
        # of agreements" over the recommendation it heads, "That the Cabinet ...", or over the answer to it in a
        # letter or minutes, "Recommendation 1 – a delivery plan" over "The Cabinet Member said that ...")
        styled = bool(b.level or b.bold) and bool(text) and is_heading_like(text[:1].upper() + text[1:])
        if text and (is_heading_like(text) or styled) and not text.startswith(("That ", "To ", "that ", "to ")):
            text, title = "", text  # "Recommendation 3: A better approach to risk assessment"
        unit = _Unit(number=None, page=b.page, label=b.label, filled=bool(text), cited=b.cited)
        self.start(unit, text)
        unit.title, unit.inline_title = title, title is not None

    def _on_letter(self, b: Block, nxt: Block | None) -> None:
        o = self.open
        label = b.label or ""
        if o is not None and not o.filled:
            o.filled = True
        if o is not None and o.number and o.number.isalpha() and len(label) == 1 and _later_letter(o.number, label):
            self.start(_Unit(number=label, page=b.page), b.text)  # the next of a lettered list of paragraphs
            return
        if o is not None and _wraps_inline_list(o, label, b):
            o.continue_last(b.raw.strip())  # "That the Panel (i) notes ...;" then a line "(ii) reviews ...; (iii) ..."
            return
        if o is not None and o.number and not o.list_open and not o.items and o.parts and ends_sentence(o.last) \
                and b.bold and len(label) == 1 and is_heading_like(b.text):
            # "4.1 Each recommendation is shown below ..." then "(a) Asking parishes for their figures" in bold, a bar's
            # title: the head of what follows, as the "(b)" and "(c)" after it are, not the first item of a list the
            # paragraph never opened
            self.start(_Unit(number=label, page=b.page), b.text)
            return
        if o is not None and (o.number or o.list_open or o.marker_items or o.label):
            o.add_item(label, b.text, _marker(label, b), b.page)
            return
        if o is not None and label in ROMANS and label != "i" and self._resumes_romans(label):
            # "(i) That a framework ...", a paragraph about it ("Success in achieving this will be measured ..."), then
            # "(ii) ...": the list goes on after the paragraph that interrupted it, its item keeping its label
            o.add_item(label, b.text, _marker(label, b), b.page)
            return
        if label in ROMANS and label != "i" or len(label) > 1:
            return self._on_bullet(b, nxt) if not label.startswith("(") else self._start_item_paragraph(b)
        self.start(_Unit(number=label, page=b.page), b.text)

    def _resumes_romans(self, label: str) -> bool:
        """The roman item `label` is the next of the list that the paragraph before the open one ended with."""
        before = next((u for u in reversed(self.units) if u.kind != "heading"), None)
        last = (before.items[-1].label or "") if before is not None and before.items else ""
        k = ROMANS.index(label)
        return k > 0 and last.strip("()") == ROMANS[k - 1]

    def _start_item_paragraph(self, b: Block) -> None:
        self.start(_Unit(number=None, page=b.page), f"{b.label} {b.text}")

    def _on_bullet(self, b: Block, nxt: Block | None) -> None:
        o = self.open
        if o is not None and not o.filled:
            o.filled = True
            o.add(b.text)
            return
        if o is not None and (o.list_open or o.marker_items):
            if o.items and o.items[-1].label is None and o.bullet_indent is not None and b.indent > o.bullet_indent + 2:
                o.add_subitem(b.text, "-")  # a bullet of a list inside the last bullet's item
                return
            if o.bullet_indent is None or not o.items or o.items[-1].label is not None:
                o.bullet_indent = b.indent
            o.add_item(None, b.text, "-", b.page)
            return
        if o is not None and starts_lower(b.text) and not ends_sentence(o.last):
            o.continue_last(b.text)  # a wrapped line that extraction made look like a bullet
            return
        lone_title = is_heading_like(b.text, max_words=12) and (nxt is None or nxt.kind not in ("bullet",))
        if lone_title:
            self.heading(b.text, b.page)
            return
        if o is not None:
            o.add_item(None, b.text, "-", b.page)
            return
        unit = _Unit(number=None, page=b.page)
        self.start(unit, f"- {b.text}")
        unit.marker_items = True

    def _on_table(self, b: Block, nxt: Block | None) -> None:
        if self.open is None:
            self.start(_Unit(number=None, page=b.page, tabular=True), b.text)
        else:
            self.open.parts.append(b.text)
            self.open.tabular = True
            self.open.rows_at = len(self.open.parts)

    def _on_text(self, b: Block, nxt: Block | None) -> None:
        o = self.open
        text = b.text
        if b.underlined:
            self.close()
            self.heading(text, b.page)
            return
        item = RE_SINGLE.match(b.raw)
        if o is not None and o.list_open and item and starts_lower(item.group("rest")) \
                and (_next_number(o, item.group("num")) or not o.items and self._goes_on_from_last(item.group("num"))):
            # "Cabinet is recommended to:" then "1. approve the policy ...": an item that completes its lead-in opens
            # in lower case, which a paragraph's number never does
            o.add_item(item.group("num"), item.group("rest"), f"{item.group('num')}.", b.page)
            return
        if o is not None and not o.filled and o.label and is_modal_lead(text) \
                and nxt is not None and nxt.kind == "rec":
            # "R2 Make regular use of the school grounds" then "Local authorities should:" over "R4 ...": the lead-in of
            # the next group of asks, never the text under a label's title (the title is the item's text: `close`); but
            # "Recommendation 2: Cabinet Office leadership ..." over "The UK government should:" and its bullets is a
            # titled recommendation and its text
            self.close()
            self.start(_Unit(number=None, page=b.page), text)
            return
        if o is not None and not o.filled:
            if o.title is None and is_heading_like(text) and not text.startswith(("That ", "To ")):
                o.title = text  # "Recommendation 1" / "A simplified structure ..." / text
                return
            o.filled = True
            o.add(text)
            return
        if o is not None and b.gap_before and starts_lower(text) and (
                (not o.items and o.list_open and ends_open(o.last)) or (o.items and o.unmarked)):
            # "2.1 The Council is recommended to:" over blocks set apart, each completing it in lower case ("approve
            # the budget ...;", "set the precept ...; and"): the items of a list whose marks were not printed (a text
            # export, a bullet drawn as a picture); a wrapped line runs on with no line between
            o.add_item(None, text, "", b.page)
            o.unmarked = True
            return
        if o is not None and self.can_continue(b):
            o.continue_last(text)
            return
        if o is not None and o.items and (o.item_hang is None or abs(b.indent - o.item_hang) <= 2) and not b.gap_before \
                and b.page != o.item_pages[-1] and not ends_sentence(o.items[-1].text) and ends_sentence(text):
            # "(4) agree that ... the findings reported to the Communities and Housing" at the foot of a page, then
            # "Overview and Scrutiny Committee." at the top of the next, with no space before it (at the item's hanging
            # indent where it has one): the rest of its sentence, however much it reads as a title
            o.continue_last(text)
            return
        if o is not None and o.items and o.item_hang is not None and o.item_indent is not None \
                and abs(b.indent - o.item_hang) <= 2 and b.indent > o.item_indent + 2 \
                and (not is_heading_like(text) or text.startswith("(")):  # (a bracket is no title: "(paragraph 5.7)")
            # "1 The intent of this recommendation is ..." with its wrapped lines set in, then "Ellerdine Trains should
            # ..." set where they are: the item's next paragraph, at its hanging indent, not one of the report's
            o.add(text)
            o.items[-1].text = f"{o.items[-1].text}\n\n{strip_markup(text)}"
            return
        if o is not None and o.number and o.list_open and o.items and not o.label and _NOTES.reason.match(b.raw):
            # "2. The Executive Leader is asked to:" over "1) Approve ...", "Reason: To give ...", "2) Approve ...": the
            # reason printed under each decision is its paragraph's text, not the decision's, and the list goes on
            o.add(text)
            return
        if o is not None and o.number and o.list_open and not o.label and not self._titles_next(o, b, nxt):
            restarts = nxt is not None and nxt.kind == "letter" and nxt.label in ("a", "A", "i", "(1)") and any(
                i.label for i in o.items
            )  # a new lettered list under a new title is not part of this one
            if not o.marker_items or (nxt is not None and nxt.kind in ("bullet", "letter", "table") and not restarts):
                o.add(text)  # a list of plain lines, or a sub-title inside a bulleted list
                return
        self.close()
        carried_on = nxt is not None and nxt.kind == "text" and starts_lower(nxt.text)
        # "Annex: Terms of reference" set as a heading is one, though it reads as a field ("Date: 3 May")
        field = is_field(text) and not b.level
        if is_label_heading(text) or not field and not carried_on and (is_upper_title(text) or is_heading_like(text)):
            self.heading(text, b.page)
        else:
            self.start(_Unit(number=None, page=b.page), text)


RE_CODE = re.compile(r"R\d{1,3}[a-z]?(?=[\s.:)])")  # a recommendation's code as a list prints it: "R1", "R12a"


LETTER_GAP = 3  # a response quotes the recommendations it answers together, "(e)" then "(g)": letters may be skipped


def _later_letter(prev: str, label: str) -> bool:
    """`label` goes on a list of lettered paragraphs after `prev`: the next letter, or a later one close by that no
    roman numeral could be ("(e)" then "(g)", where "(i)" after "(g)" may open a sub-list)."""
    gap = ord(label) - ord(prev)
    return gap == 1 or 1 < gap <= LETTER_GAP and label not in ROMANS


def _previous_label(label: str) -> str | None:
    """The label before `label` in its sequence ("ii" -> "i", "c" -> "b", "4" -> "3"); None for a first one."""
    if label in ROMANS:
        k = ROMANS.index(label)
        return ROMANS[k - 1] if k else None
    if label.isdigit():
        return str(int(label) - 1) if int(label) > 1 else None
    if len(label) == 1 and label.isalpha() and label not in "aA":
        return chr(ord(label) - 1)
    return None


def _wraps_inline_list(o: _Unit, label: str, b: Block) -> bool:
    """A line that opens with a list's mark ("(ii) reviews ...") where the open paragraph, with no item yet, printed
    the mark before it inline in its sentence ("That the Panel (i) notes ...;"): the inline list goes on over a line
    break, and the mark is a word of the sentence, not an item of a list set out line by line."""
    mark = re.match(rf"^\W*?(\(?){re.escape(label)}([.)])", b.raw)
    prev = _previous_label(label)
    if o.items or not mark or not prev:
        return False
    return bool(re.search(rf"(?:^|\s){re.escape(mark.group(1) + prev + mark.group(2))}\s", o.last))


def _marker(label: str, b: Block) -> str:
    """How an item's label is printed before it in its paragraph's text: "a)", and "(1)" as it came, not "(1))"; a
    capital letter or a reference as printed ("A.", "R1")."""
    if re.fullmatch(r"[A-Z]|R\d{1,3}[a-z]?", label) and (m := re.match(rf"^\W*?\(?{re.escape(label)}[.):]?", b.raw)):
        return m.group(0).lstrip()
    return label if label.startswith("(") else f"{label})"


def _is_heading(unit: _Unit, has_children: bool, followed_by_text: bool) -> bool:
    text = unit.text
    if unit.items or unit.label or not text:
        return False
    if unit.number and unit.number.endswith(".0") and is_heading_like(text, max_words=16):
        return True
    if is_upper_title(text):
        return True
    if has_children and "\n" not in text:
        t = text.rstrip()
        return len(t.split()) <= 25 and t[-1] not in ".;:," and not t[0].islower()
    # "8. Recommendations" followed by unnumbered text or a list that restarts at 1
    return bool(unit.number and "." not in unit.number and followed_by_text and is_heading_like(text, max_words=8))


def _is_letter_label(label: str | None, prev_letter: str | None) -> bool:
    """'b' is a letter; 'ii' is a roman numeral; 'i' is a letter only right after 'h'."""
    if not label or len(label) != 1:
        return False
    if label in ROMANS:
        return prev_letter is not None and ord(label) == ord(prev_letter) + 1
    return True


def split_titled_lists(units: list[_Unit]) -> list[_Unit]:
    """'1. Introduction' followed by 'a) ...', 'b) ...': a heading whose lettered items are the paragraphs.

    Roman sub-items and bullets stay with the lettered paragraph above them.
    """
    out: list[_Unit] = []
    for unit in units:
        lead = unit.parts[0] if unit.parts else ""
        lettered = [i for i in unit.items if i.label and len(i.label) == 1 and i.label not in ROMANS[1:]]
        if not (unit.number and lettered and unit.items[0].label == "a" and is_heading_like(lead, max_words=12)):
            out.append(unit)
            continue
        out.append(_Unit(number=unit.number, page=unit.page, parts=[lead], kind="heading"))
        current: _Unit | None = None
        prev_letter: str | None = None
        for item, page in zip(unit.items, unit.item_pages):
            if _is_letter_label(item.label, prev_letter):
                prev_letter = item.label
                current = _Unit(number=item.label, page=page, parts=[item.text])
                current.list_open = ends_open(item.text)
                out.append(current)
            elif current is not None:
                current.add_item(item.label, item.text, f"{item.label})" if item.label else "-", page)
    return out


def segment_paragraphs(lines: list[Line], doc_id: str) -> tuple[list[Paragraph], list[str]]:
    """Segment a document's lines into `Paragraph` units; return them and the footnotes."""
    seg = Segmenter()
    units = split_titled_lists(seg.feed(build_blocks(lines)))
    numbered = [u for u in units if u.number]
    after = {id(u): (units[i + 1] if i + 1 < len(units) else None) for i, u in enumerate(units)}
    for k, unit in enumerate(numbered):
        nxt = numbered[k + 1] if k + 1 < len(numbered) else None
        has_children = nxt is not None and is_child(nxt.number or "", unit.number or "")
        follower = after[id(unit)]
        followed_by_text = follower is not None and not follower.number and follower.kind == "paragraph"
        if unit.kind != "heading" and _is_heading(unit, has_children, followed_by_text):
            unit.kind = "heading"
    units = absorb_interruptions(units)

    paragraphs: list[Paragraph] = []
    seen: dict[str, int] = {}
    heading: str | None = None
    section: str | None = None
    prefix = doc_id[:12]
    for pos, unit in enumerate(units):
        text = unit.text
        if unit.kind == "heading":
            heading = _heading_text(text)
        if unit.number and unit.kind == "heading" and unit.number[0].isdigit():
            section = unit.number
        if unit.number:
            # a lettered paragraph is cited with its section's number: '1a'
            key = f"{section}{unit.number}" if unit.number.isalpha() and section else unit.number
            seen[key] = seen.get(key, 0) + 1
            uid = f"{prefix}:{key}" + (f"~{seen[key]}" if seen[key] > 1 else "")
        else:
            uid = f"{prefix}:@{pos}"
        paragraphs.append(
            Paragraph(
                uid=uid,
                number=unit.number,
                kind=unit.kind,
                heading=None if unit.kind == "heading" else heading,
                text=text,
                page=unit.page,
                position=pos,
                label=unit.label,
                title=unit.title,
                items=unit.items,
                emphasis=unit.emphasis,
                cited=unit.cited,
            )
        )
    return paragraphs, seg.footnotes


# a paragraph that counts the recommendations it introduces: "We make 11 recommendations.", "The review makes eight
# recommendations", "There are twelve recommendations"
RE_COUNTED = re.compile(r"\b(?:make|makes|made|are|is|has|have)\s+(?:\d{1,2}|" + NUMBER_WORD + r")\s+recommendations?\b", re.I)


def _restarted(num: str, nxt: Block | None) -> bool:
    """The next block is a paragraph number that does not carry on `num` ("1 Introduction" then
    "1. In October ..."): `num` numbers something else, a chapter."""
    return nxt is not None and nxt.kind == "num" and nxt.strong and not plausible_next(num, nxt.num or "")


def absorb_interruptions(units: list[_Unit]) -> list[_Unit]:
    """Give a numbered paragraph back what interrupted it: a table with its caption and the
    prose after it; in a document that numbers its headings, also sub-titles and their text.

    Unnumbered blocks between numbered paragraph P and the next numbered unit Q are
    candidates only when Q carries on P's numbering (`plausible_next`: no numbered section was
    opened in between). A title right before Q is Q's, and stays a heading. Then:

    - a table (and its caption, the title-like line right above it) straight after P belongs to
      P, with the prose after it up to the next title: a table does not start a paragraph;
    - in a document that numbers its headings (`numbered_headings`), an unnumbered title inside
      a numbered section is a sub-title of P ("Option 1 – Repair the existing building"), so
      P keeps it and its text, unless Q opens a new section whose title is not numbered
      ("Chapter 6: Conclusions", "Part Two: Decisions"): then only the table rule holds.

    Blocks after the last numbered unit (background papers, appendices) and before the first
    are left alone.
    """
    numbered_titles = numbered_headings(units)
    head_levels = {(u.number or "").count(".") for u in units if u.kind == "heading" and (u.number or "")[:1].isdigit()}
    out: list[_Unit] = []
    i = 0
    while i < len(units):
        unit = units[i]
        out.append(unit)
        i += 1
        if not (unit.number and unit.number[0].isdigit() and unit.kind == "paragraph" and not unit.label):
            continue
        j = i
        while j < len(units) and not units[j].number and not units[j].label:
            j += 1
        run = units[i:j]
        nxt = units[j] if j < len(units) else None
        if not run or nxt is None or not (nxt.number or "")[:1].isdigit() or not plausible_next(unit.number, nxt.number or ""):
            continue
        if any(u.kind == "heading" and RE_PARAGRAPH_HEAD.match(u.text.strip()) for u in run):
            continue  # "Paragraph 4.3 – Attendance Support Service": heads of their own, each over the answer it gives
        if any(_own_list(u) for u in run):
            # "1.9 ..." then "Recommendations" over "We make nine recommendations." and its list "1" to "9", then "2
            # Context and method": a passage that numbers a list of its own from 1 is no interruption of 1.9
            continue
        titles = [k for k, u in enumerate(run) if u.kind == "heading" and not (k + 1 < len(run) and run[k + 1].tabular)]
        if numbered_titles and titles and titles[0] == 0 and unit.number.count(".") in head_levels \
                and len(unit.parts) == 1 and is_heading_like(unit.text):
            # "3. Our commitments" straight over "Commitment 1 ..." and their sub-titles, in a paper whose "1. About this
            # plan" and "4. Keeping this plan up to date" are titles over numbered paragraphs: a title at their level
            # whose section holds no numbered paragraph and opens with a sub-title is a title too, and what follows it
            # is no paragraph of its (a numbered recommendation's title over its lettered items stays its paragraph)
            unit.kind = "heading"
            continue
        same_section = _parent(nxt.number or "") == _parent(unit.number) or nxt.kind == "heading"
        if not (numbered_titles and same_section):
            if not any(u.tabular for u in run):
                continue
            run = run[: titles[0] if titles else len(run)]
        while run and run[-1].kind == "heading":
            run = run[:-1]  # the title of what follows
        for part in run:
            unit.parts.extend(p for p in part.parts if p)
            unit.chars = [a + b for a, b in zip(unit.chars, part.chars)]
        i += len(run)
    return out


def _own_list(unit: _Unit) -> bool:
    """The unit holds a list it numbers from 1, two items or more."""
    numbers = [i.label for i in unit.items if i.label]
    return len(numbers) >= 2 and numbers[0] == "1" and numbers[1] == "2"


def numbered_headings(units: list[_Unit]) -> bool:
    """Does the document number its section titles? Two or more numbered headings whose
    numbers the paragraphs under them extend ('5. CONSULTATION' over 5.1, 5.2). A select
    committee's chapters over one run of paragraph numbers, or an officer report's
    'Background' over single-level paragraphs, do not."""
    numbers = [u.number for u in units if u.kind == "paragraph" and (u.number or "")[:1].isdigit()]
    parents = [u for u in units if u.kind == "heading" and (u.number or "")[:1].isdigit()
               and any(is_child(n or "", u.number or "") for n in numbers)]
    return len(parents) >= 2


def _parent(number: str) -> str:
    return number.rsplit(".", 1)[0] if "." in number else ""


def _heading_text(text: str) -> str:
    return re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]+$", "", text).strip()


def _key(text: str) -> str:
    return " ".join(re.findall(r"[a-z0-9]+", strip_markup(text).lower()))


T = TypeVar("T")


def _by_heading(paragraphs: list[Paragraph], keyed: list[tuple[str, T]], same: Callable[[str, str], bool],
                ahead: int | None = None) -> dict[int, T]:
    """What `keyed` (a line's words, its value) says of each heading paragraph, by id: headings and lines matched in
    reading order, by their words (`same(heading, line)`), looking at most `ahead` lines past the last match."""
    out: dict[int, T] = {}
    j = 0
    for p in paragraphs:
        if p.kind != "heading" or not (key := _key(p.text)):
            continue
        for i in range(j, len(keyed) if ahead is None else min(len(keyed), j + ahead)):
            if same(key, keyed[i][0]):
                out[id(p)] = keyed[i][1]
                j = i + 1
                break
    return out


def heading_ranks(paragraphs: list[Paragraph], lines: list[Line]) -> dict[int, int]:
    """The rank the document gives each of its headings (`Line.level`: HTML's h2, Word's "Heading 2"), by id of the
    heading paragraph; a heading whose rank the document does not mark is left out. Matched by their words (a
    numbered heading's line also prints its number)."""
    ranked = [(_key(line.text), line.level) for line in lines if line.level]
    return _by_heading(paragraphs, ranked, lambda key, line: line == key or line.endswith(f" {key}")) if ranked else {}


def heading_sizes(paragraphs: list[Paragraph], lines: list[Line]) -> dict[int, float]:
    """The type size of each heading of a PDF (`Line.size` of its first line), by id of the heading paragraph; a
    heading whose size is not known is left out."""
    sized = [(_key(line.text), line.size) for line in lines if line.size]
    return _by_heading(paragraphs, sized, _heads, SIZE_LOOKAHEAD)


SIZE_LOOKAHEAD = 400  # lines: a heading is found near where the last one was


def _heads(key: str, line: str) -> bool:
    """The line is the heading `key`, its first line (a heading wrapped), or its number and it ("4 Recommendations");
    not body text that ends with the heading's words ("... final report and recommendations")."""
    number = line[: -len(key) - 1] if line.endswith(f" {key}") else ""
    return line == key or key.startswith(f"{line} ") or bool(number) and not number.strip("0123456789.")
