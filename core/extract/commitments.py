"""Commitments: what the sides agreed, decided, pledged, hoped for or asked, clause by clause.

A sentence may hold several ("Krutikov voiced hope to hold a briefing …, and the two sides agreed
to hold the session in early 2021"): each trigger verb starts a clause that runs to the next
trigger or the end of the sentence. The actor is whoever the sentence names just before the verb. "Agreed that …" and "hoped that …"
commit only where the clause asks for something to be done ("should", "will", "need to"), not
where it states a view ("the violations pose a serious threat"). "Offered to" pledges an act
("offered to continue to work together"), not a gift ("the condolences he had offered to Seoul").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property

import ahocorasick

from core.extract.constraints import MONTH_NAMES, WEEKDAYS
from core.extract.people import Person
from core.extract.targets import TARGET_RE
from core.extract.terms import Lexicon, parties_of
from core.ingest.clean import CleanRelease
from core.ingest.prefilter import prefiltered
from core.vocab import Vocab

TRIGGERS = {
    "agreement": r"agreed (?:to(?! (?:the|his|her|their|its|(?:[A-Z][\w-]* ){0,3}[\w-]+(?:’s|'s)) (?:[\w-]+ )?(?:views?|opinions?|positions?|assessments?|remarks|points?)\b)|that|on(?! the (?:importance|significance) of\b))|reached (?:an )?agreement (?:to|on)|came to a common ground on|shared the (?:view|understanding) that|concurred (?:on the need to|that|to)|shared the need (?:to|for)",
    "decision": r"decided to|resolved to",
    "pledge": r"pledged to|promised to|vowed to|committed (?:themselves |itself )?to(?! (?:the|a|an|his|her|their|its|this|these|our)\b)|offered to(?= ?(?!(?:the|a|an|his|her|their|its)\b)[a-z])|(?:intent(?:ion)?|willingness) to|(?:is|are|remains?) willing to(?! be\b)",
    # a side's stated intent, a pledge too, unless it is what an earlier verb of the sentence hoped,
    # agreed or asked ("hoped that the two countries will remain cooperative" is one hope)
    "intent": r"will(?= (?:fully |actively |closely |further |continue to |jointly |also )?(?:cooperate|take part|provide|support|work|participate|continue|keep|make (?:every|its|his|her|their|utmost)|strive|spare no|do (?:its|his|her|their) (?:best|utmost)|remain|"
    r"strengthen|expand|enhance|promote|deepen|seek|pursue|explore|step up)\b)|(?:plans?|planned|planning) to(?= (?:continue|remain|keep|provide|support|expand|strengthen|cooperate|work|increase))",
    "hope": r"(?:voiced|expressed|expressing|voicing|went on to express)(?: the| his| her| their| its)? (?:hopes?|wish(?:es)?|desire|expectations?)(?: that| to| for)?|hoped (?:that |to )?|shared the hope (?:that |to |for )?|looks? forward to",
    # a proposal asks for something to be done: "proposed that the two countries work together to …"
    "request": r"(?:asked|asking|went on to ask) (?!about\b|whether\b|how\b|what\b)(?:that |for |the |both |[A-Z]\w* )?|requested|called (?:on|for)|urged|"
    r"(?:proposed|suggested|proposing|suggesting) (?:that |to |(?=[a-z]+ing\b))|"
    # a need stressed, and support sought, ask for it too
    r"(?:stressed|emphasized|emphasised|underscored|highlighted|noted) the need (?:to|for)|"
    r"sought (?=(?:[A-Z][\w-]*(?:’s|'s) |the |their |its |his |her )?(?:support|cooperation|understanding|assistance)\b)",
}
_TRIGGER_RE = prefiltered("|".join(f"(?P<{k}>\\b(?:{v}))" for k, v in TRIGGERS.items()))
_BOTH = prefiltered(
    r"\b(?:the two (?:sides|ministers|top diplomats|leaders|presidents|senior diplomats|countries|foreign ministers)|both sides|they|the two|the sides)\b",
    re.I,
)


# "the Minister", "he", "she" as whole words: '\b(?:[Tt]he (?P<title>…)|[Hh]e|[Ss]he)\b', written to open
# with their first letters (re jumps from one to the next) and to look back for the word's start only there
_ANAPHOR = re.compile(
    r"[TtHhSs](?<!\w.)(?:(?<=[Tt])he (?P<title>(?:Deputy |Vice |Foreign )?Minister|Ambassador|Secretary|President|"
    r"Special Representative)|(?<=[Hh])e|(?<=[Ss])he)\b"
)
_SIDE_WORD = re.compile(r"(?:’s|'s)?\s+(?:side|government|delegation)\b")
_SIDE = prefiltered(r"\b[Tt]he ((?!two\b)[A-Z][\w]*(?: [A-Z][\w]*)?) side\b")
_TOLD = re.compile(r"(?:Under|In) (?:the |a |their |its )?((?:19|20)\d\d)\b")
_FUTURE = prefiltered(r"\b(?:will|to be)\b")
_RELATIVE = prefiltered(r"(?:,|\b)\s*(?:which|who|whom)\b[^,;]*$", min_length=2)  # re reads "wh" as the words' one need


@dataclass(frozen=True)
class Commitment:
    kind: str
    actor: str
    text: str
    target: str | None
    evidence: str
    start: int
    clause_start: int  # offset of the clause in the release text


def extract_commitments(
    release: CleanRelease, people: list[Person], counterpart: str, vocab: Vocab, year: int | None = None
) -> list[Commitment]:
    """`year`: the meeting's, when known; a sentence opening on an earlier year ("Under the 2015 deal,
    the countries agreed to …") tells history, not what this meeting committed to."""
    out: list[Commitment] = []
    cast = _Cast.of(people, counterpart, vocab)
    recent = _Recent(cast)  # who "he", "she", "the Minister" may mean
    for s in release.sentences:
        if s.note:
            continue
        triggers = [m for i, m in enumerate(_TRIGGER_RE.finditer(s.text)) if not (i and m.lastgroup == "intent")]
        if year and (told := _TOLD.match(s.text)) and int(told.group(1)) < year:
            continue
        if not triggers:
            recent.read(s.text)
            continue
        previous_actor = None
        # "he" after the sentence's own subject means that subject
        recent.mention(_opener(s.text, _mentions(s.text, cast, recent.people), cast.titles))
        for i, m in enumerate(triggers):
            end = triggers[i + 1].start() if i + 1 < len(triggers) else len(s.text)
            clause = _trim(s.text[m.end() : end], cut=i + 1 < len(triggers))
            if m.lastgroup in ("agreement", "hope") and m.group(0).endswith("that"):
                clause = _undertaking(clause, _OUGHT if m.group(0).startswith("shared") else _ACTION)
            if len(clause.split()) < 3:
                continue
            if m.lastgroup == "intent" and not _acts(s.text, m.start(), cast, recent.people):
                continue
            prefix = s.text[triggers[i - 1].end() if i else 0 : m.start()]
            if _RELATIVE.search(prefix):
                continue  # "…, which the Presidents agreed to set up …" reports, it does not commit
            tail = m.start() - len(_last_clause(prefix).lstrip())  # where the clause before the trigger starts
            actor = (
                _subject(s.text, cast, recent.people, tail, m.start())
                or _subject(s.text, cast, recent.people, 0, m.start())
                or previous_actor
                or "both sides"
            )
            previous_actor = actor
            if actor in cast.outsiders:
                continue  # "Kim Jong Un has pledged to unveil …": a third country's pledge, not this meeting's
            target = _target(clause) or (_target(prefix) if _FUTURE.search(prefix) else None)
            kind = "pledge" if m.lastgroup == "intent" else m.lastgroup
            out.append(Commitment(kind, actor, clause, target, s.text, s.start, s.start + m.end()))
        recent.read(s.text)
    return out


class _Recent:
    """The people in order of their latest mention, for "he", "she" or "the Minister": the sentences
    read and the subjects met are kept in order, and worked through only when an anaphor asks whom
    it means (`people`); in most releases none ever does."""

    def __init__(self, cast: _Cast):
        self.cast = cast
        self._people: list[str] = []
        self._unread: list[str | tuple[str]] = []  # a sentence read, or (a subject met,)

    def read(self, text: str) -> None:
        self._unread.append(text)

    def mention(self, who: str | None) -> None:
        """A sentence's own subject: the latest mentioned ("he" after it means it)."""
        if who:
            self._unread.append((who,))

    def people(self) -> list[str]:
        for item in self._unread:
            self._people = _moved_last(self._people, item[0]) if isinstance(item, tuple) else self._latest(item)
        self._unread.clear()
        return self._people

    def _latest(self, text: str) -> list[str]:
        """The people after `text`: those it mentions moved last, in order, its subject the latest."""
        cast, people = self.cast, self._people
        mentioned = _mentions(text, cast, lambda: people, parties=False)  # only people are `recent`
        for _, who in [*mentioned, (0, _opener(text, mentioned, cast.titles))]:
            if who in cast.titles:
                people = _moved_last(people, who)
        return people


def _moved_last(people: list[str], who: str) -> list[str]:
    return [*(r for r in people if r != who), who]


# what makes a "that" clause ask for something to be done, not state a view
_ACTION = prefiltered(
    r"\b(?:will|would|shall|should|must|can|could|need(?:s|ed)? to|continue to|to be|let us|work (?:together|closely))\b",
    re.I,
)


# a shared view commits only where it says what ought to be done: "shared the view that the visit
# will become an important opportunity" foresees, "… that the Ministries should continue dialogue" commits
_OUGHT = re.compile(r"\b(?:should|must|need(?:s|ed)? to|ha(?:ve|s|d) to)\b", re.I)


def _undertaking(clause: str, action: re.Pattern = _ACTION) -> str:
    """The parts of 'agreed that X, and that Y' that ask for something to be done ('there should be
    measures'), without those that state a view ('violations … pose a serious threat'); '' if none."""
    parts = re.split(r",?\s+and that\s+", clause)
    return ", and that ".join(p for p in parts if action.search(p))


_LEAD_WORD = re.compile(r"^(?:that|to|for|on)\s+")
# "agreed on Tuesday to …", "agreed on May 3 that …": the day the trigger's "on" led to is no part of the clause
_LEAD_DAY = re.compile(
    rf"^(?:on\s+)?(?:(?:{'|'.join(WEEKDAYS)})|(?:{'|'.join(MONTH_NAMES)})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?)"
    r",?\s+(?=(?:to|that)\s)"
)
_TRAILING_LINK = prefiltered(
    r",?\s*(?:and|while|adding that|saying that)\s*(?:the two sides|both sides|they|he|she)?\s*$"
)
_LINK_ENDS = ("and", "while", "that", "sides", "they", "he")  # the last words of its matches (white space after)
# the link to a next clause and its subject: "…, and the ROK side", "…, and Cabinet Secretary Mudavadi"
_NEXT_CLAUSE = r",\s*(?:and|while)\s+(?:the\s+)?(?:[A-Z][\w’'.-]*\s+){0,5}(?:[A-Z][\w’'.-]*|side|delegation|government)"
# before the next clause's trigger ("…, and the ROK side" asked …)
_NEXT_SUBJECT = prefiltered(rf"{_NEXT_CLAUSE}\s*$")
# a next clause that reports what a side said or did ("…, and Deputy Minister Rudenko said that …",
# "…, and Minister Workneh expressed gratitude for …")
_NEXT_REPORT = prefiltered(
    rf"{_NEXT_CLAUSE}\s+"
    r"(?:said|noted|stated|explained|replied|responded|added|mentioned|stressed|emphasized|underlined|highlighted|"
    r"expressed|thanked|welcomed|appreciated|congratulated|briefed|introduced|conveyed|reaffirmed|praised)\b.*$"
)

# a next clause of the same subject, told in the past ("agreed to cooperate for the success of APEC 2025,
# and discussed cooperation in lithium"): what the sides did, no part of what they undertook
_NEXT_DEED = prefiltered(
    r",\s*and\s+(?:also\s+)?(?:discussed|exchanged|shared|noted|reviewed|welcomed|expressed|stressed|emphasized|"
    r"reaffirmed|assessed|evaluated|explained|briefed|thanked|appreciated|praised|congratulated|highlighted|"
    r"underlined|said|stated|mentioned|added)\b.*$"
)


def _trim(clause: str, cut: bool = False) -> str:
    """`clause` without its leading 'that'/'to', without a next clause reporting what someone said
    or what the sides did, and without its trailing link; `cut`: it ends where the next clause's
    trigger begins, so the subject of that clause goes too."""
    clause = _NEXT_DEED.sub("", _NEXT_REPORT.sub("", _LEAD_WORD.sub("", _LEAD_DAY.sub("", clause.strip(" ,;")))))
    if clause.rstrip().endswith(_LINK_ENDS):  # else no link trails it (re would try every position)
        clause = _TRAILING_LINK.sub("", clause)
    if cut:
        clause = _NEXT_SUBJECT.sub("", clause)
    return clause.strip(" ,;").rstrip(".")


_Span = tuple[int, int, str]  # (start, end, who) of a mention


@dataclass(frozen=True)
class _Cast:
    """Who may act in one release, with the patterns that find them (compiled once per release)."""

    counterpart: str
    titles: dict[str, str]  # person -> title
    outsiders: frozenset[str]  # people not taking part whose country is neither side
    keys: dict[str, str]  # a name or a word of it -> person, longest first
    vocab: Vocab
    adjectives: frozenset[str]  # words that qualify a state ('Korean') rather than name it
    # a sentence -> `_named_in` and `_parties_in` of it: a sentence, and parts of it, are read several times
    named: dict = field(default_factory=dict)
    parties: dict = field(default_factory=dict)
    # the names, by pyahocorasick: built for each release, where ahocorasick_rs's slower build
    # (~80 us against ~10 us for a dozen names) costs more than its quicker searches save
    automaton: ahocorasick.Automaton = field(default_factory=ahocorasick.Automaton)

    def __post_init__(self):
        for key, person in self.keys.items():
            self.automaton.add_word(key, (len(key), person))
        if len(self.automaton):
            self.automaton.make_automaton()

    @classmethod
    def of(cls, people: list[Person], counterpart: str, vocab: Vocab) -> _Cast:
        keys = {k: p.name for p in reversed(people) for k in {p.name, *p.name.split()} if len(k) >= 2}
        parties = parties_of(counterpart)
        sides = {vocab.home, *parties}
        states = vocab.cached("country_values", lambda: frozenset(vocab.countries.values()))
        known = bool(parties) and parties <= states  # a third country is told from the sides
        return cls(
            counterpart,
            {p.name: p.title or "" for p in people},
            frozenset(p.name for p in people if known and not p.participant and p.country and p.country not in sides),
            {k: keys[k] for k in sorted(keys, key=len, reverse=True)},
            vocab,
            vocab.cached("adjectives", vocab.places.adjective_words),
        )

    def named_in(self, text: str) -> tuple[list[_Span], list[tuple[int, int, str | None]]]:
        if text not in self.named:
            self.named[text] = _named_in(text, self)
        return self.named[text]

    def parties_in(self, text: str) -> list[_Span]:
        if text not in self.parties:
            self.parties[text] = _parties_in(text, self)
        return self.parties[text]

    @cached_property
    def side_words(self) -> tuple[tuple[str, ...], Lexicon]:
        """`_side_lexicon` of the counterpart, built once per vocabulary and counterpart when a
        release with this counterpart first looks for the sides (most releases without a commitment
        never do)."""
        return self.vocab.cached(
            f"side_lexicon:{self.counterpart}", lambda: _side_lexicon(self.vocab, self.counterpart)
        )

    def sides_in(self, text: str) -> list[_Span]:
        """(start, end, party) for the home country and the counterpart named as actors: by a name
        ('the ROK', 'Japan's'), or by an adjective before side/government ('the Korean side')."""
        vocab, out = self.vocab, []
        own, side_words = self.side_words
        for m in side_words.finditer(text) if any(map(text.__contains__, own)) else ():
            if m.value not in (vocab.home, self.counterpart):
                continue
            if m.text in self.adjectives and not _SIDE_WORD.match(text, m.end):
                continue
            the = text.rfind("the ", 0, m.start)
            out.append((the if the >= 0 and the == m.start - 4 else m.start, m.end, m.value))
        return out

    def names_in(self, text: str) -> list[_Span]:
        """(start, end, person) of each name or word of a name in `text`, as whole words, left to
        right, the longest at a position (what `\\b(?:longest|…|shortest)\\b` would find), by one
        Aho-Corasick pass over the release's names (built once per release)."""
        found = (
            sorted(
                (end + 1 - length, -length, person)
                for end, (length, person) in self.automaton.iter(text)
                if _whole_word(text, end + 1 - length, end + 1)
            )
            if len(self.automaton)
            else []
        )
        out, taken_until = [], 0
        for i, negative_length, person in found:
            if i >= taken_until:
                taken_until = i - negative_length
                out.append((i, taken_until, person))
        return out


def _side_lexicon(vocab: Vocab, counterpart: str) -> tuple[tuple[str, ...], Lexicon]:
    """The words naming the home country or the counterpart, with every longer word containing one
    ('North Korea' is not 'Korea'): a small automaton, as a sentence is searched many times. With
    it, the shortest of those words (no other one inside): a text holding none names neither side."""
    own = [w for w, party in vocab.countries.items() if party in (vocab.home, counterpart)]
    if not own:
        return (), Lexicon({})
    holds_own = re.compile("|".join(map(re.escape, own))).search  # one scan per word, not one per own word
    shortest = tuple(w for w in own if not any(o != w and o in w for o in own))
    return shortest, Lexicon({w: party for w, party in vocab.countries.items() if holds_own(w)})


def _is_word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def _whole_word(text: str, start: int, end: int) -> bool:
    """A regex word boundary (`\\b`) at both ends of text[start:end]."""
    left = start == 0 or _is_word(text[start - 1]) != _is_word(text[start])
    return left and (end == len(text) or _is_word(text[end - 1]) != _is_word(text[end]))


def _mentions(
    text: str,
    cast: _Cast,
    recent: Callable[[], list[str]],
    parties: bool = True,
    start: int = 0,
    end: int | None = None,
) -> list[tuple[int, str]]:
    """Who text[start:end] names that could act, with positions in that part: people (each at their
    first mention), both sides, the home country, the counterpart, and whom 'he', 'she' or 'the
    Minister' stands for among the people `recent()` gives, latest last (asked only when the part
    holds one), (only the people without `parties`). The part's mentions are
    those of the whole text standing wholly inside it: a part is a clause, and no name runs across
    its edges (a comma, the white space before a verb), so the text is read once for all its parts."""
    end = len(text) if end is None else end
    names, anaphors = cast.named_in(text)
    found: list[tuple[int, str]] = []
    seen: set[str] = set()
    for at, stop, who in names:
        if start <= at and stop <= end and who not in seen:
            seen.add(who)
            found.append((at - start, who))
    if parties:
        found += [(at - start, who) for at, stop, who in cast.parties_in(text) if start <= at and stop <= end]
    for at, stop, title in anaphors:
        if start <= at and stop <= end and (who := _referent(title, recent(), cast.titles)):
            found.append((at - start, who))
    return sorted(found)


def _named_in(text: str, cast: _Cast) -> tuple[list[_Span], list[tuple[int, int, str | None]]]:
    """The people `text` names whoever was mentioned before, and the anaphors (start, end, title or
    None for 'he'/'she') that `_mentions` resolves against them."""
    return cast.names_in(text), [(m.start(), m.end(), m.group("title")) for m in _ANAPHOR.finditer(text)]


def _parties_in(text: str, cast: _Cast) -> list[_Span]:
    """The sides `text` names as actors: both sides, the home country, the counterpart, 'the Thai side'."""
    found = [(m.start(), m.end(), "both sides") for m in _BOTH.finditer(text)]
    sides = cast.sides_in(text)
    found += sides
    named = {at for at, _, _ in sides}
    for m in _SIDE.finditer(text):  # "the Thai side" when Thailand is not the counterpart
        if m.start() not in named:
            found.append((m.start(), m.end(), cast.vocab.countries.get(m.group(1)) or f"{m.group(1)} side"))
    return found


_PREPOSITION = re.compile(r"\b(?:with|to|by|for|from|of|on|about)\b")


def _last_clause(text: str) -> str:
    """What follows the last comma or semicolon of `text` (all of it when it has none)."""
    return text[max(text.rfind(","), text.rfind(";")) + 1 :]


def _opener(text: str, mentioned: list[tuple[int, str]], titles: dict) -> str | None:
    """The person a sentence is about: the first one named outside a prepositional phrase."""
    for pos, who in mentioned:
        if who in titles and not _PREPOSITION.search(_last_clause(text[:pos])):
            return who
    return None


def _referent(title: str | None, recent: list[str], titles: dict) -> str | None:
    """The person 'he'/'she' (title None) or 'the Deputy Minister' (title given) most likely means:
    the latest one mentioned (a sentence's subject counting as mentioned last) with that title."""
    for who in reversed(recent):
        if title is None or title.casefold() in titles[who].casefold():
            return who
    return None


def _acts(text: str, end: int, cast: _Cast, recent: Callable[[], list[str]]) -> bool:
    """Whether "will" or "plan to" follows a side or a person ("Korea will keep", "the Korean
    government will continue", "she will make", "his government will", "the ROK, as a member of the
    Council, will"), not a thing ("the situation will remain") nor what someone said of another
    ("Kang said North Korea will continue"): in text[:end], what comes before the verb."""
    before = text[:end]
    if _OWN_SIDE.search(before):
        return True
    found = _mentions(text, cast, recent, end=end)
    if not found:
        return False
    between = before[found[-1][0] :]
    return len(between.split()) <= 10 and not _SAID.search(between)


_OWN_SIDE = prefiltered(
    r"\b(?:his|her|their|its) (?:governments?|sides?|delegations?|country|countries|ministry)\s*$", re.I
)
_SAID = re.compile(
    r";|, and\b|\b(?:that|said|says|noted|stressed|emphasized|explained|added|hoped|believed|expected)\b"
)


def _subject(text: str, cast: _Cast, recent: Callable[[], list[str]], start: int, end: int) -> str | None:
    """The actor the clause text[start:end] opens with (within its first words); two joined by 'and'
    are both sides."""
    found = [(pos, who) for pos, who in _mentions(text, cast, recent, start=start, end=end) if pos <= 40]
    text = text[start:end]
    if not found:
        return None
    first_pos, first = found[0]
    for pos, who in found[1:]:
        if who != first and re.fullmatch(r"[\w\s.\-’']*\s+and\s+(?:[\w.\-’']+\s+){0,3}", text[first_pos:pos]):
            return "both sides"
    return first


def _target(clause: str) -> str | None:
    hits = [m.group(0).strip() for m in TARGET_RE.finditer(clause)]
    if not hits:
        return None
    return re.sub(r"^(?:(?:in|by|during|within)\s+)?(?:the\s+(?=first|second|third|fourth))?", "", hits[-1], flags=re.I)
