"""The taxonomy loader: the shipped file is valid and complete; malformed files fail clearly."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.errors import ScrutinyError
from pipeline.themes.taxonomy import default_taxonomy_path, load_taxonomy

GOLD_THEMES = Path(__file__).resolve().parents[1] / "data" / "gold" / "themes.json"


def test_shipped_taxonomy_loads_with_version():
    tax = load_taxonomy()
    assert tax.tag == "council_themes.v5"
    assert len(tax.themes) == 19
    for t in tax.themes:
        assert t.terms and t.definition and t.examples


@pytest.mark.skipif(not GOLD_THEMES.exists(), reason="data/gold/themes.json not in this checkout")
def test_taxonomy_covers_every_gold_theme_id_with_its_description():
    gold = json.loads(GOLD_THEMES.read_text(encoding="utf-8"))
    tax = load_taxonomy()
    assert set(gold) <= set(tax.ids)
    for tid, desc in gold.items():
        assert tax.get(tid).description == desc


def _write(tmp_path: Path, data) -> Path:
    p = tmp_path / "tax.json"
    p.write_text(data if isinstance(data, str) else json.dumps(data), encoding="utf-8")
    return p


def _valid() -> dict:
    return json.loads(default_taxonomy_path().read_text(encoding="utf-8"))


@pytest.mark.parametrize("mutate, fragment", [
    (lambda d: d.pop("version"), "missing top-level key 'version'"),
    (lambda d: d["themes"][0].pop("terms"), "terms must be a list"),
    (lambda d: d["themes"][0].update(terms="poverty"), "terms must be a list"),
    (lambda d: d["themes"][1].update(id=d["themes"][0]["id"]), "appears twice"),
    (lambda d: d["themes"][0].update(id="Poverty Theme"), "snake_case"),
    (lambda d: d["themes"][0].update(patterns=[{"pattern": "poverty"}]), "spaCy token dicts"),
    (lambda d: d.update(weights={"strong": 2}), "'weights'"),
])
def test_malformed_taxonomy_raises_coded_error(tmp_path, mutate, fragment):
    data = _valid()
    mutate(data)
    with pytest.raises(ScrutinyError) as err:
        load_taxonomy(_write(tmp_path, data))
    assert err.value.code == "E301"
    assert fragment in str(err.value)
    assert "tax.json" in str(err.value)


def test_invalid_json_and_missing_file(tmp_path):
    with pytest.raises(ScrutinyError, match="not valid JSON") as err:
        load_taxonomy(_write(tmp_path, "{ not json"))
    assert err.value.code == "E301"
    with pytest.raises(ScrutinyError, match="cannot read it"):
        load_taxonomy(tmp_path / "absent.json")


def test_v2_keeps_v1_beside_it_and_says_what_changed():
    v1 = load_taxonomy(default_taxonomy_path().with_name("council_themes.v1.json"))
    v2 = load_taxonomy(default_taxonomy_path().with_name("council_themes.v2.json"))
    assert v1.tag == "council_themes.v1" and v1.ids == v2.ids
    data = json.loads(default_taxonomy_path().read_text(encoding="utf-8"))
    assert data["changes"] and all(isinstance(c, str) for c in data["changes"])
    for old, new in zip(v1.themes, v2.themes):  # v2 adds ordinary council vocabulary; it drops nothing
        assert set(old.terms) <= set(new.terms) and set(old.weak_terms) <= set(new.weak_terms) | set(new.terms)


@pytest.mark.parametrize("text, theme", [
    ("The medium term financial strategy closes the budget gap through the capital programme.", "finance_resources"),
    ("Council tax support will be protected and the hardship fund doubled.", "poverty"),
    ("The external auditor reported to the audit committee on the scheme of delegation.", "governance_accountability"),
    ("There were 742 households in temporary accommodation.", "housing"),
])
def test_v2_reaches_councils_ordinary_vocabulary(text, theme):
    from pipeline.themes.tagger import ThemeTagger

    tags = ThemeTagger(load_taxonomy(), None).tag_texts([text])[0]
    assert theme in {t.theme for t in tags}


def test_v3_is_v2_with_terms_matched_as_written():
    v2 = load_taxonomy(default_taxonomy_path().with_name("council_themes.v2.json"))
    v3 = load_taxonomy(default_taxonomy_path().with_name("council_themes.v3.json"))
    assert v3.tag == "council_themes.v3" and v2.ids == v3.ids
    for old, new in zip(v2.themes, v3.themes):  # the same terms; only how some are matched changes
        assert (old.terms, old.weak_terms, old.exclude) == (new.terms, new.weak_terms, new.exclude)
        assert not old.as_written
    assert any(t.as_written for t in v3.themes)
    changes = json.loads(default_taxonomy_path().with_name("council_themes.v3.json").read_text(encoding="utf-8"))["changes"]
    assert changes[-1].startswith("v3")


def test_as_written_must_name_one_of_the_themes_terms(tmp_path):
    data = json.loads(default_taxonomy_path().read_text(encoding="utf-8"))
    data["themes"][0]["as_written"] = ["a term it does not have"]
    path = tmp_path / "t.json"
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ScrutinyError, match="as_written names 'a term it does not have'"):
        load_taxonomy(path)


def test_v4_is_v3_with_sums_in_pounds_and_plain_words_for_working_together():
    """v4 adds reach and takes nothing away: every v3 term stays, each theme keeps its id."""
    v3 = load_taxonomy(default_taxonomy_path().with_name("council_themes.v3.json"))
    v4 = load_taxonomy(default_taxonomy_path().with_name("council_themes.v4.json"))
    assert v4.tag == "council_themes.v4" and v3.ids == v4.ids
    for old, new in zip(v3.themes, v4.themes):
        assert set(old.terms) <= set(new.terms) and old.weak_terms == new.weak_terms and old.exclude == new.exclude


def test_v5_is_v4_with_the_statutory_duties_an_officer_report_states():
    """v5 adds two governance patterns and changes nothing else: a report's "Legal:" field and a statute that requires
    or allows; every other theme is as in v4."""
    v4 = load_taxonomy(default_taxonomy_path().with_name("council_themes.v4.json"))
    v5 = load_taxonomy()
    assert v5.tag == "council_themes.v5" and v4.ids == v5.ids
    for old, new in zip(v4.themes, v5.themes):
        assert old.terms == new.terms and old.weak_terms == new.weak_terms and old.exclude == new.exclude
        extra = [p["id"] for p in new.patterns if p not in old.patterns]
        assert extra == (["legal_field", "statute_empowers"] if new.id == "governance_accountability" else [])
    assert json.loads(default_taxonomy_path().read_text(encoding="utf-8"))["changes"][-1].startswith("v5")
