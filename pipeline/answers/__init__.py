"""Answers in a response document: which block answers which recommendation, and how.

`find_answers(parsed)` is the stage function: it reads the answers a response document
gives (`shapes`: restated heads and answer markers, opener blocks, and `tables`: response
tables and action plans), judges their stance and progress (`stance`), and drops from the
document's own recommendations those it only restates.
"""

from __future__ import annotations

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

from pipeline.answers.align import ALIGNER_VERSION
from pipeline.answers.judge import MODEL_FILE, Judged, answer_model, judge_answer
from pipeline.answers.key import keyed
from pipeline.answers.references import pointed_answers, summary_verdicts
from pipeline.answers.shapes import find_responses
from pipeline.answers.stance import RULES_FILE as STANCE_RULES_FILE
from pipeline.labels import label_alone
from pipeline.lexicon import LEXICON_VERSIONS
from pipeline.records import Paragraph, ParsedDocument, Recommendation, Response
from pipeline.segment.grammar import strip_markup

ANSWERS_VERSION = (
    f"answers-4/{ALIGNER_VERSION}/answer-lexicon.{LEXICON_VERSIONS['answers']}/"
    f"{STANCE_RULES_FILE.removesuffix('.json')}/{MODEL_FILE.removesuffix('.joblib')}"
)


def find_answers(parsed: ParsedDocument) -> ParsedDocument:
    """`parsed` with its responses found; the recommendations a response restates are not its own."""
    responses = keyed(find_responses(parsed.document, parsed.paragraphs), parsed.paragraphs,  # colours by its key
                      parsed.document.lines)
    responses = summary_verdicts(parsed.paragraphs, responses)  # verdicts given by number in a summary above them
    responses = pointed_answers(responses)  # "See the response to recommendation 3": judged as that answer
    if responses and _cites_its_own(parsed, responses):
        responses = []  # a report's discussion citing its own recommendations, "(recommendations 1 and 8)": no answers
    if responses and parsed.document.meta.kind == "other":
        parsed.document.meta.kind = "response"  # a paper is what it does: one that answers is a response
    if responses:
        # a response may print decisions of its own under the numbers it answers ("(a) notes the progress made"): they
        # go with the label, as the asks the archive tracks are the report's. Another paper, an officer report that sums
        # up last year's answers in a table, keeps the decisions it asks of its meeting where the rows quote other asks
        answering = parsed.document.meta.kind == "response"
        quoted: dict[str, list[str]] = {}  # what each answered label's answers restate
        for r in responses:
            for a in r.answers or [r.label]:
                quoted.setdefault(a, []).append(r.restated or "")
        parsed.recommendations = [
            r for r in parsed.recommendations
            if not (r.label in quoted and ((answering and not _own_decision(r)) or _same_ask(r, quoted[r.label])))
            and not _restated(r, parsed.paragraphs)
        ]
        if not parsed.recommendations and parsed.document.meta.kind == "scrutiny_report":
            # a paper that answers and asks nothing of its own is a response, whatever words made it look like the review
            # it answers (a members' bulletin reporting on the review's recommendations)
            parsed.document.meta.kind = "response"
    parsed.responses = responses
    return parsed


def warm_up() -> None:
    """Load the answer model now (a pool may be reading meanwhile)."""
    answer_model()


def _cites_its_own(parsed: ParsedDocument, responses: list[Response]) -> bool:
    """The "answers" are paragraphs of a paper that makes recommendations of its own, citing them by label as it argues
    for them ("... in line with the National Living Wage (recommendations 1 and 8)."): each names only labels the paper
    itself prints over asks, none quotes anything, and the paper does not call itself a response. A report that cites
    its recommendations answers none of them."""
    if parsed.document.meta.kind == "response":
        return False
    own = {r.label for r in parsed.recommendations if r.label and r.kind == "scrutiny_recommendation" and not r.conclusion}
    return bool(own) and all(r.method == "shape" and not (r.restated or "").strip() and set(r.answers or [r.label]) <= own
                             for r in responses)


def _own_decision(rec: Recommendation) -> bool:
    """A decision the paper seeks of its own meeting in a numbered paragraph of its own ("2 Recommendations / (1) That
    the Committee notes the progress made ..."): kept beside the answers under the same numbers unless they restate it
    (`_same_ask`)."""
    return rec.kind == "decision_sought" and rec.paragraph is not None


def _same_ask(rec: Recommendation, restated: list[str]) -> bool:
    """Whether `rec` is what an answer under its label restates. A response quotes what it answers, so a decision the
    paper asks of its own meeting ("(1) review the Annual Report") is not answered by a row of last year's
    recommendations that happens to print the same number and quotes another ask; an answer that quotes nothing
    ("No. | Response") answers whatever its number names; a head's title names a subject of its own ("Recommendation
    (b) – Garden waste charge" over an answer), which is no decision "(b) agree the work programme ..." of the paper's."""
    words = strip_markup(rec.text)
    return any(_names_only_a_label(q) or fuzz.partial_ratio(words, q, processor=default_process) >= SAME_ASK
               for q in restated)


def _names_only_a_label(restated: str) -> bool:
    """A restatement that only names what it answers: nothing, "3", "Recommendation 3", "R3"."""
    q = strip_markup(restated).strip(" .:;")
    return len(q.split()) < QUOTES_NOTHING and (not q or label_alone(q) is not None or not any(c.isalpha() for c in q))


QUOTES_NOTHING = 4  # words: a restatement shorter than this only names what it answers ("3", "Recommendation 3")
SAME_ASK = 70  # rapidfuzz partial-ratio similarity from which a restatement is of the same ask (a quotation, abridged)


def _restated(rec: Recommendation, paragraphs: list[Paragraph]) -> bool:
    """A "Recommendation N" block of a response document quotes the report."""
    return rec.paragraph is None and any(p.label and p.label == rec.label for p in paragraphs)


__all__ = ["ANSWERS_VERSION", "Judged", "find_answers", "find_responses", "judge_answer", "keyed", "warm_up"]
