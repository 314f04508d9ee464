"""The vocabularies that date a meeting: sourced office terms (`tenures.yaml`), which offices are
complete and how releases name them (`offices.yaml`), and sourced editions of recurring events
(`editions.yaml`) with the words that name each series (`event_series.yaml`).

Every boundary keeps its precision: a term "from 2011-12" may have begun on any day of December
2011, so it is read as two intervals: `possible` (the widest reading: the person may have held the
office on these days) and `certain` (the narrowest: the person surely held it). A person's term
rules a day out only where another holder's *certain* interval covers it, inside a range over
which `offices.yaml` (after tenures.yaml's header) declares the office complete.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import cached_property

COMPILED = dt.date(2026, 11, 29)  # tenures.yaml and editions.yaml: "Compiled: 2026-11-29"
_EARLIEST, _LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)


@dataclass(frozen=True)
class Term:
    name: str
    keys: frozenset[str]  # folded name and aliases
    country: str
    office: str
    possible: tuple[dt.date, dt.date]
    certain: tuple[dt.date, dt.date] | None
    source: str

    def describe(self) -> str:
        lo, hi = self.possible
        start = "?" if lo == _EARLIEST else self.raw_from
        end = f"at least {COMPILED}" if self.open_end else "?" if hi == _LATEST else self.raw_to
        return f"{self.name} was {self.office} {start} to {end}"

    raw_from: str = ""
    raw_to: str = ""
    open_end: bool = False


@dataclass(frozen=True)
class Office:
    title: str  # key of a title rule
    country: str
    holds: re.Pattern
    complete: tuple[tuple[dt.date, dt.date], ...]
    own: re.Pattern | None = None  # the person's terms that keep a day possible (default: `holds`)

    def keeps(self, term: Term) -> bool:
        return term.country == self.country and bool((self.own or self.holds).search(term.office))

    def holders(self, terms) -> tuple[Term, ...]:
        """The terms of `terms` that are terms of this office."""
        return tuple(t for t in terms if t.country == self.country and self.holds.search(t.office))

    def gaps(self, terms) -> list[tuple[dt.date, dt.date]]:
        """Stretches of the complete ranges that no listed term covers (read widely)."""
        spans = sorted(t.possible for t in self.holders(terms))
        out = []
        for lo, hi in self.complete:
            day = lo
            for start, end in spans:
                if start > day and start <= hi:
                    out.append((day, min(hi, start - dt.timedelta(days=1))))
                if end >= day:
                    day = max(day, end + dt.timedelta(days=1))
            if day <= hi:
                out.append((day, hi))
        return out


@dataclass(frozen=True)
class TitleRule:
    key: str
    pattern: re.Pattern
    exclude: re.Pattern | None

    def names(self, title: str) -> bool:
        return bool(self.pattern.search(title)) and not (self.exclude and self.exclude.search(title))


@dataclass(frozen=True)
class Edition:
    series: str
    edition: int | None
    year: int
    city: str
    start: dt.date | None  # only when the source gives the day
    end: dt.date | None
    cancelled: bool
    source: str
    country: str = ""

    @property
    def places(self) -> list[str]:
        """Every place `city` names, in its brackets too ("Vladivostok (Russky Island)": both)."""
        return [p.strip() for p in re.split(r"\(|\)|/|,| and | & ", self.city) if len(p.strip()) > 3]

    @property
    def host_cities(self) -> list[tuple[str, str]]:
        """(city, country as the source writes it) for the places `city` names outside its brackets
        ("Strasbourg / Kehl" in "France / Germany": each with its own; not "(near Seattle)")."""
        cities = [c.strip() for c in re.split(r"/| and | & ", re.sub(r"\(.*", "", self.city)) if c.strip()]
        countries = [c.strip() for c in self.country.split("/")]
        if len(countries) != len(cities):
            countries = [self.country] * len(cities)
        return list(zip(cities, countries, strict=True))


@dataclass(frozen=True)
class Series:
    name: str
    pattern: re.Pattern
    editions: tuple[Edition, ...]

    @property
    def covered(self) -> set[int]:
        """Years for which the file says where (or whether) the series met."""
        return {e.year for e in self.editions}

    def held_on(self, day: dt.date) -> Edition | None:
        """The edition whose days, or the week before them (a summit's ministerial meetings, the ARF's
        week of foreign ministers' meetings), hold `day`; only an edition whose first day is sourced."""
        return next(
            (
                e
                for e in self.editions
                if e.start and not e.cancelled and e.start - dt.timedelta(days=7) <= day <= (e.end or e.start)
            ),
            None,
        )


@dataclass(frozen=True)
class Dating:
    terms: tuple[Term, ...]
    offices: tuple[Office, ...]
    titles: dict[str, TitleRule]
    countries: dict[str, str]
    series: tuple[Series, ...]
    editions: tuple[Edition, ...] = ()  # every sourced edition, of a series or not

    @cached_property
    def terms_by_key(self) -> dict[str, tuple[Term, ...]]:
        """name key -> the terms listed under it (in file order), for lookups per participant."""
        out: dict[str, list[Term]] = {}
        for term in self.terms:
            for key in term.keys:
                out.setdefault(key, []).append(term)
        return {key: tuple(found) for key, found in out.items()}

    def offices_titled(self, title: str) -> tuple[Office, ...]:
        """The offices whose title rule names `title` ("Minister of Foreign Affairs"), in file order."""
        named = {k for k, rule in self.titles.items() if rule.names(title)}
        return tuple(o for o in self.offices if o.title in named)

    @cached_property
    def holders(self) -> dict[Office, tuple[Term, ...]]:
        """office -> the listed terms of that office (`Office.holders`), built once."""
        return {office: office.holders(self.terms) for office in self.offices}


def name_key(name: str) -> str:
    return _NOT_A_LETTER.sub("", name.casefold())


_NOT_A_LETTER = re.compile(r"[^a-z]")


def _period(value, r, needle) -> tuple[dt.date, dt.date]:
    """First and last day a boundary written as YYYY-MM-DD, YYYY-MM or YYYY can mean."""
    text = str(value)
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", text):
        day = r.date(text, needle)
        return day, day
    if m := re.fullmatch(r"(\d{4})-(\d{2})", text):
        year, month = int(m[1]), int(m[2])
        r.require(1 <= month <= 12, needle, f"{text!r} is not a month")
        return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])
    if re.fullmatch(r"\d{4}", text):
        return dt.date(int(text), 1, 1), dt.date(int(text), 12, 31)
    r.fail(needle, f"{text!r} is not a date (write YYYY-MM-DD, YYYY-MM or YYYY)")


def read_tenures(r) -> tuple[Term, ...]:
    r.require(isinstance(r.data, list), "", "expected a list of office terms")
    out = []
    for spec in r.data:
        name = spec.get("name") if isinstance(spec, dict) else None
        r.require(bool(name), "", "a term has no name")
        for key in ("country", "office", "source"):
            r.require(bool(spec.get(key)), name, f"'{name}': a term needs a {key}")
        starts = None if spec.get("from_unknown") or spec.get("from") is None else _period(spec["from"], r, name)
        open_end = spec.get("to") is None and not spec.get("to_unknown")
        ends = None if spec.get("to_unknown") or spec.get("to") is None else _period(spec["to"], r, name)
        seen = [_period(v, r, name) for v in spec.get("in_office_on") or []]
        possible = (starts[0] if starts else _EARLIEST, ends[1] if ends else _LATEST)
        r.require(possible[0] <= possible[1], name, f"'{name}': a term ends before it starts")
        sure_from = starts[1] if starts else None
        sure_to = ends[0] if ends else COMPILED if open_end else None
        days = [d for lo, hi in seen if lo == hi for d in (lo,)]
        lo = sure_from or min(days, default=None)  # an unknown start: only days a source shows
        hi = sure_to or max(days, default=None)
        certain = (lo, hi) if lo and hi and lo <= hi else None
        keys = frozenset(name_key(n) for n in [name, *(spec.get("aliases") or [])])
        out.append(
            Term(
                name,
                keys,
                spec["country"],
                str(spec["office"]),
                possible,
                certain,
                spec["source"],
                raw_from=str(spec.get("from", "?")),
                raw_to=str(spec.get("to", "?")),
                open_end=open_end,
            )
        )
    return tuple(out)


def _regex(r, text, needle) -> re.Pattern:
    try:
        return re.compile(str(text), re.IGNORECASE)
    except re.error as exc:
        r.fail(needle, f"bad regular expression {text!r} ({exc})")


def read_offices(r) -> tuple[tuple[Office, ...], dict[str, TitleRule], dict[str, str]]:
    r.require(isinstance(r.data, dict), "", "expected 'countries', 'titles' and 'offices'")
    titles = {}
    for key, spec in (r.data.get("titles") or {}).items():
        r.require(isinstance(spec, dict) and spec.get("titles"), key, f"title '{key}' needs 'titles'")
        exclude = _regex(r, spec["not"], key) if spec.get("not") else None
        titles[key] = TitleRule(key, _regex(r, spec["titles"], key), exclude)
    offices = []
    for spec in r.data.get("offices") or r.fail("offices", "'offices' is empty"):
        key = spec.get("title")
        r.require(key in titles, key or "offices", f"office title {key!r} is not under 'titles'")
        ranges = []
        for pair in spec.get("complete") or []:
            r.require(isinstance(pair, list) and len(pair) == 2, key, f"'{key}': a range is [from, to]")
            lo, hi = r.date(pair[0], key), r.date(pair[1], key)
            r.require(lo <= hi, key, f"'{key}': a range ends before it starts")
            ranges.append((lo, hi))
        own = _regex(r, spec["own"], key) if spec.get("own") else None
        offices.append(Office(key, str(spec.get("country")), _regex(r, spec.get("holds"), key), tuple(ranges), own))
    return tuple(offices), titles, {str(k): str(v) for k, v in (r.data.get("countries") or {}).items()}


def read_editions(r) -> tuple[Edition, ...]:
    r.require(isinstance(r.data, list), "", "expected a list of event editions")
    editions = []
    for spec in r.data:
        name = spec.get("event") if isinstance(spec, dict) else None
        r.require(bool(name), "", "an edition has no event name")
        if "rule" in spec:  # a numbering rule, stated in words; the series file encodes it
            continue
        r.require(isinstance(spec.get("year"), int), name, f"'{name}': an edition needs a year")
        r.require(bool(spec.get("source")), name, f"'{name}' {spec['year']}: an edition needs a source")
        start = r.date(spec["start"], name) if re.fullmatch(r"\d{4}-\d\d-\d\d", str(spec.get("start"))) else None
        end = r.date(spec["end"], name) if re.fullmatch(r"\d{4}-\d\d-\d\d", str(spec.get("end"))) else start
        edition = spec.get("edition")
        editions.append(
            Edition(
                name,
                int(edition) if edition is not None else None,
                spec["year"],
                str(spec.get("city") or ""),
                start,
                end,
                bool(spec.get("cancelled")),
                spec["source"],
                str(spec.get("country") or ""),
            )
        )
    return tuple(editions)


def read_series(s, editions: tuple[Edition, ...]) -> tuple[Series, ...]:
    s.require(isinstance(s.data, list), "", "expected a list of event series")
    out = []
    for spec in s.data:
        name = spec.get("series") if isinstance(spec, dict) else None
        s.require(bool(name), "", "a series has no name")
        members = set(spec.get("editions") or [])
        found = tuple(e for e in editions if e.series in members)
        s.require(bool(found), name, f"series '{name}': no edition in editions.yaml is one of {sorted(members)}")
        pattern = spec.get("pattern")
        if spec.get("leaders"):
            pattern = f"(?:{pattern}){_NOT_ITS_MINISTERS}"
        out.append(Series(name, _regex(s, pattern, name), found))
    return tuple(out)


# a leaders' series named as the meeting of its ministers or officials ("the G20 Foreign Ministers'
# Meeting", "the NATO Defence and Foreign Ministers' Meeting", "the APEC Senior Officials' Meeting"):
# the words after its name, up to three, are none of a summit's ("the NATO Summit where foreign
# ministers met" is the summit)
_NOT_ITS_MINISTERS = (
    r"(?!(?:\s+(?!summit\b|leaders|where\b|and\s+the\b)[\w’'-]+){0,3}\s+"
    r"(?:ministers|ministerial|senior\s+officials|sherpas?|deputies|working\s+group))"
)
