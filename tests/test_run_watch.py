"""A run people can watch and trust (issue 13): every file it could not read named with its
code; one writer per store; a killed run marked aborted and its changes reported by the
next; no Prefect server outliving its run; progress on a terminal and not in a pipe;
commands that start without loading the stages they do not use."""

from __future__ import annotations

import json
import os
import pty
import select
import shutil
import signal
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from flows.cli import app
from pipeline.archive import INLINE, Steps, run_archive
from pipeline.store import connect

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
FIXTURES = ROOT / "tests" / "fixtures"
PY = sys.executable


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT), "PREFECT_SERVER_ANALYTICS_ENABLED": "false", "DO_NOT_TRACK": "1"}


def scrutiny(*args: str) -> list[str]:
    return [PY, "-c", "from flows.cli import main; main()", *args]


def hostile_archive(folder: Path) -> Path:
    """Two good documents and one of each kind of file a run cannot take."""
    folder.mkdir(parents=True)
    shutil.copy(SAMPLE / "000_593ca2822bc8e53e.txt", folder / "report.txt")
    shutil.copy(SAMPLE / "001_fb86ceb921ae4546.txt", folder / "response.txt")
    shutil.copy(SAMPLE / "000_593ca2822bc8e53e.txt", folder / "report copy.txt")  # same bytes, other name
    (folder / "empty.txt").write_bytes(b"")
    (folder / "empty.pdf").write_bytes(b"")  # the same (zero) bytes as empty.txt
    (folder / "minutes.doc").write_bytes(b"\xd0\xcf\x11\xe0 an old Word file")
    (folder / "notes.xyz").write_text("not a document", encoding="utf-8")
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4\n%%garbage, no objects\n")
    (folder / "gone.txt").symlink_to(folder / "deleted-long-ago.txt")
    (folder / ".DS_Store").write_bytes(b"\0\0")  # hidden: not a document, passed over without a word
    return folder


def test_a_run_names_every_file_it_could_not_read_with_its_code(tmp_path):
    archive = hostile_archive(tmp_path / "archive")
    db = tmp_path / "store.duckdb"
    result = CliRunner().invoke(app, ["run", str(archive), "--db", str(db), "--no-prefect", "--quiet"])
    out = result.output
    assert result.exit_code == 1, out  # files failed
    expected = {"broken.pdf": "E102", "minutes.doc": "E101", "notes.xyz": "E101", "gone.txt": "E107"}
    lines = out.splitlines()
    for name, code in expected.items():
        assert any(code in line and f" {name}:" in line for line in lines), (name, code, out)
    # identical bytes under two names: one is read (the empty one fails), the other is said to repeat it
    said = {name: code for line in lines for name in ("empty.txt", "empty.pdf", "report.txt", "report copy.txt")
            for code in ("E104", "W207") if code in line and f" {name}:" in line}
    assert sorted(said[n] for n in ("empty.txt", "empty.pdf")) == ["E104", "W207"], out
    assert [said.get(n) for n in ("report.txt", "report copy.txt")].count("W207") == 1, out
    assert any("report copy.txt" in l and "report.txt" in l for l in lines if "W207" in l)
    assert ".DS_Store" not in out
    assert "9 file(s) seen: 2 document(s) added" in out, out

    # an unchanged archive: nothing parsed, and the files still not read are still named
    again = CliRunner().invoke(app, ["run", str(archive), "--db", str(db), "--no-prefect", "--quiet"])
    assert again.exit_code == 0, again.output
    for name, code in {**expected, "empty.pdf": "E104"}.items():
        assert any(code in line and f" {name}:" in line for line in again.output.splitlines()), (name, again.output)
    assert "in quarantine since an earlier run" in again.output

    listed = CliRunner().invoke(app, ["quarantine", "--db", str(db)])
    assert listed.exit_code == 0
    assert "E104  empty.pdf" in listed.output and "E102  broken.pdf" in listed.output
    assert "2 file(s) in quarantine" in listed.output


def test_parse_and_themes_discover_name_what_they_cannot_read(tmp_path):
    archive = hostile_archive(tmp_path / "archive")
    result = CliRunner().invoke(app, ["parse", str(archive), "--out", str(tmp_path / "out"), "--no-themes", "--quiet"])
    for name, code in {"minutes.doc": "E101", "notes.xyz": "E101", "gone.txt": "E107"}.items():
        assert any(code in l and name in l for l in result.output.splitlines()), (name, result.output)
    missing = CliRunner().invoke(app, ["themes", "discover", str(tmp_path / "nonexistent")])
    assert missing.exit_code == 2
    assert "E107" in missing.output and "nonexistent" in missing.output and "E101" not in missing.output


HOLD_LOCK = """
import sys, time
from pipeline.store.lock import writer_lock
with writer_lock(sys.argv[1]):
    print("held", flush=True)
    time.sleep(float(sys.argv[2]))
"""


def _hold(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([PY, "-c", HOLD_LOCK, str(db), str(seconds)], stdout=subprocess.PIPE, text=True, env=env())
    assert proc.stdout is not None and proc.stdout.readline().strip() == "held"
    return proc


def test_a_second_writer_is_refused_with_e502_naming_the_holder_or_waits(tmp_path):
    db = tmp_path / "store.duckdb"
    holder = _hold(db, 30)
    try:
        result = CliRunner().invoke(app, ["run", str(SAMPLE), "--db", str(db), "--no-prefect", "--quiet"])
        assert result.exit_code == 2
        assert "E502" in result.output and f"process {holder.pid}" in result.output, result.output
        assert not db.exists() or connect(db, read_only=True).execute("SELECT count(*) FROM runs").fetchone() == (0,)
    finally:
        holder.kill()
        holder.wait()
    # a holder that goes away within --wait: the second run waits, then runs
    holder = _hold(db, 2)
    result = CliRunner().invoke(app, ["run", str(SAMPLE), "--db", str(db), "--no-prefect", "--quiet", "--wait", "60"])
    holder.wait()
    assert result.exit_code == 0, result.output
    assert "waiting up to 60 s for the store" in result.output and "5 document(s) added" in result.output
    # every run ends by publishing the static site beside the store; a rerun with nothing new rewrites no page
    assert (tmp_path / "site" / "index.html").is_file() and "file(s) written" in result.output
    again = CliRunner().invoke(app, ["run", str(SAMPLE), "--db", str(db), "--no-prefect", "--quiet"])
    assert again.exit_code == 0 and "nothing new" in again.output
    assert f"site {tmp_path / 'site'}: up to date" in again.output, again.output
    # the site itself rewrites only what changed when it is built again from the same store
    from pipeline.site import build_site

    assert build_site(db, tmp_path / "site", archive=SAMPLE).written == []


def test_readers_keep_working_while_a_writer_holds_the_lock(tmp_path, sample_store):
    db = tmp_path / "store.duckdb"
    shutil.copy(sample_store, db)
    holder = _hold(db, 30)
    try:
        result = CliRunner().invoke(app, ["search", "fuel poverty", "--db", str(db), "-n", "1"])
        assert result.exit_code == 0 and "para 36" in result.output, result.output
    finally:
        holder.kill()
        holder.wait()


@pytest.mark.slow
def test_two_runs_started_together_count_each_document_once(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    for f in SAMPLE.glob("*.txt"):  # ten documents: the sample, and each again under another name with a change
        shutil.copy(f, archive / f.name)
        (archive / f"v2-{f.name}").write_text(f.read_text(encoding="utf-8") + "\nAddendum.\n", encoding="utf-8")
    db = tmp_path / "store.duckdb"
    cmd = scrutiny("run", str(archive), "--db", str(db), "--no-prefect", "--quiet", "--wait", "300")
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, env=env()) for _ in range(2)]
    outs = [p.communicate(timeout=600)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0], outs
    con = connect(db, read_only=True)
    added = con.execute("SELECT sum(documents_added), count(*) FROM runs WHERE status = 'finished'").fetchone()
    assert added == (10, 2), outs
    assert con.execute("SELECT count(*) FROM documents").fetchone() == (10,)


class Killed(BaseException):
    """What SIGKILL does to a run, as far as the store can tell: it stops between two steps."""


def _killed_after_storing(db: str, today: date, run_id: str):
    raise Killed


def test_a_killed_run_is_marked_aborted_and_the_next_digest_reports_its_changes(tmp_path):
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(SAMPLE / "000_593ca2822bc8e53e.txt", archive)  # a report dated 2013: overdue once stored
    db = tmp_path / "store.duckdb"
    today = date(2026, 1, 1)
    first = run_archive(archive, db, today=today)
    assert first.documents_added == 1 and first.newly_overdue > 0
    shutil.copy(SAMPLE / "003_d8c34a1fdc72f8d4.txt", archive)  # another report, stored by a run that is then killed
    with pytest.raises(Killed):
        run_archive(archive, db, today=today, steps=Steps(relink=_killed_after_storing, parse_all=INLINE.parse_all))
    con = connect(db, read_only=True)
    assert con.execute("SELECT count(*) FROM runs WHERE finished_at IS NULL").fetchone() == (1,)
    con.close()
    nxt = run_archive(archive, db, today=today)
    con = connect(db, read_only=True)
    statuses = [r[0] for r in con.execute("SELECT status FROM runs ORDER BY started_at").fetchall()]
    con.close()
    assert statuses == ["finished", "aborted", "finished"]
    # what the killed run stored and never reported is in the next digest
    assert nxt.aborted_runs == 1 and nxt.documents_added == 1
    assert nxt.newly_overdue > 0 and any("003_d8c34a1fdc72f8d4.txt" in x for x in nxt.newly_overdue_items)
    assert nxt.recommendations_added > 0
    assert "stopped before their digest" in nxt.markdown()
    # and a run after that reports nothing again
    quiet = run_archive(archive, db, today=today)
    assert (quiet.aborted_runs, quiet.documents_added, quiet.newly_overdue, quiet.recommendations_added) == (0, 0, 0, 0)


def test_a_server_whose_run_is_gone_is_stopped_by_the_next_run(tmp_path):
    from flows.server import reap_orphans

    home = tmp_path / "prefect"
    (home / "servers").mkdir(parents=True)
    # a stand-in for `prefect server start` (its command line names prefect), in its own session
    server = subprocess.Popen([PY, "-c", "import time; time.sleep(120)", "prefect", "server", "start"],
                              start_new_session=True)
    owner = subprocess.Popen([PY, "-c", "pass"])
    owner.wait()  # the run that started the server is gone
    import psutil

    record = {"owner": owner.pid, "server": server.pid, "port": 1, "created": psutil.Process(server.pid).create_time()}
    (home / "servers" / f"{server.pid}.json").write_text(json.dumps(record), encoding="utf-8")
    live = subprocess.Popen([PY, "-c", "import time; time.sleep(120)", "prefect", "server", "start"], start_new_session=True)
    (home / "servers" / f"{live.pid}.json").write_text(json.dumps(
        {"owner": os.getpid(), "server": live.pid, "port": 2, "created": psutil.Process(live.pid).create_time()}),
        encoding="utf-8")
    try:
        assert reap_orphans(home) == [server.pid]
        assert server.wait(timeout=10) is not None
        assert live.poll() is None  # a server whose run is alive is left alone
        assert [p.name for p in (home / "servers").iterdir()] == [f"{live.pid}.json"]
    finally:
        for p in (server, live):
            p.kill()
            p.wait()


@pytest.mark.slow
def test_a_run_killed_with_sigkill_leaves_no_prefect_server_behind(tmp_path):
    """The real thing: a process starts the run's Prefect server and is SIGKILLed."""
    import psutil

    home = tmp_path / "prefect"
    script = ("import sys, time\nfrom flows.server import local_server\n"
              "with local_server(home=sys.argv[1], startup_timeout=240):\n    print('up', flush=True)\n    time.sleep(600)\n")
    run = subprocess.Popen([PY, "-c", script, str(home)], stdout=subprocess.PIPE, text=True, env=env())
    assert run.stdout is not None and run.stdout.readline().strip() == "up"
    (record,) = (home / "servers").glob("*.json")
    server = json.loads(record.read_text())["server"]
    group = [server, *(c.pid for c in psutil.Process(server).children(recursive=True))]
    run.send_signal(signal.SIGKILL)
    run.wait()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and any(psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE
                                               for p in group):
        time.sleep(0.5)
    left = [p for p in group if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
    assert not left, f"Prefect server processes outlived their run: {left}"


def _on_pty(cmd: list[str], timeout: float = 300) -> str:
    """Run `cmd` with its stdout and stderr on a pseudo-terminal; return what it wrote."""
    leader, follower = pty.openpty()
    proc = subprocess.Popen(cmd, stdout=follower, stderr=follower, stdin=subprocess.DEVNULL, env={**env(), "COLUMNS": "120"})
    os.close(follower)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        ready, _, _ = select.select([leader], [], [], 0.5)
        if ready:
            try:
                data = os.read(leader, 65536)
            except OSError:
                break
            if not data:
                break
            chunks.append(data)
        elif proc.poll() is not None:
            break
    proc.wait()
    os.close(leader)
    return b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.slow
def test_progress_is_drawn_on_a_terminal_and_kept_out_of_a_pipe(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(SAMPLE, archive)
    on_terminal = _on_pty(scrutiny("run", str(archive), "--db", str(tmp_path / "a.duckdb"), "--no-prefect"))
    assert "\x1b[" in on_terminal and "files" in on_terminal and "5 document(s) added" in on_terminal, on_terminal
    piped = subprocess.run(scrutiny("run", str(archive), "--db", str(tmp_path / "b.duckdb"), "--no-prefect"),
                           capture_output=True, text=True, env=env(), timeout=300)
    assert piped.returncode == 0, piped.stderr
    assert "\x1b[" not in piped.stdout + piped.stderr and "\r" not in piped.stdout + piped.stderr
    assert "[5/5] 004_c4048890f933a5a7.txt" in piped.stderr  # plain lines in a log
    quiet = subprocess.run(scrutiny("run", str(archive), "--db", str(tmp_path / "c.duckdb"), "--no-prefect", "-q"),
                           capture_output=True, text=True, env=env(), timeout=300)
    assert quiet.stderr.strip() == "" and "5 document(s) added" in quiet.stdout


def test_commands_start_without_loading_the_stages_they_do_not_use():
    code = ("import sys\nfrom flows.cli import app\nfrom pipeline.report.search import search\n"
            "heavy = [m for m in ('spacy', 'sklearn', 'pandas', 'pdfminer', 'matplotlib', 'prefect') if m in sys.modules]\n"
            "print(heavy)\n")
    out = subprocess.run([PY, "-c", code], capture_output=True, text=True, env=env(), timeout=120)
    assert out.stdout.strip() == "[]", out.stdout + out.stderr


def test_when_the_first_run_of_a_store_is_killed_the_next_reports_everything(tmp_path):
    archive = tmp_path / "archive"
    shutil.copytree(SAMPLE, archive)
    db = tmp_path / "store.duckdb"
    with pytest.raises(Killed):
        run_archive(archive, db, today=date(2026, 1, 1), steps=Steps(relink=_killed_after_storing, parse_all=INLINE.parse_all))
    nxt = run_archive(archive, db, today=date(2026, 1, 1))
    assert (nxt.aborted_runs, nxt.documents_added, nxt.recommendations_added, nxt.responses_added) == (1, 5, 14, 6)
