"""Where the releases come from: the data folder (argument, environment or seeds/) and the
release library (uploads kept across sessions and restarts, `core.ingest.library`).

Loading is cached across reruns and sessions, keyed by the paths, the library's contents and the
vocabulary version, so a filter change never re-reads a file; releases the library gains are added
to the corpus already loaded (`core.add`), without reading the folder again. `add_uploads` is the one place
uploads enter. A vocabulary with a mistake is reported (`vocab_problem`) while the last version
that loaded keeps the app working.
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import hashlib
import os
import sys
import threading
from pathlib import Path

import pandas as pd
import streamlit as st

import core
from core.ingest.library import Library
from core.track import copies, corrections, tracking
from core.vocab import Vocab, VocabError, load_vocab_or_last_good

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT / "seeds"


def data_paths() -> tuple[str, ...]:
    """`--data PATH` (repeatable) after `python -m ui.server --`, else $ACCORD_DATA, else seeds/."""
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


def _corrections_stamp() -> str:
    """The corrections file's content digest: an edit to it must reach every cached result."""
    file = corrections.path()
    return hashlib.sha256(file.read_bytes()).hexdigest()[:12] if file.exists() else ""


# The corpus loaded last for each (paths, vocabulary, corrections), with the library keys it holds:
# when the library has only gained releases since, they are added to it (`core.add`) instead of
# loading everything again. Keys are content hashes, so this holds whichever library they came from.
_LATEST: dict[tuple[str, ...], tuple[frozenset[str], core.Corpus]] = {}
_LATEST_LOCK = threading.Lock()


@st.cache_resource(show_spinner="Reading releases…", max_entries=16)
def _load(
    paths: tuple[str, ...], library: tuple[str, ...], vocab_version: str, fixes: str, _vocab: Vocab
) -> core.Corpus:
    gc.unfreeze()  # what an earlier load froze may be garbage by now
    base, keys = (*paths, vocab_version, fixes), frozenset(library)
    with _LATEST_LOCK:
        held, before = _LATEST.get(base, (None, None))
    if held is not None and held < keys:
        added = [core.Upload(e.name, e.path.read_bytes()) for e in Library().entries() if e.key in keys - held]
        loaded = core.add(before, added, vocab=_vocab, cache=core.Cache())
    else:
        loaded = core.load([*paths, *Library().uploads()], vocab=_vocab, cache=core.Cache())
    with _LATEST_LOCK:
        _LATEST[base] = (keys, loaded)
    # A corpus lives as long as the server: keep its millions of objects out of later garbage
    # collections, which would otherwise walk them all in the middle of a filter change (~0.15 s
    # at 10,000 releases).
    gc.freeze()
    return loaded


def corpus() -> core.Corpus:
    """The folder's releases plus the library's, corrected (cached by paths, library contents,
    vocabulary and corrections)."""
    current, _ = vocab()
    keys = tuple(e.key for e in Library().entries())
    return _load(data_paths(), keys, current.version, _corrections_stamp(), current)


def fixes() -> tuple[list[corrections.Correction], str | None]:
    """The analyst's corrections, or none and the reason when the file has a mistake."""
    try:
        return corrections.read(), None
    except corrections.CorrectionError as exc:
        return [], str(exc)


@st.cache_resource(show_spinner="Following commitments…", max_entries=8)
def _tracked(corpus_id: int, today: dt.date, stamp: str, _corpus: core.Corpus, _fixes, _vocab) -> dict:
    return tracking.track(_corpus.frames(), today=today, fixes=_fixes, vocab=_vocab)


def tracked() -> dict[str, pd.DataFrame]:
    """`core.track.tracking.track` of the loaded corpus, computed once per corpus, day and corrections."""
    loaded, current = corpus(), vocab()[0]
    return _tracked(id(loaded), dt.date.today(), _corrections_stamp(), loaded, fixes()[0], current)


def reload() -> None:
    """Forget every cached corpus, so the next run reads the files again."""
    with _LATEST_LOCK:
        _LATEST.clear()
    _load.clear()
    _tracked.clear()


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
        twins = copies.find(pd.concat([corpus().releases, trial.releases[trial.releases["release_id"].isin(new)]]))
        if trial.releases.empty:
            report.append(("error", f"{name}: no release loaded. " + " ".join(problems)))
        elif not new:
            report.append(("info", f"{name}: already loaded, nothing new."))
        else:
            library.add(name, data)
            known |= new
            report.append(("success", f"{name}: {len(new)} release(s) added."))
            titles = corpus().releases.set_index("release_id")["title"]
            report += [
                (
                    "warning",
                    f"{name}: a copy of “{titles.get(t.copy_of, t.copy_of)}”, already loaded ({t.similarity:.0%} the "
                    "same text): the meeting counts once; the Review page lists the pair, to keep either copy.",
                )
                for t in twins.itertuples()
                if t.release_id in new
            ]
        report += [("warning", p) for p in problems if not trial.releases.empty]
    return report
