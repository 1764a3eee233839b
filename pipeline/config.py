"""Paths and settings with their defaults, in one place.

Importing this module does no I/O. Environment variables override the defaults:
`SCRUTINY_DB` (the store), `SCRUTINY_MODELS` (versioned artefacts).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT / "data"
SAMPLE_DIR = DATA_DIR / "sample"
RAW_DIR = DATA_DIR / "raw"
INTERIM_DIR = DATA_DIR / "interim"
PROCESSED_DIR = DATA_DIR / "processed"
GOLD_DIR = DATA_DIR / "gold"

DEFAULT_DB = PROCESSED_DIR / "scrutiny.duckdb"
DEFAULT_EXPORT_DIR = PROCESSED_DIR / "export"
DEFAULT_SITE_DIR = PROCESSED_DIR / "site"  # the static site (`scrutiny site`, the end of each archive run)

SUPPORTED_SUFFIXES = (".pdf", ".txt", ".docx", ".html", ".htm")
# A document's metadata from its publisher (x.pdf -> x.pdf.meta.json, pipeline.ingest.sidecar):
# part of the document beside it, never a document of its own.
SIDECAR_SUFFIX = ".meta.json"

# Executives must answer a scrutiny report within two months (Local Government Act
# 2000, s.9FE); local protocols may be tighter, hence a setting.
RESPONSE_DEADLINE_DAYS = 60

# What the tracker says of a recommendation (pipeline.report.tracker; `scrutiny tracker --status`).
RECOMMENDATION_STATUSES: tuple[str, ...] = ("answered", "awaiting", "overdue", "decision_sought", "decided", "conclusion", "copy")

def is_on(value: str | None) -> bool:
    """Whether a switch in the environment is on: 1, true, yes or on."""
    return (value or "").strip().lower() in ("1", "true", "yes", "on")


# The learned theme model is off by default (pipeline/themes/__init__.py says why).
THEME_MODEL_ON = is_on(os.environ.get("SCRUTINY_THEME_MODEL"))

# Nightly runs: 02:00 in the councils' own time zone.
SCHEDULE_CRON = "0 2 * * *"
SCHEDULE_TIMEZONE = "Europe/London"


def models_dir() -> Path:
    return Path(os.environ.get("SCRUTINY_MODELS", ROOT / "models"))


def db_path(explicit: str | Path | None = None) -> Path:
    """The store's path: an explicit value, else $SCRUTINY_DB, else the default."""
    if explicit:
        return Path(explicit)
    return Path(os.environ.get("SCRUTINY_DB", DEFAULT_DB))


@dataclass(frozen=True, slots=True)
class PdfSettings:
    """pdfminer.six layout settings: the cheapest that keep paragraph boundaries."""

    line_margin: float = 0.5
    char_margin: float = 2.0
    word_margin: float = 0.1
    boxes_flow: float | None = 0.5
    large_document_pages: int = 300


PDF = PdfSettings()
