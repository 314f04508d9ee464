"""Whole-word matching of vocabulary phrases (countries, cities, titles, area keywords, entity
aliases) in text, in one compiled Aho-Corasick pass (`prefilter.Automaton`) whatever the number of phrases.

A `Lexicon` finds, left to right, the longest phrase starting at each position, as whole words
(not inside a longer word or hyphenated compound), never overlapping. Phrases written in capitals
("UN", "LH", "FTA") match case-sensitively; a `Lexicon` built with `fold=True` matches the others
ignoring case and hyphen/space differences, and a plural "s"/"es" too (area keywords and entity
aliases); with `fold=False` (proper names: countries, cities, titles) it matches as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate
from typing import NamedTuple

from core.ingest.clean import Sentence
from core.ingest.prefilter import Automaton


@dataclass(frozen=True)
class Hits:
    value: str
    mentions: int
    sentences: tuple[Sentence, ...]


class Match(NamedTuple):  # a tuple: made by the thousand, it is quicker to build than a dataclass
    start: int
    end: int
    text: str
    value: str


@lru_cache(maxsize=16)  # the area and entity lexicons read the same texts in turn
def _folded(text: str) -> str:
    """Lower case, hyphens as spaces, the typographic apostrophe as the straight one ("People’s
    Republic of China" is the vocabulary's "People's ..."), same length as `text` (so offsets carry over)."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a few characters change length when lowered
        lowered = "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)
    return lowered.replace("-", " ").replace("‐", " ").replace("\n", " ").replace("\t", " ").replace("’", "'")


class Lexicon:
    """phrase -> value, compiled once; `finditer(text)` yields the matches as `Match`es."""

    def __init__(self, terms: dict[str, str], fold: bool = False, joiners: str = "_-‐"):
        self.joiners = joiners  # what joins a match to the word around it, so that it is no match
        exact: dict[str, str] = {}  # phrase as written -> value
        folded: dict[str, str] = {}  # phrase `_folded` -> value
        for phrase, value in terms.items():
            phrase = " ".join(phrase.split())  # runs of white space as one space (what `\s+` matches)
            if not phrase:
                continue
            if not fold or (phrase.upper() == phrase and any(c.isalpha() for c in phrase)):
                exact[phrase] = value
                if "'" in phrase:  # as the ministry writes it: "People’s Republic of China"
                    exact[phrase.replace("'", "’")] = value
                if fold:
                    for plural in ("s", "es"):
                        exact[phrase + plural] = value
                continue
            key = _folded(phrase)
            if "  " in key:  # a hyphen beside a space ("co- operation")
                key = re.sub(r" +", " ", key)
            for variant in (key, key + "s", key + "es"):
                if variant not in folded or folded[variant] == value:
                    folded[variant] = value
        self.exact, self.folded = Automaton(exact), Automaton(folded)

    def finditer(self, text: str) -> list[Match]:
        return _whole_words(text, self._candidates(text), 0, len(text), self.joiners)

    def scan(self, text: str) -> Scan:
        """`text` scanned once, so that the matches of any part of it are picked without scanning
        that part again. Only for a lexicon matching as written: a folded one lowers the text, and
        lower case may depend on the letters around a part (a final Greek sigma)."""
        if len(self.folded):
            raise ValueError("a folded lexicon scans each part of a text on its own")
        return Scan(text, self._candidates(text), self.joiners)

    def _candidates(self, text: str) -> list[tuple[int, int, str]]:
        """Every place a phrase stands in `text`, whole word or not, as (start, -stop, value), in
        order of start, the longest first."""
        spans = self.exact.places(text)
        if len(self.folded):
            spans += self.folded.places(_folded(text))
        spans.sort()
        return spans

    def values_in(self, text: str) -> list[str]:
        return [m.value for m in self.finditer(text)]

    def distinct_values_in(self, text: str) -> list[str]:
        """The values `text` names, each once, in order of first mention (what `find_terms` finds
        in one sentence, without grouping the sentences)."""
        return list(dict.fromkeys(m.value for m in self.finditer(text)))


class Scan(NamedTuple):
    """A text scanned once by a `Lexicon` (`Lexicon.scan`)."""

    text: str
    candidates: list[tuple[int, int, str]]
    joiners: str

    def within(self, start: int = 0, end: int | None = None) -> list[Match]:
        """What `finditer(text[start:end])` finds, at its places in that part: the part holds the
        phrases standing wholly inside it, and its edges are word boundaries."""
        first = bisect_left(self.candidates, (start,)) if start else 0  # the first candidate at or after `start`
        return _whole_words(
            self.text, self.candidates[first:], start, len(self.text) if end is None else end, self.joiners
        )


def _whole_words(text: str, candidates: list[tuple[int, int, str]], start: int, end: int, joiners: str) -> list[Match]:
    """The candidates inside text[start:end] that are whole words there (no word character or
    hyphen joins them to what is around them inside the part), left to right, the longest at a
    place, never overlapping; at their places in the part."""
    out, taken_until = [], start
    for at, negative_stop, value in candidates:  # tested inline: this loop sees every candidate of every lexicon
        if at >= end:
            break  # in order of start: none after it is inside the part
        stop = -negative_stop
        if at < taken_until or stop > end:
            continue
        if at > start and ((c := text[at - 1]).isalnum() or c in joiners) and ((c := text[at]).isalnum() or c == "_"):
            continue
        if (
            stop < end
            and ((c := text[stop]).isalnum() or c in joiners)
            and ((c := text[stop - 1]).isalnum() or c == "_")
        ):
            continue
        out.append(_new_tuple(Match, (at - start, stop - start, text[at:stop], value)))  # Match(…) without its __new__
        taken_until = stop
    return out


_new_tuple = tuple.__new__


def parties_of(counterpart: str) -> set[str]:
    """The parties a release's counterpart names ("Japan", "US and Japan", "ROK–Russia" as another
    publisher's account gives it); none for "unknown" or "multilateral"."""
    return set(_PARTY_JOINS.split(counterpart)) - {"unknown", "multilateral", ""}


_PARTY_JOINS = re.compile(r" and |–")


def party_lexicon(vocab) -> Lexicon:
    """Every word naming a state or an organisation, to its party: the one country matcher. A
    hyphen does not join a party's name to the next word: "ROK-Thailand", "US-North Korea"."""
    return vocab.cached("country_lexicon", lambda: Lexicon(vocab.countries, joiners="_"))


def city_lexicon(vocab) -> Lexicon:
    """Every city of the vocabulary, to its state: the one city matcher (built once per vocabulary)."""
    return vocab.cached("city_lexicon", lambda: Lexicon(vocab.cities))


def compile_terms(terms: dict[str, str]) -> Lexicon:
    """A folded lexicon of `terms` (phrase -> value); build once per vocabulary."""
    return Lexicon(terms, fold=True)


def find_terms(
    sentences: tuple[Sentence, ...] | list[Sentence], lexicon: Lexicon, skip: tuple[str, ...] = ()
) -> list[Hits]:
    """Group the matches of `lexicon` in `sentences` by value, in text order.

    The sentences are scanned as one text (one pass per release, not per sentence); a match is
    credited to the sentence it starts in, and a match overlapping a longer one is dropped, as is
    a match inside one of the phrases `skip` (any case) wherever it occurs.
    """
    text = "\n".join(s.text for s in sentences)
    starts = list(accumulate((len(s.text) + 1 for s in sentences[:-1]), initial=0))
    counts: dict[str, int] = defaultdict(int)
    where: dict[str, list[Sentence]] = defaultdict(list)
    skipped = _Spans(_spans_of(skip, text) if skip else [])
    for m in lexicon.finditer(text):
        if skipped.hold(m.start, m.end):
            continue
        s = sentences[bisect_right(starts, m.start) - 1]
        counts[m.value] += 1
        if not where[m.value] or where[m.value][-1] is not s:
            where[m.value].append(s)
    order = sorted(counts, key=lambda v: where[v][0].start)
    return [Hits(v, counts[v], tuple(where[v])) for v in order]


class _Spans:
    """Spans of a text, asked whether one of them holds a part: the spans in order of start, with
    the furthest end reached by any span starting at or before each (one bisection a question)."""

    def __init__(self, spans: list[tuple[int, int]]):
        spans = sorted(spans)
        self.starts = [a for a, _ in spans]
        self.reach = list(accumulate((b for _, b in spans), max))

    def hold(self, start: int, end: int) -> bool:
        i = bisect_right(self.starts, start)
        return i > 0 and self.reach[i - 1] >= end


def _spans_of(phrases: tuple[str, ...], text: str) -> list[tuple[int, int]]:
    """Where each of `phrases` stands in `text`, ignoring case (each distinct phrase looked for once,
    by plain string search: a release's titles repeat)."""
    folded, spans = _folded(text), []
    for phrase in dict.fromkeys(_folded(p) for p in phrases if p):
        at = folded.find(phrase)
        while at >= 0:
            spans.append((at, at + len(phrase)))
            at = folded.find(phrase, at + 1)
    return spans
