from datetime import UTC, date, datetime
from functools import cache
from pathlib import Path

import pytest

from syriawatch.detect import Detector, load_watchlist
from syriawatch.detect.contract import detection_json
from syriawatch.detect.dates import day_named
from syriawatch.detect.numbers import FATALITIES, INJURIES, parse_number
from syriawatch.detect.text import fold, fold_phrase, fold_word_by_word
from syriawatch.normalise import normalise
from syriawatch.records import RawDocument, Source
from syriawatch.sources.seeds import collect_seed_source, seed_source
from tests.conftest import REPO, SAMPLE

NOW = datetime(2024, 12, 8, tzinfo=UTC)


@cache
def detector() -> Detector:
    return Detector(load_watchlist(REPO / "config" / "watchlist"))


def analyse(title: str, body: str, published: str | None = None) -> dict:
    raw = RawDocument(Source("seed", "t", "/t"), "t", title, body, published=published)
    article = normalise(raw, NOW)
    return detection_json(article, detector().detect(article), detector().watchlist)


@pytest.fixture(scope="module")
def sample() -> dict:
    [raw] = collect_seed_source(seed_source(SAMPLE)).documents
    article = normalise(raw, NOW)
    return detection_json(article, detector().detect(article), detector().watchlist)


def test_sample_entities(sample: dict) -> None:
    entities = {e["name"]: e for e in sample["entities"]}
    for name in (
        "Bashar al-Assad",
        "Hassan Abdel Ghani",
        "Hayat Tahrir al-Sham",
        "Syrian Observatory for Human Rights",
        "Russia",
        "Syrian Ministry of Defence",
        "Syrian Democratic Forces",
        "Ahmed al-Sharaa",
        "Syrian rebels",
        "Military Forces of Syria (2000-2024)",
    ):
        assert name in entities, name
    assert "Abu Mohammed al-Jolani" in entities["Ahmed al-Sharaa"]["surface_forms"]
    assert (
        "Syria Observatory for Human Rights"
        in entities["Syrian Observatory for Human Rights"]["surface_forms"]
    )
    assert "Kurdish-led forces" in entities["Syrian Democratic Forces"]["surface_forms"]
    assert "defence ministry" in entities["Syrian Ministry of Defence"]["surface_forms"]
    assert entities["Hayat Tahrir al-Sham"]["type"] == "armed_group"
    assert entities["Bashar al-Assad"]["mentions"] == 5


def test_sample_places_with_coordinates(sample: dict) -> None:
    places = {p["name"]: p for p in sample["places"]}
    for name in (
        "Damascus",
        "Daraa Governorate",
        "Quneitra",
        "Golan Heights",
        "Homs",
        "Deir ez-Zor",
        "Saasaa",
    ):
        assert name in places, name
    assert places["Damascus"]["lat"] == pytest.approx(33.51, abs=0.05)
    assert places["Damascus"]["lon"] == pytest.approx(36.28, abs=0.05)
    assert "Rif Dimashq Governorate" in places  # "the Damascus countryside"


def test_sample_events(sample: dict) -> None:
    assert sample["is_syria_related"] and sample["relevance"] > 0.9
    events = {(e["subtype"], e["location"]): e for e in sample["events"]}
    homs = events[("Air/drone strike", "Homs")]
    assert homs["type"] == "Explosions/Remote violence"
    assert homs["fatalities"] == 7
    assert {"Military Forces of Syria (2000-2024)", "Military Forces of Russia"} <= set(
        homs["actors"]
    )  # "their ally Russia": a state that acts is its military
    assert ("Non-state actor overtakes territory", "Saasaa") in events
    assert ("Non-state actor overtakes territory", "Damascus") in events
    for place in ("Daraa Governorate", "Quneitra", "Deir ez-Zor"):
        assert ("Non-violent transfer of territory", place) in events
    assert (
        "Syrian Democratic Forces"
        in events[("Non-violent transfer of territory", "Deir ez-Zor")]["actors"]
    )


def test_background_figures_and_denials_are_not_events(sample: dict) -> None:
    assert all(e["fatalities"] in (None, 7) for e in sample["events"])
    assert not any("500,000" in e["evidence"] for e in sample["events"])
    assert not any("no truth" in e["evidence"].lower() for e in sample["events"])
    denied = analyse(
        "Ministry denies retreat",
        "The Syrian defence ministry denied that its forces had withdrawn from Hama.",
    )
    assert denied["events"] == []


@pytest.mark.parametrize(
    "written",
    [
        "Abu Mohammed al-Jolani",
        "Abu Mohammed el-Jolani",
        "Jolani",
        "al-Julani",
        "AL-JOLANI",
        "الجولاني",
        "أحمد الشرع",
        "Ahmed al-Sharaa",
    ],
)
def test_one_person_many_names(written: str) -> None:
    result = analyse("Syria", f"In Syria, {written} spoke in Damascus on Monday.")
    assert "Ahmed al-Sharaa" in {e["name"] for e in result["entities"]}


@pytest.mark.parametrize(
    ("published", "president", "forces"),
    [
        ("2023-05-01T09:00:00Z", "person:bashar-al-assad", "group:syrian-government-forces"),
        ("2025-03-10T09:00:00Z", "person:ahmed-al-sharaa", "group:syrian-forces-2024"),
    ],
)
def test_names_resolve_with_their_meaning_on_the_publication_date(
    published: str, president: str, forces: str
) -> None:
    """'The Syrian president' and 'government forces' changed hands on 8 December
    2024: the same words name different entities before and after."""
    body = (
        "Government forces shelled Idlib on Monday, and the Syrian president said "
        "fighting would go on."
    )
    entities = {e["id"] for e in analyse("Syria", body, published=published)["entities"]}
    assert {president, forces} <= entities
    other = {"person:bashar-al-assad", "person:ahmed-al-sharaa"} - {president}
    assert not other & entities


@pytest.mark.parametrize(
    ("published", "assad"),
    [
        ("1998-05-01T09:00:00Z", "person:hafez-al-assad"),
        ("2012-05-01T09:00:00Z", "person:bashar-al-assad"),
    ],
)
def test_assad_is_the_president_of_the_day(published: str, assad: str) -> None:
    result = analyse("Syria", "President Assad met envoys in Damascus.", published=published)
    presidents = {"person:hafez-al-assad", "person:bashar-al-assad"}
    assert {e["id"] for e in result["entities"]} & presidents == {assad}


def test_the_family_is_no_one_of_them() -> None:
    result = analyse("Syria", "The Assad family ruled Syria for five decades.")
    assert not {e["id"] for e in result["entities"]} & {
        "person:bashar-al-assad",
        "person:hafez-al-assad",
    }


def test_undated_names_keep_their_meaning() -> None:
    body = "Assad forces and General Security units clashed near Homs."
    entities = {
        e["id"] for e in analyse("Syria", body, published="2025-03-10T09:00:00Z")["entities"]
    }
    assert {"group:syrian-government-forces", "group:syrian-forces-2024"} <= entities


@pytest.mark.parametrize(
    "written",
    [
        "Deir ez-Zor",
        "Deir Ezzor",
        "Dayr al-Zawr",
        "Deir el-Zor",
        "DEIR EZ-ZOR",
        "دير الزور",
        "بدير الزور",
    ],
)
def test_transliterations_resolve_to_one_place(written: str) -> None:
    places = {
        p["id"] for p in analyse("News", f"Syrian forces moved near {written} today.")["places"]
    }
    assert places == {"deir-ez-zor"}


def test_arabic_harakat_tatweel_and_alef_forms_fold_away() -> None:
    assert fold_phrase("دِمَشْق") == fold_phrase("دمـــشق") == fold_phrase("دمشق")
    assert fold_phrase("إدلب") == fold_phrase("ادلب")
    assert fold_phrase("Ḥomṣ") == "homs"


def test_spans_map_back_to_the_original_text() -> None:
    text = "Fighting in  Deir-ez-Zor,\u00a0near Al-Bukamal."
    folded = fold(text)
    # every character between words becomes one space: positions map back one to one
    assert folded.folded == " fighting in  deir ez zor  near al bukamal  "
    start = folded.folded.index("deir")
    assert text[slice(*folded.span(start, start + len("deir ez zor")))] == "Deir-ez-Zor"
    result = analyse("x", f"Syria: {text}")
    places = {p["name"] for p in result["places"]}
    assert places == {"Deir ez-Zor", "Al-Bukamal"}


@pytest.mark.parametrize(
    "text",
    [
        "Fighting in  Deir-ez-Zor,\u00a0near Al-Bukamal.",
        "The U.S.-led coalition said Dayr \u2018A\u0163\u012byah was hit.",
        "قصف على حلب، وإدلب.",
    ],
)
def test_both_ways_of_folding_agree(text: str) -> None:
    """The one-pass fold and the word-by-word fold give one string, so an alias
    matches the same words whichever way a text was folded."""
    assert fold(text).folded == fold_word_by_word(text).folded


def test_word_boundaries() -> None:
    result = analyse("Hamas and the Assadist", "Hamas officials met in Doha. Homsy and Damascene.")
    names = {e["name"] for e in result["entities"]} | {p["name"] for p in result["places"]}
    assert "Hama" not in names and "Homs" not in names and "Bashar al-Assad" not in names


def test_governorate_is_named_with_its_word() -> None:
    places = {
        p["id"]
        for p in analyse("x", "Syrian army shelled Homs province. Homs city is calm.")["places"]
    }
    assert places == {"gov:homs", "homs"}


@pytest.mark.parametrize(
    ("title", "body", "places"),
    [
        # the headline's bare "Idlib" is the province the body names
        (
            "Air strikes kill 9 in Idlib",
            "Strikes hit Sarmin in Syria's Idlib province.",
            {"gov:idlib", "gn:164782"},
        ),
        # unless the article says it means the city
        (
            "Air strikes hit Idlib",
            "Strikes hit the city of Idlib, in Idlib province.",
            {"gov:idlib", "idlib"},
        ),
        # and without the province named, "Idlib" stays the city
        ("Air strikes hit Idlib", "Strikes hit Idlib on Monday.", {"idlib"}),
    ],
)
def test_a_bare_capital_is_its_governorate_when_the_article_names_it(
    title: str, body: str, places: set[str]
) -> None:
    assert {p["id"] for p in analyse(title, body)["places"]} == places


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("seven", 7),
        ("twenty-one", 21),
        ("two hundred and five", 205),
        ("1,200", 1200),
        ("dozens", 12),
        ("tens", 10),
        ("hundreds", 100),
        ("٧", 7),
    ],
)
def test_number_words(text: str, value: int) -> None:
    assert parse_number(text) == value


@pytest.mark.parametrize(
    ("sentence", "killed"),
    [
        ("Air strikes killed at least seven civilians near Homs.", 7),
        ("At least 12 people were killed in the shelling.", 12),
        ("The death toll rose to 23 on Friday.", 23),
        ("Dozens were killed in the blast.", 12),
        ("The fighting killed four SDF fighters and six members of the SNA.", 10),
        ("Rebels were within 20 kilometres of Damascus.", None),
        ("Shelling killed 3 people, while another 5 were wounded.", 3),
        ("ما أدى إلى مقتل 3 مدنيين", 3),
        ("ما أدى إلى مقتل مدنيين اثنين، بحسب", 2),
        ("The death toll from air strikes on a market in the town of Binnish rose to 11.", 11),
        ("Militants executed 12 men accused of collaborating.", 12),
        ("Gunmen shot dead a former rebel commander.", 1),
        ("Unknown gunmen assassinated a local council member in Al-Busayrah.", 1),
        ("The bombardment has claimed the lives of 43 civilians in the past day.", 43),
        ("A member of the National Defence Forces was killed in an attack.", 1),
        ("Gunmen shot dead a man, his wife and their son near Salamiyah.", 3),
        ("A drone strike killed a commander of a faction and his driver on Sunday.", 2),
        ("A sniper killed a man in Daraa, and his son was wounded.", 1),
        ("The strikes killed a number of people.", None),
        ("A man was shot dead by unidentified gunmen outside his home.", 1),
        ("The Observatory said 19 fighters from both sides were killed.", 19),
        ("Activists documented the death of a shepherd in a landmine explosion.", 1),
        ("قُتل ستة مدنيين، بينهم طفلان، جراء غارات جوية", 6),  # harakat
        ("أسفرت الاشتباكات عن مقتل عنصر من الأمن", 1),  # the singular counts one
        ("رصد المرصد مقتل عنصرين من قوات سوريا الديمقراطية", 2),  # the dual counts two
        ("10:42 - Two people were killed when a drone struck a motorcycle.", 2),  # a clock
        ("A shell killed 2.5 km from the front line the day before.", None),  # a decimal
        ("اغتال مجهولون قيادياً سابقاً في مدينة جاسم", 1),  # the object after the subject
        ("وثقت الشبكة مقتل 12 مدنياً، بينهم 5 أطفال", 12),
    ],
)
def test_fatalities(sentence: str, killed: int | None) -> None:
    assert FATALITIES.figure_in(sentence) == killed


@pytest.mark.parametrize(
    ("sentence", "killed", "injured"),
    [
        ("A car bomb exploded in Azaz, killing four people and wounding 15.", 4, 15),
        ("The Observatory said 12 civilians were killed and 20 wounded.", 12, 20),
        ("Shelling killed 5 and wounded 12 in Ariha.", 5, 12),
        ("Shelling wounded a child in Ariha.", None, 1),
        ("At least 30 people were injured in the blast.", None, 30),
        ("أدى القصف إلى مقتل ثلاثة مدنيين وإصابة خمسة آخرين", 3, 5),
        ("سقط 4 جرحى في القصف", None, 4),
        ("استشهد جنديان وأصيب ثلاثة آخرون جراء عدوان بصواريخ", 2, 3),  # verbs first
        ("A child was wounded when a shell hit the school.", None, 1),
        ("لقي 11 شخصاً حتفهم وأصيب أكثر من 20 آخرين جراء غارات", 11, 20),
        ("A child was killed and his mother wounded when a shell hit their house.", 1, 1),
        ("A suicide bomber hit a checkpoint, killing three members and a civilian.", 4, None),
        ("قتل عنصران من الجيش وجرح ثالث بانفجار عبوة ناسفة", 2, 1),  # "and a third wounded"
        ("قتل طفلان وأصيبت والدتهما بانفجار مخلفات حرب", 2, 1),  # "and their mother hurt"
    ],
)
def test_fatalities_and_injuries(sentence: str, killed: int | None, injured: int | None) -> None:
    assert (FATALITIES.figure_in(sentence), INJURIES.figure_in(sentence)) == (killed, injured)


def test_every_figure_is_kept_with_its_source_and_the_lowest_is_coded() -> None:
    """ACLED codes the most conservative figure where sources disagree; the others
    stay beside it, each with who stated it."""
    body = (
        "An air strike hit a market in Maarat al-Numan in Idlib province on Sunday. "
        "The Syrian Observatory for Human Rights said 12 civilians were killed and 20 "
        "wounded. The state news agency SANA said seven people were killed."
    )
    [event] = analyse("Syria", body, published="2019-07-22T12:00:00Z")["events"]
    assert (event["fatalities"], event["injuries"]) == (7, 20)
    stated = {(f["kind"], f["value"], f["source"]) for f in event["figures"]}
    assert stated == {
        ("killed", 12, "Syrian Observatory for Human Rights"),
        ("injured", 20, "Syrian Observatory for Human Rights"),
        ("killed", 7, "SANA"),
    }


def test_a_rising_toll_from_one_source_is_coded_at_its_latest() -> None:
    body = (
        "Shelling hit Ariha in Idlib province on Monday, killing five civilians, the "
        "Syrian Observatory for Human Rights said. The Observatory later said the death "
        "toll had risen to nine."
    )
    [event] = analyse("Syria", body, published="2023-05-02T12:00:00Z")["events"]
    assert event["fatalities"] == 9


@pytest.mark.parametrize(
    ("body", "actors"),
    [
        ("Hundreds of protesters rallied in Sweida on Friday.", ["Protesters (Syria)"]),
        # residents who protest are ACLED's protesters; what they protest is no event
        ("Residents of Daraa staged a protest against arrests.", ["Protesters (Syria)"]),
        (
            "Civilians were killed when Russian warplanes bombed a market in Ariha.",
            ["Military Forces of Russia", "Civilians (Syria)"],
        ),
        # a protest has its protesters, named or not
        ("Demonstrations were held in the town of Shahba.", ["Protesters (Syria)"]),
        # children and pupils are civilians
        (
            "A rocket struck a primary school in Kafr Taal, wounding four pupils.",
            ["Civilians (Syria)"],
        ),
        # the agent named after the trigger acts; the victims named before it do not
        (
            "قتل خمسة عناصر من قوات النظام جراء هجوم نفذته خلايا تنظيم داعش على نقطة عسكرية "
            "قرب الرصافة.",
            ["Islamic State", "Military Forces of Syria (2000-2024)"],
        ),
        # a subject of several acts in its order
        (
            "Turkish-backed factions and the SDF clashed near Manbij.",
            ["Syrian National Army", "Syrian Democratic Forces"],
        ),
        # another clause names other actors
        (
            "Clashes between the Syrian army and Lebanese clans near Qusayr killed seven "
            "people, after Syrian officials accused Hezbollah of sending fighters.",
            ["Military Forces of Syria (2000-2024)"],
        ),
    ],
)
def test_civilians_and_protesters_are_actors_and_civilians_never_act(
    body: str, actors: list[str]
) -> None:
    [event] = analyse("Syria", body, published="2023-05-05T10:00:00Z")["events"]
    assert event["actors"] == actors


@pytest.mark.parametrize(
    ("body", "subtype"),
    [
        (
            "Government forces backed by Russian jets retook Palmyra from the Islamic State.",
            "Government regains territory",
        ),
        (
            "Rebel fighters have entered the city of Hama after days of fighting.",
            "Non-state actor overtakes territory",
        ),
    ],
)
def test_who_takes_territory_picks_the_subtype(body: str, subtype: str) -> None:
    events = analyse("Syria", body, published="2016-03-27T10:00:00Z")["events"]
    assert subtype in {e["subtype"] for e in events}


@pytest.mark.parametrize(
    "body",
    [
        "Hundreds protested against arrests and shelling in Daraa on Friday.",
        "تظاهر مئات في مدينة إدلب احتجاجاً على اعتقالات تنفذها هيئة تحرير الشام.",
    ],
)
def test_what_a_protest_is_against_is_no_event(body: str) -> None:
    events = analyse("Syria", body, published="2024-05-31T10:00:00Z")["events"]
    assert [e["type"] for e in events] == ["Protests"]


@pytest.mark.parametrize(
    ("sentence", "day"),
    [
        ("Shelling hit Ariha yesterday.", "2024-03-13"),
        ("Shelling hit Ariha on Sunday.", "2024-03-10"),
        ("Shelling hit Ariha on Thursday.", "2024-03-14"),  # the day of publication
        ("Shelling hit Ariha on March 2.", "2024-03-02"),
        ("Shelling hit Ariha on 2 March.", "2024-03-02"),
        ("Shelling hit Ariha on December 30.", "2023-12-30"),  # last year's
        ("Shelling hit Ariha on 30 September 2015.", "2015-09-30"),
        ("Shelling hit Ariha on September 30, 2015.", "2015-09-30"),
        ("Shelling hit Ariha.", None),
        ("The toll of 12 may rise, officials in Ariha said.", None),
        ("Shelling hit Ariha on February 29.", "2024-02-29"),  # a leap year
        ("Shelling hit Ariha on February 30.", None),
        ("قصفت قوات النظام أريحا أمس", "2024-03-13"),
        ("قصفت قوات النظام أريحا يوم الأحد", "2024-03-10"),
        ("قصفت قوات النظام أريحا أمس الأول", "2024-03-12"),
        ("قصفت قوات النظام أريحا في 2 آذار", "2024-03-02"),
        ("قصفت قوات النظام أريحا في ٢ مارس", "2024-03-02"),
        ("قصفت قوات النظام أريحا في 30 أيلول/سبتمبر 2015", "2015-09-30"),
    ],
)
def test_dates_in_english_and_arabic(sentence: str, day: str | None) -> None:
    named = day_named(sentence, date(2024, 3, 14))  # a Thursday
    assert (named.isoformat() if named else None) == day


def test_an_event_takes_the_day_named_just_before_it() -> None:
    body = (
        "On 2 April 2017, a hospital in Maarat al-Numan in Idlib province came under attack. "
        "Witnesses described the scene. Three air strikes hit the hospital's entrance."
    )
    [event] = analyse("Syria", body, published="2017-07-01T00:00:00Z")["events"]
    assert event["date"] == "2017-04-02"


def test_event_dates_resolve_against_the_publication_date() -> None:
    result = analyse(
        "Syria",
        "Islamic State militants ambushed Syrian troops near Palmyra on "
        "Sunday, killing nine soldiers.",
        published="2024-03-11T09:30:00+02:00",
    )
    [event] = result["events"]
    assert (event["subtype"], event["location"], event["fatalities"]) == (
        "Armed clash",
        "Palmyra",
        9,
    )
    article = normalise(
        RawDocument(
            Source("seed", "t", "/t"),
            "t",
            "Syria",
            "Syrian troops clashed with rebels in Hama yesterday.",
            published="2024-03-11T09:30:00Z",
        ),
        NOW,
    )
    [event] = detector().detect(article).events
    assert event.event_date.isoformat() == "2024-03-10"


def test_non_syria_conflict_news_is_not_related(config_dir: Path) -> None:
    seeds = collect_seed_source(seed_source(config_dir / "seeds")).documents
    related = {}
    for raw in seeds:
        article = normalise(raw, NOW)
        related[article.title] = detector().detect(article)
    not_syria = [t for t, d in related.items() if not d.is_syria_related]
    assert sorted(not_syria) == [
        "Beirut drivers queue for hours as fuel prices climb again",
        "Central bank keeps interest rates on hold",
        "Drone attack damages power station near Kyiv",
    ]
    assert all(not related[t].events for t in not_syria)


def test_arabic_article() -> None:
    result = analyse(
        "قصف على ريف حلب الغربي",
        "قالت مصادر محلية إن قوات النظام قصفت بلدة الأتارب في ريف حلب الغربي يوم "
        "الاثنين، ما أدى إلى مقتل 3 مدنيين.",
    )
    assert result["is_syria_related"]
    assert {"Atarib", "Aleppo Governorate"} <= {p["name"] for p in result["places"]}
    [event] = result["events"]
    assert (event["subtype"], event["location"], event["fatalities"]) == (
        "Shelling/artillery/missile attack",
        "Atarib",
        3,
    )


def test_sample_claims_and_the_contested_withdrawal(sample: dict) -> None:
    about_withdrawal = [
        c for c in sample["claims"] if c["about"] == "Non-violent transfer of territory"
    ]
    denials = {c["speaker"] for c in about_withdrawal if c["stance"] == "denies"}
    assertions = {c["speaker"] for c in about_withdrawal if c["stance"] == "asserts"}
    assert "Syrian Ministry of Defence" in denials
    assert {"Syrian Observatory for Human Rights", "Hassan Abdel Ghani"} <= assertions
    assert all(c["contested"] for c in about_withdrawal)
    advance = [c for c in sample["claims"] if c["about"] == "Non-state actor overtakes territory"]
    assert [(c["speaker"], c["stance"], c["contested"]) for c in advance] == [
        ("Hassan Abdel Ghani", "asserts", False)
    ]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        (
            "Shelling killed four people in Saraqib, according to the White Helmets.",
            "Syria Civil Defence",
        ),
        (
            '"Shelling killed four people in Saraqib," said the Syrian Observatory for Human '
            "Rights.",
            "Syrian Observatory for Human Rights",
        ),
        (
            "The Syrian Observatory for Human Rights said government forces shelled Saraqib.",
            "Syrian Observatory for Human Rights",
        ),
        # Arabic puts the verb first
        ("قال الدفاع المدني السوري إن قوات النظام قصفت مدينة سراقب.", "Syria Civil Defence"),
        # unnamed sources are kept as written
        ("Local rescuers said shelling killed 13 people in Atmeh.", "Local rescuers"),
        ("قالت مصادر محلية إن قوات النظام قصفت بلدة الأتارب.", "مصادر محلية"),
        # a source the watchlist does not know, named
        (
            "Amnesty International said shelling killed four people in Saraqib.",
            "Amnesty International",
        ),
        (
            "Shelling killed four people in Saraqib, according to Human Rights Watch.",
            "Human Rights Watch",
        ),
        # "the Observatory": the Syrian Observatory the article named before
        (
            "The Syrian Observatory for Human Rights counted 12 dead. Shelling killed four people "
            "in Saraqib, the Observatory said.",
            "Syrian Observatory for Human Rights",
        ),
    ],
)
def test_claim_speakers(body: str, speaker: str) -> None:
    [claim] = analyse("Syria", f"In Syria: {body}")["claims"]
    assert claim["speaker"] == speaker and claim["stance"] == "asserts"
    assert claim["about"] == "Shelling/artillery/missile attack"


@pytest.mark.parametrize(
    "text",
    [
        "Fighting in  Deir-ez-Zor,\u00a0near Al-Bukamal. “Damascus” – Homs",  # one pass
        "Fighting in  Deir-ez-Zor,\u00a0near Al-Bukamal. “Damascus” – دِمَشْق",  # word by word
    ],
)
def test_both_folds_map_matches_back_to_the_original(text: str) -> None:
    folded = fold(text)
    for word, original in (
        ("deir ez zor", "Deir-ez-Zor"),
        ("al bukamal", "Al-Bukamal"),
        ("damascus", "Damascus"),
    ):
        start = folded.folded.index(f" {word} ") + 1
        assert text[slice(*folded.span(start, start + len(word)))] == original


def test_places_listed_together_are_one_event_each() -> None:
    result = analyse(
        "Syria",
        "Government troops pulled back from Talbiseh and Rastan overnight, killing no one.",
        published="2024-12-07T09:00:00Z",
    )
    assert sorted(e["location"] for e in result["events"]) == ["Rastan", "Talbiseh"]
    shelled = analyse("Syria", "Shelling on Saraqib, Ariha and Binnish killed three people.")
    by_place = {e["location"]: e["fatalities"] for e in shelled["events"]}
    assert by_place == {"Saraqib": 3, "Ariha": None, "Binnish": None}  # counted once


def test_an_event_placed_in_a_governorate_joins_the_one_in_its_town() -> None:
    result = analyse(
        "Syria",
        "Fighting broke out overnight in the countryside of Suwayda. At least six people "
        "were killed in the clashes near the town of Shahba.",
        published="2025-06-03T07:00:00Z",
    )
    [event] = result["events"]
    assert (event["type"], event["location"], event["fatalities"]) == ("Battles", "Shahba", 6)


def test_a_past_event_named_is_not_told() -> None:
    """The 2013 attack is why the officer was arrested; the arrest is the event, and
    eastern Ghouta is where the past attack happened, not where he was arrested."""
    result = analyse(
        "Syria",
        "Syria's interior ministry said its forces arrested a former officer accused of "
        "taking part in the 2013 chemical attack on eastern Ghouta, in a raid in the town "
        "of Qardaha in Latakia province on Saturday.",
        published="2025-09-14T08:00:00Z",
    )
    assert [(e["subtype"], e["location"]) for e in result["events"]] == [("Arrests", "Qardaha")]
    years_after = analyse(
        "Syria",
        "Twelve years after the first protests in Daraa, a drone strike near Sarmada "
        "killed two men.",
        published="2023-03-15T06:00:00Z",
    )
    assert [e["type"] for e in years_after["events"]] == ["Explosions/Remote violence"]
    in_a_year = analyse(
        "Syria",
        "In 2013, sarin rockets killed hundreds in the Ghouta. On Monday, a drone strike hit "
        "a farm in Zamalka, wounding two farmers.",
        published="2024-09-10T07:00:00Z",
    )
    assert [(e["subtype"], e["injuries"]) for e in in_a_year["events"]] == [("Air/drone strike", 2)]


def test_a_town_qualified_by_its_governorate_is_where_it_happened() -> None:
    result = analyse(
        "Syria",
        "Angry residents set fire to a police station in the town of Sanamayn in northern "
        "Daraa after security forces detained two young men, activists said.",
        published="2020-06-03T20:00:00Z",
    )
    assert sorted((e["type"], e["location"]) for e in result["events"]) == [
        ("Riots", "Aş Şanamayn"),  # the GeoNames name
        ("Strategic developments", "Aş Şanamayn"),
    ]


def test_places_listed_with_the_article_between() -> None:
    result = analyse(
        "Syria",
        "Israeli jets struck the T4 air base and the Hama military airport late on Wednesday.",
        published="2025-04-02T23:00:00Z",
    )
    assert sorted(e["location"] for e in result["events"]) == [
        "Hama military airport",
        "Tiyas Airbase",
    ]


def test_one_place_on_two_days_is_two_events() -> None:
    """ACLED codes one event per type, place and day."""
    result = analyse(
        "Syria",
        "An air strike hit Saraqib on Monday, killing three people. On Wednesday another "
        "air strike hit Saraqib, wounding five. The strikes on Saraqib drew condemnation.",
        published="2024-03-08T09:00:00Z",
    )
    days = sorted((e["date"], e["fatalities"], e["injuries"]) for e in result["events"])
    assert days == [("2024-03-04", 3, None), ("2024-03-06", None, 5)]


def test_a_foreign_ministry_speaks_for_its_state() -> None:
    result = analyse(
        "Syria",
        "A car bomb killed 10 people in Tal Abyad, Turkey's defence ministry said.",
        published="2019-11-02T15:00:00Z",
    )
    named = {e["id"] for e in result["entities"]}
    assert "state:turkey" in named and "org:syrian-defence-ministry" not in named


def test_a_place_pointed_at_is_the_precise_place_the_article_gives() -> None:
    """ "South of Damascus" and Al-Kiswah, 15 km south, are one strike."""
    result = analyse(
        "Syria",
        "Israeli warplanes struck military sites south of Damascus late on Tuesday. State "
        "media said strikes hit the area of Al-Kiswah, killing two people.",
        published="2025-02-26T07:00:00Z",
    )
    assert [(e["location"], e["fatalities"]) for e in result["events"]] == [("Al Kiswah", 2)]


def test_the_clashes_of_a_takeover_are_the_takeover() -> None:
    result = analyse(
        "Syria",
        "Rebels took control of the town of Morek north of Hama city after clashes with "
        "government troops in which 27 soldiers were killed.",
        published="2024-12-01T19:00:00Z",
    )
    assert [(e["subtype"], e["location"], e["fatalities"]) for e in result["events"]] == [
        ("Non-state actor overtakes territory", "Morek", 27)
    ]


def test_a_toll_since_the_start_of_the_year_is_no_event_figure() -> None:
    result = analyse(
        "Syria",
        "Russian warplanes carried out 20 air strikes near Al-Sukhnah on Monday. The monitor "
        "has counted 112 soldiers killed in the desert since the start of the year.",
        published="2021-03-15T08:00:00Z",
    )
    assert [e["fatalities"] for e in result["events"]] == [None]


def test_war_remnants_are_explosive_events() -> None:
    result = analyse(
        "Syria",
        "Three children were killed when a piece of unexploded ordnance went off near their "
        "home in the town of Deir Hafer, the White Helmets said.",
        published="2021-04-11T14:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"]) for e in result["events"]] == [
        ("Remote explosive/landmine/IED", 3)
    ]


def test_arabic_triggers_with_the_article_and_proclitics() -> None:
    """ "الاشتباكات" (the clashes), "بالقذائف" (with the shells)."""
    clashes = analyse(
        "ذيبان",
        "تجددت الاشتباكات بين قوات سوريا الديمقراطية ومقاتلين من العشائر في بلدة ذيبان "
        "بريف دير الزور الشرقي، ما أسفر عن مقتل سبعة مقاتلين.",
        published="2023-08-30T19:00:00Z",
    )
    assert [(e["type"], e["fatalities"]) for e in clashes["events"]] == [("Battles", 7)]
    shells = analyse(
        "السقيلبية",
        "استشهد ثلاثة مدنيين وأصيب خمسة آخرون جراء اعتداء بالقذائف الصاروخية على مدينة "
        "السقيلبية بريف حماة.",
        published="2019-06-08T12:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"], e["injuries"]) for e in shells["events"]] == [
        ("Shelling/artillery/missile attack", 3, 5)
    ]


def test_a_foreign_ministry_in_arabic_speaks_for_its_state() -> None:
    result = analyse(
        "كفرنبودة",
        "قالت فصائل المعارضة إنها استعادت السيطرة على بلدة كفرنبودة في ريف حماة، في حين نفت "
        "وزارة الدفاع الروسية ذلك.",
        published="2019-05-22T16:00:00Z",
    )
    named = {e["id"] for e in result["entities"]}
    assert "state:russia" in named and "org:syrian-defence-ministry" not in named


def test_where_the_fire_came_from_is_not_where_it_fell() -> None:
    result = analyse(
        "Syria",
        "Five people were killed when artillery shells slammed into Jisr al-Shughur on "
        "Monday, rescuers said. They said another 11 people were wounded and that the "
        "shells were fired from government positions in the Sahl al-Ghab plain.",
        published="2023-11-14T09:30:00Z",
    )
    assert [(e["location"], e["fatalities"], e["injuries"]) for e in result["events"]] == [
        ("Jisr al-Shughur", 5, 11)
    ]


def test_a_road_between_two_towns_is_one_place() -> None:
    result = analyse(
        "Syria",
        "A Turkish drone struck a vehicle on the road between Qamishli and Amuda on Monday, "
        "killing two members of the Syrian Democratic Forces.",
        published="2024-01-15T16:00:00Z",
    )
    assert [(e["location"], e["fatalities"]) for e in result["events"]] == [("Qamishli", 2)]


def test_a_place_that_only_points_the_way_is_not_where_it_happened() -> None:
    """ "in al-Kiswah, south of Damascus": a trigger later in the sentence is at al-Kiswah."""
    result = analyse(
        "Syria",
        "Israeli missiles struck military positions in al-Kiswah, south of Damascus, early "
        "on Sunday, SANA said, adding that air defences shot down most of the missiles.",
        published="2023-10-22T06:00:00Z",
    )
    assert {e["location"] for e in result["events"]} == {"Al Kiswah"}


@pytest.mark.parametrize(
    "body",
    [
        "Syria's war has killed more than 400,000 people since it started with the repression "
        "of anti-government protests in Aleppo and Homs.",
        "The Syrian Network for Human Rights said in its monthly report that it had documented "
        "at least 190 arrests in Idlib and Aleppo during the month.",
    ],
)
def test_the_wars_toll_and_a_monthly_toll_are_no_events(body: str) -> None:
    assert analyse("Syria", body, published="2024-11-01T10:00:00Z")["events"] == []


def test_names_of_several_words_are_found_without_their_final_h() -> None:
    """ "Darat Izza" is GeoNames' "Darat `Izzah"; a one-word name so shortened is not
    looked for: "Hussein Malla" is a photographer, not the village of Mallah."""
    found = analyse("Syria", "Shelling hit Darat Izza and Atarib. AP Photo Hussein Malla.")
    assert [p["name"] for p in found["places"]] == ["Dārat ‘Izzah", "Atarib"]


def test_arabic_takeover_told_as_its_control() -> None:
    result = analyse(
        "سراقب",
        "أعلنت فصائل المعارضة المسلحة سيطرتها على مدينة سراقب في ريف إدلب الشرقي، بعد معارك "
        "عنيفة مع قوات النظام استمرت يومين.",
        published="2024-11-30T18:00:00Z",
    )
    assert [(e["subtype"], e["location"]) for e in result["events"]] == [
        ("Non-state actor overtakes territory", "Saraqib")
    ]


def test_a_passive_report_is_nobodys_claim() -> None:
    result = analyse(
        "Syria",
        "Turkish-backed factions and the SDF clashed near Manbij, with no casualties reported.",
    )
    assert result["claims"] == []


def test_a_denial_of_something_else_contradicts_the_claim_before_it() -> None:
    """The SDF denies what the SNA claimed, in words that name no event."""
    result = analyse(
        "Syria",
        "The Syrian National Army said its fighters had captured two villages near the Tishrin "
        "Dam. The SDF denied losing any ground.",
        published="2025-01-05T10:00:00Z",
    )
    assert [(c["speaker"], c["stance"], c["contested"]) for c in result["claims"]] == [
        ("Syrian National Army", "asserts", True),
        ("Syrian Democratic Forces", "denies", True),
    ]


def test_a_headline_names_its_speaker() -> None:
    found = analyse("Syrian Observatory: 9 ISIS members killed in Badia", "Russian jets struck.")
    assert [(c["speaker"], c["stance"]) for c in found["claims"]] == [
        ("Syrian Observatory for Human Rights", "asserts")
    ]
    assert analyse("Syria: Drone strike kills 3 in Sarmada", "A drone hit a car.")["claims"] == []


def test_who_claimed_the_attack_acted_in_it() -> None:
    result = analyse(
        "Syria",
        "A suicide bomber targeted a checkpoint of the Asayish at the entrance to Raqqa "
        "city on Saturday, killing three members. Islamic State claimed the attack through "
        "its Amaq news agency.",
        published="2021-10-16T15:00:00Z",
    )
    [event] = result["events"]
    assert event["actors"][:2] == ["Islamic State", "Asayish"]


def test_the_side_that_takes_territory_acts_in_the_takeover() -> None:
    """The clash is told first; the takeover's sub-type and its acting side win."""
    result = analyse(
        "Syria",
        "Fighting between the SDF and Turkish-backed factions around the Tishrin Dam killed "
        "30 fighters. The Syrian National Army said its fighters had captured the dam.",
        published="2025-01-05T12:00:00Z",
    )
    [event] = result["events"]
    assert (event["subtype"], event["actors"][0]) == (
        "Non-state actor overtakes territory",
        "Syrian National Army",
    )


def test_an_attack_with_drones_is_an_air_strike() -> None:
    result = analyse(
        "مقتل العشرات بهجوم على الكلية الحربية في حمص",
        "قتل أكثر من 80 شخصاً وأصيب العشرات جراء هجوم بطائرات مسيرة استهدف الكلية الحربية "
        "بمدينة حمص. واتهمت وزارة الدفاع تنظيمات إرهابية بالوقوف وراء الهجوم.",
        published="2023-10-05T19:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"], e["injuries"]) for e in result["events"]] == [
        ("Air/drone strike", 80, 10)
    ]


def test_a_state_acts_through_its_forces_and_who_tells_it_does_not_act() -> None:
    russia = analyse(
        "Syria",
        "The Russian Defence Ministry said its aircraft struck militant positions near Kafr "
        "Nabl, killing 25 fighters of Hayat Tahrir al-Sham. Opposition sources said the "
        "strikes killed two civilians.",
        published="2023-05-20T12:00:00Z",
    )
    [event] = russia["events"]
    assert event["actors"][0] == "Military Forces of Russia"
    assert event["fatalities"] == 2  # the most conservative of two sources
    turkey = analyse(
        "Syria",
        "Turkish warplanes struck Kobani overnight, Turkey's defence ministry said. The SDF "
        "said 11 civilians were killed in the strikes.",
        published="2022-11-21T08:00:00Z",
    )
    [event] = turkey["events"]
    assert event["actors"] == ["Military Forces of Turkey", "Civilians (Syria)"]


def test_what_a_crowd_protests_against_does_not_protest() -> None:
    result = analyse(
        "مظاهرات في ذكرى الثورة",
        "خرج آلاف المتظاهرين في مدن إدلب والأتارب وأعزاز، مرددين هتافات ضد النظام وهيئة "
        "تحرير الشام.",
        published="2024-03-15T15:00:00Z",
    )
    assert sorted((e["location"], tuple(e["actors"])) for e in result["events"]) == [
        (place, ("Protesters (Syria)",)) for place in ("Atarib", "Azaz", "Idlib")
    ]


def test_a_withdrawal_at_the_place_and_day_of_a_takeover_is_part_of_it() -> None:
    result = analyse(
        "Syria",
        "Syrian government forces have taken full control of Khan Sheikhoun, state media said "
        "on Wednesday, after rebels withdrew from the town. The Syrian Observatory for Human "
        "Rights confirmed the withdrawal.",
        published="2019-08-21T11:00:00Z",
    )
    assert [e["subtype"] for e in result["events"]] == ["Government regains territory"]


def test_an_arabic_verb_names_a_source_the_watchlist_does_not_know() -> None:
    result = analyse(
        "حمص",
        "قتل خمسة أشخاص بقصف على حمص، وفق ما أعلنت وزارة الصحة السورية.",
        published="2023-10-05T19:00:00Z",
    )
    assert [c["speaker"] for c in result["claims"]] == ["وزارة الصحة السورية"]


def test_who_tells_it_in_a_closing_clause() -> None:
    result = analyse(
        "Syria",
        "Turkish drones struck a convoy of civilians heading to the Tishrin Dam on Tuesday, "
        "killing three people, the Kurdish-led administration said.",
        published="2025-01-29T10:00:00Z",
    )
    assert [c["speaker"] for c in result["claims"]] == ["the Kurdish-led administration"]
    sdf = analyse(
        "Syria",
        "ISIS cells attacked a checkpoint of the Internal Security Forces in Al-Shuhayl, "
        "killing two members, the SDF media centre said.",
        published="2024-01-02T11:00:00Z",
    )
    [event] = sdf["events"]
    assert event["actors"] == ["Islamic State", "Asayish"]  # the SDF only tells it


def test_a_trigger_inside_words_that_name_no_event() -> None:
    result = analyse(
        "Syria",
        "The United States, Britain and France launched strikes on Syrian chemical weapons "
        "facilities near Damascus and Homs early on Saturday, the Pentagon said.",
        published="2018-04-14T06:00:00Z",
    )
    assert [(e["subtype"], e["location"], e["actors"]) for e in result["events"]] == [
        ("Air/drone strike", "Damascus", ["Military Forces of the United States"]),
        ("Air/drone strike", "Homs", ["Military Forces of the United States"]),
    ]


def test_who_is_blamed_for_an_attack_acted_in_it() -> None:
    result = analyse(
        "Syria",
        "A suicide bomber blew himself up inside a church in Damascus during Sunday mass, "
        "killing 25 worshippers, the health ministry said. The interior ministry blamed the "
        "Islamic State group.",
        published="2025-06-22T20:00:00Z",
    )
    [event] = result["events"]
    assert event["actors"] == ["Islamic State", "Civilians (Syria)"]


def test_those_an_offensive_is_against_do_not_act_in_it() -> None:
    result = analyse(
        "Syria",
        "Rebels led by Hayat Tahrir al-Sham launched a surprise offensive against government "
        "forces in western Aleppo on Wednesday, seizing more than a dozen villages.",
        published="2024-11-28T12:00:00Z",
    )
    [event] = result["events"]
    assert event["subtype"] == "Non-state actor overtakes territory"
    assert event["actors"][-1] == "Military Forces of Syria (2000-2024)"


def test_a_weight_that_pulls_away_counts_once() -> None:
    result = analyse(
        "Iraq repatriates 700 from al-Hol camp",
        "Iraqi authorities repatriated 700 Iraqi nationals from Syria's al-Hol camp on "
        "Monday, the Iraqi migration ministry said.",
    )
    assert result["is_syria_related"]


def test_arabic_rules_of_the_tenth_round() -> None:
    """Where the shells were fired from; an advance towards a town takes nothing; a
    withdrawal's actors join the takeover; a verb's object does not speak; who is
    blamed acted, who blames does not."""
    jourin = analyse(
        "جورين",
        "استشهد مدنيان جراء سقوط قذائف صاروخية أطلقها إرهابيون من منطقة خفض التصعيد في إدلب "
        "على قرية جورين بريف حماة الشمالي الغربي.",
        published="2023-06-25T12:00:00Z",
    )
    assert [e["location"] for e in jourin["events"]] == ["Hama Governorate"]
    afrin = analyse(
        "عفرين",
        "اندلعت اشتباكات بين هيئة تحرير الشام وفصائل من الجيش الوطني في محيط مدينة عفرين، وسط "
        "تقدم للهيئة نحو المدينة.",
        published="2022-10-15T18:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in afrin["events"]] == [
        ("Armed clash", ["Hayat Tahrir al-Sham", "Syrian National Army"])
    ]
    damascus = analyse(
        "دمشق",
        "دخلت فصائل المعارضة إلى العاصمة دمشق فجر الأحد، وأعلنت سقوط نظام بشار الأسد، فيما "
        "انسحبت قوات النظام من مواقعها دون قتال.",
        published="2024-12-08T10:00:00Z",
    )
    [event] = damascus["events"]
    assert event["subtype"] == "Non-state actor overtakes territory"
    assert event["actors"] == ["Syrian rebels", "Military Forces of Syria (2000-2024)"]
    assert "Bashar al-Assad" not in {c["speaker"] for c in damascus["claims"]}
    al_bab = analyse(
        "الباب",
        "قتل 16 شخصاً جراء قصف مدفعي استهدف سوق الهال في مدينة الباب، واتهمت فصائل المعارضة "
        "قوات النظام بالوقوف وراءه.",
        published="2022-08-19T20:00:00Z",
    )
    [event] = al_bab["events"]
    assert event["actors"] == ["Military Forces of Syria (2000-2024)"]


def test_a_denial_naming_no_event_disputes_the_claim_it_answers() -> None:
    result = analyse(
        "Syria",
        "At least 13 people were killed when shells hit a hospital in Afrin, local officials "
        "said. Turkey's defence ministry blamed the YPG for the attack, which the group denied.",
        published="2021-06-12T18:00:00Z",
    )
    contested = {(c["speaker"], c["stance"]) for c in result["claims"] if c["contested"]}
    assert contested == {("Turkey", "asserts"), ("People's Protection Units", "denies")}


def test_a_denial_of_its_own_matter_disputes_no_statement_before_it() -> None:
    """Tehran's denial that its advisers were there answers no one: Ankara only said
    it was watching."""
    result = analyse(
        "Israel strikes near Damascus",
        "Israeli air strikes hit an army depot near Damascus on Sunday, killing four "
        "soldiers. Ankara said it was monitoring the situation. Tehran denied that Iranian "
        "advisers were at the site.",
        published="2025-03-10T10:00:00Z",
    )
    assert [(c["speaker"], c["stance"], c["contested"]) for c in result["claims"]] == [
        ("Turkey", "asserts", False),
        ("Iran", "denies", False),
    ]


def test_the_capital_that_speaks_is_the_state() -> None:
    """ "Damascus said" is the Syrian state speaking, in English and Arabic; "officials
    in Damascus said" name a place."""
    result = analyse(
        "Israel strikes near Damascus",
        "Israeli air strikes hit an army depot near Damascus on Sunday. Damascus said its "
        "air defences shot down several missiles. Officials in Damascus said the depot was "
        "empty. Damascus has denied hosting Iranian fighters. وقالت دمشق إن دفاعاتها الجوية "
        "تصدت للصواريخ. Baghdad said the border was closed.",
        published="2025-03-10T10:00:00Z",
    )
    speakers = [c["speaker"] for c in result["claims"]]
    assert speakers == ["Syria", "Officials", "Syria", "Syria", "Iraq"]
    assert [(p["id"], p["mentions"]) for p in result["places"]] == [("damascus", 3)]  # near, in
    assert {e["id"]: e["mentions"] for e in result["entities"]}["state:syria"] == 3


def test_rules_of_the_eleventh_round() -> None:
    """Civilians are no side of a battle; an agreement signed is one, a ceasefire
    violated is not; attacks on checkpoints are clashes; a half-month's toll is
    background; a US president speaks for the United States."""
    suwayda = analyse(
        "Syria",
        "Clashes between Druze gunmen and government forces in Suwayda city killed at least 12 "
        "people on Saturday, including three civilians.",
        published="2025-08-02T19:00:00Z",
    )
    assert [e["actors"] for e in suwayda["events"]] == [["Military Forces of Syria (2024-)"]]
    deal = analyse(
        "Syria",
        "The Syrian government and the SDF signed an agreement in Damascus on Thursday.",
        published="2026-01-15T18:00:00Z",
    )
    assert [e["subtype"] for e in deal["events"]] == ["Agreement"]
    kobani = analyse(
        "Syria",
        "A Turkish drone strike on a car near Kobani killed an SDF commander on Friday, the SDF "
        "said, accusing Ankara of violating the ceasefire.",
        published="2026-04-18T13:00:00Z",
    )
    assert [e["subtype"] for e in kobani["events"]] == ["Air/drone strike"]
    coast = analyse(
        "Syria",
        "Gunmen loyal to the former government attacked security checkpoints in Jableh and "
        "Baniyas on Thursday, killing at least 16 members of the security forces.",
        published="2025-03-07T08:00:00Z",
    )
    assert sorted(e["location"] for e in coast["events"]) == ["Baniyas", "Jableh"]
    toll = analyse(
        "Syria",
        "The Syrian Network for Human Rights documented 41 civilian deaths in the first half of "
        "July, most of them from explosive remnants of war.",
        published="2026-07-16T10:00:00Z",
    )
    assert toll["events"] == []
    trump = analyse(
        "Syria",
        "US President Donald Trump said he would lift sanctions on Syria after meeting Syrian "
        "President Ahmed al-Sharaa in Riyadh.",
        published="2025-05-14T09:00:00Z",
    )
    assert [c["speaker"] for c in trump["claims"]] == ["United States"]


def test_rules_of_the_twelfth_round() -> None:
    """Burning tyres is a riot, and the protest that turned violent is the riot; a
    lone name after an Arabic blame verb, followed by what it is blamed for, is the
    accused."""
    qamishli = analyse(
        "Syria",
        "Protesters in Qamishli burned tyres and blocked roads on Sunday.",
        published="2026-09-14T17:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in qamishli["events"]] == [
        ("Violent demonstration", ["Rioters (Syria)"])
    ]
    raqqa = analyse(
        "الرقة",
        "أعلنت وزارة الدفاع السورية مقتل جنديين في هجوم بطائرة مسيرة استهدف نقطة للجيش في ريف "
        "الرقة، واتهمت قسد بتنفيذه.",
        published="2026-10-02T18:00:00Z",
    )
    [event] = raqqa["events"]
    assert event["actors"][0] == "Syrian Democratic Forces"
    assert {c["speaker"] for c in raqqa["claims"]} == {"Syrian Ministry of Defence"}


def test_rules_of_the_thirteenth_and_fourteenth_rounds() -> None:
    """A headline's toll of violence of several types is no one event's; arrests where
    the police broke up a protest are part of that intervention, whose protesters act
    first; the object of a violent verb does not act; sources giving different tolls
    contradict each other; a headline's speaker may be named in full only in the
    body; an Arabic air force named with its nation acts."""
    aleppo = analyse(
        "Drone strike and clashes leave 9 dead near Manbij",
        "A Turkish drone struck an SDF post near Manbij on Monday, killing two fighters. Later, "
        "government forces and SDF fighters clashed in Deir Hafer, leaving seven dead.",
        published="2026-02-10T12:00:00Z",
    )
    assert sorted((e["subtype"], e["fatalities"]) for e in aleppo["events"]) == [
        ("Air/drone strike", 2),
        ("Armed clash", 7),
    ]
    latakia = analyse(
        "Syria",
        "تظاهر العشرات في مدينة اللاذقية يوم السبت. وفرقت عناصر من الأمن العام المتظاهرين "
        "واعتقلوا خمسة منهم.",
        published="2025-04-12T18:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in latakia["events"]] == [
        ("Protest with intervention", ["Protesters (Syria)", "Military Forces of Syria (2024-)"])
    ]
    raid = analyse(
        "Syria",
        "US forces killed a senior Islamic State official in a helicopter raid in Atmeh in Idlib "
        "province on Wednesday.",
        published="2026-07-09T06:00:00Z",
    )
    [event] = raid["events"]
    assert (event["subtype"], event["location"]) == ("Armed clash", "Atmeh")
    assert event["actors"] == ["Military Forces of the United States", "Islamic State"]
    tolls = analyse(
        "Army says dozens of rebels killed in Latamneh shelling",
        "Government forces shelled rebel positions around Latamneh in northern Hama on Tuesday, "
        "killing dozens of fighters, the army said. Rebel factions said only two of their "
        "fighters were killed.",
        published="2019-05-14T12:00:00Z",
    )
    assert [e["fatalities"] for e in tolls["events"]] == [2]
    assert {(c["speaker"], c["contested"]) for c in tolls["claims"]} == {
        ("Military Forces of Syria (2000-2024)", True),
        ("Syrian rebels", True),
    }
    kiswah = analyse(
        "Syria",
        "شن الطيران الحربي الإسرائيلي غارات على مواقع قرب مدينة الكسوة، ما أسفر عن مقتل ثلاثة "
        "عناصر من الجيش السوري.",
        published="2025-08-27T22:00:00Z",
    )
    [strike] = kiswah["events"]
    assert strike["actors"][0] == "Military Forces of Israel"


def test_rules_of_the_fifteenth_round() -> None:
    """Two adjectives share one noun; a peaceful protest's only side is its crowd, in
    each of the towns listed; a past event named years after is no event; one more
    than the number where a victim comes with kin; "the group said" is the group
    named before; one who has left a group is a civilian."""
    kafr_zita = analyse(
        "Syria",
        "Russian and Syrian warplanes struck the town of Kafr Zita, killing six civilians.",
        published="2019-05-10T10:00:00Z",
    )
    [strike] = kafr_zita["events"]
    assert strike["actors"][:2] == [
        "Military Forces of Russia",
        "Military Forces of Syria (2000-2024)",
    ]
    idlib = analyse(
        "Syria",
        "خرج متظاهرون في مدينة إدلب وبلدات سرمدا وجسر الشغور مطالبين بالإفراج عن المعتقلين في "
        "سجون هيئة تحرير الشام.",
        published="2024-03-08T15:00:00Z",
    )
    assert sorted((e["location"], tuple(e["actors"])) for e in idlib["events"]) == [
        (place, ("Protesters (Syria)",)) for place in ("Idlib", "Jisr al-Shughur", "Sarmada")
    ]
    daraa = analyse(
        "Syria",
        "Five years after government forces retook Daraa, the province remains violent. A bomb "
        "planted in a car killed a former rebel commander in Tafas on Monday, activists said.",
        published="2023-06-20T10:00:00Z",
    )
    [bomb] = daraa["events"]
    assert (bomb["subtype"], bomb["fatalities"]) == ("Remote explosive/landmine/IED", 1)
    assert bomb["actors"] == ["Civilians (Syria)"]
    jisr = analyse(
        "Syria",
        "A woman and her two children were killed when a shell hit their home in Jisr "
        "al-Shughur, the White Helmets said.",
        published="2022-08-08T14:00:00Z",
    )
    assert [e["fatalities"] for e in jisr["events"]] == [3]
    hama = analyse(
        "Syria",
        "Fighters of Hayat Tahrir al-Sham entered the city of Hama on Thursday, the group said.",
        published="2024-12-05T16:00:00Z",
    )
    assert [c["speaker"] for c in hama["claims"]] == ["Hayat Tahrir al-Sham"]


def test_rules_of_the_sixteenth_round() -> None:
    """Fire from the direction of the sea falls elsewhere; what air defences confront
    is no instrument; "General Security" names the post-2024 forces only after
    December 2024, and Lebanon's never; a street named after a town is no town; a
    denial by a group's short name; an event named days after its subject is past;
    gunmen who kill a family attack civilians; "قتلوا" (they killed) states a toll."""
    aleppo = analyse(
        "Syria",
        "نفذ العدو الإسرائيلي عدواناً جوياً من اتجاه البحر المتوسط غرب اللاذقية مستهدفاً مطار "
        "حلب الدولي. وأضاف المصدر أن وسائط دفاعنا الجوي تصدت للصواريخ وأسقطت بعضها.",
        published="2023-09-07T06:00:00Z",
    )
    assert sorted((e["subtype"], e["location"]) for e in aleppo["events"]) == [
        ("Air/drone strike", "Aleppo International Airport"),
        ("Disrupted weapons use", "Aleppo International Airport"),
    ]
    names = {
        published: {e["name"] for e in analyse("Syria", body, published=published)["entities"]}
        for body, published in (
            ("اعتقل جهاز الأمن العام ثلاثة ناشطين من مدينة بنش.", "2024-05-20T10:00:00Z"),
            ("أوقفت المديرية العامة للأمن العام اللبناني شبكة في بيروت.", "2025-06-03T09:00:00Z"),
        )
    }
    assert "Military Forces of Syria (2024-)" not in set().union(*names.values())
    afrin = analyse(
        "Syria",
        "قتل خمسة مدنيين بانفجار سيارة مفخخة في شارع راجو وسط مدينة عفرين. واتهمت الحكومة "
        "السورية المؤقتة وحدات حماية الشعب الكردية بالوقوف وراء التفجير، فيما نفت الوحدات أي "
        "علاقة لها به.",
        published="2023-04-15T12:00:00Z",
    )
    assert [e["location"] for e in afrin["events"]] == ["Afrin"]
    assert ("People's Protection Units", "denies") in {
        (c["speaker"], c["stance"]) for c in afrin["claims"]
    }
    binnish = analyse(
        "Syria",
        "اعتقلت هيئة تحرير الشام ثلاثة ناشطين من مدينة بنش بعد أيام من مشاركتهم في مظاهرات.",
        published="2024-05-20T10:00:00Z",
    )
    assert [e["subtype"] for e in binnish["events"]] == ["Arrests"]
    baniyas = analyse(
        "Syria",
        "Unidentified gunmen killed four members of one family in a village near Baniyas.",
        published="2026-02-14T16:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in baniyas["events"]] == [
        ("Attack", ["Civilians (Syria)"])
    ]
    assert FATALITIES.figure_in("وقالت قسد إن مقاتليها تصدوا لهجوم وقتلوا 23 عنصراً") == 23


def test_rules_of_the_seventeenth_round() -> None:
    """A follow-up toll goes to the event at the place it names; a toll since a day
    named, and a date's day, are no event's figure; a city's event is its
    neighbourhood's; goods seized are no territory; "Rebels of the NLF said" is the
    Front's claim; one named in a charge is no side; those "killed of" a group suffer
    the strike."""
    turkey = analyse(
        "Syria",
        "Turkish warplanes struck targets around Kobani and Tal Rifaat overnight. The SDF said "
        "the strikes killed two civilians and a journalist in Tal Rifaat.",
        published="2022-11-21T09:00:00Z",
    )
    assert sorted((e["location"], e["fatalities"]) for e in turkey["events"]) == [
        ("Kobani", None),
        ("Tal Rifaat", 3),
    ]
    ocha = analyse(
        "Syria",
        "Shelling and air strikes since 5 October have killed at least 70 civilians across "
        "Idlib, OCHA said.",
        published="2023-10-13T15:00:00Z",
    )
    assert ocha["events"] == []
    suwayda = analyse(
        "Syria",
        "اندلعت اشتباكات بين مسلحين في حي المقوس بمدينة السويداء، ما أسفر عن مقتل 11 شخصاً. "
        "وتدخلت قوات الأمن لفض الاشتباكات في مدينة السويداء.",
        published="2025-07-14T10:00:00Z",
    )
    assert [(e["location"], e["fatalities"]) for e in suwayda["events"]] == [("Al-Maqwas", 11)]
    jordan = analyse(
        "Syria",
        "Jordanian troops seized large quantities of drugs in clashes on the border with Syria.",
        published="2023-12-18T10:00:00Z",
    )
    assert [e["subtype"] for e in jordan["events"]] == ["Armed clash"]
    nlf = analyse(
        "Syria",
        "Rebels of the National Front for Liberation said they had destroyed two tanks near Kafr "
        "Nabudah.",
        published="2019-05-09T17:00:00Z",
    )
    assert [c["speaker"] for c in nlf["claims"]] == ["National Front for Liberation"]
    hasakah = analyse(
        "Syria",
        "شنت الأسايش حملة اعتقالات في حي غويران بمدينة الحسكة، طالت 15 شاباً بتهمة التعامل مع "
        "خلايا تنظيم الدولة الإسلامية.",
        published="2023-03-02T11:00:00Z",
    )
    [arrests] = hasakah["events"]
    assert "Islamic State" not in arrests["actors"]
    manbij = analyse(
        "استشهاد قيادي في قسد بقصف لمسيرة تركية",
        "استشهد قيادي في قوات سوريا الديمقراطية وأصيب مرافقه جراء استهداف مسيرة تركية "
        "سيارتهما على الطريق بين منبج وجرابلس.",
        published="2024-06-18T12:00:00Z",
    )
    assert manbij["events"][0]["actors"][0] == "Military Forces of Turkey"


def test_the_army_is_the_army_named_before() -> None:
    after_jordan = analyse(
        "Syria",
        "Jordanian troops clashed with smugglers on the border with Syria, the Jordanian army "
        "said. The army said the smugglers had crossed from Syrian territory.",
        published="2023-12-18T10:00:00Z",
    )
    assert {c["speaker"] for c in after_jordan["claims"]} == {"Jordan"}
    syrian = analyse(
        "Syria",
        "Israeli strikes hit army positions near Damascus. The army said two soldiers were killed.",
        published="2023-12-18T10:00:00Z",
    )
    assert "Military Forces of Syria (2000-2024)" in {c["speaker"] for c in syrian["claims"]}


def test_rules_of_the_eighteenth_round() -> None:
    """A monitor that "put the toll at" another figure contradicts the first source;
    an organisation's name tells no event; one who "had been arrested" was arrested
    before; a man who "died" under torture is one killed; a neighbourhood named before
    its city is where it happened; "fighters and guards were killed" is one figure."""
    sarmin = analyse(
        "Syria",
        "Russian warplanes struck a market in Sarmin, killing nine civilians, the White Helmets "
        "said. The Syrian Observatory for Human Rights put the toll at 11.",
        published="2023-11-28T13:00:00Z",
    )
    assert [e["fatalities"] for e in sarmin["events"]] == [9]
    assert all(c["contested"] for c in sarmin["claims"])
    ghouta = analyse(
        "Syria",
        "The Organisation for the Prohibition of Chemical Weapons has blamed Damascus for "
        "several attacks in Eastern Ghouta.",
        published="2023-08-21T12:00:00Z",
    )
    assert ghouta["events"] == []
    saydnaya = analyse(
        "Syria",
        "A man from Douma died under torture in Saydnaya prison, his family said. He had been "
        "arrested at a checkpoint in Damascus.",
        published="2024-04-10T12:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"]) for e in saydnaya["events"]] == [("Attack", 1)]
    hasakah = analyse(
        "Syria",
        "Islamic State fighters attacked Ghuwayran prison in Hasakah with a car bomb. At least "
        "20 SDF fighters and guards were killed.",
        published="2022-01-21T10:00:00Z",
    )
    assert [(e["location"], e["fatalities"]) for e in hasakah["events"]] == [("Ghuwayran", 20)]


def test_the_side_that_acted_before_acts_on() -> None:
    prison = analyse(
        "Syria",
        "Islamic State fighters attacked Ghuwayran prison in Hasakah with a car bomb. Clashes "
        "continued into Friday around the prison, and at least 20 SDF fighters were killed.",
        published="2022-01-21T10:00:00Z",
    )
    clash = next(e for e in prison["events"] if e["subtype"] == "Armed clash")
    assert clash["actors"][0] == "Islamic State"
    elsewhere = analyse(
        "Syria",
        "Russian jets struck Sarmin on Monday. In Daraa, gunmen killed a man.",
        published="2023-11-28T13:00:00Z",
    )
    attack = next(e for e in elsewhere["events"] if e["subtype"] == "Attack")
    assert "Military Forces of Russia" not in attack["actors"]


def test_rules_of_the_nineteenth_round() -> None:
    """Jets that "have struck"; districts entered; "Rebels say"; a quote attributed
    after the verb to a name the watchlist lacks; two Arabic groups of dead summed; the
    side that struck before strikes on in the same kind of violence elsewhere, those
    named as the killed suffering it; a source named by a group ("SDF sources")."""
    live = analyse(
        "Syria",
        "17:45 - Rebels say they have entered the western districts of Aleppo city.\n16:30 - "
        "Russian jets have struck Atarib, killing at least 12 civilians.",
        published="2024-11-29T18:00:00Z",
    )
    assert sorted(e["subtype"] for e in live["events"]) == [
        "Air/drone strike",
        "Non-state actor overtakes territory",
    ]
    assert "Syrian rebels" in {c["speaker"] for c in live["claims"]}
    houla = analyse(
        "Syria",
        'Survivors gathered in Taldou. "We want names and trials," said Abdulrahman, a teacher.',
        published="2025-05-25T09:00:00Z",
    )
    assert [c["speaker"] for c in houla["claims"]] == ["Abdulrahman"]
    assert [p["name"] for p in houla["places"]] == ["Taldou"]
    tribes = analyse(
        "Syria",
        "تجددت الاشتباكات في بلدة ذيبان، ما أسفر عن مقتل ستة من عناصر قسد وثلاثة من مقاتلي "
        "العشائر.",
        published="2023-09-02T12:00:00Z",
    )
    assert [e["fatalities"] for e in tribes["events"]] == [9]
    us = analyse(
        "Syria",
        "US bombers struck targets linked to Iran's Revolutionary Guards in Syria on Friday. The "
        "Syrian Observatory said 23 pro-Iran fighters were killed in strikes around Albu Kamal.",
        published="2024-02-03T08:00:00Z",
    )
    albu_kamal = next(e for e in us["events"] if e["location"] == "Al-Bukamal")
    assert albu_kamal["actors"][0] == "Military Forces of the United States"
    sources = analyse(
        "Syria",
        "Turkish drones struck a car near Qamishli, killing two fighters, SDF sources said.",
        published="2024-10-24T12:00:00Z",
    )
    assert [c["speaker"] for c in sources["claims"]] == ["Syrian Democratic Forces"]


def test_a_change_of_territory_names_the_side_that_lost_it() -> None:
    homs = analyse(
        "Syria",
        "Syrian rebels said on Saturday night they had taken full control of the city of Homs. "
        "There was no immediate comment from the Syrian army.",
        published="2024-12-07T23:00:00Z",
    )
    [takeover] = [e for e in homs["events"] if e["type"] == "Battles"]
    assert takeover["actors"] == ["Syrian rebels", "Military Forces of Syria (2000-2024)"]


def test_rules_of_the_twentieth_round() -> None:
    """An attack told by its toll is a battle where it struck armed men and violence
    against civilians where those it struck first are civilians; an artillery strike is shelling;
    soldiers who fire "to disperse the protesters" intervene in the protest."""
    soldiers = analyse(
        "Syria",
        "The Islamic State group claimed an attack that killed two government soldiers near "
        "Palmyra.",
        published="2023-04-17T08:00:00Z",
    )
    assert [(e["type"], e["fatalities"]) for e in soldiers["events"]] == [("Battles", 2)]
    civilians = analyse(
        "Syria",
        "An attack that killed three civilians near Palmyra was blamed on the Islamic State.",
        published="2023-04-17T08:00:00Z",
    )
    assert [e["type"] for e in civilians["events"]] == ["Violence against civilians"]
    ariha = analyse(
        "Syria",
        "A government artillery strike on the town of Ariha killed 15 people.",
        published="2021-06-11T16:00:00Z",
    )
    assert [e["subtype"] for e in ariha["events"]] == ["Shelling/artillery/missile attack"]
    khan_arnabah = analyse(
        "Syria",
        "Residents of Khan Arnabah protested against the incursion, and Israeli soldiers fired "
        "in the air to disperse the protesters.",
        published="2025-02-28T15:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in khan_arnabah["events"]] == [
        ("Protest with intervention", ["Protesters (Syria)", "Military Forces of Israel"])
    ]


def test_rules_of_the_twenty_first_round() -> None:
    """A ministry named with a capital is that state's; one "according to" names
    tells the event and is no side of it; a passive "was killed when" strikes no one
    after it; arrests of a protest's crowd make it a protest with intervention."""
    hakkari = analyse(
        "Turkey",
        "Two Turkish soldiers were killed in an attack by PKK militants in Hakkari province in "
        "southeastern Turkey, the defence ministry in Ankara said on Monday.",
        published="2024-04-08T08:00:00Z",
    )
    assert "Syrian Ministry of Defence" not in {e["name"] for e in hakkari["entities"]}
    tal_tamr = analyse(
        "Syria",
        "Two children were wounded by Turkish shelling near Tal Tamr on Friday, according to a "
        "statement from the SDF.",
        published="2021-12-10T10:00:00Z",
    )
    assert [e["actors"] for e in tal_tamr["events"]] == [
        ["Military Forces of Turkey", "Civilians (Syria)"]
    ]
    border = analyse(
        "Syria",
        "Turkey's defence ministry said a Turkish soldier was killed when YPG militants fired "
        "mortars at a border post from the Kobani area.",
        published="2022-08-16T12:00:00Z",
    )
    assert border["events"][0]["actors"][0] == "People's Protection Units"
    raqqa = analyse(
        "Syria",
        "Hundreds of people protested in Raqqa on Monday against a rise in fuel prices. "
        "Security forces arrested five protesters.",
        published="2023-06-05T14:00:00Z",
    )
    assert [e["subtype"] for e in raqqa["events"]] == ["Protest with intervention"]


def test_violence_against_civilians_has_civilians_among_its_actors() -> None:
    mayadin = analyse(
        "Syria",
        "اغتال مسلحون مجهولون عضواً في المجلس المحلي لمدينة الميادين شرقي دير الزور.",
        published="2022-07-11T09:00:00Z",
    )
    assert [e["actors"] for e in mayadin["events"]] == [["Civilians (Syria)"]]


def test_rules_of_the_twenty_second_round() -> None:
    """Arabic: units that "تصدت" (confronted) an attack fought it, intercepting nothing;
    the attackers "شنه" (who launched it) act first; the Turkish foreign minister
    names Turkey."""
    latamneh = analyse(
        "Syria",
        "تصدت وحدات من الجيش العربي السوري لهجوم شنه إرهابيون من جبهة النصرة على نقاط عسكرية في "
        "محور بلدة اللطامنة بريف حماة الشمالي.",
        published="2024-03-12T10:00:00Z",
    )
    [clash] = latamneh["events"]
    assert clash["subtype"] == "Armed clash"
    assert clash["actors"][0] == "Jabhat al-Nusra"
    al_bab = analyse(
        "Syria",
        "خرج مئات المتظاهرين في مدينة الباب رفضاً لتصريحات وزير الخارجية التركي.",
        published="2022-08-12T15:00:00Z",
    )
    assert "Turkey" in {e["name"] for e in al_bab["entities"]}


def test_rules_of_the_twenty_third_round() -> None:
    """A place after "in northeast" or "for" does not speak; a state blamed for a strike
    acts by its forces; people handed over in a repatriation are no territory; civilians
    a withdrawal names are no side of the battle it joins."""
    envoy = analyse(
        "Syria",
        "More than six million Syrians remain displaced, the UN envoy for Syria told the "
        "Security Council on Thursday.",
        published="2026-03-15T12:00:00Z",
    )
    assert [c["speaker"] for c in envoy["claims"]] == ["United Nations"]
    convoy = analyse(
        "Syria",
        "A drone strike hit a convoy near Albu Kamal on Tuesday, killing nine militiamen, the "
        "Syrian Observatory for Human Rights said. The monitor blamed Israel for the strike.",
        published="2022-11-09T10:00:00Z",
    )
    assert convoy["events"][0]["actors"][0] == "Military Forces of Israel"
    al_hol = analyse(
        "Syria",
        "The administration handed over 200 Iraqi nationals held in al-Hol camp to Iraq, the "
        "latest of several repatriations this year.",
        published="2024-03-19T09:00:00Z",
    )
    assert al_hol["events"] == []
    qusayr = analyse(
        "Syria",
        "Syrian government forces and Hezbollah fighters retook the town of Qusayr from rebels on "
        "Wednesday. Rebels said they had withdrawn to protect civilians.",
        published="2013-06-05T12:00:00Z",
    )
    [battle] = qusayr["events"]
    assert "Civilians (Syria)" not in battle["actors"]


def test_rules_of_the_twenty_fourth_round() -> None:
    """Excessive force against protesters has a toll; an assassination by an air strike
    is the air strike; who left a remnant that went off is no side of it."""
    jasim = analyse(
        "Syria",
        "Syrian security forces opened fire on protesters in the town of Jasim in Daraa "
        "province on Saturday, killing two of them, local activists said.",
        published="2023-03-18T16:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"]) for e in jasim["events"]] == [
        ("Excessive force against protesters", 2)
    ]
    kiswah = analyse(
        "اغتيال قيادي في حزب الله بغارة إسرائيلية قرب دمشق",
        "قتل قيادي في حزب الله اللبناني بغارة شنتها طائرة مسيرة إسرائيلية على سيارته قرب مدينة "
        "الكسوة جنوبي دمشق.",
        published="2024-04-14T21:00:00Z",
    )
    assert [e["subtype"] for e in kiswah["events"]] == ["Air/drone strike"]
    assert kiswah["events"][0]["actors"][0] == "Military Forces of Israel"
    raqqa = analyse(
        "Syria",
        "قتل شخصان بانفجار لغم أرضي من مخلفات تنظيم داعش في أرض زراعية بريف الرقة الشرقي.",
        published="2022-12-19T09:00:00Z",
    )
    assert "Islamic State" not in raqqa["events"][0]["actors"]


def test_rules_of_the_twenty_fifth_round() -> None:
    """A checkpoint of a named force attacked is a clash; Tafas in Arabic; each event on
    the day its sentence names."""
    baniyas = analyse(
        "Syria",
        "Gunmen attacked a General Security checkpoint near Baniyas on Monday, killing three "
        "of its members, the interior ministry said.",
        published="2025-03-12T09:00:00Z",
    )
    assert [(e["subtype"], e["date"]) for e in baniyas["events"]] == [("Armed clash", "2025-03-10")]
    tafas = analyse(
        "Syria",
        "قتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي مساء أمس الخميس.",
        published="2022-10-21T08:00:00Z",
    )
    assert [(e["location"], e["date"]) for e in tafas["events"]] == [("Tafas", "2022-10-20")]


def test_rules_of_the_twenty_sixth_round() -> None:
    """A shooting is a battle where those shot are armed, and who shoots is named after
    "برصاص"; an attack on a military bus told by its toll is a battle; "carried out the
    attack" names who acted; a headline retells the body's event of its sub-type."""
    sniper = analyse(
        "Syria",
        "قتل عنصران من قوات سوريا الديمقراطية برصاص قناص من الفصائل الموالية لتركيا على محور بلدة "
        "دير حافر شرقي حلب.",
        published="2025-01-15T10:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in sniper["events"]] == [
        ("Armed clash", ["Syrian National Army", "Syrian Democratic Forces"])
    ]
    civilian = analyse(
        "Syria",
        "قتل مواطن برصاص عناصر من الأمن العام على حاجز في مدينة تلكلخ بريف حمص الغربي.",
        published="2026-05-20T09:00:00Z",
    )
    assert [e["type"] for e in civilian["events"]] == ["Violence against civilians"]
    bus = analyse(
        "Syria",
        "An attack on a military bus near Palmyra killed 12 soldiers on Wednesday. The Syrian "
        "Observatory for Human Rights said Islamic State cells carried out the attack.",
        published="2023-08-10T13:00:00Z",
    )
    assert [(e["type"], e["fatalities"], e["actors"]) for e in bus["events"]] == [
        ("Battles", 12, ["Islamic State"])
    ]
    kobani = analyse(
        "Turkish drones hit Kobani power station; SDF shells Jarabulus",
        "Turkish drones struck a power station near Kobani on Thursday, the SDF said. In "
        "response, the SDF shelled positions near Jarabulus.",
        published="2022-11-25T15:00:00Z",
    )
    strike = next(e for e in kobani["events"] if e["subtype"] == "Air/drone strike")
    assert strike["actors"] == ["Military Forces of Turkey"]


def test_rules_of_the_twenty_seventh_round() -> None:
    """Troops who push into a village and arrest men make an arrest, no battle; the
    broker of a deal is no side of it; "وحدات الجيش" is the army; "X fighters and Y
    troops" keep their order."""
    beit_jinn = analyse(
        "Syria",
        "Israeli troops pushed into the village of Beit Jinn in rural Damascus before dawn on "
        "Friday and arrested seven men, local residents said.",
        published="2025-06-13T09:00:00Z",
    )
    assert [e["subtype"] for e in beit_jinn["events"]] == ["Arrests"]
    rastan = analyse(
        "Syria",
        "Rebels handed over the town of Rastan to government forces under a Russian-brokered "
        "deal on Wednesday, state media said.",
        published="2018-05-16T10:00:00Z",
    )
    [handover] = rastan["events"]
    assert "Military Forces of Russia" not in handover["actors"]
    saraqib = analyse(
        "Syria",
        "Hayat Tahrir al-Sham fighters and Syrian troops exchanged fire near Saraqib on "
        "Thursday, killing two soldiers.",
        published="2023-11-02T12:00:00Z",
    )
    assert saraqib["events"][0]["actors"][0] == "Hayat Tahrir al-Sham"


def test_rules_of_the_twenty_eighth_round() -> None:
    """A woman and her child killed count two in Arabic; Russian drones in Arabic; those
    "suspected" of membership are no side; an event "a day after" another names it past."""
    idlib = analyse(
        "Syria",
        "قتلت امرأة وطفلها جراء استهداف طائرة مسيرة روسية منزلهما في قرية بريف إدلب الجنوبي.",
        published="2021-09-06T11:00:00Z",
    )
    assert [(e["fatalities"], e["actors"][0]) for e in idlib["events"]] == [
        (2, "Military Forces of Russia")
    ]
    al_hol = analyse(
        "Syria",
        "The Syrian Democratic Forces arrested 20 suspected Islamic State members during a "
        "security sweep of al-Hol camp on Tuesday.",
        published="2024-09-10T10:00:00Z",
    )
    assert [e["actors"] for e in al_hol["events"]] == [["Syrian Democratic Forces"]]
    tal_rifaat = analyse(
        "Syria",
        "Two children were killed on Tuesday when Turkish artillery shelled a village near Tal "
        "Rifaat, the SDF said, a day after Turkish air strikes on Kobani.",
        published="2022-11-22T12:00:00Z",
    )
    assert [e["location"] for e in tal_rifaat["events"]] == ["Tal Rifaat"]


def test_an_attack_already_told_is_no_new_event() -> None:
    """Bare "هجوم" names an attack told before as often as a new one; a new one is told
    with who made it or what it struck. The wounded evacuated, fires fought and scenes
    captured on video are no transfer, battle or capture."""
    investigation = analyse(
        "Syria",
        "بالمقارنة مع هجوم 5 فبراير 2018 تعرض المستشفى لأضرار مشابهة. وبعد هجوم المستشفى "
        "نشر الدفاع المدني صوراً. Civil Defense evacuated the wounded and were seen fighting "
        "fires outside the hospital in Kafr Nabl, as a video captured after the attack shows.",
        published="2018-05-20T12:00:00Z",
    )
    assert investigation["events"] == []
    checkpoint = analyse(
        "Syria",
        "قُتل ثلاثة عناصر من الأمن العام في هجوم شنه مسلحون على حاجز قرب مدينة شهبا.",
        published="2025-03-02T12:00:00Z",
    )
    assert [(e["type"], e["fatalities"]) for e in checkpoint["events"]] == [("Battles", 3)]


def test_areas_of_control_and_clashes_that_did_not_happen_are_no_events() -> None:
    """ "مناطق سيطرة" (areas of control) is no ground taken; "لم تقع أي اشتباكات" (no
    clashes took place) and a hospital "far from the clashes" are no battle."""
    report = analyse(
        "Syria",
        "نشرت الوزارة خريطة تبين مناطق سيطرة تنظيم داعش قرب تلبيسة. ولم تقع أي اشتباكات في "
        "المنطقة المستهدفة، ويقع المستشفى في منطقة سكنية بعيدة عن الاشتباكات.",
        published="2015-10-01T12:00:00Z",
    )
    assert report["events"] == []


def test_the_wars_of_1967_and_the_uprising_of_2011_are_history() -> None:
    """The Golan taken in 1967 and the protests of 2011 are told beside the news, not in it."""
    golan = analyse(
        "Israeli strike near Quneitra",
        "An Israeli drone strike hit a car near Quneitra on Monday, killing two men. Israel "
        "seized the Golan Heights from Syria in the 1967 Six Day War. Protests against Assad "
        "erupted in 2011 in Daraa.",
        published="2019-03-04T12:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"]) for e in golan["events"]] == [("Air/drone strike", 2)]


def test_years_and_the_wars_toll_are_no_events_figures() -> None:
    """A dateline's year is no toll ("31 Oct 2017 At least seven children were killed",
    "27-07-2015 Syria Civilian Killed"); nor is the war's, told beside the event ("More
    than 280000 people have been killed since Syrias conflict erupted"), nor the toll of
    an event told past ("days after a car bomb killed more than 120 evacuees")."""
    shelling = analyse(
        "Children die in shelling",
        "31 Oct 2017 At least seven Syrian children were killed in regime shelling of a "
        "rebel-held area outside Damascus on Tuesday. More than 280000 people have been "
        "killed and millions displaced since Syrias conflict erupted.",
        published="2017-10-31T12:00:00Z",
    )
    assert [e["fatalities"] for e in shelling["events"]] == [7]
    dateline = analyse(
        "Syria", "27-07-2015 Syria Civilian Killed Others Injured in Mortar Shells Bomb Attack."
    )
    assert [e["fatalities"] for e in dateline["events"]] == [None]  # not 2015
    evacuation = analyse(
        "Syria",
        "A blast killed six people in Aleppo's Salaheddin district on Wednesday. The "
        "evacuation resumed in Rashidin, days after a car bomb killed more than 120 evacuees.",
        published="2017-04-19T12:00:00Z",
    )
    assert [e["fatalities"] for e in evacuation["events"]] == [6]


@pytest.mark.parametrize(
    "dateline", ["BEIRUT (Reuters) - ", "AMMAN, Jordan, Aug 1 (AP) — ", "Beirut (AFP) - "]
)
def test_the_dateline_is_where_the_story_was_filed_not_where_it_happened(dateline: str) -> None:
    strikes = analyse(
        "Syria",
        f"{dateline}Syrian air strikes killed at least 39 people on Tuesday, a monitor said. "
        "The strikes hit rebel-held towns in Idlib province.",
        published="2016-01-05T12:00:00Z",
    )
    assert [e["location"] for e in strikes["events"]] == ["Idlib Governorate"]
    assert {"beirut", "amman"} & {p["id"] for p in strikes["places"]}  # still named


def test_a_syrian_dateline_may_be_where_it_happened() -> None:
    capital = analyse(
        "Syria",
        "DAMASCUS, Syria (AP) — A car bomb exploded near a checkpoint in the capital on "
        "Sunday, killing four soldiers.",
        published="2017-03-05T10:00:00Z",
    )
    assert [e["location"] for e in capital["events"]] == ["Damascus"]


@pytest.mark.parametrize(
    "written",
    ["Regime airstrikes", "Syria regime air strikes", "Government air strikes", "Regime shelling"],
)
def test_the_side_named_by_its_weapons_acts(written: str) -> None:
    """Wire copy names the side by what it fires: "regime air strikes", "government
    shelling" (before December 2024) are the Syrian army's."""
    douma = analyse(
        "Syria", f"{written} killed 15 people in Douma.", published="2016-01-05T12:00:00Z"
    )
    assert [e["actors"][:1] for e in douma["events"]] == [["Military Forces of Syria (2000-2024)"]]


def test_no_phrase_runs_from_the_headline_into_the_body() -> None:
    """ "Air strikes hit Idlib" / "Province officials said ...": the city, not "Idlib
    Province" read across the line."""
    idlib = analyse(
        "Air strikes hit Idlib",
        "Province officials said Syrian warplanes struck a market, killing nine civilians.",
        published="2016-01-01T10:00:00Z",
    )
    assert [p["id"] for p in idlib["places"]] == ["idlib"]
    assert [e["location"] for e in idlib["events"]] == ["Idlib"]


def test_a_truce_named_is_no_new_agreement() -> None:
    """ACLED's agreement is one reached: "agreed a ceasefire", not "despite a ceasefire"
    or "since the truce collapsed"."""
    strikes = analyse(
        "Syria",
        "Air strikes hit Idlib on Monday despite a ceasefire that Turkey and Russia brokered "
        "in December. Shelling has intensified since the truce collapsed.",
        published="2017-01-16T12:00:00Z",
    )
    assert "Agreement" not in [e["subtype"] for e in strikes["events"]]
    agreed = analyse(
        "Syria",
        "Russia and Turkey agreed a ceasefire in Syria's Idlib province on Thursday.",
        published="2020-03-05T12:00:00Z",
    )
    assert [e["subtype"] for e in agreed["events"]] == ["Agreement"]


def test_chemical_weapons_named_are_no_chemical_attack() -> None:
    """A stockpile, a factory or a deal on chemical weapons is no attack, nor is the
    site of one told before; "used chemical weapons" is one."""
    diplomacy = analyse(
        "Syria",
        "Russia said its jets destroyed a chemical weapons factory near Raqqa on Tuesday. "
        "Thirteen civilians died in air strikes around Khan Sheikhun, the site of a deadly "
        "April chemical attack, the Observatory said.",
        published="2017-10-08T12:00:00Z",
    )
    assert "Chemical weapon" not in [e["subtype"] for e in diplomacy["events"]]
    jobar = analyse(
        "Syria",
        "State media said rebels in Jobar had used chemical weapons against advancing troops.",
        published="2013-08-24T12:00:00Z",
    )
    assert [e["subtype"] for e in jobar["events"]] == ["Chemical weapon"]


def test_a_year_told_after_the_trigger_dates_it_past() -> None:
    """ "Palmyra, which IS captured in May 2015" in a 2017 article is history, not news;
    so is "a double bomb blast in February" in a September one."""
    palmyra = analyse(
        "Syria",
        "Government forces shelled the outskirts of Palmyra on Monday. The town was used by "
        "Islamic State militants, who captured it in May 2015.",
        published="2017-03-06T12:00:00Z",
    )
    assert [e["subtype"] for e in palmyra["events"]] == ["Shelling/artillery/missile attack"]
    homs = analyse(
        "Syria",
        "A car bomb killed three people in Homs on Friday. The district has been targeted "
        "before, including by a double bomb blast in February that killed 57 people.",
        published="2016-09-03T12:00:00Z",
    )
    assert [e["fatalities"] for e in homs["events"]] == [3]
    jisr = analyse(
        "Syria",
        "Air strikes hit Jisr al-Shughur on Monday. Rebels captured the town in Idlib "
        "province in 2015.",
        published="2017-03-06T12:00:00Z",
    )
    assert [e["subtype"] for e in jisr["events"]] == ["Air/drone strike"]


def test_a_besieged_town_is_no_battle() -> None:
    """ "Air strikes on Douma, the besieged rebel-held town" are one air strike; "fighting
    terrorism" is a policy."""
    douma = analyse(
        "Syria",
        "Air strikes on Douma, the besieged rebel-held town east of Damascus, killed at least "
        "six civilians, the Observatory said. Moscow says it is fighting terrorism in Syria.",
        published="2015-10-30T12:00:00Z",
    )
    assert [e["subtype"] for e in douma["events"]] == ["Air/drone strike"]


def test_the_war_named_to_measure_an_event_by_keeps_it() -> None:
    """ "the deadliest attack on a school since Syria's conflict began" is the event told;
    "the war has killed hundreds of thousands" is the war's toll, no event's."""
    hass = analyse(
        "Syria",
        "Air strikes on a school complex in Hass in Idlib province killed 22 children on "
        "Wednesday, the deadliest attack on a school since Syria's conflict began. The war "
        "has killed hundreds of thousands of people.",
        published="2016-10-27T12:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"]) for e in hass["events"]] == [("Air/drone strike", 22)]


def test_rules_of_the_twenty_ninth_round() -> None:
    """ "بادية الميادين" (the desert of Mayadin) names the town; a headline's "monitor
    says" is the monitor the body names; Homs's al-Waer and Akrama are places."""
    mayadin = analyse(
        "Syria",
        "قتل خمسة عناصر من قوات النظام في هجوم شنه عناصر من تنظيم داعش على نقطة عسكرية في "
        "بادية الميادين.",
        published="2019-04-10T08:00:00Z",
    )
    assert [e["location"] for e in mayadin["events"]] == ["Al-Mayadin"]
    madaya = analyse(
        "Air strikes kill 14 in Syrian town, monitor says",
        "Air strikes killed 14 people in Madaya on Tuesday, the Syrian Observatory for Human "
        "Rights said.",
        published="2016-02-09T15:00:00Z",
    )
    assert {c["speaker"] for c in madaya["claims"]} == {"Syrian Observatory for Human Rights"}
    homs = analyse(
        "Syria",
        "Rebels and government forces agreed a ceasefire for al-Waer in Homs. Shells hit the "
        "Akrama district.",
    )
    assert {"al-waer", "akrama"} <= {p["id"] for p in homs["places"]}


def test_a_toll_over_a_period_is_no_events_toll() -> None:
    """ "the deaths of 735 civilians in its strikes since 2014", "in the past two weeks
    more than 200 civilians have been killed": tolls over a period, not the strike's."""
    raqqa = analyse(
        "Syria",
        "A US-led coalition air strike killed at least 18 civilians in Raqqa on Tuesday, "
        "the Syrian Observatory for Human Rights said. In late September the coalition "
        "acknowledged the deaths of 735 civilians in its strikes on Syria and Iraq since 2014. "
        "In the past two weeks more than 200 civilians have been killed in the province.",
        published="2016-11-02T12:00:00Z",
    )
    assert [e["fatalities"] for e in raqqa["events"]] == [18]


def test_the_observatorys_founder_speaks_for_it() -> None:
    """ "said Observatory director Rami Abdel Rahman": one source with the Observatory, so
    its figures are not two sources disagreeing."""
    qardaha = analyse(
        "Syria",
        "A suicide bomber killed four people in a hospital in Qardaha on Sunday, the Syrian "
        'Observatory for Human Rights said. "Two women and two soldiers were killed in the '
        'attack," said Observatory director Rami Abdel Rahman.',
        published="2015-02-23T12:00:00Z",
    )
    assert {c["speaker"] for c in qardaha["claims"]} == {"Syrian Observatory for Human Rights"}
    assert [e["fatalities"] for e in qardaha["events"]] == [4]


def test_places_and_names_the_real_corpus_used() -> None:
    """Foua and Kafraya, the Castello road, Urum al-Kubra; al-Qaeda is named, but is no
    side in a Syrian event."""
    found = analyse(
        "Syria",
        "Rebels shelled the besieged villages of al-Fouaa and Kefraya on Monday, and an aid "
        "convoy was hit near Urum al-Kubra, west of the Castello Road. The Nusra Front, "
        "al-Qaeda's Syrian affiliate, led the assault.",
        published="2016-09-20T12:00:00Z",
    )
    assert {"al-fuah", "kafriya", "urum-al-kubra", "castello-road"} <= {
        p["id"] for p in found["places"]
    }
    assert "group:al-qaeda" in {e["id"] for e in found["entities"]}
    assert all("Al-Qaeda" not in e["actors"] for e in found["events"])


def test_rules_of_the_thirtieth_round() -> None:
    """An anniversary in Arabic names a past event; "برعاية روسية" (under Russian
    sponsorship) names Russia; "despite the ceasefire" in Arabic is no agreement; "an
    attack on government positions" is a battle."""
    anniversary = analyse(
        "Syria",
        "أحيا ناشطون في إدلب الذكرى السنوية الأولى للهجوم الكيميائي على مدينة خان شيخون.",
        published="2018-04-04T12:00:00Z",
    )
    assert anniversary["events"] == []
    daraa = analyse(
        "Syria",
        "توصلت اللجنة المركزية في درعا البلد وقوات النظام إلى اتفاق لوقف إطلاق النار برعاية روسية.",
        published="2021-09-06T16:00:00Z",
    )
    assert "state:russia" in {e["id"] for e in daraa["entities"]}
    kansafra = analyse(
        "Syria",
        "رغم اتفاق وقف إطلاق النار، قصفت قوات النظام بالمدفعية بلدة كنصفرة بريف إدلب الجنوبي.",
        published="2020-02-10T11:00:00Z",
    )
    assert [e["subtype"] for e in kansafra["events"]] == ["Shelling/artillery/missile attack"]
    sukhnah = analyse(
        "Syria",
        "Islamic State fighters launched an attack on government positions near Sukhnah on "
        "Sunday, killing 11 soldiers.",
        published="2017-05-15T09:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"]) for e in sukhnah["events"]] == [("Armed clash", 11)]


def test_rules_of_the_thirty_first_round() -> None:
    """ "No arrests were reported" tells none; the side that holds the ground struck is
    no side of the strike, but is of a battle for it; Jaramana and al-Yadudah."""
    suwayda = analyse(
        "Syria",
        "Hundreds of people took to the streets of Suwayda on Friday, chanting against "
        "President Bashar al-Assad. No arrests were reported.",
        published="2024-03-01T18:00:00Z",
    )
    assert [e["subtype"] for e in suwayda["events"]] == ["Peaceful protest"]
    aleppo = analyse(
        "Syria",
        "Russian and Syrian jets pounded rebel-held eastern Aleppo on Thursday, killing at "
        "least 25 people, rescue workers said.",
        published="2016-09-30T09:00:00Z",
    )
    assert [e["actors"] for e in aleppo["events"]] == [
        ["Military Forces of Russia", "Military Forces of Syria (2000-2024)"]
    ]
    marea = analyse(
        "Syria",
        "Islamic State fighters clashed with defenders of rebel-held Marea on Sunday.",
        published="2015-07-05T12:00:00Z",
    )
    assert [e["actors"] for e in marea["events"]] == [["Islamic State", "Syrian rebels"]]
    places = analyse(
        "Syria",
        "اندلعت اشتباكات في مدينة جرمانا بريف دمشق. واختطف مسلحون شاباً من بلدة اليادودة.",
        published="2025-03-02T09:00:00Z",
    )
    assert {"jaramana", "al-yadudah"} <= {p["id"] for p in places["places"]}


def test_rules_of_the_thirty_second_round() -> None:
    """History told as such makes no event: a wound "sustained days ago in a landmine
    explosion", a sentence opening in a past year, a tally "since then", "the 2018
    Douma chlorine attack"; gunmen who kill a soldier fight a battle; SANA's
    correspondent is SANA; coalition air strikes are the coalition's."""
    history = analyse(
        "OPCW blames Syrian air force for 2018 Douma chlorine attack",
        "A child died of wounds sustained days ago in a landmine explosion near Tafas. Under "
        "a 2018 deal brokered by Russia, former rebels handed over heavy weapons. Since then, "
        "dozens of former fighters have been assassinated. On Tuesday, gunmen killed a member "
        "of the Fourth Division at a checkpoint near Sanamayn.",
        published="2021-03-18T08:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"], e["actors"]) for e in history["events"]] == [
        ("Armed clash", 1, ["4th Armoured Division"])
    ]
    idlib = analyse(
        "Syria",
        "استهدفت وحدات من الجيش العربي السوري بالمدفعية الثقيلة مقرات للمجموعات الإرهابية في "
        "بلدتي كفرنبودة والهبيط بريف إدلب الجنوبي، حسبما أفاد مراسل سانا.",
        published="2019-05-20T10:00:00Z",
    )
    assert [e["location"] for e in idlib["events"]] == ["Kafr Nabudah", "Al-Habit"]
    assert [c["speaker"] for c in idlib["claims"]] == ["SANA"]
    raqqa = analyse(
        "Syria",
        "The Syrian Democratic Forces breached the wall of Raqqa's old city on Monday, helped "
        "by coalition air strikes. Coalition jets carried out air strikes on Saraqeb.",
        published="2017-07-04T09:00:00Z",
    )
    assert {e["location"]: e["actors"][0] for e in raqqa["events"] if e["type"] != "Battles"} == {
        "Raqqa": "US-led coalition",
        "Saraqib": "US-led coalition",
    }


def test_rules_of_the_thirty_third_round() -> None:
    """ "Iran's state media" is Iran speaking; "damaged in years of fighting" is the
    war; militants who attacked truffle hunters killed them; Baba Amr; security forces
    that fire in the air to disperse a crowd intervene in a protest."""
    consulate = analyse(
        "Syria",
        "An Israeli air strike destroyed Iran's consulate in the Mezzeh district of Damascus "
        "on Monday, Iran's state media said. Many returned to homes in Qusayr that were "
        "damaged in years of fighting.",
        published="2024-04-02T07:00:00Z",
    )
    assert [c["speaker"] for c in consulate["claims"]] == ["Iran"]
    assert [e["subtype"] for e in consulate["events"]] == ["Air/drone strike"]
    palmyra = analyse(
        "Syria",
        "At least 16 truffle hunters were killed when Islamic State militants attacked them "
        "in the desert near Palmyra on Saturday. Syrian troops stormed the Baba Amr district "
        "of Homs after rebels withdrew. Security forces fired in the air to disperse hundreds "
        "of protesters in Latakia.",
        published="2023-03-12T09:00:00Z",
    )
    assert [(e["subtype"], e["location"], e["fatalities"]) for e in palmyra["events"]] == [
        ("Attack", "Palmyra", 16),
        ("Government regains territory", "Baba Amr", None),
        ("Protest with intervention", "Latakia", None),
    ]


def test_rules_of_the_thirty_fourth_round() -> None:
    """Arabic as outlets write it: two devices that went off (not explosives seized),
    an attack by "mercenaries", a body found shot, al-Bara, the UN envoy's name;
    "warplanes and artillery" strike from the air, "repelled a ground attack" is a
    battle."""
    arabic = analyse(
        "سوريا",
        "قُتل 14 عسكرياً وأصيب ثلاثة آخرون جراء تفجير عبوتين ناسفتين استهدفتا حافلة عند جسر "
        "الرئيس وسط دمشق. وضبطت بحوزتهم عبوات ناسفة في ريف دمشق. قصفت قوات النظام بقذائف "
        "المدفعية أطراف بلدة البارة. استشهد مقاتل من وحدات حماية الشعب إثر هجوم لمرتزقة الاحتلال "
        "التركي في ريف منبج. عثر أهالي بلدة ذيبان على جثة شاب مقتولاً بطلق ناري.",
        published="2021-10-20T09:00:00Z",
    )
    assert [(e["subtype"], e["location"], e["fatalities"]) for e in arabic["events"]] == [
        ("Remote explosive/landmine/IED", "Damascus", 14),
        ("Shelling/artillery/missile attack", "Al-Bara", None),
        ("Armed clash", "Manbij", 1),
        ("Attack", "Dhībān", 1),
    ]
    envoy = analyse("سوريا", "قال المبعوث الأممي إلى سوريا غير بيدرسن إن الحل سياسي.")
    assert "person:geir-pedersen" in {e["id"] for e in envoy["entities"]}
    ras_al_ain = analyse(
        "Syria",
        "Turkish warplanes and artillery pounded Ras al-Ain, while the SDF said it had "
        "repelled a ground attack. Israel's military said it struck Hezbollah depots.",
        published="2019-10-10T15:00:00Z",
    )
    assert [e["subtype"] for e in ras_al_ain["events"]] == ["Air/drone strike", "Armed clash"]
    assert "group:israeli-forces" in {e["id"] for e in ras_al_ain["entities"]}


def test_arabic_air_strikes_as_reports_name_them_and_damascus_time() -> None:
    """ "بثلاث ضربات جوية" (with three air strikes), "طائرات حربية روسية استهدفته"
    (Russian warplanes targeted it); "14:12 بتوقيت دمشق" (Damascus time) is a clock,
    not a place."""
    found = analyse(
        "سوريا",
        "تم استهداف سوق الأتارب بثلاث ضربات جوية عند الساعة 14:12 بتوقيت دمشق، ما تسبب بمقتل "
        "69 مدنياً. واستهدفت طائرات حربية روسية مستشفى في كفرتخاريم.",
        published="2017-11-13T18:00:00Z",
    )
    assert [(e["subtype"], e["location"]) for e in found["events"]] == [
        ("Air/drone strike", "Atarib"),
        ("Air/drone strike", "Kafr Takhārīm"),
    ]
    assert "damascus" not in {p["id"] for p in found["places"]}


def test_rules_of_the_thirty_fifth_round() -> None:
    """Fighting that "entered its second month" is the war's course, not the day's
    event; "civilian and military institutions" name no civilians; "the Syrian state"
    and "the Kurdish-led force" are named."""
    found = analyse(
        "Syria",
        "SDF commander Mazloum Abdi and President Ahmed al-Sharaa signed an agreement to "
        "integrate the force's civilian and military institutions into the Syrian state. "
        "Turkish drones struck SDF positions near the Tishrin Dam on Tuesday, killing four "
        "fighters, the Kurdish-led force said, as fighting with Turkish-backed factions "
        "entered its second month.",
        published="2025-03-11T09:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in found["events"]] == [
        ("Agreement", ["Syrian Democratic Forces"]),
        ("Air/drone strike", ["Military Forces of Turkey", "Syrian Democratic Forces"]),
    ]
    assert "state:syria" in {e["id"] for e in found["entities"]}
    assert [c["speaker"] for c in found["claims"]] == ["Syrian Democratic Forces"]


def test_rules_of_the_thirty_sixth_round() -> None:
    """A Syrian place named once where something happens is a Syrian story; "ما أدى إلى
    مقتله" (which led to his death) is one dead, unless the sentence gives a figure;
    Sherawa."""
    sherawa = analyse(
        "قصف تركي",
        "قصف جيش الاحتلال التركي بالمدفعية الثقيلة قرى ناحية شيراوا في ريف عفرين.",
        published="2023-02-02T10:00:00Z",
    )
    assert sherawa["is_syria_related"]
    assert [e["location"] for e in sherawa["events"]] == ["Sherawa"]
    patrol = analyse(
        "Protesters cut short first joint patrol on M4",
        "Russian military police began joint patrols with Turkish troops on the M4 highway "
        "in Idlib on Sunday, but cut the first patrol short after protesters blocked the road.",
    )
    assert patrol["is_syria_related"]
    drone = analyse(
        "سوريا",
        "استهدفت طائرة مسيرة مجهولة سيارة تقل قيادياً في هيئة تحرير الشام قرب سرمدا، ما أدى "
        "إلى مقتله على الفور. قتل خمسة بينهم قيادي في غارة على إدلب، وأكد المرصد مقتله.",
        published="2023-06-12T10:00:00Z",
    )
    assert [e["fatalities"] for e in drone["events"]] == [1, 5]


def test_rules_of_the_thirty_seventh_round() -> None:
    """An Arabic truce named is no agreement unless reached, signed or declared; a
    headline's shooting is the body's battle where the body's victims are armed."""
    truces = analyse(
        "سوريا",
        "خرقت قوات النظام الهدنة في ريف إدلب بقصف مدفعي على بلدة كفرنبل. وبموجب اتفاق التسوية "
        "الذي رعته روسيا عام 2018، سلمت فصائل المعارضة سلاحها الثقيل في درعا. وأعلنت وزارة "
        "الدفاع التركية التوصل إلى اتفاق لوقف إطلاق النار في إدلب.",
        published="2020-03-05T18:00:00Z",
    )
    assert [(e["subtype"], e["location"]) for e in truces["events"]] == [
        ("Shelling/artillery/missile attack", "Kafr Nabl"),
        ("Agreement", "Idlib Governorate"),  # "ريف إدلب" named the governorate
    ]
    hajin = analyse(
        "Two council members shot dead in Hajin",
        "Unidentified gunmen shot dead two members of the SDF-affiliated military council in "
        "the town of Hajin.",
        published="2022-05-10T12:00:00Z",
    )
    assert [e["subtype"] for e in hajin["events"]] == ["Armed clash"]


def test_those_counted_after_an_arabic_killing_verb_suffer_it() -> None:
    """ "قتل 33 جندياً تركياً في غارة جوية نفذتها طائرات روسية وسورية": the Turkish
    soldiers are killed; Russian and Syrian aircraft strike."""
    found = analyse(
        "سوريا",
        "قتل 33 جندياً تركياً في غارة جوية نفذتها طائرات روسية وسورية على مواقعهم في ريف إدلب "
        "الجنوبي.",
        published="2020-02-28T10:00:00Z",
    )
    assert [e["actors"][0] for e in found["events"]] == ["Military Forces of Russia"]


def test_the_civil_defence_in_arabic_is_the_white_helmets_unless_another_states() -> None:
    found = analyse(
        "سوريا",
        "قُتل ستة مدنيين جراء غارات جوية روسية استهدفت بلدة الأتارب، بحسب ما أفاد الدفاع المدني. "
        "وقال الدفاع المدني اللبناني إن الحريق أخمد.",
        published="2019-07-20T10:00:00Z",
    )
    assert found["claims"][0]["speaker"] == "Syria Civil Defence"
    civil_defence = [e for e in found["entities"] if e["id"] == "org:white-helmets"]
    assert [e["mentions"] for e in civil_defence] == [1]  # not Lebanon's


def test_rules_of_the_thirty_eighth_round() -> None:
    """An Arabic bulletin's incidents joined by "، ومقتل" each keep their toll and sides;
    "صدت هجوماً لتنظيم داعش" is a battle; "some stormed the governor's office" a riot;
    "Syrian state media" is an unnamed source, not Syria."""
    bulletin = analyse(
        "سوريا",
        "وثق المرصد السوري مقتل عنصرين من قوات النظام برصاص قناص في ريف اللاذقية، ومقتل مدني "
        "بانفجار لغم في ريف حماة الشرقي. قالت قوات سوريا الديمقراطية إنها صدت هجوماً لتنظيم داعش "
        "على حقل العمر النفطي.",
        published="2021-05-03T10:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"], e["actors"][0]) for e in bulletin["events"]] == [
        ("Armed clash", 2, "Military Forces of Syria (2000-2024)"),
        ("Remote explosive/landmine/IED", 1, "Civilians (Syria)"),
        ("Armed clash", None, "Syrian Democratic Forces"),
    ]
    riot = analyse(
        "Suwayda",
        "Hundreds of people protested in Suwayda on Sunday over fuel shortages; some stormed "
        "the governor's office and set fire to files. Syrian state media said calm returned.",
        published="2022-12-04T18:00:00Z",
    )
    assert "Violent demonstration" in {e["subtype"] for e in riot["events"]}
    assert "state:syria" not in {e["id"] for e in riot["entities"]}


def test_rules_of_the_thirty_ninth_round() -> None:
    """A wrap-up's incidents keep their own sides (a landmine after coalition strikes is
    not the coalition's); "attacked SDF positions" is a battle; "an attack claimed by
    Islamic State" is IS's claim and act; "Aleppo's Sheikh Maqsoud" is the
    neighbourhood; "بسط سيطرته" is control taken; "، فيما" starts another incident only
    where it tells one."""
    wrap = analyse(
        "Syria",
        "Islamic State fighters attacked SDF positions near Hajin on Friday. Separately, "
        "US-led coalition air strikes on al-Susah killed 10 civilians. In Raqqa, a landmine "
        "killed two children. Two bombs exploded in Qamishli, killing 44 people, in an attack "
        "claimed by Islamic State. Clashes erupted in Aleppo's Sheikh Maqsoud neighbourhood.",
        published="2018-11-24T10:00:00Z",
    )
    assert [(e["subtype"], e["location"], e["actors"][:1]) for e in wrap["events"]] == [
        ("Armed clash", "Hajin", ["Islamic State"]),
        ("Air/drone strike", "As Sūsah", ["US-led coalition"]),
        ("Remote explosive/landmine/IED", "Raqqa", ["Civilians (Syria)"]),
        ("Remote explosive/landmine/IED", "Qamishli", ["Islamic State"]),
        ("Armed clash", "Sheikh Maqsoud", []),
    ]
    assert [c["speaker"] for c in wrap["claims"]] == ["Islamic State"]
    arabic = analyse(
        "سوريا",
        "بسط الجيش العربي السوري سيطرته على بلدة كفرزيتا. قتل أربعة مدنيين بقصف لقوات النظام على "
        "مدينة أريحا، فيما أصيب آخرون بقصف مماثل على بلدة سرمين. قالت قسد إنها صدت هجوماً لتنظيم "
        "داعش على حقل العمر، فيما زعم التنظيم أنه قتل 15 عنصراً من قسد.",
        published="2019-08-24T10:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"]) for e in arabic["events"]] == [
        ("Government regains territory", None),
        ("Shelling/artillery/missile attack", 4),
        ("Shelling/artillery/missile attack", None),
        ("Armed clash", 15),
    ]


def test_rules_of_the_fortieth_round() -> None:
    """A month's toll is no event; "claimed responsibility for killing an SDF officer"
    is a battle; "demanding the release of a man detained" is a grievance."""
    found = analyse(
        "Syria",
        "The Syrian Network for Human Rights said 98 civilians were killed in Syria in March, "
        "most of them by Russian and government air strikes in Idlib. Islamic State claimed "
        "responsibility for killing an SDF officer in the town of Shuhayl on Tuesday. "
        "Protesters in Sweida blocked the highway, demanding the release of a local man "
        "detained by security forces.",
        published="2020-04-01T10:00:00Z",
    )
    assert [(e["subtype"], e["location"]) for e in found["events"]] == [
        ("Armed clash", "Al-Shuhayl"),
        ("Peaceful protest", "As-Suwayda"),
    ]


def test_rules_of_the_forty_first_round() -> None:
    """ "بهجوم لخلايا تنظيم الدولة" names who attacked, the soldiers whose bodies were
    found suffered it; "في مثل هذا اليوم من عام 2013" is history; "Syrian government
    helicopters" are the government's forces."""
    found = analyse(
        "سوريا",
        "عثر على جثث ثلاثة عناصر من قوات النظام في بادية دير الزور، قتلوا بهجوم لخلايا تنظيم "
        "الدولة الإسلامية. في مثل هذا اليوم من عام 2013، ارتكبت قوات النظام مجزرة الكيماوي في "
        "الغوطة الشرقية.",
        published="2020-12-12T10:00:00Z",
    )
    assert [(e["subtype"], e["fatalities"], e["actors"]) for e in found["events"]] == [
        ("Armed clash", 3, ["Islamic State", "Military Forces of Syria (2000-2024)"])
    ]
    darayya = analyse(
        "Syria",
        "Syrian government helicopters dropped barrel bombs on Darayya, killing two children.",
        published="2016-06-12T10:00:00Z",
    )
    assert [e["actors"][0] for e in darayya["events"]] == ["Military Forces of Syria (2000-2024)"]


def test_rules_of_the_forty_second_round() -> None:
    """Looters who ransacked an embassy; "Homs' Karm al-Zeitoun district"; "killed an
    Iranian general and four guards" is five; CENTCOM in Arabic."""
    found = analyse(
        "Syria",
        "Looters ransacked the Iranian embassy in Damascus on Sunday. Security forces "
        "detained 12 men in Homs' Karm al-Zeitoun district on Thursday. Israeli strikes on "
        "Damascus killed an Iranian general and four guards.",
        published="2024-12-09T08:00:00Z",
    )
    assert [(e["subtype"], e["location"], e["fatalities"]) for e in found["events"]] == [
        ("Looting/property destruction", "Damascus", None),
        ("Arrests", "Karm al-Zeitoun", None),
        ("Air/drone strike", "Damascus", 5),
    ]
    centcom = analyse(
        "سوريا",
        "أعلنت القيادة المركزية الأمريكية مقتل قيادي في تنظيم حراس الدين بغارة جوية في ريف إدلب.",
        published="2023-08-24T10:00:00Z",
    )
    assert [c["speaker"] for c in centcom["claims"]] == ["Military Forces of the United States"]


def test_rules_of_the_forty_third_round() -> None:
    """ "jets had killed 30 militants in strikes near Idlib" is a strike; "activists
    accused the group" is their claim ("12 men accused of" is none); what people fled is
    no event; "نفى المكتب الإعلامي لهيئة تحرير الشام" is HTS denying."""
    found = analyse(
        "Syria",
        "Russia's defence ministry said its jets had killed 30 militants in strikes near "
        "Idlib. Hayat Tahrir al-Sham denied that its fighters had detained an aid worker, "
        "after activists accused the group of abducting him. Security forces arrested 12 men "
        "accused of taking part in attacks. At least 1,000 people had fled Tal Tamr in the "
        "past week because of Turkish shelling.",
        published="2019-06-10T10:00:00Z",
    )
    assert [e["subtype"] for e in found["events"]] == ["Air/drone strike", "Arrests"]
    assert [(c["speaker"], c["stance"]) for c in found["claims"]] == [
        ("Russia", "asserts"),
        ("Hayat Tahrir al-Sham", "denies"),
        ("activists", "asserts"),
    ]
    office = analyse(
        "سوريا",
        "نفى المكتب الإعلامي لهيئة تحرير الشام الأنباء التي تحدثت عن انسحاب عناصره من كفرنبل.",
        published="2019-08-30T10:00:00Z",
    )
    assert [(c["speaker"], c["stance"]) for c in office["claims"]] == [
        ("Hayat Tahrir al-Sham", "denies")
    ]


def test_rules_of_the_forty_fourth_round() -> None:
    """ "Iraq's Sinjar district" is no Syrian Sinjar; "the Observatory said" is the
    Observatory; "Homs governor said" is an unnamed source."""
    sinjar = analyse(
        "Turkish drone strike in Sinjar kills two",
        "Turkish drones struck a PKK vehicle in Iraq's Sinjar district, killing two, Kurdish "
        "officials said.",
        published="2023-03-10T10:00:00Z",
    )
    assert not sinjar["is_syria_related"]
    assert [p["mentions"] for p in sinjar["places"]] == [1]  # the headline's, not "Iraq's"
    bases = analyse(
        "Syria",
        "Russia's Hmeimim air base came under drone attack. Turkey's Afrin operation went on.",
    )
    assert {p["id"] for p in bases["places"]} == {"hmeimim", "afrin"}
    claims = analyse(
        "Syria",
        "Clashes broke out in Idlib province between HTS and Hurras al-Din, the Observatory "
        "said. Homs governor said 20 families returned to the old city of Homs on Sunday.",
        published="2020-06-24T10:00:00Z",
    )
    assert [c["speaker"] for c in claims["claims"]] == [
        "Syrian Observatory for Human Rights",
        "governor",
    ]


def test_rules_of_the_forty_fifth_round() -> None:
    """ "غارة جوية روسية" names Russia's forces; "كسر الحصار" (broke the siege) is ground
    taken, the government's where its army did it."""
    found = analyse(
        "سوريا",
        "الساعة 09:15: غارة جوية روسية على أطراف بلدة كفرتخاريم.\nدخلت وحدات من الجيش العربي "
        "السوري مدينة دير الزور بعد كسر الحصار الذي فرضه تنظيم داعش لأكثر من ثلاث سنوات.",
        published="2017-09-06T10:00:00Z",
    )
    assert [(e["subtype"], e["actors"][:1]) for e in found["events"]] == [
        ("Air/drone strike", ["Military Forces of Russia"]),
        ("Government regains territory", ["Military Forces of Syria (2000-2024)"]),
    ]


def test_the_capital_standing_for_the_state_is_no_events_place() -> None:
    """ "in support of its ally Damascus", "the Damascus regime": the Syrian state, not
    the city, so no air strike falls on Damascus."""
    strikes = analyse(
        "Syria",
        "Russian warplanes struck Islamic State positions near Deir ez-Zor on Monday. Moscow "
        "has been carrying out air strikes in support of its ally Damascus since 2015.",
        published="2017-09-11T12:00:00Z",
    )
    assert [e["location"] for e in strikes["events"]] == ["Deir ez-Zor"]
    assert "state:syria" in {e["id"] for e in strikes["entities"]}


def test_rules_of_the_forty_sixth_round() -> None:
    """An attack told by who suffered it ("تعرضت نقطة عسكرية لقوات النظام لهجوم", "a
    patrol came under fire"): the sufferer is struck, not the side that acts; "وفقاً
    للمرصد" names the Observatory; a bulletin's "SOHR:" speaks; "handed control of" is
    ground handed over."""
    passive = analyse(
        "درعا",
        "تعرضت نقطة عسكرية لقوات النظام لهجوم من قبل مسلحين من داعش في بلدة الحراك بريف درعا "
        "الشرقي، ما أسفر عن مقتل ثلاثة عناصر، وفقاً للمرصد السوري لحقوق الإنسان.",
        published="2022-03-14T09:00:00Z",
    )
    assert [
        (e["subtype"], e["location"], e["fatalities"], e["actors"]) for e in passive["events"]
    ] == [("Armed clash", "Al Ḩirāk", 3, ["Islamic State", "Military Forces of Syria (2000-2024)"])]
    assert [c["speaker"] for c in passive["claims"]] == ["Syrian Observatory for Human Rights"]
    patrol = analyse(
        "Syria",
        "A Russian military police patrol came under fire near Tal Tamr on Monday.\n"
        "SOHR: A regime soldier was killed by sniper fire from Hay'at Tahrir al-Sham near "
        "Kabani in Latakia.\nThe Syrian Democratic Forces handed control of the Tishrin Dam "
        "to government forces on Saturday.",
        published="2025-06-14T13:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in patrol["events"]] == [
        ("Armed clash", ["Military Forces of Russia"]),
        ("Armed clash", ["Hayat Tahrir al-Sham", "Military Forces of Syria (2000-2024)"]),
        (
            "Non-violent transfer of territory",
            ["Syrian Democratic Forces", "Military Forces of Syria (2024-)"],
        ),
    ]
    assert [c["speaker"] for c in patrol["claims"]] == ["Syrian Observatory for Human Rights"]


def test_attacks_retold_criticised_or_counted_are_no_new_events() -> None:
    """ "came under fire from Human Rights Watch" is criticism; "للهجوم" (to the attack)
    and "لهجوم سابق" (a previous attack) retell one; "تعرض لهجوم في 5 مايو بأربع غارات"
    is the air strikes; a headline's "massacre" is the body's massacre of 2013."""
    criticised = analyse(
        "Syria",
        "The US-led coalition came under fire from Human Rights Watch over civilian deaths in "
        "Raqqa. "
        "The ministry came under fire for its handling of the crisis in Aleppo.",
        published="2017-05-02T10:00:00Z",
    )
    assert criticised["events"] == []
    retold = analyse(
        "إدلب",
        "خرج المستشفى في كفرنبل عن الخدمة نتيجة للهجوم، وكان قد تعرض لهجوم سابق. وتعرض "
        "المستشفى لهجوم في 5 أيار 2019 بأربع غارات جوية.",
        published="2019-05-06T10:00:00Z",
    )
    assert [e["subtype"] for e in retold["events"]] == ["Air/drone strike"]
    headline = analyse(
        "Security forces arrest ex-officer over Tadamon massacre",
        "General Security forces arrested a former army officer in the Latakia countryside "
        "who is accused of taking part in the 2013 Tadamon massacre in Damascus.",
        published="2025-05-20T15:00:00Z",
    )
    assert [e["subtype"] for e in headline["events"]] == ["Arrests"]


def test_a_source_after_wifqan_is_named_without_its_preposition() -> None:
    """ "وفقاً لمصادر محلية", "وفقاً لأسامة عيدو (قسم الأشعة)": the sources, the man."""
    found = analyse(
        "حماة",
        "مقتل ثلاثة عناصر بقصف على بلدة كفرزيتا، وفقاً لمصادر محلية. وأصيب مدنيان بقصف على "
        "بلدة اللطامنة، وفقاً لأسامة عيدو (قسم الأشعة) في المستشفى.",
        published="2019-05-06T10:00:00Z",
    )
    assert [c["speaker"] for c in found["claims"]] == ["مصادر محلية", "أسامة عيدو"]


def test_rules_of_the_forty_seventh_round() -> None:
    """Suicide drones, a tanker rigged with explosives, an offensive launched on army
    positions; "اختطف" (he abducted)."""
    found = analyse(
        "Syria",
        "Hayat Tahrir al-Sham launched suicide drones at Syrian army positions near Saraqib. "
        "A fuel tanker rigged with explosives blew up in a crowded market in Afrin. Rebel groups "
        "launched a major offensive on Aleppo, attacking army positions in the city's "
        "southwest.",
        published="2016-07-31T18:00:00Z",
    )
    assert [(e["subtype"], e["location"]) for e in found["events"]] == [
        ("Air/drone strike", "Saraqib"),
        ("Remote explosive/landmine/IED", "Afrin"),
        ("Armed clash", "Aleppo"),
    ]
    assert found["events"][2]["actors"] == ["Syrian rebels", "Military Forces of Syria (2000-2024)"]
    abducted = analyse(
        "السويداء",
        "اختطف مسلحون مجهولون شاباً في بلدة القريا بريف السويداء الجنوبي مساء أمس الثلاثاء.",
        published="2021-07-14T09:00:00Z",
    )
    assert [(e["subtype"], e["date"]) for e in abducted["events"]] == [
        ("Abduction/forced disappearance", "2021-07-13")
    ]


def test_who_reports_anothers_act_does_not_act_in_it() -> None:
    """ "Russia says militants shelled Aleppo": Russia tells it; "the SDF said the army had
    shelled its positions": the SDF tells its own part, as the struck side; a closing
    attribution of seven words with a name in it speaks too."""
    reported = analyse(
        "Russia says militants shelled Aleppo",
        "Militants shelled residential areas of Aleppo on Monday, killing three civilians, the "
        "Russian Centre for Reconciliation in Syria said.",
        published="2019-03-05T09:00:00Z",
    )
    [shelling] = reported["events"]
    assert "Military Forces of Russia" not in shelling["actors"]
    assert [c["speaker"] for c in reported["claims"]] == ["Russia", "Russia"]
    own = analyse(
        "Syria",
        "The SDF said the army had shelled its positions near Deir Hafer.",
        published="2023-03-10T15:00:00Z",
    )
    assert [e["actors"] for e in own["events"]] == [
        ["Military Forces of Syria (2000-2024)", "Syrian Democratic Forces"]
    ]


def test_rules_of_the_forty_eighth_round() -> None:
    """ "An Israeli strike near al-Qusayr" is an air strike; who the smuggled weapons were
    for, and those "suspected" ("يشتبه بانتمائهم لخلايا داعش") of belonging to a group, are
    no side; "the government says it is fighting terrorist gangs" is no battle."""
    found = analyse(
        "Syria",
        "An Israeli strike near al-Qusayr killed two men the Israeli military said were "
        "smuggling weapons to Hezbollah. The government says it is fighting armed terrorist "
        "gangs.",
        published="2024-01-29T15:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in found["events"]] == [
        ("Air/drone strike", ["Military Forces of Israel"])
    ]
    arrests = analyse(
        "القامشلي",
        "اعتقلت الأسايش خمسة أشخاص في مدينة القامشلي يشتبه بانتمائهم لخلايا تنظيم داعش.",
        published="2023-04-11T10:00:00Z",
    )
    assert [(e["subtype"], e["actors"]) for e in arrests["events"]] == [("Arrests", ["Asayish"])]


def test_the_judiciary_speaks_unnamed() -> None:
    """ "according to prosecutors", "according to the judiciary": unnamed sources, as
    "officials" are."""
    found = analyse(
        "Syria",
        "Two men were sentenced over the bombing of a bus in Homs, according to prosecutors. "
        "A third was acquitted, according to the judiciary.",
        published="2025-03-06T12:00:00Z",
    )
    assert [c["speaker"] for c in found["claims"]] == ["prosecutors", "the judiciary"]
