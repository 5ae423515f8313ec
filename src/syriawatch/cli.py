"""The `syriawatch` command. It only delegates: every command calls the library
and turns a SyriawatchError into one line on stderr and exit status 1.

Commands that need no flow (`detect`, `ingest`, `sql`) never import Prefect,
which costs seconds to start.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import click

from . import __version__
from .config import load_settings
from .errors import SyriawatchError

PREFECT_DEFAULTS = {
    "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
    "PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS": "120",
}


output_format = click.option(
    "--format",
    "fmt",
    type=click.Choice(["table", "csv", "json"]),
    default="table",
    show_default=True,
    help="How to print the rows.",
)


def main() -> None:
    try:
        cli(standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("Aborted.", err=True)
        sys.exit(130)
    except click.ClickException as exc:
        exc.show()
        sys.exit(exc.exit_code)
    except SyriawatchError as exc:
        click.echo(f"syriawatch: error: {exc}", err=True)
        sys.exit(1)


@click.group(help="News monitoring for Syria: feeds and seed files in, entities and events out.")
@click.version_option(__version__)
def cli() -> None:
    pass


@cli.command()
@click.option(
    "--seed-dir",
    "seed_dirs",
    multiple=True,
    type=click.Path(path_type=Path),
    help="Also read this folder of seed files (repeatable).",
)
@click.option(
    "--feed",
    "feeds",
    multiple=True,
    metavar="URL",
    help="Also poll this RSS/Atom feed (repeatable).",
)
@click.option(
    "--poll-all", is_flag=True, help="Poll every feed now, even those whose next poll is later."
)
def run(seed_dirs: Sequence[Path], feeds: Sequence[str], poll_all: bool) -> None:
    """Run one pass of the monitor flow and print what it found.

    Example: syriawatch run --seed-dir ./more-articles
    """
    from .alerts.channels import channels_from_env
    from .alerts.rules import load_alerts_config
    from .report import render_text

    settings = load_settings()  # fail fast on bad config, before Prefect starts
    load_alerts_config(settings.alerts_path)
    channels_from_env()
    monitor = import_monitor_flow()
    summary = monitor(
        seed_paths=[str(p) for p in seed_dirs],
        feed_urls=list(feeds),
        config_dir=str(settings.config_dir),
        db_path=str(settings.db_path),
        poll_all=poll_all,
    )
    click.echo(render_text(summary))


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
def ingest(paths: Sequence[Path]) -> None:
    """Load seed files or folders into the warehouse, without Prefect.

    Example: syriawatch ingest ../shared/samples
    """
    from . import pipeline
    from .alerts.channels import channels_from_env
    from .alerts.rules import load_alerts_config
    from .detect import Detector, load_watchlist
    from .report import render_text
    from .sources.seeds import seed_source

    settings = load_settings()
    rules = load_alerts_config(settings.alerts_path)
    channels = channels_from_env()
    started = datetime.now(UTC)
    run_id = pipeline.new_run_id()
    detector = Detector(load_watchlist(settings.watchlist_dir))
    sources = [seed_source(Path(p).resolve()) for p in paths]
    collection = pipeline.collect(sources, settings.db_path, started)
    prepared = pipeline.prepare(collection.collected, detector, started)
    counts = pipeline.store(settings.db_path, run_id, sources, prepared, detector, started)
    raised = pipeline.raise_and_deliver(settings.db_path, rules, channels, datetime.now(UTC))
    summary = pipeline.finish_run(
        run_id, "ingest", started, settings.db_path, collection, prepared, counts, detector, raised
    )
    click.echo(render_text(summary))
    if summary.failures:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["jsonl"]), default="jsonl", show_default=True)
def detect(paths: Sequence[Path], fmt: str) -> None:
    """Detect keywords, entities, places and events in seed files; print one JSON
    object per article. Touches no warehouse.

    Example: syriawatch detect ../shared/samples/000_bcbadfab86ef9087.txt
    """
    from . import pipeline
    from .detect import Detector, load_watchlist
    from .detect.contract import detection_json
    from .sources.seeds import seed_source
    from .untrusted import plain

    settings = load_settings()
    detector = Detector(load_watchlist(settings.watchlist_dir))
    now = datetime.now(UTC)
    collection = pipeline.collect(
        [seed_source(Path(p).resolve()) for p in paths], settings.db_path, now
    )
    prepared = pipeline.prepare(collection.collected, detector, now)
    for article, detection in zip(prepared.articles, prepared.detections, strict=True):
        click.echo(
            json.dumps(detection_json(article, detection, detector.watchlist), ensure_ascii=False)
        )
    for failure in prepared.failures:
        click.echo(
            f"syriawatch: error: {plain(failure.where, 200)}: {plain(failure.message)}", err=True
        )
    if prepared.failures:
        sys.exit(1)


@cli.command()
@click.argument("query")
@output_format
def sql(query: str, fmt: str) -> None:
    """Run read-only SQL on the warehouse.

    Example: syriawatch sql "select event_type, count(*) from events group by 1"
    """
    from .config import db_path_from_env
    from .warehouse import connect
    from .warehouse import query as run_query

    with connect(db_path_from_env(), read_only=True) as con:
        columns, rows = run_query(con, query)
    click.echo(format_rows(columns, rows, fmt), nl=False)


@cli.command()
@output_format
def feeds(fmt: str) -> None:
    """Show each configured feed's health: last status and success, failures in a
    row, items seen, next poll, and the last problem.

    Example: syriawatch feeds --format json
    """
    from .feed_health import feed_health

    settings = load_settings()
    columns, rows = feed_health(settings)
    click.echo(format_rows(columns, rows, fmt), nl=False)


def format_rows(columns: list[str], rows: list[tuple[Any, ...]], fmt: str) -> str:
    if fmt == "json":
        return (
            json.dumps(
                [dict(zip(columns, row, strict=True)) for row in rows],
                default=_json_value,
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    if fmt == "csv":
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(rows)
        return buffer.getvalue()
    from .untrusted import plain

    cells = [[plain("" if v is None else str(v), 60) for v in row] for row in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]
    line = "  ".join("-" * w for w in widths)
    out = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)), line]
    out += ["  ".join(v.ljust(w) for v, w in zip(r, widths, strict=True)) for r in cells]
    out.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(out) + "\n"


def _json_value(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


@cli.command()
@click.option(
    "--interval",
    type=click.IntRange(min=1),
    default=15,
    show_default=True,
    help="Minutes between runs of the monitor flow.",
)
def serve(interval: int) -> None:
    """Run the monitor flow every INTERVAL minutes and the alert delivery flow every
    minute (starting a local Prefect server if PREFECT_API_URL is not set).

    Example: syriawatch serve --interval 10
    """
    from datetime import timedelta

    from .server import local_prefect_server

    settings = load_settings()
    parameters = {"config_dir": str(settings.config_dir), "db_path": str(settings.db_path)}
    with local_prefect_server():
        monitor = import_monitor_flow()
        from prefect import serve as serve_deployments

        from flows.deliver import deliver

        serve_deployments(
            monitor.to_deployment(
                "syriawatch-monitor", interval=timedelta(minutes=interval), parameters=parameters
            ),
            # sync_compatible: outside an event loop it returns the deployment itself
            deliver.to_deployment(  # type: ignore[arg-type]
                "syriawatch-deliver", interval=timedelta(minutes=1), parameters=parameters
            ),
        )


@cli.command(name="eval")
@click.argument("labels", type=click.Path(path_type=Path, exists=True, dir_okay=False))
@output_format
def eval_command(labels: Path, fmt: str) -> None:
    """Score detection against a labelled JSONL file: precision, recall and F1 per
    field (format in syriawatch/evaluate.py and tests/devset/README.md).

    Example: syriawatch eval tests/devset/dev.jsonl
    """
    from .detect import Detector, load_watchlist
    from .evaluate import evaluate

    settings = load_settings()
    report = evaluate(labels, Detector(load_watchlist(settings.watchlist_dir)))
    columns = ["field", "precision", "recall", "f1", "tp/fp/fn"]
    click.echo(f"{report.articles} labelled articles")
    click.echo(format_rows(columns, report.rows(), fmt), nl=False)


@cli.group()
def alerts() -> None:
    """Alerts in the outbox: list them, show one, send what is due, test a channel,
    or try a rule on what the warehouse already holds."""


@alerts.command("list")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True)
@output_format
def alerts_list(limit: int, fmt: str) -> None:
    """The latest alerts with their delivery status per channel.

    Example: syriawatch alerts list --limit 20
    """
    from .alerts.outbox import list_alerts
    from .config import db_path_from_env
    from .warehouse import connect

    with connect(db_path_from_env(), read_only=True) as con:
        columns, rows = list_alerts(con, limit)
    click.echo(format_rows(columns, rows, fmt), nl=False)


@alerts.command("show")
@click.argument("alert_id")
def alerts_show(alert_id: str) -> None:
    """One alert: what fired, why, and every delivery attempt.

    Example: syriawatch alerts show 26e32a89806834d9
    """
    from .alerts.outbox import show_alert
    from .config import db_path_from_env
    from .untrusted import plain
    from .warehouse import connect

    with connect(db_path_from_env(), read_only=True) as con:
        alert, deliveries = show_alert(con, alert_id)
    for key, value in alert.items():
        click.echo(f"{key:>15}: {plain(str(value), 500) if value is not None else ''}")
    columns = [
        "version",
        "channel",
        "mode",
        "status",
        "attempts",
        "last_error",
        "next_attempt",
        "sent_at",
        "batch",
    ]
    click.echo("")
    click.echo(format_rows(columns, deliveries, "table"), nl=False)


@alerts.command("send")
def alerts_send() -> None:
    """Send every due delivery now (what the delivery flow does each minute).

    Example: syriawatch alerts send
    """
    from .alerts.channels import channels_from_env
    from .alerts.deliver import deliver_due
    from .config import db_path_from_env
    from .untrusted import plain

    report = deliver_due(db_path_from_env(), channels_from_env(), datetime.now(UTC))
    click.echo(
        f"{len(report.sent)} messages sent, {len(report.retrying)} to retry, "
        f"{len(report.failed)} failed, {report.unconfirmed} unconfirmed"
    )
    for line in report.retrying + report.failed:
        click.echo(f"  {plain(line, 300)}")
    if report.failed:
        sys.exit(1)


@alerts.command("test")
@click.argument("channel")
def alerts_test(channel: str) -> None:
    """Send a sample alert to one channel (email, slack, file, ops-email, ops-slack)
    to check its setup. Nothing is written to the warehouse.

    Example: syriawatch alerts test slack
    """
    import uuid

    from .alerts.channels import DeliveryError, channels_from_env
    from .alerts.render import Alert

    channels = channels_from_env()
    if channel not in channels:
        raise click.BadParameter(
            f"{channel!r} is not configured; configured: {', '.join(sorted(channels))}",
            param_hint="CHANNEL",
        )
    sample = Alert(
        id="test",
        version=1,
        rule="test",
        kind="story",
        mode="immediate",
        severity="low",
        headline="syriawatch test alert",
        summary="If you can read this, alerts reach you.",
        reason="sent by `syriawatch alerts test`",
        location="Damascus",
        governorate=None,
        day=datetime.now(UTC).date(),
        fatalities=None,
        sources=1,
        source_names=("syriawatch",),
        url=None,
    )
    try:
        channels[channel].send([sample], False, f"test.{uuid.uuid4().hex[:12]}")
    except DeliveryError as exc:
        raise SyriawatchError(f"test alert to {channel} failed: {exc}") from None
    click.echo(f"sent a test alert to {channel}")


@alerts.command("backtest")
@click.argument("rule")
@click.option(
    "--days",
    type=click.IntRange(min=1),
    default=30,
    show_default=True,
    help="How far back to look.",
)
@output_format
def alerts_backtest(rule: str, days: int, fmt: str) -> None:
    """What RULE would have raised over the last DAYS of the warehouse; sends and
    writes nothing, so rules can be tuned before they go live.

    Example: syriawatch alerts backtest mass-casualty-strike --days 90
    """
    from datetime import timedelta

    from .alerts.outbox import backtest
    from .alerts.rules import load_alerts_config
    from .warehouse import connect

    settings = load_settings()
    config = load_alerts_config(settings.alerts_path)
    now = datetime.now(UTC)
    with connect(settings.db_path, read_only=True) as con:
        drafts = backtest(con, config, rule, now - timedelta(days=days), now.date())
    columns = ["day", "severity", "mode", "headline", "fatalities", "sources", "reason"]
    rows = [
        (d.day, d.severity, d.mode, d.headline, d.fatalities, d.sources, d.reason) for d in drafts
    ]
    click.echo(format_rows(columns, rows, fmt), nl=False)


def import_monitor_flow() -> Any:
    """Prefect reads its settings at import: set quiet, patient defaults first."""
    for key, value in PREFECT_DEFAULTS.items():
        os.environ.setdefault(key, value)
    from flows.monitor import monitor

    return monitor
