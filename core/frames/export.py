"""Bytes for downloads: frames as CSV/XLSX, figures as PNG/SVG/HTML. No Streamlit.

List-valued cells are joined with "; ". PNG and SVG need a Chromium for Plotly's static export
(kaleido); `static_export_problem()` says why they are unavailable, and HTML always works. A downloaded chart
carries a footer: its filters, when it was made, and how many releases it rests on.
"""

from __future__ import annotations

import datetime as dt
import html
import io
import os
import shutil
from functools import cache

import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from PIL import Image
from PIL.PngImagePlugin import PngInfo

from core.frames.schema import COLUMNS

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


def _sheet(ws, df: pd.DataFrame) -> None:
    """`df` into worksheet `ws`: a header row, then its rows; text stays text."""
    ws.append([str(c) for c in df.columns])
    for row in _flat(df).itertuples(index=False):
        ws.append([_cell(v) for v in row])
    for row in ws.iter_rows(min_row=2):
        for c in row:
            if isinstance(c.value, str):
                c.data_type = "s"


def _saved(wb: Workbook) -> bytes:
    buf = io.BytesIO()
    wb.save(buf)
    return buf.getvalue()


def frame_to_xlsx(df: pd.DataFrame, sheet: str = "data") -> bytes:
    """One-sheet workbook. Text is stored as text (never as a formula, whatever it starts with);
    control characters Excel refuses are dropped and cells are cut at Excel's 32,767 characters."""
    wb = Workbook()
    ws = wb.active
    ws.title = sheet[:31]
    _sheet(ws, df)
    return _saved(wb)


def columns_frame(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """What each column of `frames` holds: frame, column, type and meaning (from core/frames/schema.py;
    a release's columns carried by another frame are described as in `releases`)."""
    rows = []
    for name, df in frames.items():
        declared = COLUMNS.get(name, {})
        for column in df.columns:
            kind, meaning = declared.get(column) or COLUMNS["releases"].get(column) or ("", "")
            rows.append({"frame": name, "column": column, "type": kind, "meaning": meaning})
    return pd.DataFrame(rows, columns=["frame", "column", "type", "meaning"])


def workbook(frames: dict[str, pd.DataFrame]) -> bytes:
    """One XLSX workbook: a sheet per frame, in order, and a last sheet `columns` describing them."""
    wb = Workbook()
    wb.remove(wb.active)
    for name, df in {**frames, "columns": columns_frame(frames)}.items():
        _sheet(wb.create_sheet(name[:31]), df)
    return _saved(wb)


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


def footer(filters: str, releases: int, made: dt.datetime | None = None) -> str:
    """What a downloaded chart says under it: the filters in force, when it was made, and how many
    releases it rests on."""
    made = made or dt.datetime.now(dt.UTC)
    return f"Accord · filters: {filters} · {releases} release{'' if releases == 1 else 's'} · made {made:%Y-%m-%d %H:%M} UTC"


FOOTER_HEIGHT = 40  # pixels added under the plot for the footer


def with_footer(fig: go.Figure, text: str) -> go.Figure:
    """A copy of `fig` with `text` written under the plot (the figure grows to make room)."""
    out = go.Figure(fig)
    height = (out.layout.height or 500) + FOOTER_HEIGHT
    bottom = (out.layout.margin.b if out.layout.margin.b is not None else 80) + FOOTER_HEIGHT
    out.update_layout(height=height, margin={"b": bottom})
    out.add_annotation(
        text=html.escape(text),
        xref="paper",
        yref="paper",
        x=0,
        y=0,
        yshift=-(bottom - 12),
        xanchor="left",
        yanchor="bottom",
        showarrow=False,
        font={"size": 11, "color": "#555"},
        align="left",
    )
    return out


def figure_to_bytes(fig: go.Figure, fmt: str, footer: str | None = None) -> bytes:
    """`fmt` is png, svg or html. HTML is standalone (Plotly's JavaScript included). A `footer`
    (see `footer`) is written under the chart, and kept in a PNG's metadata (tEXt 'Description')."""
    if footer:
        fig = with_footer(fig, footer)
    if fmt == "html":
        return pio.to_html(fig, include_plotlyjs=True, full_html=True).encode("utf-8")
    if fmt not in ("png", "svg"):
        raise ValueError(f"unknown figure format {fmt!r}: use png, svg or html")
    if problem := static_export_problem():
        raise RuntimeError(problem)
    width = fig.layout.width or 1100
    height = fig.layout.height or 500
    data = pio.to_image(fig, format=fmt, width=width, height=height, scale=2 if fmt == "png" else 1)
    return _png_described(data, footer) if fmt == "png" and footer else data


def _png_described(data: bytes, text: str) -> bytes:
    """The PNG `data` with `text` as its Description."""
    meta = PngInfo()
    meta.add_text("Description", text)
    out = io.BytesIO()
    Image.open(io.BytesIO(data)).save(out, format="PNG", pnginfo=meta)
    return out.getvalue()
