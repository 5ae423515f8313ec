"""Benchmark: normalise, detect and load a generated corpus.

    .venv/bin/python benchmarks/bench_pipeline.py [--articles 10000]

Articles are built from the shipped watchlist (real place and actor names) and
news-like sentence templates, about 3 KB each, one in five not about Syria. The
script prints articles per second for each stage, the time of the first load
into a fresh DuckDB file, and of the second (nothing new) load.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from syriawatch import pipeline  # noqa: E402
from syriawatch.detect import Detector, load_watchlist  # noqa: E402
from syriawatch.records import Collected, RawDocument, Source  # noqa: E402

SYRIA = [
    "Air strikes by {actor} killed at least {n} civilians in {place} on {day}, {monitor} said.",
    "{actor} shelled villages near {place} overnight, wounding {n} people.",
    "Clashes between {actor} and {actor2} broke out on the outskirts of {place}.",
    "{actor} said it had seized several positions around {place} after heavy fighting.",
    "Residents of {place} staged a protest against rising prices and arrests.",
    "A car bomb exploded at a checkpoint in {place}, killing {n} people, {monitor} reported.",
    "{monitor} said the death toll from the attack on {place} rose to {n}.",
    "Government forces withdrew from {place}, and {actor2} said it had moved in.",
]
FILLER = [
    "Officials said talks would resume next week in a neighbouring capital.",
    "Aid agencies warned that winter would make conditions worse for displaced families.",
    "Prices of bread and fuel have risen sharply over the past month.",
    "The statement could not be independently verified.",
    "Schools in the area remained closed for a third day.",
    "Electricity was cut for several hours in many districts.",
]
OTHER = [
    "The central bank held interest rates steady, citing slowing inflation.",
    "Shares in technology companies rose after strong quarterly results.",
    "The football club confirmed the signing of a new striker on a three-year deal.",
    "Heavy rain caused flooding in several coastal towns, the weather service said.",
]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def generate(count: int, seed: int = 7) -> list[RawDocument]:
    watchlist = load_watchlist(REPO / "config" / "watchlist")
    places = [e.name for e in watchlist.entities.values() if e.type == "place" and e.syria_weight]
    actors = [e.name for e in watchlist.entities.values() if e.actor_class]
    monitors = ["the Syrian Observatory for Human Rights", "the White Helmets", "SANA"]
    rng = random.Random(seed)
    source = Source("seed", "benchmark", "generated")
    documents = []
    for i in range(count):
        syria = i % 5 != 0
        sentences = []
        while sum(len(s) for s in sentences) < 3000:
            pool = (SYRIA if rng.random() < 0.4 else FILLER) if syria else OTHER + FILLER
            sentences.append(
                rng.choice(pool).format(
                    actor=rng.choice(actors),
                    actor2=rng.choice(actors),
                    place=rng.choice(places),
                    monitor=rng.choice(monitors),
                    n=rng.randint(1, 40),
                    day=rng.choice(DAYS),
                )
            )
        title = sentences[0][:80] if syria else "Markets and weather roundup"
        documents.append(
            RawDocument(
                source,
                f"generated#{i}",
                title,
                "\n".join(sentences),
                url=f"https://bench.example/{i}",
                published=f"2024-0{1 + i % 9}-1{i % 9}T08:00:00Z",
                language="en",
            )
        )
    return documents


def timed(label: str, count: int, func):  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    result = func()
    seconds = time.perf_counter() - start
    print(f"{label:<34} {seconds:8.2f} s  {count / seconds:10.0f} articles/s")
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=10_000)
    args = parser.parse_args()
    documents = generate(args.articles)
    size = sum(len(d.body) for d in documents) / len(documents)
    print(f"corpus: {len(documents)} articles, {size:.0f} characters each on average")
    detector = Detector(load_watchlist(REPO / "config" / "watchlist"))
    print(
        f"watchlist: {len(detector.watchlist.entities)} entities, "
        f"{detector.matcher.size} patterns in one automaton"
    )
    collected = [Collected(documents[0].source, tuple(documents))]
    now = datetime.now(UTC)

    from syriawatch.normalise import normalise

    articles = timed("normalise", len(documents), lambda: [normalise(d, now) for d in documents])
    timed("detect", len(articles), lambda: [detector.detect(a) for a in articles])
    prepared = timed(
        "normalise + detect (pipeline)",
        len(documents),
        lambda: pipeline.prepare(collected, detector, now),
    )
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.duckdb"
        sources = [documents[0].source]
        counts = timed(
            "load into a new warehouse",
            len(documents),
            lambda: pipeline.store(db, "bench1", sources, prepared, detector, now),
        )
        print(
            f"  stored: {counts.articles_new} articles, {counts.mentions_new} mentions, "
            f"{counts.events_new} events"
        )
        again = timed(
            "load again (nothing new)",
            len(documents),
            lambda: pipeline.store(db, "bench2", sources, prepared, detector, now),
        )
        assert again.articles_new == 0


if __name__ == "__main__":
    main()
