"""Real report/response pairs from ../shared/external (their text conversions), linked end to end.

The counts come from ../shared/external/MANIFEST.md; these documents are never in the
gold. Skipped where ../shared is absent (a user's clone).
"""

import re
from pathlib import Path

import pytest

from pipeline.ingest.meta import read_meta
from pipeline.ingest.txt import read_txt
from pipeline.link import link_documents
from pipeline.process import parse_document as segment
from pipeline.records import Document

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
PAIRS = SHARED / "external" / "cop509_inquiry_pairs"
pytestmark = pytest.mark.skipif(not PAIRS.exists(), reason="../shared/external is not beside this clone")


def parsed(name: str):
    path = PAIRS / name
    lines, pages, issues = read_txt(path)
    doc = Document(id=name.ljust(64, "0")[:64], source=name, path=str(path), pages=pages, lines=lines,
                   meta=read_meta(lines, source=name), issues=issues)
    return segment(doc)


@pytest.mark.parametrize(
    "report,response,expected",
    [
        # 33 paragraphs answered in 22 grouped blocks, one of them mislabelled "8.32"
        ("Behaviour-Change-Report-Recomm.pdf.txt", "Behaviour-Change-Response.pdf.txt", 33),
        # the response renumbers: its "Recommendation k" is not report paragraph k
        ("TheSpaceEconomyRecomm.pdf.txt", "TheSpaceEconomyResponse.pdf.txt", 40),
        ("UK-Covid-19-Inquiry-Module-1-Recomm.pdf.txt", "UK-Covid-19_Inquiry_Module_1_Response.pdf.txt", 10),
    ],
)
def test_external_pairs_link_every_answered_recommendation(report, response, expected):
    result = link_documents([parsed(report), parsed(response)])
    links = [l for l in result.links if l.report == report and l.response_document == response]
    assert len({l.recommendation for l in links}) == expected
    assert all(l.method and 0 < l.score <= 1 for l in links)


def test_space_economy_paragraph_60_has_no_answer_of_its_own():
    report, response = "TheSpaceEconomyRecomm.pdf.txt", "TheSpaceEconomyResponse.pdf.txt"
    result = link_documents([parsed(report), parsed(response)])
    linked = {l.recommendation for l in result.links if l.report == report}
    assert "60" not in linked and {"4", "5", "56", "62", "79"} <= linked


# The Blood response's own summary table (MANIFEST, pair P4): 16 units accepted in full, 20 in principle
BLOOD_FULL = ["1", "2", "3", "4a(i)", "4a(ii)", "4a(iii)", "4c(i)", "4c(ii)", "4e", "7a(ii)", "7a(iii)", "8", "10a(v)", "12a", "12b", "12c"]
BLOOD_PRINCIPLE = ["4a(iv)", "4a(v)", "4b", "4d", "5", "6", "7a(i)", "7b", "7c", "7d", "7e", "7f", "9", "10a(i)", "10a(ii)", "10a(iii)", "10a(iv)", "11", "12d", "12e"]


def _unit_stances(responses, unit):
    """Stances given to a unit of the summary table ('5' covers 5a-5c, '7f' covers 7f(i)-(iii))."""
    return {r.stance for r in responses for a in r.answers
            if a == unit or (a.startswith(unit) and a[len(unit)] in "abcdefghijklmnopqrstuvwxyz(" and
                             (unit[-1].isdigit() or a[len(unit)] == "("))}


def test_issue_3_blood_response_answers_every_recommendation_with_the_stance_it_states():
    responses = parsed("Volume_1-Blood-Inquiry-Response.pdf.txt").responses
    answered = {a for r in responses for a in r.answers}
    assert {re.match(r"\d+", a).group(0) for a in answered if re.match(r"\d+", a)} >= {str(n) for n in range(1, 13)}
    right = sum(_unit_stances(responses, u) == {"accepted"} for u in BLOOD_FULL)
    right += sum(_unit_stances(responses, u) == {"partially_accepted"} for u in BLOOD_PRINCIPLE)
    assert right >= 35  # of 36; 7a(ii) names Scotland in full and Wales/NI in principle in one sentence
    result = link_documents([parsed("Volume_1-Blood-Inquiry-Recomm.pdf.txt"), parsed("Volume_1-Blood-Inquiry-Response.pdf.txt")])
    assert len({l.recommendation for l in result.links}) >= 50  # of the report's 58 leaves


@pytest.mark.parametrize(
    "report,labels",
    [
        # tabs between words and the numbers 2.-9. printed before their paragraphs
        ("PostOfficeHorizon-I-Inquiry-Recomm.pdf.txt", [str(n) for n in range(1, 20)]),
        ("UK-Covid-19-Inquiry-Module-1-Recomm.pdf.txt", [str(n) for n in range(1, 11)]),
    ],
)
def test_inquiry_reports_give_exactly_their_recommendations(report, labels):
    assert sorted((r.label for r in parsed(report).recommendations), key=int) == labels


@pytest.mark.slow
def test_space_economy_pdf_gives_its_41_italic_recommendations():
    from pipeline.process import parse_file

    recs = parse_file(PAIRS / "TheSpaceEconomyRecomm.pdf", themes=False).recommendations
    italic = ["4", "5", "8", "10", "12", "14", "16", "17", "18", "20", "23", "25", "28", "29", "30", "32", "33", "34", "36", "38", "39", "41", "43", "44", "45", "47", "48", "49", "51", "53", "56", "60", "62", "63", "65", "67", "69", "72", "74", "76", "79"]
    assert sorted((r.label for r in recs if not r.conclusion), key=int) == italic
    assert len(recs) == 79  # the 38 plain conclusions are kept too, flagged (issue 11)
