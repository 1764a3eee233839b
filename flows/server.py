"""The Prefect server of one run: started by it, owned by it, gone with it.

Without PREFECT_API_URL every Prefect process starts its own temporary API server (and
every Dask worker is a process, so a local Dask run would start one per worker), and a
run killed with SIGKILL leaves that server running for minutes. `local_server()` starts
ONE `prefect server start` for the run instead, points PREFECT_API_URL at it (workers
inherit the environment) and stops it when the block ends, whatever ends it:

- normal exit, an exception, Ctrl-C or SIGTERM: the block's `finally` stops the server's
  whole process group;
- SIGKILL of the run: the kernel sends the server SIGTERM as its parent dies
  (PR_SET_PDEATHSIG, on Linux), and the next run's `reap_orphans()` stops any server
  whose owner is gone, from the record each server leaves in `PREFECT_HOME/servers/`.

This module does not import Prefect, so it can run before Prefect's settings load.
"""

from __future__ import annotations

import ctypes
import json
import logging
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

import psutil

log = logging.getLogger(__name__)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def healthy(api_url: str, timeout: float = 2.0) -> bool:
    try:
        with urllib.request.urlopen(f"{api_url}/health", timeout=timeout) as resp:
            return resp.status == 200
    except OSError:
        return False


def _die_with_parent() -> None:  # pragma: no cover - runs in the child between fork and exec
    """Ask the kernel to SIGTERM this process when its parent dies (Linux; elsewhere a no-op)."""
    with suppress(OSError, AttributeError):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGTERM)  # 1 = PR_SET_PDEATHSIG


def _records(home: Path) -> Path:
    return home / "servers"


def reap_orphans(home: str | Path) -> list[int]:
    """Stop every server a run started and did not live to stop (its owner is gone); return their pids."""
    reaped: list[int] = []
    folder = _records(Path(home))
    for record in folder.glob("*.json") if folder.is_dir() else ():
        try:
            info = json.loads(record.read_text(encoding="utf-8"))
            owner, server, created = int(info["owner"]), int(info["server"]), float(info["created"])
        except (OSError, ValueError, KeyError, TypeError):
            record.unlink(missing_ok=True)
            continue
        if psutil.pid_exists(owner):
            continue  # its run is still going (or the pid was reused: leave it, it will be seen again)
        try:
            proc = psutil.Process(server)
            ours = abs(proc.create_time() - created) < 2 and "prefect" in " ".join(proc.cmdline())
        except psutil.Error:
            ours = False
        if ours:
            log.warning("stopping Prefect server %d left by run %d, which ended without stopping it", server, owner)
            with suppress(ProcessLookupError, PermissionError):
                os.killpg(server, signal.SIGTERM)
            with suppress(psutil.Error):
                psutil.Process(server).wait(timeout=15)
            reaped.append(server)
        record.unlink(missing_ok=True)
    return reaped


@contextmanager
def local_server(
    *, home: str | Path | None = None, port: int | None = None, startup_timeout: float = 120.0,
    log_file: str | Path | None = None,
) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1 while the block runs; yield its API URL.

    PREFECT_API_URL is set in this process's environment for the block and restored after.
    The server is recorded under PREFECT_HOME/servers/ until it is stopped (see `reap_orphans`).
    """
    port = port or free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ)
    if home:
        env["PREFECT_HOME"] = str(home)
    env.pop("PREFECT_API_URL", None)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    env.setdefault("DO_NOT_TRACK", "1")
    prefect_home = Path(env.get("PREFECT_HOME") or Path.home() / ".prefect").expanduser()
    reap_orphans(prefect_home)
    prefect_cli = Path(sys.executable).with_name("prefect")
    cmd = [str(prefect_cli), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"]
    log_out = open(log_file, "ab") if log_file else None  # noqa: SIM115 - closed below
    proc = subprocess.Popen(cmd, env=env, stdout=log_out if log_out is not None else subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, start_new_session=True, preexec_fn=_die_with_parent)
    record = _records(prefect_home) / f"{proc.pid}.json"
    with suppress(OSError, psutil.Error):
        record.parent.mkdir(parents=True, exist_ok=True)
        record.write_text(json.dumps({"owner": os.getpid(), "server": proc.pid, "port": port,
                                      "created": psutil.Process(proc.pid).create_time()}), encoding="utf-8")
    previous = os.environ.get("PREFECT_API_URL")
    try:
        deadline = time.monotonic() + startup_timeout
        while not healthy(api_url):
            if proc.poll() is not None:
                raise RuntimeError(f"`prefect server start` exited with status {proc.returncode}; see {log_file}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"the Prefect server on port {port} was not healthy after {startup_timeout:.0f} s")
            time.sleep(0.5)
        log.info("Prefect server up at %s (pid %d)", api_url, proc.pid)
        os.environ["PREFECT_API_URL"] = api_url
        yield api_url
    finally:
        if previous is None:
            os.environ.pop("PREFECT_API_URL", None)
        else:
            os.environ["PREFECT_API_URL"] = previous
        # the server's own session: its uvicorn child goes with it
        _signal_group(proc, signal.SIGTERM)
        try:
            proc.wait(timeout=15)
        except subprocess.TimeoutExpired:
            _signal_group(proc, signal.SIGKILL)
            proc.wait()
        record.unlink(missing_ok=True)
        if log_out is not None:
            log_out.close()


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
