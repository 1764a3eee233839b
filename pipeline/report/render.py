"""The cover report as Markdown and as one self-contained HTML page.

The HTML is made by a jinja2 template with autoescaping on, so every text that comes
from a document (quotations, titles, recommendations) is escaped; the chart is inlined
as a base64 PNG, so the page needs nothing beside itself. Markdown escapes the
characters that would otherwise turn document text into markup.
"""

from __future__ import annotations

import base64
import re
from pathlib import Path

import jinja2

from pipeline.report import wording as w
from pipeline.report.cover import CoverReport
from pipeline.report.quotes import list_items

_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]<>#|])")


def md_escape(text: str) -> str:
    """Document text made safe for Markdown: markup characters escaped, lines joined."""
    return _MD_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def to_markdown(cover: CoverReport, *, chart_file: str | None = None) -> str:
    """The draft as Markdown; `chart_file` is the PNG's path relative to the .md file."""
    out = [f"# {w.TITLE}", "", f"*{w.draft_note(cover)}*", "", f"## {w.REPORTS_HEADING}", ""]
    out += [f"- {md_escape(w.report_line(r))}" for r in cover.reports]
    out += ["", f"## {w.THREADS_HEADING}", "", w.THREADS_INTRO.format(min_reports="two") if cover.threads else w.NO_THREADS]
    for thread in cover.threads:
        out += ["", f"### {w.thread_heading(thread)}", ""]
        if thread.description:
            out += [f"*Theme: {md_escape(thread.description)}.*", ""]
        for q in thread.quotations:
            out += [f"> {md_escape(w.quoted(q.text))} ({md_escape(str(q.citation))})", ""]
    out += [f"## {w.GOOD_PRACTICE_HEADING}", "", w.GOOD_PRACTICE_INTRO if cover.good_practice else w.NO_GOOD_PRACTICE, ""]
    for q in cover.good_practice:
        out += [f"> {md_escape(w.quoted(q.text))} ({md_escape(str(q.citation))})", ""]
    out += [f"## {w.RECOMMENDATIONS_HEADING}", "", w.RECOMMENDATIONS_INTRO if cover.groups else w.NO_RECOMMENDATIONS]
    for group in cover.groups:
        out += ["", f"### {group.name}", "", "| " + " | ".join(w.RECOMMENDATION_COLUMNS) + " |",
                "|" + "---|" * len(w.RECOMMENDATION_COLUMNS)]
        for e in group.recommendations:
            report, label, _, addressee, response = w.recommendation_row(e)
            lead, items = list_items(e.text)
            text = "<br>".join([md_escape(lead)] + [f"• {md_escape(i)}" for i in items])
            cells = [md_escape(report), md_escape(label), f"{text} ({md_escape(str(e.citation))})",
                     md_escape(addressee), md_escape(response)]
            out.append("| " + " | ".join(cells) + " |")
    if chart_file:
        out += ["", f"## {w.CHART_HEADING}", "", f"![{w.CHART_CAPTION}]({chart_file})", "", f"*{w.CHART_CAPTION}*"]
    return "\n".join(out) + "\n"


_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ w.TITLE }}</title>
<style>
body { font-family: "Segoe UI", Arial, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;
       color: #1f2933; line-height: 1.45; }
h1 { font-size: 1.8rem; border-bottom: 3px solid #3b6ea5; padding-bottom: .3rem; }
h2 { font-size: 1.35rem; margin-top: 2rem; color: #24476b; }
h3 { font-size: 1.1rem; margin-bottom: .3rem; }
.note { font-style: italic; color: #52606d; }
.theme { font-style: italic; color: #52606d; margin-top: 0; }
blockquote { margin: .5rem 0 .8rem; padding: .4rem .9rem; border-left: 4px solid #3b6ea5; background: #f3f6fa; }
cite { display: block; font-style: normal; font-size: .85rem; color: #52606d; margin-top: .2rem; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; font-size: .9rem; margin-bottom: 1rem; table-layout: fixed; }
th:nth-child(1), th:nth-child(2) { width: 3.5rem; } th:nth-child(3) { width: 40%; } th:nth-child(4) { width: 15%; }
th, td { border: 1px solid #cbd2d9; padding: .35rem .5rem; vertical-align: top; text-align: left; overflow-wrap: anywhere; }
th { background: #e4ebf3; }
td ul { margin: .3rem 0 0; padding-left: 1.1rem; }
.answer { margin: 0 0 .3rem; font-style: italic; }
.default { color: #52606d; font-size: .8rem; }
.status-overdue { color: #a61b1b; font-weight: 600; }
.small { font-size: .8rem; color: #52606d; overflow-wrap: anywhere; }
figure { margin: 1rem 0; } figure img { max-width: 100%; }
figcaption { font-size: .9rem; color: #52606d; }
</style>
</head>
<body>
<h1>{{ w.TITLE }}</h1>
<p class="note">{{ w.draft_note(cover) }}</p>
<h2>{{ w.REPORTS_HEADING }}</h2>
<ul>{% for r in cover.reports %}<li>{{ w.report_line(r) }}</li>{% endfor %}</ul>
<h2>{{ w.THREADS_HEADING }}</h2>
<p>{{ w.THREADS_INTRO.format(min_reports="two") if cover.threads else w.NO_THREADS }}</p>
{% for t in cover.threads %}
<section class="thread" id="thread-{{ t.theme }}">
<h3>{{ w.thread_heading(t) }}</h3>
{% if t.description %}<p class="theme">Theme: {{ t.description }}.</p>{% endif %}
{% for q in t.quotations %}<blockquote>{{ w.quoted(q.text) }}<cite>{{ q.citation }}</cite></blockquote>
{% endfor %}</section>
{% endfor %}
<h2>{{ w.GOOD_PRACTICE_HEADING }}</h2>
<p>{{ w.GOOD_PRACTICE_INTRO if cover.good_practice else w.NO_GOOD_PRACTICE }}</p>
{% for q in cover.good_practice %}<blockquote class="good-practice">{{ w.quoted(q.text) }}<cite>{{ q.citation }}</cite></blockquote>
{% endfor %}
<h2>{{ w.RECOMMENDATIONS_HEADING }}</h2>
<p>{{ w.RECOMMENDATIONS_INTRO if cover.groups else w.NO_RECOMMENDATIONS }}</p>
{% for g in cover.groups %}
<h3>{{ g.name }}</h3>
<table>
<thead><tr>{% for c in w.RECOMMENDATION_COLUMNS %}<th>{{ c }}</th>{% endfor %}</tr></thead>
<tbody>
{% for e in g.recommendations %}{% set lead, items = list_items(e.text) %}<tr class="status-{{ e.status }}"><td>{{ e.report }}</td><td>{{ e.label }}</td>
<td>{{ lead }}{% if items %}<ul>{% for i in items %}<li>{{ i }}</li>{% endfor %}</ul>{% endif %}
<span class="small">{{ e.citation }}</span></td>
<td>{% for b in e.addressees %}{{ b }}{% if e.named and not e.named[loop.index0] %} <span class="default">({{ w.NOT_NAMED }})</span>{% endif %}{% if not loop.last %}<br>{% endif %}{% endfor %}</td>
<td>{% if w.is_answered(e) %}{% set q = w.answer_extract(e) %}{% if q %}<p class="answer">{{ w.quoted(q.text) }}</p><span class="small">{{ q.citation }}</span>{% else %}<span class="small">{{ w.answered_by(e) }}</span>{% endif %}
<p>{{ w.outcome_line(e) }}</p>{% else %}<span class="status-{{ e.status }}">{{ w.status_text(e) }}</span>{% endif %}</td></tr>
{% endfor %}</tbody>
</table>
{% endfor %}
{% if chart %}
<h2>{{ w.CHART_HEADING }}</h2>
<figure><img alt="{{ w.CHART_CAPTION }}" src="data:image/png;base64,{{ chart }}">
<figcaption>{{ w.CHART_CAPTION }}</figcaption></figure>
{% endif %}
</body>
</html>
"""


def _environment() -> jinja2.Environment:
    return jinja2.Environment(autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True)


def to_html(cover: CoverReport, *, chart_png: bytes | None = None) -> str:
    """The draft as one self-contained HTML page, document text escaped."""
    chart = base64.b64encode(chart_png).decode("ascii") if chart_png else ""
    return _environment().from_string(_HTML).render(cover=cover, w=w, chart=chart, list_items=list_items)


def write_markdown(cover: CoverReport, path: str | Path, *, chart_file: str | None = None) -> Path:
    path = Path(path)
    path.write_text(to_markdown(cover, chart_file=chart_file), encoding="utf-8")
    return path


def write_html(cover: CoverReport, path: str | Path, *, chart_png: bytes | None = None) -> Path:
    path = Path(path)
    path.write_text(to_html(cover, chart_png=chart_png), encoding="utf-8")
    return path
