"""The passages of a response that answers by subject.

Some responses name no recommendation and quote none: each answer sits under a topic heading
("Saturday afternoons") or opens by naming its subject ("On the recommendation about data
sharing, ...", "Finally, on overdue fines: ...", "The Committee also asked for ..."), often in
an order of the respondent's own. Which recommendation a passage answers only its words can
tell, beside the report's (`pipeline.link.topics`); this module knows nothing of the report and
only cuts the document into passages:

* a heading starts a passage, titled by the heading (a heading over nothing but other headings,
  "Opening hours and buildings", titles no passage), and so does a head that names a recommendation
  over its answer ("Recommendation 4 – Litter bins in the town centre"), which keeps the label it prints;
* a paragraph that opens by naming its subject starts a passage of its own, even under a
  heading whose passage has begun;
* every other paragraph continues the passage before it.

The words that open a passage are data (`models/lexicon/answers.v7.json`, `topic_*`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.answers.asks import recalls_ask
from pipeline.answers.shapes import is_furniture
from pipeline.labels import RE_CITED, as_printed, head_citation
from pipeline.lexicon import Patterns
from pipeline.records import Paragraph

RX = Patterns(
    "answers",
    # "On the recommendation about data sharing, ...", "Finally, on overdue fines: ..."; not "On 1 October ..."
    # nor "On this basis, ..."
    opener=(r"^(?:(?:{topic_sequencers}),?\s+)*(?:{topic_openers})\s+(?!(?:this|that|these|those|balance|behalf|"
            r"average|occasion|reflection|the other hand|the whole|whole|completion|receipt|adoption|approval|arrival|"
            r"(?:mon|tues|wednes|thurs|fri|satur|sun)days?|weekdays|weekends)\b)(?=[^\d\W])[^,:;.]{3,90}[,:]", re.IGNORECASE),
)


@dataclass(slots=True)
class Passage:
    """A run of paragraphs about one subject: its title (the heading over it, if any), its text, the
    index of its first paragraph and its page."""

    title: str | None
    first: int
    page: int
    parts: list[str] = field(default_factory=list)
    label: str | None = None  # the label its head prints ("Recommendation 4 – Litter bins": "4")
    number: str | None = None  # the head's own number ("(a) Temporary traffic signals"): the answer's name as printed
    cited: list[str] = field(default_factory=list)  # the labels its head cites where it cites several: "(recs d and e)"

    @property
    def text(self) -> str:
        return "\n\n".join(self.parts)


def opens_topic(text: str) -> bool:
    """The paragraph opens by naming its subject ("On overdue fines: ...", "The Panel also asked ...")."""
    t = text.strip()
    return bool(RX.opener.match(t)) or recalls_ask(t)


QUESTION_HEAD_WORDS = 25  # a reader's question set as a head is short


def _question_head(p: Paragraph) -> bool:
    """A paragraph set in bold, the whole of it, that asks a question ("I take a lot of medicines. Can someone check
    they are all still right for me?"): a bulletin's head over its answer, as a heading is."""
    text = p.text.strip()
    return p.emphasis == "bold" and text.endswith("?") and len(text.split()) <= QUESTION_HEAD_WORDS and "\n" not in text


# a head that numbers itself in words before its title: "Note 6 Accountancy and audit", "Item 4: Parking", "Action 2 –
# Signage" (a paper's own numbering: the number names the passage, it says nothing of what it answers)
RE_HEAD_NUMBER = re.compile(r"^(?-i:[A-Z][a-z]{1,14})\s+(?P<n>\d{1,3}[a-z]?)(?:\s*[:.\u2013\u2014-]\s*|\s+)(?=[A-Z])")


def _head_number(text: str) -> str | None:
    """The number a head prints after its word for what it is ("Note 6 Accountancy and audit": '6'), else None."""
    m = RE_HEAD_NUMBER.match(text)
    return m.group("n") if m is not None else None


def topic_passages(paragraphs: list[Paragraph]) -> list[Passage]:
    """The document cut into passages by headings and by paragraphs that open on a subject; only
    passages with text are returned, in document order."""
    out: list[Passage] = []
    cur: Passage | None = None
    for k, p in enumerate(paragraphs):
        text = p.text.strip()
        if not text or is_furniture(text):
            continue
        if p.kind == "heading" or _question_head(p):
            # a head that cites what it answers prints its label: "Cooling the Metro (Recommendation 2)", "Rural verges
            # (recommendation c)", "Wistowe scrutiny · rec 11"; or its labels, "Litter first (recommendations d and e)"
            cited = head_citation(text) or [m.group("label") for m in RE_CITED.finditer(text)]
            cur = Passage(title=text, first=k, page=p.page, label=as_printed(cited[0]) if len(cited) == 1 else None,
                          number=p.number or _head_number(text), cited=cited if len(cited) > 1 else [])
            out.append(cur)
            continue
        if p.label:  # "Recommendation 4 – Litter bins in the town centre" over its answer: the segmenter's labelled block
            cur = Passage(title=p.title or f"Recommendation {p.label}", first=k, page=p.page, label=p.label)
            out.append(cur)
        elif p.title and text.startswith(p.title) and len(text) > len(p.title) and not text[len(p.title):].startswith(":"):
            # a bold title run in before its answer ("**Joint inspections before the season.** We agree, ..."): a head
            # (a field's name, "**When:** September 2026", is no title)
            cited = [m.group("label") for m in RE_CITED.finditer(p.title)]
            cur = Passage(title=p.title, first=k, page=p.page, label=as_printed(cited[0]) if len(cited) == 1 else None)
            out.append(cur)
            cur.parts.append(text[len(p.title):].lstrip(" .:\u2013\u2014-"))
            continue
        if cur is None or (cur.parts and opens_topic(text)):
            cur = Passage(title=None, first=k, page=p.page)
            out.append(cur)
        cur.parts.append(text)
    return [s for s in out if s.parts]


__all__ = ["Passage", "opens_topic", "topic_passages"]
