"""ModernGov's web service: committees, their meetings, each meeting's documents.

Plain GETs on `{base}/mgWebService.asmx/{Operation}`; the answers are XML read with
defusedxml (untrusted input). The parsers are pure functions of the bytes, so they are
tested on recorded answers. Their habits: booleans are "True"/"False", counts carry a
leading space, titles may be escaped twice (`&amp;amp;`), dates are dd/mm/yyyy, some
servers ignore the date range asked (so dates are filtered here), and a 200 may be an
HTML page instead of XML (reported as E602, never read as data).
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date, datetime
from urllib.parse import urlencode
from xml.etree.ElementTree import Element, ParseError

from defusedxml import ElementTree as SafeET  # type: ignore[import-untyped]  # no stubs installed

from pipeline.fetch.client import Answer, FetchError, PoliteClient
from pipeline.fetch.records import Committee, Council, DocRef, Meeting, MeetingDetail

SERVICE = "mgWebService.asmx"
DATE_FORMAT = "%d/%m/%Y"


def clean(text: str | None) -> str:
    """Unescape (twice-escaped titles too) and collapse white space."""
    text = text or ""
    for _ in range(3):
        unescaped = html.unescape(text)
        if unescaped == text:
            break
        text = unescaped
    return re.sub(r"\s+", " ", text).strip()


def flag(text: str | None) -> bool:
    return (text or "").strip().lower() == "true"


def parse_date(text: str | None) -> date | None:
    try:
        return datetime.strptime((text or "").strip(), DATE_FORMAT).date()
    except ValueError:
        return None


def looks_like_html(body: bytes, content_type: str = "") -> bool:
    """An HTML page (a login, an error, 'Object moved'), by its bytes first, else its content type."""
    head = body.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
    if head.startswith(b"<?xml"):
        return False
    return head.startswith((b"<!doctype html", b"<html")) or "html" in content_type.lower()


def xml_root(body: bytes, url: str, content_type: str = "") -> Element:
    """The root element of a web-service answer; E602 for an HTML page, E603 for bad XML."""
    if looks_like_html(body, content_type):
        title = re.search(rb"<title>\s*(.*?)\s*</title>", body, re.I | re.S)
        detail = f"a page titled {clean(title.group(1).decode('utf-8', 'replace'))!r}" if title else "an HTML page"
        raise FetchError("E602", url, detail)
    try:
        root: Element = SafeET.fromstring(body)
    except (ParseError, ValueError) as exc:
        raise FetchError("E603", url, str(exc)) from exc
    except Exception as exc:  # defusedxml's refusals (entities, DTDs) are not ParseErrors
        raise FetchError("E603", url, f"{type(exc).__name__}: {exc}") from exc
    return root


def _text(node: Element, tag: str) -> str:
    return clean(node.findtext(tag))


def parse_committees(body: bytes, url: str = "", content_type: str = "") -> list[Committee]:
    """`GetCommittees` -> every committee, deleted and expired ones flagged."""
    root = xml_root(body, url, content_type)
    return [
        Committee(id=_text(c, "committeeid"), title=_text(c, "committeetitle"), category=_text(c, "committeecategory"),
                  deleted=flag(c.findtext("committeedeleted")), expired=flag(c.findtext("committeeexpired")))
        for c in root.iter("committee")
        if _text(c, "committeeid")
    ]


def parse_meetings(body: bytes, committee: Committee, base: str, url: str = "", content_type: str = "") -> list[Meeting]:
    """`GetMeetings` -> the committee's meetings with a readable date."""
    root = xml_root(body, url, content_type)
    out = []
    for m in root.iter("meeting"):
        day = parse_date(m.findtext("meetingdate"))
        mid = _text(m, "meetingid")
        if day is None or not mid:
            continue
        out.append(Meeting(id=mid, committee=committee, date=day, url=meeting_url(base, mid),
                           status=_text(m, "meetingstatus")))
    return out


def _iso(text: str | None) -> str | None:
    day = parse_date(text)
    return day.isoformat() if day else None


def _doc(node: Element, item_title: str) -> DocRef | None:
    attachment = _text(node, "attachmentid")
    link = _text(node, "url")
    if not attachment or not link or flag(node.findtext("isurl")):
        return None  # an item's link to another site is not a paper
    return DocRef(attachment_id=attachment, title=_text(node, "title"), url=link, item_title=item_title,
                  restricted=flag(node.findtext("isrestricted")), publication_date=_iso(node.findtext("publicationdate")))


def parse_meeting(body: bytes, meeting: Meeting, url: str = "", content_type: str = "") -> MeetingDetail:
    """`GetMeeting` -> its linked documents (once each, however many items they hang off)."""
    root = xml_root(body, url, content_type)
    detail = MeetingDetail(meeting, minutes_published=flag(root.findtext("minutepublished")))
    seen: set[str] = set()
    items = [(item, _text(item, "agendaitemtitle")) for item in root.iter("agendaitem")]
    for node, title in [*items, (root, "")]:  # the meeting's own documents last, with no item
        for linked in node.iter("linkeddoc"):
            doc = _doc(linked, title)
            if doc is not None and doc.attachment_id not in seen:
                seen.add(doc.attachment_id)
                detail.documents.append(doc)
    return detail


def service_url(base: str, operation: str, **params: str) -> str:
    query = f"?{urlencode(params)}" if params else ""
    return f"{base.rstrip('/')}/{SERVICE}/{operation}{query}"


def meeting_url(base: str, meeting_id: str) -> str:
    return service_url(base, "GetMeeting", lMeetingId=meeting_id)


class ModernGov:
    """A council's ModernGov site through its web service."""

    def __init__(self, client: PoliteClient, council: Council) -> None:
        self.client, self.council = client, council

    def _ask(self, url: str) -> Answer:
        return self.client.get(url)

    def committees(self, keep: Callable[[Committee], bool]) -> list[Committee]:
        """Live committees (not deleted, not expired) that `keep` wants."""
        answer = self._ask(service_url(self.council.base, "GetCommittees"))
        every = parse_committees(answer.body, answer.url, answer.content_type)
        return [c for c in every if not c.deleted and not c.expired and keep(c)]

    def meetings(self, committee: Committee, start: date, end: date,
                 keep: Callable[[Committee], bool] | None = None) -> list[Meeting]:
        """The committee's meetings from `start` to `end` (it was kept already: `keep` is unused)."""
        url = service_url(self.council.base, "GetMeetings", lCommitteeId=committee.id,
                          sFromDate=start.strftime(DATE_FORMAT), sToDate=end.strftime(DATE_FORMAT))
        answer = self._ask(url)
        found = parse_meetings(answer.body, committee, self.council.base, answer.url, answer.content_type)
        return [m for m in found if start <= m.date <= end]  # some servers ignore the dates asked

    def detail(self, meeting: Meeting) -> MeetingDetail:
        answer = self._ask(meeting.url)
        detail = parse_meeting(answer.body, meeting, answer.url, answer.content_type)
        detail.sha256 = answer.sha256
        return detail
