"""Vocabularies as versioned data: the words the segmenter and the answer reader go by.

A lexicon is a JSON file in `models/lexicon/` (`segment.v1.json`, `answers.v1.json`, with a
card in its README): named lists of words or phrases. Code names a list by its role in a
pattern template (`r"^(?:{decision_verbs})\\b"`) and never spells the words itself, so a
council's new wording is a data change. `Patterns` compiles its templates on first use:
importing a module that declares them reads no file.

    RX = Patterns("segment", imperative=(r"^(?:{decision_verbs})\\b", re.I))
    RX.imperative.match("Note the update")
"""

from __future__ import annotations

import gzip
import json
import logging
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from pipeline.config import models_dir

log = logging.getLogger(__name__)

LEXICON_VERSIONS = {"segment": "v31", "answers": "v46", "minutes": "v1"}


@dataclass(frozen=True, slots=True)
class Lexicon:
    """One lexicon file: its name, version and named word lists."""

    name: str
    version: str
    lists: dict[str, tuple[str, ...]]

    @property
    def generator(self) -> str:
        return f"{self.name}.v{self.version}"

    def words(self, key: str) -> tuple[str, ...]:
        try:
            return self.lists[key]
        except KeyError as exc:
            raise KeyError(f"lexicon {self.generator} has no list {key!r}; it has {', '.join(sorted(self.lists))}") from exc

    def alternation(self, key: str) -> str:
        """The list as one regular-expression alternation, longest first (so 'not agreed' beats 'agreed')."""
        return "|".join(sorted(self.words(key), key=len, reverse=True))


@lru_cache(maxsize=8)
def load(name: str) -> Lexicon:
    """`models/lexicon/<name>.<version>.json`, read once per process."""
    path = models_dir() / "lexicon" / f"{name}.{LEXICON_VERSIONS[name]}.json"
    data: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    lists = {k: tuple(v["words"]) for k, v in data.items() if isinstance(v, dict) and "words" in v}
    return Lexicon(data["name"], str(data["version"]), lists)


class Patterns:
    """Named patterns over one lexicon, each compiled on first use from a template whose
    `{list}` fields are the lexicon's lists as alternations."""

    def __init__(self, lexicon: str, **templates: tuple[str, int]) -> None:
        self._lexicon = lexicon
        self._templates = templates
        self._compiled: dict[str, re.Pattern[str]] = {}

    def __getattr__(self, name: str) -> re.Pattern[str]:
        if name.startswith("_"):
            raise AttributeError(name)
        compiled = self._compiled.get(name)
        if compiled is None:
            try:
                template, flags = self._templates[name]
            except KeyError as exc:
                raise AttributeError(f"no pattern {name!r} over lexicon {self._lexicon!r}") from exc
            lex = load(self._lexicon)
            fields = {key: lex.alternation(key) for key in re.findall(r"\{([A-Za-z_]\w*)\}", template)}
            compiled = re.compile(_fill(template, fields), flags)
            self._compiled[name] = compiled
        return compiled


def _fill(template: str, fields: dict[str, str]) -> str:
    """The template with each `{list}` replaced (other braces, like `{1,3}`, are left alone)."""
    return re.sub(r"\{([A-Za-z_]\w*)\}", lambda m: fields.get(m.group(1), m.group(0)), template)


# The kinds of a local council that its name prints before "Council" ("Kent County Council"), and the first tier's:
# a parish may call itself a town, village, neighbourhood or community council (Local Government and Public Involvement
# in Health Act 2007, s. 75), and it meets as the council itself. Read by the cover reader, the folder reader and the
# addressee reader, one spelling for the three. ("Islands": the Scottish islands councils, "Orkney Islands Council".)
COUNCIL_KINDS = ("City", "County", "County Borough", "Metropolitan Borough", "Borough", "District", "Islands")
LOCAL_COUNCIL_KINDS = ("Town", "Parish", "Village", "Neighbourhood", "Community")
# The authorities that publish papers as a council does, each the last words of its name before "Authority" ("Brackenshire
# and Tessbury Combined Fire Authority", "Skelderdale National Park Authority", "Skerrisford and Ludgarth Inshore
# Fisheries and Conservation Authority"): read by the cover reader as the paper's council.
AUTHORITY_KINDS = ("Combined Fire and Rescue", "Combined Fire", "Fire and Rescue", "Fire", "National Park",
                   "Waste Disposal", "Waste", "Combined", "Transport", "Port Health", "Inshore Fisheries and Conservation")


def alternation(words: tuple[str, ...]) -> str:
    """`words` as a regular-expression alternation, in their order, any space between two words matching any run."""
    return "|".join(r"\s+".join(re.escape(part) for part in w.split()) for w in words)


# The English word list (`pipeline.ingest.words` writes it from spacy-lookups-data): the lower-case
# alphabetic words of the lexeme table above a log probability, one a line.
WORDS_FILE = "english_words.v1.txt.gz"
FOREIGN_MIN_WORDS = 8  # a paragraph this long or longer can show its language
FOREIGN_MIN_LOWER = 5  # ... by this many words written in lower case, which names are not
ENGLISH_SHARE = 0.5  # an English paragraph has at least this share of its words in the list
# The words no English sentence of any length goes without (`function_words`). The word list holds rare words that spell like another
# language's common ones ("mae", "pob", "wedi", "cael"); a sentence of eight lower-case words or more with none of
# these is not English, whatever share of its words the list holds.
TERSE_SHARE = 0.75  # ... unless it is terse English ("Agreed; officers continue monitoring progress quarterly"), its words all in the list


@lru_cache(maxsize=1)
def function_words() -> frozenset[str]:
    """English's small words (answer lexicon `function_words`)."""
    return frozenset(load("answers").words("function_words"))


def words_path() -> Path:
    return models_dir() / "lexicon" / WORDS_FILE


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The English word list from its file; empty (and a warning) where the file is missing."""
    path = words_path()
    if not path.exists():
        log.warning("%s is missing", path)
        return frozenset()
    with gzip.open(path, "rt", encoding="utf-8") as fh:
        return frozenset(fh.read().split())


def in_another_language(text: str) -> bool:
    """The paragraph is written in another language: of its words of three letters or more (at least
    FOREIGN_MIN_WORDS), under half are English words ("Cytunwyd. Mae pwynt mynediad sengl y Cyngor eisoes
    ...", the Welsh half of a bilingual council paper), or it has none of English's small words and not
    three in four in the list. Names and figures keep an English paragraph far above the line; a short line
    shows nothing and is never called foreign, nor is anything without the list."""
    return language_of(text) is False


def language_of(text: str) -> bool | None:
    """True where `text` is English, False where it is in another language (`in_another_language`), None where
    it is too short to tell (or there is no word list)."""
    words = [w for w in re.findall(r"[A-Za-z]+", text) if len(w) >= 3]
    lower = [w for w in words if w.islower()]  # names ("Cllr Przybylski") say nothing of the language
    known = english_words()
    if len(words) < FOREIGN_MIN_WORDS or len(lower) < FOREIGN_MIN_LOWER or not known:
        return None
    share = sum(w in known for w in lower) / len(lower)
    if len(lower) >= FOREIGN_MIN_WORDS and not any(w in function_words() for w in lower) and share < TERSE_SHARE:
        return False  # "Ers mis Medi 2025 mae pob un o'r 84 o weithwyr ...": not one of English's own small words
    return share >= ENGLISH_SHARE


__all__ = ["LEXICON_VERSIONS", "Lexicon", "Patterns", "english_words", "in_another_language", "language_of", "load", "words_path"]
