"""Input guards, a same-length normalized view of the text, and sentence spans.

Everything here runs in time linear in the length of the input: one ``str.translate`` and
regular expressions without nested quantifiers.
"""
from __future__ import annotations

import datetime as dt
import itertools
import math
import re
from dataclasses import dataclass

import pandas as pd

from .errors import InputTypeError, InputValueError
from .tables import data_lines

#: Characters replaced one for one, so offsets into the normalized view are offsets into the input.
_SAME_LENGTH = {
    "\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " ", "\u2002": " ", "\u2003": " ",
    "\u200b": " ", "\u200c": " ", "\u200d": " ", "\u2060": " ", "\ufeff": " ", "\u00ad": " ",
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"', "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-", "\u2212": "-",
    "\u2026": ".", "\x00": " ", "\t": " ", "\r": " ", "\u2028": "\n", "\u2029": "\n", "\x0b": "\n", "\x0c": "\n",
}
_TABLE = str.maketrans(_SAME_LENGTH)

#: A sentence longer than this is cut at a space, so that no later stage sees an unbounded span.
MAX_SENTENCE = 1500


def check_text(text: object, *, name: str = "text") -> str:
    """Return ``text`` if it is a ``str``; otherwise raise a :class:`TypeError` naming the argument.

    >>> check_text("ok")
    'ok'
    """
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise InputTypeError(f"{name} must be str, got {type(text).__name__}: decode it first, "
                             f"e.g. {name}.decode('utf-8')")
    raise InputTypeError(f"{name} must be str, got {type(text).__name__}")


def normalize(text: str) -> str:
    """A view of ``text`` of the same length with typographic variants made plain.

    Curly quotes become straight, dashes become ``-``, exotic spaces and NUL become spaces.

    >>> normalize("\u201cabout 10\u201320\u00a0km\u201d")
    '"about 10-20 km"'
    """
    return text.translate(_TABLE)


@dataclass(frozen=True)
class Sentence:
    """A sentence as character offsets into the input."""

    start: int
    end: int


# A sentence ends at . ! ? (optionally followed by closing quotes/brackets) before whitespace and an
# upper-case letter, digit or opening quote; or at a blank line. Abbreviations are checked afterwards.
_BOUNDARY = re.compile(r"""(?<![.!?])[.!?]+["')\]]*(?=\s+["'(\[]?[A-Z0-9])|\n\s*\n|\n(?=\s*[-*\u2022])""")
_ABBREV = frozenset(line.strip() for line in data_lines("sentence_abbreviations.txt"))
_LAST_WORD = re.compile(r"([A-Za-z][A-Za-z.]{0,8})\.+$")


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans covering the non-blank parts of ``text``, in order.

    >>> [text[s.start:s.end] for text in ["Mr. Smith said 5. Then he left."] for s in split_sentences(text)]
    ['Mr. Smith said 5.', 'Then he left.']
    """
    norm = normalize(text)
    cuts = [0]
    for m in _BOUNDARY.finditer(norm):
        if m.group(0)[0] == ".":
            word = _LAST_WORD.search(norm, max(0, m.start() - 10), m.start() + 1)
            if word and word.group(1).lower().rstrip(".") in _ABBREV:
                continue
            initial = word and len(word.group(1)) == 1 and word.group(1).isupper()
            if initial and not norm[word.start(1) - 1:word.start(1)].isdigit():
                continue    # an initial: "John F. Kennedy" (not the scale of "reached 44C.")
        cuts.append(m.end())
    cuts.append(len(text))
    out: list[Sentence] = []
    for a, b in itertools.pairwise(cuts):
        for s, e in _cap(norm, a, b):
            while s < e and norm[s].isspace():
                s += 1
            while e > s and norm[e - 1].isspace():
                e -= 1
            if s < e:
                out.append(Sentence(s, e))
    return out


def _cap(norm: str, start: int, end: int):
    """Cut an overlong span at line breaks, then at spaces, so every piece is at most MAX_SENTENCE long."""
    while end - start > MAX_SENTENCE:
        window = norm[start:start + MAX_SENTENCE]
        cut = window.rfind("\n")
        if cut < MAX_SENTENCE // 3:
            cut = window.rfind(" ")
        if cut < MAX_SENTENCE // 3:
            cut = MAX_SENTENCE
        yield start, start + cut
        start += cut
    yield start, end


def parse_published(published: object, *, name: str = "published") -> dt.date | None:
    """The publication date as a :class:`datetime.date`, or ``None``.

    Accepts ``None``/NaN, a ``date``/``datetime``/``Timestamp``, or an ISO string (``"2022-02-03"``).

    >>> parse_published("2022-02-03")
    datetime.date(2022, 2, 3)
    """
    if published is None or published is pd.NaT:
        return None
    if isinstance(published, float) and math.isnan(published):
        return None
    if published is pd.NA:
        return None
    if isinstance(published, dt.datetime):
        return published.date()
    if isinstance(published, dt.date):
        return published
    if isinstance(published, str):
        s = published.strip()
        try:
            return dt.date.fromisoformat(s[:10]) if re.match(r"\d{4}-\d\d-\d\d", s) else dt.date.fromisoformat(s)
        except ValueError:
            pass
        try:
            return pd.Timestamp(s).date()
        except (ValueError, OverflowError):
            raise InputValueError(f"{name}: {published!r} is not a valid date (expected e.g. '2022-02-03')") from None
    raise InputTypeError(f"{name} must be a date, datetime or ISO date string, got {type(published).__name__}")


def phrase_pattern(phrases) -> str:
    r"""A regular expression (source) matching any of ``phrases``, as a trie, longest alternatives first.

    A flat ``a|b|c`` of hundreds of phrases makes the engine try each one at every position; sharing
    prefixes makes a failing position cost one character test. Spaces inside a phrase match any run of
    whitespace.

    >>> import re
    >>> pattern = re.compile(phrase_pattern(["said", "say", "says", "according to"]))
    >>> [m.group(0) for m in pattern.finditer("he says, according  to them")]
    ['says', 'according  to']
    """
    trie: dict = {}
    for phrase in phrases:
        node = trie
        for ch in phrase:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _trie_source(trie)


def _trie_source(node: dict) -> str:
    ends = "" in node
    branches = []
    for ch in sorted(k for k in node if k):
        head = r"\s+" if ch == " " else re.escape(ch)
        branches.append(head + _trie_source(node[ch]))
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if ends else body
