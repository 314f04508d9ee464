"""Commitment tracking: follow each promise across releases and give it an honest status.

Pure pandas over the extraction frames (no Streamlit), one module per step:

- `things`: every event, project, agreement or mechanism name resolves to one canonical thing;
- `outcomes` and `deadlines`: what a later sentence says happened, what a clause asks, when it is due;
- `followups`: for each commitment, the later releases naming the same thing;
- `statuses`: one status per commitment, decided by the ordered table `RULES`, with its reason;
- `series`: each recurring mechanism as numbered sessions with dates, gaps, renamings, cadence.

`track` runs them all on frames that `core.load` has already corrected; only the analyst's status
corrections are left to it, as a status exists only once it has been computed.
"""

from __future__ import annotations

import datetime as dt

import pandas as pd

from core.frames.export import with_release
from core.track import corrections
from core.track.corrections import Correction
from core.track.deadlines import deadline
from core.track.followups import followups
from core.track.outcomes import ACTIONS, OUTCOMES, action, done_by, outcome
from core.track.series import renamings, series
from core.track.statuses import RULES, STATUSES, statuses
from core.track.things import Resolver, labels, mentions, release_dates
from core.vocab import Vocab

__all__ = [
    "ACTIONS",
    "OUTCOMES",
    "RULES",
    "STATUSES",
    "Resolver",
    "action",
    "deadline",
    "done_by",
    "followups",
    "labels",
    "mentions",
    "outcome",
    "release_dates",
    "renamings",
    "series",
    "statuses",
    "take_away",
    "track",
]


def track(
    frames: dict[str, pd.DataFrame],
    today: dt.date | None = None,
    fixes: list[Correction] | None = None,
    vocab: Vocab | None = None,
) -> dict[str, pd.DataFrame]:
    """`frames` (as `core.load` returns them: corrected) plus `followups`, `statuses` (with the
    analyst's status corrections among `fixes`, default: the corrections file) and `series`, and
    `problems`: the corrections that matched nothing on load (the `errors` rows about them)."""
    fixes = corrections.read() if fixes is None else fixes
    resolver = Resolver.of(vocab)
    follow = followups(frames, resolver)
    status = corrections.apply_statuses(statuses(frames, follow, today, resolver), fixes)
    errors = frames.get("errors", pd.DataFrame(columns=["source", "problem"]))
    return frames | {
        "followups": follow,
        "statuses": status,
        "series": series(frames, resolver),
        "problems": pd.DataFrame({"problem": errors.loc[errors["source"] == "corrections", "problem"]}, dtype=str),
    }


def take_away(view: dict[str, pd.DataFrame], tracked: dict[str, pd.DataFrame]) -> dict[str, pd.DataFrame]:
    """The frames to download or export: `view` (the corpus frames, filtered or not) with each
    commitment's meeting date, title and counterpart, then the tracking frames of `tracked` (the
    whole corpus's, so a follow-up outside the view still counts) restricted to the view's
    commitments and to the series of its releases."""
    ids = set(view["commitments"]["commitment_id"])
    series_of = tracked["series"]
    shown = series_of.loc[series_of["release_id"].isin(view["releases"]["release_id"]), ["series", "counterpart"]]
    return {
        **view,
        "commitments": with_release(view["commitments"], view["releases"]),
        "followups": tracked["followups"][tracked["followups"]["commitment_id"].isin(ids)].reset_index(drop=True),
        "statuses": tracked["statuses"][tracked["statuses"]["commitment_id"].isin(ids)].reset_index(drop=True),
        "series": series_of.merge(shown.drop_duplicates(), on=["series", "counterpart"]),
    }
