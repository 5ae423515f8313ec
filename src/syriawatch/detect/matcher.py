"""One pass of an Aho-Corasick automaton (pyahocorasick) over folded text.

Patterns carry a tag: (kind, key), e.g. ("entity", "place:homs") or
("trigger", 3). One automaton holds every kind, so entities, keywords and event
triggers are found in a single scan; overlaps are then resolved per kind by
longest match (earliest first).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

import ahocorasick

from .text import CharFolded, FoldedText, fold_phrase

Tag = tuple[str, str]


class Hit(NamedTuple):  # a tuple: an article makes about a hundred, cheaply
    kind: str
    key: str
    alias: str  # the pattern as written in the watchlist
    start: int  # span in the original text
    end: int


def hit_start(hit: Hit) -> int:
    return hit.start


def mention_start(mention: tuple[Hit, object]) -> int:
    """Where a (hit, what it names) pair starts: the sort and grouping key of mentions."""
    return mention[0].start


# (kind, start, -end, tag index, key, alias), folded positions: sorts by kind, then
# longest-first by itself
_Found = tuple[str, int, int, int, str, str]


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

    def find(self, text: FoldedText, offset: int = 0) -> dict[str, list[Hit]]:
        """All hits by kind: whole words only, longest match wins within a kind; spans
        `offset` after the text's own (the text is part of a longer one)."""
        if not self.size:
            return {}
        found: list[_Found] = [
            (kind, end - length, -end, index, key, phrase)  # `end`: the space after " alias "
            for end, (length, tags) in self._automaton.iter(text.folded)
            for kind, index, key, phrase in tags
        ]
        found.sort()
        # most texts fold one character per character: the span is the folded one, less
        # the leading space
        plain = isinstance(text, CharFolded) and not text.vanished_at
        span = text.span
        shift = offset - 1  # the folded text's leading space
        hits: dict[str, list[Hit]] = {}
        kind_now, of_kind = "", []
        for kind, start, negative_end, _, key, phrase in longest_first(found):
            if kind != kind_now:
                kind_now, of_kind = kind, hits.setdefault(kind, [])
            if plain:
                of_kind.append(Hit(kind, key, phrase, start + shift, shift - negative_end))
            else:
                first, last = span(start, -negative_end)
                of_kind.append(Hit(kind, key, phrase, first + offset, last + offset))
        return hits


def longest_first(found: list[_Found]) -> list[_Found]:
    """Per kind, drop hits that overlap a longer (or earlier, equally long) one; keep
    ties on one span. `found` is sorted: by kind, start, longest first."""
    kept: list[_Found] = []
    kind, taken_until, last = "", -1, (-1, 0)
    for hit in found:
        if hit[0] != kind:
            kind, taken_until = hit[0], -1
        if hit[1] > taken_until:
            kept.append(hit)
            taken_until, last = -hit[2], (hit[1], hit[2])
        elif (hit[1], hit[2]) == last:
            kept.append(hit)  # the same words name several things: resolved by the caller
    return kept
