"""Claims: who said what, and where two sources contradict each other.

A claim is made at a speech cue ("said", "according to", "قال") or a denial
cue ("denied", "no truth", "نفى"). Its speaker is the nearest named actor,
organisation, person or state, or unnamed source ("local sources", "rescuers",
"مصادر محلية"), before the cue in the sentence that is not the object of a
preposition ("advancing through Syria, rebels said"), else one right after
the cue in attribution form ('"...," said Hassan Abdel Ghani') or after an
Arabic verb ("قال الدفاع المدني"), else a source the watchlist does not know
("Amnesty International said", "according to Horan Free League"), else the
speaker of the claim before ("it said", "he told"). A cue in the passive ("no
casualties were reported") makes no claim. A sentence opening with a speaker and a
colon ("Syrian Observatory: ...", a bulletin's "SOHR: ...") is that speaker's claim.
What a claim is about is the first event trigger after the cue, else before it
('"We never withdrew," it said', which also carries the quote's denial); a denial
of something else ("denied losing any ground") is about what the claim before it,
by another speaker, said. Two claims about the same kind of event, one asserting
and one denying, from different speakers, are both contested; so are sources that
give one event different tolls.
"""

from __future__ import annotations

import itertools
import re
from bisect import bisect_right
from collections.abc import Mapping, Sequence, Set
from dataclasses import replace

from ..records import Claim, Entity, Event, Figure
from .before import WordsBefore
from .matcher import Hit, hit_start, mention_start
from .sentences import by_sentence, sentence_at
from .text import fold_phrase
from .watchlist import Trigger

SPEAKER_TYPES = {"person", "organisation", "armed_group", "state"}
PREPOSITIONS = {
    "for",
    "through",
    "in",
    "into",
    "from",
    "near",
    "of",
    "to",
    "with",
    "by",
    "at",
    "on",
    "across",
    "against",
    "toward",
    "towards",
    "between",
    "among",
    "amid",
    "over",
    "under",
    "inside",
    "outside",
}
DIRECTIONS = {
    *("north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest"),
    *("northern", "southern", "eastern", "western", "central", "north-east", "north-west"),
    *("south-east", "south-west", "northeastern", "northwestern", "southeastern"),
    "southwestern",
}
# "Rebels of the National Front for Liberation said": the Front speaks
NOT_SPEAKING_AFTER = PREPOSITIONS - {"of"}
RIGHT_AFTER = 3  # tokens between a cue and a speaker named after it
# A speaker: a named entity, or an unnamed source ("local sources", "rescuers").
Speaker = tuple[Hit, Entity | None]
CLAIM_CUES = ("speech", "denial", "source", "responsibility", "blame", "accusation")
ACCUSING = ("blame", "responsibility", "accusation")  # what a denial may answer
# "12 men accused of taking part in attacks": the accused, not an accusation made
_OF_AFTER = re.compile(r"\s+of\b")


def accused_passively(cue: Hit, text: str) -> bool:
    return cue.key == "accusation" and _OF_AFTER.match(text, cue.end) is not None


def find_claims(
    text: str,
    starts: Sequence[int],
    cue_hits: Sequence[Hit],
    trigger_hits: Sequence[Hit],
    entities: Sequence[tuple[Hit, Entity]],
    triggers: Sequence[Trigger],
) -> list[Claim]:
    cues = sorted((h for h in cue_hits if h.key in CLAIM_CUES), key=hit_start)
    named = [(h, e) for h, e in entities if e.type in SPEAKER_TYPES]
    topics = by_sentence(trigger_hits, starts, hit_start)
    claims = opening_claims(text, starts, named, topics, triggers)
    if not cues:
        return claims
    unnamed = [(h, None) for h in cue_hits if h.key == "unnamed_source"]
    speakers = by_sentence(sorted((*named, *unnamed), key=mention_start), starts, mention_start)
    previous: tuple[str | None, str] | None = None
    disputed: set[int] = set()  # a denial and the accusation it answers, naming no event
    accusations: set[int] = set()
    for index, cue in enumerate(cues):
        if _PASSIVE.search(text, cue.start) or accused_passively(cue, text):
            continue
        sentence = bisect_right(starts, cue.start) - 1
        lo, hi = sentence_at(starts, text, sentence)
        nxt = cues[index + 1].start if index + 1 < len(cues) and cues[index + 1].start < hi else hi
        clause = attribution_clause(text, lo, cue.start)  # ", the health ministry said"
        speaker = (
            speaker_of(cue, lo, nxt, clause, speakers.get(sentence, ()), text)
            or unknown_speaker(cue, lo, nxt, hi, clause, text, named)
            or previous
        )
        if speaker is None:
            continue
        about, quoted = topic(cue, lo, nxt, topics.get(sentence, ()), triggers)
        denied = cue.key == "denial" or (  # an accusation is no denial
            quoted
            and cue.key not in ACCUSING
            and any(c.key == "denial" and lo <= c.start < cue.start for c in cues)
        )
        if denied and about is None:  # "The SDF denied losing any ground": what was said
            answered = next(
                (i for i in range(len(claims) - 1, -1, -1) if claims[i].speaker_id != speaker[0]),
                None,
            )
            if answered is not None:
                about = claims[answered].about
                # "blamed the YPG for the attack, which the group denied", "denied
                # targeting civilians"; not "Ankara said it was watching. Tehran denied
                # that its advisers were there": a denial of its own matter answers an
                # accusation only
                answers = answered in accusations or not _OWN_MATTER.match(text, cue.end)
                if about is None and answers:
                    disputed.update((answered, len(claims)))
        if cue.key in ACCUSING:
            accusations.add(len(claims))
        claims.append(
            Claim(
                speaker_id=speaker[0],
                speaker=speaker[1],
                stance="denies" if denied else "asserts",
                about=about,
                evidence=text[lo:hi].strip(),
            )
        )
        previous = speaker
    return [
        replace(claim, contested=True) if i in disputed else claim
        for i, claim in enumerate(mark_contested(claims))
    ]


def speaker_of(
    cue: Hit, lo: int, end: int, clause: int, speakers: Sequence[Speaker], text: str
) -> tuple[str | None, str] | None:
    """`clause`: where a closing attribution before an English cue starts, or -1."""
    chosen: Speaker | None
    # "according to X", "an attack claimed by X", "as reported by X": X speaks
    if cue.key == "source" or cue.alias.endswith(" by") or _BY_AFTER.match(text, cue.end):
        chosen = next(((h, e) for h, e in speakers if cue.end <= h.start < end), None)
    elif not cue.alias.isascii():  # Arabic puts the verb first: "قال الدفاع المدني"
        chosen = next(
            ((h, e) for h, e in speakers if h.start < end and subject_of(text, cue, h)), None
        )
    else:
        # "..., killing three, the Kurdish-led administration said": who speaks is in the
        # closing clause, and no one named before it is; else the nearest before the cue
        first = max(lo, clause)
        chosen = next(
            (
                (h, e)
                for h, e in reversed(speakers)
                if first <= h.start < cue.start
                and not after_preposition(text, h.start, NOT_SPEAKING_AFTER)
            ),
            None,
        )
        if chosen is None and attribution(text, cue.start):  # '"...," said X'
            chosen = next(
                (
                    (h, e)
                    for h, e in speakers
                    if cue.end <= h.start < end
                    and len(text[cue.end : h.start].split()) <= RIGHT_AFTER
                ),
                None,
            )
    if chosen is None:
        return None
    hit, entity = chosen
    if entity is None:  # "Iranian state media said": the state named right before speaks;
        # "مراسل سانا" (SANA's correspondent): in Arabic, the one named right after
        arabic = not cue.alias.isascii()
        entity = next(
            (
                e
                for h, e in speakers
                if e is not None
                and (
                    _POSSESSIVE_GAP.fullmatch(text, h.end, hit.start)  # "Iran's state media"
                    or (arabic and text[hit.end : h.start].isspace())
                )
            ),
            None,
        )
    name = text[hit.start : hit.end]
    if entity is None and cue.alias.startswith("وفق"):  # "وفقاً لمصادر محلية": the sources
        name = without_lam(name)
    return entity.id if entity else None, name


def arabic_source_name(cue: Hit, words: Sequence[str]) -> str:
    """The name in the words after "بحسب" or "وفقاً", up to a bracket ("لأسامة عيدو (قسم
    الأشعة"); after "وفقاً" without its "ل" ("وفقاً للمكتب الإعلامي": the media office)."""
    name = " ".join(itertools.takewhile(lambda w: not w.startswith(("(", "[")), words))
    return (without_lam(name) if cue.alias.startswith("وفق") else name).strip(".,;:،")


def without_lam(name: str) -> str:
    """The name without the "ل" (to) "وفقاً" puts before it: "للمرصد" is "المرصد"."""
    if name.startswith("لل"):
        return "ال" + name[2:]
    return name.removeprefix("ل")


_POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")
# "denied that Iranian advisers were there", "نفت أن": the denial says what it denies
_OWN_MATTER = re.compile(r"\s+(?:that\b|[أا]ن(?:ه|ها|هم)?\s)")
_BY_AFTER = re.compile(r"\s+by\b")
# "no casualties were reported", "with no casualties reported": nobody speaks
_PASSIVE = WordsBefore(
    r"\b(?:was|were|been|being|is|are|be)\s+$|\bwith\s+no\s+[\w-]+\s+$",
    reach=30,
    needs=("was", "were", "been", "being", "is", "are", "be", "with"),
)
# "Amnesty International said": a name the watchlist does not know, not a pronoun
_NAME_BEFORE = re.compile(r"(?<![\w'’-])((?:[A-Z][\w'’-]*\s+){1,6})$")
_NAME_AFTER = re.compile(r"\s*(?:the\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,5})")
# where the name after an Arabic verb ends, or shows there is none ("قال إن", "أحصى منذ")
ARABIC_PARTICLES = {
    *("إن", "أن", "ان", "إنه", "أنه", "انه", "إنها", "أنها", "انها", "قد", "ما"),
    *("في", "على", "من", "منذ", "إلى", "الى", "عن", "خلال", "بعد", "قبل", "عبر", "لدى"),
    *("اليوم", "أمس", "امس", "يوم", "أي"),
}
PRONOUNS = {"he", "she", "it", "they", "we", "i"}
# nouns that open the name of a source after an Arabic verb ("أعلنت وزارة الصحة")
ARABIC_SOURCE_HEADS = {
    *("وزارة", "شبكة", "مصدر", "مصادر", "منظمة", "وكالة", "مديرية", "قيادة", "إدارة"),
    *("مكتب", "لجنة", "مركز", "هيئة", "حكومة", "والي", "محافظ", "متحدث", "مسؤول"),
    *("جمعية", "تجمع", "رابطة", "شرطة", "جيش", "مجلس", "مرصد", "ناشط", "مراسل", "وحدات"),
}
GROUP_WORDS = {"group", "militia", "faction", "jihadist group", "armed group"}
NOT_NAMES = {"He", "She", "It", "They", "We", "I", "The", "A", "An", "This", "That", "But", "None"}


def unknown_speaker(
    cue: Hit,
    lo: int,
    end: int,
    hi: int,
    clause: int,
    text: str,
    named: Sequence[tuple[Hit, Entity]],
) -> tuple[str | None, str] | None:
    """A source named by a name the watchlist does not know: the name after "according
    to" (in Arabic, the words after "بحسب", unless another cue follows at once: "وفق
    ما أفادت ..."), the capitalised name right before an English verb ("Amnesty
    International said") or the words of a closing attribution (", the health ministry
    said"), the words after an Arabic verb up to "إن" ("أعلنت وزارة الصحة"). "The
    group" is the armed group named last before the cue. Part of the name or alias
    of an entity the article named before ("the Observatory said", "نفت الوحدات"),
    or anywhere where a headline speaks ("Army says ...": "the army"), is that
    entity."""
    if cue.key == "source":
        if cue.alias.isascii():
            match = _NAME_AFTER.match(text, cue.end, end)
            name = match.group(1).strip() if match else ""
        else:
            words = text[cue.end : end].split()[: RIGHT_AFTER + 1]
            name = "" if end < hi and len(words) <= 2 else arabic_source_name(cue, words)
    elif cue.alias.isascii():
        if clause >= 0:  # ", the health ministry said"
            name = text[clause : cue.start].strip()
            if name.split()[0].lower() in PRONOUNS:  # ", it said": the speaker before
                return None
        else:
            match = _NAME_BEFORE.search(text, lo, cue.start)
            # "residents in Aleppo said": a place, not who speaks
            usable = match is not None and not after_preposition(text, match.start(1))
            if not usable and attribution(text, cue.start):  # '"...," said Abdulrahman'
                match = _NAME_AFTER.match(text, cue.end, end)
                usable = match is not None
            name = match.group(1).strip() if match and usable else ""
    else:  # the name after an Arabic verb: "أعلنت وزارة الصحة السورية"; "قال إن": none
        words = []
        for word in text[cue.end : end].split()[:RIGHT_AFTER]:
            if word in ARABIC_PARTICLES:
                break
            words.append(word)
        if not words or words[0].removeprefix("ال") not in ARABIC_SOURCE_HEADS:
            return None  # "وأعلنت سقوط النظام": what was announced, not who
        name = " ".join(words).strip(".,;:،")
    if not name or name.split()[0] in NOT_NAMES:
        return None
    if name.lower().removeprefix("the ") in GROUP_WORDS:  # ", the group said": the last named
        group = next(
            (e for h, e in reversed(named) if h.start < cue.start and e.type == "armed_group"), None
        )
        return (group.id, name) if group else (None, name)
    words = fold_phrase(name.removeprefix("the ").removeprefix("The ")).split()
    part = f" {' '.join(w.removeprefix('ال') for w in words)} "  # "الوحدات": "وحدات حماية"
    in_headline = lo == 0
    for hit, entity in reversed(named):
        if (in_headline or hit.start < cue.start) and (
            part in f" {fold_phrase(entity.name)} "
            or part in f" {hit.alias} "
            or (in_headline and any(part in f" {fold_phrase(a)} " for a in entity.aliases))
        ):  # a headline's "monitor says": the monitor the body names, "Britain-based monitor"
            return entity.id, name
    return None, name


def opening_claims(
    text: str,
    starts: Sequence[int],
    named: Sequence[tuple[Hit, Entity]],
    topics: Mapping[int, Sequence[Hit]],
    triggers: Sequence[Trigger],
) -> list[Claim]:
    """ "Syrian Observatory: 9 ISIS members killed ...", a bulletin's "SOHR: A soldier
    was killed ...": the speaker that opens a sentence with a colon."""
    claims = []
    for hit, entity in named:
        if not text.startswith(":", hit.end) or entity.type not in OPENING_SPEAKERS:
            continue  # "Syria: ...", "Lebanon: ..." name a place
        index = bisect_right(starts, hit.start) - 1
        lo, hi = sentence_at(starts, text, index)
        if text[lo : hit.start].strip():
            continue
        in_sentence = topics.get(index, ())
        about = triggers[int(in_sentence[0].key)].subtype if in_sentence else None
        claims.append(
            Claim(entity.id, text[hit.start : hit.end], "asserts", about, text[lo:hi].strip())
        )
    return claims


OPENING_SPEAKERS = {"organisation", "armed_group", "person"}


# from the clause's comma to the cue
_CLAUSE = re.compile(r",\s*((?:[\w'’-]+\s+){1,8})")
# words a clause with no name in it holds at most (", the period before and after the attack
# was reported" is no attribution; ", the Russian Centre for Reconciliation in Syria said" is)
UNNAMED_CLAUSE_WORDS = 6


# ", which the group denied", ", as officials said": a clause of another kind
NOT_ATTRIBUTION = {"which", "who", "that", "as", "while", "but", "and", "when", "where", "though"}


def attribution_clause(text: str, lo: int, cue_start: int) -> int:
    """Where a closing attribution (", the health ministry said") starts, or -1."""
    comma = text.rfind(",", lo, cue_start)  # words hold no comma: only the last one can
    match = _CLAUSE.fullmatch(text, comma, cue_start) if comma >= 0 else None
    if match is None:
        return -1
    words = match.group(1).split()
    if words[0].lower() in NOT_ATTRIBUTION:
        return -1
    if len(words) > UNNAMED_CLAUSE_WORDS and not any(w[0].isupper() for w in words[1:]):
        return -1
    return match.start(1)


def subject_of(text: str, cue: Hit, mention: Hit) -> bool:
    """Whether an Arabic verb's subject is the mention: right after it, or after one
    word ("قال مدير المرصد", "قال المتحدث باسم قسد"); "أعلنت سقوط نظام بشار الأسد"
    (announced the fall of Assad's rule) has Assad as its object."""
    if mention.start < cue.end:
        return False
    if cue.key == "blame" and text[mention.end : mention.end + 3].lstrip().startswith("ب"):
        return False  # "واتهمت قسد بتنفيذه": the accused, then what of (the subject omitted)
    between = text[cue.end : mention.start].split()
    # "نفى المكتب الإعلامي لهيئة تحرير الشام" (HTS's media office denied): the one whose
    # office, spokesman or command speaks
    of_it = between[-1:] == ["ل"] or text.startswith("ل", mention.start)
    return (
        len(between) <= 1
        or (len(between) == 2 and between[-1] == "باسم")
        or (len(between) <= 3 and of_it)
    )


def attribution(text: str, cue_start: int) -> bool:
    """'"...," said X' or '..., said X': the speaker is named after the verb."""
    before = text[max(0, cue_start - 20) : cue_start].rstrip() or text[:cue_start].rstrip()
    return before[-1:] in {",", '"', "”", "'", "’"}


def after_preposition(text: str, start: int, prepositions: Set[str] = PREPOSITIONS) -> bool:
    """ "advancing through Syria", "clashes between the Syrian army and ..."."""
    words = [w.lower() for w in text[max(0, start - 32) : start].split()]
    while words and words[-1] in ("the", "a", "an") or words and words[-1] in DIRECTIONS:
        words.pop()  # "in northeast Syria": the place after "in"
    return bool(words) and words[-1] in prepositions


def topic(
    cue: Hit, lo: int, end: int, trigger_hits: Sequence[Hit], triggers: Sequence[Trigger]
) -> tuple[str | None, bool]:
    """What the claim is about: the first event trigger after the cue, else one before
    it (a quote attributed after the fact); and whether it came from before."""
    after = [h for h in trigger_hits if cue.end <= h.start < end]
    if after:
        return triggers[int(after[0].key)].subtype, False
    before = [h for h in trigger_hits if lo <= h.start < cue.start]
    return (triggers[int(before[0].key)].subtype, True) if before else (None, False)


def disputing_tolls(claims: Sequence[Claim], events: Sequence[Event]) -> list[Claim]:
    """Sources that give one event different tolls ("killing dozens of fighters, the
    army said"; "only two were killed, rebel factions said") contradict each other:
    each source's largest figure of a kind, as ACLED's coding reads them."""
    disputed: set[tuple[str | None, str]] = set()  # (speaker, sentence)
    for event in (e for e in events if len(e.figures) > 1):
        for kind in ("killed", "injured"):
            by_source: dict[str, list[Figure]] = {}
            for figure in event.figures:
                source = figure.source_id or figure.source
                if figure.kind == kind and source is not None:
                    by_source.setdefault(source, []).append(figure)
            if len({max(f.value for f in stated) for stated in by_source.values()}) > 1:
                disputed.update(
                    (f.source_id, f.evidence) for stated in by_source.values() for f in stated
                )
    return [
        replace(claim, contested=True) if (claim.speaker_id, claim.evidence) in disputed else claim
        for claim in claims
    ]


def mark_contested(claims: list[Claim]) -> list[Claim]:
    """Flag claims another speaker contradicts about the same thing."""
    said: dict[str, set[tuple[str | None, str]]] = {}
    for claim in claims:
        if claim.about:
            said.setdefault(claim.about, set()).add((claim.speaker_id, claim.stance))
    return [
        replace(claim, contested=True)
        if claim.about
        and any(
            speaker != claim.speaker_id and stance != claim.stance
            for speaker, stance in said[claim.about]
        )
        else claim
        for claim in claims
    ]
