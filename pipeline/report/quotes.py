"""Short verbatim quotations from paragraphs: sentences found by spaCy, cut from the text.

A quotation is always an exact substring of the paragraph it cites once footnote markers
are taken out (`without_footnote_markers`): one sentence, or two neighbouring sentences of
the same line, so a reader can find it with Ctrl-F. Only whole statements are quoted: a
sentence must end as sentences do (not a heading, a contents entry ending in its page
number, or a fragment cut at a page break), and a question (one put to witnesses, a call
for evidence) states nothing, so it is never quoted.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from typing import TYPE_CHECKING

from pipeline.labels import RE_ITEM_MARKER_PREFIX, SUPERSCRIPT_DIGITS

if TYPE_CHECKING:
    from spacy.language import Language

# A footnote reference printed as a superscript reads, once a PDF is flattened to text, as
# digits glued to the end of a word or to the punctuation after it: "rise in obesity.270
# According to DH", "done.95", "guidance12 says". Years, sections and quantities stand apart
# from the word before them ("in 2010", "para 5.28"), so they are left alone.
FOOTNOTE_MARKER = re.compile(
    r"(?<=[a-z)\]’”\"'][.,;:!?])\d{1,3}(?=\s|$)"
    r"|(?<=[a-z][)\]’”\"'])\d{1,3}(?=\s|$)"
    r"|(?<=[a-z]{3})\d{1,3}(?=[.,;:!?]?(?:\s|$))"
    # ... or as the superscript it is printed as, where the reader kept it so ("powers³ to acquire"); "400 m²" keeps its
    rf"|(?<=[a-z]{{3}})[{SUPERSCRIPT_DIGITS}]{{1,3}}|(?<=[a-z)\]’”\"'][.,;:!?])[{SUPERSCRIPT_DIGITS}]{{1,3}}"
)
# A statement ends with a full stop, "!", a colon before a list, or a closing bracket or
# quotation mark after one of those.
STATEMENT_END = re.compile(r"[.!:;][)\]’”\"']*$")
QUOTE_MARKS = "“”\"‘’'"



def without_footnote_markers(text: str) -> str:
    """`text` with footnote reference numbers glued to words taken out ("obesity.270 According"
    -> "obesity. According")."""
    return FOOTNOTE_MARKER.sub("", text)


def is_statement(sentence: str) -> bool:
    """A whole declarative sentence: it ends as a statement does, and is not a question."""
    s = sentence.rstrip()
    return bool(STATEMENT_END.search(s)) and not s.rstrip(")]’”\"'").endswith("?")


def _balanced(text: str, start: int, end: int) -> tuple[int, int]:
    """(start, end) without an opening quotation mark whose close is not in the span (or a close
    whose opening is not), so a quotation never opens or ends with a stray mark."""
    chunk = text[start:end]
    if chunk[:1] in "“\"‘" and not any(c in chunk[1:] for c in "”\"’"):
        start += 1
    chunk = text[start:end]
    if chunk[-1:] in "”\"’" and chunk.count(chunk[-1]) == 1 and not any(c in chunk[:-1] for c in "“\"‘"):
        end -= 1
    return start, end


_CONTENTS_TITLE = re.compile(r"^(?:table\s+of\s+)?contents(?:\s+page)?$", re.I)
_ENTRY_END = re.compile(r"(?:[\s.…·]{2,}|\s+|\t)\d{1,4}\s*$")  # "... held at the House of Lords 93"


def contents_pages(units: Iterable[tuple[int | None, str]]) -> set[int]:
    """Pages that hold a table of contents, from (page, text) of a document's units in order.

    A contents page is titled "Contents" (or "Table of contents"); the list runs on over the
    next pages while most of their units end in a page number, as entries do. Paragraph
    numbers printed in a contents list ("2.2 ... 9 Interventions") make its lines look like
    numbered paragraphs when read back from the store, so quoting leaves these pages out.
    (`pipeline.segment.contents` finds contents entries among parsed paragraphs by the
    headings they name; this reads only what the store keeps: page and text.)"""
    by_page: dict[int, list[str]] = {}
    for page, text in units:
        if page is not None:
            by_page.setdefault(page, []).append(text.strip())
    out: set[int] = set()
    for page in sorted(by_page):
        if any(_CONTENTS_TITLE.match(t) for t in by_page[page]):
            out.add(page)
        elif page - 1 in out:
            entries = sum(bool(_ENTRY_END.search(t.split("\n")[-1])) for t in by_page[page] if t)
            if entries * 2 > len(by_page[page]):
                out.add(page)
    return out


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
    """The statement of `text` holding most of `terms` (or the first matching `pattern`), verbatim
    from `without_footnote_markers(text)`.

    Sentences under `min_words` words (list stubs such as "Extended schools agenda"),
    questions and unfinished sentences (`is_statement`) are not quoted. A sentence shorter than `min_chars` is joined to its neighbour on the same
    line (the previous one when `with_previous`, else the next) so the quotation reads on
    its own. None when nothing matches.
    """
    text = without_footnote_markers(text)
    spans = [s for s in sentence_spans(text)
             if len(text[s[0]:s[1]].split()) >= min_words and is_statement(text[s[0]:s[1]])]
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
    start, end = _balanced(text, start, end)
    return text[start:end]


def opening_statement(text: str, *, min_chars: int = 90, max_chars: int = 320) -> str | None:
    """The first statement of `text` (an answer's own words), verbatim as `quote_around` gives
    it; joined to the next one on its line when short, and None when `text` states nothing."""
    text = without_footnote_markers(text)
    spans = [s for s in sentence_spans(text) if len(text[s[0]:s[1]].split()) >= 3 and is_statement(text[s[0]:s[1]])]
    if not spans:
        return None
    start, end = spans[0]
    if end - start < min_chars and len(spans) > 1 and _line_of(text, spans[1][0]) == _line_of(text, start) \
            and spans[1][1] - start <= max_chars:
        end = spans[1][1]
    start, end = _balanced(text, start, end)
    return text[start:end]


def list_items(text: str) -> tuple[str, list[str]]:
    """A text's lead-in and its list items, one per line that opens with a bullet or item
    marker ("- ", "• ", "(a) "), markers removed, so a list prints as a list with one kind of
    bullet. A text without such lines is all lead-in."""
    lead: list[str] = []
    items: list[str] = []
    for line in text.split("\n"):
        m = RE_ITEM_MARKER_PREFIX.match(line)
        if m and line[m.end():].strip():
            items.append(line[m.end():].strip())
        elif items and line.strip():
            items[-1] = f"{items[-1]} {line.strip()}"
        elif line.strip():
            lead.append(line.strip())
    return " ".join(lead), items
