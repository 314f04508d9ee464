"""Normalising a large archive on Dask: the same pure normaliser, one task per partition.

The client reads the inputs (files, folders, zips: only it needs to see them) and ships each
partition's decoded texts to the workers, which run `normalise_items` and return the partition's
frames; the client writes them as partition N of a Parquet dataset (`core.frames.dataset`) as they come
back, with a bounded number of partitions in flight. `core.read_dataset` (or `core.load` on the
folder) reads it back, dropping a text repeated across partitions, so the frames equal those of a
single-process `core.load`. A local cluster is started unless a scheduler address is given.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import uuid
from collections.abc import Iterable, Iterator
from itertools import islice
from pathlib import Path

import pandas as pd

from core.frames.cache import rules_version
from core.frames.corpus import normalise_items
from core.frames.dataset import MARKER, write_marker, write_partition
from core.frames.schema import FRAMES
from core.ingest.sources import Upload, read_inputs
from core.vocab import Vocab, load_vocab

PARTITION_SIZE = 250


def normalise_partition(items: list, vocab: Vocab) -> dict[str, pd.DataFrame]:
    """The frames of one partition of documents and problems (runs on a worker)."""
    return normalise_items(items, vocab).frames()


def export_dataset(
    inputs: Iterable[str | Path | Upload],
    out: str | Path,
    scheduler: str | None = None,
    partition_size: int = PARTITION_SIZE,
    vocab: Vocab | None = None,
    cluster_options: dict | None = None,
) -> int:
    """Normalise `inputs` on Dask into a partitioned Parquet dataset at `out`; returns partitions."""
    from dask.distributed import as_completed

    vocab = vocab or load_vocab()
    out = Path(out)
    (out / MARKER).unlink(missing_ok=True)
    for frame in FRAMES:
        shutil.rmtree(out / frame, ignore_errors=True)
    out.mkdir(parents=True, exist_ok=True)
    token = uuid.uuid4().hex[:12]
    with _client(scheduler, cluster_options or {}) as client:
        shared_vocab = client.scatter(vocab, broadcast=True)
        in_flight = 2 * max(1, sum(client.nthreads().values()))
        batches = enumerate(_batches(read_inputs(inputs), partition_size))
        pending = as_completed()
        count = 0
        for index, batch in islice(batches, in_flight):
            pending.add(client.submit(normalise_partition, batch, shared_vocab, key=f"accord-{index}-{token}"))
        for future in pending:
            write_partition(out, _index(future.key), future.result())
            future.release()
            count += 1
            for index, batch in islice(batches, 1):
                pending.add(client.submit(normalise_partition, batch, shared_vocab, key=f"accord-{index}-{token}"))
    write_marker(out, vocab=vocab.version, rules=rules_version(), partitions=count)
    return count


def _index(key: str) -> int:
    return int(key.split("-")[1])


def _batches(items: Iterator, size: int) -> Iterator[list]:
    while batch := list(islice(items, size)):
        yield batch


@contextlib.contextmanager
def _client(scheduler: str | None, options: dict):
    from dask.distributed import Client, LocalCluster

    if scheduler:
        with Client(scheduler) as client:
            yield client
        return
    settings = {"n_workers": os.cpu_count() or 1, "threads_per_worker": 1, "dashboard_address": None, **options}
    with LocalCluster(**settings) as cluster, Client(cluster) as client:
        yield client
