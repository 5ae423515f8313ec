"""RSS/Atom feeds: fetched with httpx, parsed with feedparser from the bytes.

feedparser never fetches anything itself: it gets the body and the response
headers (for the charset). Each feed is fetched with a timeout and a size cap
(the body is streamed and the download aborted past the cap). A feed that
fails, or yields no entries from ill-formed XML, is a failure for that feed
alone; the others go on.
"""

from __future__ import annotations

import asyncio
import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import feedparser
import httpx

from .. import __version__
from ..errors import SourceError, TransientSourceError
from ..records import Collected, RawDocument, Source, SourceFailure

USER_AGENT = f"syriawatch/{__version__} (+https://github.com/syriawatch/syriawatch)"


@dataclass(frozen=True, slots=True)
class FetchLimits:
    timeout: float = 20.0  # seconds, for connect, read and the whole download
    max_bytes: int = 10 * 1024 * 1024
    max_entries: int = 500
    concurrency: int = 16


def feed_source(url: str, name: str | None = None, language: str | None = None) -> Source:
    return Source(kind="feed", name=name or url, location=url, language=language)


def collect_feeds(
    sources: Sequence[Source], limits: FetchLimits = FetchLimits()
) -> list[Collected]:
    return asyncio.run(fetch_all(sources, limits))


async def fetch_all(sources: Sequence[Source], limits: FetchLimits) -> list[Collected]:
    semaphore = asyncio.Semaphore(limits.concurrency)
    timeout = httpx.Timeout(limits.timeout)
    async with httpx.AsyncClient(
        timeout=timeout, follow_redirects=True, headers={"User-Agent": USER_AGENT}
    ) as client:

        async def one(source: Source) -> Collected:
            async with semaphore:
                try:
                    body, headers = await asyncio.wait_for(
                        fetch(client, source.location, limits.max_bytes), limits.timeout * 2
                    )
                    return parse_feed(source, body, headers, limits.max_entries)
                except SourceError as exc:
                    return Collected(source, failures=(exc.as_failure(),))
                except TimeoutError:
                    return Collected(
                        source,
                        failures=(
                            SourceFailure(
                                source.location, f"timed out after {limits.timeout * 2:g} s"
                            ),
                        ),
                    )

        return list(await asyncio.gather(*(one(s) for s in sources)))


async def fetch(
    client: httpx.AsyncClient, url: str, max_bytes: int
) -> tuple[bytes, dict[str, str]]:
    try:
        async with client.stream("GET", url) as response:
            if response.status_code >= 500 or response.status_code == 429:
                raise TransientSourceError(url, f"HTTP {response.status_code}")
            if response.status_code >= 400:
                raise SourceError(url, f"HTTP {response.status_code}")
            chunks, size = [], 0
            async for chunk in response.aiter_bytes():
                size += len(chunk)
                if size > max_bytes:
                    raise SourceError(
                        url, f"response larger than {max_bytes} bytes; download stopped"
                    )
                chunks.append(chunk)
            return b"".join(chunks), dict(response.headers)
    except httpx.TimeoutException:
        raise TransientSourceError(url, "timed out") from None
    except httpx.HTTPError as exc:
        raise TransientSourceError(url, f"{type(exc).__name__}: {exc}") from None


def parse_feed(source: Source, body: bytes, headers: dict[str, str], max_entries: int) -> Collected:
    parsed = feedparser.parse(body, response_headers=headers, sanitize_html=True)
    entries = parsed.entries[:max_entries]
    if not entries:
        if parsed.bozo:
            reason = f"not a readable feed: {parsed.get('bozo_exception')}"
            return Collected(source, failures=(SourceFailure(source.location, reason),))
        return Collected(source)
    language = parsed.feed.get("language") or source.language
    documents = []
    failures = []
    for index, entry in enumerate(entries):
        document = entry_document(source, entry, index, language)
        if document is None:
            failures.append(
                SourceFailure(
                    f"{source.location}#entry{index + 1}", "entry has neither title nor text"
                )
            )
        else:
            documents.append(document)
    return Collected(source, tuple(documents), tuple(failures))


def entry_document(
    source: Source, entry: Any, index: int, language: str | None
) -> RawDocument | None:
    content = entry.get("content") or []
    body = content[0].get("value", "") if content else entry.get("summary", "")
    title = entry.get("title", "")
    if not (title.strip() or body.strip()):
        return None
    return RawDocument(
        source=source,
        origin=f"{source.location}#entry{index + 1}",
        title=title,
        body=body,
        body_is_html=True,
        url=entry.get("link"),
        published=entry_date(entry),
        language=language,
        guid=entry.get("id"),
        author=entry.get("author"),
    )


def entry_date(entry: Any) -> str | None:
    """feedparser's parsed date (a UTC struct_time) as ISO 8601."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), UTC).isoformat()
