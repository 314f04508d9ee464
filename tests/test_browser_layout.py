"""Every page in headless Chromium at 900 px and at 1,400 px wide, on the corpus with the seeds:

- no label of a chart is cut by its edge, no two labels overlap (tick labels, axis titles, the
  numbers next to markers and bars), every axis has a title, and no metric label is cut short;
- a filter that matches nothing shows the empty state, whose button clears the filter;
- the timeline's colour-by, the tracker's status choice and the commitments search come back
  from a shared link, and a change goes into the address bar.

Screenshots of every page at both widths are written to $ACCORD_SCREENSHOTS (default: a temporary
folder, printed with `pytest -s`): look at them after changing a chart or a page's layout.
"""

from __future__ import annotations

import os
import re
import time
from pathlib import Path

import pytest

import core
from core.frames.filters import Filters, apply, search
from tests.browser_support import ROOT, chromium, no_exceptions, running_server, sync_api, wait_idle
from ui import state, widgets

pytestmark = pytest.mark.browser
expect = sync_api.expect

DATA = (ROOT / "tests" / "corpus", ROOT / "seeds")
PAGES = ["", "timeline", "commitments", "tracker", "mechanisms", "areas", "reader", "data"]
WIDTHS = (900, 1400)

# Every visible text of each chart, as boxes: edges cut (outside the chart's box), overlapping pairs
# among tick labels of one axis, axis titles against their tick labels, and the labels next to
# markers and bars; and axes without a title.
LAYOUT_JS = """
() => {
  const box = e => e.getBoundingClientRect();
  const shown = e => { const r = box(e); return r.width > 0 && r.height > 0 && e.textContent.trim() &&
    getComputedStyle(e).visibility !== 'hidden' && getComputedStyle(e).opacity !== '0'; };
  const hit = (a, b) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1.5 &&
                        Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1.5;
  const name = e => e.textContent.trim().slice(0, 40);
  const problems = [];
  document.querySelectorAll('[data-testid=stPlotlyChart] .js-plotly-plot').forEach((plot, i) => {
    const title = name(plot.querySelector('.gtitle') || plot) || `chart ${i}`;
    const edge = box(plot);
    plot.querySelectorAll('svg.main-svg text').forEach(t => {
      if (!shown(t) || t.closest('.hoverlayer')) return;
      const r = box(t);
      if (r.left < edge.left - 1 || r.right > edge.right + 1 || r.top < edge.top - 1 || r.bottom > edge.bottom + 1)
        problems.push(`${title}: '${name(t)}' cut by the edge`);
    });
    const groups = {
      'x tick labels': [...plot.querySelectorAll('.xtick text')],
      'y tick labels': [...plot.querySelectorAll('.ytick text')],
      'labels at marks': [...plot.querySelectorAll('.textpoint text, .bartext')],
    };
    for (const [what, texts] of Object.entries(groups)) {
      const seen = texts.filter(shown);
      for (let a = 0; a < seen.length; a++) for (let b = a + 1; b < seen.length; b++)
        if (hit(box(seen[a]), box(seen[b]))) problems.push(`${title}: ${what} '${name(seen[a])}' and '${name(seen[b])}' overlap`);
    }
    for (const axis of ['x', 'y']) {
      const ticks = [...plot.querySelectorAll(`.${axis}tick text`)].filter(shown);
      if (!ticks.length) continue;
      const label = [...plot.querySelectorAll(`.g-${axis}title text`)].filter(shown);
      if (!label.length) problems.push(`${title}: no ${axis} axis title`);
      label.forEach(l => ticks.forEach(t => { if (hit(box(l), box(t))) problems.push(`${title}: ${axis} title on '${name(t)}'`); }));
    }
  });
  document.querySelectorAll('[data-testid=stMetricLabel] *').forEach(e => {
    if (e.scrollWidth > e.clientWidth + 1) problems.push(`metric label '${name(e)}' cut`);
  });
  return problems;
}
"""


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    log = tmp_path_factory.mktemp("server") / "streamlit.log"
    with running_server(log, ACCORD_DATA=os.pathsep.join(map(str, DATA))) as (url, _, _):
        yield url


@pytest.fixture(scope="module")
def browser():
    with chromium() as b:
        yield b


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = Path(os.environ.get("ACCORD_SCREENSHOTS") or tmp_path_factory.mktemp("screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    yield folder
    print(f"\nscreenshots: {folder}")


def settled(page) -> None:
    """Until the run is over and the page has stopped changing (charts drawn, nothing loading)."""
    wait_idle(page)
    last, steady, until = None, 0, time.monotonic() + 120
    while steady < 3 and time.monotonic() < until:
        page.wait_for_timeout(600)
        now = page.evaluate(
            """() => [document.querySelector('[data-testid=stMain]').innerText.length,
            document.querySelectorAll('[data-testid=stSkeleton],[data-testid=stSpinner],[data-testid=stStatusWidget]').length,
            document.querySelectorAll('[data-testid=stPlotlyChart]').length,
            document.querySelectorAll('[data-testid=stPlotlyChart] .main-svg').length]"""
        )
        steady = steady + 1 if now == last and now[1] == 0 else 0
        last = now


def open_at(browser, url: str, width: int):
    context = browser.new_context(viewport={"width": width, "height": 1100})
    page = context.new_page()
    page.set_default_timeout(120_000)
    page.goto(url)
    page.locator("[data-testid=stMain] h1").first.wait_for()
    settled(page)
    return context, page


@pytest.mark.parametrize("width", WIDTHS)
def test_no_label_is_cut_or_overlaps(server, browser, shots, width):
    problems = {}
    for path in PAGES:
        context, page = open_at(browser, f"{server}/{path}", width)
        no_exceptions(page)
        page.set_viewport_size(
            {
                "width": width,
                "height": page.evaluate("document.querySelector('[data-testid=stMain]').scrollHeight") + 200,
            }
        )
        settled(page)
        page.screenshot(path=shots / f"{path or 'overview'}-{width}.png", full_page=True)
        if found := page.evaluate(LAYOUT_JS):
            problems[path or "overview"] = found
        context.close()
    assert not problems, problems


def test_a_filter_matching_nothing_says_so_and_clears(server, browser):
    f = Filters(years=(2018, 2018), areas=("Energy",), counterparts=("Russia",))
    frames = core.load(list(map(str, DATA))).frames()
    assert apply(frames, f)["releases"].empty
    query = "&".join(f"{k}={v}" for k, v in state.to_query(f).items() for v in ([v] if isinstance(v, str) else v))
    context, page = open_at(browser, f"{server}/timeline?{query}", 1400)
    expect(page.get_by_text(widgets.NOTHING)).to_be_visible()
    no_exceptions(page)
    buttons = page.locator("[data-testid=stMain] [data-testid=stButton] button").filter(has_text="Clear")
    buttons.first.click()
    settled(page)
    expect(page.get_by_text(widgets.NOTHING)).to_have_count(0)
    assert page.locator("[data-testid=stPlotlyChart]").count() == 1
    context.close()


def test_view_settings_come_back_from_a_shared_link(server, browser):
    frames = core.load(list(map(str, DATA))).frames()
    context, page = open_at(browser, f"{server}/timeline?color=mechanism", 1400)
    expect(page.locator("[data-testid=stButtonGroup] button[aria-checked=true]")).to_have_text("Mechanism")
    page.locator("[data-testid=stButtonGroup] button").filter(has_text="Counterpart").click()
    page.wait_for_url(re.compile(r"color=counterpart"))
    context.close()

    word = "arctic"
    found = len(search(frames["commitments"], word, ["text", "evidence", "actor", "areas", "target", "entities"]))
    context, page = open_at(browser, f"{server}/commitments?find={word}", 1400)
    expect(page.locator("[data-testid=stMain] [data-testid=stTextInput] input")).to_have_value(word)
    caption = page.locator("[data-testid=stCaptionContainer]").filter(has_text=" of ").inner_text()
    assert caption.startswith(f"{found} commitment"), caption
    context.close()

    context, page = open_at(browser, f"{server}/tracker?status=fulfilled", 1400)
    picked = page.locator("[data-testid=stMultiSelect]").filter(has_text="Status")
    expect(picked.get_by_text("fulfilled", exact=True)).to_be_visible()
    assert "status=fulfilled" in page.url
    context.close()
