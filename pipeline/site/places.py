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


class Places:
    """One document's units, their words worked out once, to place its recommendations and answers."""

    def __init__(self, units: Sequence[HasText]) -> None:
        self.units = units
        self.words = [words(u.text) for u in units]

    def recommendation(self, text: str, paragraph: str | None) -> int | None:
        """The index of the unit holding a recommendation: its numbered paragraph, else the one holding its words."""
        numbered = [i for i, u in enumerate(self.units) if paragraph and u.number == paragraph]
        if len(numbered) == 1:
            return numbered[0]
        mine = words(text)
        key = mine[:KEY_CHARS]
        for i, theirs in enumerate(self.words):
            if key and len(theirs) >= MIN_CHARS and (key in theirs or (len(theirs) >= KEY_CHARS and theirs[:KEY_CHARS] in mine)):
                return i
        return numbered[0] if numbered else None

    def answer(self, text: str) -> list[int]:
        """The indices of the paragraphs an answer's text runs over, in order; [] when none is found."""
        answer = words(text)
        if len(answer) < MIN_CHARS:
            return []
        key = answer[:KEY_CHARS]
        found: list[int] = []
        for i, (u, theirs) in enumerate(zip(self.units, self.words)):
            if u.kind != "paragraph":
                if found:
                    break
                continue
            if len(theirs) < MIN_CHARS:
                continue
            if theirs[:KEY_CHARS] in answer or key in theirs:
                found.append(i)
            elif found:
                break
        return found
