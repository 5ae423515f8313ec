from datetime import UTC, datetime

from syriawatch.normalise import (
    canonical_url,
    normalise,
    parse_published,
    simhash,
    strip_trailers,
)
from syriawatch.records import RawDocument, Source
from syriawatch.sources.seeds import collect_seed_source, seed_source
from tests.conftest import SAMPLE

NOW = datetime(2024, 12, 8, tzinfo=UTC)
SOURCE = Source("seed", "test", "/tmp/test")


def doc(**fields: object) -> RawDocument:
    values: dict[str, object] = {"source": SOURCE, "origin": "t", "title": "T", "body": "B"}
    values.update(fields)
    return RawDocument(**values)  # type: ignore[arg-type]


def test_sample_is_cleaned_without_inventing_a_date() -> None:
    [raw] = collect_seed_source(seed_source(SAMPLE)).documents
    article = normalise(raw, NOW)
    assert not article.body.endswith("Comments")
    assert article.body.endswith("he told CNN.")
    assert article.published_at is None and article.published_from is None
    assert article.language == "en"
    assert article.url is None
    assert len(article.id) == 16
    assert normalise(raw, datetime(2030, 1, 1, tzinfo=UTC)).id == article.id


def test_html_body_becomes_text_and_whitespace_is_folded() -> None:
    article = normalise(
        doc(
            title="  Caf\u0065\u0301   news ",
            body="<p>First&nbsp;para <b>bold</b></p><p>Second</p><script>x()</script>",
            body_is_html=True,
        ),
        NOW,
    )
    assert article.title == "Café news"
    assert article.title == "Caf\u00e9 news"  # NFC
    assert "First para bold" in article.body and "Second" in article.body
    assert "x()" not in article.body


def test_canonical_url_drops_tracking_fragment_and_default_port() -> None:
    url = "HTTPS://Example.ORG:443/a/b?utm_source=rss&id=7&fbclid=zz#comments"
    assert canonical_url(url) == "https://example.org/a/b?id=7"
    first = normalise(doc(url=url), NOW)
    second = normalise(doc(url="https://example.org/a/b?id=7", body="edited"), NOW)
    assert first.id == second.id


def test_published_dates_become_utc() -> None:
    assert parse_published("2024-03-11T09:30:00+02:00") == datetime(2024, 3, 11, 7, 30, tzinfo=UTC)
    assert parse_published("Fri, 13 Dec 2024 08:00:00 GMT") == datetime(2024, 12, 13, 8, tzinfo=UTC)
    assert parse_published("2024-05-08") == datetime(2024, 5, 8, tzinfo=UTC)
    assert parse_published("last Tuesday") is None
    article = normalise(doc(published="2024-03-11T09:30:00+02:00"), NOW)
    assert article.published_from == "source"


def test_trailers_only_at_the_end() -> None:
    body = "Comments were closed.\nThe story.\nShare this article\n\n12 comments"
    assert strip_trailers(body) == "Comments were closed.\nThe story."


def test_language_is_detected_when_not_given() -> None:
    assert normalise(doc(title="قصف على ريف حلب", body="قالت مصادر محلية إن"), NOW).language == "ar"
    assert (
        normalise(
            doc(body="Le gouvernement a annoncé une nouvelle loi sur l'énergie."), NOW
        ).language
        == "fr"
    )
    assert normalise(doc(language="en-GB"), NOW).language == "en"


def test_simhash_is_close_for_rewrites_and_far_for_other_stories() -> None:
    story = (
        "Air strikes on a market in Ariha killed at least twelve civilians on Tuesday, "
        "rescue workers said, and the toll could rise as teams search the rubble."
    )
    rewrite = story.replace("rescue workers said", "according to rescuers")
    other = "The central bank left its benchmark interest rate unchanged on Wednesday again."
    distance = bin((simhash(story) ^ simhash(rewrite)) & (2**64 - 1)).count("1")
    far = bin((simhash(story) ^ simhash(other)) & (2**64 - 1)).count("1")
    assert distance < 16 < far
