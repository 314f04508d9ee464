"""When a commitment is due: the last day its stated target allows."""

from __future__ import annotations

import calendar
import datetime as dt
import re

import pandas as pd

from core.extract.targets import period_end

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def deadline(target: object, made: object) -> tuple[dt.date | None, str]:
    """The last day a target allows, and how it was read. Relative targets ('next year', 'this
    year') count from `made` (the release's date); open ones ('as soon as possible') have none."""
    if not isinstance(target, str) or not target.strip():
        return None, "no target stated"
    text = target.lower()
    base = pd.Timestamp(made).date() if pd.notna(made) else None
    year = None
    if m := re.search(r"\b(19|20)\d\d\b", text):
        year = int(m.group())
    elif re.search(r"\b(this|the current) year\b", text) and base:
        year = base.year
    elif re.search(r"\bnext year\b", text) and base:
        year = base.year + 1
    elif re.search(r"\bnext month\b", text) and base:
        nxt = (base.replace(day=1) + dt.timedelta(days=32)).replace(day=1)
        return _month_end(nxt.year, nxt.month), f"'{target}' counted from {base}"
    if year is None:
        relative = re.search(r"\b(this|next) (year|month)\b", text)
        why = "the release has no date to count from" if relative else "it names no date"
        return None, f"'{target}' gives no deadline: {why}"
    if m := re.search(r"\b(" + "|".join(_MONTHS) + r")\b", text):
        return _month_end(year, _MONTHS[m.group(1)]), f"'{target}' ends {_month_end(year, _MONTHS[m.group(1)])}"
    if month := period_end(text):
        return _month_end(year, month), f"'{target}' read as by {_month_end(year, month)}"
    return dt.date(year, 12, 31), f"'{target}' read as by the end of {year}"
