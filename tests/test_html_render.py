"""The cover report's HTML: document text escaped, self-contained, and it renders in headless
Chromium (screenshots kept under artifacts/screenshots/). Skips where Chromium is not
installed: `apt-get install -y chromium` (Debian) provides it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest
from visual import CHROMIUM, NO_CHROMIUM, artifact, assert_drawn, screenshot

from pipeline.report.cover import build_cover
from pipeline.report.draft import write_cover_files, write_cover_report
from pipeline.report.inputs import ReportInputs

HOSTILE = 'Members said <script>alert("x")</script> & <b>bold</b> "quotes" were a model of good practice here.'


def hostile_inputs() -> ReportInputs:
    """Two small reports whose text is full of markup, sharing a theme."""
    docs = pd.DataFrame([
        {"id": "a" * 64, "source": "a<b>.txt", "path": "a.txt", "council": "Council <One>", "body": "Board & Co",
         "title": "Report <i>A</i>", "date": "2020-01-01", "kind": "scrutiny_report"},
        {"id": "b" * 64, "source": "b.txt", "path": "b.txt", "council": "Council Two", "body": "Board",
         "title": "Report B", "date": "2021-01-01", "kind": "scrutiny_report"},
    ])
    paras, themes = [], []
    for d in ("a", "b"):
        for n in (1, 2):
            uid = f"{d * 12}:{n}"
            paras.append({"uid": uid, "document_id": d * 64, "number": str(n), "kind": "paragraph", "heading": None,
                          "text": HOSTILE + " The housing partnership met often to agree a joint plan.", "page": 1,
                          "position": n})
            themes.append({"document_id": d * 64, "unit_uid": uid, "unit_kind": "paragraph",
                           "theme": "partnership_working", "score": 0.9, "evidence": ["partnership"], "generator": "t"})
    recs = pd.DataFrame([{
        "uid": "a" * 12 + ":rec:1", "document_id": "a" * 64, "source": "a<b>.txt", "council": "Council <One>",
        "report_date": "2020-01-01", "label": "1", "kind": "scrutiny_recommendation", "addressee": "<Cabinet>",
        "text": "That <script>x</script> happens.", "response_document": None, "response_to": None, "stance": None,
        "progress": None, "days_open": 400, "status": "overdue", "body": "Board & Co", "title": "Report <i>A</i>",
        "response_date": None, "paragraph": None, "page": 1,
    }])
    return ReportInputs(docs, pd.DataFrame(paras), pd.DataFrame(themes), recs)


@pytest.fixture(scope="module")
def page(tmp_path_factory) -> Path:
    inputs = hostile_inputs()
    cover = build_cover(inputs, inputs.documents, theme_descriptions={"partnership_working": "joint working"})
    return write_cover_files(cover, tmp_path_factory.mktemp("html")).html


def test_document_text_is_escaped(page):
    html = page.read_text(encoding="utf-8")
    assert "<script>" not in html and "<b>bold</b>" not in html and "<i>A</i>" not in html
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html
    assert "Council &lt;One&gt;" in html and "&lt;Cabinet&gt;" in html
    assert html.count("<blockquote") >= 3  # two thread quotations and the good-practice statements


def test_page_is_self_contained(page):
    html = page.read_text(encoding="utf-8")
    assert 'src="data:image/png;base64,' in html
    assert "src=\"http" not in html and "href=\"http" not in html and "<link" not in html


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_page_renders_in_headless_chromium(page, tmp_path):
    shot = screenshot(page, artifact("screenshots", "cover-report-hostile.png"), profile=tmp_path / "profile")
    from matplotlib.image import imread

    assert imread(shot).shape[:2] == (2000, 1280)
    assert_drawn(shot)


@pytest.mark.skipif(CHROMIUM is None, reason=NO_CHROMIUM)
def test_sample_cover_report_renders_in_headless_chromium(sample_store, tmp_path):
    files = write_cover_report(sample_store, tmp_path / "cover", reports=["000", "002", "003", "004"],
                               today=date(2026, 1, 1))
    shot = screenshot(files.html, artifact("screenshots", "cover-report-sample.png"), height=6000,
                      profile=tmp_path / "profile")
    assert_drawn(shot)
