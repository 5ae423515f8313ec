"""Casualty figures in text: digits and number words, coded the ACLED way.

"at least seven civilians were killed" -> 7; "dozens killed" -> 12; "tens" -> 10;
"hundreds" -> 100. When a text gives a range or a floor, the most conservative
figure is kept. Only figures tied to a killing (or wounding) word count:
"within 20 kilometres" and "500,000 people" without a killing verb are not
fatalities. Injuries are read the same way ("wounding 15", "20 wounded").
"""

from __future__ import annotations

import re

from .dates import ENGLISH_MONTHS
from .text import contains_any, has_arabic

UNITS = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
TENS = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
VAGUE = {
    "a dozen": 12,
    "dozen": 12,
    "dozens": 12,
    "tens": 10,
    "scores": 20,
    "hundreds": 100,
    "thousands": 1000,
    "tens of thousands": 10_000,
    "hundreds of thousands": 100_000,
}
# Arabic digits read as digits, harakat and tatweel dropped: "قُتل" is "قتل".
ARABIC_READING = str.maketrans(
    "٠١٢٣٤٥٦٧٨٩", "0123456789", "".join(map(chr, range(0x064B, 0x0653))) + "\u0640"
)


def arabic_read(text: str) -> str:
    """The text with Arabic digits as digits and harakat dropped; other text as it is
    (translating every accented Latin name was a measurable cost)."""
    return text.translate(ARABIC_READING) if has_arabic(text) else text


ARABIC_WORDS = {
    "اثنين": 2,
    "اثنان": 2,
    "ثلاثة": 3,
    "أربعة": 4,
    "خمسة": 5,
    "ستة": 6,
    "سبعة": 7,
    "ثمانية": 8,
    "تسعة": 9,
    "عشرة": 10,
    "عشرات": 10,
    "العشرات": 10,
}
# Nouns that carry their count: the dual ("جنديان", "عنصرين": two) and the singular
# ("مقتل عنصر": one). Duals only where the plural is spelled otherwise ("مدنيين"
# is also "civilians").
ARABIC_COUNTED_NOUNS = {
    **{
        f"{stem}{ending}": 2
        for stem in ("جندي", "عنصر", "طفل", "شخص", "رجل", "امرأت", "شاب", "شقيق", "ضابط")
        for ending in ("ان", "ين")
    },
    "مدنيان": 2,
    "مقاتلان": 2,
    "آخران": 2,  # "وأصيب آخران": two others
    # "مقتل عنصر", "إصابة سائقها" (its driver), "وجرح ثالث" (and a third), "وأصيب آخر"
    # (and another): one
    **dict.fromkeys(
        (  # noqa: SIM905 (a line of words reads better than a column)
            "جندي عنصر طفل طفلة شخص رجل امرأة شاب شابة مدني مقاتل ضابط مواطن مواطنة راع "
            "راعي سيدة قيادي سائق سائقها سائقه ثالث رابع آخر"
        ).split(),
        1,
    ),
}
_arabic = "|".join(ARABIC_WORDS)
ARABIC_QUALIFIER = "(?:أكثر من|اكثر من|ما لا يقل عن|لا يقل عن|نحو|حوالي|قرابة|زهاء)"
_arabic_counted = "|".join(sorted(ARABIC_COUNTED_NOUNS, key=len, reverse=True))
_word = "|".join(sorted([*UNITS, *TENS, *SCALES], key=len, reverse=True))
_vague = "|".join(sorted(VAGUE, key=len, reverse=True))
# digits that are not part of a clock time, a decimal number or a date ("10:42 - Two
# people were killed", "27-07-2015 Syria Civilian Killed"), nor a year ("31 Oct 2017 At
# least seven children were killed"): a number that could be one counts people only
# where they are named after it ("2000 people"), and not after a month or a day
# ("17 June 2016 Civilians Killed", "June 17 2016 Civilians Killed")
_MONTHS_WRITTEN = {*ENGLISH_MONTHS, *(name[:3] for name in ENGLISH_MONTHS), "sept"}
_DATED = "|".join(rf"(?<={month} \d{{4}})" for month in (*sorted(_MONTHS_WRITTEN), r"\d"))
_YEAR = (
    r"(?:19|20)\d\d(?!\d)"
    rf"(?:(?!\s+(?:people|persons|civilians|fighters|soldiers|troops)\b)|{_DATED})"
)
_DIGITS = rf"(?<![\d:./-])(?!{_YEAR})(?:\d{{1,3}}(?:,\d{{3}})+|\d+)(?!\d|[:./-]\d)"
NUMBER = rf"(?:{_DIGITS}|{_vague}|(?:{_word})(?:(?:[\s-]|\s+and\s+)(?:{_word}))*)"
QUALIFIER = (
    r"(?:at least|more than|over|about|around|nearly|almost|some|up to|as many as|"
    r"approximately|roughly|an estimated|at most)"
)
# "seven civilians", "19 fighters from both sides"; not "5 and wounded"
# "20 fighters and guards were killed"; not "five civilians and 3 soldiers were killed"
# nor "killed 5 and wounded 12"
VICTIMS = (
    r"(?:(?!or\b|and\s+(?:\d|an?\b|one\b|two\b|three\b|four\b|five\b|killed\b|killing\b"
    r"|wounded\b|wounding\b|injured\b|injuring\b|dead\b|died\b|hurt\b))[a-z-]+\s+){0,5}?"
)
ONE_VICTIM = r"(?:(?!and\b|or\b)[a-z-]+\s+){0,7}?"  # "a member of the National Defence Forces"
# "within 20 km", "since 5 October have killed": no people ("5 may have died" may be)
NOT_PEOPLE = (
    r"(?!\s*(?:km|kilomet|mile|metre|meter|%|percent|(?:january|february|march|april|june|"
    r"july|august|september|october|november|december)\b))"
)
FIGURE_REACH = 120  # characters before an outcome word where its figure can start


# "..., his wife and their son", "and his driver": one more victim each, unless
# the clause moves on to what happened to them ("and his son was wounded").
KIN = (
    r"(?:wife|husband|son|daughter|brother|sister|father|mother|child|driver|bodyguard|"
    r"companion|nephew|niece|cousin|grandson|granddaughter|aide|guard)"
)
COMPANIONS = re.compile(
    rf"(?:,|\band)\s+(?:his|her|their)\s+(?:\w+\s+)?{KIN}\b"
    r"(?!\s+(?:was|were|is|are|survived|escaped)\b)",
)
# "killed an Iranian general and four guards": four more, counted (not "and 20 were
# wounded", who are another figure)
AND_MORE_COUNTED = re.compile(rf"\band\s+(?P<num>{NUMBER})\s+(?!(?:were|was|others?|more)\b)[a-z]")


# "قتلت امرأة وطفلها" (a woman and her child): one more for each of her kin named
ARABIC_KIN = r"و(?:طفل|ابن|ابنت|زوج|شقيق|شقيقت|والد|والدت)\S*"
_ARABIC_AND_MORE = rf"(?:\s+من(?:\s+\S+){{1,3}}?\s+و(?P<more>{_arabic}|\d+)\s+من\s)?"


class Outcome:
    """How copy states one kind of casualty figure, in English and Arabic.

    `acting` verbs take the figure after them ("killing seven", "wounded 12"),
    `passive` words follow it ("seven civilians were killed", "12 injured").
    Patterns read the sentence in lower case (re's IGNORECASE made them three
    times slower) and are tried only where they can match: the verb patterns
    where a verb starts, the figure-then-word pattern in the stretch before each
    such word (tried at every position of a sentence, it cost more than all the
    others).
    """

    def __init__(
        self,
        *,
        acting: str,
        passive: str,
        extra: tuple[tuple[str, str], ...],
        arabic_acting: str,
        arabic_passive: str,
        arabic_own: str,
        hints: str,
        arabic_hints: str,
    ) -> None:
        # words one of which every pattern needs: most sentences need no regex
        self.hints = tuple(hints.split())
        self.arabic_hints = tuple(arabic_hints.split())
        self.verb = re.compile(rf"\b{acting}")
        self.after_verb = tuple(  # tried only where a verb starts
            re.compile(p)
            for p in (
                # "killed four fighters and six soldiers": both groups count
                rf"{acting}\s+(?:{QUALIFIER}\s+)?(?P<num>{NUMBER})\b{NOT_PEOPLE}"
                rf"(?:(?:\s+[\w'-]+){{1,5}}?\s+and\s+(?:{QUALIFIER}\s+)?(?P<more>{NUMBER}|an?)\b{NOT_PEOPLE})?",
                # victims named without a number: "shot dead a former commander", and
                # the kin or companions named with them: "a man, his wife and their son"
                rf"{acting}\s+(?P<num>a|an|one)\s+(?!number\b|few\b|dozen\b|total\b)"
                rf"(?P<with>[^.;:]{{0,80}})",
            )
        )
        # (a word the pattern needs, the pattern): most sentences lack the word
        self.extra = tuple((needs, re.compile(p)) for needs, p in extra)
        self.word = re.compile(rf"\b{passive}\b")
        self.before_word = re.compile(
            rf"\b(?:{QUALIFIER}\s+)?(?P<num>{NUMBER}){NOT_PEOPLE}\s+{VICTIMS}"
            rf"(?:were\s+|have\s+been\s+|had\s+been\s+|are\s+|was\s+)?{passive}\b"
            # one victim told in the singular: "a man was shot dead", "a child was hurt"
            rf"|\b(?P<one>a|an|one)\s+{ONE_VICTIM}(?:(?:was|has\s+been|had\s+been)\s+"
            rf"(?:shot\s+|found\s+|beaten\s+to\s+)?{passive}|died)\b"
            # "a woman and her two children were killed": one more than the number
            rf"|\b(?:a|an|one)\s+(?:[a-z-]+\s+){{1,2}}?and\s+(?:his|her|their)\s+"
            rf"(?P<num_and_one>{NUMBER})\s+{VICTIMS}(?:were\s+|have\s+been\s+|are\s+)?{passive}\b"
        )
        self.arabic = tuple(
            re.compile(p)
            for p in (
                # "مقتل ستة من عناصر قسد وثلاثة من مقاتلي العشائر": both groups count
                rf"{arabic_acting}\s+(?:\S+\s+)?(?:{ARABIC_QUALIFIER}\s+)?(?P<num>{_arabic})(?!\w)"
                rf"{_ARABIC_AND_MORE}",
                # "مقتل عنصر", "اغتال مجهولون قيادياً" (unknown men assassinated a commander)
                rf"{arabic_acting}\s+(?:(?!\d|(?:{_arabic})(?!\w))\S+\s+)?"
                rf"(?P<num>{_arabic_counted})ا?(?!\w)(?P<kin_with>(?:\s+{ARABIC_KIN})*)",
                rf"{arabic_acting}\s+(?:\S+\s+)?(?:{ARABIC_QUALIFIER}\s+)?(?P<num>\d+){_ARABIC_AND_MORE}",
                rf"(?P<num>\d+|{_arabic})\s+(?:\S+\s+)?{arabic_passive}",
                # "قتل طفلان وأصيبت والدتهما" (and their mother was hurt): one
                rf"و{arabic_acting}ت?\s+(?P<kin>(?:والد|شقيق|زوج|ابن|مرافق)\S*)",
            )
        )
        # "ما أدى إلى مقتله" (which led to his death): one, two for "هما"; read only where
        # the sentence gives no figure (", and the Observatory confirmed his death")
        self.arabic_own = re.compile(rf"(?<!\S){arabic_own}(?P<own>ه|ها|هما)(?!\w)")

    def figure_in(self, sentence: str) -> int | None:
        """The most conservative figure of this kind the sentence states, or None."""
        return self.figure_in_reading(reading(sentence))

    def figure_in_reading(self, sentence: str) -> int | None:
        """`figure_in` of a sentence already in its `reading`."""
        matches: list[re.Match[str]] = []
        if contains_any(sentence, self.hints):
            for verb in self.verb.finditer(sentence):
                for pattern in self.after_verb:
                    match = pattern.match(sentence, verb.start())
                    if match:
                        matches.append(match)
            for needs, pattern in self.extra:
                if needs in sentence:
                    matches += pattern.finditer(sentence)
            for word in self.word.finditer(sentence):
                start = max(0, word.start() - FIGURE_REACH)
                match = self.before_word.search(sentence, start, word.end())
                if match:
                    matches.append(match)
        if not sentence.isascii() and contains_any(sentence, self.arabic_hints):
            matches += (m for pattern in self.arabic for m in pattern.finditer(sentence))
            if not matches:
                own = self.arabic_own.search(sentence)
                if own:
                    return 2 if own["own"] == "هما" else 1
        figures = []
        for match in matches:
            groups = match.groupdict()
            written = groups.get("num") or groups.get("one") or groups.get("num_and_one")
            value = 1 if groups.get("kin") else parse_number(written) if written else None
            if value is not None and groups.get("num_and_one"):
                value += 1
            if value is not None and groups.get("more"):
                value += parse_number(groups["more"]) or 0
            if value is not None and groups.get("with"):
                value += len(COMPANIONS.findall(groups["with"]))
                more = AND_MORE_COUNTED.search(groups["with"])
                value += (parse_number(more["num"]) or 0) if more else 0
            if value is not None and groups.get("kin_with"):
                value += len(groups["kin_with"].split())
            if value is not None:
                figures.append(value)
        return min(figures) if figures else None


FATALITIES = Outcome(
    acting=(
        r"(?:killed|killing|kills|kill|executed|executing|shot dead|gunned down|assassinated|"
        r"claimed the lives of|claiming the lives of)"
    ),
    passive=(
        r"(?:killed|dead|died|slain|lost their lives|were killed|have been killed|perished|"
        r"assassinated)"
    ),
    extra=(
        (
            "toll",
            rf"\b(?:death\s+)?toll\b[^.]{{0,150}}?\b(?:to|at|of|reached|hit)\s+(?:{QUALIFIER}\s+)?"
            rf"(?P<num>{NUMBER})\b",
        ),
        ("death", rf"\b(?:the\s+)?deaths?\s+of\s+(?:{QUALIFIER}\s+)?(?P<num>a|an|{NUMBER})\s"),
    ),
    # "العثور على جثة شاب" (a young man's body found): one dead
    arabic_acting="(?:مقتل|قتلوا|قتلت|قتل|استشهاد|استشهد|مصرع|اغتيال|اغتال|اغتيل|جثة|جثث)",
    # "لقي 11 شخصاً حتفهم": met their death
    arabic_passive="(?:قتلى|قتيلا|قتيلاً|شهداء|شهيدا|شهيداً|حتفهم|حتفه|مصرعهم|مصرعه)",
    arabic_own="(?:مقتل|استشهاد|مصرع|اغتيال)",
    hints="kill dead died death toll slain execut shot lives perish assassinat",
    arabic_hints="قتل قتيل استشهاد استشهد شهداء شهيد مصرع حتف اغتي اغتال جثة جثث",
)
INJURIES = Outcome(
    acting=r"(?:wounded|wounding|wounds|injured|injuring|injures)",
    passive=r"(?:wounded|injured|hurt)",
    # "a child was killed and his mother wounded"
    extra=(
        (
            "and",
            rf"\band\s+(?:his|her|their)\s+(?P<kin>{KIN})\s+(?:was\s+)?(?:wounded|injured|hurt)\b",
        ),
    ),
    arabic_acting="(?:إصابة|اصابة|أصيب|اصيب|جرح)",
    arabic_passive="(?:جرحى|جريحا|جريحاً|مصابين|مصابا|مصاباً)",
    arabic_own="(?:إصابت|اصابت)",
    hints="wound injur hurt",
    arabic_hints="جرح جريح إصاب اصاب صيب مصاب",
)


def parse_number(text: str) -> int | None:
    """'seven' -> 7, 'twenty-one' -> 21, 'two hundred and five' -> 205, '1,200' -> 1200."""
    text = reading(text.strip())
    if text in VAGUE:
        return VAGUE[text]
    if text in ("a", "an"):
        return 1
    if text in ARABIC_WORDS:
        return ARABIC_WORDS[text]
    if text in ARABIC_COUNTED_NOUNS:
        return ARABIC_COUNTED_NOUNS[text]
    digits = text.replace(",", "")
    if digits.isdigit():
        return int(digits)
    total, current = 0, 0
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word in SCALES:
            scale = SCALES[word]
            if scale == 100:
                current = max(current, 1) * 100
            else:
                total += max(current, 1) * scale
                current = 0
        else:
            return None
    return total + current


def reading(sentence: str) -> str:
    """The form figures are read in: lower case, Arabic digits as digits, no harakat."""
    return arabic_read(sentence).lower()


def may_state_casualties(sentence_reading: str) -> bool:
    """Whether either kind of figure may be read: one pre-test for the many sentences
    that state no casualty at all."""
    if contains_any(sentence_reading, _ANY_CASUALTY):
        return True
    return not sentence_reading.isascii() and contains_any(sentence_reading, _ANY_ARABIC)


_ANY_CASUALTY = (*FATALITIES.hints, *INJURIES.hints)
_ANY_ARABIC = (*FATALITIES.arabic_hints, *INJURIES.arabic_hints)
