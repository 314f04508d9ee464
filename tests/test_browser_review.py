"""The analyst's loop in a real browser: on the review page, set the year of a release whose date is
unknown; the timeline then draws the meeting; Undo on the review page takes it away again."""

from __future__ import annotations

import re

import pytest

from core.track import corrections
from tests.browser_support import ROOT, chromium, no_exceptions, running_server, wait_idle

pytestmark = pytest.mark.browser

CORPUS = ROOT / "tests" / "corpus"
TITLE = "ROK and Uzbekistan Hold the 12th Deputy-Minister-Level Policy Consultation"  # "… on December 11."


def meetings_on_the_axis(page, url: str) -> int:
    page.goto(f"{url}/timeline")
    page.wait_for_selector("[data-testid=stPlotlyChart] .main-svg")
    wait_idle(page)
    text = page.locator("[data-testid=stCaptionContainer]").filter(has_text="on the axis").inner_text()
    return int(re.match(r"(\d+) meeting", text).group(1))


def pick(page, label: str, typed: str, option: str) -> None:
    page.get_by_role("combobox", name=label).click()
    page.keyboard.type(typed)
    page.get_by_role("option").filter(has_text=option).first.click()
    wait_idle(page)


def test_set_a_year_from_the_review_page_see_it_on_the_timeline_and_undo(tmp_path):
    fixes = tmp_path / "corrections.yaml"
    with (
        running_server(tmp_path / "streamlit.log", ACCORD_DATA=str(CORPUS), ACCORD_CORRECTIONS=str(fixes)) as (
            url,
            _,
            _,
        ),
        chromium() as browser,
    ):
        page = browser.new_context(viewport={"width": 1400, "height": 2400}).new_page()
        page.set_default_timeout(90_000)
        before = meetings_on_the_axis(page, url)

        page.goto(f"{url}/review")
        page.get_by_role("heading", name="Review: what needs a look").wait_for()
        wait_idle(page)
        pick(page, "Date this release", "Uzbekistan Hold the 12th", TITLE)
        pick(page, "Year of the meeting", "2019", "2019")
        page.get_by_role("textbox", name="Note (why this year)").fill("per the embassy's list")
        page.get_by_role("button", name="Set the date").click()
        page.get_by_text("Dated 11 December 2019").wait_for()
        no_exceptions(page)
        (entry,) = corrections.entries(fixes)
        assert entry["set"]["date_basis"] == "analyst" and entry["note"] == "per the embassy's list"

        assert meetings_on_the_axis(page, url) == before + 1

        page.goto(f"{url}/review")
        page.get_by_role("heading", name="Corrections made from the dashboard").wait_for()
        wait_idle(page)
        page.get_by_role("button", name="Undo").first.click()
        page.get_by_text("Undone.").wait_for()
        assert corrections.entries(fixes) == []
        assert meetings_on_the_axis(page, url) == before
