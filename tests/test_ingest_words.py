"""The English word list that mends line-end hyphens (issue 15: read from its file, not
derived from spacy-lookups-data at every start)."""

import pytest

from pipeline.ingest.cleanup import join_hyphenated
from pipeline.ingest.words import english_words, from_lookups, words_path


def test_the_word_list_file_is_what_spacy_lookups_data_gives():
    pytest.importorskip("spacy_lookups_data")
    assert words_path().exists()
    assert english_words() == from_lookups()


def test_a_known_word_split_at_a_line_end_loses_its_hyphen():
    assert "regeneration" in english_words()
    assert join_hyphenated("regen", "eration", {}) == "regeneration"
    assert join_hyphenated("anti", "social", {}) == "anti-social"  # both parts are words


@pytest.mark.parametrize("head, tail, word", [
    ("author", "ity", "authority"),  # "ity" is in the web-text list, but a suffix is no word of its own
    ("organ", "isation", "organisation"), ("sustain", "ability", "sustainability"),
    ("partner", "ship", "partnership"), ("develop", "ment", "development"),
    ("co", "operation", "co-operation"), ("follow", "up", "follow-up"), ("well", "being", "well-being"),
])
def test_a_word_broken_before_its_suffix_is_joined_and_a_compound_keeps_its_hyphen(head, tail, word):
    pytest.importorskip("spacy_lookups_data")
    assert join_hyphenated(head, tail, {}) == word
