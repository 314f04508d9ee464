"""Every session-state and query-parameter key of the dashboard, and the URL <-> Filters mapping.

The filter lives in the URL (`?years=2018-2020&area=Energy&q=arctic`) so a view can be bookmarked;
widgets keep it in session state while the user moves between pages, and every run writes it back.
A page's own view settings (`VIEWS`: the timeline's colour-by, the tracker's status choice, the
commitments search) are in the URL too while that page is shown, so a shared link restores them.
"""

from __future__ import annotations

import contextlib
import runpy
import threading
from collections.abc import Iterator, Mapping, Sequence
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
CLEAR = "clear_"  # prefix + Filters field: the empty state's "clear this filter" buttons

# widget keys of the pages; a chart's or table's key also prefixes the keys of its download buttons
OVERVIEW_LATEST = "latest"  # "Open in the reader" on the latest meeting
OVERVIEW_CHARTS = ("ov_meetings", "ov_commitments", "ov_areas")
OVERVIEW_FLOW = "ov_multiples"  # the row of small charts (wraps on a narrow window)
TIMELINE_COLOR = "color"
MEETINGS_TABLE = "meetings_table"
COMMITMENTS_BY = "commitments_by"
COMMITMENTS_CHART = "commitments_chart"
COMMITMENTS_SEARCH = "find"
COMMITMENTS_KIND = "commitments_kind"
COMMITMENTS_TABLE = "commitments_table"
COMMITMENTS_CLEAR = "commitments_clear"
TRACKER_COUNTS = "tracker_counts"
TRACKER_STATUS = "status"
TRACKER_TABLE = "tracker_table"
TRACKER_TIMELINE = "tracker_timeline"
TRACKER_FOLLOWUPS = "tracker_followups"
MECH_CHART = "mech_chart"
MECH_TABLE = "mech_table"
MECH_RENAMINGS = "mech_renamings"
AREAS_KIND = "areas_kind"
AREAS_YEAR = "areas_year"
AREAS_SHARE = "areas_share"
AREAS_PICK = "areas_pick"
AREAS_SENTENCES = "areas_sentences"
READER_PEOPLE = "reader_participants"
READER_MENTIONED = "reader_mentioned"
READER_FLOW = "reader_facts"  # the facts and the people, side by side or one above the other
READER_TABS = ("reader_commitments", "reader_areas", "reader_entities", "reader_sessions")
DATA_SOURCES = "sources"
DATA_ERRORS = "errors"
DATA_FRAME = "frame_"  # prefix + frame name: its download buttons
LIBRARY_REMOVE = "library_remove"
LIBRARY_RESTORE = "library_restore"
DATA_WORKBOOK = "data_workbook"
MEETING_PEOPLE = "meeting_participants"
MEETING_AREAS_CHART = "meeting_areas_chart"
MEETING_AREAS = "meeting_areas"
MEETING_COMMITMENTS = "meeting_commitments"
REVIEW_UNDATED = "review_undated"
REVIEW_PICK = "review_pick"
REVIEW_DATE = "review_date"
REVIEW_CLASH = "review_clash"
REVIEW_SIDES = "review_sides"
REVIEW_SIDE_PICK = "review_side_pick"
REVIEW_SIDE = "review_side"
REVIEW_LOOSE = "review_loose"
REVIEW_LOOSE_PICK = "review_loose_pick"
REVIEW_COMMITMENT = "review_cm"
REVIEW_UNDO = "review_undo"
REVIEW_KEEP = "review_keep_"  # prefix + the dropped copy's release id


# a page's view settings, in the URL while that page is shown: widget key (= query parameter) ->
# the page's url path. (Streamlit's own bind="query-params" loses the value on the first visit to a
# bookmarked page, which app.py routes; see _through_app.)
VIEWS = {TIMELINE_COLOR: "timeline", TRACKER_STATUS: "tracker", COMMITMENTS_SEARCH: "commitments"}
MANY = {TRACKER_STATUS}  # settings with several values (a multiselect)
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


def write_url(f: Filters, release: str | None = None, page: str | None = None) -> None:
    """Put `f` (and the open release, if any) in the address bar, only what changed; the view
    settings of `page` (its url path) stay, those of other pages go."""
    current = {k: (v if len(v := st.query_params.get_all(k)) > 1 else v[0]) for k in st.query_params}
    wanted = to_query(f) | ({RELEASE: release} if release else {})
    wanted |= {k: v for k, v in current.items() if VIEWS.get(k) == page or k == MEETING}
    for key in current.keys() - wanted.keys():
        del st.query_params[key]
    for key, value in wanted.items():
        if current.get(key) != value:
            st.query_params[key] = value


def view_from_url(key: str, options: Sequence[str], default: str | None = None) -> None:
    """Before the widget `key` of a view setting is drawn: a session that has not set it takes the
    URL's value (what `options` offers of it), else `default`. Give the widget no default of its own."""
    if key in st.session_state:
        return
    given = [v for v in st.query_params.get_all(key) if v in options or not options]
    if key in MANY:
        st.session_state[key] = list(dict.fromkeys(given))
    else:
        st.session_state[key] = given[-1] if given else default


def view_to_url(key: str, default: str | None = None) -> None:
    """After the widget `key` is drawn: its value in the URL (left out when it is the default)."""
    value = st.session_state.get(key)
    values = [str(v) for v in value] if isinstance(value, list) else [str(value).strip()]
    values = [] if value is None or value == default or values in ([], [""]) else values
    if values != st.query_params.get_all(key):
        if values:
            st.query_params[key] = values if key in MANY else values[0]
        else:
            del st.query_params[key]


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


def clear_view(*keys: str) -> None:
    """on_click: empty the page widgets under `keys` (a search, a choice of kinds)."""
    for key in keys:
        value = st.session_state.get(key)
        st.session_state[key] = [] if isinstance(value, list) else ""


def release_param() -> str | None:
    return st.query_params.get(RELEASE)


def open_in_reader(f: Filters, release_id: str) -> None:
    """Go to the reader showing `release_id`, the filter kept in the URL."""
    st.switch_page(READER_PAGE, query_params=to_query(f) | {RELEASE: release_id})


def open_meeting(f: Filters, meeting_id: str) -> None:
    """Go to the meeting page showing `meeting_id`'s accounts, the filter kept in the URL."""
    st.switch_page(MEETING_PAGE, query_params=to_query(f) | {MEETING: meeting_id})
