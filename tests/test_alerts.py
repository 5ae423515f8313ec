"""Alerts end to end: a real SMTP server (aiosmtpd) and an HTTP endpoint standing in
for Slack's webhook, both on 127.0.0.1, over a real DuckDB warehouse."""

from __future__ import annotations

import email
import json
import socket
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.policy import default as email_policy
from pathlib import Path

import duckdb
import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from syriawatch import pipeline
from syriawatch.alerts.channels import channels_from_env
from syriawatch.alerts.deliver import deliver_due
from syriawatch.alerts.rules import load_alerts_config
from syriawatch.detect import Detector, load_watchlist
from syriawatch.errors import ConfigError
from syriawatch.sources.seeds import seed_source
from tests.conftest import REPO

NOW = datetime(2024, 12, 8, 12, 0, tzinfo=UTC)
PASSWORD = "s3cret-pa55"
WEBHOOK_TOKEN = "T000/B000/XXXXSECRETXXXX"


class Inbox:
    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):  # type: ignore[no-untyped-def]
        self.messages.append(email.message_from_bytes(envelope.content, policy=email_policy))
        return "250 OK"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def smtp_port() -> int:
    return free_port()


def check_login(server, session, envelope, mechanism, auth_data):  # type: ignore[no-untyped-def]
    return AuthResult(
        success=(auth_data.login, auth_data.password) == (b"alerts", PASSWORD.encode())
    )


@pytest.fixture
def inbox(smtp_port: int) -> Iterator[Inbox]:
    handler = Inbox()
    controller = Controller(
        handler,
        hostname="127.0.0.1",
        port=smtp_port,
        authenticator=check_login,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield handler
    finally:
        controller.stop()


class Slack:
    """A stand-in for an incoming webhook that can be told to fail."""

    def __init__(self) -> None:
        self.payloads: list[dict] = []
        self.script: list[Response] = []

    def __call__(self, request: Request) -> Response:
        if self.script:
            return self.script.pop(0)
        self.payloads.append(json.loads(request.data))
        return Response("ok")


@pytest.fixture
def slack(httpserver: HTTPServer) -> Slack:
    stand_in = Slack()
    httpserver.expect_request(f"/services/{WEBHOOK_TOKEN}").respond_with_handler(stand_in)
    return stand_in


@pytest.fixture
def channel_env(
    env: dict[str, str], smtp_port: int, httpserver: HTTPServer, monkeypatch: pytest.MonkeyPatch
) -> dict[str, str]:
    values = {
        "SYRIAWATCH_SMTP_URL": f"smtp://alerts:{PASSWORD}@127.0.0.1:{smtp_port}",
        "SYRIAWATCH_ALERT_EMAIL_FROM": "syriawatch@example.org",
        "SYRIAWATCH_ALERT_EMAIL_TO": "desk@example.org, analyst@example.org",
        "SYRIAWATCH_SLACK_WEBHOOK_URL": httpserver.url_for(f"/services/{WEBHOOK_TOKEN}"),
    }
    for key, value in values.items():
        monkeypatch.setenv(key, value)
    return {**env, **values}


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector(load_watchlist(REPO / "config" / "watchlist"))


def load(
    db_path: Path,
    folder: Path,
    articles: list[dict],
    detector: Detector,
    when: datetime = NOW,
    name: str = "wire.jsonl",
) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text("\n".join(json.dumps(a) for a in articles) + "\n")
    sources = [seed_source(folder)]
    collection = pipeline.collect(sources, db_path, when)
    prepared = pipeline.prepare(collection.collected, detector, when)
    pipeline.store(db_path, "t", sources, prepared, detector, when)


def raise_alerts(db_path: Path, config_dir: Path, when: datetime = NOW) -> pipeline.AlertsRaised:
    config = load_alerts_config(config_dir / "alerts.toml")
    return pipeline.raise_and_deliver(db_path, config, channels_from_env(), when)


STRIKE = {
    "title": "Strikes on Ariha market",
    "body": "Air strikes on a crowded market in the town of Ariha in Syria's Idlib province killed"
    " at least twelve civilians on Sunday, the White Helmets said.",
    "url": "https://wire.example/ariha",
    "published": "2024-12-08T09:00:00Z",
}


def test_an_immediate_alert_arrives_by_email_and_slack(
    channel_env,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    load(db_path, tmp_path / "in", [STRIKE], detector)
    raised = raise_alerts(db_path, config_dir)
    assert raised.new == ("high: Air/drone strike in Ariha, 12 killed",)
    assert len(raised.report.sent) == 2 and not raised.report.retrying

    [message] = inbox.messages
    assert message["Subject"] == "[syriawatch high] Air/drone strike in Ariha, 12 killed"
    assert message["To"] == "desk@example.org, analyst@example.org"
    assert message["Message-ID"].endswith(".1.email@syriawatch>")
    text = message.get_body(("plain",)).get_content()
    html = message.get_body(("html",)).get_content()
    for body in (text, html):
        assert "Fatalities" in body and "12" in body and "Ariha" in body
        assert "rule mass-casualty-strike" in body
        assert "https://wire.example/ariha" in body

    [payload] = slack.payloads
    assert payload["blocks"][0] == {
        "type": "header",
        "text": {"type": "plain_text", "text": "Air/drone strike in Ariha, 12 killed"},
    }
    fields = {f["text"].split("\n")[0]: f["text"] for f in payload["blocks"][1]["fields"]}
    assert fields["*Fatalities*"] == "*Fatalities*\n12"
    assert "Idlib Governorate" in fields["*Place*"]
    assert payload["blocks"][-1]["elements"][0]["url"] == "https://wire.example/ariha"

    again = raise_alerts(db_path, config_dir, NOW + timedelta(minutes=5))
    assert again.new == () and again.report.sent == []
    assert len(inbox.messages) == 1 and len(slack.payloads) == 1


def test_one_story_from_three_feeds_is_one_alert_with_three_sources(
    channel_env,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    copies = [
        STRIKE,
        {**STRIKE, "title": "Ariha market hit", "url": "https://other.example/story/1"},
        {
            **STRIKE,
            "title": "Idlib: deadly strikes",
            "body": STRIKE["body"].replace("the White Helmets said", "rescuers said"),
            "url": "https://third.example/a",
        },
    ]
    for number, copy in enumerate(copies):
        load(db_path, tmp_path / f"feed{number}", [copy], detector)
    raised = raise_alerts(db_path, config_dir)
    assert len(raised.new) == 1
    [payload] = slack.payloads
    sources = next(f["text"] for f in payload["blocks"][1]["fields"] if "Sources" in f["text"])
    assert sources.startswith("*Sources*\n3 (")
    assert len(inbox.messages) == 1


def test_escalation_updates_instead_of_repeating(
    channel_env,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    first = {
        **STRIKE,
        "body": "Air strikes on the town of Ariha in Syria's Idlib province killed"
        " at least three civilians on Sunday, the White Helmets said.",
    }
    load(db_path, tmp_path / "a", [first], detector)
    assert raise_alerts(db_path, config_dir).new == ("medium: Air/drone strike in Ariha, 3 killed",)
    # the toll rises to 12 within the cooldown: severity rises too, so it goes at once
    load(
        db_path,
        tmp_path / "b",
        [{**STRIKE, "url": "https://b.example/1"}],
        detector,
        NOW + timedelta(minutes=10),
    )
    update = raise_alerts(db_path, config_dir, NOW + timedelta(minutes=10))
    assert update.new == ("high: Update: Air/drone strike in Ariha, 12 killed",)
    assert [m["Subject"] for m in inbox.messages] == [
        "[syriawatch medium] Air/drone strike in Ariha, 3 killed",
        "[syriawatch high] Update: Air/drone strike in Ariha, 12 killed",
    ]
    con = duckdb.connect(str(db_path), read_only=True)
    try:
        rows = con.execute(
            "SELECT count(*), max(version), any_value(reason) FROM alerts"
        ).fetchone()
    finally:
        con.close()
    assert rows[0] == 1 and rows[1] == 2
    assert "updated: fatalities 3 → 12, sources 1 → 2, severity medium → high" in rows[2]


def test_an_update_without_a_severity_change_waits_for_the_cooldown(
    channel_env,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    load(db_path, tmp_path / "a", [STRIKE], detector)
    raise_alerts(db_path, config_dir)
    load(
        db_path,
        tmp_path / "b",
        [{**STRIKE, "url": "https://b.example/1", "title": "More sources"}],
        detector,
    )
    assert raise_alerts(db_path, config_dir, NOW + timedelta(minutes=20)).new == ()
    later = raise_alerts(db_path, config_dir, NOW + timedelta(minutes=61))
    assert later.new == ("high: Update: Air/drone strike in Ariha, 12 killed",)
    assert len(slack.payloads) == 2


def test_channels_down_then_recovered_deliver_exactly_once(
    env,
    monkeypatch: pytest.MonkeyPatch,
    slack: Slack,
    httpserver: HTTPServer,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    port = free_port()  # nothing listens here yet: SMTP refuses connections
    monkeypatch.setenv("SYRIAWATCH_SMTP_URL", f"smtp://127.0.0.1:{port}")
    monkeypatch.setenv("SYRIAWATCH_ALERT_EMAIL_TO", "desk@example.org")
    monkeypatch.setenv(
        "SYRIAWATCH_SLACK_WEBHOOK_URL", httpserver.url_for(f"/services/{WEBHOOK_TOKEN}")
    )
    slack.script = [
        Response("oops", status=500),
        Response("slow down", status=429, headers={"Retry-After": "5"}),
    ]
    load(db_path, tmp_path / "in", [STRIKE], detector)
    first = raise_alerts(db_path, config_dir)
    assert first.report.sent == [] and len(first.report.retrying) == 2
    assert any("Slack answered 500" in r for r in first.report.retrying)
    assert any("unreachable" in r for r in first.report.retrying)

    channels = channels_from_env()
    assert deliver_due(db_path, channels, NOW + timedelta(seconds=10)).sent == []  # not due yet
    second = deliver_due(db_path, channels, NOW + timedelta(seconds=31))
    assert any("429" in r for r in second.retrying)
    handler = Inbox()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        third = deliver_due(db_path, channels, NOW + timedelta(seconds=40))
        rest = deliver_due(db_path, channels, NOW + timedelta(minutes=30))
        final = deliver_due(db_path, channels, NOW + timedelta(hours=3))
    finally:
        controller.stop()
    sent = third.sent + rest.sent + final.sent
    assert sorted(s.split(":")[0] for s in sent) == ["email", "slack"]
    assert len(handler.messages) == 1 and len(slack.payloads) == 1


def test_injected_markup_arrives_inert(
    channel_env,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    hostile = (
        "Air strikes on the town of Ariha in Syria killed at least twelve civilians "
        "<!channel> <@U024BE7LH> <http://evil.example|click here> "
        "<script>alert(1)</script> &amp; <b>bold</b>."
    )
    load(
        db_path,
        tmp_path / "in",
        [{**STRIKE, "body": hostile, "url": "javascript:alert(1)"}],
        detector,
    )
    raise_alerts(db_path, config_dir)
    payload = json.dumps(slack.payloads[0])
    assert "<!channel>" not in payload and "<@U024BE7LH>" not in payload
    assert "<http://evil.example|click here>" not in payload
    assert "&lt;!channel&gt;" in payload and "&lt;@U024BE7LH&gt;" in payload
    assert "javascript:" not in payload  # no button for a non-http link
    html = inbox.messages[0].get_body(("html",)).get_content()
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert "javascript:" not in html


def test_the_digest_gathers_the_non_urgent(
    channel_env,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    quiet = [
        {
            "title": f"Arrests in {town}",
            "body": f"Syrian security forces arrested dozens of men"
            f" in {town}, Syria, on Sunday, activists said.",
            "url": f"https://w.example/{town}",
            "published": "2024-12-08T08:00:00Z",
        }
        for town in ("Douma", "Jableh", "Baniyas")
    ]
    load(db_path, tmp_path / "in", quiet, detector)
    raised = raise_alerts(db_path, config_dir)
    assert sorted(raised.new) == [
        "low: Arrests in Baniyas",
        "low: Arrests in Douma",
        "low: Arrests in Jableh",
    ]
    [digest] = inbox.messages
    assert digest["Subject"] == "[syriawatch] 3 alerts in this digest"
    assert len(slack.payloads) == 1
    more = [
        {
            "title": "Arrests in Hama",
            "body": "Syrian security forces arrested dozens of men in Hama, Syria, on Sunday.",
            "url": "https://w.example/hama",
            "published": "2024-12-08T09:00:00Z",
        }
    ]
    load(db_path, tmp_path / "more", more, detector)
    assert raise_alerts(db_path, config_dir, NOW + timedelta(minutes=30)).report.sent == []
    hourly = deliver_due(db_path, channels_from_env(), NOW + timedelta(minutes=61))
    assert len(hourly.sent) == 2 and len(inbox.messages) == 2
    assert inbox.messages[1]["Subject"] == "[syriawatch] 1 alerts in this digest"


def test_operations_alerts_go_to_the_ops_channel_only(
    channel_env,
    monkeypatch: pytest.MonkeyPatch,
    httpserver: HTTPServer,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    config_dir: Path,
) -> None:
    ops: list[dict] = []
    httpserver.expect_request("/ops").respond_with_handler(
        lambda request: (ops.append(json.loads(request.data)), Response("ok"))[1]
    )
    monkeypatch.setenv("SYRIAWATCH_OPS_SLACK_WEBHOOK_URL", httpserver.url_for("/ops"))
    from syriawatch.sources.feed_state import FeedState
    from syriawatch.warehouse import connect, save_feed_states

    with connect(db_path) as con:
        save_feed_states(
            con,
            [
                FeedState(
                    "feed:https://down.example/rss",
                    "Down feed",
                    "https://down.example/rss",
                    last_status=503,
                    last_error="HTTP 503",
                    consecutive_failures=9,
                    failing_since=NOW - timedelta(hours=7),
                )
            ],
        )
    raise_alerts(db_path, config_dir)
    pipeline.report_flow_failure(db_path, "syriawatch-monitor", "brave-otter", "disk full")
    titles = sorted(p["blocks"][0]["text"]["text"] for p in ops)
    assert titles == ["Feed failing: Down feed", "Flow failed: syriawatch-monitor"]
    assert slack.payloads == [] and inbox.messages == []


def test_a_crash_after_sending_never_sends_twice(
    channel_env,
    inbox: Inbox,
    slack: Slack,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    from syriawatch.alerts.deliver import claim
    from syriawatch.warehouse import connect

    load(db_path, tmp_path / "in", [STRIKE], detector)
    config = load_alerts_config(config_dir / "alerts.toml")
    from syriawatch.alerts.outbox import raise_alerts as write_only

    with connect(db_path) as con:
        write_only(con, config, set(channels_from_env()), NOW)
        claimed, _ = claim(con, NOW)  # a sender took them... and died before recording
    assert len(claimed) == 2
    report = deliver_due(db_path, channels_from_env(), NOW + timedelta(minutes=11))
    assert report.sent == [] and report.unconfirmed == 2
    assert inbox.messages == [] and slack.payloads == []
    assert deliver_due(db_path, channels_from_env(), NOW + timedelta(hours=2)).sent == []


def test_secrets_stay_out_of_the_warehouse_and_messages(
    env,
    monkeypatch: pytest.MonkeyPatch,
    httpserver: HTTPServer,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    monkeypatch.setenv("SYRIAWATCH_SMTP_URL", f"smtp://alerts:{PASSWORD}@127.0.0.1:{free_port()}")
    monkeypatch.setenv("SYRIAWATCH_ALERT_EMAIL_TO", "desk@example.org")
    monkeypatch.setenv(
        "SYRIAWATCH_SLACK_WEBHOOK_URL", f"http://127.0.0.1:{free_port()}/services/{WEBHOOK_TOKEN}"
    )
    load(db_path, tmp_path / "in", [STRIKE], detector)
    raised = raise_alerts(db_path, config_dir)
    problems = " ".join(raised.report.retrying)
    assert "unreachable" in problems
    assert PASSWORD not in problems and WEBHOOK_TOKEN not in problems
    data = db_path.read_bytes()
    assert PASSWORD.encode() not in data and WEBHOOK_TOKEN.encode() not in data
    assert repr(channels_from_env()["slack"]).count(WEBHOOK_TOKEN) == 0


def test_a_surge_of_mentions_raises_an_alert(
    env,
    db_path: Path,
    tmp_path: Path,
    config_dir: Path,
    detector: Detector,
) -> None:
    def story(day: int, n: int) -> dict:
        return {
            "title": f"Life in Qamishli, day {day} story {n}",
            "body": f"Residents of Qamishli in north-east Syria described queues for bread "
            f"and fuel on day {day}, in story number {n}.",
            "url": f"https://w.example/q/{day}/{n}",
            "published": (NOW - timedelta(days=7 - day)).isoformat(),
        }

    week = [story(day, 0) for day in range(7)]  # one a day for a week
    today = [story(7, n) for n in range(6)]  # then six in one day
    load(db_path, tmp_path / "in", week + today, detector)
    raised = raise_alerts(db_path, config_dir)
    assert "medium: Surge in coverage of Qamishli" in raised.new


def test_bad_rules_fail_at_load_naming_file_rule_and_field(config_dir: Path) -> None:
    path = config_dir / "alerts.toml"
    path.write_text(path.read_text() + '\n[[rule]]\nname = "typo"\nsubtypes = ["Airstrike"]\n')
    with pytest.raises(ConfigError) as error:
        load_alerts_config(path)
    message = str(error.value)
    assert message.startswith(f"{path}:")
    assert "rule.6" in message and "unknown ACLED sub-type 'Airstrike'" in message
