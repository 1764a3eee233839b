"""Response tables: "Recommendation | Response" and the council action plan.

A header row names the columns (`_columns`): the quoted item (recommendation, issue,
question, feedback ...), optionally its number, and the answer: a response column and any
decision, action or progress columns, whose cells are the answer text in the row's order (so
the stance and progress rules see "Accepted" or "Completed"); lead officer or timescale
columns are kept apart as the answer's details, "Header: value". Each later row is one answer. Rows are `Line.table` lines, cells joined
by tabs, from any reader (ruled PDF tables, Word and HTML tables).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from pipeline.labels import REC_WORD, as_printed
from pipeline.lexicon import Patterns
from pipeline.records import Document


@dataclass(slots=True)
class TableAnswer:
    """One row of a response table: the item it quotes, its label, and the answer cells."""

    label: str
    page: int
    quoted: str
    answer: list[str] = field(default_factory=list)
    details: list[str] = field(default_factory=list)  # "Lead officer: ...", "Timescale: ..."


# Header words are data (models/lexicon/answers.v1.json); these are the shapes of a header cell.
HEADERS = Patterns(
    "answers",
    quoted=(r"^(?:[\w’'-]+\s+){0,2}(?:{table_quoted})$", re.I),
    answer=(r"^(?:[\w’'-]+\s+){0,3}(?:{table_answer})(?:\s*\(.{0,40}\))?$", re.I),
    decision=(r"^(?:[\w’'/-]+\s+){0,3}(?:{table_decision})\b.{0,40}$", re.I),  # records the decision or the progress made
    number=(r"^(?:{table_number})$", re.I),
    context=(r"\b(?:{table_context})\b", re.I),
)
RE_CELL_LABEL = re.compile(  # "3.", "Recommendation 4a", "R2", "Rec. 3", "b)": a letter needs its stop ("A decision ..." is prose)
    rf"^(?:{REC_WORD}\s+)?(?P<label>r?\d{{1,3}}(?:\.\d{{1,3}})*[a-z]?(?=[.):]?(?:\s|$))|[a-z](?=[.)]\s))[.):]?\s*(?P<rest>.*)$",
    re.I,
)


@dataclass(slots=True)
class _Columns:
    """Where a response table keeps what: the quoted item, its number, the answer cells."""

    left: int
    number: int | None
    answers: list[int]  # the response first, then decision and progress columns
    context: list[int]  # lead officer, timescale ...: kept as "Header: value"
    headers: list[str]


def _columns(cells: list[str]) -> _Columns | None:
    """The columns of a header row such as "No. | Recommendation | Response | Lead | Timescale",
    or None when the row is not the header of a response table."""
    right = [i for i, c in enumerate(cells) if HEADERS.answer.match(c)]
    decision = [i for i, c in enumerate(cells) if i not in right and HEADERS.decision.match(c)]
    left = next((i for i, c in enumerate(cells) if i not in right and i not in decision and HEADERS.quoted.match(c)), None)
    if left is None or not (right or decision):
        return None
    number = next((i for i, c in enumerate(cells) if i != left and HEADERS.number.match(c)), None)
    taken = {left, number, *right, *decision}
    context = [i for i, c in enumerate(cells) if i not in taken and HEADERS.context.search(c)]
    return _Columns(left, number, right + decision, context, cells)


def _row_answer(cells: list[str], cols: _Columns) -> tuple[list[str], list[str]]:
    """(answer cells, details): the response, decision and progress cells in the row's order
    ("Response | Lead | Timescale | Progress": the answer, then the progress made), and the
    lead officer or timescale cells as "Header: value"."""
    answer = [cells[i] for i in sorted(cols.answers) if i < len(cells) and cells[i]]
    details = [f"{cols.headers[i]}: {cells[i]}" for i in cols.context if i < len(cells) and cells[i]]
    return answer, details


def table_answers(doc: Document) -> list[TableAnswer]:
    """"Recommendation | Response" tables (rows of `Line.table`, cells joined by tabs).

    A header row with a recommendation-like cell and a response, decision or progress
    cell starts a table (`_columns`); each later row is one block: the left cell is
    restated, the response, decision and progress cells are the answer, and lead officer
    or timescale cells are its details, "Header: value". A number column, else the number the
    left cell opens with, labels the row. A row with empty label and left cells continues
    the row above; a line that is not a table row ends the table.
    """
    blocks: list[TableAnswer] = []
    cols: _Columns | None = None
    for line in doc.lines:
        cells = [c.strip() for c in line.text.split("\t")] if line.table else []
        if len(cells) < 2:
            cols = None if not line.table and line.text.strip() else cols
            continue
        header = _columns(cells)
        if header is not None:
            cols = header
            continue
        if cols is None or cols.left >= len(cells):
            continue
        quoted = cells[cols.left]
        number = cells[cols.number] if cols.number is not None and cols.number < len(cells) else ""
        answer, details = _row_answer(cells, cols)
        if not quoted and not number:
            if blocks and (answer or details):
                blocks[-1].answer.extend(answer)
                blocks[-1].details.extend(details)
            continue
        m = RE_CELL_LABEL.match(number) if number else None
        label = as_printed(m.group("label")) if m else None
        m = RE_CELL_LABEL.match(quoted)
        if m and m.group("rest"):
            label, quoted = label or as_printed(m.group("label")), m.group("rest")
        label = label or str(len(blocks) + 1)
        blocks.append(TableAnswer(label, line.page, quoted, answer, details))
    return blocks
