"""Dates: candidates found by our own patterns, parsed against the publication date, as TIMEX3 values.

(First cut: nothing yet. The dates issue fills this in.)
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .text import Sentence


@dataclass(frozen=True)
class Period:
    """What a date or duration expression names: its TIMEX3 value and the inclusive period it covers."""

    timex: str | None
    date_start: dt.date | None
    date_end: dt.date | None
    grain: str | None


@dataclass(frozen=True)
class DateMention(Period):
    """A date expression at ``start:end`` in the input."""

    start: int = 0
    end: int = 0


def find_dates(text: str, norm: str, sentences: list[Sentence], published: dt.date | None) -> list[DateMention]:
    """Date expressions in ``text`` resolved against ``published`` (relative ones stay open without it)."""
    return []


def describe_duration(quantity, norm: str, published: dt.date | None) -> Period | None:
    """The TIMEX3 duration (``P30Y``) of a quantity measured in time units, else ``None``."""
    return None
