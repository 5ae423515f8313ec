"""Per-feed polling state and the pure decision of what one poll means for it.

`decide()` touches no network, database or clock: it takes the state before,
what the poll gave, and `now`, and returns the state after. That is where the
politeness rules live:

- success (200 with a readable feed, or 304): failures reset, validators
  (ETag, Last-Modified) kept for the next conditional GET, next poll after the
  feed's interval;
- 429 or 503 with Retry-After: wait at least that long;
- any other failure: exponential backoff from the interval, doubling per
  consecutive failure, capped at MAX_BACKOFF; a later success recovers;
- 410 Gone: the feed is retired (polled again only after MAX_BACKOFF);
- a permanent redirect (301/308) moves the feed to its new URL.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from email.utils import parsedate_to_datetime

MAX_BACKOFF = timedelta(hours=24)


@dataclass(frozen=True, slots=True)
class FeedState:
    source_id: str
    name: str
    url: str  # where the feed is polled now: the configured URL, or where it moved
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None  # HTTP status of the last poll; None: no response
    last_polled: datetime | None = None
    last_success: datetime | None = None
    last_error: str | None = None
    last_warning: str | None = None
    consecutive_failures: int = 0
    items_seen: int = 0
    next_poll: datetime | None = None
    failing_since: datetime | None = None  # the first failure of the current run of them

    def is_due(self, now: datetime) -> bool:
        return self.next_poll is None or self.next_poll <= now


@dataclass(frozen=True, slots=True)
class PollOutcome:
    """What one poll of a feed gave, as far as scheduling is concerned."""

    status: int | None
    error: str | None = None  # None: the feed was read (or not modified)
    warning: str | None = None  # read, but with a problem worth knowing (e.g. malformed XML)
    entries: int = 0
    etag: str | None = None
    last_modified: str | None = None
    retry_after: timedelta | None = None
    moved_to: str | None = None  # the target of a permanent redirect


def decide(state: FeedState, outcome: PollOutcome, interval: timedelta, now: datetime) -> FeedState:
    url = outcome.moved_to or state.url
    if outcome.error is None:
        return replace(
            state,
            url=url,
            etag=outcome.etag or (state.etag if outcome.status == 304 else None),
            last_modified=outcome.last_modified
            or (state.last_modified if outcome.status == 304 else None),
            last_status=outcome.status,
            last_polled=now,
            last_success=now,
            last_error=None,
            last_warning=outcome.warning,
            consecutive_failures=0,
            items_seen=state.items_seen + outcome.entries,
            next_poll=now + interval,
            failing_since=None,
        )
    failures = state.consecutive_failures + 1
    if outcome.status == 410:
        wait = MAX_BACKOFF
    else:
        wait = min(interval * 2 ** min(failures, 20), MAX_BACKOFF)
        if outcome.retry_after is not None:
            wait = max(wait, min(outcome.retry_after, MAX_BACKOFF))
    return replace(
        state,
        url=url,
        last_status=outcome.status,
        last_polled=now,
        last_error=outcome.error,
        consecutive_failures=failures,
        next_poll=now + wait,
        failing_since=state.failing_since or now,
    )


def parse_retry_after(value: str | None, now: datetime) -> timedelta | None:
    """Retry-After as seconds or an HTTP date; None when absent or unreadable."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return timedelta(seconds=int(value))
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        return None
    return max(when - now, timedelta(0))
