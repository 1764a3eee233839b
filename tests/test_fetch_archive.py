"""Fetched documents in the archive: ingestion reads their sidecars before the cover fields,
and an archive run stores them with the publisher's metadata (issue 18)."""

from __future__ import annotations

import random
from contextlib import closing
from datetime import date
from pathlib import Path

import pytest

from pipeline.fetch import fetch_all
from pipeline.fetch.cassette import ReplayServer, load_cassette
from pipeline.ingest import read_document
from pipeline.ingest.sidecar import Sidecar, read_sidecar, sidecar_path, write_sidecar

F = Path(__file__).parent / "fixtures" / "moderngov"
MAN_HOST = "democracy.manchester.gov.uk"
COVER = "Report to: Finance Scrutiny Committee\nDate: 1 January 2020\nSubject: Old title\n\n1.1 Text.\n"


def test_the_sidecar_comes_before_the_cover_fields(tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text(COVER, encoding="utf-8")
    assert read_document(doc).meta.body == "Finance Scrutiny Committee"  # from the cover, with no sidecar
    write_sidecar(doc, Sidecar(council="Manchester City Council", committee="Audit Committee",
                               meeting_date="2026-02-10", title="Work Programme"))
    meta = read_document(doc).meta
    assert (meta.council, meta.body, meta.date, meta.title) == (
        "Manchester City Council", "Audit Committee", "2026-02-10", "Work Programme")


def test_the_cover_fills_what_the_sidecar_lacks_and_a_damaged_sidecar_is_ignored(tmp_path):
    doc = tmp_path / "report.txt"
    doc.write_text(COVER, encoding="utf-8")
    write_sidecar(doc, Sidecar(committee="Audit Committee"))
    meta = read_document(doc).meta
    assert (meta.body, meta.date, meta.title) == ("Audit Committee", "2020-01-01", "Old title")
    sidecar_path(doc).write_text("{not json", encoding="utf-8")
    assert read_sidecar(doc) is None
    assert read_document(doc).meta.body == "Finance Scrutiny Committee"


class _Clock:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.now += seconds


@pytest.mark.slow
def test_an_archive_run_over_a_fetched_archive_stores_the_sidecar_metadata(tmp_path):
    from pipeline.archive import run_archive
    from pipeline.store import connect

    archive = tmp_path / "archive"
    clock = _Clock()
    with ReplayServer(load_cassette(F, "manchester.tsv")) as server:
        fetched = fetch_all(["MAN"], archive, routes={MAN_HOST: server.origin}, since=date(2026, 1, 1),
                            until=date(2026, 3, 31), today=date(2026, 3, 10), clock=clock, sleep=clock.sleep,
                            rng=random.Random(1))
    assert fetched.documents_new == 2
    db = tmp_path / "store.duckdb"
    digest = run_archive(archive, db, today=date(2026, 3, 10))
    assert digest.documents_added == 2 and digest.failures == 0  # sidecars and the state db are not documents
    assert digest.skipped_items == []  # nor are they files the run could not read
    with closing(connect(db)) as con:
        rows = con.execute("SELECT path, council, body, date, title FROM documents ORDER BY path").fetchall()
    assert rows == [
        ("fetched/man/2026-02-10-audit-committee/60860-6-chair-approved-minutes-audit-committee-25-nov-2025.pdf",
         "Manchester City Council", "Audit Committee", "2026-02-10",
         "6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025"),  # the PDF's cover says Finance Scrutiny, 2020
        ("fetched/man/2026-02-10-audit-committee/60909-draft-wp-february-2026.pdf",
         "Manchester City Council", "Audit Committee", "2026-02-10", "DRAFT WP FEBRUARY 2026"),
    ]
    # a second fetch and run: nothing new anywhere
    with ReplayServer(load_cassette(F, "manchester.tsv")) as server:
        again = fetch_all(["MAN"], archive, routes={MAN_HOST: server.origin}, since=date(2026, 1, 1),
                          until=date(2026, 3, 31), today=date(2026, 3, 10), clock=clock, sleep=clock.sleep)
    assert again.documents_new == 0
    assert run_archive(archive, db, today=date(2026, 3, 10)).documents_added == 0


@pytest.mark.slow
def test_cli_reports_an_unknown_council_and_unblocks(tmp_path):
    from typer.testing import CliRunner

    from pipeline.cli import app
    from pipeline.fetch import FetchState

    result = CliRunner().invoke(app, ["fetch", "Atlantis", "--archive", str(tmp_path)])
    assert result.exit_code == 1 and "E607" in result.output
    with FetchState(tmp_path / ".fetch" / "state.sqlite") as st:
        st.block(MAN_HOST, "403")
    result = CliRunner().invoke(app, ["fetch", "MAN", "--archive", str(tmp_path), "--unblock"])
    assert result.exit_code == 0 and f"{MAN_HOST}: unblocked" in result.output
    with FetchState(tmp_path / ".fetch" / "state.sqlite") as st:
        assert not st.is_blocked(MAN_HOST)


def test_a_run_with_fetching_switched_on_fetches_first_and_stores_the_papers(tmp_path, monkeypatch):
    """`scrutiny run` with SCRUTINY_FETCH=1: tonight's papers are fetched before the plan and stored
    with the publisher's metadata (the council's host mapped to the local replay server)."""
    import functools

    from typer.testing import CliRunner

    import pipeline.fetch.run as fetch_run
    from flows.cli import app
    from pipeline.store import connect

    archive = tmp_path / "archive"
    archive.mkdir()
    db = tmp_path / "store.duckdb"
    clock = _Clock()
    monkeypatch.setenv("SCRUTINY_FETCH", "1")
    monkeypatch.setenv("SCRUTINY_FETCH_COUNCILS", "MAN")
    with ReplayServer(load_cassette(F, "manchester.tsv")) as server:
        monkeypatch.setattr(fetch_run, "fetch_all", functools.partial(
            fetch_run.fetch_all, routes={MAN_HOST: server.origin}, since=date(2026, 1, 1), until=date(2026, 3, 31),
            today=date(2026, 3, 10), clock=clock, sleep=clock.sleep, rng=random.Random(1)))
        result = CliRunner().invoke(app, ["run", str(archive), "--db", str(db), "--no-prefect", "--no-site", "-q"])
    assert result.exit_code == 0, result.output
    assert "fetch: " in result.output and "2 document(s) added" in result.output, result.output
    with closing(connect(db)) as con:
        councils = con.execute("SELECT DISTINCT council, body FROM documents").fetchall()
    assert councils == [("Manchester City Council", "Audit Committee")]
