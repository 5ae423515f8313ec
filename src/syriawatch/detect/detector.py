"""The detector: keywords, relevance, entities, places, events and claims for one article.

One automaton scan finds every entity alias, keyword, trigger and cue; the
rest is bookkeeping over those hits. Pure: no I/O, no clock.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Sequence
from itertools import chain

from ..records import Article, Detection, Entity, KeywordHit, Mention
from .actors import former_members_as_civilians
from .claims import disputing_tolls, find_claims
from .dates import DAY_WORDS
from .events import EventContext, find_events
from .locate import fired_from, in_dateline
from .matcher import Hit, PatternMatcher
from .mentions import Mentions
from .sentences import sentence_starts
from .text import fold
from .watchlist import Watchlist

ACTOR_TYPES = {"armed_group", "state", "organisation", "collective"}


class Detector:
    def __init__(self, watchlist: Watchlist) -> None:
        self.watchlist = watchlist
        patterns = list(watchlist.patterns())
        day_words = ((word, ("day", word)) for word in DAY_WORDS)
        self.matcher = PatternMatcher(chain(patterns, day_words))
        self.mentions = Mentions(watchlist, patterns)
        self.collectives = {
            e.actor_class: e.id
            for e in watchlist.entities.values()
            if e.type == "collective" and e.actor_class
        }
        self.civilians = watchlist.entities.get(self.collectives.get("civilians", ""))

    def detect(self, article: Article) -> Detection:
        text = article.text
        body_start = len(article.title) + 1 if article.title else 0
        hits = self.find(article, body_start)
        day = article.published_at.date() if article.published_at else None
        resolved = self.mentions.resolve(hits, text, day)
        keywords = self.count_keywords(hits.get("keyword", []))
        relevance = self.relevance(keywords, resolved, hits.get("trigger", ()))
        places = [(h, e) for h, e in resolved if e.type == "place"]
        actors = [(h, e) for h, e in resolved if e.type in ACTOR_TYPES and e.actor_class]
        actors = former_members_as_civilians(actors, text, self.civilians)
        is_syria_related = relevance >= self.watchlist.relevance.threshold
        events, claims = [], []
        if is_syria_related:  # syriawatch codes events and claims in Syria coverage only
            starts = sentence_starts(text)
            triggers = outside_names(hits.get("trigger", []), resolved)
            cues = hits.get("cue", [])
            claims = find_claims(text, starts, cues, triggers, resolved, self.watchlist.triggers)
            sources: dict[str, tuple[str | None, str]] = {}
            for claim in claims:
                sources.setdefault(claim.evidence, (claim.speaker_id, claim.speaker))
            filed_from = in_dateline(places, text, body_start)  # no event's place
            places = [p for p in places if p[0] not in filed_from]
            origins = fired_from(places, text)
            context = EventContext(
                text,
                starts,
                len(article.title),
                article.published_at,
                places,
                origins,
                actors,
                main_place([p for p in places if p[0] not in origins]),
                sources,
                self.collectives,
                hits.get("day", []),
            )
            events = find_events(context, triggers, cues, self.watchlist.triggers)
            claims = disputing_tolls(claims, events)
        return Detection(
            article_id=article.id,
            is_syria_related=is_syria_related,
            relevance=relevance,
            keywords=keywords,
            mentions=tuple(
                Mention(e.id, text[h.start : h.end], h.start, h.end, h.alias) for h, e in resolved
            ),
            events=tuple(events),
            claims=tuple(claims),
        )

    def find(self, article: Article, body_start: int) -> dict[str, list[Hit]]:
        """The matcher's hits in the headline, then in the body (from `body_start` of
        the article's text): a phrase does not run from one into the other ("Air
        strikes hit Idlib" / "Province officials said")."""
        if not article.title:
            return self.matcher.find(fold(article.body))
        hits = self.matcher.find(fold(article.title))
        for kind, in_body in self.matcher.find(fold(article.body), body_start).items():
            hits[kind] = hits.get(kind, []) + in_body
        return hits

    def count_keywords(self, hits: Sequence[Hit]) -> tuple[KeywordHit, ...]:
        counts = Counter(self.watchlist.keywords[int(h.key)].term for h in hits)
        return tuple(KeywordHit(term, n) for term, n in counts.most_common())

    def relevance(
        self,
        keywords: Sequence[KeywordHit],
        entities: Sequence[tuple[Hit, Entity]],
        triggers: Sequence[Hit],
    ) -> float:
        """1 - exp(-score / saturation): each keyword and entity adds its weight, up to 3
        times; a weight that pulls away (Iraq, Gaza) counts once: "Iraqi authorities
        repatriated Iraqi nationals from Syria's al-Hol camp" is a Syrian story. A
        Syrian place where something happens counts once more: "قصف جيش الاحتلال التركي
        قرى ناحية شيراوا في ريف عفرين" names Afrin once, and is a Syrian story."""
        weights = {rule.term: rule.weight for rule in self.watchlist.keywords}
        score = sum(weights[k.term] * times(weights[k.term], k.count) for k in keywords)
        per_entity = Counter(e.id for _, e in entities)
        for entity_id, count in per_entity.items():
            weight = self.watchlist.entities[entity_id].syria_weight
            score += weight * times(weight, count)
        score += next((e.syria_weight for h, e in entities if happens_at(h, e, triggers)), 0.0)
        if score <= 0:
            return 0.0
        return round(1 - math.exp(-score / self.watchlist.relevance.saturation), 3)


EVENT_REACH = 80  # characters between a trigger and the place it happens at


def happens_at(hit: Hit, entity: Entity, triggers: Sequence[Hit]) -> bool:
    """Whether the mention is a Syrian place with a trigger close before or after it."""
    return (
        entity.type == "place"
        and entity.syria_weight > 0
        and any(abs(t.start - hit.start) <= EVENT_REACH for t in triggers)
    )


def times(weight: float, count: int) -> int:
    """How many mentions of a weight count towards relevance."""
    return min(count, 3) if weight > 0 else 1


def outside_names(triggers: Sequence[Hit], resolved: Sequence[tuple[Hit, Entity]]) -> list[Hit]:
    """Triggers that are not words of an organisation's name: "the Organisation for the
    Prohibition of Chemical Weapons" tells of no chemical attack."""
    names = sorted((h.start, h.end) for h, e in resolved if e.type == "organisation")
    if not names:
        return list(triggers)
    starts = [start for start, _ in names]
    kept = []
    for trigger in triggers:  # a name starts at or before the trigger and ends after it
        index = bisect_right(starts, trigger.start) - 1
        if index < 0 or trigger.end > names[index][1]:
            kept.append(trigger)
    return kept


def main_place(places: Sequence[tuple[Hit, Entity]]) -> Entity | None:
    """The Syrian place an article names most (the first one on a tie)."""
    syrian = [e for _, e in places if e.syria_weight > 0]
    if not syrian:
        return None
    counts = Counter(syrian)
    return max(syrian, key=lambda e: (counts[e], -syrian.index(e)))
