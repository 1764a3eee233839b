"""One judgement of an answer's stance and progress, for every reader of answers.

The learned model (`pipeline.answers.model`, trained on hand-labelled real answers; see
models/stance/MODEL_CARD.md; a parse runs its arrays, `pipeline.answers.verdict`, without
scikit-learn) answers, since it beat the rules on held-out folds; where the
rules found a deciding phrase and the model is unsure (its calibrated probability below
`DEFER_BELOW`), the rules' phrase decides. With no model shipped, the rules answer alone.
Each judgement keeps its evidence: the sentence of the answer that decided it, then the
rules' phrases.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.answers.asks import without_recall
from pipeline.answers.relevance import DECLINES, content_stems, load_vocabulary
from pipeline.answers.smaller import smaller
from pipeline.answers.stance import (
    MODEL_FILE,
    MODEL_NAME,
    MODEL_VERSION,
    StanceRules,
    begun,
    classify_stance,
    done_in_part,
    is_view,
    kept_as_is,
    load_rules,
    mixed_stance,
    progress_given_stance,
)
from pipeline.answers.stance import judge as rules_judge
from pipeline.dates import PATTERNS as DATE_PATTERNS
from pipeline.labels import CHECK_BOXES, ticked
from pipeline.lexicon import Patterns

if TYPE_CHECKING:
    from pipeline.answers.verdict import FrozenAnswerModel, Verdict

# Below these probabilities the model defers to a phrase the rules found. Re-swept in round 4 on the
# figure that matters, transfer to an unseen UK response (train.py's leave-one-source-out over the
# UK documents; MODEL_CARD.md, "Round 4"), with the grouped CV and the suite as checks. Stance never
# defers (0): the rules' stance phrases cost 5 of 160 UK answers held out (0.644 against 0.613 at
# 0.5; grouped CV 0.659 against 0.661, one answer). Progress defers below 0.6: 0.669 on the UK
# documents held out against 0.644 at 0.8, grouped CV 0.613 against 0.599, suite 0.737 against 0.711.
# (The 0.8 of round 3 guarded the seed progress through doc-0106, whose training label disagreed
# with the seed gold; relabelled in round 4 to agree, it no longer needs a guard.)
# Round 5 (answer_model.v5: commitment cues and the question flag read for stance) re-swept stance: with the
# cues the model is less sure of terse verdicts, and deferring below 0.5 to a rules phrase gains 3 of the 160
# UK answers held out (0.662 against 0.644 at 0), grouped CV 0.675 against 0.669 (MODEL_CARD.md, "Round 5").
DEFER_BELOW = {"stance": 0.5, "progress": 0.6}


@dataclass(frozen=True, slots=True)
class Judged:
    """Stance and progress of one answer, each with its evidence, and what judged them."""

    stance: str
    stance_evidence: list[str]
    progress: str
    progress_evidence: list[str]
    generator: str


def defers(target: str, label: str, score: float, rule_label: str, rule_phrases: list[str],
           defer: dict[str, float] = DEFER_BELOW) -> bool:
    """Whether the rules decide `target` instead of the model: they read a deciding phrase for
    another label, and the model's probability of its own label is below `defer`."""
    return bool(rule_phrases) and rule_label != label and score < defer[target]


MAX_VERDICT_WORDS = 6  # a verdict cell or line of its own: "Agreed in principle", "Yes – in part"
_FIRST_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[\"'\u201c\u2018(]?[A-Z0-9])|\n+")


# the answer lexicon's verdict and status words, each pattern compiled on first use
RX = Patterns(
    "answers",
    verdict_verbs=(r"\b(?:{verdict_verbs})", re.I),
    cell_in_part=(r"^(?:{cell_in_part})$", re.I),
    cell_yes=(r"^(?:{cell_yes})$", re.I),
    cell_no=(r"^(?:{cell_no})$", re.I),
    # a status's field name ("Progress update (October 2025):") or RAG colour ("Blue –") before it
    status_field=(r"^(?:(?:{status_fields})(?:\s*\([^)]{0,40}\))?|{rag_colours})\s*[:/\u2013\u2014-]\s*", re.I),
    status_completed=(r"^(?:{status_completed})$", re.I),
    status_in_progress=(r"^(?:{status_in_progress})$", re.I),
    status_not_started=(r"^(?:{status_not_started})$", re.I),
    # "Further response (January 2026):", "Update, March 2026 -": a later statement in an answer given again
    # "We originally accepted this recommendation in part": the verdict of the earlier response, recalled
    earlier=(r"\b(?:{earlier_position})\b", re.I),
    deflection=(r"(?:{deflections})", 0),  # "... is an operational matter for the Chief Constable": another body's to decide
    # "That the Cabinet writes to Network Rail asking it to ...": an ask to ask another body, its verb among the ask's
    # first words (after "That the Leader of the Council ")
    asks_of_others=(r"^\W*(?:that\s+)?(?:\S+\s+){0,8}?(?:{asks_of_others})\b", re.I),
    asking_done=(r"\b(?:{asking_done})\b", re.I),  # "I wrote to ...", "will write to": the writer's own asking
    deferral=(r"(?:{deferrals})", re.I),  # "A full response will follow once the budget is set": the verdict put off
    pointer=(r"^(?:{pointers})", re.I),  # "Please see the report to the Board of 14 October": the answer is elsewhere
    # "Proposed response: Not agreed.", "Cabinet decision: Agreed.": a field that names the answer, and its verdict
    verdict_field=(r"^(?:[\w'\u2019-]+\s+){0,3}?(?:{answer_words}|decision)\s*(?:\([^()]{0,40}\))?\s*:\s*\S", re.I),
    no_answer=(r"^(?:{no_answer_yet})", re.I),  # "Response to follow.": no answer is given yet
    pointer_to_answer=(r"(?:{pointer_to_answer})", re.I),  # "See response to recommendation 3": that answer's
    # a respondent's own block inside one answer: "Response from Castlemere County Council:" on a line of its own
    respondent=(r"^(?:(?:the|our|[A-Z][\w'’]*)\s+){0,2}(?:{answer_words})\s+(?:from|of|by)\s+[^:\n]{2,100}:[ \t]*$",
                re.I | re.M),
    later=(r"^(?:{later_responses})\b\s*(?:\([^)]{0,40}\)|,?\s*(?:[A-Z][a-z]+\s+)?\d{4})?\s*(?:[:\u2013\u2014-]\s*\S|:?$)", re.I),
)
_YES_NO = (("partially_accepted", "cell_in_part"), ("accepted", "cell_yes"), ("rejected", "cell_no"))
_STATUSES = ("completed", "in_progress", "not_started")


def printed_verdict(text: str, question: bool = False, rules: StanceRules | None = None) -> tuple[str, list[str]] | None:
    """The verdict an answer prints, which wins over the narrative (labelling guide rule 1): a
    paragraph, or a paragraph's first sentence, of at most MAX_VERDICT_WORDS that the rules read
    as a verdict ("Agreed in principle", "Not agreed", "Agreed following the review.": a verdict
    cell or line; where several are printed, the last, the latest statement, as a tracker's update
    after its first response); or, unless the ask was a question, a paragraph that is only a yes or no ("Yes", "Yes – in part", "No": the cell of a column such as "Accepted?"; the
    words are answer lexicon lists); else a verdict phrase of the rules in its first sentence that
    holds a verdict word ("The Government accepts this recommendation in part"; not "is committed
    to", a commitment the model weighs). (stance, evidence) or None when it prints no verdict."""
    rules = rules or load_rules()
    verbs = RX.verdict_verbs
    found: tuple[str, list[str]] | None = None
    for par, sentence in _cells(text):  # the last verdict printed is the latest (an update's "Agreed" after "will consider")
        cell = par.strip(" .:;\u2013\u2014-")
        if not cell or len(cell.split()) > MAX_VERDICT_WORDS:
            continue
        said, phrases = classify_stance(cell, rules)
        # a sentence opening a paragraph is a verdict by a verdict word ("Agreed following the review."),
        # not by a commitment ("The Government is committed to growth.")
        phrases = [p for p in phrases if not is_view(p, rules) and (not sentence or verbs.search(p))]
        if phrases and said != "unclear":
            found = said, list(dict.fromkeys([par, *phrases]))  # "Agreed" is both the cell and its phrase
            continue
        if not question and not sentence:
            for stance, key in _YES_NO:
                if getattr(RX, key).match(cell):
                    found = stance, [par]
                    break
    if found is not None:
        return found
    first = _FIRST_SENTENCE.split(text.strip(), maxsplit=1)[0]
    said, phrases = classify_stance(first, rules)
    phrases = [p for p in phrases if verbs.search(p) and not is_view(p, rules)]  # a premise agreed is no verdict
    if phrases and said != "unclear":
        return said, list(dict.fromkeys([first, *phrases]))
    return None


# what joins a status to the date it prints ("Implemented 1 November 2024", "Complete (May 2025)"); "by"
# is not among them: "Complete by March 2026" is a deadline, not a status
_STATUS_DATE = re.compile(r"[\s,;:()\u2013\u2014-]*(?:\b(?:on|in|from|since|at)\b)?[\s,;:()\u2013\u2014-]*$", re.I)


def _status_of(cell: str) -> str:
    """A status cell without its field name and the date it prints ("Status: Implemented 1 November 2024"
    -> "Implemented")."""
    cell = RX.status_field.sub("", cell, count=1)
    undated = cell
    for pattern in DATE_PATTERNS:  # the date's shapes, not dateparser: this runs on every short cell
        undated = pattern.sub("", undated)
    if undated != cell:
        cell = _STATUS_DATE.sub("", undated)
    return cell.strip(" .:;()\u2013\u2014-")


def printed_status(text: str) -> tuple[str, list[str]] | None:
    """The progress an answer prints in a status cell or line of its own (answer lexicon lists
    `status_completed`, `status_in_progress`, `status_not_started`: "Complete", "In progress",
    "Status: Implemented 1 November 2024"), which wins over the narrative as a printed verdict wins
    over it for stance; where several are printed, the last, the latest statement (labelling guide
    rule 2.4). (progress, evidence) or None when it prints no status."""
    found: tuple[str, list[str]] | None = None
    for raw, _ in _cells(text):
        if len(raw.split()) > MAX_VERDICT_WORDS + 4:  # a status and the date it was reached
            continue
        cell = _status_of(raw)
        if not cell or len(cell.split()) > MAX_VERDICT_WORDS:
            continue
        for progress in _STATUSES:
            if getattr(RX, f"status_{progress}").match(cell):
                found = progress, [raw]
                break
    return found


def status_printed(evidence: list[str]) -> bool:
    """The progress judged from a status the answer prints (its evidence opens with it: a badge over the answer, a status
    cell), which reading the answer again does not overrule."""
    return bool(evidence) and printed_status(evidence[0]) is not None


def _cells(text: str) -> list[tuple[str, bool]]:
    """What an answer prints on its own: each paragraph (a cell, a line), the first sentence
    of a longer one ("Complete. The protocol was adopted ...", "Agreed following the review. ..."),
    each with whether it is such a sentence, and a verdict's field run on at its end ("... Proposed response: Not
    agreed."), as a line of its own."""
    out: list[tuple[str, bool]] = []
    for par in re.split(r"\n\s*\n", text):
        par = par.strip()
        if not par:
            continue
        out.append((par, False))
        sentences = _FIRST_SENTENCE.split(par)
        first = sentences[0].strip()
        if first != par:
            out.append((first, True))
        last = sentences[-1].strip()
        if len(sentences) > 1 and (field := RX.verdict_field.match(last)):
            # "... and the police have agreed to include the parks in their patrols. Proposed response: Not agreed.":
            # the verdict printed in its field after the narrative, run on in the paragraph
            out.append((last[field.end() - 1:], False))
    return out


def _declining(text: str, ask: str | None, printed: tuple[str, list[str]] | None) -> tuple[str, list[str]] | None:
    """("rejected", [the sentence]) where an answer that prints no verdict declines the very action asked for
    ("The Service will not be restoring 24-hour wholetime crewing"), as a printed refusal would; an answer
    that also accepts another part is then partly accepted (`mixed_stance`, rule 4). So does one whose only verdict
    notes ("HM Treasury keeps all taxes under review. The Government has no plans to introduce a new tax relief
    ..."): to note is to take no position, and declining what was asked is one."""
    if printed is not None and printed[0] != "noted":
        return None
    from pipeline.answers.relevance import declined  # Snowball stems: only where the ask is known

    sentence = declined(text, ask) or kept_as_is(text)  # (or the present arrangement goes on: no money for the ask)
    return ("rejected", [sentence]) if sentence else None


@lru_cache(maxsize=1)
def answer_model() -> FrozenAnswerModel | None:
    """The shipped answer model's arrays, loaded once per process (None: the rules judge alone)."""
    from pipeline.answers.verdict import load_frozen_answer_model  # numpy: only once answers are judged

    return load_frozen_answer_model()


def latest_statement(text: str) -> str | None:
    """The last statement of an answer given again ("Initial response (June 2025): ..." then "Further response
    (January 2026): ..."), from its head to the end; None where the answer is given once."""
    parts = re.split(r"\n\s*\n", text.strip())
    heads = [k for k, part in enumerate(parts) if k and RX.later.match(part.strip())]
    return "\n\n".join(parts[heads[-1]:]) if heads else None


MAX_POINTER_SENTENCES = 3  # an answer that only points elsewhere says so briefly
DEFLECTION_SENTENCES = 2  # an answer says whose matter it is at its start


def _opening(text: str) -> str:
    """The first sentences of an answer, where it says whose the matter is."""
    return " ".join(_FIRST_SENTENCE.split(text.strip())[:DEFLECTION_SENTENCES])


POINTER_WORDS = 40  # an answer that only points to another answer says so in a sentence or two


def _short_sentences(text: str) -> tuple[str, list[str]]:
    """An answer's text single-spaced and its sentences, where it has few enough to be only a pointer
    (MAX_POINTER_SENTENCES); no sentences where it says more."""
    t = " ".join(str(text).split())
    sentences = [x for x in _FIRST_SENTENCE.split(t) if x.strip(" .\u2013-")]
    return t, sentences if len(sentences) <= MAX_POINTER_SENTENCES else []


def pointed_to(text: str) -> str | None:
    """The label of the answer that `text` only points to ("See the response to Recommendation 10 above." -> "10",
    "This recommendation is addressed in our response to R2." -> "2"): a short answer whose sentences all point, the
    first to another answer of the same response; None for an answer that says more, or points nowhere."""
    t, sentences = _short_sentences(text)
    if not sentences or len(t.split()) > POINTER_WORDS:
        return None
    m = RX.pointer_to_answer.search(sentences[0])
    n = re.search(r"\d{1,3}[a-z]?", sentences[0][m.start():]) if m else None
    # ... and says nothing else: every sentence points ("See response to R3. See R3 above."), none answers ("Agreed.")
    if n is None or not all(RX.pointer_to_answer.search(x) or RX.pointer.match(x.strip()) for x in sentences):
        return None
    return n.group(0)


def points_elsewhere(text: str) -> str | None:
    """The answer, where it only points to another paper for what it would say ("Please see the report to the
    Combined Authority Board of 14 October 2025, paragraphs 9.1 to 9.4."; "Our approach is set out in section 6 of our
    Drought Plan 2022."): `unclear` by the labelling guide ("only points elsewhere with nothing to follow"); None for
    any other answer, and for a pointer to another answer of the same response ("See response to recommendation 3"),
    which that answer decides."""
    t, sentences = _short_sentences(text)
    if not sentences or RX.pointer_to_answer.search(t):
        return None
    # so does an answer that says there is none yet ("Response to follow."): the answer text is missing, and what it
    # says after that, unless it takes a position in a verdict's words, is about the answer awaited ("The Force's
    # response had not been received when this response was finalised. I will forward it to the Panel.")
    if RX.no_answer.match(sentences[0].strip()) and not any(RX.verdict_verbs.search(x) for x in sentences[1:]):
        return t
    return t if all(RX.pointer.match(x.strip()) or RX.no_answer.match(x.strip()) for x in sentences) else None


def principal(text: str) -> str:
    """The part of an answer given by its principal respondent, the one it opens with (labelling guide rule 1.5),
    where several respondents answer in turn under their own lines ("Response from the Integrated Care Board:",
    then "Response from Castlemere County Council:"); else the whole answer."""
    t = str(text)
    mark = RX.respondent.search(t)
    if mark and not t[: mark.start()].strip():  # the first respondent's own line opens the answer
        t = t[mark.end():]
        mark = RX.respondent.search(t)
    own = t[: mark.start()].strip() if mark else ""
    return own or t


def as_ticked(text: str) -> str:
    """An answer with each line of check boxes read as the option it ticks ("Agreed ☐   Partly agreed ☒   Not agreed
    ☐" -> "Partly agreed", `pipeline.labels.ticked_option`), a paragraph of its own: the verdict the form prints
    (labelling guide rule 1), and not the words of the options left blank. Words after a line's last box stay, as the
    next paragraph."""
    text = str(text)
    if not any(box in text for box in CHECK_BOXES):
        return text  # (most answers: no line to read)
    out = []
    for line in text.split("\n"):
        found = ticked(line)
        out.append(line if found is None else "\n\n".join(part for part in found if part))
    return "\n".join(out)


ASKED_SHARED = 2  # the writer's asking and the ask's action share this many content words


def _asks_as_asked(text: str, ask: str) -> bool:
    """The ask is to ask another body ("That the Cabinet writes to Network Rail asking it to replace the footbridge"),
    and a sentence of the answer reports or commits to the writer's asking of what was asked ("I wrote to Network Rail's
    Route Director asking for a step-free crossing"): the words of the action asked, less the names in the ask (the
    bodies, the places), are in that sentence, so that asking for something else ("I have asked for the Eastholme figures
    to be included in my next report") takes nothing up (answer lexicon v30 `asks_of_others`, `asking_done`)."""
    if not RX.asks_of_others.match(ask):
        return False
    vocabulary = load_vocabulary()
    named = {w.lower() for w in re.findall(r"\b[A-Z][\w'’-]*", ask)}
    action = content_stems(" ".join(w for w in re.findall(r"[\w'’-]+", ask) if w.lower() not in named), vocabulary)
    return any(RX.asking_done.search(sentence) and len(content_stems(sentence, vocabulary) & action) >= ASKED_SHARED
               for sentence in _FIRST_SENTENCE.split(text))


def judge_answer(text: str, question: bool = False, ask: str | None = None) -> Judged:
    """The stance and progress of one answer's text (`judged`); where the answer is given again under a later
    head ("Further response (January 2026): ...", "What we have done"), the progress its latest statement reports,
    which decides (labelling guide rule 2.4), and the stance the answer gave before it, unless the latest statement
    prints a verdict of its own or declines what was agreed on a condition: an update that reports work done recalls
    the stance, it does not give it again.
    Where several respondents answer in turn, the one the answer opens with is judged (`principal`)."""
    text = principal(as_ticked(text))
    j = judged(text, question, ask)
    printed = printed_verdict(str(text), question)
    if (pointer := points_elsewhere(text)) is not None and printed is None:
        return Judged("unclear", [pointer], "unknown", [], f"{j.generator}/points-elsewhere")
    if printed is None and (j.stance in ("accepted", "partially_accepted")
                            or j.stance == "rejected" and DECLINES.declined.search(str(text)) is None):
        # "How the Force grades calls is an operational matter for the Chief Constable. The Force has advised me that ...":
        # the matter is another body's, and what that body does is no commitment of the writer's (guide rule 1.2); nor is
        # what the writer says it does not do itself a refusal ("... is a matter for Ofgem. The Department publishes
        # figures, though not by supplier"): the answer prints no verdict, and hands the ask on, unless the writer declines
        # in words of its own too ("... a matter for the Partnership. The Council has no plans to provide them");
        # ... but where the ask is itself to ask that body ("That the Cabinet writes to Network Rail asking ...") and the
        # answer reports or commits to that asking ("I wrote to ..."), the asking is what was asked, and the answer is
        # judged by what it says of it (answer lexicon v30 `asks_of_others`, `asking_done`);
        # "This recommendation asks for capital spending that will be decided in the budget. A full response will follow
        # once the budget is set.": the verdict is put off to a decision not yet taken, so nothing is committed to yet
        for rx, where, tag in ((RX.deflection, _opening(str(text)), "deflects"), (RX.deferral, str(text), "puts-off-verdict")):
            if (hit := rx.search(where)) is not None:
                if ask and _asks_as_asked(str(text), ask):
                    break  # (read only where the answer hands the ask on)
                sentence = next((x for x in _FIRST_SENTENCE.split(str(text)) if rx.search(x)), hit.group(0))
                return Judged("noted", [sentence.strip()], "unknown", [], f"{j.generator}/{tag}")
    latest = latest_statement(str(text))
    if latest is None:
        return _narrowed(j, str(text), ask, printed)
    earlier = str(text)[: str(text).rfind(latest)].strip()
    later = judged(latest, question, ask)
    if earlier and printed_verdict(latest, question) is None:
        if later.stance != "rejected":  # an update that reports on what was agreed recalls the first stance
            first = judged(earlier, question, ask)
            j = Judged(first.stance, first.stance_evidence, j.progress, j.progress_evidence, j.generator)
        elif (printed_verdict(earlier, question) or ("",))[0] != "accepted":
            # one that declines what was agreed only on a condition ("Agreed, subject to funding.", then "The Cabinet has
            # therefore decided not to introduce it") is the stance; after a plain "Accepted", a refusal in the update
            # may be of something else ("We have no plans to add more"): the answer is judged whole
            j = Judged(later.stance, later.stance_evidence, j.progress, j.progress_evidence, j.generator)
    progress, p_ev = j.progress, j.progress_evidence
    if later.progress != "unknown" and later.progress != j.progress \
            and progress_given_stance(j.stance, later.progress) == later.progress \
            and not (later.progress == "not_started" and (status := printed_status(str(text))) is not None
                     and status[0] != "not_started"):
        # (a latest statement that only says what is still to come, "The County Council has confirmed that the signs
        # will be put up in February 2026", does not undo the status the answer prints, "Status: Completed": the
        # record's status is as late as its updates, and a plan for later reports no step back)
        progress, p_ev = later.progress, later.progress_evidence
    if progress_given_stance(j.stance, progress) != progress:
        progress, p_ev = "unknown", []  # the stance recalled commits to nothing (guide rule 2.1)
    return _narrowed(Judged(j.stance, j.stance_evidence, progress, p_ev, j.generator), str(text), ask, printed)


def _narrowed(j: Judged, text: str, ask: str | None, printed: object) -> Judged:
    """`j`, partially accepted where it accepts but commits to a smaller version of the ask, as only the ask can show:
    less often ("reviewed every three years" where "every year" was asked) or less money ("£120,000" where "£400,000"
    was asked; `smaller.smaller`), guide rule 2. A printed verdict decides as printed (guide rule 1); without the ask,
    nothing can be compared."""
    if ask is None or printed is not None or j.stance != "accepted":
        return j
    found = smaller(ask, text)
    if found is None:
        return j
    return Judged("partially_accepted", [found], j.progress, j.progress_evidence, f"{j.generator}/smaller")


def without_superseded(text: str) -> str:
    """The answer without the verdicts it recalls from the earlier response ("We originally accepted this
    recommendation in part, committing to open three centres."), where a later sentence gives a verdict of its own
    ("Having reviewed the waiting-time data for 2025, we now accept it in full."): the later verdict supersedes the
    recalled one (the latest statement decides, labelling guide rule 2.4). The text itself where nothing is recalled,
    or nothing said since gives a verdict: then the recalled verdict is still the answer's."""
    sentences = [s for s in _FIRST_SENTENCE.split(str(text)) if s.strip()]
    recalled = [k for k, s in enumerate(sentences) if RX.earlier.search(s) and classify_stance(s)[0] != "unclear"]
    if not recalled or not any(classify_stance(s)[0] != "unclear" and not RX.earlier.search(s)
                               for s in sentences[recalled[-1] + 1:]):
        return text
    out = str(text)
    for k in recalled:
        out = out.replace(sentences[k], "", 1)
    return out.strip() or text


@lru_cache(maxsize=8192)
def judged(text: str, question: bool = False, ask: str | None = None) -> Judged:
    """The stance and progress of one answer's text (cached: an answer read again is not re-judged).

    `question`: the ask it replies to is put as a question (`pipeline.answers.asks.is_question`),
    which the model reads beside the words (an answer to a question mostly informs: `noted`);
    `ask`: the words of the recommendation(s) it answers, where known, which the model reads beside
    the answer's (`pipeline.answers.relevance`: how far the answer speaks of the thing asked)."""
    text = without_recall(text)  # the ask recalled in the answer's first sentence decides nothing (guide rule 8)
    text = without_superseded(text)  # nor a verdict of the earlier response, given again since
    model = answer_model()
    if model is None:
        rules = load_rules()
        stance, s_ev, progress, p_ev = rules_judge(text, rules)
        printed = printed_verdict(str(text), question, rules)
        stance, s_ev = _declining(str(text), ask, printed) or (stance, s_ev)
        stance, s_ev = mixed_stance(str(text), stance, s_ev, printed is not None, rules)  # part declined (rule 4)
        progress, p_ev = begun(str(text), progress, p_ev, rules)  # work begun is not "not started" (rule 2.2)
        if progress_given_stance(stance, progress) != progress:
            progress, p_ev = "unknown", []
        return Judged(stance, s_ev, progress, p_ev, rules.generator)
    from pipeline.answers.verdict import phrase_sentence  # loaded with the model, above

    # progress as the model reads it: rule 2.1 is applied below, to the stance this function settles on
    # (a printed "Agreed" over a model that read `noted` keeps the progress the answer reports)
    j = model.judge(str(text), question, follow_stance=False, ask=ask)
    rules = load_rules()
    r_stance, r_s_ev, r_progress, r_p_ev = rules_judge(text, rules)

    def decide(target: str, verdict: Verdict, rule_label: str, rule_phrases: list[str]) -> tuple[str, list[str]]:
        if defers(target, verdict.label, verdict.score or 0.0, rule_label, rule_phrases):
            span = phrase_sentence(text, rule_phrases)  # the model is unsure and the rules read a deciding phrase
            return rule_label, list(dict.fromkeys([*([text[span[0]:span[1]]] if span else []), *rule_phrases]))
        sentence = [verdict.sentence] if verdict.sentence else []
        return verdict.label, list(dict.fromkeys([*sentence, *verdict.phrases]))

    # the verdict printed wins over the model and the rules' deferral (guide rule 1)
    printed = printed_verdict(str(text), question, rules)
    stance, s_ev = _declining(str(text), ask, printed) or printed or decide("stance", j.stance, r_stance, r_s_ev)
    # ... unless its sub-items are given different verdicts, or, with no verdict printed, one sentence
    # accepts and another refuses: part accepted and part declined (guide rule 4)
    stance, s_ev = mixed_stance(str(text), stance, s_ev, printed is not None, rules)
    # so does the progress printed in a status cell or line (guide rule 2.4, the latest statement)
    # ... and the narrative that reports the work begun is never "not started" (guide rule 2.2)
    # ... nor "completed" where it reports done a part of a counted whole (rule 2.2 again)
    progress, p_ev = printed_status(str(text)) or done_in_part(
        *begun(str(text), *decide("progress", j.progress, r_progress, r_p_ev), rules), r_progress, r_p_ev)
    if progress_given_stance(stance, progress) != progress:
        progress, p_ev = "unknown", []  # nothing accepted, so nothing under way (guide rule 2.1)
    defer = ",".join(f"{t}<{v}" for t, v in DEFER_BELOW.items())
    # the model names the rules it reads as features; the rules that decided printed verdicts and deferrals follow
    return Judged(stance, s_ev, progress, p_ev, f"{j.generator}/defer[{defer}]/{rules.generator}")


__all__ = ["MODEL_FILE", "MODEL_NAME", "MODEL_VERSION", "Judged", "answer_model", "defers", "judge_answer",
           "printed_status", "printed_verdict", "status_printed"]
