"""Where an event happened: the place a trigger points to in its sentence.

The first place after the trigger and the places listed with it (not the one
the fire came from), else the nearest before it, else the article's main
place. A place right after a past event named is that event's; a place only
pointed at ("south of Damascus") and a governorate are vaguer than a town the
article names for the same event.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from itertools import pairwise

from ..geo import distance_km
from ..records import Entity
from .before import WordsBefore
from .matcher import Hit

NEARBY_KM = 30  # "south of Damascus" and Al-Kiswah (15 km) are one place to ACLED
NEIGHBOURHOOD_KM = 10  # a city's neighbourhoods lie within this of its centre


def nearest_places(
    hit: Hit,
    in_sentence: Sequence[tuple[Hit, Entity]],
    main_place: Entity | None,
    text: str,
    origins: Collection[Hit],
) -> tuple[list[Entity], bool, bool]:
    """The first place after the trigger with the places listed with it ("Talbiseh and
    Rastan"), else the nearest before it, else the main place; whether the place
    was found in the sentence; and whether it only points the way ("south of
    Damascus"). Places in `origins` (see `fired_from`) are not where fire after
    the trigger fell."""
    after = [(h, e) for h, e in in_sentence if h.start >= hit.end and h not in origins]
    if after:
        first = after[0][0]
        located = [after[0][1]]
        roughly = _DIRECTION.search(text, first.start) is not None
        if _BETWEEN.search(text, first.start):
            return located, True, roughly  # "the road between Qamishli and Amuda": one place
        if len(after) > 1 and _POSSESSIVE.fullmatch(text, first.end, after[1][0].start):
            return [after[1][1]], True, roughly  # "Aleppo's Sheikh Maqsoud neighbourhood"
        for (previous, _), (following, place) in pairwise(after):
            if not listed_together(text, previous, following):
                break
            if place not in located:
                located.append(place)
        return located, True, roughly
    before = [(h, e) for h, e in in_sentence if h.end <= hit.start]
    if len(before) > 1 and (
        # "in Sanamayn in northern Daraa", "Ghuwayran prison in Hasakah"
        covers(before[-1][1], before[-2][1], only_near=False)
        or _DIRECTION.search(text, before[-1][0].start)  # "in al-Kiswah, south of Damascus"
    ):
        return [before[-2][1]], True, False  # the town, not where it lies
    if before:
        return [before[-1][1]], True, False
    return ([main_place] if main_place else []), False, False


_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])\s+")  # "Aleppo's", "Homs'"
_DIRECTION = WordsBefore(
    r"\b(?:(?:north|south|east|west)(?:[- ]?(?:east|west))?\s+of|outside)\s+(?:the\s+)?$",
    reach=25,
    needs=("of", "outside"),
)
# "the shells were fired from government positions in the Ghab plain": where the
# fire came from, not where it fell
_ORIGIN = WordsBefore(
    r"\b(?:fired|launched|came|shot)\s+from\s+(?:[\w'-]+\s+){0,4}$"
    r"|\bfrom\s+the\s+direction\s+of\s+(?:[\w'-]+\s+){0,4}$"
    r"|(?:انطلاقا|انطلاقاً|أطلقت|أطلقها|أطلقتها|أطلقوها)\s+(?:\S+\s+)?من\s+(?:\S+\s+){0,4}$"
    r"|من\s+اتجاه\s+(?:\S+\s+){0,4}$",
    reach=60,
    needs=("from", "من"),
)


# "BEIRUT (Reuters) -", "AMMAN, Jordan, Aug 1 (AP) —", "Beirut (AFP) -": where the
# story was filed. Abroad, that is never where it happened; a Syrian city may be
# ("DAMASCUS, Syria (AP) — A car bomb exploded in the capital")
_DATELINE = re.compile(
    r"(?:[A-Z]{3,}(?:[ -][A-Z]{2,}){0,3}|[A-Z][\w'.-]+(?: [A-Z][\w'.-]+){0,3}(?=[^(\n]{0,40}\())"
    r"(?:,\s*[A-Z][a-z]+)?(?:,?\s*[A-Z][a-z]{2,8}\.?\s+\d{1,2})?\s*(?:\([^)\n]{2,30}\))?\s*[-—–]\s"
)


def in_dateline(places: Sequence[tuple[Hit, Entity]], text: str, body_start: int) -> set[Hit]:
    """Places abroad named in the dateline that opens the body."""
    dateline = _DATELINE.match(text, body_start)
    if dateline is None:
        return set()
    return {
        h for h, e in places if body_start <= h.start < dateline.end() and e.governorate is None
    }


def fired_from(places: Sequence[tuple[Hit, Entity]], text: str) -> set[Hit]:
    """Places named as where the fire came from ("fired from ... in the Ghab plain")."""
    return {h for h, _ in places if _ORIGIN.search(text, h.start)}


_BETWEEN = WordsBefore(
    r"\b(?:between|بين)\s+(?:the\s+)?(?:towns?\s+of\s+)?$", reach=30, needs=("between", "بين")
)
# "Talbiseh and Rastan", "Idlib and the towns of Sarmada", "إدلب وبلدات سرمدا", "HTS
# fighters and Syrian troops"
_LISTED = re.compile(
    r"(?:\s*(?:,|،)\s*(?:and\s+)?|\s+(?:(?:fighters|forces|troops|militants|units)\s+)?"
    r"(?:and|or)\s+)(?:the\s+)?"
    r"(?:(?:towns?|villages?|cities|city)\s+of\s+)?"
    r"|\s+و(?:بلدات|بلدة|بلدتي|مدينة|مدينتي|مدن|قرية|قريتي|قرى)\s+"
)


def listed_together(text: str, previous: Hit, following: Hit) -> bool:
    """ "Talbiseh and Rastan", "Saraqib, Ariha", "حلب وإدلب", "إدلب وبلدات سرمدا": one
    list."""
    return _LISTED.fullmatch(text, previous.end, following.start) is not None or (
        text.startswith("و", following.start) and previous.end + 1 == following.start
    )


def without_places_of(
    past: Collection[Hit], places: Sequence[tuple[Hit, Entity]], text: str
) -> list[tuple[Hit, Entity]]:
    """Places without the one right after each named past event ("the 2013 chemical
    attack on eastern Ghouta"): that place is where the past event happened."""
    if not past:
        return list(places)
    claimed = set()
    for hit in past:
        after = next((p for p in places if p[0].start >= hit.end), None)
        if after is not None and _OBJECT_OF.match(text, hit.end, after[0].start):
            claimed.add(after[0].start)
    return [p for p in places if p[0].start not in claimed]


_OBJECT_OF = re.compile(
    r"\s+(?:on|in|at|near|against)\s+(?:the\s+)?(?:\w+\s+){0,3}$|\s+(?:على|في)\s+$"
)


def covers(vague: Entity, precise: Entity, only_near: bool) -> bool:
    """Whether an event at `vague` may be the one the article places at `precise`:
    a governorate covers its towns; a place only pointed at, those within 30 km; a
    city or town, its neighbourhoods ("حي المقوس بمدينة السويداء")."""
    if vague is precise:
        return False
    if vague.subtype == "governorate":
        return precise.governorate == vague.id
    if only_near:
        reach = NEARBY_KM
    elif vague.subtype in ("city", "town") and precise.subtype == "neighbourhood":
        reach = NEIGHBOURHOOD_KM
    else:
        return False
    if vague.lat is None or vague.lon is None or precise.lat is None or precise.lon is None:
        return False
    return distance_km(vague.lat, vague.lon, precise.lat, precise.lon) <= reach
