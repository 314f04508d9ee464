"""The filter sidebar, the same on every page. Its state starts from the URL and goes back to it."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.charts import LEVELS, NO_MECHANISM
from core.filters import Filters, year_span
from ui import state

LABELS = {
    "area": "Topic (cooperation area)",
    "mechanism": "Mechanism or meeting type",
    "level": "Level",
    "format": "Format",
    "counterpart": "Counterpart",
}


def options(frames: dict[str, pd.DataFrame]) -> dict[str, list[str]]:
    """The choices of each multi-valued filter, from the whole loaded corpus."""
    r = frames["releases"]
    levels = set(r["level"].dropna())
    return {
        "area": sorted(frames["areas"]["area"].dropna().unique()),
        "mechanism": sorted(set(r["mechanism"].dropna()) - {NO_MECHANISM}),
        "level": [lv for lv in LEVELS if lv in levels] + sorted(levels - set(LEVELS)),
        "format": sorted(r["format"].dropna().unique()),
        "counterpart": sorted(r["counterpart"].dropna().unique()),
    }


def _seed_from_url() -> None:
    """Copy the URL's filter into the widgets, once per session (a bookmark opens a new one)."""
    if st.session_state.get(state.URL_READ):
        return
    f = state.url_filters()
    for key, field in state.LISTS.items():
        st.session_state[state.WIDGET + key] = list(getattr(f, field))
    if f.years:
        st.session_state[state.WIDGET + state.YEARS] = f.years
    st.session_state[state.WIDGET + state.SEARCH] = f.search
    st.session_state[state.URL_READ] = True


def _keep_valid(choices: dict[str, list[str]], span: tuple[int, int] | None) -> None:
    """Drop widget values the loaded corpus no longer offers (e.g. after a reload). Only invalid
    values are written: writing a widget's key before it is drawn would undo the user's change."""
    wanted = {}
    for key in state.LISTS:
        picked = st.session_state.get(state.WIDGET + key, [])
        wanted[state.WIDGET + key] = [v for v in picked if v in choices[key]]
    if span:
        lo, hi = st.session_state.get(state.WIDGET + state.YEARS, span)
        lo, hi = min(max(lo, span[0]), span[1]), max(min(hi, span[1]), span[0])
        wanted[state.WIDGET + state.YEARS] = (min(lo, hi), max(lo, hi))
    for key, value in wanted.items():
        if key not in st.session_state or list(st.session_state[key]) != list(value):
            st.session_state[key] = value


def _reset() -> None:
    for key in [k for k in st.session_state if str(k).startswith(state.WIDGET)]:
        del st.session_state[key]
    st.session_state[state.URL_READ] = False
    st.query_params.clear()


def render(frames: dict[str, pd.DataFrame]) -> Filters:
    """Draw the filters in the sidebar and return what they say."""
    choices = options(frames)
    span = year_span(frames["releases"])
    _seed_from_url()
    _keep_valid(choices, span)
    sb = st.sidebar
    sb.header("Filters")
    years = None
    if span and span[0] < span[1]:
        picked = sb.slider(
            "Years (meeting date)",
            min_value=span[0],
            max_value=span[1],
            key=state.WIDGET + state.YEARS,
            help="Releases whose meeting date is unknown are left out once the range is narrowed.",
        )
        years = tuple(picked) if tuple(picked) != span else None
    elif span:
        sb.caption(f"All dated meetings are in {span[0]}.")
    lists = {
        field: tuple(sb.multiselect(LABELS[key], choices[key], key=state.WIDGET + key, placeholder="All"))
        for key, field in state.LISTS.items()
    }
    text = sb.text_input(
        "Search the releases",
        key=state.WIDGET + state.SEARCH,
        placeholder="words in the title or text",
        help="Keeps releases whose title or text contains every word (ignoring case).",
    )
    f = Filters(years=years, search=text.strip(), **lists)
    if f.active():
        sb.button("Clear all filters", on_click=_reset, icon=":material/filter_alt_off:")
    return f
