"""matplotlib figures for reports and notebooks (Agg backend: no display needed).

Figures are built with the object API (`Figure`, never pyplot's global state), so
building one neither needs a display nor leaks memory in a long-running process;
`png_bytes` turns one into the PNG that the .docx and the HTML page embed.
"""

from __future__ import annotations

import io
import textwrap

import pandas as pd
from matplotlib.figure import Figure

from pipeline.report.cover import theme_name


def png_bytes(fig: Figure, *, dpi: int = 150) -> bytes:
    """The figure as PNG bytes."""
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=dpi, bbox_inches="tight")
    return buf.getvalue()


def wrapped(label: object, width: int = 16) -> str:
    """A tick label wrapped onto lines of about `width` characters ("Kent County\nCouncil 2025")."""
    return "\n".join(textwrap.wrap(str(label), width)) or str(label)


def heatmap(table: pd.DataFrame, *, title: str, value_label: str, percent: bool = True,
            row_names: bool = True, annotate: bool = True, wrap: int = 16) -> Figure:
    """A heatmap of `table` (rows × columns), each cell labelled with its value; column labels
    wrapped at `wrap` characters (and tilted when there are many), so none overlap."""
    rows, cols = table.shape
    lines = max([len(wrapped(c, wrap).splitlines()) for c in table.columns] + [1])
    fig = Figure(figsize=(max(5.0, 1.3 * cols + 3.5), max(2.5, 0.38 * rows + 1.6 + 0.18 * lines)))
    ax = fig.add_subplot()
    if table.empty:
        ax.text(0.5, 0.5, "no data", ha="center", va="center")
        ax.set_axis_off()
        return fig
    values = table.to_numpy(dtype=float)
    image = ax.imshow(values, aspect="auto", cmap="Blues", vmin=0, vmax=max(values.max(), 1e-9))
    ax.set_xticks(range(cols), [wrapped(c, wrap) for c in table.columns], fontsize=8)
    ax.set_yticks(range(rows), [theme_name(str(i)) if row_names else str(i) for i in table.index], fontsize=8)
    if cols > 6:
        ax.tick_params(axis="x", labelrotation=35)
        for label in ax.get_xticklabels():
            label.set_horizontalalignment("right")
    if annotate and rows * cols <= 400:
        top = values.max()
        for r in range(rows):
            for c in range(cols):
                v = values[r, c]
                text = f"{v:.0%}" if percent else f"{v:g}"
                ax.text(c, r, text, ha="center", va="center", fontsize=7,
                        color="white" if v > 0.6 * top else "black")
    fig.colorbar(image, ax=ax, label=value_label, format=(lambda v, _: f"{v:.0%}") if percent else None)
    ax.set_title(title)
    fig.tight_layout()
    return fig


def prevalence_chart(prevalence: pd.DataFrame) -> Figure:
    """The cover report's chart: share of each report's paragraphs carrying each theme."""
    return heatmap(prevalence, title="Theme prevalence across the reports",
                   value_label="share of the report's paragraphs")


def bar_chart(series: pd.Series, *, title: str, xlabel: str, percent: bool = False) -> Figure:
    """A horizontal bar chart of `series` (index as labels), largest at the top."""
    s = series.sort_values()
    fig = Figure(figsize=(6.5, max(2.0, 0.35 * len(s) + 1.2)))
    ax = fig.add_subplot()
    ax.barh([wrapped(i, 40) for i in s.index], s.to_numpy(dtype=float), color="#3b6ea5")
    ax.set_xlabel(xlabel)
    ax.set_title(title)
    if percent:
        ax.xaxis.set_major_formatter(lambda v, _: f"{v:.0%}")
    fig.tight_layout()
    return fig
