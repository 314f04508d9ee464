"""Property-based: arbitrary text and bytes never break the loader, loading is idempotent, and a
lexicon reads a part of a scanned text as it reads the part alone."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import core
from core.ingest.clean import clean
from core.ingest.sources import Upload
from tests.conftest import SEEDS

SEED = (SEEDS / "rok-russia-foreign-ministers-unhrc37.txt").read_text(encoding="utf-8")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# text that looks like releases: real sentences cut and mixed with noise
release_like = st.builds(
    lambda cut, noise, tail: SEED[:cut] + noise + SEED[cut : cut + tail],
    st.integers(0, len(SEED)),
    st.text(max_size=200),
    st.integers(0, 800),
)


@FAST
@given(st.binary(max_size=4000), st.sampled_from(["x.txt", "x.html", "x.zip", "x", "x.pdf"]))
def test_arbitrary_bytes_never_raise(data, name):
    corpus = core.load([Upload(name, data)])
    assert len(corpus.releases) + len(corpus.errors) >= 1 or not data.strip()


@FAST
@given(st.one_of(st.text(max_size=3000), release_like))
def test_arbitrary_text_never_raises_and_is_idempotent(text):
    upload = Upload("t.txt", text.encode("utf-8", "surrogatepass"))
    first = core.load([upload])
    twice = core.load([upload, upload])
    for name, frame in first.frames().items():
        assert frame.equals(twice.frames()[name]) or name == "errors"
    assert len(twice.errors) == 2 * len(first.errors)


@FAST
@given(release_like)
def test_release_id_is_stable(text):
    assert clean(text).release_id == clean(text).release_id
    assert clean(text).release_id == clean(text.replace("\n", "\r\n")).release_id


# state names glued to each other, inside words, hyphenated or cut: the edges where a part differs
_PIECES = ["Korea", "North Korea", "Republic of Korea", "Papua New Guinea", "Guinea", "Russia", "ROK", "U.S.", "n"]
glued_states = st.lists(st.sampled_from(_PIECES + list(" -_.’'s")), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(st.one_of(glued_states, st.just(SEED)), st.data())
def test_a_part_of_a_scanned_text_has_the_matches_of_the_part_scanned_alone(text, data):
    """`Lexicon.scan(text).within(a, b)` (people's country hints) is `finditer(text[a:b])`,
    whatever the cut: inside a word, a hyphenated name or a longer state name."""
    from core.extract.terms import party_lexicon

    countries = party_lexicon(core.load_vocab())
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, min(len(text), start + 300)))
    assert countries.scan(text).within(start, end) == countries.finditer(text[start:end])


def test_a_pickled_vocabulary_matches_as_the_original():
    """Dask sends the vocabulary to its workers pickled, with the lexicons and patterns it has
    built: their automata are rebuilt from their phrases."""
    import pickle

    from core.extract.people import _title_heads
    from core.extract.terms import compile_terms, party_lexicon

    vocab = core.load_vocab()
    lexicons = (party_lexicon(vocab), compile_terms(vocab.area_keywords))
    heads = _title_heads(vocab)
    assert heads._opening_automaton is not None  # found by an automaton: many heads
    copies = pickle.loads(pickle.dumps((vocab, heads, *lexicons)))
    assert party_lexicon(copies[0]).finditer(SEED) == lexicons[0].finditer(SEED)
    assert [m.span() for m in copies[1].finditer(SEED)] == [m.span() for m in heads.finditer(SEED)] != []
    for original, copy in zip(lexicons, copies[2:]):
        assert copy.finditer(SEED) == original.finditer(SEED) != []
