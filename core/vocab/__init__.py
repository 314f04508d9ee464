"""Vocabularies: the YAML files beside this module, validated on load (`loader.py`)."""

from core.vocab.loader import (
    FILES,
    VOCAB_DIR,
    Anniversary,
    Event,
    Mechanism,
    Person,
    Publisher,
    Vocab,
    VocabError,
    fold,
    load_vocab,
    load_vocab_or_last_good,
)

__all__ = [
    "FILES",
    "VOCAB_DIR",
    "Anniversary",
    "Event",
    "Mechanism",
    "Person",
    "Publisher",
    "Vocab",
    "VocabError",
    "fold",
    "load_vocab",
    "load_vocab_or_last_good",
]
