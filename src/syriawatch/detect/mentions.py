"""Mentions: which entity each alias the scan found in an article names.

An alias found is not yet a mention. It may lie inside an ignore phrase ("Damascus
steel"), name a street ("شارع راجو") or be a name valid only at some dates
("government forces" meant the Assad army until 8 December 2024); one span may
match the aliases of several entities (two towns called Suran); a bare capital may
mean its governorate; "the army" is the army named last, "the defence ministry
in Ankara" Turkey's, and "Damascus said" the Syrian state; and an alias may lend
its noun to the adjective beside it ("Russian and Syrian warplanes").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from itertools import pairwise

from ..records import Entity
from .before import WordsBefore
from .matcher import Hit
from .text import fold_phrase
from .watchlist import Watchlist


class Mentions:
    """Turns the alias hits of the one automaton scan into an article's mentions."""

    def __init__(self, watchlist: Watchlist, patterns: Iterable[tuple[str, tuple[str, str]]]):
        self.watchlist = watchlist
        self.entities = watchlist.entities
        self.state_of_capital = {e.capital: e for e in self.entities.values() if e.capital}
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

    def resolve(
        self, hits: Mapping[str, Sequence[Hit]], text: str, day: date | None
    ) -> list[tuple[Hit, Entity]]:
        """The entity mentions of an article, in text order, from the scan's hits."""
        entity_hits = without_ignored(hits.get("entity", []), hits.get("ignore", []))
        entity_hits += self.elided(entity_hits, text)
        if day is not None and self.watchlist.dated:
            entity_hits = [h for h in entity_hits if self.watchlist.names_then(h.key, h.alias, day)]
        resolved = capitals_speaking(
            self.one_per_span(entity_hits), text, hits.get("cue", ()), self.state_of_capital
        )
        resolved = without_places_abroad(bare_capitals_as_governorates(resolved, text), text)
        resolved = [(h, e) for h, e in resolved if not (e.type == "place" and street_name(h, text))]
        return ministries_of_the_capital_after(the_army_named_before(resolved, text), text)

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

    def one_per_span(self, hits: Sequence[Hit]) -> list[tuple[Hit, Entity]]:
        """One entity per span. Where an alias names several (e.g. "Assad", or two towns
        called Suran), prefer the one the article names unambiguously elsewhere, then
        a place in a governorate the article names, then the most Syria-specific."""
        entities = self.entities
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


_IN = re.compile(r"\s+in\s+")


def ministries_of_the_capital_after(
    resolved: list[tuple[Hit, Entity]], text: str
) -> list[tuple[Hit, Entity]]:
    """ "the defence ministry in Ankara": a ministry named with a capital is that state's,
    not Syria's."""
    named = list(resolved)
    for index, ((hit, entity), (after, state)) in enumerate(pairwise(resolved)):
        if (
            entity.type == "organisation"
            and "ministry" in hit.alias
            and state.type == "state"
            and _IN.fullmatch(text, hit.end, after.start)
        ):
            named[index] = (hit, state)
    return named


SPEECH_CUES = ("speech", "denial", "blame")
_SUBJECT_GAP = re.compile(r"\s+(?:(?:has|have|had)\s+)?")  # "Damascus has denied"
_PLACE_BEFORE = WordsBefore(  # "officials in Damascus said": the place
    r"\b(?:in|from|to|near|of|at|around|outside|inside|across|for)\s+(?:the\s+)?$",
    reach=12,
    needs=("in", "from", "to", "near", "of", "at", "around", "outside", "across", "for"),
)


def capitals_speaking(
    resolved: list[tuple[Hit, Entity]],
    text: str,
    cue_hits: Sequence[Hit],
    state_of_capital: Mapping[str, Entity],
) -> list[tuple[Hit, Entity]]:
    """ "Damascus said", "Damascus has denied", "قالت دمشق": a capital that speaks is
    its state, as wire copy writes it; not "officials in Damascus said"."""
    speech = [c for c in cue_hits if c.key in SPEECH_CUES]
    if not speech:
        return resolved
    named = []
    for hit, entity in resolved:
        state = state_of_capital.get(entity.id)
        if state is not None and speaks(hit, speech, text):
            entity = state
        named.append((hit, entity))
    return named


def speaks(hit: Hit, speech: Sequence[Hit], text: str) -> bool:
    """Whether the mention is the subject of a speech cue: just before an English
    verb, just after an Arabic one, and not after a preposition ("in Damascus said")."""
    return not _PLACE_BEFORE.search(text, hit.start) and any(
        _SUBJECT_GAP.fullmatch(text, hit.end, c.start)
        if c.alias.isascii()
        else text[c.end : hit.start].isspace()
        for c in speech
    )


_OF_IT = re.compile(r"['’]s\s+")


def without_places_abroad(
    resolved: list[tuple[Hit, Entity]], text: str
) -> list[tuple[Hit, Entity]]:
    """ "Iraq's Sinjar district": a Syrian place's name told as a neighbour's whose news
    pulls away from Syria (Iraq, Lebanon: a negative weight) is that state's town of
    the same name, no Syrian place; not "Russia's Hmeimim base", "Turkey's Afrin
    operation"."""
    kept = list(resolved[:1])
    for (before, owner), (hit, entity) in pairwise(resolved):
        abroad = (
            owner.type == "state"
            and owner.syria_weight < 0
            and entity.type == "place"
            and entity.syria_weight > 0
            and _OF_IT.fullmatch(text, before.end, hit.start) is not None
        )
        if not abroad:
            kept.append((hit, entity))
    return kept


_ELIDED_BEFORE = re.compile(r"([^\W\d_][\w-]*)\s+and\s+$")  # "Russian and " Syrian jets
_ELIDED_AFTER = re.compile(r" و([^\W\d_]+)")  # طائرات روسية "وسورية"


_STREET_BEFORE = WordsBefore(r"(?:شارع|دوار|ساحة)\s+$", reach=8, needs=("شارع", "دوار", "ساحة"))
_STREET_AFTER = re.compile(r"\s+(?:street|avenue|square|roundabout)\b", re.IGNORECASE)


def street_name(hit: Hit, text: str) -> bool:
    """ "شارع راجو" (Raju Street, in Afrin), "Baghdad Street" in Damascus: no town."""
    return bool(_STREET_BEFORE.search(text, hit.start) or _STREET_AFTER.match(text, hit.end))


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
