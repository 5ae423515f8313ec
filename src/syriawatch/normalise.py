"""Normalise: turn a RawDocument into a clean Article.

Text cleanup (HTML to text, Unicode NFC, whitespace, site trailers such as
"Comments"), canonical URL, stable id, content hash, near-duplicate signature
(64-bit SimHash), language and UTC publication date. Pure: no network, disk or
clock; `fetched_at` is passed in.

The publication date is only ever what the source said: when it says nothing,
`published_at` is None rather than a made-up date.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime
from functools import lru_cache
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

import numpy as np

from .records import Article, RawDocument

# Lines that sites append below the article; removed from the end only.
TRAILER_LINES = frozenset(
    {
        "comments",
        "comment",
        "share",
        "share this",
        "share this article",
        "advertisement",
        "read more",
        "related",
        "related articles",
        "related stories",
        "more on this story",
        "follow us",
        "subscribe",
        "print",
        "email",
    }
)
TRACKING_PARAMS = re.compile(
    r"^(utm_\w+|fbclid|gclid|dclid|msclkid|mc_cid|mc_eid|ocid|cmpid|cmp|ito|ref|ref_src|"
    r"rss|feature|at_medium|at_campaign|at_custom\d*|_ga|yclid|igshid|s_kwcid)$",
    re.IGNORECASE,
)
_SPACES = re.compile(r"[ \t\f\v\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_WORDS = re.compile(r"\w+")
_ARABIC = re.compile(r"[\u0600-\u06ff]")


def normalise(doc: RawDocument, fetched_at: datetime) -> Article:
    title = clean_text(doc.title)
    body = html_to_text(doc.body) if doc.body_is_html else doc.body
    body = strip_trailers(clean_text(body))
    url = canonical_url(doc.url) if doc.url else None
    content_hash = hash_text(f"{fold_for_hash(title)}\n{fold_for_hash(body)}")
    published_at = parse_published(doc.published) if doc.published else None
    return Article(
        id=article_id(url, content_hash),
        source_id=doc.source.id,
        origin=doc.origin,
        url=url,
        title=title,
        body=body,
        language=normalise_language(doc.language) or detect_language(f"{title}\n{body}"),
        published_at=published_at,
        published_from=(doc.published_from or "source") if published_at else None,
        fetched_at=fetched_at,
        content_hash=content_hash,
        simhash=simhash(body),  # outlets rewrite headlines; the body tells a copy
        guid=doc.guid,
        author=clean_text(doc.author) if doc.author else None,
    )


def html_to_text(html: str) -> str:
    import html_text  # lxml-based; only paid for when there is HTML

    return html_text.extract_text(html, guess_layout=True)


def clean_text(text: str) -> str:
    """NFC, one space between words, at most one blank line between paragraphs."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(lines)
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def strip_trailers(body: str) -> str:
    lines = body.split("\n")
    while lines and (not lines[-1].strip() or is_trailer(lines[-1])):
        lines.pop()
    return "\n".join(lines)


def is_trailer(line: str) -> bool:
    words = line.strip().lower().rstrip(".:…")
    return words in TRAILER_LINES or bool(re.fullmatch(r"\d+\s+comments?", words))


def canonical_url(url: str) -> str:
    """Lower-case scheme and host, no default port, fragment or tracking parameters."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    if port and not ((scheme == "http" and port == 80) or (scheme == "https" and port == 443)):
        host = f"{host}:{port}"
    query = [
        (k, v)
        for k, v in parse_qsl(parts.query, keep_blank_values=True)
        if not TRACKING_PARAMS.match(k)
    ]
    return urlunsplit((scheme, host, parts.path or "/", urlencode(query), ""))


def fold_for_hash(text: str) -> str:
    return " ".join(_WORDS.findall(text.casefold()))


def hash_text(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]


def article_id(url: str | None, content_hash: str) -> str:
    """Stable id: from the canonical URL, or from the content when there is no URL."""
    key = f"url:{url}" if url else f"text:{content_hash}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def simhash(text: str) -> int:
    """64-bit SimHash over word trigrams: near-identical texts differ in few bits.

    Words are hashed once (blake2b, cached); a trigram's hash mixes its three
    word hashes in wrapping uint64 arithmetic, so the per-gram work is numpy's.
    """
    words = _WORDS.findall(text.casefold())
    if not words:
        return 0
    hashes = np.fromiter((_word_hash(w) for w in words), dtype=np.uint64, count=len(words))
    if len(hashes) >= 3:
        grams = (hashes[:-2] * _MIX[0]) ^ (hashes[1:-1] * _MIX[1]) ^ (hashes[2:] * _MIX[2])
    else:
        grams = hashes
    grams = np.unique(grams)
    bits = np.unpackbits(grams.view(np.uint8)).reshape(len(grams), 64)
    majority = bits.sum(axis=0, dtype=np.int64) * 2 > len(grams)
    value = int.from_bytes(np.packbits(majority).tobytes(), "big")
    return value - (1 << 64) if value >= 1 << 63 else value  # fits DuckDB's BIGINT


_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))


@lru_cache(maxsize=500_000)
def _word_hash(word: str) -> int:
    return int.from_bytes(hashlib.blake2b(word.encode(), digest_size=8).digest(), "little")


def normalise_language(code: str | None) -> str | None:
    if not code:
        return None
    primary = re.split(r"[-_]", code.strip())[0].lower()
    return primary if re.fullmatch(r"[a-z]{2,3}", primary) else None


def detect_language(text: str) -> str:
    sample = text[:2000]
    if len(_ARABIC.findall(sample)) > len(sample) / 4:
        return "ar"
    import py3langid  # loads its model on first use (about 0.4 s)

    return str(py3langid.classify(sample)[0])


def parse_published(value: str) -> datetime | None:
    """ISO 8601 or RFC 2822 to an aware UTC datetime; None when it cannot be read.

    A value without a time zone is taken as UTC.
    """
    value = value.strip()
    parsed: datetime | None = None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            parsed = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.astimezone(UTC)
