"""The command line: export every frame in each format, and show one release readably."""

from __future__ import annotations

import os
import subprocess
import sys

import pandas as pd
import pytest

from core.frames.schema import COLUMNS, FRAMES
from core.track import corrections
from tests.conftest import ROOT, SEEDS


def _cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "core", *args], cwd=ROOT, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("fmt", ["csv", "xlsx", "parquet"])
def test_export_writes_every_frame(tmp_path, fmt):
    result = _cli("export", str(SEEDS), "--out", str(tmp_path), "--format", fmt)
    assert result.returncode == 0, result.stderr
    for frame in (*FRAMES, "followups", "statuses", "series"):
        path = tmp_path / f"{frame}.{fmt}"
        assert path.is_file(), path
        df = {"csv": pd.read_csv, "xlsx": pd.read_excel, "parquet": pd.read_parquet}[fmt](path)
        extra = ["meeting_date", "title", "counterpart"] if frame == "commitments" else []
        assert sorted(df.columns) == sorted([*COLUMNS[frame], *extra]), frame
    releases = pd.read_csv(tmp_path / "releases.csv") if fmt == "csv" else None
    if releases is not None:
        assert sorted(releases.meeting_date) == ["2018-02-28", "2020-12-18"]
        areas = pd.read_csv(tmp_path / "commitments.csv").areas.dropna()
        assert areas.str.contains("; ").any(), "list cells are joined with '; '"


def test_export_writes_statuses_with_the_corrections_applied(tmp_path):
    seeds = pd.read_csv(_export(tmp_path / "plain")["commitments"])
    cid = seeds.loc[seeds["text"].str.contains("take part in INNOPROM"), "commitment_id"].item()
    assert seeds.loc[seeds["commitment_id"] == cid, "title"].item().startswith("Outcome of ROK-Russia")
    fixes = tmp_path / "corrections.yaml"
    fixes.write_text(f"- commitment: {cid}\n  status: fulfilled\n  note: partner country in July 2018\n")
    out = _export(tmp_path / "fixed", env={corrections.ENV: str(fixes)})
    statuses = pd.read_csv(out["statuses"]).set_index("commitment_id")
    assert statuses.loc[cid, "status"] == "fulfilled" and "partner country" in statuses.loc[cid, "reason"]
    assert len(pd.read_csv(out["series"])) and len(pd.read_csv(out["followups"]))


def test_exported_on_the_seeds_and_the_pohang_release_the_2018_forum_promise_is_fulfilled(tmp_path):
    from tests.test_tracking import POHANG_2018

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "pohang.txt").write_bytes(POHANG_2018.data)
    result = subprocess.run(
        [sys.executable, "-m", "core", "export", str(SEEDS), str(tmp_path / "in"), "--out", str(tmp_path / "out")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    releases = pd.read_csv(tmp_path / "out" / "releases.csv").set_index("source")
    pohang = releases.loc[str(tmp_path / "in" / "pohang.txt"), "release_id"]
    statuses = pd.read_csv(tmp_path / "out" / "statuses.csv")
    forum = statuses[statuses["target"].eq("2018") & statuses["things"].str.contains("Interregional")]
    hope = forum[forum["reason"].str.contains("provincial cooperation")]
    assert len(hope) == 1 and hope["status"].item() == "fulfilled"
    assert hope["evidence_release_id"].item() == pohang and "first round" in hope["evidence"].item()


def _export(out, env=None) -> dict[str, object]:
    result = subprocess.run(
        [sys.executable, "-m", "core", "export", str(SEEDS), "--out", str(out)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ | (env or {}),
    )
    assert result.returncode == 0, result.stderr
    return {p.stem: p for p in out.iterdir()}


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
