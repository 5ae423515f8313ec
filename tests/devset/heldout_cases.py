"""The held-out set: articles written after the detector, labelled before it ever
read them, for `syriawatch eval tests/devset/heldout.jsonl`.

Places are labelled by name and coordinates (right within 10 km), not by
watchlist id, so a place the gazetteer lacks counts as missed. Every article
was written for syriawatch and describes no real event.
"""

from build_devset import (
    ABDUCT,
    AIR,
    ARREST,
    ATTACK,
    CLASH,
    HANDOVER,
    IED,
    PROTEST,
    REGAIN,
    SHELL,
    SUICIDE,
    claim,
    event,
)


def place(name: str, lat: float, lon: float) -> dict[str, object]:
    return {"name": name, "lat": lat, "lon": lon}


JISR = place("Jisr al-Shughur", 35.81, 36.32)
PALMYRA = place("Palmyra", 34.56, 38.27)
DEIR_EZ_ZOR = place("Deir ez-Zor", 35.33, 40.14)
MAYADIN = place("Mayadin", 35.02, 40.45)
AL_BAB = place("Al-Bab", 36.37, 37.52)
SHAHBA = place("Shahba", 32.85, 36.63)
QUNEITRA = place("Quneitra", 33.13, 35.82)
HOMS = place("Homs", 34.73, 36.72)
TALBISEH = place("Talbiseh", 34.84, 36.73)
RASTAN = place("Rastan", 34.93, 36.73)
SUWAYDA = place("Suwayda", 32.71, 36.57)
QARDAHA = place("Qardaha", 35.45, 36.06)
GHOUTA = place("Eastern Ghouta", 33.55, 36.42)
SARMADA = place("Sarmada", 36.19, 36.72)
DARAA = place("Daraa", 32.62, 36.10)
BAB_AL_HAWA = place("Bab al-Hawa", 36.23, 36.67)
KAFR_NABUDAH = place("Kafr Nabudah", 35.44, 36.50)
QAMISHLI = place("Qamishli", 37.05, 41.23)
NAWA = place("Nawa", 32.89, 36.04)
SAYYIDA_ZAYNAB = place("Sayyida Zaynab", 33.44, 36.34)
DAMASCUS = place("Damascus", 33.51, 36.29)
TAFAS = place("Tafas", 32.74, 36.07)
KAFR_SOUSA = place("Kafr Sousa", 33.50, 36.27)
SHEIKH_MAQSOUD = place("Sheikh Maqsoud", 36.23, 37.16)
ALEPPO = place("Aleppo", 36.20, 37.16)
KANSAFRA = place("Kansafra", 35.63, 36.50)
JABAL_AL_ZAWIYA = place("Jabal al-Zawiya", 35.68, 36.48)
TAL_RIFAAT = place("Tal Rifaat", 36.47, 37.10)
BUSAYRAH = place("Al-Busayrah", 35.15, 40.43)
ATARIB = place("Atarib", 36.14, 36.83)
RAQQA = place("Raqqa", 35.95, 39.01)
HAMA = place("Hama", 35.13, 36.75)
DOUMA = place("Douma", 33.57, 36.40)
SHUHAYL = place("Al-Shuhayl", 35.12, 40.35)

# actors of events (rounds 4 to 7 label who acts, first, and to whom)
GOV = "group:syrian-government-forces"
CIV = "collective:civilians"
PRO = "collective:protesters"

FIRST_ROUND = [
    # --- wire copy ------------------------------------------------------------------------
    dict(
        title="Shelling kills five in Jisr al-Shughur",
        published="2023-11-14T09:30:00Z",
        body="Five people, including two women, were killed when artillery shells slammed "
        "into a residential neighbourhood of Jisr al-Shughur in western Idlib on Monday, "
        "rescuers said. The Syria Civil Defence, known as the White Helmets, said another "
        "11 people were wounded and that the shells were fired from government positions "
        "in the Sahl al-Ghab plain.",
        is_syria_related=True,
        entities=["org:white-helmets", "group:syrian-government-forces"],
        places=[JISR, "gov:idlib", place("Sahl al-Ghab", 35.60, 36.38)],
        events=[event(SHELL, JISR, 5, 11)],
    ),
    dict(
        title="Army captures Kafr Nabudah after days of fighting",
        published="2019-05-10T07:00:00Z",
        body="Government forces backed by Russian air power captured the town of Kafr "
        "Nabudah in northern Hama after days of fierce battles with rebels, state "
        "television reported. The Syrian Observatory said 19 fighters from both sides "
        "were killed.",
        is_syria_related=True,
        entities=[
            "group:syrian-government-forces",
            "group:russian-forces",
            "group:syrian-rebels",
            "org:sohr",
        ],
        places=[KAFR_NABUDAH, "gov:hama"],
        events=[event(REGAIN, KAFR_NABUDAH, 19)],
    ),
    dict(
        title="Suicide bombing near Sayyida Zaynab",
        published="2016-06-11T12:00:00Z",
        body="A suicide bomber blew himself up at a checkpoint near Sayyida Zaynab south "
        "of Damascus, killing eight people, state media said, in an attack claimed by "
        "Islamic State.",
        is_syria_related=True,
        entities=["group:isis"],
        places=[SAYYIDA_ZAYNAB, DAMASCUS],
        events=[event(SUICIDE, SAYYIDA_ZAYNAB, 8)],
    ),
    dict(
        title="Man shot dead in Tafas",
        published="2024-01-20T16:00:00Z",
        body="A man was shot dead by unidentified gunmen outside his home in the town of "
        "Tafas, in Daraa province, a local monitoring group said.",
        is_syria_related=True,
        entities=[],
        places=[TAFAS, "gov:daraa"],
        events=[event(ATTACK, TAFAS, 1)],
    ),
    dict(
        title="Israeli strikes hit Damascus district",
        published="2024-04-20T22:00:00Z",
        body="Israeli air strikes hit a building in the Kafr Sousa district of Damascus on "
        "Saturday evening, killing four people, including two Iranian advisers, Syrian "
        "state media said.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:iran"],
        places=[KAFR_SOUSA, DAMASCUS],
        events=[event(AIR, KAFR_SOUSA, 4)],
    ),
    dict(
        title="Turkish drone strike near Qamishli",
        published="2022-11-22T10:00:00Z",
        body="Turkish drones struck a vehicle near Qamishli, killing three SDF fighters, "
        "the group said in a statement.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf"],
        places=[QAMISHLI],
        events=[event(AIR, QAMISHLI, 3)],
    ),
    dict(
        title="US strike kills Hurras al-Din leader",
        published="2025-02-23T18:00:00Z",
        body="US forces killed a senior Hurras al-Din leader in a drone strike on his car "
        "near the town of Sarmada, the US Central Command said.",
        is_syria_related=True,
        entities=["group:us-forces", "group:hurras-al-din"],
        places=[SARMADA],
        events=[event(AIR, SARMADA, 1)],
    ),
    dict(
        title="SDF says three IS militants killed east of Raqqa",
        published="2024-08-15T14:00:00Z",
        body="Fighters from the Syrian Democratic Forces clashed with Islamic State cells "
        "in the desert east of Raqqa on Thursday, the SDF said, adding that three "
        "militants were killed and two of its own wounded.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis"],
        places=[RAQQA],
        events=[event(CLASH, RAQQA, 3, 2)],
    ),
    dict(
        title="Dozens killed in Douma air strikes",
        published="2018-02-21T15:00:00Z",
        body="Dozens of people were killed in a wave of air strikes on the rebel-held town "
        "of Douma in Eastern Ghouta, rescue workers said, in one of the deadliest days of "
        "the government offensive.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "group:syrian-government-forces"],
        places=[DOUMA, GHOUTA],
        events=[event(AIR, DOUMA, 12)],
    ),
    dict(
        title="Pharmacist kidnapped in Daraa countryside",
        published="2021-09-01T11:00:00Z",
        body="Gunmen kidnapped a pharmacist in the town of Nawa in western Daraa "
        "countryside and demanded a ransom, local media reported.",
        is_syria_related=True,
        entities=[],
        places=[NAWA, "gov:daraa"],
        events=[event(ABDUCT, NAWA)],
    ),
    dict(
        title="Former officer arrested in Qardaha",
        published="2025-09-14T08:00:00Z",
        body="Syria's interior ministry said its forces arrested a former officer accused "
        "of taking part in the 2013 chemical attack on eastern Ghouta, in a raid in the "
        "town of Qardaha in Latakia province on Saturday.",
        is_syria_related=True,
        entities=["state:syria", "org:syrian-interior-ministry"],
        places=[QARDAHA, "gov:latakia", GHOUTA],
        events=[event(ARREST, QARDAHA)],
    ),
    dict(
        title="Syrian and Jordanian ministers discuss Nassib crossing",
        published="2025-05-14T13:00:00Z",
        body="Foreign Minister Asaad al-Shaibani met his Jordanian counterpart in Amman on "
        "Tuesday to discuss trade through the Nassib border crossing and the return of "
        "refugees, the ministry said.",
        is_syria_related=True,
        entities=["person:asaad-al-shaibani", "state:jordan"],
        places=[place("Amman", 31.95, 35.93), place("Nassib crossing", 32.55, 36.21)],
        events=[],
    ),
    # --- monitor bulletins and reports ------------------------------------------------------
    dict(
        title="SOHR: two regime soldiers killed by IED in the Badia",
        published="2022-08-20T19:00:00Z",
        body="Two members of regime forces were killed and three others injured when an "
        "IED exploded on their vehicle on the Palmyra-Deir Ezzor road in the Syrian "
        "desert, according to SOHR sources. SOHR activists also documented the death of "
        "a shepherd in a landmine explosion in the countryside of Al-Mayadeen.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:sohr"],
        places=[PALMYRA, DEIR_EZ_ZOR, MAYADIN],
        events=[event(IED, PALMYRA, 2, 3), event(IED, MAYADIN, 1)],
    ),
    dict(
        title="Daily summary",
        published="2023-06-22T20:00:00Z",
        body="In Idlib countryside, two children were injured by government shelling on the "
        "town of Kansafra in Jabal al-Zawiya. In Aleppo countryside, Turkish forces "
        "shelled the village of Tal Rifaat, killing one civilian. In Deir ez-Zor, unknown "
        "gunmen assassinated a local council member in the town of Al-Busayrah.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "group:turkish-forces"],
        places=[
            "gov:idlib",
            KANSAFRA,
            JABAL_AL_ZAWIYA,
            "gov:aleppo",
            TAL_RIFAAT,
            "gov:deir-ez-zor",
            BUSAYRAH,
        ],
        events=[
            event(SHELL, KANSAFRA, None, 2),
            event(SHELL, TAL_RIFAAT, 1),
            event(ATTACK, BUSAYRAH, 1),
        ],
    ),
    dict(
        title="SNHR: 214 civilians killed in January",
        published="2020-01-31T12:00:00Z",
        body="The Syrian Network for Human Rights documented the killing of 214 civilians "
        "in January 2020, including 47 children, most of them in Idlib governorate. The "
        "report attributes 121 of the deaths to Syrian-Russian alliance forces.",
        is_syria_related=True,
        entities=["org:snhr", "group:syrian-government-forces", "group:russian-forces"],
        places=["gov:idlib"],
        events=[],
        background_figures=[214, 121, 47],
    ),
    # --- live blogs and broadcasts ----------------------------------------------------------
    dict(
        title="Live: opposition fighters near Homs",
        published="2024-12-07T13:15:00Z",
        body="12:40 Opposition fighters have reached the outskirts of Homs, a commander told "
        "reporters, after government troops pulled back from Talbiseh and Rastan overnight.\n"
        "12:55 Syria's defence ministry denied that its forces had withdrawn from Homs, "
        "saying units were repositioning.\n"
        "13:10 Russian jets struck the bridge at Rastan, a war monitor said.",
        is_syria_related=True,
        entities=[
            "group:syrian-rebels",
            "group:syrian-government-forces",
            "org:syrian-defence-ministry",
            "group:russian-forces",
            "state:syria",
        ],
        places=[HOMS, TALBISEH, RASTAN],
        events=[event(HANDOVER, TALBISEH), event(HANDOVER, RASTAN), event(AIR, RASTAN)],
    ),
    dict(
        title="Fighting in Suwayda countryside",
        published="2025-06-03T07:00:00Z",
        body="PRESENTER: Now to southern Syria, where fighting broke out overnight between "
        "local Druze gunmen and Bedouin tribal fighters in the countryside of Suwayda.\n"
        "REPORTER: I'm told at least six people were killed in the clashes near the town of "
        "Shahba, and the health directorate says 20 were injured. Government security "
        "forces have been deployed to separate the two sides.",
        is_syria_related=True,
        entities=["state:syria", "group:syrian-forces-2024"],
        places=["gov:suwayda", SHAHBA],
        events=[event(CLASH, SHAHBA, 6, 20)],
    ),
    # --- long reads -------------------------------------------------------------------------
    dict(
        title="Twelve years on, Idlib waits",
        published="2023-03-15T06:00:00Z",
        body="Twelve years after the first protests in Daraa, the war has killed more than "
        "500,000 people and displaced half of the pre-war population. In Idlib, where "
        "some four million people live, many depend on aid that enters through Bab "
        "al-Hawa. On Tuesday, a drone strike on a motorcycle near Sarmada killed two "
        "men, local sources said.",
        is_syria_related=True,
        entities=[],
        places=[DARAA, "gov:idlib", BAB_AL_HAWA, SARMADA],
        events=[event(AIR, SARMADA, 2)],
        background_figures=[500000],
    ),
    # --- Arabic -----------------------------------------------------------------------------
    dict(
        title="انفجار سيارة مفخخة في الباب",
        published="2024-02-11T10:00:00Z",
        language="ar",
        body="قتل أربعة أشخاص وأصيب سبعة آخرون بانفجار سيارة مفخخة في مدينة الباب بريف "
        "حلب الشرقي، يوم الأحد، وفق ما أفاد به الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[AL_BAB, "gov:aleppo"],
        events=[event(IED, AL_BAB, 4, 7)],
    ),
    dict(
        title="عدوان إسرائيلي على القنيطرة",
        published="2021-05-15T21:00:00Z",
        language="ar",
        body="استشهد جنديان وأصيب ثلاثة آخرون جراء عدوان إسرائيلي بصواريخ أرض-أرض استهدف "
        "مواقع في محيط مدينة القنيطرة، وفق ما نقلته وكالة سانا عن مصدر عسكري.",
        is_syria_related=True,
        entities=["group:israeli-forces", "org:sana"],
        places=[QUNEITRA],
        events=[event(SHELL, QUNEITRA, 2, 3)],
    ),
    dict(
        title="احتجاجات في السويداء",
        published="2023-08-25T15:00:00Z",
        language="ar",
        body="خرج مئات المحتجين في مدينة السويداء، اليوم الجمعة، في ساحة الكرامة مطالبين "
        "بإسقاط النظام ورفضاً لرفع أسعار المحروقات، وسط انتشار أمني محدود.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA)],
    ),
    dict(
        title="مقتل عنصرين من قسد في الشحيل",
        published="2022-03-03T18:00:00Z",
        language="ar",
        body="رصد المرصد السوري لحقوق الإنسان مقتل عنصرين من قوات سوريا الديمقراطية "
        '"قسد" برصاص مسلحين مجهولين يستقلون دراجة نارية في بلدة الشحيل بريف دير الزور '
        "الشرقي.",
        is_syria_related=True,
        entities=["org:sohr", "group:sdf"],
        places=[SHUHAYL, "gov:deir-ez-zor"],
        events=[event(CLASH, SHUHAYL, 2)],
    ),
    dict(
        title="القبض على خلية لداعش في ريف دمشق",
        published="2025-07-01T09:00:00Z",
        language="ar",
        body="ألقت قوات الأمن العام القبض على خلية تابعة لتنظيم داعش في ريف دمشق، وضبطت "
        "بحوزتها عبوات ناسفة معدة للتفجير، بحسب وزارة الداخلية السورية.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024", "group:isis", "org:syrian-interior-ministry"],
        places=["gov:rif-dimashq"],
        events=[event(ARREST, "gov:rif-dimashq")],
    ),
    dict(
        title="اشتباكات في الشيخ مقصود",
        published="2025-10-07T20:00:00Z",
        language="ar",
        body="اندلعت اشتباكات بين قوات الأمن الداخلي وعناصر من قوات سوريا الديمقراطية في "
        "حي الشيخ مقصود بمدينة حلب، أسفرت عن مقتل عنصر من الأمن وإصابة أربعة آخرين، "
        "بحسب وزارة الداخلية.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024", "group:sdf", "org:syrian-interior-ministry"],
        places=[SHEIKH_MAQSOUD, ALEPPO],
        events=[event(CLASH, SHEIKH_MAQSOUD, 1, 4)],
    ),
    dict(
        title="غارات روسية على الأتارب",
        published="2020-02-10T12:00:00Z",
        language="ar",
        body="قُتل ستة مدنيين، بينهم طفلان، جراء غارات جوية روسية استهدفت بلدة الأتارب في "
        "ريف حلب الغربي، بحسب ما أفاد الدفاع المدني.",
        is_syria_related=True,
        entities=["group:russian-forces", "org:white-helmets"],
        places=[ATARIB, "gov:aleppo"],
        events=[event(AIR, ATARIB, 6)],
    ),
    dict(
        title="الدفاع تنفي الانسحاب من حماة",
        published="2024-12-03T11:00:00Z",
        language="ar",
        body="نفت وزارة الدفاع السورية، اليوم الثلاثاء، ما تداولته صفحات على مواقع التواصل "
        "عن انسحاب قواتها من مدينة حماة، مؤكدة أن الوضع في المدينة مستقر.",
        is_syria_related=True,
        entities=["org:syrian-defence-ministry"],
        places=[HAMA],
        events=[],
    ),
    # --- hard negatives ---------------------------------------------------------------------
    dict(
        title="Israeli strikes on Beirut suburbs kill 12",
        published="2024-10-02T05:00:00Z",
        body="Israeli strikes on Beirut's southern suburbs killed 12 people, Lebanon's "
        "health ministry said, as Hezbollah fired rockets at northern Israel. The strikes "
        "hit buildings in Dahiyeh overnight.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:lebanon", "group:hezbollah", "state:israel"],
        places=[place("Beirut", 33.89, 35.50), place("Dahiyeh", 33.85, 35.51)],
        events=[],
    ),
    dict(
        title="Two Iraqi soldiers killed in Kirkuk attack",
        published="2024-06-10T08:00:00Z",
        body="Two Iraqi soldiers were killed when Islamic State militants attacked an army "
        "post in Kirkuk province, Iraq's security media cell said.",
        is_syria_related=False,
        entities=["group:isis", "state:iraq"],
        places=[place("Kirkuk", 35.47, 44.39)],
        events=[],
    ),
    dict(
        title="Strike on Rafah house kills seven",
        published="2024-05-20T06:00:00Z",
        body="An Israeli air strike on a house in Rafah killed seven people, Gaza's civil "
        "defence agency said.",
        is_syria_related=False,
        entities=["group:israeli-forces"],
        places=[place("Rafah", 31.29, 34.25), place("Gaza", 31.50, 34.47)],
        events=[],
    ),
    dict(
        title="Drones hit Kharkiv energy sites",
        published="2024-03-22T07:00:00Z",
        body="Russian drones struck energy infrastructure in Kharkiv overnight, wounding "
        "four people, regional governor Oleh Syniehubov said.",
        is_syria_related=False,
        entities=["group:russian-forces"],
        places=[place("Kharkiv", 49.99, 36.23)],
        events=[],
    ),
    dict(
        title="Palmyra Atoll reefs bounce back",
        published="2024-07-09T12:00:00Z",
        body="Scientists returned to Palmyra Atoll in the central Pacific to study its coral "
        "reefs, which recovered quickly after a marine heatwave.",
        is_syria_related=False,
        entities=[],
        places=[place("Palmyra Atoll", 5.88, -162.08)],
        events=[],
    ),
    dict(
        title="Jordan tourism revenue rises",
        published="2024-03-10T09:00:00Z",
        body="Jordan's tourism revenue rose 12 percent last year as visitors returned to "
        "Petra and the Dead Sea, the ministry said in Amman.",
        is_syria_related=False,
        entities=["state:jordan"],
        places=[place("Petra", 30.33, 35.44), place("Amman", 31.95, 35.93)],
        events=[],
    ),
    dict(
        title="قصف إسرائيلي على أطراف الخيام",
        published="2024-09-28T10:00:00Z",
        language="ar",
        body="قصفت مدفعية الجيش الإسرائيلي أطراف بلدة الخيام في جنوب لبنان، ما أدى إلى "
        "إصابة مدنيين اثنين، وفق الوكالة الوطنية للإعلام.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:lebanon"],
        places=[place("Khiam", 33.33, 35.61)],
        events=[],
    ),
]

RIOT = ("Riots", "Violent demonstration")
IDLIB = place("Idlib", 35.93, 36.63)

# Written after the fixes the first round prompted, and scored before any other.
SECOND_ROUND = [
    dict(
        title="Shells hit Azaz hospital",
        published="2021-06-12T18:00:00Z",
        body="Artillery fire killed at least eight people, among them a nurse, when shells "
        "hit a hospital in Azaz on Saturday, medics said. Turkish officials blamed the "
        "Kurdish YPG militia, which denied any involvement.",
        is_syria_related=True,
        entities=["group:ypg", "state:turkey"],
        places=[place("Azaz", 36.59, 37.05)],
        events=[event(SHELL, "azaz", 8)],
    ),
    dict(
        title="NDF member killed in Sukhnah desert",
        published="2023-02-14T17:00:00Z",
        body="A member of the National Defence Forces was killed and two others were injured "
        "in an attack by ISIS cells on their position in the Badia of Al-Sukhnah in the "
        "eastern countryside of Homs.",
        is_syria_related=True,
        entities=["group:ndf", "group:isis"],
        places=[place("Al-Sukhnah", 34.89, 38.87), "gov:homs"],
        events=[event(CLASH, None, 1, 2)],
    ),
    dict(
        title="غارات على سوق في معرة النعمان",
        published="2019-07-22T15:00:00Z",
        language="ar",
        body="لقي 11 شخصاً حتفهم وأصيب أكثر من 20 آخرين جراء غارات جوية شنتها طائرات حربية "
        "على سوق شعبي في مدينة معرة النعمان جنوبي إدلب، بحسب ما أفاد الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[place("Maarat al-Numan", 35.64, 36.67), "gov:idlib"],
        events=[event(AIR, "maarat-al-numan", 11, 20)],
    ),
    dict(
        title="Rebels enter Aleppo",
        published="2024-11-29T16:00:00Z",
        body="HOST: Let's go straight to our correspondent on the Turkish border.\n"
        "CORRESPONDENT: Thanks. Rebel fighters led by Hayat Tahrir al-Sham say they have "
        "entered the western neighbourhoods of Aleppo city, two days after launching a "
        "surprise offensive. We're also hearing that Russian warplanes carried out more "
        "than a dozen strikes on Idlib city this afternoon.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "group:hts", "group:russian-forces"],
        places=[ALEPPO, IDLIB],
        events=[
            event(("Battles", "Non-state actor overtakes territory"), ALEPPO),
            event(AIR, IDLIB),
        ],
    ),
    dict(
        title="Rally in Qamishli",
        published="2025-03-07T15:00:00Z",
        body="Hundreds of people rallied in Qamishli on Friday to demand Kurdish rights in "
        "Syria's new constitution, waving flags and chanting slogans, local media reported.",
        is_syria_related=True,
        entities=["state:syria"],
        places=[QAMISHLI],
        events=[event(PROTEST, QAMISHLI)],
    ),
    dict(
        title="Police station torched in Sanamayn",
        published="2020-06-03T20:00:00Z",
        body="Angry residents set fire to a police station in the town of Sanamayn in "
        "northern Daraa after security forces detained two young men, activists said.",
        is_syria_related=True,
        entities=["group:syrian-government-forces"],
        places=[place("Sanamayn", 33.07, 36.18), "gov:daraa"],
        events=[event(RIOT, None), event(ARREST, None)],
    ),
    dict(
        title="US strike kills militia commander in Baghdad",
        published="2024-02-07T21:00:00Z",
        body="A US drone strike in Baghdad killed a commander of Kataib Hezbollah, an "
        "Iran-backed militia, US Central Command said.",
        is_syria_related=False,
        entities=["group:us-forces", "state:iran", "group:kataib-hezbollah"],
        places=[place("Baghdad", 33.31, 44.37)],
        events=[],
    ),
    dict(
        title="Woman rescued in Antakya",
        published="2023-02-10T09:00:00Z",
        body="Rescue teams pulled a woman alive from the rubble in Antakya, 100 hours after "
        "the earthquake, Turkish officials said.",
        is_syria_related=False,
        entities=["state:turkey"],
        places=[place("Antakya", 36.20, 36.16)],
        events=[],
    ),
    dict(
        title="Houthis fire at cargo ship",
        published="2024-03-01T10:00:00Z",
        body="Houthi forces said they fired missiles at a cargo ship in the Red Sea; no "
        "injuries were reported, the UK maritime agency said.",
        is_syria_related=False,
        entities=[],
        places=[],
        events=[],
    ),
    dict(
        title="WFP to expand deliveries to northwest Syria",
        published="2025-01-15T11:00:00Z",
        body="The World Food Programme said it would expand deliveries to northwest Syria "
        "through the Bab al-Salam crossing, as more than 2 million people in Idlib and "
        "northern Aleppo depend on aid.",
        is_syria_related=True,
        entities=["state:syria"],
        places=[place("Bab al-Salam", 36.63, 37.08), "gov:idlib", "gov:aleppo"],
        events=[],
    ),
    dict(
        title="حملة اعتقالات في ذيبان",
        published="2022-10-04T12:00:00Z",
        language="ar",
        body="شنت قوات سوريا الديمقراطية حملة دهم واعتقالات في بلدة ذيبان بريف دير الزور "
        "الشرقي، طالت 15 شاباً بتهمة الانتماء لخلايا داعش.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis"],
        places=[place("Dhiban", 35.01, 40.51), "gov:deir-ez-zor"],
        events=[event(ARREST, None)],
    ),
    dict(
        title="Israeli jets strike two air bases",
        published="2025-04-02T23:00:00Z",
        body="Israeli jets struck the T4 air base and the Hama military airport late on "
        "Wednesday, Syria's foreign ministry said, condemning what it called a flagrant "
        "violation of its sovereignty.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:syria"],
        places=[place("T4 air base", 34.52, 37.63), place("Hama military airport", 35.12, 36.71)],
        events=[event(AIR, None), event(AIR, HAMA)],
    ),
    dict(
        title="'They came at dawn'",
        published="2024-12-02T08:00:00Z",
        body="'They came at dawn,' said Umm Khaled, who fled Tal Rifaat with her four "
        "children. Kurdish officials said Turkish-backed factions had taken the town after "
        "the SDF pulled out, a claim the Syrian National Army did not dispute.",
        is_syria_related=True,
        entities=["group:sdf", "group:sna"],
        places=[TAL_RIFAAT],
        events=[event(("Battles", "Non-state actor overtakes territory"), TAL_RIFAAT)],
    ),
    dict(
        title="غارة إسرائيلية على معبر جوسية",
        published="2024-10-25T08:00:00Z",
        language="ar",
        body="استهدفت غارة إسرائيلية معبر جوسية الحدودي بين سوريا ولبنان قرب مدينة القصير "
        "بريف حمص، ما أدى إلى خروجه عن الخدمة، دون ورود أنباء عن إصابات.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:syria", "state:lebanon"],
        places=[
            place("Jusiyah crossing", 34.42, 36.56),
            place("Qusayr", 34.51, 36.58),
            "gov:homs",
        ],
        events=[event(AIR, None)],
    ),
    dict(
        title="Ghouta toll rises",
        published="2018-03-06T12:00:00Z",
        body="The bombardment of Eastern Ghouta has claimed the lives of 43 civilians in the "
        "past 24 hours, the Syrian Observatory for Human Rights said on Tuesday, bringing "
        "the toll since the offensive began to more than 1,100.",
        is_syria_related=True,
        entities=["org:sohr"],
        places=[GHOUTA],
        events=[event(SHELL, GHOUTA, 43)],
        background_figures=[1100],
    ),
    dict(
        title="HTS detains its own members",
        published="2023-08-20T10:00:00Z",
        body="Hayat Tahrir al-Sham has detained dozens of its own members, including a senior "
        "commander, on suspicion of spying for the coalition, sources in Idlib told Reuters.",
        is_syria_related=True,
        entities=["group:hts", "group:us-coalition"],
        places=["gov:idlib"],
        events=[event(ARREST, "gov:idlib")],
    ),
    dict(
        title="Hezbollah to back new president",
        published="2025-01-08T14:00:00Z",
        body="Hezbollah's parliamentary bloc said it would back the new Lebanese president, "
        "as Beirut struggled to form a government.",
        is_syria_related=False,
        entities=["group:hezbollah", "state:lebanon"],
        places=[place("Beirut", 33.89, 35.50)],
        events=[],
    ),
    dict(
        title="مظاهرات ضد الجولاني في إدلب",
        published="2024-05-17T16:00:00Z",
        language="ar",
        body="تظاهر المئات في مدينة إدلب ومدن أخرى، يوم الجمعة، مطالبين بإسقاط أبو محمد "
        "الجولاني والإفراج عن المعتقلين في سجون هيئة تحرير الشام.",
        is_syria_related=True,
        entities=["person:ahmed-al-sharaa", "group:hts"],
        places=[IDLIB],
        events=[event(PROTEST, IDLIB)],
    ),
    dict(
        title="Travellers kidnapped on Suwayda highway",
        published="2022-09-12T09:00:00Z",
        body="Members of a local gang abducted three travellers on the Damascus-Suwayda "
        "highway and released them after their families paid a ransom, the Suwayda 24 news "
        "network said.",
        is_syria_related=True,
        entities=[],
        places=[DAMASCUS, SUWAYDA],
        events=[event(ABDUCT, SUWAYDA)],
    ),
    dict(
        title="OPCW blames Syrian air force for Douma attack",
        published="2023-01-27T12:00:00Z",
        body="The OPCW said its investigators had concluded that the Syrian air force dropped "
        "a chlorine cylinder on a residential building in Douma in 2018, killing 43 people.",
        is_syria_related=True,
        entities=["org:opcw", "group:syrian-government-forces"],
        places=[DOUMA],
        events=[],
        background_figures=[43],
    ),
]

JISR_AL_SHUGHUR = JISR
ZAMALKA = place("Zamalka", 33.52, 36.36)
CHEM = ("Explosions/Remote violence", "Chemical weapon")

# Written after the fixes the second round prompted, and scored before any other.
THIRD_ROUND = [
    dict(
        title="Army retakes Aleppo district",
        published="2016-11-26T18:00:00Z",
        body="Syrian government forces and their allies recaptured the Masaken Hanano "
        "district in eastern Aleppo on Saturday, state media and a monitoring group said, in "
        "the biggest advance in the rebel-held east of the city in years.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "group:syrian-rebels"],
        places=[place("Masaken Hanano", 36.225, 37.185), ALEPPO],
        events=[event(REGAIN, None)],
    ),
    dict(
        title="Car bomb kills 10 in Tal Abyad",
        published="2019-11-02T15:00:00Z",
        body="At least 10 people were killed when a car bomb went off in a busy market in the "
        "northern town of Tal Abyad on Saturday, Turkey's defence ministry said, blaming "
        "Kurdish fighters.",
        is_syria_related=True,
        entities=["state:turkey"],
        places=[place("Tal Abyad", 36.70, 38.95)],
        events=[event(IED, None, 10)],
    ),
    dict(
        title="Child killed by shelling east of Idlib",
        published="2024-06-13T17:00:00Z",
        body="A child was killed and his mother wounded on Thursday when a shell fired by "
        "government forces landed on their house in the village of Afes, east of Idlib.",
        is_syria_related=True,
        entities=["group:syrian-government-forces"],
        places=[place("Afes", 35.88, 36.77), IDLIB],
        events=[event(SHELL, None, 1, 1)],
    ),
    dict(
        title="الجيش يحبط محاولة تسلل في ريف اللاذقية",
        published="2022-04-12T09:00:00Z",
        language="ar",
        body="أحبطت وحدات من الجيش العربي السوري محاولة تسلل لمجموعات إرهابية على محور "
        "كبانة في ريف اللاذقية الشمالي، وأوقعت عدداً من أفرادها بين قتيل ومصاب.",
        is_syria_related=True,
        entities=["group:syrian-government-forces"],
        places=[place("Kabani", 35.83, 36.27), "gov:latakia"],
        events=[event(CLASH, None)],
    ),
    dict(
        title="Twelve arrested in Jableh",
        published="2025-08-10T12:00:00Z",
        body="Security forces arrested 12 people in Jableh on Sunday suspected of involvement "
        "in attacks on checkpoints, the interior ministry said.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024", "org:syrian-interior-ministry"],
        places=[place("Jableh", 35.36, 35.93)],
        events=[event(ARREST, None)],
    ),
    dict(
        title="Turkish drones kill 19 Syrian soldiers",
        published="2020-03-01T19:00:00Z",
        body="Turkish drone strikes killed at least 19 Syrian government soldiers in Idlib "
        "province on Sunday, the Syrian Observatory for Human Rights said, as Ankara "
        "retaliated for the deaths of its troops.",
        is_syria_related=True,
        entities=[
            "group:turkish-forces",
            "group:syrian-government-forces",
            "org:sohr",
            "state:turkey",
        ],
        places=["gov:idlib"],
        events=[event(AIR, "gov:idlib", 19)],
    ),
    dict(
        title="Clashes in Tripoli kill 27",
        published="2023-08-16T08:00:00Z",
        body="Clashes between rival armed groups in Tripoli killed at least 27 people, "
        "Libya's health ministry said.",
        is_syria_related=False,
        entities=[],
        places=[place("Tripoli", 32.89, 13.19)],
        events=[],
    ),
    dict(
        title="Shelling near El Fasher",
        published="2024-08-02T08:00:00Z",
        body="Paramilitary Rapid Support Forces shelled a camp for displaced people near El "
        "Fasher, killing 15, activists said.",
        is_syria_related=False,
        entities=[],
        places=[place("El Fasher", 13.63, 25.35)],
        events=[],
    ),
    dict(
        title="Iran and Israel trade strikes",
        published="2024-10-26T06:00:00Z",
        body="Iran fired ballistic missiles at Israel overnight, and Israeli jets struck "
        "targets in Tehran, officials said.",
        is_syria_related=False,
        entities=["state:iran", "state:israel", "group:israeli-forces"],
        places=[place("Tehran", 35.69, 51.39)],
        events=[],
    ),
    dict(
        title="Sharaa signs constitutional declaration",
        published="2025-03-13T16:00:00Z",
        body="Interim President Ahmed al-Sharaa signed a constitutional declaration on "
        "Thursday setting a five-year transitional period, his office said.",
        is_syria_related=True,
        entities=["person:ahmed-al-sharaa"],
        places=[],
        events=[],
    ),
    dict(
        title="قصف على دارة عزة",
        published="2023-04-18T14:00:00Z",
        language="ar",
        body="قصفت قوات النظام بالمدفعية الثقيلة بلدة دارة عزة بريف حلب الغربي، ما أسفر عن "
        "إصابة ثلاثة مدنيين بجروح، وفق مراسل المرصد السوري.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:sohr"],
        places=[place("Darat Izza", 36.28, 36.85), "gov:aleppo"],
        events=[event(SHELL, None, None, 3)],
    ),
    dict(
        title="Israeli troops detain three in Quneitra village",
        published="2025-05-20T10:00:00Z",
        body="Israeli troops raided the village of Jubata al-Khashab in Quneitra province and "
        "detained three young men, residents said.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[place("Jubata al-Khashab", 33.23, 35.84), "gov:quneitra"],
        events=[event(ARREST, None)],
    ),
    dict(
        title="IS attack on SDF checkpoint",
        published="2024-01-19T13:00:00Z",
        body="Islamic State militants attacked a checkpoint of the Kurdish-led SDF near the "
        "town of Al-Shaddadi, killing four SDF members, the group said on Friday.",
        is_syria_related=True,
        entities=["group:isis", "group:sdf"],
        places=[place("Al-Shaddadi", 36.06, 40.73)],
        events=[event(CLASH, None, 4)],
    ),
    dict(
        title="Protest in Jassim",
        published="2022-05-20T16:00:00Z",
        body="Dozens of people protested in the city of Jassim on Friday against a wave of "
        "assassinations, local activists said.",
        is_syria_related=True,
        entities=[],
        places=[place("Jassim", 32.99, 36.06)],
        events=[event(PROTEST, None)],
    ),
    dict(
        title="HTS detains media activist",
        published="2021-07-08T11:00:00Z",
        body="Hayat Tahrir al-Sham gunmen detained a media activist at a checkpoint near "
        "Sarmada, his family said.",
        is_syria_related=True,
        entities=["group:hts"],
        places=[SARMADA],
        events=[event(ARREST, None)],
    ),
    dict(
        title="انفجار عبوة في اعزاز",
        published="2023-09-03T10:00:00Z",
        language="ar",
        body="انفجرت عبوة ناسفة مزروعة في سيارة مدنية وسط مدينة اعزاز شمالي حلب، ما أدى "
        "لإصابة سائقها بجروح خطيرة.",
        is_syria_related=True,
        entities=[],
        places=[place("Azaz", 36.59, 37.05), "gov:aleppo"],
        events=[event(IED, None, None, 1)],
    ),
    dict(
        title="Pedersen warns of rising violence",
        published="2024-02-27T20:00:00Z",
        body="UN envoy Geir Pedersen warned the Security Council that violence in Syria was at "
        "its highest level since 2020, urging all parties to return to talks in Geneva.",
        is_syria_related=True,
        entities=["person:geir-pedersen", "org:un", "state:syria"],
        places=[place("Geneva", 46.20, 6.14)],
        events=[],
    ),
    dict(
        title="Strikes on Jisr al-Shughur market",
        published="2023-06-25T18:00:00Z",
        body="Russian air strikes on a vegetable market in Jisr al-Shughur killed nine people, "
        "the White Helmets said. The Syrian Observatory put the toll at 13.",
        is_syria_related=True,
        entities=["group:russian-forces", "org:white-helmets", "org:sohr"],
        places=[JISR_AL_SHUGHUR],
        events=[event(AIR, None, 9)],
    ),
    dict(
        title="هجوم على حاجز قرب شهبا",
        published="2025-05-01T09:00:00Z",
        language="ar",
        body="قُتل ثلاثة عناصر من الأمن العام وأصيب آخرون في هجوم شنه مسلحون على حاجز قرب "
        "مدينة شهبا بريف السويداء الشمالي.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024"],
        places=[SHAHBA, "gov:suwayda"],
        events=[event(CLASH, None, 3)],
    ),
    dict(
        title="Eleven years on, Zamalka fears the sky",
        published="2024-09-10T07:00:00Z",
        body="In 2013, sarin rockets killed hundreds in the Ghouta. Eleven years later, "
        "residents of Zamalka say they still fear the sky. On Monday, a drone strike hit a "
        "farm on the edge of the town, wounding two farmers, a local official said.",
        is_syria_related=True,
        entities=[],
        places=[GHOUTA, ZAMALKA],
        events=[event(AIR, None, None, 2)],
        background_figures=[100],
    ),
]

TAKE = ("Battles", "Non-state actor overtakes territory")
HAREM = place("Harem", 36.21, 36.52)
SURAN_HAMA = place("Suran", 35.29, 36.75)

# Longer pieces with several events each, written after the third round's fixes
# and scored before any other.
FOURTH_ROUND = [
    dict(
        title="Rebels push into Hama province",
        published="2024-12-01T19:00:00Z",
        body="Syrian rebels pushed into Hama province on Sunday, days after their lightning "
        "advance on Aleppo, as Russian and Syrian warplanes pounded rebel-held areas of "
        "Idlib.\n"
        "Air strikes on a camp for displaced people near the town of Harem killed at least "
        "six people, including two children, and wounded 14, according to the White Helmets "
        "rescue service. The Syrian Observatory for Human Rights, a Britain-based war "
        "monitor, said rebels had taken control of the towns of Suran and Taybat al-Imam "
        "north of Hama city after clashes with government troops in which 27 soldiers were "
        "killed.\n"
        "Syria's defence ministry said it had sent reinforcements to Hama and that its forces "
        "were repelling the terrorist offensive. It did not comment on the losses.\n"
        "The offensive, the largest in years, has upended a front line that had barely moved "
        "since a 2020 ceasefire brokered by Russia and Turkey.",
        is_syria_related=True,
        entities=[
            "group:syrian-rebels",
            "group:russian-forces",
            "group:syrian-government-forces",
            "org:white-helmets",
            "org:sohr",
            "org:syrian-defence-ministry",
            "state:syria",
            "state:russia",
            "state:turkey",
        ],
        places=[
            "gov:hama",
            ALEPPO,
            "gov:idlib",
            HAREM,
            SURAN_HAMA,
            place("Taybat al-Imam", 35.26, 36.71),
            HAMA,
        ],
        events=[
            event(AIR, HAREM, 6, 14, actors=["group:russian-forces", GOV, CIV]),
            event(TAKE, SURAN_HAMA, 27, actors=["group:syrian-rebels", GOV]),
            event(TAKE, None, actors=["group:syrian-rebels", GOV]),
        ],
        claims=[
            claim("org:white-helmets"),
            claim("org:sohr"),
            claim("org:syrian-defence-ministry"),
        ],
    ),
    dict(
        title="مقتل خمسة عناصر من قوات النظام بهجوم لداعش في بادية الرصافة",
        published="2021-03-15T08:00:00Z",
        language="ar",
        body="وثّق المرصد السوري لحقوق الإنسان مقتل خمسة عناصر من قوات النظام وإصابة ثمانية "
        "آخرين، جراء هجوم نفذته خلايا تنظيم داعش على نقطة عسكرية في بادية الرصافة جنوب غربي "
        "الرقة، فجر اليوم.\n"
        "وفي سياق متصل، شنت طائرات حربية روسية أكثر من 20 غارة جوية على مواقع يتحصن فيها "
        "عناصر التنظيم في بادية السخنة شرقي حمص، دون ورود معلومات عن خسائر بشرية.\n"
        "وكان المرصد قد أحصى منذ مطلع العام الجاري مقتل 112 عنصراً من قوات النظام والمسلحين "
        "الموالين لها في البادية السورية.",
        is_syria_related=True,
        entities=[
            "org:sohr",
            "group:syrian-government-forces",
            "group:isis",
            "group:russian-forces",
        ],
        places=[
            place("Resafa", 35.63, 38.76),
            "gov:raqqa",
            place("Al-Sukhnah", 34.89, 38.87),
            "gov:homs",
        ],
        events=[
            event(CLASH, None, 5, 8, actors=["group:isis", GOV]),
            event(AIR, None, actors=["group:russian-forces", "group:isis"]),
        ],
        background_figures=[112],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Three attacks on schools in August",
        published="2022-09-01T10:00:00Z",
        body="Amnesty International said on Thursday it had documented three attacks on "
        "schools in north-west Syria in August. On 9 August, a rocket struck a primary school "
        "in the village of Kafr Taal in western Aleppo countryside, wounding four pupils. On "
        "17 August, shells hit a school courtyard in Ariha, killing a teacher. The report also "
        "described a drone strike on 24 August that destroyed a school bus near Atarib; no one "
        "was on board. Syrian government forces denied targeting civilian infrastructure.",
        is_syria_related=True,
        entities=["state:syria", "group:syrian-government-forces"],
        places=[
            place("Kafr Taal", 36.14, 36.86),
            "gov:aleppo",
            place("Ariha", 35.81, 36.61),
            ATARIB,
        ],
        events=[
            event(SHELL, None, None, 4, actors=[CIV]),
            event(SHELL, None, 1, actors=[CIV]),
            event(AIR, ATARIB),
        ],
        claims=[
            claim(None, contested=True),
            claim("group:syrian-government-forces", "denies", contested=True),
        ],
    ),
    dict(
        title="Israeli jets strike south of Damascus",
        published="2025-02-26T07:00:00Z",
        body="Israeli warplanes struck military sites south of Damascus late on Tuesday, hours "
        "after Prime Minister Benjamin Netanyahu demanded the demilitarisation of southern "
        "Syria. Syria's state news agency SANA said strikes hit the area of Al-Kiswah and the "
        "countryside of Daraa, killing two people. The Israeli military said it had targeted "
        "military headquarters and sites containing weapons. Syria's foreign ministry "
        "condemned the strikes as a violation of its sovereignty.",
        is_syria_related=True,
        entities=["group:israeli-forces", "person:benjamin-netanyahu", "org:sana", "state:syria"],
        places=[DAMASCUS, place("Al-Kiswah", 33.36, 36.24), "gov:daraa"],
        events=[
            event(AIR, None, 2, actors=["group:israeli-forces"]),
            event(AIR, "gov:daraa", actors=["group:israeli-forces"]),
        ],
        claims=[claim("org:sana"), claim("group:israeli-forces")],
    ),
    dict(
        title="Heavy fighting around Tishrin Dam",
        published="2025-01-05T12:00:00Z",
        body="Fighting between the Kurdish-led Syrian Democratic Forces and Turkish-backed "
        "factions around the Tishrin Dam east of Aleppo killed at least 30 fighters over the "
        "weekend, the Syrian Observatory for Human Rights said. The SDF said it had repelled "
        "an attack on the dam and destroyed two tanks, while the Syrian National Army said its "
        "fighters had captured two villages near the dam. The SDF denied losing any ground.",
        is_syria_related=True,
        entities=["group:sdf", "group:sna", "org:sohr"],
        places=[place("Tishrin Dam", 36.38, 38.18), ALEPPO],
        events=[event(TAKE, None, 30, actors=["group:sna", "group:sdf"])],
        claims=[
            claim("org:sohr"),
            claim("group:sdf"),
            claim("group:sna", contested=True),
            claim("group:sdf", "denies", contested=True),
        ],
    ),
    dict(
        title="ضربة جوية على داعش قرب القائم",
        published="2023-05-09T10:00:00Z",
        language="ar",
        body="أعلنت خلية الإعلام الأمني في العراق مقتل ثلاثة من عناصر تنظيم داعش بضربة جوية "
        "قرب مدينة القائم غربي الأنبار، قرب الحدود مع سوريا.",
        is_syria_related=False,
        entities=["state:iraq", "group:isis", "state:syria"],
        places=[place("Al-Qaim", 34.37, 41.09)],
        events=[],
        claims=[],
    ),
    dict(
        title="Quake toll in north-west Syria passes 1,600",
        published="2023-02-07T12:00:00Z",
        body="The death toll from Monday's earthquake in north-west Syria has risen above "
        "1,600, the White Helmets said, with hundreds of buildings destroyed in Jindires, "
        "Harem and Salqin. Rescue teams are still searching the rubble.",
        is_syria_related=True,
        entities=["org:white-helmets", "state:syria"],
        places=[place("Jindires", 36.39, 36.69), HAREM, place("Salqin", 36.14, 36.45)],
        events=[],
        background_figures=[1600],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="احتجاجات السويداء مستمرة واعتقالات في درعا",
        published="2023-09-05T18:00:00Z",
        language="ar",
        body="واصل المحتجون في السويداء احتجاجاتهم لليوم العشرين على التوالي، وتجمع المئات في "
        "ساحة الكرامة وسط المدينة. وفي درعا، اعتقلت دورية تابعة للأمن العسكري شابين من مدينة "
        "الصنمين على حاجز قرب بلدة غباغب، بحسب تجمع أحرار حوران.",
        is_syria_related=True,
        entities=["group:military-intelligence"],
        places=[
            SUWAYDA,
            "gov:daraa",
            place("Sanamayn", 33.07, 36.18),
            place("Ghabaghib", 33.18, 36.23),
        ],
        events=[
            event(PROTEST, SUWAYDA, actors=[PRO]),
            event(ARREST, None, actors=["group:military-intelligence", CIV]),
        ],
        claims=[claim(None)],
    ),
    dict(
        title="Suicide bomber hits Raqqa checkpoint",
        published="2021-10-16T15:00:00Z",
        body="A suicide bomber targeted a checkpoint of the SDF-affiliated Internal Security "
        "Forces at the entrance to Raqqa city on Saturday, killing three members and a "
        "civilian, an SDF spokesman said. Islamic State claimed the attack through its Amaq "
        "news agency.",
        is_syria_related=True,
        entities=["group:sdf", "group:asayish", "group:isis"],
        places=[RAQQA],
        events=[event(SUICIDE, RAQQA, 4, actors=["group:isis", "group:asayish", CIV])],
        claims=[claim("group:sdf"), claim("group:isis")],
    ),
    dict(
        title="Border clashes near Qusayr",
        published="2025-03-17T09:00:00Z",
        body="Clashes between the Syrian army and members of Lebanese clans along the border "
        "near the Syrian town of Qusayr killed at least seven people, a monitoring group "
        "said, after Syrian authorities accused Hezbollah of sending fighters across the "
        "frontier. Lebanon's army said it had returned fire after shells landed in the "
        "Lebanese town of Hermel.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024", "group:hezbollah", "state:lebanon", "state:syria"],
        places=[place("Qusayr", 34.51, 36.58), place("Hermel", 34.39, 36.38)],
        events=[event(CLASH, None, 7, actors=["group:syrian-forces-2024"]), event(SHELL, None)],
        claims=[claim(None), claim("state:syria"), claim("state:lebanon")],
    ),
]

DISRUPTED = ("Strategic developments", "Disrupted weapons use")

# Feed items as RSS delivers them: a headline and a one-sentence summary. Written
# after the fourth round's fixes and scored before any other.
FIFTH_ROUND = [
    dict(
        title="Syria: Drone strike kills 3 in Idlib's Sarmada",
        published="2023-10-10T09:00:00Z",
        body="A drone strike on a car near Sarmada in northern Idlib killed three people on "
        "Tuesday, rescuers said.",
        is_syria_related=True,
        entities=["state:syria"],
        places=[SARMADA, "gov:idlib"],
        events=[event(AIR, SARMADA, 3)],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli strike hits Syrian army positions in Daraa",
        published="2024-07-02T06:00:00Z",
        body="Israeli jets struck positions of the Syrian army in Daraa province overnight, "
        "state media reported, without giving casualty figures.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:syrian-government-forces"],
        places=["gov:daraa"],
        events=[event(AIR, "gov:daraa", actors=["group:israeli-forces", GOV])],
        claims=[claim(None)],
    ),
    dict(
        title="Protesters in Suwayda demand release of detainees",
        published="2024-03-01T15:00:00Z",
        body="Hundreds gathered in the main square of Suwayda on Friday.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO])],
        claims=[],
    ),
    dict(
        title="Car bomb in Afrin kills 5",
        published="2022-04-19T11:00:00Z",
        body="A car bomb exploded in a crowded street in Afrin, killing five civilians and "
        "wounding nine, according to local officials.",
        is_syria_related=True,
        entities=[],
        places=[place("Afrin", 36.51, 36.87)],
        events=[event(IED, None, 5, 9, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Syrian Observatory: 9 ISIS members killed in Russian airstrikes in Badia",
        published="2022-06-14T12:00:00Z",
        body="Russian warplanes carried out dozens of airstrikes on ISIS hideouts in the "
        "Syrian desert, killing nine members of the group.",
        is_syria_related=True,
        entities=["org:sohr", "group:isis", "group:russian-forces"],
        places=[],
        events=[event(AIR, None, 9, actors=["group:russian-forces", "group:isis"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Lebanon: Israeli drone strike kills two in Nabatieh",
        published="2024-08-20T10:00:00Z",
        body="An Israeli drone strike on a motorcycle in Nabatieh killed two people, Lebanon's "
        "health ministry said.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:lebanon"],
        places=[place("Nabatieh", 33.38, 35.48)],
        events=[],
        claims=[],
    ),
    dict(
        title="قتيلان بقصف مدفعي على ريف إدلب الجنوبي",
        published="2023-05-06T13:00:00Z",
        language="ar",
        body="قتل مدنيان وأصيب ثلاثة آخرون بقصف مدفعي لقوات النظام على بلدة كنصفرة في جبل الزاوية.",
        is_syria_related=True,
        entities=["group:syrian-government-forces"],
        places=["gov:idlib", KANSAFRA, JABAL_AL_ZAWIYA],
        events=[event(SHELL, KANSAFRA, 2, 3, actors=[GOV, CIV])],
        claims=[],
    ),
    dict(
        title="Syria's Sharaa meets Erdogan in Ankara",
        published="2025-02-04T16:00:00Z",
        body="Syrian President Ahmed al-Sharaa held talks with Turkish President Recep Tayyip "
        "Erdogan in Ankara on Tuesday on security and reconstruction.",
        is_syria_related=True,
        entities=[
            "state:syria",
            "person:ahmed-al-sharaa",
            "person:recep-tayyip-erdogan",
            "state:turkey",
        ],
        places=[place("Ankara", 39.93, 32.86)],
        events=[],
        claims=[],
    ),
    dict(
        title="Gunmen kill former rebel commander in Daraa",
        published="2022-02-08T17:00:00Z",
        body="Unidentified gunmen shot dead a former rebel commander who had joined a "
        "government-backed reconciliation deal in the town of Tafas, the Syrian Observatory "
        "said.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "org:sohr"],
        places=[TAFAS, DARAA],
        events=[event(ATTACK, TAFAS, 1)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="UN says 10,000 displaced by fighting in Deir ez-Zor",
        published="2023-09-05T12:00:00Z",
        body="Fighting between the SDF and Arab tribal fighters in eastern Deir ez-Zor has "
        "displaced about 10,000 people, the UN humanitarian office said.",
        is_syria_related=True,
        entities=["org:un", "group:sdf"],
        places=["gov:deir-ez-zor"],
        events=[event(CLASH, "gov:deir-ez-zor", actors=["group:sdf"])],
        claims=[claim("org:un")],
    ),
    dict(
        title="Iraq: ISIS attack kills 4 soldiers in Diyala",
        published="2023-12-03T08:00:00Z",
        body="Four Iraqi soldiers were killed when Islamic State militants attacked an army "
        "post in Diyala province, security sources said.",
        is_syria_related=False,
        entities=["group:isis", "state:iraq"],
        places=[place("Diyala", 33.77, 45.00)],
        events=[],
        claims=[],
    ),
    dict(
        title="Aleppo: Three children killed by unexploded ordnance",
        published="2021-04-11T14:00:00Z",
        body="Three children were killed when a piece of unexploded ordnance went off near "
        "their home in the town of Deir Hafer, east of Aleppo, the White Helmets said.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[place("Deir Hafer", 36.16, 37.71), ALEPPO],
        events=[event(IED, None, 3, actors=[CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Syrian army says it downed drones over Latakia",
        published="2022-08-16T20:00:00Z",
        body="Air defences intercepted several drones launched by terrorist groups towards "
        "Hmeimim air base and the Latakia countryside, a military source said.",
        is_syria_related=True,
        entities=["group:syrian-government-forces"],
        places=[place("Hmeimim", 35.40, 35.95), "gov:latakia"],
        events=[event(DISRUPTED, None, actors=[GOV])],
        claims=[claim("group:syrian-government-forces"), claim(None)],
    ),
]

# Arabic copy (state media, monitors, local outlets), written after the fifth
# round's fixes and scored before any other.
SIXTH_ROUND = [
    dict(
        title="استشهاد ثلاثة مدنيين بقذائف على السقيلبية",
        published="2019-06-08T12:00:00Z",
        language="ar",
        body="استشهد ثلاثة مدنيين وأصيب خمسة آخرون جراء اعتداء المجموعات الإرهابية بالقذائف "
        "الصاروخية على مدينة السقيلبية بريف حماة الشمالي الغربي.",
        is_syria_related=True,
        entities=[],
        places=[place("Suqaylabiyah", 35.37, 36.39), "gov:hama"],
        events=[event(SHELL, None, 3, 5, actors=[CIV])],
        claims=[],
    ),
    dict(
        title="مقتل 12 مدنياً بقصف روسي على أريحا",
        published="2020-02-20T10:00:00Z",
        language="ar",
        body="وثقت الشبكة السورية لحقوق الإنسان مقتل 12 مدنياً، بينهم 5 أطفال، إثر قصف جوي "
        "روسي استهدف مدينة أريحا جنوبي إدلب يوم الثلاثاء 18 شباط.",
        is_syria_related=True,
        entities=["org:snhr", "group:russian-forces"],
        places=[place("Ariha", 35.81, 36.61), "gov:idlib"],
        events=[event(AIR, None, 12, actors=["group:russian-forces", CIV])],
        claims=[claim("org:snhr")],
    ),
    dict(
        title="وقفة احتجاجية في حمص",
        published="2025-03-20T14:00:00Z",
        language="ar",
        body="نظم عشرات الناشطين وقفة احتجاجية أمام مبنى المحافظة في مدينة حمص، طالبوا فيها "
        "بمحاسبة المتورطين في الانتهاكات.",
        is_syria_related=True,
        entities=[],
        places=[HOMS],
        events=[event(PROTEST, HOMS, actors=[PRO])],
        claims=[],
    ),
    dict(
        title="الهيئة تعتقل ناشطين في الدانا",
        published="2022-11-02T09:00:00Z",
        language="ar",
        body="اعتقلت هيئة تحرير الشام ناشطين إعلاميين اثنين في مدينة الدانا شمالي إدلب، على "
        "خلفية انتقادهما لسياسات الهيئة.",
        is_syria_related=True,
        entities=["group:hts"],
        places=[place("Dana", 36.21, 36.77), "gov:idlib"],
        events=[event(ARREST, None, actors=["group:hts", CIV])],
        claims=[],
    ),
    dict(
        title="إصابة طفلين بانفجار لغم",
        published="2024-04-22T11:00:00Z",
        language="ar",
        body="أصيب طفلان بجروح متفاوتة إثر انفجار لغم أرضي من مخلفات الحرب في أرض زراعية "
        "بمحيط بلدة معرشورين شرقي معرة النعمان.",
        is_syria_related=True,
        entities=[],
        places=[place("Maarshurin", 35.59, 36.71), place("Maarat al-Numan", 35.64, 36.67)],
        events=[event(IED, None, None, 2, actors=[CIV])],
        claims=[],
    ),
    dict(
        title="تجدد الاشتباكات في ذيبان",
        published="2023-08-30T19:00:00Z",
        language="ar",
        body="تجددت الاشتباكات بين قوات سوريا الديمقراطية ومقاتلين من العشائر العربية في بلدة "
        "ذيبان بريف دير الزور الشرقي، ما أسفر عن مقتل سبعة مقاتلين من الطرفين، وفق المرصد "
        "السوري.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],
        places=[place("Dhiban", 35.01, 40.51), "gov:deir-ez-zor"],
        events=[event(CLASH, None, 7, actors=["group:sdf"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="غارة إسرائيلية على بنت جبيل",
        published="2024-09-12T15:00:00Z",
        language="ar",
        body="أعلنت وزارة الصحة اللبنانية مقتل شخصين بغارة إسرائيلية استهدفت سيارة في بلدة بنت "
        "جبيل جنوبي لبنان.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:lebanon"],
        places=[place("Bint Jbeil", 33.12, 35.43)],
        events=[],
        claims=[],
    ),
    dict(
        title="المعارضة تستعيد كفرنبودة",
        published="2019-05-22T16:00:00Z",
        language="ar",
        body="قالت فصائل المعارضة إنها استعادت السيطرة على بلدة كفرنبودة بعد هجوم معاكس، في "
        "حين نفت وزارة الدفاع الروسية ذلك.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "state:russia"],
        places=[KAFR_NABUDAH],
        events=[event(TAKE, KAFR_NABUDAH, actors=["group:syrian-rebels"])],
        claims=[
            claim("group:syrian-rebels", contested=True),
            claim("state:russia", "denies", contested=True),
        ],
    ),
]

# Seventh round: eight English articles in styles the rounds before lacked (a live
# blog, a ministry's statement, a monitor's monthly toll, analysis with a war toll,
# a market report) and seven Arabic ones.
SARMIN = place("Sarmin", 35.90, 36.72)
SARAQIB = place("Saraqib", 35.86, 36.80)
SALKHAD = place("Salkhad", 32.49, 36.71)

SEVENTH_ROUND = [
    dict(
        title="Live: Syria updates",
        published="2024-10-14T18:00:00Z",
        body="10:42 - Two people were killed when a drone struck a motorcycle on the outskirts "
        "of Jisr al-Shughur, the White Helmets said.\n13:15 - Turkish-backed factions and the "
        "SDF clashed near Manbij, with no casualties reported.\n16:05 - The UN envoy said he "
        "was deeply concerned about the escalation.",
        is_syria_related=True,
        entities=["state:syria", "org:white-helmets", "group:sna", "group:sdf", "org:un"],
        places=[JISR, place("Manbij", 36.53, 37.95)],
        events=[event(AIR, None, 2), event(CLASH, None, actors=["group:sna", "group:sdf"])],
        claims=[claim("org:white-helmets"), claim("org:un")],
    ),
    dict(
        title="Interior ministry: cell planning attacks dismantled in Jableh",
        published="2025-06-03T09:00:00Z",
        body="The Syrian Ministry of Interior announced on Tuesday that its units in Latakia "
        "governorate had arrested six members of a cell loyal to the former regime in the city "
        "of Jableh. The ministry said the cell had been planning attacks on security "
        "checkpoints.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry"],
        places=["gov:latakia", place("Jableh", 35.36, 35.93)],
        events=[event(ARREST, None, actors=["org:syrian-interior-ministry"])],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="SNHR: 87 civilians killed in Syria in October",
        published="2024-11-01T10:00:00Z",
        body="The Syrian Network for Human Rights said in its monthly report that 87 civilians, "
        "including 14 children, were killed across Syria in October, most of them in Idlib and "
        "Aleppo governorates. The group said it had also documented at least 190 arbitrary "
        "arrests during the month.",
        is_syria_related=True,
        entities=["org:snhr", "state:syria"],
        places=["gov:idlib", "gov:aleppo"],
        events=[],
        background_figures=[87, 14],
        claims=[claim("org:snhr")],
    ),
    dict(
        title="Iraqi forces kill five IS militants near border",
        published="2024-07-09T12:00:00Z",
        body="Iraqi security forces killed five Islamic State militants in an operation in the "
        "desert near al-Qaim, close to the border with Syria, the Iraqi Joint Operations "
        "Command said on Tuesday.",
        is_syria_related=False,
        entities=["state:iraq", "group:isis", "state:syria"],
        places=[place("Al-Qaim", 34.37, 41.09)],
        events=[],
        claims=[],
    ),
    dict(
        title="Turkish drone strike kills two SDF fighters near Qamishli",
        published="2024-01-15T16:00:00Z",
        body="A Turkish drone struck a vehicle on the road between Qamishli and Amuda on "
        "Monday, killing two members of the Syrian Democratic Forces, the SDF said in a "
        "statement. Turkey's defence ministry said its forces had 'neutralised' two terrorists "
        "in northern Syria.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf", "state:turkey", "state:syria"],
        places=[QAMISHLI, place("Amuda", 37.10, 40.93)],
        events=[event(AIR, None, 2, actors=["group:turkish-forces", "group:sdf"])],
        claims=[claim("group:sdf"), claim("state:turkey")],
    ),
    dict(
        title="Israeli strikes hit military sites south of Damascus",
        published="2023-10-22T06:00:00Z",
        body="Israeli missiles struck military positions in al-Kiswah, south of Damascus, "
        "early on Sunday, state news agency SANA said, adding that air defences shot down most "
        "of the missiles. There was no word on casualties.",
        is_syria_related=True,
        entities=["group:israeli-forces", "org:sana"],
        places=[place("Al-Kiswah", 33.36, 36.24), DAMASCUS],
        events=[event(AIR, place("Al-Kiswah", 33.36, 36.24), actors=["group:israeli-forces"])],
        claims=[claim("org:sana")],
    ),
    dict(
        title="Syrian pound slides to new low",
        published="2023-08-15T11:00:00Z",
        body="The Syrian pound fell to about 15,000 to the dollar on the parallel market in "
        "Damascus on Tuesday, traders said, as fuel prices rose for the second time this month.",
        is_syria_related=True,
        entities=[],
        places=[DAMASCUS],
        events=[],
        claims=[claim(None)],
    ),
    dict(
        title="Protesters rally in Suwayda for third week",
        published="2023-09-08T15:00:00Z",
        body="Hundreds of people gathered in Karama Square in the city of Suwayda on Friday, "
        "chanting against the government for the third week running. Demonstrations were also "
        "held in the towns of Shahba and Salkhad, local media reported.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA, SHAHBA, SALKHAD],
        events=[
            event(PROTEST, SUWAYDA, actors=[PRO]),
            event(PROTEST, SHAHBA, actors=[PRO]),
            event(PROTEST, SALKHAD, actors=[PRO]),
        ],
        claims=[claim(None)],
    ),
    dict(
        title="Soldiers killed in desert ambush",
        published="2023-08-11T09:00:00Z",
        body="At least 23 soldiers were killed when Islamic State militants ambushed a bus "
        "carrying troops near the town of al-Sukhnah in the eastern Homs desert on Thursday, "
        "the Syrian Observatory said, in one of the deadliest attacks this year.",
        is_syria_related=True,
        entities=["group:isis", "org:sohr"],
        places=[place("Al-Sukhnah", 34.89, 38.87), "gov:homs"],
        events=[event(CLASH, None, 23, actors=["group:isis", GOV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Man abducted in Afrin countryside",
        published="2022-05-19T10:00:00Z",
        body="Gunmen from a Turkish-backed faction abducted a Kurdish man from his home in the "
        "village of Maabatli in the Afrin countryside on Wednesday and are demanding a ransom "
        "for his release, a local rights group said.",
        is_syria_related=True,
        entities=["group:sna"],
        places=[place("Maabatli", 36.55, 36.69), place("Afrin", 36.51, 36.87)],
        events=[event(ABDUCT, None, actors=["group:sna", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Analysis: a war without end in the northwest",
        published="2023-03-10T12:00:00Z",
        body="More than 300,000 civilians have been killed since the conflict began in 2011, "
        "according to the UN. Last week alone, shelling killed four people in the town of Darat "
        "Izza, rescuers said, and families there say they have nowhere left to go.",
        is_syria_related=True,
        entities=["org:un"],
        places=[place("Darat Izza", 36.28, 36.85)],
        events=[event(SHELL, None, 4)],
        background_figures=[300000],
        claims=[claim("org:un"), claim(None)],
    ),
    dict(
        title="مقتل مدنيين اثنين بقصف مدفعي على سرمين",
        published="2024-05-12T09:00:00Z",
        language="ar",
        body="قتل مدنيان اثنان وأصيب ثلاثة آخرون، اليوم الأحد، جراء قصف مدفعي لقوات النظام "
        "استهدف الأحياء السكنية في بلدة سرمين شرقي إدلب، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:white-helmets"],
        places=[SARMIN, "gov:idlib"],
        events=[event(SHELL, SARMIN, 2, 3, actors=[GOV, CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="حملة اعتقالات في الحسكة",
        published="2023-03-02T10:00:00Z",
        language="ar",
        body="شنت قوات الأسايش التابعة للإدارة الذاتية حملة مداهمات واعتقالات في حي غويران "
        "بمدينة الحسكة، طالت 15 شاباً بتهمة التهرب من التجنيد الإجباري، وفق ما أفادت شبكات "
        "محلية.",
        is_syria_related=True,
        entities=["group:asayish"],
        places=[place("Ghuwayran", 36.48, 40.75), place("Hasakah", 36.50, 40.75)],
        events=[event(ARREST, None, actors=["group:asayish", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل عنصرين من الجيش بانفجار عبوة ناسفة في ريف درعا",
        published="2022-09-18T13:00:00Z",
        language="ar",
        body="قتل عنصران من الجيش السوري وجرح ثالث، مساء أمس، بانفجار عبوة ناسفة استهدفت "
        "سيارتهم قرب بلدة المسيفرة في ريف درعا الشرقي، ولم تتبن أي جهة التفجير.",
        is_syria_related=True,
        entities=["group:syrian-government-forces"],
        places=[place("Al-Musayfirah", 32.63, 36.33), "gov:daraa"],
        events=[event(IED, None, 2, 1)],
        claims=[],
    ),
    dict(
        title="توغل إسرائيلي في ريف القنيطرة",
        published="2025-04-10T08:00:00Z",
        language="ar",
        body="توغلت قوة من الجيش الإسرائيلي فجر اليوم في بلدة جباتا الخشب بريف القنيطرة "
        "الشمالي، واعتقلت ثلاثة شبان من أبناء البلدة قبل أن تنسحب، بحسب مصادر محلية.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[place("Jubata al-Khashab", 33.22, 35.84), "gov:quneitra"],
        events=[event(ARREST, None, actors=["group:israeli-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="غارة إسرائيلية على بعلبك",
        published="2024-10-05T20:00:00Z",
        language="ar",
        body="استهدفت غارة إسرائيلية منزلاً في مدينة بعلبك شرقي لبنان، ما أدى إلى مقتل ثلاثة "
        "أشخاص، وفق وزارة الصحة اللبنانية، على بعد كيلومترات من الحدود السورية.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:lebanon"],
        places=[place("Baalbek", 34.01, 36.21)],
        events=[],
        claims=[],
    ),
    dict(
        title="إصابة أربعة مدنيين بقصف مسيرة على معرة مصرين",
        published="2024-06-20T11:00:00Z",
        language="ar",
        body="أصيب أربعة مدنيين، بينهم طفلان، بجروح جراء استهداف قوات النظام بطائرة مسيّرة "
        "انتحارية سيارة مدنية على أطراف مدينة معرة مصرين شمالي إدلب، وفق ما أفاد المرصد "
        "السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:syrian-government-forces", "org:sohr"],
        places=[place("Maarrat Misrin", 36.01, 36.67), "gov:idlib"],
        events=[event(AIR, None, None, 4, actors=[GOV, CIV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="فصائل المعارضة تسيطر على سراقب",
        published="2024-11-30T18:00:00Z",
        language="ar",
        body="أعلنت فصائل المعارضة المسلحة سيطرتها على مدينة سراقب الاستراتيجية في ريف إدلب "
        "الشرقي، بعد معارك عنيفة مع قوات النظام استمرت يومين، فيما قالت وزارة الدفاع السورية "
        "إن قواتها أعادت تموضعها.",
        is_syria_related=True,
        entities=[
            "group:syrian-rebels",
            "group:syrian-government-forces",
            "org:syrian-defence-ministry",
        ],
        places=[SARAQIB, "gov:idlib"],
        events=[event(TAKE, SARAQIB, actors=["group:syrian-rebels", GOV])],
        claims=[claim("group:syrian-rebels"), claim("org:syrian-defence-ministry")],
    ),
]


# Eighth round: labelled with every field (entities, places, events with their actors,
# claims) before the detector read it; statements of ministries and armies, a Kurdish
# agency's style, the 2025 authorities, Arabic wire copy, a feed item, a negative.
JABLEH = place("Jableh", 35.36, 35.93)
KOBANI = place("Kobani", 36.89, 38.35)
KHAN_SHAYKHUN = place("Khan Shaykhun", 35.44, 36.65)

EIGHTH_ROUND = [
    dict(
        title="Gunmen ambush security patrol near Jableh",
        published="2025-03-07T10:00:00Z",
        body="Fighting broke out in the countryside of Latakia on Thursday after gunmen loyal "
        "to the former government ambushed a General Security patrol near the town of Jableh, "
        "killing 13 members, the interior ministry said. The ministry said reinforcements had "
        "been sent to the area.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024", "org:syrian-interior-ministry"],
        places=["gov:latakia", JABLEH],
        events=[event(CLASH, JABLEH, 13)],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Russia says strikes killed 25 militants in Idlib",
        published="2023-05-20T12:00:00Z",
        body="The Russian Defence Ministry said its aircraft struck militant positions in the "
        "Idlib de-escalation zone on Friday, killing 25 fighters of Hayat Tahrir al-Sham near "
        "the town of Kafr Nabl. Opposition sources said the strikes hit a poultry farm and "
        "killed two civilians.",
        is_syria_related=True,
        entities=["state:russia", "group:hts"],
        places=["gov:idlib", place("Kafr Nabl", 35.61, 36.56)],
        events=[event(AIR, None, 2, actors=["group:russian-forces", "group:hts", CIV])],
        # corrected: tolls that differ contradict each other, as round 14 labels them
        claims=[claim("state:russia", contested=True), claim(None, contested=True)],
    ),
    dict(
        title="Turkish shelling on Tal Tamr villages",
        published="2024-02-10T14:00:00Z",
        body="The Turkish occupation army and its mercenaries shelled the villages of the Tal "
        "Tamr countryside with heavy artillery on Saturday, causing material damage, according "
        "to ANHA.",
        is_syria_related=True,
        entities=["group:turkish-forces"],
        places=[place("Tal Tamr", 36.65, 40.37)],
        events=[event(SHELL, None, actors=["group:turkish-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="Israel strikes near presidential palace in Damascus",
        published="2025-05-02T06:00:00Z",
        body="The Israeli military said its aircraft struck near the presidential palace in "
        "Damascus early on Friday, in what it described as a warning to the Syrian government "
        "over attacks on the Druze community in Sahnaya. There were no reports of casualties.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:israel", "state:syria"],  # corrected: Israel
        places=[DAMASCUS, place("Sahnaya", 33.43, 36.22)],
        events=[event(AIR, DAMASCUS, actors=["group:israeli-forces"])],
        claims=[claim("group:israeli-forces")],
    ),
    dict(
        title="Turkish jets strike Kurdish-held towns",
        published="2022-11-21T08:00:00Z",
        body="Turkish warplanes struck Kurdish-held areas across northern Syria overnight, "
        "including Kobani and Derik, Turkey's defence ministry said, two days after a bombing "
        "in Istanbul that Ankara blamed on Kurdish militants. The SDF said 11 civilians were "
        "killed in the strikes.",
        is_syria_related=True,
        entities=["group:turkish-forces", "state:turkey", "group:sdf", "state:syria"],
        places=[KOBANI, place("Derik", 37.17, 42.14), place("Istanbul", 41.01, 28.98)],
        events=[
            event(AIR, KOBANI, 11, actors=["group:turkish-forces", CIV]),
            event(AIR, place("Derik", 37.17, 42.14), actors=["group:turkish-forces"]),
        ],
        claims=[claim("state:turkey"), claim("group:sdf")],
    ),
    dict(
        title="Shelling hits Afrin hospital",
        published="2021-06-12T18:00:00Z",
        body="At least 13 people were killed when artillery shells hit al-Shifaa hospital in "
        "Afrin on Saturday, local officials said. Turkey's defence ministry blamed the YPG for "
        "the attack, which the group denied.",
        is_syria_related=True,
        entities=["state:turkey", "group:ypg"],
        places=[place("Afrin", 36.51, 36.87)],
        events=[event(SHELL, None, 13)],
        claims=[
            claim(None),
            claim("state:turkey", contested=True),
            claim("group:ypg", "denies", contested=True),
        ],
    ),
    dict(
        title="مقتل العشرات بهجوم على الكلية الحربية في حمص",
        published="2023-10-05T19:00:00Z",
        language="ar",
        body="قتل أكثر من 80 شخصاً، بينهم مدنيون وعسكريون، وأصيب العشرات جراء هجوم بطائرات "
        "مسيرة استهدف حفل تخريج ضباط في الكلية الحربية بمدينة حمص، وفق ما أعلنت وزارة الصحة "
        "السورية. واتهمت وزارة الدفاع تنظيمات إرهابية مسلحة بالوقوف وراء الهجوم.",
        is_syria_related=True,
        entities=["org:syrian-defence-ministry"],
        places=[HOMS],
        events=[event(AIR, HOMS, 80, 10)],
        claims=[claim(None), claim("org:syrian-defence-ministry")],
    ),
    dict(
        title="استشهاد جندي بهجوم بمسيرة في ريف إدلب",
        published="2024-08-20T09:00:00Z",
        language="ar",
        body="استشهد جندي وأصيب آخران جراء اعتداء إرهابي بالطيران المسير على نقطة عسكرية في "
        "ريف إدلب الجنوبي، بحسب مصدر عسكري.",
        is_syria_related=True,
        entities=[],
        places=["gov:idlib"],
        events=[event(AIR, None, 1, 2)],
        claims=[claim(None)],
    ),
    dict(
        title="اشتباكات في حي المقوس بالسويداء",
        published="2025-07-14T16:00:00Z",
        language="ar",
        body="اندلعت اشتباكات عنيفة بين مسلحين من العشائر البدوية وفصائل محلية درزية في حي "
        "المقوس بمدينة السويداء، ما أدى إلى مقتل 30 شخصاً وإصابة نحو 100 آخرين، بحسب وزارة "
        "الداخلية السورية.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry"],
        places=[SUWAYDA, place("Al-Maqwas", 32.70, 36.59)],
        events=[event(CLASH, None, 30, 100)],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Government forces take Khan Sheikhoun",
        published="2019-08-21T11:00:00Z",
        body="Syrian government forces have taken full control of Khan Sheikhoun in southern "
        "Idlib, state media said on Wednesday, after rebels withdrew from the town and "
        "surrounding areas in northern Hama. The Syrian Observatory for Human Rights confirmed "
        "the withdrawal.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels", "org:sohr"],
        places=[KHAN_SHAYKHUN, "gov:idlib", "gov:hama"],
        events=[event(REGAIN, KHAN_SHAYKHUN, actors=[GOV, "group:syrian-rebels"])],
        claims=[claim(None), claim("org:sohr")],
    ),
    dict(
        title="Israeli strikes on Beirut suburbs kill six",
        published="2024-10-01T07:00:00Z",
        body="Israeli strikes on Beirut's southern suburbs killed six people, Lebanon's health "
        "ministry said, as Israel pressed its campaign against Hezbollah, which fought "
        "alongside Syrian government forces in Syria's war.",
        is_syria_related=False,
        entities=[
            "group:israeli-forces",
            "state:lebanon",
            "state:israel",
            "group:hezbollah",
            GOV,
            "state:syria",
        ],
        places=[place("Beirut", 33.89, 35.50)],
        events=[],
        claims=[],
    ),
    dict(
        title="Syria: Landmine kills 4 farmers in Hama countryside",
        published="2024-06-03T10:00:00Z",
        body="Four farmers were killed when a landmine left over from the war exploded near the "
        "village of Maan in northern Hama, SANA said.",
        is_syria_related=True,
        entities=["state:syria", "org:sana"],
        places=[place("Maan", 35.33, 36.80), "gov:hama"],
        events=[event(IED, None, 4, actors=[CIV])],
        claims=[claim("org:sana")],
    ),
    dict(
        title="مظاهرات في ذكرى الثورة",
        published="2024-03-15T15:00:00Z",
        language="ar",
        body="خرج آلاف المتظاهرين في مدن إدلب والأتارب وأعزاز في الذكرى الثالثة عشرة لانطلاق "
        "الثورة السورية، مرددين هتافات ضد النظام وهيئة تحرير الشام.",
        is_syria_related=True,
        entities=["group:hts", GOV],
        places=[IDLIB, ATARIB, place("Azaz", 36.59, 37.05)],
        events=[
            event(PROTEST, IDLIB, actors=[PRO]),
            event(PROTEST, ATARIB, actors=[PRO]),
            event(PROTEST, place("Azaz", 36.59, 37.05), actors=[PRO]),
        ],
        claims=[],
    ),
    dict(
        title="Earthquake toll in Syria passes 2,500",
        published="2023-02-07T12:00:00Z",
        body="Rescuers in Jindires pulled survivors from the rubble on Tuesday as the death toll "
        "from Monday's earthquake in Syria rose above 2,500, the White Helmets and the health "
        "ministry said.",
        is_syria_related=True,
        entities=["org:white-helmets", "state:syria"],
        places=[place("Jindires", 36.39, 36.70)],
        events=[],
        claims=[claim("org:white-helmets"), claim(None)],
    ),
]


# Ninth round, every field labelled first: 2018 to 2025, English wire, Syria Direct
# and Enab Baladi styles, SANA and Syria TV in Arabic, the 2025 authorities.
MANBIJ = place("Manbij", 36.53, 37.95)
URUM_AL_KUBRA = place("Urum al-Kubra", 36.15, 36.92)

NINTH_ROUND = [
    dict(
        title="Car bomb kills 20 near Manbij",
        published="2025-02-03T13:00:00Z",
        body="A car bomb exploded on the outskirts of Manbij on Monday, killing 20 people, most "
        "of them women working in agriculture, the Syrian civil defence said. It was the "
        "deadliest attack in the city since the fall of Assad in December.",
        is_syria_related=True,
        entities=["org:white-helmets", "person:bashar-al-assad"],
        places=[MANBIJ],
        events=[event(IED, MANBIJ, 20, actors=[CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Israeli shelling kills nine near Nawa",
        published="2025-04-03T08:00:00Z",
        body="Nine people were killed in Israeli shelling near the town of Nawa in western "
        "Daraa on Wednesday night, during an Israeli incursion into nearby farmland, the Daraa "
        "governorate said. Local gunmen clashed with the Israeli forces, according to residents.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[NAWA, "gov:daraa"],
        events=[event(SHELL, NAWA, 9, actors=["group:israeli-forces"]), event(CLASH, None)],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish drones hit convoy heading to Tishrin Dam",
        published="2025-01-29T10:00:00Z",
        body="Turkish drones struck a convoy of civilians heading to the Tishrin Dam on Tuesday, "
        "killing three people and wounding 12, the Kurdish-led administration said. Ankara has "
        "not commented on the strike.",
        is_syria_related=True,
        entities=["group:turkish-forces", "state:turkey"],  # corrected: "Ankara"
        places=[place("Tishrin Dam", 36.38, 38.18)],
        events=[event(AIR, None, 3, 12, actors=["group:turkish-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل ثلاثة عناصر من الجيش الوطني بمواجهات مع قسد",
        published="2024-09-15T12:00:00Z",
        language="ar",
        body='قتل ثلاثة عناصر من "الجيش الوطني السوري" وأصيب آخرون، إثر اشتباكات مع "قوات '
        'سوريا الديمقراطية" (قسد) على محور قرية عون الدادات شمال منبج، بحسب ما نقلته عنب بلدي '
        "عن مصدر عسكري.",
        is_syria_related=True,
        entities=["group:sna", "group:sdf"],
        places=[place("Aoun al-Dadat", 36.61, 37.97), MANBIJ],
        events=[event(CLASH, None, 3, actors=["group:sna", "group:sdf"])],
        claims=[claim(None)],
    ),
    dict(
        title="Suwayda protesters shut Baath Party offices",
        published="2023-08-23T16:00:00Z",
        body="Protesters in the Druze-majority city of Suwayda shut down the offices of the "
        "ruling Baath Party on Wednesday, the fourth day of demonstrations over the lifting of "
        "fuel subsidies.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO])],
        claims=[],
    ),
    dict(
        title="ISIS attack kills two security members in Shuhayl",
        published="2024-01-02T11:00:00Z",
        body="ISIS cells attacked a checkpoint of the Internal Security Forces in the town of "
        "Al-Shuhayl in the eastern countryside of Deir ez-Zor, killing two members, the SDF "
        "media centre said.",
        is_syria_related=True,
        entities=["group:isis", "group:asayish", "group:sdf"],
        places=[SHUHAYL, "gov:deir-ez-zor"],
        events=[event(CLASH, SHUHAYL, 2, actors=["group:isis", "group:asayish"])],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="الجيش يبسط سيطرته على قلعة المضيق",
        published="2019-05-09T10:00:00Z",
        language="ar",
        body="بسطت وحدات من الجيش العربي السوري سيطرتها على بلدة قلعة المضيق في ريف حماة الشمالي "
        "الغربي بعد معارك عنيفة مع المجموعات الإرهابية.",
        is_syria_related=True,
        entities=[GOV],
        places=[place("Qalaat al-Madiq", 35.41, 36.39), "gov:hama"],
        events=[event(REGAIN, place("Qalaat al-Madiq", 35.41, 36.39), actors=[GOV])],
        claims=[],
    ),
    dict(
        title="Israeli strikes put Damascus airport out of service",
        published="2022-06-10T12:00:00Z",
        body="Israeli missile strikes put Damascus International Airport out of service on "
        "Friday, damaging runways, the transport ministry said. There were no casualties.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[place("Damascus International Airport", 33.41, 36.52)],
        events=[event(AIR, None, actors=["group:israeli-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل سبعة مدنيين بقصف على مشفى الأتارب",
        published="2021-03-21T15:00:00Z",
        language="ar",
        body="استهدفت قوات النظام بقذائف المدفعية مشفى الأتارب الجراحي في ريف حلب الغربي، ما أدى "
        "إلى مقتل سبعة مدنيين بينهم طفل وإصابة 14 آخرين، وفق الجمعية الطبية السورية الأمريكية "
        "(سامز).",
        is_syria_related=True,
        entities=[GOV],
        places=[ATARIB, "gov:aleppo"],
        events=[event(SHELL, ATARIB, 7, 14, actors=[GOV, CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Iraq repatriates 700 from al-Hol camp",
        published="2024-05-20T09:00:00Z",
        body="Iraqi authorities repatriated 700 Iraqi nationals from Syria's al-Hol camp on "
        "Monday, the Iraqi migration ministry said, as part of efforts to empty the camp that "
        "holds relatives of Islamic State fighters.",
        is_syria_related=True,
        entities=["state:iraq", "state:syria", "group:isis"],
        places=[place("Al-Hol camp", 36.38, 41.15)],
        events=[],
        claims=[claim("state:iraq")],
    ),
    dict(
        title="US, Britain and France strike Syria",
        published="2018-04-14T06:00:00Z",
        body="The United States, Britain and France launched strikes on Syrian chemical weapons "
        "facilities near Damascus and Homs early on Saturday, the Pentagon said.",
        is_syria_related=True,
        entities=["state:usa", "state:syria"],  # corrected: "strike Syria"
        places=[DAMASCUS, HOMS],
        events=[
            event(AIR, DAMASCUS, actors=["group:us-forces"]),
            event(AIR, HOMS, actors=["group:us-forces"]),
        ],
        claims=[claim("state:usa")],  # corrected: the Pentagon speaks for its state
    ),
    dict(
        title="اغتيال قيادي سابق في جاسم",
        published="2023-12-01T09:00:00Z",
        language="ar",
        body="اغتال مجهولون قيادياً سابقاً في فصائل المعارضة برصاص مباشر في مدينة جاسم بريف درعا "
        "الشمالي، مساء الخميس، في حادثة هي الثالثة من نوعها خلال أسبوع.",
        is_syria_related=True,
        entities=["group:syrian-rebels"],
        places=[place("Jasim", 32.99, 36.06), "gov:daraa"],
        events=[event(ATTACK, None, 1)],
        claims=[],
    ),
    dict(
        title="Rebels seize villages in western Aleppo",
        published="2024-11-28T12:00:00Z",
        body="Rebels led by Hayat Tahrir al-Sham launched a surprise offensive against "
        "government forces in western Aleppo on Wednesday, seizing more than a dozen villages "
        "including Urum al-Kubra, the Syrian Observatory for Human Rights said. Russian and "
        "Syrian jets struck the town of Atarib in response, killing 19 civilians, the White "
        "Helmets said.",
        is_syria_related=True,
        entities=[
            "group:syrian-rebels",
            "group:hts",
            GOV,
            "org:sohr",
            "group:russian-forces",
            "org:white-helmets",
        ],
        places=["gov:aleppo", URUM_AL_KUBRA, ATARIB],
        events=[
            event(TAKE, URUM_AL_KUBRA, actors=["group:hts", "group:syrian-rebels", GOV]),
            event(AIR, ATARIB, 19, actors=["group:russian-forces", GOV, CIV]),
        ],
        claims=[claim("org:sohr"), claim("org:white-helmets")],
    ),
    dict(
        title="Suicide bombing at Damascus church kills 25",
        published="2025-06-22T20:00:00Z",
        body="A suicide bomber opened fire and then blew himself up inside the Mar Elias church "
        "in the Dweila district of Damascus during Sunday mass, killing 25 worshippers, the "
        "health ministry said. The interior ministry blamed the Islamic State group.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry", "group:isis"],
        places=[DAMASCUS, place("Dweila", 33.49, 36.33)],
        events=[event(SUICIDE, None, 25, actors=["group:isis", CIV])],
        claims=[claim(None), claim("org:syrian-interior-ministry")],
    ),
]


# Tenth round, every field labelled first, ten of fourteen in Arabic: the
# Observatory's bulletins, SANA, Enab Baladi, Suwayda 24, North Press, the fall of
# Damascus; English: tribal clashes, a ministers' meeting, a toll since Thursday, a
# Ukrainian negative.
AGREEMENT = ("Strategic developments", "Agreement")

TENTH_ROUND = [
    dict(
        title="مقتل عنصرين من الأسايش بمسيرة تركية",
        published="2024-04-10T10:00:00Z",
        language="ar",
        body="رصد المرصد السوري لحقوق الإنسان استهداف القوات التركية بطائرة مسيرة سيارة على "
        'طريق القامشلي – عامودا، ما أسفر عن مقتل عنصرين من قوى الأمن الداخلي "الأسايش".',
        is_syria_related=True,
        entities=["org:sohr", "group:turkish-forces", "group:asayish"],
        places=[QAMISHLI, place("Amuda", 37.10, 40.93)],
        events=[event(AIR, None, 2, actors=["group:turkish-forces", "group:asayish"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="استشهاد مدنيين بقذائف على جورين",
        published="2023-06-25T12:00:00Z",
        language="ar",
        body="استشهد مدنيان وأصيب ثلاثة آخرون جراء سقوط قذائف صاروخية أطلقها إرهابيون من "
        "منطقة خفض التصعيد في إدلب على قرية جورين بريف حماة الشمالي الغربي.",
        is_syria_related=True,
        entities=[],
        places=[place("Jourin", 35.63, 36.33), "gov:idlib", "gov:hama"],
        events=[event(SHELL, None, 2, 3, actors=[CIV])],
        claims=[],
    ),
    dict(
        title="الأمن العام يعتقل خلية للتنظيم في السيدة زينب",
        published="2025-02-15T12:00:00Z",
        language="ar",
        body='قالت إدارة الأمن العام إنها اعتقلت خلية تابعة لتنظيم "الدولة الإسلامية" كانت '
        "تخطط لتفجير في منطقة السيدة زينب جنوبي دمشق، وضبطت بحوزتها عبوات ناسفة.",
        is_syria_related=True,
        entities=["group:syrian-forces-2024", "group:isis"],
        places=[SAYYIDA_ZAYNAB, DAMASCUS],
        events=[
            event(ARREST, SAYYIDA_ZAYNAB, actors=["group:syrian-forces-2024", "group:isis"]),
            event(DISRUPTED, SAYYIDA_ZAYNAB),
        ],
        claims=[claim("group:syrian-forces-2024")],
    ),
    dict(
        title="مقتل شاب برصاص مجهولين غربي السويداء",
        published="2024-07-20T09:00:00Z",
        language="ar",
        body="قتل شاب برصاص مجهولين أطلقوا النار عليه أثناء مروره على طريق بلدة المزرعة غربي "
        "السويداء، وفق ما أفادت شبكة السويداء 24.",
        is_syria_related=True,
        entities=[],
        places=[place("Al-Mazraa", 32.78, 36.48), "gov:suwayda"],
        events=[event(ATTACK, None, 1, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="اشتباكات بين الهيئة والجيش الوطني قرب عفرين",
        published="2022-10-15T18:00:00Z",
        language="ar",
        body="اندلعت اشتباكات بين هيئة تحرير الشام وفصائل من الجيش الوطني في محيط مدينة عفرين، "
        "ما أدى إلى مقتل ستة مقاتلين من الطرفين، وسط تقدم للهيئة نحو المدينة.",
        is_syria_related=True,
        entities=["group:hts", "group:sna"],
        places=[place("Afrin", 36.51, 36.87)],
        events=[event(CLASH, place("Afrin", 36.51, 36.87), 6, actors=["group:hts", "group:sna"])],
        claims=[],
    ),
    dict(
        title="مقتل 33 جندياً تركياً بغارة في إدلب",
        published="2020-02-28T08:00:00Z",
        language="ar",
        body="قتل 33 جندياً تركياً في غارة جوية نفذتها طائرات روسية وسورية على مواقعهم في ريف "
        "إدلب الجنوبي، بحسب ما أعلن والي هاتاي التركي.",
        is_syria_related=True,
        entities=["group:russian-forces", GOV, "group:turkish-forces", "state:turkey"],
        places=["gov:idlib"],
        events=[event(AIR, None, 33, actors=["group:russian-forces", GOV, "group:turkish-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="اتفاق في درعا البلد",
        published="2021-09-05T15:00:00Z",
        language="ar",
        body="توصلت اللجنة المركزية في درعا البلد إلى اتفاق مع الجانب الروسي يقضي بوقف إطلاق "
        "النار ودخول الشرطة العسكرية الروسية إلى الحي.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia"],  # corrected: "الجانب الروسي"
        places=[place("Daraa al-Balad", 32.61, 36.10)],
        events=[event(AGREEMENT, None)],
        claims=[],
    ),
    dict(
        title="مقتل 16 مدنياً بقصف على مخيم قاح",
        published="2019-11-21T08:00:00Z",
        language="ar",
        body="قتل 16 مدنياً بينهم أطفال ونساء جراء قصف صاروخي لقوات النظام استهدف مخيم قاح "
        "للنازحين قرب الحدود السورية التركية شمالي إدلب، بحسب الدفاع المدني.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=[place("Qah", 36.17, 36.62), "gov:idlib"],
        events=[event(SHELL, None, 16, actors=[GOV, CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="المعارضة تدخل دمشق",
        published="2024-12-08T10:00:00Z",
        language="ar",
        body="دخلت فصائل المعارضة إلى العاصمة دمشق فجر الأحد، وأعلنت سقوط نظام بشار الأسد بعد "
        "فراره إلى موسكو، فيما انسحبت قوات النظام من مواقعها دون قتال.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "person:bashar-al-assad", GOV],
        places=[DAMASCUS, place("Moscow", 55.76, 37.62)],
        events=[event(TAKE, DAMASCUS, actors=["group:syrian-rebels", GOV])],
        claims=[claim("group:syrian-rebels")],
    ),
    dict(
        title="مقتل 16 شخصاً بقصف على سوق في الباب",
        published="2022-08-19T20:00:00Z",
        language="ar",
        body="قتل 16 شخصاً بينهم خمسة أطفال وأصيب أكثر من 30 آخرين جراء قصف مدفعي استهدف سوق "
        "الهال في مدينة الباب بريف حلب الشمالي، واتهمت فصائل المعارضة قوات النظام بالوقوف "
        "وراءه.",
        is_syria_related=True,
        entities=["group:syrian-rebels", GOV],
        places=[AL_BAB, "gov:aleppo"],
        events=[event(SHELL, AL_BAB, 16, 30, actors=[GOV, CIV])],
        claims=[claim("group:syrian-rebels")],
    ),
    dict(
        title="Tribal clashes leave 18 dead east of the Euphrates",
        published="2024-08-12T17:00:00Z",
        body="Clashes between the SDF and tribal fighters backed by the Syrian government "
        "erupted in the towns of Dhiban and al-Hawaij on the eastern bank of the Euphrates on "
        "Monday, leaving 18 dead, according to the Syrian Observatory.",
        is_syria_related=True,
        entities=["group:sdf", "state:syria", "org:sohr"],
        places=[place("Dhiban", 35.01, 40.51), place("Al-Hawaij", 35.04, 40.47)],
        events=[
            event(CLASH, place("Dhiban", 35.01, 40.51), 18, actors=["group:sdf"]),
            event(CLASH, None, actors=["group:sdf"]),
        ],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Turkish and Syrian defence ministers meet in Moscow",
        published="2022-12-28T16:00:00Z",
        body="Turkish and Syrian defence ministers met in Moscow on Wednesday, the first such "
        "meeting since the start of the war in 2011, Turkey's defence ministry said.",
        is_syria_related=True,
        entities=["state:turkey", "org:syrian-defence-ministry"],
        places=[place("Moscow", 55.76, 37.62)],
        events=[],
        claims=[claim("state:turkey")],
    ),
    dict(
        title="Observatory: 745 Alawite civilians killed on the coast",
        published="2025-03-10T09:00:00Z",
        body="The Syrian Observatory for Human Rights said security forces and allied fighters "
        "had killed 745 Alawite civilians in the coastal provinces of Latakia and Tartus since "
        "Thursday, in what it called massacres.",
        is_syria_related=True,
        entities=["org:sohr"],
        places=["gov:latakia", "gov:tartus"],
        events=[],
        background_figures=[745],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Russian strikes on Kharkiv kill five",
        published="2024-05-21T12:00:00Z",
        body="Russian missile strikes on Kharkiv killed five people on Tuesday, Ukrainian "
        "officials said. Russia, which also keeps forces in Syria, denied targeting civilians.",
        is_syria_related=False,
        entities=["state:russia", "group:russian-forces", "state:ukraine", "state:syria"],
        places=[place("Kharkiv", 49.99, 36.23)],
        events=[],
        claims=[],
    ),
]


# Eleventh round, every field labelled first, set in 2025 and 2026: the new
# authorities, the SDF, the south under Israeli raids, the coast, monitors' tolls.
G2024 = "group:syrian-forces-2024"
DEIR_HAFER = place("Deir Hafer", 36.16, 37.71)

ELEVENTH_ROUND = [
    dict(
        title="Army and SDF clash near Deir Hafer",
        published="2026-03-10T15:00:00Z",
        body="Government forces and the SDF clashed in the Deir Hafer area east of Aleppo on "
        "Tuesday, leaving four soldiers dead, the defence ministry said. The SDF said the army "
        "had shelled its positions first.",
        is_syria_related=True,
        entities=[G2024, "group:sdf", "org:syrian-defence-ministry"],
        places=[DEIR_HAFER, ALEPPO],
        events=[event(CLASH, DEIR_HAFER, 4, actors=[G2024, "group:sdf"])],
        claims=[claim("org:syrian-defence-ministry"), claim("group:sdf")],
    ),
    dict(
        title="Israeli forces raid Beit Jinn, arrest four",
        published="2025-12-20T09:00:00Z",
        body="Israeli forces raided the village of Beit Jinn in the Damascus countryside before "
        "dawn on Friday and arrested four young men, state news agency SANA reported, adding "
        "that the residents confronted the troops.",
        is_syria_related=True,
        entities=["group:israeli-forces", "org:sana"],
        places=[place("Beit Jinn", 33.31, 35.87), "gov:rif-dimashq"],
        events=[event(ARREST, None, actors=["group:israeli-forces", CIV])],
        claims=[claim("org:sana")],
    ),
    dict(
        title="Government and SDF sign integration deal",
        published="2026-01-15T18:00:00Z",
        body="The Syrian government and the SDF signed an agreement in Damascus on Thursday to "
        "merge the Kurdish-led force into the national army by the end of the year, the "
        "presidency said.",
        is_syria_related=True,
        entities=["state:syria", "group:sdf"],
        places=[DAMASCUS],
        events=[event(AGREEMENT, DAMASCUS)],
        claims=[claim(None)],
    ),
    dict(
        title="Clashes in Suwayda city kill 12",
        published="2025-08-02T19:00:00Z",
        body="Clashes between Druze gunmen and government forces in Suwayda city killed at least "
        "12 people on Saturday, including three civilians, according to the Suwayda 24 network. "
        "The interior ministry said its forces had been attacked while securing the road to "
        "Damascus.",
        is_syria_related=True,
        entities=[G2024, "org:syrian-interior-ministry"],
        places=[SUWAYDA, DAMASCUS],
        events=[event(CLASH, SUWAYDA, 12, actors=[G2024])],
        claims=[claim(None), claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Two Alawite women kidnapped in Qardaha",
        published="2026-02-05T10:00:00Z",
        body="Unidentified gunmen kidnapped two Alawite women in the town of Qardaha in Latakia "
        "countryside, relatives said, the latest in a series of abductions along the coast.",
        is_syria_related=True,
        entities=[],
        places=[QARDAHA, "gov:latakia"],
        events=[event(ABDUCT, QARDAHA, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="IS ambush kills five soldiers near Sukhnah",
        published="2025-10-12T08:00:00Z",
        body="Islamic State militants ambushed an army patrol near the town of al-Sukhnah in "
        "the eastern Homs desert, killing five soldiers, a military source told state media.",
        is_syria_related=True,
        entities=["group:isis"],
        places=[place("Al-Sukhnah", 34.89, 38.87), "gov:homs"],
        events=[event(CLASH, None, 5, actors=["group:isis"])],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish drone kills SDF commander near Kobani",
        published="2026-04-18T13:00:00Z",
        body="A Turkish drone strike on a car near Kobani killed an SDF commander and his driver "
        "on Friday, the SDF said, accusing Ankara of violating the ceasefire.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf", "state:turkey"],
        places=[KOBANI],
        events=[event(AIR, KOBANI, 2, actors=["group:turkish-forces", "group:sdf"])],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="Trump to lift sanctions on Syria",
        published="2025-05-14T09:00:00Z",
        body="US President Donald Trump said he would lift sanctions on Syria after meeting "
        "Syrian President Ahmed al-Sharaa in Riyadh on Wednesday.",
        is_syria_related=True,
        entities=["state:usa", "state:syria", "person:ahmed-al-sharaa"],
        places=[place("Riyadh", 24.71, 46.68)],
        events=[],
        claims=[claim("state:usa")],
    ),
    dict(
        title="مقتل طفلين بانفجار مخلفات حرب في ريف إدلب",
        published="2026-06-01T11:00:00Z",
        language="ar",
        body="قتل طفلان وأصيبت والدتهما بانفجار مخلفات حرب في قرية التح بريف إدلب الجنوبي، بحسب "
        "الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[place("Al-Tah", 35.56, 36.66), "gov:idlib"],
        events=[event(IED, None, 2, 1, actors=[CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="الداخلية تقبض على خلية في ريف حمص",
        published="2026-05-09T12:00:00Z",
        language="ar",
        body="أعلنت وزارة الداخلية السورية القبض على خلية تابعة لفلول النظام البائد في ريف حمص "
        "الغربي، وضبط أسلحة وذخائر بحوزتها.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry"],
        places=["gov:homs"],
        events=[event(ARREST, None), event(DISRUPTED, None)],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Gunmen attack checkpoints on the coast",
        published="2025-03-07T08:00:00Z",
        body="Gunmen loyal to the former government attacked security checkpoints in Jableh and "
        "Baniyas on Thursday, killing at least 16 members of the security forces, the interior "
        "ministry said.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry"],
        places=[JABLEH, place("Baniyas", 35.18, 35.95)],
        events=[event(CLASH, JABLEH, 16), event(CLASH, place("Baniyas", 35.18, 35.95))],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="SNHR: 41 civilians killed in first half of July",
        published="2026-07-16T10:00:00Z",
        body="The Syrian Network for Human Rights documented 41 civilian deaths in the first "
        "half of July, including nine children, most of them from explosive remnants of war.",
        is_syria_related=True,
        entities=["org:snhr"],
        places=[],
        events=[],
        background_figures=[41, 9],
        claims=[claim("org:snhr")],
    ),
]


# Twelfth round, every field labelled first: wire copy of 2019 to 2026, three of ten
# in Arabic.
TWELFTH_ROUND = [
    dict(
        title="Israeli drone strike kills two in Beit Jinn",
        published="2025-11-10T14:00:00Z",
        body="Israeli drones struck a vehicle in the town of Beit Jinn, killing two men, the "
        "Syrian foreign ministry said, condemning the attack as a violation of Syria's "
        "sovereignty.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:syria"],
        places=[place("Beit Jinn", 33.31, 35.87)],
        events=[event(AIR, place("Beit Jinn", 33.31, 35.87), 2, actors=["group:israeli-forces"])],
        claims=[claim("state:syria")],
    ),
    dict(
        title="Protesters burn tyres in Qamishli",
        published="2026-09-14T17:00:00Z",
        body="Protesters in Qamishli burned tyres and blocked roads on Sunday to denounce the "
        "arrest of a Kurdish activist by security forces, local media reported.",
        is_syria_related=True,
        entities=[],
        places=[QAMISHLI],
        events=[event(RIOT, QAMISHLI, actors=["collective:rioters"])],
        claims=[claim(None)],
    ),
    dict(
        title="Israel strikes government tanks heading to Suwayda",
        published="2025-07-15T10:00:00Z",
        body="Israeli warplanes struck Syrian government tanks advancing towards Suwayda on "
        "Monday, the Israeli military said, saying it was acting to protect the Druze.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:israel", G2024],  # corrected: "Israel strikes"
        places=[SUWAYDA],
        events=[event(AIR, None, actors=["group:israeli-forces", G2024])],
        claims=[claim("group:israeli-forces")],
    ),
    dict(
        title="إصابة ثلاثة مدنيين بقصف لقسد في ريف منبج",
        published="2024-02-20T13:00:00Z",
        language="ar",
        body="قصفت قوات سوريا الديمقراطية بالمدفعية الثقيلة قرى في ريف منبج الشمالي، ما أدى إلى "
        "إصابة ثلاثة مدنيين، وفق مراسل عنب بلدي.",
        is_syria_related=True,
        entities=["group:sdf"],
        places=[MANBIJ],
        events=[event(SHELL, None, None, 3, actors=["group:sdf", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Pharmacist shot dead in Sanamayn",
        published="2023-04-02T12:00:00Z",
        body="The Syrian Observatory for Human Rights said unidentified gunmen shot dead a "
        "pharmacist in the town of Sanamayn in northern Daraa, the third killing in the town "
        "this month.",
        is_syria_related=True,
        entities=["org:sohr"],
        places=[place("Sanamayn", 33.07, 36.18), "gov:daraa"],
        events=[event(ATTACK, place("Sanamayn", 33.07, 36.18), 1, actors=[CIV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="مقتل جنديين بهجوم بمسيرة في ريف الرقة",
        published="2026-10-02T18:00:00Z",
        language="ar",
        body="أعلنت وزارة الدفاع السورية مقتل جنديين وإصابة أربعة آخرين في هجوم بطائرة مسيرة "
        "استهدف نقطة للجيش في ريف الرقة، واتهمت قسد بتنفيذه.",
        is_syria_related=True,
        entities=["org:syrian-defence-ministry", "group:sdf"],
        places=["gov:raqqa"],
        events=[event(AIR, None, 2, 4, actors=["group:sdf"])],
        claims=[claim("org:syrian-defence-ministry")],
    ),
    dict(
        title="Turkish-backed factions take Manbij",
        published="2024-12-09T12:00:00Z",
        body="Turkish-backed factions captured the city of Manbij from the SDF after three days "
        "of fighting, the Syrian National Army said on Monday.",
        is_syria_related=True,
        entities=["group:sna", "group:sdf"],
        places=[MANBIJ],
        events=[event(TAKE, MANBIJ, actors=["group:sna", "group:sdf"])],
        claims=[claim("group:sna")],
    ),
    dict(
        title="مقتل مواطن برصاص الأمن العام في تلكلخ",
        published="2026-05-20T09:00:00Z",
        language="ar",
        body="وثّق المرصد السوري لحقوق الإنسان مقتل مواطن برصاص عناصر من الأمن العام على حاجز في "
        "مدينة تلكلخ بريف حمص الغربي.",
        is_syria_related=True,
        entities=["org:sohr", G2024],
        places=[place("Talkalakh", 34.67, 36.26), "gov:homs"],
        events=[event(ATTACK, None, 1, actors=[G2024, CIV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Air strikes on Maarat al-Numan market kill 31",
        published="2019-07-22T18:00:00Z",
        body="Air strikes on a market in the town of Maarat al-Numan killed at least 31 "
        "civilians on Monday, rescuers said, in one of the deadliest days since a government "
        "offensive began in late April.",
        is_syria_related=True,
        entities=[],
        places=[place("Maarat al-Numan", 35.64, 36.67)],
        events=[event(AIR, place("Maarat al-Numan", 35.64, 36.67), 31, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish jets strike PKK in northern Iraq",
        published="2026-10-20T09:00:00Z",
        body="Turkish jets struck PKK targets in northern Iraq's Qandil mountains on Tuesday, "
        "the Turkish defence ministry said.",
        is_syria_related=False,
        entities=["group:turkish-forces", "state:turkey", "state:iraq"],
        places=[],
        events=[],
        claims=[],
    ),
]

AZAZ = place("Azaz", 36.59, 37.05)
HAJIN = place("Hajin", 34.70, 40.83)
KISWAH = place("Al-Kiswah", 33.36, 36.24)
AL_HOL = place("Al-Hol", 36.38, 41.15)
ARIHA = place("Ariha", 35.81, 36.61)

THIRTEENTH_ROUND = [
    dict(
        title="Car bomb kills five in Azaz market",
        published="2026-03-14T11:00:00Z",
        body="A car bomb exploded near a crowded market in the northern town of Azaz on Friday, "
        "killing five civilians and wounding at least 20 others, the White Helmets said. No "
        "group claimed responsibility.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[AZAZ],
        events=[event(IED, AZAZ, 5, 20, actors=[CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Clashes between SDF and tribal fighters kill nine in Hajin",
        published="2025-09-03T16:00:00Z",
        body="Fighting between the Kurdish-led Syrian Democratic Forces and Arab tribal fighters "
        "in the town of Hajin, east of Deir ez-Zor, killed nine people on Tuesday, including "
        "two civilians, the Syrian Observatory for Human Rights reported.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],
        places=[HAJIN, DEIR_EZ_ZOR],
        events=[event(CLASH, HAJIN, 9, actors=["group:sdf"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="وقفة احتجاجية في ساحة الكرامة بالسويداء",
        published="2024-03-01T15:00:00Z",
        language="ar",
        body="تجمع مئات المحتجين في ساحة الكرامة وسط مدينة السويداء يوم الجمعة، مطالبين بالإفراج "
        "عن المعتقلين وبتحسين الأوضاع المعيشية، بحسب موقع السويداء 24.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO])],
        claims=[claim(None)],
    ),
    dict(
        title="Security forces arrest 12 in Jableh sweep",
        published="2025-03-20T09:00:00Z",
        body="Syria's General Security forces arrested 12 men accused of taking part in attacks "
        "on checkpoints during a security sweep in Jableh, in Latakia province, the interior "
        "ministry said on Wednesday.",
        is_syria_related=True,
        entities=["state:syria", G2024, "org:syrian-interior-ministry"],
        places=[JABLEH, "gov:latakia"],
        events=[event(ARREST, JABLEH, actors=[G2024])],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="مقتل طفلين بانفجار لغم من مخلفات الحرب في خان شيخون",
        published="2026-04-11T10:00:00Z",
        language="ar",
        body="قتل طفلان وأصيب ثالث بجروح خطيرة إثر انفجار لغم أرضي من مخلفات الحرب أثناء رعيهم "
        "الأغنام في أطراف مدينة خان شيخون جنوبي إدلب، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[KHAN_SHAYKHUN, "gov:idlib"],
        events=[event(IED, KHAN_SHAYKHUN, 2, 1, actors=[CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="غارات إسرائيلية على مواقع عسكرية قرب الكسوة",
        published="2025-08-27T22:00:00Z",
        language="ar",
        body="شن الطيران الحربي الإسرائيلي مساء الثلاثاء غارات على مواقع عسكرية قرب مدينة الكسوة "
        "جنوب دمشق، ما أسفر عن مقتل ستة عناصر من الجيش السوري، وفق ما نقلت وكالة سانا عن مصدر "
        "عسكري.",
        is_syria_related=True,
        entities=["group:israeli-forces", G2024, "org:sana"],
        places=[KISWAH, DAMASCUS],
        events=[event(AIR, KISWAH, 6, actors=["group:israeli-forces", G2024])],
        claims=[claim("org:sana")],
    ),
    dict(
        title="Rocket attack hits base in western Iraq",
        published="2026-02-02T08:00:00Z",
        body="Two rockets struck the Ain al-Asad air base in Iraq's western Anbar province on "
        "Sunday, causing no casualties, Iraqi security officials said. The base hosts US-led "
        "coalition troops.",
        is_syria_related=False,
        entities=["state:iraq", "group:us-coalition"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="Donors pledge $6 billion for Syria recovery",
        published="2026-03-31T15:00:00Z",
        body="International donors pledged $6 billion in aid for Syria at a conference in "
        "Brussels on Monday, the European Union said. The war, which began in 2011, killed "
        "more than half a million people and displaced half of the country's population.",
        is_syria_related=True,
        entities=["state:syria"],
        places=[],
        events=[],
        background_figures=[500000],
        claims=[claim(None)],
    ),
    dict(
        title="مسيرة تركية تستهدف سيارة بين القامشلي وعامودا",
        published="2024-10-24T12:00:00Z",
        language="ar",
        body="استهدفت طائرة مسيرة تركية سيارة على الطريق بين القامشلي وعامودا، ما أدى إلى مقتل "
        "عنصرين من قوات سوريا الديمقراطية، بحسب ما أفادت مصادر محلية.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf"],
        places=[QAMISHLI, place("Amuda", 37.10, 40.93)],
        events=[event(AIR, None, 2, actors=["group:turkish-forces", "group:sdf"])],
        claims=[claim(None)],
    ),
    dict(
        title="SOHR: ISIS cell kills three SDF fighters near al-Hol",
        published="2025-06-08T07:00:00Z",
        body="An Islamic State cell attacked a checkpoint of the Syrian Democratic Forces near "
        "al-Hol camp in the eastern Hasakah countryside at dawn, killing three SDF fighters. "
        "The attackers fled towards the desert.",
        is_syria_related=True,
        entities=["org:sohr", "group:isis", "group:sdf"],
        places=[AL_HOL, "gov:hasakah"],
        events=[event(CLASH, AL_HOL, 3, actors=["group:isis", "group:sdf"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="خطف شاب على يد مسلحين مجهولين في نوى",
        published="2023-08-15T19:00:00Z",
        language="ar",
        body="أقدم مسلحون مجهولون على خطف شاب من أبناء مدينة نوى في ريف درعا الغربي، واقتادوه إلى "
        "جهة مجهولة، وفق تجمع أحرار حوران.",
        is_syria_related=True,
        entities=[],
        places=[NAWA, "gov:daraa"],
        events=[event(ABDUCT, NAWA, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli strike kills Hezbollah commander in south Lebanon",
        published="2026-06-12T13:00:00Z",
        body="An Israeli drone strike on a car in the south Lebanon town of Bint Jbeil killed a "
        "Hezbollah commander who had fought in Syria, Lebanon's health ministry said on "
        "Thursday. The group did not immediately comment.",
        is_syria_related=False,
        entities=["group:israeli-forces", "group:hezbollah", "state:lebanon", "state:syria"],
        places=[place("Bint Jbeil", 33.12, 35.43)],  # corrected: the label had missed it
        events=[],
        claims=[],
    ),
    dict(
        title="Russia denies striking Ariha hospital",
        published="2020-01-30T12:00:00Z",
        body="Air strikes hit a hospital in the town of Ariha in Idlib province on Wednesday, "
        "killing 10 civilians, rescuers said. Activists blamed Russian warplanes, but Russia's "
        "defence ministry denied carrying out any strikes in the area.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia"],
        places=[ARIHA, "gov:idlib"],
        events=[event(AIR, ARIHA, 10, actors=["group:russian-forces", CIV])],
        claims=[claim(None, contested=True), claim("state:russia", "denies", contested=True)],
    ),
]

# round 14: longer articles, several events or sources each
INTERVENTION = ("Protests", "Protest with intervention")
MASKANAH = place("Maskanah", 35.96, 38.04)
KHAN_ARNABAH = place("Khan Arnabah", 33.19, 35.89)
LATAKIA = place("Latakia", 35.52, 35.78)
ATMEH = place("Atmeh", 36.21, 36.68)
SHADDADI = place("Al-Shaddadi", 36.06, 40.73)

FOURTEENTH_ROUND = [
    dict(
        title="Drone strikes and clashes leave 14 dead in eastern Aleppo countryside",
        published="2026-01-18T19:00:00Z",
        body="Turkish drones struck two SDF positions near Deir Hafer on Saturday, killing four "
        "fighters, the SDF said in a statement. Hours later, government forces and SDF fighters "
        "clashed on the outskirts of Maskanah, leaving ten dead on both sides, according to the "
        "Syrian Observatory for Human Rights. The defence ministry in Damascus said its units "
        "had only responded to SDF fire.",
        is_syria_related=True,
        entities=[
            "group:turkish-forces",
            "group:sdf",
            G2024,
            "org:sohr",
            "org:syrian-defence-ministry",
        ],
        places=[DEIR_HAFER, MASKANAH, DAMASCUS, "gov:aleppo"],
        events=[
            event(AIR, DEIR_HAFER, 4, actors=["group:turkish-forces", "group:sdf"]),
            event(CLASH, MASKANAH, 10, actors=[G2024, "group:sdf"]),
        ],
        claims=[claim("group:sdf"), claim("org:sohr"), claim("org:syrian-defence-ministry")],
    ),
    dict(
        title="حصيلة يومية: مقتل خمسة أشخاص في درعا وريفها",
        published="2023-11-05T20:00:00Z",
        language="ar",
        body="وثق المرصد السوري لحقوق الإنسان مقتل خمسة أشخاص في محافظة درعا خلال الساعات الـ24 "
        "الماضية. ففي مدينة جاسم، قتل شابان برصاص مسلحين مجهولين استهدفوا سيارتهما. وفي بلدة "
        "المزيريب، قتل ثلاثة عناصر من قوات النظام بانفجار عبوة ناسفة استهدفت سيارة عسكرية.",
        is_syria_related=True,
        entities=["org:sohr", GOV],
        places=["gov:daraa", place("Jasim", 32.99, 36.06), place("Al-Muzayrib", 32.71, 35.99)],
        events=[
            event(ATTACK, place("Jasim", 32.99, 36.06), 2, actors=[CIV]),
            event(IED, place("Al-Muzayrib", 32.71, 35.99), 3, actors=[GOV]),
        ],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Army says dozens of rebels killed in Kafr Nabudah shelling",
        published="2019-05-14T12:00:00Z",
        body="Government forces shelled rebel positions around the town of Kafr Nabudah in "
        "northern Hama on Tuesday, killing dozens of fighters, the army said. Rebel factions "
        "said only two of their fighters were killed in the shelling.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels"],
        places=[KAFR_NABUDAH, "gov:hama"],
        events=[event(SHELL, KAFR_NABUDAH, 2, actors=[GOV, "group:syrian-rebels"])],
        claims=[claim(GOV, contested=True), claim("group:syrian-rebels", contested=True)],
    ),
    dict(
        title="توغل إسرائيلي جديد في ريف القنيطرة",
        published="2025-06-22T11:00:00Z",
        language="ar",
        body="توغلت قوة إسرائيلية مؤلفة من عدة آليات عسكرية في بلدة خان أرنبة بريف القنيطرة صباح "
        "الأحد، وأقامت حاجزاً مؤقتاً وفتشت عدداً من المنازل، قبل أن تعتقل ثلاثة شبان من أبناء "
        "البلدة، بحسب ما أفاد مراسل تلفزيون سوريا.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[KHAN_ARNABAH, "gov:quneitra"],
        # corrected: those arrested are civilians, as round 10 labels them
        events=[event(ARREST, KHAN_ARNABAH, actors=["group:israeli-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Turkey's central bank raises rates again",
        published="2023-10-26T12:00:00Z",
        body="Turkey's central bank raised its main interest rate to 35 percent on Thursday to "
        "fight inflation, its fifth increase this year. Economists said the lira could weaken "
        "further if tensions with neighbouring Syria and Iraq flared.",
        is_syria_related=False,
        entities=["state:turkey", "state:syria", "state:iraq"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="احتجاجات في اللاذقية تطالب بالإفراج عن موقوفين",
        published="2025-04-12T18:00:00Z",
        language="ar",
        body="خرج عشرات من أهالي حي الرمل الجنوبي في مدينة اللاذقية يوم السبت في مظاهرة طالبوا "
        "فيها بالإفراج عن أبنائهم الموقوفين. وقال ناشطون إن عناصر من الأمن العام فرّقوا المحتجين "
        "بإطلاق النار في الهواء واعتقلوا أربعة منهم.",
        is_syria_related=True,
        entities=[G2024],
        places=[LATAKIA],
        events=[event(INTERVENTION, LATAKIA, actors=[PRO, G2024])],
        claims=[claim(None)],
    ),
    dict(
        title="US raid kills Islamic State official in Atmeh",
        published="2026-07-09T06:00:00Z",
        body="US forces killed a senior Islamic State official in a helicopter raid on a house in "
        "the village of Atmeh, near the Turkish border in Idlib province, early on Wednesday, US "
        "Central Command said. Local residents told reporters that a woman and a child were "
        "also wounded in the operation.",
        is_syria_related=True,
        entities=["group:us-forces", "group:isis"],
        places=[ATMEH, "gov:idlib"],
        events=[event(CLASH, ATMEH, 1, actors=["group:us-forces", "group:isis"])],
        claims=[claim("group:us-forces"), claim(None)],
    ),
    dict(
        title="الشبكة السورية: مقتل 87 مدنياً في سوريا خلال تشرين الأول",
        published="2024-11-01T09:00:00Z",
        language="ar",
        body="قالت الشبكة السورية لحقوق الإنسان في تقريرها الشهري إن 87 مدنياً قتلوا في سوريا خلال "
        "شهر تشرين الأول، بينهم 14 طفلاً، معظمهم في ريف إدلب وريف حلب الغربي. وأضاف التقرير أن "
        "قوات النظام مسؤولة عن مقتل 31 منهم.",
        is_syria_related=True,
        entities=["org:snhr", "state:syria", GOV],
        places=["gov:idlib", "gov:aleppo"],
        events=[],
        background_figures=[87, 14, 31],
        claims=[claim("org:snhr")],
    ),
    dict(
        title="Bomb hits SDF patrol in Shaddadi",
        published="2025-12-02T15:00:00Z",
        body="A roadside bomb struck a patrol of the Syrian Democratic Forces on the outskirts of "
        "Shaddadi, south of Hasakah, on Tuesday morning. Two fighters were killed and three "
        "were wounded, the SDF's media centre said. The group blamed Islamic State sleeper "
        "cells for the attack.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis"],
        places=[SHADDADI, place("Hasakah", 36.50, 40.75)],
        events=[event(IED, SHADDADI, 2, 3, actors=["group:isis", "group:sdf"])],
        claims=[claim("group:sdf")],
    ),
]

# round 15: longer articles again, after the rules round 14 prompted
KAFR_ZITA = place("Kafr Zita", 35.37, 36.60)
QUSAYR = place("Al-Qusayr", 34.51, 36.58)
RAS_AL_AIN = place("Ras al-Ain", 36.85, 40.07)
IDLIB_CITY = place("Idlib", 35.93, 36.63)
BINNISH = place("Binnish", 35.95, 36.71)

FIFTEENTH_ROUND = [
    dict(
        title="Rebels enter Hama as government forces pull back",
        published="2024-12-05T16:00:00Z",
        body="Rebel fighters led by Hayat Tahrir al-Sham entered the city of Hama on Thursday "
        "after days of fighting on its northern outskirts, the group said. The Syrian army said "
        "in a statement that its units had redeployed outside the city to preserve civilian "
        "lives. Russian and Syrian warplanes struck the town of Kafr Zita, north of Hama, "
        "killing six civilians, according to the White Helmets.",
        is_syria_related=True,
        entities=[
            "group:syrian-rebels",
            "group:hts",
            GOV,
            "group:russian-forces",
            "org:white-helmets",
        ],
        places=[HAMA, KAFR_ZITA],
        events=[
            event(TAKE, HAMA, actors=["group:hts", "group:syrian-rebels", GOV]),
            event(AIR, KAFR_ZITA, 6, actors=["group:russian-forces", GOV, CIV]),
        ],
        claims=[claim("group:hts"), claim(GOV), claim("org:white-helmets")],
    ),
    dict(
        title="المرصد: مقتل عنصرين من قسد وإصابة مدني بهجمات متفرقة في دير الزور",
        published="2025-10-14T21:00:00Z",
        language="ar",
        body="قتل عنصران من قوات سوريا الديمقراطية إثر هجوم مسلح نفذه مجهولون على نقطة عسكرية في "
        "بلدة الشحيل بريف دير الزور الشرقي، بحسب المرصد السوري لحقوق الإنسان. وفي بلدة البصيرة "
        "القريبة، أصيب مدني بجروح برصاص عناصر من قسد خلال حملة دهم، اعتقلت خلالها ستة شبان.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],
        places=[SHUHAYL, BUSAYRAH, "gov:deir-ez-zor"],
        events=[
            event(CLASH, SHUHAYL, 2, actors=["group:sdf"]),
            event(ATTACK, BUSAYRAH, None, 1, actors=["group:sdf", CIV]),
            event(ARREST, BUSAYRAH, actors=["group:sdf", CIV]),
        ],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Analysis: Daraa's slow-burning insurgency",
        published="2023-06-20T10:00:00Z",
        body="Five years after government forces retook Daraa under a Russian-brokered deal, "
        "the southern province remains violent. Since the start of the year, more than 200 "
        "people have been killed in assassinations and bombings, according to the Daraa "
        "Martyrs Documentation Office. On Monday, a bomb planted in a car killed a former rebel "
        "commander in the town of Tafas, local activists said.",
        is_syria_related=True,
        entities=[GOV, "state:russia", "group:syrian-rebels"],
        places=["gov:daraa", TAFAS],
        events=[event(IED, TAFAS, 1)],
        background_figures=[200],
        claims=[claim(None)],
    ),
    dict(
        title="الداخلية السورية: ضبط شحنة أسلحة معدة للتهريب إلى لبنان",
        published="2026-05-03T12:00:00Z",
        language="ar",
        body="أعلنت وزارة الداخلية السورية أن وحداتها في منطقة القصير بريف حمص ضبطت شحنة أسلحة "
        "وذخائر كانت معدة للتهريب إلى الأراضي اللبنانية، وألقت القبض على ثلاثة أشخاص متورطين في "
        "العملية.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry", "state:lebanon"],
        places=[QUSAYR, "gov:homs"],
        events=[event(ARREST, QUSAYR), event(DISRUPTED, QUSAYR)],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Iraq sentences Islamic State members to death",
        published="2024-07-02T10:00:00Z",
        body="A court in Baghdad sentenced 12 members of the Islamic State group to death on "
        "Tuesday over a series of bombings in the capital in 2016, Iraq's judiciary said. The "
        "group once controlled large parts of Iraq and neighbouring Syria.",
        is_syria_related=False,
        entities=["group:isis", "state:iraq", "state:syria"],
        places=[place("Baghdad", 33.31, 44.37)],
        events=[],
        claims=[],
    ),
    dict(
        title="Turkish offensive: Ras al-Ain under heavy bombardment",
        published="2019-10-12T18:00:00Z",
        body="ANCHOR: Turkey's offensive in northeast Syria entered its fourth day. Our "
        "correspondent is near the border.\nCORRESPONDENT: Turkish artillery has been pounding "
        "Ras al-Ain since the morning, and Syrian National Army fighters backed by Turkish "
        "drones are trying to push into the town from the west. The SDF says it has repelled "
        "the attack.",
        is_syria_related=True,
        entities=["state:turkey", "state:syria", "group:turkish-forces", "group:sna", "group:sdf"],
        places=[RAS_AL_AIN],
        events=[
            event(SHELL, RAS_AL_AIN, actors=["group:turkish-forces"]),
            event(CLASH, RAS_AL_AIN, actors=["group:sna", "group:sdf"]),
        ],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="داعش يتبنى اغتيال قيادي سابق في المعارضة بريف درعا",
        published="2023-10-09T08:00:00Z",
        language="ar",
        body="تبنى تنظيم الدولة الإسلامية عبر وكالة أعماق اغتيال قيادي سابق في فصائل المعارضة، "
        "قتل برصاص مسلحين على دراجة نارية قرب مدينة نوى غربي درعا مساء الأحد.",
        is_syria_related=True,
        entities=["group:isis", "group:syrian-rebels"],
        places=[NAWA, "gov:daraa"],
        events=[event(ATTACK, NAWA, 1, actors=["group:isis", CIV])],
        claims=[claim("group:isis")],
    ),
    dict(
        title="Families flee as shelling hits Jisr al-Shughur",
        published="2022-08-08T14:00:00Z",
        body="Hundreds of families fled villages south of Jisr al-Shughur on Sunday after "
        "government artillery shelled the area for a second day, residents told Syria Direct. A "
        "woman and her two children were killed when a shell hit their home in Jisr al-Shughur, "
        "the White Helmets said. Government media said the army had targeted terrorist "
        "positions that launched rockets at nearby towns.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=[JISR],
        events=[event(SHELL, JISR, 3, actors=[GOV, CIV])],
        claims=[claim(None), claim("org:white-helmets")],
    ),
    dict(
        title="مظاهرات في إدلب تطالب بإسقاط الجولاني",
        published="2024-03-08T15:00:00Z",
        language="ar",
        body="خرج آلاف المتظاهرين بعد صلاة الجمعة في مدينة إدلب وبلدات سرمدا وبنش وجسر الشغور، "
        "مطالبين بإسقاط أبو محمد الجولاني والإفراج عن المعتقلين في سجون هيئة تحرير الشام. وأفاد "
        "ناشطون بأن عناصر من الهيئة أطلقوا النار في الهواء لتفريق المتظاهرين في سرمدا، دون "
        "وقوع إصابات.",
        is_syria_related=True,
        entities=["person:ahmed-al-sharaa", "group:hts"],
        places=[IDLIB_CITY, SARMADA, BINNISH, JISR],
        events=[
            event(PROTEST, IDLIB_CITY, actors=[PRO]),
            event(INTERVENTION, SARMADA, actors=[PRO, "group:hts"]),
            event(PROTEST, BINNISH, actors=[PRO]),
            event(PROTEST, JISR, actors=[PRO]),
        ],
        claims=[claim(None)],
    ),
    dict(
        title="UN envoy meets Syrian foreign minister in Damascus",
        published="2025-02-10T13:00:00Z",
        body="The UN special envoy for Syria, Geir Pedersen, met Foreign Minister Asaad "
        "al-Shaibani in Damascus on Sunday to discuss the political transition, the Syrian "
        "foreign ministry said.",
        is_syria_related=True,
        entities=["org:un", "person:geir-pedersen", "person:asaad-al-shaibani", "state:syria"],
        places=[DAMASCUS],
        events=[],
        claims=[claim("state:syria")],
    ),
]

# round 16: six of eight in Arabic, after round 15's fixes
AFRIN = place("Afrin", 36.51, 36.87)
BANIYAS = place("Baniyas", 35.18, 35.94)
TISHRIN_DAM = place("Tishrin Dam", 36.38, 38.18)

SIXTEENTH_ROUND = [
    dict(
        title="عدوان إسرائيلي يخرج مطار حلب الدولي عن الخدمة",
        published="2023-09-07T06:00:00Z",
        language="ar",
        body="نفذ العدو الإسرائيلي عدواناً جوياً من اتجاه البحر المتوسط غرب اللاذقية مستهدفاً مطار "
        "حلب الدولي، ما أدى إلى وقوع أضرار مادية في مدرج المطار وخروجه عن الخدمة، وفق ما ذكر "
        "مصدر عسكري لوكالة سانا. وأضاف المصدر أن وسائط دفاعنا الجوي تصدت للصواريخ وأسقطت بعضها.",
        is_syria_related=True,
        entities=["group:israeli-forces", "org:sana"],
        places=[ALEPPO, LATAKIA],
        events=[
            event(AIR, ALEPPO, actors=["group:israeli-forces"]),
            event(DISRUPTED, ALEPPO),
        ],
        claims=[claim(None)],
    ),
    dict(
        title="تحرير الشام تعتقل ناشطين في إدلب بعد مشاركتهم في مظاهرات",
        published="2024-05-20T10:00:00Z",
        language="ar",
        body="اعتقل جهاز الأمن العام التابع لهيئة تحرير الشام ثلاثة ناشطين من مدينة بنش في ريف "
        "إدلب الشرقي، بعد أيام من مشاركتهم في مظاهرات مناهضة لقيادة الهيئة، بحسب ما قاله أحد "
        "أقارب المعتقلين لعنب بلدي.",
        is_syria_related=True,
        entities=["group:hts"],
        places=[BINNISH, "gov:idlib"],
        events=[event(ARREST, BINNISH, actors=["group:hts", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="اشتباكات عنيفة بين قسد والفصائل المدعومة من تركيا في محيط سد تشرين",
        published="2025-01-10T14:00:00Z",
        language="ar",
        body="تدور اشتباكات عنيفة بين قوات سوريا الديمقراطية وفصائل الجيش الوطني السوري المدعوم من "
        "تركيا في محيط سد تشرين جنوب شرقي منبج، وسط قصف مدفعي ومسيرات تركية تستهدف مواقع قسد. "
        "وقالت قسد في بيان إن مقاتليها تصدوا لهجوم واسع وقتلوا 23 عنصراً من الفصائل، فيما خسرت "
        "أربعة من مقاتليها.",
        is_syria_related=True,
        entities=["group:sdf", "group:sna", "state:turkey", "group:turkish-forces"],
        places=[TISHRIN_DAM, MANBIJ],
        events=[
            event(CLASH, TISHRIN_DAM, 27, actors=["group:sna", "group:sdf"]),
            event(AIR, None, actors=["group:turkish-forces", "group:sdf"]),
            event(SHELL, None),
        ],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="قتلى وجرحى بانفجار سيارة مفخخة في عفرين",
        published="2023-04-15T12:00:00Z",
        language="ar",
        body="قتل خمسة مدنيين وأصيب 12 آخرون بانفجار سيارة مفخخة في شارع راجو وسط مدينة عفرين شمال "
        "حلب، بحسب الدفاع المدني السوري. واتهمت الحكومة السورية المؤقتة وحدات حماية الشعب "
        "الكردية بالوقوف وراء التفجير، فيما نفت الوحدات أي علاقة لها به.",
        is_syria_related=True,
        entities=["org:white-helmets", "group:ypg"],
        places=[AFRIN, ALEPPO],
        events=[event(IED, AFRIN, 5, 12, actors=["group:ypg", CIV])],
        claims=[
            claim("org:white-helmets"),
            claim(None, contested=True),
            claim("group:ypg", "denies", contested=True),
        ],
    ),
    dict(
        title="Syrian rebels say they have taken Homs",
        published="2024-12-07T23:00:00Z",
        body="Syrian rebels said on Saturday night they had taken full control of the city of Homs "
        "after just a day of fighting, leaving Damascus cut off from the coast. Thousands of "
        "residents poured into the streets, chanting against Assad. There was no immediate "
        "comment from the Syrian army.",
        is_syria_related=True,
        entities=["group:syrian-rebels", GOV, "person:bashar-al-assad"],
        places=[HOMS, DAMASCUS],
        events=[
            event(TAKE, HOMS, actors=["group:syrian-rebels", GOV]),
            event(PROTEST, HOMS, actors=[PRO]),
        ],
        claims=[claim("group:syrian-rebels")],
    ),
    dict(
        title="قوات النظام تقصف درعا البلد بصواريخ أرض أرض",
        published="2021-08-01T10:00:00Z",
        language="ar",
        body="قصفت قوات النظام أحياء درعا البلد بصواريخ أرض - أرض وقذائف الهاون، ما أدى إلى مقتل "
        "ثلاثة مدنيين بينهم امرأة، وذلك بعد فشل المفاوضات بين اللجنة المركزية في درعا واللجنة "
        "الأمنية التابعة للنظام، بحسب تجمع أحرار حوران.",
        is_syria_related=True,
        entities=[GOV],
        places=[DARAA],
        events=[event(SHELL, DARAA, 3, actors=[GOV, CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Gunmen kill four in village near Baniyas",
        published="2026-02-14T16:00:00Z",
        body="Unidentified gunmen killed four members of one family in a village near Baniyas on "
        "Friday night, the Syrian Observatory for Human Rights said. The interior ministry said "
        "it had opened an investigation and arrested two suspects.",
        is_syria_related=True,
        entities=["org:sohr", "org:syrian-interior-ministry"],
        places=[BANIYAS],
        events=[event(ATTACK, BANIYAS, 4, actors=[CIV]), event(ARREST, BANIYAS)],
        claims=[claim("org:sohr"), claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="الأمن العام اللبناني يوقف شبكة لتهريب المخدرات في بيروت",
        published="2025-06-03T09:00:00Z",
        language="ar",
        body="أوقفت المديرية العامة للأمن العام اللبناني شبكة لتهريب المخدرات في بيروت، وضبطت "
        "كميات من حبوب الكبتاغون كانت معدة للتهريب إلى دول الخليج.",
        is_syria_related=False,
        entities=["state:lebanon"],
        places=[place("Beirut", 33.89, 35.50)],
        events=[],
        claims=[],
    ),
]

# round 17: statements of armies and ministries, a UN update, Kurdish and
# government security services of the same name, after round 16's fixes
JARABULUS = place("Jarabulus", 36.82, 38.01)
HASAKAH = place("Hasakah", 36.50, 40.75)
GHUWAYRAN = place("Ghuwayran", 36.48, 40.74)
SUKHNAH = place("Al-Sukhnah", 34.89, 38.87)

SEVENTEENTH_ROUND = [
    dict(
        title="Turkey says it 'neutralised' 12 militants in northern Syria",
        published="2022-11-21T09:00:00Z",
        body="Turkish warplanes struck PKK/YPG targets around Kobani and Tal Rifaat overnight, "
        "the Turkish defence ministry said, adding that 12 militants had been 'neutralised'. "
        "The SDF said the strikes killed two civilians and a journalist in Tal Rifaat.",
        is_syria_related=True,
        # corrected: "northern Syria" names Syria, as the labels of other rounds have it
        entities=["group:turkish-forces", "state:turkey", "group:ypg", "group:sdf", "state:syria"],
        places=[KOBANI, TAL_RIFAAT],
        events=[
            event(AIR, KOBANI, actors=["group:turkish-forces", "group:ypg"]),
            event(AIR, TAL_RIFAAT, 3, actors=["group:turkish-forces", "group:ypg", CIV]),
        ],
        claims=[claim("state:turkey", contested=True), claim("group:sdf", contested=True)],
    ),
    dict(
        title="مقتل عنصرين من الأمن العام بهجوم لفلول النظام البائد في ريف اللاذقية",
        published="2025-03-06T20:00:00Z",
        language="ar",
        body="قتل عنصران من الأمن العام وأصيب ثلاثة آخرون بهجوم شنته مجموعة من فلول النظام البائد "
        "على حاجز أمني قرب مدينة جبلة في ريف اللاذقية، وفق ما نقلت وكالة سانا عن مصدر أمني. "
        "وأضاف المصدر أن قوات الأمن بدأت عملية تمشيط في المنطقة لملاحقة المهاجمين.",
        is_syria_related=True,
        entities=[G2024, "org:sana"],
        places=[JABLEH, "gov:latakia"],
        events=[event(CLASH, JABLEH, 2, 3, actors=[G2024])],
        claims=[claim("org:sana")],
    ),
    dict(
        title="UN: Hostilities in northwest Syria displace 40,000 in a week",
        published="2023-10-13T15:00:00Z",
        body="Escalating hostilities in northwest Syria have displaced more than 40,000 people in "
        "the past week, the UN Office for the Coordination of Humanitarian Affairs said on "
        "Friday. Shelling and air strikes since 5 October have killed at least 70 civilians, "
        "including 20 children, and damaged more than 40 health facilities across Idlib and "
        "western Aleppo, OCHA said.",
        is_syria_related=True,
        entities=["state:syria", "org:un"],
        places=["gov:idlib", "gov:aleppo"],
        events=[],
        background_figures=[70, 20],
        claims=[claim("org:un")],
    ),
    dict(
        title="استشهاد قيادي في قسد بقصف لمسيرة تركية",
        published="2024-06-18T12:00:00Z",
        language="ar",
        body="استشهد قيادي في قوات سوريا الديمقراطية وأصيب مرافقه، جراء استهداف مسيرة تابعة لجيش "
        "الاحتلال التركي سيارتهما على الطريق بين منبج وجرابلس، بحسب ما أفاد مراسل وكالة هاوار.",
        is_syria_related=True,
        entities=["group:sdf", "group:turkish-forces"],
        places=[MANBIJ, JARABULUS],
        events=[event(AIR, None, 1, 1, actors=["group:turkish-forces", "group:sdf"])],
        claims=[claim(None)],
    ),
    dict(
        title="Israel strikes Syria-Lebanon border crossings used by Hezbollah",
        published="2024-10-26T08:00:00Z",
        body="The Israeli military said its jets struck crossings on the Syria-Lebanon border near "
        "the town of Qusayr overnight, accusing Hezbollah of using them to smuggle weapons from "
        "Syria. Syrian state media said the strikes killed two soldiers and put a border "
        "crossing out of service.",
        is_syria_related=True,
        # corrected: "Israel strikes" in a headline names Israel, as round 12's label has it
        entities=[
            "group:israeli-forces",
            "state:israel",
            "group:hezbollah",
            "state:syria",
            "state:lebanon",
        ],
        places=[QUSAYR],
        events=[event(AIR, QUSAYR, 2, actors=["group:israeli-forces"])],
        claims=[claim("group:israeli-forces"), claim(None)],
    ),
    dict(
        title="اشتباكات بين مسلحين من العشائر وفصائل محلية في السويداء",
        published="2025-07-14T10:00:00Z",
        language="ar",
        body="اندلعت اشتباكات عنيفة بين مسلحين من عشائر البدو وفصائل محلية درزية في حي المقوس "
        "بمدينة السويداء، ما أسفر عن مقتل 11 شخصاً وإصابة العشرات، بحسب المرصد السوري لحقوق "
        "الإنسان. وتدخلت قوات الأمن الداخلي لفض الاشتباكات.",
        is_syria_related=True,
        entities=["org:sohr", G2024],
        places=[place("Al-Maqwas", 32.71, 36.58), SUWAYDA],
        events=[event(CLASH, place("Al-Maqwas", 32.71, 36.58), 11, 10)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Jordan army kills drug smugglers on Syrian border",
        published="2023-12-18T10:00:00Z",
        body="Jordanian troops killed several smugglers and seized large quantities of drugs in "
        "clashes on the border with Syria, the Jordanian army said on Monday. The army said the "
        "smugglers had crossed from Syrian territory.",
        is_syria_related=True,
        entities=["state:jordan", "state:syria"],
        places=[],
        events=[event(CLASH, None, actors=["state:jordan"])],
        claims=[claim("state:jordan")],
    ),
    dict(
        title="الأسايش تشن حملة اعتقالات في الحسكة",
        published="2023-03-02T11:00:00Z",
        language="ar",
        body="شنت قوى الأمن الداخلي (الأسايش) التابعة للإدارة الذاتية حملة دهم واعتقالات في حي "
        "غويران بمدينة الحسكة، طالت 15 شاباً بتهمة التعامل مع خلايا تنظيم الدولة الإسلامية، بحسب "
        "ما أفادت شبكة الخابور المحلية.",
        is_syria_related=True,
        entities=["group:asayish", "group:isis"],
        places=[GHUWAYRAN, HASAKAH],
        events=[event(ARREST, GHUWAYRAN, actors=["group:asayish", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Barrel bombs and clashes as government pushes into northern Hama",
        published="2019-05-09T17:00:00Z",
        body="Government helicopters dropped barrel bombs on the towns of Kafr Nabudah and Khan "
        "Shaykhun on Thursday as troops backed by Russian air power pushed north, the Syrian "
        "Observatory said. Rebels of the National Front for Liberation said they had destroyed "
        "two tanks near Kafr Nabudah. At least nine civilians were killed in the bombing of "
        "Khan Shaykhun, according to the White Helmets.",
        is_syria_related=True,
        entities=[
            GOV,
            "group:russian-forces",
            "org:sohr",
            "group:nlf",
            "group:syrian-rebels",
            "org:white-helmets",
        ],
        places=[KAFR_NABUDAH, KHAN_SHAYKHUN, "gov:hama"],
        events=[
            event(AIR, KAFR_NABUDAH, actors=[GOV]),
            event(AIR, KHAN_SHAYKHUN, 9, actors=[GOV, CIV]),
            event(CLASH, KAFR_NABUDAH, actors=["group:nlf", GOV]),
        ],
        claims=[claim("org:sohr"), claim("group:nlf"), claim("org:white-helmets")],
    ),
    dict(
        title="المرصد يوثق مقتل 112 شخصاً في سوريا خلال أيلول",
        published="2025-10-01T09:00:00Z",
        language="ar",
        body="وثق المرصد السوري لحقوق الإنسان مقتل 112 شخصاً في عموم الأراضي السورية خلال شهر أيلول "
        "الفائت، بينهم 40 مدنياً. وكان أعنف الحوادث انفجار لغم أرضي بحافلة ركاب قرب مدينة السخنة "
        "في ريف حمص الشرقي، ما أدى إلى مقتل سبعة مدنيين.",
        is_syria_related=True,
        entities=["org:sohr", "state:syria"],
        places=[SUKHNAH, "gov:homs"],
        events=[event(IED, SUKHNAH, 7, actors=[CIV])],
        background_figures=[112, 40],
        claims=[claim("org:sohr")],
    ),
]

# round 18: tolls that differ, a natural disaster, a detention death, a commando raid
# claimed by HTS, an abduction told at the release, after round 17's fixes
TAL_TAMR = place("Tal Tamr", 36.65, 40.37)
SAYDNAYA = place("Saydnaya", 33.70, 36.38)

EIGHTEENTH_ROUND = [
    dict(
        title="Strike on Idlib market kills at least 9",
        published="2023-11-28T13:00:00Z",
        body="Russian warplanes struck a vegetable market in the town of Sarmin east of Idlib on "
        "Tuesday, killing nine civilians, the White Helmets said. The Syrian Observatory for "
        "Human Rights put the toll at 11, including three children.",
        is_syria_related=True,
        entities=["group:russian-forces", "org:white-helmets", "org:sohr"],
        places=[SARMIN, IDLIB],
        events=[event(AIR, SARMIN, 9, actors=["group:russian-forces", CIV])],
        claims=[claim("org:white-helmets", contested=True), claim("org:sohr", contested=True)],
    ),
    dict(
        title="قصف تركي يستهدف قرى في ريف تل تمر",
        published="2023-01-05T09:00:00Z",
        language="ar",
        body="قصفت القوات التركية والفصائل الموالية لها بالمدفعية الثقيلة قرى في ريف بلدة تل تمر "
        "شمال غربي الحسكة، ما أدى إلى إصابة طفلين بجروح، بحسب ما أفادت قوات سوريا الديمقراطية.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf"],
        places=[TAL_TAMR, HASAKAH],
        events=[event(SHELL, TAL_TAMR, None, 2, actors=["group:turkish-forces", CIV])],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="Aftershock rattles Aleppo two weeks after quake",
        published="2023-02-20T20:00:00Z",
        body="A magnitude 6.4 aftershock struck near Antakya in Turkey on Monday evening, shaking "
        "buildings in Aleppo and Idlib, the White Helmets said. At least three people were "
        "injured in Jableh when a damaged building collapsed.",
        is_syria_related=True,
        entities=["state:turkey", "org:white-helmets"],
        places=[place("Antakya", 36.20, 36.16), ALEPPO, IDLIB, JABLEH],
        events=[],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="قوة إسرائيلية تعتقل راعيين في ريف درعا الغربي",
        published="2025-10-20T11:00:00Z",
        language="ar",
        body="توغلت قوة تابعة للجيش الإسرائيلي في ريف درعا الغربي، واعتقلت راعيين من أبناء المنطقة "
        "قبل أن تطلق سراح أحدهما لاحقاً، بحسب تجمع أحرار حوران.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=["gov:daraa"],
        events=[event(ARREST, None, actors=["group:israeli-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Man dies under torture in Saydnaya, family says",
        published="2024-04-10T12:00:00Z",
        body="A man from the town of Douma died under torture in Saydnaya prison, his family said "
        "on Wednesday after receiving a death notice from the civil registry. The Syrian "
        "Network for Human Rights said he had been arrested at a checkpoint in 2019.",
        is_syria_related=True,
        entities=["org:snhr"],
        places=[DOUMA, SAYDNAYA],
        events=[event(ATTACK, SAYDNAYA, 1, actors=[CIV])],
        claims=[claim(None), claim("org:snhr")],
    ),
    dict(
        title="هيئة تحرير الشام تعلن مقتل 5 عناصر من قوات النظام بعملية انغماسية",
        published="2022-12-04T18:00:00Z",
        language="ar",
        body="أعلنت هيئة تحرير الشام مقتل خمسة عناصر من قوات النظام في عملية انغماسية نفذها "
        "مقاتلوها على نقطة عسكرية في محور مدينة سراقب شرقي إدلب. ولم تعلق وسائل إعلام النظام على "
        "العملية.",
        is_syria_related=True,
        entities=["group:hts", GOV],
        places=[SARAQIB, IDLIB],
        events=[event(CLASH, SARAQIB, 5, actors=["group:hts", GOV])],
        claims=[claim("group:hts")],
    ),
    dict(
        title="IS fighters attack Hasakah prison, SDF says",
        published="2022-01-21T10:00:00Z",
        body="Islamic State fighters attacked Ghuwayran prison in Hasakah on Thursday night with a "
        "car bomb and gunmen, trying to free jailed members, the SDF said. Clashes continued "
        "into Friday around the prison, and at least 20 SDF fighters and guards were killed, "
        "according to the Syrian Observatory for Human Rights.",
        is_syria_related=True,
        entities=["group:isis", "group:sdf", "org:sohr"],
        places=[GHUWAYRAN, HASAKAH],
        events=[
            event(CLASH, GHUWAYRAN, 20, actors=["group:isis", "group:sdf"]),
            event(IED, GHUWAYRAN, actors=["group:isis", "group:sdf"]),
        ],
        claims=[claim("group:sdf"), claim("org:sohr")],
    ),
    dict(
        title="Gaza: strikes kill 30 as talks stall",
        published="2024-07-10T15:00:00Z",
        body="Israeli strikes across the Gaza Strip killed at least 30 Palestinians on Wednesday, "
        "the Gaza health ministry said, as ceasefire talks in Cairo stalled. Israel also struck "
        "targets in Lebanon and Syria last week.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:israel", "state:lebanon", "state:syria"],
        places=[place("Gaza", 31.50, 34.47)],  # corrected: foreign places are labelled
        events=[],
        claims=[],
    ),
    dict(
        title="الإفراج عن طبيب مخطوف في السويداء مقابل فدية",
        published="2026-01-12T09:00:00Z",
        language="ar",
        body="أفرجت مجموعة مسلحة عن طبيب خطفته قبل أسبوع على طريق دمشق - السويداء، بعد دفع عائلته "
        "فدية مالية قدرها 50 ألف دولار، بحسب ما قاله مصدر مقرب من العائلة لعنب بلدي.",
        is_syria_related=True,
        entities=[],
        places=[DAMASCUS, SUWAYDA],
        events=[event(ABDUCT, None, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Ten years after Ghouta attack, UN urges accountability",
        published="2023-08-21T12:00:00Z",
        body="Ten years after a sarin attack on Eastern Ghouta killed more than 1,400 people, the "
        "UN human rights office called on Monday for those responsible to be held to account. "
        "The Organisation for the Prohibition of Chemical Weapons has blamed Damascus for "
        "several later attacks.",
        is_syria_related=True,
        entities=["org:un", "org:opcw"],
        places=[GHOUTA, DAMASCUS],
        events=[],
        background_figures=[1400],
        claims=[claim("org:un"), claim("org:opcw")],
    ),
]

# round 19: a live blog, a feature on a past massacre, several towns in one
# sentence, agreements, seizures of drugs, retaliation strikes across borders
DARAT_IZZA = place("Darat Izza", 36.28, 36.85)
TALDOU = place("Taldou", 34.88, 36.52)
DHIBAN = place("Dhiban", 35.02, 40.51)
ALBU_KAMAL = place("Albu Kamal", 34.45, 40.93)

NINETEENTH_ROUND = [
    dict(
        title="Live: Rebel offensive on Aleppo",
        published="2024-11-29T18:00:00Z",
        body="17:45 - Rebels say they have entered the western districts of Aleppo city for the "
        "first time since 2016.\n16:30 - Russian and Syrian jets have struck Atarib and Darat "
        "Izza, killing at least 12 civilians, according to the White Helmets.\n15:10 - The "
        "Syrian army says it is repelling a large attack by terrorist organisations in the "
        "Aleppo and Idlib countryside.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "group:russian-forces", GOV, "org:white-helmets"],
        places=[ALEPPO, ATARIB, DARAT_IZZA, "gov:idlib"],
        events=[
            event(TAKE, ALEPPO, actors=["group:syrian-rebels", GOV]),
            event(AIR, ATARIB, 12, actors=["group:russian-forces", GOV, CIV]),
            event(AIR, DARAT_IZZA, actors=["group:russian-forces", GOV, CIV]),
        ],
        claims=[claim("group:syrian-rebels"), claim("org:white-helmets"), claim(GOV)],
    ),
    dict(
        title="In Houla, survivors wait for justice",
        published="2025-05-25T09:00:00Z",
        body="Thirteen years after the Houla massacre, in which 108 people were killed, survivors "
        "gathered on Sunday at the mass grave near Taldou to demand that those responsible be "
        'tried. "We want names and trials," said Abdulrahman, a teacher who lost four '
        "relatives.",
        is_syria_related=True,
        entities=[],
        places=[place("Houla", 34.89, 36.50), TALDOU],
        events=[event(PROTEST, TALDOU, actors=[PRO])],
        background_figures=[108],
        claims=[claim(None)],
    ),
    dict(
        title="تجدد الاشتباكات بين قسد ومقاتلي العشائر في ريف دير الزور الشرقي",
        published="2023-09-02T12:00:00Z",
        language="ar",
        body="تجددت الاشتباكات بين قوات سوريا الديمقراطية ومقاتلين من العشائر العربية في بلدات "
        "ذيبان والشحيل والبصيرة بريف دير الزور الشرقي، ما أسفر عن مقتل ستة من عناصر قسد وثلاثة "
        "من مقاتلي العشائر، بحسب مصادر محلية.",
        is_syria_related=True,
        entities=["group:sdf"],
        places=[DHIBAN, SHUHAYL, BUSAYRAH, "gov:deir-ez-zor"],
        events=[
            event(CLASH, DHIBAN, 9, actors=["group:sdf"]),
            event(CLASH, SHUHAYL, actors=["group:sdf"]),
            event(CLASH, BUSAYRAH, actors=["group:sdf"]),
        ],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli strike in Damascus kills Iranian adviser, Iran says",
        published="2023-12-25T16:00:00Z",
        body="An Israeli air strike on the Sayyida Zaynab district of Damascus killed a senior "
        "adviser of Iran's Revolutionary Guards, Iranian state media said on Monday. The Israeli "
        "military did not comment on the report.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:irgc", "state:iran"],
        places=[SAYYIDA_ZAYNAB, DAMASCUS],
        events=[event(AIR, SAYYIDA_ZAYNAB, 1, actors=["group:israeli-forces", "group:irgc"])],
        claims=[claim("state:iran")],
    ),
    dict(
        title="قسد تختطف قاصرتين لتجنيدهما في الرقة",
        published="2024-08-05T10:00:00Z",
        language="ar",
        body="أفاد المرصد السوري لحقوق الإنسان بأن عناصر من الشبيبة الثورية التابعة لقوات سوريا "
        "الديمقراطية اختطفوا فتاتين قاصرتين من حي الرميلة في مدينة الرقة، بهدف تجنيدهما في صفوف "
        "القوات.",
        is_syria_related=True,
        entities=["org:sohr", "group:sdf"],
        places=[place("Al-Rumaila", 35.95, 39.01), RAQQA],
        events=[event(ABDUCT, RAQQA, actors=["group:sdf", CIV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Damascus and SDF sign deal to merge Kurdish-led forces into army",
        published="2025-03-10T21:00:00Z",
        body="Syrian President Ahmed al-Sharaa and SDF commander Mazloum Abdi signed an agreement "
        "in Damascus on Monday to integrate the Kurdish-led forces into state institutions, the "
        "presidency said. The deal includes a nationwide ceasefire.",
        is_syria_related=True,
        entities=["person:ahmed-al-sharaa", "person:mazloum-abdi", "group:sdf"],
        places=[DAMASCUS],
        events=[event(AGREEMENT, DAMASCUS)],
        claims=[claim(None)],
    ),
    dict(
        title="الداخلية تضبط 4 ملايين حبة كبتاغون في ريف دمشق",
        published="2025-06-15T10:00:00Z",
        language="ar",
        body="أعلنت وزارة الداخلية السورية ضبط أكثر من أربعة ملايين حبة كبتاغون مخبأة داخل شاحنة "
        "في مدينة يبرود بريف دمشق، كانت معدة للتهريب إلى الأردن.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry", "state:jordan"],
        places=[place("Yabroud", 33.97, 36.66), "gov:rif-dimashq"],
        events=[],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="US strikes Iran-backed groups in Syria and Iraq after Jordan attack",
        published="2024-02-03T08:00:00Z",
        body="US bombers struck more than 85 targets linked to Iran's Revolutionary Guards and "
        "allied militias in Syria and Iraq on Friday, in retaliation for a drone attack that "
        "killed three US soldiers in Jordan last week. The Syrian Observatory said 23 pro-Iran "
        "fighters were killed in strikes around Deir ez-Zor and Albu Kamal.",
        is_syria_related=True,
        entities=[  # corrected: "Iran's" and "Iran-backed" name Iran, as round 1 labels it
            "group:us-forces",
            "group:irgc",
            "state:iran",
            "state:syria",
            "state:iraq",
            "state:jordan",
            "org:sohr",
        ],
        places=[DEIR_EZ_ZOR, ALBU_KAMAL],
        events=[
            event(AIR, DEIR_EZ_ZOR, 23, actors=["group:us-forces", "group:irgc"]),
            event(AIR, ALBU_KAMAL, actors=["group:us-forces", "group:irgc"]),
        ],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="اغتيال عضو في مجلس محلي بمدينة الميادين",
        published="2022-07-11T09:00:00Z",
        language="ar",
        body="اغتال مسلحون مجهولون يستقلون دراجة نارية عضواً في المجلس المحلي لمدينة الميادين شرقي "
        "دير الزور، بإطلاق النار عليه أمام منزله، بحسب شبكة فرات بوست.",
        is_syria_related=True,
        entities=[],
        places=[MAYADIN, DEIR_EZ_ZOR],
        events=[event(ATTACK, MAYADIN, 1, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Infighting between SNA factions kills 4 in Afrin",
        published="2022-10-12T10:00:00Z",
        body="Clashes between the Hamza Division and the Levant Front, two factions of the "
        "Turkish-backed Syrian National Army, killed four fighters in Afrin on Tuesday, the "
        "Syrian Observatory for Human Rights said.",
        is_syria_related=True,
        entities=["group:hamza-division", "group:sna", "org:sohr"],
        places=[AFRIN],
        events=[event(CLASH, AFRIN, 4, actors=["group:hamza-division", "group:sna"])],
        claims=[claim("org:sohr")],
    ),
]

# round 20: a toll revised, a denial of civilian deaths, jihadist infighting, a
# protest against an incursion, a mass grave, a one-source claim of militants killed
KAFR_NABL = place("Kafr Nabl", 35.61, 36.56)

TWENTIETH_ROUND = [
    dict(
        title="UPDATE 2: Toll from Ariha strike rises to 15",
        published="2021-06-11T16:00:00Z",
        body="The death toll from a government artillery strike on the town of Ariha in Idlib "
        "province rose to 15 on Thursday, including a paramedic, the White Helmets said. The "
        "group had earlier said 10 people were killed.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=[ARIHA, "gov:idlib"],
        events=[event(SHELL, ARIHA, 15, actors=[GOV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Russia denies killing civilians in Idlib strikes",
        published="2020-02-20T12:00:00Z",
        body="Air strikes on the town of Kafr Nabl killed seven civilians on Wednesday, the "
        "White Helmets said. Russia's defence ministry said its aircraft had only targeted "
        "terrorist positions and denied that any civilians were killed.",
        is_syria_related=True,
        entities=["org:white-helmets", "state:russia"],
        places=[KAFR_NABL, IDLIB],  # corrected: the headline's "Idlib" had been left out
        events=[event(AIR, KAFR_NABL, 7, actors=["group:russian-forces", CIV])],
        claims=[
            claim("org:white-helmets", contested=True),
            claim("state:russia"),
            claim("state:russia", "denies", contested=True),
        ],
    ),
    dict(
        title="اشتباكات بين هيئة تحرير الشام وحراس الدين في ريف إدلب الغربي",
        published="2020-06-24T14:00:00Z",
        language="ar",
        body="اندلعت اشتباكات بين هيئة تحرير الشام وتنظيم حراس الدين في قرية عرب سعيد بريف إدلب "
        "الغربي، قتل فيها أربعة عناصر من الطرفين، بحسب ما أفاد مراسل تلفزيون سوريا.",
        is_syria_related=True,
        entities=["group:hts", "group:hurras-al-din"],
        places=["gov:idlib"],
        events=[event(CLASH, None, 4, actors=["group:hts", "group:hurras-al-din"])],
        claims=[claim(None)],
    ),
    dict(
        title="Quneitra residents protest Israeli incursion",
        published="2025-02-28T15:00:00Z",
        body="Dozens of residents of the town of Khan Arnabah protested on Friday against the "
        "incursion of Israeli troops into the area, and Israeli soldiers fired in the air to "
        "disperse the protesters, local media reported.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[KHAN_ARNABAH, QUNEITRA],  # corrected: the headline's "Quneitra" left out
        events=[event(INTERVENTION, KHAN_ARNABAH, actors=[PRO, "group:israeli-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="العثور على مقبرة جماعية في ريف حمص",
        published="2025-01-20T10:00:00Z",
        language="ar",
        body="عثرت فرق الدفاع المدني السوري على مقبرة جماعية تضم رفات نحو 20 شخصاً قرب بلدة القصير "
        "في ريف حمص، يعتقد أنهم قتلوا على يد قوات النظام البائد خلال سنوات الحرب.",
        is_syria_related=True,
        entities=["org:white-helmets", GOV],
        places=[QUSAYR, "gov:homs"],
        events=[],
        background_figures=[20],
        claims=[],
    ),
    dict(
        title="مقتل طفل بانفجار قنبلة عنقودية في ريف إدلب",
        published="2022-03-14T09:00:00Z",
        language="ar",
        body="قتل طفل وأصيب شقيقه بجروح إثر انفجار قنبلة عنقودية من مخلفات قصف سابق أثناء لعبهما "
        "قرب منزلهما في بلدة كفرنبل جنوبي إدلب، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[KAFR_NABL, "gov:idlib"],
        events=[event(IED, KAFR_NABL, 1, 1, actors=[CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Russia says its jets killed 30 militants in Idlib",
        published="2021-09-07T11:00:00Z",
        body="Russian warplanes struck militant hideouts near the town of Sarmada in Idlib "
        "province, killing 30 militants, the Russian Centre for Reconciliation said on Tuesday. "
        "There was no independent confirmation of the toll.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia"],
        places=[SARMADA, "gov:idlib"],
        events=[event(AIR, SARMADA, 30, actors=["group:russian-forces"])],
        claims=[claim("state:russia")],
    ),
    dict(
        title="Lebanon's parliament elects new speaker",
        published="2026-06-02T12:00:00Z",
        body="Lebanon's parliament re-elected Nabih Berri as speaker on Tuesday after a "
        "parliamentary election in which Hezbollah and its allies kept their seats. Relations "
        "with neighbouring Syria were not discussed.",
        is_syria_related=False,
        entities=["state:lebanon", "group:hezbollah", "state:syria"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="وقفة احتجاجية في السويداء رفضاً للتهميش",
        published="2023-09-01T17:00:00Z",
        language="ar",
        body="شارك المئات في وقفة احتجاجية في ساحة الكرامة وسط مدينة السويداء، ورفعوا لافتات تطالب "
        "بتطبيق القرار الأممي 2254 ورحيل النظام، وفق شبكة السويداء 24.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO])],
        claims=[claim(None)],
    ),
    dict(
        title="IS claims killing of two soldiers near Palmyra",
        published="2023-04-17T08:00:00Z",
        body="The Islamic State group claimed responsibility on Sunday for an attack that killed "
        "two government soldiers near Palmyra, in a statement on its Telegram channels.",
        is_syria_related=True,
        entities=["group:isis", GOV],
        places=[PALMYRA],
        events=[event(CLASH, PALMYRA, 2, actors=["group:isis", GOV])],
        claims=[claim("group:isis")],
    ),
]

# round 21: wire copy with "meanwhile", number words with hyphens, passives with
# their agent, a feed item, a Kurdish denial, a Turkish negative
BOSRA = place("Bosra", 32.52, 36.48)

TWENTY_FIRST_ROUND = [
    dict(
        title="Thirty-two killed as fighting rages in Idlib",
        published="2020-01-29T17:00:00Z",
        body="Thirty-two fighters were killed on Wednesday in clashes between government forces "
        "and rebels on the outskirts of Saraqib, the Syrian Observatory for Human Rights said. "
        "Meanwhile, in Daraa province, a roadside bomb killed two members of the Russian "
        "military police near the town of Bosra, Russia's defence ministry said.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels", "org:sohr", "group:russian-forces", "state:russia"],
        places=[SARAQIB, "gov:daraa", BOSRA, IDLIB],
        events=[
            event(CLASH, SARAQIB, 32, actors=[GOV, "group:syrian-rebels"]),
            event(IED, BOSRA, 2, actors=["group:russian-forces"]),
        ],
        claims=[claim("org:sohr"), claim("state:russia")],
    ),
    dict(
        title="Syria: three killed in Tafas blast",
        published="2022-05-03T09:00:00Z",
        body="Three people were killed by a landmine in the town of Tafas on Tuesday, local "
        "activists said.",
        is_syria_related=True,
        entities=["state:syria"],  # corrected: the headline's "Syria:" had been left out
        places=[TAFAS],
        events=[event(IED, TAFAS, 3, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Two children wounded by Turkish shelling near Tal Tamr",
        published="2021-12-10T10:00:00Z",
        body="Two children were wounded by Turkish shelling on the village of Um al-Kayf near Tal "
        "Tamr on Friday, according to a statement from the SDF. Turkey's defence ministry did "
        "not comment.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf", "state:turkey"],
        places=[TAL_TAMR],
        events=[event(SHELL, TAL_TAMR, None, 2, actors=["group:turkish-forces", CIV])],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="Rockets hit US base at al-Omar oil field",
        published="2023-10-24T07:00:00Z",
        body="Several rockets struck a US base at the al-Omar oil field in eastern Deir ez-Zor "
        "province on Monday, causing no casualties, a US official said. Iran-backed militias "
        "had claimed similar attacks in recent days.",
        is_syria_related=True,
        entities=["group:us-forces", "state:iran", "state:usa"],
        places=[place("Al-Omar oil field", 35.03, 40.56), "gov:deir-ez-zor"],
        events=[event(SHELL, place("Al-Omar oil field", 35.03, 40.56), actors=["group:us-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="عصابة تخطف شاباً في ريف السويداء وتطالب بفدية",
        published="2024-02-12T11:00:00Z",
        language="ar",
        body="خطفت عصابة مسلحة شاباً من أبناء مدينة شهبا في ريف السويداء الشمالي، وطالبت ذويه "
        "بدفع فدية مالية مقابل الإفراج عنه، بحسب موقع السويداء 24.",
        is_syria_related=True,
        entities=[],
        places=[SHAHBA, "gov:suwayda"],
        events=[event(ABDUCT, SHAHBA, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="SDF denies shelling Turkish border post",
        published="2022-08-16T12:00:00Z",
        body="Turkey's defence ministry said a Turkish soldier was killed when YPG militants "
        "fired mortars at a border post from the Kobani area. The SDF denied any "
        "involvement in the attack.",
        is_syria_related=True,
        entities=["state:turkey", "group:turkish-forces", "group:ypg", "group:sdf"],
        places=[KOBANI],
        events=[event(SHELL, None, 1, actors=["group:ypg", "group:turkish-forces"])],
        claims=[
            claim("state:turkey", contested=True),
            claim("group:sdf", "denies", contested=True),
        ],
    ),
    dict(
        title="PKK attack kills two soldiers in Turkey's Hakkari",
        published="2024-04-08T08:00:00Z",
        body="Two Turkish soldiers were killed in an attack by PKK militants in Hakkari province "
        "in southeastern Turkey, the defence ministry in Ankara said on Monday.",
        is_syria_related=False,
        entities=["group:turkish-forces", "state:turkey"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="مقتل ثلاثة من قوات النظام بهجوم لتنظيم الدولة في بادية دير الزور",
        published="2023-08-11T09:00:00Z",
        language="ar",
        body="قتل ثلاثة عناصر من قوات النظام بهجوم شنه مسلحون من تنظيم الدولة الإسلامية على نقطة "
        "عسكرية قرب مدينة الميادين، بحسب المرصد السوري لحقوق الإنسان. وارتفعت الحصيلة لاحقاً إلى "
        "خمسة قتلى.",
        is_syria_related=True,
        entities=[GOV, "group:isis", "org:sohr"],
        places=[MAYADIN, "gov:deir-ez-zor"],  # corrected: "بادية دير الزور" left out
        events=[event(CLASH, MAYADIN, 5, actors=["group:isis", GOV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Israeli drone kills man near Quneitra",
        published="2025-09-03T10:00:00Z",
        body="A man was killed on Wednesday when an Israeli drone struck a motorcycle near the "
        "village of Jubata al-Khashab in Quneitra province, Syria's state news agency SANA "
        "reported.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:syria", "org:sana"],
        places=[place("Jubata al-Khashab", 33.24, 35.84), "gov:quneitra"],
        events=[
            event(
                AIR,
                place("Jubata al-Khashab", 33.24, 35.84),
                1,
                actors=["group:israeli-forces", CIV],
            )
        ],
        claims=[claim("org:sana")],
    ),
    dict(
        title="Protests in Raqqa over fuel prices",
        published="2023-06-05T14:00:00Z",
        body="Hundreds of people protested in Raqqa on Monday against a sharp rise in fuel prices "
        "set by the Kurdish-led administration, local media reported. Security forces arrested "
        "five protesters.",
        is_syria_related=True,
        entities=[],
        places=[RAQQA],
        events=[event(INTERVENTION, RAQQA, actors=[PRO])],
        claims=[claim(None)],
    ),
]

# round 22: ten articles in Arabic, from SANA, Enab Baladi, North Press, the
# Observatory, Syria TV, Hawar, Zaman al-Wasl; an Iraqi negative
LATAMNEH = place("Al-Latamneh", 35.32, 36.62)
SANAMAYN = place("Sanamayn", 33.07, 36.18)
TALKALAKH = place("Talkalakh", 34.67, 36.26)
AIN_ISSA = place("Ain Issa", 36.39, 38.86)

TWENTY_SECOND_ROUND = [
    dict(
        title="وحدات الجيش تتصدى لهجوم إرهابي في ريف حماة الشمالي",
        published="2024-03-12T10:00:00Z",
        language="ar",
        body="تصدت وحدات من الجيش العربي السوري لهجوم شنه إرهابيون من جبهة النصرة على نقاط عسكرية "
        "في محور بلدة اللطامنة بريف حماة الشمالي، وأوقعت قتلى ومصابين في صفوفهم، بحسب ما قال مصدر "
        "عسكري لوكالة سانا.",
        is_syria_related=True,
        entities=[GOV, "group:nusra", "org:sana"],
        places=[LATAMNEH, "gov:hama"],
        events=[event(CLASH, LATAMNEH, actors=["group:nusra", GOV])],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل شاب برصاص قوات النظام على حاجز في الصنمين",
        published="2023-07-04T09:00:00Z",
        language="ar",
        body="قتل شاب برصاص عناصر من قوات النظام على حاجز عسكري عند مدخل مدينة الصنمين شمالي درعا، "
        "بعد رفضه التوقف، بحسب ما أفاد تجمع أحرار حوران.",
        is_syria_related=True,
        entities=[GOV],
        places=[SANAMAYN, DARAA],
        events=[event(ATTACK, SANAMAYN, 1, actors=[GOV, CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="مسيرة تركية تستهدف محطة كهرباء في القامشلي",
        published="2024-01-15T12:00:00Z",
        language="ar",
        body="استهدفت طائرة مسيرة تركية محطة لتوليد الكهرباء في مدينة القامشلي، ما أدى إلى خروجها "
        "عن الخدمة دون وقوع إصابات، بحسب ما أفاد مراسل نورث برس.",
        is_syria_related=True,
        entities=["group:turkish-forces"],
        places=[QAMISHLI],
        events=[event(AIR, QAMISHLI, actors=["group:turkish-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل أربعة عناصر من الأمن العام بكمين قرب تلكلخ",
        published="2025-04-02T08:00:00Z",
        language="ar",
        body="قتل أربعة عناصر من الأمن العام بكمين نصبه مسلحون مجهولون لدوريتهم قرب مدينة تلكلخ في "
        "ريف حمص الغربي، بحسب المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=[G2024, "org:sohr"],
        places=[TALKALAKH, "gov:homs"],
        events=[event(CLASH, TALKALAKH, 4, actors=[G2024])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="مظاهرة في مدينة الباب رفضاً للتقارب التركي مع النظام",
        published="2022-08-12T15:00:00Z",
        language="ar",
        body="خرج مئات المتظاهرين في مدينة الباب بريف حلب الشرقي بعد صلاة الجمعة، رفضاً لتصريحات "
        "وزير الخارجية التركي حول المصالحة مع النظام السوري، بحسب مراسل تلفزيون سوريا.",
        is_syria_related=True,
        entities=["state:turkey", GOV],
        places=[AL_BAB, "gov:aleppo"],
        events=[event(PROTEST, AL_BAB, actors=[PRO])],
        claims=[claim(None)],
    ),
    dict(
        title="استشهاد مدنيين اثنين بقصف تركي على ريف عين عيسى",
        published="2021-05-20T11:00:00Z",
        language="ar",
        body="استشهد مدنيان اثنان جراء قصف مدفعي لجيش الاحتلال التركي على قرية في ريف بلدة عين "
        "عيسى شمالي الرقة، بحسب ما أفادت وكالة هاوار.",
        is_syria_related=True,
        entities=["group:turkish-forces"],
        places=[AIN_ISSA, RAQQA],
        events=[event(SHELL, AIN_ISSA, 2, actors=["group:turkish-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="الداخلية: القبض على متزعم خلية لداعش في دير الزور",
        published="2026-02-08T10:00:00Z",
        language="ar",
        body="أعلنت وزارة الداخلية السورية القبض على متزعم خلية تابعة لتنظيم داعش في مدينة دير "
        "الزور، كان يخطط لتنفيذ هجمات ضد مواقع أمنية.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry", "group:isis"],
        places=[DEIR_EZ_ZOR],
        events=[event(ARREST, DEIR_EZ_ZOR)],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="غارات روسية على خان شيخون توقع 7 قتلى بينهم أطفال",
        published="2019-05-28T13:00:00Z",
        language="ar",
        body="قتل سبعة مدنيين بينهم ثلاثة أطفال بغارات شنتها طائرات حربية روسية على الأحياء "
        "السكنية في مدينة خان شيخون جنوبي إدلب، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["group:russian-forces", "org:white-helmets"],
        places=[KHAN_SHAYKHUN, "gov:idlib"],
        events=[event(AIR, KHAN_SHAYKHUN, 7, actors=["group:russian-forces", CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="مقتل ثلاثة من الحشد الشعبي بهجوم لداعش في كركوك",
        published="2023-03-05T09:00:00Z",
        language="ar",
        body="قتل ثلاثة من عناصر الحشد الشعبي بهجوم شنه مسلحون من تنظيم داعش على نقطة تفتيش في "
        "محافظة كركوك شمالي العراق، بحسب مصدر أمني عراقي.",
        is_syria_related=False,
        entities=["group:isis", "state:iraq"],
        places=[place("Kirkuk", 35.47, 44.39)],
        events=[],
        claims=[],
    ),
    dict(
        title="إصابة قيادي في الجيش الوطني بانفجار عبوة ناسفة في عفرين",
        published="2023-11-21T10:00:00Z",
        language="ar",
        body="أصيب قيادي في الجيش الوطني السوري بجروح إثر انفجار عبوة ناسفة زرعها مجهولون في "
        "سيارته وسط مدينة عفرين شمال حلب، بحسب ما أفاد مراسل عنب بلدي.",
        is_syria_related=True,
        entities=["group:sna"],
        places=[AFRIN, ALEPPO],
        events=[event(IED, AFRIN, None, 1, actors=["group:sna"])],
        claims=[claim(None)],
    ),
]

# round 23: wire copy in English again, longer, with allies on one side, blame for
# a strike of unknown origin, a town taken from the SDF, a suicide bombing
TAL_ABYAD = place("Tal Abyad", 36.70, 38.95)
MASYAF = place("Masyaf", 35.07, 36.34)

TWENTY_THIRD_ROUND = [
    dict(
        title="Syrian army and Hezbollah retake Qusayr",
        published="2013-06-05T12:00:00Z",
        body="Syrian government forces and Hezbollah fighters retook the town of Qusayr from "
        "rebels on Wednesday after a three-week offensive, state television said. Rebels said "
        "they had withdrawn to protect civilians.",
        is_syria_related=True,
        entities=[GOV, "group:hezbollah", "group:syrian-rebels"],
        places=[QUSAYR],
        events=[event(REGAIN, QUSAYR, actors=[GOV, "group:hezbollah", "group:syrian-rebels"])],
        claims=[claim(None), claim("group:syrian-rebels")],
    ),
    dict(
        title="Suicide bombing near Sayyida Zaynab shrine kills six",
        published="2023-07-27T18:00:00Z",
        body="A suicide bomber blew himself up near the Sayyida Zaynab shrine south of Damascus on "
        "Thursday, killing six people and wounding 23, state media said. The Islamic State "
        "group later claimed the attack.",
        is_syria_related=True,
        entities=["group:isis"],
        places=[SAYYIDA_ZAYNAB, DAMASCUS],
        events=[event(SUICIDE, SAYYIDA_ZAYNAB, 6, 23, actors=["group:isis", CIV])],
        claims=[claim(None), claim("group:isis")],
    ),
    dict(
        title="Drone strike hits militia convoy near Albu Kamal",
        published="2022-11-09T10:00:00Z",
        body="A drone strike of unknown origin hit a convoy of fuel trucks near Albu Kamal on the "
        "Iraqi border on Tuesday, killing nine Iraqi militiamen, the Syrian Observatory for "
        "Human Rights said. The monitor blamed Israel for the strike.",
        is_syria_related=True,
        entities=["org:sohr", "state:israel", "state:iraq"],
        places=[ALBU_KAMAL],
        events=[event(AIR, ALBU_KAMAL, 9, actors=["group:israeli-forces"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Kurdish-led authorities repatriate 200 Iraqis from al-Hol",
        published="2024-03-19T09:00:00Z",
        body="The Kurdish-led administration in northeast Syria said on Tuesday it had handed "
        "over 200 Iraqi nationals held in al-Hol camp to the Iraqi authorities, the latest of "
        "several repatriations this year.",
        is_syria_related=True,
        entities=["state:syria", "state:iraq"],
        places=[AL_HOL],
        events=[],
        claims=[claim(None)],
    ),
    dict(
        title="Shelling on Jabal al-Zawiya kills a woman",
        published="2021-07-17T11:00:00Z",
        body="Syrian government forces shelled villages in Jabal al-Zawiya in southern Idlib on "
        "Saturday, killing a woman and wounding three children, the White Helmets said. The "
        "area has been hit almost daily for two months.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=[JABAL_AL_ZAWIYA, "gov:idlib"],
        events=[event(SHELL, JABAL_AL_ZAWIYA, 1, 3, actors=[GOV, CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Turkish-backed rebels capture Tal Abyad from SDF",
        published="2019-10-13T15:00:00Z",
        body="Turkish-backed Syrian rebels captured the border town of Tal Abyad from the "
        "Kurdish-led Syrian Democratic Forces on Sunday, Turkey's defence ministry said. The "
        "SDF said fighting continued on the town's outskirts.",
        is_syria_related=True,
        entities=["group:sna", "group:sdf", "state:turkey"],
        places=[TAL_ABYAD],
        events=[event(TAKE, TAL_ABYAD, actors=["group:sna", "group:sdf"])],
        claims=[claim("state:turkey"), claim("group:sdf")],
    ),
    dict(
        title="Protesters close Baath party offices in Suwayda",
        published="2023-08-27T14:00:00Z",
        body="Protesters in Suwayda closed the local offices of the ruling Baath party on Sunday "
        "and chanted against the government, as demonstrations over living conditions entered "
        "their second week, local activists said.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO])],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli strikes near Masyaf kill 18",
        published="2024-09-09T07:00:00Z",
        body="Israeli air strikes on a military research centre near the city of Masyaf in Hama "
        "province killed 18 people overnight, Syrian state media said, in one of the deadliest "
        "Israeli attacks in Syria in recent years.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:syria"],
        places=[MASYAF, "gov:hama"],
        events=[event(AIR, MASYAF, 18, actors=["group:israeli-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="UN envoy: millions of Syrians still displaced",
        published="2026-03-15T12:00:00Z",
        body="More than six million Syrians remain displaced inside the country fifteen years "
        "after the uprising began, the UN envoy for Syria told the Security Council on "
        "Thursday.",
        is_syria_related=True,
        entities=["org:un", "state:syria"],
        places=[],
        events=[],
        claims=[claim("org:un")],
    ),
    dict(
        title="Gunmen kill two in Daraa countryside",
        published="2022-02-14T09:00:00Z",
        body="Unidentified gunmen shot dead two men, a former rebel fighter and his cousin, in the "
        "town of Jasim in the Daraa countryside on Sunday night, the Horan Free League said.",
        is_syria_related=True,
        entities=["group:syrian-rebels"],
        places=[place("Jasim", 32.99, 36.06), "gov:daraa"],
        events=[event(ATTACK, place("Jasim", 32.99, 36.06), 2, actors=[CIV])],
        claims=[claim(None)],
    ),
]

# round 24: the rarer ACLED sub-types (looting, excessive force, chemical weapons, a
# base established), an IED on a patrol, a capture that is an arrest
LOOTING = ("Strategic developments", "Looting/property destruction")
EXCESSIVE_FORCE = ("Protests", "Excessive force against protesters")
BASE_ESTABLISHED = ("Strategic developments", "Headquarters or base established")

TWENTY_FOURTH_ROUND = [
    dict(
        title="Gunmen torch shops in Suwayda",
        published="2025-07-16T12:00:00Z",
        body="Armed men looted and set fire to dozens of shops in the centre of Suwayda city on "
        "Wednesday, residents said, a day after a ceasefire was announced.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(LOOTING, SUWAYDA)],
        claims=[claim(None)],
    ),
    dict(
        title="Two killed as security forces fire on protesters in Jasim",
        published="2023-03-18T16:00:00Z",
        body="Syrian security forces opened fire on protesters in the town of Jasim in Daraa "
        "province on Saturday, killing two of them, local activists said.",
        is_syria_related=True,
        entities=[GOV],
        places=[place("Jasim", 32.99, 36.06), "gov:daraa"],
        events=[event(EXCESSIVE_FORCE, place("Jasim", 32.99, 36.06), 2, actors=[PRO, GOV])],
        claims=[claim(None)],
    ),
    dict(
        title="Activists accuse government of chlorine attack on Kafr Zita",
        published="2017-03-31T10:00:00Z",
        body="Activists accused government forces of dropping chlorine gas on the town of Kafr "
        "Zita in northern Hama on Thursday, injuring at least 30 people, most of them "
        "civilians.",
        is_syria_related=True,
        entities=[GOV],
        places=[KAFR_ZITA, "gov:hama"],
        events=[event(CHEM, KAFR_ZITA, None, 30, actors=[GOV, CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Russia sets up base at Qamishli airport",
        published="2019-11-14T09:00:00Z",
        body="Russian forces established a new military base at Qamishli airport in northeast "
        "Syria, the Russian defence ministry said, after US troops withdrew from parts of the "
        "border area.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia", "group:us-forces", "state:syria"],
        places=[QAMISHLI],
        events=[event(BASE_ESTABLISHED, QAMISHLI, actors=["group:russian-forces"])],
        claims=[claim("state:russia")],
    ),
    dict(
        title="اغتيال قيادي في حزب الله بغارة إسرائيلية قرب دمشق",
        published="2024-04-14T21:00:00Z",
        language="ar",
        body="قتل قيادي في حزب الله اللبناني بغارة شنتها طائرة مسيرة إسرائيلية على سيارته قرب "
        "مدينة الكسوة جنوبي دمشق، بحسب المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:hezbollah", "group:israeli-forces", "org:sohr"],
        places=[KISWAH, DAMASCUS],
        events=[event(AIR, KISWAH, 1, actors=["group:israeli-forces", "group:hezbollah"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="مقتل شخصين بانفجار لغم في ريف الرقة الشرقي",
        published="2022-12-19T09:00:00Z",
        language="ar",
        body="قتل شخصان بانفجار لغم أرضي من مخلفات تنظيم داعش أثناء عملهما في أرض زراعية بريف "
        "الرقة الشرقي، بحسب ما أفادت مصادر محلية.",
        is_syria_related=True,
        entities=["group:isis"],
        places=["gov:raqqa"],
        events=[event(IED, None, 2, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Russian soldiers wounded by IED near Tal Tamr",
        published="2020-08-18T12:00:00Z",
        body="Two Russian soldiers were wounded when their patrol was hit by a roadside bomb near "
        "Tal Tamr in Hasakah province on Tuesday, the Russian defence ministry said.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia"],
        places=[TAL_TAMR, "gov:hasakah"],
        events=[event(IED, TAL_TAMR, None, 2, actors=["group:russian-forces"])],
        claims=[claim("state:russia")],
    ),
    dict(
        title="Flash floods kill 12 near Dead Sea",
        published="2018-11-10T10:00:00Z",
        body="Flash floods killed 12 people near the Dead Sea in Jordan on Friday, the Jordanian "
        "civil defence said, weeks after a school trip ended in tragedy in the same area.",
        is_syria_related=False,
        entities=["state:jordan"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="SDF says it captured an IS commander in Hasakah raid",
        published="2023-05-27T08:00:00Z",
        body="The Syrian Democratic Forces said they had captured a senior Islamic State "
        "commander in a raid on a house in the city of Hasakah on Friday, with support from the "
        "US-led coalition.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis", "group:us-coalition"],
        places=[HASAKAH],
        events=[event(ARREST, HASAKAH, actors=["group:sdf", "group:isis"])],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="Two children killed by unexploded shell in Idlib",
        published="2024-09-02T09:00:00Z",
        body="Two children were killed and a third was wounded when an unexploded shell went off "
        "while they were playing near their home in the village of Kansafra in Jabal al-Zawiya, "
        "the White Helmets said.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[KANSAFRA, JABAL_AL_ZAWIYA, IDLIB],  # corrected: the headline's "Idlib"
        events=[event(IED, KANSAFRA, 2, 1, actors=[CIV])],
        claims=[claim("org:white-helmets")],
    ),
]

# round 25: every event labelled with the day it happened ("yesterday", weekdays,
# explicit dates, "فجر اليوم", "مساء أمس الخميس")
TWENTY_FIFTH_ROUND = [
    dict(
        title="Gunmen attack checkpoint near Baniyas",
        published="2025-03-12T09:00:00Z",
        body="Gunmen attacked a General Security checkpoint near Baniyas on Monday, killing three "
        "of its members, the interior ministry said.",
        is_syria_related=True,
        entities=[G2024, "org:syrian-interior-ministry"],
        places=[BANIYAS],
        events=[event(CLASH, BANIYAS, 3, actors=[G2024], day="2025-03-10")],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Russian jets strike Idlib outskirts",
        published="2023-11-09T10:00:00Z",
        body="Russian jets struck the outskirts of Idlib city yesterday, killing two civilians, "
        "the White Helmets said.",
        is_syria_related=True,
        entities=["group:russian-forces", "org:white-helmets"],
        places=[IDLIB],
        events=[event(AIR, IDLIB, 2, actors=["group:russian-forces", CIV], day="2023-11-08")],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Car bomb in Azaz killed four, council says",
        published="2024-06-03T12:00:00Z",
        body="On 29 May, a car bomb exploded in the centre of Azaz, killing four people, the local "
        "council said in a statement on Monday.",
        is_syria_related=True,
        entities=[],
        places=[AZAZ],
        events=[event(IED, AZAZ, 4, day="2024-05-29")],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل شاب برصاص مجهولين في طفس",
        published="2022-10-21T08:00:00Z",
        language="ar",
        body="قتل شاب برصاص مسلحين مجهولين في مدينة طفس بريف درعا الغربي مساء أمس الخميس، بحسب "
        "تجمع أحرار حوران.",
        is_syria_related=True,
        entities=[],
        places=[TAFAS, "gov:daraa"],
        events=[event(ATTACK, TAFAS, 1, actors=[CIV], day="2022-10-20")],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli forces detain shepherds near Khan Arnabah",
        published="2026-01-08T11:00:00Z",
        body="Israeli forces detained three shepherds near the town of Khan Arnabah in Quneitra "
        "province on Tuesday, local media reported.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[KHAN_ARNABAH, "gov:quneitra"],
        events=[
            event(ARREST, KHAN_ARNABAH, actors=["group:israeli-forces", CIV], day="2026-01-06")
        ],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل امرأة بقصف على كنصفرة",
        published="2021-04-15T12:00:00Z",
        language="ar",
        body="قصفت قوات النظام فجر اليوم بلدة كنصفرة في جبل الزاوية جنوبي إدلب، ما أدى إلى مقتل "
        "امرأة، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=[KANSAFRA, JABAL_AL_ZAWIYA, "gov:idlib"],
        events=[event(SHELL, KANSAFRA, 1, actors=[GOV, CIV], day="2021-04-15")],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Turkish-backed factions capture Tal Rifaat",
        published="2024-12-02T10:00:00Z",
        body="Turkish-backed factions captured the town of Tal Rifaat from the SDF on Sunday, the "
        "Syrian National Army said.",
        is_syria_related=True,
        entities=["group:sna", "group:sdf"],
        places=[TAL_RIFAAT],
        events=[event(TAKE, TAL_RIFAAT, actors=["group:sna", "group:sdf"], day="2024-12-01")],
        claims=[claim("group:sna")],
    ),
    dict(
        title="Drone strike near Sarmada kills two",
        published="2023-02-27T09:00:00Z",
        body="Two people were killed when a drone struck a car near Sarmada on Saturday night, "
        "local activists said.",
        is_syria_related=True,
        entities=[],
        places=[SARMADA],
        events=[event(AIR, SARMADA, 2, day="2023-02-25")],
        claims=[claim(None)],
    ),
    dict(
        title="مظاهرة في السويداء",
        published="2025-08-19T10:00:00Z",
        language="ar",
        body="خرج مئات المحتجين يوم الأحد في مدينة السويداء مطالبين بفتح الطرق إلى المحافظة، بحسب "
        "شبكة السويداء 24.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO], day="2025-08-17")],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish drones kill 19 soldiers near Saraqib",
        published="2020-03-06T10:00:00Z",
        body="Turkish drones struck government positions near Saraqib on 1 March, killing 19 "
        "soldiers, the Syrian Observatory said.",
        is_syria_related=True,
        entities=["group:turkish-forces", GOV, "org:sohr"],
        places=[SARAQIB],
        events=[event(AIR, SARAQIB, 19, actors=["group:turkish-forces", GOV], day="2020-03-01")],
        claims=[claim("org:sohr")],
    ),
]

# round 26: longer wire copy with two events, clan fighters backed by Hezbollah, a
# riot, a sniper, an aggregate of the year, a Syrian Archive style report
TWENTY_SIXTH_ROUND = [
    dict(
        title="Turkish drones hit Kobani power station; SDF shells Jarabulus",
        published="2022-11-25T15:00:00Z",
        body="Turkish drones struck a power station near Kobani on Thursday, cutting "
        "electricity to the city, the SDF said. In response, the SDF shelled positions near "
        "Jarabulus, wounding three SNA fighters, Turkey's defence ministry said.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf", "group:sna", "state:turkey"],
        places=[KOBANI, JARABULUS],
        events=[
            event(AIR, KOBANI, actors=["group:turkish-forces"]),
            event(SHELL, JARABULUS, None, 3, actors=["group:sdf", "group:sna"]),
        ],
        claims=[claim("group:sdf"), claim("state:turkey")],
    ),
    dict(
        title="Syrian forces clash with clan fighters near Lebanese border",
        published="2025-02-07T16:00:00Z",
        body="Syrian government forces clashed with Hezbollah-backed clan fighters near the "
        "border town of Qusayr on Friday, killing two soldiers, the defence ministry said. "
        "Lebanon's army said it had deployed reinforcements on its side of the border.",
        is_syria_related=True,
        entities=[G2024, "group:hezbollah", "org:syrian-defence-ministry", "state:lebanon"],
        places=[QUSAYR],
        events=[event(CLASH, QUSAYR, 2, actors=[G2024, "group:hezbollah"])],
        claims=[claim("org:syrian-defence-ministry"), claim("state:lebanon")],
    ),
    dict(
        title="مقتل عنصرين من قسد برصاص قناص في ريف دير حافر",
        published="2025-01-15T10:00:00Z",
        language="ar",
        body="قتل عنصران من قوات سوريا الديمقراطية برصاص قناص من الفصائل الموالية لتركيا على "
        "محور بلدة دير حافر شرقي حلب، بحسب المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:sdf", "group:sna", "org:sohr"],
        places=[DEIR_HAFER, ALEPPO],
        events=[event(CLASH, DEIR_HAFER, 2, actors=["group:sna", "group:sdf"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Protesters storm governorate building in Suwayda",
        published="2023-09-10T14:00:00Z",
        body="Dozens of protesters stormed the governorate building in Suwayda on Sunday and set "
        "fire to the governor's office, activists said.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(RIOT, SUWAYDA, actors=["collective:rioters"])],
        claims=[claim(None)],
    ),
    dict(
        title="اختطاف طفل في ريف درعا والمطالبة بفدية",
        published="2024-09-18T09:00:00Z",
        language="ar",
        body="اختطف مسلحون مجهولون طفلاً من أمام منزله في بلدة الصنمين شمالي درعا، وطالبوا عائلته "
        "بفدية مالية، بحسب تجمع أحرار حوران.",
        is_syria_related=True,
        entities=[],
        places=[SANAMAYN, DARAA],
        events=[event(ABDUCT, SANAMAYN, actors=[CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="UN: 12 aid workers killed in Syria this year",
        published="2024-08-19T12:00:00Z",
        body="Twelve aid workers have been killed in Syria this year, the UN humanitarian office "
        "said on World Humanitarian Day, calling for their protection.",
        is_syria_related=True,
        entities=["state:syria", "org:un"],
        places=[],
        events=[],
        background_figures=[12],
        claims=[claim("org:un")],
    ),
    dict(
        title="غارات إسرائيلية على جنوب لبنان تقتل ثلاثة",
        published="2024-08-05T09:00:00Z",
        language="ar",
        body="قتل ثلاثة أشخاص بغارات إسرائيلية على بلدات في جنوب لبنان، بحسب وزارة الصحة "
        "اللبنانية.",
        is_syria_related=False,
        entities=["group:israeli-forces", "state:lebanon"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="Chlorine attack on al-Latamneh",
        published="2017-06-01T09:00:00Z",
        body="On 23 April 2017, at around 06:00, a barrel bomb carrying chlorine hit residential "
        "houses in al-Latamneh in northern Hama, injuring 10 people.",
        is_syria_related=True,
        entities=[],
        places=[LATAMNEH, "gov:hama"],
        events=[event(CHEM, LATAMNEH, None, 10, day="2017-04-23")],
        claims=[],
    ),
    dict(
        title="Attack on military bus near Palmyra kills 12 soldiers",
        published="2023-08-10T13:00:00Z",
        body="An attack on a military bus near Palmyra killed 12 soldiers on Wednesday, state "
        "media said, blaming terrorists. The Syrian Observatory for Human Rights said Islamic "
        "State cells carried out the attack.",
        is_syria_related=True,
        entities=["org:sohr", "group:isis"],
        places=[PALMYRA],
        events=[event(CLASH, PALMYRA, 12, actors=["group:isis"])],
        claims=[claim(None), claim("org:sohr")],
    ),
    dict(
        title="وقفة احتجاجية لذوي المعتقلين أمام القصر العدلي في دمشق",
        published="2025-02-03T11:00:00Z",
        language="ar",
        body="نظم العشرات من ذوي المعتقلين والمفقودين وقفة احتجاجية أمام القصر العدلي في دمشق، "
        "للمطالبة بكشف مصير أبنائهم، بحسب ما نقلت عنب بلدي.",
        is_syria_related=True,
        entities=[],
        places=[DAMASCUS],
        events=[event(PROTEST, DAMASCUS, actors=[PRO])],
        claims=[claim(None)],
    ),
]

# round 27: blame after a car bomb, a handover, an arrest of a journalist, an
# incursion without a fight, an explosion of unknown cause, a regain, exchanges of fire
BEIT_JINN = place("Beit Jinn", 33.31, 35.87)

TWENTY_SEVENTH_ROUND = [
    dict(
        title="Car bomb in Qamishli kills three; SDF blames IS",
        published="2023-06-14T11:00:00Z",
        body="A car bomb exploded in a market in Qamishli on Tuesday, killing three civilians, "
        "the Kurdish-led administration said. The SDF blamed Islamic State sleeper cells for "
        "the attack.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis"],
        places=[QAMISHLI],
        events=[event(IED, QAMISHLI, 3, actors=["group:isis", CIV])],
        claims=[claim(None), claim("group:sdf")],
    ),
    dict(
        title="Rebels hand over Rastan to government forces",
        published="2018-05-16T10:00:00Z",
        body="Rebels handed over the town of Rastan to government forces under a Russian-brokered "
        "deal on Wednesday, state media said.",
        is_syria_related=True,
        entities=["group:syrian-rebels", GOV, "state:russia"],
        places=[RASTAN],
        events=[event(HANDOVER, RASTAN, actors=["group:syrian-rebels", GOV])],
        claims=[claim(None)],
    ),
    dict(
        title="الأسايش تعتقل صحفياً في القامشلي",
        published="2024-07-08T10:00:00Z",
        language="ar",
        body="اعتقلت قوى الأمن الداخلي (الأسايش) صحفياً من منزله في مدينة القامشلي، دون توجيه تهمة "
        "له، بحسب ما أفادت رابطة الصحفيين السوريين.",
        is_syria_related=True,
        entities=["group:asayish"],
        places=[QAMISHLI],
        events=[event(ARREST, QAMISHLI, actors=["group:asayish", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli troops push into Beit Jinn, arrest seven",
        published="2025-06-13T09:00:00Z",
        body="Israeli troops pushed into the village of Beit Jinn in rural Damascus before dawn on "
        "Friday and arrested seven men, local residents said.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[BEIT_JINN, "gov:rif-dimashq"],
        events=[event(ARREST, BEIT_JINN, actors=["group:israeli-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل 3 أطفال بقصف مدفعي لقوات النظام على ريف حلب الغربي",
        published="2022-04-02T12:00:00Z",
        language="ar",
        body="قتل ثلاثة أطفال بقصف مدفعي لقوات النظام على قرية في ريف حلب الغربي، بحسب الدفاع "
        "المدني السوري.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=["gov:aleppo"],
        events=[event(SHELL, None, 3, actors=[GOV, CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Erdogan meets Putin in Sochi",
        published="2023-09-04T14:00:00Z",
        body="Turkish President Recep Tayyip Erdogan met Russian President Vladimir Putin in "
        "Sochi on Monday to discuss reviving the Black Sea grain deal.",
        is_syria_related=False,
        entities=["person:recep-tayyip-erdogan", "person:vladimir-putin"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="Explosion at Sarmada fuel market kills five",
        published="2021-10-31T12:00:00Z",
        body="An explosion tore through a fuel market in the town of Sarmada on Sunday, killing "
        "five people; the cause was not immediately known, the White Helmets said.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[SARMADA],
        events=[event(IED, SARMADA, 5)],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="الدفاع السورية: استعادة السيطرة على قرى في ريف السويداء",
        published="2025-07-15T12:00:00Z",
        language="ar",
        body="أعلنت وزارة الدفاع السورية أن وحدات الجيش استعادت السيطرة على عدد من القرى في ريف "
        "السويداء الغربي بعد اشتباكات مع مجموعات خارجة عن القانون.",
        is_syria_related=True,
        # corrected: "وحدات الجيش" (the army's units) names the army
        entities=["org:syrian-defence-ministry", G2024],
        places=["gov:suwayda"],
        events=[event(REGAIN, None)],
        claims=[claim("org:syrian-defence-ministry")],
    ),
    dict(
        title="Two journalists wounded by Israeli strike near Quneitra",
        published="2025-05-05T10:00:00Z",
        body="Two journalists were wounded on Monday when an Israeli drone strike hit a car near "
        "the city of Quneitra, the Syrian Journalists Association said.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[QUNEITRA],
        events=[event(AIR, QUNEITRA, None, 2, actors=["group:israeli-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="HTS and Syrian troops exchange fire near Saraqib",
        published="2023-11-02T12:00:00Z",
        body="Hayat Tahrir al-Sham fighters and Syrian troops exchanged fire near Saraqib on "
        "Thursday, killing two soldiers, the Syrian Observatory for Human Rights said.",
        is_syria_related=True,
        entities=["group:hts", GOV, "org:sohr"],
        places=[SARAQIB],
        events=[event(CLASH, SARAQIB, 2, actors=["group:hts", GOV])],
        claims=[claim("org:sohr")],
    ),
]

# round 28: a US strike on HTS, an IED on a patrol in Arabic, Druze and Bedouin
# fighting, banknotes, a woman and her child, a depot in Tartus, a sweep in al-Hol
TARTUS = place("Tartus", 34.89, 35.89)

TWENTY_EIGHTH_ROUND = [
    dict(
        title="US drone strike kills militant leader near Binnish",
        published="2023-06-13T10:00:00Z",
        body="A US drone strike killed a senior leader of the al-Qaeda-linked Hurras al-Din group "
        "near the town of Binnish in Idlib province on Monday, US Central Command said.",
        is_syria_related=True,
        entities=["group:us-forces", "group:hurras-al-din", "group:al-qaeda"],
        places=[BINNISH, "gov:idlib"],
        events=[event(AIR, BINNISH, 1, actors=["group:us-forces", "group:hurras-al-din"])],
        claims=[claim("group:us-forces")],
    ),
    dict(
        title="إصابة ثلاثة عناصر من قوات النظام بانفجار عبوة في درعا البلد",
        published="2023-05-09T09:00:00Z",
        language="ar",
        body="أصيب ثلاثة عناصر من قوات النظام بجروح إثر انفجار عبوة ناسفة استهدفت دوريتهم في حي "
        "درعا البلد بمدينة درعا، بحسب المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=[GOV, "org:sohr"],
        places=[DARAA],
        events=[event(IED, DARAA, None, 3, actors=[GOV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Fighting between Druze and Bedouin fighters kills 30 in Suwayda",
        published="2025-07-14T18:00:00Z",
        body="Clashes between Druze fighters and Bedouin tribal gunmen in Suwayda city killed at "
        "least 30 people on Monday, the Syrian Observatory for Human Rights said.",
        is_syria_related=True,
        entities=["org:sohr"],
        places=[SUWAYDA],
        events=[event(CLASH, SUWAYDA, 30)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Syria's central bank unveils new banknotes",
        published="2025-12-08T10:00:00Z",
        body="Syria's central bank unveiled new banknotes on Monday, removing two zeros from the "
        "pound a year after the fall of Bashar al-Assad, officials said.",
        is_syria_related=True,
        entities=["state:syria", "person:bashar-al-assad"],
        places=[],
        events=[],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل امرأة وطفلها بقصف مسيرة روسية على ريف إدلب",
        published="2021-09-06T11:00:00Z",
        language="ar",
        body="قتلت امرأة وطفلها جراء استهداف طائرة مسيرة روسية منزلهما في قرية بريف إدلب الجنوبي، "
        "بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["group:russian-forces", "org:white-helmets"],
        places=["gov:idlib"],
        events=[event(AIR, None, 2, actors=["group:russian-forces", CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Israeli strike hits weapons depot in Tartus",
        published="2024-12-16T08:00:00Z",
        body="Israeli jets struck a weapons depot near the port city of Tartus overnight, setting "
        "off large explosions, the Syrian Observatory for Human Rights said.",
        is_syria_related=True,
        entities=["group:israeli-forces", "org:sohr"],
        places=[TARTUS],
        events=[event(AIR, TARTUS, actors=["group:israeli-forces"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="SDF arrests 20 suspected IS members in al-Hol sweep",
        published="2024-09-10T10:00:00Z",
        body="The Syrian Democratic Forces arrested 20 suspected Islamic State members during a "
        "security sweep of al-Hol camp on Tuesday, the SDF media centre said.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis"],
        places=[AL_HOL],
        events=[event(ARREST, AL_HOL, actors=["group:sdf"])],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="زلزال بقوة 5 درجات يضرب جنوب تركيا",
        published="2024-10-16T08:00:00Z",
        language="ar",
        body="ضرب زلزال بقوة خمس درجات ولاية ملاطية جنوبي تركيا، دون ورود أنباء عن إصابات، بحسب "
        "إدارة الكوارث التركية.",
        is_syria_related=False,
        entities=["state:turkey"],
        places=[],
        events=[],
        claims=[],
    ),
    dict(
        title="Landmine kills three SDF fighters near Deir ez-Zor",
        published="2022-06-21T09:00:00Z",
        body="Three fighters of the Syrian Democratic Forces were killed when their vehicle hit a "
        "landmine in the desert near Deir ez-Zor on Monday, a local news network said.",
        is_syria_related=True,
        entities=["group:sdf"],
        places=[DEIR_EZ_ZOR],
        events=[event(IED, DEIR_EZ_ZOR, 3, actors=["group:sdf"])],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish shelling kills two children near Tal Rifaat",
        published="2022-11-22T12:00:00Z",
        body="Two children were killed on Tuesday when Turkish artillery shelled a village near "
        "Tal Rifaat, the SDF said, a day after Turkish air strikes on Kobani.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf"],
        places=[TAL_RIFAAT, KOBANI],
        events=[event(SHELL, TAL_RIFAAT, 2, actors=["group:turkish-forces", CIV])],
        claims=[claim("group:sdf")],
    ),
]


# Round 29: wire copy as the real corpora showed it (datelines, besieged towns, truces
# named and agreed, people evacuated, the war's toll and start beside the news, years
# told after the event, a SANA dateline, a Lebanese negative)
AGREE = ("Strategic developments", "Agreement")
MADAYA = place("Madaya", 33.69, 36.10)
BEIRUT = place("Beirut", 33.89, 35.50)
MAARAT_AL_NUMAN = place("Maarat al-Numan", 35.65, 36.67)

TWENTY_NINTH_ROUND = [
    dict(
        title="Air strikes kill 14 in besieged Syrian town, monitor says",
        published="2016-02-09T15:00:00Z",
        body="BEIRUT (Reuters) - Syrian government air strikes killed at least 14 people, "
        "among them four children, in the besieged rebel-held town of Madaya on Tuesday, the "
        "Syrian Observatory for Human Rights said. The town, near the border with Lebanon, "
        "has been under siege by government forces and their Hezbollah allies since last "
        "summer.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels", "org:sohr", "group:hezbollah", "state:lebanon"],
        places=[BEIRUT, MADAYA],
        events=[event(AIR, MADAYA, 14, actors=[GOV, CIV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Rebels and government agree truce for Homs district",
        published="2015-12-08T13:00:00Z",
        body="HOMS, Syria (AFP) - Rebels and government forces agreed a ceasefire on Tuesday "
        "for al-Waer, the last opposition-held district of Homs city, under a UN-backed deal "
        "that will see hundreds of fighters leave, the provincial governor said. A previous "
        "truce in the district collapsed in March amid heavy shelling.",
        is_syria_related=True,
        entities=["group:syrian-rebels", GOV, "org:un", "state:syria"],
        places=[HOMS, place("Al-Waer", 34.74, 36.68)],
        events=[event(AGREE, place("Al-Waer", 34.74, 36.68), actors=["group:syrian-rebels", GOV])],
        claims=[claim(None)],
    ),
    dict(
        title="Strike on Idlib market deadliest in a year, monitor says",
        published="2016-10-13T11:00:00Z",
        body="Russian air strikes on a crowded market in the town of Maarat al-Numan in Idlib "
        "province killed 43 civilians on Wednesday, the deadliest strike on the province "
        "since Russia began its air campaign in September 2015, the Syrian Observatory for "
        "Human Rights said. The war has killed more than 300,000 people since it began in "
        "2011.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia", "org:sohr"],
        places=[MAARAT_AL_NUMAN, "gov:idlib"],
        events=[event(AIR, MAARAT_AL_NUMAN, 43, actors=["group:russian-forces", CIV])],
        background_figures=[300000],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Sick children evacuated from besieged Madaya",
        published="2016-01-14T17:00:00Z",
        body="Aid workers evacuated 10 sick children from the besieged town of Madaya on "
        "Thursday under a UN-brokered deal, the International Committee of the Red Cross "
        "said. Residents say dozens have died of hunger since the siege began in July.",
        is_syria_related=True,
        entities=["org:un", "org:icrc"],
        places=[MADAYA],
        events=[],
        claims=[claim("org:icrc"), claim(None)],
    ),
    dict(
        title="Inspectors to visit more Syrian chemical weapons sites",
        published="2014-01-10T10:00:00Z",
        body="International inspectors will visit more of Syria's chemical weapons sites "
        "this month to oversee the destruction of the country's arsenal, the Organisation "
        "for the Prohibition of Chemical Weapons said on Friday. The mission follows a deal "
        "reached in September 2013 by the United States and Russia, after a sarin attack "
        "near Damascus in August 2013 killed hundreds of people.",
        is_syria_related=True,
        entities=["state:syria", "org:opcw", "state:usa", "state:russia"],
        places=[DAMASCUS],
        events=[],
        background_figures=[100],
        claims=[claim("org:opcw")],
    ),
    dict(
        title="Regime airstrikes pound Palmyra outskirts",
        published="2017-03-01T09:00:00Z",
        body="BEIRUT (AFP) - Regime airstrikes pounded the outskirts of Palmyra on Tuesday as "
        "government troops backed by Russian warplanes prepared an offensive on the ancient "
        "city, the Syrian Observatory for Human Rights said. Islamic State jihadists "
        "recaptured Palmyra in December 2016, nine months after they were driven out of it.",
        is_syria_related=True,
        entities=[GOV, "group:russian-forces", "org:sohr", "group:isis"],
        places=[BEIRUT, PALMYRA],
        events=[event(AIR, PALMYRA, actors=[GOV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="مقتل خمسة عناصر من قوات النظام بهجوم لتنظيم داعش في البادية",
        published="2019-04-10T08:00:00Z",
        language="ar",
        body="قتل خمسة عناصر من قوات النظام وأصيب ثلاثة آخرون في هجوم شنه عناصر من تنظيم "
        "داعش على نقطة عسكرية في بادية الميادين شرقي دير الزور، بحسب المرصد السوري لحقوق "
        "الإنسان. ويأتي الهجوم بعد أسبوع من هجوم مماثل في بادية السخنة.",
        is_syria_related=True,
        entities=[GOV, "group:isis", "org:sohr"],
        places=[MAYADIN, "gov:deir-ez-zor", place("Al-Sukhnah", 34.88, 38.87)],
        events=[event(CLASH, MAYADIN, 5, 3, actors=["group:isis", GOV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="استشهاد مدنيين اثنين بقذائف صاروخية على حي عكرمة في حمص",
        published="2016-05-03T10:00:00Z",
        language="ar",
        body="حمص-سانا: استشهد مدنيان وأصيب سبعة آخرون جراء سقوط قذائف صاروخية أطلقها "
        "إرهابيون على حي عكرمة في مدينة حمص صباح اليوم، وفق ما أفاد مصدر في قيادة الشرطة.",
        is_syria_related=True,
        entities=["org:sana"],
        places=[HOMS, place("Akrama", 34.72, 36.70)],
        events=[event(SHELL, HOMS, 2, 7)],
        claims=[claim(None)],
    ),
    dict(
        title="Lebanese army clashes with gunmen in Tripoli",
        published="2014-10-26T18:00:00Z",
        body="TRIPOLI, Lebanon (Reuters) - Lebanese soldiers clashed with Islamist gunmen in "
        "the northern city of Tripoli on Sunday, killing three, the army said. The violence "
        "has been fuelled by the war in neighbouring Syria.",
        is_syria_related=False,
        entities=["state:lebanon", "state:syria"],
        places=[place("Tripoli", 34.44, 35.83)],
        events=[],
    ),
    dict(
        title="Suicide bomber kills 12 at checkpoint in Deir az-Zour",
        published="2018-02-20T12:00:00Z",
        body="A suicide bomber blew himself up at a checkpoint manned by the Kurdish-led "
        "Syrian Democratic Forces in the town of Busayrah in Deir az-Zour province on "
        "Tuesday, killing 12 fighters, the Syrian Observatory for Human Rights said. The "
        "Islamic State group, which once held most of the province, has killed tens of "
        "thousands of people in Syria and Iraq since 2014.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr", "group:isis", "state:iraq", "state:syria"],
        places=[BUSAYRAH, "gov:deir-ez-zor"],
        events=[event(SUICIDE, BUSAYRAH, 12)],
        background_figures=[10000],
        claims=[claim("org:sohr")],
    ),
]


# Round 30: mostly Arabic, written after the rule that "هجوم" alone is no battle, to
# see what it costs: attacks told in the ways Arabic copy tells them, truces agreed and
# named, a besieged town, an anniversary, a retaking told years later
JASIM = place("Jasim", 32.99, 36.06)

THIRTIETH_ROUND = [
    dict(
        title="مقتل ثلاثة عناصر من قسد بهجوم على حاجز في ذيبان",
        published="2022-08-10T09:00:00Z",
        language="ar",
        body="قُتل ثلاثة عناصر من قوات سوريا الديمقراطية بهجوم نفذه مسلحون مجهولون على حاجز "
        "لهم في بلدة ذيبان بريف دير الزور الشرقي، بحسب المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],
        places=[DHIBAN, "gov:deir-ez-zor"],
        events=[event(CLASH, DHIBAN, 3)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="مقتل سبعة عناصر من قوات النظام بهجوم لخلايا التنظيم في البادية",
        published="2019-11-20T10:00:00Z",
        language="ar",
        body="شنت خلايا تنظيم الدولة الإسلامية هجوماً على مواقع لقوات النظام في بادية حمص "
        "الشرقية، ما أدى لمقتل سبعة عناصر، وفق المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:isis", GOV, "org:sohr"],
        places=["gov:homs"],
        events=[event(CLASH, "gov:homs", 7, actors=["group:isis", GOV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="مقتل عنصرين من الأمن العام بهجوم قرب جاسم",
        published="2025-06-03T08:00:00Z",
        language="ar",
        body="تعرضت دورية للأمن العام لهجوم قرب مدينة جاسم في ريف درعا الشمالي، أسفر عن "
        "مقتل عنصرين وإصابة ثالث، بحسب مصادر محلية.",
        is_syria_related=True,
        entities=[G2024],
        places=[JASIM, "gov:daraa"],
        events=[event(CLASH, JASIM, 2, 1)],
        claims=[claim(None)],
    ),
    dict(
        title="ناشطون يحيون ذكرى هجوم خان شيخون الكيميائي",
        published="2018-04-04T12:00:00Z",
        language="ar",
        body="أحيا ناشطون في إدلب الذكرى السنوية الأولى للهجوم الكيميائي على مدينة خان "
        "شيخون، الذي أودى بحياة أكثر من 80 شخصاً.",
        is_syria_related=True,
        entities=[],
        places=[IDLIB, KHAN_SHAYKHUN],
        events=[],
        background_figures=[80],
    ),
    dict(
        title="اتفاق لوقف إطلاق النار في درعا البلد",
        published="2021-09-06T16:00:00Z",
        language="ar",
        body="توصلت اللجنة المركزية في درعا البلد وقوات النظام إلى اتفاق لوقف إطلاق النار "
        "برعاية روسية، يقضي بتسليم السلاح الخفيف ودخول الشرطة العسكرية الروسية إلى الحي.",
        is_syria_related=True,
        entities=[GOV, "group:russian-forces", "state:russia"],
        places=[DARAA],
        events=[event(AGREE, DARAA)],
    ),
    dict(
        title="إصابة ثلاثة مدنيين بقصف لقوات النظام على كنصفرة",
        published="2020-02-10T11:00:00Z",
        language="ar",
        body="رغم اتفاق وقف إطلاق النار، قصفت قوات النظام بالمدفعية بلدة كنصفرة في جبل "
        "الزاوية بريف إدلب الجنوبي، ما أدى لإصابة ثلاثة مدنيين، بحسب الدفاع المدني السوري.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=[KANSAFRA, JABAL_AL_ZAWIYA, "gov:idlib"],
        events=[event(SHELL, KANSAFRA, None, 3, actors=[GOV, CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="مقتل طفلين بقصف على مضايا المحاصرة",
        published="2016-01-20T10:00:00Z",
        language="ar",
        body="قُتل طفلان بقصف مدفعي لقوات النظام على بلدة مضايا المحاصرة في ريف دمشق، وفق ناشطين.",
        is_syria_related=True,
        entities=[GOV],
        places=[MADAYA, "gov:rif-dimashq"],
        events=[event(SHELL, MADAYA, 2, actors=[GOV, CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="IS attack kills 11 soldiers near Sukhnah",
        published="2017-05-15T09:00:00Z",
        body="Islamic State fighters launched an attack on government positions near Sukhnah "
        "on Sunday, killing 11 soldiers, the Syrian Observatory for Human Rights said. The "
        "army said it had repelled the assault.",
        is_syria_related=True,
        entities=["group:isis", GOV, "org:sohr"],
        places=[SUKHNAH],
        events=[event(CLASH, SUKHNAH, 11, actors=["group:isis", GOV])],
        claims=[claim("org:sohr"), claim(GOV)],
    ),
    dict(
        title="Five years on, Aleppo's Old City still in ruins",
        published="2021-12-22T10:00:00Z",
        body="Five years after government forces retook eastern Aleppo from rebels, much of "
        "the Old City remains in ruins, residents say. The final evacuation of fighters and "
        "civilians under a Russian-brokered deal ended on 22 December 2016.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels", "state:russia"],
        places=[ALEPPO],
        events=[],
        claims=[claim(None)],
    ),
    dict(
        title="استشهاد مدني بقذائف على حي الميدان في حلب",
        published="2016-10-05T10:00:00Z",
        language="ar",
        body="استشهد مدني وأصيب خمسة آخرون جراء اعتداء المجموعات الإرهابية بالقذائف "
        "الصاروخية على حي الميدان في مدينة حلب، وفق ما أفاد مصدر في قيادة شرطة حلب.",
        is_syria_related=True,
        entities=[],
        places=[ALEPPO, place("Al-Midan", 36.215, 37.165)],
        events=[event(SHELL, ALEPPO, 1, 5)],
        claims=[claim(None)],
    ),
]


# Round 31: capitals that speak for their states ("Damascus said", "Moscow denied",
# "Ankara has stepped up"), denials that answer a claim and ones that do not, a
# neighbour's meeting, an Iraqi raid near the border, and Arabic bulletins
KISWEH = place("Kisweh", 33.36, 36.24)
AMUDA = place("Amuda", 37.10, 40.93)
JARAMANA = place("Jaramana", 33.49, 36.35)
YADUDAH = place("Al-Yadudah", 32.70, 36.03)

THIRTY_FIRST_ROUND = [
    dict(
        title="Israeli strikes hit former army base near Kisweh",
        published="2025-08-27T08:00:00Z",
        body="Israeli air strikes hit a former army base near Kisweh, south of Damascus, late "
        "on Tuesday, killing two soldiers of the new Syrian army, the state news agency SANA "
        "reported. Damascus said the strikes were a flagrant violation of Syrian sovereignty. "
        "The Israeli military said it had targeted weapons left behind by the former "
        "government.",
        is_syria_related=True,
        entities=["group:israeli-forces", G2024, "org:sana", "state:syria"],
        places=[KISWEH, DAMASCUS],
        events=[event(AIR, KISWEH, 2, actors=["group:israeli-forces", G2024], day="2025-08-26")],
        claims=[claim("org:sana"), claim("state:syria"), claim("group:israeli-forces")],
    ),
    dict(
        title="Turkish drone kills two SDF fighters near Qamishli",
        published="2023-12-09T10:00:00Z",
        body="A Turkish drone struck a vehicle on the road between Qamishli and Amuda on "
        "Friday, killing two fighters of the Syrian Democratic Forces and wounding a third, "
        "the Syrian Observatory for Human Rights said. Ankara has stepped up drone strikes on "
        "Kurdish-led forces since a bombing in Ankara in October, which it blamed on Kurdish "
        "militants.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf", "org:sohr", "state:turkey"],
        places=[QAMISHLI, AMUDA],
        events=[event(AIR, QAMISHLI, 2, 1, actors=["group:turkish-forces", "group:sdf"])],
        claims=[claim("org:sohr"), claim("state:turkey")],  # it blamed the bombing on them
    ),
    dict(
        title="اشتباكات بين الأمن العام ومسلحين في جرمانا",
        published="2025-03-02T09:00:00Z",
        language="ar",
        body="اندلعت اشتباكات بين عناصر من الأمن العام ومسلحين محليين في مدينة جرمانا بريف "
        "دمشق، أسفرت عن مقتل عنصر من الأمن العام وإصابة أربعة آخرين، بحسب وزارة الداخلية "
        "السورية.",
        is_syria_related=True,
        entities=[G2024, "org:syrian-interior-ministry"],
        places=[JARAMANA, "gov:rif-dimashq"],
        events=[event(CLASH, JARAMANA, 1, 4)],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Iraqi forces kill five IS militants in Anbar desert",
        published="2024-02-18T12:00:00Z",
        body="Iraqi counter-terrorism forces killed five Islamic State militants in an "
        "air-backed raid in the Anbar desert on Sunday, Iraq's Joint Operations Command said. "
        "The area borders Syria, where the group still has cells.",
        is_syria_related=False,
        entities=["state:iraq", "group:isis", "state:syria"],
        places=[],
        events=[],
    ),
    dict(
        title="Russian and Syrian jets pound eastern Aleppo",
        published="2016-09-30T09:00:00Z",
        body="Russian and Syrian jets pounded rebel-held eastern Aleppo on Thursday, killing "
        "at least 25 people, rescue workers said. Moscow denied its aircraft were involved, "
        "saying only Syrian planes had flown over the city.",
        is_syria_related=True,
        entities=["group:russian-forces", GOV, "group:syrian-rebels", "state:russia"],
        places=[ALEPPO],
        events=[event(AIR, ALEPPO, 25, actors=["group:russian-forces", GOV], day="2016-09-29")],
        claims=[claim(None, contested=True), claim("state:russia", "denies", contested=True)],
    ),
    dict(
        title="مقتل مدنيين اثنين بانفجار عبوة ناسفة في الباب",
        published="2022-04-11T10:00:00Z",
        language="ar",
        body="انفجرت عبوة ناسفة مزروعة في سيارة مدنية قرب دوار السنتر في مدينة الباب بريف حلب "
        "الشرقي، ما أدى لمقتل مدنيين اثنين وإصابة سبعة آخرين بجروح، وفق الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[AL_BAB, "gov:aleppo"],
        events=[event(IED, AL_BAB, 2, 7)],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Suwayda protests enter another week",
        published="2024-03-01T18:00:00Z",
        body="Hundreds of people took to the streets of Suwayda again on Friday, chanting "
        "against President Bashar al-Assad and demanding the release of detainees. Protesters "
        "gathered in Karama Square, as they have every week since August last year. No "
        "arrests were reported.",
        is_syria_related=True,
        entities=["person:bashar-al-assad"],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO])],
    ),
    dict(
        title="Government forces take Khan Sheikhoun",
        published="2019-08-21T15:00:00Z",
        body="Government forces captured the town of Khan Sheikhoun on Wednesday after rebels "
        "withdrew overnight, state media said. Hayat Tahrir al-Sham said its fighters had "
        "redeployed south of the town but denied losing it.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels", "group:hts"],
        places=[KHAN_SHAYKHUN],
        events=[event(REGAIN, KHAN_SHAYKHUN, actors=[GOV, "group:syrian-rebels"])],
        claims=[
            claim(None, contested=True),
            claim("group:hts"),
            claim("group:hts", "denies", contested=True),
        ],
    ),
    dict(
        title="اختطاف شاب في ريف درعا الغربي",
        published="2021-07-14T11:00:00Z",
        language="ar",
        body="اختطف مسلحون مجهولون شاباً من بلدة اليادودة في ريف درعا الغربي، وطالبوا ذويه "
        "بفدية مالية مقابل الإفراج عنه، بحسب تجمع أحرار حوران.",
        is_syria_related=True,
        entities=[],
        places=[YADUDAH, "gov:daraa"],
        events=[event(ABDUCT, YADUDAH)],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish and Syrian foreign ministers meet in Ankara",
        published="2025-04-15T10:00:00Z",
        body="The Turkish and Syrian foreign ministers met in Ankara on Monday to discuss the "
        "return of refugees and border security, Turkey's foreign ministry said. Syrian Foreign "
        "Minister Asaad al-Shaibani said Damascus wanted to open a new page with its "
        "neighbours.",
        is_syria_related=True,
        entities=["state:turkey", "state:syria", "person:asaad-al-shaibani"],
        places=[place("Ankara", 39.93, 32.86)],
        events=[],
        claims=[claim("state:turkey"), claim("person:asaad-al-shaibani")],
    ),
]


# Round 32: a monitor's bulletin of separate incidents, SANA's army statements in
# Arabic, analysis with ten years of history, Turkish and Syrian forces trading
# fire, a coalition-backed assault both sides tell, an OPCW finding on a past
# attack, smugglers at the Jordanian border, barrel bombs without a toll, a
# Lebanese negative
INKHIL = place("Inkhil", 33.02, 36.13)
MUZAYRIB = place("Muzayrib", 32.71, 35.99)
HABIT = place("Al-Habit", 35.46, 36.61)
DARAYYA = place("Darayya", 33.46, 36.24)

THIRTY_SECOND_ROUND = [
    dict(
        title="SOHR: three killed in separate incidents in Daraa countryside",
        published="2022-11-03T12:00:00Z",
        body="The Syrian Observatory for Human Rights has documented the deaths of three people "
        "in separate incidents in Daraa countryside. Unidentified gunmen shot dead a former "
        "opposition commander in the town of Inkhil on Wednesday evening. Separately, a young "
        "man was killed and two others were injured when an explosive device went off in the "
        "town of Muzayrib. Meanwhile, a child died of wounds sustained days ago in a landmine "
        "explosion near Tafas.",
        is_syria_related=True,
        entities=["org:sohr", "group:syrian-rebels"],
        places=["gov:daraa", INKHIL, MUZAYRIB, TAFAS],
        events=[event(ATTACK, INKHIL, 1, day="2022-11-02"), event(IED, MUZAYRIB, 1, 2)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="وحدات من الجيش تستهدف مقرات الإرهابيين في ريف إدلب الجنوبي",
        published="2019-05-20T10:00:00Z",
        language="ar",
        body="استهدفت وحدات من الجيش العربي السوري بالمدفعية الثقيلة والصواريخ مقرات وتحصينات "
        "للمجموعات الإرهابية في بلدتي كفرنبودة والهبيط بريف إدلب الجنوبي، ما أدى إلى تدميرها "
        "ومقتل عدد من الإرهابيين، حسبما أفاد مراسل سانا.",
        is_syria_related=True,
        entities=[GOV, "org:sana"],
        places=[KAFR_NABUDAH, HABIT, "gov:idlib"],
        events=[
            event(SHELL, KAFR_NABUDAH, actors=[GOV]),
            event(SHELL, HABIT, actors=[GOV]),
        ],
        claims=[claim("org:sana")],
    ),
    dict(
        title="Israeli strike kills two Hezbollah members in south Lebanon",
        published="2024-10-02T09:00:00Z",
        body="An Israeli drone strike on a car in the southern Lebanese town of Nabatieh killed "
        "two Hezbollah members on Tuesday, Lebanon's state news agency said. Hezbollah has "
        "been exchanging fire with Israel since October last year.",
        is_syria_related=False,
        entities=["group:israeli-forces", "group:hezbollah", "state:lebanon", "state:israel"],
        places=[place("Nabatieh", 33.38, 35.48)],
        events=[],
    ),
    dict(
        title="Ten years on, Daraa's uneasy calm",
        published="2021-03-18T08:00:00Z",
        body="Ten years after protests in Daraa sparked the uprising against Bashar al-Assad, "
        "the southern province remains restive. Under a 2018 deal brokered by Russia, former "
        "rebels handed over heavy weapons and government forces returned to the city. Since "
        "then, dozens of former fighters have been assassinated. On Tuesday, gunmen killed a "
        "member of the Fourth Division at a checkpoint near Sanamayn, according to local "
        "activists.",
        is_syria_related=True,
        entities=[
            "person:bashar-al-assad",
            "state:russia",
            "group:syrian-rebels",
            GOV,
            "group:fourth-division",
        ],
        places=[DARAA, SANAMAYN],
        events=[
            event(CLASH, SANAMAYN, 1, actors=["group:fourth-division"], day="2021-03-16"),
        ],
        claims=[claim(None)],
        background_figures=[12],
    ),
    dict(
        title="Turkish and Syrian forces clash near Saraqeb",
        published="2020-02-27T20:00:00Z",
        body="Turkish troops and Syrian government forces exchanged artillery fire around "
        "Saraqeb on Thursday, a day after rebels backed by Ankara recaptured the town. "
        "Turkey's defence ministry said two of its soldiers were killed in an air strike by "
        "Syrian jets. Damascus made no comment.",
        is_syria_related=True,
        entities=[
            "group:turkish-forces",
            GOV,
            "group:syrian-rebels",
            "state:turkey",
            "state:syria",
        ],
        places=[SARAQIB],
        events=[
            event(SHELL, SARAQIB, actors=["group:turkish-forces", GOV], day="2020-02-27"),
            event(AIR, SARAQIB, 2, actors=[GOV, "group:turkish-forces"]),
        ],
        claims=[claim("state:turkey")],
    ),
    dict(
        title="قسد تعتقل شباناً في حملة دهم بالرقة",
        published="2021-06-08T10:00:00Z",
        language="ar",
        body="شنت قوات سوريا الديمقراطية (قسد) حملة دهم واعتقالات في حي الرميلة بمدينة الرقة، "
        "طالت 12 شاباً بتهمة التخلف عن أداء الخدمة الإلزامية، وفق شبكة الخابور المحلية.",
        is_syria_related=True,
        entities=["group:sdf"],
        places=[place("Al-Rumaila", 35.955, 39.02), RAQQA],
        events=[event(ARREST, RAQQA, actors=["group:sdf"])],
        claims=[claim(None)],
    ),
    dict(
        title="US-backed forces push into Raqqa's old city",
        published="2017-07-04T09:00:00Z",
        body="US-backed Syrian Democratic Forces breached the wall of Raqqa's old city on "
        "Monday, helped by coalition air strikes, the US-led coalition said. At least 20 "
        "Islamic State fighters were killed in the fighting, according to the SDF. Islamic "
        "State's Amaq news agency said its fighters had repelled the attack.",
        is_syria_related=True,
        entities=["group:sdf", "group:us-coalition", "group:isis", "state:usa"],
        places=[RAQQA],
        events=[
            event(CLASH, RAQQA, 20, actors=["group:sdf", "group:isis"], day="2017-07-03"),
            event(AIR, RAQQA),
        ],
        claims=[
            claim("group:us-coalition", contested=True),
            claim("group:sdf"),
            claim("group:isis", contested=True),
        ],
    ),
    dict(
        title="OPCW blames Syrian air force for 2018 Douma chlorine attack",
        published="2023-01-27T14:00:00Z",
        body="The Organisation for the Prohibition of Chemical Weapons said on Friday there were "
        "reasonable grounds to believe that a Syrian air force helicopter dropped two chlorine "
        "cylinders on Douma in April 2018, killing 43 people. Damascus has denied using "
        "chemical weapons.",
        is_syria_related=True,
        entities=["org:opcw", GOV, "state:syria"],
        places=[DOUMA],
        events=[],
        claims=[claim("org:opcw", contested=True), claim("state:syria", "denies", contested=True)],
        background_figures=[43],
    ),
    dict(
        title="الجيش الأردني يقتل أربعة مهربين على الحدود مع سوريا",
        published="2022-01-27T10:00:00Z",
        language="ar",
        body="قتل الجيش الأردني أربعة مهربين وأصاب آخرين خلال محاولتهم تهريب كميات كبيرة من "
        "المخدرات من الأراضي السورية إلى الأردن، بحسب بيان للقوات المسلحة الأردنية.",
        is_syria_related=True,
        entities=["state:jordan", "state:syria"],
        places=[],
        events=[event(CLASH, None, 4)],
        claims=[claim("state:jordan")],
    ),
    dict(
        title="Barrel bombs hit Daraya",
        published="2016-06-11T09:00:00Z",
        body="Government helicopters dropped at least 20 barrel bombs on the besieged town of "
        "Daraya on Friday, activists said. There was no immediate word on casualties.",
        is_syria_related=True,
        entities=[GOV],
        places=[DARAYYA],
        events=[event(AIR, DARAYYA, actors=[GOV], day="2016-06-10")],
        claims=[claim(None)],
    ),
]


# Round 33: a strike on a consulate, HTS arresting activists, refugees returning
# (no event), a car bomb told by SANA, Turkish-backed shelling told by the Asayish,
# truffle hunters killed, Baba Amr in 2012, an assassination in Arabic, a protest
# dispersed on the coast, a Turkish negative
MEZZEH = place("Mezzeh", 33.50, 36.25)
BABA_AMR = place("Baba Amr", 34.72, 36.69)

THIRTY_THIRD_ROUND = [
    dict(
        title="Israeli strike destroys Iranian consulate in Damascus",
        published="2024-04-02T07:00:00Z",
        body="An Israeli air strike destroyed Iran's consulate building in the Mezzeh district "
        "of Damascus on Monday, killing seven members of the Revolutionary Guards including "
        "two generals, Iran's state media said. Israel did not comment.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:iran", "group:irgc", "state:israel"],
        places=[MEZZEH, DAMASCUS],
        events=[
            event(AIR, MEZZEH, 7, actors=["group:israeli-forces", "group:irgc"], day="2024-04-01")
        ],
        claims=[claim("state:iran")],
    ),
    dict(
        title="هيئة تحرير الشام تعتقل ناشطين في سرمدا",
        published="2023-05-10T10:00:00Z",
        language="ar",
        body="شنت هيئة تحرير الشام حملة اعتقالات طالت عدداً من الناشطين الإعلاميين في مدينة "
        "سرمدا شمالي إدلب، على خلفية انتقادهم لسياسات الهيئة، وفق المرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=["group:hts", "org:sohr"],
        places=[SARMADA, "gov:idlib"],
        events=[event(ARREST, SARMADA, actors=["group:hts"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="300,000 Syrians return from Lebanon since Assad's fall",
        published="2025-03-20T12:00:00Z",
        body="More than 300,000 Syrians have crossed back from Lebanon since the fall of Bashar "
        "al-Assad in December, the UN refugee agency said on Thursday. Many returned to homes "
        "in Homs and Qusayr that were damaged in years of fighting.",
        is_syria_related=True,
        entities=["state:lebanon", "person:bashar-al-assad", "org:un"],
        places=[HOMS, place("Qusayr", 34.51, 36.58)],
        events=[],
        claims=[claim("org:un")],
    ),
    dict(
        title="استشهاد أربعة مواطنين بتفجير سيارة مفخخة في حي الزهراء بحمص",
        published="2016-02-21T13:00:00Z",
        language="ar",
        body="انفجرت سيارة مفخخة في حي الزهراء بمدينة حمص، ما أدى إلى استشهاد أربعة مواطنين وإصابة "
        "15 آخرين بجروح، حسبما أفاد مصدر في قيادة شرطة حمص لسانا.",
        is_syria_related=True,
        entities=["org:sana"],
        places=[HOMS, place("Al-Zahraa", 34.72, 36.73)],
        events=[event(IED, HOMS, 4, 15)],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish-backed factions shell Tal Tamr villages",
        published="2022-10-16T11:00:00Z",
        body="Turkish-backed factions shelled villages around Tal Tamr in Hasakah countryside on "
        "Saturday, wounding three civilians including a child, the Kurdish-led Asayish said.",
        is_syria_related=True,
        entities=["group:sna", "group:asayish"],
        places=[TAL_TAMR, "gov:hasakah"],
        events=[event(SHELL, TAL_TAMR, None, 3, actors=["group:sna", CIV], day="2022-10-15")],
        claims=[claim("group:asayish")],
    ),
    dict(
        title="IS kills 16 truffle hunters near Palmyra",
        published="2023-03-12T09:00:00Z",
        body="At least 16 truffle hunters were killed when Islamic State militants attacked them "
        "in the desert near Palmyra on Saturday, the Syrian Observatory for Human Rights said, "
        "the latest in a series of such attacks.",
        is_syria_related=True,
        entities=["group:isis", "org:sohr"],
        places=[PALMYRA],
        events=[event(ATTACK, PALMYRA, 16, actors=["group:isis", CIV], day="2023-03-11")],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Syrian troops storm Baba Amr",
        published="2012-03-01T16:00:00Z",
        body="Syrian troops stormed the Baba Amr district of Homs on Thursday after rebels "
        "withdrew, activists said.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels"],
        places=[BABA_AMR, HOMS],
        events=[event(REGAIN, BABA_AMR, actors=[GOV, "group:syrian-rebels"])],
        claims=[claim(None)],
    ),
    dict(
        title="اغتيال قيادي سابق في المعارضة بطفس",
        published="2020-09-14T10:00:00Z",
        language="ar",
        body="اغتال مسلحون مجهولون قيادياً سابقاً في فصائل المعارضة بإطلاق النار عليه في مدينة "
        "طفس بريف درعا الغربي، بحسب تجمع أحرار حوران.",
        is_syria_related=True,
        entities=["group:syrian-rebels"],
        places=[TAFAS, "gov:daraa"],
        events=[event(ATTACK, TAFAS, 1)],
        claims=[claim(None)],
    ),
    dict(
        title="Security forces disperse protest in Latakia",
        published="2025-11-26T10:00:00Z",
        body="Security forces fired in the air to disperse hundreds of Alawite protesters in "
        "Latakia on Tuesday, a monitor said, after demonstrators blocked a main road demanding "
        "the release of relatives.",
        is_syria_related=True,
        entities=[G2024],
        places=[LATAKIA],
        events=[event(INTERVENTION, LATAKIA, actors=[PRO, G2024], day="2025-11-25")],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish police detain 20 IS suspects in Istanbul",
        published="2024-01-09T10:00:00Z",
        body="Turkish police detained 20 people suspected of links to Islamic State in raids "
        "across Istanbul on Tuesday, state-run Anadolu Agency reported. Some of the suspects "
        "had fought in Syria, it said.",
        is_syria_related=False,
        entities=["group:isis", "state:syria", "state:turkey"],
        places=[place("Istanbul", 41.01, 28.98)],
        events=[],
    ),
]


# Round 34: mostly Arabic again, from outlets' own styles: the Observatory's shelling
# without casualties, Enab Baladi on a bus bombing, North Press on a drone, Syria TV on
# a protest against HTS, the 2025 interior ministry, Hawar on a Kurdish fighter, Zaman
# al-Wasl on a body found, the UN envoy with the war's toll; English on Ras al-Ain and
# a Lebanese negative
BARA = place("Al-Bara", 35.68, 36.54)

THIRTY_FOURTH_ROUND = [
    dict(
        title="قصف مدفعي على البارة في جبل الزاوية",
        published="2021-06-05T10:00:00Z",
        language="ar",
        body="قصفت قوات النظام بقذائف المدفعية أطراف بلدة البارة في جبل الزاوية جنوبي إدلب، دون "
        "ورود معلومات عن خسائر بشرية.",
        is_syria_related=True,
        entities=[GOV],
        places=[BARA, JABAL_AL_ZAWIYA, "gov:idlib"],
        events=[event(SHELL, BARA, actors=[GOV])],
    ),
    dict(
        title="مقتل 14 عسكرياً بتفجير حافلة مبيت عند جسر الرئيس في دمشق",
        published="2021-10-20T09:00:00Z",
        language="ar",
        body="قُتل 14 عسكرياً وأصيب ثلاثة آخرون جراء تفجير عبوتين ناسفتين استهدفتا حافلة مبيت "
        "عسكرية عند جسر الرئيس وسط دمشق، بحسب ما نقلته وكالة سانا عن مصدر عسكري.",
        is_syria_related=True,
        entities=["org:sana"],
        places=[DAMASCUS],
        events=[event(IED, DAMASCUS, 14, 3)],
        claims=[claim("org:sana")],
    ),
    dict(
        title="مقتل شخصين باستهداف مسيرة تركية سيارة شرقي كوباني",
        published="2022-07-22T12:00:00Z",
        language="ar",
        body="استهدفت طائرة مسيرة تركية سيارة مدنية على طريق قرية كرك شرقي مدينة كوباني، ما أدى "
        "إلى مقتل شخصين وإصابة ثالث بجروح.",
        is_syria_related=True,
        entities=["group:turkish-forces"],
        places=[KOBANI],
        events=[event(AIR, KOBANI, 2, 1)],
    ),
    dict(
        title="مظاهرة في إدلب تطالب بإسقاط الجولاني",
        published="2024-03-08T15:00:00Z",
        language="ar",
        body="تظاهر مئات الأشخاص في مدينة إدلب، اليوم الجمعة، للمطالبة بإسقاط قائد هيئة تحرير "
        "الشام أبو محمد الجولاني والإفراج عن المعتقلين في سجون الهيئة.",
        is_syria_related=True,
        entities=["group:hts", "person:ahmed-al-sharaa"],
        places=[IDLIB],
        events=[event(PROTEST, IDLIB, actors=[PRO], day="2024-03-08")],
    ),
    dict(
        title="القبض على خلية متورطة بالهجوم على دورية في ريف جبلة",
        published="2025-04-02T10:00:00Z",
        language="ar",
        body="ألقت إدارة الأمن العام في محافظة اللاذقية القبض على خلية من فلول النظام البائد "
        "متورطة في الهجوم على دورية للأمن العام في قرية بيت عانا بريف جبلة، وفق ما أعلنت "
        "وزارة الداخلية.",
        is_syria_related=True,
        entities=[G2024, "org:syrian-interior-ministry"],
        places=["gov:latakia", place("Beit Ana", 35.33, 36.03), JABLEH],
        events=[event(ARREST, JABLEH, actors=[G2024])],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="استشهاد مقاتل من وحدات حماية الشعب بهجوم في ريف منبج",
        published="2019-12-03T10:00:00Z",
        language="ar",
        body="استشهد مقاتل من وحدات حماية الشعب وأصيب اثنان آخران إثر هجوم لمرتزقة الاحتلال "
        "التركي على نقاط التماس في ريف منبج.",
        is_syria_related=True,
        entities=["group:ypg", "state:turkey"],
        places=[MANBIJ],
        events=[event(CLASH, MANBIJ, 1, 2)],
    ),
    dict(
        title="العثور على جثة شاب في ذيبان بعد اختطافه",
        published="2023-01-18T10:00:00Z",
        language="ar",
        body="عثر أهالي بلدة ذيبان بريف دير الزور الشرقي على جثة شاب مقتولاً بطلق ناري في الرأس، "
        "بعد يومين من اختطافه على يد مجهولين.",
        is_syria_related=True,
        entities=[],
        places=[DHIBAN, "gov:deir-ez-zor"],
        events=[event(ATTACK, DHIBAN, 1)],
    ),
    dict(
        title="بيدرسن يدعو لاستئناف أعمال اللجنة الدستورية",
        published="2023-06-27T12:00:00Z",
        language="ar",
        body="قال المبعوث الأممي إلى سوريا غير بيدرسن إن الحرب التي اندلعت عام 2011 أودت بحياة "
        "أكثر من 300 ألف مدني، داعياً إلى استئناف أعمال اللجنة الدستورية في جنيف.",
        is_syria_related=True,
        entities=["person:geir-pedersen", "org:un", "state:syria"],
        places=[place("Geneva", 46.20, 6.14)],
        events=[],
        claims=[claim("person:geir-pedersen")],
        background_figures=[300000],
    ),
    dict(
        title="Turkish jets and artillery pound Ras al-Ain",
        published="2019-10-10T15:00:00Z",
        body="Turkish warplanes and artillery pounded Kurdish-held Ras al-Ain on the second day "
        "of Ankara's offensive, while the SDF said it had repelled a ground attack. At least "
        "eight civilians were killed, the Kurdish Red Crescent said.",
        is_syria_related=True,
        entities=["group:turkish-forces", "state:turkey", "group:sdf"],
        places=[RAS_AL_AIN],
        events=[
            event(AIR, RAS_AL_AIN, 8, actors=["group:turkish-forces", CIV]),
            event(CLASH, RAS_AL_AIN, actors=["group:sdf", "group:turkish-forces"]),
        ],
        claims=[claim("group:sdf"), claim(None)],
    ),
    dict(
        title="Israel strikes Hezbollah depots in Bekaa",
        published="2024-11-05T06:00:00Z",
        body="Israel's military said it struck Hezbollah weapons depots in Lebanon's Bekaa "
        "Valley overnight, near the border with Syria.",
        is_syria_related=False,
        entities=[
            *("group:israeli-forces", "state:israel", "group:hezbollah", "state:lebanon"),
            "state:syria",  # the headline's "Israel"
        ],
        places=[place("Bekaa Valley", 33.85, 35.90)],
        events=[],
    ),
]


# Round 35: 2025 and 2026, as the news runs now: Suwayda's clashes, the SDF's
# agreement with Damascus, an Israeli raid with a firefight, a US strike in Idlib, a
# checkpoint attacked on the coast, a protest against conscription, a year after the
# fall (no event), the army entering Suwayda, Turkish drones at the Tishrin Dam, a
# Lebanese negative

THIRTY_FIFTH_ROUND = [
    dict(
        title="Clashes in Suwayda kill 30",
        published="2025-07-14T08:00:00Z",
        body="Clashes between Druze gunmen and Bedouin tribal fighters in Suwayda province "
        "killed at least 30 people on Sunday, the interior ministry said, before government "
        "forces deployed to restore order.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry", G2024],
        places=["gov:suwayda"],
        events=[event(CLASH, "gov:suwayda", 30, day="2025-07-13")],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="SDF and Damascus sign integration deal",
        published="2025-03-11T09:00:00Z",
        body="SDF commander Mazloum Abdi and President Ahmed al-Sharaa signed an agreement in "
        "Damascus on Monday to integrate the Kurdish-led force's civilian and military "
        "institutions into the Syrian state, the presidency said.",
        is_syria_related=True,
        entities=["group:sdf", "person:mazloum-abdi", "person:ahmed-al-sharaa", "state:syria"],
        places=[DAMASCUS],
        events=[event(AGREE, DAMASCUS, day="2025-03-10")],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli raid on Beit Jinn leaves 13 dead",
        published="2025-11-28T14:00:00Z",
        body="Israeli troops raided Beit Jinn in the Damascus countryside before dawn on "
        "Friday, sparking a firefight with local gunmen in which 13 residents were killed, "
        "state news agency SANA reported.",
        is_syria_related=True,
        entities=["group:israeli-forces", "org:sana"],
        places=[BEIT_JINN, "gov:rif-dimashq"],
        events=[event(CLASH, BEIT_JINN, 13, actors=["group:israeli-forces"], day="2025-11-28")],
        claims=[claim("org:sana")],
    ),
    dict(
        title="US strike kills IS official in Idlib",
        published="2025-07-25T18:00:00Z",
        body="A US drone strike killed a senior Islamic State official near the town of Atmeh "
        "in northern Idlib on Thursday, US Central Command said.",
        is_syria_related=True,
        entities=["group:us-forces", "group:isis"],
        places=[ATMEH, "gov:idlib"],
        events=[event(AIR, ATMEH, 1, actors=["group:us-forces", "group:isis"], day="2025-07-24")],
        claims=[claim("group:us-forces")],
    ),
    dict(
        title="مقتل ثلاثة عناصر من الأمن العام بهجوم على حاجز في ريف اللاذقية",
        published="2025-03-06T10:00:00Z",
        language="ar",
        body="قُتل ثلاثة عناصر من الأمن العام وأصيب آخرون بهجوم شنه مسلحون على حاجز في ريف "
        "اللاذقية، بحسب وزارة الداخلية.",
        is_syria_related=True,
        entities=[G2024, "org:syrian-interior-ministry"],
        places=["gov:latakia"],
        events=[event(CLASH, "gov:latakia", 3)],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Qamishli residents protest conscription",
        published="2024-09-19T12:00:00Z",
        body="Dozens of people protested in Qamishli on Wednesday against forced conscription by "
        "the Kurdish-led administration, local media reported.",
        is_syria_related=True,
        entities=[],
        places=[QAMISHLI],
        events=[event(PROTEST, QAMISHLI, actors=[PRO], day="2024-09-18")],
        claims=[claim(None)],
    ),
    dict(
        title="A year after Assad, the south is still unsettled",
        published="2026-01-10T08:00:00Z",
        body="A year after Assad's fall, the new government has signed reconstruction deals "
        "with Gulf states, but the south remains unstable. Israel has carried out hundreds of "
        "strikes since December 2024, and its troops still hold positions in the former "
        "buffer zone in Quneitra.",
        is_syria_related=True,
        entities=["person:bashar-al-assad", "state:israel"],
        places=[QUNEITRA],
        events=[],
    ),
    dict(
        title="الجيش يدخل مدينة السويداء",
        published="2025-07-15T10:00:00Z",
        language="ar",
        body="دخلت وحدات من الجيش السوري إلى مدينة السويداء لفرض الأمن بعد انسحاب المجموعات "
        "المسلحة منها، بحسب وزارة الدفاع.",
        is_syria_related=True,
        entities=[G2024, "org:syrian-defence-ministry"],
        places=[SUWAYDA],
        events=[event(HANDOVER, SUWAYDA, actors=[G2024])],
        claims=[claim("org:syrian-defence-ministry")],
    ),
    dict(
        title="Turkish drones kill four SDF fighters near Tishrin Dam",
        published="2025-01-08T10:00:00Z",
        body="Turkish drones struck SDF positions near the Tishrin Dam on Tuesday, killing four "
        "fighters, the Kurdish-led force said, as fighting with Turkish-backed factions "
        "entered its second month.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf", "group:sna"],
        places=[TISHRIN_DAM],
        events=[
            event(
                AIR, TISHRIN_DAM, 4, actors=["group:turkish-forces", "group:sdf"], day="2025-01-07"
            )
        ],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="Lebanon elects army chief Aoun as president",
        published="2025-01-09T16:00:00Z",
        body="Lebanon's parliament elected army chief Joseph Aoun as president on Thursday, "
        "ending a two-year vacancy. Aoun pledged to assert the state's monopoly on arms and to "
        "discuss border demarcation with Syria.",
        is_syria_related=False,
        entities=["state:lebanon", "state:syria"],
        places=[],
        events=[],
    ),
]


# Round 36: Arabic again (eight), to see whether round 34's rules carry: a drone on a
# commander's car, SANA on shells, factions fighting each other, a landmine, an arrest
# for a bombing months back, Hawar on Turkish shelling, likely-Russian strikes; English
# on a joint patrol turned back and rebel shelling; an Iraqi negative
MHARDEH = place("Mhardeh", 35.25, 36.57)

THIRTY_SIXTH_ROUND = [
    dict(
        title="مقتل قيادي في هيئة تحرير الشام بضربة مسيرة شمالي إدلب",
        published="2023-06-12T10:00:00Z",
        language="ar",
        body="استهدفت طائرة مسيرة مجهولة سيارة تقل قيادياً في هيئة تحرير الشام على طريق سرمدا "
        "- الدانا شمالي إدلب، ما أدى إلى مقتله على الفور، وفق المرصد السوري.",
        is_syria_related=True,
        entities=["group:hts", "org:sohr"],
        places=[SARMADA, place("Al-Dana", 36.21, 36.77), "gov:idlib"],
        events=[event(AIR, SARMADA, 1)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="استشهاد مدنيين اثنين بقذائف على محردة",
        published="2019-05-28T10:00:00Z",
        language="ar",
        body="استشهد مدنيان وأصيب خمسة آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية "
        "على مدينة محردة في ريف حماة الشمالي الغربي.",
        is_syria_related=True,
        entities=[],
        places=[MHARDEH, "gov:hama"],
        events=[event(SHELL, MHARDEH, 2, 5)],
    ),
    dict(
        title="اشتباكات بين الجبهة الشامية وأحرار الشام في الباب",
        published="2022-06-18T10:00:00Z",
        language="ar",
        body="اندلعت اشتباكات بين فصيلي الجبهة الشامية وأحرار الشام في مدينة الباب بريف حلب "
        "الشرقي، أسفرت عن مقتل مقاتلين اثنين من الطرفين.",
        is_syria_related=True,
        entities=["group:ahrar-al-sham"],
        places=[AL_BAB, "gov:aleppo"],
        events=[event(CLASH, AL_BAB, 2)],
    ),
    dict(
        title="إصابة ثلاثة أطفال بانفجار لغم في ريف الرقة",
        published="2024-04-03T10:00:00Z",
        language="ar",
        body="أصيب ثلاثة أطفال بانفجار لغم من مخلفات الحرب في قرية بريف الرقة الشمالي أثناء "
        "رعيهم الأغنام.",
        is_syria_related=True,
        entities=[],
        places=["gov:raqqa"],
        events=[event(IED, "gov:raqqa", None, 3)],
    ),
    dict(
        title="القبض على المتهم بتفجير كنيسة مار إلياس",
        published="2025-08-20T10:00:00Z",
        language="ar",
        body="أعلنت وزارة الداخلية السورية إلقاء القبض على المتهم بتفجير كنيسة مار إلياس في حي "
        "الدويلعة بدمشق، الذي أودى بحياة 25 شخصاً في حزيران الماضي.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry"],
        places=[place("Al-Dweila", 33.49, 36.33), DAMASCUS],
        events=[event(ARREST, DAMASCUS)],
        claims=[claim("org:syrian-interior-ministry")],
        background_figures=[25],
    ),
    dict(
        title="قصف تركي على قرى شيراوا",
        published="2023-02-02T10:00:00Z",
        language="ar",
        body="قصف جيش الاحتلال التركي بالمدفعية الثقيلة قرى ناحية شيراوا في ريف عفرين، دون ورود "
        "أنباء عن إصابات.",
        is_syria_related=True,
        entities=["group:turkish-forces"],
        places=[place("Sherawa", 36.45, 36.88), AFRIN],
        events=[event(SHELL, place("Sherawa", 36.45, 36.88), actors=["group:turkish-forces"])],
    ),
    dict(
        title="Protesters cut short first joint patrol on M4",
        published="2020-03-16T10:00:00Z",
        body="Russian military police began joint patrols with Turkish troops on the M4 highway "
        "in Idlib on Sunday, but cut the first patrol short after protesters blocked the "
        "road, Russia's defence ministry said.",
        is_syria_related=True,
        entities=["group:russian-forces", "group:turkish-forces", "state:russia"],
        places=["gov:idlib"],
        events=[event(PROTEST, "gov:idlib", actors=[PRO], day="2020-03-15")],
        claims=[claim("state:russia")],
    ),
    dict(
        title="Rebel shelling kills 12 in western Aleppo",
        published="2016-11-21T10:00:00Z",
        body="Rebels shelled government-held western Aleppo on Sunday, killing 12 civilians "
        "including three children, state media said, as the army pressed its offensive in "
        "the east.",
        is_syria_related=True,
        entities=["group:syrian-rebels", GOV],
        places=[ALEPPO],
        events=[event(SHELL, ALEPPO, 12, actors=["group:syrian-rebels", CIV], day="2016-11-20")],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل عشرات المدنيين بغارات على الميادين",
        published="2017-05-26T10:00:00Z",
        language="ar",
        body="قتل عشرات المدنيين بغارات جوية يرجح أنها روسية على مدينة الميادين في ريف دير الزور "
        "الشرقي، بحسب ناشطين.",
        is_syria_related=True,
        entities=[],
        places=[MAYADIN, "gov:deir-ez-zor"],
        events=[event(AIR, MAYADIN, 10)],
        claims=[claim(None)],
    ),
    dict(
        title="Iraqi forces repel IS attack near Syrian border",
        published="2023-09-12T10:00:00Z",
        body="Iraqi forces repelled an Islamic State attack on an army post in Anbar province "
        "near the Syrian border on Tuesday, killing three militants, the security media cell "
        "said.",
        is_syria_related=False,
        entities=["state:iraq", "group:isis", "state:syria"],
        places=[],
        events=[],
    ),
]


# Round 37: truces and settlements in Arabic (violated, told as history, agreed), feed
# items of one sentence, a monitor's roundup of two governorates, a protest broken up
# in Afrin, Ghouta's anniversary, a strike on Aleppo's airport, a Turkish negative

THIRTY_SEVENTH_ROUND = [
    dict(
        title="خرق للهدنة في ريف إدلب",
        published="2020-03-20T10:00:00Z",
        language="ar",
        body="خرقت قوات النظام الهدنة في ريف إدلب بقصف مدفعي على بلدة كفرنبل، دون أنباء عن إصابات.",
        is_syria_related=True,
        entities=[GOV],
        places=[KAFR_NABL, "gov:idlib"],
        events=[event(SHELL, KAFR_NABL, actors=[GOV])],
    ),
    dict(
        title="درعا بعد أربع سنوات من التسوية",
        published="2022-07-01T10:00:00Z",
        language="ar",
        body="وبموجب اتفاق التسوية الذي رعته روسيا عام 2018، سلمت فصائل المعارضة سلاحها الثقيل في "
        "درعا.",
        is_syria_related=True,
        entities=["state:russia", "group:syrian-rebels"],
        places=[DARAA],
        events=[],
    ),
    dict(
        title="اتفاق روسي تركي لوقف إطلاق النار في إدلب",
        published="2020-03-05T18:00:00Z",
        language="ar",
        body="أعلنت وزارة الدفاع التركية ونظيرتها الروسية التوصل إلى اتفاق لوقف إطلاق النار في "
        "إدلب يبدأ منتصف ليل الخميس.",
        is_syria_related=True,
        entities=["state:turkey", "state:russia"],
        places=["gov:idlib"],
        events=[event(AGREE, "gov:idlib")],
        claims=[claim("state:turkey")],
    ),
    dict(
        title="Syria: 5 killed in Idlib market bombing",
        published="2021-11-04T12:00:00Z",
        body="A car bomb tore through a market in Sarmada, killing five people, the White "
        "Helmets said.",
        is_syria_related=True,
        entities=["org:white-helmets", "state:syria"],  # the headline's "Syria:"
        places=[SARMADA, "gov:idlib"],
        events=[event(IED, SARMADA, 5)],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Russian jets strike rebel-held Jisr al-Shughur",
        published="2019-09-12T10:00:00Z",
        body="Russian warplanes carried out at least 15 air strikes on the outskirts of Jisr "
        "al-Shughur on Wednesday, a war monitor said. No casualties were immediately reported.",
        is_syria_related=True,
        entities=["group:russian-forces", "group:syrian-rebels"],
        places=[JISR],
        events=[event(AIR, JISR, actors=["group:russian-forces"], day="2019-09-11")],
        claims=[claim(None)],
    ),
    dict(
        title="SOHR: two council members shot dead in Hajin, three detained in al-Hol",
        published="2022-05-10T12:00:00Z",
        body="In Deir ez-Zor, unidentified gunmen shot dead two members of the SDF-affiliated "
        "military council in the town of Hajin. In Hasakah, an SDF patrol detained three "
        "young men in al-Hol camp.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],  # the headline's speaker
        places=["gov:deir-ez-zor", HAJIN, "gov:hasakah", AL_HOL],
        events=[event(CLASH, HAJIN, 2), event(ARREST, AL_HOL, actors=["group:sdf"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="الشرطة العسكرية تفرق مظاهرة في عفرين",
        published="2022-08-21T10:00:00Z",
        language="ar",
        body="فرقت الشرطة العسكرية في مدينة عفرين مظاهرة لعشرات الأشخاص احتجوا على تردي "
        "الخدمات، مستخدمة الرصاص في الهواء.",
        is_syria_related=True,
        entities=[],
        places=[AFRIN],
        events=[event(INTERVENTION, AFRIN)],
    ),
    dict(
        title="Ten years after Ghouta, survivors demand justice",
        published="2023-08-21T12:00:00Z",
        body="Ten years after the sarin attack on Ghouta that killed more than 1,400 people, "
        "survivors rallied in Idlib on Monday to demand accountability.",
        is_syria_related=True,
        entities=[],
        places=[GHOUTA, IDLIB],
        events=[event(PROTEST, IDLIB, actors=[PRO], day="2023-08-21")],
        background_figures=[1400],
    ),
    dict(
        title="Israeli strikes put Aleppo airport out of service",
        published="2023-03-22T09:00:00Z",
        body="Israeli air strikes hit Aleppo international airport early on Wednesday, putting "
        "it out of service, the defence ministry said, the second such strike in a week.",
        is_syria_related=True,
        entities=["group:israeli-forces", "org:syrian-defence-ministry"],
        places=[place("Aleppo International Airport", 36.18, 37.22)],
        events=[
            event(
                AIR,
                place("Aleppo International Airport", 36.18, 37.22),
                actors=["group:israeli-forces"],
                day="2023-03-22",
            )
        ],
        claims=[claim("org:syrian-defence-ministry")],
    ),
    dict(
        title="Turkish jets strike PKK targets in northern Iraq",
        published="2023-04-08T10:00:00Z",
        body="Turkish jets struck PKK targets in northern Iraq's Qandil mountains on Saturday, "
        "the Turkish defence ministry said.",
        is_syria_related=False,
        entities=["group:turkish-forces", "state:iraq", "state:turkey"],
        places=[place("Qandil", 36.50, 45.00)],
        events=[],
    ),
]


# Round 38: sources that disagree (two tolls and a denial; each side's story of one
# fight), a strike the other side would not comment on, a riot, an Arabic bulletin
# of two incidents, Hezbollah men killed near Qusayr, a regain under a deal, Asayish
# arrests, a Gaza negative
OMAR_FIELD = place("Al-Omar oil field", 35.05, 40.53)

THIRTY_EIGHTH_ROUND = [
    dict(
        title="Air strikes kill at least 11 in Ariha",
        published="2019-08-07T10:00:00Z",
        body="Air strikes on Ariha killed 14 people on Tuesday, the White Helmets said, while "
        "the Syrian Observatory for Human Rights put the toll at 11. Russia's defence "
        "ministry denied its aircraft had carried out any strikes in the area.",
        is_syria_related=True,
        entities=["org:white-helmets", "org:sohr", "state:russia"],
        places=[ARIHA],
        events=[event(AIR, ARIHA, 11, day="2019-08-06")],
        claims=[
            claim("org:white-helmets", contested=True),
            claim("org:sohr", contested=True),
            claim("state:russia", "denies", contested=True),
        ],
    ),
    dict(
        title="HTS and NLF clash in Darat Izza",
        published="2019-01-06T10:00:00Z",
        body="Fighting broke out between Hayat Tahrir al-Sham and the National Front for "
        "Liberation in the town of Darat Izza on Saturday, killing six fighters. Each side "
        "blamed the other for starting it.",
        is_syria_related=True,
        entities=["group:hts", "group:nlf"],
        places=[DARAT_IZZA],
        events=[event(CLASH, DARAT_IZZA, 6, actors=["group:hts", "group:nlf"], day="2019-01-05")],
    ),
    dict(
        title="قسد تصد هجوماً لداعش على حقل العمر",
        published="2019-03-01T10:00:00Z",
        language="ar",
        body="قالت قوات سوريا الديمقراطية إنها صدت هجوماً لتنظيم داعش على حقل العمر النفطي، فيما "
        "زعم التنظيم عبر وكالة أعماق أنه قتل 15 عنصراً من قسد.",
        is_syria_related=True,
        entities=["group:sdf", "group:isis"],
        places=[OMAR_FIELD],
        events=[event(CLASH, OMAR_FIELD, 15)],
        claims=[claim("group:sdf"), claim("group:isis")],
    ),
    dict(
        title="Israeli strikes near Masyaf, Syria says",
        published="2024-09-09T08:00:00Z",
        body="Syrian state media said Israeli jets struck near Masyaf late on Sunday, and that "
        "air defences shot down most of the missiles. The Israeli military declined to "
        "comment.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:syria"],  # the headline's "Syria says"
        places=[MASYAF],
        events=[
            event(AIR, MASYAF, actors=["group:israeli-forces"], day="2024-09-08"),
            event(DISRUPTED, MASYAF),
        ],
        claims=[claim("state:syria"), claim(None)],
    ),
    dict(
        title="Protesters storm Suwayda governor's office",
        published="2022-12-04T18:00:00Z",
        body="Hundreds of people protested in the Druze city of Suwayda on Sunday over fuel "
        "shortages; some stormed the governor's office and set fire to files, witnesses "
        "said. Police fired tear gas.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(RIOT, SUWAYDA, actors=["collective:rioters"], day="2022-12-04")],
        claims=[claim(None)],
    ),
    dict(
        title="مقتل عنصرين من قوات النظام ومدني في ريفي اللاذقية وحماة",
        published="2021-05-03T10:00:00Z",
        language="ar",
        body="وثق المرصد السوري مقتل عنصرين من قوات النظام برصاص قناص في ريف اللاذقية، ومقتل "
        "مدني بانفجار لغم في ريف حماة الشرقي.",
        is_syria_related=True,
        entities=[GOV, "org:sohr"],
        places=["gov:latakia", "gov:hama"],
        events=[event(CLASH, "gov:latakia", 2), event(IED, "gov:hama", 1)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Israeli strike near Qusayr kills two Hezbollah fighters",
        published="2024-04-02T10:00:00Z",
        body="An Israeli strike on a car near Qusayr, close to the Lebanese border, killed two "
        "Hezbollah fighters, a war monitor said on Tuesday.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:hezbollah"],
        places=[place("Qusayr", 34.51, 36.58)],
        events=[
            event(
                AIR,
                place("Qusayr", 34.51, 36.58),
                2,
                actors=["group:israeli-forces", "group:hezbollah"],
            )
        ],
        claims=[claim(None)],
    ),
    dict(
        title="Government forces retake Nawa",
        published="2018-07-17T10:00:00Z",
        body="Syrian government forces recaptured the town of Nawa in Daraa province on Monday "
        "after a deal under which rebels agreed to hand over their weapons, state media said.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels"],
        places=[NAWA, "gov:daraa"],
        events=[event(REGAIN, NAWA, actors=[GOV, "group:syrian-rebels"], day="2018-07-16")],
        claims=[claim(None)],
    ),
    dict(
        title="الأسايش تعتقل خمسة أشخاص في الحسكة",
        published="2021-09-14T10:00:00Z",
        language="ar",
        body="اعتقلت قوى الأمن الداخلي (الأسايش) خمسة أشخاص في مدينة الحسكة بتهمة الانتماء لخلايا "
        "تنظيم داعش.",
        is_syria_related=True,
        entities=["group:asayish", "group:isis"],
        places=[HASAKAH],
        events=[event(ARREST, HASAKAH, actors=["group:asayish"])],
    ),
    dict(
        title="Israeli strikes on Gaza kill 25",
        published="2024-06-14T10:00:00Z",
        body="Israeli strikes on Gaza killed 25 people on Friday, the territory's health ministry "
        "said.",
        is_syria_related=False,
        entities=["group:israeli-forces"],
        places=[place("Gaza", 31.50, 34.47)],
        events=[],
    ),
]


# Round 39: wire wrap-ups of several incidents in several towns, a takeover the losing
# side disputes, SANA on a regain, a bombing claimed by IS, Ghouta in 2013 as it was
# first told, regime shelling on two towns in Arabic, Aleppo in 2025, a roadside bomb
# on a Russian patrol, a Ukrainian negative
SUSAH = place("Al-Susah", 34.64, 40.88)

THIRTY_NINTH_ROUND = [
    dict(
        title="IS attack kills 12 SDF fighters near Hajin",
        published="2018-11-24T10:00:00Z",
        body="Islamic State fighters attacked SDF positions near Hajin on Friday, killing at "
        "least 12 fighters, the SDF said. Separately, US-led coalition air strikes on al-Susah "
        "killed 10 civilians, the Syrian Observatory for Human Rights reported. In Raqqa, a "
        "landmine killed two children.",
        is_syria_related=True,
        entities=["group:isis", "group:sdf", "group:us-coalition", "org:sohr"],
        places=[HAJIN, SUSAH, RAQQA],
        events=[
            event(CLASH, HAJIN, 12, actors=["group:isis", "group:sdf"], day="2018-11-23"),
            event(AIR, SUSAH, 10, actors=["group:us-coalition", CIV]),
            event(IED, RAQQA, 2),
        ],
        claims=[claim("group:sdf"), claim("org:sohr")],
    ),
    dict(
        title="Israeli strikes hit Tartus and Qardaha",
        published="2024-12-16T09:00:00Z",
        body="Israeli strikes hit weapons depots near Tartus and an air defence base near "
        "Qardaha overnight, a war monitor said. In Daraa, gunmen killed a former rebel "
        "commander in the town of Jasim.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:syrian-rebels"],
        places=[TARTUS, QARDAHA, "gov:daraa", JASIM],
        events=[
            event(AIR, TARTUS, actors=["group:israeli-forces"]),
            event(AIR, QARDAHA, actors=["group:israeli-forces"]),
            event(ATTACK, JASIM, 1),
        ],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish-backed fighters seize Tal Abyad",
        published="2019-10-13T16:00:00Z",
        body="Turkish-backed fighters seized the town of Tal Abyad from the SDF on Sunday, the "
        "Turkish defence ministry said, as the offensive pushed into its fifth day. The SDF "
        "said it was still fighting in the town.",
        is_syria_related=True,
        entities=["group:sna", "group:sdf", "state:turkey"],
        places=[TAL_ABYAD],
        events=[event(TAKE, TAL_ABYAD, actors=["group:sna", "group:sdf"], day="2019-10-13")],
        claims=[claim("state:turkey", contested=True), claim("group:sdf", contested=True)],
    ),
    dict(
        title="الجيش يبسط سيطرته على كفرزيتا",
        published="2019-08-24T10:00:00Z",
        language="ar",
        body="بسط الجيش العربي السوري سيطرته على بلدة كفرزيتا في ريف حماة الشمالي بعد معارك "
        "عنيفة مع المجموعات الإرهابية.",
        is_syria_related=True,
        entities=[GOV],
        places=[KAFR_ZITA, "gov:hama"],
        events=[event(REGAIN, KAFR_ZITA, actors=[GOV])],
    ),
    dict(
        title="Twin bombing kills 44 in Qamishli",
        published="2016-07-27T16:00:00Z",
        body="Two bombs exploded in Qamishli on Wednesday, killing at least 44 people, in an "
        "attack claimed by Islamic State, the Kurdish Asayish security forces said.",
        is_syria_related=True,
        entities=["group:isis", "group:asayish"],
        places=[QAMISHLI],
        events=[event(IED, QAMISHLI, 44, actors=["group:isis"], day="2016-07-27")],
        claims=[claim("group:asayish")],
    ),
    dict(
        title="Activists say hundreds killed in gas attack near Damascus",
        published="2013-08-22T09:00:00Z",
        body="Activists said hundreds of people were killed in a poison gas attack on rebel-held "
        "suburbs of Damascus on Wednesday. The government denied using chemical weapons.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "state:syria"],
        places=[DAMASCUS],
        events=[event(CHEM, DAMASCUS, 100, day="2013-08-21")],
        claims=[claim(None, contested=True), claim("state:syria", "denies", contested=True)],
    ),
    dict(
        title="مقتل أربعة مدنيين بقصف على أريحا",
        published="2020-01-15T10:00:00Z",
        language="ar",
        body="قتل أربعة مدنيين بينهم طفلان بقصف صاروخي لقوات النظام على مدينة أريحا، فيما أصيب "
        "آخرون بقصف مماثل على بلدة سرمين.",
        is_syria_related=True,
        entities=[GOV],
        places=[ARIHA, SARMIN],
        events=[event(SHELL, ARIHA, 4, actors=[GOV, CIV]), event(SHELL, SARMIN)],
    ),
    dict(
        title="Clashes in Aleppo's Sheikh Maqsoud kill two",
        published="2025-10-07T10:00:00Z",
        body="Clashes erupted between government forces and Kurdish-led fighters in Aleppo's "
        "Sheikh Maqsoud neighbourhood on Monday, killing two, the interior ministry said, days "
        "after a ceasefire was agreed.",
        is_syria_related=True,
        entities=[G2024, "group:sdf", "org:syrian-interior-ministry"],
        places=[ALEPPO, SHEIKH_MAQSOUD],
        events=[event(CLASH, SHEIKH_MAQSOUD, 2, actors=[G2024, "group:sdf"], day="2025-10-06")],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Roadside bomb hits Russian patrol near Tal Tamr",
        published="2020-08-18T10:00:00Z",
        body="A Russian military police patrol was hit by a roadside bomb near Tal Tamr, "
        "wounding three soldiers, Russia's defence ministry said.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia"],
        places=[TAL_TAMR],
        events=[event(IED, TAL_TAMR, None, 3)],
        claims=[claim("state:russia")],
    ),
    dict(
        title="Russian strikes on Kharkiv kill three",
        published="2024-05-20T10:00:00Z",
        body="Russian forces struck Kharkiv overnight, killing three people, Ukrainian officials "
        "said. Russia has used tactics honed in Syria, analysts say.",
        is_syria_related=False,
        entities=["group:russian-forces", "state:russia", "state:ukraine", "state:syria"],
        places=[place("Kharkiv", 49.99, 36.23)],
        events=[],
    ),
]


# Round 40: precision, where nothing happens or everything happened before: a
# monthly toll, a broadcast from under shelling, analysis naming many towns, the
# earthquake's toll, a claim of a killing, an HTS raid in Arabic, a road blocked by
# protesters, Israeli missiles as SANA tells them, an Iranian negative
MAARAT_MISRIN = place("Maarat Misrin", 36.01, 36.67)

FORTIETH_ROUND = [
    dict(
        title="SNHR: 98 civilians killed in March",
        published="2020-04-01T10:00:00Z",
        body="The Syrian Network for Human Rights said 98 civilians were killed in Syria in "
        "March, including 18 children, most of them by Russian and government air strikes in "
        "Idlib.",
        is_syria_related=True,
        entities=["org:snhr", "group:russian-forces", GOV, "state:syria"],
        places=[IDLIB],
        events=[],
        claims=[claim("org:snhr")],
        background_figures=[98],
    ),
    dict(
        title="Live: shelling on Maarat Misrin",
        published="2019-05-10T12:00:00Z",
        body="ANCHOR: Let's go to our correspondent in Idlib. CORRESPONDENT: Thanks. The "
        "shelling here has been relentless since the morning. We've seen at least three "
        "impacts near the main market in Maarat Misrin, and rescuers told us two people were "
        "wounded.",
        is_syria_related=True,
        entities=[],
        places=[IDLIB, MAARAT_MISRIN],
        events=[event(SHELL, MAARAT_MISRIN, None, 2)],
        claims=[claim(None)],
    ),
    dict(
        title="The northeast's tribal anger",
        published="2023-09-01T10:00:00Z",
        body="From Qamishli to Deir ez-Zor, the Kurdish-led administration faces growing tribal "
        "anger. In Manbij and Raqqa, Arab residents complain of conscription; in Hasakah, of "
        "water shortages.",
        is_syria_related=True,
        entities=[],
        places=[QAMISHLI, DEIR_EZ_ZOR, MANBIJ, RAQQA, HASAKAH],
        events=[],
    ),
    dict(
        title="Car bomb kills Turkish soldier in Azaz",
        published="2021-10-09T15:00:00Z",
        body="A car bomb exploded near a Turkish military post in Azaz on Saturday, killing one "
        "soldier and wounding four, Turkey's defence ministry said.",
        is_syria_related=True,
        entities=["state:turkey", "group:turkish-forces"],
        places=[AZAZ],
        events=[event(IED, AZAZ, 1, 4, day="2021-10-09")],
        claims=[claim("state:turkey")],
    ),
    dict(
        title="ارتفاع حصيلة ضحايا الزلزال",
        published="2023-02-07T10:00:00Z",
        language="ar",
        body="ارتفعت حصيلة ضحايا الزلزال في سوريا إلى 1414 شخصاً، بحسب وزارة الصحة.",
        is_syria_related=True,
        entities=["state:syria"],
        places=[],
        events=[],
        claims=[claim(None)],
        background_figures=[1414],
    ),
    dict(
        title="IS claims killing of SDF officer in Shuhayl",
        published="2022-02-09T10:00:00Z",
        body="Islamic State claimed responsibility for killing an SDF officer in the town of "
        "Shuhayl on Tuesday, according to a statement on its Amaq news agency.",
        is_syria_related=True,
        entities=["group:isis", "group:sdf"],
        places=[SHUHAYL],
        events=[event(CLASH, SHUHAYL, 1, actors=["group:isis", "group:sdf"], day="2022-02-08")],
        claims=[claim("group:isis")],
    ),
    dict(
        title="هيئة تحرير الشام تعتقل ثلاثة أشخاص في الدانا",
        published="2024-02-12T10:00:00Z",
        language="ar",
        body="داهمت قوة أمنية تابعة لهيئة تحرير الشام منزلاً في مدينة الدانا شمالي إدلب، واعتقلت "
        "ثلاثة أشخاص بتهمة التعامل مع النظام.",
        is_syria_related=True,
        entities=["group:hts"],
        places=[place("Al-Dana", 36.21, 36.77), "gov:idlib"],
        events=[event(ARREST, place("Al-Dana", 36.21, 36.77), actors=["group:hts"])],
    ),
    dict(
        title="Sweida protesters block highway for second day",
        published="2021-06-07T15:00:00Z",
        body="Protesters in Sweida blocked the Damascus-Sweida highway for a second day on "
        "Monday, demanding the release of a local man detained by security forces.",
        is_syria_related=True,
        entities=[],
        places=[SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO], day="2021-06-07")],
    ),
    dict(
        title="الدفاعات الجوية تتصدى لعدوان إسرائيلي في محيط دمشق",
        published="2023-07-19T08:00:00Z",
        language="ar",
        body="استهدف العدو الإسرائيلي بعدة صواريخ نقاطاً في محيط دمشق، وتصدت وسائط دفاعنا الجوي لها "
        "وأسقطت معظمها، بحسب مصدر عسكري.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[DAMASCUS],
        events=[
            event(SHELL, DAMASCUS, actors=["group:israeli-forces"]),
            event(DISRUPTED, DAMASCUS),
        ],
        claims=[claim(None)],
    ),
    dict(
        title="Iran's foreign minister in Baghdad for talks",
        published="2024-03-04T10:00:00Z",
        body="Iran's foreign minister arrived in Baghdad for talks on regional security, "
        "including the situation in Syria, and trade, the Iraqi foreign ministry said.",
        is_syria_related=False,
        entities=["state:iran", "state:iraq", "state:syria"],
        places=[place("Baghdad", 33.32, 44.37)],
        events=[],  # and no claims: they are coded in Syria coverage only
    ),
]


# Round 41: Arabic again (seven), from the 2025 defence ministry, North Press,
# Enab Baladi, Syria TV, Hawar, the Observatory and Zaman al-Wasl's anniversary;
# English on Suwayda in 2025, Darayya in 2016, and a Lebanese negative

FORTY_FIRST_ROUND = [
    dict(
        title="إحباط محاولة تسلل من الأراضي اللبنانية في ريف القصير",
        published="2025-02-10T10:00:00Z",
        language="ar",
        body="أعلنت وزارة الدفاع السورية أن وحداتها أحبطت محاولة تسلل لمجموعة مسلحة من الأراضي "
        "اللبنانية إلى ريف القصير، واشتبكت معها ما أدى إلى مقتل اثنين من المتسللين.",
        is_syria_related=True,
        entities=["org:syrian-defence-ministry"],
        places=[QUSAYR],
        events=[event(CLASH, QUSAYR, 2)],
        claims=[claim("org:syrian-defence-ministry")],
    ),
    dict(
        title="احتجاج في الحسكة على انقطاع المياه",
        published="2025-08-03T15:00:00Z",
        language="ar",
        body="تظاهر عشرات من أهالي مدينة الحسكة، اليوم الأحد، احتجاجاً على انقطاع المياه عن "
        "المدينة منذ أسابيع.",
        is_syria_related=True,
        entities=[],
        places=[HASAKAH],
        events=[event(PROTEST, HASAKAH, actors=[PRO], day="2025-08-03")],
    ),
    dict(
        title="مقتل خمسة مدنيين بانفجار سيارة مفخخة في منبج",
        published="2025-02-03T12:00:00Z",
        language="ar",
        body="انفجرت سيارة مفخخة قرب دوار الكرامة في مدينة منبج، ما أسفر عن مقتل خمسة مدنيين "
        "وإصابة 12 آخرين، وفق الدفاع المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[MANBIJ],
        events=[event(IED, MANBIJ, 5, 12)],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="إصابة ثلاثة مدنيين بقصف مسيرة على الأتارب",
        published="2024-04-22T10:00:00Z",
        language="ar",
        body="قصفت طائرات مسيرة تابعة لقوات النظام سيارة مدنية على أطراف مدينة الأتارب غربي حلب، "
        "ما أدى إلى إصابة ثلاثة مدنيين.",
        is_syria_related=True,
        entities=[GOV],
        places=[ATARIB, "gov:aleppo"],
        events=[event(AIR, ATARIB, None, 3, actors=[GOV, CIV])],
    ),
    dict(
        title="استشهاد مدنيين بقصف تركي على ريف تل تمر",
        published="2022-11-25T10:00:00Z",
        language="ar",
        body="استشهد مدنيان وأصيب ثلاثة آخرون جراء قصف مدفعي لجيش الاحتلال التركي ومرتزقته على "
        "قرية في ريف تل تمر.",
        is_syria_related=True,
        entities=["group:turkish-forces"],
        places=[TAL_TAMR],
        events=[event(SHELL, TAL_TAMR, 2, 3, actors=["group:turkish-forces", CIV])],
    ),
    dict(
        title="العثور على جثث ثلاثة عناصر من قوات النظام في البادية",
        published="2020-12-12T10:00:00Z",
        language="ar",
        body="عثر على جثث ثلاثة عناصر من قوات النظام في بادية دير الزور، قتلوا بهجوم لخلايا تنظيم "
        "الدولة الإسلامية.",
        is_syria_related=True,
        entities=[GOV, "group:isis"],
        places=["gov:deir-ez-zor"],
        events=[event(CLASH, "gov:deir-ez-zor", 3, actors=["group:isis", GOV])],
    ),
    dict(
        title="في ذكرى مجزرة الكيماوي",
        published="2014-08-21T10:00:00Z",
        language="ar",
        body="في مثل هذا اليوم من عام 2013، ارتكبت قوات النظام مجزرة الكيماوي في الغوطة الشرقية.",
        is_syria_related=True,
        entities=[GOV],
        places=[GHOUTA],
        events=[],
    ),
    dict(
        title="Clashes west of Suwayda as ceasefire frays",
        published="2025-07-16T10:00:00Z",
        body="Government forces and tribal fighters clashed with Druze militias in villages "
        "west of Suwayda on Tuesday, a monitor said, as a ceasefire brokered by the United "
        "States frayed.",
        is_syria_related=True,
        entities=[G2024, "state:usa"],
        places=[SUWAYDA],
        events=[event(CLASH, SUWAYDA, actors=[G2024], day="2025-07-15")],
        claims=[claim(None)],
    ),
    dict(
        title="Barrel bombs on Darayya for a third day",
        published="2016-06-12T10:00:00Z",
        body="Syrian government helicopters dropped barrel bombs on the rebel-held town of "
        "Darayya for a third day, activists said, killing two children.",
        is_syria_related=True,
        entities=[GOV, "group:syrian-rebels"],
        places=[DARAYYA],
        events=[event(AIR, DARAYYA, 2, actors=[GOV, CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Hezbollah and Israel trade fire",
        published="2024-02-19T10:00:00Z",
        body="Hezbollah fired rockets at northern Israel on Monday, and Israeli jets struck "
        "targets in southern Lebanon, both sides said.",
        is_syria_related=False,
        entities=["group:hezbollah", "group:israeli-forces", "state:israel", "state:lebanon"],
        places=[],
        events=[],
    ),
]


# Round 42: the fall and after, in English wire copy: the November 2024 offensive, an
# embassy looted, arrests in a Homs district, killings on the coast, a drone in
# Qamishli, a US strike told by CENTCOM in Arabic, an IS ambush on a bus, a strike on
# an Iranian general, a base handed over, an Iraqi negative
KARM_AL_ZEITOUN = place("Karm al-Zeitoun", 34.72, 36.73)
ARZAH = place("Arzah", 35.05, 36.55)
AL_TANF = place("Al-Tanf", 33.49, 38.66)

FORTY_SECOND_ROUND = [
    dict(
        title="Rebels launch offensive west of Aleppo",
        published="2024-11-28T10:00:00Z",
        body="Rebels launched a major offensive against government forces west of Aleppo on "
        "Wednesday, seizing more than a dozen villages, including Urum al-Kubra, a war "
        "monitor said.",
        is_syria_related=True,
        entities=["group:syrian-rebels", GOV],
        places=[ALEPPO, URUM_AL_KUBRA],
        events=[event(TAKE, URUM_AL_KUBRA, actors=["group:syrian-rebels", GOV], day="2024-11-27")],
        claims=[claim(None)],
    ),
    dict(
        title="Looters ransack Iranian embassy in Damascus",
        published="2024-12-09T08:00:00Z",
        body="Looters ransacked the Iranian embassy in Damascus on Sunday after Bashar al-Assad "
        "fled the country, images on social media showed.",
        is_syria_related=True,
        entities=["state:iran", "person:bashar-al-assad"],
        places=[DAMASCUS],
        events=[event(LOOTING, DAMASCUS, day="2024-12-08")],
    ),
    dict(
        title="Twelve detained in Homs search for weapons",
        published="2025-04-11T10:00:00Z",
        body="Security forces detained 12 men in Homs' Karm al-Zeitoun district on Thursday "
        "during a search for weapons, the interior ministry said.",
        is_syria_related=True,
        entities=["org:syrian-interior-ministry"],
        places=[HOMS, KARM_AL_ZEITOUN],
        events=[event(ARREST, KARM_AL_ZEITOUN, day="2025-04-10")],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="Gunmen kill 14 Alawite civilians in Hama countryside",
        published="2025-05-02T10:00:00Z",
        body="Gunmen killed 14 Alawite civilians in the village of Arzah in Hama countryside, a "
        "war monitor said, in one of the deadliest attacks since March.",
        is_syria_related=True,
        entities=[],
        places=[ARZAH, "gov:hama"],
        events=[event(ATTACK, ARZAH, 14)],
        claims=[claim(None)],
    ),
    dict(
        title="Turkish drone kills two Asayish members in Qamishli",
        published="2024-10-14T18:00:00Z",
        body="A Turkish drone strike hit a car in Qamishli on Monday, killing two members of the "
        "Kurdish-led Asayish, the SDF said.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:asayish", "group:sdf"],
        places=[QAMISHLI],
        events=[
            event(
                AIR,
                QAMISHLI,
                2,
                actors=["group:turkish-forces", "group:asayish"],
                day="2024-10-14",
            )
        ],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="مقتل قيادي في حراس الدين بغارة أمريكية",
        published="2023-08-24T10:00:00Z",
        language="ar",
        body="أعلنت القيادة المركزية الأمريكية مقتل قيادي في تنظيم حراس الدين بغارة جوية في ريف "
        "إدلب.",
        is_syria_related=True,
        entities=["group:us-forces", "group:hurras-al-din"],
        places=["gov:idlib"],
        events=[event(AIR, "gov:idlib", 1, actors=["group:us-forces", "group:hurras-al-din"])],
        claims=[claim("group:us-forces")],
    ),
    dict(
        title="IS ambush on army bus near Palmyra kills 23",
        published="2023-08-11T18:00:00Z",
        body="Islamic State gunmen attacked a bus carrying soldiers near Palmyra on Friday, "
        "killing 23, state media said.",
        is_syria_related=True,
        entities=["group:isis"],
        places=[PALMYRA],
        events=[event(CLASH, PALMYRA, 23, actors=["group:isis"], day="2023-08-11")],
        claims=[claim(None)],
    ),
    dict(
        title="Israeli strike in Damascus kills Iranian general",
        published="2024-01-20T15:00:00Z",
        body="Syrian state television said Israeli strikes on Damascus killed an Iranian "
        "general and four guards, and Tehran vowed revenge.",
        is_syria_related=True,
        entities=["group:israeli-forces", "state:iran"],
        places=[DAMASCUS],
        events=[event(AIR, DAMASCUS, 5, actors=["group:israeli-forces"])],
        claims=[claim(None)],
    ),
    dict(
        title="US forces hand Tanf base to the new army",
        published="2026-02-07T18:00:00Z",
        body="US forces withdrew from the Tanf garrison near the Jordanian border on Saturday, "
        "handing the base to the new Syrian army, the Pentagon said.",
        is_syria_related=True,
        entities=["group:us-forces", G2024, "state:usa", "state:jordan"],
        places=[AL_TANF],
        events=[event(HANDOVER, AL_TANF, actors=["group:us-forces", G2024], day="2026-02-07")],
        claims=[claim("state:usa")],
    ),
    dict(
        title="Iraq's parliament elects a speaker",
        published="2024-10-31T10:00:00Z",
        body="Iraq's parliament elected a new speaker on Tuesday after months of deadlock, state "
        "media said.",
        is_syria_related=False,
        entities=["state:iraq"],
        places=[],
        events=[],
    ),
]


# Round 43: who says what, and who says otherwise: a drone shot down and the loss
# denied, militants or civilians, a village retaken and still held, an abduction
# denied, a strike told by both sides, a toll since a week, a withdrawal denied in
# Arabic, a Lebanese negative
TAL_MALAH = place("Tal Malah", 35.38, 36.55)

FORTY_THIRD_ROUND = [
    dict(
        title="SDF says it downed Turkish drone over Kobani",
        published="2022-11-28T18:00:00Z",
        body="The SDF said it had shot down a Turkish drone over Kobani on Monday. Turkey's "
        "defence ministry denied losing any aircraft.",
        is_syria_related=True,
        entities=["group:sdf", "group:turkish-forces", "state:turkey"],
        places=[KOBANI],
        events=[event(DISRUPTED, KOBANI, actors=["group:sdf"])],
        claims=[
            claim("group:sdf", contested=True),
            claim("state:turkey", "denies", contested=True),
        ],
    ),
    dict(
        title="Russia says strikes killed 30 militants; rescuers say civilians",
        published="2019-06-10T10:00:00Z",
        body="Russia's defence ministry said its jets had killed 30 militants in strikes near "
        "Idlib. Rescue workers said the dead were civilians, including 12 children.",
        is_syria_related=True,
        entities=["state:russia"],
        places=[IDLIB],
        events=[event(AIR, IDLIB, 30)],
        claims=[claim("state:russia", contested=True), claim(None, contested=True)],
    ),
    dict(
        title="الدفاع السورية: استعادة السيطرة على تل ملح",
        published="2019-06-20T10:00:00Z",
        language="ar",
        body="قالت وزارة الدفاع السورية إن قواتها استعادت السيطرة على قرية تل ملح، في حين نفت "
        "فصائل المعارضة ذلك وأكدت أنها لا تزال تسيطر على القرية.",
        is_syria_related=True,
        entities=["org:syrian-defence-ministry", "group:syrian-rebels"],
        places=[TAL_MALAH],
        events=[event(REGAIN, TAL_MALAH)],
        claims=[
            claim("org:syrian-defence-ministry", contested=True),
            claim("group:syrian-rebels", "denies", contested=True),
        ],
    ),
    dict(
        title="HTS denies detaining British aid worker",
        published="2023-03-14T10:00:00Z",
        body="Hayat Tahrir al-Sham denied on Tuesday that its fighters had detained a British "
        "aid worker in Idlib, after activists accused the group of abducting him.",
        is_syria_related=True,
        entities=["group:hts"],
        places=[IDLIB],
        events=[],
        claims=[claim("group:hts", "denies", contested=True), claim(None, contested=True)],
    ),
    dict(
        title="غارات إسرائيلية قرب القصير",
        published="2024-03-29T10:00:00Z",
        language="ar",
        body="أعلن الجيش الإسرائيلي أنه استهدف مستودعات أسلحة لحزب الله قرب القصير، فيما قالت "
        "وسائل إعلام سورية إن الغارات أصابت منازل مدنيين.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:hezbollah"],
        places=[QUSAYR],
        events=[event(AIR, QUSAYR, actors=["group:israeli-forces", "group:hezbollah"])],
        claims=[claim("group:israeli-forces"), claim(None)],
    ),
    dict(
        title="Turkish strike kills four SDF fighters near Ain Issa",
        published="2022-11-24T10:00:00Z",
        body="Kurdish-led forces said on Thursday that a Turkish air strike had killed four of "
        "their fighters near Ain Issa, a claim Ankara did not address.",
        is_syria_related=True,
        entities=["group:sdf", "group:turkish-forces", "state:turkey"],
        places=[AIN_ISSA],
        events=[
            event(AIR, AIN_ISSA, 4, actors=["group:turkish-forces", "group:sdf"], day="2022-11-24")
        ],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="المرصد: مقتل 9 مدنيين بقصف على معرة النعمان",
        published="2019-12-20T10:00:00Z",
        language="ar",
        body="قال المرصد السوري إن 9 مدنيين قتلوا بقصف لقوات النظام على معرة النعمان، بينما قالت "
        "وكالة سانا إن القصف استهدف مواقع للإرهابيين.",
        is_syria_related=True,
        entities=["org:sohr", GOV, "org:sana"],
        places=[MAARAT_AL_NUMAN],
        events=[event(SHELL, MAARAT_AL_NUMAN, 9, actors=[GOV, CIV])],
        claims=[claim("org:sohr"), claim("org:sana")],
    ),
    dict(
        title="UN: 1,000 flee Tal Tamr in a week",
        published="2019-10-18T10:00:00Z",
        body="The United Nations said at least 1,000 people had fled Tal Tamr in the past week "
        "because of Turkish shelling.",
        is_syria_related=True,
        entities=["org:un", "group:turkish-forces"],
        places=[TAL_TAMR],
        events=[],
        claims=[claim("org:un")],
    ),
    dict(
        title="هيئة تحرير الشام تنفي الانسحاب من كفرنبل",
        published="2019-08-30T10:00:00Z",
        language="ar",
        body="نفى المكتب الإعلامي لهيئة تحرير الشام الأنباء التي تحدثت عن انسحاب عناصره من بلدة "
        "كفرنبل.",
        is_syria_related=True,
        entities=["group:hts"],
        places=[KAFR_NABL],
        events=[],
        claims=[claim("group:hts", "denies")],
    ),
    dict(
        title="Lebanon fails again to elect a president",
        published="2023-06-14T16:00:00Z",
        body="Lebanon's parliament failed again on Wednesday to elect a president, its twelfth "
        "attempt; Hezbollah, which fought in Syria's war, backed its ally's candidate.",
        is_syria_related=False,
        entities=["state:lebanon", "group:hezbollah", "state:syria"],
        places=[],
        events=[],
    ),
]


# Round 44: places that need their context (a Suran, a province, a governor), a protest
# against normalisation, an accident, a handover, a release after detention, an
# Israeli raid in Quneitra, the pound's fall, a Turkish negative in Iraq

FORTY_FOURTH_ROUND = [
    dict(
        title="Shelling kills three in Suran",
        published="2019-05-15T10:00:00Z",
        body="Government shelling hit the town of Suran in northern Hama, killing three "
        "civilians, the White Helmets said.",
        is_syria_related=True,
        entities=[GOV, "org:white-helmets"],
        places=[SURAN_HAMA, "gov:hama"],
        events=[event(SHELL, SURAN_HAMA, 3, actors=[GOV, CIV])],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="HTS and Hurras al-Din clash in Idlib",
        published="2020-06-24T10:00:00Z",
        body="Clashes broke out in Idlib province between HTS and Hurras al-Din, the "
        "Observatory said, without giving a toll.",
        is_syria_related=True,
        entities=["group:hts", "group:hurras-al-din", "org:sohr"],
        places=["gov:idlib"],
        events=[event(CLASH, "gov:idlib", actors=["group:hts", "group:hurras-al-din"])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Families return to Homs old city",
        published="2018-05-20T10:00:00Z",
        body="Homs governor said 20 families returned to the old city of Homs on Sunday.",
        is_syria_related=True,
        entities=[],
        places=[HOMS],
        events=[],
        claims=[claim(None)],
    ),
    dict(
        title="مظاهرة في إدلب رفضاً للتطبيع",
        published="2023-01-06T15:00:00Z",
        language="ar",
        body="شهدت مدينة إدلب مظاهرة حاشدة رفضاً للتطبيع مع النظام السوري.",
        is_syria_related=True,
        entities=[GOV],
        places=[IDLIB],
        events=[event(PROTEST, IDLIB, actors=[PRO])],
    ),
    dict(
        title="Turkish drone strike in Sinjar kills two",
        published="2023-03-10T10:00:00Z",
        body="Turkish drones struck a PKK vehicle in Iraq's Sinjar district, killing two, "
        "Kurdish officials said.",
        is_syria_related=False,
        entities=["group:turkish-forces", "state:iraq"],
        places=[place("Sinjar", 36.32, 41.87)],
        events=[],
    ),
    dict(
        title="Blast at ammunition depot near Jableh kills three soldiers",
        published="2023-06-06T15:00:00Z",
        body="An explosion at an ammunition depot in the Jableh area killed three soldiers on "
        "Tuesday; the army said the cause was a technical fault.",
        is_syria_related=True,
        entities=[GOV],
        places=[JABLEH],
        events=[],
        claims=[claim(GOV)],
    ),
    dict(
        title="Russian military police deploy to Manbij",
        published="2019-10-15T10:00:00Z",
        body="Russian military police deployed to Manbij on Monday after US troops withdrew, "
        "Russia's defence ministry said.",
        is_syria_related=True,
        entities=["group:russian-forces", "group:us-forces", "state:russia"],
        places=[MANBIJ],
        events=[
            event(
                HANDOVER,
                MANBIJ,
                actors=["group:russian-forces", "group:us-forces"],
                day="2019-10-14",
            )
        ],
        claims=[claim("state:russia")],
    ),
    dict(
        title="الهيئة تفرج عن ناشط إعلامي",
        published="2022-03-10T10:00:00Z",
        language="ar",
        body="أفرجت هيئة تحرير الشام عن ناشط إعلامي بعد اعتقاله لمدة شهرين في سجونها بإدلب.",
        is_syria_related=True,
        entities=["group:hts"],
        places=[IDLIB],
        events=[],
    ),
    dict(
        title="Israeli troops detain two shepherds in Quneitra",
        published="2025-09-03T10:00:00Z",
        body="Israeli troops raided the village of Kodana in Quneitra province and detained two "
        "shepherds, local sources said.",
        is_syria_related=True,
        entities=["group:israeli-forces"],
        places=[place("Kodana", 32.99, 35.83), "gov:quneitra"],
        events=[event(ARREST, place("Kodana", 32.99, 35.83), actors=["group:israeli-forces", CIV])],
        claims=[claim(None)],
    ),
    dict(
        title="Syrian pound hits record low",
        published="2023-08-14T10:00:00Z",
        body="The Syrian pound fell to a record low of 15,000 to the dollar on Monday, traders "
        "in Damascus said.",
        is_syria_related=True,
        entities=[],
        places=[DAMASCUS],
        events=[],
        claims=[claim(None)],
    ),
]


# Round 45: the forms of the record: a live blog with clock times, a UN office's
# release, a Syrian Archive style incident report, an Arabic timeline, a landmine, a
# hospital struck, the siege of Deir ez-Zor broken, a second night of shelling, the
# Aleppo evacuation, a German negative
KAFR_TAKHARIM = place("Kafr Takharim", 36.12, 36.52)

FORTY_FIFTH_ROUND = [
    dict(
        title="Live: Idlib under fire",
        published="2020-01-20T12:00:00Z",
        body="10:42 - Two people were killed when a shell hit a bakery in Ariha, rescuers "
        "said.\n11:15 - Warplanes struck the outskirts of Saraqib; no casualties were "
        "reported.",
        is_syria_related=True,
        entities=[],
        places=[IDLIB, ARIHA, SARAQIB],  # the headline's Idlib
        events=[event(SHELL, ARIHA, 2), event(AIR, SARAQIB)],
        claims=[claim(None)],
    ),
    dict(
        title="OCHA: 900,000 displaced in north-west Syria since December",
        published="2020-02-20T10:00:00Z",
        body="OCHA said on Thursday that more than 900,000 people had been displaced in "
        "north-west Syria since December, the largest displacement of the war.",
        is_syria_related=True,
        entities=["org:un", "state:syria"],
        places=[],
        events=[],
        claims=[claim("org:un")],
    ),
    dict(
        title="Kafr Nabl Surgical Hospital",
        published="2019-06-15T10:00:00Z",
        body="On 28 May 2019, at approximately 10:00, an airstrike targeted the Kafr Nabl "
        "Surgical Hospital, putting it out of service. No casualties were reported among the "
        "staff.",
        is_syria_related=True,
        entities=[],
        places=[KAFR_NABL],
        events=[event(AIR, KAFR_NABL, day="2019-05-28")],
    ),
    dict(
        title="إدلب: غارات وقصف",
        published="2019-09-05T12:00:00Z",
        language="ar",
        body="الساعة 09:15: غارة جوية روسية على أطراف بلدة كفرتخاريم.\nالساعة 10:30: قصف مدفعي "
        "لقوات النظام على بلدة جسر الشغور.",
        is_syria_related=True,
        entities=["group:russian-forces", GOV],
        places=[KAFR_TAKHARIM, JISR],
        events=[
            event(AIR, KAFR_TAKHARIM, actors=["group:russian-forces"]),
            event(SHELL, JISR, actors=[GOV]),
        ],
    ),
    dict(
        title="Landmine kills two shepherds near Harem",
        published="2021-03-02T10:00:00Z",
        body="A landmine exploded near Harem on Monday, killing two shepherds, local sources said.",
        is_syria_related=True,
        entities=[],
        places=[HAREM],
        events=[event(IED, HAREM, 2, day="2021-03-01")],
        claims=[claim(None)],
    ),
    dict(
        title="Russian jets strike Darat Izza hospital",
        published="2019-11-09T10:00:00Z",
        body="Russian jets struck the hospital in Darat Izza on Friday, killing a nurse, "
        "according to the Syrian American Medical Society.",
        is_syria_related=True,
        entities=["group:russian-forces"],
        places=[DARAT_IZZA],
        events=[event(AIR, DARAT_IZZA, 1, actors=["group:russian-forces", CIV], day="2019-11-08")],
        claims=[claim(None)],
    ),
    dict(
        title="الجيش يكسر حصار دير الزور",
        published="2017-09-06T10:00:00Z",
        language="ar",
        body="دخلت وحدات من الجيش العربي السوري مدينة دير الزور بعد كسر الحصار الذي فرضه تنظيم "
        "داعش لأكثر من ثلاث سنوات.",
        is_syria_related=True,
        entities=[GOV, "group:isis"],
        places=[DEIR_EZ_ZOR],
        events=[event(REGAIN, DEIR_EZ_ZOR, actors=[GOV, "group:isis"])],
    ),
    dict(
        title="Turkish artillery shells SDF around Tal Rifaat",
        published="2022-08-20T10:00:00Z",
        body="Turkish artillery shelled SDF positions around Tal Rifaat for a second night, the "
        "SDF said; no casualties were reported.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf"],
        places=[TAL_RIFAAT],
        events=[event(SHELL, TAL_RIFAAT, actors=["group:turkish-forces", "group:sdf"])],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="Knife attack in Solingen",
        published="2024-08-25T10:00:00Z",
        body="Police in Germany arrested a Syrian man after a knife attack at a festival in "
        "Solingen killed three people.",
        is_syria_related=False,
        entities=[],
        places=[place("Solingen", 51.17, 7.08)],
        events=[],
    ),
    dict(
        title="First buses leave eastern Aleppo",
        published="2016-12-15T18:00:00Z",
        body="The first buses carrying rebels and civilians left eastern Aleppo on Thursday "
        "under a deal brokered by Russia and Turkey, state television said.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "state:russia", "state:turkey"],
        places=[ALEPPO],
        events=[event(HANDOVER, ALEPPO, actors=["group:syrian-rebels"], day="2016-12-15")],
        claims=[claim(None)],
    ),
]

HIRAK = place("Al-Hirak", 32.75, 36.31)
KABANI = place("Kabani", 35.83, 36.25)
JABAL_AL_AKRAD = place("Jabal al-Akrad", 35.65, 36.20)
TADAMON = place("Tadamon", 33.48, 36.31)
SUQAYLABIYAH = place("Suqaylabiyah", 35.37, 36.39)
MOSUL = place("Mosul", 36.34, 43.13)

FORTY_SIXTH_ROUND = [
    dict(
        title="مقتل ثلاثة عناصر من قوات النظام بهجوم في ريف درعا الشرقي",
        published="2022-03-14T09:00:00Z",
        language="ar",
        body="تعرضت نقطة عسكرية لقوات النظام لهجوم من قبل مسلحين مجهولين في بلدة الحراك بريف "
        "درعا الشرقي، ما أسفر عن مقتل ثلاثة عناصر، وفقاً للمرصد السوري لحقوق الإنسان.",
        is_syria_related=True,
        entities=[GOV, "org:sohr"],
        places=[HIRAK, "gov:daraa"],
        events=[event(CLASH, HIRAK, 3)],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Russian patrol comes under fire near Tal Tamr",
        published="2020-02-11T08:00:00Z",
        body="A Russian military police patrol came under fire near Tal Tamr in Hasakah province "
        "on Monday, Russia's defence ministry said, adding that no one was hurt. The ministry "
        "blamed militants for the attack but did not name a group.",
        is_syria_related=True,
        entities=["group:russian-forces", "state:russia"],
        places=[TAL_TAMR, "gov:hasakah"],
        events=[event(CLASH, TAL_TAMR, day="2020-02-10")],
        claims=[claim("state:russia")],
    ),
    dict(
        title="Evening bulletin: north-west Syria",
        published="2019-05-07T19:00:00Z",
        body="ANCHOR: Turning now to Syria, where the bombardment of the north-west goes on. Our "
        "correspondent reports.\nCORRESPONDENT: Government helicopters dropped barrel bombs on "
        "Khan Shaykhun again today, and residents told us at least four people died. The army "
        "says it is fighting terrorists.",
        is_syria_related=True,
        entities=[GOV, "state:syria"],
        places=[KHAN_SHAYKHUN],
        events=[event(AIR, KHAN_SHAYKHUN, 4, actors=[GOV], day="2019-05-07")],
        claims=[claim(None), claim(GOV)],
    ),
    dict(
        title="Regime soldier killed by HTS sniper in Jabal al-Akrad",
        published="2023-09-12T10:00:00Z",
        body="SOHR: A regime soldier was killed by sniper fire from Hay'at Tahrir al-Sham on the "
        "Kabani front in Jabal al-Akrad, in the northern countryside of Latakia.",
        is_syria_related=True,
        entities=["org:sohr", "group:hts", GOV],
        places=[KABANI, JABAL_AL_AKRAD, "gov:latakia"],
        events=[event(CLASH, KABANI, 1, actors=["group:hts", GOV])],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="Security forces arrest ex-officer over Tadamon massacre",
        published="2025-05-20T15:00:00Z",
        body="Syria's General Security forces arrested a former army officer in the Latakia "
        "countryside who is accused of taking part in the 2013 Tadamon massacre in Damascus, the "
        "interior ministry said on Tuesday.",
        is_syria_related=True,
        entities=["state:syria", G2024, "org:syrian-interior-ministry"],
        places=["gov:latakia", TADAMON, DAMASCUS],
        events=[event(ARREST, "gov:latakia", actors=[G2024])],
        claims=[claim("org:syrian-interior-ministry")],
    ),
    dict(
        title="مظاهرة حاشدة في ساحة الكرامة بالسويداء",
        published="2023-08-25T16:00:00Z",
        language="ar",
        body="تظاهر آلاف من أهالي محافظة السويداء في ساحة الكرامة وسط المدينة يوم الجمعة، "
        "مطالبين بإسقاط النظام والإفراج عن المعتقلين، وفق ما أفادت شبكة السويداء 24 المحلية.",
        is_syria_related=True,
        entities=[],
        places=["gov:suwayda", SUWAYDA],
        events=[event(PROTEST, SUWAYDA, actors=[PRO], day="2023-08-25")],
        claims=[claim(None)],
    ),
    dict(
        title="Iraqi court sentences IS member to death",
        published="2024-03-06T12:00:00Z",
        body="A court in Baghdad sentenced an Islamic State member to death on Wednesday for his "
        "role in the 2014 Speicher massacre, the judiciary said. The man was arrested in Mosul "
        "in 2019 after returning from Syria.",
        is_syria_related=False,
        entities=["state:iraq", "group:isis", "state:syria"],
        places=[place("Baghdad", 33.31, 44.37), MOSUL],
        events=[],
    ),
    dict(
        title="استشهاد مدنيين اثنين بقذائف صاروخية على السقيلبية",
        published="2021-05-02T11:00:00Z",
        language="ar",
        body="استشهد مدنيان وأصيب ثلاثة آخرون جراء اعتداء المجموعات الإرهابية بالقذائف الصاروخية "
        "على مدينة السقيلبية بريف حماة الشمالي الغربي، وفق ما أفاد مراسل سانا.",
        is_syria_related=True,
        entities=["org:sana"],
        places=[SUQAYLABIYAH, "gov:hama"],
        events=[event(SHELL, SUQAYLABIYAH, 2, 3)],
        claims=[claim("org:sana")],
    ),
    dict(
        title="Turkish drone kills two SDF fighters near Qamishli",
        published="2022-11-22T17:00:00Z",
        body="A Turkish drone struck a car near Qamishli on Tuesday, killing two members of the "
        "Kurdish-led Syrian Democratic Forces, the SDF said. Turkey's defence ministry said it "
        "had neutralised four terrorists in northern Syria.",
        is_syria_related=True,
        entities=["group:turkish-forces", "group:sdf", "state:turkey", "state:syria"],
        places=[QAMISHLI],
        events=[
            event(AIR, QAMISHLI, 2, actors=["group:turkish-forces", "group:sdf"], day="2022-11-22")
        ],
        claims=[claim("group:sdf"), claim("state:turkey")],
    ),
    dict(
        title="SDF hands Tishrin Dam to government forces",
        published="2025-06-14T13:00:00Z",
        body="The Syrian Democratic Forces handed control of the Tishrin Dam to government forces "
        "on Saturday under an agreement reached in March, the defence ministry said.",
        is_syria_related=True,
        entities=["group:sdf", G2024, "org:syrian-defence-ministry"],
        places=[TISHRIN_DAM],
        events=[event(HANDOVER, TISHRIN_DAM, actors=["group:sdf", G2024], day="2025-06-14")],
        claims=[claim("org:syrian-defence-ministry")],
    ),
]

QURAYYA = place("Al-Qurayya", 32.54, 36.60)

FORTY_SEVENTH_ROUND = [
    dict(
        title="HTS drones strike army positions near Saraqib",
        published="2024-10-14T09:00:00Z",
        body="Hayat Tahrir al-Sham launched suicide drones at Syrian army positions near Saraqib "
        "on Sunday, killing two soldiers, the Syrian Observatory for Human Rights said. "
        "Government artillery later shelled the outskirts of Sarmin.",
        is_syria_related=True,
        entities=["group:hts", GOV, "org:sohr"],
        places=[SARAQIB, SARMIN],
        events=[
            event(AIR, SARAQIB, 2, actors=["group:hts", GOV], day="2024-10-13"),
            event(SHELL, SARMIN, actors=[GOV]),
        ],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="انفجار لغم من مخلفات الحرب يقتل طفلين في ريف حماة",
        published="2023-03-12T15:00:00Z",
        language="ar",
        body="قتل طفلان وأصيب ثالث بجروح خطيرة، اليوم الأحد، جراء انفجار لغم أرضي من مخلفات "
        "الحرب أثناء رعيهم الأغنام في محيط بلدة اللطامنة بريف حماة الشمالي، بحسب ما أفاد الدفاع "
        "المدني السوري.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[LATAMNEH, "gov:hama"],
        events=[event(IED, LATAMNEH, 2, 1, day="2023-03-12")],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="Tribal fighting with SDF spreads to Dhiban",
        published="2023-08-30T18:00:00Z",
        body="Clashes between Arab tribal fighters and the Kurdish-led Syrian Democratic Forces "
        "spread to the town of Dhiban in eastern Deir ez-Zor on Wednesday, the Observatory said, "
        "adding that at least 9 people had been killed in two days of fighting.",
        is_syria_related=True,
        entities=["group:sdf", "org:sohr"],
        places=[DHIBAN, "gov:deir-ez-zor"],
        events=[event(CLASH, DHIBAN, 9, day="2023-08-30")],
        claims=[claim("org:sohr")],
    ),
    dict(
        title="مظاهرة في إدلب تطالب بإسقاط الجولاني",
        published="2024-05-31T16:00:00Z",
        language="ar",
        body="تظاهر المئات في مدينة إدلب، يوم الجمعة، مطالبين بإسقاط زعيم هيئة تحرير الشام أبو "
        "محمد الجولاني وإطلاق سراح المعتقلين في سجون الهيئة.",
        is_syria_related=True,
        entities=["group:hts", "person:ahmed-al-sharaa"],
        places=[IDLIB_CITY],
        events=[event(PROTEST, IDLIB_CITY, actors=[PRO], day="2024-05-31")],
    ),
    dict(
        title="Russia says militants shelled Aleppo",
        published="2019-03-05T09:00:00Z",
        body="Militants in the Idlib de-escalation zone shelled residential areas of Aleppo on "
        "Monday, killing three civilians, the Russian Centre for Reconciliation in Syria said. "
        "Rebels denied firing on the city.",
        is_syria_related=True,
        entities=["state:russia", "group:syrian-rebels", "state:syria"],
        places=[ALEPPO, "gov:idlib"],
        events=[event(SHELL, ALEPPO, 3, day="2019-03-04")],
        claims=[
            claim("state:russia", contested=True),
            claim("group:syrian-rebels", "denies", contested=True),
        ],
    ),
    dict(
        title="الجيش يستهدف بالمدفعية تجمعات للإرهابيين في ريف إدلب الجنوبي",
        published="2022-06-10T10:00:00Z",
        language="ar",
        body="استهدفت وحدات من الجيش العربي السوري بالمدفعية الثقيلة تجمعات وتحصينات للتنظيمات "
        "الإرهابية في محيط بلدة كنصفرة بريف إدلب الجنوبي، ما أدى إلى مقتل عدد من الإرهابيين "
        "وتدمير عتادهم، حسب ما أفاد مراسل سانا.",
        is_syria_related=True,
        entities=[GOV, "org:sana"],
        places=[KANSAFRA, "gov:idlib"],
        events=[event(SHELL, KANSAFRA, actors=[GOV])],
        claims=[claim("org:sana")],
    ),
    dict(
        title="Syria beat Myanmar 7-0 in World Cup qualifier",
        published="2023-11-21T20:00:00Z",
        body="Syria's national football team beat Myanmar 7-0 in a World Cup qualifier in Jeddah "
        "on Tuesday, with Omar Kharbin scoring twice.",
        is_syria_related=True,
        entities=["state:syria"],
        places=[place("Jeddah", 21.49, 39.19)],
        events=[],
    ),
    dict(
        title="Fuel tanker bomb kills 40 in Afrin market",
        published="2020-04-28T18:00:00Z",
        body="A fuel tanker rigged with explosives blew up in a crowded market in Afrin on "
        "Tuesday, killing at least 40 people including 11 children, Turkey's defence ministry "
        "said, blaming the YPG.",
        is_syria_related=True,
        entities=["state:turkey", "group:ypg"],
        places=[AFRIN],
        events=[event(IED, AFRIN, 40, actors=["group:ypg", CIV], day="2020-04-28")],
        claims=[claim("state:turkey")],
    ),
    dict(
        title="اختطاف شاب في القريا بريف السويداء",
        published="2021-07-14T09:00:00Z",
        language="ar",
        body="اختطف مسلحون مجهولون شاباً في بلدة القريا بريف السويداء الجنوبي مساء أمس الثلاثاء، "
        "وطالبوا ذويه بفدية مالية مقابل الإفراج عنه، بحسب شبكة السويداء 24.",
        is_syria_related=True,
        entities=[],
        places=[QURAYYA, "gov:suwayda"],
        events=[event(ABDUCT, QURAYYA, day="2021-07-13")],
        claims=[claim(None)],
    ),
    dict(
        title="Rebels launch offensive to break Aleppo siege",
        published="2016-07-31T18:00:00Z",
        body="Rebel groups including Jabhat Fateh al-Sham launched a major offensive on Sunday to "
        "break the government's siege of eastern Aleppo, attacking army positions in the city's "
        "southwest, a rebel commander said. The Observatory said at least 50 fighters from both "
        "sides had been killed.",
        is_syria_related=True,
        entities=["group:syrian-rebels", "group:nusra", GOV, "org:sohr"],
        places=[ALEPPO],
        events=[
            event(
                CLASH,
                ALEPPO,
                50,
                actors=["group:syrian-rebels", "group:nusra", GOV],
                day="2016-07-31",
            )
        ],
        claims=[claim(None), claim("org:sohr")],
    ),
]

FORTY_EIGHTH_ROUND = [
    dict(
        title="Israeli drone strike kills two near Beit Jinn",
        published="2025-08-14T08:00:00Z",
        body="An Israeli drone struck a vehicle near Beit Jinn in the Damascus countryside on "
        "Wednesday, killing two men the Israeli military said were smuggling weapons to "
        "Hezbollah, state news agency SANA reported.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:hezbollah", "org:sana"],
        places=[BEIT_JINN, "gov:rif-dimashq"],
        events=[event(AIR, BEIT_JINN, 2, actors=["group:israeli-forces"], day="2025-08-13")],
        claims=[claim("group:israeli-forces"), claim("org:sana")],
    ),
    dict(
        title="مقتل ثلاثة عناصر من الأمن العام بكمين قرب جبلة",
        published="2025-03-06T20:00:00Z",
        language="ar",
        body="قُتل ثلاثة عناصر من الأمن العام وأصيب آخرون في كمين نصبه مسلحون من فلول النظام "
        "البائد قرب مدينة جبلة بريف اللاذقية، مساء اليوم الخميس، وفق ما نقلت وكالة سانا عن مصدر "
        "أمني.",
        is_syria_related=True,
        entities=[G2024, "org:sana"],
        places=[JABLEH, "gov:latakia"],
        events=[event(CLASH, JABLEH, 3, day="2025-03-06")],
        claims=[claim("org:sana")],
    ),
    dict(
        title="UN Security Council discusses Syria chemical weapons file",
        published="2023-03-07T20:00:00Z",
        body="The UN Security Council met on Tuesday to discuss Syria's chemical weapons file, "
        "with Western members saying Damascus had still not answered questions about its "
        "declaration to the OPCW.",
        is_syria_related=True,
        entities=["org:un", "state:syria", "org:opcw"],
        places=[],
        events=[],
    ),
    dict(
        title="IS attack on SDF checkpoint kills three near Busayrah",
        published="2021-10-03T12:00:00Z",
        body="Islamic State militants attacked an SDF checkpoint in the town of Al-Busayrah late "
        "on Saturday, killing three fighters, the SDF said in a statement on Sunday.",
        is_syria_related=True,
        entities=["group:isis", "group:sdf"],
        places=[BUSAYRAH],
        events=[event(CLASH, BUSAYRAH, 3, actors=["group:isis", "group:sdf"], day="2021-10-02")],
        claims=[claim("group:sdf")],
    ),
    dict(
        title="Israeli strike near Qusayr kills three Hezbollah fighters",
        published="2024-01-29T15:00:00Z",
        body="An Israeli strike near al-Qusayr in Homs province close to the Lebanese border "
        "killed three Hezbollah fighters, a source close to the group said on Monday.",
        is_syria_related=True,
        entities=["group:israeli-forces", "group:hezbollah", "state:lebanon"],
        places=[QUSAYR, "gov:homs"],
        events=[event(AIR, QUSAYR, 3, actors=["group:israeli-forces", "group:hezbollah"])],
        claims=[claim(None)],
    ),
    dict(
        title="Two children killed as old shell goes off in Sarmada",
        published="2022-06-20T07:00:00Z",
        body="Two children were killed on Sunday when an unexploded shell went off near their home "
        "in Sarmada, north of Idlib, the White Helmets said.",
        is_syria_related=True,
        entities=["org:white-helmets"],
        places=[SARMADA, IDLIB_CITY],
        events=[event(IED, SARMADA, 2, day="2022-06-19")],
        claims=[claim("org:white-helmets")],
    ),
    dict(
        title="الشرطة العسكرية تعتقل عنصراً من فصيل الحمزات في عفرين",
        published="2022-09-15T10:00:00Z",
        language="ar",
        body="اعتقلت الشرطة العسكرية التابعة للجيش الوطني السوري، يوم الأربعاء، عنصراً من فصيل "
        "الحمزات في مدينة عفرين بتهمة الاعتداء على مدنيين، بحسب مصادر محلية.",
        is_syria_related=True,
        entities=["group:sna", "group:hamza-division"],
        places=[AFRIN],
        events=[event(ARREST, AFRIN, actors=["group:sna"], day="2022-09-14")],
        claims=[claim(None)],
    ),
    dict(
        title="Car bomb kills one in Damascus's Mezzeh",
        published="2022-10-06T12:00:00Z",
        body="A bomb attached to a car exploded in Damascus's Mezzeh district on Thursday, killing "
        "one person, state news agency SANA said.",
        is_syria_related=True,
        entities=["org:sana"],
        places=[DAMASCUS, MEZZEH],
        events=[event(IED, MEZZEH, 1, day="2022-10-06")],
        claims=[claim("org:sana")],
    ),
    dict(
        title="الأسايش تعتقل خمسة أشخاص في القامشلي",
        published="2023-04-11T10:00:00Z",
        language="ar",
        body="شنت قوى الأمن الداخلي (الأسايش) حملة مداهمات في حي الهلالية بمدينة القامشلي، واعتقلت "
        "خمسة أشخاص يشتبه بانتمائهم لخلايا تنظيم داعش.",
        is_syria_related=True,
        entities=["group:asayish", "group:isis"],
        places=[QAMISHLI],
        events=[event(ARREST, QAMISHLI, actors=["group:asayish"])],
    ),
    dict(
        title="Activists say 30 killed in Homs shelling",
        published="2012-02-07T18:00:00Z",
        body="Syrian troops shelled the Baba Amr district of Homs for a fifth day on Tuesday, "
        "killing at least 30 people, activists said. The government says it is fighting armed "
        "terrorist gangs.",
        is_syria_related=True,
        entities=[GOV, "state:syria"],
        places=[BABA_AMR, HOMS],
        events=[event(SHELL, BABA_AMR, 30, actors=[GOV], day="2012-02-07")],
        claims=[claim(None), claim("state:syria")],
    ),
]

HELDOUT = (
    FIRST_ROUND
    + SECOND_ROUND
    + THIRD_ROUND
    + FOURTH_ROUND
    + FIFTH_ROUND
    + SIXTH_ROUND
    + SEVENTH_ROUND
    + EIGHTH_ROUND
    + NINTH_ROUND
    + TENTH_ROUND
    + ELEVENTH_ROUND
    + TWELFTH_ROUND
    + THIRTEENTH_ROUND
    + FOURTEENTH_ROUND
    + FIFTEENTH_ROUND
    + SIXTEENTH_ROUND
    + SEVENTEENTH_ROUND
    + EIGHTEENTH_ROUND
    + NINETEENTH_ROUND
    + TWENTIETH_ROUND
    + TWENTY_FIRST_ROUND
    + TWENTY_SECOND_ROUND
    + TWENTY_THIRD_ROUND
    + TWENTY_FOURTH_ROUND
    + TWENTY_FIFTH_ROUND
    + TWENTY_SIXTH_ROUND
    + TWENTY_SEVENTH_ROUND
    + TWENTY_EIGHTH_ROUND
    + TWENTY_NINTH_ROUND
    + THIRTIETH_ROUND
    + THIRTY_FIRST_ROUND
    + THIRTY_SECOND_ROUND
    + THIRTY_THIRD_ROUND
    + THIRTY_FOURTH_ROUND
    + THIRTY_FIFTH_ROUND
    + THIRTY_SIXTH_ROUND
    + THIRTY_SEVENTH_ROUND
    + THIRTY_EIGHTH_ROUND
    + THIRTY_NINTH_ROUND
    + FORTIETH_ROUND
    + FORTY_FIRST_ROUND
    + FORTY_SECOND_ROUND
    + FORTY_THIRD_ROUND
    + FORTY_FOURTH_ROUND
    + FORTY_FIFTH_ROUND
    + FORTY_SIXTH_ROUND
    + FORTY_SEVENTH_ROUND
    + FORTY_EIGHTH_ROUND
)
