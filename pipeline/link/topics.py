"""Answers of a response that answers by subject, found beside the report it answers.

A response that names no recommendation and quotes none ("Saturday afternoons" over an answer,
"Finally, on overdue fines: ...") yields no answers by its shape. Once its report is known, its
passages (`pipeline.answers.topics`) are matched to the report's recommendations by their words
alone (`match.match_by_text`: one-to-one, by TF-IDF similarity, each other's best match or close
enough; labels play no part), and each passage that answers one becomes a response, numbered in
the response's own order (the order it answers them in, whatever the report's).
"""

from __future__ import annotations

from pipeline.answers.asks import is_question
from pipeline.answers.judge import judge_answer
from pipeline.answers.topics import Passage, topic_passages
from pipeline.link.match import match_by_text, topic_affinity
from pipeline.records import ParsedDocument, Recommendation, Response

TOPICS_VERSION = "topics-1"


def reads_by_topic(response: ParsedDocument) -> bool:
    """A response document whose shape gave no answers: it may answer by subject."""
    return response.document.meta.kind == "response" and not response.responses


def passages(response: ParsedDocument) -> list[Passage]:
    return topic_passages(response.paragraphs)


def passage_affinity(recommendations: list[Recommendation], found: list[Passage]) -> float:
    """How strongly the passages echo the recommendations (`match.topic_affinity`)."""
    return topic_affinity(_asks(recommendations), [_words(p) for p in found])


def _asks(recommendations: list[Recommendation]) -> list[Recommendation]:
    return [r for r in recommendations if not r.conclusion]


def _words(p: Passage) -> str:
    return " ".join(filter(None, [p.title, p.text]))


def answers_by_topic(report: ParsedDocument, response: ParsedDocument) -> list[Response]:
    """The passages of `response` that answer a recommendation of `report`, each judged beside the
    recommendation it answers and labelled by its place among the answers (1, 2, ...)."""
    found = passages(response)
    asks = _asks(report.recommendations)
    if len(found) < 2 or not asks:
        return []
    prefix = response.id[:12]
    candidates = [Response(uid=f"{prefix}:p{k}", label=str(k + 1), text=p.text, restated=p.title, page=p.page)
                  for k, p in enumerate(found)]
    order = {id(c): k for k, c in enumerate(candidates)}
    matches = sorted(match_by_text(asks, candidates), key=lambda m: order[id(m.response)])
    out = []
    for n, m in enumerate(matches, start=1):
        ask, answer = m.recommendation, m.response
        j = judge_answer(answer.text, is_question(ask.text), ask.text)
        out.append(Response(
            uid=f"{prefix}:t{n}", label=str(n), text=answer.text, stance=j.stance,  # type: ignore[arg-type]
            progress=j.progress, stance_evidence=list(j.stance_evidence),  # type: ignore[arg-type]
            progress_evidence=list(j.progress_evidence), answers=[str(n)], page=answer.page,
            generator=f"{TOPICS_VERSION}+{j.generator}", method="topic", recommendation=ask.uid, score=m.score,
        ))
    return out


__all__ = ["TOPICS_VERSION", "answers_by_topic", "passage_affinity", "passages", "reads_by_topic"]
