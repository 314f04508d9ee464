"""Accounts of one meeting: publisher, language, meeting_id, dates from other accounts
(core/meetings, core/extract/provenance) on the 18 real accounts of tests/accounts/."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import re
from pathlib import Path

import pandas as pd
import pytest

import core
from core import charts
from core.extract.provenance import detect_language, foreign_date
from core.meetings.link import accounts, compare
from core.track.followups import followups
from core.vocab import load_vocab

ROOT = Path(__file__).resolve().parents[1]
ACCOUNTS = ROOT / "tests" / "accounts"
with (ROOT / "tests" / "accounts-sources.tsv").open(encoding="utf-8") as fh:
    SOURCES = list(csv.DictReader(fh, delimiter="\t"))


@pytest.fixture(scope="module")
def everything() -> core.Corpus:
    return core.load([ROOT / "seeds", ROOT / "tests" / "corpus", ACCOUNTS], corrections=False)


def _row(frame: pd.DataFrame, path: str) -> pd.Series:
    rows = frame[frame.source.map(lambda s: Path(s).name) == Path(path).name]
    assert len(rows) == 1, path
    return rows.iloc[0]


@pytest.mark.parametrize("src", SOURCES, ids=lambda s: s["file"])
def test_each_account_is_linked_to_its_meetings_release_and_nothing_else(everything, src):
    releases = everything.releases
    account, release = _row(releases, src["file"]), _row(releases, src["release"])
    assert account.meeting_id == release.meeting_id, account.link_reason
    assert account.link_confidence in ("high", "medium", "low") and account.link_reason
    expected = {s["file"] for s in SOURCES if s["release"] == src["release"]} | {Path(src["release"]).name}
    together = set(releases.source[releases.meeting_id == account.meeting_id].map(lambda s: Path(s).name))
    assert together == expected


def test_no_two_corpus_releases_are_linked_unless_copies(everything):
    ours = everything.releases[~everything.releases.source.str.contains("/accounts/")]
    shared = ours[ours.duplicated("meeting_id", keep=False)]
    assert shared.link_reason.str.startswith("a copy").all(), shared[["source", "link_reason"]]


@pytest.mark.parametrize("src", SOURCES, ids=lambda s: s["file"])
def test_publisher_is_found_in_the_text_or_unknown(everything, src):
    row = _row(everything.releases, src["file"])
    if row.publisher == "unknown":
        raw = (ACCOUNTS / src["file"]).read_text(encoding="utf-8")
        name = src["publisher"].split(" (")[0].removeprefix("The ")
        assert name not in raw  # the text does not name its publisher: it is not guessed
    elif row.publisher == "Japan MOFA":
        assert "Ministry of Foreign Affairs of Japan" in src["publisher"]
    else:
        assert row.publisher.removeprefix("The ").split()[0] in src["publisher"]


def test_corpus_releases_are_rok_mofa_when_the_page_says_so(everything):
    ours = everything.releases[everything.releases.source.str.contains("tests/corpus")]
    assert (ours.publisher.eq("ROK MOFA") | ours.publisher.eq("unknown")).all()
    assert ours.publisher.eq("ROK MOFA").sum() >= 40


@pytest.mark.parametrize("src", SOURCES, ids=lambda s: s["file"])
def test_language_and_no_english_rules_on_other_languages(everything, src):
    row = _row(everything.releases, src["file"])
    named = {"Japanese": "ja", "Arabic": "ar", "Indonesian": "id"}
    expected = next((code for word, code in named.items() if word in src["publisher"]), "en")
    assert row.language == expected
    if expected != "en":
        rid = row.release_id
        for frame in ("participants", "commitments", "areas", "entities"):
            assert not getattr(everything, frame).release_id.eq(rid).any(), frame
        assert row.text.strip() and row.counterpart == "unknown"


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("河野太郎外相は11日、ベトナムの首都ハノイで韓国の康京和外相と会談した。", "ja"),
        ("Menteri Luar Negeri RI Retno Marsudi menyampaikan beberapa hal yang perlu mendapat perhatian.", "id"),
        ("بحث وزير الخارجية الروسي سيرغي لافروف مع نظيره الفرنسي الأوضاع في سوريا", "ar"),
        ("The two Ministers agreed to hold the next meeting in Seoul.", "en"),
    ],
)
def test_detect_language(text, code):
    assert detect_language(text) == code


@pytest.mark.parametrize(
    ("text", "language", "published", "expected"),
    [
        ("令和2年2月15日\n2月15日午前9時頃から約30分間", "ja", dt.date(2020, 2, 15), (2020, 2, 15)),
        ("平成26年9月26日\n25日(18時20分から約40分弱)", "ja", dt.date(2014, 9, 26), (2014, 9, 25)),
        ("【ハノイ時事】河野太郎外相は11日、会談した。", "ja", None, (None, None, 11)),
        ("dalam press briefing pada Jumat (25/6/2021).", "id", None, (2021, 6, 25)),
        ("Pertemuan pada 25 Juni 2021 di Jakarta.", "id", None, (2021, 6, 25)),
    ],
)
def test_foreign_dates_from_numbers(text, language, published, expected):
    d = foreign_date(text, language, published)
    assert (d.year, d.month, d.day)[-len(expected) :] == expected


def test_perspective_of_japans_ministry_and_of_news(everything):
    releases = everything.releases
    for src in SOURCES:
        row = _row(releases, src["file"])
        if row.language != "en" or row.counterpart in ("unknown", "multilateral"):
            continue
        if row.publisher == "Japan MOFA":  # the ROK (and another partner met the same day), never Japan itself
            assert row.counterpart.split(" and ")[0] == "ROK" and "Japan" not in row.counterpart
        elif row.publisher not in ("unknown",):
            assert row.counterpart.startswith("ROK–")


def test_a_news_report_leading_with_a_trilateral_reports_the_bilateral_but_two_ministries_releases_do_not(everything):
    releases, participants = everything.releases, everything.participants
    news = _row(releases, "yonhap-kang-motegi-munich.txt")
    release = _row(releases, "jp-fm-meeting-munich-security-conference.txt")
    assert news.counterpart == "ROK–US–Japan" and release.counterpart == "Japan"
    pair = releases[releases.release_id.isin([news.release_id, release.release_id])]
    trilateral, bilateral = sorted(accounts(pair, participants, load_vocab()), key=lambda a: -len(a.parties))
    assert trilateral.news and trilateral.parties > bilateral.parties
    assert compare(trilateral, bilateral, load_vocab()) is not None
    as_a_ministry = dataclasses.replace(trilateral, news=False, memo={})
    assert compare(as_a_ministry, bilateral, load_vocab()) is None


def test_dates_from_other_accounts_never_move_a_release_own_date(everything):
    alone = core.load([ACCOUNTS], corrections=False).releases.set_index("release_id")
    linked = everything.releases.set_index("release_id").loc[alone.index]
    own = ~alone.date_basis.isin(["unknown", "other_account"])
    assert (linked.meeting_date[own] == alone.meeting_date[own]).all()
    gained = linked[linked.date_basis.eq("other_account")]
    assert len(gained) >= 5
    for rid, row in gained.iterrows():
        source_id = row.date_evidence.rsplit(", ", 1)[-1].rstrip("]")
        source = everything.releases.set_index("release_id").loc[source_id]
        assert source.meeting_id == row.meeting_id and source.date_basis not in ("unknown", "other_account")
        assert abs((row.meeting_date - source.meeting_date).days) <= 1, rid


def test_a_date_line_earlier_than_the_meeting_is_not_trusted(tmp_path):
    raw = (ACCOUNTS / "yonhap-moon-putin-osaka.txt").read_text(encoding="utf-8")
    (tmp_path / "early.txt").write_text(raw.replace("date 2019-06-29", "date 2019-06-20", 1), encoding="utf-8")
    corpus = core.load([tmp_path], corrections=False, cache=False)
    [acc] = accounts(corpus.releases, corpus.participants, load_vocab())
    assert acc.full == dt.date(2019, 6, 29) and not acc.trusted


def test_a_truncated_copy_is_the_same_meeting_and_both_texts_are_kept(tmp_path):
    raw = (ROOT / "tests" / "corpus" / "ru-forum-provincial-cooperation.txt").read_text(encoding="utf-8")
    (tmp_path / "full.txt").write_text(raw, encoding="utf-8")
    (tmp_path / "truncated.txt").write_text(raw[: int(len(raw) * 0.7)], encoding="utf-8")
    releases = core.load([tmp_path], corrections=False, cache=False).releases
    assert len(releases) == 2 and releases.meeting_id.nunique() == 1
    assert releases.link_reason.str.startswith("a copy").all()


def test_adding_accounts_later_links_them_as_loading_all_at_once(everything):
    first = core.load([ROOT / "seeds", ROOT / "tests" / "corpus"], corrections=False)
    grown = core.add(first, [ACCOUNTS])
    ids = grown.releases.set_index("release_id").meeting_id
    assert ids.equals(everything.releases.set_index("release_id").meeting_id.loc[ids.index])


def test_the_other_sides_readout_dates_a_release_that_leaves_its_year_open(everything):
    release = _row(everything.releases, "jp-fm-meeting-singapore-arf.txt")
    readout = _row(everything.releases, "mofaj-kono-kang-singapore.txt")
    assert readout.publisher == "Japan MOFA" and readout.date_basis == "date_line"
    assert release.date_basis == "other_account" and release.meeting_date == readout.meeting_date
    assert readout.release_id in release.date_evidence and release.date_evidence.startswith("On August 2")


def test_without_its_release_an_account_is_linked_to_no_other_release():
    """Every release the accounts report taken away: no account may fall back on another meeting."""
    wanted = {Path(s["release"]).name for s in SOURCES}
    others = [p for p in sorted((ROOT / "tests" / "corpus").glob("*.txt")) if p.name not in wanted]
    releases = core.load([*others, ACCOUNTS], corrections=False).releases
    ours = releases[~releases.source.str.contains("/accounts/")]
    for mid in ours.meeting_id:
        together = releases.source[releases.meeting_id.eq(mid)]
        assert not together.str.contains("/accounts/").any(), list(together)


def test_areas_by_account_chart_on_a_meeting_and_on_nothing(everything):
    from core import charts
    from core.meetings import compare

    mid = _row(everything.releases, "jp-fm-meeting-unga-69th.txt").meeting_id
    table = compare.areas_by_account(compare.accounts_of(everything.releases, mid), everything.areas)
    fig = charts.areas_by_account(table)
    english = [c for c in table.columns if c not in ("area", "only_in")]
    assert [t.name for t in fig.data] == english and len(english) == 2  # the Japanese readout is not extracted
    only = table[table.only_in.ne("")]
    assert not only.empty and any("only in" in y for y in fig.data[0].y)
    for row in only.itertuples():
        assert (table.loc[row.Index, english] > 0).sum() == 1
    empty = charts.areas_by_account(table.iloc[0:0])
    assert not empty.data and "No account" in empty.layout.annotations[0].text


def test_a_header_line_that_is_only_a_date_is_the_pages_date_line():
    from core.ingest.clean import clean

    page = (ACCOUNTS / "mofaj-kono-kang-singapore.txt").read_text(encoding="utf-8")
    release = clean(page)
    assert release.published == dt.date(2018, 8, 2) and "August 2, 2018" not in release.text


@pytest.mark.parametrize(
    ("head", "publisher"),
    [
        ("Source: The Japan Times\n", "The Japan Times"),  # known: its vocabulary entry
        ("Source: Asahi Shimbun\n", "Asahi Shimbun"),  # unknown to the vocabulary: as the reader names it
        ("", "unknown"),
    ],
)
def test_a_reader_names_the_publisher_with_a_source_line(tmp_path, head, publisher):
    raw = (ACCOUNTS / "japantimes-kono-kang-tokyo.txt").read_text(encoding="utf-8")
    (tmp_path / "page.txt").write_text(head + raw, encoding="utf-8")
    [row] = core.load([tmp_path], corrections=False, cache=False).releases.itertuples()
    assert row.publisher == publisher
    assert row.counterpart == ("ROK–Japan" if publisher != "unknown" else "Japan")  # news: both parties
    assert not row.title.startswith("Source")  # the line is about the page, not part of it


def test_a_meeting_told_by_several_accounts_counts_once(everything):
    frames = everything.frames()
    r = frames["releases"]
    dated = r.dropna(subset=["meeting_date"])
    assert r["meeting_id"].nunique() < len(r), "the accounts are linked to their meetings"
    assert sum(sum(t.y) for t in charts.meetings_per_year(frames).data) == dated["meeting_id"].nunique()
    assert len(charts.meeting_rows(frames)) == r["meeting_id"].nunique()


def test_another_account_of_the_same_meeting_is_no_follow_up(everything):
    """A news report dated a day after the meeting (time zones) names what the release promised:
    it reports the promise, it does not follow it up."""
    frames = dict(everything.frames())
    r = frames["releases"]
    later = r.duplicated("meeting_id")
    frames["releases"] = r.assign(
        meeting_date=r["meeting_date"].where(~later, r["meeting_date"] + pd.Timedelta(days=1))
    )
    meeting = r.drop_duplicates("release_id").set_index("release_id")["meeting_id"]

    def same_meeting(fu: pd.DataFrame) -> int:
        return int((fu["release_id"].map(meeting) == fu["followup_release_id"].map(meeting)).sum())

    unlinked = dict(frames, releases=frames["releases"].assign(meeting_id=r["release_id"]))
    assert same_meeting(followups(unlinked)) > 0, "the case arises in these accounts"
    found = followups(frames)
    assert same_meeting(found) == 0
    assert len(found) > 0


def _without_date_line(text: str) -> str:
    return re.sub(r"\A\s*date \d{4}-\d{2}-\d{2}\s*\n", "", text)


def _first_half(text: str) -> str:
    lines = text.splitlines()
    return "\n".join(lines[: max(3, len(lines) // 2)])


@pytest.fixture(scope="module")
def base() -> core.Corpus:
    return core.load([ROOT / "seeds", ROOT / "tests" / "corpus"], corrections=False)


@pytest.mark.parametrize("variant", [_without_date_line, _first_half], ids=lambda v: v.__name__.strip("_"))
def test_an_account_in_another_shape_links_to_its_meeting_or_to_nothing(base, tmp_path, variant):
    """Accounts not seen before, made from the real ones as other copies would carry them (no
    date line from the copy, only the opening half of the page): each links to its meeting's
    release or stays alone, never to another meeting; most still link."""
    for src in SOURCES:
        (tmp_path / src["file"]).write_text(variant((ACCOUNTS / src["file"]).read_text(encoding="utf-8")), "utf-8")
    releases = core.add(base, [tmp_path]).releases
    linked = 0
    for src in SOURCES:
        if (releases.source == str(tmp_path / src["file"])).sum() == 0:
            continue  # too little left to be read as a release (its errors row says so)
        account = _row(releases, str(tmp_path / src["file"]))
        others = releases[(releases.meeting_id == account.meeting_id) & (releases.release_id != account.release_id)]
        names = set(others.source.map(lambda s: Path(s).name))
        allowed = {Path(src["release"]).name} | {s["file"] for s in SOURCES if s["release"] == src["release"]}
        assert names <= allowed, (src["file"], names, account.link_reason)
        linked += Path(src["release"]).name in names
    print(f"{variant.__name__}: {linked} of {len(SOURCES)} linked")
    assert linked >= len(SOURCES) * 2 // 3, linked
