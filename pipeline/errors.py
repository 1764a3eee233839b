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
    # theme taxonomy and model
    "E301": "{path}: the theme taxonomy is malformed ({detail}). Compare it with models/themes/council_themes.v1.json: every theme needs an 'id', a 'description' and a list of 'terms'.",
    "E302": "{path}: the theme model cannot be loaded ({detail}). Retrain it with `python -m pipeline.themes.train`.",
    # the store (pipeline.store)
    "E501": "{path}: there is no store here yet. Run `scrutiny run ARCHIVE` first, or point --db / $SCRUTINY_DB at the store.",
    "E502": "{path}: the store is in use by another writer ({detail}). Wait for it to finish and try again, or give `--wait SECONDS` to wait for it.",
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
