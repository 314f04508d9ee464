"""The corrections file: applied on load, appended safely (lock, backup, atomic), mistakes reported."""

from __future__ import annotations

import multiprocessing
import os
from concurrent.futures import ThreadPoolExecutor

import pytest

import core
from core.track import corrections
from tests.conftest import SEEDS


@pytest.fixture
def seed_ids():
    corpus = core.load(SEEDS, corrections=False)
    return corpus.releases.release_id.tolist(), corpus.commitments.commitment_id.tolist()


def test_a_correction_changes_the_loaded_frames(tmp_path, seed_ids):
    releases, _ = seed_ids
    file = tmp_path / "c.yaml"
    corrections.append({"release": releases[0], "set": {"venue": "Vladivostok, Russia"}}, file)
    corpus = core.load(SEEDS, corrections=file)
    assert corpus.releases.set_index("release_id").venue[releases[0]] == "Vladivostok, Russia"
    assert corpus.errors.empty


def test_a_dropped_commitment_is_gone(tmp_path, seed_ids):
    _, commitments = seed_ids
    file = tmp_path / "c.yaml"
    corrections.append({"commitment": commitments[0], "drop": True}, file)
    assert commitments[0] not in set(core.load(SEEDS, corrections=file).commitments.commitment_id)


def test_a_broken_file_is_an_error_row_and_nothing_else_changes(tmp_path):
    file = tmp_path / "c.yaml"
    file.write_text("- release: abc\n  set: {venue: [unclosed\n", encoding="utf-8")
    corpus = core.load(SEEDS, corrections=file)
    assert len(corpus.releases) == 2
    problem = corpus.errors.set_index("source").problem["corrections"]
    assert problem.startswith("c.yaml:") and "not valid YAML" in problem


def test_an_unmatched_correction_is_reported(tmp_path):
    file = tmp_path / "c.yaml"
    corrections.append({"release": "0000000000000000", "set": {"venue": "Seoul"}}, file)
    corpus = core.load(SEEDS, corrections=file)
    assert "no releases row" in corpus.errors.problem.iloc[0]


def test_append_keeps_a_backup_and_refuses_a_bad_entry(tmp_path, seed_ids):
    releases, _ = seed_ids
    file = tmp_path / "c.yaml"
    corrections.append({"release": releases[0], "set": {"venue": "A"}}, file)
    corrections.append({"release": releases[1], "set": {"venue": "B"}}, file)
    assert (
        "venue: A" in file.with_name("c.yaml.bak").read_text()
        and "venue: B" not in file.with_name("c.yaml.bak").read_text()
    )
    before = file.read_bytes()
    with pytest.raises(corrections.CorrectionError):
        corrections.append({"release": releases[0], "set": {"release_id": "x"}}, file)
    assert file.read_bytes() == before


def test_two_writers_at_once_lose_nothing(tmp_path, seed_ids):
    releases, _ = seed_ids
    file = tmp_path / "c.yaml"
    entries = [{"release": releases[i % 2], "set": {"venue": f"City {i}"}} for i in range(16)]
    with ThreadPoolExecutor(max_workers=8) as pool:
        list(pool.map(lambda e: corrections.append(e, file), entries))
    assert len(corrections.read(file)) == 16


def _save_at(args) -> dict:
    """One analyst's session (its own process) saving a correction when the barrier opens."""
    file, entry, barrier = args
    barrier.wait()
    return corrections.append(entry, file, stamp=True)


def test_two_sessions_saving_at_the_same_moment_both_keep_theirs(tmp_path, seed_ids):
    releases, commitments = seed_ids
    file = tmp_path / "c.yaml"
    file.write_text(f"# shared by the team\n- release: {releases[0]}\n  set: {{venue: Seoul}}\n")
    mine = {"release": releases[1], "set": {"meeting_date": "2019-12-11", "date_basis": "analyst"}, "note": "A"}
    theirs = {"commitment": commitments[0], "status": "superseded", "note": "B"}
    with multiprocessing.Manager() as manager:
        barrier = manager.Barrier(2)
        with multiprocessing.get_context("fork").Pool(2) as pool:
            written = pool.map(_save_at, [(file, mine, barrier), (file, theirs, barrier)])
    assert sorted(e["note"] for e in corrections.entries(file)[1:]) == ["A", "B"]
    assert all(e["when"] for e in written) and file.read_text().startswith("# shared by the team\n")


def test_undo_takes_out_one_entry_and_keeps_hand_edits(tmp_path, seed_ids):
    releases, _ = seed_ids
    file = tmp_path / "c.yaml"
    file.write_text(f"# notes\n- release: {releases[0]}  # checked\n  set: {{venue: Seoul}}\n")
    made = corrections.append({"release": releases[1], "set": {"venue": "Busan"}, "note": "x"}, file, stamp=True)
    assert corrections.remove(made, file) and not corrections.remove(made, file)
    assert file.read_text() == f"# notes\n- release: {releases[0]}  # checked\n  set: {{venue: Seoul}}\n"


def test_an_interrupted_write_leaves_the_previous_file(tmp_path, seed_ids, monkeypatch):
    releases, _ = seed_ids
    file = tmp_path / "c.yaml"
    corrections.append({"release": releases[0], "set": {"venue": "A"}}, file)
    before = file.read_bytes()

    real = os.replace

    def crash(src, dst):
        if os.fspath(dst) == os.fspath(file):
            raise OSError("power cut")
        real(src, dst)

    monkeypatch.setattr(os, "replace", crash)
    with pytest.raises(OSError, match="power cut"):
        corrections.append({"release": releases[1], "set": {"venue": "B"}}, file)
    assert file.read_bytes() == before
