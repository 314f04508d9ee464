"""The normalised-frame cache: same frames as without it, and only new texts are normalised."""

from __future__ import annotations

import os
import re
import time
import zipfile

import pandas as pd
import pytest

import core
import core.frames.cache
import core.frames.corpus
import core.ingest.sources
from core.frames.cache import Cache
from core.track import corrections
from tests.conftest import CORPUS, SEEDS

TEXT = (SEEDS / "rok-russia-foreign-ministers-unhrc37.txt").read_text(encoding="utf-8")


@pytest.fixture
def calls(monkeypatch):
    seen = []
    real = core.frames.corpus.normalise

    def counting(text, source, vocab):
        seen.append(source)
        return real(text, source, vocab)

    monkeypatch.setattr(core.frames.corpus, "normalise", counting)
    return seen


def assert_same(a: core.Corpus, b: core.Corpus):
    for name, frame in a.frames().items():
        pd.testing.assert_frame_equal(b.frames()[name], frame, obj=name)


def test_cached_load_equals_plain_load_and_normalises_nothing_the_second_time(tmp_path, calls):
    inputs = [SEEDS, core.Upload("junk.txt", b"too short to be a release"), core.Upload("again.txt", TEXT.encode())]
    plain = core.load(inputs, cache=False)
    assert len(calls) == 4  # two seeds, the junk and the repeated text
    first = core.load(inputs, cache=tmp_path)
    assert_same(plain, first)
    calls.clear()
    second = core.load(inputs, cache=Cache(tmp_path))
    assert calls == []
    assert_same(plain, second)
    assert second.errors.source.tolist() == ["junk.txt"]


def test_a_renamed_file_keeps_its_new_name(tmp_path, calls):
    core.load([core.Upload("a.txt", TEXT.encode())], cache=tmp_path)
    again = core.load([core.Upload("b.txt", TEXT.encode())], cache=tmp_path)
    assert again.releases.source.tolist() == ["b.txt"]
    assert calls == ["a.txt"]


def test_add_normalises_only_the_new_release(tmp_path, calls):
    base = core.load([SEEDS], cache=tmp_path)
    calls.clear()
    other = (CORPUS / "ru-policy-consultation-17th.txt").read_text(encoding="utf-8")  # not a copy of a seed
    grown = core.add(base, [core.Upload("new.txt", other.encode())], cache=tmp_path)
    assert calls == ["new.txt"]
    assert len(grown.releases) == len(base.releases) + 1
    assert_same(core.add(base, [core.Upload("same.txt", TEXT.encode())], cache=tmp_path), base)


def test_a_vocabulary_or_rules_change_uses_another_folder(tmp_path, monkeypatch):
    cache = Cache(tmp_path)
    vocab = core.load_vocab()
    before = cache.folder(vocab.version)
    assert cache.folder("other") != before
    monkeypatch.setattr(core.frames.cache, "RULES_VERSION", "changed")
    core.frames.cache.rules_version.cache_clear()
    try:
        assert cache.folder(vocab.version) != before
    finally:
        core.frames.cache.rules_version.cache_clear()


def test_many_segments_are_compacted(tmp_path, monkeypatch):
    monkeypatch.setattr(core.frames.cache, "MAX_SEGMENTS", 2)
    texts = [f"{TEXT}\nThe two ministers also discussed matter number {i}." for i in range(4)]
    for i, text in enumerate(texts):
        core.load([core.Upload(f"{i}.txt", text.encode())], cache=tmp_path)
    cache = Cache(tmp_path)
    version = core.load_vocab().version
    assert len(list(cache.folder(version).glob("seg-*"))) <= 2
    assert len(cache.index(version)) == 4
    together = core.load([core.Upload(f"{i}.txt", t.encode()) for i, t in enumerate(texts)], cache=tmp_path)
    assert_same(core.load([core.Upload(f"{i}.txt", t.encode()) for i, t in enumerate(texts)], cache=False), together)


def test_a_reader_waits_for_a_compaction_and_sees_the_segments_before_or_after_it(tmp_path):
    """A compaction (in another session's thread or another process) removes the segments it merged;
    a reader that listed them first found one gone ('participants.parquet' not found) when two
    sessions uploaded at once. Readers take the compaction's lock."""
    import threading

    from filelock import FileLock

    core.load([core.Upload("a.txt", TEXT.encode())], cache=tmp_path)
    cache = Cache(tmp_path)
    version = core.load_vocab().version
    read = []
    with FileLock(str(cache.folder(version) / ".lock")):  # a compaction under way
        reader = threading.Thread(target=lambda: read.append(cache.parts(version)))
        reader.start()
        reader.join(0.5)
        assert reader.is_alive() and not read  # waits, rather than list segments being removed
    reader.join(10)
    assert len(read) == 1 and len(read[0]) == 1


@pytest.fixture
def reads(monkeypatch):
    """The files read from disk (a file whose stamp the cache holds is not)."""
    seen = []
    real = core.ingest.sources._from_bytes

    def counting(source, data, depth=0):
        seen.append(source)
        return real(source, data, depth)

    monkeypatch.setattr(core.ingest.sources, "_from_bytes", counting)
    return seen


def _folder(tmp_path, texts: dict[str, str]):
    folder = tmp_path / "data"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_unchanged_files_are_not_read_again(tmp_path, reads, monkeypatch):
    monkeypatch.setattr(core.ingest.sources, "SETTLED_NS", 50_000_000)
    folder = _folder(tmp_path, {p.name: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))})
    time.sleep(0.1)
    plain = core.load([folder], cache=False)
    core.load([folder], cache=tmp_path / "cache")
    reads.clear()
    again = core.load([folder], cache=tmp_path / "cache")
    assert reads == []
    assert_same(plain, again)


@pytest.mark.parametrize("same_times", [False, True], ids=["new mtime", "mtime put back"])
def test_a_rewritten_file_is_read_again_even_with_the_same_size(tmp_path, reads, monkeypatch, same_times):
    monkeypatch.setattr(core.ingest.sources, "SETTLED_NS", 50_000_000)
    folder = _folder(tmp_path, {"a.txt": TEXT})
    file = folder / "a.txt"
    time.sleep(0.1)
    core.load([folder], cache=tmp_path / "cache")
    reads.clear()
    core.load([folder], cache=tmp_path / "cache")
    assert reads == []  # the cache holds the file's stamp
    before = file.stat()
    file.write_text(TEXT.replace("Lavrov", "Lavrav"), encoding="utf-8")
    assert file.stat().st_size == before.st_size
    if same_times:
        os.utime(file, ns=(before.st_atime_ns, before.st_mtime_ns))
    reads.clear()
    again = core.load([folder], cache=tmp_path / "cache")
    assert reads == [str(file)]
    assert "Lavrav" in again.releases.text.iloc[0]
    assert_same(core.load([folder], cache=False), again)


def test_a_file_changed_just_now_is_read_every_time(tmp_path, reads):
    folder = _folder(tmp_path, {"a.txt": TEXT})  # changed less than SETTLED_NS ago: no stamp yet
    core.load([folder], cache=tmp_path / "cache")
    reads.clear()
    core.load([folder], cache=tmp_path / "cache")
    assert reads == [str(folder / "a.txt")]


def test_a_zip_is_read_every_time(tmp_path, reads, monkeypatch):
    monkeypatch.setattr(core.ingest.sources, "SETTLED_NS", 0)
    archive = tmp_path / "releases.zip"
    with zipfile.ZipFile(archive, "w") as zf:
        zf.writestr("a.txt", TEXT)
    core.load([archive], cache=tmp_path / "cache")
    reads.clear()
    again = core.load([archive], cache=tmp_path / "cache")
    assert reads[0] == str(archive) and len(again.releases) == 1


CORPUS_FILES = sorted(CORPUS.glob("*.txt"))


@pytest.mark.parametrize("cache", [False, True], ids=["no cache", "cache"])
def test_adding_releases_gives_what_loading_them_all_does(tmp_path, monkeypatch, cache):
    """Corrections included: one on a loaded release, one on an added one, one dropping a loaded
    release, and one that matches nothing (still reported)."""
    first, then = CORPUS_FILES[:20], CORPUS_FILES[20:]
    store = tmp_path / "cache" if cache else False
    raw = core.load(CORPUS_FILES, cache=False, corrections=False).releases.release_id.tolist()
    file = tmp_path / "corrections.yaml"
    monkeypatch.setenv("ACCORD_CORRECTIONS", str(file))
    corrections.append({"release": raw[0], "set": {"venue": "Seoul"}}, file)
    corrections.append({"release": raw[-1], "set": {"venue": "Busan"}}, file)
    corrections.append({"release": raw[1], "drop": True}, file)
    corrections.append({"release": "0000000000000000", "set": {"venue": "Nowhere"}}, file)
    grown = core.add(core.load(first, cache=store), then, cache=store)
    assert_same(core.load([*first, *then], cache=store), grown)
    assert grown.releases.set_index("release_id").venue[raw[-1]] == "Busan"
    assert grown.errors.source.tolist() == ["corrections"]


def test_compaction_leaves_a_large_leading_segment_alone(tmp_path, monkeypatch):
    monkeypatch.setattr(core.frames.cache, "MAX_SEGMENTS", 2)
    texts = [f"{TEXT}\nThe two ministers also discussed matter number {i}." for i in range(3)]
    uploads = [core.Upload(f"{i}.txt", t.encode()) for i, t in enumerate(texts)]
    core.load([CORPUS], cache=tmp_path)
    cache, version = Cache(tmp_path), core.load_vocab().version
    (large,) = cache.folder(version).glob("seg-*")
    for upload in uploads:
        core.load([upload], cache=tmp_path)
        segments = sorted(cache.folder(version).glob("seg-*"))
        assert len(segments) <= 2 and segments[0] == large
    assert_same(core.load([CORPUS, *uploads], cache=False), core.load([CORPUS, *uploads], cache=tmp_path))


@pytest.mark.parametrize("first", ["with", "without"])
def test_each_copy_of_a_release_gets_its_own_rows(tmp_path, first):
    """Two copies of one release (same title and body, one with its Date line, one without) share
    the release's id. Loaded one after the other through the cache, each copy still gets the rows
    its own text gives: the cache had served the first copy's rows (and date) for the second."""
    text = (CORPUS / "cn-fm-meeting-beijing.txt").read_text(encoding="utf-8")
    copies = {"with": text, "without": re.sub(r"^\s*Date\s*\n\s*\d{4}-\d\d-\d\d.*$", "", text, flags=re.M)}
    plain = {k: core.load(core.Upload(f"{k}.txt", t.encode()), cache=False) for k, t in copies.items()}
    assert plain["with"].releases.release_id.tolist() == plain["without"].releases.release_id.tolist()
    assert plain["with"].releases.published.notna().all() and plain["without"].releases.published.isna().all()
    order = [first, *(k for k in copies if k != first)]
    for _ in range(2):  # the second round reads every copy from the cache
        for k in order:
            assert_same(plain[k], core.load(core.Upload(f"{k}.txt", copies[k].encode()), cache=tmp_path))


def test_a_second_load_of_the_same_releases_takes_links_and_copies_from_the_cache(tmp_path, monkeypatch):
    """What is worked out across releases (dates settled by others, the meetings linked, the copies
    found) is kept by the cache for the same releases, and worked out again for other ones."""
    inputs = [CORPUS, SEEDS, CORPUS.parent / "accounts"]
    plain = core.load(inputs, cache=False)
    assert_same(plain, core.load(inputs, cache=tmp_path))
    assert plain.releases.meeting_id.duplicated().any()  # some accounts are linked: there is work to keep

    def refuse(*args, **kwargs):
        raise AssertionError("worked out again")

    with monkeypatch.context() as patched:
        patched.setattr(core.frames.corpus, "linked", refuse)
        patched.setattr(core.frames.corpus, "find_copies", refuse)
        assert_same(plain, core.load(inputs, cache=tmp_path))
        with pytest.raises(AssertionError, match="worked out again"):  # another release: other links
            core.load([*inputs, core.Upload("again.txt", TEXT.replace("Lavrov", "Lavrov,").encode())], cache=tmp_path)


def test_a_damaged_step_in_the_cache_is_worked_out_again(tmp_path):
    plain = core.load([SEEDS], cache=False)
    core.load([SEEDS], cache=tmp_path)
    for kept in (Cache(tmp_path).folder(core.load_vocab().version) / "derived").glob("*/*.parquet"):
        kept.write_bytes(b"not parquet")
    assert_same(plain, core.load([SEEDS], cache=tmp_path))


def test_the_latest_inputs_of_each_step_are_kept(tmp_path, monkeypatch):
    """A library and the uploads added to it (loaded on their own first) each keep their steps, up
    to `KEPT_STEPS` inputs a step; the oldest go."""
    monkeypatch.setattr(core.frames.cache, "KEPT_STEPS", 2)
    for n in range(3):
        core.load([core.Upload(f"{n}.txt", TEXT.encode())], cache=tmp_path)  # another name: other inputs
    derived = Cache(tmp_path).folder(core.load_vocab().version) / "derived"
    steps = sorted(path.name.rsplit("-", 1)[0] for path in derived.iterdir())
    assert steps == ["copies", "copies", "dated_across", "dated_across"]
