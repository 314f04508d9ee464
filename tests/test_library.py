"""The release library: content-addressed, atomic, deduplicated, with a trash, and kept across restarts."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

import core
from core.ingest.library import Library, safe_name
from tests.conftest import SEEDS

SEED_FILES = sorted(SEEDS.glob("*.txt"))


def test_added_releases_load_again_after_a_restart(tmp_path):
    lib = Library(tmp_path)
    for path in SEED_FILES:
        _, new = lib.add(path.name, path.read_bytes())
        assert new
    again = Library(tmp_path)  # a new process would see the same folder
    corpus = core.load(again.uploads())
    assert len(corpus.releases) == 2 and corpus.errors.empty
    assert set(corpus.releases.source) == {p.name for p in SEED_FILES}


def test_same_content_is_kept_once(tmp_path):
    lib = Library(tmp_path)
    data = SEED_FILES[0].read_bytes()
    first, new1 = lib.add("a.txt", data)
    second, new2 = lib.add("copy of a.txt", data)
    assert (new1, new2) == (True, False) and first == second
    assert len(lib.entries()) == 1


def test_no_temporary_files_are_left(tmp_path):
    lib = Library(tmp_path)
    lib.add("a.txt", SEED_FILES[0].read_bytes())
    assert [p.name for p in lib.shelf.iterdir()] == [lib.entries()[0].path.name]


def test_remove_moves_to_trash_and_restore_brings_back(tmp_path):
    lib = Library(tmp_path)
    entry, _ = lib.add("a.txt", SEED_FILES[0].read_bytes())
    assert lib.remove(entry.key).path.parent == lib.bin
    assert lib.entries() == [] and [e.key for e in lib.trash()] == [entry.key]
    assert lib.restore(entry.key).path.parent == lib.shelf
    assert lib.trash() == [] and len(lib.entries()) == 1
    assert lib.remove("nope") is None


def test_names_with_shell_and_html_characters_stay_names(tmp_path):
    name = "../../$(rm -rf ~); <img src=x onerror=alert(1)>.txt"
    lib = Library(tmp_path)
    entry, _ = lib.add(name, SEED_FILES[0].read_bytes())
    assert entry.path.parent == lib.shelf
    assert "/" not in entry.name and "<" not in entry.name and "$" not in entry.name
    assert safe_name("") == "release"


def test_concurrent_adds_all_land(tmp_path):
    texts = [
        SEED_FILES[0].read_text(encoding="utf-8") + f"\n\n{i}. The two sides agreed to meet again." for i in range(12)
    ]
    with ThreadPoolExecutor(max_workers=6) as pool:
        list(pool.map(lambda i: Library(tmp_path).add(f"r{i}.txt", texts[i].encode()), range(12)))
    assert len(Library(tmp_path).entries()) == 12


def test_seeds_are_never_written(tmp_path):
    before = {p: p.stat().st_mtime_ns for p in SEED_FILES}
    Library(tmp_path).add("x.txt", SEED_FILES[0].read_bytes())
    assert before == {p: p.stat().st_mtime_ns for p in SEED_FILES}
