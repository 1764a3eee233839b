"""Round 8 (issue 17): sample the second training batch, council papers, from the invented fixtures.

    python data/themes_training/sample_council_batch.py --list > /tmp/council_files.txt
    python -m flows.cli parse $(cat /tmp/council_files.txt) --out /tmp/council_parsed --workers 2 --no-link --no-themes
    python data/themes_training/sample_council_batch.py --parsed /tmp/council_parsed --out /tmp/council_sample

`--list` prints the candidate documents: every officer report of `tests/fixtures/reports2/` ...
`reports16/` (not minutes, not the forward plan, not the NHS trust's board paper) and every council
scrutiny report and council response of the `tests/fixtures/alignment2/` ... `alignment40/` suites (not
what a government, Parliament, the NHS, the police, a national park, a utility, a housing association, a
university, a trust or an inspector wrote). `tests/fixtures/alignment/`, `reports/` and `robustness/`
gave the first batch or are held out; no held-out council or document (DATA_CARD.md, `heldout/`) and no
seed is ever a candidate (checked on the parsed text too).

`--parsed` reads the pipeline's own segmentation (`--no-themes`: the tagger never ran on them) and
draws a seeded sample (`random.Random(SEED)`): documents in a shuffled order, up to PER_DOCUMENT
paragraphs of at least MIN_WORDS words from each (drawn at random, kept in reading order), until at
least MIN_DOCUMENTS documents and MIN_PARAGRAPHS paragraphs. It writes the unlabelled rows
(`council_batch.unlabelled.jsonl`, labels empty: labelled by hand into `council_batch.jsonl`) and
each sampled document's title and headings (`council_documents.jsonl`: appended to `documents.jsonl`,
which the loader reads for the document context).
"""

from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
FIXTURES = ROOT / "tests" / "fixtures"
SEED = 2028
PER_DOCUMENT = 12
MIN_WORDS = 8
MIN_DOCUMENTS = 44
MIN_PARAGRAPHS = 520
BATCH = "c2"
ANNOTATOR = "themes engineer (issue 17, round 8)"
SUFFIXES = {".pdf", ".txt", ".docx", ".html"}
# never a candidate: the held-out councils (Kent papers name Medway too) and the seeds' councils
HELD_OUT = re.compile(r"hallowmere|ashbury|tamarside|brackenfield|southdown|\bkent\b|medway|leeds|wiltshire", re.I)
# alignment suites: documents another body wrote (a government, Parliament, the NHS, police, ...)
NOT_COUNCIL = re.compile(
    r"government|parliament|senedd|assembly|lords|_pac_|treasury|minister|icb|trust|police|pcc|commissioner"
    r"|national_park|water_company|network_operator|environment_agency|housing_association|universities"
    r"|fire_service|healthwatch|provider|cqc|inspection|independent_review|pfd|mayor|peer_challenge_feedback"
    r"|transport_team|email|slides|minutes|partners|joint_response|departmental|(?<!select)_committee_report")
# reports suites: not an officer report of a council
NOT_REPORT = re.compile(r"^m\d|forward_plan|trust_board")


def candidates() -> list[Path]:
    out = []
    for n in range(2, 17):
        out += [p for p in sorted((FIXTURES / f"reports{n}").glob("r*")) if p.suffix in SUFFIXES
                and not NOT_REPORT.search(p.name)]
    for n in range(2, 41):
        out += [p for p in sorted((FIXTURES / f"alignment{n}").glob("p*")) if p.suffix in SUFFIXES
                and not NOT_COUNCIL.search(p.stem)]
    return [p for p in out if not HELD_OUT.search(p.name)]


def words(text: str) -> int:
    return len(text.split())


def sample(parsed: Path, rng: random.Random) -> tuple[list[dict], list[dict]]:
    stems = {p.stem for p in candidates()}
    docs = []
    for path in sorted(parsed.glob("*.json")):
        d = json.loads(path.read_text(encoding="utf-8"))
        meta = d["document"]
        stem = Path(meta["source"]).stem
        if stem not in stems:
            continue
        text = " ".join(p["text"] for p in d["paragraphs"])
        if HELD_OUT.search(text) or HELD_OUT.search(meta.get("council") or ""):
            raise ValueError(f"{stem} names a held-out council")
        docs.append((stem, meta, d["paragraphs"]))
    rng.shuffle(docs)
    rows: list[dict] = []
    doc_rows: list[dict] = []
    for stem, meta, paras in docs:
        if len(doc_rows) >= MIN_DOCUMENTS and len(rows) >= MIN_PARAGRAPHS:
            break
        eligible = [i for i, p in enumerate(paras) if p["kind"] == "paragraph" and words(p["text"]) >= MIN_WORDS]
        if len(eligible) < 3:  # too little to read a subject from
            continue
        chosen = sorted(rng.sample(eligible, min(PER_DOCUMENT, len(eligible))))
        for i in chosen:
            p = paras[i]
            rows.append({"id": f"{stem}#{p['uid'].split(':', 1)[1]}", "document": stem, "title": meta["title"],
                         "kind": meta["kind"], "council": meta["council"], "paragraph": p["uid"],
                         "number": p["number"], "text": p["text"], "labels": [], "annotator": ANNOTATOR,
                         "pass": 1, "batch": BATCH})
        doc_rows.append({"document": stem, "source": meta["source"], "title": meta["title"], "kind": meta["kind"],
                         "council": meta["council"], "paragraphs": sum(p["kind"] == "paragraph" for p in paras),
                         "headings": [p["text"] for p in paras if p["kind"] == "heading"]})
    return rows, doc_rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--list", action="store_true", help="print the candidate files")
    ap.add_argument("--parsed", type=Path, help="the parse of the candidates (flows.cli parse --no-themes)")
    ap.add_argument("--out", type=Path, help="a scratch folder for the two files")
    args = ap.parse_args(argv)
    if args.list:
        print("\n".join(str(p.relative_to(ROOT)) for p in candidates()))
        return 0
    if args.parsed is None or args.out is None:
        ap.error("--parsed and --out are needed to sample")
    rows, doc_rows = sample(args.parsed, random.Random(SEED))
    args.out.mkdir(parents=True, exist_ok=True)
    with (args.out / "council_batch.unlabelled.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
    with (args.out / "council_documents.jsonl").open("w", encoding="utf-8") as f:
        f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in doc_rows)
    print(f"{len(rows)} paragraphs of {len(doc_rows)} documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
