"""Every field of both seed releases, against what a careful reader finds in them."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from tests.conftest import by_file

UNHRC = "rok-russia-foreign-ministers-unhrc37.txt"
SUBCOMMITTEE = "korea-russia-far-east-siberia-subcommittee-14th.txt"


def _day(value) -> dt.date | None:
    return None if pd.isna(value) else value.date()


@pytest.mark.parametrize(
    ("name", "field", "expected"),
    [
        (UNHRC, "title", "Outcome of ROK-Russia Foreign Ministerial Meeting Held on Sidelines of 37th UNHRC Session"),
        (UNHRC, "meeting_date", dt.date(2018, 2, 28)),
        (UNHRC, "meeting_end", dt.date(2018, 2, 28)),
        (UNHRC, "published", None),
        (UNHRC, "date_basis", "known_event"),
        (UNHRC, "counterpart", "Russia"),
        (UNHRC, "mechanism", "Foreign Ministers' Meeting"),
        (UNHRC, "session_number", None),
        (UNHRC, "level", "minister"),
        (UNHRC, "format", "on the sidelines of 37th regular session of the UN Human Rights Council"),
        (UNHRC, "venue", "Geneva, Switzerland"),
        (UNHRC, "host_event", "37th regular session of the UN Human Rights Council"),
        (
            SUBCOMMITTEE,
            "title",
            "Deputy Minister for Political Affairs Holds 14th Meeting of Korea-Russia Far East and Siberia Sub-committee",
        ),
        (SUBCOMMITTEE, "meeting_date", dt.date(2020, 12, 18)),
        (SUBCOMMITTEE, "meeting_end", dt.date(2020, 12, 18)),
        (SUBCOMMITTEE, "published", None),
        (SUBCOMMITTEE, "date_basis", "year_in_text"),
        (SUBCOMMITTEE, "counterpart", "Russia"),
        (SUBCOMMITTEE, "mechanism", "Far East and Siberia Sub-committee"),
        (SUBCOMMITTEE, "session_number", 14),
        (SUBCOMMITTEE, "level", "deputy minister"),
        (SUBCOMMITTEE, "format", "virtual"),
        (SUBCOMMITTEE, "venue", None),
        (SUBCOMMITTEE, "host_event", None),
    ],
)
def test_release_field(seeds, name, field, expected):
    value = by_file(seeds.releases, name)[field]
    if isinstance(expected, dt.date) or field in ("meeting_date", "meeting_end", "published"):
        value = _day(value)
    elif pd.isna(value):
        value = None
    assert value == expected


def test_date_evidence_names_its_basis(seeds):
    unhrc = by_file(seeds.releases, UNHRC)
    assert "February 28" in unhrc.date_evidence and "UN Human Rights Council" in unhrc.date_evidence
    sub = by_file(seeds.releases, SUBCOMMITTEE)
    assert "December 18" in sub.date_evidence and "2020" in sub.date_evidence


@pytest.mark.parametrize(
    ("name", "person", "title", "country"),
    [
        (UNHRC, "Kang Kyung-wha", "Foreign Minister", "ROK"),
        (UNHRC, "Sergey Lavrov", "Foreign Minister", "Russia"),
        (SUBCOMMITTEE, "Kim Gunn", "Deputy Minister for Political Affairs", "ROK"),
        (
            SUBCOMMITTEE,
            "Alexander Krutikov",
            "Deputy Minister for the Development of the Russian Far East and Arctic",
            "Russia",
        ),
    ],
)
def test_lead_participants(seeds, name, person, title, country):
    rid = by_file(seeds.releases, name).release_id
    people = seeds.participants[seeds.participants.release_id == rid]
    row = people[people.name == person]
    assert len(row) == 1, f"{person} should be one row, found {people.name.tolist()}"
    row = row.iloc[0]
    assert (row.title, row.country, row.role, bool(row.lead)) == (title, country, "participant", True)


def test_short_references_are_the_same_person(seeds):
    """'Minister Kang' and 'Kang Kyung-wha' are one person; so are 'Deputy Minister Kim' and 'Kim Gunn'."""
    assert sorted(seeds.participants.name) == ["Alexander Krutikov", "Kang Kyung-wha", "Kim Gunn", "Sergey Lavrov"]


def _commitments(seeds, name):
    rid = by_file(seeds.releases, name).release_id
    return seeds.commitments[seeds.commitments.release_id == rid]


def test_renaming_decision_with_its_target(seeds):
    c = _commitments(seeds, SUBCOMMITTEE)
    rename = c[c.text.str.contains("Far East and Arctic Sub-committee")].iloc[0]
    assert rename.kind == "decision" and rename.actor == "both sides"
    assert rename.target.startswith("from the 15th meeting")
    assert {"Far East and Siberia Sub-committee", "Far East and Arctic Sub-committee"} <= set(rename.entities)
    assert "Arctic" in rename.areas


@pytest.mark.parametrize(
    ("name", "needle", "kind", "actor", "target"),
    [
        (UNHRC, "forum for provincial cooperation will be launched", "hope", "both sides", "2018"),
        (UNHRC, "FIFA World Cup Russia", "agreement", "both sides", "June 2018"),
        (UNHRC, "take part in INNOPROM", "pledge", "ROK", "2018"),
        (UNHRC, "supporting each other in elections", "agreement", "both sides", None),
        (UNHRC, "resume US-North Korea and other talks", "pledge", "ROK", None),
        (SUBCOMMITTEE, "hold the session in early 2021", "agreement", "both sides", "early 2021"),
        (SUBCOMMITTEE, "hold a briefing session", "hope", "Alexander Krutikov", None),
        (SUBCOMMITTEE, "minimize the impact of the measure", "request", "Kim Gunn", "first half of the year 2021"),
        (SUBCOMMITTEE, "3rd Korea-Russia Interregional Cooperation Forum", "hope", "Alexander Krutikov", "2021"),
        (SUBCOMMITTEE, "successful implementation of the KICP", "pledge", "Alexander Krutikov", None),
    ],
)
def test_commitment(seeds, name, needle, kind, actor, target):
    c = _commitments(seeds, name)
    rows = c[c.text.str.contains(needle, regex=False)]
    assert len(rows) == 1, f"{needle!r} in {c.text.tolist()}"
    row = rows.iloc[0]
    assert (row.kind, row.actor) == (kind, actor)
    assert (None if pd.isna(row.target) else row.target) == target
    assert needle in row.evidence and len(row.text) < len(row.evidence) + 1


def test_past_agreements_reported_in_passing_are_not_commitments(seeds):
    c = _commitments(seeds, UNHRC)
    assert not c.text.str.contains("set up at their summit talks").any()


@pytest.mark.parametrize(
    ("name", "areas"),
    [
        (
            SUBCOMMITTEE,
            {
                "Arctic",
                "Health & medical",
                "Agriculture & fisheries",
                "Transport & logistics",
                "Energy",
                "Trade & investment",
                "Regional & provincial cooperation",
            },
        ),
        (UNHRC, {"Korean Peninsula & security", "Regional & provincial cooperation", "Multilateral & global"}),
    ],
)
def test_areas_with_evidence(seeds, name, areas):
    rid = by_file(seeds.releases, name).release_id
    found = seeds.areas[seeds.areas.release_id == rid]
    assert areas <= set(found.area)
    for row in found.itertuples():
        assert row.mentions >= len(row.evidence) >= 1
        assert all(sentence in by_file(seeds.releases, name).text for sentence in row.evidence)


def test_no_arctic_or_energy_in_the_unhrc_meeting(seeds):
    rid = by_file(seeds.releases, UNHRC).release_id
    assert not {"Arctic", "Energy", "Shipbuilding"} & set(seeds.areas[seeds.areas.release_id == rid].area)


@pytest.mark.parametrize(
    ("name", "entities"),
    [
        (
            SUBCOMMITTEE,
            {
                "Korea-Russia Economic Cooperation Industrial Complex in Primorsky Krai (KICP)",
                "Nine Bridges",
                "Korea Land and Housing Corporation (LH)",
                "Korea-Russia Interregional Cooperation Forum",
                "Far East and Siberia Sub-committee",
                "Advanced Special Economic Zone (ASEZ)",
            },
        ),
        (
            UNHRC,
            {
                "INNOPROM",
                "Eastern Economic Forum",
                "FIFA World Cup Russia 2018",
                "PyeongChang 2018 Winter Olympics",
                "Korea-Russia Interregional Cooperation Forum",
                "UN Human Rights Council",
            },
        ),
    ],
)
def test_entities(seeds, name, entities):
    rid = by_file(seeds.releases, name).release_id
    assert entities <= set(seeds.entities[seeds.entities.release_id == rid].entity)


def test_evidence_offsets_point_into_the_text(seeds):
    texts = seeds.releases.set_index("release_id").text
    for frame in (seeds.participants, seeds.commitments):
        for row in frame.itertuples():
            text = texts[row.release_id]
            assert text[row.start : row.start + len(row.evidence)] == row.evidence
