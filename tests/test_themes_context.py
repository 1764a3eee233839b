"""Document context (issue 17): a document's core themes inform its paragraphs, with evidence;
the document's own themes with their share of paragraphs; names are not topics."""

from __future__ import annotations

import pytest

from pipeline.records import Document, DocumentMeta, Paragraph, ParsedDocument
from pipeline.themes.context import CORE_SHARE, build_context
from pipeline.themes.tagger import ThemeTagger, _is_name
from pipeline.themes.taxonomy import cached_taxonomy


@pytest.fixture(scope="module")
def rules() -> ThemeTagger:
    return ThemeTagger(cached_taxonomy(""), None)


def test_title_or_weight_of_paragraphs_makes_a_theme_core():
    scores = [{"housing": 0.9}, {"housing": 0.9, "poverty": 0.4}, {}, {"finance_resources": 0.9}]
    ctx = build_context(scores, 0.5, ({"poverty": 0.9}, {"poverty": ["council tax support"]}))
    assert ctx.weights["housing"].share == 0.5 and ctx.weights["housing"].core
    assert not ctx.weights["finance_resources"].core  # one paragraph in four is below CORE_SHARE
    assert CORE_SHARE > 0.25
    assert ctx.evidence("poverty") == "document subject: council tax support"
    assert ctx.evidence("housing") == "document subject: 50% of paragraphs"
    assert ctx.evidence("finance_resources") is None


def test_too_few_paragraphs_say_nothing_about_weight():
    ctx = build_context([{"housing": 0.9}], 0.5)
    assert ctx.weights["housing"].share == 0.0 and not ctx.core()


def test_names_are_not_topics(rules):
    doc = rules.nlp("The Safer Stronger Communities Scrutiny Board reviewed partnership working.")
    found = {h.text: _is_name(doc, h) for hits in doc._.theme_hits.values() for h in hits}
    assert found.get("partnership working") is False
    assert all(v for k, v in found.items() if k[0].isupper())


def test_subject_is_measured_without_the_bodies_the_paragraphs_name(rules):
    texts = ["The Partnership Board met in March.", "The Partnership Board noted the report.",
             "The Partnership Board agreed its minutes."]
    a = rules.analyse(texts)
    assert all(s.get("partnership_working", 0) >= 0.5 for s in a.scores)  # the paragraph rules still see it
    assert "partnership_working" not in a.context.core()  # but it is not what the document is about


def _parsed(texts: list[str], title: str) -> ParsedDocument:
    doc = Document(id="d1", source="d1.txt", path="d1.txt", pages=1, lines=[], meta=DocumentMeta(title=title))
    paras = [Paragraph(uid=f"d1:{i}", number=str(i + 1), kind="paragraph", heading=None, text=t, page=1, position=i)
             for i, t in enumerate(texts)]
    return ParsedDocument(document=doc, paragraphs=paras)


def test_document_themes_give_each_theme_its_share_of_paragraphs(rules):
    parsed = _parsed(["Homelessness rose again and temporary accommodation is full.",
                      "The council has bought 60 homes for homeless families.",
                      "Members thanked the officers.",
                      "The budget for the service is £2m."], "Temporary accommodation strategy")
    rules.tag(parsed)
    shares = {t.theme: t for t in parsed.themes}
    assert shares["housing"].score == 0.5 and "2 of 4 paragraphs" in shares["housing"].evidence
    assert any(e.startswith("document subject:") for e in shares["housing"].evidence)
    assert shares["housing"].generator == "council_themes.v5+document"
    assert [t.score for t in parsed.themes] == sorted((t.score for t in parsed.themes), reverse=True)


def test_shipped_model_carries_the_subject_with_its_evidence():
    from pipeline.themes.tagger import default_tagger

    tagger = default_tagger()
    texts = ["The council tax support scheme protects working-age households on low incomes.",
             "Council tax support claimants fell by 4% and arrears rose among those who pay a minimum amount.",
             "Council tax support costs £21m a year.",
             "Officers interviewed twelve claimants and two advice agencies for this review."]
    tags = tagger.tag_texts(texts, title="Council Tax Support Scheme 2026/27")
    last = {t.theme: t for t in tags[-1]}
    for t in last.values():
        assert t.evidence  # every tag is explained
    if "poverty" in last:  # carried from the subject: the paragraph never names it
        assert any(e.startswith("document subject:") for e in last["poverty"].evidence)


def test_a_paragraph_that_speaks_of_the_core_theme_by_a_weak_term_carries_it_and_a_name_does_not(rules):
    """THEMES-GUIDE conventions 2 and 3 in the default (rules) tagger: in a document about housing (its landlords and
    tenants in half of its paragraphs), "The repairs backlog fell to 900 jobs." speaks of its subject by a weak term
    alone and carries housing, with the subject as evidence; "Hartley Homes" is a name and gives no theme; in a paper
    not about housing, "repairs" alone gives none."""
    core = ["Tenants of the council's landlord service reported 4,000 faults.",
            "The landlord has promised tenants a named officer for every estate."]
    tags = rules.tag_texts([*core, "The repairs backlog fell to 900 jobs.", "Hartley Homes attended the meeting.",
                            "The committee met four times in the year."], title="Landlord services annual report")
    carried = {t.theme: t for t in tags[2]}
    assert "housing" in carried and any(e.startswith("document subject:") for e in carried["housing"].evidence)
    assert "housing" not in {t.theme for t in tags[3]}
    other = rules.tag_texts(["The leisure centre opened in May.", "Swimming lessons are full.",
                             "The repairs backlog fell to 900 jobs.", "Gym membership rose by a tenth."],
                            title="Leisure services annual report")
    assert "housing" not in {t.theme for t in other[2]}


@pytest.mark.parametrize("title, subject", [
    ("Statement of Licensing Policy 2027–2032: draft for consultation", "Statement of Licensing Policy 2027–2032"),
    ("Housing Strategy (for consultation)", "Housing Strategy"),
    ("Consultation draft: Parks Strategy", "Parks Strategy"),
    ("Community Engagement and Consultation Strategy", "Community Engagement and Consultation Strategy"),
])
def test_the_stage_a_title_states_is_no_part_of_its_subject(title, subject):
    """A draft put out for consultation is about its policy, not about consultation: the stage a title states ("draft
    for consultation") is left out when the title is read for the document's subject; a strategy for consultation
    itself keeps its words."""
    from pipeline.themes.tagger import subject_of

    assert subject_of(title) == subject
