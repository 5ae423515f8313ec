"""Patterns read in the words just before a mention: "fired from ... <place>",
"backed by <actor>", "the 2013 attack on <place>"."""

from __future__ import annotations

import re

from .text import contains_any


class WordsBefore:
    """A regex that ends where a mention starts (anchored with `$`), read in the
    `reach` characters before it, case aside. re tries such a pattern at every
    position of the window (about 2 µs a window), so it is tried only where the
    window holds one of `needs`: the words, in lower case, it cannot match without."""

    def __init__(self, pattern: str, *, reach: int, needs: tuple[str, ...]) -> None:
        self.pattern = re.compile(pattern, re.IGNORECASE)
        self.reach = reach
        self.needs = needs

    def search(self, text: str, end: int, lowered: str | None = None) -> re.Match[str] | None:
        """`lowered`: the text before `end` in lower case, if the caller has it (at least
        `reach` characters, or all there is): several patterns share one window."""
        start = max(0, end - self.reach)
        window = lowered if lowered is not None else text[start:end].lower()
        if contains_any(window, self.needs):
            return self.pattern.search(text, start, end)
        return None
