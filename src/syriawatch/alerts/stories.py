"""What alerts are about, read from the warehouse:

- stories: the events of one type at one place on one day, across all the
  articles that reported them; every source that carried one of those articles
  (copies included, see `article_sources`) counts once;
- surges: places or actors named in far more articles today than on an average
  day of the week before;
- failing feeds: feeds failing for longer than a threshold.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import duckdb


@dataclass(frozen=True, slots=True)
class Story:
    key: str
    event_type: str
    subtype: str
    location_id: str | None
    location: str | None
    place_kind: str | None  # the place's subtype: city, governorate, town ...
    governorate_id: str | None
    governorate: str | None
    day: date | None
    fatalities: int | None
    sources: int
    source_names: tuple[str, ...]
    articles: int
    headline: str
    url: str | None
    evidence: str
    actor_ids: tuple[str, ...]
    relevance: float
    first_seen: datetime


STORIES_SQL = """
WITH keyed AS (
    SELECT e.*, a.title, a.url, a.fetched_at, a.relevance,
           coalesce(e.event_date, CAST(a.published_at AS DATE), CAST(a.fetched_at AS DATE)) AS day
    FROM events e JOIN articles a ON a.id = e.article_id
    WHERE coalesce(a.published_at, a.fetched_at) >= $since AND a.is_syria_related
), stories AS (
    SELECT k.event_type || '|' || coalesce(k.location_id, '-') || '|' || CAST(k.day AS VARCHAR)
               AS story_key,
           any_value(k.event_type) AS event_type,
           arg_max(k.sub_event_type, k.confidence) AS subtype,
           any_value(k.location_id) AS location_id,
           any_value(k.day) AS day,
           max(k.fatalities) AS fatalities,
           count(DISTINCT coalesce(s.source_id, k.article_id)) AS sources,
           list(DISTINCT coalesce(src.name, s.source_id)) FILTER (s.source_id IS NOT NULL)
               AS source_names,
           count(DISTINCT k.article_id) AS articles,
           arg_min(k.title, k.fetched_at) AS headline,
           arg_min(k.url, k.fetched_at) AS url,
           arg_max(k.evidence, k.confidence) AS evidence,
           list_distinct(flatten(list(k.actors))) AS actors,
           max(k.relevance) AS relevance,
           min(k.fetched_at) AS first_seen
    FROM keyed k
    LEFT JOIN article_sources s ON s.article_id = k.article_id
    LEFT JOIN sources src ON src.id = s.source_id
    GROUP BY 1
)
SELECT st.story_key, st.event_type, st.subtype, st.location_id, loc.name, loc.subtype,
       loc.governorate_id, gov.name, st.day, st.fatalities, st.sources,
       coalesce(st.source_names, []), st.articles, st.headline, st.url, st.evidence,
       coalesce(st.actors, []), st.relevance, st.first_seen
FROM stories st
LEFT JOIN entities loc ON loc.id = st.location_id
LEFT JOIN entities gov ON gov.id = loc.governorate_id
ORDER BY st.first_seen, st.story_key
"""


def recent_stories(con: duckdb.DuckDBPyConnection, since: datetime) -> list[Story]:
    rows = con.execute(STORIES_SQL, {"since": since}).fetchall()
    return [
        Story(  # one starred tuple: mypy cannot count the arguments after a starred slice
            *(
                *row[:11],
                tuple(sorted(row[11])),
                row[12],
                row[13] or "",
                row[14],
                row[15],
                tuple(row[16]),
                row[17],
                row[18],
            )
        )
        for row in rows
    ]


@dataclass(frozen=True, slots=True)
class Surge:
    entity_id: str
    name: str
    entity_type: str
    day: date
    articles: int  # articles naming it that day
    baseline: float  # mean articles a day over the 7 days before


SURGES_SQL = """
WITH daily AS (
    SELECT m.entity_id, CAST(coalesce(a.published_at, a.fetched_at) AS DATE) AS day,
           count(DISTINCT m.article_id) AS articles
    FROM mentions m
    JOIN articles a ON a.id = m.article_id AND a.is_syria_related
    WHERE coalesce(a.published_at, a.fetched_at) >= $start
    GROUP BY ALL
)
SELECT t.entity_id, e.name, e.type, t.day, t.articles,
       coalesce(sum(b.articles), 0) / 7.0 AS baseline
FROM daily t
JOIN entities e ON e.id = t.entity_id AND list_contains($types, e.type)
LEFT JOIN daily b ON b.entity_id = t.entity_id AND b.day < t.day AND b.day >= t.day - 7
WHERE t.day = $today
GROUP BY ALL
HAVING t.articles >= $min_articles AND t.articles >= $factor * greatest(baseline, 1)
ORDER BY t.articles DESC
"""


def surges(
    con: duckdb.DuckDBPyConnection,
    today: date,
    entity_types: tuple[str, ...],
    factor: float,
    min_articles: int,
) -> list[Surge]:
    rows = con.execute(
        SURGES_SQL,
        {
            "start": datetime.combine(today - timedelta(days=7), datetime.min.time()),
            "today": today,
            "types": list(entity_types),
            "factor": factor,
            "min_articles": min_articles,
        },
    ).fetchall()
    return [Surge(*row) for row in rows]


@dataclass(frozen=True, slots=True)
class FailingFeed:
    source_id: str
    name: str
    url: str
    failing_since: datetime
    failures: int
    last_error: str | None


def failing_feeds(con: duckdb.DuckDBPyConnection, before: datetime) -> list[FailingFeed]:
    rows = con.execute(
        "SELECT source_id, name, url, failing_since, consecutive_failures, last_error "
        "FROM feed_state WHERE failing_since IS NOT NULL AND failing_since <= $before "
        "ORDER BY failing_since",
        {"before": before},
    ).fetchall()
    return [FailingFeed(*row) for row in rows]
