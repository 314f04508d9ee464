"""When a commitment is due: the phrases that name a part of a year, declared once.

The commitment extractor finds targets with `TARGET_RE` ("in the first half of 2021", "by
mid-2019"); the tracker reads a target's deadline with `period_end` (the last month of the part
of the year it names). One table serves both, so a phrase the extractor keeps is one the tracker
can read.
"""

from __future__ import annotations

import re

from core.ingest.prefilter import prefiltered

# (phrase written before a year, the last month of the period it names), in the order tried
PERIODS: tuple[tuple[str, int], ...] = (
    (r"(?:the )?(?:first|1st) half of", 6),
    (r"(?:the )?(?:second|2nd) half of", 12),
    (r"(?:the )?first quarter of", 3),
    (r"(?:the )?second quarter of", 6),
    (r"(?:the )?third quarter of", 9),
    (r"(?:the )?fourth quarter of", 12),
    (r"early|the beginning of|the start of", 4),
    (r"mid-|mid|the middle of", 8),
    (r"late|the end of", 12),
)
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October")
MONTHS += ("November", "December")
_PERIOD = "|".join(f"(?:{phrase})" for phrase, _ in PERIODS)

# tried only on text holding '19' or '20' of a year or a word of the others ('from the', 'year', …)
TARGET_RE = prefiltered(
    rf"\b(?:(?:in|by|until|from|during|within)\s+)?(?:(?:{_PERIOD})\s*)?"
    rf"(?:(?:the year|{'|'.join(MONTHS)})\s+)?(?:19|20)\d\d\b"
    r"|\bfrom the \d+(?:st|nd|rd|th) meeting(?: and on| onward)?"
    rf"|\b(?:(?:in|by|during|within)\s+)?(?:(?:{_PERIOD})\s*)?(?:next|this) (?:year|month)\b"
    r"|\bas soon as possible\b|\bin the near future\b|\bat an appropriate time\b"
    r"|\bat a mutually convenient time(?: in (?:19|20)\d\d)?",
    re.I,
    min_length=2,
)
_PERIOD_RES = tuple((re.compile(rf"(?<![\w-])(?:{phrase})(?=\s|\d)", re.I), month) for phrase, month in PERIODS)


def period_end(target: str) -> int | None:
    """The last month of the part of a year `target` names ('first half of 2021' -> 6), or None."""
    return next((month for pattern, month in _PERIOD_RES if pattern.search(target)), None)
