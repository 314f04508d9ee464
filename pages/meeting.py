"""A meeting's accounts side by side: the ROK release, the other side's readout, news reports —
who each names, the areas each covers, what each reports as agreed or asked, and what only one
side says."""

from pathlib import Path

import pandas as pd
import streamlit as st

from core import charts
from core.frames import filters
from core.meetings import compare
from core.vocab import load_vocab
from ui import state, widgets

frames, f = state.current()
view = filters.apply(frames, f)
releases = frames["releases"]

st.title("Accounts of a meeting")
listed = compare.meetings(releases)
listed = listed[listed["meeting_id"].isin(set(view["releases"]["meeting_id"]))]
ids = list(listed["meeting_id"])
titled = compare.meetings(releases[releases["meeting_id"].isin(ids)]).set_index("meeting_id")
lone = releases.drop_duplicates("meeting_id").set_index("meeting_id")


def label(mid: str) -> str:
    row = titled.loc[mid] if mid in titled.index else lone.loc[mid]
    when = "date unknown" if pd.isna(row["meeting_date"]) else f"{row['meeting_date']:%Y-%m-%d}"
    return f"{when} · {row['title']} ({row.get('accounts', 1)} accounts)"


def nothing_to_compare() -> None:
    st.warning(
        "No meeting with more than one account matches the filters. Load the other side's readouts or "
        "news reports of your meetings (Data page), or widen the filters in the sidebar."
    )


mid = widgets.linked_pick(
    "Meeting",
    ids,
    set(releases["meeting_id"]),
    state.MEETING,
    state.MEETING_PICK,
    label,
    nothing_to_compare,
    "This meeting is outside the current filters, or has one account only; it is shown because the link asked for it.",
)

accs = compare.accounts_of(releases, mid)
st.caption(
    f"{widgets.count(len(accs), 'account')} of this meeting · {f.describe()} · "
    "an area or commitment only one account reports is marked"
)


def when(start, basis) -> str:
    return "unknown" if pd.isna(start) else f"{start:%d %B %Y} ({basis})"


for col, acc in zip(st.columns(len(accs)), accs.itertuples(), strict=True):
    with col:
        st.subheader(widgets.md(acc.label))
        widgets.facts(
            {
                "Title": acc.title,
                "Publisher": acc.publisher
                if acc.publisher != "unknown"
                else f"not named in the text ({Path(acc.source).name})",
                "Language": acc.language,
                "Meeting date": when(acc.meeting_date, acc.date_basis),
                "Counterpart": acc.counterpart,
                "Link": f"{acc.link_confidence}: {acc.link_reason}",
                "Also as": acc.copies or None,
            }
        )
        st.markdown(f"[Open in the reader]({widgets.reader_link(acc.release_id)})")

st.subheader("Participants as each account names them")
people = compare.participants_by_account(accs, frames["participants"], load_vocab())
widgets.table(people, f"participants_{mid}", f, key=state.MEETING_PEOPLE)

st.subheader("Cooperation areas")
areas = compare.areas_by_account(accs, frames["areas"])
widgets.chart(charts.areas_by_account(areas), f"areas_by_account_{mid}", f, key=state.MEETING_AREAS_CHART)
widgets.table(
    areas,
    f"areas_by_account_{mid}",
    f,
    key=state.MEETING_AREAS,
    column_config={"area": "Area", "only_in": "Only this account mentions it"},
)
foreign = accs[accs["language"] != "en"]
if not foreign.empty:
    st.caption(
        "Not in English, shown as they are and not extracted: "
        + ", ".join(widgets.md(x) for x in foreign["label"])
        + "."
    )

st.subheader("Commitments each account reports")
said = compare.commitments_by_account(accs, frames["commitments"])
widgets.table(
    said,
    f"commitments_by_account_{mid}",
    f,
    key=state.MEETING_COMMITMENTS,
    row_height=78,
    column_config={
        "account": "Account",
        "text": st.column_config.TextColumn("Commitment", width="large"),
        "only_here": st.column_config.CheckboxColumn("Only this account says it"),
        "closest": st.column_config.TextColumn("What another account says alike", width="medium"),
    },
)

st.subheader("The texts")
for col, acc in zip(st.columns(len(accs)), accs.itertuples(), strict=True):
    with col:
        st.markdown(f"**{widgets.md(acc.label)}**")
        st.html(
            f'<div class="accord-account" lang="{widgets.plain(acc.language)}" dir="auto" '
            f'style="white-space:pre-wrap;font-size:0.9rem;max-height:32rem;overflow:auto">'
            f"{widgets.plain(acc.text)}</div>"
        )
