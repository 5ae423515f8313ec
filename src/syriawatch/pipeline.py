"""The pipeline's stages as plain functions: source -> normalise -> detect -> load.

Prefect flows (`flows/`) wrap these in tasks; `syriawatch ingest` calls them
directly. Each stage takes and returns typed records, and reports problems as
`SourceFailure`s instead of stopping: one bad file or feed never stops the rest.
"""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from pathlib import Path

from .alerts.channels import Channel, channels_from_env
from .alerts.deliver import DeliveryReport, deliver_due, read_alerts
from .alerts.outbox import flow_failure_draft, raise_alerts, write_alerts
from .alerts.rules import SEVERITIES, AlertsConfig
from .config import Settings
from .detect import Detector
from .normalise import article_id, canonical_url, normalise
from .records import Article, Collected, Detection, Source, SourceFailure
from .sources.feed_state import FeedState
from .sources.feeds import DEFAULT_LIMITS, FeedPoll, FetchLimits, feed_source, new_state, poll_feeds
from .sources.fulltext import fetch_full_texts
from .sources.seeds import collect_seed_source, seed_source
from .warehouse import LoadCounts, connect, insert_columns, load, read_feed_states


def new_run_id() -> str:
    return uuid.uuid4().hex[:12]


def configured_sources(
    settings: Settings, seed_paths: Iterable[Path] = (), feed_urls: Iterable[str] = ()
) -> list[Source]:
    """The enabled sources of sources.toml, plus any given on the command line."""
    sources = [seed_source(s.path, s.name, s.language) for s in settings.sources.seeds]
    sources += [
        feed_source(f.url, f.name, f.language, f.interval, f.full_text)
        for f in settings.sources.feeds
        if f.enabled
    ]
    sources += [seed_source(Path(p).resolve()) for p in seed_paths]
    sources += [feed_source(url) for url in feed_urls]
    return list(dict.fromkeys(sources))


@dataclass(frozen=True, slots=True)
class Collection:
    """What one pass over the sources gave."""

    collected: tuple[Collected, ...]
    polls: tuple[FeedPoll, ...] = ()  # feeds polled now, with their new state
    not_due: tuple[Source, ...] = ()  # feeds whose next poll is later


def collect(
    sources: Sequence[Source],
    db_path: Path,
    now: datetime,
    poll_all: bool = False,
    limits: FetchLimits = DEFAULT_LIMITS,
) -> Collection:
    """Read every seed source; poll the feeds that are due (all of them with `poll_all`)."""
    collected = [collect_seed_source(s) for s in sources if s.kind == "seed"]
    feeds = [s for s in sources if s.kind == "feed"]
    states = stored_feed_states(db_path) if feeds else {}
    pairs = [(s, states.get(s.id) or new_state(s)) for s in feeds]
    due = [(s, st) for s, st in pairs if poll_all or st.is_due(now)]
    polls = poll_feeds(due, now, limits)
    from_feeds = [with_full_text(p.collected, db_path, limits) for p in polls]
    return Collection(
        tuple(collected + from_feeds),
        tuple(polls),
        tuple(s for s, st in pairs if not (poll_all or st.is_due(now))),
    )


def with_full_text(collected: Collected, db_path: Path, limits: FetchLimits) -> Collected:
    """For a `full_text` feed, the page text of every entry not stored yet."""
    if not collected.source.full_text:
        return collected
    wanted = {article_id(canonical_url(d.url), ""): d for d in collected.documents if d.url}
    known = stored_article_ids(db_path, list(wanted))
    fetched, failures = fetch_full_texts([d for i, d in wanted.items() if i not in known], limits)
    by_origin = {d.origin: d for d in fetched}
    documents = tuple(by_origin.get(d.origin, d) for d in collected.documents)
    return replace(collected, documents=documents, failures=collected.failures + tuple(failures))


def stored_article_ids(db_path: Path, ids: list[str]) -> set[str]:
    if not db_path.exists() or not ids:
        return set()
    with connect(db_path, read_only=True) as con:
        rows = con.execute("SELECT id FROM articles WHERE id IN (SELECT unnest($1))", [ids])
        return {row[0] for row in rows.fetchall()}


def stored_feed_states(db_path: Path) -> dict[str, FeedState]:
    if not db_path.exists():
        return {}
    with connect(db_path, read_only=True) as con:
        return read_feed_states(con)


@dataclass(frozen=True, slots=True)
class Prepared:
    articles: tuple[Article, ...]
    detections: tuple[Detection, ...]
    failures: tuple[SourceFailure, ...]


def prepare(collected: Sequence[Collected], detector: Detector, fetched_at: datetime) -> Prepared:
    """Normalise and detect every document collected."""
    articles = [normalise(doc, fetched_at) for batch in collected for doc in batch.documents]
    detections = [detector.detect(article) for article in articles]
    failures = tuple(f for batch in collected for f in batch.failures)
    return Prepared(tuple(articles), tuple(detections), failures)


def batches(collected: Sequence[Collected], size: int) -> Iterator[list[Collected]]:
    """Cut collected documents into batches of about `size`, for one task each."""
    batch: list[Collected] = []
    count = 0
    for item in collected:
        for offset in range(0, max(len(item.documents), 1), size):
            part = Collected(
                item.source,
                item.documents[offset : offset + size],
                item.failures if offset == 0 else (),
            )
            batch.append(part)
            count += len(part.documents)
            if count >= size:
                yield batch
                batch, count = [], 0
    if batch:
        yield batch


def merge_prepared(parts: Iterable[Prepared]) -> Prepared:
    parts = list(parts)
    return Prepared(
        tuple(a for p in parts for a in p.articles),
        tuple(d for p in parts for d in p.detections),
        tuple(f for p in parts for f in p.failures),
    )


def store(
    db_path: Path,
    run_id: str,
    sources: Sequence[Source],
    prepared: Prepared,
    detector: Detector,
    now: datetime,
    polls: Sequence[FeedPoll] = (),
) -> LoadCounts:
    """Load a prepared batch, and the new state of the feeds polled for it."""
    with connect(db_path) as con:
        return load(
            con,
            run_id,
            sources,
            prepared.articles,
            prepared.detections,
            list(detector.watchlist.entities.values()),
            now,
            [p.state for p in polls],
        )


@dataclass(frozen=True, slots=True)
class AlertsRaised:
    new: tuple[str, ...]  # "severity: title" of each new or escalated alert
    report: DeliveryReport


def raise_and_deliver(
    db_path: Path, config: AlertsConfig, channels: Mapping[str, Channel], now: datetime
) -> AlertsRaised:
    """Write what the rules fire to the outbox, then send what is due."""
    with connect(db_path) as con:
        counts = raise_alerts(con, config, set(channels), now)
        raised = read_alerts(con, set(counts.new + counts.escalated))
    report = deliver_due(db_path, channels, now)
    lines = tuple(
        f"{a.severity}: {a.title}"
        for a in sorted(raised.values(), key=lambda a: (-SEVERITIES.index(a.severity), a.title))
    )
    return AlertsRaised(lines, report)


def report_flow_failure(db_path: Path, flow: str, run: str, message: str) -> DeliveryReport:
    """Write an operations alert for a failed flow run and try to send it at once."""
    now = datetime.now(UTC)
    channels = channels_from_env()
    with connect(db_path) as con:
        write_alerts(con, [flow_failure_draft(flow, run, message)], set(channels), now)
    return deliver_due(db_path, channels, now)


@dataclass(frozen=True, slots=True)
class EventLine:
    type: str
    subtype: str
    location: str | None
    fatalities: int | None
    evidence: str


@dataclass(frozen=True, slots=True)
class RunSummary:
    run_id: str
    flow: str
    started_at: datetime
    finished_at: datetime
    db_path: Path
    sources_ok: int
    sources_failed: int
    documents_read: int
    failures: tuple[SourceFailure, ...]
    counts: LoadCounts
    syria_related: int
    top_entities: tuple[tuple[str, int], ...]  # (name, articles naming it)
    events: tuple[EventLine, ...]
    feeds: tuple[tuple[str, str], ...] = ()  # (feed name, what polling it gave)
    feeds_not_due: int = 0
    alerts: AlertsRaised | None = None


def summarise(
    run_id: str,
    flow: str,
    started_at: datetime,
    finished_at: datetime,
    db_path: Path,
    collection: Collection,
    prepared: Prepared,
    counts: LoadCounts,
    detector: Detector,
    alerts: AlertsRaised | None = None,
) -> RunSummary:
    entities = detector.watchlist.entities
    collected = collection.collected
    failed = sum(1 for c in collected if c.failures and not c.documents)
    per_entity = Counter(
        entities[m.entity_id].name
        for d in prepared.detections
        if d.is_syria_related
        for m in {m.entity_id: m for m in d.mentions}.values()
    )
    events = tuple(
        EventLine(
            e.type,
            e.subtype,
            entities[e.location_id].name if e.location_id else None,
            e.fatalities,
            e.evidence,
        )
        for d in prepared.detections
        for e in d.events
    )
    return RunSummary(
        run_id=run_id,
        flow=flow,
        started_at=started_at,
        finished_at=finished_at,
        db_path=db_path,
        sources_ok=len(collected) - failed,
        sources_failed=failed,
        documents_read=len(prepared.articles),
        failures=prepared.failures,
        counts=counts,
        syria_related=sum(1 for d in prepared.detections if d.is_syria_related),
        top_entities=tuple(per_entity.most_common(10)),
        feeds=tuple((p.collected.source.name, p.summary) for p in collection.polls),
        feeds_not_due=len(collection.not_due),
        alerts=alerts,
        events=events,
    )


def finish_run(
    run_id: str,
    flow: str,
    started_at: datetime,
    db_path: Path,
    collection: Collection,
    prepared: Prepared,
    counts: LoadCounts,
    detector: Detector,
    alerts: AlertsRaised | None,
) -> RunSummary:
    """Summarise the run and record it in `runs`."""
    summary = summarise(
        run_id,
        flow,
        started_at,
        datetime.now(UTC),
        db_path,
        collection,
        prepared,
        counts,
        detector,
        alerts,
    )
    record_run(summary)
    return summary


def record_run(summary: RunSummary) -> None:
    """One row in `runs` per run, so the warehouse tells its own history."""
    c = summary.counts
    with connect(summary.db_path) as con:
        insert_columns(
            con,
            "runs",
            (
                "id",
                "flow",
                "started_at",
                "finished_at",
                "sources_ok",
                "sources_failed",
                "documents_read",
                "failures",
                "articles_new",
                "articles_known",
                "mentions_new",
                "events_new",
                "errors",
            ),
            [
                (
                    summary.run_id,
                    summary.flow,
                    summary.started_at,
                    summary.finished_at,
                    summary.sources_ok,
                    summary.sources_failed,
                    summary.documents_read,
                    len(summary.failures),
                    c.articles_new,
                    c.articles_known,
                    c.mentions_new,
                    c.events_new,
                    [f"{f.where}: {f.message}" for f in summary.failures],
                )
            ],
        )
