"""Meeting page under AppTest: a meeting's accounts side by side on real accounts (tests/accounts)
with the releases they report, opened by URL, from the reader and the timeline; filters apply."""

from __future__ import annotations

import shutil

import pytest
from apptest_support import CORPUS, ROOT, SEEDS, open_page, rerun

import core
from core.meetings import compare
from core.vocab import load_vocab
from ui import state

ACCOUNTS = ROOT / "tests" / "accounts"
MUNICH = "jp-fm-meeting-munich-security-conference.txt"
UNGA = "jp-fm-meeting-unga-69th.txt"


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    """Two ROK releases with their five accounts (Japanese, English, news) and one lone release."""
    folder = tmp_path_factory.mktemp("meetings")
    for name in (MUNICH, UNGA, "ru-policy-consultation-18th.txt"):
        shutil.copy(CORPUS / name, folder / name)
    for name in (
        "yonhap-kang-motegi-munich.txt",
        "japantimes-motegi-kang-munich.txt",
        "mofaj-motegi-kang-munich-japanese.txt",
        "kyodo-kishida-yun-unga.txt",
        "mofaj-kishida-yun-unga-japanese.txt",
    ):
        shutil.copy(ACCOUNTS / name, folder / name)
    return folder


@pytest.fixture(scope="module")
def loaded(data):
    return core.load([str(data)])


def _meeting_of(loaded, name):
    r = loaded.releases
    return r.loc[r.source.str.endswith(name), "meeting_id"].iloc[0]


def test_every_meeting_shows_its_accounts_side_by_side(monkeypatch, data, loaded):
    listed = compare.meetings(loaded.releases)
    assert len(listed) == 2
    at = open_page(monkeypatch, data, "meeting")
    for mid in listed.meeting_id:
        at = rerun(at.selectbox(key=state.MEETING_PICK).set_value(mid))
        assert at.query_params[state.MEETING] == mid
        accs = compare.accounts_of(loaded.releases, mid)
        heads = [h.value.replace("\\", "") for h in at.subheader]
        assert heads[: len(accs)] == list(accs.label)
        people = at.dataframe[0].value
        expected = compare.participants_by_account(accs, loaded.participants, load_vocab())
        assert sorted(people.name) == sorted(expected.name)
        areas = compare.areas_by_account(accs, loaded.areas)
        assert list(at.dataframe[1].value.only_in) == list(areas.only_in)
        said = compare.commitments_by_account(accs, loaded.commitments)
        assert list(at.dataframe[2].value.only_here) == list(said.only_here)
        texts = [h.value for h in at.html if "accord-account" in h.value]
        assert len(texts) == len(accs)


def test_names_in_another_script_are_shown_as_the_account_writes_them(monkeypatch, data, loaded):
    at = open_page(monkeypatch, data, "meeting", meeting=_meeting_of(loaded, MUNICH))
    names = set(at.dataframe[0].value.name)
    assert "茂木敏充 (Toshimitsu Motegi)" in names and "康京和 (Kang Kyung-wha)" in names
    texts = [h.value for h in at.html if "accord-account" in h.value]
    assert any('lang="ja"' in t and "日韓外相会談" in t for t in texts)  # shown as it is


def test_filters_apply_and_a_link_still_opens_its_meeting(monkeypatch, data, loaded):
    munich = _meeting_of(loaded, MUNICH)
    at = open_page(monkeypatch, data, "meeting", q="Kishida")
    options = at.selectbox(key=state.MEETING_PICK).options
    assert len(options) == 1 and "Munich" not in options[0]
    at = open_page(monkeypatch, data, "meeting", q="Kishida", meeting=munich)
    assert at.selectbox(key=state.MEETING_PICK).value == munich
    assert "outside the current filters" in at.info[0].value


def test_no_meeting_with_several_accounts(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "meeting")
    assert "No meeting with more than one account" in at.warning[0].value


def test_reader_and_timeline_lead_to_the_meeting(monkeypatch, data, loaded):
    munich = _meeting_of(loaded, MUNICH)
    rid = loaded.releases.loc[loaded.releases.source.str.endswith(MUNICH), "release_id"].iloc[0]
    at = open_page(monkeypatch, data, "reader", release=rid)
    assert any(f"meeting?meeting={munich}" in m.value for m in at.markdown)
    at = open_page(monkeypatch, data, "timeline")
    table = at.dataframe[0].value
    assert len(table) == loaded.releases.meeting_id.nunique()  # one row per meeting
    assert f"meeting?meeting={munich}" in set(table["compare"].dropna())
