"""Stance and progress of a response, from transparent phrase rules kept as data.

The rules live in `models/stance/rules.v<N>.json` (see its `about`): ordered regular
expressions per class. Every decision carries the phrases that made it, and the rules'
name and version go into `Response.generator`. Nothing defaults to "accepted": with no
stance phrase and no reported action, the stance is "unclear".
"""

from __future__ import annotations

import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from pipeline.config import models_dir
from pipeline.heads import finditer_all

log = logging.getLogger(__name__)

RULES_FILE = "rules.v39.json"
# The rules whose verdicts the shipped answer model reads as features: the version it was trained on,
# pinned, so that a change of the rules (which decide printed verdicts and the model's deferrals) does not
# silently change what the model sees. Retraining moves it to RULES_FILE (`python -m pipeline.answers.train`).
FEATURE_RULES_FILE = "rules.v6.json"
# The shipped answer model beside the rules (models/stance/<MODEL_FILE>): named here, where no
# scikit-learn is imported, so that the pipeline's version can say which model judged.
MODEL_NAME = "answer_model"
MODEL_VERSION = "7"
MODEL_FILE = f"{MODEL_NAME}.v{MODEL_VERSION}.joblib"


# stances that commit to no action: the guide gives them progress `unknown` ("progress describes
# the action the answer is about"; 135 of the 136 such units in data/answers_training)
NO_ACTION = frozenset({"rejected", "noted", "unclear"})


def progress_given_stance(stance: str, progress: str) -> str:
    """The labelling guide's rule 2.1: an answer that rejects or only notes the ask reports no
    progress on it, whatever its tense says of an alternative or of existing work."""
    return "unknown" if stance in NO_ACTION else progress


@dataclass(frozen=True, slots=True, eq=False)
class StanceRules:
    """Compiled rules: `stance[cls]` and `progress[cls]` are lists of compiled patterns.

    Equal only to itself (and hashed so): `judge` caches its verdicts per rules object."""

    name: str
    version: str
    stance_order: tuple[str, ...]
    stance: dict[str, tuple[re.Pattern[str], ...]]
    progress_order: tuple[str, ...]
    progress: dict[str, tuple[re.Pattern[str], ...]]
    implied_by_action: tuple[str, ...]
    # agreement with a premise, not a verdict on the ask ("agrees with the Committee that ..."; v7 on)
    views: tuple[re.Pattern[str], ...] = ()
    # a sentence of an accepting answer that says what it will not do, or will do only on a condition (v16 on)
    part_declined: tuple[re.Pattern[str], ...] = ()
    barriers: tuple[re.Pattern[str], ...] = ()  # a cost or budget the ask cannot be met from
    unchanged: tuple[re.Pattern[str], ...] = ()  # the present arrangement goes on
    part_of_whole: tuple[re.Pattern[str], ...] = ()  # a part of a counted whole: "two of the four officers" (v22 on)
    part_done: tuple[re.Pattern[str], ...] = ()  # ... reported done in the passive: "have been made" (v31 on)
    begun: tuple[re.Pattern[str], ...] = ()  # the work reported begun: "Work on the strategy began ..." (v27 on)
    # a clause of time whose perfect looks ahead: "once the locations have been agreed" (v28 on)
    future_clauses: tuple[re.Pattern[str], ...] = ()

    @property
    def generator(self) -> str:
        return f"{self.name}.v{self.version}"


def _patterns(pats: list[str]) -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(p, re.IGNORECASE | re.MULTILINE) for p in pats)


def _compile(groups: dict[str, list[str]]) -> dict[str, tuple[re.Pattern[str], ...]]:
    return {cls: _patterns(pats) for cls, pats in groups.items()}


@lru_cache(maxsize=4)
def load_rules(path: str | None = None) -> StanceRules:
    """Read and compile a rules file (default: `models/stance/` + RULES_FILE; a bare file name is
    one of `models/stance/`); cached per path."""
    name = path or RULES_FILE
    file = models_dir() / "stance" / name if Path(name).name == name else Path(name)
    data = json.loads(file.read_text(encoding="utf-8"))
    return StanceRules(
        name=data["name"],
        version=str(data["version"]),
        stance_order=tuple(data["stance_order"]),
        stance=_compile(data["stance"]),
        progress_order=tuple(data["progress_order"]),
        progress=_compile(data["progress"]),
        implied_by_action=tuple(data.get("implied_by_action", ())),
        views=_patterns(data.get("views", [])),
        part_declined=_patterns(data.get("part_declined", [])),
        barriers=_patterns(data.get("barriers", [])),
        unchanged=_patterns(data.get("unchanged", [])),
        part_of_whole=_patterns(data.get("part_of_whole", [])),
        part_done=_patterns(data.get("part_done", [])),
        begun=_patterns(data.get("begun", [])),
        future_clauses=_patterns(data.get("future_clauses", [])),
    )


def _clean(text: str) -> str:
    text = text.replace("\u2018", "'").replace("\u2019", "'").replace("\u2011", "-")
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=16384)
def matches(text: str, patterns: tuple[re.Pattern[str], ...]) -> tuple[str, ...]:
    """Every match of each of `patterns` in `text`, pattern by pattern (cached: the rules and the
    answer model's rule features scan the same texts with the same patterns, and scanning is
    most of the cost of judging an answer)."""
    return tuple(m.group(0) for m in finditer_all(patterns, text))


def _hits(text: str, patterns: tuple[re.Pattern[str], ...]) -> list[str]:
    found: list[str] = []
    for match in matches(text, patterns):
        phrase = match.strip()
        if phrase and phrase.lower() not in (f.lower() for f in found):
            found.append(phrase)
    return found


def classify_progress(text: str, rules: StanceRules | None = None) -> tuple[str, list[str]]:
    """("completed" | "in_progress" | "not_started" | "unknown", evidence phrases)."""
    rules = rules or load_rules()
    text = _mask(_clean(text), rules.future_clauses)  # "once the locations have been agreed": nothing done yet
    # a sentence that reports done a part of a counted whole ("Two of the four officers have completed the diploma")
    # reports work under way (guide rule 2.2): its completion phrases count for in_progress
    parts = [s for s in _SENTENCES.split(text) if matches(s, rules.part_of_whole)] \
        if rules.part_of_whole and matches(text, rules.part_of_whole) else []
    # ... or that reports the part done in the passive, whatever its verb ("14 of the 38 visits have been made")
    done_in_part = [f"{PART_DONE}{h}" for s in parts
                    for h in (_hits(s, rules.progress.get("completed", ())) or _hits(s, rules.part_done))[:1]]
    whole = text
    for s in parts if done_in_part else ():
        text = text.replace(s, " ")
    best, best_hits = "unknown", list[str]()
    found = {cls: _hits(text, rules.progress.get(cls, ())) + (done_in_part if cls == "in_progress" else [])
             for cls in rules.progress_order}
    for cls in rules.progress_order:
        if len(found[cls]) > len(best_hits):
            best, best_hits = cls, found[cls]
    if best == "completed" and done_in_part and RE_LEFT_TO_DO.search(whole):
        # "The drainage survey has been completed. Surveys were carried out at 31 of the 38 pitches; the other seven will
        # be surveyed in September": the count says what the claim does not, a part done and the rest still to do, and a
        # whole with a part not done is not complete ("Nine of the ten were completed by March, and the last in June" is)
        return "in_progress", found["in_progress"]
    return best, best_hits


def begun(text: str, progress: str, evidence: list[str], rules: StanceRules | None = None) -> tuple[str, list[str]]:
    """(progress, evidence), where an answer read as not started reports that the work has begun ("Work on the strategy
    began with a workshop ...", "has started"): work begun and not finished is in progress (guide rule 2.2), so such
    an answer is never "not started". Any other reading is returned as it is."""
    rules = rules or load_rules()
    if progress != "not_started" or not rules.begun:
        return progress, evidence
    said = [s for s in _SENTENCES.split(_clean(text)) if matches(s, rules.begun)]  # the sentence that says so
    return ("in_progress", said[:1] + _hits(said[0], rules.begun)) if said else (progress, evidence)


PART_DONE = "part done: "  # how `classify_progress` marks a completion said of a part of a counted whole
# words that say some of the whole is still to do: "the rest", "the remaining", "not yet", "so far", "will now be"
RE_LEFT_TO_DO = re.compile(r"\b(?:not yet|yet to|still to|so far|to date|remain(?:s|ing|der)?|the rest|the others?|outstanding|"
                           r"will (?:now |then )?be|could not|cannot|can't|have not|has not)\b", re.I)


def done_in_part(progress: str, evidence: list[str], rule_progress: str, rule_evidence: list[str]) -> tuple[str, list[str]]:
    """(progress, evidence), where an answer read as completed reports done only a part of a counted whole, as the rules
    read it ("So far 412 of the 690 managers have completed it; the remainder are booked ..."): a part done and the
    rest not is in progress (guide rule 2.2), whatever the model made of the completion words. Any other reading is
    returned as it is."""
    if progress == "completed" and rule_progress == "in_progress" and any(e.startswith(PART_DONE) for e in rule_evidence):
        return "in_progress", list(rule_evidence)
    return progress, evidence


def classify_stance(text: str, rules: StanceRules | None = None, progress: str | None = None,
                    progress_evidence: list[str] | None = None) -> tuple[str, list[str]]:
    """(stance, evidence phrases): the first class of `stance_order` whose rules match.

    Negated forms ("does not accept") are matched as rejections before any plain
    acceptance is looked for, and a phrase that sits inside an earlier class's match
    is not counted again. Agreement with a premise ("agrees with the Committee that ...",
    the rules' `views`) is no verdict: it is blanked out first. With no match, a response that reports action taken
    (`progress` in the rules' `implied_by_action`) is "accepted" with that action as
    evidence; otherwise "unclear".
    """
    rules = rules or load_rules()
    text = _clean(text)
    views = _hits(text, rules.views)
    masked = _mask(text, rules.views) if views else text  # "agrees with the Committee that ...": no verdict
    for cls in rules.stance_order:
        hits = _hits(masked, rules.stance.get(cls, ()))
        if hits:
            return cls, hits
    if progress in rules.implied_by_action and progress_evidence:
        return "accepted", [f"action reported: {e}" for e in progress_evidence]
    if views:
        return "noted", views  # a premise agreed, nothing committed to (guide section 1, "recognises the importance")
    return "unclear", []


def _mask(text: str, patterns: tuple[re.Pattern[str], ...]) -> str:
    """`text` with every match of `patterns` blanked out (same length: spans stay where they were)."""
    for pat in patterns:
        text = pat.sub(lambda m: " " * len(m.group(0)), text)
    return text


def is_view(phrase: str, rules: StanceRules | None = None) -> bool:
    """The phrase agrees with a premise rather than giving a verdict (rules `views`)."""
    return any(p.search(phrase) for p in (rules or load_rules()).views)


def judge(text: str, rules: StanceRules | None = None) -> tuple[str, list[str], str, list[str]]:
    """(stance, stance evidence, progress, progress evidence) of one response text."""
    stance, s_ev, progress, p_ev = _judge(text, rules or load_rules())
    return stance, list(s_ev), progress, list(p_ev)


@lru_cache(maxsize=8192)
def _judge(text: str, rules: StanceRules) -> tuple[str, tuple[str, ...], str, tuple[str, ...]]:
    """`judge`, cached: a parse asks it of each answer three times (its shape, its judgement and
    the model's rule features) and of each of its sentences, and the rules' regular
    expressions are most of the cost of judging an answer."""
    progress, p_ev = classify_progress(text, rules)
    stance, s_ev = classify_stance(text, rules, progress, p_ev)
    if stance == "rejected" and progress == "not_started":
        progress, p_ev = "unknown", []  # the plans a rejection mentions are its alternative, not the recommendation's
    return stance, tuple(s_ev), progress, tuple(p_ev)


def group_stance(text: str, labels: list[str], stance: str, evidence: list[str],
                 rules: StanceRules | None = None) -> tuple[str, list[str]]:
    """The stance of one answer shared by the recommendations `labels`: ("partially_accepted",
    the verdicts) when it gives two of them different verdicts by label ("(d) Not agreed (e)
    Agreed", "4 - agreed; 5 - not accepted"), the labelling guide's rule 4 (a unit that accepts
    some and declines others is partially accepted); that verdict when every label is given the
    same one ("(d) Agreed (e) Agreed": rule 1, a verdict word wins over the narrative); also
    partially accepted when no label is named with a verdict but one sentence accepts and another
    refuses ("supports Recommendation 9. ... It is not possible to commit to funding ..."); else
    `stance` and `evidence` as judged."""
    if len(labels) < 2:
        return stance, evidence
    by_label = _by_label(text, labels, rules)
    if by_label is not None:
        return by_label
    # no label named with its verdict, but one sentence accepts and another refuses: some of the
    # recommendations answered together are accepted and others declined (rule 4)
    return _sides(text, stance, evidence, rules)


def _by_label(text: str, labels: list[str], rules: StanceRules | None) -> tuple[str, list[str]] | None:
    """The verdicts printed beside `labels` ("(d) Not agreed (e) Agreed"): the one verdict when every
    label has the same, partially accepted when they differ, None when no two labels have one."""
    alts = "|".join(re.escape(x) for x in sorted(labels, key=len, reverse=True))
    marks = list(re.finditer(rf"(?:(?<=\s)|^)(?:\((?P<a>{alts})\)|(?P<b>{alts})(?:\)|\s*[:\u2013\u2014-]))\s*", text))
    verdicts: dict[str, tuple[str, str]] = {}
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(text)
        segment = text[m.end():end].split("\n", 1)[0].strip(" ;,")
        said, phrases = classify_stance(segment, rules)
        if phrases and said != "unclear":
            verdicts.setdefault(m.group("a") or m.group("b"), (said, text[m.start():m.end()] + segment))
    given = {s for s, _ in verdicts.values()}
    if len(given) == 1 and len(verdicts) == len(labels):
        # one verdict printed for every label, all the same: the verdict words win over the narrative (rule 1)
        return given.pop(), [v for _, v in verdicts.values()]
    if len(given) >= 2:
        return "partially_accepted", [v for _, v in verdicts.values()]
    return None


# the sub-items an answer answers one by one: "(a) Agreed. ... (b) The Council will not publish ..."
_SUB_ITEM = re.compile(r"(?:^|\n)\s*\(?([a-z]|[ivx]{1,4})\)\s", re.M)


def mixed_stance(text: str, stance: str, evidence: list[str], printed: bool,
                 rules: StanceRules | None = None) -> tuple[str, list[str]]:
    """The stance of one answer that may accept part of what was asked and decline the rest (the
    labelling guide's rule 4, for sub-items as for recommendations answered together): the verdicts
    printed beside its sub-items ("(a) Agreed ... (b) Not agreed") when two or more have one; where the
    answer prints a verdict for the whole (`printed`, rule 1), that verdict, unless it accepts and a later
    sentence turns to say what will not be done ("However, we do not propose to ..."): partially accepted;
    else partially accepted when one sentence accepts and another refuses; else `stance` and `evidence`."""
    subs = list(dict.fromkeys(_SUB_ITEM.findall(text)))
    by_label = _by_label(text, subs, rules) if len(subs) >= 2 else None
    if by_label is not None and by_label[0] == "partially_accepted":
        return by_label  # its sub-items given different verdicts
    if printed:
        # "Agreed." then "However, we do not propose to extend it to the villages.": the verdict printed, and a part of
        # what was asked declined after it (rule 4)
        turn = _turned_down(text, rules) if stance == "accepted" else None
        return ("partially_accepted", list(dict.fromkeys([turn, *evidence]))) if turn else (stance, evidence)
    return _sides(text, stance, evidence, rules)


def _turned_down(text: str, rules: StanceRules | None) -> str | None:
    """The sentence after the first that turns, "However" or "But", to say what the respondent will not do (the rules'
    `part_declined`: "we do not propose to extend it", "will not be made a condition"), else None. (Not any refusal
    word: "However, residents told us they disagree with ..." reports someone else's view.)"""
    rules = rules or load_rules()
    return next((sentence for sentence in _SENTENCES.split(_clean(text))[1:]
                 if _TURN.match(sentence) and matches(sentence, rules.part_declined)), None)


_TURN = re.compile(r"(?:however|but)\b", re.I)


def _sides(text: str, stance: str, evidence: list[str], rules: StanceRules | None) -> tuple[str, list[str]]:
    """Partially accepted when an answer judged to accept holds a sentence that refuses ("... is not
    prepared to take that risk"), or a sentence that says what it will not do or will do only on a condition
    not yet met (the rules' `part_declined`: "Training will not be made a condition of existing contracts",
    "... from 2026, if the town councils agree"), or one judged to refuse a sentence that accepts; else `stance`
    and `evidence`. (An answer accepts by what it commits to as much as by its words: the judgement says
    it accepts, a sentence says what it declines.)"""
    sides: dict[str, str] = {}
    declined: list[str] = []  # what an accepting answer says it will not do, or will do only on a condition
    declining = (rules or load_rules()).part_declined if stance == "accepted" else ()
    for sentence in _SENTENCES.split(_clean(text)):
        cls, _ = classify_stance(sentence, rules)
        if cls in ("accepted", "partially_accepted", "rejected"):
            sides.setdefault("rejected" if cls == "rejected" else "accepted", sentence)
        if declining and not declined and matches(sentence, declining):
            declined.append(sentence)
    other = {"accepted": "rejected", "rejected": "accepted"}.get(stance)
    if other in sides:
        return "partially_accepted", list(dict.fromkeys([*sides.values(), *evidence]))
    if declined:  # "... from summer 2026, if the town councils agree."; "Training will not be made a condition ..."
        return "partially_accepted", list(dict.fromkeys([*declined, *evidence]))
    return stance, evidence


_SENTENCES = re.compile(r"(?<=[.!?;])\s+(?=[A-Z0-9\"'(])")


def kept_as_is(text: str, rules: StanceRules | None = None) -> str | None:
    """The sentence that says the present arrangement goes on ("Pelsbury will remain open one day a week"), where the
    answer also finds no money for the ask ("A second day would cost £14,200 a year ..."): a refusal by cost with no
    refusal verb (the rules' `barriers` and `unchanged`); else None."""
    rules = rules or load_rules()
    clean = _clean(text)
    if not rules.barriers or not matches(clean, rules.barriers):
        return None
    return next((x for x in _SENTENCES.split(clean) if matches(x, rules.unchanged)), None)
