"""Good-practice statements found in the external documents' text, for measuring precision.

    python bench/bench_good_practice.py [--json OUT]

Reads every `*.pdf.txt` under ../shared/external (pdfminer's text of real PDFs), splits it
into paragraphs at blank lines, and prints each sentence the cover report would quote as
good practice (`pipeline.report.cover.good_practice_sentences`). The hand labels of these
hits are in tests/fixtures/good_practice/external.json; tests/test_report_good_practice.py
checks the rule's precision against them.
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from pipeline.report.cover import good_practice_sentences

EXTERNAL = Path(__file__).resolve().parents[1].parent / "shared" / "external"


def paragraphs(text: str) -> list[str]:
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n|\f", text) if p.strip()]


def hits(root: Path = EXTERNAL) -> list[dict[str, str]]:
    out = []
    for path in sorted(root.rglob("*.pdf.txt")):
        for para in paragraphs(path.read_text(encoding="utf-8", errors="replace")):
            for sentence in good_practice_sentences(para):
                out.append({"file": path.name, "sentence": sentence})
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="write the hits here (unlabelled)")
    args = parser.parse_args()
    found = hits()
    for h in found:
        print(f"{h['file'][:40]:40} {h['sentence'][:200]}")
    print(f"{len(found)} good-practice sentence(s)")
    if args.json:
        args.json.write_text(json.dumps(found, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
