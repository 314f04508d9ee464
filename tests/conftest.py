"""Shared fixtures: the seed releases and the shared corpus, loaded once per session."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest

import core

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
CORPUS = ROOT / "tests" / "corpus"

DATASETS = [
    pytest.param(SEEDS, id="seeds"),
    pytest.param(CORPUS, id="corpus"),
]


@cache
def frames_of(path: Path) -> dict:
    """The frames of one folder, loaded once per test session."""
    return core.load([str(path)]).frames()


@pytest.fixture(scope="session")
def seeds() -> core.Corpus:
    return core.load([SEEDS])


@pytest.fixture(scope="session")
def corpus() -> core.Corpus:
    return core.load([SEEDS, CORPUS])


def by_file(frame, name: str):
    """The releases row loaded from file `name`."""
    rows = frame[frame.source.map(lambda s: Path(s).name) == name]
    assert len(rows) == 1, f"{name}: {len(rows)} rows"
    return rows.iloc[0]


@pytest.fixture(autouse=True, scope="session")
def _isolated_settings(tmp_path_factory):
    """Tests never read or write the developer's own data/ (library, cache, corrections)."""
    import os

    base = tmp_path_factory.mktemp("settings")
    saved = {
        k: os.environ.get(k) for k in ("ACCORD_CORRECTIONS", "ACCORD_LIBRARY", "ACCORD_VOCAB_SNAPSHOT", "ACCORD_CACHE")
    }
    os.environ["ACCORD_CORRECTIONS"] = str(base / "corrections.yaml")
    os.environ["ACCORD_LIBRARY"] = str(base / "library")
    os.environ["ACCORD_VOCAB_SNAPSHOT"] = str(base / "vocab.last-good")
    os.environ["ACCORD_CACHE"] = str(base / "cache")
    yield
    for key, value in saved.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


@pytest.fixture(autouse=True)
def _fresh_library(tmp_path, monkeypatch):
    """Each test starts with an empty release library of its own."""
    monkeypatch.setenv("ACCORD_LIBRARY", str(tmp_path / "library"))
