"""Benchmark: poll 1,000 feeds of 20 entries served on 127.0.0.1 with 100 ms latency.

    .venv/bin/python benchmarks/bench_feeds.py [--feeds 1000] [--baseline-feeds 1000]

A separate process serves the feeds from 50 ports (50 origins, 20 feeds each),
adds 100 ms to every response, and answers If-None-Match with 304. Printed:
the first full poll, the second poll (all 304), and a sequential loop of
`feedparser.parse(url)` over the same server, side by side.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "src"))

from syriawatch.sources.feeds import feed_source, new_state, poll_feeds  # noqa: E402

PORTS = 50
LATENCY = 0.1


def feed_body(number: int, entries: int = 20) -> bytes:
    items = "".join(
        f"<item><title>Feed {number} item {i}: shelling reported near Idlib</title>"
        f"<link>https://outlet{number % PORTS}.example/{number}/{i}</link><guid>{number}-{i}</guid>"
        f"<pubDate>Sun, 08 Dec 2024 {i:02d}:00:00 GMT</pubDate><description>&lt;p&gt;"
        f"Government shelling hit villages near Idlib on Sunday, monitors said. Item {i} of "
        f"feed {number}. {'Residents described the damage. ' * 8}&lt;/p&gt;</description></item>"
        for i in range(entries)
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {number}</title><link>https://outlet.example/</link>"
        f"<description>d</description>{items}</channel></rss>"
    ).encode()


async def handle(
    reader: asyncio.StreamReader, writer: asyncio.StreamWriter, bodies: dict[str, bytes]
) -> None:
    try:
        while True:
            request = await reader.readuntil(b"\r\n\r\n")
            lines = request.decode("latin-1").split("\r\n")
            path = lines[0].split(" ")[1]
            headers = {k.lower(): v.strip() for k, _, v in (x.partition(":") for x in lines[1:])}
            await asyncio.sleep(LATENCY)
            body = bodies.get(path)
            etag = f'"{path}"'
            if body is None:
                head, body = "404 Not Found", b""
            elif headers.get("if-none-match") == etag:
                head, body = "304 Not Modified", b""
            else:
                head = "200 OK"
            close = headers.get("connection", "").lower() == "close"
            writer.write(
                f"HTTP/1.1 {head}\r\nContent-Type: application/rss+xml; charset=utf-8\r\n"
                f"ETag: {etag}\r\nContent-Length: {len(body)}\r\n"
                f"Connection: {'close' if close else 'keep-alive'}\r\n\r\n".encode()
                + body
            )
            await writer.drain()
            if close:
                break
    except (asyncio.IncompleteReadError, ConnectionError):
        pass
    finally:
        writer.close()


def serve(ports: list[int], feeds: int, ready: multiprocessing.Event) -> None:  # type: ignore[valid-type]
    bodies = {f"/feed/{n}.xml": feed_body(n) for n in range(feeds)}

    async def main() -> None:
        servers = [
            await asyncio.start_server(
                lambda r, w: handle(r, w, bodies), "127.0.0.1", p, backlog=1024
            )
            for p in ports
        ]
        ready.set()
        await asyncio.gather(*(s.serve_forever() for s in servers))

    asyncio.run(main())


def free_ports(count: int) -> list[int]:
    import socket

    sockets = [socket.socket() for _ in range(count)]
    for s in sockets:
        s.bind(("127.0.0.1", 0))
    ports = [s.getsockname()[1] for s in sockets]
    for s in sockets:
        s.close()
    return ports


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--feeds", type=int, default=1000)
    parser.add_argument(
        "--baseline-feeds",
        type=int,
        default=1000,
        help="feeds for the sequential feedparser.parse(url) loop",
    )
    args = parser.parse_args()
    ports = free_ports(PORTS)
    ready = multiprocessing.Event()
    server = multiprocessing.Process(target=serve, args=(ports, args.feeds, ready), daemon=True)
    server.start()
    try:
        ready.wait(30)
        urls = [f"http://127.0.0.1:{ports[n % PORTS]}/feed/{n}.xml" for n in range(args.feeds)]
        sources = [feed_source(u) for u in urls]
        now = datetime.now(UTC)

        started = time.perf_counter()
        first = poll_feeds([(s, new_state(s)) for s in sources], now)
        full = time.perf_counter() - started
        entries = sum(len(p.collected.documents) for p in first)
        errors = sum(1 for p in first if p.outcome.error)

        started = time.perf_counter()
        second = poll_feeds([(p.collected.source, p.state) for p in first], now)
        not_modified = time.perf_counter() - started
        unchanged = sum(1 for p in second if p.outcome.status == 304)

        import feedparser

        started = time.perf_counter()
        baseline_entries = sum(
            len(feedparser.parse(u).entries) for u in urls[: args.baseline_feeds]
        )
        baseline = time.perf_counter() - started

        print(
            f"{args.feeds} feeds x 20 entries, {LATENCY * 1000:.0f} ms latency per response, "
            f"{PORTS} origins on 127.0.0.1"
        )
        print(f"syriawatch full poll:      {full:7.2f} s  ({entries} entries, {errors} errors)")
        print(f"syriawatch 304 poll:       {not_modified:7.2f} s  ({unchanged} not modified)")
        print(
            f"feedparser.parse(url) loop: {baseline:6.2f} s  ({args.baseline_feeds} feeds, "
            f"{baseline_entries} entries)"
        )
    finally:
        server.terminate()
        server.join(5)


if __name__ == "__main__":
    main()
