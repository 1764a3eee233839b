"""Write the research notebooks of this folder (without outputs) from the cells below.

    .venv/bin/python notebooks/make_notebooks.py

The notebooks only call `pipeline` (analyses in `pipeline.report.analysis`, figures in
`pipeline.report.charts`); they read the store at $SCRUTINY_DB (default:
`pipeline.config.db_path()`). Edit here, regenerate, and commit both. To run one:

    SCRUTINY_DB=data/processed/scrutiny.duckdb .venv/bin/jupyter nbconvert --to notebook --execute \
        --output-dir /tmp notebooks/1.0-cross-council-themes.ipynb
"""

from __future__ import annotations

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).resolve().parent

PARAMETERS = '''# Parameters: the store to read (default: $SCRUTINY_DB, else data/processed/scrutiny.duckdb)
from pipeline.config import db_path

DB = db_path()
DB'''

THEMES = [
    new_markdown_cell(
        "# Cross-council themes\n\n"
        "Which councils' scrutiny reports talk about what, and how that changes over time: theme prevalence "
        "by council and year, the terms most particular to each council, and recurring topics the theme "
        "taxonomy does not cover, each shown by a sentence of the papers with its citation. All logic is in "
        "`pipeline.report.analysis`."
    ),
    new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}),
    new_code_cell(
        "%matplotlib inline\nfrom IPython.display import display\n\n"
        "from pipeline.report import analysis, charts\n\n"
        "TOP = 8  # councils (and years) shown in the heatmap: those with most paragraphs\n"
        "inputs = analysis.load(DB)\n"
        "inputs.documents[['title', 'council', 'body', 'date', 'kind']]"
    ),
    new_markdown_cell(
        "## Theme prevalence by council and year\n\n"
        "Share of each group's paragraphs that carry each theme, for the groups with most paragraphs. "
        "Papers that state neither council nor date are left out rather than shown as an 'unknown' column."
    ),
    new_code_cell(
        "prevalence = analysis.theme_prevalence(inputs, by=('council', 'year'), top=TOP)\n"
        "print(f\"{prevalence.shape[1]} groups shown; {prevalence.attrs['left_out']} paragraphs of other or undated \"\n"
        "      \"papers left out\")\n"
        "display(charts.heatmap(prevalence, title='Theme prevalence by council and year', row_names=False,\n"
        "                       value_label=\"share of the group's paragraphs\"))\n"
        "prevalence.round(2)"
    ),
    new_markdown_cell("## The most distinctive terms per council"),
    new_code_cell(
        "terms = analysis.distinctive_terms(inputs, by='council', k=8)\n"
        "terms.pivot(index='rank', columns='group', values='term')"
    ),
    new_markdown_cell(
        "## Topics outside the taxonomy\n\n"
        "From `pipeline.themes.discover`: each topic is named by its top terms and shown by a whole sentence "
        "of the paragraph that shows it best, cited by the paper's title and paragraph number."
    ),
    new_code_cell(
        "topics = analysis.discovered_topics(DB, n_topics=6)\n"
        "if topics is None or topics.empty:\n"
        "    print('no topic discovery available for this store')\n"
        "else:\n"
        "    display(charts.bar_chart(topics.set_index('topic')['share'], title='Discovered topics',\n"
        "                             xlabel='share of the paragraphs analysed', percent=True))\n"
        "    for t in topics.itertuples():\n"
        "        print(f'{t.topic} ({t.paragraphs} paragraphs)\\n    \"{t.example}\" ({t.cited})\\n')"
    ),
]

OUTCOMES = [
    new_markdown_cell(
        "# Recommendation outcomes\n\n"
        "What happens to scrutiny recommendations: the share answered, how they were received "
        "(stance) and how long the answers took. Decisions sought from a meeting are left out: they "
        "get no written response. A stance the answer does not state reads \"not yet known\", as in "
        "the cover report and the tracker. All logic is in `pipeline.report.analysis`."
    ),
    new_code_cell(PARAMETERS, metadata={"tags": ["parameters"]}),
    new_code_cell(
        "%matplotlib inline\nfrom IPython.display import display\n\n"
        "from pipeline.report import analysis, charts\n\n"
        "recs = analysis.outcomes(analysis.load(DB))\n"
        "recs['status'].value_counts()"
    ),
    new_markdown_cell("## Share answered, by council"),
    new_code_cell(
        "share = analysis.answered_share(recs.assign(council=recs['council'].replace('unknown', 'council not stated')))\n"
        "display(charts.bar_chart(share, title='Recommendations answered', xlabel='share answered', percent=True))\n"
        "share"
    ),
    new_markdown_cell("## Stance of the answers\n\nAnswered recommendations only; the others are counted above by status."),
    new_code_cell(
        "mix = analysis.stance_mix(recs)\n"
        "if mix.empty:\n"
        "    print('no answered recommendation in this store')\n"
        "else:\n"
        "    display(charts.bar_chart(mix, title='How the answered recommendations were received', xlabel='recommendations'))\n"
        "mix"
    ),
    new_markdown_cell("## Time to response"),
    new_code_cell(
        "times = analysis.time_to_response(recs)\n"
        "undated = analysis.undated_answers(recs)\n"
        "if undated:\n"
        "    print(f'{undated} answered recommendation(s) left out: the report or its response carries no date')\n"
        "if not times.empty:\n"
        "    display(charts.bar_chart(times.set_index(times['source'] + ' / ' + times['label'])['days_to_response'],\n"
        "                             title='Days from report to response', xlabel='days'))\n"
        "elif not (recs['status'] == 'answered').any():\n"
        "    print('no answered recommendation in this store')\n"
        "times"
    ),
]

NOTEBOOKS = {
    "1.0-cross-council-themes.ipynb": THEMES,
    "2.0-recommendation-outcomes.ipynb": OUTCOMES,
}


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells, metadata={
            "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
            "language_info": {"name": "python"},
        })
        nbformat.validate(nb)
        nbformat.write(nb, HERE / name)
        print(f"wrote {HERE / name}")


if __name__ == "__main__":
    main()
