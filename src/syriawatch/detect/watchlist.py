"""The watchlist: gazetteer entities, keyword rules and event triggers, as data.

Files under `config/watchlist/`:
- `entities.toml`: people, armed groups, organisations, states (`[[entity]]`);
- `places.csv`: places with coordinates, governorate and p-code;
- `keywords.toml`: relevance settings and weighted keyword rules;
- `events.toml`: trigger terms per ACLED sub-type, and negation/background cues.

Loading validates everything (unknown keys, bad coordinates, unknown ACLED
types, duplicate ids) and names file and line on error. Alias variants are
generated here once ("al-"/"el-", dropped article, Arabic proclitics, "X
province" for governorates), so the matcher only ever sees literal phrases.
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from pydantic import Field, ValidationError, model_validator

from ..config import Model, read_toml
from ..errors import ConfigError
from ..records import Entity
from .taxonomy import ACTOR_CLASSES, EVENT_TYPES
from .text import fold_phrase

ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an")
ARABIC_PROCLITICS = ("و", "ب", "ل", "ف", "وب", "ول")


class EntityRow(Model):
    id: str = Field(pattern=r"^[a-z0-9_:.-]+$")
    name: str
    type: Literal["person", "armed_group", "organisation", "state", "place"]
    aliases: tuple[str, ...] = ()
    wikidata: str | None = Field(default=None, pattern=r"^Q\d+$")
    subtype: str | None = None
    lat: float | None = Field(default=None, ge=-90, le=90)
    lon: float | None = Field(default=None, ge=-180, le=180)
    governorate: str | None = None
    pcode: str | None = Field(default=None, pattern=r"^SY\d{2,8}$")
    actor_class: str | None = None
    syria_weight: float = 0.0

    @model_validator(mode="after")
    def _check(self) -> EntityRow:
        if self.actor_class and self.actor_class not in ACTOR_CLASSES:
            raise ValueError(f"actor_class must be one of {', '.join(ACTOR_CLASSES)}")
        if (self.lat is None) != (self.lon is None):
            raise ValueError("lat and lon go together")
        if self.type == "place" and self.lat is None:
            raise ValueError("a place needs lat and lon")
        return self


class EntitiesFile(Model):
    entity: tuple[EntityRow, ...]


class RelevanceSettings(Model):
    threshold: float = Field(default=0.5, gt=0, lt=1)
    saturation: float = Field(default=3.0, gt=0, description="score at which relevance is ~0.63")


class KeywordRule(Model):
    term: str
    weight: float
    aliases: tuple[str, ...] = ()


class KeywordsFile(Model):
    relevance: RelevanceSettings = RelevanceSettings()
    keyword: tuple[KeywordRule, ...] = ()


class Trigger(Model):
    type: str
    subtype: str
    terms: tuple[str, ...] = Field(min_length=1)
    priority: int = 0
    state_subtype: str | None = None  # the sub-type when the acting side is state forces

    @model_validator(mode="after")
    def _check(self) -> Trigger:
        subtypes = EVENT_TYPES.get(self.type)
        if subtypes is None:
            raise ValueError(f"unknown ACLED event type {self.type!r}")
        for subtype in (self.subtype, self.state_subtype):
            if subtype is not None and subtype not in subtypes:
                raise ValueError(f"{subtype!r} is not a sub-type of {self.type!r}")
        return self


class Cues(Model):
    negation: tuple[str, ...] = ()
    background: tuple[str, ...] = ()


class EventsFile(Model):
    cues: Cues = Cues()
    trigger: tuple[Trigger, ...] = ()


@dataclass(frozen=True)
class Watchlist:
    entities: dict[str, Entity]
    keywords: tuple[KeywordRule, ...]
    relevance: RelevanceSettings
    triggers: tuple[Trigger, ...]
    cues: Cues

    def patterns(self) -> Iterator[tuple[str, tuple[str, str]]]:
        """Every phrase to look for, tagged (kind, key), variants included."""
        for entity in self.entities.values():
            for alias in entity_aliases(entity):
                yield alias, ("entity", entity.id)
        for index, rule in enumerate(self.keywords):
            for term in (rule.term, *rule.aliases):
                for variant in alias_variants(term):
                    yield variant, ("keyword", str(index))
        for index, trigger in enumerate(self.triggers):
            for term in trigger.terms:
                yield term, ("trigger", str(index))
        for cue_kind in ("negation", "background"):
            for term in getattr(self.cues, cue_kind):
                yield term, ("cue", cue_kind)


def load_watchlist(folder: Path) -> Watchlist:
    entities_file = read_toml(folder / "entities.toml", EntitiesFile)
    rows = list(entities_file.entity) + list(read_places(folder / "places.csv"))
    entities: dict[str, Entity] = {}
    for row in rows:
        if row.id in entities:
            raise ConfigError(folder, f"entity id {row.id!r} is defined twice")
        entities[row.id] = Entity(**row.model_dump())
    keywords = read_toml(folder / "keywords.toml", KeywordsFile)
    events = read_toml(folder / "events.toml", EventsFile)
    return Watchlist(entities, keywords.keyword, keywords.relevance, events.trigger, events.cues)


PLACE_COLUMNS = (
    "id",
    "name",
    "subtype",
    "governorate",
    "lat",
    "lon",
    "pcode",
    "wikidata",
    "syria_weight",
    "aliases",
)


def read_places(path: Path) -> Iterator[EntityRow]:
    """places.csv: one place a row; `aliases` separated by '|'."""
    try:
        handle = path.open(encoding="utf-8", newline="")
    except OSError as exc:
        raise ConfigError(path, f"cannot read: {exc.strerror}") from None
    with handle:
        reader = csv.DictReader(handle)
        if tuple(reader.fieldnames or ()) != PLACE_COLUMNS:
            raise ConfigError(path, f"header must be: {','.join(PLACE_COLUMNS)}", line=1)
        for row in reader:
            values = {k: v.strip() for k, v in row.items() if v is not None and v.strip()}
            values["aliases"] = tuple(
                a.strip() for a in values.get("aliases", "").split("|") if a.strip()
            )
            values["type"] = "place"
            try:
                yield EntityRow.model_validate(values)
            except ValidationError as exc:
                error = exc.errors()[0]
                field = ".".join(str(p) for p in error["loc"]) or "row"
                raise ConfigError(path, f"{field}: {error['msg']}", line=reader.line_num) from None


def entity_aliases(entity: Entity) -> Iterator[str]:
    names = (entity.name, *entity.aliases)
    if entity.subtype == "governorate":
        names = tuple(governorate_forms(names))
    for name in names:
        yield from alias_variants(name)


def governorate_forms(names: tuple[str, ...]) -> Iterator[str]:
    """A governorate is named with its word: "Homs province", "محافظة حمص".

    The bare name is left to the city of the same name (see places.csv), which
    is how news copy uses it.
    """
    for name in names:
        if any("\u0600" <= c <= "\u06ff" for c in name):
            yield name if name.startswith(("محافظة", "ريف")) else f"محافظة {name}"
        elif any(w in name.lower() for w in ("province", "governorate", "countryside", "rural")):
            yield name
        else:
            yield from (
                f"{name} province",
                f"{name} governorate",
                f"province of {name}",
                f"governorate of {name}",
            )


def alias_variants(alias: str) -> Iterator[str]:
    """The alias, its "al-"/"el-" twin, without the article, and Arabic with proclitics."""
    folded = fold_phrase(alias)
    yield folded
    tokens = folded.split(" ")
    if any(t in ("al", "el") for t in tokens):
        swap = {"al": "el", "el": "al"}
        yield " ".join(swap.get(t, t) for t in tokens)
    if len(tokens) >= 2 and tokens[0] in ARTICLES and len("".join(tokens[1:])) >= 5:
        yield " ".join(tokens[1:])
    if any("\u0600" <= c <= "\u06ff" for c in folded):
        for clitic in ARABIC_PROCLITICS:
            yield clitic + folded
        if folded.startswith("ال"):
            yield "لل" + folded[2:]
            yield "ولل" + folded[2:]
