"""The command as a user runs it: a real process, real files, real exit codes."""

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import SAMPLE

CONTRACT_KEYS = [
    "id",
    "title",
    "language",
    "is_syria_related",
    "relevance",
    "keywords",
    "entities",
    "places",
    "events",
    "claims",  # added by the detection issue, after DESIGN.md
]


def syriawatch(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "syriawatch", *args],
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
    )


def test_detect_prints_the_contract(env: dict[str, str]) -> None:
    result = syriawatch("detect", str(SAMPLE), "--format", "jsonl", env=env)
    assert result.returncode == 0, result.stderr
    [line] = result.stdout.splitlines()
    record = json.loads(line)
    assert list(record) == CONTRACT_KEYS
    assert set(record["entities"][0]) == {"id", "name", "type", "mentions", "surface_forms"}
    assert set(record["places"][0]) == {"id", "name", "lat", "lon", "mentions"}
    assert set(record["events"][0]) == {
        "type",
        "subtype",
        "location",
        "actors",
        "date",
        "fatalities",
        "injuries",
        "figures",
        "evidence",
    }


def test_detect_reports_a_bad_file_in_one_line(env: dict[str, str], tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"\xff\xfe title\nbody")
    result = syriawatch("detect", str(SAMPLE), str(bad), env=env)
    assert result.returncode == 1
    assert len(result.stdout.splitlines()) == 1  # the good file still comes out
    assert result.stderr.strip() == (
        f"syriawatch: error: {bad}: not UTF-8 (byte 0xff at offset 0); re-save it as UTF-8"
    )


def test_bad_config_is_one_line_without_traceback(env: dict[str, str], config_dir: Path) -> None:
    (config_dir / "sources.toml").write_text('[[seeds]]\npath = "seeds"\ninterval = "x"\n')
    result = syriawatch("detect", str(SAMPLE), env=env)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith(f"syriawatch: error: {config_dir / 'sources.toml'}:3:")


def test_ingest_then_sql_in_every_format(env: dict[str, str]) -> None:
    first = syriawatch("ingest", str(SAMPLE), env=env)
    assert first.returncode == 0, first.stderr
    assert "1 new, 0 already stored" in first.stdout
    again = syriawatch("ingest", str(SAMPLE), env=env)
    assert "0 new, 1 already stored" in again.stdout

    query = "select location, fatalities from event_details where fatalities is not null"
    table = syriawatch("sql", query, env=env)
    assert table.returncode == 0, table.stderr
    assert table.stdout.splitlines()[2].split() == ["Homs", "7"]
    rows = list(
        csv.reader(io.StringIO(syriawatch("sql", query, "--format", "csv", env=env).stdout))
    )
    assert rows == [["location", "fatalities"], ["Homs", "7"]]
    data = json.loads(syriawatch("sql", query, "--format", "json", env=env).stdout)
    assert data == [{"location": "Homs", "fatalities": 7}]
    runs = syriawatch(
        "sql",
        "select flow, articles_new from runs order by started_at",
        "--format",
        "json",
        env=env,
    )
    assert json.loads(runs.stdout) == [
        {"flow": "ingest", "articles_new": 1},
        {"flow": "ingest", "articles_new": 0},
    ]


def test_sql_is_read_only_and_errors_are_one_line(env: dict[str, str]) -> None:
    missing = syriawatch("sql", "select 1", env=env)
    assert missing.returncode == 1 and "run `syriawatch run` first" in missing.stderr
    syriawatch("ingest", str(SAMPLE), env=env)
    write = syriawatch("sql", "delete from articles", env=env)
    assert write.returncode == 1
    assert "read-only" in write.stderr and "Traceback" not in write.stderr
    typo = syriawatch("sql", "selct 1", env=env)
    assert typo.returncode == 1 and typo.stderr.count("\n") == 1


def test_feeds_shows_health(env: dict[str, str], config_dir: Path, httpserver) -> None:  # type: ignore[no-untyped-def]
    from datetime import UTC, datetime

    from syriawatch import pipeline
    from syriawatch.config import load_settings
    from syriawatch.detect import Detector, load_watchlist

    good, bad = httpserver.url_for("/good.xml"), httpserver.url_for("/bad.xml")
    httpserver.expect_request("/good.xml").respond_with_data(
        '<rss version="2.0"><channel><title>t</title><item><title>Damascus news</title>'
        "<link>https://n.example/1</link><description>Syria</description></item></channel></rss>",
        content_type="application/rss+xml",
    )
    httpserver.expect_request("/bad.xml").respond_with_data("gone", status=410)
    (config_dir / "sources.toml").write_text(
        f'[[feeds]]\nname = "Good"\nurl = "{good}"\n\n[[feeds]]\nname = "Bad"\nurl = "{bad}"\n\n'
        '[[feeds]]\nname = "Off"\nurl = "https://off.example/rss"\nenabled = false\n'
    )
    settings = load_settings()
    now = datetime.now(UTC)
    detector = Detector(load_watchlist(settings.watchlist_dir))
    sources = pipeline.configured_sources(settings)
    collection = pipeline.collect(sources, settings.db_path, now)
    prepared = pipeline.prepare(collection.collected, detector, now)
    pipeline.store(settings.db_path, "t", sources, prepared, detector, now, collection.polls)

    result = syriawatch("feeds", "--format", "json", env=env)
    assert result.returncode == 0, result.stderr
    rows = {row["name"]: row for row in json.loads(result.stdout)}
    assert (rows["Good"]["status"], rows["Good"]["failures"], rows["Good"]["items"]) == (200, 0, 1)
    assert rows["Bad"]["status"] == 410 and rows["Bad"]["failures"] == 1
    assert "delete it from sources.toml" in rows["Bad"]["problem"]
    assert (rows["Off"]["enabled"], rows["Off"]["status"]) == (False, "never polled")
