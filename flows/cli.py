"""The `scrutiny` console script: the library's commands (`pipeline.cli`) plus the two that
orchestrate with Prefect, `scrutiny run` (the archive flow, once, now) and `scrutiny serve`
(the same on a cron schedule).

Prefect is imported only in `flows/`, and only after this module has set
quiet, working defaults in the environment (Prefect reads its settings at import):
a project-local PREFECT_HOME, a startup timeout that outlasts the first migration,
no telemetry, WARNING logs unless --verbose. A run with nothing new to do never
imports Prefect at all: it is answered from the store after hashing the archive.
"""

from __future__ import annotations

import atexit
import logging
import os
import signal
import sys
import time
from collections.abc import MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer

from pipeline.cli import app as library_app
from pipeline.cli.common import setup_logging
from pipeline.cli.progress import Reporter
from pipeline.config import DEFAULT_SITE_DIR, INTERIM_DIR, SCHEDULE_CRON, SCHEDULE_TIMEZONE, db_path
from pipeline.errors import ScrutinyError

if TYPE_CHECKING:
    from pipeline.archive import Digest

app = typer.Typer(
    name="scrutiny",
    help=library_app.info.help,
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(library_app)  # parse, evaluate, link, tracker, cover-report, search, themes

log = logging.getLogger(__name__)

RUNNERS = ("default", "threads", "processes", "dask")
DEFAULT_RUNNER = "threads"  # see docs/scheduling.md: measured against processes and Dask on 2 cores
DEPLOYMENT_NAME = "nightly"
# Up to this many new files, a run with no Prefect server parses in-process rather than
# paying 10-30 s for Prefect's temporary server (see docs/scheduling.md).
SMALL_RUN_DOCUMENTS = 25


def prefect_defaults(verbose: bool = False, env: MutableMapping[str, str] | None = None) -> None:
    """Quiet, working Prefect settings, unless the user set them; call before importing Prefect."""
    env = os.environ if env is None else env
    env.setdefault("PREFECT_HOME", str(INTERIM_DIR / "prefect"))
    env.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("DO_NOT_TRACK", "1")  # Prefect's client telemetry, and its notice on a terminal
    env.setdefault("DASK_LOGGING__DISTRIBUTED", "info" if verbose else "warning")
    env.setdefault("PREFECT_LOGGING_LEVEL", "INFO" if verbose else "WARNING")
    # Prefect creates its home without parents: on a fresh clone data/interim/ is absent
    Path(env["PREFECT_HOME"]).expanduser().mkdir(parents=True, exist_ok=True)
    if "prefect" in sys.modules:
        log.warning("prefect was imported before its settings were chosen; PREFECT_* defaults may not apply")


def make_task_runner(name: str, *, address: str | None = None, workers: int = 2):
    """The Prefect task runner for `name` (default: threads; parsing tasks are few and chunky)."""
    name = DEFAULT_RUNNER if name == "default" else name
    if name == "threads":
        from prefect.task_runners import ThreadPoolTaskRunner

        return ThreadPoolTaskRunner(max_workers=max(workers, 1))
    if name == "processes":
        from prefect.task_runners import ProcessPoolTaskRunner

        return ProcessPoolTaskRunner(max_workers=max(workers, 1))
    if name == "dask":
        from prefect_dask import DaskTaskRunner

        if address:
            return DaskTaskRunner(address=address)
        return DaskTaskRunner(
            cluster_kwargs={"n_workers": workers, "threads_per_worker": 1, "dashboard_address": ":0"}
        )
    raise typer.BadParameter(f"unknown task runner {name!r}; use one of {', '.join(RUNNERS)}")


@app.command()
def run(
    archive: Annotated[Path, typer.Argument(help="The archive folder (scanned recursively).", exists=True, file_okay=False)],
    db: Annotated[Path | None, typer.Option(help="The store (default: $SCRUTINY_DB or data/processed/scrutiny.duckdb).")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Export folder: Parquet by council/year, CSV, JSON.")] = None,
    task_runner: Annotated[str, typer.Option(help="default | threads | processes | dask.")] = "default",
    address: Annotated[str | None, typer.Option(help="An existing Dask scheduler, e.g. tcp://host:8786.")] = None,
    workers: Annotated[int, typer.Option(help="Parallel parse workers (threads, processes or local Dask workers).")] = 2,
    retry_quarantined: Annotated[bool, typer.Option(help="Try quarantined files again.")] = False,
    prefect: Annotated[
        bool | None,
        typer.Option(
            "--prefect/--no-prefect",
            help="Orchestrate with Prefect (default: when PREFECT_API_URL is set, a task runner is chosen or more "
            f"than {SMALL_RUN_DOCUMENTS} files are new; otherwise parse in this process).",
        ),
    ] = None,
    wait: Annotated[float, typer.Option(help="If another run is writing to the store, wait this many seconds for it (then E502).")] = 0.0,
    site: Annotated[Path | None, typer.Option(help="Publish the static site here after the run (default: site/ beside the store; only changed pages are rewritten).")] = None,
    no_site: Annotated[bool, typer.Option("--no-site", help="Do not publish the static site.")] = False,
    quiet: Annotated[bool, typer.Option("--quiet", "-q", help="No progress; only the summary.")] = False,
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="Show Prefect's and the pipeline's logs.")] = False,
) -> None:
    """Process the new and changed files of ARCHIVE into the store now; exit 1 if a file failed.

    Prefect's server takes 10-30 s to start; a few new files parse in less, so a small run
    without a Prefect server goes without it (same steps, same store, same digest). Every
    file that failed or was not read is named, with its code and what to do.
    """
    prefect_defaults(verbose)
    setup_logging(verbose)
    from pipeline.store.lock import writer_lock

    store = db_path(db)
    # SIGTERM ends the run through its `finally` blocks, which stop what it started (Prefect's server)
    previous = signal.signal(signal.SIGTERM, _exit_on_sigterm)
    try:
        with writer_lock(store, wait=wait, on_wait=lambda who: typer.echo(f"waiting up to {wait:.0f} s for the store: held by {who}", err=True)):
            digest, parsed_here = _run_locked(archive, store, out=out, task_runner=task_runner, address=address,
                                             workers=workers, retry_quarantined=retry_quarantined, prefect=prefect,
                                             quiet=quiet, wait=wait)
            published = "" if no_site else publish_site(store, site or site_beside(store), archive, quiet=quiet)
    except ScrutinyError as exc:
        typer.echo(f"error: {exc.code} {exc.text}", err=True)
        raise typer.Exit(2) from exc
    finally:
        signal.signal(signal.SIGTERM, previous)
    typer.echo(f"{digest.text()}  [{time.perf_counter() - _T0:.1f} s{parsed_here}]")
    for line in digest.problems():
        typer.echo(line)
    if published:
        typer.echo(published)
    if digest.failures:
        raise typer.Exit(1)


_T0 = time.perf_counter()


def _exit_on_sigterm(signum: int, frame: object) -> None:  # pragma: no cover - exercised by a subprocess test
    raise SystemExit(128 + signum)


def site_beside(store: Path) -> Path:
    """Where a store's site goes by default: data/processed/site for data/processed/scrutiny.duckdb."""
    return store.parent / DEFAULT_SITE_DIR.name


def publish_site(store: Path, site: Path, archive: Path, *, quiet: bool = False) -> str:
    """The static site of the store, rewritten where it changed. A site already built today from
    the same store contents is left alone without loading the builder (days open move only
    with the date)."""
    import datetime
    import json
    from contextlib import closing

    from pipeline.store.schema import connect

    with closing(connect(store, read_only=True)) as con:
        row = con.execute(
            "SELECT (SELECT count(*) FROM documents), (SELECT max(stored_at) FROM documents),"
            " (SELECT count(*) FROM links), (SELECT max(updated_at) FROM links),"
            " (SELECT count(*) FROM responses)"
        ).fetchone()
    stamp = json.dumps({"store": [str(v) for v in row or ()], "day": datetime.date.today().isoformat(),
                        "archive": str(archive.resolve())})
    stamp_file = site / ".published"
    if stamp_file.is_file() and stamp_file.read_text(encoding="utf-8") == stamp and (site / "index.html").is_file():
        return f"site {site}: up to date (built today from this store)"
    from pipeline.site import build_site

    with Reporter(quiet=quiet) as progress:
        progress.step(f"publishing the site to {site}")
        summary = str(build_site(store, site, archive=archive))
    stamp_file.write_text(stamp, encoding="utf-8")
    return summary


def fetch_first(archive: Path) -> None:
    """Fetch new papers into the archive when configured (SCRUTINY_FETCH=1, SCRUTINY_FETCH_COUNCILS=...)."""
    from pipeline.fetch.records import FetchConfig

    config = FetchConfig.from_env()
    if not (config.enabled and config.councils):
        return
    from pipeline.fetch import fetch_configured

    summary = fetch_configured(archive, config)
    if summary is not None:  # a summary, shown even with --quiet
        for line in summary.lines():
            typer.echo(f"fetch: {line}", err=True)


def _run_locked(
    archive: Path, store: Path, *, out: Path | None, task_runner: str, address: str | None, workers: int,
    retry_quarantined: bool, prefect: bool | None, quiet: bool, wait: float,
) -> tuple[Digest, str]:
    """The run, with the store's writer lock held from planning to the digest."""
    from pipeline.archive import nothing_new, run_archive

    if address and task_runner != "dask":
        task_runner = "dask"
    fetch_first(archive)  # before planning: tonight's papers are part of tonight's plan
    digest, plan = nothing_new(archive, store, retry_quarantined=retry_quarantined, out=out)
    if digest is not None:
        return digest, ", nothing new: Prefect not started"
    if prefect is None:  # auto: Prefect when a server is up, or when the work outweighs a server's start
        prefect = bool(os.environ.get("PREFECT_API_URL")) or task_runner != "default" or len(plan.todo) > SMALL_RUN_DOCUMENTS
    with Reporter(quiet=quiet) as reporter:
        if not prefect:
            digest = run_archive(archive, store, out=out, task_runner="inline", plan=plan, progress=reporter)
            return digest, f", {len(plan.todo)} file(s) parsed in this process"
        return _run_with_prefect(archive, store, out=out, task_runner=task_runner, address=address, workers=workers,
                                 retry_quarantined=retry_quarantined, reporter=reporter, wait=wait), ""


def _run_with_prefect(
    archive: Path, store: Path, *, out: Path | None, task_runner: str, address: str | None, workers: int,
    retry_quarantined: bool, reporter: Reporter, wait: float,
) -> Digest:
    """The archive flow, against PREFECT_API_URL or a server this run starts, owns and stops."""
    from contextlib import AbstractContextManager, nullcontext

    from pipeline.archive import Digest

    server: AbstractContextManager[object] = nullcontext()
    if not os.environ.get("PREFECT_API_URL"):
        if address:
            typer.echo(
                "A remote Dask cluster needs a Prefect server its workers can reach: run `prefect server start "
                "--host 0.0.0.0` somewhere and export PREFECT_API_URL=http://<that host>:4200/api, then try again.",
                err=True,
            )
            raise typer.Exit(2)
        from flows.server import local_server

        # one server for the run (Dask workers share it), owned by this process and stopped with it
        server = local_server(log_file=Path(os.environ["PREFECT_HOME"]) / "server.log")
        reporter.step("starting Prefect's server (its first start on a machine migrates a database: ~30 s)")
    t_server = time.perf_counter()
    with server:
        if not isinstance(server, nullcontext) and not reporter.quiet:
            typer.echo(f"Prefect server ready in {time.perf_counter() - t_server:.1f} s", err=True)
        import flows.archive as flow_module

        runner = make_task_runner(task_runner, address=address, workers=workers)
        flow_module.REPORTER[0] = reporter
        try:
            result = flow_module.archive_flow.with_options(task_runner=runner)(
                archive=str(archive), db=str(store), out=str(out) if out else None,
                retry_quarantined=retry_quarantined, task_runner_name=task_runner, wait=wait, fetch=False, site=None,
            )
        finally:
            flow_module.REPORTER[0] = flow_module.SILENT
    fields: dict[str, Any] = dict(result)
    return Digest(**fields)


@app.command()
def serve(
    archive: Annotated[Path, typer.Argument(help="The archive folder (scanned recursively).", exists=True, file_okay=False)],
    cron: Annotated[str, typer.Option(help="When to run, as a cron expression.")] = SCHEDULE_CRON,
    timezone: Annotated[str, typer.Option(help="The cron expression's time zone.")] = SCHEDULE_TIMEZONE,
    db: Annotated[Path | None, typer.Option(help="The store.")] = None,
    out: Annotated[Path | None, typer.Option("--out", help="Export folder.")] = None,
    verbose: Annotated[bool, typer.Option("--verbose", "-v")] = False,
) -> None:
    """Serve the archive flow as the `nightly` deployment on a cron schedule (needs a Prefect server)."""
    prefect_defaults(verbose)
    setup_logging(verbose)
    if not os.environ.get("PREFECT_API_URL"):
        typer.echo(
            "`scrutiny serve` needs a running Prefect server: a temporary one cannot keep a schedule.\n"
            "  prefect server start --host 127.0.0.1 --port 4200     # in another terminal, or as a service\n"
            "  export PREFECT_API_URL=http://127.0.0.1:4200/api\n"
            "then run `scrutiny serve` again (see docs/scheduling.md).",
            err=True,
        )
        raise typer.Exit(2)
    from prefect.schedules import Cron

    from flows.archive import archive_flow

    store = db_path(db).resolve()
    parameters = {"archive": str(archive.resolve()), "db": str(store), "site": str(site_beside(store))}
    if out:
        parameters["out"] = str(out.resolve())
    typer.echo(f"serving {archive_flow.name}/{DEPLOYMENT_NAME}: {cron} ({timezone}); Ctrl-C to stop")
    archive_flow.serve(name=DEPLOYMENT_NAME, schedules=[Cron(cron, timezone=timezone)], parameters=parameters)


def main() -> None:  # pragma: no cover - console entry point
    """The `scrutiny` console script.

    After a Prefect run, DuckDB's bindings print a wall of 'nanobind: leaked ...' lines
    at interpreter shutdown, when Prefect's objects outlive them (harmless: every store
    connection is closed by then). The first exit hook registered runs last, after
    Prefect's own (which stop its temporary server); it hides what shutdown prints.
    """

    def quiet_shutdown() -> None:
        if "prefect" in sys.modules:
            sys.stdout.flush()
            sys.stderr.flush()
            os.dup2(os.open(os.devnull, os.O_WRONLY), 2)

    atexit.register(quiet_shutdown)
    app()


if __name__ == "__main__":  # pragma: no cover
    main()
