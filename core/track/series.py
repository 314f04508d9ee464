"""Mechanism series: each recurring mechanism as numbered sessions with dates, gaps, renamings and
cadence, one series per mechanism and counterpart."""

from __future__ import annotations

import pandas as pd

from core.frames.schema import empty, enforce
from core.track.listed_dates import listed_sessions
from core.track.things import Resolver, release_dates, when_of
from core.vocab import Vocab, load_vocab


def series(frames: dict[str, pd.DataFrame], resolver: Resolver | None = None) -> pd.DataFrame:
    """Every session of each recurring mechanism in the releases (meeting types excluded), one
    series per mechanism and counterpart across spellings and renamings, with the numbers missing between them
    (and before them, when a release lists earlier sessions), dated when a release lists them."""
    resolver = resolver or Resolver.of()
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
        sessions = group.assign(when=when_of(group["release_id"], dates))
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
