"""A quick test before a slow regular expression: the literal words one of which every match of a
pattern must contain, read from the pattern itself, so text holding none of them is not scanned.

Python's `re` finds no fast start for an alternation of words behind `\\b` or under IGNORECASE: it
tries every alternative at every position, and a release is read by dozens of such patterns,
sentence by sentence. Most sentences hold none of a pattern's key words ("agreed", "sidelines",
"Eastern Economic Forum"), and `word in text` is many times faster than the scan. `prefiltered()`
wraps a compiled pattern; its `match`, `fullmatch`, `search`, `finditer`, `findall` and `sub` return exactly what the
pattern's would (a text without any of the words cannot match), only sooner. `WholeLine` does the same for
a list of alternatives matched against whole lines (the page chrome of `layout.yaml`).

The words are found by walking the parsed pattern (`re._parser`, the parser `re.compile` itself
uses): a sequence needs what any one of its required parts needs, an alternation what each branch
needs (one of them), a repeat what its body needs if it must occur at least once; assertions,
classes and optional parts need nothing. Under IGNORECASE the words and the text are compared in
lower case, with the few letters `re` also takes for i and s ("ı", "ſ", "İ") read as i and s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from re import _constants as C
from re import _parser
from typing import Generic, TypeVar

import ahocorasick_rs

T = TypeVar("T")
MIN_LENGTH = 3  # shorter words are in nearly every sentence: not worth testing
MAX_WORDS = 48  # more alternatives than this cost about as much as the scan
MAX_TESTS = 8  # more required words than this are looked for by one Aho-Corasick pass (quicker), not one test each
MAX_CLASS = 4  # a class of at most this many letters opening a match ("[Aa]greed") is read as that many words
MAX_FINDS = 12  # more opening words than this are found by one Aho-Corasick pass (quicker), not one search each
_OTHER_CASES = str.maketrans({"\u0130": "i", "\u0131": "i", "\u017f": "s"})  # re.IGNORECASE's extra cases
_REPEATS = (C.MAX_REPEAT, C.MIN_REPEAT, getattr(C, "POSSESSIVE_REPEAT", C.MAX_REPEAT))


@lru_cache(maxsize=64)  # a sentence is tested by many patterns in turn
def fold(text: str) -> str:
    """Text as an IGNORECASE pattern reads it, in lower case (same length)."""
    if "\u0130" in text or "\u0131" in text or "\u017f" in text:
        text = text.translate(_OTHER_CASES)
    return text.lower()


def required_words(pattern: re.Pattern, min_length: int = MIN_LENGTH) -> tuple[str, ...] | None:
    """Words one of which every match of `pattern` contains (lower case when any part of it ignores
    case: `folds`), or None when the pattern needs no word of `min_length` characters or more."""
    words = _needs(_parser.parse(pattern.pattern, pattern.flags), folds(pattern))
    if words is None or min(map(len, words)) < min_length or len(words) > MAX_WORDS:
        return None
    return tuple(sorted(words, key=lambda w: (-len(w), w)))


def folds(pattern: re.Pattern) -> bool:
    """Whether the words `pattern` needs are tested in the `fold`ed text: when it ignores case, as a
    whole or in a part ('\\b(?i:covid)(?:-19)?\\b|\\bSARS-CoV-2\\b'). A text holding a word as
    written holds it in lower case once folded, so the case-sensitive parts are tested there too."""
    return bool(pattern.flags & re.IGNORECASE) or _ignores_case_inside(_parser.parse(pattern.pattern, pattern.flags))


def _ignores_case_inside(items) -> bool:
    for op, av in items:
        if op is C.SUBPATTERN and av[1] & re.IGNORECASE:
            return True
        if any(_ignores_case_inside(part) for part in _parts(op, av)):
            return True
    return False


def _parts(op, av) -> list:
    """The sequences of parsed items inside one parsed item."""
    if op is C.SUBPATTERN:
        return [av[3]]
    if op is C.BRANCH:
        return av[1]
    if op in _REPEATS:
        return [av[2]]
    if op in (C.ASSERT, C.ASSERT_NOT):
        return [av[1]]
    return [av] if op is getattr(C, "ATOMIC_GROUP", None) else []


def _needs(items, icase: bool) -> frozenset[str] | None:
    """What a sequence of parsed items needs: the best need of any one item (a literal run counts
    as one item). With `icase` (the words are tested in the folded text), a part that turns case
    on or off needs what its body needs, in lower case."""
    best: frozenset[str] | None = None
    run: list[str] = []

    def consider(need: frozenset[str] | None) -> None:
        nonlocal best
        if need and (best is None or _score(need) > _score(best)):
            best = need

    def flush() -> None:
        if run:
            consider(_literal("".join(run), icase))
            run.clear()

    for op, av in items:
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is C.SUBPATTERN:
            _, add, remove, body = av
            consider(_needs(body, icase) if icase or not (add | remove) & re.IGNORECASE else None)
        elif op is getattr(C, "ATOMIC_GROUP", None):
            consider(_needs(av, icase))
        elif op in _REPEATS:
            low, _, body = av
            consider(_needs(body, icase) if low >= 1 else None)
        elif op is C.BRANCH:
            branches = [_needs(b, icase) for b in av[1]]
            consider(None if any(b is None for b in branches) else frozenset().union(*branches))
    flush()
    return best


def _literal(text: str, icase: bool) -> frozenset[str] | None:
    if icase and not text.isascii():
        return None  # a letter outside ASCII may have case partners `fold` does not know
    return frozenset({text.lower() if icase else text})


# words in nearly every sentence: a need made of them alone ("on the ") tests nothing
_COMMON = frozenset({"the", "a", "an", "of", "to", "in", "on", "at", "by", "for", "and", "with", "from", "that"})


def _score(need: frozenset[str]) -> tuple[bool, int, int]:
    """A need with a word besides the commonest first, then longer words (rarer), then fewer."""
    telling = all(set(w.lower().split()) - _COMMON for w in need)
    return telling, min(map(len, need)), -len(need)


def opening_words(pattern: re.Pattern) -> tuple[str, ...] | None:
    """Words one of which every match of `pattern` begins with (in lower case under IGNORECASE, to
    be found in the `fold`ed text), or None when a match may begin with a class, a repeat … rather
    than a literal word, or, under IGNORECASE, with a letter outside ASCII."""
    starts = _starts(_parser.parse(pattern.pattern, pattern.flags))
    if not starts:
        return None
    if pattern.flags & re.IGNORECASE:
        if not all(w.isascii() for w in starts):
            return None  # a letter outside ASCII may have case partners `fold` does not know
        starts = {w.lower() for w in starts}
    return tuple(sorted(starts))


def _starts(items) -> frozenset[str] | None:
    """The literal runs one of which a sequence of parsed items opens with (zero-width assertions
    before them consume nothing; an optional part first opens a match, or what follows it does),
    or None."""
    run: list[str] = []
    for i, (op, av) in enumerate(items):
        if op is C.LITERAL:
            run.append(chr(av))
            continue
        if run:
            break
        if op in (C.AT, C.ASSERT, C.ASSERT_NOT):
            continue
        if op in _REPEATS and av[0] == 0:  # "(?:Sunday, )?November 26": 'Sunday, ' or 'November'
            part, rest = _starts(av[2]), _starts(items[i + 1 :])
            return None if part is None or rest is None else part | rest
        if op is C.SUBPATTERN:
            _, add, remove, body = av
            return None if (add | remove) & re.IGNORECASE else _starts(body)
        if op is C.IN and 0 < len(av) <= MAX_CLASS and all(o is C.LITERAL for o, _ in av):  # "[Aa]ttend"
            tails = [_starts([(C.LITERAL, c), *items[i + 1 :]]) for _, c in av]
            return None if any(t is None for t in tails) else frozenset().union(*tails)
        if op is C.BRANCH:
            branches = [_starts(b) for b in av[1]]
            return None if any(b is None for b in branches) else frozenset().union(*branches)
        return None
    return frozenset({"".join(run)}) if run else None


class Prefiltered:
    """A compiled pattern whose searches first test for one of its required words; everything else
    (`split`, `.pattern` …) is the pattern's own.

    `re` finds no fast start for an alternation behind `\\b` either: where every match opens with
    one of a few words ('agreed ', 'decided to', 'will' …), `finditer`, `search` and `sub` try
    the pattern only where one of those words stands, left to right, as `re` would have found them."""

    def __init__(self, compiled: re.Pattern, min_length: int = MIN_LENGTH):
        self.compiled = compiled
        self.min_length = min_length
        self.words = required_words(compiled, min_length)
        self.starts = opening_words(compiled)
        self._icase = bool(compiled.flags & re.IGNORECASE)  # the opening words are in the folded text
        self._folds = folds(compiled)  # the required words are
        self._opening_automaton = (
            Automaton(dict.fromkeys(self.starts)) if self.starts and len(self.starts) > MAX_FINDS else None
        )
        self.could_match = _word_test(self.words, self._folds)

    def __getattr__(self, name: str):
        if name.startswith("__") or name == "compiled":  # copy and pickle look for these before __init__
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def __reduce__(self):  # rebuilt from its pattern: its word test is a closure
        return Prefiltered, (self.compiled, self.min_length)

    def match(self, text: str, *args) -> re.Match | None:
        return self.compiled.match(text, *args) if self.could_match(text) else None

    def fullmatch(self, text: str, *args) -> re.Match | None:
        return self.compiled.fullmatch(text, *args) if self.could_match(text) else None

    def search(self, text: str, *args) -> re.Match | None:
        if not self.could_match(text):
            return None
        if self.starts is None or args:
            return self.compiled.search(text, *args)
        match = self.compiled.match
        for at in self._places(text):  # the first place where a match opens
            if m := match(text, at):
                return m
        return None

    def finditer(self, text: str, *args):
        if not self.could_match(text):
            return iter(())
        if self.starts is None or args:
            return self.compiled.finditer(text, *args)
        return self._at_starts(text)

    def _at_starts(self, text: str):
        """The matches `finditer` finds (none is empty: each opens with a word), each tried only
        where an opening word stands, from where the last one ended."""
        end = 0
        for at in self._places(text):
            if at >= end and (m := self.compiled.match(text, at)):
                end = m.end()
                yield m

    def _places(self, text: str) -> list[int]:
        """Where an opening word stands in `text` (in the folded text, of the same length, under
        IGNORECASE), in order."""
        haystack = fold(text) if self._icase else text
        if self._opening_automaton is not None:  # many words: one pass finds where each stands
            return sorted(self._opening_automaton.starts(haystack))
        places = set()
        for word in self.starts:
            at = haystack.find(word)
            while at >= 0:
                places.add(at)
                at = haystack.find(word, at + 1)
        return sorted(places)

    def findall(self, text: str, *args) -> list:
        return self.compiled.findall(text, *args) if self.could_match(text) else []

    def sub(self, repl, text: str, count: int = 0) -> str:
        if not self.could_match(text):
            return text
        if self.starts is None:
            return self.compiled.sub(repl, text, count)
        parts, end = [], 0  # the matches `finditer` finds, each replaced as `re.sub` replaces it
        for i, m in enumerate(self._at_starts(text)):
            if count and i == count:
                break
            parts += (text[end : m.start()], repl(m) if callable(repl) else m.expand(repl))
            end = m.end()
        return "".join(parts) + text[end:] if parts else text


class Automaton:
    """Every place in a text of each of `terms` (phrase -> value), overlapping ones too, found in
    one pass by a compiled Aho-Corasick automaton (`ahocorasick_rs`: about twice as quick as
    `pyahocorasick` on a sentence, three times on a release, but slower to build, ~80 us even for
    a dozen terms: for automata built once per vocabulary or pattern). Rebuilt from its terms when
    unpickled: a vocabulary is sent to Dask's workers with the patterns and lexicons it has built."""

    def __init__(self, terms: dict):
        self.terms = terms
        self._values = list(terms.values())
        self._search = (
            ahocorasick_rs.AhoCorasick(
                list(terms), matchkind=ahocorasick_rs.MatchKind.Standard, implementation=_implementation(len(terms))
            )
            if terms
            else None
        )

    def __len__(self) -> int:
        return len(self.terms)

    def __reduce__(self):
        return Automaton, (self.terms,)

    def found_in(self, text: str) -> bool:
        """Whether one of the terms stands in `text`."""
        return self._search is not None and bool(self._search.find_matches_as_indexes(text))

    def starts(self, text: str) -> set[int]:
        """Where one of the terms starts in `text`."""
        if self._search is None:
            return set()
        return {start for _, start, _ in self._search.find_matches_as_indexes(text, overlapping=True)}

    def places(self, text: str) -> list[tuple[int, int, object]]:
        """(start, -stop, value) of each place: sorted, the longest at a start comes first."""
        if self._search is None:
            return []
        values = self._values
        return [
            (start, -stop, values[i]) for i, start, stop in self._search.find_matches_as_indexes(text, overlapping=True)
        ]


MAX_DFA = 10_000  # automata of at most this many terms are built as a DFA


def _implementation(terms: int):
    """A DFA (searched ~25% quicker than the library's default, a contiguous NFA) for an automaton
    of at most `MAX_DFA` terms: together they take ~50 ms longer to build and ~5 MB more memory; the
    town lexicon's ~31,500 names stay an NFA: as a DFA they would take ~180 MB and 0.15 s to build."""
    return ahocorasick_rs.Implementation.DFA if terms <= MAX_DFA else None


def _word_test(words: tuple[str, ...] | None, folded: bool) -> Callable[[str], bool]:
    """`could_match`: whether a text holds one of `words` (in the `fold`ed text when `folded`),
    made for the number of words, as it runs for nearly every sentence and pattern."""
    if words is None:
        return lambda text: True
    if not words:
        return lambda text: False
    if len(words) > MAX_TESTS:
        found_in = Automaton(dict.fromkeys(words)).found_in
        return (lambda text: found_in(fold(text))) if folded else found_in
    if len(words) == 1:
        (word,) = words
        return (lambda text: word in fold(text)) if folded else (lambda text: word in text)
    if folded:
        return lambda text: any(map(fold(text).__contains__, words))
    return lambda text: any(map(text.__contains__, words))


def prefiltered(pattern: str | re.Pattern, flags: int = 0, min_length: int = MIN_LENGTH) -> Prefiltered:
    """`re.compile(pattern, flags)` with the quick test in front of its searches (`min_length`: of
    the shortest word worth testing; 2 for a pattern that needs '19' or '20' of a year)."""
    return Prefiltered(pattern if isinstance(pattern, re.Pattern) else re.compile(pattern, flags), min_length)


class PatternSet(Generic[T]):
    """(item, pattern) pairs tried in turn on the same text (the events of `events.yaml`, the
    meeting types …): the word tests of all of them in one Aho-Corasick pass, not one test a
    pattern. `could_match(text)` gives the pairs whose pattern may match `text`, in order."""

    def __init__(self, pairs: Iterable[tuple[T, Prefiltered]]):
        self.pairs = tuple(pairs)
        raw: dict[str, list[int]] = {}
        folded: dict[str, list[int]] = {}
        for i, (_, pattern) in enumerate(self.pairs):
            for word in pattern.words or ():
                (folded if pattern._folds else raw).setdefault(word, []).append(i)
        self._always = frozenset(i for i, (_, pattern) in enumerate(self.pairs) if pattern.words is None)
        self._raw, self._folded = Automaton(raw), Automaton(folded)

    def __iter__(self) -> Iterator[tuple[T, Prefiltered]]:
        return iter(self.pairs)

    def __len__(self) -> int:
        return len(self.pairs)

    def could_match(self, text: str) -> list[tuple[T, Prefiltered]]:
        found = set(self._always)
        for _, _, ids in self._raw.places(text):
            found.update(ids)
        if len(self._folded):
            for _, _, ids in self._folded.places(fold(text)):
                found.update(ids)
        return [self.pairs[i] for i in sorted(found)]


class WholeLine:
    """Whether a whole line is one of `patterns`: what `re.compile("|".join(patterns),
    flags).fullmatch(line)` tells, sooner.

    An alternative that may open with any text ('.*\\bcopyright\\b.*') is tried at every position
    of every line it is asked about, where one opening with a word fails at the first letter. Such
    floating alternatives that need a word (`required_words`) are each tried only on lines holding
    one; the others stay together in one pattern."""

    def __init__(self, patterns: list[str], flags: int = 0):
        fixed, floating = [], []
        for pattern in patterns:
            compiled = Prefiltered(re.compile(pattern, flags))
            if compiled.words and _floats(_parser.parse(pattern, flags)):
                floating.append(compiled)
            else:
                fixed.append(pattern)
        self.fixed = re.compile("|".join(f"(?:{p})" for p in fixed), flags) if fixed else None
        self.floating = floating
        # the words of the floating alternatives, looked for together (in the folded line for those
        # that ignore case): most lines hold none
        self._holds_word = _word_test(tuple(dict.fromkeys(w for p in floating if not p._folds for w in p.words)), False)
        self._holds_folded_word = _word_test(
            tuple(dict.fromkeys(w for p in floating if p._folds for w in p.words)), True
        )

    def fullmatch(self, line: str) -> bool:
        if self.fixed is not None and self.fixed.fullmatch(line):
            return True
        if not (self._holds_folded_word(line) or self._holds_word(line)):
            return False
        return any(p.fullmatch(line) for p in self.floating)


def _floats(items) -> bool:
    """The parsed pattern may open with a run of any length (`.*`, `[^,]*`) before what it needs,
    in one of its alternatives at least."""
    if not len(items):
        return False
    op, av = items[0]
    if op is C.SUBPATTERN:
        return _floats(av[3])
    if op is C.BRANCH:
        return any(_floats(b) for b in av[1])
    return op in _REPEATS and av[0] == 0 and av[1] == C.MAXREPEAT
