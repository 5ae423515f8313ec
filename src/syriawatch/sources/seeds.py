"""Seed files: articles kept as files in a folder.

Formats, by extension:
- `.txt`: title on the first line, body below (no date, no URL);
- `.html`/`.htm`: a saved web page; title, text, URL and date are extracted;
- `.jsonl`: one article per line, an object with `title`, `body` or `text`, and
  optional `url`, `published`, `language`, `id`.

Other files (README, images) are skipped. A file that cannot be read becomes a
`SourceFailure` naming the file (and line for JSONL); the rest still load.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from ..errors import SourceError
from ..records import Collected, RawDocument, Source, SourceFailure

SEED_SUFFIXES = {".txt", ".html", ".htm", ".jsonl"}


def seed_source(path: Path, name: str | None = None, language: str | None = None) -> Source:
    return Source(kind="seed", name=name or path.name, location=str(path), language=language)


def collect_seed_source(source: Source) -> Collected:
    """Read every seed file of a folder (or a single file)."""
    root = Path(source.location)
    if root.is_file():
        files = [root]
    elif root.is_dir():
        files = sorted(
            p
            for p in root.rglob("*")
            if p.is_file() and p.suffix.lower() in SEED_SUFFIXES and not p.name.startswith(".")
        )
        if not files:
            kinds = ", ".join(sorted(SEED_SUFFIXES))
            return Collected(
                source, failures=(SourceFailure(str(root), f"no seed files ({kinds})"),)
            )
    else:
        return Collected(source, failures=(SourceFailure(str(root), "no such file or folder"),))
    documents: list[RawDocument] = []
    failures: list[SourceFailure] = []
    for path in files:
        try:
            for item in read_seed_file(path, source):
                if isinstance(item, SourceFailure):
                    failures.append(item)
                else:
                    documents.append(item)
        except SourceError as exc:
            failures.append(exc.as_failure())
    return Collected(source, tuple(documents), tuple(failures))


def read_seed_file(path: Path, source: Source) -> Iterable[RawDocument | SourceFailure]:
    suffix = path.suffix.lower()
    if suffix not in SEED_SUFFIXES:
        raise SourceError(str(path), f"unsupported seed file type {suffix!r}")
    text = decode_utf8(path)
    if suffix == ".txt":
        return [read_txt(path, text, source)]
    if suffix in {".html", ".htm"}:
        return [read_html(path, text, source)]
    return read_jsonl(path, text, source)


def decode_utf8(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise SourceError(str(path), f"cannot read: {exc.strerror}") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise SourceError(
            str(path),
            f"not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); re-save it as UTF-8",
        ) from None


def read_txt(path: Path, text: str, source: Source) -> RawDocument:
    lines = text.strip().splitlines()
    if not lines or not lines[0].strip():
        raise SourceError(str(path), "empty file: expected a title on the first line")
    body = "\n".join(lines[1:]).strip()
    if not body:
        raise SourceError(f"{path}:2", "no body below the title")
    return RawDocument(
        source=source,
        origin=str(path),
        title=lines[0].strip(),
        body=body,
        language=source.language,
    )


def read_html(path: Path, html: str, source: Source) -> RawDocument:
    import trafilatura  # heavy import, only paid when there are HTML seeds
    from trafilatura.settings import Document

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if not isinstance(doc, Document) or not (doc.text or "").strip():
        raise SourceError(str(path), "no article text found in the page")
    return RawDocument(
        source=source,
        origin=str(path),
        title=(doc.title or "").strip(),
        body=doc.text or "",
        url=doc.url,
        published=doc.date,
        language=doc.language or source.language,
    )


def read_jsonl(path: Path, text: str, source: Source) -> Iterator[RawDocument | SourceFailure]:
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{path}:{number}"
        try:
            yield jsonl_document(where, line, source)
        except SourceError as exc:
            yield exc.as_failure()


def jsonl_document(where: str, line: str, source: Source) -> RawDocument:
    try:
        item = json.loads(line)
    except json.JSONDecodeError as exc:
        raise SourceError(where, f"not valid JSON: {exc.msg} at column {exc.colno}") from None
    if not isinstance(item, dict):
        raise SourceError(where, "expected a JSON object per line")
    body = item.get("body") or item.get("text") or ""
    title = item.get("title") or ""
    if not isinstance(body, str) or not isinstance(title, str):
        raise SourceError(where, "'title' and 'body'/'text' must be strings")
    if not body.strip() and not title.strip():
        raise SourceError(where, "no 'title' and no 'body'/'text'")
    return RawDocument(
        source=source,
        origin=where,
        title=title.strip(),
        body=body,
        body_is_html=bool(item.get("html", False)),
        url=_optional_str(item, "url"),
        published=_optional_str(item, "published"),
        language=_optional_str(item, "language") or source.language,
        guid=_optional_str(item, "id"),
    )


def _optional_str(item: dict[str, object], key: str) -> str | None:
    value = item.get(key)
    return str(value) if value not in (None, "") else None
