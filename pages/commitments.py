"""Commitments: what the sides agreed, decided, pledged, hoped or asked, with the sentence behind
each, a search over them, and their count by kind or area over time."""

import streamlit as st

from core import charts
from core.frames import filters
from ui import state, widgets

frames, f = state.current()
view = filters.apply(frames, f)

st.title("Commitments")
by = st.segmented_control("Count by", ["kind", "area"], default="kind", key="commitments_by")
widgets.chart(
    charts.commitments_over_time(view, by or "kind"),
    f"commitments-by-{by or 'kind'}",
    f,
    key="commitments_chart",
)

left, right = st.columns([3, 2])
query = left.text_input(
    "Search the commitments",
    key="commitments_q",
    placeholder="e.g. Arctic, investment, 2018",
)
kinds = right.multiselect("Kind", charts.KINDS, key="commitments_kind", placeholder="All kinds")

releases = view["releases"].set_index("release_id")
rows = filters.search(
    view["commitments"],
    query,
    ["text", "evidence", "actor", "areas", "target", "entities"],
)
rows = rows[rows["kind"].isin(kinds)] if kinds else rows
rows = rows.assign(
    date=rows["release_id"].map(releases["meeting_date"]),
    release=rows["release_id"].map(releases["title"]),
    counterpart=rows["release_id"].map(releases["counterpart"]),
    link=rows["release_id"].map(widgets.reader_link),
).sort_values(["date", "start"], na_position="last")

st.caption(f"{widgets.count(len(rows), 'commitment')} of {len(view['commitments'])} · {f.describe()}")
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
    key="commitments_table",
    row_height=78,
    column_config={
        "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
        "text": st.column_config.TextColumn("Commitment", width="large"),
        "areas": st.column_config.ListColumn("Areas"),
        "evidence": st.column_config.TextColumn("Evidence (sentence)", width="large"),
        "release": st.column_config.TextColumn("Release", width="medium"),
        "link": st.column_config.LinkColumn("Reader", display_text="open"),
    },
)
