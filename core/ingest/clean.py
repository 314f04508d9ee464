"""Decoded page text to a clean release: title, the page's Date line, body text and sentences.

Page chrome (Korean navigation, "Press Releases" headers, breadcrumbs, social links, hit
counters, "* unofficial translation", sign-off lines) is dropped line by line. The body keeps its
paragraphs and bullets; every `Sentence` knows its offsets in the body so evidence can point back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import unicodedata
from dataclasses import dataclass

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CHROME_LINE = re.compile(
    r"""^(?:
        kor|eng|press\ releases?|press|home|skip\ navigation|countries\ information|go\ to\ contents(?:\ go\ to\ navigation)?|
        screen\ size|gnb\ content\ footer|news\ focus|photo|source\s*:.*|
        ministry\ of\ foreign\ affairs(?:,?\ republic\ of\ korea)?|
        (?:\d+\.\s*)?(?:home|press|press\ releases?|ministry\ news)|
        .*\b(?:facebook|instagram|twitter|youtube|blog|flickr)|
        \*?\s*unofficial\ translation|
        (?:\*\s*)?the\ english\ version\ of\ .*|
        (?:•\s*)?hit\s*:?\s*\d*|\d+|date|list|print|share|top|
        spokesperson(?:\ and\ deputy\ minister\ for\ public\ relations)?(?:\ of\ mofa)?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_DATE_LINE = re.compile(
    r"^(?:•\s*)?(?:date\s*:?\s*)?(\d{4})[-./](\d{1,2})[-./](\d{1,2})(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$", re.I
)
_DATE_PREFIX = re.compile(r"^date (\d{4})-(\d{1,2})-(\d{1,2})\s+(\S.*)$")  # a copy's date glued to the first line
_WORD_DATE_LINE = re.compile(  # a header line that is only a date: "August 2, 2018", "December 20, 2017"
    r"^(January|February|March|April|May|June|July|August|September|October|November|December) (\d{1,2}), (\d{4})$"
)
_MONTH_NUMBER = {
    m: i
    for i, m in enumerate(
        [
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ],
        1,
    )
}
_DATE_LABEL = re.compile(r"^(?:•\s*)?date\s*:?\s*$", re.I)
_BULLET_PREFIX = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|\[[^\]]{1,60}\]|[°º◦•·※*▶■□ㅇ○●\-–]|o(?=\s))\s*")

_ABBREVIATIONS = {
    "mr",
    "mrs",
    "ms",
    "dr",
    "st",
    "no",
    "vs",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
    "corp",
    "co",
    "inc",
    "ltd",
    "gov",
    "gen",
    "amb",
    "prof",
    "u.s",
    "u.k",
    "l.p",
    "p",
    "a.m",
    "p.m",
    "e.g",
    "i.e",
    "etc",
    "approx",
    "bln",
    "mln",
    "jr",
}
_SENTENCE_END = re.compile(r"[.!?][\"”’)]*(?=\s+(?:[\"“‘(]?[A-Z0-9°º◦•※*\-–o]))")


@dataclass(frozen=True)
class Sentence:
    text: str  # without leading paragraph number or bullet
    start: int  # offset of `text` in the release body
    paragraph: int  # index of the paragraph (line) it belongs to
    note: bool  # a boxed note or footnote (※, *) rather than the release's own statement


@dataclass(frozen=True)
class CleanRelease:
    title: str
    title_derived: bool  # True when the page had no title and one was made from the first sentence
    published: dt.date | None
    text: str
    sentences: tuple[Sentence, ...]

    @property
    def release_id(self) -> str:
        key = re.sub(r"\s+", " ", f"{self.title}\n{self.text}").strip().casefold()
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


def clean(raw: str) -> CleanRelease:
    """Strip page chrome from `raw` and split what is left into title, Date line and body."""
    raw = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ")
    lines = [re.sub(r"[ \t]+", " ", ln).strip() for ln in raw.split("\n")]
    published, title, body = None, None, []
    if lines and (m := _DATE_PREFIX.match(lines[0])):
        published, lines[0] = _safe_date(*map(int, m.groups()[:3])), m.group(4)
    for i, line in enumerate(lines):
        if not line or _is_chrome(line):
            continue
        if m := _DATE_LINE.match(line):
            if published is None and (_DATE_LABEL.match(lines[i - 1] if i else "") or "date" in line.lower()):
                published = _safe_date(*map(int, m.groups()))
            continue
        if not body and published is None and (m := _WORD_DATE_LINE.match(line)):
            published = _safe_date(int(m.group(3)), _MONTH_NUMBER[m.group(1)], int(m.group(2)))
            continue
        if _DATE_LABEL.match(line) or line.endswith("상세보기"):
            continue
        if title is None and not body and _is_title(line):
            title = line
            continue
        if title is not None and not body and line == title:
            continue  # some templates repeat the title
        body.append(line)
    body = _join_wrapped(body)
    text = "\n\n".join(body)
    sentences = tuple(split_sentences(text))
    derived = title is None
    if derived:
        title = _title_from(sentences)
    return CleanRelease(title or "(untitled)", derived, published, text, sentences)


def _is_chrome(line: str) -> bool:
    if _HANGUL.search(line):
        hangul = len(_HANGUL.findall(line))
        return hangul / max(len(line.replace(" ", "")), 1) > 0.3 or len(line) < 40
    return bool(_CHROME_LINE.match(line))


def _is_title(line: str) -> bool:
    return not _BULLET_PREFIX.match(line) and len(line) <= 300 and not line.endswith((".", ":"))


def _join_wrapped(lines: list[str]) -> list[str]:
    """Join hard-wrapped lines: a line that does not end a sentence, followed by one that starts
    neither a numbered paragraph nor a bullet, continues it."""
    out: list[str] = []
    for line in lines:
        if out and not re.search(r"[.!?:;\"”’)\]]$", out[-1]) and not _BULLET_PREFIX.match(line):
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
    return out


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _title_from(sentences: tuple[Sentence, ...]) -> str | None:
    if not sentences:
        return None
    first = sentences[0].text
    if len(first) <= 140:
        return first.rstrip(".")
    cut = first[:140].rsplit(" ", 1)[0]
    return cut.rstrip(",;:") + "…"


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` with their offsets; paragraph numbers and bullets are not part of them."""
    out: list[Sentence] = []
    pos, note = 0, False
    for p_index, para in enumerate(text.split("\n\n")):
        prefix = _BULLET_PREFIX.match(para)
        mark = prefix.group(0).strip()[:1] if prefix else ""
        note = mark in ("※", "*") or (note and mark == "-")  # a note's "- " items belong to it
        offset = prefix.end() if prefix else 0
        chunk_start = 0
        body = para[offset:]
        for m in _SENTENCE_END.finditer(body):
            end = m.end()
            if _is_abbreviation(body, m.start()):
                continue
            _append(out, body[chunk_start:end], pos + offset + chunk_start, p_index, note)
            chunk_start = end
        _append(out, body[chunk_start:], pos + offset + chunk_start, p_index, note)
        pos += len(para) + 2
    return out


def _is_abbreviation(body: str, dot: int) -> bool:
    if body[dot] != ".":
        return False
    word = re.search(r"([\w.]+)$", body[:dot])
    if not word:
        return False
    token = word.group(1).casefold()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or bool(re.fullmatch(r"(?:\w\.)+\w", token))


def _append(out: list[Sentence], chunk: str, start: int, paragraph: int, note: bool) -> None:
    stripped = chunk.strip()
    if len(stripped) < 2:
        return
    lead = len(chunk) - len(chunk.lstrip())
    out.append(Sentence(stripped, start + lead, paragraph, note))
