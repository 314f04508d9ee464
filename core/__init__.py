"""Accord's core: press releases in, tidy sourced frames out. Never imports Streamlit."""

from core.corpus import Corpus, load
from core.sources import Upload
from core.vocab import VocabError, load_vocab

__all__ = ["Corpus", "Upload", "VocabError", "load", "load_vocab"]
