"""A small catalogue of coded, actionable errors and warnings.

Every message names the file, says what was wrong and what to do about it, in the
style of spaCy's `errors.py`. Codes are stable: tests, the quarantine table and
users' scripts match on them.

    raise ScrutinyError("E102", path=path) from exc
"""

from __future__ import annotations

from pathlib import Path

CATALOGUE: dict[str, str] = {
    # input files
    "E101": "{path}: the file type {suffix!r} is not supported. Give a .pdf, .txt, .docx, .html or .htm file.",
    "E102": "{path}: the PDF is damaged and cannot be read ({detail}). Download it again, or open it and 'Save as PDF'.",
    "E103": "{path}: the PDF is encrypted and needs a password. Save an unprotected copy (qpdf --decrypt in.pdf out.pdf).",
    "E104": "{path}: the file is empty (0 bytes). Download it again.",
    "E105": "{path}: the file is named .txt but holds binary data ({detail}). Check that it is really a text file.",
    "E106": "{path}: the Word file cannot be read ({detail}). Open it in Word and save it again as .docx (.doc is not supported).",
    "E107": "{path}: the file cannot be read ({detail}). Check that it exists and that you may read it.",
    "E108": "{path}: the file has no text at all after extraction. Check that it is the document you meant.",
    "E199": "{path}: unexpected failure while processing ({detail}). Please report it with the file attached.",
    # warnings: the file is processed, but something needs attention
    "W201": "{path}: no text layer on {detail} page(s): the PDF is a scan and needs OCR. Install Tesseract (`apt-get install tesseract-ocr`) and parse it again, or OCR it first (`ocrmypdf in.pdf out.pdf`) and parse the copy.",
    "W202": "{path}: the text is not UTF-8; it was read as Windows-1252. Check accented characters and quotes in the output.",
    "W203": "{path}: a long document ({detail} pages); parsing takes about a second per 8 pages.",
    "W204": "{path}: no numbered paragraphs were found; the text is kept as unnumbered paragraphs.",
    "W205": "{path}: only some pages have a text layer; {detail} page(s) need OCR (install Tesseract: `apt-get install tesseract-ocr`).",
    "W206": "{path}: {detail} page(s) had no text layer and were read by OCR (Tesseract); check names and figures against the original.",
    "W207": "{path}: the same bytes as {detail}; stored once, under that name. Remove one copy if they are the same document.",
    "W208": "{path}: the paper names its council only by its kind (\"County Council\"); {detail} is taken from the other papers in its folder, the one council of that kind they name. If that is wrong, give the council in a sidecar (`<file>.meta.json`).",
    "W209": "{path}: {detail} page(s) set the text in two languages side by side; the English half is read and the other left out. Parse the other language's own edition, where there is one, to read it.",
    # theme taxonomy and model
    "E301": "{path}: the theme taxonomy is malformed ({detail}). Compare it with models/themes/council_themes.v1.json: every theme needs an 'id', a 'description' and a list of 'terms'.",
    "E302": "{path}: the theme model cannot be loaded ({detail}). Retrain it with `python -m pipeline.themes.train`.",
    # the store (pipeline.store)
    "E501": "{path}: there is no store here yet. Run `scrutiny run ARCHIVE` first, or point --db / $SCRUTINY_DB at the store.",
    "E502": "{path}: the store is in use by another writer ({detail}). Wait for it to finish and try again, or give `--wait SECONDS` to wait for it.",
    # fetching from council websites (pipeline.fetch); {path} is the address asked
    "E601": "{path}: the council's site answered 403 Forbidden; {detail} is marked blocked and will not be asked again. Ask its democratic services for access, then `scrutiny fetch --unblock {detail}`; never work around a block.",
    "E602": "{path}: answered with an HTML page where the web service's XML was expected ({detail}); the service may be off, moved or behind a login. Open the address in a browser and correct the council's base address in data/moderngov/councils.tsv.",
    "E603": "{path}: the XML is malformed ({detail}). Open the address in a browser; if it is truncated, the next run asks again.",
    "E604": "{path}: no answer after retries ({detail}). The next run asks again; if it persists, check the address in a browser.",
    "E605": "{path}: robots.txt disallows it for our User-Agent ({detail}); it was not fetched.",
    "E606": "{path}: refused: the host is not one of the councils being fetched ({detail}). Add the council to data/moderngov/councils.tsv or give its base address.",
    "E607": "{path}: no council has this code, name or address ({detail}). Give a code from data/moderngov/councils.tsv (e.g. MAN), a name, or a base address such as https://democracy.example.gov.uk.",
    "E608": "{path}: answered {detail}. Check the address in a browser; the next run asks again.",
    "E609": "{path}: no CMIS meetings module was found on this page ({detail}). Check the council's base address in data/moderngov/councils.tsv.",
    "E610": "{path}: another fetch is writing to this archive ({detail}). Wait for it to finish, then try again.",
    "W601": "{path}: the document is restricted (not for publication) and was skipped ({detail}).",
    "W602": "{path}: the run's budget of {detail} is spent; what is left waits for the next run (raise it with --max-requests / --max-bytes).",
}


def message(code: str, path: str | Path = "", **details: object) -> str:
    """The catalogue message for `code`, filled in."""
    template = CATALOGUE[code]
    values: dict[str, object] = {"path": str(path), "suffix": "", "detail": ""}
    values.update({k: v for k, v in details.items()})
    return template.format(**values)


class ScrutinyError(Exception):
    """A coded, expected failure of one input: reported, never a traceback."""

    def __init__(self, code: str, path: str | Path = "", **details: object) -> None:
        self.code = code
        self.path = str(path)
        self.details = details
        super().__init__(f"{code} {message(code, path, **details)}")

    @property
    def text(self) -> str:
        return message(self.code, self.path, **self.details)
