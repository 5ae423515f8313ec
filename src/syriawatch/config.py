"""Configuration as data: TOML files under the config folder, loaded into typed models.

Where things are:
- the config folder: `$SYRIAWATCH_CONFIG`, else `./config`;
- the warehouse file: `$SYRIAWATCH_DB`, else `./warehouse/syriawatch.duckdb`.

Relative paths inside the config folder are resolved against that folder, so a
copied config folder works anywhere. Unknown keys and bad values are rejected
with the file, the key and the line at fault. Secrets never live here: they come
from the environment.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TypeVar

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .errors import ConfigError

DEFAULT_CONFIG_DIR = Path("config")
DEFAULT_DB_PATH = Path("warehouse") / "syriawatch.duckdb"


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class FeedConfig(Model):
    name: str = Field(min_length=1)
    url: str
    interval: int = Field(default=15, ge=1, description="minutes between polls")
    language: str | None = None
    enabled: bool = True
    full_text: bool = False

    @field_validator("url")
    @classmethod
    def _http_url(cls, value: str) -> str:
        if not re.match(r"^https?://[^\s/]+", value):
            raise ValueError("must be an http:// or https:// URL")
        return value


class SeedConfig(Model):
    path: Path
    name: str | None = None
    language: str | None = None


class SourcesConfig(Model):
    feeds: tuple[FeedConfig, ...] = ()
    seeds: tuple[SeedConfig, ...] = ()


class Settings(Model):
    config_dir: Path
    db_path: Path
    sources: SourcesConfig

    @property
    def watchlist_dir(self) -> Path:
        return self.config_dir / "watchlist"

    @property
    def alerts_path(self) -> Path:
        return self.config_dir / "alerts.toml"


M = TypeVar("M", bound=BaseModel)


def config_dir_from_env() -> Path:
    return Path(os.environ.get("SYRIAWATCH_CONFIG") or DEFAULT_CONFIG_DIR)


def db_path_from_env() -> Path:
    return Path(os.environ.get("SYRIAWATCH_DB") or DEFAULT_DB_PATH)


def load_settings(config_dir: Path | None = None, db_path: Path | None = None) -> Settings:
    """Read the config folder; raise ConfigError naming the file and line at fault."""
    config_dir = (config_dir or config_dir_from_env()).resolve()
    if not config_dir.is_dir():
        raise ConfigError(
            config_dir, "config folder not found (set SYRIAWATCH_CONFIG or run from the repository)"
        )
    sources = read_toml(config_dir / "sources.toml", SourcesConfig)
    seeds = tuple(
        seed.model_copy(update={"path": (config_dir / seed.path).resolve()})
        for seed in sources.seeds
    )
    sources = sources.model_copy(update={"seeds": seeds})
    return Settings(config_dir=config_dir, db_path=db_path or db_path_from_env(), sources=sources)


def read_toml_data(path: Path) -> tuple[dict[str, Any], str]:
    """Parse a TOML file; return its data and its text (for locating bad values)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(path, "file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(path, f"cannot read: {exc}") from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(path, f"not valid TOML: {exc}") from None


def read_toml(path: Path, model: type[M]) -> M:
    data, text = read_toml_data(path)
    return validate(path, text, data, model)


def validate(path: Path, text: str, data: Any, model: type[M]) -> M:
    """Validate parsed TOML into `model`; the first problem becomes a ConfigError."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        error = exc.errors()[0]
        loc = tuple(error["loc"])
        key = ".".join(str(part) for part in loc)
        raise ConfigError(path, f"{key}: {error['msg']}", line=locate(text, loc)) from None


def locate(text: str, loc: Sequence[str | int]) -> int | None:
    """Best-effort line number (1-based) of the value at `loc` in a TOML text.

    Handles the shapes this project's config uses: top-level keys, `[table]`
    keys and `[[array]]` tables, e.g. ("feeds", 2, "url").
    """
    lines = text.splitlines()
    start, end = 0, len(lines)
    keys = list(loc)
    if len(keys) >= 2 and isinstance(keys[1], int):
        header = f"[[{keys[0]}]]"
        headers = [i for i, line in enumerate(lines) if line.strip() == header]
        if keys[1] >= len(headers):
            return None
        start = headers[keys[1]]
        end = next(
            (i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith("[")),
            len(lines),
        )
        keys = keys[2:]
    elif len(keys) >= 2 and isinstance(keys[0], str):
        table = re.compile(rf"^\s*\[\s*{re.escape(keys[0])}\s*\]\s*$")
        found = next((i for i, line in enumerate(lines) if table.match(line)), None)
        if found is not None:
            start, keys = found, keys[1:]
    if not keys or not isinstance(keys[0], str):
        return start + 1 if start else None
    key_line = re.compile(rf"^\s*{re.escape(keys[0])}\s*=")
    for i in range(start, end):
        if key_line.match(lines[i]):
            return i + 1
    return start + 1 if start else None
