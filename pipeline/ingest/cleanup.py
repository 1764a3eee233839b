"""Mending extracted text: ligatures, bullets, page furniture and line-end hyphens.

These functions know no particular document and no particular format; the PDF reader
uses all of them, the other readers only the character mending.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections import Counter
from difflib import SequenceMatcher

from pipeline.dates import DAY_MONTH_YEAR
from pipeline.labels import RE_ITEM_MARKER_PREFIX, RE_NOTE_NUMBER, RE_OPENS_CITED

log = logging.getLogger(__name__)

# Private-use glyphs that Symbol/Wingdings fonts put where Word draws its bullets.
_BULLETS = {"\uf0b7": "•", "\uf0a7": "▪", "\uf0d8": "➢", "\uf076": "❖", "\uf0fc": "✓", "\uf0a8": "•", "\uf02d": "-"}
# Presentation forms (ligatures) and spaces that NFKC folds into plain letters.
_FOLD = {chr(c): unicodedata.normalize("NFKC", chr(c)) for c in range(0xFB00, 0xFB07)}
_FOLD.update({"\u00a0": " ", "\u2002": " ", "\u2003": " ", "\u2009": " ", "\u200b": "", "\u00ad": "", "\ufeff": ""})
_TRANSLATE = str.maketrans({**_FOLD, **_BULLETS})


def mend_chars(text: str) -> str:
    """Fold ligatures (ﬁ → fi), odd spaces and Symbol-font bullets into plain characters."""
    return text.translate(_TRANSLATE)


def run_in_title(run: str, rest: str) -> str | None:
    """A paragraph opening with a bold run, marked up for the segmenter:
    ("6.2 Government Thinking.", "The ...") → "6.2 **Government Thinking.** The ...".
    None when either part is too short to be a title and its text."""
    run, rest = run.strip(), rest.strip()
    m = RE_ITEM_MARKER_PREFIX.match(run)
    number, title = (run[: m.end()].strip() + " ", run[m.end():]) if m else ("", run)
    if sum(c.isalnum() for c in title) < 3 or sum(c.isalnum() for c in rest) < 3:
        return None
    return f"{number}**{title}** {rest}"


_PAGE_NUMBER = re.compile(
    r"""^(?:
        (?:page|p\.?)\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?   # Page 3, Page 3 of 12, p. 4
      | \d{1,4}\s*(?:/|of)\s*\d{1,4}                         # 3/84, 3 of 12
      | [-–—]?\s*\d{1,4}\s*[-–—]?                            # 3, - 3 -
      | [ivxlc]{1,7}                                         # roman folios
    )$""",
    re.IGNORECASE | re.VERBOSE,
)


def is_page_number(text: str) -> bool:
    """True for a line that is only a folio: "3", "Page 3 of 12", "3/84", "- 3 -", "iv"."""
    return bool(_PAGE_NUMBER.match(text.strip()))


def prints_own_folio(text: str, page: int) -> bool:
    """A margin line that ends by giving its own page's number: a running header or footer even
    where it appears once ("Councillor Ashworth – 20 November 2025 – page 2" atop the second page
    of a letter, "Annual report | Page 7 of 12"), which repetition cannot find."""
    if re.search(rf"(?:^|[\s|\u2013\u2014·-])(?:page|p\.?)\s*{page}(?:\s*(?:of|/)\s*\d{{1,4}})?\s*$", text.strip(), re.I):
        return True
    # a letter's continuation header, "Councillor Hazel Wintergill – 8 January 2026 – page 2", counts the letter's own
    # pages, not those of the agenda pack it was bound into: any page up to this one, where the line names the date too
    m = re.search(r"[\u2013\u2014|-]\s*page\s*(\d{1,3})\s*$", text.strip(), re.I)
    return m is not None and 1 < int(m.group(1)) <= page and DAY_MONTH_YEAR.search(text) is not None \
        and not RE_NOTE_NUMBER.match(text.strip())  # (a footnote citing a page: "1 Cabinet report, 12 March 2025 – page 4")


def furniture_key(text: str) -> str:
    """The text a running header or footer keeps from page to page: digits dropped (the folio
    moves from the right on odd pages to the left on even ones: "Title 9", "12 Title") and case
    folded."""
    return re.sub(r"\s+", " ", re.sub(r"\d+", " ", text)).strip().lower()




def running_furniture(pages: list[list[tuple[str, float]]], page_height: list[float], zone: float = 0.12) -> set[tuple[int, int]]:
    """(page index, line index) of headers and footers that repeat across pages.

    `pages[i]` lists each line of page i as (text, top y measured from the page top).
    A line is furniture when it sits in the top or bottom `zone` of its page and its
    text (digits folded, so "Page 3" matches "Page 4"), or each of its tab-separated
    cells, occurs at about the same height on at least two pages and on at least 40%
    of them. Cells count on their own because the layout may put a header's parts in
    one row on one page and on separate lines on the next. A margin line nearly the same
    (90%) as a header found so is one too: OCR misreads a character here and there. A
    "Recommendation N" line never is: a report may start one on each page; nor is a table's
    header row repeated atop each page of the table.
    """
    n = len(pages)
    if n < 2:
        return set()
    seen: dict[tuple[str, int], set[int]] = {}
    where: dict[tuple[int, int], list[tuple[str, int]]] = {}
    for p, lines in enumerate(pages):
        h = page_height[p] or 792.0
        for i, (text, top) in enumerate(lines):
            if zone * h < top < (1 - zone) * h or RE_OPENS_CITED.match(text):  # "Recommendation 3" atop each page: a block per page, not a header
                continue
            band = int(round(top / 6.0))
            keys = [(furniture_key(text), band)]
            if "\t" in text:
                keys += [(furniture_key(cell), band) for cell in text.split("\t") if cell.strip()]
            for key in keys:
                seen.setdefault(key, set()).add(p)
            where[(p, i)] = keys
    need = max(2, int(0.4 * n + 0.999))

    def count(key: tuple[str, int]) -> int:
        # a header's height may wobble by a point or two across pages: look at the neighbours
        text, band = key
        return len(seen.get(key, set()) | seen.get((text, band - 1), set()) | seen.get((text, band + 1), set()))

    out: set[tuple[int, int]] = set()
    for pos, keys in where.items():
        whole, cells = keys[0], keys[1:]
        if whole[0] and (count(whole) >= need or (cells and all(count(c) >= need for c in cells))):
            out.add(pos)
    # a header misread on one page (OCR: "response-t..." for "response-to-...") is still the header
    found = {where[pos][0] for pos in out}
    for pos, keys in where.items():
        text, band = keys[0]
        if pos not in out and len(text) >= 12 and any(
            abs(band - b) <= 1 and SequenceMatcher(None, text, t).ratio() >= 0.9 for t, b in found
        ):
            out.add(pos)
    return {pos for pos in out if not _heads_table(pages, pos)}


def _heads_table(pages: list[list[tuple[str, float]]], pos: tuple[int, int]) -> bool:
    """A table's header row, repeated atop each page the table runs over: the next line is a row
    of as many cells (three or more). It is part of the table, not of the page's furniture."""
    p, i = pos
    cells = pages[p][i][0].count("\t") + 1
    nxt = pages[p][i + 1][0] if i + 1 < len(pages[p]) else ""
    return cells >= 3 and nxt.count("\t") + 1 == cells


_WORD = re.compile(r"[A-Za-z]+(?:-[A-Za-z]+)*")


def vocabulary(texts: list[str]) -> Counter[str]:
    """Lower-cased words (hyphenated compounds kept whole) of a document, with counts."""
    vocab: Counter[str] = Counter()
    for text in texts:
        vocab.update(w.lower() for w in _WORD.findall(text))
    return vocab


def _lexicon() -> frozenset[str]:
    """English word list (`ingest.words`), read once per process."""
    from pipeline.ingest.words import english_words

    return english_words()


def join_hyphenated(head: str, tail: str, vocab: Counter[str]) -> str:
    """The word a line-end hyphen split: "regen-" + "eration" → "regeneration",
    "anti-" + "social" → "anti-social".

    The document itself decides first (does it write the word whole, or hyphenated,
    elsewhere?); then an English word list: a whole word that is known, split into
    parts that are not both words, loses its hyphen. Otherwise the hyphen stays.
    """
    joined = (head + tail).lower()
    hyphened = f"{head}-{tail}".lower()
    if vocab.get(hyphened, 0) > 0:
        return f"{head}-{tail}"
    if vocab.get(joined, 0) > 0:
        return head + tail
    lex = _lexicon()
    if joined in lex and (tail.lower() in SUFFIXES or not (head.lower() in lex and tail.lower() in lex)):
        return head + tail  # (a suffix is no word of its own, whatever a list of web text holds: "author-" + "ity")
    return f"{head}-{tail}"


# English derivational and inflectional endings a typesetter breaks a word before. The word list, drawn from web
# text, holds them as "words" ("ity", "tion"), so on their own they would keep "author-ity" hyphenated as a compound.
SUFFIXES = frozenset({
    "ity", "ities", "tion", "tions", "sion", "sions", "ation", "ations", "ition", "ment", "ments", "ness", "ance",
    "ances", "ence", "ences", "ency", "ancy", "able", "ible", "ably", "ibly", "ous", "ious", "eous", "ive", "ives",
    "ative", "ism", "isms", "ist", "ists", "ing", "ings", "ed", "er", "ers", "est", "al", "ial", "ally", "ly", "ure",
    "ures", "ular", "ual", "ship", "ships", "ful", "less", "ise", "ised", "ises", "ize", "ized", "izes", "ic", "ical",
    "ology", "ogy", "ary", "ory", "ery", "ant", "ants", "ent", "ents", "ward", "wards", "hood", "isation", "isations",
    "ization", "izations", "ability", "ibility", "ate", "ated", "ates", "als",
})


_HYPHEN_END = re.compile(r"(?<![-A-Za-z])([A-Za-z]+)-$")
_WORD_START = re.compile(r"^([a-z]+)(\S*)\s*")


def mend_hyphen(prev: str, nxt: str, vocab: Counter[str]) -> tuple[str, str] | None:
    """Mend a word split across two lines; None when `prev` does not end in a split word."""
    m = _HYPHEN_END.search(prev)
    n = _WORD_START.match(nxt)
    if not m or not n:
        return None
    word = join_hyphenated(m.group(1), n.group(1), vocab)
    return prev[: m.start(1)] + word + n.group(2), nxt[n.end():]
