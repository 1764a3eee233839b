#!/usr/bin/env python3
"""Reproducible draw of TAIC (NZ) answer units for hand labelling.

Reproduces the *selection* of units in ``units.taic.jsonl`` (ids, locators,
recommendation and answer texts); it never assigns labels.

    python sample_taic.py                      # unlabelled units as JSONL on stdout
    python sample_taic.py --out /tmp/x.jsonl   # ... or to a file
    python sample_taic.py --check units.taic.jsonl
        # verify that a labelled file holds exactly this selection (same id,
        # locator, recommendation and answer for every unit)

Design (see NOTES.taic.md):
  * source rows are read with the csv module; ``reply_text`` is mended for
    encoding damage only (UTF-8 read as cp1252, e.g. ``â€™`` -> ``’``, and
    ``_x000D_`` -> line break);
  * a cell holding several dated replies ("On 4 June 2024, the CAA replied:",
    "and on 15 October 2024:") is split into one unit per reply;
  * placeholder replies ("No reply recorded", "[See respondent's other
    comment]", "... declined to reply", ...) are skipped;
  * strata = mode (report_id ``_a_``/``_m_``/``_r_``) x decade of ``made``;
    a target of 280 units is allocated proportionally to each stratum's
    eligible rows, with a floor of 12 units (or all eligible, if fewer);
  * every row with a non-empty ``response_category`` is included first (they
    count towards their stratum's quota);
  * the rest is drawn at random (random.Random(20261130)) row by row in each
    stratum, at most 2 units per recommendation (report_id, recommendation_id),
    skipping a unit whose answer text (whitespace-normalised, case-folded)
    duplicates one already drawn; when a cell holds more replies than the cap
    allows, the replies kept are drawn at random too.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE_REL = "external/taic_nz_recommendations/cleaned_TAIC_recommendations_2024_11_19.csv"
SOURCE = Path("/work/shared") / SOURCE_REL
SEED = 20261130
TARGET_UNITS = 280
FLOOR = 12
CAP_PER_REC = 2

# ---------------------------------------------------------------- cleaning

_NON_ASCII_RUN = re.compile(r"[^\x00-\x7f]+")


def _mend_run(run: str) -> str:
    """Undo UTF-8 bytes that were decoded as cp1252 (undefined bytes kept as latin-1)."""
    buf = bytearray()
    for ch in run:
        try:
            buf += ch.encode("cp1252")
        except UnicodeEncodeError:
            if ord(ch) < 256:
                buf.append(ord(ch))
            else:
                return run
    try:
        return buf.decode("utf-8")
    except UnicodeDecodeError:
        return run


def clean(text: str) -> tuple[str, list[str]]:
    """Return mended text and a list of what was mended."""
    mended = []
    if "_x000D_" in text:
        text = text.replace("_x000D_\r\n", "\n").replace("_x000D_\n", "\n").replace("_x000D_", "\n")
        mended.append("_x000D_ -> line break")
    new = _NON_ASCII_RUN.sub(lambda m: _mend_run(m.group()), text)
    if new != text:
        mended.append("mojibake mended (UTF-8 read as cp1252, e.g. â€™ -> ’)")
    return new, mended


# ---------------------------------------------------------------- splitting

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = r"\d{1,2}(?:st|nd|rd|th)? " + _MONTH + r",? \d{4}"
# a line that opens a dated reply: "On 4 June 2024, the CAA replied:",
# "On 09 June 2020 Sanford Limited further replied:", "and on 15 October 2024:"
_REPLY_HEAD = re.compile(
    r"^[ \t]*(?:and )?on " + _DATE + r"(?:[^\n]*?\b(?:replied|responded)\b[^\n]*|[ \t]*:[ \t]*)$",
    re.I | re.M,
)


def split_replies(text: str) -> list[str]:
    heads = list(_REPLY_HEAD.finditer(text))
    if len(heads) < 2:
        return [text.strip()]
    cuts = [h.start() for h in heads]
    cuts[0] = 0  # any preamble stays with the first reply
    parts = [text[a:b].strip() for a, b in zip(cuts, cuts[1:] + [len(text)])]
    return [p for p in parts if p]


# ---------------------------------------------------------------- placeholders

_PLACEHOLDER = re.compile(
    r"^\W*(?:no reply(?: recorded| received| to sr)?"
    r"|see respondents?'?s? other comments?"
    r"|no response was available.*"
    r"|.*declined to (?:respond|reply))\W*$",
    re.I,
)


def is_placeholder(text: str) -> bool:
    parts = [p for p in re.split(r"\s{2,}|\n", text.strip()) if p.strip()]
    return not parts or all(_PLACEHOLDER.match(p) for p in parts)


# ---------------------------------------------------------------- drawing


def load_rows(path: Path = SOURCE) -> list[dict]:
    with open(path, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    for i, row in enumerate(rows):
        row["_row"] = i + 2  # line of the record's start in a spreadsheet view (header = 1)
        row["_mode"] = row["report_id"].split("_")[1]
        row["_decade"] = row["made"][:3] + "0s"
    return rows


def row_units(row: dict) -> list[dict]:
    text, mended = clean(row["reply_text"])
    replies = split_replies(text)
    rec, rec_mended = clean(row["recommendation_text"])
    out = []
    n = len(replies)
    for k, ans in enumerate(replies, 1):
        if is_placeholder(ans):
            continue
        loc = (f"report_id {row['report_id']}, recommendation_id {row['recommendation_id']}, "
               f"recipient {row['recipient'].strip()}, csv row {row['_row']}")
        if n > 1:
            loc += f", reply {k} of {n}"
        notes = []
        if mended or rec_mended:
            notes.append("Encoding repaired: " + "; ".join(sorted(set(mended + rec_mended))) + ".")
        if row["response_category"].strip():
            notes.append(f"Source response_category: '{row['response_category'].strip()}'.")
        out.append({
            "source": SOURCE_REL,
            "locator": loc,
            "recommendation": rec.strip() or None,
            "answer": ans,
            "_key": (row["report_id"], row["recommendation_id"]),
            "_stratum": (row["_mode"], row["_decade"]),
            "_order": (row["_mode"], row["made"], row["_row"], k),
            "_auto_note": " ".join(notes),
        })
    return out


def allocate(eligible: dict, target: int = TARGET_UNITS, floor: int = FLOOR) -> dict:
    """Proportional allocation with a floor, by bisection on the rate."""
    def quotas(rate):
        return {s: min(n, max(floor, round(rate * n))) for s, n in eligible.items()}
    lo, hi = 0.0, 1.0
    for _ in range(60):
        mid = (lo + hi) / 2
        if sum(quotas(mid).values()) < target:
            lo = mid
        else:
            hi = mid
    return quotas(hi)


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s).strip().casefold()


def draw(rows: list[dict]) -> list[dict]:
    rng = random.Random(SEED)
    by_stratum = defaultdict(list)
    for row in rows:
        units = row_units(row)
        if units:
            by_stratum[(row["_mode"], row["_decade"])].append((row, units))
    quota = allocate({s: len(v) for s, v in by_stratum.items()})

    chosen, per_rec, seen = [], defaultdict(int), set()

    def take(units, forced=False):
        key = units[0]["_key"]
        room = CAP_PER_REC - per_rec[key]
        if not forced:
            units = [u for u in units if norm(u["answer"]) not in seen]
        if room <= 0 or not units:
            return 0
        if len(units) > room:
            idx = sorted(rng.sample(range(len(units)), room))
            units = [units[i] for i in idx]
        for u in units:
            chosen.append(u)
            seen.add(norm(u["answer"]))
            per_rec[key] += 1
        return len(units)

    got = defaultdict(int)
    # 1. all rows that carry a response_category
    for s in sorted(by_stratum):
        for row, units in by_stratum[s]:
            if row["response_category"].strip():
                got[s] += take(units, forced=True)
    # 2. random draw per stratum
    for s in sorted(by_stratum):
        pool = [(r, u) for r, u in by_stratum[s] if not r["response_category"].strip()]
        rng.shuffle(pool)
        for row, units in pool:
            if got[s] >= quota[s]:
                break
            got[s] += take(units)

    chosen.sort(key=lambda u: u["_order"])
    out = []
    for i, u in enumerate(chosen, 1):
        out.append({
            "id": f"taic-{i:04d}",
            "source": u["source"],
            "locator": u["locator"],
            "recommendation": u["recommendation"],
            "answer": u["answer"],
            "note": u["_auto_note"],
        })
    return out, quota, got


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", help="write unlabelled units here (default: stdout)")
    ap.add_argument("--check", help="labelled JSONL to compare with the draw")
    ap.add_argument("--summary", action="store_true", help="print quotas per stratum to stderr")
    a = ap.parse_args()
    units, quota, got = draw(load_rows())
    if a.summary:
        for s in sorted(quota):
            print(f"{s[0]} {s[1]}: quota {quota[s]}, drawn {got[s]}", file=sys.stderr)
        print(f"total units {len(units)}", file=sys.stderr)
    if a.check:
        have = [json.loads(l) for l in open(a.check, encoding="utf-8") if l.strip()]
        fields = ("id", "source", "locator", "recommendation", "answer")
        bad = [(u["id"], f) for u, h in zip(units, have) for f in fields if u[f] != h.get(f)]
        if len(have) != len(units) or bad:
            print(f"MISMATCH: drawn {len(units)}, file {len(have)}; first differences: {bad[:5]}")
            return 1
        print(f"OK: {len(units)} units match the draw")
        return 0
    fh = open(a.out, "w", encoding="utf-8") if a.out else sys.stdout
    for u in units:
        fh.write(json.dumps(u, ensure_ascii=False) + "\n")
    if a.out:
        fh.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
