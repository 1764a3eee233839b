"""TF-IDF cosine similarity fitted on a few texts, with numpy alone: what the linker compares.

The linker fits one vectoriser per pair of documents (`match`), on a few dozen texts. It
used scikit-learn's `TfidfVectorizer(sublinear_tf=True, stop_words="english", ...)` for
that, and importing scikit-learn (with the SciPy, pandas and narwhals it brings) cost a
parse 2-3 s of CPU, more than all the linking it did. `similarities` computes the same
matrix as

    m = TfidfVectorizer(sublinear_tf=True, stop_words="english", ngram_range=...).fit_transform(texts)
    (m[split:] @ m[:split].T).toarray()

to the last bit, not merely to a tolerance, so that the links (scores rounded to three
places, thresholds, ties in the assignment) are the ones scikit-learn gave: the same terms
in the same order (tokens of `(?u)\\b\\w\\w+\\b` in lower case less the English stop words,
then word n-grams); the same counts, `1 + log tf`, smoothed idf `1 + log((1 + n) / (1 + df))`
and L2 norm, each row's squares summed in column order as scikit-learn's Cython does; and
each similarity summed over the row's columns in order, as SciPy's sparse product does.
`tests/test_link_tfidf.py` holds the two to equality on real texts.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import numpy as np

from pipeline.frozen import analyse

TOKEN = re.compile(r"(?u)\b\w\w+\b")  # scikit-learn's default token_pattern

# scikit-learn's ENGLISH_STOP_WORDS (sklearn.feature_extraction.text), copied so that a parse
# need not import scikit-learn; tests/test_link_tfidf.py checks the copy against the original.
ENGLISH_STOP_WORDS = frozenset("""
a about above across after afterwards again against all almost alone along already also although
always am among amongst amoungst amount an and another any anyhow anyone anything anyway anywhere
are around as at back be became because become becomes becoming been before beforehand behind being
below beside besides between beyond bill both bottom but by call can cannot cant co con could
couldnt cry de describe detail do done down due during each eg eight either eleven else elsewhere
empty enough etc even ever every everyone everything everywhere except few fifteen fifty fill find
fire first five for former formerly forty found four from front full further get give go had has
hasnt have he hence her here hereafter hereby herein hereupon hers herself him himself his how
however hundred i ie if in inc indeed interest into is it its itself keep last latter latterly least
less ltd made many may me meanwhile might mill mine more moreover most mostly move much must my
myself name namely neither never nevertheless next nine no nobody none noone nor not nothing now
nowhere of off often on once one only onto or other others otherwise our ours ourselves out over own
part per perhaps please put rather re same see seem seemed seeming seems serious several she should
show side since sincere six sixty so some somehow someone something sometime sometimes somewhere
still such system take ten than that the their them themselves then thence there thereafter thereby
therefore therein thereupon these they thick thin third this those though three through throughout
thru thus to together too top toward towards twelve twenty two un under until up upon us very via
was we well were what whatever when whence whenever where whereafter whereas whereby wherein
whereupon wherever whether which while whither who whoever whole whom whose why will with within
without would yet you your yours yourself yourselves
""".split())  # noqa: SIM905 (318 words read better as text than as a list literal)


def terms(text: str, ngram_range: tuple[int, int] = (1, 1)) -> list[str]:
    """The vectoriser's analyser: lower case, tokens less stop words, then word n-grams
    (scikit-learn's `_word_ngrams`: the unigrams first, then the bigrams, and so on), as the
    frozen models' `pipeline.frozen.analyse` reads a text."""
    return list(analyse(text, TOKEN.pattern, ngram_range, None, ENGLISH_STOP_WORDS))


def tfidf_rows(texts: Sequence[str], ngram_range: tuple[int, int] = (1, 1),
               ) -> tuple[list[np.ndarray], list[np.ndarray], int]:
    """Each text's row of a sublinear, smoothed, L2-normalised TF-IDF matrix fitted on `texts`,
    as (columns ascending, values), and the vocabulary's size; ValueError when no text has a
    term ("empty vocabulary", as scikit-learn says)."""
    vocabulary: dict[str, int] = {}  # columns in the order the terms are first seen
    counted: list[dict[int, int]] = []
    for text in texts:
        counts: dict[int, int] = {}
        for term in terms(text, ngram_range):
            j = vocabulary.setdefault(term, len(vocabulary))
            counts[j] = counts.get(j, 0) + 1
        counted.append(counts)
    if not vocabulary:
        raise ValueError("empty vocabulary; perhaps the documents only contain stop words")
    cols = [np.array(sorted(c), dtype=np.intp) for c in counted]
    tf = [np.array([c[j] for j in k], dtype=np.float64) for c, k in zip(counted, cols)]
    df = np.bincount(np.concatenate(cols), minlength=len(vocabulary)).astype(np.float64)
    df += 1.0
    idf = np.full_like(df, len(texts) + 1, dtype=np.float64)
    idf /= df
    np.log(idf, out=idf)
    idf += 1.0
    values = []
    for k, t in zip(cols, tf):
        v = np.log(t)
        v += 1.0
        v *= idf[k]
        squares = 0.0
        for x in v.tolist():  # in column order, one at a time, as scikit-learn's Cython sums them
            squares += x * x
        if squares != 0.0:
            v /= np.sqrt(squares)
        values.append(v)
    return cols, values, len(vocabulary)


def similarities(texts: Sequence[str], split: int, ngram_range: tuple[int, int] = (1, 1)) -> np.ndarray:
    """Cosine similarity of each text from `split` on with each text before it, (n - split, split),
    under TF-IDF fitted on all of `texts` (see the module's docstring)."""
    cols, values, width = tfidf_rows(texts, ngram_range)
    left = np.zeros((width, split))  # column k: text k's row
    for k in range(split):
        left[cols[k], k] = values[k]
    out = np.zeros((len(texts) - split, split))
    for i in range(split, len(texts)):
        if len(cols[i]):
            # each product summed in the order of the row's columns, one at a time (SciPy's csr_matmat)
            products = values[i][:, None] * left[cols[i]]
            out[i - split] = np.add.accumulate(products, axis=0)[-1]
    return out
