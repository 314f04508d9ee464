"""Tracker and mechanism pages under AppTest: statuses and series are core's, the status filter
narrows the table, a correction in the YAML file shows on the page, a broken file is reported."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from apptest_support import DATASETS, SEEDS, buttons, check_download, open_page, rerun

import core
from core.track import corrections, tracking
from ui import state


def statuses_of(data) -> pd.DataFrame:
    return tracking.track(core.load([str(data)]).frames(), today=dt.date.today(), fixes=[])["statuses"]


@pytest.fixture(autouse=True)
def no_corrections(monkeypatch, tmp_path):
    monkeypatch.setenv(corrections.ENV, str(tmp_path / "corrections.yaml"))
    return tmp_path / "corrections.yaml"


def table(at):
    return next(df.value for df in at.dataframe if "status" in df.value.columns and "reason" in df.value.columns)


@pytest.mark.parametrize("data", DATASETS)
def test_tracker_shows_cores_statuses(monkeypatch, data):
    at = open_page(monkeypatch, data, "tracker")
    expected = statuses_of(data)
    shown = table(at)
    assert sorted(shown["commitment_id"]) == sorted(expected["commitment_id"])
    assert dict(zip(shown["commitment_id"], shown["status"], strict=True)) == dict(
        zip(expected["commitment_id"], expected["status"], strict=True)
    )
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Fulfilled"] == str((expected["status"] == "fulfilled").sum())
    assert len(at.get("plotly_chart")) == 2
    assert shown["promise_link"].str.startswith("reader?release=").all()
    releases = core.load([str(data)]).releases.set_index("release_id")
    first = shown.iloc[0]  # a release is named by its date and title, never by a bare id
    assert first["promise"].endswith(" · " + releases.at[first["commitment_id"].split("-")[0], "title"])


def test_status_filter_narrows_the_table(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "tracker")
    at = rerun(at.multiselect(key=state.TRACKER_STATUS).set_value(["fulfilled"]))
    shown = table(at)
    assert len(shown) >= 1 and (shown["status"] == "fulfilled").all()
    assert shown["evidence"].str.contains("since its launch in November 2018").all()
    assert shown["follow_up_link"].str.startswith("reader?release=").all()
    assert shown["follow_up"].str.startswith("2020-12-18 · ").all()


def test_a_correction_shows_on_the_page(monkeypatch, no_corrections):
    cid = statuses_of(SEEDS).query("status == 'unreported after deadline'")["commitment_id"].iloc[0]
    no_corrections.write_text(f"- commitment: {cid}\n  status: superseded\n  note: replaced in 2019\n")
    at = open_page(monkeypatch, SEEDS, "tracker")
    row = table(at).set_index("commitment_id").loc[cid]
    assert row["status"] == "superseded" and bool(row["corrected"])
    assert "replaced in 2019" in row["reason"]


def test_a_broken_corrections_file_is_reported(monkeypatch, no_corrections):
    no_corrections.write_text("- commitment: x\n  status: maybe\n")
    at = open_page(monkeypatch, SEEDS, "tracker")
    assert any("corrections.yaml:1" in e.value for e in at.error)
    assert len(table(at)) == len(statuses_of(SEEDS))


def test_tracker_table_download(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "tracker")
    check_download(buttons(at, "tracker_table")["csv"], "csv")


@pytest.mark.parametrize("data", DATASETS)
def test_mechanisms_page_shows_series(monkeypatch, data):
    at = open_page(monkeypatch, data, "mechanisms")
    series = tracking.series(core.load([str(data)]).frames())
    shown = next(df.value for df in at.dataframe if "series" in df.value.columns)
    assert len(shown) == len(series)
    assert set(shown["series"]) == set(series["series"])
    assert any("Far East and Siberia Sub-committee" in str(v) for df in at.dataframe for v in df.value.values.ravel())
    assert {m.label: m.value for m in at.metric}["Numbers missing"] == str((~series["in_corpus"]).sum())
