"""pdfminer's page aggregator with less work per character, and the same layout.

Most of a PDF's reading time goes to pdfminer making one `LTChar` per glyph (a generic
matrix product for each, several calls deep) and then grouping those characters into
lines, a few method calls for each pair. `LeanAggregator` makes the very same objects
with the same arithmetic, done inline:

- each glyph's text and width are looked up once per font (`font.to_unichr`,
  `font.char_width` are fixed for a font and a code), and its `LTChar` is filled in
  directly: the same box (the four corners of `apply_matrix_rect`, in its order),
  `adv`, `size`, `upright`, `matrix`, `fontname`, colour space and graphic state;
- the characters of a page are grouped into lines by the test of
  `LTLayoutContainer.group_objects` and `LTTextLineHorizontal.add` (the inferred
  spaces `LTAnno(" ")` by `word_margin`), written out for the settings the reader uses
  (`detect_vertical` off); the rest of `LTLayoutContainer.analyze` (boxes from lines,
  their order by `boxes_flow`) is pdfminer's own.

Vertical writing, and any other settings, go through pdfminer's own code. The layout is
the same object for object and float for float (`tests/test_ingest_pdf.py` checks it
against pdfminer's on generated text set every awkward way and on real council PDFs).
"""

from __future__ import annotations

from pdfminer.converter import PDFPageAggregator
from pdfminer.layout import IndexAssigner, LAParams, LTAnno, LTChar, LTLayoutContainer, LTPage, LTTextLineHorizontal
from pdfminer.pdffont import PDFUnicodeNotDefined
from pdfminer.utils import fsplit

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
        page.groups = page.group_textboxes(laparams, textboxes)
        assigner = IndexAssigner()
        for group in page.groups:
            group.analyze(laparams)
            assigner.run(group)
        textboxes.sort(key=lambda box: box.index)
    page._objs = [*textboxes, *otherobjs, *empties]


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
