"""The one column schema every frame numfacts returns is cast to."""
from __future__ import annotations

from collections.abc import Iterable, Mapping

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


def empty_frame() -> pd.DataFrame:
    """A frame with no rows and every column of :data:`SCHEMA`.

    >>> empty_frame().dtypes["value"]
    Float64Dtype()
    """
    return as_frame([])


def as_frame(records: Iterable[Mapping[str, object]]) -> pd.DataFrame:
    """Rows (mappings of column -> value; missing keys become ``<NA>``) as a frame cast to :data:`SCHEMA`."""
    records = list(records)
    # Object columns first: letting pandas infer would store strings in Arrow, which refuses lone surrogates.
    frame = pd.DataFrame({name: pd.Series([r.get(name) for r in records], dtype=object) for name in COLUMNS})
    return cast(frame)


def cast(frame: pd.DataFrame) -> pd.DataFrame:
    """Cast ``frame`` to :data:`SCHEMA` (extra columns are kept after the schema's)."""
    out = {}
    for name, dtype in SCHEMA.items():
        col = frame[name] if name in frame else pd.Series([None] * len(frame), index=frame.index, dtype=object)
        if dtype == DATETIME:
            out[name] = pd.to_datetime(col).astype(DATETIME)
        elif isinstance(dtype, pd.CategoricalDtype):
            out[name] = col.astype(object).where(col.notna(), None).astype(dtype)
        else:
            out[name] = col.astype(object).where(col.notna(), None).astype(dtype)
    extra = [c for c in frame.columns if c not in SCHEMA]
    result = pd.DataFrame(out, index=frame.index)
    for c in extra:
        result[c] = frame[c]
    return result.reset_index(drop=True)
