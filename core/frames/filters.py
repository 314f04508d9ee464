"""One filter for every view: a `Filters` value and `apply(frames, filters) -> frames`.

Pure pandas, no Streamlit: the dashboard's sidebar and the CLI build the same `Filters` and get the
same frames. Releases are filtered first; every other frame keeps the rows of the kept releases
(the `errors` frame is passed through untouched). A topic filter also narrows the `areas` rows and
the commitments to the chosen areas, so each view answers "what about energy?" the same way.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, fields, replace

import pandas as pd


@dataclass(frozen=True)
class Filters:
    """What to keep. Empty tuples and `None` mean "no filter" on that field."""

    years: tuple[int, int] | None = None
    areas: tuple[str, ...] = ()
    mechanisms: tuple[str, ...] = ()
    levels: tuple[str, ...] = ()
    formats: tuple[str, ...] = ()
    counterparts: tuple[str, ...] = ()
    search: str = ""

    def active(self) -> bool:
        return self != Filters()

    def set_fields(self) -> tuple[str, ...]:
        """The names of the fields that filter something, in declaration order."""
        return tuple(f.name for f in fields(self) if getattr(self, f.name) != getattr(Filters(), f.name))

    def without(self, field: str) -> Filters:
        """The same filter with `field` cleared."""
        return replace(self, **{field: getattr(Filters(), field)})

    def slug(self) -> str:
        """A short file-name-safe description, e.g. `2018-2020_energy_minister_q-arctic`."""
        parts = [f"{self.years[0]}-{self.years[1]}"] if self.years else []
        for field in ("areas", "mechanisms", "levels", "formats", "counterparts"):
            parts += ["+".join(getattr(self, field))] if getattr(self, field) else []
        parts += [f"q-{self.search}"] if self.search.strip() else []
        clean = [re.sub(r"[^A-Za-z0-9+.-]+", "-", p).strip("-") for p in parts]
        return "_".join(p for p in clean if p)[:120] or "all"

    def describe(self) -> str:
        """The active filters in words, for captions ('all releases' when none)."""
        words = [f"{self.years[0]}–{self.years[1]}"] if self.years else []
        for f in fields(self):
            value = getattr(self, f.name)
            if f.name != "years" and isinstance(value, tuple) and value:
                words.append(f"{f.name}: {', '.join(value)}")
        words += [f"search: “{self.search.strip()}”"] if self.search.strip() else []
        return " · ".join(words) or "all releases"


def year_span(releases: pd.DataFrame) -> tuple[int, int] | None:
    """First and last year of a known meeting date, or None when no date is known."""
    years = releases["meeting_date"].dropna().dt.year
    return (int(years.min()), int(years.max())) if len(years) else None


def contains_all(texts: pd.Series, query: str) -> pd.Series:
    """True where every word of `query` occurs in the text, ignoring case."""
    mask = pd.Series(True, index=texts.index)
    lowered = texts.fillna("").astype(str).str.lower()
    for word in query.lower().split():
        mask &= lowered.str.contains(word, regex=False)
    return mask


def search(df: pd.DataFrame, query: str, columns: list[str]) -> pd.DataFrame:
    """Rows of `df` where every word of `query` occurs in one of `columns` (lists are joined);
    the columns and dtypes of `df` are kept, whatever matches."""
    if not query.strip() or df.empty:
        return df
    joined = df[columns].map(_cell_text)
    return df.loc[contains_all(joined.agg(" ".join, axis=1), query)]


def _cell_text(value: object) -> str:
    if isinstance(value, str):
        return value
    if pd.api.types.is_list_like(value):
        return "; ".join(map(str, value))
    return "" if pd.isna(value) else str(value)


def _releases(frames: dict[str, pd.DataFrame], f: Filters) -> pd.DataFrame:
    r = frames["releases"]
    keep = pd.Series(True, index=r.index)
    if f.years:
        year = r["meeting_date"].dt.year
        keep &= year.between(*f.years)
    for field, column in (
        ("mechanisms", "mechanism"),
        ("levels", "level"),
        ("formats", "format"),
        ("counterparts", "counterpart"),
    ):
        if getattr(f, field):
            keep &= r[column].isin(getattr(f, field))
    if f.areas:
        areas = frames["areas"]
        keep &= r["release_id"].isin(areas.loc[areas["area"].isin(f.areas), "release_id"])
    if f.search.strip():
        keep &= contains_all(r["title"] + "\n" + r["text"], f.search)
    return r[keep]


def apply(frames: dict[str, pd.DataFrame], f: Filters) -> dict[str, pd.DataFrame]:
    """The frames restricted to what `f` keeps. Input frames are not modified."""
    releases = _releases(frames, f)
    ids = set(releases["release_id"])
    out = {"releases": releases.reset_index(drop=True)}
    for name, df in frames.items():
        if name in ("releases", "errors"):
            out[name] = out.get(name, df)
            continue
        kept = df[df["release_id"].isin(ids)]
        if f.areas and name == "areas":
            kept = kept[kept["area"].isin(f.areas)]
        if f.areas and name == "commitments":
            kept = kept.loc[kept["areas"].map(lambda a: bool(set(a) & set(f.areas))).astype(bool)]
        out[name] = kept.reset_index(drop=True)
    return out


def emptied_by(frames: dict[str, pd.DataFrame], f: Filters) -> tuple[str, ...]:
    """When `f` keeps no release of a non-empty corpus, the fields each of which, cleared alone,
    brings releases back; empty when no single field does (then only clearing several helps)."""
    if frames["releases"].empty or not _releases(frames, f).empty:
        return ()
    return tuple(name for name in f.set_fields() if not _releases(frames, f.without(name)).empty)
