"""Names of documents for people and for output files, distinct even when file names repeat.

A document is known by its id (the sha256 of its bytes); people know it by its file name.
Two inputs may share a name (`a/report.txt`, `b/report.txt`): each is then named by the
shortest end of its path that tells it apart, and its output file by that name with the
folders joined by `__` (`a__report.json`). Names that are unique stay bare (`report.txt`,
`report.json`), as the output contract shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import PurePath, PurePosixPath


def distinct_names(paths: Iterable[str | PurePath]) -> dict[str, str]:
    """Each path (as given, a str key) with the shortest end of it that no other path shares."""
    given = [str(p) for p in paths]
    parts = {p: PurePosixPath(PurePath(p).as_posix()).parts for p in given}
    names: dict[str, str] = {}
    for p in given:
        depth = 1
        while True:
            tail = parts[p][-depth:]
            clash = any(q != p and parts[q][-depth:] == tail for q in given)
            if not clash or depth >= len(parts[p]):
                break
            depth += 1
        names[p] = "/".join(parts[p][-depth:])
    return names


def output_stem(name: str) -> str:
    """The output file stem of a document name: 'report.txt' -> 'report', 'a/report.txt' -> 'a__report'."""
    path = PurePosixPath(name)
    return "__".join([*path.parent.parts, path.stem]) if path.parent.parts else path.stem


__all__ = ["distinct_names", "output_stem"]
