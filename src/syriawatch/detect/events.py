"""Events: sentence-level detection of ACLED events from trigger hits.

For every trigger in a sentence that is neither background ("the war has killed
more than 500,000", "strikes since 5 October have killed 70") nor negated ("denied
the army had fled") nor a protest's grievance ("protested against arrests"), each
to the end of its clause, and that does not name a past event ("the 2013 chemical
attack on Ghouta", "years after the first protests"), an event is built:
- location (locate.py): the first place after the trigger in the sentence, else
  the nearest before it, else the article's main place; places listed with the
  first ("from Talbiseh and Rastan") are events of their own; a place that
  follows a named past event is that event's;
- actors (actors.py): the side that acts first, which also picks the
  sub-type where it depends on who acts (state forces regain territory, others
  overtake it); a state that acts is its military, every protest has its
  protesters, the claimant of an attack ("Islamic State claimed the attack")
  acted in it, and the civilians of follow-up figures are its victims; a violent
  event in a sentence naming neither its side nor its place ("Clashes continued
  around the prison") is acted by the side of the sentences just before;
- fatalities and injuries: the most conservative figure of the sentence, kept
  with who states it (the speaker of the sentence's claim); where sources who
  say who they are give different figures for one event, the lowest is coded; a
  headline telling violence of several types gives none of them its total;
- date: the day the sentence names, against the published date (dates.py), else
  the day named in one of the three sentences before; of an event's mentions,
  the first that names a day, else the published date;
- figures stated in the next sentences without an event of their own ("The
  Observatory said 12 were killed") belong to the event told just before, or to
  the violent event at the place they name ("... killed two in Tal Rifaat").
A generic attack followed at once by its instrument ("هجوم بطائرات مسيرة", an
attack with drones) is the instrument's event, and so is the headline's "attack".
Mentions of one type at one place on one day are one event (drafts.py): the
highest priority sub-type, every stated figure, the first evidence. An event
placed only in a governorate ("fighting in the countryside of Suwayda"), only
near a place ("south of Damascus") or only in a city is the one of that type the
article places in a town ("clashes near Shahba") or in the city's neighbourhood.
The headline is read last, and only adds an event of a type the body did not
report (a headline's "shot dead" is the body's battle where the body's victims are
armed). An Arabic bulletin's sentence telling several incidents ("...، ومقتل مدني
بانفجار لغم في ريف حماة") is read one incident at a time: each its own toll and sides.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from itertools import pairwise, product
from typing import TypeVar

from ..records import Entity, Event, Figure
from .actors import (
    CROWDS,
    ActorRoles,
    acting_first,
    actors_around,
    as_acled_actors,
    with_the_side_that_lost,
)
from .before import WordsBefore
from .claims import subject_of
from .dates import (
    ENGLISH_MONTHS,
    dated_before_publication,
    days_named,
    names_past_event,
    opens_in_a_past_year,
    told_as_ongoing,
)
from .drafts import (
    Draft,
    EventKey,
    EventMention,
    add_mention,
    same_event_at,
    where_told_precisely,
    with_parts_joined,
)
from .locate import nearest_places, without_places_of
from .matcher import Hit, hit_start, mention_start
from .numbers import FATALITIES, INJURIES, may_state_casualties, reading
from .sentences import by_sentence, sentence_at
from .text import contains_any
from .watchlist import Trigger

T = TypeVar("T")
VIOLENT_TYPES = {"Battles", "Explosions/Remote violence", "Violence against civilians", "Riots"}
VIOLENT_SUBTYPES = {"Excessive force against protesters"}  # of a type that is mostly not
# a strike on ground a side holds does not strike that side (a battle for it is fought
# with it)
REMOTE_VIOLENCE = "Explosions/Remote violence"
ARMED_CLASSES = {
    *("state forces", "rebel group", "political militia", "identity militia"),
    "external forces",
}


@dataclass(frozen=True, slots=True)
class EventContext:
    """What events.py needs from the rest of detection for one article."""

    text: str
    sentence_starts: Sequence[int]
    title_length: int  # the text starts with the title; headlines restate the body
    published: datetime | None
    places: Sequence[tuple[Hit, Entity]]  # resolved place mentions, in text order
    origins: Collection[Hit]  # places fire came from (locate.fired_from): not where it fell
    actors: Sequence[tuple[Hit, Entity]]  # resolved actor mentions, in text order
    main_place: Entity | None
    sources: Mapping[str, tuple[str | None, str]]  # sentence -> who says it (claims)
    collectives: Mapping[str, str]  # ACLED actor class -> its collective: "protesters" -> id
    day_words: Sequence[Hit]  # dates.DAY_WORDS found in the text


def find_events(
    context: EventContext,
    trigger_hits: Sequence[Hit],
    cue_hits: Sequence[Hit],
    triggers: Sequence[Trigger],
) -> list[Event]:
    text = context.text
    starts = context.sentence_starts
    # per sentence: several triggers often share one
    figures: dict[tuple[int, int], tuple[Figure, ...]] = {}  # (sentence, clause start)
    days: dict[int, date] = {}
    if context.published:
        days = days_named(text, starts, context.published.date(), context.day_words)

    def sentence_of(position: int) -> int:
        return bisect_right(starts, position) - 1

    def date_of(index: int) -> date | None:
        """The day the sentence names, else the one named just before it ("On 2 April,
        ... The hospital was hit"); None if neither names one."""
        for earlier in range(index, max(-1, index - DATE_REACH - 1), -1):
            if earlier in days:
                return days[earlier]
        return None

    background = {
        index
        for index in {sentence_of(h.start) for h in cue_hits if h.key == "background"}
        if not _A_RECORD.search(text, *sentence_at(starts, text, index))
    }
    background |= tolls_since_a_day(text, starts, context.day_words)
    published = context.published.date() if context.published else None
    background |= {  # "In 2018, government forces retook Daraa": history
        index
        for index in {sentence_of(h.start) for h in trigger_hits}
        if opens_in_a_past_year(text, starts[index], published)
    }
    past = {
        h
        for h in trigger_hits
        if names_past_event(text, h.start, published)
        or dated_before_publication(text, h.end, published)
        or told_as_ongoing(text, h.end)
    }
    # "Arrest over Tadamon massacre" over a body that tells "the 2013 Tadamon massacre":
    # the headline names the body's past event, in its words
    past_in_body = {h.alias for h in past if h.start >= context.title_length}
    places = by_sentence(without_places_of(past, context.places, text), starts, mention_start)
    actors_in = by_sentence(context.actors, starts, mention_start)
    # only Arabic sentences part into incidents (clause_at): no grouping for the others
    trigger_starts = {}
    if "،" in text:
        trigger_starts = by_sentence((h.start for h in trigger_hits), starts, int)
    roles = ActorRoles.of(context.actors, text, cue_hits)
    instrumented = named_by_instrument(trigger_hits, triggers, text)
    no_event = [h for h in cue_hits if h.key == "no_event"]
    # the headline's "attack", and "the attack" of a sentence naming no place, are the
    # body's attack with drones, not another event
    instrumented_types = {triggers[int(h.key)].type for h in instrumented}
    negations = [h for h in cue_hits if h.key in ("negation", "grievance")]
    negations_in = by_sentence(negations, starts, hit_start)
    drafts: dict[EventKey, list[Draft]] = {}  # one per day named, at most
    only_near: dict[EventKey, bool] = {}  # placed only "south of" a place
    told: dict[int, Draft | None] = {}  # body sentence -> its violent event, if any
    acting: dict[int, tuple[Entity, str]] = {}  # body sentence -> who acts, in what sub-type
    # "Drone strikes and clashes leave 14 dead": the toll of a headline telling violence
    # of several types is their total, no one event's
    in_title_types = {
        triggers[int(h.key)].type for h in trigger_hits if h.start < context.title_length
    }
    title_toll_shared = len(in_title_types & VIOLENT_TYPES) > 1
    body_first = sorted(trigger_hits, key=lambda h: (h.start < context.title_length, h.start))
    for hit in body_first:
        index = sentence_of(hit.start)
        if index in background or hit in past or hit in instrumented:
            continue
        if hit.start < context.title_length and hit.alias in past_in_body:
            continue
        if any(n.start <= hit.start and hit.end <= n.end for n in no_event):
            continue
        if _NONE_OF.search(text, hit.start) or _WHAT_THEY_FLED.search(text, hit.start):
            continue
        if hit.alias.endswith("under fire") and _CRITICISED.match(text, hit.end):
            continue
        if any(
            n.start < hit.start and not _NEW_CLAUSE.search(text, n.end, hit.start)
            for n in negations_in.get(index, ())
        ):
            continue
        trigger = triggers[int(hit.key)]
        lo, hi = sentence_at(starts, text, index)
        sentence = text[lo:hi].strip()
        clause_lo, clause_hi = clause_at(text, lo, hi, hit.start, trigger_starts.get(index, ()))
        located, place_in_sentence, roughly = nearest_places(
            hit, places.get(index, ()), context.main_place, text, context.origins
        )
        in_sentence = actors_in.get(index, ())
        if (clause_lo, clause_hi) != (lo, hi):  # one of several incidents the sentence tells
            in_sentence = [(h, e) for h, e in in_sentence if clause_lo <= h.start < clause_hi]
        if trigger.type in CROWDS:  # "chanting against the regime and HTS": not actors
            in_sentence = [(h, e) for h, e in in_sentence if h not in roles.opposed]
        elif trigger.type == REMOTE_VIOLENCE:  # "jets pounded rebel-held Aleppo": not struck
            in_sentence = [(h, e) for h, e in in_sentence if h not in roles.holding]
        agents, others = actors_around(hit, in_sentence, roles, text)
        in_title = hit.start < context.title_length
        kind, subtype = kind_of(trigger, others)
        if in_title and all(k[0] != kind for k in drafts):
            kind, subtype = as_told_in_body(trigger, {k[0] for k in drafts}) or (kind, subtype)
        violent = kind in VIOLENT_TYPES or subtype in VIOLENT_SUBTYPES
        if agents and not in_title:  # the sentence's first trigger tells its main event
            acting.setdefault(index, (agents[0], subtype))
        elif not agents and not in_title and violent:
            agents = acting_before(acting, index, subtype, place_in_sentence)
        actors = acting_first(agents + [a for a in others if a not in agents], kind)
        if subtype == "Peaceful protest":  # its crowd is its only side, as ACLED codes it
            actors = []
        if trigger.state_subtype and agents and agents[0].actor_class == "state forces":
            subtype = trigger.state_subtype
        stated: tuple[Figure, ...] = ()
        if violent and not (in_title and title_toll_shared):
            if (index, clause_lo) not in figures:
                clause = text[clause_lo:clause_hi].strip()
                stated = figures_in(clause, context.sources.get(sentence))
                if of_no_event(stated, sentence):
                    background.add(index)  # its other triggers are skipped with it
                    continue
                figures[index, clause_lo] = stated
            stated = figures[index, clause_lo]
        key = (kind, located[0].id if located else None)
        if in_title:  # the headline retells an event of the body: of its sub-type, if any
            same_kind = [k for k in drafts if k[0] == kind]
            same_subtype = [k for k in same_kind if any(d.subtype == subtype for d in drafts[k])]
            key = (same_subtype or same_kind or [key])[0]
        if (
            kind in instrumented_types
            and (in_title or not place_in_sentence)
            and not any(k[0] == kind for k in drafts)
        ):
            continue
        mention = EventMention(
            trigger.priority,
            subtype,
            as_acled_actors(actors, kind, context.collectives),
            stated,
            date_of(index),
            confidence(place_in_sentence, bool(actors), any(f.kind == "killed" for f in stated)),
        )
        draft = add_mention(drafts, key, sentence, mention)
        only_near[key] = only_near.get(key, True) and roughly
        for listed in located[1:]:  # the sentence's figures stay with the first place
            add_mention(drafts, (kind, listed.id), sentence, mention.without_figures())
        if not in_title:
            told[index] = draft if violent else told.get(index)
    # "days after a bombing killed more than 120 evacuees": an event told past is no
    # follow-up of the one before it, so neither are its figures
    retold = {sentence_of(h.start) for h in past} - told.keys()
    follow_ups = follow_up_figures(context, told, background | retold, negations)
    for told_before, stated, index in follow_ups:
        named_there = [e.id for _, e in places.get(index, ())]
        draft = same_event_at(drafts, told_before, named_there, sorted(VIOLENT_TYPES))
        draft.add_figures(stated)
        draft.add_victims(e.id for _, e in actors_in.get(index, ()) if e.actor_class == "civilians")
    for draft, claimant_id in claimed(cue_hits, told, starts, actors_in, text):
        draft.acted_by(claimant_id)
    named = {e.id: e for _, e in context.places}
    events = [d.event(published) for d in where_told_precisely(drafts, named, only_near)]
    acled_events = with_parts_joined(events, context.collectives.get("civilians"))
    return with_the_side_that_lost(acled_events, context.actors)


# "مقتل عنصرين من قوات النظام برصاص قناص في ريف اللاذقية، ومقتل مدني بانفجار لغم في ريف
# حماة": an Arabic bulletin joins incidents in one sentence, each with its own toll and
# sides, by "، و" and a noun of killing or arrest ("، وأصيب العشرات" goes on with one) or
# by "، فيما" (while)
EVENT_CLAUSE = re.compile(r"،\s*(?:و(?=(?:مقتل|استشهاد|اعتقال)(?!\w))|فيما\s)")


def clause_at(
    text: str, lo: int, hi: int, position: int, trigger_starts: Sequence[int]
) -> tuple[int, int]:
    """The part of the sentence text[lo:hi] that tells the incident at `position`: a
    part with no trigger of its own goes on with the one before ("، فيما زعم التنظيم
    أنه قتل 15 عنصراً", while IS claimed it killed 15: the same fight)."""
    if "،" not in text[lo:hi]:
        return lo, hi
    cuts = [m.span() for m in EVENT_CLAUSE.finditer(text, lo, hi)]
    if not cuts:
        return lo, hi
    ends = [start for start, _ in cuts[1:]] + [hi]
    cuts = [
        (start, end)
        for (start, end), part_end in zip(cuts, ends, strict=True)
        if any(end <= t < part_end for t in trigger_starts)
    ]
    for start, end in cuts:
        if start > position:
            return lo, start
        lo = end
    return lo, hi


def kind_of(trigger: Trigger, others: Sequence[Entity]) -> tuple[str, str]:
    """The trigger's type and sub-type; its civilian ones where those it strikes first
    are civilians ("an attack that killed three civilians"), its armed ones where they
    are armed ("برصاص قناص من الفصائل", by a sniper of the factions)."""
    struck = others[0].actor_class if others else None
    if trigger.civilian_type and struck == "civilians":
        return trigger.civilian_type, trigger.civilian_subtype or trigger.subtype
    if trigger.armed_type and struck in ARMED_CLASSES:
        return trigger.armed_type, trigger.armed_subtype or trigger.subtype
    return trigger.type, trigger.subtype


def as_told_in_body(trigger: Trigger, body_types: Collection[str]) -> tuple[str, str] | None:
    """The type and sub-type of a headline's trigger that the body told ("two council
    members shot dead" over a body where gunmen shot two members of an armed council:
    a battle, not an attack on civilians), if any."""
    told = (
        (trigger.armed_type, trigger.armed_subtype or trigger.subtype),
        (trigger.civilian_type, trigger.civilian_subtype or trigger.subtype),
    )
    return next(((kind, sub) for kind, sub in told if kind and kind in body_types), None)


def acting_before(
    acting: Mapping[int, tuple[Entity, str]], index: int, subtype: str, place_in_sentence: bool
) -> list[Entity]:
    """ "Islamic State fighters attacked the prison. Clashes continued around it", "US
    bombers struck ... 23 fighters were killed in strikes around Albu Kamal": the side
    that acted in the sentences just before acts on, unless another place and another
    kind of violence say this is another event (coalition air strikes, then "In Raqqa,
    a landmine killed two children")."""
    for earlier in range(index - 1, index - FOLLOW_UP_REACH - 1, -1):
        if earlier in acting:
            side, earlier_subtype = acting[earlier]
            if earlier_subtype == subtype or not place_in_sentence:
                return [side]
    return []


# "an attack with drones", "هجوم بطائرات مسيرة": what follows the attack names it; not
# what it confronts ("تصدت للصواريخ", it intercepted the missiles)
_INSTRUMENT_GAP = re.compile(r"\s+(?:(?:with|by|using)\s+(?:the\s+)?|ب)")


def named_by_instrument(
    trigger_hits: Sequence[Hit], triggers: Sequence[Trigger], text: str
) -> set[Hit]:
    """Triggers followed at once by the instrument of a weightier event of another type:
    "هجوم بطائرات مسيرة" (an attack with drones) is an air strike, not a clash; and an
    attack followed, past its victim, by the means: "اغتيال قيادي في حزب الله بغارة"
    (the assassination of a Hezbollah commander by an air strike) is the air strike."""
    ordered = sorted(trigger_hits, key=hit_start)
    named = set()
    for first, then in pairwise(ordered):
        was, became = triggers[int(first.key)], triggers[int(then.key)]
        if became.type == was.type or became.priority <= was.priority:
            continue
        gap = text[first.end : then.start]
        at_once = _INSTRUMENT_GAP.fullmatch(gap) or (
            gap.isspace() and text.startswith("ب", then.start)
        )
        past_the_victim = "Attack" in (was.subtype, was.civilian_subtype) and (
            _BY_MEANS.fullmatch(gap)
            or (
                _A_FEW_WORDS.fullmatch(gap)
                and (text.startswith("ب", then.start) or _COUNTED_MEANS.search(gap))
            )
        )
        if at_once or past_the_victim:
            named.add(first)
    return named


_A_FEW_WORDS = re.compile(r"(?:\s+\S+){1,5}\s+")
# "تعرض لهجوم في 5 مايو بأربع غارات جوية" (an attack, on 5 May, by four air strikes)
_COUNTED_MEANS = re.compile(r"\sب\S+\s+$")
_BY_MEANS = re.compile(r"(?:\s+\S+){1,5}?\s+(?:in|by|with)\s+(?:an?|the)\s+")


# "Shelling and air strikes since 5 October have killed at least 70 civilians": a
# toll over days and places, no event of its own
_SINCE_A_DAY = re.compile(
    r"\bsince\s+(?:\d{1,2}\s+|mid-|early\s+|late\s+|the\s+(?:start|beginning|end)\s+of\s+)?$",
    re.IGNORECASE,
)
_SO_FAR = re.compile(r"\b(?:have|has)\s+(?:now\s+)?(?:been\s+)?(?:killed|left|claimed)\b")


def tolls_since_a_day(text: str, starts: Sequence[int], day_words: Sequence[Hit]) -> set[int]:
    """The sentences that give a toll since a day named."""
    tolls = set()
    for day in day_words:
        if _SINCE_A_DAY.search(text, max(0, day.start - 30), day.start):
            index = bisect_right(starts, day.start) - 1
            lo, hi = sentence_at(starts, text, index)
            if _SO_FAR.search(text, lo, hi):
                tolls.add(index)
    return tolls


# "the deadliest attack on a school since Syria's conflict began": the war named to
# measure the event by, not told
_A_RECORD = re.compile(
    r"\b(?:deadliest|worst|bloodiest|biggest|largest|heaviest|fiercest)\b[^.]{0,80}\bsince\b",
    re.IGNORECASE,
)


# "More than 280,000 people have been killed since Syria's conflict began": a toll this
# large is the war's, a siege's or a year's, never one event's
WAR_SCALE = 10_000


def of_no_event(stated: Sequence[Figure], sentence: str) -> bool:
    """Whether the sentence's figures are the war's toll or a period's, no event's."""
    return any(f.kind == "killed" and f.value >= WAR_SCALE for f in stated) or bool(
        stated and told_over_time(sentence)
    )


# "the deaths of 735 civilians in its strikes since 2014", "In the past two weeks more
# than 200 civilians have been killed", "Since then, dozens of former fighters have been
# assassinated", "thousands of civilians since Moscow intervened in September 2015",
# "98 civilians were killed in Syria in March": a toll over a period, no one event's
_OVER_A_PERIOD = re.compile(
    r"\bsince\s+(?:(?:19|20)\d\d|then)\b"
    r"|\bsince\s+(?:[\w'-]+\s+){1,5}?(?:in\s+)?(?:\w+\s+)?(?:19|20)\d\d\b"
    # "98 civilians were killed in Syria in March": a month's toll (a day names an event)
    r"|\b(?:killed|died|dead|deaths)\s+(?:in\s+[\w-]+\s+)?in\s+(?:the\s+month\s+of\s+)?"
    rf"(?:{'|'.join(ENGLISH_MONTHS)})\b(?!\s+\d)"
    r"|\b(?:in|over|during)\s+the\s+(?:past|last)\s+(?:\w+\s+)?(?:days|weeks|months|years)\b",
    re.IGNORECASE,
)


# words one of which a period needs: "since", "past", "last", a month
_PERIOD_WORDS = ("ince ", "ast ", *(month.title() for month in ENGLISH_MONTHS))


def told_over_time(sentence: str) -> bool:
    """Whether the sentence's toll covers a period ("since 2014"), unless the period
    measures the event ("the deadliest strike since 2014")."""
    if not contains_any(sentence, _PERIOD_WORDS):
        return False
    return _OVER_A_PERIOD.search(sentence) is not None and not _A_RECORD.search(sentence)


# "No arrests were reported", "without further clashes": none took place
_NONE_OF = WordsBefore(
    r"\b(?:no|without)\s+(?:further\s+|new\s+|more\s+|other\s+|reports?\s+of\s+)?$",
    reach=20,
    needs=("no", "without"),
)


# "1,000 people had fled Tal Tamr in the past week because of Turkish shelling": what
# people fled, no event told
_WHAT_THEY_FLED = WordsBefore(
    r"\b(?:fled|fleeing|displaced)\b[^.]{0,80}\bbecause\s+of\s+(?:[\w'-]+\s+){0,2}$",
    reach=120,
    needs=("because",),
)


# "the coalition came under fire from Human Rights Watch over ...", "came under fire for
# its handling of the crisis": criticism, no fire ("came under fire for the second
# time", "came under fire over the weekend" are attacks)
_CRITICISED = re.compile(
    r"\s+(?:for\s+(?!the\s+\w+\s+time\b)|over\s+(?!the\s+(?:weekend|past|last|night)\b|night\b)"
    r"|from\s+(?:critics|rights\s+groups|human\s+rights|activists|lawmakers|campaigners|"
    r"the\s+UN\b|the\s+United\s+Nations|Amnesty))",
    re.IGNORECASE,
)


# "protested against the incursion, and soldiers fired to disperse them": a negation
# or a grievance reaches to the end of its clause
_NEW_CLAUSE = re.compile(r"[,،;]\s*(?:and\b|but\b|while\b|و)", re.IGNORECASE)
FOLLOW_UP_REACH = 2  # sentences after an event's own where its figures may follow
DATE_REACH = 3  # sentences before an event's own where the day it happened may be named


def follow_up_figures(
    context: EventContext,
    told: Mapping[int, T | None],
    background: set[int],
    negations: Sequence[Hit],
) -> Iterator[tuple[T, tuple[Figure, ...], int]]:
    """ "The Observatory said 12 civilians were killed": figures in a sentence with no
    event of its own belong to the violent event told just before it (with the
    sentence's index: its civilians are that event's victims)."""
    text, starts = context.text, context.sentence_starts
    current: T | None = None
    told_at = -1
    for index in range(min(told, default=len(starts)), len(starts)):
        if index in told:
            current, told_at = told[index], index
            continue
        if current is None or index in background or index - told_at > FOLLOW_UP_REACH:
            continue
        lo, hi = sentence_at(starts, text, index)
        if any(lo <= n.start < hi for n in negations):
            continue
        sentence = text[lo:hi].strip()
        stated = figures_in(sentence, context.sources.get(sentence))
        if stated and not of_no_event(stated, sentence):
            yield current, stated, index


def claimed(
    cue_hits: Sequence[Hit],
    told: Mapping[int, T | None],
    starts: Sequence[int],
    actors_in: Mapping[int, Sequence[tuple[Hit, Entity]]],
    text: str,
) -> Iterator[tuple[T, str]]:
    """ "Islamic State claimed the attack through its Amaq agency", "تبنى تنظيم داعش
    الهجوم": the actor named before the cue (after an Arabic verb, or after "claimed by")
    acted in the violent event told in that sentence or in the two before it; and so
    did the one named after "blamed" ("The interior ministry blamed the Islamic State
    group"); a state acts by its forces ("blamed Israel")."""
    for cue in cue_hits:
        if cue.key not in ("responsibility", "blame"):
            continue
        index = bisect_right(starts, cue.start) - 1
        in_sentence = actors_in.get(index, ())
        before = [e for h, e in in_sentence if h.start < cue.start]
        after = [e for h, e in in_sentence if h.start >= cue.end]
        # "Islamic State claimed the attack"; Arabic puts the verb first: "تبنى تنظيم داعش"
        claimant = before[-1:] if cue.alias.isascii() else after[:1] or before[-1:]
        if cue.alias.endswith(" by"):  # "an attack claimed by Islamic State"
            claimant = after[:1]
        if cue.key == "blame":  # "blamed IS"; "اتهمت فصائل المعارضة قوات النظام": the object
            objects = [
                e for h, e in in_sentence if h.start >= cue.end and not subject_of(text, cue, h)
            ]
            claimant = objects[:1] if not cue.alias.isascii() else after[:1]
        event = next(
            (told[i] for i in range(index, index - FOLLOW_UP_REACH - 1, -1) if told.get(i)),
            None,
        )
        if claimant and event is not None:
            yield event, claimant[0].forces or claimant[0].id


def figures_in(sentence: str, source: tuple[str | None, str] | None) -> tuple[Figure, ...]:
    read = reading(sentence)
    if not may_state_casualties(read):
        return ()
    source_id, source_name = source or (None, None)
    return tuple(
        Figure(kind, value, source_id, source_name, sentence)
        for kind, outcome in (("killed", FATALITIES), ("injured", INJURIES))
        if (value := outcome.figure_in_reading(read)) is not None
    )


def confidence(place_in_sentence: bool, has_actor: bool, has_toll: bool) -> float:
    return _CONFIDENCE[place_in_sentence, has_actor, has_toll]


def _confidence(place_in_sentence: bool, has_actor: bool, has_toll: bool) -> float:
    score = 0.4 + (0.25 if place_in_sentence else 0.0) + (0.2 if has_actor else 0.0)
    return round(min(1.0, score + (0.15 if has_toll else 0.0)), 2)


# each event mention asks: eight answers, worked out once
_CONFIDENCE = {flags: _confidence(*flags) for flags in product((False, True), repeat=3)}
