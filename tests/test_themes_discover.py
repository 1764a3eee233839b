"""Topic discovery: deterministic, cites its paragraphs, leaves the taxonomy's ground aside."""

from __future__ import annotations

import json
from collections import defaultdict
from pathlib import Path

import pytest

from pipeline.records import Document, DocumentMeta, Paragraph, ParsedDocument
from pipeline.themes.discover import discover

TRAINING = Path(__file__).resolve().parents[1] / "data" / "themes_training" / "external_paragraphs.jsonl"


def _archive(limit_per_doc: int = 30) -> list[ParsedDocument]:
    rows = [json.loads(line) for line in TRAINING.read_text(encoding="utf-8").splitlines()]
    by = defaultdict(list)
    for r in rows:
        if len(by[r["source"]]) < limit_per_doc:
            by[r["source"]].append(r)
    docs = []
    for src, rs in sorted(by.items()):
        council = "Kent County Council" if src.startswith("kent") else None
        doc = Document(id=src, source=src, path=src, pages=1, lines=[],
                       meta=DocumentMeta(council=council, date="2025-03-13" if council else "2024"))
        paras = [Paragraph(uid=f"{src}:{r['n']}", number=str(r["n"]), kind="paragraph", heading=None,
                           text=r["text"], page=1, position=i) for i, r in enumerate(rs)]
        docs.append(ParsedDocument(document=doc, paragraphs=paras))
    return docs


@pytest.fixture(scope="module")
def archive() -> list[ParsedDocument]:
    return _archive()


def test_same_input_same_topics(archive):
    a = [t.to_json() for t in discover(archive, n_topics=5)]
    b = [t.to_json() for t in discover(list(reversed(archive)), n_topics=5)]
    assert a == b and len(a) == 5


def test_topics_cite_paragraphs_and_report_prevalence(archive):
    topics = discover(archive, n_topics=5)
    known = {(d.source, p.number): p.text for d in archive for p in d.paragraphs}
    for t in topics:
        assert len(t.terms) >= 3
        assert t.exemplars
        for ex in t.exemplars:
            assert known[(ex.source, ex.paragraph)].startswith(ex.text[:100])
        assert sum(t.by_council.values()) == t.paragraphs == sum(t.by_year.values())
    assert sum(t.paragraphs for t in topics) > 0
    assert {"2024", "2025"} >= set().union(*(t.by_year for t in topics))


def test_taxonomy_terms_are_not_topic_terms(archive):
    terms = {term for t in discover(archive, n_topics=5) for term in t.terms}
    assert not terms & {"poverty", "crime", "police", "housing", "governance", "volunteer"}


def test_too_little_text_gives_no_topics():
    doc = Document(id="x", source="x.txt", path="x.txt", pages=1, lines=[], meta=DocumentMeta())
    assert discover([ParsedDocument(document=doc)]) == []


def test_cli_list_prints_taxonomy_with_version():
    from typer.testing import CliRunner

    from pipeline.cli.themes import app

    result = CliRunner().invoke(app, ["list", "--terms", "2"])
    assert result.exit_code == 0
    assert result.output.startswith("council_themes.v5: 19 themes")
    assert "community_safety" in result.output and "anti-social behaviour" in result.output


def test_cli_discover_on_a_folder_cites_sources():
    pytest.importorskip("pipeline.segment", reason="the segmenter is not in this checkout yet")
    from typer.testing import CliRunner

    from pipeline.cli.themes import app

    sample = Path(__file__).resolve().parents[1] / "data" / "sample"
    result = CliRunner().invoke(app, ["discover", str(sample), "--topics", "3", "--json"])
    assert result.exit_code == 0, result.output
    topics = json.loads(result.stdout)  # progress lines go to stderr
    assert topics and all(ex["source"].endswith(".txt") and ex["paragraph"] for t in topics for ex in t["exemplars"])


def test_a_paragraph_repeated_across_documents_counts_once():
    from types import SimpleNamespace

    from pipeline.themes.discover import _distinct

    paras = [SimpleNamespace(text="The proposal is only related to the services."),
             SimpleNamespace(text="The  proposal is only related to the services"),
             SimpleNamespace(text="Another paragraph.")]
    assert [p.text for p in _distinct(paras)] == ["The proposal is only related to the services.", "Another paragraph."]
