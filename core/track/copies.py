"""Copies of one release: the same page saved twice (a line added or cut, an older page template).

Two releases are copies when they share a title, or a mechanism session (meeting date,
counterpart, mechanism and number), and their texts are at least `SIMILAR`% the same (rapidfuzz
ratio). The first loaded is kept; the other's rows leave every frame, so the meeting counts once,
and an `errors` row names the pair (`said`/`pairs` write and read it) for the upload report and
the review page. To keep the other copy, drop the kept one with a correction: the pair is then no
longer a pair, and the other stays.
"""

from __future__ import annotations

import re

import pandas as pd
from rapidfuzz import fuzz

from core.vocab import fold

SIMILAR = 90  # rapidfuzz ratio (0-100) of two texts above which they are one release
_SAID = re.compile(r"^a copy of release (?P<kept>[0-9a-f]{16}) \((?P<score>\d+)% the same text\)")


def find(releases: pd.DataFrame, new: set[str] | None = None) -> pd.DataFrame:
    """Pairs of copies: release_id (the later copy), copy_of (the release kept), similarity (0-1).
    With `new`, the releases just added after the others, only their pairs are compared: the others
    were compared with each other when they were loaded, and what is left of them holds no copies."""
    if len(releases) < 2:
        return pd.DataFrame(columns=["release_id", "copy_of", "similarity"])
    keys = [releases["title"].map(fold)]
    session = releases[["meeting_date", "counterpart", "mechanism", "session_number"]]
    parts = [session[c].astype("string").fillna("") for c in session.columns]
    keys.append(parts[0].str.cat(parts[1:], sep="|").where(session.notna().all(axis=1)))
    rows, gone = [], set()
    text = dict(zip(releases["release_id"], releases["text"], strict=True))
    added = None if new is None else releases["release_id"].isin(new).to_numpy()
    for key in keys:
        holds_new = slice(None) if added is None else key.isin(set(key[added].dropna())).to_numpy()
        for _, group in releases[holds_new].groupby(key[holds_new].values, sort=False, dropna=True):
            ids = [i for i in group["release_id"] if i not in gone]
            for n, later in enumerate(ids[1:], 1):
                if new is not None and later not in new:
                    continue
                for kept in ids[:n]:
                    score = fuzz.ratio(text[kept], text[later], score_cutoff=SIMILAR)  # 0 below it
                    if kept not in gone and score >= SIMILAR:
                        rows.append({"release_id": later, "copy_of": kept, "similarity": score / 100})
                        gone.add(later)
                        break
    return pd.DataFrame(rows, columns=["release_id", "copy_of", "similarity"])


def said(pair: pd.Series, title: str) -> str:
    """The errors row's problem for a copy that was left out."""
    return (
        f"a copy of release {pair['copy_of']} ({pair['similarity']:.0%} the same text) “{title}”: "
        "the meeting counts once; to keep this copy instead, drop the other with a correction"
    )


def pairs(errors: pd.DataFrame) -> pd.DataFrame:
    """The copies left out, read back from `errors`: source, copy_of, similarity."""
    found = errors["problem"].str.extract(_SAID)
    hit = found["kept"].notna()
    return pd.DataFrame(
        {
            "source": errors.loc[hit, "source"],
            "copy_of": found.loc[hit, "kept"],
            "similarity": found.loc[hit, "score"].astype(int) / 100,
        }
    ).reset_index(drop=True)


def without_copies(
    frames: dict[str, pd.DataFrame], found: pd.DataFrame | None = None
) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """`frames` without the later copy of each pair (`found`: what `find` finds in its releases,
    when already known), its rows gone from every frame, and an errors row for each copy left out."""
    found = find(frames["releases"]) if found is None else found
    if found.empty:
        return frames, []
    gone = set(found["release_id"])
    releases = frames["releases"].set_index("release_id")
    problems = [
        {"source": releases.at[p["release_id"], "source"], "problem": said(p, releases.at[p["copy_of"], "title"])}
        for _, p in found.iterrows()
    ]
    out = {
        name: df if name == "errors" or "release_id" not in df.columns else df[~df["release_id"].isin(gone)]
        for name, df in frames.items()
    }
    return {name: df.reset_index(drop=True) for name, df in out.items()}, problems
