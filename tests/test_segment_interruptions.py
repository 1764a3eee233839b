"""Numbered paragraphs that something interrupts: a table and its caption, sub-titles with
text under them, a bulleted list, a reference wrapped so that its number stands alone.

tests/fixtures/interruptions/ holds two invented officer reports written with their gold
before the segmenter was run on them (its README lists the shapes). Every numbered unit
must be found with both of its ends right, and what is not the paragraph's must stay out:
the heading after a table, background papers after the last paragraph, an unnumbered
section title and its lead-in.
"""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.ingest import read_document
from pipeline.records import Line
from pipeline.segment import segment
from pipeline.segment.paragraphs import aligned_rows

FOLDER = Path(__file__).resolve().parent / "fixtures" / "interruptions"
DOCS = sorted(FOLDER.glob("*.txt"))


@pytest.fixture(scope="module")
def scores(tmp_path_factory) -> dict[str, float]:
    out = tmp_path_factory.mktemp("interruptions")
    parsed = CliRunner().invoke(app, ["parse", *map(str, DOCS), "--out", str(out), "--no-themes"])
    assert parsed.exit_code == 0, parsed.output
    evaluated = CliRunner().invoke(app, ["evaluate", "--gold", str(FOLDER / "gold"), "--pred", str(out), "--json"])
    assert evaluated.exit_code == 0, evaluated.output
    return {k: v["f1_or_rate"] for k, v in json.loads(evaluated.output).items() if "f1_or_rate" in v}


def test_every_numbered_unit_is_found_with_both_ends(scores):
    assert scores["seg_f1"] == 1.0 and scores["seg_edges"] == 1.0, scores


def _units(name: str) -> dict[str, str]:
    doc = read_document(FOLDER / name)
    return {p.number: p.text for p in segment(doc).paragraphs if p.number}


def test_a_table_and_the_prose_after_it_stay_in_the_paragraph():
    units = _units("i1_westcombe_homelessness_cabinet_report.txt")
    assert "Table 1: Households" in units["3"] and units["3"].endswith("receive housing benefit.")
    assert "Coastal wards" in units["3"]
    # the heading right after a table opens the next paragraph's section, not one more row
    assert "Rough sleeping outreach" in units["4"] and "Options considered" not in units["4"]
    # "... summarised in Appendix⏎3.": the number alone ends the sentence, it is not paragraph 3
    assert units["5"].endswith("Appendix 3.")
    assert "Background papers" not in units["8"]


def test_sub_titles_lists_and_captions_inside_numbered_sections():
    units = _units("i2_kelbrook_depot_committee_report.txt")
    assert "Riverside yard" in units["2.2"] and units["2.2"].endswith("change of use.")
    assert units["3.1"].endswith("Property and Climate.")
    assert "Figure 1: Site scores" in units["3.2"] and units["3.2"].endswith("about £300,000.")
    # a section whose title is not numbered ends the paragraph before it
    assert "Part Two" not in units["4.1"] and "recommended to" not in units["4.1"]


def test_cover_fields_spaced_into_columns_are_not_a_table():
    lines = [Line(text="Report to:          Cabinet", page=1, gap_before=0),
             Line(text="Date:               9 September 2025", page=1, gap_before=0),
             Line(text="East        92      69", page=1, gap_before=1),
             Line(text="West        82      61", page=1, gap_before=0),
             Line(text="A sentence   with a wide gap alone.", page=1, gap_before=1)]
    assert aligned_rows(lines) == [False, False, True, True, False]
