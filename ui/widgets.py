"""Streamlit helpers the pages share: a chart or table with its downloads, the empty state, and
safe text output.

Figure files are made only when a download button is clicked (deferred), so drawing a page never
waits for Chromium. File names say what is in them and under which filter.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable

import pandas as pd
import plotly.graph_objects as go
import streamlit as st

from core.frames import filters
from core.frames.export import (
    MIME,
    figure_to_bytes,
    footer,
    frame_to_csv,
    frame_to_xlsx,
    static_export_problem,
)
from core.frames.filters import Filters
from ui import columns, sidebar, state

PLOTLY_CONFIG = {"displaylogo": False, "toImageButtonOptions": {"scale": 2}}


def file_name(what: str, f: Filters, ext: str) -> str:
    """`accord_<what>_<filters>.<ext>`, with only letters, digits and `+.-_` kept."""
    what = re.sub(r"[^A-Za-z0-9+._-]+", "-", what).strip("-")
    return f"accord_{what}_{f.slug()}.{ext}"


def chart_footer(f: Filters) -> Callable[[], str]:
    """The footer of a chart downloaded under `f` (filters, date made, releases it rests on), made
    when the download is clicked."""
    corpus = st.session_state.get(state.CORPUS)

    def text() -> str:
        frames = corpus.frames() if corpus is not None else None
        shown = (
            0 if frames is None else len(filters.apply({k: frames[k] for k in ("releases", "areas")}, f)["releases"])
        )
        return footer(f.describe(), shown)

    return text


def figure_downloads(fig: go.Figure, what: str, f: Filters, key: str) -> None:
    """PNG, SVG and HTML buttons for `fig` (HTML only, with the reason, without Chromium); each
    file carries a footer with the filters, the date and the number of releases."""
    problem = static_export_problem()
    row = st.container(horizontal=True, gap="small")
    note = chart_footer(f)
    for fmt in ("html",) if problem else ("png", "svg", "html"):
        row.download_button(
            fmt.upper(),
            data=lambda fmt=fmt: figure_to_bytes(fig, fmt, footer=note()),
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


def table(df: pd.DataFrame, what: str, f: Filters, key: str, column_config: dict | None = None, **kwargs):
    """Show a frame (its columns configured as `ui.columns` declares them, then as
    `column_config` says) with a CSV download; returns what st.dataframe returns."""
    config = columns.for_table(df.columns, column_config)
    out = st.dataframe(df, key=key, hide_index=True, column_config=config, **kwargs)
    table_downloads(df, what, f, key)
    return out


def flow(n: int, key: str, min_width: int = 320) -> list:
    """`n` containers side by side, sharing the width; a window too narrow to give each `min_width`
    pixels puts them on more rows (columns would squeeze charts until their labels are cut)."""
    row = st.container(horizontal=True, gap="medium", key=key)
    st.html(
        f"<style>.st-key-{key} > div{{flex:1 1 {min_width}px !important;min-width:min({min_width}px,100%)}}</style>"
    )
    return [row.container() for _ in range(n)]


NOTHING = "No meetings match these filters"


def nothing_matches(frames: dict[str, pd.DataFrame], view: dict[str, pd.DataFrame], f: Filters) -> bool:
    """When the view holds no release: say so in words, with a button to clear the filter that
    emptied it (each one that would bring releases back alone, else all of them). True then."""
    if not view["releases"].empty:
        return False
    if frames["releases"].empty:
        st.info("No releases are loaded yet. Add some on the Data page.", icon=":material/inbox:")
        st.page_link("pages/data.py", label="Add releases", icon=":material/upload:")
        return True
    st.warning(f"{NOTHING}: {f.describe()}.", icon=":material/filter_alt_off:")
    culprits = filters.emptied_by(frames, f)
    row = st.container(horizontal=True, gap="small")
    for field in culprits:
        row.button(
            f"Clear {sidebar.describe_field(f, field)}",
            key=state.CLEAR + field,
            on_click=sidebar.clear,
            args=(field,),
            icon=":material/filter_alt_off:",
        )
    if len(f.set_fields()) > 1:
        row.button("Clear all filters", key=state.CLEAR + "all", on_click=sidebar.clear, icon=":material/restart_alt:")
    return True


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
        "<style>.accord-facts{width:100%;table-layout:fixed}.accord-facts th{text-align:left;width:34%;"
        "padding:2px 14px 2px 0;color:#555;font-weight:600;vertical-align:top}"
        ".accord-facts td{padding:2px 0;overflow-wrap:anywhere}</style>"
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


def linked_pick(
    label: str,
    ids: list[str],
    known: set[str],
    param: str,
    key: str,
    format_func: Callable[[str], str],
    on_empty: Callable[[], None],
    outside: str,
) -> str:
    """A selectbox of `ids` bound to the URL parameter `param`: the item a link names (if `known`)
    is offered and picked even outside the filters (`outside` says so); with nothing to pick,
    `on_empty` draws the page's message and the page stops."""
    wanted = st.query_params.get(param)
    shown = set(ids)
    ids = [*ids, wanted] if wanted in known and wanted not in shown else ids
    if wanted in ids:
        st.session_state[key] = wanted
    elif st.session_state.get(key) not in ids:
        st.session_state.pop(key, None)
    if not ids:
        on_empty()
        st.stop()
    picked = st.selectbox(
        label,
        ids,
        format_func=format_func,
        key=key,
        on_change=lambda: st.query_params.update({param: st.session_state[key]}),
    )
    if wanted != picked:
        st.query_params[param] = picked
    if picked not in shown:
        st.info(outside)
    return picked
