"""Text folding for matching: one canonical form for text and aliases alike.

A text is cut into word tokens; each token is case-folded, stripped of accents
and Arabic harakat/tatweel, and its Arabic letters unified (alef forms, alef
maqsura, taa marbuta, hamza carriers). The folded text is the tokens joined by
single spaces, with a space at each end, so a pattern " deir ezzor " can only
match whole words. Punctuation and hyphens fall between tokens, which makes
"al-Jolani", "al Jolani" and "Al-Jolani" one form.

Every folded token keeps the character span it came from, so a match maps back
to the exact surface form in the original text.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass
from itertools import accumulate

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


@dataclass(frozen=True, slots=True)
class FoldedText:
    folded: str  # " tok1 tok2 ... ", tokens folded
    folded_starts: tuple[int, ...]  # where each token starts in `folded`
    spans: tuple[tuple[int, int], ...]  # each token's (start, end) in `original`

    def token_at(self, folded_pos: int) -> int:
        """Index of the token that covers (or starts right after) a folded position."""
        return bisect_right(self.folded_starts, folded_pos) - 1

    def span(self, first_token: int, last_token: int) -> tuple[int, int]:
        return self.spans[first_token][0], self.spans[last_token][1]


def fold(text: str) -> FoldedText:
    matches = list(_TOKEN.finditer(text))
    if text.isascii() and "_" not in text:  # the common case: lower() is the whole fold
        tokens = [m.group().lower() for m in matches]
        spans = [m.span() for m in matches]
    else:
        folded_tokens = [(fold_token(m.group()), m.span()) for m in matches]
        tokens = [t for t, _ in folded_tokens if t]
        spans = [span for t, span in folded_tokens if t]
    starts = list(accumulate((len(t) + 1 for t in tokens[:-1]), initial=1)) if tokens else []
    return FoldedText(" " + " ".join(tokens) + " ", tuple(starts), tuple(spans))


def fold_phrase(phrase: str) -> str:
    """The folded form of an alias or trigger, without the padding spaces."""
    return " ".join(t for t in (fold_token(m.group()) for m in _TOKEN.finditer(phrase)) if t)
