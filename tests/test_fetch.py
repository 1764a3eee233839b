"""The fetcher against a replay server on 127.0.0.1 (issue 18).

Every council host is routed to the local server and every other host is refused, so no
test leaves the machine. The clock and sleep are a fake one: the delays between requests
and the backoff are measured on it, and the tests run in well under a second of waiting.
"""

from __future__ import annotations

import json
import random
import sqlite3
from datetime import date
from pathlib import Path

import pytest

from pipeline.fetch import Council, FetchConfig, FetchError, Policy, PoliteClient, fetch_all, fetch_configured
from pipeline.fetch.cassette import ReplayServer, Take, load_cassette
from pipeline.fetch.state import FetchState

F = Path(__file__).parent / "fixtures" / "moderngov"
MAN_HOST = "democracy.manchester.gov.uk"
EXA_HOST = "democracy.example-borough.gov.uk"
BLK_HOST = "democracy.blocked-borough.gov.uk"
BIR_HOST = "birmingham.cmis.uk.com"
EXA = Council("EXA", "Example Borough Council", "ModernGov", f"https://{EXA_HOST}")
BLK = Council("BLK", "Blocked Borough Council", "ModernGov", f"https://{BLK_HOST}")
BIR = Council("BIR", "Birmingham City Council", "CMIS", f"https://{BIR_HOST}/birmingham/Councillors.aspx")
WINDOW = {"since": date(2026, 1, 1), "until": date(2026, 3, 31), "today": date(2026, 3, 10)}


class FakeClock:
    """A monotonic clock that only moves when slept on."""

    def __init__(self) -> None:
        self.now = 1000.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(seconds)
        self.now += seconds


def cassettes(*names: str) -> dict:
    takes: dict = {}
    for name in names:
        takes.update(load_cassette(F, f"{name}.tsv"))
    return takes


@pytest.fixture
def server():
    with ReplayServer(cassettes("manchester", "example", "blocked", "birmingham")) as srv:
        yield srv


@pytest.fixture
def clock():
    return FakeClock()


def run(server, clock, archive, councils, **kw):
    routes = {h: server.origin for h in (MAN_HOST, EXA_HOST, BLK_HOST, BIR_HOST)}
    options = {**WINDOW, **kw}
    return fetch_all(councils, archive, routes=routes, clock=clock, sleep=clock.sleep, rng=random.Random(7), **options)


def asked(server, host):
    return [path for h, path, _ in server.requests if h == host]


def test_manchester_audit_committee_meetings_and_documents(server, clock, tmp_path):
    summary = run(server, clock, tmp_path, ["MAN"])
    paths = asked(server, MAN_HOST)
    # only the live committee the default words keep (Audit) is asked for its meetings
    assert [p for p in paths if "GetMeetings" in p] == [
        "/mgWebService.asmx/GetMeetings?lCommitteeId=144&sFromDate=01%2F01%2F2026&sToDate=31%2F03%2F2026"]
    assert {p for p in paths if "GetMeeting?" in p} == {"/mgWebService.asmx/GetMeeting?lMeetingId=4966",
                                                         "/mgWebService.asmx/GetMeeting?lMeetingId=4967"}
    assert summary.meetings == 2 and summary.documents_new == 2 and summary.committees == 1
    assert summary.written == [
        "fetched/man/2026-02-10-audit-committee/60860-6-chair-approved-minutes-audit-committee-25-nov-2025.pdf",
        "fetched/man/2026-02-10-audit-committee/60909-draft-wp-february-2026.pdf",
    ]
    doc = tmp_path / summary.written[0]
    assert doc.read_bytes() == (F / "docs" / "man_60860.pdf").read_bytes()
    sidecar = json.loads((doc.parent / (doc.name + ".meta.json")).read_text())
    assert {k: sidecar[k] for k in ("council", "committee", "meeting_date", "item_title", "source_url")} == {
        "council": "Manchester City Council", "committee": "Audit Committee", "meeting_date": "2026-02-10",
        "item_title": "Minutes", "source_url": "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860"}
    assert summary.bytes == sum((tmp_path / p).stat().st_size for p in summary.written)
    # an honest User-Agent naming the project on every request
    assert all(h["User-Agent"].startswith("scrutiny/") for _, _, h in server.requests)


def test_a_second_fetch_downloads_nothing(server, clock, tmp_path):
    run(server, clock, tmp_path, ["MAN", EXA])
    before = len(server.requests)
    again = run(server, clock, tmp_path, ["MAN", EXA])
    second = [p for _, p, _ in server.requests[before:]]
    assert again.documents_new == 0 and again.written == []
    assert not [p for p in second if "mgConvert2PDF" in p]
    assert again.meetings_unchanged == again.meetings == 4


def test_a_changed_meeting_is_seen_through_its_hash(server, clock, tmp_path):
    run(server, clock, tmp_path, [EXA])
    takes = cassettes("example")
    path = "/mgWebService.asmx/GetMeeting?lMeetingId=501"
    takes[(EXA_HOST, path)] = [Take(200, "text/xml; charset=utf-8", (F / "exa_GetMeeting_501_v2.xml").read_bytes(), {})]
    server.load(takes)
    later = run(server, clock, tmp_path, [EXA])
    assert later.written == ["fetched/exa/2026-01-14-overview-and-scrutiny-committee/9003-cabinet-response-action-plan.pdf"]
    assert later.meetings_unchanged == 1  # the Cabinet's meeting: same hash, not read again
    assert later.documents_known == 1  # 9001, held already: never downloaded again
    assert [p for _, p, _ in server.requests if "mgConvert2PDF" in p].count("/mgConvert2PDF.aspx?ID=9001") == 1


def test_restricted_html_and_blocked_answers_are_reported_and_the_run_goes_on(server, clock, tmp_path):
    summary = run(server, clock, tmp_path, [BLK, EXA])
    codes = {(p.code, p.council) for p in summary.problems}
    assert ("E601", "BLK") in codes  # 403: blocked
    assert ("E602", "EXA") in codes  # a 200 that was an HTML page, not XML
    assert ("W601", "EXA") in codes  # a restricted document, skipped
    html = next(p for p in summary.problems if p.code == "E602")
    assert "lCommitteeId=11" in html.url and "Object moved" in html.text
    assert summary.blocked == ["BLK"] and summary.restricted == 1
    assert "/mgConvert2PDF.aspx?ID=9002" not in asked(server, EXA_HOST)
    assert summary.documents_new == 2  # the rest of EXA was fetched
    # a blocked council is never asked again, not even for robots.txt
    n = len(asked(server, BLK_HOST))
    again = run(server, clock, tmp_path, [BLK])
    assert len(asked(server, BLK_HOST)) == n and again.blocked == ["BLK"]
    assert FetchState(tmp_path / ".fetch" / "state.sqlite").blocked_hosts() == [BLK_HOST]


def test_retries_honour_retry_after_and_back_off(server, clock, tmp_path):
    summary = run(server, clock, tmp_path, [EXA])
    attempts = asked(server, EXA_HOST).count("/mgWebService.asmx/GetMeeting?lMeetingId=601")
    assert attempts == 3  # 503 (Retry-After: 7), 500, then 200
    assert 7.0 in clock.slept  # exactly what Retry-After asked
    assert any(s >= 10.0 for s in clock.slept)  # then exponential backoff (5 s x 2 on the 2nd retry)
    assert "fetched/exa/2026-03-03-cabinet/9100-cabinet-response-to-fuel-poverty-recommendations.pdf" in summary.written


def test_requests_to_a_host_are_spaced_by_two_seconds_and_robots_crawl_delay(server, clock, tmp_path):
    state = FetchState(tmp_path / "state.sqlite")
    routes = {MAN_HOST: server.origin, EXA_HOST: server.origin}
    with PoliteClient(state, routes, clock=clock, sleep=clock.sleep, rng=random.Random(1)) as client:
        for _ in range(3):
            client.get(f"https://{MAN_HOST}/mgWebService.asmx/GetCommittees")
        for _ in range(3):
            client.get(f"https://{EXA_HOST}/mgWebService.asmx/GetCommittees")
        times = {host: [t for t, url, _ in client.log if host in url] for host in (MAN_HOST, EXA_HOST)}
    gaps = {host: [b - a for a, b in zip(ts, ts[1:])] for host, ts in times.items()}
    assert len(times[MAN_HOST]) == 4  # robots.txt (404: allowed) and three calls
    assert all(2.0 <= g <= 3.0 for g in gaps[MAN_HOST]), gaps  # 2 s and up to 1 s of jitter
    assert len(set(gaps[MAN_HOST])) > 1  # jittered
    assert all(5.0 <= g <= 6.0 for g in gaps[EXA_HOST][1:]), gaps  # Crawl-delay: 5 once robots.txt is read
    # and robots.txt's Disallow is obeyed without asking
    with PoliteClient(state, routes, clock=clock, sleep=clock.sleep) as client, pytest.raises(FetchError) as err:
        client.get(f"https://{EXA_HOST}/private/papers.pdf")
    assert err.value.code == "E605"
    assert "/private/papers.pdf" not in asked(server, EXA_HOST)


def test_conditional_requests_when_validators_exist(server, clock, tmp_path):
    path = "/mgWebService.asmx/GetCommittees"
    body = (F / "modgov_GetCommittees_committees.xml").read_bytes()
    server.load({(MAN_HOST, path): [Take(200, "text/xml", body, {"ETag": '"v1"', "Last-Modified": "Tue, 10 Feb 2026 10:00:00 GMT"}),
                                    Take(304, "", b"", {})]})
    state = FetchState(tmp_path / "state.sqlite")
    with PoliteClient(state, {MAN_HOST: server.origin}, clock=clock, sleep=clock.sleep) as client:
        first = client.get(f"https://{MAN_HOST}{path}")
        second = client.get(f"https://{MAN_HOST}{path}")
    sent = [h for _, p, h in server.requests if p == path]
    assert sent[1]["If-None-Match"] == '"v1"' and sent[1]["If-Modified-Since"].startswith("Tue, 10 Feb 2026")
    assert second.not_modified and second.body == first.body == body and not second.changed


def test_timeouts_are_retried(server, clock, tmp_path):
    path = "/mgWebService.asmx/GetCommittees"
    body = (F / "modgov_GetCommittees_committees.xml").read_bytes()
    server.load({(MAN_HOST, path): [Take(200, "text/xml", body, {}, delay=1.0), Take(200, "text/xml", body, {})]})
    policy = Policy(timeout=0.2)
    with PoliteClient(FetchState(tmp_path / "s.sqlite"), {MAN_HOST: server.origin}, policy=policy,
                      clock=clock, sleep=clock.sleep) as client:
        answer = client.get(f"https://{MAN_HOST}{path}")
    assert answer.body == body
    assert [s for _, u, s in client.log if u.endswith(path)] == [0, 200]  # 0: timed out


def test_every_other_host_is_refused_without_a_request(server, clock, tmp_path):
    with PoliteClient(FetchState(tmp_path / "s.sqlite"), {MAN_HOST: server.origin}, clock=clock,
                      sleep=clock.sleep) as client, pytest.raises(FetchError) as err:
        client.get("https://www.example.com/mgWebService.asmx/GetCommittees")
    assert err.value.code == "E606" and client.requests == 0


def test_a_redirect_to_another_host_is_refused(server, clock, tmp_path):
    server.load({(MAN_HOST, "/mgConvert2PDF.aspx?ID=1"): [Take(302, "", b"", {"Location": "https://login.example.com/"})]})
    with PoliteClient(FetchState(tmp_path / "s.sqlite"), {MAN_HOST: server.origin}, clock=clock,
                      sleep=clock.sleep) as client, pytest.raises(FetchError) as err:
        client.get(f"https://{MAN_HOST}/mgConvert2PDF.aspx?ID=1")
    assert err.value.code == "E606"


def test_the_budget_stops_the_run(server, clock, tmp_path):
    summary = run(server, clock, tmp_path, ["MAN", EXA], policy=Policy(max_requests=5))
    assert summary.budget_spent and summary.requests == 5
    assert any(p.code == "W602" for p in summary.problems)
    assert not asked(server, EXA_HOST)  # the run stopped asking


def test_a_settled_meeting_is_not_asked_about_again(server, clock, tmp_path):
    later = {**WINDOW, "today": date(2026, 6, 1)}  # minutes of 10 Feb published, six weeks past
    run(server, clock, tmp_path, ["MAN"], **later)
    before = len(server.requests)
    again = run(server, clock, tmp_path, ["MAN"], **later)
    assert "/mgWebService.asmx/GetMeeting?lMeetingId=4967" not in [p for _, p, _ in server.requests[before:]]
    assert again.meetings_settled == 1
    con = sqlite3.connect(tmp_path / ".fetch" / "state.sqlite")
    assert con.execute("SELECT settled FROM meetings WHERE meeting_id = '4967'").fetchone() == (1,)


def test_dry_run_lists_and_writes_nothing(server, clock, tmp_path):
    summary = run(server, clock, tmp_path, ["MAN"], dry_run=True)
    assert summary.planned == ["https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860",
                               "https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60909"]
    assert not (tmp_path / "fetched").exists() and not (tmp_path / ".fetch" / "state.sqlite").exists()
    assert not [p for _, p, _ in server.requests if "mgConvert2PDF" in p]


def test_cmis_calendar_meeting_and_documents(server, clock, tmp_path):
    summary = run(server, clock, tmp_path, [BIR], committee_pattern="^Planning", since=date(2026, 6, 1),
                  until=date(2026, 6, 30), today=date(2026, 7, 10))
    assert summary.meetings == 1 and summary.committees == 1
    assert summary.written == [
        "fetched/bir/2026-06-30-planning-committee/abc123-final-planning-minutes-16042026.pdf",
        "fetched/bir/2026-06-30-planning-committee/def456-final-agenda-reports-9th-july-2026.pdf",
    ]
    side = json.loads((tmp_path / (summary.written[0] + ".meta.json")).read_text())
    assert side["system"] == "CMIS" and side["committee"] == "Planning Committee" and side["meeting_date"] == "2026-06-30"


def test_record_then_replay_gives_the_same_run(server, clock, tmp_path):
    first = run(server, clock, tmp_path / "a", ["MAN"], record=tmp_path / "cassette")
    with ReplayServer(load_cassette(tmp_path / "cassette")) as replay:
        again = fetch_all(["MAN"], tmp_path / "b", routes={MAN_HOST: replay.origin}, clock=clock, sleep=clock.sleep,
                          **WINDOW)
    assert again.written == first.written
    for rel in first.written:
        assert (tmp_path / "b" / rel).read_bytes() == (tmp_path / "a" / rel).read_bytes()


def test_the_nightly_configuration_is_off_unless_switched_on(server, clock, tmp_path):
    assert FetchConfig.from_env({}).enabled is False
    assert fetch_configured(tmp_path, FetchConfig.from_env({"SCRUTINY_FETCH_COUNCILS": "MAN"})) is None
    config = FetchConfig.from_env({"SCRUTINY_FETCH": "1", "SCRUTINY_FETCH_COUNCILS": "MAN, EXA?",
                                   "SCRUTINY_FETCH_MAX_REQUESTS": "50"})
    assert config.councils == ("MAN", "EXA?") and config.max_requests == 50
    summary = fetch_configured(tmp_path, config, routes={MAN_HOST: server.origin}, clock=clock, sleep=clock.sleep,
                               since=WINDOW["since"], until=WINDOW["until"], today=WINDOW["today"])
    assert summary is not None and summary.documents_new == 2
    assert [p.code for p in summary.problems] == ["E607"]  # the unknown council, reported, not fatal


def test_an_unreachable_robots_txt_means_nothing_is_asked(server, clock, tmp_path):
    server.load({(MAN_HOST, "/robots.txt"): [Take(503, "text/html", b"", {})]})
    with PoliteClient(FetchState(tmp_path / "s.sqlite"), {MAN_HOST: server.origin}, policy=Policy(attempts=2),
                      clock=clock, sleep=clock.sleep) as client:
        for _ in range(2):
            with pytest.raises(FetchError) as err:
                client.get(f"https://{MAN_HOST}/mgWebService.asmx/GetCommittees")
            assert err.value.code == "E605"
    assert asked(server, MAN_HOST) == ["/robots.txt", "/robots.txt"]  # two attempts, then nothing more this run


def test_the_byte_budget_abandons_a_download_that_would_overrun_it(server, clock, tmp_path):
    listings = sum(len((F / n).read_bytes()) for n in ("modgov_GetCommittees_committees.xml", "modgov_GetMeetings_meetings.xml",
                                                         "modgov_GetMeeting_meeting_no_minutes.xml",
                                                         "modgov_GetMeeting_meeting_with_minutes.xml"))
    summary = run(server, clock, tmp_path, ["MAN"], policy=Policy(max_bytes=listings + 500))  # the 1.5 kB PDF overruns it
    assert summary.budget_spent and summary.written == [] and summary.documents_new == 0
    assert not any(tmp_path.rglob("*.pdf"))
    assert any(p.code == "W602" and "60860" in p.url for p in summary.problems)


def test_cmis_default_words_over_two_months_of_calendar(server, clock, tmp_path):
    summary = run(server, clock, tmp_path, [BIR], since=date(2026, 6, 1), until=date(2026, 7, 31), today=date(2026, 8, 1))
    months = [p for p in asked(server, BIR_HOST) if "MeetingCalendarPublicNoJava" in p]
    assert [m.split("/Date/")[1][:10] for m in months] == ["2026-06-01", "2026-07-01"]
    assert summary.meetings == 1  # Licensing and Planning are not scrutiny: only the O&S meeting
    assert summary.written == [
        "fetched/bir/2026-07-14-overview-and-scrutiny-committee/ghi789-report-of-the-overview-and-scrutiny-committee-bus-services.pdf"]


def test_one_fetch_at_a_time_per_archive(server, clock, tmp_path):
    import filelock

    (tmp_path / ".fetch").mkdir()
    with filelock.FileLock(str(tmp_path / ".fetch" / "state.sqlite.lock")):
        summary = run(server, clock, tmp_path, ["MAN"])
    assert [p.code for p in summary.problems] == ["E610"] and not server.requests
