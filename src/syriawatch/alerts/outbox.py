"""The outbox: alerts written to the warehouse first, delivered later.

Every alert has an idempotency key, a hash of its subject (a story, a surge,
a failing feed), so a re-run writes nothing new. The rule is not part of the
key: a story that grows from one rule into a stricter one ("deadly strike" to
"mass-casualty strike") is the same incident, updated. When a story grows
(more fatalities, more sources, a higher severity) its alert gets a new
version and new deliveries: an update, not a repeat. Updates wait for the
rule's cooldown unless the severity rises. Each delivery is one channel for
one version; a channel that is not configured falls back to the local file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

import duckdb

from ..errors import ConfigError, SyriawatchError
from ..warehouse import insert_columns
from .rules import SEVERITIES, AlertsConfig, Rule, match, severity_of
from .stories import FailingFeed, Story, Surge, failing_feeds, recent_stories, surges

OPS_CHANNELS = ("ops-email", "ops-slack")


@dataclass(frozen=True, slots=True)
class AlertDraft:
    rule: str
    subject: str
    kind: str  # story | surge | operations
    mode: str
    severity: str
    score: float
    headline: str
    summary: str
    reason: str
    channels: tuple[str, ...]
    cooldown: timedelta
    sources: int = 1
    source_names: tuple[str, ...] = ()
    event_type: str | None = None
    sub_event_type: str | None = None
    location: str | None = None
    governorate: str | None = None
    day: date | None = None
    fatalities: int | None = None
    url: str | None = None

    @property
    def id(self) -> str:
        return hashlib.sha256(self.subject.encode()).hexdigest()[:16]


def story_drafts(config: AlertsConfig, stories: Iterable[Story]) -> list[AlertDraft]:
    """Each story with the first rule it matches (rules are checked in file order)."""
    drafts = []
    for story in stories:
        for rule in config.rule:
            reason = match(rule, story)
            if reason is not None:
                drafts.append(story_draft(config, rule, story, reason))
                break
    return drafts


def story_draft(config: AlertsConfig, rule: Rule, story: Story, reason: str) -> AlertDraft:
    severity, score = severity_of(story, rule.severity, config.severity)
    where = f" in {story.location}" if story.location else ""
    killed = f", {story.fatalities} killed" if story.fatalities else ""
    return AlertDraft(
        rule=rule.name,
        subject=story.key,
        kind="story",
        mode=rule.mode,
        severity=severity,
        score=score,
        headline=f"{story.subtype}{where}{killed}",
        summary=story.evidence,
        reason=f"rule {rule.name}: {reason}",
        channels=rule.channels or config.defaults.channels,
        cooldown=timedelta(
            minutes=rule.cooldown_minutes
            if rule.cooldown_minutes is not None
            else config.defaults.cooldown_minutes
        ),
        sources=story.sources,
        source_names=story.source_names,
        event_type=story.event_type,
        sub_event_type=story.subtype,
        location=story.location,
        governorate=story.governorate,
        day=story.day,
        fatalities=story.fatalities,
        url=story.url,
    )


def surge_drafts(config: AlertsConfig, found: Mapping[str, Sequence[Surge]]) -> list[AlertDraft]:
    drafts = []
    for rule in config.surge:
        for surge in found.get(rule.name, ()):
            drafts.append(
                AlertDraft(
                    rule=rule.name,
                    subject=f"surge|{surge.entity_id}|{surge.day}",
                    kind="surge",
                    mode=rule.mode,
                    severity=rule.severity,
                    score=surge.articles / max(surge.baseline, 1),
                    headline=f"Surge in coverage of {surge.name}",
                    summary=f"{surge.name} is named in {surge.articles} articles on {surge.day}, "
                    f"against {surge.baseline:.1f} a day over the week before.",
                    reason=f"rule {rule.name}: {surge.articles} articles, at least {rule.factor:g} "
                    f"times the 7-day mean of {surge.baseline:.1f}",
                    channels=rule.channels or config.defaults.channels,
                    cooldown=timedelta(minutes=config.defaults.cooldown_minutes),
                    location=surge.name if surge.entity_type == "place" else None,
                    day=surge.day,
                )
            )
    return drafts


def failing_feed_drafts(config: AlertsConfig, feeds: Iterable[FailingFeed]) -> list[AlertDraft]:
    hours = config.operations.feed_failing_hours
    return [
        AlertDraft(
            rule="feed-failing",
            subject=f"ops|feed|{feed.source_id}|{feed.failing_since}",
            kind="operations",
            mode="immediate",
            severity="medium",
            score=0,
            headline=f"Feed failing: {feed.name}",
            summary=f"{feed.url} has failed {feed.failures} times since "
            f"{feed.failing_since:%Y-%m-%d %H:%M} UTC. Last error: {feed.last_error or 'unknown'}",
            reason=f"failing for more than {hours:g} hours",
            channels=OPS_CHANNELS,
            cooldown=timedelta(0),
            url=feed.url,
        )
        for feed in feeds
    ]


def flow_failure_draft(flow: str, run: str, error: str) -> AlertDraft:
    return AlertDraft(
        rule="flow-failed",
        subject=f"ops|flow|{run}",
        kind="operations",
        mode="immediate",
        severity="high",
        score=0,
        headline=f"Flow failed: {flow}",
        summary=f"Run {run} of {flow} failed: {error}",
        reason="a flow run failed",
        channels=OPS_CHANNELS,
        cooldown=timedelta(0),
    )


@dataclass(slots=True)
class WriteCounts:
    new: list[str] = field(default_factory=list)
    escalated: list[str] = field(default_factory=list)


ALERT_COLUMNS = (
    "id",
    "rule",
    "subject",
    "kind",
    "mode",
    "severity",
    "score",
    "headline",
    "summary",
    "reason",
    "event_type",
    "sub_event_type",
    "location",
    "governorate",
    "day",
    "fatalities",
    "sources",
    "source_names",
    "url",
    "version",
    "created_at",
    "updated_at",
)
DELIVERY_COLUMNS = ("alert_id", "version", "channel", "mode", "status", "attempts", "next_attempt")


def write_alerts(
    con: duckdb.DuckDBPyConnection,
    drafts: Sequence[AlertDraft],
    available: set[str],
    now: datetime,
) -> WriteCounts:
    """Write new alerts and escalations with their deliveries, in one transaction."""
    counts = WriteCounts()
    drafts = list({d.id: d for d in drafts}.values())
    con.execute("BEGIN TRANSACTION")
    try:
        stored = {
            row[0]: row[1:]
            for row in con.execute(
                "SELECT id, version, fatalities, sources, severity, updated_at, created_at "
                "FROM alerts WHERE id IN (SELECT unnest($1))",
                [[d.id for d in drafts]],
            ).fetchall()
        }
        rows, deliveries = [], []
        for draft in drafts:
            if draft.id not in stored:
                version, created, reason = 1, now, draft.reason
                counts.new.append(draft.id)
            else:
                old_version, old_fatalities, old_sources, old_severity, updated, created = stored[
                    draft.id
                ]
                change = escalation(draft, old_fatalities, old_sources, old_severity)
                rises = SEVERITIES.index(draft.severity) > SEVERITIES.index(old_severity)
                if not change or (now - updated < draft.cooldown and not rises):
                    continue
                version, reason = old_version + 1, f"{draft.reason}; updated: {change}"
                counts.escalated.append(draft.id)
            rows.append(alert_row(draft, version, reason, created, now))
            deliveries += [
                (draft.id, version, channel, draft.mode, "pending", 0, now)
                for channel in route(draft.channels, available)
            ]
        insert_columns(con, "alerts", ALERT_COLUMNS, rows, replace=True)
        insert_columns(con, "deliveries", DELIVERY_COLUMNS, deliveries)
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return counts


def escalation(draft: AlertDraft, fatalities: int | None, sources: int, severity: str) -> str:
    changes = []
    if (draft.fatalities or 0) > (fatalities or 0):
        changes.append(f"fatalities {fatalities or 0} → {draft.fatalities}")
    if draft.sources > sources:
        changes.append(f"sources {sources} → {draft.sources}")
    if SEVERITIES.index(draft.severity) > SEVERITIES.index(severity):
        changes.append(f"severity {severity} → {draft.severity}")
    return ", ".join(changes)


def alert_row(
    draft: AlertDraft, version: int, reason: str, created: datetime, now: datetime
) -> tuple[object, ...]:
    return (
        draft.id,
        draft.rule,
        draft.subject,
        draft.kind,
        draft.mode,
        draft.severity,
        draft.score,
        draft.headline,
        draft.summary,
        reason,
        draft.event_type,
        draft.sub_event_type,
        draft.location,
        draft.governorate,
        draft.day,
        draft.fatalities,
        draft.sources,
        list(draft.source_names),
        draft.url,
        version,
        created,
        now,
    )


def route(wanted: Sequence[str], available: set[str]) -> list[str]:
    """The wanted channels that are configured; the local file when none is."""
    return [c for c in wanted if c in available] or ["file"]


def raise_alerts(
    con: duckdb.DuckDBPyConnection, config: AlertsConfig, available: set[str], now: datetime
) -> WriteCounts:
    """Evaluate every rule over the warehouse and write what fires to the outbox."""
    stories = recent_stories(con, now - timedelta(hours=config.defaults.lookback_hours))
    found = {
        rule.name: surges(con, now.date(), rule.entity_types, rule.factor, rule.min_mentions)
        for rule in config.surge
    }
    hours = timedelta(hours=config.operations.feed_failing_hours)
    drafts = (
        story_drafts(config, stories)
        + surge_drafts(config, found)
        + failing_feed_drafts(config, failing_feeds(con, now - hours))
    )
    return write_alerts(con, drafts, available, now)


def backtest(
    con: duckdb.DuckDBPyConnection,
    config: AlertsConfig,
    rule_name: str,
    since: datetime,
    today: date,
) -> list[AlertDraft]:
    """What one rule would have raised over the warehouse since `since`, writing nothing.

    Unlike a live run, the rule is tried on every story even where an earlier rule
    in the file would have claimed it, so it can be tuned on its own.
    """
    rule = config.find(rule_name)
    if rule is None:
        names = ", ".join(config.names())
        raise ConfigError("alerts.toml", f"no rule named {rule_name!r}; rules: {names}")
    if isinstance(rule, Rule):
        return [
            story_draft(config, rule, story, reason)
            for story in recent_stories(con, since)
            if (reason := match(rule, story)) is not None
        ]
    days = (today - since.date()).days
    found = [
        surge
        for offset in range(days + 1)
        for surge in surges(
            con, today - timedelta(days=offset), rule.entity_types, rule.factor, rule.min_mentions
        )
    ]
    return surge_drafts(config, {rule.name: found})


def list_alerts(con: duckdb.DuckDBPyConnection, limit: int) -> tuple[list[str], list[tuple]]:
    cursor = con.execute(
        "SELECT a.id, a.updated_at, a.severity, a.rule, a.version, a.headline, a.sources, "
        "string_agg(d.channel || ' ' || d.status, ', ' ORDER BY d.channel) AS deliveries "
        "FROM alerts a LEFT JOIN deliveries d ON d.alert_id = a.id AND d.version = a.version "
        "GROUP BY ALL ORDER BY a.updated_at DESC, a.id LIMIT $limit",
        {"limit": limit},
    )
    return [c[0] for c in cursor.description], cursor.fetchall()


def show_alert(con: duckdb.DuckDBPyConnection, alert_id: str) -> tuple[dict, list[tuple]]:
    cursor = con.execute("SELECT * FROM alerts WHERE id = $id", {"id": alert_id})
    row = cursor.fetchone()
    if row is None:
        raise SyriawatchError(f"no alert with id {alert_id!r} (see `syriawatch alerts list`)")
    alert = dict(zip([c[0] for c in cursor.description], row, strict=True))
    deliveries = con.execute(
        "SELECT version, channel, mode, status, attempts, last_error, next_attempt, sent_at, batch "
        "FROM deliveries WHERE alert_id = $id ORDER BY version, channel",
        {"id": alert_id},
    ).fetchall()
    return alert, deliveries
