"""Strings one of which stands in every match of a regular expression: a cheap test before a slow scan.

The stance rules scan each answer, and each of its sentences, with about a hundred and
twenty case-insensitive patterns; almost none of them match, and Python's `re` walks every
position of the text for each pattern to find that out. Most patterns are made of words
("\\b(?:agrees?|accepts?) ...", "\\bwill not implement\\b"), so a match can only be where one
of a few short strings stands. `heads(pattern)` reads those strings from the pattern's own
parse (the `re` module's parser: the same reading `re.compile` makes), from any point of its
top-level sequence (the rarest list is kept), and `finditer_all` asks whether any of them
occurs in the text: when none does, the pattern cannot match, and the scan is skipped. When
one does, the pattern scans as before, so what is found never changes; a pattern with no such
strings (a class, a wildcard, optional words throughout) has no heads and is always scanned.

Only ASCII characters enter a head. Under IGNORECASE `re` takes "I", "i", "\u0130" and
"\u0131" for one another, and "s" for "\u017f" (long s); `fold` maps those to the letter
they match before lower-casing, so a lower-cased head is in the folded text wherever the
pattern could match.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

# the parser `re.compile` uses (private, but the same reading as the compiled pattern's; Python 3.11+)
from re import _constants as C  # type: ignore[attr-defined]  # noqa: N812
from re import _parser as P  # type: ignore[attr-defined]  # noqa: N812

LONGEST = 12  # characters of a head: enough to be rare, few enough to stay a short list
MOST = 64  # heads of one pattern; more, and the test costs what it saves

_FOLD = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})
_ZERO_WIDTH = {C.AT, C.ASSERT, C.ASSERT_NOT}
_REPEATS = {C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT}

Prefix = tuple[str, bool]  # (the characters fixed so far, whether more may still be fixed)


@lru_cache(maxsize=4096)
def fold(text: str) -> str:
    """The text as heads are compared with it: the letters IGNORECASE equates with ASCII ones mapped to them, lower case
    (cached: the rules scan one answer's text several times, once for each of their groups)."""
    return text.translate(_FOLD).lower()


def _chars(op: object, av: object) -> list[str] | None:
    """The ASCII characters one item can be, or None when it is not a short fixed set."""
    if op is C.LITERAL and isinstance(av, int) and av < 128:
        return [chr(av).lower()]
    if op is C.IN and isinstance(av, list) and 0 < len(av) <= 8 \
            and all(o is C.LITERAL and isinstance(c, int) and c < 128 for o, c in av):
        return sorted({chr(c).lower() for _, c in av})
    return None


def _extend(prefixes: set[Prefix], items: list) -> set[Prefix] | None:
    """The prefixes after reading `items` (a parsed sequence) on from each open prefix; None: too many."""
    for op, av in items:
        if not any(more for _, more in prefixes):
            return prefixes
        if op in _ZERO_WIDTH:
            continue  # \\b, ^, a look-ahead or -behind: they take no characters
        chars = _chars(op, av)
        if chars is not None:
            prefixes = {(s + c, len(s) + 1 < LONGEST) if more else (s, False)
                        for s, more in prefixes for c in (chars if more else [""])}
        elif op is C.SUBPATTERN:
            group = _extend(prefixes, list(av[-1]))
            if group is None:
                return None
            prefixes = group
        elif op is C.BRANCH:
            out: set[Prefix] = set()
            for branch in av[1]:
                alt = _extend(prefixes, list(branch))
                if alt is None:
                    return None
                out |= alt
            prefixes = out
        elif op in _REPEATS and av[0] >= 1:
            once = _extend(prefixes, list(av[2]))  # the first time it takes characters; after that, unknown
            if once is None:
                return None
            prefixes = {(s, False) for s, _ in once}
        elif op in _REPEATS:  # optional: either it is there (and closes the prefix) or the rest follows
            taken = _extend(prefixes, list(av[2]))
            if taken is None:
                return None
            prefixes = {(s, False) for s, _ in taken} | prefixes
            if len(prefixes) > MOST:
                return None
            continue
        else:  # a class, a wildcard, a back-reference: nothing more is fixed
            prefixes = {(s, False) for s, _ in prefixes}
        if len(prefixes) > MOST:
            return None
    return prefixes


def _strings(items: list) -> tuple[str, ...] | None:
    """The strings one of which begins every match of the sequence `items`, or None."""
    prefixes = _extend({("", True)}, items)
    if prefixes is None or any(not s for s, _ in prefixes):
        return None
    kept: list[str] = []
    for s in sorted({s for s, _ in prefixes}, key=len):
        if not any(s.startswith(k) for k in kept):  # a string that begins with another says no more
            kept.append(s)
    return tuple(kept)


@lru_cache(maxsize=4096)
def heads(pattern: re.Pattern[str]) -> tuple[str, ...] | None:
    """Lower-case strings one of which stands in every match of `pattern`, or None when no such
    short list can be read (then the pattern is always scanned).

    Every item of the pattern's top-level sequence is matched, in order, in every match; so what
    begins the match of items i, i+1, ... stands in the match, for each i. Of these lists the
    rarest is kept: the one whose shortest string is longest ("committed to" rather than "is"
    in "\\b(?:is|are) (?:fully )?committed to\\b")."""
    try:
        parsed = list(P.parse(pattern.pattern, pattern.flags))
    except Exception:  # noqa: BLE001 - a parser that differs: no test, always scan
        return None
    found = [s for i in range(len(parsed)) if (s := _strings(parsed[i:])) is not None]
    return max(found, key=lambda s: (min(map(len, s)), -len(s)), default=None)


@lru_cache(maxsize=1024)
def _screened(patterns: tuple[re.Pattern[str], ...]) -> tuple[tuple[re.Pattern[str], tuple[str, ...] | None], ...]:
    return tuple((p, heads(p)) for p in patterns)


def finditer_all(patterns: tuple[re.Pattern[str], ...], text: str) -> Iterator[re.Match[str]]:
    """Every match of each of `patterns` in `text`, pattern by pattern, as `finditer` gives them; a
    pattern none of whose heads is in the text is not scanned (it could find nothing)."""
    within = fold(text).__contains__
    for pattern, found in _screened(patterns):
        if found is None or any(map(within, found)):
            yield from pattern.finditer(text)


__all__ = ["finditer_all", "fold", "heads"]
