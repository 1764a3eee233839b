"""The cover report over seeds 000, 002, 003 and 004: threads, verbatim cited quotations,
good practice and every recommendation with its answer, read back from the .docx."""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from docx import Document as read_docx

from pipeline.report.draft import write_cover_report
from pipeline.report.quotes import without_footnote_markers
from pipeline.store import load_table

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
GOLD = ROOT / "data" / "gold"
TODAY = date(2026, 1, 1)
CHOSEN = ["000", "002", "003", "004"]
QUOTE = re.compile(r"^“(?P<text>.+)” \((?P<source>[^,]+), para (?P<number>[^,]+)(?:, p\. (?P<page>\d+))?\)$", re.S)


@pytest.fixture(scope="module")
def store(sample_store) -> Path:
    return sample_store


@pytest.fixture(scope="module")
def cover_files(store, tmp_path_factory):
    return write_cover_report(store, tmp_path_factory.mktemp("cover"), reports=CHOSEN, today=TODAY)


@pytest.fixture(scope="module")
def docx(cover_files):
    return read_docx(str(cover_files.docx))


def gold_threads() -> set[str]:
    """Themes that gold tags in two or more of the chosen reports."""
    seen: dict[str, set[str]] = {}
    for stem in CHOSEN:
        (path,) = GOLD.glob(f"{stem}_*.json")
        data = json.loads(path.read_text(encoding="utf-8"))
        units = data["units"] + data["recommendations"]
        for theme in {t for u in units for t in u.get("themes", [])}:
            seen.setdefault(theme, set()).add(stem)
    return {t for t, docs in seen.items() if len(docs) >= 2}


def test_files_are_written(cover_files):
    for path in (cover_files.docx, cover_files.markdown, cover_files.html, cover_files.chart):
        assert path.exists() and path.stat().st_size > 0
    assert cover_files.chart.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_threads_include_those_gold_shows_in_two_reports(cover_files, docx):
    expected = {"partnership_working", "community_safety", "locality_working", "governance_accountability"}
    assert expected <= gold_threads()  # the seeds agree these are shared threads
    found = {t.theme for t in cover_files.cover.threads}
    assert expected <= found
    headings = [p.text for p in docx.paragraphs if p.style.name == "Heading 2"]
    for name in ("Partnership working", "Community safety", "Locality working", "Governance and accountability"):
        assert any(h.startswith(name + " (") for h in headings), (name, headings)
    for thread in cover_files.cover.threads:
        assert len(thread.reports) >= 2 and len(thread.quotations) >= 2


def test_every_quotation_is_verbatim_in_its_cited_paragraph(store, docx, cover_files):
    paragraphs = load_table(store, "paragraphs").merge(
        load_table(store, "documents")[["id", "source", "pages"]], left_on="document_id", right_on="id"
    )
    # a quotation names its report by key ("R1"), listed under "Reports covered" with title and file
    source_of = {r.key: r.source for r in cover_files.cover.reports}
    listed = [p.text for p in docx.paragraphs if p.style.name == "List Bullet"]
    assert all(any(x.startswith(f"{k}: ") and f"[{src}]" in x for x in listed) for k, src in source_of.items())
    quotes = [p.text for p in docx.paragraphs if p.style.name == "Quote"]
    assert len(quotes) >= 10
    for quote in quotes:
        m = QUOTE.match(quote)
        assert m, f"quotation without a full citation: {quote!r}"
        cited = paragraphs[(paragraphs["source"] == source_of[m["source"]]) & (paragraphs["number"] == m["number"])]
        assert len(cited) == 1, m.groupdict()
        assert m["text"] in without_footnote_markers(cited.iloc[0]["text"]), m.groupdict()
        if cited.iloc[0]["pages"] > 1:
            assert int(m["page"]) == cited.iloc[0]["page"]
        else:  # issue 14: a text file without page breaks is cited by paragraph, never "p. 1"
            assert m["page"] is None


def test_good_practice_is_quoted_and_cited(docx):
    text = "\n".join(p.text for p in docx.paragraphs if p.style.name == "Quote")
    assert re.search(r"Leeds ASB Team is recognised regionally and nationally as a model of good practice\.” "
                     r"\(R3, para 20\)", text)  # R3: seed 000
    assert "cited as an example of good practice.” (R2, para 14)" in text  # R2: seed 003
    # a bare mention ("drawing out any common threads and best practice") is not a statement of it
    assert "common threads and best practice" not in text


def test_every_recommendation_is_grouped_with_its_answer(docx, store):
    docs = load_table(store, "documents")
    (response_title,) = docs.loc[docs["source"] == "001_fb86ceb921ae4546.txt", "title"]  # cited by its title
    rows = [[c.text for c in row.cells] for table in docx.tables for row in table.rows[1:]]
    assert sorted((r[0], r[1]) for r in rows) == sorted(
        [("R3", str(i)) for i in range(1, 7)] + [("R1", "7.1"), ("R1", "7.2"), ("R4", "4.1")]
        + [("R2", c) for c in "abcde"]  # lettered items of paragraph 37, labelled as printed
    )
    for report, label, text, _addressee, response in rows:
        # each text carries its citation: the paragraph, and the label when it is not the paragraph's number
        assert f"({report}, " in text and ("recommendation " + label in text or f"para {label})" in text)
        if report == "R3":  # 000, answered by 001: the answer's own words, cited, then stance and progress
            assert response.startswith("“") and f"({response_title}, response to " in response
            assert "\nStance: accepted; progress: " in response
        elif label in "abcde":
            assert "overdue" in response
    assert all(r[3] for r in rows)  # every recommendation names its addressee


def test_html_and_markdown_carry_the_same_threads(cover_files):
    html = cover_files.html.read_text(encoding="utf-8")
    md = cover_files.markdown.read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in html and "http" not in html.split("<body>")[1].split("data:image")[0]
    for thread in cover_files.cover.threads:
        assert f"### {thread.name} (" in md
        assert f'id="thread-{thread.theme}"' in html


def test_word_draft_is_a4_with_page_numbers_header_and_properties(docx):
    section = docx.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)  # issue 14: was US Letter
    header = section.header.paragraphs[0].text
    # the first two committees of the four reports, oldest first, then "and others"; the draft's date
    assert header.startswith("Neighbourhoods and Housing Scrutiny Committee; Organisation & Resources Select Committee"
                             " and others") and "2026-01-01" in header
    footer = section.footer._element.xml
    assert "PAGE" in footer and "NUMPAGES" in footer
    props = docx.core_properties
    assert props.author != "python-docx" and "Leeds City Council" in props.author
    assert props.title and props.subject.startswith("Cover report on:")


def test_a_councils_template_restyles_the_draft(cover_files, tmp_path):
    from docx import Document as new_docx
    from docx.shared import Pt

    from pipeline.report.word import write_docx

    template = new_docx()
    template.styles["Quote"].font.name = "Gill Sans"
    template.styles["Quote"].font.size = Pt(13)
    template.save(str(tmp_path / "house.docx"))
    out = read_docx(str(write_docx(cover_files.cover, tmp_path / "draft.docx", template=tmp_path / "house.docx")))
    quote = out.styles["Quote"]
    assert quote.font.name == "Gill Sans" and quote.font.size == Pt(13)
    assert any(p.style.name == "Quote" for p in out.paragraphs)
    assert "Citation" in [s.name for s in out.styles]
