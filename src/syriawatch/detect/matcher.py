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
    start: int  # span in the original text
    end: int


# (start, -end, tag index, key, alias), folded positions: sorts longest-first by itself
_Found = tuple[int, int, int, str, str]


class PatternMatcher:
    def __init__(self, patterns: Iterable[tuple[str, Tag]]) -> None:
        table: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
        for phrase, (kind, key) in patterns:
            folded = fold_phrase(phrase)
            # "Dayr ‘Aţīyah" folds to "dayr  atiyah"; also match "Dayr Atiyah"
            for form in {folded, " ".join(folded.split())}:
                if form and (kind, key) not in {(k, v) for k, v, _ in table[form]}:
                    table[form].append((kind, key, phrase))
        self._automaton = ahocorasick.Automaton()
        for folded, tags in table.items():
            # a tag's index breaks ties on one span: the watchlist's order
            numbered = tuple(
                (kind, index, key, phrase) for index, (kind, key, phrase) in enumerate(tags)
            )
            self._automaton.add_word(f" {folded} ", (len(folded), numbered))
        self.size = len(table)
        if table:
            self._automaton.make_automaton()

    def find(self, text: FoldedText) -> dict[str, list[Hit]]:
        """All hits by kind: whole words only, longest match wins within a kind."""
        if not self.size:
            return {}
        found: dict[str, list[_Found]] = defaultdict(list)
        for end, (length, tags) in self._automaton.iter(text.folded):
            start = end - length  # `end` is the closing space of " alias "
            for kind, index, key, phrase in tags:
                found[kind].append((start, -end, index, key, phrase))
        span = text.span
        hits: dict[str, list[Hit]] = {}
        for kind, candidates in found.items():
            hits[kind] = [
                Hit(kind, key, phrase, *span(start, -negative_end))
                for start, negative_end, _, key, phrase in longest_first(candidates)
            ]
        return hits


def longest_first(found: list[_Found]) -> list[_Found]:
    """Drop hits that overlap a longer (or earlier, equally long) one; keep ties on one span."""
    found.sort()
    kept: list[_Found] = []
    taken_until = -1
    for hit in found:
        if hit[0] > taken_until:
            kept.append(hit)
            taken_until = -hit[1]
        elif (hit[0], hit[1]) == (kept[-1][0], kept[-1][1]):
            kept.append(hit)  # the same words name several things: resolved by the caller
    return kept
