"""Analyst corrections: a YAML file of overrides applied on load, kept apart from the releases.

The file (`$ACCORD_CORRECTIONS`, default `data/corrections.yaml`) is a list of entries:

    - commitment: b51e3a7dbd7e58bb-07     # a commitment's status
      status: fulfilled
      note: the decree of May 2021 exempted Korean firms
    - commitment: b51e3a7dbd7e58bb-02     # any of its fields
      set: {target: "2022", entities: [Nine Bridges]}
    - release: b51e3a7dbd7e58bb           # any field of a release
      set: {venue: Seoul}
    - frame: participants                 # any row of any frame, picked by column values
      where: {release_id: b51e3a7dbd7e58bb, name: Kim Gunn}
      set: {title: Deputy Minister for Political Affairs}
    - commitment: a97fdbb4a5572aa7-01     # a wrong extraction
      drop: true

It is read with safe loading and checked before use; a mistake raises `CorrectionError` naming
the file and the line. An entry that matches no row is reported, not fatal (the file may speak
about releases that are not loaded).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import yaml
from filelock import FileLock

from core.frames.schema import COLUMNS
from core.ingest.files import TextDatesLoader, atomic_write

ROOT = Path(__file__).resolve().parents[2]
ENV = "ACCORD_CORRECTIONS"
DEFAULT = ROOT / "data" / "corrections.yaml"
KEYS = {"commitment", "release", "frame", "where", "set", "status", "drop", "note", "when"}
TARGETS = {"commitment": ("commitments", "commitment_id"), "release": ("releases", "release_id")}
LOCKED = {"release_id", "commitment_id"}  # ids stay as extracted: other rows point at them


def statuses() -> tuple[str, ...]:
    """The status names (declared in core.track.statuses; imported here only when needed, so that
    loading a corpus does not import the tracker: two sessions starting at once must not deadlock
    on each other's half-done imports)."""
    from core.track.statuses import STATUSES

    return STATUSES


class CorrectionError(ValueError):
    """The corrections file is malformed; the message names the file and line."""


@dataclass(frozen=True)
class Correction:
    frame: str
    where: dict
    set: dict = field(default_factory=dict)
    status: str | None = None
    drop: bool = False
    note: str = ""
    origin: str = ""  # "corrections.yaml:12"
    when: str = ""  # when it was made (ISO time, UTC), for those made from the dashboard


def path() -> Path:
    """Where the corrections live: $ACCORD_CORRECTIONS, else data/corrections.yaml."""
    return Path(os.environ.get(ENV) or DEFAULT)


def append(entry: dict, where: Path | str | None = None, stamp: bool = False) -> dict:
    """Add one correction to the file, safely: checked first (a bad entry raises and writes nothing),
    under a file lock (two tabs saving at once both land), the previous file kept as `.bak`, the new
    one written atomically (an interrupted write leaves the old file). With `stamp`, the entry
    records when it was made (`when`, UTC). Returns the entry as written (what `remove` takes)."""
    file = Path(where) if where else path()
    if stamp:
        entry = {**entry, "when": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M:%S UTC")}
    entry = _plain(entry)
    _entry(entry, f"{file.name}:new")
    block = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False).encode("utf-8")
    with _editing(file) as old:
        new = old + (b"" if not old or old.endswith(b"\n") else b"\n") + block
        atomic_write(file, new)
    return entry


def remove(entry: dict, where: Path | str | None = None) -> bool:
    """Undo: take the first entry equal to `entry` out of the file (under the lock, atomically),
    leaving every other line as it was (comments and hand edits included). False if none matched."""
    file = Path(where) if where else path()
    wanted = _plain(entry)
    with _editing(file) as old:
        text = old.decode("utf-8")
        if not text.strip():
            return False
        tree = yaml.compose(text, Loader=TextDatesLoader)
        data = yaml.load(text, Loader=TextDatesLoader)  # noqa: S506 - a SafeLoader subclass
        found = next((i for i, item in enumerate(data or []) if _plain(item) == wanted), None)
        if found is None:
            return False
        lines = text.splitlines(keepends=True)
        start = tree.value[found].start_mark.line  # the line of its "- "
        nxt = tree.value[found + 1].start_mark.line if found + 1 < len(tree.value) else len(lines)
        end = nxt
        while end > start + 1 and (not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")):
            end -= 1  # comments before the next entry belong to it
        atomic_write(file, "".join(lines[:start] + lines[end:]).encode("utf-8"))
        return True


def entries(where: Path | str | None = None) -> list[dict]:
    """The file's entries as written (for listing and undoing them), in file order."""
    file = Path(where) if where else path()
    if not file.exists():
        return []
    data = yaml.load(file.read_text(encoding="utf-8"), Loader=TextDatesLoader)  # noqa: S506
    return [_plain(e) for e in data or [] if isinstance(e, dict)]


def _plain(entry: dict) -> dict:
    """`entry` with dates and times as ISO text, so it dumps and compares the same after a round trip."""

    def plain(v):
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, list):
            return [plain(x) for x in v]
        if isinstance(v, pd.Timestamp):
            return v.date().isoformat()
        if isinstance(v, dt.date):
            return v.isoformat()
        return v

    return plain(entry)


@contextlib.contextmanager
def _editing(file: Path):
    """Hold the file's lock; yield its bytes (b"" if none). Refuses a file that does not read (the
    analyst must fix it first) and keeps the previous version as `.bak`."""
    file.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(f"{file}.lock", timeout=30):
        old = file.read_bytes() if file.exists() else b""
        read(file)
        if old:
            atomic_write(file.with_name(file.name + ".bak"), old)
        yield old


def read(where: Path | str | None = None) -> list[Correction]:
    """The corrections of the file (none when it does not exist)."""
    file = Path(where) if where else path()
    if not file.exists():
        return []
    text = file.read_text(encoding="utf-8")
    try:
        tree = yaml.compose(text, Loader=TextDatesLoader)
        data = yaml.load(text, Loader=TextDatesLoader)  # noqa: S506 - a SafeLoader subclass
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise CorrectionError(
            f"{file.name}:{mark.line + 1 if mark else '?'}: not valid YAML ({getattr(exc, 'problem', exc)})"
        ) from exc
    if data is None:
        return []
    if not isinstance(data, list):
        raise CorrectionError(f"{file.name}:1: expected a list of corrections (each starting with '- ')")
    return [
        _entry(item, f"{file.name}:{node.start_mark.line + 1}") for item, node in zip(data, tree.value, strict=True)
    ]


def _entry(item, origin: str) -> Correction:
    def fail(message: str):
        raise CorrectionError(f"{origin}: {message}")

    if not isinstance(item, dict):
        fail("a correction is a mapping such as {commitment: ID, status: fulfilled}")
    if unknown := set(item) - KEYS:
        fail(f"unknown key(s) {sorted(unknown)}; use {sorted(KEYS)}")
    picks = [k for k in ("commitment", "release", "frame") if k in item]
    if len(picks) != 1:
        fail("name exactly one of 'commitment', 'release' or 'frame'")
    if picks[0] == "frame":
        frame, where = item["frame"], item.get("where")
        if frame not in COLUMNS:
            fail(f"unknown frame '{frame}'; frames are {sorted(COLUMNS)}")
        if not isinstance(where, dict) or not where:
            fail("'frame' needs 'where': a mapping of column -> value picking the rows")
    else:
        frame, column = TARGETS[picks[0]]
        where = {column: str(item[picks[0]])}
    for column in where:
        if column not in COLUMNS[frame]:
            fail(f"'{column}' is not a column of {frame}")
    changes = item.get("set") or {}
    if not isinstance(changes, dict):
        fail("'set' must be a mapping of column -> new value")
    values = {column: _value(frame, column, v, fail) for column, v in changes.items()}
    status = item.get("status")
    if status is not None and (picks[0] != "commitment" or status not in statuses()):
        fail(f"'status' goes with 'commitment' and is one of {list(statuses())}, not {status!r}")
    if not (values or status or item.get("drop")):
        fail("the correction changes nothing: give 'set', 'status' or 'drop: true'")
    note, when = str(item.get("note") or ""), str(item.get("when") or "")
    return Correction(frame, where, values, status, bool(item.get("drop")), note, origin, when)


def _value(frame: str, column: str, value, fail):
    if column not in COLUMNS[frame]:
        fail(f"'{column}' is not a column of {frame}")
    if column in LOCKED:
        fail(f"'{column}' is an id and cannot be changed")
    kind = COLUMNS[frame][column][0]
    if value is None:
        if not kind.endswith("?"):
            fail(f"{frame}.{column} cannot be empty")
        return None
    if kind == "list":
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            fail(f"{frame}.{column} is a list of text, e.g. [INNOPROM]")
        return list(value)
    if kind.startswith("date"):
        try:
            return pd.Timestamp(value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)))
        except ValueError:
            fail(f"{frame}.{column}: {value!r} is not a date (write YYYY-MM-DD)")
    if kind.startswith("int"):
        if isinstance(value, bool) or not isinstance(value, int):
            fail(f"{frame}.{column}: {value!r} is not a whole number")
        return value
    if kind == "bool":
        if not isinstance(value, bool):
            fail(f"{frame}.{column}: {value!r} is not true or false")
        return value
    return str(value)


def _rows(df: pd.DataFrame, c: Correction) -> pd.Series:
    mask = pd.Series(True, index=df.index)
    for column, value in c.where.items():
        mask &= df[column].astype(str) == str(value)
    return mask


def apply(frames: dict[str, pd.DataFrame], corrections: list[Correction]) -> tuple[dict[str, pd.DataFrame], list[str]]:
    """The frames with every applicable correction made (inputs untouched), and a note for each
    correction that matched no row. Status corrections are left for `apply_statuses`."""
    out = dict(frames)
    problems = []
    for c in corrections:
        if c.frame not in out:
            continue
        df = out[c.frame]
        mask = _rows(df, c)
        if not mask.any():
            problems.append(f"{c.origin}: no {c.frame} row has {c.where}")
            continue
        df = df.copy()
        for column, value in c.set.items():
            for i in df.index[mask]:
                df.at[i, column] = value
        out[c.frame] = df[~mask].reset_index(drop=True) if c.drop else df
        if c.drop and c.frame == "releases":  # a release dropped takes its rows in every frame with it
            gone = set(df.loc[mask, "release_id"])
            for name, other in out.items():
                if name != "releases" and "release_id" in other.columns:
                    out[name] = other[~other["release_id"].isin(gone)].reset_index(drop=True)
    return out, problems


def apply_statuses(statuses: pd.DataFrame, corrections: list[Correction]) -> pd.DataFrame:
    """Statuses with the analyst's overrides; the computed status stays in the reason."""
    out = statuses.copy()
    for c in corrections:
        if c.status is None:
            continue
        for i in out.index[_rows(out, c)]:
            note = f": {c.note}" if c.note else ""
            computed = f"{out.at[i, 'status']} — {out.at[i, 'reason']}"
            out.at[i, "reason"] = f"set by an analyst ({c.origin}){note}. Computed: {computed}"
            out.at[i, "status"] = c.status
            out.at[i, "corrected"] = True
    return out
