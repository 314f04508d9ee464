"""The real server driven in headless Chromium (Playwright on Debian's /usr/bin/chromium).

One server on a free port, ACCORD_DATA pointing at the shared corpus (the seeds when it is absent).
The test opens every page, sets a year and a topic through the sidebar, checks the timeline draws as
many meetings as core.load + core.frames.filters say, opens a meeting by clicking it, and downloads files.
Timings (start to first chart, filter change) are printed (pytest -s).
"""

from __future__ import annotations

import json
import re
import time
from pathlib import Path

import pytest

import core
from core.frames.filters import Filters, apply, year_span
from tests.browser_support import ROOT, chromium, click_point, no_exceptions, running_server, sync_api, wait_idle

pytestmark = pytest.mark.browser

CORPUS = ROOT / "tests" / "corpus"
DATA = CORPUS
PAGES = {
    "": "Accord",
    "timeline": "Timeline of meetings",
    "commitments": "Commitments",
    "areas": "Cooperation areas",
    "reader": "Reader",
    "data": "Data",
}
TIMINGS = {}
expect = sync_api.expect


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with running_server(log, ACCORD_DATA=str(DATA)) as (url, _, started):
        yield url, started


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1800}, accept_downloads=True)
    pg = context.new_page()
    pg.set_default_timeout(60_000)
    yield pg
    context.close()


def meetings_caption(page) -> int:
    text = page.locator("[data-testid=stCaptionContainer]").filter(has_text="on the axis").inner_text()
    return int(re.match(r"(\d+) meeting", text).group(1))


def points(page):
    """The timeline's meeting markers as drawn by Plotly (line traces draw no points)."""
    return page.locator("[data-testid=stPlotlyChart] .scatterlayer path.point")


def expectation():
    frames = core.load([str(DATA)]).frames()
    _, last = year_span(frames["releases"])
    in_year = apply(frames, Filters(years=(last, last)))
    area = in_year["areas"]["area"].value_counts().index[0]
    f = Filters(years=(last, last), areas=(area,))
    return frames, f, apply(frames, f)


def test_pages_filters_click_and_downloads(server, page, tmp_path):
    url, started = server
    frames, f, view = expectation()
    dated = int(view["releases"]["meeting_date"].notna().sum())
    assert dated > 0

    page.goto(url + "/")
    page.wait_for_selector("[data-testid=stPlotlyChart] .main-svg")
    TIMINGS["start_to_first_chart_s"] = round(time.monotonic() - started, 2)
    for path, title in PAGES.items():
        page.goto(f"{url}/{path}")
        page.get_by_role("heading", name=title, exact=True).first.wait_for()
        wait_idle(page)
        no_exceptions(page)

    page.goto(url + "/timeline")
    page.wait_for_selector("[data-testid=stPlotlyChart] .main-svg")
    wait_idle(page)
    assert meetings_caption(page) == int(frames["releases"]["meeting_date"].notna().sum())
    expect(points(page)).to_have_count(meetings_caption(page))

    # year: move the lower thumb to the end of the range, i.e. the last year only
    tick = time.monotonic()
    page.get_by_role("slider").first.focus()
    page.keyboard.press("End")
    page.wait_for_url(re.compile(r"years="))
    wait_idle(page)
    TIMINGS["filter_change_s"] = round(time.monotonic() - tick, 2)
    # topic: type it into the multiselect and pick it
    topic = page.locator("[data-testid=stMultiSelect]").filter(has_text="Topic")
    topic.locator("input").fill(f.areas[0])
    page.get_by_role("option", name=f.areas[0], exact=True).click()
    page.keyboard.press("Escape")
    page.wait_for_url(re.compile(r"area="))
    wait_idle(page)
    no_exceptions(page)
    assert f"years={f.years[0]}-{f.years[1]}" in page.url
    assert meetings_caption(page) == dated
    expect(points(page)).to_have_count(dated)

    # the filter follows to another page through the navigation bar
    page.locator("[data-testid=stTopNavLink]").filter(has_text="Commitments").click()
    page.get_by_role("heading", name="Commitments", exact=True).wait_for()
    page.wait_for_url(re.compile(r"/commitments\?.*area="))
    wait_idle(page)
    no_exceptions(page)
    assert (
        f"{len(view['commitments'])} commitment"
        in page.locator("[data-testid=stCaptionContainer]").filter(has_text="of ").inner_text()
    )

    # downloads: the meetings table (CSV) and the timeline (HTML, PNG when Chromium can export)
    page.locator("[data-testid=stTopNavLink]").filter(has_text="Timeline").click()
    page.wait_for_selector("[data-testid=stPlotlyChart] .main-svg")
    wait_idle(page)
    for label, check in (
        ("CSV", lambda b: b.count(b"\n") == len(view["releases"]) + 1),
        ("HTML", lambda b: b"plotly" in b),
        ("PNG", lambda b: b.startswith(b"\x89PNG")),
    ):
        with page.expect_download() as d:
            page.locator("[data-testid=stDownloadButton] button").filter(has_text=label).first.click()
        name = d.value.suggested_filename
        body = Path(d.value.path()).read_bytes()
        assert name.startswith("accord_") and f.slug() in name, name
        assert check(body), (label, body[:80])

    # clicking a meeting opens it in the reader
    click_point(page, points(page))
    page.wait_for_url(re.compile(r"/reader\?.*release="))
    page.get_by_role("heading", name="Reader", exact=True).wait_for()
    wait_idle(page)
    no_exceptions(page)
    rid = re.search(r"release=([0-9a-f]+)", page.url).group(1)
    assert rid in set(view["releases"]["release_id"])
    expect(page.locator(".accord-text mark").first).to_be_visible()  # waits for the text to be drawn

    print("timings", json.dumps(TIMINGS))


def test_tracker_and_mechanism_pages(server, page):
    """The tracker shows core's status counts and its table; the mechanism page its series."""
    import datetime as dt

    from core.track import tracking

    url, _ = server
    out = tracking.track(core.load([str(DATA)]).frames(), today=dt.date.today(), fixes=[])
    page.goto(f"{url}/tracker")
    page.get_by_role("heading", name="Commitment tracker").wait_for()
    wait_idle(page)
    no_exceptions(page)
    counts = out["statuses"]["status"].value_counts()
    fulfilled = page.locator("[data-testid=stMetric]").filter(has_text="Fulfilled").inner_text()
    assert fulfilled.split()[-1] == str(counts.get("fulfilled", 0))
    page.locator("[data-testid=stDataFrame]").first.wait_for()
    page.locator("[data-testid=stPlotlyChart]").nth(1).wait_for()  # charts draw after the table
    assert page.locator("[data-testid=stPlotlyChart]").count() == 2
    page.goto(f"{url}/mechanisms")
    page.get_by_role("heading", name="Mechanisms").wait_for()
    wait_idle(page)
    no_exceptions(page)
    missing = page.locator("[data-testid=stMetric]").filter(has_text="Numbers missing").inner_text()
    assert missing.split()[-1] == str((~out["series"]["in_corpus"]).sum())
    page.locator("[data-testid=stDataFrame]").first.wait_for()


def test_a_bookmarked_page_opens_whole_as_a_fresh_servers_first_visit(tmp_path, page):
    """A `pages/` folder starts Streamlit in its legacy mode, where the first visit to /timeline would
    run that page without app.py (no data, no sidebar); ui.state sends it through app.py."""
    seeds = core.load([str(ROOT / "seeds")]).frames()
    _, last = year_span(seeds["releases"])
    with running_server(tmp_path / "streamlit.log", ACCORD_DATA=str(ROOT / "seeds")) as (url, _, _):
        page.goto(f"{url}/timeline?years={last}-{last}")
        expect(page.locator("[data-testid=stMain] h1").first).to_have_text("Timeline of meetings", timeout=60_000)
        page.locator("[data-testid=stSidebar] [data-testid=stSlider]").wait_for()
        wait_idle(page)
        no_exceptions(page)
        assert f"years={last}-{last}" in page.url
        assert meetings_caption(page) == len(apply(seeds, Filters(years=(last, last)))["releases"])
