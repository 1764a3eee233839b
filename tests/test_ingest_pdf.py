"""The PDF reader: golden lines on small real council PDFs, and layout cases made with reportlab."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.errors import ScrutinyError
from pipeline.ingest import ocr, read_document
from pipeline.ingest.cleanup import is_page_number, join_hyphenated, mend_chars, running_furniture, vocabulary
from pipeline.ingest.pdf import _layout, read_pdf

FIXTURES = Path(__file__).parent / "fixtures" / "pdf"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
EXTERNAL = SHARED / "external"
LIGATURES = re.compile("[\ufb00-\ufb06]")


@pytest.fixture(scope="module")
def decision_report():
    return read_pdf(FIXTURES / "kent_decision_report_24-00093.pdf")


@pytest.fixture(scope="module")
def record_of_decision():
    return read_pdf(FIXTURES / "kent_record_of_decision_24-00093.pdf")


@pytest.fixture(scope="module")
def dhsc_response():
    return read_pdf(FIXTURES / "dhsc_rapid_review_govt_response.pdf")


def _find(lines, prefix):
    return [ln for ln in lines if ln.text.startswith(prefix)]


# --- golden lines on real documents ---------------------------------------------------


@pytest.mark.parametrize(
    ("prefix", "page"),
    [
        ("1.1 KCC commissions two providers", 2),
        ("1.4 This report sets out the implications", 2),
        ("2.1 It should be noted that the proposal", 3),
        ("4.18 It is also relevant to note", 10),
        ("5.1 In line with the Childcare Act 2006", 10),
    ],
)
def test_numbered_paragraphs_start_their_line_on_their_page(decision_report, prefix, page):
    lines, pages, issues = decision_report
    hits = _find(lines, prefix)
    assert len(hits) == 1, prefix
    assert hits[0].page == page
    assert hits[0].gap_before >= 1  # a numbered paragraph starts a block


def test_decision_report_shape(decision_report):
    lines, pages, issues = decision_report
    assert pages == 24 and issues == []
    heading = _find(lines, "1. INTRODUCTION")[0]
    assert heading.bold and heading.page == 2
    # the number sat in its own column at x=72, the text at x=100: joined, indent of the number
    first = _find(lines, "1.1 KCC")[0]
    assert first.indent == pytest.approx(72, abs=2)
    cont = lines[lines.index(first) + 1]
    assert cont.text.startswith("Family Hub in Thanet") and cont.gap_before == 0
    # cover fields keep label and value on one line
    assert any(ln.text == "Decision no: 24/00093" for ln in lines)
    # a bold run-in label is marked up, not the whole line
    assert any(ln.text.startswith("**Classification:** Unrestricted") for ln in lines)


def test_record_of_decision_drops_footer_and_keeps_table(record_of_decision):
    lines, pages, issues = record_of_decision
    assert pages == 6
    assert lines[0].text == "KENT COUNTY COUNCIL – RECORD OF DECISION" and lines[0].bold
    # the form footer "01/decision/glossaries/FormC" and the folios are gone
    assert not [ln for ln in lines if "FormC" in ln.text]
    assert not [ln for ln in lines if is_page_number(ln.text)]
    # the decision-number box beside the decision maker is one table row
    row = [ln for ln in lines if ln.table and "24/00093" in ln.text]
    assert row and row[0].text.split("\t")[-1] == "24/00093"
    # the contracts table is ruled: read from its rules, every cell in its own column
    rows = [ln.text for ln in lines if ln.table and ln.page == 3]
    assert rows == [
        "Provider\tArea\tContract End Date\tContract value per Annum",
        "Millmead\tMargate\t31/03/2025\t£222,127.44",
        "Seashells\tSheerness\t31/03/2025\t£204,302.16",
        "Totals\t\t\t£426,429.60",
    ]
    # a list marker drawn apart from its text is joined to it
    assert _find(lines, "a) result in savings or expenditure")
    assert _find(lines, "1. Margate Family Hub")[0].page == 5


def test_browser_print_banners_and_ligatures_are_gone(dhsc_response):
    lines, pages, issues = dhsc_response
    assert pages == 20
    text = "\n".join(ln.text for ln in lines)
    assert "GOV.UK" not in text  # "<title> - GOV.UK" header on every page
    assert not re.search(r"\d{1,2}/\d{1,2}/\d{2}, \d{1,2}:\d{2} [AP]M", text)  # print timestamp
    assert "https://www.gov.uk/government/publications/rapid-review-into-data-on-mental-health-inpatient-settings-government-respo" not in text
    assert not [ln for ln in lines if re.fullmatch(r"\d+/20", ln.text)]
    assert not LIGATURES.search(text)
    assert "Where we have identified any third party copyright" in text  # "identiﬁed" in the PDF
    for n, page in ((1, 4), (13, 19)):
        rec = [ln for ln in lines if ln.text == f"Recommendation {n}"]
        assert rec and rec[0].page == page and rec[0].bold
        assert [ln for ln in lines if ln.text == f"Government response to recommendation {n}"]


@pytest.mark.slow
def test_meta_of_real_pdfs():
    doc = read_document(FIXTURES / "kent_decision_report_24-00093.pdf")
    assert doc.meta.council == "Kent County Council"
    assert doc.meta.title == "Commissioned Family Hub Contracts"
    assert doc.meta.kind == "officer_report"
    dhsc = read_document(FIXTURES / "dhsc_rapid_review_govt_response.pdf")
    assert dhsc.meta.kind == "response" and dhsc.meta.date == "2024-03-21"
    assert dhsc.meta.title == "Government response to the rapid review into data on mental health inpatient settings"


# --- layout cases made here ------------------------------------------------------------


def _pdf(path: Path, pages) -> Path:
    """`pages` is a list of pages, each a list of (x, y, text, font) to draw."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for items in pages:
        for x, y, text, font in items:
            c.setFont(font, 11)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return path


def _furniture(n):
    return [(72, 800, "Borsetshire County Council  Scrutiny Board", "Helvetica"), (280, 40, f"Page {n} of 3", "Helvetica")]


def test_layout_cases(tmp_path):
    p1 = _furniture(1) + [
        (72, 700, "1.1", "Helvetica"),
        (110, 700, "The Board considered the regeneration of the town centre and", "Helvetica"),
        (110, 686, "the anti-social behaviour reported by residents in the last", "Helvetica"),
        (110, 672, "year, and the plans for regen-", "Helvetica"),
        (110, 658, "eration of the market and anti-", "Helvetica"),
        (110, 644, "social behaviour in the park.", "Helvetica"),
        (72, 610, "6.2 ", "Helvetica"),
        (92, 610, "Government Thinking.", "Helvetica-Bold"),
        (210, 610, "The Government's view is set out below.", "Helvetica"),
        (72, 570, "Issue raised", "Helvetica-Bold"),
        (300, 570, "Response", "Helvetica-Bold"),
        (72, 540, "Opening hours are too short", "Helvetica"),
        (300, 540, "Hours will be extended from", "Helvetica"),
        (300, 526, "April 2025.", "Helvetica"),
    ]
    p2 = _furniture(2) + [(72, 700, "Second page text that goes on.", "Helvetica")]
    p3 = _furniture(3) + [(72, 700, "Third page text.", "Helvetica")]
    path = _pdf(tmp_path / "layout.pdf", [p1, p2, p3])
    lines, pages, issues = read_pdf(path)
    texts = [ln.text for ln in lines]
    assert pages == 3 and issues == []
    # running header and "Page n of 3" footer gone
    assert not [t for t in texts if "Borsetshire" in t or t.startswith("Page ")]
    assert texts[0].startswith("1.1 The Board considered") and lines[0].indent == pytest.approx(72, abs=1)
    # a word split at a line end is mended: whole when the document writes it whole,
    # hyphenated when the document writes it hyphenated
    assert "year, and the plans for regeneration" in texts
    assert "of the market and anti-social" in texts
    assert texts[texts.index("of the market and anti-social") + 1] == "behaviour in the park."
    assert [ln.gap_before for ln in lines[:5]] == [0, 0, 0, 0, 0]
    run_in = [ln for ln in lines if ln.text.startswith("6.2")][0]
    assert run_in.text == "6.2 **Government Thinking.** The Government's view is set out below."
    assert run_in.gap_before == 1 and not run_in.bold
    rows = [ln for ln in lines if ln.table]
    assert [r.text for r in rows] == ["Issue raised\tResponse", "Opening hours are too short\tHours will be extended from April 2025."]
    assert rows[0].bold and not rows[1].bold
    assert [ln.page for ln in lines if ln.text.startswith(("Second", "Third"))] == [2, 3]


def test_damaged_pdf_is_e102(tmp_path):
    path = _pdf(tmp_path / "good.pdf", [[(72, 700, "Some text", "Helvetica")]])
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    with pytest.raises(ScrutinyError) as err:
        read_pdf(bad)
    assert err.value.code == "E102" and "bad.pdf" in str(err.value)
    assert read_pdf(path)[0][0].text == "Some text"


# --- helpers ---------------------------------------------------------------------------


@pytest.mark.parametrize("text", ["3", "Page 3", "Page 3 of 12", "3/84", "- 3 -", "iv", "p. 7"])
def test_page_numbers(text):
    assert is_page_number(text)


@pytest.mark.parametrize("text", ["3.1 The Board", "Recommendation 3", "2013", "Page three of the report"])
def test_not_page_numbers(text):
    assert is_page_number(text) is (text == "2013")


def test_mend_chars_and_hyphens():
    assert mend_chars("identiﬁed ﬂow oﬀer eﬃcient\u00a0x") == "identified flow offer efficient x"
    assert mend_chars("\uf0b7") == "•"
    vocab = vocabulary(["cleaner-greener agenda"])
    assert join_hyphenated("cleaner", "greener", vocab) == "cleaner-greener"
    assert join_hyphenated("well", "being", vocabulary([])) == "well-being"  # two words: keep


def test_furniture_needs_repetition():
    pages = [[("Kent County Council", 20.0), ("Body text", 400.0)], [("Kent County Council", 21.0), ("More", 400.0)],
             [("A heading at the top", 20.0)]]
    assert running_furniture(pages, [842.0] * 3) == {(0, 0), (1, 0)}


# --- every real PDF we have -------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.skipif(not EXTERNAL.exists(), reason="needs /work/shared/external")
def test_every_external_pdf_parses():
    """No real PDF may raise anything but a coded error; the image-only one needs OCR."""
    pdfs = sorted(EXTERNAL.rglob("*.pdf"))
    assert pdfs
    for path in pdfs:
        doc = read_document(path)
        codes = [i.code for i in doc.issues]
        if path.name == "PostOfficeHorizon-IT-Inquiry-Response.pdf" and not ocr.available():
            assert "W201" in codes and doc.lines == []
        elif path.name == "PostOfficeHorizon-IT-Inquiry-Response.pdf":  # a scan: read by OCR
            assert "W206" in codes and sum(ln.text == "Recommendation accepted" for ln in doc.lines) >= 15
        else:
            assert doc.lines and "W201" not in codes, path.name
            assert not LIGATURES.search("".join(ln.text for ln in doc.lines)), path.name


def test_parallel_layout_gives_the_same_lines(tmp_path):
    pages = [[(72, 700, f"{n}.1 Paragraph {n} starts here and", "Helvetica"), (72, 686, "goes on.", "Helvetica")]
             for n in range(1, 31)]
    path = _pdf(tmp_path / "thirty.pdf", pages)
    one = read_pdf(path)
    two = read_pdf(path, workers=2)
    assert one == two and one[1] == 30 and len(one[0]) == 60


# --- ruled tables (issue 3: two-column "Issue raised | Response" tables) ------------------


def test_issue_3_ruled_issue_response_table_is_read_row_by_row():
    """Kent's Executive Response answers 21 questions in a ruled two-column table that runs
    over 11 pages; pdfminer alone interleaves its cells and loses the long answers."""
    lines, pages, _ = read_pdf(FIXTURES / "kent_executive_response_24-00093.pdf")
    rows = [ln.text.split("\t") for ln in lines if ln.table and ln.page >= 4 and ln.text.count("\t") == 1]
    assert rows[0] == ["Issue raised", "Response"]
    assert len(rows) == 22  # the header and 21 questions
    # rows that a page break split are whole again: the question ends, the answer goes on
    split = [r for r in rows if r[0].startswith("Government funding is confirmed")][0]
    assert split[0].endswith("that an update be brought to the next meeting.")
    assert "2. Northdown Road Family Hub" in split[1]
    risk = [r for r in rows if r[0].startswith("Where is the risk analysis")][0]
    assert risk[0] == "Where is the risk analysis for the proposals?"
    assert "The EqIA has been updated" in risk[1] and "are considered to be justified." in risk[1]
    # a table nested in an answer cell stays in that cell, not a row of its own
    assert not [r for r in rows if r[0] in ("Role", "District")]
    # prose around the table is untouched
    assert _find(lines, "4.1 A range of questions and information requests")


def test_issue_15_each_page_is_interpreted_once(monkeypatch):
    """Ruled tables are read from the layout the prose reader made: pdfminer interprets
    each page once, the ruled ones included, and never pdfplumber a second time."""
    from pdfminer.pdfinterp import PDFPageInterpreter

    seen: list[int] = []
    real = PDFPageInterpreter.process_page
    monkeypatch.setattr(PDFPageInterpreter, "process_page", lambda self, page: (seen.append(page.pageid), real(self, page))[1])
    lines, pages, _ = read_pdf(FIXTURES / "kent_executive_response_24-00093.pdf")
    assert sum(ln.table for ln in lines) >= 22  # the ruled table was read, from its rules
    assert len(seen) == pages == len(set(seen))


def _ruled_pdf(path: Path, rows_per_page) -> Path:
    """A two-column ruled table (header on page 1), continued over the following pages."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for rows in rows_per_page:
        y = 760
        for left, right in rows:
            height = 16 * max(len(left), len(right)) + 8
            c.rect(60, y - height, 220, height)
            c.rect(280, y - height, 260, height)
            for k, text in enumerate(left):
                c.drawString(66, y - 14 - 16 * k, text)
            for k, text in enumerate(right):
                c.drawString(286, y - 14 - 16 * k, text)
            y -= height
        c.showPage()
    c.save()
    return path


def test_ruled_table_rows_split_by_a_page_break_are_joined(tmp_path):
    path = _ruled_pdf(tmp_path / "ruled.pdf", [
        [(["Recommendation"], ["Response"]),
         (["1. Extend the opening hours of", "the library"], ["Agreed. Hours will be extended"]),
         (["2. Publish the data"], ["Accepted in part. The summary", "is published monthly and"])],
        [([""], ["the full data set from April."]),
         (["3. Review the fees"], ["Not accepted."])],
    ])
    lines, _, _ = read_pdf(path)
    assert [ln.text for ln in lines if ln.table] == [
        "Recommendation\tResponse",
        "1. Extend the opening hours of the library\tAgreed. Hours will be extended",
        "2. Publish the data\tAccepted in part. The summary is published monthly and the full data set from April.",
        "3. Review the fees\tNot accepted.",
    ]


def test_a_glyph_with_no_unicode_mapping_is_no_text_in_a_ruled_table_either(tmp_path):
    """A bullet drawn in a font whose encoding maps it to no character reads "(cid:127)": the page's lines leave such
    a glyph out, and so does a ruled table's cell (an auditor's exhibit printed "... by: (cid:127) involving ...")."""
    path = _ruled_pdf(tmp_path / "bullets.pdf", [
        [(["Ref"], ["Recommendation"]),
         (["R3"], ["The Council should involve people by:", "\u2022 asking service users first;", "\u2022 publishing what it learns."])],
    ])
    lines, _, _ = read_pdf(path)
    rows = [ln.text for ln in lines if ln.table]
    assert rows[-1].startswith("R3\tThe Council should involve people by:")
    assert "asking service users first;" in rows[-1]
    assert not any("(cid:" in ln.text for ln in lines)


def test_a_boxed_note_or_a_one_row_layout_is_not_a_ruled_table(tmp_path):
    c = canvas.Canvas(str(tmp_path / "boxed.pdf"), pagesize=A4)
    c.rect(60, 600, 480, 120)  # a boxed note: two vertical rules only
    c.drawString(70, 700, "Key point: the Board agreed the plan.")
    c.showPage()
    for k, text in enumerate(["HC 18", "Module 1 report", "July 2024"]):  # a designed cover: one row of boxes
        c.rect(60 + 160 * k, 400, 160, 60)
        c.drawString(70 + 160 * k, 430, text)
    c.save()
    pages = _layout(str(tmp_path / "boxed.pdf"))
    assert [p.ruled for p in pages] == [False, True]
    assert [p.tables for p in pages] == [[], []]  # one row that continues nothing is layout
    lines, _, _ = read_pdf(tmp_path / "boxed.pdf")
    assert [ln.text for ln in lines if "Key point" in ln.text] == ["Key point: the Board agreed the plan."]


# --- scanned pages (OCR) -----------------------------------------------------------------

needs_tesseract = pytest.mark.skipif(not ocr.available(), reason="Tesseract is not installed (apt-get install tesseract-ocr)")


@pytest.mark.slow
@needs_tesseract
def test_scanned_pages_are_read_by_ocr():
    """Two pages of the Post Office Horizon response, a scan with no text layer."""
    lines, pages, issues = read_pdf(FIXTURES / "post_office_response_scan_p4-5.pdf")
    assert pages == 2 and [i.code for i in issues] == ["W206"] and "2 page(s)" in issues[0].message
    texts = [ln.text for ln in lines]
    assert texts[0] == "Recommendation 1"
    assert texts.count("Recommendation accepted") == 4
    assert "DBT accepts this recommendation and has fulfilled it by publishing this" in texts
    # the print banner and the footer URL of both pages are gone, as on a born-digital page
    assert not [t for t in texts if "GOV.UK" in t or "9:31 PM" in t or re.search(r"government-response-to-.*\d/16$", t)]
    assert "(https://www.gov.uk/government/publications/post-office-horizon-it-inquiry-statement-" in texts  # a link in the text stays
    assert {ln.page for ln in lines} == {1, 2}


@pytest.mark.slow
@needs_tesseract
def test_issue_3_scanned_response_answers_its_recommendations():
    from pipeline.process import parse_file

    responses = parse_file(FIXTURES / "post_office_response_scan_p4-5.pdf", themes=False).responses
    # the fourth prints "Recommendation accepted", then "DBT broadly accepts this recommendation" and a
    # "However": partially accepted, as the hand-labelled set has it (data/answers_training, doc-0086)
    assert [(r.label, r.stance) for r in responses] == [("1", "accepted"), ("2", "accepted"), ("3", "accepted"),
                                                         ("4", "partially_accepted")]
    assert responses[0].restated.startswith("HM Government, the department and where appropriate")
    assert "Recommendation accepted" in responses[0].stance_evidence


def test_without_tesseract_a_scan_still_needs_ocr(monkeypatch):
    monkeypatch.setenv("SCRUTINY_OCR", "0")
    ocr.available.cache_clear()
    try:
        lines, pages, issues = read_pdf(FIXTURES / "post_office_response_scan_p4-5.pdf")
    finally:
        ocr.available.cache_clear()
    assert lines == [] and pages == 2 and [i.code for i in issues] == ["W201"]
    assert "apt-get install tesseract-ocr" in issues[0].message


def test_a_running_footer_misread_on_one_page_is_still_furniture():
    url = "https://www.gov.uk/government/publications/government-response-to-the-inquiry-report/government-response-to-..."
    pages = [[("Body", 400.0), (url, 830.0)] for _ in range(3)]
    pages.append([("Body", 400.0), (url.replace("response-to-...", "response-t..."), 830.0)])  # OCR
    pages.append([("Body", 400.0), ("A different closing line of text", 830.0)])
    assert running_furniture(pages, [842.0] * 5) == {(0, 1), (1, 1), (2, 1), (3, 1)}


# --- notes at a page's foot (footnotes) ----------------------------------------------------

BODY = [
    "4.23. Government scientists and social scientists have an important role to play",
    "in the translation of research. We recommend therefore that, at the earliest",
    "opportunity, the Government appoint a Chief Social Scientist who reports to the",
    "Chief Scientific Adviser and is an",
]


def _sized_pdf(path: Path, pages) -> Path:
    """`pages`: lists of (x, y, text, size) drawn in Helvetica at that size."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for items in pages:
        for x, y, text, size in items:
            c.setFont("Helvetica", size)
            c.drawString(x, y, text)
        c.showPage()
    c.save()
    return path


def _page_with_notes(notes, body=BODY, note_size=8):
    items = [(72, 700 - 15 * k, text, 11) for k, text in enumerate(body)]
    items += [(72, 140 - 11 * k, text, note_size) for k, text in enumerate(notes)]
    return items


def test_numbered_notes_in_smaller_type_at_a_page_foot_are_footnotes(tmp_path):
    notes = ["75 Transcript of the Select Committee on Science and Technology, 24 May 2011", "(Q 14).",
             "76 Science and engineering in Government (October 2009).", "77 Ibid."]
    page2 = [(72, 700, "independent expert in social science research to ensure the provision", 11),
             (72, 685, "of robust and independent advice.", 11)]
    lines, _, _ = read_pdf(_sized_pdf(tmp_path / "notes.pdf", [_page_with_notes(notes), page2]))
    marked = [ln.text for ln in lines if ln.footnote]
    assert marked == notes
    assert not any(ln.footnote for ln in lines if ln.page == 2)
    # the body line after the notes carries on the sentence the notes interrupted
    after = next(ln for ln in lines if ln.text.startswith("independent expert"))
    assert after.gap_before == 0


@pytest.mark.parametrize("notes, size", [
    (["12. The Government should publish its plan.", "13. The Department should report."], 8),  # numbered paragraphs
    (["75 Transcript of the Select Committee, 24 May 2011", "78 Ibid."], 8),  # numbers that do not follow
    (["Source: Office for National Statistics, 2011 census"], 8),  # a note with no number
    (["75 Transcript of the Select Committee, 24 May 2011", "76 Ibid."], 11),  # body-sized type
])
def test_what_is_not_a_page_of_footnotes(tmp_path, notes, size):
    lines, _, _ = read_pdf(_sized_pdf(tmp_path / "not.pdf", [_page_with_notes(notes, note_size=size)]))
    assert not any(ln.footnote for ln in lines)


def test_a_page_set_wholly_in_small_type_has_no_footnotes(tmp_path):
    body = _page_with_notes(["75 Transcript of the Select Committee, 24 May 2011"], body=BODY * 3)
    small = [(72, 700 - 11 * k, f"{k + 1} Item of a list printed small on its own page", 8) for k in range(4)]
    lines, _, _ = read_pdf(_sized_pdf(tmp_path / "small.pdf", [body, small]))
    assert [ln.page for ln in lines if ln.footnote] == [1]


def test_a_note_carried_over_a_page_and_a_folio_below_the_notes(tmp_path):
    page1 = _page_with_notes(["56 Closing submissions on behalf of the core participants represented by"], body=BODY * 3)
    page1 += [(72, 40, "6", 11), (300, 40, "Summary", 11)]  # a folio beside its section's name, below the notes
    page2 = _page_with_notes(["Leigh Day, 17 June 2022, pages 22 to 23", "57 First Do No Harm: the report of the review,",
                              "8 July 2020", "58 Ibid."], body=BODY * 3)
    page2 += [(72, 40, "7", 11), (300, 40, "Recommendations", 11)]
    lines, _, _ = read_pdf(_sized_pdf(tmp_path / "carried.pdf", [page1, page2]))
    assert [ln.text for ln in lines if ln.footnote] == [
        "56 Closing submissions on behalf of the core participants represented by",
        "Leigh Day, 17 June 2022, pages 22 to 23", "57 First Do No Harm: the report of the review,", "8 July 2020", "58 Ibid.",
    ]


def test_a_bold_paragraph_whose_last_line_ends_in_another_font_runs_on(tmp_path):
    """A reprinted recommendation set in bold whose source reference is set plain on its last line
    ("... by the end of 2025. (Paragraph 37)") is one paragraph, and the reference stays whole."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    tail = "Team practitioners by the end of 2025. ("
    page = [
        (72, 700, "7. The Department for Education and the Department of Health should", "Helvetica-Bold"),
        (72, 686, "publish a joint workforce plan for school-based counsellors and Support", "Helvetica-Bold"),
        (72, 672, tail, "Helvetica-Bold"),
        (72 + stringWidth(tail, "Helvetica-Bold", 11), 672, "Paragraph 37)", "Helvetica"),
        (72, 640, "8. The Department for Education should require every school to publish", "Helvetica-Bold"),
    ]
    lines = read_document(_pdf(tmp_path / "mixed.pdf", [page])).lines
    texts = [(ln.gap_before, ln.text) for ln in lines]
    assert texts[2] == (0, "**Team practitioners by the end of 2025.** (Paragraph 37)")
    assert texts[3][0] == 1  # the next recommendation starts a block


@pytest.mark.parametrize("text,page,folio", [
    ("Councillor Tom Ashworth – 20 November 2025 – page 2", 2, True),
    ("Annual report | Page 7 of 12", 7, True),
    ("Annual report | Page 7 of 12", 8, False),  # another page's number: not this page's folio
    ("The survey ran to page 2", 3, False),
    ("See the table on page 2", 2, True),  # in the margin only (the reader asks no more of it)
    # a letter's own continuation header, bound into an agenda pack whose pages run ahead of the letter's
    ("Councillor Hazel Wintergill \u2014 8 January 2026 \u2014 page 2", 3, True),
    ("Councillor Hazel Wintergill \u2014 8 January 2026 \u2014 page 4", 3, False),  # a page not yet reached
    ("1 Cabinet report, 12 March 2025 \u2013 page 4", 9, False),  # a footnote that cites a page
])
def test_a_margin_line_that_gives_its_own_page_number_is_furniture(text, page, folio):
    from pipeline.ingest.cleanup import prints_own_folio

    assert prints_own_folio(text, page) is folio


def _edge(orientation, x0, top, x1, bottom):
    return {"orientation": orientation, "x0": x0, "top": top, "x1": x1, "bottom": bottom}


def test_a_table_left_open_by_a_page_break_is_closed_at_the_foot_of_its_rules():
    from pipeline.ingest.pdf_tables import open_bottoms

    heads = [_edge("h", 60, y, 780, y) for y in (176, 195, 292, 477)]
    columns = [_edge("v", x, 176, 545, 545) for x in (60, 91, 261, 516, 780)]
    closing = open_bottoms(heads + columns, 595)
    assert [(c["x0"], c["top"], c["x1"]) for c in closing] == [(60, 545.0, 780)]
    assert open_bottoms(heads + columns + [_edge("h", 60, 545, 780, 545)], 595) == []  # closed already
    assert open_bottoms(heads + columns, 900) == []  # it ends mid-page: no page break left it open
    assert open_bottoms(columns, 595) == []  # no rule across them anywhere: not a ruled table


def test_a_page_set_in_two_columns_is_read_column_by_column(tmp_path):
    """Two long, wide columns of running text side by side are the page's columns, not one table row: the left
    column is read to its foot, then the right, and a short block lower down in one column (a caption) stays in
    its column. (The reader used to join the two columns into one tab-separated row.)"""
    left = [f"Left column line {k} runs on with more words" for k in range(1, 11)]
    right = [f"Right column line {k} runs on with more words" for k in range(1, 11)]
    items = [(72, 740, "A leaflet set in two columns, with its title across both", "Helvetica")]
    items += [(72, 700 - 14 * k, t, "Helvetica") for k, t in enumerate(left)]
    items += [(310, 700 - 14 * k, t, "Helvetica") for k, t in enumerate(right)]
    items += [(72, 520, "Caption under the left column", "Helvetica"), (310, 510, "Right column goes on here", "Helvetica")]
    doc = read_document(_pdf(tmp_path / "columns.pdf", [items]))
    texts = [ln.text for ln in doc.lines]
    assert not any(ln.table for ln in doc.lines), texts
    assert texts.index(left[-1]) < texts.index("Caption under the left column") < texts.index(right[0])
    assert texts.index(right[-1]) < texts.index("Right column goes on here")


def _drawn_pdf(path: Path, pages) -> Path:
    """`pages`: each a list of ("text", x, y, words) and ("rect", x, y, w, h) to draw, in points from the foot."""
    c = canvas.Canvas(str(path), pagesize=A4)
    for items in pages:
        for item in items:
            if item[0] == "rect":
                c.setFillColorRGB(0.93, 0.95, 0.98)
                c.rect(*item[1:], stroke=1, fill=1)
                c.setFillColorRGB(0, 0, 0)
            else:
                c.setFont("Helvetica", 10)
                c.drawString(item[1], item[2], item[3])
        c.showPage()
    c.save()
    return path


def test_a_box_drawn_beside_the_text_is_read_whole_not_paired_with_it(tmp_path):
    """What a frame holds belongs together, as what a grid holds is a table: a boxed list of decisions at the right of
    the body is read whole, and neither it nor the body beside it is cut into the cells of table rows. (The reader
    paired each box line with the body line at its height: '1.1 Parking ...<TAB>(a) approve ...'.)"""
    body = [f"1.{k} The body of the report runs on in its own column, line {k}." for k in range(1, 9)]
    box = ["The Committee is RECOMMENDED to:", "(a) approve the trial of enforcement;", "(b) agree the orders for it;",
           "(c) note the report on its results."]
    items = [("text", 57, 780, "Pavement Parking: Enforcement Trial")]
    items += [("text", 57, 700 - 16 * k, t) for k, t in enumerate(body)]
    items += [("rect", 380, 560, 205, 160)]
    items += [("text", 388, 700 - 16 * k, t) for k, t in enumerate(box)]
    doc = read_document(_drawn_pdf(tmp_path / "box.pdf", [items]))
    texts = [ln.text for ln in doc.lines]
    assert not any(ln.table for ln in doc.lines), texts
    at = texts.index(box[0])
    assert texts[at:at + len(box)] == box  # the box whole, in its own order
    assert [t for t in texts if t in body] == body  # and the body whole around it


def test_a_page_in_two_columns_cut_by_headings_is_read_column_by_column(tmp_path):
    """Two columns that no single stretch shows to be a page's columns (each cut into short blocks by headings and
    gaps, their blocks out of step with one another) are still read column by column, from the first block that
    keeps within a column, and a ruled table inside the left column is read in its place there."""
    left = [("Summary", 2), ("Trading needs the Council's consent in the town centres", 4),
            ("The main change brings two streets within the scheme", 4)]
    right = [("1. Recommendations", 1), ("1.1 That the Committee designates two streets", 3),
             ("1.2 That the Committee approves the fees in Table 1", 3), ("1.3 That the Committee notes the notice", 3)]
    items: list = [("text", 51, 800, "KELSMOOR DISTRICT COUNCIL - REPORT TO REGULATORY COMMITTEE")]

    def column(x: float, y: float, blocks, gap: float) -> float:
        for text, n in blocks:
            for k in range(n):
                items.append(("text", x, y, text if k == 0 else f"{text.split()[0].lower()} goes on, line {k + 1}"))
                y -= 12
            y -= gap
        return y

    bottom = column(51, 700, left, 21)
    column(310, 712, right, 9)
    table_top = bottom - 10
    items += [("rect", 60, table_top - 40, 100, 20), ("rect", 160, table_top - 40, 100, 20),
              ("rect", 60, table_top - 20, 100, 20), ("rect", 160, table_top - 20, 100, 20)]
    items += [("text", 64, table_top - 14, "Consent"), ("text", 164, table_top - 14, "Fee"),
              ("text", 64, table_top - 34, "Annual"), ("text", 164, table_top - 34, "1,210")]
    doc = read_document(_drawn_pdf(tmp_path / "columns.pdf", [items]))
    texts = [ln.text for ln in doc.lines]
    assert "1. Recommendations" in texts and "Summary" in texts, texts
    assert not any(ln.table and "Recommendations" in ln.text for ln in doc.lines), texts
    last_left = max(k for k, t in enumerate(texts) if t.startswith("the main change") or t.startswith("The main change")
                    or t.startswith("main goes on"))
    assert texts.index("Summary") < last_left < texts.index("1. Recommendations")
    rows = [k for k, ln in enumerate(doc.lines) if ln.table]
    assert rows and all(k < texts.index("1. Recommendations") for k in rows), texts  # the table in its column


def test_a_label_printed_in_the_margin_opens_the_line_beside_it(tmp_path):
    """A recommendation's label set in the margin ("R1", "R12"), level with its first line, is that line's label."""
    items = [("text", 72, 700, "5.1 The Committee recommends:")]
    for k in range(3):
        items += [("text", 72, 680 - 40 * k, f"R{k + 1}"), ("text", 110, 680 - 40 * k, f"That the Service does thing {k + 1} and"),
                  ("text", 110, 668 - 40 * k, "reports on it within the year.")]
    doc = read_document(_drawn_pdf(tmp_path / "margin.pdf", [items]))
    texts = [ln.text for ln in doc.lines]
    for k in range(3):
        assert f"R{k + 1} That the Service does thing {k + 1} and" in texts, texts


# --- the lean layout device against pdfminer's own -------------------------------------


def _layout_trees(path: Path, interpreter_class, device_class, monkeypatch) -> list[list[tuple]]:
    """Each page's layout as `interpreter_class` and `device_class` make it, object by object in order: its class and
    every attribute (floats by their exact hex form, so that -0.0 is not 0.0; the graphic state by value).

    pdfminer breaks ties between boxes equally far apart by `id()`, a memory address that differs from run
    to run; here ids are handed out in the order objects are first seen, the same for both devices."""
    import itertools

    import pdfminer.layout
    from pdfminer.layout import LTContainer
    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFResourceManager
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser

    from pipeline.ingest import pdf_device
    from pipeline.ingest.pdf import _laparams

    seen: dict[int, tuple[object, int]] = {}
    count = itertools.count()

    def stable_id(obj: object) -> int:
        got = seen.get(id(obj))
        if got is None or got[0] is not obj:
            got = seen[id(obj)] = (obj, next(count))
        return got[1]

    monkeypatch.setattr(pdfminer.layout, "id", stable_id, raising=False)
    monkeypatch.setattr(pdf_device, "id", stable_id, raising=False)  # its group_textboxes

    def value(v):
        if isinstance(v, float):
            return v.hex()
        if isinstance(v, (tuple, list)):
            return (type(v).__name__, *map(value, v))
        return v if isinstance(v, (int, str, bool, type(None))) else type(v).__name__

    def flat(obj, out: list[tuple]) -> list[tuple]:
        attrs = tuple((k, repr(vars(v)) if k == "graphicstate" else repr(v) if k == "ncs" else value(v))
                      for k, v in vars(obj).items() if k not in ("_objs", "groups"))
        out.append((type(obj).__name__, attrs))
        if isinstance(obj, LTContainer):
            for child in obj:
                flat(child, out)
        return out

    pages = []
    with path.open("rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        rsrc = PDFResourceManager(caching=True)
        device = device_class(rsrc, laparams=_laparams())
        interpreter = interpreter_class(rsrc, device)
        for page in PDFPage.create_pages(doc):
            interpreter.process_page(page)
            pages.append(flat(device.get_result(), []))
    monkeypatch.undo()
    return pages


def _awkward_pdf(path: Path) -> Path:
    """Text set every way the lean device must follow pdfminer in: mixed fonts and sizes, a bold run-in title,
    a ruled table, rotated, mirrored, scaled and skewed text, character and word spacing, rise, a form XObject,
    text across a page rotated by /Rotate, and a TrueType font."""
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    dejavu = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if dejavu.exists():
        pdfmetrics.registerFont(TTFont("DejaVu", str(dejavu)))
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 800
    for font, size in [("Helvetica", 11), ("Times-Roman", 12), ("Courier", 9), ("Helvetica-Oblique", 7.5),
                       ("Times-Bold", 16.25), ("DejaVu" if dejavu.exists() else "Helvetica", 10)]:
        c.setFont(font, size)
        c.drawString(72, y, f"{font} at {size}: The Committee recommends that the Council – “ﬁnally” – acts; £1,210 (5%).")
        y -= 20
    c.setFont("Helvetica", 11)
    c.drawString(72, y, "6.2 ")
    c.setFont("Helvetica-Bold", 11)
    c.drawString(92, y, "Government Thinking.")
    c.setFont("Helvetica", 11)
    c.drawString(210, y, "The Government's view is set out below.")
    y -= 20
    x = 72.0
    for k, gap in enumerate([0.2, 0.5, 0.7, 0.9, 1.2, 2.0, 4.0, 0.0, -0.5]):  # words set apart without a space glyph
        word = f"w{k}ord"
        c.drawString(x, y, word)
        x += c.stringWidth(word, "Helvetica", 11) + gap
    y -= 30
    for k, (left, right) in enumerate([("Issue raised", "Response"), ("Opening hours", "Extended from April."),
                                        ("Fees", "Not accepted.")]):
        c.rect(60, y - 20 * k - 6, 200, 20)
        c.rect(260, y - 20 * k - 6, 260, 20)
        c.drawString(66, y - 20 * k, left)
        c.drawString(266, y - 20 * k, right)
    text = c.beginText(72, 560)
    text.setFont("Helvetica", 10)
    text.setCharSpace(1.5)
    text.setWordSpace(4)
    text.textLine("Spaced out characters and words in one line.")
    text.setCharSpace(0)
    text.setWordSpace(0)
    text.setHorizScale(70)
    text.textLine("Condensed to seventy per cent of its width.")
    text.setHorizScale(100)
    text.setRise(4)
    text.textOut("Raised")
    text.setRise(-3)
    text.textOut(" and lowered")
    text.setRise(0)
    text.textLine(" text.")
    c.drawText(text)
    for angle, x, y0 in [(90, 540, 300), (30, 100, 300), (180, 400, 250), (-45, 300, 200), (270, 560, 500)]:
        c.saveState()
        c.translate(x, y0)
        c.rotate(angle)
        c.drawString(0, 0, f"Rotated by {angle} degrees, a note in the margin.")
        c.restoreState()
    c.saveState()
    c.translate(500, 120)
    c.scale(-1, 1)
    c.drawString(0, 0, "Mirrored text")
    c.restoreState()
    c.saveState()
    c.transform(1, 0, 0.3, 1, 72, 90)
    c.drawString(0, 0, "Skewed text, as an oblique font is faked")
    c.restoreState()
    c.saveState()
    c.transform(0.5, 0, 0, 2, 72, 60)
    c.drawString(0, 0, "Squashed and stretched")
    c.restoreState()
    c.beginForm("stamp")
    c.setFont("Helvetica-Bold", 14)
    c.drawString(72, 30, "Text inside a form XObject")
    c.endForm()
    c.doForm("stamp")
    c.showPage()
    c.setPageRotation(90)
    c.setFont("Helvetica", 11)
    c.drawString(72, 700, "A page turned by its /Rotate entry, read all the same.")
    c.drawString(72, 686, "Second line of the turned page.")
    c.showPage()
    c.save()
    return path


@pytest.mark.parametrize("source", ["generated", *sorted(p.name for p in FIXTURES.glob("*.pdf") if "scan" not in p.name)])
def test_the_lean_device_lays_out_pages_as_pdfminer_does(tmp_path, monkeypatch, source):
    """`LeanInterpreter` and `LeanAggregator` make the same characters, lines, boxes and their order as
    pdfminer's `PDFPageInterpreter` and `PDFPageAggregator`, float for float, on awkward generated text and
    on real council PDFs."""
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter

    from pipeline.ingest.pdf_device import LeanAggregator, LeanInterpreter

    path = _awkward_pdf(tmp_path / "awkward.pdf") if source == "generated" else FIXTURES / source
    ours = _layout_trees(path, LeanInterpreter, LeanAggregator, monkeypatch)
    theirs = _layout_trees(path, PDFPageInterpreter, PDFPageAggregator, monkeypatch)
    assert len(ours) == len(theirs)
    for page, (a, b) in enumerate(zip(ours, theirs), 1):
        assert sum(kind == "LTChar" for kind, _ in b) > 0, page
        assert a == b, page


def _content_objects(parser_class, streams) -> list[tuple]:
    """Every object a content parser gives for `streams`, with its position, and how it stopped."""
    from pdfminer.pdftypes import PDFStream
    from pdfminer.psparser import PSKeyword, PSLiteral

    def value(v):
        if isinstance(v, float):
            return ("float", v.hex())
        if isinstance(v, (PSLiteral, PSKeyword)):
            return (type(v).__name__, id(v))  # interned: the very same object
        if isinstance(v, (list, tuple)):
            return (type(v).__name__, *map(value, v))
        if isinstance(v, dict):
            return ("dict", *((k, value(x)) for k, x in v.items()))
        if isinstance(v, PDFStream):
            return ("stream", value(v.attrs), v.rawdata)
        return (type(v).__name__, v)

    out: list[tuple] = []
    try:
        parser = parser_class(streams)
        while True:
            out.append(value(parser.nextobject()))
    except Exception as exc:  # noqa: BLE001 - the end (PSEOF) or any failure, which must be the same
        out.append(("raised", type(exc).__name__, str(exc)))
    return out


CONTENT_PIECES = [b" ", b"\n", b"\r", b"\r\n", b"\t", b"\x00", b"\x0c", b"0", b"12", b"-3", b"+4", b"-", b"+", b".", b"1.5", b"-.5",
                  b"3.", b"1.2.3", b"--5", b"007", b"/F1", b"/A#20B", b"/", b"/\xe9t\xe9", b"/a#2", b"BT", b"ET", b"Tj", b"TJ", b"'", b'"',
                  b"true", b"false", b"T*", b"abc#def", b"(hello)", b"(a(b)c)", b"(esc\\n\\101\\)\\\r\nx)", b"(\\", b"(", b")",
                  b"<41 42>", b"<4>", b"<>", b"<<", b">>", b"<", b">", b"<41>>", b"[", b"]", b"{", b"}", b"%comment\n", b"%", b"BI",
                  b"ID", b"EI", b"/W 2 /H 2", b"\x80\x81", b"1 0 0 1 72 700 Tm", b"[(A) -120 (B)] TJ", b"<</MCID 0>> BDC", b"*", b"\xff"]


def test_the_lean_content_parser_reads_tokens_as_pdfminer_does(monkeypatch):
    """`LeanContentParser` gives pdfminer's objects, positions and failures on random content streams, cut into
    streams and read through tiny buffers so that tokens straddle both, and on every page of the fixture PDFs."""
    import random

    from pdfminer.pdfdocument import PDFDocument
    from pdfminer.pdfinterp import PDFContentParser
    from pdfminer.pdfpage import PDFPage
    from pdfminer.pdfparser import PDFParser
    from pdfminer.pdftypes import PDFStream, list_value, stream_value

    from pipeline.ingest.pdf_device import LeanContentParser

    rnd = random.Random(7)
    for _ in range(600):
        data = b"".join(rnd.choice(CONTENT_PIECES) + b" " * rnd.randint(0, 1) for _ in range(rnd.randint(1, 40)))
        if rnd.random() < 0.2:  # an inline image's bytes
            data += b" BI /W 1 /H 1 ID " + bytes(rnd.randrange(256) for _ in range(rnd.randint(0, 6))) + b" EI Q"
        cuts = sorted(rnd.sample(range(1, len(data)), min(len(data) - 1, rnd.randint(0, 2)))) if len(data) > 1 else []
        streams = [PDFStream({}, data[i:j]) for i, j in zip([0, *cuts], [*cuts, len(data)])]
        monkeypatch.setattr(PDFContentParser, "BUFSIZ", rnd.choice([1, 2, 3, 5, 8, 4096]))
        assert _content_objects(LeanContentParser, streams) == _content_objects(PDFContentParser, streams), data
    monkeypatch.undo()
    for path in sorted(FIXTURES.glob("*.pdf")):
        with path.open("rb") as fh:
            for page in PDFPage.create_pages(PDFDocument(PDFParser(fh))):
                streams = [stream_value(s) for s in list_value(page.contents)]
                assert _content_objects(LeanContentParser, streams) == _content_objects(PDFContentParser, streams)


def test_the_cycle_collector_is_paused_only_while_a_document_is_laid_out(tmp_path, monkeypatch):
    """The layout pauses Python's cycle collector and gives it back as it found it, when the file is damaged too."""
    import gc

    from pipeline.ingest import pdf

    seen: list[bool] = []
    real = pdf._walk
    monkeypatch.setattr(pdf, "_walk", lambda page, raw: (seen.append(gc.isenabled()), real(page, raw))[1])
    good = _pdf(tmp_path / "good.pdf", [[(72, 700, "Some text", "Helvetica")]])
    bad = tmp_path / "bad.pdf"
    bad.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 20)
    assert gc.isenabled()
    assert pdf._layout(str(good))[0].frags and seen == [False] and gc.isenabled()
    with pytest.raises(ScrutinyError):
        pdf._layout(str(bad))
    assert gc.isenabled()
    gc.disable()
    try:
        pdf._layout(str(good))
        assert not gc.isenabled()
    finally:
        gc.enable()


def test_a_pdfminer_release_the_lean_reader_was_not_compared_with_reads_with_pdfminers_own(tmp_path):
    """The lean interpreter copies one release's loop: under any other, the reader falls back to pdfminer's own
    classes, and reads the same lines."""
    import pdfminer
    from pdfminer.converter import PDFPageAggregator
    from pdfminer.pdfinterp import PDFPageInterpreter

    from pipeline.ingest import pdf_device
    from pipeline.ingest.pdf_device import LeanAggregator, LeanInterpreter, layout_classes

    assert pdfminer.__version__ in pdf_device.MATCHED_PDFMINER  # the lock file's release is the one compared
    assert layout_classes() == (LeanInterpreter, LeanAggregator)
    assert layout_classes("20990101") == (PDFPageInterpreter, PDFPageAggregator)


def _form_pdf(path: Path, rows, label_width=30) -> Path:
    """One ruled grid of two columns, the first `label_width` points wide, each row's lines set in its cells."""
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 760
    for left, right in rows:
        height = 14 * max(len(left), len(right)) + 8
        c.rect(60, y - height, label_width, height)
        c.rect(60 + label_width, y - height, 480 - label_width, height)
        for k, text in enumerate(left):
            c.drawString(64, y - 14 - 14 * k, text)
        for k, text in enumerate(right):
            c.drawString(66 + label_width, y - 14 - 14 * k, text)
        y -= height
    c.save()
    return path


def test_a_ruled_form_round_numbered_sections_is_read_as_its_prose(tmp_path):
    """A grid whose first column prints only the numbers of the sections beside it (a coroner's form, a decision
    notice) frames numbered prose: each section's heading, paragraphs and list items are lines of their own, the
    number opening its heading. A grid whose first row names its columns ("No. | Recommendation") stays a table."""
    form = _form_pdf(tmp_path / "form.pdf", [
        (["1"], ["CORONER", "I am the Senior Coroner for the area."]),
        (["2"], ["CORONER'S CONCERNS", "The MATTERS OF CONCERN are as follows. -", "(1) The ward discharged her early.",
                 "(2) The letter did not record her falls."]),
        (["3"], ["YOUR RESPONSE", "You are under a duty to respond."]),
    ])
    lines, _, _ = read_pdf(form)
    assert not any(ln.table for ln in lines)
    texts = [ln.text for ln in lines]
    assert "(1) The ward discharged her early." in texts and "(2) The letter did not record her falls." in texts
    assert texts.index("2 CORONER'S CONCERNS") < texts.index("The MATTERS OF CONCERN are as follows. -")
    table = _form_pdf(tmp_path / "table.pdf", [
        (["No."], ["Recommendation"]),
        (["1"], ["Extend the opening hours of the library"]),
        (["2"], ["Publish the data"]),
    ])
    lines, _, _ = read_pdf(table)
    assert [ln.text for ln in lines if ln.table] == ["No.\tRecommendation", "1\tExtend the opening hours of the library",
                                                     "2\tPublish the data"]


def test_two_columns_above_and_below_a_table_across_the_page_are_each_read_column_by_column(tmp_path):
    """A page's two columns, then a table across the page, then two columns again: each run of columns is read
    column by column, the short run above the table too (its two columns begin level at its top, as a table row's
    cells do, which tells neither apart: a sentence that runs from the foot of the left column to the head of the
    right does), a rule across the gutter (the table's) ends a run, and a number that hangs in the gutter ("3.5"
    left of the right column's text) keeps its paragraph in the right column. (The short run was read as one table
    row, and with it the run below.)"""
    items: list = [("text", 51, 800, "PELSTON BOROUGH COUNCIL - CABINET")]
    left = [f"left column line {k} of the paragraph that runs on" for k in range(1, 6)]
    left += ["3.4 A survey of residents found that most would", *[f"use a scheme toilet, line {k} of the survey" for k in range(2, 8)]]
    left += ["but fewer of the disabled respondents would use"]  # ... "a scheme toilet": the sentence runs on at the right
    right = [f"{'a scheme toilet, and' if k == 1 else 'the'} right column line {k} of the paragraph there" for k in range(1, 7)]
    right += ["3.5 Officers have spoken to forty businesses", *[f"near the toilets, line {k} of their answers" for k in range(2, 6)]]
    y = 760
    for k, text in enumerate(left):
        x = 51 if text.startswith("3.4") else 75
        items.append(("text", x, y, text))
        y -= 12 if k != 4 else 24
    y = 760
    for k, text in enumerate(right):
        x = 310 if text.startswith("3.5") else 334
        items.append(("text", x, y, text))
        y -= 12 if k != 5 else 24
    rows = [("Toilet", "Visits", "Net cost in 2027/28", "Proposal"), ("Market Place", "612", "78,000 pounds a year", "Keep"),
            ("Old Quay", "31", "45,000 pounds a year", "Close")]
    for k, row in enumerate(rows):  # drawn with rules across the page, above and below
        items += [("text", x, 590 - 16 * k, cell) for x, cell in zip((51, 180, 340, 450), row)]
    items += [("rect", 51, 604, 493, 0.5), ("rect", 51, 536, 493, 0.5)]
    below_left = [f"4.{k} The proposals run on in the left column, line {k}." for k in range(1, 9)]
    below_right = [f"5.{k} The money runs on in the right column, line {k}." for k in range(1, 9)]
    items += [("text", 51, 500 - 14 * k, t) for k, t in enumerate(below_left)]
    items += [("text", 310, 500 - 14 * k, t) for k, t in enumerate(below_right)]
    doc = read_document(_drawn_pdf(tmp_path / "runs.pdf", [items]))
    texts = [ln.text for ln in doc.lines]
    prose = [ln for ln in doc.lines if not ln.table]
    assert all(t in texts for t in [*left, *right, *below_left, *below_right]), texts
    assert texts.index(left[-1]) < texts.index(right[0]) and texts.index(right[-1]) < texts.index("Toilet\tVisits\tNet cost in 2027/28\tProposal")
    assert [ln.text for ln in prose if ln.text in left + right] == left + right
    assert [ln.text for ln in prose if ln.text in below_left + below_right] == below_left + below_right


def test_a_margin_number_that_ocr_puts_in_its_lines_block_is_joined_to_the_line_beside_it():
    """OCR gives a scanned report's margin number ("1.1") the block of the paragraph beside it, as a line of its own on
    the same baseline: it is joined to that line, as a born-digital page's margin number is; a line below it is not."""
    from pipeline.ingest.pdf import Frag, _merge_markers

    frags = [Frag("1.1", 70.6, 83.2, 631.6, 639.2, 3),
             Frag("To inform Members of the changes made to dog control by the Act", 109.4, 511.6, 630.2, 642.1, 3),
             Frag("(Northern Ireland) 2011, and to seek the Committee's approval", 109.8, 473.0, 614.4, 627.0, 3)]
    assert [f.text for f in _merge_markers(frags)] == [
        "1.1 To inform Members of the changes made to dog control by the Act",
        "(Northern Ireland) 2011, and to seek the Committee's approval"]


def test_a_row_that_no_other_row_stands_beside_is_read_as_its_lines(tmp_path):
    """A slide's title with its status set in the corner on the same baseline ("R2 Free parking for carers ... In
    progress") looks like a table row; with no other row above or below it, it is the title and then the status, as
    lines. A table of two rows stays a table."""
    path = tmp_path / "slides.pdf"
    c = canvas.Canvas(str(path), pagesize=(842, 595))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 540, "R2 Free parking for family carers")
    c.setFont("Helvetica", 12)
    c.drawString(700, 540, "In progress")
    c.drawString(40, 480, "We agree. A carer's permit has been piloted on two wards since January.")
    c.drawString(40, 460, "It will be offered on every adult inpatient ward from 1 April 2026.")
    c.drawString(40, 380, "Ward")
    c.drawString(400, 380, "Permits issued")
    c.drawString(40, 362, "Heron Ward")
    c.drawString(400, 362, "41")
    c.showPage()
    c.save()
    lines, _, _ = read_pdf(path)
    assert [(ln.text, ln.table) for ln in lines[:3]] == [
        ("R2 Free parking for family carers", False), ("In progress", False),
        ("We agree. A carer's permit has been piloted on two wards since January.", False)]
    assert [ln.text for ln in lines if ln.table] == ["Ward\tPermits issued", "Heron Ward\t41"]


def test_a_page_in_two_languages_side_by_side_is_read_in_english(tmp_path):
    """A Welsh council's paper sets each Welsh paragraph beside its English one, row by row, as a table keeps its cells:
    the English half is the text, read as prose (no table rows of two languages), and a W209 note says the other
    half was left out. Two columns in one language stay as they are."""
    welsh = [["Argymhelliad 1"],
             ["Bod y Cabinet yn ymgynghori â thrigolion,", "darparwyr llety ymwelwyr a chynghorau",
              "tref a chymuned cyn penderfynu a ddylid", "cyflwyno ardoll ymwelwyr."],
             ["Ymateb y Cabinet"],
             ["Derbynnir. Agorodd ymgynghoriad", "cyhoeddus deuddeg wythnos ar 1 Rhagfyr", "2025 a bydd yn cau ar 23 Chwefror 2026",
              "gyda chrynodeb o'r ymatebion."]]
    english = [["Recommendation 1"],
               ["That the Cabinet consults residents,", "visitor accommodation providers and", "town and community councils before",
                "deciding whether to introduce a levy."],
               ["Cabinet response"],
               ["Accepted. A twelve-week public", "consultation opened on 1 December", "2025 and will close on 23 February",
                "2026, with a summary of the responses."]]

    def page(left, right):
        items, y = [], 760
        for a, b in zip(left, right):
            for k in range(max(len(a), len(b))):
                if k < len(a):
                    items.append((54, y - 13 * k, a[k], "Helvetica"))
                if k < len(b):
                    items.append((309, y - 13 * k, b[k], "Helvetica"))
            y -= 13 * max(len(a), len(b)) + 24
        return items

    lines, _, issues = read_pdf(_pdf(tmp_path / "bilingual.pdf", [page(welsh, english)]))
    assert [ln.text for ln in lines] == [t for block in english for t in block]
    assert not any(ln.table for ln in lines) and [i.code for i in issues] == ["W209"]
    lines, _, issues = read_pdf(_pdf(tmp_path / "english.pdf", [page(english, english)]))
    assert "W209" not in [i.code for i in issues] and any("Recommendation 1\tRecommendation 1" in ln.text for ln in lines)


def test_a_note_mark_set_small_and_raised_after_a_word_is_a_superscript(tmp_path):
    """"... compulsory purchase powers³ to acquire ...": a figure set smaller than its line and raised above it, after
    a word or a stop, is a note's mark, read as the superscript it is printed as, not a figure run into the word
    ("powers3"); a figure of the line's own size ("2031") is a figure, and a note at the page's foot keeps its
    number as printed, at the start of its line."""
    path = tmp_path / "marks.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    c.drawString(72, 700, "to use the Corporation's compulsory purchase powers")
    from reportlab.pdfbase.pdfmetrics import stringWidth

    x = 72 + stringWidth("to use the Corporation's compulsory purchase powers", "Helvetica", 10)
    c.setFont("Helvetica", 7)
    c.drawString(x, 704, "3")
    c.setFont("Helvetica", 10)
    c.drawString(x + 5, 700, "to acquire land by 2031.")
    c.setFont("Helvetica", 7)
    c.drawString(72, 80, "3 Sallowmouth Docks Development Corporation (Establishment) Order 2029, article 8.")
    c.showPage()
    c.save()
    lines, _, _ = read_pdf(path)
    text = " ".join(ln.text for ln in lines)
    assert "powers³ to acquire land by 2031." in text and "powers3" not in text
    assert any(ln.text.startswith("3 Sallowmouth Docks") for ln in lines)


def test_text_struck_through_is_deleted_and_a_markup_balloon_is_no_text(tmp_path):
    """A Word report exported with its tracked changes shown: a word with a line drawn through it is deleted text,
    left out ("This report sets out asks" reads "This report asks"); an inserted word underlined is kept; a comment
    balloon in the margin ("Commented [RT1]: ...") is a note on the text, not the text. A rule under a heading and
    a table's rules strike nothing."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    path = tmp_path / "tracked.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 11)
    c.drawString(72, 760, "1. Purpose")
    c.line(72, 757, 140, 757)  # a rule under the heading
    x = 72
    for word, mark in (("1.1 This report ", None), ("sets out", "strike"), (" asks", "under"),
                       (" the Forum to agree the criteria.", None)):
        c.drawString(x, 730, word)
        w = stringWidth(word, "Helvetica", 11)
        if mark == "strike":
            c.line(x, 733.5, x + w, 733.5)
        elif mark == "under":
            c.line(x, 728.5, x + w, 728.5)
        x += w
    c.rect(430, 700, 120, 40)
    c.setFont("Helvetica", 8)
    c.drawString(434, 728, "Commented [RT1]: Forum must")
    c.drawString(434, 718, "agree, not note.")
    c.showPage()
    c.save()
    lines, _, _ = read_pdf(path)
    texts = [ln.text for ln in lines]
    assert "1.1 This report asks the Forum to agree the criteria." in texts
    assert "1. Purpose" in texts and not any("Commented" in t or "agree, not note" in t for t in texts)


def test_a_number_in_the_margin_set_lower_than_its_paragraph_or_in_the_right_margin_opens_it(tmp_path):
    """Paragraph numbers placed by hand in text boxes of their own: in the outside margin (the right on odd pages,
    the left on even ones), set a little lower than their paragraph's first line. Each opens the paragraph whose
    first line stands nearest beside it, however short that line; a figure in the text is no margin number."""
    path = tmp_path / "margins.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    c.setFont("Helvetica", 10)
    para = [["The Countryside and Rights of Way Act 2000 requires the partner authorities", "to review the plan."],
            ["The Joint Committee is recommended to:"],
            ["The partner authorities have each delegated the adoption of the Plan", "to this Committee in 2019."]]
    y = 700
    for k, lines in enumerate(para, start=1):
        for n, text in enumerate(lines):
            c.drawString(91, y - 14 * n, text)
        c.drawString(458, y - 6, f"2.{k}")  # the right margin, 6 points lower
        y -= 14 * len(lines) + 20
    c.showPage()
    c.setFont("Helvetica", 10)
    c.drawString(91, 700, "Most respondents supported the draft, and 187 responses were received")
    c.drawString(91, 686, "in ten weeks.")
    c.drawString(46, 694, "4.1")  # the left margin, 6 points lower
    c.showPage()
    c.save()
    lines, _, _ = read_pdf(path)
    texts = [ln.text for ln in lines]
    assert "2.1 The Countryside and Rights of Way Act 2000 requires the partner authorities" in texts
    assert "2.2 The Joint Committee is recommended to:" in texts
    assert "2.3 The partner authorities have each delegated the adoption of the Plan" in texts
    assert "4.1 Most respondents supported the draft, and 187 responses were received" in texts
    assert not any(ln.table for ln in lines)


def test_a_document_set_with_open_leading_breaks_its_paragraphs_at_the_wider_space(tmp_path):
    """Word's "1.5 lines" leaves more than half a line between the lines of one paragraph: the paragraph break is the
    wider space beyond that, not every line. A wrapped line that opens with "2026" goes on with its paragraph."""
    items = []
    y = 740
    for para in (["2.1 That Cabinet:", None],
                 ["(a) approves the charges for the domestic pest control service from 1 April",
                  "2026 set out in Table 3 at paragraph 6.2; and", None],
                 ["(b) delegates to the Head of Environmental Health the setting of the",
                  "charges for later years.", None],
                 ["3. Reasons for the recommendations", None]):
        for text in para:
            if text is None:
                y -= 12  # the space between paragraphs, beyond the lines' own
                continue
            items.append((72, y, text, "Helvetica"))
            y -= 18.5  # 11 pt type on a 1.5-line pitch: about 7 pt between one line and the next
    lines, _, _ = read_pdf(_pdf(tmp_path / "loose.pdf", [items]))
    assert [(ln.text, ln.gap_before) for ln in lines] == [
        ("2.1 That Cabinet:", 0),
        ("(a) approves the charges for the domestic pest control service from 1 April", 1),
        ("2026 set out in Table 3 at paragraph 6.2; and", 0),
        ("(b) delegates to the Head of Environmental Health the setting of the", 1),
        ("charges for later years.", 0),
        ("3. Reasons for the recommendations", 1),
    ]


def test_cards_drawn_with_rounded_corners_side_by_side_are_read_card_by_card(tmp_path):
    """A slide's two cards side by side (boxes with rounded corners, as designed decks draw them) each hold their own
    text, as a rectangle's frame does: each is read whole, and their lines are not paired as the cells of one table's
    rows. A small dot drawn before a line is its bullet, so the line opens a list item. (The reader took rounded
    boxes for no frame and paired the two cards' lines: 'Rec 1 · ...<TAB>Rec 2 · ...'.)"""
    cards = {40: ["Rec 1 · More call handlers at busy times", "Agreed in full", "Nine more in post since October",
                  "Evening shifts now fully staffed"],
             330: ["Rec 2 · A line for care homes", "Partly agreed", "Open until ten at night from June",
                   "Overnight cover needs new funding"]}
    c = canvas.Canvas(str(tmp_path / "slides.pdf"), pagesize=(720, 405))
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 360, "Getting the right clinician on the phone")
    for x, lines in cards.items():
        c.setFillColorRGB(0.95, 0.96, 0.99)
        c.roundRect(x, 60, 280, 260, 8, stroke=1, fill=1)
        c.setFillColorRGB(0, 0, 0)
        c.setFont("Helvetica-Bold", 12)
        c.drawString(x + 12, 290, lines[0])
        c.setFont("Helvetica", 11)
        for k, line in enumerate(lines[1:]):
            y = 250 - 24 * k
            c.circle(x + 16, y + 4, 2.2, stroke=0, fill=1)
            c.drawString(x + 26, y, line)
    c.showPage()
    c.save()
    doc = read_document(tmp_path / "slides.pdf")
    texts = [ln.text for ln in doc.lines]
    assert not any(ln.table or "\t" in ln.text for ln in doc.lines), texts
    for lines in cards.values():
        at = next(k for k, t in enumerate(texts) if t.startswith(lines[0]))
        assert [t.lstrip("\u2022 ") for t in texts[at:at + len(lines)]] == lines, texts
        assert all(t.startswith("\u2022 ") for t in texts[at + 1:at + len(lines)]), texts


def test_a_running_head_that_alone_names_the_meeting_gives_the_papers_body_and_date(tmp_path):
    """A district's template prints the committee and the meeting's date atop every page ("Community and Wellbeing
    Committee ... 19 March 2029") and nowhere else: the head is furniture, no line of the text, but the paper's body
    and date are what it prints; a paper whose opening names its own keeps them."""
    def head(n):
        return [(72, 800, "Community and Wellbeing Committee", "Helvetica"), (430, 800, "19 March 2029", "Helvetica"),
                (280, 40, f"Page {n}", "Helvetica")]

    cover = [(72, 740, "KEMSFORD BOROUGH COUNCIL", "Helvetica-Bold"), (72, 720, "VOLUNTEERING STRATEGY", "Helvetica-Bold"),
             (72, 690, "1.1", "Helvetica"), (110, 690, "This report presents a draft strategy.", "Helvetica")]
    rest = [[(72, 700, f"{n}.1", "Helvetica"), (110, 700, "The strategy was developed with local groups.", "Helvetica")]
            for n in (2, 3)]
    doc = read_document(_pdf(tmp_path / "report.pdf", [head(1) + cover, head(2) + rest[0], head(3) + rest[1]]))
    assert not [ln for ln in doc.lines if "Wellbeing Committee" in ln.text or "2029" in ln.text]
    assert (doc.meta.body, doc.meta.date) == ("Community and Wellbeing Committee", "2029-03-19")
    named = [(72, 760, "Report to the Cabinet, 4 February 2029", "Helvetica")] + cover
    doc = read_document(_pdf(tmp_path / "named.pdf", [head(1) + named, head(2) + rest[0], head(3) + rest[1]]))
    assert (doc.meta.body, doc.meta.date) == ("Cabinet", "2029-02-04")
