"""Plain text: UTF-8, with a Windows-1252 fallback and a refusal of binary data.

A form feed starts a new page; blank lines are kept as `Line.gap_before`.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.errors import ScrutinyError, message
from pipeline.records import Issue, Line

# Control characters that never occur in text files (tab, newline, CR and form feed do).
_BINARY = {c for c in range(32) if c not in (9, 10, 12, 13)}


def decode(data: bytes, path: Path) -> tuple[str, list[Issue]]:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Windows "Unicode text" is UTF-16, full of NULs
        try:
            return data.decode("utf-16"), []
        except UnicodeDecodeError as exc:
            raise ScrutinyError("E105", path, detail="a UTF-16 byte-order mark but invalid UTF-16") from exc
    head = data[:8192]
    if b"\x00" in head or sum(b in _BINARY for b in head) > max(8, len(head) // 100):
        raise ScrutinyError("E105", path, detail="NUL or control bytes near the start")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
        return text, [Issue("W202", message("W202", path))]


def text_to_lines(text: str) -> tuple[list[Line], int]:
    """Split text into `Line`s; form feeds count pages, blank lines become gaps."""
    lines: list[Line] = []
    page, gap = 1, 0
    for raw in text.replace("\r\n", "\n").replace("\r", "\n").split("\n"):
        parts = raw.split("\f")
        for k, part in enumerate(parts):
            if k:
                page += 1
            stripped = part.rstrip()
            if not stripped.strip():
                gap += 1
                continue
            lines.append(Line(text=stripped, page=page, gap_before=gap, table="\t" in stripped.strip()))
            gap = 0
    return lines, page


def read_txt(path: Path) -> tuple[list[Line], int, list[Issue]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ScrutinyError("E107", path, detail=exc.strerror or exc) from exc
    text, issues = decode(data, path)
    lines, pages = text_to_lines(text)
    return lines, pages, issues
