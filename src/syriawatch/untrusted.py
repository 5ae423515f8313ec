"""Untrusted text (titles, bodies, feed names) made safe to show in one line.

Each medium adds its own escaping on top (HTML, Slack mrkdwn, Markdown); this
is the part they share: no control characters (no forged log lines, no header
injection), no bidirectional overrides, a length cap.
"""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]+")


def plain(text: str, limit: int = 160) -> str:
    """One line, no control or bidi characters, at most `limit` characters."""
    text = _CONTROL.sub(" ", text).strip()
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"
