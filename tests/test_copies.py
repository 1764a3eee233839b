"""A recommendation printed in two papers of one archive (a report, and the meeting's reports pack that
reprints it whole) is one recommendation: tracked once, by the print that is answered or else the report
itself, never listed twice as awaiting; a paper that does not hold the other's print shares nothing with it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pipeline.link import link_documents
from pipeline.link.copies import printed_copies
from pipeline.process import parse_file

FINDINGS = (
    "The Committee met six times between May and October and visited eleven of the district's play areas with "
    "officers from the parks service. Residents told us that the equipment at several sites had been fenced off "
    "for more than a year, and that nobody had said when it would be repaired or removed. The inspection regime "
    "has not changed since 2014, and the service's budget for replacing equipment has fallen by a third since then."
)
RECS = [
    "That the Cabinet Member for Leisure commissions an independent inspection of every play area in the district.",
    "That the Council replaces the equipment at the five worst play areas by the end of 2027.",
    "That the Cabinet agrees that no play area will close without a consultation with the ward members.",
]
REPORT = ("Room to Play: a scrutiny review of the Council's play areas\n\nReport of the Communities Scrutiny Committee"
          "\n\n1. Findings\n\n" + FINDINGS + "\n\n2. Recommendations\n\nThe Committee recommends:\n\n"
          + "\n\n".join(f"({c}) {t}" for c, t in zip("abc", RECS)) + "\n")
# an officer report to the same meeting: its one decision is worded as many papers word theirs
NOTE = ("Quarterly performance report\n\n1. Purpose\n\n1.1 This report sets out the Council's performance in the "
        "third quarter against the measures of the Corporate Plan, with the reasons for each measure off target.\n\n"
        "2. Recommendation\n\n2.1 That the Committee notes the report.\n")
LICENSING = NOTE.replace("Quarterly performance report", "Licensing fees report").replace(
    "This report sets out the Council's performance in the third quarter against the measures of the Corporate "
    "Plan, with the reasons for each measure off target.",
    "This report proposes the licensing fees for 2026/27 for taxis, street trading and animal welfare, set to "
    "recover the cost of each service as the law requires.")


def _pack() -> str:
    """The meeting's public reports pack: an agenda, the last minutes, and the two papers whole."""
    agenda = ("Communities Scrutiny Committee\n\nAgenda\n\n1. Apologies for absence\n\n2. Minutes of the meeting held "
              "on 12 May 2025\n\n3. Room to Play: report of the review\n\n4. Quarterly performance report\n\n"
              "Minutes of the meeting held on 12 May 2025\n\nPresent: Councillors Abbott (Chair), Brennan, "
              "Chaudhry and Doyle. The Committee agreed the scope of its review of play areas and asked officers "
              "to arrange visits to the sites named by ward members before the summer recess.\n\n")
    return agenda + REPORT + "\n" + NOTE


def _write(folder: Path, files: dict[str, str]) -> list:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return [parse_file(folder / name, themes=False) for name in files]


def test_a_report_reprinted_in_its_reports_pack_awaits_once(tmp_path):
    report, pack, other = _write(tmp_path, {"room_to_play.txt": REPORT, "pack.txt": _pack(),
                                            "licensing_note.txt": LICENSING})
    assert len(report.recommendations) == 3 and len(pack.recommendations) >= 4
    result = link_documents([report, pack, other], today=date(2026, 3, 1))
    copies = {(c.document_id, c.original_document_id) for c in result.copies}
    # the pack holds the report, so its prints of the report's recommendations are copies; the report itself is
    # tracked. The licensing paper, not in the pack, prints the pack's note's words under its number: its own
    assert copies == {(pack.id, report.id)}
    assert {c.recommendation_uid for c in result.copies} == {r.uid for r in pack.recommendations
                                                             if r.text in RECS}
    awaiting = [(a.report, a.recommendation) for a in result.awaiting]
    assert sorted(awaiting) == sorted([("room_to_play.txt", l) for l in "abc"]
                                      + [("pack.txt", "2.1"), ("licensing_note.txt", "2.1")])


def test_the_answered_print_is_the_original(tmp_path):
    """The response answers whichever print it pairs with; the other is its copy, and nothing awaits."""
    response = ("Room to Play: the Cabinet's response to the Committee's review of play areas\n\n"
                + "\n\n".join(f"Recommendation ({c}): {t}\n\nResponse: Agreed. {a}" for c, t, a in zip("abc", RECS, [
                    "The inspection will be let in January.", "Two sites will be replaced in 2026.",
                    "Cabinet confirmed this on 18 November."])) + "\n")
    report, pack, answer = _write(tmp_path, {"room_to_play.txt": REPORT, "pack.txt": _pack().replace(NOTE, ""),
                                             "response.txt": response})
    result = link_documents([report, pack, answer], today=date(2026, 3, 1))
    linked = {l.recommendation_uid for l in result.links}
    assert len(linked) == 3
    assert {c.original_uid for c in result.copies} == linked
    assert not [a for a in result.awaiting if a.recommendation in "abc"]


def test_papers_that_do_not_hold_each_other_share_no_recommendation(tmp_path):
    """Two papers to one meeting that each ask the Committee to note its report print the same words under the
    same number; neither holds the other, so each decision is its own."""
    one, two = _write(tmp_path, {"performance.txt": NOTE, "licensing.txt": LICENSING})
    assert [r.text for r in one.recommendations] == [r.text for r in two.recommendations]
    assert printed_copies([one, two], set()) == []


def test_the_store_tracks_a_copy_by_its_original(tmp_path):
    from pipeline.archive import run_archive
    from pipeline.store import recommendations_with_status

    archive = tmp_path / "archive"
    _write(archive, {"room_to_play.txt": REPORT, "pack.txt": _pack().replace(NOTE, "")})
    db = tmp_path / "store.duckdb"
    run_archive(archive, db, today=date(2026, 3, 1))
    recs = recommendations_with_status(db, today=date(2026, 3, 1))
    pack = recs[recs["path"] == "pack.txt"].set_index("label")
    mine = recs[recs["path"] == "room_to_play.txt"].set_index("label")
    assert list(pack.loc[list("abc"), "status"]) == ["copy"] * 3
    assert list(pack.loc[list("abc"), "copy_of"]) == [f"room_to_play.txt {l}" for l in "abc"]
    assert pack.loc[list("abc"), "days_open"].isna().all()
    assert list(mine.loc[list("abc"), "status"]) == ["awaiting"] * 3 and mine["copy_of"].isna().all()
    again = run_archive(archive, db, today=date(2026, 3, 1))  # derived, as links: a second run changes nothing
    assert again.documents_added == 0
    assert recommendations_with_status(db, today=date(2026, 3, 1)).equals(recs)
    # the site counts the copies apart and each copy's page names the print that is tracked
    from pipeline.site import build_site

    build_site(db, tmp_path / "site", archive=archive, originals=False, today=date(2026, 3, 1))
    assert 'tracker.html?status=copy">3<' in (tmp_path / "site" / "index.html").read_text(encoding="utf-8")
    pages = [p.read_text(encoding="utf-8") for p in (tmp_path / "site" / "recs").glob("*.html")]
    assert sum("tracked as room_to_play.txt" in page for page in pages) == 3


def test_a_paper_that_quotes_the_reports_recommendations_takes_none_of_them(tmp_path):
    """Found by review: a later, smaller Cabinet paper that reprints the report's recommendations for the Cabinet to
    answer pairs with the report as its answer and holds them as quotations: the report's own prints are neither its
    copies nor tracked by it, so each is linked or still awaits an answer."""
    import copy
    import dataclasses

    report, = _write(tmp_path, {"room_to_play.txt": REPORT + "\n" + FINDINGS + "\n"})
    cover = copy.deepcopy(report)
    cover.document.id, cover.document.source = "c0ver" + report.id[5:], "cabinet_cover.txt"
    cover.document.meta.kind, cover.document.meta.date = "officer_report", "2026-01-10"
    cover.paragraphs = [p for p in report.paragraphs if any(r.text in p.text for r in report.recommendations)]
    cover.recommendations = [dataclasses.replace(r, uid="c0ver" + r.uid[5:]) for r in report.recommendations]
    report.document.meta.date = "2025-10-07"
    result = link_documents([report, cover], today=date(2026, 3, 1))
    quoted = {uid for uids in result.quoted.values() for uid in uids}
    assert quoted and not [c for c in result.copies if c.recommendation_uid in quoted or c.original_uid in quoted]
    linked = {l.recommendation_uid for l in result.links}
    awaiting = {a.recommendation_uid for a in result.awaiting}
    assert all(r.uid in linked | awaiting for r in report.recommendations)  # none lost as a copy


def test_a_store_made_before_copies_were_tracked_reads_as_holding_none(tmp_path):
    """Found by review: a store opened read-only that an earlier version wrote has no `copies` table."""
    from pipeline.store import connect, load_table, recommendations_with_status, row_counts

    db = tmp_path / "old.duckdb"
    con = connect(db)
    con.execute("DROP TABLE copies")
    con.close()
    assert recommendations_with_status(db, today=date(2026, 3, 1)).empty
    assert load_table(db, "copies").empty and row_counts(db)["copies"] == 0
