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
    assert tax.tag == "council_themes.v1"
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
