"""The look every Accord chart shares: fonts, colours, the layout (title, margins that grow to fit
their labels, legend under the plot), the figure for "nothing to draw", and text made safe for
Plotly. Both chart modules use these; no chart sets its own margins or fonts."""

from __future__ import annotations

import html

import plotly.graph_objects as go

PALETTE = (  # Okabe–Ito first (readable by colour-blind readers), then distinct extras
    "#0072B2",
    "#E69F00",
    "#009E73",
    "#D55E00",
    "#CC79A7",
    "#56B4E9",
    "#B8A000",
    "#000000",
    "#7F7F7F",
    "#8C564B",
    "#17BECF",
    "#9467BD",
)
FONT = {"family": "Inter, Helvetica, Arial, sans-serif", "size": 13, "color": "#222222"}
AXIS_TITLE = {"size": 12, "color": "#555555"}


def layout(
    fig: go.Figure,
    title: str,
    height: int = 420,
    x: str | None = None,
    y: str | None = None,
    subtitle: str | None = None,
    **kw,
) -> go.Figure:
    """Title, font, height and legend of `fig`; `x` and `y` are the axis titles. Margins start
    small and grow to fit tick labels and titles (automargin), so nothing is cut at any width;
    a title stays short (a narrow chart does not wrap it) and what more there is to say goes in
    the `subtitle`."""
    heading = {"text": title, "x": 0, "xanchor": "left", "font": {"size": 16}}
    if subtitle:
        heading["subtitle"] = {"text": subtitle, "font": {"size": 12, "color": "#555555"}}
    fig.update_layout(
        title=heading,
        template="plotly_white",
        font=FONT,
        height=height,
        margin={"l": 10, "r": 10, "t": 84 if subtitle else 60, "b": 10, "autoexpand": True},
        legend={
            "orientation": "h",
            "yref": "container",
            "y": 0,
            "yanchor": "bottom",
            "x": 0,
            "xanchor": "left",
            "title": None,
        },
        hoverlabel={"align": "left"},
        **kw,
    )
    if x is not None:
        fig.update_xaxes(title={"text": x, "font": AXIS_TITLE, "standoff": 14}, automargin=True)
    if y is not None:
        fig.update_yaxes(title={"text": y, "font": AXIS_TITLE, "standoff": 14}, automargin=True)
    return fig


def empty(title: str, message: str) -> go.Figure:
    """A figure that says there is nothing to draw, and why."""
    fig = go.Figure()
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper", font_size=15)
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return layout(fig, title, height=240)


def plain(text: object) -> str:
    """Text from a release made safe for Plotly labels and hovers, which read a subset of HTML:
    '<', '>' and '&' become entities, which Plotly shows as the characters themselves."""
    return html.escape(str(text), quote=False)


def wrap(text: object, width: int = 70) -> str:
    """`text` made safe (`plain`) and broken into lines of at most `width` characters."""
    lines, line = [], ""
    for word in plain(text).split():
        if line and len(line) + len(word) + 1 > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}".strip()
    return "<br>".join([*lines, line])
