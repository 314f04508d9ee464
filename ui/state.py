"""Every session-state and query-parameter key of the dashboard, and the URL <-> Filters mapping.

The filter lives in the URL (`?years=2018-2020&area=Energy&q=arctic`) so a view can be bookmarked;
widgets keep it in session state while the user moves between pages, and every run writes it back.
"""

from __future__ import annotations

import contextlib
import runpy
import threading
from collections.abc import Iterator, Mapping
from pathlib import Path

import pandas as pd
import streamlit as st

from core.frames.filters import Filters

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
MEETING = "meeting"  # the meeting open on the meeting page
READER_PAGE = "pages/reader.py"
MEETING_PAGE = "pages/meeting.py"
APP = Path(__file__).resolve().parent.parent / "app.py"
_page_run = threading.local()  # .routed: app.py is running the page in this script thread

# session-state keys
WIDGET = "filter_"  # prefix + query parameter name: the sidebar widgets
CORPUS = "corpus"  # the loaded corpus for this run (set by app.py)
FILTERS = "filters"  # the filter of record (ui.sidebar keeps it)
UPLOAD_REPORT = "upload_report"  # messages about the last upload
OPEN = "open_release"  # release chosen in a chart, to be opened in the reader
TIMELINE = "timeline"  # the timeline chart (its selection says which meeting was clicked)
READER_PICK = "reader_pick"  # the reader's release selectbox
MEETING_PICK = "meeting_pick"  # the meeting page's selectbox


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
    meeting = st.query_params.get(MEETING)
    wanted = to_query(f) | ({RELEASE: release} if release else {}) | ({MEETING: meeting} if meeting else {})
    current = {k: (v if len(v := st.query_params.get_all(k)) > 1 else v[0]) for k in st.query_params}
    if current != wanted:
        st.query_params.from_dict(wanted)


def current() -> tuple[dict[str, pd.DataFrame], Filters]:
    """The loaded frames and the sidebar's Filters of this run (app.py sets both)."""
    _through_app()
    return st.session_state[CORPUS].frames(), st.session_state[FILTERS]


def _through_app() -> None:
    """Make sure this page is being run by app.py, which loads the data and draws the sidebar.

    With a `pages/` folder, a fresh Streamlit server starts in its legacy multipage mode, and the
    first visit to a bookmarked page (say /timeline) runs pages/timeline.py alone. Then app.py is
    run here, in this same run (so a clicked button still counts): its `st.navigation` ends the
    legacy mode and routes to this very page; this outer run of the page stops.
    """
    if not getattr(_page_run, "routed", False):
        runpy.run_path(str(APP), run_name="__main__")
        st.stop()


@contextlib.contextmanager
def routed() -> Iterator[None]:
    """app.py runs the chosen page inside this, so the page knows it was routed (per script thread)."""
    _page_run.routed = True
    try:
        yield
    finally:
        _page_run.routed = False


def release_param() -> str | None:
    return st.query_params.get(RELEASE)


def meeting_param() -> str | None:
    return st.query_params.get(MEETING)


def open_in_reader(f: Filters, release_id: str) -> None:
    """Go to the reader showing `release_id`, the filter kept in the URL."""
    st.switch_page(READER_PAGE, query_params=to_query(f) | {RELEASE: release_id})


def open_meeting(f: Filters, meeting_id: str) -> None:
    """Go to the meeting page showing `meeting_id`'s accounts, the filter kept in the URL."""
    st.switch_page(MEETING_PAGE, query_params=to_query(f) | {MEETING: meeting_id})
