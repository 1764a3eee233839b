"""The theme taxonomy: versioned data (`models/themes/council_themes.v5.json`, earlier versions kept beside it) and its loader.

The loader validates the file and raises `ScrutinyError("E301")` naming what is wrong,
so a typo in the taxonomy fails loudly instead of silently tagging nothing. Nothing
here knows any particular theme.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.config import models_dir
from pipeline.errors import ScrutinyError

TAXONOMY_FILE = "council_themes.v5.json"
WEIGHT_NAMES = ("strong", "weak")
_ID = re.compile(r"^[a-z][a-z0-9_]*$")


@dataclass(frozen=True, slots=True)
class Theme:
    """One theme: its id, definition, the terms that signal it and those that must not."""

    id: str
    description: str
    definition: str
    terms: tuple[str, ...]
    weak_terms: tuple[str, ...] = ()
    patterns: tuple[dict[str, Any], ...] = ()
    exclude: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    as_written: tuple[str, ...] = ()  # terms matched in the form written (and its plural), not on lemmas


@dataclass(frozen=True, slots=True)
class Taxonomy:
    """A versioned set of themes and the weights that turn term matches into a score."""

    name: str
    version: str
    themes: tuple[Theme, ...]
    weights: dict[str, float] = field(default_factory=lambda: {"strong": 0.9, "weak": 0.4})
    threshold: float = 0.5
    path: str = ""

    @property
    def tag(self) -> str:
        """`council_themes.v5`: what every tag records as its generator prefix."""
        return f"{self.name}.{self.version}"

    @property
    def ids(self) -> list[str]:
        return [t.id for t in self.themes]

    def get(self, theme_id: str) -> Theme:
        for t in self.themes:
            if t.id == theme_id:
                return t
        raise KeyError(theme_id)


def default_taxonomy_path() -> Path:
    return models_dir() / "themes" / TAXONOMY_FILE


def _strings(value: Any, where: str, path: Path, *, required: bool = False) -> tuple[str, ...]:
    if value is None and not required:
        return ()
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise ScrutinyError("E301", path, detail=f"{where} must be a list of non-empty strings, got {value!r:.80}")
    if required and not value:
        raise ScrutinyError("E301", path, detail=f"{where} is empty")
    return tuple(v.strip() for v in value)


def _patterns(value: Any, where: str, path: Path) -> tuple[dict[str, Any], ...]:
    if value is None:
        return ()
    if not isinstance(value, list):
        raise ScrutinyError("E301", path, detail=f"{where} must be a list")
    out = []
    for i, p in enumerate(value):
        if not (isinstance(p, dict) and isinstance(p.get("pattern"), list) and p["pattern"]
                and all(isinstance(tok, dict) for tok in p["pattern"])):
            raise ScrutinyError("E301", path, detail=f"{where}[{i}] needs a 'pattern': a list of spaCy token dicts")
        if p.get("weight", "strong") not in WEIGHT_NAMES:
            raise ScrutinyError("E301", path, detail=f"{where}[{i}].weight must be one of {WEIGHT_NAMES}")
        out.append({"id": str(p.get("id", i)), "weight": p.get("weight", "strong"), "pattern": p["pattern"]})
    return tuple(out)


def _as_written(raw: dict[str, Any], tid: str, path: Path) -> tuple[str, ...]:
    """The theme's `as_written` terms: each one of its own terms or weak terms."""
    written = _strings(raw.get("as_written"), f"theme {tid!r} as_written", path)
    known = {t.strip().lower() for t in (raw.get("terms") or []) + (raw.get("weak_terms") or [])}
    for term in written:
        if term.lower() not in known:
            raise ScrutinyError("E301", path, detail=f"theme {tid!r} as_written names {term!r}, which is not one of its terms")
    return written


def parse_taxonomy(data: Any, path: str | Path = "<taxonomy>") -> Taxonomy:
    """Validate a taxonomy already read from JSON; raises `ScrutinyError("E301")`."""
    path = Path(path)
    if not isinstance(data, dict):
        raise ScrutinyError("E301", path, detail="the top level must be an object")
    for key in ("name", "version", "themes"):
        if key not in data:
            raise ScrutinyError("E301", path, detail=f"missing top-level key {key!r}")
    if not isinstance(data["themes"], list) or not data["themes"]:
        raise ScrutinyError("E301", path, detail="'themes' must be a non-empty list")
    weights = data.get("weights", {"strong": 0.9, "weak": 0.4})
    if set(weights) != set(WEIGHT_NAMES) or not all(isinstance(w, (int, float)) and 0 < w < 1 for w in weights.values()):
        raise ScrutinyError("E301", path, detail=f"'weights' must give 'strong' and 'weak' between 0 and 1, got {weights!r}")
    threshold = data.get("threshold", 0.5)
    if not isinstance(threshold, (int, float)) or not 0 < threshold < 1:
        raise ScrutinyError("E301", path, detail=f"'threshold' must be between 0 and 1, got {threshold!r}")
    themes, seen = [], set()
    for i, raw in enumerate(data["themes"]):
        if not isinstance(raw, dict):
            raise ScrutinyError("E301", path, detail=f"themes[{i}] must be an object")
        tid = raw.get("id")
        if not isinstance(tid, str) or not _ID.match(tid):
            raise ScrutinyError("E301", path, detail=f"themes[{i}].id must be a snake_case string, got {tid!r}")
        if tid in seen:
            raise ScrutinyError("E301", path, detail=f"theme id {tid!r} appears twice")
        seen.add(tid)
        desc = raw.get("description")
        if not isinstance(desc, str) or not desc.strip():
            raise ScrutinyError("E301", path, detail=f"theme {tid!r} has no 'description'")
        themes.append(Theme(
            id=tid,
            description=desc.strip(),
            definition=str(raw.get("definition") or desc).strip(),
            terms=_strings(raw.get("terms"), f"theme {tid!r} terms", path, required=True),
            weak_terms=_strings(raw.get("weak_terms"), f"theme {tid!r} weak_terms", path),
            patterns=_patterns(raw.get("patterns"), f"theme {tid!r} patterns", path),
            exclude=_strings(raw.get("exclude"), f"theme {tid!r} exclude", path),
            examples=_strings(raw.get("examples"), f"theme {tid!r} examples", path),
            as_written=_as_written(raw, tid, path),
        ))
    return Taxonomy(name=str(data["name"]), version=str(data["version"]), themes=tuple(themes),
                    weights={k: float(v) for k, v in weights.items()}, threshold=float(threshold), path=str(path))


def load_taxonomy(path: str | Path | None = None) -> Taxonomy:
    """Read and validate a taxonomy file (default: the shipped `council_themes.v5`)."""
    path = Path(path) if path else default_taxonomy_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as exc:
        raise ScrutinyError("E301", path, detail=f"cannot read it: {exc.strerror or exc}") from exc
    except ValueError as exc:
        raise ScrutinyError("E301", path, detail=f"not valid JSON: {exc}") from exc
    return parse_taxonomy(data, path)


def cached_taxonomy(path: str | Path = "") -> Taxonomy:
    """`load_taxonomy`, once per process and path ("" is the shipped taxonomy)."""
    return _cached_taxonomy(str(path or ""))


@lru_cache(maxsize=4)
def _cached_taxonomy(path: str) -> Taxonomy:
    return load_taxonomy(path or None)
