"""Hostile input: any str gives a valid frame; pathological inputs finish (time is measured in benchmarks/)."""
from __future__ import annotations

import warnings

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import numfacts as nf
from tests.conftest import assert_valid_frame

# A stage that raises is caught by the pipeline with a RuntimeWarning; here that is a failure.
pytestmark = pytest.mark.filterwarnings("error::RuntimeWarning")

NEWS_PIECES = [
    "Officials said ", "more than ", "about ", "as many as ", "between ", " and ", " to ", "nearly ",
    "1,200", "4.5", "300", "2019", "-7", "3/4", "12%", "$2bn", "£40m", "1.5 million", "two dozen", "half a",
    " troops", " people", " homes", " km", " hours", " per cent", " on Tuesday", " in March", " Feb. 3",
    " last week", " since 2014", "F-16", "Covid-19", "S-400", ", the minister said.", ". ", "\n\n",
    "\u201c", "\u201d", "\u2013", "\u2014", "\u00a0", "\u200b", "<b>", "</b>", "<p class='x'>", "&amp;",
    "\U0001f600", "\u05e9\u05dc\u05d5\u05dd", "\u0627\u0644\u0633\u0644\u0627\u0645", "\x00", "\ud800",
    "\r\n", "\t", "according to the ministry", " rose ", " fell by ", " said Jane Roe, a nurse.",
]
news_like = st.lists(st.sampled_from(NEWS_PIECES), max_size=40).map("".join)


def check(text: str) -> None:
    frame = nf.extract(text, published="2023-05-10")
    assert_valid_frame(frame, text)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_any_unicode_text_gives_a_valid_frame(text):
    check(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(news_like)
def test_noisy_news_like_text_gives_a_valid_frame(text):
    check(text)


@settings(max_examples=30, deadline=None)
@given(news_like)
def test_the_same_input_gives_the_same_frame(text):
    first = nf.extract(text, published="2023-05-10")
    second = nf.extract(text, published="2023-05-10")
    assert first.equals(second)


@pytest.mark.parametrize("name, text", [
    ("10,000 digits", "7" * 10_000),
    ("10,000 digits in a sentence", "The code was " + "3" * 10_000 + " long."),
    ("100,000 times '1,'", "1," * 100_000),
    ("100,000 times '1.'", "1." * 100_000),
    ("long separators", "-" * 200_000 + "," * 200_000 + "." * 200_000),
    ("5 MB without a full stop", ("the committee met again in the old town hall and talked for a long while "
                                  "about roads, schools and parks and then about 40 people left and " * 32_000)[:5_000_000]),
    ("a million newlines", "\n" * 1_000_000),
    ("a million spaces then a figure", " " * 1_000_000 + "about 5 dogs"),
    ("digits with spaces", "1 " * 50_000),
    ("nested quotes", '"' * 100_000 + "said 5" + "'" * 100_000),
    ("many sentences", "He said 5 cats. " * 30_000),
    ("month names", "May may March march " * 50_000),
])
def test_pathological_inputs_finish_with_a_valid_frame(name, text):
    with warnings.catch_warnings():
        warnings.simplefilter("error", RuntimeWarning)
        frame = nf.extract(text, published="2023-05-10")
    assert_valid_frame(frame)
    assert all(text[s:e] == t for s, e, t in zip(frame["start"], frame["end"], frame["text"]))
