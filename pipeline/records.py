"""Typed records passed between the stages of the pipeline.

Each stage is a function from records to records: a reader makes a `Document`,
the segmenter turns it into a `ParsedDocument` (paragraphs, recommendations,
responses), the theme tagger adds `ThemeTag`s, the linker makes `Link`s.
`ParsedDocument.to_json()` is the output contract of `spec/output-schema.md`.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from functools import lru_cache
from typing import Any, Literal

DocumentKind = Literal["scrutiny_report", "response", "officer_report", "minutes", "other"]
UnitKind = Literal["paragraph", "heading"]
RecommendationKind = Literal["scrutiny_recommendation", "decision_sought"]
Stance = Literal["accepted", "partially_accepted", "rejected", "noted", "unclear"]
Progress = Literal["completed", "in_progress", "not_started", "unknown"]

DOCUMENT_KINDS: tuple[str, ...] = ("scrutiny_report", "response", "officer_report", "minutes", "other")
STANCES: tuple[str, ...] = ("accepted", "partially_accepted", "rejected", "noted", "unclear")
PROGRESSES: tuple[str, ...] = ("completed", "in_progress", "not_started", "unknown")


@dataclass(slots=True)
class Line:
    """One line of extracted text, in reading order.

    `gap_before` counts the blank lines (or, for PDFs, the blank-line-sized vertical
    gaps) between this line and the one before it; the segmenter uses it to tell a
    wrapped line from a new block. `indent` is the left edge in points for PDFs
    (0 for plain text). `table` marks a row of a table, its cells joined by tabs. `size`
    is the height of a PDF line's text in points (about its font size); 0 where unknown.
    `footnote` marks a line of the notes printed at a page's foot, in smaller type. `level` is a
    heading's rank where the document marks it (HTML's h1-h6, Word's "Heading 1"-"Heading 9"); 0
    where it does not say. `caption` marks a figure's caption where the document marks it (HTML's
    figcaption): it describes the picture and belongs to no paragraph.
    """

    text: str
    page: int = 1
    gap_before: int = 0
    indent: float = 0.0
    bold: bool = False
    italic: bool = False
    table: bool = False
    size: float = 0.0
    footnote: bool = False
    level: int = 0
    caption: bool = False


@dataclass(slots=True)
class Issue:
    """A coded problem met while reading or processing one file (see `pipeline.errors`)."""

    code: str
    message: str
    severity: Literal["error", "warning"] = "warning"


@dataclass(slots=True)
class DocumentMeta:
    """What a document says about itself: who wrote it, for whom, when, and what it is."""

    council: str | None = None
    body: str | None = None
    title: str | None = None
    date: str | None = None  # ISO 8601, as precise as the document: 2013, 2013-05, 2013-05-24
    kind: DocumentKind = "other"


@dataclass(slots=True)
class Document:
    """A file read into lines, with its metadata; the input of segmentation.

    `id` is the sha256 of the file's bytes, so the same file always has the same id.
    """

    id: str
    source: str
    path: str
    pages: int
    lines: list[Line]
    meta: DocumentMeta = field(default_factory=DocumentMeta)
    issues: list[Issue] = field(default_factory=list)
    generator: str = ""


@dataclass(slots=True)
class ThemeTag:
    """A theme of the taxonomy found in a paragraph or recommendation, with its evidence."""

    theme: str
    score: float
    evidence: list[str] = field(default_factory=list)
    generator: str = ""


@dataclass(slots=True)
class Item:
    """A lettered item or bullet inside a paragraph (`a)`, `(ii)`, `-`)."""

    label: str | None
    text: str


@dataclass(slots=True)
class Paragraph:
    """A segmented unit: a numbered or unnumbered paragraph, or a heading.

    `uid` is stable and citable: `<first 12 hex of the document id>:<number>`, or
    `:@<position>` for unnumbered text. `label` is set on labelled blocks such as
    "Recommendation 3" (label "3"). `title` holds a bold run-in title.
    """

    uid: str
    number: str | None
    kind: UnitKind
    heading: str | None
    text: str
    page: int
    position: int
    label: str | None = None
    title: str | None = None
    items: list[Item] = field(default_factory=list)
    themes: list[ThemeTag] = field(default_factory=list)
    emphasis: str | None = None  # "bold" or "italic" when the reader saw it set so, mostly
    cited: str | None = None  # the paragraph a labelled block's head cites: "Recommendation 1 (paragraph 4.3)"


@dataclass(slots=True)
class Recommendation:
    """A recommendation of a report, or a decision an officer report asks for."""

    uid: str
    label: str
    kind: RecommendationKind
    addressee: str | None
    text: str
    paragraph: str | None
    page: int
    themes: list[ThemeTag] = field(default_factory=list)
    generator: str = ""
    # a conclusion of a "conclusions and recommendations" list: kept, but it asks no one to act
    # and awaits no answer
    conclusion: bool = False
    addressees: list[str] = field(default_factory=list)  # every body asked to act, in the order named


@dataclass(slots=True)
class Response:
    """One answer in a response document, to one or more recommendations.

    `label` is the recommendation label as the response gives it; `answers` lists every
    label the block answers when it answers several at once.
    """

    uid: str
    label: str
    text: str
    restated: str | None = None
    stance: Stance = "unclear"
    progress: Progress = "unknown"
    stance_evidence: list[str] = field(default_factory=list)
    progress_evidence: list[str] = field(default_factory=list)
    answers: list[str] = field(default_factory=list)
    page: int = 1
    generator: str = ""
    # an action plan row's cells about the action rather than the answer ("Lead officer: ...",
    # "Timescale: ..."): kept beside the answer text, not in it
    details: list[str] = field(default_factory=list)
    # how the answer was found: "aligned" (where the response restates the recommendation),
    # "table" (a row of a response table), "shape" (marked as an answer by the response's form),
    # "topic" (a passage matched by its words), "minutes" (a resolution), "labelled" (a paragraph under
    # the report's own label, "(a) I accept ...")
    method: str = "shape"
    # the uid of the report recommendation it answers, when alignment with the report says so
    recommendation: str | None = None
    score: float | None = None  # how sure the alignment is (0..1)


@dataclass(slots=True)
class Failure:
    """A file that could not be processed: its path, error code and message."""

    path: str
    code: str
    message: str


@dataclass(slots=True)
class Link:
    """A recommendation of one document matched to its response in a later one.

    `report` and `response_document` are the documents' `source` names, for people and for
    the output contract; `report_id` and `response_document_id` (sha256) identify them, and
    every lookup goes by the ids, since two files may share a name.
    """

    report: str
    recommendation: str
    response_document: str
    response_to: str
    score: float
    method: str
    report_id: str = ""
    response_document_id: str = ""
    recommendation_uid: str = ""  # the recommendation itself (two of a report may share a label)


@dataclass(frozen=True, slots=True)
class Copy:
    """A recommendation (`recommendation_uid`, in `document_id`) printed again in a paper that holds the print of
    another (`original_uid`, in `original_document_id`), which is tracked in its stead (`pipeline.link.copies`)."""

    recommendation_uid: str
    original_uid: str
    document_id: str
    original_document_id: str


@dataclass(slots=True)
class ParsedDocument:
    """A document after segmentation (and, later, theme tagging)."""

    document: Document
    paragraphs: list[Paragraph] = field(default_factory=list)
    recommendations: list[Recommendation] = field(default_factory=list)
    responses: list[Response] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    themes: list[ThemeTag] = field(default_factory=list)  # the document's themes: score = share of its paragraphs

    @property
    def id(self) -> str:
        return self.document.id

    @property
    def source(self) -> str:
        return self.document.source

    def to_json(self) -> dict[str, Any]:
        """The document in the shape of the output contract (`spec/output-schema.md`)."""
        doc = self.document
        return {
            "document": {
                "id": doc.id,
                "source": doc.source,
                "council": doc.meta.council,
                "body": doc.meta.body,
                "title": doc.meta.title,
                "date": doc.meta.date,
                "kind": doc.meta.kind,
                "pages": doc.pages,
                "generator": doc.generator,
                "issues": [asdict(i) for i in doc.issues],
            },
            "paragraphs": [asdict(p) for p in self.paragraphs],
            "recommendations": [asdict(r) for r in self.recommendations],
            "responses": [asdict(r) for r in self.responses],
            "footnotes": list(self.footnotes),
            "themes": [asdict(t) for t in self.themes],  # the document's own: score = share of its paragraphs
        }


_META_FIELDS = ("council", "body", "title", "date", "kind")


@lru_cache(maxsize=1)
def _parsed_adapter() -> Any:
    from pydantic import TypeAdapter  # validates nested dataclasses; imported when a store is read

    return TypeAdapter(ParsedDocument)


def parsed_from_json(data: dict[str, Any]) -> ParsedDocument:
    """Rebuild a `ParsedDocument` from `ParsedDocument.to_json()` output (lines are not kept).

    The contract's document object is flat (council, body ... beside id and source); the
    record keeps them in `meta`. Everything else is validated and built by pydantic from the
    dataclasses' own type hints, so a stored value of the wrong type is an error, not a
    silent surprise later.
    """
    d = dict(data["document"])
    meta = {k: d.pop(k) for k in _META_FIELDS if k in d}
    d.setdefault("path", d["source"])
    d.setdefault("lines", [])
    built: ParsedDocument = _parsed_adapter().validate_python({**data, "document": {**d, "meta": meta}})
    return built
