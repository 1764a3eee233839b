"""Lemma rules of the theme tagger: matching on lemmas, negative terms, case, evidence."""

from __future__ import annotations

import pytest

from pipeline.records import Document, DocumentMeta, Paragraph, ParsedDocument, Recommendation
from pipeline.themes.nlp import Hit, get_nlp
from pipeline.themes.tagger import ThemeTagger, rule_score
from pipeline.themes.taxonomy import cached_taxonomy


@pytest.fixture(scope="module")
def rules() -> ThemeTagger:
    return ThemeTagger(cached_taxonomy(""), model=None)


def tags_of(tagger: ThemeTagger, text: str) -> dict[str, list[str]]:
    return {t.theme: t.evidence for t in tagger.tag_texts([text])[0]}


def test_plural_matches_singular_term_burglaries(rules):
    tags = tags_of(rules, "There were 5,305 recorded domestic burglaries in the city last year.")
    assert "community_safety" in tags
    assert "burglaries" in tags["community_safety"]


@pytest.mark.parametrize("text, theme, evidence", [
    ("Anti-Social Behaviour rose in the town centre.", "anti_social_behaviour", "Anti-Social Behaviour"),
    ("Burglaries fell sharply after the campaign.", "community_safety", "Burglaries"),
    ("Fuel poverty advice was given to 300 households.", "poverty", "Fuel poverty"),
    ("Partnerships with the voluntary sector were strengthened through multi-agency meetings.", "partnership_working", "multi-agency"),
    ("Third Sector organisations chair the forum.", "third_sector", "Third Sector"),
])
def test_capitalised_sentence_starts_and_multiword_terms(rules, text, theme, evidence):
    tags = tags_of(rules, text)
    assert theme in tags
    assert evidence in tags[theme]


@pytest.mark.parametrize("text, theme", [
    ("The Board discussed community safety and the police response to burglary.", "community_cohesion"),
    ("The Safer and Stronger Communities Scrutiny Board met on 11 March.", "community_cohesion"),
    ("The Director of Environment and Neighbourhoods attended the meeting.", "environment"),
    ("Members were told about substance abuse services.", "domestic_abuse"),
])
def test_negative_terms_do_not_trigger(rules, text, theme):
    assert theme not in tags_of(rules, text)


@pytest.mark.parametrize("text, theme", [
    # a lookup lemma is another word: "housing" -> "house", "disadvantaged" -> "disadvantage"
    ("The report was debated in the House of Lords and the House of Commons on 3 May.", "housing"),
    ("Each option is set out with its advantages and disadvantages.", "poverty"),
])
def test_terms_written_in_a_derived_form_do_not_match_its_lemma(rules, text, theme):
    assert theme not in tags_of(rules, text)


@pytest.mark.parametrize("text, theme, evidence", [
    ("Social housing waiting lists have doubled.", "housing", "Social housing"),
    ("The council needs more housing for key workers.", "housing", "housing"),
    ("Support goes to disadvantaged families in the poorest wards.", "poverty", "disadvantaged"),
    ("New funds were found for the flood defences.", "finance_resources", "funds"),  # base forms still inflect
])
def test_terms_written_in_a_derived_form_match_as_written(rules, text, theme, evidence):
    tags = tags_of(rules, text)
    assert theme in tags and evidence in tags[theme]


def test_named_safer_programme_is_community_safety(rules):
    tags = tags_of(rules, "Communities should be involved in the Safer Leeds agenda.")
    assert tags.get("community_safety") == ["Safer Leeds"]


def test_one_weak_term_alone_does_not_tag(rules):
    # "neighbourhood" is a weak locality signal: alone it is not enough
    assert "locality_working" not in tags_of(rules, "The neighbourhood was quiet this year.")
    assert "locality_working" in tags_of(rules, "Locality working puts services in each neighbourhood.")


def test_rule_score_counts_weak_term_once_and_strong_twice():
    w = {"strong": 0.9, "weak": 0.4}
    weak = Hit("partner", "partner", "weak", 0, 1)
    assert rule_score([weak, weak, weak], w) == pytest.approx(0.4)
    strong = Hit("crime", "crime", "strong", 0, 1)
    assert rule_score([strong, strong, strong], w) == pytest.approx(0.99)


def test_plain_procedural_text_gets_no_theme(rules):
    assert tags_of(rules, "Apologies for absence were received from two members.") == {}


def test_every_tag_has_evidence_score_and_versioned_generator(rules):
    texts = [
        "The Partnership faces financial challenges, as budgets become squeezed.",
        "Work with residents and landlords on housing issues in priority neighbourhoods.",
        "Tackling crime and anti-social behaviour and the treatment of drug users.",
    ]
    for tags in rules.tag_texts(texts):
        assert tags
        for t in tags:
            assert t.evidence and all(isinstance(e, str) and e for e in t.evidence)
            assert 0.5 <= t.score <= 1.0
            assert t.generator.startswith("council_themes.v5+")


def test_nlp_is_built_once_per_process():
    assert get_nlp() is get_nlp("")
    assert get_nlp().pipe_names == ["sentencizer", "lemmatizer", "lemma_lower", "theme_matcher"]


def test_tag_fills_paragraphs_and_recommendations():
    from pipeline.themes import tag

    doc = Document(id="0" * 64, source="t.txt", path="t.txt", pages=1, lines=[], meta=DocumentMeta())
    parsed = ParsedDocument(
        document=doc,
        paragraphs=[
            Paragraph(uid="000000000000:1", number="1", kind="paragraph", heading=None,
                      text="The Leeds Burglary Taskforce works with offenders and victims.", page=1, position=0),
            Paragraph(uid="000000000000:@1", number=None, kind="heading", heading=None,
                      text="Community safety", page=1, position=1),
        ],
        recommendations=[Recommendation(uid="r1", label="1", kind="scrutiny_recommendation", addressee=None,
                                        text="That the Board ensures the involvement of the third sector.",
                                        paragraph=None, page=1)],
    )
    out = tag(parsed)
    assert out is parsed
    assert "community_safety" in {t.theme for t in parsed.paragraphs[0].themes}
    assert parsed.paragraphs[1].themes == []  # headings are not tagged
    assert "third_sector" in {t.theme for t in parsed.recommendations[0].themes}
    assert all(t.evidence for t in parsed.recommendations[0].themes)


@pytest.mark.parametrize(("text", "theme", "evidence"), [
    ("The marshals will cost £6,500 a year, met from the town centre budget line.", "finance_resources", "£6,500"),
    ("The scheme will provide up to £20m over ten years for the high street.", "finance_resources", "£20"),
    ("The service is run jointly with the two neighbouring district councils.", "partnership_working", "jointly with"),
    ("Officers will agree a joint action plan with the police for the summer.", "partnership_working", "joint action plan"),
])
def test_ordinary_words_for_money_and_working_together(rules, text, theme, evidence):
    """Taxonomy v4: a sum in pounds is about money; "jointly with", "a joint action plan" are partnership working."""
    found = tags_of(rules, text)
    assert theme in found and any(evidence in e for e in found[theme])


@pytest.mark.parametrize(("text", "evidence"), [
    ("Legal: the Care Act 2014 requires the Council to promote the wellbeing of adults in its area.", "legal:"),
    ("Legal implications – the Council may grant relief under its existing powers.", "legal implications"),
    ("Section 47 of the Local Government Finance Act 1988 allows the Council to grant discretionary relief.",
     "act 1988 allows"),
    ("The Community Infrastructure Levy Regulations 2010 require the Council to publish the statement each year.",
     "regulations 2010 require"),
])
def test_the_statutory_duties_an_officer_report_states_are_governance(rules, text, evidence):
    """Taxonomy v5: an officer report's "Legal:" field and a statute that requires, allows or gives a duty or a power
    are the statutory duties of decision THEMES-GUIDE convention 4 names governance."""
    found = tags_of(rules, text)
    assert "governance_accountability" in found
    assert any(evidence in e.lower() for e in found["governance_accountability"]), found


@pytest.mark.parametrize("text", [
    "The charity gave free legal advice to 300 tenants last year.",
    "The Act 2 production of the pantomime sold out in 2024.",
])
def test_a_legal_word_or_an_act_alone_is_no_statutory_duty(rules, text):
    assert "governance_accountability" not in tags_of(rules, text)
