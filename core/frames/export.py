"""Bytes for downloads: frames as CSV/XLSX, figures as PNG/SVG/HTML. No Streamlit.

List-valued cells are joined with "; ". PNG and SVG need a Chromium for Plotly's static export
(kaleido); `static_export_problem()` says why they are unavailable, and HTML always works.
"""

from __future__ import annotations

import io
import os
import shutil
from functools import cache

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

MIME = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "png": "image/png",
    "svg": "image/svg+xml",
    "html": "text/html",
}
EXCEL_CELL_LIMIT = 32_767
_BROWSERS = (
    "chromium",
    "chromium-browser",
    "google-chrome",
    "google-chrome-stable",
    "chrome",
)


def _flat(df: pd.DataFrame) -> pd.DataFrame:
    """Lists joined with '; ' and dates as ISO days, so every cell is a plain value."""
    out = df.copy()
    for col in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[col]):
            out[col] = out[col].dt.strftime("%Y-%m-%d")
        elif out[col].map(lambda v: isinstance(v, list | tuple)).any():
            out[col] = out[col].map(lambda v: "; ".join(map(str, v)) if isinstance(v, list | tuple) else v)
    return out


RELEASE_CONTEXT = ("meeting_date", "title", "counterpart")  # what a row made in a release needs to be read alone


def with_release(frame: pd.DataFrame, releases: pd.DataFrame) -> pd.DataFrame:
    """`frame` with its release's meeting date, title and counterpart after `release_id` (columns it
    already has are left as they are)."""
    wanted = [c for c in RELEASE_CONTEXT if c not in frame.columns]
    if not wanted:
        return frame
    context = releases.set_index("release_id")[wanted]
    added = frame.join(context, on="release_id")
    at = list(frame.columns).index("release_id") + 1
    return added[[*frame.columns[:at], *wanted, *frame.columns[at:]]]


def frame_to_csv(df: pd.DataFrame) -> bytes:
    """UTF-8 CSV (with BOM, so spreadsheet programs read non-ASCII text correctly)."""
    return _flat(df).to_csv(index=False).encode("utf-8-sig")


def _cell(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and pd.isna(value)):
        return None
    if isinstance(value, str):
        return ILLEGAL_CHARACTERS_RE.sub("", value)[:EXCEL_CELL_LIMIT]
    return value.item() if hasattr(value, "item") else value


def frame_to_xlsx(df: pd.DataFrame, sheet: str = "data") -> bytes:
    """One-sheet workbook. Text is stored as text (never as a formula, whatever it starts with);
    control characters Excel refuses are dropped and cells are cut at Excel's 32,767 characters."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    ws.append([str(c) for c in df.columns])
    for row in _flat(df).itertuples(index=False):
        ws.append([_cell(v) for v in row])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, str):
                c.data_type = "s"
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


@cache
def static_export_problem() -> str | None:
    """None when PNG/SVG export can run, else the reason in plain words."""
    try:
        import kaleido  # noqa: F401
    except ImportError:
        return "PNG and SVG need the 'kaleido' package, which is not installed."
    if not os.environ.get("BROWSER_PATH") and not any(shutil.which(b) for b in _BROWSERS):
        return "PNG and SVG need a Chromium browser (Debian package 'chromium'), which was not found."
    return None


def figure_to_bytes(fig: go.Figure, fmt: str) -> bytes:
    """`fmt` is png, svg or html. HTML is standalone (Plotly's JavaScript included)."""
    if fmt == "html":
        return pio.to_html(fig, include_plotlyjs=True, full_html=True).encode("utf-8")
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown figure format {fmt!r}: use png, svg or html")
    if problem := static_export_problem():
        raise RuntimeError(problem)
    width = fig.layout.width or 1100
    height = fig.layout.height or 500
    return pio.to_image(fig, format=fmt, width=width, height=height, scale=2 if fmt == "png" else 1)
