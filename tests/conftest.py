"""Shared fixtures. `prefect_harness` is NOT autouse: only the flow tests pay its server start."""

from __future__ import annotations

import atexit
import os
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _quiet_shutdown() -> None:
    """After the summary, DuckDB's bindings print 'nanobind: leaked ...' lines at interpreter
    shutdown when Prefect was loaded (harmless: every connection is closed). Registered
    before Prefect is imported, this hook runs after Prefect's own and keeps the test
    summary the last thing printed."""
    if "prefect" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os.dup2(os.open(os.devnull, os.O_WRONLY), 2)


atexit.register(_quiet_shutdown)


@pytest.fixture(scope="session")
def prefect_harness(tmp_path_factory):
    """A temporary Prefect API server (fresh SQLite DB) for the session's flow tests; yields its API URL."""
    os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    os.environ.setdefault("PREFECT_LOGGING_LEVEL", "WARNING")
    os.environ.setdefault("PREFECT_HOME", str(tmp_path_factory.mktemp("prefect_home")))
    from prefect.settings import PREFECT_API_URL
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield PREFECT_API_URL.value()


SAMPLE = ROOT / "data" / "sample"
SAMPLE_TODAY = __import__("datetime").date(2026, 1, 1)


def build_store(files, folder: Path, *, today) -> Path:
    """A store of `files` (copied into `folder`/archive, parsed, tagged, linked as of `today`), without Prefect."""
    import shutil

    from pipeline.archive import relink
    from pipeline.process import parse_file, pipeline_version
    from pipeline.store import connect, write_document

    archive = folder / "archive"
    archive.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copy(path, archive / path.name)
    db = folder / "store.duckdb"
    con = connect(db)
    try:
        for path in sorted(archive.iterdir()):
            write_document(con, parse_file(path), path=path.name, pipeline_version=pipeline_version())
        relink(con, today=today)
    finally:
        con.close()
    return db


def build_sample_store(folder: Path) -> Path:
    """A store of data/sample (parsed, tagged, linked as of SAMPLE_TODAY) in `folder`, without Prefect."""
    return build_store(sorted(SAMPLE.glob("*.txt")), folder, today=SAMPLE_TODAY)


@pytest.fixture(scope="session")
def sample_store(tmp_path_factory) -> Path:
    """One store of the sample archive for the whole session; tests that write copy it first."""
    return build_sample_store(tmp_path_factory.mktemp("sample_store"))


@pytest.fixture(scope="session")
def sample_site(sample_store, tmp_path_factory) -> Path:
    """The static site of the sample store (`pipeline.site`, as of SAMPLE_TODAY); tests that change it copy it."""
    from pipeline.site import build_site

    out = tmp_path_factory.mktemp("sample_site") / "site"
    build_site(sample_store, out, archive=SAMPLE, today=SAMPLE_TODAY)
    return out
