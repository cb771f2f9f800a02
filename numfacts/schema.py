"""The one column schema every frame numfacts returns is cast to."""
from __future__ import annotations

import math
from collections.abc import Iterable, Mapping

import numpy as np
import pandas as pd

KINDS = ("quantity", "date", "duration")
QUALIFIERS = ("exact", "approx", "lower_bound", "upper_bound", "range")
CHANGES = ("increase", "decrease")
GRAINS = ("time", "day", "week", "month", "quarter", "half", "season", "year", "decade", "century")

# Python-backed strings: Arrow storage cannot hold the lone surrogates that scraped text sometimes has.
STRING = pd.StringDtype("python")
DATETIME = "datetime64[s]"   # seconds: wide enough for "the 1500s" and far futures, unlike nanoseconds

#: Column name -> dtype, in the order columns appear.
SCHEMA: dict[str, object] = {
    "doc_id": STRING,
    "source": STRING,
    "published": DATETIME,
    "kind": pd.CategoricalDtype(KINDS),
    "start": "Int64",
    "end": "Int64",
    "text": STRING,
    "sentence": STRING,
    "value": "Float64",
    "low": "Float64",
    "high": "Float64",
    "qualifier": pd.CategoricalDtype(QUALIFIERS),
    "qualifier_text": STRING,
    "change": pd.CategoricalDtype(CHANGES),
    "unit": STRING,
    "entity": STRING,
    "concept": STRING,
    "speaker": STRING,
    "speaker_text": STRING,
    "speaker_start": "Int64",
    "speaker_end": "Int64",
    "cue": STRING,
    "timex": STRING,
    "date_start": DATETIME,
    "date_end": DATETIME,
    "grain": pd.CategoricalDtype(GRAINS),
}
COLUMNS = tuple(SCHEMA)
# Category -> code, per categorical column (keyed by its first category, unique across the schema).
_CODES = {d.categories[0]: {c: i for i, c in enumerate(d.categories)}
          for d in SCHEMA.values() if isinstance(d, pd.CategoricalDtype)}


def empty_frame() -> pd.DataFrame:
    """A frame with no rows and every column of :data:`SCHEMA`.

    >>> empty_frame().dtypes["value"]
    Float64Dtype()
    """
    return as_frame([])


def as_frame(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Rows (mappings of column -> value; missing keys become ``<NA>``) as a frame cast to :data:`SCHEMA`.

    Built column by column from Python lists: one array constructor per column, no inference and no
    intermediate object frame (this runs once per document, so it must be cheap).

    >>> as_frame([{"kind": "date", "start": 3, "date_start": "2022-02-03"}])[["kind", "start", "date_start"]]
       kind  start date_start
    0  date      3 2022-02-03
    """
    records = list(records)
    return pd.DataFrame({name: _column([r.get(name) for r in records], dtype) for name, dtype in SCHEMA.items()})


def _column(values: list, dtype):
    values = [None if _missing(v) else v for v in values]
    if dtype == DATETIME:
        return np.array([_datetime64(v) for v in values], dtype=DATETIME)
    if isinstance(dtype, pd.CategoricalDtype):
        codes = _CODES[dtype.categories[0]]
        return pd.Categorical.from_codes([codes.get(v, -1) for v in values], dtype=dtype)
    return pd.array(values, dtype=dtype)


def _datetime64(value) -> np.datetime64:
    if value is None:
        return np.datetime64("NaT", "s")
    if isinstance(value, pd.Timestamp):
        return value.to_datetime64().astype(DATETIME)
    return np.datetime64(value, "s")


def _missing(value) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and math.isnan(value))
