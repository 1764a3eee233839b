"""CMIS (Civica's DNN module): no web service, so its pages are read.

The meetings page names the calendar module (`dnn$ctr397$MeetingCalendarPublic...`); its
list view links to meetings in DNN's path form (`.../tabid/70/ctl/ViewMeetingPublic/mid/397/
Meeting/15042/Committee/4/...`), from which the month calendar's address is made
(`.../tabid/70/ctl/MeetingCalendarPublicNoJava/mid/397/Date/2026-06-01/Default.aspx`).
Each month lists its meetings under day headings ("Monday, 8 June", the year from the
month asked); each meeting page lists its documents as `li.DocumentListItem a.TitleLink`
to `Document.ashx`. Committees are known only by the names the calendar shows.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable, Iterator
from datetime import date, datetime
from urllib.parse import parse_qs, urljoin, urlsplit

from bs4 import BeautifulSoup

from pipeline.fetch.client import FetchError, PoliteClient
from pipeline.fetch.records import Committee, Council, DocRef, Meeting, MeetingDetail

MODULE_ID = re.compile(r"dnn\$ctr(\d+)\$MeetingCalendarPublic\w*\$")
MEETING_LINK = re.compile(r"/Meeting/(?P<meeting>\d+)/Committee/(?P<committee>\d+)/", re.I)
PATH_FORM = re.compile(r"(?P<prefix>\S*/tabid/\d+)/ctl/\w+/(?P<mid>mid/\d+)/", re.I)
DAY_HEADING = re.compile(r"^\w+day,\s+(?P<day>\d{1,2})\s+(?P<month>[A-Za-z]+)(?:\s+(?P<year>\d{4}))?$")
ENTRY = re.compile(r"^(?:(?P<time>\d{1,2}[:.]\d{2})\s+)?(?P<committee>.+)$")
LIST_ROW = re.compile(r"^(?P<date>\d{1,2} [A-Za-z]{3,9} \d{4})(?: \d{1,2}:\d{2})? - (?P<committee>.+)$")
MINUTES = re.compile(r"\bminutes\b", re.I)


def _soup(body: bytes) -> BeautifulSoup:
    return BeautifulSoup(body, "html.parser")


def module_id(body: bytes, url: str = "") -> str:
    match = MODULE_ID.search(body.decode("utf-8", "replace"))
    if not match:
        raise FetchError("E609", url, "no dnn$ctr<N>$MeetingCalendarPublic control")
    return match.group(1)


def calendar_template(body: bytes, base: str) -> str | None:
    """The month calendar's address with `{date}` for the month, from any meeting link in path form."""
    for link in _soup(body).find_all("a", href=True):
        match = PATH_FORM.search(urljoin(base + "/", str(link["href"])))
        if match:
            return f"{match.group('prefix')}/ctl/MeetingCalendarPublicNoJava/{match.group('mid')}/Date/{{date}}/Default.aspx"
    return None


def _meeting(href: str, committee: str, day: date, base: str) -> Meeting | None:
    url = urljoin(base + "/", href)
    match = MEETING_LINK.search(url)
    if not match:
        return None
    return Meeting(id=match.group("meeting"), committee=Committee(id=match.group("committee"), title=committee),
                   date=day, url=url)


def parse_calendar(body: bytes, month: date, base: str) -> list[Meeting]:
    """One month of `MeetingCalendarPublicNoJava`: its meetings by day."""
    out = []
    for cell in _soup(body).find_all("td"):
        heading = DAY_HEADING.match(cell.get_text(" ", strip=True))
        if not heading:
            continue
        entries = cell.find_next_sibling("td")
        if entries is None:
            continue
        try:
            day = datetime.strptime(f"{heading['day']} {heading['month']} {heading['year'] or month.year}",
                                    "%d %B %Y").date()
        except ValueError:
            continue
        for link in entries.find_all("a", href=True):
            entry = ENTRY.match(link.get_text(" ", strip=True))
            meeting = _meeting(str(link["href"]), entry["committee"].strip() if entry else "", day, base)
            if meeting is not None:
                out.append(meeting)
    return out


def parse_list_view(body: bytes, base: str) -> list[Meeting]:
    """`MeetingCalendarListView` (the current month): the fallback when no path-form link exists."""
    out = []
    for link in _soup(body).select("tr.rgRow a[href], tr.rgAltRow a[href]"):
        row = LIST_ROW.match(link.get_text(" ", strip=True))
        if not row:
            continue
        try:
            day = datetime.strptime(row["date"], "%d %b %Y").date()
        except ValueError:
            continue
        meeting = _meeting(str(link["href"]), row["committee"].strip(), day, base)
        if meeting is not None:
            out.append(meeting)
    return out


def attachment_id(url: str) -> str:
    """A stable id for a `Document.ashx` address: its `id=` value, else a hash of its query."""
    query = urlsplit(url).query
    ids = parse_qs(query).get("id") or parse_qs(query).get("ID")
    if ids:
        return re.sub(r"[^A-Za-z0-9]+", "", ids[0])[:40]
    return hashlib.sha1(query.encode()).hexdigest()[:12]


def parse_meeting_page(body: bytes, meeting: Meeting, base: str) -> MeetingDetail:
    """A `ViewMeetingPublic` page: its documents; minutes are out when one is titled so."""
    detail = MeetingDetail(meeting)
    seen: set[str] = set()
    for link in _soup(body).select("li.DocumentListItem a.TitleLink[href]"):
        url = urljoin(base + "/", str(link["href"]))
        if url in seen:
            continue
        seen.add(url)
        title = link.get_text(" ", strip=True)
        detail.documents.append(DocRef(attachment_id=attachment_id(url), title=title, url=url))
        detail.minutes_published |= bool(MINUTES.search(title))
    return detail


def months(start: date, end: date) -> Iterator[date]:
    """The first day of each month from `start`'s to `end`'s."""
    month = start.replace(day=1)
    while month <= end:
        yield month
        month = month.replace(year=month.year + month.month // 12, month=month.month % 12 + 1)


class Cmis:
    """A council's CMIS site, behind the same interface as `ModernGov`."""

    def __init__(self, client: PoliteClient, council: Council) -> None:
        self.client, self.council = client, council
        self.site = cmis_site(council.base)

    def _template(self) -> tuple[str | None, bytes]:
        page = self.client.get(f"{self.site}/Meetings.aspx")
        mid = module_id(page.body, page.url)
        listing = self.client.get(f"{self.site}/Meetings.aspx?ctl=MeetingCalendarListView&mid={mid}")
        return calendar_template(listing.body, self.site), listing.body

    def committees(self, keep: Callable[[Committee], bool]) -> list[Committee]:
        """CMIS lists no committees: they are met in the calendar (see `meetings`)."""
        return [Committee(id="*", title="(from the calendar)")]

    def meetings(self, committee: Committee, start: date, end: date,
                 keep: Callable[[Committee], bool] | None = None) -> list[Meeting]:
        """The calendar's meetings from `start` to `end` whose committee `keep` wants."""
        template, listing = self._template()
        found: list[Meeting] = []
        if template is None:
            found = parse_list_view(listing, self.site)
        else:
            for month in months(start, end):
                page = self.client.get(template.format(date=month.isoformat()))
                found += parse_calendar(page.body, month, self.site)
        seen: set[str] = set()
        out = []
        for m in found:
            if m.id in seen or not start <= m.date <= end or (keep is not None and not keep(m.committee)):
                continue
            seen.add(m.id)
            out.append(m)
        return out

    def detail(self, meeting: Meeting) -> MeetingDetail:
        answer = self.client.get(meeting.url)
        detail = parse_meeting_page(answer.body, meeting, self.site)
        detail.sha256 = answer.sha256
        return detail


SITE_END = re.compile(r"/(?:Councillors|Members)[^/]*(?:/.*)?$|/[^/]*\.aspx$", re.I)


def cmis_site(base: str) -> str:
    """The CMIS site folder from a councils.tsv address, which points at its councillors page
    (`.../ccc_live/Councillors.aspx`, `.../daventry/Councillors/tabid/63/...`) -> `.../ccc_live`."""
    parts = urlsplit(base)
    path = SITE_END.sub("", parts.path).rstrip("/")
    return f"{parts.scheme}://{parts.netloc}{path}"
