"""The sidecar: what the publisher said about a document, kept beside it in the archive.

A fetched document `x.pdf` has `x.pdf.meta.json` beside it, written by `pipeline.fetch`
from the council's own web service: council, committee, meeting date, the document's and
the agenda item's titles, and the address it came from. Ingestion reads it BEFORE the
cover fields: what the publisher's database says beats what is guessed from the first
page, and cover fields fill only what the sidecar lacks. The format is defined here, in
the lowest room that reads it, so that the fetcher (above) and the readers share one
definition; ingest never imports the fetcher.

    write_sidecar(path, Sidecar(council="Manchester City Council", committee="Audit Committee", ...))
    meta = overlay(read_sidecar(path), read_meta(lines))
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path

from pipeline.config import SIDECAR_SUFFIX  # one name for the readers and the folder walk
from pipeline.records import DocumentMeta

log = logging.getLogger(__name__)

SIDECAR_VERSION = 1


@dataclass(frozen=True, slots=True)
class Sidecar:
    """Publisher metadata of one document. Dates are ISO 8601 (`2026-02-10`)."""

    council: str | None = None
    committee: str | None = None
    meeting_date: str | None = None
    title: str | None = None  # the document's own title as published
    item_title: str | None = None  # the agenda item it hangs off
    source_url: str | None = None
    system: str | None = None  # "ModernGov", "CMIS"
    council_code: str | None = None
    meeting_id: str | None = None
    attachment_id: str | None = None
    publication_date: str | None = None
    fetched_at: str | None = None
    sha256: str | None = None
    version: int = SIDECAR_VERSION

    def to_json(self) -> dict[str, object]:
        return {k: v for k, v in asdict(self).items() if v is not None}


def sidecar_path(document: str | Path) -> Path:
    """`x.pdf` -> `x.pdf.meta.json`."""
    document = Path(document)
    return document.with_name(document.name + SIDECAR_SUFFIX)


def write_sidecar(document: str | Path, sidecar: Sidecar) -> Path:
    """Write the sidecar of `document` atomically (a reader never sees half of it)."""
    target = sidecar_path(document)
    tmp = target.with_name(f".{target.name}.tmp")
    tmp.write_text(json.dumps(sidecar.to_json(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    os.replace(tmp, target)
    return target


def read_sidecar(document: str | Path) -> Sidecar | None:
    """The sidecar beside `document`, or None when there is none or it cannot be read
    (a damaged sidecar is logged and ignored: the cover fields still give the metadata)."""
    path = sidecar_path(document)
    if not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        log.warning("%s: sidecar ignored, it cannot be read (%s)", path, exc)
        return None
    if not isinstance(data, dict):
        log.warning("%s: sidecar ignored, it is not a JSON object", path)
        return None
    known = {f.name for f in fields(Sidecar)}
    return Sidecar(**{k: v for k, v in data.items() if k in known})


def overlay(sidecar: Sidecar | None, meta: DocumentMeta) -> DocumentMeta:
    """`meta` (from cover fields) with the sidecar's values put first where it has them."""
    if sidecar is None:
        return meta
    return replace(
        meta,
        council=sidecar.council or meta.council,
        body=sidecar.committee or meta.body,
        date=sidecar.meeting_date or meta.date,
        title=sidecar.title or sidecar.item_title or meta.title,
    )
