"""A tracker's colours, read through the key its own document prints.

A RAG colour says nothing by itself: one council's Green is "complete", another's "on track",
a third's "work has started". So the colours are not status words (answer lexicon
`status_*`), and a tracker that prints only "Green", "Amber" and "Red" in its status column
decided no progress. But a tracker that uses colours prints what they mean, in a key or
legend ("RAG status key: Blue - complete. Green - on track: work on the action has started
... Red - work on the action has not started"). `read_key` reads that key from the
document; `keyed` reads each answer's colour cells through it, as the status words the key
gives them, where the answer prints no status in words:

- the last status printed decides, as for any printed status (labelling guide rule 2.4);
- an answer with several colour cells gives one colour per action row, and "a mixture of
  done and not done is `in_progress`" (rule 2.2);
- progress stays `unknown` where the stance is rejected or noted (rule 2.1).

The words are the answer lexicon's (`key_heads`, `key_completed`, `key_in_progress`,
`key_not_started`, `key_unsure`, `rag_colours`, `status_fields`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.answers.judge import judge_answer, printed_status
from pipeline.answers.stance import classify_stance, progress_given_stance
from pipeline.lexicon import Patterns
from pipeline.records import Line, Paragraph, Response

RX = Patterns(
    "answers",
    # a key's title, alone ("RAG status key") or before its entries on the same line ("Key: Blue = complete; ...")
    head=(r"^\s*(?:{key_heads})\b\s*[:\u2013\u2014-]?\s*", re.I),
    # one entry: a colour, a separator, what it means ("Blue - complete", "Red: not started", "Amber\tat risk")
    entry=(r"^\s*(?:[-\u2022*\u25cf]\s*)?({rag_colours})\b(?:\s*\([^)]{0,30}\))?\s*(?:[:=\t\u2013\u2014]|\s-\s|-)\s*(\S.*)$", re.I),
    colour=(r"^\s*({rag_colours})\s*$", re.I),
    # a colour cell of an answer, with or without its field name ("Green", "RAG status: Amber"), or opening the cell
    # before a dash and what has happened ("Amber \u2013 briefing drafted, not yet issued")
    cell=(r"^(?:(?:{status_fields})\s*[:\u2013\u2014-]\s*)?({rag_colours})\s*(?:\.?$|[\u2013\u2014:]\s*\S|\s-\s*\S)", re.I),
    completed=(r"\b(?:{key_completed})\b", re.I),
    in_progress=(r"\b(?:{key_in_progress})\b", re.I),
    not_started=(r"\b(?:{key_not_started})\b", re.I),
    unsure=(r"\b(?:{key_unsure})\s+$", re.I),
)
MIN_COLOURS = 2  # a key defines at least two colours
MIN_UNTITLED = 3  # ... and a key with no title ("Colour | Meaning" rows under a sentence) at least three, line after line
MAX_MEANING_WORDS = 40  # what a colour means is a phrase or two, not a paragraph of prose
MAX_KEY_PARAGRAPHS = 8  # a key set one entry to a paragraph (a list, a PDF's lines) runs this far at most


@dataclass(frozen=True, slots=True)
class KeyEntry:
    """What one colour of the key means: its words as printed and the progress they say."""

    colour: str
    meaning: str
    progress: str | None  # "completed", "in_progress", "not_started"; None: the words say no progress ("on track")

    @property
    def printed(self) -> str:
        return f"{self.colour.capitalize()}: {self.meaning}"


def meaning_progress(meaning: str) -> str | None:
    """The progress a key's words for a colour say: "not started" before "started"; a completion word
    not put off ("expected to be completed" is not done); else work begun. None: no progress said, or a choice of
    states that say different things ("some slippage or not yet started": late, or not begun)."""
    # "Under way, but behind the target date or at risk": the state comes first, what qualifies it after the comma, the
    # "but" or a dash, where a choice of qualifiers changes nothing
    parts = re.split(r",\s*(?:but\s+)?|\s+but\s+|\s+[\u2013\u2014]\s+", meaning, maxsplit=1)  # (or a dash: "in progress – the figure ...")
    if len(parts) == 2 and " or " not in parts[0] and (first := meaning_progress(parts[0])) is not None:
        return first
    options = re.split(r"\s+or\s+", meaning)
    if len(options) > 1:
        said = {meaning_progress(o) for o in options}
        return said.pop() if len(said) == 1 else None
    if RX.not_started.search(meaning):
        return "not_started"
    for m in RX.completed.finditer(meaning):
        if not RX.unsure.search(meaning[max(0, m.start() - 20):m.start()]):
            return "completed"
    if RX.in_progress.search(meaning):
        return "in_progress"
    return None


def _entries(lines: list[str]) -> list[tuple[str, str]]:
    """(colour, meaning) of each entry in `lines`: "Blue - complete", or a colour alone on its line
    with its meaning on the next (a table's cells read line by line)."""
    out: list[tuple[str, str]] = []
    k = 0
    while k < len(lines):
        line = RX.head.sub("", lines[k], count=1) if RX.head.match(lines[k]) else lines[k]
        if m := RX.entry.match(line):
            out.append((m.group(1).lower(), " ".join(m.group(2).split())))
        elif (c := RX.colour.match(line)) and k + 1 < len(lines) and not RX.colour.match(lines[k + 1]) \
                and not RX.entry.match(lines[k + 1]):
            out.append((c.group(1).lower(), " ".join(lines[k + 1].split())))
            k += 1
        k += 1
    return out


def _lines(text: str) -> list[str]:
    return [s for s in (x.strip() for x in re.split(r"[\n;]", text)) if s]


def read_key(paragraphs: list[Paragraph]) -> dict[str, KeyEntry]:
    """The colours a document's key defines, read from its paragraphs (`key_of`)."""
    return key_of([p.text for p in paragraphs])


def key_of(texts: list[str]) -> dict[str, KeyEntry]:
    """The colours a document's key defines, each with what it means, or {} when it prints no key; `texts`: its
    paragraphs', or a table's rows'.

    A key is titled (`key_heads`: a heading or line "RAG status key", or "Key:" before its entries)
    and defines at least `MIN_COLOURS` colours, each once, in short phrases; its entries are on the
    titled paragraph's lines or on the paragraphs that follow the title, one or more each. Untitled, it
    is `MIN_UNTITLED` or more lines in a row, each opening with a colour it defines once ("Blue\tComplete",
    "Green\tOn track", "Red\tNot started": a table a sentence introduces); a tracker's rows open with
    their numbers, not their colours."""
    for i, text in enumerate(texts):
        lines = _lines(text)
        if not lines or not RX.head.match(lines[0]):
            continue
        titled_alone = not RX.head.sub("", lines[0], count=1).strip()
        found = _entries(lines)
        if titled_alone and len(lines) == 1:  # the title is a paragraph of its own: the entries follow it
            for nxt in texts[i + 1:i + 1 + MAX_KEY_PARAGRAPHS]:
                more = _entries(_lines(nxt))
                if not more:
                    break
                found += more
        colours = [c for c, _ in found]
        if len(set(colours)) < MIN_COLOURS or len(colours) != len(set(colours)):
            continue
        if any(len(meaning.split()) > MAX_MEANING_WORDS for _, meaning in found):
            continue
        return {c: KeyEntry(c, meaning, meaning_progress(meaning)) for c, meaning in found}
    for text in texts:  # untitled: "The colours are used as follows:", then a table "Blue | Complete" ...
        for run in _runs(_lines(text)):
            if len(run) >= MIN_UNTITLED and len({c for c, _ in run}) == len(run) \
                    and all(len(meaning.split()) <= MAX_MEANING_WORDS for _, meaning in run):
                return {c: KeyEntry(c, meaning, meaning_progress(meaning)) for c, meaning in run}
    return {}


def _runs(lines: list[str]) -> list[list[tuple[str, str]]]:
    """Runs of consecutive lines that each define a colour ("Blue\tComplete", "Red - not started")."""
    runs: list[list[tuple[str, str]]] = [[]]
    for line in lines:
        if m := RX.entry.match(line):
            runs[-1].append((m.group(1).lower(), " ".join(m.group(2).split())))
        elif runs[-1]:
            runs.append([])
    return [r for r in runs if r]


def _statuses(text: str, key: dict[str, KeyEntry]) -> list[tuple[str, list[str], bool]]:
    """Each status an answer prints, in order: (progress, evidence, whether read through the key)."""
    out: list[tuple[str, list[str], bool]] = []
    for cell in (c.strip() for c in re.split(r"\n\s*\n", text)):
        if not cell:
            continue
        if (m := RX.cell.match(cell)) and (entry := key.get(m.group(1).lower())) is not None:
            # (a colour whose words say no progress, "on track", is still an action row's colour: "unknown")
            out.append((entry.progress or "unknown", [cell, entry.printed], True))
            continue
        if said := printed_status(cell):
            out.append((said[0], said[1], False))
    return out


# a symbol's entry in a key: "✔<TAB>Agreed", "◑ – Agreed in part" (a mark that is no letter, digit or list bullet)
# ... or in a bulleted list, the mark and its words apart by a space only ("• ✓ complete", "• ○ not started")
RE_SYMBOL_ENTRY = re.compile(r"^\s*(?:[-\u2022*\u25cf]\s+)?(?P<symbol>[^\w\s\-\u2022*\u25cf\u2013\u2014(\[\"'\u201c\u2018.,;:%£$])\s*"
                             r"(?:\t|[:=\u2013\u2014]|\s-\s|(?<=\s)(?=[a-z]))\s*(?P<meaning>\S.{0,120})$")
# a code's entry in a key, "PA = Partially accepted", one to a line or run on in one: read over the paragraph's words
RE_CODE_ENTRIES = re.compile(r"(?:^|(?<=\s))(?P<symbol>[A-Z]{1,3})\s*=\s*(?P<meaning>\S.{0,60}?)(?=\s+[A-Z]{1,3}\s*=|[.;]?$)")
MIN_SYMBOLS = 2  # a key gives at least two symbols their verdicts


def _symbol_entries(p: Paragraph) -> list[re.Match[str]]:
    """The lines of `p` that are a symbol's entry in a key (`RE_SYMBOL_ENTRY`)."""
    return [m for line in _lines(p.text) if (m := RE_SYMBOL_ENTRY.match(line))]


def read_symbol_key(paragraphs: list[Paragraph]) -> dict[str, str]:
    """The symbols a response's key explains as verdicts ("✔ Agreed", "◑ Agreed in part", "✘ Not agreed", "➜ Referred
    to another body"): {symbol: meaning}, where at least MIN_SYMBOLS of the entries are verdicts the stance rules read;
    {} where the document prints no such key. A symbol means what its key says, as a colour does."""
    for p in paragraphs:
        entries = _symbol_entries(p)
        if len(entries) < MIN_SYMBOLS:  # a key of codes: "A = Accepted PA = Partially accepted NA = Not accepted"
            entries = list(RE_CODE_ENTRIES.finditer(" ".join(p.text.split())))
        if sum(classify_stance(m.group("meaning"))[0] != "unclear" for m in entries) >= MIN_SYMBOLS:
            return {m.group("symbol"): m.group("meaning").strip() for m in entries}
    return {}


def read_progress_symbols(paragraphs: list[Paragraph]) -> dict[str, KeyEntry]:
    """The symbols a tracker's key explains as progress ("✓ complete", "◐ in progress", "○ not started"): {symbol:
    entry}, where at least MIN_SYMBOLS of the entries say a progress (`meaning_progress`); {} where none does."""
    for p in paragraphs:
        entries = _symbol_entries(p)
        said = {m.group("symbol"): KeyEntry(m.group("symbol"), m.group("meaning").strip(),
                                            meaning_progress(m.group("meaning"))) for m in entries}
        if sum(e.progress is not None for e in said.values()) >= MIN_SYMBOLS:
            return said
    return {}


def _by_progress_symbol(responses: list[Response], key: dict[str, KeyEntry]) -> list[Response]:
    """Each answer whose last paragraph, its status cell, opens with a symbol of the progress key ("◐ 40%"): the progress
    that symbol means (the latest statement printed, guide rule 2.4), where its stance allows one."""
    out = []
    for r in responses:
        last = r.text.strip().split("\n")[-1].strip()
        entry = key.get(last[:1])
        if entry is not None and entry.progress and progress_given_stance(r.stance, entry.progress) == entry.progress:
            r = replace(r, progress=entry.progress, progress_evidence=[last, f"{entry.colour} {entry.meaning}"])  # type: ignore[arg-type]
        out.append(r)
    return out


def _by_symbol(responses: list[Response], key: dict[str, str]) -> list[Response]:
    """Each answer that opens with a symbol of the key, judged with the symbol read as its verdict in words (which
    wins, as a printed verdict does: labelling guide rule 1); its text stays as printed."""
    out = []
    for r in responses:
        text = r.text.lstrip()
        code = text.split(maxsplit=1)[0] if text.split() else ""
        symbol = text[:1] if text[:1] in key and not text[:1].isalnum() else \
            code if code in key and text[len(code):].lstrip()[:1].isupper() else ""
        if symbol:  # (a code "A" before its answer's first sentence, "A A condition survey ...": not the article "A page ...")
            j = judge_answer(f"{key[symbol]}.\n\n{text[len(symbol):].lstrip()}")
            r = replace(r, stance=j.stance, stance_evidence=list(j.stance_evidence), progress=j.progress,  # type: ignore[arg-type]
                        progress_evidence=list(j.progress_evidence))
        out.append(r)
    return out


def keyed(responses: list[Response], paragraphs: list[Paragraph], lines: Sequence[Line] = ()) -> list[Response]:
    """`responses` with the progress their colour cells print, read through the document's key (the
    same list when the document prints no key or nothing changes), and with the verdicts their symbols print, read
    through the document's key of symbols. `lines`: the document's lines, where a key set as a table is read
    (a table's rows are no paragraphs)."""
    symbols = read_symbol_key(paragraphs) if responses else {}
    if symbols:
        responses = _by_symbol(responses, symbols)
    elif responses and (marks := read_progress_symbols(paragraphs)):
        responses = _by_progress_symbol(responses, marks)
    key = read_key(paragraphs) if responses else {}
    if responses and not key and lines:  # a key set as a table ("RAG key" over "Green | On track ..."): its rows,
        # and the line over them that titles them
        key = key_of([ln.text for k, ln in enumerate(lines) if ln.table or k + 1 < len(lines) and lines[k + 1].table])
    if not any(e.progress for e in key.values()):
        return responses
    out, changed = [], False
    for r in responses:
        statuses = _statuses(r.text, key)
        if any(s[2] and s[0] != "unknown" for s in statuses):
            progress, evidence, _ = statuses[-1]  # the latest statement (rule 2.4) ...
            if len({s[0] for s in statuses}) > 1:  # ... but a colour is given per action row: a mixture (rule 2.2),
                # rows done beside rows whose colour says they are not, or says nothing of it ("Green - on track")
                progress, evidence = "in_progress", [e for s in statuses if s[0] != "unknown" for e in s[1]]
            if progress != "unknown" and progress_given_stance(r.stance, progress) == progress and progress != r.progress:
                r, changed = replace(r, progress=progress, progress_evidence=list(dict.fromkeys(evidence))), True  # type: ignore[arg-type]
        out.append(r)
    return out if changed else responses


__all__ = ["KeyEntry", "key_of", "keyed", "meaning_progress", "read_key", "read_progress_symbols", "read_symbol_key"]
