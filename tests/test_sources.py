"""Reading inputs: encodings, HTML, folders, zips, uploads, and bad input that must not stop a batch."""

from __future__ import annotations

import io
import zipfile

import pytest

import core
from core.ingest.sources import MAX_FILE_BYTES, Upload
from tests.conftest import SEEDS

SEED = (SEEDS / "rok-russia-foreign-ministers-unhrc37.txt").read_text(encoding="utf-8")
PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 64


def _zip(members: dict[str, bytes]) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return buf.getvalue()


def _one(corpus: core.Corpus):
    assert corpus.errors.empty, corpus.errors.to_dict("records")
    assert len(corpus.releases) == 1
    return corpus.releases.iloc[0]


@pytest.mark.parametrize(
    "encoding",
    ["utf-8", "utf-8-sig", "utf-16", "utf-16-le-bom", "cp949", "latin-1"],
)
def test_encodings_decode_to_the_same_release(encoding):
    text = SEED if encoding != "latin-1" else SEED.replace("’", "'").replace("“", '"').replace("”", '"')
    text = text if encoding not in ("latin-1",) else "".join(ch for ch in text if ord(ch) < 256)
    data = b"\xff\xfe" + text.encode("utf-16-le") if encoding == "utf-16-le-bom" else text.encode(encoding)
    row = _one(core.load(Upload(f"seed.{encoding}.txt", data)))
    assert row.title.startswith("Outcome of ROK-Russia Foreign Ministerial Meeting")
    assert row.meeting_date.date().isoformat() == "2018-02-28"


def test_cp949_korean_navigation_is_stripped():
    row = _one(core.load(Upload("kr.txt", SEED.encode("cp949", errors="replace"))))
    assert "바로가기" not in row.text


def test_html_page_is_read_without_chrome_or_script():
    paragraphs = "".join(f"<p>{p}</p>" for p in SEED.split("\n\n")[2:] if p.strip())
    html = (
        "<html><head><title>MOFA</title><script>alert('x')</script><style>p{}</style></head>"
        "<body><nav>Home Press</nav><article><h3>Outcome of ROK-Russia Foreign Ministerial Meeting Held on "
        "Sidelines of 37th UNHRC Session</h3>" + paragraphs + "</article><footer>Copyright</footer></body></html>"
    )
    row = _one(core.load(Upload("page.html", html.encode())))
    assert row.title.startswith("Outcome of ROK-Russia")
    assert "alert" not in row.text and "Copyright" not in row.text and "<p>" not in row.text
    assert row.counterpart == "Russia"


def test_same_text_twice_is_one_release(tmp_path):
    (tmp_path / "a.txt").write_text(SEED, encoding="utf-8")
    (tmp_path / "b.txt").write_text(SEED, encoding="utf-16")
    corpus = core.load([tmp_path, SEEDS])
    assert len(corpus.releases) == 2 and corpus.errors.empty


def test_folder_is_read_recursively(tmp_path):
    (tmp_path / "x" / "y").mkdir(parents=True)
    (tmp_path / "x" / "y" / "r.txt").write_text(SEED, encoding="utf-8")
    assert len(core.load(tmp_path).releases) == 1


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "empty"),
        ("blank.txt", b"  \n\n ", "empty"),
        ("image.txt", PNG, "PNG image"),
        ("doc.pdf", b"%PDF-1.4\n" + b"\x00" * 50, "PDF"),
        ("short.txt", b"Press Releases\nHello there.", "too little English text"),
        ("binary.bin", bytes(range(256)) * 40, "binary"),
        ("broken.zip", b"PK\x03\x04 not really a zip", "not a readable zip"),
        ("huge.txt", b"a" * (MAX_FILE_BYTES + 1), "too large"),
    ],
)
def test_bad_input_is_an_error_row_naming_the_file(name, data, problem):
    corpus = core.load([Upload(name, data), SEEDS])
    assert len(corpus.releases) == 2, "what loaded before must stay loaded"
    rows = corpus.errors[corpus.errors.source == name]
    assert len(rows) == 1, corpus.errors.to_dict("records")
    assert problem in rows.iloc[0].problem


def test_missing_path_is_an_error_row(tmp_path):
    corpus = core.load([tmp_path / "nope.txt"])
    assert "no such file" in corpus.errors.iloc[0].problem


def test_zip_with_releases_and_bad_members():
    data = _zip({"a/r1.txt": SEED.encode(), "../evil.txt": SEED.encode(), "empty.txt": b""})
    corpus = core.load(Upload("batch.zip", data))
    assert len(corpus.releases) == 1
    problems = dict(zip(corpus.errors.source, corpus.errors.problem))
    assert "unsafe path" in problems["batch.zip/../evil.txt"]
    assert "empty" in problems["batch.zip/empty.txt"]


def test_zip_inside_zip_is_read_and_depth_is_bounded():
    inner = _zip({"r.txt": SEED.encode()})
    assert len(core.load(Upload("outer.zip", _zip({"inner.zip": inner}))).releases) == 1
    deep = _zip({"l2.zip": _zip({"l3.zip": inner})})
    corpus = core.load(Upload("deep.zip", deep))
    assert corpus.releases.empty and "nested" in corpus.errors.iloc[0].problem


def test_zip_bomb_is_refused():
    corpus = core.load(Upload("bomb.zip", _zip({"zeros.txt": b"0" * (4 * 1024 * 1024)})))
    assert corpus.releases.empty
    assert "zip bomb" in corpus.errors.iloc[0].problem


def test_200_mb_text_is_refused_by_the_size_limit(tmp_path):
    big = tmp_path / "huge.txt"
    with big.open("wb") as fh:
        fh.truncate(200 * 1024 * 1024)  # sparse: 200 MB on paper, nothing written
    corpus = core.load([big, SEEDS])
    assert len(corpus.releases) == 2
    assert "too large (209.7 MB)" in corpus.errors.set_index("source").problem[str(big)]


def test_deeply_nested_html_is_read_or_refused_without_harm():
    deep = "<div>" * 50_000 + SEED.replace("\n", "<br>") + "</div>" * 50_000
    corpus = core.load([SEEDS, Upload("deep.html", f"<html><body>{deep}</body></html>".encode())])
    assert len(corpus.releases) == 2  # the same text as a seed: read and deduplicated, or refused
    assert corpus.errors.empty or "nested too deeply" in corpus.errors.problem.iloc[0]


def test_event_handlers_and_scripts_never_reach_the_text():
    body = "".join(f"<p onclick=\"alert('x')\" onmouseover='steal()'>{p}</p>" for p in SEED.split("\n\n") if p.strip())
    html = f"<html><body><script>document.cookie</script><iframe src=x></iframe>{body}<svg onload=alert(1)></svg></body></html>"
    row = _one(core.load(Upload("handlers.html", html.encode())))
    for needle in ("onclick", "alert", "steal", "document.cookie", "<"):
        assert needle not in row.text


def test_a_truncated_release_still_loads():
    row = _one(core.load(Upload("cut.txt", SEED[: len(SEED) // 3].encode())))
    assert row.title.startswith("Outcome of ROK-Russia") and row.meeting_date.year == 2018


def test_html_inline_elements_and_source_line_breaks_stay_inside_their_paragraph():
    """As a browser shows it: a span or link is part of its line, a line break in the page's
    source is a space, and a block (paragraph, list item, heading) is a line of its own."""
    from core.ingest.sources import html_to_text

    html = (
        "<html><body><div class='board_view'><h4>Outcome of Korea-Japan Director-General-Level Consultation</h4>"
        "<ul><li><span>Date</span> <span>2021-01-18</span></li></ul>"
        "<p><span>1. Mr. Kim Jung-han had a virtual consultation with Mr.</span><span> Funakoshi\n"
        "Takehiro</span>, <a href='#'>Director-General</a> of the Asian and Oceanian Affairs Bureau.</p>"
        "<p>2. The two sides agreed.<br>They will meet again.</p></div></body></html>"
    )
    assert html_to_text(html).split("\n") == [
        "Outcome of Korea-Japan Director-General-Level Consultation",
        "",
        "Date 2021-01-18",
        "",
        "1. Mr. Kim Jung-han had a virtual consultation with Mr. Funakoshi Takehiro, Director-General of the Asian"
        " and Oceanian Affairs Bureau.",
        "",
        "2. The two sides agreed.",
        "They will meet again.",
        "",
    ]
