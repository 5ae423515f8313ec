"""DuckDB warehouse: connect (waiting for a busy file), migrate, load, query.

- Migrations are the numbered `.sql` files of `warehouse/migrations/`, applied
  in order on connect and recorded in `schema_migrations`.
- A load is one transaction: all of a batch or nothing. Copies of stored
  articles are found before inserting (see `dedupe`) and only add a row to
  `article_sources`; `ON CONFLICT DO NOTHING` is the backstop. Rows go in
  as whole columns (`INSERT ... SELECT unnest(...)`), never row by row.
- DuckDB lets one process hold the file. Writers hold it only for a load;
  anyone else waits (up to `SYRIAWATCH_DB_WAIT` seconds, default 60) and then
  gets a clear WarehouseBusyError.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import astuple, dataclass, fields
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import duckdb
from tenacity import Retrying, retry_if_exception, stop_after_delay, wait_exponential

from .dedupe import MIN_NEAR_CHARS, NEAR_BITS, NEAR_WINDOW_DAYS, Known, classify
from .errors import WarehouseBusyError, WarehouseError
from .records import Article, Detection, Entity, Event, Source
from .sources.feed_state import FeedState

MIGRATION_DIRS = (
    Path(__file__).with_name("migrations"),  # installed wheel
    Path(__file__).resolve().parents[2] / "warehouse" / "migrations",  # source checkout
)
_MIGRATION_NAME = re.compile(r"^(\d+)_[\w-]+\.sql$")


def migrations_dir() -> Path:
    for folder in MIGRATION_DIRS:
        if folder.is_dir():
            return folder
    raise WarehouseError("the warehouse migrations are missing from this installation")


def _is_lock_error(exc: BaseException) -> bool:
    return isinstance(exc, duckdb.IOException) and "lock" in str(exc).lower()


@contextmanager
def connect(path: Path, read_only: bool = False) -> Iterator[duckdb.DuckDBPyConnection]:
    """Open (and migrate) the warehouse; wait while another process holds it."""
    path = Path(path)
    if read_only and not path.exists():
        raise WarehouseError(f"{path}: no warehouse here yet; run `syriawatch run` first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    wait = float(os.environ.get("SYRIAWATCH_DB_WAIT", "60"))
    try:
        for attempt in Retrying(
            retry=retry_if_exception(_is_lock_error),
            stop=stop_after_delay(wait),
            wait=wait_exponential(multiplier=0.05, max=2),
            reraise=True,
        ):
            with attempt:
                con = duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if _is_lock_error(exc):
            raise WarehouseBusyError(
                f"{path}: the database is in use by another process (waited {wait:g} s); "
                "try again when it has finished, or raise SYRIAWATCH_DB_WAIT"
            ) from None
        raise WarehouseError(f"{path}: cannot open: {exc}") from None
    except duckdb.Error as exc:
        raise WarehouseError(f"{path}: cannot open: {exc}") from None
    try:
        if not read_only:
            migrate(con)
        yield con
    finally:
        con.close()


def migrate(con: duckdb.DuckDBPyConnection) -> list[int]:
    """Apply the migrations this database has not seen yet; return their numbers."""
    con.execute(
        "CREATE TABLE IF NOT EXISTS schema_migrations "
        "(version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)"
    )
    applied = {row[0] for row in con.execute("SELECT version FROM schema_migrations").fetchall()}
    done = []
    for path in sorted(migrations_dir().glob("*.sql")):
        match = _MIGRATION_NAME.match(path.name)
        if not match or int(match.group(1)) in applied:
            continue
        version = int(match.group(1))
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(path.read_text(encoding="utf-8"))
            con.execute(
                "INSERT INTO schema_migrations VALUES (?, ?, ?)",
                [version, path.name, datetime.now(UTC)],
            )
            con.execute("COMMIT")
        except duckdb.Error as exc:
            con.execute("ROLLBACK")
            raise WarehouseError(f"migration {path.name} failed: {exc}") from None
        done.append(version)
    return done


def insert_columns(
    con: duckdb.DuckDBPyConnection,
    table: str,
    columns: Sequence[str],
    rows: Sequence[tuple[Any, ...]],
    replace: bool = False,
) -> None:
    """Insert rows as whole columns in one statement. Existing keys are left alone,
    or with `replace`, overwritten."""
    if not rows:
        return
    values = [list(column) for column in zip(*rows, strict=True)]
    select = ", ".join(f"unnest(${i + 1})" for i in range(len(columns)))
    verb = "INSERT OR REPLACE INTO" if replace else "INSERT INTO"
    conflict = "" if replace else " ON CONFLICT DO NOTHING"
    con.execute(f"{verb} {table} ({', '.join(columns)}) SELECT {select}{conflict}", values)


@dataclass(frozen=True, slots=True)
class LoadCounts:
    articles_new: int
    articles_known: int  # copies of stored articles: same URL, guid or text, or near-duplicates
    mentions_new: int
    events_new: int


def load(
    con: duckdb.DuckDBPyConnection,
    run_id: str,
    sources: Sequence[Source],
    articles: Sequence[Article],
    detections: Sequence[Detection],
    entities: Sequence[Entity],
    now: datetime,
    feed_states: Sequence[FeedState] = (),
) -> LoadCounts:
    """Load one batch in one transaction: new articles with their detections, a
    sighting for every article, the feeds' polling state. All or nothing."""
    detection_of = {d.article_id: d for d in detections}
    con.execute("BEGIN TRANSACTION")
    try:
        deduped = classify(articles, known_copies(con, articles, now))
        new_detections = [detection_of[a.id] for a in deduped.new]
        insert_columns(
            con,
            "sources",
            ("id", "kind", "name", "location", "first_seen"),
            [(s.id, s.kind, s.name, s.location, now) for s in sources],
        )
        replace_entities(con, entities)
        insert_columns(
            con,
            "articles",
            ARTICLE_COLUMNS,
            [article_row(a, detection_of[a.id], run_id) for a in deduped.new],
        )
        insert_columns(
            con,
            "article_sources",
            ("article_id", "source_id", "url", "match", "first_seen"),
            [(s.article_id, s.source_id, s.url, s.match, now) for s in deduped.sightings],
        )
        mentions = [
            (d.article_id, m.entity_id, m.surface, m.start, m.end, m.alias)
            for d in new_detections
            for m in d.mentions
        ]
        insert_columns(
            con,
            "mentions",
            ("article_id", "entity_id", "surface_form", "span_start", "span_end", "alias"),
            mentions,
        )
        insert_columns(
            con,
            "keyword_hits",
            ("article_id", "term", "count"),
            [(d.article_id, k.term, k.count) for d in new_detections for k in d.keywords],
        )
        events = [
            (
                event_id(d.article_id, e),
                d.article_id,
                e.type,
                e.subtype,
                e.event_date,
                e.location_id,
                list(e.actors),
                e.fatalities,
                e.injuries,
                e.evidence,
                e.confidence,
            )
            for d in new_detections
            for e in d.events
        ]
        insert_columns(
            con,
            "events",
            (
                "id",
                "article_id",
                "event_type",
                "sub_event_type",
                "event_date",
                "location_id",
                "actors",
                "fatalities",
                "injuries",
                "evidence",
                "confidence",
            ),
            events,
        )
        insert_columns(
            con,
            "event_figures",
            ("event_id", "ord", "kind", "figure", "source_id", "source", "evidence"),
            [
                (event_id(d.article_id, e), n, f.kind, f.value, f.source_id, f.source, f.evidence)
                for d in new_detections
                for e in d.events
                for n, f in enumerate(e.figures)
            ],
        )
        insert_columns(
            con,
            "claims",
            (
                "article_id",
                "ord",
                "speaker_id",
                "speaker",
                "stance",
                "about",
                "contested",
                "evidence",
            ),
            [
                (
                    d.article_id,
                    n,
                    c.speaker_id,
                    c.speaker,
                    c.stance,
                    c.about,
                    c.contested,
                    c.evidence,
                )
                for d in new_detections
                for n, c in enumerate(d.claims)
            ],
        )
        save_feed_states(con, feed_states)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return LoadCounts(
        len(deduped.new), len(articles) - len(deduped.new), len(mentions), len(events)
    )


def event_id(article_id: str, event: Event) -> str:
    return f"{article_id}:{event.type}:{event.location_id or ''}"


def known_copies(
    con: duckdb.DuckDBPyConnection, articles: Sequence[Article], now: datetime
) -> Known:
    """Everything stored (or earlier in the batch) that an article of the batch may copy."""
    known = Known()
    if not articles:
        return known
    con.execute(
        "CREATE OR REPLACE TEMP TABLE staged AS SELECT unnest($1) AS id, unnest($2) AS source_id,"
        " unnest($3) AS guid, unnest($4) AS content_hash, unnest($5) AS simhash,"
        " unnest($6) AS long_enough, unnest(range(len($1))) AS ord",
        [
            [a.id for a in articles],
            [a.source_id for a in articles],
            [a.guid for a in articles],
            [a.content_hash for a in articles],
            [a.simhash for a in articles],
            [len(a.body) >= MIN_NEAR_CHARS for a in articles],
        ],
    )
    known.ids = {
        r[0]
        for r in con.execute(
            "SELECT a.id FROM articles a SEMI JOIN staged s ON a.id = s.id"
        ).fetchall()
    }
    known.guids = {
        (r[0], r[1]): r[2]
        for r in con.execute(
            "SELECT a.source_id, a.guid, a.id FROM articles a "
            "SEMI JOIN staged s ON a.guid = s.guid AND a.source_id = s.source_id"
        ).fetchall()
    }
    known.hashes = {
        r[0]: r[1]
        for r in con.execute(
            "SELECT a.content_hash, min(a.id) FROM articles a "
            "SEMI JOIN staged s ON a.content_hash = s.content_hash GROUP BY 1"
        ).fetchall()
    }
    near_pairs = con.execute(
        f"""
        SELECT s.id, a.id, 0 AS in_batch, bit_count(xor(s.simhash, a.simhash)) AS distance
        FROM staged s JOIN articles a
          ON bit_count(xor(s.simhash, a.simhash)) <= {NEAR_BITS}
         AND length(a.body) >= {MIN_NEAR_CHARS} AND a.fetched_at >= $since
        WHERE s.long_enough
        UNION ALL
        SELECT later.id, earlier.id, 1, bit_count(xor(later.simhash, earlier.simhash))
        FROM staged later JOIN staged earlier
          ON earlier.ord < later.ord AND earlier.id <> later.id
         AND bit_count(xor(later.simhash, earlier.simhash)) <= {NEAR_BITS}
        WHERE later.long_enough AND earlier.long_enough
        ORDER BY 3, 4
        """,
        {"since": now - timedelta(days=NEAR_WINDOW_DAYS)},
    ).fetchall()
    for new_id, old_id, _, _ in near_pairs:
        known.near.setdefault(new_id, old_id)  # stored articles first, then the closest
    return known


ARTICLE_COLUMNS = (
    "id",
    "source_id",
    "origin",
    "url",
    "title",
    "body",
    "language",
    "published_at",
    "published_from",
    "fetched_at",
    "content_hash",
    "simhash",
    "is_syria_related",
    "relevance",
    "run_id",
    "guid",
    "author",
)


def article_row(article: Article, detection: Detection, run_id: str) -> tuple[Any, ...]:
    return (
        article.id,
        article.source_id,
        article.origin,
        article.url,
        article.title,
        article.body,
        article.language,
        article.published_at,
        article.published_from,
        article.fetched_at,
        article.content_hash,
        article.simhash,
        detection.is_syria_related,
        detection.relevance,
        run_id,
        article.guid,
        article.author,
    )


FEED_STATE_COLUMNS = tuple(f.name for f in fields(FeedState))  # the table has the same columns


def save_feed_states(con: duckdb.DuckDBPyConnection, states: Sequence[FeedState]) -> None:
    insert_columns(
        con, "feed_state", FEED_STATE_COLUMNS, [astuple(s) for s in states], replace=True
    )


def read_feed_states(con: duckdb.DuckDBPyConnection) -> dict[str, FeedState]:
    rows = con.execute(f"SELECT {', '.join(FEED_STATE_COLUMNS)} FROM feed_state").fetchall()
    return {row[0]: FeedState(*row) for row in rows}


def replace_entities(con: duckdb.DuckDBPyConnection, entities: Sequence[Entity]) -> None:
    """The entities table mirrors the watchlist in use (names, coordinates may be edited)."""
    rows = [
        (
            e.id,
            e.name,
            e.type,
            e.subtype,
            e.wikidata,
            e.lat,
            e.lon,
            e.governorate,
            e.pcode,
            e.actor_class,
        )
        for e in entities
    ]
    con.execute("DELETE FROM entities")
    insert_columns(
        con,
        "entities",
        (
            "id",
            "name",
            "type",
            "subtype",
            "wikidata",
            "latitude",
            "longitude",
            "governorate_id",
            "pcode",
            "actor_class",
        ),
        rows,
    )


def query(con: duckdb.DuckDBPyConnection, sql: str) -> tuple[list[str], list[tuple[Any, ...]]]:
    """Run one query; return column names and rows."""
    try:
        cursor = con.execute(sql)
    except duckdb.Error as exc:
        raise WarehouseError(str(exc).splitlines()[0]) from None
    if cursor.description is None:
        return [], []
    return [d[0] for d in cursor.description], cursor.fetchall()
