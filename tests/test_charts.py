"""core.charts figures and core.frames.export bytes, built from the real releases."""

from __future__ import annotations

import datetime as dt
import io

import openpyxl
import pandas as pd
import plotly.graph_objects as go
import pytest
from PIL import Image

import core
from core import charts
from core.frames.export import (
    FOOTER_HEIGHT,
    figure_to_bytes,
    footer,
    frame_to_csv,
    frame_to_xlsx,
    static_export_problem,
)
from core.frames.filters import Filters, apply
from tests.conftest import CORPUS, DATASETS, ROOT, frames_of

frames = frames_of


def points(fig: go.Figure) -> list[str]:
    """release_ids of the timeline's meeting markers."""
    return [rid for t in fig.data if "markers" in (t.mode or "") for rid in t.customdata]


@pytest.mark.parametrize("data", DATASETS)
@pytest.mark.parametrize("color_by", list(charts.COLOR_BY))
def test_timeline_has_one_marker_per_dated_meeting(data, color_by):
    f = frames(data)
    fig = charts.timeline(f, color_by)
    dated = f["releases"].dropna(subset=["meeting_date"])
    assert sorted(points(fig)) == sorted(dated["release_id"])
    assert all(t.hovertemplate for t in fig.data if "markers" in (t.mode or ""))


def test_timeline_joins_a_mechanisms_sessions_with_a_line():
    f = frames(CORPUS)
    r = f["releases"].dropna(subset=["meeting_date", "session_number"])
    series = r.groupby(["mechanism", "counterpart"]).size()
    lines = [t.y[0] for t in charts.timeline(f).data if t.mode == "lines"]
    assert sorted(lines) == sorted(mech for mech, _ in series[series > 1].index)


def test_timeline_marker_size_grows_with_commitments():
    f = frames(ROOT / "seeds")
    rows = charts.meeting_rows(f).set_index("release_id")
    for t in charts.timeline(f).data:
        for rid, size in zip(t.customdata, t.marker.size):
            assert size == pytest.approx(10 + 4 * rows.at[rid, "commitments"] ** 0.5)


@pytest.mark.parametrize("data", DATASETS)
def test_counts_add_up(data):
    f = frames(data)
    dated = f["releases"]["meeting_date"].notna()
    assert sum(sum(t.y) for t in charts.meetings_per_year(f).data) == dated.sum()
    dated_ids = set(f["releases"].loc[dated, "release_id"])
    c = f["commitments"]
    assert sum(sum(t.y) for t in charts.commitments_over_time(f, "kind").data) == c["release_id"].isin(dated_ids).sum()
    heat = charts.areas_by_year(f, "heatmap").data[0]
    assert heat.z.sum() == f["areas"]["release_id"].isin(dated_ids).sum()
    bars = charts.areas_by_year(f, "bars").data
    assert sum(sum(t.y) for t in bars) == heat.z.sum()
    assert sum(charts.area_share(f).data[0].x) == pytest.approx(1.0)


def test_years_read_left_to_right():
    fig = charts.meetings_per_year(frames(CORPUS))
    years = [x for t in fig.data for x in t.x]
    lo, hi = fig.layout.xaxis.range
    assert fig.layout.xaxis.type != "category" and lo < min(years) <= max(years) < hi


def test_empty_view_gives_a_figure_that_says_so():
    f = apply(frames(ROOT / "seeds"), Filters(search="no release says this"))
    for fig in (
        charts.timeline(f),
        charts.meetings_per_year(f),
        charts.commitments_over_time(f, "area"),
        charts.areas_by_year(f),
        charts.area_share(f),
    ):
        assert not fig.data and "match" in fig.layout.annotations[0].text


def test_html_export_is_standalone():
    html = figure_to_bytes(charts.timeline(frames(ROOT / "seeds")), "html")
    assert b"<html>" in html[:100] and b"plotly" in html and len(html) > 1_000_000


@pytest.mark.skipif(static_export_problem() is not None, reason=str(static_export_problem()))
def test_static_export():
    fig = charts.area_share(frames(ROOT / "seeds"))
    assert figure_to_bytes(fig, "png").startswith(b"\x89PNG")
    assert b"</svg>" in figure_to_bytes(fig, "svg")


@pytest.mark.skipif(static_export_problem() is not None, reason=str(static_export_problem()))
def test_an_exported_chart_carries_a_footer_naming_its_filters():
    f = Filters(years=(2018, 2020), counterparts=("Russia",))
    view = apply(frames(CORPUS), f)
    fig = charts.area_share(view)
    note = footer(f.describe(), len(view["releases"]), dt.datetime(2026, 11, 29, 16, 40))
    n = len(view["releases"])
    assert "filters: 2018–2020 · counterparts: Russia" in note and f"· {n} release{'' if n == 1 else 's'} ·" in note
    plain, marked = figure_to_bytes(fig, "png"), figure_to_bytes(fig, "png", footer=note)
    image = Image.open(io.BytesIO(marked))
    assert image.text["Description"] == note
    assert image.height > Image.open(io.BytesIO(plain)).height
    band = image.convert("L").crop((0, image.height - 2 * FOOTER_HEIGHT, image.width // 2, image.height))
    assert band.getextrema()[0] < 128, "the footer is drawn in the bottom band"
    svg = figure_to_bytes(fig, "svg", footer=note).decode()
    assert "counterparts: Russia" in svg and "made 2026-11-29 16:40 UTC" in svg
    assert "counterparts: Russia" in figure_to_bytes(fig, "html", footer=note).decode()


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="png, svg or html"):
        figure_to_bytes(go.Figure(), "gif")


def test_csv_joins_lists_and_keeps_text():
    c = frames(ROOT / "seeds")["commitments"]
    back = pd.read_csv(io.BytesIO(frame_to_csv(c)), encoding="utf-8-sig", keep_default_na=False)
    assert len(back) == len(c)
    assert list(back["areas"]) == ["; ".join(a) for a in c["areas"]]
    assert list(back["evidence"]) == list(c["evidence"])


def test_xlsx_keeps_text_as_text():
    r = frames(ROOT / "seeds")["releases"].copy()
    r.loc[0, "title"] = '=HYPERLINK("http://example.invalid","x")\x07'
    wb = openpyxl.load_workbook(io.BytesIO(frame_to_xlsx(r, "releases")))
    ws = wb["releases"]
    header = [c.value for c in ws[1]]
    title = ws.cell(2, header.index("title") + 1)
    assert title.data_type == "s" and title.value == '=HYPERLINK("http://example.invalid","x")'
    assert ws.max_row == len(r) + 1
    assert ws.cell(2, header.index("meeting_date") + 1).value == r["meeting_date"].iloc[0].strftime("%Y-%m-%d")


def test_release_text_in_hovers_is_text_not_markup():
    seed = (ROOT / "seeds" / "rok-russia-foreign-ministers-unhrc37.txt").read_text(encoding="utf-8")
    hostile = seed.replace(
        "Outcome of ROK-Russia Foreign Ministerial Meeting Held on Sidelines of 37th UNHRC Session",
        "<img src=x onerror=alert(1)> & <script>alert(2)</script>",
    )
    frames = core.load([core.Upload("<b>x</b>.txt", hostile.encode())]).frames()
    hovers = " ".join(h for t in charts.timeline(frames).data for h in (t.hovertext or []))
    assert "&lt;img src=x onerror=alert(1)&gt; &amp;" in hovers and "&lt;script&gt;alert(2)" in hovers
    assert "<img" not in hovers and "<script" not in hovers


def every_chart(view: dict, tracked: dict) -> dict[str, go.Figure]:
    """Every chart the pages draw, built from `view` and the tracking frames `tracked`."""
    from core.charts import tracking_charts

    return {
        **{f"timeline-{c}": charts.timeline(view, c) for c in charts.COLOR_BY},
        "meetings_per_year": charts.meetings_per_year(view),
        "commitments-kind": charts.commitments_over_time(view, "kind"),
        "commitments-area": charts.commitments_over_time(view, "area"),
        "areas-heatmap": charts.areas_by_year(view, "heatmap"),
        "areas-bars": charts.areas_by_year(view, "bars"),
        "area_share": charts.area_share(view),
        "status_counts": tracking_charts.status_counts(tracked["statuses"]),
        "promise_timeline": tracking_charts.promise_timeline(
            tracked["statuses"], tracked["followups"], tracked["commitments"]
        ),
        "series": tracking_charts.series_chart(tracked["series"]),
    }


def _tracked(view: dict) -> dict:
    import datetime as dt

    from core.track import tracking

    return tracking.track(view, today=dt.date(2026, 1, 1), fixes=[])


def test_every_chart_draws_nothing_in_words_from_frames_of_no_rows():
    """The analyst's question whose answer is nothing (Russia, 2018, Energy), and frames made empty by
    the schema: every builder returns a figure that says there is nothing, instead of raising."""
    from core.frames.schema import FRAMES, empty

    corpus = frames_of(CORPUS)
    view = apply(corpus, Filters(years=(2018, 2018), areas=("Energy",), counterparts=("Russia",)))
    tracked = _tracked(corpus)
    none = {name: df.iloc[0:0] for name, df in tracked.items()}
    for frames_ in (view, {name: empty(name) for name in FRAMES}):
        for name, fig in every_chart(frames_, none).items():
            assert not fig.data and fig.layout.annotations[0].text, name


def test_every_chart_has_axis_titles_and_margins_that_grow_to_fit():
    corpus = frames_of(CORPUS)
    for name, fig in every_chart(corpus, _tracked(corpus)).items():
        assert fig.data, name
        for axis in (fig.layout.xaxis, fig.layout.yaxis):
            assert axis.title.text and axis.automargin, (name, axis.title.text)
