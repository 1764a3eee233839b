"""How a recommendation's outcome is named to people, the same in every output.

The answer reader says `unclear` / `unknown` (or nothing, when no answer is linked) where
the response does not state a stance or progress the rules can read. Every output (cover
report, tracker, notebooks, `scrutiny link`) shows those as `NOT_YET_KNOWN`, never as `?`,
a blank, "unclear" in one place and "no response" in another. Importing this module is
cheap (no pandas), so the command line can use it too.
"""

from __future__ import annotations

NOT_YET_KNOWN = "not yet known"
UNSTATED = frozenset({"unclear", "unknown"})  # what the answer reader says when it cannot tell


def outcome_text(value: object) -> str:
    """`partially_accepted` -> `partially accepted`; None, NaN, `unclear`, `unknown` -> `not yet known`."""
    if not isinstance(value, str) or not value.strip() or value in UNSTATED:
        return NOT_YET_KNOWN
    return value.replace("_", " ")


def is_known(value: object) -> bool:
    """Whether `value` states a stance or progress (not missing, not `unclear` / `unknown`)."""
    return outcome_text(value) != NOT_YET_KNOWN


__all__ = ["NOT_YET_KNOWN", "is_known", "outcome_text"]
