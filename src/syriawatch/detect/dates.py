"""The day an event happened: "yesterday", weekday names and explicit dates in a
sentence, in English and Arabic, resolved against the publication date.

"on Sunday" is the last Sunday on or before publication; "November 27" and
"27 November" (or "27 تشرين الثاني") are the last such day on or before it;
"yesterday", "last night", "أمس" are the day before. A sentence that names no
day happened on the publication day.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta

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
            ("april", "نيسان", "أبريل", "ابريل"),
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


_DAY = re.compile(
    rf"(?<!\w)(?P<back>{_either(DAYS_BACK)})(?!\w)"
    rf"|(?<!\w)(?P<weekday>{_either(WEEKDAYS)})(?!\w)"
    rf"|(?<!\w)(?P<month>{_either(MONTHS)})\s+(?P<day>\d{{1,2}})(?!\d)"
    rf"|(?<!\d)(?P<day_first>\d{{1,2}})\s+(?P<month_after>{_either(MONTHS)})(?!\w)",
    re.IGNORECASE,
)
# Cheap pre-tests: most sentences name no day ("day" covers the English weekdays).
_ENGLISH_HINT = re.compile("day|night|" + "|".join(m[:3] for m in MONTHS if m.isascii()))
_ARABIC_HINT = re.compile(
    _either(name for name in (*WEEKDAYS, *MONTHS, *DAYS_BACK) if not name.isascii())
)


def resolve_date(sentence: str, published: datetime | None) -> date | None:
    """The day an event happened, from the sentence and the publication date."""
    if published is None:
        return None
    day = published.date()
    if not _ENGLISH_HINT.search(sentence.lower()) and (
        sentence.isascii() or not _ARABIC_HINT.search(sentence)
    ):
        return day
    match = _DAY.search(sentence)
    if not match:
        return day
    if match["back"]:
        return day - timedelta(days=DAYS_BACK[match["back"].lower()])
    if match["weekday"]:
        return day - timedelta(days=(day.weekday() - WEEKDAYS[match["weekday"].lower()]) % 7)
    month = MONTHS[(match["month"] or match["month_after"]).lower()]
    try:
        resolved = date(day.year, month, int(match["day"] or match["day_first"]))
    except ValueError:  # "February 30"
        return day
    return resolved if resolved <= day else resolved.replace(year=day.year - 1)
