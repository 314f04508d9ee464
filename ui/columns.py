"""Table columns as the pages show them, declared once: a column with the same name means the same
thing on every page, so `widgets.table` configures it from `CONFIG`; a page only adds what is its
own (a label that differs, a width)."""

from __future__ import annotations

import streamlit as st


def _date(label: str):
    return st.column_config.DateColumn(label, format="YYYY-MM-DD")


def _long(label: str, width: str = "large"):
    return st.column_config.TextColumn(label, width=width)


def _open(label: str = "Reader"):
    return st.column_config.LinkColumn(label, display_text="open")


CONFIG = {
    "date": _date("Date"),
    "meeting_date": _date("Meeting date"),
    "made": _date("Made"),
    "deadline": _date("Deadline"),
    "evidence_date": _date("Evidence date"),
    "followup_date": _date("Date"),
    "link": _open(),
    "happened": _date("Happened"),
    "promise": _long("Promise made in", "medium"),
    "promise_link": _open(),
    "follow_up": _long("Evidence from", "medium"),
    "follow_up_link": _open("Reader "),  # a second reader column needs its own label
    "title": _long("Title"),
    "release": _long("Release", "medium"),
    "sentence": _long("Sentence"),
    "note": _long("Note"),
    "reason": _long("Why this status"),
    "commitment": _long("Commitment"),
    "areas": st.column_config.ListColumn("Areas"),
    "things": st.column_config.ListColumn("Followed"),
    "session_number": st.column_config.NumberColumn("Session"),
    "days_since_previous": st.column_config.NumberColumn("Days since previous"),
    "in_corpus": st.column_config.CheckboxColumn("In corpus"),
    "corrected": st.column_config.CheckboxColumn("Corrected"),
    "lead": st.column_config.CheckboxColumn("Head of delegation"),
    "date_basis": "Date found by",
    "target": "Target",
    "commitment_id": "Id (for corrections)",
}

# the commitments frame's own words, where its `text` is the committed clause
COMMITMENT = {"text": _long("Commitment"), "evidence": _long("Evidence (sentence)")}


def for_table(columns, overrides: dict | None = None) -> dict:
    """The configuration of a table with these columns: the shared one, then the page's own."""
    return {c: CONFIG[c] for c in columns if c in CONFIG} | (overrides or {})
