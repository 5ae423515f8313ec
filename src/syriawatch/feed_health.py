"""Feed health for `syriawatch feeds`: the configured feeds beside their stored
polling state, including feeds that are disabled or were never polled."""

from __future__ import annotations

from typing import Any

from .config import Settings
from .sources.feed_state import FeedState
from .sources.feeds import feed_source
from .warehouse import connect, read_feed_states

COLUMNS = [
    "name",
    "enabled",
    "status",
    "last_success",
    "failures",
    "items",
    "next_poll",
    "url",
    "problem",
]


def feed_health(settings: Settings) -> tuple[list[str], list[tuple[Any, ...]]]:
    states: dict[str, FeedState] = {}
    if settings.db_path.exists():
        with connect(settings.db_path, read_only=True) as con:
            states = read_feed_states(con)
    rows: list[tuple[Any, ...]] = []
    for feed in settings.sources.feeds:
        state = states.get(feed_source(feed.url).id)
        if state is None:
            rows.append((feed.name, feed.enabled, "never polled", None, 0, 0, None, feed.url, None))
            continue
        rows.append(
            (
                feed.name,
                feed.enabled,
                state.last_status if state.last_status is not None else "no answer",
                state.last_success,
                state.consecutive_failures,
                state.items_seen,
                state.next_poll,
                state.url,
                state.last_error or state.last_warning,
            )
        )
    return COLUMNS, rows
