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
from functools import cache, cached_property

from core.vocab.loader import Layout, load_layout

_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
# Chinese, Japanese and Korean writing: no spaces between words, so no count of words either
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]")
# Spaces a copy may carry (no-break, thin, ideographic ...) and characters that print as nothing;
# most pages hold none, and a search for each character is many times quicker than a scan of the class.
_SPACE_CHARS = "\u00a0\u1680" + "".join(map(chr, range(0x2000, 0x200B))) + "\u202f\u205f\u3000\t"
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
_INVISIBLE_CHARS = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_INVISIBLE = re.compile(f"[{_INVISIBLE_CHARS}]")
# a hyphen written as another dash between two letters or digits ("ROK–Japan", "Kyung‑wha", "19–21")
# (the dash is matched first and the letter before it looked back at: `re` then jumps from dash to
# dash instead of trying the look-behind at every position)
_DASH_CHARS = "\u2010\u2011\u2012\u2013\u2212"
_DASH_IN_WORD = re.compile(f"[{_DASH_CHARS}](?<=\\w.)(?=\\w)")
# a straight apostrophe after a letter, as the ministry's pages write it ("Ministers’ Meeting")
_APOSTROPHE = re.compile(r"'(?<=[A-Za-z]')")
_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_WORD = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?"
# A page's own date, in the layouts MOFA pages and their mirrors were copied in over the years:
# "2019-11-19", "2019.11.19", "2019/11/19 16:36:49", "November 19, 2019", "Nov. 19, 2019", "19 November 2019",
# "Tuesday, November 19, 2019", "2019년 11월 19일".
# a weekday, whole or cut ("Tuesday", "Tue.", "Thurs"): one pattern for the Date lines here and the
# meeting's day in core.extract.dates
WEEKDAY_WORD = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_WEEKDAY_WORD = rf"{WEEKDAY_WORD},?\s+"
_DATE_VALUE = (
    r"(?:(?P<y>(?:19|20)\d\d)\s*[-./]\s*(?P<m>\d{1,2})\s*[-./]\s*(?P<d>\d{1,2})\.?"
    r"|(?P<y4>(?:19|20)\d\d)\s*년\s*(?P<m4>\d{1,2})\s*월\s*(?P<d4>\d{1,2})\s*일"
    rf"|(?:{_WEEKDAY_WORD})?(?P<mn>{_MONTH_WORD})\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>(?:19|20)\d\d)"
    rf"|(?:{_WEEKDAY_WORD})?(?P<d3>\d{{1,2}})\s+(?P<mn3>{_MONTH_WORD})\s+(?P<y3>(?:19|20)\d\d))"
    r"(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?"
)
_DATE_LABEL_WORD = (
    r"(?:(?:reg(?:istration)?\.?\s*|release\s+|issue\s+|publication\s+)?date|(?:published|posted|registered)(?:\s+on)?|"
    r"등록일|작성일|게시일|날짜)"
)
# "Date" and the date on one line, with the hit counter or writer beside it on some layouts:
# "• Date : 2021-07-01 16:36:49", "Date 2019-11-19 Hit 123", "Date : 2019.11.19 | Hit : 123",
# "| Date | 2019-11-19 |", "No. 325 | Date 2019-11-19 | Hit 1,024".
_DATE_LINE = re.compile(
    rf"^(?:[•·|]\s*)?(?P<label>{_DATE_LABEL_WORD}\s*[:：|]?\s*)?{_DATE_VALUE}\s*(?P<rest>.*)$", re.I
)
_LABELLED_DATE = re.compile(rf"(?:^|[\s|•·])(?P<label>{_DATE_LABEL_WORD}\s*[:：]?\s*){_DATE_VALUE}(?!\d)", re.I)
_DATE_REST_CHROME = re.compile(
    r"^(?:[|•·,\s-]*(?:(?:hit|hits|views?|조회수?)\s*[:：]?\s*[\d,]*|(?:writer|author|작성자)\s*[:：]?\s*[^|•·]*?|"
    r"(?:no\.?|번호)\s*[:：]?\s*\d+|\d{1,2}:\d\d)\s*)*[|•·,\s-]*$",
    re.I,
)
_DATE_LABEL = re.compile(rf"^(?:•\s*)?{_DATE_LABEL_WORD}\s*[:：]?\s*$", re.I)
_BULLET_PREFIX = re.compile(r"^\s*(?:\d{1,2}\s*[.)]|\(\d{1,2}\)|\[[^\]]{1,60}\]|[°º◦•·※*▶■□ㅇ○●\-–]|o(?=\s))\s*")

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
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
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
    "sr",
    "rt",
    "hon",
}
_SENTENCE_CLOSE = re.compile(r"[.!?][\"”’)]*$")
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

    def opening(self, n: int) -> list[Sentence]:
        """The release's first `n` statements: not notes, and not a headline, byline or section
        heading left in the body (words without a sentence's end or a number: "By Bae Hyun-jung",
        "• Link copied"), unless it has nothing else."""
        return list(self._statements[:n])

    @property
    def statements(self) -> tuple[Sentence, ...]:
        """Every statement of the release, as `opening` tells them."""
        return self._statements

    @cached_property
    def _statements(self) -> tuple[Sentence, ...]:
        own = [s for s in self.sentences if not s.note]
        told = [s for s in own if _SENTENCE_CLOSE.search(s.text) or re.search(r"\d", s.text)]
        return tuple(told or own)  # read by many extractors: sorted out once

    @property
    def release_id(self) -> str:
        key = " ".join(f"{self.title}\n{self.text}".split()).casefold()  # runs of white space as one space
        return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


FIELD_LINES = 6  # a release's labelled fields (date, venue, participants) stand among its first lines


def dateline(text: str) -> re.Match | None:
    """The place and day a statement opens with in brackets, as a ministry dates its release
    ("(Brasilia, March 12) Foreign Minister Park Jin and …"): groups `place` and `day`."""
    return _DATELINE.match(text) if text.startswith("(") else None


_DATELINE = re.compile(
    r"\((?P<place>[A-Z][^\W\d_]*(?:[ .'-]+[A-Z][^\W\d_]*){0,3}),\s*"
    r"(?P<day>(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}|\d{1,2}\s+"
    r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?)(?:,?\s+(?:19|20)\d\d)?)\)\s+"
)


def clean(raw: str) -> CleanRelease:
    """Strip page chrome from `raw` and split what is left into title, Date line and body."""
    layout = load_layout()
    page = normalise_characters(raw)
    if "  " in page:
        page = re.sub(r"  +", " ", page)
    hangul = bool(_HANGUL.search(page))  # most pages have none: their lines are not searched for it
    lines = unglue([ln.strip() for ln in page.split("\n")], layout)
    width = _wrap_width(lines)
    published, title, body = None, None, []
    title_at, last = -1, ""  # the title's (last) line; the last line read that was not blank
    for i, line in enumerate(lines):
        if not line:
            continue
        before, last = last, line
        if _names_a_year(line) and (found := _page_date(line, bool(_DATE_LABEL.match(before)), header=not body)):
            day, rest = found
            published = published or day
            if not rest:
                continue
            line = rest
        if body and layout.footer.fullmatch(line):
            break  # the board's list links and the site's footer
        if _is_chrome(line, layout, hangul) or (title is None and not body and _in_menu(lines, i)):
            continue
        if _DATE_LABEL.match(line) or line.endswith("상세보기"):
            continue
        if title is None and not body and _is_title(line):
            if len(line.split()) >= 3 or _CJK.search(line):  # a shorter line above the title is a menu's
                title, title_at = line, i
            continue
        if title is not None and not body:
            if line == title:
                continue  # some templates repeat the title
            if i == title_at + 1 and width and len(lines[title_at]) >= width - 25 and not _BULLET_PREFIX.match(line):
                title, title_at = f"{title} {line}", i  # a hard-wrapped title goes on
                continue
        body.append((line, not lines[i - 1] if i else True, bool(width) and len(line) >= width - 20))
    if title is not None and not _is_title(title):  # a hard-wrapped first paragraph, not a title
        body.insert(0, (title, True, bool(width) and len(lines[title_at]) >= width - 20))
        title = None
    body = _join_wrapped(body)
    text = "\n\n".join(body)
    sentences = tuple(split_sentences(text))
    if title is not None and layout.title_affixes is not None:
        title = layout.title_affixes.sub("", title).strip() or title  # "… | Ministry of Foreign Affairs"
    derived = title is None
    if derived:
        title = _title_from(sentences)
    return CleanRelease(title or "(untitled)", derived, published, text, sentences)


def normalise_characters(raw: str) -> str:
    """NFC text with one kind of line break and of space, no invisible characters, a hyphen for
    any dash written inside a word and the typographic apostrophe for a straight one."""
    text = unicodedata.normalize("NFC", raw).replace("\r\n", "\n").replace("\r", "\n")
    for chars, pattern, replacement in (
        (_SPACE_CHARS, _SPACES, " "),
        (_INVISIBLE_CHARS, _INVISIBLE, ""),
        (_DASH_CHARS, _DASH_IN_WORD, "-"),
    ):
        if any(map(text.__contains__, chars)):
            text = pattern.sub(replacement, text)
    return _APOSTROPHE.sub("’", text)


@cache
def _glue_patterns(words: frozenset[str]) -> tuple[tuple[re.Pattern, re.Pattern], ...]:
    """(pattern, hint) pairs. Every match of a pattern holds a match of its hint, a plain scan many
    times quicker than the pattern's alternation of words tried at every position: a line where
    the hint finds nothing is not scanned (nearly every line)."""
    alts = "|".join(sorted(words, key=len, reverse=True))
    first = re.escape("".join(sorted({w[0] for w in words})))
    last = re.escape("".join(sorted({w[-1] for w in words})))
    return (
        # "inSingapore", "theROK", "twoMinisters": a function word glued to a capitalised word or acronym
        (re.compile(rf"(?<![^\W\d_])({alts})(?=[A-Z](?:[a-z]|[A-Z]|\.))"), re.compile(rf"[A-Z](?<=[{last}][A-Z])")),
        # "onthe", "ofthe": a preposition glued to the article
        (re.compile(rf"(?<![^\W\d_])({alts})(?=the\b)"), re.compile(rf"the\b(?<=[{last}]the)")),
        # "ROKand", "USof": an acronym glued to a function word
        (re.compile(rf"(?<![^\W\d_])([A-Z]{{2,}})(?=(?:{alts})\b)"), re.compile(rf"[A-Z][A-Z][{first}]")),
    )


# punctuation a bad copy glued to the next sentence or word: "Kono.The", "Ministers’Meetings", "2,Foreign"
_GLUED_PUNCTUATION = re.compile(r"(?<=[a-z]{2}[.’”])(?=[A-Z][a-z])|(?<=[a-z0-9],)(?=[A-Z][a-z])")
_GLUED_PUNCTUATION_HINT = re.compile(r"[.’”,][A-Z]")  # what every match stands between, found quicker


def unglue(lines: list[str], layout: Layout) -> list[str]:
    """`lines` with words a bad copy glued together split again (`layout.yaml` glue_words):
    "inSingapore", "onthe", "ROKand", "Ministers’Meetings". Words of one case glued to another
    word ("Kangand", "theimportance") are left: nothing tells them from real words ("Poland").
    A pattern scans only the lines holding its hint, and none when the page holds none (no hint
    spans a line break, so one search of the joined lines tells)."""
    steps = [*((p, h, r"\1 ") for p, h in _glue_patterns(layout.glue_words))]
    steps.append((_GLUED_PUNCTUATION, _GLUED_PUNCTUATION_HINT, " "))
    page = "\n".join(lines)
    for pattern, hint, repl in steps:
        if hint.search(page):
            lines = [pattern.sub(repl, line) if hint.search(line) else line for line in lines]
            page = "\n".join(lines)
    return lines


def _wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text was wrapped at (its longest line, when at least three lines
    come within 15 characters of it and it is at most 120), else None."""
    lengths = [len(ln) for ln in lines if ln]
    if not lengths or max(lengths) > 120:
        return None
    width = max(lengths)
    return width if sum(n >= width - 15 for n in lengths) >= 3 else None


def _short(line: str) -> bool:
    return (
        bool(line)
        and not _CJK.search(line)
        and len(line) <= 40
        and len(line.split()) <= 3
        and not re.search(r"[.!?]$|\d{4}", line)
    )


def _in_menu(lines: list[str], i: int) -> bool:
    """Line `i` is one of three or more short lines in a row (no blank line between): a menu."""
    if not _short(lines[i]):
        return False
    lo = hi = i
    while lo > 0 and _short(lines[lo - 1]):
        lo -= 1
    while hi + 1 < len(lines) and _short(lines[hi + 1]):
        hi += 1
    return hi - lo >= 2


def _names_a_year(line: str) -> bool:
    """Whether `line` may hold a date of `_DATE_VALUE`: each of its forms has a year 19xx or 20xx
    (most lines have none, and are not searched)."""
    return "19" in line or "20" in line


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
    if not (m["label"] or ((labelled or header) and chrome)):
        return None
    if m["y"] or m["y4"]:
        day = _safe_date(int(m["y"] or m["y4"]), int(m["m"] or m["m4"]), int(m["d"] or m["d4"]))
    else:
        name = (m["mn"] or m["mn3"]).rstrip(".").casefold()[:3]
        day = _safe_date(int(m["y2"] or m["y3"]), _MONTHS.index(name) + 1, int(m["d2"] or m["d3"]))
    if day is None:
        return None
    return day, "" if chrome else rest


def _is_chrome(line: str, layout: Layout, hangul_page: bool = True) -> bool:
    if hangul_page and _HANGUL.search(line := _HANGUL_BULLET.sub("", line)):
        hangul = len(_HANGUL.findall(line))
        return hangul / max(len(line.replace(" ", "")), 1) > 0.3 or len(line) < 40
    return layout.chrome.fullmatch(line)


_HANGUL_BULLET = re.compile(r"^ㅇ\s+(?=[^\s\uac00-\ud7a3])")  # the letter ieung as a list's bullet: "ㅇ Venue: Riyadh"


def _is_title(line: str) -> bool:
    return not _BULLET_PREFIX.match(line) and len(line) <= 300 and not line.endswith((".", ":"))


_ENDS_LINE = re.compile(r"(?:[.!?][\"”’]?|[:;)\]])$")


def _join_wrapped(lines: list[tuple[str, bool, bool]]) -> list[str]:
    """Join hard-wrapped lines, each given with whether a blank line came before it and whether
    it is as long as the lines of a hard-wrapped text (`_wrap_width`). A line that starts neither a
    numbered paragraph nor a bullet continues the line before when that one does not end a
    sentence. Right under it (no blank line between), a line also continues one ending in an
    abbreviation ("Mr.", "L. P.") or a word's apostrophe ("Ministers’"), and one that filled the
    wrapped width, even at a sentence's end. Across a blank line, a line does not continue a
    list item or a heading (a bulleted line of at most 80 characters)."""
    out: list[str] = []
    full = False  # the line before filled the width
    for line, blank_before, filled in lines:
        joins = (
            out
            and not _BULLET_PREFIX.match(line)
            and ((full and not blank_before) or not _ends_sentence(out[-1], blank_before))
            and not (blank_before and _BULLET_PREFIX.match(out[-1]) and len(out[-1]) <= 80)
        )
        if joins:
            out[-1] = f"{out[-1]} {line}"
        else:
            out.append(line)
        full = filled
    return out


def _ends_sentence(line: str, blank_after: bool) -> bool:
    if not re.search(r"[.!?:;\"”’)\]]$", line):
        return False
    if blank_after:
        return True
    return bool(_ENDS_LINE.search(line)) and not (line.endswith(".") and _is_abbreviation(line, len(line) - 1))


def _safe_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _title_from(sentences: tuple[Sentence, ...]) -> str | None:
    if not sentences:
        return None
    # the first sentence of some words: a byline or a heading ("• Kyodo") above it is no title
    first = next((s.text for s in sentences if len(s.text.split()) >= 4), sentences[0].text)
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
    return token in _ABBREVIATIONS or (len(token) == 1 and token.isalpha()) or bool(_DOTTED.fullmatch(token))


_DOTTED = re.compile(r"(?:\w\.)+\w")  # "u.s", "e.g"


def _append(out: list[Sentence], chunk: str, start: int, paragraph: int, note: bool) -> None:
    stripped = chunk.strip()
    if len(stripped) < 2:
        return
    lead = len(chunk) - len(chunk.lstrip())
    out.append(Sentence(stripped, start + lead, paragraph, note))
