"""Review page under AppTest: what needs a look is listed, a year set there dates the meeting on
every page (date_basis 'analyst'), and Undo takes it back out of the corrections file."""

from __future__ import annotations

import pandas as pd
import pytest
from apptest_support import CORPUS, SEEDS, open_page, plotly_specs, rerun
from test_copies import variant

import core
from core.track import corrections, review

UZ = "uz-policy-consultation-tashkent.txt"  # "… in Tashkent on December 11." and no year


@pytest.fixture(autouse=True)
def fixes_file(monkeypatch, tmp_path):
    monkeypatch.setenv(corrections.ENV, str(tmp_path / "corrections.yaml"))
    return tmp_path / "corrections.yaml"


def on_the_timeline(at, release_id: str) -> bool:
    """Whether the timeline chart draws the release as a meeting."""
    fig = next(s for s in plotly_specs(at) if any("customdata" in t for t in s["data"]))
    return any(release_id in (t.get("customdata") or []) for t in fig["data"] if "markers" in t.get("mode", ""))


def test_the_overview_counts_what_needs_a_look(monkeypatch):
    at = open_page(monkeypatch, CORPUS)
    undated = core.load([CORPUS]).releases["meeting_date"].isna().sum()
    links = [p.label for p in at.get("page_link")]
    assert f"{undated} meetings need a date" in links


def test_set_a_year_from_the_review_page_then_undo(monkeypatch, fixes_file):
    loaded = core.load([CORPUS], corrections=False).releases
    release = loaded[loaded["source"].str.endswith(UZ)].iloc[0]
    assert pd.isna(release["meeting_date"])
    at = open_page(monkeypatch, CORPUS, "review")
    listed = next(df.value for df in at.dataframe if "years" in df.value.columns)
    assert release["title"] in " ".join(listed["release"])
    at = rerun(at.selectbox(key="review_pick").set_value(release["release_id"]))
    at.selectbox(key="review_date_year").set_value(2019)
    at.text_input(key="review_date_note").set_value("12th consultation, per the embassy")
    at = rerun(at.get("form_submit_button")[0].click())
    assert any("Dated 11 December 2019" in s.value for s in at.success), [
        e.value for e in [*at.error, *at.success, *at.warning]
    ]
    (entry,) = corrections.entries()
    assert entry["set"]["date_basis"] == review.ANALYST and entry["when"] and "embassy" in entry["note"]
    fixed = core.load([CORPUS]).releases.set_index("release_id").loc[release["release_id"]]
    assert fixed["meeting_date"] == pd.Timestamp("2019-12-11") and fixed["date_basis"] == "analyst"
    at = rerun(at.switch_page("pages/timeline.py"))
    assert on_the_timeline(at, release["release_id"])
    at = rerun(at.switch_page("pages/review.py"))
    at = rerun(at.button(key="review_undo_0").click())
    assert corrections.entries() == []
    at = rerun(at.switch_page("pages/timeline.py"))
    assert not on_the_timeline(at, release["release_id"])


def test_an_uploaded_copy_is_named_counted_once_and_listed_for_review(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "data")
    before = len(at.dataframe[0].value)
    at.file_uploader[0].set_value([("copy.txt", variant("line added").data, "text/plain")])
    at = rerun(at.get("form_submit_button")[0].click())
    assert any("a copy of “Deputy Minister for Political Affairs Holds 14th" in w.value for w in at.warning)
    assert len(at.dataframe[0].value) == before  # the meeting counts once
    at = rerun(at.switch_page("pages/review.py"))
    clashes = next(df.value for df in at.dataframe if "problem" in df.value.columns)
    assert clashes["problem"].str.contains("loaded twice").any()
    assert any(b.key and b.key.startswith("review_keep_") for b in at.button)


def test_the_reader_sets_a_commitment_status_with_a_note_and_undoes_it(monkeypatch):
    seeds = core.load([SEEDS], corrections=False)
    cid = seeds.commitments.loc[seeds.commitments["text"].str.contains("take part in INNOPROM"), "commitment_id"]
    cid = cid.item()
    at = open_page(monkeypatch, SEEDS, "reader", release=cid.split("-")[0])
    at.selectbox(key="reader_fix_pick").set_value(cid)
    at = rerun(at)
    at.radio(key="reader_fix_cm_what").set_value("set its status")
    at.selectbox(key="reader_fix_cm_status").set_value("fulfilled")
    at.text_input(key="reader_fix_cm_note").set_value("Korea was partner country of INNOPROM 2018")
    submit = next(b for b in at.get("form_submit_button") if b.label == "Save")
    at = rerun(submit.click())
    (entry,) = corrections.entries()
    assert entry["status"] == "fulfilled" and entry["when"]
    at = rerun(at.switch_page("pages/tracker.py"))
    table = next(df.value for df in at.dataframe if "reason" in df.value.columns).set_index("commitment_id")
    assert table.loc[cid, "status"] == "fulfilled" and "partner country" in table.loc[cid, "reason"]
    at = rerun(at.switch_page("pages/reader.py"))
    at = rerun(at.button(key="reader_fix_undo_0").click())
    assert corrections.entries() == []
