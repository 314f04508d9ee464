"""The release library: where uploaded releases are kept between sessions.

Files are content-addressed (`<sha256 prefix>__<original name>`), so the same bytes uploaded twice
are stored once, and written atomically (a temporary file in the same folder, then a rename), so a
crash never leaves half a file. Removing a release moves it to `trash/`, from where it can be
restored. `seeds/` are never written to: the library is a separate folder.
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from core.ingest.files import atomic_write
from core.ingest.sources import Upload

ENV = "ACCORD_LIBRARY"
DEFAULT = Path(__file__).resolve().parents[2] / "data" / "library"
_KEY_CHARS = 16


@dataclass(frozen=True)
class Entry:
    key: str  # content hash prefix
    name: str  # the original file name
    path: Path


def safe_name(name: str) -> str:
    """A file name that is only a name: no folders, no control or shell-special characters."""
    base = re.split(r"[\\/]", name)[-1]
    base = re.sub(r"[^\w.\- ()\[\]]+", "_", base, flags=re.UNICODE).strip(" ._") or "release"
    return base[:120]


class Library:
    def __init__(self, root: str | Path | None = None):
        self.root = Path(root or os.environ.get(ENV) or DEFAULT).expanduser()
        self.shelf = self.root / "releases"
        self.bin = self.root / "trash"

    def __repr__(self) -> str:
        return f"Library({str(self.root)!r})"

    def _lock(self) -> FileLock:
        self.root.mkdir(parents=True, exist_ok=True)
        return FileLock(self.root / ".lock", timeout=30)

    def add(self, name: str, data: bytes) -> tuple[Entry, bool]:
        """Keep `data` under `name`; returns the entry and whether it was new (not a repeat)."""
        key = hashlib.sha256(data).hexdigest()[:_KEY_CHARS]
        with self._lock():
            existing = self._find(self.shelf, key)
            if existing is not None:
                return existing, False
            self.shelf.mkdir(parents=True, exist_ok=True)
            target = self.shelf / f"{key}__{safe_name(name)}"
            atomic_write(target, data)
            return _entry(target), True

    def entries(self) -> list[Entry]:
        return _list(self.shelf)

    def trash(self) -> list[Entry]:
        return _list(self.bin)

    def remove(self, key: str) -> Entry | None:
        """Move a release to the trash; None when no release has that key."""
        return self._move(key, self.shelf, self.bin)

    def restore(self, key: str) -> Entry | None:
        return self._move(key, self.bin, self.shelf)

    def uploads(self) -> list[Upload]:
        """The kept releases as uploads under their original names, ready for `core.load`."""
        return [Upload(e.name, e.path.read_bytes()) for e in self.entries()]

    def _move(self, key: str, source: Path, dest: Path) -> Entry | None:
        with self._lock():
            entry = self._find(source, key)
            if entry is None:
                return None
            dest.mkdir(parents=True, exist_ok=True)
            target = dest / entry.path.name
            os.replace(entry.path, target)
            return _entry(target)

    @staticmethod
    def _find(folder: Path, key: str) -> Entry | None:
        return next((e for e in _list(folder) if e.key == key), None)


def _entry(path: Path) -> Entry:
    key, _, name = path.name.partition("__")
    return Entry(key, name, path)


def _list(folder: Path) -> list[Entry]:
    if not folder.is_dir():
        return []
    return [
        _entry(p) for p in sorted(folder.iterdir()) if p.is_file() and "__" in p.name and not p.name.startswith(".")
    ]
