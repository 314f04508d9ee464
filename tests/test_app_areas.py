"""Cooperation areas page under AppTest: heatmap or bars of core's areas, and the sentences behind
a chosen area."""

from __future__ import annotations

import json

import pytest
from apptest_support import DATASETS, SEEDS, buttons, check_download, expected, open_page, plotly_specs, rerun, values

from core.frames.filters import Filters
from ui import state


@pytest.mark.parametrize("data", DATASETS)
def test_heatmap_counts_cores_areas(monkeypatch, data):
    at = open_page(monkeypatch, data, "areas")
    view = expected(data)
    heat, share = plotly_specs(at)
    dated = set(view["releases"].dropna(subset=["meeting_date"])["release_id"])
    assert heat["data"][0]["type"] == "heatmap"
    assert values(heat["data"][0]["z"]).sum() == view["areas"]["release_id"].isin(dated).sum()
    assert set(share["data"][0]["y"]) == set(view["areas"]["area"])


@pytest.mark.parametrize("data", DATASETS)
def test_sentences_behind_an_area(monkeypatch, data):
    at = open_page(monkeypatch, data, "areas")
    a = expected(data)["areas"]
    area = at.selectbox(key="areas_pick").options[-1].rsplit(" (", 1)[0]
    at = rerun(at.selectbox(key="areas_pick").set_value(area))
    table = at.dataframe[0].value
    assert sorted(table["sentence"]) == sorted(s for ev in a.loc[a["area"] == area, "evidence"] for s in ev)


@pytest.mark.parametrize("data", DATASETS)
def test_topic_filter_narrows_everything(monkeypatch, data):
    area = expected(data)["areas"]["area"].value_counts().index[0]
    at = open_page(monkeypatch, data, "areas", area=area)
    heat, share = plotly_specs(at)
    assert heat["data"][0]["y"] == [area] and share["data"][0]["y"] == [area]
    assert at.selectbox(key="areas_pick").options == [
        f"{area} ({expected(data, Filters(areas=(area,)))['areas']['mentions'].sum()} mentions)"
    ]


def test_bars_and_downloads(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "areas")
    at = rerun(at.segmented_control(key=state.AREAS_KIND).set_value("bars"))
    heat = json.loads(at.get("plotly_chart")[0].proto.spec)
    assert {t["type"] for t in heat["data"]} == {"bar"}
    check_download(buttons(at, "areas_sentences")["csv"], "csv")
    check_download(buttons(at, "areas_share")["html"], "html")
