"""Which answer of a response document belongs to which recommendation of a report.

For one (report, response document) pair:

1. each response is split into *slots*, one per label it answers, each with the text
   it restates for that label (a block restating 8.3 and 8.4 gives two slots);
2. every slot is compared with every recommendation by word-shingle containment (how
   much of the recommendation the slot quotes) and TF-IDF cosine similarity, fitted on
   the pair's own texts (one vectoriser per pair, so cost grows with the pair's size;
   `link.tfidf`: scikit-learn's figures, with numpy alone);
3. a slot whose label names a recommendation keeps it when the text agrees
   ("label+text"), or when there is no restated text to disagree ("label"); otherwise
   the slots left are assigned to the recommendations left one-to-one with
   `scipy.optimize.linear_sum_assignment`, and kept when they quote the recommendation
   ("quote") or are similar enough ("tfidf").
"""

from __future__ import annotations

import importlib.machinery
import importlib.util
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import cast

import numpy as np

from pipeline.labels import normalise as norm_label
from pipeline.lexicon import load as load_lexicon
from pipeline.link.tfidf import similarities
from pipeline.records import Paragraph, ParsedDocument, Recommendation, Response

QUOTE_MIN = 0.6  # share of the recommendation's word trigrams found in the restated text
TFIDF_MIN = 0.2  # cosine similarity for a text-only match
TFIDF_MUTUAL = 0.08  # ...or for a pair that is each other's best match (an answer that paraphrases)
MUTUAL_MARGIN = 1.25  # ...by this factor over the next best on both sides
MIN_ANCHORS = 3  # matches by text a response needs before its order places the answers between them
ORDER_MIN = 0.03  # words an answer placed by order must still share with its recommendation
LABEL_AGREE = 0.15  # a label is trusted when its recommendation is this similar...
LABEL_MARGIN = 0.15  # ...and no other recommendation beats it by more than this
TITLE_WORDS = 8  # a restatement this short and without a full stop is a topic title, not a quotation

_RE_NUMBERED = re.compile(r"^\s*(?P<num>\d{1,3}(?:\.\d{1,3})*[a-z]?)\.?\s+(?P<text>.*)$", re.DOTALL)


@dataclass(slots=True)
class Slot:
    """One label a response answers, with the text that stands for it."""

    response: Response
    label: str
    text: str
    restated: bool


@dataclass(slots=True)
class Match:
    recommendation: Recommendation
    response: Response
    response_to: str
    score: float
    method: str


def warm_up() -> None:
    """Load SciPy's assignment now, while a pool reads."""
    assignment()


@lru_cache(maxsize=1)
def assignment() -> Callable[..., tuple[np.ndarray, np.ndarray]]:
    """`scipy.optimize.linear_sum_assignment`: the compiled function itself, loaded from its extension
    module alone. Importing `scipy.optimize` runs its package's start-up (linprog, FFT, special
    functions, their docstrings parsed), 0.9-3 s a process for this one function; its `_lsap`
    extension needs numpy alone. Where that module cannot be found or loaded, the public import."""
    spec = importlib.util.find_spec("scipy")  # finds the package without importing it
    for folder in spec.submodule_search_locations or () if spec else ():
        for suffix in importlib.machinery.EXTENSION_SUFFIXES:
            path = Path(folder) / "optimize" / f"_lsap{suffix}"
            if not path.is_file():
                continue
            try:
                lsap = importlib.util.spec_from_file_location("scipy.optimize._lsap", path)
                if lsap is None or lsap.loader is None:
                    continue
                module = importlib.util.module_from_spec(lsap)
                lsap.loader.exec_module(module)
                return cast(Callable[..., tuple[np.ndarray, np.ndarray]], module.linear_sum_assignment)
            except (ImportError, AttributeError, OSError):
                continue
    from scipy.optimize import linear_sum_assignment

    return cast(Callable[..., tuple[np.ndarray, np.ndarray]], linear_sum_assignment)


NAME_WORDS = 3  # content words (four letters or more) a name or a title needs before naming it counts


def flat(text: str) -> str:
    """The text with its whitespace collapsed to single spaces, case and words kept: a line found in the paragraph that
    holds it."""
    return " ".join(text.split())


def plain(text: str | None) -> str:
    """Lower case, words and figures only, single-spaced: how names and titles are compared."""
    return re.sub(r"[^a-z0-9]+", " ", (text or "").lower()).strip()


def full_title(title: str | None) -> str | None:
    """A report's title, `plain`, where it is long enough to name the report by itself (NAME_WORDS content
    words or more); None for a short one ("Getting There"), which names nothing unquoted."""
    t = plain(title)
    return t if len([w for w in t.split() if len(w) > 3]) >= NAME_WORDS else None


def title_forms(raw: str) -> list[str]:
    """A title as a response may cite it: whole, and its main title alone, before a subtitle set off by a colon
    or a dash ("Cleaner and Greener: a review of ..."), or set in capitals before one in lower case ("DECISIONS IN
    GOOD TIME A scrutiny review of the planning service": cover lines joined)."""
    forms = [raw]
    if (main := re.split(r"\s*(?::|\s[\u2013\u2014-])\s+", raw, maxsplit=1)[0]) != raw:
        forms.append(main)
    if (asked := re.match(r"^(.{3,60}?[?!])\s+[A-Z]", raw)) is not None and asked.group(1) != main:
        forms.append(asked.group(1))  # "Charged up? Public charging for ...": a title that asks, over its subtitle
    if (caps := re.match(r"^((?:[A-Z][A-Z'\u2019&-]*\s+){1,}[A-Z][A-Z'\u2019&-]*)\s+[A-Z]?[a-z]", raw)) is not None:
        forms.append(caps.group(1))
        if re.search(r"\s[A-Z]$", caps.group(1)):  # "... GOOD TIME A scrutiny review": "A" opens the subtitle
            forms.append(caps.group(1)[:-2])
    return forms


def content_words(text: str | None) -> set[str]:
    """The words of a review's name or a report's title that can tell one report from another (not "review",
    "scrutiny", "committee": answer lexicon `review_generic`)."""
    generic = load_lexicon("answers").words("review_generic")
    return {w for w in re.findall(r"[a-z]{3,}", plain(text or "")) if w not in generic}


def _tokens(text: str) -> list[str]:
    return re.findall(r"[a-z0-9]+", text.lower())


def word_ngrams(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    """Word n-grams of a text, not cached (a whole paper's, compared once: `shingles` would hold them)."""
    toks = _tokens(text)
    return frozenset(tuple(toks[i : i + n]) for i in range(max(len(toks) - n + 1, 1))) if toks else frozenset()


def paper_ngrams(doc: ParsedDocument, made: dict[str, frozenset[tuple[str, ...]]]) -> frozenset[tuple[str, ...]]:
    """A whole paper's word 5-grams, made once per document id (`made` keeps them): how two papers are told to be one
    paper, or one held inside the other."""
    if doc.id not in made:
        made[doc.id] = word_ngrams(" ".join(p.text for p in doc.paragraphs), 5)
    return made[doc.id]


@lru_cache(maxsize=65536)
def shingles(text: str, n: int = 3) -> frozenset[tuple[str, ...]]:
    """Word n-grams of a text (cached: each text is shingled once however many pairs it is in)."""
    return word_ngrams(text, n)


def containment(rec: frozenset[tuple[str, ...]], quoted: frozenset[tuple[str, ...]]) -> float:
    """Share of the recommendation's trigrams that the quoted text holds."""
    return len(rec & quoted) / len(rec) if rec else 0.0


def slots(response: Response) -> list[Slot]:
    """One slot per answered label; numbered restated paragraphs go to their own label."""
    labels = response.answers or [response.label]
    parts: dict[str, str] = {}
    if response.restated and len(labels) > 1:
        for chunk in response.restated.split("\n\n"):
            m = _RE_NUMBERED.match(chunk)
            if m:
                parts[norm_label(m.group("num"))] = m.group("text")
    out = []
    for label in labels:
        text = parts.get(norm_label(label)) or _quoted(response)
        out.append(Slot(response, label, text or stand_in(response), bool(text)))
    return out


def _quoted(response: Response) -> str | None:
    """What the response restates, unless that is only a topic title ("Empty Homes Officer"):
    a title quotes no recommendation, so the answer's own words stand beside it (`stand_in`)."""
    restated = response.restated
    if not restated or (len(restated.split()) <= TITLE_WORDS and not restated.rstrip().endswith((".", ";", ":"))):
        return None
    if restated.rstrip().endswith("?") and response.text.strip():
        return None  # a reader's question over its answer ("Can I see a pharmacist instead?"): a head, not the ask
    return restated


def stand_in(response: Response) -> str:
    """The text a response is compared with recommendations by: what it restates, or else its
    title (if any) and its answer, whose words take up the recommendation's."""
    return _quoted(response) or " ".join(filter(None, [response.restated, response.text]))


def match_pair(recommendations: list[Recommendation], responses: list[Response]) -> list[Match]:
    """Matches between one report's recommendations and one response document's answers.

    An answer found by alignment names its recommendation already ("aligned"); the others are
    matched as below."""
    if not recommendations or not responses:
        return []
    by_uid = {r.uid: r for r in recommendations}
    direct = [r for r in responses if r.recommendation in by_uid]
    matches = [
        Match(by_uid[r.recommendation], r, r.label, round(r.score or 1.0, 3), "aligned")  # type: ignore[index]
        for r in direct
    ]
    if direct:
        taken = {r.recommendation for r in direct}
        rest = [r for r in responses if r.recommendation not in by_uid]
        return matches + _match_rest([r for r in recommendations if r.uid not in taken], rest)
    return _match_rest(recommendations, responses)


def quotable(paragraphs: list[Paragraph]) -> frozenset[tuple[str, ...]]:
    """The word trigrams a document could quote a recommendation with: its prose, and its table rows cell by cell (a
    response may restate the recommendations in a table and answer them below it). Computed once per document: it
    is compared with every report."""
    cells = [c for p in paragraphs if "\t" in p.text for c in p.text.split("\t")]
    return frozenset().union(*(shingles(p.text) for p in paragraphs if "\t" not in p.text), *(shingles(c) for c in cells))


def restated_share(recommendations: list[Recommendation], text: frozenset[tuple[str, ...]]) -> float:
    """The share of `recommendations` whose words a document quotes (`text`, its `quotable`
    trigrams: most of their trigrams, or the first ones of an abridged quotation): how strongly
    the document restates them."""
    if not recommendations or not text:
        return 0.0
    quoted = 0
    for rec in recommendations:
        rs = shingles(rec.text)
        if rs and (containment(rs, text) >= QUOTE_MIN or _opening_quoted(rec.text, text)):
            quoted += 1
    return quoted / len(recommendations)


def _opening_quoted(text: str, quoted: frozenset[tuple[str, ...]]) -> bool:
    """The first dozen words of a recommendation are quoted (an abridged quotation: "... should ...")."""
    first = shingles(" ".join(_tokens(text)[:12]))
    return len(first) >= 6 and containment(first, quoted) >= 0.9


def match_by_text(recommendations: list[Recommendation], responses: list[Response]) -> list[Match]:
    """Matches by the answers' words alone, their labels ignored: for the passages of a response that
    answers by subject, numbered here only by their order (`pipeline.link.topics`)."""
    return _match_rest(recommendations, responses, by_label=False)


def topic_affinity(recommendations: list[Recommendation], texts: list[str]) -> float:
    """How strongly the passages `texts` of a response that names and quotes nothing echo a report's
    recommendations: the mean, over the recommendations, of the TF-IDF similarity each has with the
    passage a one-to-one assignment gives it (passages about other things, an introduction, next steps,
    are left over)."""
    if not recommendations or not texts:
        return 0.0
    try:
        sim = similarities([r.text for r in recommendations] + texts, len(recommendations))
    except ValueError:  # nothing but stop words
        return 0.0
    rows, cols = assignment()(-sim)
    return float(sim[rows, cols].sum() / len(recommendations))


def _match_rest(recommendations: list[Recommendation], responses: list[Response], by_label: bool = True) -> list[Match]:
    if not recommendations or not responses:
        return []
    all_slots = [s for r in responses for s in slots(r)]
    rec_texts = [r.text for r in recommendations]
    slot_texts = [s.text for s in all_slots]
    try:
        sim = similarities(rec_texts + slot_texts, len(rec_texts), ngram_range=(1, 2))
    except ValueError:  # nothing but stop words on both sides
        return []
    # a restatement printed as a head, no sentence ("A radiotherapy unit in the west of the county"), that echoes no
    # recommendation as a quotation would may be a title of the answer's own: the answer's words, beside it, say what it
    # answers too
    heads = [k for k, s in enumerate(all_slots) if s.restated and s.response.text.strip()
             and not s.text.rstrip().endswith((".", ";", ":", "!", "?")) and sim[k].max() < TFIDF_MIN]
    if heads:
        whole = similarities(rec_texts + [f"{all_slots[k].text} {all_slots[k].response.text}" for k in heads],
                             len(rec_texts), ngram_range=(1, 2))
        sim[heads] = np.maximum(sim[heads], whole)
    rec_sh = [shingles(t) for t in rec_texts]
    slot_sh = [shingles(s.text) if s.restated else frozenset() for s in all_slots]
    quote = np.array([[containment(rs, ss) for rs in rec_sh] for ss in slot_sh])
    strength = np.maximum(sim, quote)

    labelled: dict[str, int] = {}
    for k, rec in enumerate(recommendations if by_label else []):
        labelled.setdefault(norm_label(rec.label), k)
    # an answer under the report's paragraph number ("Paragraph 4.3 - ...") answers the one recommendation that paragraph
    # holds ("Recommendation 1 (paragraph 4.3)"), where no recommendation is labelled so
    held = Counter(norm_label(rec.paragraph) for rec in recommendations if rec.paragraph)
    for k, rec in enumerate(recommendations if by_label else []):
        if rec.paragraph and held[norm_label(rec.paragraph)] == 1:
            labelled.setdefault(norm_label(rec.paragraph), k)
    matches: list[Match] = []
    placed: dict[int, int] = {}  # slot index -> recommendation index, for the matches by text
    taken_rec: set[int] = set()
    left: list[int] = []
    for i, slot in enumerate(all_slots):
        j = labelled.get(norm_label(slot.label))
        if j is not None and j not in taken_rec:
            best = float(strength[i].max())
            agrees = strength[i, j] >= LABEL_AGREE and strength[i, j] >= best - LABEL_MARGIN
            if agrees:
                taken_rec.add(j)
                placed[i] = j
                matches.append(Match(recommendations[j], slot.response, slot.label, round(float(strength[i, j]), 3), "label+text"))
                continue
            if not slot.restated and best < TFIDF_MIN:
                taken_rec.add(j)
                placed[i] = j
                matches.append(Match(recommendations[j], slot.response, slot.label, round(float(strength[i, j]), 3), "label"))
                continue
        left.append(i)

    free = [j for j in range(len(recommendations)) if j not in taken_rec]
    if left and free:
        sub = strength[np.ix_(left, free)]
        rows, cols = assignment()(-sub)
        for r, c in zip(rows, cols):
            i, j = left[r], free[c]
            q, s = float(quote[i, j]), float(sim[i, j])
            if q >= QUOTE_MIN:
                method, score = "quote", q
            elif s >= TFIDF_MIN or (s >= TFIDF_MUTUAL and _mutual_best(sub, int(r), int(c))):
                method, score = "tfidf", s
            else:
                continue
            slot = all_slots[i]
            matches.append(Match(recommendations[j], slot.response, slot.label, round(score, 3), method))
            placed[i] = j
    for i, j in _in_order_gaps(placed, len(all_slots), len(recommendations), sim):
        slot = all_slots[i]
        matches.append(Match(recommendations[j], slot.response, slot.label, round(float(sim[i, j]), 3), "order"))
    return matches


def _in_order_gaps(placed: dict[int, int], n_slots: int, n_recs: int, sim: np.ndarray) -> list[tuple[int, int]]:
    """Slots left between two matched ones, paired in turn with the recommendations left between
    theirs, where the matches found run in the report's order and the gap holds as many of each:
    a response that answers in order places what its words alone could not (its neighbours do).
    Each pair still shares some words (`ORDER_MIN`)."""
    anchors = sorted(placed.items())
    if len(anchors) < MIN_ANCHORS or any(b[1] <= a[1] for a, b in zip(anchors, anchors[1:])):
        return []  # too few matches to show an order, or they do not run in the report's order
    taken = set(placed.values())
    out = []
    for (i0, j0), (i1, j1) in zip([(-1, -1), *anchors], [*anchors, (n_slots, n_recs)]):
        gap_slots = [i for i in range(i0 + 1, i1) if i not in placed]
        gap_recs = [j for j in range(j0 + 1, j1) if j not in taken]
        if gap_slots and len(gap_slots) == len(gap_recs):
            out += [(i, j) for i, j in zip(gap_slots, gap_recs) if sim[i, j] >= ORDER_MIN]
    return out


def _mutual_best(strength: np.ndarray, i: int, j: int) -> bool:
    """Slot i and recommendation j are each other's strongest match, each by a clear margin over
    the next: an answer that paraphrases what it answers, whose words echo it faintly but more than
    they echo anything else (mutual nearest neighbours)."""
    row, col = np.delete(strength[i], j), np.delete(strength[:, j], i)
    top = strength[i, j]
    return bool((row.size == 0 or top >= MUTUAL_MARGIN * row.max()) and (col.size == 0 or top >= MUTUAL_MARGIN * col.max()))


def pair_affinity(recommendations: list[Recommendation], responses: list[Response]) -> float:
    """How strongly a response document quotes or echoes a report (0..1): the mean over
    its responses of the best containment or TF-IDF similarity with any recommendation.

    Quotation is measured first (cached shingles, no model); the TF-IDF pass runs only
    when the quotes alone do not settle it, i.e. when the responses do not restate.
    """
    if not recommendations or not responses:
        return 0.0
    rec_sh = [shingles(r.text) for r in recommendations]
    best_quotes = np.array(
        [max((containment(rs, shingles(resp.restated or "")) for rs in rec_sh), default=0.0) for resp in responses]
    )
    if best_quotes.mean() >= QUOTE_MIN:
        return float(best_quotes.mean())
    texts = [r.text for r in recommendations] + [stand_in(r) for r in responses]
    try:
        sim = similarities(texts, len(recommendations))
    except ValueError:  # nothing but stop words
        return float(best_quotes.mean())
    return float(np.mean(np.maximum(best_quotes, sim.max(axis=1))))
