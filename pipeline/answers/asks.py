"""What kind of ask an answer replies to, as a fact the pipeline knows when it parses.

An answer to a question ("What is the capital spend for the Sheppey Gateway?") describes the
position; the same words in reply to a recommendation to act would report action done. The
labelling guide judges stance against what was asked (`noted` for a reply that only informs), so
the answer model reads, beside the answer's words, whether the recommendation it answers is put
as a question: its text ends with a question mark. That is general punctuation, known at parse
time from the recommendation (or its restatement in the response), with no list of respondents'
or documents' wording.

The flag travels with the answer text as an `Asked` (a `str` that also carries `question`), so
that every feature of the text reads it as before and one more feature block (`ask_rows`; in
training `pipeline.answers.model.AskFeatures`) reads the flag. A plain `str` is an answer to a
recommendation (no question).

An `Asked` also carries the ask's own words (`ask`: the recommendation's text, or its restatement in
the response) where they are known, so that a feature can read how far the answer speaks of the thing
asked (`pipeline.answers.relevance`): existing work that does what was asked is an acceptance, work
that is merely related is noted (labelling guide, rule 1.3), and only the ask tells the two apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.lexicon import Patterns
from pipeline.segment.grammar import RE_SENTENCE_BREAK

# a question mark ends the ask, perhaps before closing quotes or brackets
_QUESTION_END = re.compile(r"\?[\s\"'\u2019\u201d)\]]*$")


# "The Committee also asked for an independent survey ...": an answer that opens by recalling the ask
# (the words are data: models/lexicon/answers.v7.json, `topic_*`)
RX = Patterns(
    "answers",
    recall=(r"^(?:(?:{topic_sequencers}),?\s+)*(?:the\s+|its\s+|your\s+)?(?:{topic_askers})(?:['’]s)?\s+"
            r"(?:(?:{topic_sequencers})\s+)?(?:{topic_asked})(?<=ed)\b", re.IGNORECASE),  # asked, not "proposes to"
)
_SENTENCE_END = RE_SENTENCE_BREAK


def recalls_ask(text: str) -> bool:
    """The text opens by recalling what was asked ("The Panel also asked for ...")."""
    return bool(RX.recall.match(text.strip()))


def without_recall(text: str) -> str:
    """The answer without an opening sentence that only recalls the ask ("The Committee also asked for
    an independent survey of residents who do not use libraries."): the ask's own words, quoted inside
    the answer, never decide its stance (labelling guide, rule 8). The text itself when it opens
    otherwise, or when nothing would be left."""
    t = text.strip()
    if not recalls_ask(t):
        return text
    parts = _SENTENCE_END.split(t, maxsplit=1)
    return parts[1] if len(parts) == 2 and parts[1].strip() else text


def is_question(recommendation: str | None) -> bool:
    """Whether the ask is put as a question: its text ends with a question mark."""
    if not recommendation:
        return False
    return bool(_QUESTION_END.search(recommendation.strip()))


class Asked(str):
    """An answer's text that knows whether it answers a question (`question`), and what was asked
    (`ask`, None when unknown)."""

    question: bool
    ask: str | None

    def __new__(cls, text: str, question: bool = False, ask: str | None = None) -> Asked:
        self = super().__new__(cls, text)
        self.question = bool(question)
        self.ask = ask or None
        return self

    def __reduce__(self) -> tuple[type[Asked], tuple[str, bool, str | None]]:
        return (Asked, (str(self), self.question, self.ask))


def asked(text: str, question: bool, ask: str | None = None) -> str:
    """`text` carrying the flag and the ask: an `Asked` when either is there, else the text itself."""
    return Asked(text, question, ask) if question or ask else text


def answers_question(text: str) -> bool:
    return bool(getattr(text, "question", False))


def ask_of(text: str) -> str | None:
    """The words of the ask an answer replies to, when its text carries them (`Asked.ask`)."""
    return getattr(text, "ask", None)


def ask_rows(texts: Sequence[str], weight: float = 1.0) -> np.ndarray:
    """(len(texts), 1): 1 where the text answers a question (`Asked.question`), times `weight`."""
    return np.array([[float(answers_question(t)) * weight] for t in texts], dtype=float).reshape(len(texts), 1)


def put_as_ask(text: str, verbs: bool = False) -> bool:
    """The paragraph is put as an ask ("That the Cabinet ...", "The Council should ..."), not as an
    answer about one ("The Cabinet agrees that the Council should ..."): its first sentence opens
    with "That" or "To", or has an ask's modal with no verb of response before it."""
    first = re.split(r"(?<=[.!?])\s+(?=[A-Z])", text.strip(), maxsplit=1)[0]
    if re.match(r"(?:That|To)\b", first):
        return True
    # ("recommendation", the noun, as a verb's subject, "This recommendation is for the ICB", asks nothing: `verbs`)
    recommend = r"recommend(?:s|ed|ing)?" if verbs else r"recommend\w*"
    m = re.search(rf"\b(?:should|must|{recommend}|urge[sd]?|urging)\b", first, re.I)
    return m is not None and not re.search(
        r"\b(?:agree|accept|support|note|recognise|recognize|understand|welcome|acknowledge|share|consider)\w*\b",
        first[: m.start()], re.I)


__all__ = ["Asked", "answers_question", "ask_of", "ask_rows", "asked", "is_question", "put_as_ask", "recalls_ask", "without_recall"]
