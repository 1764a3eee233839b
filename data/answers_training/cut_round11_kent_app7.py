#!/usr/bin/env python3
"""Cut the rows of Kent's Appendix 7 (draft responses to consultation feedback) into answer units.

Round 11 (`units.round11.jsonl`). Reads the ruled two-column table with pdfplumber (one table
row = one feedback theme and its draft KCC response), rebuilds each cell's text from its words:
lines joined with a space, a vertical gap of more than 20 pt (a blank line in the PDF) kept as a
paragraph break, a line that ends in a letter and a hyphen joined to the next line without a space
(the hyphen kept: 'z-' + 'cards' -> 'z-cards'). A row whose first cell is empty at the top of a page
continues the row before it: joined with a space when the text before the break ends mid-sentence,
with a paragraph break when it ends in . ! ? or :. Every join of either kind is listed per row.

It assigns no labels. It reproduces the answers of the 20 rows labelled in round 1
(`units.documents.jsonl`, doc-0141 .. doc-0160) character for character, and marks them, so that
round 11 takes only the other rows.

    python cut_round11_kent_app7.py --out /tmp/app7_rows.json      # all rows, with round-1 ids
    python cut_round11_kent_app7.py --check units.round11.jsonl     # answers/locators still match
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

import pdfplumber

HERE = Path(__file__).resolve().parent
SOURCE = "external/kent_cc_moderngov/full_council_2025-03-13_Appendix_7_Draft_Responses_to_Consultation_Feedback.pdf"
SHARED = Path("/work/shared")
PARA_GAP = 20.0  # pt between line tops; a normal line is 13-14 pt, a blank line 22-25 pt
SECTIONS = {
    "Consultation feedback relating to Seashells": "Section 1 (Seashells)",
    "Consultation feedback relating to Millmead": "Section 2 (Millmead)",
    "Consultation feedback relevant across both sites": "Section 3 (both sites)",
}


def cell_text(page, bbox) -> tuple[str, int]:
    """Text of one cell and the number of line-end hyphen joins made."""
    if bbox is None:
        return "", 0
    words = page.crop(bbox).extract_words(x_tolerance=1.5)
    lines: list[dict] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        if lines and abs(lines[-1]["top"] - w["top"]) < 2.5:
            lines[-1]["words"].append(w)
        else:
            lines.append({"top": w["top"], "words": [w]})
    out, prev, hyphens = "", None, 0
    for line in lines:
        text = " ".join(w["text"] for w in sorted(line["words"], key=lambda w: w["x0"]))
        if prev is not None:
            if line["top"] - prev["top"] > PARA_GAP:
                out += "\n\n"
            elif re.search(r"\w-$", out):
                hyphens += 1
            else:
                out += " "
        out += text
        prev = line
    return out, hyphens


def cut(pdf_path: Path) -> list[dict]:
    rows: list[dict] = []
    section = None
    with pdfplumber.open(pdf_path) as pdf:
        for pno, page in enumerate(pdf.pages, 1):
            for table in page.find_tables():
                for r in table.rows:
                    cells = r.cells
                    left, lh = cell_text(page, cells[0])
                    right, rh = cell_text(page, cells[1]) if len(cells) > 1 else ("", 0)
                    key = next((k for k in SECTIONS if left.startswith(k)), None)
                    if key:
                        section = SECTIONS[key]
                        continue
                    if left == "Consultation Feedback":
                        continue
                    if not left.strip() and rows:  # the row before, continued on this page
                        prev = rows[-1]
                        mid = not re.search(r"[.!?:]$", prev["answer"])
                        prev["answer"] += (" " if mid else "\n\n") + right
                        prev["pages"].append(pno)
                        prev["mends"].append(
                            f"page break pp. {prev['pages'][0]}-{pno} joined "
                            + ("mid-sentence with a space" if mid else "as a paragraph break"))
                        if rh:
                            prev["mends"].append(f"{rh} line-end hyphen join(s) on p. {pno}")
                        continue
                    mends = []
                    if rh:
                        mends.append(f"{rh} line-end hyphen join(s) in the response")
                    if lh:
                        mends.append(f"{lh} line-end hyphen join(s) in the feedback theme")
                    rows.append({"section": section, "recommendation": left, "answer": right,
                                 "pages": [pno], "mends": mends})
    for r in rows:
        theme = r["recommendation"]
        short = theme if len(theme) <= 60 else theme[:60] + "…"
        pages = (f"p. {r['pages'][0]}" if len(r["pages"]) == 1
                 else f"pp. {r['pages'][0]}-{r['pages'][-1]}")
        r["locator"] = f"{r['section']}, row “{short}”, {pages}"
    return rows


def mark_round1(rows: list[dict]) -> None:
    done = [json.loads(x) for x in (HERE / "units.documents.jsonl").read_text().splitlines() if x.strip()]
    done = {u["locator"]: u for u in done if u["source"] == SOURCE}
    for r in rows:
        u = done.get(r["locator"])
        r["round1_id"] = u["id"] if u else None
        if u and u["answer"] != r["answer"]:
            raise SystemExit(f"{u['id']}: answer differs from the cut")
    if sum(1 for r in rows if r["round1_id"]) != len(done):
        raise SystemExit("not every round-1 row was found")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pdf", type=Path, default=SHARED / SOURCE)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--check", type=Path, help="a units file whose Appendix 7 units must match the cut")
    a = ap.parse_args()
    rows = cut(a.pdf)
    mark_round1(rows)
    if a.out:
        a.out.write_text(json.dumps(rows, ensure_ascii=False, indent=1))
    print(f"{len(rows)} rows, {sum(1 for r in rows if r['round1_id'])} labelled in round 1")
    if a.check:
        by_loc = {r["locator"]: r for r in rows}
        bad = 0
        for line in a.check.read_text().splitlines():
            u = json.loads(line)
            if u["source"] != SOURCE:
                continue
            r = by_loc.get(u["locator"])
            if r is None or r["answer"] != u["answer"] or r["recommendation"] != u["recommendation"]:
                print("mismatch:", u["id"], u["locator"])
                bad += 1
            elif r["round1_id"]:
                print("already labelled in round 1:", u["id"], r["round1_id"])
                bad += 1
        print("check:", "ok" if not bad else f"{bad} problem(s)")
        return 1 if bad else 0
    return 0


if __name__ == "__main__":
    sys.exit(main())
