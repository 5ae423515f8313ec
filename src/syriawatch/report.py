"""Run summaries for people: plain text for the terminal and logs, Markdown for
the Prefect artifact. Article text is untrusted: control characters are
removed, lengths capped, and Markdown syntax escaped."""

from __future__ import annotations

import re
from collections import Counter

from .pipeline import RunSummary
from .untrusted import plain

_MARKDOWN = re.compile(r"([\\`*_{}\[\]()<>#+\-.!|~])")


def markdown_escape(text: str, limit: int = 160) -> str:
    return _MARKDOWN.sub(r"\\\1", plain(text, limit))


def event_label(type_: str, subtype: str, location: str | None, fatalities: int | None) -> str:
    where = f" at {location}" if location else ""
    killed = f", {fatalities} killed" if fatalities is not None else ""
    return f"{subtype} ({type_}){where}{killed}"


def render_text(summary: RunSummary) -> str:
    c = summary.counts
    seconds = (summary.finished_at - summary.started_at).total_seconds()
    entities = ", ".join(f"{plain(name, 60)} ({n})" for name, n in summary.top_entities)
    lines = [
        f"syriawatch {summary.flow} {summary.run_id}: {summary.documents_read} articles read from "
        f"{summary.sources_ok + summary.sources_failed} sources ({summary.sources_failed} failed) "
        f"in {seconds:.1f} s",
        f"  articles: {c.articles_new} new, {c.articles_known} already stored; "
        f"{summary.syria_related} about Syria",
        f"  entities: {entities or 'none'}",
        f"  events: {len(summary.events)} found, {c.events_new} new"
        + (f" ({', '.join(f'{t} {n}' for t, n in _by_type(summary))})" if summary.events else ""),
    ]
    lines += [
        f"    - {event_label(e.type, e.subtype, e.location, e.fatalities)}: "
        f'"{plain(e.evidence, 100)}"'
        for e in summary.events[:20]
    ]
    if len(summary.events) > 20:
        lines.append(f"    … and {len(summary.events) - 20} more (see the events table)")
    if summary.feeds or summary.feeds_not_due:
        lines.append(f"  feeds: {len(summary.feeds)} polled, {summary.feeds_not_due} not due yet")
        lines += [f"    - {plain(name, 60)}: {plain(outcome)}" for name, outcome in summary.feeds]
    if summary.alerts is not None:
        report = summary.alerts.report
        lines.append(
            f"  alerts: {len(summary.alerts.new)} new or updated; messages: "
            f"{len(report.sent)} sent, {len(report.retrying)} to retry, {len(report.failed)} "
            f"failed" + (f", {report.unconfirmed} unconfirmed" if report.unconfirmed else "")
        )
        lines += [f"    - {plain(line)}" for line in summary.alerts.new]
        lines += [f"    ! {plain(line)}" for line in report.retrying + report.failed]
    if summary.failures:
        lines.append(f"  problems: {len(summary.failures)}")
        lines += [f"    - {plain(f.where, 120)}: {plain(f.message)}" for f in summary.failures[:20]]
    lines.append(f"  warehouse: {summary.db_path}")
    return "\n".join(lines)


def render_markdown(summary: RunSummary) -> str:
    c = summary.counts
    lines = [
        f"# syriawatch {summary.flow} `{summary.run_id}`",
        "",
        "| articles read | new | already stored | about Syria | events found | problems |",
        "|---|---|---|---|---|---|",
        f"| {summary.documents_read} | {c.articles_new} | {c.articles_known} | "
        f"{summary.syria_related} | {len(summary.events)} | {len(summary.failures)} |",
        "",
        "## Most named",
        "",
        *(f"- {markdown_escape(name, 60)}: {n} articles" for name, n in summary.top_entities),
        "",
        "## Events",
        "",
        *(
            f"- **{markdown_escape(event_label(e.type, e.subtype, e.location, e.fatalities))}**: "
            f"{markdown_escape(e.evidence, 200)}"
            for e in summary.events[:50]
        ),
    ]
    if summary.alerts is not None and summary.alerts.new:
        lines += ["", "## Alerts", ""]
        lines += [f"- {markdown_escape(line)}" for line in summary.alerts.new]
    if summary.feeds:
        lines += ["", "## Feeds", "", "| feed | result |", "|---|---|"]
        lines += [
            f"| {markdown_escape(name, 60)} | {markdown_escape(outcome)} |"
            for name, outcome in summary.feeds
        ]
    if summary.failures:
        lines += ["", "## Problems", ""]
        lines += [
            f"- {markdown_escape(f.where, 120)}: {markdown_escape(f.message)}"
            for f in summary.failures[:50]
        ]
    return "\n".join(lines) + "\n"


def _by_type(summary: RunSummary) -> list[tuple[str, int]]:
    return Counter(e.type for e in summary.events).most_common()
