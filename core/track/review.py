"""What needs a look: the releases and commitments Accord is unsure of, for the analyst to settle.

Pure pandas over the (corrected) frames: releases whose date is unknown, with the years still
possible and the evidence; contradictions across releases (a mechanism's numbered sessions out of
order or implausibly close, the same meeting loaded twice); releases with no counterpart or no
head of delegation; commitments whose thing could not be resolved. `date_fix` turns an analyst's
year into the correction that dates a release (`date_basis` "analyst").
"""

from __future__ import annotations

import re

import pandas as pd

from core.extract.dates import in_year, years_left
from core.track.things import labels, release_dates

ANALYST = "analyst"  # the date_basis of a date an analyst set
CLOSE_DAYS = 30  # two numbered sessions of one mechanism and counterpart closer than this are suspect
_NOTE = re.compile(r"\s*\[[^\]]*\]\s*$")


def candidate_years(evidence: str) -> list[int]:
    """The years a release's date evidence leaves possible ('… could be 2017–2020]'), latest first;
    none when it names none (a release that gives no day: the analyst sets a whole date)."""
    return sorted(years_left(evidence or "") or (), reverse=True)


def undated(releases: pd.DataFrame) -> pd.DataFrame:
    """Releases whose meeting date is unknown: the years still possible and the evidence."""
    r = releases[releases["meeting_date"].isna()]
    return pd.DataFrame(
        {
            "release_id": r["release_id"],
            "release": r["release_id"].map(labels(releases)),
            "counterpart": r["counterpart"],
            "years": r["date_evidence"].map(candidate_years),
            "evidence": r["date_evidence"],
        }
    ).reset_index(drop=True)


def date_fix(release: pd.Series, year: int, note: str = "") -> dict:
    """The correction that dates `release` in `year`: the month and day its lead gives, in that year
    (a range kept), `date_basis` "analyst"; None when its lead names no month and day."""
    lead = _NOTE.sub("", release["date_evidence"] or "")
    found = in_year(lead, int(year), ANALYST, lead)
    if found is None:
        return None
    return {
        "release": release["release_id"],
        "set": {
            "meeting_date": found.start,
            "meeting_end": found.end,
            "date_basis": ANALYST,
            "date_evidence": f"{lead} [year {year} set by an analyst]",
        },
        "note": note,
    }


def contradictions(releases: pd.DataFrame, duplicates: pd.DataFrame | None = None) -> pd.DataFrame:
    """Numbered sessions of one mechanism and counterpart whose numbers and dates disagree (a later
    number dated earlier), or that lie implausibly close (under CLOSE_DAYS days, or the same number
    twice), and releases loaded twice from two copies (`duplicates`: `core.track.copies.pairs`)."""
    name = labels(releases)
    when = releases["release_id"].map(release_dates(releases)["when"])
    numbered = releases.assign(when=when.values)
    numbered = numbered[numbered["session_number"].notna() & numbered["mechanism"].notna() & numbered["when"].notna()]
    rows = []
    for (mechanism, counterpart), group in numbered.groupby(["mechanism", "counterpart"]):
        group = group.sort_values(["when", "session_number"])
        for a, b in zip(group.iloc[:-1].itertuples(), group.iloc[1:].itertuples(), strict=True):
            days = (b.when - a.when).days
            if b.session_number < a.session_number:
                problem = f"session {b.session_number} is dated after session {a.session_number}"
            elif b.session_number == a.session_number:
                problem = f"session {a.session_number} twice, {days} days apart"
            elif days < CLOSE_DAYS * (b.session_number - a.session_number):
                problem = f"sessions {a.session_number} and {b.session_number} only {days} days apart"
            else:
                continue
            rows.append(
                {
                    "problem": f"{mechanism} · {counterpart}: {problem}",
                    "release_id": a.release_id,
                    "release": name[a.release_id],
                    "other_release_id": b.release_id,
                    "other_release": name[b.release_id],
                }
            )
    for d in (duplicates if duplicates is not None else pd.DataFrame()).itertuples():
        rows.append(
            {
                "problem": f"the same release loaded twice ({d.similarity:.0%} the same text); counted once",
                "release_id": d.copy_of,
                "release": name.get(d.copy_of, d.copy_of),
                "other_release_id": None,
                "other_release": f"{d.source} (left out)",
            }
        )
    return pd.DataFrame(rows, columns=["problem", "release_id", "release", "other_release_id", "other_release"])


def unknown_sides(releases: pd.DataFrame, participants: pd.DataFrame) -> pd.DataFrame:
    """Releases with an unknown counterpart or no head of delegation."""
    leads = set(participants.loc[participants["lead"], "release_id"])
    rows = []
    name = labels(releases)
    for r in releases.itertuples():
        problems = []
        if r.counterpart in ("", "unknown") or pd.isna(r.counterpart):
            problems.append("counterpart unknown")
        if r.release_id not in leads:
            problems.append("no head of delegation")
        if problems:
            rows.append({"problem": "; ".join(problems), "release_id": r.release_id, "release": name[r.release_id]})
    return pd.DataFrame(rows, columns=["problem", "release_id", "release"])


def unresolved(commitments: pd.DataFrame, releases: pd.DataFrame) -> pd.DataFrame:
    """Commitments whose thing could not be resolved: their clause names no event, project,
    agreement or mechanism, so later releases cannot be followed and no status beyond 'nothing to
    follow' can be given."""
    empty = commitments[commitments["entities"].map(len).eq(0)]
    return pd.DataFrame(
        {
            "commitment_id": empty["commitment_id"],
            "commitment": empty["text"],
            "target": empty["target"],
            "release_id": empty["release_id"],
            "release": empty["release_id"].map(labels(releases)),
        }
    ).reset_index(drop=True)


NEEDS = (  # what the overview counts: (key, one, many)
    ("undated", "meeting needs a date", "meetings need a date"),
    ("contradictions", "contradiction across releases", "contradictions across releases"),
    (
        "sides",
        "release lacks a counterpart or a head of delegation",
        "releases lack a counterpart or a head of delegation",
    ),
    ("unresolved", "commitment names nothing to follow", "commitments name nothing to follow"),
)


def counts(frames: dict[str, pd.DataFrame], duplicates: pd.DataFrame | None = None) -> list[str]:
    """What needs a look, counted in words for the overview ('7 meetings need a date'); none when nothing."""
    releases = frames["releases"]
    n = {
        "undated": int(releases["meeting_date"].isna().sum()),
        "contradictions": len(contradictions(releases, duplicates)),
        "sides": len(unknown_sides(releases, frames["participants"])),
        "unresolved": len(unresolved(frames["commitments"], releases)),
    }
    return [f"{n[key]} {one if n[key] == 1 else many}" for key, one, many in NEEDS if n[key]]
