"""Ruled tables in a PDF: which pages draw one, and their rows, read by pdfplumber.

pdfminer's layout analysis reads a table cell by cell, so a two-column "Issue raised |
Response" table comes out interleaved, and a long answer cell falls apart into prose.
Where a page draws a grid (three or more vertical rules that stand side by side),
pdfplumber's table finder, which is built on pdfminer.six, takes cells from the rules; it
is handed the page's layout that the prose reader made, so no page is interpreted twice. Each row becomes one table line, its cells joined by tabs.
A row that a page break splits is joined again by `joins_row_above`.

Pages without a grid, which is most of them, cost nothing more.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache

from pipeline.ingest.cleanup import mend_chars
from pipeline.labels import RE_BULLET_PREFIX, marks_a_list

log = logging.getLogger(__name__)

RULE_MIN_LENGTH = 5.0  # points: shorter strokes are glyph parts or underlines
COLUMN_GAP = 15.0  # points between vertical rules that count as different columns
SHARED_SPAN = 10.0  # points of height that rules of one table have in common
LABEL_MAX = 40  # a "Label:" cell up to this long reads as a field, not a table row
MAX_RULES = 1500  # more vertical strokes than this on a page: a drawing
OPEN_FOOT = 0.75  # a table left open by a page break ends in the page's last quarter


@dataclass(slots=True)
class Row:
    """One table row: its vertical extent (points from the page top) and cell texts."""

    top: float
    bottom: float
    cells: list[str]


@dataclass(slots=True)
class Table:
    """A ruled table on one page, in pdfplumber's coordinates (points from the page top)."""

    x0: float
    top: float
    x1: float
    bottom: float
    rows: list[Row] = field(default_factory=list)

    def holds(self, x0: float, top: float, x1: float, bottom: float) -> bool:
        """The box's centre lies inside the table."""
        cx, cy = (x0 + x1) / 2, (top + bottom) / 2
        return self.x0 - 1 <= cx <= self.x1 + 1 and self.top - 1 <= cy <= self.bottom + 1


def vertical_rules(objs) -> list[tuple[float, float, float]]:
    """(x, y0, y1) of every vertical stroke among a page's layout objects.

    A thin rectangle or a line is one stroke; a wider rectangle (a cell drawn as a box,
    or a shaded cell) gives its two sides.
    """
    from pdfminer.layout import LTLine, LTRect

    rules: list[tuple[float, float, float]] = []
    for o in objs:
        if not isinstance(o, (LTLine, LTRect)):
            continue
        w, h = o.x1 - o.x0, o.y1 - o.y0
        if h < RULE_MIN_LENGTH:
            continue
        if w <= 2:
            rules.append(((o.x0 + o.x1) / 2, o.y0, o.y1))
        elif isinstance(o, LTRect):
            rules += [(o.x0, o.y0, o.y1), (o.x1, o.y0, o.y1)]
    return rules


def has_grid(rules: list[tuple[float, float, float]]) -> bool:
    """Three or more vertical rules, at different x, that share a stretch of height.

    A page frame or a boxed note gives two; the narrowest table (two columns) gives three.
    A page of thousands of strokes is a chart or a map, not a table, and is not compared
    pair by pair.
    """
    if len(rules) > MAX_RULES:
        return False
    for _x, y0, y1 in rules:
        columns = {round(x2 / COLUMN_GAP) for x2, a, b in rules if min(y1, b) - max(y0, a) > SHARED_SPAN}
        if len(columns) >= 3:
            return True
    return False


_UNMAPPED = re.compile(r"\(cid:\d+\)\s?")  # a glyph with no Unicode mapping (a symbol font's bullet): no text


def _cell(text: str | None) -> str:
    """A cell's text on one line, as the page's lines are read: glyphs with no Unicode mapping left out."""
    text = _UNMAPPED.sub("", text or "")
    return " ".join(mend_chars(part).strip() for part in text.splitlines() if part.strip())


def _inside(inner: Table, outer: Table) -> bool:
    return inner is not outer and outer.x0 - 1 <= inner.x0 and inner.x1 <= outer.x1 + 1 and outer.top - 1 <= inner.top and inner.bottom <= outer.bottom + 1


class _Held:
    """The document settings a pdfplumber `Page` consults once its layout is given: no
    layout parameters (its objects are the characters and strokes themselves) and no
    Unicode normalisation, as `pdfplumber.open` has by default."""

    laparams = None
    unicode_norm = None
    raise_unicode_errors = False


def _leaves(objs) -> Iterator:
    """The characters and strokes of a layout, depth first: the order in which pdfplumber
    lists a page's objects."""
    from pdfminer.layout import LTContainer

    for o in objs:
        if isinstance(o, LTContainer):
            yield from _leaves(o)
        else:
            yield o


@lru_cache(maxsize=1)
def _page_class():
    """pdfplumber's `Page`, with a character's record made straight from its attributes.

    pdfplumber makes a record of every object by walking its attributes and resolving
    each as a possible PDF reference; a character holds none, and its record costs more
    than pdfminer's making of the character. Here it holds the fields pdfplumber's word
    and table readers use (text, box, font, size, upright), in pdfplumber's coordinates.
    """
    from pdfminer.layout import LTChar
    from pdfplumber.page import Page

    class HeldPage(Page):
        def process_object(self, obj):
            if not isinstance(obj, LTChar):
                return super().process_object(obj)
            mb_x0, mb_top = self.mediabox[:2]
            top, bottom = self.height - obj.y1 + mb_top, self.height - obj.y0 + mb_top
            return {"object_type": "char", "page_number": self.page_number, "text": obj.get_text(),
                    "fontname": obj.fontname, "size": obj.size, "adv": obj.adv, "upright": obj.upright,
                    "matrix": obj.matrix, "x0": obj.x0 + mb_x0, "x1": obj.x1 + mb_x0, "y0": obj.y0, "y1": obj.y1,
                    "width": obj.width, "height": obj.height, "top": top, "bottom": bottom,
                    "doctop": self.initial_doctop + top}

    return HeldPage


def _page(layout, objs: list, page_obj, page_number: int):
    """A pdfplumber `Page` whose objects are `objs`, taken from `layout`, never re-read."""
    from pdfminer.layout import LTPage

    held = LTPage(layout.pageid, layout.bbox, layout.rotate)
    held.extend(objs)
    page = _page_class()(_Held(), page_obj, page_number)
    page._layout = held  # pdfplumber's own cache of the page's layout: filled, never re-made
    return page


def page_tables(path: str, layout, page_obj, page_number: int) -> list[Table]:
    """The ruled tables of one page, from the layout already made (`layout`, pdfminer's
    LTPage of `page_obj`): tables nested in a cell of another are left out (their text is
    in that cell), and so are one-column boxes.

    pdfplumber's table finder takes its cells from the page's rules and rectangles alone,
    so it is first handed only those strokes; each table it found is then handed the
    characters that fall inside it to fill its cells (pdfplumber looks for a row's
    characters among all those it is given: a page of several tables would have each row
    look through the characters of every table). The page is interpreted once, and
    pdfplumber turns into records only the objects a table needs.
    A page the finder cannot read is logged and left to the prose reader.
    """
    from pdfminer.layout import LTChar, LTCurve
    from pdfplumber.table import Table as Found

    leaves = list(_leaves(layout))
    strokes = _page(layout, [o for o in leaves if isinstance(o, LTCurve)], page_obj, page_number)
    try:
        found = strokes.find_tables(table_settings={"explicit_horizontal_lines": open_bottoms(strokes.edges, strokes.height)})
        if not found:
            return []
        x_shift, y_shift = strokes.mediabox[0], strokes.mediabox[1] + strokes.height
        boxes = [(x0 - x_shift - 2, y_shift - bottom - 2, x1 - x_shift + 2, y_shift - top + 2) for x0, top, x1, bottom in (t.bbox for t in found)]
        held: list[list] = [[] for _ in boxes]  # each table's characters (centre inside it), in the page's order
        for o in leaves:
            if isinstance(o, LTChar):
                cx, cy = (o.x0 + o.x1) / 2, (o.y0 + o.y1) / 2
                for chars, (x0, y0, x1, y1) in zip(held, boxes):
                    if x0 <= cx <= x1 and y0 <= cy <= y1:
                        chars.append(o)
        tables = []
        for t, chars in zip(found, held):
            text = _page(layout, chars, page_obj, page_number)
            tables.append(_table(Found(text, t.cells)))
            text.close()
    except Exception as exc:  # noqa: BLE001 - one odd page must not lose the document
        log.warning("%s: page %d: table finder failed (%s: %s); read as prose", path, page_number, type(exc).__name__, exc)
        return []
    finally:
        strokes.close()
    return [t for t in tables if _is_table(t) and not any(_inside(t, o) for o in tables)]


def open_bottoms(edges: list[dict], height: float) -> list[dict]:
    """A rule closing each table whose last row a page break left open: where three or more vertical
    rules end at one height in the page's last quarter, no horizontal rule runs across them there, and
    one does higher up (a ruled table whose row, split over two pages, is drawn without its bottom rule),
    a horizontal line from the first of them to the last. Without it the finder drops the row, or runs
    its cells together."""
    across = [e for e in edges if e["orientation"] == "h"]
    ends: dict[int, list[float]] = {}
    for e in edges:
        if e["orientation"] == "v" and e["bottom"] - e["top"] >= RULE_MIN_LENGTH:
            ends.setdefault(round(e["bottom"]), []).append(e["x0"])
    def overlap(h: dict, x0: float, x1: float) -> float:
        return max(0.0, min(h["x1"], x1) - max(h["x0"], x0)) / max(x1 - x0, 1.0)

    out = []
    lowest = max(ends, default=0)
    for bottom, xs in sorted(ends.items()):
        x0, x1 = min(xs), max(xs)
        spans = [h for h in across if overlap(h, x0, x1) >= 0.9]
        closed = any(abs(h["top"] - bottom) < 3 and overlap(h, x0, x1) >= 0.5 for h in across)
        if len(xs) >= 3 and bottom == lowest and bottom >= OPEN_FOOT * height and spans and not closed:
            out.append({"x0": x0, "x1": x1, "top": float(bottom), "bottom": float(bottom), "width": x1 - x0,
                        "height": 0.0, "object_type": "line", "orientation": "h"})
    return out


def _is_table(t: Table) -> bool:
    """Two rows or more; a lone row only when it goes on from the page before (a designed
    cover or a boxed layout is one 'row' that does not). A frame around numbered prose is no
    table (`frames_numbered_prose`)."""
    if frames_numbered_prose(t):
        return False
    return len(t.rows) >= 2 or (len(t.rows) == 1 and _continues(t.rows[0].cells))


def frames_numbered_prose(t: Table) -> bool:
    """A grid of two columns whose first prints nothing but the numbers of what stands beside it
    ("5 | CORONER'S CONCERNS During the course of ... (1) ... (2) ..."), its first row maybe blank:
    a form drawn round numbered sections, as a coroner's report or a decision notice is. Its text is
    prose with headings and lists, read by the prose reader, each number opening its own line; as
    table rows, each section's headings, paragraphs and items would run together in one cell. A
    table of columns names them in its first row ("No. | Recommendation"), so is not one of these."""
    return marks_a_list([r.cells for r in t.rows])


def _continues(cells: list[str]) -> bool:
    first = RE_BULLET_PREFIX.sub("", cells[0])
    return not first or first[0].islower()


def _table(t) -> Table:
    x0, top, x1, bottom = t.bbox
    rows = []
    for row, texts in zip(t.rows, t.extract()):
        cells = [_cell(c) for c in texts]
        if len(cells) < 2 or not any(cells):
            continue
        rows.append(Row(row.bbox[1], row.bbox[3], cells))
    return Table(x0, top, x1, bottom, rows)


def is_field_label(text: str) -> bool:
    """'From:', 'Report to:': a short label ending in a colon, whose value stands beside it."""
    return text.endswith(":") and len(text) <= LABEL_MAX


def as_field(cells: list[str]) -> str | None:
    """'From:' | 'Sue Chandler ...' is a field of a form, read as 'From: Sue Chandler ...'."""
    filled = [c for c in cells if c]
    if len(filled) == 2 and is_field_label(filled[0]):
        return f"{filled[0]} {filled[1]}"
    return None


def joins_row_above(above: list[str], row: list[str]) -> bool:
    """The first row on a page goes on with the last row of the page before: same
    number of cells, and its first cell is empty or starts mid-sentence (lower case)."""
    return len(above) == len(row) and any(row) and _continues(row)
