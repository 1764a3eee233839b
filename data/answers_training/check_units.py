#!/usr/bin/env python3
"""Check the hand-labelled answer units: a record check, no labels assigned or changed.

For every unit file (`units.*.jsonl` other than second passes): each line parses, has the fields
of `DATA_CARD.md`, ids are unique across all unit files, labels are from the allowed sets, every
stance/progress evidence string occurs verbatim in `answer`, `ask` (where present) is an allowed
type, and the source exists under the shared folder (skipped if that folder is absent).
For every second-pass file (`*second_pass*.jsonl`): each line parses, labels are allowed, ids are
unique within the file and name a unit, and evidence strings occur in that unit's answer.

    python check_units.py                 # all files beside this script
    python check_units.py units.round11.jsonl units.round11.second_pass.jsonl
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
STANCES = {"accepted", "partially_accepted", "rejected", "noted", "unclear"}
PROGRESS = {"completed", "in_progress", "not_started", "unknown"}
ASKS = {"recommendation", "request", "question", "consultation_theme"}
FIELDS = ("id", "source", "locator", "recommendation", "answer", "stance", "stance_evidence",
          "progress", "progress_evidence", "note", "labeller")


def load(path: Path, problems: list[str]) -> list[dict]:
    out = []
    for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            problems.append(f"{path.name}:{n}: blank line")
            continue
        try:
            out.append(json.loads(line))
        except json.JSONDecodeError as e:
            problems.append(f"{path.name}:{n}: does not parse ({e})")
    return out


def check_labels(where: str, u: dict, answer: str | None, problems: list[str]) -> None:
    if u.get("stance") not in STANCES:
        problems.append(f"{where}: stance {u.get('stance')!r}")
    if u.get("progress") not in PROGRESS:
        problems.append(f"{where}: progress {u.get('progress')!r}")
    for key in ("stance_evidence", "progress_evidence"):
        ev = u.get(key)
        if not isinstance(ev, list):
            problems.append(f"{where}: {key} is not a list")
            continue
        for e in ev:
            if not isinstance(e, str) or not e:
                problems.append(f"{where}: empty or non-string {key}")
            elif answer is not None and e not in answer:
                problems.append(f"{where}: {key} not in answer: {e[:60]!r}")


def main(argv: list[str]) -> int:
    paths = [HERE / a for a in argv] if argv else sorted(HERE.glob("units.*.jsonl"))
    unit_files = [p for p in paths if "second_pass" not in p.name]
    second = [p for p in paths if "second_pass" in p.name]
    if argv:  # second passes need every unit file to resolve ids
        unit_files = sorted({*unit_files, *(p for p in HERE.glob("units.*.jsonl") if "second_pass" not in p.name)})
    problems: list[str] = []
    units: dict[str, dict] = {}
    for p in unit_files:
        for u in load(p, problems):
            where = f"{p.name}:{u.get('id')}"
            missing = [f for f in FIELDS if f not in u]
            if missing:
                problems.append(f"{where}: missing {missing}")
            if u.get("id") in units:
                problems.append(f"{where}: duplicate id")
            units[u.get("id")] = u
            if not isinstance(u.get("answer"), str) or not u["answer"].strip():
                problems.append(f"{where}: empty answer")
            if "ask" in u and u["ask"] not in ASKS:
                problems.append(f"{where}: ask {u['ask']!r}")
            if SHARED.is_dir() and u.get("source") and not (SHARED / u["source"]).exists():
                problems.append(f"{where}: source not found under {SHARED}")
            check_labels(where, u, u.get("answer") if isinstance(u.get("answer"), str) else None, problems)
    for p in second:
        seen = set()
        for u in load(p, problems):
            where = f"{p.name}:{u.get('id')}"
            if u.get("id") in seen:
                problems.append(f"{where}: duplicate id")
            seen.add(u.get("id"))
            base = units.get(u.get("id"))
            if base is None:
                problems.append(f"{where}: names no unit")
            check_labels(where, u, base.get("answer") if base else None, problems)
    checked = [p.name for p in (unit_files if not argv else paths)]
    for line in problems:
        print(line)
    print(f"{len(units)} units checked in {len(unit_files)} unit file(s); second passes: "
          f"{', '.join(p.name for p in second) or 'none'}; files asked for: {', '.join(checked)}")
    print("ok" if not problems else f"{len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
