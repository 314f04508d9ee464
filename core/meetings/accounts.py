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

import pandas as pd

from core.extract.dates import in_year
from core.meetings.link import _OPEN, OTHER_ACCOUNT, Account


def date_from_accounts(releases: pd.DataFrame, accs: list[Account]) -> pd.DataFrame:
    """`releases` (linked: meeting_id set) with open dates filled from trusted linked accounts."""
    by_id = {a.rid: a for a in accs}
    open_ = releases.date_basis.isin(_OPEN)
    if not open_.any():
        return releases
    dated = releases[~open_ & releases.meeting_date.notna()]
    sources = {}
    for r in dated.itertuples():
        a = by_id.get(r.release_id)
        if a is not None and a.trusted and r.meeting_id not in sources:
            sources[r.meeting_id] = r
    out = releases.copy()
    for r in releases[open_].itertuples():
        src = sources.get(r.meeting_id)
        if src is None:
            continue
        own = by_id[r.release_id]
        span = _own_span(r, own, src.meeting_date.date())
        if span is None:
            continue
        evidence = (
            f"{str(r.date_evidence).split(' [', 1)[0]} [{src.publisher}: “{src.title}”, "
            f"{src.meeting_date.date()} ({src.date_basis}), {src.release_id}]"
        )
        out.loc[r.Index, ["meeting_date", "meeting_end"]] = [pd.Timestamp(span[0]), pd.Timestamp(span[1])]
        out.loc[r.Index, ["date_basis", "date_evidence"]] = [OTHER_ACCOUNT, evidence]
    return out


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
