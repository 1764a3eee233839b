"""How far an answer speaks of the thing asked: features read from the answer and the ask together.

The labelling guide tells an acceptance from a note by what the answer says of the action asked
for, not by its verdict words alone (rule 1.3: existing work that does what was asked is
`accepted`, and `completed`; existing work that is merely related is `noted`). Words alone cannot
tell the two apart: "The Council already publishes an annual report" is either, depending on
whether the recommendation asked for that report. What tells them apart is general: an answer that
takes up the ask repeats its content words, and the sentences that do so carry the tense of the
action's progress.

So each answer is read beside the words of its ask (`pipeline.answers.asks.Asked.ask`: the
recommendation's text, or its restatement in the response): the share of the ask's content words
(Snowball stems, stop words out) that the answer, its first sentence, and its closest sentence
repeat; and the closest sentence among those that report something done, under way, or ahead
(the tense cues of `pipeline.answers.commitment`). An answer whose ask is unknown gets the features'
means over the answers the model was trained on (`fill`, learned at fit): zeros would read as an
answer that repeats nothing of its ask, which the model learned to mean work merely related, and
nearly every training answer knows its ask, so a flag alone could not teach it otherwise.

The stop words are data (`models/stance/relevance.v1.json`, with their provenance), the stemmer
is the Snowball English stemmer (`snowballstemmer`, which runs PyStemmer's C build of the same algorithm
when it is installed: the same stems, twenty times faster).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import snowballstemmer

from pipeline.answers.asks import ask_of
from pipeline.answers.commitment import load_cues, split_sentences
from pipeline.config import models_dir
from pipeline.lexicon import Patterns

RELEVANCE_FILE = "relevance.v1.json"
FEATURES = ("ask_known", "answer_covers", "first_covers", "best_covers", "done_covers", "under_way_covers",
            "ahead_covers")
_WORD = re.compile(r"[a-z][a-z'-]+")


@dataclass(frozen=True, slots=True)
class Vocabulary:
    generator: str
    stop_words: frozenset[str]
    min_letters: int


@lru_cache(maxsize=2)
def load_vocabulary(path: str | None = None) -> Vocabulary:
    file = models_dir() / "stance" / RELEVANCE_FILE if path is None else Path(path)
    data = json.loads(file.read_text(encoding="utf-8"))
    return Vocabulary(f"{data['name']}.v{data['version']}", frozenset(data["stop_words"]), int(data["min_letters"]))


@lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("english")


@lru_cache(maxsize=65536)
def _stem(word: str) -> str:
    return str(_stemmer().stemWord(word))


def content_stems(text: str, vocabulary: Vocabulary) -> frozenset[str]:
    """The stems of a text's content words: lower case, stop words and short words out."""
    words = (w.strip("'-") for w in _WORD.findall(text.lower().replace("\u2019", "'")))
    return frozenset(_stem(w) for w in words if len(w) >= vocabulary.min_letters and w not in vocabulary.stop_words)


def _covers(ask: frozenset[str], stems: frozenset[str]) -> float:
    return len(ask & stems) / len(ask) if ask else 0.0


@lru_cache(maxsize=4096)
def _row(text: str, ask: str | None, path: str | None) -> tuple[float, ...]:
    vocabulary = load_vocabulary(path)
    wanted = content_stems(ask or "", vocabulary)
    if not wanted:
        return (0.0,) * len(FEATURES)
    cues = load_cues()
    sents = split_sentences(text) or [""]
    covers = [_covers(wanted, content_stems(s, vocabulary)) for s in sents]

    def best(kinds: Sequence[str]) -> float:
        hits = [c for s, c in zip(sents, covers) if any(cues.patterns[k].search(s) for k in kinds)]
        return max(hits, default=0.0)

    return (1.0, _covers(wanted, content_stems(text, vocabulary)), covers[0], max(covers),
            best(("past", "perfect", "done")), best(("progressive", "ongoing")), best(("future", "deadline")))


def relevance_rows(texts: Sequence[str], weight: float = 1.0, path: str | None = None,
                   fill: Sequence[float] | None = None) -> np.ndarray:
    """(len(texts), 7): the `FEATURES` of each text beside its ask (`Asked.ask`), times `weight`; a text
    whose ask is unknown gets `fill` (the training means; None: zeros)."""
    unknown = tuple(fill) if fill is not None else (0.0,) * len(FEATURES)
    rows = [_row(str(t), ask, path) if (ask := ask_of(t)) else unknown for t in texts]
    return np.array(rows, dtype=float).reshape(len(texts), len(FEATURES)) * weight


__all__ = ["FEATURES", "RELEVANCE_FILE", "content_stems", "load_vocabulary", "relevance_rows"]


# a respondent declining an action, the action's words after it (the words are data: answer lexicon v6)
DECLINES = Patterns(
    "answers",
    declined=(r"\b(?:{declines_before})\s+(?:(?:{declines_skip})\s+)*(?P<action>[a-z][\w'-]*(?:\s+[\w'-]+){0,7})", re.I),
)
DECLINED_SHARED = 2  # the declined action and the ask share its verb and another content word, or three words


def declined(text: str, ask: str | None, path: str | None = None) -> str | None:
    """The sentence of an answer that declines the very action its ask asked for ("The Service will not be
    restoring 24-hour wholetime crewing" to "That the Service restores 24-hour wholetime crewing ..."), or
    None. Declining words alone say nothing of what is declined ("we will not delay the review"); the ask's
    own words after them do (labelling guide rule 1: a refusal of what was asked is `rejected`)."""
    if not ask:
        return None
    vocabulary = load_vocabulary(path)
    wanted = content_stems(ask, vocabulary)
    for sentence in re.split(r"(?<=[.!?])\s+|\n+", text):
        for m in DECLINES.declined.finditer(sentence):
            action = m.group("action")
            verb = content_stems(action.split()[0], vocabulary)
            shared = wanted & content_stems(action, vocabulary)
            if (verb and verb <= wanted and len(shared) >= DECLINED_SHARED) or len(shared) > DECLINED_SHARED:
                return sentence.strip()
    return None
