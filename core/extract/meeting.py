"""What kind of meeting a release reports: mechanism and session, level, format, venue, counterpart.

Each field has its own small `extract_<field>()`; they read the title and the lead sentences, where
a ministry states what met, where and how.
"""

from __future__ import annotations

import re
from collections import Counter

from core.extract.dates import ORDINAL_WORDS, ordinal
from core.extract.people import Person
from core.ingest.clean import CleanRelease
from core.vocab import Vocab, fold

_ORDINAL = rf"(?P<num>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)})"
_NAME_WORD = r"(?:[A-Z][\w’'\-]*|of|and|on|for|between|the|in|consular|affairs|policy|political|foreign|ministerial|joint|high-level|meeting)"
_KIND = r"(?:Sub-?committee|Subcommittee|Consultations?|Dialogue|Joint Committee|Committee|Commission|Forum|consultations?|dialogue|sub-?committee|forum)"
MECHANISM_RE = re.compile(
    rf"\b{_ORDINAL}\s+(?:(?:meeting|round|session) of (?:the\s+)?)?(?P<name>(?:{_NAME_WORD}\s+){{0,9}}?{_KIND})\b(?P<tail>(?: (?:on|between) (?:the )?[A-Z][\w\- ]+?(?= and|,|\.|;| in | on | with |$)| on [a-z]+ affairs)?)",
    re.IGNORECASE,
)
_HOST_CUE = re.compile(
    r"(?:sidelines of|occasion of|participation in|on a visit to the Republic of Korea for|to attend|for the|during)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?$",
    re.I,
)
_COUNTRY_PAIR = re.compile(
    r"^(?:the\s+)?(?:(?:Republic of Korea|ROK|Korea)\s*-\s*[A-Z][\w ]*?(?:Republic of [A-Z]\w+|[A-Z][\w]+)|[A-Z]\w+-[A-Z]\w+)\s+",
    re.I,
)
_HOST_EVENT_RE = re.compile(
    r"(?:on the sidelines of|on the occasion of|in the margins of)\s+(?:(?:his|her|their) (?:participation|attendance) in\s+)?(?:the\s+|a\s+|an\s+)?(?P<event>[^,;]+?)(?=,| held| in [A-Z]| on [A-Z]|\.|;| during|$)",
    re.I,
)
_VIRTUAL = re.compile(r"\b(?:virtual format|virtually|video ?conference|videoconference|online|via video)\b", re.I)
_PHONE = re.compile(
    r"\b(?:telephone (?:conversation|talks|call)|phone (?:call|talks|conversation)|by phone|over the phone)\b", re.I
)
LEVEL_ORDER = ("summit", "minister", "vice minister", "deputy minister", "working level")


def _lead(release: CleanRelease) -> str:
    lead = [s.text for s in release.sentences if not s.note][:2]
    return " ".join([release.title, *lead])


def extract_mechanism(release: CleanRelease, vocab: Vocab) -> tuple[str | None, int | None]:
    """(canonical mechanism or meeting type, session number) from the title and the lead."""
    for text in (release.title, _lead(release)):
        if known := _known_mechanism(text, vocab):
            return known
    for text in (release.title, _lead(release)):
        for m in MECHANISM_RE.finditer(text):
            if _HOST_CUE.search(text[max(0, m.start() - 60) : m.start()]):
                continue
            name = _canonical(m.group("name") + m.group("tail"), vocab)
            if name:
                return name, ordinal(m.group("num"))
    for text in (release.title.casefold(), _lead(release).casefold()):
        for kind, phrases in vocab.meeting_types.items():
            if any(re.search(rf"\b{re.escape(p.casefold())}s?\b", text) for p in phrases):
                return kind, None
    return None, None


def _mechanism_patterns(vocab: Vocab) -> list[tuple[str, str, re.Pattern]]:
    out = []
    for mech in vocab.mechanisms:
        for alias in mech.aliases:
            words = r"[\s\-]*".join(re.escape(w) for w in re.split(r"[\s\-]+", alias))
            pattern = rf"\b{_ORDINAL}\s+(?:(?:meeting|round|session) of (?:the\s+)?)?(?:[\w’'\-]+\s+){{0,4}}?{words}"
            out.append((mech.name, fold(alias), re.compile(pattern, re.IGNORECASE)))
    return out


def _known_mechanism(text: str, vocab: Vocab) -> tuple[str, int | None] | None:
    """A mechanism of mechanisms.yaml named with its session number ('14th meeting of the …')."""
    folded = fold(text)
    for name, key, pattern in vocab.cached("mechanism_patterns", lambda: _mechanism_patterns(vocab)):
        m = key in folded and pattern.search(text)
        if m and not _HOST_CUE.search(text[max(0, m.start() - 60) : m.start()]):
            return name, ordinal(m.group("num"))
    return None


def _canonical(phrase: str, vocab: Vocab) -> str | None:
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = _COUNTRY_PAIR.sub("", phrase)
    phrase = re.sub(r"^(?:the|bilateral|meeting of the)\s+", "", phrase, flags=re.I)
    mech = vocab.mechanism_for(phrase)
    if mech is not None:
        return mech.name
    words = phrase.split()
    if not words:
        return None
    return " ".join(
        w if w[:1].isupper() else w.capitalize() if w not in {"of", "and", "on", "for", "the", "between"} else w
        for w in words
    )


def extract_host_event(release: CleanRelease) -> str | None:
    m = _HOST_EVENT_RE.search(_lead(release))
    if not m:
        return None
    event = re.sub(r"^(?:the|a|an)\s+", "", m.group("event").strip(), flags=re.I)
    return event[:1].upper() + event[1:] if event else None


def extract_format(release: CleanRelease, host_event: str | None) -> str:
    lead = _lead(release)
    if _VIRTUAL.search(lead):
        return "virtual"
    if _PHONE.search(lead):
        return "phone"
    if host_event:
        return f"on the sidelines of {host_event}"
    return "in person"


def extract_venue(release: CleanRelease, vocab: Vocab, event_venue: str | None) -> str | None:
    """The city the meeting took place in: named in the lead, or the venue of its host event."""
    lead = _lead(release)
    if _VIRTUAL.search(lead) or _PHONE.search(lead):
        return None
    pattern = vocab.cached("city_pattern", lambda: _city_pattern(vocab))
    if m := pattern.search(lead):
        city = m.group("city")
        country = vocab.cities[city]
        return city if country in ("", city) else f"{city}, {country}"
    return event_venue


def _city_pattern(vocab: Vocab) -> re.Pattern:
    cities = "|".join(re.escape(c) for c in sorted(vocab.cities, key=len, reverse=True))
    return re.compile(rf"\b(?:in|at|to|In)\s+(?:[\w’'.\- ]{{0,40}}?\b)?(?P<city>{cities})\b")


def extract_level(release: CleanRelease, people: list[Person], vocab: Vocab) -> str:
    """The level of the ROK's head of delegation (or of the most senior participant)."""
    heads = sorted(vocab.levels, key=len, reverse=True)

    def level_of(title: str) -> str | None:
        return next((vocab.levels[h] for h in heads if re.search(rf"\b{re.escape(h)}\b", title)), None)

    participants = [p for p in people if p.participant]
    for p in participants:
        if p.country == "ROK" and (level := level_of(p.title)):
            return level
    levels = [lv for p in participants if (lv := level_of(p.title))]
    if levels:
        return min(levels, key=LEVEL_ORDER.index)
    if re.search(r"\bsummit\b", release.title, re.I):
        return "summit"
    return "unknown"


def _country_pattern(vocab: Vocab) -> re.Pattern:
    words = sorted(vocab.countries, key=len, reverse=True)
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(w) for w in words) + r")(?![\w-])")


def _countries_in(text: str, vocab: Vocab) -> Counter:
    """Countries other than the ROK named in `text`, with counts."""
    pattern = vocab.cached("country_pattern", lambda: _country_pattern(vocab))
    found = Counter(vocab.countries[m.group(0)] for m in pattern.finditer(text))
    found.pop("ROK", None)
    return found


def _many_countries(text: str, vocab: Vocab) -> bool:
    return len(_countries_in(text, vocab)) >= 3


def extract_counterpart(release: CleanRelease, people: list[Person], vocab: Vocab) -> str:
    """The other country of the meeting: from its foreign participants, else from the title."""
    foreign = [p.country for p in people if p.participant and p.country and p.country != "ROK"]
    distinct = list(dict.fromkeys(foreign))
    if len(distinct) == 1:
        return distinct[0]
    if len(distinct) > 1 or _many_countries(_lead(release), vocab):
        return "multilateral"
    if _many_countries(release.text, vocab):
        return "multilateral"
    for text in (release.title, _lead(release), release.text):
        if found := _countries_in(text, vocab):
            return found.most_common(1)[0][0]
    return "unknown"
