"""Dask entry point: run :func:`numfacts.extract_many` on every partition of a Dask DataFrame.

Install with ``pip install numfacts[dask]``. The documents are read on the cluster; the comparison of
sources needs every figure of a measure side by side, so :func:`disagreements` gathers the facts (one row
per figure, far smaller than the texts) and compares them in pandas::

    import dask.dataframe as dd
    import numfacts.dask

    docs = dd.read_parquet("articles/")                 # columns text, doc_id, source, published
    facts = numfacts.dask.extract(docs)                 # lazy; same columns and dtypes as extract_many
    facts.to_parquet("facts/")                          # or .compute()
    table = numfacts.dask.disagreements(facts)          # a pandas DataFrame

Each worker process imports numfacts once and keeps its parsers (unit tables, date settings) for every
partition it is given; nothing is set up per row.

>>> import pandas as pd, dask.dataframe as dd
>>> docs = dd.from_pandas(pd.DataFrame({"doc_id": ["a"], "text": ["About 300 people came."]}), npartitions=1)
>>> extract(docs).compute(scheduler="sync")[["doc_id", "value"]].values.tolist()
[['a', 300.0]]
"""
from __future__ import annotations

from typing import Any

import pandas as pd

try:
    import dask.dataframe as dd
except ImportError as exc:  # pragma: no cover - depends on the installed extras
    raise ImportError("numfacts.dask needs Dask: pip install 'numfacts[dask]'") from exc

from .compare import disagreements as _compare
from .errors import InputTypeError, InputValueError
from .pipeline import extract_many
from .schema import empty_frame

__all__ = ["disagreements", "extract"]


def extract(ddf: dd.DataFrame, *, text: str = "text", doc_id: str = "doc_id", source: str = "source",
            published: str = "published", errors: str = "collect") -> dd.DataFrame:
    """Every figure and date of every document in ``ddf``, as a lazy Dask DataFrame.

    The columns and dtypes are those of :func:`numfacts.extract_many` (``meta`` is the empty schema frame),
    documents in partition order. Column names are as in :func:`numfacts.extract_many`; ``doc_id``,
    ``source`` and ``published`` may be absent. With ``errors="collect"`` a document that cannot be read
    is skipped (a warning names it in the worker's log); with ``errors="raise"`` the computation fails with
    a :class:`numfacts.DocumentError` naming it.
    """
    if not isinstance(ddf, dd.DataFrame):
        raise InputTypeError(f"ddf must be a dask DataFrame, got {type(ddf).__name__} "
                             f"(for a pandas DataFrame use numfacts.extract_many)")
    if text not in ddf.columns:
        raise InputValueError(f"ddf has no text column {text!r}; columns are {list(ddf.columns)} "
                              f"(pass text='...' to name it)")
    if errors not in ("collect", "raise"):
        raise InputValueError(f"errors must be 'collect' or 'raise', got {errors!r}")
    options = {"text": text, "doc_id": doc_id, "source": source, "published": published, "errors": errors}
    return ddf.map_partitions(_extract_partition, options, meta=empty_frame(), align_dataframes=False)


def _extract_partition(partition: pd.DataFrame, options: dict[str, Any]) -> pd.DataFrame:
    facts = extract_many(partition, progress=False, **options)
    # Each partition lists its own bad documents; Dask's concatenation would keep attrs only where every
    # partition's list is the same, so a half-kept list would mislead. The workers' warnings name them.
    facts.attrs = {}
    return facts


def disagreements(facts: dd.DataFrame | pd.DataFrame, **options: Any) -> pd.DataFrame:
    """Compute ``facts`` (the result of :func:`extract`) and compare sources in pandas.

    Takes the options of :func:`numfacts.disagreements` (``by``, ``tolerance``, ``min_claimants``).
    """
    if isinstance(facts, dd.DataFrame):
        facts = facts.compute()
    if not isinstance(facts, pd.DataFrame):
        raise InputTypeError(f"facts must be a Dask or pandas DataFrame, got {type(facts).__name__}")
    return _compare(facts.reset_index(drop=True), **options)
