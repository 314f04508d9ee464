"""Dates across releases: the sessions one release lists give the year another leaves open.

A release often recalls the earlier sessions of its mechanism ("※ Past policy consultations …
- 17th consultation held in Seoul on November 27, 2017"; the `sessions` frame, extracted with
each release). When the release of that 17th session names only "November 27", its year is
open; the listing settles it. `date_from_listings` fills such dates across the corpus, with
date_basis "other_release" and the listing as evidence. It runs on the assembled frames at every
load, as the listing and the listed may arrive in any order.

`date_from_session_order` then dates an open session by its place among the dated sessions of its
series (date_basis "session_order"), and `session_order_problems` reports dates across releases
that cannot all be right (a 14th session dated before the 13th, or six days after it).
"""

from __future__ import annotations

import pandas as pd

from core.extract.constraints import RULES, years_text
from core.extract.dates import in_year, years_left
from core.meetings.link import ACCOUNT_RULE, OTHER_ACCOUNT

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


ORDER_BASIS = "session_order"
PROBLEM_SOURCE = "dates"  # the `errors` rows about dates that disagree across releases
CLOSE_DAYS = 30  # consecutive sessions of a mechanism closer than this are reported


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def _dated_sessions(releases: pd.DataFrame, sessions: pd.DataFrame) -> pd.DataFrame:
    """Every dated session of every series: (mechanism, counterpart, session_number, date, source,
    what) from the releases of the sessions and from the sessions other releases list."""
    own = releases[releases.session_number.notna() & releases.mechanism.notna() & releases.meeting_date.notna()]
    rows = own.assign(date=own.meeting_date, what=own.source)[[*_KEYS, "date", "what"]]
    if not sessions.empty:
        listed = sessions.merge(releases[["release_id", "mechanism", "counterpart", "source"]], on="release_id")
        listed = listed[listed.mechanism.notna() & listed.date.notna()]
        rows = pd.concat([rows, listed.assign(what="listed in " + listed.source)[[*_KEYS, "date", "what"]]])
    return rows.astype({"session_number": "Int64"}).drop_duplicates([*_KEYS, "date"]).reset_index(drop=True)


def date_from_session_order(releases: pd.DataFrame, sessions: pd.DataFrame) -> pd.DataFrame:
    """`releases` with the year of each open session (date_basis unknown, a month and day named)
    settled by its place in its series: a 13th session comes after the 12th and before the 14th.
    Only when that leaves exactly one of the years its own text leaves open."""
    open_ = releases[releases.date_basis.eq("unknown") & releases.session_number.notna() & releases.mechanism.notna()]
    if open_.empty:
        return releases
    dated = _dated_sessions(releases, sessions)
    out, changed = releases.copy(), False
    for idx, row in open_.iterrows():
        series = dated[(dated.mechanism == row.mechanism) & (dated.counterpart == row.counterpart)]
        n = int(row.session_number)
        if (series.session_number == n).any():
            continue  # another release lists this session with a day its own text does not name: they disagree
        before, after = series[series.session_number < n], series[series.session_number > n]
        if before.empty and after.empty:
            continue
        own, left = row.date_evidence.split(" [", 1)[0], years_left(row.date_evidence)
        low = before.loc[before.session_number.idxmax()] if not before.empty else None
        high = after.loc[after.session_number.idxmin()] if not after.empty else None
        fits = []
        for year in sorted(left or ()):
            found = in_year(own, year, ORDER_BASIS, "")
            if found is None:
                break
            day = pd.Timestamp(found.start)
            if (low is None or day > low.date) and (high is None or day < high.date):
                fits.append(found)
        if len(fits) != 1:
            continue
        order = [
            f"the {_ordinal(int(s.session_number))} session ({s.date.date()}, {s.what}) comes {side}"
            for s, side in ((low, "before it"), (high, "after it"))
            if s is not None
        ]
        reason = (
            f"{'; '.join(order)}; of the years its text leaves ({years_text(left)}), only {fits[0].start.year} fits"
        )
        out.loc[idx, ["meeting_date", "meeting_end"]] = [pd.Timestamp(fits[0].start), pd.Timestamp(fits[0].end)]
        out.loc[idx, ["date_basis", "date_evidence"]] = [ORDER_BASIS, f"{own} [{reason}]"]
        changed = True
    return out if changed else releases


def session_order_problems(releases: pd.DataFrame, sessions: pd.DataFrame) -> list[str]:
    """Dates across releases that cannot all be right: a later session of a series dated on or
    before an earlier one, or two consecutive sessions dated less than 30 days apart."""
    problems = []
    for (mechanism, counterpart), series in _dated_sessions(releases, sessions).groupby(["mechanism", "counterpart"]):
        ordered = series.sort_values(["session_number", "date"]).reset_index(drop=True)
        for a, b in zip(ordered.iloc[:-1].itertuples(), ordered.iloc[1:].itertuples(), strict=True):
            if a.session_number == b.session_number:
                if a.date != b.date:
                    problems.append(
                        f"{mechanism} with {counterpart}: the {_ordinal(a.session_number)} session is dated both "
                        f"{a.date.date()} ({a.what}) and {b.date.date()} ({b.what}); one of them is wrong"
                    )
                continue
            gap = (b.date - a.date).days
            if gap <= 0 or (b.session_number == a.session_number + 1 and gap < CLOSE_DAYS):
                problems.append(
                    f"{mechanism} with {counterpart}: the {_ordinal(a.session_number)} session is dated "
                    f"{a.date.date()} ({a.what}) and the {_ordinal(b.session_number)} {b.date.date()} ({b.what}), "
                    f"{abs(gap)} days {'apart' if gap > 0 else 'earlier'}; one of the two dates is likely wrong"
                )
    return problems


# How a meeting's date is found, in order: each release's own evidence (core.extract.constraints.RULES),
# then the other releases. README's table "How a meeting's date is found" mirrors this (a test checks).
DATE_RULES: tuple[tuple[str, str], ...] = (
    *((basis, how) for basis, _, how in RULES),
    (
        BASIS,
        "another loaded release of the same mechanism and counterpart lists this session with its full date (“17th consultation held in Seoul on November 27, 2017”), agreeing with the day the release names",
    ),
    (
        ORDER_BASIS,
        "the dated sessions before and after it in its series (a 13th session comes after the 12th and before the 14th) leave one of the years its own text leaves",
    ),
    (OTHER_ACCOUNT, ACCOUNT_RULE),
    ("unknown", "anything else: `date_evidence` lists the years left (“could be 2019 or 2020”) and why"),
)
