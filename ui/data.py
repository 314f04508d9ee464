"""Where the releases come from: the data folder (argument, environment or seeds/) and the
release library (uploads kept across sessions and restarts, `core.library`).

Loading is cached across reruns and sessions, keyed by the paths, the library's contents and the
vocabulary version, so a filter change never re-reads a file. `add_uploads` is the one place
uploads enter. A vocabulary with a mistake is reported (`vocab_problem`) while the last version
that loaded keeps the app working.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import streamlit as st

import core
from core.library import Library
from core.vocab import Vocab, VocabError, load_vocab_or_last_good

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "seeds"


def data_paths() -> tuple[str, ...]:
    """`--data PATH` (repeatable) after `streamlit run app.py --`, else $ACCORD_DATA, else seeds/."""
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--data", action="append", default=[])
    given = parser.parse_known_args(sys.argv[1:])[0].data
    if not given and os.environ.get("ACCORD_DATA"):
        given = os.environ["ACCORD_DATA"].split(os.pathsep)
    return tuple(str(Path(p).expanduser().resolve()) for p in given if p) or (str(DEFAULT),)


def vocab() -> tuple[Vocab, str | None]:
    """The vocabulary, or the last one that loaded with the mistake that stops the current one."""
    try:
        loaded, problem = load_vocab_or_last_good()
    except VocabError as exc:  # no good version ever: nothing to fall back on
        st.error(f"The vocabulary cannot be read: {exc}")
        st.stop()
    return loaded, None if problem is None else str(problem)


@st.cache_resource(show_spinner="Reading releases…", max_entries=16)
def _load(paths: tuple[str, ...], library: tuple[str, ...], vocab_version: str, _vocab: Vocab) -> core.Corpus:
    return core.load([*paths, *Library().uploads()], vocab=_vocab)


def corpus() -> core.Corpus:
    """The folder's releases plus the library's (cached by paths, library contents and vocabulary)."""
    current, _ = vocab()
    return _load(data_paths(), tuple(e.key for e in Library().entries()), current.version, current)


def reload() -> None:
    """Forget every cached corpus, so the next run reads the files again."""
    _load.clear()


def add_uploads(files: list[tuple[str, bytes]], known: set[str]) -> list[tuple[str, str]]:
    """Keep uploaded files in the library; returns (level, message) lines for the user.

    `known` holds the release_ids already loaded. A file that yields no new release is not kept,
    and its problems are reported by name; what was already loaded stays as it was.
    """
    library = Library()
    report = []
    for name, data in files:
        try:
            trial = core.load([core.Upload(name, data)])
        except Exception as exc:  # noqa: BLE001 - a broken upload must not break the app
            report.append(("error", f"{name}: could not be read ({exc})."))
            continue
        problems = [f"{e.source}: {e.problem}" for e in trial.errors.itertuples()]
        new = set(trial.releases["release_id"]) - known
        if trial.releases.empty:
            report.append(("error", f"{name}: no release loaded. " + " ".join(problems)))
        elif not new:
            report.append(("info", f"{name}: already loaded, nothing new."))
        else:
            library.add(name, data)
            known |= new
            report.append(("success", f"{name}: {len(new)} release(s) added."))
        report += [("warning", p) for p in problems if not trial.releases.empty]
    return report
