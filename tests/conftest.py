"""Shared fixtures: the seed releases and the shared corpus, loaded once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import core

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT.parent / "shared" / "corpus"

needs_corpus = pytest.mark.skipif(not CORPUS.is_dir(), reason=f"shared corpus not found at {CORPUS}")


@pytest.fixture(scope="session")
def seeds() -> core.Corpus:
    return core.load([SEEDS])


@pytest.fixture(scope="session")
def corpus() -> core.Corpus:
    if not CORPUS.is_dir():
        pytest.skip(f"shared corpus not found at {CORPUS}")
    return core.load([SEEDS, CORPUS])


def by_file(frame, name: str):
    """The releases row loaded from file `name`."""
    rows = frame[frame.source.map(lambda s: Path(s).name) == name]
    assert len(rows) == 1, f"{name}: {len(rows)} rows"
    return rows.iloc[0]
