from pathlib import Path

import pytest

from syriawatch.config import load_settings
from syriawatch.detect import load_watchlist
from syriawatch.errors import ConfigError


def watchlist_with(config_dir: Path, name: str, added: str) -> Path:
    """The config's watchlist folder, with `added` at the end of its file `name`."""
    path = config_dir / "watchlist" / name
    path.write_text(path.read_text(encoding="utf-8") + added, encoding="utf-8")
    return path.parent


def test_the_shipped_config_loads(config_dir: Path) -> None:
    settings = load_settings(config_dir, Path("x.duckdb"))
    assert settings.sources.seeds[0].path == (config_dir / "seeds").resolve()
    assert all(not feed.enabled for feed in settings.sources.feeds)
    watchlist = load_watchlist(settings.watchlist_dir)
    assert {"damascus", "gov:homs", "group:hts", "person:ahmed-al-sharaa"} <= set(
        watchlist.entities
    )


def test_relative_seed_paths_follow_the_config_folder(tmp_path: Path, config_dir: Path) -> None:
    moved = tmp_path / "elsewhere" / "cfg"
    moved.parent.mkdir()
    config_dir.rename(moved)
    settings = load_settings(moved, Path("x.duckdb"))
    assert settings.sources.seeds[0].path == (moved / "seeds").resolve()


def test_config_folder_from_environment(
    env: dict[str, str], config_dir: Path, db_path: Path
) -> None:
    settings = load_settings()
    assert settings.config_dir == config_dir.resolve()
    assert settings.db_path == db_path


def test_missing_config_folder(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config folder not found"):
        load_settings(tmp_path / "nope")


def test_invalid_toml_names_file_and_line(config_dir: Path) -> None:
    (config_dir / "sources.toml").write_text('[[seeds]]\npath = "seeds"\nname = \n')
    with pytest.raises(ConfigError) as error:
        load_settings(config_dir)
    assert "sources.toml" in str(error.value)
    assert "line 3" in str(error.value)


def test_bad_value_names_file_key_and_line(config_dir: Path) -> None:
    (config_dir / "sources.toml").write_text(
        '[[seeds]]\npath = "seeds"\n\n[[feeds]]\nname = "a"\nurl = "https://a.example/feed"\n\n'
        '[[feeds]]\nname = "b"\nurl = "ftp://b.example/feed"\n'
    )
    with pytest.raises(ConfigError) as error:
        load_settings(config_dir)
    message = str(error.value)
    assert message.startswith(f"{config_dir / 'sources.toml'}:10: feeds.1.url")
    assert "http:// or https://" in message


def test_unknown_key_is_rejected(config_dir: Path) -> None:
    (config_dir / "sources.toml").write_text('[[seeds]]\npath = "seeds"\nfolder = "x"\n')
    with pytest.raises(ConfigError, match=r"sources.toml:3: seeds.0.folder: Extra inputs"):
        load_settings(config_dir)


def test_bad_place_row_names_the_csv_line(config_dir: Path) -> None:
    places = config_dir / "watchlist" / "places.csv"
    lines = places.read_text(encoding="utf-8").splitlines()
    lines.insert(5, "atlantis,Atlantis,city,,95.0,10.0,,,1.0,")
    places.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"places.csv:6: lat: Input should be less than"):
        load_watchlist(config_dir / "watchlist")


def test_trigger_with_unknown_acled_subtype(config_dir: Path) -> None:
    added = '\n[[trigger]]\ntype = "Battles"\nsubtype = "Skirmish"\nterms = ["skirmish"]\n'
    with pytest.raises(ConfigError, match="'Skirmish' is not a sub-type of 'Battles'"):
        load_watchlist(watchlist_with(config_dir, "events.toml", added))


def test_duplicate_entity_id(config_dir: Path) -> None:
    added = '\n[[entity]]\nid = "damascus"\nname = "Dup"\ntype = "organisation"\n'
    with pytest.raises(ConfigError, match="'damascus' is defined twice"):
        load_watchlist(watchlist_with(config_dir, "entities.toml", added))


def test_a_state_capital_must_be_a_place(config_dir: Path) -> None:
    added = '\n[[entity]]\nid = "state:x"\nname = "X"\ntype = "state"\ncapital = "org:un"\n'
    with pytest.raises(ConfigError, match="state:x: capital 'org:un' is no place"):
        load_watchlist(watchlist_with(config_dir, "entities.toml", added))


def test_dated_alias_needs_a_period_in_order(config_dir: Path) -> None:
    added = (
        '\n[[entity]]\nid = "person:x"\nname = "X"\ntype = "person"\n'
        'dated_aliases = [{ alias = "the leader", since = 2025-01-01, until = 2024-01-01 }]\n'
    )
    with pytest.raises(ConfigError, match="since must come before until"):
        load_watchlist(watchlist_with(config_dir, "entities.toml", added))
