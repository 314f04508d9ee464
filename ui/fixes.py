"""Corrections from the dashboard: small forms that write to the corrections file
(`core.track.corrections.append`: checked, locked, atomic, stamped with the time), and the list of
corrections made, each with an Undo button (`corrections.remove`). A saved correction changes the
file, whose digest keys every cached corpus, so every page shows it at once.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd
import streamlit as st

from core.track import corrections, review
from core.track.statuses import STATUSES

FIELDS = {  # release fields an analyst sets from a form: label -> column
    "counterpart": "counterpart",
    "venue": "venue",
    "mechanism": "mechanism",
    "session number": "session_number",
}
SAVED = "fix_saved"  # session-state key: the message about the last save or undo


def save(entries: list[dict], message: str) -> None:
    """Write `entries` to the corrections file (stamped with the time) and run the page again."""
    try:
        for entry in entries:
            corrections.append(entry, stamp=True)
    except corrections.CorrectionError as exc:
        st.session_state[SAVED] = ("error", f"Not saved: {exc}")
    else:
        st.session_state[SAVED] = ("success", message)
    st.rerun()


def report() -> None:
    """The message about the last save or undo, once."""
    if said := st.session_state.pop(SAVED, None):
        getattr(st, said[0])(said[1])


def date_form(release: pd.Series, key: str) -> None:
    """Set or confirm a release's meeting year (the years its text leaves possible offered first)."""
    candidates = review.candidate_years(release["date_evidence"])
    others = [y for y in range(dt.date.today().year, 1989, -1) if y not in candidates]
    with st.form(f"{key}_{release['release_id']}"):
        year = st.selectbox(
            "Year of the meeting",
            [*candidates, *others],
            key=f"{key}_year",
            help="The years the release leaves possible come first.",
        )
        note = st.text_input("Note (why this year)", key=f"{key}_note")
        if st.form_submit_button("Set the date", icon=":material/event:"):
            entry = review.date_fix(release, int(year), note)
            if entry is None:
                st.session_state[SAVED] = ("error", "The release names no month and day to put in that year.")
                st.rerun()
            save([entry], f"Dated {entry['set']['meeting_date']:%d %B %Y}: {release['title']}")


def release_form(release: pd.Series, participants: pd.DataFrame, key: str) -> None:
    """Set a release's counterpart, venue, mechanism or session number, or its heads of delegation."""
    rid = release["release_id"]
    with st.form(f"{key}_fields_{rid}"):
        field = st.selectbox("Field", list(FIELDS), key=f"{key}_field")
        value = st.text_input("New value", key=f"{key}_value")
        note = st.text_input("Note", key=f"{key}_fnote")
        if st.form_submit_button("Save the field", icon=":material/edit:") and value.strip():
            column = FIELDS[field]
            new = int(value) if column == "session_number" and value.strip().isdigit() else value.strip()
            save([{"release": rid, "set": {column: new}, "note": note}], f"Set {field} to {new}.")
    people = participants[participants["release_id"] == rid]
    if people.empty:
        return
    with st.form(f"{key}_leads_{rid}"):
        now = list(people.loc[people["lead"], "name"])
        leads = st.multiselect("Heads of delegation", list(people["name"]), default=now, key=f"{key}_leads")
        note = st.text_input("Note", key=f"{key}_lnote")
        if st.form_submit_button("Save the heads of delegation", icon=":material/groups:"):
            changed = [n for n in people["name"] if (n in leads) != (n in now)]
            entries = [
                {"frame": "participants", "where": {"release_id": rid, "name": n}, "set": {"lead": n in leads}}
                | {"note": note}
                for n in changed
            ]
            save(entries, f"Heads of delegation: {', '.join(leads) or 'none'}.")


def commitment_form(commitment: pd.Series, key: str) -> None:
    """Set a commitment's status with a note, edit its target or text, or drop it."""
    cid = commitment["commitment_id"]
    with st.form(f"{key}_{cid}"):
        what = st.radio(
            "Correction", ["set its status", "edit its target", "edit its text", "drop it"], key=f"{key}_what"
        )
        status = st.selectbox("Status", STATUSES, key=f"{key}_status")
        value = st.text_input("New target or text", key=f"{key}_value")
        note = st.text_input("Note", key=f"{key}_note")
        if st.form_submit_button("Save", icon=":material/save:"):
            entry = {"commitment": cid, "note": note}
            if what == "set its status":
                entry["status"] = status
            elif what == "drop it":
                entry["drop"] = True
            elif value.strip():
                entry["set"] = {"target" if what == "edit its target" else "text": value.strip()}
            else:
                st.session_state[SAVED] = ("error", "Write the new value first.")
                st.rerun()
            save([entry], f"Saved: {what} ({cid}).")


def made(release_ids: set[str] | None = None, commitment_ids: set[str] | None = None, key: str = "undo") -> None:
    """The corrections made from the dashboard (or about these releases/commitments), newest
    first, each with its time, note and an Undo button."""
    try:
        entries = corrections.entries()
    except Exception as exc:  # noqa: BLE001 - a broken file is reported elsewhere; nothing to undo here
        st.caption(f"The corrections file cannot be read: {exc}")
        return
    mine = [
        e
        for e in entries
        if (release_ids is None and commitment_ids is None and e.get("when"))
        or str(e.get("release")) in (release_ids or set())
        or str(e.get("commitment")) in (commitment_ids or set())
        or (e.get("where") or {}).get("release_id") in (release_ids or set())
    ]
    if not mine:
        st.caption("No correction made yet.")
        return
    for i, entry in enumerate(reversed(mine)):
        left, right = st.columns([5, 1])
        what = ", ".join(f"{k}: {v}" for k, v in entry.items() if k not in ("when", "note"))
        left.markdown(f"`{what}`" + (f" — {entry['note']}" if entry.get("note") else ""))
        left.caption(entry.get("when") or "written by hand")
        if right.button("Undo", key=f"{key}_{i}", icon=":material/undo:"):
            corrections.remove(entry)
            st.session_state[SAVED] = ("success", "Undone.")
            st.rerun()


def panel(release: pd.Series, frames: dict[str, pd.DataFrame], key: str = "reader_fix") -> None:
    """Everything an analyst can correct about one release (a row of releases, by id or indexed by
    it), and the corrections made to it."""
    if "release_id" not in release:
        release = pd.concat([pd.Series({"release_id": release.name}), release])
    rid = release["release_id"]
    mine = frames["commitments"][frames["commitments"]["release_id"] == rid]
    with st.expander("Correct this release", icon=":material/edit_note:"):
        report()
        st.markdown("**Meeting date**" + (" (unknown)" if pd.isna(release["meeting_date"]) else ""))
        date_form(release, key=f"{key}_date")
        st.markdown("**Counterpart, venue, mechanism, session, heads of delegation**")
        release_form(release, frames["participants"], key=f"{key}_release")
        if len(mine):
            st.markdown("**A commitment**")
            pick = st.selectbox(
                "Commitment",
                list(mine["commitment_id"]),
                format_func=dict(zip(mine["commitment_id"], mine["text"].str[:90], strict=True)).get,
                key=f"{key}_pick",
            )
            commitment_form(mine.set_index("commitment_id", drop=False).loc[pick], key=f"{key}_cm")
        st.markdown("**Corrections of this release**")
        made({rid}, set(mine["commitment_id"]), key=f"{key}_undo")
