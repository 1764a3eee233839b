"""The two suites of invented papers written (with their gold) before the code that reads them.

tests/fixtures/alignment/ holds six report/response pairs in answer shapes no rule was
written for (quoted recommendations under "Recommendation:"/"Response:", renumbered
Government replies, verdict-first paragraphs, a response that answers two at once);
tests/fixtures/reports/ holds officer reports, minutes, a select-committee report and an
inquiry report from councils and departments the seeds do not show. Their READMEs say what
each document tests and how the gold was decided.

tests/fixtures/alignment2/ holds three more pairs in Word and PDF (see its README), and
tests/fixtures/alignment3/ three more again: a progress tracker, a letter that answers by naming
each recommendation in its own order, and a Government response to a report addressed to several
bodies (see its README); tests/fixtures/alignment4/ three more, rich in answer prose judged from what
it commits to: a response in themed sections that name what they answer, a reissued response with
dated updates, and an NHS body's response to a report that tables its recommendations.

Scored with the shared scorer's metrics. The thresholds are what the code meets today;
they never go down. The addressee is scored here too (the shared scorer does not): every
recommendation that asks someone to act, over the four suites, against the hand gold.
"""

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.evaluate import match_items

FIXTURES = Path(__file__).resolve().parent / "fixtures"
ROOT = FIXTURES.parent.parent
SUITES = {
    "alignment": FIXTURES / "alignment",
    "alignment2": FIXTURES / "alignment2",
    "alignment3": FIXTURES / "alignment3",
    "alignment4": FIXTURES / "alignment4",
    "alignment5": FIXTURES / "alignment5",
    "alignment6": FIXTURES / "alignment6",
    "alignment7": FIXTURES / "alignment7",
    "alignment8": FIXTURES / "alignment8",
    "alignment9": FIXTURES / "alignment9",
    "alignment10": FIXTURES / "alignment10",
    "alignment11": FIXTURES / "alignment11",
    "alignment12": FIXTURES / "alignment12",
    "alignment13": FIXTURES / "alignment13",
    "alignment14": FIXTURES / "alignment14",
    "alignment15": FIXTURES / "alignment15",
    "alignment16": FIXTURES / "alignment16",
    "alignment17": FIXTURES / "alignment17",
    "alignment18": FIXTURES / "alignment18",
    "alignment19": FIXTURES / "alignment19",
    "alignment20": FIXTURES / "alignment20",
    "alignment21": FIXTURES / "alignment21",
    "alignment22": FIXTURES / "alignment22",
    "alignment23": FIXTURES / "alignment23",
    "alignment24": FIXTURES / "alignment24",
    "alignment25": FIXTURES / "alignment25",
    "alignment26": FIXTURES / "alignment26",
    "alignment27": FIXTURES / "alignment27",
    "alignment28": FIXTURES / "alignment28",
    "alignment29": FIXTURES / "alignment29",
    "alignment30": FIXTURES / "alignment30",
    "alignment31": FIXTURES / "alignment31",
    "alignment32": FIXTURES / "alignment32",
    "alignment33": FIXTURES / "alignment33",
    "alignment34": FIXTURES / "alignment34",
    "alignment35": FIXTURES / "alignment35",
    "alignment36": FIXTURES / "alignment36",
    "alignment37": FIXTURES / "alignment37",
    "reports": FIXTURES / "reports",
    "reports2": FIXTURES / "reports2",
    "reports3": FIXTURES / "reports3",
    "reports4": FIXTURES / "reports4",
    "reports5": FIXTURES / "reports5",
    "reports6": FIXTURES / "reports6",
    "reports7": FIXTURES / "reports7",
    "reports8": FIXTURES / "reports8",
    "reports9": FIXTURES / "reports9",
    "reports10": FIXTURES / "reports10",
    "reports11": FIXTURES / "reports11",
    "reports12": FIXTURES / "reports12",
    "reports13": FIXTURES / "reports13",
    "reports14": FIXTURES / "reports14",
    "alignment38": FIXTURES / "alignment38",
    "alignment39": FIXTURES / "alignment39",
    "reports15": FIXTURES / "reports15",
    "alignment40": FIXTURES / "alignment40",
    "reports16": FIXTURES / "reports16",
    "reports17": FIXTURES / "reports17",
    "alignment41": FIXTURES / "alignment41",
    "alignment42": FIXTURES / "alignment42",
    "alignment43": FIXTURES / "alignment43",
    "reports18": FIXTURES / "reports18",
    "alignment44": FIXTURES / "alignment44",
    "reports19": FIXTURES / "reports19",
    "alignment45": FIXTURES / "alignment45",
    "reports20": FIXTURES / "reports20",
    "alignment46": FIXTURES / "alignment46",
    "reports21": FIXTURES / "reports21",
    "alignment47": FIXTURES / "alignment47",
    "reports22": FIXTURES / "reports22",
    "alignment48": FIXTURES / "alignment48",
    "alignment49": FIXTURES / "alignment49",
    "alignment50": FIXTURES / "alignment50",
    "reports23": FIXTURES / "reports23",
    "alignment51": FIXTURES / "alignment51",
    "reports24": FIXTURES / "reports24",
    "reports25": FIXTURES / "reports25",
    "alignment52": FIXTURES / "alignment52",
    "reports26": FIXTURES / "reports26",
    "alignment53": FIXTURES / "alignment53",
    "alignment54": FIXTURES / "alignment54",
    "reports27": FIXTURES / "reports27",
    "alignment55": FIXTURES / "alignment55",
    "alignment56": FIXTURES / "alignment56",
    "alignment57": FIXTURES / "alignment57",
    "alignment58": FIXTURES / "alignment58",
    "alignment59": FIXTURES / "alignment59",
    "reports28": FIXTURES / "reports28",
    "alignment60": FIXTURES / "alignment60",
    "alignment61": FIXTURES / "alignment61",
    "alignment62": FIXTURES / "alignment62",
    "reports29": FIXTURES / "reports29",
    "alignment63": FIXTURES / "alignment63",
    "alignment64": FIXTURES / "alignment64",
    "alignment65": FIXTURES / "alignment65",
    "alignment66": FIXTURES / "alignment66",
    "alignment67": FIXTURES / "alignment67",
    "reports30": FIXTURES / "reports30",
    "alignment68": FIXTURES / "alignment68",
    "alignment69": FIXTURES / "alignment69",
    "reports31": FIXTURES / "reports31",
    "alignment70": FIXTURES / "alignment70",
    "reports32": FIXTURES / "reports32",
    "alignment71": FIXTURES / "alignment71",
    "alignment72": FIXTURES / "alignment72",
    "reports33": FIXTURES / "reports33",
    "alignment73": FIXTURES / "alignment73",
    "alignment74": FIXTURES / "alignment74",
    "reports34": FIXTURES / "reports34",
    "alignment75": FIXTURES / "alignment75",
    "reports35": FIXTURES / "reports35",
    "alignment76": FIXTURES / "alignment76",
    "alignment77": FIXTURES / "alignment77",
    "reports36": FIXTURES / "reports36",
    "alignment78": FIXTURES / "alignment78",
    "reports37": FIXTURES / "reports37",
    "alignment79": FIXTURES / "alignment79",
    "alignment80": FIXTURES / "alignment80",
    "reports38": FIXTURES / "reports38",
    "alignment81": FIXTURES / "alignment81",
    "reports39": FIXTURES / "reports39",
    "alignment82": FIXTURES / "alignment82",
    "alignment83": FIXTURES / "alignment83",
    "reports40": FIXTURES / "reports40",
    "alignment84": FIXTURES / "alignment84",
    "alignment85": FIXTURES / "alignment85",
    "alignment86": FIXTURES / "alignment86",
    "alignment87": FIXTURES / "alignment87",
    "reports41": FIXTURES / "reports41",
    "reports42": FIXTURES / "reports42",
    "alignment88": FIXTURES / "alignment88",
    "reports43": FIXTURES / "reports43",
    "alignment89": FIXTURES / "alignment89",
    "alignment90": FIXTURES / "alignment90",
    "alignment91": FIXTURES / "alignment91",
    "alignment92": FIXTURES / "alignment92",
    "reports44": FIXTURES / "reports44",
    "alignment93": FIXTURES / "alignment93",
    "alignment94": FIXTURES / "alignment94",
    "reports45": FIXTURES / "reports45",
    "alignment95": FIXTURES / "alignment95",
    "alignment96": FIXTURES / "alignment96",
    "alignment97": FIXTURES / "alignment97",
    "alignment98": FIXTURES / "alignment98",
    "alignment99": FIXTURES / "alignment99",
    "alignment100": FIXTURES / "alignment100",
    "alignment101": FIXTURES / "alignment101",
    "alignment102": FIXTURES / "alignment102",
    "alignment103": FIXTURES / "alignment103",
    "alignment104": FIXTURES / "alignment104",
    "alignment105": FIXTURES / "alignment105",
    "reports46": FIXTURES / "reports46",
    "alignment106": FIXTURES / "alignment106",
    "alignment107": FIXTURES / "alignment107",
    "alignment108": FIXTURES / "alignment108",
    "alignment109": FIXTURES / "alignment109",
    "alignment110": FIXTURES / "alignment110",
    "alignment111": FIXTURES / "alignment111",
    "alignment112": FIXTURES / "alignment112",
    "alignment113": FIXTURES / "alignment113",
    "alignment114": FIXTURES / "alignment114",
    "alignment115": FIXTURES / "alignment115",
    "alignment116": FIXTURES / "alignment116",
    "alignment117": FIXTURES / "alignment117",
    "alignment118": FIXTURES / "alignment118",
    "alignment119": FIXTURES / "alignment119",
    "alignment120": FIXTURES / "alignment120",
    "alignment121": FIXTURES / "alignment121",
    "alignment122": FIXTURES / "alignment122",
    "reports47": FIXTURES / "reports47",
    "alignment123": FIXTURES / "alignment123",
    "alignment124": FIXTURES / "alignment124",
    "alignment125": FIXTURES / "alignment125",
    "alignment126": FIXTURES / "alignment126",
    "alignment127": FIXTURES / "alignment127",
    "alignment128": FIXTURES / "alignment128",
    "alignment129": FIXTURES / "alignment129",
    "reports48": FIXTURES / "reports48",
    "alignment130": FIXTURES / "alignment130",
    "alignment131": FIXTURES / "alignment131",
    "alignment132": FIXTURES / "alignment132",
    "reports49": FIXTURES / "reports49",
    "alignment133": FIXTURES / "alignment133",
    "alignment134": FIXTURES / "alignment134",
    "alignment135": FIXTURES / "alignment135",
    "alignment136": FIXTURES / "alignment136",
    "alignment137": FIXTURES / "alignment137",
    "alignment138": FIXTURES / "alignment138",
    "alignment139": FIXTURES / "alignment139",
    "reports50": FIXTURES / "reports50",
    "alignment140": FIXTURES / "alignment140",
    "alignment141": FIXTURES / "alignment141",
    "alignment142": FIXTURES / "alignment142",
    "alignment143": FIXTURES / "alignment143",
    "reports51": FIXTURES / "reports51",
    "reports52": FIXTURES / "reports52",
    "alignment144": FIXTURES / "alignment144",
    "alignment145": FIXTURES / "alignment145",
    "alignment146": FIXTURES / "alignment146",
    "alignment147": FIXTURES / "alignment147",
    "reports53": FIXTURES / "reports53",
    "alignment148": FIXTURES / "alignment148",
    "alignment149": FIXTURES / "alignment149",
    "alignment150": FIXTURES / "alignment150",
    "alignment151": FIXTURES / "alignment151",
    "reports54": FIXTURES / "reports54",
    "reports55": FIXTURES / "reports55",
    "alignment152": FIXTURES / "alignment152",
    "alignment153": FIXTURES / "alignment153",
    "alignment154": FIXTURES / "alignment154",
    "alignment155": FIXTURES / "alignment155",
    "reports56": FIXTURES / "reports56",
    "alignment156": FIXTURES / "alignment156",
    "alignment157": FIXTURES / "alignment157",
    "alignment158": FIXTURES / "alignment158",
    "alignment159": FIXTURES / "alignment159",
    "reports57": FIXTURES / "reports57",
    "reports58": FIXTURES / "reports58",
    "alignment160": FIXTURES / "alignment160",
    "alignment161": FIXTURES / "alignment161",
    "alignment162": FIXTURES / "alignment162",
    "alignment163": FIXTURES / "alignment163",
    "reports59": FIXTURES / "reports59",
    "alignment164": FIXTURES / "alignment164",
    "alignment165": FIXTURES / "alignment165",
    "alignment166": FIXTURES / "alignment166",
    "alignment167": FIXTURES / "alignment167",
    "reports60": FIXTURES / "reports60",
    "reports61": FIXTURES / "reports61",
    "alignment168": FIXTURES / "alignment168",
    "alignment169": FIXTURES / "alignment169",
    "alignment170": FIXTURES / "alignment170",
    "alignment171": FIXTURES / "alignment171",
    "reports62": FIXTURES / "reports62",
    "reports63": FIXTURES / "reports63",
    "alignment172": FIXTURES / "alignment172",
    "alignment173": FIXTURES / "alignment173",
    "alignment174": FIXTURES / "alignment174",
    "alignment175": FIXTURES / "alignment175",
    "reports64": FIXTURES / "reports64",
    "reports65": FIXTURES / "reports65",
    "alignment176": FIXTURES / "alignment176",
    "alignment177": FIXTURES / "alignment177",
    "alignment178": FIXTURES / "alignment178",
    "alignment179": FIXTURES / "alignment179",
    "reports66": FIXTURES / "reports66",
    "reports67": FIXTURES / "reports67",
    "alignment180": FIXTURES / "alignment180",
    "alignment181": FIXTURES / "alignment181",
    "alignment182": FIXTURES / "alignment182",
    "alignment183": FIXTURES / "alignment183",
    "reports68": FIXTURES / "reports68",
    "reports69": FIXTURES / "reports69",
    "alignment184": FIXTURES / "alignment184",
    "alignment185": FIXTURES / "alignment185",
    "alignment186": FIXTURES / "alignment186",
    "alignment187": FIXTURES / "alignment187",
    "reports70": FIXTURES / "reports70",
    "reports71": FIXTURES / "reports71",
    "alignment188": FIXTURES / "alignment188",
    "alignment189": FIXTURES / "alignment189",
    "alignment190": FIXTURES / "alignment190",
    "alignment191": FIXTURES / "alignment191",
    "reports72": FIXTURES / "reports72",
    "reports73": FIXTURES / "reports73",
    "alignment192": FIXTURES / "alignment192",
    "alignment193": FIXTURES / "alignment193",
    "alignment194": FIXTURES / "alignment194",
    "alignment195": FIXTURES / "alignment195",
    "reports74": FIXTURES / "reports74",
    "reports75": FIXTURES / "reports75",
    "alignment196": FIXTURES / "alignment196",
    "alignment197": FIXTURES / "alignment197",
    "alignment198": FIXTURES / "alignment198",
    "alignment199": FIXTURES / "alignment199",
    "reports76": FIXTURES / "reports76",
    "reports77": FIXTURES / "reports77",
    "alignment200": FIXTURES / "alignment200",
    "alignment201": FIXTURES / "alignment201",
    "alignment202": FIXTURES / "alignment202",
    "alignment203": FIXTURES / "alignment203",
    "reports78": FIXTURES / "reports78",
    "reports79": FIXTURES / "reports79",
    "alignment204": FIXTURES / "alignment204",
    "alignment205": FIXTURES / "alignment205",
    "alignment206": FIXTURES / "alignment206",
    "alignment207": FIXTURES / "alignment207",
    "reports80": FIXTURES / "reports80",
    "reports81": FIXTURES / "reports81",
    "alignment208": FIXTURES / "alignment208",
    "alignment209": FIXTURES / "alignment209",
    "alignment210": FIXTURES / "alignment210",
    "alignment211": FIXTURES / "alignment211",
    "reports82": FIXTURES / "reports82",
    "reports83": FIXTURES / "reports83",
}
# (a floor is the value reached when it was set, rounded down; raised, never lowered, as later code reaches more: at
# stop 65, after round 76's general facts, those of alignment24, 54, 130, 133, 146, 154, 162, 166, 180 and 186 and
# reports71's rec_text, each to the value then reached; at stop 66, after round 78's, those of alignment51, 64, 145,
# 188, 194 and 195 and reports12 and reports75; at stop 67, alignment200's)
FLOORS = {
    "alignment": {"seg_edges": 1.0, "rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.97,
                  "stance": 1.0, "progress": 0.84, "link_f1": 0.97},
    # Word and PDF pairs written blind in round 6 (a Word table, a Government response with no answer
    # markers, a ruled PDF table); first run: rec_text 0.73, resp_text 0.50, stance 0.44, progress 0.44
    "alignment2": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 0.97, "resp_text": 1.0, "stance": 0.77,
                   "progress": 0.55, "link_f1": 0.97},
    # an HTML tracker, a PDF letter answering by reference, a Word Government response, written blind in
    # round 7; first run: resp_f1 0.74, resp_text 0.59, stance 0.41, progress 0.27, link_f1 0.65
    "alignment3": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.72,
                   "progress": 0.59, "link_f1": 1.0},
    # themed sections, dated updates, a table of recommendations, written blind in round 8; first run:
    # rec_f1 0.82, resp_f1 0.81, resp_text 0.68, stance 0.48, progress 0.32, link_f1 0.57
    "alignment4": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.84,
                   "progress": 0.64, "link_f1": 1.0},
    # chapter-numbered recommendations renumbered in the response, answers by subject with no label or
    # quotation, a status-sorted tracker, written blind in round 9; first run: rec_f1 0.87, resp_f1 0.56,
    # resp_text 0.31, stance 0.35, progress 0.19, link_f1 0.47 (rec_f1 counts the decisions sought of its
    # two response documents, which its gold leaves out)
    "alignment5": {"rec_f1": 0.94, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.76,
                   "progress": 0.57, "link_f1": 1.0},
    # an NHS trust's ruled PDF action plan with rows split over pages, a field-form response under the
    # report's paragraph numbers with sub-items answered one by one, a police e-mail answering its own five
    # of ten, written blind in round 9; first run: rec_f1 0.89, resp_f1 0.47, resp_text 0.04, stance 0.33,
    # progress 0.21, link_f1 0.47, addressees 17 of 27 (rec_f1 and link_f1 miss 8.5(a)-(c): the report's
    # items are labelled a-c as printed, with paragraph 8.5, and its gold joins them, 8.5a)
    "alignment6": {"rec_f1": 0.88, "rec_text": 0.90, "resp_f1": 1.0, "resp_text": 0.91, "stance": 0.79,
                   "progress": 0.79, "link_f1": 0.87},
    # a tick matrix, the Cabinet's minutes as the only response, a bilingual joint Council and health board
    # response, written blind in round 9; first run: rec_text 0.83, resp_f1 0.70, resp_text 0.00, stance 0.33,
    # progress 0.21, link_f1 0.50, addressees 19 of 24
    "alignment7": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.91,
                   "progress": 1.0, "link_f1": 1.0},
    # one Cabinet paper answering two reviews (one table of alternating rows, one coded YS1-YS6), and a
    # response table whose answer cell is merged over two rows, written blind in round 9; first run: rec_f1
    # 0.76, rec_text 0.70, resp_f1 0.62, resp_text 0.40, stance 0.25, progress 0.25, link_f1 0.57
    "alignment8": {"rec_f1": 0.95, "rec_text": 1.0, "resp_f1": 0.97, "resp_text": 0.95, "stance": 0.95,
                   "progress": 0.90, "link_f1": 1.0},
    # a select committee report and the Government's Command paper (conclusions and recommendations, paragraphs
    # numbered through the paper, two answered together), a partner's e-mail quoting with "> " in its own order,
    # a scanned letter answering (a)-(f), written blind in round 10; first run: rec_f1 0.68, rec_text 0.73,
    # resp_f1 0.58, resp_text 0.41, stance 0.24, progress 0.12, link_f1 0.58
    "alignment9": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.94, "stance": 0.70,
                   "progress": 0.29, "link_f1": 1.0},
    # judgement in ordinary layouts: status words not the guide's ("Supported?", "Support in part"), a Y / N /
    # Partly column, an update column, verdicts last, hedges, a refusal from statute, written blind in round 10;
    # first run: rec_f1 0.97, resp_f1 0.68, resp_text 0.39, stance 0.58, progress 0.52, link_f1 0.81
    "alignment10": {"rec_f1": 0.96, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.90,
                    "progress": 0.74, "link_f1": 1.0},
    # an HTML action tracker whose recommendation cells span their action rows, a partner's response set in two
    # columns with a pull quote and a photograph, "Response to R1" Word headings over Response/Action fields,
    # written blind in round 10; first run: rec_f1 0.95, resp_f1 0.63, resp_text 0.10, stance 0.35, progress 0.15,
    # link_f1 0.00
    "alignment11": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.70, "stance": 0.95,
                    "progress": 0.70, "link_f1": 1.0},
    # judgement in the wording of a Welsh Government minister, a police and crime commissioner and three housing
    # associations answering together, written blind in round 10; first run (today's figures): rec_f1 0.98,
    # rec_text 0.93, resp_f1 1.00, resp_text 0.96, stance 0.64, progress 0.64, link_f1 1.00
    "alignment12": {"rec_f1": 0.97, "rec_text": 0.93, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.64,
                    "progress": 0.64, "link_f1": 1.0},
    # judgement in new voices (an ICB's status phrases, a six-month update with its own RAG key, a water company's
    # corporate letter answering a joint committee), written blind in round 11; first run: rec_f1 0.97, resp_f1 0.97,
    # resp_text 0.93, stance 0.73, progress 0.57, link_f1 0.82, addressees 31 of 32
    "alignment13": {"rec_f1": 0.96, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.73,
                    "progress": 1.0, "link_f1": 1.0},
    # a Cabinet report whose appendix is the response table, a web page answering by theme, a ruled landscape PDF
    # table keyed "SC/23/01" over page breaks, written blind in round 11; first run: rec_f1 0.54, rec_text 0.42,
    # resp_f1 0.94, resp_text 0.70, stance 0.83, progress 0.57, link_f1 0.22
    "alignment14": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.86,
                    "progress": 0.86, "link_f1": 0.97},
    # judgement in new voices (a combined authority's Mayor with a status column and its key, a Scottish council's
    # register, a portfolio holder's decision beside the officers' comments), written blind in round 11; first run
    # (today's figures): rec_f1 1.00, resp_f1 1.00, resp_text 1.00, stance 0.73, progress 0.63, link_f1 1.00
    "alignment15": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.73,
                    "progress": 0.63, "link_f1": 1.0},
    # recommendations quoted in shaded boxes with a margin note, a letter answering in order with nothing to mark its
    # answers, lettered parts answered one by one under "Recommendation 2(a) - Accepted", written blind in round 11;
    # first run: rec_f1 0.79, rec_text 0.65, resp_f1 0.57, resp_text 0.35, stance 0.30, progress 0.30, link_f1 0.10
    "alignment16": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.90,
                    "progress": 1.0, "link_f1": 1.0},
    # a slide deck ("What the Committee asked | Our response"), a web page of folded blocks with "Response" and
    # "Actions", a response given again ("Initial response (June 2025)", "Further response (January 2026)"), written
    # blind in round 11; first run: rec_f1 0.89, rec_text 0.80, resp_f1 1.00, resp_text 0.30, stance 1.00,
    # progress 0.70, link_f1 0.79
    "alignment17": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                    "progress": 0.70, "link_f1": 1.0},
    # a Cabinet's minutes whose item holds the response table, parts the report did not letter answered apart ("R3(a)",
    # "R3(b)"), a forwarded e-mail thread answering under "RECOMMENDATION 2 - TITLE" and "RESPONSE:", written blind
    # in round 11; first run: rec_f1 1.00, resp_f1 1.00, resp_text 0.45, stance 0.85, progress 0.80, link_f1 0.75
    "alignment18": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.97, "resp_text": 0.9, "stance": 1.0,
                    "progress": 0.80, "link_f1": 1.0},
    # judgement in new voices (a police and crime commissioner answering for the Chief Constable, a housing association,
    # a department's GOV.UK response with answers that print no verdict), written blind in round 12, never trained on;
    # first run (answer_model.v6): rec_f1 1.00, resp_f1 0.98, resp_text 0.97, stance 0.67, progress 0.60, link_f1 0.98
    # (answer_model.v7: stance 0.73, progress 0.66; pointers to another paper unclear and another body's matters noted, a
    # pattern its gold shares with alignment4, 13 and 15: 0.83, 0.76)
    "alignment19": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.96, "stance": 0.9,
                    "progress": 0.76, "link_f1": 0.98},
    # a Welsh council's bilingual response table, a tracker of three reviews (one not in the archive), answers by the
    # report's paragraph numbers ("Paragraph 4.3 - ...", "Para 5.2: ..."), written blind in round 12; first run: rec_f1
    # 0.56, rec_text 0.46, resp_f1 0.71, resp_text 0.56, stance 0.52, progress 0.41, link_f1 0.36
    "alignment20": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.96,
                    "progress": 0.81, "link_f1": 1.0},
    # implementation updates (a fire authority's twelve-month review table, an improvement update under "What we said we
    # would do" / "What we have done", a letter naming "recommendations five and seven"), margin labels "R1" in a PDF,
    # an HTML <ol> under "What we recommend", written blind in round 12; first run: rec_f1 0.33, rec_text 0.24,
    # resp_f1 0.93, resp_text 0.43, stance 0.70, progress 0.33, link_f1 0.00
    "alignment21": {"rec_f1": 0.94, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.86,
                    "progress": 0.66, "link_f1": 1.0},
    # the devolved governments' formats (a Senedd report listing "Page 3" beside each recommendation and the Welsh
    # Government's "Response: Accept in part", a Scottish Parliament report recommending in its numbered paragraphs and a
    # minister's letter answering "Paragraph 9:", "Paragraphs 21 and 22:", a Northern Ireland department's table drawn
    # with pipes in a text file), written blind in round 12; first run: rec_f1 0.50, rec_text 0.00, resp_f1 0.51,
    # resp_text 0.34, stance 0.34, progress 0.31, link_f1 0.51
    "alignment22": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.96,
                    "progress": 0.93, "link_f1": 1.0},
    # a small Word form for each recommendation ("Accepted / Partially accepted / Rejected | Partially accepted"), a
    # "Response received" web page in a <dl>, answers under the council's own priorities tagged "(R5)" or "[Recommendation
    # 4]", written blind in round 12; first run: rec_f1 1.00, resp_f1 0.89, resp_text 0.19, stance 0.57, progress 0.57,
    # link_f1 0.74
    "alignment23": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.90, "stance": 0.85,
                    "progress": 0.66, "link_f1": 0.97},
    # bodies other than scrutiny committees, written blind in round 13 (a coroner's Regulation 28 report and two replies,
    # an inspectorate's report and a commissioner's statutory response, an internal audit's action plan and its
    # follow-up); first run: rec_f1 0.26, rec_text 0.15, resp_f1 0.63, resp_text 0.68, stance 0.55, progress 0.50,
    # link_f1 0.24. The coroner's concerns, set in the cells of a ruled form, are read since round 14 (the form read as
    # the numbered prose it frames)
    "alignment24": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.95, "stance": 0.77,
                    "progress": 0.68, "link_f1": 1.0},
    # a tracker whose status is only a cell's colour, an e-mail answering inline, a second-year update (responses and
    # updates in one cell, newest first), written blind in round 13; first run: rec_f1 0.33, rec_text 0.29, resp_f1
    # 0.62, resp_text 0.57, stance 0.62, progress 0.52, link_f1 0.34. Its gold labels "SR1"-"SR8" as 1-8 (the report
    # says "SR stands for scrutiny recommendation"); the reader keeps the code as printed, so that pair scores nothing
    "alignment25": {"rec_f1": 0.61, "rec_text": 0.61, "resp_f1": 0.61, "resp_text": 0.57, "stance": 0.61,
                    "progress": 0.52, "link_f1": 0.61},
    # judgement in voices never read (a Lords committee and the Government, a Healthwatch visit and a care home's table,
    # a town council's petition report and a Cabinet Member's letter under titled heads), written blind in round 13;
    # first run: rec_f1 0.89, rec_text 0.62, resp_f1 0.86, resp_text 0.41, stance 0.45, progress 0.50, link_f1 0.56
    "alignment26": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.77,
                    "progress": 0.86, "link_f1": 1.0},
    # one recommendation answered by several actions, and answers laid out as pictures of a page (a peer challenge's
    # report that prints each recommendation twice and the council's action plan, each recommendation a row across the
    # table over its actions; a task group's report and a response on a page, six tiles three to a row; a joint scrutiny
    # committee's text report and a trust board's action log that tags its rows "(JHOSC rec a)"), written blind in
    # round 14; first run: rec_f1 0.56, rec_text 0.47, resp_f1 0.48, resp_text 0.00, stance 0.06, progress 0.11, link_f1 0.00
    # (stop 61: a recommendation printed twice ends where one copy stops: rec_text 0.89 -> 1.0)
    "alignment27": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.94, "resp_text": 0.83, "stance": 0.66,
                    "progress": 0.61, "link_f1": 1.0},
    # judgement in voices outside councils (a housing association answering the review's recommendations to registered
    # providers, a police and crime commissioner's and chief constable's joint letter, a multi-academy trust's table
    # that answers parts "2(a)"), written blind in round 14; first run: rec_f1 0.73, rec_text 0.79, resp_f1 0.56,
    # resp_text 0.33, stance 0.24, progress 0.29, link_f1 0.61
    "alignment28": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.95, "stance": 0.8,
                    "progress": 0.8, "link_f1": 1.0},
    # where the response holds more than answers (a report republished with the Cabinet's answers set in after each
    # recommendation, its findings reprinted; a joint committee's report answered by two bodies in two documents; ranges
    # of chapter numbers answered together, "Recommendations 2.1 to 2.3"), written blind in round 15; first run: resp_f1
    # 0.65, resp_text 0.26, stance 0.56, progress 0.44, link_f1 0.72, addressees 26 of 26 (resp_text stays below 1: its
    # gold keeps "Lead officer | Target date" lines in the answers' text, which the reader keeps as their details)
    "alignment29": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.74, "stance": 0.92,
                    "progress": 0.74, "link_f1": 0.98},
    # national bodies answering for others (a Commons committee's Special Report printing the Government response; a
    # regional assembly's report and the Mayor's letter under heads that cite some recommendations and only name the
    # subject of the rest; an independent review lettered A1-D2 and a GOV.UK response whose verdicts are only in its
    # summary table), written blind in round 15; first run: rec_f1 0.74, rec_text 0.67, resp_f1 0.44, resp_text 0.44,
    # stance 0.41, progress 0.30, link_f1 0.62, addressees 14 of 17
    "alignment30": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.96, "stance": 0.88,
                    "progress": 0.7, "link_f1": 0.98},
    # judgement in voices never read (a leisure trust under contract, a council's transport team quoting bus operators,
    # two universities' joint reply in plain text under "RECOMMENDATION 2 (for the Council, ...)"), written blind in
    # round 15; first run: rec_f1 0.98, resp_f1 0.94, resp_text 0.68, stance 0.64, progress 0.64, link_f1 0.68, addressees
    # 21 of 26
    "alignment31": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.8,
                    "progress": 0.8, "link_f1": 1.0},
    # answers in shapes not yet read (a Government response giving verdicts by number for each theme's group, "The
    # Government accepts recommendations 5 and 8, and accepts recommendation 4 in principle"; a review whose
    # recommendations close its findings paragraphs and a Cabinet table by "Para 4.6"; a trust's action plan numbered A1-A8
    # whose rows cite "Rec 1", "Recs 3 & 4"), written blind in round 15 (second batch); first run: rec_f1 0.79, rec_text
    # 0.68, resp_f1 0.52, resp_text 0.05, stance 0.48, progress 0.19, link_f1 0.73, addressees 15 of 15
    "alignment32": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 0.95, "resp_text": 0.71, "stance": 0.90,
                    "progress": 0.66, "link_f1": 1.0},
    # judgement in civil-service, budget-bound and operational voices (a Command Paper's hedges, a Cabinet Member's table,
    # a fire and rescue service's letter with answers run in after "Rec N (topic):"), written blind in round 15 (second
    # batch); first run: rec_text 0.67, resp_text 0.67, stance 0.67, progress 0.74, link_f1 0.80, addressees 27 of 27
    # (rec_text stays at 0.67: its gold keeps a select committee's "(Paragraph M)" citation in the text, which the reader
    # leaves out as the first suite's README says)
    "alignment33": {"rec_f1": 1.0, "rec_text": 0.66, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.88,
                    "progress": 0.85, "link_f1": 1.0},
    # answers in shapes not yet read (a joint response that answers each recommendation body by body under "Response
    # from <body>:", after an "Addressed to:" line; a "You said / We did" web page that paraphrases the recommendations
    # in its own order; a wide response sheet printed across its pages, then down: verdicts on pages 1-2, the Cabinet's
    # answers on pages 3-4), written blind in round 16; first run: rec_f1 1.0, rec_text 1.0, resp_f1 0.80, resp_text 0.00,
    # stance 0.56, progress 0.39, link_f1 0.82, addressees 23 of 23
    "alignment34": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.95, "resp_text": 0.91, "stance": 0.86,
                    "progress": 0.69, "link_f1": 0.95},
    # stance, progress and addressee in voices never read (the Environment Agency answering a county's flood task group
    # for itself alone, recommendations addressed to several bodies; a Department for Education letter with an annex;
    # a district Leader's memo of one- or two-word verdicts, "Superseded.", "For the Committee."), written blind in round
    # 16; first run: rec_f1 1.0, rec_text 0.66, resp_f1 0.78, resp_text 0.64, stance 0.40, progress 0.48, link_f1 0.78,
    # addressees 19 of 27
    # (rec_text stays at 0.67: its gold keeps a select committee's "(Paragraph N)" in the text, as alignment33's does)
    "alignment35": {"rec_f1": 1.0, "rec_text": 0.66, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.76,
                    "progress": 0.76, "link_f1": 1.0},
    # answers in shapes not yet read (pairs of boxes drawn side by side, a recommendation shaded on the left and its
    # answer outlined on the right; verdicts as symbols explained by a key, "✔ Agreed", "◑ Agreed in part"; a covering
    # letter on two recommendations and an annex that answers all, quoting each abridged with "..."), written blind in
    # round 16 (second batch); first run: rec_f1 1.0, rec_text 1.0, resp_f1 0.98, resp_text 0.68, stance 0.44, progress
    # 0.44, link_f1 0.98, addressees 19 of 25
    # (p113's boxes side by side are read one answer out of step: the text of page 2's three recommendation boxes comes
    # before their answers)
    "alignment36": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.97, "resp_text": 0.68, "stance": 0.6,
                    "progress": 0.48, "link_f1": 0.97},
    # judgement in voices never read (an ICB's annual update whose statuses say less than its prose, "Closed - no further
    # action"; a national park authority's "outside our statutory remit"; a Chief Executive's governance tracker, "Risk
    # accepted", "Superseded by the new Constitution"), written blind in round 16 (second batch); first run: rec_f1 0.78,
    # rec_text 0.66, resp_f1 1.0, resp_text 1.0, stance 0.59, progress 0.55, link_f1 0.80, addressees 17 of 18
    "alignment37": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.62,
                    "progress": 0.59, "link_f1": 1.0},
    "reports": {"seg_f1": 0.96, "seg_edges": 0.92, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 10 (a caption and a table inside a paragraph, a page break with the
    # running header inside one, margin integers, "RECOMMENDED to: (i)", an appendix that restarts its numbers);
    # first run: seg_f1 0.96, seg_edges 0.88, rec_f1 0.80, rec_text 0.70
    "reports2": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 10 (run-in bold headings, a boxed cover decision repeated in section 2,
    # "It is RECOMMENDED that: (1)", a paragraph resumed in lower case over a page break, a two-column appendix);
    # first run: seg_f1 0.98, seg_edges 1.00, rec_f1 0.85, rec_text 0.81
    "reports3": {"seg_f1": 0.98, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 11 (lettered decisions in a PDF, decisions at the end, a "Recommendation |
    # Reason" table, footnotes, protective markings, "1)" paragraphs on a web page, "to note" on a cover sheet);
    # first run: seg_f1 0.96, seg_edges 0.97, rec_f1 0.73, rec_text 0.71
    "reports4": {"seg_f1": 0.96, "seg_edges": 0.97, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 11 (Word's automatic numbering, a front sheet's "Decision(s) required",
    # numbers in a ruled margin column, nested "(b) agrees: (i) ...", a chart between two paragraphs); first run:
    # seg_f1 1.00, seg_edges 0.99, rec_f1 0.63, rec_text 0.65 (rec_f1 stays below 1: its gold labels the items under
    # "(b)" as printed, "i", where the reader keeps their parent, "b(i)")
    "reports5": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 11 ("RECOMMENDATION 1" heads, "(1) ...; (2) ..." inline in one
    # paragraph, a "Decision required" box at the end, an issue page's <ol>, hanging numbers over a hyphenated page
    # break); first run: seg_f1 1.00, seg_edges 1.00, rec_f1 0.72, rec_text 0.38, resp_f1 0.00 (a table of figures
    # under "Responses" read as answers)
    "reports6": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 0.95},  # round 30: field lines end a block
    # officer reports written blind in round 11 (an options table with "Recommended? Yes", numbers restarting under
    # lettered sections, a decision record's "Decision:" field, decisions in a floating box, another body's
    # recommendations quoted); first run: seg_f1 0.95, seg_edges 0.90, rec_f1 0.76, rec_text 0.70
    "reports7": {"seg_f1": 0.97, "seg_edges": 0.94, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 12 (a PDF set in two columns with a boxed cover, "3.2.1" numbering with
    # roman decisions, decisions twice (a summary box and section 9), an issue page's bulleted "Recommendations:", a
    # Word table numbered by an unnamed first column, a work programme); first run: seg_f1 0.975, seg_edges 0.91,
    # rec_f1 0.79, rec_text 0.53
    "reports8": {"seg_f1": 0.99, "seg_edges": 0.97, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 12 ("The Cabinet is asked to RESOLVE: 1.-5." whose numbers are also the
    # sections', an exempt Part B summary, a CMIS page wrapped in ASP.NET's one form, an officer decision record, a report
    # laid out in a two-column Word table, a recommendation in the summary's prose, Word check boxes); first run (one
    # document unread): seg_f1 0.82, seg_edges 0.70, rec_f1 0.375, rec_text 0.08
    "reports9": {"seg_f1": 0.95, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 13 (Word-exported HTML whose numbers are in conditional comments, footnotes
    # under a rule with one running on to the next page, Word-numbered nested decisions, a report to Council carrying
    # Cabinet's recommendations, a Scottish report whose appendices restart at 1.1, a forward plan with no decisions);
    # first run: seg_f1 1.00, seg_edges 0.99, rec_f1 0.86, rec_text 0.88
    "reports10": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 14 (a planning report's conditions under "GRANT planning permission", a
    # licensing report's options the sub-committee "may" take, a Scottish IJB paper with directions, a trust board's
    # ruled cover sheet, numbered paragraphs in two columns over a spanning table, a text report's hanging "(1)" list
    # with "(i)" items); first run: seg_f1 0.98, seg_edges 0.95, rec_f1 0.71, rec_text 0.67
    "reports11": {"seg_f1": 0.99, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 0.9},
    # officer reports written blind in round 15 (a budget report to Council whose ninth letter (i) follows a roman list
    # under (d), a Northern Ireland council's "1.0 Purpose of Report", a scrutiny board's report to Cabinet after a
    # call-in, a Welsh council's "Reason(s) for the Recommendation(s)", a fire authority's decisions numbered as its
    # paragraphs are, a committee system's HTML export); first run: seg_f1 0.98, seg_edges 0.96, rec_f1 0.89, rec_text
    # 0.875, addressees 21 of 28 (rec_f1 stays below 1: its gold labels the romans under (d) "i", "ii", "iii" beside the
    # letter "i", where the reader keeps "d(i)" so that no paragraph prints one label twice)
    "reports12": {"seg_f1": 0.98, "seg_edges": 0.96, "rec_f1": 0.93, "rec_text": 0.87},
    # officer reports written blind in round 16 (decisions as Word bullets under two stems, numbers in a margin column
    # beside justified text with decisions "R1"-"R3", decisions run on as "(1) ... (4)" in a report summary table's cell,
    # a committee system's text export lettered "A."-"D.", an HTML list that starts at 2 after an unmarked first decision,
    # decisions 1.1-1.4 split between a Mayor and a Board); first run: seg_f1 0.98, seg_edges 1.0, rec_f1 0.63, rec_text
    # 0.40, addressees 12 of 12
    # (r70's first decision is an unmarked paragraph before an HTML list that starts at 2, and r68's run on in a table
    # cell are not read)
    "reports13": {"seg_f1": 0.98, "seg_edges": 1.0, "rec_f1": 0.91, "rec_text": 0.8},
    # officer reports written blind in round 16 (second batch): a front page that is one table, its decisions numbered by
    # Word in a cell; decisions given twice, in a summary and in section 2; a bilingual report in two columns; paragraphs
    # "Para 1" to "Para 22" in a text export with bullets over a page break; paragraphs that are the items of one HTML
    # list; decisions "(i) ... (v)" inline in one paragraph and an appendix numbered A1-A14); first run: seg_f1 0.80,
    # seg_edges 0.64, rec_f1 0.58, rec_text 0.32, addressees 12 of 12 (now "Para N" and "That the Joint Committee:"
    # over bullets are read; round 17: the Word-numbered cell and the inline romans wrapped at "(ii)" are read; the
    # bilingual columns are not; round 20: they are, a page in two languages side by side read in its English half)
    "reports14": {"seg_f1": 0.99, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 0.89},
    # national forms written blind in round 17 (a Public Accounts Committee report whose numbered conclusions are each
    # followed by "Recommendation:", answered in a Treasury Minute that answers another report first, "1: PAC
    # recommendation:" over "1.1 The government agrees ..." and a "Target implementation date:"; a Lords report whose
    # bold recommendations are collected with "(Paragraph N)", answered by a Minister's letter by paragraph number, two
    # in its opening prose; a Commons report to several bodies answered by the regulator for its own); first run (at
    # e184c81's letter and kind changes, before its PAC fields): rec_f1 0.92, rec_text 0.06, resp_f1 0.68, resp_text
    # 0.21, stance 0.39, progress 0.25, link_f1 0.59, addressees 14 of 26
    # (rec_text: its gold keeps "(Paragraph N)", as alignment33's and alignment35's do; the Treasury Minute's answers to
    # the other report are not given, so its labels 1 and 2 meet the other report's first; the Minister's two answers
    # in the opening prose, "At paragraph 11 the Committee recommends ...", are not read)
    "alignment38": {"rec_f1": 1.0, "rec_text": 0.3, "resp_f1": 0.9, "resp_text": 0.57, "stance": 0.64,
                    "progress": 0.53, "link_f1": 0.95},
    # local answers written blind in round 17 (a Cabinet agenda item whose covering report's own decisions are no
    # answers and whose landscape table gives "Accept / Partially accept / Do not accept" after the answer; an NHS trust's
    # letter that answers in turn, some by number and some by subject alone; a twelve-month update that repeats each
    # verdict with dated updates, grouped by status); first run (at defb4fb): rec_f1 0.94, rec_text 0.92, resp_f1 0.80,
    # resp_text 0.67, stance 0.60, progress 0.42, link_f1 0.75, addressees 26 of 26
    "alignment39": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.92, "stance": 0.75,
                    "progress": 0.6, "link_f1": 1.0},
    # officer reports written blind in round 17 (a combined fire authority's single run-in "RECOMMENDATION:" and a
    # landscape table inside a sentence; a Scottish council's "(a)-(c)" in no paragraph and implications as numbered
    # table rows; a police and crime panel's "1 " numbers with no dot and a quoted list; a national park authority's
    # "R1"-"R5" from a two-column cover onto the next page; a committee system's "(1)" paragraphs and "Recommended to
    # RESOLVE that"; a town council's Word numbering carried by styles); first run (at defb4fb): seg_f1 0.84, seg_edges
    # 0.75, rec_f1 0.97, rec_text 0.85, addressees 10 of 19
    # (now "(1)" paragraphs through the sections, the implications rows and the run-in field's whole paragraph are read;
    # paragraph 6's quotation from the Commissioner and the sentence after it are not joined to it)
    "reports15": {"seg_f1": 1.0, "seg_edges": 0.99, "rec_f1": 0.97, "rec_text": 0.9},
    # judgement on answers that print no verdict word, written blind in round 17 (second batch: a Cabinet Member's
    # numbered table over a page, an Executive's section per recommendation quoting each item without its stem, a
    # housing association's letter on a web page); first run (at 6fa3224): rec_f1 0.98, rec_text 0.96, resp_f1 1.0,
    # resp_text 0.61, stance 0.53, progress 0.53, link_f1 0.98, addressees 25 of 25 (now the report's list numbered
    # straight through two stems is read, and the response's quotations are aligned rather than read as answer text;
    # progress moved 0.53 -> 0.50 as one answer, read without its quotation, is judged not started)
    "alignment40": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.73,
                    "progress": 0.69, "link_f1": 1.0},
    # officer reports written blind in round 17 (second batch; all PDF but one): a Cabinet report with running header
    # and footer and a chart inside a sentence, decisions (a)-(d) with (b) holding (i)-(ii); a Welsh report's boxed
    # "RECOMMENDATION(S)" and one page in two columns; an IJB report whose page numbers look like paragraph numbers;
    # a London borough's shaded box of decisions before "1. Summary"; footnotes that cut a paragraph; "1)" paragraphs
    # typed by hand; first run (at 6fa3224): seg_f1 1.0, seg_edges 0.99, rec_f1 0.78, rec_text 0.78, addressees 15 of 15
    # (round 18: r84's (b) keeps its conditions (i)-(ii), "subject to the following conditions:"; r86's bulleted decisions
    # under "The Committee is asked to:" are read now that its "Report by:" cover makes it an officer's paper)
    "reports16": {"seg_f1": 1.0, "seg_edges": 0.99, "rec_f1": 1.0, "rec_text": 1.0},
    # officer reports written blind in round 18, from authorities the earlier suites use least (a unitary Cabinet's "No. |
    # Decision | Reason" table with a row across it that recommends to Council; a Welsh corporate joint committee's Word
    # paper whose decisions are only in its summary, "as set out in paragraph 1.3 above"; a pension fund committee's HTML
    # page, numbers in their own elements, "Members are recommended to:" over nested bullets; an islands council's text
    # export numbered to "4.2.1"; a port health authority's PDF with a pull-out box; a parish council quoting last
    # meeting's amendment (a)/(b)); first run (at 3fb828f): seg_f1 0.935, seg_edges 0.856, rec_f1 0.61, rec_text 0.43,
    # addressees 3 of 11 (seg_edges stays below 1: the Word numbering restarted in r91's appendix, r94's box and r95's
    # quoted amendment; stop 62, a chapter set as a heading: seg_edges 0.989)
    "reports17": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # answers in layouts no suite had read, written blind in round 18 (a response sheet printed from a spreadsheet with no
    # ruling, codes "A / PA / NA" explained by a key after the last row; a Word response whose answers hold their own
    # sub-headings and bullets; a web page whose answers open with a bold verdict and cite what they answer at their end,
    # "(recommendation 1)"); first run (at 3fb828f): rec_f1 1.0, rec_text 1.0, resp_f1 0.76, resp_text 0.13, stance 0.43,
    # progress 0.30, link_f1 0.76, addressees 23 of 23 (p138's row 7 runs its owner into its action: its cells are read
    # by order, not by where they are set)
    "alignment41": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.91, "stance": 1.0,
                    "progress": 0.73, "link_f1": 1.0},
    # progress and stance read from updates months later, written blind in round 18 (a performance system's export whose
    # status words disagree with its dated notes, one acceptance "Cancelled"; an NHS trust's update letter dated only
    # relative to itself, "Recommendation 1: waiting times for children. We accepted ..."; a department's progress report
    # whose verdicts have changed since, "we originally accepted this in part ... we now accept it in full"); first run
    # (at 3fb828f): rec_f1 0.98, rec_text 1.0, resp_f1 0.86, resp_text 0.32, stance 0.44, progress 0.28, link_f1 0.78,
    # addressees 22 of 25 (its gold names "the Department" as printed, where the reader names it in full, as
    # alignment22's; rec_f1 counts the monitoring report's own decision sought, which its gold leaves out)
    "alignment42": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.68,
                    "progress": 0.56, "link_f1": 0.95},
    # answers that are not one block per recommendation, written blind in round 19 (an action plan whose merged cells span
    # "1a"-"1c" action rows over a page break, with a "Measure of success" column; a Cabinet Member's response answering
    # "Recommendations 4 to 7" and "Recommendations 2, 3 and 9" in her own order; Cabinet minutes recording the answers in
    # reported speech, "In respect of recommendations 2 and 3, the Cabinet Member said ...", one by a resolution, three
    # left to the ICB); first run (at ae89a74): rec_f1 1.0, rec_text 1.0, resp_f1 0.81, resp_text 0.27, stance 0.68,
    # progress 0.40, link_f1 0.74, addressees 24 of 25
    "alignment43": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.95,
                    "progress": 0.68, "link_f1": 1.0},
    # officer reports written blind in round 19 (a Scottish budget's decisions "2.1 note ...", "2.2 approve ..." with tables
    # between them; a Northern Ireland notice of motion, "Council resolves to:" over bullets; a Mayor and Cabinet page
    # whose list restarts at (1) "and to RECOMMEND to Council that it:"; a conservators' board whose decisions stand only
    # in a Word text box; a joint report to two councils' executives; a petition report's "2. EITHER (a) ... OR (b)");
    # first run (at ae89a74): seg_f1 0.915, seg_edges 0.844, rec_f1 0.46, rec_text 0.29, addressees 5 of 11 (rec_f1
    # stays below 1: r98's second list under one paragraph number is read as the first's copy, and r101's options are
    # labelled "2a", "2b" where its gold prints "a", "b"; addressees: r97's "Council" and r100's "Ashwyke District
    # Council's Cabinet", where its gold names the council and drops the possessive, against reports10's and 12's "Council")
    "reports18": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 0.9, "rec_text": 0.85},
    # responses published as pictures, slides and columns, written blind in round 19 (a Cabinet Member's signed letter
    # scanned into an agenda pack behind a page of text, its only text layer the pack's "Page 24" stamp; a trust's slides,
    # one recommendation a slide with its status word in the corner; a two-column response that lists the
    # recommendations in a table and answers each below it under a bare numeral); first run (at a9eff1f): rec_f1 0.63,
    # rec_text 0.65, resp_f1 0.21, resp_text 0.0, stance 0.10, progress 0.05, link_f1 0.0, addressees 13 of 13 (OCR's
    # "Iam unable to accept" and "L agree" are judged as read; the slides' bullets are read without their marks)
    "alignment44": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 0.97, "resp_text": 0.85, "stance": 0.75,
                    "progress": 0.85, "link_f1": 0.82},
    # officer reports whose structure is set by layout, written blind in round 19 (a Word report laid out in a borderless
    # table; justified PDF text hyphenated at line ends; decisions only on a landscape "Decision Sheet" page turned by
    # /Rotate; a "Key points" panel beside the paragraphs; a scanned 2012 report, text only by OCR; a layout-mode text
    # export whose bullets were lost and whose decisions cite appendix paragraphs A1-A6); first run (at a9eff1f): seg_f1
    # 0.933, seg_edges 0.792, rec_f1 0.71, rec_text 0.60, addressees 15 of 15 (still missed: r104's rotated sheet, r107's
    # unmarked decision blocks, two paragraph numbers OCR does not see on r106's second page)
    "reports19": {"seg_f1": 0.97, "seg_edges": 0.94, "rec_f1": 0.84, "rec_text": 0.76},
    # one response for several reports, two languages, verdicts given apart from their answers, written blind in round 20
    # (an Executive's response to two reviews in two parts, each numbered from 1 and the second naming its answers by
    # short titles alone; a Welsh council's response in parallel columns, Welsh beside English; a decision page whose
    # verdicts are given once, by number, above comments that print none); first run (at 0152f6e): rec_f1 0.958,
    # rec_text 0.92, resp_f1 0.718, resp_text 0.56, stance 0.40, progress 0.40, link_f1 0.718, addressees 18 of 23
    # (now 25 of 25: "the Executive" is not the "Chief Executive" its report also names; the response's second part is
    # paired with the report it names and read alone; progress misses three answers the gold calls in progress)
    "alignment45": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                    "progress": 0.88, "link_f1": 1.0},
    # officer reports as archives hold them, written blind in round 20 (a public reports pack: agenda, last minutes and
    # two reports each numbered from 1 again; a CMS page numbered only by <ol start>; an ICB cover sheet of check boxes;
    # decisions restated in a closing summary table; a decision report numbered by section letters "A1" ... "G1"; a
    # text export wrapped at 72 columns with a three-line header on every page); first run (at 0152f6e): seg_f1 0.904,
    # seg_edges 0.813, rec_f1 0.718, rec_text 0.60, addressees 14 of 14 (round 21: r112's paragraphs numbered by their
    # sections' letters, "B1"-"B3", read, and "the Commissioner" of the Commissioner's own paper is its body)
    "reports20": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # national responses, written blind in round 21 (a Command paper that renumbers a statutory inquiry's chapter-numbered
    # recommendations 1-8 and answers under its own sub-headings, with an annex mapping the numbers; a Government
    # response that regroups a review's recommendations under its own themes, one answer shared by three and two that
    # only point to another; National Highways answering its share of a county review); first run (at c6f6af0):
    # rec_f1 1.0, rec_text 0.96, resp_f1 0.85, resp_text 0.65, stance 0.91, progress 0.82, links 1.0, addressees 23 of
    # 25 (resp_text: the gold opens p169's texts with their "Government response" sub-heading and leaves it out of
    # p171's, two readings of one marker; the pipeline leaves it out of both)
    "alignment46": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.65, "stance": 1.0,
                    "progress": 0.82, "link_f1": 1.0},
    # officer reports numbered or asking in ways no suite had read, written blind in round 21 (paragraph numbers in the
    # outside margin set lower than their first line; "1."-"32." through unnumbered headings with numbered footnotes; an
    # executive summary box "R1"-"R4" restated as 8.1-8.4; a town council's minutes "30/112"-"30/123"; a Word export
    # showing tracked changes; a Markdown export); first run (at c6f6af0): seg_f1 0.902, seg_edges 0.823, rec_f1 0.842,
    # rec_text 0.619, addressees 8 of 16 (round 21: margin numbers set lower or on the right, text struck through and
    # Word's balloons, a Markdown export's headings, front matter, pipe table and lazy list lines read; the minutes'
    # recommendations to Full Council and the summary box not yet)
    "reports21": {"seg_f1": 0.96, "seg_edges": 0.92, "rec_f1": 0.92, "rec_text": 0.85},
    # answers whose papers number, amend or split them, written blind in round 22 (a Department's letter numbered 1-14
    # answering recommendations 1-6 across its paragraphs; a Cabinet report's proposed responses and the minutes that
    # amend one; a report numbered (i)-(xii) with parts v(a)-(c), answered under "Recommendation (iii)" heads); first run
    # (at c2d9b0a): rec_f1 0.857, rec_text 0.828, resp_f1 0.60, resp_text 0.357, stance 0.429, progress 0.25, links
    # 0.585, addressees 24 of 24 (round 22: a roman item over lettered parts gives 'va'-'vc', a roman list goes on in
    # the next paragraph, and "Recommendation (iii)" and "Recommendation v(a)" heads are read; p178's amendment by the
    # minutes and the letter's "Your final recommendation" are not)
    "alignment47": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.94, "resp_text": 0.85, "stance": 0.92,
                    "progress": 0.64, "link_f1": 0.94},
    # officer reports in the forms of individual and delegated decisions, written blind in round 22 (a Cabinet Member's
    # "I agree to:" record, an officer's delegated decision record, run-in headings, typed numbers and soft breaks, a
    # Scottish "1. RECOMMENDATIONS" inside a summary, a decision notice); first run (at c2d9b0a): seg_f1 0.977,
    # seg_edges 0.985, rec_f1 0.667, rec_text 0.50, addressees 10 of 10
    "reports22": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 0.91, "rec_text": 0.8},
    # judgement of long Government answers that print no verdict word, written blind in round 22 (a Lords committee's
    # report and the Command paper answering it under its own themes; a statutory inquiry module's recommendations to
    # the UK government and the devolved administrations and the UK Government's answers; a Commons committee report
    # and the Food Standards Agency's answers, mostly describing existing work); first run (at c50f0aa): rec_f1 1.0,
    # rec_text 0.964, resp_f1 1.0, resp_text 1.0, stance 0.50, progress 0.538, links 1.0, addressees 20 of 26 (the
    # model reads an answer that describes existing work as accepted, where the guide reads it as noted: not mended;
    # round 22: an annex named without its letter ends the last recommendation, and "decisions about it are for
    # Ministers" says the matter is another body's)
    "alignment48": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.57,
                    "progress": 0.65, "link_f1": 1.0},
    # local answers that mostly print no verdict word, written blind in round 23 (a district Cabinet's appendix table
    # answering a task and finish group on the seafront; an ICB Chief Executive's letter under its own head per
    # recommendation; a combined authority Mayor's web page answering on cycle hire); first run (at f4e0dca): rec_f1 1.0,
    # rec_text 1.0, resp_f1 1.0, resp_text 1.0, stance 0.70, progress 0.733, links 1.0, addressees 32 of 32
    "alignment49": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.8,
                    "progress": 0.8, "link_f1": 1.0},
    # audit and inspection recommendations with the management response beside them, written blind in round 23 (an
    # Audit Wales-style review's R1-R6 and the council's organisational response form; an external auditor's annual
    # report, its KR1 and IR1-IR6 boxes holding management comments, and the follow-up paper a year later; an
    # Accounts Commission Best Value report's <ol> recommendations and the council's improvement plan with merged
    # cells); first run (at f4e0dca): rec_f1 0.789, rec_text 0.636, resp_f1 0.955, resp_text 0.714, stance 0.952,
    # progress 0.619, links 0.80, addressees 1 of 15
    # (stop 61: a paragraph that announces the recommendations is none of them: rec_f1 0.97 -> 1.0)
    "alignment50": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.95, "resp_text": 0.71, "stance": 0.95,
                    "progress": 0.61, "link_f1": 0.8},
    # scrutiny committees' own papers and reports to full Council, written blind in round 23 (a work programme report
    # with its programme as a ruled table; a call-in report with options; a committee's recommendation to Council with
    # its minute quoted; a monitoring officer's code of conduct report quoting the code's own numbers; a village
    # council clerk's report numbered by Word "1)"; a scrutiny annual report whose decision is a table row); first run
    # (at f4e0dca): paragraph numbers 0.957, boundaries 0.974, decisions 0.80, text 0.667, addressees 7 of 10
    "reports23": {"seg_f1": 0.95, "seg_edges": 0.97, "rec_f1": 0.96, "rec_text": 0.93},
    # refusals, deferrals and consultations in answers that print no verdict word, written blind in round 24 (a fire
    # authority's response quoting each recommendation in a shaded box; a unitary Executive's Word table on fostering;
    # a district council's motion in its minutes, asks (a)-(i) to the county, and the county Cabinet Member's letter);
    # first run (at f75bb04): rec_f1 0.824, rec_text 0.70, resp_f1 0.824, resp_text 0.667, stance 0.367, progress 0.40,
    # links 0.824, addressees 21 of 21 (the motion's asks to another body, minutes' resolutions, not read; refusals by
    # cost, deferrals to a later review and "will ask X whether" read as acceptance)
    "alignment51": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.6,
                    "progress": 0.66, "link_f1": 1.0},
    # papers of bodies beside councils, written blind in round 24 (a foundation trust governors' cover sheet of bold
    # verbs; a police and crime panel's precept report; a fire authority's decisions table split by a page break; a
    # multi-academy trust's cover cell of two "That the Board ..." decisions; a health and wellbeing board's bulleted
    # decisions and appendices numbered from 1 again; a joint audit committee's "R1"-"R4"); first run (at f75bb04):
    # paragraph numbers 1.0, boundaries 0.991, decisions 0.723, text 0.696, addressees 12 of 17
    "reports24": {"seg_f1": 1.0, "seg_edges": 0.99, "rec_f1": 0.80, "rec_text": 0.82},
    # officer reports as committee systems and archives publish them, written blind in round 25 (a web page printed to
    # PDF with the browser's header and footer; a Scottish report whose running header falls inside 7.2; a landscape
    # page inside 5.3; "Section N" headings and a shaded one-cell "Recommendation(s)" box; Word's web-page export laid
    # out in a borderless table; a text export whose numbering carries on after an embedded annex "A1."-"A8."); first
    # run (at 125aca9): paragraph numbers 0.958, boundaries 0.92, decisions 0.829, text 0.762, addressees 14 of 17
    "reports25": {"seg_f1": 0.95, "seg_edges": 0.92, "rec_f1": 0.93, "rec_text": 0.95},
    # ombudsman findings and the councils' answers, written blind in round 25 (a Local Government and Social Care
    # Ombudsman public report whose recommendations are paragraphs 35-38 with letters restarting in 36 and 37, and the
    # Cabinet's section 31 report answering in a Word table; a Housing Ombudsman report's orders 18 a.-d. and
    # recommendations 21-23, and the council's compliance letter under "Paragraph 18(a):" heads; an SPSO decision's
    # three tables numbered 1-7 straight through, and the council's ruled compliance table); first run (at 690620c):
    # rec_f1 0.492, rec_text 0.64, resp_f1 0.980, resp_text 0.68, stance 0.84, progress 0.76, links 0.279, addressees 7
    # of 16 (an ombudsman's numbered findings read as recommendations and the SPSO's tables not read: not mended;
    # round 25: letters that start again under each numbered paragraph are named with it, "36a", links 0.28 -> 0.56)
    "alignment52": {"rec_f1": 0.92, "rec_text": 0.96, "resp_f1": 1.0, "resp_text": 0.72, "stance": 0.88,
                    "progress": 0.8, "link_f1": 0.85},
    # papers of committees and boards no suite had read, written blind in round 26 (a pension committee's boxed "a)"-"d)"
    # and an investment table split by a page break; a Schools Forum's votes by sector; a SACRE item on a web page; a
    # crematorium joint committee's text report; a business improvement district company's board paper; a fostering
    # panel's annual report to a corporate parenting board, its decisions in the cover's cell); first run (at 5bde241):
    # paragraph numbers 1.0, boundaries 0.989, decisions 0.897, text 0.897, addressees 11 of 26
    "reports26": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 0.89, "rec_text": 0.89},
    # partner bodies answering councils' reviews in their own voice, written blind in round 26 (a canal charity's letter,
    # a Jobcentre Plus district manager's e-mail in an agenda pack, an advice charity's Word table), 22 of 29 answers
    # with no verdict word; first run (at 5bde241): every structural metric 1.0, stance 0.483, progress 0.586,
    # addressees 29 of 29
    "alignment53": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.51,
                    "progress": 0.62, "link_f1": 1.0},
    # answers given by a decision notice's ranges and by numbers named inside prose, written blind in round 26 (a Record
    # of Executive Decision accepting "recommendations 1 to 4, 7 and 10" with an appendix of answers under heads; a
    # response page answering "R1.1"-"R4.2" out of order, two to a head; a Northern Ireland department answering an
    # Assembly committee in paragraphs of its own that name the recommendation mid-sentence); first run (at 5bde241):
    # rec_f1 0.776, rec_text 0.655, resp_f1 0.667, resp_text 0.379, stance 0.276, progress 0.379, links 0.533,
    # addressees 10 of 19. Round 58: a paragraph inside an answer by subject that answers another recommendation begins
    # that one's answer: resp_f1 0.945, resp_text 0.862, stance 0.828, progress 0.724, link_f1 0.926
    "alignment54": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.93, "stance": 0.86,
                    "progress": 0.75, "link_f1": 0.96},
    # decisions and paragraphs set in ways no suite had read, written blind in round 27 ("The Cabinet is RECOMMENDED
    # to:" over "(1)"-"(5)" with capital verbs; paragraphs "1."-"19." under small capitals, the decisions paragraphs 2-4;
    # a last section "Recommendation" of one paragraph on a web page; numbers on lines of their own; a two-page summary
    # that says the decisions again; a committee system's text export wrapped at 72 columns); first run (at 5bde241):
    # paragraph numbers 1.0, boundaries 0.988, decisions 0.75, text 0.857, addressees 18 of 18
    "reports27": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 0.76, "rec_text": 0.85},
    # council executives' answers that print almost no verdict word, written blind in round 27 (a Cabinet Member's
    # comments column in a landscape table over a page break, a Leader's report to Cabinet with an appendix of answers
    # under quoted recommendations, a Portfolio Holder's e-mail printed in an agenda item); first run (at 5bde241):
    # rec_f1 1.0, rec_text 1.0, resp_f1 0.981, resp_text 0.926, stance 0.481, progress 0.704, links 0.80, addressees
    # 29 of 29
    "alignment55": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.92, "stance": 0.55,
                    "progress": 0.74, "link_f1": 0.8},
    # independent reviews commissioned by departments and the Government's responses, written blind in round 27 (a
    # review numbered by chapter, "Recommendation 2.1", over paragraphs numbered 2.1, and a GOV.UK table whose status
    # follows the answer; a summary list that restates the recommendations in shorter words, and a response that answers
    # "Recommendations 2 to 4" together; a joint response of two departments with a "Lead department:" line, answering
    # only its own seven of ten); first run (at 5bde241): rec_f1 1.0, rec_text 0.933, resp_f1 1.0, resp_text 0.667,
    # stance 0.852, progress 0.667, links 1.0, addressees 28 of 30
    "alignment56": {"rec_f1": 1.0, "rec_text": 0.93, "resp_f1": 1.0, "resp_text": 0.92, "stance": 0.88,
                    "progress": 0.7, "link_f1": 1.0},
    # recommendations addressed to several bodies and answered by bodies other than a council's executive, written
    # blind in round 28 (a London Assembly committee's report and the Mayor's first-person letter answering under his
    # own heads in another order, two answered together for the boroughs; an auditor's "Statutory recommendation 1"-"8"
    # under Schedule 7 and the council's report to full Council; a safeguarding partnership's practice review naming
    # partners and its action plan); first run (at 00a07e4): rec_f1 0.8, rec_text 0.714, resp_f1 1.0, resp_text 1.0,
    # stance 0.88, progress 0.68, links 0.791, addressees 14 of 20
    "alignment57": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.88,
                    "progress": 0.68, "link_f1": 1.0},
    # answers given in papers that are not a response report, written blind in round 28 (Cabinet minutes whose
    # resolutions answer a review by what they do, naming no recommendation, one of them two; a response form whose
    # only verdict is the ticked box of "Agreed ☐ Partly agreed ☒ Not agreed ☐"; an NHS trust's letter quoting each
    # recommendation in brief, unnumbered, in the report's order); first run (at 00a07e4): rec_f1 1.0, rec_text 1.0,
    # resp_f1 0.541, resp_text 0.111, stance 0.074, progress 0.074, links 0.541, addressees 27 of 27
    "alignment58": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.62, "stance": 0.88,
                    "progress": 0.59, "link_f1": 1.0},
    # progress read from follow-up papers a year or more on, written blind in round 28 (a twelve-month review table of
    # original response, dated update and RAG; a department's progress report whose "Status:" lines its narrative
    # contradicts; a Cabinet Member's update letter with "No further action", a superseded ask and a new date); first
    # run (at 00a07e4): rec_f1 0.98, rec_text 1.0, resp_f1 1.0, resp_text 1.0, stance 0.88, progress 0.44, links 1.0,
    # addressees 22 of 25
    "alignment59": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.92,
                    "progress": 0.48, "link_f1": 1.0},
    # officer reports of committees and layouts earlier suites use least, written blind in round 29 (a combined
    # authority's decisions cut by the table one approves and a page turn, a Scottish committee's decisions in a
    # borderless "(i) | text" table under a bold stem, a London licensing report's <ol start> per section, a Welsh
    # community council's "3.2.<tab>" text export, an NI planning report quoting statutes inside its paragraphs); first
    # run (at 6300624): seg_f1 0.993, seg_edges 0.944, rec_f1 0.857, rec_text 0.737, addressees 15 of 15
    "reports28": {"seg_f1": 0.99, "seg_edges": 0.94, "rec_f1": 1.0, "rec_text": 0.94},
    # verdicts given apart from the answers, written blind in round 29 (a Cabinet tracker of terse cells, "Agreed",
    # "See R3", "N/A – a matter for the ICB", over notes; an Executive's response whose only verdict is one sentence of
    # its introduction; a Command paper whose introduction lists the three it does not accept); first run (at 6300624):
    # rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 1.0, stance 0.679, progress 0.679, links 0.809, addressees 28 of 28
    "alignment60": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.89,
                    "progress": 0.78, "link_f1": 1.0},
    # recommendations printed in report layouts earlier suites use least, written blind in round 30 (a designed
    # two-column review whose list is printed again in call-out boxes out of order; a task and finish report whose
    # stems carry (a)-(c) sub-points and "Lead:" / "By when:" lines, answered whole; one list addressed to an ICB, the
    # Council, a housing association and the Government, answered by the ICB for its share); first run (at 8cadfcb):
    # rec_f1 0.649, rec_text 0.71, resp_f1 1.0, resp_text 0.654, stance 0.885, progress 0.808, links 0.745,
    # addressees 23 of 24. Its gold keeps sub-points in their stem's recommendation where the response answers the
    # stem (earlier suites split them where the response answers each part), and leaves a Target date cell out of
    # the answer (earlier suites keep the Timescale cell)
    "alignment61": {"rec_f1": 0.68, "rec_text": 0.77, "resp_f1": 1.0, "resp_text": 0.69, "stance": 0.96,
                    "progress": 0.8, "link_f1": 0.74},
    # answers that describe existing work, offer something else, or wait, written blind in round 30 (a county Cabinet
    # Member's response table on scams, an FE college Principal's letter on offshore wind skills, Natural Resources
    # Wales answering a Senedd committee on waste crime); first run (at 8cadfcb): rec_f1 1.0, rec_text 1.0, resp_f1
    # 1.0, resp_text 0.667, stance 0.667, progress 0.63, links 1.0, addressees 27 of 27. Its gold leaves the Timescale
    # cell out of the answer, where earlier suites keep it
    "alignment62": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.7,
                    "progress": 0.66, "link_f1": 1.0},
    # officer reports whose decisions and paragraphs are set out in ways earlier suites use least, written blind in
    # round 31 (a covering report with its appendix's own numbering and "recommended actions" in one file; decisions
    # put as questions to a Health and Wellbeing Board; a Cabinet Member decision report whose Recommendations come
    # last; paragraphs numbered again under each unnumbered heading; a town clerk's delegated decision in "•"
    # bullets); first run (at 2dc9344): seg_f1 1.0, seg_edges 1.0, rec_f1 0.944, rec_text 0.842, addressees 16 of 17
    "reports29": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # answers found by what they quote, in the writer's order, written blind in round 31 (a Cabinet response quoting
    # each recommendation abridged in italics in the order of the teams that deliver them; themed sections with shaded
    # boxes, some retyped; an accordion web page titled by each recommendation's first words); first run (at 2dc9344):
    # rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 0.444, stance 0.481, progress 0.444, links 0.556, addressees 27
    # of 27. Each answer is aligned to the recommendation it quotes (the links pair them), but its gold labels each
    # unnumbered answer by that recommendation where the first suite's p1 and the second's p8 label them by their
    # order in the response (the schema's "unnumbered items of one list are labelled 1, 2, ... in order"), which the
    # code follows: the two conventions cannot both be met
    "alignment63": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.44, "stance": 0.48,
                    "progress": 0.44, "link_f1": 0.55},
    # one report answered in more than one paper, written blind in round 32 (a Cabinet Member's interim response whose
    # "A full response will follow once the budget is set" a Leader's letter completes two months later, in Parts that
    # answer two reviews; an NHS trust answering its share of a health scrutiny report; a Government response and its
    # progress update a year on); first run (at fbad065): rec_f1 1.0, rec_text 1.0, resp_f1 0.929, resp_text 0.775,
    # stance 0.725, progress 0.65, links 0.975, addressees 25 of 25
    # (round 33: the Leader's letter answering two reviews in Parts, whose heads set a title off in brackets, now read
    # and linked: responses 1.0, response text 0.875, stance 0.9, progress 0.825, links 1.0)
    "alignment64": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.9, "stance": 0.95,
                    "progress": 0.87, "link_f1": 1.0},
    # national committee reports whose recommendations name their addressee anywhere but first, written blind in round
    # 32 (a Commons, a Lords and a Scottish Parliament committee: "By March 2026, the Department ... should", "Guidance
    # should be published by Ofsted", "working with", conclusions in plain type among bold recommendations); first run
    # (at fbad065): rec_f1 0.969, rec_text 0.939, resp_f1 1.0, resp_text 1.0, stance 0.72, progress 0.76, links 1.0,
    # addressees 22 of 25
    "alignment65": {"rec_f1": 0.96, "rec_text": 0.93, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.72,
                    "progress": 0.76, "link_f1": 1.0},
    # verdicts recorded apart from the answer prose, written blind in round 33 (a Cabinet response grouped under verdict
    # headings, out of number order; a Portfolio Holder's page whose summary gives verdicts by topic; a health scrutiny
    # committee's minutes recording an NHS trust's and an ICB's answers under "Recommendation N (title)" heads, the
    # verdicts only in the RESOLVED paragraphs after them, by groups of numbers); first run (at 68a3fad): rec_f1 1.0,
    # rec_text 1.0, resp_f1 0.821, resp_text 0.696, stance 0.565, progress 0.478, links 0.821, addressees 23 of 23
    "alignment66": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.95, "stance": 0.91,
                    "progress": 0.69, "link_f1": 1.0},
    # stance and progress where the verdict word is someone else's, the past's, a finding's or a RAG colour's, written
    # blind in round 33 (a Cabinet response in plain text, one line a paragraph; a fire authority's RAG table with its key
    # at the end; a Scottish Minister's annex); first run (at 68a3fad): rec_f1 1.0, rec_text 1.0, resp_f1 1.0,
    # resp_text 0.667, stance 0.75, progress 0.833, links 1.0, addressees 24 of 24. The text file's answers keep their
    # "Cabinet response" line and "Lead officer:" line: the reader joins a text file's unbroken lines into one
    # paragraph, as the seeds need
    "alignment67": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.79,
                    "progress": 0.87, "link_f1": 1.0},
    # officer reports whose numbered paragraphs are interrupted and continued, written blind in round 33 (a table split
    # over pages with "(continued)", a levy calculation on centred lines, a landscape Word section mid-sentence, a
    # footnote inside a decision split by a page break, a chart floated to a page's top, a web figure and endnotes);
    # first run (at 68a3fad): seg_f1 1.0, seg_edges 0.987, rec_f1 1.0, rec_text 1.0, addressees 14 of 17
    "reports30": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # where each answer ends, written blind in round 34 (answers with their own "Progress to date" / "Next steps" /
    # "Risks" sub-sections before the response's own sections of the same names; a Cabinet report whose answers hold a
    # chart, a ruled table and a quotation and run into its implications and an equality screening table; a trust's
    # letter that restates each multi-paragraph recommendation and closes all six in one paragraph); first run (at
    # bc0c9c7): rec_f1 1.0, rec_text 1.0, resp_f1 0.973, resp_text 0.722, stance 0.722, progress 0.667, links 1.0,
    # addressees 12 of 18 (its gold resolves "the Trust" and "the ICB" to the names the report defines them as, where
    # earlier suites keep a defined short name as the recommendations print it)
    "alignment68": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.88, "stance": 0.88,
                    "progress": 0.66, "link_f1": 1.0},
    # progress as real updates report it, written blind in round 34 (a milestone tracker with target and achieved
    # dates and no status column; a Commissioner's update in counts and relative dates; a regulator's progress page whose
    # status words sometimes say other than its narrative); first run (at bc0c9c7): rec_f1 0.977, rec_text 1.0, resp_f1
    # 1.0, resp_text 0.667, stance 0.857, progress 0.619, links 1.0, addressees 21 of 21
    "alignment69": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.85,
                    "progress": 0.61, "link_f1": 1.0},
    # decisions sought where the choice is the decision, written blind in round 34 (options then "agree Option 2 and
    # to:"; a decisions table "No. | Decision required | Officer recommendation"; a report to two meetings in turn; a
    # front-sheet box repeated in full with a part for information; a delegated decision record whose Decision differs
    # from its Recommendation); first run (at bc0c9c7): seg_f1 1.0, seg_edges 1.0, rec_f1 0.778, rec_text 0.706,
    # addressees 12 of 14. Round 41: the decisions table is the report's own (its "Decision required" column asks)
    "reports31": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the scrutiny committee's own follow-up of its recommendations, written blind in round 35 (a landscape monitoring
    # table "Recommendation | Cabinet response | Update from service | Committee assessment"; a progress report with a
    # block per recommendation and a bold "Panel's assessment:" line; a tracker page listing closed recommendations by
    # number only); first run (at ce1feb1): rec_f1 0.95, rec_text 1.0, resp_f1 1.0, resp_text 0.0, stance 0.938,
    # progress 0.625, links 1.0, addressees 19 of 19. Its gold leaves the field headings over each block's parts out of
    # the answer ("Executive response (October 2025, abridged)": a marker whose bracketed qualifier is part of its label)
    "alignment70": {"rec_f1": 0.95, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.93,
                    "progress": 0.62, "link_f1": 1.0},
    # long officer reports with deep numbering and their parts, written blind in round 35 (four levels with gaps,
    # appendices numbered "A1.1" and afresh from 1.1, recommendation boxes repeated in section 2, decisions 2.1.1-2.1.4);
    # first run (at ce1feb1): seg_f1 0.944, seg_edges 0.893, rec_f1 1.0, rec_text 1.0, addressees 15 of 15. An
    # appendix numbered "A1.1" in a PDF whose heading and first paragraph share one block is not yet read
    "reports32": {"seg_f1": 0.97, "seg_edges": 0.94, "rec_f1": 1.0, "rec_text": 1.0},
    # audit and inspection findings answered by management action plans, written blind in round 36 (an auditor's
    # findings F1-F8 behind recommendations R1-R5 answered in the council's own committee paper, a landscape plan in
    # priority order with one row for two; an inspectorate's bulleted recommendations under "the service should:" and
    # its areas for improvement, answered in one series with them; a force's internal audit tracked on a committee page
    # whose action cell spans two rows); first run (at 76c7a82): rec_f1 0.909, rec_text 0.778, resp_f1 0.667,
    # resp_text 0.562, stance 0.625, progress 0.375, links 0.583, addressees 8 of 15. Not yet: answers to the areas for
    # improvement are kept as responses; "the Force" is not resolved to the force the cover names (a merged action
    # cell is read for both its rows since round 37)
    "alignment71": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.86, "resp_text": 1.0, "stance": 0.93,
                    "progress": 0.68, "link_f1": 0.85},
    # verdicts in the respondent's own words, written blind in round 36 ("Content to take this forward", "not within
    # the County Council's gift", "We agree with the direction of travel", "sees no need", "Accepted in substance",
    # "Of course."; a Cabinet paper's appendix, a Command Paper, a Commissioner's first-person web response);
    # first run (at 76c7a82): rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 1.0, stance 0.757, progress 0.811,
    # links 1.0, addressees 39 of 39
    "alignment72": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.83,
                    "progress": 0.83, "link_f1": 1.0},
    # decisions boxes and the kinds of body earlier suites use least, written blind in round 36 (a fire authority's
    # cover table "No. | Recommendation | For decision / For noting"; a national park authority's "That" merged down
    # beside its numbered decisions; a panel's summary box then 2.1 (a)-(d); a pension board's box split into "For
    # decision" and "For noting"; a joint committee's front sheet then section 2); first run (at 76c7a82): seg_f1 1.0,
    # seg_edges 1.0, rec_f1 0.837, rec_text 0.636, addressees 18 of 18. Not yet: the "That" column read as the stem of
    # its rows, and a paragraph about the board's role under "Decisions required" is taken for a decision
    "reports33": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 0.97, "rec_text": 0.81},
    # progress in the respondent's own words, written blind in round 37 ("Delivered through the 2025/26 budget", "Done
    # for 20 of the 74 holdings", "On hold pending ...", "Rolled out in two of the five localities", "Superseded by
    # ..."; a county Cabinet's Word response with a "Timescale:" line under each answer, an ICB's twelve-month update
    # table beside its first response, a devolved government's Written Response); first run (at b7e56f4): rec_f1 1.0,
    # rec_text 1.0, resp_f1 1.0, resp_text 0.676, stance 0.892, progress 0.703, links 1.0, addressees 36 of 37. Its gold
    # keeps "Response: Accept" in the Written Response's answers, where alignment12 and alignment22 leave the field out
    # of the same form's answers; progress that reports part done and part to come (guide rule 2.2) is read as complete
    "alignment73": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.67, "stance": 0.91,
                    "progress": 0.70, "link_f1": 1.0},
    # national answers whose verdict comes late in a long answer, written blind in round 37 (a Command Paper answering a
    # Lords committee's mixed list of conclusions and recommendations, a GOV.UK response to an independent review, an
    # arm's-length body's annex to a Senedd committee); first run (at b7e56f4): rec_f1 1.0, rec_text 1.0, resp_f1 1.0,
    # resp_text 1.0, stance 0.684, progress 0.605, links 1.0, addressees 36 of 38; now stance 0.737 (elliptical verdicts
    # by number in a shared answer, "accept recommendation 7, and recommendation 8 in part"). Not yet: a verdict in the
    # last sentence after paragraphs of context ("Subject to that timetable, we accept the recommendation"), which the
    # model outweighs (reading the last sentence as the printed verdict moved six other suites' answers the wrong way)
    "alignment74": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.73,
                    "progress": 0.60, "link_f1": 1.0},
    # decisions sought in the papers of committees no suite had read, written blind in round 37 (an inshore fisheries
    # authority's options lettered in a table and decisions 7.1-7.3 at the end; a youth justice board's list (a)-(e)
    # across "For decision" and "For information"; a policing partnership's "Recommendation:" closing three of its
    # sections; a charity trustee committee's flat numbering 1-31; a safeguarding adults board's run-in titled
    # decisions beside a review's own recommendations); first run (at b7e56f4): seg_f1 0.984, seg_edges 0.950, rec_f1
    # 0.789, rec_text 0.833, addressees 11 of 15
    "reports34": {"seg_f1": 0.98, "seg_edges": 0.95, "rec_f1": 1.0, "rec_text": 1.0},
    # verdicts given to several recommendations at once, by number, in one sentence, written blind in round 38 (a
    # Scottish Government annex whose blocks "accept recommendations 4 and 6, and recommendation 5 in part"; a Cabinet's
    # web table whose response cells span the rows of 1-3, 6-7 and 10-11; a Commissioner's Word reply under heads
    # "Recommendations (a) to (c)", "(e) and (g)"); first run (at 16f82f5, after round 37's mechanisms, which were
    # found on other suites): rec_f1 1.0, rec_text 0.973, resp_f1 0.973, resp_text 0.892, stance 0.784, progress 0.649,
    # links 0.986, addressees 36 of 37 (the same suite at b7e56f4, before round 37: resp_f1 0.914, resp_text 0.784,
    # stance 0.703, progress 0.568, links 0.928). Round 39: a head's range of letters, "(a) to (c)", names each of them,
    # and a lettered paragraph may skip letters ("(e)" then "(g)"): resp_text 0.973, stance 0.865, progress 0.730
    "alignment75": {"rec_f1": 1.0, "rec_text": 0.97, "resp_f1": 0.98, "resp_text": 0.97, "stance": 0.86,
                    "progress": 0.72, "link_f1": 0.98},
    # where a numbered paragraph ends in a designed PDF, written blind in round 38 (a "Key facts" side bar beside the
    # text and a paragraph's last line alone at the top of the next page; pull quotes across the column mid-sentence; a
    # risk table over a page break with its header repeated and a paragraph past a footnote block; a chart across the
    # page mid-sentence and a section in two columns; an annual report in two columns under a full-width strip of
    # figures); first run (at 16f82f5): seg_f1 0.985, seg_edges 0.950, rec_f1 1.0, rec_text 0.938, addressees 13 of 16
    "reports35": {"seg_f1": 0.98, "seg_edges": 0.95, "rec_f1": 1.0, "rec_text": 0.93},
    # answers that accept most of a recommendation and not all of it, or take note without saying so, written blind in
    # round 39 (a borough Cabinet's Word table, a combined authority Mayor's web page, an NHS trust's PDF letter: "Agreed.
    # ... However, we do not propose to ...", "Agreed for 2026/27 only.", "We share the Committee's aim", "will raise
    # this with", "will feed into the review"); first run (at c3794ac): every structural metric 1.0, stance 0.676,
    # progress 0.649, addressees 36 of 37. Round 39's rules v25 (a verdict with its own limit, a shared aim, a part
    # declined after "Agreed."): stance 0.784, progress 0.676
    "alignment76": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.78,
                    "progress": 0.7, "link_f1": 1.0},
    # progress that is part done, written blind in round 39 (a county Cabinet's Word response whose answers span
    # "Action taken so far" and "Next steps" cells, a fire authority's twelve-month BRAG tracker "Authority response, May
    # 2025 | Progress at 28 February 2026", an NHS trust's update page under "What we said" / "Where we are now");
    # first run (at c3794ac): structure 1.0 but response text 0.359, stance 0.897, progress 0.744, addressees 39 of 39.
    # A response column dated in its header: stance 0.949, progress 0.769. Response text stays low: this gold leaves out
    # the update's sub-headings and the BRAG colour, which earlier suites' gold keeps (alignment21, alignment67); stop
    # 62, a heading over an answer's first words titles it: response text 0.667
    "alignment77": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.94,
                    "progress": 0.82, "link_f1": 1.0},
    # officer reports built in a Word template's tables, written blind in round 39 (number cells that are blank
    # paragraphs of a Word list, headings merged across the table; a number cell merged down and decisions in a table
    # inside a cell; a borderless grid saved to PDF; a ruled grid with each decision in a row; side titles in a third
    # column); first run (at c3794ac): seg_f1 0.825, seg_edges 0.589, rec_f1 0.563, rec_text 0.409, addressees 9 of 9.
    # Round 39's Word and layout mechanisms: seg_f1 0.992, seg_edges 0.961, rec_f1 1.0, rec_text 0.864
    "reports36": {"seg_f1": 0.99, "seg_edges": 0.96, "rec_f1": 1.0, "rec_text": 0.86},
    # the ordinary, written blind in round 40 to be read as typical: a district task and finish group's PDF and the
    # Cabinet's Word appendix table, a London borough commission's review and the Cabinet Member's PDF response under
    # "Recommendation N" heads, a Welsh county's Word report and the Cabinet's web table with a verdict column; first run
    # (at c3794ac): rec_f1 0.974 (the response report's own two decisions kept), rec_text 1.0, resp_f1 1.0, resp_text
    # 0.324 (this gold leaves out the timescale and lead officer cells, which earlier suites' gold keeps), stance 1.0,
    # progress 0.892, links 1.0, addressees 37 of 37
    "alignment78": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.32, "stance": 1.0,
                    "progress": 0.89, "link_f1": 1.0},
    # the ordinary officer report, written blind in round 40 (five councils' own templates: a district and a county
    # Cabinet PDF, a committee system's web page, a London borough's Word report, a Scottish committee's PDF with its
    # appendix numbered afresh); first run (at c3794ac): seg_f1 0.995, seg_edges 0.981, rec_f1 0.938, rec_text 0.647,
    # addressees 15 of 15. A PDF set with open leading ("1.5 lines") breaks its paragraphs at the wider space: every
    # metric 1.0. Round 41: an impact assessment's "Area | Finding | Action" table is no longer read as four answers
    "reports37": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary national pair, written blind in round 41 to be read as typical: a Commons committee's report (bold
    # recommendations in the text, a closing list with conclusions) and its Special Report printing the Government's
    # response; a Senedd committee and the Welsh Government's written response (Accept / in part / in principle /
    # Reject, financial implications); a CQC special review and the trust's web page. First run (at e79f55c): rec_f1
    # 1.0, rec_text 1.0, resp_f1 0.987 (a block cut across two aligned answers read as a 15th), resp_text 1.0, stance
    # 1.0, progress 0.703, links 1.0, addressees 36 of 37 ("The trust board should" read no body)
    "alignment79": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                    "progress": 0.72, "link_f1": 1.0},
    # the ordinary twelve-month update, written blind in round 41: a metropolitan borough's Word tracker with a status
    # key, a county's officer report under "Recommendation N" heads, a fire authority's web tracker whose printed
    # statuses the narrative often contradicts (this gold reads the narrative, and leaves the status cells out of the
    # text). First run (at e79f55c): rec_f1 0.974 (an update report's own decision kept), rec_text 1.0, resp_f1 1.0,
    # resp_text 0.351, stance 0.973, progress 0.703, links 1.0, addressees 37 of 37
    "alignment80": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.35, "stance": 0.97,
                    "progress": 0.70, "link_f1": 1.0},
    # the ordinary officer report, a second sample, written blind in round 41 (a Scottish council committee, a Northern
    # Ireland council's committee page, a combined authority board, a police and crime panel in Word, a health and
    # wellbeing board; options appraisals, budget tables, risk registers that decide nothing); first run (at e79f55c):
    # seg_f1 1.0, seg_edges 1.0, rec_f1 0.774, rec_text 0.667, addressees 12 of 12. Bullets under "It is recommended
    # that the Committee:" are each a decision; a paper asking to note another's response is none; the decisions stay
    # beside a table of last year's answers
    "reports38": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # stance and progress in the officers' own words, written blind in round 42 ("This has been actioned", "In train",
    # "With Legal", "Business as usual", "Superseded by ...", "Agreed - subject to resources"): a district's Word
    # response table, a metropolitan borough's PDF tracker, a county Cabinet Member's web page. First run (at c395d61):
    # rec_f1 0.973 (a response report's own decision kept), rec_text 1.0, resp_f1 1.0, resp_text 0.667, stance 0.944,
    # progress 0.806, links 1.0, addressees 34 of 36 (a portfolio that lists its subjects, "Cabinet Member for Children,
    # Education and Families", is split at its commas)
    "alignment81": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.94,
                    "progress": 0.8, "link_f1": 1.0},
    # scrutiny's own papers to the executive, written blind in round 42 (an O&S committee's report to Cabinet, a
    # scrutiny officer's cover report over a task group's boxed recommendations, a committee system's referral page
    # with officers' comments, a Chair's report with a box of recommendations, a call-in outcome); first run (at
    # c395d61): seg_f1 0.988, seg_edges 0.976, rec_f1 0.857, rec_text 0.763, a table of officers' comments read as four
    # answers, addressees 30 of 30. The duty to answer the recommendations ("the Cabinet must consider this report and
    # respond to each recommendation within two months") is none of them. A paragraph that announces a list ("makes
    # the following recommendations to the Executive.") keeps it across a page break and the box's title; "2.1 The
    # Committee RECOMMENDS:" keeps its "R1"-"R6" as items
    "reports39": {"seg_f1": 0.98, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # multi-agency reviews answered by multi-agency action plans, written blind in round 43 (a Safeguarding Adult
    # Review and the Board's Word action plan, a Domestic Abuse Related Death Review and an HTML progress report, a
    # Child Safeguarding Practice Review and a PDF tracker; one recommendation answered by one row per agency named).
    # First run (at c8a75f8): rec_f1 1.0, rec_text 1.0, resp_f1 0.50, resp_text 0.0, stance 0.267, progress 0.233,
    # link_f1 0.50 (the action plans' "Rec | Agency | Action | ... | Progress" tables of the Word plan and the HTML
    # report were read as no answers), addressees 20 of 30. resp_text stays low where the gold leaves a row's target
    # date and a separate RAG column out of the answer, which every earlier table suite keeps
    "alignment82": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.3, "stance": 0.93,
                    "progress": 0.8, "link_f1": 1.0},
    # the ordinary council pair, a second sample, written blind in round 43 (a metropolitan borough's task group report
    # and the Cabinet report with its appendix table, a county select committee's Word report and the Cabinet Member's
    # letter, a unitary panel's report and a committee system's decision page). First run (at c8a75f8): rec_f1 0.974
    # (a response report's own decisions kept, which this gold leaves out), rec_text 1.0, resp_f1 1.0, resp_text 0.649,
    # stance 1.0, progress 0.892, link_f1 1.0, addressees 37 of 37
    "alignment83": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.67, "stance": 1.0,
                    "progress": 0.91, "link_f1": 1.0},
    # ordinary officer reports to committees other than Cabinet, a third sample, written blind in round 43 (audit,
    # health scrutiny, corporate parenting, full Council on a Licensing Committee's recommendation, a Welsh Democratic
    # Services Committee). First run (at c8a75f8): every metric 1.0, addressees 16 of 16
    "reports40": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary national pair, a second sample, written blind in round 44 (a Lords committee's report and the
    # Government's Command Paper, a Scottish Parliament committee's report and the Cabinet Secretary's letter with an
    # annex answering by paragraph, a Northern Ireland Assembly committee's report and the department's web page).
    # First run (at c93d345): rec_f1 0.987 (a paragraph of the Assembly report read as recommendation 8 in place of the
    # summary's "8. DAERA should establish ...", and a committee's belief as a seventeenth), rec_text 0.974, resp_f1
    # 1.0, resp_text 1.0, stance 0.973, progress 0.865, link_f1 0.986, addressees 33 of 37
    # The label printed on a recommendation is it, not a paragraph of evidence numbered the same: since, rec_text and
    # link_f1 1.0, addressees 35 of 37; since round 45 the committee's belief in paragraph 17 is its reasoning (a report
    # that heads its recommendations recommends nothing in a paragraph that does not): rec_f1 1.0
    "alignment84": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.97,
                    "progress": 0.86, "link_f1": 1.0},
    # the ordinary progress update, a second sample, written blind in round 44 (a London borough's covering report
    # and appendix tracker, a district's Word progress table, a police and crime commissioner's update as a web page).
    # First run (at c93d345): rec_f1 0.987 (an update report's own decision kept), rec_text 1.0, resp_f1 1.0,
    # resp_text 0.351 (status cells and the agreed response kept in the answer, where this gold leaves them out),
    # stance 0.973, progress 0.757, link_f1 0.806 (the Word table, naming no council of its own, took the partner
    # council one row names), addressees 37 of 37
    "alignment85": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.35, "stance": 0.97,
                    "progress": 0.75, "link_f1": 1.0},
    # the ordinary council pair, a third sample, written blind in round 45 (a Scottish panel's report and the officers'
    # Word table to a service committee, a Welsh task and finish group's Word report and a Cabinet report's appendix
    # answering each recommendation under its head, an English district panel's review and an Executive Member's
    # decision page). First run (at c644740): rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 0.069, stance 1.0,
    # progress 0.931, link_f1 1.0, addressees 30 of 32 ("the Council" named in full). resp_text stays low on purpose:
    # this gold keeps the lead officer's cell or line in the answer, which the reader keeps as its details, as the gold
    # of nearly every earlier table suite does (keeping it there too moved 35 older suites' response text down)
    "alignment86": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.068, "stance": 1.0,
                    "progress": 0.93, "link_f1": 1.0},
    # progress told only in prose, written blind in round 45 (a county's Word update under "Recommendation N" heads, a
    # Chief Fire Officer's letter answering (a)-(l), a London borough's web page of folded sections; no status word,
    # RAG colour or status column anywhere). First run (at c644740): rec_f1 0.857, rec_text 1.0, resp_f1 0.80,
    # resp_text 0.667, stance 0.639, progress 0.50, link_f1 0.80, addressees 36 of 36 (the web page, titled "Bike
    # hangars scrutiny review: progress update", read as a scrutiny report and its answers as recommendations; the
    # letter, "progress on the Working Group's recommendations", as one too). Since: a title's last part names the
    # paper, resp_f1 and link_f1 1.0, stance 0.944, progress 0.722; stance rules v28 (a clause of time whose perfect
    # looks ahead, "once the locations have been agreed", reports nothing done; "scheduled for 2027/28" not started) 0.778
    "alignment87": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.97, "stance": 0.94,
                    "progress": 0.77, "link_f1": 1.0},
    # the ordinary officer report to an executive, a fourth sample, written blind in round 45 (a Scottish committee
    # whose recommendations come first, a Northern Ireland committee's Word report laid out in a borderless two-column
    # table, a Welsh Cabinet's stem over 2.1-2.4, an English Cabinet Member's decision box before a body numbered 1-6,
    # a London Cabinet report numbered 1-23 under unnumbered headings). First run (at c644740): seg_f1 1.0, seg_edges
    # 0.939, rec_f1 0.848, rec_text 0.778, 7 false answers (the Scottish report's own delivery-plan table), addressees
    # 11 of 14 (a cover table's "Meeting Name: Cabinet" not read, so the decisions went to the default); since, 14 of 14,
    # and the delivery plan's table ("Ref | Action | Lead | Status | Comment") gives no answers; a numbered paragraph whose
    # bullets run into it (a Word table's cell) asks each bullet: rec_f1 1.0, rec_text 0.944, addressees 18 of 18
    "reports41": {"seg_f1": 1.0, "seg_edges": 0.93, "rec_f1": 1.0, "rec_text": 0.94},
    # themes in ordinary officer reports, written blind in round 45 by another hand (debt collection, temporary
    # accommodation, night-time safety, supported employment, a regeneration plan; 197 paragraph themes); its theme
    # F1 is tested in tests/test_themes_heldout.py. First run (at c644740): every metric here 1.0, addressees 15 of 15
    "reports42": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # stance where the answer prints no verdict word, written blind in round 46 (a Commons committee's report and the
    # Government's Command Paper, a council's health scrutiny report and the ICB's letter under its own short heads, a
    # county select committee's Word report and the Cabinet Member's response table; 24 of 36 answers print no verdict).
    # First run (at 7335de4): rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 1.0, stance 0.75, progress 0.75, link_f1
    # 1.0, addressees 36 of 36. Since: "To be confirmed following discussion with ..." is no answer yet (answer lexicon
    # v27), stance 0.778
    "alignment88": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.77,
                    "progress": 0.75, "link_f1": 1.0},
    # themes in ordinary council papers, a second blind sample by another hand, round 46 (a scrutiny annual report, community
    # grants, a carers' strategy, an anti-social behaviour update, a parks capital programme; 175 paragraph themes); its
    # theme F1 is tested in tests/test_themes_heldout.py. First run (at 7335de4): every metric here 1.0, addressees 15 of 15
    "reports43": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary national pair, a third sample, written blind in round 47 (a Public Accounts Committee report and the
    # Treasury Minute, a Commons committee's report and the Government response as a GOV.UK page, a Senedd committee's
    # report and the Minister's letter with an annex table). First run (at b6c5e44): rec_f1 0.868, rec_text 0.733,
    # resp_f1 0.846, resp_text 0.367, stance 0.70, progress 0.467, link_f1 0.846, addressees 22 of 23 (the PAC report's
    # "Control Period 7." wrapped onto a line of its own read as paragraph 7, so its "Recommendation:" fields were lost
    # and the Treasury Minute answered nothing). Since: a number at the hanging indent of a sentence cut mid-way goes on
    # with it: rec_f1 0.968, rec_text 0.967, resp_f1 0.983, resp_text 0.60, stance 0.933, progress 0.633, link_f1 0.983,
    # addressees 26 of 30 (three "the Department" named in full, one recommendation after a two-paragraph conclusion
    # read as part of it)
    "alignment89": {"rec_f1": 1.0, "rec_text": 0.96, "resp_f1": 0.98, "resp_text": 0.6, "stance": 0.93,
                    "progress": 0.63, "link_f1": 0.98},
    # the ordinary recommendations tracker, a third sample, written blind in round 47 (a county's landscape PDF tracker
    # with a status key, a metropolitan borough's Word appendix of one small table per recommendation, a Welsh county
    # borough's modern.gov tracker "Recommendation | Agreed? | Progress | Status"). First run (at b6c5e44): rec_f1 1.0,
    # rec_text 1.0, resp_f1 1.0, resp_text 0.0, stance 0.972, progress 0.75, link_f1 1.0, addressees 36 of 36 (response
    # text: this gold leaves status cells out and the Word appendix's small tables are read as rows, not as forms).
    # Since: a small form that quotes its recommendation in a field of its own ("Recommendation | That ...") is read
    # field by field: stance 1.0, progress 0.806 (response text stays 0.0: the status cells)
    "alignment90": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.0, "stance": 1.0,
                    "progress": 0.8, "link_f1": 1.0},
    # the ordinary council pair, a fourth sample, written blind in round 48 (a London borough's sub-committee and the
    # Cabinet's appendix table, a Northern Ireland working group and the officers' Word report to the Strategic Policy
    # and Resources Committee, a combined authority's scrutiny report and the Mayor's letter as a web page). First run (at
    # 0f7fc80): rec_f1, rec_text, resp_f1, resp_text and link_f1 1.0, stance 0.963, progress 0.889, addressees 27 of 27
    "alignment91": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.96,
                    "progress": 0.88, "link_f1": 1.0},
    # progress told only in prose, a second sample, written blind in round 48 (a district's twelve-month Word update, a
    # Director's PDF report numbered "4.2 R2 - Replacing older lifts" over 4.2.1, 4.2.2, a borough's six-month web page;
    # no status printed anywhere). First run (at 0f7fc80): rec_f1 1.0, rec_text 1.0, resp_f1 0.80, resp_text 0.639,
    # stance 0.556, progress 0.472, link_f1 0.80, addressees 36 of 36 (the Director's report answered nothing: its
    # numbered sub-paragraphs were read as the report's paragraphs quoted; and it was paired with no report: the report's
    # cover title "Going up" was read without the subtitle under it, and its body from the foreword's signature,
    # "Councillor ..., Chair, Housing Scrutiny Commission"). Since: resp_f1 1.0, resp_text 0.972, stance 0.833, progress
    # 0.722, link_f1 1.0; a count of a part done decides over a claim of the whole done: progress 0.75
    "alignment92": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.97, "stance": 0.83,
                    "progress": 0.75, "link_f1": 1.0},
    # themes in ordinary council papers, a third blind sample by another hand, round 48 (childcare sufficiency, disabled
    # facilities grants, a library service annual report, verge management, a customer contact strategy; 137 paragraph
    # themes); its theme F1 is tested in tests/test_themes_heldout.py. First run (at 0f7fc80): every metric here 1.0,
    # addressees 14 of 14
    "reports44": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary national pair, a fourth sample, written blind in round 49 (a Lords committee's report and a Minister's
    # letter with a numbered annex, a Commons committee's Special Report printing the Government response under bold
    # recommendations and "(Paragraph N)", a Scottish Parliament committee's report whose recommendations are its bold
    # paragraphs and the Cabinet Secretary's letter with an annex table "Para | Committee recommendation | Scottish
    # Government response"). First run (at cfc915f): rec_f1, rec_text, resp_f1, resp_text and link_f1 1.0, stance 0.944,
    # progress 0.806, addressees 36 of 36
    "alignment93": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.94,
                    "progress": 0.8, "link_f1": 1.0},
    # the ordinary recommendations tracker, a fourth sample, written blind in round 49 (a spreadsheet exported to a
    # landscape PDF following two reviews in one table, a Word action plan whose merged cells span each recommendation's
    # action rows, a web page with one table per review under its title, labels starting again at 1). First run (at
    # cfc915f): rec_f1 1.0, rec_text 1.0, resp_f1 0.957, resp_text 0.0, stance 0.917, progress 0.833, link_f1 1.0,
    # addressees 29 of 29 (the web page's second review's rows were lost: its labels 1-3 were read as the first review's;
    # response text 0.0: this gold leaves status cells out, as alignment85's and alignment90's do). Since: one table per
    # review under its title answers its own review: resp_f1 1.0, stance 0.944, progress 0.861
    "alignment94": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.0, "stance": 0.94,
                    "progress": 0.88, "link_f1": 1.0},
    # the ordinary officer report, a fifth sample, written blind in round 49 (a county Cabinet report with its decisions in
    # a ruled box before paragraph 1.1, a district committee report numbered 1.0-6.0 with "That Members:" over i)-iii), a
    # district's modern.gov web page, a fire and rescue authority's report, a town council's Word paper resolving (a)-(d)).
    # First run (at cfc915f): every metric here 1.0, addressees 18 of 18
    "reports45": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # partial acceptance and noting told without the words, written blind in round 49 (a Cabinet's Word response table with
    # no verdict column, a Government response that narrows each ask, an ICB chief executive's letter): an answer that
    # commits to less than was asked ("the two pilot wards", "every three years") or to other means, with no verdict word.
    # First run (at cfc915f): rec_f1, rec_text, resp_f1, resp_text and link_f1 1.0, stance 0.694, progress 0.806,
    # addressees 36 of 36 (9 of the 11 partial answers read as accepted: the reader does not yet weigh what an answer
    # commits to against what was asked). Since: an acceptance that commits to less often or less money than asked is
    # partial, and a head that only titles what it answers is no ask: stance 0.778, progress 0.778
    "alignment95": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.77,
                    "progress": 0.77, "link_f1": 1.0},
    # partial acceptance told without the words, a second sample, written blind in round 50 (a county Cabinet Member's
    # decision report with a response appendix, a Chief Fire Officer's letter under titled heads, a Government response as
    # a web page): answers that fund less, do it less often, in fewer places, or try it first. First run (at 9c28dc8):
    # rec_f1, rec_text, resp_f1, resp_text and link_f1 1.0, stance 0.556, progress 0.75, addressees 38 of 38. Since: an
    # acceptance that commits to less often or less money than asked is partial (the less-often answer read blind, the
    # two smaller sums seen before the money reading was written): stance 0.639
    "alignment96": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.63,
                    "progress": 0.75, "link_f1": 1.0},
    # existing work, written blind in round 50: does it meet the ask (accepted, completed) or is it only related (noted)?
    # Matched pairs that only the ask tells apart, in an NHS trust's letter, a borough Executive's Word table and a Welsh
    # Government response page. First run (at 9c28dc8): rec_f1, rec_text, resp_f1 and link_f1 1.0, resp_text 0.639 (the
    # Welsh Government's "Financial implications – None." under each answer, which this gold leaves out and three older
    # golds keep), stance 0.667, progress 0.694, addressees 36 of 36; unchanged
    "alignment97": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.63, "stance": 0.66,
                    "progress": 0.69, "link_f1": 1.0},
    # progress told only in prose, a third sample, written blind in round 50 (a joint committee's PDF update under "R N –
    # title" heads, a Word report quoting each recommendation in italics, a web page's table "No. | What we recommended |
    # What has happened since"). First run (at 9c28dc8): rec_f1 1.0, rec_text 1.0, resp_f1 0.80, resp_text 0.667, stance
    # 0.528, progress 0.50, link_f1 0.80, addressees 36 of 36 (the web page's table header was not read). Since: answer
    # lexicon v28 reads it: resp_f1 1.0, resp_text 1.0, stance 0.778, progress 0.722, link_f1 1.0
    "alignment98": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.77,
                    "progress": 0.72, "link_f1": 1.0},
    # a smaller version of the ask, a third sample, written blind in round 51 after the reading of less often and less
    # money was written (a fire authority's response table, a unitary Cabinet's Word response, a Commissioner's letter):
    # less often, less money, fewer places, later, a trial, one of two asks; and plain acceptances with the same or larger
    # numbers, one under a cap ("£850" where "no more than £900" was asked). First run (at 4e1623b): rec_f1 0.986,
    # rec_text, resp_f1, resp_text and link_f1 1.0, stance 0.667, progress 0.972, addressees 36 of 36 (of the five answers
    # read as smaller, four right and the capped one wrong). Since: a sum set as a ceiling is met by a smaller one
    # (smaller v2): stance 0.694
    "alignment99": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.69,
                    "progress": 0.97, "link_f1": 1.0},
    # response tables whose columns are named in other words, written blind in round 51 ("No. | Scrutiny asked | Service
    # reply | By when | Lead officer", "Issue raised by the Task Group | What we will do | Who | When | Status", a bilingual
    # "Rhif / No. | Cynnig y Pwyllgor / The Committee's proposal | Penderfyniad y Cabinet / Cabinet decision | Sylwadau /
    # Comment | Cost" under a merged title). First run (at 4e1623b): rec_f1 1.0, rec_text 1.0, resp_f1 0.50, resp_text
    # 0.333, stance 0.333, progress 0.278, link_f1 0.50, addressees 28 of 36 (two tables not read; the gold keeps "Council"
    # where the reader names the council in full). Since: the column just before the answer is what it answers, and "Who"
    # is who acts: resp_f1, resp_text, stance and link_f1 1.0, progress 0.806
    "alignment100": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.8, "link_f1": 1.0},
    # response tables whose columns are named in other words, a second sample, written blind in round 52 after the reading
    # by place was written (a PDF table " | What the Panel said | How we will respond | Owner | Date" read column by column,
    # a Word table "Proposal from the review | Cabinet Member's decision | Notes", an HTML table "Theme | Proposal |
    # Decision | Comment | By when" whose Theme cells span three rows; each paper also holds a table that answers nothing).
    # First run (at fb8c53b): rec_f1 1.0, rec_text 1.0, resp_f1 0.531, resp_text 0.333, stance 0.333, progress 0.333,
    # link_f1 0.531, addressees 31 of 36 (the Word paper, titled "...: the Cabinet Member's decisions", read as the review;
    # the PDF's columns read one after another; the gold keeps "Council" where the reader names it in full). Since: the
    # executive's decisions on a review make a response: resp_f1 0.82, resp_text 0.667, stance 0.667, progress 0.583
    # Round 53: a header that names nothing known is read from the cells under it (what asks, what answers): resp_f1, stance
    # and link_f1 1.0, resp_text 0.972, progress 0.861
    "alignment101": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.97, "stance": 1.0,
                     "progress": 0.86, "link_f1": 1.0},
    # stance where the answer prints no verdict word, a second sample, written blind in round 52 (a district Leader's letter
    # quoting each recommendation, an ICB's Word response under titled heads, a county Cabinet Member's HTML table; 24 of 36
    # answers print no verdict). First run (at fb8c53b): rec_f1, rec_text, resp_f1 and link_f1 1.0, resp_text 0.972,
    # stance 0.861, progress 0.917, addressees 36 of 36
    "alignment102": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.97, "stance": 0.86,
                     "progress": 0.91, "link_f1": 1.0},
    # the ordinary council pair, a fifth sample, written blind in round 53 (a Welsh county borough's task and finish group
    # answered in the body of a Cabinet report, "R1" over each quotation with "Response: Accepted." and its fields; a
    # district review answered by the Leader's letter; a fire authority's working group answered by the Chief Fire
    # Officer's Word action plan). First run (at 88baca6): rec_f1 0.983, rec_text, resp_f1, stance and link_f1 1.0,
    # resp_text 0.655 (each answer ran on into the next block's label and its lead officer; this gold also keeps the
    # "Response:" marker most golds leave out), progress 0.862, addressees 25 of 29. Since: an answer ends before the next
    # block's label, a field on a line of its own is a detail; progress 0.897
    "alignment103": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.65, "stance": 1.0,
                     "progress": 0.89, "link_f1": 1.0},
    # the ordinary national pair, a fifth sample, written blind in round 53 (an HM Inspectorate of Probation report answered
    # by HMPPS's action plan, a Senedd committee and the Welsh Government's response, a Commons committee and a department's
    # web page). First run (at 88baca6): rec_f1, rec_text, resp_f1 and link_f1 1.0, resp_text 0.647 (this gold leaves the
    # Welsh Government's "Financial implications" out, which three earlier golds keep), stance 0.941, progress 0.912,
    # addressees 29 of 34 ("The Ravensgill region should:" read as the default, mended since)
    "alignment104": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.64, "stance": 0.94,
                     "progress": 0.91, "link_f1": 1.0},
    # stance where the answer prints no verdict word, a third sample, written blind in round 53 (a Command Paper, a London
    # borough's Word table, a Police and Crime Commissioner's web letter; 24 of 36 answers print no verdict). First run
    # (at 88baca6): every metric 1.0 except stance 0.806, progress 0.806, addressees 32 of 36. Since: an answer that hands
    # the ask to another body is noted where the model read a refusal: stance 0.833
    "alignment105": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.83,
                     "progress": 0.8, "link_f1": 1.0},
    # the ordinary officer report, a sixth sample, written blind in round 53 (a district Planning Policy Committee, a Health
    # and Wellbeing Board web page, a county Pensions Committee, a combined authority Board's Word paper, a national park
    # authority). First run (at 88baca6): every metric here 1.0, addressees 18 of 18
    "reports46": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # response tables whose columns are named in other words, a third sample, written blind in round 54 after the reading
    # by content (a header over two rows, "Cabinet decision | Proposal" with the answer first, a table with no header; each
    # paper also holds a table that answers nothing). First run (at c5f2b72): rec_f1 0.8, rec_text 0.667 (the report's
    # "Proposal N" heads are not read as recommendations), resp_f1 0.52, resp_text 0.0, stance 0.333, progress 0.083,
    # link_f1 0.531, addressees 24 of 24. Since: the two-row header, the headless table, the answer before its ask and the
    # executive's "decisions on" a review: resp_f1, resp_text and stance 1.0, progress 0.917, link_f1 0.8
    # Round 56: a document's own word for its asks ("Proposal 1" over "That ..."): rec_f1, rec_text and link_f1 1.0
    "alignment106": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.91, "link_f1": 1.0},
    # the ordinary progress update, a third sample, written blind in round 54 (a county select committee's six-month
    # monitoring table, a district's twelve-month Word update with a heading per recommendation, a unitary's HTML tracker
    # with RAG colours). First run (at c5f2b72): every metric 1.0 except resp_text 0.0 (this gold leaves the status cells
    # and lines out, which most golds keep), stance 0.972, progress 0.944, addressees 36 of 36
    "alignment107": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.0, "stance": 0.97,
                     "progress": 0.94, "link_f1": 1.0},
    # a response compiled from several partners' replies, written blind in round 54 (a health scrutiny committee's
    # response pack with a paragraph per partner, a community safety partnership's Word table with a row per partner,
    # a Chief Executive's letter quoting each partner). First run (at c5f2b72): rec_f1 0.986, rec_text, resp_f1 and
    # link_f1 1.0, resp_text 0.667, stance 0.861, progress 0.75, addressees 36 of 36. Its gold judges an answer by the
    # bodies the recommendation asks, partial where they differ; the labelling guide's rule 1.5 by the one it opens with
    "alignment108": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.86,
                     "progress": 0.75, "link_f1": 1.0},
    # responses set with little layout, written blind in round 55 (a hard-wrapped plain-text e-mail, a PDF in one font with
    # single spacing, a Word reply in one paragraph split by line breaks). First run (at dda2c7b): rec_f1 1.0, rec_text
    # 0.972, resp_f1 0.732, resp_text 0.0 (this gold keeps "Response:" and the other field names in the text), stance
    # 0.722, progress 0.639, link_f1 0.732, addressees 36 of 36. Since: each quotation takes the label printed just before
    # it, run in or alone ("R12"): resp_f1 0.986, stance 0.972, progress 0.833
    # Round 56: the report's request for a response ends its last ask: rec_text, resp_f1, stance and link_f1 1.0
    "alignment109": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.02, "stance": 1.0,
                     "progress": 0.83, "link_f1": 1.0},
    # answers that say the matter is another body's, written blind in round 55 to test that reading (a district Leader's
    # letter, a county Cabinet Member's Word table, a Government web response; 20 of 36 answers hand the ask on). First
    # run (at dda2c7b): every metric 1.0 except stance 0.75, progress 0.639, addressees 36 of 36. Since: an ask to ask
    # the other body is taken up by the asking (answer lexicon v30): stance 0.833, progress 0.722
    "alignment110": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.83,
                     "progress": 0.72, "link_f1": 1.0},
    # the ordinary council pair, a sixth sample, written blind in round 55 (a metropolitan scrutiny board's inquiry and the
    # Executive Member's modern.gov response, a county task group and a Cabinet report's appendix table, a London scrutiny
    # commission and the Mayor's Word response). First run (at dda2c7b): every metric 1.0 except resp_text 0.633, stance
    # 0.867, progress 0.8, addressees 20 of 32 (recommendations put in the present tense, "The Cabinet Member ... agrees",
    # went to the default; 30 of 32 since)
    "alignment111": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.63, "stance": 0.86,
                     "progress": 0.8, "link_f1": 1.0},
    # recommendations called something else, written blind in round 56 ("Proposal N" boxes answered by a Cabinet report
    # under the same word, "Action point A" answered in a Word table, "Ask N:" answered by an ICB letter under "Ask N -
    # title" heads). First run (at a775ef3): rec_f1 0.0, resp_f1 0.067, resp_text 0.0, stance 0.034, progress 0.034,
    # link_f1 0.0, addressees 0 of 0 found. Since: a document's own word for its asks read where it heads a run of asks,
    # in bold and in boxes; a reply under the report's own word; a letter before an ask labels a table's row: every
    # structure metric 1.0, stance 0.966, progress 0.793, addressees 32 of 32
    "alignment112": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.58, "stance": 0.96,
                     "progress": 0.79, "link_f1": 1.0},
    # the ordinary national pair, a sixth sample, written blind in round 56 (a Joint Committee report and the Command
    # Paper, a Northern Ireland PAC report and the Memorandum of Reply, an HMICFRS inspection and the force's Word action
    # plan). First run (at a775ef3): every metric 1.0 except stance 0.972, progress 0.833, addressees 35 of 36. Since:
    # "This recommendation is for local authorities" hands the ask on (answer lexicon v32), "Local resilience forums
    # should" asks the forums (segment lexicon v25): stance 1.0, progress 0.861, addressees 36 of 36
    "alignment113": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.86, "link_f1": 1.0},
    # progress printed on local scales, written blind in round 56 (RAG words with a key two pages before the table, a
    # keyless "Position at Q3" column, marks and percentages with a key above the table). First run (at a775ef3): every
    # metric 1.0 except progress 0.722, addressees 36 of 36. Since: a key's state read before its qualifiers, a key of
    # marks read in the status cells, "Delivering" and "Carried forward" as statuses (answer lexicon v31): progress 0.972
    "alignment114": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.97, "link_f1": 1.0},
    # the executive's answer recorded in a decision record or minutes, written blind in round 56 (Cabinet minutes with a
    # RESOLVED list, an Executive Member's record of decision, a committee system's minutes taking each in turn). First
    # run (at a775ef3): rec_f1 0.882, resp_f1 0.462, resp_text 0.133, stance 0.233, progress 0.167, link_f1 0.462,
    # addressees 26 of 30. Since: a minute's number beside its title is its heading; an item names the report by a short
    # title or its author; a resolution names what it decides on; a record of decision answers what its decisions name
    # (stance rules v32): every structure metric 1.0, stance 1.0, progress 0.633; a committee named for its subjects is
    # one addressee: 30 of 30
    "alignment115": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.63, "link_f1": 1.0},
    # the ordinary council pair, a seventh sample, written blind in round 57 (a unitary OSMB review answered in a Cabinet
    # report's numbered paragraphs, a police, fire and crime panel's report answered by the Commissioner's letter and its
    # annex table, a town council working group's report answered in the Full Council's minutes). First run (at
    # a328a4d): rec_f1 0.985, resp_f1 0.824, resp_text 0.7, stance 0.7, progress 0.633, link_f1 0.824, addressees 20
    # of 32 (31 since: "Police, Fire and Crime Commissioner" is one office; the body asked to respond in the passive is
    # the default). Round 58: a review body named as a paper's author is its author, dated when it agreed the report;
    # minutes that decide a review in turn, a head over each recommendation, answer it under each head: resp_f1,
    # resp_text, stance and link_f1 1.0, progress 0.8. Stop 62: minutes under a recommendation's head record, asking
    # nothing of their own: rec_f1 1.0
    "alignment116": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.8, "link_f1": 1.0},
    # the ordinary progress update, a fourth sample, written blind in round 57 (a Welsh council's monitoring blocks, an
    # NHS trust's update letter, a combined authority's HTML tracker with "Complete? (Y/N)"). First run (at a328a4d):
    # every structure metric 1.0 except resp_text 0.306 (its gold leaves the status rows out), stance 0.722, progress
    # 0.639, addressees 29 of 36. Since: a Y/N column that asks whether the work is done prints progress, not a
    # verdict: resp_text 0.667, stance 0.917, progress 0.778
    "alignment117": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.91,
                     "progress": 0.77, "link_f1": 1.0},
    # stance where the answer prints no verdict word, a fourth sample, written blind in round 57 (a Welsh Cabinet
    # Secretary's letter, an ICB's response table, a housing association's letter; 24 of 36 answers print no verdict).
    # First run (at a328a4d): rec_f1 0.987, resp_text 0.972, stance 0.611, progress 0.806, addressees 38 of 38. Since:
    # stance rules v33 and answer lexicon v33: stance 0.694, progress 0.833
    "alignment118": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.97, "stance": 0.69,
                     "progress": 0.83, "link_f1": 1.0},
    # partner bodies answering a council's scrutiny in their own house style, written blind in round 57 (a police letter
    # under its own headings, a trust's pack under paraphrased titles in its own order, a housing association's board
    # paper in an appendix). First run (at a328a4d): rec_f1 0.988, rec_text 0.976, resp_f1 0.764, resp_text 0.033,
    # stance 0.467, progress 0.333, link_f1 0.444, addressees 39 of 41. Round 58: a passage that names what it answers
    # in passing ("(recommendation 3). We agree ...", "as your thirteenth recommendation asks"), a second answer by
    # subject inside a passage, a long head of the respondent's own read with its answer: resp_f1 0.881, resp_text 0.3,
    # stance 0.667, progress 0.433, link_f1 0.69
    # Round 60: a response titled by the report pairs with it and the table answers read whole: resp_f1 0.897,
    # resp_text 0.633, progress 0.467 ("We're looking at this." is a note)
    "alignment119": {"rec_f1": 0.98, "rec_text": 0.97, "resp_f1": 0.89, "resp_text": 0.63, "stance": 0.66,
                     "progress": 0.5, "link_f1": 0.68},
    # the ordinary council pair, an eighth sample, written blind in round 58 (a county health scrutiny task group answered
    # by the Cabinet Member's Word response under each recommendation's wording, a Welsh council's review answered by
    # the Cabinet report's bilingual "Executive response" table, a district's review answered by a Cabinet minute extract
    # with its action plan). First run (at c5d6223): every metric 1.0 except progress 0.8, addressees 30 of 30
    "alignment120": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.8, "link_f1": 1.0},
    # the ordinary national pair, a seventh sample, written blind in round 58 (an ICIBI inspection and the Home Office's
    # GOV.UK response, an HMI Prisons thematic review and HMPPS's action plan of one small table per recommendation, an
    # independent review and the Government's Command Paper by theme). First run (at c5d6223): rec_f1, resp_f1, link_f1
    # 1.0, resp_text 0.556, stance 0.667, progress 0.611, addressees 32 of 36. Since: a form under its recommendation's
    # heading, its verdict field before the answer (answer lexicon v34): resp_text 0.889, stance 0.944, progress 0.694
    "alignment121": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.88, "stance": 0.94,
                     "progress": 0.69, "link_f1": 1.0},
    # partner bodies answering in their own house style, a second sample, written blind in round 58 (a university's
    # letter under its own headings, a broadband operator's cards "What you asked / What we're doing / When" in its own
    # order, an ICB's letter answering two recommendations at a time). First run (at c5d6223): rec_f1 1.0, resp_f1
    # 0.432, resp_text 0.138, stance 0.207, progress 0.207, link_f1 0.378, addressees 38 of 40. Since: answers named in
    # passing and by subject, "What we're doing" (answer lexicon v34), a letter to the committee is a response:
    # resp_f1 0.966, resp_text 0.931, stance 0.759, progress 0.69, link_f1 0.966. Round 59: a paragraph inside a
    # passage that names what it answers ("the scheme proposed in recommendation 8") begins that answer, a passage that
    # says it answers none ("None of the Group's recommendations asks this of the University") is none, "its final
    # recommendation" is the last, doing "part of what you ask" is a partial acceptance (stance rules v34): resp_f1,
    # resp_text and link_f1 1.0, stance 0.862, progress 0.793
    "alignment122": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.86,
                     "progress": 0.79, "link_f1": 1.0},
    # the ordinary officer report, a seventh sample, written blind in round 58 (a county Corporate Parenting Panel, a
    # London Audit Committee's Word HTML, a Welsh Governance and Audit Committee with bilingual headings, a Scottish
    # Education Committee, a Harbour Board's Word paper). First run (at c5d6223): every metric here 1.0, addressees 17
    # of 17
    "reports47": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a ninth sample, written blind in round 59 (a metropolitan borough's children's panel
    # answered by an officer's "Response to Scrutiny Review" report with a landscape appendix table, a London borough's
    # scrutiny commission answered by the Mayor's Word letter under bold numbered heads, a unitary select committee
    # answered by a Cabinet Member's web page quoting each recommendation). First run (at ebdda3e): rec_f1, rec_text,
    # resp_f1, link_f1 1.0, resp_text 0.645 (the gold keeps a run-in "Cabinet Member response:" in the answer, which
    # earlier suites' gold leaves out), stance 0.903, progress 0.742, addressees 30 of 33; since, 31 of 33 (a report's
    # default stated in the sentence after the one that names its recommendations)
    "alignment123": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.64, "stance": 0.9,
                     "progress": 0.74, "link_f1": 1.0},
    # the ordinary national pair, an eighth sample, written blind in round 59 (a public inquiry's report and the
    # Government's progress report a year on, a Law Commission report and the ministry's interim GOV.UK response, an
    # HSSIB investigation's safety recommendations "R/2025/071" and the named bodies' responses collected in one paper).
    # First run (at ebdda3e): rec_f1 0.862, rec_text 0.758, resp_f1 0.781, resp_text 0.758, stance 0.697, progress
    # 0.545, link_f1 0.862, addressees 25 of 25 found. Since: a label is what is printed, slashes and all, after a
    # qualifier ("Safety recommendation"); an author named before "recommends that" asks the body after it; a
    # respondent's line "Response from NHS England, received ..." heads its answer: every structure metric 1.0,
    # resp_text 0.97, stance 0.939, progress 0.758, addressees 32 of 33
    "alignment124": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.93,
                     "progress": 0.75, "link_f1": 1.0},
    # partner bodies answering in their own house style, a third sample, written blind in round 59 (a water company's
    # numbered "commitments" in its own order, each tagged "RESPONDS TO RECOMMENDATION N", an academy trust's letter in
    # bullets under its own headings naming each recommendation in passing, a leisure trust's e-mail pasted into an
    # officer's covering report). First run (at ebdda3e): rec_f1 1.0, resp_f1 0.882, resp_text 0.633, stance 0.733,
    # progress 0.4, link_f1 0.952, addressees 39 of 42. Since: an index of answers ("Commitment 2") answers nothing, a
    # head that says what it responds to heads the answer, a letter's letterhead above its salutation answers nothing:
    # resp_f1 0.967, resp_text 0.733, progress 0.5, link_f1 0.933 (the two cards that answer recommendation 3 are two
    # answers, the gold's one)
    "alignment125": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.96, "resp_text": 0.73, "stance": 0.73,
                     "progress": 0.5, "link_f1": 0.93},
    # the ordinary progress update, a fifth sample, written blind in round 59 (a district's Word tracker with a RAG
    # column in words and its key as a table below it, a county's six-month officer report taking each recommendation as
    # a numbered paragraph, a Scottish council's follow-up whose actions are superseded or merged). First run (at
    # ebdda3e): rec_f1, resp_f1 0.984, link_f1 1.0, resp_text 0.645 (run-in "Cabinet response:" kept by the gold),
    # stance 1.0, progress 0.742, addressees 33 of 34. Since: "Rec no." labels nothing, a key set as a table is read, a
    # rating of complete after the update closes the item, "Head of Libraries, Heritage and Arts" is one post: resp_f1
    # 1.0, progress 0.839, addressees 34 of 34
    "alignment126": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.64, "stance": 1.0,
                     "progress": 0.83, "link_f1": 1.0},
    # the ordinary council pair, a tenth sample, written blind in round 60 (a National Park Authority's audit and
    # scrutiny review answered by its Chief Executive's report with a verdict-first landscape table, a city housing
    # panel answered by the Executive Member's Word response quoting each recommendation in italics, a county select
    # committee answered by a Cabinet decision notice's appendix table). First run (at 9683611): every metric 1.0 but
    # progress 0.839, addressees 31 of 33 (its own decisions' "Authority" kept as printed, the gold's convention)
    "alignment127": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.83, "link_f1": 1.0},
    # the ordinary national pair, a ninth sample, written blind in round 60 (a PHSO thematic report and the
    # Department's letter with an annex table, a Commons committee's report on Ofqual and Ofqual's own response, an
    # SSAC paper and DWP's GOV.UK response). First run (at 9683611): rec_f1 0.921, rec_text 0.676, resp_f1 1.0,
    # resp_text 1.0, stance 0.879, progress 0.818, link_f1 0.721, addressees 18 of 28 found. Since: a list a paragraph
    # counts ("We make 11 recommendations."), restarting at 1 under a numbered heading, is its list; "GP practices
    # should": rec_f1, rec_text, link_f1 1.0, addressees 29 of 33
    "alignment128": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.87,
                     "progress": 0.81, "link_f1": 1.0},
    # partner bodies answering in their own house style, a fourth sample, written blind in round 60 (a bus operator's
    # letter with a "What the Committee said | Our view" table of its own, each point ending "(R3)", an ambulance trust's
    # slide deck with a status pill on each card, two cards side by side on some slides, a housing association's
    # residents' magazine article). First run (at 9683611): rec_f1 1.0, rec_text 0.675, no answer found and no
    # response paired (resp_f1, link_f1 0.0), addressees 28 of 40. Since: a response titled by the report pairs with it,
    # the operator's table read and labelled by its tags: resp_f1 0.591, resp_text 0.323, stance 0.29, progress
    # 0.258, link_f1 0.558 (the slides give three answers of ten, the magazine none). Round 61: boxes with rounded
    # corners frame what they hold, drawn dots are bullets, a card answers with its bullets; a magazine's bold lead that
    # cites its recommendation heads the answer, "You asked: ... / We answered: ...": resp_f1 1.0, resp_text 0.968,
    # stance 0.903, progress 0.742, link_f1 0.984
    "alignment129": {"rec_f1": 1.0, "rec_text": 0.67, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.9,
                     "progress": 0.74, "link_f1": 0.98},
    # the ordinary officer report, an eighth sample, written blind in round 60 (a National Park planning committee, a
    # county Cabinet's highways contract, a London work programme as a web page, a district's members' allowances
    # report to Council, a Welsh town council's training plan). First run (at 9683611): paragraphs and boundaries
    # 1.0, rec_f1 0.894 (the Independent Remuneration Panel's recommendations the report presents read as five more),
    # rec_text 1.0, addressees 20 of 21. Since: a paper that presents another's report is the covering officer
    # report; "that the Chair may amend ..." under "asked to note and agree:" is the meeting's: every metric 1.0,
    # addressees 21 of 21
    "reports48": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, an eleventh sample, written blind in round 61 (a metropolitan adult social care panel
    # answered by a Cabinet report's "Executive response and action plan" table, a unitary economy commission answered
    # by the Leader's letter in its own order, a district overview committee answered by Cabinet minutes). First run (at
    # 7bd02ca): rec_f1 1.0, rec_text 1.0, resp_f1 0.982, resp_text 0.862, stance 0.897, progress 0.621, link_f1 0.964,
    # addressees 30 of 32. Since: "I have not been able to accept recommendation 6" is a refusal: stance 0.931
    "alignment130": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.86, "stance": 0.96,
                     "progress": 0.68, "link_f1": 1.0},
    # the ordinary national pair, a tenth sample, written blind in round 61 (the Victims' Commissioner's report and the
    # Minister's letter under short titles, an Auditor General for Wales report with a headerless "R1 | ..." exhibit and
    # the Welsh Government's Word table, an Independent Monitoring Board's annual report and HMPPS's response). First
    # run (at 7bd02ca): rec_f1 0.531, rec_text 0.333, resp_f1 0.985, resp_text 0.727, stance 0.788, progress 0.697,
    # link_f1 0.136, addressees 9 of 13 found. Since: a headerless table of labelled asks, an IMB's list of asks under
    # "TO THE MINISTER", chapters numbered again after the list: every structure metric 1.0, stance 0.939, progress
    # 0.879, addressees 32 of 33
    "alignment131": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.93,
                     "progress": 0.87, "link_f1": 1.0},
    # partner bodies answering in their own house style, a fifth sample, written blind in round 61 (a fire service's
    # memo under bold run-in titles, an electricity network operator's accordion web page, a hospice's letter in its
    # own numbered list). First run (at 7bd02ca): rec_f1 1.0, rec_text 1.0, resp_f1 0.381, resp_text 0.033, stance
    # 0.10, progress 0.067, link_f1 0.048, addressees 40 of 42. Since: an accordion's closed panels read, "No." and
    # "Partly." as verdicts, a memo to the chair a response paired by its "Re:" line and read by its bold titles:
    # resp_f1 0.759, resp_text 0.333, stance 0.367, progress 0.40, link_f1 0.414 (the gold labels answers that print
    # no label, and the letter's own numbers, by the report's recommendation; the suites before it label them by their
    # place, as alignment5 says the first suite did)
    "alignment132": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.75, "resp_text": 0.33, "stance": 0.36,
                     "progress": 0.4, "link_f1": 0.41},
    # the ordinary officer report, a ninth sample, written blind in round 61 (a metropolitan Cabinet's council tax
    # support scheme, a county HOSC's NHS service change, a London licensing committee's late night levy as a web page,
    # a unitary corporate parenting board, a district standards committee). First run (at 7bd02ca): paragraphs 1.0,
    # boundaries 0.99 (a web page's table captions dropped), decisions and their text 1.0, addressees 18 of 18. Since:
    # a table's caption is read: every metric 1.0
    "reports49": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # partner bodies answering in their own house style, a sixth sample, written blind in round 62 (a train operator's
    # stakeholder briefing, a summary table and prose sections later; a Police and Crime Commissioner's letter numbered
    # 1-20 its own way, citing "(Recommendation 8)" mid-paragraph; a community health company's plain-text e-mail
    # answering "Re your point 4 -" above the quoted original). First run (at 7d13b56): rec_f1 0.794, rec_text 0.659,
    # resp_f1 0.741, resp_text 0.067, stance 0.367, progress 0.30, link_f1 0.741, addressees 27 of 27 found. Since: a
    # numbered section's list restarting under theme sub-heads, a top-posted reply read without the original, "Re your
    # point N" (the point named no part of the answer), a summary table's rows going on in the prose that cites them
    # later: rec_f1 1.0, resp_f1 0.949, resp_text 0.833, stance 0.80, progress 0.70, link_f1 0.949, addressees 40 of 41
    "alignment133": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.9, "stance": 0.83,
                     "progress": 0.76, "link_f1": 0.98},
    # the ordinary progress update, a sixth sample, written blind in round 62 (an Excel tracker exported to PDF, a London
    # committee page with "Original response:" and "Update (March 2026):", a district's covering report over an appendix
    # table). First run (at 7d13b56): every metric 1.0 but resp_text 0.70 (the gold keeps the "Original response:"
    # marker, which the reader takes for the answer's marker) and progress 0.867, addressees 29 of 32; unchanged since
    "alignment134": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.7, "stance": 1.0,
                     "progress": 0.86, "link_f1": 1.0},
    # the ordinary council pair, a twelfth sample, written blind in round 62 (a county children's committee answered by
    # the Cabinet Member's two-column Word table, a health panel answered jointly by the council and the ICB, a London
    # overview committee answered in a report to Cabinet, "4.3 Recommendation 1 is accepted. ..."). First run (at
    # 7d13b56): rec_f1 1.0, rec_text 1.0, resp_f1 0.483, resp_text 0.355, stance 0.645, progress 0.581, link_f1 0.712,
    # addressees 32 of 33. Since: a paper's own numbered paragraph that names its recommendation answers it by
    # reference: resp_f1 1.0, resp_text 0.677, stance 0.968, progress 0.806, link_f1 1.0
    "alignment135": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.67, "stance": 0.96,
                     "progress": 0.8, "link_f1": 1.0},
    # the ordinary council pair, a thirteenth sample, written blind in round 63 (a unitary task group answered by a
    # landscape "Executive response and action plan", a Welsh scrutiny committee answered by the Cabinet Member's report
    # with a verdict line after each answer, a district review answered by the Portfolio Holder's web page). First run
    # (at d8c1a85): rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 0.70, stance 1.0, progress 0.733, link_f1 1.0,
    # addressees 30 of 32; unchanged since
    "alignment136": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.7, "stance": 1.0,
                     "progress": 0.73, "link_f1": 1.0},
    # the ordinary national pair, an eleventh sample, written blind in round 63 (a climate adviser's progress report whose
    # asks close with the lead department in brackets, answered department by department; an environmental watchdog's
    # report and the department's GOV.UK page; an anti-slavery commissioner's report and the Home Office's letter with an
    # annex table). First run (at d8c1a85): rec_f1 0.90, rec_text 0.606, resp_f1 0.985, resp_text 0.818, stance 0.879,
    # progress 0.788, link_f1 0.70, addressees 18 of 27 found. Since: bare numbers from 1 under a chapter are its list, a
    # closing bracket of bodies their lead, a placed lower-case body, "public bodies", a receiving verb's subject no
    # addressee: rec_f1 1.0, rec_text 0.97, link_f1 1.0, addressees 32 of 33
    "alignment137": {"rec_f1": 1.0, "rec_text": 0.96, "resp_f1": 0.98, "resp_text": 0.81, "stance": 0.87,
                     "progress": 0.78, "link_f1": 1.0},
    # partner bodies answering in their own house style, a seventh sample, written blind in round 63 (the Environment
    # Agency's letter with an annex table by its role; a mental health trust's "You said, we did" poster, unnumbered; a
    # college's governing body minute extract). First run (at d8c1a85): rec_f1 0.868, rec_text 0.767, resp_f1 0.80,
    # resp_text 0.0, stance 0.60, progress 0.533, link_f1 0.80, addressees 33 of 33 found. Since: a list under a titled
    # section goes on past the section's next number, a minute's bracketed run-in label heads its answer, a table that
    # prints its columns' names in every cell is headed by them: rec_f1 1.0, rec_text 1.0, resp_f1 0.90, resp_text 0.30,
    # stance 0.767, progress 0.60, link_f1 0.712, addressees 43 of 43 (the poster's answers, now found, pair with the
    # right recommendations by their words, but the gold labels them by the recommendation each answers where the
    # pipeline, as alignment5's gold and the spec's note on unnumbered items do, labels them by their place)
    "alignment138": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.9, "resp_text": 0.3, "stance": 0.76,
                     "progress": 0.6, "link_f1": 0.71},
    # the ordinary progress update, a seventh sample, written blind in round 63 (a county's twelve-month review as a Word
    # table, "Implemented / Partially implemented / Not implemented / No longer applicable"; a metropolitan borough's
    # report, "Recommendation 4 - Complete." in numbered paragraphs; a Welsh follow-up in the audit style, "Open - on
    # track"). First run (at d8c1a85): rec_f1 0.985, rec_text 0.971, resp_f1 0.925, resp_text 0.839, stance 0.935,
    # progress 0.839, link_f1 1.0, addressees 32 of 33. Since: a paragraph naming several answered in their own blocks
    # answers none of them, "REPORT FOR" names the meeting: every metric 1.0 but progress 0.871, addressees 34 of 34
    "alignment139": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.87, "link_f1": 1.0},
    # the ordinary officer report, a tenth sample, written blind in round 63 (a district's civic honours protocol to full
    # Council, a county's farms estate strategy to Cabinet, a police and crime panel's complaints report as Word, a Welsh
    # Cabinet page, an officer's decision on care home fees). First run (at d8c1a85): every metric 1.0, addressees 19 of
    # 19; unchanged since
    "reports50": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a fourteenth sample, written blind in round 64 (a county select committee answered by
    # the Cabinet's Word response with "Cabinet response:", "Responsible Cabinet Member:" and "Timescale:" lines; a city's
    # inquiry answered in an appendix table to a Cabinet report; a metropolitan panel answered by a plain-text e-mail out
    # of order). First run (at acc84c2): rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 0.667, stance 0.967, progress
    # 0.80, link_f1 1.0, addressees 32 of 32. Since: "Responsible Cabinet Member:" is a detail (its gold keeps the
    # "Cabinet response:" marker, which costs ten texts); "will continue" is no progress: progress 0.833
    "alignment140": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.66, "stance": 0.96,
                     "progress": 0.83, "link_f1": 1.0},
    # the ordinary national pair, a twelfth sample, written blind in round 64 (a coroner's Prevention of Future Deaths
    # report and the trust's reply; a standards body's review and the Cabinet Office's table; a police conduct watchdog's
    # learning recommendations page and the chief constable's letter). First run (at acc84c2): rec_f1 0.915, rec_text
    # 0.688, resp_f1 0.896, resp_text 1.0, stance 0.90, progress 0.833, link_f1 0.825, addressees 18 of 27 found. Since:
    # "The IOPC recommends that the force ..." is an ask; a concern states a finding, for the bodies it names, by their
    # initials too; "permanent secretaries": every metric 1.0 but stance 0.90 and progress 0.90, addressees 32 of 32
    "alignment141": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.9,
                     "progress": 0.9, "link_f1": 1.0},
    # partner bodies in their own house style, an eighth sample, written blind in round 64 (a strategic roads operator's
    # letter with a "What you asked / What we will do / When" table; a waste contractor's performance report with a RAG
    # word per recommendation; a GP network's patient bulletin answering under its readers' questions). First run (at
    # acc84c2): rec_f1 1.0, rec_text 1.0, resp_f1 0.80, resp_text 0.333, stance 0.567, progress 0.467, link_f1 0.80,
    # addressees 40 of 41. Since: a paper that tells what it was asked is a response, a reader's question heads its answer
    # and is no restatement: resp_f1 0.90, stance 0.733, link_f1 0.667 (the bulletin's ten answers are found, nine beside
    # the recommendation they answer, but its gold labels them by that recommendation where the pipeline labels them by
    # their place, as alignment5's gold and the spec's note on unnumbered items do)
    "alignment142": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.9, "resp_text": 0.33, "stance": 0.73,
                     "progress": 0.46, "link_f1": 0.66},
    # the ordinary progress update, an eighth sample, written blind in round 64 (a district's Word monitoring table with
    # "% complete" and "Next steps"; a combined authority's covering report over an appendix rated by RAG letters; a
    # Northern Ireland chief executive's letter "On your recommendation that ..."). First run (at acc84c2): rec_f1 0.969,
    # rec_text 0.939, resp_f1 1.0, resp_text 0.548, stance 0.935, progress 0.677, link_f1 1.0, addressees 31 of 31.
    # Since: "2. Recommendations" over "(1) ... (2)" gives the paper's decisions, kept beside its answers; "Next steps"
    # is said in answer; a letter's counting paragraph no longer cuts its answers short: rec_f1 1.0, rec_text 1.0,
    # resp_text 0.968, progress 0.71, addressees 33 of 33
    "alignment143": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.93,
                     "progress": 0.7, "link_f1": 1.0},
    # the ordinary officer report, an eleventh sample, written blind in round 64 (a Scottish integration joint board's
    # budget, a shareholder committee, a London borough's Cabinet Member decision page, a joint waste committee, a city's
    # play streets policy). First run (at acc84c2): every metric 1.0, addressees 17 of 20; since "London Borough of X" is
    # a council and "This report asks the Cabinet Member to approve ..." names the office that decides: 20 of 20
    "reports51": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in five ordinary council papers, a fourth blind set, round 64 (`tests/test_themes_heldout.py` scores its
    # themes). First run (at acc84c2): every metric 1.0, addressees 16 of 16
    "reports52": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a fifteenth sample, written blind in round 65 (a county Cabinet report answering in its
    # own numbered paragraphs, "5.3 Recommendation 2: ..." then "5.4 Response: ..."; a borough's Word table grouped under
    # theme rows; a Leader's letter answering by directorate). First run (at 37d7ea8): every metric 1.0 but progress
    # 0.839, addressees 31 of 33 (its gold names "the Council's Executive" the Executive); unchanged since
    "alignment144": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.83, "link_f1": 1.0},
    # the ordinary national pair, a thirteenth sample, written blind in round 65 (a children's commissioner's report and
    # the minister's letter; an inspectorate's thematic review, "Providers should:" and "The government should:" over
    # bullets, and the department's GOV.UK page; a human rights committee's conclusions and recommendations and the
    # Ministry's Command Paper). First run (at 37d7ea8): rec_f1 0.828, rec_text 0.706, resp_f1 0.824, resp_text 0.633,
    # stance 0.567, progress 0.567, link_f1 0.80, addressees 19 of 20 found. Since: the bullets of a lead-in that says
    # who should act are recommendations whatever prose follows: rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 0.967,
    # stance 0.90, progress 0.833, link_f1 1.0, addressees 29 of 30
    "alignment145": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.93,
                     "progress": 0.83, "link_f1": 1.0},
    # partner bodies in their own house style, a ninth sample, written blind in round 65 (an energy recovery operator's
    # web page, "What you asked:" then "What we're doing:" under headings of its own, unnumbered; a football club's
    # community trust's plain-text e-mail numbered its own way; an airport's letter with an annex table). First run (at
    # 37d7ea8): rec_f1 1.0, rec_text 1.0, resp_f1 0.931, resp_text 0.367, stance 0.50, progress 0.50, link_f1 0.467,
    # addressees 42 of 42. Since: a restatement run in after its head and the answer after its name: resp_text 0.433,
    # stance 0.533, progress 0.633, but resp_f1 0.862 and link_f1 0.433: the web page's answers, now cut at their
    # markers and paired by their words, are labelled by the recommendation each answers (one prints its labels), where
    # the gold labels them by their place
    "alignment146": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.88, "resp_text": 0.53, "stance": 0.53,
                     "progress": 0.73, "link_f1": 0.5},
    # the ordinary progress update, a ninth sample, written blind in round 65 (a borough's covering report with a bar
    # per recommendation, "R1 Reporting incidents | Complete"; a county's committee page with a small table per
    # recommendation; a district's plain-text action log export). First run (at 37d7ea8): rec_f1 1.0, rec_text 1.0,
    # resp_f1 1.0, resp_text 0.0, stance 0.677, progress 0.677, link_f1 1.0, addressees 33 of 33. Since: a verdict is no
    # resolution ending the block; a form may print who acts before its answer; a fixed-width text record is read field
    # by field: resp_text 0.323, stance 1.0, progress 0.903 (its gold leaves a bar's status out of the text, where
    # alignment44's keeps a slide's in, and the action log's "Cabinet response (05/11/2024):" marker, which stays)
    "alignment147": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.32, "stance": 1.0,
                     "progress": 0.9, "link_f1": 1.0},
    # the ordinary officer report, a twelfth sample, written blind in round 65 (a Scottish education committee's school
    # estate strategy, a district's hackney carriage fares, a county Cabinet's technology enabled care charging, a Welsh
    # scrutiny committee's Welsh Language Standards page, a joint environmental health committee's food service plan).
    # First run (at 37d7ea8): every metric 1.0, addressees 18 of 18
    "reports53": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a sixteenth sample, written blind in round 66 (a mayoral borough's report lettering its
    # recommendations (a)-(j) under lead-ins 6.1-6.3 and the Mayor's Record of Executive Decision with a schedule,
    # "Recommendation (a) – to the Mayor"; a Scottish council's Word review and the officer's plain-text report to the
    # Policy and Resources Committee; a committee-system district's review page and the committee's Word minutes with
    # the response table). First run (at 532ac9f): rec_f1 0.968, rec_text 1.0, resp_f1 0.667, resp_text 0.667, stance
    # 0.593, progress 0.593, link_f1 0.667, addressees 21 of 30. Since: a letter in brackets after the word is a label;
    # an office keeps its bracket ("Executive Director (Place)"); a meeting named in capitals before its date; a
    # passive's subject is acted on: resp_f1, resp_text and link_f1 1.0, stance and progress 0.926, addressees 29 of 30
    # (its gold leaves the record of decision's own "has decided" items out, where reports7's and reports22's keep a
    # decision notice's decisions as sought)
    "alignment148": {"rec_f1": 0.96, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.92,
                     "progress": 0.92, "link_f1": 1.0},
    # the ordinary national pair, a fourteenth sample, written blind in round 66 (an inspectorate's thematic review, R1-R9
    # grouped under "Schools should:" and the like, and the Welsh Government's Word response in shaded boxes; an audit
    # body's unnumbered bullets grouped by addressee and the Scottish Government's letter quoting each in italics; an
    # advisory council's GOV.UK page and the Government's response by theme). First run (at 532ac9f): rec_f1 0.982,
    # rec_text 0.862, resp_f1 0.923, resp_text 0.64, stance 0.56, progress 0.56, link_f1 0.618, addressees 15 of 28.
    # Since: asks grouped under whom they ask; a label's title that quotes the recommendation restates it: rec_f1 and
    # rec_text 1.0, resp_f1 0.943, resp_text 0.72, stance 0.64, progress 0.64, link_f1 0.643, addressees 28 of 29 (its
    # gold labels the letter's unnumbered answers by their place, counting an answer to two recommendations once, where
    # alignment2's gives each quoted recommendation of a group its own place)
    "alignment149": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.94, "resp_text": 0.72, "stance": 0.64,
                     "progress": 0.64, "link_f1": 0.64},
    # partners in their own house style, a tenth sample, written blind in round 66 (a gas network's web FAQ tagged
    # "Scrutiny recommendation N"; an enforcement agency's Service Improvement Plan renumbering the recommendations as its
    # own "Commitment 1-11", each quoted, with a small table of fields under each answer; a shopping centre's plain-text
    # e-mail bulletin answering under subject headings, no labels). First run (at 532ac9f): rec_f1 1.0, rec_text 1.0,
    # resp_f1 0.488, resp_text 0.267, stance 0.30, progress 0.167, link_f1 0.476, addressees 39 of 40. Since: a numbered
    # title at its siblings' level is a title; a paper of no kind that names the report by its title answers it by
    # subject; a small table of the answer's fields is its details: resp_f1 0.984, resp_text 0.70, stance 0.80, progress
    # 0.50, link_f1 0.774
    "alignment150": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.7, "stance": 0.8,
                     "progress": 0.5, "link_f1": 0.77},
    # the ordinary progress update, a tenth sample, written blind in round 66 (a Word monitoring form per recommendation
    # with "☒ Yes ☐ Partly ☐ No"; an officer's slide deck, a status badge per recommendation; a Head of HR's e-mail
    # quoting each recommendation with ">" under a "[STATUS]" head). First run (at 532ac9f): rec_f1 1.0, rec_text 1.0,
    # resp_f1 0.935, resp_text 0.31, stance 0.931, progress 0.759, link_f1 1.0, addressees 30 of 31. Since: a form
    # opened by its number row, its decision field opening the answer, its tick boxes a status, who filled it in a
    # detail: stance 0.966, progress 0.828 (its gold leaves statuses and tick boxes out of the answer text, where
    # alignment44's keeps a slide's status in, and a form's cell's paragraphs apart, which the Word reader joins)
    "alignment151": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.93, "resp_text": 0.31, "stance": 0.96,
                     "progress": 0.82, "link_f1": 1.0},
    # the ordinary officer report, a thirteenth sample, written blind in round 66 (a Northern Ireland borough committee on
    # dual-language street signs, unlabelled bullets; a district Housing Committee's Word tenancy strategy, A-D; a
    # metropolitan neighbourhood committee's paragraphs 1-21 under unnumbered headings; a Schools Forum page whose
    # paragraphs 2.1-2.4 are the decisions; a county Local Highways Panel with a 38-row appendix). First run (at
    # 532ac9f): every metric 1.0, addressees 21 of 21
    "reports54": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a fifth blind set, round 66 (council tax reduction, a homelessness strategy
    # review, a youth service review, a treasury mid-year review, a corporate risk register; 231 paragraph themes).
    # First run (at 532ac9f): seg_f1 0.977, seg_edges 0.99, rec_f1 0.815, rec_text 0.733, addressees 9 of 11; themes in
    # tests/test_themes_heldout.py. Since: an ordered list inside a table's cell keeps the numbers a browser shows: rec_f1
    # 1.0, rec_text 0.933 (an inline list's items lose their joining "; and", which its gold keeps), addressees 13 of 15
    "reports55": {"seg_f1": 0.97, "seg_edges": 0.99, "rec_f1": 1.0, "rec_text": 0.93},
    # the ordinary council pair, a seventeenth sample, written blind in round 67 (a committee-system county's review
    # with "5.2 Recommendation 1: That ..." and its committee chair's letter; two districts' joint scrutiny review and
    # the officer report to their joint executive, each recommendation in a shaded box over "Proposed response:"; a
    # Welsh county's plain-text review and its web page of fold-out panels). First run (at 7cae402): rec_f1 0.667,
    # rec_text 0.667, resp_f1 0.96, resp_text 0.96, stance 0.88, progress 0.80, link_f1 0.64, addressees 18 of 18
    # found. Since: a numbered paragraph that prints its recommendation's own label is labelled by it: every
    # recommendation, response and link 1.0, stance 0.92, progress 0.84, addressees 27 of 27
    "alignment152": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.92,
                     "progress": 0.84, "link_f1": 1.0},
    # the ordinary national pair, a fifteenth sample, written blind in round 67 (a competition authority's market study
    # and the department's GOV.UK response; an ombudsman's investigation with a "Directed to" table and the
    # department's Word response in tables by theme; a pay commission's review and the department's response quoting
    # each recommendation without its number). First run (at 7cae402): rec_f1 0.80, rec_text 0.69, resp_f1 0.69,
    # resp_text 0.655, stance 0.586, progress 0.448, link_f1 0.816, addressees 19 of 20. Since (stop 61): a report
    # that cites its own recommendations as it argues, "(recommendations 1 and 8)", answers none of them: rec_f1 0.983,
    # rec_text 1.0, resp_f1 1.0, resp_text 0.966, stance 0.897, progress 0.69, link_f1 1.0, addressees 28 of 29
    "alignment153": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.89,
                     "progress": 0.68, "link_f1": 1.0},
    # partners in their own house style, an eleventh sample, written blind in round 67 (a racecourse's news release
    # forwarded as plain text, unnumbered; a housebuilder's landscape response matrix quoting numbered paragraphs
    # 8.1-8.13; a freight terminal operator's e-newsletter with number badges, one "8 & 9"). First run (at 7cae402):
    # rec_f1 0.946, rec_text 0.872, resp_f1 0.541, resp_text 0.37, stance 0.37, progress 0.296, link_f1 0.412,
    # addressees 35 of 35. Since (stop 61): a table marked role="presentation" is read as the page it lays out, and a
    # restatement takes the labels its titled heading prints ("8 & 9 Lights ..."): resp_f1 0.80, resp_text 0.667,
    # stance 0.593, progress 0.481, link_f1 0.683 (the forwarded news release, answering by list items, is still unread)
    "alignment154": {"rec_f1": 0.94, "rec_text": 0.87, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.88,
                     "progress": 0.7, "link_f1": 0.92},
    # the ordinary progress update, an eleventh sample, written blind in round 67 (a performance system's action report
    # exported to PDF, status, percentage and latest note in a two-row record; an officer report with a "You said, we
    # did" appendix table; a web page with a collapsible panel per recommendation and its status as a tag). First run
    # (at 7cae402): rec_f1 1.0, rec_text 1.0, resp_f1 0.792, resp_text 0.0, stance 0.586, progress 0.517, link_f1 0.792,
    # addressees 31 of 32. Since (stop 61): a header of the decision another body took and of what has happened since
    # is a tracker of answers in any paper, and "You said | We said | We did" keeps the first answer: resp_f1 1.0,
    # resp_text 0.655, stance 0.966, progress 0.828, link_f1 1.0
    "alignment155": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.65, "stance": 0.96,
                     "progress": 0.82, "link_f1": 1.0},
    # the ordinary officer report, a fourteenth sample, written blind in round 67 (a county Cabinet Committee on free
    # school meals auto-enrolment, a borough Personnel Committee's apprenticeship strategy, a city council's web page on
    # asylum dispersal, a Scottish committee's Gypsy/Traveller sites, a London borough's tenant satisfaction results).
    # First run (at 7cae402): every metric 1.0, addressees 19 of 19
    "reports56": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, an eighteenth sample, written blind in round 68 (a committee-system unitary's review
    # with a "No. | Recommendation | For decision by" table and the Director's report grouping its proposed responses
    # under shaded bars; a Welsh county's web page with "R1"-"R8" boxes and the Cabinet's Word response forms; a
    # county task group's "5.2 Recommendation 1: ..." report and item B3 of the Report of the Cabinet to the County
    # Council, as converter text under topic lines). First run (at 1931d74): rec_f1 0.533, rec_text 0.375, resp_f1
    # 0.642, resp_text 0.593, stance 0.444, progress 0.444, link_f1 0.0, addressees 11 of 12 found. Since: "For decision
    # by" names whom each is for, a block holding only "R1" labels the block after it, a paragraph that prints its label
    # before a short ask is no title, one that announces the recommendations is none of them, a passive's subject past
    # a name that modifies it is acted on: rec_f1 0.968, rec_text 0.938, resp_f1 0.773, link_f1 0.773, addressees 29
    # of 30 (the Report of the Cabinet, several items in one paper, answers unread)
    "alignment156": {"rec_f1": 0.96, "rec_text": 0.93, "resp_f1": 0.77, "resp_text": 0.59, "stance": 0.44,
                     "progress": 0.44, "link_f1": 0.77},
    # the ordinary national pair, a sixteenth sample, written blind in round 68 (an aid impact commission's review and
    # the department's ruled response table, verdict atop each cell, two recommendations quoted in one cell; an
    # infrastructure commission's study printing each recommendation twice and the Treasury's GOV.UK paper by theme; an
    # equality commission's inquiry report and the department's response by theme). First run (at 1931d74): rec_f1
    # 0.935, rec_text 0.793, resp_f1 1.0, resp_text 0.897, stance 0.828, progress 0.724, link_f1 1.0, addressees 27 of
    # 29. Since: a recommendation printed twice ends where one copy stops, a table under its header prints no column
    # names in its cells, a cell quoting two recommendations under their heads labels the row with both, "A and B
    # should each" asks both: rec_text 1.0, resp_text 1.0, progress 0.759, addressees 28 of 29
    "alignment157": {"rec_f1": 0.93, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.82,
                     "progress": 0.75, "link_f1": 1.0},
    # partners in their own house style, a twelfth sample, written blind in round 68 (a chain ferry company's statement
    # to the committee, plain text, no numbers; a principal contractor's monthly highlight report with a risk register
    # and a recommendations table by its own workstreams; a quarry operator's open letter as a newspaper advertisement
    # in columns). First run (at 1931d74): rec_f1 1.0, rec_text 0.675, resp_f1 0.462, resp_text 0.333, stance 0.296,
    # progress 0.222, link_f1 0.474, addressees 38 of 40. Since: a "Why:" note after a recommendation is its reasons,
    # a risk register answers nothing: rec_text 1.0, resp_f1 0.50, link_f1 0.486 (the statement and the letter in
    # columns are still unread)
    "alignment158": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.5, "resp_text": 0.33, "stance": 0.29,
                     "progress": 0.22, "link_f1": 0.48},
    # the ordinary progress update, a twelfth sample, written blind in round 68 (a scrutiny officer's impact review
    # with a landscape appendix table whose last column is the scrutiny team's own assessment; a Cabinet Member's
    # first-person Word update with a closing "Status:" line; a committee web page grouping the recommendations under
    # status headings). First run (at 1931d74): rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 0.677, stance 0.935,
    # progress 0.871, link_f1 1.0, addressees 33 of 34; unchanged (its gold takes the scrutiny team's assessment cell
    # into the answer, which the answer lexicon's `other_voices` keeps apart as another voice's); stop 62, stance rules
    # v37: stance 0.968
    "alignment159": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.67, "stance": 0.96,
                     "progress": 0.87, "link_f1": 1.0},
    # the ordinary officer report, a fifteenth sample, written blind in round 68 (a district Executive's RIPA annual
    # report, a Development Management Committee's validation list in Word, a Scottish Policy and Resources
    # Committee's equality report as Word's HTML, a committee-system borough's volunteering strategy whose committee
    # and date are printed only in its running head, a county's domestic abuse partnership board paper). First run (at
    # 1931d74): every metric 1.0, addressees 14 of 17. Since: a PDF's running head gives the body and date its opening
    # lines do not: addressees 17 of 17
    "reports57": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a nineteenth sample, written blind in round 69 (a city mayoral council's review with
    # (1)-(9) and the Deputy City Mayor's memo answering under topic titles; a committee-system London borough's review
    # printing each recommendation among a chapter's paragraphs, "3.4 Recommendation 1: ...", and the panel's minutes;
    # a Scottish islands council's plain-text review and a slide per recommendation). First run (at 93bb030): rec_f1
    # 0.737, rec_text 0.583, resp_f1 0.83, resp_text 0.542, stance 0.833, progress 0.50, link_f1 0.622, addressees 11
    # of 14 found. Since: a recommendation printed among a chapter's paragraphs is one, a long list of printed items
    # goes on: rec_f1 0.829, rec_text 0.708, resp_f1 0.873, resp_text 0.583, stance 0.917, progress 0.583, link_f1
    # 0.873, addressees 14 of 17
    "alignment160": {"rec_f1": 0.82, "rec_text": 0.7, "resp_f1": 0.87, "resp_text": 0.58, "stance": 0.91,
                     "progress": 0.58, "link_f1": 0.87},
    # the ordinary national pair, a seventeenth sample, written blind in round 69 (a rail accident investigation report
    # and the regulator's report-back letter; an electoral commission's web report and the Government's response by
    # theme; a statistics regulator's review and the department's letter with an action plan). First run (at 93bb030):
    # rec_f1 0.864, rec_text 0.76, resp_f1 1.0, resp_text 0.80, stance 0.72, progress 0.72, link_f1 0.864, addressees 16
    # of 19. Stop 62: an item's paragraphs at its hanging indent are its own, "Learning points" under "Recommendations
    # and learning points" ends them, a heading over an answer titles it: rec_f1 1.0, rec_text 1.0, resp_text 1.0,
    # stance 0.76, link_f1 1.0, addressees 22 of 25
    "alignment161": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.76,
                     "progress": 0.72, "link_f1": 1.0},
    # partners in their own house style, a thirteenth sample, written blind in round 69 (a day-service charity's Easy
    # Read reply, no numbers; an e-bike operator's blog quoting each recommendation in a blockquote against a report
    # numbering them (i)-(xiii); an offshore wind developer's webinar transcript). First run (at 93bb030): rec_f1 1.0,
    # rec_text 1.0, resp_f1 0.429, resp_text 0.0, stance 0.24, progress 0.20, link_f1 0.381, addressees 37 of 38;
    # unchanged
    "alignment162": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.68, "resp_text": 0.08, "stance": 0.36,
                     "progress": 0.28, "link_f1": 0.4},
    # the ordinary progress update, a thirteenth sample, written blind in round 69 (a members' bulletin item, one
    # paragraph per recommendation opening "Recommendation N – title." and its verdict; a project highlight report's
    # landscape table ending in a RAG column; a Word tracker keeping the six-month update beside the twelve-month one).
    # First run (at 93bb030): rec_f1 0.853, rec_text 1.0, resp_f1 0.792, resp_text 0.344, stance 0.656, progress 0.469,
    # link_f1 0.512, addressees 31 of 32. Since: labelled answers that open with their verdicts mark a response, and a
    # paper that answers and asks nothing of its own is one: rec_f1 1.0, resp_f1 1.0, resp_text 0.656, stance 1.0,
    # progress 0.719 (the bulletin and the highlight report were not paired with their reviews). Stop 62: a paper that
    # answers every recommendation by its number and names the report's author in its text pairs: link_f1 0.984
    "alignment163": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.65, "stance": 1.0,
                     "progress": 0.71, "link_f1": 0.98},
    # the ordinary officer report, a sixteenth sample, written blind in round 69 (a district Policy Development Group's
    # playing pitch strategy, a borough Leisure and Culture Committee's public art strategy in Word, a metropolitan
    # borough's peer challenge report as a web page, a unitary Joint Consultative Committee's health and safety report,
    # a city Decision Session's flag flying policy whose decisions 1)-3) each carry a "Reason:" line). First run (at
    # 93bb030): seg_f1 0.99, seg_edges 0.969, rec_f1 0.933, rec_text 0.875, addressees 14 of 14 found. Stop 62: items
    # printed "1)" under paragraph "2." go on at "3)", past each "Reason:" note: seg_f1 1.0, seg_edges 0.99, rec_f1 1.0,
    # rec_text 1.0, addressees 16 of 16
    "reports59": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twentieth sample, written blind in round 70 (a committee-system city's review answered
    # by a report to its policy committee, each answer under "Proposed response:"; a district Cabinet report ticking one
    # of "Accept | Accept in part | Do not accept" beside each response; a county Cabinet Member's web page, a field list
    # per recommendation). First run (at 8d59385): rec_f1 1.0, rec_text 1.0, resp_f1 1.0, resp_text 0.63, stance 1.0,
    # progress 0.852, link_f1 1.0, addressees 31 of 33. Since: a description list is a set of fields (the field list's
    # "Timescale" value ends the answer, as this gold keeps it): resp_text 0.741, progress 0.889
    "alignment164": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.74, "stance": 1.0,
                     "progress": 0.88, "link_f1": 1.0},
    # the ordinary national pair, an eighteenth sample, written blind in round 70 (an animal welfare committee's opinion
    # and Defra's response by theme; a prosecution inspectorate's report listing its recommendations 1-9 in the summary
    # and the service's web response; a Scottish social security commission's Word report, "Recommendation N:" among
    # paragraphs numbered straight through chapters set as headings, and the Government's response quoting each without
    # its number). First run (at 8d59385): rec_f1 0.537, rec_text 0.367, resp_f1 0.741, resp_text 0.667, stance 0.60,
    # progress 0.567, link_f1 0.537, addressees 9 of 11 found. Since: a list numbered from 1 under a sub-title is no
    # interruption of the paragraph before, a chapter set as a heading is one, a paper that says another must lay a
    # response is none, a report to a government is no officer's: every metric 1.0 but stance 0.90 and progress 0.867,
    # addressees 26 of 30
    "alignment165": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.9,
                     "progress": 0.86, "link_f1": 1.0},
    # partners in their own house style, a fourteenth sample, written blind in round 70 (a charging operator's letter and
    # a roadmap of cards tagged "Scrutiny rec N"; a crematorium's Word summary of changes to its service charter; a
    # city farm's covering letter with pages of its trustees' annual report, answers under italic sub-heads). First run
    # (at 8d59385): rec_f1 0.857, rec_text 0.667, resp_f1 0.486, resp_text 0.0, stance 0.214, progress 0.0, link_f1
    # 0.0, addressees 28 of 30. Since: the operator's reply titled "Charged up? Our response to ..." pairs with "Charged
    # up? Public charging ...", the farm's letter "For the ... Scrutiny Panel" is no review of its own, and "What has
    # changed | Scrutiny rec." is a response table (answer lexicon v41): resp_f1 0.756, resp_text 0.286, stance 0.393,
    # progress 0.214, link_f1 0.5
    "alignment166": {"rec_f1": 0.85, "rec_text": 0.66, "resp_f1": 0.96, "resp_text": 0.46, "stance": 0.57,
                     "progress": 0.28, "link_f1": 0.61},
    # the ordinary progress update, a fourteenth sample, written blind in round 70 (a scrutiny committee's annual report
    # with a follow-up table; the notes of a task group's follow-up meeting, a "RAG rating agreed:" line per
    # recommendation; a report to Cabinet with its own decisions sought and a "What has been done / What is still to do
    # / % complete" table). First run (at 8d59385): rec_f1 0.984, rec_text 1.0, resp_f1 1.0, resp_text 1.0, stance
    # 0.929, progress 0.714, link_f1 1.0, addressees 28 of 31. Since: "agreed this recommendation in part" is partial
    # (stance rules v37), a meeting field's weekday is no part of its body: stance 1.0, addressees 31 of 31
    "alignment167": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.71, "link_f1": 1.0},
    # the ordinary officer report, a seventeenth sample, written blind in round 70 (a district Coastal and Leisure
    # Committee on beach huts, a Scottish Roads and Transport Committee's Word paper on a demand-responsive bus pilot, a
    # committee-system council's web page on a car club, a district "Part A" Cabinet report on contaminated land, a
    # county select committee's three-level numbering on the Director of Public Health's annual report). First run (at
    # 8d59385): every metric 1.0, addressees 15 of 20. Since: lines in another type size are another block (the council's
    # name over its committee's): addressees 20 of 20
    "reports60": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a seventh blind set, round 70 (a statement of licensing policy numbered 1-22
    # under unnumbered headings, a refugee resettlement paper numbered by Word's lists, an air quality status report as
    # a web page of accordions, a pay policy statement, an adult community learning plan with footnotes; 234 paragraph
    # themes). First run (at 8d59385): every metric 1.0, addressees 16 of 16; themes in tests/test_themes_heldout.py
    "reports61": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-first sample, written blind in round 71 (a mayoral district's task group
    # report answered by the Elected Mayor's first-person paper under side-heads, two recommendations answered together;
    # a Scottish city's working group report answered by the Executive Director's report to the City Administration
    # Committee as a web page; a London borough's text-only review lettered (a)-(h) and the Cabinet Member's letter
    # quoting each without its letter). First run (at 39bef5d): every metric 1.0 but stance 0.75 and progress 0.714,
    # addressees 30 of 31. Since: stance rules v37 (a refusal of the ask "as it stands" keeps its aim): stance 0.786,
    # progress 0.75
    "alignment168": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.78,
                     "progress": 0.75, "link_f1": 1.0},
    # the ordinary national pair, a nineteenth sample, written blind in round 71 (a Patient Safety Commissioner report and
    # the department's GOV.UK response by theme; a Scottish fire inspectorate's thematic inspection with "Recommendation N"
    # boxes and areas for consideration, answered by a Word action plan; a national safeguarding review on GOV.UK answered
    # by a PDF quoting each recommendation without its number). First run (at 39bef5d): rec_f1 0.952, stance 0.80,
    # progress 0.767, every other metric 1.0, addressees 25 of 30, the review's unnamed asks addressed to its own author.
    # Since: a heading set as the section's own that asks nothing ends it, a published page's "From:" names its author,
    # "Training ... should" names no body: rec_f1 1.0, addressees 27 of 30, none to the author
    "alignment169": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.8,
                     "progress": 0.76, "link_f1": 1.0},
    # partners in their own house style, a fifteenth sample, written blind in round 71 (a festival promoter's tri-fold
    # leaflet for neighbours, unnumbered; a private hire firm's driver bulletin pasted into an e-mail, numbering its own
    # items; a data centre operator's planning consultants' note answering by subject). First run (at 39bef5d): rec_f1
    # 1.0, rec_text 1.0, resp_f1 0.468, resp_text 0.0, stance 0.357, progress 0.143, link_f1 0.5, addressees 37 of 40.
    # Since: progress 0.107 (one answer's progress read otherwise), addressees 39 of 40
    "alignment170": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.46, "resp_text": 0.0, "stance": 0.35,
                     "progress": 0.1, "link_f1": 0.5},
    # the ordinary progress update, a fifteenth sample, written blind in round 71 (a CCTV inquiry's table with a
    # "Responsibility" column and the Cabinet Member's tracking report scoring each recommendation in categories 1-6; a
    # Portfolio Holder's written answer at full Council under "Recommendation (a) – ..." heads; a quarterly performance
    # report with the recommendations in an appendix table). First run (at 39bef5d): rec_f1 0.968, resp_f1 0.755,
    # resp_text 0.321, stance 0.714, progress 0.50, link_f1 0.809, addressees 21 of 30. Since: "Responsibility" names
    # whom each asks, a date column before the answer is the ask's, a label in brackets after its word: resp_f1 0.918,
    # resp_text 0.964, stance 1.0, progress 0.821, link_f1 1.0, addressees 30 of 30
    "alignment171": {"rec_f1": 0.96, "rec_text": 1.0, "resp_f1": 0.91, "resp_text": 0.96, "stance": 1.0,
                     "progress": 0.82, "link_f1": 1.0},
    # the ordinary officer report, an eighteenth sample, written blind in round 71 (an Armed Forces Covenant report in a
    # cover-grid template, "RESOLVE that: 1)-4)"; a Mayor and Cabinet Word report, (a)-(c) under 2.1 and 2.2 whole; a
    # cohesion strategy's accessible HTML, (i)-(iii); a stop smoking report with sub-headings 8.1-8.4 over 8.1.1; a
    # community wealth building strategy whose decisions are its last paragraphs). First run (at 39bef5d): every metric
    # 1.0, addressees 18 of 18; unchanged
    "reports62": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, an eighth blind set, round 71 (selective licensing with its decisions in a
    # "No. | Recommendation | Reason" table, a CCTV review in Word, an Armed Forces Covenant report as a web page with a
    # <dl> of its decisions, a food strategy, a markets strategy; 257 paragraph themes). First run (at 39bef5d):
    # seg_edges 0.991, every other metric 1.0, addressees 15 of 19; themes in tests/test_themes_heldout.py. Since: a
    # description list is a set of fields: addressees 19 of 19
    "reports63": {"seg_f1": 1.0, "seg_edges": 0.99, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-second sample, written blind in round 72 (a mayoral combined authority's report
    # answered by a Mayoral Decision Notice's annex table; a Welsh county borough's text report answered by the Leader's
    # letter that quotes nothing; a county's Word report answered by a Cabinet Member's decision page). First run (at
    # f4461ed): resp_text 0.962, stance 0.962, progress 0.808, every other metric 1.0, addressees 28 of 28; unchanged
    "alignment172": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.96,
                     "progress": 0.8, "link_f1": 1.0},
    # the ordinary national pair, a twentieth sample, written blind in round 72 (a Social Mobility Commission report and
    # the Government's GOV.UK response by theme; a Migration Advisory Committee review answered by the minister's letter
    # quoting each recommendation without its number; a Future Generations Commissioner's section 20 review with bold
    # "Recommendation N" boxes, answered by the Welsh Government's Word response). First run (at f4461ed): rec_text
    # 0.828, stance 0.862, progress 0.655, every other metric 1.0, addressees 25 of 29. Since: a recommendation set in
    # bold ends where the bold does, a national body named "... Council" is no council: rec_text 1.0, addressees 26 of 29
    "alignment173": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.86,
                     "progress": 0.65, "link_f1": 1.0},
    # partners in their own house style, a sixteenth sample, written blind in round 72 (a building society's revised
    # branch closure impact assessment whose table cites the recommendations only in its "Who told us" cell; a tram
    # operator's web page of dated, tagged updates, newest first; a home care provider's letter enclosing one quality
    # system form per recommendation, its decision a ticked box). First run (at f4461ed): resp_f1 0.053, resp_text 0.0,
    # stance 0.0, progress 0.0, link_f1 0.0, addressees 36 of 37. Since: a respondent's own form that quotes the
    # recommendation in a field, a page of progress updates read as a response, a row that cites beside its point the
    # recommendation it answers: resp_f1 1.0, resp_text 0.731, stance 0.731, progress 0.654, link_f1 0.769
    "alignment174": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.73, "stance": 0.73,
                     "progress": 0.65, "link_f1": 0.76},
    # the ordinary progress update, a sixteenth sample, written blind in round 72 (a member briefing note e-mailed with
    # "Cabinet decision / Progress / Status" per recommendation; a work programme report's tracker appendix with RAG
    # letters; a parking annual report's chapter with a "% complete" column). First run (at f4461ed): resp_f1 0.982,
    # resp_text 0.357, stance 0.964, progress 0.786, every other metric 1.0, addressees 31 of 31. Since: the columns after
    # a decision column are the answer's: resp_text 0.679, stance 0.929 (a "Withdrawn" estimate read as a refusal, as
    # alignment42's gold has it), progress 0.821
    "alignment175": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.67, "stance": 0.92,
                     "progress": 0.82, "link_f1": 1.0},
    # the ordinary officer report, a nineteenth sample, written blind in round 72 (a private fostering annual report on
    # shaded bars; a committee-system district's Word report on assets of community value; a Scottish council's
    # participatory budgeting page with captioned tables; a "Report to Policy Committee" form on Shared Lives; a scoping
    # report numbered 1-19 under unnumbered headings). First run (at f4461ed): every metric 1.0, addressees 18 of 18
    "reports64": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a ninth blind set, round 72 (a serious violence strategy, a community asset
    # transfer policy, Gypsy and Traveller accommodation as a web page, a parish governance review set as a table, an
    # affordable warmth strategy; 276 paragraph themes). First run (at f4461ed): every metric 1.0, addressees 19 of 19;
    # themes in tests/test_themes_heldout.py
    "reports65": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-third sample, written blind in round 73 (a committee-system district's officer
    # report answering under side-heads that quote each recommendation, in its own running paragraph numbers; a tenants'
    # "You said / What we're doing" page; a Cabinet response table whose recommendations are merged shaded rows over
    # their answers). First run (at bbc999d): resp_f1 0.963, resp_text 0.571, stance 0.679, progress 0.607, link_f1
    # 0.963, every other metric 1.0, addressees 31 of 31; unchanged (the shaded rows' "Decision" cell is still left out)
    "alignment176": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.96, "resp_text": 0.57, "stance": 0.67,
                     "progress": 0.6, "link_f1": 0.96},
    # the ordinary national pair, a twenty-first sample, written blind in round 73 (a fuel poverty committee's annual
    # report and the department's Word response; an inspectorate's report and a police authority's committee paper
    # answering under "HMICS Recommendation N"; an advisory committee's advice on GOV.UK, its recommendations inside
    # numbered paragraphs, answered by the minister's letter). First run (at bbc999d): rec_f1 0.824, rec_text 0.70,
    # resp_f1 0.794, resp_text 0.931, stance 0.897, progress 0.793, link_f1 0.806, addressees 20 of 21 found. Since: a
    # head that names its author by initials, a paper's own recommendations decide nothing on another's: every metric
    # 1.0 but stance 0.966 and progress 0.828, addressees 29 of 30
    "alignment177": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.96,
                     "progress": 0.82, "link_f1": 1.0},
    # partners in their own house style, a seventeenth sample, written blind in round 73 (a heritage railway's "story map"
    # page with status badges; a heat network operator's Gantt-chart improvement plan; a motor circuit's liaison committee
    # notes in reported speech). First run (at bbc999d): rec_f1 0.974, resp_f1 0.457, resp_text 0.222, stance 0.185,
    # progress 0.148, link_f1 0.457, addressees 27 of 38. Since (stop 64): minutes set as a table of items, a citation by
    # the printed reference "(R9)", a column named for the recommendation, an article's own header, status badges, a
    # company's "plc": resp_f1 0.981, resp_text 0.889, stance 0.667, progress 0.667, link_f1 0.981, addressees 36 of 38
    "alignment178": {"rec_f1": 0.97, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.88, "stance": 0.66,
                     "progress": 0.66, "link_f1": 0.98},
    # the ordinary progress update, a seventeenth sample, written blind in round 73 (a Cabinet Member's written report to
    # full Council with a section on the review; the review's own web page, an unnumbered list; a council catering
    # company's progress report ending each answer "Progress: NN%"). First run (at bbc999d): rec_f1 0.868, resp_f1 0.80,
    # resp_text 0.633, stance 0.633, progress 0.533, link_f1 0.80, addressees 32 of 33. Since: a section of a paper to a
    # meeting headed as progress on the review answers under its titled heads: rec_f1 1.0, resp_f1 1.0, resp_text 0.967,
    # stance 0.967, progress 0.833, link_f1 1.0
    "alignment179": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.96,
                     "progress": 0.83, "link_f1": 1.0},
    # the ordinary officer report, a twentieth sample, written blind in round 73 (a rights of way committee's diversion
    # order report; memorial benches in Word; town twinning as a web page whose paragraph numbers are a description
    # list's terms; a joint transportation board; a Welsh scrutiny committee's biodiversity duty report). First run (at
    # bbc999d): seg_f1 0.897, seg_edges 0.812, rec_f1 1.0, rec_text 1.0, addressees 18 of 18. Since: a term that is only a
    # number numbers its paragraph: seg_f1 1.0, seg_edges 1.0
    "reports66": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a tenth blind set, round 73 (housing allocations, hate crime and cohesion, a
    # Statement of Community Involvement, corporate parenting, a climate action plan; 236 paragraph themes). First run
    # (at bbc999d): rec_text 0.941 (a decision's last line, over a page break, lost), every other metric 1.0, addressees
    # 17 of 17; themes in tests/test_themes_heldout.py. Since: a sentence carried over a page break ends the decision:
    # rec_text 1.0
    "reports67": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-fourth sample, written blind in round 74 (a Cabinet Member's portfolio update
    # answering under short heads of its own, by place; a scrutiny officer's report with the Executive's responses in an
    # appendix table; a plain-text Members' Bulletin answering under "Rec N - title" heads over indented text). First run
    # (at ae98c6d): resp_f1 0.979, resp_text 0.50, stance 0.708, progress 0.708, link_f1 0.766, every other metric 1.0,
    # addressees 23 of 27. Since: a plain-text head over its indented body titles it: resp_text 0.792, progress 0.75
    # (one heading that answers two recommendations still shifts the answers by place after it)
    "alignment180": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.87,
                     "progress": 0.91, "link_f1": 1.0},
    # the ordinary national pair, a twenty-second sample, written blind in round 74 (an Office of Tax Simplification
    # review and the Treasury and HMRC's GOV.UK response; a Poverty and Inequality Commission report and the Scottish
    # Government's unlabelled answers; a service complaints ombudsman's annual report and the MOD's response). First run
    # (at ae98c6d): rec_f1 0.776, rec_text 0.633, resp_f1 0.845, resp_text 0.967, stance 0.90, progress 0.767, link_f1
    # 0.776, addressees 18 of 19 found. Since: a contents page's entry makes no response, a section on previous
    # recommendations is none of them: rec_f1 1.0, rec_text 1.0, resp_f1 1.0, link_f1 1.0, addressees 28 of 30
    "alignment181": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.9,
                     "progress": 0.76, "link_f1": 1.0},
    # partners in their own house style, an eighteenth sample, written blind in round 74 (harbour commissioners' hazard log
    # extract with a "Scrutiny rec." column; a car park operator's solicitors' letter in numbered paragraphs under its own
    # heads; a mobile network operator's consultation-style response, each recommendation quoted in a box). First run (at
    # ae98c6d): resp_f1 0.78, resp_text 0.56, stance 0.44, progress 0.36, link_f1 0.732, addressees 37 of 37. Since: a
    # column named for the recommendation cites what each row answers, a risk rating's column is a detail: resp_f1 1.0,
    # resp_text 0.92, stance 0.68, progress 0.68, link_f1 0.939
    "alignment182": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.92, "stance": 0.68,
                     "progress": 0.68, "link_f1": 0.93},
    # the ordinary progress update, an eighteenth sample, written blind in round 74 (a progress report "by exception",
    # completed items in a table and open ones under RAG sub-heads; a Cabinet's action plan with numbered sub-actions under
    # "Cabinet response:" rows; a community safety partnership's web-page table). First run (at ae98c6d): resp_f1 0.985,
    # resp_text 0.562, stance 0.969, progress 0.844, link_f1 0.984, addressees 34 of 34. Since: a response row across an
    # action plan opens its answer, a "Contact:" line answers nothing, a numbered section ends a response table
    "alignment183": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.87, "stance": 0.96,
                     "progress": 0.87, "link_f1": 0.98},
    # the ordinary officer report, a twenty-first sample, written blind in round 74 (a council size submission; council
    # garages; a street collections policy as a web page; a Northern Ireland PEACEPLUS action plan; a Welsh Church Act
    # Fund committee's cover box of recommendations). First run (at ae98c6d): seg_edges 0.968, rec_f1 0.914, rec_text
    # 0.842, addressees 16 of 16 found. Since: a row across a table titles the asks under it, "Name of Committee" is a
    # cover field: rec_f1 1.0, rec_text 1.0, addressees 19 of 19
    "reports68": {"seg_f1": 1.0, "seg_edges": 0.96, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, an eleventh blind set, round 74 (a PEACEPLUS action plan, tenant satisfaction
    # measures, domestic abuse safe accommodation as a web page, a ward community fund, a cycling and walking plan; 251
    # paragraph themes). First run (at ae98c6d): seg_edges 0.989, every other metric 1.0, addressees 18 of 18; themes in
    # tests/test_themes_heldout.py
    "reports69": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-fifth sample, written blind in round 75 (a Portfolio Holder's briefing note with
    # its verdicts last; a report to Cabinet with its own decisions and an action plan; a plain-text notice of Cabinet
    # decisions answering two recommendations in one). First run (at cc22d60): resp_text 0.63, stance 0.926, progress
    # 0.852, every other metric 1.0, addressees 29 of 29; unchanged
    "alignment184": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.62, "stance": 0.92,
                     "progress": 0.85, "link_f1": 1.0},
    # the ordinary national pair, a twenty-third sample, written blind in round 75 (a Domestic Abuse Commissioner's report
    # and the Government's GOV.UK response by theme; an Older People's Commissioner for Wales report and the minister's
    # letter; an Environmental Standards Scotland investigation and the Scottish Government's unlabelled table). First run
    # (at cc22d60): rec_f1 0.778, rec_text 0.636, resp_f1 0.873, resp_text 0.758, stance 0.667, progress 0.636, link_f1
    # 0.528, addressees 19 of 21 found. Since: a number column after the answer labels no row: rec_f1 1.0, rec_text 1.0,
    # resp_f1 0.985, resp_text 0.788, stance 0.697, progress 0.667, link_f1 0.80, addressees 30 of 33
    "alignment185": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.78, "stance": 0.69,
                     "progress": 0.66, "link_f1": 0.8},
    # partners in their own house style, a nineteenth sample, written blind in round 75 (a booking system supplier's
    # public feedback board; a BID's annual report scorecard grouped under titles; a library trust's consultation
    # document closing each part "This responds to the Commission's recommendation N"). First run (at cc22d60): resp_f1
    # 0.526, resp_text 0.0, stance 0.185, progress 0.111, link_f1 0.486, addressees 32 of 34. Since: a closing line that
    # says what it responds to, a title across a table's rows, a lead-in that names the quoted recommendation: resp_f1
    # 0.963, resp_text 0.593, stance 0.741, progress 0.37, link_f1 0.755
    "alignment186": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.96, "resp_text": 0.59, "stance": 0.77,
                     "progress": 0.4, "link_f1": 0.75},
    # the ordinary progress update, a nineteenth sample, written blind in round 75 (an officer's sign-off report; a web
    # page by lead service, its answers out of the report's order under headings with status badges; progress as an
    # annex to the committee's next scoping document). First run (at cc22d60): resp_text 0.655, stance 0.793, progress
    # 0.655, link_f1 0.724, every other metric 1.0, addressees 32 of 32. Since: a heading that names a recommendation
    # beside its badge labels its quotation: stance 0.931, progress 0.759, link_f1 1.0
    "alignment187": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.65, "stance": 0.93,
                     "progress": 0.75, "link_f1": 1.0},
    # the ordinary officer report, a twenty-second sample, written blind in round 75 (a Scottish islands council's
    # committee report; a Word report with a summary table; a Cabinet Advisory Board page; a policy development and
    # scrutiny panel report; a joint committee sitting as a crime and disorder committee). First run (at cc22d60):
    # seg_edges 0.991, every other metric 1.0, addressees 10 of 16 found. Since: an islands council is a council, a
    # meeting line with a colon, "Report by" an officer: addressees 12 of 16; a field with two names ("MEETING/DECISION
    # MAKER:"), a letterhead row with its agenda item: 15 of 16
    "reports70": {"seg_f1": 1.0, "seg_edges": 0.99, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a twelfth blind set, round 75 (a Household Support Fund report, a community
    # lottery, a polling district review, a modern slavery statement, a heritage strategy; 220 paragraph themes). First
    # run (at cc22d60): rec_text 0.95 (a decision's "Reason:" line kept), every other metric 1.0, addressees 17 of 20;
    # themes in tests/test_themes_heldout.py
    "reports71": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-sixth sample, written blind in round 76 (a committee-system district's officer
    # report with the answers in an appendix table, each ending "Proposed response: ..."; a London borough's report to
    # Mayor and Cabinet quoting each recommendation in a shaded box; a Scottish policy committee convener's letter).
    # First run (at 896387f): resp_text 0.926, stance 0.704, progress 0.593, every other metric 1.0, addressees 32 of 32.
    # Since: a verdict printed in its field after the narrative decides: stance 0.852, progress 0.63
    "alignment188": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.92,
                     "progress": 0.66, "link_f1": 1.0},
    # the ordinary national pair, a twenty-fourth sample, written blind in round 76 (a Civil Justice Council report and
    # the Ministry of Justice's GOV.UK response by theme; a Scottish Veterans Commissioner report and the Scottish
    # Government's response; an Information Commissioner's report and the Department for Education's letter with an
    # unnumbered annex table). First run (at 896387f): resp_f1 0.985, resp_text 0.848, stance 0.788, progress 0.758,
    # link_f1 0.892, addressees 26 of 33. Since: "Most are for X" states the default, a working group's report is no
    # officer's paper: addressees 27 of 33
    "alignment189": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.84, "stance": 0.78,
                     "progress": 0.75, "link_f1": 0.89},
    # partners in their own house style, a twentieth sample, written blind in round 76 (a school caterer's contract
    # change note; a diocese's covering letter over the Archdeacon's letter to clergy, no number over any answer; a
    # wildlife trust's slides printed as notes pages). First run (at 896387f): resp_f1 0.81, resp_text 0.08, stance 0.40,
    # progress 0.44, link_f1 0.81, addressees 38 of 39. Since: a covering letter sends the paper that answers, a head
    # that takes up the report's title heads the introduction, one answer may take two asks: resp_f1 1.0, resp_text
    # 0.40, stance 0.60, progress 0.64, link_f1 1.0
    "alignment190": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.4, "stance": 0.6,
                     "progress": 0.64, "link_f1": 1.0},
    # the ordinary progress update, a twentieth sample, written blind in round 76 (a scrutiny management board's
    # six-monthly monitoring report across every tracked review; a Director's service update in numbered paragraphs; a
    # Cabinet report adopting a strategy, its appendix recalling the response). First run (at 896387f): resp_f1 0.941,
    # resp_text 0.312, stance 0.844, progress 0.781, link_f1 0.815, addressees 38 of 38; unchanged
    "alignment191": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.94, "resp_text": 0.31, "stance": 0.84,
                     "progress": 0.78, "link_f1": 0.81},
    # the ordinary officer report, a twenty-third sample, written blind in round 76 (a Scottish council's community
    # council scheme review; a Word report in Heading styles; a Cabinet web page of collapsible sections; a select
    # committee's report on the LADO annual report; a Northern Ireland council's report with unlabelled bullet
    # decisions). First run (at 896387f): every metric 1.0, addressees 17 of 17; unchanged
    "reports72": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a thirteenth blind set, round 76 (a holiday activities programme, an
    # age-friendly plan, a community centres review, a quarterly performance report, a housing business plan; 271
    # paragraph themes). First run (at 896387f): every metric 1.0, addressees 18 of 18; themes in
    # tests/test_themes_heldout.py
    "reports73": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-seventh sample, written blind in round 77 (a metropolitan borough's whole
    # Cabinet agenda pack, the response an item among the minutes and the Forward Plan; a Portfolio Holder's written
    # statement to Council under topic headings of her own, no letters; a management plan's appendix). First run (at
    # 347fc78): resp_f1 0.958, resp_text 0.76, stance 0.76, progress 0.60, link_f1 0.792, every other metric 1.0,
    # addressees 23 of 27. Since: a name never runs across a text file's columns: addressees 27 of 27
    "alignment192": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.95, "resp_text": 0.76, "stance": 0.76,
                     "progress": 0.6, "link_f1": 0.79},
    # the ordinary national pair, a twenty-fifth sample, written blind in round 77 (a Scottish Land Commission review
    # and the Scottish Government's web response; a Commissioner for Older People for Northern Ireland review and the
    # Department of Health's Word response quoting each recommendation without its number; a radon review and the
    # Government's response). First run (at 347fc78): rec_f1 0.985, stance 0.818, progress 0.879, every other metric
    # 1.0, addressees 31 of 33; unchanged
    "alignment193": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.81,
                     "progress": 0.87, "link_f1": 1.0},
    # partners in their own house style, a twenty-first sample, written blind in round 77 (an estate management company's
    # numbered budget notes, the notes that answer shaded "Scrutiny review" and numbered its own way; a show society's
    # event debrief with "What went well | Even better if" tables; an adventure park's social media thread pasted into
    # an e-mail, no number over any answer). First run (at 347fc78): resp_f1 0.625, resp_text 0.069, stance 0.31,
    # progress 0.31, link_f1 0.375, every other metric 1.0, addressees 39 of 39. Since: a tagged title line is a line of
    # text and heads numbered in words ("Note 6") name their answers (9 of 10 budget notes found, none at first)
    "alignment194": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.84, "resp_text": 0.34, "stance": 0.48,
                     "progress": 0.44, "link_f1": 0.63},
    # the ordinary progress update, a twenty-first sample, written blind in round 77 (an implementation project's
    # closure report with a "Delivered?" column; a task group's update to those who took part, "Where it stands:" under
    # each; a scrutiny Chair's report to full Council). First run (at 347fc78): rec_f1 0.889, rec_text 0.903, resp_f1
    # 0.968, resp_text 0.60, stance 0.80, progress 0.633, link_f1 1.0, addressees 28 of 28. Since: two papers never
    # answer each other, and a record's next field holds the answer: rec_f1 1.0, rec_text 1.0, resp_text 0.967
    "alignment195": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.8,
                     "progress": 0.63, "link_f1": 1.0},
    # the ordinary officer report, a twenty-fourth sample, written blind in round 77 (a town green application to a
    # regulation committee; music service charges; school crossing patrols as number | text tables; sports grants; a
    # Scottish core paths plan with its decisions first). First run (at 347fc78): rec_text 0.947, every other metric 1.0,
    # addressees 19 of 19; unchanged
    "reports74": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 0.94},
    # themes in ordinary council papers, a fourteenth blind set, round 77 (school admissions, an allotments strategy,
    # the complaints report with the Ombudsman's letter, a suicide prevention strategy, a BID renewal ballot; 250
    # paragraph themes). First run (at 347fc78): rec_f1 0.895 (a decision's own items (i)-(iii) read as decisions),
    # rec_text 0.944, every other metric 1.0, addressees 17 of 17; themes in tests/test_themes_heldout.py. Since: the
    # contents a decision names stay in it: rec_f1 1.0, rec_text 1.0
    "reports75": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-eighth sample, written blind in round 78 (a mayoral metropolitan borough's
    # supplementary agenda pack, the response an appendix to the scrutiny officer's covering report; a London borough
    # Cabinet Member's letter saved from Word as a web page; a Welsh county's Cabinet minutes answering each
    # recommendation in indirect speech under heads titled in lower case). First run (at c28760f): rec_f1 0.967,
    # resp_f1 0.851, resp_text 0.704, stance 0.63, progress 0.556, link_f1 0.851, addressees 28 of 29. Since: heads
    # titled in lower case answer in minutes, and a resolution's items are decisions taken (the minutes: 3 of 10
    # answers found, now 10 of 10)
    "alignment196": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.92,
                     "progress": 0.74, "link_f1": 1.0},
    # the ordinary national pair, a twenty-sixth sample, written blind in round 78 (a Healthcare Inspectorate Wales
    # review and the Welsh Government's web response in tables by addressee; an Inspectorate of Prosecution in Scotland
    # review and the Crown Office's response by theme; a Prisons and Probation Ombudsman review and HMPPS's response,
    # which prints no recommendation numbers). First run (at c28760f): resp_f1 0.984, resp_text 0.938, stance 0.875,
    # progress 0.656, link_f1 0.984, every other metric 1.0, addressees 29 of 32. Since: a cell that quotes two under
    # their printed references ("R7 ... R8 ...") answers both: every metric 1.0 but stance 0.906 and progress 0.687
    "alignment197": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.9,
                     "progress": 0.68, "link_f1": 1.0},
    # partners in their own house style, a twenty-second sample, written blind in round 78 (an Army garrison's letter,
    # lettered sub-paragraphs "Recommendation N – title." and an annex; a students' union motion as passed, answering
    # under resolve numbers of its own; a park home site owner's covering letter and statutory proposal notice).
    # First run (at c28760f): resp_f1 0.732, resp_text 0.0, stance 0.423, progress 0.346, link_f1 0.537, addressees 39
    # of 39. Since: a run-in title after a lettered head is no answer, a text file's title stands over its byline
    "alignment198": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.91, "resp_text": 0.5, "stance": 0.57,
                     "progress": 0.5, "link_f1": 0.75},
    # the ordinary progress update, a twenty-second sample, written blind in round 78 (a Director of Public Health's
    # paper to the Health and Wellbeing Board; section 7 of a Building Control Service Plan; a Cabinet Member's decision
    # report on a rental e-scooter trial with no printed status). First run (at c28760f): resp_f1 0.951, progress 0.828,
    # every other metric 1.0, addressees 31 of 35; unchanged
    "alignment199": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.95, "resp_text": 1.0, "stance": 1.0,
                     "progress": 0.82, "link_f1": 1.0},
    # the ordinary officer report, a twenty-fifth sample, written blind in round 78 (a Prevent duty report marked
    # OFFICIAL on every page; a town and parish council charter; a kinship local offer web page with an "On this page"
    # list; an employment and skills plan; a Borough of Sanctuary report with sub-headings over paragraphs 4.1.1-4.3.2).
    # First run (at c28760f): every metric 1.0, addressees 18 of 18; unchanged
    "reports76": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a fifteenth blind set, round 78 (a youth justice plan with side headings, home
    # to school transport with a landscape table, equality objectives as a web page, flood risk, physical activity; 272
    # paragraph themes). First run (at c28760f): seg_f1 0.995, seg_edges 0.979, every other metric 1.0, addressees 17 of
    # 17; themes in tests/test_themes_heldout.py
    "reports77": {"seg_f1": 0.99, "seg_edges": 0.97, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a twenty-ninth sample, written blind in round 79 (a county's recommendations section
    # re-issued with each Cabinet response in a shaded box; an elected Mayor's "Decision details" web page; a
    # metropolitan borough's Cabinet report whose decisions sort the recommendations by verdict). First run (at
    # 5b0dfbd): resp_text 0.704, stance 0.889, progress 0.704, every other metric 1.0, addressees 32 of 32; since: a
    # titled head for several over the paper's own numbered paragraphs: resp_text 1.0, stance 0.926, progress 0.741
    "alignment200": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 1.0, "stance": 0.92,
                     "progress": 0.74, "link_f1": 1.0},
    # the ordinary national pair, a twenty-seventh sample, written blind in round 79 (Healthwatch England and NHS
    # England's web page; the Mental Welfare Commission for Scotland and the Scottish Government's response quoting
    # each recommendation without its number; the Public Services Ombudsman for Wales's lettered recommendations and a
    # minister's letter with an annex). First run (at 5b0dfbd): resp_text 0.941, stance 0.853, progress 0.676, every
    # other metric 1.0, addressees 16 of 34. Since: a head that says whom the asks under it are for: addressees 28
    "alignment201": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.94, "stance": 0.85,
                     "progress": 0.67, "link_f1": 1.0},
    # partners in their own house style, a twenty-third sample, written blind in round 79 (a logistics operator's
    # Travel Plan monitoring report; an independent school Bursar's letter with draft heads of terms, a "Scrutiny rec."
    # column; a theatre trust's access statement web page, "What's changed" boxes, no number over any answer). First
    # run (at 5b0dfbd): resp_f1 0.691, resp_text 0.345, stance 0.414, progress 0.483, link_f1 0.792, addressees 39 of
    # 39; unchanged
    "alignment202": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.69, "resp_text": 0.34, "stance": 0.41,
                     "progress": 0.48, "link_f1": 0.79},
    # the ordinary progress update, a twenty-third sample, written blind in round 79 (the Cabinet's annual fees and
    # charges report with a progress table; an internal audit follow-up, one table per recommendation; a Licensing
    # Committee report with no printed status). First run (at 5b0dfbd): resp_f1 0.985, resp_text 0.969, stance 0.969,
    # progress 0.844, every other metric 1.0, addressees 36 of 37; unchanged
    "alignment203": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.96, "stance": 0.96,
                     "progress": 0.84, "link_f1": 1.0},
    # the ordinary officer report, a twenty-sixth sample, written blind in round 79 (council housing rents; a local
    # welfare assistance scheme, its decisions in a shaded box; a tree management policy web page; a Welsh conservation
    # area appraisal with bilingual labels; a street market review, its recommendations last). First run (at 5b0dfbd):
    # every metric 1.0, addressees 18 of 18; unchanged
    "reports78": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a sixteenth blind set, round 79 (an early help strategy, bulky waste charges,
    # the Renters' Rights Act, Local Area Coordination, ESOL provision; 256 paragraph themes). First run (at 5b0dfbd):
    # rec_text 0.941, every other metric 1.0, addressees 17 of 17; themes in tests/test_themes_heldout.py
    "reports79": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 0.94},
    # the ordinary council pair, a thirtieth sample, written blind in round 80 (a city's Executive Member Decision Session
    # minutes answering in the clause that records her decision; a Scottish council's Management Response and Action Plan,
    # the recommendations graded; a district scrutiny officer's work programme report passing on the Cabinet's response,
    # its own decisions (a)-(c) beside titled heads (b)-(h)). First run (at f407217): rec_f1 0.943, rec_text 0.926,
    # resp_f1 0.979, resp_text 0.625, stance 0.958, progress 0.667, link_f1 0.979, addressees 24 of 25; now rec_f1 1.000,
    # rec_text 1.000, resp_f1 1.000, resp_text 0.917, stance 1.000, progress 0.750, addressees 26 of 27 found
    "alignment204": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.91, "stance": 1.0,
                     "progress": 0.75, "link_f1": 0.97},
    # the ordinary national pair, a twenty-eighth sample, written blind in round 80 (an Office of Rail and Road review and
    # the DfT's page by theme, no numbers; a Police Ombudsman for Northern Ireland review and the PSNI's letter with an
    # annex table; a Care Inspectorate Wales review and the Welsh Government's response). First run (at f407217):
    # resp_text 0.968, stance 0.935, progress 0.774, every other metric 1.0, addressees 25 of 31; now
    # addressees 29 of 31 (a lead-in that says whom the recommendations are for)
    "alignment205": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.96, "stance": 0.93,
                     "progress": 0.77, "link_f1": 1.0},
    # partners in their own house style, a twenty-fourth sample, written blind in round 80 (a parking app provider's
    # release notes, answers tagged "Wistowe scrutiny · rec N"; a market operator's exhibition boards, "You asked us to:"
    # with status badges, no numbers; a grounds contractor's team brief, sub-heads ending "(recommendation c)"). First run
    # (at f407217): rec_f1 0.987, resp_f1 0.0, every answer metric 0.0, links 0.0, addressees 38 of 39; now resp_f1 0.877,
    # resp_text 0.464, stance 0.536, progress 0.393, link_f1 0.679
    "alignment206": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 0.87, "resp_text": 0.46, "stance": 0.53,
                     "progress": 0.39, "link_f1": 0.67},
    # the ordinary progress update, a twenty-fourth sample, written blind in round 80 (a Schools Forum paper with an
    # appendix tracker; a tenants' panel web page whose answers print no number; a parish forum PDF with a lettered RAG
    # bar over each answer). First run (at f407217): resp_f1 0.816, resp_text 0.345, stance 0.621, progress 0.517, link_f1
    # 0.816, every other metric 1.0, addressees 32 of 32; now rec_f1 0.985, resp_f1 1.000, stance 0.931, progress 0.759,
    # link_f1 1.000
    "alignment207": {"rec_f1": 0.98, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.34, "stance": 0.93,
                     "progress": 0.75, "link_f1": 1.0},
    # the ordinary officer report, a twenty-seventh sample, written blind in round 80 (SEND places with side headings; a
    # voluntary sector premises policy; a cycle hangars web page; a Scottish school term dates report with calendar
    # tables; a Welsh local plan delivery agreement). First run (at f407217): seg_f1 0.996, seg_edges 0.991, every other
    # metric 1.0, addressees 18 of 18; unchanged
    "reports80": {"seg_f1": 0.99, "seg_edges": 0.99, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a seventeenth blind set, round 80 (apprenticeships, fostering, an urban tree
    # strategy web page with a captioned photograph, burial space and fees, an Article 4 Direction; 204 paragraph themes).
    # First run (at f407217): seg_edges 0.99, every other metric 1.0, addressees 16 of 16; themes in
    # tests/test_themes_heldout.py; now seg_edges 1.000
    "reports81": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # the ordinary council pair, a thirty-first sample, written blind in round 81 (a county's recommendations table with a
    # Reason column and a Cabinet report's merged response cell; a Welsh county borough's web page "(i)"-"(x)" and the
    # Cabinet's PDF response ending each answer "Cabinet decision:"; a committee-system district's minutes,
    # "Recommendation N" heads over the responses resolved). First run (at ba77812): resp_f1 0.875, resp_text 0.704,
    # stance 0.704, progress 0.593, link_f1 0.851, every other metric 1.0, addressees 28 of 29; now resp_f1 1.000,
    # resp_text 0.889, stance 0.926, progress 0.778, link_f1 0.981
    "alignment208": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 1.0, "resp_text": 0.88, "stance": 0.92,
                     "progress": 0.77, "link_f1": 0.98},
    # the ordinary national pair, a twenty-ninth sample, written blind in round 81 (HM Inspectorate of Prisons for
    # Scotland and the Scottish Prison Service, recommendations numbered on across chapters; the National Data Guardian
    # and a GOV.UK response; the NI Children's Commissioner, "Responsibility:" under each ask, and the Department of
    # Education's letter). First run (at ba77812): rec_f1 0.842, rec_text 0.394, resp_text 0.939, stance 0.939, progress
    # 0.879, link_f1 0.842, addressees 12 of 24; now rec_text 0.727, addressees 23 of 24 (a responsibility field)
    "alignment209": {"rec_f1": 0.84, "rec_text": 0.72, "resp_f1": 1.0, "resp_text": 0.93, "stance": 0.93,
                     "progress": 0.87, "link_f1": 0.84},
    # partners in their own house style, a twenty-fifth sample, written blind in round 81 (a treatment centre's Quality
    # Account extract; a solar developer's Statement of Community Consultation, "How we have had regard to it"; a credit
    # union's AGM page, no number over any answer). First run (at ba77812): rec_f1 0.976, resp_f1 0.766, resp_text 0.345,
    # stance 0.379, progress 0.207, link_f1 0.426, addressees 38 of 40; now rec_f1 1.000, resp_f1 0.982, resp_text 0.690,
    # stance 0.655, progress 0.414, link_f1 0.655
    "alignment210": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.68, "stance": 0.65,
                     "progress": 0.41, "link_f1": 0.65},
    # the ordinary progress update, a twenty-fifth sample, written blind in round 81 (an Area Committee report on shop
    # front grants; a Corporate Parenting Panel report; a Joint Consultative Committee report on support for staff who are
    # carers). First run (at ba77812): resp_f1 0.982, resp_text 0.929, stance 0.821, progress 0.821, link_f1 0.809, every
    # other metric 1.0, addressees 32 of 32; unchanged
    "alignment211": {"rec_f1": 1.0, "rec_text": 1.0, "resp_f1": 0.98, "resp_text": 0.92, "stance": 0.82,
                     "progress": 0.82, "link_f1": 0.8},
    # the ordinary officer report, a twenty-eighth sample, written blind in round 81 (charter trustees' budget and
    # precept; a parking partnership's permit charges; a corporate enforcement policy web page; a Scottish licensing
    # board's annual report; commemorative plaques with a cover page). First run (at ba77812): every metric 1.0,
    # addressees 15 of 19; unchanged
    "reports82": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, an eighteenth blind set, round 81 (sexual health, the UK Shared Prosperity Fund's
    # close, elective home education, a workforce strategy, local government reorganisation; 237 paragraph themes). First
    # run (at ba77812): seg_edges 0.99, every other metric 1.0, addressees 16 of 16; themes in
    # tests/test_themes_heldout.py; unchanged
    "reports83": {"seg_f1": 1.0, "seg_edges": 0.98, "rec_f1": 1.0, "rec_text": 1.0},
    # themes in ordinary council papers, a sixth blind set, round 68 (a highway asset management plan, an empty homes
    # policy, a procurement strategy as a Word web page, an internal audit plan, a digital inclusion strategy; 280
    # paragraph themes). First run (at 1931d74): every metric 1.0, addressees 17 of 17; themes in
    # tests/test_themes_heldout.py
    "reports58": {"seg_f1": 1.0, "seg_edges": 1.0, "rec_f1": 1.0, "rec_text": 1.0},
}
# Share of the recommendations whose addressees are right, and how many (round 66's first runs: alignment148 21 of 30,
# alignment149 15 of 28, alignment150 39 of 40, alignment151 30 of 31, reports54 21 of 21, reports55 9 of 11; round 67's: alignment152 18 of 18
# found, alignment153 19 of 20, alignment154 35 of 35, alignment155 31 of 32, reports56 19 of 19; round 68's:
# alignment156 11 of 12 found, alignment157 27 of 29, alignment158 38 of 40, alignment159 33 of 34, reports57 14 of 17,
# reports58 17 of 17; round 69's: alignment160 11 of 14 found, alignment161 16 of 19, alignment162 37 of 38, alignment163
# 31 of 32, reports59 14 of 14 found; round 70's: alignment164 31 of 33, alignment165 9 of 11 found, alignment166 28 of
# 30, alignment167 28 of 31, reports60 15 of 20, reports61 16 of 16; round 71's: alignment168 30 of 31, alignment169 25
# of 30, alignment170 37 of 40, alignment171 21 of 30, reports62 18 of 18, reports63 15 of 19; round 72's: alignment172
# 28 of 28, alignment173 25 of 29, alignment174 36 of 37, alignment175 31 of 31, reports64 18 of 18, reports65 19 of 19;
# round 73's: alignment176 31 of 31, alignment177 20 of 21 found, alignment178 27 of 38, alignment179 32 of 33, reports66
# 18 of 18, reports67 17 of 17; round 74's: alignment180 23 of 27, alignment181 18 of 19 found, alignment182 37 of 37,
# alignment183 34 of 34, reports68 16 of 16 found, reports69 18 of 18; round 75's: alignment184 29 of 29, alignment185 19
# of 21 found, alignment186 32 of 34, alignment187 32 of 32, reports70 10 of 16 found, reports71 17 of 20; round 76's:
# alignment188 32 of 32, alignment189 26 of 33, alignment190 38 of 39, alignment191 38 of 38, reports72 17 of 17,
# reports73 18 of 18; round 77's: alignment192 23 of 27, alignment193 31 of 33, alignment194 39 of 39, alignment195 28
# of 28, reports74 19 of 19, reports75 17 of 17; round 78's: alignment196 28 of 29, alignment197 29 of 32, alignment198
# 39 of 39, alignment199 31 of 35, reports76 18 of 18, reports77 17 of 17; round 79's: alignment200 32 of 32,
# alignment201 16 of 34, alignment202 39 of 39, alignment203 36 of 37, reports78 18 of 18, reports79 17 of 17; round 80's:
# alignment204 24 of 25 found, alignment205 25 of 31, alignment206 38 of 39, alignment207 32 of 32, reports80 18 of 18,
# reports81 16 of 16; round 81's: alignment208 28 of 29, alignment209 12 of 24 found, alignment210 38 of 40, alignment211
# 32 of 32, reports82 15 of 19, reports83 16 of 16).
# alignment3: 23 of 23 (round 8: "the registered providers of social housing", a lower-case body with a modifier)
# alignment4: 25 of 25 (its first run: 12 right of the 18 recommendations it found)
# alignment5: 27 of 27 at its first run
# alignment6: 27 of 27 (its first run: 17; "the Trust and Harlingford and Wyle Integrated Care Board" is two bodies)
# alignment7: 24 of 24 (its first run: 19; "the Council" in a borough's paper that often names the county)
# alignment8: 20 of 20 (its first run: 14 of the 14 found)
# alignment9: 19 of 19 (its first run: 14; a department's name with a comma, "Department for Science, Innovation and
#   Technology", read as its tail, the body of a second clause with its own modal missed, and "the Council and
#   Kestmoor Fire and Rescue Service" left whole); alignment10: 32 of 32 at its first run
# reports2: 19 of 20 (its first run: 13 of 14; "Members are asked to note": the gold names the panel)
# alignment11: 20 of 20 at its first run; alignment12: 28 of 29 at its first run (three housing associations
#   named by a list the reader ends at the first); reports3: 21 of 21 (its first run: 16 of 17; a passive decision under a cover that names its body in capitals)
# alignment13: 31 of 32 at its first run ("the ICB and Ferrisdale County Council" left whole); alignment14: 26 of 26 (its
#   first run: 11 of the 11 found); reports4: 10 of 15 at its first run (a committee's report asks "the Committee", which
#   its gold names in full; now 21 of 21: a cover list's field name "Committee" is no body, its value names it); alignment15: 30 of 30 at its first run; alignment16: 20 of 20 (its first
#   run: 10 of 13; lettered parts under "2. That the Cabinet Member for ... by:" took the executive by default);
#   reports5: 17 of 17 (its first run: 13 of the 13 found); alignment17: 20 of 20 (its first run: 16 of the 16 found);
#   reports6: 21 of 21 (its first run: 13 of the 13 found); alignment18: 19 of 20 at its first run (its gold drops
#   the "Council's" of "the Council's Director of Public Health"); reports7: 20 of 20 (its first run: 14 of the 14 found; the floating box read in round 12)
#   (round 12) alignment19: 31 of 31 at its first run; alignment20: 24 of 24 (its first run: 11 of the 11 found);
#   alignment21: 34 of 34 (its first run: 8 of the 8 found); reports8: 26 of 26 (its first run: 16 of 17, an issue
#   page's "Decision maker: Cabinet" read as no officer report); alignment22: 21 of 30 at its first run's 10 found, now 21 of
#   30 (its gold names "the Department" as printed, where the reader names it in full, "Department for Communities", as
#   reports4's gold asks); alignment23: 21 of 21 at its first run; reports9: 12 of 13 (its first run: 2 of 2 found; an officer decision
#   record's decision taker is named on its second page, past the cover the reader reads)
#   (round 13) reports5: 20 of 20 (its roman items now labelled as printed); alignment24: 15 of 16 (its first run: 0 of
#   the 3 found, "By 31 March 2026, the chief constable should" read as the Government's); alignment25: 13 of 13 (its
#   first run: 6 of the 6 found); alignment26: 13 of 22 (its first run: 12 of 19; a Healthwatch report's imperatives
#   name no one and its lead-in says "for the home", which the reader does not resolve to the home's name, so they take
#   the national default; "Ofsted and the Department" named in full); reports10: 25 of 25 (its first run: 17 of 22,
#   "Cabinet ... RECOMMENDS Council to:" read as the executive's)
#   (round 14) alignment24: 19 of 20 (the coroner's four concerns read: each for those of the bodies the report is
#   sent to that it names); alignment27: 15 of 19 (its first run: 8 of 11 found; imperatives boxed in a peer
#   challenge's narrative take the executive by default; 17 since round 37, a body named in lower case by its kind read as
#   printed; 19 since round 63, the list's bare numbers 1 to 7 one list under its lead-in "key
#   recommendations to Wendleby Borough Council:", where items 5 and 7 had been read as the chapters' numbers); alignment28: 19 of 24 (its first run: 14 of 19; its gold
#   keeps "Registered Providers operating in the borough" whole, where reports's gold cuts "NHS trusts providing
#   maternity services" to "NHS trusts", as the reader does); reports11: 15 of 21 (its first run: 9 of 15; "the
#   Integration Joint Board" not resolved to "Dunmorven Integration Joint Board", "the Sub-Committee" to "Licensing
#   Sub-Committee")
#   (round 43) alignment82: 20 of 30 (its first run: 20). Seven where its gold keeps the short name printed ("the
#   Council", "the Safeguarding Adults Board") and the reader names the body the document names in full ("Tarnby
#   Council"); two where the gold keeps "All" ("All partner agencies"), which the reader drops as it drops "the"; one,
#   "All agencies represented on the panel", read as the report's default body at first and as "agencies" since
#   (round 44) alignment84: 34 of 37 (its first run: 33; "the district councils around the lough should" read since; the
#   second of two that-clauses, "and that the Scottish Government supports them", is not read; "the district councils
#   in the Lough Neagh catchment" is not read at all); 35 since recommendation 8 is read from the label printed on it
ADDRESSEE_FLOORS = {"alignment": (30, 1.0), "alignment2": (20, 1.0), "alignment3": (23, 1.0), "alignment4": (25, 1.0),
                    "alignment5": (27, 1.0), "alignment6": (27, 1.0), "alignment7": (24, 1.0),
                    "alignment8": (20, 1.0), "alignment9": (19, 1.0), "alignment10": (32, 1.0),
                    "alignment11": (20, 1.0), "alignment12": (28, 0.96), "reports3": (21, 1.0),
                    "reports": (30, 1.0), "reports2": (20, 1.0), "alignment13": (31, 0.96),
                    "alignment14": (26, 1.0), "reports4": (21, 1.0), "alignment15": (30, 1.0),
                    "alignment16": (20, 1.0), "reports5": (20, 1.0), "alignment17": (20, 1.0),
                    "reports6": (21, 1.0), "alignment18": (19, 0.95), "reports7": (20, 1.0),
                    "alignment19": (31, 1.0), "alignment20": (24, 1.0), "alignment21": (34, 1.0), "reports8": (26, 1.0),
                    "alignment22": (21, 0.70), "alignment23": (21, 1.0), "reports9": (12, 0.92),
                    "alignment24": (20, 1.0), "alignment25": (13, 1.0), "alignment26": (13, 0.59), "reports10": (25, 1.0),
                    "alignment27": (19, 1.0), "alignment28": (19, 0.79), "reports11": (19, 0.9),
                    "alignment29": (26, 1.0), "alignment30": (21, 0.77), "alignment31": (21, 0.8), "reports12": (29, 1.0),
                    "alignment32": (22, 1.0), "alignment33": (27, 1.0), "alignment34": (23, 1.0), "alignment35": (23, 0.85),
                    "reports13": (21, 1.0), "alignment36": (21, 0.84), "alignment37": (27, 1.0), "reports14": (28, 1.0),
                    "alignment38": (16, 0.55), "alignment39": (26, 1.0), "reports15": (19, 1.0),
                    "alignment40": (26, 1.0), "reports16": (19, 1.0), "reports17": (23, 1.0), "alignment41": (23, 1.0),
                    "alignment42": (22, 0.88), "alignment43": (24, 0.96), "reports18": (20, 0.66),
                    "alignment44": (20, 1.0), "reports19": (19, 1.0), "alignment45": (25, 1.0), "reports20": (20, 1.0),
                    "alignment46": (24, 0.96), "reports21": (11, 0.61),
                    "alignment47": (29, 1.0), "reports22": (17, 1.0),
                    "alignment48": (20, 0.76), "alignment49": (32, 1.0), "alignment50": (14, 0.63),
                    "reports23": (11, 0.78), "alignment51": (30, 1.0), "reports24": (19, 1.0),
                    "reports25": (18, 0.85), "alignment52": (14, 0.56),
                    "reports26": (15, 0.57), "alignment53": (29, 1.0), "alignment54": (20, 0.68),
                    "reports27": (18, 1.0), "alignment55": (29, 1.0),
                    "alignment56": (28, 0.93), "alignment57": (26, 0.92), "alignment58": (27, 1.0),
                    "alignment59": (22, 0.88), "reports28": (19, 1.0), "alignment60": (28, 1.0),
                    "alignment61": (24, 1.0), "alignment62": (27, 1.0), "reports29": (19, 1.0),
                    "alignment63": (27, 1.0), "alignment64": (25, 1.0), "alignment65": (24, 0.96),
                    "alignment66": (23, 1.0), "alignment67": (24, 1.0), "reports30": (17, 1.0),
                    "alignment68": (12, 0.66), "alignment69": (21, 1.0), "reports31": (17, 1.0),
                    "alignment70": (19, 1.0), "reports32": (15, 1.0),
                    "alignment71": (8, 0.44), "alignment72": (39, 1.0), "reports33": (22, 1.0),
                    "alignment73": (36, 0.97), "alignment74": (36, 0.94), "reports34": (18, 1.0),
                    "alignment75": (36, 0.97), "reports35": (13, 0.81),
                    "alignment76": (36, 0.97), "alignment77": (39, 1.0), "reports36": (18, 0.81),
                    "alignment78": (37, 1.0), "reports37": (17, 1.0),
                    "alignment79": (37, 1.0), "alignment80": (37, 1.0), "reports38": (18, 1.0),
                    "alignment81": (36, 1.0), "reports39": (38, 1.0),
                    "alignment82": (20, 0.66), "alignment83": (37, 1.0), "reports40": (16, 1.0),
                    "alignment84": (35, 0.94), "alignment85": (37, 1.0),
                    "alignment86": (30, 0.93), "alignment87": (36, 1.0), "reports41": (18, 1.0), "reports42": (15, 1.0),
                    "alignment88": (36, 1.0), "reports43": (15, 1.0), "alignment89": (26, 0.86), "alignment90": (36, 1.0),
                    "alignment91": (27, 1.0), "alignment92": (36, 1.0), "reports44": (14, 1.0),
                    "alignment93": (36, 1.0), "alignment94": (29, 1.0), "reports45": (18, 1.0), "alignment95": (36, 1.0),
                    "alignment96": (38, 1.0), "alignment97": (36, 1.0), "alignment98": (36, 1.0), "alignment99": (36, 1.0),
                    "alignment100": (28, 0.77), "alignment101": (31, 0.86), "alignment102": (36, 1.0),
                    "alignment103": (25, 0.86), "alignment104": (33, 0.97), "alignment105": (33, 0.91),
                    "reports46": (18, 1.0), "alignment106": (36, 1.0), "alignment107": (36, 1.0), "alignment108": (36, 1.0),
                    "alignment109": (36, 1.0), "alignment110": (36, 1.0), "alignment111": (31, 0.96),
                    "alignment112": (32, 1.0), "alignment113": (36, 1.0), "alignment114": (36, 1.0),
                    "alignment115": (30, 1.0), "alignment116": (31, 0.96), "alignment117": (31, 0.86),
                    "alignment118": (38, 1.0), "alignment119": (39, 0.95), "alignment120": (30, 1.0),
                    "alignment121": (32, 0.88), "alignment122": (38, 0.95), "reports47": (17, 1.0),
                    "alignment123": (31, 0.93), "alignment124": (32, 0.96), "alignment125": (39, 0.92),
                    "alignment126": (34, 1.0), "alignment127": (31, 0.93), "alignment128": (29, 0.87),
                    "alignment129": (28, 0.7), "reports48": (21, 1.0), "alignment130": (31, 0.96),
                    "alignment131": (32, 0.96), "alignment132": (40, 0.95), "reports49": (18, 1.0),
                    "alignment133": (40, 0.97), "alignment134": (29, 0.9), "alignment135": (32, 0.96),
                    "alignment136": (30, 0.93), "alignment137": (32, 0.96), "alignment138": (43, 1.0),
                    "alignment139": (34, 1.0), "reports50": (19, 1.0),
                    "alignment140": (32, 1.0), "alignment141": (32, 1.0), "alignment142": (40, 0.97),
                    "alignment143": (33, 1.0), "reports51": (20, 1.0), "reports52": (16, 1.0),
                    "alignment144": (31, 0.93), "alignment145": (29, 0.96), "alignment146": (42, 1.0),
                    "alignment147": (33, 1.0), "reports53": (18, 1.0), "alignment148": (29, 0.96),
                    "alignment149": (28, 0.96), "alignment150": (39, 0.97), "alignment151": (30, 0.96),
                    "reports54": (21, 1.0), "reports55": (13, 0.86), "alignment152": (27, 1.0),
                    "alignment153": (28, 0.96), "alignment154": (35, 1.0), "alignment155": (31, 0.96),
                    "reports56": (19, 1.0), "alignment156": (29, 0.96), "alignment157": (28, 0.96),
                    "alignment158": (38, 0.95), "alignment159": (33, 0.97), "reports57": (17, 1.0),
                    "reports58": (17, 1.0), "alignment160": (14, 0.82), "alignment161": (22, 0.88),
                    "alignment162": (37, 0.97), "alignment163": (31, 0.96), "reports59": (16, 1.0),
                    "alignment164": (31, 0.93), "alignment165": (26, 0.86), "alignment166": (28, 0.93),
                    "alignment167": (31, 1.0), "reports60": (20, 1.0), "reports61": (16, 1.0),
                    "alignment168": (30, 0.96), "alignment169": (27, 0.9), "alignment170": (39, 0.97),
                    "alignment171": (30, 1.0), "reports62": (18, 1.0), "reports63": (19, 1.0),
                    "alignment172": (28, 1.0), "alignment173": (26, 0.89), "alignment174": (36, 0.97),
                    "alignment175": (31, 1.0), "reports64": (18, 1.0), "reports65": (19, 1.0),
                    "alignment176": (31, 1.0), "alignment177": (29, 0.96), "alignment178": (36, 0.94),
                    "alignment179": (32, 0.96), "reports66": (18, 1.0), "reports67": (17, 1.0),
                    "alignment180": (23, 0.85), "alignment181": (28, 0.93), "alignment182": (37, 1.0),
                    "alignment183": (34, 1.0), "reports68": (19, 1.0), "reports69": (18, 1.0),
                    "alignment184": (29, 1.0), "alignment185": (30, 0.9), "alignment186": (32, 0.94),
                    "alignment187": (32, 1.0), "reports70": (15, 0.93), "reports71": (17, 0.85),
                    "alignment188": (32, 1.0), "alignment189": (27, 0.81), "alignment190": (38, 0.97),
                    "alignment191": (38, 1.0), "reports72": (17, 1.0), "reports73": (18, 1.0),
                    "alignment192": (27, 1.0), "alignment193": (31, 0.93), "alignment194": (39, 1.0),
                    "alignment195": (28, 1.0),
                    "reports74": (19, 1.0), "reports75": (17, 1.0),
                    "alignment196": (28, 0.96), "alignment197": (29, 0.9), "alignment198": (39, 1.0),
                    "alignment199": (31, 0.88), "reports76": (18, 1.0), "reports77": (17, 1.0),
                    "alignment200": (32, 1.0), "alignment201": (28, 0.82), "alignment202": (39, 1.0),
                    "alignment203": (36, 0.97), "reports78": (18, 1.0), "reports79": (17, 1.0),
                    "alignment204": (26, 0.96), "alignment205": (29, 0.93), "alignment206": (38, 0.97),
                    "alignment207": (32, 1.0), "reports80": (18, 1.0), "reports81": (16, 1.0),
                    "alignment208": (28, 0.96), "alignment209": (23, 0.95), "alignment210": (38, 0.95),
                    "alignment211": (32, 1.0), "reports82": (15, 0.78), "reports83": (16, 1.0)}


def _documents(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.suffix in (".txt", ".docx", ".html", ".pdf"))


_RUNS: dict[str, tuple[Path, dict[str, float]]] = {}
_UNREAD: dict[str, bool] = {}  # the suite's scanned pages stayed unread (`_needs_ocr`), once per suite


def _run(name: str, tmp_path_factory) -> tuple[Path, dict[str, float]]:
    """The suite parsed once per test session, and its scores."""
    if name not in _RUNS:
        out = tmp_path_factory.mktemp(name)
        docs = _documents(SUITES[name])
        parsed = CliRunner().invoke(app, ["parse", *map(str, docs), "--out", str(out), "--no-themes"])
        assert parsed.exit_code == 0, parsed.output
        gold = SUITES[name] / "gold"
        evaluated = CliRunner().invoke(app, ["evaluate", "--gold", str(gold), "--pred", str(out), "--json"])
        assert evaluated.exit_code == 0, evaluated.output
        scores = {k: v["f1_or_rate"] for k, v in json.loads(evaluated.output).items() if "f1_or_rate" in v}
        _RUNS[name] = (out, scores)
        _UNREAD[name] = _needs_ocr(out)
    return _RUNS[name]


def _needs_ocr(out: Path) -> bool:
    """Some document of the parse has pages with no text layer that OCR could not read (W201, W205): on a machine
    without Tesseract (`.ci/run` installs it) the suite's scores say nothing about the code."""
    from pipeline.ingest.ocr import available as ocr_available

    if ocr_available():
        return False
    for path in out.glob("*.json"):
        if path.name != "links.json":
            issues = json.loads(path.read_text(encoding="utf-8")).get("document", {}).get("issues", [])
            if any(i.get("code") in ("W201", "W205") for i in issues):
                return True
    return False


@pytest.fixture(params=sorted(SUITES))
def suite(request, tmp_path_factory):
    out, scores = _run(request.param, tmp_path_factory)
    if _UNREAD[request.param]:
        pytest.skip(f"{request.param} holds scanned pages and Tesseract is not installed here")
    return (request.param, out, scores)


@pytest.fixture
def reports(tmp_path_factory) -> Path:
    return _run("reports", tmp_path_factory)[0]


def test_suite_scores(suite):
    name, _, scores = suite
    low = {m: round(scores[m], 3) for m, floor in FLOORS[name].items() if scores[m] < floor}
    assert not low, f"{name}: below the floor {FLOORS[name]}: {low}"


def test_every_document_has_gold():
    for folder in SUITES.values():
        assert {d.stem for d in _documents(folder)} == {
            g.stem for g in (folder / "gold").glob("*.json") if g.name not in ("links.json", "themes.json")
        }


def _bodies(value: str | None) -> list[str]:
    return sorted(re.sub(r"^the\s+", "", x.strip().lower()) for x in (value or "").split(";") if x.strip())


def test_addressees_are_the_bodies_asked_to_act(suite):
    """Not the committee that wrote the report: the body each recommendation asks."""
    name, out, _ = suite
    gold_dir = SUITES[name] / "gold"
    right, wrong = 0, []
    for g in sorted(gold_dir.glob("*.json")):
        if g.name in ("links.json", "themes.json"):
            continue
        gold = [r for r in json.loads(g.read_text(encoding="utf-8"))["recommendations"] if not r.get("conclusion")]
        pred = json.loads((out / g.name).read_text(encoding="utf-8"))["recommendations"]
        for a, b in match_items(gold, pred, "label"):
            if _bodies(a.get("addressee")) == _bodies(b.get("addressee")):
                right += 1
            else:
                wrong.append((g.stem, a["label"], a.get("addressee"), b.get("addressee")))
    share = right / (right + len(wrong))
    least, floor = ADDRESSEE_FLOORS[name]
    assert right >= least and share >= floor, (right, round(share, 3), wrong)


def test_conclusions_are_kept_and_flagged(reports):
    """A select committee's 'Conclusions and recommendations' list: the conclusions are kept
    (they carry the list's numbers) and flagged, so nothing awaits an answer to them."""
    out, name = reports, "reports"
    gold = json.loads((SUITES[name] / "gold" / "n1_commons_home_affairs_knife_crime_report.json").read_text())
    pred = json.loads((out / "n1_commons_home_affairs_knife_crime_report.json").read_text())
    pairs = match_items(gold["recommendations"], pred["recommendations"], "label")
    assert len(pairs) == len(gold["recommendations"]) == len(pred["recommendations"])
    assert [bool(b.get("conclusion")) for _, b in pairs] == [bool(a.get("conclusion")) for a, _ in pairs]
    assert sum(bool(a.get("conclusion")) for a, _ in pairs) >= 3


def test_no_recommendation_is_taken_from_a_section_about_them(reports):
    """'Reasons for the recommendations' gives reasons; the paragraph beside a 'That Cabinet:'
    list that asks nothing ('Appendix A is not for publication') is not a decision."""
    out = reports
    pred = json.loads((out / "r2_ashbury_leisure_investment_cabinet_report.json").read_text())
    assert [r["label"] for r in pred["recommendations"]] == ["a", "b", "c", "d"]
    assert {r["paragraph"] for r in pred["recommendations"]} == {"1.1"}


def test_minutes_settle_decisions_without_answering_them(reports):
    """Minutes restate the decisions they take; a deferred one stays undecided. Links from
    minutes are marked as such and never point at the item heading."""
    out, name = reports, "reports"
    decisions = json.loads((SUITES[name] / "decisions.json").read_text())
    links = [l for l in json.loads((out / "links.json").read_text()) if l["response_document"] == decisions["minutes"]]
    assert links and all(l["method"] == "minutes" for l in links)
    by_label = {d["label"]: d for d in decisions["decisions"]}
    # every decision the minutes took is found, in the minutes' own words (issue 11)
    assert {link["recommendation"] for link in links} == {d["label"] for d in decisions["decisions"] if d["decided"]}
    for link in links:
        d = by_label[link["recommendation"]]
        assert d["decided"], f"decision {d['label']} was deferred, not decided"
        assert link["response_to"] == d["resolution"], (link, d)


def test_every_recommendation_and_answer_has_its_own_uid(suite):
    """A uid is a recommendation's key in the store (links, copies): two in one document never share one, not the
    bullets of one paragraph labelled in order, nor two reports' "2.1 (i)" in one reports pack."""
    name, out, _ = suite
    for f in sorted(out.glob("*.json")):
        if f.name == "links.json":
            continue
        parsed = json.loads(f.read_text(encoding="utf-8"))
        for key in ("recommendations", "responses"):
            uids = [r["uid"] for r in parsed.get(key, [])]
            assert len(uids) == len(set(uids)), (f.name, key, sorted(u for u in uids if uids.count(u) > 1)[:6])
