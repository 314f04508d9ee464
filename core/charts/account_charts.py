"""The areas each account of one meeting covers, side by side (the meeting page's chart)."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from core.charts.style import PALETTE, empty, layout, plain

TITLE = "Cooperation areas by account"


def areas_by_account(table: pd.DataFrame) -> go.Figure:
    """Grouped bars: mentions of each area (rows) in each account (one colour each); an area only
    one account covers is labelled "only in …". `table` is core.meetings.compare.areas_by_account."""
    accounts = [c for c in table.columns if c not in ("area", "only_in")]
    if table.empty or not accounts:
        return empty(TITLE, "No account of this meeting names a cooperation area (or none is in English).")
    order = table.iloc[::-1]
    labels = [
        plain(a) + (f"  <i>(only in {plain(o)})</i>" if o else "")
        for a, o in zip(order["area"], order["only_in"], strict=True)
    ]
    fig = go.Figure(
        [
            go.Bar(
                y=labels,
                x=order[acc],
                name=plain(acc),
                orientation="h",
                marker_color=PALETTE[i % len(PALETTE)],
                hovertemplate=f"{plain(acc)}<br>%{{y}}: %{{x}} mention(s)<extra></extra>",
            )
            for i, acc in enumerate(accounts)
        ]
    )
    fig.update_layout(barmode="group")
    fig.update_xaxes(title="mentions", dtick=1 if order[accounts].to_numpy().max() <= 8 else None)
    fig.update_yaxes(automargin=True)
    return layout(fig, TITLE, x="Mentions", height=max(260, 60 + 28 * len(order) * max(1, len(accounts) // 2 + 1)))
