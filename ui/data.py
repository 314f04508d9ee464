"""Where the releases come from: the data folder (argument, environment or seeds/) and uploads.

Loading is cached across reruns and sessions, keyed by the paths and the uploaded bytes, so a
filter change never re-reads a file. Uploads are kept in session state and merged with the folder
by `core.load`; `add_uploads` is the one place they enter (a later library replaces it).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

import streamlit as st

import core
from ui import state

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


@st.cache_resource(show_spinner="Reading releases…", max_entries=16)
def _load(paths: tuple[str, ...], uploads: tuple[tuple[str, bytes], ...]) -> core.Corpus:
    return core.load([*paths, *(core.Upload(name, data) for name, data in uploads)])


def corpus() -> core.Corpus:
    """The folder's releases plus this session's uploads (cached)."""
    return _load(data_paths(), tuple(st.session_state.get(state.UPLOADS, ())))


def reload() -> None:
    """Forget every cached corpus, so the next run reads the files again."""
    _load.clear()


def add_uploads(files: list[tuple[str, bytes]], known: set[str]) -> list[tuple[str, str]]:
    """Add uploaded files to the session; returns (level, message) lines for the user.

    `known` holds the release_ids already loaded. A file that yields no new release is not kept,
    and its problems are reported by name; what was already loaded stays as it was.
    """
    kept = list(st.session_state.get(state.UPLOADS, ()))
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
            kept.append((name, data))
            known |= new
            report.append(("success", f"{name}: {len(new)} release(s) added."))
        report += [("warning", p) for p in problems if not trial.releases.empty]
    st.session_state[state.UPLOADS] = kept
    return report
