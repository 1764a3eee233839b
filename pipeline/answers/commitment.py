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

v2 (`commitment.v2.json`) adds the aspect of the answer as a whole (LABELLING_GUIDE.md section 2,
rules 2-3: tense decides progress, and a mixture of done and not done is `in_progress`): each
sentence is read as reporting something done (simple past or present perfect, active or passive:
"was increased", "have been ordered", "has added"), under way (progressive, "ongoing") or ahead
(future modality, a deadline), and the answer gets one column per combination and the aspect of
its last sentence; and a `partial` list of quantifiers that split an action ("the first four",
"the remaining six", "a further 600").

v2 was measured in round 4 and not shipped (models/stance/MODEL_CARD.md, "Round 4": it did not
raise progress on the UK documents held out); the shipped model reads v1. The cues are data
(`models/stance/commitment.v<N>.json`: lists of regular-expression fragments). `commitment_rows` turns texts into the feature matrix without scikit-learn (a
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

# the shipped model's cues; commitment.v2.json (aspect columns, `partial`) is read when named by path
CUES_FILE = "commitment.v1.json"
# the cue lists read in every sentence, in the first and in the last (those a version has, in this order)
CUES = ("future", "perfect", "past", "progressive", "ongoing", "done", "negation", "hedge", "reservation",
        "deadline", "since_date", "partial")
# the aspect of an answer as a whole (v2 on, `aspect_features`): which of done / under way / ahead its
# sentences report, and what its last sentence reports (done, under way, ahead, or none of them)
ASPECTS = ("done_only", "done_and_ahead", "done_and_under_way", "under_way_only", "ahead_only", "under_way_and_ahead",
           "no_aspect")
LAST_ASPECTS = ("last_done", "last_under_way", "last_ahead")
NEGATION_REACH = 4  # words between a negation and the commitment verb it governs ("does not fully accept")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2011": "-", "\u2013": "-"})
_SENTENCE = re.compile(r"(?<=[.!?;:])\s+|\n\s*\n|\n(?=\s*(?:[-\u2022*]|\(?[a-z0-9]{1,3}[.)]\s))")


@dataclass(frozen=True, slots=True)
class Cues:
    """The compiled cue lists of one version of the commitment vocabulary."""

    generator: str
    patterns: dict[str, re.Pattern[str]]
    negated_commitment: re.Pattern[str]
    cues: tuple[str, ...] = CUES[:-1]
    aspect: bool = False


@lru_cache(maxsize=2)
def load_cues(path: str | None = None) -> Cues:
    """`models/stance/` + CUES_FILE (or `path`), compiled once per process."""
    file = models_dir() / "stance" / CUES_FILE if path is None else Path(path)
    data = json.loads(file.read_text(encoding="utf-8"))
    lists = {k: v["words"] for k, v in data.items() if isinstance(v, dict) and "words" in v}

    def alt(key: str) -> str:
        return "|".join(sorted(lists[key], key=len, reverse=True))

    patterns = {k: re.compile(rf"(?<![a-z])(?:{alt(k)})(?![a-z])") for k in lists}
    negated = re.compile(rf"(?<![a-z])(?:{alt('negation')})(?![a-z])(?:\W+\w+){{0,{NEGATION_REACH}}}?\W+"
                         rf"(?:{alt('commit_verbs')})(?![a-z])")
    return Cues(f"{data['name']}.v{data['version']}", patterns, negated, tuple(k for k in CUES if k in lists),
                bool(data.get("aspect_features")))


def _flat(text: str) -> str:
    return re.sub(r"[ \t]+", " ", text.translate(_QUOTES)).lower().strip()


def split_sentences(text: str) -> list[str]:
    """Sentences and list items of an answer, roughly: enough to tell its first from its last."""
    return [s.strip() for s in _SENTENCE.split(_flat(text)) if s and s.strip()]


def feature_names(cues: Cues) -> list[str]:
    names = [f"{k}:{where}" for k in cues.cues for where in ("count", "share", "first", "last")]
    names += ["negated_commitment:count", "negated_commitment:first", "future_with_year", "past_with_year",
              "deadline_without_past", "sentences"]
    return names + ([f"aspect:{a}" for a in (*ASPECTS, *LAST_ASPECTS)] if cues.aspect else [])


def _aspects(done: Sequence[bool], under_way: Sequence[bool], ahead: Sequence[bool]) -> list[float]:
    """One-hot of the combination of aspects the sentences report, then the last sentence's aspect
    (a sentence reporting something ahead counts as ahead, else under way, else done)."""
    d, u, a = any(done), any(under_way), any(ahead)
    combo = ("done_only" if d and not u and not a else "done_and_ahead" if d and a
             else "done_and_under_way" if d else "under_way_and_ahead" if u and a else "under_way_only" if u
             else "ahead_only" if a else "no_aspect")
    last = ("last_ahead" if ahead[-1] else "last_under_way" if under_way[-1] else "last_done" if done[-1] else "")
    return [float(combo == c) for c in ASPECTS] + [float(last == c) for c in LAST_ASPECTS]


@lru_cache(maxsize=4096)
def _row(text: str, path: str | None) -> tuple[float, ...]:
    cues = load_cues(path)
    sents = split_sentences(text) or [""]
    hits = {k: [len(cues.patterns[k].findall(s)) for s in sents] for k in cues.cues}
    row: list[float] = []
    for k in cues.cues:
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
    if cues.aspect:
        under_way = [bool(hits["progressive"][i] or hits["ongoing"][i]) for i in range(len(sents))]
        row += _aspects(past, under_way, future)
    return tuple(row)


def commitment_rows(texts: Sequence[str], cues_path: str | None = None, weight: float = 1.0,
                    columns: Sequence[int] | None = None) -> np.ndarray:
    """The (len(texts), n) feature matrix: every cue column, or those in `columns`, times `weight`."""
    rows = np.array([_row(text, cues_path) for text in texts], dtype=float).reshape(len(texts), -1)
    return (rows if columns is None else rows[:, list(columns)]) * weight
