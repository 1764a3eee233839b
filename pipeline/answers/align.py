"""Answers found by alignment: where a response restates each recommendation of its report.

A response quotes what it answers. Given the report's recommendations and the response's
paragraphs, each recommendation is looked for in the response by fuzzy string alignment
(rapidfuzz's `partial_ratio_alignment`: the best window of the longer text for the shorter),
whole or abridged ("The Department should replace ... ", a quotation cut with an ellipsis),
within one paragraph or running over several. Each restatement found is an anchor; the
answer to it is the text from the end of its restatement to the next anchor, or to the next
structural boundary (a heading, after the last anchor). This needs no knowledge of the
document's shape: unnumbered and renumbered responses, answers given in another order,
grouped blocks (several restatements, then one answer shared by each) and mislabelled
numbers all read alike. The label of each answer is the one the response prints beside the
restatement ("Recommendation 3", a numbered paragraph "8.3"), else its position among the
restatements (1, 2, ...), as the output contract says for unnumbered items.

Table rows are left to the response-table reader (`answers.tables`), which knows columns.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz import fuzz

from pipeline.answers.asks import is_question
from pipeline.answers.judge import Judged, printed_verdict
from pipeline.answers.references import closes_letter, letter_close, shared_stance
from pipeline.answers.shapes import answer_marker, head_of, is_answer_field, is_furniture, is_record_field
from pipeline.answers.tables import split_details
from pipeline.labels import (
    BULLET_CHARS,
    RE_CITED,
    RE_ITEM_MARKER_PREFIX,
    RE_OPENS_CITED,
    RE_PARAGRAPH_HEAD,
    REFERENCE,
    as_printed,
    label_alone,
    read_head,
    read_labels,
)
from pipeline.lexicon import in_another_language
from pipeline.records import Paragraph, Recommendation, Response
from pipeline.segment.grammar import is_field

log = logging.getLogger(__name__)

ALIGNER_VERSION = "align-5"  # 5: what lies between two quotations is only the second's label: the first shares the answer after them; 4: restatements in brief, in order, where too few are quoted; 3: a label printed before the quotation ("3a: PAC recommendation:"), a group head citing several paragraphs, a quoted finding ends the answer

QUOTE_MIN = 88.0  # partial-ratio score (0-100) for a window to count as quoted
MIN_QUOTE_CHARS = 30  # a quotation shorter than this proves nothing
MIN_ABRIDGED_SHARE = 0.25  # an abridged quotation carries at least this share of the recommendation
MIN_PARAGRAPH_SHARE = 0.6  # ... and is most of its paragraph (the rest: a label, a marker, "...")
TITLE_QUOTE_SHARE = 0.9  # a label's title restates a recommendation where it quotes nearly all of it
MIN_TOKEN_OVERLAP = 0.5  # cheap filter before any alignment: shared content words
NEAR_BEST = 3.0  # a recommendation quoted twice: its candidates this close to the best compete on room
BRIEF_WHERE_QUOTED = 0.5  # a response pairs with a report by restatements in brief where they cover this share
BRIEF_MAX_WORDS = 40  # a restatement in brief is a short paragraph ...
BRIEF_CONTAINED = 0.8  # ... nearly all of whose content words (stemmed) are its recommendation's ...
BRIEF_MIN_SHARED = 4  # ... and at least this many of them
BRIEF_MAX_CANDIDATES = 3  # per recommendation: more are no restatements in brief (and the chain search stays small)
_RESPONDENT = re.compile(r"\b(?:we|our|us|I|my)\b", re.I)
_ELLIPSIS = re.compile(r"\s*(?:\.\s?\.\s?\.|…)\s*")
_STOP = frozenset(
    ["the", "a", "an", "and", "or", "of", "to", "in", "on", "for", "by", "with", "that", "this", "these", "those", "is", "are", "be", "should", "will", "would", "which", "who", "as", "at", "from", "it", "its", "their", "there", "than", "into", "also", "all", "any", "each"]
)
# 1:1 character folds, so that positions in the folded text are positions in the original
_FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-",
                       "\u00a0": " ", "\n": " ", "\t": " ", "\u2011": "-"})
# What closes a quotation after its last matched word: an ellipsis where it was cut short, closing
# quotes, and the source reference a reprinted recommendation carries ("(Paragraph 36)",
# "[para 4.2]", "(Recommendation 3)"). It belongs to the restatement, not to the answer after it.
_QUOTE_TAIL = re.compile(
    r"""(?:\s*(?:\.\s?\.\s?\.|…|["'.]))*"""
    r"(?:\s*[(\[]\s*(?:paragraphs?|paras?\.?|recommendations?|conclusions?|pages?|pp?\.)\s*"
    r"[\w.]+(?:\s*(?:-|to|and|,)\s*[\w.]+)*\s*[)\]]\.?)?",
    re.I,
)
# (answer text, whether it answers a question, the words of what it answers) -> judgement
Judge = Callable[[str, bool, str], Judged]


def _fold(text: str) -> str:
    return text.translate(_FOLD).lower()


def _tokens(text: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[a-z0-9]+", text.lower()) if len(w) > 2 and w not in _STOP)


@dataclass(slots=True)
class Restatement:
    """Where one recommendation is restated: paragraphs `first`..`last` of the response, from
    character `start` of the first to `end` of the last; `score` in 0..1."""

    rec: int
    first: int
    start: int
    last: int
    end: int
    score: float


@dataclass(slots=True)
class _Candidate:
    rec: int
    par: int
    start: int
    end: int
    score: float  # 0..100
    share: float  # of the recommendation quoted


def _quote_in(rec: str, rec_tokens: frozenset[str], par: str, par_tokens: frozenset[str]) -> tuple[float, int, int, float] | None:
    """(score, start, end, share of the recommendation) when paragraph `par` quotes `rec`
    (both folded), whole or abridged; else None."""
    if not rec_tokens or not par_tokens:
        return None
    shared = len(rec_tokens & par_tokens)
    if len(par) >= len(rec):
        if shared / len(rec_tokens) < MIN_TOKEN_OVERLAP or len(rec) < MIN_QUOTE_CHARS:
            return None
        m = fuzz.partial_ratio_alignment(rec, par, score_cutoff=QUOTE_MIN)
        return (m.score, m.dest_start, m.dest_end, 1.0) if m else None
    # the paragraph is shorter: an abridged quotation, or the first part of a long one
    if shared / len(par_tokens) < MIN_TOKEN_OVERLAP or len(par) < MIN_ABRIDGED_SHARE * len(rec):
        return None  # (what it could quote is at most its own length: too little of the recommendation, aligned or not)
    pieces = [(m.start(), m.end()) for m in re.finditer(r"[^.…]+(?:\.(?!\s?\.\s?\.)[^.…]*)*", par)]
    matched, scores, first, last = 0, [], None, None
    for a, b in pieces:
        piece = par[a:b].strip(" .")
        if len(piece) < 12:
            continue
        m = fuzz.partial_ratio_alignment(piece, rec, score_cutoff=QUOTE_MIN)
        if m:
            offset = par.index(piece, a)
            matched += len(piece)
            scores.append(m.score)
            first = offset if first is None else first
            last = offset + len(piece)
    text_len = len(re.sub(r"[\s.…]+", "", par)) or 1
    covered = len(re.sub(r"[\s.…]+", "", par[first:last])) / text_len if first is not None else 0.0
    share = matched / len(rec)
    if matched < MIN_QUOTE_CHARS or share < MIN_ABRIDGED_SHARE or covered < MIN_PARAGRAPH_SHARE or first is None or last is None:
        return None
    return sum(scores) / len(scores), first, last, share


def find_restatements(recommendations: list[Recommendation], paragraphs: list[Paragraph],
                      brief: bool = False) -> list[Restatement]:
    """Each recommendation's restatement in `paragraphs` (at most one each), in document order; with `brief`, its
    restatements in brief (`brief_restatements`), asked for where its quotations were too few to align by."""
    if brief:
        return brief_restatements(recommendations, paragraphs)
    recs = [_fold(r.text) for r in recommendations]
    rec_tokens = [_tokens(r) for r in recs]
    pars = [_fold(p.text) if "\t" not in p.text else "" for p in paragraphs]  # table rows: the table reader's
    par_tokens = [_tokens(p) for p in pars]
    # a label's title that quotes the recommendation ("Recommendation 9" over "Provide dedicated capital funding ...",
    # the answer under it): a restatement before the paragraph's text, which is all answer
    titles = [_fold(p.title) if p.title and p.label else "" for p in paragraphs]
    title_tokens = [_tokens(t) if t else frozenset() for t in titles]
    candidates: list[_Candidate] = []
    for i, (rec, rt) in enumerate(zip(recs, rec_tokens)):
        for j, (par, pt) in enumerate(zip(pars, par_tokens)):
            found = _quote_in(rec, rt, par, pt) if par else None
            if not found and titles[j] and (titled := _quote_in(rec, rt, titles[j], title_tokens[j])) \
                    and titled[3] >= TITLE_QUOTE_SHARE:
                found = (titled[0], 0, 0, titled[3])
            if found:
                score, start, end, share = found
                candidates.append(_Candidate(i, j, start, end, score, share))
    chosen = _choose(candidates, len(paragraphs))
    out = [_extend(c, recs[c.rec], pars) for c in chosen]
    return sorted(out, key=lambda r: (r.first, r.start))


@lru_cache(maxsize=4096)
def _stems(text: str) -> frozenset[str]:
    from pipeline.answers.relevance import content_stems, load_vocabulary  # Snowball: only where quotes are few

    return content_stems(text, load_vocabulary())


def brief_restatements(recommendations: list[Recommendation], paragraphs: list[Paragraph]) -> list[Restatement]:
    """Restatements in brief, where a response quotes too few of the recommendations to align by quotation: a
    letter that sets each out "in brief before our answer" ("Publish the waiting time for a first routine appointment
    at each clinic, every month." for "That the Trust publishes the waiting time for a first routine podiatry
    appointment at each of its clinics in Corriston on its website, and updates it every month."). A restatement in
    brief is a short paragraph (at most `BRIEF_MAX_WORDS` words) whose content words are nearly all the
    recommendation's, stemmed (`BRIEF_CONTAINED`, at least `BRIEF_MIN_SHARED` of them); an answer, however close to
    its ask, says things the ask did not. Paraphrase proves less than quotation, so the restatements must also come in
    the report's order: the longest run of them in order, one paragraph each (the order a letter says it keeps)."""
    asks = [_stems(r.text) for r in recommendations]
    found: list[tuple[int, int, float]] = []  # (paragraph, recommendation, containment)
    for j, p in enumerate(paragraphs):
        # (in the asker's words: "we", "our", "I" are the respondent's voice, an answer's)
        if "\t" in p.text or len(p.text.split()) > BRIEF_MAX_WORDS or _RESPONDENT.search(p.text):
            continue
        words = _stems(p.text)
        for i, ask in enumerate(asks):
            shared = len(words & ask)
            if shared >= BRIEF_MIN_SHARED and shared >= BRIEF_CONTAINED * len(words):
                found.append((j, i, shared / len(words)))
    # a restatement is followed by its answer: a paragraph that runs straight on to another ask's paraphrase restates
    # nothing (short answers that echo their asks one after another, a list), nor does one that echoes the ask of the
    # paragraph just before it (the answer to that restatement)
    at: dict[int, set[int]] = {}
    for j, i, _ in found:
        at.setdefault(j, set()).add(i)
    candidates = [(j, i, c) for j, i, c in found if j + 1 < len(paragraphs)
                  and (i in at.get(j + 1, {i})) and i not in at.get(j - 1, set())]
    if len(candidates) > BRIEF_MAX_CANDIDATES * len(recommendations):
        return []  # paraphrase everywhere: no letter that restates each ask once
    # the longest chain rising in both paragraph and recommendation, the closest where chains are as long
    best: list[tuple[int, float, int]] = []  # per candidate: (chain length, summed containment, previous candidate)
    for k, (j, i, c) in enumerate(candidates):
        # (of equal chains, the one through the earlier paragraph: a restatement comes before the answer that echoes it)
        prev = [(best[m][0], best[m][1], -jj, m) for m, (jj, ii, _) in enumerate(candidates[:k]) if jj < j and ii < i]
        n, total, _, m = max(prev, default=(0, 0.0, 0, -1))
        best.append((n + 1, total + c, m))
    if not best:
        return []
    k = max(range(len(best)), key=lambda x: (best[x][0], best[x][1], -candidates[x][0]))
    chain: list[Restatement] = []
    while k >= 0:
        j, i, c = candidates[k]
        chain.append(Restatement(i, j, 0, j, len(paragraphs[j].text), round(c, 3)))
        k = best[k][2]
    return chain[::-1] if len(chain) >= 2 else []  # one paraphrase alone proves nothing


def _choose(candidates: list[_Candidate], n_paragraphs: int) -> list[_Candidate]:
    """One restatement per recommendation and one recommendation per stretch of text: the best
    first; a recommendation quoted twice (a summary list, then the answers) keeps the occurrence
    with the most room after it before the next quotation."""
    starts = sorted({c.par for c in candidates})

    def room(c: _Candidate) -> int:
        later = [s for s in starts if s > c.par]
        return (later[0] if later else n_paragraphs) - c.par

    def weight(c: _Candidate) -> float:
        return c.score * (0.5 + 0.5 * min(1.0, c.share))

    by_rec: dict[int, list[_Candidate]] = {}
    for c in candidates:
        by_rec.setdefault(c.rec, []).append(c)
    preferred: list[_Candidate] = []
    for cs in by_rec.values():
        best = max(weight(c) for c in cs)
        near = [c for c in cs if weight(c) >= best - NEAR_BEST]
        preferred.append(max(near, key=lambda c: (room(c), weight(c), -c.par)))
    taken: dict[int, list[tuple[int, int]]] = {}
    chosen: list[_Candidate] = []
    for c in sorted(preferred, key=lambda c: (-weight(c), c.par, c.rec)):
        spans = taken.setdefault(c.par, [])
        if any(c.start < b and a < c.end for a, b in spans):
            continue  # that stretch of text already restates another recommendation
        spans.append((c.start, c.end))
        chosen.append(c)
    return chosen


def _extend(c: _Candidate, rec: str, pars: list[str]) -> Restatement:
    """A restatement that runs on over the next paragraphs (a recommendation with its own list)."""
    last, end = c.par, c.end
    matched_to = c.share * len(rec)
    j = c.par + 1
    while c.share < 0.95 and j < len(pars) and pars[j]:
        par = pars[j]
        m = fuzz.partial_ratio_alignment(par, rec, score_cutoff=QUOTE_MIN) if len(par) <= len(rec) else None
        if not m or m.src_end - m.src_start < min(MIN_QUOTE_CHARS, len(par)) or m.dest_start < matched_to * 0.5:
            break
        last, end = j, len(par)
        matched_to = max(matched_to, m.dest_end)
        j += 1
    closing = _QUOTE_TAIL.match(pars[last], end)  # matches, perhaps nothing, at any position
    end = closing.end() if closing else end
    if end >= len(pars[last].rstrip()) and last + 1 < len(pars) and pars[last + 1]:
        tail = _QUOTE_TAIL.match(pars[last + 1])  # the reference on a line of its own
        if tail and tail.end() and not pars[last + 1][tail.end():].strip():
            last, end = last + 1, len(pars[last + 1])
    return Restatement(c.rec, c.par, c.start, last, end, round(c.score / 100, 3))


@dataclass(slots=True)
class _Answer:
    restatement: Restatement
    label: str | None
    quoted: str
    parts: list[str] = field(default_factory=list)
    page: int = 1


def _labels_in(text: str) -> list[str]:
    """Every label a head line prints: "Recommendations 9 and 10" -> ["9", "10"], "Conclusion 6 and
    Recommendation 7" -> ["7"]."""
    listed = read_labels(text)
    return [*(listed[0] if listed else []), *(as_printed(m.group("label")) for m in RE_CITED.finditer(text))]


# a label printed before the words that introduce a quotation: "3a: PAC recommendation: ...", "12: Recommendation: ..."
RE_LABEL_FIRST = re.compile(r"^\W*(?P<label>\d{1,3}[a-z]?)\s*:\s+\S")


def _printed_label(paragraphs: list[Paragraph], r: Restatement, floor: int, own: str | None = None,
                   quoting: frozenset[int] = frozenset()) -> str | None:
    """The label the response prints beside a restatement: on the quoting paragraph ("8.3 ...",
    a "Recommendation 3" block, "Recommendation 3: That ..."), else on a head line just before
    it (back to `floor`, the end of the previous answer). A head over a group ("Recommendations 9
    and 10", then both quoted) prints the label of each: the restated recommendation's `own`
    label where the head lists it, else the head's first; the group's other quotations
    (`quoting`: paragraphs that quote a recommendation) stand between the head and this one."""
    p = paragraphs[r.first]
    before = p.text[: r.start]
    cited = _paragraph_cited(paragraphs, r.first, floor, quoting)
    if cited:
        return cited  # "Paragraph 8.5(a)" over the quotation: the report's paragraph it cites, as printed
    # the label printed just before the quotation, where the response runs its blocks together in one paragraph
    # ("... Responsible: Chief Finance Officer Recommendation 2 That the Cabinet ..."), whatever the paragraph opens with
    # ... where it is the restated recommendation's own ("... together with Recommendation 2" closes the answer before)
    if (run_in := _run_in_label(before)) is not None and run_in[1] == own:
        return own
    if p.label:
        return p.label
    if p.number and len(before.strip()) <= len(p.number) + 2:
        return p.number
    m = RE_CITED.search(before)
    if m:
        return as_printed(m.group("label"))
    m = RE_LABEL_FIRST.match(before)
    if m:
        return m.group("label")  # "3a: PAC recommendation: The Department should ...": the label it prints first
    m = RE_ITEM_MARKER_PREFIX.match(p.text)
    if m and m.group(0).strip() not in BULLET_CHARS:
        return m.group(0).strip().strip("().")  # "(3) That authority be delegated ...": its own number
    for k in range(r.first - 1, floor - 1, -1):
        q = paragraphs[k]
        if is_furniture(q.text) or k in quoting:
            continue
        head = head_of(q)
        if head is not None:
            return own if own is not None and own in _labels_in(q.text) else head[0]
        if q.kind != "heading":
            # a lead-in just before the quotation that names the one recommendation it quotes: "From the Task Group's
            # report, recommendation R5:"
            lead = [as_printed(m.group("label")) for m in RE_CITED.finditer(q.text)]
            if k == r.first - 1 and q.text.rstrip().endswith(":") and len(set(lead)) == 1:
                return lead[0]
            break
        # a heading over the quotation that opens by naming it, whatever it prints after ("Recommendation 3  Behind
        # schedule", a status badge): the label it names
        named = read_labels(q.text.strip().split("\n", 1)[0]) if RE_OPENS_CITED.match(q.text) else None
        if named and named[0]:
            return own if own is not None and own in named[0] else named[0][0]
        if q.number and q.number.isalpha():
            return q.number  # "(a) Asking parishes for their figures | Green", a lettered bar over it: its letter
    return None


LEAD_IN_WORDS = 30  # a list's lead-in is one clause


def _paragraph_cited(paragraphs: list[Paragraph], first: int, floor: int, quoting: frozenset[int]) -> str | None:
    """The paragraph a head line just before a quotation cites ("Paragraph 8.5(a)" -> "8.5a"): a response
    that answers under the report's paragraph numbers labels each answer so."""
    passed = 0  # the group's quotations between the head and this one
    for k in range(first - 1, floor - 1, -1):
        q = paragraphs[k]
        if is_furniture(q.text) or k in quoting:
            passed += k in quoting
            continue
        several = RE_PARAGRAPHS_HEAD.match(q.text.strip())
        if several:  # "Paragraphs 33 and 34" over both quotations: each its own, in order
            cited = re.findall(r"\d{1,3}(?:\.\d{1,3})*", several.group("list"))
            return cited[min(passed, len(cited) - 1)]
        m = RE_PARAGRAPH_HEAD.match(q.text.strip())
        if not m:
            return None
        return m.group("code") or m.group("num") + (m.group("item") or "")
    return None


# a head over a group of quotations that cites the report's paragraphs they come from: "Paragraphs 33 and 34"
RE_PARAGRAPHS_HEAD = re.compile(r"^(?:Paragraphs|Paras\.?)\s+(?P<list>\d{1,3}(?:\.\d{1,3})*(?:\s*(?:,|and|&)\s*"
                                r"\d{1,3}(?:\.\d{1,3})*)+)\s*(?:[–—:-].*)?$", re.I)


def _introduces(text: str) -> bool:
    """A list's lead-in quoted from the report ("That the Cabinet improves the way permits are issued, by:"):
    one clause ending in a colon. An answer's own "Instead the Cabinet will:", after sentences of its own,
    is the answer's."""
    t = text.strip()
    return t.endswith(":") and len(t.split()) <= LEAD_IN_WORDS and not re.search(r"[.!?]\s", t)


def _lead_in(paragraphs: list[Paragraph], k: int) -> bool:
    """A paragraph that introduces the next restatement rather than answering the one before:
    a heading, a "Recommendation 3" head line, page furniture, a bare restatement marker."""
    p = paragraphs[k]
    return (p.kind == "heading" or head_of(p) is not None or is_furniture(p.text) or not p.text.strip()
            or bool(RE_PARAGRAPH_HEAD.match(p.text.strip())) or _introduces(p.text))


def _ends_answer(p: Paragraph) -> bool:
    """A heading that ends the last answer ("Next steps", "Conclusion", "Annex A") rather than
    a field within it ("Progress update", "Action")."""
    return p.kind == "heading" and answer_marker(p.text) is None and not is_answer_field(p.text)


def _strip_marker(text: str) -> str:
    """An answer's opening paragraph without its marker ("Response:", "Cabinet Member's response:",
    "Government response to recommendations 1 and 2"); a verdict after it is kept."""
    marked = answer_marker(text)
    if marked is None:
        return text.strip()
    return marked[1].strip()


FIELD_LINES = 3  # short lines between a restatement and the answer's marker ("Addressed to: the ICB and the Trust")


def _marked_start(parts: list[str]) -> int:
    """Where the answer opens: at its marker ("Response from the Integrated Care Board:") where only a few short
    lines that are no sentences stand before it, which belong to the restatement ("Addressed to: the ICB and the
    Trust", "Lead member: Cllr Hale"); else at its first part."""
    for k, text in enumerate(parts[: FIELD_LINES + 1]):
        if answer_marker(text) is not None:
            return k
        if len(text.split()) > LEAD_IN_WORDS or re.search(r"[.!?](?:\s|$)", text.strip()):
            return 0
    return 0


def _field_of_restatement(paragraphs: list[Paragraph], j: int) -> bool:
    """The short line at `j`, after a restatement and before any answer, is one of its fields ("Addressed to: the ICB
    and the Trust"), not a heading that ends the answers: the answer's marker follows within FIELD_LINES lines."""
    return len(paragraphs[j].text.split()) <= LEAD_IN_WORDS and any(
        answer_marker(p.text) is not None and p.text.strip() for p in paragraphs[j + 1: j + 1 + FIELD_LINES])


FIELD_VALUE_WORDS = 20  # a record's field holds a short value, no run of sentences


def _field_name(text: str) -> str | None:
    """The name of the record field the paragraph is, on a line of its own ("Action ref: OS/24/31", "Meeting: Overview
    and Scrutiny Committee, 12/09/2024, minute 27": the segmenter's `is_field`), lower-cased, or None."""
    t = text.strip()
    name, _, value = t.partition(":")
    if "\n" in t or not is_field(t) or len(value.split()) > FIELD_VALUE_WORDS or re.search(r"[.!?]\s+[A-Z]", value):
        return None
    return " ".join(name.lower().split())


def record_header(paragraphs: list[Paragraph], restated: list[Restatement]) -> frozenset[str]:
    """The fields that open each record before its quotation, in a response laid out as records ("Action ref:",
    "Meeting:", "Source:", then "Action:" quoting the recommendation): those printed just before the first quotation
    and before at least half of them. Before the next quotation they open the next record and end the answer before
    it; a field that only follows each answer ("Status: Complete") is never before the first, and stays the answer's."""
    runs: list[set[str]] = []
    for r in restated:
        names: set[str] = set()
        j = r.first - 1
        while j >= 0 and paragraphs[j].kind != "heading" and (name := _field_name(paragraphs[j].text)) is not None \
                and answer_marker(paragraphs[j].text) is None:
            names.add(name)
            j -= 1
        runs.append(names)
    if len(runs) < 2 or not runs[0]:
        return frozenset()
    return frozenset(n for n in runs[0] if 2 * sum(n in run for run in runs) >= len(runs) and sum(n in run for run in runs) >= 2)


def _as_reprinted(text: str) -> str:
    return " ".join(_fold(text).split())


# what may open a quotation of the report after an answer: its label and what the response calls it ("4: PAC conclusion:")
_QUOTE_HEAD = re.compile(r"^\W*(?:\d{1,3}[a-z]?\s*:\s*)?(?:[A-Za-z’']+\s+){0,3}?[A-Za-z’']+\s*:\s+")
QUOTE_WORDS = 8  # a quotation of the report that ends an answer is a sentence at least this long


def _quotes_report(text: str, flat: str, report: frozenset[str]) -> bool:
    """The paragraph is a quotation of the report, whole sentences of one of its paragraphs under a short head of its
    own ("4: PAC conclusion: The museums do not plan or buy their maintenance together."): the response restates the
    report's next item, a finding it does not answer, and the answer before it has ended. `flat`: the whole paragraph
    as `_as_reprinted` gives it."""
    quoted = _as_reprinted(_QUOTE_HEAD.sub("", text.strip(), count=1))
    return (len(quoted.split()) >= QUOTE_WORDS and quoted.endswith((".", "!", "?")) and quoted != flat
            and any(quoted in r for r in report))  # (a sentence: not a field's value, "Addressed to: the ICB, ...")


SHORT_HEAD = 4  # a heading of fewer words ("Next steps", "Funding") may be the answer's own, though the report has it


def _reprinted(paragraphs: list[Paragraph], j: int, stop: int, flat: str, report: frozenset[str]) -> bool:
    """The response reprints the report's own text at `j`: a paragraph of it whole, or a heading of it; a short heading
    that both use ("Next steps") only where the report's text goes on after it: an answer's sub-heading is its own."""
    if flat not in report:
        return False
    return len(flat.split()) >= SHORT_HEAD or j + 1 >= stop or _as_reprinted(paragraphs[j + 1].text) in report


def reprints(paragraphs: list[Paragraph]) -> frozenset[str]:
    """The report's own paragraphs and headings, as `align_answers` compares a response's with them."""
    return frozenset(_as_reprinted(p.text) for p in paragraphs if len(p.text.split()) >= 2)


def align_answers(
    recommendations: list[Recommendation], paragraphs: list[Paragraph], *, doc_id: str, judge: Judge,
    min_restated: int = 2, report: frozenset[str] = frozenset(), brief: bool = False,
) -> list[Response]:
    """The answers of a response document to `recommendations`, found by where it restates them.

    Each returned `Response` names the recommendation it answers (`recommendation`, its uid).
    Returns [] when fewer than `min_restated` recommendations are restated: then the response's
    shape, not its quotations, must say what it answers. `report` (`reprints`): the report's own
    text; an answer ends where the response reprints a heading or a paragraph of it whole (a
    report republished with the answers set in after each recommendation goes on with its findings).
    """
    restated = find_restatements(recommendations, paragraphs, brief)
    if len(restated) < min_restated:
        return []
    answers: list[_Answer] = []
    floor = 0
    quoting = frozenset(j for r in restated for j in range(r.first, r.last + 1))
    inner: set[str] = set()  # headings set inside the answers read so far
    header = record_header(paragraphs, restated)  # the fields that open each record, before its quotation
    for k, r in enumerate(restated):
        nxt = restated[k + 1] if k + 1 < len(restated) else None
        label = _printed_label(paragraphs, r, floor, recommendations[r.rec].label, quoting)
        quoted = _quoted_text(paragraphs, r)
        a = _Answer(r, label, quoted, page=paragraphs[r.first].page)
        tail = paragraphs[r.last].text[r.end:]
        if nxt is not None and nxt.first == r.last:  # the next restatement is in the same paragraph
            tail = _before_next_head(paragraphs[r.last].text[r.end: nxt.start], recommendations[nxt.rec].label)
            stop = r.last + 1
        else:
            stop = nxt.first if nxt is not None else len(paragraphs)
            while stop - 1 > r.last and (_lead_in(paragraphs, stop - 1) or _field_name(paragraphs[stop - 1].text) in header):
                stop -= 1  # headings and head lines that introduce the next restatement, the fields that open its record
        if re.search(r"\w", tail):  # (a list's bullet between two quotations, "- ", is no answer: they share the next)
            a.parts.append(tail.strip())
        for j in range(r.last + 1, stop):
            p = paragraphs[j]
            flat = _as_reprinted(p.text)
            if nxt is None and _ends_answer(p) and (a.parts or not _field_of_restatement(paragraphs, j)) \
                    and (p.number is not None or _fold(p.text) not in inner) or _reprinted(paragraphs, j, stop, flat, report) or _quotes_report(p.text, flat, report):
                break
            if nxt is None and a.parts and p.kind != "heading" and closes_letter(p, True):
                # a letter's close after its last answer ("I hope this is helpful", "... would be pleased to attend"); at
                # its valediction, the paragraphs before it that speak of the answers as a whole close it too
                a.parts = a.parts[:letter_close([*a.parts, p.text.strip()])]
                break
            if nxt is None and a.parts and is_record_field(p.text):
                break  # a decision record's own fields after its last answer ("Reasons for the decision: ...")
            if is_furniture(p.text) or not p.text.strip() or in_another_language(p.text):
                continue  # page furniture, or the other language's half of a bilingual paper
            if p.kind == "heading" and not a.parts and j + 1 < stop and paragraphs[j + 1].kind != "heading" \
                    and printed_verdict(p.text) is None:
                # a heading over the answer's first words ("ORR decision") titles the answer and says nothing (a verdict
                # set as one, "Accepted in part", is the answer's first word)
                continue
            a.parts.append(p.text.strip())
        if a.parts:
            a.parts = a.parts[_marked_start(a.parts):]
            a.parts[0] = _strip_marker(a.parts[0])
            before = paragraphs[r.first].text[: r.start]
            # (the quotation was a field's value; and the answer's first paragraph is no detail, "Assigned to: ...")
            if before.strip() and _field_start(before) == len(before.strip()) and split_details(a.parts[:1])[0]:
                a.parts[0] = _after_field(a.parts[0])
            a.parts = [t for t in a.parts if t]
        answers.append(a)
        if a.parts:
            floor = stop  # a group's head (before its first quotation) still labels the rest of the group
        # the headings an answer holds ("Progress to date", "Next steps"): the last answer's own too, where it has them,
        # unless numbered as the paper's own sections are ("3 Next steps" after the last answer)
        inner.update(_fold(paragraphs[j].text) for j in range(r.last + 1, stop) if paragraphs[j].kind == "heading")
    return _responses(answers, recommendations, doc_id=doc_id, judge=judge)


# a recommendation's reference run in at the end of the text before its quotation: "... Lead officer: J. Smith R12"
RE_REFERENCE_LAST = re.compile(rf"(?<![\w/])(?P<label>{REFERENCE})[\s:.\u2013\u2014-]*$")


def _before_next_head(tail: str, label: str | None = None) -> str:
    """The text between a restatement and the next in the same paragraph, less what heads the next: its label
    printed on a line of its own over it ("R2", "Recommendation 2", "R2 – Pool cars"), as a head line before a quotation
    in a paragraph of its own is (`_lead_in`), or run in at the end where it is the next recommendation's own `label`
    ("... Officer Recommendation 2"; not "... together with Recommendation 2" before Recommendation 3)."""
    lines = tail.rstrip().split("\n")
    while len(lines) > 1 and ((read := read_labels(lines[-1].strip())) is not None and read[0] and not read[1].strip()
                              or read_head(lines[-1].strip()) is not None):
        lines.pop()
    kept = "\n".join(lines)
    run_in = _run_in_label(kept) if label is not None else None
    if run_in is not None and run_in[1] == label and kept[: run_in[0]].strip():
        return kept[: run_in[0]].rstrip()  # ... or run in at its end, the blocks run together on one line
    return kept


# a form's field name run in before its value, in bold or not: "What we recommended: That ...", "**What the Cabinet
# said:** Agreed."
RE_RUN_IN_FIELD = re.compile(r"^(?:\*\*)?(?P<name>[A-Z][\w'’()/ -]{1,60}?)\s*(?:\*\*)?:\s*(?:\*\*)?\s*")
FIELD_NAME_WORDS = 6  # a field's name is a few words


def _field_start(text: str) -> int | None:
    """Where the value starts after the field name that opens `text` (a few words and a colon), or None."""
    m = RE_RUN_IN_FIELD.match(text.strip())
    return m.end() if m is not None and len(m.group("name").split()) <= FIELD_NAME_WORDS else None


def _after_field(text: str) -> str:
    """An answer's first paragraph without the field name that opens it, where its quotation was printed under a
    field name too ("What we recommended: That ..." then "What the Cabinet said: Agreed."): the record's next field
    holds the answer, and its name is the form's, not the answer's words; a verdict printed as the name ("Agreed: the
    Council will ...") is kept, and so are the fields after it in the answer ("What has happened since: ...")."""
    t = text.strip()
    at = _field_start(t)
    if at is None or not t[at:].strip() or printed_verdict(t[:at].strip(" :*")) is not None:
        return text
    return t[at:].strip()


def _run_in_label(text: str) -> tuple[int, str] | None:
    """(where it starts, the label) of a label run in at the very end of `text`, before a quotation that follows on
    the same line: a citation ("... Chief Finance Officer Recommendation 2") or, after other words, a reference alone
    ("... give me a ring. R12"); None if the text ends otherwise."""
    cited = next((c for c in reversed(list(RE_CITED.finditer(text))) if not text[c.end():].strip(" \t\n:.\u2013\u2014-")),
                 None)
    if cited is not None:
        return cited.start(), as_printed(cited.group("label"))
    ref = RE_REFERENCE_LAST.search(text)
    return (ref.start(), as_printed(ref.group("label"))) if ref is not None and text[: ref.start()].strip() else None


def _quoted_text(paragraphs: list[Paragraph], r: Restatement) -> str:
    if r.first == r.last:
        return paragraphs[r.first].text[r.start: r.end].strip()
    parts = [paragraphs[r.first].text[r.start:]] + [paragraphs[j].text for j in range(r.first + 1, r.last)]
    parts.append(paragraphs[r.last].text[: r.end])
    return "\n".join(t.strip() for t in parts if t.strip())


def _responses(
    answers: list[_Answer], recommendations: list[Recommendation], *, doc_id: str, judge: Judge,
) -> list[Response]:
    """One response per restated recommendation; a restatement with no answer of its own shares
    the answer that follows the group it opens (several quoted, then one answer). A conclusion
    reprinted beside what it led to ("Conclusion 6 and Recommendation 7") bounds the answers but
    asks no one to act: it gets no response of its own and is not among the labels answered."""
    printed = [a.label for a in answers]
    asks = [not recommendations[a.restatement.rec].conclusion for a in answers]
    order = [sum(asks[: k + 1]) for k in range(len(answers))]  # position among the answers awaited
    if not any(printed):
        labels = [str(n) for n in order]  # unnumbered: 1, 2, ... in order
    else:
        labels = [lab or str(n) for lab, n in zip(printed, order)]
    out: list[Response] = []
    group: list[int] = []
    prefix = doc_id[:12]
    for k, a in enumerate(answers):
        if not recommendations[a.restatement.rec].conclusion:
            group.append(k)
        if not a.parts or all(label_alone(t) for t in a.parts if t.strip()):
            continue  # shares the answer of the next restatement (what lies between is only the next one's label)
        if not group:
            continue  # an answer to a conclusion alone
        parts, details = split_details(a.parts)
        text = "\n\n".join(parts or a.parts)
        # an answer to a question (every ask it answers ends with "?") mostly informs: the model reads that too
        wanted = [recommendations[answers[g].restatement.rec].text for g in group]
        j = judge(text, all(is_question(q) for q in wanted), "\n".join(wanted))
        # verdicts per label that differ: partial for the whole (guide rule 1.4)
        stance, s_ev = shared_stance(text, [labels[x] for x in group], j.stance, list(j.stance_evidence))
        for g in group:
            rec = recommendations[answers[g].restatement.rec]
            out.append(
                Response(
                    uid=f"{prefix}:a{len(out) + 1}",
                    label=labels[g],
                    text=text,
                    restated=answers[g].quoted or None,
                    stance=stance,  # type: ignore[arg-type]
                    progress=j.progress,  # type: ignore[arg-type]
                    stance_evidence=list(s_ev),
                    progress_evidence=list(j.progress_evidence),
                    answers=[labels[x] for x in group],
                    page=answers[g].page,
                    generator=f"{ALIGNER_VERSION}+{j.generator}",
                    details=list(details) if parts else [],
                    method="aligned",
                    recommendation=rec.uid,
                    score=answers[g].restatement.score,
                )
            )
        group = []
    return out


__all__ = ["ALIGNER_VERSION", "Restatement", "align_answers", "find_restatements", "reprints"]
