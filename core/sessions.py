"""Sessions that one release lists with their dates, and the dates they give to other releases.

A release often recalls the earlier sessions of its mechanism ("※ Past policy consultations …
- 17th consultation held in Seoul on November 27, 2017"). When the release of that 17th session
names only "November 27", its year is open; the listing settles it. `date_from_listings` fills
such dates across the corpus, with date_basis "other_release" and the listing as evidence. It runs
on the assembled frames at every load (the listing and the listed may arrive in any order).
"""

from __future__ import annotations

import re

import pandas as pd

from core.extract.dates import in_year, stated_date
from core.vocab import Vocab

_LISTED = re.compile(
    r"(?P<n>\d{1,3})(?:st|nd|rd|th)\b(?P<what>[^\n.;:]{0,60}?)\b(?:was )?(?:held|took place)\b(?P<rest>[^\n;]{0,80})",
    re.I,
)
_GENERIC = {"", "meeting", "session", "consultation", "round", "dialogue", "talks", "policy consultation"}
BASIS = "other_release"


def listed_sessions(releases: pd.DataFrame, vocab: Vocab) -> pd.DataFrame:
    """(release_id, mechanism, counterpart, session_number, date, evidence) of every earlier or later
    session of a release's own mechanism that its text lists with a full date."""
    rows = []
    for r in releases[releases.mechanism.notna()].itertuples():
        for m in _LISTED.finditer(r.text):
            what = m["what"].strip(" -").casefold()
            mechanism = vocab.mechanism_for(what)
            if what not in _GENERIC and (mechanism is None or mechanism.name != r.mechanism):
                continue
            if (date := stated_date(m["rest"])) is not None:
                line = r.text[r.text.rfind("\n", 0, m.start()) + 1 : m.end()].strip(" -•°◦※")
                rows.append((r.release_id, r.mechanism, r.counterpart, int(m["n"]), date, f"{line} (in “{r.title}”)"))
    columns = ["release_id", "mechanism", "counterpart", "session_number", "date", "evidence"]
    return pd.DataFrame(rows, columns=columns)


def date_from_listings(releases: pd.DataFrame, vocab: Vocab) -> pd.DataFrame:
    """`releases` (the same frame when nothing changes) with the date of each session whose own text leaves the year open (date_basis
    unknown) taken from another release that lists that session of the same mechanism and
    counterpart; when the release names a month and day, the listing must agree with them."""
    open_ = releases.date_basis.eq("unknown") & releases.session_number.notna() & releases.mechanism.notna()
    if not open_.any():
        return releases
    wanted = set(zip(releases.mechanism[open_], releases.counterpart[open_], strict=True))
    related = [(m, c) in wanted for m, c in zip(releases.mechanism, releases.counterpart, strict=True)]
    listed = listed_sessions(releases[related], vocab)
    if listed.empty:
        return releases
    out, changed = releases.copy(), False
    for i in releases.index[open_]:
        r = releases.loc[i]
        same = listed[
            listed.mechanism.eq(r.mechanism)
            & listed.counterpart.eq(r.counterpart)
            & listed.session_number.eq(r.session_number)
            & listed.release_id.ne(r.release_id)
        ]
        if same.empty or same.date.nunique() != 1:
            continue
        date, evidence = same.date.iloc[0], same.evidence.iloc[0]
        own = r.date_evidence.split(" [", 1)[0]
        found = in_year(own, date.year, BASIS, evidence)
        if found is None:  # the release names no day of its own
            start, end = date, date
        elif found.start == date:
            start, end, evidence = found.start, found.end, f"{own} [{evidence}]"
        else:
            continue  # the listing names another day than the release itself
        out.loc[i, ["meeting_date", "meeting_end"]] = [pd.Timestamp(start), pd.Timestamp(end)]
        out.loc[i, ["date_basis", "date_evidence"]] = [BASIS, evidence]
        changed = True
    return out if changed else releases
