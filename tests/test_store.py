"""The store without Prefect: per-document transactions, keys, quarantine, links, status, exports."""

from __future__ import annotations

import hashlib
from contextlib import closing
from datetime import date
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from pipeline.archive import begin_run, end_run, plan_run
from pipeline.errors import ScrutinyError
from pipeline.records import (
    Document,
    DocumentMeta,
    Link,
    Paragraph,
    ParsedDocument,
    Recommendation,
    Response,
    ThemeTag,
)
from pipeline.store import (
    TABLES,
    connect,
    export_store,
    load_parsed,
    load_table,
    quarantine,
    recommendations_with_status,
    row_counts,
    scalar,
    upsert_links,
    write_document,
)

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
V = "test-version-1"


def make_doc(name: str, *, kind="scrutiny_report", date_="2024-01-10", council="Leeds City Council",
             recs=("1", "2"), responses=()) -> dict:
    doc_id = hashlib.sha256(name.encode()).hexdigest()
    short = doc_id[:12]
    tag = ThemeTag("housing", 0.9, ["housing"], "rules/test")
    paragraphs = [Paragraph(f"{short}:1", "1", "paragraph", None, "Housing matters.", 1, 0, themes=[tag])]
    recommendations = [
        Recommendation(f"{short}:r{l}", l, "scrutiny_recommendation", "Cabinet", f"That {l}.", "1", 1, [tag], "rules")
        for l in recs
    ]
    answers = [Response(f"{short}:a{l}", l, f"Accepted {l}.", stance="accepted") for l in responses]
    meta = DocumentMeta(council=council, title=name, date=date_, kind=kind)
    document = Document(doc_id, name, name, 3, [], meta, [], "test")
    return ParsedDocument(document, paragraphs, recommendations, answers)


@pytest.fixture
def con(tmp_path):
    with closing(connect(tmp_path / "store.duckdb")) as c:
        yield c


def keyed_rows(con, table: str) -> list[tuple]:
    cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
    keep = [c for c in cols if c not in ("stored_at", "run_id", "first_linked", "updated_at")]
    return con.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY ALL").fetchall()


def test_connect_creates_every_table(con):
    names = {r[0] for r in con.execute("SELECT table_name FROM information_schema.tables").fetchall()}
    assert set(TABLES) <= names


def test_writing_a_document_twice_replaces_rather_than_duplicates(con):
    doc = make_doc("a.txt")
    write_document(con, doc, path="a.txt", pipeline_version=V)
    first = {t: keyed_rows(con, t) for t in ("documents", "paragraphs", "recommendations", "themes")}
    write_document(con, doc, path="a.txt", pipeline_version=V)
    assert {t: keyed_rows(con, t) for t in first} == first
    assert row_counts(con)["recommendations"] == 2
    assert row_counts(con)["themes"] == 3  # the paragraph's tag and one per recommendation


def test_a_changed_file_replaces_the_rows_of_its_earlier_version(con):
    write_document(con, make_doc("v1", recs=("1", "2", "3")), path="reports/a.txt", pipeline_version=V)
    written = write_document(con, make_doc("v2", recs=("1",)), path="reports/a.txt", pipeline_version=V)
    assert written.replaced == [hashlib.sha256(b"v1").hexdigest()]
    assert row_counts(con)["documents"] == 1
    assert con.execute("SELECT count(*) FROM recommendations").fetchone()[0] == 1
    assert con.execute("SELECT count(DISTINCT document_id) FROM themes").fetchone()[0] == 1


def test_a_failing_write_leaves_nothing_behind(con):
    doc = make_doc("bad.txt")
    doc.paragraphs[0].page = "not a page number"  # type: ignore[assignment]  # the paragraphs insert fails mid-transaction
    with pytest.raises(pa.ArrowException):  # the rows cannot be built: nothing of the document is written
        write_document(con, doc, path="bad.txt", pipeline_version=V)
    assert row_counts(con)["documents"] == 0
    assert row_counts(con)["paragraphs"] == 0


def test_a_file_that_fails_twice_is_one_quarantine_row(con):
    args = dict(sha256="abc", path="broken.pdf", code="E102", message="damaged", pipeline_version=V)
    assert quarantine(con, **args) == 1
    assert quarantine(con, **args) == 2
    rows = con.execute("SELECT sha256, code, attempts, first_seen <= last_seen FROM quarantine").fetchall()
    assert rows == [("abc", "E102", 2, True)]


def test_storing_a_once_quarantined_file_clears_its_quarantine_row(con):
    doc = make_doc("fixed.txt")
    quarantine(con, sha256=doc.id, path="fixed.txt", code="E199", message="x", pipeline_version="old")
    write_document(con, doc, path="fixed.txt", pipeline_version=V)
    assert row_counts(con)["quarantine"] == 0


def test_upsert_links_touches_only_the_rows_that_differ(con):
    write_document(con, make_doc("r.txt"), path="r.txt", pipeline_version=V)
    write_document(con, make_doc("s.txt", kind="response", recs=(), responses=("1", "2")), path="s.txt",
                   pipeline_version=V)
    r, s = hashlib.sha256(b"r.txt").hexdigest(), hashlib.sha256(b"s.txt").hexdigest()
    one = Link("r.txt", "1", "s.txt", "1", 0.9, "label+text", r, s, f"{r[:12]}:r1")
    two = Link("r.txt", "2", "s.txt", "2", 0.8, "label+text", r, s, f"{r[:12]}:r2")
    first = upsert_links(con, [one, two])
    assert (first.added, first.changed, first.removed) == (2, 0, 0)
    stamp = con.execute("SELECT updated_at FROM links WHERE recommendation = '1'").fetchone()
    again = upsert_links(con, [one, Link("r.txt", "2", "s.txt", "2", 0.95, "label+text", r, s, f"{r[:12]}:r2")])
    assert (again.added, again.changed, again.removed) == (0, 1, 0)
    assert con.execute("SELECT updated_at FROM links WHERE recommendation = '1'").fetchone() == stamp
    gone = upsert_links(con, [one])
    assert (gone.added, gone.changed, gone.removed) == (0, 0, 1)
    assert con.execute("SELECT report_id FROM links").fetchone()[0] == hashlib.sha256(b"r.txt").hexdigest()


def test_recommendations_with_status(con):
    write_document(con, make_doc("r.txt", date_="2024-01-10", recs=("1", "2", "3")), path="r.txt", pipeline_version=V)
    write_document(con, make_doc("s.txt", kind="response", recs=(), responses=("1",)), path="s.txt",
                   pipeline_version=V)
    r, s = hashlib.sha256(b"r.txt").hexdigest(), hashlib.sha256(b"s.txt").hexdigest()
    upsert_links(con, [Link("r.txt", "1", "s.txt", "1", 0.9, "label", r, s, f"{r[:12]}:r1")])
    early = recommendations_with_status(con, today=date(2024, 2, 1)).set_index("label")
    assert early.loc["1", "status"] == "answered" and early.loc["1", "stance"] == "accepted"
    assert early.loc["2", "status"] == "awaiting" and early.loc["2", "days_open"] == 22
    late = recommendations_with_status(con, today=date(2024, 6, 1)).set_index("label")
    assert list(late["status"]) == ["answered", "overdue", "overdue"]


def test_plan_skips_known_hashes_and_finds_new_changed_and_reversioned_files(tmp_path, con):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text("one")
    (archive / "b.txt").write_text("two")
    (archive / ".hidden.txt").write_text("ignored")
    (archive / "notes.xyz").write_text("ignored")
    plan = plan_run(con, archive, pipeline_version=V)
    assert [(p.rel, p.reason) for p in plan.todo] == [("a.txt", "new"), ("b.txt", "new")]
    for p in plan.todo:
        doc = make_doc(p.rel)
        doc.document.id = p.sha256
        write_document(con, doc, path=p.rel, pipeline_version=V)
    assert plan_run(con, archive, pipeline_version=V).nothing_to_do
    (archive / "b.txt").write_text("two, edited")
    assert [(p.rel, p.reason) for p in plan_run(con, archive, pipeline_version=V).todo] == [("b.txt", "changed")]
    assert {p.reason for p in plan_run(con, archive, pipeline_version="v2").todo} == {"version", "changed"}


def test_plan_retries_quarantined_files_only_when_asked_or_on_a_new_version(tmp_path, con):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "bad.txt").write_bytes(b"\x00\x01binary")
    sha = hashlib.sha256(b"\x00\x01binary").hexdigest()
    quarantine(con, sha256=sha, path="bad.txt", code="E105", message="binary", pipeline_version=V)
    assert plan_run(con, archive, pipeline_version=V).skipped_quarantined == 1
    assert [p.reason for p in plan_run(con, archive, pipeline_version=V, retry_quarantined=True).todo] == ["retry"]
    assert [p.reason for p in plan_run(con, archive, pipeline_version="v2").todo] == ["retry"]


def test_a_run_left_unfinished_makes_the_next_run_relink(tmp_path, con):
    archive = tmp_path / "archive"
    archive.mkdir()
    state = begin_run(con, archive, run_id="r1", pipeline_version=V)
    assert state.plan.nothing_to_do
    assert plan_run(con, archive, pipeline_version=V).relink  # r1 never finished: as if killed
    end_run(con, state)
    assert plan_run(con, archive, pipeline_version=V).nothing_to_do


def test_digest_counts_newly_overdue_since_the_last_run(tmp_path, con):
    state = begin_run(con, tmp_path, run_id="r1", pipeline_version=V, today=date(2024, 2, 1))
    write_document(con, make_doc("r.txt", date_="2024-01-10", recs=("1",)), path="r.txt", pipeline_version=V)
    first = end_run(con, state)
    assert first.newly_overdue == 0 and first.recommendations_added == 1
    con.execute("UPDATE runs SET started_at = '2024-02-01'")  # the first run happened then
    second = end_run(con, begin_run(con, tmp_path, run_id="r2", pipeline_version=V, today=date(2024, 6, 1)))
    assert (second.newly_overdue, second.statuses_changed, second.recommendations_added) == (1, 1, 0)
    assert "r.txt: recommendation 1" in second.markdown()


def test_read_api_opens_read_only_and_hides_the_bulky_json(tmp_path):
    db = tmp_path / "store.duckdb"
    with closing(connect(db)) as c:
        write_document(c, make_doc("r.txt"), path="r.txt", pipeline_version=V)
    docs = load_table(db, "documents")
    assert "parsed_json" not in docs.columns and docs.loc[0, "year"] == 2024
    assert [d.source for d in load_parsed(db)] == ["r.txt"]
    with pytest.raises(ValueError, match="no table"):
        load_table(db, "nope")
    with pytest.raises(ScrutinyError, match="E501"):
        load_table(tmp_path / "missing.duckdb", "documents")
    ro = duckdb.connect(str(db), read_only=True)
    with pytest.raises(duckdb.Error):
        ro.execute("DELETE FROM documents")
    ro.close()


def test_exports_parquet_by_council_and_year_csv_and_contract_json(tmp_path, con):
    write_document(con, make_doc("a.txt", council="Leeds City Council", date_="2013-05"), path="a.txt",
                   pipeline_version=V)
    write_document(con, make_doc("b.txt", council="Wiltshire Council", date_="2011-03-24"), path="b.txt",
                   pipeline_version=V)
    out = tmp_path / "export"
    export_store(con, out, today=date(2024, 1, 1))
    parts = sorted(p.relative_to(out / "parquet" / "recommendations").parent.as_posix()
                   for p in (out / "parquet" / "recommendations").rglob("*.parquet"))
    assert parts == ["council=Leeds%20City%20Council/year=2013", "council=Wiltshire%20Council/year=2011"]
    recs = pd.read_parquet(out / "parquet" / "recommendations")
    assert len(recs) == 4 and set(recs["council"].astype(str)) == {"Leeds City Council", "Wiltshire Council"}
    assert len(pd.read_csv(out / "csv" / "paragraphs.csv")) == 2
    assert set(pd.read_csv(out / "csv" / "recommendations_status.csv")["status"]) == {"overdue"}
    assert sorted(p.name for p in (out / "json").iterdir()) == ["a.json", "b.json", "links.json"]
    export_store(con, out)  # again: replaced, not appended
    assert len(pd.read_parquet(out / "parquet" / "recommendations")) == 4


@pytest.mark.skipif(not SAMPLE.exists(), reason="data/sample is not there")
def test_real_sample_documents_round_trip_through_the_store(tmp_path, con):
    from pipeline.process import parse_file

    paths = sorted(SAMPLE.glob("*.txt"))[:2]
    for path in paths:
        parsed = parse_file(path, themes=False)
        write_document(con, parsed, path=path.name, pipeline_version=V)
    rebuilt = {d.source: d for d in load_parsed(con)}
    for path in paths:
        original = parse_file(path, themes=False).to_json()
        assert rebuilt[path.name].to_json() == original


def test_an_archive_run_without_prefect_stores_links_and_reruns_as_a_no_op(tmp_path):
    """`run_archive` with the in-process steps: what a small `scrutiny run` does without a Prefect server."""
    import shutil

    from pipeline.archive import run_archive

    archive = tmp_path / "archive"
    shutil.copytree(SAMPLE, archive)
    db = tmp_path / "store.duckdb"
    first = run_archive(archive, db, out=tmp_path / "export")
    assert (first.documents_added, first.failures, first.links_added) == (5, 0, 6)
    counts = row_counts(db)
    again = run_archive(archive, db)
    assert (again.documents_added, again.documents_changed, again.links_added, again.links_changed) == (0, 0, 0, 0)
    assert row_counts(db) == {**counts, "runs": counts["runs"] + 1}
    assert any((tmp_path / "export" / "parquet").rglob("*.parquet"))


def test_scrutiny_run_without_prefect_parses_in_process_and_then_does_nothing(tmp_path):
    import shutil

    from typer.testing import CliRunner

    from flows.cli import app

    archive, db = tmp_path / "archive", tmp_path / "store.duckdb"
    archive.mkdir()
    for f in sorted(SAMPLE.glob("*.txt"))[:2]:
        shutil.copy(f, archive)
    runner = CliRunner()
    first = runner.invoke(app, ["run", str(archive), "--db", str(db), "--no-prefect"])
    assert first.exit_code == 0, first.output
    assert "2 document(s) added" in first.output and "2 file(s) parsed in this process" in first.output
    for f in sorted(SAMPLE.glob("*.txt"))[2:]:
        shutil.copy(f, archive)
    second = runner.invoke(app, ["run", str(archive), "--db", str(db), "--no-prefect"])
    assert "3 document(s) added" in second.output and "3 file(s) parsed in this process" in second.output
    third = runner.invoke(app, ["run", str(archive), "--db", str(db)])
    assert third.exit_code == 0 and "nothing new" in third.output
    assert row_counts(db)["documents"] == 5


def test_a_store_from_the_file_name_era_is_migrated_and_relinked_without_losing_a_document(tmp_path):
    """Links were keyed by file name (two 'report.txt' lost each other's links). Opening such a
    store rebuilds the links table keyed by recommendation uid, adds the new columns, keeps
    every document, and the next run relinks even though no document is new."""
    import shutil

    from pipeline.archive import run_archive

    archive = tmp_path / "archive"
    shutil.copytree(SAMPLE, archive)
    db = tmp_path / "store.duckdb"
    first = run_archive(archive, db)
    assert first.links_added == 6
    documents = row_counts(db)["documents"]
    with closing(duckdb.connect(str(db))) as old:  # the earlier schema's links and recommendations
        old.execute("DROP TABLE links")
        old.execute("CREATE TABLE links (report VARCHAR, recommendation VARCHAR, response_document VARCHAR, "
                    "response_to VARCHAR, score DOUBLE, method VARCHAR, report_id VARCHAR, response_document_id VARCHAR, "
                    "first_linked TIMESTAMP, updated_at TIMESTAMP, run_id VARCHAR)")
        old.execute("INSERT INTO links VALUES ('a.txt', '1', 'b.txt', '1', 1.0, 'label', 'x', 'y', now(), now(), 'r')")
        old.execute("ALTER TABLE recommendations DROP COLUMN conclusion")
    with closing(connect(db)) as c:
        assert "recommendation_uid" in {r[0] for r in c.execute("DESCRIBE links").fetchall()}
        assert "conclusion" in {r[0] for r in c.execute("DESCRIBE recommendations").fetchall()}
        assert scalar(c, "SELECT count(*) FROM links") == 0
        assert plan_run(c, archive, pipeline_version=first_version(c)).relink
    again = run_archive(archive, db)
    assert again.documents_added == 0 and again.links_added == 6
    assert row_counts(db)["documents"] == documents


def first_version(con) -> str:
    return scalar(con, "SELECT any_value(pipeline_version) FROM documents")


def test_a_documents_own_themes_are_stored_and_exported_with_their_share(tmp_path):
    from pipeline.archive import run_archive
    from pipeline.store import connect

    archive = tmp_path / "archive"
    archive.mkdir()
    src = Path(__file__).resolve().parents[1] / "data" / "sample" / "000_593ca2822bc8e53e.txt"
    (archive / src.name).write_bytes(src.read_bytes())
    db = tmp_path / "s.duckdb"
    run_archive(archive, db, out=tmp_path / "export")
    con = connect(db, read_only=True)
    rows = con.execute("SELECT theme, score, evidence FROM themes WHERE unit_kind = 'document' ORDER BY score DESC").fetchall()
    con.close()
    assert rows and all(0 < score <= 1 for _, score, _ in rows)
    assert all(any(e.endswith("paragraphs") for e in evidence) for _, _, evidence in rows)
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    exported = (tmp_path / "export" / "csv" / "themes.csv").read_text(encoding="utf-8")
    assert ",document," in exported
