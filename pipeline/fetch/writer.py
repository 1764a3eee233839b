"""Fetched documents into the archive, each with its sidecar of publisher metadata.

    <archive>/fetched/<council>/<yyyy-mm-dd>-<committee>/<attachmentid>-<title>.pdf
    <archive>/fetched/<council>/<yyyy-mm-dd>-<committee>/<attachmentid>-<title>.pdf.meta.json

The sidecar (`pipeline.ingest.sidecar`) is written first and the document last, both
atomically (a hidden temporary file renamed into place), so an archive run that starts
meanwhile sees either no document or a whole one with its sidecar.
"""

from __future__ import annotations

import mimetypes
import os
import re
import unicodedata
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.config import SUPPORTED_SUFFIXES
from pipeline.ingest.sidecar import Sidecar, write_sidecar

FETCHED = "fetched"
MAGIC = ((b"%PDF", ".pdf"), (b"PK\x03\x04", ".docx"), (b"{\\rtf", ".rtf"), (b"\xd0\xcf\x11\xe0", ".doc"))


def slug(text: str, limit: int = 60) -> str:
    """Lower-case ASCII words joined by hyphens, at most `limit` characters, cut at a word."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(words) > limit:
        words = words[:limit].rsplit("-", 1)[0]
    return words or "untitled"


def suffix_for(body: bytes, content_type: str, url: str) -> str:
    """The file suffix from the bytes themselves, else the content type, else the address."""
    for magic, suffix in MAGIC:
        if body.startswith(magic):
            return suffix
    guessed = mimetypes.guess_extension(content_type) if content_type else None
    if guessed:
        return ".htm" if guessed == ".html" else guessed
    path_suffix = Path(urlsplit(url).path).suffix.lower()
    return path_suffix if path_suffix in SUPPORTED_SUFFIXES else ".pdf"


def document_path(council_code: str, meeting_date: str, committee: str, attachment_id: str, title: str,
                  suffix: str) -> str:
    """The archive-relative path of a fetched document (POSIX)."""
    folder = f"{FETCHED}/{slug(council_code, 20)}/{meeting_date}-{slug(committee, 50)}"
    return f"{folder}/{slug(attachment_id, 40)}-{slug(title, 70)}{suffix}"


def write_fetched(archive: str | Path, rel: str, body: bytes, sidecar: Sidecar) -> Path:
    """Write the sidecar, then the document, under `archive`; return the document's path."""
    target = Path(archive) / rel
    target.parent.mkdir(parents=True, exist_ok=True)
    write_sidecar(target, sidecar)
    tmp = target.with_name(f".{target.name}.part")
    tmp.write_bytes(body)
    os.replace(tmp, target)
    return target
