"""The monitor flow under Prefect's own test harness, with feeds served on 127.0.0.1."""

from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer

from syriawatch.errors import SyriawatchError

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Test wire</title><language>en</language>
<item><title>Shelling kills five in Idlib</title>
<link>https://wire.example/idlib-shelling?utm_source=rss</link>
<guid>wire-1</guid><pubDate>Tue, 03 Dec 2024 10:00:00 GMT</pubDate>
<description>&lt;p&gt;Syrian government shelling killed five civilians in the town of
Saraqib on Monday, the Syrian Observatory for Human Rights said.&lt;/p&gt;</description></item>
<item><title>Markets rally</title><link>https://wire.example/markets</link>
<description>Stocks rose on Tuesday.</description></item>
</channel></rss>"""


@pytest.fixture
def monitor(prefect_harness: None, env: dict[str, str]):  # type: ignore[no-untyped-def]
    from flows.monitor import monitor

    return monitor


def table_count(db_path: Path, table: str) -> int:
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        return con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    finally:
        con.close()


def test_monitor_on_seed_files_is_idempotent(monitor, config_dir: Path, db_path: Path) -> None:
    first = monitor(config_dir=str(config_dir), db_path=str(db_path))
    assert first.documents_read == 9 and first.counts.articles_new == 9
    assert first.syria_related == 6
    assert any(e.location == "Homs" and e.fatalities == 7 for e in first.events)
    assert dict(first.top_entities)["Syrian Observatory for Human Rights"] >= 3
    stored = table_count(db_path, "events")

    second = monitor(config_dir=str(config_dir), db_path=str(db_path))
    assert (second.counts.articles_new, second.counts.articles_known) == (0, 9)
    assert table_count(db_path, "events") == stored
    assert table_count(db_path, "articles") == 9
    assert table_count(db_path, "runs") == 2


def test_feeds_and_seeds_together_one_bad_feed_stops_nothing(
    monitor, config_dir: Path, db_path: Path, httpserver: HTTPServer
) -> None:
    httpserver.expect_request("/wire.xml").respond_with_data(
        RSS, content_type="application/rss+xml; charset=utf-8"
    )
    httpserver.expect_request("/broken.xml").respond_with_data("oops", status=500)
    httpserver.expect_request("/page.xml").respond_with_data(
        "<html><body><p>Not a feed <b>at all", content_type="text/html"
    )
    feeds = [httpserver.url_for(p) for p in ("/wire.xml", "/broken.xml", "/page.xml")]

    summary = monitor(feed_urls=feeds, config_dir=str(config_dir), db_path=str(db_path))

    assert summary.documents_read == 9 + 2
    assert summary.sources_failed == 2
    problems = {f.where: f.message for f in summary.failures}
    assert problems[feeds[1]] == "HTTP 500"
    assert problems[feeds[2]].startswith("not a readable feed")
    assert any(e.location == "Saraqib" and e.fatalities == 5 for e in summary.events)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        url, published = con.execute(
            "SELECT url, published_at FROM articles WHERE title LIKE 'Shelling kills%'"
        ).fetchone()
        errors = con.execute("SELECT errors FROM runs").fetchone()[0]
    finally:
        con.close()
    assert url == "https://wire.example/idlib-shelling"
    assert published.isoformat().startswith("2024-12-03T10:00:00")
    assert f"{feeds[1]}: HTTP 500" in errors


def test_the_flow_fails_when_every_source_fails(
    monitor, config_dir: Path, db_path: Path, tmp_path: Path
) -> None:
    (config_dir / "sources.toml").write_text(f'[[seeds]]\npath = "{tmp_path / "gone"}"\n')
    with pytest.raises(SyriawatchError, match="every source failed"):
        monitor(config_dir=str(config_dir), db_path=str(db_path))


def test_run_summary_artifact(monitor, config_dir: Path, db_path: Path) -> None:
    from prefect.artifacts import Artifact

    summary = monitor(config_dir=str(config_dir), db_path=str(db_path))
    artifact = Artifact.get("syriawatch-run-summary")
    assert artifact is not None
    assert f"`{summary.run_id}`" in artifact.data
    assert "Air/drone strike" in artifact.data


def test_the_delivery_flow_retries_what_is_due(
    prefect_harness: None, env: dict[str, str], config_dir: Path, db_path: Path
) -> None:
    from flows.deliver import deliver
    from flows.monitor import monitor

    monitor(config_dir=str(config_dir), db_path=str(db_path))
    report = deliver(config_dir=str(config_dir), db_path=str(db_path))
    assert report.sent == [] and report.failed == []  # the monitor run sent everything due
    outbox = Path(env["SYRIAWATCH_OUTBOX_DIR"]) / "alerts.txt"
    assert "Air/drone strike in Homs, 7 killed" in outbox.read_text(encoding="utf-8")
