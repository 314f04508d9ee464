"""Reader page under AppTest: a release opened by its URL, its extractions marked in escaped text,
and hostile text staying text."""

from __future__ import annotations

import html
import re

import pytest
from apptest_support import CORPUS, DATASETS, SEEDS, buttons, check_download, expected, open_page, rerun

import core
import core.extract.dates
from core.frames.filters import Filters
from ui import state
from ui.highlight import Span, spans, to_html


def text_html(at) -> str:
    return next(h.value for h in at.html if "accord-text" in h.value)


def visible_text(markup: str) -> str:
    body = markup.split('<div class="accord-text">', 1)[1].rsplit("</div>", 1)[0]
    return html.unescape(re.sub(r"<[^>]+>", "", body))


@pytest.mark.parametrize("data", DATASETS)
def test_every_release_opens_with_its_marks(monkeypatch, data):
    view = expected(data)
    at = open_page(monkeypatch, data, "reader")
    for rel in view["releases"].itertuples():
        at = rerun(at.selectbox(key=state.READER_PICK).set_value(rel.release_id))
        assert at.query_params["release"] == rel.release_id
        assert at.header[0].value.replace("\\", "") == rel.title
        markup = text_html(at)
        assert visible_text(markup) == rel.text
        n = int((view["commitments"]["release_id"] == rel.release_id).sum())
        assert markup.count("commitment") >= n + 1  # the key names it once


def test_url_opens_a_release_even_outside_the_filter(monkeypatch):
    r = expected(SEEDS)["releases"]
    first, query = r["release_id"].iloc[0], r["title"].iloc[1]
    assert first not in set(expected(SEEDS, Filters(search=query))["releases"]["release_id"])
    at = open_page(monkeypatch, SEEDS, "reader", release=first, q=query)
    assert at.selectbox(key=state.READER_PICK).value == first
    assert "outside the current filters" in at.info[0].value


def test_hostile_text_is_escaped(monkeypatch, tmp_path):
    first, *others = sorted(SEEDS.glob("*.txt"))
    seed = first.read_text(encoding="utf-8")
    evil = "<script>alert(1)</script> <img src=x onerror=alert(2)> **bold** [link](javascript:alert(3))"
    lines = seed.splitlines()
    title_at = next(i for i, line in enumerate(lines) if len(line.split()) > 6)
    lines[title_at] += " " + evil
    lines.append("5. The two sides agreed to cooperate on energy. " + evil)
    data = "\n".join(lines).encode()
    (rid,) = core.load([core.Upload("evil.txt", data)]).releases["release_id"]
    for other in others:  # not the seed it is made from: with it loaded, it would be a copy, counted once
        (tmp_path / other.name).write_bytes(other.read_bytes())
    at = open_page(monkeypatch, tmp_path, "data")
    at.file_uploader[0].set_value(("evil.txt", data, "text/plain"))
    at = rerun(at.get("form_submit_button")[0].click())
    at = rerun(at.switch_page("pages/reader.py"))
    at = rerun(at.selectbox(key=state.READER_PICK).set_value(rid))
    for markup in (h.value for h in at.html):
        assert "<script" not in markup and "<img" not in markup
    assert "&lt;script&gt;" in text_html(at)
    assert "alert(3)" in visible_text(text_html(at))
    assert "<script>" in at.header[0].value.replace("\\", "") and "\\*\\*bold" in at.header[0].value


def test_overlapping_marks_combine():
    r = expected(SEEDS)["releases"].iloc[0]
    text = r["text"]
    marks = [Span(0, 10, "area", "a <b>"), Span(5, 20, "commitment", 'c "q"')]
    out = to_html(text, marks)
    assert '<mark class="area commitment" title="a &lt;b&gt;\nc &quot;q&quot;">' in out
    assert visible_text(out) == text
    assert spans(text, expected(SEEDS), r["release_id"])


def test_extraction_tables_download(monkeypatch):
    rid = expected(SEEDS)["commitments"]["release_id"].iloc[0]
    at = open_page(monkeypatch, SEEDS, "reader", release=rid)
    check_download(buttons(at, "reader_commitments")["csv"], "csv")
    check_download(buttons(at, "reader_areas")["csv"], "csv")


def test_past_sessions_a_release_lists_are_marked_and_tabled(monkeypatch):
    view = expected(CORPUS)
    listing = view["sessions"]["release_id"].value_counts()
    rid, n = listing.index[0], int(listing.iloc[0])
    at = open_page(monkeypatch, CORPUS, "reader", release=rid)
    marks = re.findall(r'<mark class="[^"]*\bsession\b[^"]*" title="([^"]*)"', text_html(at))
    listed = view["sessions"][view["sessions"]["release_id"] == rid]
    assert len(marks) == n
    assert all(f"{d:%Y-%m-%d}" in " ".join(marks) for d in listed["date"])
    assert f"Past sessions listed ({n})" in [t.label for t in at.tabs]


def test_the_date_evidence_is_a_short_list(monkeypatch):
    """The seed UNHRC release: the sentence in the facts, then each piece of evidence as a bullet."""
    view = expected(SEEDS)
    rel = view["releases"][view["releases"].date_basis == "known_event"].iloc[0]
    at = open_page(monkeypatch, SEEDS, "reader")
    at = rerun(at.selectbox(key=state.READER_PICK).set_value(rel.release_id))
    why = next(m.value for m in at.markdown if m.value.startswith("**Why this date**"))
    bullets = [line[2:].replace("\\", "") for line in why.splitlines() if line.startswith("- ")]
    assert bullets == core.extract.dates.evidence_parts(rel.date_evidence)[1]
    assert any("37th" in b and "2018" in b for b in bullets)
    assert any(b.startswith("Kang Kyung-wha was Minister of Foreign Affairs 2017-06-18 to 2021-02-08") for b in bullets)
