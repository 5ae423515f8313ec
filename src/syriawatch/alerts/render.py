"""What an alert looks like in each channel. Headlines, evidence and source names
come from articles: untrusted. They are made single-line and capped (`plain`),
then escaped for the medium: HTML entities in email HTML; Slack's three control
characters in mrkdwn, so `<!channel>`, `<@U123>` or `<http://x|y>` from a headline
arrive as text. Links are offered only for http(s) URLs, as Slack buttons
(never parsed as mrkdwn) and plain anchors."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from ..untrusted import plain

SEVERITY_MARK = {"critical": "🔴", "high": "🟠", "medium": "🟡", "low": "⚪"}


@dataclass(frozen=True, slots=True)
class Alert:
    """An alert as stored, at one version: what channels render."""

    id: str
    version: int
    rule: str
    kind: str
    mode: str
    severity: str
    headline: str
    summary: str
    reason: str
    location: str | None
    governorate: str | None
    day: date | None
    fatalities: int | None
    sources: int
    source_names: tuple[str, ...]
    url: str | None

    @property
    def title(self) -> str:
        update = "Update: " if self.version > 1 else ""
        return plain(f"{update}{self.headline}", 150)

    @property
    def link(self) -> str | None:
        return self.url if self.url and self.url.startswith(("https://", "http://")) else None

    def facts(self) -> list[tuple[str, str]]:
        place = ", ".join(p for p in (self.location, self.governorate) if p) or "unknown"
        facts = [("Severity", self.severity), ("Place", place)]
        if self.fatalities is not None:
            facts.append(("Fatalities", str(self.fatalities)))
        names = ", ".join(self.source_names[:5]) + (" …" if len(self.source_names) > 5 else "")
        facts.append(("Sources", f"{self.sources}" + (f" ({names})" if names else "")))
        if self.day:
            facts.append(("Date", self.day.isoformat()))
        return [(k, plain(v, 300)) for k, v in facts]


def subject(alerts: Sequence[Alert], digest: bool) -> str:
    if digest:
        return plain(f"[syriawatch] {len(alerts)} alerts in this digest", 150)
    [alert] = alerts
    return plain(f"[syriawatch {alert.severity}] {alert.title}", 150)


def text_body(alerts: Sequence[Alert], digest: bool) -> str:
    parts = []
    for alert in alerts:
        lines = [alert.title, ""]
        lines += [f"{k}: {v}" for k, v in alert.facts()]
        lines += ["", plain(alert.summary, 1000), "", f"Why: {plain(alert.reason, 300)}"]
        if alert.link:
            lines.append(f"Read: {alert.link}")
        parts.append("\n".join(lines))
    footer = f"\n\n-- \nsyriawatch alert{'s' if digest else ''} {', '.join(a.id for a in alerts)}"
    return ("\n\n" + "-" * 40 + "\n\n").join(parts) + footer + "\n"


def html_body(alerts: Sequence[Alert], digest: bool) -> str:
    def one(alert: Alert) -> str:
        facts = "".join(
            f"<tr><th align=left>{html.escape(k)}</th><td>{html.escape(v)}</td></tr>"
            for k, v in alert.facts()
        )
        link = (
            f'<p><a href="{html.escape(alert.link, quote=True)}">Read the article</a></p>'
            if alert.link
            else ""
        )
        return (
            f"<h2>{html.escape(alert.title)}</h2><table>{facts}</table>"
            f"<blockquote>{html.escape(plain(alert.summary, 1000))}</blockquote>"
            f"<p><small>Why: {html.escape(plain(alert.reason, 300))}</small></p>{link}"
        )

    heading = f"<h1>{len(alerts)} syriawatch alerts</h1>" if digest else ""
    return f"<!DOCTYPE html><html><body>{heading}{'<hr>'.join(map(one, alerts))}</body></html>"


def mrkdwn(text: str, limit: int = 1000) -> str:
    """Slack's escaping: only &, < and > are control characters in mrkdwn."""
    return plain(text, limit).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def slack_payload(alerts: Sequence[Alert], digest: bool) -> dict[str, Any]:
    blocks: list[dict[str, Any]] = []
    if digest:
        blocks.append(
            {
                "type": "header",
                "text": {"type": "plain_text", "text": f"{len(alerts)} syriawatch alerts"},
            }
        )
    for alert in alerts[:12]:  # Slack takes at most 50 blocks a message
        if digest:
            title = {"type": "mrkdwn", "text": f"*{mrkdwn(alert.title, 150)}*"}
            blocks.append({"type": "section", "text": title})
        else:  # plain_text is never parsed for mentions or links
            blocks.append({"type": "header", "text": {"type": "plain_text", "text": alert.title}})
        fields = [{"type": "mrkdwn", "text": f"*{k}*\n{mrkdwn(v, 300)}"} for k, v in alert.facts()]
        fields[0]["text"] = f"*Severity*\n{SEVERITY_MARK.get(alert.severity, '')} {alert.severity}"
        blocks.append({"type": "section", "fields": fields})
        blocks.append(
            {
                "type": "section",
                "text": {"type": "mrkdwn", "text": f">{mrkdwn(alert.summary, 1500)}"},
            }
        )
        context = {
            "type": "context",
            "elements": [
                {"type": "mrkdwn", "text": f"Why: {mrkdwn(alert.reason, 300)} · alert {alert.id}"}
            ],
        }
        blocks.append(context)
        if alert.link:
            blocks.append(
                {
                    "type": "actions",
                    "elements": [
                        {
                            "type": "button",
                            "text": {"type": "plain_text", "text": "Read the article"},
                            "url": alert.link[:3000],
                        }
                    ],
                }
            )
    if len(alerts) > 12:
        blocks.append(
            {
                "type": "context",
                "elements": [
                    {
                        "type": "mrkdwn",
                        "text": f"… and {len(alerts) - 12} more: `syriawatch alerts list`",
                    }
                ],
            }
        )
    return {"text": mrkdwn(subject(alerts, digest), 150), "blocks": blocks}
