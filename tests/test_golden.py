"""The quality gate: per-field scores over hand-checked golden releases, pinned in gate.yaml."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pytest
import yaml

import core
from tests.conftest import CORPUS, SEEDS

GOLDEN = yaml.safe_load((Path(__file__).with_name("golden") / "releases.yaml").read_text(encoding="utf-8"))
GATE = yaml.safe_load((Path(__file__).with_name("golden") / "gate.yaml").read_text(encoding="utf-8"))


def _path(name: str) -> Path:
    return SEEDS / name if (SEEDS / name).exists() else CORPUS / name


def _actual(corpus: core.Corpus, field: str):
    rel = corpus.releases.iloc[0]
    if field == "leads":
        p = corpus.participants
        return sorted(p[p.lead].name)
    value = rel[field]
    if pd.isna(value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    return int(value) if field == "session_number" else value


def _expected(field: str, value):
    if field == "leads":
        return sorted(value)
    if isinstance(value, dt.date):
        return value
    return value


@pytest.fixture(scope="module")
def extracted() -> dict[str, core.Corpus]:
    return {name: core.load(_path(name)) for name in GOLDEN}


GROUPS = ("russia", "others")
SET_FIELDS = ("areas", "commitments")  # scored by precision, recall and F1, not exact match


def group_of(name: str, fields: dict) -> str:
    """Russia (what the first rules were written on) or the others, so a rule fitting Russia shows."""
    russian = fields.get("counterpart") == "Russia" or name.startswith("ru-") or "russia" in name
    return "russia" if russian else "others"


def _scores(extracted, group: str) -> tuple[dict[str, float], list[str]]:
    hits, totals, misses = {}, {}, []
    for name, fields in GOLDEN.items():
        if group_of(name, fields) != group:
            continue
        corpus = extracted[name]
        for field, want in fields.items():
            if field in SET_FIELDS:
                continue
            got = _actual(corpus, field)
            ok = got == _expected(field, want)
            totals[field] = totals.get(field, 0) + 1
            hits[field] = hits.get(field, 0) + ok
            if not ok:
                misses.append(f"{name}: {field} = {got!r}, expected {want!r}")
    return {f: hits[f] / totals[f] for f in totals}, misses


def test_every_golden_file_loads_as_one_release(extracted):
    for name, corpus in extracted.items():
        assert corpus.errors.empty, f"{name}: {corpus.errors.problem.tolist()}"
        assert len(corpus.releases) == 1, name


def test_both_groups_have_releases():
    groups = [group_of(name, fields) for name, fields in GOLDEN.items()]
    assert all(groups.count(g) >= 10 for g in GROUPS), {g: groups.count(g) for g in GROUPS}


def date_outcomes(extracted, group: str | None = None) -> dict[str, list[str]]:
    """Golden releases (of one group, or all) by how their meeting date came out: exact, unknown
    (no date where the reader finds one: allowed) or wrong (another date, or a date where the
    reader finds none)."""
    out: dict[str, list[str]] = {"exact": [], "unknown": [], "wrong": []}
    for name, fields in GOLDEN.items():
        if "meeting_date" not in fields or group not in (None, group_of(name, fields)):
            continue
        got, want = _actual(extracted[name], "meeting_date"), fields["meeting_date"]
        kind = "exact" if got == want else "unknown" if got is None else "wrong"
        out[kind].append(f"{name}: {got}, expected {want}")
    return out


def test_no_wrong_date(extracted):
    """A wrong year or day is far worse than 'unknown': not one is allowed."""
    wrong = date_outcomes(extracted)["wrong"]
    assert not wrong, "wrong meeting dates:\n" + "\n".join(wrong)


@pytest.mark.parametrize("group", GROUPS)
def test_exact_dates_hold_the_gate(extracted, group):
    outcomes = date_outcomes(extracted, group)
    exact = len(outcomes["exact"]) / sum(map(len, outcomes.values()))
    gate = GATE[group]["meeting_date"]
    assert exact >= gate, f"{group}: exact {exact:.2f} < {gate}; unknown:\n" + "\n".join(outcomes["unknown"])


@pytest.mark.parametrize(("group", "field"), [(g, f) for g in GROUPS for f in sorted(set(GATE[g]) - {"meeting_date"})])
def test_field_score_holds_the_gate(extracted, group, field):
    scores, misses = _scores(extracted, group)
    assert field in scores, f"no golden release of {group} scores {field}"
    detail = "\n".join(m for m in misses if f": {field} =" in m)
    assert scores[field] >= GATE[group][field], f"{group} {field}: {scores[field]:.2f} < {GATE[group][field]}\n{detail}"
