#!/usr/bin/env python3
"""Second, smaller draw of TAIC answer units for hand labelling (round 2, `units.taic2.jsonl`).

Same source, cleaning and reply splitting as `sample_taic.py` (imported from it); it draws
only from recommendations that round 1 (`units.taic.jsonl`) did not touch, one unit per
recommendation, 20 per mode (aviation, marine, rail), at random (`random.Random(20261201)`),
skipping answers that duplicate any drawn before and answers shorter than 40 characters.
Ids run on from `taic2-0001`. It assigns no labels.

    python sample_taic_round2.py --out /tmp/taic2.jsonl
"""
from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path

from sample_taic import HERE, load_rows, norm, row_units

SEED = 20261201
PER_MODE = 20
MIN_CHARS = 40


def draw(rows: list[dict], taken: list[dict]) -> list[dict]:
    rng = random.Random(SEED)
    used = {(u["locator"].split(",")[0], u["locator"].split(",")[1]) for u in taken}
    seen = {norm(u["answer"]) for u in taken}
    pools: dict[str, list[dict]] = {}
    for row in rows:
        units = row_units(row)
        if not units:
            continue
        key = tuple(units[0]["locator"].split(",")[:2])
        if key in used:
            continue
        pools.setdefault(row["_mode"], []).append(units)
    out = []
    for mode in sorted(pools):
        pool = pools[mode]
        rng.shuffle(pool)
        got = 0
        for units in pool:
            if got >= PER_MODE:
                break
            unit = rng.choice(units)
            if len(unit["answer"]) < MIN_CHARS or norm(unit["answer"]) in seen:
                continue
            seen.add(norm(unit["answer"]))
            out.append(unit)
            got += 1
    out.sort(key=lambda u: u["_order"])
    return [{"id": f"taic2-{i:04d}", "source": u["source"], "locator": u["locator"],
             "recommendation": u["recommendation"], "answer": u["answer"], "note": u["_auto_note"]}
            for i, u in enumerate(out, 1)]


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--out", type=Path)
    args = ap.parse_args()
    taken = [json.loads(line) for line in (HERE / "units.taic.jsonl").read_text(encoding="utf-8").splitlines() if line]
    units = draw(load_rows(), taken)
    text = "".join(json.dumps(u, ensure_ascii=False) + "\n" for u in units)
    (args.out.write_text(text, encoding="utf-8") if args.out else sys.stdout.write(text))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
