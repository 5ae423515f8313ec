"""Feed polling against a real HTTP server on 127.0.0.1 (pytest-httpserver)."""

from __future__ import annotations

import time
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from syriawatch import pipeline
from syriawatch.detect import Detector, load_watchlist
from syriawatch.sources.feed_state import FeedState, PollOutcome, decide
from syriawatch.sources.feeds import (
    DEFAULT_LIMITS,
    FeedPoll,
    FetchLimits,
    feed_source,
    new_state,
    poll_feeds,
)
from tests.conftest import REPO

NOW = datetime(2024, 12, 8, 12, 0, tzinfo=UTC)
RSS_TYPE = "application/rss+xml; charset=utf-8"


def rss(*items: tuple[str, str, str], encoding: str = "utf-8") -> str:
    body = "".join(
        f"<item><title>{title}</title><link>{link}</link><description>{text}</description>"
        f"<pubDate>Sun, 08 Dec 2024 0{i}:00:00 GMT</pubDate></item>"
        for i, (title, link, text) in enumerate(items)
    )
    return (
        f'<?xml version="1.0" encoding="{encoding}"?><rss version="2.0"><channel>'
        f"<title>T</title><link>https://t.example/</link><description>d</description>"
        f"{body}</channel></rss>"
    )


STORY = (
    "Air strikes on the town of Ariha in Idlib province killed at least twelve civilians "
    "on Tuesday, rescue workers said, as warplanes struck a crowded vegetable market in the "
    "morning. The White Helmets said their teams pulled survivors from the rubble for hours "
    "after the raid and warned that the toll could rise. The Syrian Observatory for Human "
    "Rights said Russian warplanes carried out the strikes, which also damaged a school."
)
ONE = rss(("Strikes hit Ariha market", "https://a.example/ariha?utm_source=rss", STORY))


def poll(
    url: str,
    state: FeedState | None = None,
    when: datetime = NOW,
    limits: FetchLimits = DEFAULT_LIMITS,
    **source: object,
) -> FeedPoll:
    src = feed_source(url, **source)  # type: ignore[arg-type]
    [result] = poll_feeds([(src, state or new_state(src))], when, limits)
    return result


def test_etag_gives_304_on_the_second_poll(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/f.xml", headers={"If-None-Match": '"v1"'}).respond_with_data(
        "", status=304
    )
    httpserver.expect_request("/f.xml").respond_with_data(
        ONE, content_type=RSS_TYPE, headers={"ETag": '"v1"'}
    )
    first = poll(httpserver.url_for("/f.xml"))
    assert first.outcome.status == 200 and len(first.collected.documents) == 1
    assert first.state.etag == '"v1"'
    second = poll(httpserver.url_for("/f.xml"), first.state, NOW + timedelta(minutes=15))
    assert second.outcome.status == 304 and second.collected.documents == ()
    assert second.summary == "not modified"
    assert second.state.etag == '"v1"' and second.state.consecutive_failures == 0
    assert second.state.next_poll == NOW + timedelta(minutes=30)
    assert second.state.items_seen == 1


def test_last_modified_gives_304(httpserver: HTTPServer) -> None:
    stamp = "Sun, 08 Dec 2024 10:00:00 GMT"
    httpserver.expect_request("/lm.xml", headers={"If-Modified-Since": stamp}).respond_with_data(
        "", status=304
    )
    httpserver.expect_request("/lm.xml").respond_with_data(
        ONE, content_type=RSS_TYPE, headers={"Last-Modified": stamp}
    )
    first = poll(httpserver.url_for("/lm.xml"))
    assert first.state.last_modified == stamp
    assert poll(httpserver.url_for("/lm.xml"), first.state).outcome.status == 304


def test_permanent_redirect_moves_the_feed_temporary_does_not(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/old.xml").respond_with_data(
        "", status=301, headers={"Location": httpserver.url_for("/new.xml")}
    )
    httpserver.expect_request("/temp.xml").respond_with_data(
        "", status=302, headers={"Location": httpserver.url_for("/new.xml")}
    )
    httpserver.expect_request("/new.xml").respond_with_data(ONE, content_type=RSS_TYPE)
    moved = poll(httpserver.url_for("/old.xml"))
    assert moved.state.url == httpserver.url_for("/new.xml")
    assert moved.state.source_id == f"feed:{httpserver.url_for('/old.xml')}"
    assert len(moved.collected.documents) == 1
    temporary = poll(httpserver.url_for("/temp.xml"))
    assert temporary.state.url == httpserver.url_for("/temp.xml")


def test_429_retry_after_is_respected(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/busy.xml").respond_with_data(
        "slow down", status=429, headers={"Retry-After": "7200"}
    )
    result = poll(httpserver.url_for("/busy.xml"))
    assert result.outcome.error == "HTTP 429 Too Many Requests"
    assert result.state.next_poll == NOW + timedelta(hours=2)
    assert result.state.consecutive_failures == 1
    assert result.collected.failures[0].message == "HTTP 429 Too Many Requests"


def test_500s_back_off_exponentially_then_recover(httpserver: HTTPServer) -> None:
    url = httpserver.url_for("/flaky.xml")
    httpserver.expect_ordered_request("/flaky.xml").respond_with_data("boom", status=500)
    httpserver.expect_ordered_request("/flaky.xml").respond_with_data("boom", status=502)
    httpserver.expect_ordered_request("/flaky.xml").respond_with_data("boom", status=503)
    httpserver.expect_ordered_request("/flaky.xml").respond_with_data(ONE, content_type=RSS_TYPE)
    state, when, waits = None, NOW, []
    for _ in range(3):
        result = poll(url, state, when)
        state = result.state
        waits.append(state.next_poll - when)
        when = state.next_poll
    assert waits == [timedelta(minutes=30), timedelta(minutes=60), timedelta(minutes=120)]
    assert state.consecutive_failures == 3 and state.last_error == "HTTP 503"
    recovered = poll(url, state, when)
    assert recovered.state.consecutive_failures == 0 and recovered.state.last_error is None
    assert recovered.state.next_poll == when + timedelta(minutes=15)
    assert len(recovered.collected.documents) == 1


def test_backoff_is_capped() -> None:
    state = replace(FeedState("feed:x", "x", "http://x"), consecutive_failures=30)
    after = decide(state, PollOutcome(500, error="HTTP 500"), timedelta(minutes=15), NOW)
    assert after.next_poll == NOW + timedelta(hours=24)


def test_a_slow_server_times_out_without_hanging(httpserver: HTTPServer) -> None:
    def slow(request: Request) -> Response:
        time.sleep(3)
        return Response(ONE, content_type=RSS_TYPE)

    httpserver.expect_request("/slow.xml").respond_with_handler(slow)
    limits = FetchLimits(read_timeout=0.5, total_timeout=1.0)
    started = time.monotonic()
    result = poll(httpserver.url_for("/slow.xml"), limits=limits)
    assert time.monotonic() - started < 2.5
    assert result.outcome.status is None
    assert result.outcome.error in ("timed out", "no complete answer in 1 s")
    assert result.state.consecutive_failures == 1


def test_an_oversized_response_is_cut_off(httpserver: HTTPServer) -> None:
    huge = rss(*[(f"t{i}", f"https://a.example/{i}", "x" * 500) for i in range(50)])

    def chunked(request: Request) -> Response:  # no Content-Length: the cap works on the stream
        return Response(
            iter([huge[i : i + 1000] for i in range(0, len(huge), 1000)]), content_type=RSS_TYPE
        )

    httpserver.expect_request("/huge.xml").respond_with_handler(chunked)
    httpserver.expect_request("/declared.xml").respond_with_data(huge, content_type=RSS_TYPE)
    limits = FetchLimits(max_bytes=5_000)
    for path in ("/huge.xml", "/declared.xml"):
        result = poll(httpserver.url_for(path), limits=limits)
        assert result.outcome.error == "response larger than 5,000 bytes; download stopped"
        assert result.collected.documents == ()


def test_entity_expansion_bomb_is_not_expanded(httpserver: HTTPServer) -> None:
    levels = ['<!ENTITY e0 "ha">'] + [
        f'<!ENTITY e{i} "{("&e" + str(i - 1) + ";") * 10}">' for i in range(1, 10)
    ]
    bomb = (
        f'<?xml version="1.0"?><!DOCTYPE rss [{"".join(levels)}]>'
        '<rss version="2.0"><channel><title>bomb</title>'
        "<item><title>&e9;</title><description>Syria</description></item></channel></rss>"
    )
    httpserver.expect_request("/bomb.xml").respond_with_data(bomb, content_type=RSS_TYPE)
    started = time.monotonic()
    result = poll(httpserver.url_for("/bomb.xml"))
    assert time.monotonic() - started < 5
    titles = [d.title for d in result.collected.documents]
    assert all(len(t) < 100 for t in titles)  # 10**9 characters had it expanded


def test_a_bozo_feed_still_yields_entries_with_a_warning(httpserver: HTTPServer) -> None:
    broken = ONE.replace("<title>Strikes", "<title>Strikes & more").replace("</channel></rss>", "")
    httpserver.expect_request("/bozo.xml").respond_with_data(broken, content_type=RSS_TYPE)
    result = poll(httpserver.url_for("/bozo.xml"))
    assert result.outcome.error is None
    assert [d.title for d in result.collected.documents] == ["Strikes & more hit Ariha market"]
    assert result.state.last_warning.startswith("recovered from a malformed feed")


def test_html_instead_of_a_feed_is_a_clear_error(httpserver: HTTPServer) -> None:
    httpserver.expect_request("/page").respond_with_data(
        "<html><head><title>Home</title></head><body>Hello</body></html>", content_type="text/html"
    )
    result = poll(httpserver.url_for("/page"))
    assert result.outcome.error.startswith("not a readable feed")
    assert result.state.consecutive_failures == 1


def test_wrong_and_missing_charsets(httpserver: HTTPServer) -> None:
    arabic = rss(
        ("قصف على ريف حلب", "https://a.example/ar", "قالت مصادر محلية"), encoding="windows-1256"
    )
    httpserver.expect_request("/cp1256.xml").respond_with_data(
        arabic.encode("windows-1256"), content_type="text/xml"
    )  # charset only in the prolog
    latin = rss(("Café in Homs", "https://a.example/fr", "Réunion à Homs"), encoding="utf-8")
    httpserver.expect_request("/lies.xml").respond_with_data(
        latin.encode("iso-8859-1"), content_type=RSS_TYPE
    )  # says utf-8, is latin-1
    [doc] = poll(httpserver.url_for("/cp1256.xml")).collected.documents
    assert doc.title == "قصف على ريف حلب"
    lying = poll(httpserver.url_for("/lies.xml"))
    assert lying.outcome.error is None
    assert [d.title for d in lying.collected.documents] == ["Café in Homs"]
    assert "malformed" in lying.state.last_warning or "encoding" in lying.state.last_warning


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_watchlist(REPO / "config" / "watchlist"))


def run_feeds(urls: list[str], db_path: Path, detector: Detector, when: datetime):  # type: ignore[no-untyped-def]
    sources = [feed_source(u) for u in urls]
    collection = pipeline.collect(sources, db_path, when, poll_all=True)
    prepared = pipeline.prepare(collection.collected, detector, when)
    counts = pipeline.store(db_path, "t", sources, prepared, detector, when, collection.polls)
    return collection, prepared, counts


def test_arabic_feed_end_to_end(httpserver: HTTPServer, db_path: Path, detector: Detector) -> None:
    feed = rss(
        (
            "قصف على ريف حلب الغربي",
            "https://a.example/ar/1",
            "قالت مصادر محلية إن قوات النظام قصفت بلدة الأتارب في ريف حلب الغربي، ما أدى إلى "
            "مقتل 3 مدنيين.",
        )
    )
    httpserver.expect_request("/ar.xml").respond_with_data(feed, content_type=RSS_TYPE)
    _, prepared, counts = run_feeds([httpserver.url_for("/ar.xml")], db_path, detector, NOW)
    assert counts.articles_new == 1
    [article], [detection] = prepared.articles, prepared.detections
    assert article.language == "ar" and detection.is_syria_related
    assert [(e.location_id, e.fatalities) for e in detection.events] == [("atarib", 3)]


def test_one_story_from_three_feeds_is_stored_once_with_three_sources(
    httpserver: HTTPServer, db_path: Path, detector: Detector
) -> None:
    import duckdb

    rewrite = STORY.replace("rescue workers said", "according to rescuers")
    httpserver.expect_request("/a.xml").respond_with_data(ONE, content_type=RSS_TYPE)
    httpserver.expect_request("/b.xml").respond_with_data(  # same URL, other tracking tags
        rss(("Ariha market hit", "https://A.example/ariha?fbclid=1", STORY)), content_type=RSS_TYPE
    )
    httpserver.expect_request("/c.xml").respond_with_data(  # another outlet's light rewrite
        rss(("Market strike in Idlib", "https://c.example/news/1", rewrite)), content_type=RSS_TYPE
    )
    urls = [httpserver.url_for(p) for p in ("/a.xml", "/b.xml", "/c.xml")]
    _, _, counts = run_feeds(urls, db_path, detector, NOW)
    assert (counts.articles_new, counts.articles_known) == (1, 2)
    _, _, again = run_feeds(urls, db_path, detector, NOW + timedelta(hours=1))
    assert (again.articles_new, again.articles_known, again.events_new) == (0, 3, 0)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 1
        rows = con.execute("SELECT source_id, match FROM article_sources ORDER BY match").fetchall()
        states = con.execute("SELECT count(*), sum(items_seen) FROM feed_state").fetchone()
    finally:
        con.close()
    assert sorted(m for _, m in rows) == ["first", "near duplicate", "same url"]
    assert {s for s, _ in rows} == {f"feed:{u}" for u in urls}
    assert states == (3, 6)


def test_feeds_not_due_are_not_polled(
    httpserver: HTTPServer, db_path: Path, detector: Detector
) -> None:
    httpserver.expect_request("/due.xml").respond_with_data(ONE, content_type=RSS_TYPE)
    url = httpserver.url_for("/due.xml")
    sources = [feed_source(url, interval=30)]
    first = pipeline.collect(sources, db_path, NOW)
    pipeline.store(
        db_path,
        "t",
        sources,
        pipeline.prepare(first.collected, detector, NOW),
        detector,
        NOW,
        first.polls,
    )
    soon = pipeline.collect(sources, db_path, NOW + timedelta(minutes=10))
    assert soon.polls == () and soon.not_due == tuple(sources)
    later = pipeline.collect(sources, db_path, NOW + timedelta(minutes=31))
    assert len(later.polls) == 1
    assert len(httpserver.log) == 2


def test_full_text_feeds_fetch_new_entries_pages(
    httpserver: HTTPServer, db_path: Path, detector: Detector
) -> None:
    page = (
        "<html><head><title>Ariha</title></head><body><nav>Home | World</nav><article>"
        f"<h1>Strikes hit Ariha market</h1><p>{STORY}</p><p>More details from the scene.</p>"
        "</article><footer>Comments</footer></body></html>"
    )
    article_url = httpserver.url_for("/news/ariha")
    gone_url = httpserver.url_for("/news/gone")
    feed = rss(
        ("Strikes hit Ariha market", article_url, "Short summary."),
        ("Other story", gone_url, "Summary kept when the page fails."),
    )
    httpserver.expect_request("/full.xml").respond_with_data(feed, content_type=RSS_TYPE)
    httpserver.expect_request("/news/ariha").respond_with_data(page, content_type="text/html")
    httpserver.expect_request("/news/gone").respond_with_data("", status=404)
    source = feed_source(httpserver.url_for("/full.xml"), full_text=True)
    collection = pipeline.collect([source], db_path, NOW, poll_all=True)
    documents = {d.url: d for c in collection.collected for d in c.documents}
    assert "More details from the scene." in documents[article_url].body
    assert not documents[article_url].body_is_html
    assert documents[gone_url].body == "Summary kept when the page fails."
    problems = [f.message for c in collection.collected for f in c.failures]
    assert problems == ["full text: HTTP 404; kept the feed summary"]

    prepared = pipeline.prepare(collection.collected, detector, NOW)
    pipeline.store(db_path, "t", [source], prepared, detector, NOW, collection.polls)
    pages_before = sum(1 for entry, _ in httpserver.log if entry.path.startswith("/news/"))
    pipeline.collect([source], db_path, NOW + timedelta(hours=1), poll_all=True)
    pages_after = sum(1 for entry, _ in httpserver.log if entry.path.startswith("/news/"))
    assert pages_after == pages_before  # stored entries are not fetched again
