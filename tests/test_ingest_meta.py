"""Document metadata from cover fields and opening lines (`pipeline.ingest.meta`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.dates import find_date as parse_date
from pipeline.ingest import read_document
from pipeline.ingest.meta import read_meta
from pipeline.ingest.txt import text_to_lines
from pipeline.records import Line

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
SEEDS = SHARED / "corpus" / "seeds"
GOLD = SHARED / "gold"


def meta_of(text: str):
    lines, _ = text_to_lines(text)
    return read_meta(lines, source="t.txt")


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("May 2013", "2013-05"),
        ("May 2013.", "2013-05"),
        ("9th September 2013", "2013-09-09"),
        ("24 March 2011", "2011-03-24"),
        ("April 2007", "2007-04"),
        ("Wednesday, 29th January, 2025 10.00 am", "2025-01-29"),
        ("County Council – 13 March 2025", "2025-03-13"),
        ("March 4, 2025", "2025-03-04"),
        ("12/03/2018", "2018-03-12"),
        ("Sept 2019", "2019-09"),
        ("no date here", None),
        ("32 March 2011", "2011-03"),
    ],
)
def test_parse_date(text, iso):
    assert parse_date(text) == iso


def test_cover_fields_of_an_officer_report():
    meta = meta_of(
        "Report author: A. Officer\n\nTel: 0113 000 0000\n\n"
        "Report of Director of Communities and Environment\n\n"
        "Report to Environment, Housing and Communities Scrutiny Board\n\n"
        "Date: 12th March 2018\n\nSubject: Locality Working – Emerging arrangements\n\n"
        "1. Background\n\n1.1 The Executive Board of Leeds City Council agreed ...\n"
    )
    assert meta.body == "Environment, Housing and Communities Scrutiny Board"
    assert meta.date == "2018-03-12"
    assert meta.title == "Locality Working – Emerging arrangements"
    assert meta.kind == "officer_report"
    assert meta.council == "Leeds City Council"


def test_a_paper_that_presents_another_bodys_report_is_the_covering_officer_report():
    """"1.1 To present the report of the Council's Independent Remuneration Panel": the paper presents that report, it is
    not it; with an officer's cover it is an officer report, whose decisions are sought of Council."""
    meta = meta_of(
        "SOLLERTON DISTRICT COUNCIL\n\nReport to Council\n\nDate: 10 February 2027\n\n"
        "Report of: Head of Legal and Democratic Services\n\n"
        "Subject: Members' Allowances Scheme: recommendations of the Independent Remuneration Panel\n\n"
        "1. Purpose of report\n\n1.1 To present the report of the Council's Independent Remuneration Panel on its review "
        "of the scheme, and to ask Council to decide the allowances.\n\n2. Recommendations\n\n2.1 That Council approves:\n"
    )
    assert meta.kind == "officer_report"


def test_scrutiny_report_title_body_and_closing_date():
    meta = meta_of(
        "Report of the Safer and Stronger Communities Scrutiny Board on the Partnership Board\n\n"
        "Background\n\n1. During March 2013 the Board met on 11th March 2013.\n\n"
        "2. The Council and Leeds City Council officers attended.\n\nMay 2013.\n"
    )
    assert meta.body == "Safer and Stronger Communities Scrutiny Board"
    assert meta.kind == "scrutiny_report"
    assert meta.date == "2013-05"  # the closing date line, not a date in the text
    assert meta.title.startswith("Report of the Safer and Stronger Communities Scrutiny Board")


def test_response_signals():
    meta = meta_of(
        "Report to: Safer and Stronger Communities Scrutiny Board\n\nDate: 9th September 2013\n\n"
        "Subject: Working with Communities\n\nUpdate on the Scrutiny Board Report\n\n"
        "Recommendation 1\n\nThat the Board acts.\n\nIt was agreed that the Board acts.\n"
    )
    assert meta.kind == "response" and meta.title == "Working with Communities"


def test_a_response_to_a_consultation_is_not_a_response_document():
    meta = meta_of("Subject: Family Hub Contracts\n\nMembers are asked to consider the response to the consultation.\n")
    assert meta.kind == "officer_report"


def test_minutes():
    meta = meta_of(
        "MINUTES of a meeting of the Kent County Council held in the Council Chamber, Sessions House, "
        "Maidstone on Thursday, 13 March 2025.\n\nPRESENT: Mr A Member (Chairman)\n"
    )
    assert meta.kind == "minutes" and meta.council == "Kent County Council"
    assert meta.date == "2025-03-13" and meta.body == "County Council"


def test_council_is_the_most_named_and_never_generic():
    meta = meta_of("The Council agreed.\n\nThe City Council and the Council met.\n\nWiltshire Council and Wiltshire Council.\n")
    assert meta.council == "Wiltshire Council"
    assert meta_of("The Council agreed. The County Council noted it.\n").council is None
    # an e-mail domain alone is not enough to name the council
    assert meta_of("Contact: officer@leeds.gov.uk\n\nThe Council agreed.\n").council is None
    assert meta_of("Privy Council and Arts Council and Medical Research Council.\n").council is None


def test_nothing_found_is_none_and_never_crashes():
    assert read_meta([]) == read_meta([Line("")])
    meta = meta_of("\t\t\n::\n1.\n**\n")
    assert (meta.council, meta.body, meta.date, meta.title, meta.kind) == (None, None, None, None, "other")


@pytest.mark.skipif(not SEEDS.exists(), reason="needs /work/shared (seeds and gold)")
@pytest.mark.parametrize("stem", ["000_593ca2822bc8e53e", "001_fb86ceb921ae4546", "002_33a7cd2bbe0c14bc",
                                  "003_d8c34a1fdc72f8d4", "004_c4048890f933a5a7"])
def test_seed_meta_matches_gold(stem):
    gold = json.loads((GOLD / f"{stem}.json").read_text())["meta"]
    meta = read_document(SEEDS / f"{stem}.txt").meta
    assert (meta.body, meta.date, meta.kind) == (gold["body"], gold["date"], gold["kind"])
    if stem.startswith("004"):
        # the report never names its council ("Leeds" only as a place): None, not a guess
        assert meta.council is None
    else:
        assert meta.council == gold["council"]


def test_parliamentary_and_gov_uk_datelines():
    report = meta_of("Post Office Horizon IT Inquiry\nReport\n\nPresented to Parliament pursuant to Section 26\n"
                     "Ordered by the House of Commons to be printed on 8 July 2025\n\nHC 1119\n")
    assert report.date == "2025-07-08"
    response = meta_of("Policy paper\nGovernment response to the Post Office Horizon IT Inquiry report\nUpdated 5 November 2025\n")
    assert response.date == "2025-11-05"
    assert response.title == "Government response to the Post Office Horizon IT Inquiry report"
    assert response.kind == "response"


@pytest.mark.parametrize(("opening", "kind"), [
    # a minute that answers several reports at once names itself in the plural
    ("Treasury Minutes\nGovernment responses to the Committee of Public Accounts on\nthe Fortieth and Forty-first reports\n",
     "response"),
    # a letter titled as someone's response, over its salutation
    ("Safer, kinder births: the Trust's response\n\nDear Councillor Olusoga\n\nThank you for the report.\n", "response"),
    # a letter that answers a motion's requests one by one, or replies to the motion
    ("Dear Councillor Hale\n\nMotion on town centre parking\n\nThank you for sending me the motion. I have taken each "
     "of the requests in turn below.\n", "response"),
    ("Dear Councillor Hale\n\nThis is my reply to the Council's motion on bus services.\n", "response"),
    # ... but a letter that only asks for them answers nothing
    ("Dear Cabinet Member\n\nThe Council carried the enclosed motion and would be grateful for a reply.\n", "other"),
    # an officer report that asks the meeting to note the responses to a consultation answers nothing
    ("Report of the Head of Licensing\n\nRecommendations\n\n(1) note the responses to the public consultation, "
     "summarised in section 5 of this report\n", "officer_report"),
    # ... nor one that asks it to note another body's response, or says what response another must give
    ("Report of: Panel Support Officer\n\nRecommendations\n\nThe Panel is recommended to:\n(1) review the Annual "
     "Report\n(2) note the Mayor's response to the recommendations the Panel made last year\n", "officer_report"),
    ("Report of: Panel Support Officer\n\nBackground\n\nThe Mayor must give the Panel a response to its report "
     "within two months and publish both.\n", "officer_report"),
    # ... by any verb, after an adverb: "the Scottish Ministers must then lay a response to the report before the
    # Parliament" describes the answer another will give; the paper is the report
    ("Scottish Commission on Social Security\n\nScrutiny of the draft Carer Support Payment Regulations\n\n1 Under "
     "the Act the Scottish Ministers must refer draft regulations to the Commission, and the Commission must report on "
     "them. The Scottish Ministers must then lay a response to the report before the Parliament.\n", "other"),
    # a report to a government or a parliament is a national body's, not an officer's paper to a meeting
    ("Scottish Commission on Social Security\n\nScrutiny of the draft Carer Support Payment Regulations\n\nReport to the "
     "Scottish Government and the Scottish Parliament\n\nNovember 2025\n", "other"),
    ("Report to Cabinet\n\nCarer support payments\n\n1. Purpose of the report\n", "officer_report"),
    # the executive's comments on a task group's asks answer them, whatever the asks are called
    ("Car Clubs Task and Finish Group: action points – Cabinet Member comments\n\nThe Cabinet agreed the comments "
     "below on 9 December 2025.\n", "response"),
    # a newsletter that tells its readers, more than once, what it was asked and what it did answers those asks; one
    # mention of an ask is news
    ("Patient News\n\nYour medicines after the closures\n\nWhere will my prescription go now?\n\nThe councillors "
     "asked us to contact everyone whose pharmacy had closed. We wrote to all 1,200 of them.\n\nHow can patients have "
     "a say?\n\nThe councillors suggested that we set up a patient panel. It first meets in May.\n", "response"),
    ("Patient News\n\nSpring vaccinations\n\nThe councillors asked us to write about the spring vaccinations. If you "
     "are 75 or over you will be invited.\n", "other"),
])
def test_what_names_a_paper_as_a_response(opening, kind):
    assert meta_of(opening).kind == kind


def test_a_paper_that_says_what_it_is_is_dated_by_that_sentence_and_a_cover_field_of_a_date_dates_a_report():
    """"This is the Executive's response, agreed by the Executive on 15 January 2026": the paper says it is a response,
    and when; a sentence wrapped so that its date stands on a line alone ("... by the end of" / "October 2026.") dates
    nothing. A report's cover field "Agreed: 2 December 2025" is its date."""
    response = meta_of("Saltringham City Council · Executive Member for Communities · January 2026\n\n"
                       "The Commission's review, Warm and Welcome, was agreed on 2 December 2025. This is the Executive's "
                       "response, agreed by the Executive on 15 January 2026.\n\n1\n\nThe map is part of the team's "
                       "timetable, so the next edition will be out by the end of\n\nOctober 2026.\n")
    assert (response.kind, response.date) == ("response", "2026-01-15")
    report = meta_of("SALTRINGHAM CITY COUNCIL\nCOMMUNITIES SCRUTINY COMMISSION\n\nWARM AND WELCOME\n\n"
                     "Report of the Communities Scrutiny Commission\nAgreed: 2 December 2025\n\n1   INTRODUCTION\n")
    assert report.date == "2025-12-02"


@pytest.mark.parametrize(("opening", "council"), [
    # an authority publishes its papers as a council does, its name set over two or three lines of its cover
    ("BRACKENSHIRE AND TESSBURY\nCOMBINED FIRE AUTHORITY\n\nREPORT TO: Combined Fire Authority\nDATE: 14 March 2029\n",
     "Brackenshire and Tessbury Combined Fire Authority"),
    ("SKELDERDALE\nNATIONAL PARK\nAUTHORITY\n\nMeeting\nNational Park Authority\n", "Skelderdale National Park Authority"),
    ("Report to the Orrin Valley Waste Authority\n\n12 April 2029\n", "Orrin Valley Waste Authority"),
    ("CORBENSHIRE FIRE AND RESCUE AUTHORITY\nMeeting: Fire and Rescue Authority Date: 16 February 2033\n",
     "Corbenshire Fire and Rescue Authority"),
    # (AUTHORITY_KINDS) an inshore fisheries and conservation authority meets as itself
    ("Skerrisford and Ludgarth Inshore Fisheries and Conservation Authority\n\nMeeting: Quarterly Meeting of the "
     "Authority\nDate: Thursday 11 June 2026\n", "Skerrisford and Ludgarth Inshore Fisheries and Conservation Authority"),
    ("SKERRISFORD AND LUDGARTH\nINSHORE FISHERIES AND CONSERVATION AUTHORITY\n\nReport of: Chief Officer\n",
     "Skerrisford and Ludgarth Inshore Fisheries and Conservation Authority"),
    # a town or parish council is a council
    ("PENNACOTT TOWN COUNCIL\nEnvironment and Amenities Committee\n17 April 2029\n", "Pennacott Town Council"),
    # ... and so is a parish that calls itself a village or neighbourhood council (Local Government and Public
    # Involvement in Health Act 2007, s. 75)
    ("HOLLINGWORTH VILLAGE COUNCIL\nClerk's report to the meeting of 3 June 2030\n", "Hollingworth Village Council"),
    ("QUEENSMEAD NEIGHBOURHOOD COUNCIL\nFull Council, 9 May 2030\n", "Queensmead Neighbourhood Council"),
    ("CARROWMORE AND SLIEVEDONAGH BOROUGH COUNCIL\nEnvironment and Place Committee\n", "Carrowmore and Slievedonagh Borough Council"),
    # a council styled by its kind before its place, with no "Council" in its name
    ("London Borough of Ferncastle\nCabinet Member decisions\n\nThis report asks the Cabinet Member to approve a plan.\n",
     "London Borough of Ferncastle"),
    ("Royal Borough of Ashwick and Dene\nHousing Scrutiny Panel\n14 May 2026\n", "Royal Borough of Ashwick and Dene"),
])
def test_councils_and_authorities_as_their_covers_print_them(opening, council):
    assert meta_of(opening).council == council


def test_a_paper_that_names_no_meeting_is_put_to_whom_it_says_it_asks():
    """A Cabinet Member's decision page names no meeting: "This report asks the Cabinet Member to approve ..." says who
    decides, named in full as the page's title line or its "Portfolio" field prints the office."""
    meta = meta_of("Cabinet Member for Housing and Estate Renewal: Local Lettings Plan\n\nPortfolio\tCabinet Member "
                   "for Housing and Estate Renewal: Councillor Ann Reeve\n\nREPORT SUMMARY\n\nThe first homes are ready "
                   "to let. This report asks the Cabinet Member to approve a plan for their first lets.\n")
    assert meta.body == "Cabinet Member for Housing and Estate Renewal"
    assert meta_of("Summary\n\nThis report asks the reader to note the figures.\n").body is None  # no body asked


ROBUSTNESS = Path(__file__).parent / "fixtures" / "robustness"


@pytest.mark.parametrize(
    ("name", "body", "date", "title", "kind"),
    [
        # the committee under the council's name is the body; a task and finish group reports scrutiny
        ("a1_transport_task_group_report.txt", "Children and Young People's Overview and Scrutiny Committee",
         "2024-11-14", "Report of the Home to School Transport Task and Finish Group", "scrutiny_report"),
        # a numbered section heading in bold is not the title
        ("b1_carers_review_report.docx", "Health and Adult Social Care Scrutiny Panel", "2025-02-03",
         "Scrutiny Review: Support for Unpaid Carers", "scrutiny_report"),
        # the date at the end of the byline; the title stands over the byline ("Report of the Housing Scrutiny
        # Commission, June 2024"), which names the author
        ("d1_damp_mould_scrutiny_report.txt", "Housing Scrutiny Commission", "2024-06",
         "Damp and Mould in Council Homes", "scrutiny_report"),
    ],
)
def test_meta_of_council_papers_in_other_shapes(name, body, date, title, kind):
    meta = read_document(ROBUSTNESS / name).meta
    assert (meta.body, meta.date, meta.title, meta.kind) == (body, date, title, kind)


@pytest.mark.parametrize("title", ["Guidance on the use of scrutiny task groups", "Independent report of the Housing Review Panel"])
def test_a_title_that_starts_like_a_gov_uk_label_keeps_its_words(title):
    from pipeline.ingest.meta import _bare_title

    assert _bare_title(title) == title


# issue 14: councils and titles of real papers, in the shapes the Kent and Lords PDFs have


def test_a_council_named_as_its_own_in_short():
    paper = ("From: Anna Taylor, Scrutiny Research Officer\n\nTo: Cabinet - 4 March 2025\n\n"
             "Subject: Cabinet reconsideration of Decision 24/00093\n\n"
             "1. KCC consulted on the proposal. The decision went to County Council in November.\n\n"
             "Contact: anna.taylor@kent.gov.uk\n")
    assert meta_of(paper).council == "Kent County Council"  # initials + e-mail domain, typed by "County Council"
    # without the initials, the paper's own e-mail domain and its own style still name it together
    # (it names no council otherwise); one signal alone names no council
    assert meta_of(paper.replace("KCC", "the council")).council == "Kent County Council"
    assert meta_of(paper.replace("KCC", "the council").replace("County Council", "the council")).council is None
    assert meta_of(paper.replace("anna.taylor@kent.gov.uk", "03000 416814")).council is None


def test_initials_outweigh_a_partner_named_in_full():
    paper = ("To: County Council – 13 March 2025\n\nSubject: Devolution update\n\n"
             + "".join(f"{i}. The Leaders of KCC and Medway Council wrote to Kent MPs.\n\n" for i in range(1, 5)))
    assert meta_of(paper).council == "Kent County Council"


def test_a_short_bold_cover_title_beats_the_report_s_serial_designation():
    from pipeline.records import Line

    cover = ["HOUSE OF LORDS", "Science and Technology Select Committee", "2nd Report of Session 2010–12",
             "Behaviour Change", "Report", "Ordered to be printed 11 July 2011 and published 19 July 2011", "HL Paper 179"]
    lines = [Line(t, page=1, gap_before=1 if i else 0, bold=t == "Behaviour Change") for i, t in enumerate(cover)]
    assert read_meta(lines, source="b.pdf").title == "Behaviour Change"  # was "2nd Report of Session 2010–12"


@pytest.mark.parametrize(("text", "title"), [
    ("KENT COUNTY COUNCIL\n\nCABINET\n\nMINUTES of a meeting of the Cabinet held in the Council Chamber, Maidstone on "
     "Thursday, 30 January 2025.\n", "Minutes of a meeting of the Cabinet"),
    ("By: Anna Taylor\n\nTo: County Council - 13 March 2025\n\nSubject: County Council review of Decision 24/00093 - "
     "Future of\n\n**Commissioned Services at Seashells and Millmead Family Hubs**\n\nSummary: Full Council is required "
     "to review the decision.\n", "County Council review of Decision 24/00093 - Future of Commissioned Services at "
     "Seashells and Millmead Family Hubs"),
])
def test_titles_are_the_documents_titles(text, title):
    assert meta_of(text).title == title


def test_a_paper_naming_no_council_is_named_by_its_own_email_domain_and_style_together():
    from pipeline.ingest.meta import _council

    agenda = ["AGENDA", "CABINET", "Email:", "jo.bloggs@exampleshire", ".gov.uk",  # the address wraps
              "Note - Meeting organised to allow for consideration, if required by County Council, of"]
    assert _council(agenda) == "Exampleshire County Council"
    # either signal alone names nothing; two styles are no answer; a council the paper names wins
    assert _council(["AGENDA", "Email: jo.bloggs@exampleshire.gov.uk", "The Cabinet met."]) is None
    assert _council(["if required by County Council"]) is None
    assert _council(["Email: jo@exampleshire.gov.uk", "by County Council and by City Council"]) is None
    assert _council(["Report of the Wiltshire Council Task Group", "Email: a@wiltshire.gov.uk",
                     "decided by County Council"]) is None


def _cover(path: Path, lines: list[tuple[str, int]]) -> Path:
    """A one-page PDF: each (text, font size) on its own line, top to bottom, then body text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780
    for text, size in lines:
        c.setFont("Helvetica", size)
        c.drawString(60, y, text)
        y -= size * 1.6
    c.setFont("Helvetica", 11)
    for k in range(12):
        c.drawString(60, y - 16 * k, f"Body text of the paper, line {k + 1}, in the usual size of its prose.")
    c.showPage()
    c.save()
    return path


def test_the_title_is_what_the_cover_prints_largest(tmp_path):
    """Shapes written for this test: a serial line and the council set small or large above a
    title printed in two large lines; the title is the large run, not the first bold block."""
    path = _cover(tmp_path / "cover.pdf", [("3rd Report of Session 2025-26", 11), ("Northshire County Council", 20),
                                          ("Adult Social Care Charging:", 24), ("Fairness and Clarity", 24),
                                          ("Health and Wellbeing Scrutiny Board", 12), ("12 March 2026", 11)])
    assert read_document(path).meta.title == "Adult Social Care Charging: Fairness and Clarity"


def test_with_nothing_printed_larger_the_title_is_found_as_before(tmp_path):
    path = _cover(tmp_path / "flat.pdf", [("Review of Library Opening Hours", 11), ("Report of the Head of Libraries", 11)])
    assert read_document(path).meta.title == "Review of Library Opening Hours"


def test_a_cover_field_still_outranks_the_largest_text(tmp_path):
    path = _cover(tmp_path / "field.pdf", [("CABINET", 26), ("Subject: Parking Charges Review", 11),
                                          ("Report of: Director of Place", 11)])
    assert read_document(path).meta.title == "Parking Charges Review"


def test_a_cover_table_names_its_fields_by_cell_and_a_request_for_a_response_is_not_one():
    """An officer report's ruled cover (label | value rows, no colons) and a first paragraph that
    asks the Executive to "agree a response": a scrutiny report, titled by its Title cell."""
    rows = ["Report to\tExecutive", "Date of meeting\t4 March 2025",
            "Report of\tOverview and Scrutiny Committee (Chair: Councillor A Person)",
            "Title\tReport of the Overview and Scrutiny Committee: Task and Finish Group on Library Opening Hours",
            "Key decision\tNo"]
    lines = [Line("Wealdmere County Council", bold=True)] + [Line(r, table=True, gap_before=1) for r in rows] + [
        Line("1. Recommendation", bold=True, gap_before=1),
        Line("1.1 That the Executive receives the report and agrees a response to its six recommendations.", gap_before=1),
    ]
    meta = read_meta(lines, source="t.pdf")
    assert meta.title == "Report of the Overview and Scrutiny Committee: Task and Finish Group on Library Opening Hours"
    assert meta.kind == "scrutiny_report"
    assert (meta.body, meta.date) == ("Executive", "2025-03-04")


def test_a_short_meeting_heading_dates_the_paper_before_prose_about_other_papers():
    meta = meta_of("Ashcombe Council\n\nCabinet – 11 February 2025\n\nResponse to the Scrutiny Committee review: "
                   "Supporting Carers\n\n1. The Committee published its review in November 2024.")
    assert (meta.kind, meta.date) == ("response", "2025-02-11")


@pytest.mark.parametrize("opening, body, date", [
    # a meeting line atop the paper names the body that meets and its date
    ("Wendlebury Borough Council\n\nCABINET – 11 SEPTEMBER 2024\n\nResponse to the review of parks", "Cabinet", "2024-09-11"),
    ("Wendlebury Borough Council\n\nCabinet, 18 November 2025. Report of the Cabinet Member for Parks.\n\n"
     "Cabinet response to the review of parks", "Cabinet", "2025-11-18"),
    ("WENDLEBURY BOROUGH COUNCIL\n\nEXECUTIVE\n\n10 June 2025\n\nResponse to the review of parks", "Executive",
     "2025-06-10"),
])
def test_a_meeting_line_names_the_body_and_its_date(opening, body, date):
    meta = meta_of(opening)
    assert (meta.body, meta.date) == (body, date)


def test_a_scrutiny_bodys_own_report_is_a_scrutiny_report_and_dated_by_its_cover():
    meta = meta_of("Wendlebury Borough Council\n\nCommunities Scrutiny Committee\n\nOpen Doors: a review of library "
                   "services\n\nFinal report – September 2025\n\nBackground\n\nThe Committee held four evidence "
                   "sessions between March and June 2025.")
    assert (meta.body, meta.kind, meta.date) == ("Communities Scrutiny Committee", "scrutiny_report", "2025-09")


def test_a_letter_to_a_scrutiny_chair_is_not_that_bodys_report():
    meta = meta_of("Councillor Tom Ashworth\n\nChair, Environment and Climate Scrutiny Panel\n\n3 November 2025\n\n"
                   "Dear Tom,\n\nThank you for the Panel's report on the urban tree canopy.")
    assert meta.kind != "scrutiny_report"


def test_an_email_whose_subject_is_a_reply_is_a_response():
    meta = meta_of("From: Chief Superintendent A. Person\nSent: 14 November 2025 16:42\nTo: Scrutiny Officer\n"
                   "Subject: RE: Safer Town Centres - task group report and request for response\n\nDear Owen,")
    assert meta.kind == "response"


def test_a_memo_to_a_scrutiny_chair_about_its_review_is_a_response_and_not_that_bodys():
    """A partner's memo: "To: Councillor ..., Chair, ... Scrutiny Committee", "From: ...", "Re: ... the Committee's
    review of ...". It answers the review it names; the "To:" field is whom it is sent to, a person, no meeting."""
    meta = meta_of("Holdershire Fire and Rescue Service\n\nMEMORANDUM\n\nTo:\tCouncillor Rosalind Breckon, Chair, "
                   "Communities Overview and Scrutiny Committee, Skelwick District Council\nFrom:\tArea Manager Craig "
                   "Dobson\nDate:\t8 December 2025\nRe:\tSafe holidays – the Committee's review of fire safety on "
                   "holiday caravan parks\n\nThank you for sending us the report.")
    assert meta.kind == "response"
    assert "Breckon" not in (meta.body or "")


def test_the_council_atop_the_cover_publishes_the_paper_and_a_committees_own_report_is_a_scrutiny_report():
    meta = meta_of("HARROWDEN BOROUGH COUNCIL\n\nEnvironment and Communities Scrutiny Committee\n\nBranching Out\n\n"
                   "Report of the Committee, September 2025\n\n" + "Harrowdenshire County Council plants trees. " * 4)
    assert (meta.council, meta.kind) == ("Harrowden Borough Council", "scrutiny_report")


def test_a_wrapped_line_that_begins_report_to_is_prose_not_a_field():
    meta = meta_of("CASTLEBURY CITY COUNCIL\n\nMINUTES of a meeting of the CABINET held at the Guildhall on\n"
                   "Tuesday 18 November 2025 at 10.00 am\n\n(h) Recommendation 8 is agreed, and the Cabinet Member will\n"
                   "report to the Adults and Health Scrutiny Committee on 12 May 2026; and")
    assert meta.date == "2025-11-18"


def test_a_paper_on_a_scrutiny_agenda_is_not_the_committees_report_unless_it_says_so():
    meta = meta_of("Adults and Health Scrutiny Panel – 12 March 2025\n\nUpdate on NHS dental access\n\n"
                   "The Integrated Care Board has commissioned 4,000 more appointments this year.")
    assert meta.kind != "scrutiny_report"
    assert meta_of("Report of the Health Scrutiny Panel, 3 March 2025\n\nCouncil tax support").body == "Health Scrutiny Panel"


def test_a_report_to_heading_in_capitals_names_the_body():
    """ "REPORT TO THE EXECUTIVE": the body is the Executive, as written elsewhere, without its article."""
    lines = [Line("THISTLEBURY CITY COUNCIL", bold=True), Line("REPORT TO THE EXECUTIVE", bold=True, gap_before=1),
             Line("Date of meeting\t10 February 2026", table=True, gap_before=1),
             Line("1. PURPOSE OF THE REPORT", bold=True, gap_before=1),
             Line("1.1 To seek the Executive's approval to transfer three libraries.", gap_before=1)]
    assert read_meta(lines, source="t.docx").body == "Executive"


def test_a_body_named_in_full_by_a_cover_field_over_a_bare_report_to_line():
    """"Report to Committee" above a cover table whose "Meeting" cell says "Licensing Committee": one body, named in full."""
    lines = [Line("RAVENSGARTH DISTRICT COUNCIL"), Line("Report to Committee"),
             Line("Report title\tReview of the Statement of Licensing Policy", table=True),
             Line("Meeting\tLicensing Committee", table=True), Line("Date of meeting\t13 May 2026", table=True)]
    assert read_meta(lines, source="t.pdf").body == "Licensing Committee"


def test_a_cover_list_whose_field_name_is_committee_names_the_body_in_its_value():
    """A web page's cover as a list of names and values, read a line each ("Committee", then "Community and Environment
    Committee"): the field's name is no body; its value names it in full."""
    lines = [Line("Public Spaces Protection Order: Dog Control"), Line("Committee"),
             Line("Community and Environment Committee"), Line("Date"), Line("17 March 2026"), Line("Report of"),
             Line("Environmental Health Manager")]
    assert read_meta(lines, source="t.html").body == "Community and Environment Committee"


def test_a_field_with_two_names_joined_by_a_slash_names_its_body_by_either():
    """ "MEETING/DECISION MAKER: Communities, Transport and Environment ... Panel": one field under two names, each of
    which names the body that meets; its value, commas and all, is that body, not the council's letterhead over it."""
    paper = ("Wyndhurst and Pelbourne Council\n\n"
             "MEETING/DECISION MAKER: Communities, Transport and Environment Policy Development and Scrutiny Panel\n"
             "MEETING/DECISION DATE: 11 March 2030\nTITLE: Out-of-Hours Noise Service: Review\n\n"
             "1.1 This report sets out the findings of the review of the out-of-hours noise service.\n")
    meta = meta_of(paper)
    assert meta.body == "Communities, Transport and Environment Policy Development and Scrutiny Panel"
    assert meta.date == "2030-03-11"


def test_a_letterhead_row_with_the_agenda_item_and_a_meeting_line_are_no_title():
    """An islands council's committee report: its letterhead row prints the agenda item beside the council's name
    ("Vardasay Islands Council | Item: 6"), then the meeting's line ("Infrastructure and Environment Committee: 10
    September 2029."), all in bold: neither is the title; the bold line under them that names the paper is."""
    lines = [Line("Vardasay Islands Council\tItem: 6", bold=True, table=True),
             Line("Infrastructure and Environment Committee: 10 September 2029.", gap_before=1, bold=True),
             Line("Litter and Marine Litter Strategy 2029 to 2034.", gap_before=1, bold=True),
             Line("Report by Corporate Director for Neighbourhood Services and Infrastructure.", gap_before=1, bold=True),
             Line("1. Purpose of Report", gap_before=1, bold=True),
             Line("1.1. To consider a draft Litter and Marine Litter Strategy for the period 2029 to 2034.", gap_before=1)]
    meta = read_meta(lines, source="t.pdf")
    assert meta.title.startswith("Litter and Marine Litter Strategy 2029 to 2034")
    assert (meta.body, meta.date) == ("Infrastructure and Environment Committee", "2029-09-10")


def test_a_working_groups_own_report_is_a_review_not_an_officers_paper():
    """ "Report of the Boundary Disputes Working Group" under an advisory council's title names the group whose review
    the paper is, as "Report of the ... Task Group" does: a report of recommendations, not an officer's paper (whose
    default addressee would be the meeting it goes to, its own author)."""
    paper = ("Civil Justice Council\n\nSettling the line\nBoundary disputes between neighbours\n"
             "Report of the Boundary Disputes Working Group\n\nMarch 2025\n\n"
             "1.1 This report was prepared by a working group of the Council.\n")
    assert meta_of(paper).kind == "scrutiny_report"


def test_a_paper_that_names_its_decision_maker_is_an_officer_report():
    """An issue's record ("Decision maker: Cabinet", "Decision status: ...") asks for a decision, as an officer's
    report does: its recommendations are decisions sought by the meeting it names."""
    paper = ("Issue details\n\nFleet Replacement and Electrification Programme 2027-2031\n\nIssue type: Key\n"
             "Decision maker: Cabinet\nDecision status: Recommendations Approved\n\nPurpose:\n\n"
             "To seek Cabinet's approval of a four-year programme to replace the Council's fleet.\n")
    meta = meta_of(paper)
    assert (meta.kind, meta.body) == ("officer_report", "Cabinet")


def test_a_paper_that_says_who_it_is_by_is_an_officer_report():
    """"Report by: Chief Finance Officer" says whose paper it is as "Report of:" does; its fields (and "Contact:",
    "Agenda item:") are no title."""
    paper = ("Kilbrannan Integration Joint Board\n\nMeeting: Audit and Risk Committee\nDate: 22 May 2029\n"
             "Report by: Chief Finance Officer\nContact: Eilidh Ross, Risk Manager, 01632 960361\nAgenda item: 7\n\n"
             "Strategic Risk Register: Six-monthly Review\n\nPurpose of report\n\n"
             "1 This report presents the strategic risk register for the Committee's scrutiny.\n")
    meta = meta_of(paper)
    assert (meta.kind, meta.body) == ("officer_report", "Audit and Risk Committee")
    assert "Report by" not in (meta.title or "") and "Agenda item" not in (meta.title or "")

@pytest.mark.parametrize("fields", [
    "Board meeting: 15 July 2026\nPaper: 4\nPresented by: Independent Chair\nAuthor: Board Manager\n",
    "Partnership meeting: 3 March 2026\nAuthor: Gwen Hale, Policy Officer\n",
    "Presented by: Director of Nursing\nAction required: Approval\n",
])
def test_a_board_papers_cover_names_its_meeting_by_its_body_and_who_presents_it(fields):
    """A partnership board's cover sheet: "Board meeting" names the meeting as "Meeting" does, "Presented by" says whose
    paper it is as "Report by" does; the paper's decisions are then sought (before, it was read as neither kind)."""
    meta = meta_of(f"Kelsbury Safeguarding Adults Board\n\n{fields}\nStrategic Plan 2026-2029\n\n"
                   "1.1 This paper brings the Board's new strategic plan for approval.\n")
    assert meta.kind == "officer_report"



def test_a_meeting_named_by_anything_but_a_body_is_no_cover_field():
    """"Annual meeting of the Council" on a title's second line, a newsletter's "Next meeting:": no field."""
    meta = meta_of("TARNMOUTH BOROUGH COUNCIL\n\nReport to: Cabinet\nDate: 12 June 2026\nSubject: Arrangements for the\n"
                   "Annual meeting of the Council in May\n\n1. This report sets out the arrangements.\n")
    assert "Annual meeting" in (meta.title or "")
    news = meta_of("Harbourside Residents' Forum newsletter\n\nAuthor: Jo Penn\nNext meeting: 12 June 2026\n\n"
                   "Spring news from the Forum.\n")
    assert news.kind != "officer_report"


def test_an_update_on_the_outstanding_recommendations_is_a_response():
    """A letter that gives "an update on the outstanding recommendations" answers them, though it opens with "From:"."""
    letter = ("WREXCOMBE DISTRICT COUNCIL\n\nFrom: Councillor Tamsin Rowe-Carrick\n      Cabinet Member for Housing\n\n"
              "Dear Derek,\n\nHOMES FOR LOCAL PEOPLE: UPDATE ON THE OUTSTANDING RECOMMENDATIONS\n\n"
              "Thank you for your letter asking for an update.\n")
    assert meta_of(letter).kind == "response"


@pytest.mark.parametrize("title", ["Every Day Counts: response of Northfold Learning Trust",
                                   "SAFER ROADS REVIEW: JOINT RESPONSE OF THE COMMISSIONER AND THE CHIEF CONSTABLE",
                                   "Response from the Cabinet Member for Highways"])
def test_a_title_that_names_the_paper_as_someones_response_makes_a_response(title):
    """A response need not say what it responds to in its title: "response of/from/by X" names it one, though a
    letter's addressee ("Chair, ... Panel") or a "To:" field would otherwise make it look like a paper to a meeting."""
    meta = meta_of(f"To: Children and Young People Scrutiny Committee\n\n{title}\n\nThank you for the Panel's report.\n")
    assert meta.kind == "response"


def test_a_report_that_speaks_of_someones_response_in_its_text_is_not_one():
    meta = meta_of("Report of the Director of Place\n\nLocal Plan consultation\n\n1. This report sets out the response of "
                   "the Council to the consultation on the draft plan.\n")
    assert meta.kind == "officer_report"


def test_a_council_named_in_capitals_beside_other_words_on_its_line():
    """A letterhead "HOLLINSGATE BOROUGH COUNCIL" that the reader joins with "Agenda item 8" printed at the same height:
    the council's name in capitals still names it (a line wholly in capitals always did)."""
    meta = meta_of("HOLLINSGATE BOROUGH COUNCIL Agenda item 8\n\nReport to Council, 22 February 2028\n\n"
                   "Budget and council tax 2028/29\n\nThe budget is balanced.")
    assert meta.council == "Hollinsgate Borough Council"


def test_a_web_page_is_its_sites_council_s_and_a_text_file_s_title_is_set_in_capitals():
    """A page's head names the site that publishes it ("... | Southby Borough Council"): its council, over another
    council its text names, but not over the same council's full style (a site brands itself "Calderbrook Council").
    A text file has no bold: its title is the run in capitals on its cover, not a letterhead's address."""
    from pipeline.ingest.meta import _publishing_council

    assert _publishing_council("Southby Borough Council", "Westshire County Council") == "Southby Borough Council"
    assert _publishing_council("Calderbrook Council", "Calderbrook Metropolitan Borough Council") == \
        "Calderbrook Metropolitan Borough Council"
    assert _publishing_council(None, "Westshire County Council") == "Westshire County Council"
    meta = meta_of("SOUTHBY BOROUGH COUNCIL\nPlaces Scrutiny Committee\n\nGREENER STREETS\nTrees and verges in Southby\n\n"
                   "Report of the task group\n\n1. Introduction\n")
    assert meta.title == "GREENER STREETS Trees and verges in Southby"
    letter = meta_of("EASTMOOR FIRE AND RESCUE SERVICE\nService Headquarters, Ridgeway Road\nTelephone 01632 960815\n\n"
                     "SAFE AT HOME: RESPONSE TO THE PANEL'S RECOMMENDATIONS\n\nDear Councillor Hale,\n")
    assert letter.title == "SAFE AT HOME: RESPONSE TO THE PANEL'S RECOMMENDATIONS"


def test_a_memo_whose_subject_is_replies_to_recommendations_is_a_response():
    """ "Subject: ... replies to recommendations (a) to (i)" says what the paper is; the rule drawn under the memo's
    fields ends the subject."""
    meta = meta_of("CRESSINGHAM DISTRICT COUNCIL\n\nMEMORANDUM\n\nTo: Chair, Overview and Scrutiny Committee\n"
                   "From: Leader of the Council\nDate: 5 March 2026\n"
                   "Subject: Planning enforcement review - replies to recommendations (a) to (i)\n\n"
                   "------------------------------------------\n\nPeter,\n\nCabinet considered the report.\n")
    assert meta.kind == "response"
    assert meta.title == "Planning enforcement review - replies to recommendations (a) to (i)"


def test_a_body_named_in_capitals_keeps_its_small_words_in_lower_case():
    meta = meta_of("ROWSHAM AND ELLERDALE JOINT ARCHIVES COMMITTEE\n\nARCHIVE SERVICE CHARGES 2029/30\n\n"
                   "Report of the Principal Archivist\n\n1. Introduction\n")
    assert meta.body == "Rowsham and Ellerdale Joint Archives Committee"


def test_a_port_health_authority_publishes_its_own_papers():
    """"TARNMOUTH PORT HEALTH AUTHORITY" atop the cover: the authority whose paper it is, as a fire or national park
    authority's."""
    paper = ("TARNMOUTH PORT HEALTH AUTHORITY\n\nBorder control post charges\n\nReport of: Chief Port Health Officer\n"
             "Date: 10 July 2029\n\n1 Purpose\n\n1.1 This report asks the Authority to approve its charges.\n")
    assert meta_of(paper).council == "Tarnmouth Port Health Authority"


def test_a_letters_subject_line_is_its_title():
    """A letter's subject, set in bold under its salutation, says what it is about; its letterhead says who sends it."""
    lines = [Line("Kelmscombe Community Health NHS Trust", bold=True, size=16), Line("Office of the Chief Executive"),
             Line("30 June 2026", gap_before=1), Line("Dear Councillor Yelland", gap_before=1),
             Line("Wheelchair services: progress on the Committee’s recommendations", bold=True, gap_before=1),
             Line("When the Committee considered our response last October, it asked us to report on progress.",
                  gap_before=1)]
    assert read_meta(lines, source="t.docx").title == "Wheelchair services: progress on the Committee’s recommendations"


def test_a_text_reports_title_alone_in_capitals_under_its_council_and_committee():
    """In a text file capitals are the only emphasis: the line in capitals under the council's and the committee's names,
    "GETTING ABOUT: NHS WHEELCHAIR SERVICES IN KELMSCOMBE", is the title, before a later line that says "Report of"."""
    paper = ("KELMSCOMBE COUNTY COUNCIL\n\nHEALTH OVERVIEW AND SCRUTINY COMMITTEE\n\nDate of meeting:   15 July 2025\n\n"
             "GETTING ABOUT: NHS WHEELCHAIR SERVICES IN KELMSCOMBE\n\n"
             "Report of the Committee, agreed at its meeting on 15 July 2025\n\n1. INTRODUCTION\n\n"
             "1.1   The Committee added wheelchair services to its work programme.\n")
    assert meta_of(paper).title == "GETTING ABOUT: NHS WHEELCHAIR SERVICES IN KELMSCOMBE"


def test_a_text_reports_title_in_capitals_that_asks_a_question_over_its_subtitle():
    """"A GOOD DEATH AT HOME?" over "End of life care in Brinkhurst": a title in capitals may end on a question mark
    (or a colon), and its subtitle is the rest of it."""
    paper = ("BRINKHURST COUNTY COUNCIL\nADULTS AND HEALTH SCRUTINY COMMITTEE\n\nA GOOD DEATH AT HOME?\n"
             "End of life care in Brinkhurst\n\nReport of the Committee, agreed on 4 November 2025\n\n1. INTRODUCTION\n\n"
             "1.1  The Committee agreed in January 2025 to look at care at the end of life.\n")
    assert meta_of(paper).title == "A GOOD DEATH AT HOME? End of life care in Brinkhurst"


def test_a_body_named_by_its_kind_under_a_letterhead_that_names_it_in_full():
    """"Report to the Joint Committee" under the letterhead "CEREDWY CORPORATE JOINT COMMITTEE": the body in full; a
    title field's value does not run on into the numbered section after it."""
    paper = ("CEREDWY CORPORATE JOINT COMMITTEE\nReport to the Joint Committee\nDate of meeting: 20 June 2029\n"
             "Report of: Director of Regional Transport\nTitle: Regional Transport Plan: Draft Plan for Consultation\n"
             "1. Executive Summary\n1.1 The Joint Committee must prepare a plan.\n")
    meta = meta_of(paper)
    assert (meta.body, meta.title) == ("Ceredwy Corporate Joint Committee", "Regional Transport Plan: Draft Plan for Consultation")


def test_the_letterhead_of_an_office_that_decides_alone_names_the_papers_body():
    """A commissioner's decision report under "OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTLOW": the
    Commissioner, a corporation sole, is the body whose paper it is; the office of a body that meets is no such
    letterhead ("Office for National Statistics" names no decision maker), and a paper naming none has no body."""
    paper = ("OFFICE OF THE POLICE AND CRIME COMMISSIONER FOR WESTLOW\nDECISION REPORT\n\n"
             "Title: Victims' Services Grants 2031/32\nReport of: Chief Executive\nDate: 2 May 2031\n\n"
             "1. The Commissioner is recommended to approve grants of £410,000.\n")
    assert meta_of(paper).body == "Police and Crime Commissioner for Westlow"
    other = ("OFFICE FOR NATIONAL STATISTICS\nDECISION REPORT\n\nTitle: Census outputs\nDate: 2 May 2031\n\n"
             "1. The Board is asked to note the outputs.\n")
    assert meta_of(other).body is None


def test_a_letter_whose_subject_cites_the_report_is_no_report():
    """A Minister's letter whose subject line is the report's title, "(HL Paper 176)" and all: a letter answers the
    report it cites, it is not that report."""
    lines = [Line("Department for Environment, Food & Rural Affairs", bold=True), Line("Dear Lord Ashworth", gap_before=1),
             Line("HOLDING THE LINE: THE UK’S DEFENCES AGAINST ANIMAL AND PLANT DISEASE (HL PAPER 176)", bold=True,
                  gap_before=1),
             Line("Thank you for your Committee's report. I set out the Government's response below.", gap_before=1)]
    meta = read_meta(lines, source="t.pdf")
    assert meta.title.startswith("HOLDING THE LINE") and meta.kind != "scrutiny_report"


def test_dates_of_the_common_shapes_are_read_as_dateparser_reads_them() -> None:
    """`pipeline.dates._written_iso` reads the usual shapes without loading dateparser: the same ISO
    value as dateparser on every month's spellings, with ordinals, 'of', commas and full stops, the
    days months lack (left to dateparser) and numeric dates day first."""
    import random

    from pipeline import dates

    rng = random.Random(15)
    months = ["January", "feb", "MARCH", "Sept.", "sep", "May", "jun", "December", "Oct."]
    exprs = [f"{d}{rng.choice(['', 'st', 'th', 'ND'])} {rng.choice(['', 'of '])}{m}{rng.choice(['', ','])} {y}"
             for d in (1, 2, 28, 29, 30, 31, 32) for m in months for y in (1999, 2024, 2100)]
    exprs += [f"{m} {d}, {y}" for m in months for d in (3, 29, 31) for y in (2000, 2025)]
    exprs += [f"{m} {y}" for m in months for y in (1899, 1900, 2013, 2099)]
    exprs += [f"{d}{s}{m}{s}{y}" for d in (1, 12, 13, 31) for m in (2, 12, 13) for s in "/." for y in (2023, 2024)]
    exprs = [e for e in exprs if any(p.fullmatch(e) for p in dates.PATTERNS)]
    parser = dates._parser()
    read = 0
    for expr in exprs:
        got = dates._written_iso(expr)
        if got is None:
            continue
        read += 1
        data = parser.get_date_data(expr)
        want = None if data.date_obj is None else (
            f"{data.date_obj.year:04d}" if data.period == "year"
            else f"{data.date_obj.year:04d}-{data.date_obj.month:02d}" if data.period == "month"
            else data.date_obj.date().isoformat())
        assert got == want, expr
    assert read > len(exprs) // 2


def test_what_does_not_say_a_paper_is_a_response_nor_dates_it():
    """Found by review: a report that says when a response is due is no response; a response's own heading dates it
    before a sentence that dates the report it answers; a field in capitals is no title."""
    report = meta_of("HOLLY COUNCIL\nSCRUTINY PANEL\n\nThis is the first report to which a response is required from the "
                     "Cabinet within two months.\n")
    assert report.kind != "response"
    answer = meta_of("Cabinet response – 15 January 2026\n\nThis is our response to the Panel's report, which the Panel "
                     "agreed on 3 July 2025.\n")
    assert answer.date == "2026-01-15"
    cover = meta_of("COUNCIL\n\nWARDS AFFECTED: All wards\n\n1. INTRODUCTION\n\n1.1 The Panel met twice.\n")
    assert cover.title != "WARDS AFFECTED: All wards"


def test_a_markdown_exports_front_matter_and_pipe_table_are_its_cover_fields():
    """A committee system's Markdown export: its front matter ("---" / 'committee: "Resources Committee"' / "---")
    holds the paper's fields, read unquoted with their keys in words, and its pipe table ("| Report of | ... |" under
    "|---|---|") is a table, row by row, an empty header row none; a text that merely opens with a rule has no front
    matter."""
    paper = ('---\ntitle: "Fleet Replacement Programme 2031-2036"\ncommittee: "Resources Committee"\n'
             'authority: "Celynnog Fire and Rescue Authority"\nmeeting_date: 2031-09-22\n---\n\n'
             "# Fleet Replacement Programme 2031-2036\n\n| | |\n|---|---|\n"
             "| Report of | Assistant Chief Fire Officer (Corporate Services) |\n| Purpose | For decision |\n\n"
             "## Recommendations\n\n1. Members are recommended to approve the programme.\n")
    meta = meta_of(paper)
    assert (meta.body, meta.council, meta.title, meta.date, meta.kind) == (
        "Resources Committee", "Celynnog Fire and Rescue Authority", "Fleet Replacement Programme 2031-2036",
        "2031-09-22", "officer_report")
    lines, _ = text_to_lines(paper)
    rows = [ln.text for ln in lines if ln.table]
    assert rows == ["Report of\tAssistant Chief Fire Officer (Corporate Services)", "Purpose\tFor decision"]
    lines, _ = text_to_lines("---\nThe Committee met on 3 May.\n---\n")
    assert lines[0].text == "---"


def test_a_company_board_paper_by_its_author_is_a_paper_to_its_board():
    """"Meeting: Board of Directors", "Author: ..., BID Manager": a paper by its author to a meeting is an officer's
    report, and a board of directors (or of governors, of trustees) is the body that meets."""
    meta = meta_of("Rookhaven Business Improvement District Ltd\n\nMeeting: Board of Directors\nDate: 19 February 2035\n"
                   "Title: Budget 2035/36\nAuthor: Sana Chaudry-Marsh, BID Manager\n\nPurpose\n\n"
                   "1. This paper asks the Board to approve the budget.\n")
    assert (meta.body, meta.kind) == ("Board of Directors", "officer_report")


def test_a_letter_that_sets_out_what_its_writer_has_done_to_comply_is_a_response():
    meta = meta_of("Dear Ms Okonjo\n\nComplaint 202415873\n\nThis letter sets out what we have done to comply with each "
                   "of the orders, with the evidence enclosed.\n\nParagraph 19: heating plan\n\nThe plan was agreed.\n")
    assert meta.kind == "response"
    # found by review: another's action, in a report or an ombudsman's finding, makes no response
    for text in ("Report of the Director of Finance\n\nThis report sets out what the council has done to meet the savings "
                 "target.\n", "Final report\n\nThe Council should tell us what it has done to comply with our "
                 "recommendations.\n"):
        assert meta_of(text).kind != "response"


def test_a_report_to_two_meetings_in_turn_is_the_first_meeting_s():
    """A cover field "Meetings" lists the meetings a report goes to in turn: the body is the first, as "Meeting" names
    its one meeting (not "Meetings Standards Committee")."""
    meta = meta_of(
        "HAWKDALE BOROUGH COUNCIL\n\nReview of the Members' Code of Conduct\n\n"
        "Meetings:\tStandards Committee, 14 April 2026; Council, 20 May 2026\n"
        "Report of:\tMonitoring Officer\n\n1. Purpose of the report\n\n"
        "1.1 This report goes first to the Standards Committee and then to Council.\n"
    )
    assert meta.body == "Standards Committee" and meta.date == "2026-04-14"


def test_the_date_of_the_next_meeting_is_not_the_minutes_date():
    meta = meta_of(
        "KELLMOOR COUNTY COUNCIL\n\nHEALTH SCRUTINY COMMITTEE\n\n"
        "MINUTES of the meeting held on Tuesday 10 February 2026 at 10.00 am at County Hall.\n\n"
        "12. APOLOGIES\n\nNone were received.\n\n13. DATE OF NEXT MEETING\n\nTuesday 24 March 2026.\n"
    )
    assert meta.date == "2026-02-10"


def test_a_cover_that_names_its_reporting_officer_is_an_officer_report():
    """A Northern Ireland council's cover table names "Report on", "Date of Meeting" and the "Reporting Officer": a paper
    an officer reports to the meeting, whose recommendations are decisions the meeting takes, not a scrutiny report's."""
    meta = meta_of("Leisure and Development Committee – 10 March 2026: Item 7\n\nCommunity Festivals Fund 2026/27\n\n"
                   "Report on: Community Festivals Fund 2026/27\nDate of Meeting: 10 March 2026\n"
                   "Reporting Officer: Director of Leisure and Development\n\n1.0 Purpose of Report\n\n"
                   "1.1 To seek Members' approval of the awards recommended under the Fund.\n")
    assert meta.kind == "officer_report"


def test_a_council_a_trackers_row_names_is_what_the_paper_is_about_not_who_publishes_it():
    """A Word appendix that is almost all table, naming no council of its own: a row that asks the Council to explore
    a shared service "with Hexley Borough Council" three times over names a partner, not the publisher (a body table's
    row, whose three namings are one). A title row spanning the table and a cover's field table still name the paper's
    council."""
    row = ("11\tThat the Council explores with Hexley Borough Council a shared service.\tNoted. We will consider this "
           "if Hexley Borough Council shows an interest.\tHexley Borough Council has not yet been approached.\tRed")
    header = "Ref.\tRecommendation\tCabinet response\tProgress\tRAG"
    lines = [Line("Tourist Information Task and Finish Group: progress on recommendations", gap_before=0),
             Line("Overview and Scrutiny Committee, 24 March 2026 - Appendix A", gap_before=1),
             Line(header, table=True, gap_before=1),
             *[Line(f"{k}\tThat the Council keeps the information point open.\tAgreed.\tOpen.\tGreen", table=True)
               for k in range(1, 11)],
             Line(row, table=True)]
    assert read_meta(lines, source="t.docx").council is None
    titled = [Line("Tamsey District Council\t\t\t\t", table=True), *lines]
    assert read_meta(titled, source="t.docx").council == "Tamsey District Council"
    cover = [Line("Organisation\tTamsey District Council", table=True), *lines]
    assert read_meta(cover, source="t.docx").council == "Tamsey District Council"


@pytest.mark.parametrize("title", ["Street trees scrutiny review: progress update",
                                   "Review of library opening hours - twelve-month update",
                                   "Allotments task and finish group: implementation report"])
def test_a_title_that_names_the_paper_as_the_update_on_a_review_makes_a_response(title):
    """The last part of a title names the paper ("...: progress update"): an update on a review's recommendations is the
    paper that answers them, though its first part names the review as a report of scrutiny would."""
    page = f"{title}\n\nThe Cabinet responded to the Panel's recommendations in July. This page sets out what has happened.\n"
    assert meta_of(page).kind == "response"


def test_a_title_that_names_updates_and_a_first_line_that_names_the_review_they_follow_make_a_response():
    """A partner's page of dated updates, "Safer evenings: progress updates", names no review in its title: its first line
    says whose review the updates follow, and the plural names the paper as the singular does."""
    def page(title: str, first: str) -> list[Line]:
        return [Line(title, bold=True, size=20.0), Line(first, size=11.0), Line("Posted 14 January 2026", bold=True, size=11.0),
                Line("The Committee asked us to repair faulty help points within 48 hours.", size=11.0)]

    first = ("In March 2025 Ebbsworth City Council's Communities Scrutiny Committee published its scrutiny review of personal "
             "safety on the trams. We post our progress on it here.")
    assert read_meta(page("Safer evenings: progress updates", first), source="t.html").kind == "response"
    assert read_meta(page("Safer evenings", first), source="t.html").kind != "response"


def test_a_national_body_named_as_a_council_is_no_council():
    """"Medical Schools Council", "Economic and Social Research Council": a national body whose name ends in "Council",
    named thrice in a commission's report, is no council's; its name is not cut to the words that follow its first."""
    text = ("Who becomes a doctor?\n\nSocial Mobility Commission\n\nThe Medical Schools Council told us that contextual "
            "offers vary.\n\nThe Medical Schools Council should agree common indicators.\n\nWe thank the Medical Schools "
            "Council and the Economic and Social Research Council for their evidence.\n")
    assert meta_of(text).council is None


@pytest.mark.parametrize("title", ["Performance monitoring report: quarter 2", "Street trees scrutiny review",
                                   "Highways capital programme: progress update"])
def test_a_title_that_names_a_review_or_an_update_alone_does_not(title):
    """A review's own report, a performance report, and an update on a programme that no review asked for are not
    answers to anything."""
    assert meta_of(f"{title}\n\nThis report sets out the position at the end of September.\n").kind != "response"


def test_a_letter_giving_progress_on_a_named_groups_recommendations_is_a_response():
    """"progress on the Working Group's recommendations", "taking each recommendation in turn": the writer answers
    them, though the letter names the report of the scrutiny working group it answers."""
    letter = ("Harrowby Fire and Rescue Service\n\nCouncillor Ann Pole\n\nChair, Scrutiny Committee\n\n2 March 2026\n\n"
              "Dear Councillor Pole,\n\nWater supplies: progress on the Working Group's recommendations\n\n"
              "When I responded to the report of the Water Supplies Scrutiny Working Group, I undertook to write to you. "
              "I set this out below, taking each recommendation in turn.\n")
    assert meta_of(letter).kind == "response"
    asked = ("Report of the Park Homes Scrutiny Task Group\n\nRecommendations\n\n8. That the Trust reports to the Panel "
             "on its progress with these recommendations in six months' time.\n")
    assert meta_of(asked).kind != "response"  # a recommendation that asks for progress reports none


def test_a_cover_that_names_the_meeting_and_the_report_title_is_an_officer_report_to_that_body():
    """A London cover table: "Meeting Name: Cabinet", "Report title: ...", then "Ward(s) or groups affected: All": the
    meeting is the body the paper goes to, the paper is an officer report, and the title ends where the next field
    begins, whatever characters that field's name holds."""
    cover = ("Item No.\t9.\n\nClassification: Open\n\nDate: 20 October 2026\n\nMeeting Name: Cabinet\n\n"
             "Report title: Housing Allocations Scheme 2027\nWard(s) or groups affected: All\n\n"
             "Cabinet Member: Councillor Ada Okafor, Housing\n\nRECOMMENDATIONS\n\n1. That the cabinet approves the scheme.\n")
    meta = meta_of(cover)
    assert (meta.body, meta.kind, meta.title) == ("Cabinet", "officer_report", "Housing Allocations Scheme 2027")


@pytest.mark.parametrize("signature", [
    "Councillor Dawn Pritchard, Chair, Housing Scrutiny Commission",
    "Cllr Dawn Pritchard, Chair of the Housing Scrutiny Commission",
    "Dr Dawn Pritchard, Vice-Chair, Housing Scrutiny Commission",
])
def test_a_members_signature_names_the_body_after_the_member(signature):
    """A report's foreword signed "Councillor Dawn Pritchard, Chair, Housing Scrutiny Commission": a person is no body;
    the body is what follows the member's role."""
    meta = meta_of(
        "Stannerton City Council\nGoing up\nLifts in the Council's high-rise blocks: report of the Commission\n"
        "Foreword\nFor a resident on the fourteenth floor a broken lift is not an inconvenience.\n"
        f"{signature}\nMembership\n1. Introduction\n1.1 The Council owns 19 blocks of ten storeys or more.\n")
    assert meta.body == "Housing Scrutiny Commission"


def test_a_short_bold_cover_title_takes_the_plain_subtitle_under_it():
    """"Going up" set bold over "Lifts in the Council's high-rise blocks: report of the Housing Scrutiny Commission": the
    subtitle says what the report is about, and a response names that, so the title is read whole; a field, a date or
    a body's name under the title is no subtitle."""
    def title(*cover):
        lines = [Line(t, page=1, gap_before=1 if i else 0, bold=i in (0, 1)) for i, t in enumerate(cover)]
        return read_meta(lines, source="r.docx").title

    assert title("Stannerton City Council", "Going up",
                 "Lifts in the Council's high-rise blocks: report of the Housing Scrutiny Commission",
                 "Agreed by the Housing Scrutiny Commission on 18 March 2025") == \
        "Going up: Lifts in the Council's high-rise blocks: report of the Housing Scrutiny Commission"
    assert title("Stannerton City Council", "Going up", "Housing Scrutiny Commission", "18 March 2025") == "Going up"
    assert title("Stannerton City Council", "Going up", "Date: 18 March 2025") == "Going up"
    assert title("Stannerton City Council", "Going up", "Foreword by the Chair of the Commission") == "Going up"
    assert title("Stannerton City Council", "Going up", "For a resident a broken lift is not an inconvenience.") == "Going up"


def test_a_title_that_names_the_paper_as_the_executives_decisions_on_a_review_makes_a_response():
    """"Digital Access Task and Finish Group: the Cabinet Member's decisions": the title's last part names the paper, the
    executive's decisions on the review, which come after it: a response, not the review."""
    cover = ["Stourley District Council", "Digital Access Task and Finish Group: the Cabinet Member's decisions",
             "The Committee agreed the report of the Digital Access Task and Finish Group on 16 September 2025."]
    lines = [Line(t, page=1, gap_before=1 if i else 0, bold=i == 1) for i, t in enumerate(cover)]
    assert read_meta(lines, source="d.docx").kind == "response"
    # ... and so does one that says what they are decisions on
    lines[1] = Line("Digital access: Cabinet decisions on the Task and Finish Group's proposals and progress to May 2026",
                    page=1, gap_before=1, bold=True)
    assert read_meta(lines, source="d.docx").kind == "response"
    lines[1] = Line("Digital Access Task and Finish Group: final report", page=1, gap_before=1, bold=True)
    assert read_meta(lines, source="d.docx").kind != "response"


def test_a_review_bodys_report_to_the_meeting_that_decides_on_it_is_its_authors():
    """A town council's cover table: "Report to | Full Council", "Date of meeting", "Report of | Floral Displays Working
    Group (agreed by the Working Group on 21 August 2025)": the paper is the group's review, dated when it agreed it, not an
    officer report to the Council; an officer named as the author leaves it an officer report to the meeting."""
    lines = [Line(text=t, page=1, table=True) for t in (
        "Report to\tFull Council", "Date of meeting\t8 September 2025", "Agenda item\t7",
        "Report of\tFloral Displays Working Group (agreed by the Working Group on 21 August 2025)")]
    meta = read_meta([Line(text="MOORCOMBE TOWN COUNCIL", page=1), Line(text="Moorcombe in Bloom", page=1), *lines])
    assert (meta.body, meta.kind, meta.date) == ("Floral Displays Working Group", "scrutiny_report", "2025-08-21")
    for officer in ("Town Clerk", "Chair of the Floral Displays Working Group"):  # a person's post, not the group
        lines[-1] = Line(text=f"Report of\t{officer}", page=1, table=True)
        meta = read_meta([Line(text="MOORCOMBE TOWN COUNCIL", page=1), Line(text="Moorcombe in Bloom", page=1), *lines])
        assert (meta.body, meta.kind, meta.date) == ("Full Council", "officer_report", "2025-09-08")


def test_report_for_names_the_meeting_as_report_to_does():
    """A Welsh cover prints "REPORT FOR | Environment and Infrastructure Scrutiny Committee": the meeting the paper goes
    to, whose name is the body, without the field's own words."""
    meta = meta_of("CWM TAWEL COUNTY BOROUGH COUNCIL\n\nREPORT FOR\tEnvironment and Infrastructure Scrutiny Committee\n"
                   "DATE\t23 April 2026\nREPORT OF\tHead of Highways\nSUBJECT\tFollow-up of recommendations\n\n"
                   "1. PURPOSE OF THE REPORT\n\n1.1 To report the position at 31 March 2026.\n")
    assert meta.body == "Environment and Infrastructure Scrutiny Committee"


def test_a_cover_field_in_capitals_names_the_meeting_before_its_date():
    """"REPORT TO: POLICY AND RESOURCES COMMITTEE ON 28 AUGUST 2025": the body the report goes to, its meeting's date
    after it, as "Cabinet – 15 April 2025" is read."""
    meta = meta_of("""
        LOCHBRAE COUNCIL

        REPORT TO:        POLICY AND RESOURCES COMMITTEE ON 28 AUGUST 2025

        SUBJECT:          RESPONSE TO THE SCRUTINY REVIEW OF OCCUPATIONS OF THE ROAD

        BY:               EXECUTIVE DIRECTOR (PLACE)

        1.1 To ask the Committee to agree the Council's response to the nine recommendations.
    """)
    assert meta.body == "Policy and Resources Committee"


@pytest.mark.parametrize(("short", "title"), [
    ("Charged up?", "Charged up? Public charging for electric vehicles in Tidemoor"),
    ("Going further", "Going further: Public charging for electric vehicles in Tidemoor"),
])
def test_a_short_bold_title_over_a_bold_subtitle_is_the_title_with_its_subtitle(short, title):
    """A Word cover sets in bold the council, the committee, a title of two words and its subtitle: the title is the
    short one with its subtitle, as a response may cite it by the short one ("Charged up? Our response to ..."), not
    the subtitle alone."""
    lines = [Line("Tidemoor Council", bold=True), Line("Place Scrutiny Committee", bold=True, gap_before=1),
             Line(short, bold=True, gap_before=1),
             Line("Public charging for electric vehicles in Tidemoor", bold=True, gap_before=1),
             Line("Report of the Electric Vehicle Charging Task and Finish Group", gap_before=1),
             Line("Agreed by the Place Scrutiny Committee on 17 June 2025", gap_before=1)]
    assert read_meta(lines, source="t.docx").title == title


def test_a_letter_for_a_scrutiny_panel_that_names_its_review_is_written_to_the_panel():
    """A charity's covering letter, addressed "For the Communities and Neighbourhoods Scrutiny Panel" over "Dear Ellen,"
    and a subject line naming "the Panel's review": it is for the Panel (its body, without "For the"), never the
    Panel's own report."""
    lines = [Line("Lindenshaw City Farm", bold=True, size=20), Line("14 October 2025", gap_before=1),
             Line("Ellen Yallop", gap_before=1), Line("Principal Scrutiny Adviser"), Line("Stamwick City Council"),
             Line("For the Communities and Neighbourhoods Scrutiny Panel"), Line("Dear Ellen,", gap_before=1),
             Line("A farm for the city: the Panel's review of Lindenshaw City Farm", bold=True, gap_before=1),
             Line("Thank you for asking how the farm has taken forward the Panel's recommendations.", gap_before=1)]
    meta = read_meta(lines, source="t.pdf")
    assert (meta.body, meta.kind != "scrutiny_report") == ("Communities and Neighbourhoods Scrutiny Panel", True)


def test_a_council_s_name_over_its_committee_in_another_type_size_is_not_one_name():
    """A cover sets "SANDMERE DISTRICT COUNCIL" in 15 pt straight over "Coastal and Leisure Committee" in 12 pt, no line
    between, then the report's title in 14 pt: the body is the committee alone and the title is the report's, not the
    committee's name."""
    lines = [Line("SANDMERE DISTRICT COUNCIL", bold=True, size=15.0),
             Line("Coastal and Leisure Committee", bold=True, size=12.0),
             Line("16 January 2029 – Agenda item 7", size=11.0, gap_before=1),
             Line("Beach Hut Policy and Charges 2029/30", bold=True, size=14.0, gap_before=1),
             Line("Report of\tHead of Coast and Leisure Services", table=True, gap_before=1),
             Line("1. Purpose of the report", bold=True, size=11.0, gap_before=1)]
    meta = read_meta(lines, source="t.pdf")
    assert (meta.body, meta.title) == ("Coastal and Leisure Committee", "Beach Hut Policy and Charges 2029/30")


def test_a_meeting_field_that_names_the_day_before_the_date_names_the_body_alone():
    """A cover table's "Meeting | Cabinet, Thursday 16 April 2026": the body is the Cabinet, not "Meeting Cabinet"."""
    lines = [Line("Arts grants: progress on the recommendations of the Arts Grants Task Group", bold=True, level=1),
             Line("Meeting\tCabinet, Thursday 16 April 2026", table=True, gap_before=1),
             Line("Report of\tDirector of Communities", table=True, gap_before=1),
             Line("1. Purpose of the report", bold=True, level=2, gap_before=1)]
    assert read_meta(lines, source="t.html").body == "Cabinet"


def test_a_published_page_s_from_line_names_its_publisher_and_a_memo_s_from_and_to_make_it_an_officer_s():
    """GOV.UK prints "From: Child Safeguarding Practice Review Panel" over a national review: the publisher, the author,
    no officer's paper to a meeting (whose default addressee would then be the author itself). A memo "From: ..." beside
    "To: ..." is an officer's paper."""
    page = [Line("Independent report"), Line("On the move: safeguarding children in families who move often", bold=True,
                                              level=1, gap_before=1),
            Line("From: Child Safeguarding Practice Review Panel", gap_before=1), Line("Published:", gap_before=1),
            Line("21 May 2025", gap_before=1), Line("Foreword", bold=True, level=2, gap_before=1)]
    assert read_meta(page, source="t.html").kind != "officer_report"
    memo = [Line("MEMORANDUM", bold=True), Line("To: Chair of the Housing Scrutiny Panel", gap_before=1),
            Line("From: Head of Housing Services"), Line("Date: 3 March 2026"),
            Line("1. The Panel asked for figures on voids.", gap_before=1)]
    assert read_meta(memo, source="t.docx").kind == "officer_report"


def test_a_contents_page_entry_names_a_section_not_the_paper():
    """An ombudsman's annual report lists its sections on a contents page, the last "6. Progress on previous
    recommendations 7": a section of the report and the page it starts on, no title of the paper's own, so the report
    is no response. The same words over the paper's text, no page number after them, still make it one."""
    report = """
        Service Complaints Ombudsman for the Armed Forces

        Annual Report 2024

        Contents
        Ombudsman's foreword 3
        1. Introduction 4
        2. The year in numbers 4
        6. Progress on previous recommendations 7

        Ombudsman's foreword

        This is my second Annual Report. It covers 2024.
        """
    assert meta_of(report).kind != "response"
    update = """
        Service Complaints Ombudsman for the Armed Forces

        Progress on previous recommendations

        My 2023 Annual Report made nine recommendations. The Ministry accepted seven of them.
        """
    assert meta_of(update).kind == "response"


def test_a_cover_that_names_its_committee_and_its_subject_in_fields():
    """A Welsh council's cover is a table of fields: "Name of Committee | Welsh Church Act Fund Committee", "Report
    Subject | Welsh Church Act Fund: Grant Applications ...". The committee is the body, the subject the title (the
    body was read as "Name of Committee Welsh Church Act Fund Committee" and the title as the council's Welsh name)."""
    lines = [Line("LLANFEIRIOL COUNTY BOROUGH COUNCIL", bold=True), Line("CYNGOR BWRDEISTREF SIROL LLANFEIRIOL", bold=True),
             *(Line(f"{k}\t{v}", gap_before=1, table=True) for k, v in (
                 ("Name of Committee", "Welsh Church Act Fund Committee"), ("Date of Meeting", "Thursday, 18 February 2027"),
                 ("Report Subject", "Welsh Church Act Fund: Grant Applications 2026/27 (Round 2)"),
                 ("Report Author", "Corporate Finance Manager"))),
             Line("EXECUTIVE SUMMARY", bold=True, gap_before=1)]
    meta = read_meta(lines, source="r.pdf")
    assert meta.body == "Welsh Church Act Fund Committee"
    assert meta.title == "Welsh Church Act Fund: Grant Applications 2026/27 (Round 2)"
    assert meta.kind == "officer_report"


def test_an_islands_councils_cover_names_its_committee_by_a_colon_and_its_officer_by_report_by():
    """A Scottish islands council's cover: "Vardasay Islands Council | Item: 6" over "Infrastructure and Environment
    Committee: 10 September 2029." and "Report by Corporate Director for ...". An islands council is a council, the
    meeting's body and date may be set apart by a colon, and "Report by" an officer makes an officer's paper (council,
    body and kind were all missed)."""
    lines = [Line("Vardasay Islands Council\tItem: 6", table=True),
             Line("Infrastructure and Environment Committee: 10 September 2029.", gap_before=1),
             Line("Litter and Marine Litter Strategy 2029 to 2034.", gap_before=1),
             Line("Report by Corporate Director for Neighbourhood Services and Infrastructure.", gap_before=1),
             Line("1. Purpose of Report", gap_before=1),
             Line("1.1. To consider a draft Litter and Marine Litter Strategy for the period 2029 to 2034.", gap_before=1)]
    meta = read_meta(lines, source="r.pdf")
    assert (meta.council, meta.body, meta.date, meta.kind) == (
        "Vardasay Islands Council", "Infrastructure and Environment Committee", "2029-09-10", "officer_report")
    # ... but a field's name before its colon names no body: "Meeting of the Board: 28 November 2030" under the
    # letterhead "INVERALLAN LICENSING BOARD" is that Board's meeting
    board = read_meta([Line("Item 6"), Line("INVERALLAN LICENSING BOARD", gap_before=1),
                       Line("Meeting of the Board: 28 November 2030", gap_before=1),
                       Line("Subject: Review of the Overprovision Assessment"),
                       Line("Report by: Clerk to the Licensing Board")], source="r.pdf")
    assert board.body == "Inverallan Licensing Board" and board.date == "2030-11-28"


@pytest.mark.parametrize("title", ["Home on the park: life at Heron's Reach Park, Dunwold", "Cold comfort"])
def test_a_text_files_title_stands_over_its_byline(title):
    """A text file's cover prints the council's and the committee's names, then the title, then its byline ("Report of
    the Park Homes Task Group"): the byline names the author, and the line over it is the title, though it names no
    report; a reply names the report by it."""
    meta = meta_of(f"HOLMFLEET DISTRICT COUNCIL\nCommunities Overview and Scrutiny Panel\n\n{'=' * 40}\n\n{title}\n\n"
                   "Report of the Park Homes Task Group\nAgreed by the Communities Overview and Scrutiny Panel on 4 "
                   "December 2025\n\nThis is the text-only version of the report, for screen readers.\n\n1  Introduction\n\n"
                   "1.1 The Task Group visited the park three times in 2025.\n")
    assert meta.title == title
