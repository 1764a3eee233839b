"""PDF: pdfminer.six layout, page by page, into visual lines in reading order.

pdfminer gives text lines grouped into boxes. We rebuild the page from those pieces:
a list marker or a "Label:" that sits on the same baseline as the text to its right
is joined to it; a ruled table is read row by row from its rules (`ingest.pdf_tables`);
boxes that share a baseline band with a box beside them form a table row (one `Line`,
cells joined by tabs); every other line is prose, in top-to-bottom
order, with `gap_before` from the vertical space above it. Running headers, footers
and folios are then dropped, ligatures folded and line-end hyphens mended
(`ingest.cleanup`).

Each page is interpreted once: the one layout tree holds the page's text lines and its
rules and rectangles, and the table reader works from that tree. A long document's
pages can be laid out in several processes (`read_pdf(workers=N)`).
"""

from __future__ import annotations

import gc
import logging
import re
import statistics
import threading
from collections import Counter
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from multiprocessing import get_all_start_methods, get_context
from pathlib import Path
from typing import Any

from pipeline.config import PDF
from pipeline.errors import ScrutinyError, message
from pipeline.ingest import ocr
from pipeline.ingest.cleanup import (
    is_page_number,
    mend_chars,
    mend_hyphen,
    prints_own_folio,
    running_furniture,
    vocabulary,
)
from pipeline.ingest.pdf_tables import (
    Table,
    as_field,
    has_grid,
    is_field_label,
    joins_row_above,
    page_tables,
    vertical_rules,
)
from pipeline.labels import (
    RE_ITEM_MARKER_ALONE,
    RE_ITEM_MARKER_PREFIX,
    RE_NOTE_NUMBER,
    SUPERSCRIPT_DIGITS,
    label_alone,
    read_head,
)
from pipeline.lexicon import language_of
from pipeline.records import Issue, Line

log = logging.getLogger(__name__)

# Below this many pages a process pool costs more than it saves.
PARALLEL_MIN_PAGES = 24

@dataclass(slots=True)
class Frag:
    """One pdfminer text line: its text (bold run-in marked up), box and position."""

    text: str
    x0: float
    x1: float
    y0: float
    y1: float
    box: int
    bold: bool = False
    italic: bool = False


@dataclass(slots=True)
class RawPage:
    """What the layout analysis found on one page, small enough to send between processes."""

    height: float
    frags: list[Frag] = field(default_factory=list)
    has_image: bool = False
    image_share: float = 0.0  # the largest image's share of the page's area
    ruled: bool = False  # the page draws a grid: a table to read from its rules
    tables: list[Table] = field(default_factory=list)
    # rectangles drawn on the page, big enough to hold text: (x0, top, x1, bottom), from the page's top
    frames: list[tuple[float, float, float, float]] = field(default_factory=list)
    # long horizontal rules (a table's, a rectangle's top and foot): (x0, x1, top), from the page's top
    rules: list[tuple[float, float, float]] = field(default_factory=list)


@dataclass(slots=True)
class Item:
    """A visual line or a table row on a page, before cross-page cleaning."""

    text: str
    top: float
    bottom: float
    x0: float
    bold: bool = False
    italic: bool = False
    table: bool = False
    x1: float | None = None  # a ruled table's row: the table's right edge


def _laparams():
    from pdfminer.layout import LAParams

    return LAParams(
        line_margin=PDF.line_margin,
        char_margin=PDF.char_margin,
        word_margin=PDF.word_margin,
        boxes_flow=PDF.boxes_flow,
    )


@lru_cache(maxsize=256)
def _font_style(fontname: str) -> tuple[bool, bool]:
    name = fontname.split("+", 1)[-1].lower()
    bold = any(k in name for k in ("bold", "black", "heavy", "semibold", "demi"))
    italic = "italic" in name or "oblique" in name
    return bold, italic


@lru_cache(maxsize=1 << 16)
def _mended(text: str) -> str:
    """A character's text as the line reads it: ligatures and odd spaces folded, newlines as
    spaces (a PDF's glyphs are few: each is mended once)."""
    return mend_chars(text).replace("\n", " ")


SUPERSCRIPT_SIZE = 0.85  # a figure set smaller than this share of its line's type ...
RAISED_BY = 0.2  # ... and raised above the line's baseline by this share of it is a superscript
_RAISED = dict(zip("0123456789", SUPERSCRIPT_DIGITS))


Strike = tuple[float, float, float]  # a thin horizontal line drawn on the page: (x0, x1, y), from the page's foot
STRUCK_BAND = (0.25, 0.75)  # a line this far up a character's height runs through it: a strike, not an underline


def _struck(obj, strikes: list[Strike]) -> bool:
    """A character with a line drawn through it, between a quarter and three quarters of its height: deleted text
    shown as such (a Word export with its tracked changes, a policy printed with its deletions struck through)."""
    mid = (obj.x0 + obj.x1) / 2
    low = obj.y0 + STRUCK_BAND[0] * (obj.y1 - obj.y0)
    high = obj.y0 + STRUCK_BAND[1] * (obj.y1 - obj.y0)
    return any(x0 <= mid <= x1 and low <= y <= high for x0, x1, y in strikes)


def _frag(line, box: int, strikes: list[Strike] | None = None) -> Frag | None:
    """A `Frag` from an LTTextLine: text from its characters, bold/italic from their fonts.

    Most lines are set in one style: their text is read whole (spaces folded as justified
    text needs), and only a line that changes style is read character by character
    (`_frag_by_char`), where a bold run-in title is told from the text after it."""
    from pdfminer.layout import LTChar

    whole = "".join([obj.get_text() for obj in line])
    faces = {(obj.fontname, obj.size) for obj in line if isinstance(obj, LTChar)}  # one pass: few faces a line
    styles = {_font_style(font) for font, _ in faces}
    sizes = [size for _, size in faces]
    if len(styles) != 1 or "(cid:" in whole \
            or not all(obj.get_text().isspace() for obj in line if not isinstance(obj, LTChar)) \
            or (sizes and min(sizes) < SUPERSCRIPT_SIZE * max(sizes)):
        # a change of style, a glyph with no Unicode mapping, an odd inferred character, a figure set small and raised
        return _frag_by_char(line, box)
    if strikes and any(line.x0 <= x1 and x0 <= line.x1 and line.y0 <= y <= line.y1 for x0, x1, y in strikes):
        return _frag_by_char(line, box, strikes)  # a line drawn through some of its words
    text = " ".join(mend_chars(whole).split())  # what `_frag_by_char` makes of the characters
    if not text:
        return None
    (b, i), = styles
    m = RE_ITEM_MARKER_PREFIX.match(text)
    lettered = any(c.isalnum() for c in text[m.end() if m else 0:])  # as `_styled` reads a line of one style
    return Frag(text, line.x0, line.x1, line.y0, line.y1, box, lettered and b, lettered and i)


def _frag_by_char(line, box: int, strikes: list[Strike] | None = None) -> Frag | None:
    """`_frag` for a line that changes style: each character keeps its font's bold and italic
    (an inferred space, the style before it)."""
    from pdfminer.layout import LTChar

    chars: list[str] = []
    bolds: list[bool] = []
    italics: list[bool] = []
    glyphs = [obj for obj in line if isinstance(obj, LTChar)]
    body = max((obj.size for obj in glyphs), default=0.0)
    base = min((obj.y0 for obj in glyphs if obj.size == body), default=0.0)
    for obj in line:
        text = obj.get_text()
        if isinstance(obj, LTChar):
            if text.startswith("(cid:") or strikes and _struck(obj, strikes):
                continue  # a glyph with no Unicode mapping, or one struck through: deleted
            b, i = _font_style(obj.fontname)
            if text in _RAISED and chars and chars[-1] != " " and obj.size < SUPERSCRIPT_SIZE * body \
                    and obj.y0 > base + RAISED_BY * body:
                text = _RAISED[text]  # "powers³": a note's mark, set small and raised after a word, not a figure of it
        elif bolds:  # LTAnno: a space or newline inferred by the layout analysis
            b, i = bolds[-1], italics[-1]
        else:
            b = i = False
        for ch in _mended(text):
            if ch.isspace():
                if not chars or chars[-1] == " ":
                    continue  # justified text: one space between words
                ch = " "
            chars.append(ch)
            bolds.append(b)
            italics.append(i)
    while chars and chars[-1] == " ":
        chars.pop(), bolds.pop(), italics.pop()
    if not chars:
        return None
    return _styled("".join(chars), bolds, italics, line, box)


def _styled(text: str, bolds: list[bool], italics: list[bool], line, box: int) -> Frag:
    """Whole-line bold/italic, and a bold run-in title marked up with `**`."""
    m = RE_ITEM_MARKER_PREFIX.match(text)
    start = m.end() if m else 0
    letters = [k for k in range(start, len(text)) if text[k].isalnum()]
    bold = bool(letters) and all(bolds[k] for k in letters)
    italic = bool(letters) and all(italics[k] for k in letters)
    if letters and not bold and bolds[letters[0]]:
        # a bold run-in title: "6.2 Government Thinking. The Government's ..."
        end = next(k for k in letters if not bolds[k])
        while end > start and (text[end - 1].isspace() or text[end - 1] in "([{\u201c\u2018"):
            end -= 1  # a bracket or quote set in the bold font opens what follows: "(Paragraph 37)" stays whole
        run, rest = text[start:end].rstrip(), text[end:].lstrip()
        mid_word = text[end - 1].isalnum()  # the font changed inside a word: not a run-in title
        if not mid_word and sum(c.isalnum() for c in run) >= 3 and sum(c.isalnum() for c in rest) >= 3:
            text = f"{text[:start]}**{run}** {rest}"
    return Frag(text, line.x0, line.x1, line.y0, line.y1, box, bold, italic)


STRIKE_HEIGHT = 1.5  # points: the most a line drawn through words is high
STRIKE_MIN = 2.0  # points: the least it is long
FRAME_MIN = (48.0, 20.0)  # points: the least width and height of a drawn rectangle that could hold a line of text
ON_EDGE = 1.0  # points: how far from its bounding box's edge a point of a rounded box's path may lie
BADGE_WORDS = 2  # the most words of a badge drawn round a label ("R2"), read with the line beside it, not as a box
DOT_MAX = 8.0  # points: the most a drawn bullet (a small filled dot or square before a line) is wide and high
DOT_GAP = 24.0  # points: the most space between a drawn bullet and its line's first character
DOTS_MAX = 200  # drawn dots on one page that can still be a list's bullets
RULE_ACROSS_MIN = 100.0  # points: the least length of a horizontal rule that could cross a page's gutter


def _walk(page, raw: RawPage) -> None:
    from pdfminer.layout import LTCurve, LTFigure, LTImage, LTLine, LTRect, LTTextBox, LTTextLine

    box = 0
    cards: list[tuple[float, float, float, float]] = []  # boxes drawn with rounded corners
    dots = []  # small filled shapes: bullets drawn before lines, or a chart's markers
    # thin horizontal lines shorter than a rule across the page: what may strike words through
    strikes = [(obj.x0, obj.x1, obj.y0) for obj in page if isinstance(obj, (LTLine, LTRect))
               and obj.height < STRIKE_HEIGHT and obj.width >= STRIKE_MIN]
    for obj in page:
        if isinstance(obj, LTTextBox):
            box += 1
            for line in obj:
                if isinstance(line, LTTextLine):
                    frag = _frag(line, box, strikes)
                    if frag:
                        raw.frags.append(frag)
        elif isinstance(obj, LTTextLine):  # stray line outside any box
            box += 1
            frag = _frag(obj, box, strikes)
            if frag:
                raw.frags.append(frag)
        elif isinstance(obj, (LTFigure, LTImage)):
            raw.has_image = True
            area = max(page.width * page.height, 1.0)
            raw.image_share = max(raw.image_share, obj.width * obj.height / area)
        elif isinstance(obj, LTRect) and obj.width >= FRAME_MIN[0] and obj.height >= FRAME_MIN[1]:
            raw.frames.append((obj.x0, raw.height - obj.y1, obj.x1, raw.height - obj.y0))
        elif isinstance(obj, LTCurve) and obj.width >= FRAME_MIN[0] and obj.height >= FRAME_MIN[1] and _rounded_box(obj):
            cards.append((obj.x0, raw.height - obj.y1, obj.x1, raw.height - obj.y0))
        if isinstance(obj, LTCurve) and obj.fill and 0 < obj.width <= DOT_MAX and 0 < obj.height <= DOT_MAX \
                and abs(obj.width - obj.height) <= 1.5:
            dots.append(obj)
        if isinstance(obj, (LTLine, LTRect)) and obj.width >= RULE_ACROSS_MIN:  # a line, or a rectangle's top and foot
            raw.rules += [(obj.x0, obj.x1, raw.height - y) for y in dict.fromkeys((obj.y1, obj.y0))]
    raw.ruled = has_grid(vertical_rules(page))
    # a card frames what it holds, as a drawn rectangle does; one that holds a rectangle of its own (a band over its
    # columns: "What you asked | What we've done") is a tile of a table set side by side, read across its row
    raw.frames += [c for c in cards if not any(_holds(c, r) for r in raw.frames)]
    _drawn_bullets(dots, raw)


def _drawn_bullets(dots: list[Any], raw: RawPage) -> None:
    """Mark the lines a page bullets with drawn dots (a slide's, a designed leaflet's): a small filled shape just
    left of a line's first character, level with it, is a bullet as the glyph "•" would be, so the line opens a
    list item and is no heading."""
    for dot in dots if len(dots) <= DOTS_MAX else ():  # (hundreds of dots are a chart's markers, no list)
        mid = (dot.y0 + dot.y1) / 2
        line = min((f for f in raw.frags if f.y0 <= mid <= f.y1 and 0 <= f.x0 - dot.x1 <= DOT_GAP),
                   key=lambda f: f.x0 - dot.x1, default=None)
        if line is not None and not line.text.lstrip().startswith(("\u2022", "\u25cf", "\u25aa", "-", "\u2013")):
            line.text = "\u2022 " + line.text


def _rounded_box(curve: Any) -> bool:
    """Whether a drawn path is a box with rounded corners (a slide's card, a call-out): closed, and every point on
    the edges of its bounding box. It frames what it holds as a drawn rectangle does."""
    pts = curve.pts or []
    closed = len(pts) >= 4 and (pts[0] == pts[-1] or (curve.original_path or [("",)])[-1][0] == "h")
    return closed and all(min(abs(x - curve.x0), abs(x - curve.x1), abs(y - curve.y0), abs(y - curve.y1)) <= ON_EDGE
                          for x, y in pts)


def _open(path: Path, fh):
    from pdfminer.pdfdocument import PDFDocument, PDFEncryptionError, PDFPasswordIncorrect
    from pdfminer.pdfparser import PDFParser

    try:
        return PDFDocument(PDFParser(fh))
    except (PDFPasswordIncorrect, PDFEncryptionError) as exc:
        raise ScrutinyError("E103", path) from exc
    except Exception as exc:  # noqa: BLE001 - any parser failure on foreign bytes means a damaged file
        raise ScrutinyError("E102", path, detail=f"{type(exc).__name__}: {exc}"[:200]) from exc


_TEXT_OBJECT = re.compile(rb"(?<![A-Za-z])BT(?![A-Za-z])")


def _may_have_text(page) -> bool:
    """False only when the page surely draws no text: no text object in its content and
    no form XObject that could hold one. Scans are then skipped without interpretation,
    which on vector-heavy scans costs seconds a page."""
    from pdfminer.pdftypes import resolve1

    try:
        data = b"".join(resolve1(s).get_data() for s in (page.contents or []))
        xobjects = resolve1(resolve1(page.resources or {}).get("XObject", {})) or {}
        subtypes = [getattr(resolve1(v).get("Subtype"), "name", None) for v in xobjects.values()]
    except Exception:  # noqa: BLE001 - on any doubt, let the interpreter look
        return True
    return "Form" in subtypes or bool(_TEXT_OBJECT.search(data))


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while a document is laid out, and resumed (if it ran before)
    however the layout ends.

    Laying out a page makes hundreds of thousands of small objects (a character each, its line,
    its box), none of them in a reference cycle: their reference counts free them. But every few
    hundred allocations set the collector off, to walk the young objects, and ever more often the
    older ones, for nothing: a tenth of the reading's CPU on the Kent PDFs. The few cycles that
    pdfminer's parser leaves (some 27,000 objects for a 300-page report) wait for the collector's
    next run."""
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def _layout(path: str, first: int = 0, last: int | None = None) -> list[RawPage]:
    """Layout analysis of pages [first, last) of one PDF (a process-pool task)."""
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage

    from pipeline.ingest.pdf_device import layout_classes

    out: list[RawPage] = []
    with _no_cycle_collection(), open(path, "rb") as fh:
        doc = _open(Path(path), fh)
        rsrc = PDFResourceManager(caching=True)
        interpreter_class, device_class = layout_classes()
        device = device_class(rsrc, laparams=_laparams())
        interpreter = interpreter_class(rsrc, device)
        try:
            for n, page in enumerate(PDFPage.create_pages(doc)):
                if n < first:
                    continue
                if last is not None and n >= last:
                    break
                if not _may_have_text(page):
                    box = page.mediabox or (0, 0, 0, 792)
                    out.append(RawPage(height=float(box[3] - box[1]), has_image=True))
                    continue
                interpreter.process_page(page)
                layout = device.get_result()
                raw = RawPage(height=float(layout.height))
                _walk(layout, raw)
                if raw.ruled and raw.frags:
                    raw.tables = page_tables(path, layout, page, n + 1)
                out.append(raw)
        except ScrutinyError:
            raise
        except Exception as exc:  # noqa: BLE001 - pdfminer raises many types on damaged streams
            raise ScrutinyError("E102", path, detail=f"page {len(out) + first + 1}: {type(exc).__name__}: {exc}"[:200]) from exc
    return out


def count_pages(path: Path) -> int:
    """The number of pages in the PDF's page tree (no page is interpreted)."""
    from pdfminer.pdfpage import PDFPage

    with path.open("rb") as fh:
        doc = _open(path, fh)
        try:
            return sum(1 for _ in PDFPage.create_pages(doc))
        except Exception as exc:  # noqa: BLE001 - see _layout
            raise ScrutinyError("E102", path, detail=f"page tree: {type(exc).__name__}: {exc}"[:200]) from exc


def _overlap(a0: float, a1: float, b0: float, b1: float) -> float:
    return min(a1, b1) - max(a0, b0)


def _merge_markers(frags: list[Frag]) -> list[Frag]:
    """Join a list marker, a label printed alone ("R1" in the margin) or a "Label:" to the text beside it on the
    same baseline."""
    gone: set[int] = set()
    tops: dict[int, float] = {}  # each box's first line: where a paragraph starts
    for g in frags:
        tops[g.box] = max(tops.get(g.box, g.y1), g.y1)
    edge: list[float] = []  # the text's right edge, margin numbers apart, once a number needs it
    for i, f in enumerate(frags):
        label = is_field_label(f.text)
        if not (RE_ITEM_MARKER_ALONE.match(f.text) or label or _label_alone(f.text)):
            continue
        best, best_dx = None, 150.0
        for j, g in enumerate(frags):
            if j == i or j in gone or (g.box == f.box and (g.y0, g.y1) == (f.y0, f.y1)):
                continue  # (a box's lines are one frag each; OCR gives a margin number the block of the line beside it)
            dx = g.x0 - f.x1
            h = min(f.y1 - f.y0, g.y1 - g.y0)
            if -1.0 <= dx < best_dx and _overlap(f.y0, f.y1, g.y0, g.y1) > 0.5 * h:
                best, best_dx = j, dx
        if best is None and RE_MARGIN_NUMBER.match(f.text):
            if not edge:
                edge.append(max((g.x1 for g in frags if not RE_MARGIN_NUMBER.match(g.text)), default=f.x0))
            best = _margin_paragraph(f, frags, tops, gone, edge[0])
        if best is not None:
            g = frags[best]
            g.text = f"{f.text} {g.text}"
            g.x0 = min(g.x0, f.x0)  # (a number in the right margin leaves its paragraph where it starts)
            gone.add(i)
    return [f for k, f in enumerate(frags) if k not in gone]


RE_MARGIN_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2}){0,3}\.?$")  # "3.3": a paragraph's number alone
MARGIN_GAP = 40.0  # points between a paragraph's side and a number set in the margin beside it


def _margin_paragraph(f: Frag, frags: list[Frag], tops: dict[int, float], gone: set[int], edge: float) -> int | None:
    """The paragraph a number alone in the margin stands beside where it is not on its first line's baseline: set a
    little lower (a number in a text box of its own, placed by hand), or in the right margin (the outside margin of a
    page printed both sides). The first line of a paragraph (its box's top line) whose top is within a line's height
    of the number's, on either side of it, the nearest; None where there is none."""
    best, best_dy = None, None
    h = f.y1 - f.y0
    right = f.x0 - edge  # beyond the text's right edge (`edge`), however short the paragraph's line
    for j, g in enumerate(frags):
        if j in gone or g is f or g.y1 != tops.get(g.box) or RE_MARGIN_NUMBER.match(g.text):
            continue
        left = g.x0 - f.x1
        dy = abs(g.y1 - f.y1)
        if (-1.0 <= left < MARGIN_GAP or -1.0 <= right < MARGIN_GAP) and dy <= h and (best_dy is None or dy < best_dy):
            best, best_dy = j, dy
    return best


MAX_LABEL_CHARS = 12  # "R1", "Rec 12", "SC/23/01": a label printed on its own is short


def _label_alone(text: str) -> bool:
    """A recommendation's label and nothing else ("R1", "Rec 3"): what a margin prints beside its text."""
    if len(text) > MAX_LABEL_CHARS or not any(c.isdigit() for c in text):
        return False
    return label_alone(text) is not None


def _groups(items: list, linked) -> list[list]:
    """Connected components of `items` under the symmetric relation `linked`."""
    parent = list(range(len(items)))

    def find(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            if linked(items[i], items[j]):
                parent[find(i)] = find(j)
    out: dict[int, list] = {}
    for k, it in enumerate(items):
        out.setdefault(find(k), []).append(it)
    return list(out.values())


TABLE_COVERAGE = 0.9  # share of the words inside a table's frame that its cells must hold


def _words(text: str) -> set[str]:
    return set(re.findall(r"\w+", text.lower()))


def _ruled_rows(raw: RawPage) -> tuple[list[Item], list[Frag]]:
    """Rows of the page's ruled tables as items, and the fragments no table holds.

    A table whose cells miss more than a tenth of the words inside its frame (an
    organisation chart, overprinted 'bold' letters) is left to the prose reader, and so is
    any fragment that falls between its rows: no text is lost to a table.
    """
    held: dict[int, list[tuple[int, Frag]]] = {}  # table -> (row or -1, fragment)
    rest: list[Frag] = []
    for f in raw.frags:
        top, bottom = raw.height - f.y1, raw.height - f.y0
        t = next((k for k, t in enumerate(raw.tables) if t.holds(f.x0, top, f.x1, bottom)), None)
        if t is None:
            rest.append(f)
            continue
        mid = (top + bottom) / 2
        row = next((k for k, r in enumerate(raw.tables[t].rows) if r.top - 1 <= mid <= r.bottom + 1), -1)
        held.setdefault(t, []).append((row, f))
    items: list[Item] = []
    for t, table in enumerate(raw.tables):
        inside = held.get(t, [])
        words = _words(" ".join(f.text for _, f in inside))
        cells = _words(" ".join(c for r in table.rows for c in r.cells))
        if words and len(words & cells) < TABLE_COVERAGE * len(words):
            rest.extend(f for _, f in inside)
            continue
        rest.extend(f for row, f in inside if row < 0)
        for k, r in enumerate(table.rows):
            frags = [f for row, f in inside if row == k]
            bold = bool(frags) and all(f.bold for f in frags)
            field_text = as_field(r.cells)
            if field_text is not None:
                items.append(Item(field_text, r.top, r.bottom, table.x0, bold, x1=table.x1))
            else:
                items.append(Item("\t".join(r.cells), r.top, r.bottom, table.x0, bold, False, True, table.x1))
    order = {id(f): k for k, f in enumerate(raw.frags)}
    rest.sort(key=lambda f: order[id(f)])  # the prose reader's own order
    return items, rest


FLOW_LINES = 8  # a column of text this many lines long or longer, beside another ...
FLOW_WIDTH = 0.35  # ... each at least this share of the page's text width: a page set in two columns, not a table row
BAND_SLACK = 6.0  # points a box may stand out of its column
HANG_WIDTH = 30.0  # points a paragraph's number may hang left of its column, into the gutter


def _flowing(columns: list[list], page_width: float) -> bool:
    """Two text columns side by side that are a page's columns, read one after the other, not the cells of
    one table row: two of them, each long and each a good share of the width the page's text takes (a
    newsletter's or a leaflet's two columns; a table's columns are narrower, or one of them short)."""
    if len(columns) != 2 or page_width <= 0 or not all(columns):
        return False
    widths = [max(s[1] for s in col) - min(s[0] for s in col) for col in columns]
    lines = [sum(len(s[4]) for s in col) for col in columns]
    return min(lines) >= FLOW_LINES and min(widths) >= FLOW_WIDTH * page_width


GAP_PITCHES = 1.8  # a gap of more than this many line pitches parts a page's margin from its body


def _pitch(frags: list[Frag]) -> float:
    """The page's usual distance from one line to the next within a block (its leading), in points."""
    by_box: dict[int, list[float]] = {}
    for f in frags:
        by_box.setdefault(f.box, []).append(f.y1)
    steps = sorted(a - b for ys in by_box.values() for a, b in zip(ys, ys[1:]) if a - b > 0)
    return steps[len(steps) // 2] if steps else 12.0


ROW_ALIGN = 2.0  # points: the tops of a table row's cells lie this close; a page's two columns do not keep step


def _run_flowing(comps: list, k: int, page_width: float) -> bool:
    """Whether the two columns of `comps[k]` and the blocks below it that keep within their bands are a page's
    two columns, taken together: each long and wide (`_flowing`), and out of step, few blocks of one starting
    level with a block of the other, as the cells of a table's rows do. A page's columns cut into short
    stretches by headings and gaps are read as such, though no one stretch is long enough to tell."""
    columns = comps[k][2]
    if len(columns) != 2:
        return False
    bands = [(min(s[0] for s in col), max(s[1] for s in col)) for col in columns]
    run: list[list] = [[], []]
    for _, comp, _ in comps[k:]:
        where = [_band_of(s, bands) for s in comp]
        if any(w is None for w in where):
            break
        for span, w in zip(comp, where):
            run[w].append(span)  # type: ignore[index]
    if not _flowing(run, page_width):
        return False
    tops = [[s[3] for s in col] for col in run]
    level = sum(any(abs(a - b) <= ROW_ALIGN for b in tops[1]) for a in tops[0])
    return level * 2 < min(len(t) for t in tops) or _runs_on(run)


def _runs_on(run: list[list]) -> bool:
    """Whether a sentence runs from the foot of the left column to the head of the right: the right column
    opens in lower case, and the left's last block of prose ends with no stop. A table's first row opens
    with its header or a capital; a page's columns, set on one line grid, often begin and break their blocks
    level, as a table's rows do, and a short run of them is told by its words alone."""
    def lines(span: tuple) -> list:
        return sorted(span[4], key=lambda f: -f.y1)
    head = lines(max(run[1], key=lambda s: s[3]))[0].text.lstrip()
    prose = [s for s in run[0] if len(s[4]) >= 2]
    if not head[:1].islower() or not prose:
        return False
    foot = lines(min(prose, key=lambda s: s[2]))[-1].text.rstrip()
    return not foot.endswith((".", ":", ";", "!", "?"))


def _band_of(span: tuple, bands: list[tuple[float, float]]) -> int | None:
    """The column a box lies in, by where the right column begins (a few points' slack): left of it, the left
    column; from it on, the right; across it, None, a box the width of the page. A box narrower than its column,
    or set in from it (a table, a quotation), is still in it, and so is one that hangs its number in the gutter
    ("3.5" left of a right column whose first block printed no number)."""
    divide = bands[1][0]
    if span[1] <= divide + BAND_SLACK:
        return 0
    return 1 if span[0] >= max(bands[0][1], divide - HANG_WIDTH) - BAND_SLACK else None


def _crosses(a: tuple[float, ...], b: tuple[float, ...], slack: float = 1.0) -> bool:
    """Two rectangles (x0, top, x1, bottom) that meet or overlap, neither inside the other: cells of one grid."""
    meet = a[0] <= b[2] + slack and b[0] <= a[2] + slack and a[1] <= b[3] + slack and b[1] <= a[3] + slack
    return meet and not _holds(a, b) and not _holds(b, a)


def _holds(outer: tuple[float, ...], inner: tuple[float, ...], slack: float = 2.0) -> bool:
    return (outer[0] - slack <= inner[0] and inner[2] <= outer[2] + slack
            and outer[1] - slack <= inner[1] and inner[3] <= outer[3] + slack)


def _sidebars(raw: RawPage, frags: list[Frag]) -> tuple[list[tuple[float, list[Frag]]], list[Frag]]:
    """The text of each box drawn beside the page's text (a "RECOMMENDATIONS" box at the right of the
    body, a key-facts panel): [(where it is read, its fragments)], and the fragments left.

    What a frame holds belongs together, as what a grid holds is a table: a rectangle drawn round text,
    with text beside it at the same height, is read whole, apart from the lines beside it, which would
    otherwise pair with its lines as the cells of a table's rows. It is read where it starts, or where
    the first block of text beside it starts if that is higher, so that no paragraph beside it is cut.
    A rectangle that meets another (a grid's cells) or a ruled table is not a frame; one inside a
    frame is read with it."""
    boxes_of = {id(f): (f.x0, raw.height - f.y1, f.x1, raw.height - f.y0) for f in frags}  # (x0, top, x1, bottom)

    def box_of(f: Frag) -> tuple[float, float, float, float]:
        return boxes_of[id(f)]

    tables = [(t.x0, t.top, t.x1, t.bottom) for t in raw.tables]
    frames = sorted(raw.frames, key=lambda r: -(r[2] - r[0]) * (r[3] - r[1]))
    out: list[tuple[float, list[Frag]]] = []
    taken: set[int] = set()
    for k, fr in enumerate(frames):
        if any(_crosses(fr, other) for j, other in enumerate(frames) if j != k) \
                or any(_crosses(fr, t, 0.0) or _holds(t, fr) or _holds(fr, t) for t in tables):
            continue
        inside = [f for f in frags if id(f) not in taken and _holds(fr, box_of(f))]
        beside = [f for f in frags if id(f) not in taken and not _holds(fr, box_of(f))
                  and _overlap(fr[1], fr[3], *box_of(f)[1::2]) > 2.0
                  and (f.x1 <= fr[0] + 2 or f.x0 >= fr[2] - 2)]
        if not inside or not beside or len(" ".join(f.text for f in inside).split()) <= BADGE_WORDS:
            continue  # (a badge round a word or two, "R2" beside its title, is read with the line it stands in)
        boxes = {f.box for f in beside}
        start = min([fr[1], *(box_of(f)[1] for f in frags if f.box in boxes)])
        out.append((start, inside))
        taken |= {id(f) for f in inside}
    return out, [f for f in frags if id(f) not in taken]


LANGUAGE_SIDE = 0.25  # each half of a page set in two languages side by side holds at least this share of its text
ACROSS_SHARE = 0.1  # ... and text set across the middle (a title, a logo's name) at most this share


def in_english(raw: RawPage) -> RawPage | None:
    """The page without its other language, where it sets one text in two languages side by side (a Welsh
    council's paper, Welsh on the left and English on the right, paragraph beside paragraph): the boxes of the
    half whose text is English (`pipeline.lexicon.language_of`), with whatever is set across the middle; None
    for any other page. The halves keep step row by row, as a table's cells do, so without this each pair of
    paragraphs would be read as one row of a table of two languages."""
    frags = raw.frags
    if not frags:
        return None
    left_edge, right_edge = min(f.x0 for f in frags), max(f.x1 for f in frags)
    middle = (left_edge + right_edge) / 2
    boxes: dict[int, list[Frag]] = {}
    for f in frags:
        boxes.setdefault(f.box, []).append(f)
    sides: list[list[Frag]] = [[], [], []]  # left, right, across
    for fs in boxes.values():
        x0, x1 = min(f.x0 for f in fs), max(f.x1 for f in fs)
        sides[0 if x1 <= middle + BAND_SLACK else 1 if x0 >= middle - BAND_SLACK else 2].extend(fs)
    size = [sum(len(f.text) for f in side) for side in sides]
    total = sum(size) or 1
    if min(size[:2]) < LANGUAGE_SIDE * total or size[2] > ACROSS_SHARE * total:
        return None
    told = [language_of(" ".join(f.text for f in side)) for side in sides[:2]]
    if sorted(told, key=str) != [False, True]:
        return None
    keep = {id(f) for f in sides[told.index(True)] + sides[2]}
    return RawPage(raw.height, [f for f in frags if id(f) in keep], raw.has_image, raw.image_share, raw.ruled,
                   raw.tables, raw.frames, raw.rules)


# the labels Word prints on the balloons of a document exported with its markup shown
RE_BALLOON = re.compile(r"^(?:Commented \[[A-Za-z]{1,6}\d{1,3}\]:|(?:Formatted|Deleted|Inserted|Moved \((?:from|to)\)):)")


def _page_items(raw: RawPage) -> list[Item]:
    """Prose lines and table rows of one page, top to bottom; a page set in two columns, column by column;
    a box drawn beside the text, whole (`_sidebars`)."""
    items, frags = _ruled_rows(raw) if raw.tables else ([], raw.frags)
    sidebars, frags = _sidebars(raw, frags) if raw.frames else ([], frags)
    flow: dict[int, tuple[float, float]] = {}  # id(item) -> (where its run is read, its column)
    ruled = list(items)
    runs = _region_items(frags, raw.height, items, flow, raw.rules)
    for it in ruled:  # a ruled table inside one of the page's columns is read in its column
        for bands, region_top, region_end in runs:
            band = _band_of((it.x0, it.x1 if it.x1 is not None else it.x0), bands)
            if band is not None and region_top <= it.top < region_end:
                flow[id(it)] = (round(region_top, 1), band)
    for start, inside in sidebars:
        if RE_BALLOON.match(inside[0].text):
            continue  # a word processor's comment or change balloon in the margin: a note on the text, not the text
        mine: list[Item] = []
        _region_items(inside, raw.height, mine, {})
        items += mine
        x0, x1 = min(f.x0 for f in inside), max(f.x1 for f in inside)
        # boxes that start at one height (a slide's cards side by side) are read one after another, left to right
        place: tuple[float, float] = (round(start, 1), -1 + x0 / 1e6)
        bottom = max(it.bottom for it in mine)
        for bands, region_top, region_end in runs:  # a box inside one of the page's columns (a photograph's caption, a pull quote) is read there
            band = _band_of((x0, x1), bands) if bottom > region_top and start < region_end else None
            if band is not None:
                place = (round(region_top, 1), band)
                break
        flow.update((id(it), place) for it in mine)
    # top to bottom; the lines of a page's two columns from the top of their run, the left column first
    items.sort(key=lambda it: (*(flow[id(it)] if id(it) in flow else (round(it.top, 1), 0)), round(it.top, 1), it.x0))
    return items


Run = tuple[list[tuple[float, float]], float, float]  # a run of a page's two columns: their bands, its top and end


def _region_items(frags: list[Frag], height: float, items: list[Item], flow: dict[int, tuple[float, float]],
                  rules: Sequence[tuple[float, float, float]] = ()) -> list[Run]:
    """The lines and table rows of the fragments of one region of a page, added to `items`; `flow` takes
    the reading place of those in a run of two columns, whose bands and run (top, end) are returned, one for
    each run down the page (two columns above a table across the page, and two more below it).

    Boxes side by side are the cells of a table row, unless the page is set in two columns: where two long,
    wide columns of text stand side by side (`_flowing`), their x-ranges are the page's column bands, and
    every box within a band, from the top of the first such pair down to the next box across both bands, is
    read column by column (the left column to its foot, then the right), as the page is read: a pull quote, a
    photograph's caption and an answer that runs on at the top of the right column stay in their column."""
    frags = _merge_markers(frags)
    boxes: dict[int, list[Frag]] = {}
    for f in frags:
        boxes.setdefault(f.box, []).append(f)
    spans = [(min(f.x0 for f in fs), max(f.x1 for f in fs), min(f.y0 for f in fs), max(f.y1 for f in fs), fs) for fs in boxes.values()]
    comps = []
    for comp in _groups(spans, lambda a, b: _overlap(a[2], a[3], b[2], b[3]) > 2.0):
        columns = _groups(comp, lambda a, b: _overlap(a[0], a[1], b[0], b[1]) > 0.0)
        columns.sort(key=lambda col: min(s[0] for s in col))
        comps.append((height - max(s[3] for s in comp), comp, columns))
    comps.sort(key=lambda c: c[0])
    # the page's column bands and the run of the page they hold: from the first pair of flowing columns down
    page_width = max((f.x1 for f in frags), default=0.0) - min((f.x0 for f in frags), default=0.0)
    pitch = _pitch(frags)
    runs: list[Run] = []
    done = 0  # the comps before this one belong to an earlier run, or to none
    while True:
        at = next((k for k in range(done, len(comps))
                   if _flowing(comps[k][2], page_width) or _run_flowing(comps, k, page_width)), None)
        if at is None:
            break
        first = comps[at]
        bands = [(min(s[0] for s in col), max(s[1] for s in col)) for col in first[2]]
        region_top = first[0]
        while at > done:  # the columns begin above the first pair: where the blocks above it keep within the bands, close above
            at -= 1
            above = comps[at]
            if any(_band_of(s, bands) is None for s in above[1]) or region_top - (height - min(s[2] for s in above[1])) > GAP_PITCHES * pitch:
                break  # (a title across the page, or a running header in the margin, stand above the columns)
            region_top = above[0]
        region_end = min([next((top for top, comp, _ in comps if top > region_top and any(_band_of(s, bands) is None for s in comp)),
                               float("inf")),
                          # a rule drawn across the gutter (a table's across the page) is no part of either column
                          *(top for x0, x1, top in rules if top > region_top and x0 < bands[0][1] and x1 > bands[1][0])])
        runs.append((bands, region_top, region_end))
        done = next((k for k, c in enumerate(comps) if c[0] >= region_end), len(comps))
    for top, comp, columns in comps:
        run = next((r for r in runs if r[1] <= top < r[2] and all(_band_of(s, r[0]) is not None for s in comp)), None)
        if len(columns) == 1 or run is not None:
            for span in comp:
                band = _band_of(span, run[0]) if run is not None else None
                for f in span[4]:
                    item = Item(f.text, height - f.y1, height - f.y0, f.x0, f.bold, f.italic)
                    items.append(item)
                    if run is not None and band is not None:
                        flow[id(item)] = (round(run[1], 1), band)
            continue
        cells, cell_frags = [], []
        for col in columns:
            fs = sorted((f for s in col for f in s[4]), key=lambda f: (-round(f.y1 / 3), f.x0))
            cells.append(" ".join(f.text for f in fs))
            cell_frags.extend(fs)
        bottom = min(s[2] for s in comp)
        bold = all(f.bold for f in cell_frags)
        items.append(Item("\t".join(cells), top, height - bottom, min(s[0] for s in comp), bold, False, True))
    return runs


LOOSE = 0.4  # lines of a paragraph set further apart than this share of the type's height: a document set loose
SHARE = 0.15  # ... where this share of the spaces between its lines, at least, are that wide
WRAPPED = 0.7  # a line at least this share of the length of a document's long lines (its upper quartile) wrapped


def _leading(pages: list[list[Item]], h: float) -> float:
    """The space a document leaves between the lines of one paragraph, where it is set loose (Word's "1.5 lines", a
    designer's open leading): the narrowest space between one body line and the next, to the half point, that
    SHARE of them keep, when that is more than LOOSE of the type's height and less than a line; else 0. A paragraph's
    break is a space beyond it, not any space."""
    spaces = Counter(round(2 * (it.top - prev.bottom)) / 2 for page in pages for prev, it in zip(page, page[1:])
                     if not (it.table or prev.table) and 0 < it.top - prev.bottom < 2 * h)
    total = sum(spaces.values())
    # the narrowest space that a good share of lines keep (where most paragraphs are one line long, their breaks
    # outnumber the spaces inside them), and narrower than a line: a wider one is a paragraph's break
    lines = min((space for space, n in spaces.items() if n >= SHARE * total), default=0.0)
    return lines if LOOSE * h < lines < h else 0.0


def _to_lines(pages: list[list[Item]], heights: list[float], running: list[str] | None = None) -> list[Line]:
    """The pages' items as lines, without the furniture that repeats on every page; `running`, where given, gets the
    text of the first page's running head (a committee and its meeting's date, printed atop every page), which no line
    keeps."""
    drop = running_furniture([[(it.text, it.top) for it in page] for page in pages], heights)
    if running is not None and pages:
        running.extend(pages[0][i].text for p, i in sorted(drop) if p == 0 and pages[0][i].top < 0.12 * (heights[0] or 792.0))
    all_heights = [it.bottom - it.top for page in pages for it in page if not it.table]
    h = statistics.median(all_heights) if all_heights else 12.0
    leading = _leading(pages, h)
    lengths = sorted(len(it.text) for page in pages for it in page if not it.table)
    full = WRAPPED * lengths[3 * len(lengths) // 4] if lengths else 0.0  # a line this long ran to the margin
    lines: list[Line] = []
    prev: Item | None = None
    for p, page in enumerate(pages):
        height = heights[p] or 792.0
        first_on_page = True
        mark_footnotes(lines, h)  # the page before: its foot is read now that it is whole
        for i, it in enumerate(page):
            in_margin = it.top < 0.12 * height or it.top > 0.88 * height
            if (p, i) in drop or (in_margin and (is_page_number(it.text) or prints_own_folio(it.text, p + 1))):
                continue
            if first_on_page and it.table and lines and lines[-1].table:
                above, row = lines[-1].text.split("\t"), it.text.split("\t")
                if joins_row_above(above, row):  # a row the page break split
                    lines[-1].text = "\t".join(" ".join(filter(None, pair)) for pair in zip(above, row))
                    prev, first_on_page = it, False
                    continue
            if prev is None:
                gap = 0
            elif first_on_page:
                body = next((ln for ln in reversed(lines) if not ln.footnote), lines[-1])  # the text the notes interrupt
                gap = 1 if (body.text.rstrip()[-1:] in ".:;!?" or it.table or body.table or it.bold) else 0
            else:
                space = it.top - prev.bottom
                size = max(h, it.bottom - it.top, prev.bottom - prev.top)  # titles have wide leading
                # a blank-line-sized space, a jump back up (new column), a table, or a bold
                # heading line followed by plain text all start a new block
                # (a bold line whose next line starts bold and ends in another font, "... by 2025. (Paragraph 37)",
                # runs on: only a line wholly in another style starts a block)
                restyled = prev.bold != it.bold and not (prev.bold and it.text.startswith("**"))
                # in a document set loose, the space its paragraphs keep between lines, after a line that ran to the
                # margin and wrapped, is no break (a short line, a title's or a list item's, ends where it ends)
                within = leading if len(prev.text) >= full else 0.0
                gap = 1 if (space > within + 0.5 * size or space < -0.5 * h or it.table or prev.table or restyled) else 0
            if it.table and _lone_row(page, i) and _headed_status(it.text) \
                    and not (first_on_page and lines and lines[-1].table and lines[-1].text.count("\t") == it.text.count("\t")):
                # a row no other row stands beside, a recommendation's head with a short status set in the corner: a
                # slide's title ("R2 Free parking for carers | In progress"), read as the lines it is, each cell in turn,
                # not as a table of one row (a row of the width of the table that ended the page before goes on with it)
                for k, cell in enumerate(c.strip() for c in it.text.split("\t") if c.strip()):
                    lines.append(Line(cell, page=p + 1, gap_before=gap if k == 0 else 1, indent=round(it.x0, 1),
                                      bold=it.bold and k == 0, italic=it.italic, size=round(it.bottom - it.top, 1)))
                prev, first_on_page = it, False
                continue
            lines.append(Line(it.text, page=p + 1, gap_before=gap, indent=round(it.x0, 1), bold=it.bold, italic=it.italic,
                              table=it.table, size=0.0 if it.table else round(it.bottom - it.top, 1)))
            prev, first_on_page = it, False
    mark_footnotes(lines, h)
    return _mend_hyphens(lines)


STATUS_WORDS = 4  # a status set beside a head is a word or a few ("In progress", "For the County Council")


def _headed_status(row: str) -> bool:
    """A row of two cells: a recommendation's head ("R2 Free parking ...") and a short status beside it."""
    cells = [c.strip() for c in row.split("\t") if c.strip()]
    return len(cells) == 2 and read_head(cells[0]) is not None and len(cells[1].split()) <= STATUS_WORDS


def _lone_row(page: list[Item], i: int) -> bool:
    """Item `i` is a table row with no row of the page directly above or below it."""
    return not (i > 0 and page[i - 1].table) and not (i + 1 < len(page) and page[i + 1].table)


FOOTNOTE_SIZE = 0.9  # a note is set at most this share of the body text's size (its line's height)


def _folio(line: Line) -> bool:
    """A short table row: a folio beside a section's name ("6<tab>Summary")."""
    return line.table and len(line.text.split()) <= 6


def mark_footnotes(lines: list[Line], body_size: float) -> None:
    """Mark the notes printed at the foot of the last page in `lines`.

    They close the run of lines that ends the page set in smaller type than the body
    (`FOOTNOTE_SIZE`), below at least one line of body text: from the run's first line that
    opens with a note's number, and the numbers of the notes follow each other. Small lines
    above that first number are a note carried over from the page before when that page's
    foot held notes, and otherwise text set small (a quotation) that stays body text. Tables
    and unsized lines are never notes; a short table row below the notes (a folio beside a
    section's name) is passed over.
    """
    if not lines:
        return
    page = lines[-1].page
    end = len(lines)
    while end > 0 and lines[end - 1].page == page and _folio(lines[end - 1]):
        end -= 1  # a folio beside a section's name ("6<tab>Summary") printed below the notes
    start = end
    while start > 0 and lines[start - 1].page == page and not lines[start - 1].table \
            and 0 < lines[start - 1].size <= FOOTNOTE_SIZE * body_size:
        start -= 1
    if start == end or start == 0 or lines[start - 1].page != page:
        return  # no smaller type at the foot, or nothing on the page above it
    top = next(k for k in range(start, -1, -1) if k == 0 or lines[k - 1].page != page)  # the page's first line
    above = [ln for ln in lines[:top][-4:] if not _folio(ln)]
    carried = bool(above) and above[-1].footnote  # the page before ended in a note
    first = next((k for k in range(start, end) if RE_NOTE_NUMBER.match(lines[k].text)), None)
    numbers = [int(m.group(1)) for ln in lines[start if first is None else first:end] if (m := RE_NOTE_NUMBER.match(ln.text))]
    if (first is None and not carried) or any(b != a + 1 for a, b in zip(numbers, numbers[1:])):
        return
    for ln in lines[start if carried else first:end]:  # first is None only when carried
        ln.footnote = True


def _mend_hyphens(lines: list[Line]) -> list[Line]:
    vocab = vocabulary([ln.text for ln in lines])
    out: list[Line] = []
    for ln in lines:
        if out and ln.gap_before == 0 and not ln.table and not out[-1].table and ln.footnote == out[-1].footnote:
            mended = mend_hyphen(out[-1].text, ln.text, vocab)
            if mended:
                out[-1].text, ln.text = mended
                if not ln.text.strip():
                    continue
        out.append(ln)
    return out


SCAN_SHARE = 0.5  # an image over half the page or more: the page may be a scan
STAMP_CHARS = 40  # ... and text this short beside it is what was stamped on the scan ("Page 24"), not the page's text


def _stamped_scan(raw: RawPage) -> bool:
    """A scanned page whose only text is what was stamped on it afterwards: an agenda pack's page number over a
    scanned letter. Its words are in the image; reading the stamp alone would lose the page. (A photograph over half
    a page with its caption, "Figure 2: Northfold Central Library", is no scan: its text is no folio.)"""
    return raw.image_share >= SCAN_SHARE and sum(len(f.text.strip()) for f in raw.frags) <= STAMP_CHARS \
        and all(is_page_number(f.text) for f in raw.frags)


def _ocr(path: Path, raws: list[RawPage], pages: list[int]) -> list[int]:
    """Fill the fragments of scanned `pages` by OCR; the pages that yielded text."""
    read = []
    for k, lines in ocr.ocr_pages(path, pages):
        raws[k].frags = [Frag(text, x0, x1, y0, y1, box) for text, x0, x1, y0, y1, box in lines or []]
        if raws[k].frags:
            read.append(k)
    return read


def page_runs(n_pages: int, workers: int, size: int | None = None) -> list[tuple[int, int]]:
    """Runs [first, last) of a document's pages for `workers` processes: runs of `size` pages,
    by default two per process so that one run of dense pages does not leave the others idle;
    a short document is one run."""
    if n_pages <= 0:
        return [(0, n_pages)]
    if size is None:
        if n_pages < PARALLEL_MIN_PAGES or workers <= 1:
            return [(0, n_pages)]
        size = -(-n_pages // (2 * workers))
    size = max(1, size)
    return [(k, min(k + size, n_pages)) for k in range(0, n_pages, size)]


def lay_out(path: str, first: int = 0, last: int | None = None) -> list[RawPage]:
    """The layout of pages [first, last) of one PDF: a process-pool task (see `read_pdf(layout=...)`)."""
    return _layout(path, first, last)


def pool_context():
    """The pool forks (nothing is imported again) where the platform can and no other thread
    could hold a lock across the fork, and spawns otherwise."""
    fork = "fork" in get_all_start_methods() and threading.active_count() == 1
    return get_context("fork" if fork else "spawn")


def _layout_pages(path: Path, workers: int) -> list[RawPage]:
    """The layout of every page, a long document's pages split among `workers` processes."""
    runs = page_runs(count_pages(path), workers)
    if len(runs) == 1:
        return _layout(str(path))
    with ProcessPoolExecutor(max_workers=workers, mp_context=pool_context()) as pool:
        chunks = list(pool.map(_layout, [str(path)] * len(runs), *zip(*runs)))
    return [r for chunk in chunks for r in chunk]


def read_pdf(path: Path, *, workers: int = 1, layout: list[RawPage] | None = None,
             running: list[str] | None = None) -> tuple[list[Line], int, list[Issue]]:
    """Read a PDF into visual lines; `workers` > 1 lays out a long document's pages in
    that many processes (`_layout_pages`); `layout` gives every page already laid out
    (`lay_out` over `page_runs`, by a pool that reads several files' pages at once); `running`, where given, gets the
    first page's running head (`_to_lines`), for the cover metadata it may print alone."""
    path = Path(path)
    try:
        with path.open("rb") as fh:
            head = fh.read(1024)
    except OSError as exc:
        raise ScrutinyError("E107", path, detail=exc.strerror or exc) from exc
    if b"%PDF" not in head:
        raise ScrutinyError("E102", path, detail="no %PDF header: not a PDF file")
    if layout is not None:
        raws = layout
    else:
        raws = _layout_pages(path, workers) if workers > 1 else _layout(str(path))
    issues: list[Issue] = []
    if len(raws) > PDF.large_document_pages:
        issues.append(Issue("W203", message("W203", path, detail=len(raws))))
    textless = [k for k, r in enumerate(raws) if not r.frags or _stamped_scan(r)]
    scanned = [k for k in textless if raws[k].has_image or len(textless) == len(raws)]
    if scanned and ocr.available():
        read = _ocr(path, raws, scanned)
        if read:
            issues.append(Issue("W206", message("W206", path, detail=len(read))))
        textless = [k for k, r in enumerate(raws) if not r.frags]
    if raws and len(textless) == len(raws):
        issues.append(Issue("W201", message("W201", path, detail=len(raws))))
        log.warning("%s: no text layer on any of %d pages", path, len(raws))
        return [], len(raws), issues
    scanned = [k for k in textless if raws[k].has_image]
    if scanned:
        issues.append(Issue("W205", message("W205", path, detail=len(scanned))))
    english = [in_english(r) for r in raws]
    if bilingual := sum(e is not None for e in english):
        issues.append(Issue("W209", message("W209", path, detail=bilingual)))
    pages = [_page_items(e or r) for e, r in zip(english, raws)]
    lines = _to_lines(pages, [r.height for r in raws], running)
    return lines, len(raws), issues
