"""Benchmark: entity matching and whole detection, beside a raw scan, spaCy and flashtext.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python benchmarks/bench_detect.py [--articles 20000]

Every contender gets the same patterns (all alias variants of the watchlist's
entities) and the same generated ~3 KB articles, on one core:
(a) a raw pyahocorasick scan of the lower-cased text: no word boundaries, no
    folding, no spans: the floor;
(b) spaCy's EntityRuler on a blank English pipeline (phrase patterns on LOWER);
(c) flashtext's KeywordProcessor;
(d) syriawatch's entity matching alone (an automaton of the entity aliases only):
    folding, one pass, word boundaries, longest match, spans, entity resolution;
(e) syriawatch's whole detection, as the pipeline runs it: one automaton pass for
    aliases, keywords, event triggers and cues, then relevance, events, claims.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))
sys.path.insert(0, str(REPO / "benchmarks"))

from bench_pipeline import generate  # noqa: E402

from syriawatch.detect import Detector, load_watchlist  # noqa: E402
from syriawatch.detect.matcher import PatternMatcher  # noqa: E402
from syriawatch.detect.text import fold  # noqa: E402
from syriawatch.detect.watchlist import entity_aliases  # noqa: E402
from syriawatch.normalise import normalise  # noqa: E402


def timed(label: str, count: int, func) -> None:  # type: ignore[no-untyped-def]
    started = time.perf_counter()
    found = func()
    seconds = time.perf_counter() - started
    print(f"{label:<48} {seconds:7.2f} s {count / seconds:9.0f} articles/s  ({found} matches)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--articles", type=int, default=20_000)
    args = parser.parse_args()
    watchlist = load_watchlist(REPO / "config" / "watchlist")
    detector = Detector(watchlist)
    phrases = sorted({a for e in watchlist.entities.values() for a in entity_aliases(e)})
    now = datetime.now(UTC)
    articles = [normalise(d, now) for d in generate(args.articles)]
    texts = [a.text for a in articles]
    size = sum(map(len, texts)) / len(texts)
    print(
        f"{len(texts)} articles of {size:.0f} characters; {len(phrases)} patterns "
        f"({len(watchlist.entities)} entities); one core"
    )

    import ahocorasick

    raw = ahocorasick.Automaton()
    for phrase in phrases:
        raw.add_word(phrase, phrase)
    raw.make_automaton()
    timed(
        "(a) raw pyahocorasick scan",
        len(texts),
        lambda: sum(sum(1 for _ in raw.iter(t.lower())) for t in texts),
    )

    import spacy

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("entity_ruler", config={"phrase_matcher_attr": "LOWER"})
    ruler.add_patterns([{"label": "E", "pattern": p} for p in phrases])
    timed(
        "(b) spaCy EntityRuler, blank English pipeline",
        len(texts),
        lambda: sum(len(doc.ents) for doc in nlp.pipe(texts, batch_size=256)),
    )

    from flashtext import KeywordProcessor

    keywords = KeywordProcessor(case_sensitive=False)
    keywords.add_keywords_from_list(phrases)
    timed(
        "(c) flashtext KeywordProcessor",
        len(texts),
        lambda: sum(len(keywords.extract_keywords(t)) for t in texts),
    )

    entity_matcher = PatternMatcher(
        (alias, ("entity", entity.id))
        for entity in watchlist.entities.values()
        for alias in entity_aliases(entity)
    )

    def entities_only() -> int:
        count = 0
        for text in texts:
            hits = entity_matcher.find(fold(text)).get("entity", [])
            count += len(detector.mentions.one_per_span(hits))
        return count

    timed("(d) syriawatch entity matching", len(texts), entities_only)
    timed(
        "(e) syriawatch whole detection",
        len(texts),
        lambda: sum(len(detector.detect(a).mentions) for a in articles),
    )


if __name__ == "__main__":
    main()
