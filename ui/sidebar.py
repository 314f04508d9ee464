"""The filter sidebar, the same on every page.

The filter of record is a `Filters` in session state (`state.FILTERS`): a new session takes it from
the URL, each widget change updates it (on_change), and every run copies it into the widgets before
they are drawn. Widgets alone would not do: Streamlit resets widget values on `st.switch_page`.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from core.charts import LEVELS, NO_MECHANISM
from core.frames.filters import Filters, year_span
from ui import state

LABELS = {
    "area": "Topic (cooperation area)",
    "mechanism": "Mechanism or meeting type",
    "level": "Level",
    "format": "Format",
    "counterpart": "Counterpart",
}
FIELDS = {  # Filters field -> its name in the "clear" buttons
    "years": "Years",
    "search": "Search",
    **{field: LABELS[key].split(" (")[0] for key, field in state.LISTS.items()},
}
YEARS = state.WIDGET + state.YEARS
SEARCH = state.WIDGET + state.SEARCH


def options(frames: dict[str, pd.DataFrame]) -> dict[str, list[str]]:
    """The choices of each multi-valued filter, from the whole loaded corpus."""
    r = frames["releases"]
    levels = set(r["level"].dropna())
    return {
        "area": sorted(frames["areas"]["area"].dropna().unique()),
        "mechanism": sorted(set(r["mechanism"].dropna()) - {NO_MECHANISM}),
        "level": [lv for lv in LEVELS if lv in levels] + sorted(levels - set(LEVELS)),
        "format": sorted(r["format"].dropna().unique()),
        "counterpart": sorted(r["counterpart"].dropna().unique()),
    }


def valid(f: Filters, choices: dict[str, list[str]], span: tuple[int, int] | None) -> Filters:
    """`f` without values the loaded corpus does not offer, its years inside the corpus's span."""
    lists = {field: tuple(v for v in getattr(f, field) if v in choices[key]) for key, field in state.LISTS.items()}
    years = None
    if f.years and span:
        lo, hi = (min(max(y, span[0]), span[1]) for y in f.years)
        years = (lo, hi) if (lo, hi) != span else None
    return Filters(years=years, search=f.search, **lists)


def _from_widgets(span: tuple[int, int] | None) -> None:
    """on_change of every filter widget: the widgets' values become the filter of record."""
    picked = tuple(st.session_state.get(YEARS, span or ())) or None
    st.session_state[state.FILTERS] = Filters(
        years=picked if picked and span and picked != span else None,
        search=st.session_state.get(SEARCH, "").strip(),
        **{field: tuple(st.session_state.get(state.WIDGET + key, [])) for key, field in state.LISTS.items()},
    )


def _to_widgets(f: Filters, span: tuple[int, int] | None) -> None:
    for key, field in state.LISTS.items():
        st.session_state[state.WIDGET + key] = list(getattr(f, field))
    if span:
        st.session_state[YEARS] = f.years or span
    st.session_state[SEARCH] = f.search


def clear(field: str | None = None) -> None:
    """on_click: clear one field of the filter of record (all of them when `field` is None)."""
    f = st.session_state.get(state.FILTERS) or Filters()
    st.session_state[state.FILTERS] = Filters() if field is None else f.without(field)


def describe_field(f: Filters, field: str) -> str:
    """'Counterpart: Russia', 'Years: 2018–2018', 'Search: “arctic”', for a button."""
    value = getattr(f, field)
    if field == "years":
        shown = f"{value[0]}–{value[1]}"
    elif field == "search":
        shown = f"“{value.strip()}”"
    else:
        shown = ", ".join(value)
    return f"{FIELDS[field]}: {shown}"


def render(frames: dict[str, pd.DataFrame]) -> Filters:
    """Draw the filters in the sidebar and return the filter of record."""
    choices = options(frames)
    span = year_span(frames["releases"])
    f = st.session_state.get(state.FILTERS)
    f = valid(state.url_filters() if f is None else f, choices, span)
    st.session_state[state.FILTERS] = f
    _to_widgets(f, span)

    sb = st.sidebar
    sb.header("Filters")
    changed = {"on_change": _from_widgets, "args": (span,)}
    if span and span[0] < span[1]:
        sb.slider(
            "Years (meeting date)",
            min_value=span[0],
            max_value=span[1],
            key=YEARS,
            help="Releases whose meeting date is unknown are left out once the range is narrowed.",
            **changed,
        )
    elif span:
        sb.caption(f"All dated meetings are in {span[0]}.")
    for key in state.LISTS:
        sb.multiselect(LABELS[key], choices[key], key=state.WIDGET + key, placeholder="All", **changed)
    sb.text_input(
        "Search the releases",
        key=SEARCH,
        placeholder="words in the title or text",
        help="Keeps releases whose title or text contains every word (ignoring case).",
        **changed,
    )
    if f.active():
        sb.button("Clear all filters", on_click=clear, icon=":material/filter_alt_off:")
    return f
