"""Which councils to fetch, and which of their committees: `data/moderngov/` as data.

`councils.tsv` (from Democracy Club's LGSF, MIT) gives each council's code, name, system
(ModernGov or CMIS) and base address; `committees.json` the words a committee's title must
carry to be kept by default (scrutiny, overview, select, audit, and the executive that
answers them). A council is named by its code (`MAN`), a unique part of its name
(`Manchester`), or a base address (`https://democracy.example.gov.uk`).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from urllib.parse import urlsplit

from pipeline.config import DATA_DIR
from pipeline.fetch.client import FetchError
from pipeline.fetch.records import Committee, Council

COUNCILS_TSV = DATA_DIR / "moderngov" / "councils.tsv"
COMMITTEES_JSON = DATA_DIR / "moderngov" / "committees.json"


@lru_cache(maxsize=4)
def load_councils(path: Path = COUNCILS_TSV) -> tuple[Council, ...]:
    with path.open(encoding="utf-8", newline="") as fh:
        return tuple(
            Council(code=row["code"], name=row["official_name"], system=row["cms_type"],
                    base=row["councillors_base_url"].rstrip("/"))
            for row in csv.DictReader(fh, delimiter="\t")
        )


def resolve(name: str, councils: tuple[Council, ...] | None = None) -> Council:
    """The council `name` means; E607 when none or several do."""
    councils = councils if councils is not None else load_councils()
    given = name.strip()
    if re.match(r"^https?://", given, re.I):
        host = (urlsplit(given).hostname or "").lower()
        same = [c for c in councils if c.host == host]
        if len(same) == 1:
            return same[0]
        system = "CMIS" if "cmis" in given.lower() else "ModernGov"
        return Council(code=host.split(".")[0].upper() or "SITE", name=host, system=system, base=given.rstrip("/"))
    by_code = [c for c in councils if c.code.lower() == given.lower()]
    if by_code:
        return by_code[0]
    by_name = [c for c in councils if given.lower() in c.name.lower()]
    if len(by_name) == 1:
        return by_name[0]
    detail = f"several match: {', '.join(f'{c.code} {c.name}' for c in by_name[:6])}" if by_name else "none matches"
    raise FetchError("E607", given, detail)


@lru_cache(maxsize=4)
def _vocabulary(path: Path = COMMITTEES_JSON) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    data = json.loads(path.read_text(encoding="utf-8"))
    keep = re.compile(rf"\b(?:{'|'.join(data['keep'])})\b", re.I)
    drop = re.compile(rf"\b(?:{'|'.join(data['drop'])})\b", re.I) if data.get("drop") else None
    return keep, drop


def committee_filter(pattern: str | None = None) -> Callable[[Committee], bool]:
    """Keep a committee whose title matches `pattern` (a regular expression, any case), or
    by default one that carries a word of `committees.json`'s `keep` and none of its `drop`."""
    if pattern:
        rx = re.compile(pattern, re.I)
        return lambda c: bool(rx.search(c.title))
    keep, drop = _vocabulary()
    return lambda c: bool(keep.search(c.title)) and not (drop and drop.search(c.title))
