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
    """One row per listed session (mechanism and counterpart of the releases listing it, number)
    whose listings agree on its date: the date, the first listing with its release's title as
    evidence, and the ids of the releases listing it (`listers`)."""
    on = releases[["release_id", "mechanism", "counterpart", "title"]]
    listed = sessions.merge(on, on="release_id").astype({"session_number": "Int64"})
    listed = listed.assign(evidence=listed.evidence + " (in “" + listed.title + "”)")
    out = listed.groupby(_KEYS).agg(
        dates=("date", "nunique"), date=("date", "first"), evidence=("evidence", "first"), listers=("release_id", set)
    )
    return out[out.dates.eq(1)].drop(columns="dates").reset_index()  # listings that disagree give nothing


def date_from_listings(releases: pd.DataFrame, sessions: pd.DataFrame) -> pd.DataFrame:
    """`releases` (the same frame when nothing changes) with the date of each session whose own
    text leaves the year open (date_basis unknown) taken from another release that lists that
    session of the same mechanism and counterpart; when the release names a month and day, the
    listing must agree with them, and listings that disagree with each other give nothing."""
    open_ = releases[releases.date_basis.eq("unknown") & releases.session_number.notna() & releases.mechanism.notna()]
    if open_.empty or sessions.empty:
        return releases
    listed = listed_sessions(releases, sessions)
    wanted = open_[["release_id", *_KEYS, "date_evidence"]].reset_index()
    pairs = wanted.merge(listed, on=_KEYS)
    pairs = pairs[[rid not in listers for rid, listers in zip(pairs.release_id, pairs.listers, strict=True)]]
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
