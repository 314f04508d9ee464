"""Commitments: what the sides agreed, decided, pledged, hoped or asked, with the sentence behind
each, a search over them, and their count by kind or area over time."""

import streamlit as st

from core import charts
from core.frames import filters
from ui import columns, state, widgets

frames, f = state.current()
view = filters.apply(frames, f)

st.title("Commitments")
if widgets.nothing_matches(frames, view, f):
    st.stop()
by = st.segmented_control("Count by", ["kind", "area"], default="kind", key=state.COMMITMENTS_BY)
widgets.chart(
    charts.commitments_over_time(view, by or "kind"),
    f"commitments-by-{by or 'kind'}",
    f,
    key=state.COMMITMENTS_CHART,
)

left, right = st.columns([3, 2])
state.view_from_url(state.COMMITMENTS_SEARCH, [], default="")
query = left.text_input(
    "Search the commitments", key=state.COMMITMENTS_SEARCH, placeholder="e.g. Arctic, investment, 2018"
).strip()
state.view_to_url(state.COMMITMENTS_SEARCH, default="")
kinds = right.multiselect("Kind", charts.KINDS, key=state.COMMITMENTS_KIND, placeholder="All kinds")

releases = view["releases"].set_index("release_id")
rows = filters.search(view["commitments"], query, ["text", "evidence", "actor", "areas", "target", "entities"])
rows = rows[rows["kind"].isin(kinds)] if kinds else rows
rows = rows.assign(
    date=rows["release_id"].map(releases["meeting_date"]),
    release=rows["release_id"].map(releases["title"]),
    counterpart=rows["release_id"].map(releases["counterpart"]),
    link=rows["release_id"].map(widgets.reader_link),
).sort_values(["date", "start"], na_position="last")

st.caption(f"{widgets.count(len(rows), 'commitment')} of {len(view['commitments'])} · {f.describe()}")
if rows.empty and (query or kinds):
    asked = " and ".join(([f"“{query}”"] if query else []) + ([", ".join(kinds)] if kinds else []))
    st.info(f"No commitment in this view matches {asked}.", icon=":material/search_off:")
    st.button(
        "Clear the search",
        key=state.COMMITMENTS_CLEAR,
        on_click=state.clear_view,
        args=(state.COMMITMENTS_SEARCH, state.COMMITMENTS_KIND),
    )
widgets.table(
    rows[
        [
            "date",
            "counterpart",
            "kind",
            "actor",
            "text",
            "areas",
            "target",
            "release",
            "evidence",
            "link",
            "commitment_id",
        ]
    ],
    "commitments" + (f"_q-{query.strip()}" if query.strip() else ""),
    f,
    key=state.COMMITMENTS_TABLE,
    row_height=78,
    column_config=columns.COMMITMENT,
)
