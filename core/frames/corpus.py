"""The entry point: inputs in, every frame out.

`load(inputs)` reads files, folders, zips and uploads, normalises each release, drops repeats of
the same text (same release_id), and returns a `Corpus` of schema-checked frames. Problems with an
input never stop the batch; they become rows of `errors`. With a cache (`core.frames.cache`) only new
texts are normalised; `add` grows a loaded Corpus; `read_dataset` reads a Dask export back.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from pathlib import Path

import pandas as pd

from core.extract.release import NotARelease, Record, normalise
from core.frames.cache import Cache, frames_key, open_cache, text_key
from core.frames.dataset import assemble, conform, errors_frame, is_dataset, read_dataset_frames
from core.frames.schema import FRAMES, empty, enforce
from core.ingest.sources import Document, Known, Problem, Upload, read_inputs
from core.meetings import linked
from core.track.copies import find as find_copies
from core.track.copies import without_copies
from core.track.corrections import CorrectionError
from core.track.corrections import apply as apply_corrections
from core.track.corrections import read as read_corrections
from core.track.listed_dates import (
    PROBLEM_SOURCE,
    date_from_listings,
    date_from_session_order,
    session_order_problems,
)
from core.vocab import Vocab, load_vocab


@dataclass(frozen=True)
class Corpus:
    releases: pd.DataFrame
    participants: pd.DataFrame
    commitments: pd.DataFrame
    areas: pd.DataFrame
    entities: pd.DataFrame
    sessions: pd.DataFrame
    errors: pd.DataFrame

    def frames(self) -> dict[str, pd.DataFrame]:
        return {name: getattr(self, name) for name in FRAMES}


def load(
    inputs: Iterable[str | Path | Upload] | str | Path | Upload,
    vocab: Vocab | None = None,
    cache: Cache | str | Path | bool | None = None,
    corrections: Path | str | bool | None = None,
) -> Corpus:
    """Read and normalise every release in `inputs`; one release per distinct text; then apply the
    analyst's corrections (`corrections`: a file, None for $ACCORD_CORRECTIONS, False for none).

    With a cache (a `Cache`, a folder, or $ACCORD_CACHE when `cache` is None; False for none),
    only texts not normalised before under the same vocabulary and rules are normalised. A folder
    written by `python -m core export --engine dask` is read back as it is (`read_dataset`).
    """
    if isinstance(inputs, (str, Path, Upload)):
        inputs = [inputs]
    inputs = list(inputs)
    datasets = [i for i in inputs if not isinstance(i, Upload) and is_dataset(i)]
    raw = [i for i in inputs if not any(i is d for d in datasets)]
    vocab = vocab or load_vocab()
    store = open_cache(cache)
    corpus = _load_cached(raw, vocab, store) if store else normalise_items(read_inputs(raw), vocab)
    if datasets:
        corpus = Corpus(**assemble([corpus.frames(), *(read_dataset_frames(d) for d in datasets)]))
    dated = _remembered(
        store,
        vocab,
        "dated_across",
        (corpus.releases, corpus.sessions, corpus.participants, corpus.errors),
        lambda: _dating_made(dated_across(corpus, vocab)),
    )
    corpus = corrected(replace(corpus, **{name: conform(frame, name) for name, frame in dated.items()}), corrections)
    found = _remembered(store, vocab, "copies", (corpus.releases,), lambda: {"copies": find_copies(corpus.releases)})
    return single_copies(corpus, found["copies"])


def _dating_made(corpus: Corpus) -> dict[str, pd.DataFrame]:
    """The frames `dated_across` changes."""
    return {"releases": corpus.releases, "errors": corpus.errors}


def _remembered(
    store: Cache | None,
    vocab: Vocab,
    step: str,
    inputs: tuple[pd.DataFrame, ...],
    work: Callable[[], dict[str, pd.DataFrame]],
) -> dict[str, pd.DataFrame]:
    """`work()`, frames worked out across the releases from `inputs`, kept in the cache (when there
    is one) for the next load of the same releases: linking and finding copies grow with the square
    of a corpus of many alike releases (~30 s at 10,000 generated ones), the rest of a load does not."""
    if store is None:
        return work()
    key = frames_key(*inputs)
    found = store.recall(vocab.version, step, key)
    if found is None:
        found = work()
        store.remember(vocab.version, step, key, found)
    return found


def single_copies(corpus: Corpus, found: pd.DataFrame | None = None) -> Corpus:
    """`corpus` with each release saved twice counted once (`core.track.copies`; `found`: its pairs
    of copies, when known): the later copy's rows leave every frame and an `errors` row names the pair."""
    frames, problems = without_copies(corpus.frames(), found)
    if not problems:
        return corpus
    errors = pd.concat([corpus.errors, errors_frame(problems)], ignore_index=True)
    return Corpus(
        **{name: conform(frame, name) for name, frame in frames.items()} | {"errors": conform(errors, "errors")}
    )


def dated_across(corpus: Corpus, vocab: Vocab | None = None, new: set[str] | None = None) -> Corpus:
    """`corpus` with open dates settled by other releases (core.track.listed_dates): their listings
    of past sessions, then the order of the sessions of a series; the accounts of each meeting
    linked (core.meetings; `new`: the releases just added, the others being linked already); dates
    across releases that cannot all be right become rows of `errors` (source "dates"), replacing
    those of an earlier call."""
    releases = date_from_listings(corpus.releases, corpus.sessions)
    releases = date_from_session_order(releases, corpus.sessions)
    releases = linked(releases, corpus.participants, vocab or load_vocab(), new)
    if releases is not corpus.releases:
        corpus = replace(corpus, releases=conform(releases, "releases"))
    problems = session_order_problems(corpus.releases, corpus.sessions)
    kept = _without_date_problems(corpus)
    if not problems:
        return kept
    rows = errors_frame([{"source": PROBLEM_SOURCE, "problem": p} for p in problems])
    return replace(kept, errors=conform(pd.concat([kept.errors, rows], ignore_index=True), "errors"))


def _without_date_problems(corpus: Corpus) -> Corpus:
    stale = corpus.errors.source.eq(PROBLEM_SOURCE)
    return replace(corpus, errors=corpus.errors[~stale].reset_index(drop=True)) if stale.any() else corpus


def corrected(corpus: Corpus, where: Path | str | bool | None = None) -> Corpus:
    """`corpus` with the analyst's corrections applied (`where`: the file; None: the setting's file;
    False: none). A broken file or a correction that matches nothing becomes a row of `errors`."""
    if where is False:
        return corpus
    fixed, broken, unmatched = _corrections(corpus, where)
    return _with_problems(fixed, [broken] if broken else unmatched)


def _corrections(corpus: Corpus, where) -> tuple[Corpus, str | None, list[str]]:
    """`corpus` with the file's corrections made, what is wrong with the file (then nothing is
    made), and the corrections that match no row."""
    try:
        entries = read_corrections(None if where in (None, True) else where)
    except CorrectionError as exc:
        return corpus, str(exc), []
    if not entries:
        return corpus, None, []
    frames, unmatched = apply_corrections(corpus.frames(), entries)
    return Corpus(**{name: conform(frame, name) for name, frame in frames.items()}), None, unmatched


def _with_problems(corpus: Corpus, problems: list[str]) -> Corpus:
    """`corpus` whose errors about the corrections are `problems`."""
    errors = corpus.errors[corpus.errors.source != "corrections"]
    rows = errors_frame([{"source": "corrections", "problem": p} for p in problems])
    return replace(corpus, errors=conform(pd.concat([errors, rows], ignore_index=True), "errors"))


def read_dataset(path: str | Path) -> Corpus:
    """The Corpus of a partitioned Parquet dataset written by `core.frames.engine` (`--engine dask`)."""
    return dated_across(Corpus(**read_dataset_frames(path)))


def add(corpus: Corpus, inputs, vocab: Vocab | None = None, cache: Cache | str | Path | bool | None = None) -> Corpus:
    """`corpus` with the releases of `inputs` added; only texts not seen before are normalised.

    Releases already in `corpus` keep their rows (the same text added again changes nothing), but
    for an open date that an added release's listing of past sessions settles. The analyst's
    corrections are made to the added releases (the loaded ones have theirs); a correction is
    reported as matching nothing if it matched nothing on load either. Only the added rows are
    worked on: adding one release to 10,000 takes about as long as normalising it.
    """
    more = load(inputs, vocab, cache, corrections=False)
    ids = corpus.releases.release_id
    known = set(ids[ids.isin(more.releases.release_id)])  # this way round: `isin` is slow for many values
    added = _only(more, ~more.releases.release_id.isin(known))
    base = _without_date_problems(corpus)  # dated_across reports them again, after both
    grown = dated_across(_joined(base, added), vocab, set(added.releases.release_id))
    loaded, added = _split(grown, {name: len(frame) for name, frame in base.frames().items()})
    fixed, broken, unmatched = _corrections(added, None)
    reported = set(corpus.errors.problem[corpus.errors.source == "corrections"])
    grown = _with_problems(_joined(loaded, fixed), [broken] if broken else [p for p in unmatched if p in reported])
    return single_copies(grown, find_copies(grown.releases, set(added.releases.release_id)))


def _only(corpus: Corpus, keep: pd.Series) -> Corpus:
    """The releases of `corpus` that `keep` marks, with their rows in the other frames, and its errors."""
    ids = corpus.releases.release_id[keep]
    return Corpus(
        **{
            name: frame if name == "errors" else frame[frame.release_id.isin(ids)]
            for name, frame in corpus.frames().items()
        }
    )


def _joined(first: Corpus, then: Corpus) -> Corpus:
    """Each frame of `first` followed by the same frame of `then` (`assemble` of corpora that hold
    no release in common, without its work)."""
    return Corpus(
        **{
            name: conform(pd.concat([frame, getattr(then, name)], ignore_index=True), name)
            if len(getattr(then, name))
            else frame
            for name, frame in first.frames().items()
        }
    )


def _split(corpus: Corpus, at: dict[str, int]) -> tuple[Corpus, Corpus]:
    """`corpus` cut in two: each frame's first `at[frame]` rows, and the rest."""
    frames = corpus.frames()
    return Corpus(**{n: f.iloc[: at[n]] for n, f in frames.items()}), Corpus(
        **{n: f.iloc[at[n] :] for n, f in frames.items()}
    )


def normalise_items(items: Iterable[Document | Problem], vocab: Vocab) -> Corpus:
    """Normalise documents (problems become error rows, in order); the first of a repeated text wins."""
    records: dict[str, Record] = {}
    errors: list[dict] = []
    for item in items:
        if isinstance(item, Problem):
            errors.append({"source": item.source, "problem": item.message})
            continue
        record, problem = normalise_one(item, vocab)
        if problem:
            errors.append({"source": item.source, "problem": problem})
        else:
            records.setdefault(record.release["release_id"], record)
    return build_corpus(list(records.values()), errors)


def normalise_one(doc: Document, vocab: Vocab) -> tuple[Record | None, str | None]:
    """(record, None) for a release, (None, why) for a text that is not one."""
    try:
        return normalise(doc.text, doc.source, vocab), None
    except NotARelease as exc:
        return None, str(exc)
    except RecursionError:
        return None, "the text is nested too deeply to read"


def _load_cached(inputs: list, vocab: Vocab, store: Cache) -> Corpus:
    """`inputs` through the cache: files whose stamps it holds are not even read."""
    index = store.index(vocab.version)
    stamps = store.stamps(vocab.version)
    cached = {rid for rid, _ in index.values() if rid}
    order: dict[str, str] = {}  # release_id -> source of its first text
    fresh: dict[str, Record] = {}
    entries: list[tuple[str, str | None, str | None]] = []
    new_stamps: list[tuple[str, str]] = []
    errors: list[dict] = []
    for item in read_inputs(inputs, known={s: k for s, k in stamps.items() if k in index}):
        if isinstance(item, Problem):
            errors.append({"source": item.source, "problem": item.message})
            continue
        key = item.key if isinstance(item, Known) else text_key(item.text)
        if isinstance(item, Document) and item.stamp and item.stamp not in stamps:
            new_stamps.append((item.stamp, key))
            stamps[item.stamp] = key
        if key in index:
            rid, problem = index[key]
        else:
            record, problem = normalise_one(item, vocab)
            rid = record.release["release_id"] if record else None
            if record and rid not in order:  # the first text of a release gives its rows
                fresh[rid] = record
            # The cache serves a release's rows by its id, so another copy of a cached release (same
            # title and body, another Date line) is not cached: its rows would stand in for the other's.
            if rid is None or rid not in cached:
                entries.append((key, rid, problem))
                index[key] = (rid, problem)
                cached.add(rid)
        if problem:
            errors.append({"source": item.source, "problem": problem})
        else:
            order.setdefault(rid, item.source)
    new = build_corpus(list(fresh.values()), []).frames()
    store.add(vocab.version, entries, new, new_stamps)
    wanted = set(order) - set(fresh)
    parts = store.parts(vocab.version, wanted) if wanted else []
    frames = assemble([*parts, new], order)  # releases not in `order` are left out
    frames["errors"] = errors_frame(errors)
    return Corpus(**frames)


def build_corpus(records: list[Record], errors: list[dict]) -> Corpus:
    """Frames from normalised records (in order), each checked against its schema."""
    rows = {
        "releases": [r.release for r in records],
        "participants": [row for r in records for row in r.participants],
        "commitments": [row for r in records for row in r.commitments],
        "areas": [row for r in records for row in r.areas],
        "entities": [row for r in records for row in r.entities],
        "sessions": [row for r in records for row in r.sessions],
    }
    frames = {name: enforce(pd.DataFrame(data), name) if data else empty(name) for name, data in rows.items()}
    return Corpus(**frames, errors=errors_frame(errors))
