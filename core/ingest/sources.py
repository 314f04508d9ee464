"""Raw input to decoded documents: files, folders (recursive), zips and uploads.

Nothing here raises on bad input: every problem becomes a `Problem(source, message)` and the rest
of the batch goes on. Text is decoded by BOM first, then strict UTF-8, then charset-normalizer's
detection (CP949/EUC-KR, UTF-16 without BOM, Latin-1 …). HTML is reduced to text by BeautifulSoup
with lxml, dropping scripts, styles and page chrome.

A file on disk has a stamp (`stamp`): its path, device, inode, size, modification and change times
and the reader's own version. Given the stamps of files read before (`known`: stamp -> a key the
caller keeps for the file), `read_inputs` yields `Known` for those instead of reading them again.
A file that changed in any way has another stamp, and so does one changed too recently to tell
(`SETTLED_NS`): those are read and get none.
"""

from __future__ import annotations

import codecs
import hashlib
import io
import os
import re
import time
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from importlib import metadata
from pathlib import Path

MAX_FILE_BYTES = 5 * 1024 * 1024  # a press release is a few KB; 5 MB is far beyond any real one
MAX_ZIP_MEMBERS = 5000
MAX_ZIP_TOTAL_BYTES = 200 * 1024 * 1024
MAX_ZIP_RATIO = 100  # uncompressed / compressed size of one member
MAX_ZIP_DEPTH = 2
TEXT_SUFFIXES = {".txt", ".text", ".md", ""}
HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
SKIPPED_NAMES = {".DS_Store", "Thumbs.db", "__MACOSX"}
SETTLED_NS = 2_000_000_000  # a file changed less than this long ago may change again unseen by stat
_READER_PACKAGES = ("beautifulsoup4", "lxml", "charset-normalizer")  # what decides a file's text

_MAGIC = {
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"%PDF": "a PDF document (save the release as text or HTML)",
    b"PK\x03\x04": "a zip archive",
    b"\x1f\x8b": "a gzip archive",
    b"\xd0\xcf\x11\xe0": "a Microsoft Office file",
}


@dataclass(frozen=True)
class Upload:
    """A file given as bytes with a name, as a browser upload gives it."""

    name: str
    data: bytes


@dataclass(frozen=True)
class Document:
    source: str
    text: str
    is_html: bool = False
    stamp: str | None = None  # the file's stamp, when it is one file on disk holding one text


@dataclass(frozen=True)
class Problem:
    source: str
    message: str


@dataclass(frozen=True)
class Known:
    """A file left unread: its stamp is among the `known` ones, so it is as it was then."""

    source: str
    key: str  # what `known` gives for the stamp (the cache: the hash of the file's text)


Item = Document | Problem | Known


def read_inputs(inputs: Iterable[str | Path | Upload], known: Mapping[str, str] | None = None) -> Iterator[Item]:
    """Yield a Document or a Problem for every release found in `inputs` (`Known` for a file whose
    stamp is in `known`)."""
    known = known or {}
    for item in inputs:
        if isinstance(item, Upload):
            yield from _from_bytes(item.name, item.data)
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted((p for p in path.rglob("*") if p.is_file() and not _skipped(p)), key=_parts)
            if not files:
                yield Problem(str(path), "the folder holds no files")
            for p in files:
                yield from _from_path(p, known)
        elif path.exists():
            yield from _from_path(path, known)
        else:
            yield Problem(str(path), "no such file or folder")


def stamp(path: Path, st: os.stat_result) -> str | None:
    """What identifies the file and its contents to stat, or None while it has changed too
    recently (within `SETTLED_NS`: a rewrite in the same clock tick could keep every time)."""
    if time.time_ns() - max(st.st_mtime_ns, st.st_ctime_ns) < SETTLED_NS:
        return None
    fields = (
        _reader_version(),
        os.path.abspath(path),
        st.st_dev,
        st.st_ino,
        st.st_size,
        st.st_mtime_ns,
        st.st_ctime_ns,
    )
    return hashlib.blake2b("\0".join(map(str, fields)).encode(), digest_size=16).hexdigest()


@cache
def _reader_version() -> str:
    """This module's code and the versions of the packages it decodes with: a change may change a text."""
    versions = []
    for package in _READER_PACKAGES:
        try:
            versions.append(metadata.version(package))
        except metadata.PackageNotFoundError:
            versions.append("")
    return hashlib.sha256(Path(__file__).read_bytes() + " ".join(versions).encode()).hexdigest()[:12]


def _parts(path: Path) -> tuple[str, ...]:
    """The order of paths (as `Path < Path` orders them, at a fraction of the cost)."""
    return path.parts


def _skipped(path: Path) -> bool:
    return any(part in SKIPPED_NAMES or part.startswith(".") for part in path.parts[-3:])


def _from_path(path: Path, known: Mapping[str, str]) -> Iterator[Item]:
    try:
        st = path.stat()
        if st.st_size > MAX_FILE_BYTES and path.suffix.lower() != ".zip":
            yield Problem(str(path), _too_large(st.st_size))
            return
        mark = stamp(path, st)
        if mark in known:
            yield Known(str(path), known[mark])
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Problem(str(path), f"cannot be read ({exc.strerror or exc})")
        return
    for item in _from_bytes(str(path), data):  # a zip's members are not the file: they get no stamp
        yield replace(item, stamp=mark) if isinstance(item, Document) and item.source == str(path) else item


def _too_large(size: int) -> str:
    return f"too large ({size / 1e6:.1f} MB); a release may be at most {MAX_FILE_BYTES // 2**20} MB"


def _from_bytes(source: str, data: bytes, depth: int = 0) -> Iterator[Item]:
    suffix = Path(source).suffix.lower()
    if suffix == ".zip" or data[:4] == b"PK\x03\x04":
        yield from _from_zip(source, data, depth)
        return
    if not data.strip():
        yield Problem(source, "the file is empty")
        return
    if len(data) > MAX_FILE_BYTES:
        yield Problem(source, _too_large(len(data)))
        return
    for magic, what in _MAGIC.items():
        if data.startswith(magic):
            yield Problem(source, f"this is {what}, not a text or HTML release")
            return
    text = decode(data)
    if text is None:
        yield Problem(source, "binary data or an unknown text encoding; save it as UTF-8 text")
        return
    is_html = suffix in HTML_SUFFIXES or _looks_like_html(text)
    if is_html:
        try:
            text = html_to_text(text)
        except RecursionError:
            yield Problem(source, "the HTML is nested too deeply to read")
            return
    yield Document(source, text, is_html)


def decode(data: bytes) -> str | None:
    """Decode release bytes, or None when they are not text."""
    for bom, encoding in (
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" not in data:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            pass
    import charset_normalizer  # only for text that is not UTF-8 (~25 ms to import)

    best = charset_normalizer.from_bytes(data[:200_000]).best()
    if best is None:
        return None
    text = data.decode(best.encoding, errors="replace")
    printable = sum(ch.isprintable() or ch.isspace() for ch in text[:20_000])
    return text if printable >= 0.95 * len(text[:20_000]) else None


def _looks_like_html(text: str) -> bool:
    head = text[:2000].lstrip().lower()
    return head.startswith(("<!doctype html", "<html")) or ("<body" in head and "</" in text)


_CHROME_TAGS = ("script", "style", "noscript", "iframe", "nav", "header", "footer", "form", "svg", "button")


_BLOCK_TAGS = (
    *("p", "div", "li", "ul", "ol", "dl", "dt", "dd", "table", "tr", "th", "td", "caption", "section", "article"),
    *("main", "aside", "blockquote", "pre", "address", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6"),
)


def html_to_text(html: str) -> str:
    """The readable text of an HTML page, one block per line, without scripts and navigation.
    Inline elements (spans, links, emphasis) stay inside their line; line breaks in the source
    are spaces, as a browser shows them."""
    from bs4 import BeautifulSoup, NavigableString  # only for HTML (~100 ms to import)

    soup = BeautifulSoup(html, "lxml")
    for tag in soup(_CHROME_TAGS):
        tag.decompose()
    for text in soup.find_all(string=True):
        if type(text) is NavigableString and text.find_parent("pre") is None:
            text.replace_with(re.sub(r"\s+", " ", str(text)))
    for br in soup.find_all("br"):
        br.replace_with("\n")
    for block in soup.find_all(_BLOCK_TAGS):
        block.insert_before("\n")
        block.append("\n")
    main = soup.find("article") or soup.find("main") or soup.body or soup
    title = ""
    heading = main.find(["h1", "h2", "h3", "h4"]) if main else None
    if heading is None and soup.title:
        title = soup.title.get_text(" ", strip=True) + "\n\n"
    lines = (line.strip() for line in main.get_text("").split("\n"))
    return title + re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def _from_zip(source: str, data: bytes, depth: int) -> Iterator[Item]:
    if depth >= MAX_ZIP_DEPTH:
        yield Problem(source, "a zip nested inside zips too deeply; unpack it first")
        return
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = [m for m in archive.infolist() if not m.is_dir()]
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        yield Problem(source, f"not a readable zip archive ({exc})")
        return
    if len(members) > MAX_ZIP_MEMBERS:
        yield Problem(source, f"the zip holds {len(members)} files; at most {MAX_ZIP_MEMBERS} are read")
        return
    total = 0
    for member in members:
        name = f"{source}/{member.filename}"
        if _unsafe_member(member.filename):
            yield Problem(name, "unsafe path inside the zip (absolute or '..'); skipped")
            continue
        if _skipped(Path(member.filename)):
            continue
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > MAX_FILE_BYTES and not member.filename.lower().endswith(".zip"):
            yield Problem(name, _too_large(member.file_size))
            continue
        if ratio > MAX_ZIP_RATIO or total > MAX_ZIP_TOTAL_BYTES:
            yield Problem(name, "refused: it expands far more than a text file does (zip bomb guard)")
            continue
        try:
            with archive.open(member) as fh:
                content = fh.read(MAX_ZIP_TOTAL_BYTES + 1)
        except (zipfile.BadZipFile, OSError, RuntimeError, EOFError, ValueError) as exc:
            yield Problem(name, f"cannot be extracted from the zip ({exc})")
            continue
        yield from _from_bytes(name, content, depth + 1)


def _unsafe_member(name: str) -> bool:
    parts = name.replace("\\", "/").split("/")
    return name.startswith(("/", "\\")) or ".." in parts or (len(name) > 1 and name[1] == ":")
