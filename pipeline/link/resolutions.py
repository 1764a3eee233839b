"""Minutes that answer a report's recommendations: each resolution that names them is an answer.

A Cabinet may answer a scrutiny review in its minutes alone: under the item that considered it, a
resolution per recommendation ("(b) Recommendation 1 is agreed, noting that ...", "(e)
Recommendations 4 and 5 are agreed in part: ...", "(g) as regards Recommendation 7, the Cabinet will
consider ..."). Once the minutes are paired with the report, every paragraph that opens by naming
recommendations of that report is the answer to each of them: that paragraph alone, as a resolution is
one item of the list (the next item, "(i) That authority be delegated ...", is another decision). Other
items' resolutions name none of the report's recommendations and are left alone; the decisions an
officer report seeks are settled by `pipeline.link.minutes`, not here.
"""

from __future__ import annotations

import re

from pipeline.answers.asks import is_question
from pipeline.answers.judge import judge_answer
from pipeline.labels import read_labels
from pipeline.link.match import full_title, plain
from pipeline.records import ParsedDocument, Response

RESOLUTIONS_VERSION = "resolutions-2"  # 2: items numbered in figures, "RESOLVED -", answers in reported speech
# what may come before the recommendations a resolution names: "as regards", "in respect of", "on"
_LIST_NUMBER = r"\(?[a-z0-9]{1,4}[.)]\s+"  # a resolution's number in its list: "(2) ", "b. "
_LEAD = re.compile(rf"^(?:{_LIST_NUMBER})?(?:That,?\s+)?(?:(?:as regards|as to|in respect of|with regard to|in relation to|regarding|on|turning to)"
                   r"\s+(?:the\s+)?)?(?=recommendations?\b)", re.I)


def _named(text: str) -> list[str]:
    """The recommendation labels a resolution opens by naming ("Recommendations 4 and 5 are agreed")."""
    m = _LEAD.match(text.strip())
    if not m:
        return []
    rest = text.strip()[m.end():]
    # "as regards Recommendation 7, the Cabinet will ...", "in respect of recommendations 2 and 3, the Cabinet Member
    # said ...": the comma closes the reference; read without it, the list is whole
    reads = [read_labels(rest), read_labels(re.sub(r"^(\w+\s+[\w()]+(?:\s+and\s+[\w()]+)?),", r"\1", rest))]
    return max((r[0] for r in reads if r), key=len, default=[])


_RESOLVED = re.compile(r"^\s*resolved\b", re.I)


def _item_title(p, last: int) -> bool:
    """A minute item's title: a heading, or a minute's number over a line that is no sentence ("61 Response to the
    Scrutiny Committee: ..."), the number running ahead of the last item's (`last`); not the "RESOLVED –" over its
    resolutions, nor a field ("Present:"), nor a resolution numbered in the item ("1 Recommendations 1 and 2 are
    accepted"), whose number is not ahead."""
    t = p.text.strip()
    if not t or t.endswith((":", "\u2013", "\u2014", "-")) or _RESOLVED.match(t):
        return False
    # (a resolution lettered "(c) Recommendation 2 is agreed;" is no item: an item is numbered in figures)
    return p.kind == "heading" or (_item_number(p) > last and "\n" not in t and len(t.split()) <= 30
                                   and not t.endswith((".", ";", ",")))


def _item_number(p) -> int:
    """The minute number a paragraph or heading prints: its number in figures, or the figures its heading opens with
    ("58 Revenue budget monitoring"); 0 for none."""
    number = (p.number or "").rstrip(".")
    if not number and p.kind == "heading" and (m := re.match(r"(\d{1,4})\.?\s", p.text.strip())):
        number = m.group(1)
    return int(number) if number.isdigit() else 0


def _items_about(report: ParsedDocument, minutes: ParsedDocument) -> list:
    """The paragraphs of the minute items whose headings name the report by its title ("59. Response to
    the Scrutiny Review of Home Adaptations"): another item's resolutions answer another report."""
    title = full_title(report.document.meta.title)
    if title is None:
        return []
    out, inside, last = [], False, 0
    for p in minutes.paragraphs:
        if _item_title(p, last):
            inside = f" {title} " in f" {plain(p.text)} "
            last = max(last, _item_number(p))
            continue
        if inside:
            out.append(p)
    return out


def named_share(report: ParsedDocument, minutes: ParsedDocument) -> float:
    """How surely `minutes` answer `report`: the share of the report's recommendations whose labels the
    resolutions name under the minute item whose heading names the report by its title ("Response to the
    Scrutiny Review of Home Adaptations"); 0 where no item names it, since labels alone ("1" to "8")
    would fit any report of eight."""
    item = _items_about(report, minutes)
    asks = {r.label for r in report.recommendations if r.kind != "decision_sought" and not r.conclusion}
    named = {lab for p in item for lab in _named(p.text) if lab in asks}
    return len(named) / len(asks) if asks else 0.0


def resolution_answers(report: ParsedDocument, minutes: ParsedDocument) -> list[Response]:
    """The resolutions of `minutes` that answer recommendations of `report` (not its decisions sought),
    one response per label named, each judged beside the recommendation it answers; [] when the minutes
    name none of them, or only one (a passing mention)."""
    asks = {r.label: r for r in report.recommendations if r.kind != "decision_sought" and not r.conclusion}
    found = [(p, [lab for lab in _named(p.text) if lab in asks]) for p in _items_about(report, minutes)]
    found = [(p, labels) for p, labels in found if labels]
    if sum(len(labels) for _, labels in found) < 2:
        return []
    prefix = minutes.id[:12]
    out: list[Response] = []
    for p, labels in found:
        text = re.sub(r"\s*;\s*(?:and|or)?\s*$", "", p.text.strip())  # the list's "; and" is not the answer's
        text = re.sub(rf"^{_LIST_NUMBER}(?=That\b)", "", text)  # ... nor its number, "(2) That, in respect of ..."
        wanted = [asks[lab].text for lab in labels]
        j = judge_answer(text, all(is_question(q) for q in wanted), "\n".join(wanted))
        for lab in labels:
            out.append(Response(
                uid=f"{prefix}:res{len(out) + 1}", label=lab, text=text, stance=j.stance,  # type: ignore[arg-type]
                progress=j.progress, stance_evidence=list(j.stance_evidence),  # type: ignore[arg-type]
                progress_evidence=list(j.progress_evidence), answers=list(labels), page=p.page,
                generator=f"{RESOLUTIONS_VERSION}+{j.generator}", method="minutes",
            ))
    return out


__all__ = ["RESOLUTIONS_VERSION", "named_share", "resolution_answers"]
