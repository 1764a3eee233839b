"""The ModernGov and CMIS parsers on recorded answers (LGSF's trimmed real responses, MIT,
and ones written in their shapes: tests/fixtures/moderngov/SOURCES.tsv)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from pipeline.fetch import FetchError, committee_filter, load_councils, resolve
from pipeline.fetch.cmis import (
    attachment_id,
    calendar_template,
    cmis_site,
    module_id,
    months,
    parse_calendar,
    parse_list_view,
    parse_meeting_page,
)
from pipeline.fetch.moderngov import clean, parse_committees, parse_meeting, parse_meetings, service_url
from pipeline.fetch.records import Committee, Meeting
from pipeline.fetch.writer import document_path, slug, suffix_for

F = Path(__file__).parent / "fixtures" / "moderngov"
BASE = "https://democracy.manchester.gov.uk"
AUDIT = Committee("144", "Audit Committee")


def read(name: str) -> bytes:
    return (F / name).read_bytes()


def test_committees_carry_their_flags():
    got = {c.id: c for c in parse_committees(read("modgov_GetCommittees_committees.xml"))}
    assert set(got) == {"312", "163", "144"}
    assert got["312"].expired and not got["312"].deleted
    assert not got["144"].expired and got["144"].title == "Audit Committee"


def test_the_default_committee_words_keep_scrutiny_and_its_executive():
    keep = committee_filter()
    titles = [c.title for c in parse_committees(read("exa_GetCommittees.xml")) if keep(c)]
    assert titles == ["Overview and Scrutiny Committee", "Health & Adult Social Care Scrutiny Board", "Cabinet",
                      "Scrutiny Management Board", "Children's Services Select Committee"]  # deleted/expired: the run drops them
    assert not keep(Committee("1", "Appointments Sub-Committee for Director of Audit"))
    assert committee_filter("^planning")(Committee("13", "Planning Committee"))


def test_titles_escaped_twice_are_read_once():
    assert clean("Health &amp;amp; Adult Social Care") == "Health & Adult Social Care"
    assert clean("  Minutes\r\n  Audit ") == "Minutes Audit"


def test_meetings_with_their_dates_and_counts_with_spaces():
    meetings = parse_meetings(read("modgov_GetMeetings_meetings.xml"), AUDIT, BASE)
    assert [(m.id, m.date, m.status) for m in meetings] == [
        ("4966", date(2026, 1, 13), "Cancelled"), ("4967", date(2026, 2, 10), "Confirmed")]
    assert meetings[1].url == f"{BASE}/mgWebService.asmx/GetMeeting?lMeetingId=4967"


def test_a_meeting_lists_each_document_once_with_its_item():
    meeting = Meeting("4967", AUDIT, date(2026, 2, 10), "")
    detail = parse_meeting(read("modgov_GetMeeting_meeting_with_minutes.xml"), meeting)
    assert detail.minutes_published
    assert [(d.attachment_id, d.item_title, d.publication_date) for d in detail.documents] == [
        ("60860", "Minutes", "2026-02-02"), ("60909", "Work Programme", "2026-02-02")]
    assert detail.documents[0].url == f"{BASE}/mgConvert2PDF.aspx?ID=60860"
    cancelled = parse_meeting(read("modgov_GetMeeting_meeting_no_minutes.xml"), meeting)
    assert cancelled.documents == [] and not cancelled.minutes_published


def test_restricted_and_shared_documents_in_a_crlf_answer():
    body = read("exa_GetMeeting_501_v2.xml")
    assert b"\r\n" in body
    detail = parse_meeting(body, Meeting("501", AUDIT, date(2026, 1, 14), ""))
    assert [(d.attachment_id, d.restricted) for d in detail.documents] == [("9001", False), ("9002", True), ("9003", False)]
    assert detail.documents[2].title == "Cabinet Response & Action Plan"


@pytest.mark.parametrize("body, code", [
    (b"<!DOCTYPE html>\r\n<html><head><title>Object moved</title></head><body></body></html>", "E602"),
    (b"<html><body>Service unavailable</body></html>", "E602"),
    (b"<?xml version='1.0'?><committees><committee>", "E603"),
    (b"<?xml version='1.0'?><!DOCTYPE x [<!ENTITY a 'aaaa'><!ENTITY b '&a;&a;'>]><committees>&b;</committees>", "E603"),
])
def test_html_and_malformed_answers_are_refused_with_a_code(body, code):
    with pytest.raises(FetchError) as err:
        parse_committees(body, "https://x/mgWebService.asmx/GetCommittees")
    assert err.value.code == code


def test_web_service_addresses_encode_the_dates():
    assert service_url(BASE + "/", "GetMeetings", lCommitteeId="144", sFromDate="01/01/2026") == (
        f"{BASE}/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01%2F01%2F2026")


# CMIS

SITE = "https://birmingham.cmis.uk.com/birmingham"


def test_cmis_module_and_month_calendar_address():
    assert module_id(read("cmis_base_meetings_page.html")) == "397"
    with pytest.raises(FetchError):
        module_id(b"<html></html>")
    assert calendar_template(read("cmis_MeetingCalendarListView.html"), SITE) == (
        f"{SITE}/Meetings/tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/{{date}}/Default.aspx")


def test_cmis_calendar_month_takes_its_year_from_the_month_asked():
    meetings = parse_calendar(read("cmis_MeetingCalendarPublicNoJava_month.html"), date(2026, 6, 1), SITE)
    assert [(m.id, m.committee.title, m.date) for m in meetings] == [
        ("15028", "Licensing Sub-Committee A", date(2026, 6, 8)),
        ("15029", "Licensing Sub-Committee B", date(2026, 6, 9)),
        ("15030", "Licensing Sub-Committee B", date(2026, 6, 9)),
        ("15099", "Planning Committee", date(2026, 6, 30)),
    ]
    listed = parse_list_view(read("cmis_MeetingCalendarListView.html"), SITE)
    assert [(m.id, m.committee.id, m.date) for m in listed] == [("15042", "4", date(2026, 7, 9)),
                                                                 ("15115", "38", date(2026, 7, 23))]


def test_cmis_meeting_documents():
    meeting = Meeting("15099", Committee("4", "Planning Committee"), date(2026, 6, 30), "")
    detail = parse_meeting_page(read("cmis_ViewMeetingPublic_with_minutes.html"), meeting, SITE)
    assert [(d.attachment_id, d.title, d.url) for d in detail.documents] == [
        ("abc123", "Final Planning Minutes 16042026", "https://birmingham.cmis.uk.com/Birmingham/Document.ashx?id=abc123"),
        ("def456", "Final Agenda Reports - 9th July 2026", "https://birmingham.cmis.uk.com/Birmingham/Document.ashx?id=def456"),
    ]
    assert detail.minutes_published
    summary = parse_meeting_page(read("cmis_ViewMeetingPublic_summary.html"), meeting, SITE)
    assert len(summary.documents) == 1 and len(summary.documents[0].attachment_id) == 12  # opaque query: hashed
    assert attachment_id(summary.documents[0].url) == summary.documents[0].attachment_id


def test_cmis_site_from_the_councillors_address():
    assert cmis_site("https://cambridgeshire.cmis.uk.com/ccc_live/Councillors.aspx") == "https://cambridgeshire.cmis.uk.com/ccc_live"
    assert cmis_site("http://cmis.daventrydc.gov.uk/daventry/Councillors/tabid/63/ScreenMode/Alphabetical/Default.aspx") == (
        "http://cmis.daventrydc.gov.uk/daventry")
    assert list(months(date(2025, 11, 20), date(2026, 1, 3))) == [date(2025, 11, 1), date(2025, 12, 1), date(2026, 1, 1)]


# councils and names


def test_councils_by_code_name_or_address():
    councils = load_councils()
    assert len(councils) == 368
    assert sum(c.system == "CMIS" for c in councils) == 34
    assert resolve("man").name == "Manchester City Council"
    assert resolve("https://democracy.manchester.gov.uk/").code == "MAN"
    assert resolve("https://democracy.new-council.gov.uk").system == "ModernGov"
    with pytest.raises(FetchError) as err:
        resolve("Borough")  # many match
    assert err.value.code == "E607" and "several" in err.value.detail
    with pytest.raises(FetchError):
        resolve("Atlantis")


def test_archive_paths_and_suffixes():
    rel = document_path("MAN", "2026-02-10", "Audit Committee", "60860",
                        "6 - CHAIR APPROVED  Minutes Audit Committee 25 Nov 2025", ".pdf")
    assert rel == "fetched/man/2026-02-10-audit-committee/60860-6-chair-approved-minutes-audit-committee-25-nov-2025.pdf"
    assert slug("Café — Scrutiny " * 10, 20) == "cafe-scrutiny-cafe"
    assert suffix_for(b"%PDF-1.4", "application/octet-stream", "x") == ".pdf"
    assert suffix_for(b"PK\x03\x04", "", "x") == ".docx"
    assert suffix_for(b"hello", "text/plain", "x") == ".txt"


def test_every_fixture_is_listed_with_its_hash_and_licence():
    import csv
    import hashlib

    with (F / "SOURCES.tsv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh, delimiter="\t"))
    listed = {r["file"]: r for r in rows}
    bodies = {p.relative_to(F).as_posix() for p in F.rglob("*") if p.is_file() and p.suffix in (".xml", ".html", ".txt", ".pdf")}
    assert bodies == set(listed)
    for name, row in listed.items():
        assert hashlib.sha256((F / name).read_bytes()).hexdigest() == row["sha256"], name
        assert row["licence"].startswith("MIT")
    assert (F / "LICENSE.LGSF-MIT").read_text().startswith("MIT License")
