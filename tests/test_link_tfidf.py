"""The linker's TF-IDF (numpy alone) gives scikit-learn's similarities to the last bit."""

from __future__ import annotations

import itertools
from pathlib import Path

import numpy as np
import pytest
from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

from pipeline.link.tfidf import ENGLISH_STOP_WORDS as OUR_STOP_WORDS
from pipeline.link.tfidf import similarities, terms

FIXTURES = Path(__file__).resolve().parent / "fixtures"
NGRAMS = [(1, 1), (1, 2)]


def paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


@pytest.fixture(scope="module")
def documents() -> list[list[str]]:
    """The paragraphs of real reports and responses (and one with only stop words and marks)."""
    files = sorted((FIXTURES / "alignment").glob("*.txt")) + sorted((FIXTURES / "robustness").glob("*.txt"))
    return [paragraphs(f)[:40] for f in files] + [["It is to be: (a) ...", "We will."]]


def sklearn_similarities(texts: list[str], split: int, ngram_range: tuple[int, int]) -> np.ndarray:
    m = TfidfVectorizer(sublinear_tf=True, ngram_range=ngram_range, stop_words="english", min_df=1).fit_transform(texts)
    return (m[split:] @ m[:split].T).toarray()


def test_the_stop_words_are_scikit_learns() -> None:
    assert OUR_STOP_WORDS == ENGLISH_STOP_WORDS


@pytest.mark.parametrize("ngram_range", NGRAMS)
def test_the_terms_are_scikit_learns(documents, ngram_range) -> None:
    analyse = TfidfVectorizer(ngram_range=ngram_range, stop_words="english").build_analyzer()
    for text in itertools.chain.from_iterable(documents):
        assert terms(text, ngram_range) == analyse(text)


@pytest.mark.parametrize("ngram_range", NGRAMS)
def test_the_similarities_are_scikit_learns_to_the_last_bit(documents, ngram_range) -> None:
    """Equal, not close: a link's score is rounded to three places and compared with thresholds,
    and the assignment breaks ties, so a difference in the last bit could change a link."""
    compared = 0
    for report, response in itertools.permutations(documents, 2):
        texts = report[:12] + response[:12]
        split = len(report[:12])
        try:
            theirs = sklearn_similarities(texts, split, ngram_range)
        except ValueError:
            with pytest.raises(ValueError, match="empty vocabulary"):
                similarities(texts, split, ngram_range)
            continue
        ours = similarities(texts, split, ngram_range)
        assert ours.shape == theirs.shape
        assert np.array_equal(ours, theirs), (ngram_range, np.abs(ours - theirs).max())
        compared += 1
    assert compared > 50


def test_nothing_but_stop_words_is_a_value_error_as_in_scikit_learn() -> None:
    with pytest.raises(ValueError, match="empty vocabulary"):
        sklearn_similarities(["It is to be.", "We will."], 1, (1, 1))
    with pytest.raises(ValueError, match="empty vocabulary"):
        similarities(["It is to be.", "We will."], 1)


def test_a_text_without_terms_is_similar_to_nothing() -> None:
    texts = ["Publish the housing strategy", "and so on", "We will publish the housing strategy"]
    ours = similarities(texts, 1)
    assert np.array_equal(ours, sklearn_similarities(texts, 1, (1, 1)))
    assert ours[0, 0] == 0.0 and ours[1, 0] > 0.9
