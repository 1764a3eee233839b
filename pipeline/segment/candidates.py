"""Choosing among candidate recommendations once a document has been read.

The finder in `segment.recommendations` proposes candidates by form; these rules keep
one per label, and drop what the document shows to be something else: paragraphs of a
narrative whose recommendations are numbered apart, plain conclusions among emphasised
recommendations, and, beside an '... is asked to:' list, paragraphs that ask nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.lexicon import Patterns
from pipeline.records import Recommendation
from pipeline.segment.grammar import RE_PURPOSE, strip_markup

# The segmenter's words are data (models/lexicon/segment.v1.json); these are the shapes they fill.
# a request to respond with no object but its timing, perhaps to whom ("to respond within 28 days", "to reply to the
# Panel by 1 March", "to respond."), and no other ask after it: not "to respond to the Panel's recommendations as set
# out in Appendix 1" or "to the Government consultation", decisions
_ONLY_TIMING = (r"(?:\s+to\s+(?:the\s+)?[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,4})?"
                r"\b(?=\s*(?:(?i:within|by|before|no\s+later\s+than|in\s+writing)\b|[,.;]|$))"
                r"(?![^.;]*\band\s+(?:to\s+)?(?i:{decision_verbs})\b)")
# a passive request: "is asked", "are therefore requested", "will be invited" (one form for every pattern that reads one)
_ASKED = r"\s+(?:is|are|will\s+be)\s+(?:(?:{ask_adverbs})\s+)?(?i:{asked_verbs})"
RX = Patterns(
    "segment",
    # "is RECOMMENDED to"; not "is asked to respond" alone, a request for the answer to the recommendations
    asked=(r"^(?:The\s+)?(?P<who>[A-Z][\w&'’,\- ]{2,80}?)" + _ASKED + r"\s+to\b"
           r"(?!\s+(?i:{response_requests})" + _ONLY_TIMING + ")", 0),
    # "It is recommended that the Committee:", "It is therefore recommended that Members:": the passive's "that" clause
    # puts the resolution its list completes, as "That the Committee:" does
    recommended_that=(r"^It\s+is\s+(?:(?:{ask_adverbs})\s+)?(?i:{asked_verbs})\s+that\s+(?:the\s+)?"
                      r"(?P<who>(?:[A-Z][\w&'’-]*\s+(?:(?:and|&|of|for)\s+)?){0,6}[A-Z][\w&'’-]*)\s*:$", 0),
    imperative=(r"^(?:{decision_verbs})\b", re.I),
    directs=(r"\b(?:{directive_words})\b", re.I),
    conclusions=(r"\b(?:{conclusions})\b", re.I),
    # "The ICB is asked to respond within 28 days": asked for its answer to the others, and for nothing else
    response_only=(r"^(?:The\s+)?[A-Z][\w&'’,\- ]{2,80}?" + _ASKED + r"\s+to\s+(?i:{response_requests})" + _ONLY_TIMING, 0),
    # "The Committee asks the Cabinet to respond within two months ...": the same request, in the active voice
    asks_response=(r"^(?:The\s+)?[A-Z][\w&'’,\- ]{2,80}?\s+(?i:{respond_asks})\s+(?:the\s+)?[A-Z][\w&'’,\- ]{1,80}?"
                   r"\s+to\s+(?i:{response_requests})\b", 0),
    # "Under Procedure Rule 12, the Cabinet must consider this report and respond to each recommendation within two
    # months": the duty to answer the recommendations, described; it asks nothing of its own
    duty_to_respond=(r"^(?:(?:Under|In\s+accordance\s+with|As)\b[^,.;]{0,120},\s*)?(?:the\s+)?[A-Z][\w&'’\- ]{2,60}?\s+"
                     r"(?:must|shall|is\s+required\s+to|has\s+to)\s+(?:(?i:consider)\s+(?:this|the)\s+report\s+and\s+)?"
                     r"(?i:{response_requests})\b(?:\s+to\s+(?:each|every|all|the|its|these|this)\b[^.;]{0,40}?"
                     r"\b(?:recommendations?|report)\b)?(?:\s*,?\s*(?:within|by|before|no\s+later\s+than)\b"
                     r"(?:(?!\band\b)[^.;]){0,50})?\.(?:\s|$)", 0),
)


def _said(text: str) -> str:
    """The words of a text in order, lower case: the same words printed twice are one text."""
    return " ".join(re.findall(r"[a-z0-9]+", text.lower()))


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def similar(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / max(1, len(ta | tb))




def requests_response(text: str) -> bool:
    """A paragraph that asks a body for its response to the recommendations ("The Committee asks the Cabinet to
    respond within two months", "The ICB is asked to respond within 28 days"): the report's request, after its asks,
    never part of one."""
    t = strip_markup(text).strip()
    return bool(RX.asks_response.match(t) or RX.response_only.match(t))


def asks_or_directs(text: str) -> bool:
    """Worded as a recommendation or a decision: 'That ...', 'To ...', 'NOTE ...', '... should ...'.
    'The above options have been considered by the Committee' is narrative, and 'The ICB is asked to
    respond within 28 days' asks for the answer to the recommendations, not for anything they ask."""
    t = strip_markup(text)
    duty = RX.duty_to_respond.match(t)
    if RX.response_only.match(t) or duty is not None and not RX.directs.search(t[duty.end():]):
        return False  # a request for the response to the recommendations, or the duty to give it, is none of them
    put = (t.startswith("That ") or t.startswith("To ") and not RE_PURPOSE.match(t))
    return bool(put or RX.imperative.match(t) or RX.asked.match(t) or RX.directs.search(t))


# A section that numbers this many recommendations apart from its paragraphs ("6.22 I
# recommend: 2. The Minister shall ...") is a narrative: its paragraphs 6.1, 6.2 are not
# recommendations.
MIN_APART = 2


RE_SMALL_CAPS_GAP = re.compile(r"\b([A-Z]) (?=[A-Z]{2,})")  # 'C ONCLUSIONS': a small-caps initial set apart
# Emphasis marks the recommendations among conclusions only when at least this many
# paragraphs are set each way.
MIN_EACH_WAY = 3


def plain_conclusions(styled: list[tuple[Recommendation, str | None]]) -> list[Recommendation]:
    """In a numbered list of 'conclusions and recommendations', parliamentary reports set the
    recommendations in italics or bold and the conclusions in plain type. When the list is
    really split so (a few paragraphs each way), the plain ones are conclusions."""
    counts = Counter(style for _, style in styled if style)
    if not counts:
        return []
    style, n = counts.most_common(1)[0]
    plain = [rec for rec, s in styled if s is None]
    if n < MIN_EACH_WAY or len(plain) < MIN_EACH_WAY:
        return []
    return plain


RE_ROMAN_LABEL = re.compile(r"^(?P<parent>.+)\((?P<roman>[ivx]+)\)$")


def single_subitems(found: list[tuple[Recommendation, bool]]) -> list[tuple[Recommendation, bool]]:
    """A list of one is no list: '4b' with a lone 'i)' under it is recommendation '4b'."""
    labels = [rec.label for rec, _ in found]
    for rec, _ in found:
        m = RE_ROMAN_LABEL.match(rec.label)
        if m and m.group("roman") == "i" and not any(
            lab != rec.label and lab.startswith(m.group("parent") + "(") for lab in labels
        ):
            rec.label = m.group("parent")
    return found


# Two texts under one label with fewer words in common than this are different recommendations.
SAME_TEXT = 0.4


def by_number_only(rec: Recommendation) -> bool:
    """A candidate labelled only by the number of the paragraph it is ("8" of paragraph 8), not by a label printed on
    a recommendation ("Recommendation 8", "8." of a list, "(1)" of paragraph 4.1)."""
    return rec.paragraph is not None and rec.paragraph == rec.label


def dedupe(found: list[tuple[Recommendation, bool]], groups: dict[int, object] | None = None,
           runs: dict[int, int] | None = None) -> list[Recommendation]:
    """One recommendation per label; unlabelled candidates only when nothing is labelled.

    A report often repeats its recommendations in a summary box or a closing list: the
    same label twice keeps the fuller text, and unlabelled summary paragraphs give way
    to the labelled recommendations they repeat. Two different texts under one label are
    the report's own and one it quotes ('In the Interim Report I recommended ...
    Recommendation 3: ...'): the report's own belongs to the longer list, unless the numbering started
    again between them (`runs`: id(recommendation) -> its run of numbering) and neither says again what
    the other asks (`restates`): a reports pack's two reports each ask their own "2.1 (i)", where a
    summary's paraphrase of a recommendation is that recommendation. Of two different texts under one label,
    one printed with it as a recommendation's label ("8. DAERA should ...") is it, not the paragraph numbered 8
    that happens to use a modal in reporting evidence.
    """
    groups, runs = groups or {}, runs or {}
    size = Counter(groups.get(id(rec), id(rec)) for rec, _ in found)

    def weight(rec: Recommendation) -> int:
        return size[groups.get(id(rec), id(rec))]

    by_label: dict[tuple[str, str], Recommendation] = {}
    for rec, has_label in found:
        if not has_label:
            continue
        key = _key(rec)
        kept = by_label.get(key)
        if kept is not None and runs.get(id(rec), 0) != runs.get(id(kept), 0) and _said(rec.text) != _said(kept.text) \
                and not (restates(rec, kept, RESTATES_WORDS) or restates(kept, rec, RESTATES_WORDS)):
            key = (f"{key[0]}~{runs.get(id(rec), 0)}", key[1])  # another paper's own, under the same number
            kept = by_label.get(key)
        if kept is None:
            by_label[key] = rec
        elif (different := similar(rec.text, kept.text) < SAME_TEXT) and weight(rec) != weight(kept):
            if weight(rec) > weight(kept):
                by_label[key] = rec
        elif different and by_number_only(rec) != by_number_only(kept):
            if by_number_only(kept):
                by_label[key] = rec  # the label printed on a recommendation ("8. DAERA should ...") is it, not paragraph 8
        elif _goes_on(kept.text, rec.text):
            continue  # the copy that stops where the other goes on shows where the recommendation ends
        elif _goes_on(rec.text, kept.text) or \
                (rec.paragraph is not None, len(rec.text)) > (kept.paragraph is not None, len(kept.text)):
            by_label[key] = rec  # the fuller copy; a copy cited in its paragraph before a summary box's
    if by_label:
        # in the order the document first gives each label, whichever copy was kept; a summary
        # box's '(1) Note the update' gives way to the same text cited in full as (1) of 4.1
        kept_recs = restatements_dropped(list(by_label.values()), groups)
        return [r for r in kept_recs if not any(
            o is not r and (
                (o.label != r.label and _label_ends_with(o.label, r.label))
                or (o.label == r.label and o.paragraph and not r.paragraph)
            ) and similar(o.text, r.text) >= 0.8  # the labels first: they rule out nearly every pair
            for o in kept_recs)]
    unlabelled: list[Recommendation] = []
    for rec, _ in found:
        if not any(similar(rec.text, kept.text) >= 0.8 for kept in unlabelled):
            unlabelled.append(rec)
    for k, rec in enumerate(unlabelled, start=1):
        rec.label = str(k)  # unnumbered items of one list are labelled 1, 2, ... in order (output contract)
    return unlabelled


def _goes_on(short: str, long: str) -> bool:
    """`long` is the whole of `short`, word for word, and then lines more: a recommendation printed twice, once in a
    summary's list and once in a chapter's box with the chapter's prose run on after it (the box's end not read)."""
    said, lines = _said(short), long.split("\n")
    if not said:
        return False
    for k in range(1, len(lines)):
        head = _said("\n".join(lines[:k]))
        if head == said:
            return bool(_said("\n".join(lines[k:])))
        if len(head) >= len(said):
            return False
    return False


RESTATES = 0.6  # an item restates a recommendation when this share of its words or more are that recommendation's
_SMALL = frozenset(["the", "a", "an", "of", "to", "and", "or", "for", "in", "on", "at", "by", "be", "is", "are", "as", "that", "this", "its", "it", "with", "from"])


def _words(text: str) -> set[str]:
    return {w for w in _tokens(text) if w not in _SMALL}


RESTATES_WORDS = 4  # words: an ask shorter than this ("note the report") says too little to be known again alone


def restates(item: Recommendation, rec: Recommendation, least: int = 1) -> bool:
    """`item` says again, in its own words, what `rec` asks: most of its words are `rec`'s ("Note the consultation
    responses." of "note the responses to the consultation, summarised in section 5 ..."). `least`: the fewest words
    it must have to say so."""
    words = _words(item.text)
    return len(words) >= max(1, least) and len(words & _words(rec.text)) / len(words) >= RESTATES


def restatements_dropped(recs: list[Recommendation], groups: dict[int, object]) -> list[Recommendation]:
    """`recs` without a list that asks again, in other words and under other labels, what another list of the report
    asks, item by item in the same order ("Summary of recommendations | 1 | Note the consultation responses." after
    2.1's "(a) note the responses to the consultation ..."): a decision printed twice is one decision. Of the two
    lists the one cited in a paragraph is kept, else the fuller. Lists of one item stay: a single ask says too little
    to be known again."""
    order: dict[object, list[Recommendation]] = {}
    for rec in recs:
        order.setdefault(groups.get(id(rec), id(rec)), []).append(rec)
    lists = [items for items in order.values() if len(items) >= 2]
    dropped: set[int] = set()
    for k, later in enumerate(lists):
        for earlier in lists[:k]:
            if any(id(r) in dropped for r in earlier) or len(later) != len(earlier):
                continue
            if all(restates(a, b) or restates(b, a) for a, b in zip(later, earlier)):
                cited = [any(r.paragraph for r in items) for items in (earlier, later)]
                fuller = sum(len(r.text) for r in later) > sum(len(r.text) for r in earlier)
                drop = earlier if cited == [False, True] or (cited[0] == cited[1] and fuller) else later
                dropped |= {id(r) for r in drop}
                break
    return [r for r in recs if id(r) not in dropped]


def _key(rec: Recommendation) -> tuple[str, str]:
    """A recommendation's place: its label, and for a lettered item its paragraph too ('a' of 12
    and 'a' of 14 are two recommendations; '2.' inside 6.22 is recommendation 2 of the report's
    one numbering, as is the paragraph '2.' of its list)."""
    lettered = not any(c.isdigit() for c in rec.label)
    within = rec.paragraph if lettered and rec.paragraph and rec.paragraph != rec.label else ""
    return within, rec.label


def _label_ends_with(longer: str, label: str) -> bool:
    """'4.1(1)' ends with the label '(1)' and '4a' with 'a', as parts of their own; '11' and '3.1' do not end with '1'."""
    if not label or not longer.endswith(label) or len(longer) == len(label):
        return False
    before = longer[-len(label) - 1]
    return not (label[0].isdigit() and (before.isdigit() or before == "."))

