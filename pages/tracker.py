"""Commitment tracker: each commitment's status (with its reason and evidence), status counts over
time, and a timeline from promise to follow-up. Statuses come from core.track.tracking, on the whole
corpus (a follow-up may lie outside the filter), after the analyst's corrections."""

import streamlit as st

from core.charts import tracking_charts
from core.frames import filters
from core.track import corrections, tracking
from ui import data, state, widgets

frames, f = state.current()
fixes, problem = data.fixes()
if problem:
    st.error(f"Corrections not applied: {problem}")
out = data.tracked()
view = filters.apply({name: out[name] for name in frames}, f)
ids = set(view["commitments"]["commitment_id"])
statuses = out["statuses"][out["statuses"]["commitment_id"].isin(ids)]
follow = out["followups"][out["followups"]["commitment_id"].isin(ids)]

st.title("Commitment tracker")
st.caption(
    f"{widgets.count(len(statuses), 'commitment')} · {f.describe()} · as of today · "
    f"corrections: `{corrections.path()}` ({len(fixes)} entries)"
)
for problem in out["problems"]["problem"]:
    st.warning(problem)

cols = st.columns(len(tracking.STATUSES))
for col, status in zip(cols, tracking_charts.STATUS_COLOURS, strict=True):
    col.metric(status.capitalize(), int((statuses["status"] == status).sum()))

widgets.chart(tracking_charts.status_counts(statuses), "commitment-statuses", f, key="tracker_counts")

picked = st.multiselect(
    "Status", list(tracking_charts.STATUS_COLOURS), key="tracker_status", placeholder="All statuses"
)
rows = statuses[statuses["status"].isin(picked)] if picked else statuses
text = out["commitments"].set_index("commitment_id")["text"]
rows = rows.assign(
    commitment=rows["commitment_id"].map(text),
    promise=rows["release_id"].map(widgets.reader_link),
    follow_up=rows["evidence_release_id"].map(lambda r: widgets.reader_link(r) if isinstance(r, str) else None),
).sort_values(["made", "commitment_id"], na_position="last")
widgets.table(
    rows[
        [
            "made",
            "status",
            "commitment",
            "target",
            "deadline",
            "reason",
            "evidence",
            "evidence_date",
            "promise",
            "follow_up",
            "things",
            "corrected",
            "commitment_id",
        ]
    ],
    "commitment-statuses",
    f,
    key="tracker_table",
    column_config={
        "made": st.column_config.DateColumn("Made", format="YYYY-MM-DD"),
        "commitment": st.column_config.TextColumn("Commitment", width="large"),
        "deadline": st.column_config.DateColumn("Deadline", format="YYYY-MM-DD"),
        "reason": st.column_config.TextColumn("Why this status", width="large"),
        "evidence": st.column_config.TextColumn("Evidence (later sentence)", width="medium"),
        "evidence_date": st.column_config.DateColumn("Evidence date", format="YYYY-MM-DD"),
        "promise": st.column_config.LinkColumn("Promise", display_text="open"),
        "follow_up": st.column_config.LinkColumn("Follow-up", display_text="open"),
        "things": st.column_config.ListColumn("Followed"),
        "corrected": st.column_config.CheckboxColumn("Corrected"),
    },
)

widgets.chart(
    tracking_charts.promise_timeline(rows, follow, out["commitments"]),
    "promise-to-follow-up",
    f,
    key="tracker_timeline",
)

with st.expander(f"Follow-ups ({len(follow)}): later releases naming the same thing"):
    widgets.table(
        follow.assign(link=follow["followup_release_id"].map(widgets.reader_link)),
        "followups",
        f,
        key="tracker_followups",
        column_config={
            "followup_date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
            "sentence": st.column_config.TextColumn("Sentence", width="large"),
            "link": st.column_config.LinkColumn("Reader", display_text="open"),
        },
    )

with st.expander("How a status is decided"):
    st.table(
        {
            "status": [r.status for r in tracking.RULES],
            "when (first rule that applies wins)": [r.when for r in tracking.RULES],
        }
    )
