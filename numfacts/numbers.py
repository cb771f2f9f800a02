"""Numbers in text: tokens, digits with separators, number words, scale words, vague plurals, singulars.

Shared by the quantity reader and the date reader. Everything is linear in the length of the text:
one tokenizing regular expression without nested quantifiers, then bounded look-ahead over tokens.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import NamedTuple

from .tables import data_json

#: A digit run longer than this is not a figure (an id, a hash, hostile input).
MAX_DIGITS = 30
#: Words that follow a verb as its particle ("brought down", "cut down 150 poplars", "set up"): a direction word
#: that sizes no change of its own there.
PARTICLES = frozenset({"up", "down"})
#: Words after a period that make it a date, not a rate's period ("a day earlier", "a week ago").
DATE_AFTER = frozenset({"ago", "earlier", "later", "before", "after"})
#: Forms of "raise" that, right before a sum, collect it ("the appeal has raised $4 million"), not lift it.
COLLECTING = frozenset({"raise", "raises", "raised", "raising"})
#: Currency signs a sum may open with as a token of its own ("$", "4.2m").
CURRENCY_SIGNS = frozenset({"$", "€", "£"})
#: Modal verbs: the word after one is a verb ("the hall can seat 760", "the tax would raise €9 million").
MODALS = frozenset({"will", "would", "can", "could", "may", "might", "must", "should"})

# Digits with ./, separators, a run of letters, or any other single visible character.
_TOKEN = re.compile(r"\d+(?:[.,]\d+)*|[^\W\d_]+|\S")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?")


@cache
def words() -> dict:
    """The word tables of ``numfacts/data/quantity_words.json`` (read once per process).

    >>> words()["units"]["eight"]
    8
    """
    return {k: v for k, v in data_json("quantity_words.json").items() if not k.startswith("_")}


class Token(NamedTuple):
    """A token of the normalized text: ``norm[start:end] == text``; ``kind`` is d(igits), w(ord) or p(unct)."""

    start: int
    end: int
    text: str
    lower: str
    kind: str

    @property
    def is_digits(self) -> bool:
        return self.kind == "d"

    @property
    def is_word(self) -> bool:
        return self.kind == "w"


def tokenize(norm: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of ``norm[start:end]`` with offsets into ``norm``.

    >>> [t.text for t in tokenize("US$2.5bn, up 4%")]
    ['US', '$', '2.5', 'bn', ',', 'up', '4', '%']
    """
    end = len(norm) if end is None else end
    out = []
    for m in _TOKEN.finditer(norm, start, end):
        text = m.group(0)
        first = text[0]
        kind = "d" if first.isdigit() else "w" if first.isalpha() else "p"
        out.append(Token(m.start(), m.end(), text, text.lower(), kind))
    return out


@dataclass(frozen=True)
class Number:
    """A number read from tokens ``[first, last)``: its value and how it was written."""

    first: int
    last: int
    start: int
    end: int
    value: float
    written: str = "digits"     # digits | words | vague | fraction
    scaled: bool = False        # a scale word was applied (million, bn, k)
    vague_text: str | None = None


def digits_value(text: str) -> float | None:
    """The value of a digit token (``"1,234.5"``), or None when its separators are not a number's.

    >>> digits_value("1,234.5"), digits_value("1,2345"), digits_value("1.2.3")
    (1234.5, None, None)
    """
    if sum(c.isdigit() for c in text) > MAX_DIGITS or _THOUSANDS.fullmatch(text) is None:
        return None
    return float(text.replace(",", ""))


def read_words(tokens: list[Token], i: int) -> Number | None:
    """A number written in words starting at token ``i`` ("two dozen", "a hundred", "half a million",
    "tens of thousands", "two-thirds", "forty-five"), or None.

    >>> toks = tokenize("some three hundred and twenty-five thousand people")
    >>> read_words(toks, 1).value
    325000.0
    >>> read_words(tokenize("tens of thousands of students"), 0).value
    10000.0
    """
    w = words()
    units, tens, scales, vague, fractions = w["units"], w["tens"], w["scales"], w["vague"], w["fractions"]
    n = len(tokens)

    def low(k: int) -> str:
        return tokens[k].lower if k < n else ""

    def adjacent(k: int) -> bool:
        return k < n and k > 0 and tokens[k].start == tokens[k - 1].end

    def of_a_scale(k: int) -> float:
        """The scale of "a million", "a billion" at token ``k`` (after a fraction's "of"), else 0."""
        return scales[low(k + 1)] if low(k) in ("a", "an") and scales.get(low(k + 1), 0) >= 1000 else 0

    first = low(i)
    # Vague plurals: "dozens", "hundreds of thousands", "tens of millions".
    if first in vague:
        if low(i + 1) == "of" and low(i + 2) in vague and vague[low(i + 2)] >= 1000:
            value = vague[first] * vague[low(i + 2)]
            return Number(i, i + 3, tokens[i].start, tokens[i + 2].end, float(value), "vague",
                          vague_text=" ".join(t.text for t in tokens[i:i + 3]))
        if first in ("tens", "scores") and low(i + 1) != "of":
            return None
        return Number(i, i + 1, tokens[i].start, tokens[i].end, float(vague[first]), "vague", vague_text=tokens[i].text)
    # "half a million", "half of"
    if first == "half":
        if low(i + 1) in ("a", "an") and low(i + 2) in scales and scales[low(i + 2)] >= 1000:
            return Number(i, i + 3, tokens[i].start, tokens[i + 2].end, 0.5 * scales[low(i + 2)], "words", True)
        if low(i + 1) in ("a", "an") and low(i + 2) == "dozen":
            return Number(i, i + 3, tokens[i].start, tokens[i + 2].end, 6.0, "words")
        if low(i + 1) == "-" and adjacent(i + 1) and adjacent(i + 2) and low(i + 2) == "dozen":
            return Number(i, i + 3, tokens[i].start, tokens[i + 2].end, 6.0, "words")
        if low(i + 1) in ("a", "an") and low(i + 2).isalpha():   # "half a percentage point", "half an hour"
            return Number(i, i + 2, tokens[i].start, tokens[i + 1].end, 0.5, "fraction")
        return Number(i, i + 1, tokens[i].start, tokens[i].end, 0.5, "fraction")
    k = i
    if first in ("a", "an"):
        nxt = low(i + 1)
        if nxt == "half" and low(i + 2) == "-" and low(i + 3) == "dozen":
            return Number(i, i + 4, tokens[i].start, tokens[i + 3].end, 6.0, "words")
        if nxt in ("third", "quarter", "fifth", "tenth", "half") and low(i + 2) == "of":
            scale = of_a_scale(i + 3)
            if scale:   # "a quarter of a million doses"
                return Number(i, i + 5, tokens[i].start, tokens[i + 4].end, scale / fractions[nxt], "words", True)
            return Number(i, i + 2, tokens[i].start, tokens[i + 1].end, 1.0 / fractions[nxt], "fraction")
        if nxt in fractions and not nxt.endswith("s") and low(i + 2) in w["fraction_ends"]:
            # "cut by a fifth.", "fell by a quarter from May" (not "a third term", "a quarter century")
            return Number(i, i + 2, tokens[i].start, tokens[i + 1].end, 1.0 / fractions[nxt], "fraction")
        if nxt not in scales and nxt != "dozen":
            return None
        current, k = 1.0, i + 1
    else:
        if first not in units and first not in tens:
            return None
        current, k = 0.0, i
    total = 0.0
    last = k
    scaled = False
    while k < n:
        t = low(k)
        if t in units and current % 10 == 0 and (current % 100 == 0 or units[t] < 10):
            current += units[t]
        elif t in tens and current % 100 == 0:
            current += tens[t]
        elif t == "-" and adjacent(k) and adjacent(k + 1) and low(k + 1) in units and current % 10 == 0 and current % 100:
            k += 1
            continue
        elif t == "-" and adjacent(k) and adjacent(k + 1) and low(k + 1) in w["ordinals"]:
            return None         # "twenty-first": an ordinal
        elif t == "hundred" and k > i:
            current = (current or 1) * 100
        elif t in scales and k > i and scales[t] >= 1000:
            total += (current or 1) * scales[t]
            current = 0.0
            scaled = True
        elif t == "dozen" and k > i:
            current = (current or 1) * 12
        elif t == "and" and k > i and (current >= 100 or total) and (low(k + 1) in units or low(k + 1) in tens):
            k += 1
            continue
        elif t == "and" and k > i and low(k + 1) in ("a", "an") and low(k + 2) == "half" and current % 1 == 0 \
                and 0 < current < 100:
            current += 0.5      # "two and a half hours", "one and a half million"
            last = k + 3
            k += 3
            continue
        else:
            break
        last = k + 1
        k += 1
    if last == i or (first in ("a", "an") and last <= i + 1):
        return None
    value = total + current
    # "two-thirds", "three quarters": a count of fractions.
    j = last
    if low(j) == "-" and adjacent(j) and low(j + 1) in fractions and value < 10:
        return Number(i, j + 2, tokens[i].start, tokens[j + 1].end, value / fractions[low(j + 1)], "fraction")
    if low(j) in fractions and value < 10 and low(j) not in ("half",) and (low(j).endswith("s") or value == 1):
        scale = of_a_scale(j + 2) if low(j + 1) == "of" else 0
        if scale:   # "three quarters of a million people"
            return Number(i, j + 4, tokens[i].start, tokens[j + 3].end, value * scale / fractions[low(j)], "words", True)
        return Number(i, j + 1, tokens[i].start, tokens[j].end, value / fractions[low(j)], "fraction")
    # "one out of three", "one in five"
    skip = 2 if low(j) == "out" and low(j + 1) == "of" else 1 if low(j) == "in" else 0
    if skip and (low(j + skip) in units or low(j + skip) in tens) and value <= 10:
        den = units.get(low(j + skip)) or tens.get(low(j + skip))
        if den and den > value:
            return Number(i, j + skip + 1, tokens[i].start, tokens[j + skip].end, value / den, "fraction")
    return Number(i, last, tokens[i].start, tokens[last - 1].end, float(value), "words", scaled)


def scale_after(tokens: list[Token], j: int, *, money: bool) -> tuple[float, int]:
    """The multiplier of the scale words at token ``j`` ("million", "bn", "m" next to money) and the
    index after them; ``(1.0, j)`` when there are none.

    >>> scale_after(tokenize("2 hundred million"), 1, money=False)
    (100000000.0, 3)
    """
    w = words()
    scales, abbrev = w["scales"], w["scale_abbrev"]
    factor, k, n = 1.0, j, len(tokens)
    while k < n and k - j < 3:
        t = tokens[k]
        gap = t.start - tokens[k - 1].end
        low = t.lower
        if gap > 1:
            break
        if low == "-" and k == j and gap == 0 and k + 1 < n and tokens[k + 1].lower in scales \
                and tokens[k + 1].start == t.end and scales[tokens[k + 1].lower] >= 1e6:
            k += 1      # "$1.5-million grant"
            continue
        if low in scales and (low != "hundred" or k == j):
            factor *= scales[low]
        elif low == "dozen" and k == j:
            factor *= 12
        elif k == j and gap == 0 and low in abbrev and _abbrev_ok(tokens, k, money):
            factor *= abbrev[low]
        else:
            break
        k += 1
    return factor, k


def scaled(value: float, factor: float) -> float:
    """``value`` times a scale word's ``factor``, free of binary rounding error.

    >>> scaled(4.1, 1e6)      # 4.1 * 1e6 is 4099999.9999999995 in floating point
    4100000.0
    """
    return float(f"{value * factor:.15g}")


def _abbrev_ok(tokens: list[Token], k: int, money: bool) -> bool:
    """'bn', 'mn', 'tn' always; 'M', 'B', 'K' when capitalised; 'm', 'b', 'k' only next to money."""
    t = tokens[k]
    nxt = tokens[k + 1] if k + 1 < len(tokens) else None
    # "37m-long", "5m2", "10k/h": a unit, not a scale
    if nxt is not None and nxt.start == t.end and (nxt.text in "/²³" or nxt.is_digits):
        return False
    if t.lower in ("bn", "mn", "mln", "bln", "tn", "trn"):
        return True
    if t.text in ("M", "B"):
        return True
    if t.text in ("K", "k", "tr"):
        return money or t.text == "K"
    return money and t.text in ("m", "b")


@cache
def spelled_numbers() -> frozenset[str]:
    """The number words below a hundred that the reader's table spells ("zero", "eleven", "forty")."""
    table = words()
    return frozenset(table["units"]) | frozenset(table["tens"])


def singular(word: str) -> str:
    """The singular of an English plural noun, by rule and a table of irregular plurals.

    >>> [singular(w) for w in ["troops", "countries", "fishermen", "schoolchildren", "people", "taxes", "job"]]
    ['troop', 'country', 'fisherman', 'schoolchild', 'person', 'tax', 'job']
    """
    w = words()
    low = word.lower()
    irregular = w["plural_irregular"]
    if low in irregular:
        return irregular[low]
    if len(low) <= 3 or low in w["not_plural"]:
        return word
    if low.endswith("men") and len(low) > 4:
        return word[:-3] + "man"
    if low.endswith("children"):   # "schoolchildren", "grandchildren"
        return word[:-3]
    if low.endswith("ies") and len(low) > 4:
        return word[:-3] + "y"
    if low.endswith(("sses", "ches", "shes", "xes", "zzes")):
        return word[:-2]
    if low.endswith("s") and not low.endswith(("ss", "us", "is", "'s")):
        return word[:-1]
    return word


def looks_plural(word: str) -> bool:
    """True for a word that reads as a plural noun ("troops", "people", "Americans").

    >>> looks_plural("troops"), looks_plural("bus"), looks_plural("people"), looks_plural("this")
    (True, False, True, False)
    """
    w = words()
    low = word.lower()
    if low in w["plural_irregular"]:
        return True
    if low in w["not_plural"] or low in w["function_words"] or len(low) <= 3:
        return False
    if low.endswith("men") and len(low) > 4:
        return True
    return low.endswith("s") and not low.endswith(("ss", "us", "is", "'s", "ous"))
