"""Overview page under AppTest: counts from core, filters from the sidebar and the URL, downloads."""

from __future__ import annotations

import pytest
from apptest_support import DATASETS, SEEDS, buttons, check_download, expected, open_page, rerun

from core.frames.export import static_export_problem
from core.frames.filters import Filters, year_span
from ui import state


def metrics(at) -> dict[str, str]:
    return {m.label: m.value for m in at.metric}


@pytest.mark.parametrize("data", DATASETS)
def test_counts_are_cores(monkeypatch, data):
    at = open_page(monkeypatch, data)
    view = expected(data)
    m = metrics(at)
    assert m["Releases"] == str(len(view["releases"]))
    assert m["Commitments"] == str(len(view["commitments"]))
    assert m["Dated meetings"] == str(view["releases"]["meeting_date"].notna().sum())
    assert m["Cooperation areas"] == str(view["areas"]["area"].nunique())
    assert len(at.get("plotly_chart")) == 3


@pytest.mark.parametrize("data", DATASETS)
def test_year_filter_changes_counts_and_url(monkeypatch, data):
    at = open_page(monkeypatch, data)
    lo, hi = year_span(expected(data)["releases"])
    if lo == hi:
        pytest.skip("every meeting is in one year")
    at = rerun(at.slider(key="filter_years").set_value((hi, hi)))
    view = expected(data, Filters(years=(hi, hi)))
    assert metrics(at)["Releases"] == str(len(view["releases"]))
    assert at.query_params["years"] == f"{hi}-{hi}"
    assert f"{hi}–{hi}" in at.caption[0].value


@pytest.mark.parametrize("data", DATASETS)
def test_bookmarked_url_opens_the_filtered_view(monkeypatch, data):
    view = expected(data)
    area = view["areas"]["area"].value_counts().index[0]
    at = open_page(monkeypatch, data, area=area)
    assert at.multiselect(key="filter_area").value == [area]
    assert metrics(at)["Releases"] == str(len(expected(data, Filters(areas=(area,)))["releases"]))


def test_clear_filters(monkeypatch):
    at = open_page(monkeypatch, SEEDS, q="KICP")
    assert metrics(at)["Releases"] == "1"
    at = rerun(next(b for b in at.sidebar.button if "Clear" in b.label).click())
    assert metrics(at)["Releases"] == str(len(expected(SEEDS)["releases"]))
    assert "q" not in at.query_params


def test_chart_downloads(monkeypatch):
    at = open_page(monkeypatch, SEEDS)
    found = buttons(at, "ov_meetings")
    assert set(found) <= {"png", "svg", "html"} and "html" in found
    for ext, button in found.items():
        check_download(button, ext)


def test_latest_meeting_opens_in_reader(monkeypatch):
    at = open_page(monkeypatch, SEEDS)
    at = rerun(at.button(key=state.OVERVIEW_LATEST).click())
    latest = expected(SEEDS)["releases"].sort_values("meeting_date").iloc[-1]
    assert at.title[0].value == "Reader"
    assert at.query_params["release"] == latest["release_id"]


@pytest.fixture
def no_chromium(monkeypatch, tmp_path):
    monkeypatch.setenv("PATH", str(tmp_path))
    monkeypatch.delenv("BROWSER_PATH", raising=False)
    static_export_problem.cache_clear()
    yield
    static_export_problem.cache_clear()


def test_without_chromium_only_html_is_offered(monkeypatch, no_chromium):
    at = open_page(monkeypatch, SEEDS)
    assert set(buttons(at, "ov_meetings")) == {"html"}
    assert any("Chromium" in c.value for c in at.caption)
    check_download(buttons(at, "ov_meetings")["html"], "html")
