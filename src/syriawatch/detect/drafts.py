"""Drafts: what the triggers of an article say, gathered into ACLED's events.

ACLED codes one event per type, place and day. Mentions of one event join its
draft; a draft placed only in a governorate or only near a place joins the
precise one; the clashes of a takeover are the takeover.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from datetime import date

from ..records import Entity, Event, Figure
from .locate import covers

EventKey = tuple[str, str | None]  # type and place; a key holds one draft per day named


@dataclass(slots=True)
class EventMention:
    """What one trigger says of an event."""

    priority: int
    subtype: str
    actors: list[str]
    figures: Sequence[Figure]
    day: date | None  # the day named for it, if any
    confidence: float

    def without_figures(self) -> EventMention:
        return EventMention(self.priority, self.subtype, self.actors, (), self.day, self.confidence)


class Draft:
    """One event of an article (one type at one place) as its mentions build it:
    the highest-priority sub-type, the actors of all, every stated figure, the
    first day named, the first evidence."""

    __slots__ = ("key", "evidence", "priority", "subtype", "actors", "figures", "day", "confidence")

    def __init__(self, key: EventKey, evidence: str, first: EventMention) -> None:
        self.key, self.evidence = key, evidence
        self.priority, self.subtype = first.priority, first.subtype
        self.actors = list(first.actors)
        self.figures = list(first.figures)
        self.day, self.confidence = first.day, first.confidence

    def add(self, mention: EventMention) -> None:
        if mention.priority > self.priority:  # its sub-type, and the side that acts in it
            self.priority, self.subtype = mention.priority, mention.subtype
            self.actors = [*mention.actors, *(a for a in self.actors if a not in mention.actors)]
        self.actors += (a for a in mention.actors if a not in self.actors)
        self.add_figures(mention.figures)
        self.day = self.day or mention.day
        self.confidence = max(self.confidence, mention.confidence)

    def add_victims(self, actor_ids: Iterable[str]) -> None:
        self.actors += (a for a in actor_ids if a not in self.actors)

    def acted_by(self, actor_id: str) -> None:
        """The side that acted, first ("Islamic State claimed the attack")."""
        self.actors = [actor_id, *(a for a in self.actors if a != actor_id)]

    def may_be_on(self, day: date | None) -> bool:
        return None in (self.day, day) or self.day == day

    def absorb(self, other: Draft) -> None:
        self.add(
            EventMention(
                other.priority,
                other.subtype,
                other.actors,
                other.figures,
                other.day,
                other.confidence,
            )
        )

    def add_figures(self, figures: Iterable[Figure]) -> None:
        self.figures += (f for f in figures if f not in self.figures)

    def event(self, published: date | None) -> Event:
        return Event(
            type=self.key[0],
            subtype=self.subtype,
            location_id=self.key[1],
            actors=tuple(self.actors),
            fatalities=coded(self.figures, "killed"),
            event_date=self.day or published,
            evidence=self.evidence,
            confidence=self.confidence,
            injuries=coded(self.figures, "injured"),
            figures=tuple(self.figures),
        )


def add_mention(
    drafts: dict[EventKey, list[Draft]], key: EventKey, evidence: str, mention: EventMention
) -> Draft:
    """The mention joins the event of its type and place on the day it names (or on
    any day, if it names none): ACLED codes one event per type, place and day."""
    same_place = drafts.setdefault(key, [])
    draft = next((d for d in same_place if d.may_be_on(mention.day)), None)
    if draft is None:
        draft = Draft(key, evidence, mention)
        same_place.append(draft)
    else:
        draft.add(mention)
    return draft


def same_event_at(
    drafts: Mapping[EventKey, list[Draft]],
    draft: Draft,
    place_ids: Sequence[str],
    other_types: Sequence[str],
) -> Draft:
    """The draft on `draft`'s day at the first of `place_ids` that has one, of its type
    or else of one of `other_types`; else `draft` itself. "Turkish warplanes struck
    Kobani and Tal Rifaat. ... the strikes killed two civilians in Tal Rifaat" gives
    Tal Rifaat its toll; so does "killed in the bombing of Khan Shaykhun" after a
    sentence on a clash elsewhere."""
    for place_id in place_ids:
        for kind in (draft.key[0], *other_types):
            for other in drafts.get((kind, place_id), ()):
                if other.may_be_on(draft.day):
                    return other
    return draft


def where_told_precisely(
    drafts: Mapping[EventKey, list[Draft]],
    named: Mapping[str, Entity],
    only_near: Mapping[EventKey, bool],
) -> list[Draft]:
    """An event placed only in a governorate ("the countryside of Suwayda"), only near
    a place ("south of Damascus") or only in a city joins the first event of its
    type on the same day that the article places in a town of that governorate,
    within 30 km, or in a neighbourhood of that city: ACLED codes the precise place."""

    in_neighbourhoods = any(
        place is not None and place in named and named[place].subtype == "neighbourhood"
        for _, place in drafts
    )

    def precise_one(key: EventKey, draft: Draft) -> Draft | None:
        vague = named.get(key[1] or "")
        if vague is None or not (
            vague.subtype == "governorate"
            or only_near.get(key, False)
            or (in_neighbourhoods and vague.subtype in ("city", "town"))
        ):
            return None  # as precise as the article gets
        return next(
            (
                other
                for (other_type, other_place), others in drafts.items()
                if other_type == key[0]
                and other_place is not None
                and other_place in named
                and covers(vague, named[other_place], only_near.get(key, False))
                for other in others
                if other.may_be_on(draft.day)
            ),
            None,
        )

    kept = []
    for key, same_place in drafts.items():
        for draft in same_place:
            precise = precise_one(key, draft)
            if precise is None:
                kept.append(draft)
            else:
                precise.absorb(draft)
    return kept


INTERVENTION = "Protest with intervention"
INTERVENTIONS = (INTERVENTION, "Excessive force against protesters")


def with_parts_joined(events: list[Event], civilians: str | None) -> list[Event]:
    """The events with those ACLED codes as their parts joined to them: a withdrawal
    told in the same sentence as a battle, or at the place and on the day of one
    ("the Observatory confirmed the withdrawal"), is part of that battle, not a
    separate non-violent transfer; the clashes of a sentence that tells a change of
    territory ("took the towns after clashes") are that change; a protest at the
    place and on the day of a riot ("protesters burned tyres") is the riot; arrests
    there and then of a protest the police broke up are part of that intervention,
    and arrests of a peaceful protest's crowd ("security forces arrested five
    protesters") make it a protest with intervention."""
    battles = [e for e in events if e.type == "Battles"]
    riots = [e for e in events if e.type == "Riots"]
    interventions = [e for e in events if e.subtype in INTERVENTIONS]
    peaceful = [e for e in events if e.subtype == "Peaceful protest"]
    broken_up: set[int] = set()  # peaceful protests whose crowd was arrested

    def there_and_then(event: Event, wholes: list[Event]) -> Event | None:
        place_and_day = (event.location_id, event.event_date)
        return next((w for w in wholes if (w.location_id, w.event_date) == place_and_day), None)

    if not (battles or riots or interventions or peaceful):
        return events  # nothing any event could be a part of

    def part_of(event: Event) -> Event | None:
        if event.subtype == "Non-violent transfer of territory":
            told_with = [b for b in battles if b.evidence == event.evidence]
            return told_with[0] if told_with else there_and_then(event, battles)
        if event.subtype == "Peaceful protest":  # the protest that turned violent
            return there_and_then(event, riots)
        if event.subtype == "Arrests":
            whole = there_and_then(event, interventions)
            if whole is None:
                crowds = [p for p in peaceful if set(p.actors) & set(event.actors)]
                whole = there_and_then(event, crowds)
                if whole is not None:
                    broken_up.add(id(whole))
            return whole
        if event.subtype == "Armed clash":
            return next(
                (b for b in battles if b.subtype in TERRITORY and b.evidence == event.evidence),
                None,
            )
        return None

    kept: list[Event] = []
    joined: dict[int, list[str]] = {}  # the actors of the parts ("forces withdrew") join
    for event in events:
        whole = part_of(event)
        if whole is None:
            kept.append(event)
        elif event.type != "Protests":  # the riot has its own crowd
            # civilians are no side of a battle ("withdrew to protect civilians")
            parts = [a for a in event.actors if whole.type != "Battles" or a != civilians]
            joined.setdefault(id(whole), []).extend(parts)
    return [
        replace(
            e,
            actors=tuple(dict.fromkeys((*e.actors, *joined.get(id(e), ())))),
            subtype=INTERVENTION if id(e) in broken_up else e.subtype,
        )
        if id(e) in joined or id(e) in broken_up
        else e
        for e in kept
    ]


TERRITORY = {"Non-state actor overtakes territory", "Government regains territory"}


def coded(figures: Sequence[Figure], kind: str) -> int | None:
    """ACLED's figure: where sources who say who they are disagree ("the defence
    ministry", "opposition sources"), the most conservative of their statements;
    otherwise the article's largest (a toll that rose while it was written)."""
    latest: dict[str | None, int] = {}
    for figure in figures:
        if figure.kind == kind:
            source = figure.source_id or figure.source  # unnamed sources too: "rescuers"
            latest[source] = max(figure.value, latest.get(source, 0))
    if not latest:
        return None
    named = [value for source, value in latest.items() if source is not None]
    return min(named) if len(named) > 1 else max(latest.values())
