"""Reader: one release with its facts, its participants, and every extraction marked in its text."""

import pandas as pd
import streamlit as st

from core.extract.dates import evidence_parts
from core.frames import filters
from ui import columns, fixes, highlight, state, widgets, words

frames, f = state.current()
view = filters.apply(frames, f)
everything = frames["releases"].set_index("release_id")

st.title("Reader")
ids = list(view["releases"].sort_values("meeting_date", na_position="last")["release_id"])


def label(rid: str) -> str:
    date = everything.at[rid, "meeting_date"]
    return f"{'date unknown' if pd.isna(date) else f'{date:%Y-%m-%d}'} · {everything.at[rid, 'title']}"


rid = widgets.linked_pick(
    "Release",
    ids,
    set(everything.index),
    state.RELEASE,
    state.READER_PICK,
    label,
    lambda: widgets.nothing_matches(frames, view, f),
    "This release is outside the current filters; it is shown because the link asked for it.",
)

rel = everything.loc[rid]
st.header(widgets.md(rel["title"]))
others = int((everything["meeting_id"] == rel["meeting_id"]).sum()) - 1
if others:
    st.markdown(
        f"This meeting has {others} other account{'s' if others > 1 else ''} "
        f"([side by side]({widgets.meeting_link(rel['meeting_id'])})): {widgets.md(rel['link_reason'])}"
    )
if rel["language"] != "en":
    st.caption(f"Text in '{widgets.md(rel['language'])}': shown as it is; no English extraction runs on it.")


def when(start, end) -> str:
    if pd.isna(start):
        return "unknown"
    return f"{start:%d %B %Y}" + (f" – {end:%d %B %Y}" if pd.notna(end) and end != start else "")


date_sentence, date_reasons = evidence_parts(rel["date_evidence"])
left, right = widgets.flow(2, state.READER_FLOW, min_width=380)
with left:
    widgets.facts(
        {
            "Meeting date": when(rel["meeting_date"], rel["meeting_end"]),
            "How the date was found": words.basis(rel["date_basis"]),
            "The words it rests on": date_sentence or None,
            "Published": when(rel["published"], None) if pd.notna(rel["published"]) else None,
            "Counterpart": rel["counterpart"],
            "Mechanism": rel["mechanism"],
            "Session": rel["session_number"],
            "Level": rel["level"],
            "Format": rel["format"],
            "Venue": rel["venue"],
            "On the occasion of": rel["host_event"],
            "Source": rel["source"],
            "Publisher": rel["publisher"],
            "Language": rel["language"],
        }
    )
    if date_reasons:
        st.markdown("**Why this date**\n" + "".join(f"\n- {widgets.md(r)}" for r in date_reasons))
people = frames["participants"][frames["participants"]["release_id"] == rid]
with right:
    for role, heading, key, shown in (
        ("participant", "Took part", state.READER_PEOPLE, ["name", "title", "country", "lead"]),
        ("mentioned", "Only mentioned", state.READER_MENTIONED, ["name", "title", "country"]),
    ):
        some = people[people["role"] == role]
        st.markdown(f"**{heading}** ({len(some)})")
        if some.empty:
            st.caption("nobody" if role == "participant" else "nobody else")
        else:
            widgets.table(
                some[shown], f"{heading.lower().replace(' ', '-')}_{rid}", f, key=key, column_config={"name": "Name"}
            )

st.html(highlight.to_html(rel["text"], highlight.spans(rel["text"], frames, rid)))

one = {name: df[df["release_id"] == rid] for name, df in frames.items() if name != "errors"}
tabs = st.tabs(
    [
        f"Commitments ({len(one['commitments'])})",
        f"Areas ({len(one['areas'])})",
        f"Entities ({len(one['entities'])})",
        f"Past sessions listed ({len(one['sessions'])})",
    ]
)
with tabs[0]:
    widgets.table(
        one["commitments"][["kind", "actor", "text", "areas", "target", "entities", "evidence"]],
        f"commitments_{rid}",
        f,
        key=state.READER_TABS[0],
        row_height=78,
        column_config=columns.COMMITMENT,
    )
with tabs[1]:
    widgets.table(
        one["areas"][["area", "mentions", "evidence"]],
        f"areas_{rid}",
        f,
        key=state.READER_TABS[1],
    )
with tabs[2]:
    widgets.table(
        one["entities"][["entity", "kind", "mentions", "evidence"]],
        f"entities_{rid}",
        f,
        key=state.READER_TABS[2],
    )
with tabs[3]:
    widgets.table(
        one["sessions"][["session_number", "date", "evidence"]],
        f"sessions_{rid}",
        f,
        key=state.READER_TABS[3],
    )

fixes.panel(rel, frames)
