"""Plain text: UTF-8, with a Windows-1252 fallback and a refusal of binary data.

A form feed starts a new page; blank lines are kept as `Line.gap_before`. In text
converted from a PDF (pages split by form feeds) the folios and running headers and
footers at the top and bottom of each page are dropped, as the PDF reader drops them.
"""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path

from pipeline.errors import ScrutinyError, message
from pipeline.ingest.cleanup import is_page_number, running_furniture
from pipeline.labels import CODE, ITEM_MARKER, REFERENCE
from pipeline.records import Issue, Line

EDGE_LINES = 2  # lines at the top and at the bottom of a page where furniture may sit

# Control characters that never occur in text files (tab, newline, CR and form feed do).
_BINARY = {c for c in range(32) if c not in (9, 10, 12, 13)}


def decode(data: bytes, path: Path) -> tuple[str, list[Issue]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Windows "Unicode text" is UTF-16, full of NULs
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise ScrutinyError("E105", path, detail="a UTF-16 byte-order mark but invalid UTF-16") from exc
    head = data[:8192]
    if b"\x00" in head or sum(b in _BINARY for b in head) > max(8, len(head) // 100):
        raise ScrutinyError("E105", path, detail="NUL or control bytes near the start")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, [Issue("W202", message("W202", path))]


# an e-mail reply's quotation marker at the start of a line ("> ", ">> "): how the mail shows what it quotes
RE_REPLY_QUOTE = re.compile(r"^ {0,3}>(?:[ >]*?)(?: |$)")


# a paragraph's number or label, a tab, and the paragraph ("5.1<TAB>The Committee makes ...", "R1<TAB>That the Cabinet
# ..."): how a word processor sets a numbered paragraph when it is saved as plain text, not a row of a two-column table
RE_TABBED_NUMBER = re.compile(rf"^(?P<marker>\s*(?:{ITEM_MARKER}|{REFERENCE}|{CODE}))\t+(?P<text>[^\t]*\S)$")
MIN_PROSE_WORDS = 6  # ... a paragraph, not a short cell ("1<TAB>Increase fees")


RE_FRONT_FIELD = re.compile(r"^(?P<key>[A-Za-z][A-Za-z_ -]{0,40}):[ \t]*(?P<value>.*?)[ \t]*$")  # "meeting_date: 2031-09-22"
FRONT_LINES = 40  # a front matter block closes within this many lines


def _front_matter(text: str) -> str:
    """A Markdown export's front matter ("---" / "committee: \"Resources Committee\"" / "---") as the cover fields it
    is: "Committee: Resources Committee", its key in words, its value unquoted; text with none as it is."""
    head = text.split("\n", FRONT_LINES + 2)
    if not head or head[0].strip() != "---":
        return text
    end = next((k for k in range(1, min(len(head), FRONT_LINES + 1)) if head[k].strip() in ("---", "...")), None)
    if end is None or not all(RE_FRONT_FIELD.match(x) for x in head[1:end] if x.strip()):
        return text
    fields = []
    for x in head[1:end]:
        m = RE_FRONT_FIELD.match(x)
        if m and m.group("value"):
            key = m.group("key").replace("_", " ").strip()
            fields.append(f"{key[:1].upper()}{key[1:]}: {m.group('value').strip(chr(34) + chr(39))}")
    rest = "\n".join(head[end + 1:])
    return "\n".join(fields) + "\n\n" + rest


RE_MARKDOWN_HEADING = re.compile(r"^(?P<hashes>#{1,6})[ \t]+(?P<text>\S.*?)(?:[ \t]+#+)?[ \t]*$")  # "## Background"
# the line that introduces a quoted original: "On 20 Nov 2025, at 11:02, Joanne Warboys <...> wrote:"
RE_ATTRIBUTION = re.compile(r"^\s*(?:On\s.{3,200}?\swrote:|-{2,}\s*Original Message\s*-{2,})\s*$", re.I)


def _reply_only(text: str) -> str:
    """An e-mail reply written above the message it quotes ("Re your point 1 - ...", then "On 20 Nov 2025, ... wrote:"
    and the original, every line of it marked "> "): the reply, without the original, which is the message replied to,
    not the reply's text (its recommendations are the report's, quoted for reference). A reply that answers between
    the quoted lines keeps them: there the quotation says what each answer is to."""
    lines = text.split("\n")
    at = next((k for k, x in enumerate(lines) if RE_ATTRIBUTION.match(x)), None)
    if at is None or not any(x.strip() and not RE_REPLY_QUOTE.match(x) for x in lines[:at]):
        return text
    after = [x for x in lines[at + 1:] if x.strip()]
    return "\n".join(lines[:at]) if after and all(RE_REPLY_QUOTE.match(x) for x in after) else text


def text_to_lines(text: str) -> tuple[list[Line], int]:
    """Split text into `Line`s; form feeds count pages, blank lines become gaps.

    An e-mail reply's quotation markers ("> 5. That the Council ...") are how the mail shows what it
    quotes, not its text: they are dropped, and a quoted run is a block of its own, as an indented
    quotation is on paper; a reply written above the original it quotes is read without it (`_reply_only`)."""
    lines: list[Line] = []
    page, gap = 1, 0
    quoting = False
    for raw in _reply_only(_front_matter(text.replace("\r\n", "\n").replace("\r", "\n"))).split("\n"):
        parts = raw.split("\f")
        for k, part in enumerate(parts):
            if k:
                page += 1
            stripped = part.rstrip()
            marker = RE_REPLY_QUOTE.match(stripped)
            if marker:
                stripped = stripped[marker.end():]
            if bool(marker) != quoting and lines:
                gap = max(gap, 1)  # into or out of a quotation: a new block
            quoting = bool(marker)
            if not stripped.strip():
                gap += 1
                continue
            numbered = RE_TABBED_NUMBER.match(stripped)
            if numbered and len(numbered.group("text").split()) >= MIN_PROSE_WORDS:
                stripped = f"{numbered.group('marker')} {numbered.group('text')}"  # "5.1<TAB>The Committee ...": a paragraph
            heading = RE_MARKDOWN_HEADING.match(stripped)
            if heading:  # "## Recommendations": a heading in a Markdown export, its level the number of hashes
                lines.append(Line(text=heading.group("text"), page=page, gap_before=max(gap, 1), bold=True,
                                  level=len(heading.group("hashes"))))
                gap = 0
                continue
            lines.append(Line(text=stripped, page=page, gap_before=gap, table="\t" in stripped.strip()))
            gap = 0
    return simple_tables(drawn_tables(_lone_tabbed_numbers(aligned_records(lines)))), page


# a record exported as fixed-width text: "Lead officer:      Lee Hanrahan, Parking Services Manager", the values set in one
# column, a long value wrapped onto lines indented to that column
RE_ALIGNED_FIELD = re.compile(r"^(?P<key>[A-Z][\w’'()/.,& -]{0,40}?):(?P<pad> {2,})\S")
RE_ANY_FIELD = re.compile(r"^[A-Z][\w’'()/.,& -]{0,50}?: +\S")
MIN_ALIGNED = 3  # fields set in one column that make a record


def aligned_records(lines: list[Line]) -> list[Line]:
    """A committee system's record exported as fixed-width text ("Action ref:        OS/24/31", "Status:            In
    progress", each value in one column and its wrapped lines indented to it): each field a block of its own, its
    wrapped lines joined to it, as a form's rows are read, not one paragraph of every field run together. Only a run of
    consecutive lines that are all such fields (at least three in one column) or their wrapped values is a record: a
    page of laid-out text with a colon here and there is read as it is."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        m = RE_ALIGNED_FIELD.match(lines[k].text)
        if m is None:
            out.append(lines[k])
            k += 1
            continue
        column = m.end() - 1
        end, fields = k + 1, 1
        while end < len(lines) and lines[end].gap_before == 0:
            text = lines[end].text
            lead = len(text) - len(text.lstrip(" "))
            f = RE_ALIGNED_FIELD.match(text)
            if f and f.end() - 1 == column:
                fields += 1
            elif not (RE_ANY_FIELD.match(text) or lead >= column - 1):
                break
            end += 1
        if fields < MIN_ALIGNED:
            out.append(lines[k])
            k += 1
            continue
        for ln in lines[k:end]:
            text = ln.text
            if RE_ANY_FIELD.match(text):
                key, _, value = text.partition(":")
                out.append(replace(ln, text=f"{key}: {value.strip()}", gap_before=max(ln.gap_before, 1)))
            else:
                out[-1] = replace(out[-1], text=f"{out[-1].text} {text.strip()}")  # a wrapped value goes on
        k = end
    return out


def _lone_tabbed_numbers(lines: list[Line]) -> list[Line]:
    """Short lines of a number, a tab and a title ("1.<TAB>Introduction", "4.1<TAB>The Committee makes seven
    recommendations.") with no other table row next to them are numbered headings and paragraphs as a word processor
    saves them, not a table: a table's rows come together, a header or a row of other cells among them. (A bullet and
    a tab, "•<TAB>Retain Technical Expertise", stay as they are: a bulleted title inside the text around it.)"""
    out = list(lines)
    k = 0
    while k < len(lines):
        if not lines[k].table:
            k += 1
            continue
        end = k + 1
        while end < len(lines) and lines[end].table and lines[end].gap_before == 0:
            end += 1  # a run of table lines
        numbered = [m for line in lines[k:end] if (m := RE_TABBED_NUMBER.match(line.text)) and any(c.isalnum() for c in m.group("marker"))]
        if len(numbered) == end - k:
            for j, m in enumerate(numbered, start=k):
                out[j] = replace(lines[j], text=f"{m.group('marker')} {m.group('text')}", table=False)
        k = end
    return out


RE_TEXT_RULE = re.compile(r"^[\s|+]*[-=_]{3,}[-=_+|\s]*$")  # "-----+-------+----", "=====+====": a table's rules
MIN_DRAWN_ROWS = 2  # a table drawn in text: at least this many rules ...
MIN_PIPE_LINES = 3  # ... and lines of cells between pipes


def drawn_tables(lines: list[Line]) -> list[Line]:
    """Tables drawn in plain text with pipes and rules ("No. | Recommendation | Response" over "====+====", rows parted
    by "----+----", each cell wrapped over several lines): one table line per row, each cell's wrapped lines joined,
    as a word processor's table gives them. A line with a pipe in prose, or a lone rule, stays as it is."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and ("|" in lines[end].text or RE_TEXT_RULE.match(lines[end].text)) \
                and (end == k or lines[end].gap_before == 0):
            end += 1
        run = lines[k:end]
        rules = [j for j, ln in enumerate(run) if RE_TEXT_RULE.match(ln.text)]
        pipes = [ln for ln in run if "|" in ln.text and not RE_TEXT_RULE.match(ln.text)]
        width = {ln.text.count("|") for ln in pipes}
        if rules == [1] and len(pipes) >= MIN_PIPE_LINES and len(width) == 1:
            # a Markdown table: a header row, "|---|---|" under it, then one line a row; an empty header is none
            for n, ln in enumerate(r for r in run if not RE_TEXT_RULE.match(r.text)):
                values = [c.strip() for c in ln.text.strip().strip("|").split("|")]
                if any(values):
                    out.append(Line(text="\t".join(values), page=ln.page, gap_before=max(1, run[0].gap_before) if n == 0
                                    else 0, table=True))
            k = end
            continue
        if len(rules) < MIN_DRAWN_ROWS or len(pipes) < MIN_PIPE_LINES or len(width) != 1:
            out.append(lines[k])
            k += 1
            continue
        rows: list[list[Line]] = [[]]
        for ln in run:
            if RE_TEXT_RULE.match(ln.text):
                rows.append([])
            else:
                rows[-1].append(ln)
        for n, row in enumerate(r for r in rows if r):
            cells = [[c.strip() for c in ln.text.split("|")] for ln in row]
            joined = [" ".join(x for x in col if x) for col in zip(*cells)]
            out.append(Line(text="\t".join(joined), page=row[0].page, gap_before=max(1, run[0].gap_before) if n == 0 else 0,
                            table=True))
        k = end
    return out


# a simple table's underline: a run of dashes under each column's header, parted by spaces ("---  --------")
RE_UNDERLINE = re.compile(r"^\s*[-=]{2,}(?:\s{1,}[-=]{2,})+\s*$")


def _columns_of(underline: str) -> list[int]:
    """Where each column of a simple table starts: the first character of each run of its underline."""
    return [m.start() for m in re.finditer(r"[-=]+", underline)]


def _cells(text: str, starts: list[int]) -> list[str] | None:
    """A line cut at the columns' starts; None where a word runs across a column's start (prose, not a row)."""
    for a in starts[1:]:
        if 0 < a < len(text) and not text[a - 1].isspace() and not text[a].isspace():
            return None
    bounds = [*starts, max(len(text), starts[-1]) + 1]
    return [text[a:b].strip() for a, b in zip(bounds, bounds[1:])]


def simple_tables(lines: list[Line]) -> list[Line]:
    """Tables set in plain text by spacing alone, a header over an underline of dashes per column ("Rec  Response" over
    "---  --------"), as pandoc's and reStructuredText's simple tables are: each row opens with text in the first
    column, its cells wrap onto lines whose first column is blank, and blank lines may part the rows. One table line per
    row, each cell's lines joined. The table ends at a rule across the page, or at a line that is not cut by the columns."""
    out: list[Line] = []
    k = 0
    while k < len(lines):
        line = lines[k]
        if k + 1 < len(lines) and lines[k + 1].gap_before == 0 and RE_UNDERLINE.match(lines[k + 1].text) \
                and not line.table and len(starts := _columns_of(lines[k + 1].text)) >= 2 \
                and (header := _cells(line.text, starts)) is not None and all(header):
            rows: list[tuple[Line, list[list[str]]]] = []
            j = k + 2
            while j < len(lines):
                text = lines[j].text
                cells = _cells(text, starts) if not RE_TEXT_RULE.match(text) else None
                if cells is None:
                    break
                if cells[0] and not text[: starts[0]].strip():  # a row opens with its first column
                    rows.append((lines[j], [[c] for c in cells]))
                elif rows and not cells[0]:  # a cell wraps
                    for col, c in zip(rows[-1][1], cells):
                        col.append(c)
                else:
                    break
                j += 1
            if len(rows) >= MIN_DRAWN_ROWS:
                out.append(replace(line, text="\t".join(header), table=True))
                out += [Line(text="\t".join(" ".join(x for x in col if x) for col in cells), page=first.page,
                             gap_before=first.gap_before, table=True) for first, cells in rows]
                k = j
                continue
        out.append(line)
        k += 1
    return out


def read_txt(path: Path) -> tuple[list[Line], int, list[Issue]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScrutinyError("E107", path, detail=exc.strerror or exc) from exc
    text, issues = decode(data, path)
    lines, pages = text_to_lines(text)
    return drop_furniture(lines, pages), pages, issues


def drop_furniture(lines: list[Line], pages: int) -> list[Line]:
    """Lines without the folios and running headers/footers of a paged text.

    Text has no coordinates, so a line's place on its page stands in for its height:
    the first and last `EDGE_LINES` of a page are its top and bottom margins.
    """
    if pages < 2:
        return lines
    by_page: dict[int, list[int]] = {}
    for k, ln in enumerate(lines):
        by_page.setdefault(ln.page, []).append(k)
    edge: dict[int, float] = {}  # line index -> 0 (top margin) or 1000 (bottom margin)
    for ks in by_page.values():
        for i, k in enumerate(ks):
            if i < EDGE_LINES:
                edge[k] = 0.0
            elif i >= len(ks) - EDGE_LINES:
                edge[k] = 1000.0
    order = sorted(by_page)
    layout = [[(lines[k].text, edge.get(k, 500.0)) for k in by_page[p]] for p in order]
    repeated = running_furniture(layout, [1000.0] * len(layout)) if len(order) >= 3 else set()
    drop = {by_page[order[p]][i] for p, i in repeated}
    drop |= {k for k in edge if is_page_number(lines[k].text)}
    out: list[Line] = []
    carry = 0
    for k, ln in enumerate(lines):
        if k in drop:
            carry = max(carry, ln.gap_before)
            continue
        if carry:
            ln.gap_before, carry = max(ln.gap_before, carry), 0
        out.append(ln)
    return out
