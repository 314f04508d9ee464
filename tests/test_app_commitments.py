"""Commitments page under AppTest: the table is core's commitments, its search and kind filter
narrow it, the sidebar topic narrows it, and its CSV holds what is shown."""

from __future__ import annotations

import io

import pandas as pd
import pytest
from apptest_support import DATASETS, SEEDS, buttons, check_download, expected, open_page, rerun

from core.frames.filters import Filters, search
from ui import state


def shown(at) -> pd.DataFrame:
    return at.dataframe[0].value


@pytest.mark.parametrize("data", DATASETS)
def test_table_is_cores_commitments(monkeypatch, data):
    at = open_page(monkeypatch, data, "commitments")
    c = expected(data)["commitments"]
    table = shown(at)
    assert sorted(table["commitment_id"]) == sorted(c["commitment_id"])
    assert set(table["evidence"]) == set(c["evidence"])
    assert table["link"].str.startswith("reader?release=").all()


@pytest.mark.parametrize("data", DATASETS)
def test_search_and_kind_narrow_the_table(monkeypatch, data):
    at = open_page(monkeypatch, data, "commitments")
    c = expected(data)["commitments"]
    word = c["text"].iloc[0].split()[-1]
    at = rerun(at.text_input(key=state.COMMITMENTS_SEARCH).input(word))
    hits = search(c, word, ["text", "evidence", "actor", "areas", "target", "entities"])
    assert sorted(shown(at)["commitment_id"]) == sorted(hits["commitment_id"])
    assert 0 < len(shown(at)) <= len(c)
    at.text_input(key=state.COMMITMENTS_SEARCH).input("")
    at = rerun(at.multiselect(key="commitments_kind").set_value(["agreement"]))
    assert (shown(at)["kind"] == "agreement").all()
    assert len(shown(at)) == int((c["kind"] == "agreement").sum())


@pytest.mark.parametrize("data", DATASETS)
def test_topic_filter(monkeypatch, data):
    areas = expected(data)["commitments"]["areas"].explode().dropna()
    area = areas.value_counts().index[0]
    at = open_page(monkeypatch, data, "commitments", area=area)
    assert sorted(shown(at)["commitment_id"]) == sorted(
        expected(data, Filters(areas=(area,)))["commitments"]["commitment_id"]
    )
    assert all(area in a for a in shown(at)["areas"])


def test_count_by_area_and_downloads(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "commitments", q="Arctic")
    at = rerun(at.segmented_control(key="commitments_by").set_value("area"))
    assert "by area" in at.get("plotly_chart")[0].proto.spec
    data = check_download(buttons(at, "commitments_table")["csv"], "csv")
    csv = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig")
    assert len(csv) == len(shown(at)) > 0
    check_download(buttons(at, "commitments_chart")["html"], "html")
