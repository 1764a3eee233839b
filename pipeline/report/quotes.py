"""Short verbatim quotations from paragraphs: sentences found by spaCy, cut from the text.

A quotation is always an exact substring of the paragraph it cites (one sentence, or
two neighbouring sentences of the same line), so a reader can find it with Ctrl-F.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.labels import RE_ITEM_MARKER_PREFIX

if TYPE_CHECKING:
    from spacy.language import Language



@lru_cache(maxsize=1)
def _nlp() -> Language:
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    return nlp


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """(start, end) character offsets of the sentences of `text`, never across a line break,
    without a leading bullet or item marker and without surrounding spaces."""
    spans: list[tuple[int, int]] = []
    offset = 0
    for line in text.split("\n"):
        m = RE_ITEM_MARKER_PREFIX.match(line)
        body_start = m.end() if m else 0
        body = line[body_start:]
        if body.strip():
            for sent in _nlp()(body).sents:
                chunk = sent.text
                lead = len(chunk) - len(chunk.lstrip())
                start = offset + body_start + sent.start_char + lead
                end = offset + body_start + sent.end_char - (len(chunk) - len(chunk.rstrip()))
                if end > start:
                    spans.append((start, end))
        offset += len(line) + 1
    return spans


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos)


def quote_around(
    text: str, terms: Iterable[str] = (), *, pattern: re.Pattern[str] | None = None,
    min_chars: int = 90, with_previous: bool = False, min_words: int = 6,
) -> str | None:
    """The sentence of `text` holding most of `terms` (or the first matching `pattern`), verbatim.

    Sentences under `min_words` words (list stubs such as "Extended schools agenda") are
    not quoted. A sentence shorter than `min_chars` is joined to its neighbour on the same
    line (the previous one when `with_previous`, else the next) so the quotation reads on
    its own. None when nothing matches.
    """
    spans = [s for s in sentence_spans(text) if len(text[s[0]:s[1]].split()) >= min_words]
    lowered = [t.casefold() for t in terms if t]
    best, best_hits = None, 0
    for i, (start, end) in enumerate(spans):
        sentence = text[start:end]
        if pattern is not None:
            hits = 1 if pattern.search(sentence) else 0
        else:
            folded = sentence.casefold()
            hits = sum(1 for t in lowered if t in folded)
        if hits > best_hits:
            best, best_hits = i, hits
            if pattern is not None:
                break
    if best is None:
        return None
    start, end = spans[best]
    if end - start < min_chars:
        j = best - 1 if with_previous else best + 1
        if 0 <= j < len(spans) and _line_of(text, spans[j][0]) == _line_of(text, start):
            start, end = min(start, spans[j][0]), max(end, spans[j][1])
    return text[start:end]
