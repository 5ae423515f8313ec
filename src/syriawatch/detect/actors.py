"""Actors of an event: who acts, and to whom, as ACLED codes them.

The side that acts comes first: an agent named after the trigger ("strikes
carried out by Russian jets"), else the actors before the trigger, nearest first;
backers ("backed by Russian jets") and those an offensive is against act last;
who tells the event ("..., Turkey's defence ministry said", "Russia says militants
shelled Aleppo") and what a crowd protests against are not its actors; a state that
acts is its military; civilians never act, except as a protest's crowd.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from itertools import pairwise

from ..records import Entity, Event
from .before import WordsBefore
from .claims import attribution_clause, subject_of
from .locate import listed_together
from .matcher import Hit
from .text import contains_any

# Civilians who protest or riot are ACLED's protesters and rioters: the side that acts.
CROWDS = {"Protests": "protesters", "Riots": "rioters"}
CROWD_CLASSES = {"civilians", "protesters", "rioters"}  # a crowd is the event's own


def acting_first(actors: list[Entity], event_type: str) -> list[Entity]:
    """Civilians suffer violence and do not commit it: never the acting side, unless
    they are the crowd of a protest or a riot."""
    if event_type in CROWDS:
        return actors
    return sorted(actors, key=lambda a: a.actor_class == "civilians")


# "a former rebel commander", "قيادي سابق في فصائل المعارضة": ACLED codes those who
# have left an armed group as civilians
_FORMER_BEFORE = WordsBefore(
    r"\bformer\s+$|(?:قيادي|قياديا|قيادياً|عنصر|عنصرا|عنصراً|مقاتل|ضابط|عضو|قائد)\s+سابق[اً]*\s+(?:في|ب)\s*$",
    reach=30,
    needs=("former", "سابق"),
)
_PERSON_AFTER = re.compile(
    r"\s+(?:commander|member|fighter|officer|leader|official|soldier|militant)s?\b", re.IGNORECASE
)


def former_members_as_civilians(
    actors: Sequence[tuple[Hit, Entity]], text: str, civilians: Entity | None
) -> list[tuple[Hit, Entity]]:
    """A group named for one who has left it ("a former rebel commander") names a
    civilian, not the group (where the watchlist has civilians)."""
    if civilians is None:
        return list(actors)
    return [
        (h, civilians)
        if _FORMER_BEFORE.search(text, h.start)
        and (not text[h.start : h.end].isascii() or _PERSON_AFTER.match(text, h.end))
        else (h, e)
        for h, e in actors
    ]


def as_acled_actors(
    actors: Sequence[Entity], event_type: str, collectives: Mapping[str, str]
) -> list[str]:
    """The actors as ACLED codes them: a state that acts is its military ("Russia
    struck" is Russian forces); civilians who protest are protesters; every protest
    (riot) has its protesters (rioters) as the side that acts, named or not; no
    battle has civilians among its actors, and all violence against civilians has
    them ("gunmen killed a man")."""
    crowd = collectives.get(CROWDS.get(event_type, ""))
    if event_type == "Battles":  # armed sides fight battles; civilians caught in them do not
        actors = [a for a in actors if a.actor_class != "civilians"]
    ids = [crowd if crowd and a.actor_class in CROWD_CLASSES else a.forces or a.id for a in actors]
    if crowd:  # first even where the police who dispersed it are named before it
        ids.insert(0, crowd)
    civilians = collectives.get("civilians")
    if event_type == "Violence against civilians" and civilians:
        ids.append(civilians)
    return list(dict.fromkeys(ids))


# "government forces backed by Russian jets retook ...": the backer does not act.
_BACKER = WordsBefore(
    r"(?:(?:backed|supported|aided|assisted)\s+by|with\s+the\s+help\s+of|alongside)"
    r"\s+(?:the\s+)?$|(?:بدعم|بمساندة|بغطاء)\s+(?:من\s+)?$|المدعومة?\s+من\s+$",
    reach=30,
    needs=("by", "help", "alongside", "بدعم", "بمساندة", "بغطاء", "المدعوم"),
)


# "strikes carried out by Russian jets", "هجوم نفذته خلايا تنظيم داعش": who acts
_AGENT = WordsBefore(
    r"\bby\s+(?:the\s+)?$|(?:نفذته|نفذها|نفذه|شنته|شنها|شنه|من\s+قبل)\s+(?:\S+\s+){0,2}$"
    r"|هجوما?\s+ل\S+\s+$"  # "بهجوم لخلايا تنظيم الدولة": an attack by IS cells
    r"|برصاص\s+(?:\S+\s+){0,3}$",  # "برصاص عناصر من الأمن العام": shot by them
    reach=30,
    needs=("by", "نفذ", "شن", "قبل", "برصاص", "هجوم"),
)
# "chanting against the regime and HTS", "ضد النظام": what a crowd protests
_AGAINST = WordsBefore(
    r"(?:\bagainst|ضد)\s+(?:the\s+)?(?:[^\s.,،]+\s+){0,3}$", reach=50, needs=("against", "ضد")
)
# "US forces killed a senior Islamic State official in a raid", "استشهاد قيادي في قسد
# بقصف": the object of a violent verb named before the trigger suffers the event (an
# Arabic verb's subject follows it, so there only those "in" or "of" the victims)
_STRUCK = WordsBefore(
    r"(?<!was )(?<!were )(?<!been )\b(?:killed|attacked|targeted|struck|captured|arrested|"
    r"detained|ambushed|kidnapped|abducted|executed|shot|wounded|injured)\s+"
    r"(?:(?!by\b|when\b|as\b|after\b|while\b|before\b|because\b)[^\s.,;]+\s+){0,3}$"
    r"|(?:مقتل|قتل|استشهاد|استشهد|إصابة|أصيب|اعتقال|اغتيال|جثث|جثة)\s+(?:\S+\s+){0,3}(?:في|من)\s+$"
    r"|(?:مقتل|قتل|إصابة|أصيب|اعتقال)\s+\d+\s+$"  # "قتل 33 جندياً تركياً": 33 Turkish soldiers
    r"|تعرضت?\s+(?:\S+\s+){0,3}$",  # "تعرضت دورية لقوات النظام لهجوم": subjected to it
    reach=40,
    needs=(
        *("kill", "attack", "target", "struck", "captur", "arrest", "detain", "ambush"),
        *("kidnap", "abduct", "execut", "shot", "wound", "injur"),
        *("قتل", "استشهاد", "استشهد", "إصابة", "أصيب", "اعتقال", "اغتيال", "جثث", "جثة", "تعرض"),
    ),
)
# "23 pro-Iran fighters were killed in strikes", "a Russian patrol came under fire":
# those named as the killed, or as under fire, suffer it
_SUFFERING_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:(?:were|was|have\s+been|had\s+been)\s+(?:killed|wounded|injured|hurt)"
    r"|(?:came|come|comes|coming)\s+under\s+(?:\w+\s+)?(?:fire|attack))\b",
    re.IGNORECASE,
)
# "طالت 15 شاباً بتهمة التعامل مع خلايا تنظيم الدولة" (15 men, charged with dealing with
# IS cells), "arrested on charges of belonging to HTS": named in the charge; "لغم من
# مخلفات تنظيم داعش" (a mine left by IS), "left behind by IS": who left the remnant
# that went off; "smuggling weapons to Hezbollah": who the arms were for; no side of the
# event either
_NO_SIDE = WordsBefore(
    r"(?:بتهمة|بتهم)\s+(?:\S+\s+){0,4}$"
    r"|\b(?:accused\s+of|charged\s+with|on\s+charges?\s+of|suspected\s+of)\s+(?:[\w'-]+\s+){0,4}$"
    r"|\bsuspected\s+$"  # "arrested 20 suspected Islamic State members"
    r"|(?:يشتبه|المشتبه|للاشتباه)\s+(?:\S+\s+){0,4}$"  # "يشتبه بانتمائهم لخلايا داعش"
    r"|مخلفات\s+(?:\S+\s+)?$|\b(?:left\s+(?:behind\s+)?by|remnants?\s+of)\s+(?:the\s+)?$"
    r"|\b(?:weapons|arms|ammunition)\s+(?:shipments?\s+)?(?:to|for)\s+(?:the\s+)?$",
    reach=50,
    needs=(
        *("بته", "accused", "charge", "suspected", "شتبه", "مخلفات", "left", "remnant"),
        *("weapons", "arms", "ammunition"),
    ),
)
# "rebel-held eastern Aleppo", "the town, held by rebels", "الخاضعة لسيطرة الفصائل": who
# holds the ground
_HOLDS_AFTER = re.compile(r"[- ](?:held|controlled)\b", re.IGNORECASE)
_HELD_BY = WordsBefore(
    r"\b(?:held|controlled)\s+by\s+(?:the\s+)?$|سيطرة\s+$",
    reach=30,
    needs=("held", "controlled", "سيطرة"),
)
# "Rebels said on Saturday they had taken ...", "the SDF said the army had shelled its
# positions", "... had killed four of their fighters": the speaker tells its own part
# ("us" is left out: "US jets")
_OWN_WORDS = re.compile(r"\b(?:it|its|they|their|them|he|his|she|her|we|our)\b", re.IGNORECASE)
OWN_WORDS_REACH = 120
SPEAKER_GAP = 10  # spaces at most between a speaker and its verb
# the words between "according to" and who speaks: "a statement from", "sources in"
_SOURCE_NAMED = re.compile(r"\s+(?:(?:the|a|an)\s+)?(?:[\w-]+\s+(?:from|by|of|in)\s+(?:the\s+)?)?")
_ROLES_BEFORE = (_BACKER, _AGENT, _AGAINST, _STRUCK, _NO_SIDE, _HELD_BY)
_WIDEST = max(role.reach for role in _ROLES_BEFORE)
# every word one of the roles needs: a mention with none before it has no role told there
_ROLE_WORDS = tuple(dict.fromkeys(word for role in _ROLES_BEFORE for word in role.needs))
# ", after Syrian authorities accused Hezbollah ...": another clause, other actors
_CLAUSE_BREAK = re.compile(
    r"[,،]\s*(?:after|as|while|when|whereas|before|since|because|despite|but|"
    r"في حين|بينما|فيما|بعد أن)\s|[;؛]",  # and a semicolon: "...; SDF shells Jarabulus"
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class ActorRoles:
    """Mentions named as a backer ("backed by Russian jets": it does not act), as the
    agent of what comes before them ("an attack carried out by ISIS": it does), as
    the object of a violent verb or the killed ("killed a senior IS official in a
    raid", "23 pro-Iran fighters were killed": they do not act), as who tells it
    ("..., Turkey's defence ministry said": not an actor of it), as what a crowd
    protests against, as named in a charge or as who left a remnant, and as who holds
    the ground ("rebel-held eastern Aleppo")."""

    acting_last: set[Hit]  # backers, and what a crowd protests against
    struck: set[Hit]  # suffer what the trigger tells, as those named after it do
    agents: set[Hit]
    speaking: set[Hit]
    reporting: set[Hit]  # "Russia says militants shelled Aleppo": tells another's act
    opposed: set[Hit]  # "against the regime", "ضد النظام": what a crowd protests
    no_side: set[Hit]  # named in a charge, as who left a remnant, as a deal's broker
    holding: set[Hit]  # hold the ground an event happens on: no side of a strike on it

    @classmethod
    def of(
        cls, actors: Sequence[tuple[Hit, Entity]], text: str, cue_hits: Sequence[Hit]
    ) -> ActorRoles:
        backers, agents, struck, opposed, no_side = set(), set(), set(), set(), set()
        holding = set()
        for hit, _ in actors:
            lowered = text[max(0, hit.start - _WIDEST) : hit.start].lower()
            told = (  # two mentions in three have none of the words a role needs
                {role for role in _ROLES_BEFORE if role.search(text, hit.start, lowered)}
                if contains_any(lowered, _ROLE_WORDS)
                else set()
            )
            if _HELD_BY in told or _HOLDS_AFTER.match(text, hit.end):
                holding.add(hit)
            if _BACKER in told:
                backers.add(hit)
            elif _AGENT in told:
                agents.add(hit)
            elif _STRUCK in told or _SUFFERING_AFTER.match(text, hit.end):
                struck.add(hit)
            if _AGAINST in told:
                opposed.add(hit)
            if _NO_SIDE in told or hit.alias.endswith("brokered"):
                no_side.add(hit)  # ... or the broker of a deal ("a Russian-brokered deal")
        # "..., Turkey's defence ministry said", "..., the SDF media centre said"; in
        # Arabic the subject of the verb: "واتهمت فصائل المعارضة قوات النظام"
        speaking = {
            h
            for cue in cue_hits
            if cue.key in ("speech", "blame") and not cue.alias.isascii()
            for h, _ in actors
            if subject_of(text, cue, h)
        }
        starts = [h.start for h, _ in actors]  # in text order
        reporting = set()
        for cue in cue_hits:
            if (
                cue.key == "source" and cue.alias.isascii()
            ):  # "according to a statement from the SDF"
                index = bisect_left(starts, cue.end)
                if index < len(starts) and _SOURCE_NAMED.fullmatch(text, cue.end, starts[index]):
                    speaking.add(actors[index][0])
            if cue.key == "speech":
                clause = attribution_clause(text, max(0, cue.start - 80), cue.start)
                if clause >= 0:
                    index = bisect_left(starts, clause)
                    while index < len(starts) and starts[index] < cue.start:
                        speaking.add(actors[index][0])
                        index += 1
                index = bisect_left(starts, cue.start) - 1  # the mention just before it
                if index >= 0 and cue.alias.isascii():  # "Russia says militants shelled"
                    speaker = actors[index][0]
                    gap = cue.start - speaker.end
                    if (
                        0 < gap <= SPEAKER_GAP
                        and text[speaker.end : cue.start].isspace()
                        and not _OWN_WORDS.search(text, cue.end, cue.end + OWN_WORDS_REACH)
                    ):
                        reporting.add(speaker)
        return cls(
            backers | opposed, struck, agents, speaking, reporting, opposed, no_side, holding
        )


def actors_around(
    hit: Hit, in_sentence: Sequence[tuple[Hit, Entity]], roles: ActorRoles, text: str
) -> tuple[list[Entity], list[Entity]]:
    """The side that acts and the others, each without repeats. Acting: an actor named
    as the agent after the trigger ("strikes by Russian jets"), then those before it,
    nearest first (those named as backers last; a subject of several, "the SNA and
    the SDF clashed", in its order). Others: those after it, up to another clause,
    then those before it that a violent verb struck ("استشهاد قيادي في قسد بقصف
    لمسيرة تركية": the SDF suffers the Turkish drone's strike)."""
    in_sentence = [m for m in in_sentence if m[0] not in roles.no_side]
    clause = _CLAUSE_BREAK.search(text, hit.end, in_sentence[-1][0].end if in_sentence else 0)
    until = clause.start() if clause else len(text)
    after = [
        (h, e) for h, e in in_sentence if hit.start <= h.start < until and h not in roles.speaking
    ]
    nearest_first = [(h, e) for h, e in reversed(in_sentence) if h.start < hit.start]
    subject = nearest_first[:1]
    for later, earlier in pairwise(nearest_first):
        if not listed_together(text, earlier[0], later[0]):
            break
        subject.append(earlier)
    if len(subject) > 1:
        nearest_first = subject[::-1] + nearest_first[len(subject) :]
    # backers and those an offensive is against ("against government forces") act last
    before = sorted(
        (m for m in nearest_first if m[0] not in roles.struck and m[0] not in roles.reporting),
        key=lambda m: m[0] in roles.acting_last,
    )
    named_agents = [(h, e) for h, e in after if h in roles.agents]
    agents = _unique(e for _, e in named_agents + before)
    suffering = [(h, e) for h, e in after if h not in roles.agents]
    suffering += [m for m in nearest_first[::-1] if m[0] in roles.struck]
    return agents, _unique(e for _, e in suffering)


def _unique(entities: Iterable[Entity]) -> list[Entity]:
    return list(dict.fromkeys(entities))


# who loses territory in a change of it: state forces to a takeover, rebels to a regain
LOSING_SIDE = {
    "Non-state actor overtakes territory": "state forces",
    "Government regains territory": "rebel group",
}


def with_the_side_that_lost(
    events: Sequence[Event], actors: Sequence[tuple[Hit, Entity]]
) -> list[Event]:
    """A change of territory names the side that lost it where its sentence did not
    ("Rebels entered Hama ... The Syrian army said its units had redeployed"): the
    first of that side the article names."""
    class_of = {e.id: e.actor_class for _, e in actors}
    first: dict[str | None, Entity] = {}
    for _, entity in actors:
        first.setdefault(entity.actor_class, entity)
    named = []
    for event in events:
        losing = LOSING_SIDE.get(event.subtype)
        loser = first.get(losing) if losing else None
        if loser and event.actors and all(class_of.get(a) != losing for a in event.actors):
            event = replace(event, actors=(*event.actors, loser.id))
        named.append(event)
    return named
