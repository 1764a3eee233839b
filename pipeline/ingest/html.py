"""HTML (BeautifulSoup): a ModernGov-style page read as the browser would draw it.

Page chrome (script, style, nav, header (not an article's, which holds its h1 and no nav), footer, forms: not the one form an ASP.NET page wraps its body in) is dropped; each block element
becomes a line, `<br>` splits lines inside a block, `<ol>` items get the number the
browser would draw (its `start` and `type`, an item's `value`), `<ul>` items a bullet,
table rows become tab-joined rows, and headings are bold lines.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path
from typing import Any

from pipeline.errors import ScrutinyError
from pipeline.ingest.cleanup import mend_chars, run_in_title
from pipeline.ingest.docx import format_number
from pipeline.labels import ITEM_MARKER, RE_ITEM_MARKER_ALONE, label_alone
from pipeline.records import Issue, Line

log = logging.getLogger(__name__)

FORM_BODY_WORDS = 80  # a form holding this many words is the page's body (ASP.NET's one form), not a search box
_DROP = {"script", "style", "noscript", "nav", "header", "footer", "form", "template", "svg", "iframe", "button", "select", "head"}
_BLOCK = {"p", "div", "section", "article", "main", "aside", "blockquote", "pre", "address", "figure", "figcaption",
          "dl", "dt", "dd", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "table", "tr", "caption", "body", "center"}
_HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"}
_BOLD = {"b", "strong", "th"}
_ITALIC = {"i", "em"}
_OL_FORMATS = {"1": "decimal", "a": "lowerLetter", "A": "upperLetter", "i": "lowerRoman", "I": "upperRoman"}
# an element that holds only a paragraph's or item's number ('<span class="pnum">2.1</span>Members are ...'): a style
# sets it apart on the page, so its text does not run into the text after it
_NUMBER_ONLY = re.compile(rf"\s*{ITEM_MARKER}\s*")
# a cell that holds only the numbers of the item beside it: "7", "8 & 9", "10, 11"
_BADGE = re.compile(rf"{ITEM_MARKER}(?:\s*(?:&|,|and)\s*{ITEM_MARKER})*")
_OPENS_ITEM = re.compile(rf"\s*(?:{ITEM_MARKER}|[•\u2022\-\u2013])\s")  # a description that opens with an item's mark
_LAYOUT_ROLES = {"presentation", "none"}  # WAI-ARIA: a table that lays out the page, not one of data
LIST_INDENT = 18.0  # points a nested list's items are set in, a level deeper: where a PDF or Word file would put them


class _Writer:
    """Collects inline text with its bold/italic flags and flushes it as `Line`s."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self.pieces: list[tuple[str, bool, bool]] = []
        self.prefix = ""
        self.heading = False
        self.level = 0  # the rank of the heading being written (h2: 2), 0 for other text
        self.new_block = True
        self.depth = 0  # how many lists the text being written is inside
        self.caption = False  # the text being written is a figure's caption

    def text(self, text: str, bold: bool, italic: bool) -> None:
        self.pieces.append((text, bold, italic))

    def flush(self, *, block_end: bool = True) -> None:
        text = re.sub(r"\s+", " ", "".join(p[0] for p in self.pieces)).strip()
        if text:
            visible = [p for p in self.pieces if p[0].strip()]
            bold = all(p[1] for p in visible) or self.heading
            italic = all(p[2] for p in visible)
            if not bold and visible[0][1]:
                k = next(i for i, p in enumerate(self.pieces) if p[0].strip() and not p[1])
                run_in = re.sub(r"\s+", " ", "".join(p[0] for p in self.pieces[:k]))
                rest = re.sub(r"\s+", " ", "".join(p[0] for p in self.pieces[k:]))
                text = run_in_title(run_in, rest) or text
            if self.prefix:
                text = f"{self.prefix} {text}"
                self.prefix = ""
            gap = 1 if self.lines and self.new_block else 0
            indent = LIST_INDENT * (self.depth - 1) if self.depth > 1 else 0.0  # a list inside a list's item
            self.lines.append(Line(mend_chars(text), gap_before=gap, bold=bold, italic=italic, level=self.level,
                                   indent=indent, caption=self.caption))
            self.new_block = False
        self.pieces = []
        if block_end:
            self.new_block = True


def _walk(node, out: _Writer, bold: bool = False, italic: bool = False) -> None:
    from bs4 import Comment, NavigableString, Tag

    for child in node.children:
        if isinstance(child, Comment):
            continue
        if isinstance(child, NavigableString):
            out.text(str(child), bold, italic)
            continue
        if not isinstance(child, Tag):
            continue
        name = child.name.lower()
        style = child.get("style")  # a str: bs4 splits only multi-valued attributes such as class into lists
        if name == "form" and len(child.get_text(" ", strip=True).split()) >= FORM_BODY_WORDS:
            _walk(child, out, bold, italic)  # an ASP.NET page wraps its whole body in one form: the page, not a control
            continue
        if name == "header" and child.find("h1") is not None and child.find("nav") is None:
            _walk(child, out, bold, italic)  # an article's own header, its title and standfirst: the page's, not chrome
            continue
        # (an accordion's closed panel, hidden="until-found", is text the page shows when asked or searched: kept)
        # (a button that a heading holds is its text: an accordion's "Recommendation 1 / Show the spare capacity ...")
        if (name in _DROP and not (name == "button" and out.heading) or child.get("hidden") not in (None, "until-found")
                or (isinstance(style, str) and "display:none" in style.replace(" ", ""))):
            continue
        if name == "br":
            out.flush(block_end=False)
        elif name == "table" and str(child.get("role", "")).lower() in _LAYOUT_ROLES:
            out.flush()
            _layout_table(child, out, bold, italic)
        elif name == "table":
            out.flush()
            _table(child, out)
        elif name in ("ol", "ul"):
            out.flush()
            _list(child, out, bold, italic)
        elif name == "dl":
            out.flush()
            _description_list(child, out, bold, italic)
        elif name == "figcaption":
            out.flush()
            out.caption = True  # "New street trees on Copley Fold Road, planted in February 2026.": the photograph's
            _walk(child, out, bold, italic)
            out.flush()
            out.caption = False
        elif name in _BLOCK and name not in _HEADINGS and not out.prefix and _lone_label(child):
            out.flush()
            out.prefix = child.get_text(" ", strip=True)  # '<p class="rec-no">R1</p><p>That ...</p>': the item's label
        elif name in _BLOCK:
            out.flush()
            out.heading = name in _HEADINGS
            out.level = int(name[1]) if name in _HEADINGS else 0
            _walk(child, out, bold or name in _HEADINGS, italic)
            out.flush()
            out.heading, out.level = False, 0
        else:
            _walk(child, out, bold or name in _BOLD, italic or name in _ITALIC)
            if not "".join(p[0] for p in out.pieces[:-1]).strip() and _NUMBER_ONLY.fullmatch(child.get_text()):
                out.text(" ", bold, italic)  # '<span>2.1</span>Members': the number set apart


def _lone_label(node) -> bool:
    """A block that holds only an item's label, one word ("R1", "3.", "(a)"), set above the item's text in a box of its
    own: the label of the block after it, as a number in a badge or a span set apart is. A list, a table or a block
    that holds other blocks is no label."""
    text = node.get_text(" ", strip=True)
    return node.name.lower() not in ("ul", "ol", "li", "table", "tr", "dl") and len(text.split()) == 1 \
        and label_alone(text) is not None and node.find(list(_BLOCK)) is None


def _layout_table(node, out: _Writer, bold: bool, italic: bool) -> None:
    """A table that says it only lays the page out (`role="presentation"`, as an e-mail newsletter's are): read as the
    browser draws it, each cell a block in turn, no row of data; a cell that holds only a number (a badge "7", "8 & 9"
    beside an item) is the number of the cell after it, as a paragraph's number set apart is."""
    for tr in node.find_all("tr"):
        if tr.find_parent("table") is not node:
            continue  # a nested table's rows are its own (read when its cell is walked)
        for cell in tr.find_all(["td", "th"], recursive=False):
            text = re.sub(r"\s+", " ", cell.get_text(" ")).strip()
            if _BADGE.fullmatch(text):
                out.flush()
                out.prefix = text
                continue
            out.flush()
            _walk(cell, out, bold or cell.name == "th", italic)
            out.flush()


def _numbered(node) -> list[tuple[Any, str]]:
    """Each item of an ordered list with the number a browser shows before it ("3.", "c."): its `start`, `reversed`,
    `type` and each item's own `value` read."""
    fmt = _OL_FORMATS.get(node.get("type", "1"), "decimal")
    items = node.find_all("li", recursive=False)
    start = node.get("start", "")
    step = -1 if node.get("reversed") is not None else 1
    n = (int(start) if start.lstrip("-").isdigit() else (len(items) if step < 0 else 1)) - step
    out = []
    for li in items:
        value = li.get("value", "")
        n = int(value) if value.lstrip("-").isdigit() else n + step
        out.append((li, f"{format_number(n, fmt)}."))
    return out


def _list(node, out: _Writer, bold: bool, italic: bool) -> None:
    ordered = node.name.lower() == "ol"
    items = _numbered(node) if ordered else [(li, "•") for li in node.find_all("li", recursive=False)]
    out.depth += 1
    for li, mark in items:
        out.flush()
        out.prefix = mark
        _walk(li, out, bold, italic)
        out.flush()
        out.prefix = ""
    out.depth -= 1


def _description_list(node, out: _Writer, bold: bool, italic: bool) -> None:
    """A description list (`<dl>`, a design system's "summary list" of fields) pairs each term with its description: a
    field, read as a form prints one, "Timescale: Charges held until April 2027", its name run in before the value's
    first paragraph and the rest of the value after it; never a heading of the name and another of the value. A term that
    is only a number numbers the paragraph its description holds, as a report sets its paragraphs in a list of them."""
    for dt in node.find_all("dt"):
        if dt.find_parent("dl") is not node:
            continue  # a nested list's terms are its own
        name = re.sub(r"\s+", " ", dt.get_text(" ")).strip().rstrip(":")
        dd = dt.find_next_sibling(["dd", "dt"])
        if dd is None or dd.name != "dd":
            continue
        out.flush()
        if RE_ITEM_MARKER_ALONE.match(name):  # a term that is only a paragraph's or an item's number: "3.2", "(b)"
            out.prefix = name.rstrip(".")  # "<dt>3.2</dt><dd>Most twinning ...</dd>": the paragraph's number, no field
        elif _OPENS_ITEM.match(dd.get_text(" ")) or dd.find(["ol", "ul"]) is not None:
            # "Recommendation(s)" over "1. That Cabinet approves ...": a number or a list opens its own line, so the
            # term stands over it as a field's name
            if name:
                out.text(f"{name}:", bold, italic)
                out.flush()
        else:
            out.prefix = f"{name}:" if name else ""
        _walk(dd, out, bold, italic)
        out.flush()
        out.prefix = ""


def _number_items(cell) -> None:
    """The numbers a browser shows before the items of each ordered list inside a table's cell ("1.", "2." or "a.",
    "b."), written into the cell's text, which is read whole: a layout table's cell "The Committee is recommended to:"
    over an `<ol>` prints its decisions numbered, as `_list` numbers a list outside a table."""
    from bs4 import NavigableString

    for ol in cell.find_all("ol"):
        for li, mark in _numbered(ol):
            li.insert(0, NavigableString(f" {mark} "))


def _span(cell, attribute: str) -> int:
    value = str(cell.get(attribute, "1")).strip()
    return max(1, min(int(value), 100)) if value.isdigit() else 1


def _cover(cells: list[str], below: dict[int, tuple[int, str]], own: bool) -> None:
    """The cell of a row above for each next column that it still spans: its text where the row starts an item of
    its own (`own`), and empty where the row goes on with the item above."""
    while (span := below.get(len(cells))) and span[0] > 0:
        below[len(cells)] = (span[0] - 1, span[1])
        cells.append(span[1] if own else "")


def _table(node, out: _Writer) -> None:
    """Each row a `Line.table` of its cells joined by tabs, every cell in its column. A cell that spans rows
    (`rowspan`) belongs to each row it spans, as a merged cell in Word does: a row that starts an item of its own
    ("4 | ... | Agreed" beside the action that recommendations 4 and 5 share) reads the spanned cell's text, and a
    row whose first cell is spanned too, or empty, goes on with the item above, so the spanned columns stay empty
    there (the action rows under one recommendation). A cell that spans columns (`colspan`) leaves the columns it
    covers empty. Its caption is a line of its own above the rows."""
    below: dict[int, tuple[int, str]] = {}  # column -> (rows still covered by a cell of a row above, its text)
    caption = node.find("caption", recursive=False)
    title = re.sub(r"\s+", " ", caption.get_text(" ")).strip() if caption is not None else ""
    if title:  # "Table 1: Alcohol-related incidents ...": printed above the table, as a caption is
        out.lines.append(Line(mend_chars(title), gap_before=1 if out.lines else 0))
    for tr in node.find_all("tr"):
        if tr.find_parent("table") is not node:
            continue  # a nested table's rows are read as part of their cell
        cells: list[str] = []
        tds = tr.find_all(["td", "th"], recursive=False)
        # the row starts an item of its own where its first cell is its own and holds something
        own = below.get(0, (0, ""))[0] == 0 and bool(tds) and bool(tds[0].get_text(strip=True))
        for cell in tds:
            for junk in cell.find_all(list(_DROP)):
                junk.decompose()
            _number_items(cell)
            _cover(cells, below, own)
            rows, cols = _span(cell, "rowspan"), _span(cell, "colspan")
            text = re.sub(r"\s+", " ", cell.get_text(" ")).strip()
            for k in range(cols):
                if rows > 1:
                    below[len(cells)] = (rows - 1, text if k == 0 else "")
                cells.append(text if k == 0 else "")
        _cover(cells, below, own)
        if any(cells):
            gap = 1 if out.lines else 0
            header = all(c.name == "th" for c in tds)
            out.lines.append(Line(mend_chars("\t".join(cells)), gap_before=gap, bold=header, table=True))
    out.new_block = True


# "Everyone's town centre: you said, we did | Tollbridge Borough Council": a page's title, then its site's name
_TITLE_SITE = re.compile(r"\s(?:\||\u2013|\u2014|-|::)\s+(?P<site>[^|\u2013\u2014]{3,80}?)\s*$")


def page_publisher(path: Path) -> str | None:
    """The name of the site that publishes a web page, as the page's head gives it: `og:site_name`, else the last
    part of its `<title>` after a separator ("... | Tollbridge Borough Council"); None where it gives none (or the
    file cannot be read: `read_html` names that failure)."""
    from bs4 import BeautifulSoup, SoupStrainer

    try:  # the head alone is parsed: `read_html` parses the body
        head = BeautifulSoup(Path(path).read_bytes(), "lxml", parse_only=SoupStrainer("head"))
    except OSError:
        return None
    site = head.find("meta", attrs={"property": "og:site_name"})
    if site is not None and str(site.get("content") or "").strip():
        return str(site["content"]).strip()
    title = head.find("title")
    m = _TITLE_SITE.search(title.get_text(" ", strip=True)) if title is not None else None
    return m.group("site").strip() if m else None


def read_html(path: Path) -> tuple[list[Line], int, list[Issue]]:
    from bs4 import BeautifulSoup

    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScrutinyError("E107", path, detail=exc.strerror or exc) from exc
    soup = BeautifulSoup(data, "lxml")
    root = soup.body or soup
    out = _Writer()
    _walk(root, out)
    out.flush()
    return out.lines, 1, []
