"""Chart builders: frames in, Plotly figures out (empty frames included). No Streamlit here.

`meeting_charts` draws meetings, commitments and areas; `tracking_charts` the tracker's and the
mechanisms' charts; `style` is the layout, colours and empty figure they share."""

from core.charts.account_charts import areas_by_account
from core.charts.meeting_charts import (
    COLOR_BY,
    KIND_COLOURS,
    KINDS,
    LEVEL_COLOURS,
    LEVELS,
    NO_MECHANISM,
    area_share,
    areas_by_year,
    commitments_over_time,
    meeting_rows,
    meetings_per_year,
    timeline,
)
from core.charts.style import PALETTE, empty, plain

__all__ = [
    "COLOR_BY",
    "KINDS",
    "KIND_COLOURS",
    "LEVELS",
    "LEVEL_COLOURS",
    "NO_MECHANISM",
    "PALETTE",
    "area_share",
    "areas_by_account",
    "areas_by_year",
    "commitments_over_time",
    "empty",
    "meeting_rows",
    "meetings_per_year",
    "plain",
    "timeline",
]
