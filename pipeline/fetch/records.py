"""The typed records the fetcher passes between its parts: council, committee, meeting,
document, a coded problem, and the run's summary."""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from urllib.parse import urlsplit

from pipeline.config import is_on
from pipeline.errors import message

# A run's budgets (Policy), here so the command's defaults need no HTTP client loaded.
MAX_REQUESTS = 5000  # per run: about three hours at one request per two seconds
MAX_BYTES = 2_000_000_000


@dataclass(frozen=True, slots=True)
class Council:
    """One council's democracy site: `base` is the address the system's paths hang off
    (`https://democracy.manchester.gov.uk`, `https://birmingham.cmis.uk.com/birmingham`)."""

    code: str
    name: str
    system: str  # "ModernGov" or "CMIS"
    base: str

    @property
    def host(self) -> str:
        return urlsplit(self.base).hostname or ""


@dataclass(frozen=True, slots=True)
class Committee:
    id: str
    title: str
    category: str = ""
    deleted: bool = False
    expired: bool = False


@dataclass(frozen=True, slots=True)
class Meeting:
    """A meeting as listed; `url` is where its detail is read (web-service call or page)."""

    id: str
    committee: Committee
    date: date
    url: str
    status: str = ""


@dataclass(frozen=True, slots=True)
class DocRef:
    """A document a meeting links to."""

    attachment_id: str
    title: str
    url: str
    item_title: str = ""
    restricted: bool = False
    publication_date: str | None = None  # ISO


@dataclass(slots=True)
class MeetingDetail:
    """What a meeting's detail says: its documents and whether its minutes are out."""

    meeting: Meeting
    documents: list[DocRef] = field(default_factory=list)
    minutes_published: bool = False
    sha256: str = ""  # of the answer's body: ModernGov sends no validators for it


@dataclass(frozen=True, slots=True)
class Problem:
    """A coded problem met while fetching (`pipeline.errors` codes E6xx/W6xx): one address,
    never the whole run."""

    code: str
    url: str
    detail: str = ""
    council: str = ""

    @property
    def text(self) -> str:
        return message(self.code, self.url, detail=self.detail)


@dataclass(slots=True)
class FetchSummary:
    """What one fetch run did, for people (`lines()`) and for the nightly digest."""

    councils: int = 0
    committees: int = 0
    meetings: int = 0
    meetings_unchanged: int = 0
    meetings_settled: int = 0
    documents_new: int = 0
    documents_known: int = 0
    bytes: int = 0
    requests: int = 0
    restricted: int = 0
    blocked: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)  # archive-relative paths of new documents
    planned: list[str] = field(default_factory=list)  # --dry-run: addresses that would be fetched
    problems: list[Problem] = field(default_factory=list)
    budget_spent: bool = False

    @property
    def skipped(self) -> int:
        return self.restricted + sum(1 for p in self.problems if p.code.startswith("E"))

    def lines(self) -> list[str]:
        out = [
            f"councils {self.councils}, committees {self.committees}, meetings {self.meetings} "
            f"({self.meetings_unchanged} unchanged, {self.meetings_settled} settled and not asked)",
            f"new documents {self.documents_new} ({self.bytes:,} bytes), already held {self.documents_known}, "
            f"skipped {self.skipped} ({self.restricted} restricted), blocked {len(self.blocked)}"
            + (f": {', '.join(self.blocked)}" if self.blocked else ""),
            f"requests {self.requests}" + (" (budget spent)" if self.budget_spent else ""),
        ]
        out += [f"{p.code} {p.text}" for p in self.problems]
        return out


@dataclass(frozen=True, slots=True)
class FetchConfig:
    """Whether, and what, the nightly run fetches before it reads the archive.

    Off unless switched on. `from_env` reads `SCRUTINY_FETCH` (1/true/on), `SCRUTINY_FETCH_COUNCILS`
    (codes, names or addresses, comma-separated), `SCRUTINY_FETCH_COMMITTEE` (a pattern),
    `SCRUTINY_FETCH_LOOKBACK_DAYS`, `SCRUTINY_FETCH_MAX_REQUESTS`, `SCRUTINY_FETCH_MAX_BYTES`.
    """

    enabled: bool = False
    councils: tuple[str, ...] = ()
    committee_pattern: str | None = None
    lookback_days: int = 90
    settle_weeks: int = 6
    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES

    @classmethod
    def from_env(cls, env: Mapping[str, str] | None = None) -> FetchConfig:
        env = os.environ if env is None else env
        return cls(
            enabled=is_on(env.get("SCRUTINY_FETCH")),
            councils=tuple(c.strip() for c in env.get("SCRUTINY_FETCH_COUNCILS", "").split(",") if c.strip()),
            committee_pattern=env.get("SCRUTINY_FETCH_COMMITTEE") or None,
            lookback_days=int(env.get("SCRUTINY_FETCH_LOOKBACK_DAYS") or 90),
            max_requests=int(env.get("SCRUTINY_FETCH_MAX_REQUESTS") or MAX_REQUESTS),
            max_bytes=int(env.get("SCRUTINY_FETCH_MAX_BYTES") or MAX_BYTES),
        )
