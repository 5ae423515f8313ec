import os

import httpx
import pytest

from syriawatch.server import local_prefect_server


def test_serve_starts_a_local_prefect_server_and_stops_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    with local_prefect_server() as api_url:
        assert api_url.startswith("http://127.0.0.1:")
        assert os.environ["PREFECT_API_URL"] == api_url
        assert httpx.get(f"{api_url}/health", timeout=5).status_code == 200
    assert "PREFECT_API_URL" not in os.environ
    with pytest.raises(httpx.ConnectError):
        httpx.get(f"{api_url}/health", timeout=5)


def test_a_configured_server_is_used_as_it_is(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PREFECT_API_URL", "http://prefect.internal:4200/api")
    with local_prefect_server() as api_url:
        assert api_url == "http://prefect.internal:4200/api"
