"""Over the whole shared corpus: everything loads, and every release gets what a reader needs."""

from __future__ import annotations

import pytest

from tests.conftest import CORPUS


def test_every_file_loads_without_an_error_row(corpus):
    assert corpus.errors.empty, corpus.errors.to_dict("records")


def test_every_file_becomes_a_release(corpus):
    files = {p.name for p in CORPUS.iterdir() if p.is_file()}
    loaded = set(corpus.releases.source.map(lambda s: s.rsplit("/", 1)[-1]))
    # two files may hold the same text (the same page under two templates): one release each text
    assert len(loaded) >= len(files) - 2 and loaded <= files | {
        "rok-russia-foreign-ministers-unhrc37.txt",
        "korea-russia-far-east-siberia-subcommittee-14th.txt",
    }


@pytest.mark.parametrize("column", ["title", "counterpart", "level"])
def test_every_release_has(corpus, column):
    bad = corpus.releases[corpus.releases[column].isin(["", "unknown", "(untitled)"])]
    assert bad.empty, bad[["source", column]].to_dict("records")


def test_every_release_has_a_date_or_an_honest_unknown(corpus):
    r = corpus.releases
    dated = r.meeting_date.notna()
    assert (r[dated].date_basis != "unknown").all()
    unknown = r[~dated]
    assert (unknown.date_basis == "unknown").all()
    assert unknown.date_evidence.str.len().gt(10).all(), "an unknown date must say why"
    assert (r[dated].meeting_end >= r[dated].meeting_date).all()


def test_every_release_has_a_lead_participant(corpus):
    leads = corpus.participants[corpus.participants.lead].release_id
    missing = corpus.releases[~corpus.releases.release_id.isin(leads)]
    assert missing.empty, missing.source.tolist()


def test_a_fair_share_of_the_corpus_is_dated_and_has_areas(corpus):
    r = corpus.releases
    assert r.meeting_date.notna().mean() >= 0.6
    assert r.release_id.isin(corpus.areas.release_id).mean() >= 0.9
    assert r.mechanism.notna().mean() >= 0.9


def test_evidence_is_in_the_text(corpus):
    texts = corpus.releases.set_index("release_id").text
    for row in corpus.commitments.itertuples():
        assert texts[row.release_id][row.start :].startswith(row.evidence)
    for row in corpus.areas.itertuples():
        assert all(s in texts[row.release_id] for s in row.evidence)
