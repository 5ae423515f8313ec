"""The typed records that flow through the pipeline, one way:

    RawDocument (sources) -> Article (normalise) -> Detection (detect) -> warehouse

They are frozen dataclasses: no feedparser dict, httpx response or DuckDB row
leaves the module that produced it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime


@dataclass(frozen=True, slots=True)
class Source:
    """Where documents come from: a seed folder or a feed."""

    kind: str  # "seed" or "feed"
    name: str
    location: str  # folder path, or the feed URL as configured
    language: str | None = None
    interval: int = 15  # feeds: minutes between polls
    full_text: bool = False  # feeds: fetch each new entry's page for the full text

    @property
    def id(self) -> str:
        return f"{self.kind}:{self.location}"


@dataclass(frozen=True, slots=True)
class RawDocument:
    """One article as a source delivered it, before any cleanup.

    `body` is plain text unless `body_is_html` is set. `published` is whatever
    the source said, unparsed; `origin` names the file (and line) or feed entry.
    """

    source: Source
    origin: str
    title: str
    body: str
    body_is_html: bool = False
    url: str | None = None
    published: str | None = None
    published_from: str | None = None  # where `published` came from, e.g. "entry published"
    language: str | None = None
    guid: str | None = None
    author: str | None = None


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source_id: str
    origin: str
    url: str | None
    title: str
    body: str
    language: str
    published_at: datetime | None  # UTC
    published_from: str | None  # how published_at was obtained; None when it is unknown
    fetched_at: datetime
    content_hash: str
    simhash: int
    guid: str | None = None
    author: str | None = None

    @property
    def text(self) -> str:
        """Title and body as one text, the way detection reads it."""
        return f"{self.title}\n{self.body}" if self.title else self.body


@dataclass(frozen=True, slots=True)
class SourceFailure:
    """A source, or one document of it, that could not be read, and why."""

    where: str
    message: str


@dataclass(frozen=True, slots=True)
class Collected:
    """What reading one source gave: documents and per-document failures."""

    source: Source
    documents: tuple[RawDocument, ...] = ()
    failures: tuple[SourceFailure, ...] = ()


@dataclass(frozen=True, slots=True)
class DatedAlias:
    """A name that meant this entity only for a while ("the Syrian president")."""

    alias: str
    since: date | None = None  # first day it applies
    until: date | None = None  # first day it no longer applies

    def applies_on(self, day: date) -> bool:
        return (self.since is None or self.since <= day) and (
            self.until is None or day < self.until
        )


@dataclass(frozen=True, slots=True, eq=False)
class Entity:
    """A gazetteer entry. Places carry coordinates; `syria_weight` feeds relevance.

    Compared by identity: the watchlist makes each entity once, and hashing the
    alias tuple on every set or dict use was a measurable cost."""

    id: str
    name: str
    type: str  # person, armed_group, organisation, state, collective (civilians...), place
    aliases: tuple[str, ...]
    wikidata: str | None = None
    subtype: str | None = None  # for places: governorate, city, town, crossing, base ...
    lat: float | None = None
    lon: float | None = None
    governorate: str | None = None
    pcode: str | None = None
    actor_class: str | None = None  # ACLED interaction class for actors
    syria_weight: float = 0.0
    dated_aliases: tuple[DatedAlias, ...] = ()
    forces: str | None = (
        None  # a state's military, the actor when it acts: "Military Forces of Russia"
    )
    capital: str | None = None  # a state's capital, the place: "Damascus said" is the state


@dataclass(frozen=True, slots=True)
class Mention:
    entity_id: str
    surface: str
    start: int
    end: int
    alias: str


@dataclass(frozen=True, slots=True)
class KeywordHit:
    term: str
    count: int


@dataclass(frozen=True, slots=True)
class Figure:
    """A casualty figure as one source states it, kept beside the coded one."""

    kind: str  # killed | injured
    value: int
    source_id: str | None  # the entity that states it, when the text says who
    source: str | None  # as written in the text
    evidence: str


@dataclass(frozen=True, slots=True)
class Event:
    type: str
    subtype: str
    location_id: str | None
    actors: tuple[str, ...]  # entity ids
    fatalities: int | None  # coded the ACLED way from `figures`
    event_date: date | None
    evidence: str
    confidence: float
    injuries: int | None = None
    figures: tuple[Figure, ...] = ()


@dataclass(frozen=True, slots=True)
class Claim:
    """Who said what: a speaker, asserting or denying, about a kind of event."""

    speaker_id: str | None  # the entity; None when the text does not say who
    speaker: str  # as written in the text
    stance: str  # asserts | denies
    about: str | None  # the ACLED sub-type the claim is about, when it is about one
    evidence: str
    contested: bool = False  # another speaker says the opposite about the same thing


@dataclass(frozen=True, slots=True)
class Detection:
    article_id: str
    is_syria_related: bool
    relevance: float
    keywords: tuple[KeywordHit, ...] = ()
    mentions: tuple[Mention, ...] = ()
    events: tuple[Event, ...] = field(default=())
    claims: tuple[Claim, ...] = ()
