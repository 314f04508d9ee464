"""Commitment tracking on the seeds, the shared corpus and hand-written release pairs for the cases
the corpus lacks: follow-ups, statuses by the rule table, mechanism series, corrections."""

from __future__ import annotations

import datetime as dt
import re

import pandas as pd
import pytest
from conftest import SEEDS

import core
from core.charts import tracking_charts
from core.frames.schema import enforce
from core.track import corrections, tracking

TODAY = dt.date(2025, 1, 1)
FORUM = "Korea-Russia Interregional Cooperation Forum"
SUBCOMMITTEE = "Far East and Arctic Sub-committee"


def release(title: str, date: str, *paragraphs: str) -> core.Upload:
    """A press release as copied from the ministry's site: title, Date line, numbered paragraphs."""
    body = "\n\n".join(f"{i}. {p}" for i, p in enumerate(paragraphs, 1))
    return core.Upload(f"{title[:20]}.txt", f"{title}\n\nDate\n{date}\n\n{body}\n".encode())


HOPE_2018 = release(
    "Outcome of ROK-Russia Foreign Ministers' Meeting",
    "2018-03-05",
    "Foreign Minister Kang Kyung-wha met with Foreign Minister Sergey Lavrov of Russia in Moscow on March 5, 2018, "
    "and the two discussed the way forward for the bilateral relations and the Korean Peninsula.",
    "The two Ministers voiced hope that the ROK-Russia forum for provincial cooperation will be launched "
    "successfully in 2018.",
    "The two sides agreed to hold a joint seminar on the Nine Bridges project in 2019.",
)
HELD_2020 = release(
    "Deputy Minister Holds 15th Meeting of Korea-Russia Far East and Arctic Subcommittee",
    "2021-11-20",
    "At the 15th meeting of the Korea-Russia Far East and Arctic Subcommittee held in Seoul on November 19, 2021, "
    "Deputy Minister Kim Gunn and Deputy Minister Alexander Krutikov reviewed cooperation in the Russian Far East.",
    "The two sides noted with appreciation that the Korea-Russia Interregional Cooperation Forum, successfully "
    "held twice since its launch in November 2018, has become a major platform for provincial cooperation.",
)
SESSION_13 = release(
    "Deputy Minister Holds 13th Meeting of Korea-Russia Far East and Siberia Subcommittee",
    "2019-10-02",
    "At the 13th meeting of the Korea-Russia Far East and Siberia Subcommittee held in Vladivostok on October 1, "
    "2019, Deputy Minister Lee and Deputy Minister Krutikov discussed ways to promote substantive cooperation "
    "between Korea and Russia with a focus on the Russian Far East, including trade, investment and logistics.",
)


POHANG_2018 = release(
    "First Korea-Russia Interregional Cooperation Forum Opens in Pohang",
    "2018-11-08",
    "The first round of the Korea-Russia Interregional Cooperation Forum is underway in Pohang on November 7-8, "
    "2018, bringing together the heads of provincial governments of Korea and of the Russian Far East.",
    "Vice Foreign Minister Lee Tae-ho delivered a congratulatory speech at the opening ceremony.",
)


@pytest.fixture(scope="module")
def pair() -> core.Corpus:
    return core.load([HOPE_2018, HELD_2020, SESSION_13, SEEDS])


def tracked(c: core.Corpus, fixes=()) -> dict[str, pd.DataFrame]:
    return tracking.track(c.frames(), today=TODAY, fixes=list(fixes))


def row_of(statuses: pd.DataFrame, commitments: pd.DataFrame, needle: str) -> pd.Series:
    ids = commitments.loc[commitments["text"].str.contains(needle, regex=False), "commitment_id"]
    assert len(ids) >= 1, needle
    return statuses.set_index("commitment_id").loc[ids.iloc[0]]


# --- things ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "thing"),
    [
        ("Far East and Siberia Sub-committee", SUBCOMMITTEE),
        ("Far East and Siberia Subcommittee", SUBCOMMITTEE),
        ("Far East and Siberia Sub-commitee", SUBCOMMITTEE),  # misspelt: rapidfuzz
        ("Far East and Arctic Subcommittee", SUBCOMMITTEE),
        ("forum for provincial cooperation", FORUM),
        ("KICP", "Korea-Russia Economic Cooperation Industrial Complex in Primorsky Krai (KICP)"),
        ("Trans-Siberian Railway", "Trans-Siberian Railway"),  # unknown: itself
    ],
)
def test_names_resolve_to_one_thing(name, thing):
    assert tracking.Resolver(core.load_vocab()).thing(name) == thing


# --- outcomes, actions, deadlines ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("the Forum, successfully held twice since its launch in November 2018, has become a platform", "launched"),
        ("the 3rd Forum to be held in Ulsan in 2021", "mentioned"),
        ("the Forum will be launched successfully in 2018", "mentioned"),
        ("The 15th meeting of the Sub-committee was held in Seoul on November 19.", "held"),
        ("the two sides signed an implementation agreement on the KICP", "signed"),
        ("the agreement has not been signed yet", "mentioned"),
        ("the forum was postponed due to COVID-19", "postponed"),
        ("the KICP project is under way", "continuing"),
        ("The first round of the Forum is underway in Pohang", "launched"),
        ("The 1st meeting of the Joint Committee was held in Seoul", "launched"),
        ("the first round of the Forum will be held in Pohang", "mentioned"),
        ("Minister Kang mentioned the KICP.", "mentioned"),
    ],
)
def test_outcome_of_a_sentence(sentence, expected):
    assert tracking.outcome(sentence) == expected


@pytest.mark.parametrize(
    ("target", "made", "due"),
    [
        ("2018", "2018-02-28", dt.date(2018, 12, 31)),
        ("June 2018", "2018-02-28", dt.date(2018, 6, 30)),
        ("early 2021", "2020-12-18", dt.date(2021, 4, 30)),
        ("first half of the year 2021", "2020-12-18", dt.date(2021, 6, 30)),
        ("next year", "2020-12-18", dt.date(2021, 12, 31)),
        ("this year", "2021-06-25", dt.date(2021, 12, 31)),
        ("next year", None, None),
        ("from the 15th meeting and on", "2020-12-18", None),
        ("as soon as possible", "2017-12-19", None),
        (None, "2017-12-19", None),
    ],
)
def test_deadline(target, made, due):
    got, reading = tracking.deadline(target, pd.Timestamp(made) if made else pd.NaT)
    assert got == due and reading


# --- follow-ups and statuses -----------------------------------------------------------------------


def test_seed_forum_hope_is_fulfilled_by_the_sub_committee_release(seeds):
    out = tracked(seeds)
    st = row_of(out["statuses"], seeds.commitments, "forum for provincial cooperation will be launched")
    assert st["status"] == "fulfilled"
    assert "since its launch in November 2018" in st["evidence"]
    assert st["evidence_date"] == pd.Timestamp("2020-12-18")
    fu = out["followups"]
    link = fu[fu["commitment_id"] == st.name]
    assert list(link["thing"]) == [FORUM] and list(link["outcome"]) == ["launched"]


def test_seeds_and_the_pohang_release_the_2018_forum_promise_is_fulfilled_by_pohang():
    """The 2018 hope that the forum "will be launched successfully in 2018" is met by the November
    2018 report that its first round is underway in Pohang: a first session under way is a launch."""
    corpus = core.load([SEEDS, POHANG_2018], corrections=False)
    out = tracked(corpus)
    pohang = corpus.releases.loc[corpus.releases["title"].str.contains("Pohang"), "release_id"].item()
    st = row_of(out["statuses"], corpus.commitments, "forum for provincial cooperation will be launched")
    assert st["status"] == "fulfilled" and st["evidence_release_id"] == pohang
    assert "first round" in st["evidence"] and st["happened"] == pd.Timestamp("2018-11-07")
    assert "on time" in st["reason"] and "by the end of 2018" in st["reason"]
    assert "“ROK-Russia forum for provincial cooperation” and “Korea-Russia Interregional" in st["reason"]


def test_an_outcome_is_dated_when_it_happened_not_when_reported(seeds):
    out = tracked(seeds)
    st = row_of(out["statuses"], seeds.commitments, "forum for provincial cooperation will be launched")
    assert st["happened"] == pd.Timestamp("2018-11-01") and st["evidence_date"] == pd.Timestamp("2020-12-18")
    assert "it happened in November 2018, on time" in st["reason"]
    fig = tracking_charts.promise_timeline(out["statuses"], out["followups"], out["commitments"])
    done = [t for t in fig.data if t.mode == "markers" and t.marker.symbol == "star"]
    assert pd.Timestamp("2018-11-01") in {pd.Timestamp(x) for t in done for x in t.x}


def test_hand_written_pair_hope_2018_fulfilled_2020(pair):
    out = tracked(pair)
    st = row_of(out["statuses"], pair.commitments, "will be launched successfully in 2018")
    assert st["status"] == "fulfilled" and "launched" in st["reason"]
    assert st["release_id"] != st["evidence_release_id"]


def test_target_passed_with_later_releases_silent_is_unreported(pair):
    out = tracked(pair)
    st = row_of(out["statuses"], pair.commitments, "joint seminar on the Nine Bridges")
    assert st["status"] == "unreported after deadline"
    assert st["deadline"] == pd.Timestamp("2019-12-31") and "2019" in st["reason"]
    later = pair.releases[pair.releases["counterpart"].eq("Russia") & pair.releases["meeting_date"].gt("2018-03-05")]
    assert st["later_releases"] == len(later) >= 2
    assert f"{len(later)} later release(s) on Russia or Nine Bridges" in st["reason"]


def test_target_passed_with_nothing_later_in_the_corpus_says_so(seeds):
    """The 2020 sub-committee's hope for the forum's 3rd round in 2021: the seeds hold nothing after
    2020, so nothing could have reported it; that is not the same as a silence."""
    st = row_of(tracked(seeds)["statuses"], seeds.commitments, "Ulsan")
    assert st["status"] == "nothing later in corpus"
    assert st["later_releases"] == 0 and "holds no release after the deadline" in st["reason"]


def test_a_commitment_naming_nothing_to_follow_is_never_late(seeds):
    st = tracked(seeds)["statuses"]
    nothing = st[st["things"].map(len).eq(0)]
    assert len(nothing) and set(nothing["status"]) == {"nothing to follow"}
    assert nothing["deadline"].notna().any()  # some had a deadline long passed: still not late


def test_before_its_target_it_is_not_yet_due(pair):
    out = tracking.track(pair.frames(), today=dt.date(2019, 6, 1), fixes=[])
    st = row_of(out["statuses"], pair.commitments, "joint seminar on the Nine Bridges")
    assert st["status"] == "not yet due" and "not passed" in st["reason"]


def test_follow_ups_are_later_only_and_dated(pair):
    fu = tracked(pair)["followups"]
    assert (fu["days_after"] > 0).all()
    assert fu["followup_date"].notna().all()


def test_renaming_decision_is_fulfilled_by_the_15th_session(pair):
    out = tracked(pair)
    st = row_of(out["statuses"], pair.commitments, "Far East and Arctic Sub-committee” from the 15th")
    assert st["status"] == "fulfilled" and "15th meeting" in st["evidence"]


def test_undated_release_says_why_it_has_no_follow_ups(seeds):
    frames = seeds.frames()
    frames["releases"] = frames["releases"].assign(meeting_date=pd.NaT, published=pd.NaT)
    out = tracking.track(frames, today=TODAY, fixes=[])
    assert out["followups"].empty
    st = out["statuses"]
    assert set(st["status"]) <= {"undated", "nothing to follow"}
    assert st.loc[st["status"].eq("undated"), "reason"].str.contains("neither a meeting date nor a published").all()
    assert st["status"].eq("undated").any()


def test_rules_are_one_ordered_table():
    assert [r.status for r in tracking.RULES] == [
        "fulfilled",
        "superseded",
        "under way",
        "nothing to follow",
        "undated",
        "unreported after deadline",
        "nothing later in corpus",
        "not yet due",
        "no deadline",
    ]
    assert corrections.statuses() is tracking.STATUSES == tuple(tracking_charts.STATUS_COLOURS)


# --- series ----------------------------------------------------------------------------------------


def test_sub_committee_is_one_series_across_spellings_and_renaming(pair):
    s = tracked(pair)["series"]
    sub = s[s["series"] == SUBCOMMITTEE]
    assert list(sub["session_number"]) == [13, 14, 15]
    assert sub["in_corpus"].all()
    assert set(sub["name"]) == {"Far East and Siberia Sub-committee", SUBCOMMITTEE}
    assert "renamed from Far East and Siberia Sub-committee" in sub.iloc[-1]["note"]
    assert list(sub["days_since_previous"].iloc[1:]) == [
        (pd.Timestamp("2020-12-18") - pd.Timestamp("2019-10-01")).days,
        (pd.Timestamp("2021-11-19") - pd.Timestamp("2020-12-18")).days,
    ]


def test_corpus_series_show_numbering_gaps(corpus):
    s = tracked(corpus)["series"]
    hlpd = s[s["series"] == "High-level Political Dialogue"]
    assert list(hlpd["session_number"]) == [3, 4, 5, 6]
    assert list(hlpd["in_corpus"]) == [True, False, False, True]
    assert (hlpd.loc[~hlpd["in_corpus"], "note"] == "missing from the corpus").all()
    policy = s[s["series"].eq("Policy Consultation") & s["counterpart"].eq("Russia")]  # the 19th lists the 16th-18th
    assert list(policy["session_number"]) == [16, 17, 18, 19]
    assert list(policy["in_corpus"]) == [False, True, True, True]
    sixteenth = policy.iloc[0]
    assert (
        sixteenth["date"] == pd.Timestamp("2016-07-06")
        and "listed: 16th consultation held in Moscow" in sixteenth["note"]
    )
    assert list(policy["days_since_previous"].iloc[1:]) == [509, 171, 1194]


def test_a_mechanism_with_two_counterparts_is_two_series(corpus):
    frames = corpus.frames()
    r = frames["releases"]
    russia = r[r["mechanism"].eq("Policy Consultation")].iloc[[0]]
    china = russia.assign(release_id="c0ffee0000000001", counterpart="China", session_number=3)
    frames["releases"] = pd.concat([r, china], ignore_index=True)
    s = tracking.series(frames)
    policy = s[s["series"] == "Policy Consultation"]
    assert list(policy.loc[policy["counterpart"] == "China", "session_number"]) == [3]
    assert list(policy.loc[policy["counterpart"] == "Russia", "session_number"]) == [16, 17, 18, 19]
    labels = {t.y[0] for t in tracking_charts.series_chart(s).data}
    assert {"Policy Consultation · China", "Policy Consultation · Russia"} <= labels


def test_series_chart_draws_a_listed_session_as_an_open_circle(corpus):
    s = tracked(corpus)["series"]
    fig = tracking_charts.series_chart(s)
    trace = next(t for t in fig.data if t.name == "Policy Consultation · Russia")
    points = dict(zip(trace.text, zip(trace.marker.symbol, trace.hovertext, strict=True), strict=True))
    assert points["16"][0] == "circle-open" and "listed: 16th consultation held in Moscow" in points["16"][1]
    assert {points[n][0] for n in ("17", "18", "19")} == {"circle"}


def test_corpus_frames_follow_their_schemas_and_every_commitment_has_a_status(corpus):
    out = tracked(corpus)
    for name in ("followups", "statuses", "series"):
        enforce(out[name], name)
    st = out["statuses"]
    assert set(st["commitment_id"]) == set(corpus.commitments["commitment_id"])
    assert st["status"].isin(tracking.STATUSES).all()
    assert st["reason"].str.len().gt(0).all()
    forum = st[st["things"].map(lambda t: FORUM in t) & st["target"].eq("2018")]
    assert set(forum["status"]) == {"fulfilled"} and len(forum) == 2  # 2017 summit and 2018 UNHRC


# --- corrections -----------------------------------------------------------------------------------


def write(tmp_path, text: str):
    path = tmp_path / "corrections.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_a_correction_changes_the_status(seeds, tmp_path):
    cid = row_of(tracked(seeds)["statuses"], seeds.commitments, "take part in INNOPROM").name
    path = write(
        tmp_path, f"- commitment: {cid}\n  status: fulfilled\n  note: Korea was partner country in July 2018\n"
    )
    st = tracked(seeds, corrections.read(path))["statuses"].set_index("commitment_id").loc[cid]
    assert st["status"] == "fulfilled" and st["corrected"]
    assert (
        "corrections.yaml:1" in st["reason"]
        and "partner country" in st["reason"]
        and "Computed: unreported after deadline" in st["reason"]
    )


def test_a_correction_changes_an_extraction_field_and_so_the_status(seeds, tmp_path):
    cid = row_of(tracked(seeds)["statuses"], seeds.commitments, "take part in INNOPROM").name
    rid = cid.split("-")[0]
    path = write(
        tmp_path, f"- commitment: {cid}\n  set: {{target: '2030'}}\n- release: {rid}\n  set: {{venue: Geneva}}\n"
    )
    fixed = core.load(SEEDS, corrections=path)
    out = tracked(fixed, corrections.read(path))
    assert out["statuses"].set_index("commitment_id").loc[cid, "status"] == "not yet due"
    assert out["releases"].set_index("release_id").loc[rid, "venue"] == "Geneva"
    assert seeds.commitments.set_index("commitment_id").loc[cid, "target"] == "2018"  # the source is untouched


def test_each_correction_is_applied_once(seeds, tmp_path):
    """A valid drop is made on load; tracking the loaded corpus must not apply it again and then
    report it as matching no row (it did: the tracker page warned about every drop)."""
    cid = seeds.commitments["commitment_id"].iloc[0]
    path = write(tmp_path, f"- commitment: {cid}\n  drop: true\n- release: nosuchrelease\n  set: {{venue: X}}\n")
    fixed = core.load(SEEDS, corrections=path)
    out = tracked(fixed, corrections.read(path))
    assert cid not in set(out["statuses"]["commitment_id"])
    assert list(out["problems"]["problem"]) == [
        "corrections.yaml:3: no releases row has {'release_id': 'nosuchrelease'}"
    ]


def test_a_status_correction_applies_after_statuses_are_computed(seeds, tmp_path):
    cid = row_of(tracked(seeds)["statuses"], seeds.commitments, "take part in INNOPROM").name
    path = write(tmp_path, f"- commitment: {cid}\n  status: superseded\n")
    fixed = core.load(SEEDS, corrections=path)
    assert fixed.errors.empty  # a status correction matches its commitment on load and changes no field
    st = tracked(fixed, corrections.read(path))["statuses"].set_index("commitment_id").loc[cid]
    assert st["status"] == "superseded" and st["corrected"]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- commitment: x\n  status: done\n", "corrections.yaml:1: 'status' goes with"),
        (
            "- commitment: x\n  status: fulfilled\n- release: y\n  set: {venu: Seoul}\n",
            "corrections.yaml:3: 'venu' is not",
        ),
        ("- release: y\n  set: {meeting_date: 2018-02-30}\n", "corrections.yaml:1: releases.meeting_date"),
        ("- release: y\n  set: {release_id: z}\n", "corrections.yaml:1: 'release_id' is an id"),
        ("- frame: participants\n  set: {title: X}\n", "corrections.yaml:1: 'frame' needs 'where'"),
        ("- commitment: x\n  status: [fulfilled\n", "corrections.yaml:"),
        ("commitment: x\n", "corrections.yaml:1: expected a list"),
        ("- commitment: x\n", "corrections.yaml:1: the correction changes nothing"),
        ("- commitment: x\n  colour: red\n  status: fulfilled\n", "corrections.yaml:1: unknown key(s) ['colour']"),
    ],
)
def test_a_bad_corrections_file_names_file_and_line(tmp_path, text, message):
    with pytest.raises(corrections.CorrectionError, match="^" + re.escape(message)):
        corrections.read(write(tmp_path, text))


def test_corrections_path_comes_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(corrections.ENV, str(tmp_path / "x.yaml"))
    assert corrections.path() == tmp_path / "x.yaml" and corrections.read() == []


def test_tracking_nothing_gives_empty_frames_with_their_columns():
    """An empty library (or filters keeping no release) is tracked like any other corpus."""
    out = tracking.track(core.load([], cache=False, corrections=False).frames(), today=dt.date(2026, 1, 1))
    for name in ("followups", "statuses", "series"):
        assert out[name].empty
        enforce(out[name], name)
