"""The test before a scan (`pipeline.heads`): it may skip a pattern only where the pattern finds nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from pipeline.answers.stance import FEATURE_RULES_FILE, RULES_FILE, load_rules
from pipeline.heads import finditer_all, heads

FIXTURES = Path(__file__).parent / "fixtures"


def _all(patterns: tuple[re.Pattern[str], ...], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for p in patterns for m in p.finditer(text)]


def _screened(patterns: tuple[re.Pattern[str], ...], text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in finditer_all(patterns, text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\bagrees?\b", ("agree",)),  # \b takes no characters; the optional "s" ends what is fixed
    (r"\b(?:is|are|remains?) (?:fully )?committed to\b", ("committed to",)),  # the rarest run, not "is"
    (r"(?<!not )\baccept", ("accept",)),  # a look-behind takes no characters
    (r"(?:will )?accept", ("accept",)),  # an optional word: what follows it stands in every match
    (r"\b(?:we|the council) (?:will|shall)", ("the council ", "we shall", "we will")),
    (r"x*abc", ("abc",)),
])
def test_heads_are_what_every_match_holds(pattern: str, expected: tuple[str, ...]) -> None:
    assert sorted(heads(re.compile(pattern, re.IGNORECASE))) == sorted(expected)


@pytest.mark.parametrize("pattern", [r"\w+\b", r".{0,3}", r"[^.]+", r"\d+(?:st|nd)?", r"(?:yes|no)?"])
def test_no_heads_where_nothing_is_fixed(pattern: str) -> None:
    assert heads(re.compile(pattern)) is None


@pytest.mark.parametrize(("pattern", "text"), [
    (r"ab[xy0-9]?cd", "ab5cd"),  # an optional class: "abcd" is not in the text, "ab" is
    (r"\bstatus\b", "ſtatus"),  # IGNORECASE takes the long s for "s"
    (r"\bimplemented\b", "\u0130mplemented"),  # and the dotted capital I for "i"
    (r"\bkey\b", "\u212aey"),  # and the Kelvin sign for "k"
    (r"We will\b", "we will"),  # a case-sensitive pattern is tested on folded text: never too strict
    (r"(?m)^agreed$", "Status\nAGREED\n"),
])
def test_a_pattern_that_matches_is_scanned(pattern: str, text: str) -> None:
    flags = re.IGNORECASE if not pattern.startswith("We") else 0
    compiled = (re.compile(pattern, flags),)
    assert _screened(compiled, text) == _all(compiled, text)
    if flags:
        assert _all(compiled, text), "the case is meant to match"


def _answer_texts() -> list[str]:
    texts: list[str] = []
    for gold in sorted(FIXTURES.glob("alignment*/gold/*.json")):
        if gold.name == "links.json":
            continue
        data = json.loads(gold.read_text(encoding="utf-8"))
        texts += [r["text"] for r in data.get("responses", []) if r.get("text")]
    return texts


def test_every_rule_finds_what_it_found_before_on_real_shaped_answers() -> None:
    """The stance rules (current and those the model's features read) over every gold answer of the
    suites, each whole and sentence by sentence: the same matches, in the same order."""
    texts = _answer_texts()
    assert len(texts) > 1000
    texts += [s for t in texts[::7] for s in re.split(r"(?<=[.!?])\s+", t)]
    for file in (RULES_FILE, FEATURE_RULES_FILE):
        rules = load_rules(file)
        groups = [*rules.stance.values(), *rules.progress.values(), rules.views, rules.part_declined,
                  rules.barriers, rules.unchanged]
        skipped = 0
        for patterns in groups:
            for text in texts:
                assert _screened(patterns, text) == _all(patterns, text), (patterns, text)
                skipped += sum(h is not None and not any(x in text.lower() for x in h) for h in map(heads, patterns))
        assert skipped > 0.8 * len(texts) * sum(map(len, groups)), "the test should spare most scans"
