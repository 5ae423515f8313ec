"""The delivery flow: every minute, send what the outbox holds that is due.

Immediate alerts usually go out within the monitor run that raised them; this
flow retries what failed (with backoff) and sends the hourly and daily digests.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from prefect import flow, get_run_logger, task
from prefect.cache_policies import NO_CACHE

from syriawatch.alerts.channels import channels_from_env
from syriawatch.alerts.deliver import DeliveryReport, deliver_due
from syriawatch.config import load_settings
from syriawatch.untrusted import plain


@task(name="deliver", cache_policy=NO_CACHE)
def send_due(db_path: Path, now: datetime) -> DeliveryReport:
    return deliver_due(db_path, channels_from_env(), now)


@flow(name="syriawatch-deliver", log_prints=False)
def deliver(config_dir: str | None = None, db_path: str | None = None) -> DeliveryReport:
    """Send every due alert delivery once; retry later what a channel refused."""
    settings = load_settings(
        Path(config_dir) if config_dir else None, Path(db_path) if db_path else None
    )
    report = send_due(settings.db_path, datetime.now(UTC))
    logger = get_run_logger()
    logger.info(
        "deliveries: %d sent, %d to retry, %d failed, %d unconfirmed",
        len(report.sent),
        len(report.retrying),
        len(report.failed),
        report.unconfirmed,
    )
    for problem in report.retrying + report.failed:
        logger.warning("%s", plain(problem, 300))
    return report
