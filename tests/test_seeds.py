import json
from pathlib import Path

from syriawatch.sources.seeds import collect_seed_source, seed_source
from tests.conftest import SAMPLE


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_txt_title_and_body(tmp_path: Path) -> None:
    collected = collect_seed_source(seed_source(SAMPLE))
    [doc] = collected.documents
    assert doc.title == "Is it the end of Assad?"
    assert doc.body.startswith("Rebels on a lightning advance")
    assert doc.url is None and doc.published is None
    assert collected.failures == ()


def test_jsonl_bad_lines_are_reported_and_the_rest_load(tmp_path: Path) -> None:
    lines = [
        json.dumps(
            {
                "title": "One",
                "body": "First body",
                "url": "https://a.example/1",
                "published": "2024-01-02T03:04:05Z",
            }
        ),
        "{not json",
        json.dumps(["a", "list"]),
        "",
        json.dumps({"title": "", "text": ""}),
        json.dumps({"title": "Two", "text": "Second body"}),
    ]
    path = write(tmp_path, "batch.jsonl", "\n".join(lines) + "\n")
    collected = collect_seed_source(seed_source(tmp_path))
    assert [d.title for d in collected.documents] == ["One", "Two"]
    assert collected.documents[0].published == "2024-01-02T03:04:05Z"
    wheres = [f.where for f in collected.failures]
    assert wheres == [f"{path}:2", f"{path}:3", f"{path}:5"]
    assert "not valid JSON" in collected.failures[0].message


def test_bad_files_do_not_stop_the_folder(tmp_path: Path) -> None:
    write(tmp_path, "good.txt", "A title\nA body line.\n")
    write(tmp_path, "latin1.txt", "Caf\xe9 title\nbody\n".encode("latin-1"))
    write(tmp_path, "empty.txt", "")
    write(tmp_path, "title_only.txt", "Only a title\n")
    write(tmp_path, "notes.md", "ignored")
    collected = collect_seed_source(seed_source(tmp_path))
    assert [d.title for d in collected.documents] == ["A title"]
    messages = {Path(f.where.split(":")[0]).name: f.message for f in collected.failures}
    assert "not UTF-8 (byte 0xe9 at offset 3)" in messages["latin1.txt"]
    assert "empty file" in messages["empty.txt"]
    assert "no body" in messages["title_only.txt"]


def test_missing_folder_is_a_failure_not_a_crash(tmp_path: Path) -> None:
    collected = collect_seed_source(seed_source(tmp_path / "absent"))
    assert collected.documents == ()
    assert collected.failures[0].message == "no such file or folder"


def test_a_folder_without_seed_files_says_so(tmp_path: Path) -> None:
    (tmp_path / "articles.json").write_text('{"title": "t", "body": "b"}', encoding="utf-8")
    collected = collect_seed_source(seed_source(tmp_path))
    assert not collected.documents
    [failure] = collected.failures
    assert failure.where == str(tmp_path)
    assert ".jsonl" in failure.message


def test_html_page_gives_title_text_url_and_date(config_dir: Path) -> None:
    collected = collect_seed_source(seed_source(config_dir / "seeds" / "daraa_protest.html"))
    [doc] = collected.documents
    assert doc.title == "Residents protest in Daraa over arrests"
    assert "Hundreds of residents gathered" in doc.body
    assert "Home" not in doc.body  # navigation is not article text
    assert doc.url == "https://example.org/news/2023/08/20/daraa-protest"
    assert doc.published and doc.published.startswith("2023-08-20")
