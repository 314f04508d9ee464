"""Streamlit helpers the pages share: a chart or table with its downloads, and safe text output.

Figure files are made only when a download button is clicked (deferred), so drawing a page never
waits for Chromium. File names say what is in them and under which filter.
"""

from __future__ import annotations

import html
import re

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from core.frames.export import (
    MIME,
    figure_to_bytes,
    frame_to_csv,
    frame_to_xlsx,
    static_export_problem,
)
from core.frames.filters import Filters

PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"scale": 2}}


def file_name(what: str, f: Filters, ext: str) -> str:
    """`accord_<what>_<filters>.<ext>`, with only letters, digits and `+.-_` kept."""
    what = re.sub(r"[^A-Za-z0-9+._-]+", "-", what).strip("-")
    return f"accord_{what}_{f.slug()}.{ext}"


def figure_downloads(fig: go.Figure, what: str, f: Filters, key: str) -> None:
    """PNG, SVG and HTML buttons for `fig` (HTML only, with the reason, without Chromium)."""
    problem = static_export_problem()
    row = st.container(horizontal=True, gap="small")
    for fmt in ("html",) if problem else ("png", "svg", "html"):
        row.download_button(
            fmt.upper(),
            data=lambda fmt=fmt: figure_to_bytes(fig, fmt),
            file_name=file_name(what, f, fmt),
            mime=MIME[fmt],
            key=f"{key}_{fmt}",
            on_click="ignore",
            icon=":material/download:",
            help=f"Download this chart as {'interactive HTML' if fmt == 'html' else fmt.upper()}",
        )
    if problem:
        row.caption(problem)


def chart(fig: go.Figure, what: str, f: Filters, key: str, height: int | None = None, **kwargs):
    """Show a Plotly figure with its downloads; returns what st.plotly_chart returns."""
    if height:
        fig.update_layout(height=height)
    out = st.plotly_chart(fig, key=key, config=PLOTLY_CONFIG, **kwargs)
    figure_downloads(fig, what, f, key)
    return out


def table_downloads(df: pd.DataFrame, what: str, f: Filters, key: str, xlsx: bool = False) -> None:
    row = st.container(horizontal=True, gap="small")
    formats = ("csv", "xlsx") if xlsx else ("csv",)
    for fmt in formats:
        row.download_button(
            fmt.upper(),
            data=lambda fmt=fmt: frame_to_csv(df) if fmt == "csv" else frame_to_xlsx(df, what),
            file_name=file_name(what, f, fmt),
            mime=MIME[fmt],
            key=f"{key}_{fmt}",
            on_click="ignore",
            icon=":material/download:",
            help=f"Download these {len(df)} rows as {fmt.upper()}",
        )


def table(df: pd.DataFrame, what: str, f: Filters, key: str, **kwargs):
    """Show a frame with a CSV download; returns what st.dataframe returns."""
    out = st.dataframe(df, key=key, hide_index=True, **kwargs)
    table_downloads(df, what, f, key)
    return out


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~<$:])")


def md(text: object) -> str:
    """Text from a release made safe inside Markdown: every Markdown character escaped."""
    return _MD_SPECIAL.sub(r"\\\1", str(text))


def plain(text: object) -> str:
    """Text from a release made safe inside HTML."""
    return html.escape(str(text), quote=True)


def facts(pairs: dict[str, object]) -> None:
    """Label/value pairs as a compact two-column table; values are escaped, empty ones shown as —."""
    rows = "".join(
        f"<tr><th>{plain(k)}</th><td>{'—' if v is None or pd.isna(v) else plain(v)}</td></tr>" for k, v in pairs.items()
    )
    st.html(
        "<style>.accord-facts th{text-align:left;padding:2px 14px 2px 0;color:#555;font-weight:600;"
        "vertical-align:top;white-space:nowrap}.accord-facts td{padding:2px 0}</style>"
        f'<table class="accord-facts">{rows}</table>'
    )


def count(n: int, word: str) -> str:
    """'1 meeting', '3 meetings' (bold, for captions)."""
    return f"**{n} {word}{'' if n == 1 else 's'}**"


def reader_link(release_id: str) -> str:
    """Relative address of a release in the reader (for LinkColumn cells)."""
    return f"reader?release={release_id}"


def meeting_link(meeting_id: str) -> str:
    """Relative address of a meeting's accounts side by side (for LinkColumn cells)."""
    return f"meeting?meeting={meeting_id}"
