"""Text folding for matching: one canonical form for text and aliases alike.

Folding case-folds, strips accents and Arabic harakat/tatweel, unifies Arabic
letters (alef forms, alef maqsura, taa marbuta, hamza carriers), and turns
everything that is not a letter or digit into a single space, with a space at
each end: a pattern " deir ez zor " can only match whole words, and
"al-Jolani", "al Jolani" and "Al-Jolani" are one form.

Two ways to the same result. Most texts (English with curly quotes and
accented names, Arabic without vowel marks) fold character by character:
one `str.translate`, then runs of spaces collapsed, with a few breakpoints to
map positions back. Texts with characters that fold to nothing inside a word
(harakat, tatweel) or to several (ligatures) are folded word by word. Either
way, a match maps back to its exact span in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate
from typing import Protocol

# Word characters plus the marks that sit inside words (combining accents,
# Arabic harakat, tatweel), so "دِمَشْق" stays one token.
_TOKEN = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
_SPACE_RUNS = re.compile(r"  +")
_ARABIC_LETTERS = str.maketrans(
    {
        "أ": "ا",
        "إ": "ا",
        "آ": "ا",
        "ٱ": "ا",
        "ى": "ي",
        "ة": "ه",
        "ؤ": "و",
        "ئ": "ي",
        "ـ": None,
        "_": None,
    }
)
_WORD_BY_WORD = "\x00"  # a character the one-pass fold cannot handle
_token_cache: dict[str, str] = {}


def fold_token(token: str) -> str:
    folded = _token_cache.get(token)
    if folded is None:
        if token.isascii():
            folded = token.lower().replace("_", "")
        else:
            decomposed = unicodedata.normalize("NFKD", token.translate(_ARABIC_LETTERS).casefold())
            folded = "".join(c for c in decomposed if not unicodedata.combining(c) and c.isalnum())
        if len(_token_cache) < 200_000:
            _token_cache[token] = folded
    return folded


class _CharTable(dict[int, str]):
    """str.translate table, filled as characters are first seen."""

    def __missing__(self, code: int) -> str:
        char = chr(code)
        if _TOKEN.fullmatch(char) is None:
            folded = " "  # punctuation, spaces, symbols: a word boundary
        else:
            folded = fold_token(char) if char != "_" else ""
            if len(folded) != 1:
                folded = _WORD_BY_WORD  # vanishes inside a word, or becomes several letters
        self[code] = folded
        return folded


_CHARS = _CharTable()


class FoldedText(Protocol):
    folded: str  # " tok1 tok2 ... ", tokens folded

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded[start:end] (whole tokens)."""
        ...


@dataclass(frozen=True, slots=True)
class CharFolded:
    """Folded one character per character; `breaks` undo the collapsed spaces."""

    folded: str
    breaks: tuple[int, ...]  # folded positions after which more spaces were removed
    removed: tuple[int, ...]  # spaces removed up to each break (cumulative)

    def span(self, start: int, end: int) -> tuple[int, int]:
        return self._original(start), self._original(end - 1) + 1

    def _original(self, position: int) -> int:
        index = bisect_right(self.breaks, position) - 1
        return position + (self.removed[index] if index >= 0 else 0) - 1  # -1: the padding


@dataclass(frozen=True, slots=True)
class WordFolded:
    """Folded word by word; each token keeps the span it came from."""

    folded: str
    starts: tuple[int, ...]  # where each token starts in `folded`
    spans: tuple[tuple[int, int], ...]  # each token's (start, end) in the original

    def span(self, start: int, end: int) -> tuple[int, int]:
        first = bisect_right(self.starts, start) - 1
        last = bisect_right(self.starts, end - 1) - 1
        return self.spans[first][0], self.spans[last][1]


def fold(text: str) -> FoldedText:
    mapped = text.translate(_CHARS)
    if _WORD_BY_WORD in mapped:
        return fold_word_by_word(text)
    padded = f" {mapped} "
    breaks, removed, total = [], [], 0
    for run in _SPACE_RUNS.finditer(padded):
        total += len(run.group()) - 1
        breaks.append(run.start() - (total - (len(run.group()) - 1)))
        removed.append(total)
    return CharFolded(_SPACE_RUNS.sub(" ", padded), tuple(breaks), tuple(removed))


def fold_word_by_word(text: str) -> WordFolded:
    folded_tokens = [(fold_token(m.group()), m.span()) for m in _TOKEN.finditer(text)]
    tokens = [t for t, _ in folded_tokens if t]
    spans = tuple(span for t, span in folded_tokens if t)
    starts = tuple(accumulate((len(t) + 1 for t in tokens[:-1]), initial=1)) if tokens else ()
    return WordFolded(" " + " ".join(tokens) + " ", starts, spans)


def fold_phrase(phrase: str) -> str:
    """The folded form of an alias or trigger, without the padding spaces."""
    return fold(phrase).folded.strip()
