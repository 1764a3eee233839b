"""Grammatical cues of an answer's commitment, as features for the answer model.

What an answer commits to, and how far the action has got, shows in general English
grammar more than in any respondent's wording: the tense and modality of its verbs ("will
publish" against "has published" against "is publishing"), a deadline ahead ("by March")
against a date reported as past ("in May 2024 ... was launched"), words of completion
("already", "in place") or of continuing work ("ongoing", "continues to"), a negation
whose scope is the commitment itself ("does not accept", "will not"), hedges ("will
consider") and reservations ("but", "subject to"). Bag-of-n-gram TF-IDF sees the words but
not where they fall: the labelling guide decides stance by the verdict the answer opens
with, and progress by its latest statement, so each cue is also read in the first and the
last sentence.

The cues are data (`models/stance/commitment.v1.json`: lists of regular-expression
fragments). `commitment_rows` turns texts into the feature matrix without scikit-learn (a
parse judges answers with the frozen model); `pipeline.answers.model.CommitmentFeatures` is
the scikit-learn transformer over it that training uses.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline.config import models_dir

CUES_FILE = "commitment.v1.json"
# the cue lists read in every sentence, in the first and in the last
CUES = ("future", "perfect", "past", "progressive", "ongoing", "done", "negation", "hedge", "reservation",
        "deadline", "since_date")
NEGATION_REACH = 4  # words between a negation and the commitment verb it governs ("does not fully accept")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2011": "-", "\u2013": "-"})
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n\s*\n|\n(?=\s*(?:[-\u2022*]|\(?[a-z0-9]{1,3}[.)]\s))")


@dataclass(frozen=True, slots=True)
class Cues:
    """The compiled cue lists of one version of the commitment vocabulary."""

    generator: str
    patterns: dict[str, re.Pattern[str]]
    negated_commitment: re.Pattern[str]


@lru_cache(maxsize=2)
def load_cues(path: str | None = None) -> Cues:
    """`models/stance/commitment.v1.json` (or `path`), compiled once per process."""
    file = models_dir() / "stance" / CUES_FILE if path is None else Path(path)
    data = json.loads(file.read_text(encoding="utf-8"))
    lists = {k: v["words"] for k, v in data.items() if isinstance(v, dict) and "words" in v}

    def alt(key: str) -> str:
        return "|".join(sorted(lists[key], key=len, reverse=True))

    patterns = {k: re.compile(rf"(?<![a-z])(?:{alt(k)})(?![a-z])") for k in lists}
    negated = re.compile(rf"(?<![a-z])(?:{alt('negation')})(?![a-z])(?:\W+\w+){{0,{NEGATION_REACH}}}?\W+"
                         rf"(?:{alt('commit_verbs')})(?![a-z])")
    return Cues(f"{data['name']}.v{data['version']}", patterns, negated)


def _flat(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text.translate(_QUOTES)).lower().strip()


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of an answer, roughly: enough to tell its first from its last."""
    return [s.strip() for s in _SENTENCE.split(_flat(text)) if s and s.strip()]


def feature_names(cues: Cues) -> list[str]:
    names = [f"{k}:{where}" for k in CUES for where in ("count", "share", "first", "last")]
    return names + ["negated_commitment:count", "negated_commitment:first", "future_with_year", "past_with_year",
                    "deadline_without_past", "sentences"]


@lru_cache(maxsize=4096)
def _row(text: str, path: str | None) -> tuple[float, ...]:
    cues = load_cues(path)
    sents = split_sentences(text) or [""]
    hits = {k: [len(cues.patterns[k].findall(s)) for s in sents] for k in CUES}
    row: list[float] = []
    for k in CUES:
        per = hits[k]
        row += [float(np.log1p(sum(per))), sum(1 for n in per if n) / len(sents), float(per[0] > 0), float(per[-1] > 0)]
    negated = [len(cues.negated_commitment.findall(s)) for s in sents]
    year = [bool(cues.patterns["year"].search(s)) for s in sents]
    past = [bool(hits["past"][i] or hits["perfect"][i]) for i in range(len(sents))]
    future = [bool(hits["future"][i] or hits["deadline"][i]) for i in range(len(sents))]
    row += [float(np.log1p(sum(negated))), float(negated[0] > 0),
            float(np.log1p(sum(1 for i in range(len(sents)) if year[i] and future[i] and not past[i]))),
            float(np.log1p(sum(1 for i in range(len(sents)) if year[i] and past[i] and not future[i]))),
            float(any(future) and not any(past)),
            float(np.log1p(len(sents)))]
    return tuple(row)


def commitment_rows(texts: Sequence[str], cues_path: str | None = None, weight: float = 1.0,
                    columns: Sequence[int] | None = None) -> np.ndarray:
    """The (len(texts), n) feature matrix: every cue column, or those in `columns`, times `weight`."""
    rows = np.array([_row(text, cues_path) for text in texts], dtype=float).reshape(len(texts), -1)
    return (rows if columns is None else rows[:, list(columns)]) * weight
