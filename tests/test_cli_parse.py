"""`scrutiny parse` as a user meets it: one JSON per file, a line per file, bad files don't stop the run."""

import json
import shutil
from pathlib import Path

from typer.testing import CliRunner

from pipeline.cli import app

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "sample"
runner = CliRunner()


def test_parse_writes_one_json_per_file_in_the_contract_shape(tmp_path):
    src = sorted(SAMPLE.glob("*.txt"))[:2]
    result = runner.invoke(app, ["parse", *map(str, src), "--out", str(tmp_path / "out"), "--no-themes"])
    assert result.exit_code == 0, result.output
    for f in src:
        data = json.loads((tmp_path / "out" / f"{f.stem}.json").read_text())
        assert set(data) >= {"document", "paragraphs", "recommendations", "responses"}
        assert set(data["document"]) >= {"id", "source", "council", "body", "title", "date", "kind", "pages"}
        assert data["document"]["source"] == f.name
        assert len(data["document"]["id"]) == 64
        for p in data["paragraphs"]:
            assert set(p) >= {"number", "kind", "heading", "text", "page", "themes"}
    assert (tmp_path / "out" / "links.json").exists()
    assert sum(line.startswith("ok ") for line in result.output.splitlines()) == 2


def test_a_bad_file_fails_alone_with_a_coded_message_and_exit_1(tmp_path):
    good = tmp_path / "good.txt"
    shutil.copy(sorted(SAMPLE.glob("*.txt"))[0], good)
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02PK\x03\x04" * 200)
    unknown = tmp_path / "notes.xyz"
    unknown.write_text("hello")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.4\n1 0 obj << /Type /Catalog >>\nendobj\ntrailer\n%%EOF")
    out = tmp_path / "out"
    result = runner.invoke(app, ["parse", str(empty), str(binary), str(good), str(unknown), str(broken), "--out", str(out)])
    assert result.exit_code == 1
    assert (out / "good.json").exists()
    lines = result.output.splitlines()
    for name, code in [("empty.txt", "E104"), ("binary.txt", "E105"), ("notes.xyz", "E101"), ("broken.pdf", "E102")]:
        line = next(l for l in lines if l.startswith("FAIL") and name in l)
        assert code in line  # coded, and (by the match above) naming the file
    assert "Traceback" not in result.output
    assert "1 parsed, 4 failed" in result.output


def test_no_inputs_is_a_usage_error(tmp_path):
    result = runner.invoke(app, ["parse", str(tmp_path), "--out", str(tmp_path / "o")])
    assert result.exit_code == 2


def test_the_scrutiny_command_offers_every_command_at_the_top():
    """The console script (flows.cli) is the library's commands plus run and serve, side by side."""
    from flows.cli import app as scrutiny

    shown = CliRunner().invoke(scrutiny, ["--help"]).output
    for command in ("parse", "evaluate", "link", "tracker", "cover-report", "search", "themes", "run", "serve"):
        assert f" {command} " in shown, command


def test_link_shows_addressees_real_stances_a_legend_and_decisions_sought_apart():
    """`scrutiny link` over a report and the response that quotes it: the stances are those of
    the aligned answers (not 'not yet known'), each row names the body asked to act, a legend says
    what 'not yet known' means (the words every output uses), and a response's own decision ('That the Executive agrees the responses') is a
    decision sought, not an overdue recommendation."""
    pair = sorted((Path(__file__).parent / "fixtures" / "alignment").glob("p1_*.txt"))
    result = CliRunner().invoke(app, ["link", *map(str, pair), "--today", "2025-12-01"])
    assert result.exit_code == 0, result.output
    linked = [line for line in result.output.splitlines() if line.endswith("aligned")]
    assert len(linked) == 6
    # every answer carries a stance of its own; the fifth only notes the point (as the suite's gold says)
    assert sum(" accepted " in line or "partially accepted" in line for line in linked) == 5
    assert sum(" noted " in line for line in linked) == 1
    assert all("Executive" in line or "Cabinet Member" in line for line in linked)
    assert "'not yet known' where the answer states none" in result.output and " ? " not in result.output
    response_own = [line for line in result.output.splitlines() if line.startswith("p1_hospital_discharge_exe")]
    assert response_own and all(line.endswith("decision_sought") for line in response_own)


def test_a_whole_parse_loads_none_of_the_libraries_only_training_and_the_store_need(tmp_path):
    """`scrutiny parse` with themes and links, as its own process: scikit-learn, SciPy, pandas,
    pyarrow and joblib cost seconds to import, more than the linking they were loaded for (issue
    15); the models run as arrays (`pipeline.frozen`) and the linker's TF-IDF with numpy alone
    (`pipeline.link.tfidf`). Prefect belongs to `scrutiny run`. (SciPy's assignment is loaded
    only when answers are left to assign by text alone; this pair is matched by label and text.)"""
    import subprocess
    import sys

    pair = sorted((Path(__file__).parent / "fixtures" / "alignment").glob("p6_*.txt"))
    code = ("import sys, json\nfrom flows.cli import app\n"
            "try:\n    app(sys.argv[1:])\nexcept SystemExit as exc:\n    code = exc.code\n"
            "print(json.dumps([code, sorted({m.split('.')[0] for m in sys.modules} & "
            "{'sklearn', 'scipy', 'pandas', 'pyarrow', 'narwhals', 'joblib', 'prefect', 'duckdb', 'docx'})]))")
    out = subprocess.run([sys.executable, "-c", code, "parse", *map(str, pair), "--out", str(tmp_path), "--workers", "1", "-q"],
                         cwd=Path(__file__).parents[1], capture_output=True, text=True, check=True)
    code, heavy = json.loads(out.stdout.strip().splitlines()[-1])
    assert code in (0, None) and heavy == [], out.stdout + out.stderr
    links = json.loads((tmp_path / "links.json").read_text())
    assert len(links) == 6 and {link["method"] for link in links} == {"label+text"}
    themed = json.loads((tmp_path / f"{pair[1].stem}.json").read_text())
    assert any(p["themes"] for p in themed["paragraphs"])
