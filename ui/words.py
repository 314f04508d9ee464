"""Plain words for the frames' coded values, for readers who have not read the README."""

from __future__ import annotations

# date_basis -> how the meeting's date was found, in a sentence
BASIS = {
    "stated": "The release gives the full date.",
    "date_line": "The release gives the day and month; the year is taken from the date the ministry's page carries.",
    "known_event": "The release gives the day and month; the year is that of the recurring event it names.",
    "year_in_text": "The release gives the day and month; another phrase of the text tells the year.",
    "office_holder": "The release gives the day and month; the people taking part all held their offices "
    "together in one year only.",
    "weekday": "The release gives the day and month with a weekday; only one possible year puts that date "
    "on that weekday.",
    "other_release": "The release gives the day and month; another loaded release lists this session with its "
    "full date.",
    "event_place": "The release gives the day and month; the year is that of the event it names, held in that "
    "place only once.",
    "bound": "The release gives the day and month; what it tells as past or ahead leaves one year.",
    "session_order": "The release gives the day and month; the dated sessions before and after it in its series "
    "leave one year.",
    "other_account": "The release gives the day and month; another account of the same meeting gives the year.",
    "analyst": "An analyst set the date.",
    "unknown": "The release does not say in which year the meeting took place, and nothing else pins it down.",
}


def basis(code: str) -> str:
    """The sentence for a `date_basis` value (the value itself when it has none)."""
    return BASIS.get(code, code)
