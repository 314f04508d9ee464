"""Accord's core: press releases in, tidy sourced frames out. Never imports Streamlit."""

from core.frames.cache import Cache
from core.frames.corpus import Corpus, add, load, read_dataset
from core.ingest.sources import Upload
from core.vocab import VocabError, load_vocab

__all__ = ["Cache", "Corpus", "Upload", "VocabError", "add", "load", "load_vocab", "read_dataset"]
