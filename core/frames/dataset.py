"""Frames on disk and frames put together: Parquet I/O, the partitioned dataset, and `assemble`.

A dataset is a folder with one sub-folder per frame holding `part-NNNNN.parquet` files, plus
`_accord.json` naming the vocabulary and rules versions it was made with. Partition N of every
frame comes from the same slice of the input, so `read_dataset` can drop a release seen in an
earlier partition together with its rows. `assemble` is that one rule (first occurrence of a
release wins, with its own rows), shared by the cache, the Dask engine and `core.add`.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from core.frames.schema import COLUMNS, FRAMES, empty, enforce

MARKER = "_accord.json"
CHILDREN = tuple(f for f in FRAMES if f not in ("releases", "errors"))
_LISTS = {frame: [c for c, (kind, _) in cols.items() if kind == "list"] for frame, cols in COLUMNS.items()}
_REQUIRED = {frame: [c for c, (kind, _) in cols.items() if not kind.endswith("?")] for frame, cols in COLUMNS.items()}


def write_frame(df: pd.DataFrame, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    df.to_parquet(path, index=False)


def read_frame(path: Path, frame: str, releases: set[str] | None = None) -> pd.DataFrame:
    """A frame written by `write_frame` (only the rows of `releases`, when given), with list cells
    as lists again (Parquet gives arrays)."""
    table = pq.read_table(path)
    if releases is not None:
        wanted = pa.array(list(releases), table.schema.field("release_id").type)
        table = table.filter(pc.is_in(table["release_id"], value_set=wanted))
    df = table.to_pandas()  # repeated strings become one object (to_pylist would take ~70 MB more at 10,000)
    for col in _LISTS.get(frame, ()):
        df[col] = [list(v) for v in df[col]]
    return df


def assemble(parts: list[dict[str, pd.DataFrame]], order: dict[str, str] | None = None) -> dict[str, pd.DataFrame]:
    """One set of frames from several: a release's rows come from the first part holding it.

    `order` (release_id -> source), when given, selects and orders the releases and sets their
    source; otherwise releases keep their first-occurrence order. Errors are concatenated.
    """
    parts = [p for p in parts if p is not None]
    tagged = _tagged(parts, "releases")
    rows = np.flatnonzero(~tagged.release_id.duplicated(keep="first").to_numpy())
    if order is not None:
        at = pd.Index(tagged.release_id.to_numpy(dtype=object)[rows]).get_indexer(list(order))
        if (at < 0).any():
            raise KeyError(f"{int((at < 0).sum())} release(s) to assemble are in none of the parts")
        rows = rows[at]
    releases = _take(tagged, rows)
    if order is not None:
        releases["source"] = list(order.values())
    ids = pd.Index(releases.release_id.to_numpy(dtype=object))
    first_part = releases._part.to_numpy()
    out = {"releases": releases}
    for frame in CHILDREN:
        df = _tagged(parts, frame)
        at = ids.get_indexer(df.release_id.to_numpy(dtype=object))  # the release's position, -1 if left out
        keep = (at >= 0) & (first_part[np.maximum(at, 0)] == df._part.to_numpy()) if len(ids) else at >= 0
        out[frame] = _take(df, np.flatnonzero(keep)[np.argsort(at[keep], kind="stable")])
    out["errors"] = _tagged(parts, "errors")
    return {name: conform(out[name].drop(columns="_part"), name) for name in FRAMES}


def _take(df: pd.DataFrame, rows: np.ndarray) -> pd.DataFrame:
    """`df.take(rows)`, without copying when `rows` are all the rows in order (the common case:
    copying a frame's text columns is most of the time it takes to put frames together)."""
    if len(rows) == len(df) and (rows == np.arange(len(df))).all():
        return df.copy(deep=False)
    return df.take(rows)


def conform(df: pd.DataFrame, frame: str) -> pd.DataFrame:
    """`enforce(df, frame)`, skipped when `df` already has the schema's columns and dtypes and no
    empty cell where the schema wants a value (pandera's fixed cost is ~20 ms a frame, and ~0.4 s
    to import and first use)."""
    if (
        list(df.columns) == list(COLUMNS[frame])
        and df.dtypes.equals(_dtypes(frame))
        and not df[_REQUIRED[frame]].isna().any().any()
    ):
        return df.reset_index(drop=True)
    return enforce(df, frame)


def errors_frame(rows: list[dict]) -> pd.DataFrame:
    """The errors frame of {source, problem} rows."""
    return conform(pd.DataFrame(rows, columns=list(COLUMNS["errors"]), dtype="str"), "errors")


def _dtypes(frame: str) -> pd.Series:
    return empty(frame).dtypes


def _tagged(parts: list[dict[str, pd.DataFrame]], frame: str) -> pd.DataFrame:
    frames = [p[frame].assign(_part=i) for i, p in enumerate(parts) if len(p[frame])]
    if not frames:
        return empty(frame).assign(_part=0)
    return pd.concat(frames, ignore_index=True) if len(frames) > 1 else frames[0].reset_index(drop=True)


def write_partition(out: Path, index: int, frames: dict[str, pd.DataFrame]) -> None:
    for name in FRAMES:
        write_frame(frames[name], out / name / f"part-{index:05d}.parquet")


def write_marker(out: Path, **info) -> None:
    (out / MARKER).write_text(json.dumps(info, indent=1) + "\n", encoding="utf-8")


def is_dataset(path: str | Path) -> bool:
    return (Path(path) / MARKER).is_file()


def read_dataset_frames(path: str | Path) -> dict[str, pd.DataFrame]:
    """The frames of a partitioned dataset, partitions in order, repeats dropped."""
    path = Path(path)
    if not is_dataset(path):
        raise FileNotFoundError(f"{path}: not an Accord dataset (no {MARKER})")
    names = sorted(p.name for p in (path / "releases").glob("part-*.parquet"))
    parts = [{frame: read_frame(path / frame / name, frame) for frame in FRAMES} for name in names]
    return assemble(parts)
