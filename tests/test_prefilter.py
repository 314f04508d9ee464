"""The quick word test in front of slow patterns (core.extract.prefilter) never changes a result:
on every sentence of the real releases, each prefiltered pattern of the extractors and the
vocabulary finds exactly what the plain pattern finds (and on every line of their pages)."""

from __future__ import annotations

import importlib
import re
from functools import cache
from pathlib import Path

import pytest
import yaml

import core
from core.extract.constraints import coinage_patterns, event_patterns, series_patterns
from core.extract.meeting import _meeting_type_patterns
from core.extract.people import _title_heads
from core.extract.provenance import publisher_patterns
from core.ingest.clean import clean
from core.ingest.prefilter import PatternSet, Prefiltered, WholeLine, opening_words, prefiltered, required_words
from core.ingest.sources import Document, read_inputs
from core.vocab.loader import load_layout

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    "extract.areas",
    "extract.commitments",
    "extract.constraints",
    "extract.dates",
    "extract.listings",
    "extract.meeting",
    "extract.people",
    "extract.provenance",
    "extract.targets",
    "ingest.clean",
]


@cache
def sentences() -> list[str]:
    docs = read_inputs([ROOT / "tests" / "corpus", ROOT / "seeds", ROOT / "tests" / "accounts"])
    out = []
    for doc in docs:
        if isinstance(doc, Document):
            release = clean(doc.text)
            out += [release.title, *(s.text for s in release.sentences), *doc.text.splitlines()]
    return out


def _prefiltered() -> list:
    vocab = core.load_vocab()
    found = [
        pytest.param(value, id=f"{module}.{name}")
        for module in MODULES
        for name, value in vars(importlib.import_module(f"core.{module}")).items()
        if isinstance(value, Prefiltered)
    ]
    found += [pytest.param(p, id=f"event:{e.name}") for e, p in event_patterns(vocab)]
    found += [pytest.param(p, id=f"series:{s.name}") for s, p in series_patterns(vocab)]
    found += [pytest.param(p, id=f"coinage:{c.name}") for c, p in coinage_patterns(vocab)]
    found += [pytest.param(p, id=f"publisher:{pub.name}") for pub, ps in publisher_patterns(vocab) for p in ps]
    found.append(pytest.param(_title_heads(vocab), id="people.title_heads"))  # levels.yaml's heads
    return found


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("pattern", _prefiltered())
def test_prefiltered_pattern_finds_what_the_pattern_finds(pattern):
    texts = sentences()
    assert texts
    for text in texts:
        assert _spans(pattern.finditer(text)) == _spans(pattern.compiled.finditer(text)), text
        for method in ("search", "match", "fullmatch"):
            found, plain = getattr(pattern, method)(text), getattr(pattern.compiled, method)(text)
            assert (found and found.span()) == (plain and plain.span()), text
        for repl in ("", r"<\g<0>>", lambda m: m.group(0).upper()):
            assert pattern.sub(repl, text) == pattern.compiled.sub(repl, text), text
        assert pattern.sub("_", text, count=1) == pattern.compiled.sub("_", text, count=1), text


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\b(?:agreed (?:to|that)|decided to)", 0, ("decided to", "agreed t")),
        (r"\b(?:on the (?:sidelines|margins) of|attending)\s+", re.I, ("attending", "sidelines", "margins")),
        # the commonest words alone ("on the ") tell nothing: another part is tested
        (r"\b(?:by|over|on) the (?:tele)?phone\b", re.I, ("phone",)),
        (r"(?P<n>\d+)(?:st|nd|rd|th) Munich Security Conference", re.I, (" munich security conference",)),
        (r"(?:will|plans?)? to be held", 0, (" to be held",)),
        (r"\b(?:he|she)\b", 0, None),  # too short to be worth testing
        (r"\d{4}-\d\d", 0, None),  # no word at all
        (r"(?:the )?summit", re.I, ("summit",)),  # an optional part needs nothing
        # a part that ignores case: every word is tested in the folded text
        (r"\b(?i:covid)(?:-19)?\b|\bSARS-CoV-2\b", 0, ("sars-cov-2", "covid")),
        (r"(?:(?i:the )?summit|(?-i:UN) Security Council)", re.I, (" security council", "summit")),
    ],
)
def test_required_words_are_read_from_the_pattern(pattern, flags, words):
    assert required_words(re.compile(pattern, flags)) == words


@pytest.mark.parametrize(
    "text",
    [
        "The two sides AGREED TO meet again.",
        "they agreed to meet again",  # re.IGNORECASE's other letters for i and s
        "they agreed to meet again".replace("s", "\u017f"),
        "THEY AGREED TO MEET AGAIN".replace("I", "\u0130"),
        "ministers agreed to meet".replace("i", "\u0131"),
        "They agreed to meet, DECIDED TO meet again and agreed to meet in Seoul",  # several matches
    ],
)
def test_ignorecase_letters_outside_ascii_are_matched_as_re_matches_them(text):
    plain = re.compile(r"\b(?:agreed to meet|decided to)", re.I)
    quick = prefiltered(plain)
    assert quick.starts  # the matches are tried where an opening word stands in the folded text
    assert quick.search(text).span() == plain.search(text).span()
    assert _spans(quick.finditer(text)) == _spans(plain.finditer(text))


def _layout_lines() -> list[str]:
    """Every line of the real pages as `clean` reads it, and the same lines in capitals."""
    docs = read_inputs([ROOT / "tests" / "corpus", ROOT / "seeds", ROOT / "tests" / "accounts"])
    lines = [" ".join(ln.split()) for doc in docs if isinstance(doc, Document) for ln in doc.text.splitlines()]
    return [ln for ln in lines if ln] + [ln.upper() for ln in lines if ln]


@pytest.mark.parametrize("key", ["chrome", "footer"])
def test_whole_line_patterns_tell_what_their_alternation_tells(key):
    """layout.yaml's chrome and footer (`WholeLine`) against the one pattern they stand for."""
    patterns = yaml.safe_load((ROOT / "core" / "vocab" / "layout.yaml").read_text(encoding="utf-8"))[key]
    plain = re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE)
    quick = getattr(load_layout(), key)
    assert quick.floating  # some alternatives are tried only on lines holding their words
    extra = ["Copyright (c) 2019 MOFA", "All Rights Reserved.", "Follow us on Facebook", "Seoul 03172 Sajik-ro 8-gil"]
    lines = _layout_lines() + extra
    found = [ln for ln in lines if quick.fullmatch(ln)]
    assert found == [ln for ln in lines if plain.fullmatch(ln)]
    assert "All Rights Reserved." in found  # a floating alternative of both lists


@pytest.mark.parametrize(
    ("patterns", "floating"),
    [
        ([r".*\bcopyright\b.*", r"home|press"], 1),  # a run of any length first, then a word
        ([r"(?:\d+\.\s*)?(?:home|press)", r"\*?\s*unofficial translation"], 0),  # at most one character first
        ([r".*\d{4}"], 0),  # no word to test for
    ],
)
def test_whole_line_tests_words_only_for_alternatives_that_may_open_anywhere(patterns, floating):
    assert len(WholeLine(patterns, re.I).floating) == floating


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\b(?:agreed (?:to|that)|decided to)", 0, ("agreed t", "decided to")),  # 't' shared by 'to|that'
        (r"(?P<a>\bwill(?= work))|(?P<b>\bhoped )", 0, ("hoped ", "will")),  # groups and look-arounds
        (r"\b(?:[Hh]e|she)\b", 0, ("He", "he", "she")),  # a class of a few letters first: one word each
        (r"\b[Aa]ttend(?:s|ed)?", 0, ("Attend", "attend")),
        (r"\b[A-Z]e\b", 0, None),  # a range first: not read
        (r"\b[abcdef]rm", 0, None),  # a class of more letters than MAX_CLASS: not read
        (r"(?:the )?summit", 0, ("summit", "the ")),  # an optional part first: it or what follows opens
        (r"(?:(?:Sunday|Monday), )?(?:May|June) \d", 0, ("June", "May", "Monday", "Sunday")),
        (r"(?:the )?\w+ summit", 0, None),  # what follows the optional part opens with a class
        (r"\bAgreed to|DECIDED", re.I, ("agreed to", "decided")),  # any case: in lower case, for the folded text
        (r"\bMünchen", re.I, None),  # any case, a letter outside ASCII: not read
    ],
)
def test_opening_words_are_read_from_the_pattern(pattern, flags, words):
    assert opening_words(re.compile(pattern, flags)) == words


def test_matches_found_from_opening_words_are_those_re_finds_left_to_right():
    """Overlapping candidates ('will' inside 'willingness'), a match starting inside another."""
    pattern = prefiltered(r"\b(?:willingness to|will(?= work)|work together|together with)")
    assert pattern.starts
    text = "They expressed willingness to work together with Japan and will work together with Korea."
    assert _spans(pattern.finditer(text)) == _spans(pattern.compiled.finditer(text))
    assert len(_spans(pattern.finditer(text))) == 4
    assert pattern.search(text).span() == pattern.compiled.search(text).span()


def test_matches_found_from_words_a_class_opens_are_those_re_finds():
    """A pattern opening with a class of a few letters ('[Aa]ttend') tried only where one of its
    words stands, on the real sentences: the same matches as the scan."""
    pattern = prefiltered(r"\b(?:[Aa]ttend(?:s|ed|ing)?|[Dd]uring|[Mm]et)\b[^.;]{0,40}?\b(?:Summit|Forum|Meeting)")
    assert pattern.starts and len(pattern.starts) == 6
    texts = sentences()
    assert sum(1 for t in texts if pattern.compiled.search(t)) >= 10
    for text in texts:
        assert _spans(pattern.finditer(text)) == _spans(pattern.compiled.finditer(text)), text


def test_name_before_title_searched_near_commas_finds_what_the_pattern_finds():
    """`people._before_title_matches` (the pattern searched only over the words before each ', ')
    against `finditer` over whole sentences: real ones, and names of five words and four particles,
    dotted initials and commas close together."""
    from core.extract.people import _BEFORE_TITLE, _before_title_matches

    texts = [
        *sentences(),
        "Mr. Maria de la Cruz van der Berg Alonso, the Minister of Foreign Affairs, met Kim, Lee, Park",
        "H.E. Mr. Nguyen Xuan Phuc, Prime Minister, and Wang Yi, member of the Political Bureau",
        "A B C D E F G H I J K, Minister",
        "Kang Kyung-wha,Minister, O’Neil Smith-Jones, the Ambassador",
        "on trade, energy, and health, Kim Sung-hwan, Minister, and (Lee Jae-myung, President",  # lower-case words
        "ōmura Tarō, Minister, and ālvarez, Minister",  # letters outside Latin-1 read as capitals by the pattern
    ]
    for text in texts:
        assert _spans(_before_title_matches(text)) == _spans(_BEFORE_TITLE.finditer(text)), text
    found = [m.group(1) for m in _before_title_matches(next(t for t in texts if t.startswith("H.E.")))]
    assert found == ["E. Mr. Nguyen Xuan Phuc", "Prime Minister", "Wang Yi"]  # the search goes on after each


@pytest.mark.parametrize("kind", ["events", "series", "meeting types", "mixed"])
def test_a_pattern_set_offers_the_patterns_whose_word_test_passes_in_order(kind):
    """One Aho-Corasick pass over the words of many patterns tells what each pattern's own test
    tells, on every sentence and line of the real releases (and in lower case, as the meeting
    types are searched)."""
    vocab = core.load_vocab()
    sets = {
        "events": event_patterns(vocab),
        "series": series_patterns(vocab),
        "meeting types": _meeting_type_patterns(vocab),
        "mixed": PatternSet(  # folded and as-written words, and a pattern without words
            [(1, prefiltered(r"\bagreed to\b")), (2, prefiltered(r"summit", re.I)), (3, prefiltered(r"\d+"))]
        ),
    }
    patterns = sets[kind]
    offered = 0
    for text in sentences() + [t.casefold() for t in sentences()]:
        expected = [pair for pair in patterns if pair[1].could_match(text)]
        assert patterns.could_match(text) == expected, text
        offered += len(expected)
    assert offered > 0
