"""Commitment tracker: each commitment's status (with its reason and evidence), status counts over
time, and a timeline from promise to follow-up. Statuses come from core.track.tracking, on the whole
corpus (a follow-up may lie outside the filter), after the analyst's corrections."""

import streamlit as st

from core.charts import tracking_charts
from core.frames import filters
from core.track import corrections, tracking
from ui import data, state, widgets

frames, f = state.current()
st.title("Commitment tracker")
if widgets.nothing_matches(frames, filters.apply(frames, f), f):
    st.stop()
fixes, problem = data.fixes()
if problem:
    st.error(f"Corrections not applied: {problem}")
out = data.tracked()
view = filters.apply({name: out[name] for name in frames}, f)
ids = set(view["commitments"]["commitment_id"])
statuses = out["statuses"][out["statuses"]["commitment_id"].isin(ids)]
follow = out["followups"][out["followups"]["commitment_id"].isin(ids)]
st.caption(
    f"{widgets.count(len(statuses), 'commitment')} · {f.describe()} · as of today · "
    f"corrections: `{corrections.path()}` ({len(fixes)} entries)"
)
for problem in out["problems"]["problem"]:
    st.warning(problem)

row = st.container(horizontal=True, gap="medium")  # nine statuses: the row wraps rather than cut their names
for status in tracking.STATUSES:
    row.metric(status.capitalize(), int((statuses["status"] == status).sum()), width="content")

widgets.chart(tracking_charts.status_counts(statuses), "commitment-statuses", f, key=state.TRACKER_COUNTS)

state.view_from_url(state.TRACKER_STATUS, list(tracking.STATUSES))
picked = st.multiselect("Status", list(tracking.STATUSES), key=state.TRACKER_STATUS, placeholder="All statuses")
state.view_to_url(state.TRACKER_STATUS)
rows = statuses[statuses["status"].isin(picked)] if picked else statuses
if rows.empty and picked:
    st.info(f"No commitment in this view is {' or '.join(picked)}.", icon=":material/search_off:")
text = out["commitments"].set_index("commitment_id")["text"]
label = tracking.labels(out["releases"])
rows = rows.assign(
    commitment=rows["commitment_id"].map(text),
    promise=rows["release_id"].map(label),
    promise_link=rows["release_id"].map(widgets.reader_link),
    follow_up=rows["evidence_release_id"].map(label),
    follow_up_link=rows["evidence_release_id"].map(lambda r: widgets.reader_link(r) if isinstance(r, str) else None),
).sort_values(["made", "commitment_id"], na_position="last")
widgets.table(
    rows[
        [
            "made",
            "status",
            "commitment",
            "counterpart",
            "target",
            "deadline",
            "reason",
            "evidence",
            "happened",
            "later_releases",
            "promise",
            "promise_link",
            "follow_up",
            "follow_up_link",
            "things",
            "corrected",
            "commitment_id",
        ]
    ],
    "commitment-statuses",
    f,
    key=state.TRACKER_TABLE,
    column_config={
        "evidence": st.column_config.TextColumn("Evidence (later sentence)", width="medium"),
        "later_releases": st.column_config.NumberColumn("Later releases", help="that could have reported it"),
    },
)

widgets.chart(
    tracking_charts.promise_timeline(rows, follow, out["commitments"]),
    "promise-to-follow-up",
    f,
    key=state.TRACKER_TIMELINE,
)

with st.expander(f"Follow-ups ({len(follow)}): later releases naming the same thing"):
    widgets.table(
        follow.assign(
            promise=follow["release_id"].map(label),
            release=follow["followup_release_id"].map(label),
            link=follow["followup_release_id"].map(widgets.reader_link),
        )[["promise", "thing", "release", "followup_date", "outcome", "happened", "sentence", "days_after", "link"]],
        "followups",
        f,
        key=state.TRACKER_FOLLOWUPS,
        column_config={"release": st.column_config.TextColumn("Later release", width="medium")},
    )

with st.expander("How a status is decided"):
    st.table(
        {
            "status": [r.status for r in tracking.RULES],
            "when (first rule that applies wins)": [r.when for r in tracking.RULES],
        }
    )
