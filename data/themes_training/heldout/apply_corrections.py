"""Write the audited held-out gold: `gold/` + `corrections_v1.jsonl` -> `gold_v1/`.

    PYTHONPATH=. python data/themes_training/heldout/apply_corrections.py

`gold/` is never edited; every changed label is a row of `corrections_v1.jsonl` (audit
"heldout-v1", see DATA_CARD.md). A correction that no longer matches its label raises.
"""

from pipeline.themes.labelset import write_audited_gold

if __name__ == "__main__":
    counts = write_audited_gold()
    print(f"gold_v1: {len(counts)} files, {sum(counts.values())} corrections applied")
    for name, n in counts.items():
        print(f"  {n:3d}  {name}")
