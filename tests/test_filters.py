"""core.frames.filters on the real releases, and the URL form of a filter (ui.state) round-tripping."""

from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from core.frames.filters import Filters, apply, emptied_by, search, year_span
from tests.conftest import DATASETS, ROOT, frames_of
from ui.state import from_query, to_query

frames = frames_of


def ids(df: pd.DataFrame) -> set[str]:
    return set(df["release_id"])


def assert_consistent(out: dict[str, pd.DataFrame]) -> None:
    kept = ids(out["releases"])
    for name in ("participants", "commitments", "areas", "entities"):
        assert ids(out[name]) <= kept, name


@pytest.mark.parametrize("data", DATASETS)
def test_no_filter_keeps_everything(data):
    out = apply(frames(data), Filters())
    for name, df in frames(data).items():
        assert len(out[name]) == len(df), name


@pytest.mark.parametrize("data", DATASETS)
def test_year_range_keeps_dated_meetings_inside_it(data):
    lo, hi = year_span(frames(data)["releases"])
    out = apply(frames(data), Filters(years=(hi, hi)))
    years = out["releases"]["meeting_date"].dt.year
    assert len(out["releases"]) > 0
    assert years.notna().all() and (years == hi).all()
    assert_consistent(out)
    if lo < hi:
        assert len(out["releases"]) < len(frames(data)["releases"])


@pytest.mark.parametrize("data", DATASETS)
def test_topic_narrows_releases_areas_and_commitments(data):
    f = frames(data)
    area = f["areas"]["area"].value_counts().index[0]
    out = apply(f, Filters(areas=(area,)))
    assert ids(out["releases"]) == set(f["areas"].loc[f["areas"]["area"] == area, "release_id"])
    assert set(out["areas"]["area"]) == {area}
    assert all(area in a for a in out["commitments"]["areas"])
    assert_consistent(out)


@pytest.mark.parametrize("data", DATASETS)
@pytest.mark.parametrize(
    "field, column",
    [("levels", "level"), ("counterparts", "counterpart"), ("formats", "format"), ("mechanisms", "mechanism")],
)
def test_release_columns_filter(data, field, column):
    f = frames(data)
    value = f["releases"][column].dropna().iloc[0]
    out = apply(f, Filters(**{field: (value,)}))
    assert (out["releases"][column] == value).all()
    assert len(out["releases"]) == int((f["releases"][column] == value).sum())
    assert_consistent(out)


def test_search_needs_every_word_ignoring_case():
    f = frames(ROOT / "seeds")
    out = apply(f, Filters(search="KICP primorsky"))
    assert len(out["releases"]) == 1 and "Sub-committee" in out["releases"]["title"].iloc[0]
    assert apply(f, Filters(search="kicp lavrov"))["releases"].empty
    assert apply(f, Filters(search="   "))["releases"].shape == f["releases"].shape


def test_search_rows_looks_into_list_cells():
    c = frames(ROOT / "seeds")["commitments"]
    area = next(a for areas in c["areas"] for a in areas)
    hits = search(c, area, ["areas"])
    assert len(hits) == sum(area in a for a in c["areas"])


def test_errors_pass_through_and_inputs_are_untouched():
    f = frames(ROOT / "seeds")
    before = {k: v.copy() for k, v in f.items()}
    out = apply(f, Filters(search="nothing-like-this"))
    assert out["releases"].empty and out["errors"] is f["errors"]
    for k, v in f.items():
        pd.testing.assert_frame_equal(v, before[k])


def test_slug_and_describe():
    f = Filters(years=(2018, 2020), areas=("Trade & investment",), search="far east")
    assert f.slug() == "2018-2020_Trade-investment_q-far-east"
    assert "2018–2020" in f.describe() and "Trade & investment" in f.describe()
    assert Filters().slug() == "all" and Filters().describe() == "all releases"
    assert not Filters().active() and f.active()


words = (
    st.text(st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), min_size=1, max_size=12)
    .map(str.strip)
    .filter(bool)
)
filters_strategy = st.builds(
    Filters,
    years=st.none() | st.tuples(st.integers(1990, 2030), st.integers(1990, 2030)).map(lambda t: tuple(sorted(t))),
    areas=st.lists(words, max_size=3, unique=True).map(tuple),
    levels=st.lists(words, max_size=2, unique=True).map(tuple),
    counterparts=st.lists(words, max_size=2, unique=True).map(tuple),
    search=st.text(max_size=20).map(str.strip),
)


@given(filters_strategy)
def test_url_round_trip(f):
    params = {k: v if isinstance(v, list) else [v] for k, v in to_query(f).items()}
    assert from_query(params) == f


def test_url_ignores_garbage():
    assert from_query({"years": ["soon"], "area": ["", "Energy", "Energy"], "zzz": ["1"]}) == Filters(areas=("Energy",))
    assert from_query({"years": ["2020-2018"]}).years == (2018, 2020)


CORPUS_FRAMES = frames(ROOT / "tests" / "corpus")
known = {column: sorted(CORPUS_FRAMES["releases"][column].dropna().unique()) for column in ("level", "counterpart")}
corpus_filters = st.builds(
    Filters,
    years=st.none() | st.tuples(st.integers(2010, 2026), st.integers(2010, 2026)).map(lambda t: tuple(sorted(t))),
    areas=st.lists(st.sampled_from(sorted(CORPUS_FRAMES["areas"]["area"].unique())) | words, max_size=2).map(tuple),
    levels=st.lists(st.sampled_from(known["level"]), max_size=2).map(tuple),
    counterparts=st.lists(st.sampled_from(known["counterpart"]), max_size=2).map(tuple),
    search=st.sampled_from(["", "energy", "zzqx", "Arctic cooperation"]),
)


@given(corpus_filters)
def test_every_filtered_frame_keeps_its_schema(f):
    """Filtered to many rows, one or none, every frame has its declared columns and dtypes."""
    from core.frames.schema import empty

    out = apply(CORPUS_FRAMES, f)
    for name, df in out.items():
        assert df.dtypes.equals(empty(name).dtypes), (name, f)
    assert_consistent(out)
    blamed = emptied_by(CORPUS_FRAMES, f)
    assert all(not apply(CORPUS_FRAMES, f.without(field))["releases"].empty for field in blamed)
    assert not blamed or out["releases"].empty
