"""What the dashboard's AppTest files share: where the real inputs are, how to open a page on them,
and how to get the bytes behind a download button (eager or generated on click)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import numpy as np
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1 import app_test as app_test_module

import core
from core.frames import filters
from ui import state

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"
DATASETS = [
    pytest.param(SEEDS, id="seeds"),
    pytest.param(CORPUS, id="corpus"),
]
SIGNATURES = {
    "png": lambda b: b.startswith(b"\x89PNG\r\n\x1a\n"),
    "svg": lambda b: b.lstrip().startswith((b"<svg", b"<?xml")) and b"</svg>" in b,
    "html": lambda b: b"<html" in b[:500].lower() and b"plotly" in b,
    "csv": lambda b: b.startswith(b"\xef\xbb\xbf") and b"\n" in b,
    "xlsx": lambda b: b.startswith(b"PK\x03\x04"),
}


class _Recorder(MediaFileManager):
    """MediaFileManager that remembers the latest instance, so a test can fetch files."""

    last: MediaFileManager | None = None

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        _Recorder.last = self


def open_page(monkeypatch, data: Path, page: str | None = None, **query) -> AppTest:
    """The app run on `data` (with `query` in the URL), switched to pages/<page>.py when given."""
    monkeypatch.setattr(app_test_module, "MediaFileManager", _Recorder)
    monkeypatch.setenv("ACCORD_DATA", str(data))
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    at.query_params.update(query)
    at.run()
    if page:
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def rerun(changed) -> AppTest:
    """Run the app after a widget change (`at.slider(...).set_value(v)`) and check it did not fail."""
    at = changed.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def download(button) -> tuple[str, bytes]:
    """(file name, bytes) behind a download button of the last run, generating deferred files."""
    mgr = _Recorder.last
    proto = button.proto
    url = mgr.execute_deferred(proto.deferred_file_id) if proto.deferred_file_id else proto.url
    stored = mgr._storage.get_file(url.rsplit("/", 1)[-1])
    return stored.filename, stored.content


def check_download(button, ext: str) -> bytes:
    name, data = download(button)
    assert name.startswith("accord_") and name.endswith(f".{ext}"), name
    assert data and SIGNATURES[ext](data), (name, data[:80])
    return data


def buttons(at: AppTest, key_prefix: str) -> dict[str, object]:
    """Download buttons whose key starts with `key_prefix`, by format (png, svg, html, csv, xlsx)."""
    return {b.key.rsplit("_", 1)[-1]: b for b in at.download_button if b.key and b.key.startswith(key_prefix)}


def plotly_specs(at: AppTest) -> list[dict]:
    """The figures sent to the browser, as JSON dicts."""
    return [json.loads(el.proto.spec) for el in at.get("plotly_chart")]


def values(v) -> np.ndarray:
    """A trace's array as sent to the browser: plain list or Plotly's typed array (base64)."""
    if isinstance(v, dict) and "bdata" in v:
        flat = np.frombuffer(base64.b64decode(v["bdata"]), dtype=v["dtype"])
        return flat.reshape([int(n) for n in str(v.get("shape", len(flat))).split(",")])
    return np.asarray(v)


def expected(data: Path, f: filters.Filters | None = None) -> dict:
    """What core says the view holds: the frames of `data` under `f`."""
    return filters.apply(core.load([str(data)]).frames(), f or filters.Filters())


def url_filters(at: AppTest) -> filters.Filters:
    params = {k: v if isinstance(v, list) else [v] for k, v in at.query_params.items()}
    return state.from_query(params)
