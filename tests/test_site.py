"""The static site (issue 16) built from a store of data/sample: its pages, anchors and trails,
HTML escaping of document text, and the incremental build (nothing changed, nothing written;
a new document rewrites only the pages it touches). The browser tests are in test_site_browser.py."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from conftest import SAMPLE, SAMPLE_TODAY
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records import parsed_from_json
from pipeline.site import SiteSummary, build_site, load_content
from pipeline.site.pages import highlight
from pipeline.site.places import Places
from pipeline.store import connect, recommendations_with_status, write_document

REPORT_000 = "96d3dcdb4d24"
RESPONSE_001 = "8df6382bcbc7"
HOSTILE = 'Members said <script>alert("pwned")</script> & <b>bold</b> about fuel poverty.'


def build(db: Path, out: Path) -> SiteSummary:
    return build_site(db, out, archive=SAMPLE, today=SAMPLE_TODAY)


def add_hostile_document(db: Path) -> str:
    """Store a copy of report 000 whose text is full of markup, as a new document; its short id."""
    con = connect(db)
    try:
        parsed = json.loads(con.execute("SELECT parsed_json FROM documents WHERE id LIKE ?",
                                        [REPORT_000 + "%"]).fetchone()[0])
        doc_id = "f" * 64
        parsed["document"].update(id=doc_id, source="999_<b>new</b>.txt", title="A <i>hostile</i> report")
        for p in parsed["paragraphs"]:
            p["uid"] = p["uid"].replace(REPORT_000, doc_id[:12])
            p["text"] = HOSTILE + " " + p["text"]
        for r in parsed["recommendations"]:
            r["uid"] = r["uid"].replace(REPORT_000, doc_id[:12])
            r["text"] = HOSTILE + " " + r["text"]
        write_document(con, parsed_from_json(parsed), path="999_new.txt", pipeline_version="test")
    finally:
        con.close()
    return doc_id[:12]


def grow(store: Path, site: Path, folder: Path) -> tuple[Path, str, SiteSummary]:
    """The site copied into `folder`, a copy of its store given one more (hostile) document, the copy rebuilt."""
    db, out = folder / "store.duckdb", folder / "site"
    shutil.copy(store, db)
    shutil.copytree(site, out)
    short = add_hostile_document(db)
    return out, short, build(db, out)


@pytest.fixture(scope="module")
def site(sample_site) -> Path:
    return sample_site


@pytest.fixture(scope="module")
def grown(sample_store, sample_site, tmp_path_factory) -> tuple[Path, str, SiteSummary]:
    return grow(sample_store, sample_site, tmp_path_factory.mktemp("grown"))


def test_every_page_is_written_and_links_resolve(site):
    pages = {p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file()}
    assert {"index.html", "tracker.html", "documents.html", "themes.html", "search.html",
            f"docs/{REPORT_000}.html", f"recs/{REPORT_000}-rec-1.html",
            f"files/{REPORT_000}/000_593ca2822bc8e53e.txt"} <= pages
    assert len([p for p in pages if re.fullmatch(r"assets/prevalence-[0-9a-f]{16}\.png", p)]) == 1
    for page in site.rglob("*.html"):
        html = page.read_text(encoding="utf-8")
        for href in re.findall(r'(?:href|src)="([^"#?]+)(?:#([^"]*))?"', html):
            target = (page.parent / href[0]).resolve()
            assert target.is_file(), f"{page.relative_to(site)} links to missing {href[0]}"
            if href[1] and target.suffix == ".html":
                assert f'id="{href[1]}"' in target.read_text(encoding="utf-8"), f"{page.name} -> {href[0]}#{href[1]}"


def test_paragraphs_are_anchored_by_their_uid_with_page_and_number(site):
    html = (site / "docs" / f"{REPORT_000}.html").read_text(encoding="utf-8")
    para = html.split(f'id="{REPORT_000}:36"', 1)[1].split("</div>", 1)[0]
    assert "¶ 36" in para and "p. 1" in para and "fuel poverty" in para
    assert html.count('class="unit heading"') >= 10  # headings kept, and listed in the outline
    assert f'<li><a href="#{REPORT_000}:@1">Background</a></li>' in html
    assert 'href="../files/96d3dcdb4d24/000_593ca2822bc8e53e.txt"' in html


def test_recommendations_and_answers_are_marked_in_place(site):
    report = (site / "docs" / f"{REPORT_000}.html").read_text(encoding="utf-8")
    unit = report.split(f'id="{REPORT_000}:@13"', 1)[1].split("</div>", 1)[0]  # "That the ... actively pursues"
    assert f'id="{REPORT_000}:rec:1"' in unit and "Recommendation 1" in unit
    response = (site / "docs" / f"{RESPONSE_001}.html").read_text(encoding="utf-8")
    unit = response.split(f'id="{RESPONSE_001}:@9"', 1)[1].split("</div>", 1)[0]
    assert f'id="{RESPONSE_001}:a1"' in unit and "It was agreed at the joint meeting" in unit
    assert 'Recommendations and answers not placed' not in report + response


def test_trail_gives_the_answer_with_its_evidence_and_link(site):
    html = (site / "recs" / f"{REPORT_000}-rec-1.html").read_text(encoding="utf-8")
    assert f'href="../docs/{RESPONSE_001}.html#{RESPONSE_001}:a1"' in html
    # the stance and progress evidence (the deciding phrase, or the sentence that holds it) is marked
    # in the answer's words
    assert re.search(r"<mark>[^<]*\bIt was agreed\b[^<]*</mark>", html) and "room to engage more" in html
    assert "<dt>Stance</dt><dd>accepted" in html and re.search(r"<mark>[^<]*\bunderway\b[^<]*</mark>", html)
    assert "aligned, score 1.00" in html and "status-answered" in html


def test_tracker_rows_carry_the_store_statuses(site, sample_store):
    html = (site / "tracker.html").read_text(encoding="utf-8")
    rows = re.findall(r'<tr data-council="[^"]*" data-body="[^"]*" data-status="([a-z_]+)" data-year="(\d+|unknown)"',
                      html)
    store = recommendations_with_status(sample_store, today=SAMPLE_TODAY)
    assert sorted(s for s, _ in rows) == sorted(store["status"])
    assert 'data-status="overdue"' in html and '<option value="overdue">overdue</option>' in html


def test_places_by_words_and_numbers():
    class U:
        def __init__(self, text, kind="paragraph", number=None):
            self.text, self.kind, self.number = text, kind, number

    units = [U("Background", "heading"), U("That the Board, actively pursues partners.", number="7"),
             U("It was agreed at the joint meeting that there is room."), U("This work is now underway, as agreed."),
             U("Conclusions", "heading"), U("The Board welcomed the comments.")]
    places = Places(units)
    assert places.recommendation("That the board actively pursues partners", None) == 1
    assert places.recommendation("Something else entirely said here", "7") == 1
    assert places.recommendation("Nowhere in the text at all", None) is None
    answer = "It was agreed at the joint meeting that there is room.\n\nThis work is now underway, as agreed."
    assert places.answer(answer) == [2, 3]
    assert places.answer("Agreed.") == []
    assert places.answer("The Board welcomed the comments on the plan") == []  # it holds the start only


def test_answers_that_open_alike_are_placed_where_they_carry_on():
    class U:
        def __init__(self, text, kind="paragraph"):
            self.text, self.kind, self.number = text, kind, None

    units = [U("This recommendation is accepted in full."), U("The Inquiry was unequivocal about compensation."),
             U("Recommendation 2", "heading"),
             U("This recommendation is accepted in full."), U("Work is continuing on the register of patients."),
             U("Eligibility", "heading"), U("Anyone infected through NHS blood is eligible.")]
    places = Places(units)
    first = "This recommendation is accepted in full. The Inquiry was unequivocal about compensation."
    second = ("This recommendation is accepted in full.\nWork is continuing on the register of patients.\n"
              "Eligibility\nAnyone infected through NHS blood is eligible.")
    assert places.answer(first) == [0, 1]
    assert places.answer(second) == [3, 4, 5, 6]


def test_highlight_escapes_the_text_and_the_evidence():
    out = highlight("A <b>fuel poverty</b> plan & Fuel Poverty", ["fuel poverty", "<b>"])
    assert str(out) == "A <mark>&lt;b&gt;</mark><mark>fuel poverty</mark>&lt;/b&gt; plan &amp; <mark>Fuel Poverty</mark>"


def test_a_script_in_document_text_stays_text(grown):
    out, short, _ = grown
    html = (out / "docs" / f"{short}.html").read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>" not in html and "<i>" not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    assert "A &lt;i&gt;hostile&lt;/i&gt; report" in html
    for page in [out / "tracker.html", out / "themes" / "poverty.html", *out.glob(f"recs/{short}-*.html")]:
        assert "<script>alert" not in page.read_text(encoding="utf-8"), page.name
    shard = (out / "search" / f"{short}.js").read_text(encoding="utf-8")
    assert shard.startswith("(window.SCRUTINY_SEARCH") and '<script>alert(\\"pwned\\")</script>' in shard


def test_a_rebuild_of_an_unchanged_store_writes_nothing(sample_store, site):
    before = {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()}
    summary = build(sample_store, site)
    assert summary.written == [] and summary.removed == [] and summary.originals_copied == 0
    assert not summary.changed and summary.unchanged == summary.files - 5  # five originals, checked apart
    assert {p: p.stat().st_mtime_ns for p in site.rglob("*") if p.is_file()} == before


def test_a_lost_manifest_or_an_open_connection_still_writes_nothing(sample_store, site, tmp_path):
    db, out = tmp_path / "store.duckdb", tmp_path / "site"
    shutil.copy(sample_store, db)
    shutil.copytree(site, out)
    (out / "site-manifest.json").unlink()
    (out / "index.html").write_text("edited by hand", encoding="utf-8")
    con = connect(db)  # the archive run's own (writing) connection
    try:
        summary = build_site(con, out, archive=SAMPLE, today=SAMPLE_TODAY)
    finally:
        con.close()
    assert summary.written == ["index.html"] and (out / "site-manifest.json").is_file()


def test_a_new_document_rewrites_only_the_pages_it_touches(grown):
    out, short, summary = grown
    written = set(summary.written)
    assert {f"docs/{short}.html", f"search/{short}.js", f"recs/{short}-rec-1.html", "tracker.html", "index.html",
            "documents.html", "search.html"} <= written
    untouched = {f"docs/{d}.html" for d in (REPORT_000, RESPONSE_001)} | {f"recs/{REPORT_000}-rec-{n}.html" for n in
                                                                          range(1, 7)}
    assert not written & untouched
    assert not any(w.startswith("assets/") and w.endswith((".css", ".js")) for w in written)
    assert summary.unchanged > len(written) / 2


def test_a_document_gone_from_the_store_loses_its_pages(sample_store, site, tmp_path):
    db, out = tmp_path / "store.duckdb", tmp_path / "site"
    shutil.copy(sample_store, db)
    shutil.copytree(site, out)
    con = connect(db)
    try:
        for table in ("paragraphs", "recommendations", "responses", "themes"):
            con.execute(f"DELETE FROM {table} WHERE document_id LIKE '004%' OR document_id LIKE '882e%'")
        con.execute("DELETE FROM documents WHERE path = '004_c4048890f933a5a7.txt'")
    finally:
        con.close()
    summary = build(db, out)
    assert "docs/882e793707b8.html" in summary.removed and not (out / "docs" / "882e793707b8.html").exists()
    assert "docs/96d3dcdb4d24.html" not in summary.written


def test_content_follows_the_store(sample_store):
    content = load_content(sample_store, today=SAMPLE_TODAY)
    assert len(content.documents) == 5 and len(content.trails) == 14
    answered = [t for t in content.trails if t.answers]
    assert len(answered) == 6 and all(t.answers[0].document.short == RESPONSE_001 for t in answered)
    assert "poverty" in content.themes and not content.prevalence.empty


def test_cli_builds_the_site(sample_store, tmp_path):
    result = CliRunner().invoke(app, ["site", "--db", str(sample_store), "--out", str(tmp_path / "s"), "--no-originals"])
    assert result.exit_code == 0, result.output
    assert "file(s) written" in result.output and (tmp_path / "s" / "tracker.html").is_file()
    assert not (tmp_path / "s" / "files").exists()
    result = CliRunner().invoke(app, ["site", "--db", str(tmp_path / "none.duckdb"), "--out", str(tmp_path / "s")])
    assert result.exit_code == 2 and "E501" in result.output


def test_a_stance_or_progress_not_read_is_named_as_in_every_output(site):
    """The site says "not yet known" where the answer reader could not tell, or no answer is
    linked yet (pipeline.report.outcome), never a blank, "unclear" or "unknown"."""
    tracker = (site / "tracker.html").read_text(encoding="utf-8")
    rows = [re.findall(r"<td[^>]*>(.*?)</td>", row, re.S) for row in re.findall(r"<tr data-council.*?</tr>", tracker, re.S)]
    outcomes = {cell.strip() for cells in rows for cell in cells[7:9]}  # the stance and progress columns
    assert "not yet known" in outcomes  # the sample's awaiting recommendations
    assert not {"", "unclear", "unknown"} & outcomes
