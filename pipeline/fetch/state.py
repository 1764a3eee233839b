"""What earlier fetches learnt, in a small SQLite database beside the archive.

Not the DuckDB store: that has one writer (the archive run), and this has another (the
fetch). Keyed by address:

- `responses`: every address asked, with the sha256 of its last body, its validators
  (ETag, Last-Modified) and, for the small web-service answers, the body itself, so that
  a 304 can stand in for it;
- `documents`: every document downloaded (once, never again) and where it was written;
- `meetings`: each meeting's detail hash, and `settled` once its minutes are out and
  some weeks have passed (a settled meeting is not asked about again);
- `hosts`: hosts that answered 403, blocked until `unblock`.

`readonly=True` (a dry run) reads all of this and writes none of it.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    url TEXT PRIMARY KEY, status INTEGER, sha256 TEXT, etag TEXT, last_modified TEXT,
    content_type TEXT, body BLOB, fetched_at TEXT, changed_at TEXT
);
CREATE TABLE IF NOT EXISTS documents (
    url TEXT PRIMARY KEY, council TEXT, meeting_id TEXT, attachment_id TEXT, path TEXT,
    sha256 TEXT, bytes INTEGER, fetched_at TEXT
);
CREATE TABLE IF NOT EXISTS meetings (
    council TEXT, meeting_id TEXT, committee TEXT, meeting_date TEXT, sha256 TEXT,
    minutes_published INTEGER, settled INTEGER DEFAULT 0, complete INTEGER DEFAULT 0, checked_at TEXT,
    PRIMARY KEY (council, meeting_id)
);
CREATE TABLE IF NOT EXISTS hosts (host TEXT PRIMARY KEY, blocked_at TEXT, reason TEXT);
"""


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass(frozen=True, slots=True)
class Known:
    """What the state holds about one address."""

    url: str
    sha256: str
    etag: str | None
    last_modified: str | None
    body: bytes | None


@dataclass(frozen=True, slots=True)
class KnownMeeting:
    sha256: str
    settled: bool
    complete: bool


class FetchState:
    """The fetch state database at `path` (created on first use)."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        if not readonly:
            self.path.parent.mkdir(parents=True, exist_ok=True)
        if readonly and not self.path.exists():
            self.con = sqlite3.connect(":memory:")
        else:
            self.con = sqlite3.connect(self.path)
        if not readonly:  # one fsync per checkpoint, not per answer remembered
            self.con.execute("PRAGMA journal_mode=WAL")
            self.con.execute("PRAGMA synchronous=NORMAL")
        self.con.executescript(SCHEMA)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> FetchState:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _write(self, sql: str, args: tuple[object, ...]) -> None:
        if self.readonly:
            return
        with self.con:
            self.con.execute(sql, args)

    # responses
    def response(self, url: str) -> Known | None:
        row = self.con.execute("SELECT sha256, etag, last_modified, body FROM responses WHERE url = ?", (url,)).fetchone()
        return Known(url, row[0], row[1], row[2], row[3]) if row else None

    def remember(self, url: str, *, status: int, sha256: str, etag: str | None, last_modified: str | None,
                 content_type: str | None, body: bytes | None) -> None:
        now = _now()
        self._write(
            "INSERT INTO responses VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (url) DO UPDATE SET "
            "status = excluded.status, etag = excluded.etag, last_modified = excluded.last_modified, "
            "content_type = excluded.content_type, body = excluded.body, fetched_at = excluded.fetched_at, "
            "changed_at = CASE WHEN responses.sha256 = excluded.sha256 THEN responses.changed_at ELSE excluded.changed_at END, "
            "sha256 = excluded.sha256",
            (url, status, sha256, etag, last_modified, content_type, body, now, now),
        )

    def seen(self, url: str) -> None:
        self._write("UPDATE responses SET fetched_at = ? WHERE url = ?", (_now(), url))

    # documents
    def document(self, url: str) -> str | None:
        """The archive path a document was written to, or None if it never was."""
        row = self.con.execute("SELECT path FROM documents WHERE url = ?", (url,)).fetchone()
        return row[0] if row else None

    def add_document(self, url: str, *, council: str, meeting_id: str, attachment_id: str, path: str,
                     sha256: str, size: int) -> None:
        self._write("INSERT OR REPLACE INTO documents VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    (url, council, meeting_id, attachment_id, path, sha256, size, _now()))

    # meetings
    def meeting(self, council: str, meeting_id: str) -> KnownMeeting | None:
        row = self.con.execute("SELECT sha256, settled, complete FROM meetings WHERE council = ? AND meeting_id = ?",
                               (council, meeting_id)).fetchone()
        return KnownMeeting(row[0] or "", bool(row[1]), bool(row[2])) if row else None

    def save_meeting(self, council: str, meeting_id: str, *, committee: str, meeting_date: str, sha256: str,
                     minutes_published: bool, settled: bool, complete: bool) -> None:
        self._write("INSERT OR REPLACE INTO meetings VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (council, meeting_id, committee, meeting_date, sha256, int(minutes_published), int(settled),
                     int(complete), _now()))

    # hosts
    def is_blocked(self, host: str) -> bool:
        return self.con.execute("SELECT 1 FROM hosts WHERE host = ?", (host.lower(),)).fetchone() is not None

    def block(self, host: str, reason: str) -> None:
        self._write("INSERT OR REPLACE INTO hosts VALUES (?, ?, ?)", (host.lower(), _now(), reason))

    def unblock(self, host: str) -> bool:
        """Clear a block (after the council granted access); True if there was one."""
        was = self.is_blocked(host)
        self._write("DELETE FROM hosts WHERE host = ?", (host.lower(),))
        return was

    def blocked_hosts(self) -> list[str]:
        return [r[0] for r in self.con.execute("SELECT host FROM hosts ORDER BY host")]
