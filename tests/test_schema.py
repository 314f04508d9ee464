"""The schema: frames built without pandera (empty ones) are what pandera makes of them."""

from __future__ import annotations

import pandas as pd
import pytest

from core.schema import COLUMNS, empty, enforce


@pytest.mark.parametrize("frame", list(COLUMNS))
def test_an_empty_frame_is_what_the_schema_makes_of_no_rows(frame):
    pd.testing.assert_frame_equal(empty(frame), enforce(pd.DataFrame({c: [] for c in COLUMNS[frame]}), frame))
