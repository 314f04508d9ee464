"""The quick word test in front of slow patterns (core.extract.prefilter) never changes a result:
on every sentence of the real releases, each prefiltered pattern of the extractors and the
vocabulary finds exactly what the plain pattern finds (and on every line of their pages)."""

from __future__ import annotations

import importlib
import re
from functools import cache
from pathlib import Path

import pytest

import core
from core.extract.constraints import event_patterns, series_patterns
from core.ingest.clean import clean
from core.ingest.prefilter import Prefiltered, prefiltered, required_words
from core.ingest.sources import Document, read_inputs

ROOT = Path(__file__).resolve().parents[1]
MODULES = [
    "extract.commitments",
    "extract.constraints",
    "extract.dates",
    "extract.meeting",
    "extract.people",
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
    return found


def _spans(matches) -> list:
    return [(m.span(), m.groups()) for m in matches]


@pytest.mark.parametrize("pattern", _prefiltered())
def test_prefiltered_pattern_finds_what_the_pattern_finds(pattern):
    texts = sentences()
    assert texts
    for text in texts:
        assert _spans(pattern.finditer(text)) == _spans(pattern.compiled.finditer(text)), text
        for method in ("search", "match"):
            found, plain = getattr(pattern, method)(text), getattr(pattern.compiled, method)(text)
            assert (found and found.span()) == (plain and plain.span()), text


@pytest.mark.parametrize(
    ("pattern", "flags", "words"),
    [
        (r"\b(?:agreed (?:to|that)|decided to)", 0, ("decided to", "agreed t")),
        (r"\b(?:on the (?:sidelines|margins) of|attending)\s+", re.I, ("attending", "on the ")),
        (r"(?P<n>\d+)(?:st|nd|rd|th) Munich Security Conference", re.I, (" munich security conference",)),
        (r"(?:will|plans?)? to be held", 0, (" to be held",)),
        (r"\b(?:he|she)\b", 0, None),  # too short to be worth testing
        (r"\d{4}-\d\d", 0, None),  # no word at all
        (r"(?:the )?summit", re.I, ("summit",)),  # an optional part needs nothing
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
    ],
)
def test_ignorecase_letters_outside_ascii_are_matched_as_re_matches_them(text):
    plain = re.compile(r"\b(?:agreed to meet|decided to)", re.I)
    assert bool(prefiltered(plain).search(text)) == bool(plain.search(text))
    assert plain.search(text)
