"""A recommendation printed in two papers of an archive is one recommendation, tracked once.

Archives hold papers more than once: a report on its own and again inside the meeting's reports
pack, a PDF and its text export, a web page and the PDF behind it. Each copy prints the same
recommendations under the same labels, and a response answers only one of them (the paper it echoes
most), so the other copy would wait for an answer that has already been given, or be listed as
overdue forever.

A paper holds another when it holds nearly all of the other's word 5-grams (`HOLDS_MIN`; one way: a
pack holds its report, the report does not hold the pack). Where it does, a recommendation of one
printed with the same label and the same words in the other is the same recommendation. Of each such
set one is the original: the one answered (linked), else a report's own print rather than one a response
or minutes reprint, else the one in the smallest paper (the report itself rather than the pack that
reprints it), then the first by source name; the others are its copies. A print a response quotes as
what it answers is the report's, and no part of any set. A copy keeps its place in its own paper (the
paper's parse is unchanged) but awaits nothing.
"""

from __future__ import annotations

from collections import defaultdict

from pipeline.labels import normalise as norm_label
from pipeline.link.match import paper_ngrams, plain
from pipeline.records import Copy, ParsedDocument, Recommendation

# A reports pack holds each of its reports whole (1.00 of the report's 5-grams); two renderings of one
# paper share 0.83-1.00 (the external documents' PDFs and text exports). A response that restates every
# recommendation holds 0.35 of its report at most, two papers on one call-in 0.32.
HOLDS_MIN = 0.75


def _key(rec: Recommendation) -> tuple[str, str]:
    return norm_label(rec.label), plain(rec.text)


def printed_copies(
    docs: list[ParsedDocument], answered: set[str], quoted: set[str] | None = None,
    texts: dict[str, frozenset[tuple[str, ...]]] | None = None,
) -> list[Copy]:
    """Every recommendation among `docs` that another paper holding the same print answers or tracks.

    `answered` holds the uids of the recommendations linked to an answer (or decided by minutes):
    an answered one is the original of its set, and is never a copy. `quoted` holds those a response
    prints as quotations of what it answers: the report's, neither an original nor a copy. `texts`
    caches each paper's word 5-grams by document id."""
    texts = {} if texts is None else texts
    quoted = quoted or set()
    printed: dict[tuple[str, str], list[tuple[ParsedDocument, Recommendation]]] = defaultdict(list)
    for d in docs:
        for rec in d.recommendations:
            if plain(rec.text) and rec.uid not in quoted:
                printed[_key(rec)].append((d, rec))
    holds: dict[tuple[str, str], bool] = {}

    def related(a: ParsedDocument, b: ParsedDocument) -> bool:
        pair = (a.id, b.id) if a.id < b.id else (b.id, a.id)
        if pair not in holds:
            ta, tb = paper_ngrams(a, texts), paper_ngrams(b, texts)
            small = min(len(ta), len(tb))
            holds[pair] = bool(small) and len(ta & tb) / small >= HOLDS_MIN
        return holds[pair]

    def rank(item: tuple[ParsedDocument, Recommendation]) -> tuple[bool, bool, int, str, str]:
        d, rec = item  # answered first; then a report's own print (not one a response or minutes reprint), the smaller paper
        answering = d.document.meta.kind in ("response", "minutes") or bool(d.responses)
        return rec.uid not in answered, answering, len(texts.get(d.id, ())), d.document.source, rec.uid

    out: list[Copy] = []
    for same in printed.values():
        if len({d.id for d, _ in same}) < 2:
            continue
        for d, _ in same:
            paper_ngrams(d, texts)  # (made before ranking: the smaller paper is the original)
        left = sorted(same, key=rank)
        while left:  # each original takes the prints held with it; a print in an unrelated paper starts its own set
            original, *rest = left
            od = original[0]
            mine = [(d, r) for d, r in rest if d.id != od.id and related(od, d)]
            out += [Copy(r.uid, original[1].uid, d.id, od.id) for d, r in mine if r.uid not in answered]
            taken = {r.uid for _, r in mine} | {original[1].uid}
            left = [item for item in rest if item[1].uid not in taken]
    return out
