"""One fetch run: for each council, its kept committees, their meetings, the new documents.

`fetch_all` is the whole run as plain Python (the CLI and the nightly flow both call it).
Only what is new is asked for: a settled meeting (minutes out, some weeks past) is not
asked about again, an unchanged meeting (same sha256 of its detail) is not read again, and
a document once downloaded is never downloaded again. Every problem is coded and kept in
the summary against its address; a 403 ends that council's run (blocked), a spent budget
ends the whole run, and nothing else stops it.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Protocol

import filelock

from pipeline.fetch.cassette import Recorder
from pipeline.fetch.client import Blocked, BudgetSpent, FetchError, Policy, PoliteClient
from pipeline.fetch.cmis import Cmis
from pipeline.fetch.councils import committee_filter, resolve
from pipeline.fetch.moderngov import ModernGov, looks_like_html
from pipeline.fetch.records import (
    Committee,
    Council,
    DocRef,
    FetchConfig,
    FetchSummary,
    Meeting,
    MeetingDetail,
    Problem,
)
from pipeline.fetch.state import FetchState
from pipeline.fetch.writer import document_path, suffix_for, write_fetched
from pipeline.ingest.sidecar import Sidecar

log = logging.getLogger(__name__)

STATE_FILE = Path(".fetch") / "state.sqlite"  # hidden: archive runs never read it as a document


@dataclass(frozen=True, slots=True)
class Window:
    """Which meetings a run looks at, and when a meeting is settled."""

    since: date
    until: date
    today: date
    settle_after: timedelta = timedelta(weeks=6)

    @classmethod
    def around(cls, today: date, *, since: date | None = None, until: date | None = None,
               lookback_days: int = 90, ahead_days: int = 28, settle_weeks: int = 6) -> Window:
        return cls(since or today - timedelta(days=lookback_days), until or today + timedelta(days=ahead_days),
                   today, timedelta(weeks=settle_weeks))


class Source(Protocol):
    """A council's meetings system (`ModernGov`, `Cmis`)."""

    def committees(self, keep: Callable[[Committee], bool]) -> list[Committee]: ...

    def meetings(self, committee: Committee, start: date, end: date,
                 keep: Callable[[Committee], bool] | None = None) -> list[Meeting]: ...

    def detail(self, meeting: Meeting) -> MeetingDetail: ...


SOURCES: dict[str, Callable[[PoliteClient, Council], Source]] = {"moderngov": ModernGov, "cmis": Cmis}


def state_path(archive: str | Path) -> Path:
    """Where the fetch state of `archive` lives: beside its documents, hidden."""
    return Path(archive) / STATE_FILE


@dataclass(slots=True)
class _Run:
    client: PoliteClient
    state: FetchState
    archive: Path
    window: Window
    keep: Callable[[Committee], bool]
    dry_run: bool
    summary: FetchSummary
    progress: Callable[[str], None]
    committees_seen: set[tuple[str, str]] = field(default_factory=set)

    def problem(self, exc: FetchError, council: Council) -> None:
        p = Problem(exc.code, exc.url, exc.detail, council.code)
        self.summary.problems.append(p)
        log.warning("%s %s", p.code, p.text)

    def council(self, council: Council) -> None:
        factory = SOURCES.get(council.system.lower())
        if factory is None:
            self.problem(FetchError("E608", council.base, f"a {council.system!r} site, which is not supported"), council)
            return
        source = factory(self.client, council)
        self.summary.councils += 1
        self.progress(f"{council.code} {council.name} ({council.system})")
        for committee in source.committees(self.keep):
            try:
                meetings = source.meetings(committee, self.window.since, self.window.until, self.keep)
            except (Blocked, BudgetSpent):
                raise
            except FetchError as exc:
                self.problem(exc, council)
                continue
            for meeting in meetings:
                self.committees_seen.add((council.code, meeting.committee.title))
                self.meeting(source, council, meeting)

    def meeting(self, source: Source, council: Council, meeting: Meeting) -> None:
        self.summary.meetings += 1
        known = self.state.meeting(council.code, meeting.id)
        if known is not None and known.settled:
            self.summary.meetings_settled += 1
            return
        try:
            detail = source.detail(meeting)
        except (Blocked, BudgetSpent):
            raise
        except FetchError as exc:
            self.problem(exc, council)
            return
        if known is not None and known.complete and known.sha256 == detail.sha256:
            self.summary.meetings_unchanged += 1
            return
        self.progress(f"  {meeting.date} {meeting.committee.title}: {len(detail.documents)} document(s)")
        complete = True
        for doc in detail.documents:
            complete &= self.document(council, meeting, doc)
        settled = (detail.minutes_published and complete
                   and meeting.date <= self.window.today - self.window.settle_after)
        self.state.save_meeting(council.code, meeting.id, committee=meeting.committee.title,
                                meeting_date=meeting.date.isoformat(), sha256=detail.sha256,
                                minutes_published=detail.minutes_published, settled=settled, complete=complete)

    def document(self, council: Council, meeting: Meeting, doc: DocRef) -> bool:
        """Fetch one document unless held already; False when it should be tried again."""
        if doc.restricted:
            self.summary.restricted += 1
            self.problem(FetchError("W601", doc.url, f"{doc.attachment_id} {doc.title!r}"), council)
            return True
        if self.state.document(doc.url) is not None:
            self.summary.documents_known += 1
            return True
        if self.dry_run:
            self.summary.planned.append(doc.url)
            return True
        try:
            answer = self.client.get(doc.url, conditional=False, keep_body=False)
        except (Blocked, BudgetSpent):
            raise
        except FetchError as exc:
            self.problem(exc, council)
            return False
        if looks_like_html(answer.body, answer.content_type):
            self.problem(FetchError("E602", doc.url, "a page where a document was expected (a login page?)"), council)
            return False
        suffix = suffix_for(answer.body, answer.content_type, doc.url)
        rel = document_path(council.code, meeting.date.isoformat(), meeting.committee.title, doc.attachment_id,
                            doc.title or doc.item_title, suffix)
        sidecar = Sidecar(
            council=council.name, committee=meeting.committee.title, meeting_date=meeting.date.isoformat(),
            title=doc.title or None, item_title=doc.item_title or None, source_url=doc.url, system=council.system,
            council_code=council.code, meeting_id=meeting.id, attachment_id=doc.attachment_id,
            publication_date=doc.publication_date, fetched_at=datetime.now(UTC).isoformat(timespec="seconds"),
            sha256=answer.sha256,
        )
        write_fetched(self.archive, rel, answer.body, sidecar)
        self.state.add_document(doc.url, council=council.code, meeting_id=meeting.id,
                                attachment_id=doc.attachment_id, path=rel, sha256=answer.sha256, size=len(answer.body))
        self.summary.documents_new += 1
        self.summary.bytes += len(answer.body)
        self.summary.written.append(rel)
        self.progress(f"    new {rel}")
        return True


def fetch_all(
    councils: Iterable[str | Council],
    archive: str | Path,
    *,
    since: date | None = None,
    until: date | None = None,
    committee_pattern: str | None = None,
    dry_run: bool = False,
    record: str | Path | None = None,
    policy: Policy | None = None,
    state: str | Path | None = None,
    routes: Mapping[str, str | None] | None = None,
    today: date | None = None,
    settle_weeks: int = 6,
    lookback_days: int = 90,
    clock: Callable[[], float] = time.monotonic,
    sleep: Callable[[float], None] = time.sleep,
    rng: random.Random | None = None,
    progress: Callable[[str], None] | None = None,
) -> FetchSummary:
    """Fetch the new scrutiny papers of `councils` into `archive`/fetched/; return what was done.

    `councils` are codes, names or base addresses (`resolve`) or `Council` records. `routes`,
    when given, is the complete set of hosts that may be asked and where each goes (tests
    map council hosts to 127.0.0.1); by default only the councils' own hosts are asked.
    `dry_run` asks for the listings but downloads and records nothing: `planned` lists the
    documents it would fetch. `record` writes every answer to a cassette folder (a new one),
    asking everything afresh (its state is kept in that folder, not beside the archive).
    """
    archive = Path(archive)
    summary = FetchSummary()
    chosen: list[Council] = []
    for c in councils:
        try:
            chosen.append(c if isinstance(c, Council) else resolve(c))
        except FetchError as exc:
            summary.problems.append(Problem(exc.code, exc.url, exc.detail))
    window = Window.around(today or date.today(), since=since, until=until, lookback_days=lookback_days,
                           settle_weeks=settle_weeks)
    allowed = dict(routes) if routes is not None else {c.host: None for c in chosen}
    # a recording starts from nothing known, so that the cassette holds every answer whole
    db = Path(state) if state else Path(record) / "state.sqlite" if record else state_path(archive)
    lock = filelock.FileLock(str(db) + ".lock", timeout=0) if not dry_run else None
    if lock is not None:
        db.parent.mkdir(parents=True, exist_ok=True)
        try:
            lock.acquire()
        except filelock.Timeout:
            summary.problems.append(Problem("E610", str(archive), str(db)))
            return summary
    try:
        with FetchState(db, readonly=dry_run) as st, PoliteClient(
            st, allowed, policy=policy, clock=clock, sleep=sleep, rng=rng,
            recorder=Recorder(record) if record else None,
        ) as client:
            run = _Run(client, st, archive, window, committee_filter(committee_pattern), dry_run, summary,
                       progress or (lambda _: None))
            for council in chosen:
                try:
                    run.council(council)
                except Blocked as exc:
                    summary.blocked.append(council.code)
                    run.problem(exc, council)
                except BudgetSpent as exc:
                    summary.budget_spent = True
                    run.problem(exc, council)
                    break
                except FetchError as exc:
                    run.problem(exc, council)
            summary.committees = len(run.committees_seen)
            summary.requests = client.requests
    finally:
        if lock is not None:
            lock.release()
    return summary


def fetch_configured(archive: str | Path, config: FetchConfig | None = None, **options: object) -> FetchSummary | None:
    """The nightly flow's first step: `fetch_all` as configured, or None when fetching is off.

    `options` go to `fetch_all` as they are (tests pass `routes`, `clock`, `sleep`, `today`)."""
    config = config or FetchConfig.from_env()
    if not config.enabled or not config.councils:
        return None
    policy = Policy(max_requests=config.max_requests, max_bytes=config.max_bytes)
    return fetch_all(config.councils, archive, committee_pattern=config.committee_pattern,
                     lookback_days=config.lookback_days, settle_weeks=config.settle_weeks, policy=policy,
                     **options)  # type: ignore[arg-type]
