"""Answers of a response that answers by subject, found beside the report it answers.

A response that names no recommendation and quotes none ("Saturday afternoons" over an answer,
"Finally, on overdue fines: ...") yields no answers by its shape. Once its report is known, its
passages (`pipeline.answers.topics`) are matched to the report's recommendations by their words
alone (`match.match_by_text`: one-to-one, by TF-IDF similarity, each other's best match or close
enough; labels play no part), and each passage that answers one becomes a response, numbered in
the response's own order (the order it answers them in, whatever the report's).
"""

from __future__ import annotations

import re
from dataclasses import replace

import numpy as np

from pipeline.answers.asks import is_question
from pipeline.answers.judge import judge_answer, status_printed
from pipeline.answers.references import (
    answered_labels,
    closes_letter,
    courtesy,
    first_sentence,
    is_valediction,
    letter_close,
)
from pipeline.answers.shapes import is_furniture
from pipeline.answers.stance import progress_given_stance
from pipeline.answers.topics import Passage, topic_passages
from pipeline.labels import BULLET, RE_BULLET_PREFIX
from pipeline.labels import normalise as norm_label
from pipeline.lexicon import Patterns
from pipeline.link.match import Match, match_by_text, title_forms, topic_affinity
from pipeline.link.tfidf import ENGLISH_STOP_WORDS, TOKEN, similarities
from pipeline.records import Paragraph, ParsedDocument, Recommendation, Response
from pipeline.segment.grammar import is_heading_like

TOPICS_VERSION = "topics-1"


def reads_by_topic(response: ParsedDocument) -> bool:
    """A response document whose shape gave no answers: it may answer by subject; and so may a letter to the
    committee ("Dear Councillor ...", "Yours sincerely"), whatever its kind was guessed to be."""
    return not response.responses and (response.document.meta.kind == "response"
                                        or (response.document.meta.kind == "other" and bool(letter_body(response.paragraphs))))


def passages(response: ParsedDocument) -> list[Passage]:
    """The response's passages by subject; in a letter with no subject of its own to cut it by, its body's
    paragraphs, each a passage (a letter that answers in turn, a paragraph or two to each recommendation)."""
    found = topic_passages(response.paragraphs)
    body = letter_body(response.paragraphs)
    sent = enclosure(response.paragraphs, body)
    if sent is not None:
        # a covering letter or e-mail over the paper it sends ("please find below the news release ..."): the answers
        # are in that paper, after the letter's close; the letter only says what it sends
        # (... and a letter sent so closes as any letter does: "Thank you for all you already do ... With every good
        # wish," is no answer)
        kept = [replace(f, parts=f.parts[:letter_close(f.parts)]) for f in found if f.first >= sent]
        return [f for f in kept if f.parts]
    if len(body) >= 2 and not any(_is_head(p) for p in response.paragraphs[body[0][0]:body[-1][0]]):
        # a letter that answers in turn, no head among its paragraphs: each paragraph a passage, labelled where it
        # opens by naming what it answers ("Recommendation 2 asks for ...", "Recommendation 7: the suite opened ...")
        return [Passage(title=None, first=k, page=p.page, parts=[p.text.strip()], label=p.label or _named(p.text))
                for k, p in body]
    if body:  # a letter cut by its heads: its close ("I hope this is helpful ...", "Yours sincerely,") ends the last answer
        close = {p.text.strip() for p in response.paragraphs[body[-1][0] + 1:]}
        for f in found:
            f.parts = [t for t in f.parts if t not in close]
        found = [f for f in found if f.parts]
    return found


def _is_head(p: Paragraph) -> bool:
    """A heading, or a labelled block that is only a title ("Recommendation 1: publishing delays" over its answer)."""
    words = p.text.split()
    return p.kind == "heading" or bool(p.label) and len(words) <= 8 and not p.text.rstrip().endswith((".", "!", "?"))


def _named(text: str, last: str | None = None) -> str | None:
    """The one label a paragraph's first sentence says it answers ("Recommendation 2 asks for ...", "... a reference
    number (recommendation 3).", "..., as your thirteenth recommendation asks, ..."), else None; `last`: the label of
    the report's last recommendation, which "its final recommendation" names."""
    named = answered_labels(text, last)
    return named[0] if named and len(named) == 1 else None


def passage_affinity(recommendations: list[Recommendation], found: list[Passage]) -> float:
    """How strongly the passages echo the recommendations (`match.topic_affinity`), cut finer where they are too few to
    answer them (`fitted`)."""
    asks = _asks(recommendations)
    return topic_affinity(asks, [_words(p) for p in fitted(found, len(asks))])


FEWER_THAN = 0.5  # passages fewer than this share of the asks are too few to answer them: cut finer (`fitted`)
RE_LIST_ITEM = re.compile(rf"\n(?={BULLET}\s)")


def fitted(found: list[Passage], asks: int) -> list[Passage]:
    """The passages, or where they are fewer than half the asks they might answer, their paragraphs and list items,
    each a passage of its own: a paper that answers more than it has heads for answers paragraph by paragraph and item
    by item (a news release's "The changes the racecourse is making are:" over a bullet to each recommendation, then a
    paragraph to each of two more). A passage's head stays with its first piece."""
    if not found or len(found) >= FEWER_THAN * asks:
        return found
    out: list[Passage] = []
    for p in found:
        pieces = [piece for part in p.parts for item in RE_LIST_ITEM.split(part) if item.strip()
                  for piece in _under_titles(item.strip())]
        for k, (title, piece) in enumerate(pieces):
            out.append(Passage(title=p.title if k == 0 and title is None else title, first=p.first, page=p.page,
                               parts=[RE_BULLET_PREFIX.sub("", piece, count=1)],
                               label=p.label if k == 0 else None, number=p.number if k == 0 else None))
    return out


def _under_titles(text: str) -> list[tuple[str | None, str]]:
    """A paragraph's lines cut at the sub-titles inside it, each with the text under it ("Longer opening" over "Since 1
    May 2025 the farm has stayed open ..."): a numbered section keeps its sub-titles and their text as its own, but
    each sub-title may head an answer of its own. The text before the first sub-title has none."""
    lines = [ln.strip() for ln in text.split("\n") if ln.strip()]
    out: list[tuple[str | None, list[str]]] = [(None, [])]
    for k, line in enumerate(lines):
        if k + 1 < len(lines) and is_heading_like(line) and not is_heading_like(lines[k + 1]):
            out.append((line, []))
        else:
            out[-1][1].append(line)
    return [(title, "\n".join(body)) for title, body in out if body]


def _by_paragraph(response: ParsedDocument, found: list[Passage]) -> bool:
    """The passages are a letter's paragraphs, one each (`passages`)."""
    body = [k for k, _ in letter_body(response.paragraphs)]
    return bool(body) and [f.first for f in found] == body


ENCLOSED_MIN = 2  # the paper after a covering letter's close holds at least this many times the letter's words


def enclosure(paragraphs: list[Paragraph], body: list[tuple[int, Paragraph]]) -> int | None:
    """The index of the first paragraph after a covering letter's close where the letter (`body`, its `letter_body`)
    sends a paper longer than itself (a charity's Easy Read reply, a news release, a bulletin pasted below an e-mail),
    else None: the letter says what it sends; the paper sent holds the answers."""
    if not body:
        return None
    close = next((k for k in range(body[-1][0] + 1, len(paragraphs)) if is_valediction(paragraphs[k].text)), None)
    if close is None:
        return None
    letter = sum(len(p.text.split()) for _, p in body)
    rest = [p for p in paragraphs[close + 1:] if p.kind != "heading" and not is_furniture(p.text)]
    sent = sum(len(p.text.split()) for p in rest)
    return close + 1 if len(rest) >= ENCLOSED_MIN and sent >= ENCLOSED_MIN * letter else None


def letter_body(paragraphs: list[Paragraph]) -> list[tuple[int, Paragraph]]:
    """The paragraphs of a letter between its salutation ("Dear ...") and its close (the valediction, or the
    closing paragraph before it), with their indexes; [] for a document that is no letter."""
    start = next((k for k, p in enumerate(paragraphs) if RE_SALUTATION.match(p.text.strip())), None)
    if start is None:
        return []
    end = next((k for k in range(start + 1, len(paragraphs)) if is_valediction(paragraphs[k].text)), None)
    if end is None:
        return []
    while end - 1 > start and closes_letter(paragraphs[end - 1], True) and paragraphs[end - 1].kind != "heading":
        end -= 1  # "Thank you again for a thoughtful report ...": the letter's close, before its valediction
    opening = RE_SALUTATION.sub("", paragraphs[start].text.strip(), count=1).strip()
    first = [(start, replace(paragraphs[start], text=opening))] if opening else []  # "Dear X, Thank you for ..."
    return first + [(k, p) for k, p in enumerate(paragraphs[start + 1:end], start + 1)
                    if p.kind != "heading" and p.text.strip() and not is_furniture(p.text)]


RE_SALUTATION = re.compile(r"^Dear\s+[^,\n]{1,60}(?:,|$)")
SALUTATION_WITHIN = 12  # a letter that opens its paper greets within this many paragraphs (letterhead, date, address)


# how a passage says it answers no recommendation (answer lexicon v35 `unasked`)
RX = Patterns("answers", unasked=(r"\b(?:{unasked})\b", re.I))


# the first field of a memo's head, which opens the paper, not an answer: "To:", "From:", "Memo to:"
RE_MEMO_FIELD = re.compile(r"^(?:memo(?:randum)?\s+)?(?:to|from|cc|date|re|subject)\s*:\s", re.I)


def _unasked(p: Passage) -> bool:
    """A passage whose first sentence says it answers no recommendation ("None of the Group's recommendations asks this
    of the University, but I want to say ...") and names none: a word on what was not asked, no answer."""
    first = first_sentence(p.parts[0]) if p.parts else ""
    return bool(RX.unasked.search(first)) and not p.label and _named(first) is None


def _words_of(title: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z0-9]+", title.lower()))


def _asks(recommendations: list[Recommendation]) -> list[Recommendation]:
    return [r for r in recommendations if not r.conclusion]


def _words(p: Passage) -> str:
    return " ".join(filter(None, [p.title, p.text]))


def answers_by_topic(report: ParsedDocument, response: ParsedDocument) -> list[Response]:
    """The passages of `response` that answer a recommendation of `report`, each judged beside the
    recommendation it answers and labelled as its head prints it, else by its place among the answers (1, 2, ...)."""
    # (its title in any form it goes by: "Open churches, open villages", before the colon of the title in full)
    forms = [w for w in map(_words_of, title_forms(report.document.meta.title or "")) if len(w) >= 2]
    # the passage under the report's own title (a letter's subject line) is its introduction, not an answer
    # ... and so is a letter's first passage after its salutation ("Dear ..."), where it thanks for the report
    found = passages(response)
    # ... and what comes before a letter's salutation (its letterhead, references, the addressee's address), where the
    # letter opens the paper: the salutation printed as a line of its own, a head over no text
    # (a letter read paragraph by paragraph, `passages`, starts at its salutation already)
    salute = next((i for i, q in enumerate(response.paragraphs[:SALUTATION_WITHIN]) if RE_SALUTATION.match(q.text.strip())), None)
    by_paragraph = _by_paragraph(response, found)  # (before the thanks that open the letter are set aside)
    headed = salute is not None and not by_paragraph
    if salute is not None and headed:
        found = [p for p in found if p.first > salute]
    dear = next((k for k, p in enumerate(found) if any(RE_SALUTATION.match(t) for t in p.parts)), None)
    if headed and dear is None and found and courtesy(found[0].parts[0]):
        found = found[1:]  # the thanks that open the letter
    # ... and so is one under a head that takes up the report's title whole ("Open churches, open villages: the District
    # Council's review and what we will do"): the paper's own title, over what it says of the review as a whole
    found = [p for k, p in enumerate(found) if not (p.title and any(form <= _words_of(p.title) for form in forms))
             and not (dear is not None and k <= dear + 1 and courtesy(p.parts[0])) and not _unasked(p)
             and not (k == 0 and RE_MEMO_FIELD.match(p.parts[0]))]  # a memo's head ("To: ... From: ... Re: ...")
    asks = _asks(report.recommendations)
    found = fitted(found, len(asks))
    if len(found) < 2 or not asks:
        return []
    for p in found:  # a passage whose first sentence says what it answers prints its label there
        p.label = p.label or _named(p.parts[0], asks[-1].label)
    prefix = response.id[:12]
    common = _common_words(asks)
    matches, candidates, printed = _matched(asks, found, prefix, common)
    split = _split_shared(asks, found, matches, candidates)
    if split is not None:
        found, split_off = split
        matches, candidates, printed = _matched(asks, found, prefix, common, split_off)
    matches = _shared(asks, found, matches, candidates, common, " ".join(p.text for p in response.paragraphs).lower())
    order = {id(c): k for k, c in enumerate(candidates)}
    # each answer labelled as its head prints it; where none prints one, by its place among them (unnumbered items of
    # one list are numbered in order), and where some do, by the recommendation it answers (its place would collide)
    # ... or as its head numbers it ("(a) Temporary traffic signals"), where the heads number them apart: the number
    # names the answer, it does not say what it answers (a response may number its heads its own way)
    numbers = [f.number for f in found if f.number]
    own = len(set(numbers)) == len(numbers)
    labels = [found[order[id(m.response)]].label or (found[order[id(m.response)]].number if own else None)
              or (m.recommendation.label if printed else str(n)) for n, m in enumerate(matches, start=1)]
    if matches and by_paragraph:
        # a letter that answers in turn: a paragraph after an answer that answers nothing else goes on with it
        # ("I understand why the Committee asks for a second station ..." then "Instead, from April ...")
        starts = [order[id(m.response)] for m in matches]
        for k, m in enumerate(matches):
            stop = next((s for s in starts[k + 1:] if s > starts[k]), len(candidates))  # (a shared answer starts twice)
            more = [candidates[j].text for j in range(starts[k] + 1, stop)]
            if more:
                m.response = replace(m.response, text="\n\n".join([m.response.text, *more]))
    return [_answer_to(m, str(label), versioned=True, uid=f"{prefix}:t{n}", restated=None)
            for n, (m, label) in enumerate(zip(matches, labels), start=1)]


def _matched(asks: list[Recommendation], found: list[Passage], prefix: str, common: frozenset[str],
             split_off: dict[int, tuple[Recommendation, float]] | None = None) -> tuple[list[Match], list[Response], bool]:
    """The passages as candidate answers, those matched to a recommendation, in the passages' order, and whether any
    prints its label: a passage that prints its label ("Cooling the Metro (Recommendation 2)") answers that
    recommendation, and so does one split off for it (`_split_shared`: `split_off`, by the passage's index); the others
    go to the recommendation left over that each is the best match for."""
    candidates = [Response(uid=f"{prefix}:p{k}", label=str(k + 1), text=p.text, restated=p.title, page=p.page)
                  for k, p in enumerate(found)]
    order = {id(c): k for k, c in enumerate(candidates)}
    by_label = {norm_label(a.label): a for a in asks}
    printed = {k: by_label[norm_label(p.label)] for k, p in enumerate(found) if p.label and norm_label(p.label) in by_label}
    # (a head that cites several answers each of them: "Litter first, then mow (recommendations d and e)")
    several = [(k, by_label[norm_label(c)]) for k, p in enumerate(found) if k not in printed and len(p.cited) > 1
               and all(norm_label(c) in by_label for c in p.cited) for c in p.cited]
    if len({id(a) for a in [*printed.values(), *(a for _, a in several)]}) < len(printed) + len(several):
        printed, several = {}, []  # two heads print one label: their labels say nothing of which is which
    split_off = split_off or {}
    placed = {**{k: a for k, (a, _) in split_off.items()}, **printed}
    held = {id(a) for a in placed.values()} | {id(a) for _, a in several}
    matches = [Match(a, candidates[k], a.label, 1.0 if k in printed else split_off[k][1], "topic") for k, a in placed.items()]
    matches += [Match(a, candidates[k], a.label, 1.0, "topic") for k, a in several]
    placed.update({k: a for k, a in several})
    matches += _by_what_differs([a for a in asks if id(a) not in held],
                                [c for k, c in enumerate(candidates) if k not in placed], common)
    matches.sort(key=lambda m: order[id(m.response)])
    return matches, candidates, bool(printed or several)


COMMON_SHARE = 0.5  # a word in more than this share of a report's asks says nothing of which of them a passage answers


def _by_what_differs(asks: list[Recommendation], candidates: list[Response], common: frozenset[str]) -> list[Match]:
    """`match_by_text` on the words that tell the asks apart: the name of the body most of the report's asks ask
    (`common`, `_common_words`), where they print it ("That the Lindenshaw City Farm Trust ..."), is left out of the
    asks and the candidates alike, as it echoes a passage about the body itself (its charity number, its board) as much
    as an answer; the matches are given back the asks and candidates themselves."""
    if not asks or not candidates or not common:
        return match_by_text(asks, candidates)

    def apart(text: str | None) -> str | None:
        return None if text is None else _apart(text, common)

    by_ask = [replace(a, text=apart(a.text) or "") for a in asks]
    by_candidate = [replace(c, text=apart(c.text) or "", restated=apart(c.restated)) for c in candidates]
    ask_of = {id(x): a for x, a in zip(by_ask, asks)}
    candidate_of = {id(x): c for x, c in zip(by_candidate, candidates)}
    return [replace(m, recommendation=ask_of[id(m.recommendation)], response=candidate_of[id(m.response)])
            for m in match_by_text(by_ask, by_candidate)]


def _common_words(every: list[Recommendation]) -> frozenset[str]:
    """The words (less stop words) of the name of a body that more than COMMON_SHARE of a report's asks ask, four or more
    of them, where the asks print the name ("That the Lindenshaw City Farm Trust opens ..."; `_asked_of`)."""
    if len(every) < 4:
        return frozenset()
    counts: dict[str, int] = {}
    for a in every:
        for body in _asked_of(a):
            counts[body] = counts.get(body, 0) + 1
    common = [b for b, n in counts.items() if b and n > COMMON_SHARE * len(every)]
    return frozenset(w for b in common for w in TOKEN.findall(b)
                     if w not in ENGLISH_STOP_WORDS and sum(w in a.text.lower() for a in every) > COMMON_SHARE * len(every))


def _apart(text: str, common: frozenset[str]) -> str:
    """`text` without the `common` words."""
    return TOKEN.sub(lambda m: " " if m.group(0).lower() in common else m.group(0), text)


SHARE_MIN = 0.12  # TF-IDF similarity a passage needs with a recommendation no passage answers, to answer it too ...
SHARE_OF_OWN = 0.6  # ... and at least this share of its similarity with the one it answers
SHARE_MARGIN = 1.5  # ... and by this factor over any other passage's similarity with it


def _shared(asks: list[Recommendation], found: list[Passage], matches: list[Match], candidates: list[Response],
            common: frozenset[str], text: str) -> list[Match]:
    """The matches, and beside each passage that takes up two subjects in one answer ("Help from health visitors,
    midwives and family hubs" over one answer to the recommendations on visits and on hubs) a second match: a
    recommendation that no passage answers goes to the one passage whose words echo it far more than any other's do
    (`SHARE_MARGIN`), enough (`SHARE_MIN`), and nearly as much as they echo the one it answers (`SHARE_OF_OWN`), where
    both ask one body to act or the response (`text`, lower case) names the bodies both ask: a partner's answer on a
    charge it makes answers nothing asked of a Leader it never names.
    The shared answer takes a place for each, in the report's order."""
    answered = {id(m.response): asks.index(m.recommendation) for m in matches}
    free = [j for j in range(len(asks)) if j not in answered.values()]
    if not free or not answered:
        return matches
    named = frozenset(b for a in asks for b in _asked_of(a) if b and b in text)
    try:  # (compared by what tells the asks apart, `common`, as they were matched: `_by_what_differs`)
        sim = similarities([_apart(a.text, common) for a in asks] + [_apart(_words(p), common) for p in found],
                           len(asks), ngram_range=(1, 2))
    except ValueError:  # nothing but stop words
        return matches
    by_candidate = {id(c): k for k, c in enumerate(candidates)}
    extra: list[Match] = []
    for j in free:
        column = sim[:, j]
        k = int(np.argmax(column))
        own = answered.get(id(candidates[k]))
        others = np.delete(column, k)
        if own is None or found[k].label or _unasked(found[k]) or not _one_respondent(asks[j], asks[own], named) \
                or column[k] < SHARE_MIN or column[k] < SHARE_OF_OWN * sim[k, own] \
                or (others.size and column[k] < SHARE_MARGIN * others.max()):
            continue
        extra.append(Match(asks[j], candidates[k], asks[j].label, round(float(column[k]), 3), "topic"))
    if not extra:
        return matches
    rank = {id(a): n for n, a in enumerate(asks)}
    return sorted([*matches, *extra], key=lambda m: (by_candidate[id(m.response)], rank[id(m.recommendation)]))


def _one_respondent(ask: Recommendation, other: Recommendation, named: frozenset[str]) -> bool:
    """The two asks ask one body, or every body they ask is among those the response names (`named`)."""
    a, b = _asked_of(ask), _asked_of(other)
    return bool(a & b) or a | b <= named


def _asked_of(ask: Recommendation) -> frozenset[str]:
    """The bodies a recommendation asks to act, as one answer to two asks answers both for the same body."""
    return frozenset(re.sub(r"^the\s+", "", b.strip().lower()) for b in (ask.addressees or [ask.addressee or ""]))


SPLIT_MIN = 0.12  # TF-IDF similarity a paragraph inside an answer needs with a recommendation left unanswered ...
SPLIT_MARGIN = 2.0  # ... and by this factor over its similarity with the recommendation its passage answers


def _split_shared(asks: list[Recommendation], found: list[Passage], matches: list[Match], candidates: list[Response],
                  ) -> tuple[list[Passage], dict[int, tuple[Recommendation, float]]] | None:
    """The passages again, where a paragraph inside one answers another recommendation: a reply under headings of its
    own takes up two subjects under one. Such a paragraph says which it answers in its first sentence ("We support in
    principle the internship scheme proposed in recommendation 8."; `_named`), or its words echo a recommendation that
    no passage answers ("Publishing the figures ward by ward, as the Panel proposes, is not something we can do ..."
    after the answer on reference numbers): far more (`SPLIT_MARGIN`) than the one its passage answers, enough
    (`SPLIT_MIN`), and more than any other paragraph left over does; such an answer begins there, or at the paragraphs
    just before it that echo the same recommendation more than their own. Each answer split off runs to the next, or
    to the passage's end. The passages, and the recommendation each split-off one answers (with the similarity that
    split it, 1.0 where it names it) by its index; None where no passage is split so."""
    answered = {id(m.response): asks.index(m.recommendation) for m in matches}
    by_label = {norm_label(a.label): j for j, a in enumerate(asks)}
    printed = {by_label.get(norm_label(p.label)) for p in found if p.label}
    # passage -> {paragraph an answer begins at: (what it answers, how well, the label it names)}
    cuts: dict[int, dict[int, tuple[int, float, str | None]]] = {}
    for k, p in enumerate(found):
        own = answered.get(id(candidates[k]))
        for i in range(1, len(p.parts)):
            j = by_label.get(norm_label(named)) if (named := _named(p.parts[i], asks[-1].label)) else None
            if j is not None and j != own and j not in printed:
                cuts.setdefault(k, {})[i] = (j, 1.0, named)
    free = [j for j in range(len(asks)) if j not in answered.values()
            and j not in {cut[0] for c in cuts.values() for cut in c.values()}]
    inner = [(k, i) for k, p in enumerate(found) if id(candidates[k]) in answered for i in range(1, len(p.parts))]
    by_subject: dict[int, tuple[int, int, float]] = {}
    try:
        sim = similarities([a.text for a in asks] + [found[k].parts[i] for k, i in inner], len(asks), ngram_range=(1, 2)) \
            if free and inner else np.zeros((0, len(asks)))
    except ValueError:  # nothing but stop words
        sim = np.zeros((0, len(asks)))
    for j in free if len(sim) else ():
        row = int(np.argmax(sim[:, j]))
        k, i = inner[row]
        own, best = answered[id(candidates[k])], float(sim[row, j])
        if best < SPLIT_MIN or best < SPLIT_MARGIN * sim[row, own] or int(np.argmax(sim[row])) != j:
            continue
        while i > 1 and sim[row - 1, j] > sim[row - 1, own]:
            row, i = row - 1, i - 1  # the answer begins before the paragraph that echoes it most
        if i > by_subject.get(k, (0, j, 0.0))[0]:
            by_subject[k] = (i, j, round(best, 3))
    for k, (i, j, score) in by_subject.items():
        cuts.setdefault(k, {}).setdefault(i, (j, score, None))  # (a paragraph that names what it answers is read so)
    if not cuts:
        return None
    out: list[Passage] = []
    split_off: dict[int, tuple[Recommendation, float]] = {}
    for k, p in enumerate(found):
        starts = sorted(cuts.get(k, {}))
        out.append(replace(p, parts=p.parts[:starts[0]]) if starts else p)
        for n, i in enumerate(starts):
            j, score, named = cuts[k][i]
            split_off[len(out)] = (asks[j], score)
            out.append(Passage(title=None, first=p.first, page=p.page, label=named,
                               parts=p.parts[i:starts[n + 1] if n + 1 < len(starts) else None]))
    return out, split_off


def _answer_to(m: Match, label: str, versioned: bool = False, **fields: object) -> Response:
    """The answer of match `m` as the answer to its recommendation: labelled `label`, judged beside the
    recommendation's words (`judge_answer`'s `ask`), linked to it; `versioned`: its generator names this
    module's version before the judge's; `fields`: any other of its fields to set."""
    ask, answer = m.recommendation, m.response
    j = judge_answer(answer.text, is_question(ask.text), ask.text)
    if versioned:
        fields["generator"] = f"{TOPICS_VERSION}+{j.generator}"
    # (a status the answer prints, a badge over it, is its progress whatever its words say, where its stance allows one)
    progress, p_ev = j.progress, list(j.progress_evidence)
    if status_printed(answer.progress_evidence) and progress_given_stance(j.stance, answer.progress) == answer.progress:
        progress, p_ev = answer.progress, list(answer.progress_evidence)
    return replace(answer, label=label, answers=[label], stance=j.stance, progress=progress,  # type: ignore[arg-type]
                   stance_evidence=list(j.stance_evidence), progress_evidence=p_ev,
                   method="topic", recommendation=ask.uid, score=m.score, **fields)  # type: ignore[arg-type]


def answers_by_words(report: ParsedDocument, answers: list[Response]) -> list[Response]:
    """Answers the response's shape found but that print no label (`Response.answers` empty: "You said ..." over
    "We did ...", in the respondent's own words and order), each given to the recommendation it is the best match for
    by its words and what it restates, one to one, labelled by it and judged beside it; those that match none
    (answers to something else on the same page) are left out. In the document's order.

    (Labelling them by their place instead, as the spec's note on unnumbered items reads, was measured at stop 67: the
    suites' gold is split three ways, by the recommendation answered (alignment34), by place with one place for an
    answer that takes up two asks (alignment146), and by place with a place for each (alignment176, 202): no reading
    keeps all their floors, so the reading the earlier suites were annotated to stays.)"""
    order = {id(a): k for k, a in enumerate(answers)}
    matches = sorted(match_by_text(report.recommendations, answers), key=lambda m: order[id(m.response)])
    return [_answer_to(m, m.recommendation.label) for m in matches]


__all__ = ["TOPICS_VERSION", "answers_by_topic", "answers_by_words", "passage_affinity", "passages", "reads_by_topic"]
