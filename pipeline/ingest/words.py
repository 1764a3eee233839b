"""The English word list that decides a line-end hyphen the document itself does not.

`models/lexicon/english_words.v1.txt.gz` holds, one a line, the lower-case alphabetic
words whose log probability in spacy-lookups-data's English lexeme table is above
`MIN_LOG_PROB` (268,526 words). Deriving them from that 7 MB JSON of a million entries at
every start cost each process 1.3 s of CPU; the file reads in a tenth of that.
`python -m pipeline.ingest.words` writes it again from the installed spacy-lookups-data
(a new list is a new version: `english_words.v2.txt.gz`, named here).
"""

from __future__ import annotations

import gzip
import logging
from functools import lru_cache
from pathlib import Path

from pipeline.lexicon import WORDS_FILE, words_path
from pipeline.lexicon import english_words as lexicon_words

log = logging.getLogger(__name__)

MIN_LOG_PROB = -19.5  # rarer entries of the lexeme table are mostly misspellings and fragments
__all__ = ["WORDS_FILE", "english_words", "from_lookups", "words_path", "write"]


def from_lookups() -> frozenset[str]:
    """The list derived from spacy-lookups-data's lexeme probabilities, or empty if absent."""
    try:
        import spacy_lookups_data
        import srsly
    except ImportError:
        return frozenset()
    path = Path(spacy_lookups_data.__file__).parent / "data" / "en_lexeme_prob.json.gz"
    if not path.exists():
        return frozenset()
    probs = srsly.read_gzip_json(path)
    return frozenset(w for w, p in probs.items() if p > MIN_LOG_PROB and w.isalpha() and w.islower())


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The word list, from its file (`pipeline.lexicon.english_words`); derived again from
    spacy-lookups-data if the file is missing."""
    words = lexicon_words()
    if not words:
        log.warning("%s is missing: the word list is derived from spacy-lookups-data (slow); "
                    "write it with `python -m pipeline.ingest.words`", words_path())
        return from_lookups()
    return words


def write(path: Path | None = None) -> Path:
    """Write the list derived from the installed spacy-lookups-data, sorted, one word a line."""
    path = path or words_path()
    words = from_lookups()
    if not words:
        raise RuntimeError("spacy-lookups-data is not installed: there is no list to write")
    with gzip.GzipFile(path, "wb", mtime=0) as fh:  # mtime 0: the same words give the same bytes
        fh.write("\n".join(sorted(words)).encode("utf-8") + b"\n")
    return path


if __name__ == "__main__":
    print(write())
