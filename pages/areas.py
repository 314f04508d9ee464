"""Cooperation areas: which fields rose or fell by year, each one's share, and for a chosen area
the sentences it was found in."""

import streamlit as st

from core import charts
from core.frames import filters
from ui import state, widgets

frames, f = state.current()
view = filters.apply(frames, f)

st.title("Cooperation areas")
if widgets.nothing_matches(frames, view, f):
    st.stop()
kind = (
    st.segmented_control(
        "Show as",
        ["heatmap", "bars"],
        default="heatmap",
        format_func=str.capitalize,
        key=state.AREAS_KIND,
    )
    or "heatmap"
)
widgets.chart(charts.areas_by_year(view, kind), f"areas-by-year-{kind}", f, key=state.AREAS_YEAR)
widgets.chart(charts.area_share(view), "area-share", f, key=state.AREAS_SHARE)

st.subheader("The sentences behind an area")
a = view["areas"]
ranked = a.groupby("area")["mentions"].sum().sort_values(ascending=False)
area = st.selectbox(
    "Area",
    list(ranked.index),
    format_func=lambda x: f"{x} ({ranked[x]} mentions)",
    key=state.AREAS_PICK,
)
if area is None:
    st.info("No cooperation area in this view.")
else:
    releases = view["releases"].set_index("release_id")
    rows = a[a["area"] == area].explode("evidence").rename(columns={"evidence": "sentence"})
    rows = rows.assign(
        date=rows["release_id"].map(releases["meeting_date"]),
        release=rows["release_id"].map(releases["title"]),
        link=rows["release_id"].map(widgets.reader_link),
    ).sort_values("date", na_position="last")
    st.caption(f"{widgets.count(len(rows), 'sentence')} in {widgets.count(rows['release_id'].nunique(), 'release')}")
    widgets.table(
        rows[["date", "sentence", "release", "link"]],
        f"area-sentences_{area}",
        f,
        key=state.AREAS_SENTENCES,
        row_height=78,
    )
