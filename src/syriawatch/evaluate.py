"""Score detection against a labelled file (`syriawatch eval LABELS.jsonl`).

One JSON object per line: the article (`title`, `body`, optional `published`,
`language`, `url`) and what a careful reader finds in it:

    {"title": ..., "body": ..., "is_syria_related": true,
     "entities": ["person:bashar-al-assad", "group:hts"],    # entity ids: no places, civilians
     "places": ["homs", {"name": "Ariha", "lat": 35.81, "lon": 36.61}],
     "events": [{"type": "Explosions/Remote violence", "subtype": "Air/drone strike",
                 "location": "homs", "fatalities": 7, "injuries": null,
                 "actors": ["group:russian-forces", "collective:civilians"],  # acting first
                 "day": "2024-12-01"}],                                       # when it happened
     "background_figures": [500000],                                # figures that are not events
     "claims": [{"speaker": "org:sohr", "stance": "asserts"},
                {"speaker": null, "stance": "asserts"},                 # a source no entity names
                {"speaker": "state:russia", "stance": "denies", "contested": true}]}

Fields: relevance (the yes/no decision), entities and places (a place is right by
id, or within 10 km of the labelled coordinates), event types, event
sub-types, fatalities and injuries (labelled events with a figure: is it found,
exactly, on a detected event of that type), and background figures reported as an event's
fatalities (should be none); for events labelled with a `day`, whether a detected
event of that type happened on it; for events labelled with `actors`, the actors of the
detected event of that type (at the labelled place, if one is given): their F1,
and whether the side that acts comes first; and, in articles labelled with `claims`, who
claims what: the distinct (speaker, stance) pairs, and those another speaker
contradicts ("contested"). Precision, recall and F1 are micro-averaged.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from .detect import Detector
from .errors import SourceError
from .geo import distance_km
from .normalise import normalise
from .records import Detection, Entity, Event, RawDocument, Source

PLACE_TOLERANCE_KM = 10.0
UNNAMED = {"place", "collective"}  # scored elsewhere, or not named entities at all
SCORED_AT = datetime(2025, 1, 1, tzinfo=UTC)  # scores must not depend on when they are run


@dataclass(slots=True)
class Score:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    def add(self, predicted: Counter[Any], expected: Counter[Any]) -> None:
        hits = sum((predicted & expected).values())
        self.count(hits, sum(predicted.values()) - hits, sum(expected.values()) - hits)

    def count(self, hits: int, extras: int, misses: int) -> None:
        self.true_positives += hits
        self.false_positives += extras
        self.false_negatives += misses

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        wanted = self.true_positives + self.false_negatives
        return self.true_positives / wanted if wanted else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass(slots=True)
class Report:
    articles: int = 0
    scores: dict[str, Score] = field(
        default_factory=lambda: {
            name: Score()
            for name in (
                "relevance",
                "entities",
                "places",
                "event types",
                "event subtypes",
                "event actors",
                "claims",
                "contested claims",
            )
        }
    )
    fatalities_labelled: int = 0
    fatalities_exact: int = 0
    injuries_labelled: int = 0
    injuries_exact: int = 0
    background_as_events: int = 0
    acting_labelled: int = 0  # labelled events that name the side that acts
    acting_exact: int = 0
    days_labelled: int = 0  # labelled events that give the day they happened
    days_exact: int = 0
    claims_labelled: int = 0  # articles labelled with their claims

    def rows(self) -> list[tuple[str, str, str, str, str]]:
        unscored = set() if self.claims_labelled else {"claims", "contested claims"}
        if not self.acting_labelled:
            unscored.add("event actors")
        rows = [
            (
                name,
                f"{s.precision:.3f}",
                f"{s.recall:.3f}",
                f"{s.f1:.3f}",
                f"{s.true_positives}/{s.false_positives}/{s.false_negatives}",
            )
            for name, s in self.scores.items()
            if name not in unscored
        ]
        for name, exact, labelled in (
            ("fatalities exact", self.fatalities_exact, self.fatalities_labelled),
            ("injuries exact", self.injuries_exact, self.injuries_labelled),
            ("acting side exact", self.acting_exact, self.acting_labelled),
            ("event days exact", self.days_exact, self.days_labelled),
        ):
            if name in ("acting side exact", "event days exact") and not labelled:
                continue
            share = exact / labelled if labelled else 1
            rows.append((name, "", f"{share:.3f}", "", f"{exact}/{labelled}"))
        rows.append(("background as events", "", "", "", str(self.background_as_events)))
        return rows


def evaluate(path: Path, detector: Detector) -> Report:
    report = Report()
    entities = detector.watchlist.entities
    source = Source("seed", "evaluation", str(path))
    for number, label in read_labels(path):
        raw = RawDocument(
            source,
            f"{path}:{number}",
            label.get("title", ""),
            label["body"],
            published=label.get("published"),
            language=label.get("language"),
            url=label.get("url"),
        )
        article = normalise(raw, SCORED_AT)
        score_article(report, label, detector.detect(article), entities)
    return report


def score_article(
    report: Report, label: dict[str, Any], detection: Detection, entities: dict[str, Entity]
) -> None:
    report.articles += 1
    scores = report.scores
    expected_related = bool(label.get("is_syria_related", False))
    scores["relevance"].add(
        Counter([True] if detection.is_syria_related else []),
        Counter([True] if expected_related else []),
    )
    found = {m.entity_id for m in detection.mentions}
    scores["entities"].add(
        Counter(e for e in found if entities[e].type not in UNNAMED),
        Counter(set(label.get("entities", []))),
    )
    places = [entities[e] for e in found if entities[e].type == "place"]
    scores["places"].count(*match_places(places, label.get("places", []), entities))
    events = detection.events
    expected = label.get("events", [])
    scores["event types"].add(Counter(e.type for e in events), Counter(e["type"] for e in expected))
    scores["event subtypes"].add(
        Counter((e.type, e.subtype) for e in events),
        Counter((e["type"], e["subtype"]) for e in expected),
    )
    for gold in expected:
        if gold.get("fatalities") is not None:
            report.fatalities_labelled += 1
            report.fatalities_exact += any(
                e.type == gold["type"] and e.fatalities == gold["fatalities"] for e in events
            )
        if gold.get("injuries") is not None:
            report.injuries_labelled += 1
            report.injuries_exact += any(
                e.type == gold["type"] and e.injuries == gold["injuries"] for e in events
            )
        if gold.get("day") is not None:
            report.days_labelled += 1
            report.days_exact += any(
                e.type == gold["type"] and e.event_date and e.event_date.isoformat() == gold["day"]
                for e in events
            )
    for gold in expected:
        if "actors" in gold:
            score_actors(report, gold, events, entities)
    background = set(label.get("background_figures", []))
    report.background_as_events += sum(1 for e in events if e.fatalities in background)
    if "claims" in label:
        report.claims_labelled += 1
        score_claims(report, label["claims"], detection)


def score_actors(
    report: Report, gold: dict[str, Any], events: Sequence[Event], entities: dict[str, Entity]
) -> None:
    """The labelled event's actors against those of the detected event of its type,
    the one nearest the labelled place where it names one."""
    same_type = [e for e in events if e.type == gold["type"]]
    if gold.get("location") is not None:
        same_type.sort(
            key=lambda e: (
                distance_to(gold["location"], entities[e.location_id], entities)
                if e.location_id in entities
                else float("inf")
            )
        )
    actors = list(same_type[0].actors) if same_type else []
    report.scores["event actors"].add(Counter(set(actors)), Counter(set(gold["actors"])))
    if gold["actors"]:
        report.acting_labelled += 1
        report.acting_exact += bool(actors) and actors[0] == gold["actors"][0]


def score_claims(report: Report, labelled: list[dict[str, Any]], detection: Detection) -> None:
    """Who claims what, as distinct (speaker, stance) pairs: a monitor that "said" three
    times makes one claim here."""
    found: dict[tuple[str | None, str], bool] = {}
    for claim in detection.claims:
        key = (claim.speaker_id, claim.stance)
        found[key] = found.get(key, False) or claim.contested
    expected = {(c["speaker"], c["stance"]): bool(c.get("contested")) for c in labelled}
    report.scores["claims"].add(Counter(found.keys()), Counter(expected.keys()))
    report.scores["contested claims"].add(
        Counter(k for k, contested in found.items() if contested),
        Counter(k for k, contested in expected.items() if contested),
    )


def match_places(
    found: list[Entity], labelled: Iterable[Any], entities: dict[str, Entity]
) -> tuple[int, int, int]:
    """Pair labelled places with found ones (same id, or within 10 km): the number
    of pairs, of found places left over, and of labelled places not found."""
    remaining = list(found)
    hits = misses = 0
    for gold in labelled:
        # the nearest found place: two towns may both lie within 10 km of the label
        nearest = sorted((distance_to(gold, p, entities), i) for i, p in enumerate(remaining))
        if not nearest or nearest[0][0] > PLACE_TOLERANCE_KM:
            misses += 1
        else:
            hits += 1
            del remaining[nearest[0][1]]
    return hits, len(remaining), misses


def distance_to(gold: Any, place: Entity, entities: dict[str, Entity]) -> float:
    """Kilometres from a labelled place to a found one: 0 for the same id."""
    if place.id == gold_id(gold):
        return 0.0
    lat, lon = gold_coordinates(gold, entities)
    if lat is None or place.lat is None or place.lon is None:
        return float("inf")
    return distance_km(lat, lon, place.lat, place.lon)


def gold_id(gold: Any) -> str | None:
    return gold if isinstance(gold, str) else gold.get("id")


def gold_coordinates(gold: Any, entities: dict[str, Entity]) -> tuple[float | None, float]:
    if isinstance(gold, dict) and gold.get("lat") is not None:
        return float(gold["lat"]), float(gold["lon"])
    entity = entities.get(gold_id(gold) or "")
    if entity is not None and entity.lat is not None and entity.lon is not None:
        return entity.lat, entity.lon
    return None, 0.0


def read_labels(path: Path) -> Iterable[tuple[int, dict[str, Any]]]:
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise SourceError(str(path), f"cannot read: {exc}") from None
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            label = json.loads(line)
        except json.JSONDecodeError as exc:
            raise SourceError(f"{path}:{number}", f"not valid JSON: {exc.msg}") from None
        if not isinstance(label, dict) or not isinstance(label.get("body"), str):
            raise SourceError(f"{path}:{number}", "expected an object with a 'body' string")
        yield number, label
