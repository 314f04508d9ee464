"""Mechanisms: each recurring consultative mechanism as a series of sessions, with the numbers
missing from the corpus, the renamings, and the cadence between sessions."""

import streamlit as st

from core.charts import tracking_charts
from core.frames import filters
from core.track import tracking
from ui import data, state, widgets

frames, f = state.current()
view = filters.apply(frames, f)
series = data.tracked()["series"]
one = ["series", "counterpart"]  # a series is a mechanism's sessions with one counterpart
shown = series.loc[series["release_id"].isin(view["releases"]["release_id"]), one].drop_duplicates()
series = series.merge(shown, on=one)

st.title("Mechanisms")
sessions = series[series["in_corpus"]]
missing = series[~series["in_corpus"]]
cadence = sessions["days_since_previous"].dropna()
a, b, c, d = st.columns(4)
a.metric("Mechanisms", len(shown))
b.metric("Sessions in the corpus", len(sessions))
c.metric("Numbers missing", len(missing))
d.metric("Median days between sessions", int(cadence.median()) if len(cadence) else "—")
st.caption(f"Series of the mechanisms met in the releases shown · {f.describe()}")

widgets.chart(tracking_charts.series_chart(series), "mechanism-sessions", f, key="mech_chart")

widgets.table(
    series.assign(
        release=series["release_id"].map(tracking.labels(frames["releases"])),
        link=series["release_id"].map(lambda r: widgets.reader_link(r) if isinstance(r, str) else None),
    ).drop(columns="release_id"),
    "mechanism-series",
    f,
    key="mech_table",
    column_config={
        "date": st.column_config.DateColumn("Date", format="YYYY-MM-DD"),
        "session_number": st.column_config.NumberColumn("Session"),
        "in_corpus": st.column_config.CheckboxColumn("In corpus"),
        "days_since_previous": st.column_config.NumberColumn("Days since previous"),
        "note": st.column_config.TextColumn("Note", width="large"),
        "release": st.column_config.TextColumn("Release", width="medium"),
        "link": st.column_config.LinkColumn("Reader", display_text="open"),
    },
)

st.subheader("Renamings")
st.caption("Declared in core/vocab/mechanisms.yaml (renamed_to, renamed_from_session).")
widgets.table(tracking.renamings(), "mechanism-renamings", f, key="mech_renamings")
