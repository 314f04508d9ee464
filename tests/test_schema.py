"""The schema: frames built without pandera (empty ones) are what pandera makes of them."""

from __future__ import annotations

import pandas as pd
import pandera.pandas as pa
import pytest

from core.frames.schema import COLUMNS, empty, enforce


@pytest.mark.parametrize("frame", list(COLUMNS))
def test_an_empty_frame_is_what_the_schema_makes_of_no_rows(frame):
    pd.testing.assert_frame_equal(empty(frame), enforce(pd.DataFrame({c: [] for c in COLUMNS[frame]}), frame))


@pytest.mark.parametrize(
    ("frame", "column", "value"),
    [("participants", "name", None), ("participants", "start", "third"), ("releases", "title", None)],
)
def test_a_row_that_does_not_fit_is_refused(frame, column, value):
    fitting = {"str": "x", "str?": None, "date?": None, "int?": 3, "int": 0, "bool": True, "list": []}
    row = {c: fitting[kind] for c, (kind, _) in COLUMNS[frame].items()}
    enforce(pd.DataFrame([row]), frame)  # fits
    with pytest.raises((pa.errors.SchemaError, pa.errors.SchemaErrors)):
        enforce(pd.DataFrame([row | {column: value}]), frame)
