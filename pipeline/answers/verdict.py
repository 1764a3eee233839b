"""What a parse needs to judge an answer with the learned model, without scikit-learn.

`pipeline.answers.model` trains the answer model with scikit-learn and writes it twice:
the estimator (`answer_model.vN.joblib`, for retraining and study) and its arrays
(`answer_model.vN.npz`, through `pipeline.frozen`). A parse loads only the arrays
(`load_frozen_answer_model`) and judges with numpy; the judgement is the one the estimator
gives (`tests/test_frozen.py`). The pieces both share live here: the answer's sentences,
the rules as features, and `judge_text`, which turns each target's probabilities into a
`Judgement` with its evidence sentence.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np

from pipeline import frozen
from pipeline.answers.asks import ask_rows, asked
from pipeline.answers.commitment import commitment_rows
from pipeline.answers.relevance import relevance_rows
from pipeline.answers.stance import (
    FEATURE_RULES_FILE,
    MODEL_FILE,
    MODEL_NAME,
    MODEL_VERSION,
    RULES_FILE,
    StanceRules,
    load_rules,
    matches,
    progress_given_stance,
)
from pipeline.answers.stance import judge as rules_judge
from pipeline.config import models_dir

log = logging.getLogger(__name__)

STANCES = ("accepted", "partially_accepted", "rejected", "noted", "unclear")
PROGRESSES = ("completed", "in_progress", "not_started", "unknown")
TARGETS = ("stance", "progress")
SOURCES = ("model", "rules")
# labels that claim nothing: like the rules and the labelling guide, they carry no evidence
NO_EVIDENCE = frozenset({"unclear", "unknown"})
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2011": "-", "\u2013": "-"})
_BREAK = re.compile(r"[ \t]*\n\s*")
_STOPS = frozenset(".!?:;")
_SENTENCE_END = re.compile(r"(?<!\b[A-Za-z]\.)(?<!\bNo\.)(?<=[.!?])[\"'\u2019\u201d)]?\s+(?=[\"'\u2018\u201c(\u2022\-\d]?[A-Z0-9\u2022])")
WORD = re.compile(r"\w")


def normalise(text: str) -> str:
    """Lower case, straight quotes and hyphens, whitespace collapsed: what the vectorizers read."""
    return re.sub(r"\s+", " ", text.translate(_QUOTES)).strip().lower()


def sentences(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`, so that `text[start:end]` is each one verbatim.

    Simple on purpose: answers come as paragraphs, bullet lines and verdict lines
    ("Agreed", "Status: Completed") that have no full stop, so a line break ends a
    sentence unless the line runs on (no . ! ? : ; before it, a lower-case letter after it:
    hard-wrapped text). Within a line, a sentence ends after . ! or ? before a capital.
    """
    cuts = [m.end() for m in _BREAK.finditer(text)
            if text[m.start() - 1:m.start()] in _STOPS or not text[m.end():m.end() + 1].islower()]
    spans: list[tuple[int, int]] = []
    for a, b in zip([0, *cuts], [*cuts, len(text)]):
        block = text[a:b]
        start = 0
        for cut in [*(m.end() for m in _SENTENCE_END.finditer(block)), len(block)]:
            piece = block[start:cut]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                spans.append((a + start + lead, a + start + lead + len(piece.strip())))
            start = cut
    return spans


def rule_feature_names(rules: StanceRules) -> list[str]:
    return ([f"rules_stance={c}" for c in STANCES] + [f"rules_progress={c}" for c in PROGRESSES]
            + [f"hits_stance={c}" for c in rules.stance_order] + [f"hits_progress={c}" for c in rules.progress_order])


@lru_cache(maxsize=2048)
def rule_row(text: str, rules_path: str | None) -> tuple[float, ...]:
    """One text's rule features (cached: the same answers are read again in every fold); `rules_path`
    None reads the rules the shipped model was trained on (FEATURE_RULES_FILE)."""
    rules = load_rules(rules_path or FEATURE_RULES_FILE)
    stance, _, progress, _ = rules_judge(text, rules)
    flat = re.sub(r"\s+", " ", text.translate(_QUOTES)).strip()
    row = [float(stance == c) for c in STANCES] + [float(progress == c) for c in PROGRESSES]
    for groups, order in ((rules.stance, rules.stance_order), (rules.progress, rules.progress_order)):
        for cls in order:
            found = {m.strip().lower() for m in matches(flat, groups.get(cls, ()))}  # as the rules found them
            row.append(float(np.log1p(len(found - {""}))))
    return tuple(row)


def rule_rows(texts: Sequence[str], rules_path: str | None = None, weight: float = 1.0) -> np.ndarray:
    """What the stance rules say of each text, as a (len(texts), n) matrix times `weight`."""
    n = len(rule_feature_names(load_rules(rules_path or FEATURE_RULES_FILE)))
    return np.array([rule_row(t, rules_path) for t in texts], dtype=float).reshape(len(texts), n) * weight


@dataclass(frozen=True, slots=True)
class Verdict:
    """One target's answer: the label, how sure, the deciding sentence and who decided.

    `score` is the model's calibrated probability of `label` (for a rules-decided label too:
    what the model thinks of the rules' answer); None when there is no model. `sentence` is a
    verbatim sentence of the answer (`text[span[0]:span[1]]`), None for `unclear`/`unknown`
    or when nothing supports the label. `phrases` are the rules' deciding phrases.
    `generator` is the rules' or the model's name and version.
    """

    label: str
    score: float | None
    sentence: str | None
    span: tuple[int, int] | None
    phrases: tuple[str, ...]
    generator: str
    proba: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Judgement:
    """Stance and progress of one answer, each with its evidence; `generator` names both producers."""

    stance: Verdict
    progress: Verdict
    generator: str


Proba = Callable[[Sequence[str]], np.ndarray]


def best_sentence(text: str, label: str, classes: Sequence[str], proba: Proba) -> tuple[int, int] | None:
    """The span of the sentence of `text` with the highest probability of `label`; None if none."""
    spans = sentences(text)
    if not spans or label not in classes:
        return None
    if len(spans) == 1:
        return spans[0]
    j = list(classes).index(label)
    p = proba([text[a:b] for a, b in spans])[:, j]
    return spans[int(p.argmax())]  # argmax: the earliest of equals


def _cut(text: str, span: tuple[int, int] | None) -> str | None:
    return text[span[0]:span[1]] if span else None


def phrase_sentence(text: str, phrases: Sequence[str]) -> tuple[int, int] | None:
    """The sentence holding the first of the rules' phrases (found whitespace- and quote-blind)."""
    for phrase in phrases:
        phrase = phrase.removeprefix("action reported: ")
        pattern = r"\s+".join(
            "".join("['\u2018\u2019]" if ch == "'" else re.escape(ch) for ch in word) for word in phrase.split()
        )
        m = re.search(pattern, text, re.IGNORECASE) if pattern else None
        if m:
            for a, b in sentences(text):
                if a <= m.start() < b:
                    return a, b
    return None


def rules_judgement(text: str, rules: StanceRules) -> Judgement:
    stance, s_phrases, progress, p_phrases = rules_judge(text, rules)
    verdicts = []
    for label, phrases in ((stance, s_phrases), (progress, p_phrases)):
        span = phrase_sentence(text, phrases) if phrases else None
        verdicts.append(Verdict(label=label, score=None, sentence=_cut(text, span), span=span,
                                phrases=tuple(phrases), generator=rules.generator))
    return Judgement(verdicts[0], verdicts[1], generator=rules.generator)


def check_sources(sources: dict[str, str]) -> dict[str, str]:
    wrong = {t: s for t, s in sources.items() if s not in SOURCES}
    if wrong:
        raise ValueError(f"unknown source {wrong}; each of stance_source and progress_source is one of {SOURCES}")
    return sources


def judge_text(text: str, targets: Mapping[str, tuple[Sequence[str], Proba]], sources: Mapping[str, str],
               model_generator: str, generator: str, question: bool = False,
               follow_stance: bool = True, ask: str | None = None) -> Judgement:
    """Stance and progress of one answer from each target's (classes, probabilities), with evidence.

    Where a target's source is "model" its most probable class answers and its best sentence
    is the evidence; where it is "rules" the rules' label answers, with the sentence of their
    phrase (or the model's best sentence for it). Guide rule 2.1 then clears the progress of
    an answer that commits to nothing (unless `follow_stance` is False: a caller that may still
    change the stance, as a printed verdict does, applies the rule to the stance it settles on).
    `question`: the answer replies to a question (`pipeline.answers.asks`), `ask`: the words of what
    it answers (the recommendation); the answer and each of its sentences are read so.
    """
    rules = load_rules()
    if not WORD.search(text):  # nothing to read: the rules' unclear / unknown
        return rules_judgement(text, rules)
    r_stance, s_phrases, r_progress, p_phrases = rules_judge(text, rules)
    verdicts: list[Verdict] = []
    for target, r_label, phrases in (("stance", r_stance, s_phrases), ("progress", r_progress, p_phrases)):
        classes, read = targets[target]

        def proba_of(texts: Sequence[str], read: Proba = read) -> np.ndarray:
            return read([asked(t, question, ask) for t in texts])

        proba = dict(zip((str(c) for c in classes), proba_of([text])[0].tolist()))
        if sources[target] == "model":
            label, by = max(proba, key=lambda c: proba[c]), model_generator
            span = None if label in NO_EVIDENCE else best_sentence(text, label, classes, proba_of)
        else:
            label, by = r_label, rules.generator
            span = phrase_sentence(text, phrases) if phrases else None
            if span is None and label not in NO_EVIDENCE:
                span = best_sentence(text, label, classes, proba_of)
        if follow_stance and target == "progress" and progress_given_stance(verdicts[0].label, label) != label:
            label, span = "unknown", None  # the stance commits to no action (guide rule 2.1)
        verdicts.append(Verdict(label=label, score=proba.get(label, 0.0), sentence=_cut(text, span), span=span,
                                phrases=tuple(phrases), generator=by, proba=proba))
    return Judgement(verdicts[0], verdicts[1], generator=generator)


@dataclass(frozen=True)
class FrozenAnswerModel:
    """The shipped answer model as arrays: judges like `AnswerModel`, with numpy alone."""

    stance_model: frozen.FrozenClassifier
    progress_model: frozen.FrozenClassifier
    stance_source: str
    progress_source: str
    generator: str
    rules_generator: str

    def generator_with_sources(self) -> str:
        """e.g. "answer_model.v4[stance=model,progress=model]+stance_rules.v5"."""
        return f"{self.generator}[stance={self.stance_source},progress={self.progress_source}]+{self.rules_generator}"

    def judge(self, text: str, question: bool = False, follow_stance: bool = True, ask: str | None = None) -> Judgement:
        """Stance and progress of one answer text, with calibrated scores and evidence sentences;
        `question`: it replies to a question (`pipeline.answers.asks.is_question` of the ask);
        `follow_stance` False: progress as the model reads it, not yet cleared by the stance;
        `ask`: the recommendation's words, where known (`pipeline.answers.relevance`)."""
        targets = {"stance": (self.stance_model.classes, self.stance_model.predict_proba),
                   "progress": (self.progress_model.classes, self.progress_model.predict_proba)}
        sources = check_sources({"stance": self.stance_source, "progress": self.progress_source})
        return judge_text(text, targets, sources, self.generator, self.generator_with_sources(), question,
                          follow_stance, ask)


def frozen_model_path() -> Path:
    return models_dir() / "stance" / Path(MODEL_FILE).with_suffix(".npz").name


def load_frozen_answer_model(path: str | Path | None = None) -> FrozenAnswerModel | None:
    """The shipped answer model's arrays, or None when absent (the rules then answer alone).

    A file that exists but cannot be read is an error naming the fix, never a silent fall-back.
    """
    path = Path(path) if path else frozen_model_path()
    if not path.exists():
        log.info("no answer model at %s: stance and progress come from %s alone", path, RULES_FILE)
        return None
    try:
        models, meta = frozen.load(path, frozen.named(normalise, rule_rows, commitment_rows, ask_rows,
                                                          relevance_rows))
        model = FrozenAnswerModel(models["stance"], models["progress"], meta["stance_source"],
                                  meta["progress_source"], meta["generator"], meta["rules_generator"])
    except (KeyError, ValueError) as exc:
        raise ValueError(f"{path}: the answer model cannot be loaded ({exc}). Retrain it with "
                         "`python -m pipeline.answers.train`, or write it again from the estimator with "
                         "`python -m pipeline.answers.model`.") from exc
    rules = load_rules(FEATURE_RULES_FILE).generator
    if model.rules_generator != rules:
        log.warning("%s was trained on the features of %s but its features are now read with %s (FEATURE_RULES_FILE); "
                    "retrain it with `python -m pipeline.answers.train`", path, model.rules_generator, rules)
    return model


def judge(text: str, model: FrozenAnswerModel | None, question: bool = False) -> Judgement:
    """Stance and progress of one answer: by `model` where it answers, by the rules when None;
    `question`: the answer replies to a question."""
    return model.judge(text, question) if model is not None else rules_judgement(text, load_rules())


__all__ = ["MODEL_FILE", "MODEL_NAME", "MODEL_VERSION", "FrozenAnswerModel", "Judgement", "Verdict", "judge",
           "judge_text", "load_frozen_answer_model", "normalise", "sentences"]
