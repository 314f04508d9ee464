"""Overview: counts, the span of dates, the latest meeting, and small charts leading to the pages."""

import streamlit as st

from core import charts
from core.frames import filters
from core.track import copies, review
from ui import state, widgets

frames, f = state.current()
view = filters.apply(frames, f)
r = view["releases"]
dated = r.dropna(subset=["meeting_date"]).sort_values("meeting_date")

st.title("Accord")
st.caption(f"Korean MOFA press releases, as data · {f.describe()}")

cols = st.columns(5)
cols[0].metric("Releases", len(r))
cols[1].metric("Dated meetings", len(dated), help="Releases whose meeting date is known.")
cols[2].metric("Commitments", len(view["commitments"]))
cols[3].metric("Cooperation areas", view["areas"]["area"].nunique())
cols[4].metric(
    "Span of dates",
    f"{dated['meeting_date'].iloc[0]:%Y} – {dated['meeting_date'].iloc[-1]:%Y}" if len(dated) else "—",
)

needs = review.counts(view, copies.pairs(frames["errors"]))
if needs:
    with st.container(horizontal=True):
        for what in needs:
            st.page_link("pages/review.py", label=what, icon=":material/rule:")

if len(dated):
    latest = dated.iloc[-1]
    with st.container(border=True):
        st.markdown(f"**Latest meeting** · {latest['meeting_date']:%d %B %Y}")
        st.markdown(widgets.md(latest["title"]))
        st.caption(widgets.md(" · ".join(str(latest[c]) for c in ("counterpart", "level", "format"))))
        if st.button("Open in the reader", icon=":material/article:", key="latest"):
            state.open_in_reader(f, latest["release_id"])
elif len(r):
    st.info("No release in this view has a known meeting date; see the Reader for each one.")
else:
    st.warning("No release matches the filters. Widen them in the sidebar, or load more releases on the Data page.")

# small multiples, each leading into its page: (figure, file name, widget key, page, link label)
MULTIPLES = [
    (charts.meetings_per_year(view), "meetings-per-year", "ov_meetings", "pages/timeline.py", "Timeline of meetings"),
    (
        charts.commitments_over_time(view),
        "commitments-per-year",
        "ov_commitments",
        "pages/commitments.py",
        "All commitments",
    ),
    (charts.area_share(view), "area-share", "ov_areas", "pages/areas.py", "Cooperation areas"),
]
for column, (figure, name, key, page, label) in zip(st.columns(len(MULTIPLES)), MULTIPLES, strict=True):
    with column:
        widgets.chart(figure, name, f, key=key, height=320)
        st.page_link(page, label=label, icon=":material/arrow_forward:")
