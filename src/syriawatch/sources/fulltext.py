"""Full text for feeds that carry only summaries (`full_text = true` in sources.toml).

Each new entry's page is fetched on the feeds' own client and limits, and the
article text extracted with trafilatura (in a thread: it is CPU work). When a
page cannot be fetched or has no extractable article, the feed's summary is
kept and the problem reported; the entry is never lost.
"""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from dataclasses import replace
from urllib.parse import urlsplit

import httpx

from ..records import RawDocument, SourceFailure
from .feeds import FetchLimits, http_client, read_capped


def fetch_full_texts(
    documents: Sequence[RawDocument], limits: FetchLimits
) -> tuple[list[RawDocument], list[SourceFailure]]:
    """The documents with their page text where it could be had, and what went wrong."""
    if not documents:
        return [], []
    return asyncio.run(_fetch_all(documents, limits))


async def _fetch_all(
    documents: Sequence[RawDocument], limits: FetchLimits
) -> tuple[list[RawDocument], list[SourceFailure]]:
    limit_all = asyncio.Semaphore(limits.concurrency)
    per_host: dict[str, asyncio.Semaphore] = {}
    async with http_client(limits) as client:

        async def one(doc: RawDocument) -> tuple[RawDocument, SourceFailure | None]:
            assert doc.url is not None
            host = per_host.setdefault(urlsplit(doc.url).netloc, asyncio.Semaphore(limits.per_host))
            async with limit_all, host:
                html, problem = await fetch_page(client, doc.url, limits)
            if html is not None:
                text = await asyncio.to_thread(extract_article, html)
                if text:
                    return replace(doc, body=text, body_is_html=False), None
                problem = "no article text found in the page"
            return doc, SourceFailure(doc.url, f"full text: {problem}; kept the feed summary")

        results = await asyncio.gather(*(one(d) for d in documents))
    return [doc for doc, _ in results], [f for _, f in results if f is not None]


async def fetch_page(
    client: httpx.AsyncClient, url: str, limits: FetchLimits
) -> tuple[str | None, str | None]:
    try:
        async with asyncio.timeout(limits.total_timeout), client.stream("GET", url) as response:
            if response.status_code >= 400:
                return None, f"HTTP {response.status_code}"
            body = await read_capped(response, limits.max_bytes)
            if body is None:
                return None, f"page larger than {limits.max_bytes:,} bytes"
            return body.decode(response.encoding or "utf-8", errors="replace"), None
    except TimeoutError:
        return None, "timed out"
    except httpx.HTTPError as exc:
        return None, f"{type(exc).__name__}: {exc}"


def extract_article(html: str) -> str | None:
    import trafilatura

    return trafilatura.extract(html, include_comments=False, include_tables=False)
