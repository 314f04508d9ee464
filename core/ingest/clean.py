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

from core.ingest.prefilter import prefiltered

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CHROME_LINE = re.compile(
    r"""^(?:
        kor|eng|press\ releases?|press|home|skip\ navigation|countries\ information|go\ to\ contents(?:\ go\ to\ navigation)?|
        screen\ size|gnb\ content\ footer|news\ focus|photo|source\s*:.*|
        ministry\ of\ foreign\ affairs(?:,?\ republic\ of\ korea)?|
        (?:\d+\.\s*)?(?:home|press|press\ releases?|ministry\ news)|
        \*?\s*unofficial\ translation|
        (?:\*\s*)?the\ english\ version\ of\ .*|
        (?:•\s*)?hit\s*:?\s*\d*|\d+|date|list|print|share|top|
        spokesperson(?:\ and\ deputy\ minister\ for\ public\ relations)?(?:\ of\ mofa)?
    )\s*$""",
    re.IGNORECASE | re.VERBOSE,
)
_SOCIAL_LINE = prefiltered(r"^.*\b(?:facebook|instagram|twitter|youtube|blog|flickr)\s*$", re.I)  # a quick test first
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# A page's own date, in the layouts MOFA pages and their mirrors were copied in over the years:
# "2019-11-19", "2019.11.19", "2019/11/19 16:36:49", "November 19, 2019", "Nov. 19, 2019", "19 November 2019".
_DATE_VALUE = (
    r"(?:(?P<y>(?:19|20)\d\d)\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})\.?"
    rf"|(?P<mn>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?P<d3>\d{{1,2}})\s+(?P<mn3>{_MONTH_WORD})\s+(?P<y3>(?:19|20)\d\d))"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
_DATE_LABEL_WORD = (
    r"(?:(?:reg(?:istration)?\.?\s*)?date|(?:published|posted|registered)(?:\s+on)?|등록일|작성일|게시일|날짜)"
)
# "Date" and the date on one line, with the hit counter or writer beside it on some layouts:
# "• Date : 2021-07-01 16:36:49", "Date 2019-11-19 Hit 123", "Date : 2019.11.19 | Hit : 123".
_DATE_LINE = re.compile(rf"^(?:[•·|]\s*)?(?P<label>{_DATE_LABEL_WORD}\s*[:：]?\s*)?{_DATE_VALUE}\s*(?P<rest>.*)$", re.I)
_LABELLED_DATE = re.compile(rf"(?:^|[\s|•·])(?P<label>{_DATE_LABEL_WORD}\s*[:：]?\s*){_DATE_VALUE}(?!\d)", re.I)
_DATE_REST_CHROME = re.compile(
    r"^(?:[|•·,\s-]*(?:(?:hit|hits|views?|조회수?)\s*[:：]?\s*[\d,]*|(?:writer|author|작성자)\s*[:：]?\s*[^|•·]*?|\d{1,2}:\d\d)\s*)*[|•·,\s-]*$",
    re.I,
)
_DATE_LABEL = re.compile(rf"^(?:•\s*)?{_DATE_LABEL_WORD}\s*[:：]?\s*$", re.I)
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
    lines = [ln.strip() for ln in re.sub(r"\t[ \t]*| [ \t]+", " ", raw).split("\n")]  # runs of blanks as one space
    published, title, body = None, None, []
    for i, line in enumerate(lines):
        if not line:
            continue
        if found := _page_date(line, labelled=bool(_DATE_LABEL.match(lines[i - 1] if i else "")), header=not body):
            day, rest = found
            published = published or day
            if not rest:
                continue
            line = rest
        if _is_chrome(line):
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


def _page_date(line: str, labelled: bool, header: bool) -> tuple[dt.date | None, str] | None:
    """(the page's date, what else the line says) when `line` is a Date line: a date labelled
    "Date" (on the line or the line before), anywhere on the page, with the hit counter beside
    it dropped ("Date 2019-11-19 Hit 123") and any other words kept as text ("date 2017-12-19
    Visiting …", a copied news page); or, in the page's header (before its body), a line with
    only a date. A date in the body without a label is the text's, not the page's."""
    m = _DATE_LINE.match(line)
    if m is None and header and (m := _LABELLED_DATE.search(line)):
        rest = (
            f"{line[: m.start()]} {line[m.end() :]}".strip()
        )  # "Writer : Spokesperson | Date : 2019-11-19 | Hit : 12"
        if not _DATE_REST_CHROME.match(rest):
            return None
    elif m is None:
        return None
    else:
        rest = m["rest"].strip()
    chrome = not rest or bool(_DATE_REST_CHROME.match(rest))
    if not (m["label"] or (labelled and chrome) or (header and not rest)):
        return None
    if m["y"]:
        day = _safe_date(int(m["y"]), int(m["m"]), int(m["d"]))
    else:
        name = (m["mn"] or m["mn3"]).rstrip(".").casefold()[:3]
        day = _safe_date(int(m["y2"] or m["y3"]), _MONTHS.index(name) + 1, int(m["d2"] or m["d3"]))
    if day is None:
        return None
    return day, "" if chrome else rest


def _is_chrome(line: str) -> bool:
    if _HANGUL.search(line):
        hangul = len(_HANGUL.findall(line))
        return hangul / max(len(line.replace(" ", "")), 1) > 0.3 or len(line) < 40
    return bool(_CHROME_LINE.match(line) or _SOCIAL_LINE.match(line))


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
    start = dot  # the run of word characters and dots the dot ends (re's \w: alphanumeric or "_")
    while start and (body[start - 1].isalnum() or body[start - 1] in "_."):
        start -= 1
    if start == dot:
        return False
    token = body[start:dot].casefold()
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or bool(re.fullmatch(r"(?:\w\.)+\w", token))


def _append(out: list[Sentence], chunk: str, start: int, paragraph: int, note: bool) -> None:
    stripped = chunk.strip()
    if len(stripped) < 2:
        return
    lead = len(chunk) - len(chunk.lstrip())
    out.append(Sentence(stripped, start + lead, paragraph, note))
