"""One pass of an Aho-Corasick automaton (pyahocorasick) over folded text.

Patterns carry a tag: (kind, key), e.g. ("entity", "place:homs") or
("trigger", 3). One automaton holds every kind, so entities, keywords and event
triggers are found in a single scan; overlaps are then resolved per kind by
longest match (earliest first).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from .text import FoldedText, fold_phrase

Tag = tuple[str, str]


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    key: str
    alias: str  # the pattern as written in the watchlist
    fstart: int  # span in the folded text
    fend: int
    start: int  # span in the original text
    end: int


class PatternMatcher:
    def __init__(self, patterns: Iterable[tuple[str, Tag]]) -> None:
        table: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for phrase, (kind, key) in patterns:
            folded = fold_phrase(phrase)
            if folded and (kind, key) not in {(k, v) for k, v, _ in table[folded]}:
                table[folded].append((kind, key, phrase))
        self._automaton = ahocorasick.Automaton()
        for folded, tags in table.items():
            self._automaton.add_word(f" {folded} ", (len(folded), tuple(tags)))
        self.size = len(table)
        if table:
            self._automaton.make_automaton()

    def find(self, text: FoldedText) -> dict[str, list[Hit]]:
        """All hits by kind: whole words only, longest match wins within a kind."""
        by_kind: dict[str, list[Hit]] = defaultdict(list)
        if not self.size:
            return by_kind
        for end, (length, tags) in self._automaton.iter(text.folded):
            fstart = end - length  # `end` is the closing space of " alias "
            start, stop = text.span(fstart, end)
            for kind, key, phrase in tags:
                by_kind[kind].append(Hit(kind, key, phrase, fstart, end, start, stop))
        return {kind: longest_first(hits) for kind, hits in by_kind.items()}


def longest_first(hits: list[Hit]) -> list[Hit]:
    """Drop hits that overlap a longer (or earlier, equally long) one; keep ties on one span."""
    hits.sort(key=lambda h: (h.fstart, -(h.fend - h.fstart)))
    kept: list[Hit] = []
    taken_until = -1
    for hit in hits:
        if hit.fstart > taken_until:
            kept.append(hit)
            taken_until = hit.fend
        elif kept and (hit.fstart, hit.fend) == (kept[-1].fstart, kept[-1].fend):
            kept.append(hit)  # the same words name several things: resolved by the caller
    return kept
