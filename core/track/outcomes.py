"""What a later sentence says happened to a thing (`outcome`), and what a commitment asks to happen
(`action`) with the outcomes that show it done (`done_by`)."""

from __future__ import annotations

import re

import pandas as pd

OUTCOMES: tuple[tuple[str, str], ...] = (  # in priority order: the first found in a sentence wins
    ("cancelled", r"cancell?ed|called off|scrapped|abandoned"),
    ("postponed", r"postponed|delayed|put off|rescheduled|deferred"),
    ("completed", r"completed|completion of|finished|finali[sz]ed"),
    ("concluded", r"concluded|conclusion of"),
    ("signed", r"signed|signing of"),
    ("launched", r"launched|since its launch|inaugurated|was established|were established|kicked off"),
    ("held", r"held|took place|was convened|were convened|hosted|attended|took part in|participated in"),
    ("continuing", r"continu(?:es|ed|ing)|ongoing|under ?way|progressing|being implemented"),
)
CHANGED = {"cancelled", "postponed"}
_OUTCOME_RE = [(name, re.compile(rf"\b(?:{pattern})\b", re.IGNORECASE)) for name, pattern in OUTCOMES]
# a verb preceded by one of these is a plan or a denial, not a report ("to be held", "not yet signed")
_NOT_A_REPORT = re.compile(
    r"\b(?:will|would|shall|to be|be|to|not|yet|never|plans?|expected|scheduled|hopes?|hoped)"
    r"(?:\s+(?:be|been|have|has|successfully|jointly|also|soon|yet))*\s*$",
    re.IGNORECASE,
)


# a first session held or under way is the thing's launch ("the first round of the forum is underway")
_FIRST = re.compile(r"\b(?:first|1st|inaugural|opening)\s+(?:round|session|meeting|edition|forum)\b", re.IGNORECASE)
_MONTH = r"January|February|March|April|May|June|July|August|September|October|November|December"
# when the sentence says it happened: "since its launch in November 2018", "held on May 3, 2019"
_WHEN = re.compile(
    rf"^\W*(?:\w+\W+){{0,4}}?(?:in|on|since)\s+({_MONTH})(?:\s+(\d{{1,2}})(?:\s*[-–]\s*\d{{1,2}})?)?,?\s+((?:19|20)\d\d)\b"
)


def reported(sentence: str) -> tuple[str, int | None]:
    """What `sentence` says happened to the thing it names, and where that verb ends: the first of
    OUTCOMES it reports (verbs after will/to be/not … are plans or denials and do not count), else
    'mentioned'. A first session held or under way reports a launch."""
    for name, pattern in _OUTCOME_RE:
        for m in pattern.finditer(sentence):
            if not _NOT_A_REPORT.search(sentence[max(0, m.start() - 40) : m.start()]):
                if name in ("held", "continuing") and _FIRST.search(sentence):
                    return "launched", m.end()
                return name, m.end()
    return "mentioned", None


def outcome(sentence: str) -> str:
    """What `sentence` says happened (see `reported`)."""
    return reported(sentence)[0]


def happened(sentence: str, reported_on: object) -> pd.Timestamp | None:
    """The day the outcome `sentence` reports happened, when it says so right after its verb
    ("since its launch in November 2018" -> 2018-11-01; a month alone gives its first day), and it
    is not after the report (`reported_on`); else None: the report's own date stands for it."""
    name, end = reported(sentence)
    if end is None or not (m := _WHEN.search(sentence[end:])):
        return None
    month = pd.Timestamp(f"{m.group(1)} 1, {m.group(3)}").month
    try:
        when = pd.Timestamp(int(m.group(3)), month, int(m.group(2) or 1))
    except ValueError:
        return None
    return when if pd.isna(reported_on) or when <= pd.Timestamp(reported_on) else None


# What a commitment asks to happen, and which reported outcomes count as that being done. The first
# family whose words occur in the clause (earliest in the text) is its action; a clause with none
# ("consider a visit during the Olympics") is never fulfilled by news about the thing alone.
ACTIONS: tuple[tuple[str, str, frozenset[str]], ...] = (
    ("launch", r"launch\w*|establish\w*|set up|creat\w+|inaugurat\w+", frozenset({"launched", "held"})),
    ("hold", r"hold|held|host\w*|conven\w+|organi[sz]\w+|success of", frozenset({"held", "launched", "completed"})),
    ("take part", r"take part|participat\w+|attend\w*", frozenset({"held"})),
    ("sign", r"sign\w*|conclud\w+|adopt\w*", frozenset({"signed", "concluded"})),
    ("complete", r"complet\w+|finali[sz]\w+|implement\w*|build|construct\w*", frozenset({"completed", "launched"})),
    ("rename", r"call|renam\w+", frozenset({"held"})),
)
_ACTION_RE = re.compile("|".join(rf"\b(?P<a{i}>{pattern})\b" for i, (_, pattern, _) in enumerate(ACTIONS)), re.I)


def action(clause: str) -> str | None:
    """The action family a commitment's clause asks for (see ACTIONS), or None."""
    m = _ACTION_RE.search(clause or "")
    return ACTIONS[int(m.lastgroup[1:])][0] if m else None


def done_by(action_name: str | None) -> frozenset[str]:
    """The outcomes that show `action_name` done."""
    return next((done for name, _, done in ACTIONS if name == action_name), frozenset())
