"""Real feeds nobody here wrote (../shared/corpora; sources and licences in its README):
rss-parser's golden files, and feedparser's whole test corpus served over loopback."""

from __future__ import annotations

import csv
import json
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

import duckdb
import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from syriawatch import pipeline
from syriawatch.detect import Detector, load_watchlist
from syriawatch.sources.feeds import feed_source, parse_feed
from tests.conftest import REPO

CORPORA = REPO.parent / "shared" / "corpora"
RSS_PARSER = CORPORA / "rss-parser" / "test"
FEEDPARSER = CORPORA / "feedparser"
pytestmark = pytest.mark.skipif(not CORPORA.is_dir(), reason="../shared/corpora is not here")

# Entries that carry neither a title nor any text (only an id, or nothing at all).
EMPTY_ENTRIES = {"missing-fields", "incomplete-fields"}


def golden_cases() -> list[str]:
    return (
        sorted(p.stem for p in (RSS_PARSER / "output").glob("*.json")) if CORPORA.is_dir() else []
    )


def expected_items(name: str) -> list[dict]:
    raw = (RSS_PARSER / "output" / f"{name}.json").read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")  # one golden file was saved in latin-1
    return json.loads(text)["feed"]["items"]


@pytest.mark.parametrize("name", golden_cases())
def test_rss_parser_golden_entries(name: str) -> None:
    [feed_file] = (RSS_PARSER / "input").glob(f"{name}.*")
    parsed = parse_feed(feed_source("http://golden.test/"), feed_file.read_bytes(), {}, 1000)
    expected = expected_items(name)
    assert parsed.error is None
    if name in EMPTY_ENTRIES:
        assert parsed.documents == ()
        assert [f.message for f in parsed.failures] == ["entry has neither title nor text"]
        return
    assert len(parsed.documents) == len(expected)
    for doc, item in zip(parsed.documents, expected, strict=True):
        title = (item.get("title") or "").strip()
        if "\ufffd" in title:  # rss-parser mis-decoded this feed; feedparser did not
            assert "\ufffd" not in doc.title
        else:
            assert doc.title.strip() == title
        assert (doc.url or "") == (item.get("link") or "").strip()
        if item.get("isoDate"):  # feedparser keeps whole seconds
            want = datetime.fromisoformat(item["isoDate"].replace("Z", "+00:00"))
            assert datetime.fromisoformat(doc.published) == want.replace(microsecond=0)


def manifest() -> list[dict[str, str]]:
    with (FEEDPARSER / "MANIFEST.tsv").open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_feedparser_corpus_over_loopback(
    httpserver: HTTPServer, db_path: Path, tmp_path: Path
) -> None:
    rows = manifest()
    by_path = {f"/{row['path']}": row for row in rows}

    def serve(request: Request) -> Response:
        row = by_path[request.path]
        headers = {"content-type": "application/xml"}  # as feedparser's own test server
        for header in filter(None, row["headers"].split("|")):
            name, _, value = header.partition(":")
            headers[name.strip().lower()] = value.strip()
        return Response((FEEDPARSER / row["path"]).read_bytes(), headers=headers)

    for path in by_path:
        httpserver.expect_request(path).respond_with_handler(serve)
    sources = [feed_source(httpserver.url_for(path)) for path in by_path]
    detector = Detector(load_watchlist(REPO / "config" / "watchlist"))
    now = datetime(2024, 12, 8, tzinfo=UTC)

    started = time.monotonic()
    collection = pipeline.collect(sources, db_path, now, poll_all=True)
    elapsed = time.monotonic() - started
    assert len(collection.polls) == len(rows) == 2106
    for poll in collection.polls:  # every file: entries, a valid empty feed, or a clear error
        error = poll.outcome.error
        assert (
            poll.collected.documents or error is None or error.startswith("not a readable feed: ")
        ), (poll.state.url, error)
    prepared = pipeline.prepare(collection.collected, detector, now)
    first = pipeline.store(db_path, "c1", sources, prepared, detector, now, collection.polls)

    later = now + timedelta(hours=1)
    again = pipeline.collect(sources, db_path, later, poll_all=True)
    second = pipeline.store(
        db_path,
        "c2",
        sources,
        pipeline.prepare(again.collected, detector, later),
        detector,
        later,
        again.polls,
    )
    assert second.articles_new == 0 and second.events_new == 0
    assert second.articles_known == len(prepared.articles)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        stored = con.execute("SELECT count(*) FROM articles").fetchone()[0]
        states = con.execute("SELECT count(*) FROM feed_state").fetchone()[0]
    finally:
        con.close()
    assert stored == first.articles_new
    assert states == 2106
    with_entries = sum(1 for p in collection.polls if p.collected.documents)
    rejected = sum(1 for p in collection.polls if p.outcome.error)
    print(
        f"\nfeedparser corpus: {len(rows)} feeds polled in {elapsed:.1f} s; "
        f"{with_entries} with entries, {rejected} rejected with an error, "
        f"{len(prepared.articles)} entries, {stored} stored"
    )
