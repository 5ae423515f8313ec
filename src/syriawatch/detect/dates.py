"""The day an event happened: "yesterday", weekday names and explicit dates in a
sentence, in English and Arabic, resolved against the publication date.

"on Sunday" is the last Sunday on or before publication; "November 27" and
"27 November" (or "27 تشرين الثاني") are the last such day on or before it,
"30 September 2015" is that day; "yesterday", "last night", "أمس" are the day
before. What a sentence that names no day means is for the caller to say.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from datetime import date, timedelta

from .before import WordsBefore
from .matcher import Hit, hit_start
from .sentences import by_sentence, sentence_at

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
    "الاثنين": 0,
    "الإثنين": 0,
    "الثلاثاء": 1,
    "الأربعاء": 2,
    "الاربعاء": 2,
    "الخميس": 3,
    "الجمعة": 4,
    "السبت": 5,
    "الأحد": 6,
    "الاحد": 6,
}
# English; the Levantine names Syrian outlets use; the Egyptian and Gulf ones.
MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "كانون الثاني", "يناير"),
            ("february", "شباط", "فبراير"),
            ("march", "آذار", "مارس"),
            ("april", "نيسان", "أبريل", "ابريل", "إبريل"),
            ("may", "أيار", "ايار", "مايو"),
            ("june", "حزيران", "يونيو"),
            ("july", "تموز", "يوليو"),
            ("august", "آب", "أغسطس", "اغسطس"),
            ("september", "أيلول", "ايلول", "سبتمبر"),
            ("october", "تشرين الأول", "تشرين الاول", "أكتوبر", "اكتوبر"),
            ("november", "تشرين الثاني", "نوفمبر"),
            ("december", "كانون الأول", "كانون الاول", "ديسمبر"),
        ),
        start=1,
    )
    for name in names
}
DAYS_BACK = {
    "today": 0,
    "tonight": 0,
    "yesterday": 1,
    "last night": 1,
    "اليوم": 0,
    "أمس": 1,
    "امس": 1,
    "الأمس": 1,
    "البارحة": 1,
    "الليلة الماضية": 1,
    "أمس الأول": 2,
}


def _either(words: Iterable[str]) -> str:
    """A regex alternation of the words, longest first ("أمس الأول" before "أمس")."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))


# "May" is also a verb: "the toll of 12 may rise" names no day.
_NOT_A_MONTH = {"may": r"(?!\s+(?:be|have|has|not|also|well|still|rise|increase|climb|never))"}
_MONTH = "|".join(
    re.escape(name) + _NOT_A_MONTH.get(name, "") for name in sorted(MONTHS, key=len, reverse=True)
)
_ALSO = rf"(?:\s*[/\\]+\s*(?:{_MONTH}))?"  # Arabic copy pairs them: "أيلول/سبتمبر"
_YEAR = r"(?:19|20)\d\d(?!\d)"
_DAY = re.compile(
    rf"(?<!\w)(?P<back>{_either(DAYS_BACK)})(?!\w)"
    rf"|(?<!\w)(?P<weekday>{_either(WEEKDAYS)})(?!\w)"
    rf"|(?<!\w)(?P<month>{_MONTH}){_ALSO}\s+(?P<day>\d{{1,2}})(?!\d)"
    rf"(?:,?\s+(?P<year>{_YEAR}))?"
    rf"|(?<!\d)(?P<day_first>\d{{1,2}})\s+(?P<month_after>{_MONTH})(?!\w){_ALSO}"
    rf"(?:,?\s+(?P<year_after>{_YEAR}))?"
)  # searched in lower case: faster than re.IGNORECASE
# Words that every way of naming a day contains: the detector's automaton finds them,
# and only sentences with one are read with _DAY (scanning all text with it was slow).
DAY_WORDS = (*WEEKDAYS, *MONTHS, *DAYS_BACK)
_DIGITS_BEFORE = 8  # "27 November": where a day named by its date starts, before the month


def day_named(sentence: str, published: date) -> date | None:
    """The day a sentence names, against the publication date; None if it names none."""
    return _resolved(_DAY.search(sentence.lower()), published)


def days_named(
    text: str, starts: Sequence[int], published: date, day_words: Sequence[Hit]
) -> dict[int, date]:
    """The day each sentence of the text names (by index, from `starts`), for those
    that name one; `day_words` are the DAY_WORDS found in the text."""
    days = {}
    for index, found in by_sentence(day_words, starts, hit_start).items():
        lo, hi = sentence_at(starts, text, index)
        begin = max(0, found[0].start - lo - _DIGITS_BEFORE)
        day = _resolved(_DAY.search(text[lo:hi].lower(), begin), published)
        if day is not None:
            days[index] = day
    return days


def _resolved(match: re.Match[str] | None, published: date) -> date | None:
    if not match:
        return None
    if match["back"]:
        return published - timedelta(days=DAYS_BACK[match["back"]])
    if match["weekday"]:
        return published - timedelta(days=(published.weekday() - WEEKDAYS[match["weekday"]]) % 7)
    month = MONTHS[match["month"] or match["month_after"]]
    day = int(match["day"] or match["day_first"])
    year = match["year"] or match["year_after"]
    years = (int(year),) if year else (published.year, published.year - 1)  # else last year's
    for candidate in years:
        try:
            named = date(candidate, month, day)
        except ValueError:  # "February 30", or 29 February outside a leap year
            continue
        if named <= published:
            return named
    return None


# "the 2013 chemical attack", "In 2013, sarin rockets", "years after the first
# protests", "five years after government forces retook Daraa", "بعد أيام من مشاركتهم
# في مظاهرات" (days after they took part in protests), "he had been arrested", "the
# site of a deadly April chemical attack", "الذكرى السنوية الأولى للهجوم" (the first
# anniversary of the attack): a past event named (a day named with the year is an
# event told).
_PAST_NAMED = WordsBefore(
    # "the 2018 Douma chlorine attack": the year, and the place's name between
    r"(?:\b(?P<year>(?:19|20)\d\d)\s+(?:(?-i:[A-Z])[\w'-]*\s+){0,2}"
    r"|\bin\s+(?P<in_year>(?:19|20)\d\d),?\s+(?:[\w'-]+\s+){0,4}"
    # "homes damaged in years of fighting": the war, not a battle
    r"|\b(?:years|months|decades?)\s+of\s+(?:heavy\s+|fierce\s+|intense\s+)?"
    # "died of wounds sustained days ago in a landmine explosion"
    r"|\b(?:days|weeks|months|years)\s+ago\s+(?:in|during|from)\s+(?:an?|the)\s+(?:[\w'-]+\s+)?"
    r"|\b(?:years?|decades?|months?|weeks?|days?)\s+(?:after|since)\s+"
    r"(?:the\s+)?(?:first\s+)?(?:(?!and\b|but\b|while\b)[\w'-]+\s+){0,5}"
    r"|\banniversary\s+of\s+(?:the\s+)?(?:first\s+)?"
    r"|(?:بعد|منذ)\s+(?:أيام|أسابيع|أشهر|شهور|سنوات|أعوام|عام)\s+(?:من|على)\s+(?:\S+\s+){0,3}"
    r"|\bhad\s+been\s+|\bsite\s+of\s+(?:an?|the)\s+(?:[\w'-]+\s+){0,3}"
    r"|(?:ال)?ذكرى\s+(?:\S+\s+){0,2})$",
    reach=40,
    # "after"/"since", not "day": weekdays are everywhere
    needs=(
        *("19", "20", "after", "since", "ago", "anniversar", "بعد", "منذ", "had", "site"),
        *("ذكرى", "years", "months", "decade"),
    ),
)


# "Palmyra, which they captured in May 2015", "seized the town and proclaimed it its
# capital in 2014", "recaptured from the extremist group in March" (in an October
# article): a year, or a month without its day, told just after the trigger, before
# the article's own (a month back may still be news)
ENGLISH_MONTHS = tuple(name for name in MONTHS if name.isascii())
_DATED_AFTER = re.compile(
    r"(?:\s+[\w'-]+){0,5}?\s+in\s+(?:(?:early|late|mid-?)\s*)?"
    rf"(?=(?:{'|'.join(ENGLISH_MONTHS)})\b|(?:19|20)\d\d\b)"  # "in Idlib ... in 2015"
    rf"(?:(?P<month>{'|'.join(ENGLISH_MONTHS)})\b\s*)?(?P<year>(?:19|20)\d\d\b)?",
    re.IGNORECASE,
)
DATED_AFTER_REACH = 50


def dated_before_publication(text: str, end: int, published: date | None) -> bool:
    """Whether the words after a trigger ending at `end` date it months or years
    before the article."""
    if published is None:
        return False
    reach = end + DATED_AFTER_REACH
    if text.find(" in ", end, reach) < 0:
        return False
    match = _DATED_AFTER.match(text, end, reach)
    if match is None:
        return False
    if match["year"]:
        return int(match["year"]) < published.year
    if match["month"]:
        return (published.month - MONTHS[match["month"].lower()]) % 12 >= 2
    return False


def names_past_event(text: str, start: int, published: date | None) -> bool:
    """Whether the words before `start` make what follows a past event named."""
    match = _PAST_NAMED.search(text, start)
    if match is None:
        return False
    year = match.group("year") or match.group("in_year")
    return year is None or (published is not None and int(year) < published.year)


# "In 2018, government forces retook Daraa", "Under a 2018 deal brokered by Russia,
# former rebels handed over their weapons": a sentence that opens in a year before the
# article's tells history
_OPENS_IN_A_YEAR = re.compile(
    r"\s*(?:(?:in|under|after|by|during|until|since)\s+(?:(?:an?|the)\s+)?"
    r"(?:(?:early|late|mid-?)\s*)?(?:[a-z]+\s+)?"
    # "في مثل هذا اليوم من عام 2013" (on this day in 2013), "في عام 2013"
    r"|(?:في\s+)?(?:مثل\s+هذا\s+اليوم\s+من\s+)?(?:عام|سنة)\s+)"
    r"(?P<year>(?:19|20)\d\d)\b"
    r"(?!\s+(?:people|civilians|fighters|soldiers|troops|rebels|members)\b)",
    re.IGNORECASE,
)


def opens_in_a_past_year(text: str, start: int, published: date | None) -> bool:
    """Whether the sentence starting at `start` opens in a year before `published`."""
    match = _OPENS_IN_A_YEAR.match(text, start)
    return match is not None and published is not None and int(match["year"]) < published.year


# "as fighting with Turkish-backed factions entered its second month": a war's course,
# not an event of the day
_ITS_NTH = re.compile(
    r"(?:\s+[\w'-]+){0,6}?\s+(?:entered|entering|enters|is\s+in|was\s+in)\s+its\s+"
    r"(?:second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th)|\w+th)"
    r"\s+(?:day|week|month|year)\b",
    re.IGNORECASE,
)


def told_as_ongoing(text: str, end: int) -> bool:
    """Whether the words after a trigger ending at `end` count how long it has gone on."""
    return " its " in text[end : end + 80] and _ITS_NTH.match(text, end, end + 80) is not None
