"""Things to follow: every event, project, agreement or mechanism name resolves to one canonical
"thing" (`Resolver`: YAML aliases, then rapidfuzz for spelling variants, then renamings), and
where releases name them (`mentions`), dated by `release_dates`."""

from __future__ import annotations

import re

import pandas as pd
from rapidfuzz import fuzz, process

from core.vocab import Vocab, fold, load_vocab

FUZZY_CUTOFF = 90  # rapidfuzz ratio (0-100) above which two folded names are the same thing


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
        self.files = {fold(a): "entities.yaml" for a in vocab.entities}
        self.files |= {fold(a): "mechanisms.yaml" for m in vocab.mechanisms for a in (m.name, *m.aliases)}
        spelled = [*vocab.entities, *(n for _, n in vocab.entities.values())]
        spelled += [a for m in vocab.mechanisms for a in (m.name, *m.aliases)]
        self.aliases: dict[str, list[str]] = {}
        for alias in sorted(set(spelled), key=len, reverse=True):  # the longest name found wins
            self.aliases.setdefault(self.thing(alias), []).append(alias)

    @classmethod
    def of(cls, vocab: Vocab | None = None) -> Resolver:
        """A resolver of `vocab` (default: the current vocabulary)."""
        return cls(vocab or load_vocab())

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

    def named_as(self, thing: str, text: str) -> str | None:
        """The words of `text` that name `thing` (its longest alias found there), or None."""
        for alias in self.aliases.get(thing, [thing]):
            pattern = r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", alias))
            if m := re.search(rf"(?<!\w){pattern}(?!\w)", text, re.IGNORECASE):
                return m.group()
        return None

    def how(self, thing: str, *texts: str) -> str:
        """How the names in `texts` (a promise, a report) were matched to `thing`, in plain words."""
        names = [self.named_as(thing, t) for t in texts]
        if not all(names):
            return f"both name {thing} (matched by spelling, rapidfuzz ratio ≥ {FUZZY_CUTOFF})"
        if len({fold(n) for n in names}) == 1:
            return f"both name “{names[0]}”"
        files = sorted({self.files.get(fold(n), "") for n in names} - {""})
        where = f" in core/vocab/{' and '.join(files)}" if files else ""
        renamed = f" (renamed from {self.since[thing][0]})" if thing in self.since else ""
        quoted = " and ".join(f"“{n}”" for n in names)
        return f"{quoted} are names of {thing}{renamed}{where}"


def labels(releases: pd.DataFrame) -> pd.Series:
    """release_id -> 'YYYY-MM-DD · title' (meeting date, else published, else 'undated'): how
    tables name a release."""
    when = release_dates(releases)["when"]
    day = when.map(lambda d: "undated" if pd.isna(d) else d.strftime("%Y-%m-%d"))
    return pd.Series((day + " · " + releases["title"].values).values, index=releases["release_id"].values)


def release_dates(releases: pd.DataFrame) -> pd.DataFrame:
    """release_id -> `when` (meeting date, else published) and `when_basis`."""
    when = releases["meeting_date"].fillna(releases["published"])
    basis = pd.Series("meeting date", index=releases.index).where(releases["meeting_date"].notna(), "published")
    basis = basis.where(when.notna(), "undated")
    return pd.DataFrame({"when": when.values, "when_basis": basis.values}, index=releases["release_id"].values)


def when_of(release_ids: pd.Series, dates: pd.DataFrame) -> pd.Series:
    """The `when` of each release id (dates from `release_dates`), a datetime column even when
    there is no row (Series.map then casts to float)."""
    return pd.Series(dates["when"].reindex(release_ids.to_numpy()).to_numpy(), index=release_ids.index, name="when")


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
            first = r.session_number == 1
            rows.append(
                {"release_id": r.release_id, "thing": resolver.thing(r.mechanism), "sentence": lead, "session": True}
                | {"first": first}
            )
    out = pd.DataFrame(rows, columns=["release_id", "thing", "sentence", "session", "first"])
    out["first"] = out["first"].eq(True)  # NaN where nothing was looked up: not a first session
    return out.drop_duplicates(["release_id", "thing", "sentence"], keep="last")


def commitment_things(commitments: pd.DataFrame, resolver: Resolver) -> pd.Series:
    """commitment_id -> the sorted things its clause names."""
    things = commitments["entities"].map(lambda names: sorted({resolver.thing(n) for n in names}))
    return pd.Series(things.values, index=commitments["commitment_id"].values)
