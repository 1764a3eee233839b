"""Word .docx (python-docx): paragraphs and table rows in body order, with Word's numbers.

Word keeps automatic numbers out of the paragraph text: a paragraph only points at a
list (`w:numPr`: numId and level), and the numbering part says how each level is
drawn (`w:lvlText` "%1.%2", `w:numFmt`, `w:start`). `Numbering` replays Word's
counting so "1.", "1.1", "a)" and "(i)" come back at the start of the line, where the
segmenter expects them. Headings (by style) are bold lines; every paragraph is a
block (`gap_before` 1); explicit and last-rendered page breaks count pages.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from pipeline.errors import ScrutinyError
from pipeline.ingest.cleanup import mend_chars, run_in_title
from pipeline.labels import RE_ITEM_MARKER_ALONE, marks_a_list
from pipeline.records import Issue, Line

if TYPE_CHECKING:
    from docx.text.run import Run

log = logging.getLogger(__name__)

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _roman(n: int) -> str:
    out = ""
    for value, sym in ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
                       (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= value:
            out, n = out + sym, n - value
    return out


def _letters(n: int) -> str:
    # Word repeats the letter after z: a..z, aa..zz, aaa..
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else ""


def format_number(n: int, fmt: str) -> str:
    """A counter drawn in one of Word's number formats (`w:numFmt`)."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return _roman(n)
    if fmt == "upperRoman":
        return _roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt in ("none", "bullet"):
        return ""
    return str(n)


@dataclass(slots=True)
class Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = "%1."
    legal: bool = False


@dataclass(slots=True)
class Numbering:
    """Word's list definitions and the running counters, replayed in document order."""

    abstract: dict[str, dict[int, Level]] = field(default_factory=dict)
    nums: dict[str, tuple[str, dict[int, int]]] = field(default_factory=dict)  # numId -> (abstractId, start overrides)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)

    @classmethod
    def from_part(cls, numbering_el) -> Numbering:
        self = cls()
        if numbering_el is None:
            return self
        for absn in numbering_el.iter(f"{W}abstractNum"):
            levels: dict[int, Level] = {}
            for lvl in absn.iter(f"{W}lvl"):
                level = Level()
                for tag, attr in (("start", "start"), ("numFmt", "fmt"), ("lvlText", "text")):
                    el = lvl.find(f"{W}{tag}")
                    if el is not None and el.get(f"{W}val") is not None:
                        value = el.get(f"{W}val")
                        setattr(level, attr, int(value) if attr == "start" and value.lstrip("-").isdigit() else value)
                level.legal = lvl.find(f"{W}isLgl") is not None
                levels[int(lvl.get(f"{W}ilvl", "0"))] = level
            self.abstract[absn.get(f"{W}abstractNumId")] = levels
        for num in numbering_el.iter(f"{W}num"):
            ref = num.find(f"{W}abstractNumId")
            overrides = {}
            for ov in num.iter(f"{W}lvlOverride"):
                so = ov.find(f"{W}startOverride")
                if so is not None:
                    overrides[int(ov.get(f"{W}ilvl", "0"))] = int(so.get(f"{W}val", "1"))
            if ref is not None:
                self.nums[num.get(f"{W}numId")] = (ref.get(f"{W}val"), overrides)
        return self

    def label(self, num_id: str, ilvl: int) -> str:
        """The next label of list `num_id` at level `ilvl`, advancing Word's counters."""
        if num_id not in self.nums or num_id == "0":
            return ""
        abs_id, overrides = self.nums[num_id]
        levels = self.abstract.get(abs_id, {})
        level = levels.get(ilvl, Level())
        counters = self.counters.setdefault(abs_id, {})
        if num_id not in self.used:  # a w:num with a start override restarts the list
            self.used.add(num_id)
            for k, start in overrides.items():
                counters[k] = start - 1
                for deeper in [d for d in counters if d > k]:
                    del counters[deeper]
        counters[ilvl] = counters.get(ilvl, level.start - 1) + 1
        for deeper in [d for d in counters if d > ilvl]:
            del counters[deeper]
        if level.fmt == "bullet":
            return "•"

        def draw(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lv = levels.get(k, Level())
            n = counters.get(k, lv.start)
            return str(n) if level.legal else format_number(n, lv.fmt)

        return re.sub(r"%(\d)", draw, level.text).strip()


def _num_pr(paragraph) -> tuple[str, int] | None:
    """(numId, ilvl) of a paragraph, from its own properties or its style chain."""
    ppr = paragraph._p.pPr
    candidates = [ppr.numPr if ppr is not None else None]
    style = paragraph.style
    while style is not None:
        sppr = style.element.pPr
        candidates.append(sppr.numPr if sppr is not None else None)
        style = style.base_style
    num_id, ilvl = None, None
    for numpr in candidates:
        if numpr is None:
            continue
        if num_id is None and numpr.numId is not None:
            num_id = str(numpr.numId.val)
        if ilvl is None and numpr.ilvl is not None:
            ilvl = int(numpr.ilvl.val)
    return (num_id, ilvl or 0) if num_id else None


W14 = "{http://schemas.microsoft.com/office/word/2010/wordml}"
TICKED, UNTICKED = "\u2612", "\u2610"  # ☒ ☐: what Word draws for a check box's two states


def _box_state(el) -> str | None:
    """The glyph of a check box that `el` is: a content control's (`w14:checkbox`, its state in
    `w14:checked`) or a legacy form field's (`w:ffData/w:checkBox`, `w:checked` or its default)."""
    if el.tag == f"{W14}checkbox":
        checked = el.find(f"{W14}checked")
        return TICKED if checked is not None and checked.get(f"{W14}val") in ("1", "true") else UNTICKED
    if el.tag == f"{W}checkBox":
        checked = el.find(f"{W}checked")
        if checked is None:
            checked = el.find(f"{W}default")
        return TICKED if checked is not None and checked.get(f"{W}val", "1") in ("1", "true") else UNTICKED
    return None


def _inline(paragraph) -> list[Run | str]:
    """The paragraph's runs in reading order, wherever Word put them (in hyperlinks, content controls,
    fields, tracked insertions; python-docx's own text leaves the controls' and insertions' out), and
    each check box as the glyph of its state. Deleted text, and the paragraphs of a text box anchored in
    a run, are not this paragraph's."""
    from docx.text.run import Run

    p_el = paragraph._p
    out: list[Run | str] = []
    boxed: list = []  # content controls that are check boxes (the elements, held: lxml's proxies are not stable ids)
    for el in p_el.iter(f"{W}r", f"{W14}checkbox", f"{W}checkBox"):
        if (glyph := _box_state(el)) is not None:
            out.append(glyph)
            if el.tag == f"{W14}checkbox":
                boxed.append(el.getparent().getparent())  # sdtPr's sdt
            continue
        owner = el.getparent()
        while owner is not None and owner.tag not in (f"{W}p", f"{W}del", f"{W}sdt"):
            owner = owner.getparent()
        if owner is not None and owner.tag == f"{W}sdt":
            if any(owner is sdt for sdt in boxed):
                continue
            while owner is not None and owner.tag not in (f"{W}p", f"{W}del"):
                owner = owner.getparent()
        if owner is p_el:
            out.append(Run(el, paragraph))
    return out


MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"


def _text_boxes(p_el) -> list:
    """The contents (`w:txbxContent`) of the text boxes anchored in a body paragraph, each once: Word saves a box as a
    drawing and again as its older VML picture inside `mc:Fallback`, for readers that cannot draw the first; the
    copy under a fallback is not read. A box anchored inside a box is its paragraph's, read after it."""
    out = []
    for box in p_el.iter(f"{W}txbxContent"):
        owner = box.getparent()
        while owner is not None and owner is not p_el and owner.tag not in (MC_FALLBACK, f"{W}txbxContent"):
            owner = owner.getparent()
        if owner is p_el:
            out.append(box)
    return out


def _runs_text(paragraph) -> tuple[str, bool, bool]:
    """Paragraph text with a bold run-in title marked up; (text, all bold, all italic)."""
    style_font = paragraph.style.font if paragraph.style is not None else None
    pieces: list[tuple[str, bool, bool]] = []
    for run in _inline(paragraph):
        if isinstance(run, str):
            pieces.append((run, False, False))
            continue
        text = run.text.replace("\t", " ")
        if not text:
            continue
        bold = run.bold if run.bold is not None else bool(style_font and style_font.bold)
        italic = run.italic if run.italic is not None else bool(style_font and style_font.italic)
        pieces.append((mend_chars(text), bool(bold), bool(italic)))
    text = re.sub(f"([{TICKED}{UNTICKED}])(?=\\S)", r"\1 ", "".join(p[0] for p in pieces))
    visible = [p for p in pieces if p[0].strip()]
    all_bold = bool(visible) and all(p[1] for p in visible)
    all_italic = bool(visible) and all(p[2] for p in visible)
    if visible and visible[0][1] and not all_bold:
        k = 0
        while k < len(pieces) and (pieces[k][1] or not pieces[k][0].strip()):
            k += 1
        text = run_in_title("".join(p[0] for p in pieces[:k]), "".join(p[0] for p in pieces[k:])) or text
    return text, all_bold, all_italic


def _is_heading(paragraph) -> bool:
    style = paragraph.style
    while style is not None:
        if re.match(r"(?:heading|title)\b", style.name or "", re.I):
            return True
        style = style.base_style
    return False


def _heading_level(paragraph) -> int:
    """The rank a "Heading N" style gives the paragraph (its own or the style it is based on); 0 for any other."""
    style = paragraph.style
    while style is not None:
        m = re.match(r"heading\s*(\d)\b", style.name or "", re.I)
        if m:
            return int(m.group(1))
        style = style.base_style
    return 0


def _cell_paragraph(paragraph, numbering: Numbering) -> tuple[str, str]:
    """(label, text) of a table cell's paragraph as printed: the number or bullet Word draws before it, as in the body
    (a cell's "That Cabinet:" over a Word list "1. approves ...", "2. approves ..."), and its words. A blank paragraph
    of a numbered list prints its number alone, as Word draws it (a report template's number column, "3.2" beside the
    paragraph's cell); a bullet alone prints nothing."""
    text = _runs_text(paragraph)[0].strip()
    num = _num_pr(paragraph)
    label = numbering.label(*num) if num else ""  # counted even when blank, as in the body
    return ("" if label == "•" and not text else label), text


def _distinct(cells) -> list:
    """A row's cells, each once: a cell merged across columns repeats in python-docx's row."""
    seen: set[int] = set()
    out = []
    for c in cells:
        if id(c._tc) not in seen:
            seen.add(id(c._tc))
            out.append(c)
    return out


def _cell_text(cell, numbering: Numbering) -> str:
    """A table cell's text as printed, its paragraphs and the tables set inside it in their order (a decision's items
    "(a)" to "(d)" laid out in a borderless table within the cell of its paragraph), a nested table's row by row."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    parts: list[str] = []
    bare: list[str] = []  # blank paragraphs of a list: the number alone, what a number column prints
    for el in cell._tc.iterchildren():
        if el.tag == f"{W}p":
            label, text = _cell_paragraph(Paragraph(el, cell), numbering)
            if text:
                parts.append(f"{label} {text}" if label else text)
            else:
                bare.append(label)
        elif el.tag == f"{W}tbl":
            for row in Table(el, cell).rows:
                parts.append(" ".join(t for t in (_cell_text(c, numbering) for c in _distinct(row.cells)) if t))
    # a cell of text keeps no stray number of an empty last item; a cell of nothing else is that number
    return " ".join(t for t in parts if t) or " ".join(t for t in bare if t)


def read_docx(path: Path) -> tuple[list[Line], int, list[Issue]]:
    import docx
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    path = Path(path)
    try:
        document = docx.Document(str(path))
    except Exception as exc:  # noqa: BLE001 - python-docx/zipfile/lxml raise many types on a bad file
        raise ScrutinyError("E106", path, detail=f"{type(exc).__name__}: {exc}"[:200]) from exc
    try:
        numbering_el = document.part.numbering_part.element
    except (KeyError, NotImplementedError, AttributeError):
        numbering_el = None
    numbering = Numbering.from_part(numbering_el)
    lines: list[Line] = []
    page = 1
    def paragraph_lines(el, page: int) -> None:
        para = Paragraph(el, document)
        text, bold, italic = _runs_text(para)
        num = _num_pr(para)
        label = numbering.label(*num) if num else ""
        parts = [p.strip() for p in text.split("\n")]
        if not any(parts):
            return
        parts[0] = f"{label} {parts[0]}".strip() if label else parts[0]
        bold = bold or _is_heading(para)
        level = _heading_level(para)
        indent = para.paragraph_format.left_indent
        x = round(indent.pt, 1) if indent is not None else 0.0
        for k, part in enumerate(p for p in parts if p):
            lines.append(Line(part, page=page, gap_before=1 if lines and k == 0 else 0, indent=x, bold=bold, italic=italic,
                              level=level))

    for el in document.element.body.iterchildren():
        if el.tag == f"{W}p":
            if el.find(f".//{W}lastRenderedPageBreak") is not None or el.find(f".//{W}br[@{W}type='page']") is not None:
                page += 1 if lines else 0
            paragraph_lines(el, page)
            boxes = _text_boxes(el)  # a text box anchored here: read after the paragraph that holds its anchor
            while boxes:
                box = boxes.pop(0)
                for inner in box.iterchildren(f"{W}p"):
                    paragraph_lines(inner, page)
                    boxes += _text_boxes(inner)  # ... and a box anchored in the box's own paragraph, after it
        elif el.tag == f"{W}tbl":
            table = Table(el, document)
            if len(table.rows) == 1 and len(_distinct(table.rows[0].cells)) == 1:
                # a table of one cell is a box drawn round text ("Recommendation(s)" over a lead-in and its list), not
                # a table: its paragraphs are read as the page's are, headings, numbering and all
                box = table.rows[0].cells[0]
                for inner in box._tc.iterchildren():
                    if inner.tag == f"{W}p":
                        paragraph_lines(inner, page)
                    elif inner.tag == f"{W}tbl":  # a list laid out as a table inside the box: a line a row
                        for row in Table(inner, box).rows:
                            text = " ".join(t for t in (_cell_text(c, numbering) for c in _distinct(row.cells)) if t)
                            if text:
                                lines.append(Line(text, page=page, gap_before=1))
                continue
            rows = []
            above: list = []  # the cells of the row above, by column (lxml elements, held so that `is` compares them)
            number = ""  # what the first cell of the row above printed
            for row in table.rows:
                cells = []
                tcs = [cell._tc for cell in row.cells]
                # a cell merged down from the row above is shared by the rows beside it, as Word draws one cell beside
                # both (an answer merged over recommendations 4 and 5, a meeting's date over its items); but an item's
                # number merged down over its rows (3.3 over a paragraph's three rows) numbers one item: the rows after
                # the first go on with it, and print the number once
                going_on = bool(tcs) and bool(above) and above[0] is tcs[0] and bool(RE_ITEM_MARKER_ALONE.match(number))
                above = tcs
                for k, cell in enumerate(_distinct(row.cells)):  # (a cell merged across columns, once)
                    cells.append("" if going_on and k == 0 else _cell_text(cell, numbering))
                number = number if going_on else (cells[0].strip() if cells else "")
                if any(cells):
                    rows.append(cells)
            listed = _as_list(rows)  # a list laid out as a table, marker | item: read as the list it is
            for k, cells in enumerate(rows):
                text = listed[k] if listed else "\t".join(cells)
                lines.append(Line(text, page=page, gap_before=1 if lines and (not listed or k == 0) else 0,
                                  table=not listed))
    return lines, page, []


def _as_list(rows: list[list[str]]) -> list[str] | None:
    """The items of a table that lays out a list, two columns of a marker and its item ("(i) | approve the proposal
    paper ...", "(ii) | agree that ...", `pipeline.labels.marks_a_list`), each as a list line ("(i) approve the proposal
    paper ..."); None for any other table. Word users set a decision's items so to hang their text."""
    return [" ".join(c.strip() for c in cells if c.strip()) for cells in rows] if marks_a_list(rows) else None
