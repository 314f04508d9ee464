"""Earlier sessions of the release's own mechanism that it lists with their dates.

"※ Past policy consultations between Korea and Russia - 18th consultation held in Moscow on May 17,
2018 - 17th consultation held in Seoul on November 27, 2017": each line names a session number,
what it was (a generic word, or the mechanism itself) and a full date. `core.track.listed_dates` uses them
to date the releases of those sessions, and the mechanism series to show sessions not loaded.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import NamedTuple

from core.extract.dates import stated_date
from core.ingest.clean import CleanRelease
from core.ingest.prefilter import prefiltered
from core.vocab import Vocab, fold

_LISTED = prefiltered(  # "\d\d{0,2}", not "\d{1,3}": re jumps from digit to digit only when a pattern opens with one
    r"(?P<n>\d\d{0,2})(?:st|nd|rd|th)\b(?P<what>[^\n.;:]{0,60}?)\b(?:was )?(?:held|took place)"
    r"(?:\s+(?:in|at)(?:\s+(?:the|of|in|and|(?-i:[A-Z])[\w’'.-]*),?){1,8})?"  # a place: "in Seoul", "at the Foreign Ministry"
    r"\s+on\s+(?P<rest>[^\n;]{4,30})",
    re.I,
)
_GENERIC = {"", "meeting", "session", "consultation", "round", "dialogue", "talks"}


class Listed(NamedTuple):
    session_number: int
    date: dt.date
    evidence: str


def extract_listed_sessions(release: CleanRelease, mechanism: str | None, vocab: Vocab) -> list[Listed]:
    """Sessions of `mechanism` (the release's own) that the text lists with a full date."""
    if mechanism is None:
        return []
    text, out = release.text, []
    for m in _LISTED.finditer(text):
        what = m["what"].strip(" -")
        named = vocab.mechanism_for(what)
        if fold(what) not in _GENERIC and (named is None or named.name != mechanism):
            continue
        if (date := stated_date(m["rest"])) is not None:
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.end()].strip(" -•°◦※")
            out.append(Listed(int(m["n"]), date, line))
    return out
