"""Follow-ups: for each commitment, the later releases naming the same thing, with the most telling
sentence of each and what it says happened."""

from __future__ import annotations

import pandas as pd

from core.frames.schema import empty, enforce
from core.track.outcomes import OUTCOMES, happened, outcome
from core.track.things import Resolver, commitment_things, mentions, release_dates


def followups(frames: dict[str, pd.DataFrame], resolver: Resolver | None = None) -> pd.DataFrame:
    """For each commitment and thing it names, each later release naming that thing: the most
    telling sentence (done > continuing > mentioned), what it says happened and, when it says so,
    on what day (a session's release reports it on the session's own date). Another account of the
    commitment's own meeting (the other side's readout, a news report a day later) is no follow-up."""
    resolver = resolver or Resolver.of()
    dates = release_dates(frames["releases"])
    meeting = frames["releases"].drop_duplicates("release_id").set_index("release_id")["meeting_id"]
    said = mentions(frames, resolver)
    said = said.assign(
        outcome=[
            ("launched" if first else "held") if session else outcome(text)
            for session, first, text in zip(said["session"], said["first"], said["sentence"], strict=True)
        ]
    )
    said = said.assign(
        rank=said["outcome"].map({name: i for i, (name, _) in enumerate(OUTCOMES)}).fillna(len(OUTCOMES))
    )
    said = said.join(dates, on="release_id").assign(meeting=said["release_id"].map(meeting))
    rows = []
    things = commitment_things(frames["commitments"], resolver)
    for c in frames["commitments"].itertuples():
        made = dates.at[c.release_id, "when"] if c.release_id in dates.index else pd.NaT
        if pd.isna(made):
            continue
        later = said[
            said["thing"].isin(things[c.commitment_id])
            & (said["when"] > made)
            & (said["meeting"] != meeting.get(c.release_id))
        ]
        best = later.sort_values(["rank", "when"]).drop_duplicates(["release_id", "thing"])
        for m in best.itertuples():
            rows.append(
                {
                    "commitment_id": c.commitment_id,
                    "release_id": c.release_id,
                    "thing": m.thing,
                    "followup_release_id": m.release_id,
                    "followup_date": m.when,
                    "outcome": m.outcome,
                    "happened": None if m.session else happened(m.sentence, m.when),
                    "sentence": m.sentence,
                    "days_after": (m.when - made).days,
                }
            )
    if not rows:
        return empty("followups")
    out = pd.DataFrame(rows).sort_values(["commitment_id", "followup_date", "thing"])
    return enforce(out, "followups")
