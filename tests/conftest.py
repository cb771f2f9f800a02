"""Shared fixtures: invariants every frame numfacts returns must hold."""
from __future__ import annotations

import pandas as pd

from numfacts.schema import SCHEMA


def assert_valid_frame(frame: pd.DataFrame, text: str | None = None) -> None:
    """The guarantees of the README: full schema and dtypes, offsets that slice the input, ordered bounds."""
    assert list(frame.columns[: len(SCHEMA)]) == list(SCHEMA)
    for name, dtype in SCHEMA.items():
        assert frame[name].dtype == dtype, (name, frame[name].dtype, dtype)
    if text is not None:
        for start, end, span in zip(frame["start"], frame["end"], frame["text"]):
            assert 0 <= start < end <= len(text)
            assert text[start:end] == span
    lows, values, highs = frame["low"], frame["value"], frame["high"]
    assert not (lows > values).fillna(False).any()
    assert not (values > highs).fillna(False).any()
    assert not (lows > highs).fillna(False).any()
    assert not (frame["date_start"] > frame["date_end"]).fillna(False).any()
    assert list(frame["start"]) == sorted(frame["start"])
