"""(Re)train the learned theme layer from the committed training data.

    python -m pipeline.themes.train                       # data/themes_training -> models/themes
    python -m pipeline.themes.train --rebuild-from /path/to/external   # re-extract paragraphs first

Training data (see data/themes_training/DATA_CARD.md):
- `external_paragraphs.jsonl`: paragraphs of real public documents (council papers,
  inquiry reports, government responses), labelled weakly by the taxonomy rules;
- `hand_labelled.jsonl`: short paragraphs written and labelled by hand, weighted higher.

The gold evaluation set (data/gold, shared/gold) is never read here.
"""

from __future__ import annotations

import argparse
import json
import logging
import re
from dataclasses import dataclass
from pathlib import Path

from pipeline.config import DATA_DIR
from pipeline.themes.model import ThemeClassifier, default_model_path, save_model
from pipeline.themes.nlp import get_nlp, lemma_text

log = logging.getLogger(__name__)

TRAINING_DIR = DATA_DIR / "themes_training"
EXTERNAL_FILE = "external_paragraphs.jsonl"
HAND_FILE = "hand_labelled.jsonl"
HAND_WEIGHT = 3.0
MAX_PER_DOCUMENT = 250
_BLANK = re.compile(r"\n\s*\n|\f")
_WORD = re.compile(r"[A-Za-z]{2,}")


@dataclass(slots=True)
class Example:
    text: str
    themes: list[str]
    weight: float
    source: str


def split_paragraphs(text: str, *, min_words: int = 12, max_chars: int = 2000) -> list[str]:
    """Blank-line blocks of a text conversion, lines joined; drops short and table-like blocks."""
    out = []
    for block in _BLANK.split(text):
        para = " ".join(line.strip() for line in block.splitlines() if line.strip())
        words = _WORD.findall(para)
        if len(words) >= min_words and len(para) <= max_chars and len(words) / max(len(para.split()), 1) > 0.6:
            out.append(para)
    return out


def extract_external(src: Path, out: Path, per_document: int = MAX_PER_DOCUMENT) -> int:
    """Write paragraphs of every `*.pdf.txt` under `src` to `out` (jsonl), evenly sampled per file."""
    rows = []
    for path in sorted(src.rglob("*.pdf.txt")):
        paras = split_paragraphs(path.read_text(encoding="utf-8", errors="replace"))
        if len(paras) > per_document:
            step = len(paras) / per_document
            paras = [paras[int(i * step)] for i in range(per_document)]
        rows += [{"source": str(path.relative_to(src)), "n": i, "text": p} for i, p in enumerate(paras)]
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    return len(rows)


def _jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def load_examples(training_dir: Path = TRAINING_DIR) -> list[Example]:
    """Hand-labelled examples as given; external paragraphs labelled by the rules alone."""
    from pipeline.themes.tagger import ThemeTagger
    from pipeline.themes.taxonomy import cached_taxonomy

    examples = [Example(r["text"], list(r["themes"]), HAND_WEIGHT, r["id"]) for r in _jsonl(training_dir / HAND_FILE)]
    external = _jsonl(training_dir / EXTERNAL_FILE)
    rules = ThemeTagger(cached_taxonomy(""), model=None)
    for row, tags in zip(external, rules.tag_texts([r["text"] for r in external])):
        examples.append(Example(row["text"], [t.theme for t in tags], 1.0, f"{row['source']}#{row['n']}"))
    return examples


def train(training_dir: Path = TRAINING_DIR, random_state: int = 0) -> tuple[ThemeClassifier, dict]:
    """Fit a `ThemeClassifier` on the training data; returns it and a summary of the data."""
    examples = load_examples(training_dir)
    nlp = get_nlp()
    X = [lemma_text(d) for d in nlp.pipe([e.text for e in examples], batch_size=64)]
    y = [e.themes for e in examples]
    model = ThemeClassifier(random_state=random_state).fit(X, y, sample_weight=[e.weight for e in examples])
    counts: dict[str, int] = {}
    for labels in y:
        for t in labels:
            counts[t] = counts.get(t, 0) + 1
    summary = {
        "examples": len(examples),
        "hand_labelled": sum(e.weight == HAND_WEIGHT for e in examples),
        "external": sum(e.weight != HAND_WEIGHT for e in examples),
        "unlabelled": sum(not e.themes for e in examples),
        "positives_per_theme": dict(sorted(counts.items())),
        "features": len(model.feature_names_),
    }
    return model, summary


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--rebuild-from", type=Path, help="folder of *.pdf.txt conversions to re-extract paragraphs from")
    ap.add_argument("--data", type=Path, default=TRAINING_DIR)
    ap.add_argument("--out", type=Path, default=default_model_path())
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    if args.rebuild_from:
        n = extract_external(args.rebuild_from, args.data / EXTERNAL_FILE)
        print(f"extracted {n} paragraphs from {args.rebuild_from}")
    model, summary = train(args.data)
    path = save_model(model, args.out)
    (args.out.parent / "training_summary.json").write_text(json.dumps(summary, indent=1) + "\n", encoding="utf-8")
    print(json.dumps(summary, indent=1))
    print(f"model -> {path} ({path.stat().st_size // 1024} KiB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
