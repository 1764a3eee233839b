"""A polite HTTP client: one request at a time per host, spaced, retried, budgeted, gated.

- **Gated**: `HostGate` is an httpx transport that lets through only the hosts it is given
  (the councils being fetched), optionally routing each to another origin; every other host,
  redirects included, is refused. Tests route council hosts to a replay server on
  127.0.0.1, so nothing can leave the machine.
- **Spaced**: at least `Policy.min_delay` seconds (2 s) plus jitter between two requests to
  one host, more when robots.txt asks (`Crawl-delay`, `Request-rate`). The client is
  synchronous: there is never more than one request in flight.
- **Retried** on timeouts, 429 and 5xx with tenacity, waiting what `Retry-After` asks, else
  exponential backoff with jitter; a Retry-After beyond `max_retry_after` gives up instead.
- **Conditional**: `If-None-Match` / `If-Modified-Since` when the state holds validators;
  every body's sha256 is kept, because ModernGov sends no validators on meeting detail.
- **Honest**: a User-Agent naming the project; robots.txt honoured; a 403 marks the host
  blocked in the state, and a blocked host is never asked again until unblocked.
- **Budgeted**: a run stops asking once it has spent its requests or bytes.

Clock, sleep and randomness are injected, so tests of spacing and backoff run instantly.
"""

from __future__ import annotations

import hashlib
import logging
import os
import random
import ssl
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import urlsplit, urlunsplit
from urllib.robotparser import RobotFileParser

import httpx
import tenacity

from pipeline import __version__
from pipeline.fetch.cassette import Recorder
from pipeline.fetch.records import MAX_BYTES, MAX_REQUESTS
from pipeline.fetch.state import FetchState

log = logging.getLogger(__name__)

USER_AGENT = (
    f"scrutiny/{__version__} (open-source pipeline over UK council scrutiny reports; "
    "fetches public committee papers politely: one request at a time, 2 s apart, robots.txt honoured)"
)


def user_agent() -> str:
    """The project's User-Agent, with the operator's contact when $SCRUTINY_FETCH_CONTACT is set."""
    contact = os.environ.get("SCRUTINY_FETCH_CONTACT", "").strip()
    return f"{USER_AGENT[:-1]}; contact {contact})" if contact else USER_AGENT



@dataclass(frozen=True, slots=True)
class Policy:
    """How politely to ask. `min_delay` below 2 s is raised to 2 s: it is a floor, not a knob."""

    min_delay: float = 2.0
    jitter: float = 1.0  # up to this much more, at random, between two requests to a host
    timeout: float = 60.0  # self-hosted ModernGov sites can take most of a minute
    attempts: int = 4
    backoff_initial: float = 5.0
    backoff_max: float = 300.0
    max_retry_after: float = 900.0  # a longer Retry-After: give up for this run
    max_requests: int = MAX_REQUESTS
    max_bytes: int = MAX_BYTES
    max_redirects: int = 5
    user_agent: str = field(default_factory=user_agent)

    @property
    def floor(self) -> float:
        return max(self.min_delay, 2.0)


class FetchError(Exception):
    """A coded failure of one address (`pipeline.errors`, E6xx/W6xx); the run goes on."""

    def __init__(self, code: str, url: str, detail: str = "") -> None:
        self.code, self.url, self.detail = code, url, detail
        super().__init__(f"{code} {url}: {detail}")


class Blocked(FetchError):
    """The host answered 403 (now or before): nothing more is asked of it."""


class BudgetSpent(FetchError):
    """The run's budget of requests or bytes is spent: the run stops asking."""


class Transient(Exception):
    """An answer worth asking again: a timeout, a 429 or a 5xx (with its Retry-After, if any)."""

    def __init__(self, url: str, detail: str, retry_after: float | None = None) -> None:
        self.url, self.detail, self.retry_after = url, detail, retry_after
        super().__init__(f"{url}: {detail}")


class HostRefused(httpx.TransportError):
    """A request to a host the gate does not let through."""


@lru_cache(maxsize=1)
def _tls() -> ssl.SSLContext:
    """One TLS context per process: building one (loading the CA bundle) takes most of a second."""
    return httpx.create_ssl_context()


class HostGate(httpx.BaseTransport):
    """Let through only `routes`' hosts; route each to its origin (None: as addressed).

    The original Host header is kept, so one local server can replay several councils."""

    def __init__(self, routes: Mapping[str, str | None], inner: httpx.BaseTransport | None = None) -> None:
        self.routes = {h.lower(): o for h, o in routes.items()}
        self.inner = inner or httpx.HTTPTransport(verify=_tls())

    def allows(self, host: str) -> bool:
        return host.lower() in self.routes

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        host = request.url.host.lower()
        if host not in self.routes:
            raise HostRefused(f"{host} is not a council being fetched", request=request)
        origin = self.routes[host]
        if origin is None:
            return self.inner.handle_request(request)
        target = urlsplit(origin)
        url = request.url.copy_with(scheme=target.scheme, host=target.hostname, port=target.port)
        routed = httpx.Request(request.method, url, headers=request.headers, stream=request.stream,
                               extensions=request.extensions)
        return self.inner.handle_request(routed)

    def close(self) -> None:
        self.inner.close()


@dataclass(slots=True)
class Answer:
    """One answered request: the final status, headers and body (after redirects), and
    `not_modified` when a 304 let the stored body stand in."""

    url: str
    status: int
    body: bytes
    headers: Mapping[str, str]
    sha256: str
    not_modified: bool = False
    changed: bool = True  # the body differs from the last one stored for this address

    @property
    def content_type(self) -> str:
        return self.headers.get("content-type", "").split(";")[0].strip().lower()


def parse_retry_after(value: str | None, now: datetime | None = None) -> float | None:
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - (now or datetime.now(UTC))).total_seconds())


class _WaitRetryAfter(tenacity.wait.wait_base):
    """Wait what the server's Retry-After asks, else the fallback backoff."""

    def __init__(self, fallback: tenacity.wait.wait_base) -> None:
        self.fallback = fallback

    def __call__(self, retry_state: tenacity.RetryCallState) -> float:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        if isinstance(exc, Transient) and exc.retry_after is not None:
            return exc.retry_after
        return self.fallback(retry_state)


class _StopOnLongRetryAfter(tenacity.stop.stop_base):
    """Give up when the server asks for a longer wait than a run should spend."""

    def __init__(self, limit: float) -> None:
        self.limit = limit

    def __call__(self, retry_state: tenacity.RetryCallState) -> bool:
        exc = retry_state.outcome.exception() if retry_state.outcome else None
        return isinstance(exc, Transient) and (exc.retry_after or 0) > self.limit


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "", "", ""))


class PoliteClient:
    """GET with every courtesy above. One per run; `close()` (or `with`) when done."""

    def __init__(
        self,
        state: FetchState,
        routes: Mapping[str, str | None],
        *,
        policy: Policy | None = None,
        clock: Callable[[], float] = time.monotonic,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
        recorder: Recorder | None = None,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.state = state
        self.policy = policy or Policy()
        self.gate = HostGate(routes, transport)
        self.clock, self.sleep = clock, sleep
        self.rng = rng or random.Random()
        self.recorder = recorder
        self.requests = 0
        self.bytes = 0
        self.log: list[tuple[float, str, int]] = []  # (clock, address, status) of every request sent
        self._last: dict[str, float] = {}
        self._robots: dict[str, RobotFileParser | None] = {}
        self._http = httpx.Client(
            transport=self.gate, follow_redirects=False, timeout=self.policy.timeout,
            headers={"User-Agent": self.policy.user_agent},
        )

    def __enter__(self) -> PoliteClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self._http.close()

    # -- politeness -------------------------------------------------------------------

    def delay_for(self, host: str) -> float:
        """Seconds between two requests to `host`: the floor, or what robots.txt asks if more."""
        delay = self.policy.floor
        robots = self._robots.get(host)
        if robots is not None:
            ua = self.policy.user_agent
            crawl = robots.crawl_delay(ua)
            if crawl:
                delay = max(delay, float(crawl))
            rate = robots.request_rate(ua)
            if rate and rate.requests:
                delay = max(delay, rate.seconds / rate.requests)
        return delay

    def _wait_turn(self, host: str) -> None:
        last = self._last.get(host)
        if last is not None:
            due = last + self.delay_for(host) + self.rng.uniform(0, self.policy.jitter)
            wait = due - self.clock()
            if wait > 0:
                self.sleep(wait)
        self._last[host] = self.clock()

    def _check_budget(self, url: str) -> None:
        if self.requests >= self.policy.max_requests:
            raise BudgetSpent("W602", url, f"{self.policy.max_requests} requests")
        if self.bytes >= self.policy.max_bytes:
            raise BudgetSpent("W602", url, f"{self.policy.max_bytes:,} bytes")

    def robots(self, url: str) -> RobotFileParser | None:
        """The robots.txt of `url`'s host, read once per run (None: none published)."""
        host = urlsplit(url).hostname or ""
        if host in self._robots:
            return self._robots[host]
        robots_url = _origin(url) + "/robots.txt"
        self._robots[host] = None  # asked once, even if asking fails
        parser = RobotFileParser(robots_url)
        try:
            answer = self._get(robots_url, conditional=False, keep_body=False, check_robots=False)
        except Blocked:
            raise
        except FetchError as exc:
            if exc.code == "E608":  # 404 and friends: no robots.txt, everything allowed (RFC 9309)
                return None
            parser.parse(["User-agent: *", "Disallow: /"])  # unreachable (5xx, timeouts): nothing allowed this run
            self._robots[host] = parser
            raise FetchError("E605", url, f"robots.txt could not be read: {exc.code}") from exc
        parser.parse(answer.body.decode("utf-8", "replace").splitlines())
        self._robots[host] = parser
        return parser

    # -- requests ---------------------------------------------------------------------

    def get(self, url: str, *, conditional: bool = True, keep_body: bool = True) -> Answer:
        """GET `url` politely; raise `FetchError` (coded) when it cannot be had."""
        return self._get(url, conditional=conditional, keep_body=keep_body, check_robots=True)

    def _get(self, url: str, *, conditional: bool, keep_body: bool, check_robots: bool) -> Answer:
        host = (urlsplit(url).hostname or "").lower()
        if not self.gate.allows(host):
            raise FetchError("E606", url, host)
        if self.state.is_blocked(host):
            raise Blocked("E601", url, host)
        if check_robots:
            robots = self.robots(url)
            if robots is not None and not robots.can_fetch(self.policy.user_agent, url):
                raise FetchError("E605", url, "Disallow")
        headers: dict[str, str] = {}
        known = self.state.response(url) if conditional else None
        if known is not None:
            if known.etag:
                headers["If-None-Match"] = known.etag
            if known.last_modified:
                headers["If-Modified-Since"] = known.last_modified
        retrying = tenacity.Retrying(
            stop=tenacity.stop_any(tenacity.stop_after_attempt(self.policy.attempts),
                                   _StopOnLongRetryAfter(self.policy.max_retry_after)),
            wait=_WaitRetryAfter(tenacity.wait_exponential_jitter(
                multiplier=self.policy.backoff_initial, max=self.policy.backoff_max, jitter=self.policy.jitter)),
            retry=tenacity.retry_if_exception_type(Transient),
            sleep=self.sleep,
            reraise=True,
        )
        try:
            response, body = retrying(self._send, url, headers)
        except Transient as exc:
            raise FetchError("E604", url, exc.detail) from exc
        status = response.status_code
        if status == 403:
            self.state.block(host, f"403 on {url}")
            raise Blocked("E601", url, host)
        if status == 304 and known is not None and known.body is not None:
            self.state.seen(url)
            return Answer(url, 200, known.body, dict(response.headers), known.sha256, not_modified=True, changed=False)
        if status >= 400 or status == 304 or 300 <= status < 400:
            raise FetchError("E608", url, f"HTTP {status}")
        sha = hashlib.sha256(body).hexdigest()
        changed = known is None or known.sha256 != sha
        self.state.remember(url, status=status, sha256=sha, etag=response.headers.get("etag"),
                            last_modified=response.headers.get("last-modified"),
                            content_type=response.headers.get("content-type"), body=body if keep_body else None)
        return Answer(url, status, body, dict(response.headers), sha, changed=changed)

    def _send(self, url: str, headers: dict[str, str]) -> tuple[httpx.Response, bytes]:
        """One attempt, following redirects hop by hop (each hop gated, spaced and counted);
        the final answer and its body."""
        request = self._http.build_request("GET", url, headers=headers)
        for _ in range(self.policy.max_redirects + 1):
            host = request.url.host.lower()
            self._check_budget(url)
            self._wait_turn(host)
            self.requests += 1
            try:
                response = self._http.send(request, stream=True)
                body = self._read(response, url)
            except HostRefused as exc:
                raise FetchError("E606", str(request.url), str(exc)) from exc
            except httpx.TimeoutException as exc:
                self.log.append((self.clock(), str(request.url), 0))
                raise Transient(url, f"timed out ({type(exc).__name__})") from exc
            except httpx.TransportError as exc:
                self.log.append((self.clock(), str(request.url), 0))
                raise Transient(url, f"{type(exc).__name__}: {exc}") from exc
            self.log.append((self.clock(), str(request.url), response.status_code))
            if self.recorder is not None:
                self.recorder.record(str(request.url), response, body)
            if response.status_code == 429 or response.status_code >= 500:
                raise Transient(url, f"HTTP {response.status_code}",
                                parse_retry_after(response.headers.get("retry-after")))
            if response.next_request is None:
                return response, body
            request = response.next_request
        raise FetchError("E608", url, f"more than {self.policy.max_redirects} redirects")

    def _read(self, response: httpx.Response, url: str) -> bytes:
        """The body, counted against the byte budget as it arrives: a download that would
        overrun the budget is abandoned part way, not finished."""
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                body += chunk
                self.bytes += len(chunk)
                if self.bytes > self.policy.max_bytes:
                    raise BudgetSpent("W602", url, f"{self.policy.max_bytes:,} bytes")
        finally:
            response.close()
        return bytes(body)


__all__ = ["Answer", "Blocked", "BudgetSpent", "FetchError", "HostGate", "Policy", "PoliteClient", "Transient",
           "parse_retry_after", "user_agent"]
