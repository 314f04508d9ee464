"""The quality gate: per-field scores over hand-checked golden releases, pinned in gate.yaml."""

from __future__ import annotations

import datetime as dt
import re
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


FIELD_GATES = {g: sorted(f for f in GATE[g] if f != "meeting_date" and not f.endswith("_f1")) for g in GROUPS}


@pytest.mark.parametrize(("group", "field"), [(g, f) for g in GROUPS for f in FIELD_GATES[g]])
def test_field_score_holds_the_gate(extracted, group, field):
    scores, misses = _scores(extracted, group)
    assert field in scores, f"no golden release of {group} scores {field}"
    detail = "\n".join(m for m in misses if f": {field} =" in m)
    assert scores[field] >= GATE[group][field], f"{group} {field}: {scores[field]:.2f} < {GATE[group][field]}\n{detail}"


def _words(text: str) -> list[str]:
    return re.findall(r"\w+", text.casefold())


def commitment_matches(want_kind: str, snippet: str, kind: str, text: str) -> bool:
    """An extracted commitment (`kind`, `text`) finds a golden one when the kinds agree and the text
    holds the golden snippet, or at least 60 % of the snippet's words (the extractor's clause may
    start a word later or stop a word earlier than the reader's snippet)."""
    if kind != want_kind:
        return False
    if " ".join(_words(snippet)) in " ".join(_words(text)):
        return True
    wanted, have = set(_words(snippet)), set(_words(text))
    return len(wanted & have) >= 0.6 * len(wanted)


@pytest.mark.parametrize(
    ("want_kind", "snippet", "kind", "text", "found"),
    [
        # the clause holds the snippet verbatim
        (
            "agreement",
            "hold the session in early 2021 in a virtual format",
            "agreement",
            "hold the session in early 2021 in a virtual format",
            True,
        ),
        # case, curly quotes and spacing do not matter
        (
            "hope",
            "hold a briefing session on the Russian government’s “system for investment in the Russian Arctic”",
            "hope",
            'to hold a briefing session on the Russian government\'s "system for investment in the Russian Arctic" '
            "for the Korean government and companies",
            True,
        ),
        # a clause cut shorter than the snippet still shares most of its words
        (
            "agreement",
            "work actively together for this key nine-bridge cooperation project to move successfully forward",
            "agreement",
            "work actively together for this key nine-bridge cooperation project",
            True,
        ),
        # the same clause of another kind is not the commitment the reader found
        (
            "request",
            "cooperate actively in establishing the KICP",
            "pledge",
            "cooperate actively in establishing the KICP",
            False,
        ),
        # another clause of the same sentence shares too few words
        (
            "agreement",
            "hold the session in early 2021 in a virtual format",
            "hope",
            "to hold a briefing session on the Russian government's system for investment in the Russian Arctic",
            False,
        ),
        (
            "agreement",
            "continue close communications between relevant authorities, including the Foreign Ministries",
            "agreement",
            "work to arrange President Moon Jae-in's state visit to China in mid-December this year",
            False,
        ),
        # a statement of view is not the pledge that follows it
        (
            "pledge",
            "fully cooperate for the successful implementation of the KICP project",
            "pledge",
            "the KICP is a case of successful cooperation in which bilateral cooperation in the Russian Far East has "
            "produced substantive progress",
            False,
        ),
    ],
)
def test_commitment_matches(want_kind, snippet, kind, text, found):
    assert commitment_matches(want_kind, snippet, kind, text) is found


def test_golden_commitments_are_a_kind_and_a_text():
    """A comma in an unquoted flow mapping (`{kind: agreement, text: a, b}`) cuts the text short and
    makes a key of the rest: the snippet would be checked in part only."""
    for name, fields in GOLDEN.items():
        for c in fields.get("commitments", []):
            assert set(c) == {"kind", "text"}, f"{name}: {c} (quote a text that holds a comma)"


def test_golden_snippets_are_in_their_release():
    """A snippet that is not in its text (a typo, a paraphrase) could never be found."""
    for name, fields in GOLDEN.items():
        body = " ".join(_words(_path(name).read_text(encoding="utf-8")))
        for c in fields.get("commitments", []):
            assert " ".join(_words(c["text"])) in body, f"{name}: {c['text']!r} is not in the text"


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def set_scores(extracted, group: str, field: str) -> tuple[tuple[float, float, float], list[str]]:
    """Micro-averaged precision, recall and F1 of `areas` or `commitments` over a group's golden
    releases, and the misses: what was missed (golden, not extracted) and what is extra."""
    tp = fp = fn = 0
    misses: list[str] = []
    for name, fields in GOLDEN.items():
        if field not in fields or group_of(name, fields) != group:
            continue
        corpus = extracted[name]
        if field == "areas":
            got, want = set(corpus.areas.area), set(fields["areas"])
            tp, fp, fn = tp + len(got & want), fp + len(got - want), fn + len(want - got)
            misses += [f"{name}: missed area {a!r}" for a in sorted(want - got)]
            misses += [f"{name}: extra area {a!r}" for a in sorted(got - want)]
            continue
        got = list(zip(corpus.commitments.kind, corpus.commitments.text, strict=True))
        for c in fields["commitments"]:
            if any(commitment_matches(c["kind"], c["text"], k, t) for k, t in got):
                tp += 1
            else:
                fn += 1
                misses.append(f"{name}: missed {c['kind']} {c['text']!r}")
        for k, t in got:
            if not any(commitment_matches(c["kind"], c["text"], k, t) for c in fields["commitments"]):
                fp += 1
                misses.append(f"{name}: extra {k} {t!r}")
    return _prf(tp, fp, fn), misses


@pytest.mark.parametrize(("group", "field"), [(g, f) for g in GROUPS for f in SET_FIELDS])
def test_areas_and_commitments_hold_the_gate(extracted, group, field):
    (precision, recall, f1), misses = set_scores(extracted, group, field)
    gate = GATE[group][f"{field}_f1"]
    detail = f"{group} {field}: P {precision:.2f} R {recall:.2f} F1 {f1:.2f} (gate {gate})\n" + "\n".join(misses)
    print(detail)
    assert f1 >= gate, detail
