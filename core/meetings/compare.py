"""A meeting's accounts side by side: who each names, the areas each covers, what each reports as
agreed or asked, and what only one side says. Pure frames in, frames out (the meeting page and the
chart builder use them)."""

from __future__ import annotations

from pathlib import PurePath

import pandas as pd
from rapidfuzz import fuzz

from core.vocab import Vocab

SIMILAR = 60  # token-set similarity (0-100) above which two commitments say the same thing
COPY = "a copy"


def meetings(releases: pd.DataFrame) -> pd.DataFrame:
    """One row per meeting with more than one account: meeting_id, date, title (of its first
    account), number of accounts, and their publishers."""
    several = releases[releases.duplicated("meeting_id", keep=False)]
    if several.empty:
        return pd.DataFrame(columns=["meeting_id", "meeting_date", "title", "accounts", "publishers"])
    preferred = several.assign(_en=several.language.ne("en"), _rok=several.publisher.ne("ROK MOFA"))
    preferred = preferred.sort_values(["_en", "_rok"], kind="stable")
    first = preferred.drop_duplicates("meeting_id").set_index("meeting_id")
    grouped = several.groupby("meeting_id", sort=False)
    out = pd.DataFrame(
        {
            "meeting_date": grouped.meeting_date.min(),
            "title": first.title,
            "accounts": grouped.size(),
            "publishers": grouped.publisher.agg(lambda s: ", ".join(dict.fromkeys(s))),
        }
    )
    return out.reset_index().sort_values("meeting_date", na_position="last").reset_index(drop=True)


def accounts_of(releases: pd.DataFrame, meeting_id: str) -> pd.DataFrame:
    """The accounts of one meeting, copies of one release shown as one (the longest text kept,
    the other copies' sources in `copies`); each has a short `label` (publisher, language)."""
    rows = releases[releases.meeting_id.eq(meeting_id)].copy()
    rows["copy"] = rows.link_reason.str.startswith(COPY)
    rows["length"] = rows.text.str.len()
    kept = rows[~rows["copy"]]
    copies = rows[rows["copy"]].sort_values("length", ascending=False)
    if not copies.empty:
        kept = pd.concat([kept, copies.iloc[[0]]])
    kept = kept.assign(
        copies=[
            ", ".join(copies.source[copies.release_id.ne(r)]) if c else ""
            for r, c in zip(kept.release_id, kept["copy"], strict=True)
        ]
    )
    kept = kept.assign(_rok=kept.publisher.ne("ROK MOFA"), _unnamed=kept.publisher.eq("unknown"))
    kept = kept.sort_values(["_rok", "_unnamed"], kind="stable").drop(columns=["_rok", "_unnamed"])
    labels, seen = [], {}
    for pub, lang, source in zip(kept.publisher, kept.language, kept.source, strict=True):
        name = pub if pub != "unknown" else f"unnamed ({PurePath(source).name})"
        label = name if lang == "en" else f"{name} ({lang})"
        seen[label] = seen.get(label, 0) + 1
        labels.append(label if seen[label] == 1 else f"{label} #{seen[label]}")
    return kept.assign(label=labels).drop(columns=["copy", "length"]).reset_index(drop=True)


def participants_by_account(accs: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab) -> pd.DataFrame:
    """Who each account names as taking part, as it names them: an English account's participants,
    and in a text not in English the spellings it uses of the people the others name."""
    english = participants[participants.release_id.isin(accs.release_id) & participants.role.eq("participant")]
    label = dict(zip(accs.release_id, accs.label, strict=True))
    rows = [
        {"account": label[r.release_id], "name": r.name, "title": r.title, "country": r.country}
        for r in english.itertuples()
    ]
    people = dict.fromkeys(english.name)
    countries = dict(zip(english.name, english.country, strict=True))
    for acc in accs[accs.language.ne("en")].itertuples():
        for person in people:
            spelled = next((s for s in vocab.spellings.get(person, ()) if s in acc.text), None)
            if spelled:
                rows.append(
                    {"account": acc.label, "name": f"{spelled} ({person})", "title": None, "country": countries[person]}
                )
    return pd.DataFrame(rows, columns=["account", "name", "title", "country"])


def areas_by_account(accs: pd.DataFrame, areas: pd.DataFrame) -> pd.DataFrame:
    """Mentions of each area in each English account (rows: area; columns: account labels), with
    `only_in`: the one account that covers the area when only one does."""
    english = accs[accs.language.eq("en")]
    label = dict(zip(english.release_id, english.label, strict=True))
    a = areas[areas.release_id.isin(label)]
    if a.empty:
        return pd.DataFrame(columns=["area", *english.label, "only_in"])
    table = a.assign(account=a.release_id.map(label)).pivot_table(
        index="area", columns="account", values="mentions", aggfunc="sum", fill_value=0
    )
    table = table.reindex(columns=list(english.label), fill_value=0)
    covering = (table > 0).sum(axis=1)
    only = [
        table.columns[row.to_numpy() > 0][0] if n == 1 and len(table.columns) > 1 else ""
        for (_, row), n in zip(table.iterrows(), covering, strict=True)
    ]
    table = table.assign(only_in=only).sort_values(list(english.label)[:1] or ["only_in"], ascending=False)
    return table.reset_index()


def commitments_by_account(accs: pd.DataFrame, commitments: pd.DataFrame) -> pd.DataFrame:
    """Each English account's commitments, with `only_here` True when no other account reports
    anything like it (token-set similarity below SIMILAR against every other account's)."""
    label = dict(zip(accs.release_id, accs.label, strict=True))
    c = commitments[commitments.release_id.isin(label)]
    cols = ["account", "kind", "actor", "text", "only_here", "closest", "evidence"]
    if c.empty:
        return pd.DataFrame(columns=cols)
    others_count = accs.language.eq("en").sum() - 1
    rows = []
    for r in c.itertuples():
        others = c[c.release_id.ne(r.release_id)]
        scores = [fuzz.token_set_ratio(r.text, t) for t in others.text]
        best = max(scores, default=0)
        closest = others.text.iloc[scores.index(best)] if scores else None
        rows.append(
            {
                "account": label[r.release_id],
                "kind": r.kind,
                "actor": r.actor,
                "text": r.text,
                "only_here": bool(others_count > 0 and best < SIMILAR),
                "closest": closest if best >= SIMILAR else None,
                "evidence": r.evidence,
            }
        )
    return pd.DataFrame(rows, columns=cols)
