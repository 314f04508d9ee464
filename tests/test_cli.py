"""The command line: export every frame in each format, and show one release readably."""

from __future__ import annotations

import subprocess
import sys

import pandas as pd
import pytest

from core.frames.schema import COLUMNS, FRAMES
from tests.conftest import ROOT, SEEDS


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_export_writes_every_frame(tmp_path, fmt):
    result = _cli("export", str(SEEDS), "--out", str(tmp_path), "--format", fmt)
    assert result.returncode == 0, result.stderr
    for frame in FRAMES:
        path = tmp_path / f"{frame}.{fmt}"
        assert path.is_file(), path
        df = {"csv": pd.read_csv, "xlsx": pd.read_excel, "parquet": pd.read_parquet}[fmt](path)
        assert list(df.columns) == list(COLUMNS[frame])
    releases = pd.read_csv(tmp_path / "releases.csv") if fmt == "csv" else None
    if releases is not None:
        assert sorted(releases.meeting_date) == ["2018-02-28", "2020-12-18"]
        areas = pd.read_csv(tmp_path / "commitments.csv").areas.dropna()
        assert areas.str.contains("; ").any(), "list cells are joined with '; '"


def test_show_prints_fields_and_evidence():
    result = _cli("show", str(SEEDS / "korea-russia-far-east-siberia-subcommittee-14th.txt"))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    for needle in [
        "meeting_date   2020-12-18",
        "date_basis     year_in_text",
        "Kim Gunn (lead)",
        "decision by both sides [target: from the 15th meeting and on]",
        "Far East and Siberia Sub-committee",
    ]:
        assert needle in out, needle


def test_bad_input_is_a_warning_not_a_failure(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    result = _cli("export", str(tmp_path), str(SEEDS), "--out", str(tmp_path / "out"))
    assert result.returncode == 0
    assert "empty.txt: the file is empty" in result.stderr
    assert len(pd.read_csv(tmp_path / "out" / "errors.csv")) == 1
