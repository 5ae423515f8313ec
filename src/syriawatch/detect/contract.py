"""The JSON shape of `syriawatch detect --format jsonl` (see DESIGN.md).

Other tools rely on these keys; change them only together with DESIGN.md.
`claims` (who said what, and whether another source says the opposite), and
each event's `date`, `injuries` and `figures` (every casualty figure with who
states it), were added after DESIGN.md, by the detection issue.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..records import Article, Detection, Mention
from .watchlist import Watchlist


def detection_json(article: Article, detection: Detection, watchlist: Watchlist) -> dict[str, Any]:
    entities = watchlist.entities
    by_entity: dict[str, list[Mention]] = defaultdict(list)
    for mention in detection.mentions:
        by_entity[mention.entity_id].append(mention)
    order = sorted(by_entity, key=lambda eid: (-len(by_entity[eid]), by_entity[eid][0].start))
    return {
        "id": article.id,
        "title": article.title,
        "language": article.language,
        "is_syria_related": detection.is_syria_related,
        "relevance": detection.relevance,
        "keywords": [{"term": k.term, "count": k.count} for k in detection.keywords],
        "entities": [
            {
                "id": eid,
                "name": entities[eid].name,
                "type": entities[eid].type,
                "mentions": len(by_entity[eid]),
                "surface_forms": sorted({m.surface for m in by_entity[eid]}),
            }
            for eid in order
            if entities[eid].type != "place"
        ],
        "places": [
            {
                "id": eid,
                "name": entities[eid].name,
                "lat": entities[eid].lat,
                "lon": entities[eid].lon,
                "mentions": len(by_entity[eid]),
            }
            for eid in order
            if entities[eid].type == "place"
        ],
        "events": [
            {
                "type": event.type,
                "subtype": event.subtype,
                "location": entities[event.location_id].name if event.location_id else None,
                "actors": [entities[a].name for a in event.actors],
                "date": event.event_date.isoformat() if event.event_date else None,
                "fatalities": event.fatalities,
                "injuries": event.injuries,
                "figures": [
                    {
                        "kind": figure.kind,
                        "value": figure.value,
                        "source": entities[figure.source_id].name
                        if figure.source_id
                        else figure.source,
                        "evidence": figure.evidence,
                    }
                    for figure in event.figures
                ],
                "evidence": event.evidence,
            }
            for event in detection.events
        ],
        "claims": [
            {
                "speaker": entities[claim.speaker_id].name if claim.speaker_id else claim.speaker,
                "stance": claim.stance,
                "about": claim.about,
                "contested": claim.contested,
                "evidence": claim.evidence,
            }
            for claim in detection.claims
        ],
    }
