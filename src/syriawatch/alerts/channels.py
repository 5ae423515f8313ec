"""Where alerts go: email (smtplib), a Slack incoming webhook (httpx), a local file.

Configured from the environment only (see config/alerts.toml for the names).
Secrets stay secret: error messages name the channel and the SMTP host, never
a password or a webhook URL. A failure says whether it may pass by itself
(connection refused, 5xx, 429: retried later) or needs a person (bad
credentials, a rejected payload).
"""

from __future__ import annotations

import json
import os
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formatdate
from pathlib import Path
from typing import Protocol
from urllib.parse import unquote, urlsplit

import httpx

from ..errors import ConfigError
from .render import Alert, html_body, slack_payload, subject, text_body

SMTP_SCHEMES = {"smtp": 25, "smtp+starttls": 587, "smtps": 465}


class DeliveryError(Exception):
    def __init__(self, message: str, transient: bool = True, retry_after: float | None = None):
        super().__init__(message)
        self.transient = transient
        self.retry_after = retry_after


class Channel(Protocol):
    @property
    def name(self) -> str:
        """The channel's name in alerts.toml and in the deliveries table."""
        ...

    def send(self, alerts: Sequence[Alert], digest: bool, key: str) -> None:
        """Deliver one message carrying `alerts`; `key` identifies it (Message-ID)."""


@dataclass(frozen=True)
class SmtpChannel:
    name: str
    url: str = field(repr=False)
    sender: str
    recipients: tuple[str, ...]
    timeout: float = 20.0

    def send(self, alerts: Sequence[Alert], digest: bool, key: str) -> None:
        message = EmailMessage()
        message["Subject"] = subject(alerts, digest)
        message["From"] = self.sender
        message["To"] = ", ".join(self.recipients)
        message["Date"] = formatdate(usegmt=True)
        message["Message-ID"] = f"<{key}@syriawatch>"
        message.set_content(text_body(alerts, digest))
        message.add_alternative(html_body(alerts, digest), subtype="html")
        parts = urlsplit(self.url)
        host, port = parts.hostname or "localhost", parts.port or SMTP_SCHEMES[parts.scheme]
        where = f"SMTP server {host}:{port}"
        try:
            client = smtplib.SMTP_SSL if parts.scheme == "smtps" else smtplib.SMTP
            with client(host, port, timeout=self.timeout) as smtp:
                if parts.scheme == "smtp+starttls":
                    smtp.starttls(context=ssl.create_default_context())
                if parts.username:
                    smtp.login(unquote(parts.username), unquote(parts.password or ""))
                smtp.send_message(message)
        except smtplib.SMTPAuthenticationError:
            raise DeliveryError(
                f"{where} refused the login; check SYRIAWATCH_SMTP_URL", transient=False
            ) from None
        except smtplib.SMTPResponseException as exc:
            raise DeliveryError(
                f"{where} answered {exc.smtp_code}", transient=exc.smtp_code < 500
            ) from None
        except (OSError, smtplib.SMTPException) as exc:
            raise DeliveryError(f"{where} unreachable: {type(exc).__name__}") from None


@dataclass(frozen=True)
class SlackChannel:
    name: str
    webhook_url: str = field(repr=False)
    timeout: float = 10.0

    def send(self, alerts: Sequence[Alert], digest: bool, key: str) -> None:
        try:
            response = httpx.post(
                self.webhook_url, json=slack_payload(alerts, digest), timeout=self.timeout
            )
        except httpx.HTTPError as exc:  # the message may hold the URL: name the kind only
            raise DeliveryError(f"Slack webhook unreachable: {type(exc).__name__}") from None
        if response.status_code == 429:
            retry = response.headers.get("retry-after", "")
            raise DeliveryError(
                "Slack rate limit (429)", retry_after=float(retry) if retry.isdigit() else None
            )
        if response.status_code >= 500:
            raise DeliveryError(f"Slack answered {response.status_code}")
        if response.status_code >= 400:
            raise DeliveryError(
                f"Slack rejected the message ({response.status_code}: {response.text[:100]})",
                transient=False,
            )


@dataclass(frozen=True)
class FileChannel:
    """The local outbox: every alert appended, as text, to alerts.txt (and JSON lines)."""

    directory: Path
    name: str = "file"

    def send(self, alerts: Sequence[Alert], digest: bool, key: str) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True)
            with (self.directory / "alerts.txt").open("a", encoding="utf-8") as text:
                text.write(f"=== {subject(alerts, digest)}\n{text_body(alerts, digest)}\n")
            with (self.directory / "alerts.jsonl").open("a", encoding="utf-8") as lines:
                for alert in alerts:
                    record = {
                        "key": key,
                        "id": alert.id,
                        "version": alert.version,
                        "rule": alert.rule,
                        "severity": alert.severity,
                        "headline": alert.headline,
                        "summary": alert.summary,
                        "fatalities": alert.fatalities,
                        "sources": alert.sources,
                        "location": alert.location,
                        "url": alert.url,
                    }
                    lines.write(json.dumps(record, ensure_ascii=False) + "\n")
        except OSError as exc:
            raise DeliveryError(
                f"cannot write the outbox in {self.directory}: {exc.strerror}"
            ) from None


def channels_from_env(env: Mapping[str, str] | None = None) -> dict[str, Channel]:
    """Every channel the environment configures, and always the local file."""
    env = os.environ if env is None else env
    outbox = Path(env.get("SYRIAWATCH_OUTBOX_DIR") or "outbox")
    channels: dict[str, Channel] = {"file": FileChannel(outbox)}
    smtp_url = env.get("SYRIAWATCH_SMTP_URL")
    sender = env.get("SYRIAWATCH_ALERT_EMAIL_FROM", "syriawatch@localhost")
    if smtp_url:
        scheme = urlsplit(smtp_url).scheme
        if scheme not in SMTP_SCHEMES:
            raise ConfigError(
                "SYRIAWATCH_SMTP_URL",
                f"scheme must be one of {', '.join(SMTP_SCHEMES)}, not {scheme!r}",
            )
        for name, variable in (
            ("email", "SYRIAWATCH_ALERT_EMAIL_TO"),
            ("ops-email", "SYRIAWATCH_OPS_EMAIL_TO"),
        ):
            recipients = tuple(r.strip() for r in env.get(variable, "").split(",") if r.strip())
            if recipients:
                channels[name] = SmtpChannel(name, smtp_url, sender, recipients)
    for name, variable in (
        ("slack", "SYRIAWATCH_SLACK_WEBHOOK_URL"),
        ("ops-slack", "SYRIAWATCH_OPS_SLACK_WEBHOOK_URL"),
    ):
        url = env.get(variable)
        if url:
            if not url.startswith(("https://", "http://")):
                raise ConfigError(variable, "must be an http(s) URL")
            channels[name] = SlackChannel(name, url)
    return channels
