"""Throughput of theme tagging: paragraphs/s for rules alone and rules + context + model.

    .venv/bin/python bench/bench_themes.py [TEXT_DIR ...]

Paragraphs come from data/sample (the seeds) and data/themes_training (paragraphs of
the external PDF text conversions), or from the folders given, and are tagged one
document (one file) at a time, as the pipeline does. Prints figures; asserts nothing.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from pipeline.themes.model import load_model  # noqa: E402
from pipeline.themes.nlp import get_nlp  # noqa: E402
from pipeline.themes.tagger import ThemeTagger  # noqa: E402
from pipeline.themes.taxonomy import cached_taxonomy  # noqa: E402
from pipeline.themes.train import split_paragraphs  # noqa: E402


def documents(dirs: list[Path]) -> list[list[str]]:
    out: list[list[str]] = []
    for d in dirs:
        for p in sorted(d.rglob("*.txt")):
            out.append(split_paragraphs(p.read_text(encoding="utf-8", errors="replace"), min_words=5))
    return out


def external() -> list[list[str]]:
    by_source: dict[str, list[str]] = {}
    for line in (ROOT / "data/themes_training/external_paragraphs.jsonl").read_text().splitlines():
        row = json.loads(line)
        by_source.setdefault(row["source"], []).append(row["text"])
    return list(by_source.values())


def main() -> None:
    dirs = [Path(a) for a in sys.argv[1:]]
    docs = [d for d in (documents(dirs) if dirs else documents([ROOT / "data" / "sample"]) + external()) if d]
    texts = [t for d in docs for t in d]
    words = sum(len(t.split()) for t in texts)
    t0 = time.perf_counter()
    get_nlp()
    build = time.perf_counter() - t0
    t0 = time.perf_counter()
    model = load_model()
    load = time.perf_counter() - t0
    print(f"{len(texts)} paragraphs in {len(docs)} documents, {words} words; "
          f"pipeline build {build:.2f} s, model load {load:.2f} s")
    for name, tagger in (("rules", ThemeTagger(cached_taxonomy(""), None)),
                         ("rules+model", ThemeTagger(cached_taxonomy(""), model))):
        tagger.tag_texts(texts[:50])  # warm-up
        runs = []
        for _ in range(3):
            t0 = time.perf_counter()
            tags = [t for d in docs for t in tagger.tag_texts(d)]
            runs.append(time.perf_counter() - t0)
        best = min(runs)
        n_tags = sum(len(t) for t in tags)
        print(f"{name:12} {len(texts) / best:8.0f} paragraphs/s  {words / best:9.0f} words/s  "
              f"(best of 3: {best:.2f} s; {n_tags} tags, {n_tags / len(texts):.2f}/paragraph)")


if __name__ == "__main__":
    main()
