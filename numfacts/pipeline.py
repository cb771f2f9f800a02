"""extract() and extract_many(): text -> sentences -> mentions -> speakers -> one typed frame."""
from __future__ import annotations

import bisect
import dataclasses
import itertools
import math
import os
import warnings
from collections.abc import Iterable, Mapping
from concurrent.futures import ProcessPoolExecutor

import pandas as pd

from . import attribution, dates, quantities
from .errors import DocumentError, InputTypeError, InputValueError, NumfactsError
from .schema import as_frame
from .text import check_text, normalize, parse_published, split_sentences

#: A document longer than this (in characters) is refused by extract_many unless max_chars is raised.
MAX_CHARS = 10_000_000


def extract(text: str, *, published: object = None, source: str | None = None,
            doc_id: object = None) -> pd.DataFrame:
    """Every figure and date in ``text`` as one row of a frame cast to :data:`numfacts.SCHEMA`.

    >>> facts = extract("Officials said more than 2,000 troops arrived on Tuesday.", published="2022-02-03")
    >>> facts.loc[facts.kind == "quantity", ["text", "low", "qualifier", "entity"]].values.tolist()
    [['more than 2,000 troops', 2000.0, 'lower_bound', 'troop']]
    """
    return as_frame(_document_records(text, published=published, source=source, doc_id=doc_id))


def _document_records(text: object, *, published: object, source: object, doc_id: object) -> list[dict]:
    """extract()'s rows as plain dicts: extract_many builds one frame from all documents' rows."""
    text = check_text(text)
    pub = parse_published(published)
    if source is not None and not isinstance(source, str):
        raise InputTypeError(f"source must be str or None, got {type(source).__name__}")
    document = {"doc_id": None if doc_id is None else str(doc_id), "source": source, "published": pub}
    records = _records(text, pub)
    for row in records:
        row.update(document)
    return records


def _records(text: str, published) -> list[dict]:
    norm = normalize(text)
    sentences = split_sentences(text)
    found_dates = _stage("dates", dates.find_dates, [], text, norm, sentences, published)
    found_quantities = _stage("quantities", quantities.find_quantities, [], text, norm, sentences)
    # A date wins over a number inside it ("Feb. 10", "in 2014"): those are never counts. Only the number
    # itself is checked, so a range that runs past a date ("from 20 mpg in 2008 to 29 mpg") survives.
    inside_date = _SpanIndex((d.start, d.end) for d in found_dates)
    records: list[dict] = []
    for d in found_dates:
        records.append({**_fields(d), "kind": "date"})
    for q in found_quantities:
        if inside_date.overlaps(q.number_start, q.number_end):
            continue
        row = {**_fields(q), "kind": "quantity"}
        period = _stage("durations", dates.describe_duration, None, q, norm, published)
        if period is not None:
            row.update(_fields(period), kind="duration")
        records.append(row)
    records.sort(key=lambda r: (r["start"], r["end"]))
    spans = [(r["start"], r["end"]) for r in records]
    said = _stage("attribution", attribution.attribute, [None] * len(spans), text, norm, sentences, spans)
    for row, who in zip(records, said):
        if who is not None:
            row.update(_fields(who))
    starts = [s.start for s in sentences]
    for row in records:
        row["text"] = text[row["start"]:row["end"]]
        sent = _sentence_of(row["start"], sentences, starts)
        row["sentence"] = text[sent.start:sent.end] if sent else None
        _order_bounds(row)
    return records


def _stage(name: str, func, fallback, *args):
    """Run one stage; a bug in it costs that stage's rows (with a warning), never the other stages' rows."""
    try:
        return func(*args)
    except Exception as exc:  # noqa: BLE001 - the guarantee is "no exception for any str"
        warnings.warn(f"numfacts: the {name} stage failed on this text ({exc!r}); its rows are missing. "
                      f"Please report it with the text.", RuntimeWarning, stacklevel=3)
        return fallback


def _order_bounds(row: dict) -> None:
    """Keep the promised invariants low <= value <= high and date_start <= date_end."""
    low, value, high = row.get("low"), row.get("value"), row.get("high")
    if low is not None and high is not None and low > high:
        row["low"], row["high"] = low, high = high, low
    if value is not None:
        if low is not None and value < low:
            row["low"] = value
        if high is not None and value > high:
            row["high"] = value
    a, b = row.get("date_start"), row.get("date_end")
    if a is not None and b is not None and a > b:
        row["date_start"], row["date_end"] = b, a


def _fields(record) -> dict:
    """A dataclass's fields as a dict (shallow: dataclasses.asdict deep-copies, and dominated the profile)."""
    return {f.name: getattr(record, f.name) for f in dataclasses.fields(record)}


class _SpanIndex:
    """Answers "does [start, end) overlap any of these spans?" in O(log n), so many dates stay linear."""

    def __init__(self, spans):
        spans = sorted(spans)
        self.starts = [s for s, _ in spans]
        self.reach = list(itertools.accumulate((e for _, e in spans), max))   # furthest end so far

    def overlaps(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, end)   # spans[:i] start before `end`
        return i > 0 and self.reach[i - 1] > start


def _sentence_of(offset: int, sentences, starts):
    i = bisect.bisect_right(starts, offset) - 1
    return sentences[i] if i >= 0 else None


# ---------------------------------------------------------------- many documents

def extract_many(docs: object, *, text: str = "text", doc_id: str = "doc_id", source: str = "source",
                 published: str = "published", n_jobs: int = 1, progress: bool | None = None,
                 errors: str = "collect", max_chars: int = MAX_CHARS) -> pd.DataFrame:
    """Extract from a corpus: a DataFrame (column names configurable), a ``{doc_id: text}`` dict or a list
    of texts. Returns one frame with the columns of :func:`extract`, documents in input order.

    A document that cannot be read (not a string, an invalid date, longer than ``max_chars``) never costs
    the others their rows: with ``errors="collect"`` it is listed in ``result.attrs["errors"]`` (a list of
    ``{"doc_id", "reason"}`` dicts: a list, not a frame, so results still concatenate) and a warning names it; with ``errors="raise"`` a
    :class:`numfacts.DocumentError` naming its ``doc_id`` is raised.

    >>> facts = extract_many({"a": "Prices rose 4% in March.", "b": "About 300 people came."}, progress=False)
    >>> facts[["doc_id", "value"]].dropna().values.tolist()
    [['a', 4.0], ['b', 300.0]]
    """
    if errors not in ("collect", "raise"):
        raise InputValueError(f"errors must be 'collect' or 'raise', got {errors!r}")
    if not isinstance(n_jobs, int) or isinstance(n_jobs, bool) or n_jobs == 0:
        raise InputValueError(f"n_jobs must be a non-zero int, got {n_jobs!r}")
    items = list(_documents(docs, text=text, doc_id=doc_id, source=source, published=published))
    jobs = [(item, max_chars) for item in items]
    workers = (os.cpu_count() or 1) if n_jobs < 0 else n_jobs
    show = len(items) >= 50 if progress is None else progress
    results = _run(jobs, workers, show)
    records, failures = [], []
    for (item, _), (rows, reason) in zip(jobs, results):
        if reason is None:
            records.extend(rows)
            continue
        if errors == "raise":
            raise DocumentError(item["doc_id"], reason)
        failures.append({"doc_id": item["doc_id"], "reason": reason})
    facts = as_frame(records)
    facts.attrs["errors"] = failures
    if failures:
        listed = ", ".join(repr(f["doc_id"]) for f in failures[:10])
        more = f" and {len(failures) - 10} more" if len(failures) > 10 else ""
        warnings.warn(f"{len(failures)} document(s) could not be read: {listed}{more}; "
                      f"see result.attrs['errors']", stacklevel=2)
    return facts


def _documents(docs, *, text, doc_id, source, published) -> Iterable[dict]:
    if isinstance(docs, pd.DataFrame):
        if text not in docs.columns:
            raise InputValueError(f"docs has no text column {text!r}; columns are {list(docs.columns)} "
                                  f"(pass text='...' to name it)")
        ids = docs[doc_id] if doc_id in docs.columns else pd.Series(range(len(docs)), index=docs.index)
        srcs = docs[source] if source in docs.columns else [None] * len(docs)
        pubs = docs[published] if published in docs.columns else [None] * len(docs)
        for t, d, s, p in zip(docs[text], ids, srcs, pubs):
            yield {"text": t, "doc_id": _plain(d), "source": _plain(s), "published": _plain(p)}
    elif isinstance(docs, Mapping):
        for d, t in docs.items():
            yield {"text": t, "doc_id": d, "source": None, "published": None}
    elif isinstance(docs, (str, bytes)):
        raise InputTypeError("docs must be a DataFrame, a dict {doc_id: text} or a list of texts; "
                             "for one text use numfacts.extract(text)")
    elif isinstance(docs, Iterable):
        for d, t in enumerate(docs):
            yield {"text": t, "doc_id": d, "source": None, "published": None}
    else:
        raise InputTypeError(f"docs must be a DataFrame, a dict or a list of texts, got {type(docs).__name__}")


def _plain(value):
    """Missing values (NaN, NA, NaT) as None; everything else unchanged."""
    try:
        return None if value is None or (not isinstance(value, str) and pd.isna(value)) else value
    except (TypeError, ValueError):
        return value


def _one(job) -> tuple[list[dict] | None, str | None]:
    item, max_chars = job
    t = item["text"]
    if isinstance(t, float) and math.isnan(t):
        return None, "text is missing (NaN)"
    if isinstance(t, str) and len(t) > max_chars:
        return None, f"text is {len(t):,} characters, over max_chars={max_chars:,}"
    source = item["source"]
    try:
        rows = _document_records(t, published=item["published"], source=None if source is None else str(source),
                                 doc_id=item["doc_id"])
    except NumfactsError as exc:
        return None, str(exc)
    return rows, None


def _run(jobs, workers: int, show: bool):
    from tqdm.auto import tqdm

    bar = tqdm(total=len(jobs), disable=not show, unit="doc", desc="numfacts")
    if workers <= 1 or len(jobs) < 2:
        out = []
        for job in jobs:
            out.append(_one(job))
            bar.update()
        bar.close()
        return out
    chunk = max(1, min(64, len(jobs) // (workers * 8) or 1))
    with ProcessPoolExecutor(max_workers=workers) as pool:
        out = []
        for result in pool.map(_one, jobs, chunksize=chunk):
            out.append(result)
            bar.update()
    bar.close()
    return out
