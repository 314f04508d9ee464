"""Under load: 8 browser sessions at once against one server, each going through `STEPS_EACH` pages
and filters; every step of every session ends with its page and no error, and the server's memory
stays under `MEMORY_BOUND_MB` (stated in the README). No step is timed (speed is the benchmark's):
a slow machine makes the test slower, not red. Two sessions uploading at once both land in the
library."""

from __future__ import annotations

import asyncio
import contextlib
from pathlib import Path

import pytest

from core.ingest.library import Library
from tests.browser_support import ARGS, CHROMIUM, ROOT, running_server

pytestmark = pytest.mark.browser

SESSIONS = 8
STEPS_EACH = 3
MEMORY_BOUND_MB = 1024  # resident memory of the Streamlit server, on the shared corpus
CORPUS = ROOT / "tests" / "corpus"
DATA = CORPUS
STEPS = ["", "timeline?years=2017-2019", "commitments?q=Russia", "areas?area=Arctic", "data", "tracker", "reader"]
async_api = pytest.importorskip("playwright.async_api")


def rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


async def _session(browser, url: str, index: int, problems: list[str]) -> int:
    context = await browser.new_context(viewport={"width": 1280, "height": 900})
    page = await context.new_page()
    page.set_default_timeout(180_000)  # a hang detector, not a speed target
    steps = 0
    try:
        while steps < STEPS_EACH:
            path = STEPS[(index + steps) % len(STEPS)]
            await page.goto(f"{url}/{path}")
            await page.locator("[data-testid=stMain] h1").first.wait_for()
            await page.wait_for_function("!document.querySelector('[data-testid=stStatusWidget]')")
            bad = page.locator("[data-testid=stException], [data-testid=stAlertContentError]")
            if await bad.count():
                problems.append(f"session {index} at /{path}: {await bad.first.inner_text()}")
            steps += 1
    finally:
        await context.close()
    return steps


async def _upload(browser, url: str, name: str, data: bytes) -> None:
    context = await browser.new_context()
    page = await context.new_page()
    page.set_default_timeout(90_000)
    await page.goto(f"{url}/data")
    await page.locator("[data-testid=stMain] h1").first.wait_for()
    await page.locator("[data-testid=stFileUploader] input[type=file]").set_input_files(
        files=[{"name": name, "mimeType": "text/plain", "buffer": data}]
    )
    # Load only once the file is on the server: its chip is shown and no longer spinning
    await page.get_by_test_id("stFileChip").filter(has_text=name).wait_for()
    await page.wait_for_function("!document.querySelector('[data-testid=stFileChipIconSpinner]')")
    await page.get_by_test_id("stBaseButton-secondaryFormSubmit").filter(has_text="Load").click()
    await page.get_by_text(f"{name}: 1 release(s) added").wait_for()
    await context.close()


async def _run(coros_of) -> list:
    async with async_api.async_playwright() as p:
        browser = await p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            return await asyncio.gather(*coros_of(browser))
        finally:
            await browser.close()


def test_eight_sessions_at_once(tmp_path):
    problems: list[str] = []
    peak = 0.0
    with running_server(tmp_path / "streamlit.log", ACCORD_DATA=str(DATA)) as (url, proc, _):

        async def watched(browser):
            nonlocal peak
            tasks = [asyncio.ensure_future(_session(browser, url, i, problems)) for i in range(SESSIONS)]
            while not all(t.done() for t in tasks):
                peak = max(peak, rss_mb(proc.pid))
                await asyncio.sleep(0.5)
            return [t.result() for t in tasks]

        steps = asyncio.run(_run(lambda browser: [watched(browser)]))[0]
    print(f"steps per session {steps}, server peak RSS {peak:.0f} MB")
    assert problems == []
    assert steps == [STEPS_EACH] * SESSIONS  # every session kept working, not just loaded once
    assert 0 < peak < MEMORY_BOUND_MB


def test_two_sessions_uploading_at_once_both_land(tmp_path):
    library = tmp_path / "library"
    seeds = sorted((ROOT / "seeds").glob("*.txt"))
    text = seeds[0].read_text(encoding="utf-8")
    files = {
        f"upload-{i}.txt": (text + f"\n\n9. The two sides agreed to meet again in round {i}.").encode() for i in (1, 2)
    }
    with running_server(tmp_path / "streamlit.log", ACCORD_DATA=str(ROOT / "seeds"), ACCORD_LIBRARY=str(library)) as (
        url,
        _,
        _,
    ):
        asyncio.run(_run(lambda browser: [_upload(browser, url, n, d) for n, d in files.items()]))
    assert sorted(e.name for e in Library(library).entries()) == sorted(files)


async def _first_visit(browser, url: str, path: str) -> tuple[str, int, int]:
    """Opens `path` and tells what the page shows: its title, the sidebar's filters, errors."""
    context = await browser.new_context()
    page = await context.new_page()
    page.set_default_timeout(90_000)
    try:
        await page.goto(f"{url}/{path}")
        await page.locator("[data-testid=stMain] h1").first.wait_for()
        filters = page.locator("[data-testid=stSidebar] [data-testid=stMultiSelect]")
        with contextlib.suppress(async_api.TimeoutError):
            await filters.first.wait_for(timeout=30_000)
        await page.wait_for_function("!document.querySelector('[data-testid=stStatusWidget]')")
        filters = await filters.count()
        errors = await page.locator("[data-testid=stException], [data-testid=stAlertContentError]").count()
        return await page.locator("[data-testid=stMain] h1").first.inner_text(), filters, errors
    finally:
        await context.close()


def test_the_first_visitors_on_page_links_get_the_whole_app(tmp_path):
    """On a fresh server, sessions opened at once on pages' links are routed by app.py like any
    other: the page with the sidebar's filters, no error (Streamlit's older multipage mode ran the
    page script alone, without the corpus or the sidebar; ui/server.py switches it off)."""
    paths = ["", "timeline", "commitments", "areas", "data", "tracker", "reader", "review"]
    log = tmp_path / "streamlit.log"
    with running_server(log, ACCORD_DATA=str(DATA)) as (url, _, _):
        seen = asyncio.run(_run(lambda browser: [_first_visit(browser, url, p) for p in paths]))
    assert "Traceback" not in log.read_text()
    assert all(filters > 0 and errors == 0 for _, filters, errors in seen), seen
    assert len({title for title, _, _ in seen}) == len(paths), seen
