"""RSS/Atom feeds: polled politely with httpx, parsed by feedparser from bytes.

One poll of many feeds runs concurrently on one async client (connection reuse,
HTTP/2 where offered), bounded overall and per host. Each request is a
conditional GET (If-None-Match / If-Modified-Since from the feed's state), so
an unchanged feed costs a 304 and no parsing. Bodies are streamed and the
download stops past `max_bytes`; the whole request has a total deadline.

feedparser never fetches anything itself: it gets the body and the response
headers (for the charset). Unsafe DTD entities are dropped by feedparser
before parsing, so entity-expansion bombs parse as plain text. Ill-formed
("bozo") feeds still yield what feedparser recovers, with the problem kept as
a warning; a feed that yields nothing readable is an error for that feed alone.
With many feeds, parsing runs in worker processes while other fetches wait.

How the result changes the feed's schedule is decided in `feed_state`.
"""

from __future__ import annotations

import asyncio
import calendar
import multiprocessing
import os
from collections.abc import Iterator, Sequence
from concurrent.futures import BrokenExecutor, Executor, ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import urlsplit

import feedparser
import httpx

from .. import __version__
from ..records import Collected, RawDocument, Source, SourceFailure
from .feed_state import FeedState, PollOutcome, decide, parse_retry_after

USER_AGENT = f"syriawatch/{__version__} (news monitoring; feed reader)"
ACCEPT = "application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.1"  # noqa: E501
PROCESS_POOL_FROM = 32  # feeds to parse in one poll before worker processes pay off


@dataclass(frozen=True, slots=True)
class FetchLimits:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0  # the whole request, however slowly the bytes trickle
    max_bytes: int = 10 * 1024 * 1024
    max_entries: int = 500
    concurrency: int = 100
    per_host: int = 4


DEFAULT_LIMITS = FetchLimits()


@dataclass(frozen=True, slots=True)
class FeedPoll:
    """What one poll of one feed gave: documents, the feed's new state, a verdict."""

    collected: Collected
    state: FeedState
    outcome: PollOutcome

    @property
    def summary(self) -> str:
        if self.outcome.error:
            return f"failed: {self.outcome.error}"
        if self.outcome.status == 304:
            return "not modified"
        moved = f", moved to {self.outcome.moved_to}" if self.outcome.moved_to else ""
        warning = f" ({self.outcome.warning})" if self.outcome.warning else ""
        return f"{self.outcome.entries} entries{moved}{warning}"


@dataclass(frozen=True, slots=True)
class ParsedFeed:
    documents: tuple[RawDocument, ...]
    failures: tuple[SourceFailure, ...]
    warning: str | None
    error: str | None


def feed_source(
    url: str,
    name: str | None = None,
    language: str | None = None,
    interval: int = 15,
    full_text: bool = False,
) -> Source:
    return Source("feed", name or url, url, language, interval, full_text)


def new_state(source: Source) -> FeedState:
    return FeedState(source_id=source.id, name=source.name, url=source.location)


def poll_feeds(
    feeds: Sequence[tuple[Source, FeedState]], now: datetime, limits: FetchLimits = DEFAULT_LIMITS
) -> list[FeedPoll]:
    """Poll every feed given (due or not: choosing is the caller's business)."""
    if not feeds:
        return []
    return asyncio.run(poll_all(feeds, now, limits))


async def poll_all(
    feeds: Sequence[tuple[Source, FeedState]], now: datetime, limits: FetchLimits
) -> list[FeedPoll]:
    limit_all = asyncio.Semaphore(limits.concurrency)
    per_host: dict[str, asyncio.Semaphore] = {}
    async with http_client(limits) as client:
        with parse_executor(len(feeds)) as executor:

            async def one(source: Source, state: FeedState) -> FeedPoll:
                host = per_host.setdefault(
                    urlsplit(state.url).netloc, asyncio.Semaphore(limits.per_host)
                )
                async with limit_all, host:
                    outcome, body, headers = await fetch(client, state, limits, now)
                parsed = None
                if body is not None:
                    parsed = await parse_safely(executor, source, body, headers, limits.max_entries)
                    outcome = replace(
                        outcome,
                        entries=len(parsed.documents),
                        error=parsed.error,
                        warning=parsed.warning,
                    )
                interval = timedelta(minutes=source.interval)
                collected = (
                    Collected(source, parsed.documents, parsed.failures)
                    if parsed
                    else Collected(source)
                )
                if outcome.error:
                    failure = SourceFailure(state.url, outcome.error)
                    collected = replace(collected, failures=(failure, *collected.failures))
                return FeedPoll(collected, decide(state, outcome, interval, now), outcome)

            return list(await asyncio.gather(*(one(s, st) for s, st in feeds)))


async def parse_safely(
    executor: Executor | None,
    source: Source,
    body: bytes,
    headers: dict[str, str],
    max_entries: int,
) -> ParsedFeed:
    """parse_feed in the executor; a crashed worker pool falls back to a thread, and a
    parser crash is this feed's error, never the poll's."""
    loop = asyncio.get_running_loop()
    try:
        try:
            return await loop.run_in_executor(
                executor, parse_feed, source, body, headers, max_entries
            )
        except BrokenExecutor:
            return await loop.run_in_executor(None, parse_feed, source, body, headers, max_entries)
    except Exception as exc:  # feedparser on hostile input: contain it to this feed
        return ParsedFeed((), (), None, f"the feed parser failed: {type(exc).__name__}: {exc}")


def http_client(limits: FetchLimits) -> httpx.AsyncClient:
    timeout = httpx.Timeout(limits.read_timeout, connect=limits.connect_timeout)
    pool = httpx.Limits(
        max_connections=limits.concurrency, max_keepalive_connections=limits.concurrency
    )
    return httpx.AsyncClient(
        timeout=timeout,
        limits=pool,
        http2=True,
        follow_redirects=True,
        max_redirects=5,
        headers={"User-Agent": USER_AGENT, "Accept": ACCEPT},
    )


@contextmanager
def parse_executor(feeds: int) -> Iterator[Executor | None]:
    """Worker processes for big polls (feedparser is CPU-bound); the loop's
    default thread pool for small ones, where starting processes costs more."""
    if feeds < PROCESS_POOL_FROM or (os.cpu_count() or 1) < 2:
        yield None
        return
    context = multiprocessing.get_context("spawn")  # no fork of a threaded process
    with ProcessPoolExecutor(max_workers=os.cpu_count(), mp_context=context) as pool:
        yield pool


async def fetch(
    client: httpx.AsyncClient, state: FeedState, limits: FetchLimits, now: datetime
) -> tuple[PollOutcome, bytes | None, dict[str, str]]:
    """One conditional GET. Never raises for network or HTTP trouble: it is in the outcome."""
    headers = {}
    if state.etag:
        headers["If-None-Match"] = state.etag
    if state.last_modified:
        headers["If-Modified-Since"] = state.last_modified
    try:
        async with asyncio.timeout(limits.total_timeout):
            async with client.stream("GET", state.url, headers=headers) as response:
                moved = permanent_target(response)
                status = response.status_code
                validators = {
                    "etag": response.headers.get("etag"),
                    "last_modified": response.headers.get("last-modified"),
                }
                if status == 304:
                    return PollOutcome(304, moved_to=moved, **validators), None, {}
                if status >= 400:
                    retry = parse_retry_after(response.headers.get("retry-after"), now)
                    return (
                        PollOutcome(
                            status, error=http_error(status), retry_after=retry, moved_to=moved
                        ),
                        None,
                        {},
                    )
                body = await read_capped(response, limits.max_bytes)
                if body is None:
                    error = f"response larger than {limits.max_bytes:,} bytes; download stopped"
                    return PollOutcome(status, error=error, moved_to=moved), None, {}
                return (
                    PollOutcome(status, moved_to=moved, **validators),
                    body,
                    dict(response.headers),
                )
    except TimeoutError:
        return (
            PollOutcome(None, error=f"no complete answer in {limits.total_timeout:g} s"),
            None,
            {},
        )
    except httpx.TimeoutException:
        return PollOutcome(None, error="timed out"), None, {}
    except httpx.TooManyRedirects:
        return PollOutcome(None, error="too many redirects"), None, {}
    except httpx.HTTPError as exc:
        return PollOutcome(None, error=f"{type(exc).__name__}: {exc}"), None, {}


async def read_capped(response: httpx.Response, max_bytes: int) -> bytes | None:
    declared = response.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > max_bytes:
        return None
    chunks, size = [], 0
    async for chunk in response.aiter_bytes():
        size += len(chunk)
        if size > max_bytes:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def permanent_target(response: httpx.Response) -> str | None:
    """Where a chain of permanent redirects (301/308) from the feed URL leads."""
    urls = [hop.url for hop in response.history] + [response.url]
    target = None
    for index, hop in enumerate(response.history):
        if hop.status_code not in (301, 308):
            break
        target = str(urls[index + 1])
    return target


def http_error(status: int) -> str:
    if status == 410:
        return "HTTP 410 Gone: the feed was removed; delete it from sources.toml"
    if status == 429:
        return "HTTP 429 Too Many Requests"
    if status in (401, 403):
        return f"HTTP {status}: access refused"
    if status == 404:
        return "HTTP 404 Not Found: check the feed URL"
    return f"HTTP {status}"


def parse_feed(
    source: Source, body: bytes, headers: dict[str, str], max_entries: int
) -> ParsedFeed:
    """Bytes to documents. Runs in a worker process for big polls: plain data in and out."""
    parsed = feedparser.parse(
        body, response_headers=headers, sanitize_html=False, resolve_relative_uris=False
    )
    problem = parsed.get("bozo_exception") if parsed.bozo else None
    warning = f"recovered from a malformed feed: {describe(problem)}" if problem else None
    if not parsed.entries:
        if parsed.get("version") or parsed.feed.get("title") or parsed.feed.get("link"):
            return ParsedFeed((), (), warning, None)  # a feed, with no entries right now
        reason = describe(problem) if problem is not None else "no feed found in the response"
        return ParsedFeed((), (), None, f"not a readable feed: {reason}")
    language = parsed.feed.get("language") or source.language
    documents: list[RawDocument] = []
    failures: list[SourceFailure] = []
    for index, entry in enumerate(parsed.entries[:max_entries]):
        document = entry_document(source, entry, index, language)
        if document is None:
            failures.append(
                SourceFailure(
                    f"{source.location}#entry{index + 1}", "entry has neither title nor text"
                )
            )
        else:
            documents.append(document)
    warnings = [warning] if warning else []
    if len(parsed.entries) > max_entries:
        warnings.append(f"{len(parsed.entries)} entries; only the first {max_entries} were read")
    return ParsedFeed(tuple(documents), tuple(failures), "; ".join(warnings) or None, None)


def describe(problem: Any) -> str:
    text = str(problem).strip() or type(problem).__name__
    return text[:300]


def entry_document(
    source: Source, entry: Any, index: int, language: str | None
) -> RawDocument | None:
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else entry.get("summary", "")
    title = entry.get("title", "")
    if not (title.strip() or body.strip()):
        return None
    published, published_from = entry_date(entry)
    return RawDocument(
        source=source,
        origin=f"{source.location}#entry{index + 1}",
        title=title,
        body=body,
        body_is_html=True,
        url=entry.get("link") or _guid_link(entry),
        published=published,
        published_from=published_from,
        language=language,
        guid=entry.get("id"),
        author=entry.get("author"),
    )


def entry_date(entry: Any) -> tuple[str | None, str | None]:
    """feedparser's parsed date (a UTC struct_time) as ISO 8601, and which one it was."""
    for key, label in (
        ("published_parsed", "entry published"),
        ("updated_parsed", "entry updated"),
        ("created_parsed", "entry created"),
    ):
        parsed = entry.get(key)
        if parsed:
            return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat(), label
    return None, None


def _guid_link(entry: Any) -> str | None:
    """A guid that is a permalink stands in for a missing link."""
    guid = entry.get("id") or ""
    return guid if guid.startswith(("http://", "https://")) else None
