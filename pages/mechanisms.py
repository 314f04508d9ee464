"""Mechanisms: each recurring consultative mechanism as a series of sessions, with the numbers
missing from the corpus, the renamings, and the cadence between sessions."""

import streamlit as st

from core.charts import tracking_charts
from core.frames import filters
from core.track import tracking
from ui import data, state, widgets

frames, f = state.current()
view = filters.apply(frames, f)
st.title("Mechanisms")
if widgets.nothing_matches(frames, view, f):
    st.stop()
series = data.tracked()["series"]
one = ["series", "counterpart"]  # a series is a mechanism's sessions with one counterpart
shown = series.loc[series["release_id"].isin(view["releases"]["release_id"]), one].drop_duplicates()
series = series.merge(shown, on=one)

sessions = series[series["in_corpus"]]
missing = series[~series["in_corpus"]]
cadence = sessions["days_since_previous"].dropna()
counts = st.container(horizontal=True, gap="medium")
counts.metric("Mechanisms", len(shown), width="content")
counts.metric("Sessions in the corpus", len(sessions), width="content")
counts.metric("Numbers missing", len(missing), width="content")
counts.metric("Median days between sessions", int(cadence.median()) if len(cadence) else "—", width="content")
st.caption(f"Series of the mechanisms met in the releases shown · {f.describe()}")

widgets.chart(tracking_charts.series_chart(series), "mechanism-sessions", f, key=state.MECH_CHART)

widgets.table(
    series.assign(
        release=series["release_id"].map(tracking.labels(frames["releases"])),
        link=series["release_id"].map(lambda r: widgets.reader_link(r) if isinstance(r, str) else None),
    ).drop(columns="release_id"),
    "mechanism-series",
    f,
    key=state.MECH_TABLE,
    column_config={"series": "Mechanism"},
)

st.subheader("Renamings")
st.caption("Declared in core/vocab/mechanisms.yaml (renamed_to, renamed_from_session).")
widgets.table(tracking.renamings(), "mechanism-renamings", f, key=state.MECH_RENAMINGS)
