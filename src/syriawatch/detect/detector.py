"""The detector: keywords, relevance, entities, places, events and claims for one article.

One automaton scan finds every entity alias, keyword, trigger and cue; the
rest is bookkeeping over those hits. Pure: no I/O, no clock.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from itertools import chain

from ..records import Article, Detection, Entity, KeywordHit, Mention
from .actors import former_members_as_civilians
from .before import WordsBefore
from .claims import disputing_tolls, find_claims
from .dates import DAY_WORDS
from .events import EventContext, find_events
from .locate import fired_from
from .matcher import Hit, PatternMatcher
from .sentences import sentence_starts
from .text import fold, fold_phrase
from .watchlist import Watchlist

ACTOR_TYPES = {"armed_group", "state", "organisation", "collective"}


class Detector:
    def __init__(self, watchlist: Watchlist) -> None:
        self.watchlist = watchlist
        patterns = list(watchlist.patterns())
        day_words = ((word, ("day", word)) for word in DAY_WORDS)
        self.matcher = PatternMatcher(chain(patterns, day_words))
        self.entities_named: dict[str, list[str]] = {}  # folded alias -> entity ids
        for alias, (kind, key) in patterns:
            if kind == "entity":
                self.entities_named.setdefault(alias, []).append(key)
        # aliases that share all words but the first ("syrian warplanes", "russian
        # warplanes") or the last with another: only these can serve an elided one
        several = [a for a in self.entities_named if " " in a]
        nouns = Counter(a.split(" ", 1)[1] for a in several)
        heads = Counter(a.rsplit(" ", 1)[0] for a in several)
        self.sharing_words = {
            a for a in several if nouns[a.split(" ", 1)[1]] > 1 or heads[a.rsplit(" ", 1)[0]] > 1
        }
        self.collectives = {
            e.actor_class: e.id
            for e in watchlist.entities.values()
            if e.type == "collective" and e.actor_class
        }
        self.civilians = watchlist.entities.get(self.collectives.get("civilians", ""))

    def detect(self, article: Article) -> Detection:
        text = article.text
        hits = self.matcher.find(fold(text))
        entity_hits = without_ignored(hits.get("entity", []), hits.get("ignore", []))
        entity_hits += self.elided(entity_hits, text)
        if article.published_at is not None and self.watchlist.dated:
            day = article.published_at.date()
            entity_hits = [h for h in entity_hits if self.watchlist.names_then(h.key, h.alias, day)]
        resolved = bare_capitals_as_governorates(self.resolve_entities(entity_hits), text)
        resolved = [(h, e) for h, e in resolved if not (e.type == "place" and street_name(h, text))]
        resolved = the_army_named_before(resolved, text)
        keywords = self.count_keywords(hits.get("keyword", []))
        relevance = self.relevance(keywords, resolved)
        places = [(h, e) for h, e in resolved if e.type == "place"]
        actors = [(h, e) for h, e in resolved if e.type in ACTOR_TYPES and e.actor_class]
        actors = former_members_as_civilians(actors, text, self.civilians)
        is_syria_related = relevance >= self.watchlist.relevance.threshold
        events, claims = [], []
        if is_syria_related:  # syriawatch codes events and claims in Syria coverage only
            starts = sentence_starts(text)
            triggers, cues = hits.get("trigger", []), hits.get("cue", [])
            claims = find_claims(text, starts, cues, triggers, resolved, self.watchlist.triggers)
            sources: dict[str, tuple[str | None, str]] = {}
            for claim in claims:
                sources.setdefault(claim.evidence, (claim.speaker_id, claim.speaker))
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

    def elided(self, hits: Sequence[Hit], text: str) -> list[Hit]:
        """ "Russian and Syrian warplanes", "طائرات روسية وسورية": the noun named once
        serves the adjective beside it too, where the two make an alias."""
        found: list[Hit] = []
        for hit in hits:
            if hit.alias not in self.sharing_words:
                continue
            # the cheap tests first: a $-anchored search is tried at every position
            and_before = "and" in text[max(0, hit.start - 6) : hit.start]
            before = and_before and _ELIDED_BEFORE.search(text, max(0, hit.start - 30), hit.start)
            if before:
                alias = f"{fold_phrase(before.group(1))} {hit.alias.split(' ', 1)[1]}"
                found += (
                    Hit("entity", key, alias, before.start(1), before.end(1))
                    for key in self.entities_named.get(alias, ())
                )
            after = text.startswith(" و", hit.end) and _ELIDED_AFTER.match(text, hit.end)
            if after:
                alias = f"{hit.alias.rsplit(' ', 1)[0]} {fold_phrase(after.group(1))}"
                found += (
                    Hit("entity", key, alias, after.start(1), after.end(1))
                    for key in self.entities_named.get(alias, ())
                )
        return found

    def resolve_entities(self, hits: Sequence[Hit]) -> list[tuple[Hit, Entity]]:
        """One entity per span. Where an alias names several (e.g. "Assad", or two towns
        called Suran), prefer the one the article names unambiguously elsewhere, then
        a place in a governorate the article names, then the most Syria-specific."""
        entities = self.watchlist.entities
        by_span: dict[tuple[int, int], list[Hit]] = {}
        for hit in hits:
            by_span.setdefault((hit.start, hit.end), []).append(hit)
        certain = Counter(group[0].key for group in by_span.values() if len(group) == 1)
        regions = {entities[key].governorate for key in certain} - {None}
        resolved = []
        for group in by_span.values():
            best = group[0]
            if len(group) > 1:
                best = max(
                    group,
                    key=lambda h: (
                        certain[h.key],
                        entities[h.key].governorate in regions,
                        entities[h.key].syria_weight,
                        -group.index(h),
                    ),
                )
            resolved.append((best, entities[best.key]))
        return resolved

    def count_keywords(self, hits: Sequence[Hit]) -> tuple[KeywordHit, ...]:
        counts = Counter(self.watchlist.keywords[int(h.key)].term for h in hits)
        return tuple(KeywordHit(term, n) for term, n in counts.most_common())

    def relevance(
        self, keywords: Sequence[KeywordHit], entities: Sequence[tuple[Hit, Entity]]
    ) -> float:
        """1 - exp(-score / saturation): each keyword and entity adds its weight, up to 3
        times; a weight that pulls away (Iraq, Gaza) counts once: "Iraqi authorities
        repatriated Iraqi nationals from Syria's al-Hol camp" is a Syrian story."""
        weights = {rule.term: rule.weight for rule in self.watchlist.keywords}
        score = sum(weights[k.term] * times(weights[k.term], k.count) for k in keywords)
        per_entity = Counter(e.id for _, e in entities)
        for entity_id, count in per_entity.items():
            weight = self.watchlist.entities[entity_id].syria_weight
            score += weight * times(weight, count)
        if score <= 0:
            return 0.0
        return round(1 - math.exp(-score / self.watchlist.relevance.saturation), 3)


ARMY_ANAPHORS = {"the army", "the military"}
_ARMY_AFTER = re.compile(r"\s+(?:army|military)\b", re.IGNORECASE)


def the_army_named_before(
    resolved: list[tuple[Hit, Entity]], text: str
) -> list[tuple[Hit, Entity]]:
    """ "The Jordanian army said ... The army said": "the army" is the army named last,
    not Syria's unless Syria's was."""
    last_army: Entity | None = None
    named = []
    for hit, entity in resolved:
        if hit.alias in ARMY_ANAPHORS and last_army is not None:
            entity = last_army
        elif "army" in hit.alias or "military" in hit.alias or _ARMY_AFTER.match(text, hit.end):
            last_army = entity
        named.append((hit, entity))
    return named


_ELIDED_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+and\s+$")  # "Russian and " Syrian jets
_ELIDED_AFTER = re.compile(r" و([^\W\d_]+)")  # طائرات روسية "وسورية"


_STREET_BEFORE = WordsBefore(r"(?:شارع|دوار|ساحة)\s+$", reach=8, needs=("شارع", "دوار", "ساحة"))
_STREET_AFTER = re.compile(r"\s+(?:street|avenue|square|roundabout)\b", re.IGNORECASE)


def street_name(hit: Hit, text: str) -> bool:
    """ "شارع راجو" (Raju Street, in Afrin), "Baghdad Street" in Damascus: no town."""
    return bool(_STREET_BEFORE.search(text, hit.start) or _STREET_AFTER.match(text, hit.end))


def times(weight: float, count: int) -> int:
    """How many mentions of a weight count towards relevance."""
    return min(count, 3) if weight > 0 else 1


def without_ignored(entity_hits: Sequence[Hit], ignored: Sequence[Hit]) -> list[Hit]:
    """Entity hits that no ignore phrase covers ("Damascus steel" is no place)."""
    if not ignored:
        return list(entity_hits)
    return [
        h for h in entity_hits if not any(i.start <= h.start and h.end <= i.end for i in ignored)
    ]


CITY_WORDS = re.compile(r"\s+city\b|\s+المدينة", re.IGNORECASE)  # after the name
CITY_BEFORE = WordsBefore(
    r"(?:\bcity\s+of\s+|\btown\s+of\s+|مدينة\s*)$", reach=12, needs=("city", "town", "مدينة")
)


def bare_capitals_as_governorates(
    resolved: list[tuple[Hit, Entity]], text: str
) -> list[tuple[Hit, Entity]]:
    """ "Idlib" alone names the city or the governorate. Where an article also names
    the governorate ("Idlib province") and never says it means the city ("Idlib
    city", "the city of Idlib"), the bare name is the governorate, as a headline's
    "Air strikes kill 9 in Idlib" is. Capitals share their governorate's id:
    "idlib" and "gov:idlib"."""
    named = {e.id: e for _, e in resolved}
    capitals = {
        e.id: named[e.governorate]
        for _, e in resolved
        if e.type == "place" and e.governorate == f"gov:{e.id}" and e.governorate in named
    }
    if not capitals:
        return resolved
    meant_as_city = {
        e.id
        for h, e in resolved
        if e.id in capitals and (CITY_WORDS.match(text, h.end) or CITY_BEFORE.search(text, h.start))
    }
    return [
        (h, capitals[e.id]) if e.id in capitals and e.id not in meant_as_city else (h, e)
        for h, e in resolved
    ]


def main_place(places: Sequence[tuple[Hit, Entity]]) -> Entity | None:
    """The Syrian place an article names most (the first one on a tie)."""
    syrian = [e for _, e in places if e.syria_weight > 0]
    if not syrian:
        return None
    counts = Counter(syrian)
    return max(syrian, key=lambda e: (counts[e], -syrian.index(e)))
