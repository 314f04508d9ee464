"""What kind of meeting a release reports: mechanism and session, level, format, venue, counterpart.

Each field has its own small `extract_<field>()`; they read the title and the opening sentences, where
a ministry states what met, where and how.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from functools import wraps
from itertools import chain, islice

from core.extract.constraints import MONTH_NAMES, ORDINAL_WORDS, SIDELINES_WORDS, WEEKDAYS, ordinal
from core.extract.people import Person
from core.extract.provenance import UNKNOWN
from core.extract.terms import Lexicon, Match, city_lexicon, party_lexicon
from core.ingest.clean import FIELD_LINES, CleanRelease, dateline
from core.ingest.prefilter import PatternSet, Prefiltered, prefiltered
from core.vocab import Vocab, fold

_ORDINAL = rf"(?P<num>\d{{1,3}}(?:st|nd|rd|th)|{'|'.join(ORDINAL_WORDS)})"
_NAME_WORD = r"(?:[A-Z][\w’'\-]*|of|and|on|for|between|the|in|consular|affairs|policy|political|foreign|ministerial|joint|high-level|meeting)"
_KIND = r"(?:Sub-?committee|Subcommittee|Consultations?|Dialogue|Joint Committee|Committee|Commission|Forum|consultations?|dialogue|sub-?committee|forum)"
# a verb a title tells the meeting with, in title case ("… on Arctic Cooperation Takes Place")
_TITLE_VERB = r"(?-i:(?:Held|Holds?|Takes?|Took|Opens?|Opened|Convenes?|Convened|Concludes?|Concluded|Ends?|Ended|Kicks?|Wraps?|Begins?|Starts?|Launch(?:es|ed)?|Meets?)\b)"
# what a mechanism is on: capitalised words, listed with commas and "and" ("Joint Commission on Economic,
# Scientific and Technical Cooperation"); not a day ("Policy Dialogue on May 3") nor an island
_TOPIC = (
    rf" on (?!(?:{'|'.join(MONTH_NAMES + WEEKDAYS)})\b)(?![^,.;]*\bIslands?\b)(?:the )?(?-i:[A-Z])[\w\-]*"
    rf"(?:(?:,? and |, | )(?:the )?(?!{_TITLE_VERB})(?-i:[A-Z])[\w\-]*)*"
)
MECHANISM_RE = prefiltered(
    rf"\b{_ORDINAL}\s+(?:(?:meeting|round|session) of (?:the\s+)?)?(?P<name>(?:{_NAME_WORD}\s+){{0,9}}?{_KIND}(?:\s+{_KIND})?)\b(?P<tail>(?:{_TOPIC}| between (?:the )?[A-Z][\w\- ]+?(?= and|,|\.|;| in | on | with |$)| on [a-z]+ affairs)?)",
    re.IGNORECASE,
)
_TOPIC_AFTER = re.compile(_TOPIC)
_HOST_CUE = prefiltered(
    rf"(?:(?:{SIDELINES_WORDS}) of|occasion of|participation in|course of|(?:conjunction|connection) with|on a visit to (?:the\s+)?(?:[A-Z][\w’']*\s+(?:of\s+)?){{1,4}}for|to attend|for the|during)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?$",
    re.I,
)
_NAME_PAIR = re.compile(r"^(?:the\s+)?[A-Z]\w+-[A-Z]\w+\s+")
_FULL_STOP = r"(?<!\b[A-Z])(?<!\bSt)(?<!\bSte)(?<!\bMt)(?<!\bFt)\."  # not an abbreviation's: "St. Petersburg", "U.S."
_HOST_EVENT_RE = prefiltered(
    rf"(?:(?:on|in|at) (?:the )?(?:{SIDELINES_WORDS}) of|on (?:the )?occasion of)\s+(?:(?:his|her|their|(?:[A-Z][\w-]*\s+){{1,2}}[A-Z][\w-]*[’']s) (?:participation|attendance) (?:in|at)\s+)?(?:the\s+|a\s+|an\s+)?(?P<event>[^,;]+?)(?=,| held| in [A-Z]| on (?:{'|'.join(MONTH_NAMES + WEEKDAYS)})\b|{_FULL_STOP}|;| during|$)",
    re.I,
)
# what a meeting held at a distance is called: "a virtual meeting", "in a remote format", "non-contact talks"
_REMOTE_KINDS = r"format|meeting|consultations?|talks|dialogue|summit|conference|session|manner|mode|conversation|discussion|exchange"
_VIRTUAL = prefiltered(
    rf"\b(?:virtual (?:[\w-]+ )?(?:{_REMOTE_KINDS}|setting|platform|form|call|gathering)s?|virtually|non-face-to-face|"
    r"(?-i:[Vv]irtual (?:[A-Z][\w’'-]* ){1,3}(?:Meeting|Summit|Talks|Dialogue|Conference|Session|Consultations?|Forum)s?)|"
    rf"remote (?:[\w-]+ )?(?:{_REMOTE_KINDS})s?|"
    r"(?:met|meet|meets|held|participated|joined|took part|talked|spoke)\s+(?:[\w’'.-]+\s+){0,8}?remotely|"
    r"video[ -]?(?:tele)?conferenc(?:e|es|ing)|web[ -]?conferenc(?:e|es|ing)|webinars?|online|(?:via|by) (?:video|VTCs?)\b|untact|"
    rf"(?:non-contact|contactless) (?:[\w-]+ )?(?:{_REMOTE_KINDS})s?|"
    r"video[ -]?(?:call|talks?|link|line|meeting|conversation|summit|format|session|dialogue|consultation)s?|"
    # taking part from afar: "delivered a video message to the Forum", "spoke through pre-recorded remarks"
    r"(?:deliver\w*|gave|give[ns]?|sen[dt]s?|present\w*|ma(?:de|kes?)|(?:via|through|by|in))\s+(?:(?:a|an|his|her|their)\s+)?"
    r"(?:video|(?:pre-?)?recorded(?:\s+video)?)\s+(?:message|address|remarks|speech)(?:es|s)?|"
    r"(?:via|through|over|on|by) (?:Zoom|Webex|Microsoft Teams|Skype)|(?:Zoom|Webex|Skype) (?:meeting|call|conference|session)s?)\b",
    re.I,
)
_PHONE = prefiltered(
    r"\b(?:(?:tele)?phon(?:e|ic)[ -](?:conversation|talks?|call|discussion|conference|meeting|summit|consultation|"
    r"dialogue|exchange)s?|"
    r"(?:by|over|on|via) the (?:tele)?phone|(?:by|over|via) (?:tele)?phone|on (?:tele)?phone(?=\s+(?:with|to)\b|\s*[,.;]|\s*$)|tele-?conferenc(?:e|es|ing)|conference calls?|"
    r"(?:held|had|made|received|took)\s+(?:a|an|their|his|her)\s+(?:(?!courtesy\b)[\w-]+\s+)?call\b"
    rf"(?!\s+for\b|\s+on\b(?!\s+(?:{'|'.join(MONTH_NAMES)})\b))|(?:tele)?phoned|[Ii]n\s+(?:a|an|their)\s+(?:(?:tele)?phone\s+)?call\b|"
    # "called his Mexican counterpart", "called Foreign Secretary …" (not "called on", "called for", "so-called")
    r"(?<!-)(?-i:called\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+)?counterparts?|(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,3}"
    r"(?:Foreign|Prime|Deputy|Vice|Minister|Secretary|President|Chancellor|Premier)\b)))\b",
    re.I,
)
LEVEL_ORDER = ("summit", "minister", "vice minister", "deputy minister", "working level")


def _opening(release: CleanRelease) -> str:
    return " ".join([release.title, *(s.text for s in release.opening(2))])


def _once_a_release(read: Callable[[CleanRelease], tuple[str, ...]]) -> Callable[[CleanRelease], tuple[str, ...]]:
    """`read`, worked out once for the release read last (every field's extractor asks for the same
    statements of one release in turn). A release is immutable, so the one kept is told by identity;
    the pair is replaced whole, so a reader in another thread never gets another release's."""
    last: list[tuple[CleanRelease | None, tuple[str, ...]]] = [(None, ())]

    @wraps(read)
    def once(release: CleanRelease) -> tuple[str, ...]:
        kept, value = last[0]
        if kept is not release:
            value = read(release)
            last[0] = (release, value)
        return value

    return once


def _told(release: CleanRelease) -> str:
    """What the release says of the meeting itself: the title and the statements telling it."""
    return "\n".join([release.title, *_telling(release)])


@_once_a_release
def _telling(release: CleanRelease) -> tuple[str, ...]:
    """The first statement, and a later opening statement whose subject is the meeting ("The
    meeting took place on the margins of …") or that tells an attendance going on ("Minister Kang is
    in Vladivostok to attend the Eastern Economic Forum"). A second statement on anything else ("The
    two ministers agreed to meet again in Rio") does not tell where or how they met."""
    first, *later = [s.text for s in release.opening(3)] or [""]
    return (
        first,
        *(t for t in later if _OF_THE_MEETING.match(t) or _ATTENDING_NOW.search(t) or _MET_ON_ITS_SIDELINES.match(t)),
        *(t for s in release.statements[3:] if _HELD_SO.match(t := s.text) and not _ANOTHER_TIME_IN.search(t)),
    )


# a statement further down whose subject is the meeting and that says how or where it was held: "The
# consultation was held via video conference in light of the COVID-19 situation.", "The meeting took place
# in Moscow." (not one of another time: "The meeting was held in Seoul in 2019", "… the previous year")
_HELD_SO = re.compile(
    r"(?:The|This)\s+(?:(?!(?:previous|last|next|upcoming|earlier|preceding|former|past|coming|first)\b)[\w-]+\s+){0,3}?"
    r"(?:meeting|talks|call|conversation|dialogue|consultations?|session|summit)\s+"
    r"(?:(?:was|were)\s+(?:held|convened|conducted)|took\s+place)\s+"
    rf"(?:via|by|over|online|virtually|remotely|in|at|on\s+the\s+(?:{SIDELINES_WORDS}|occasion)\s+of)\b"
)
_ANOTHER_TIME_IN = re.compile(r"\b(?:(?:19|20)\d\d|last|next|previous\w*|earlier|later|ago|former\w*|once|again)\b")


# "The meeting took place on the margins of …", "The talks were held via video link": a statement
# that says where or how the meeting reported took place; not "The meeting came pursuant to the
# agreement … held on the sidelines of …" nor "This meeting marked the second following …"
_OF_THE_MEETING = re.compile(
    r"(?:The|This|Their|Today[’']s)\s+(?:(?!(?:previous|last|next|upcoming|earlier|preceding|former|past|coming)\b)"
    r"[\w-]+\s+){0,3}?(?:meeting|talks?|call|conversation|dialogue|"
    r"consultations?|session|summit|discussions?)\s+(?:(?:was|were|is|are)\s+(?:held|convened|conducted|arranged)|"
    r"took place|takes place|came|comes)\s+(?:on|in|at|via|by|over|during|while|through|online|virtually|remotely)\b"
)
# "On the sidelines of the Forum, Minister Kang held a bilateral meeting with …": a meeting on the
# sidelines of an event the statements before told
_MET_ON_ITS_SIDELINES = re.compile(
    rf"(?:On|At|In)\s+(?:the\s+)?(?:{SIDELINES_WORDS}|occasion)\s+of\b[^.;]{{0,80}},[^.;]*?\b(?:met|meets|held|holds|had)\b"
)
# "Minister Kang is in Vladivostok to attend …", "… is visiting New York to attend …", "… is in Rio de Janeiro for …",
# "… are attending …":
# an attendance going on as the release is written, not one ahead ("will attend") or past ("attended")
_ATTENDING_NOW = prefiltered(
    r"\b(?:is|are)\s+(?:currently\s+|now\s+)?(?:(?:in|visiting)\s+[A-Z][\w.’'-]*(?:\s+(?:(?:de|da|do|del|es|la|el|al)\s+)?[A-Z][\w.’'-]*){0,3},?\s+"
    r"(?:to\s+attend|for)|attending)\s"
)


_BESIDE = re.compile(rf"\b(?:{SIDELINES_WORDS}|occasion)\b", re.I)


def _not_a_series(name: str, vocab: Vocab) -> bool:
    """An acronym alone that names no recurring event of event_series.yaml or events.yaml ("the
    MOFA", "the UN"), where "the ARF", "APEC", "UNGA" and a numbered edition ("COP28") do."""
    return (
        bool(re.fullmatch(_ACRONYM, name))
        and not re.fullmatch(_NUMBERED, name)
        and not any(s.pattern.fullmatch(name) for s in vocab.dating.series)
        and not any(e.named and e.named.fullmatch(name) for e in vocab.events)
    )


def _between_two(name: str, vocab: Vocab) -> bool:
    """An event named for the home country and one partner ("the 3rd Korea-Brazil Strategic
    Dialogue") is, when a side attends it, the bilateral meeting itself, not an event it was held at."""
    parties = {m.value for m in _lexicon(vocab).finditer(name)}
    return vocab.home in parties and len(parties) == 2


def extract_mechanism(release: CleanRelease, vocab: Vocab) -> tuple[str | None, int | None]:
    """(canonical mechanism or meeting type, session number) from the title and the opening."""
    texts = (release.title, _told(release), *_later_telling(release))
    for text in texts:
        if known := _known_mechanism(text, vocab):
            return known
    for text in texts:
        hosts = None  # the host events' spans, read only for a text that names a mechanism
        for m in MECHANISM_RE.finditer(text):
            cue = _HOST_CUE.search(text[max(0, m.start() - 60) : m.start()])
            if cue and (_BESIDE.search(cue.group(0)) or not _between_two(m.group(0), vocab)):
                continue  # held on the sidelines of it, or attending another event: not this meeting
            if hosts is None:
                hosts = [span for span, _, _ in _events(text, vocab)]
            if any(a <= m.start() < b for a, b in hosts):
                continue  # a body of the host event ("on the margins of the UN General Assembly First Committee")
            name = _canonical(m.group("name") + m.group("tail"), vocab)
            if name:
                return name, ordinal(m.group("num"))
    types = vocab.cached("meeting_type_patterns", lambda: _meeting_type_patterns(vocab))
    for text in (release.title.casefold(), " ".join(texts[1:]).casefold()):
        for kind, pattern in types.could_match(text):  # in the vocabulary's order
            if pattern.search(text):
                return kind, None
    return None, None


def _meeting_type_patterns(vocab: Vocab) -> PatternSet:
    """(meeting type, a pattern for one phrase naming it, plural too, searched only in text holding
    the phrase), compiled once per vocabulary."""
    return PatternSet(
        (kind, prefiltered(rf"\b{re.escape(p.casefold())}s?\b"))
        for kind, phrases in vocab.meeting_types.items()
        for p in phrases
    )


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
        if m and _TOPIC_AFTER.match(text, m.end()):
            continue  # "Joint Committee on Trade and Industry" is not the "Joint Committee" of the vocabulary
        if m and not _HOST_CUE.search(text[max(0, m.start() - 60) : m.start()]):
            return name, ordinal(m.group("num"))
    return None


def _strip_parties(phrase: str, vocab: Vocab) -> str:
    """'ROK-Russian Federation Consultations' -> 'Consultations': the hyphenated parties in front."""
    pos, parties = 0, 0
    for m in _lexicon(vocab).finditer(phrase):
        gap = phrase[pos : m.start]
        if not re.fullmatch(r"(?:the\s+)?" if parties == 0 else r"\s*[-–]\s*", gap):
            break
        pos, parties = m.end, parties + 1
    return phrase[pos:].lstrip() if parties >= 2 else phrase


def _canonical(phrase: str, vocab: Vocab) -> str | None:
    phrase = re.sub(r"\s+", " ", phrase).strip()
    phrase = _NAME_PAIR.sub("", _strip_parties(phrase, vocab))
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


def extract_host_event(release: CleanRelease, vocab: Vocab) -> str | None:
    """The event a meeting was held on the sidelines or occasion of, from the title or the first
    sentence (the fuller name when both give it: '14th Korea-Central Asia Cooperation Forum', and
    '37th regular session of the UN Human Rights Council' for the title's '37th UNHRC Session')."""
    named = (name for text in _lead_parts(release) for _, _, name in islice(_events(text, vocab), 1))
    found = [e[:1].upper() + e[1:] for n in named if (e := _attended(n, release) if _KIND_ALONE.fullmatch(n) else n)]
    if len(found) >= 2 and len(found[1].split()) > len(found[0].split()):
        title, sentence = found[:2]
        same = title.casefold() in sentence.casefold() or (
            _edition(title) == _edition(sentence)
            and any(e.held_at(title) and e.held_at(sentence) for e in vocab.events)
        )
        if same:
            return sentence
    return found[0] if found else None


def _attended(kind: str, release: CleanRelease) -> str | None:
    """The event of `kind` that an opening statement tells the release's side attended ("the Forum"
    of "attended the ASEAN Regional Forum in Bangkok"), if any."""
    for sentence in release.opening(3):
        for m in _ATTENDS.finditer(sentence.text):
            name = re.sub(r"^(?:the|a|an)\s+", "", m.group("event"), flags=re.I)
            if name.split()[-1].casefold().rstrip("s") == kind.casefold().rstrip("s"):
                return name
    return None


def _edition(name: str) -> int | None:
    """The edition an event's name gives ('37th …', 'the eleventh …'), if any."""
    first = re.match(r"\S+", name)
    return ordinal(first.group(0)) if first else None


def host_event_names(release: CleanRelease, vocab: Vocab) -> tuple[str, ...]:
    """The host event's names as the title and the first sentence word them ('69th UNGA Session',
    '69th session of the UN General Assembly')."""
    return tuple(words for text in _lead_parts(release) for _, words, _ in islice(_events(text, vocab), 1))


_Event = tuple[tuple[int, int], str, str]


def _events(text: str, vocab: Vocab) -> tuple[_Event, ...]:
    """`_events_in(text)`, found once for the texts read last: the mechanism, host event, areas and
    partners each ask for the events of the title and the lead."""
    return vocab.remembered("events_of_texts", text, lambda t: tuple(_events_in(t, vocab)), limit=64)


def _events_in(text: str, vocab: Vocab) -> Iterator[_Event]:
    """The events `text` names as a meeting's occasion, host cues first: (span, words as written,
    name without its article). An occasion that is no event ("his official visit", "the 60th
    anniversary", "the signing of …"), or an event attended that is the bilateral meeting itself
    ("to attend the 3rd Korea-Brazil Strategic Dialogue"), or one of another time ("their meeting
    on the sidelines of the UN General Assembly in September 2011"), is left out."""
    for pattern in (_HOST_EVENT_RE, _ATTENDED_EVENT_RE, _HELD_THERE_RE):
        for m in pattern.finditer(text):
            name = re.sub(r"^(?:the|a|an)\s+", "", m.group("event").strip(), flags=re.I)
            if not name or _NOT_AN_EVENT.search(name) or _ANOTHER_TIME.match(text, m.end("event")):
                continue
            if _BEFORE_OR_AFTER.search(text, max(0, m.start() - 12), m.start() + 1):
                continue  # "after attending the G7 meeting in Hiroshima": not where they met
            if _EARLIER_MEETING.search(text, max(0, m.start() - 50), m.start()):
                continue  # "following their meeting on the sidelines of the MSC in February"
            if _LATER_MEETING.search(text, max(0, m.start("event") - 120), m.start("event")):
                continue  # "and agreed to meet on the sidelines of the ARF": a meeting to come
            if pattern is not _HOST_EVENT_RE and (_between_two(name, vocab) or _not_a_series(name, vocab)):
                continue
            if "occasion" in text[m.start() : m.start("event")] and not _a_gathering(name, vocab):
                continue
            yield m.span("event"), m.group("event"), name


# an event's name: capitalised words ending in a kind of event ("G20 Foreign Ministers' Meeting", "the
# 78th session of the UN General Assembly"), an ordinal word first ("the eleventh Korea-Central Asia
# Cooperation Forum"), a meeting or forum in lower case after a name ("an ROK-Japan-China Foreign
# Ministers' meeting") or after an acronym ("the APEC meetings"), an acronym alone ("the ARF": kept only
# if it names a recurring event, see `_events`; not "NATO Headquarters"), or a ceremony ("the inauguration ceremony of President
# Lula", "the state funeral of …")
_NAME_WORDS = (  # a word with the full stop of an abbreviation too: "St. Petersburg", "U.S.-Africa"
    r"(?:(?:(?:St|Ste|Mt|Ft)\.|(?:[A-Z]\.){2,}[\w’'-]*|[A-Z0-9][\w’'-]*|session|regular|annual|plenary)\s+"
    r"(?:(?:of|on|for|and|the)\s+)*)"
)
_EVENT_KIND = r"(?:Forum|Summit|Conference|Meetings?|Assembly|Dialogue|Games|Olympics|Expo|Session|Week|Ministerial)"
# a meeting of a gathering's ministers or officials, named after it ("the East Asia Summit Foreign Ministers'
# Meeting", "the ASEAN Regional Forum Senior Officials' Meeting"): not the gathering itself
_ITS_MINISTERS = r"\s+(?:[A-Z][\w-]*\s+){0,2}(?:Ministers|Officials|Leaders)[’']?\s+(?:Meetings?|Retreat|Session)"
_ACRONYM = r"[A-Z][A-Z0-9+]+(?:-[A-Z0-9+]+)*(?:\s\d{1,2}(?![\w’'-]))?"
_NUMBERED = r"[A-Z]{2,}\s?\d{1,2}"  # an acronym with its edition's number: one edition of a series ("COP28", "MC 13")
_RITE = r"(?:inauguration|inaugural|swearing-in|funeral|coronation)"
_WHOSE = r"\s+of\s+(?:the\s+)?(?:[A-Z0-9][\w.’'-]*\s+){0,5}[A-Z0-9][\w.’'-]*"
_CEREMONY = (  # a rite named as a ceremony, a state's, or someone's; not "the inauguration of the new building"; an
    # event's opening or closing ceremony ("the opening ceremony of the PyeongChang Winter Olympics")
    rf"(?:(?:(?:presidential|state)\s+{_RITE}(?:\s+ceremony)?|{_RITE}\s+ceremony)(?:{_WHOSE})?|{_RITE}{_WHOSE}|"
    rf"(?:opening|closing)\s+ceremony{_WHOSE})"
)
# a council's session: "the 55th session of the UN Human Rights Council" (a council alone is a body, not a gathering)
_SESSION_OF = rf"(?:[\w-]+\s+){{0,2}}?session\s+of\s+(?:the\s+)?{_NAME_WORDS}{{0,6}}?Council"
_EVENT_NAME = (
    rf"(?P<event>(?:(?:{'|'.join(ORDINAL_WORDS)})\s+)?"
    rf"(?:{_NAME_WORDS}{{0,8}}?{_EVENT_KIND}(?:\s+{_EVENT_KIND}|{_ITS_MINISTERS})?|{_NAME_WORDS}{{2,8}}?(?:meetings?|forum|summit|conference)|"
    rf"{_ACRONYM}(?:-related|-led|-hosted)?(?:\s+(?:ministerial|foreign ministers[’']?|leaders[’']?))?"
    rf"(?:\s+(?:meetings?|summit|forum|conference|session|ministerial))?(?!\s+(?:[Hh]eadquarters|HQ|[Ss]ecretariat)\b)|"
    rf"{_SESSION_OF}|{_CEREMONY})(?![\w’'-]))"
)
# a part of an event, named in lower case before it: "the high-level week of the UN General Assembly", "the
# ministerial segment of COP16", "the annual meeting of the World Economic Forum"
_PART_OF = (
    r"(?:(?:high-level|ministerial|leaders[’']?|opening|closing|plenary|annual|general|special|regular)\s+)?"
    r"(?:week|segment|session|meeting|debate|part|portion)\s+of\s+(?:the\s+)?"
)
# "while attending the ASEAN Regional Forum in Singapore", "During the G20 Summit", "amid", "as part of her
# participation in" or "on the first day of" the G20 Summit, "during his visit
# to New York to attend the 68th Session of the UN General Assembly", "met with … at the G20 Foreign
# Ministers' Meeting" or "at the reception of the Munich Security Conference" (not "met … and discussed
# cooperation at the ARF": a topic), "currently in Phnom Penh for the ASEAN-related …", "attended the
# Eastern Economic Forum in Vladivostok and met with …" (a title's "Attends ASEAN Regional Forum,
# Holds Talks with …"), "who accompanied President Putin to the G20 Summit", "a bilateral meeting …
# at the venue of the G20 Summit", "in Rio de Janeiro, where the G20 Summit is being held" (or "took
# place", but not "took place in 2019"): an event by name
_ATTENDED_EVENT_RE = prefiltered(
    r"\b(?:[Aa]ttending|[Aa]ttend(?:ed|s)(?=[^.;]{0,140}?(?:\b[Aa]nd\s+(?:[Aa]lso\s+)?(?:[Mm]e(?:t|ets)|[Hh]olds?|[Hh]eld|[Hh]a[ds])|[,;]\s+(?:Meets|Holds|Has))\b)|"
    r"[Dd]uring|to attend|alongside|amid|as part of|on the (?:first|second|third|opening|closing|final|last) day of|"
    r"(?:within|in) the framework of|[Ii]n the course of|"
    r"[Ii]n (?:conjunction|connection) with|on the side of|[Tt]aking the (?:opportunity|occasion) of|(?<=, )the (?:venue|host city) of|(?:[Mm]et|[Mm]eets|[Mm]eeting|[Tt]alks|[Ee]ncounter|[Cc]onversation|[Ee]xchange|[Cc]hat|[Pp]ull-aside|[Ss]ummit)\b(?:(?!\b(?:discuss|agree|exchang|cooperat|coordinat|support|work|ask|request)\w*\b)[^.;]){0,100}?\bat(?: the (?:venue|reception|(?:[\w-]+ )?(?:dinner|luncheon|lunch|banquet|ceremony)) (?:of|for))?|"
    r"(?:visit\w*|trip|stay|while in|currently in|who (?:is|was|were) (?:currently )?in)\b[^.;,]{0,40}?\bfor|[Aa]ccompan\w*\b[^.;,]{0,60}?\bto|,\s+in\s+[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2}\s+for|"
    r"(?:where|who)\s+(?:(?:he|she|they|the two(?: \w+)?)\s+)?(?:also\s+)?(?:attended|(?:is|are|was|were)\s+attending))"
    rf"\s+(?:(?:his|her|their)\s+(?:participation|attendance|presence)\s+(?:in|at)\s+)?(?:(?:the|an?)\s+)?(?:{_PART_OF})?{_EVENT_NAME}"
)
# the release's side attends, hosts or chairs a gathering ("Foreign Minister Attends G20 Foreign Ministers'
# Meeting", "hosted the 5th Korea-Pacific Islands Foreign Ministers' Meeting")
_ATTENDS = re.compile(
    rf"\b(?:[Aa]ttend(?:s|ed)?|[Pp]articipate[sd]? in|[Hh]ost(?:s|ed)?|(?:[Cc]o-?)?[Cc]hair(?:s|ed)?)\s+(?:the\s+|an?\s+)?{_EVENT_NAME}"
)
_BEFORE_OR_AFTER = re.compile(r"\b(?:after|before|following)\s+\w")
# a meeting of another time, just before the event it was held at: "following their meeting on the
# sidelines of …", "recalled the talks held at the …", "since they met on the occasion of …"
_EARLIER_MEETING = re.compile(
    r"\b(?:after|following|since|before|previous|last|earlier|recent|recall\w*)\s+(?:(?:their|the|a|an|his|her|our)\s+)?"
    r"(?:(?:[\w-]+\s+){0,2}(?:meetings?|talks|summits?|encounter|conversation|call|sessions?|dialogue)|"
    r"(?:they|the two(?:\s+\w+)?)\s+(?:had\s+)?(?:met|talked|spoke))\s+(?:(?:held|which took place)\s+)?$",
    re.I,
)
# a meeting to come that the sides agreed on, just before the event it is to be held at: "agreed to meet
# on the sidelines of …", "decided to hold a summit on the margins of …", "hoped to meet again at …" (not
# "as they had agreed to meet on the sidelines of …": this one; nor "will meet …", which announces this one)
_A_MEETING = r"(?:meet(?:ing)?|hold(?:ing)?\s+(?:(?:a|an|the|their|another)\s+)?(?:[\w-]+\s+){0,2}(?:meetings?|talks|summit|dialogue|consultations?))"
_WITH = r"(?:\s+with\s+(?:him|her|them|each\s+other|(?:[A-Z][\w.’'-]*\s+){0,2}[A-Z][\w.’'-]*))?"  # "… with him"
_AT_EVENT = rf"\s+(?:at|during|(?:on|in)\s+the\s+(?:{SIDELINES_WORDS}|occasion)\s+of)\s+(?:the\s+|an?\s+)?$"
_LATER_MEETING = re.compile(
    rf"\b(?<!had )(?:agreed|decided|pledged|promised|vowed)\s+to\s+{_A_MEETING}(?:\s+again)?{_WITH}{_AT_EVENT}|"
    rf"\b(?:hope[sd]?|hoping|forward)\s+to\s+{_A_MEETING}\s+again{_WITH}{_AT_EVENT}",
    re.I,
)
# an event named by its kind alone, as a statement names again one told before ("the Forum", "the Summit")
_KIND_ALONE = re.compile(rf"{_EVENT_KIND}|meetings?|event", re.I)
_ANOTHER_TIME = re.compile(
    rf"\s+in\s+(?:(?:{'|'.join(MONTH_NAMES)})\s+)?(?:19|20)\d\d\b|"
    r",?\s+(?:(?:last|next|earlier this|later this)\s+(?:week|month|year)|(?:on\s+)?the (?:previous|following) day|earlier|"
    r"previously)\b"
)
_HELD_THERE_RE = prefiltered(
    rf"\bwhere\s+(?:the\s+)?{_EVENT_NAME}(?=\s+(?:is|are)\s+(?:being\s+held|held|under\s?way|in progress|ongoing)|"
    r"\s+(?:(?:is|are)\s+taking|takes?)\s+place|"
    r"(?:\s+(?:was|were)\s+(?:being\s+)?held|\s+(?:was|were)\s+(?:taking\s+place|under\s?way)|\s+took\s+place)"
    rf"(?!{_ANOTHER_TIME.pattern}|\s+(?:for the (?:first|\w+th) time|once|before)\b))"
)
_NOT_AN_EVENT = prefiltered(
    r"\b(?:next|last|this) year\b|\banniversary\b(?!.*\b(?:summit|forum|conference|ceremony|meeting)\b)|"
    r"^(?:his|her|their|its)\b|\b(?:latter|visit|signing)\b",
    re.I,
)


# an occasion is a gathering when its name says so ("the Korea-Russia Dialogue Forum", "the 10th meeting
# of the Joint Commission", "the inauguration ceremony of …") or it is a recurring event by its acronym
# ("the ARF"); not "the completion of his tenure", "Russia Day" nor "the Year of Mutual Exchanges"
_GATHERING = re.compile(
    rf"\b(?:{_EVENT_KIND}|meetings?|forum|summit|conference|session|ministerial|congress|council|talks|"
    r"consultations?|commission|committee|convention|symposium|seminar|workshop|retreat|expo|exhibition|"
    r"festival|games|olympics|ceremony|funeral|inauguration|coronation)\b",
    re.I,
)


def _a_gathering(name: str, vocab: Vocab) -> bool:
    return bool(_GATHERING.search(name)) or (bool(re.fullmatch(_ACRONYM, name)) and not _not_a_series(name, vocab))


def _lead_parts(release: CleanRelease) -> list[str]:
    """The title and the statements telling the meeting: where a release says what met, and on
    what occasion. A title made from the first sentence is a cut copy of it ("… the 52nd Munich
    Security…"), so a page without a title of its own gives its statements alone."""
    return [*([] if release.title_derived else [release.title]), *_telling(release)]


def _of_this_meeting(way: Prefiltered, text: str) -> bool:
    """Whether `text` tells a meeting held `way` that is not one of another time ("met in Riyadh,
    following their phone call last month", "discussed preparations for the upcoming video
    conference between the two leaders")."""
    return any(
        not _PAST_AFTER.match(text, m.end()) and not _OTHER_TIME_BEFORE.search(text, max(0, m.start() - 40), m.start())
        for m in way.finditer(text)
    )


# a remote meeting of another time: "following their phone call", "after the previous video
# conference"; one prepared for ("preparations for the upcoming video summit", "ahead of the
# virtual summit"). Not "upcoming" alone: a release announcing the meeting may call it so.
_OTHER_TIME_BEFORE = re.compile(
    r"\b(?:following|after|since|previous|last|earlier|recent|preparations?\s+for|(?:in\s+)?preparation\s+for|"
    r"(?:to\s+)?prepare\s+for|ahead\s+of|prior\s+to|in\s+the\s+run-up\s+to|in\s+advance\s+of)\s+"
    r"(?:(?:their|the|a|an|his|her)\s+)?(?:(?:series|rounds?|number)\s+of\s+|(?:two|three|several|many)\s+(?:rounds\s+of\s+)?)?"
    r"(?:(?:upcoming|forthcoming|planned|proposed|coming|next)\s+)?(?:[\w-]+\s+)?$",
    re.I,
)
# … of another time told after it: "their phone call last month", "the video conference held in March", "… in 2020"
_PAST_AFTER = re.compile(
    r",?\s+(?:held\s+)?(?:(?:last|earlier this)\s+(?:week|month|year)|previously|"
    rf"in\s+(?:(?:{'|'.join(MONTH_NAMES)})(?:\s+(?:19|20)\d\d)?|(?:19|20)\d\d))\b"
)

VIRTUAL, PHONE = "virtual", "phone"
REMOTE_FORMATS = (VIRTUAL, PHONE)


def extract_format(release: CleanRelease, host_event: str | None, people: list[Person] | None = None) -> str:
    """How the sides met, as the title and the statements telling the meeting say: virtual, phone,
    on the sidelines of `host_event`, or in person (a hybrid meeting too: some met); 'unknown' where
    no meeting is told and words were sent ("exchanged congratulatory messages"), or where the
    release names no one (`people` found, an empty list: aid decided, a statement issued; None: not
    known, never unknown for it)."""
    opening = _told(release)
    if _of_this_meeting(_VIRTUAL, opening) and not _HYBRID.search(opening):
        return VIRTUAL
    if _of_this_meeting(_PHONE, opening):
        return PHONE
    if host_event:
        return f"on the sidelines of {host_event}"
    sent = _WRITTEN.search(opening) and not _HANDED_OVER.search(opening)
    if not _MET.search(opening) and (sent or (people == [] and not _later_telling(release))):
        return UNKNOWN  # no meeting told: messages or letters sent; aid decided, a statement issued, naming no one
    if _BY_CHANNELS.search(opening) and not _MET_IN_PERSON.search(opening):
        return UNKNOWN  # "agreed through diplomatic channels", "by an exchange of notes": no one met
    return "in person"


# in person with some joining online: "held in a hybrid format", "in a hybrid manner", "held both in
# person and online", "online and offline"
_HYBRID = re.compile(
    r"\bhybrid\s+(?:[\w-]+\s+)?(?:format|manner|mode|form|meeting|session|event)s?\b|\bin\s+hybrid\b|"
    r"\bin[ -]person\s+and\s+(?:online|virtual(?:ly)?|by\s+video)\b|\b(?:online|virtually)\s+and\s+(?:offline|in[ -]person)\b",
    re.I,
)
# words sent rather than a meeting: "exchanged congratulatory messages", "sent a letter of condolence"
_WRITTEN = prefiltered(
    r"\b(?:exchang\w*|sent|sends?|deliver\w*|convey\w*)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:messages?|letters?|telegrams?|cables?|greetings)\b",
    re.I,
)

# a letter or message handed over where someone received it: a meeting ("Ambassador Lee delivered a letter
# from Foreign Minister Chung to Foreign Minister Lavrov in Moscow", "handed over the letter at the Kremlin")
_HAND_OVER = r"deliver\w*|hand(?:s|ed|ing)?\s+over"
_HANDED_OVER = prefiltered(rf"\b(?:{_HAND_OVER})\s+[^.;\n]{{0,120}}?\b(?:in|at)\s+(?:the\s+)?[A-Z]")

# an agreement reached without meeting: "agreed through diplomatic channels", "by an exchange of notes"
_BY_CHANNELS = prefiltered(
    r"\b(?:through|via|by)\s+(?:the\s+)?diplomatic\s+channels?\b|\bexchange[sd]?\s+(?:of\s+)?(?:diplomatic\s+)?notes\b",
    re.I,
)
# what tells people met, beside an agreement reached through channels
_MET_IN_PERSON = prefiltered(
    r"\b(?:met|meets?|meeting|talks|summit|visit\w*|call|conversation|luncheon|lunch|dinner|ceremony|forum|"
    r"conference|session|dialogue|delegations?)\b",
    re.I,
)


# a meeting told: what the sides held, attended, visited or signed, a meal or a ceremony, a speech given, a
# call paid ("called on the Prime Minister"; not "calls on all parties to exercise restraint": an appeal)
_MET = prefiltered(
    r"\b(?:met|meets?|meeting|talks|held|holds?|hosted|hosts|receiv\w*|visit\w*|call|conversation|summit|"
    r"dialogue|consultations?|session|forum|conference|attend\w*|co-?chair\w*|discuss\w*|exchanged views|sign\w*|"
    r"luncheon|lunch|dinner|banquet|breakfast|ceremony|delegations?|convened|took part|participat\w*|negotiat\w*|"
    r"lecture|speech|keynote|call(?:ed|s) on\b(?![^.;,]{0,50}?\bto\s+[a-z])|agreed)\b",
    re.I,
)


def _one_name_a_city(venue_of):
    """`venue_of(release, vocab, …)` with its city given by the one name places.yaml gives it ("in
    Washington, D.C." and "at the White House" are both "Washington DC, US"), and in the state the
    release names of those with a place of that name (`Places.namesakes`), else none: "Valencia" is
    Spain's with Spain's minister, and "at the Palacio de Santa Cruz" names neither Santa Cruz."""

    @wraps(venue_of)
    def named(release: CleanRelease, vocab: Vocab, *args, **kwargs) -> str | None:
        venue = venue_of(release, vocab, *args, **kwargs)
        if venue is None or ", " not in venue:
            return venue
        city, state = venue.rsplit(", ", 1)
        if others := vocab.cached("namesakes", vocab.places.namesakes).get(city.replace("’", "'")):  # "St. John’s"
            state = _named_state(release, (state, *others), vocab)
            if state is None:
                return None
        return _city_of(vocab.places.city_name(city), state)

    return named


def _named_state(release: CleanRelease, states: tuple[str, ...], vocab: Vocab) -> str | None:
    """The first of `states` that is the home country or that the title or the opening names."""
    text = "\n".join((release.title, *(s.text for s in release.opening(3))))
    named = {vocab.home, *(m.value for m in _lexicon(vocab).finditer(text))}
    return next((state for state in states if state in named), None)


@_one_name_a_city
def extract_venue(
    release: CleanRelease,
    vocab: Vocab,
    format_: str,
    event_venue: str | None,
    host_event: str | None = None,
    day: dt.date | None = None,
    home: str | None = None,
    names: tuple[str, ...] = (),
) -> str | None:
    """Where the meeting took place: the seat of its host event (events.yaml: "the UN General
    Assembly" is in New York) or the city in its name ("Bled Strategic Forum"), else a city the
    statements telling the meeting name as its place ("in Busan", "to Manila", "in Honolulu,
    Hawaii") or the city of a seat they name ("at the Kremlin"), or a later opening statement telling
    a meeting of this time and day, else a city the title closes on, else the venue of an event of
    known edition named in the opening, else the host city of the host event's edition held on the
    meeting's `day` (editions.yaml), else a town too small for the city list, named as the place
    with its state ("in Aqaba" with Jordan named, "in Karuizawa, Japan"), else a state named as the
    place ("in Mexico") or its capital by its adjective ("in the Turkish capital"), else a state a
    later statement tells a side is visiting, else the seat of a state whose foreign ministry is
    named as the place ("at the Russian Foreign Ministry"), else the seat of `home`, the
    publisher's country, for a meeting "at the Ministry of Foreign Affairs" or a courtesy call or
    guest its official received, else the home country when a side is visiting it ("who is on a
    visit to the ROK", "welcomed Minister Sok's first visit to Korea"), or `home` when the other side
    is its visitor ("held talks with visiting Brazilian Foreign Minister …"). None for a call or a video
    conference, or where no meeting is told (`format_`, from `extract_format`). A city's name inside
    one of the `names` of the people found is no place ("Ambassador Juan Pablo Lira": not Lira)."""
    if format_ in REMOTE_FORMATS or format_ == UNKNOWN:
        return None  # met remotely, or no meeting told
    opening = _told(release)
    when = _meeting_day(opening, day)
    if host_event and (seat := next((e.venue for e in vocab.events if e.venue and e.held_at(host_event)), None)):
        return seat
    cities = city_lexicon(vocab)
    for m in cities.finditer(host_event or ""):
        if not _SOMEONES_NAME.search(host_event, 0, m.start) and not _REGNAL.match(host_event, m.end):
            return _city_of(m.text, m.value)
    if (
        city := _place_city(opening, vocab, names=names)
        or _landmark_city(opening, vocab)
        or _dateline_city(release, cities)
    ):
        return city
    if place := _venue_field(release, cities, vocab):
        return place
    others = _other_statements(release)
    for text in others:  # "During the visit, he held the consultation in Moscow"
        telling = _MEETING_WORD.search(text) or _VISITING_NOW.search(text)  # "Minister Cho is visiting Tokyo"
        place = telling and not _another_day(text, when) and not _AFTERWARDS.search(text)
        if place and (city := _place_city(text, vocab, _elsewhere, names) or _landmark_city(text, vocab)):
            return city
    if not release.title_derived and (city := _city_closing(release.title, cities)):
        return city  # "… Strategic Dialogue (Tashkent)", "… with Uzbek Counterpart, Tashkent"
    if event_venue:
        return event_venue
    if city := _edition_city(host_event, day, vocab):
        return city
    if town := _town_of_a_party(opening, vocab):
        return town
    for m in _lexicon(vocab).finditer(opening):
        if town := _town_of(opening, m, vocab):
            return town
        named_as_place = (
            _a_name_of_the_state(m, vocab)
            and m.value in vocab.places.states
            and m.value != vocab.home
            and _IN_BEFORE.search(opening[max(0, m.start - 16) : m.start])  # "visiting the "
            and not _ENVOY_TO.search(opening, max(0, m.start - 40), m.start)
            and not _GIVEN_TO.search(opening, max(0, m.start - 60), m.start)
            and not _elsewhere_before(opening, m.start)
        )
        if capital := _capital_named(opening, m, vocab):  # "in the Turkish capital", "in the UAE capital"
            return capital
        if named_as_place and not _POSSESSIVE.match(opening, m.end) and not _INSTITUTION.match(opening, m.end):
            return _its_city_named(opening, m, vocab) or m.value
    for text in others:  # "Minister Park is on a visit to Brazil from May 2 to 5."
        for m in _VISITING.finditer(text):
            state = _visited_state(m, vocab)
            elsewhere = _elsewhere(text, max(0, m.start() - 80), m.start()) or _NOT_NOW.search(
                text, m.end(), m.end() + 30
            )
            if state in vocab.places.states and not elsewhere and not _another_day(text, when):
                return state
    if seat := _ministry_seat(opening, vocab):
        return seat
    if home and _AT_THE_MINISTRY.search(opening) and (capital := vocab.places.seat_of(home)):
        return _city_of(capital, home)  # the publisher's own ministry, in its capital
    if home and _received_at_home(opening, home, vocab) and (capital := vocab.places.seat_of(home)):
        return _city_of(capital, home)
    # "Minister Maas, who was on an official visit to the ROK, …", "… visited Korea on May 3 and held talks …"
    for m in chain(_VISITING.finditer(opening), _VISITED.finditer(opening)):
        if _visited_state(m, vocab) == vocab.home:
            return vocab.home
    if home and _VISITOR.search(opening):  # "held talks with visiting Brazilian Foreign Minister …": in the publisher's
        return home
    if _visit_home(opening, _PAYING_A_VISIT, vocab) or any(
        _visit_home(s.text, _WELCOMED_VISIT, vocab) for s in release.opening(3)
    ):
        return vocab.home
    return None


def _its_city_named(text: str, state: Match, vocab: Vocab) -> str | None:
    """A city of the state `text` names as the place, that `text` names after it as the place: its
    capital by the state's adjective ("Vice Minister Visits Russia" + "in the Russian capital") or
    the seat of its foreign ministry ("at the Russian MFA", "at the Ministry of Foreign Affairs of
    the Russian Federation"): Moscow."""
    rest = text[state.end :]
    capitals = (_capital_named(rest, m, vocab) for m in _lexicon(vocab).finditer(rest) if m.value == state.value)
    city = next((c for c in capitals if c), None) or _ministry_seat(rest, vocab)
    return city if city and city.endswith(f", {state.value}") else None


def _a_name_of_the_state(m: Match, vocab: Vocab) -> bool:
    """Whether the words found name their state as a place can ("Brazil", "the United States",
    "the UAE", "Vietnam"), not qualify it ("Brazilian", "Emirati") nor own something ("Russia's")."""
    if m.text.endswith(m.value):
        return True
    adjectives = vocab.cached("adjectives", vocab.places.adjective_words)
    return m.text not in adjectives and not m.text.endswith(("’s", "'s"))


def _visited_state(m: re.Match, vocab: Vocab) -> str | None:
    """The state a visit's `place` names; the sentence's full stop is not part of it ("who is
    visiting Korea."), an abbreviation's is ("the U.S.")."""
    return vocab.countries.get(m["place"]) or vocab.countries.get(m["place"].rstrip("."))


def _visit_home(text: str, visit: re.Pattern, vocab: Vocab) -> bool:
    """Whether `text` tells, by `visit`, a visit to the home country of this time: the meeting was
    there ("Minister Cho welcomed Deputy Prime Minister Sok's first visit to Korea", "who is paying an
    official visit to Korea"; not "his visit to Korea last year", "his planned visit to Korea")."""
    return any(
        _visited_state(m, vocab) == vocab.home and not _NOT_NOW.search(text, m.start(), m.end() + 30)
        for m in visit.finditer(text)
    )


def _capital_named(text: str, state: Match, vocab: Vocab) -> str | None:
    """The capital a state's adjective or name names as the place: "in the Turkish capital" is
    Ankara, "to the Brazilian capital on May 3" Brasilia, "in Mexico's capital" Mexico City (not "the
    Korean capital market")."""
    before = text[max(0, state.start - 16) : state.start]
    owned = _POSSESSIVE.match(text, state.end)
    if (
        state.value in vocab.places.states
        and (_THE_BEFORE.search(before) or (owned and _IN_BEFORE.search(before)))
        and _CAPITAL_AFTER.match(text, owned.end() if owned else state.end)
        and (capital := vocab.places.capital_of(state.value))
    ):
        return _city_of(capital, state.value)
    return None


# a city's name that is someone's in an event's name: "the state funeral of Queen Elizabeth II" (not Elizabeth,
# New Jersey), "the inauguration of President Victoria …"
_SOMEONES_NAME = re.compile(
    r"\b(?:Queen|King|Prince|Princess|Emperor|Empress|Pope|Sheikh|Sultan|Emir|President|Premier|Chancellor|"
    r"(?:Prime\s+)?Minister|Mr|Mrs|Ms|Dr)\.?\s+$"
)
_REGNAL = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|IX|XI{0,3})\b")
_THE_BEFORE = re.compile(r"\b(?:in|to|[Vv]isit(?:s|ed|ing)?)\s+the\s+$")
_CAPITAL_AFTER = re.compile(
    r"\s+capital(?:\s+city)?(?=\s*[,.;]|\s+(?:on|of|for|from|to|and|where|during|at|in|this|last|earlier|later)\b)"
)


def _received_at_home(text: str, home: str, vocab: Vocab) -> bool:
    """Whether the publisher's own official received a courtesy call or a guest, or met an ambassador
    accredited to the home country, where no place is named: the caller came to the official's
    seat ("First Vice Minister Cho Tae-yul received a courtesy call from Ambassador Andrey Kulik of
    Russia", "Foreign Minister Park Jin hosted a luncheon for Foreign Minister Vieira", "Ambassador
    Kulik of Russia paid a courtesy call on First Vice Minister Cho", "First Vice Minister Kim met
    with Brazilian Ambassador to Korea …"; not "Russian Foreign Minister Lavrov received …", nor a
    call paid by one visiting: "Minister Kang, who is visiting Russia, paid a courtesy call on
    President Putin")."""
    if call := _RECEIVED_CALL.search(text):
        subject = text[text.rfind("\n", 0, call.start()) + 1 : call.start()]
        return all(m.value == home for m in _lexicon(vocab).finditer(subject))
    if (met := _MET_WITH.search(text)) and (envoy := _ENVOY_HERE.match(text, met.end())):
        # "First Vice Minister Kim met with Brazilian Ambassador to Korea …": an envoy of the home country's
        # capital, met by the publisher's own official
        subject = text[text.rfind("\n", 0, met.start()) + 1 : met.start()]
        cities = city_lexicon(vocab)
        here = [m.value for m in chain(_lexicon(vocab).finditer(envoy["place"]), cities.finditer(envoy["place"]))]
        if here and set(here) == {home} and all(m.value == home for m in _lexicon(vocab).finditer(subject)):
            return True
    if call := _PAID_CALL.search(text):  # "Ambassador Andrey Kulik of Russia paid a courtesy call on Minister Cho"
        caller = text[text.rfind("\n", 0, call.start()) + 1 : call.start()]
        end = _CALLEE_END.search(text, call.end())
        callee = text[call.end() : end.start() if end else len(text)]
        lexicon = _lexicon(vocab)
        return (
            any(m.value != home and m.value in vocab.places.parties for m in lexicon.finditer(caller))
            and not _VISIT_WORD.search(caller)
            and all(m.value == home for m in lexicon.finditer(callee))
        )
    return False


# an envoy's title: "Ambassador to Brazil", "Special Representative to the EU" names where the envoy
# serves, not where the meeting was
# "to" a state that receives something, not a place gone to: "Condolences to Mexico", "Korea's Support to
# Ethiopia", "delivered vaccines to Thailand" (a "visit", "trip" or "travel" to it is one)
_GIVEN_TO = re.compile(
    r"\b(?:condolences?|sympath(?:y|ies)|support|aid|assistance|contributions?|donations?|loans?|grants?|"
    rf"vaccines?|supplies|messages?|letters?|greetings|congratulations|{_HAND_OVER}|donat\w*|provid\w*|"
    r"extend\w*|offer\w*|express\w*|exports?|imports?)\b"
    r"(?:(?![.;\n]|visit|trip|travel|tour|journey).){0,40}\bto\s+(?:the\s+)?$",
    re.I,
)
_ENVOY_TO = re.compile(
    r"\b(?:Ambassador|Envoy|Representative|Delegate|Consul(?:-General)?|Observer|Mission|Embassy)\s+(?:in|to)\s+(?:the\s+)?$"
)
_MET_WITH = re.compile(r"\b(?:met|meets|had\s+(?:a\s+)?(?:meeting|talks)|held\s+(?:a\s+)?(?:meeting|talks))\s+with\b")
# an ambassador accredited to the home country, right after "met with": "Brazilian Ambassador to Korea …", "the
# Ambassador of Mexico to the Republic of Korea", "Saudi Ambassador in Seoul …"
_ENVOY_HERE = re.compile(
    r"\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,5}?Ambassador\b(?:\s+(?:of|from)\s+(?:the\s+)?[A-Z][\w’'-]*"
    r"(?:\s+[A-Z][\w’'-]*){0,3})?\s+(?:to|in)\s+(?P<place>(?:the\s+)?[A-Z][\w’'.-]*(?:\s+(?:of\s+)?[A-Z][\w’'-]*){0,3})"
)
# a courtesy or farewell call paid on someone: who paid it came to them
_PAID_CALL = re.compile(
    r"\b(?:paid|pays|paying|made|makes)\s+(?:an?\s+)?(?:courtesy|farewell)\s+(?:call|visit)s?\s+(?:on|to)\b"
)
_CALLEE_END = re.compile(r",|\n|\s(?:on|at|in|and|to)\s")
_VISIT_WORD = re.compile(r"\b(?:visit\w*|trip|tour|stay\w*|in\s+[A-Z])", re.I)
# a courtesy call received, or a guest received or hosted: "received Foreign Minister Vieira of Brazil",
# "hosted a luncheon for Foreign Minister Vieira"
_RECEIVED_CALL = re.compile(
    r"\b[Rr]eceiv(?:ed|es|ing)\s+(?:an?\s+)?[Cc]ourtesy\s+(?:[Cc]all|[Vv]isit)s?\b|"
    r"\b(?:[Rr]eceive[ds]|[Hh]osted|[Hh]osts)\s+(?:an?\s+(?:working\s+)?(?:luncheon|lunch|dinner|banquet|breakfast|"
    r"reception)\s+for\s+)?(?:the\s+)?[A-Z]"
)


# "at the Ministry of Foreign Affairs", "at the Foreign Ministry": the publisher's own, where no other
# place is named (not "the Thai Ministry", "the Ministry of Foreign Affairs of Thailand", "the Ministry of
# Foreign Affairs and International Cooperation" of Cambodia)
_AT_THE_MINISTRY = re.compile(
    r"\bat (?:the (?:Ministry of Foreign Affairs(?: and Trade)?|Foreign Ministry|Ministry)|(?:the )?MOFAT?)\b"
    r"(?!\s+(?:of|in|and)\b)(?!’s|'s)"
)

# a state's foreign ministry named as the place: "at the Russian Foreign Ministry" (or MFA), "at the Ministry of
# Foreign Affairs and International Cooperation of Cambodia", "at the Mexican Secretariat of Foreign
# Affairs", "at the Ministry for Europe and Foreign Affairs of France", "at the Brazilian Ministry of
# External Relations"; or an organisation's seat: "at the AU headquarters", "at the headquarters of
# NATO", "at the ASEAN Secretariat"
_AT_A_MINISTRY = re.compile(
    r"\bat\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:house|building|hall|room|residence|mansion|villa|premises|compound)"
    r"\s+of\s+the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}"
    r"(?:(?:Ministry|Secretariat|Department)\s+(?:of|for)\s+(?:Europe\s+and\s+)?(?:Foreign|External)\s+(?:Affairs|Relations)"
    r"(?:\s+and\s+[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})?|Foreign\s+(?:Ministry|Secretariat|Office)|MO?FA|"
    r"(?:Prime\s+Minister[’']s|President[’']s|Presidential)\s+(?:Office|Residence|Palace)|"
    r"[Hh]eadquarters|HQ|[Ss]ecretariat)\b"
    r"(?:\s+of\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){0,3}[A-Z][\w’'-]*)?"
)


def _ministry_seat(text: str, vocab: Vocab) -> str | None:
    """The seat of the state whose foreign ministry or leader's office `text` places the meeting at,
    where its name says whose it is ("at the Thai Ministry of Foreign Affairs" is in Bangkok, "at
    the Dutch Foreign Ministry" in The Hague: places.yaml's seats; "at the reception house of the
    Russian Foreign Ministry", "at the Japanese Prime Minister's Office"), or of the organisation
    whose headquarters it names ("at the AU headquarters" is in Addis Ababa)."""
    for m in _AT_A_MINISTRY.finditer(text):
        parties = {s.value for s in _lexicon(vocab).finditer(m.group(0)) if s.value in vocab.places.parties}
        if len(parties) == 1 and (seat := vocab.places.seat_of(party := parties.pop())):
            return _city_of(seat, party if party in vocab.places.states else vocab.cities.get(seat, ""))
    return None


def _town_of(text: str, state: Match, vocab: Vocab) -> str | None:
    """A town too small for the city list, placed by the state after it: "in Karuizawa, Japan",
    "in Luang Prabang, Laos" (not "in Northeast Asia, Japan", "in Seoul, Tokyo and Beijing")."""
    if state.value not in vocab.places.states:
        return None
    town = _town_before(text, state)
    if not town or _CONTINENT.search(town["town"]):
        return None
    if _WHAT_GOES_ON_IN.search(text, max(0, town.start() - 40), town.start() + 3):
        return None
    if any(m.value in vocab.places.parties for m in _lexicon(vocab).finditer(town["town"])):
        return None  # "in Japan, Korea …": a list of states, not a town
    return _city_of(town["town"], state.value)


def _town_before(text: str, place: Match) -> re.Match | None:
    """The place named just before `place`, which `place` closes ("in Karuizawa, " before "Japan" or
    "Nagano"; not one of a list: "in Seoul, Tokyo and Beijing")."""
    town = _TOWN_BEFORE.search(text, max(0, place.start - 50), place.start)
    return None if not town or _LIST_GOES_ON.match(text, place.end) else town


def _town_of_a_party(text: str, vocab: Vocab) -> str | None:
    """A town too small for the city list named as the place ("in Aqaba", "in Sharm el-Sheikh"),
    where the one state of that name's towns is named in `text` as well ("… of Jordan"): a town's
    name is many states' and often a word, so it places the meeting only then."""
    towns = _towns(vocab)
    parties = None
    for m in towns.finditer(text):
        if not _IN_JUST_BEFORE.search(text, max(0, m.start - 4), m.start) or not _PLACE_ENDS.match(text, m.end):
            continue
        if _CONTINENT.search(m.text):
            continue  # "peace in Asia" (a town in the Philippines)
        if parties is None:
            parties = list(_lexicon(vocab).finditer(text))
        if any(p.start < m.end and m.start < p.end for p in parties):
            continue  # a word of a party's name ("in Republic of Korea")
        states = [state for state in m.value if any(p.value == state for p in parties)]
        if len(states) == 1 and not _WHAT_GOES_ON_IN.search(text, max(0, m.start - 60), m.start):
            return _city_of(m.text, states[0])
    return None


def _towns(vocab: Vocab) -> Lexicon:
    """town name -> the states that have a town of that name (`Places.towns`)."""
    return vocab.cached("town_lexicon", lambda: Lexicon(vocab.places.towns()))


_IN_JUST_BEFORE = re.compile(r"\bin\s+$")
_PLACE_ENDS = re.compile(r"\s*(?:[,.;]|$|(?:on|from|at|during|where|for|to)\b)")  # "in Aqaba on May 3"
# "in Karuizawa, " before a state; the state closes the place ("…, Japan on April 18", "…, Japan.")
_TOWN_BEFORE = re.compile(
    r"\bin\s+(?P<town>(?:[A-Z][\w’'.-]*\s+(?:(?:al|de|do|da|del|dos|el|la|le)[\s-])?){0,2}[A-Z][\w’'.-]*),\s+$"
)  # "in Karuizawa, ", "in Sharm el-Sheikh, ", "in Foz do Iguaçu, "
_LIST_GOES_ON = re.compile(r"(?:’s|'s)|,?\s+(?:and|or)\b|,\s+[A-Z]\w*\s*(?:,|and\b)")
_CONTINENT = re.compile(r"Asia|Europe|Africa|America|Oceania|Arctic|Antarctic|Pacific|Atlantic|Peninsula|Middle East")


def _edition_city(host_event: str | None, day: dt.date | None, vocab: Vocab) -> str | None:
    """The host city of the sourced edition of the host event's series held on the meeting's day
    (editions.yaml: "the G20 Summit" on 2019-06-29 was in Osaka); none for an edition held online
    or in two places."""
    if not host_event or day is None:
        return None
    for series in vocab.dating.series:
        if series.pattern.search(host_event) and (edition := series.held_on(day)):
            places = edition.host_cities
            if len(places) != 1 or re.search(r"virtual|video", edition.city, re.I):
                return None
            city, country = places[0]
            return _city_of(city, vocab.countries.get(country, ""))
    return None


def _place_city(
    text: str, vocab: Vocab, elsewhere: Callable[[str], bool] | None = None, names: tuple[str, ...] = ()
) -> str | None:
    """The first city `text` names as a place ("in Busan", "to Manila", "on Jeju Island", "in
    Beijing's Diaoyutai State Guesthouse"; not "Moscow's view", not "Vladimir Putin", not a place
    the words before it put elsewhere: `_NOT_HERE`, not a building's name: "the Palacio de Viana");
    none whose words before it `elsewhere` holds."""
    building = vocab.cached("named_building", lambda: _named_building(vocab.places.named_buildings))
    for m in city_lexicon(vocab).finditer(text):
        before = text[max(0, m.start - 45) : m.start]
        if elsewhere and elsewhere(text[max(0, m.start - 80) : m.start]):
            continue
        if (building and building.search(before)) or _in_a_name(text, m, names):
            continue
        if _named_as_place(text, m, before) and not _elsewhere_before(text, m.start):
            return _town_in(text, m, vocab) or _city_of(m.text, m.value)
    return None


def _town_in(text: str, city: Match, vocab: Vocab) -> str | None:
    """A town of the city's state named just before it, which the city then only places in its
    larger area ("in Karuizawa, Nagano": Karuizawa, in Nagano prefecture, not the city of Nagano)."""
    town = _town_before(text, city)
    if not town:
        return None
    named = _towns(vocab).finditer(town["town"])
    if len(named) == 1 and named[0].text == town["town"] and city.value in named[0].value:
        return _city_of(town["town"], city.value)
    return None


def _in_a_name(text: str, m: Match, names: tuple[str, ...]) -> bool:
    """The city `m` is a word of one of the people's `names` where it stands in `text`."""
    for name in names:
        if m.text in name:
            at = text.find(name)
            while at >= 0:
                if at <= m.start and m.end <= at + len(name):
                    return True
                at = text.find(name, at + 1)
    return False


def _named_building(words: tuple[str, ...]) -> re.Pattern | None:
    """What stands before a city's name that names a building after it (places.yaml `named_buildings`:
    "Palacio de ", "Palácio do ", "Palace of the ")."""
    if not words:
        return None
    names = "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    return re.compile(rf"\b(?:{names})(?:\s+(?:de|do|da|dos|das|del|di|of))?(?:\s+(?:la|las|los|the))?\s+$")


def _dateline_city(release: CleanRelease, cities: Lexicon) -> str | None:
    """The city of the dateline the first statement opens with ("(Brasilia, March 12) Foreign
    Minister Park Jin and Foreign Minister Mauro Vieira held …")."""
    first = release.opening(1)
    if first and (line := dateline(first[0].text)):
        return next((_city_of(m.text, m.value) for m in cities.finditer(line["place"])), None)
    return None


def _named_as_place(text: str, m: Match, before: str) -> bool:
    """Whether the city `m` is named as a place: "on Jeju Island", "in Pohang City", after a cue
    ("in", "to", "visited"), not inside a name or a possessive ("Moscow's view")."""
    if _ON_ISLAND.search(before) and _ISLAND.match(text, m.end):  # "on Jeju Island"
        return True
    goes_on = _NAME_GOES_ON.match(text, m.end) and not _CITY_WORD.match(text, m.end)  # "in Pohang City"
    if not _PLACE_CUE.search(before) or goes_on or _WHAT_GOES_ON_IN.search(before):
        return False
    possessive = _POSSESSIVE.match(text, m.end)
    return not possessive or bool(_IN_BEFORE.search(before) and _NAME_GOES_ON.match(text, possessive.end()))


def _elsewhere_before(text: str, start: int) -> bool:
    """Whether the words before `start` put the place named there elsewhere than the meeting
    ("following his visit to …", "and discussed the situation in …")."""
    before = text[max(0, start - 80) : start]
    return bool(_NOT_HERE.search(before) or _WHAT_GOES_ON_IN.search(before[-45:]))


def _venue_field(release: CleanRelease, cities: Lexicon, vocab: Vocab) -> str | None:
    """The city (else the state) a labelled field at the top of the release gives as the place
    ("□ Venue: Ministry of Foreign Affairs, Mexico City", "Date & Place: May 3, Seoul", "Date/Venue: June
    5 (Wed), 2024, Bangkok")."""
    for s in release.sentences[:FIELD_LINES]:
        if field := _VENUE_FIELD.match(s.text):
            place = field["place"]
            for m in cities.finditer(place):
                return _city_of(m.text, m.value)
            for m in _lexicon(vocab).finditer(place):
                if m.value in vocab.places.states and _a_name_of_the_state(m, vocab):
                    return m.value
    return None


_VENUE_FIELD = re.compile(r"(?:Date\s*(?:&|and|/)\s*)?(?:Venue|Place|Location)\s*[:：]\s*(?P<place>.+)", re.I)


def _landmark_city(text: str, vocab: Vocab) -> str | None:
    """The city of a seat or building `text` places the meeting at (places.yaml's landmarks: "held a
    summit at the Kremlin" was in Moscow; not "the Kremlin's view")."""
    landmarks = vocab.cached("landmark_lexicon", lambda: Lexicon(dict(vocab.places.landmarks)))
    for m in landmarks.finditer(text):
        if _AT_LANDMARK.search(text[max(0, m.start - 20) : m.start]) and not _POSSESSIVE.match(text, m.end):
            return _city_of(m.value, vocab.cities.get(m.value, ""))
    return None


_AT_LANDMARK = re.compile(r"\b(?:at|in|to)\s+(?:the\s+)?$")


def _another_day(text: str, when: tuple[str, int] | None) -> bool:
    """Whether `text` names days, none of them the meeting's (`when`: month, day) nor a span within
    its month holding it ("visited Sao Paulo on May 4" after a meeting on May 3; not "is on a visit
    to Brazil from May 2 to 5")."""
    days = list(_MONTH_DAY.finditer(text))
    if not when or not days:
        return False
    month, day = when
    return not any(
        m["month"] == (m["to"] or m["month"]) == month and int(m["day"]) <= day <= int(m["last"] or m["day"])
        for m in days
    )


def _meeting_day(opening: str, day: dt.date | None) -> tuple[str, int] | None:
    """The meeting's month and day: of its date, or, where its year is unknown, the first day the
    statements telling it name."""
    if day:
        return MONTH_NAMES[day.month - 1], day.day
    first = _MONTH_DAY.search(opening)
    return (first["month"], int(first["day"])) if first and not first["last"] else None


# "May 4", "May 2 to 5", "May 2-5", "from May 2 to May 5"
_MONTH_DAY = prefiltered(
    rf"\b(?P<month>{'|'.join(MONTH_NAMES)})\s+(?P<day>\d{{1,2}})\b"
    rf"(?:\s*(?:-|–|to|until|through)\s*(?:(?P<to>{'|'.join(MONTH_NAMES)})\s+)?(?P<last>\d{{1,2}})\b)?"
)


@_once_a_release
def _other_statements(release: CleanRelease) -> tuple[str, ...]:
    """The opening statements after the first that do not tell the meeting (`_telling`)."""
    return tuple(s.text for s in release.opening(3)[1:] if not _OF_THE_MEETING.match(s.text))


@_once_a_release
def _later_telling(release: CleanRelease) -> tuple[str, ...]:
    """The later opening statements that tell a meeting of this time, as news reports do after
    their lead ("Kang and Lavrov met in Geneva earlier in the day …"); not "agreed to hold the 4th
    Strategic Dialogue next year" nor "the 3rd Strategic Dialogue held last year"."""
    return tuple(t for t in _other_statements(release) if _MEETING_WORD.search(t) and not _elsewhere(t))


# what a side did after the meeting: "After the dialogue, he visited the Korean community in Sao Paulo"
_AFTERWARDS = re.compile(
    r"^\s*(?:After|Following)\s+(?:the|this|their|his|her)\s+(?:[\w-]+\s+){0,2}"
    r"(?:meeting|talks|dialogue|consultations?|session|summit|call)\b|\b(?:afterwards|subsequently|then)\b"
)
# a later statement may place the meeting ("During the visit, he held the 20th policy consultation
# in Moscow"), unless the place is another event's or time's: a meeting ahead or past, a visit or
# an event of someone else's, where someone came from
_MEETING_WORD = prefiltered(
    r"\b(?:met|meet|meets|meeting|held|hold|co-chaired|talks|dialogue|consultations?|summit)\b", re.I
)
# on a visit: "is visiting", "was on an official visit to"
_ON_A_VISIT = r"(?:currently\s+|now\s+)?(?:visiting|on\s+(?:an?|his|her|their)\s+(?:[\w-]+\s+){0,2}visit\s+to)"
_VISITING_NOW = re.compile(rf"\b(?:is|are)\s+{_ON_A_VISIT}\b")
# a side visiting the home country as the meeting is told: the meeting was there, in a city not said
# (or a title's "… Visits Korea" or "… to Visit Korea", a participle set off: "Minister Faisal,
# visiting Korea from May 2 to 4, …", "Minister Vieira, on an official visit to Korea, …", one there
# now: "who is in Korea for the Forum")
_VISITED_PLACE = r"\s+(?:the\s+)?(?P<place>[A-Z][\w.]*(?:[^\S\n]+of[^\S\n]+[A-Z]\w*|[^\S\n]+[A-Z]\w*)?)"
_VISITING = prefiltered(
    rf"(?:\b(?:is|are|was|were)\s+{_ON_A_VISIT}|\b(?:Visits|to\s+Visit)|,\s+{_ON_A_VISIT}|\bwho\s+(?:is|are)\s+in)"
    + _VISITED_PLACE
)
# a visit told in the past, of this meeting's time: "visited Korea on May 3 and held talks", "who visited Korea at
# the invitation of …", "paid an official visit to Korea from May 2 to 4 and held talks" (not "who visited
# Korea in 2019")
_VISITED = re.compile(
    r"\b(?:visited|(?:paid|made)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to)"
    + _VISITED_PLACE
    + rf"(?=\s+(?:on|from)\s+(?:{'|'.join(MONTH_NAMES)})\b|\s+at the invitation\b|,?\s+and\s+(?:held|met|had)\b)"
)
# a visit to the home country welcomed: "Minister Cho welcomed Deputy Prime Minister Sok's first visit to Korea"
_WELCOMED_VISIT = re.compile(
    r"\bwelcom\w*\s+[^.;]{0,80}?(?:’s|'s|his|her|their)\s+(?:[\w-]+\s+){0,3}?visit\s+to" + _VISITED_PLACE + r"(?!\w)"
)
# a visit told as under way: "who is paying an official visit to Korea", "during the latter's visit to Korea",
# "on the occasion of Minister Vieira's visit to Korea", "who came to Korea for the Forum", "during the official
# visit of Foreign Minister Mauro Vieira of Brazil to Korea"
_PAYING_A_VISIT = re.compile(
    r"(?:\b(?:paying|making)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}visit\s+to|\b(?:[Dd]uring|[Oo]n)\s+(?:the\s+occasion\s+of\s+)?"
    r"(?:the\s+latter(?:’s|'s)|his|her|their|[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?(?:’s|'s))\s+(?:[\w-]+\s+){0,2}visit\s+to|"
    r"\b(?:[Dd]uring|[Oo]n)\s+(?:the\s+occasion\s+of\s+)?the\s+(?:[\w-]+\s+){0,2}?visit\s+of\s+"
    r"(?:(?:[A-Z][\w.’'-]*|of|the|and)\s+){1,10}?to|"
    r"\bwho\s+(?:came|has\s+come)\s+to)" + _VISITED_PLACE + r"(?!\w)"
)
# the other side, a visitor to the publisher's country (`home`): "held talks with visiting Brazilian Foreign
# Minister …", "received the visiting Minister …"
_VISITOR = prefiltered(
    r"\b(?:with|received|receives|welcomed|welcomes|hosted|hosts)\s+(?:the\s+|a\s+)?visiting\s+(?:[A-Z]|delegation\b)"
)
_NOT_NOW = re.compile(r"\b(?:next|upcoming|future|planned|expected|last|previous\w*|earlier|later|in (?:19|20)\d\d)\b")
_ELSEWHERE = prefiltered(
    r"\b(?:next|invit\w*|to be held|will (?:be held|visit|travel|go to|hold)|upcoming|previous\w*|last|earlier(?! in the day| today)|recall\w*|launched|"
    r"opening|arriv\w* from|since|in (?:19|20)\d\d|within (?:this|the) year|at an early date|at the earliest|"
    r"in the near future|later this (?:year|month)|also|"  # "Minister Park also visited Sao Paulo": another deed
    # one agreed or planned: "agreed to hold the first Strategic Dialogue", "plan to resume the consultation"
    r"(?:agreed|agree|decided|plan\w*|hope\w*|expect\w*|forward|promised|pledged|committed|intend\w*|proposed)\s+"
    r"(?:[\w-]+\s+){0,2}?to\s+(?:hold|convene|host|launch|resume|establish|set up))\b",
    re.I,
    min_length=2,
)
_SOMEONES_VISIT = re.compile(r"(?:’s|'s) visit", re.I)  # apart: its apostrophe has no opening word


def _elsewhere(text: str, start: int = 0, end: int | None = None) -> bool:
    """text[start:end] puts a meeting or a place it names at another time or event (`_ELSEWHERE`,
    or someone's visit)."""
    part = () if start == 0 and end is None else (start, len(text) if end is None else end)
    return bool(_ELSEWHERE.search(text, *part) or _SOMEONES_VISIT.search(text, *part))


def _city_closing(title: str, cities: Lexicon) -> str | None:
    """A city a title closes on, after a comma or in brackets ('… (Tashkent, May 3)', '…, Tashkent')."""
    for m in cities.finditer(title):
        if re.search(r"(?:\(|,)\s*$", title[: m.start]) and re.match(r"\s*(?:\)|,[^()]*\)|$)", title[m.end :]):
            return _city_of(m.text, m.value)
    return None


# what goes on in a place, discussed ("the situation in Gaza", "investment in Busan"): not the meeting's place
_WHAT_GOES_ON_IN = re.compile(
    r"\b(?:situation|crisis|conflict|war|fighting|violence|peace|stability|security|developments?|tensions?|"
    r"attacks?|disasters?|earthquake|floods?|investments?|projects?|operations?|elections?)\s+in\s+(?:the\s+)?"
    r"(?:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*(?:,\s+|\s+and\s+))*$"  # "… in Namangan and Chust"
)
# words that put the place after them somewhere other than the meeting: a place on the way to, a visit or
# an attendance before, after or recent, a post held ("formerly Ambassador to Washington"), or what the
# sides went on to discuss or ask ("and discussed the Korean community in Sao Paulo", "to discuss the G20
# Summit to be held in Rio"; a meeting "to take place in Hveragerði" the release announces is the meeting
# itself, and a guest thanked or welcomed "to Seoul" was there)
_NOT_HERE = re.compile(
    r"(?:\b(?:en route|on (?:his|her|their|the) way|heading|bound|leaving|departing|before (?:leaving|heading|departing))"
    r"\s+(?:to|for)\s+(?:the\s+)?)$|"
    r"\b(?:following|after|before|ahead of)\s+(?:(?:his|her|their|the|a|an)\s+)?(?:[\w-]+\s+)?"
    r"(?:visit|trip|stay|tour|attendance|attending|participation)\b[^.;]{0,50}$|"
    r"\b(?:had|has)\s+(?:also\s+)?(?:visited|been)\b[^.;,]{0,25}$|\b(?:formerly|former)\b[^.;,]{0,40}$|"
    r"\b(?:recent|previous|last|earlier)\s+(?:[\w-]+\s+)?(?:visit|trip|tour)\b[^.;]{0,30}$|"
    r"\b(?:ahead of|in the run-up to|in preparation for|prior to)\s+(?:the\s+)?[^.;,]{0,60}$|"  # an event to come
    # another deed or a topic once the meeting is told: "… and invited him to the APEC meeting in Gyeongju", "…,
    # and thanked him for Brazil's hospitality in Rio", "talks … about the COP30 in Belem"
    r"(?:\band|,)\s+(?:also\s+)?[a-z]+ed\b[^.;]{0,80}$|\b(?:about|regarding|concerning)\b[^.;]{0,60}$|"
    r"(?:\band|\bto|,)\s+(?:also\s+)?(?:discuss\w*|talk(?:ed)? about|exchange[ds]? views on|congratulat\w*|explain\w*|"
    r"brief\w*|ask\w*|request\w*|not(?:ed|ing)|stress\w*|emphasi[sz]\w*|underline\w*|highlight\w*|"
    r"shar(?:ed|ing)|review\w*|reaffirm\w*|agree\w*)\b[^.;]{0,60}$"
)
_PLACE_CUE = re.compile(r"\b(?:in|at|to|In|[Vv]isit(?:s|ed|ing)?)\b(?:(?![.;]).){0,40}$")
_POSSESSIVE = re.compile(r"(?:’s|'s)\b")
# "Vladimir Putin", "Lancaster House", "Bo'ao": not the city (a line ends the title: "… in Tashkent" + "Foreign Minister …")
_NAME_GOES_ON = re.compile(
    # or an apostrophe joins the word's next part ("Bo'ao"; not "Moscow's"), or it goes on through "and" to
    # what names an institution ("Foreign, Commonwealth and Development Office")
    r"[^\S\n]+[A-Z]|['’](?!s\b)[^\W\d_]|"
    r"\s+(?:and|&)\s+(?:[A-Z][\w’'-]*\s+){0,3}(?:Office|Ministry|Department|Institute|University|Cent(?:er|re)|Council|"
    r"Commission|Agency|Foundation|Bank|Corporation|Company)\b"
)
# "in Pohang City", "in Busan Metropolitan City", "at the Sheraton Grand Incheon Hotel" (not "Busan City Hall")
_CITY_WORD = re.compile(r"\s+(?:(?:Metropolitan\s+)?City|Hotel)\b(?![^\S\n]+[A-Z])")
_ON_ISLAND, _ISLAND = re.compile(r"\bon\s+$"), re.compile(r"\s+Island\b")
_IN_BEFORE = re.compile(r"\b(?:in|to|[Vv]isit|[Vv]isits|visited|visiting)\s+(?:the\s+)?$")
_INSTITUTION = re.compile(r"[\w\s,]{0,3}(?:[A-Z][\w’']*\s)?(?:Embassy|Ministry)")


def _city_of(city: str, state: str) -> str:
    return city if state in ("", city) else f"{city}, {state}"


def extract_level(release: CleanRelease, people: list[Person], vocab: Vocab) -> str:
    """The level of the home side's head of delegation (or of the most senior participant)."""
    heads = vocab.cached("level_patterns", lambda: _level_patterns(vocab))

    def level_of(title: str) -> str | None:
        return next((level for level, pattern in heads if pattern.search(title)), None)

    participants = [p for p in people if p.participant]
    for p in participants:
        if p.country == vocab.home and (level := level_of(p.title)):
            return level
    levels = [lv for p in participants if (lv := level_of(p.title))]
    if levels:
        return min(levels, key=LEVEL_ORDER.index)
    if re.search(r"\bsummit\b", release.title, re.I):
        return "summit"
    return "unknown"


def _level_patterns(vocab: Vocab) -> list[tuple[str, re.Pattern]]:
    """(level, a pattern for its title head) for the heads of levels.yaml, longest first."""
    heads = sorted(vocab.levels, key=len, reverse=True)
    return [(vocab.levels[h], re.compile(rf"\b{re.escape(h)}\b")) for h in heads]


def _lexicon(vocab: Vocab) -> Lexicon:
    return party_lexicon(vocab)


_CUE_AFTER = re.compile(r"(?:’s|'s)?\s+(?:[Cc]ounterparts?|[Gg]overnment|[Ss]ide|Ministry|Embassy|delegation)\b")
_VISIT_BEFORE = prefiltered(r"\b(?:[Vv]isit(?:s|ed|ing)?|[Tt]rip|[Tt]our)(?: to)?\s+(?:the\s+)?$")
_OF_BEFORE = re.compile(r"\bof\s+(?:the\s+)?$")


def meeting_partners(text: str, vocab: Vocab) -> list[str]:
    """Parties `text` names as a side of the meeting, in order: one of a pair with the home country
    ("ROK-Mexico", "ROK and Thailand", "Korea-Japan-China"), one whose official, counterpart,
    government or ministry is named ("his Mexican counterpart", "Canadian Foreign Minister", "Minister
    for Foreign Affairs of Japan", "Saudi Arabia's Minister"), or the state visited ("visit to the
    Philippines"). A party merely discussed ("sanctions on North Korea"), or named in the host
    event, is not one."""
    heads = vocab.cached("title_lexicon", lambda: Lexicon(dict.fromkeys(vocab.levels, "title")))
    events = [span for span, _, _ in _events(text, vocab)]
    matches = [  # a party in the host event's name is not a side ("on the Sidelines of an ROK-Japan-China …")
        m for m in _lexicon(vocab).finditer(text) if not any(a <= m.start < b for a, b in events)
    ]
    home = vocab.home
    chained = _chained_with(home, matches, text)
    out: list[str] = []
    home_listed = False  # the home country named first of the sides ("the leaders of Korea, Japan and China")
    for i, m in enumerate(matches):
        before, after = text[max(0, m.start - 60) : m.start], text[m.end : m.end + 60]
        if m.value == home:
            home_listed = bool(_SIDES_OF.search(before))
            continue
        listed = (
            i
            and (matches[i - 1].value in out or (home_listed and matches[i - 1].value == home))
            and _LIST_GLUE.fullmatch(text[matches[i - 1].end : m.start])
            and not _POSSESSIVE.match(text, m.end)  # "of Japan and North Korea's missiles": no list
        )
        if listed and m.value not in out:  # "the foreign ministers of Kazakhstan, Kyrgyzstan … and Uzbekistan"
            out.append(m.value)
            continue
        paired = any(
            n.value == home
            and (0 < m.start - n.end <= 9 or 0 < n.start - m.end <= 9)  # " and the "
            and re.fullmatch(r"\s*(?:-|–|and|and the)\s*", text[min(m.end, n.end) : max(m.start, n.start)])
            for n in matches[max(0, i - 3) : i + 4]
        )
        # "Mexican Foreign Minister", "Japan's Minister": a title right after, in the same sentence
        titled = not re.match(r"\s*[.;:!?]", after) and any(h.start <= 2 for h in heads.finditer(after.lstrip("’'s ")))
        of_title = _OF_BEFORE.search(before) and heads.finditer(before)
        if (
            paired
            or i in chained
            or _CUE_AFTER.match(after)
            or (titled and not re.match(r"\s*(?:’s|'s)?\s*(?:President|Prime Minister|Chairman)\b", after))
            or _VISIT_BEFORE.search(before)
            or of_title
            or _SIDES_OF.search(before)
        ) and m.value not in out:
            out.append(m.value)
    return out


_LIST_GLUE = re.compile(r"\s*(?:,|,?\s+and)\s+(?:the\s+)?")
# the sides named as a group's states: "the foreign ministers of the US and Japan", "the leaders of Korea,
# Japan and China", "the top diplomats of South Korea, the United States and Japan"
_SIDES_OF = re.compile(
    r"\b(?:(?:foreign|prime|defen[cs]e|trade)\s+ministers|ministers|leaders|presidents|top\s+diplomats|"
    r"heads\s+of\s+(?:state|government|delegation)s?|counterparts|delegations|representatives|envoys)\s+(?:of|from)\s+"
    r"(?:the\s+)?$",
    re.I,
)


def _chained_with(home: str, matches: list, text: str) -> set[int]:
    """The indexes of the matches joined by hyphens into one run with the home country
    ("ROK-Japan-China Trilateral …": Japan and China)."""
    runs: list[list[int]] = []
    for i, m in enumerate(matches):
        if runs and text[matches[i - 1].end : m.start] in ("-", "–", "‐"):
            runs[-1].append(i)
        else:
            runs.append([i])
    return {i for run in runs if len(run) > 1 and any(matches[k].value == home for k in run) for i in run}


def _parties_in(text: str, vocab: Vocab) -> list[str]:
    """Parties other than the home country named in `text`, in order of first mention."""
    return list(dict.fromkeys(m.value for m in _lexicon(vocab).finditer(text) if m.value != vocab.home))


def _side(partners: list[str]) -> str:
    if len(partners) >= 3:
        return "multilateral"
    return " and ".join(partners)


def extract_counterpart(release: CleanRelease, people: list[Person], vocab: Vocab) -> str:
    """The other side of the meeting: the party of the foreign heads of delegation, else the
    partner named in the title or the opening ("ROK-Mexico", "his Mexican counterpart"). Two partners
    are named both ("Japan and China"); three or more are 'multilateral', and so is a gathering the
    side attends where no partner is named ("Foreign Minister Attends G20 Foreign Ministers' Meeting")."""
    heads = list(dict.fromkeys(p.country for p in people if p.participant and p.country and p.country != vocab.home))
    titled = [] if release.title_derived else meeting_partners(release.title, vocab)  # a page's own title only
    if len(heads) >= 2 and not (titled and set(titled) < set(heads) and len(titled) == 1):
        return _side(titled if set(titled) == set(heads) else heads)  # in the title's order ("ROK-Japan-China")
    partners = titled or heads or meeting_partners(_opening(release), vocab)
    if partners:
        return _side(partners)
    opening = _opening(release)
    if (
        len(_parties_in(opening, vocab)) >= 3
        or len(_parties_in(release.text, vocab)) >= 4
        or _MANY_SIDES.search(opening)
    ):
        return "multilateral"
    if named := _parties_in(_without_gatherings_attended(release.title, vocab), vocab):
        return named[0]
    if any(not _between_two(m.group("event"), vocab) for text in _lead_parts(release) for m in _ATTENDS.finditer(text)):
        return "multilateral"  # "Foreign Minister Attends G20 Foreign Ministers' Meeting", and no partner named
    return "unknown"


# the other side named as a group of states: "with the foreign ministers of the five Central Asian
# countries", "the leaders of the ASEAN member states", "his counterparts from the Nordic countries"
_MANY_SIDES = re.compile(
    r"\b(?:[Mm]inisters|[Ll]eaders|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment|[Dd]elegation)s?|[Cc]ounterparts|"
    r"[Aa]mbassadors|[Rr]epresentatives)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d+|several|[A-Z][\w-]*)\s+)+"
    r"(?:countries|states|nations|member\s+states|economies)\b"
)


def _without_gatherings_attended(text: str, vocab: Vocab) -> str:
    """`text` without the names of the gatherings its side attends, but for one between the home
    country and one partner: the organisation in "Attends ASEAN Regional Forum" or "Attends NATO
    Foreign Ministers' Meeting" hosts many parties, the one in "Attends ASEAN-ROK Foreign
    Ministers' Meeting" meets as the other side."""
    for m in _ATTENDS.finditer(text):
        if not _between_two(m.group("event"), vocab):
            text = text[: m.start("event")] + " " * len(m.group("event")) + text[m.end("event") :]
    return text
