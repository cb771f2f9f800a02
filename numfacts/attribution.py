"""Attribution: who stated each figure.

(First cut: nobody. The attribution issue fills this in.)
"""
from __future__ import annotations

from dataclasses import dataclass

from .text import Sentence


@dataclass(frozen=True)
class Attribution:
    """The speaker of a figure: a normalized name, the words naming it and the reporting cue."""

    speaker: str | None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


def attribute(text: str, norm: str, sentences: list[Sentence],
              spans: list[tuple[int, int]]) -> list[Attribution | None]:
    """One attribution (or ``None`` for the reporter's own voice) per figure span, in the order given."""
    return [None] * len(spans)
