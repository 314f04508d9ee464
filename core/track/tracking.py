"""Commitment tracking: follow each promise across releases and give it an honest status.

Pure pandas over the extraction frames (no Streamlit). Four steps, each `(frames, …) -> frame`:

- things to follow: every event, project, agreement or mechanism name resolves to one canonical
  "thing" (`Resolver`: YAML aliases, then rapidfuzz for spelling variants, then renamings);
- `followups`: for each commitment, the later releases (by meeting date, else published date)
  naming the same thing, with the sentence and what it says happened (`outcome`);
- `statuses`: one status per commitment, decided by the ordered table `RULES`, with its reason;
- `series`: each recurring mechanism as numbered sessions with dates, gaps, renamings, cadence.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import NamedTuple

import pandas as pd
from rapidfuzz import fuzz, process

from core.frames.schema import empty, enforce
from core.track import corrections
from core.track.corrections import Correction
from core.track.listed_dates import listed_sessions
from core.vocab import Vocab, fold, load_vocab

FUZZY_CUTOFF = 90  # rapidfuzz ratio (0-100) above which two folded names are the same thing

# --- things to follow ------------------------------------------------------------------------------


class Resolver:
    """Canonical thing for a name: alias (entities.yaml, mechanisms.yaml), else the closest alias
    by spelling (rapidfuzz), else the name itself; then followed through `renamed_to`."""

    def __init__(self, vocab: Vocab):
        self.names: dict[str, str] = {}
        for alias, (name, _) in vocab.entities.items():
            self.names[fold(alias)] = name
            self.names.setdefault(fold(name), name)
        for mech in vocab.mechanisms:
            for alias in (mech.name, *mech.aliases):
                self.names[fold(alias)] = mech.name
        self.renamed = {m.name: m.renamed_to for m in vocab.mechanisms if m.renamed_to}
        self.since = {m.renamed_to: (m.name, m.renamed_from_session) for m in vocab.mechanisms if m.renamed_to}
        self.meeting_types = set(vocab.meeting_types)
        self._keys = list(self.names)

    def canonical(self, name: str) -> str:
        key = fold(name)
        if key in self.names:
            return self.names[key]
        best = process.extractOne(key, self._keys, scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF)
        return self.names[best[0]] if best else name

    def thing(self, name: str) -> str:
        """The canonical name, followed through renamings to the current one."""
        name, seen = self.canonical(name), set()
        while name in self.renamed and name not in seen:
            seen.add(name)
            name = self.renamed[name]
        return name


def release_dates(releases: pd.DataFrame) -> pd.DataFrame:
    """release_id -> `when` (meeting date, else published) and `when_basis`."""
    when = releases["meeting_date"].fillna(releases["published"])
    basis = pd.Series("meeting date", index=releases.index).where(releases["meeting_date"].notna(), "published")
    basis = basis.where(when.notna(), "undated")
    return pd.DataFrame({"when": when.values, "when_basis": basis.values}, index=releases["release_id"].values)


def _lead(evidence: str) -> str:
    """A date_evidence sentence without its bracketed note ('… [in the year 2020]')."""
    return re.sub(r"\s*\[[^\]]*\]\s*$", "", evidence or "")


def mentions(frames: dict[str, pd.DataFrame], resolver: Resolver) -> pd.DataFrame:
    """Each (release, thing, sentence) where a release names a thing; a release that *is* a
    session of a mechanism names it in its lead sentence too (session=True)."""
    rows = [
        {"release_id": e.release_id, "thing": resolver.thing(e.entity), "sentence": s, "session": False}
        for e in frames["entities"].itertuples()
        for s in e.evidence
    ]
    for r in frames["releases"].itertuples():
        if isinstance(r.mechanism, str) and r.mechanism not in resolver.meeting_types:
            lead = _lead(r.date_evidence)
            rows.append(
                {"release_id": r.release_id, "thing": resolver.thing(r.mechanism), "sentence": lead, "session": True}
            )
    out = pd.DataFrame(rows, columns=["release_id", "thing", "sentence", "session"])
    return out.drop_duplicates(["release_id", "thing", "sentence"], keep="last")


def commitment_things(commitments: pd.DataFrame, resolver: Resolver) -> pd.Series:
    """commitment_id -> the sorted things its clause names."""
    things = commitments["entities"].map(lambda names: sorted({resolver.thing(n) for n in names}))
    return pd.Series(things.values, index=commitments["commitment_id"].values)


# --- what a later sentence says happened -----------------------------------------------------------

OUTCOMES: tuple[tuple[str, str], ...] = (  # in priority order: the first found in a sentence wins
    ("cancelled", r"cancell?ed|called off|scrapped|abandoned"),
    ("postponed", r"postponed|delayed|put off|rescheduled|deferred"),
    ("completed", r"completed|completion of|finished|finali[sz]ed"),
    ("concluded", r"concluded|conclusion of"),
    ("signed", r"signed|signing of"),
    ("launched", r"launched|since its launch|inaugurated|was established|were established|kicked off"),
    ("held", r"held|took place|was convened|were convened|hosted|attended|took part in|participated in"),
    ("continuing", r"continu(?:es|ed|ing)|ongoing|under ?way|progressing|being implemented"),
)
CHANGED = {"cancelled", "postponed"}
_OUTCOME_RE = [(name, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for name, pattern in OUTCOMES]
# a verb preceded by one of these is a plan or a denial, not a report ("to be held", "not yet signed")
_NOT_A_REPORT = re.compile(
    r"\b(?:will|would|shall|to be|be|to|not|yet|never|plans?|expected|scheduled|hopes?|hoped)"
    r"(?:\s+(?:be|been|have|has|successfully|jointly|also|soon|yet))*\s*$",
    re.IGNORECASE,
)


def outcome(sentence: str) -> str:
    """What `sentence` says happened to the thing it names: the first of OUTCOMES it reports
    (verbs after will/to be/not … are plans or denials and do not count), else 'mentioned'."""
    for name, pattern in _OUTCOME_RE:
        for m in pattern.finditer(sentence):
            if not _NOT_A_REPORT.search(sentence[max(0, m.start() - 40) : m.start()]):
                return name
    return "mentioned"


# What a commitment asks to happen, and which reported outcomes count as that being done. The first
# family whose words occur in the clause (earliest in the text) is its action; a clause with none
# ("consider a visit during the Olympics") is never fulfilled by news about the thing alone.
ACTIONS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("launch", r"launch\w*|establish\w*|set up|creat\w+|inaugurat\w+", frozenset({"launched", "held"})),
    ("hold", r"hold|held|host\w*|conven\w+|organi[sz]\w+|success of", frozenset({"held", "launched", "completed"})),
    ("take part", r"take part|participat\w+|attend\w*", frozenset({"held"})),
    ("sign", r"sign\w*|conclud\w+|adopt\w*", frozenset({"signed", "concluded"})),
    ("complete", r"complet\w+|finali[sz]\w+|implement\w*|build|construct\w*", frozenset({"completed", "launched"})),
    ("rename", r"call|renam\w+", frozenset({"held"})),
)
_ACTION_RE = re.compile("|".join(rf"\b(?P<a{i}>{pattern})\b" for i, (_, pattern, _) in enumerate(ACTIONS)), re.I)


def action(clause: str) -> str | None:
    """The action family a commitment's clause asks for (see ACTIONS), or None."""
    m = _ACTION_RE.search(clause or "")
    return ACTIONS[int(m.lastgroup[1:])][0] if m else None


def done_by(action_name: str | None) -> frozenset[str]:
    """The outcomes that show `action_name` done."""
    return next((done for name, _, done in ACTIONS if name == action_name), frozenset())


# --- when a commitment is due ----------------------------------------------------------------------

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_PARTS = (  # phrase before a year -> (last month, day) of the period it names
    (r"first half|1st half|h1", 6),
    (r"second half|2nd half|h2|late|end|end of|by the end of", 12),
    (r"early|beginning of|start of|first quarter", 4),
    (r"mid|middle of|mid-", 8),
)


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def deadline(target: object, made: object) -> tuple[dt.date | None, str]:
    """The last day a target allows, and how it was read. Relative targets ('next year', 'this
    year') count from `made` (the release's date); open ones ('as soon as possible') have none."""
    if not isinstance(target, str) or not target.strip():
        return None, "no target stated"
    text = target.lower()
    base = pd.Timestamp(made).date() if pd.notna(made) else None
    year = None
    if m := re.search(r"\b(19|20)\d\d\b", text):
        year = int(m.group())
    elif re.search(r"\b(this|the current) year\b", text) and base:
        year = base.year
    elif re.search(r"\bnext year\b", text) and base:
        year = base.year + 1
    elif re.search(r"\bnext month\b", text) and base:
        nxt = (base.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return _month_end(nxt.year, nxt.month), f"'{target}' counted from {base}"
    if year is None:
        relative = re.search(r"\b(this|next) (year|month)\b", text)
        why = "the release has no date to count from" if relative else "it names no date"
        return None, f"'{target}' gives no deadline: {why}"
    if m := re.search(r"\b(" + "|".join(_MONTHS) + r")\b", text):
        return _month_end(year, _MONTHS[m.group(1)]), f"'{target}' ends {_month_end(year, _MONTHS[m.group(1)])}"
    for phrase, month in _PARTS:
        if re.search(rf"\b(?:{phrase})\b", text):
            return _month_end(year, month), f"'{target}' read as by {_month_end(year, month)}"
    return dt.date(year, 12, 31), f"'{target}' read as by the end of {year}"


# --- follow-ups ------------------------------------------------------------------------------------


def followups(frames: dict[str, pd.DataFrame], vocab: Vocab | None = None) -> pd.DataFrame:
    """For each commitment and thing it names, each later release naming that thing: the most
    telling sentence (done > continuing > mentioned) and what it says happened."""
    resolver = Resolver(vocab or load_vocab())
    dates = release_dates(frames["releases"])
    said = mentions(frames, resolver)
    said = said.assign(
        outcome=[("held" if s else outcome(t)) for s, t in zip(said["session"], said["sentence"], strict=True)]
    )
    said = said.assign(
        rank=said["outcome"].map({name: i for i, (name, _) in enumerate(OUTCOMES)}).fillna(len(OUTCOMES))
    )
    said = said.join(dates, on="release_id")
    rows = []
    things = commitment_things(frames["commitments"], resolver)
    for c in frames["commitments"].itertuples():
        made = dates.at[c.release_id, "when"] if c.release_id in dates.index else pd.NaT
        if pd.isna(made):
            continue
        later = said[said["thing"].isin(things[c.commitment_id]) & (said["when"] > made)]
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
                    "sentence": m.sentence,
                    "days_after": (m.when - made).days,
                }
            )
    if not rows:
        return empty("followups")
    out = pd.DataFrame(rows).sort_values(["commitment_id", "followup_date", "thing"])
    return enforce(out, "followups")


# --- status ----------------------------------------------------------------------------------------


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


# The rules, in order: the first that gives a verdict sets the status. Documented in the README.
RULES: tuple[tuple[str, str, Callable[[Case], Verdict | None]], ...] = (
    ("fulfilled", "a later release reports the thing done in the way the commitment asks (ACTIONS)", _fulfilled),
    ("superseded", "a later release reports it postponed or cancelled, or re-commits with another target", _superseded),
    (
        "in progress",
        "a later release reports it continuing, or re-commits to it before its target passes",
        _in_progress,
    ),
    ("overdue", "its target date has passed with no report of it done", _overdue),
    ("no news yet", "anything else: its target has not passed, or it has none", _no_news),
)


def decide(case: Case) -> tuple[str, Verdict]:
    for status, _, rule in RULES:
        if (verdict := rule(case)) is not None:
            return status, verdict
    raise AssertionError("the last rule always decides")


def statuses(
    frames: dict[str, pd.DataFrame],
    follow: pd.DataFrame | None = None,
    today: dt.date | None = None,
    vocab: Vocab | None = None,
) -> pd.DataFrame:
    """One row per commitment: its status by RULES as of `today` (default: the real today)."""
    today = today or dt.date.today()
    resolver = Resolver(vocab or load_vocab())
    follow = followups(frames, vocab) if follow is None else follow
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


# --- mechanism series ------------------------------------------------------------------------------


def series(frames: dict[str, pd.DataFrame], vocab: Vocab | None = None) -> pd.DataFrame:
    """Every session of each recurring mechanism in the releases (meeting types excluded), one
    series per mechanism and counterpart across spellings and renamings, with the numbers missing between them
    (and before them, when a release lists earlier sessions), dated when a release lists them."""
    resolver = Resolver(vocab or load_vocab())
    r = frames["releases"]
    r = r[r["mechanism"].notna() & ~r["mechanism"].isin(resolver.meeting_types)]
    dates = release_dates(frames["releases"])
    listed = listed_sessions(r, frames["sessions"]).assign(series=lambda df: df["mechanism"].map(resolver.thing))
    rows = []
    for (name, counterpart), group in r.assign(series=r["mechanism"].map(resolver.thing)).groupby(
        ["series", "counterpart"]
    ):
        mine = listed[listed.series.eq(name) & listed.counterpart.eq(counterpart)]
        known = {int(n): (d, e) for n, d, e in mine[["session_number", "date", "evidence"]].values}
        sessions = group.assign(when=group["release_id"].map(dates["when"]))
        sessions = sessions.sort_values(["session_number", "when"], na_position="last")
        seen: list[int] = []
        previous = None
        for s in sessions.itertuples():
            number = None if pd.isna(s.session_number) else int(s.session_number)
            if number is not None:
                first = seen[-1] + 1 if seen else min([n for n in known if n < number], default=number)
                for gap in range(first, number):
                    when, evidence = known.get(gap, (None, None))
                    when = None if when is None else pd.Timestamp(when)
                    days = None if when is None or previous is None else (when - previous).days
                    note = "missing from the corpus" + (f"; listed: {evidence}" if evidence else "")
                    rows.append(_row(name, counterpart, None, gap, when, days, note))
                    previous = when if when is not None else previous
            note = _name_note(resolver, name, resolver.canonical(s.mechanism), number)
            days = None if previous is None or pd.isna(s.when) else (s.when - previous).days
            rows.append(_row(name, counterpart, s, number, s.when, days, note))
            seen += [number] if number is not None else []
            previous = s.when if pd.notna(s.when) else previous
    if not rows:
        return empty("series")
    return enforce(pd.DataFrame(rows), "series")


def _row(name: str, counterpart: str, s, number: int | None, when, days: int | None, note: str) -> dict:
    return {
        "series": name,
        "counterpart": counterpart,
        "name": None if s is None else s.mechanism,
        "session_number": number,
        "release_id": None if s is None else s.release_id,
        "date": when,
        "in_corpus": s is not None,
        "days_since_previous": days,
        "note": note,
    }


def _name_note(resolver: Resolver, series_name: str, name: str, number: int | None) -> str:
    """How the session's name relates to the series' renamings."""
    if series_name not in resolver.since:
        return ""
    old, first = resolver.since[series_name]
    if name == old and number is not None and number >= first:
        return f"still called {old} after the renaming from session {first}"
    if name == old:
        return f"as {old} (renamed {series_name} from session {first})"
    return f"renamed from {old} (from session {first})"


def renamings(vocab: Vocab | None = None) -> pd.DataFrame:
    """The renamings declared in core/vocab/mechanisms.yaml: old name, new name, from session."""
    mechs = (vocab or load_vocab()).mechanisms
    rows = [{"old": m.name, "new": m.renamed_to, "from_session": m.renamed_from_session} for m in mechs if m.renamed_to]
    return pd.DataFrame(rows, columns=["old", "new", "from_session"])


# --- everything at once ----------------------------------------------------------------------------


def track(
    frames: dict[str, pd.DataFrame],
    today: dt.date | None = None,
    fixes: list[Correction] | None = None,
    vocab: Vocab | None = None,
) -> dict[str, pd.DataFrame]:
    """The frames with the analyst's corrections applied (`fixes`, default: the corrections file),
    plus `followups`, `statuses` and `series`, and `problems` (corrections that matched nothing)."""
    fixes = corrections.read() if fixes is None else fixes
    vocab = vocab or load_vocab()
    fixed, problems = corrections.apply(frames, fixes)
    follow = followups(fixed, vocab)
    status = corrections.apply_statuses(statuses(fixed, follow, today, vocab), fixes)
    return fixed | {
        "followups": follow,
        "statuses": status,
        "series": series(fixed, vocab),
        "problems": pd.DataFrame({"problem": problems}, dtype=str),
    }
