"""Timeline page under AppTest: one marker per dated meeting as core counts them, filters, colours,
opening a meeting in the reader, and the meetings table's CSV."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from apptest_support import DATASETS, SEEDS, buttons, check_download, expected, open_page, plotly_specs, rerun

from core.frames.filters import Filters, year_span
from ui import state


def markers(at) -> list[str]:
    """release_ids of the timeline's meeting markers, read from the chart sent to the browser."""
    (spec,) = plotly_specs(at)
    return [rid for t in spec["data"] if "markers" in t.get("mode", "") for rid in t["customdata"]]


def dated(view) -> list[str]:
    return sorted(view["releases"].dropna(subset=["meeting_date"])["release_id"])


@pytest.mark.parametrize("data", DATASETS)
def test_one_marker_per_dated_meeting(monkeypatch, data):
    at = open_page(monkeypatch, data, "timeline")
    assert sorted(markers(at)) == dated(expected(data))
    assert f"{len(dated(expected(data)))} meeting" in at.caption[0].value


@pytest.mark.parametrize("data", DATASETS)
def test_year_and_topic_filters(monkeypatch, data):
    at = open_page(monkeypatch, data, "timeline")
    everything = expected(data)
    lo, hi = year_span(everything["releases"])
    area = everything["areas"]["area"].value_counts().index[0]
    at = rerun(at.multiselect(key="filter_area").set_value([area]))
    assert sorted(markers(at)) == dated(expected(data, Filters(areas=(area,))))
    at = rerun(at.slider(key="filter_years").set_value((lo, lo)))
    narrowed = expected(data, Filters(years=(lo, lo), areas=(area,)))
    assert sorted(markers(at)) == dated(narrowed)
    assert at.query_params["area"] == area and at.query_params["years"] == f"{lo}-{lo}"


@pytest.mark.parametrize("color_by", ["mechanism", "counterpart"])
def test_colour_by(monkeypatch, color_by):
    at = open_page(monkeypatch, SEEDS, "timeline")
    at = rerun(at.segmented_control(key=state.TIMELINE_COLOR).set_value(color_by))
    (spec,) = plotly_specs(at)
    names = {t["name"] for t in spec["data"] if "markers" in t.get("mode", "")}
    view = expected(SEEDS)["releases"].dropna(subset=["meeting_date"])
    assert names == set(view[color_by].fillna("unknown"))


def test_open_a_meeting_in_the_reader(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "timeline", q="KICP")
    rid = expected(SEEDS, Filters(search="KICP"))["releases"]["release_id"].iloc[0]
    at.selectbox[0].set_value(rid)
    at = rerun(at.get("form_submit_button")[0].click())
    assert at.title[0].value == "Reader"
    assert at.query_params["release"] == rid and at.query_params["q"] == "KICP"


def test_meetings_csv_and_chart_downloads(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "timeline")
    csv = check_download(buttons(at, "meetings_table")["csv"], "csv")
    table = pd.read_csv(io.BytesIO(csv), encoding="utf-8-sig")
    assert len(table) == len(expected(SEEDS)["releases"])
    assert buttons(at, "timeline")["html"].proto.label == "HTML"
    check_download(buttons(at, "timeline")["html"], "html")
