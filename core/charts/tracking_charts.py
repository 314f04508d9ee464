"""Plotly figures for commitment tracking (frames in, figures out; no Streamlit)."""

from __future__ import annotations

import textwrap

import pandas as pd
import plotly.graph_objects as go

from core.charts.style import empty, layout, plain, wrap
from core.track.statuses import RULES

STATUS_COLOURS = {r.status: r.colour for r in RULES}  # in rule order
OUTCOME_SYMBOLS = {"mentioned": "circle-open", "continuing": "diamond", "postponed": "x", "cancelled": "x"}


def _short(text: str, width: int = 60) -> str:
    return plain(textwrap.shorten(str(text), width=width, placeholder="…"))


def status_counts(statuses: pd.DataFrame) -> go.Figure:
    """Commitments per year they were made, stacked by status."""
    title = "Commitments by year made and status"
    dated = statuses[statuses["made"].notna()]
    if dated.empty:
        return empty(title, "No dated commitments in this view.")
    counts = dated.assign(year=dated["made"].dt.year).groupby(["year", "status"]).size().unstack(fill_value=0)
    fig = go.Figure()
    for status, colour in STATUS_COLOURS.items():
        if status in counts:
            fig.add_bar(x=counts.index.astype(str), y=counts[status], name=status, marker_color=colour)
    fig.update_layout(barmode="stack", xaxis={"type": "category"})
    undated = len(statuses) - len(dated)
    note = f"{undated} undated not shown" if undated else None
    return layout(fig, title, subtitle=note, x="Year made", y="Commitments")


def promise_timeline(statuses: pd.DataFrame, followups: pd.DataFrame, commitments: pd.DataFrame) -> go.Figure:
    """One line per followed commitment: from the promise, through each follow-up, to its deadline."""
    title = "From promise to follow-up"
    text = commitments.set_index("commitment_id")["text"]
    rows = statuses[
        statuses["made"].notna()
        & (statuses["commitment_id"].isin(followups["commitment_id"]) | statuses["deadline"].notna())
    ]
    if rows.empty:
        return empty(title, "No dated commitment with a deadline or a follow-up in this view.")
    rows = rows.sort_values("made")
    fig = go.Figure()
    shown = set()
    for r in rows.itertuples():
        # the date over the start of the clause: a long label would squeeze the time axis on a narrow window
        label = f"{r.made.date()}<br>{_short(text.get(r.commitment_id, r.commitment_id), 30)}"
        colour = STATUS_COLOURS.get(r.status, "#333")
        fu = followups[followups["commitment_id"] == r.commitment_id]
        fu = fu.assign(at=fu["happened"].fillna(fu["followup_date"]))  # when it happened, when the text says
        xs = [r.made, *fu["at"], *([r.deadline] if pd.notna(r.deadline) else [])]
        fig.add_scatter(
            x=[min(xs), max(xs)],
            y=[label, label],
            mode="lines",
            line={"color": colour, "width": 3},
            name=r.status,
            legendgroup=r.status,
            showlegend=r.status not in shown,
            hoverinfo="skip",
        )
        shown.add(r.status)
        fig.add_scatter(
            x=[r.made],
            y=[label],
            mode="markers",
            marker={"color": colour, "size": 10},
            showlegend=False,
            hovertext=[f"promise ({r.status})<br>{_short(text.get(r.commitment_id, ''), 120)}"],
            hoverinfo="text",
        )
        if pd.notna(r.deadline):
            fig.add_scatter(
                x=[r.deadline],
                y=[label],
                mode="markers",
                marker={"symbol": "line-ns-open", "size": 14, "color": colour},
                showlegend=False,
                hovertext=[f"deadline {r.deadline.date()} ({r.target})"],
                hoverinfo="text",
            )
        for f in fu.itertuples():
            fig.add_scatter(
                x=[f.at],
                y=[label],
                mode="markers",
                marker={"symbol": OUTCOME_SYMBOLS.get(f.outcome, "star"), "size": 12, "color": colour},
                showlegend=False,
                hovertext=[
                    f"{f.at.date()}: {f.outcome}"
                    + ("" if f.at == f.followup_date else f" (reported {f.followup_date.date()})")
                    + f"<br>{_short(f.sentence, 160)}"
                ],
                hoverinfo="text",
            )
    fig.update_yaxes(autorange="reversed")
    return layout(
        fig,
        title,
        max(340, 140 + 38 * len(rows)),
        subtitle="● promise, ★ reported done, ○ mentioned, | deadline",
        x="Date",
        y="Commitment",
    )


def series_chart(series: pd.DataFrame) -> go.Figure:
    """Each mechanism's dated sessions on a time axis, labelled with their numbers; a session known
    only from another release's list (not loaded) is an open circle."""
    title = "Sessions of each mechanism"
    dated = series[series["date"].notna()]
    if dated.empty:
        return empty(title, "No dated session in this view.")
    fig = go.Figure()
    shared = set(dated.groupby("series")["counterpart"].nunique().loc[lambda n: n > 1].index)
    names = []
    for (series_name, counterpart), group in dated.groupby(["series", "counterpart"]):
        name = f"{series_name} · {counterpart}" if series_name in shared else series_name
        labels = group["session_number"].map(lambda n: "?" if pd.isna(n) else str(int(n)))
        names.append(plain(name))
        fig.add_scatter(
            x=group["date"],
            y=[plain(name)] * len(group),
            mode="lines+markers+text",
            text=labels,
            # above and below in turn, so close sessions' numbers do not overlap
            textposition=["top center" if i % 2 == 0 else "bottom center" for i in range(len(group))],
            cliponaxis=False,
            marker={"size": 11, "symbol": ["circle" if c else "circle-open" for c in group["in_corpus"]]},
            name=plain(name),
            hovertext=[
                f"session {lab}: {d.date()} ({plain(nm if loaded else note)})"
                + ("" if pd.isna(days) else f"<br>{days} days after the previous")
                for lab, d, nm, loaded, note, days in zip(
                    labels,
                    group["date"],
                    group["name"],
                    group["in_corpus"],
                    group["note"],
                    group["days_since_previous"],
                    strict=True,
                )
            ],
            hoverinfo="text",
        )
    fig.update_layout(showlegend=False)
    fig.update_yaxes(
        range=[-0.6, len(names) - 0.4],  # room above the top row and below the last for session numbers
        tickmode="array",
        tickvals=names,
        ticktext=[wrap(n, 24) for n in names],
    )
    return layout(fig, title, max(280, 130 + 54 * len(names)), x="Session date", y="Mechanism")
