"""The development set for `syriawatch eval`, kept as Python so it reads like a
list of cases; `python tests/devset/build_devset.py` writes dev.jsonl.

Every article was written for syriawatch and describes no real event; the labels
are what a careful reader finds, not what the detector happened to output.
"""

import json
from pathlib import Path

AIR = ("Explosions/Remote violence", "Air/drone strike")
SHELL = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
IED = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
SUICIDE = ("Explosions/Remote violence", "Suicide bomb")
CHEM = ("Explosions/Remote violence", "Chemical weapon")
CLASH = ("Battles", "Armed clash")
TAKE = ("Battles", "Non-state actor overtakes territory")
REGAIN = ("Battles", "Government regains territory")
HANDOVER = ("Strategic developments", "Non-violent transfer of territory")
ARREST = ("Strategic developments", "Arrests")
PROTEST = ("Protests", "Peaceful protest")
ATTACK = ("Violence against civilians", "Attack")
ABDUCT = ("Violence against civilians", "Abduction/forced disappearance")


def event(kind, location, fatalities=None):
    return {"type": kind[0], "subtype": kind[1], "location": location, "fatalities": fatalities}


CASES = [
    # --- wire copy ------------------------------------------------------------------------
    dict(
        title="Air strikes kill 9 in Idlib town",
        published="2024-03-05T10:00:00Z",
        body="Air strikes on the town of Sarmin in Syria's Idlib province killed nine civilians "
        "on Monday, the Syrian Observatory for Human Rights said. The Britain-based monitor "
        "said Russian warplanes carried out the raids.",
        is_syria_related=True,
        entities=["state:syria", "org:sohr", "group:russian-forces"],
        places=["gn:164782", "gov:idlib"],
        events=[event(AIR, "gn:164782", 9)],
    ),
    dict(
        title="Car bomb kills four in Azaz",
        published="2024-04-10T08:00:00Z",
        body="A car bomb exploded near a market in the northern Syrian city of Azaz on "
        "Tuesday, killing four people and wounding 15, local officials said. No group "
        "claimed the attack in the area held by the Turkish-backed Syrian National Army.",
        is_syria_related=True,
        entities=["group:sna"],
        places=["azaz"],
        events=[event(IED, "azaz", 4)],
    ),
    dict(
        title="Shelling hits Deir ez-Zor villages",
        published="2024-05-02T12:00:00Z",
        body="Government forces shelled villages east of Deir ez-Zor overnight, killing two "
        "children, according to the Syrian Observatory for Human Rights. The Kurdish-led "
        "Syrian Democratic Forces hold the eastern bank of the Euphrates.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:sohr", "group:sdf"],
        places=["deir-ez-zor"],
        events=[event(SHELL, "deir-ez-zor", 2)],
    ),
    dict(
        title="Rebels seize town near Hama",
        published="2024-12-04T09:00:00Z",
        body="Rebels led by Hayat Tahrir al-Sham seized the town of Morek north of Hama on "
        "Wednesday after government forces withdrew, a war monitor said.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "group:hts", "group:syrian-government-forces", "org:sohr"],
        places=["morek", "hama"],
        events=[event(TAKE, "morek")],
    ),
    dict(
        title="Army retakes Palmyra",
        published="2017-03-02T09:00:00Z",
        body="The Syrian army recaptured Palmyra from the Islamic State group on Thursday "
        "with the help of Russian air strikes, state media said.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "group:isis", "group:russian-forces"],
        places=["palmyra"],
        events=[event(REGAIN, "palmyra"), event(AIR, "palmyra")],
    ),
    dict(
        title="Clashes in Daraa countryside",
        published="2023-07-12T14:00:00Z",
        body="Clashes between local gunmen and government forces in the town of Nawa in "
        "Daraa province killed three fighters on Tuesday, activists said.",
        is_syria_related=True,
        entities=["group:syrian-government-forces"],
        places=["nawa", "gov:daraa"],
        events=[event(CLASH, "nawa", 3)],
    ),
    dict(
        title="Suicide bomber hits checkpoint in Raqqa",
        published="2019-01-21T10:00:00Z",
        body="A suicide bomber blew himself up at a checkpoint of the Syrian Democratic Forces "
        "in Raqqa on Monday, killing five fighters, the SDF said. The Islamic State "
        "group claimed the attack.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis"],
        places=["raqqa"],
        events=[event(SUICIDE, "raqqa", 5)],
    ),
    dict(
        title="Chlorine attack reported in Douma",
        published="2018-04-08T06:00:00Z",
        body="Rescue workers said a chlorine gas attack on Douma in Eastern Ghouta killed at "
        "least 40 people on Saturday. The government denied using chemical weapons.",
        is_syria_related=True,
        entities=[],
        places=["douma", "eastern-ghouta"],
        events=[event(CHEM, "douma", 40)],
    ),
    # --- broadcast and monitor bulletins -----------------------------------------------------
    dict(
        title="Bulletin: Aleppo countryside",
        published="2024-02-19T18:00:00Z",
        body="Turkish drones struck a vehicle near Tal Rifaat in the northern Aleppo "
        "countryside on Monday, killing two members of the People's Protection Units "
        "(YPG), the Syrian Observatory for Human Rights reported.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:ypg", "org:sohr"],
        places=["tal-rifaat", "gov:aleppo"],
        events=[event(AIR, "tal-rifaat", 2)],
    ),
    dict(
        title="Bulletin: arrests in Homs",
        published="2023-11-03T18:00:00Z",
        body="Security forces arrested 12 young men in a raid on Talbiseh in the northern "
        "Homs countryside on Friday, according to the Syrian Network for Human Rights.",
        is_syria_related=True,
        entities=["org:snhr"],
        places=["talbiseh", "gov:homs"],
        events=[event(ARREST, "talbiseh")],
    ),
    dict(
        title="Evening news: protests in Suwayda",
        published="2023-09-01T19:00:00Z",
        body="Hundreds of people protested in the main square of As-Suwayda on Friday, "
        "demanding the release of detainees and political change. The demonstration "
        "ended peacefully.",
        is_syria_related=True,
        entities=[],
        places=["suwayda"],
        events=[event(PROTEST, "suwayda")],
    ),
    dict(
        title="Gunmen kill family in Hama village",
        published="2024-06-15T11:00:00Z",
        body="Unidentified gunmen shot dead a man, his wife and their son in a village near "
        "Salamiyah in Syria's Hama province, local sources said.",
        is_syria_related=True,
        entities=["state:syria"],
        places=["salamiyah", "gov:hama"],
        events=[event(ATTACK, "salamiyah", 3)],
    ),
    dict(
        title="Activist kidnapped in Afrin",
        published="2022-08-08T08:00:00Z",
        body="Members of a Turkish-backed faction kidnapped a Kurdish activist in Afrin on "
        "Sunday, his family said. The Syrian National Army did not comment.",
        is_syria_related=True,
        entities=["group:sna"],
        places=["afrin"],
        events=[event(ABDUCT, "afrin")],
    ),
    dict(
        title="SDF hands over Manbij villages",
        published="2019-12-01T10:00:00Z",
        body="The Syrian Democratic Forces handed over several villages west of Manbij to "
        "government forces under a Russian-brokered deal, the SDF said.",
        is_syria_related=True,
        entities=["group:sdf", "group:syrian-government-forces"],
        places=["manbij"],
        events=[event(HANDOVER, "manbij")],
    ),
    # --- statements, denials, background -----------------------------------------------------
    dict(
        title="Ministry denies withdrawal",
        published="2024-12-06T09:00:00Z",
        body="The Syrian defence ministry denied that its forces had withdrawn from Homs, "
        "calling the reports false. The war, which began in 2011, has killed more than "
        "500,000 people.",
        is_syria_related=True,
        entities=["org:syrian-defence-ministry"],
        places=["homs"],
        events=[],
        background_figures=[500000],
    ),
    dict(
        title="Envoy calls for talks",
        published="2023-05-10T09:00:00Z",
        body="UN envoy Geir Pedersen called on Damascus and the opposition to return to "
        "talks in Geneva, saying Syria's civil war had displaced millions since 2011.",
        is_syria_related=True,
        entities=["org:un", "person:geir-pedersen", "state:syria"],
        places=["damascus"],
        events=[],
    ),
    dict(
        title="Al-Sharaa meets delegation",
        published="2025-01-10T09:00:00Z",
        body="Syria's leader Ahmed al-Sharaa, formerly known as Abu Mohammed al-Jolani, met "
        "a Turkish delegation in Damascus on Friday, the presidency said.",
        is_syria_related=True,
        entities=["state:syria", "person:ahmed-al-sharaa"],
        places=["damascus"],
        events=[],
    ),
    # --- Arabic ------------------------------------------------------------------------------
    dict(
        title="غارات على ريف إدلب",
        published="2024-03-06T10:00:00Z",
        language="ar",
        body="قال الدفاع المدني السوري إن غارات جوية استهدفت مدينة سراقب في ريف إدلب الشرقي "
        "يوم الثلاثاء، ما أدى إلى مقتل 6 مدنيين.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=["saraqib", "gov:idlib"],
        events=[event(AIR, "saraqib", 6)],
    ),
    dict(
        title="اشتباكات في دير الزور",
        published="2024-08-08T10:00:00Z",
        language="ar",
        body="اندلعت اشتباكات بين قوات سوريا الديمقراطية ومسلحين من العشائر في بلدة هجين "
        "بريف دير الزور الشرقي، وفق المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],
        places=["hajin", "gov:deir-ez-zor"],
        events=[event(CLASH, "hajin")],
    ),
    dict(
        title="مظاهرة في درعا",
        published="2023-03-18T12:00:00Z",
        language="ar",
        body="خرج العشرات في مظاهرة في مدينة درعا للمطالبة بالإفراج عن المعتقلين.",
        is_syria_related=True,
        entities=[],
        places=["daraa"],
        events=[event(PROTEST, "daraa")],
    ),
    # --- hard negatives -----------------------------------------------------------------------
    dict(
        title="Israeli strike kills three in south Lebanon",
        published="2024-06-10T10:00:00Z",
        body="An Israeli drone strike on a car in south Lebanon killed three Hezbollah "
        "fighters on Monday, Lebanese security sources said.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:lebanon", "group:hezbollah"],
        places=[],
        events=[],
    ),
    dict(
        title="Baghdad bombing",
        published="2021-01-21T10:00:00Z",
        body="Two suicide bombers killed 32 people at a busy market in central Baghdad, "
        "Iraq's health ministry said.",
        is_syria_related=False,
        entities=["state:iraq"],
        places=["baghdad"],
        events=[],
    ),
    dict(
        title="Gaza strikes",
        published="2024-02-01T10:00:00Z",
        body="Israeli air strikes on Rafah in the Gaza Strip killed at least 20 people, "
        "health officials in Gaza said.",
        is_syria_related=False,
        entities=["group:israeli-forces"],
        places=["gaza"],
        events=[],
    ),
    dict(
        title="Missile attack on Kharkiv",
        published="2024-05-25T10:00:00Z",
        body="A Russian missile strike on a hardware store in Kharkiv killed 12 people, "
        "Ukrainian officials said.",
        is_syria_related=False,
        entities=["group:russian-forces"],
        places=[],
        events=[],
    ),
    dict(
        title="Turkish central bank raises rates",
        published="2024-03-21T10:00:00Z",
        body="Turkey's central bank raised its main interest rate to 50 percent on Thursday "
        "to fight inflation, surprising markets in Ankara and Istanbul.",
        is_syria_related=False,
        entities=["state:turkey"],
        places=[],
        events=[],
    ),
    dict(
        title="Damascus steel exhibition opens in London",
        published="2023-10-01T10:00:00Z",
        body="A London museum opened an exhibition of swords and knives on Saturday, "
        "including blades forged from so-called Damascus steel.",
        is_syria_related=False,
        entities=[],
        places=[],
        events=[],
    ),
]


def main() -> None:
    path = Path(__file__).with_name("dev.jsonl")
    with path.open("w", encoding="utf-8") as handle:
        for case in CASES:
            handle.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(CASES)} labelled articles written to {path}")


if __name__ == "__main__":
    main()
