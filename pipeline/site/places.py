"""Where a recommendation or an answer sits among its document's paragraphs, found by its text.

The store keeps a recommendation's paragraph number when the document numbers it, and
an answer's words; neither keeps the paragraph uid. Both are found again by comparing
words (case, punctuation and spacing set aside): a recommendation is the paragraph that
holds the start of its text, an answer the run of paragraphs whose beginnings its text
holds. A unit that cannot be found is left unplaced; its page lists it apart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

KEY_CHARS = 60  # enough words to tell two paragraphs apart, short enough to survive a cut
MIN_CHARS = 12  # shorter paragraphs ("Agreed.") match too much to place anything


class HasText(Protocol):
    @property
    def text(self) -> str: ...

    @property
    def kind(self) -> str: ...

    @property
    def number(self) -> str | None: ...


_NON_WORD = re.compile(r"\W+")


def words(text: str) -> str:
    """`That the Board, (a) ...` -> `that the board a`: lower-case words joined by single spaces."""
    return _NON_WORD.sub(" ", text).strip().lower()


def recommendation_paragraph(units: Sequence[HasText], text: str, paragraph: str | None, label: str) -> int | None:
    """The index of the unit holding a recommendation: its numbered paragraph, else the one holding its words."""
    key = words(text)[:KEY_CHARS]
    numbered = [i for i, u in enumerate(units) if paragraph and u.number == paragraph]
    if len(numbered) == 1:
        return numbered[0]
    for i, u in enumerate(units):
        mine = words(u.text)
        if key and len(mine) >= MIN_CHARS and (key in mine or (len(mine) >= KEY_CHARS and mine[:KEY_CHARS] in words(text))):
            return i
    return numbered[0] if numbered else None


def answer_paragraphs(units: Sequence[HasText], text: str) -> list[int]:
    """The indices of the paragraphs an answer's text runs over, in order; [] when none is found."""
    answer = words(text)
    if len(answer) < MIN_CHARS:
        return []
    key = answer[:KEY_CHARS]
    found: list[int] = []
    for i, u in enumerate(units):
        if u.kind != "paragraph":
            if found:
                break
            continue
        mine = words(u.text)
        if len(mine) < MIN_CHARS:
            continue
        inside = mine[:KEY_CHARS] in answer or key in mine
        if inside:
            found.append(i)
        elif found:
            break
    return found
