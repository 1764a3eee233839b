"""One progress display for every `scrutiny` command that can take more than a moment.

On a terminal: a rich progress bar on stderr (files done of all, pages read, the file
in hand, time left) that clears when the job ends. In a log or a pipe: one plain line
per unit on stderr (`[3/10] report.pdf: 12 page(s)`), no escape codes. Under --quiet:
nothing. Commands print their results on stdout either way.
"""

from __future__ import annotations

import sys
import time
from typing import Any, TextIO


class Reporter:
    """A `pipeline.progress.Progress` for the terminal or a log; use as a context manager."""

    def __init__(
        self, *, quiet: bool = False, stream: TextIO | None = None, live: bool | None = None, lines: bool = True
    ) -> None:
        """`live`: draw a bar (default: when `stream` is a terminal); `lines`: without a bar,
        a line per unit (off for commands that print their own line per file)."""
        self.stream = stream or sys.stderr
        self.quiet = quiet
        self.lines = lines
        self.live = (not quiet) and (self.stream.isatty() if live is None else live)
        self.total = 0
        self.count = 0
        self.pages = 0
        self.what = "files"
        self._bar: Any = None
        self._task: Any = None
        self._t0 = time.perf_counter()

    def __enter__(self) -> Reporter:
        if self.live:
            from rich.console import Console
            from rich.progress import (
                BarColumn,
                MofNCompleteColumn,
                Progress,
                SpinnerColumn,
                TextColumn,
                TimeElapsedColumn,
                TimeRemainingColumn,
            )

            self._bar = Progress(
                SpinnerColumn(), TextColumn("{task.description}", style="bold"), BarColumn(), MofNCompleteColumn(),
                TextColumn("{task.fields[unit]}, {task.fields[pages]} page(s)"), TimeElapsedColumn(),
                TextColumn("left"), TimeRemainingColumn(),
                console=Console(file=self.stream), transient=True,
            )
            self._bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self._bar is not None:
            self._bar.stop()
            self._bar = None

    def begin(self, total: int, what: str) -> None:
        self.total, self.count, self.what = total, 0, what
        if self._bar is not None:
            if self._task is not None:
                self._bar.remove_task(self._task)
            self._task = self._bar.add_task("starting", total=total or None, pages=self.pages, unit=what)

    def working_on(self, name: str) -> None:
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, description=_short(name))

    def step(self, text: str) -> None:
        if self._bar is not None:
            if self._task is None:
                self._task = self._bar.add_task("", total=None, pages=self.pages, unit=self.what)
            self._bar.update(self._task, description=_short(text))
        elif not self.quiet:  # one line, so a log shows where the time went
            self._line(f"... {text} [{time.perf_counter() - self._t0:.1f} s]")

    def done(self, name: str, *, pages: int = 0, problem: str = "") -> None:
        self.count += 1
        self.pages += pages
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, pages=self.pages)
        elif self.lines and not self.quiet and not self.live:
            what = f": {problem}" if problem else (f": {pages} page(s)" if pages else "")
            self._line(f"[{self.count}/{self.total or '?'}] {name}{what}")

    def _line(self, text: str) -> None:
        print(text, file=self.stream, flush=True)


def _short(name: str, width: int = 40) -> str:
    return name if len(name) <= width else "…" + name[-(width - 1):]
