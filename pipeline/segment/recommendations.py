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
from pipeline.segment.grammar import GRAMMAR_VERSION, ROMANS, strip_markup

GENERATOR = f"rules/{GRAMMAR_VERSION}/recommendations-1"

RE_REC_HEADING = re.compile(r"\brecommendations?\b|\bdecisions? (?:sought|required)\b", re.I)
RE_INTRODUCES_RECS = re.compile(r"\brecommendations?\b|\brecommends?\b", re.I)
RE_ASKED = re.compile(
    r"^(?:The\s+)?(?P<who>[A-Z][\w&'’,\- ]{2,80}?)\s+(?:is|are|will be)\s+(?:asked|requested|invited|recommended)\s+to\b",
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
    re.compile(rf"^To\s+(?:request|seek|receive)\b.*?\bfrom\s+(?:the\s+)?(?P<who>{_NAME})"),
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


def _introduces_list(p: Paragraph) -> bool:
    """'... the following recommendations:' then a) b) c): each item stands alone. Items
    inline in a sentence ('We recommend that the Government (a) ... (b) ...') do not."""
    return bool(re.search(r"[:–—-]\s*$", _lead_in(p))) or not p.number


def _lead_in(p: Paragraph) -> str:
    """The part of a paragraph before its first item."""
    return p.text.split("\n")[0] if p.items else p.text


RE_MAJOR_HEADING = re.compile(r"^(?:chapter|part|section|annex|appendix|schedule)\b", re.I)
RE_RECOMMEND_LEAD = re.compile(r"\b(?:I|we)\s+(?:therefore\s+|also\s+)?recommend(?:s|ed)?\b.*[:–—-]\s*$", re.I | re.S)


def _top(number: str | None) -> str | None:
    return number.split(".")[0] if number and number[0].isdigit() else None


def _chapter_number(heading: str) -> str | None:
    m = re.match(r"^(?:chapter|part|section)\s+(\d+)", heading, re.I)
    return m.group(1) if m else None


def item_labels(p: Paragraph) -> list[tuple[str, str]]:
    """(label, text) of a paragraph's items as recommendations: '4' stands alone, 'b' under
    paragraph 37 is '37b', under item '2' it is '2b', and '(ii)' under '4a' is '4a(ii)'.
    A numbered item with lettered items under it is their title, not a recommendation."""
    out: list[tuple[str, str]] = []
    num = letter = None
    labelled = [i for i in p.items if i.label]
    for k, item in enumerate(labelled):
        lab = item.label or ""
        nxt = labelled[k + 1].label if k + 1 < len(labelled) else None
        if lab.isdigit():
            num, letter = lab, None
            if not (nxt and nxt.isalpha()):
                out.append((lab, item.text))
        elif lab in ROMANS and letter and not (len(lab) == 1 and ord(lab) == ord(letter[-1]) + 1):
            out.append((f"{letter}({lab})", item.text))
        else:
            letter = f"{num or p.number or ''}{lab}"
            follows = len(lab) == 1 and nxt == chr(ord(lab) + 1)
            if not (nxt and nxt in ROMANS and not follows):
                out.append((letter, item.text))
    return out


def find_recommendations(doc: Document, paragraphs: list[Paragraph]) -> list[Recommendation]:
    """Recommendations by form: labelled blocks, items introduced as recommendations,
    and the paragraphs of a recommendations section (see the module docstring)."""
    names = _Names(paragraphs, doc.meta.body)
    found: list[tuple[Recommendation, bool]] = []  # (recommendation, labelled by the document)
    prefix = doc.id[:12]
    lead_in: str | None = None
    section: dict[str, str | None] | None = None  # the recommendations section we are in
    recommend_pending = False  # "Accordingly, I recommend:" just before a numbered title

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

    for k, p in enumerate(paragraphs):
        if p.kind == "heading":
            lead_in = None
            major = bool(p.number or RE_MAJOR_HEADING.match(p.text))
            if RE_REC_HEADING.search(p.text):
                top = _top(p.number) or _chapter_number(p.text)
                # "Recommendation(s):" labels what follows it; "Summary of conclusions and
                # recommendations" titles a section with sub-headings of its own
                label_only = p.text.rstrip().endswith(":") and not major
                section = {"top": top, "title": None, "major": None if label_only else "1"}
            elif recommend_pending and p.number:
                section = {"top": p.number, "title": p.number, "major": "1"}  # "2. Recognising ..." then (a), (b)
            elif major or section and not section["major"]:
                # a section's sub-headings stay inside it; after a "Recommendation:" label,
                # the next heading ("Background documents") is a new section
                section = None
            recommend_pending = False
            continue
        if section and p.number and section["top"] and _top(p.number) and _top(p.number) != section["top"]:
            section = None
        in_section = section is not None
        if p.label:
            add(p.label, _block_text(paragraphs, k), p, None, None)
        elif any(i.label for i in p.items) and _introduces_list(p) and (in_section or RE_INTRODUCES_RECS.search(_lead_in(p))):
            lead = _lead_in(p)
            for label, text in item_labels(p):
                add(label, text, p, p.number, lead)
        elif p.number and in_section:
            if p.text.rstrip().endswith(":"):
                lead_in = p.text
                continue
            label = f"{section['title']}{p.number}" if section and section["title"] and p.number.isalpha() else p.number
            add(label, p.text, p, p.number, lead_in)
        elif not p.number and in_section:
            if p.text.rstrip().endswith(":"):
                lead_in = p.text
            else:
                add(None, p.text, p, None, lead_in)
        recommend_pending = bool(RE_RECOMMEND_LEAD.search(p.text)) and not p.items
    return _dedupe(found)


def _block_text(paragraphs: list[Paragraph], k: int) -> str:
    """A labelled block's text, with the unnumbered paragraphs that carry it on.

    "Recommendation 3" may run over several paragraphs and lists; it ends at the next
    heading, numbered paragraph or labelled block.
    """
    parts = [paragraphs[k].text]
    for p in paragraphs[k + 1 :]:
        if p.kind == "heading" or p.number or p.label:
            break
        parts.append(p.text)
    return "\n".join(parts)


def _dedupe(found: list[tuple[Recommendation, bool]]) -> list[Recommendation]:
    """One recommendation per label; unlabelled candidates only when nothing is labelled.

    A report often repeats its recommendations in a summary box or a closing list: the
    same label twice keeps the fuller text, and unlabelled summary paragraphs give way
    to the labelled recommendations they repeat.
    """
    by_label: dict[str, Recommendation] = {}
    for rec, has_label in found:
        if not has_label:
            continue
        kept = by_label.get(rec.label)
        if kept is None or len(rec.text) > len(kept.text):
            by_label[rec.label] = rec
    if by_label:
        chosen = {id(r) for r in by_label.values()}
        return [rec for rec, _ in found if id(rec) in chosen]
    unlabelled: list[Recommendation] = []
    for rec, _ in found:
        if not any(_similar(rec.text, kept.text) >= 0.8 for kept in unlabelled):
            unlabelled.append(rec)
    for k, rec in enumerate(unlabelled, start=1):
        rec.label = f"R{k}"
    return unlabelled
