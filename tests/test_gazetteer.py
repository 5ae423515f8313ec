"""The gazetteer covers what Syria coverage names: every governorate and every
district centre (OCHA's admin 1 and admin 2), each resolving to one place in its
governorate, with coordinates inside Syria; and the actors of the war, each with
ACLED's interaction class."""

from functools import cache

import pytest

from syriawatch.detect import Detector, load_watchlist
from syriawatch.detect.mentions import without_ignored
from syriawatch.detect.text import fold
from syriawatch.records import Entity
from tests.conftest import REPO

# The 14 governorates and the centres of their districts, as copy spells them.
DISTRICT_CENTRES = {
    "gov:damascus": ["Damascus"],
    "gov:rif-dimashq": [
        "Douma",
        "Al-Qutayfah",
        "An-Nabk",
        "Al-Tall",
        "Yabroud",
        "Zabadani",
        "Qatana",
        "Darayya",
        "Qudsaya",
    ],
    "gov:aleppo": [
        "Aleppo",
        "Afrin",
        "Azaz",
        "Al-Bab",
        "Kobani",
        "Jarabulus",
        "Manbij",
        "Al-Safira",
        "Deir Hafer",
        "Atarib",
    ],
    "gov:idlib": ["Idlib", "Ariha", "Harem", "Jisr al-Shughur", "Maarat al-Numan"],
    "gov:hama": ["Hama", "Masyaf", "Salamiyah", "Al-Suqaylabiyah", "Mhardeh"],
    "gov:homs": ["Homs", "Al-Mukharram", "Al-Qusayr", "Al-Rastan", "Talkalakh", "Palmyra"],
    "gov:latakia": ["Latakia", "Al-Haffah", "Jableh", "Qardaha"],
    "gov:tartus": ["Tartus", "Baniyas", "Al-Shaykh Badr", "Dreikish", "Safita"],
    "gov:raqqa": ["Raqqa", "Tabqa", "Tell Abyad"],
    "gov:deir-ez-zor": ["Deir ez-Zor", "Abu Kamal", "Mayadin"],
    "gov:hasakah": ["Hasakah", "Qamishli", "Al-Malikiyah", "Ras al-Ayn"],
    "gov:daraa": ["Daraa", "Izra", "Al-Sanamayn"],
    "gov:suwayda": ["Suwayda", "Salkhad", "Shahba"],
    "gov:quneitra": ["Quneitra", "Fiq"],
}


@cache
def detector() -> Detector:
    return Detector(load_watchlist(REPO / "config" / "watchlist"))


def entities_named(text: str) -> list[Entity]:
    hits = detector().matcher.find(fold(text))
    named = without_ignored(hits.get("entity", []), hits.get("ignore", []))
    return [e for _, e in detector().mentions.one_per_span(named)]


def places_named(text: str) -> list[Entity]:
    return [e for e in entities_named(text) if e.type == "place"]


@pytest.mark.parametrize(
    ("governorate", "centre"),
    [(gov, name) for gov, names in DISTRICT_CENTRES.items() for name in names],
)
def test_every_district_centre_is_a_place_in_its_governorate(governorate: str, centre: str) -> None:
    [place] = places_named(f"Shelling hit {centre} on Monday.")
    assert place.governorate == governorate
    assert 32.3 <= place.lat <= 37.4 and 35.6 <= place.lon <= 42.4


def test_every_governorate_has_its_ocha_pcode() -> None:
    entities = detector().watchlist.entities
    pcodes = {entities[gov].pcode for gov in DISTRICT_CENTRES}
    assert pcodes == {f"SY{n:02d}" for n in range(1, 15)}


@pytest.mark.parametrize(
    ("written", "actor_class"),
    [
        ("the Syrian Arab Army", "state forces"),
        ("Air Force Intelligence", "state forces"),
        ("the Fourth Division", "state forces"),
        ("the National Defence Forces", "political militia"),
        ("Hayat Tahrir al-Sham", "rebel group"),
        ("Jabhat al-Nusra", "rebel group"),
        ("the Sultan Murad Division", "rebel group"),
        ("the Syrian Democratic Forces", "rebel group"),
        ("Islamic State", "rebel group"),
        ("the Men of Dignity", "identity militia"),
        ("Hezbollah", "political militia"),
        ("Jaish al-Fateh", "rebel group"),
        ("Daish", "rebel group"),
        ("the Revolutionary Guards", "external forces"),
        ("Russian forces", "external forces"),
        ("Turkish forces", "external forces"),
        ("the US-led coalition", "external forces"),
        ("Israeli forces", "external forces"),
        ("protesters", "protesters"),
        ("civilians", "civilians"),
    ],
)
def test_actors_carry_acled_interaction_classes(written: str, actor_class: str) -> None:
    [actor] = [e for e in entities_named(f"On Monday {written} moved.") if e.actor_class]
    assert actor.actor_class == actor_class


@pytest.mark.parametrize(
    ("written", "place_id"),
    [
        ("Tell Rifaat", "tal-rifaat"),
        ("Tall Rifaat", "tal-rifaat"),
        ("Ras al-Ayn", "ras-al-ain"),
        ("Kafar Nabl", "kafr-nabl"),
        ("Jebel al-Zawiya", "jabal-al-zawiya"),
    ],
)
def test_latin_spellings_of_one_arabic_word_find_one_place(written: str, place_id: str) -> None:
    assert [p.id for p in places_named(f"Fighting near {written} on Monday.")] == [place_id]


@pytest.mark.parametrize(
    ("written", "place_id"),
    [
        ("Deir az-Zour", "deir-ez-zor"),  # the gazetteer has "Deir al-Zour" and "Deir ez-Zor"
        ("Deir Az-Zour province", "gov:deir-ez-zor"),
        ("Abu al-Duhur", "gn:174611"),  # GeoNames has "Abu ad Duhur"
        ("Er-Raqqa", "raqqa"),
    ],
)
def test_the_arabic_article_in_each_latin_form_finds_one_place(written: str, place_id: str) -> None:
    """ "al-", "el-", or assimilated to the sun letter after it ("az-Zour")."""
    assert [p.id for p in places_named(f"Fighting near {written} on Monday.")] == [place_id]


def test_the_article_is_not_made_an_english_word() -> None:
    """ "as", "at" and "an" are not made from "al-": "Ahrar al-Sham" is also "Ahrar
    ash-Sham", but "al-Tabqa" is never "at Tabqa"."""
    assert [e.id for e in entities_named("Ahrar ash-Sham fighters")] == ["group:ahrar-al-sham"]
    patterns = {form for form, _ in detector().watchlist.patterns()}
    assert {"al tabqa", "al safira"} <= patterns
    assert not {"at tabqa", "as safira"} & patterns


@pytest.mark.parametrize("written", ["قصف على جنوب لبنان", "الحدود بين سوريا ولبنان"])
def test_a_name_as_written_is_not_a_proclitic_form_of_another(written: str) -> None:
    """ "لبنان" is Lebanon, not "ل" + "بنان" (a town in Aleppo); "ولبنان" is "و" +
    Lebanon, not "ول" + "بنان"."""
    assert "state:lebanon" in [e.id for e in entities_named(written)]
    assert places_named(written) == []


@pytest.mark.parametrize(
    ("written", "governorate"),
    [
        ("northern Aleppo", "gov:aleppo"),
        ("جنوبي إدلب", "gov:idlib"),
        ("western Daraa", "gov:daraa"),
    ],
)
def test_a_side_of_a_governorate_is_the_governorate(written: str, governorate: str) -> None:
    assert [p.id for p in places_named(f"Aid reaches people in {written}.")] == [governorate]


@pytest.mark.parametrize(
    "text",
    [
        "أفرج عن معتقلين من السجن",  # "the prison", a village in GeoNames
        "ساحة الكرامة",
        "حكومة جديدة",
        "فتح الباب أمام المفاوضات",  # "opened the door": Al-Bab is "مدينة الباب"
        "وقالت قناة الميادين",  # a television channel
        "قالت السفيرة الأمريكية",  # "the ambassador"; Al-Safira is "بلدة السفيرة"
        "القائم بالأعمال",  # "the chargé d'affaires"
        "Palmyra Atoll",
        "a tin of Latakia tobacco",
    ],
)
def test_words_are_not_places(text: str) -> None:
    """Names that are also words, channels or places elsewhere name no Syrian place."""
    assert places_named(text) == []


@pytest.mark.parametrize(
    ("text", "place_id"),
    [("قصف على مدينة الباب", "al-bab"), ("اشتباكات في بلدة السفيرة", "gn:172503")],
)
def test_a_name_that_is_a_word_is_a_place_after_a_place_word(text: str, place_id: str) -> None:
    assert [p.id for p in places_named(text)] == [place_id]


def test_a_name_two_towns_share_is_the_one_in_the_governorate_named() -> None:
    in_hama = places_named("سيطرت الفصائل على بلدة صوران في ريف حماة الشمالي")
    assert [p.id for p in in_hama] == ["suran-hama", "gov:hama"]
    in_aleppo = places_named("Shelling hit Suran in Aleppo province")
    assert [p.id for p in in_aleppo][0] == "gn:163913"
