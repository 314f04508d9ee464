"""Statuses: one per commitment, decided by the ordered table `RULES` (the first rule that gives a
verdict wins), with its reason and evidence. The status names are declared here, once."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd

from core.frames.schema import empty, enforce
from core.track.deadlines import deadline
from core.track.followups import followups
from core.track.outcomes import CHANGED, action, done_by
from core.track.things import Resolver, commitment_things, mentions, release_dates


@dataclass(frozen=True)
class Case:
    """Everything the rules look at for one commitment."""

    made: pd.Timestamp | None
    action: str | None
    due: dt.date | None
    due_reading: str
    today: dt.date
    news: pd.DataFrame  # its follow-ups up to today, oldest first
    restated: pd.DataFrame  # later commitments asking the same action of the same thing
    undated_mentions: int  # releases naming the same thing that have no date

    def first(self, outcomes: set[str]) -> pd.Series | None:
        hits = self.news[self.news["outcome"].isin(outcomes)]
        return hits.iloc[0] if len(hits) else None

    @property
    def passed(self) -> bool:
        return self.due is not None and self.due < self.today

    def retargeted(self) -> pd.Series | None:
        hits = self.restated[self.restated["due"].notna() & (self.restated["due"] != self.due)]
        return hits.iloc[0] if len(hits) and self.due is not None else None


class Verdict(NamedTuple):
    reason: str
    evidence: pd.Series | None = None  # a follow-up or later commitment row


def _said(row: pd.Series, what: str) -> str:
    return f"the {row['when'].date()} release {what}: “{row['sentence']}”"


def _fulfilled(c: Case) -> Verdict | None:
    if (row := c.first(done_by(c.action))) is not None:
        return Verdict(f"asked to {c.action}; {_said(row, 'reports it ' + row['outcome'])}", row)
    return None


def _superseded(c: Case) -> Verdict | None:
    if (row := c.first(CHANGED)) is not None:
        return Verdict(f"{_said(row, 'reports it ' + row['outcome'])}", row)
    if (row := c.retargeted()) is not None:
        return Verdict(f"{_said(row, 'sets it a new target (' + str(row['target']) + ')')}", row)
    return None


def _in_progress(c: Case) -> Verdict | None:
    if (row := c.first({"continuing"})) is not None:
        return Verdict(f"{_said(row, 'reports it under way')}", row)
    if not c.passed and len(c.restated):
        row = c.restated.iloc[-1]
        return Verdict(f"{_said(row, 'commits to it again')}; {c.due_reading}", row)
    return None


def _overdue(c: Case) -> Verdict | None:
    if c.passed:
        return Verdict(f"{c.due_reading}, passed by {c.today} with no report of it done{_caveat(c)}")
    return None


def _no_news(c: Case) -> Verdict | None:
    if c.due is not None:
        return Verdict(f"{c.due_reading}, not passed by {c.today}; no later report of it done{_caveat(c)}")
    return Verdict(f"{c.due_reading}; no later report of it done{_caveat(c)}")


def _caveat(c: Case) -> str:
    notes = []
    if c.made is None:
        notes.append("the release has neither a meeting date nor a published date, so later releases cannot be ordered")
    if len(c.news):
        row = c.news.iloc[-1]
        notes.append(f"last mentioned {row['when'].date()} without saying it happened: “{row['sentence']}”")
    if c.undated_mentions:
        notes.append(f"{c.undated_mentions} undated release(s) name the same thing and could not be ordered")
    return "".join(f" ({n})" for n in notes)


class Rule(NamedTuple):
    status: str  # the status this rule gives
    when: str  # when it applies, in plain words (the README and the tracker page show it)
    colour: str  # its colour in charts (Okabe-Ito, readable for colour-blind eyes)
    rule: Callable[[Case], Verdict | None]


# The rules, in order: the first that gives a verdict sets the status. The status names are declared
# here and nowhere else. Documented in the README.
RULES: tuple[Rule, ...] = (
    Rule(
        "fulfilled",
        "a later release reports the thing done in the way the commitment asks (ACTIONS)",
        "#009E73",
        _fulfilled,
    ),
    Rule(
        "superseded",
        "a later release reports it postponed or cancelled, or re-commits with another target",
        "#CC79A7",
        _superseded,
    ),
    Rule(
        "in progress",
        "a later release reports it continuing, or re-commits to it before its target passes",
        "#56B4E9",
        _in_progress,
    ),
    Rule("overdue", "its target date has passed with no report of it done", "#D55E00", _overdue),
    Rule("no news yet", "anything else: its target has not passed, or it has none", "#999999", _no_news),
)
STATUSES = tuple(r.status for r in RULES)


def decide(case: Case) -> tuple[str, Verdict]:
    for r in RULES:
        if (verdict := r.rule(case)) is not None:
            return r.status, verdict
    raise AssertionError("the last rule always decides")


def statuses(
    frames: dict[str, pd.DataFrame],
    follow: pd.DataFrame | None = None,
    today: dt.date | None = None,
    resolver: Resolver | None = None,
) -> pd.DataFrame:
    """One row per commitment: its status by RULES as of `today` (default: the real today)."""
    today = today or dt.date.today()
    resolver = resolver or Resolver.of()
    follow = followups(frames, resolver) if follow is None else follow
    dates = release_dates(frames["releases"])
    said = mentions(frames, resolver).join(dates, on="release_id")
    undated = said[said["when"].isna()]
    cms = frames["commitments"]
    things = commitment_things(cms, resolver)
    made = cms["release_id"].map(dates["when"])
    due = [deadline(t, m) for t, m in zip(cms["target"], made, strict=True)]
    table = cms.assign(
        things=things.values,
        made=made,
        action=cms["text"].map(action),
        due=[d for d, _ in due],
        reading=[r for _, r in due],
    )
    news = follow.rename(columns={"followup_date": "when"})
    news = news[news["when"] <= pd.Timestamp(today)]
    rows = []
    for c in table.itertuples():
        later = table[
            (table["made"] > c.made)
            & (table["action"] == c.action)
            & table["things"].map(lambda t, mine=set(c.things): bool(mine & set(t)))
            & (table["made"] <= pd.Timestamp(today))
        ]
        case = Case(
            made=None if pd.isna(c.made) else c.made,
            action=c.action,
            due=c.due,
            due_reading=c.reading,
            today=today,
            news=news[news["commitment_id"] == c.commitment_id].sort_values("when"),
            restated=later.rename(columns={"made": "when", "evidence": "sentence"}).sort_values("when"),
            undated_mentions=undated.loc[undated["thing"].isin(c.things), "release_id"].nunique(),
        )
        status, verdict = decide(case)
        ev = verdict.evidence
        rows.append(
            {
                "commitment_id": c.commitment_id,
                "release_id": c.release_id,
                "things": list(c.things),
                "action": c.action,
                "made": c.made,
                "target": c.target,
                "deadline": c.due,
                "status": status,
                "reason": verdict.reason,
                "evidence": None if ev is None else ev["sentence"],
                "evidence_release_id": None if ev is None else ev.get("followup_release_id", ev.get("release_id")),
                "evidence_date": None if ev is None else ev["when"],
                "corrected": False,
            }
        )
    if not rows:
        return empty("statuses")
    out = pd.DataFrame(rows)
    out["deadline"] = pd.to_datetime(out["deadline"])
    return enforce(out, "statuses")
