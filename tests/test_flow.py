"""The archive flow end to end under Prefect: incremental runs, quarantine, crash recovery, Dask.

Every test here requests the `prefect_harness` session fixture (one temporary API
server for the module); the Dask test starts a real `prefect server start` instead.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from contextlib import closing
from pathlib import Path

import pytest

from pipeline.store import TABLES, connect, row_counts

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
RESPONSE_FILE = "001_fb86ceb921ae4546.txt"  # the executive's response to 000's recommendations

pytestmark = [
    pytest.mark.slow,  # a Prefect server starts for these
    pytest.mark.usefixtures("prefect_harness"),
    pytest.mark.skipif(not any(SAMPLE.glob("*.txt")), reason="data/sample is not there"),
]

VOLATILE = {"stored_at", "run_id", "first_linked", "updated_at"}


def run_flow(archive: Path, db: Path, **kwargs) -> dict[str, int]:
    """The flow's digest: its counts (the lines naming files, also returned, are left out)."""
    from flows.archive import archive_flow

    return {k: v for k, v in archive_flow(archive=str(archive), db=str(db), **kwargs).items() if isinstance(v, int)}


def copy_sample(target: Path, skip: tuple[str, ...] = ()) -> Path:
    target.mkdir(parents=True)
    for f in sorted(SAMPLE.glob("*.txt")):
        if f.name not in skip:
            shutil.copy(f, target / f.name)
    return target


def contents(db: Path) -> dict[str, list[tuple]]:
    """Every stored row except the run bookkeeping, timestamps and run ids: what must match."""
    out = {}
    with closing(connect(db)) as con:
        for table in TABLES:
            if table == "runs":
                continue
            cols = [r[0] for r in con.execute(f"DESCRIBE {table}").fetchall()]
            keep = [c for c in cols if c not in VOLATILE | {"first_seen", "last_seen"}]
            out[table] = con.execute(f"SELECT {', '.join(keep)} FROM {table} ORDER BY ALL").fetchall()
    return out


def stamps(db: Path) -> dict[str, object]:
    with closing(connect(db)) as con:
        return dict(con.execute("SELECT path, stored_at FROM documents").fetchall())


@pytest.fixture(scope="module")
def baseline(tmp_path_factory):
    """An uninterrupted default run over a copy of data/sample: the rows every other run must reach."""
    tmp = tmp_path_factory.mktemp("baseline")
    archive = copy_sample(tmp / "archive")
    db = tmp / "store.duckdb"
    counts = run_flow(archive, db)
    return archive, db, counts


def test_a_first_run_stores_every_document_and_reports_a_digest(baseline):
    from prefect.client.orchestration import get_client
    from prefect.client.schemas.filters import ArtifactFilter, ArtifactFilterKey

    from flows.archive import DIGEST_ARTIFACT_KEY

    archive, db, counts = baseline
    n = len(list(archive.glob("*.txt")))
    assert counts["documents_added"] == n and counts["failures"] == 0
    assert row_counts(db)["documents"] == n and row_counts(db)["runs"] == 1
    assert counts["recommendations_added"] == row_counts(db)["recommendations"] > 0
    with get_client(sync_client=True) as client:
        artifacts = client.read_artifacts(artifact_filter=ArtifactFilter(key=ArtifactFilterKey(any_=[DIGEST_ARTIFACT_KEY])))
    assert any(f"| documents added | {n} |" in a.data for a in artifacts)


def test_reruns_do_only_new_work(tmp_path, baseline):
    archive = copy_sample(tmp_path / "archive")
    db = tmp_path / "store.duckdb"
    run_flow(archive, db)
    before, first_stamps = contents(db), stamps(db)
    again = run_flow(archive, db)
    assert {k: v for k, v in again.items() if k != "files_seen"} == dict.fromkeys(again.keys() - {"files_seen"}, 0)
    assert contents(db) == before and stamps(db) == first_stamps
    extra = archive / "sub" / "extra.txt"
    extra.parent.mkdir()
    extra.write_text((SAMPLE / "004_c4048890f933a5a7.txt").read_text() + "\nAn extra closing line.\n")
    third = run_flow(archive, db)
    assert third["documents_added"] == 1 and third["documents_changed"] == 0
    after = stamps(db)
    assert {p: s for p, s in after.items() if p != "sub/extra.txt"} == first_stamps


def test_a_response_arriving_later_links_to_a_report_stored_earlier(tmp_path, baseline):
    archive = copy_sample(tmp_path / "archive", skip=(RESPONSE_FILE,))
    db = tmp_path / "store.duckdb"
    first = run_flow(archive, db)
    assert first["links_added"] == 0
    stored = stamps(db)
    shutil.copy(SAMPLE / RESPONSE_FILE, archive / RESPONSE_FILE)
    second = run_flow(archive, db)
    assert second["documents_added"] == 1 and second["responses_added"] > 0
    assert second["links_added"] == row_counts(db)["links"] > 0 and second["links_changed"] == 0
    assert second["statuses_changed"] >= second["links_added"]  # awaiting/overdue -> answered
    assert {p: s for p, s in stamps(db).items() if p != RESPONSE_FILE} == stored
    assert contents(db) == contents(baseline[1])


def test_a_corrupt_file_is_quarantined_once_and_the_others_are_stored(tmp_path):
    archive = copy_sample(tmp_path / "archive")
    (archive / "broken.txt").write_bytes(b"\x00\x01\x02 not text at all " * 50)
    db = tmp_path / "store.duckdb"
    first = run_flow(archive, db)
    assert first["failures"] == 1 and first["quarantined"] == 1
    assert row_counts(db)["documents"] == len(list(SAMPLE.glob("*.txt")))
    assert run_flow(archive, db)["failures"] == 0  # known bad bytes are not retried by default
    retried = run_flow(archive, db, retry_quarantined=True)
    assert retried["failures"] == 1 and retried["quarantined"] == 0
    with closing(connect(db)) as con:
        rows = con.execute("SELECT path, code, attempts FROM quarantine").fetchall()
    assert rows == [("broken.txt", "E105", 2)]


KILL_AFTER_WRITES = textwrap.dedent(
    """
    import os, signal, sys
    import flows.archive as archive
    import pipeline.archive.run as steps
    real_write, written = steps.write_document, []
    def write_then_die(*args, **kwargs):
        result = real_write(*args, **kwargs)
        written.append(result)
        if len(written) >= int(sys.argv[3]):
            os.kill(os.getpid(), signal.SIGKILL)  # as if the machine went down mid-run
        return result
    steps.write_document = write_then_die
    archive.archive_flow(archive=sys.argv[1], db=sys.argv[2])
    """
)


def test_a_run_killed_half_way_is_completed_by_the_next_run(tmp_path, prefect_harness, baseline):
    archive = copy_sample(tmp_path / "archive")
    db = tmp_path / "store.duckdb"
    env = {**os.environ, "PREFECT_API_URL": prefect_harness, "PREFECT_LOGGING_LEVEL": "ERROR"}
    killed = subprocess.run(
        [sys.executable, "-c", KILL_AFTER_WRITES, str(archive), str(db), "2"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=300,
    )
    assert killed.returncode == -9, killed.stderr[-2000:]
    assert row_counts(db)["documents"] == 2
    with closing(connect(db)) as con:
        assert con.execute("SELECT count(*) FROM runs WHERE finished_at IS NULL").fetchone()[0] == 1
    resumed = run_flow(archive, db)
    # the killed run's row is marked aborted, and what it stored (2 documents, never reported
    # in a digest) is reported with the 3 this run parsed: the digest misses nothing
    assert resumed["aborted_runs"] == 1
    assert resumed["documents_added"] == len(list(SAMPLE.glob("*.txt")))
    assert resumed["recommendations_added"] == baseline[2]["recommendations_added"]
    with closing(connect(db)) as con:
        assert [r[0] for r in con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()] == ["aborted", "finished"]
    assert contents(db) == contents(baseline[1])


@pytest.mark.slow
def test_the_dask_runner_stores_the_same_rows_as_the_default_runner(tmp_path, baseline):
    from flows.server import local_server

    archive = copy_sample(tmp_path / "archive")
    db = tmp_path / "store.duckdb"
    home = tmp_path / "prefect_home"
    with local_server(home=home, log_file=tmp_path / "server.log") as api_url:
        env = {**os.environ, "PREFECT_API_URL": api_url, "PREFECT_HOME": str(home)}
        done = subprocess.run(
            [sys.executable, "-c", "from flows.cli import app; app()", "run", str(archive), "--db", str(db),
             "--task-runner", "dask", "--workers", "2"],
            cwd=ROOT, env=env, capture_output=True, text=True, timeout=600,
        )
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert contents(db) == contents(baseline[1])
    with closing(connect(db)) as con:
        assert con.execute("SELECT task_runner FROM runs").fetchall() == [("dask",)]
