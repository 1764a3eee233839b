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
import re
from functools import lru_cache
from pathlib import Path

from pipeline.config import models_dir

log = logging.getLogger(__name__)

WORDS_FILE = "english_words.v1.txt.gz"
MIN_LOG_PROB = -19.5  # rarer entries of the lexeme table are mostly misspellings and fragments


def words_path() -> Path:
    return models_dir() / "lexicon" / WORDS_FILE


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
    """The word list, from its file; derived again from spacy-lookups-data if the file is missing."""
    path = words_path()
    if not path.exists():
        log.warning("%s is missing: the word list is derived from spacy-lookups-data (slow); "
                    "write it with `python -m pipeline.ingest.words`", path)
        return from_lookups()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(fh.read().split())


FOREIGN_MIN_WORDS = 8  # a paragraph this long or longer can show its language
ENGLISH_SHARE = 0.5  # an English paragraph has at least this share of its words in the list


def in_another_language(text: str) -> bool:
    """The paragraph is written in another language: of its words of three letters or more (at least
    FOREIGN_MIN_WORDS), under half are English words ("Cytunwyd. Mae pwynt mynediad sengl y Cyngor eisoes
    ...", the Welsh half of a bilingual council paper). Names and figures keep an English paragraph
    far above the line; a short line shows nothing and is never called foreign."""
    tokens = [w for w in re.findall(r"[a-z]+", text.lower()) if len(w) >= 3]
    if len(tokens) < FOREIGN_MIN_WORDS:
        return False
    known = english_words()
    return sum(w in known for w in tokens) < ENGLISH_SHARE * len(tokens)


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
