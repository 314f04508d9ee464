"""A Parquet cache of normalised releases, so a restart or an upload re-normalises only what changed.

`normalise()` is a pure function of the decoded text and the vocabulary, so its rows are cached by
the SHA-256 of the decoded text, inside a folder named by the vocabulary version and the rules
version. The rules version is `RULES_VERSION` (bump it for a change the code digest cannot see)
plus a digest of the normaliser's own source files (clean, release, extract/*): editing a rule or a
vocabulary file changes the folder, so a stale row can never be returned. A text that is not a
release is cached too, with its problem.

Each `add` writes one segment (a sub-folder holding `index.parquet`, mapping text hashes to
release ids or problems, `stamps.parquet`, mapping files' stamps (`core.ingest.sources.stamp`) to the
hashes of their texts, and one Parquet file per frame), renamed into place when complete, so
a reader never sees half a segment and writers never collide. Many small segments are compacted
into one under a file lock, which readers take too: a compaction removes the segments it merged,
so a reader sees the segments before it or after it, never a mix. A segment never changes once in
place, so what a process has read of one is kept for its next reads.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import uuid
from contextlib import AbstractContextManager, nullcontext
from functools import lru_cache
from pathlib import Path

import pandas as pd
from filelock import FileLock

from core.frames.dataset import CHILDREN, assemble, read_frame, write_frame

RULES_VERSION = "2"
ENV = "ACCORD_CACHE"
DEFAULT = Path(__file__).resolve().parents[2] / "data" / "cache"
MAX_SEGMENTS = 16
KEPT_STEPS = 4  # inputs of each step worked out across releases whose results are kept
_LOCK_SECONDS = 60  # how long a reader or a compaction waits for the other
_RULE_FILES = (
    "ingest/clean.py",
    "vocab/layout.yaml",
    "extract/*.py",
    "vocab/*.py",
    "vocab/*.tsv",
    "frames/schema.py",
)  # every module shaping cached rows
_CACHED = ("releases", *CHILDREN)
# every module shaping what is worked out across releases (`Cache.recall`, `Cache.remember`)
_DERIVED_FILES = ("frames/corpus.py", "meetings/*.py", "track/*.py")


@lru_cache(maxsize=1)
def rules_version() -> str:
    """`RULES_VERSION` and a digest of the normaliser's source code."""
    root = Path(__file__).parents[1]
    digest = hashlib.sha256(RULES_VERSION.encode())
    for pattern in _RULE_FILES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.read_bytes())
    return f"{RULES_VERSION}-{digest.hexdigest()[:12]}"


@lru_cache(maxsize=1)
def derived_version() -> str:
    """`rules_version()` and a digest of the modules that work across releases."""
    root = Path(__file__).parents[1]
    digest = hashlib.sha256(rules_version().encode())
    for pattern in _DERIVED_FILES:
        for path in sorted(root.glob(pattern)):
            digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def frames_key(*frames: pd.DataFrame) -> str:
    """A digest of the columns and every value of `frames` (and of `derived_version()`)."""
    digest = hashlib.sha256(derived_version().encode())
    for frame in frames:
        digest.update("\0".join(map(str, frame.columns)).encode())
        digest.update(pd.util.hash_pandas_object(frame, index=False).to_numpy().tobytes())
    return digest.hexdigest()[:32]


def text_key(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:32]


class Cache:
    """Normalised rows by text hash, under `root/<vocab version>-<rules version>/`.

    `Cache()` is $ACCORD_CACHE, else `data/cache/` (what the dashboard uses)."""

    def __init__(self, root: str | Path | None = None):
        self.root = Path(root or os.environ.get(ENV) or DEFAULT).expanduser()

    def __repr__(self) -> str:
        return f"Cache({str(self.root)!r})"

    def folder(self, vocab_version: str) -> Path:
        return self.root / f"{vocab_version}-{rules_version()}"

    def _segments(self, vocab_version: str) -> list[Path]:
        folder = self.folder(vocab_version)
        return sorted(p for p in folder.glob("seg-*") if p.is_dir()) if folder.is_dir() else []

    def _reading(self, vocab_version: str) -> AbstractContextManager:
        """The compaction lock, held while segments are listed and read: a compaction in another
        session or process removes the segments it merges, so a reader that listed them before
        would find them gone, or see them and the merged one both."""
        folder = self.folder(vocab_version)
        return FileLock(str(folder / ".lock"), timeout=_LOCK_SECONDS) if folder.is_dir() else nullcontext()

    def index(self, vocab_version: str) -> dict[str, tuple[str | None, str | None]]:
        """text hash -> (release_id, None) or (None, problem)."""
        with self._reading(vocab_version):
            return _merged(_segment_index, self._segments(vocab_version))

    def stamps(self, vocab_version: str) -> dict[str, str]:
        """file stamp -> text hash, for the files whose texts were hashed."""
        with self._reading(vocab_version):
            return _merged(_segment_stamps, self._segments(vocab_version))

    def parts(self, vocab_version: str, releases: set[str] | None = None) -> list[dict[str, pd.DataFrame]]:
        """The cached frames, one set per segment, to be put together with `assemble`; with
        `releases`, only their rows, from the segments holding them."""
        with self._reading(vocab_version):
            return _parts(self._segments(vocab_version), releases)

    def frames(self, vocab_version: str) -> dict[str, pd.DataFrame]:
        """Every cached release's frames."""
        return assemble(self.parts(vocab_version))

    def add(
        self,
        vocab_version: str,
        entries: list[tuple[str, str | None, str | None]],
        frames,
        stamps: list[tuple[str, str]] = (),
    ) -> None:
        """Store (text hash, release_id, problem) entries, the frames of the new releases and
        (file stamp, text hash) pairs."""
        if not entries and not stamps:
            return
        folder = self.folder(vocab_version)
        folder.mkdir(parents=True, exist_ok=True)
        tmp = folder / f".tmp-{uuid.uuid4().hex}"
        index = pd.DataFrame(entries, columns=["key", "release_id", "problem"], dtype=object)
        write_frame(index, tmp / "index.parquet")
        write_frame(pd.DataFrame(stamps, columns=["stamp", "key"], dtype=object), tmp / "stamps.parquet")
        for frame in _CACHED:
            write_frame(frames[frame], tmp / f"{frame}.parquet")
        os.replace(tmp, folder / f"seg-{_segment_name()}")
        if len(self._segments(vocab_version)) > MAX_SEGMENTS:
            self.compact(vocab_version)

    def recall(self, vocab_version: str, step: str, key: str) -> dict[str, pd.DataFrame] | None:
        """The frames `remember` kept of `step` for the inputs of digest `key` (`frames_key`), or None."""
        folder = self.folder(vocab_version) / "derived" / f"{step}-{key}"
        if not folder.is_dir():
            return None
        try:
            return {path.stem: read_frame(path, path.stem) for path in folder.glob("*.parquet")}
        except (OSError, ValueError):  # removed by a newer `remember` while read, or damaged: work it out again
            return None

    def remember(self, vocab_version: str, step: str, key: str, frames: dict[str, pd.DataFrame]) -> None:
        """Keep `frames`, what `step` worked out across releases from inputs of digest `key`, so that
        loading the same releases again does not work it out again (linking 10,000 releases takes
        ~20 s). The latest `KEPT_STEPS` inputs of each step are kept (a library, and the uploads
        added to it, which are loaded on their own first)."""
        derived = self.folder(vocab_version) / "derived"
        tmp = derived / f".tmp-{uuid.uuid4().hex}"
        for name, frame in frames.items():
            write_frame(frame, tmp / f"{name}.parquet")
        try:
            os.replace(tmp, derived / f"{step}-{key}")
        except OSError:  # another process kept the same frames first
            shutil.rmtree(tmp, ignore_errors=True)
        kept = sorted(derived.glob(f"{step}-*"), key=_changed, reverse=True)
        for old in kept[KEPT_STEPS:]:
            shutil.rmtree(old, ignore_errors=True)

    def compact(self, vocab_version: str) -> None:
        """Merge the newest segments into one, under a lock (readers see the old or the new set).
        Leading segments that each hold more texts than all those after them stay as they are:
        adding a release to a large library rewrites a few small segments, not the library."""
        folder = self.folder(vocab_version)
        with FileLock(str(folder / ".lock"), timeout=_LOCK_SECONDS):
            segments = _newest_to_merge(self._segments(vocab_version))
            if len(segments) < 2:
                return
            index = pd.concat([pd.read_parquet(s / "index.parquet") for s in segments], ignore_index=True)
            stamps = pd.DataFrame(
                list(_merged(_segment_stamps, segments).items()), columns=["stamp", "key"], dtype=object
            )
            frames = assemble(_parts(segments))
            tmp = folder / f".tmp-{uuid.uuid4().hex}"
            write_frame(index.drop_duplicates("key", keep="last"), tmp / "index.parquet")
            write_frame(stamps, tmp / "stamps.parquet")
            for frame in _CACHED:
                write_frame(frames[frame], tmp / f"{frame}.parquet")
            os.replace(tmp, folder / f"seg-{_segment_name()}")
            for seg in segments:
                shutil.rmtree(seg, ignore_errors=True)


def _changed(path: Path) -> int:
    """When `path` last changed (0 once another process has removed it)."""
    try:
        return path.stat().st_mtime_ns
    except OSError:
        return 0


def _newest_to_merge(segments: list[Path]) -> list[Path]:
    """`segments` (oldest first) without the leading ones that each hold more texts than all
    after them."""
    sizes = [len(_segment_index(seg)) for seg in segments]
    start = 0
    while start < len(segments) - 2 and sizes[start] >= sum(sizes[start + 1 :]):  # at least two to merge
        start += 1
    return segments[start:]


def _merged(read, segments: list[Path]) -> dict:
    """One dict of what `read` gives for each segment, later segments winning."""
    out = {}
    for seg in segments:
        out.update(read(seg))
    return out


def _parts(segments: list[Path], releases: set[str] | None = None) -> list[dict[str, pd.DataFrame]]:
    """The frames of each segment; with `releases`, of the segments holding any of them, and only
    their rows where a segment holds others too (filtering copies the rows)."""
    no_errors = pd.DataFrame({"source": [], "problem": []})
    parts = []
    for seg in segments:
        held = _segment_releases(seg)
        if releases is not None and releases.isdisjoint(held):
            continue
        rows = None if releases is None or held <= releases else releases
        parts.append({**{f: read_frame(seg / f"{f}.parquet", f, rows) for f in _CACHED}, "errors": no_errors})
    return parts


@lru_cache(maxsize=256)
def _segment_releases(seg: Path) -> frozenset[str]:
    return frozenset(rid for rid, _ in _segment_index(seg).values() if rid)


@lru_cache(maxsize=256)
def _segment_index(seg: Path) -> dict[str, tuple[str | None, str | None]]:
    df = pd.read_parquet(seg / "index.parquet")
    rids = df.release_id.astype(object).where(df.release_id.notna(), None)
    problems = df.problem.astype(object).where(df.problem.notna(), None)
    return dict(zip(df.key, zip(rids, problems, strict=True), strict=True))


@lru_cache(maxsize=256)
def _segment_stamps(seg: Path) -> dict[str, str]:
    file = seg / "stamps.parquet"  # segments written before stamps have none
    df = pd.read_parquet(file) if file.exists() else pd.DataFrame({"stamp": [], "key": []})
    return dict(zip(df.stamp, df.key, strict=True))


def _segment_name() -> str:
    return f"{pd.Timestamp.now('UTC').strftime('%Y%m%dT%H%M%S%f')}-{uuid.uuid4().hex[:8]}"


def open_cache(cache: Cache | str | Path | bool | None) -> Cache | None:
    """`cache` as given; None means $ACCORD_CACHE when set, False means no cache."""
    if cache is None:
        cache = os.environ.get(ENV) or False
    if cache is False or cache == "":
        return None
    return cache if isinstance(cache, Cache) else Cache(cache)
