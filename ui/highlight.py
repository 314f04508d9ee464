"""A release's text as HTML with its extractions marked. Release text is hostile input: every
piece of it goes through html.escape before any tag is added, and tags come only from here."""

from __future__ import annotations

import html
import itertools
from typing import NamedTuple

import pandas as pd

STYLE = """<style>
.accord-text{white-space:pre-wrap;line-height:1.65;font-size:0.98rem;max-width:60rem}
.accord-text mark{background:none;color:inherit;padding:0 1px;border-radius:3px}
.accord-text mark.commitment{background:#FFE08A}
.accord-text mark.area{border-bottom:2px solid #0072B2}
.accord-text mark.entity{text-decoration:underline dotted #009E73 2px;text-underline-offset:4px}
.accord-text mark.person{font-weight:700;color:#7A1F00}
.accord-text mark.session{outline:1px dashed #CC79A7;outline-offset:1px}
.accord-key mark{padding:1px 6px;margin-right:10px;background:none;color:inherit;border-radius:3px}
.accord-key mark.commitment{background:#FFE08A}
.accord-key mark.area{border-bottom:2px solid #0072B2}
.accord-key mark.entity{text-decoration:underline dotted #009E73 2px;text-underline-offset:4px}
.accord-key mark.person{font-weight:700;color:#7A1F00}
.accord-key mark.session{outline:1px dashed #CC79A7;outline-offset:1px}
</style>"""
KEY = (
    '<div class="accord-key">'
    '<mark class="commitment">commitment</mark><mark class="area">cooperation area</mark>'
    '<mark class="entity">named event, project or mechanism</mark><mark class="person">participant</mark>'
    '<mark class="session">past session listed</mark>'
    "</div>"
)


class Span(NamedTuple):
    start: int
    end: int
    kind: str  # css class: commitment, area, entity, person or session
    note: str  # shown on hover


def _sentences(text: str, sentences: list[str], kind: str, note: str) -> list[Span]:
    """Spans of sentences given in text order (each searched after the previous one)."""
    out, cursor = [], 0
    for s in sentences:
        at = text.find(s, cursor)
        at = text.find(s) if at < 0 else at
        if s and at >= 0:
            out.append(Span(at, at + len(s), kind, note))
            cursor = at + len(s)
    return out


def spans(text: str, frames: dict[str, pd.DataFrame], release_id: str) -> list[Span]:
    """Every extraction of one release as a span of its text."""

    def rows(name: str) -> pd.DataFrame:
        df = frames[name]
        return df[df["release_id"] == release_id]

    out = []
    for c in rows("commitments").itertuples():
        areas = f" [{', '.join(c.areas)}]" if len(c.areas) else ""
        out.append(
            Span(
                c.start,
                c.start + len(c.evidence),
                "commitment",
                f"{c.kind} by {c.actor}{areas}: {c.text}",
            )
        )
    for p in rows("participants").itertuples():
        at = p.evidence.find(p.name)
        if at >= 0:
            title = f", {p.title}" if isinstance(p.title, str) else ""
            out.append(
                Span(
                    p.start + at,
                    p.start + at + len(p.name),
                    "person",
                    f"{p.name}{title} ({p.role})",
                )
            )
    for a in rows("areas").itertuples():
        out += _sentences(text, list(a.evidence), "area", f"area: {a.area}")
    for e in rows("entities").itertuples():
        out += _sentences(text, list(e.evidence), "entity", f"{e.kind}: {e.entity}")
    for s in rows("sessions").itertuples():
        out += _sentences(text, [s.evidence], "session", f"session {s.session_number} listed: {s.date:%Y-%m-%d}")
    return [s for s in out if 0 <= s.start < s.end <= len(text)]


def to_html(text: str, marks: list[Span]) -> str:
    """The text, escaped, with each stretch covered by spans wrapped in one <mark> whose classes
    and tooltip combine all the spans covering it (spans may overlap freely)."""
    cuts = sorted({0, len(text), *(s.start for s in marks), *(s.end for s in marks)})
    parts = []
    for a, b in itertools.pairwise(cuts):
        piece = html.escape(text[a:b], quote=True)
        active = [s for s in marks if s.start <= a and b <= s.end]
        if not active:
            parts.append(piece)
            continue
        kinds = " ".join(sorted({s.kind for s in active}))
        note = html.escape("\n".join(dict.fromkeys(s.note for s in active)), quote=True)
        parts.append(f'<mark class="{kinds}" title="{note}">{piece}</mark>')
    return f'{STYLE}{KEY}<div class="accord-text">{"".join(parts)}</div>'
