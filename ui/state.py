"""Every session-state and query-parameter key of the dashboard, and the URL <-> Filters mapping.

The filter lives in the URL (`?years=2018-2020&area=Energy&q=arctic`) so a view can be bookmarked;
widgets keep it in session state while the user moves between pages, and every run writes it back.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd
import streamlit as st

from core.filters import Filters

# query parameter -> Filters field, for the multi-valued filters
LISTS = {
    "area": "areas",
    "mechanism": "mechanisms",
    "level": "levels",
    "format": "formats",
    "counterpart": "counterparts",
}
YEARS = "years"
SEARCH = "q"
RELEASE = "release"  # the release open in the reader
READER_PAGE = "views/reader.py"

# session-state keys
WIDGET = "filter_"  # prefix + query parameter name: the sidebar widgets
CORPUS = "corpus"  # the loaded corpus for this run (set by app.py)
FILTERS = "filters"  # the filter of record (ui.sidebar keeps it)
UPLOAD_REPORT = "upload_report"  # messages about the last upload
OPEN = "open_release"  # release chosen in a chart, to be opened in the reader
TIMELINE = "timeline"  # the timeline chart (its selection says which meeting was clicked)
READER_PICK = "reader_pick"  # the reader's release selectbox


def from_query(params: Mapping[str, list[str]]) -> Filters:
    """Filters from query parameters given as lists of values (st.query_params.get_all)."""
    years = None
    raw = (params.get(YEARS) or [""])[-1]
    lo, _, hi = raw.partition("-")
    if lo.strip().isdigit() and hi.strip().isdigit():
        years = tuple(sorted((int(lo), int(hi))))
    lists = {field: tuple(dict.fromkeys(v for v in params.get(key, []) if v)) for key, field in LISTS.items()}
    return Filters(years=years, search=(params.get(SEARCH) or [""])[-1].strip(), **lists)


def to_query(f: Filters) -> dict[str, str | list[str]]:
    """Query parameters for `f`; a filter that is not set is left out."""
    out: dict[str, str | list[str]] = {key: list(getattr(f, field)) for key, field in LISTS.items()}
    out = {k: v for k, v in out.items() if v}
    if f.years:
        out[YEARS] = f"{f.years[0]}-{f.years[1]}"
    if f.search:
        out[SEARCH] = f.search
    return out


def url_filters() -> Filters:
    return from_query({k: st.query_params.get_all(k) for k in st.query_params})


def write_url(f: Filters, release: str | None = None) -> None:
    """Put `f` (and the open release, if any) in the address bar, only when it changed."""
    wanted = to_query(f) | ({RELEASE: release} if release else {})
    current = {k: (v if len(v := st.query_params.get_all(k)) > 1 else v[0]) for k in st.query_params}
    if current != wanted:
        st.query_params.from_dict(wanted)


def current() -> tuple[dict[str, pd.DataFrame], Filters]:
    """The loaded frames and the sidebar's Filters of this run (app.py sets both)."""
    return st.session_state[CORPUS].frames(), st.session_state[FILTERS]


def release_param() -> str | None:
    return st.query_params.get(RELEASE)


def open_in_reader(f: Filters, release_id: str) -> None:
    """Go to the reader showing `release_id`, the filter kept in the URL."""
    st.switch_page(READER_PAGE, query_params=to_query(f) | {RELEASE: release_id})
