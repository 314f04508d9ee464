"""Which years a meeting can fall in: one candidate set per kind of evidence, each with its reason.

A release that names a month and a day leaves the year to the reader. Each finder of `RULES`
returns the years one kind of evidence leaves possible (a `Constraint`), or nothing when the text
gives none of it. `core.extract.dates` intersects them: a date only when exactly one year remains.

Office terms come from `tenures.yaml` (sourced). A term rules a year out only for an office that
`offices.yaml` declares complete over that time, and only on days another listed holder's term
covers (the list is continuous there); the person's own boundaries are read widely (see
`core.vocab.dating`), so a missing term, a gap, or a boundary known to the month only rules
nothing out.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

from core.ingest.clean import CleanRelease
from core.ingest.prefilter import PatternSet, Prefiltered, prefiltered
from core.vocab import Vocab
from core.vocab.dating import Edition, Office, Term, name_key

FIRST_YEAR = 1990
MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def universe(last: int = 0) -> frozenset[int]:
    """Every year a release may be dated in: 1990 up to this year (or `last`, if later)."""
    return frozenset(range(FIRST_YEAR, max(dt.date.today().year, last) + 1))


@dataclass(frozen=True)
class Constraint:
    basis: str
    years: frozenset[int]  # the years this evidence leaves possible
    reason: str  # in plain words


@dataclass(frozen=True)
class Meeting:
    """What the finders look at: the release, the meeting's month and day, who took part."""

    release: CleanRelease
    vocab: Vocab
    month: int
    day: int
    weekday: str | None
    year: int | None  # a year written with the month and day
    sentence: str
    opening: tuple[str, ...]  # the opening's statements (the title first)
    participants: tuple  # core.extract.people.Person, participants only
    counterpart: str
    event: tuple | None  # what dates.known_event found

    def on(self, year: int) -> dt.date:
        """The meeting's day in `year` (29 February is 28 February in other years)."""
        try:
            return dt.date(year, self.month, self.day)
        except ValueError:
            return dt.date(year, self.month, 28)

    @cached_property
    def years(self) -> frozenset[int]:
        """The years to choose from: `universe()`, up to the year after the Date line's (a meeting
        announced ahead) or a later year the text writes with the date (worked out once: every
        finder asks)."""
        pub = self.release.published
        return universe(max(pub.year + 1 if pub else 0, self.year or 0))

    @cached_property
    def days(self) -> tuple[list[int], list[dt.date]]:
        """The `years` in order, and the meeting's day in each (the day moves with the year)."""
        ordered = sorted(self.years)
        return ordered, [self.on(y) for y in ordered]

    @property
    def day_text(self) -> str:
        return f"{MONTH_NAMES[self.month - 1]} {self.day}"


def years_text(years) -> str:
    """'2018', '2018 or 2019', '2006, 2017 or 2023', '1990–2004, 2008 or 2013', 'any year from 1990
    to 2026' (runs of three years or more are written as ranges)."""
    ys = sorted(years)
    if not ys:
        return "no year"
    if len(ys) > 6 and ys == list(range(ys[0], ys[-1] + 1)):
        return f"any year from {ys[0]} to {ys[-1]}"
    runs: list[list[int]] = []
    for y in ys:
        if runs and y == runs[-1][-1] + 1:
            runs[-1].append(y)
        else:
            runs.append([y])
    parts = [f"{r[0]}–{r[-1]}" if len(r) > 2 else ", ".join(map(str, r)) for r in runs]
    text = ", ".join(parts)
    head, _, last = text.rpartition(", ")
    return f"{head} or {last}" if head else text


def parse_years(text: str) -> frozenset[int]:
    """The years `years_text` wrote."""
    if m := re.fullmatch(r"any year from (\d{4}) to (\d{4})", text):
        return frozenset(range(int(m[1]), int(m[2]) + 1))
    out: set[int] = set()
    for first, last in re.findall(r"(\d{4})(?:–(\d{4}))?", text):
        out.update(range(int(first), int(last or first) + 1))
    return frozenset(out)


def _within(m: Meeting, keep: Callable[[dt.date], bool]) -> frozenset[int]:
    ordered, days = m.days
    return frozenset(y for y, day in zip(ordered, days, strict=True) if keep(day))


# --- the finders --------------------------------------------------------------------------------


def stated(m: Meeting) -> list[Constraint]:
    if m.year is None:
        return []
    return [Constraint("stated", frozenset({m.year}), f"the text gives the year: {m.day_text}, {m.year}")]


DATE_LINE_BEFORE, DATE_LINE_AFTER = 300, 60  # days: a release reports a meeting after it, or announces it


def date_line(m: Meeting) -> list[Constraint]:
    pub = m.release.published
    if pub is None:
        return []
    lo, hi = pub - dt.timedelta(days=DATE_LINE_BEFORE), pub + dt.timedelta(days=DATE_LINE_AFTER)
    years = _within(m, lambda d: lo <= d <= hi)
    window = f"within {DATE_LINE_BEFORE} days before or {DATE_LINE_AFTER} after it"
    if not years:
        return [Constraint("date_line", years, f"the page is dated {pub}, and {m.day_text} of no year is {window}")]
    return [
        Constraint("date_line", years, f"the page is dated {pub}, and {m.day_text} in {years_text(years)} is {window}")
    ]


def known_event(m: Meeting) -> list[Constraint]:
    if m.event is None:
        return []
    name, year, span, phrase, _ = m.event
    if span is not None and not span[0] - HOST_DAYS <= m.on(year) <= span[1] + HOST_DAYS:
        return []  # the meeting is not held at it (an event recalled or planned): its year says nothing
    if span is None and not any(
        phrase in t
        and any(
            0 <= t.find(phrase, c.end()) - c.end() <= 40 and not _planned_attendance(t, c) for c in _HOST.finditer(t)
        )
        for t in m.opening
    ):
        return []  # a year from the numbering alone, of an event the meeting is not said to be held at
    for sentence in m.opening:
        if phrase in sentence and (beside := _beside_event(sentence, m.vocab)) and year not in beside.years:
            return []  # "the 4th Eastern Economic Forum last year": year_in_text reads it
    return [Constraint("known_event", frozenset({year}), f"the {phrase} was in {year} ({name})")]


HOST_DAYS = dt.timedelta(days=60)


# the words of "on the sidelines of" an event: one home for every reader of host events
SIDELINES_WORDS = r"sidelines?|side-lines?|side lines?|margins?|fringes?"  # written out: a quick test looks for "sideline", not "side"
_HOST = prefiltered(
    rf"\b(?:(?:on|in) (?:the )?(?:{SIDELINES_WORDS}|occasion) of|(?:while |to )?attend(?:s|ing)?|in the course of)\s+"
    r"(?:(?:his|her|their|the)\s+(?:participation in\s+(?:the\s+)?)?)?",
    re.I,
)
_INVITED = prefiltered(
    r"\b(?:invit\w*|ask\w*|request\w*|urg\w*|will|would|plans?|planning|hopes?|hoping|agreed|decided|expected|"
    r"welcom\w*|looks? forward|looking forward)\b[^.;]{0,40}$",
    re.I,
)


def _planned_attendance(sentence: str, cue: re.Match) -> bool:
    """'invited President Moon to attend the Eastern Economic Forum 2018', 'will attend …': an
    attendance asked for or planned, not the event the meeting was held at."""
    return cue.group(0).lower().lstrip().startswith(("to ", "attend")) and bool(
        _INVITED.search(sentence[: cue.start()])
    )


_EVENT_YEAR = re.compile(
    r"(?:[A-Z][\w'-]*\s+){0,5}(?:Conference|Summit|Forum|Games|Olympics|Expo|Leaders' Meeting)\s+((?:19|20)\d\d)\b|"
    r"((?:19|20)\d\d)\s+(?:[A-Z][\w-]*\s+){0,4}(?:Conference|Summit|Forum|Games|Olympics)\b"
)


def event_place(m: Meeting) -> list[Constraint]:
    """A recurring event the meeting was held at ("on the sidelines of", "on the occasion of",
    "attending", "during" right before its name), with its year ("Munich Security Conference
    2019") or its host city (named near it) beside it. An event merely mentioned says nothing."""
    out = []
    for sentence in m.opening:
        for cue in _HOST.finditer(sentence):
            if _planned_attendance(sentence, cue):
                continue
            after = sentence[cue.end() : cue.end() + 80]
            if y := _EVENT_YEAR.match(after):
                year = int(y.group(1) or y.group(2))
                reason = f"the meeting was held at the “{y.group(0)}”"
                out.append(Constraint("event_place", frozenset({year}), reason))
                continue
            near = sentence[max(0, cue.start() - 80) : cue.end() + 160]
            for series, pattern in series_patterns(m.vocab).could_match(after):
                if (named := pattern.search(after)) is None or named.start() > 40:
                    continue
                held = [e for e in series.editions if e.city and _names_city(near, e)]
                if held:
                    out.append(_held_in(m, series, held))
    return list({c.reason: c for c in out}.values())


def event_patterns(vocab: Vocab) -> PatternSet:
    """(event of events.yaml, its pattern with the quick test in front), built once per vocabulary."""
    return vocab.cached("event_patterns", lambda: PatternSet((e, Prefiltered(e.pattern)) for e in vocab.events))


def series_patterns(vocab: Vocab) -> PatternSet:
    """(series of event_series.yaml, its pattern with the quick test in front), built once per vocabulary."""
    return vocab.cached("series_patterns", lambda: PatternSet((s, Prefiltered(s.pattern)) for s in vocab.dating.series))


def _held_in(m: Meeting, series, held) -> Constraint:
    fits = {
        e.year
        for e in held
        if not e.cancelled
        and (e.start is None or e.start - dt.timedelta(days=10) <= m.on(e.year) <= e.end + dt.timedelta(days=10))
    }
    return Constraint(
        "event_place",
        frozenset(fits) | (m.years - series.covered),
        f"the {series.name} met in {held[0].city} in {years_text(fits) if fits else 'no year near ' + m.day_text}"
        f" among the years the reference covers ({years_text(series.covered)})",
    )


def _names_city(sentence: str, edition: Edition) -> bool:
    # a city glued to the word before it by a copied page ("met … inSingapore") is still named
    return any(re.search(rf"(?:\b|(?<=[a-z])){re.escape(p)}\b", sentence) for p in edition.places)


def office_holder(m: Meeting) -> list[Constraint]:
    dating = m.vocab.dating
    every = m.years
    out = []
    for person in m.participants:
        title = (person.title or "").strip()
        if not title or not person.holds_title:
            continue  # "Former (or Incoming) Foreign Minister Yun Byung-se": his term is not the meeting's time
        key = name_key(person.name)
        terms = dating.terms_by_key.get(key, ())
        if not terms:
            continue
        # the person's full name is listed: their country is the term's
        titled = m.vocab.remembered("offices_titled", title, dating.offices_titled)  # titles repeat
        offices = [o for o in titled if any(o.keeps(t) for t in terms)]
        if not offices:
            continue
        years: set[int] = set()
        held: list[Term] = []
        ordered, days = m.days
        for office in offices:
            own = [t for t in terms if office.keeps(t)]
            held += own
            names = {t.name for t in own}
            others = [t.possible for t in dating.holders[office] if t.name not in names]
            widened = [(t.possible[0] - _ONE_DAY, t.possible[1] + _ONE_DAY) for t in own]
            years |= every - _ruled_out(office, widened, others, ordered, days)
        if years == set(every):
            continue
        spans = " and ".join(t.describe() for t in held)
        out.append(Constraint("office_holder", frozenset(years), f"{spans} (as “{title}”)"))
    return out


_ONE_DAY = dt.timedelta(days=1)


def _ruled_out(
    office: Office,
    own: list[tuple[dt.date, dt.date]],
    others: list[tuple[dt.date, dt.date]],
    years: list[int],
    days: list[dt.date],
) -> set[int]:
    """The `years` whose meeting day (`days`, in the same order) lies in a range over which the
    office's list of holders is declared complete, outside every term of the person (`own`: read
    widely, and a day more each way for sources that differ by one), and inside another holder's
    term (`others`: their terms read widely): the list is continuous there, so the office was held
    by someone listed, and the person is not listed for that day. Where no listed term covers a day
    (a vacancy, an acting holder not listed, a gap), nothing is ruled out."""
    return (_covered(office.complete, years, days) & _covered(others, years, days)) - _covered(own, years, days)


def _covered(spans, years: list[int], days: list[dt.date]) -> set[int]:
    """The `years` whose day (`days`, ascending) lies in one of `spans` (first day, last day):
    each span picks its run of days by bisection."""
    out: set[int] = set()
    for lo, hi in spans:
        out.update(years[bisect_left(days, lo) : bisect_right(days, hi)])
    return out


WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def weekday(m: Meeting) -> list[Constraint]:
    if not m.weekday:
        return []
    years = frozenset(y for y in m.years if WEEKDAYS[m.on(y).weekday()] == m.weekday and m.on(y).day == m.day)
    return [Constraint("weekday", years, f"{m.day_text} was a {m.weekday} in {years_text(years)}")]


_YEAR = re.compile(r"(?:19|20)\d\d")  # what every pattern naming a year needs
_PIN_RE = prefiltered(
    r"((?:19|20)\d\d), which marks|"  # not "in the year 2015" alone: it may be history
    r"(?<!will )(?<!to )marks? in ((?:19|20)\d\d)|first [^.;]{0,80}? in ((?:19|20)\d\d) (?:served|serves|is)\b|"
    r"this year[,(\s]+\(?((?:19|20)\d\d)|((?:19|20)\d\d)\s*\(this year\)|"
    r"((?:19|20)\d\d),? marking the \d{1,3}(?:st|nd|rd|th) anniversary|"  # "with the year 2015 marking the 50th …"
    # "was the first of its kind in 2015", "is the first foreign ministers' meeting in 2019": the meeting's own
    # year (not "was the first country to sign … in 2012", nor "the first … since … in 2012")
    r"(?:is|was) the first (?:(?!since|after|before|following|\bto\b|who|which|that)[^.;]){0,30}?"
    r"\b(?:meeting|visit|talks|consultation|dialogue|session|round|summit|of its kind)\b"
    r"(?:(?!since|after|before|following|\bto\b|who|which|that)[^.;]){0,20}?\bin ((?:19|20)\d\d)\b(?!\s*(?:-|–|to|and)\s*\d)",
    re.I,
)
_AHEAD_OF = prefiltered(  # "agreed to make 2020, which marks …, a year of …": a year ahead
    r"\b(?:will|would|shall|next year|coming year|upcoming|prepar\w*|ahead of|towards?|to make|to designate|"
    r"to celebrate|to commemorate|plans?|planning|expected|to be)\b",
    re.I,
)
_SHIFTED_RE = prefiltered(r"\b(last|next) year\s*\(((?:19|20)\d\d)\)", re.I)
_ANNIVERSARY_RE = (
    prefiltered(  # "\d\d{0,2}", not "\d{1,3}": re jumps from digit to digit only when a pattern opens with one
        r"(\d\d{0,2})(?:st|nd|rd|th) anniversary (?:in (?:19|20)\d\d )?of ",
        re.I,
    )
)
_MARKED_NOW = prefiltered(  # "the two countries mark the 20th", "which mark in 2019 the 10th", "this year marking the 10th"
    r"(?:(?<!will )(?<!would )(?<!shall )(?<!to )(?<!may )\bmarks?\s+(?:in (?:19|20)\d\d\s+)?|\bthis year,?\s+marking\s+)the\s+$",
    re.I,
)
_NEAR = 80  # characters: a relative year this close to an anniversary is its year


def year_in_text(m: Meeting) -> list[Constraint]:
    """A phrase that names the present year: 'the year 2020, which marks …', 'last year (2019)',
    or an anniversary (anniversaries.yaml) said to fall this year, last year or next year."""
    for s in m.release.sentences:
        if s.note:
            continue
        dated = _YEAR.search(s.text)  # _PIN_RE and _SHIFTED_RE name a year: a quick test first
        if dated and (p := _PIN_RE.search(s.text)) and not _AHEAD_OF.search(s.text[: p.start()]):
            year = next(int(g) for g in p.groups() if g)
            return [Constraint("year_in_text", frozenset({year}), f"the text says “{p.group(0)}”")]
        if dated and (p := _SHIFTED_RE.search(s.text)):
            year = int(p.group(2)) + (1 if p.group(1).casefold() == "last" else -1)
            return [Constraint("year_in_text", frozenset({year}), f"the text says “{p.group(0)}”, so it is {year}")]
        if found := _beside_event(s.text, m.vocab):
            return [found]
        for a in _ANNIVERSARY_RE.finditer(s.text):
            near = [r for r in _RELATIVE_YEAR.finditer(s.text) if abs(r.start() - a.start()) <= _NEAR]
            if near:
                rel = min(near, key=lambda r: abs(r.start() - a.start())).group(1).casefold()
                shift = {"last": 1, "this": 0, "next": -1}[rel]
            elif (
                (now := _MARKED_NOW.search(s.text[: a.start()]))
                and not _AHEAD_OF.search(s.text[: now.start()])
                and not re.search(r"(?:19|20)\d\d\W{0,3}(?:which|that)?\s*$", s.text[: now.start()])
            ):  # not "to make 2020, which marks the 30th anniversary, a year of …": 2020's anniversary
                shift = 0  # "events marking the 30th anniversary" may be planned for next year: not read
            else:
                continue
            rest = s.text[a.end() :]
            for ann in m.vocab.anniversaries:
                if ann.counterpart in (None, m.counterpart) and ann.pattern.match(rest):
                    year = ann.founded + int(a.group(1)) + shift
                    when = "this" if not shift else "next" if shift < 0 else "last"
                    reason = f"the {a.group(0)}{ann.name} ({ann.founded}) is {when} year, so it is {year}"
                    return [Constraint("year_in_text", frozenset({year}), reason)]
    return []


ORDINAL_WORDS = {
    w: i + 1
    for i, w in enumerate(
        [
            "first",
            "second",
            "third",
            "fourth",
            "fifth",
            "sixth",
            "seventh",
            "eighth",
            "ninth",
            "tenth",
            "eleventh",
            "twelfth",
            "thirteenth",
            "fourteenth",
            "fifteenth",
            "sixteenth",
            "seventeenth",
            "eighteenth",
            "nineteenth",
            "twentieth",
        ]
    )
}


def ordinal(raw: str) -> int | None:
    raw = raw.casefold()
    if raw in ORDINAL_WORDS:
        return ORDINAL_WORDS[raw]
    digits = re.match(r"\d+", raw)
    return int(digits.group(0)) if digits else None


_RELATIVE_YEAR = prefiltered(r"\b(last|this|next) year(?:'s)?\b", re.I)


def _beside_event(text: str, vocab: Vocab) -> Constraint | None:
    """'the 4th Eastern Economic Forum last year': an event of known year (events.yaml) said to fall
    last year, this year or next year names the present year."""
    for rel in _RELATIVE_YEAR.finditer(text):
        for event, pattern in event_patterns(vocab).could_match(text):
            for e in pattern.finditer(text):
                if abs(e.start() - rel.start()) > 80 or (rel.start() > e.end() and ";" in text[e.end() : rel.start()]):
                    continue
                raw = next((g for k, g in e.groupdict().items() if k.startswith("n") and g), None)
                year = event.year(ordinal(raw) if raw else None)
                if year is None:
                    continue
                shift = {"last": 1, "this": 0, "next": -1}[rel.group(1).casefold()]
                return Constraint(
                    "year_in_text",
                    frozenset({year + shift}),
                    f"“{e.group(0)}” ({year}) is said to fall {rel.group(1).casefold()} year, so it is {year + shift}",
                )
    return None


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_WHEN = rf"(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)\b"
_SINCE_RE = prefiltered(  # "since May 2017", "since the launch of the Modi government in India in May 2014"
    rf"\b(?:since(?:\s+the\s+[^,;.()]{{1,60}}?\s+in)?|(?:was|were|been) (?:held|signed|adopted|launched|established|founded)\s+in|"
    rf"(?:held|signed|adopted|launched|established|founded|inaugurated|took place)\s+in)\s+{_WHEN}"
)
_PAST_EVENT = prefiltered(  # "The second strategic dialogue took place in Seoul on August 10, 2015"
    rf"\b(?P<verb>held|took place|was launched|were launched|visited|signed|adopted)\b(?P<gap>[^.;]{{0,80}}?)\b(?:in|on)\s+"
    rf"(?P<month>{_MONTH})\s+(?:(?P<day>\d{{1,2}}),?\s+)?(?P<year>(?:19|20)\d\d)\b"
)
_GAP_AHEAD = re.compile(  # "held a consultation on the 30th anniversary in 2020": the year is the anniversary's
    r"\b(?:will|would|be|to|next|plans?|schedul\w*|expected|agreed|decided|upcoming|anniversary|year)\b", re.I
)
_PLANNED = re.compile(r"\b(?:be|will|to)\s+(?:held|signed|adopted|launched|established|founded)\b", re.I)
_PERIOD_RE = prefiltered(  # trade "in January-September 2017 from the same period in 2016": after September 2017
    rf"\bin {_MONTH}\s*(?:-|–|~|to|through)\s*(?P<month>{_MONTH}),?\s+(?P<year>(?:19|20)\d\d)\b[^.;]{{0,40}}?"
    rf"\b(?:from|over|compared (?:to|with)|than|on)\s+the same period"
)
_WHOLE_YEAR_RE = prefiltered(r"\bin (?P<year>(?:19|20)\d\d),? (?:from the year before|over the previous year)")
_AHEAD_RE = prefiltered(
    rf"\b(?:will|to be|scheduled to|plans? to|agreed to|decided to)\b(?P<mid>[^.;]{{0,80}}?)\b(?:in|by|until)\s+"
    rf"(?:(?:early|late|mid-|the first half of|the second half of)\s*)?{_WHEN}"
)
_OLD_PLAN = re.compile(  # "which the two leaders agreed to launch in 2018", "had agreed to", "was to be held in 2019"
    r"\b(?:(?:which|as|had|have|has)\s+(?:\w+\s+){0,3}|(?:was|were)\s+)$", re.I
)
_PAST_WORDS = re.compile(
    r"\b(?:held|reached|signed|agreed upon|adopted|made|was|were|had|last|since|ago|at|during|summit|talks|meeting)\b",
    re.I,
)
_FUTURE_WORDS = prefiltered(r"\b(?:will|to be|expected|plans?|scheduled)\b", re.I)


# A release may tell, as past, what happened after its meeting and before it was written: dated
# past events and past figures bound the meeting from below only this long before them.
REPORT_LAG = dt.timedelta(days=60)


def bound(m: Meeting) -> list[Constraint]:
    """Years told as past bound the meeting from below ('since May 2017', 'was launched in 2018',
    trade 'in 2017 from the year before': after 2017), years told as ahead from above ('will be
    held in February 2015': not after February 2015), to the month when the text gives it."""
    out = []
    for s in m.release.sentences:
        if not _YEAR.search(s.text):
            continue  # every pattern below names a year
        for b in _SINCE_RE.finditer(s.text):
            if _PLANNED.search(s.text[max(0, b.start() - 12) : b.start() + 12]):
                continue  # "to be held in 2019" is ahead, not past
            first = dt.date(int(b["year"]), _month(b) or 1, 1)
            years = _within(m, lambda d, first=first: d >= first)
            out.append(
                Constraint(
                    "bound",
                    years,
                    f"the text speaks of “{b.group(0)}” as past, so the meeting was not before {_when(b)}",
                )
            )
        if not _FUTURE_WORDS.search(s.text):
            for b in _WHOLE_YEAR_RE.finditer(s.text):
                after = int(b["year"])
                years = _within(m, lambda d, after=after: d.year > after)
                out.append(Constraint("bound", years, f"“{b.group(0)}” gives the whole year's figures: after {after}"))
        for b in _PERIOD_RE.finditer(s.text):
            if _FUTURE_WORDS.search(s.text[max(0, b.start() - 60) : b.start()]):
                continue  # "expected to grow in January-June 2018 over the same period"
            year, month = int(b["year"]), _month(b)
            first = dt.date(year + month // 12, month % 12 + 1, 1) - REPORT_LAG
            years = _within(m, lambda d, first=first: d >= first)
            out.append(Constraint("bound", years, f"“{b.group(0)}” gives a past period's figures: not before {first}"))
        for b in _PAST_EVENT.finditer(s.text if s.text != m.sentence else ""):
            if _GAP_AHEAD.search(b["gap"]) or _PLANNED.search(s.text[max(0, b.start() - 12) : b.end()]):
                continue  # "held talks and agreed to hold the next one on May 3, 2019"
            if happened := _day(int(b["year"]), _month(b) or 1, int(b["day"] or 1)):
                first = happened - REPORT_LAG
                years = _within(m, lambda d, first=first: d >= first)
                out.append(
                    Constraint(
                        "bound",
                        years,
                        f"the text speaks of “{b.group(0)}” as past, so the meeting was not before {first}",
                    )
                )
        for b in _AHEAD_RE.finditer(s.text):
            if _PAST_WORDS.search(b["mid"]) or _OLD_PLAN.search(s.text[max(0, b.start() - 40) : b.start()]):
                continue
            year, month = int(b["year"]), _month(b)
            last = dt.date(year + month // 12, month % 12 + 1, 1) if month else dt.date(year + 1, 1, 1)
            years = _within(m, lambda d, last=last: d < last)
            out.append(
                Constraint(
                    "bound",
                    years,
                    f"the text speaks of “{b.group(0)}” as still to come, so the meeting was not after {_when(b)}",
                )
            )
    return out


def coined(m: Meeting) -> list[Constraint]:
    """A name first used on a known day (`coinages.yaml`: "COVID-19") dates the text after that day,
    and the meeting at most `REPORT_LAG` before it."""
    text = "\n".join([m.release.title, m.release.text])
    out = []
    for coinage, pattern in coinage_patterns(m.vocab):
        if pattern.search(text):
            first = coinage.first - REPORT_LAG
            years = _within(m, lambda d, first=first: d >= first)
            reason = (
                f"the text names {coinage.name}, first used on {coinage.first}, so the meeting was not before {first}"
            )
            out.append(Constraint("coined", years, reason))
    return out


def coinage_patterns(vocab: Vocab) -> list[tuple]:
    """(coinage of coinages.yaml, its pattern with the quick test in front), built once per vocabulary."""
    return vocab.cached("coinage_patterns", lambda: [(c, Prefiltered(c.pattern)) for c in vocab.coinages])


def _day(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month(b: re.Match) -> int | None:
    return MONTH_NAMES.index(b["month"]) + 1 if b["month"] else None


def _when(b: re.Match) -> str:
    return f"{b['month']} {b['year']}" if b["month"] else b["year"]


# The order in which kinds of evidence are named (README "How a meeting's date is found" mirrors
# it; a test checks): the first whose evidence, with all before it, leaves one year gives the basis.
RULES: tuple[tuple[str, Callable[[Meeting], list[Constraint]], str], ...] = (
    ("stated", stated, "the text itself gives the year (“November 19-21, 2019”)"),
    (
        "date_line",
        date_line,
        "the page's Date line (“Date 2019-11-19 Hit 123”, “Date : 2019.11.19”, “Date : Tuesday, November 19, 2019”, “2019년 11월 19일”, a header line with only a date): the year that puts the day at most 300 days before it or 60 after it; on a copied news page, a meeting told by its weekday alone (“met … on Tuesday”) is the latest such day up to the page's date; a meeting told as held “today” or “this morning” is on the page's date, one held “yesterday” the day before (not a day of another deed: “who arrived yesterday, held talks this morning”)",
    ),
    (
        "known_event",
        known_event,
        "a numbered recurring event named in the opening (`events.yaml`: “37th regular session of the UN Human Rights Council” is 2018)",
    ),
    (
        "event_place",
        event_place,
        "an event the meeting was held at, with its year (“Munich Security Conference 2019”) or host city (`event_series.yaml` and the sourced `editions.yaml`: APEC in Singapore is 2009)",
    ),
    (
        "year_in_text",
        year_in_text,
        "a phrase that names the present year (“the year 2020, which marks …”, “last year (2019)”, an anniversary in `anniversaries.yaml` said to fall this year)",
    ),
    (
        "office_holder",
        office_holder,
        "the terms of the titled participants (sourced `tenures.yaml`), ruling years out only where `offices.yaml` declares the office's list complete",
    ),
    ("weekday", weekday, "a weekday named with the date (“Sunday, November 26”)"),
    (
        "coined",
        coined,
        "a name first used on a known day (`coinages.yaml`, sourced: “COVID-19”, named on 2020-02-11): the meeting was at most 60 days before that day",
    ),
    (
        "bound",
        bound,
        "years told as past (“since May 2017”, “took place in Seoul on August 10, 2015”; trade “in 2017 from the year before”: after 2017) or ahead (“will be held in February 2015”), to the month",
    ),
)
