"""The meeting's date, and how it was found (never invented).

`extract_date()` finds the first date in the release's lead (its first sentences, then its
title) and settles the year with the strongest basis available, in this order: stated (the text
gives the year), date_line (the page's Date line), known_event (a recurring event of known year),
year_in_text (a phrase that pins the current year, such as "the year 2020, which marks"),
office_holder (everyone taking part held office in one year only), weekday (one year in range
matches a named weekday). Otherwise the date is unknown and `evidence` says why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from core.ingest.clean import CleanRelease, Sentence
from core.vocab import Vocab

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sept", "sep"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ]
    )
    for m in names
}
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\.|Feb\.|Mar\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.)"
DATE_RE = re.compile(
    rf"(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
    rf"(?P<month>{_MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|–|and|to|through|till|until)\s*(?:(?P<month2>{_MONTH})\s*)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"
)
DAY_FIRST_RE = re.compile(rf"\b(?P<day>\d{{1,2}})\s+(?P<month>{_MONTH})\s+(?P<year>(?:19|20)\d\d)\b")
YEAR_RE = re.compile(r"\b((?:19|20)\d\d)\b")
RELATIVE_DAY_RE = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.I)
_PIN_RE = re.compile(
    r"(?:in|during|of) the year ((?:19|20)\d\d)|((?:19|20)\d\d), which marks|"
    r"marks? in ((?:19|20)\d\d)|first [^.;]{0,80}? in ((?:19|20)\d\d) (?:served|was|is)|"
    r"this year[,(\s]+\(?((?:19|20)\d\d)|((?:19|20)\d\d)\s*\(this year\)",
    re.I,
)
_PAST_RE = re.compile(
    r"\b(?:since|was|were|had|took place|record|the year before|last year|launched in|forged|grew|growth|increase)\b",
    re.I,
)
_FUTURE_RE = re.compile(
    r"\b(?:will|to be|expected|plans?|next|early|first half|second half|by|until|scheduled|upcoming|agreed to|decided to|hope)\b",
    re.I,
)


@dataclass(frozen=True)
class MeetingDate:
    start: dt.date | None
    end: dt.date | None
    basis: str
    evidence: str


@dataclass(frozen=True)
class _Mention:
    month: int
    day: int
    end_month: int
    end_day: int
    year: int | None
    weekday: str | None
    sentence: str


def extract_published(release: CleanRelease) -> dt.date | None:
    return release.published


def extract_date(
    release: CleanRelease, vocab: Vocab, people: list[str], counterpart: str = "", event: tuple | None = None
) -> MeetingDate:
    """The meeting's first and last day with their basis; `people` are the participants' names,
    `event` what `known_event()` found in the release (the orchestrator finds it once)."""
    lead = lead_sentences(release)
    mention = _first_mention(lead) or _first_mention([Sentence(release.title, 0, -1, False)])
    relative = next((s for s in lead if RELATIVE_DAY_RE.search(s.text)), None)
    if mention is None and relative is not None and release.published:
        return MeetingDate(release.published, release.published, "date_line", relative.text)
    if mention is not None and mention.year is not None:
        return _span(mention, mention.year, "stated", mention.sentence)
    if mention is not None and release.published is not None:
        year = _nearest_year(mention, release.published)
        return _span(mention, year, "date_line", f"{mention.sentence} [Date line {release.published}]")
    if event is not None:
        name, year, span, phrase, _ = event
        if mention is not None:
            return _span(mention, year, "known_event", f"{mention.sentence} [{phrase}: {name}, {year}]")
        if span is not None:
            return MeetingDate(span[0], span[1], "known_event", f"{phrase} [{name}]")
    if mention is None:
        return MeetingDate(None, None, "unknown", "no month and day of the meeting in the text")
    years, reason = _year_range(release, vocab, people, mention)
    pinned = _pinned_year(release, vocab, counterpart)
    if pinned and pinned[0] in years:
        return _span(mention, pinned[0], "year_in_text", f"{mention.sentence} [{pinned[1]}]")
    if len(years) == 1:
        basis = "office_holder" if "in office" in reason else "year_in_text"
        return _span(mention, years[0], basis, f"{mention.sentence} [{reason}]")
    if mention.weekday and years:
        fits = [
            y
            for y in years
            if _valid(y, mention.month, mention.day)
            and _valid(y, mention.month, mention.day).strftime("%A") == mention.weekday
        ]
        if len(fits) == 1:
            return _span(mention, fits[0], "weekday", f"{mention.sentence} [{mention.weekday} in {fits[0]}]")
    why = f"year not stated; {reason}" if years else "year not stated and nothing in the text bounds it"
    if years and len(years) > 1:
        why += f" (could be {years[0]}–{years[-1]})"
    return MeetingDate(None, None, "unknown", f"{mention.sentence} [{why}]")


_HOST_CUE = re.compile(r"\b(?:sidelines|occasion|attend|under way|held in|for the)\b", re.I)


def _first_mention(sentences: list[Sentence]) -> _Mention | None:
    """The first sentence's date; where it also dates a host event ("the conference held … on August
    30 and 31, … met … on August 31"), the last date in it is the meeting's own."""
    for s in sentences:
        mentions = list(_mentions(s.text))
        if mentions:
            return mentions[-1] if len(mentions) > 1 and _HOST_CUE.search(s.text) else mentions[0]
    return None


def _mentions(text: str) -> Iterator[_Mention]:
    for m in DAY_FIRST_RE.finditer(text):
        month, day, year = MONTHS[_mkey(m["month"])], int(m["day"]), int(m["year"])
        if _valid(year, month, day):
            yield _Mention(month, day, month, day, year, None, text)
    for m in DATE_RE.finditer(text):
        month, day = MONTHS[_mkey(m["month"])], int(m["day"])
        end_month = MONTHS[_mkey(m["month2"])] if m["month2"] else month
        end_day = int(m["day2"]) if m["day2"] else day
        if _valid(2000, month, day) and _valid(2000, end_month, end_day):
            yield _Mention(month, day, end_month, end_day, int(m["year"]) if m["year"] else None, m["weekday"], text)


def stated_date(text: str) -> dt.date | None:
    """The first full date (month, day and year) in `text`."""
    m = next((m for m in _mentions(text) if m.year is not None), None)
    return _valid(m.year, m.month, m.day) if m else None


def in_year(sentence: str, year: int, basis: str, evidence: str) -> MeetingDate | None:
    """The meeting date of `sentence` (its first month and day, a range kept) in `year`."""
    m = next(_mentions(sentence), None)
    return _span(m, year, basis, evidence) if m else None


def _mkey(month: str) -> str:
    return month.rstrip(".").casefold()


def _valid(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _span(m: _Mention, year: int, basis: str, evidence: str) -> MeetingDate:
    start = _valid(year, m.month, m.day) or _valid(year, m.month, 28)
    end_year = year + 1 if (m.end_month, m.end_day) < (m.month, m.day) else year
    end = _valid(end_year, m.end_month, m.end_day) or start
    return MeetingDate(start, max(start, end), basis, evidence)


def _nearest_year(m: _Mention, published: dt.date) -> int:
    def distance(year: int) -> int:
        d = _valid(year, m.month, m.day) or _valid(year, m.month, 28)
        return abs((d - published).days)

    return min((published.year - 1, published.year, published.year + 1), key=distance)


def lead_sentences(release: CleanRelease) -> list[Sentence]:
    """The release's first three statements (not notes): where it tells what met, when and where."""
    return [s for s in release.sentences if not s.note][:3]


def known_event(release: CleanRelease, vocab: Vocab) -> tuple[str, int, tuple | None, str, str | None] | None:
    """(name, year, dates, phrase, venue) of an events.yaml event named in the title or lead."""
    text = "\n".join([release.title, *(s.text for s in lead_sentences(release))])
    for event in vocab.events:
        if m := event.pattern.search(text):
            raw = next((g for name, g in m.groupdict().items() if name.startswith("n") and g), None)
            edition = ordinal(raw) if raw else None
            year = event.year(edition)
            if year is not None:
                return event.name, year, event.dates(edition), m.group(0), event.venue
    return None


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


_ANNIVERSARY_RE = re.compile(r"(\d{1,3})(?:st|nd|rd|th) anniversary (?:in (?:19|20)\d\d )?of ", re.I)
_THIS_YEAR = re.compile(r"\b(?:this year|marks?|marking)\b", re.I)


def _pinned_year(release: CleanRelease, vocab: Vocab, counterpart: str) -> tuple[int, str] | None:
    """A year the text says is the present one: 'the year 2020, which marks …', or an anniversary
    of a relationship with a known founding year (anniversaries.yaml) said to fall this year."""
    for s in release.sentences:
        if s.note:
            continue
        if m := _PIN_RE.search(s.text):
            year = next(int(g) for g in m.groups() if g)
            return year, m.group(0)
        for m in _ANNIVERSARY_RE.finditer(s.text):
            shift = -1 if "next year" in s.text else 1 if "last year" in s.text else 0
            if not shift and not _THIS_YEAR.search(s.text):
                continue
            rest = s.text[m.end() :]
            for ann in vocab.anniversaries:
                if ann.counterpart in (None, counterpart) and ann.pattern.match(rest):
                    year = ann.founded + int(m.group(1)) + shift
                    return (
                        year,
                        f"{m.group(0)}{ann.name} ({ann.founded}) {'this' if not shift else 'next' if shift < 0 else 'last'} year",
                    )
    return None


def _year_range(release: CleanRelease, vocab: Vocab, people: list[str], m: _Mention) -> tuple[list[int], str]:
    """Years the meeting can fall in, from office terms and past/future year mentions."""
    low, high, reasons = 1990, dt.date.today().year, []
    for name in people:
        person = vocab.person(name)
        if person is None:
            continue
        start, end = person.in_office
        first = start.year if _valid(start.year, m.month, m.day) >= start else start.year + 1
        last = end.year if _valid(end.year, m.month, min(m.day, 28)) <= end else end.year - 1
        if first > low or last < high:
            reasons.append(f"{name} in office {start}–{end}")
        low, high = max(low, first), min(high, last)
    for s in release.sentences:
        for y in map(int, YEAR_RE.findall(s.text)):
            past, future = bool(_PAST_RE.search(s.text)), bool(_FUTURE_RE.search(s.text))
            if past and not future and y > low:
                low = y
                reasons.append(f"'{y}' told as past")
            elif future and not past and y < high:
                high = y
                reasons.append(f"'{y}' told as ahead")
    return list(range(low, high + 1)), "; ".join(reasons) or "no bound"
