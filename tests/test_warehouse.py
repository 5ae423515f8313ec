import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import duckdb
import pytest

from syriawatch import pipeline
from syriawatch.detect import Detector, load_watchlist
from syriawatch.errors import WarehouseBusyError, WarehouseError
from syriawatch.sources.seeds import seed_source
from syriawatch.warehouse import connect, load, migrate
from tests.conftest import REPO

NOW = datetime(2024, 12, 8, tzinfo=UTC)
MIGRATIONS = sorted((REPO / "warehouse" / "migrations").glob("*.sql"))
TABLES = ("articles", "mentions", "keyword_hits", "events", "sources")


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_watchlist(REPO / "config" / "watchlist"))


@pytest.fixture
def prepared(detector: Detector) -> tuple[list, pipeline.Prepared]:
    sources = [seed_source(REPO / "config" / "seeds")]
    return sources, pipeline.prepare(
        pipeline.collect(sources, Path("unused.duckdb"), NOW).collected, detector, NOW
    )


def counts(db_path: Path) -> dict[str, int]:
    with connect(db_path, read_only=True) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def test_second_load_stores_nothing_twice(db_path: Path, prepared, detector) -> None:
    sources, batch = prepared
    first = pipeline.store(db_path, "r1", sources, batch, detector, NOW)
    after_first = counts(db_path)
    second = pipeline.store(db_path, "r2", sources, batch, detector, NOW)
    assert first.articles_new == len(batch.articles) == after_first["articles"]
    assert first.events_new == after_first["events"] > 0
    assert (second.articles_new, second.articles_known, second.events_new) == (
        0,
        len(batch.articles),
        0,
    )
    assert counts(db_path) == after_first


def test_a_crash_mid_load_leaves_the_warehouse_as_it_was(db_path: Path, prepared, detector) -> None:
    sources, batch = prepared
    half = len(batch.articles) // 2
    pipeline.store(
        db_path,
        "r1",
        sources,
        pipeline.Prepared(batch.articles[:half], batch.detections[:half], ()),
        detector,
        NOW,
    )
    before = counts(db_path)
    broken = batch.detections[:-1]  # the last article has no detection: the load fails late
    with connect(db_path) as con, pytest.raises(KeyError):
        load(
            con,
            "r2",
            sources,
            batch.articles,
            broken,
            list(detector.watchlist.entities.values()),
            NOW,
        )
    assert counts(db_path) == before


def test_migrations_are_recorded_and_applied_once(db_path: Path) -> None:
    with connect(db_path) as con:
        versions = [r[0] for r in con.execute("SELECT version FROM schema_migrations").fetchall()]
        assert versions == list(range(1, len(MIGRATIONS) + 1))
        assert migrate(con) == []


def test_read_only_on_a_missing_file_says_what_to_do(tmp_path: Path) -> None:
    with (
        pytest.raises(WarehouseError, match="run `syriawatch run` first"),
        connect(tmp_path / "none.duckdb", read_only=True),
    ):
        pass


def test_the_file_opens_in_plain_duckdb_with_its_views(db_path: Path, prepared, detector) -> None:
    sources, batch = prepared
    pipeline.store(db_path, "r1", sources, batch, detector, NOW)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        [(homs,)] = con.execute(
            "SELECT fatalities FROM event_details WHERE location = 'Homs'"
        ).fetchall()
        assert homs == 7
        assert con.execute("SELECT count(*) FROM events_by_day").fetchone()[0] > 0
        names = [r[0] for r in con.execute("SELECT name FROM top_entities LIMIT 3").fetchall()]
        assert "Syrian Observatory for Human Rights" in names
        assert con.execute("SELECT latitude FROM places WHERE name = 'Saasaa'").fetchone()[0]
    finally:
        con.close()


def test_a_second_process_holding_the_file_gives_a_clear_error(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with connect(db_path):
        pass
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            textwrap.dedent(f"""
            import duckdb, sys, time
            con = duckdb.connect({str(db_path)!r})
            print("ready", flush=True)
            sys.stdin.readline()
        """),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        monkeypatch.setenv("SYRIAWATCH_DB_WAIT", "1")
        with (
            pytest.raises(WarehouseBusyError, match="in use by another process"),
            connect(db_path, read_only=True),
        ):
            pass
    finally:
        holder.stdin.close()
        holder.wait(timeout=10)
    with connect(db_path, read_only=True) as con:  # free again once the holder is gone
        assert con.execute("SELECT count(*) FROM schema_migrations").fetchone()[0] == len(
            MIGRATIONS
        )


def test_events_under_acled_column_names(db_path: Path, prepared, detector) -> None:
    sources, batch = prepared
    pipeline.store(db_path, "r1", sources, batch, detector, NOW)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        cursor = con.execute("SELECT * FROM events_acled WHERE location = 'Homs'")
        row = dict(zip([c[0] for c in cursor.description], cursor.fetchone(), strict=True))
    finally:
        con.close()
    assert {
        k: row[k]
        for k in (
            "event_type",
            "sub_event_type",
            "actor1",
            "inter1",
            "actor2",
            "inter2",
            "admin1",
            "location",
            "fatalities",
        )
    } == {
        "event_type": "Explosions/Remote violence",
        "sub_event_type": "Air/drone strike",
        "actor1": "Military Forces of Syria (2000-2024)",
        "inter1": 1,
        "actor2": "Military Forces of Russia",
        "inter2": 8,
        "admin1": "Homs",
        "location": "Homs",
        "fatalities": 7,
    }
    assert row["latitude"] == pytest.approx(34.73, abs=0.01)
    assert row["notes"].startswith("Air strikes and shelling by government forces")
    assert row["source"] == "seeds"


def test_claims_are_stored(db_path: Path, prepared, detector) -> None:
    sources, batch = prepared
    pipeline.store(db_path, "r1", sources, batch, detector, NOW)
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        contested = con.execute(
            "SELECT DISTINCT speaker_id, stance FROM claims WHERE contested ORDER BY 1, 2"
        ).fetchall()
    finally:
        con.close()
    assert ("org:syrian-defence-ministry", "denies") in contested
    assert ("org:sohr", "asserts") in contested


def test_every_stated_figure_is_stored_beside_the_coded_one(
    db_path: Path, prepared, detector
) -> None:
    sources, batch = prepared
    pipeline.store(db_path, "r1", sources, batch, detector, NOW)
    pipeline.store(db_path, "r2", sources, batch, detector, NOW)  # a second run adds nothing
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        rows = con.execute(
            "SELECT e.fatalities, f.kind, f.figure, f.source_id FROM events e "
            "JOIN event_figures f ON f.event_id = e.id WHERE e.location_id = 'homs'"
        ).fetchall()
    finally:
        con.close()
    assert rows == [(7, "killed", 7, None)]


def test_civilians_alone_are_actor2_in_events_acled(
    tmp_path: Path, db_path: Path, detector
) -> None:
    """ACLED codes violence against civilians by an unnamed perpetrator with no
    actor1 and the civilians (inter 7) as actor2."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "strike.txt").write_text(
        "Air strikes kill nine civilians in Maarat al-Numan\n\n"
        "Air strikes killed nine civilians in Maarat al-Numan in Idlib province on Monday.",
        encoding="utf-8",
    )
    sources = [seed_source(seeds)]
    batch = pipeline.prepare(pipeline.collect(sources, db_path, NOW).collected, detector, NOW)
    pipeline.store(db_path, "r1", sources, batch, detector, NOW)
    with connect(db_path, read_only=True) as con:
        row = con.execute(
            "SELECT actor1, inter1, actor2, inter2, fatalities FROM events_acled"
        ).fetchone()
    assert row == (None, None, "Civilians (Syria)", 7, 9)
