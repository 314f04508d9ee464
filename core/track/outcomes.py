"""What a later sentence says happened to a thing (`outcome`), and what a commitment asks to happen
(`action`) with the outcomes that show it done (`done_by`)."""

from __future__ import annotations

import re

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


def outcome(sentence: str) -> str:
    """What `sentence` says happened to the thing it names: the first of OUTCOMES it reports
    (verbs after will/to be/not … are plans or denials and do not count), else 'mentioned'."""
    for name, pattern in _OUTCOME_RE:
        for m in pattern.finditer(sentence):
            if not _NOT_A_REPORT.search(sentence[max(0, m.start() - 40) : m.start()]):
                return name
    return "mentioned"


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
