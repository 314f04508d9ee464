"""Statuses: one per commitment, decided by the ordered table `RULES` (the first rule that gives a
verdict wins), with its reason and evidence. The status names are declared here, once.

A status says what is known, and no more: a promise whose deadline passed is "unreported after
deadline" only when the corpus holds later releases that could have reported it (on the same
counterpart, or naming the same thing), and "nothing later in corpus" when it holds none; a
promise naming nothing Accord can follow says so and is never called late.
"""

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

    text: str  # the commitment's evidence sentence
    things: tuple[str, ...]
    counterpart: str
    made: pd.Timestamp | None
    action: str | None
    due: dt.date | None
    due_reading: str
    today: dt.date
    news: pd.DataFrame  # its follow-ups up to today, oldest first
    restated: pd.DataFrame  # later commitments asking the same action of the same thing
    undated_mentions: int  # releases naming the same thing that have no date
    later: pd.Series  # dates of the later releases (up to today) on the same counterpart or things
    resolver: Resolver

    def first(self, outcomes: set[str]) -> pd.Series | None:
        hits = self.news[self.news["outcome"].isin(outcomes)]
        return hits.iloc[0] if len(hits) else None

    @property
    def passed(self) -> bool:
        return self.due is not None and self.due < self.today

    @property
    def after_due(self) -> int:
        return int((self.later > pd.Timestamp(self.due)).sum()) if self.due is not None else 0

    def retargeted(self) -> pd.Series | None:
        hits = self.restated[self.restated["due"].notna() & (self.restated["due"] != self.due)]
        return hits.iloc[0] if len(hits) and self.due is not None else None

    def matched(self, row: pd.Series) -> str:
        """How the promise's and the report's names were matched."""
        return self.resolver.how(row["thing"], self.text, row["sentence"]) if "thing" in row else ""

    def on_time(self, row: pd.Series) -> str:
        """When the reported outcome happened against the deadline."""
        when = row.get("happened")
        when, said = (when, "happened") if pd.notna(when) else (row["when"], "was reported")
        day = f"in {when:%B %Y}" if said == "happened" and when.day == 1 else f"on {when.date()}"
        if self.due is None:
            return f"it {said} {day}; no deadline was set"
        verdict = "on time" if when.date() <= self.due else "after the deadline"
        return f"it {said} {day}, {verdict} ({self.due_reading})"

    def later_count(self) -> str:
        n, after = len(self.later), self.after_due
        names = [*([] if self.counterpart in NO_COUNTERPART else [self.counterpart]), *self.things]
        where = f"on {' or '.join(names)}" if names else "that could report it"
        if self.due is None:
            return f"{n} later release(s) {where}"
        return f"{n} later release(s) {where}, {after} of them after the deadline"


NO_COUNTERPART = ("unknown", "multilateral")  # not one counterpart whose releases could report a promise


class Verdict(NamedTuple):
    reason: str
    evidence: pd.Series | None = None  # a follow-up or later commitment row


def _said(row: pd.Series, what: str) -> str:
    return f"the {row['when'].date()} release {what}: “{row['sentence']}”"


def _fulfilled(c: Case) -> Verdict | None:
    if (row := c.first(done_by(c.action))) is not None:
        reason = (
            f"asked to {c.action}; {_said(row, 'reports it ' + row['outcome'])}; {c.on_time(row)}; {c.matched(row)}"
        )
        return Verdict(reason, row)
    return None


def _superseded(c: Case) -> Verdict | None:
    if (row := c.first(CHANGED)) is not None:
        return Verdict(f"{_said(row, 'reports it ' + row['outcome'])}; {c.matched(row)}", row)
    if (row := c.retargeted()) is not None:
        return Verdict(f"{_said(row, 'sets it a new target (' + str(row['target']) + ')')}", row)
    return None


def _under_way(c: Case) -> Verdict | None:
    if (row := c.first({"continuing"})) is not None:
        return Verdict(f"{_said(row, 'reports it under way')}; {c.matched(row)}", row)
    if not c.passed and len(c.restated):
        row = c.restated.iloc[-1]
        return Verdict(f"{_said(row, 'commits to it again')}; {c.due_reading}", row)
    return None


def _nothing_to_follow(c: Case) -> Verdict | None:
    if not c.things:
        return Verdict(
            f"the clause names no event, project, agreement or mechanism that later releases could report on, "
            f"so it is never called late ({c.due_reading})"
        )
    return None


def _undated(c: Case) -> Verdict | None:
    if c.made is None:
        return Verdict(
            "the release has neither a meeting date nor a published date, so no release can be said to come "
            f"after it ({c.due_reading}){_caveat(c)}"
        )
    return None


def _unreported(c: Case) -> Verdict | None:
    if c.passed and c.after_due:
        return Verdict(f"{c.due_reading}, passed by {c.today}; {c.later_count()}, none reports it done{_caveat(c)}")
    return None


def _nothing_later(c: Case) -> Verdict | None:
    if c.passed:
        return Verdict(
            f"{c.due_reading}, passed by {c.today}; the corpus holds no release after the deadline that could "
            f"report it ({c.later_count()}){_caveat(c)}"
        )
    return None


def _not_yet_due(c: Case) -> Verdict | None:
    if c.due is not None:
        return Verdict(f"{c.due_reading}, not passed by {c.today}; no later report of it done{_caveat(c)}")
    return None


def _no_deadline(c: Case) -> Verdict | None:
    return Verdict(f"{c.due_reading}; no later report of it done ({c.later_count()}){_caveat(c)}")


def _caveat(c: Case) -> str:
    notes = []
    if len(c.news):
        row = c.news.iloc[-1]
        said = (
            "without saying it happened"
            if row["outcome"] == "mentioned"
            else f"reported {row['outcome']}, which does not show done what it asks"
        )
        notes.append(f"last mentioned {row['when'].date()} {said}: “{row['sentence']}”")
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
        "a later release reports the thing done in the way the commitment asks (ACTIONS); a first session "
        "held or under way is a launch",
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
        "under way",
        "a later release reports it continuing, or re-commits to it before its target passes",
        "#56B4E9",
        _under_way,
    ),
    Rule(
        "nothing to follow",
        "the clause names no event, project, agreement or mechanism later releases could report on",
        "#BBBBBB",
        _nothing_to_follow,
    ),
    Rule(
        "undated",
        "its release has no date, so no release can be said to come after it",
        "#F0E442",
        _undated,
    ),
    Rule(
        "unreported after deadline",
        "its target has passed, and later releases on the same counterpart or thing, some after the "
        "deadline, say nothing of it done",
        "#D55E00",
        _unreported,
    ),
    Rule(
        "nothing later in corpus",
        "its target has passed, but the corpus holds no release after the deadline on the same counterpart "
        "or thing that could report it",
        "#E69F00",
        _nothing_later,
    ),
    Rule("not yet due", "its target has not passed", "#0072B2", _not_yet_due),
    Rule("no deadline", "it states no target date, and no later release reports it done", "#999999", _no_deadline),
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
    releases = frames["releases"]
    dates = release_dates(releases)
    said = mentions(frames, resolver).join(dates, on="release_id")
    undated = said[said["when"].isna()]
    named = said.dropna(subset=["when"]).groupby("thing")["release_id"].agg(set)
    dated = releases.assign(when=releases["release_id"].map(dates["when"]))
    dated = dated[dated["when"].notna() & (dated["when"] <= pd.Timestamp(today))].set_index("release_id")
    dated_ids = set(dated.index)
    by_counterpart = dated[~dated["counterpart"].isin(NO_COUNTERPART)].groupby("counterpart").groups
    info = releases.set_index("release_id")[["title", "counterpart"]]
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
        counterpart=cms["release_id"].map(info["counterpart"]),
    )
    news = follow.rename(columns={"followup_date": "when"})
    news = news[news["when"] <= pd.Timestamp(today)]
    rows = []
    for c in table.itertuples():
        restated = table[
            (table["made"] > c.made)
            & (table["action"] == c.action)
            & table["things"].map(lambda t, mine=set(c.things): bool(mine & set(t)))
            & (table["made"] <= pd.Timestamp(today))
        ]
        related = set(by_counterpart.get(c.counterpart, [])).union(*(named.get(t, set()) for t in c.things))
        when = dated.loc[sorted((related - {c.release_id}) & dated_ids), "when"]
        case = Case(
            text=c.evidence,
            things=tuple(c.things),
            counterpart=c.counterpart,
            made=None if pd.isna(c.made) else c.made,
            action=c.action,
            due=c.due,
            due_reading=c.reading,
            today=today,
            news=news[news["commitment_id"] == c.commitment_id].sort_values("when"),
            restated=restated.rename(columns={"made": "when", "evidence": "sentence"}).sort_values("when"),
            undated_mentions=undated.loc[undated["thing"].isin(c.things), "release_id"].nunique(),
            later=when[when > c.made] if pd.notna(c.made) else when.iloc[:0],
            resolver=resolver,
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
                "title": info.at[c.release_id, "title"],
                "counterpart": c.counterpart,
                "later_releases": len(case.later),
                "happened": None
                if ev is None
                else (ev.get("happened") if pd.notna(ev.get("happened")) else ev["when"]),
            }
        )
    if not rows:
        return empty("statuses")
    out = pd.DataFrame(rows)
    out["deadline"] = pd.to_datetime(out["deadline"])
    return enforce(out, "statuses")
