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


def claim(speaker, stance="asserts", contested=False):
    """Who claims what: an entity id, or None for a source no entity names."""
    return {"speaker": speaker, "stance": stance, "contested": contested}


def event(kind, location, fatalities=None, injuries=None, actors=None, day=None):
    """`actors`: the entity ids of who acts, first, and to whom (left out where the
    article does not make them clear); `day`: the day it happened, as 2024-12-01."""
    labelled = {
        "type": kind[0],
        "subtype": kind[1],
        "location": location,
        "fatalities": fatalities,
        "injuries": injuries,
    }
    if actors is not None:
        labelled["actors"] = actors
    if day is not None:
        labelled["day"] = day
    return labelled


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
        events=[event(IED, "azaz", 4, 15)],
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
        # corrected: "Russian-brokered" names Russia, as the held-out labels have it
        entities=["group:sdf", "group:syrian-government-forces", "state:russia"],
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
        places=["damascus", "geneva"],
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
        places=["gaza", "rafah"],
        events=[],
    ),
    dict(
        title="Missile attack on Kharkiv",
        published="2024-05-25T10:00:00Z",
        body="A Russian missile strike on a hardware store in Kharkiv killed 12 people, "
        "Ukrainian officials said.",
        is_syria_related=False,
        entities=["group:russian-forces", "state:ukraine"],  # corrected: "Ukrainian officials"
        places=["kharkiv"],
        events=[],
    ),
    dict(
        title="Turkish central bank raises rates",
        published="2024-03-21T10:00:00Z",
        body="Turkey's central bank raised its main interest rate to 50 percent on Thursday "
        "to fight inflation, surprising markets in Ankara and Istanbul.",
        is_syria_related=False,
        entities=["state:turkey"],
        places=["istanbul"],
        events=[],
    ),
    # --- more wire copy --------------------------------------------------------------------
    dict(
        title="Drone strike kills commander near Al-Bab",
        published="2024-01-15T09:00:00Z",
        body="A drone strike on a car near Al-Bab in northern Syria killed a commander of a "
        "Turkish-backed faction and his driver on Sunday, the Syrian National Army said.",
        is_syria_related=True,
        entities=["state:syria", "group:sna"],
        places=["al-bab"],
        events=[event(AIR, "al-bab", 2)],
    ),
    dict(
        title="Landmine kills shepherds in Hama desert",
        published="2024-02-12T09:00:00Z",
        body="A landmine left over from the war exploded in the eastern Hama countryside on "
        "Monday, killing three shepherds, state news agency SANA reported.",
        is_syria_related=True,
        entities=["org:sana"],
        places=["gov:hama"],
        events=[event(IED, "gov:hama", 3)],
    ),
    dict(
        title="Israeli strikes hit Damascus airport",
        published="2023-01-02T09:00:00Z",
        body="Israeli air strikes hit Damascus International Airport early on Monday, killing "
        "two soldiers and putting the runway out of service, the Syrian army said.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:syrian-government-forces"],
        places=["damascus-airport"],
        events=[event(AIR, "damascus-airport", 2)],
    ),
    dict(
        title="US raid targets Islamic State leader",
        published="2022-02-03T09:00:00Z",
        body="US special forces carried out a raid in Atmeh in north-western Syria overnight "
        "targeting a leader of the Islamic State group, the Pentagon said. Local rescuers "
        "said 13 people were killed, including six children.",
        is_syria_related=True,
        entities=["state:syria", "group:isis", "state:usa"],
        places=[{"name": "Atmeh", "lat": 36.2147, "lon": 36.6811}],
        events=[event(CLASH, None, 13)],
    ),
    dict(
        title="Rockets hit Aleppo neighbourhood",
        published="2022-05-22T09:00:00Z",
        body="Rockets fired by armed groups hit the Sheikh Maqsoud neighbourhood of Aleppo on "
        "Saturday, wounding five civilians, a local official said.",
        is_syria_related=True,
        entities=[],
        places=["sheikh-maqsoud", "aleppo"],
        events=[event(SHELL, "sheikh-maqsoud", injuries=5)],
    ),
    dict(
        title="Clashes between tribes and SDF spread",
        published="2023-08-30T09:00:00Z",
        body="Clashes between Arab tribal fighters and the Syrian Democratic Forces spread to "
        "the town of Al-Shaddadi in Hasakah province on Tuesday, killing at least eight "
        "people, the Syrian Observatory for Human Rights said.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],
        places=["shaddadi", "gov:hasakah"],
        events=[event(CLASH, "shaddadi", 8)],
    ),
    dict(
        title="Government forces recapture Khan Shaykhun",
        published="2019-08-23T09:00:00Z",
        body="Syrian government forces recaptured the town of Khan Shaykhun in southern Idlib "
        "on Friday after rebels withdrew, state media said.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "group:syrian-rebels"],
        places=["khan-shaykhun", "idlib"],
        events=[event(REGAIN, "khan-shaykhun")],
    ),
    dict(
        title="Turkish shelling on Tal Tamr",
        published="2022-11-25T09:00:00Z",
        body="Turkish artillery shelled villages around Tall Tamr in Hasakah province for a "
        "third day, the Kurdish-led SDF said, without reporting casualties.",
        is_syria_related=True,
        entities=["group:sdf", "group:turkish-forces"],
        places=["gn:163434", "gov:hasakah"],
        events=[event(SHELL, "gn:163434")],
    ),
    dict(
        title="Bombing at Sayyida Zaynab shrine",
        published="2023-07-27T09:00:00Z",
        body="A bomb hidden in a motorcycle exploded near the Sayyida Zaynab shrine south of "
        "Damascus on Thursday, killing six people, Syria's interior ministry said.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry", "state:syria"],
        places=["sayyida-zaynab", "damascus"],
        events=[event(IED, "sayyida-zaynab", 6)],
    ),
    dict(
        title="Executions reported in Deir ez-Zor",
        published="2017-06-12T09:00:00Z",
        body="Islamic State militants executed 12 men accused of collaborating with the "
        "US-led coalition in the town of Al-Mayadin, the Syrian Observatory said.",
        is_syria_related=True,
        entities=["group:isis", "group:us-coalition", "org:sohr"],
        places=["mayadin"],
        events=[event(ATTACK, "mayadin", 12)],
    ),
    dict(
        title="Ceasefire agreed for Idlib",
        published="2020-03-05T18:00:00Z",
        body="Russia and Turkey agreed a ceasefire in Syria's Idlib province on Thursday after "
        "talks in Moscow between Vladimir Putin and Recep Tayyip Erdogan.",
        is_syria_related=True,
        entities=[
            "state:russia",
            "state:turkey",
            "state:syria",
            "person:vladimir-putin",
            "person:recep-tayyip-erdogan",
        ],
        places=["gov:idlib"],
        events=[event(("Strategic developments", "Agreement"), "gov:idlib")],
    ),
    dict(
        title="Aid convoy crosses at Bab al-Hawa",
        published="2023-02-14T09:00:00Z",
        body="A UN aid convoy of 14 trucks crossed into north-west Syria through the Bab "
        "al-Hawa border crossing on Tuesday, a week after the earthquake.",
        is_syria_related=True,
        entities=["org:un", "state:syria"],
        places=["bab-al-hawa"],
        events=[],
    ),
    # --- monitor bulletins -----------------------------------------------------------------
    dict(
        title="SOHR: death toll in Idlib rises",
        published="2024-10-16T17:00:00Z",
        body="The death toll from Russian air strikes on a market in the town of Binnish in "
        "Idlib countryside rose to 11, including three children, SOHR activists said.",
        is_syria_related=True,
        entities=["group:russian-forces", "org:sohr"],
        places=["binnish", "gov:idlib"],
        events=[event(AIR, "binnish", 11)],
    ),
    dict(
        title="SNHR monthly report",
        published="2024-08-01T09:00:00Z",
        body="The Syrian Network for Human Rights documented the deaths of 84 civilians in "
        "Syria in July, including 14 children, and at least 190 arbitrary arrests, most of "
        "them by government forces.",
        is_syria_related=True,
        entities=["org:snhr", "state:syria", "group:syrian-government-forces"],
        places=[],
        events=[],
        background_figures=[84, 190],
    ),
    dict(
        title="White Helmets respond to shelling",
        published="2024-11-02T12:00:00Z",
        body="Syria Civil Defence teams said shelling by government forces on the town of "
        "Ariha wounded four civilians on Saturday morning.",
        is_syria_related=True,
        entities=["org:white-helmets", "group:syrian-government-forces"],
        places=["ariha"],
        events=[event(SHELL, "ariha", injuries=4)],
    ),
    dict(
        title="Bulletin: Daraa assassination",
        published="2024-03-28T17:00:00Z",
        body="Gunmen shot dead a former rebel commander in the town of Izraa in Daraa "
        "countryside on Wednesday, the Syrian Observatory for Human Rights reported.",
        is_syria_related=True,
        entities=["org:sohr"],
        places=["izraa", "gov:daraa"],
        events=[event(ATTACK, "izraa", 1)],
    ),
    dict(
        title="Bulletin: abductions in Afrin",
        published="2023-05-03T17:00:00Z",
        body="Members of Turkish-backed factions abducted three civilians from their homes in "
        "Afrin on Tuesday, activists told the Syrian Observatory.",
        is_syria_related=True,
        entities=["group:sna", "org:sohr"],
        places=["afrin"],
        events=[event(ABDUCT, "afrin")],
    ),
    dict(
        title="Bulletin: Suwayda protests continue",
        published="2023-09-15T17:00:00Z",
        body="Demonstrators gathered again in As-Suwayda and in the town of Shahba on Friday, "
        "the fourth week of protests against the government in the Druze-majority "
        "province.",
        is_syria_related=True,
        entities=[],
        places=["suwayda", "shahba"],
        events=[event(PROTEST, "suwayda"), event(PROTEST, "shahba")],
    ),
    dict(
        title="Bulletin: drone attack on Hmeimim",
        published="2018-01-08T17:00:00Z",
        body="Russia's defence ministry said its air defences shot down drones launched "
        "against the Hmeimim air base in Latakia province overnight.",
        is_syria_related=True,
        entities=["state:russia"],
        places=["hmeimim", "gov:latakia"],
        events=[event(("Strategic developments", "Disrupted weapons use"), "hmeimim")],
    ),
    # --- broadcast, statements, analysis ---------------------------------------------------
    dict(
        title="Analysis: thirteen years of war",
        published="2024-03-15T09:00:00Z",
        body="Thirteen years after protests began in Daraa, Syria's civil war has killed more "
        "than 500,000 people and displaced half the population, monitors estimate.",
        is_syria_related=True,
        entities=["state:syria"],
        places=["daraa"],
        events=[],
        background_figures=[500000],
    ),
    dict(
        title="SDF denies shelling reports",
        published="2022-12-01T09:00:00Z",
        body="The Syrian Democratic Forces denied reports that their fighters had shelled "
        "villages near Manbij, calling them Turkish propaganda.",
        is_syria_related=True,
        entities=["group:sdf"],
        places=["manbij"],
        events=[],
    ),
    dict(
        title="Army says it repelled attack near Morek",
        published="2023-10-10T09:00:00Z",
        body="The Syrian army said it repelled an attack by Hayat Tahrir al-Sham fighters on "
        "its positions near Morek in northern Hama, killing several of the attackers.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "group:hts"],
        places=["morek", "hama"],
        events=[event(CLASH, "morek")],
    ),
    dict(
        title="Jolani speaks to reporters",
        published="2024-12-09T09:00:00Z",
        body="Abu Mohammed al-Jolani told reporters in Damascus that the new authorities would "
        "dissolve the security branches of the former government.",
        is_syria_related=True,
        entities=["person:ahmed-al-sharaa"],
        places=["damascus"],
        events=[],
    ),
    dict(
        title="Assad flees to Moscow",
        published="2024-12-09T12:00:00Z",
        body="Bashar al-Assad and his family have arrived in Moscow and been granted asylum, "
        "Russian state media said on Sunday, after rebels entered Damascus.",
        is_syria_related=True,
        entities=["person:bashar-al-assad", "state:russia", "group:syrian-rebels"],
        places=["damascus"],
        events=[event(TAKE, "damascus")],
    ),
    dict(
        title="Returnees cross from Lebanon",
        published="2024-12-20T09:00:00Z",
        body="Thousands of Syrian refugees crossed back from Lebanon through the Masnaa "
        "crossing this week, the UN refugee agency said.",
        is_syria_related=True,
        entities=["state:lebanon", "org:un"],
        places=[],
        events=[],
    ),
    # --- Arabic ----------------------------------------------------------------------------
    dict(
        title="قصف على جسر الشغور",
        published="2024-04-02T10:00:00Z",
        language="ar",
        body="قصفت قوات النظام مدينة جسر الشغور بريف إدلب الغربي، ما أدى إلى مقتل مدنيين "
        "اثنين، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:white-helmets"],
        places=["jisr-al-shughur", "gov:idlib"],
        events=[event(SHELL, "jisr-al-shughur", 2)],
    ),
    dict(
        title="انفجار في منبج",
        published="2024-05-05T10:00:00Z",
        language="ar",
        body="قتل 4 أشخاص وأصيب آخرون بانفجار سيارة مفخخة في مدينة منبج شرقي حلب.",
        is_syria_related=True,
        entities=[],
        places=["manbij", "aleppo"],
        events=[event(IED, "manbij", 4)],
    ),
    dict(
        title="اعتقالات في حمص",
        published="2023-06-06T10:00:00Z",
        language="ar",
        body="شنت قوات النظام حملة اعتقالات في مدينة تلبيسة بريف حمص الشمالي، وفق الشبكة "
        "السورية لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:snhr"],
        places=["talbiseh", "gov:homs"],
        events=[event(ARREST, "talbiseh")],
    ),
    dict(
        title="غارة إسرائيلية على ريف دمشق",
        published="2024-02-21T10:00:00Z",
        language="ar",
        body="استهدفت غارة إسرائيلية موقعاً قرب مدينة الكسوة في ريف دمشق، ما أدى إلى مقتل "
        "3 عسكريين، حسب وسائل إعلام رسمية.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=["gn:173598", "gov:rif-dimashq"],
        events=[event(AIR, "gn:173598", 3)],
    ),
    dict(
        title="داعش يهاجم في البادية",
        published="2024-06-11T10:00:00Z",
        language="ar",
        body="قتل 5 جنود من قوات النظام في هجوم لتنظيم داعش على حاجز قرب مدينة السخنة في "
        "بادية حمص.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "group:isis"],
        places=["gn:172425", "gov:homs"],
        events=[event(CLASH, "gn:172425", 5)],
    ),
    # --- more hard negatives ---------------------------------------------------------------
    dict(
        title="Hezbollah and Israel trade fire",
        published="2023-11-10T09:00:00Z",
        body="Hezbollah fighters fired rockets at Israeli positions on the border on Friday "
        "and Israeli artillery shelled villages in south Lebanon, the Lebanese army said.",
        is_syria_related=False,
        entities=["group:hezbollah", "state:lebanon", "group:israeli-forces", "state:israel"],
        places=[],
        events=[],
    ),
    dict(
        title="Iraq election results",
        published="2021-10-16T09:00:00Z",
        body="Iraq's electoral commission announced preliminary results on Saturday, with the "
        "Sadrist movement winning the most seats in parliament in Baghdad.",
        is_syria_related=False,
        entities=["state:iraq"],
        places=["baghdad"],
        events=[],
    ),
    dict(
        title="Aleppo soap makers move to Turkey",
        published="2019-04-01T09:00:00Z",
        body="Makers of the famous Aleppo soap are rebuilding their trade in Gaziantep, where "
        "the olive oil bars sell to tourists and exporters.",
        is_syria_related=False,
        entities=[],
        places=["gaziantep"],
        events=[],
    ),
    dict(
        title="Jordan hosts regional water talks",
        published="2022-06-01T09:00:00Z",
        body="Jordan hosted talks on regional water sharing in Amman on Wednesday, with "
        "delegations from Israel and the United Arab Emirates.",
        is_syria_related=False,
        entities=["state:jordan", "state:israel"],
        places=["amman"],
        events=[],
    ),
    dict(
        title="Ukraine: shelling in Kherson",
        published="2023-06-10T09:00:00Z",
        body="Russian shelling killed four civilians in Kherson on Saturday, the regional "
        "governor said. Ukraine's army said it repelled attacks near Bakhmut.",
        is_syria_related=False,
        entities=["state:ukraine", "group:russian-forces"],
        places=["kherson"],
        events=[],
    ),
    dict(
        title="Football: Al-Jaish win the cup",
        published="2022-05-20T09:00:00Z",
        body="Al-Jaish beat Tishreen 2-1 in the cup final at the Abbasiyyin stadium on Friday, "
        "their first trophy in five years.",
        is_syria_related=False,
        entities=[],
        places=[],
        events=[],
    ),
    dict(
        title="Hamas and Fatah meet in Cairo",
        published="2022-10-12T09:00:00Z",
        body="Delegations from Hamas and Fatah met in Cairo on Wednesday in Egyptian-brokered "
        "reconciliation talks, officials said.",
        is_syria_related=False,
        entities=[],
        places=[],
        events=[],
    ),
    dict(
        title="Turkey's opposition rallies in Istanbul",
        published="2023-05-20T09:00:00Z",
        body="Hundreds of thousands of opposition supporters rallied in Istanbul on Saturday "
        "ahead of Turkey's presidential run-off.",
        is_syria_related=False,
        entities=["state:turkey"],
        places=["istanbul"],
        events=[],
    ),
    # --- live blogs, quotes, longer copy ---------------------------------------------------
    dict(
        title="Live: rebels enter Hama",
        published="2024-12-05T15:00:00Z",
        body="15:02 - Rebel fighters have entered the city of Hama after days of fighting, "
        "the Syrian army said it had redeployed its troops outside the city to protect "
        "civilians.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "group:syrian-government-forces"],
        places=["hama"],
        events=[event(TAKE, "hama")],
    ),
    dict(
        title="Live: explosions heard in Latakia",
        published="2024-12-08T04:00:00Z",
        body="04:10 - Residents of Latakia reported loud explosions near the port. There was "
        "no immediate word on casualties or on who carried out the strikes.",
        is_syria_related=True,
        entities=[],
        places=["latakia"],
        events=[],
    ),
    dict(
        title="'We will not leave', says Douma resident",
        published="2018-03-20T09:00:00Z",
        body='"We have nowhere to go," said a resident of Douma, where government shelling '
        "killed 15 people on Monday, according to the White Helmets.",
        is_syria_related=True,
        entities=["org:white-helmets", "group:syrian-government-forces"],
        places=["douma"],
        events=[event(SHELL, "douma", 15)],
    ),
    dict(
        title="Long read: the road to Palmyra",
        published="2016-04-01T09:00:00Z",
        body="The desert road from Homs to Palmyra passes the ruins of villages emptied by "
        "years of fighting. In March, government forces backed by Russian jets retook "
        "the ancient city from the Islamic State group, which had destroyed several of "
        "its temples. Today a handful of soldiers guard the checkpoints, and the only "
        "traffic is military.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "group:russian-forces", "group:isis"],
        places=["homs", "palmyra"],
        events=[event(REGAIN, "palmyra")],
    ),
    dict(
        title="Kidnapped aid worker freed in Idlib",
        published="2021-09-09T09:00:00Z",
        body="An aid worker kidnapped in Idlib last month was freed on Wednesday after her "
        "family paid a ransom, a relative said.",
        is_syria_related=True,
        entities=[],
        places=["idlib"],
        events=[event(ABDUCT, "idlib")],
    ),
    dict(
        title="Mortars hit Damascus old city",
        published="2017-03-12T09:00:00Z",
        body="Mortar shells fired from Jobar hit the old city of Damascus on Saturday, killing "
        "two people, state television said.",
        is_syria_related=True,
        entities=[],
        places=["jobar", "damascus"],
        events=[event(SHELL, "damascus", 2)],
    ),
    dict(
        title="Hospital in Ma'arat al-Numan hit",
        published="2019-05-06T09:00:00Z",
        body="Air strikes put a hospital in Maarat al-Numan out of service on Sunday, the "
        "health directorate of Idlib said, the third medical facility hit this week.",
        is_syria_related=True,
        entities=[],
        places=["maarat-al-numan", "idlib"],
        events=[event(AIR, "maarat-al-numan")],
    ),
    dict(
        title="Clashes in Sweida between Druze gunmen and Bedouin",
        published="2025-07-14T09:00:00Z",
        body="Clashes between Druze gunmen and Bedouin tribesmen in As-Suwayda province killed "
        "at least 30 people on Sunday, the interior ministry said.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry"],
        places=["gov:suwayda"],
        events=[event(CLASH, "gov:suwayda", 30)],
    ),
    # --- Arabic ----------------------------------------------------------------------------
    dict(
        title="سيطرة على بلدة في ريف حماة",
        published="2024-12-03T10:00:00Z",
        language="ar",
        body="سيطرت فصائل المعارضة على بلدة صوران في ريف حماة الشمالي بعد اشتباكات مع قوات "
        "النظام، وفق المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "group:syrian-government-forces", "org:sohr"],
        places=[{"name": "Souran", "lat": 35.2897, "lon": 36.7456}, "gov:hama"],
        events=[event(TAKE, None), event(CLASH, None)],
    ),
    dict(
        title="مظاهرة في إدلب",
        published="2024-05-31T10:00:00Z",
        language="ar",
        body="تظاهر مئات في مدينة إدلب يوم الجمعة احتجاجاً على اعتقالات تنفذها هيئة تحرير الشام.",
        is_syria_related=True,
        entities=["group:hts"],
        places=["idlib"],
        events=[event(PROTEST, "idlib")],
    ),
    dict(
        title="لغم في درعا",
        published="2023-04-04T10:00:00Z",
        language="ar",
        body="قتل طفلان بانفجار لغم أرضي في بلدة نوى بريف درعا الغربي.",
        is_syria_related=True,
        entities=[],
        places=["nawa", "gov:daraa"],
        events=[event(IED, "nawa", 2)],  # "طفلان": two children
    ),
    dict(
        title="غارات روسية على ريف اللاذقية",
        published="2020-01-20T10:00:00Z",
        language="ar",
        body="شنت الطائرات الروسية غارات على محور الكبينة في ريف اللاذقية الشمالي، دون "
        "ورود أنباء عن خسائر بشرية.",
        is_syria_related=True,
        entities=["group:russian-forces"],
        places=[{"name": "Kabani", "lat": 35.8542, "lon": 36.1489}, "gov:latakia"],
        events=[event(AIR, None)],
    ),
    # --- more hard negatives ----------------------------------------------------------------
    dict(
        title="Lebanese army deploys in the south",
        published="2024-12-01T09:00:00Z",
        body="The Lebanese army began deploying troops in south Lebanon on Sunday under the "
        "ceasefire between Israel and Hezbollah, officials in Beirut said.",
        is_syria_related=False,
        entities=["state:lebanon", "state:israel", "group:hezbollah"],
        places=["beirut"],
        events=[],
    ),
    dict(
        title="Oil prices rise",
        published="2024-04-12T09:00:00Z",
        body="Oil prices rose on Friday on fears that tension between Iran and Israel could "
        "disrupt supplies from the Middle East.",
        is_syria_related=False,
        entities=["state:iran", "state:israel"],
        places=[],
        events=[],
    ),
    dict(
        title="Mosul rebuilds its old city",
        published="2023-07-10T09:00:00Z",
        body="Six years after the battle against the Islamic State group, volunteers in Mosul "
        "are rebuilding the old city's mosques and churches.",
        is_syria_related=False,
        entities=["group:isis"],
        places=["mosul"],
        events=[],
    ),
    dict(
        title="Syrian-born chef opens restaurant in Berlin",
        published="2022-09-01T09:00:00Z",
        body="A chef who grew up in Aleppo has opened a restaurant in Berlin serving kibbeh "
        "and muhammara to long queues of diners.",
        is_syria_related=False,
        entities=[],
        places=["aleppo"],
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
    # --- names whose meaning changed on 8 December 2024 ------------------------------------
    dict(
        title="Syria's president visits Aleppo",
        published="2025-02-15T10:00:00Z",
        body="Syria's interim president met tribal leaders in Aleppo on Saturday, the state "
        "news agency SANA reported. Government forces were deployed across the city ahead "
        "of the visit.",
        is_syria_related=True,
        entities=["person:ahmed-al-sharaa", "org:sana", "group:syrian-forces-2024"],
        places=["aleppo"],
        events=[],
    ),
    dict(
        title="اشتباكات قرب دير حافر",
        published="2025-05-20T10:00:00Z",
        language="ar",
        body="اندلعت اشتباكات بين الجيش السوري وقوات سوريا الديمقراطية قرب دير حافر في ريف "
        "حلب الشرقي، ما أسفر عن مقتل ثلاثة عناصر، بحسب المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024", "group:sdf", "org:sohr"],
        places=["gn:170785", "gov:aleppo"],
        events=[event(CLASH, "gn:170785", 3)],
    ),
    dict(
        title="Assad receives Iranian minister",
        published="2023-09-01T10:00:00Z",
        body="The Syrian president received Iran's foreign minister in Damascus on Wednesday, "
        "SANA said. Syrian troops shelled rebel positions in Jabal al-Zawiya in Idlib province "
        "the same day, killing two fighters, the Syrian Observatory for Human Rights said.",
        is_syria_related=True,
        entities=[
            "person:bashar-al-assad",
            "state:iran",
            "org:sana",
            "group:syrian-government-forces",
            "group:syrian-rebels",
            "org:sohr",
        ],
        places=["damascus", "jabal-al-zawiya", "gov:idlib"],
        events=[event(SHELL, "jabal-al-zawiya", 2)],
    ),
    # --- sources that disagree, injuries ---------------------------------------------------
    dict(
        title="Air strike on Maarat al-Numan market",
        published="2019-07-22T12:00:00Z",
        body="An air strike hit a market in Maarat al-Numan in Idlib province on Sunday. The "
        "Syrian Observatory for Human Rights said 12 civilians were killed and 20 wounded in "
        "the strike. The state news agency SANA said seven people were killed.",
        is_syria_related=True,
        entities=["org:sohr", "org:sana"],
        places=["maarat-al-numan", "gov:idlib"],
        events=[event(AIR, "maarat-al-numan", 7, 20)],  # ACLED: the lower of two sources
    ),
    dict(
        title="قصف مدفعي على معرة النعمان",
        published="2019-08-02T12:00:00Z",
        language="ar",
        body="أدى قصف مدفعي لقوات النظام على مدينة معرة النعمان في ريف إدلب الجنوبي إلى مقتل "
        "ثلاثة مدنيين وإصابة خمسة آخرين، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:white-helmets"],
        places=["maarat-al-numan", "gov:idlib"],
        events=[event(SHELL, "maarat-al-numan", 3, 5)],
    ),
]


def check_ids(cases: list[dict]) -> None:
    """Every labelled id must name something in the watchlist (labels drift otherwise)."""
    import sys

    repo = Path(__file__).resolve().parents[2]
    sys.path.insert(0, str(repo / "src"))
    from syriawatch.detect import load_watchlist

    known = load_watchlist(repo / "config" / "watchlist").entities
    for case in cases:
        ids = list(case["entities"]) + [p for p in case["places"] if isinstance(p, str)]
        ids += [e["location"] for e in case["events"] if isinstance(e["location"], str)]
        ids += [c["speaker"] for c in case.get("claims", []) if c["speaker"]]
        unknown = [i for i in ids if i not in known]
        assert not unknown, f"{case['title']}: unknown ids {unknown}"


def write(cases: list[dict], name: str) -> None:
    check_ids(cases)
    path = Path(__file__).with_name(name)
    with path.open("w", encoding="utf-8") as handle:
        for case in cases:
            handle.write(json.dumps(case, ensure_ascii=False) + "\n")
    print(f"{len(cases)} labelled articles written to {path}")


def main() -> None:
    from heldout_cases import HELDOUT

    write(CASES, "dev.jsonl")
    write(HELDOUT, "heldout.jsonl")


if __name__ == "__main__":
    main()
