"""Build the site into a folder, rewriting only the files whose content changed.

Every page is rendered in memory; its sha256 is compared with the one the last build
recorded in `site-manifest.json` (and the file on disk must still be there, at that
size; without a record, the file's bytes are compared) before anything is written. Files the last build wrote that this one no longer
makes (a document gone from the store) are removed; nothing else in the folder is
touched. A build of an unchanged store on the same day writes nothing at all.

Original files are copied under `files/<short id>/` from the archive folder: the
`archive` given, else the one the store's latest run read. A document's id is the
sha256 of its bytes, so a copy already in place is the same file and is never copied again.
"""

from __future__ import annotations

import hashlib
import json
import logging
import shutil
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb

from pipeline.report.inputs import Db
from pipeline.site.content import SiteContent, load_content
from pipeline.site.pages import render_pages
from pipeline.store import connect

log = logging.getLogger(__name__)

MANIFEST = "site-manifest.json"
MANIFEST_VERSION = 1


@dataclass(slots=True)
class SiteSummary:
    """What a build did: files written, left as they were and removed, and the site's size."""

    out: Path
    written: list[str] = field(default_factory=list)
    unchanged: int = 0
    removed: list[str] = field(default_factory=list)
    originals_copied: int = 0
    files: int = 0
    bytes: int = 0
    seconds: float = 0.0

    @property
    def changed(self) -> bool:
        return bool(self.written or self.removed or self.originals_copied)

    def __str__(self) -> str:
        return (f"site {self.out}: {len(self.written)} file(s) written, {self.unchanged} unchanged, "
                f"{len(self.removed)} removed, {self.originals_copied} original(s) copied; "
                f"{self.files} files, {self.bytes / 1e6:.1f} MB, {self.seconds:.1f} s")


def _read_manifest(out: Path) -> dict[str, str]:
    try:
        data = json.loads((out / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(data, dict) or data.get("version") != MANIFEST_VERSION:
        return {}  # another version's record is thrown away, not guessed at: every file is compared again
    files = data.get("files")
    return {str(k): str(v) for k, v in files.items()} if isinstance(files, dict) else {}


def _same(target: Path, data: bytes, *, recorded: bool) -> bool:
    """Whether `target` already holds `data`: by the manifest's hash when it recorded this file
    (and the file is still there at that size), else by reading the file (a folder built
    before the manifest, or with it lost)."""
    if not target.is_file() or target.stat().st_size != len(data):
        return False
    return recorded or target.read_bytes() == data


def _archive_folder(con: duckdb.DuckDBPyConnection) -> Path | None:
    row = con.execute("SELECT archive FROM runs WHERE archive IS NOT NULL ORDER BY started_at DESC LIMIT 1").fetchone()
    return Path(row[0]) if row else None


def _originals(content: SiteContent, archive: Path | None, out: Path, summary: SiteSummary) -> dict[str, str]:
    """Copy each document's original file into the site (once) and point its page at it."""
    kept: dict[str, str] = {}
    if archive is None:
        return kept
    for doc in content.documents:
        source = archive / doc.path
        if not source.is_file():
            continue
        rel = f"files/{doc.short}/{source.name}"
        target = out / rel
        size = source.stat().st_size
        if not (target.is_file() and target.stat().st_size == size):
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, target)
            summary.originals_copied += 1
        doc.original = rel
        kept[rel] = f"{doc.id}:{size}"
    return kept


def build_site(db: Db = None, out: str | Path = "site", *, archive: str | Path | None = None,
               originals: bool = True, today: date | None = None) -> SiteSummary:
    """Write the static site of the store at `db` into `out`; only changed files are rewritten.

    `archive` is the folder of original files (default: the folder the store's latest run
    read); `originals=False` leaves them out of the site. `today` sets the tracker's days
    open (default: today).
    """
    started = time.perf_counter()
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    summary = SiteSummary(out)
    own = not isinstance(db, duckdb.DuckDBPyConnection)
    con = db if isinstance(db, duckdb.DuckDBPyConnection) else connect(db, read_only=True)
    try:
        content = load_content(con, today=today)
        folder = (Path(archive) if archive else _archive_folder(con)) if originals else None
    finally:
        if own:
            con.close()
    before = _read_manifest(out)
    after = _originals(content, folder, out, summary)
    def recorded(rel: str) -> bytes | None:
        target = out / rel
        if rel in before and target.is_file() and before[rel].endswith(f":{target.stat().st_size}"):
            return target.read_bytes()
        return None

    for rel, data in render_pages(content, recorded):
        after[rel] = f"{hashlib.sha256(data).hexdigest()}:{len(data)}"
        target = out / rel
        if _same(target, data, recorded=before.get(rel) == after[rel]):
            summary.unchanged += 1
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(data)
        summary.written.append(rel)
    for rel in sorted(set(before) - set(after)):
        (out / rel).unlink(missing_ok=True)
        summary.removed.append(rel)
    manifest = json.dumps({"version": MANIFEST_VERSION, "files": dict(sorted(after.items()))}, indent=0).encode()
    if not ((out / MANIFEST).is_file() and (out / MANIFEST).read_bytes() == manifest):
        (out / MANIFEST).write_bytes(manifest)
    summary.files = len(after)
    summary.bytes = sum(int(v.rsplit(":", 1)[1]) for v in after.values())
    summary.seconds = time.perf_counter() - started
    log.info("%s", summary)
    return summary
