"""What the browser tests share: Debian's Chromium, a real Streamlit server on a free port, and
waiting for a page's script run to finish."""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: install Debian's chromium package", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextlib.contextmanager
def running_server(log: Path, **env: str):
    """`python -m ui.server` (the dashboard as scripts/run starts it) on a free local port with `env` added; yields (url, process, start time)."""
    port = free_port()
    cmd = [sys.executable, "-m", "ui.server", "--server.port", str(port), "--server.headless", "true"]
    started = time.monotonic()
    with log.open("w") as out:
        proc = subprocess.Popen(cmd, cwd=ROOT, env=dict(os.environ, **env), stdout=out, stderr=subprocess.STDOUT)
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", port), 0.2).close()
                break
            except OSError:
                assert proc.poll() is None, log.read_text()
                time.sleep(0.1)
        yield f"http://127.0.0.1:{port}", proc, started
    finally:
        proc.terminate()
        proc.wait(timeout=20)
        if any(w in log.read_text() for w in ("Traceback", "Error")):
            print(log.read_text())


@contextlib.contextmanager
def chromium():
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        yield b
        b.close()


def wait_idle(page) -> None:
    """Until the script has finished its run (Streamlit shows its status widget while running)."""
    page.wait_for_timeout(300)
    page.wait_for_function("!document.querySelector('[data-testid=stStatusWidget]')", timeout=60_000)


def no_exceptions(page) -> None:
    assert page.locator("[data-testid=stException]").count() == 0, page.locator(
        "[data-testid=stException]"
    ).first.inner_text()


def _centre_in_view(page, point) -> tuple[float, float] | None:
    """The centre of `point` once scrolled into view, if it lies inside the viewport."""
    try:
        point.scroll_into_view_if_needed(timeout=5_000)
    except sync_api.Error:
        return None
    box, size = point.bounding_box(), page.viewport_size
    if box is None:
        return None
    x, y = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    return (x, y) if 0 <= x < size["width"] and 0 <= y < size["height"] else None


def click_point(page, points, tries: int = 10) -> None:
    """Click the first of the chart `points` that lies in the viewport, as a user would (a forced
    click fails while the page redraws the chart: 'Element is outside of the viewport')."""
    for _ in range(tries):
        for point in points.all()[:20]:
            if centre := _centre_in_view(page, point):
                page.mouse.click(*centre)
                return
        page.wait_for_timeout(500)
    raise AssertionError("no chart point in the viewport to click")


def hover_points(page, limit: int = 20) -> int:
    """Move the mouse onto up to `limit` chart points that lie in the viewport; return how many.

    A point can lie outside the viewport (clipped by its plot, or under a chart the page is still
    redrawing); such a point is skipped, not hovered by force."""
    hovered = 0
    for point in page.locator("[data-testid=stPlotlyChart] .scatterlayer path.point").all()[:limit]:
        if centre := _centre_in_view(page, point):
            page.mouse.move(*centre)
            hovered += 1
    return hovered
