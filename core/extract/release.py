"""One release, normalised: the orchestrator that runs every extractor on one document.

`normalise()` is a pure function of the text (and the vocabulary): it returns the rows of every
frame for that release, or raises `NotARelease` with a reason. Batches, caches and distributed
runs call it per document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import islice

from core.extract.areas import areas_of, extract_areas
from core.extract.commitments import extract_commitments
from core.extract.dates import extract_date, extract_published, known_event
from core.extract.entities import entities_of, entity_kind, extract_entities
from core.extract.listings import extract_listed_sessions
from core.extract.meeting import (
    extract_counterpart,
    extract_format,
    extract_host_event,
    extract_level,
    extract_mechanism,
    extract_venue,
    host_event_names,
)
from core.extract.people import extract_people
from core.extract.provenance import (
    UNKNOWN,
    alone,
    detect_language,
    find_publisher,
    foreign_date,
    perspective,
    published_line,
)
from core.ingest.clean import clean
from core.vocab import Vocab

MIN_WORDS = 25
_WORD = re.compile(r"[A-Za-z]{2,}")
MIN_FOREIGN_CHARS = 80


class NotARelease(ValueError):
    """The text cannot be read as a press release; the message says why."""


@dataclass
class Record:
    """The rows one release contributes to each frame."""

    release: dict
    participants: list[dict] = field(default_factory=list)
    commitments: list[dict] = field(default_factory=list)
    areas: list[dict] = field(default_factory=list)
    entities: list[dict] = field(default_factory=list)
    sessions: list[dict] = field(default_factory=list)


def normalise(text: str, source: str, vocab: Vocab) -> Record:
    release = clean(text)
    publisher = find_publisher(text, vocab)
    language = detect_language(f"{release.title}\n{release.text}")
    if language != "en" and len(release.text) >= MIN_FOREIGN_CHARS:  # shorter: too little to tell
        return _foreign(release, text, source, language, publisher)
    words = sum(1 for _ in islice(_WORD.finditer(release.text), MIN_WORDS))  # enough is enough
    if words < MIN_WORDS:
        raise NotARelease(f"too little English text to be a press release ({words} words)")
    if not any(len(s.text.split()) >= 6 for s in release.sentences):
        raise NotARelease("no sentences found; this does not look like a press release")
    rid = release.release_id
    people = extract_people(release, vocab)
    participants = [p for p in people if p.participant]
    counterpart = extract_counterpart(release, people, vocab)
    event = known_event(release, vocab)
    date = extract_date(release, vocab, participants, counterpart, event)
    host_event = extract_host_event(release, vocab)
    mechanism, session = extract_mechanism(release, vocab)
    leads = _leads(people)
    sides = _sides(people, leads, counterpart, vocab)
    record = Record(
        release={
            "release_id": rid,
            "source": source,
            "title": release.title,
            "published": extract_published(release),
            "meeting_date": date.start,
            "meeting_end": date.end,
            "date_basis": date.basis,
            "date_evidence": date.evidence,
            "counterpart": perspective(counterpart, publisher),
            "mechanism": mechanism,
            "session_number": session,
            "level": extract_level(release, people, vocab),
            "format": (format_ := extract_format(release, host_event, people)),
            "venue": extract_venue(
                release,
                vocab,
                format_,
                event[4] if event else None,
                host_event,
                date.start,
                _home(publisher, vocab),
                tuple(p.name for p in people),
            ),
            "host_event": host_event,
            "text": release.text,
            "publisher": publisher.name if publisher else UNKNOWN,
            "language": language,
            **alone(rid),
        }
    )
    record.participants = [
        {
            "release_id": rid,
            "name": p.name,
            "title": p.title or None,
            "country": p.country or sides.get(p.name),
            "role": "participant" if p.participant else "mentioned",
            "lead": p.name in leads,
            "evidence": p.sentence,
            "start": p.start,
        }
        for p in people
    ]
    record.commitments = [
        {
            "release_id": rid,
            "commitment_id": f"{rid}-{i:02d}",
            "kind": c.kind,
            "actor": c.actor,
            "text": c.text,
            "areas": areas_of(c.text, vocab),
            "target": c.target,
            "entities": entities_of(c.text, vocab),
            "evidence": c.evidence,
            "start": c.start,
        }
        for i, c in enumerate(
            extract_commitments(release, people, counterpart, vocab, date.start and date.start.year), start=1
        )
    ]
    record.areas = [
        {"release_id": rid, "area": h.value, "mentions": h.mentions, "evidence": [s.text for s in h.sentences]}
        for h in extract_areas(
            [s for s in release.sentences if not s.note],
            vocab,
            host_event_names(release, vocab),
            tuple(p.title for p in people if p.title),
        )
    ]
    record.entities = [
        {
            "release_id": rid,
            "entity": h.value,
            "kind": entity_kind(h.value, vocab),
            "mentions": h.mentions,
            "evidence": [s.text for s in h.sentences],
        }
        for h in extract_entities(release.sentences, vocab)
    ]
    record.sessions = [
        {"release_id": rid, "session_number": n, "date": date, "evidence": line}
        for n, date, line in extract_listed_sessions(release, mechanism, vocab)
    ]
    return record


def _foreign(release, raw: str, source: str, language: str, publisher) -> Record:
    """A text not in English: kept whole and marked with its language, its date read from its
    numbers; no English rule runs on it (core.meetings links it to its meeting by names, numbers
    and dates)."""
    published = release.published or published_line(raw)
    found = foreign_date(raw, language, published)
    start = found.full()
    basis = UNKNOWN if start is None else "stated" if found.evidence.find("[date line") < 0 else "date_line"
    evidence = (
        found.evidence
        if start
        else f"{found.evidence} [year not stated; text in '{language}', read by its numbers only]"
    )
    rid = release.release_id
    return Record(
        release={
            "release_id": rid,
            "source": source,
            "title": release.title,
            "published": published,
            "meeting_date": start,
            "meeting_end": start,
            "date_basis": basis,
            "date_evidence": evidence,
            "counterpart": UNKNOWN,
            "mechanism": None,
            "session_number": None,
            "level": UNKNOWN,
            "format": UNKNOWN,
            "venue": None,
            "host_event": None,
            "text": release.text,
            "publisher": publisher.name if publisher else UNKNOWN,
            "language": language,
            **alone(rid),
        }
    )


def _home(publisher, vocab: Vocab) -> str | None:
    """The country whose ministry published the text: the home country when no masthead names one,
    none for a news agency."""
    if publisher is None:
        return vocab.home
    return publisher.home if publisher.kind == "ministry" else None


def _sides(people, leads: set[str], counterpart: str, vocab: Vocab) -> dict[str, str]:
    """In a meeting of the home country with one partner, the head of delegation whose state the
    text does not give ("Minister of State for Foreign Affairs Sultan bin Saad Al-Muraikhi" at the
    ROK-Qatar strategic dialogue) is the partner's: name -> counterpart."""
    heads = [p for p in people if p.name in leads]
    unplaced = [p.name for p in heads if p.country is None]
    countries = {p.country for p in heads}
    if len(unplaced) != 1 or vocab.home not in countries or counterpart not in vocab.places.parties:
        return {}
    return {} if counterpart in countries else {unplaced[0]: counterpart}


def _leads(people) -> set[str]:
    """The first participant of each state heads its side; a participant whose state is unknown
    heads one only while fewer than two sides have a head."""
    leads, seen = set(), set()
    for p in people:
        if p.participant and p.country is not None and p.country not in seen:
            leads.add(p.name)
            seen.add(p.country)
    unplaced = [p.name for p in people if p.participant and p.country is None]
    if len(seen) < 2 and unplaced:
        leads.add(unplaced[0])
    return leads
