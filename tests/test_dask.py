"""numfacts.dask on a real two-process cluster gives exactly what extract_many gives in one process."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import dask.dataframe as dd
import distributed
import pandas as pd
import pytest

import numfacts
import numfacts.dask
from numfacts.schema import empty_frame

N_DOCS = 200


def _corpus(n_docs: int) -> pd.DataFrame:
    # The benchmark's generator: news-like documents from the project's own templates.
    path = Path(__file__).resolve().parent.parent / "benchmarks" / "corpus.py"
    spec = importlib.util.spec_from_file_location("numfacts_bench_corpus", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.generate(n_docs, seed=7)


def _in_order(facts: pd.DataFrame) -> pd.DataFrame:
    return facts.sort_values(["doc_id", "start", "end", "kind"], kind="stable").reset_index(drop=True)


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                                  silence_logs=40) as cluster, distributed.Client(cluster) as client:
        yield client


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return _corpus(N_DOCS)


def test_cluster_equals_extract_many_row_for_row(client, corpus):
    expected = _in_order(numfacts.extract_many(corpus, progress=False))
    lazy = numfacts.dask.extract(dd.from_pandas(corpus, npartitions=8))
    got = _in_order(lazy.compute())
    assert len(expected) > N_DOCS          # the corpus holds figures: the comparison is not vacuous
    pd.testing.assert_frame_equal(got, expected)


def test_lazy_frame_declares_the_schema(corpus):
    lazy = numfacts.dask.extract(dd.from_pandas(corpus.head(4), npartitions=2))
    pd.testing.assert_series_equal(lazy.dtypes, empty_frame().dtypes)
    assert lazy.compute(scheduler="sync").dtypes.equals(empty_frame().dtypes)


def test_other_column_names(corpus):
    renamed = corpus.head(6).rename(columns={"text": "body", "doc_id": "id"})
    lazy = numfacts.dask.extract(dd.from_pandas(renamed, npartitions=2), text="body", doc_id="id")
    got = _in_order(lazy.compute(scheduler="sync"))
    expected = _in_order(numfacts.extract_many(renamed, text="body", doc_id="id", progress=False))
    pd.testing.assert_frame_equal(got, expected)


@pytest.mark.parametrize("call, error", [
    (lambda docs: numfacts.dask.extract(docs.compute()), TypeError),
    (lambda docs: numfacts.dask.extract(docs, text="body"), ValueError),
    (lambda docs: numfacts.dask.extract(docs, errors="ignore"), ValueError),
])
def test_bad_arguments(corpus, call, error):
    with pytest.raises(error):
        call(dd.from_pandas(corpus.head(2), npartitions=1))


def test_disagreements_computes_then_compares(corpus):
    facts = numfacts.dask.extract(dd.from_pandas(corpus.head(20), npartitions=2))
    expected = numfacts.disagreements(numfacts.extract_many(corpus.head(20), progress=False))
    pd.testing.assert_frame_equal(numfacts.dask.disagreements(facts), expected)
