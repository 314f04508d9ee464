"""core.track.review on the corpus: what needs a look, and the date correction it writes."""

from __future__ import annotations

import pandas as pd
import pytest
from conftest import CORPUS

import core
from core.track import corrections, review


@pytest.mark.parametrize(
    ("evidence", "years"),
    [
        (
            "… on January 22. [year not stated; Kwon Sei-joong was Ambassador 2018-09 to 2020-12; could be 2019 or 2020]",
            [2020, 2019],
        ),
        (
            "… on December 29. [year not stated; Yu Myung-hwan was minister 2008-02 to 2010-09; could be 2008–2010]",
            [2010, 2009, 2008],
        ),
        (
            "… on April 24. [year not stated and nothing in the text bounds it; could be any year from 1990 to 2026]",
            list(range(2026, 1989, -1)),
        ),
        ("… on May 2. [year not stated; could be 1990–1992, 2007 or 2018–2019]", [2019, 2018, 2007, 1992, 1991, 1990]),
        ("At the 14th meeting … held in a virtual format, December 18 [in the year 2020]", []),
        ("the text does not say on which day the meeting was", []),
    ],
)
def test_candidate_years_come_from_the_date_evidence(evidence, years):
    assert review.candidate_years(evidence) == years


def test_every_undated_release_is_listed_with_its_evidence(corpus):
    listed = review.undated(corpus.releases)
    assert set(listed["release_id"]) == set(corpus.releases.loc[corpus.releases["meeting_date"].isna(), "release_id"])
    published = corpus.releases.set_index("release_id")["published"].reindex(listed["release_id"]).to_numpy()
    days = [("undated" if pd.isna(p) else str(p)[:10]) + " · " for p in published]
    assert all(label.startswith(day) for label, day in zip(listed["release"], days, strict=True))  # the page's date
    some_day = listed["evidence"].str.contains("could be")  # a release naming no day leaves no year to pick
    assert listed.loc[some_day, "years"].map(len).gt(0).all()


def test_a_year_set_by_the_analyst_dates_the_release_with_basis_analyst(tmp_path):
    loaded = core.load([CORPUS], corrections=False).releases
    mongolia = loaded[loaded["source"].str.endswith("mn-rok-mongolia-9th-consular-consultation.txt")].iloc[0]
    entry = review.date_fix(mongolia, 2019, "the embassy's list")
    file = tmp_path / "c.yaml"
    corrections.append(entry, file, stamp=True)
    fixed = core.load([CORPUS], corrections=file).releases.set_index("release_id").loc[mongolia["release_id"]]
    assert fixed["meeting_date"] == pd.Timestamp("2019-04-24") and fixed["date_basis"] == "analyst"
    assert "year 2019 set by an analyst" in fixed["date_evidence"]


def test_sessions_out_of_order_or_too_close_are_contradictions(corpus):
    releases = corpus.releases.copy()
    assert review.contradictions(releases).empty
    policy = releases[releases["mechanism"].eq("Policy Consultation") & releases["counterpart"].eq("Russia")]
    eighteenth = policy.index[policy["session_number"].eq(18)][0]
    seventeenth = policy.loc[policy["session_number"].eq(17), "meeting_date"].iloc[0]
    releases.loc[eighteenth, "meeting_date"] = seventeenth - pd.Timedelta(days=3)
    found = review.contradictions(releases)
    assert list(found["problem"]) == ["Policy Consultation · Russia: session 17 is dated after session 18"]
    releases.loc[eighteenth, "meeting_date"] = seventeenth + pd.Timedelta(days=6)
    assert "only 6 days apart" in review.contradictions(releases)["problem"].item()


def test_unknown_counterparts_and_missing_heads_of_delegation_are_listed(corpus):
    sides = review.unknown_sides(corpus.releases, corpus.participants)
    unknown = set(corpus.releases.loc[corpus.releases["counterpart"].eq("unknown"), "release_id"])
    assert unknown <= set(sides.loc[sides["problem"].str.contains("counterpart unknown"), "release_id"])
    leads = set(corpus.participants.loc[corpus.participants["lead"], "release_id"])
    assert (
        set(sides.loc[sides["problem"].str.contains("no head"), "release_id"])
        == set(corpus.releases["release_id"]) - leads
    )
