"""Data page under AppTest: sources and problems, uploads (good, bad, zip) that add to what is
loaded without losing it, and every frame as CSV and XLSX."""

from __future__ import annotations

import io
import sys
import zipfile

import openpyxl
import pandas as pd
import pytest
from apptest_support import CORPUS, DATASETS, SEEDS, buttons, check_download, expected, open_page, rerun

import core
from core.frames.schema import FRAMES


def upload(at, *files):
    at.file_uploader[0].set_value(list(files))
    return rerun(at.get("form_submit_button")[0].click())


def sources(at) -> pd.DataFrame:
    return at.dataframe[0].value


@pytest.mark.parametrize("data", DATASETS)
def test_sources_and_problems(monkeypatch, data):
    at = open_page(monkeypatch, data, "data")
    view = expected(data)
    assert sorted(sources(at)["release_id"]) == sorted(view["releases"]["release_id"])
    if view["errors"].empty:
        assert "Every file was read" in at.success[0].value


@pytest.mark.parametrize("data", DATASETS)
def test_every_frame_downloads_as_csv_and_xlsx(monkeypatch, data):
    at = open_page(monkeypatch, data, "data")
    view = expected(data)
    for name in FRAMES:
        found = buttons(at, f"frame_{name}")
        csv = pd.read_csv(io.BytesIO(check_download(found["csv"], "csv")), encoding="utf-8-sig")
        assert len(csv) == len(view[name]) and list(csv.columns) == list(view[name].columns)
        ws = openpyxl.load_workbook(io.BytesIO(check_download(found["xlsx"], "xlsx"))).active
        assert ws.max_row == len(view[name]) + 1


def test_one_workbook_holds_every_frame_and_describes_its_columns(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "data")
    view = expected(SEEDS)
    wb = openpyxl.load_workbook(io.BytesIO(check_download(buttons(at, "data_workbook")["workbook"], "xlsx")))
    assert wb.sheetnames == [*FRAMES, "followups", "statuses", "series", "columns"]
    for name in FRAMES:
        assert wb[name].max_row == len(view[name]) + 1, name
    assert wb["statuses"].max_row == len(view["commitments"]) + 1
    header = [c.value for c in wb["commitments"][1]]
    assert {"meeting_date", "title", "counterpart"} <= set(header)
    described = pd.DataFrame(list(wb["columns"].values)[1:], columns=["frame", "column", "type", "meaning"])
    for name in wb.sheetnames[:-1]:
        columns = [c.value for c in wb[name][1]]
        mine = described[described["frame"] == name]
        assert list(mine["column"]) == columns and mine["meaning"].str.len().gt(0).all(), name


def test_upload_adds_releases_everywhere(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "data")
    before = len(sources(at))
    extra = sorted(CORPUS.glob("ru-*.txt"))[:2]
    at = upload(at, *[(p.name, p.read_bytes(), "text/plain") for p in extra])
    assert len(sources(at)) == before + 2
    assert all(p.name in " ".join(s.value for s in at.success) for p in extra)
    at = rerun(at.switch_page("pages/overview.py"))
    assert next(m.value for m in at.metric if m.label == "Releases") == str(before + 2)


def test_load_without_a_file_says_so_and_keeps_what_was_loaded(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "data")
    before = sorted(sources(at)["release_id"])
    at = rerun(at.get("form_submit_button")[0].click())
    assert "Choose a file first" in " ".join(w.value for w in at.warning)
    assert sorted(sources(at)["release_id"]) == before


def test_zip_upload(monkeypatch):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for p in sorted(CORPUS.glob("jp-*.txt"))[:3]:
            z.writestr(f"japan/{p.name}", p.read_bytes())
    at = open_page(monkeypatch, SEEDS, "data")
    before = len(sources(at))
    at = upload(at, ("japan.zip", buf.getvalue(), "application/zip"))
    assert len(sources(at)) == before + 3
    assert "japan.zip: 3 release(s) added" in at.success[0].value


def test_bad_upload_names_the_file_and_keeps_what_was_loaded(monkeypatch):
    at = open_page(monkeypatch, SEEDS, "data")
    before = sorted(sources(at)["release_id"])
    png = b"\x89PNG\r\n\x1a\n" + bytes(64)
    at = upload(at, ("photo.txt", png, "text/plain"), ("notes.txt", b"milk, eggs, bread", "text/plain"))
    errors = " ".join(e.value for e in at.error)
    assert "photo.txt" in errors and "PNG" in errors
    assert "notes.txt" in errors
    assert sorted(sources(at)["release_id"]) == before
    good = sorted(SEEDS.glob("*.txt"))[0]
    at = upload(at, (good.name, good.read_bytes(), "text/plain"))
    assert sorted(sources(at)["release_id"]) == before
    assert f"{good.name}: already loaded" in at.info[0].value


def test_filter_changes_and_page_switches_do_not_read_files_again(monkeypatch):
    from ui import data as ui_data

    calls = []
    real = core.load
    monkeypatch.setattr(core, "load", lambda inputs, *a, **k: calls.append(inputs) or real(inputs, *a, **k))
    ui_data._load.clear()
    at = open_page(monkeypatch, SEEDS, "timeline")
    assert len(calls) == 1
    at = rerun(at.text_input(key="filter_q").input("Arctic"))
    at = rerun(at.switch_page("pages/areas.py"))
    at = rerun(at.switch_page("pages/data.py"))
    assert len(calls) == 1
    rerun(at.button[0].click())  # "Read the files again"
    assert len(calls) == 2


def test_data_argument_wins_over_the_environment(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py", "--data", str(CORPUS)])
    at = open_page(monkeypatch, SEEDS, "data")  # ACCORD_DATA=seeds, --data=corpus
    assert str(CORPUS.resolve()) in at.caption[0].value  # the path as read, symbolic links resolved
    assert sorted(sources(at)["release_id"]) == sorted(expected(CORPUS)["releases"]["release_id"])


def test_seeds_by_default(monkeypatch):
    monkeypatch.setattr(sys, "argv", ["app.py"])
    monkeypatch.delenv("ACCORD_DATA", raising=False)
    from ui.data import DEFAULT, data_paths

    assert data_paths() == (str(DEFAULT),) and DEFAULT == SEEDS


def test_uploads_are_kept_in_the_library_across_sessions_and_can_be_trashed_and_restored(monkeypatch):
    from core.ingest.library import Library

    page = sorted(CORPUS.glob("ru-policy-*.txt"))[0]
    at = open_page(monkeypatch, SEEDS, "data")
    before = len(sources(at))
    at = upload(at, (page.name, page.read_bytes(), "text/plain"))
    assert len(sources(at)) == before + 1
    fresh = open_page(monkeypatch, SEEDS, "data")  # a new browser session (or a restart) sees it too
    assert len(sources(fresh)) == before + 1
    key = Library().entries()[0].key
    fresh.multiselect(key="library_remove").set_value([key])
    fresh = rerun(fresh.get("form_submit_button")[1].click())
    assert len(sources(fresh)) == before and [e.key for e in Library().trash()] == [key]
    fresh.multiselect(key="library_restore").set_value([key])
    fresh = rerun(fresh.get("form_submit_button")[-1].click())
    assert len(sources(fresh)) == before + 1 and Library().trash() == []


def test_an_upload_is_added_to_what_is_loaded_without_reading_the_folder_again(monkeypatch):
    from ui import data

    data.reload()
    at = open_page(monkeypatch, CORPUS, "data")
    calls: list[list] = []
    real = core.load
    monkeypatch.setattr(core, "load", lambda inputs, *a, **k: calls.append(list(inputs)) or real(inputs, *a, **k))
    page = sorted(CORPUS.glob("ru-*.txt"))[0]
    text = page.read_bytes() + b"\n\n9. The two sides agreed to meet again in the next round."
    at = upload(at, ("next-round.txt", text, "text/plain"))
    assert "next-round.txt: 1 release(s) added" in at.success[0].value
    folder = {str(CORPUS), str(CORPUS.resolve())}
    assert calls and not any(folder & set(map(str, inputs)) for inputs in calls)  # only the upload was read
    full = real([CORPUS, core.Upload("next-round.txt", text)], cache=False)
    assert sorted(sources(at)["release_id"]) == sorted(full.releases["release_id"])


def test_a_broken_vocabulary_is_reported_and_the_last_good_one_is_used(monkeypatch, tmp_path):
    import shutil

    from core import vocab as vocab_module

    folder = tmp_path / "vocab"
    shutil.copytree(vocab_module.VOCAB_DIR, folder)
    monkeypatch.setenv("ACCORD_VOCAB_SNAPSHOT", str(tmp_path / "snapshot"))
    vocab_module.load_vocab_or_last_good(folder)  # the good version is remembered
    areas = folder / "areas.yaml"
    areas.write_text(
        areas.read_text(encoding="utf-8").replace("keywords: [shipbuilding,", "keywords: [energy, shipbuilding,")
    )
    monkeypatch.setattr(vocab_module, "VOCAB_DIR", folder)
    monkeypatch.setattr(vocab_module.load_vocab_or_last_good, "__defaults__", (folder, None))
    at = open_page(monkeypatch, SEEDS, "data")
    message = " ".join(e.value for e in at.error)
    assert "areas.yaml:" in message and "keyword 'energy' is in both" in message
    assert len(sources(at)) == 2


def test_the_dashboard_keeps_normalised_releases_in_the_cache(monkeypatch, tmp_path):
    from ui import data as ui_data

    monkeypatch.setenv("ACCORD_CACHE", str(tmp_path / "cache"))
    ui_data._load.clear()
    open_page(monkeypatch, SEEDS, "data")
    assert list((tmp_path / "cache").rglob("*.parquet")), "the first load writes the cache"
