"""Review: what needs a look. Releases with no date (the years still possible, the evidence),
contradictions across releases, releases with no counterpart or head of delegation, commitments
naming nothing to follow; each settled here, written to the corrections file, undoable."""

import streamlit as st

from core.frames import filters
from core.track import copies, review
from ui import fixes, state, widgets

frames, f = state.current()
view = filters.apply(frames, f)
releases = view["releases"].set_index("release_id", drop=False)

st.title("Review: what needs a look")
st.caption(f"{f.describe()} · corrections go to `{fixes.corrections.path()}`")
fixes.report()


def listed(rows, key_column: str, label: str, what: str, table_key: str, pick: str, pick_key: str, **table_kw) -> str:
    """A table of `rows` (each with a reader link), then a choice of one of them (labelled by its
    `label` column, cut at 90 characters) to correct: the chosen row's `key_column` value."""
    widgets.table(
        rows.assign(link=rows["release_id"].map(widgets.reader_link)).drop(columns="release_id"),
        what,
        f,
        key=table_key,
        **table_kw,
    )
    labels = dict(zip(rows[key_column], rows[label], strict=True))
    return st.selectbox(
        pick,
        list(rows[key_column]),
        format_func=lambda k: labels[k][:90],
        key=pick_key,
    )


undated = review.undated(view["releases"])
st.subheader(f"Meetings that need a date ({len(undated)})")
if undated.empty:
    st.success("Every meeting in this view has a date.")
else:
    pick = listed(
        undated,
        "release_id",
        "release",
        "review-undated",
        state.REVIEW_UNDATED,
        "Date this release",
        state.REVIEW_PICK,
        column_config={
            "years": st.column_config.ListColumn("Years possible"),
            "evidence": st.column_config.TextColumn("Evidence", width="large"),
        },
    )
    fixes.date_form(releases.loc[pick], key=state.REVIEW_DATE)

twins = copies.pairs(frames["errors"])
clashes = review.contradictions(view["releases"], twins[twins["copy_of"].isin(view["releases"]["release_id"])])
st.subheader(f"Contradictions across releases ({len(clashes)})")
if clashes.empty:
    st.success("No numbered sessions out of order or implausibly close, and no release loaded twice.")
else:
    widgets.table(
        clashes.drop(columns=["release_id", "other_release_id"]), "review-contradictions", f, key=state.REVIEW_CLASH
    )
for t in twins.itertuples():
    if t.copy_of in releases.index and st.button(
        f"Keep {t.source} instead of “{releases.at[t.copy_of, 'title']}”",
        key=f"{state.REVIEW_KEEP}{t.copy_of}",
        icon=":material/swap_horiz:",
    ):
        fixes.save([{"release": t.copy_of, "drop": True, "note": f"the copy {t.source} is kept instead"}], "Kept.")

sides = review.unknown_sides(view["releases"], view["participants"])
st.subheader(f"No counterpart or no head of delegation ({len(sides)})")
if sides.empty:
    st.success("Every release names its counterpart and a head of delegation.")
else:
    pick = listed(
        sides,
        "release_id",
        "release",
        "review-sides",
        state.REVIEW_SIDES,
        "Correct this release",
        state.REVIEW_SIDE_PICK,
    )
    fixes.release_form(releases.loc[pick], view["participants"], key=state.REVIEW_SIDE)

loose = review.unresolved(view["commitments"], view["releases"])
st.subheader(f"Commitments naming nothing to follow ({len(loose)})")
st.caption("Their thing could not be resolved to an event, project, agreement or mechanism; set a status by hand.")
if not loose.empty:
    pick = listed(
        loose,
        "commitment_id",
        "commitment",
        "review-unresolved",
        state.REVIEW_LOOSE,
        "Correct this commitment",
        state.REVIEW_LOOSE_PICK,
    )
    fixes.commitment_form(
        view["commitments"].set_index("commitment_id", drop=False).loc[pick], key=state.REVIEW_COMMITMENT
    )

st.subheader("Corrections made from the dashboard")
fixes.made(key=state.REVIEW_UNDO)
