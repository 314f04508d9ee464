"""No traceback reaches the browser: a page whose code raises shows a short message, and the server
log keeps the details (ui.guard); `.streamlit/config.toml` hides the details of any other error."""

from __future__ import annotations

import logging
import tomllib

import pytest
from apptest_support import ROOT, SEEDS, open_page
from streamlit import config
from streamlit.testing.v1 import AppTest

from core.frames import filters
from ui import guard

PAGES = ["overview", "timeline", "commitments", "tracker", "mechanisms", "areas", "reader", "data"]
SECRET = "boom in /srv/accord/secret/path.py"


class Collect(logging.Handler):
    def __init__(self):
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record):
        self.records.append(record)


@pytest.fixture
def failing(monkeypatch):
    """Every page's call of `filters.apply` raises; the log records are collected."""

    def broken(*args, **kwargs):
        raise RuntimeError(SECRET)

    monkeypatch.setattr(filters, "apply", broken)
    handler = Collect()
    logging.getLogger("accord").addHandler(handler)
    yield handler
    logging.getLogger("accord").removeHandler(handler)


def shown_text(at) -> str:
    """Everything the page put on screen, as text."""
    return " ".join(str(getattr(e, "value", "")) for e in at.main) + " ".join(str(e.proto) for e in at.exception)


@pytest.mark.parametrize("page", PAGES)
def test_a_failing_page_shows_a_short_message_and_logs_the_details(monkeypatch, failing, page):
    at = open_page(monkeypatch, SEEDS)  # the overview runs: it fails too, politely
    if page != "overview":
        at.switch_page(f"pages/{page}.py").run()
    assert not at.exception
    assert [e.value for e in at.error] == [guard.MESSAGE]
    assert SECRET not in shown_text(at) and "Traceback" not in shown_text(at)
    record = failing.records[-1]
    assert record.exc_info and SECRET in str(record.exc_info[1])
    assert at.sidebar.multiselect, "the sidebar is still there to change the filter"


def test_in_development_the_traceback_is_shown(monkeypatch, failing):
    """`python -m ui.server --client.showErrorDetails=full`: the developer sees the error itself."""
    previous = config.get_option("client.showErrorDetails")
    config.set_option("client.showErrorDetails", "full")
    try:
        monkeypatch.setenv("ACCORD_DATA", str(SEEDS))
        at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120).run()
    finally:
        config.set_option("client.showErrorDetails", previous)
    assert SECRET in at.exception[0].message
    assert not at.error


def test_the_server_hides_error_details():
    settings = tomllib.loads((ROOT / ".streamlit" / "config.toml").read_text())
    assert settings["client"]["showErrorDetails"] == "none"
