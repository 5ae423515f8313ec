"""Shared fixtures: a private copy of the config folder, a fresh warehouse path,
and Prefect's test harness (one temporary Prefect server for the session)."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "config" / "seeds" / "000_bcbadfab86ef9087.txt"
CHANNEL_VARIABLES = (
    "SYRIAWATCH_SMTP_URL",
    "SYRIAWATCH_ALERT_EMAIL_FROM",
    "SYRIAWATCH_ALERT_EMAIL_TO",
    "SYRIAWATCH_SLACK_WEBHOOK_URL",
    "SYRIAWATCH_OPS_EMAIL_TO",
    "SYRIAWATCH_OPS_SLACK_WEBHOOK_URL",
)

os.environ.setdefault("PREFECT_SERVER_ANALYTICS_ENABLED", "false")
os.environ.setdefault("PREFECT_SERVER_EPHEMERAL_STARTUP_TIMEOUT_SECONDS", "120")


@pytest.fixture
def config_dir(tmp_path: Path) -> Path:
    """A copy of the repository's config folder, with its own seed folder."""
    target = tmp_path / "config"
    shutil.copytree(REPO / "config", target)
    return target


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "warehouse" / "test.duckdb"


@pytest.fixture
def env(monkeypatch: pytest.MonkeyPatch, config_dir: Path, db_path: Path) -> dict[str, str]:
    """Point SYRIAWATCH_CONFIG and SYRIAWATCH_DB at the test's own copies."""
    monkeypatch.setenv("SYRIAWATCH_CONFIG", str(config_dir))
    monkeypatch.setenv("SYRIAWATCH_DB", str(db_path))
    monkeypatch.setenv("SYRIAWATCH_DB_WAIT", "2")
    monkeypatch.setenv("SYRIAWATCH_OUTBOX_DIR", str(db_path.parent.parent / "outbox"))
    for variable in CHANNEL_VARIABLES:
        monkeypatch.delenv(variable, raising=False)
    return {**os.environ}


@pytest.fixture(scope="session")
def prefect_harness() -> Iterator[None]:
    from prefect.testing.utilities import prefect_test_harness

    with prefect_test_harness(server_startup_timeout=120):
        yield
