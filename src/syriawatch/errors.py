"""The one error hierarchy of syriawatch.

    SyriawatchError            every error the CLI turns into one clean line
    ├── ConfigError            a config file is missing, unreadable or has a bad value
    ├── SourceError            one source (seed file, feed) could not be read; others go on
    └── WarehouseError         the DuckDB file cannot be opened, migrated or loaded
        └── WarehouseBusyError     another process holds the database file

Each error's message names the thing at fault (file and line, feed URL, database
path) and, where there is one, what to do about it.
"""

from __future__ import annotations

from pathlib import Path

from .records import SourceFailure


class SyriawatchError(Exception):
    """Base class: a problem a user can fix, reported without a traceback."""


class ConfigError(SyriawatchError):
    def __init__(self, path: Path | str, message: str, line: int | None = None) -> None:
        self.path = Path(path)
        self.line = line
        where = f"{self.path}:{line}" if line else str(self.path)
        super().__init__(f"{where}: {message}")


class SourceError(SyriawatchError):
    """A source that could not be read. `where` is a file path (with line) or a feed URL."""

    def __init__(self, where: str, reason: str) -> None:
        self.where = where
        self.reason = reason
        super().__init__(f"{where}: {reason}")

    def as_failure(self) -> SourceFailure:
        return SourceFailure(self.where, self.reason)


class WarehouseError(SyriawatchError):
    pass


class WarehouseBusyError(WarehouseError):
    pass
