"""The frames Accord produces: columns declared once, documented once, enforced at the end of each
frame builder.

`COLUMNS` is the single source of truth: the README's data model is checked against it by a test,
and `enforce()` validates a frame with pandera and returns it with columns in the declared order.
"""

from __future__ import annotations

from functools import cache

import pandas as pd

# kind names understood by `enforce`: how a column is stored, as pandera checks it and as pandas
# stores it, and whether it may be empty.
_KINDS = {
    "str": (str, "str", False),
    "str?": (str, "str", True),
    "date?": ("datetime64[ns]", "datetime64[ns]", True),
    "int?": ("Int64", "Int64", True),
    "int": (int, "int64", False),
    "bool": (bool, "bool", False),
    "list": (object, "object", False),
}

# frame -> column -> (kind, description). Order is the order of the columns in the frame.
COLUMNS: dict[str, dict[str, tuple[str, str]]] = {
    "releases": {
        "release_id": ("str", "Stable id: the first 16 hex digits of the SHA-256 of the cleaned text."),
        "source": ("str", "Where the release came from: file path, path inside a zip, or upload name."),
        "title": ("str", "The release's headline."),
        "published": ("date?", "The page's own 'Date' line, when the copy kept one."),
        "meeting_date": ("date?", "First day of the meeting or event; empty when it cannot be known."),
        "meeting_end": ("date?", "Last day of a multi-day meeting or visit; equals meeting_date otherwise."),
        "date_basis": (
            "str",
            "The kind of evidence with which one year was left for meeting_date (every kind is "
            "intersected; README 'How a meeting's date is found'): stated (full date in the text), "
            "date_line (the page's Date line), known_event (a numbered recurring event such as the 37th "
            "UNHRC session), event_place (an event held at, with its year or host city), year_in_text "
            "(a phrase naming the present year), office_holder (the sourced terms of the titled "
            "participants), weekday (a weekday named with the date), bound (years told as past or "
            "ahead), other_release (another release lists this session with its date), session_order "
            "(the dated sessions around it in its series), other_account (a linked account of the same "
            "meeting gives the year), or unknown.",
        ),
        "date_evidence": (
            "str",
            "The sentence the date rests on, then [each piece of evidence that ruled years in or out; "
            "…], and for an unknown date the years left ('could be 2019 or 2020').",
        ),
        "counterpart": (
            "str",
            "The other side of the meeting: the state or organisation of the foreign heads of delegation, else the partner the title or opening names as a side (never a state merely discussed); 'Japan and China' for two partners, 'multilateral' for three or more.",
        ),
        "mechanism": ("str?", "Canonical name of the consultative mechanism or meeting type."),
        "session_number": ("int?", "Number of the session of the mechanism (14 for '14th meeting')."),
        "level": ("str", "summit, minister, vice minister, deputy minister, working level or unknown."),
        "format": (
            "str",
            "in person, virtual, phone, 'on the sidelines of …', or unknown (no meeting, only words sent; not English).",
        ),
        "venue": ("str?", "City (and country) where the meeting took place, when stated or known."),
        "host_event": ("str?", "The event a meeting was held on the sidelines or occasion of."),
        "text": ("str", "The cleaned body text; every evidence offset points into it."),
        "publisher": (
            "str",
            "Who published it (core/vocab/publishers.yaml: ROK MOFA, Japan MOFA, a news agency), as the "
            "text names it (masthead, byline, dateline, 'Source:' line); unknown when it names none.",
        ),
        "language": ("str", "Language of the text (ISO 639-1: en, ja, ar, id …); only English text is extracted."),
        "meeting_id": (
            "str",
            "The meeting it reports: shared by every account (release, copy, other side's readout, news "
            "report) of the same meeting; the release_id of its first account.",
        ),
        "link_confidence": ("str", "How sure the link to the other accounts is: high, medium, low; none when alone."),
        "link_reason": ("str", "Why it is linked: the names, dates, places or session the accounts share."),
    },
    "participants": {
        "release_id": ("str", "The release the person appears in."),
        "name": ("str", "Full name as the release gives it (one row per person per release)."),
        "title": ("str?", "Office as stated (e.g. 'Foreign Minister')."),
        "country": ("str?", "Country the person represents."),
        "role": ("str", "'participant' (took part) or 'mentioned'."),
        "lead": ("bool", "True for the head of each side's delegation."),
        "evidence": ("str", "The sentence the person was found in."),
        "start": ("int", "Offset of the evidence sentence in the release text."),
    },
    "commitments": {
        "release_id": ("str", "The release the commitment was made in."),
        "commitment_id": ("str", "Stable id: release_id and the commitment's position."),
        "kind": ("str", "agreement, decision, pledge, hope or request."),
        "actor": ("str", "'both sides', 'ROK', the counterpart country, or a named person."),
        "text": ("str", "The committed clause, without the reporting verb."),
        "areas": ("list", "Cooperation areas the clause touches (taxonomy names)."),
        "target": ("str?", "When it is due, as stated: '2018', 'first half of 2021', 'from the 15th meeting'."),
        "entities": ("list", "Canonical names of events, projects and mechanisms named in the clause."),
        "evidence": ("str", "The whole sentence the commitment comes from."),
        "start": ("int", "Offset of the evidence sentence in the release text."),
    },
    "areas": {
        "release_id": ("str", "The release."),
        "area": ("str", "Cooperation area from core/vocab/areas.yaml."),
        "mentions": ("int", "Number of keyword matches of the area in the release."),
        "evidence": ("list", "The sentences that matched, in text order."),
    },
    "entities": {
        "release_id": ("str", "The release."),
        "entity": ("str", "Canonical name (aliases resolved through core/vocab/entities.yaml)."),
        "kind": ("str", "event, project, agreement, organisation or mechanism."),
        "mentions": ("int", "Number of times it is named."),
        "evidence": ("list", "The sentences that name it, in text order."),
    },
    "sessions": {
        "release_id": ("str", "The release that lists the session (a session of its own mechanism)."),
        "session_number": ("int", "The listed session's number."),
        "date": ("date?", "The date the release gives for it."),
        "evidence": ("str", "The line that lists it ('17th consultation held in Seoul on November 27, 2017')."),
    },
    "errors": {
        "source": ("str", "The file, zip member or upload that could not be read."),
        "problem": ("str", "What is wrong with it, in plain words."),
    },
    # Frames derived from the ones above by core/tracking.py (not part of a Corpus).
    "followups": {
        "commitment_id": ("str", "The commitment followed."),
        "release_id": ("str", "The release the commitment was made in."),
        "thing": ("str", "The event, project, agreement or mechanism followed (canonical name)."),
        "followup_release_id": ("str", "A later release naming the same thing."),
        "followup_date": ("date?", "That release's meeting date, else its published date."),
        "outcome": (
            "str",
            "What its sentence says happened: launched, held, signed, concluded, completed, continuing, "
            "postponed, cancelled, or mentioned (named again, nothing reported).",
        ),
        "sentence": ("str", "The sentence of the later release the outcome rests on."),
        "days_after": ("int?", "Days from the commitment's release to the follow-up."),
        "happened": (
            "date?",
            "When the outcome happened, when the sentence says so ('since its launch in November 2018' -> "
            "2018-11-01); empty: the follow-up's date stands for it.",
        ),
    },
    "statuses": {
        "commitment_id": ("str", "The commitment."),
        "release_id": ("str", "The release the commitment was made in."),
        "things": ("list", "Canonical things the commitment is about (empty: nothing to follow)."),
        "action": (
            "str?",
            "What the clause asks to happen: launch, hold, take part, sign, complete, rename; empty if none.",
        ),
        "made": ("date?", "Date of the commitment's release (meeting date, else published)."),
        "target": ("str?", "The target as stated in the commitment."),
        "deadline": ("date?", "Last day the target allows ('2018' -> 2018-12-31); empty when open."),
        "status": (
            "str",
            "What is known of it, by the first rule of `core/track/statuses.py` RULES that applies (see Commitment tracking).",
        ),
        "reason": ("str", "Why: the rule that fired, with dates and the sentence it rests on."),
        "evidence": ("str?", "The later sentence the status rests on, when there is one."),
        "evidence_release_id": ("str?", "The release that sentence comes from."),
        "evidence_date": ("date?", "That release's date."),
        "corrected": ("bool", "True when an analyst's correction set the status."),
        "title": ("str", "Title of the release the commitment was made in."),
        "counterpart": ("str", "Counterpart of that release."),
        "later_releases": (
            "int",
            "Releases dated after the commitment (up to today) on the same counterpart or naming one of its things: "
            "the ones that could have reported it.",
        ),
        "happened": ("date?", "When the evidence says the thing happened (else the evidence's date)."),
    },
    "series": {
        "series": ("str", "The mechanism (current name, after renamings)."),
        "counterpart": ("str", "The other country of its sessions: one series per mechanism and counterpart."),
        "name": ("str?", "The name the mechanism had at this session; empty for a missing session."),
        "session_number": ("int?", "The session's number; empty when the release gives none."),
        "release_id": ("str?", "The release reporting the session; empty when it is missing from the corpus."),
        "date": (
            "date?",
            "The session's date (meeting date, else published; for a missing session, the date a release lists for it).",
        ),
        "in_corpus": (
            "bool",
            "False for a session missing from the corpus: a number between two sessions in it, or an earlier one a release lists.",
        ),
        "days_since_previous": ("int?", "Days since the previous dated session of the series."),
        "note": ("str", "Renaming or gap note ('missing from the corpus', 'renamed from …')."),
    },
}

# Frames a Corpus holds; the tracking frames come after "errors".
FRAMES = tuple(COLUMNS)[: tuple(COLUMNS).index("errors") + 1]


_PANDAS_DTYPES = {frame: {c: _KINDS[kind][1] for c, (kind, _) in cols.items()} for frame, cols in COLUMNS.items()}
_REQUIRED = {frame: [c for c, (kind, _) in cols.items() if not _KINDS[kind][2]] for frame, cols in COLUMNS.items()}


def empty(frame: str) -> pd.DataFrame:
    """An empty frame with the declared columns and dtypes: the one way to make a frame of no rows
    (a new copy each call, so a caller may add to it)."""
    return _empty(frame).copy()


@cache
def _empty(frame: str) -> pd.DataFrame:
    return pd.DataFrame({c: pd.Series(dtype=dtype) for c, dtype in _PANDAS_DTYPES[frame].items()})


def enforce(df: pd.DataFrame, frame: str) -> pd.DataFrame:
    """Validate `df` against the declared schema of `frame`, coercing to the declared dtypes;
    columns come back in declared order.

    Rows that plainly fit (every required cell filled, each column taking its declared dtype) are
    only coerced; the rest go through pandera, which says what is wrong. Its fixed cost (~10 ms a
    frame, ~0.4 s to import) is most of the time it takes to build the frames of one release.
    """
    df = df.reindex(columns=list(COLUMNS[frame]))
    if not df[_REQUIRED[frame]].isna().any().any():
        try:
            return df.astype(_PANDAS_DTYPES[frame]).reset_index(drop=True)
        except (TypeError, ValueError):
            pass
    return _schema(frame).validate(df).reset_index(drop=True)


@cache
def _schema(frame: str):
    import pandera.pandas as pa  # ~0.4 s to import and first use: only a path that builds or changes rows needs it

    columns = {col: pa.Column(_KINDS[kind][0], nullable=_KINDS[kind][2]) for col, (kind, _) in COLUMNS[frame].items()}
    return pa.DataFrameSchema(columns, strict=True, coerce=True)
