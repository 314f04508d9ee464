"""Cooperation areas of a release: keyword matches from `areas.yaml`, with the sentences."""

from __future__ import annotations

from core.extract.terms import Hits, Lexicon, compile_terms, find_terms
from core.ingest.clean import Sentence
from core.ingest.prefilter import prefiltered
from core.vocab import Vocab


def extract_areas(
    sentences: tuple[Sentence, ...] | list[Sentence],
    vocab: Vocab,
    host_events: tuple[str, ...] = (),
    titles: tuple[str, ...] = (),
) -> list[Hits]:
    """`host_events`: the names of the event the meeting was held on the sidelines of, as the text
    gives them; they say where the sides met, not what they discussed ('the UN General Assembly',
    'the G20 Summit'). `titles`, the people's titles, and the ministries and offices named ('Minister
    of Health and Family Welfare', 'the Ministry of Foreign Affairs and Trade') say who met, not what
    they discussed either."""
    # one search of the sentences joined by a character no office name runs across
    offices = tuple(m.group(0) for m in _OFFICE.finditer("\0".join(s.text for s in sentences)))
    return find_terms(sentences, _lexicon(vocab), (*host_events, *titles, *offices))


# "Ministry of Foreign Affairs and Trade", "Minister of Culture, Sports and Tourism", "Secretary of Energy"
_OFFICE = prefiltered(
    r"\b(?:Ministr(?:y|ies)|Ministers?|Department|Secretary|Secretariat|Directors?-General)\s+(?:of|for)\s+(?:the\s+)?"
    r"[A-Z][\w’'-]*(?:(?:,\s*|\s+and\s+|\s+)[A-Z][\w’'-]*)*"
)


def areas_of(text: str, vocab: Vocab) -> list[str]:
    """Area labels mentioned in one clause, in order of first mention."""
    return _lexicon(vocab).distinct_values_in(text)


def _lexicon(vocab: Vocab) -> Lexicon:
    return vocab.cached("area_terms", lambda: compile_terms(vocab.area_keywords))
