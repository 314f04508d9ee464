"""Every page survives every filter: Hypothesis draws filters (years, including a single year and one
with no meeting; areas, mechanisms, levels, formats and counterparts, values that exist, values that
do not and combinations that match nothing; search text) and the pages' own view settings, and every
page runs under AppTest with no exception and no error box. A view that keeps no release says so in
words. Datasets: the corpus with the seeds, the seeds alone, and an empty library.

At least 200 page runs in all (`RUNS` counts them; `pytest -s` prints the count and the time).
"""

from __future__ import annotations

import os
import time

import pytest
from apptest_support import CORPUS, ROOT, SEEDS, url_filters
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

import core
from core import charts
from core.charts import tracking_charts
from core.frames.filters import Filters, apply, year_span
from ui import sidebar, state, widgets

PAGES = ["overview", "timeline", "commitments", "tracker", "mechanisms", "areas", "reader", "data"]
DATASETS = {  # name -> (folders, examples drawn); "empty" is a folder with no release
    "corpus": ((CORPUS, SEEDS), 16),
    "seeds": ((SEEDS,), 8),
    "empty": ((), 3),
}
RUNS = {"pages": 0, "seconds": 0.0}
WORDS = ["energy", "Arctic", "Lavrov", "consultation", "the", "zzqx", "2018", "nuclear power", "Kang Kyung-wha"]


def frames_of(folders) -> dict:
    return core.load([str(p) for p in folders]).frames()


def filters_from(draw, frames) -> Filters:
    """A filter drawn over what `frames` holds, plus values and years it does not hold."""
    choices = sidebar.options(frames)
    span = year_span(frames["releases"]) or (2015, 2020)
    lo = draw(st.integers(span[0] - 2, span[1] + 1))
    years = draw(st.sampled_from([None, (lo, lo), (lo, lo + draw(st.integers(0, 6)))]))
    lists = {}
    for key, field in state.LISTS.items():
        known = st.sampled_from(choices[key]) if choices[key] else st.nothing()
        lists[field] = tuple(draw(st.lists(st.one_of(known, st.just("Atlantis")), max_size=2, unique=True)))
    search = draw(st.one_of(st.just(""), st.sampled_from(WORDS), st.text("abcdefghij 0123", max_size=8)))
    return Filters(years=years, search=search, **lists)


def view_settings(draw) -> dict:
    """The pages' own settings, as a shared link would carry them."""
    return {
        state.TIMELINE_COLOR: draw(st.sampled_from(list(charts.COLOR_BY))),
        state.TRACKER_STATUS: draw(st.lists(st.sampled_from(list(tracking_charts.STATUS_COLOURS)), max_size=2)),
        state.COMMITMENTS_SEARCH: draw(st.sampled_from(["", "cooperation", "zzqx"])),
    }


@pytest.fixture(scope="module")
def empty_library(tmp_path_factory):
    return tmp_path_factory.mktemp("empty-library")


@pytest.fixture(scope="module", autouse=True)
def report():
    yield
    print(f"\nfilter space: {RUNS['pages']} page runs in {RUNS['seconds']:.0f} s")


def app(monkeypatch, folders) -> AppTest:
    monkeypatch.setenv("ACCORD_DATA", os.pathsep.join(str(p) for p in folders))
    return AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)


def run_pages(monkeypatch, folders, f: Filters, settings_: dict) -> None:
    """Open the app with `f` in the URL, then every page; check each ran cleanly."""
    frames = frames_of(folders)
    shown = sidebar.valid(f, sidebar.options(frames), year_span(frames["releases"]))
    nothing = apply(frames, shown)["releases"].empty
    at = app(monkeypatch, folders)
    at.query_params.update(state.to_query(f))
    for key, value in settings_.items():
        at.session_state[key] = value
    start = time.monotonic()
    at.run()
    for page in PAGES:
        if page != "overview":
            at.switch_page(f"pages/{page}.py").run()
        RUNS["pages"] += 1
        where = f"{page} with {shown} ({settings_})"
        assert not at.exception, (where, [e.value for e in at.exception])
        assert not at.error, (where, [e.value for e in at.error])
        assert at.title, where
        said = " ".join(w.value for w in [*at.warning, *at.info])
        if frames["releases"].empty:
            assert "No releases are loaded" in said, where
        elif nothing and page != "reader":
            assert widgets.NOTHING in said, where
    RUNS["seconds"] += time.monotonic() - start


@pytest.mark.parametrize("name", list(DATASETS))
def test_every_page_runs_under_every_filter(name, monkeypatch, empty_library):
    folders, examples = DATASETS[name]
    folders = folders or (empty_library,)
    frames = frames_of(folders)

    @settings(max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck))
    @given(st.data())
    def check(data):
        f = data.draw(st.composite(lambda draw: filters_from(draw, frames))(), label="filters")
        run_pages(monkeypatch, folders, f, data.draw(st.composite(view_settings)(), label="view"))

    check()


def test_enough_page_runs():
    """Runs after the tests above (file order): the filter space was covered by ≥ 200 page runs."""
    assert RUNS["pages"] >= 200, RUNS


def test_a_filter_matching_nothing_offers_to_clear_it(monkeypatch):
    """Counterpart Russia, 2018, Energy: the analyst's question whose answer is "nothing"."""
    folders = (CORPUS, SEEDS)
    frames = frames_of(folders)
    f = Filters(years=(2018, 2018), areas=("Energy",), counterparts=("Russia",))
    assert apply(frames, f)["releases"].empty
    at = app(monkeypatch, folders)
    at.query_params.update(state.to_query(f))
    at.run()
    assert not at.exception
    assert any(widgets.NOTHING in w.value for w in at.warning)
    clear = {b.key: b for b in at.button if b.key and b.key.startswith(state.CLEAR)}
    assert clear, [b.label for b in at.button]
    field = next(k.removeprefix(state.CLEAR) for k in clear if k != state.CLEAR + "all")
    at = clear[state.CLEAR + field].click().run()
    assert not at.exception
    assert not any(widgets.NOTHING in w.value for w in at.warning)
    assert url_filters(at) == f.without(field)
    assert not apply(frames, f.without(field))["releases"].empty
