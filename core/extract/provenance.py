"""Who published a text, in what language, and from whose side it speaks.

- `find_publisher`: the first publisher of `core/vocab/publishers.yaml` one of whose patterns
  matches the head or the foot of the raw page (masthead, byline, "Source:" line, dateline,
  copyright line); never the file name. "unknown" when none does.
- `detect_language`: py3langid (a small, maintained langid.py fork shipping its own model: no
  download, ~2 ms a text), with one guard: a text mostly in Latin letters whose words are often
  English function words is English whatever the model says, so a short English release is
  never turned away as foreign.
- `perspective`: a ministry speaks for its home country, so its counterpart is the other party
  (for Japan's ministry, the ROK); a news report speaks for no side: its counterpart is both
  parties ("ROK–Japan").
- `foreign_date`: what a text not in English says of its date, in numbers (Japanese era and
  Western dates, "25/6/2021", "15 Juni 2021" with the language's month names from CLDR).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

from core.ingest.prefilter import Prefiltered, prefiltered
from core.vocab import Publisher, Vocab

UNKNOWN = "unknown"
HEAD, FOOT = 600, 400
ROK = "ROK"  # the side every ROK-centred extractor takes as one party


def find_publisher(raw: str, vocab: Vocab) -> Publisher | None:
    """The publisher the page names in its head or foot, or None."""
    text = raw.replace("\r\n", "\n").replace("\u00a0", " ")
    lines = "\n".join(ln.strip() for ln in text.split("\n"))
    ends = (lines[:HEAD], lines[-FOOT:])
    for publisher, patterns in publisher_patterns(vocab):
        if any(p.search(part) for p in patterns for part in ends):
            return publisher
    if given := _SOURCE_LINE.search(ends[0]):  # a publisher the vocabulary does not know, named by the reader
        return Publisher(given.group(1).strip(), "news", None, ())
    return None


def publisher_patterns(vocab: Vocab) -> list[tuple[Publisher, tuple[Prefiltered, ...]]]:
    """Each publisher with its patterns behind the quick word test, built once per vocabulary."""
    return vocab.cached(
        "publisher_patterns", lambda: [(p, tuple(map(Prefiltered, p.patterns))) for p in vocab.publishers]
    )


_SOURCE_LINE = prefiltered(r"^Source:[ \t]*(\S[^\n]{1,80})$", re.MULTILINE)


_ENGLISH_WORDS = frozenset(
    [
        "the",
        "of",
        "and",
        "to",
        "in",
        "on",
        "with",
        "for",
        "that",
        "was",
        "were",
        "is",
        "are",
        "by",
        "at",
        "as",
        "his",
        "her",
        "their",
        "said",
    ]
)


def detect_language(text: str) -> str:
    """ISO 639-1 code of the language `text` is written in ('en', 'ja', 'ar', 'id', …)."""
    sample = text[:4000]
    if _plainly_english(sample):
        return "en"  # most texts: the model (~0.5 s to load) is not needed for them
    import py3langid

    return py3langid.classify(sample)[0]


def _plainly_english(sample: str) -> bool:
    """Mostly Latin letters (ASCII words [A-Za-z]+ make over 80% of the word characters), with
    English function words often among them. Counted on the ASCII bytes in a few C passes (a
    release is read here whole): other characters become '?', which is no word character, and the
    word characters among them are counted apart."""
    data = sample.encode("ascii", "replace")
    words = data.translate(_LETTERS_LOWER).split()  # the runs of [A-Za-z], lower case
    if not words:
        return False
    letters = sum(map(len, words))
    word_chars = len(data.translate(None, _NOT_WORD)) + sum(c.isalnum() for c in _NOT_ASCII.findall(sample))
    if letters <= 0.8 * word_chars:
        return False
    return sum(map(_ENGLISH_BYTES.__contains__, words)) / len(words) > 0.12


_ASCII = bytes(range(128))
_LETTERS_LOWER = bytes(
    c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 else 32 for c in range(256)
)  # A-Z to a-z, a-z kept, every other byte a space
_NOT_WORD = bytes(c for c in _ASCII if not (chr(c).isalnum() or chr(c) == "_"))  # re's \w in ASCII
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")
_ENGLISH_BYTES = frozenset(w.encode() for w in _ENGLISH_WORDS)


def perspective(counterpart: str, publisher: Publisher | None) -> str:
    """The counterpart as the publisher sees it: the party other than a ministry's home country,
    every party for a news report ("ROK–Russia", "ROK–US–Japan"). `counterpart` is what the
    ROK-centred extractor found."""
    if publisher is None or counterpart in ("unknown", "multilateral", ""):
        return counterpart
    parties = counterpart.split(" and ")  # "Japan and China": a meeting with two partners
    if publisher.kind == "news":  # "ROK–Russia", "ROK–US–Japan"
        return "–".join([ROK, *parties]) if counterpart != ROK else counterpart
    if publisher.home != ROK and publisher.home in parties:
        others = [p for p in parties if p != publisher.home]
        return " and ".join([ROK, *others])
    return counterpart


def alone(release_id: str) -> dict:
    """The meeting columns of a release before core.meetings links it: its own meeting."""
    return {"meeting_id": release_id, "link_confidence": "none", "link_reason": "the only account of its meeting"}


@dataclass(frozen=True)
class ForeignDate:
    year: int | None
    month: int | None
    day: int | None
    evidence: str

    def full(self) -> dt.date | None:
        if None in (self.year, self.month, self.day):
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_JA_FULL = re.compile(r"(?:(令和|平成|昭和)(\d{1,2}|元)|(\d{4}))年\s*(\d{1,2})月\s*(\d{1,2})日")
_JA_MONTH_DAY = re.compile(r"(?<![年\d])(\d{1,2})月\s*(\d{1,2})日")
_JA_DAY = re.compile(r"(?<![月\d])(\d{1,2})日")
_NUMERIC = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")


@cache
def _month_names(language: str) -> re.Pattern | None:
    from babel import Locale, UnknownLocaleError

    try:
        months = Locale.parse(language).months["format"]["wide"]
    except (UnknownLocaleError, ValueError, KeyError):
        return None
    names = "|".join(re.escape(m) for m in months.values())
    return re.compile(rf"\b(\d{{1,2}})\s+({names})\s+((?:19|20)\d\d)\b", re.I)


def _month_number(language: str, name: str) -> int:
    from babel import Locale

    months = Locale.parse(language).months["format"]["wide"]
    return next(n for n, m in months.items() if m.casefold() == name.casefold())


def published_line(text: str) -> dt.date | None:
    """A line that is only a full Japanese date (a page's date line, '令和2年2月15日')."""
    for line in text.split("\n")[:8]:
        m = _JA_FULL.fullmatch(line.strip())
        if m:
            return _ja_full(m).full()
    return None


def _ja_full(m: re.Match) -> ForeignDate:
    era, n, western, month, day = m.groups()
    year = int(western) if western else _ERAS[era] + (1 if n == "元" else int(n))
    return ForeignDate(year, int(month), int(day), m.group(0))


def foreign_date(text: str, language: str, published: dt.date | None) -> ForeignDate:
    """The first date the body of a text not in English gives: full, month and day, or day only.
    `published` (its date line) is skipped as a date and gives the year of a month and day."""
    lines = [ln for ln in text.split("\n") if ln.strip() and published_line(ln) is None]
    body = "\n".join(lines)
    found: list[tuple[int, ForeignDate]] = []
    for m in _JA_FULL.finditer(body):
        found.append((m.start(), _ja_full(m)))
    for m in _JA_MONTH_DAY.finditer(body):
        found.append((m.start(), ForeignDate(None, int(m.group(1)), int(m.group(2)), m.group(0))))
    if not found:
        for m in _JA_DAY.finditer(body):
            found.append((m.start(), ForeignDate(None, None, int(m.group(1)), m.group(0))))
    for m in _NUMERIC.finditer(body):
        found.append((m.start(), ForeignDate(int(m.group(3)), int(m.group(2)), int(m.group(1)), m.group(0))))
    if (pattern := _month_names(language)) is not None:
        for m in pattern.finditer(body):
            month = _month_number(language, m.group(2))
            found.append((m.start(), ForeignDate(int(m.group(3)), month, int(m.group(1)), m.group(0))))
    if not found:
        return ForeignDate(None, None, None, "no date in the text")
    first = min(found, key=lambda f: f[0])[1]
    if first.year is None and published is not None:
        return _before(first, published)
    return first


def _before(d: ForeignDate, published: dt.date) -> ForeignDate:
    """A month-and-day or a day, placed on or before the date line (a report follows its meeting)."""
    for back in range(0, 62):
        day = published - dt.timedelta(days=back)
        if day.day == d.day and (d.month is None or day.month == d.month):
            return ForeignDate(day.year, day.month, day.day, f"{d.evidence} [date line {published}]")
    return d
