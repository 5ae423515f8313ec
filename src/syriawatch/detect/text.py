"""Text folding for matching: one canonical form for text and aliases alike.

Folding case-folds, strips accents and Arabic harakat/tatweel, unifies Arabic
letters (alef forms, alef maqsura, taa marbuta, hamza carriers), and turns
every character that is not a letter or digit into a space, with a space at
each end: a pattern " deir ez zor " can only match whole words, and
"al-Jolani", "al Jolani" and "Al-Jolani" are one form. Spaces are not
collapsed: "U.S.-led" folds to "u s  led" in text and alias alike, and a match
in a one-pass fold sits exactly one position after its original span.

Two ways to the same result. Texts fold character by character, characters
that fold to nothing inside a word (harakat, tatweel, combining accents)
dropped and remembered; texts with a character that folds to several
(ligatures) fold word by word. Either way, a match maps back to its exact span
in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from typing import Protocol

# Word characters plus the marks that sit inside words (combining accents,
# Arabic harakat, tatweel), so "دِمَشْق" stays one token.
_TOKEN = re.compile(r"[\w\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u0640]+")
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
# What the one-pass fold makes of characters that do not fold to one letter:
_VANISHES = "\x00"  # folds to nothing inside a word: harakat, tatweel, combining accents
_WORD_BY_WORD = "\x01"  # folds to several letters (ligatures): fold word by word
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
            if not folded:
                folded = _VANISHES
            elif len(folded) > 1:
                folded = _WORD_BY_WORD
        self[code] = folded
        return folded


_CHARS = _CharTable()
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


def contains_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether any of the words is in the text: a cheap pre-test before a regex that
    needs one (several times faster than a regex alternation of the words)."""
    for word in words:  # noqa: SIM110 (a loop: twice as fast as any() over a generator)
        if word in text:
            return True
    return False


def has_arabic(text: str) -> bool:
    return not text.isascii() and _ARABIC_SCRIPT.search(text) is not None


_ASCII_FOLDS = bytes(ord(_CHARS[code]) for code in range(128)) + bytes(range(128, 256))
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def _fold_non_ascii(match: re.Match[str]) -> str:
    return _CHARS[ord(match.group())]


def fold_characters(text: str) -> str:
    """`text.translate(_CHARS)`, ten times faster on English: ASCII characters are
    folded in one bytes.translate of the UTF-8 (other characters' bytes map to
    themselves), then the few others (curly quotes, accented names) one by one."""
    if len(text) - len(text.encode("ascii", "ignore")) > len(text) // 20:
        return text.translate(_CHARS)  # Arabic or another script: no shortcut
    folded = text.encode().translate(_ASCII_FOLDS).decode()
    return folded if text.isascii() else _NON_ASCII.sub(_fold_non_ascii, folded)


class FoldedText(Protocol):
    @property
    def folded(self) -> str:
        """The text folded: " tok1 tok2 ... ", one space per character between tokens."""
        ...

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The original span of folded[start:end] (whole tokens)."""
        ...


@dataclass(frozen=True, slots=True)
class CharFolded:
    """Folded one character per character. A folded position is the original one
    plus the leading space, minus the characters that vanished before it."""

    folded: str
    vanished_at: tuple[int, ...] = ()  # folded positions where a character vanished

    def span(self, start: int, end: int) -> tuple[int, int]:
        shift = self.vanished_at
        if not shift:
            return start - 1, end - 1
        return start - 1 + bisect_right(shift, start), end - 1 + bisect_right(shift, end)


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
    mapped = fold_characters(text)
    if _WORD_BY_WORD in mapped:
        return fold_word_by_word(text)
    if _VANISHES not in mapped:
        return CharFolded(f" {mapped} ")
    vanished = [m.start() for m in re.finditer(_VANISHES, mapped)]
    return CharFolded(
        f" {mapped.replace(_VANISHES, '')} ",
        tuple(position + 1 - count for count, position in enumerate(vanished)),
    )


def fold_word_by_word(text: str) -> WordFolded:
    """Each token folded on its own; each character between tokens becomes a space,
    as in the one-pass fold, so both give the same string for the same words."""
    parts, starts, spans = [" "], [], []
    position, previous_end = 1, 0
    for match in _TOKEN.finditer(text):
        token = fold_token(match.group())
        if not token:
            continue
        gap = " " * (match.start() - previous_end)
        parts += (gap, token)
        position += len(gap)
        starts.append(position)
        spans.append(match.span())
        position += len(token)
        previous_end = match.end()
    parts.append(" " * (len(text) - previous_end) + " ")
    return WordFolded("".join(parts), tuple(starts), tuple(spans))


def fold_phrase(phrase: str) -> str:
    """The folded form of an alias or trigger, without the padding spaces."""
    return fold(phrase).folded.strip()
