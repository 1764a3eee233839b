"""pdfminer's page interpreter and aggregator with less work per token and per character,
and the same layout.

Most of a PDF's reading time goes to pdfminer reading the page's content stream token by
token (a state machine that calls a method or two per byte class), making one `LTChar` per
glyph (a generic matrix product for each, several calls deep) and then grouping those
characters into lines, a few method calls for each pair. Here the same work is done with
fewer calls, and gives the very same objects:

- `LeanContentParser` reads the common tokens (numbers, names, operators, plain strings,
  hex strings, brackets) with one regular expression each, as `PSBaseParser` would read
  them, and leaves every other case (escapes, comments, a token cut by the end of the
  buffer or of a stream, inline images) to pdfminer's own tokenizer; `LeanInterpreter`
  runs it and finds each operator's method once per interpreter;

- `LeanAggregator` looks each glyph's text and width up once per font (`font.to_unichr`,
  `font.char_width` are fixed for a font and a code), and fills its `LTChar` in
  directly: the same box (the four corners of `apply_matrix_rect`, in its order),
  `adv`, `size`, `upright`, `matrix`, `fontname`, colour space and graphic state;
- the characters of a page are grouped into lines by the test of
  `LTLayoutContainer.group_objects` and `LTTextLineHorizontal.add` (the inferred
  spaces `LTAnno(" ")` by `word_margin`), written out for the settings the reader uses
  (`detect_vertical` off); the rest of `LTLayoutContainer.analyze` (boxes from lines,
  their order by `boxes_flow`) is pdfminer's own.

Vertical writing, and any other layout settings, go through pdfminer's own code. The layout is
the same object for object and float for float, and the tokens the same in value, type and
position (`tests/test_ingest_pdf.py` checks both against pdfminer's on generated PDFs and
content streams and on real council PDFs). The interpreter's loop follows pdfminer.six
20260107, the version the lock file pins; with any other version `layout_classes` gives
pdfminer's own interpreter and aggregator, since these copies may no longer match it.
"""

from __future__ import annotations

import heapq
import logging
import re

from pdfminer import settings
from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import (
    IndexAssigner,
    LAParams,
    LTAnno,
    LTChar,
    LTLayoutContainer,
    LTPage,
    LTTextBoxVertical,
    LTTextGroup,
    LTTextGroupLRTB,
    LTTextGroupTBRL,
    LTTextLineHorizontal,
)
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFContentParser, PDFInterpreterError, PDFPageInterpreter
from pdfminer.pdftypes import stream_value
from pdfminer.psexceptions import PSEOF, PSException, PSSyntaxError, PSTypeError
from pdfminer.psparser import (
    HEX_PAIR,
    KEYWORD_ARRAY_BEGIN,
    KEYWORD_ARRAY_END,
    KEYWORD_DICT_BEGIN,
    KEYWORD_DICT_END,
    KEYWORD_PROC_BEGIN,
    KEYWORD_PROC_END,
    KWD,
    LIT,
    SPC,
    PSBaseParser,
    PSKeyword,
    PSLiteral,
    keyword_name,
    literal_name,
)
from pdfminer.utils import choplist, fsplit

log = logging.getLogger(__name__)

# the pdfminer.six releases whose interpreter loop, LTChar and line grouping these classes copy
# (tests/test_ingest_pdf.py compares them with pdfminer's own on each)
MATCHED_PDFMINER = frozenset({"20260107"})

_new_char = LTChar.__new__


class LeanAggregator(PDFPageAggregator):
    """`PDFPageAggregator` that makes a page's characters and text lines with less work
    per character; the layout it gives is pdfminer's, float for float."""

    def __init__(self, rsrcmgr, pageno: int = 1, laparams: LAParams | None = None) -> None:
        super().__init__(rsrcmgr, pageno=pageno, laparams=laparams)
        # font -> {cid: (text, width)}; the font is held so that its id is not reused
        self._glyphs: dict[int, tuple[object, dict[int, tuple[str, float]]]] = {}

    def _glyph_table(self, font) -> dict[int, tuple[str, float]]:
        held = self._glyphs.get(id(font))
        if held is None or held[0] is not font:
            held = self._glyphs[id(font)] = (font, {})
        return held[1]

    def render_string_horizontal(self, seq, matrix, pos, font, fontsize, scaling, charspace, wordspace,
                                 rise, dxscale, ncs, graphicstate):
        """`PDFTextDevice.render_string_horizontal` with `render_char` and `LTChar.__init__`
        written out: the same positions, boxes and attributes."""
        if font.is_vertical():  # (never for a horizontal string; pdfminer's own path if it were)
            return super().render_string_horizontal(seq, matrix, pos, font, fontsize, scaling, charspace,
                                                    wordspace, rise, dxscale, ncs, graphicstate)
        item = self.cur_item
        add = item._objs.append if type(item).add is LTLayoutContainer.add else item.add
        glyphs = self._glyph_table(font)
        fontname = font.fontname
        a, b, c, d, e, f = matrix
        upright = a * d * scaling > 0 and b * c <= 0
        descent = font.get_descent() * fontsize
        bottom = descent + rise
        top = descent + rise + fontsize
        # the parts of `translate_matrix` and `apply_matrix_rect` that are the same for every glyph
        # of the string, each sum in pdfminer's order: (a * x + c * y) + e
        c_bottom, c_top, d_bottom, d_top = c * bottom, c * top, d * bottom, d * top
        left_bottom_x, left_top_x = a * 0 + c_bottom, a * 0 + c_top
        left_bottom_y, left_top_y = b * 0 + d_bottom, b * 0 + d_top
        new = _new_char
        (x, y) = pos
        y_c, y_d = y * c, y * d
        needcharspace = False
        for obj in seq:
            if isinstance(obj, (int, float)):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in font.decode(obj):
                    if needcharspace:
                        x += charspace
                    glyph = glyphs.get(cid)
                    if glyph is None:
                        try:
                            text = font.to_unichr(cid)
                            assert isinstance(text, str), str(type(text))
                        except PDFUnicodeNotDefined:
                            text = self.handle_undefined_char(font, cid)
                        glyph = glyphs[cid] = (text, font.char_width(cid))
                    text, textwidth = glyph
                    # the glyph's matrix: utils.translate_matrix(matrix, (x, y))
                    e1 = x * a + y_c + e
                    f1 = x * b + y_d + f
                    adv = textwidth * fontsize * scaling
                    # its box: utils.apply_matrix_rect(matrix, (0, bottom, adv, top)), min and max in its order
                    a_adv, b_adv = a * adv, b * adv
                    x0 = left_bottom_x + e1  # left1
                    x1 = x0
                    v = left_top_x + e1  # left2
                    if v < x0:
                        x0 = v
                    if v > x1:
                        x1 = v
                    v = a_adv + c_bottom + e1  # right1
                    if v < x0:
                        x0 = v
                    if v > x1:
                        x1 = v
                    v = a_adv + c_top + e1  # right2
                    if v < x0:
                        x0 = v
                    if v > x1:
                        x1 = v
                    y0 = left_bottom_y + f1  # bottom1
                    y1 = y0
                    v = b_adv + d_bottom + f1  # bottom2
                    if v < y0:
                        y0 = v
                    if v > y1:
                        y1 = v
                    v = b_adv + d_top + f1  # top1
                    if v < y0:
                        y0 = v
                    if v > y1:
                        y1 = v
                    v = left_top_y + f1  # top2
                    if v < y0:
                        y0 = v
                    if v > y1:
                        y1 = v
                    if x1 < x0:  # (never, after min and max: as LTChar.__init__ has it)
                        x0, x1 = x1, x0
                    if y1 < y0:
                        y0, y1 = y1, y0
                    char = new(LTChar)
                    char._text = text
                    char.matrix = (a, b, c, d, e1, f1)
                    char.fontname = fontname
                    char.ncs = ncs
                    char.graphicstate = graphicstate
                    char.adv = adv
                    char.upright = upright
                    char.x0 = x0
                    char.y0 = y0
                    char.x1 = x1
                    char.y1 = y1
                    char.width = x1 - x0
                    char.height = y1 - y0
                    char.bbox = (x0, y0, x1, y1)
                    char.size = char.height
                    add(char)
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
            else:
                super().render_string_horizontal([obj], matrix, (x, y), font, fontsize, scaling, charspace,
                                                 wordspace, rise, dxscale, ncs, graphicstate)  # logs it
        return (x, y)

    def end_page(self, page) -> None:
        assert not self._stack, str(len(self._stack))
        assert isinstance(self.cur_item, LTPage), str(type(self.cur_item))
        if self.laparams is not None:
            analyze(self.cur_item, self.laparams)
        self.pageno += 1
        self.receive_layout(self.cur_item)


def analyze(page: LTLayoutContainer, laparams: LAParams) -> None:
    """`LTLayoutContainer.analyze` of `page`, its characters grouped into lines by `text_lines`."""
    if laparams.detect_vertical:
        page.analyze(laparams)
        return
    textobjs = [obj for obj in page if isinstance(obj, LTChar)]
    otherobjs = [obj for obj in page if not isinstance(obj, LTChar)]
    for obj in otherobjs:
        obj.analyze(laparams)
    if not textobjs:
        return
    textlines = text_lines(textobjs, laparams.line_overlap, laparams.char_margin, laparams.word_margin)
    empties, textlines = fsplit(_is_empty, textlines)
    for obj in empties:
        obj.analyze(laparams)
    textboxes = list(page.group_textlines(laparams, textlines))
    if laparams.boxes_flow is None:
        for textbox in textboxes:
            textbox.analyze(laparams)
        textboxes.sort(key=lambda box: (1, -box.y0, box.x0))  # (every box is horizontal here)
    else:
        page.groups = group_textboxes(page, textboxes)
        assigner = IndexAssigner()
        for group in page.groups:
            group.analyze(laparams)
            assigner.run(group)
        textboxes.sort(key=lambda box: box.index)
    page._objs = [*textboxes, *otherobjs, *empties]


GRID = 50  # points: the grid of pdfminer's `Plane` (its default `gridsize`)


def _grid_cells(x0: float, y0: float, x1: float, y1: float, page: tuple) -> tuple[int, int, int, int] | None:
    """The grid cells `Plane._getrange` lists for a box on `page` (a bounding box), as the ranges of columns and
    rows (from, to) they span; None where the box lies off the page, and so in no cell."""
    px0, py0, px1, py1 = page
    if x1 <= px0 or px1 <= x0 or y1 <= py0 or py1 <= y0:
        return None
    x0, y0, x1, y1 = max(px0, x0), max(py0, y0), min(px1, x1), min(py1, y1)
    return (int(x0) // GRID, int(x1 + GRID) // GRID, int(y0) // GRID, int(y1 + GRID) // GRID)  # utils.drange


def group_textboxes(page: LTLayoutContainer, boxes: list) -> list:
    """`LTLayoutContainer.group_textboxes` (pdfminer.six 20260107): the two nearest boxes or groups, by the
    area their bounding rectangle adds to theirs, merged into a group, over and over; a pair with another box
    or group between them is put back, to be merged when its turn comes again. The same heap of (put back,
    distance, id, id) entries, so the same merges in the same order (pdfminer breaks ties between equal
    distances by `id()`, and so does this), with less work for each:

    - the distance is written out, `min` and `max` as comparisons;
    - what lies between a pair is looked for among the boxes and groups not yet merged, as `Plane.find`
      finds them: one that overlaps the pair's rectangle and shares a grid cell with it (an object off the
      page is in none), with no grid to keep up as groups are made and merged, each filling a cell list for
      every 50 points of its width and height."""
    bbox = page.bbox
    members: dict = {}  # what is not yet merged, in the order it came (the Plane's order) -> its grid cells

    def dist(obj1, obj2) -> float:
        x0 = obj2.x0 if obj2.x0 < obj1.x0 else obj1.x0
        y0 = obj2.y0 if obj2.y0 < obj1.y0 else obj1.y0
        x1 = obj2.x1 if obj2.x1 > obj1.x1 else obj1.x1
        y1 = obj2.y1 if obj2.y1 > obj1.y1 else obj1.y1
        return (x1 - x0) * (y1 - y0) - obj1.width * obj1.height - obj2.width * obj2.height

    def isany(obj1, obj2) -> bool:
        """Whether any other object lies between obj1 and obj2."""
        x0 = obj2.x0 if obj2.x0 < obj1.x0 else obj1.x0
        y0 = obj2.y0 if obj2.y0 < obj1.y0 else obj1.y0
        x1 = obj2.x1 if obj2.x1 > obj1.x1 else obj1.x1
        y1 = obj2.y1 if obj2.y1 > obj1.y1 else obj1.y1
        cells = _grid_cells(x0, y0, x1, y1, bbox)
        if cells is None:
            return False
        cx0, cx1, cy0, cy1 = cells
        for obj, at in members.items():
            if at is None or obj is obj1 or obj is obj2:
                continue
            if max(at[0], cx0) < min(at[1], cx1) and max(at[2], cy0) < min(at[3], cy1) \
                    and not (obj.x1 <= x0 or x1 <= obj.x0 or obj.y1 <= y0 or y1 <= obj.y0):
                return True
        return False

    dists = []
    for i in range(len(boxes)):
        box1 = boxes[i]
        for j in range(i + 1, len(boxes)):
            box2 = boxes[j]
            dists.append((False, dist(box1, box2), id(box1), id(box2), box1, box2))
    heapq.heapify(dists)
    for box in boxes:
        members[box] = _grid_cells(box.x0, box.y0, box.x1, box.y1, bbox)
    done = set()
    while len(dists) > 0:
        (skip_isany, d, id1, id2, obj1, obj2) = heapq.heappop(dists)
        if (id1 not in done) and (id2 not in done):
            if not skip_isany and isany(obj1, obj2):
                heapq.heappush(dists, (True, d, id1, id2, obj1, obj2))
                continue
            if isinstance(obj1, (LTTextBoxVertical, LTTextGroupTBRL)) or isinstance(obj2, (LTTextBoxVertical, LTTextGroupTBRL)):
                group: LTTextGroup = LTTextGroupTBRL([obj1, obj2])
            else:
                group = LTTextGroupLRTB([obj1, obj2])
            del members[obj1], members[obj2]
            done.update([id1, id2])
            for other in members:
                heapq.heappush(dists, (False, dist(group, other), id(group), id(other), group, other))
            members[group] = _grid_cells(group.x0, group.y0, group.x1, group.y1, bbox)
    return list(members)


def _is_empty(line: LTTextLineHorizontal) -> bool:
    """`LTTextLine.is_empty`."""
    return line.width <= 0 or line.height <= 0 or "".join([o._text for o in line._objs]).isspace()


def text_lines(chars: list[LTChar], line_overlap: float, char_margin: float,
               word_margin: float) -> list[LTTextLineHorizontal]:
    """`LTLayoutContainer.group_objects` with `detect_vertical` off: runs of characters that
    follow each other on one line, each an `LTTextLineHorizontal` as its `add` builds it.

    Two characters are on one line (`halign`) when their boxes overlap in height by more than
    `line_overlap` of the lower one's height and the gap across is less than `char_margin`
    of the wider one's width (the `min`, `max` and `abs` of pdfminer's test as comparisons)."""
    out: list[LTTextLineHorizontal] = []
    run: list[LTChar] | None = None
    obj0 = chars[0]
    a_x0, a_y0, a_x1, a_y1, a_w, a_h = obj0.x0, obj0.y0, obj0.x1, obj0.y1, obj0.width, obj0.height
    for k in range(1, len(chars)):
        obj1 = chars[k]
        b_x0, b_y0, b_x1, b_y1, b_w, b_h = obj1.x0, obj1.y0, obj1.x1, obj1.y1, obj1.width, obj1.height
        halign = False
        if b_y0 <= a_y1 and a_y0 <= b_y1:  # obj0.is_voverlap(obj1)
            u, v = a_y0 - b_y1, a_y1 - b_y0  # obj0.voverlap(obj1): min(abs(u), abs(v))
            if u < 0:
                u = -u
            if v < 0:
                v = -v
            if (b_h if b_h < a_h else a_h) * line_overlap < (v if v < u else u):
                if b_x0 <= a_x1 and a_x0 <= b_x1:  # obj0.hdistance(obj1)
                    gap = 0.0
                else:
                    u, v = a_x0 - b_x1, a_x1 - b_x0
                    if u < 0:
                        u = -u
                    if v < 0:
                        v = -v
                    gap = v if v < u else u
                halign = gap < (b_w if b_w > a_w else a_w) * char_margin
        if halign and run is not None:
            run.append(obj1)
        elif run is not None:
            out.append(_line(run, word_margin))
            run = None
        elif halign:
            run = [obj0, obj1]
        else:
            out.append(_line([obj0], word_margin))
        obj0 = obj1
        a_x0, a_y0, a_x1, a_y1, a_w, a_h = b_x0, b_y0, b_x1, b_y1, b_w, b_h
    out.append(_line(run if run is not None else [obj0], word_margin))
    return out


def _line(chars: list[LTChar], word_margin: float) -> LTTextLineHorizontal:
    """An `LTTextLineHorizontal` holding `chars`, as its `add` makes it one by one: an
    inferred space before a character further from the one before than `word_margin`
    times its size, and the box that holds them all."""
    line = LTTextLineHorizontal(word_margin)
    objs = line._objs
    x0, y0, x1, y1 = line.x0, line.y0, line.x1, line.y1
    last = line._x1
    for o in chars:
        if word_margin:
            w, h = o.width, o.height
            if last < o.x0 - word_margin * (h if h > w else w):
                objs.append(LTAnno(" "))
        last = o.x1
        objs.append(o)
        if o.x0 < x0:
            x0 = o.x0
        if o.y0 < y0:
            y0 = o.y0
        if o.x1 > x1:
            x1 = o.x1
        if o.y1 > y1:
            y1 = o.y1
    line._x1 = last
    line.set_bbox((x0, y0, x1, y1))
    return line


_END = rb"#/%\[\]()<>{}\s"  # psparser's END_LITERAL and END_KEYWORD
# One token as `PSBaseParser._parse_main` and the states it hands on to read it, where all of it and the
# character that ends it lie in the buffer: whitespace, then a number, a name with no "#" escape, a keyword,
# a string with no escape or bracket inside, a hex string, "<<", ">>" or a bracket. Anything else is left
# to pdfminer's own tokenizer.
_SIMPLE = re.compile(
    rb"\s*(?:"
    rb"(?P<int>[-+0-9][0-9]*)(?=[^0-9.])"
    rb"|(?P<float>[-+0-9]?[0-9]*\.[0-9]*)(?=[^0-9])"
    rb"|/(?P<lit>[^" + _END + rb"]*)(?=[/%\[\]()<>{}\s])"
    rb"|(?P<kw>[A-Za-z][^" + _END + rb"]*)(?=[" + _END + rb"])"
    rb"|\((?P<str>[^()\\]*)\)"
    rb"|(?P<dict><<|>>)"
    rb"|<(?P<hex>[0-9a-fA-F\s]*)>(?=[^>])"
    rb"|(?P<one>[\[\]{}'\"])"
    rb")"
)
_OPENED = ("lit", "str", "hex")  # the groups that leave out the token's first character
_TRUE, _FALSE = b"true", b"false"


def _hex(text: bytes) -> bytes:
    """`PSBaseParser._parse_hexstring`'s bytes."""
    return HEX_PAIR.sub(lambda m: bytes((int(m.group(0), 16),)), SPC.sub(b"", text))


class LeanContentParser(PDFContentParser):
    """`PDFContentParser` that reads the common tokens with one regular expression each
    (`_SIMPLE`), and everything else as pdfminer does."""

    def nexttoken(self):
        """`PSBaseParser.nexttoken`: the next token and where it starts, read at once where
        `_SIMPLE` matches between tokens, and its state left as pdfminer's would be."""
        if not self._tokens and not self.eof and self.charpos < len(self.buf) \
                and getattr(self._parse1, "__func__", None) is PSBaseParser._parse_main:
            m = _SIMPLE.match(self.buf, self.charpos)
            if m is not None:
                kind = m.lastgroup
                raw = m.group(kind)
                if kind == "kw":
                    token = True if raw == _TRUE else False if raw == _FALSE else KWD(raw)
                    self._curtoken = raw
                elif kind == "int":
                    try:
                        token = int(raw)
                    except ValueError:  # a lone sign: no token, as pdfminer has it
                        return super().nexttoken()
                    self._curtoken = raw
                elif kind == "float":
                    try:
                        token = float(raw)
                    except ValueError:
                        return super().nexttoken()
                    self._curtoken = raw
                elif kind == "lit":
                    try:
                        name = str(raw, "utf-8")
                    except Exception:  # noqa: BLE001 - as pdfminer: a name that is not UTF-8 stays bytes
                        name = raw
                    token = LIT(name)
                    self._curtoken = raw
                elif kind == "str":
                    token = raw
                    self._curtoken = raw
                    self.paren = 0
                elif kind == "dict":
                    token = KEYWORD_DICT_BEGIN if raw == b"<<" else KEYWORD_DICT_END
                    self._curtoken = b""
                elif kind == "hex":
                    token = _hex(raw)
                    self._curtoken = b""
                else:  # one
                    token = KWD(raw)
                start = m.start(kind) - (1 if kind in _OPENED else 0)  # where its first character is
                self._curtokenpos = self.bufpos + start
                self.charpos = m.end()
                return (self.bufpos + start, token)
        return super().nexttoken()

    def nextobject(self):
        """`PSStackParser.nextobject` with `PDFContentParser.flush`, without the debug log."""
        while not self.results:
            (pos, token) = self.nexttoken()
            if isinstance(token, (int, float, bool, str, bytes, PSLiteral)):
                self.curstack.append((pos, token))
            elif token == KEYWORD_ARRAY_BEGIN:
                self.start_type(pos, "a")
            elif token == KEYWORD_ARRAY_END:
                try:
                    self.push(self.end_type("a"))
                except PSTypeError:
                    if settings.STRICT:
                        raise
            elif token == KEYWORD_DICT_BEGIN:
                self.start_type(pos, "d")
            elif token == KEYWORD_DICT_END:
                try:
                    (pos, objs) = self.end_type("d")
                    if len(objs) % 2 != 0:
                        error_msg = f"Invalid dictionary construct: {objs!r}"
                        raise PSSyntaxError(error_msg)
                    d = {literal_name(k): v for (k, v) in choplist(2, objs) if v is not None}
                    self.push((pos, d))
                except PSTypeError:
                    if settings.STRICT:
                        raise
            elif token == KEYWORD_PROC_BEGIN:
                self.start_type(pos, "p")
            elif token == KEYWORD_PROC_END:
                try:
                    self.push(self.end_type("p"))
                except PSTypeError:
                    if settings.STRICT:
                        raise
            elif isinstance(token, PSKeyword):
                self.do_keyword(pos, token)
            else:
                log.error("unknown token: pos=%r, token=%r, stack=%r", pos, token, self.curstack)
                self.do_keyword(pos, token)
                raise PSException
            if not self.context:
                self.results.extend(self.curstack)  # flush: add_results(*popall())
                self.curstack = []
        return self.results.pop(0)


class LeanInterpreter(PDFPageInterpreter):
    """`PDFPageInterpreter` whose content streams are read by `LeanContentParser`, each
    operator's method found once."""

    def __init__(self, rsrcmgr, device) -> None:
        super().__init__(rsrcmgr, device)
        self._operators: dict[object, tuple | None] = {}

    def _operator(self, keyword):
        """The bound method and argument count of an operator, None where there is no such method."""
        name = keyword_name(keyword)
        method = "do_{}".format(name.replace("*", "_a").replace('"', "_w").replace("'", "_q"))
        if hasattr(self, method):
            func = getattr(self, method)
            return (func, func.__code__.co_argcount - 1)
        return None

    def execute(self, streams) -> None:
        """`PDFPageInterpreter.execute` (pdfminer.six 20260107) with `LeanContentParser`."""
        valid_streams = []
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None:
                log.warning("Execute called on non-indirect object (inline image?) %r", stream)
                continue
            if stream.objid in self.parent_stream_ids:
                log.warning("Refusing to execute circular reference to content stream %d", stream.objid)
            else:
                valid_streams.append(stream)
                self.stream_ids.add(stream.objid)
        try:
            parser = LeanContentParser(valid_streams)
        except PSEOF:
            return
        operators = self._operators
        nextobject = parser.nextobject
        while True:
            try:
                (_, obj) = nextobject()
            except PSEOF:
                break
            if isinstance(obj, PSKeyword):
                if obj in operators:
                    op = operators[obj]
                else:
                    op = operators[obj] = self._operator(obj)
                if op is not None:
                    func, nargs = op
                    if nargs:
                        args = self.pop(nargs)
                        if len(args) == nargs:
                            func(*args)
                    else:
                        func()
                elif settings.STRICT:
                    raise PDFInterpreterError(f"Unknown operator: {keyword_name(obj)!r}")
            else:
                self.push(obj)


def layout_classes(version: str | None = None) -> tuple[type, type]:
    """The page interpreter and aggregator to read with: the lean ones where pdfminer.six is a
    release they were compared with, pdfminer's own (slower, the same layout) on any other."""
    if version is None:
        import pdfminer

        version = getattr(pdfminer, "__version__", "")
    if version in MATCHED_PDFMINER:
        return LeanInterpreter, LeanAggregator
    log.info("pdfminer.six %s is not a release the lean reader was compared with; reading with its own interpreter",
             version)
    return PDFPageInterpreter, PDFPageAggregator
