"""Delivery: claim what is due, send it, record what happened.

Exactly once, in three short steps, the database held only while claiming and
recording (never during network I/O):

1. claim: in one transaction, mark due deliveries `sending` (attempts + 1)
   with the message key they will go out under;
2. send: one message per immediate alert, one per digest, per channel;
3. record: `sent`; or back to `pending` with a later attempt (transient
   failure: backoff, or Slack's Retry-After); or `failed` (needs a person).

A re-run finds nothing due. A delivery left `sending` by a sender that died
mid-send is marked `unconfirmed` and not resent: a duplicate is worse than a
gap a person can check (`syriawatch alerts list`). Email keys its Message-ID
on the delivery, so a retry after an unclear failure is recognisably the same.
"""

from __future__ import annotations

import uuid
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

import duckdb

from ..warehouse import connect
from .channels import Channel, DeliveryError
from .render import Alert
from .rules import is_due_digest

STALE_SENDING = timedelta(minutes=10)
MAX_BACKOFF = timedelta(hours=1)


@dataclass(frozen=True, slots=True)
class Batch:
    """One message to send: a channel, its alerts, and the deliveries it settles."""

    key: str
    channel: str
    digest: bool
    alerts: tuple[Alert, ...]
    deliveries: tuple[tuple[str, int], ...]  # (alert id, version)
    attempts: int


@dataclass(slots=True)
class DeliveryReport:
    sent: list[str] = field(default_factory=list)  # "channel: key"
    retrying: list[str] = field(default_factory=list)
    failed: list[str] = field(default_factory=list)
    unconfirmed: int = 0


def deliver_due(db_path: Path, channels: Mapping[str, Channel], now: datetime) -> DeliveryReport:
    with connect(db_path) as con:
        batches, unconfirmed = claim(con, now)
    outcomes = [(batch, send(batch, channels)) for batch in batches]
    with connect(db_path) as con:
        report = record(con, outcomes, now)
    report.unconfirmed = unconfirmed
    return report


def send(batch: Batch, channels: Mapping[str, Channel]) -> DeliveryError | None:
    channel = channels.get(batch.channel)
    if channel is None:
        return DeliveryError(
            f"channel {batch.channel!r} is not configured any more", transient=False
        )
    try:
        channel.send(batch.alerts, batch.digest, batch.key)
    except DeliveryError as exc:
        return exc
    return None


def claim(con: duckdb.DuckDBPyConnection, now: datetime) -> tuple[list[Batch], int]:
    con.execute("BEGIN TRANSACTION")
    try:
        (unconfirmed,) = con.execute(  # an UPDATE returns one row: how many it changed
            "UPDATE deliveries SET status = 'unconfirmed', last_error = "
            "'the sender stopped while sending; not resent, to avoid a duplicate' "
            "WHERE status = 'sending' AND claimed_at < $stale",
            {"stale": now - STALE_SENDING},
        ).fetchall()[0]
        con.execute(
            "UPDATE deliveries SET status = 'superseded' FROM alerts a "
            "WHERE a.id = deliveries.alert_id AND deliveries.version < a.version "
            "AND deliveries.status = 'pending'"
        )
        due = con.execute(
            "SELECT d.alert_id, d.version, d.channel, d.mode, d.attempts FROM deliveries d "
            "WHERE d.status = 'pending' AND d.next_attempt <= $now "
            "ORDER BY d.next_attempt, d.alert_id",
            {"now": now},
        ).fetchall()
        last_digest = dict(
            ((c, m), t)
            for c, m, t in con.execute(
                "SELECT channel, mode, max(sent_at) FROM deliveries "
                "WHERE mode <> 'immediate' AND status = 'sent' GROUP BY ALL"
            ).fetchall()
        )
        alerts = read_alerts(con, {alert_id for alert_id, *_ in due})
        batches = group(due, alerts, last_digest, now)
        claimed = [(a, v, b.channel, b.key) for b in batches for a, v in b.deliveries]
        if claimed:
            con.execute(
                "UPDATE deliveries SET status = 'sending', attempts = attempts + 1, "
                "claimed_at = $now, batch = c.key "
                "FROM (SELECT unnest($a) AS alert_id, unnest($v) AS version, "
                "unnest($c) AS channel, unnest($k) AS key) c "
                "WHERE deliveries.alert_id = c.alert_id AND deliveries.version = c.version "
                "AND deliveries.channel = c.channel",
                {
                    "now": now,
                    "a": [x[0] for x in claimed],
                    "v": [x[1] for x in claimed],
                    "c": [x[2] for x in claimed],
                    "k": [x[3] for x in claimed],
                },
            )
        con.execute("COMMIT")
    except BaseException:
        con.execute("ROLLBACK")
        raise
    return batches, unconfirmed


def group(
    due: Sequence[tuple[str, int, str, str, int]],
    alerts: Mapping[str, Alert],
    last_digest: Mapping[tuple[str, str], datetime],
    now: datetime,
) -> list[Batch]:
    """Immediate deliveries one message each; digest ones gathered per channel and
    mode, once their hour or day has come."""
    batches = []
    digests: dict[tuple[str, str], list[tuple[str, int, int]]] = defaultdict(list)
    for alert_id, version, channel, mode, attempts in due:
        if mode == "immediate":
            batches.append(
                Batch(
                    f"{alert_id}.{version}.{channel}",
                    channel,
                    False,
                    (alerts[alert_id],),
                    ((alert_id, version),),
                    attempts + 1,
                )
            )
        else:
            digests[(channel, mode)].append((alert_id, version, attempts))
    for (channel, mode), items in digests.items():
        if is_due_digest(mode, last_digest.get((channel, mode)), now):  # type: ignore[arg-type]
            batches.append(
                Batch(
                    f"digest.{uuid.uuid4().hex[:12]}.{channel}",
                    channel,
                    True,
                    tuple(alerts[a] for a, _, _ in items),
                    tuple((a, v) for a, v, _ in items),
                    max(n for _, _, n in items) + 1,
                )
            )
    return batches


def record(
    con: duckdb.DuckDBPyConnection,
    outcomes: Sequence[tuple[Batch, DeliveryError | None]],
    now: datetime,
) -> DeliveryReport:
    report = DeliveryReport()
    rows = []
    settled: tuple[str, datetime, str | None, datetime | None]
    for batch, error in outcomes:
        label = f"{batch.channel}: {batch.key}"
        if error is None:
            settled = ("sent", now, None, now)
            report.sent.append(label)
        elif error.transient:
            wait = (
                timedelta(seconds=error.retry_after)
                if error.retry_after
                else min(timedelta(seconds=30) * 2 ** (batch.attempts - 1), MAX_BACKOFF)
            )
            settled = ("pending", now + wait, str(error), None)
            report.retrying.append(f"{label} ({error})")
        else:
            settled = ("failed", now, str(error), None)
            report.failed.append(f"{label} ({error})")
        rows += [
            (alert_id, version, batch.channel, *settled) for alert_id, version in batch.deliveries
        ]
    if rows:
        columns = [list(column) for column in zip(*rows, strict=True)]
        con.execute(
            "UPDATE deliveries SET status = r.status, next_attempt = r.next_attempt, "
            "last_error = r.error, sent_at = r.sent_at "
            "FROM (SELECT unnest($1) AS alert_id, unnest($2) AS version, unnest($3) AS channel, "
            "unnest($4) AS status, unnest($5) AS next_attempt, unnest($6) AS error, "
            "unnest($7::TIMESTAMPTZ[]) AS sent_at) r "
            "WHERE deliveries.alert_id = r.alert_id AND deliveries.version = r.version "
            "AND deliveries.channel = r.channel",
            columns,
        )
    return report


ALERT_FIELDS = (
    "id",
    "version",
    "rule",
    "kind",
    "mode",
    "severity",
    "headline",
    "summary",
    "reason",
    "location",
    "governorate",
    "day",
    "fatalities",
    "sources",
    "source_names",
    "url",
)


def read_alerts(con: duckdb.DuckDBPyConnection, ids: set[str]) -> dict[str, Alert]:
    if not ids:
        return {}
    rows = con.execute(
        f"SELECT {', '.join(ALERT_FIELDS)} FROM alerts WHERE id IN (SELECT unnest($1))",
        [sorted(ids)],
    ).fetchall()
    # one starred tuple: mypy cannot count the arguments after a starred slice
    return {row[0]: Alert(*(*row[:14], tuple(row[14]), row[15])) for row in rows}
