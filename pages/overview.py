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
if widgets.nothing_matches(frames, view, f):
    st.stop()

# a row that wraps on a narrow window instead of cutting the labels
counts = st.container(horizontal=True, gap="medium")
counts.metric("Releases", len(r), width="content")
counts.metric(
    "Meetings",
    r["meeting_id"].nunique(),
    help="Releases that report the same meeting (other sides' accounts, copies) count once.",
    width="content",
)
counts.metric("Dated meetings", dated["meeting_id"].nunique(), help="Meetings whose date is known.", width="content")
counts.metric("Commitments", len(view["commitments"]), width="content")
counts.metric("Cooperation areas", view["areas"]["area"].nunique(), width="content")
counts.metric(
    "Span of dates",
    f"{dated['meeting_date'].iloc[0]:%Y} – {dated['meeting_date'].iloc[-1]:%Y}" if len(dated) else "—",
    width="content",
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
        if st.button("Open in the reader", icon=":material/article:", key=state.OVERVIEW_LATEST):
            state.open_in_reader(f, latest["release_id"])
else:
    st.info("No release in this view has a known meeting date; see the Reader for each one.")

# small multiples, each leading into its page: (figure, file name, page, link label)
MULTIPLES = [
    (charts.meetings_per_year(view), "meetings-per-year", "pages/timeline.py", "Timeline of meetings"),
    (charts.commitments_over_time(view), "commitments-per-year", "pages/commitments.py", "All commitments"),
    (charts.area_share(view), "area-share", "pages/areas.py", "Cooperation areas"),
]
for column, key, (figure, name, page, label) in zip(
    widgets.flow(len(MULTIPLES), state.OVERVIEW_FLOW), state.OVERVIEW_CHARTS, MULTIPLES, strict=True
):
    with column:
        widgets.chart(figure, name, f, key=key, height=360)
        st.page_link(page, label=label, icon=":material/arrow_forward:")
