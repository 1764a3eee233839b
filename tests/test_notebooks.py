"""The research notebooks run top to bottom on a store of data/sample, each drawing its figures
(saved under artifacts/notebooks/ and checked for being drawn) and printing no warning."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient
from visual import save_notebook_figures

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "data" / "sample"
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
TODAY = date(2026, 1, 1)


@pytest.fixture(scope="module")
def store(sample_store) -> Path:
    return sample_store


def test_notebooks_are_named_and_saved_without_outputs():
    assert [p.name for p in NOTEBOOKS] == ["1.0-cross-council-themes.ipynb", "2.0-recommendation-outcomes.ipynb"]
    for path in NOTEBOOKS:
        nb = nbformat.read(path, as_version=4)
        nbformat.validate(nb)
        code = [c for c in nb.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), path.name
        imports = {line.split()[1].split(".")[0] for c in code for line in c.source.splitlines()
                   if line.startswith(("import ", "from "))}
        assert imports <= {"pipeline", "IPython", "pandas", "matplotlib"}, imports


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_runs_and_draws_a_figure(path, store, tmp_path, monkeypatch):
    monkeypatch.setenv("SCRUTINY_DB", str(store))
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    nb = nbformat.read(path, as_version=4)
    NotebookClient(nb, kernel_name="python3", timeout=300, resources={"metadata": {"path": str(tmp_path)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    # issue 14: a matplotlib warning printed into the notebook
    assert not [o.text for o in outputs if o.output_type == "stream" and o.name == "stderr"]
    assert len(save_notebook_figures(outputs, path.stem)) >= 2
    text = "\n".join(o.get("text", "") + o.get("data", {}).get("text/plain", "") for o in outputs)
    assert "unknown unknown" not in text and "no response" not in text
