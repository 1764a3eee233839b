"""A paper that names its council only by its kind takes the council its folder's papers name
(issue 14: a Kent minutes extract headed "County Council" and nothing more)."""

from __future__ import annotations

import json
from datetime import date

import duckdb
import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest.folder import FROM_FOLDER, Paper, folder_councils

EXTRACT = "Governance Update Appendix 1 - County Council 13 March 2025\nMinutes extract from the Selection Committee"


def test_a_paper_naming_only_its_kind_takes_its_folders_council():
    papers = [
        Paper("kent/a.pdf", "Kent County Council", "Report to Cabinet"),
        Paper("kent/b.pdf", None, EXTRACT),
        Paper("kent/c.pdf", None, "Behaviour Change\nHouse of Lords Science and Technology Committee"),
        Paper("leeds/d.txt", "Leeds City Council", "Scrutiny Board"),
        Paper("leeds/e.txt", None, EXTRACT),  # a county council's kind in a folder of a city council's papers
    ]
    assert folder_councils(papers) == {"kent/b.pdf": "Kent County Council"}


@pytest.mark.parametrize("neighbours", [
    [],  # nothing beside it
    [Paper("x/a.pdf", "Kent County Council", ""), Paper("x/b.pdf", "Surrey County Council", "")],  # two of that kind
    [Paper("y/a.pdf", "Kent County Council", "")],  # another folder
])
def test_no_council_is_lent_without_one_council_of_that_kind_beside_it(neighbours):
    assert folder_councils([*neighbours, Paper("x/extract.pdf", None, EXTRACT)]) == {}


REPORT = """KENT COUNTY COUNCIL

Report to Cabinet, 4 March 2025

Title: Family Hubs

1. Introduction

1.1 This report sets out the call-in of the decision on the Family Hubs.
"""
MINUTES = """County Council 13 March 2025

Minutes extract from the Selection and Member Services Committee

1. The Governance Working Party Updates paper was presented by the Chair.
"""


def _archive(tmp_path):
    archive = tmp_path / "papers" / "kent"
    archive.mkdir(parents=True)
    (archive / "report.txt").write_text(REPORT, encoding="utf-8")
    (archive / "extract.txt").write_text(MINUTES, encoding="utf-8")
    (archive / "other.txt").write_text(REPORT.replace("Family Hubs", "Libraries"), encoding="utf-8")
    return archive


def test_parse_lends_the_council_and_says_so(tmp_path):
    archive = _archive(tmp_path)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["parse", *map(str, sorted(archive.iterdir())), "--out", str(out), "--no-themes"])
    assert result.exit_code == 0, result.output
    doc = json.loads((out / "extract.json").read_text())["document"]
    assert doc["council"] == "Kent County Council"
    assert [i["code"] for i in doc["issues"]] == [FROM_FOLDER]
    assert "W208" in result.output


def test_a_run_lends_it_in_the_store_once(tmp_path):
    from conftest import build_store

    from pipeline.archive import relink

    db = build_store(sorted(_archive(tmp_path).iterdir()), tmp_path, today=date(2025, 6, 1))
    with duckdb.connect(str(db)) as con:
        councils = dict(con.execute("SELECT path, council FROM documents").fetchall())
        stored = json.loads(con.execute("SELECT parsed_json FROM documents WHERE path = 'extract.txt'").fetchone()[0])
    assert councils == dict.fromkeys(["extract.txt", "other.txt", "report.txt"], "Kent County Council")
    assert [i["code"] for i in stored["document"]["issues"]] == [FROM_FOLDER]
    with duckdb.connect(str(db)) as con:  # again: the lent council does not vote, nothing changes
        relink(con, today=date(2025, 6, 1))
        again = json.loads(con.execute("SELECT parsed_json FROM documents WHERE path = 'extract.txt'").fetchone()[0])
    assert again == stored
