"""Commitments: what the sides agreed, decided, pledged, hoped for or asked, clause by clause.

A sentence may hold several ("Krutikov voiced hope to hold a briefing …, and the two sides agreed
to hold the session in early 2021"): each trigger verb starts a clause that runs to the next
trigger or the end of the sentence. The actor is whoever the sentence names just before the verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from core.clean import CleanRelease
from core.extract.people import Person

TRIGGERS = {
    "agreement": r"agreed (?:to|that|on)|reached (?:an )?agreement (?:to|on)|came to a common ground on|shared the (?:view|understanding) that",
    "decision": r"decided to|resolved to",
    "pledge": r"pledged to|promised to|vowed to|committed (?:themselves |itself )?to|offered to|will(?= (?:fully |actively |closely )?(?:cooperate|take part|provide|support|work|participate))",
    "hope": r"(?:voiced|expressed|expressing|voicing)(?: the| his| her| their)? hopes?(?: that| to| for)?|hoped (?:that |to )?|looks? forward to",
    "request": r"(?:asked|asking) (?:that |for |the |both |[A-Z]\w* )?|requested|called (?:on|for)|urged",
}
_TRIGGER_RE = re.compile("|".join(f"(?P<{k}>\\b(?:{v}))" for k, v in TRIGGERS.items()))
_BOTH = re.compile(
    r"\b(?:the two (?:sides|ministers|top diplomats|leaders|presidents|senior diplomats|countries|foreign ministers)|both sides|they|the two|the sides)\b",
    re.I,
)
_TARGET_RE = re.compile(
    r"\b(?:(?:in|by|until|from|during|within)\s+)?(?:(?:early|late|mid-|the (?:first|second) half of|the (?:first|second|third|fourth) quarter of)\s*)?"
    r"(?:(?:the year|January|February|March|April|May|June|July|August|September|October|November|December)\s+)?(?:19|20)\d\d\b"
    r"|\bfrom the \d+(?:st|nd|rd|th) meeting(?: and on| onward)?"
    r"|\b(?:next|this) year\b|\bas soon as possible\b|\bin the near future\b|\bat an appropriate time\b"
    r"|\bat a mutually convenient time(?: in (?:19|20)\d\d)?",
    re.I,
)


_ANAPHOR = re.compile(r"\b(?:[Tt]he (?:Deputy |Vice |Foreign )?Minister|[Tt]he Ambassador|[Hh]e|[Ss]he)\b")
_FUTURE = re.compile(r"\b(?:will|to be)\b")
_RELATIVE = re.compile(r"(?:,|\b)\s*(?:which|who|whom)\b[^,]*$")


@dataclass(frozen=True)
class Commitment:
    kind: str
    actor: str
    text: str
    target: str | None
    evidence: str
    start: int
    clause_start: int  # offset of the clause in the release text


def extract_commitments(release: CleanRelease, people: list[Person], counterpart: str) -> list[Commitment]:
    out: list[Commitment] = []
    last_person = None
    for s in release.sentences:
        if s.note:
            continue
        triggers = list(_TRIGGER_RE.finditer(s.text))
        previous_actor = None
        for i, m in enumerate(triggers):
            end = triggers[i + 1].start() if i + 1 < len(triggers) else len(s.text)
            clause = _trim(s.text[m.end() : end])
            if len(clause.split()) < 3:
                continue
            prefix = s.text[triggers[i - 1].end() if i else 0 : m.start()]
            if _RELATIVE.search(prefix):
                continue  # "…, which the Presidents agreed to set up …" reports, it does not commit
            tail = re.split(r"[,;]", prefix)[-1]
            head = " ".join(s.text[: m.start()].split()[:12])
            actor = (
                _actor(tail, people, counterpart)
                or _actor(head, people, counterpart)
                or (last_person if _ANAPHOR.search(head) else None)
                or previous_actor
                or "both sides"
            )
            previous_actor = actor
            if actor in {p.name for p in people}:
                last_person = actor
            target = _target(clause) or (_target(prefix) if _FUTURE.search(prefix) else None)
            out.append(Commitment(m.lastgroup, actor, clause, target, s.text, s.start, s.start + m.end()))
    return out


def _trim(clause: str) -> str:
    clause = re.sub(r"^(?:that|to|for|on)\s+", "", clause.strip(" ,;"))
    clause = re.sub(
        r",?\s*(?:and|while|adding that|saying that)\s*(?:the two sides|both sides|they|he|she)?\s*$", "", clause
    )
    return clause.strip(" ,;").rstrip(".")


def _actor(text: str, people: list[Person], counterpart: str) -> str | None:
    """The subject named last in `text`: both sides, a person, the ROK or the counterpart."""
    found: list[tuple[int, str]] = []
    for p in people:
        for key in {p.name, *p.name.split()}:
            if len(key) >= 3 and (pos := text.rfind(key)) >= 0:
                found.append((pos, p.name))
    found += [(m.start(), "both sides") for m in _BOTH.finditer(text)]
    found += [(m.start(), "ROK") for m in re.finditer(r"\b(?:the ROK|Korea|the Korean side)\b", text, re.I)]
    if counterpart and counterpart not in ("unknown", "multilateral"):
        found += [
            (m.start(), counterpart) for m in re.finditer(rf"\b{re.escape(counterpart)}(?:n side|’s|'s)?\b", text)
        ]
    return max(found)[1] if found else None


def _target(clause: str) -> str | None:
    hits = [m.group(0).strip() for m in _TARGET_RE.finditer(clause)]
    if not hits:
        return None
    return re.sub(r"^(?:(?:in|by|during|within)\s+)?(?:the\s+(?=first|second|third|fourth))?", "", hits[-1], flags=re.I)
