"""Timeline of meetings: each dated meeting on a time axis; click one to open it in the reader."""

import streamlit as st

from core import charts
from core.frames import filters
from ui import state, widgets

frames, f = state.current()
view = filters.apply(frames, f)


def open_clicked() -> None:
    points = st.session_state[state.TIMELINE]["selection"]["points"]
    if points and points[0].get("customdata"):
        st.session_state[state.OPEN] = points[0]["customdata"]


if rid := st.session_state.pop(state.OPEN, None):
    state.open_in_reader(f, rid)

st.title("Timeline of meetings")
if widgets.nothing_matches(frames, view, f):
    st.stop()
state.view_from_url(state.TIMELINE_COLOR, list(charts.COLOR_BY), default="level")
color_by = st.segmented_control(
    "Colour by", list(charts.COLOR_BY), format_func=charts.COLOR_BY.get, key=state.TIMELINE_COLOR
)
state.view_to_url(state.TIMELINE_COLOR, default="level")
meetings = charts.meeting_rows(view)
dated = int(meetings["meeting_date"].notna().sum())
undated = len(meetings) - dated
st.caption(
    f"{widgets.count(dated, 'meeting')} on the axis"
    + (f" · {undated} without a known date (listed below)" if undated else "")
    + f" · {f.describe()} · marker size: number of commitments · click a meeting to read it"
)
widgets.chart(
    charts.timeline(view, color_by or "level"),
    f"timeline-by-{color_by or 'level'}",
    f,
    key=state.TIMELINE,
    on_select=open_clicked,
    selection_mode="points",
)

st.subheader("Meetings")
shown = [
    "meeting_date",
    "date_basis",
    "title",
    "series",
    "level",
    "format",
    "venue",
    "counterpart",
    "participants",
    "commitments",
    "link",
    "accounts",
    "compare",
]
compare = [
    widgets.meeting_link(m) if n > 1 else None
    for m, n in zip(meetings["meeting_id"], meetings["accounts"], strict=True)
]
widgets.table(
    meetings.assign(link=meetings["release_id"].map(widgets.reader_link), compare=compare)[shown],
    "meetings",
    f,
    key=state.MEETINGS_TABLE,
    row_height=56,
    column_config={
        "series": "Mechanism (session)",
        "accounts": "Accounts",
        "compare": st.column_config.LinkColumn("Accounts side by side", display_text="compare"),
    },
)
with st.form("open_meeting", border=False):
    picked = st.selectbox(
        "Open a meeting in the reader",
        meetings["release_id"],
        format_func=dict(zip(meetings["release_id"], meetings["title"])).get,
        index=None,
        placeholder="choose a meeting",
    )
    if st.form_submit_button("Open", icon=":material/article:") and picked:
        state.open_in_reader(f, picked)
