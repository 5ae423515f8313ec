"""Alert rules as data (`config/alerts.toml`), and the pure decisions over them:
does a rule match a story (and why), and how severe is the story."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Literal

from pydantic import Field, model_validator

from ..config import Model, read_toml
from ..detect.taxonomy import EVENT_TYPES
from .stories import Story

Severity = Literal["low", "medium", "high", "critical"]
Mode = Literal["immediate", "hourly", "daily"]
SEVERITIES: tuple[Severity, ...] = ("low", "medium", "high", "critical")
ALL_SUBTYPES = {s for subtypes in EVENT_TYPES.values() for s in subtypes}


class Defaults(Model):
    cooldown_minutes: int = Field(default=60, ge=0)
    lookback_hours: int = Field(default=48, ge=1)
    channels: tuple[str, ...] = ("email", "slack")


class SeverityModel(Model):
    subtype_weights: dict[str, float] = {}
    targets: tuple[str, ...] = ()
    target_weight: float = 2
    fatality_points: tuple[tuple[int, float], ...] = ((1, 1), (10, 2), (50, 3), (100, 4))
    levels: tuple[tuple[float, Severity], ...] = (
        (8, "critical"),
        (5, "high"),
        (3, "medium"),
        (0, "low"),
    )

    @model_validator(mode="after")
    def _check(self) -> SeverityModel:
        unknown = set(self.subtype_weights) - ALL_SUBTYPES
        if unknown:
            raise ValueError(f"unknown ACLED sub-types: {', '.join(sorted(unknown))}")
        return self


class Rule(Model):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    description: str = ""
    event_types: tuple[str, ...] = ()
    subtypes: tuple[str, ...] = ()
    min_fatalities: int | None = Field(default=None, ge=0)
    places: tuple[str, ...] = ()  # entity ids
    place_kinds: tuple[str, ...] = ()  # city, governorate, town, base ...
    governorates: tuple[str, ...] = ()  # governorate entity ids
    actors: tuple[str, ...] = ()  # entity ids
    keywords: tuple[str, ...] = ()  # words in the headline or evidence
    min_relevance: float = Field(default=0.0, ge=0, le=1)
    min_sources: int = Field(default=1, ge=1)
    severity: Severity = "medium"
    mode: Mode = "immediate"
    channels: tuple[str, ...] | None = None
    cooldown_minutes: int | None = Field(default=None, ge=0)

    @model_validator(mode="after")
    def _check(self) -> Rule:
        for event_type in self.event_types:
            if event_type not in EVENT_TYPES:
                raise ValueError(f"unknown ACLED event type {event_type!r}")
        for subtype in self.subtypes:
            if subtype not in ALL_SUBTYPES:
                raise ValueError(f"unknown ACLED sub-type {subtype!r}")
        return self


class SurgeRule(Model):
    name: str = Field(pattern=r"^[a-z0-9][a-z0-9-]*$")
    description: str = ""
    entity_types: tuple[str, ...] = ("place",)
    factor: float = Field(default=3.0, gt=1)
    min_mentions: int = Field(default=5, ge=1)
    severity: Severity = "medium"
    mode: Mode = "immediate"
    channels: tuple[str, ...] | None = None


class Operations(Model):
    feed_failing_hours: float = Field(default=6, gt=0)


class AlertsConfig(Model):
    defaults: Defaults = Defaults()
    severity: SeverityModel = SeverityModel()
    rule: tuple[Rule, ...] = ()
    surge: tuple[SurgeRule, ...] = ()
    operations: Operations = Operations()

    @model_validator(mode="after")
    def _unique_names(self) -> AlertsConfig:
        names = self.names()
        doubled = sorted({n for n in names if names.count(n) > 1})
        if doubled:
            raise ValueError(f"rule names must be unique: {', '.join(doubled)}")
        return self

    def rules(self) -> tuple[Rule | SurgeRule, ...]:
        return (*self.rule, *self.surge)

    def names(self) -> list[str]:
        return [r.name for r in self.rules()]

    def find(self, name: str) -> Rule | SurgeRule | None:
        return next((r for r in self.rules() if r.name == name), None)


def load_alerts_config(path: Path) -> AlertsConfig:
    return read_toml(path, AlertsConfig)


def match(rule: Rule, story: Story) -> str | None:
    """Why `rule` fires for `story`, in words; None when it does not."""
    reasons = []
    if rule.event_types:
        if story.event_type not in rule.event_types:
            return None
        reasons.append(story.event_type)
    if rule.subtypes:
        if story.subtype not in rule.subtypes:
            return None
        reasons.append(story.subtype)
    if rule.min_fatalities is not None:
        if (story.fatalities or 0) < rule.min_fatalities:
            return None
        reasons.append(f"{story.fatalities} killed (at least {rule.min_fatalities})")
    if rule.places:
        if story.location_id not in rule.places:
            return None
        reasons.append(f"at {story.location}")
    if rule.place_kinds:
        if story.place_kind not in rule.place_kinds:
            return None
        reasons.append(f"a {story.place_kind}")
    if rule.governorates:
        if story.governorate_id not in rule.governorates:
            return None
        reasons.append(f"in {story.governorate}")
    if rule.actors:
        named = [a for a in rule.actors if a in story.actor_ids]
        if not named:
            return None
        reasons.append(f"involving {', '.join(named)}")
    if rule.keywords:
        text = f"{story.headline} {story.evidence}".casefold()
        found = [k for k in rule.keywords if k.casefold() in text]
        if not found:
            return None
        reasons.append(f"mentions {', '.join(found)}")
    if story.relevance < rule.min_relevance:
        return None
    if story.sources < rule.min_sources:
        return None
    if rule.min_sources > 1:
        reasons.append(f"{story.sources} sources")
    return "; ".join(reasons) or "every story"


def severity_of(
    story: Story, rule_severity: Severity, model: SeverityModel
) -> tuple[Severity, float]:
    """The story's severity (never below the rule's), and the score behind it."""
    score = model.subtype_weights.get(story.subtype, 0.0)
    text = story.evidence.casefold()
    if any(target.casefold() in text for target in model.targets):
        score += model.target_weight
    for at_least, points in sorted(model.fatality_points, reverse=True):
        if (story.fatalities or 0) >= at_least:
            score += points
            break
    lowest: Severity = "low"
    level = next((name for threshold, name in model.levels if score >= threshold), lowest)
    return max(level, rule_severity, key=SEVERITIES.index), score


def is_due_digest(mode: Mode, last_sent: datetime | None, now: datetime) -> bool:
    """Digests go out once per hour or day (by the clock of the last one sent)."""
    if last_sent is None:
        return True
    hours = 1 if mode == "hourly" else 24
    return (now - last_sent).total_seconds() >= hours * 3600
