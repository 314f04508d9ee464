"""Hostile input in the real browser: a release whose title and file name are markup shows them as
text on every page (reader, tables, charts, downloads); no dialog opens and no element is injected."""

from __future__ import annotations

import shutil

import pytest

import core
from tests.browser_support import ROOT, chromium, hover_points, no_exceptions, running_server, wait_idle
from ui import state

pytestmark = pytest.mark.browser

TITLE = "<img src=x onerror=alert(1)> Outcome of ROK-Russia Talks <script>alert(2)</script>"
NAME = "release;$(touch pwned)<b onmouseover=alert(4)>bold.txt"


@pytest.fixture(scope="module")
def hostile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hostile")
    for seed in (ROOT / "seeds").glob("*.txt"):
        shutil.copy(seed, folder / seed.name)
    text = (ROOT / "seeds" / "rok-russia-foreign-ministers-unhrc37.txt").read_text(encoding="utf-8")
    text = text.replace(
        "Outcome of ROK-Russia Foreign Ministerial Meeting Held on Sidelines of 37th UNHRC Session", TITLE
    )
    text = text.replace(
        "Sergey Lavrov of Russia on February 28", 'Sergey Lavrov <a href="javascript:alert(3)">of Russia</a> on March 1'
    )
    (folder / NAME).write_text(text, encoding="utf-8")
    rid = core.load(folder / NAME).releases.release_id.iloc[0]
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with running_server(log, ACCORD_DATA=str(folder)) as (url, _, _started), chromium() as browser:
        yield url, rid, browser


@pytest.mark.parametrize("path", ["", "timeline", "commitments", "areas", "data", "tracker", "reader?release={rid}"])
def test_markup_in_a_release_is_shown_as_text(hostile, path):
    url, rid, browser = hostile
    context = browser.new_context(viewport={"width": 1400, "height": 1600}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    dialogs = []
    page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
    page.goto(f"{url}/{path.format(rid=rid)}")
    page.locator("[data-testid=stMain] h1").first.wait_for()
    wait_idle(page)
    no_exceptions(page)
    points = page.locator("[data-testid=stPlotlyChart] .scatterlayer path.point").count()
    hovered = hover_points(page)  # hovers render release titles
    assert hovered > 0 or points == 0
    page.wait_for_timeout(500)
    assert dialogs == []
    assert page.locator("img[src=x], [onerror], [onmouseover], a[href^=javascript]").count() == 0
    assert page.evaluate("[...document.scripts].some(s => s.textContent.includes('alert(2)'))") is False
    if path.startswith("reader"):
        assert TITLE in page.locator("[data-testid=stMain]").inner_text()
    context.close()


def test_downloads_carry_the_markup_as_text(hostile, tmp_path):
    url, rid, browser = hostile
    context = browser.new_context(accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(60_000)
    page.goto(f"{url}/data")
    page.locator("[data-testid=stMain] h1").first.wait_for()
    wait_idle(page)
    with page.expect_download() as info:
        # the Sources table's own button, by its key (the first "CSV" on the page is not always it
        # while the page is still drawing)
        page.locator(f".st-key-{state.DATA_SOURCES}_csv [data-testid=stDownloadButton] button").first.click()
    path = tmp_path / info.value.suggested_filename
    info.value.save_as(path)
    text = path.read_text(encoding="utf-8-sig")
    assert TITLE in text and NAME in text
    context.close()
