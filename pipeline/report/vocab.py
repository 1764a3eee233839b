"""The report's wording as versioned data (`models/report/report.v1.json`): theme names as
people write them, and the phrases that state that something was done well.

Read once per process; code names a list by its role and never spells the words itself.
"""

from __future__ import annotations

import json
import re
from functools import lru_cache
from typing import Any

from pipeline.config import models_dir

VERSION = "v1"


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    path = models_dir() / "report" / f"report.{VERSION}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return data


def theme_names() -> dict[str, str]:
    """Theme id -> its name as written ("governance_accountability" -> "Governance and accountability")."""
    return dict(_data()["theme_names"])


@lru_cache(maxsize=1)
def good_practice() -> re.Pattern[str]:
    """One pattern matching any statement that something was done well."""
    return re.compile("|".join(f"(?:{p})" for p in _data()["good_practice"]["patterns"]), re.IGNORECASE)


@lru_cache(maxsize=1)
def proposal_words() -> re.Pattern[str]:
    """Modal verbs that make a sentence a proposal rather than a statement of what was done."""
    words = "|".join(_data()["good_practice"]["proposal_words"])
    return re.compile(rf"\b(?:{words})\b", re.IGNORECASE)


def generator() -> str:
    """`report.v1`: what made a choice that depends on this vocabulary."""
    return f"{_data()['name']}.{VERSION}"


__all__ = ["generator", "good_practice", "proposal_words", "theme_names"]
