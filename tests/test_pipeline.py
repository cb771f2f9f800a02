"""extract() and extract_many(): the frame's shape, its inputs and its errors."""
from __future__ import annotations

import datetime as dt
import json
import math
import socket
import subprocess
import sys

import pandas as pd
import pytest

import numfacts as nf
from tests.conftest import assert_valid_frame

REPORT = ("Officials said about 4,500 residents left the valley on Monday. "
          "The mayor put the cost of the repairs at $12 million.")


@pytest.mark.parametrize("text", [
    REPORT,
    "",
    "   \n\n  ",
    "Nothing here is a figure, only words.",
    "Der Bürgermeister sprach lange über die Stadt.",   # not English: nothing, but the full schema
    "東京都の人口",
])
def test_every_frame_has_the_full_schema(text):
    frame = nf.extract(text, published="2023-05-10")
    assert_valid_frame(frame, text)


@pytest.mark.parametrize("text", [
    "Nothing here is a figure, only words.",
    "Der Bürgermeister sprach lange über die Stadt.",
    "",
])
def test_number_free_text_gives_an_empty_frame(text):
    assert nf.extract(text).empty


def test_document_columns_are_passed_through():
    frame = nf.extract(REPORT, published=dt.date(2023, 5, 10), source="Daily Bugle", doc_id=7)
    assert len(frame) > 0
    assert set(frame["doc_id"]) == {"7"}
    assert set(frame["source"]) == {"Daily Bugle"}
    assert set(frame["published"]) == {pd.Timestamp("2023-05-10")}
    assert frame["sentence"].notna().all()


@pytest.mark.parametrize("kwargs, error, words", [
    ({"text": None}, TypeError, "text must be str, got NoneType"),
    ({"text": b"12 cats"}, TypeError, "decode"),
    ({"text": 12}, TypeError, "text must be str, got int"),
    ({"text": ["a"]}, TypeError, "text must be str, got list"),
    ({"text": "x", "published": "yesterday-ish"}, ValueError, "published"),
    ({"text": "x", "published": "2022-02-30"}, ValueError, "2022-02-30"),
    ({"text": "x", "published": 20220203}, TypeError, "published"),
    ({"text": "x", "source": 5}, TypeError, "source"),
])
def test_bad_arguments_name_what_is_wrong(kwargs, error, words):
    text = kwargs.pop("text")
    with pytest.raises(error, match=words):
        nf.extract(text, **kwargs)
    with pytest.raises(nf.NumfactsError):
        nf.extract(text, **kwargs)


@pytest.mark.parametrize("published, expected", [
    (None, None),
    (float("nan"), None),
    (pd.NaT, None),
    ("2021-11-30", dt.date(2021, 11, 30)),
    ("2021-11-30T08:15:00Z", dt.date(2021, 11, 30)),
    (dt.datetime(2021, 11, 30, 8), dt.date(2021, 11, 30)),
    (pd.Timestamp("2021-11-30"), dt.date(2021, 11, 30)),
])
def test_published_accepts_the_usual_date_types(published, expected):
    frame = nf.extract("Around 40 boats sailed.", published=published)
    got = frame["published"].iloc[0]
    assert (pd.isna(got) and expected is None) or got == pd.Timestamp(expected)


# ---------------------------------------------------------------- extract_many

CORPUS = pd.DataFrame({
    "doc_id": ["wire-1", "wire-2", "blog-3"],
    "source": ["Wire", "Wire", "Blog"],
    "published": ["2023-05-10", "2023-05-11", None],
    "text": [REPORT, "Some 300 volunteers joined the search.", "Nearly 2,000 people signed the petition."],
})


def test_extract_many_matches_extract_document_by_document():
    many = nf.extract_many(CORPUS, progress=False)
    assert_valid_frame(many.sort_values(["doc_id", "start"]).reset_index(drop=True).sort_values("start"))
    for row in CORPUS.itertuples():
        one = nf.extract(row.text, published=row.published, source=row.source, doc_id=row.doc_id)
        got = many[many["doc_id"] == row.doc_id].reset_index(drop=True)
        pd.testing.assert_frame_equal(got, one)
    assert list(dict.fromkeys(many["doc_id"])) == ["wire-1", "wire-2", "blog-3"]
    assert many.attrs["errors"] == []


@pytest.mark.parametrize("docs, ids", [
    ({"a": "About 30 cars.", "b": "Over 12 buses."}, ["a", "b"]),
    (["About 30 cars.", "Over 12 buses."], ["0", "1"]),
    ((t for t in ["About 30 cars.", "Over 12 buses."]), ["0", "1"]),
])
def test_extract_many_accepts_dicts_lists_and_iterables(docs, ids):
    assert list(dict.fromkeys(nf.extract_many(docs, progress=False)["doc_id"])) == ids


def test_extract_many_takes_configurable_column_names():
    docs = CORPUS.rename(columns={"text": "body", "doc_id": "url", "source": "outlet", "published": "date"})
    many = nf.extract_many(docs, text="body", doc_id="url", source="outlet", published="date", progress=False)
    assert set(many["doc_id"]) == set(CORPUS["doc_id"])
    assert set(many["source"]) == {"Wire", "Blog"}


def test_missing_text_column_is_named():
    with pytest.raises(ValueError, match="'body'"):
        nf.extract_many(CORPUS, text="body")


@pytest.mark.parametrize("docs", ["one text", b"bytes", 42])
def test_extract_many_refuses_what_is_not_a_corpus(docs):
    with pytest.raises(TypeError, match="docs"):
        nf.extract_many(docs)


@pytest.mark.parametrize("option, value", [("errors", "ignore"), ("n_jobs", 0), ("n_jobs", "2")])
def test_extract_many_checks_its_options(option, value):
    with pytest.raises(ValueError, match=option):
        nf.extract_many(CORPUS, **{option: value})


BAD = pd.DataFrame({
    "doc_id": ["ok-1", "none", "nan", "bytes", "huge", "bad-date", "ok-2"],
    "published": ["2023-05-10", None, None, None, None, "2023-13-45", None],
    "text": ["About 30 cars.", None, math.nan, b"Over 12 buses.", "7 " * 25_000_000, "Some 5 vans.",
             "Nearly 90 trams."],
})


def test_bad_documents_are_collected_and_never_cost_the_good_ones():
    with pytest.warns(UserWarning, match="5 document"):
        many = nf.extract_many(BAD, progress=False)
    assert set(many["doc_id"]) == {"ok-1", "ok-2"}
    errors = pd.DataFrame(many.attrs["errors"])
    assert list(errors["doc_id"]) == ["none", "nan", "bytes", "huge", "bad-date"]
    reasons = dict(zip(errors["doc_id"], errors["reason"]))
    assert "NoneType" in reasons["none"]
    assert "NaN" in reasons["nan"]
    assert "decode" in reasons["bytes"]
    assert "max_chars" in reasons["huge"]
    assert "2023-13-45" in reasons["bad-date"]


def test_results_with_errors_still_concatenate():
    with pytest.warns(UserWarning):
        first = nf.extract_many(BAD.iloc[:2], progress=False)
    second = nf.extract_many(CORPUS, progress=False)
    both = pd.concat([first, second], ignore_index=True)
    assert set(both["doc_id"]) == {"ok-1", *CORPUS["doc_id"]}


def test_errors_raise_names_the_document():
    with pytest.raises(nf.DocumentError, match="'none'") as info:
        nf.extract_many(BAD.iloc[:2], errors="raise", progress=False)
    assert info.value.doc_id == "none"


def test_two_processes_give_the_same_frame_as_one():
    docs = {f"d{i}": f"Report {i}: about {i * 7 + 3} people and more than {i + 1},000 tonnes." for i in range(40)}
    one = nf.extract_many(docs, progress=False)
    two = nf.extract_many(docs, n_jobs=2, progress=False)
    pd.testing.assert_frame_equal(one, two)


def test_nothing_reaches_the_network(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("numfacts tried to open a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket.socket, "connect_ex", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    frame = nf.extract(REPORT + " Sales fell 3% last week.", published="2023-05-10")
    assert len(frame) > 0


def test_the_same_text_gives_the_same_frame_across_processes():
    code = ("import sys, numfacts as nf; "
            "f = nf.extract(sys.stdin.read(), published='2023-05-10'); "
            "print(f.astype(str).to_json(orient='records'))")
    text = REPORT + " Roughly 1.5 million people, an estimated 20 to 25 boats and a 3% rise."
    outputs = set()
    for seed in ("1", "2", "3"):
        run = subprocess.run([sys.executable, "-c", code], input=text, capture_output=True, text=True,
                             env={"PYTHONHASHSEED": seed, "PATH": ""}, check=True)
        outputs.add(run.stdout)
    assert len(outputs) == 1
    assert json.loads(outputs.pop())
