"""Search over a store of data/sample: the fuel-poverty paragraphs of 000 first, filters kept,
the index cached beside the store and rebuilt when the archive changes."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli.report import app
from pipeline.records import parsed_from_json
from pipeline.report.search import cache_dir, open_index, search, store_key
from pipeline.store import connect, write_document

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
TODAY = date(2026, 1, 1)
REPORT_000 = "000_593ca2822bc8e53e.txt"


@pytest.fixture(scope="module")
def store(sample_store) -> Path:
    return sample_store


def test_fuel_poverty_paragraphs_of_000_come_first(store):
    hits = search(store, "fuel poverty", limit=5)
    assert [(h.source, h.number) for h in hits[:2]] == [(REPORT_000, "36"), (REPORT_000, "22")]
    assert all("fuel poverty" in h.snippet.lower() for h in hits[:2])
    assert hits[0].page == 1 and hits[0].citation == f"{REPORT_000}, para 36, p. 1"
    assert [h.rank for h in hits] == list(range(1, len(hits) + 1))
    assert all(a.score >= b.score for a, b in zip(hits, hits[1:]))


def test_filters_are_respected(store):
    assert search(store, "fuel poverty", councils=["wiltshire"]) == []
    hits = search(store, "partnership", councils=["Wiltshire"], limit=50)
    assert hits and {h.council for h in hits} == {"Wiltshire Council"}
    hits = search(store, "locality working", since="2014", limit=50)
    assert hits and {h.source[:3] for h in hits} == {"004"}  # the only document dated after 2014
    hits = search(store, "partnership", themes=["community safety"], limit=50)
    assert hits and all("community_safety" in h.themes for h in hits)
    assert len(search(store, "partnership", limit=3)) == 3
    with pytest.raises(ValueError, match="not a date"):
        search(store, "partnership", since="last spring")


def test_index_is_cached_and_follows_the_store(store, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(store, db)
    open_index(db)
    (cached,) = cache_dir(db).glob("*.pkl")
    con = connect(db, read_only=True)
    key = store_key(con)
    con.close()
    assert cached.stem == key
    assert len(open_index(db)) == len(open_index(db, cache=False))
    # a new document in the store: new key, the stale cache replaced, the new text found
    con = connect(db)
    parsed = json.loads(con.execute("SELECT parsed_json FROM documents WHERE source = ?", [REPORT_000]).fetchone()[0])
    parsed["document"]["id"] = "f" * 64
    parsed["document"]["source"] = "999_new.txt"
    for p in parsed["paragraphs"]:
        p["text"] = p["text"].replace("fuel poverty", "zebra crossings")
    write_document(con, parsed_from_json(parsed), path="999_new.txt", pipeline_version="test")
    assert store_key(con) != key
    con.close()
    hits = search(db, "zebra crossings")
    assert hits and hits[0].source == "999_new.txt"
    assert [p.stem for p in cache_dir(db).glob("*.pkl")] != [key]


def test_cli_prints_ranked_citations(store):
    result = CliRunner().invoke(app, ["search", "fuel poverty", "--db", str(store), "--limit", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith(" 1. [") and f"{REPORT_000}, para 36, p. 1" in lines[0]
    assert f"{REPORT_000}, para 22, p. 1" in lines[2]
    result = CliRunner().invoke(app, ["search", "fuel poverty", "--db", str(store), "--json", "-n", "1"])
    assert json.loads(result.output.splitlines()[0])["number"] == "36"
