"""Every page of the site as bytes, rendered by Jinja2 from `SiteContent` (no I/O here).

Autoescape is on for every template: document text is untrusted input, and only
`highlight` makes markup (`<mark>` around evidence), from text it escapes itself.
Pages link relatively (`root` is "" or "../"), so the site opens from the file system
as well as from any web server. Nothing on a page depends on the time it was built
except the tracker's days open, so a rebuild of an unchanged store renders the same bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
import textwrap
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from pathlib import Path

import jinja2
import matplotlib
import pandas as pd
from markupsafe import Markup, escape

from pipeline.report.charts import png_bytes, prevalence_chart
from pipeline.report.outcome import outcome_text
from pipeline.site.content import DocPage, SiteContent, Trail, slug, status_name

TEMPLATES = Path(__file__).parent / "templates"
STATIC = Path(__file__).parent / "static"
STATUS_ORDER = ("overdue", "awaiting", "decision_sought", "answered", "decided", "conclusion", "copy")


@lru_cache(maxsize=4096)
def _terms_pattern(terms: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(t) for t in terms), re.IGNORECASE)


def highlight(text: str, terms: Iterable[str]) -> Markup:
    """`text` escaped, with each occurrence of any of `terms` (any case) inside `<mark>`."""
    wanted = tuple(sorted({t for t in terms if t and t.strip()}, key=lambda t: (-len(t), t)))
    if not wanted:
        return escape(text)
    pattern = _terms_pattern(wanted)
    out, last = [], 0
    for m in pattern.finditer(text):
        out.append(escape(text[last:m.start()]))
        out.append(Markup("<mark>%s</mark>") % m.group(0))
        last = m.end()
    out.append(escape(text[last:]))
    return Markup("").join(out)


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(TEMPLATES), autoescape=True,
                             undefined=jinja2.StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    env.filters["highlight"] = highlight
    env.filters["status_name"] = status_name
    env.filters["outcome"] = outcome_text  # a stance or progress named as in every output ("not yet known")
    env.filters["label"] = lambda s: str(s).replace("_", " ")
    env.filters["slug"] = slug
    return env


def _render(template: str, **values: object) -> bytes:
    return environment().get_template(template).render(**values).encode("utf-8")


def _choices(values: Iterable[str | None]) -> list[str]:
    return sorted({v for v in values if v})


def search_shard(doc: DocPage) -> bytes:
    """A document's paragraphs for the search page, as a script that adds them to `SCRUTINY_SEARCH`.

    A script tag, not fetch(): browsers refuse fetch() and module imports from file://
    pages, and the site must search when opened from the file system.
    """
    record = {
        "href": doc.href, "source": doc.source, "title": doc.title, "council": doc.council, "date": doc.date,
        "paragraphs": [[u.uid, u.number, u.page, u.text] for u in doc.units if u.kind == "paragraph" and u.text],
    }
    data = json.dumps(record, ensure_ascii=False, separators=(",", ":"))
    return f"(window.SCRUTINY_SEARCH = window.SCRUTINY_SEARCH || []).push({data});\n".encode()


def chart_name(prevalence: pd.DataFrame) -> str | None:
    """The prevalence chart's file, named by a hash of its figures: the same figures, the same file."""
    if prevalence.empty:
        return None
    key = hashlib.sha256(f"{matplotlib.__version__}\n{prevalence.to_csv()}".encode()).hexdigest()[:16]
    return f"assets/prevalence-{key}.png"


def chart_png(prevalence: pd.DataFrame) -> bytes:
    """The cover report's prevalence chart, its "council year" labels wrapped so that they do not overlap."""

    def wrapped(column: object) -> str:
        *council, year = str(column).rsplit(" ", 1)
        return "\n".join([*textwrap.wrap(" ".join(council), 12), year])

    return png_bytes(prevalence_chart(prevalence.rename(columns=wrapped)), dpi=100)


def render_pages(content: SiteContent, recorded: Callable[[str], bytes | None] = lambda _: None,
                 ) -> Iterator[tuple[str, bytes]]:
    """(path inside the site, bytes) for every page, script and asset of the site.

    `recorded(path)` gives a file as the last build wrote it, or None: the chart, named by
    its figures, is drawn again only when they change (matplotlib takes seconds).
    """
    docs = content.documents
    trails = content.trails
    shared = {"theme_name": content.theme_name}
    for asset in sorted(STATIC.iterdir()):
        if asset.is_file():
            yield f"assets/{asset.name}", asset.read_bytes()
    counts = {s: sum(1 for t in trails if t.status == s) for s in STATUS_ORDER}
    yield "index.html", _render("index.html", root="", docs=docs, trails=trails, counts=counts,
                                themes=content.themes, **shared)
    yield "tracker.html", _render(
        "tracker.html", root="", trails=trails, today=content.today,
        councils=_choices(t.report.council for t in trails), bodies=_choices(t.report.body for t in trails),
        themes=_choices(th for t in trails for th in t.themes), statuses=[s for s in STATUS_ORDER if counts[s]],
        years=_choices(t.report.year for t in trails), **shared)
    yield "documents.html", _render("documents.html", root="", docs=docs, **shared)
    by_report: dict[str, list[Trail]] = {}
    for t in trails:
        by_report.setdefault(t.report.id, []).append(t)
    for doc in docs:
        yield doc.href, _render("document.html", root="../", doc=doc, recs=by_report.get(doc.id, []), **shared)
        yield f"search/{doc.short}.js", search_shard(doc)
    for t in trails:
        yield t.href, _render("trail.html", root="../", t=t, **shared)
    chart = chart_name(content.prevalence)
    if chart:
        yield chart, recorded(chart) or chart_png(content.prevalence)
    yield "themes.html", _render("themes.html", root="", themes=content.themes, chart=chart,
                                 prevalence=content.prevalence, descriptions=content.theme_descriptions, **shared)
    for theme, hits in content.themes.items():
        yield f"themes/{slug(theme)}.html", _render(
            "theme.html", root="../", theme=theme, hits=hits, description=content.theme_descriptions.get(theme),
            **shared)
    yield "search.html", _render("search.html", root="", docs=docs, **shared)
