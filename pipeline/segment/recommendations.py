"""Recommendations of a report and the decisions an officer report asks for.

Three shapes are recognised, by form alone:
- headed blocks: "Recommendation 3" then "That the ..." (the segmenter labels the block);
- the numbered paragraphs of a "Recommendations" section (7.1 Note ..., 4.1 ...), and
  lettered items inside a paragraph that introduces recommendations (37 a) ... e));
- unnumbered paragraphs of a "Recommendations" section, kept only when they are not a
  summary box repeating a recommendation found elsewhere.
"""

from __future__ import annotations

import re
from collections import Counter

from pipeline.records import Document, Paragraph, Recommendation
from pipeline.segment.grammar import GRAMMAR_VERSION, strip_markup

GENERATOR = f"rules/{GRAMMAR_VERSION}/recommendations-1"

RE_REC_HEADING = re.compile(r"\brecommendations?\b|\bdecisions? (sought|required)\b|\bproposals?\b", re.I)
RE_INTRODUCES_RECS = re.compile(r"\brecommendations?\b|\brecommends?\b", re.I)
RE_ASKED = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w&',\- ]{2,80}?)\s+(?:is|are|will be)\s+(?:asked|requested|invited|recommended|requested)\s+to\b",
)
RE_IMPERATIVE = re.compile(
    r"^(?:note|consider|approve|agree|endorse|comment|receive|support|delegate|authorise|adopt|confirm|request|"
    r"recommend|identify|decide|determine|resolve|accept|reject|review|ask)\b",
    re.I,
)
_NAME = r"(?:[A-Z][\w&'’\-]*|&)(?:\s+(?:(?:of|and|for|the|with|responsibility|&)\s+)*(?:[A-Z][\w&'’\-]*|&))*"
RE_THAT_SUBJECT = re.compile(rf"^That\s+(?:[^,]{{0,40}},\s*)?(?:the\s+)?(?P<who>{_NAME})")
RE_TO_FORMS = [
    re.compile(rf"^To\s+recommend\s+to\s+(?:the\s+)?(?P<who>{_NAME})"),
    re.compile(rf"^To\s+recommend\s+that\s+(?:the\s+)?(?P<who>{_NAME})"),
    re.compile(rf"^To\s+(?:ask|request|invite|urge)\s+(?:the\s+)?(?P<who>{_NAME})\s+to\b"),
    re.compile(rf"\bfrom\s+(?:the\s+)?(?P<who>{_NAME})"),
]
RE_ANY_BODY = re.compile(
    rf"(?:the\s+)?(?P<who>{_NAME}\s+(?:Board|Committee|Partnership|Council|Cabinet|Executive|Group|Panel|Forum|Team|Commission))\b"
)
GENERIC = {"Partnership", "Board", "Committee", "Council", "Group", "Panel", "Executive", "Commission", "Forum"}


def _tokens(text: str) -> set[str]:
    return set(re.findall(r"[a-z0-9]+", text.lower()))


def _similar(a: str, b: str) -> float:
    ta, tb = _tokens(a), _tokens(b)
    return len(ta & tb) / max(1, len(ta | tb))


def _drop_article(name: str) -> str:
    """'The Community Safety Partnership' (a sentence start) -> 'Community Safety Partnership'."""
    return re.sub(r"^(?:The|A|An|This|That|Each|Every)\s+", "", name)


class _Names:
    """Proper names of bodies in the document, to resolve 'the Partnership' to its full name."""

    def __init__(self, paragraphs: list[Paragraph], body: str | None) -> None:
        text = "\n".join(p.text for p in paragraphs)
        self.counts = Counter(_drop_article(m.group("who")) for m in RE_ANY_BODY.finditer(text))
        self.body = body

    def resolve(self, who: str) -> str:
        who = who.strip().strip(",.;:")
        last = who.split()[-1] if who.split() else who
        if len(who.split()) == 1 and last in GENERIC:
            if self.body and self.body.endswith(last):
                return self.body
            full = [(n, c) for n, c in self.counts.items() if n.endswith(" " + last) and len(n.split()) > 1]
            if full:
                return max(full, key=lambda nc: (nc[1], len(nc[0])))[0]
        return who


def addressee(text: str, lead_in: str | None, names: _Names) -> str | None:
    """Who a recommendation is addressed to, from its own wording, else its lead-in."""
    t = strip_markup(text)
    m = RE_THAT_SUBJECT.match(t)
    if m:
        who = m.group("who")
        if who.split()[0] in ("The", "A", "An") or len(who) < 3:
            who = " ".join(who.split()[1:])
        if who and who[0].isupper():
            return names.resolve(who)
    for rx in RE_TO_FORMS:
        m = rx.search(t)
        if m:
            return names.resolve(m.group("who"))
    for source in (t, lead_in or ""):
        m = RE_ASKED.match(strip_markup(source))
        if m:
            return names.resolve(m.group("who"))
    if t.startswith(("That ", "To ")):
        m = RE_ANY_BODY.search(t)
        if m:
            return names.resolve(m.group("who"))
    return names.body


def _kind(doc: Document, text: str, lead_in: str | None) -> str:
    if doc.meta.kind == "scrutiny_report":
        return "scrutiny_recommendation"
    if lead_in and RE_INTRODUCES_RECS.search(lead_in):
        return "scrutiny_recommendation"
    if doc.meta.kind == "officer_report" or RE_ASKED.match(text) or RE_IMPERATIVE.match(text):
        return "decision_sought"
    return "scrutiny_recommendation"


def _lead_in(p: Paragraph) -> str:
    """The part of a paragraph before its first item."""
    return p.text.split("\n")[0] if p.items else p.text


def find_recommendations(doc: Document, paragraphs: list[Paragraph]) -> list[Recommendation]:
    names = _Names(paragraphs, doc.meta.body)
    found: list[tuple[Recommendation, bool]] = []  # (recommendation, labelled by the document)
    prefix = doc.id[:12]
    lead_in: str | None = None

    def add(label: str | None, text: str, paragraph: Paragraph, par_number: str | None, lead: str | None) -> None:
        text = strip_markup(text)
        if not text:
            return
        rec = Recommendation(
            uid=f"{prefix}:rec:{label or paragraph.position}",
            label=label or "",
            kind=_kind(doc, text, lead),  # type: ignore[arg-type]
            addressee=addressee(text, lead, names),
            text=text,
            paragraph=par_number,
            page=paragraph.page,
            generator=GENERATOR,
        )
        found.append((rec, label is not None))

    for p in paragraphs:
        if p.kind == "heading":
            lead_in = None
            continue
        in_section = bool(p.heading and RE_REC_HEADING.search(p.heading))
        if p.label:
            add(p.label, p.text, p, None, None)
        elif any(i.label for i in p.items) and (in_section or RE_INTRODUCES_RECS.search(_lead_in(p))):
            lead = _lead_in(p)
            for item in p.items:
                if item.label:
                    add(f"{p.number or ''}{item.label}", item.text, p, p.number, lead)
        elif p.number and in_section and p.number.count(".") >= 1 or p.number and in_section and not p.items:
            if p.text.rstrip().endswith(":"):
                lead_in = p.text
                continue
            add(p.number, p.text, p, p.number, lead_in)
        elif not p.number and in_section:
            if p.text.rstrip().endswith(":"):
                lead_in = p.text
            else:
                add(None, p.text, p, None, lead_in)
    return _dedupe(found)


def _dedupe(found: list[tuple[Recommendation, bool]]) -> list[Recommendation]:
    """Drop summary-box repeats: an unlabelled or earlier copy of a labelled recommendation."""
    keep: list[Recommendation] = []
    labelled = [r for r, has_label in found if has_label]
    for rec, has_label in found:
        if not has_label:
            if any(_similar(rec.text, other.text) >= 0.6 for other in labelled):
                continue
        if any(k.label == rec.label and _similar(k.text, rec.text) >= 0.8 for k in keep):
            continue
        keep.append(rec)
    unlabelled = [r for r in keep if not r.label]
    for k, rec in enumerate(unlabelled, start=1):
        rec.label = f"R{k}"
    return keep
