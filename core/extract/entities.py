"""Named events, projects, agreements, organisations and mechanisms, by their YAML aliases."""

from __future__ import annotations

from core.extract.terms import Hits, Lexicon, compile_terms, find_terms
from core.ingest.clean import Sentence
from core.vocab import Vocab


def entity_terms(vocab: Vocab) -> dict[str, str]:
    """alias -> canonical name, for entities.yaml and the mechanisms of mechanisms.yaml."""
    terms = {alias: name for alias, (name, _) in vocab.entities.items()}
    for mech in vocab.mechanisms:
        terms.update({alias: mech.name for alias in mech.aliases if len(alias.split()) > 2})
    return terms


def entity_kind(name: str, vocab: Vocab) -> str:
    return next((kind for canonical, kind in vocab.entities.values() if canonical == name), "mechanism")


def extract_entities(sentences: tuple[Sentence, ...] | list[Sentence], vocab: Vocab) -> list[Hits]:
    return find_terms(sentences, _lexicon(vocab))


def entities_of(text: str, vocab: Vocab) -> list[str]:
    """The entities one clause names, in order of first mention."""
    return _lexicon(vocab).distinct_values_in(text)


def _lexicon(vocab: Vocab) -> Lexicon:
    return vocab.cached("entity_terms", lambda: compile_terms(entity_terms(vocab)))
