"""Cooperation areas of a release: keyword matches from `areas.yaml`, with the sentences."""

from __future__ import annotations

from core.extract.terms import Hits, compile_terms, find_terms
from core.ingest.clean import Sentence
from core.vocab import Vocab


def extract_areas(sentences: tuple[Sentence, ...] | list[Sentence], vocab: Vocab) -> list[Hits]:
    return find_terms(sentences, vocab.cached("area_terms", lambda: compile_terms(vocab.area_keywords)))


def areas_of(text: str, vocab: Vocab) -> list[str]:
    """Area labels mentioned in one clause."""
    return [h.value for h in extract_areas([Sentence(text, 0, 0, False)], vocab)]
