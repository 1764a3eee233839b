""".docx and .html readers: Word's automatic numbering replayed, ModernGov pages read as drawn."""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document as WordDocument
from docx.enum.text import WD_BREAK
from docx.oxml import parse_xml

from pipeline.ingest import read_document
from pipeline.ingest.docx import format_number

FORMATS = Path(__file__).parent / "fixtures" / "formats"
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'

# Numbering as Word writes it: a multi-level legal-style list and a bullet list.
ABSTRACT_LEGAL = f"""<w:abstractNum {W_NS} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%4)"/></w:lvl>
</w:abstractNum>"""
ABSTRACT_BULLET = f"""<w:abstractNum {W_NS} w:abstractNumId="91">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>"""
NUMS = [
    f'<w:num {W_NS} w:numId="801"><w:abstractNumId w:val="90"/></w:num>',
    f'<w:num {W_NS} w:numId="802"><w:abstractNumId w:val="91"/></w:num>',
    # "Restart numbering at 5": a new w:num on the same definition with a start override
    f'<w:num {W_NS} w:numId="803"><w:abstractNumId w:val="90"/>'
    '<w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>',
]


def _numbered(doc, text: str, num_id: int, ilvl: int):
    p = doc.add_paragraph(text)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return p


@pytest.fixture()
def word_file(tmp_path) -> Path:
    doc = WordDocument()
    numbering = doc.part.numbering_part.element
    first_num = numbering.find("{http://schemas.openxmlformats.org/wordprocessingml/2006/main}num")
    for xml in (ABSTRACT_LEGAL, ABSTRACT_BULLET):  # abstractNums must precede the nums
        if first_num is not None:
            first_num.addprevious(parse_xml(xml))
        else:
            numbering.append(parse_xml(xml))
    for xml in NUMS:
        numbering.append(parse_xml(xml))

    doc.add_paragraph("Report of the Director of Children's Services", style="Title")
    doc.add_paragraph("Report to: Children's Scrutiny Committee")
    doc.add_paragraph("Date: 9th September 2013")
    doc.add_heading("Background", level=1)
    _numbered(doc, "The Board met in March.", 801, 0)
    _numbered(doc, "It heard from partners.", 801, 1)
    _numbered(doc, "It visited two centres.", 801, 1)
    _numbered(doc, "the first centre;", 801, 2)
    _numbered(doc, "the second centre, where", 801, 2)
    _numbered(doc, "staff were interviewed.", 801, 3)
    _numbered(doc, "Findings", 801, 0)
    _numbered(doc, "Demand is rising.", 801, 1)
    _numbered(doc, "Millmead", 802, 0)
    _numbered(doc, "Seashells", 802, 0)
    p = doc.add_paragraph()
    p.add_run("6.2 Government Thinking.").bold = True
    p.add_run(" The Government's view is set out below.")
    p.add_run().add_break(WD_BREAK.PAGE)
    _numbered(doc, "A restarted list.", 803, 0)
    _numbered(doc, "Its sub-item.", 803, 1)
    doc.add_paragraph("")  # empty paragraphs are not lines
    table = doc.add_table(rows=2, cols=3)
    table.cell(0, 0).text, table.cell(0, 1).text, table.cell(0, 2).text = "Issue raised", "Response", "Status"
    merged = table.cell(1, 1).merge(table.cell(1, 2))
    table.cell(1, 0).text, merged.text = "Opening hours", "Hours will be extended."
    path = tmp_path / "numbered.docx"
    doc.save(path)
    return path


def test_word_numbering_is_recovered(word_file):
    doc = read_document(word_file)
    texts = [ln.text for ln in doc.lines]
    assert texts[texts.index("Background") + 1 :][:10] == [
        "1. The Board met in March.",
        "1.1 It heard from partners.",
        "1.2 It visited two centres.",
        "a) the first centre;",
        "b) the second centre, where",
        "(i) staff were interviewed.",
        "2. Findings",
        "2.1 Demand is rising.",  # a deeper level restarts under a new parent
        "• Millmead",
        "• Seashells",
    ]
    assert "5. A restarted list." in texts and "5.1 Its sub-item." in texts


def test_word_styles_tables_and_pages(word_file):
    doc = read_document(word_file)
    by_text = {ln.text: ln for ln in doc.lines}
    assert by_text["Background"].bold and by_text["Report of the Director of Children's Services"].bold
    assert not by_text["1. The Board met in March."].bold
    assert "6.2 **Government Thinking.** The Government's view is set out below." in by_text
    rows = [ln.text for ln in doc.lines if ln.table]
    assert rows == ["Issue raised\tResponse\tStatus", "Opening hours\tHours will be extended."]
    assert by_text["5. A restarted list."].page == 2 and by_text["1. The Board met in March."].page == 1
    assert all(ln.gap_before == 1 for ln in doc.lines[1:])
    assert doc.meta.body == "Children's Scrutiny Committee" and doc.meta.date == "2013-09-09"
    assert doc.meta.kind == "officer_report"


def test_a_table_cell_s_word_list_keeps_its_printed_numbers(tmp_path):
    """A front sheet's "Recommendation(s)" cell: the stem "That Cabinet:" over paragraphs of a Word list, nothing typed.
    The cell is read as printed, each paragraph with the number Word draws, as in the body."""
    doc = WordDocument()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT_LEGAL))
    numbering.append(parse_xml(NUMS[0]))
    table = doc.add_table(rows=1, cols=2)
    table.cell(0, 0).text = "Recommendation(s)"
    cell = table.cell(0, 1)
    cell.paragraphs[0].text = "That Cabinet:"
    for text in ("approves the policy;", "notes the timetable."):
        p = cell.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="801"/></w:numPr>'))
    path = tmp_path / "cell.docx"
    doc.save(path)
    assert [ln.text for ln in read_document(path).lines if ln.table] == [
        "Recommendation(s)\tThat Cabinet: 1. approves the policy; 2. notes the timetable."]


def test_a_table_of_one_cell_is_a_box_read_as_the_page_is(tmp_path):
    """A shaded box drawn as a Word table of one cell ("Recommendation(s)" over "It is recommended that Cabinet:" and
    "(i) ...", "(ii) ...") holds text, not a table: its paragraphs are lines of the page, each apart. A table of two
    cells or more is a table."""
    doc = WordDocument()
    doc.add_paragraph("Report to Cabinet")
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].text = "Recommendation(s)"
    for text in ("It is recommended that Cabinet:", "(i) approves the revised fees;", "(ii) notes the timetable."):
        box.add_paragraph(text)
    pair = doc.add_table(rows=1, cols=2)
    pair.cell(0, 0).text, pair.cell(0, 1).text = "Lead officer", "Head of Highways"
    path = tmp_path / "box.docx"
    doc.save(path)
    lines = read_document(path).lines
    assert [(ln.text, ln.table) for ln in lines] == [
        ("Report to Cabinet", False), ("Recommendation(s)", False), ("It is recommended that Cabinet:", False),
        ("(i) approves the revised fees;", False), ("(ii) notes the timetable.", False),
        ("Lead officer\tHead of Highways", True)]


@pytest.mark.parametrize(
    ("n", "fmt", "drawn"),
    [(3, "decimal", "3"), (3, "lowerLetter", "c"), (27, "lowerLetter", "aa"), (4, "upperRoman", "IV"),
     (9, "lowerRoman", "ix"), (2, "upperLetter", "B"), (7, "decimalZero", "07"), (1, "none", "")],
)
def test_number_formats(n, fmt, drawn):
    assert format_number(n, fmt) == drawn


def test_moderngov_html_page():
    doc = read_document(FORMATS / "moderngov_decision.html")
    texts = [ln.text for ln in doc.lines]
    joined = "\n".join(texts)
    for chrome in ("Skip to content", "Home", "mgTrack", "font-family", "© Borsetshire"):
        assert chrome not in joined
    assert texts[0] == "Scrutiny Committee - Wednesday, 29th January, 2025 10.00 am" and doc.lines[0].bold
    assert "6.2 **Government Thinking.** The Government's view of family hubs is set out in the national guidance, which the Committee considered with Borsetshire County Council officers." in texts
    start = texts.index("3. Reconsiders the decision in the light of the consultation.")
    assert texts[start : start + 9] == [
        "3. Reconsiders the decision in the light of the consultation.",
        "4. Publishes the building valuations.",
        "The valuations should be independent.",
        "a. notes the petition;",
        "b. notes the budget position.",
        "iv. fourth roman item",
        "• Millmead Family Hub",
        "• Seashells Family Hub",
        "Issue raised\tResponse",
    ]
    br = doc.lines[start + 2]
    assert br.gap_before == 0 and doc.lines[start + 1].gap_before == 1  # <br> continues the item
    rows = [ln for ln in doc.lines if ln.table]
    assert [r.text for r in rows] == ["Issue raised\tResponse", "Opening hours are too short\tHours will be extended from April 2025."]
    assert rows[0].bold and not rows[1].bold
    assert doc.meta.council == "Borsetshire County Council"
    assert doc.meta.date == "2025-01-29"


def test_paged_text_loses_its_folios_and_running_banners(tmp_path):
    """Text converted from a PDF (pages split by form feeds) carries the print banner and
    the folio of every page; they are dropped as the PDF reader drops them, and a
    paragraph broken by the page break is no longer cut by a stray "2"."""
    banner = "11/24/25, 5:39 PM\n\nRapid review into data - GOV.UK\n\n"
    pages = [
        banner + "1. The Board reviewed the data on inpatient\nsafety and found",
        banner + "that it was not collected in a consistent way.\n\n2. The Board recommends a review.",
        banner + "3. The review should report by March.\n\n3",
    ]
    text = "\n\n1\n\f".join(pages[:2]) + "\n\n2\n\f" + pages[2]
    path = tmp_path / "paged.pdf.txt"
    path.write_text(text, encoding="utf-8")
    doc = read_document(path)
    texts = [ln.text for ln in doc.lines]
    assert not [t for t in texts if "GOV.UK" in t or "5:39 PM" in t or t.strip() in {"1", "2", "3"}]
    assert texts[:2] == ["1. The Board reviewed the data on inpatient", "safety and found"]
    assert doc.lines[2].text.startswith("that it was not") and doc.lines[2].page == 2
    # lines inside a page, and text that merely looks like a number, stay
    assert "2. The Board recommends a review." in texts and "3. The review should report by March." in texts


def test_unpaged_text_keeps_every_line(tmp_path):
    path = tmp_path / "plain.txt"
    path.write_text("Scrutiny Board\n\n12\n\n1. The Board met.\n", encoding="utf-8")
    assert [ln.text for ln in read_document(path).lines] == ["Scrutiny Board", "12", "1. The Board met."]


def test_a_recommendation_starting_each_page_is_not_a_running_header(tmp_path):
    """Review finding: digits fold alike, so 'Recommendation 1' ... 'Recommendation 5' atop
    five pages looked like one running header and every label was dropped."""
    pages = ["Review of Library Services\n\nReport of the Scrutiny Panel"] + [
        f"Recommendation {k}\nThat the Council extends the opening hours of branch {k}.\n\n"
        f"The Panel heard evidence from users of branch {k}." for k in range(1, 6)]
    path = tmp_path / "paged.pdf.txt"
    path.write_text("\f".join(pages), encoding="utf-8")
    texts = [ln.text for ln in read_document(path).lines]
    assert [t for t in texts if t.startswith("Recommendation")] == [f"Recommendation {k}" for k in range(1, 6)]


def test_an_email_reply_s_quotation_markers_are_not_its_text():
    """ "> 5. That ...": the marker shows what the mail quotes; the quoted run is a block of its own, and
    its number is the one printed after the marker."""
    from pipeline.ingest.txt import text_to_lines

    lines, _ = text_to_lines(
        "Dear Nadia,\nI have replied below.\n> 5. That the Council signs a data-sharing\n"
        "> agreement by March.\nWe welcome this recommendation.\n>> an older quote\n"
    )
    assert [ln.text for ln in lines] == ["Dear Nadia,", "I have replied below.", "5. That the Council signs a data-sharing",
                                         "agreement by March.", "We welcome this recommendation.", "an older quote"]
    assert [ln.gap_before for ln in lines] == [0, 0, 1, 0, 1, 1]


def test_a_reply_written_above_the_message_it_quotes_is_read_without_it():
    """An e-mail that answers at the top ("Re your point 1 - ...") over the original it quotes ("On 20 Nov 2025, ...
    wrote:" and every line after marked "> "): the original is the message replied to, not the reply's text, so its
    numbered recommendations are not read again as the reply's. A reply that answers between the quoted lines keeps
    them: there the quotation says what each answer is to."""
    from pipeline.ingest.txt import text_to_lines

    top, _ = text_to_lines("Dear Joanne,\n\nRe your point 1 - We agree.\n\nBest wishes,\nRuth\n\n"
                           "On 20 Nov 2025, at 11:02, Joanne Warboys <j.w@example.gov.uk> wrote:\n>\n"
                           "> 1. That the Company reduces the wait to 90 days.\n>\n> 2. That the ICB funds more places.\n")
    assert [ln.text for ln in top] == ["Dear Joanne,", "Re your point 1 - We agree.", "Best wishes,", "Ruth"]
    between, _ = text_to_lines("Dear Joanne,\n\nOn 20 Nov 2025, Joanne Warboys wrote:\n"
                               "> 1. That the Company reduces the wait to 90 days.\n\nWe agree.\n")
    assert [ln.text for ln in between][-2:] == ["1. That the Company reduces the wait to 90 days.", "We agree."]


def _table_rows(page: Path, rows: str) -> list[list[str]]:
    """The cells of each table line read from a page that holds one table of `rows` (its <tr> elements)."""
    page.write_text(f"<html><body><table>{rows}</table></body></html>", encoding="utf-8")
    return [ln.text.split("\t") for ln in read_document(page).lines if ln.table]


def test_an_html_tables_caption_is_read_above_its_rows(tmp_path):
    """A table's <caption> ("Table 1: Incidents after midnight") is printed above it, so it is text of the page, a line
    of its own before the rows (the reader dropped it)."""
    page = tmp_path / "report.html"
    page.write_text("<html><body><p>4.2 The figures are as follows.</p><table><caption>Table 1: Incidents after "
                    "midnight</caption><tr><th>Type</th><th>2025/26</th></tr><tr><td>Violence</td><td>701</td></tr>"
                    "</table><p>4.3 The Council spends about £380,000 a year.</p></body></html>", encoding="utf-8")
    lines = read_document(page).lines
    texts = [ln.text for ln in lines]
    at = texts.index("Table 1: Incidents after midnight")
    assert texts[at - 1] == "4.2 The figures are as follows." and texts[at + 1] == "Type\t2025/26"
    assert not lines[at].table and lines[at + 1].table


def test_a_table_that_only_lays_out_the_page_is_read_as_the_browser_draws_it(tmp_path):
    """An e-mail newsletter lays its page out with tables marked role="presentation" (WAI-ARIA: no data), nested three
    deep: each cell is read as blocks in turn (its headings headings, its paragraphs lines of their own), not one row
    of every word on the page; a cell that holds only the number of the item beside it ("7", "8 & 9") is that item's
    number. A table without the role stays a table of rows."""
    page = tmp_path / "news.html"
    item = ("<table role='presentation'><tr><td class='badge'>{n}</td><td><table role='presentation'><tr><td>"
            "<h3>{title}</h3></td><td><span>Done</span></td></tr></table><p>{text}</p><p>More.</p></td></tr></table>")
    page.write_text(
        "<html><body><table role='presentation'><tr><td><h2>Our answers</h2><p>The number is the recommendation's.</p>"
        "</td></tr><tr><td>" + item.format(n="7", title="Keeping lorries to the right roads", text="Every haulier signs.")
        + item.format(n="8 &amp; 9", title="Lights and trees", text="Shields fitted.") + "</td></tr></table>"
        "<table><tr><td>1</td><td>Agreed</td></tr></table></body></html>", encoding="utf-8")
    lines = read_document(page).lines
    assert [(ln.text, ln.bold, ln.table) for ln in lines] == [
        ("Our answers", True, False), ("The number is the recommendation's.", False, False),
        ("7 Keeping lorries to the right roads", True, False), ("Done", False, False), ("Every haulier signs.", False, False),
        ("More.", False, False), ("8 & 9 Lights and trees", True, False), ("Done", False, False),
        ("Shields fitted.", False, False), ("More.", False, False), ("1\tAgreed", False, True)]


def test_a_block_that_holds_only_an_items_label_labels_the_block_after_it(tmp_path):
    """A web page boxes each recommendation with its label in a block of its own above the text ('<p class="rec-no">R1
    </p><p>That the Cabinet ...</p>'): the label is the item's, printed before its text, as a number set apart in a span
    is; a heading that holds a label alone stays a heading, and a block of several words is its own."""
    page = tmp_path / "report.html"
    page.write_text(
        "<html><body><h2>Recommendations</h2><div class='rec'><p class='rec-no'>R1</p><p>That the Cabinet adopts a plan."
        "</p></div><div class='rec'><p class='rec-no'>R2</p><p>That the Council offers free membership.</p></div>"
        "<h3>3</h3><p>Background</p><p>Recommendation 4</p><p>That the Leader writes to the Minister.</p></body></html>",
        encoding="utf-8")
    assert [ln.text for ln in read_document(page).lines] == [
        "Recommendations", "R1 That the Cabinet adopts a plan.", "R2 That the Council offers free membership.", "3",
        "Background", "Recommendation 4", "That the Leader writes to the Minister."]


def test_an_accordions_closed_panels_and_the_buttons_of_its_headings_are_text(tmp_path):
    """A web page's accordion (GOV.UK's pattern): each section's heading holds a button with its title, and its panel
    is closed with hidden="until-found", text the page shows when opened or searched. Both are read; a panel hidden
    outright, and a button outside a heading ("Show all sections"), are not."""
    page = tmp_path / "response.html"
    page.write_text(
        "<html><body><h2>Our answers</h2><button>Show all sections</button><div class='accordion__section'>"
        "<h3><button aria-expanded='false'>Recommendation 1 <span>A map of spare capacity</span></button></h3>"
        "<div hidden='until-found'><p>Agreed. Our map already shows it.</p></div>"
        "<div hidden><p>An old answer withdrawn.</p></div></div></body></html>", encoding="utf-8")
    texts = [ln.text for ln in read_document(page).lines]
    assert texts == ["Our answers", "Recommendation 1 A map of spare capacity", "Agreed. Our map already shows it."]


def test_an_html_cell_spanning_rows_leaves_its_column_empty_below(tmp_path):
    """ "rowspan": the recommendation's cell covers the rows of its actions; each action row keeps its cells in
    their columns (the reader used to shift them left, so an action read as the recommendation)."""
    rows = _table_rows(tmp_path / "tracker.html",
        "<tr><th>No.</th><th>Recommendation</th><th>Action</th><th>Owner</th><th>RAG</th></tr>"
        "<tr><td rowspan='2'>1</td><td rowspan='2'>Appoint an officer</td><td>Advertise the post</td><td>Head of Housing</td>"
        "<td>Blue - complete</td></tr>"
        "<tr><td>Set a target</td><td>Head of Policy</td><td>Green</td></tr>"
        "<tr><td>2</td><td colspan='2'>Not accepted</td><td>-</td><td>-</td></tr>")
    assert rows[2] == ["", "", "Set a target", "Head of Policy", "Green"]
    assert rows[3] == ["2", "Not accepted", "", "-", "-"]


def test_an_html_cell_spanning_the_rows_of_two_items_belongs_to_both(tmp_path):
    """An action plan whose one agreed action answers recommendations 4 and 5: the action's cells span both rows.
    Row 5 starts an item of its own (its first cell is its own), so it reads the shared cells, as Word repeats a merged
    cell in each row it spans; the answer of 5 is more than its own "Agreed"."""
    rows = _table_rows(tmp_path / "plan.html",
        "<tr><th>Rec</th><th>Management response</th><th>Agreed action</th><th>Due</th></tr>"
        "<tr><td>4</td><td>Agreed</td><td rowspan='2'>Rewrite the procedure and train every supervisor.</td>"
        "<td rowspan='2'>31 July 2026</td></tr>"
        "<tr><td>5</td><td>Agreed</td></tr>"
        "<tr><td>6</td><td>Not agreed</td><td>None</td><td>-</td></tr>")
    assert rows[1] == ["4", "Agreed", "Rewrite the procedure and train every supervisor.", "31 July 2026"]
    assert rows[2] == ["5", "Agreed", "Rewrite the procedure and train every supervisor.", "31 July 2026"]
    assert rows[3] == ["6", "Not agreed", "None", "-"]


def test_a_row_whose_first_cell_is_empty_goes_on_with_the_item_above_and_repeats_no_spanned_cell(tmp_path):
    """The second action row of recommendation 4 prints nothing in its first cell: it continues 4, so the answer that
    spans both rows is read once."""
    rows = _table_rows(tmp_path / "plan.html",
        "<tr><th>Rec</th><th>Action</th><th>Management response</th></tr>"
        "<tr><td>4</td><td>Rewrite the procedure.</td><td rowspan='2'>Agreed. The procedure will be rewritten.</td></tr>"
        "<tr><td></td><td>Train every supervisor.</td></tr>")
    assert rows[2] == ["", "Train every supervisor.", ""]


def test_an_asp_net_page_wrapped_in_its_one_form_is_read(tmp_path):
    """An ASP.NET page (CMIS, many councils' committee systems) wraps its whole body in one <form>: that form is the
    page, not a control to drop (the page read as empty, E108). A search box's small form is still dropped."""
    page = tmp_path / "item.html"
    body = " ".join(f"The Plan sets out cycle route {k} and the walking zones around it, with costs and timing." for k in range(8))
    page.write_text(
        "<html><body><form action='/cmis5/Search'><input name='q'/><button>Search this site</button></form>"
        "<form method='post' action='/cmis5/Meetings/ViewMeetingPublic'>"
        "<h1>Local Cycling and Walking Infrastructure Plan</h1>"
        f"<p>{body}</p><dl><dt>Recommendation(s)</dt><dd>1. That Cabinet approves the Plan.</dd></dl>"
        "</form></body></html>", encoding="utf-8")
    texts = [ln.text for ln in read_document(page).lines]
    assert "Local Cycling and Walking Infrastructure Plan" in texts and "1. That Cabinet approves the Plan." in texts
    assert not any("Search this site" in t for t in texts)


def _text_table(text: str) -> tuple[list, list[list[str]]]:
    """A text file's lines, and the cells of those read as table rows."""
    from pipeline.ingest.txt import text_to_lines

    lines, _ = text_to_lines(text)
    return lines, [ln.text.split("\t") for ln in lines if ln.table]


def test_a_table_drawn_in_plain_text_is_read_row_by_row():
    """A table drawn with pipes and rules in a .txt file ("No. | Recommendation | Response | Status" over "====+===="),
    each cell wrapped over several lines and rows parted by "----+----": one table row per drawn row, each cell's lines
    joined, as a word processor's table gives them. A pipe in prose is prose."""

    text = ("Annex A\n\n"
            "No.  | Recommendation            | Departmental response      | Status\n"
            "=====+===========================+============================+==========\n"
            "1    | The Committee recommends  | The Department accepts     | Accepted\n"
            "     | that the Department       | this recommendation.       |\n"
            "     | publishes a strategy.     |                            |\n"
            "-----+---------------------------+----------------------------+----------\n"
            "2    | The Committee recommends  | Response to follow.        |\n"
            "     | an oil buying club.       |                            |\n"
            "-----+---------------------------+----------------------------+----------\n\n"
            "Options A | B were both costed.\n")
    lines, rows = _text_table(text)
    assert rows == [["No.", "Recommendation", "Departmental response", "Status"],
                    ["1", "The Committee recommends that the Department publishes a strategy.",
                     "The Department accepts this recommendation.", "Accepted"],
                    ["2", "The Committee recommends an oil buying club.", "Response to follow.", ""]]
    assert lines[-1].text == "Options A | B were both costed." and not lines[-1].table


def test_a_table_set_in_plain_text_by_spacing_alone_is_read_row_by_row():
    """A memo's table set by spaces, a header over one underline of dashes per column ("Rec  Response" over
    "---  ---------"): each row opens in the first column, its cells wrap onto lines whose first column is blank, and
    blank lines part the rows; the table ends at a rule across the page. A dashed line under prose is no table."""
    from pipeline.ingest.txt import text_to_lines

    text = ("Subject: replies to recommendations (a) to (c)\n"
            "----------------------------------------\n\n"
            "Rec  Response\n"
            "---  ---------------------------------\n"
            "(a)  Declined. The budget has no room\n"
            "     for two more posts.\n\n"
            "(b)  In hand. A draft plan goes to the\n"
            "     Planning Committee on 19 March.\n\n"
            "(c)  For the Committee.\n\n"
            "----------------------------------------\n\n"
            "Thank you for a useful piece of work.\n")
    lines, rows = _text_table(text)
    assert rows == [["Rec", "Response"],
                    ["(a)", "Declined. The budget has no room for two more posts."],
                    ["(b)", "In hand. A draft plan goes to the Planning Committee on 19 March."],
                    ["(c)", "For the Committee."]]
    assert lines[-1].text == "Thank you for a useful piece of work." and not lines[-1].table
    assert not any(ln.table for ln in text_to_lines("Two words\n---  ---\nThen prose that runs on and on.\n")[0])


def test_word_check_boxes_content_controls_and_tracked_changes_are_read_as_shown(tmp_path):
    """A check box is read as the glyph of its state (a content control's `w14:checked`, a legacy form
    field's `w:checked`), a content control's text and a tracked insertion are the paragraph's text, and
    deleted text is not."""
    w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
    w14 = 'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml"'

    def box(checked: int, glyph: str) -> str:
        return (f'<w:sdt {w} {w14}><w:sdtPr><w14:checkbox><w14:checked w14:val="{checked}"/></w14:checkbox>'
                f'</w:sdtPr><w:sdtContent><w:r><w:t>{glyph}</w:t></w:r></w:sdtContent></w:sdt>')

    doc = WordDocument()
    p = doc.add_paragraph()
    p._p.append(parse_xml(box(0, "☐")))  # the glyph Word last drew says unticked, and so does the state
    p.add_run(" approve the return;")
    p = doc.add_paragraph()
    p._p.append(parse_xml(box(1, "☐")))  # the state wins over a stale glyph
    p.add_run("note the return;")
    p = doc.add_paragraph()
    p._p.append(parse_xml(f'<w:r {w}><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/>'
                          '<w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>'))
    p.add_run(" refer it to the Partnership.")
    p = doc.add_paragraph("Date of meeting: ")
    p._p.append(parse_xml(f'<w:sdt {w}><w:sdtPr/><w:sdtContent><w:r><w:t>9 March 2027</w:t></w:r></w:sdtContent></w:sdt>'))
    p = doc.add_paragraph("The Board ")
    p._p.append(parse_xml(f'<w:del {w} w:id="1" w:author="A"><w:r><w:delText>rejected</w:delText></w:r></w:del>'))
    p._p.append(parse_xml(f'<w:ins {w} w:id="2" w:author="A"><w:r><w:t>agreed</w:t></w:r></w:ins>'))
    p.add_run(" the plan.")
    path = tmp_path / "boxes.docx"
    doc.save(path)
    many = WordDocument()  # enough boxes that the reader must know each control's run by the element, not its id()
    for k in range(120):
        p = many.add_paragraph()
        p._p.append(parse_xml(box(k % 2, "☐")))
        p.add_run(f" option {k}")
    many.save(tmp_path / "many.docx")
    glyphs = [ln.text.count("☐") + ln.text.count("☒") for ln in read_document(tmp_path / "many.docx").lines]
    assert glyphs == [1] * 120
    assert [ln.text for ln in read_document(path).lines] == [
        "☐ approve the return;", "☒ note the return;", "☒ refer it to the Partnership.",
        "Date of meeting: 9 March 2027", "The Board agreed the plan.",
    ]


def test_a_lone_numbered_heading_saved_with_a_tab_is_a_heading_not_a_table_row():
    """Word saves "1.<TAB>Introduction" as text with the tab it set after the number: alone between prose lines it is a
    numbered heading; the rows of a real table ("Service<TAB>Contacts") come together; a bullet is no number."""
    from pipeline.ingest.txt import text_to_lines

    text = ("1.\tIntroduction\n1.1\tThe group met five times between April and July 2025 to hear evidence.\n\n"
            "4.\tRecommendations\n4.1\tThe Committee makes seven recommendations.\n"
            "1.\tThat the Cabinet Member makes sure that every officer completes the training.\n\n"
            "Service\tContacts\n1.\t118\n2.\t64\n\n"
            "The merger will:\n\u2022\tRetain Technical Expertise\n")
    lines, _ = text_to_lines(text)
    assert [(ln.text, ln.table) for ln in lines] == [
        ("1. Introduction", False),
        ("1.1 The group met five times between April and July 2025 to hear evidence.", False),
        ("4. Recommendations", False), ("4.1 The Committee makes seven recommendations.", False),
        ("1. That the Cabinet Member makes sure that every officer completes the training.", False),
        ("Service\tContacts", True), ("1.\t118", True), ("2.\t64", True),
        # a bullet and a tab open a bulleted title, as before
        ("The merger will:", False), ("\u2022\tRetain Technical Expertise", True)]


def test_headings_keep_the_rank_the_document_gives_them(tmp_path):
    """HTML's h2/h3 and Word's "Heading 1"/"Heading 2" rank a heading; other lines have no rank (0)."""
    page = tmp_path / "page.html"
    page.write_text("<html><body><h2>Recommendations</h2><h3>Staffing</h3><p>Give each resident a key worker.</p>"
                    "</body></html>", encoding="utf-8")
    assert [(ln.text, ln.level) for ln in read_document(page).lines] == [
        ("Recommendations", 2), ("Staffing", 3), ("Give each resident a key worker.", 0)]
    doc = WordDocument()
    doc.add_heading("Recommendations", level=1)
    doc.add_heading("Staffing", level=2)
    doc.add_paragraph("Give each resident a key worker.")
    path = tmp_path / "ranked.docx"
    doc.save(path)
    assert [(ln.text, ln.level) for ln in read_document(path).lines] == [
        ("Recommendations", 1), ("Staffing", 2), ("Give each resident a key worker.", 0)]


def test_an_html_papers_number_set_apart_and_its_nested_lists(tmp_path):
    """'<span class="pnum">2.1</span>Members are ...': the number a style sets apart does not run into the text after
    it; a list inside a list's item is set a level further in, as a PDF or Word file would set it, and its bullets
    are part of that item (an unlabelled sub-bullet cites nothing of its own)."""
    from pipeline.process import parse_file

    page = tmp_path / "report.html"
    page.write_text(
        "<html><body><h2>2. Recommendations</h2>"
        "<p><span class='pnum'>2.1</span>Members are recommended to:</p>"
        "<ul><li>approve the strategy at Appendix 1, which includes:<ul><li>a new asset allocation;</li>"
        "<li>a local investment commitment; and</li></ul></li>"
        "<li>delegate the timing of the transition to the Director of Finance; and</li>"
        "<li>note the funding level.</li></ul>"
        "<h2>3. Background</h2><p><span class='pnum'>3.1</span>The Council administers the Fund.</p></body></html>",
        encoding="utf-8")
    doc = read_document(page)
    texts = [(ln.text, ln.indent) for ln in doc.lines]
    assert ("2.1 Members are recommended to:", 0.0) in texts
    assert ("• a new asset allocation;", 18.0) in texts and ("• note the funding level.", 0.0) in texts
    recs = parse_file(page, themes=False).recommendations
    assert [(r.label, r.paragraph) for r in recs] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1")]
    assert recs[0].text == ("approve the strategy at Appendix 1, which includes: - a new asset allocation; - a local "
                            "investment commitment; and")


def test_a_word_text_box_is_read_once_after_the_paragraph_that_anchors_it(tmp_path):
    """Decisions set in a floating text box: Word saves the box as a drawing and again as a VML picture under
    `mc:Fallback` for older readers. The box's paragraphs are read once, after the paragraph its anchor is in."""
    ns = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
          'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" '
          'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" '
          'xmlns:v="urn:schemas-microsoft-com:vml"')
    inner = ("<w:txbxContent><w:p><w:r><w:t>The Board is asked to:</w:t></w:r></w:p>"
             "<w:p><w:r><w:t>1. approve the grazing licence;</w:t></w:r></w:p></w:txbxContent>")
    anchor = (f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx>{inner}'
              f'</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>{inner}'
              '</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>')
    doc = WordDocument()
    p = doc.add_paragraph("The grazing licence on the common ends in March.")
    p._p.append(parse_xml(anchor))
    doc.add_paragraph("1. Introduction")
    path = tmp_path / "boxed.docx"
    doc.save(str(path))
    texts = [line.text for line in read_document(path).lines]
    assert texts == ["The grazing licence on the common ends in March.", "The Board is asked to:",
                     "1. approve the grazing licence;", "1. Introduction"]
    # a box anchored inside a box's paragraph is read after that paragraph (found by review: it was lost)
    nested = (f'<w:r {ns}><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>'
              '<w:p><w:r><w:t>Key decisions</w:t></w:r><w:r><w:drawing><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r>'
              '<w:t>2. note the survey.</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></w:drawing></w:r></w:p>'
              '</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice></mc:AlternateContent></w:r>')
    doc = WordDocument()
    doc.add_paragraph("Summary.")._p.append(parse_xml(nested))
    doc.save(str(path))
    assert [line.text for line in read_document(path).lines] == ["Summary.", "Key decisions", "2. note the survey."]


def test_a_list_laid_out_as_a_table_of_markers_and_items_is_read_as_the_list(tmp_path):
    """"2.1 It is recommended that the Committee:" over a borderless table whose rows are "(i) | approve ...", "(ii) |
    agree ...": Word users hang a list's text so; its rows are the list's items, and the decisions asked of the meeting.
    A table with any other first column stays a table."""
    from pipeline.process import parse_document

    doc = WordDocument()
    doc.add_paragraph("Report to: Education Committee")
    doc.add_paragraph("2. RECOMMENDATIONS")
    doc.add_paragraph("2.1 It is recommended that the Committee:")
    table = doc.add_table(rows=3, cols=2)
    for k, (mark, text) in enumerate([("(i)", "approve the proposal paper at Appendix 1 for consultation;"),
                                      ("(ii)", "agree that the consultation run from 20 April to 12 June; and"),
                                      ("(iii)", "instruct the Executive Director to report the outcome.")]):
        table.cell(k, 0).text, table.cell(k, 1).text = mark, text
    doc.add_paragraph("3. BACKGROUND")
    doc.add_paragraph("3.1 The school has had no pupils since 2034.")
    other = doc.add_table(rows=2, cols=2)
    other.cell(0, 0).text, other.cell(0, 1).text = "Session", "Pupils"
    other.cell(1, 0).text, other.cell(1, 1).text = "2034/35", "0"
    path = tmp_path / "listed.docx"
    doc.save(path)
    read = read_document(path)
    assert "(ii) agree that the consultation run from 20 April to 12 June; and" in [ln.text for ln in read.lines if not ln.table]
    assert [ln.text for ln in read.lines if ln.table] == ["Session\tPupils", "2034/35\t0"]
    parsed = parse_document(read)
    assert [(r.label, r.kind) for r in parsed.recommendations] == [("i", "decision_sought"), ("ii", "decision_sought"),
                                                                   ("iii", "decision_sought")]


def _template_report(tmp_path) -> Path:
    """A report template built as Word builds it: the body a two-column table, its number cells blank paragraphs of a
    Word list (nothing typed: "1." over "1.1", "1.2" is Word's drawing), section headings in rows merged across both
    columns, a number cell merged down over a paragraph's second row, and a decision's items in a table set inside
    its paragraph's cell."""
    doc = WordDocument()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT_LEGAL))
    numbering.append(parse_xml(NUMS[0]))
    doc.add_paragraph("Report to the Joint Committee")
    table = doc.add_table(rows=6, cols=2)

    def number(cell, ilvl):
        cell.paragraphs[0]._p.get_or_add_pPr().append(
            parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="801"/></w:numPr>'))

    heading = table.cell(0, 0).merge(table.cell(0, 1))
    heading.paragraphs[0].text = "PURPOSE"
    number(heading, 0)
    number(table.cell(1, 0), 1)
    table.cell(1, 1).text = "This report sets out the loans policy."
    number(table.cell(2, 0), 1)
    table.cell(2, 1).text = "The Committee is recommended to:"
    items = table.cell(2, 1).add_table(rows=2, cols=2)
    for k, (mark, text) in enumerate((("(a)", "approve the loans policy;"), ("(b)", "note the timetable."))):
        items.cell(k, 0).text, items.cell(k, 1).text = mark, text
    number(table.cell(3, 0), 1)
    table.cell(3, 0).merge(table.cell(4, 0))  # 1.3's number over both its rows
    table.cell(3, 1).text = "Loans are made for up to three months."
    table.cell(4, 1).text = "Objects on loan are insured by the borrower."
    number(table.cell(5, 0), 1)
    table.cell(5, 1).text = "The policy will be reviewed in 2028."
    path = tmp_path / "template.docx"
    doc.save(path)
    return path


def test_a_report_template_s_number_cells_are_read_as_word_draws_them(tmp_path):
    """A blank paragraph of a Word list in a cell is its number alone, as Word draws it; a row whose number cell is
    merged down from the row above goes on with that paragraph and prints no number again; a table inside a cell is
    read with the cell, row by row."""
    rows = [ln.text for ln in read_document(_template_report(tmp_path)).lines if ln.table]
    assert rows == [
        "1. PURPOSE",
        "1.1\tThis report sets out the loans policy.",
        "1.2\tThe Committee is recommended to: (a) approve the loans policy; (b) note the timetable.",
        "1.3\tLoans are made for up to three months.",
        "\tObjects on loan are insured by the borrower.",
        "1.4\tThe policy will be reviewed in 2028.",
    ]


def test_a_cell_merged_down_beside_two_items_still_answers_both(tmp_path):
    """Where a row opens with a cell of its own ("5"), a cell merged down beside it from the row above is shared: one
    agreed action answers recommendations 4 and 5, and both rows print it, as before."""
    doc = WordDocument()
    table = doc.add_table(rows=3, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "No.", "Response"
    table.cell(1, 0).text, table.cell(2, 0).text = "4", "5"
    table.cell(1, 1).merge(table.cell(2, 1)).text = "Agreed: one officer will do both."
    path = tmp_path / "shared.docx"
    doc.save(path)
    assert [ln.text for ln in read_document(path).lines if ln.table] == [
        "No.\tResponse", "4\tAgreed: one officer will do both.", "5\tAgreed: one officer will do both."]


def test_a_theme_merged_down_a_response_table_s_first_column_is_shared_and_a_box_s_inner_table_read(tmp_path):
    """Review of round 39. A first column merged down that holds no item's number (a theme over its rows) is shared,
    as an answer merged over two recommendations is: only an item's number merged down makes its rows one item. An
    empty last item of a Word list in a cell of text prints no number. A list set in a table inside a one-cell box is
    read, a line a row."""
    doc = WordDocument()
    numbering = doc.part.numbering_part.element
    numbering.insert(0, parse_xml(ABSTRACT_LEGAL))
    numbering.append(parse_xml(NUMS[0]))
    table = doc.add_table(rows=3, cols=3)
    for cell, text in zip(table.rows[0].cells, ("Theme", "No.", "Cabinet response")):
        cell.text = text
    table.cell(1, 0).merge(table.cell(2, 0)).text = "Housing"
    table.cell(1, 1).text, table.cell(2, 1).text = "1", "2"
    answer = table.cell(1, 2)
    answer.paragraphs[0].text = "Agreed. We will:"
    for text in ("review rents by March 2026;", ""):
        p = answer.add_paragraph(text)
        p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="801"/></w:numPr>'))
    table.cell(2, 2).text = "Not agreed."
    box = doc.add_table(rows=1, cols=1).cell(0, 0)
    box.paragraphs[0].text = "That the Committee:"
    items = box.add_table(rows=2, cols=2)
    for k, (mark, text) in enumerate((("(a)", "approves the fees;"), ("(b)", "notes the timetable."))):
        items.cell(k, 0).text, items.cell(k, 1).text = mark, text
    path = tmp_path / "review.docx"
    doc.save(path)
    lines = read_document(path).lines
    assert [ln.text for ln in lines if ln.table] == [
        "Theme\tNo.\tCabinet response", "Housing\t1\tAgreed. We will: 1. review rents by March 2026;",
        "Housing\t2\tNot agreed."]
    assert [ln.text for ln in lines if not ln.table] == [
        "That the Committee:", "(a) approves the fees;", "(b) notes the timetable."]


def test_a_record_exported_as_fixed_width_text_is_read_field_by_field():
    """A committee system's action log saved as text sets each value in one column and indents a long value's wrapped
    lines to it: each field is a block of its own, its wrapped lines joined to it, where the fields had run together as
    one paragraph. Text whose colons set no such column is read as before."""
    from pipeline.ingest.txt import text_to_lines

    record = ("Action ref:        OS/24/31\n"
              "Source:            Coach Parking review, recommendation 1\n"
              "Lead officer:      Lee Hanrahan, Parking Services Manager\n"
              "Cabinet response (05/11/2024): Agreed. A coach bay will be provided on Sheepwash Lane, and\n"
              "                   the County Council will make the order.\n"
              "Status:            Completed\n")
    lines, _ = text_to_lines(record)
    assert [(ln.text, ln.gap_before > 0) for ln in lines] == [
        ("Action ref: OS/24/31", True), ("Source: Coach Parking review, recommendation 1", True),
        ("Lead officer: Lee Hanrahan, Parking Services Manager", True),
        ("Cabinet response (05/11/2024): Agreed. A coach bay will be provided on Sheepwash Lane, and the County Council "
         "will make the order.", True),
        ("Status: Completed", True)]
    prose, _ = text_to_lines("Note: the figures are provisional.\nThey will be confirmed in May.\n")
    assert [ln.text for ln in prose] == ["Note: the figures are provisional.", "They will be confirmed in May."]


def test_an_ordered_list_inside_a_table_cell_keeps_the_numbers_a_browser_shows(tmp_path):
    """A page laid out as a table of "number | text" rows holds its decisions as an <ol> inside a cell: the browser
    shows them numbered 1, 2, 3 (or a, b under type="a"), so the cell's text does too, and each decision is found under
    the number it is shown with."""
    from pipeline.process import parse_document

    page = tmp_path / "report.html"
    page.write_text(
        "<html><body><h1>Youth service review</h1><table>"
        "<tr><td>1.</td><td><h2>Purpose</h2></td></tr><tr><td>1.1</td><td><p>To set out a new model.</p></td></tr>"
        "<tr><td>2.</td><td><h2>Recommendations</h2></td></tr>"
        "<tr><td>2.1</td><td><p>The Committee is recommended to:</p><ol>"
        "<li>agree the new model for youth provision set out in section 6;</li>"
        "<li>note the savings of £310,000 a year from 2028/29; and</li>"
        "<li>ask the Director of Children's Services to report in autumn 2028.</li></ol></td></tr>"
        "<tr><td>3.</td><td><h2>Background</h2></td></tr>"
        "<tr><td>3.1</td><td><p>Section 507B of the Education Act 1996 requires the Council to secure youth services.</p>"
        "</td></tr></table><table><tr><td>Options</td><td><ol type='a'><li>one</li><li>two</li></ol></td></tr>"
        "</table></body></html>", encoding="utf-8")
    doc = read_document(page)
    cells = [ln.text.split("\t") for ln in doc.lines if ln.table]
    decided = next(c[1] for c in cells if c[0] == "2.1")
    assert " 1. agree the new model" in decided and " 3. ask the Director" in decided
    assert cells[-1][1] == "a. one b. two"
    doc.meta.kind = "officer_report"
    recs = parse_document(doc).recommendations
    assert [(r.label, r.paragraph) for r in recs] == [("1", "2.1"), ("2", "2.1"), ("3", "2.1")]
    assert recs[2].text.startswith("ask the Director of Children's Services")


def test_a_description_list_pairs_each_term_with_its_description_as_a_field(tmp_path):
    """A web page sets each recommendation's fields as a description list (a design system's summary list, <dt>Lead
    officer</dt><dd>...</dd>): each term runs in before the first paragraph of its description, as a form prints a
    field ("Timescale: December 2026"), and the description's later paragraphs follow it; the term is no heading of its
    own over the value."""
    page = tmp_path / "response.html"
    page.write_text(
        "<html><body><h2>Recommendation 2: management plans</h2><dl class='summary-list'>"
        "<div><dt>Recommendation</dt><dd>That the Cabinet Member publishes a plan for each park.</dd></div>"
        "<div><dt>Response</dt><dd><p>I agree. Work began in August.</p><p>All four will be published by December.</p>"
        "</dd></div><div><dt>Timescale</dt><dd>December 2026</dd></div></dl></body></html>", encoding="utf-8")
    assert [ln.text for ln in read_document(page).lines] == [
        "Recommendation 2: management plans", "Recommendation: That the Cabinet Member publishes a plan for each park.",
        "Response: I agree. Work began in August.", "All four will be published by December.", "Timescale: December 2026"]
    # a description that opens with a numbered item keeps it at the head of its own line, under the term
    page.write_text("<html><body><dl><dt>Purpose</dt><dd>To approve the Plan.</dd><dt>Recommendation(s)</dt><dd>1. That "
                    "Cabinet approves the Plan.<br /><br />2. That Cabinet delegates minor changes.</dd></dl></body></html>",
                    encoding="utf-8")
    assert [ln.text for ln in read_document(page).lines] == [
        "Purpose: To approve the Plan.", "Recommendation(s):", "1. That Cabinet approves the Plan.",
        "2. That Cabinet delegates minor changes."]
    # ... and a term that is only a number numbers the paragraph its description holds: a committee page that sets its
    # report's paragraphs as a description list ("<dt>3.2</dt><dd>Most twinning activity ...</dd>")
    page.write_text("<html><body><h2>3. Background</h2><dl><dt>3.1</dt><dd>The link was made in 1967.</dd><dt>3.2</dt>"
                    "<dd>Most twinning activity is organised by the Association.</dd></dl></body></html>", encoding="utf-8")
    assert [ln.text for ln in read_document(page).lines] == [
        "3. Background", "3.1 The link was made in 1967.", "3.2 Most twinning activity is organised by the Association."]


def test_an_articles_own_header_is_its_title_not_page_chrome(tmp_path):
    """A page's <header> of links and navigation is chrome, but an article's own <header> (its <h1> and the standfirst
    under it, no navigation) is the article's title: kept, so the page is titled by what it says it is ("What we are
    doing after the Council's review ...") and not by its first section's heading."""
    page = tmp_path / "story.html"
    page.write_text(
        "<html><body><header class='site'><a href='/'>Faxdale Railway</a><nav><a href='/t'>Timetable</a></nav></header>"
        "<header class='story'><h1>Our line, your neighbourhood</h1><p class='standfirst'>What we are doing after the "
        "Council's review of the railway</p></header><main><p>Last September the Council agreed a report.</p>"
        "<h2>Quarnley Town station</h2><p>We are building a ramp.</p></main></body></html>", encoding="utf-8")
    texts = [ln.text for ln in read_document(page).lines]
    assert texts[:3] == ["Our line, your neighbourhood", "What we are doing after the Council's review of the railway",
                         "Last September the Council agreed a report."]
    assert "Timetable" not in texts and "Faxdale Railway" not in texts


def test_a_figure_s_caption_between_two_paragraphs_belongs_to_neither(tmp_path):
    """A committee page sets a photograph with its <figcaption> between paragraphs 4.2 and 4.3: the caption describes
    the picture, so it is read as a caption (a line marked so) and is no text of 4.2, which ends where it ends."""
    from pipeline.process import parse_document

    page = tmp_path / "trees.html"
    page.write_text("<html><body><h2>4. Where we will plant</h2><p>4.1 The Strategy sets out where we will plant.</p>"
                    "<p>4.2 The Strategy plants first where trees will do most for the people who live there.</p>"
                    "<figure><img src='trees.jpg' alt='Young street trees'><figcaption>New street trees on Copley "
                    "Fold Road, planted in February 2026.</figcaption></figure><p>4.3 Many streets have narrow "
                    "pavements.</p></body></html>", encoding="utf-8")
    doc = read_document(page)
    assert [ln.text for ln in doc.lines if ln.caption] == ["New street trees on Copley Fold Road, planted in February 2026."]
    paragraphs = {p.number: p.text for p in parse_document(doc).paragraphs}
    assert paragraphs["4.2"] == "The Strategy plants first where trees will do most for the people who live there."
    assert paragraphs["4.3"] == "Many streets have narrow pavements."
