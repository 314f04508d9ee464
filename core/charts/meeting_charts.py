"""Plotly figures built from Accord's frames. No Streamlit: the dashboard and the CLI share them.

Every builder takes the frames dict (as `Corpus.frames()` or `filters.apply` returns it) and returns
a `plotly.graph_objects.Figure`; with nothing to draw it returns a figure that says so. Colours are
the Okabe–Ito palette (readable by colour-blind readers) with fixed colours per level and per
commitment kind, so a colour means the same thing on every chart.
"""

from __future__ import annotations

import math

import pandas as pd
import plotly.graph_objects as go

from core.charts.style import PALETTE, empty, layout, plain, wrap

LEVELS = (
    "summit",
    "minister",
    "vice minister",
    "deputy minister",
    "working level",
    "unknown",
)
KINDS = ("agreement", "decision", "pledge", "hope", "request")
LEVEL_COLOURS = dict(zip(LEVELS, ("#D55E00", "#0072B2", "#009E73", "#E69F00", "#CC79A7", "#999999")))
KIND_COLOURS = dict(zip(KINDS, PALETTE))
COLOR_BY = {"level": "Level", "mechanism": "Mechanism", "counterpart": "Counterpart"}
NO_MECHANISM = "(no mechanism named)"


def _colours(values: list[str], color_by: str) -> dict[str, str]:
    if color_by == "level":
        return {v: LEVEL_COLOURS.get(v, "#999999") for v in values}
    return {v: PALETTE[i % len(PALETTE)] for i, v in enumerate(values)}


def _ordered(values: pd.Series, color_by: str) -> list[str]:
    present = list(dict.fromkeys(values))
    if color_by == "level":
        return [lv for lv in LEVELS if lv in present] + [v for v in present if v not in LEVELS]
    return sorted(present, key=lambda v: (-int((values == v).sum()), v))


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def meeting_rows(frames: dict[str, pd.DataFrame]) -> pd.DataFrame:
    """One row per release: what the timeline plots and lists (dated or not)."""
    r = frames["releases"].copy()
    counts = frames["commitments"].groupby("release_id").size()
    r["commitments"] = r["release_id"].map(counts).fillna(0).astype(int)
    p = frames["participants"]
    took_part = p[p["role"] == "participant"].sort_values(["release_id", "lead"], ascending=[True, False])
    names = took_part.groupby("release_id")["name"].agg(lambda s: ", ".join(dict.fromkeys(s)))
    r["participants"] = r["release_id"].map(names).fillna("")
    r["mechanism"] = r["mechanism"].fillna(NO_MECHANISM)
    r["series"] = [
        m if pd.isna(n) else f"{m} ({_ordinal(int(n))})"
        for m, n in zip(r["mechanism"], r["session_number"], strict=True)
    ]
    r["venue"] = r["venue"].fillna("—")
    return _one_per_meeting(r).sort_values("meeting_date", na_position="last").reset_index(drop=True)


def _one_per_meeting(r: pd.DataFrame) -> pd.DataFrame:
    """One row per meeting (core.meetings): its English account with the most commitments stands
    for it, ROK MOFA's first; `accounts` counts its accounts (copies and other sides included)."""
    r = r.assign(accounts=r.groupby("meeting_id")["release_id"].transform("size"))
    rank = pd.DataFrame({"en": r["language"].ne("en"), "rok": r["publisher"].ne("ROK MOFA"), "c": -r["commitments"]})
    order = rank.sort_values(["en", "rok", "c"], kind="stable").index
    return r.loc[order].drop_duplicates("meeting_id").sort_index()


def _hover(m: pd.DataFrame) -> pd.Series:
    when = m["meeting_date"].dt.strftime("%d %b %Y")
    until = m["meeting_end"].dt.strftime("%d %b %Y")
    when = when.where(until.isna() | (until == when), when + " – " + until)
    people = m["participants"].map(lambda s: s if len(s) < 90 else s[:87] + "…")
    return (
        "<b>"
        + m["title"].map(wrap)
        + "</b><br>"
        + when
        + " ("
        + m["date_basis"]
        + ")<br>"
        + m["series"].map(plain)
        + " · "
        + m["level"]
        + " · "
        + m["format"].map(plain)
        + "<br>Venue: "
        + m["venue"].map(plain)
        + "<br>Participants: "
        + people.replace("", "—").map(plain)
        + "<br>Commitments: "
        + m["commitments"].astype(str)
    )


def timeline(frames: dict[str, pd.DataFrame], color_by: str = "level") -> go.Figure:
    """Every dated meeting on a time axis, one row per mechanism (or meeting type).

    Markers are coloured by `color_by` (level, mechanism or counterpart) and sized by the number of
    commitments; the numbered sessions of one mechanism are joined by a line and labelled with their
    number. Each point's customdata is its release_id, so a click can open it.
    """
    title = "Meetings over time"
    m = meeting_rows(frames)
    m = m[m["meeting_date"].notna()]
    if m.empty:
        return empty(title, "No meeting with a known date matches the filters.")
    rows = list(m.groupby("mechanism")["meeting_date"].min().sort_values().index)
    # numbered sessions of a row are labelled above and below in turn, so neighbours do not overlap
    numbered = m[m["session_number"].notna()].sort_values("meeting_date")
    below = (numbered.groupby("mechanism").cumcount() % 2).astype(bool)
    m = m.assign(label_at="top center")
    m.loc[below[below].index, "label_at"] = "bottom center"
    fig = go.Figure()
    for (mech, _), g in m[m["session_number"].notna()].groupby(["mechanism", "counterpart"]):
        if len(g) > 1:  # one line per mechanism and counterpart: two countries' 5th meetings are not one series
            fig.add_trace(
                go.Scatter(
                    x=g["meeting_date"],
                    y=[mech] * len(g),
                    mode="lines",
                    line={"color": "#8a8a8a", "width": 2},
                    hoverinfo="skip",
                    showlegend=False,
                )
            )
    values = m[color_by].fillna("unknown")
    colours = _colours(_ordered(values, color_by), color_by)
    for value, colour in colours.items():
        g = m[values == value]
        fig.add_trace(
            go.Scatter(
                x=g["meeting_date"],
                y=g["mechanism"],
                mode="markers+text",
                name=value,
                text=g["session_number"].map(lambda n: "" if pd.isna(n) else _ordinal(int(n))),
                textposition=g["label_at"],
                textfont={"size": 11, "color": "#444444"},
                marker={
                    "color": colour,
                    "size": [10 + 4 * math.sqrt(c) for c in g["commitments"]],
                    "line": {"color": "white", "width": 1},
                    "opacity": 0.9,
                },
                customdata=g["release_id"],
                hovertext=_hover(g),
                hovertemplate="%{hovertext}<extra></extra>",
            )
        )
    fig.update_traces(cliponaxis=False, selector={"mode": "markers+text"})
    fig.update_yaxes(
        categoryorder="array",
        categoryarray=rows[::-1],
        range=[-0.7, len(rows) - 0.3],
        tickmode="array",
        tickvals=rows,
        ticktext=[wrap(r, 22) for r in rows],  # long names on two lines leave the time axis its width
    )
    lo, hi = m["meeting_date"].min(), m["meeting_date"].max()
    pad = max(pd.Timedelta(days=60), (hi - lo) * 0.04)
    fig.update_xaxes(showgrid=True, range=[lo - pad, hi + pad])
    return layout(
        fig,
        title,
        height=max(340, 150 + 58 * len(rows)),  # a bottom label and the next row's top label need ~52 px
        x="Meeting date",
        y="Mechanism",
        legend_title={"text": COLOR_BY.get(color_by, color_by) + ":", "side": "left"},
        showlegend=color_by != "mechanism",
        clickmode="event+select",
    )


def _by_year(df: pd.DataFrame, releases: pd.DataFrame) -> pd.DataFrame:
    years = releases.set_index("release_id")["meeting_date"].dt.year
    out = df.assign(year=df["release_id"].map(years))
    return out[out["year"].notna()].astype({"year": int})


def _stacked(
    counts: pd.DataFrame,
    column: str,
    title: str,
    order: list[str],
    colours: dict[str, str],
    counted: str,
) -> go.Figure:
    """Stacked bars per year on a numeric axis: one tick per year, and a lone year stays a bar's
    width instead of filling the chart; counts get whole-number ticks."""
    fig = go.Figure()
    lo, hi = int(counts["year"].min()), int(counts["year"].max())
    for value in order:
        g = counts[counts[column] == value]
        fig.add_bar(
            x=g["year"],
            y=g["n"],
            name=value,
            marker_color=colours[value],
            hovertemplate=f"{value}<br>%{{x}}: %{{y}}<extra></extra>",
        )
    fig.update_xaxes(
        range=[lo - 0.6, hi + 0.6] if hi - lo > 1 else [lo - 2, hi + 2],
        tickmode="linear",
        dtick=1 if hi - lo < 12 else 2,
        tickformat="d",
    )
    most = counts.groupby("year")["n"].sum().max()
    fig.update_yaxes(rangemode="tozero", dtick=1 if most <= 8 else None, tickformat="d")
    return layout(
        fig, title, x="Year of the meeting", y=counted, barmode="stack", bargap=0.25, legend_traceorder="normal"
    )


def meetings_per_year(frames: dict[str, pd.DataFrame], color_by: str = "level") -> go.Figure:
    """Stacked bars: dated meetings per year by level (or mechanism, counterpart); a meeting told by
    several accounts counts once."""
    title = "Meetings per year"
    r = _by_year(meeting_rows(frames), frames["releases"])
    if r.empty:
        return empty(title, "No meeting with a known date matches the filters.")
    r = r.assign(value=r[color_by].fillna("unknown"))
    counts = r.groupby(["year", "value"]).size().rename("n").reset_index()
    order = _ordered(r["value"], color_by)
    return _stacked(counts, "value", title, order, _colours(order, color_by), "Meetings")


def commitments_over_time(frames: dict[str, pd.DataFrame], by: str = "kind") -> go.Figure:
    """Stacked bars: commitments per year of the meeting, by kind or by cooperation area."""
    title = f"Commitments per year by {by}"
    c = _by_year(frames["commitments"], frames["releases"])
    if by == "area":
        c = c.explode("areas").rename(columns={"areas": "area"})
        c["area"] = c["area"].fillna("(no area)")
    if c.empty:
        return empty(title, "No dated commitment matches the filters.")
    counts = c.groupby(["year", by]).size().rename("n").reset_index()
    if by == "kind":
        order = [k for k in KINDS if k in set(c["kind"])] + sorted(set(c["kind"]) - set(KINDS))
        colours = {k: KIND_COLOURS.get(k, "#999999") for k in order}
    else:
        order = _ordered(c[by], by)
        colours = _colours(order, by)
    return _stacked(counts, by, title, order, colours, "Commitments")


def areas_by_year(frames: dict[str, pd.DataFrame], kind: str = "heatmap") -> go.Figure:
    """Cooperation areas by year: a heatmap (area × year, releases mentioning it) or stacked bars."""
    title = "Areas by year (releases mentioning each)"
    a = _by_year(frames["areas"], frames["releases"])
    if a.empty:
        return empty(title, "No dated release with a cooperation area matches the filters.")
    counts = a.groupby(["year", "area"]).size().rename("n").reset_index()
    order = _ordered(a["area"], "area")
    if kind == "bars":
        return _stacked(counts, "area", title, order, _colours(order, "area"), "Releases mentioning it")
    grid = counts.pivot(index="area", columns="year", values="n").reindex(order).fillna(0).astype(int)
    fig = go.Figure(
        go.Heatmap(
            z=grid.values,
            x=[str(y) for y in grid.columns],
            y=list(grid.index),
            colorscale="Blues",
            zmin=0,
            text=grid.values,
            texttemplate="%{text}",
            hovertemplate="%{y}<br>%{x}: %{z} release(s)<extra></extra>",
            colorbar={"title": {"text": "releases", "font": {"size": 11}, "side": "right"}, "thickness": 10},
            xgap=2,
            ygap=2,
        )
    )
    names = [wrap(a, 24) for a in grid.index]
    fig.update_yaxes(autorange="reversed", tickmode="array", tickvals=list(grid.index), ticktext=names)
    fig.update_xaxes(type="category")
    row = max(38, 10 + 18 * max(n.count("<br>") + 1 for n in names))  # room for the longest name's lines
    return layout(fig, title, height=max(320, 130 + row * len(order)), x="Year of the meeting", y="Cooperation area")


def area_share(frames: dict[str, pd.DataFrame]) -> go.Figure:
    """Each area's share of all area mentions, as horizontal bars labelled with the percentage."""
    title = "Share of area mentions"
    a = frames["areas"]
    if a.empty:
        return empty(title, "No cooperation area matches the filters.")
    t = a.groupby("area").agg(mentions=("mentions", "sum"), releases=("release_id", "nunique"))
    t = t.assign(share=t["mentions"] / t["mentions"].sum()).sort_values("share")
    fig = go.Figure(
        go.Bar(
            x=t["share"],
            y=t.index,
            orientation="h",
            marker_color=PALETTE[0],
            text=[f"{s:.0%}" if s >= 0.005 else "<1%" for s in t["share"]],
            textposition="outside",
            cliponaxis=False,
            customdata=t[["mentions", "releases"]].values,
            hovertemplate="%{y}<br>%{x:.1%} of mentions<br>%{customdata[0]} mentions in "
            "%{customdata[1]} release(s)<extra></extra>",
        )
    )
    fig.update_xaxes(tickformat=".0%", range=[0, t["share"].max() * 1.25], showticklabels=False, showgrid=False)
    return layout(
        fig,
        title,
        height=max(300, 120 + 28 * len(t)),
        x="Share of all area mentions",
        y="Cooperation area",
        showlegend=False,
    )
