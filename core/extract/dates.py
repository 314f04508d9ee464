"""The meeting's date, and how it was found (never invented).

`extract_date()` finds the meeting's own month and day in the release's opening (its first
sentences, then its title). Its year is the one year left by every kind of evidence in
`core.extract.constraints.RULES` (the text, the Date line, events, the present year named,
office terms, a weekday, past and future years); when none or several are left, the date is
unknown and `evidence` lists the years left and why.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import islice

from core.extract.constraints import (
    RULES,
    SIDELINES_WORDS,
    WEEKDAYS,
    Meeting,
    event_patterns,
    ordinal,
    parse_years,
    years_text,
)
from core.extract.terms import parties_of, party_lexicon
from core.ingest.clean import FIELD_LINES, WEEKDAY_WORD, CleanRelease, Sentence, dateline
from core.ingest.prefilter import prefiltered
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
# a weekday before the day, whole or cut, the day perhaps in brackets: "Sunday, November 26", "Fri, May 3",
# "Wednesday (May 3)"
_WEEKDAY = rf"\b(?P<weekday>{WEEKDAY_WORD})(?:,?\s+|\s*\(\s*)"
# a weekday in brackets after the day, as Korean pages write it: "November 26 (Sunday)", "March 7 (Thu.)";
# or whole after a comma: "May 3, Friday"
_WEEKDAY_AFTER = rf"(?:\s*\((?P<weekday_after>{WEEKDAY_WORD})\)|,\s+(?P<weekday_comma>{'|'.join(WEEKDAYS)})\b)?"
DATE_RE = prefiltered(
    rf"(?:{_WEEKDAY})?"
    rf"(?P<month>{_MONTH})\s*(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"(?:\s*(?:-|–|and|to|through|till|until)\s*(?:(?P<month2>{_MONTH})\s*)?(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?)?"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b{_WEEKDAY_AFTER}"
    r"(?:(?<=\))(?(year)(?!)|,?\s+(?P<year_after>(?:19|20)\d\d)\b))?"  # "June 5 (Wed), 2024"
)
DAY_FIRST_RE = prefiltered(  # "22 February 2017", "on 22 February", "the 22nd of February", "Sunday, 26 November"
    rf"(?:{_WEEKDAY})?\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<month>{_MONTH})"
    rf"(?:,?\s+(?P<year>(?:19|20)\d\d)\b)?(?!\w){_WEEKDAY_AFTER}"
)
YEAR_FIRST_RE = re.compile(  # opens with the century so that re skips to it; no digit or dot before the year
    r"(?P<year>(?:19|20)(?<![\d.]..)\d\d)(?:\.\s?|-|/)(?P<month>\d{1,2})(?:\.\s?|-|/)(?P<day>\d{1,2})\b\.?(?!\d)"
    rf"(?:\s*\((?P<weekday_after>{WEEKDAY_WORD})\))?"
)
RELATIVE_DAY_RE = prefiltered(r"\b(?:today|this (?:morning|afternoon|evening)|tonight|(?P<before>yesterday))\b", re.I)


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
    at: int = 0  # offset in the sentence

    def is_span(self) -> bool:
        return (self.month, self.day) != (self.end_month, self.end_day)


@dataclass(frozen=True)
class _Several:
    """A sentence naming several days with nothing telling which is the meeting's."""

    sentence: str
    days: tuple[_Mention, ...]

    def why(self) -> str:
        named = ", ".join(dict.fromkeys(_day_text(m) for m in self.days))
        if len(self.days) == 1:
            return f"{self.sentence} [{named} are the days of the visit or event the meeting was held at; the text does not say on which the meeting was]"
        return f"{self.sentence} [the sentence names several days ({named}) and does not say which is the meeting's]"


def _day_text(m: _Mention) -> str:
    first = f"{dt.date(2000, m.month, m.day):%B} {m.day}"
    return f"{first} to {dt.date(2000, m.end_month, m.end_day):%B} {m.end_day}" if m.is_span() else first


def extract_published(release: CleanRelease) -> dt.date | None:
    return release.published


def extract_date(
    release: CleanRelease, vocab: Vocab, people: list = (), counterpart: str = "", event: tuple | None = None
) -> MeetingDate:
    """The meeting's first and last day with their basis; `people` are the participants
    (`core.extract.people.Person`), `event` what `known_event()` found in the release (the
    orchestrator finds it once). The year is the one year every kind of evidence of
    `constraints.RULES` leaves possible; with none or several, the date is unknown and the
    evidence says which years are left and why."""
    opening = opening_sentences(release)
    sides = {vocab.home, *parties_of(counterpart)}
    elsewhere = _another_meeting_later(opening, people, vocab.home, _visited_elsewhere(vocab, sides))
    mention = (
        _first_mention(opening, elsewhere)
        or _first_mention([Sentence(release.title, 0, _TITLE, False)], elsewhere)
        or _field_mention(release)
    )
    if isinstance(mention, _Several):
        return MeetingDate(None, None, "unknown", mention.why())
    relative = next((found for s in opening if (found := _relative_day(s.text))), None)
    if mention is None and relative is not None and release.published:
        day = release.published - dt.timedelta(days=relative[1])
        return MeetingDate(day, day, "date_line", relative[0])
    if mention is None and release.published and (found := _weekday_before(opening, release.published)):
        return found
    if mention is None:
        if event is not None and event[2] is not None:
            name, _, (first, last), phrase, _ = event
            if first == last:
                return MeetingDate(first, last, "known_event", f"{phrase} [{name}, {first}]")
            why = f"{name} ran from {first} to {last}, and the text does not say on which day the meeting was"
            return MeetingDate(None, None, "unknown", f"{phrase} [{why}]")
        return MeetingDate(None, None, "unknown", "no month and day of the meeting in the text")
    meeting = Meeting(
        release,
        vocab,
        mention.month,
        mention.day,
        mention.weekday,
        mention.year,
        mention.sentence,
        (release.title, *(s.text for s in opening)),
        tuple(people),
        counterpart,
        event,
    )
    years, basis, reasons = decide(meeting)
    if len(years) == 1:
        return _span(mention, next(iter(years)), basis, f"{mention.sentence} [{'; '.join(reasons)}]")
    if not reasons:
        why = f"year not stated and nothing in the text bounds it; could be {years_text(years)}"
    elif not years:
        why = f"year not stated: the evidence disagrees; {'; '.join(reasons)}"
    else:
        why = f"year not stated; {'; '.join(reasons)}; could be {years_text(years)}"
    return MeetingDate(None, None, "unknown", f"{mention.sentence} [{why}]")


_WEEKDAY_ALONE = prefiltered(
    r"\b(?:on\s+)?(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?!,?\s*(?:the\s+)?\d)"
    rf"(?!,?\s*{_MONTH})"
)
_MET = prefiltered(r"\b(?:met|meeting|talks|summit|held|agreed|discussed)\b", re.I)
_AHEAD_WORDS = prefiltered(r"\b(?:will|would|to be|plans?|scheduled|next|expected|due to)\b", re.I)


def _weekday_before(opening: list[Sentence], published: dt.date) -> MeetingDate | None:
    """A news page's meeting told by its weekday alone ("… met with Foreign Minister Taro Kono on
    Tuesday in Tokyo"), dated: the latest such weekday on or before the page's date, within a
    week. Only in an opening sentence that tells a meeting as past; a weekday ahead says nothing."""
    for s in opening[:2]:
        days = list(_WEEKDAY_ALONE.finditer(s.text))
        if len({d["weekday"] for d in days}) != 1 or _AHEAD_WORDS.search(s.text):
            continue
        if not all(_tells_the_meeting(s.text, d) for d in days):
            continue
        weekday = days[0]["weekday"]
        back = (published.weekday() - WEEKDAYS.index(weekday)) % 7
        day = published - dt.timedelta(days=back)
        why = f"the page is dated {published}, and the {weekday} on or before it is {day}"
        return MeetingDate(day, day, "date_line", f"{s.text} [{why}]")
    return None


_OTHER_DEED = prefiltered(r"\b(?:arriv\w*|left|depart\w*|return\w*|leav\w*|said|says|told|announced|reported)\b", re.I)


def _tells_the_meeting(text: str, day: re.Match) -> bool:
    """The weekday is the meeting's: a meeting word stands within 80 characters after it or 30
    before it ("met … on Tuesday", "on Saturday met"), with no other deed between them or just before it ("arrived
    on Monday", "said Wednesday")."""
    for met in _MET.finditer(text):
        lo, hi = sorted((met.start(), day.start()))
        close = 0 <= day.start() - met.end() <= 80 or 0 <= met.start() - day.end() <= 30
        if (
            close
            and not _OTHER_DEED.search(text[lo:hi])
            and not _OTHER_DEED.search(text[max(0, day.start() - 30) : day.start()])
        ):
            return True
    return False


def evidence_parts(evidence: str) -> tuple[str, list[str]]:
    """The sentence a date rests on, and the reasons given for it (each piece of evidence that
    ruled years in or out, the years left), as `extract_date` wrote them: "sentence [a; b; c]"."""
    sentence, bracket, rest = evidence.partition(" [")
    if not bracket or not rest.endswith("]"):
        return evidence, []
    return sentence, [r.strip() for r in rest[:-1].split("; ") if r.strip()]


_LEFT_RE = re.compile(r"could be ((?:any year from \d{4} to \d{4})|(?:\d{4}(?:–\d{4})?(?:, | or )?)+)")


def years_left(evidence: str) -> frozenset[int] | None:
    """The years an unknown date's evidence says are left ("could be 2017 or 2018"); None if it
    names none."""
    m = _LEFT_RE.search(evidence)
    return parse_years(m.group(1)) if m else None


def decide(meeting: Meeting) -> tuple[frozenset[int], str, list[str]]:
    """(the years every constraint leaves, the basis, the reasons). The basis is the kind of
    evidence (in `RULES` order) with which the years left first came down to one."""
    found = [c for _, finder, _ in RULES for c in finder(meeting)]
    every = meeting.years
    left, basis = every, "unknown"
    for c in found:
        left = left & c.years
        if basis == "unknown" and len(left) == 1:
            basis = c.basis
    firm = every.intersection(*(c.years for c in found if c.basis != "bound"))
    reasons = [c.reason for c in found if c.years != every and (c.basis != "bound" or not firm <= c.years)]
    return left, basis, list(dict.fromkeys(reasons))


_ON_DAY = re.compile(r"^\s*On (?:the (?:morning|afternoon|evening) of )?(?:[A-Z][a-z]+day,? )?" + _MONTH)
_DURING_IT = re.compile(r"^\s*(?:During|In the course of)\s+(?:the|this|his|her|their)\s+(?:visit|trip|stay|tour)\b")


def _visited_elsewhere(vocab: Vocab, sides: set[str]):
    """A test of a day: is it that of a visit to a state that is neither side of the meeting
    ("Minister Maas visited Japan on July 25 and the ROK …" met in the ROK)? Only when both sides are
    known."""
    lexicon = party_lexicon(vocab)

    def test(text: str, m: _Mention) -> bool:
        if len(sides) < 2 or not (visit := _VISIT_BEFORE.search(text, 0, m.at)):
            return False
        places = lexicon.values_in(visit["place"])
        return bool(places) and not sides.intersection(places)

    return test


def _another_meeting_later(opening: list[Sentence], people, home: str, elsewhere):
    """`elsewhere`, and a test of a later opening statement telling another meeting than the first
    one's: it brings in a participant the first does not name ("… held talks with Minister Vieira.
    On May 2, Minister Vieira met with Prime Minister Han …"), or names none of the other side the
    first names, nor "the two", "his counterpart", "him" … ("On May 2, Minister Cho met with Korean
    residents"). Only where the first statement names both sides' people ("Minister Cho visited
    Brazil. On May 3, he met with Minister Vieira" tells the visit's meeting)."""
    lead = opening[0].text if opening else None
    in_lead = [p for p in people if p.sentence == lead]
    if len(in_lead) < 2:
        return elsewhere
    firsts, later = {p.sentence for p in people}, {s.text for s in opening[1:]} - {lead}
    others = [p for p in in_lead if p.country != home] or in_lead[1:]
    words = {w for p in others for w in _NAME_WORD.findall(p.name)}

    def another(text: str, m: _Mention) -> bool:
        if elsewhere(text, m):
            return True
        if text not in later:  # the first statement, or the title
            return False
        return text in firsts or not (_BACK_TO_THEM.search(text) or any(w in text for w in words))

    return another


_NAME_WORD = re.compile(r"[A-Z][\w’'-]{2,}")
_BACK_TO_THEM = re.compile(r"\b(?:the two|both|counterparts?|him|her|them|each other)\b", re.I)


_VISIT_BEFORE = prefiltered(
    r"\bvisit(?:ed|s|ing)?\s+(?:to\s+)?(?:the\s+)?(?P<place>[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})\s+(?:on|from)\s+$"
)


def _field_mention(release: CleanRelease) -> _Mention | None:
    """The day a labelled field near the top of the text gives the meeting, where no statement
    dates it ("□ Date: Tuesday, October 24, 2023, 10:00-11:30", "- Date/Venue: June 5 (Wed), 2024,
    Bangkok"; the page's own date line, above the text, is not in it)."""
    for s in release.sentences[:FIELD_LINES]:
        if _DATE_FIELD.match(s.text) and (m := next(_mentions(s.text), None)):
            return m
    return None


_TITLE = -1  # the paragraph of the title, read as a statement when no statement gives a day
# a day in brackets closing a title dates the title's meeting: "Foreign Minister Meets Thai Foreign Minister (May 3, 2023)"
_TITLE_DAY = re.compile(r"\([^()]*\d[^()]*\)\s*$")
_DATE_FIELD = re.compile(
    r"(?:[□■ㅇ○●◦•·\-–*]\s*)?(?:Date|When)(?:\s*(?:&|and|/)\s*(?:Time|Venue|Place|Location))?\s*[:：]", re.I
)


def _first_mention(sentences: list[Sentence], elsewhere=lambda text, m: False) -> _Mention | _Several | None:
    """The meeting's own date in the first statement that has one and tells a meeting; after the
    first statement, only one opening "On April 17," and telling a meeting, or a day just after a
    meeting with someone ("after the meeting with … in Astana on April 17"): "… held the 8th Strategic
    Dialogue in Seoul. The two sides reviewed the follow-up to the summit held on June 22" names
    another event's day, not the dialogue's. A date in brackets is another
    event's ("… on his way to … (March 8-10)"). A day inside a span named beside it is the
    meeting's within a visit or conference ("during her visit on April 16 and 17, … held a meeting
    … on April 17"; the span's end stays the end); so is a later opening sentence starting "On April
    17". Else a sentence opening "On March 7," dates its own clause, and a date of something ahead,
    or not led by "on" or a meeting verb, gives way to one that is. Several days left: none is
    taken (`_Several`), as a wrong day is worse than an unknown one. A day of a visit to a third
    state (`elsewhere`) is not the meeting's."""
    for i, s in enumerate(sentences):
        mentions = sorted(
            (
                m
                for m in _mentions(s.text)
                if not _bracketed(s.text, m, title=s.paragraph == _TITLE)
                and not elsewhere(s.text, m)
                and not _another_deeds_day(s.text, m.at)
            ),
            key=lambda m: m.at,
        )
        if not mentions:
            continue
        if _a_dateline(s.text) or sum(1 for _ in islice(_WORD.finditer(DATE_RE.sub("", s.text)), 4)) < 4:
            continue  # the page's own date ("Published : July 8, 2017 - 00:51"), not the meeting's
        if i and not (_ON_DAY.match(s.text) and _MET_SOMEONE.search(s.text)):
            mentions = [m for m in mentions if _follows_a_meeting(s.text, m)]
            if not mentions:
                continue  # a later statement's day is another event's ("the summit talks on April 27")
        if not _MEETS.search(s.text):
            continue  # a statement telling no meeting ("regarding the ruling on January 8, … explained")
        spans = [m for m in mentions if m.is_span()]
        days = [m for m in mentions if m not in spans]
        if _ON_DAY.match(s.text) and mentions[0] in days:
            first = mentions[0]  # "On July 4, … met … Kamilov, who is visiting Korea on July 4-6"
            other = [
                m
                for k, m in enumerate(mentions)
                if (m.month, m.day) != (first.month, first.day)
                and not (m.is_span() and _inside(first, m))
                and _not_planned(s.text, mentions, k)
            ]  # "On November 10, … attended …, and on November 11 held a summit with …": which day?
            return _Several(s.text, (first, *other)) if other else first
        inner = [(d, span) for span in spans for d in days if _inside(d, span)]
        later = [  # "… visited Russia on March 12 and 13. On March 13 (or: During the visit), she met …"
            next(_mentions(t.text), None)
            for t in sentences[i + 1 :]
            if (_ON_DAY.match(t.text) or _DURING_IT.match(t.text)) and _MET_SOMEONE.search(t.text)
        ]
        inner += [(d, span) for span in spans[:1] for d in later if d is not None and _inside(d, span)]
        if len({(d.month, d.day) for d, _ in inner}) > 1:
            return _Several(s.text, tuple(d for d, _ in inner))
        if inner:
            day, span = inner[0]
            return replace(day, end_month=span.end_month, end_day=span.end_day, year=day.year or span.year)
        if _ON_DAY.match(s.text):
            return mentions[0]
        for keep in (
            _not_planned,
            _after_on,
            _after_meeting_verb,
            _not_relative,
        ):  # "Following the summit on June 22, 2018, … held … on October 3"
            kept = [m for k, m in enumerate(mentions) if keep(s.text, mentions, k)]
            if kept and len(kept) < len(mentions):
                mentions = kept
        if len({(m.month, m.day, m.end_month, m.end_day) for m in mentions}) > 1:
            return _Several(s.text, tuple(mentions))
        first = mentions[0]
        if first.is_span() and (
            _SIDELINES.search(s.text, 0, first.at)  # "On the sidelines of X, held … on August 30 and 31, …"
            or _VISIT.search(s.text, 0, first.at)  # "Mogherini was on her second visit to the ROK on August 5-6"
            or (_HELD_AT.search(s.text, 0, first.at) and _MET_SOMEONE.search(s.text))
        ):
            return _Several(s.text, (first,))  # "during his visit from May 3 to 5, … met …": which day?
        return first
    return None


# a visit or an event that a meeting is held at, and a meeting within it; an event's span after
# "on the sidelines of" is never the meeting's own, whether or not the sentence goes on to the meeting
_VISIT_WORDS = r"visit\w*|trip|tour"
_SIDELINES = prefiltered(rf"\b(?:{SIDELINES_WORDS})\b", re.I)
_VISIT = prefiltered(rf"\b(?:{_VISIT_WORDS})\b", re.I)  # a visit's span holds its meetings, on days not said
_MEETS = prefiltered(
    r"\b(?:met|meets?|meetings?|talks|summit|held|holds?|hosted|hosts|visit\w*|call\w*|consultations?|dialogue|"
    r"session|conference|conversation|forum|attend\w*|took place|takes place|signed|phone|video|virtual|trip|tour|"
    r"(?:co-?)?chair\w*|convened|commission|committee|sub-?committee)\b",
    re.I,
)
_HELD_AT = re.compile(rf"\b(?:{SIDELINES_WORDS}|{_VISIT_WORDS}|occasion|attend\w*|participat\w*|during)\b", re.I)
_MET_SOMEONE = re.compile(
    r"\b(?:met|meets|meeting with|talks with|summit with|courtesy|called on|(?:held|had|holds|has) (?:a |an |the |her |his )?"
    r"(?:bilateral |separate |working )?(?:meeting|talks|summit|consultation|conversation|luncheon|dinner)s?)\b",
    re.I,
)


# the page's own date in a statement, in three layouts, each tried apart so that each is tried only
# where its own words stand: "Published : July 8, 2017", "00:51 July 8, 2017", a news dateline opening
# the text "December 20, 2017 Tokyo- …"
_PUBLISHED = prefiltered(rf"\b(?:Published|Updated|Posted|Modified)\s*:?\s*{_MONTH}", re.I)
_CLOCK_DAY = re.compile(rf"\b\d{{1,2}}:\d\d\s+{_MONTH}\s*\d{{1,2}},\s*(?:19|20)\d\d", re.I)
_NEWS_DATELINE = re.compile(rf"\s*{_MONTH}\s*\d{{1,2}},\s*(?:19|20)\d\d\b(?!,)", re.I)


def _a_dateline(text: str) -> bool:
    return bool(_PUBLISHED.search(text) or (":" in text and _CLOCK_DAY.search(text)) or _NEWS_DATELINE.match(text))


_WORD = re.compile(r"[A-Za-z]{2,}")
_ON_BEFORE = re.compile(r"\b(?:on|On)\s+(?:the (?:morning|afternoon|evening) of\s+)?$")


_MEETING_VERB = prefiltered(
    r"\b(?:held|hold|holds|met|meet|meets|had|has|took place|takes place|visited|visits|paid|attended|attends|"
    r"hosted|hosts|talked|spoke|called|signed|co-?chaired|co-?chairs|chaired|convened)\b",
    re.I,
)


def _follows_a_meeting(text: str, m: _Mention) -> bool:
    """A meeting with someone is told just before the day ("after the meeting with his South Korean
    colleague Kang Kyung-wha in Astana on April 17")."""
    return any(0 <= m.at - met.end() <= 100 for met in _MET_SOMEONE.finditer(text, 0, m.at))


def _not_planned(text: str, mentions: list, k: int) -> bool:
    """No word of something ahead ("set to be held", "will", "scheduled") between the mention before
    this one (or the sentence's start) and it: "after the meeting … on April 17 and ahead of the
    summit set to be held on April 27" met on April 17."""
    start = mentions[k - 1].at if k else 0
    return not _AHEAD_WORDS.search(text[start : mentions[k].at])


def _after_on(text: str, mentions: list, k: int) -> bool:
    return bool(_ON_BEFORE.search(text[: mentions[k].at]))


def _after_meeting_verb(text: str, mentions: list, k: int) -> bool:
    """A meeting verb stands between the mention before this one (or the sentence's start) and it."""
    start = mentions[k - 1].at if k else 0
    return bool(_MEETING_VERB.search(text[start : mentions[k].at]))


def _not_relative(text: str, mentions: list, k: int) -> bool:
    """No word placing another event in time ("after", "before", "following", "ahead of") between the
    mention before this one (or the sentence's start) and it: "met … on May 3, a day after the G20
    Foreign Ministers' Meeting held on May 2" met on May 3."""
    start = mentions[k - 1].at if k else 0
    return not _RELATIVE_WORDS.search(text[start : mentions[k].at])


_RELATIVE_WORDS = prefiltered(r"\b(?:after|before|following|ahead of|prior to|since)\b", re.I)


def _relative_day(text: str) -> tuple[str, int] | None:
    """(`text`, days before the page's date) where `text` tells the meeting's day by the page's:
    'today', 'this morning' (0), 'yesterday' (1), not the day of another deed ("who arrived
    yesterday, held talks today": today)."""
    found = [r for r in RELATIVE_DAY_RE.finditer(text) if not _another_deeds_day(text, r.start())]
    if not found:
        return None
    return text, (1 if all(r["before"] for r in found) else 0)


def _another_deeds_day(text: str, at: int) -> bool:
    """The day named at `at` is that of an arrival, a departure, a statement, an event's opening, an
    event to come or gone, not of a meeting: its clause tells that deed before it ("who arrived in
    Moscow on May 2", "announced on May 2 that …", "the ARF, which opened on May 2", "ahead of the G20
    Summit to be held on November 18") or, for a sentence opening with the day, after it ("On May 2,
    Minister Kang departed for Moscow, where she will meet …"), with no meeting told after the deed
    ("said she met Lavrov on May 3", "arrived and met … on May 2"); or, once the meeting is told, the
    day is named after another event (`_ATTACHED`) or stands in a clause of another deed
    (`_ANOTHER_CLAUSE`)."""
    before = re.split(r"[,;]", text[max(0, at - 60) : at])[-1]
    if verb := _MEETING_VERB.search(text[:at]):  # the meeting told before the day
        if _ATTACHED.search(text, max(verb.end(), at - 60), at):
            return True  # "held talks … and discussed the election held on October 6": the election's day
        told, _, tail = text[verb.end() : at].rpartition(",")
        if (clause := _ANOTHER_CLAUSE.search(tail)) and not (
            _ITS_DAY.match(tail, clause.start()) and _AT_AN_EVENT.search(told)
        ):
            return True  # "held talks with Minister Vieira, whom he last met on April 5": that meeting's day
    after = re.split(r"[,;.]", text[at:].split(",", 1)[-1])[0] if _ON_DAY.match(text) and at < 20 else ""
    for clause, deed in ((before, _OTHER_DEED), (before, _BEGAN), (before, _OTHER_TIME), (after, _OTHER_DEED)):
        deeds = list(deed.finditer(clause))
        if deeds and not _MEETING_VERB.search(clause, deeds[-1].end()):
            return True
    return False


# what comes before the day of an event to come or gone, in the day's clause: "ahead of the G20 Summit to be
# held on …", "agreed to meet again on …", "will enter into force on …", "the first since … on …",
# "the 65th anniversary of diplomatic relations on …"
_OTHER_TIME = prefiltered(
    r"\b(?:(?:to|will)\s+be\s+held|(?:to|will)\s+take\s+place|(?<!as )scheduled|slated|planned|upcoming|ahead of|"
    r"in the run-up to|in preparation for|preparations?\s+for|prepar(?:e|es|ing)\s+for|following|"
    r"(?:meet|hold)\w*\s+(?:\w+\s+){0,3}?again|"
    r"next\s+(?:meeting|round|session|talks|dialogue|consultation|summit)|will\s+(?:enter|come)\s+into|"
    r"will\s+be\s+(?:launched|signed|opened|inaugurated|celebrated|marked)|since|anniversary)\b",
    re.I,
)
# a clause after the meeting's told (since its last comma) that tells another deed or time: "…, whom he
# last met on April 5", "…, a day after President Yoon met with President Lula on May 2", "…, as agreed during
# their phone call on April 5", "… and briefed him on the results of the election on April 10" (not "… and
# discussed trade on May 3", nor "…, who is visiting Korea, on May 3": the comma closes the clause)
_AND_ANOTHER_DEED = (  # "and briefed", "and also expressed"; not a verb of the talks ("and discussed")
    r"\band\s+(?:also\s+)?(?!(?:held|met|had|hosted|discussed|exchanged|shared|reviewed|talked|signed)\b)[a-z]+ed\b"
)
_ANOTHER_CLAUSE = re.compile(
    rf"\b(?:who|whom|whose|which|after|before|since|as\s+(?:\w+\s+)?agreed)\b|{_AND_ANOTHER_DEED}"
)
# the day of the gathering the meeting was held at, told after it: "… held talks … at the G20 Foreign Ministers'
# Meeting, which took place on May 3" (not "… and recalled their meeting in Rio, which took place on April 5")
_ITS_DAY = re.compile(r"which\s+(?:took place|was held|were held)\s+on\s+$")
_AT_AN_EVENT = re.compile(
    rf"^(?:(?!{_AND_ANOTHER_DEED}).)*?\b(?:at|during|on\s+the\s+(?:{SIDELINES_WORDS}|occasion)\s+of)\s+"
    r"(?:the\s+)?\w"
)
# a day another event's, named after it by a participle or "of", after the sentence has told the meeting:
# "… held talks … and congratulated Brazil on the G20 Summit held on November 18", "recalling the summit
# of September 10", "welcomed the agreement signed on March 5" (not "The talks, held on May 3, …", nor
# "was held on", nor "on the afternoon of")
_ATTACHED = re.compile(
    r"\b(?!(?:was|were|is|are|be|been|being)\s)[A-Za-z][\w’'-]*\s+"
    r"(?:held|signed|adopted|concluded|established|launched|issued|celebrated|marked)\s+on\s+$|"
    r"\b(?:summit|meeting|talks|visit|agreement|declaration|statement|election|elections)\s+of\s+$"
)
_BEGAN = prefiltered(r"\b(?:opened|opens|began|begins|started|starts|kicked off|kicks off)\b", re.I)


def _bracketed(text: str, m: _Mention, title: bool = False) -> bool:
    """In brackets: another event's day ("on his way to … (March 8-10)"), not the statement's own
    dateline ("(Brasilia, March 12) Foreign Minister Park Jin and …") nor the day closing a title
    ("Foreign Minister Meets Thai Foreign Minister (May 3, 2023)")."""
    if (line := dateline(text)) and line.start("day") <= m.at < line.end("day"):
        return False
    if title and (closing := _TITLE_DAY.search(text)) and closing.start() < m.at:
        return False
    return text[: m.at].count("(") > text[: m.at].count(")")


def _inside(day: _Mention, span: _Mention) -> bool:
    return (span.month, span.day) <= (day.month, day.day) <= (span.end_month, span.end_day)


def _mentions(text: str) -> Iterator[_Mention]:
    for m in YEAR_FIRST_RE.finditer(text):  # "2023.5.3", "2023-05-03": the year first, never ambiguous
        year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
        if 1 <= month <= 12 and _valid(year, month, day):
            yield _Mention(month, day, month, day, year, _weekday_name(m["weekday_after"]), text, m.start())
    for m in DAY_FIRST_RE.finditer(text):
        month, day = MONTHS[_mkey(m["month"])], int(m["day"])
        year = int(m["year"]) if m["year"] else None
        if _valid(year or 2000, month, day):
            yield _Mention(month, day, month, day, year, _weekday_of(m), text, m.start())
    for m in DATE_RE.finditer(text):
        month, day = MONTHS[_mkey(m["month"])], int(m["day"])
        end_month = MONTHS[_mkey(m["month2"])] if m["month2"] else month
        end_day = int(m["day2"]) if m["day2"] else day
        if _valid(2000, month, day) and _valid(2000, end_month, end_day):
            year = int(m["year"] or m["year_after"]) if m["year"] or m["year_after"] else None
            # a weekday in brackets after a span ("May 2-3 (Tue.)") is its last day's: only one before it counts
            weekday = _weekday_of(m) if not m["day2"] else _weekday_name(m["weekday"])
            yield _Mention(month, day, end_month, end_day, year, weekday, text, m.start())


def _weekday_of(m: re.Match) -> str | None:
    """The weekday named with a day, before it or after it ("Thu." is Thursday)."""
    return _weekday_name(m["weekday"] or m["weekday_after"] or m["weekday_comma"])


def _weekday_name(word: str | None) -> str | None:
    """The whole name of a weekday written whole or cut ("Thu.", "Tues", "Wednesday")."""
    cut = (word or "").rstrip(".").casefold()
    return next((w for w in WEEKDAYS if cut and w.casefold().startswith(cut)), None)


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


def opening_sentences(release: CleanRelease) -> list[Sentence]:
    """The release's first three statements (not notes, headlines or bylines): where it tells
    what met, when and where."""
    return release.opening(3)


def known_event(release: CleanRelease, vocab: Vocab) -> tuple[str, int, tuple | None, str, str | None] | None:
    """(name, year, dates, phrase, venue) of an events.yaml event named in the title or opening."""
    text = "\n".join([release.title, *(s.text for s in opening_sentences(release))])
    for event, pattern in event_patterns(vocab).could_match(text):
        if m := pattern.search(text):
            raw = next((g for name, g in m.groupdict().items() if name.startswith("n") and g), None)
            edition = ordinal(raw) if raw else None
            year = event.year(edition)
            if year is not None:
                return event.name, year, event.dates(edition), m.group(0), event.venue
    return None
