"""Dates across releases: the sessions one release lists give the year another leaves open.

A release often recalls the earlier sessions of its mechanism ("※ Past policy consultations …
- 17th consultation held in Seoul on November 27, 2017"; the `sessions` frame, extracted with
each release). When the release of that 17th session names only "November 27", its year is
open; the listing settles it. `date_from_listings` fills such dates across the corpus, with
date_basis "other_release" and the listing as evidence. It runs on the assembled frames at every
load, as the listing and the listed may arrive in any order.
"""

from __future__ import annotations

import pandas as pd

from core.extract.dates import in_year

BASIS = "other_release"
_KEYS = ["mechanism", "counterpart", "session_number"]


def listed_sessions(releases: pd.DataFrame, sessions: pd.DataFrame) -> pd.DataFrame:
    """`sessions` with the mechanism and counterpart of the release that lists them, and the
    release's title in the evidence."""
    on = releases[["release_id", "mechanism", "counterpart", "title"]]
    out = sessions.merge(on, on="release_id")
    return out.assign(evidence=out.evidence + " (in “" + out.title + "”)").drop(columns="title")


def date_from_listings(releases: pd.DataFrame, sessions: pd.DataFrame) -> pd.DataFrame:
    """`releases` (the same frame when nothing changes) with the date of each session whose own
    text leaves the year open (date_basis unknown) taken from another release that lists that
    session of the same mechanism and counterpart; when the release names a month and day, the
    listing must agree with them, and listings that disagree with each other give nothing."""
    open_ = releases[releases.date_basis.eq("unknown") & releases.session_number.notna() & releases.mechanism.notna()]
    if open_.empty or sessions.empty:
        return releases
    listed = listed_sessions(releases, sessions).astype({"session_number": open_.session_number.dtype})
    wanted = open_[["release_id", *_KEYS, "date_evidence"]].reset_index()
    pairs = wanted.merge(listed, on=_KEYS, suffixes=("", "_listing"))
    pairs = pairs[pairs.release_id.ne(pairs.release_id_listing)]
    pairs = pairs[pairs.groupby("index").date.transform("nunique").eq(1)].drop_duplicates("index")
    out, changed = releases.copy(), False
    for p in pairs.itertuples():
        own = p.date_evidence.split(" [", 1)[0]
        found = in_year(own, p.date.year, BASIS, p.evidence)
        if found is None:  # the release names no day of its own
            start, end, evidence = p.date, p.date, p.evidence
        elif found.start == p.date.date():
            start, end, evidence = found.start, found.end, f"{own} [{p.evidence}]"
        else:
            continue  # the listing names another day than the release itself
        out.loc[p.index, ["meeting_date", "meeting_end"]] = [pd.Timestamp(start), pd.Timestamp(end)]
        out.loc[p.index, ["date_basis", "date_evidence"]] = [BASIS, evidence]
        changed = True
    return out if changed else releases
