"""Dates across releases: a release that lists past sessions ("17th consultation held in Seoul on
November 27, 2017") settles the year its 17th session's own release leaves open."""

from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

import core
from core.track.listed_dates import BASIS, listed_sessions
from core.vocab import load_vocab
from tests.conftest import CORPUS, SEEDS

LISTING = "ru-outcome-19th-korea-russia-policy-consultation.txt"
SEVENTEENTH = "ru-policy-consultation-17th.txt"
LINE = "17th consultation held in Seoul on November 27, 2017"


def _upload(name: str, old: str = "", new: str = "") -> core.Upload:
    text = (CORPUS / name).read_text(encoding="utf-8")
    assert old in text
    return core.Upload(name, text.replace(old, new).encode())


def _row(corpus: core.Corpus, name: str):
    return corpus.releases[corpus.releases.source.str.endswith(name)].iloc[0]


def test_alone_the_17th_session_has_no_year():
    row = _row(core.load([CORPUS / SEVENTEENTH], cache=False, corrections=False), SEVENTEENTH)
    assert row.date_basis == "unknown" and pd.isna(row.meeting_date)


@pytest.mark.parametrize("order", [(LISTING, SEVENTEENTH), (SEVENTEENTH, LISTING)])
def test_the_listing_dates_the_session_in_any_order(order):
    corpus = core.load([CORPUS / n for n in order], cache=False, corrections=False)
    row = _row(corpus, SEVENTEENTH)
    assert row.date_basis == BASIS
    assert row.meeting_date.date() == dt.date(2017, 11, 27) == row.meeting_end.date()
    assert LINE in row.date_evidence and "Outcome of 19th Korea-Russia Policy Consultation" in row.date_evidence
    assert row.date_evidence.startswith("Deputy Foreign Minister")  # its own sentence comes first


def test_adding_the_listing_later_dates_the_session():
    alone = core.load([CORPUS / SEVENTEENTH], cache=False, corrections=False)
    grown = core.add(alone, [CORPUS / LISTING], cache=False)
    assert _row(grown, SEVENTEENTH).meeting_date.date() == dt.date(2017, 11, 27)


def test_the_listing_names_its_own_mechanisms_sessions():
    corpus = core.load([CORPUS / LISTING], cache=False, corrections=False)
    assert sorted(zip(corpus.sessions.session_number, corpus.sessions.date.dt.date, strict=True)) == [
        (16, dt.date(2016, 7, 6)),
        (17, dt.date(2017, 11, 27)),
        (18, dt.date(2018, 5, 17)),
    ]
    assert LINE in list(corpus.sessions.evidence)
    listed = listed_sessions(corpus.releases, corpus.sessions)
    assert set(listed.mechanism) == {"Policy Consultation"} and set(listed.counterpart) == {"Russia"}


@pytest.mark.parametrize(
    "old, new, why",
    [
        (LINE, "17th consultation held in Seoul on November 28, 2017", "the listing names another day"),
        (LINE, "17th Joint Committee held in Seoul on November 27, 2017", "another mechanism's session"),
        (LINE, "17th consultation held in Seoul on November 27", "the listing gives no year either"),
        (LINE, "15th consultation held in Seoul on November 27, 2017", "another session number"),
        (LINE, f"{LINE}\n\n- 17th consultation held in Seoul on November 27, 2016", "two listings disagree"),
    ],
)
def test_no_date_when_the_listing_does_not_fit(old, new, why):
    corpus = core.load([_upload(LISTING, old, new), CORPUS / SEVENTEENTH], cache=False, corrections=False)
    row = _row(corpus, SEVENTEENTH)
    assert row.date_basis != BASIS, why
    # the listed 16th and 18th sessions may still place it (its own text leaves 2017 or 2018): never elsewhere
    assert pd.isna(row.meeting_date) or (
        row.date_basis == "session_order" and row.meeting_date.date() == dt.date(2017, 11, 27)
    ), why


def test_an_analysts_correction_still_wins(tmp_path):
    fixes = tmp_path / "corrections.yaml"
    corpus = core.load([CORPUS / LISTING, CORPUS / SEVENTEENTH], cache=False, corrections=False)
    rid = _row(corpus, SEVENTEENTH).release_id
    fixes.write_text(
        f"- release: {rid}\n  set: {{meeting_date: 2017-11-28}}\n  note: checked with the archive\n",
        encoding="utf-8",
    )
    fixed = core.load([CORPUS / LISTING, CORPUS / SEVENTEENTH], cache=False, corrections=fixes)
    assert _row(fixed, SEVENTEENTH).meeting_date.date() == dt.date(2017, 11, 28)


@pytest.mark.parametrize(
    "line, expected",
    [
        ("- 17th consultation held in Seoul on November 27, 2017", [(17, dt.date(2017, 11, 27))]),
        ("- 16th Policy Consultation took place on July 6, 2016", [(16, dt.date(2016, 7, 6))]),
        ("The 5th round was held at the Foreign Ministry in Seoul on 3 March 2015.", [(5, dt.date(2015, 3, 3))]),
        ("- 17th consultation held in Seoul on November 27", []),  # no year: nothing to give
        ("- 8th Joint Committee held in Seoul on December 29, 2015", []),  # another mechanism
        ("The 13th meeting held in Moscow last year agreed the next be held on December 18, 2020.", []),
        ("The 30th anniversary of relations was held up as a model on June 1, 2020.", []),
    ],
)
def test_listed_sessions_of_the_releases_own_mechanism(line, expected):
    from core.extract.listings import extract_listed_sessions
    from core.ingest.clean import clean

    found = extract_listed_sessions(clean(line), "Policy Consultation", load_vocab())
    assert [(s.session_number, s.date) for s in found] == expected


def test_the_sessions_around_it_date_a_session():
    """A 17th consultation on June 20 (year not stated) between the 16th (July 6, 2016) and the 18th
    (May 17, 2018) that another release lists can only be June 20, 2017."""
    corpus = core.load([_upload(LISTING, LINE, ""), _seventeenth("June 20")], cache=False, corrections=False)
    row = _row(corpus, SEVENTEENTH)
    assert row.date_basis == "session_order"
    assert row.meeting_date.date() == dt.date(2017, 6, 20) == row.meeting_end.date()
    assert "the 16th session (2016-07-06" in row.date_evidence and "the 18th session (2018-05-17" in row.date_evidence
    assert corpus.errors.empty


def test_the_order_alone_leaves_two_years_open():
    """November 27 between July 6, 2016 and May 17, 2018 fits both years: no date."""
    corpus = core.load([_upload(LISTING, LINE, ""), _seventeenth("November 27")], cache=False, corrections=False)
    assert _row(corpus, SEVENTEENTH).date_basis == "unknown"


def _seventeenth(day: str) -> core.Upload:
    """The 17th consultation's release on `day`, without its trade figures for January-September 2017
    (which alone put it after September 2017), so that only the order of sessions can place it."""
    text = (CORPUS / SEVENTEENTH).read_text(encoding="utf-8")
    assert "in January-September 2017 from the same period in 2016" in text
    text = text.replace("in January-September 2017 from the same period in 2016", "of late")
    return core.Upload(SEVENTEENTH, text.replace("November 27", day).encode())


def test_sessions_dated_out_of_order_are_reported():
    """A 13th meeting of the yearly sub-committee dated six days before the 14th cannot be right."""
    fourteenth = SEEDS / "korea-russia-far-east-siberia-subcommittee-14th.txt"
    text = fourteenth.read_text(encoding="utf-8")
    thirteenth = core.Upload("13th.txt", text.replace("14th", "13th").replace("December 18", "December 12").encode())
    corpus = core.load([fourteenth, thirteenth], cache=False, corrections=False)
    problems = corpus.errors[corpus.errors.source == "dates"].problem.tolist()
    assert len(problems) == 1, corpus.errors
    assert "13th session is dated 2020-12-12" in problems[0] and "14th 2020-12-18" in problems[0]
    assert "6 days apart" in problems[0]
    grown = core.add(core.load([fourteenth], cache=False, corrections=False), [thirteenth], cache=False)
    assert grown.errors.problem.tolist() == problems  # reported once, whatever the loading order
