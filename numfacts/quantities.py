"""Quantities: numbers in the text with their qualifier, bounds, change, unit and counted thing.

(First cut: digits only. The quantities issue replaces this with the full reader.)
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .text import Sentence


@dataclass(frozen=True)
class Quantity:
    """One figure as stated. Offsets are into the input; ``low``/``high`` of ``None`` are unbounded."""

    start: int
    end: int
    value: float
    low: float | None
    high: float | None
    qualifier: str = "exact"
    qualifier_text: str | None = None
    change: str | None = None
    unit: str | None = None
    entity: str | None = None
    concept: str | None = None


_NUMBER = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\w,]\d)|(?<![\w.,])\d+(?:\.\d+)?(?!\w)")


def find_quantities(text: str, norm: str, sentences: list[Sentence]) -> list[Quantity]:
    """Quantities in ``text`` (``norm`` is its normalized view), sentence by sentence, in text order."""
    out = []
    for s in sentences:
        for m in _NUMBER.finditer(norm, s.start, s.end):
            v = float(m.group(0).replace(",", ""))
            out.append(Quantity(m.start(), m.end(), v, v, v))
    return out
