"""The entry point: inputs in, every frame out.

`load(inputs)` reads files, folders, zips and uploads, normalises each release, drops repeats of
the same text (same release_id), and returns a `Corpus` of schema-checked frames. Problems with an
input never stop the batch; they become rows of `errors`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from core.release import NotARelease, Record, normalise
from core.schema import FRAMES, empty, enforce
from core.sources import Document, Problem, Upload, read_inputs
from core.vocab import Vocab, load_vocab


@dataclass(frozen=True)
class Corpus:
    releases: pd.DataFrame
    participants: pd.DataFrame
    commitments: pd.DataFrame
    areas: pd.DataFrame
    entities: pd.DataFrame
    errors: pd.DataFrame

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in FRAMES}


def load(inputs: Iterable[str | Path | Upload] | str | Path | Upload, vocab: Vocab | None = None) -> Corpus:
    """Read and normalise every release in `inputs`; one release per distinct text."""
    if isinstance(inputs, (str, Path, Upload)):
        inputs = [inputs]
    vocab = vocab or load_vocab()
    records: dict[str, Record] = {}
    errors: list[dict] = []
    for item in read_inputs(inputs):
        if isinstance(item, Problem):
            errors.append({"source": item.source, "problem": item.message})
            continue
        record = _normalise(item, vocab, errors)
        if record is not None:
            records.setdefault(record.release["release_id"], record)
    return build_corpus(list(records.values()), errors)


def _normalise(doc: Document, vocab: Vocab, errors: list[dict]) -> Record | None:
    try:
        return normalise(doc.text, doc.source, vocab)
    except NotARelease as exc:
        errors.append({"source": doc.source, "problem": str(exc)})
    except RecursionError:
        errors.append({"source": doc.source, "problem": "the text is nested too deeply to read"})
    return None


def build_corpus(records: list[Record], errors: list[dict]) -> Corpus:
    """Frames from normalised records (in order), each checked against its schema."""
    rows = {
        "releases": [r.release for r in records],
        "participants": [row for r in records for row in r.participants],
        "commitments": [row for r in records for row in r.commitments],
        "areas": [row for r in records for row in r.areas],
        "entities": [row for r in records for row in r.entities],
        "errors": errors,
    }
    frames = {name: enforce(pd.DataFrame(data), name) if data else empty(name) for name, data in rows.items()}
    return Corpus(**frames)
