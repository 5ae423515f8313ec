"""Benchmark: from a new feed item being served to the Slack request arriving.

    .venv/bin/python benchmarks/bench_alert_latency.py [--rounds 5]

A feed server and a Slack stand-in run on 127.0.0.1. Each round serves one new
strike report, then times one pass from the start of the poll to the moment the
webhook request arrives: (a) through the pipeline's plain functions, as
`syriawatch ingest` runs them; (b) through the monitor flow, with a Prefect
server already running (as under `syriawatch serve`). Target: <= 2 s.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO))


TOWNS = (
    "Ariha",
    "Saraqib",
    "Atarib",
    "Douma",
    "Jableh",
    "Baniyas",
    "Manbij",
    "Azaz",
    "Afrin",
    "Nawa",
    "Bosra",
    "Izraa",
    "Tabqa",
    "Mayadin",
)


class Servers:
    """One HTTP server on 127.0.0.1: GET /feed.xml serves the feed, POST /slack records."""

    def __init__(self) -> None:
        self.feed = b""
        self.arrivals: list[float] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802
                self.send_response(200)
                self.send_header("Content-Type", "application/rss+xml; charset=utf-8")
                self.send_header("Content-Length", str(len(outer.feed)))
                self.end_headers()
                self.wfile.write(outer.feed)

            def do_POST(self) -> None:  # noqa: N802
                outer.arrivals.append(time.perf_counter())
                self.rfile.read(int(self.headers.get("Content-Length", 0)))
                self.send_response(200)
                self.send_header("Content-Length", "2")
                self.end_headers()
                self.wfile.write(b"ok")

            def log_message(self, *args: object) -> None:
                pass

        self.http = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        threading.Thread(target=self.http.serve_forever, daemon=True).start()
        self.base = f"http://127.0.0.1:{self.http.server_port}"

    def serve_story(self, number: int) -> None:
        """A new happening each time (another town): one story, one alert."""
        town = TOWNS[number % len(TOWNS)]
        self.feed = (
            '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Wire'
            "</title><link>https://wire.example/</link><description>d</description><item>"
            f"<title>Strikes on {town} market ({number})</title>"
            f"<link>https://wire.example/{town}/{number}</link>"
            f"<pubDate>{datetime.now(UTC):%a, %d %b %Y %H:%M:%S GMT}</pubDate><description>"
            f"Air strikes on a crowded market in the town of {town} in Syria "
            f"killed at least {12 + number} civilians on Sunday, the White Helmets said."
            "</description></item></channel></rss>"
        ).encode()


def latency(servers: Servers, run_once) -> float:  # type: ignore[no-untyped-def]
    before = len(servers.arrivals)
    started = time.perf_counter()
    run_once()
    assert len(servers.arrivals) == before + 1, "no Slack request arrived"
    return servers.arrivals[-1] - started


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    servers = Servers()
    folder = Path(tempfile.mkdtemp(prefix="syriawatch-latency-"))
    config = folder / "config"
    shutil.copytree(REPO / "config", config)
    (config / "sources.toml").write_text(
        f'[[feeds]]\nname = "Wire"\nurl = "{servers.base}/feed.xml"\ninterval = 1\n'
    )
    os.environ.update(
        {
            "SYRIAWATCH_SLACK_WEBHOOK_URL": f"{servers.base}/slack",
            "SYRIAWATCH_OUTBOX_DIR": str(folder / "outbox"),
            "PREFECT_SERVER_ANALYTICS_ENABLED": "false",
            "PREFECT_LOGGING_LEVEL": "WARNING",
        }
    )
    from syriawatch import pipeline
    from syriawatch.alerts.channels import channels_from_env
    from syriawatch.alerts.rules import load_alerts_config
    from syriawatch.config import load_settings
    from syriawatch.detect import Detector, load_watchlist

    settings = load_settings(config, folder / "plain.duckdb")
    detector = Detector(load_watchlist(settings.watchlist_dir))
    rules = load_alerts_config(settings.alerts_path)
    sources = pipeline.configured_sources(settings)

    def plain_pass() -> None:
        now = datetime.now(UTC)
        collection = pipeline.collect(sources, settings.db_path, now, poll_all=True)
        prepared = pipeline.prepare(collection.collected, detector, now)
        pipeline.store(settings.db_path, "b", sources, prepared, detector, now, collection.polls)
        pipeline.raise_and_deliver(settings.db_path, rules, channels_from_env(), now)

    plain = []
    for number in range(args.rounds):
        servers.serve_story(number)
        plain.append(latency(servers, plain_pass))

    from prefect.testing.utilities import prefect_test_harness

    from flows.monitor import monitor

    flowed = []
    with prefect_test_harness(server_startup_timeout=120):
        for number in range(args.rounds + 1):
            servers.serve_story(args.rounds + number)
            seconds = latency(
                servers,
                lambda: monitor(
                    config_dir=str(config), db_path=str(folder / "flow.duckdb"), poll_all=True
                ),
            )
            if number:  # the first run pays for the flow's first start
                flowed.append(seconds)
    servers.http.shutdown()
    shutil.rmtree(folder)
    print(f"feed item served -> Slack request arrived, {args.rounds} rounds each")
    print(
        f"plain pipeline (as `syriawatch ingest`): median {statistics.median(plain):.3f} s, "
        f"max {max(plain):.3f} s"
    )
    print(
        f"monitor flow, Prefect server running:    median {statistics.median(flowed):.3f} s, "
        f"max {max(flowed):.3f} s"
    )


if __name__ == "__main__":
    main()
