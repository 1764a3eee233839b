"""One writer per store: an advisory lock beside the DuckDB file, and who holds it.

DuckDB lets one process open a file for writing, but an archive run opens and closes
its connection between steps, so two runs started together would interleave their
transactions and both count the same documents. A run therefore holds `<db>.lock`
(an OS lock through `filelock`: the kernel releases it when the holder dies, even by
SIGKILL, so a lock is never stale) from planning to its digest. Beside it,
`<db>.lock.json` names the holder (process id, host, command, since when), for the
E502 message of a second writer; it is only informative, and overwritten by each new holder.

Readers (search, tracker, notebooks) never take the lock: they open the store read-only.
"""

from __future__ import annotations

import json
import os
import socket
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from datetime import datetime
from pathlib import Path

from filelock import FileLock, Timeout

from pipeline.errors import ScrutinyError


def lock_path(db: str | Path) -> Path:
    return Path(f"{db}.lock")


def holder_path(db: str | Path) -> Path:
    return Path(f"{db}.lock.json")


def holder(db: str | Path) -> dict[str, object] | None:
    """Who last took the store's writer lock (pid, host, command, since), or None."""
    try:
        data = json.loads(holder_path(db).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def describe(info: dict[str, object] | None) -> str:
    if not info:
        return "another process"
    command = f" ({info['command']})" if info.get("command") else ""
    return f"process {info.get('pid')} on {info.get('host')}{command}, since {info.get('since')}"


@contextmanager
def writer_lock(
    db: str | Path, *, wait: float = 0.0, on_wait: Callable[[str], None] | None = None
) -> Iterator[None]:
    """Hold the store's writer lock for the block; re-entrant within one process.

    If another process holds it, wait up to `wait` seconds (calling `on_wait` once with
    the holder's description), then raise E502 naming the holder.
    """
    path = Path(db)
    path.parent.mkdir(parents=True, exist_ok=True)
    # one lock object per file in this process (is_singleton), shared by its threads (Prefect's
    # store tasks run in worker threads of the run's process), so nested holds do not deadlock
    lock = FileLock(lock_path(path), is_singleton=True, thread_local=False)
    nested = lock.is_locked
    try:
        lock.acquire(timeout=0)
    except Timeout:
        who = describe(holder(path))
        if wait > 0:
            if on_wait is not None:
                on_wait(who)
            try:
                lock.acquire(timeout=wait)
            except Timeout:
                raise ScrutinyError("E502", path, detail=f"held by {describe(holder(path))}; waited {wait:.0f} s") from None
        else:
            raise ScrutinyError("E502", path, detail=f"held by {who}") from None
    try:
        if not nested:
            info = {
                "pid": os.getpid(), "host": socket.gethostname(), "command": " ".join(Path(sys.argv[0]).name.split() + sys.argv[1:]),
                "since": datetime.now().isoformat(timespec="seconds"),
            }
            holder_path(path).write_text(json.dumps(info), encoding="utf-8")
        yield
    finally:
        if not nested:
            with suppress(OSError):
                holder_path(path).unlink()
        lock.release()
