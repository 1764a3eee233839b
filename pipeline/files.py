"""Which files of a folder are documents to read, and why each other one is not.

Every command that takes a folder (`parse`, `themes discover`, the archive run) walks it
here, so none of them skips a file without a word: a file of a type no reader knows is
E101, a file that cannot be opened (a dangling symbolic link, no permission) is E107.
Hidden files and folders (`.DS_Store`, `.git/`) are not documents and are passed over, as
is a document's sidecar of metadata (`x.pdf.meta.json` beside `x.pdf`: read with it).
Light on purpose: the archive run's no-op path hashes the archive with nothing else loaded.
"""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import SIDECAR_SUFFIX, SUPPORTED_SUFFIXES
from pipeline.errors import message


@dataclass(frozen=True, slots=True)
class Skipped:
    """A file that will not be read, with the coded message that says why and what to do."""

    path: str
    code: str
    message: str

    def line(self) -> str:
        return f"{self.code} {self.message}"


def sha256_file(path: str | Path) -> str:
    """The hex sha256 of a file's bytes: a document's id."""
    with open(path, "rb") as fh:
        return hashlib.file_digest(fh, "sha256").hexdigest()


def check_file(path: Path, shown: str | None = None) -> Skipped | None:
    """Why `path` cannot be read as a document, or None when a reader will take it."""
    shown = shown or str(path)
    if path.is_symlink() and not path.exists():
        return Skipped(shown, "E107", message("E107", shown, detail=f"a symbolic link to {os.readlink(path)}, which does not exist"))
    if path.suffix.lower() not in SUPPORTED_SUFFIXES:
        return Skipped(shown, "E101", message("E101", shown, suffix=path.suffix or "(none)"))
    if not os.access(path, os.R_OK):
        return Skipped(shown, "E107", message("E107", shown, detail="permission denied"))
    return None


def find_documents(root: str | Path, *, relative: bool = True) -> tuple[list[Path], list[Skipped]]:
    """The readable documents under `root` (sorted by path) and the files passed over, each with its code.

    `root` may be a single file. Paths in `Skipped` are relative to a folder `root`
    (as an archive names its files) unless `relative` is false.
    """
    top = Path(root)
    if not top.is_dir():
        if not top.exists() and not top.is_symlink():
            return [], [Skipped(str(top), "E107", message("E107", top, detail="no such file or folder"))]
        bad = check_file(top)
        return ([], [bad]) if bad else ([top], [])
    files: list[Path] = []
    skipped: list[Skipped] = []
    for p in sorted(top.rglob("*")):
        rel = p.relative_to(top)
        if any(part.startswith(".") for part in rel.parts) or p.is_dir():
            continue
        if p.name.endswith(SIDECAR_SUFFIX) and p.with_name(p.name.removesuffix(SIDECAR_SUFFIX)).exists():
            continue  # the metadata of the document beside it
        bad = check_file(p, rel.as_posix() if relative else str(p))
        if bad:
            skipped.append(bad)
        elif p.is_file():
            files.append(p)
    return files, skipped
