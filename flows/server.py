"""A local `prefect server start` for one run (what Dask workers need), and its health check.

Without PREFECT_API_URL every Prefect process starts its own temporary API server, and
every Dask worker is a process: a local Dask run would start one server per worker on
the same SQLite file. `local_server()` starts ONE real server for the run instead,
points PREFECT_API_URL at it (workers inherit the environment) and stops it after.
This module does not import Prefect, so it can run before Prefect's settings load.
"""

from __future__ import annotations

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


@contextmanager
def local_server(
    *, home: str | Path | None = None, port: int | None = None, startup_timeout: float = 120.0,
    log_file: str | Path | None = None,
) -> Iterator[str]:
    """Run `prefect server start` on 127.0.0.1 while the block runs; yield its API URL.

    PREFECT_API_URL is set in this process's environment for the block and restored after.
    """
    port = port or free_port()
    api_url = f"http://127.0.0.1:{port}/api"
    env = dict(os.environ)
    if home:
        env["PREFECT_HOME"] = str(home)
    env.pop("PREFECT_API_URL", None)
    env.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
    prefect_cli = Path(sys.executable).with_name("prefect")
    cmd = [str(prefect_cli), "server", "start", "--host", "127.0.0.1", "--port", str(port), "--no-ui"]
    log_out = open(log_file, "ab") if log_file else None  # noqa: SIM115 - closed below
    proc = subprocess.Popen(cmd, env=env, stdout=log_out if log_out is not None else subprocess.DEVNULL,
                            stderr=subprocess.STDOUT, start_new_session=True)
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
        if log_out is not None:
            log_out.close()


def _signal_group(proc: subprocess.Popen, sig: int) -> None:
    with suppress(ProcessLookupError):
        os.killpg(proc.pid, sig)
