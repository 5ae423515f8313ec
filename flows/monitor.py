"""The monitor flow: one pass over every configured source.

It reads like the pipeline: collect -> prepare (normalise + detect) -> store,
then a run summary (a line in the `runs` table, a Markdown artifact, a log
line; the full text is the CLI's to print). The logic lives in
`syriawatch.pipeline`; tasks add names, retries on transient I/O errors, and
batching. The flow fails only when every source
failed, or on the unexpected.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from prefect import flow, get_run_logger, task
from prefect.artifacts import create_markdown_artifact
from prefect.cache_policies import NO_CACHE

from syriawatch import pipeline
from syriawatch.alerts.channels import channels_from_env
from syriawatch.alerts.rules import AlertsConfig, load_alerts_config
from syriawatch.config import load_settings
from syriawatch.detect import Detector, load_watchlist
from syriawatch.errors import SyriawatchError, WarehouseBusyError
from syriawatch.records import Collected, Source
from syriawatch.report import render_markdown
from syriawatch.sources.feeds import FeedPoll
from syriawatch.untrusted import plain
from syriawatch.warehouse import LoadCounts

BATCH_SIZE = 2000


def is_transient(task: Any, task_run: Any, state: Any) -> bool:
    """Retry only what may pass by itself: a busy database, a network hiccup."""
    try:
        state.result()
    except (WarehouseBusyError, OSError):
        return True
    except Exception:
        return False
    return False


@task(
    name="collect",
    retries=2,
    retry_delay_seconds=[2, 10],
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)
def collect(
    sources: Sequence[Source], db_path: Path, now: datetime, poll_all: bool
) -> pipeline.Collection:
    return pipeline.collect(sources, db_path, now, poll_all)


@task(name="prepare", cache_policy=NO_CACHE)
def prepare(
    batch: Sequence[Collected], detector: Detector, fetched_at: datetime
) -> pipeline.Prepared:
    return pipeline.prepare(batch, detector, fetched_at)


@task(
    name="store",
    retries=3,
    retry_delay_seconds=[2, 5, 15],
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)
def store(
    db_path: Path,
    run_id: str,
    sources: Sequence[Source],
    prepared: pipeline.Prepared,
    detector: Detector,
    now: datetime,
    polls: Sequence[FeedPoll],
) -> LoadCounts:
    return pipeline.store(db_path, run_id, sources, prepared, detector, now, polls)


@task(
    name="alert",
    retries=3,
    retry_delay_seconds=[2, 5, 15],
    retry_condition_fn=is_transient,
    cache_policy=NO_CACHE,
)
def alert(db_path: Path, config: AlertsConfig, now: datetime) -> pipeline.AlertsRaised:
    return pipeline.raise_and_deliver(db_path, config, channels_from_env(), now)


def report_failure(flow: Any, flow_run: Any, state: Any) -> None:
    """A failed run is an operations alert (to the ops channel, not the analysts')."""
    settings = load_settings(*run_paths(flow_run.parameters))
    pipeline.report_flow_failure(settings.db_path, flow.name, flow_run.name, str(state.message))


def run_paths(parameters: dict[str, Any]) -> tuple[Path | None, Path | None]:
    config_dir, db_path = parameters.get("config_dir"), parameters.get("db_path")
    return (Path(config_dir) if config_dir else None, Path(db_path) if db_path else None)


@flow(name="syriawatch-monitor", log_prints=False, on_failure=[report_failure])
def monitor(
    seed_paths: list[str] | None = None,
    feed_urls: list[str] | None = None,
    config_dir: str | None = None,
    db_path: str | None = None,
    poll_all: bool = False,
) -> pipeline.RunSummary:
    """Collect, normalise, detect and load every configured source once: the seed
    folders, and the feeds that are due (every feed with `poll_all`)."""
    logger = get_run_logger()
    started = datetime.now(UTC)
    run_id = pipeline.new_run_id()
    settings = load_settings(*run_paths({"config_dir": config_dir, "db_path": db_path}))
    rules = load_alerts_config(settings.alerts_path)
    detector = Detector(load_watchlist(settings.watchlist_dir))
    sources = pipeline.configured_sources(settings, map(Path, seed_paths or ()), feed_urls or ())

    collection = collect(sources, settings.db_path, started, poll_all)
    prepared = pipeline.merge_prepared(
        prepare(batch, detector, started)
        for batch in pipeline.batches(collection.collected, BATCH_SIZE)
    )
    counts = store(settings.db_path, run_id, sources, prepared, detector, started, collection.polls)
    raised = alert(settings.db_path, rules, datetime.now(UTC))

    summary = pipeline.finish_run(
        run_id, "monitor", started, settings.db_path, collection, prepared, counts, detector, raised
    )
    create_markdown_artifact(
        key="syriawatch-run-summary",
        markdown=render_markdown(summary),
        description="What one pass of the monitor flow found",
    )
    logger.info(
        "run %s: %d articles read, %d new, %d events found, %d problems",
        run_id,
        summary.documents_read,
        counts.articles_new,
        len(summary.events),
        len(summary.failures),
    )
    for failure in summary.failures:
        logger.warning("%s: %s", plain(failure.where, 200), plain(failure.message))
    read = len(collection.collected)
    if read and summary.sources_failed == read:
        raise SyriawatchError(f"every source failed ({read}); see the problems above")
    return summary
