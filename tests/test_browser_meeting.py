"""The meeting page in a real server and headless Chromium: the accounts of one meeting (the ROK
release, Japan's ministry in Japanese, Yonhap, The Japan Times) side by side, reached from the
reader's link; a screenshot is kept for a look (ACCORD_SCREENSHOTS, default the test's tmp dir)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

import core
from core.meetings import compare
from tests.browser_support import ROOT, chromium, no_exceptions, running_server, sync_api, wait_idle

pytestmark = pytest.mark.browser
expect = sync_api.expect
MUNICH = "jp-fm-meeting-munich-security-conference.txt"
ACCOUNTS = (
    "yonhap-kang-motegi-munich.txt",
    "japantimes-motegi-kang-munich.txt",
    "mofaj-motegi-kang-munich-japanese.txt",
)


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    folder = tmp_path_factory.mktemp("munich")
    shutil.copy(ROOT / "tests" / "corpus" / MUNICH, folder / MUNICH)
    for name in ACCOUNTS:
        shutil.copy(ROOT / "tests" / "accounts" / name, folder / name)
    return folder


def test_meeting_page_from_the_reader(tmp_path, data):
    loaded = core.load([str(data)])
    [mid] = compare.meetings(loaded.releases).meeting_id
    labels = list(compare.accounts_of(loaded.releases, mid).label)
    rid = loaded.releases.loc[loaded.releases.source.str.endswith(MUNICH), "release_id"].iloc[0]
    with running_server(tmp_path / "streamlit.log", ACCORD_DATA=str(data)) as (url, _, _), chromium() as browser:
        page = browser.new_page(viewport={"width": 1500, "height": 2200})
        page.set_default_timeout(60_000)
        page.goto(f"{url}/reader?release={rid}")
        wait_idle(page)
        no_exceptions(page)
        href = page.get_by_role("link", name="side by side").get_attribute("href")
        assert href.endswith(f"meeting?meeting={mid}")
        page.goto(f"{url}/{href.rsplit('/', 1)[-1]}")  # a Markdown link opens a new tab: follow it here
        wait_idle(page)
        no_exceptions(page)
        expect(page.get_by_role("heading", name="Accounts of a meeting")).to_be_visible()
        assert f"meeting={mid}" in page.url
        for label in labels:
            expect(page.get_by_role("heading", name=label, exact=True)).to_be_visible()
        expect(page.locator("[data-testid=stPlotlyChart] .barlayer path").first).to_be_attached(timeout=60_000)
        expect(page.get_by_text("日韓外相会談").first).to_be_visible(timeout=60_000)  # the Japanese text as it is
        shots = Path(os.environ.get("ACCORD_SCREENSHOTS", tmp_path))
        shots.mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(shots / "meeting.png"), full_page=True)
