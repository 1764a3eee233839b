"""Fetch new scrutiny papers from council websites into the archive, politely.

Almost every English and Welsh council publishes its committee papers through ModernGov
(a web service: `moderngov`) or CMIS (pages only: `cmis`). `fetch_all` asks each council
for its scrutiny, overview, select, audit and executive committees, their meetings in a
window of dates, and each meeting's documents, and writes the new ones into
`<archive>/fetched/<council>/<date>-<committee>/<attachmentid>-<title>.pdf` with a
sidecar of the publisher's metadata that ingestion reads before the cover fields
(`pipeline.ingest.sidecar`).

The parts: `client` (one request at a time per host, 2 s apart with jitter, robots.txt,
retries with backoff honouring Retry-After, budgets, a gate that refuses every host but the
councils'), `state` (SQLite beside the archive: hashes, validators, documents held,
settled meetings, blocked hosts), `cassette` (record answers byte for byte; replay them
on 127.0.0.1), `councils` (the councils and committee words as data), `writer`, `run`.

    summary = fetch_all(["MAN"], "data/raw", since=date(2026, 1, 1))
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from pipeline.lazy import lazy_exports

if TYPE_CHECKING:
    from pipeline.fetch.client import Blocked, BudgetSpent, FetchError, HostGate, Policy, PoliteClient
    from pipeline.fetch.councils import committee_filter, load_councils, resolve
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
    from pipeline.fetch.run import Window, fetch_all, fetch_configured, state_path
    from pipeline.fetch.state import FetchState

# Loaded on first use: `scrutiny --help` and every other command do not pay for httpx.
_HOME = {
    "Blocked": "client", "BudgetSpent": "client", "FetchError": "client", "HostGate": "client", "Policy": "client",
    "PoliteClient": "client", "committee_filter": "councils", "load_councils": "councils", "resolve": "councils",
    "Committee": "records", "Council": "records", "DocRef": "records", "FetchSummary": "records",
    "Meeting": "records", "MeetingDetail": "records", "Problem": "records", "FetchConfig": "records",
    "Window": "run", "fetch_all": "run", "fetch_configured": "run", "state_path": "run", "FetchState": "state",
}


__getattr__ = lazy_exports(__name__, _HOME)


__all__ = [
    "Blocked", "BudgetSpent", "Committee", "Council", "DocRef", "FetchConfig", "FetchError", "FetchState", "FetchSummary",
    "HostGate", "Meeting", "MeetingDetail", "Policy", "PoliteClient", "Problem", "Window", "committee_filter",
    "fetch_all", "fetch_configured", "load_councils", "resolve", "state_path",
]
