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
        """The indices of the units an answer's text runs over, in order; [] when none is found.

        The answer's words must begin in a unit (at its start, or inside it where a table row
        or a restated recommendation comes first) and carry on through the units after it: of
        the places where they do, the one that covers most of the answer wins (many answers
        open with the same "This recommendation is accepted." and part only after it).
        """
        answer = words(text)
        if len(answer) < MIN_CHARS:
            return []
        key = answer[:KEY_CHARS]
        best: list[int] = []
        covered = 0
        for i, theirs in enumerate(self.words):
            if len(theirs) < MIN_CHARS or self.units[i].kind != "paragraph":
                continue
            if answer.startswith(theirs):
                pos = len(theirs)
            elif (at := theirs.find(key)) >= 0:
                pos = min(len(theirs) - at, len(answer))
            else:
                continue
            run, pos = self._run(answer, i + 1, pos)
            if pos > covered:
                best, covered = [i, *run], pos
                if covered >= len(answer):
                    break
        return best if covered >= min(len(answer), KEY_CHARS) else []

    def _run(self, answer: str, start: int, pos: int) -> tuple[list[int], int]:
        """The units from `start` whose words carry on through `answer` from `pos`, and how far they reach."""
        run: list[int] = []
        for j in range(start, len(self.words)):
            theirs = self.words[j]
            rest = answer[pos:].lstrip()
            if not rest:
                break
            if not theirs:
                continue
            if rest.startswith(theirs):
                run.append(j)
                pos = len(answer) - len(rest) + len(theirs)
            elif theirs.startswith(rest[:KEY_CHARS]) and len(rest) <= len(theirs):  # the answer ends inside it
                run.append(j)
                pos = len(answer)
            else:
                break
        return run, pos
