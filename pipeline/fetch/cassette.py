"""Cassettes: recorded answers, byte for byte, and a local server that replays them.

A cassette is a folder with `cassette.tsv` and the bodies it names:

    host  path  status  content_type  file  headers  delay

`path` is the path with its query string as asked; `file` is a body in the same folder
(empty: no body); `headers` a JSON object of extra headers (`{"Retry-After": "7"}`);
`delay` seconds to wait before answering (to provoke a client's timeout). A (host, path)
listed several times is answered by its rows in turn, the last one repeating, so
"503, then 200" is two rows.

`Recorder` writes cassettes (`scrutiny fetch --record DIR`, by someone with internet
access); `ReplayServer` serves one or more on 127.0.0.1 (`http.server` in a thread),
choosing by the request's Host header, so one server stands in for several councils.
Bodies are httpx's decoded content: byte-exact to the entity, after any gzip.
"""

from __future__ import annotations

import contextlib
import csv
import hashlib
import json
import re
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import httpx

COLUMNS = ["host", "path", "status", "content_type", "file", "headers", "delay"]
KEPT_HEADERS = ("retry-after", "etag", "last-modified", "location", "content-disposition")


@dataclass(frozen=True, slots=True)
class Take:
    """One recorded answer."""

    status: int
    content_type: str
    body: bytes
    headers: dict[str, str]
    delay: float = 0.0


def _slug(text: str, limit: int = 60) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:limit] or "root"


class Recorder:
    """Append every answer the client receives to the cassette in `folder`."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.folder.mkdir(parents=True, exist_ok=True)
        self.index = self.folder / "cassette.tsv"
        if not self.index.exists():
            self.index.write_text("\t".join(COLUMNS) + "\n", encoding="utf-8")

    def record(self, url: str, response: httpx.Response, body: bytes) -> None:
        parts = urlsplit(url)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        name = ""
        if body:
            digest = hashlib.sha256(body).hexdigest()[:12]
            name = f"{_slug(parts.hostname or '', 30)}-{_slug(path)}-{digest}.body"
            (self.folder / name).write_bytes(body)
        headers = {k: v for k, v in response.headers.items() if k.lower() in KEPT_HEADERS}
        row = [parts.hostname or "", path, str(response.status_code), response.headers.get("content-type", ""),
               name, json.dumps(headers) if headers else "", ""]
        with self.index.open("a", encoding="utf-8", newline="") as fh:
            csv.writer(fh, delimiter="\t", lineterminator="\n").writerow(row)


def load_cassette(folder: str | Path, index: str = "cassette.tsv") -> dict[tuple[str, str], list[Take]]:
    """The takes of a cassette, by (host, path)."""
    folder = Path(folder)
    takes: dict[tuple[str, str], list[Take]] = defaultdict(list)
    with (folder / index).open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            body = (folder / row["file"]).read_bytes() if row.get("file") else b""
            headers = json.loads(row["headers"]) if row.get("headers") else {}
            takes[(row["host"].lower(), row["path"])].append(
                Take(int(row["status"]), row.get("content_type") or "", body, headers, float(row.get("delay") or 0)))
    return dict(takes)


class ReplayServer:
    """Serve cassettes on 127.0.0.1 in a thread; `requests` lists (host, path, headers) asked.

        with ReplayServer(load_cassette(folder)) as server:
            routes = {"democracy.manchester.gov.uk": server.origin}
    """

    def __init__(self, takes: dict[tuple[str, str], list[Take]]) -> None:
        self.takes = takes
        self.served: dict[tuple[str, str], int] = defaultdict(int)
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802 - the http.server protocol
                host = (self.headers.get("Host") or "").split(":")[0].lower()
                take = server.answer(host, self.path, dict(self.headers.items()))
                if take.delay:
                    time.sleep(take.delay)
                self.send_response(take.status)
                if take.content_type:
                    self.send_header("Content-Type", take.content_type)
                for k, v in take.headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", str(len(take.body)))
                self.end_headers()
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout)
                    self.wfile.write(take.body)

            def log_message(self, format: str, *args: Any) -> None:
                pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.origin = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self._thread = threading.Thread(target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def answer(self, host: str, path: str, headers: dict[str, str]) -> Take:
        with self._lock:
            self.requests.append((host, path, headers))
            takes = self.takes.get((host, path))
            if not takes:
                return Take(404, "text/plain", f"not in the cassette: {host}{path}".encode(), {})
            n = self.served[(host, path)]
            self.served[(host, path)] += 1
            return takes[min(n, len(takes) - 1)]

    def load(self, takes: dict[tuple[str, str], list[Take]]) -> None:
        """Replace the cassette (a council's site as it is on a later night)."""
        with self._lock:
            self.takes = takes
            self.served.clear()

    def __enter__(self) -> ReplayServer:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
