"""Time linking over the external evaluation set (+ the seeds) and print what it found.

    .venv/bin/python bench/bench_link.py [--shared ../shared] [--repeat 3] [--pdf]

Parses every seed and every `.pdf.txt` conversion under shared/external (with --pdf,
the PDFs themselves through our reader: slower, but ruled tables are read from their
rules; parse time is reported apart), then times `link_documents` on all of them at once, and prints the
responses found and links made per known report/response pair beside the counts of
shared/external/MANIFEST.md.
"""

from __future__ import annotations

import argparse
import time
from collections import Counter
from datetime import date
from pathlib import Path

from pipeline.link import link_documents, pair_documents
from pipeline.process import Failure, try_parse_file

ROOT = Path(__file__).resolve().parents[1]

# (report file, response file, recommendations, answered / answer blocks) from MANIFEST.md
PAIRS = [
    ("Behaviour-Change-Report-Recomm.pdf.txt", "Behaviour-Change-Response.pdf.txt", 33, "33 in 22 blocks"),
    ("TheSpaceEconomyRecomm.pdf.txt", "TheSpaceEconomyResponse.pdf.txt", 41, "40"),
    ("UK-Covid-19-Inquiry-Module-1-Recomm.pdf.txt", "UK-Covid-19_Inquiry_Module_1_Response.pdf.txt", 10, "10"),
    ("Volume_1-Blood-Inquiry-Recomm.pdf.txt", "Volume_1-Blood-Inquiry-Response.pdf.txt", 12, "12 (36 units)"),
    ("DHSC_rapid_review_mental_health_inpatient_data_report.pdf.txt",
     "DHSC_rapid_review_mental_health_inpatient_data_govt_response.pdf.txt", 13, "13"),
    ("PostOfficeHorizon-I-Inquiry-Recomm.pdf.txt", "PostOfficeHorizon-IT-Inquiry-Response.pdf.txt", 19, "19 (scan: --pdf)"),
    ("cabinet_2025-03-04_Scrutiny_Committee_call-in_Family_Hubs_Report_to_Cabinet_FINAL.pdf.txt",
     "full_council_2025-03-13_Appendix_1_Executive_Response.pdf.txt", 10, "22 rows"),
]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--pdf", action="store_true", help="read the external PDFs, not their text conversions")
    args = ap.parse_args()
    external = sorted((args.shared / "external").rglob("*.pdf" if args.pdf else "*.pdf.txt"))
    files = sorted((args.shared / "corpus" / "seeds").glob("*.txt")) + external
    if not files:
        raise SystemExit(f"no input under {args.shared}")
    t0 = time.perf_counter()
    docs = []
    for f in files:
        parsed = try_parse_file(f, themes=False)
        if not isinstance(parsed, Failure):
            docs.append(parsed)
    parse_s = time.perf_counter() - t0
    n_rec = sum(len(d.recommendations) for d in docs)
    n_resp = sum(len(d.responses) for d in docs)
    candidates = sum(1 for d in docs if d.responses) * sum(1 for d in docs if d.recommendations)
    times = []
    for _ in range(args.repeat):
        t = time.perf_counter()
        result = link_documents(docs, today=date(2026, 2, 1))
        times.append(time.perf_counter() - t)
    print(f"documents {len(docs)} (parsed in {parse_s:.1f} s), recommendations {n_rec}, responses {n_resp}")
    print(f"candidate document pairs before prefilter {candidates}, paired {len(result.pairs)}")
    print(f"link_documents: best {min(times) * 1000:.0f} ms, median {sorted(times)[len(times) // 2] * 1000:.0f} ms "
          f"over {args.repeat} runs; {len(result.links)} links, {len(result.awaiting)} awaiting")
    by_source = {d.source: d for d in docs}
    links = Counter((l.report, l.response_document) for l in result.links)
    paired = {p.response_document: p.report for p in pair_documents(docs)}
    print(f"\n{'pair':34} {'recs':>9} {'responses':>14} {'linked':>7}  paired with the right report")
    for rep, resp, n_recs, n_ans in PAIRS:
        if args.pdf:
            rep, resp = rep.removesuffix(".txt"), resp.removesuffix(".txt")
        r, s = by_source.get(rep), by_source.get(resp)
        got_recs = len(r.recommendations) if r else 0
        got_resp = len(s.responses) if s else 0
        print(f"{resp[:34]:34} {got_recs:>3}/{n_recs:<5} {got_resp:>3}/{n_ans:<10} {links[(rep, resp)]:>7}  "
              f"{'yes' if paired.get(resp) == rep else 'no (' + str(paired.get(resp)) + ')'}")
    methods = Counter(l.method for l in result.links)
    print("\nlink methods:", dict(methods))


if __name__ == "__main__":
    main()
