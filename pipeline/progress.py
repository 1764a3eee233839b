"""What a long job tells whoever watches it: the library's side of progress reporting.

The library calls these methods as work advances; it never draws anything. The
`scrutiny` commands pass a `pipeline.cli.progress.Reporter` (a rich progress bar on a
terminal, plain lines in a log, nothing under --quiet); library users pass nothing
and get `SILENT`.
"""

from __future__ import annotations

from typing import Protocol


class Progress(Protocol):
    def begin(self, total: int, what: str) -> None:
        """`total` units of work (files, documents, topics) are about to be done."""

    def working_on(self, name: str) -> None:
        """The unit now in hand (a file's name)."""

    def step(self, text: str) -> None:
        """A step with no count of its own has begun ('linking across the store')."""

    def done(self, name: str, *, pages: int = 0, problem: str = "") -> None:
        """One unit finished, with its pages, or the code of what went wrong."""


class Silent:
    """The reporter that reports nothing."""

    def begin(self, total: int, what: str) -> None:
        pass

    def working_on(self, name: str) -> None:
        pass

    def step(self, text: str) -> None:
        pass

    def done(self, name: str, *, pages: int = 0, problem: str = "") -> None:
        pass


SILENT: Progress = Silent()
