"""Files Accord writes and reads back: atomic writes (a crash or a second writer never leaves a
half-written file) and the safe YAML loader used for every analyst-edited file."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml


def atomic_write(target: Path, data: bytes) -> None:
    """Write `data` to a temporary file beside `target`, flush it to disk, then rename it into place."""
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


_SAFE = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's parser when PyYAML has it: ~10x faster


class TextDatesLoader(_SAFE):
    """Safe loading that keeps dates as text, so a bad date is reported with its line."""


TextDatesLoader.yaml_implicit_resolvers = {
    key: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for key, resolvers in _SAFE.yaml_implicit_resolvers.items()
}
