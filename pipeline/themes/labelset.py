"""The hand-labelled theme paragraphs: reading them, and the annotator's agreement with themself.

`data/themes_training/labelled_paragraphs.jsonl` holds one paragraph a line (`id`,
`document`, `paragraph` uid, `number`, `text`, `labels`, `annotator`, `pass`, `batch`),
labelled by hand with `THEMES-GUIDE.md`; `documents.jsonl` gives each document's title and
headings (what the document context reads besides the paragraphs). `relabelled.jsonl` is a
second, blind pass over a random sample, read only to measure agreement.

`corrections_v4.jsonl` holds the label audit against THEMES-GUIDE.md (issue 17, v4): one row
per changed label (`id`, `theme`, `change` "remove" or "add", `reason`). The first-pass labels
in `labelled_paragraphs.jsonl` stay as they were; `load_documents` applies the corrections on
top (`corrections=False` reads the first pass alone), so every change stays visible and
reversible. `corrections_v4_second_pass.jsonl` is a second pass over a seeded sample of the
audit's decisions, read only to measure agreement.

`council_batch.jsonl` (round 8) is a second batch in the same format, 520 paragraphs of 45 council
papers (officer reports, scrutiny reports, council responses) labelled by hand in the v4 reading;
`council_batch_second_pass.jsonl` is its second pass over 60 of them, read only to measure agreement.
Label sets by name (`LABEL_SETS`): "v3" the first pass alone, "v4" with the audit's corrections,
"v5" the v4 labels and the council batch; `load_label_set` reads one.

`heldout/corrections_v1.jsonl` is the same audit applied to the held-out evaluation gold
(`heldout/gold/*.json`, never read in training): one row per changed label (`file`, `number`,
`index` of the unit, `theme`, `change`, `reason`). `write_audited_gold` applies it to a copy in
`heldout/gold_v1/`; the original gold stays as it was.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from sklearn.metrics import cohen_kappa_score

from pipeline.config import DATA_DIR

TRAINING_DIR = DATA_DIR / "themes_training"
PARAGRAPHS_FILE = "labelled_paragraphs.jsonl"
DOCUMENTS_FILE = "documents.jsonl"
WRITTEN_FILE = "hand_labelled.jsonl"
SECOND_PASS_FILE = "relabelled.jsonl"
CORRECTIONS_FILE = "corrections_v4.jsonl"
COUNCIL_FILE = "council_batch.jsonl"  # round 8: the council papers' batch
COUNCIL_SECOND_PASS_FILE = "council_batch_second_pass.jsonl"
HELDOUT_DIR = TRAINING_DIR / "heldout"
HELDOUT_CORRECTIONS_FILE = "corrections_v1.jsonl"  # the held-out gold's audit (heldout-v1)
LABEL_VERSION = "v4"  # first pass + corrections_v4 (v3: the first pass alone)
# each label set: (corrections_v4 applied, council batch added); v3 and v4 read exactly what they always did
LABEL_SETS = {"v3": (False, False), "v4": (True, False), "v5": (True, True)}


@dataclass(slots=True)
class LabelledDocument:
    """A training document: its title, headings and labelled paragraphs in reading order."""

    name: str
    title: str | None = None
    headings: list[str] = field(default_factory=list)
    texts: list[str] = field(default_factory=list)
    labels: list[list[str]] = field(default_factory=list)
    ids: list[str] = field(default_factory=list)


def read_jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def apply_corrections(rows: Sequence[dict], corrections: Sequence[dict]) -> list[dict]:
    """The rows with their labels corrected (new dicts; `rows` untouched).

    Each correction removes a label the row has, or adds one it lacks; anything else (an
    unknown id, removing an absent label, adding a present one, an unknown change, the same
    label changed twice) is an error, so a correction never silently stops applying.
    """
    by_id = {r["id"]: dict(r, labels=list(r["labels"])) for r in rows}
    seen: set[tuple[str, str]] = set()
    for c in corrections:
        key = (c["id"], c["theme"])
        row = by_id.get(c["id"])
        if row is None:
            raise ValueError(f"correction for an unknown paragraph: {c['id']}")
        if key in seen:
            raise ValueError(f"label corrected twice: {key}")
        seen.add(key)
        _correct(row["labels"], c)
    return [by_id[r["id"]] for r in rows]


def _correct(labels: list[str], c: dict) -> None:
    """One correction applied to `labels` in place: remove a label present, or add (at the end)
    one absent; anything else raises, so a stale correction never passes silently."""
    if c["change"] == "remove" and c["theme"] in labels:
        labels.remove(c["theme"])
    elif c["change"] == "add" and c["theme"] not in labels:
        labels.append(c["theme"])
    else:
        raise ValueError(f"correction does not apply: {c}")


def apply_gold_corrections(gold: dict, corrections: Sequence[dict]) -> dict:
    """A gold document (the scorer's format) with its unit themes corrected (a new dict).

    A correction names its unit by `index` in `units` and by `number`; both must agree (numbers
    repeat in some documents, so the index decides and the number guards it). Like
    `apply_corrections`, anything that does not apply (an unknown unit, a number that does not
    match, removing an absent theme, adding a present one, the same label changed twice, a
    change to a heading) raises, so a stale correction never passes silently.
    """
    out = dict(gold, units=[dict(u, themes=list(u["themes"])) for u in gold["units"]])
    seen: set[tuple[int, str]] = set()
    for c in corrections:
        i = c["index"]
        if not isinstance(i, int) or not 0 <= i < len(out["units"]):
            raise ValueError(f"correction for an unknown unit: {c}")
        unit = out["units"][i]
        if unit["number"] != c["number"] or unit["kind"] != "paragraph":
            raise ValueError(f"correction does not match its unit ({unit['number']!r}, {unit['kind']}): {c}")
        if (i, c["theme"]) in seen:
            raise ValueError(f"label corrected twice: {c}")
        seen.add((i, c["theme"]))
        _correct(unit["themes"], c)
        if c["change"] == "add":
            unit["themes"].sort()  # the gold files keep a unit's themes sorted
    return out


def write_audited_gold(src: Path = HELDOUT_DIR / "gold", dst: Path = HELDOUT_DIR / "gold_v1",
                       corrections: Path = HELDOUT_DIR / HELDOUT_CORRECTIONS_FILE) -> dict[str, int]:
    """Write every gold file of `src` to `dst` with `corrections` applied; changes per file.

    A correction naming a file that is not in `src` is an error too.
    """
    rows = read_jsonl(corrections)
    by_file: dict[str, list[dict]] = {}
    for c in rows:
        by_file.setdefault(c["file"], []).append(c)
    names = {p.name for p in src.glob("*.json")}
    unknown = sorted(set(by_file) - names)
    if unknown:
        raise ValueError(f"corrections for unknown gold files: {unknown}")
    dst.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name in sorted(names):
        gold = json.loads((src / name).read_text(encoding="utf-8"))
        fixed = apply_gold_corrections(gold, by_file.get(name, []))
        (dst / name).write_text(json.dumps(fixed, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        counts[name] = len(by_file.get(name, []))
    return counts


def load_paragraphs(training_dir: Path = TRAINING_DIR, *, corrections: bool = True,
                    council: bool = False) -> list[dict]:
    """The labelled paragraphs, with the label corrections applied unless `corrections=False`, and with
    the council batch after them when `council=True` (its ids must not repeat the first batch's)."""
    rows = read_jsonl(training_dir / PARAGRAPHS_FILE)
    path = training_dir / CORRECTIONS_FILE
    if corrections and path.exists():
        rows = apply_corrections(rows, read_jsonl(path))
    if council:
        batch = read_jsonl(training_dir / COUNCIL_FILE)
        clash = {r["id"] for r in rows} & {r["id"] for r in batch}
        if clash or len({r["id"] for r in batch}) != len(batch):
            raise ValueError(f"council batch ids repeat: {sorted(clash)[:5]}")
        rows = rows + batch
    return rows


def load_label_set(name: str, training_dir: Path = TRAINING_DIR, *, written: bool = True) -> list[LabelledDocument]:
    """The documents of a named label set (`LABEL_SETS`: v3, v4 or v5)."""
    if name not in LABEL_SETS:
        raise ValueError(f"labels must be one of {tuple(LABEL_SETS)}, not {name!r}")
    corrections, council = LABEL_SETS[name]
    return load_documents(training_dir, written=written, corrections=corrections, council=council)


def load_documents(training_dir: Path = TRAINING_DIR, *, written: bool = True,
                   corrections: bool = True, council: bool = False) -> list[LabelledDocument]:
    """Labelled paragraphs grouped by document; the hand-written paragraphs form one more group.

    `corrections=False` gives the first-pass (v3) labels, without `corrections_v4.jsonl`;
    `council=True` adds the council batch (`council_batch.jsonl`, round 8), each paper its own group.
    """
    meta = {r["document"]: r for r in read_jsonl(training_dir / DOCUMENTS_FILE)}
    docs: dict[str, LabelledDocument] = {}
    for r in load_paragraphs(training_dir, corrections=corrections, council=council):
        m = meta.get(r["document"], {})
        d = docs.setdefault(r["document"], LabelledDocument(r["document"], m.get("title"), list(m.get("headings", []))))
        d.texts.append(r["text"])
        d.labels.append(list(r["labels"]))
        d.ids.append(r["id"])
    out = [docs[k] for k in sorted(docs)]
    if written and (training_dir / WRITTEN_FILE).exists():
        # short paragraphs written and labelled by hand for the rare themes; no document around them
        w = LabelledDocument("written-for-this-project")
        for r in read_jsonl(training_dir / WRITTEN_FILE):
            w.texts.append(r["text"])
            w.labels.append(list(r["themes"]))
            w.ids.append(r["id"])
        out.append(w)
    return out


def agreement(first: Sequence[Sequence[str]], second: Sequence[Sequence[str]], themes: Sequence[str]) -> dict:
    """Per-theme F1 (second pass against the first) and Cohen's kappa, and the micro F1."""
    per_theme = {}
    tp_all = n1_all = n2_all = 0
    for theme in themes:
        a = [theme in x for x in first]
        b = [theme in x for x in second]
        tp, n1, n2 = sum(x and y for x, y in zip(a, b)), sum(a), sum(b)
        tp_all, n1_all, n2_all = tp_all + tp, n1_all + n1, n2_all + n2
        if not n1 and not n2:
            continue
        kappa = float(cohen_kappa_score(a, b)) if len(set(a) | set(b)) > 1 else 1.0
        per_theme[theme] = {"first": n1, "second": n2, "both": tp, "f1": round(2 * tp / (n1 + n2), 3),
                            "kappa": round(kappa, 3)}
    micro = 2 * tp_all / (n1_all + n2_all) if n1_all + n2_all else 1.0
    exact = sum(set(x) == set(y) for x, y in zip(first, second)) / max(len(first), 1)
    return {"paragraphs": len(first), "micro_f1": round(micro, 3), "exact_match": round(exact, 3), "per_theme": per_theme}
