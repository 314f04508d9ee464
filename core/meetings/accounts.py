"""Dates across accounts: a linked account with a trustworthy date dates a meeting whose release
leaves its year open (date_basis `other_account`, that account as evidence).

An account's date is trustworthy when its own text gives it (stated, known event, listing …), or
when it rests on a date line that is not earlier than the meeting (a page dated before the meeting
it tells of in the past tense is a copy's date, not the page's). A release's own month and day are
never moved: the other account gives only the year, and only when the days agree (give or take
one, for time zones).
"""

from __future__ import annotations

import datetime as dt

import numpy as np
import pandas as pd

from core.extract.dates import in_year
from core.meetings.link import _OPEN, OTHER_ACCOUNT, Account, Accounts


def date_from_accounts(releases: pd.DataFrame, accs: Accounts, new: set[str] | None = None) -> pd.DataFrame:
    """`releases` (linked: meeting_id set; in the order `accs` holds them) with open dates filled
    from trusted linked accounts."""
    open_ = releases.date_basis.isin(_OPEN).to_numpy()
    several = releases.meeting_id.duplicated(keep=False).to_numpy(copy=True)
    if new is not None:  # meetings no added release belongs to were settled before
        several &= releases.meeting_id.isin(set(releases.meeting_id[releases.release_id.isin(new)])).to_numpy()
    if not (open_ & several).any():
        return releases
    wanted = set(releases.meeting_id[open_ & several])
    sources = {}
    for i in np.flatnonzero(~open_ & several & releases.meeting_date.notna().to_numpy()):
        r = releases.iloc[i]
        if r.meeting_id in wanted and r.meeting_id not in sources and accs.trusted[i]:
            sources[r.meeting_id] = r
    starts = releases.meeting_date.to_numpy(copy=True)
    ends = releases.meeting_end.to_numpy(copy=True)
    bases = releases.date_basis.to_numpy(copy=True)
    evidences = releases.date_evidence.to_numpy(copy=True)
    changed = False
    for i in np.flatnonzero(open_ & several):
        r = releases.iloc[i]
        src = sources.get(r.meeting_id)
        if src is None:
            continue
        span = _own_span(r, accs[i], src.meeting_date.date())
        if span is None:
            continue
        starts[i], ends[i] = np.datetime64(span[0], "ns"), np.datetime64(span[1], "ns")
        bases[i] = OTHER_ACCOUNT
        evidences[i] = (
            f"{str(r.date_evidence).split(' [', 1)[0]} [{src.publisher}: “{src.title}”, "
            f"{src.meeting_date.date()} ({src.date_basis}), {src.release_id}]"
        )
        changed = True
    if not changed:
        return releases
    return releases.assign(meeting_date=starts, meeting_end=ends, date_basis=bases, date_evidence=evidences)


def _own_span(r, own: Account, date: dt.date) -> tuple[dt.date, dt.date] | None:
    """The release's own days placed in the year the other account gives, or that account's
    date when the release names no day; None when its own day disagrees."""
    if own.month_day is None:
        return date, date
    month, day = own.month_day
    for year in (date.year - 1, date.year, date.year + 1):
        for m in [month] if month else [date.month - 1 or 12, date.month, date.month % 12 + 1]:
            try:
                mine = dt.date(year, m, day)
            except ValueError:
                continue
            if abs((mine - date).days) <= 1:
                if r.language == "en" and (found := in_year(str(r.date_evidence).split(" [", 1)[0], year, "", "")):
                    return found.start, found.end
                return mine, mine
    return None
