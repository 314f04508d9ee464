"""Command line: `python -m core export PATH... --out DIR [--engine dask]`, `python -m core show FILE`."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import textwrap
from pathlib import Path

import pandas as pd

from core.frames.corpus import Corpus, load
from core.frames.export import frame_to_csv, frame_to_xlsx
from core.track import corrections, tracking
from core.vocab import VocabError, load_vocab_or_last_good


def export(corpus: Corpus, out: Path, fmt: str, today: dt.date | None = None) -> list[Path]:
    """Write one file per frame into `out`, the tracking frames (followups, statuses, series) with
    the analyst's status corrections included; commitments carry their release's meeting date, title
    and counterpart. List cells are joined with '; ' in CSV and XLSX."""
    out.mkdir(parents=True, exist_ok=True)
    try:
        fixes = corrections.read()
    except corrections.CorrectionError:
        fixes = []  # the file's mistake is already a row of `errors`
    frames = tracking.take_away(corpus.frames(), tracking.track(corpus.frames(), today=today, fixes=fixes))
    written = []
    for name, frame in frames.items():
        path = out / f"{name}.{fmt}"
        if fmt == "csv":
            path.write_bytes(frame_to_csv(frame))
        elif fmt == "xlsx":
            path.write_bytes(frame_to_xlsx(frame, sheet=name))
        else:
            frame.to_parquet(path, index=False)
        written.append(path)
    return written


def show(corpus: Corpus) -> str:
    """A readable account of what was extracted from each release, for debugging a rule."""
    lines: list[str] = []
    for rel in corpus.releases.itertuples():
        rid = rel.release_id
        lines += [f"# {rel.title}", f"  id {rid}  source {rel.source}"]
        for col in (
            "published",
            "meeting_date",
            "meeting_end",
            "date_basis",
            "counterpart",
            "mechanism",
            "session_number",
            "level",
            "format",
            "venue",
            "host_event",
            "publisher",
            "language",
            "meeting_id",
        ):
            value = getattr(rel, col)
            value = "" if pd.isna(value) else value.date() if isinstance(value, pd.Timestamp) else value
            lines.append(f"  {col:<15}{value}")
        lines.append(_wrap("  date evidence  ", rel.date_evidence))
        lines.append(_wrap("  linked         ", f"{rel.link_confidence}: {rel.link_reason}"))
        lines.append("\n  participants")
        for p in corpus.participants[corpus.participants.release_id == rid].itertuples():
            lead = " (lead)" if p.lead else ""
            lines.append(f"    - {p.name}{lead}: {p.title or '?'}, {p.country or '?'} [{p.role}]")
        lines.append("\n  commitments")
        for c in corpus.commitments[corpus.commitments.release_id == rid].itertuples():
            target = f" [target: {c.target}]" if isinstance(c.target, str) else ""
            areas = f" {{{'; '.join(c.areas)}}}" if c.areas else ""
            lines.append(_wrap(f"    - {c.kind} by {c.actor}{target}{areas}: ", c.text))
        lines.append("\n  areas")
        for a in corpus.areas[corpus.areas.release_id == rid].itertuples():
            lines.append(f"    - {a.area} ({a.mentions})")
        lines.append("\n  entities")
        for e in corpus.entities[corpus.entities.release_id == rid].itertuples():
            lines.append(f"    - {e.entity} [{e.kind}] ({e.mentions})")
        lines.append("")
    for err in corpus.errors.itertuples():
        lines.append(f"! {err.source}: {err.problem}")
    return "\n".join(lines)


def _wrap(prefix: str, text: str) -> str:
    body = textwrap.fill(str(text), width=100, initial_indent=" " * 8, subsequent_indent=" " * 8)
    return f"{prefix.rstrip()}\n{body}"


def _export_dask(args, parser) -> int:
    if args.format not in (None, "parquet"):
        parser.error("--engine dask writes a partitioned Parquet dataset; --format must be parquet")
    from core.frames.engine import export_dataset

    try:
        parts = export_dataset(args.paths, args.out, scheduler=args.scheduler)
    except VocabError as exc:
        print(f"vocabulary error: {exc}", file=sys.stderr)
        return 2
    print(args.out)
    print(f"wrote {parts} partition(s); read it with core.read_dataset or `python -m core show`", file=sys.stderr)
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m core", description="Accord: press releases to tidy frames.")
    sub = parser.add_subparsers(dest="command", required=True)
    p_export = sub.add_parser("export", help="write every frame to files")
    p_export.add_argument("paths", nargs="+", help="files, folders or .zip archives")
    p_export.add_argument("--out", required=True, type=Path, help="output folder")
    p_export.add_argument("--format", choices=("csv", "xlsx", "parquet"), default=None, help="default csv")
    p_export.add_argument("--engine", choices=("local", "dask"), default="local", help="dask: a partitioned dataset")
    p_export.add_argument("--scheduler", help="Dask scheduler address (default: a local cluster)")
    p_show = sub.add_parser("show", help="print what was extracted from releases")
    p_show.add_argument("paths", nargs="+")
    args = parser.parse_args(argv)
    if args.command == "export" and args.engine == "dask":
        return _export_dask(args, parser)
    try:
        vocab, problem = load_vocab_or_last_good()
    except VocabError as exc:
        print(f"vocabulary error: {exc}", file=sys.stderr)
        return 2
    if problem is not None:
        print(f"vocabulary error: {problem}; using the last vocabulary that loaded", file=sys.stderr)
    corpus = load(args.paths, vocab=vocab)
    if args.command == "show":
        print(show(corpus))
    else:
        for path in export(corpus, args.out, args.format or "csv"):
            print(path)
        counts = ", ".join(f"{len(f)} {n}" for n, f in corpus.frames().items())
        print(f"wrote {counts}", file=sys.stderr)
    for err in corpus.errors.itertuples():
        print(f"warning: {err.source}: {err.problem}", file=sys.stderr)
    return 0
