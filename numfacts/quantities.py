"""Quantities: every figure in the text with its qualifier, bounds, change, unit and counted thing.

The reader works sentence by sentence, and only on sentences holding a digit or a number word. In each it
tokenizes once (:func:`numfacts.numbers.tokenize`), reads numbers (:mod:`numfacts.numbers`), rejects the ones
that name rather than count (years, dates, times, model names, ids, addresses), then looks a bounded number of
tokens around each figure for its currency and unit (:mod:`numfacts.units`), its qualifier ("more than"),
a range partner ("10 to 20"), the movement it measures ("rose 4%") and the noun it counts ("100,000 troops").
Every look-around is bounded, so the reader is linear in the length of the text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from .numbers import (
    COLLECTING,
    CURRENCY_SIGNS,
    DATE_AFTER,
    MODALS,
    PARTICLES,
    Number,
    digits_value,
    looks_plural,
    read_words,
    scale_after,
    scaled,
    singular,
    spelled_numbers,
    tokenize,
    words,
)
from .text import Sentence
from .units import lexicon, match_unit, surface


@dataclass(frozen=True)
class Quantity:
    """One figure as stated. Offsets are into the input; ``low``/``high`` of ``None`` are unbounded.

    >>> Quantity(0, 5, 100.0, 100.0, None, "lower_bound", "over").low
    100.0
    """

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

    #: Where the figure's own digits or words lie, when the row reaches past a date ("from 20 mpg in 2008 to
    #: 29 mpg"); ``None`` means ``(start, end)``. Not a schema column, so the frame never shows it.
    number_span: tuple[int, int] | None = field(default=None, repr=False, compare=False)

    @property
    def number_start(self) -> int:
        """Start of the (first) number itself.

        >>> Quantity(0, 14, 5.0, 5.0, 5.0, number_span=(5, 6)).number_start
        5
        """
        return (self.number_span or (self.start, self.end))[0]

    @property
    def number_end(self) -> int:
        """End of the (first) number itself."""
        return (self.number_span or (self.start, self.end))[1]


#: Tokens looked at left of a figure for its qualifier / change verb, and right of it for its noun.
QUALIFIER_TOKENS = 4
CHANGE_TOKENS = 7
NOUN_CHUNKS = 5
#: A row may run this many characters past its number (qualifier, unit and counted noun included).
SPAN_SLACK = 38
#: Units of length, and words after one that make it a distance from somewhere ("two miles short of", "3 km from").
_LENGTHS = frozenset(["metre", "kilometre", "centimetre", "mile", "nautical mile", "foot", "yard", "inch"])
#: At most this many words between a change verb and the "from" of the movement it makes ("will expand the
#: car park from 240 to 410 spaces").
MOVED_REACH = 5
_OBJECT_OPENERS = frozenset(["the", "a", "an", "its", "their", "his", "her", "our"])
#: What befell a person that makes a lone "one" after a list's comma or "and" a count ("and one died").
_ONE_FATES = frozenset(["died", "dies", "remains", "remained", "suffered", "drowned", "escaped"])
#: Change words that are directions, not nouns naming a change.
_DIRECTIONS = frozenset(["up", "down", "higher", "lower"])
_DISTANCE_AFTER = frozenset(["from", "short", "away", "off", "beyond", "past", "north", "south", "east", "west",
                             "inland", "offshore", "outside", "upstream", "downstream", "behind", "ahead"])
#: Verbs that count what follows them: "logged 517 Kestrel Air delays" is a count, not a model number.
_COUNTING_VERBS = frozenset(["counted", "logged", "recorded", "tallied", "registered", "reported", "cancelled", "canceled",
                          "scrapped", "grounded", "delayed", "diverted"])
#: "from 30 mpg in town to 34": the bare end of a movement lies at most this many tokens after its start.
FROM_TO_TOKENS = 6
#: "life expectancy for men there is around 73": an age noun at most this many words before the figure.
AGE_NOUN_TOKENS = 7
#: "climbed by 41,000 to 612,000": a figure after "by X to" this many times X is the level reached, not a range.
CHANGE_TO_LEVEL = 3
#: "5 million units in 2019 and 4.2 million in 2020": the second figure at most this many tokens later.
PARALLEL_TOKENS = 10
#: An elliptic "1,000 more" inherits the counted noun of a figure at most this far back.
ELLIPSIS_CHARS = 600


def _token_key(phrase: str) -> tuple[str, ...]:
    """A word-table phrase as the tuple of lower-case tokens the reader compares it with.

    >>> _token_key("approx."), _token_key("more than")
    (('approx', '.'), ('more', 'than'))
    """
    return tuple(tok.lower for tok in tokenize(phrase))


def _one_surfaces(names: list[str]) -> set[str]:
    """The written forms of the units in ``names`` (from the unit lexicon's word table), regex-escaped."""
    wanted = set(names)
    return {re.escape(word) for word, name in lexicon().words.items() if name in wanted and word.isalpha()}


@cache
def _tables() -> dict:
    """Word tables turned into the lookups the reader needs (built once per process)."""
    w = words()
    spelled = spelled_numbers() | set(w["scales"]) | set(w["vague"]) | {"dozen"}
    number_words = spelled | {"half", "a", "an"}
    starters = "|".join(sorted(spelled | set(w["fractions"]), key=len, reverse=True))
    qualifier_words = {x for phrase in list(w["qualifiers_before"]) + list(w["qualifiers_after"]) for x in phrase.split()}
    return {
        # a digit, a number word, or one of a unit ("a mile": see _SentenceReader.one_measure), in one scan
        "candidate": re.compile(r"\d|\b(?:" + starters + r")\b|\ban? (?:"
                                + "|".join(sorted(_one_surfaces(w["one_units"]), key=len, reverse=True)) + r")\b",
                                re.IGNORECASE),
        "one_units": frozenset(w["one_units"]),
        "money_cues": frozenset(w["money_cues"]),
        "number_words": frozenset(number_words),
        # keys as token tuples, so "approx." is ("approx", ".") as the tokenizer reads it
        "before": {_token_key(k): v for k, v in w["qualifiers_before"].items()},
        "before_last": frozenset(_token_key(k)[-1] for k in w["qualifiers_before"]),
        "after": {_token_key(k): v for k, v in w["qualifiers_after"].items()},
        "after_first": frozenset(_token_key(k)[0] for k in w["qualifiers_after"]),
        "change": {tuple(k.split()): v for k, v in w["change_verbs"].items()},
        "change_after": w["change_nouns_after"],
        "change_skip": frozenset(w["change_skip"]),
        "move": frozenset(w["move_verbs"]),
        "months": frozenset(w["months"]),
        "weekdays": frozenset(w["weekdays"]),
        "time_of_day": frozenset(w["time_of_day"]),
        "id_words": frozenset(w["id_words"]),
        "street": frozenset(w["street_words"]),
        "function": frozenset(w["function_words"]) | qualifier_words,
        "plain_function": frozenset(w["function_words"]),
        # time words are units or dates, never a counted noun found by scanning ("1,200 last year")
        "time_words": frozenset(w["time_words"]),
        # after these a four-digit number is a year even before a plural noun ("in 2020 elections")
        "year_leads": frozenset(w["year_leads"]),
        "ordinal_suffixes": frozenset(w["ordinal_suffixes"]),
        "hyphen_prefixes": frozenset(w["hyphen_prefixes"]),
        "id_need_capital": frozenset(w["id_words_need_capital"]),
        "street_right_after": frozenset(w["street_right_after"]),
        "pronouns_after_of": frozenset(w["pronouns_after_of"]),
        "date_leads": frozenset(w["date_leads"]),
        "count_nouns_of": frozenset(w["count_nouns_of"]),
        "partitive": frozenset(w["partitive_nouns"]),
        "group_size": frozenset(w["group_size_words"]),
        "subject_verbs": frozenset(w["subject_verbs"]),
        "one_blockers": frozenset(w["one_blockers_before"]),
        "scope": frozenset(w["scope_preps"]),
        "elliptic": frozenset(w["elliptic"]),
        "count_nouns": frozenset(w["count_nouns_before"]),
        "count_noun_not_heads": frozenset(w["count_noun_not_heads"]),
        "determiners": frozenset(["the", "its", "his", "her", "their", "our", "my", "your", "these", "those", "them", "this", "that"]),
        "year_nouns": frozenset(w["year_nouns"]),
        "participles": frozenset(w["bare_participles"]),
        "counted_adjectives": frozenset(w["counted_adjectives"]),
        "measure_nouns": frozenset(w["measure_nouns"]),
        "place_units": frozenset(w["place_units"]),
        "plural_modifiers": frozenset(w["plural_modifiers"]),
        "adjectives": frozenset(w["adjectives"]),
        "dimension_adjectives": frozenset(w["dimension_adjectives"]),
        "adjective_suffixes": tuple(w["adjective_suffixes"]),
        "adjective_nouns": frozenset(w["adjective_nouns"]),
        "head_units_not": frozenset(w["head_units_not"]),
        "contrast": frozenset(w["contrast_words"]),
        "parallel_joins": frozenset(w["parallel_joins"]),
        "collective": frozenset(w["collective_nouns"]),
        "or_leads": frozenset(w["or_leads"]),
        "age_subjects": frozenset(w["age_subjects"]),
        "age_verbs": frozenset(tuple(x.split()) for x in w["age_verbs"]),
        "age_followers": frozenset(w["age_followers"]),
        "age_nouns": frozenset(w["age_nouns"]),
    }


@dataclass
class _Row:
    """A figure being read; frozen into a :class:`Quantity` at the end."""

    num: Number
    first: int                  # first token of the row (qualifier, currency, sign)
    last: int                   # token after the row's number and unit
    value: float
    unit: str | None = None
    currency: bool = False
    unit_end: int = -1          # token index after the unit, -1 without one
    qualifier: str = "exact"
    qualifier_text: str | None = None
    low: float | None = None
    high: float | None = None
    change: str | None = None
    entity: str | None = None
    concept: str | None = None
    noun_end: int = -1          # char offset where the counted noun ends
    noun_after: bool = False    # the noun follows the number ("cut 1,200 jobs")
    sign: int = 0
    factor: float = 1.0
    hyphen_word: str | None = None
    extra: dict = field(default_factory=dict)


@dataclass
class _Context:
    """What carries over from one sentence to the next: the last counted noun, for "1,000 more"."""

    entity: str | None = None
    concept: str | None = None
    at: int = -10**9
    sentence: int = -1          # start of the sentence the noun was found in
    modifier: bool = False      # the noun came from a hyphenated modifier ("a 40-storey tower")


def _lower(word: str) -> str:
    """Lower case, except acronyms ("TB2", "NATO")."""
    return word if word.isupper() and len(word) > 1 else word.lower()


def find_quantities(text: str, norm: str, sentences: list[Sentence]) -> list[Quantity]:
    """Quantities in ``text`` (``norm`` is its normalized view), sentence by sentence, in text order.

    >>> from numfacts.text import normalize, split_sentences
    >>> t = "Officials said as many as 175,000 troops could take part."
    >>> [(q.value, q.high, q.qualifier, q.entity) for q in find_quantities(t, normalize(t), split_sentences(t))]
    [(175000.0, 175000.0, 'upper_bound', 'troop')]
    """
    tables = _tables()
    context = _Context()
    out: list[Quantity] = []
    for s in sentences:
        if tables["candidate"].search(norm, s.start, s.end) is None:
            continue
        # a noun carries over at most ELLIPSIS_CHARS and never across a blank line (a bounded look-back)
        if s.start - context.at > ELLIPSIS_CHARS or "\n\n" in norm[context.at:s.start]:
            context = _Context()
        out.extend(_SentenceReader(norm, s.start, s.end, context).read())
    return out


#: Marks that may touch a spelled number opening a quote or an aside ('"Three officers', "(twelve)").
_OPENERS = frozenset("\"'([")


class _SentenceReader:
    def __init__(self, norm: str, start: int, end: int, context: _Context):
        self.norm = norm
        self.start = start
        self.end = end
        self.context = context
        self.toks = tokenize(norm, start, end)
        # looked up many times per figure: computed once per sentence
        self.n = len(self.toks)
        self.lows = [tok.lower for tok in self.toks]
        self.t = _tables()
        self.lex = lexicon()
        self.rejected: set[int] = set()     # token indexes of numbers that name rather than count
        self.name_tails: set[tuple[str, str]] = set()   # ("11", "Pro") after a model name "iPhone 11 Pro"

    # ------------------------------------------------------------------ helpers
    def low(self, k: int) -> str:
        return self.lows[k] if 0 <= k < self.n else ""

    def text(self, k: int) -> str:
        return self.toks[k].text if 0 <= k < len(self.toks) else ""

    def touching(self, k: int) -> bool:
        """Token k touches token k-1 (no space between)."""
        return 0 < k < len(self.toks) and self.toks[k].start == self.toks[k - 1].end

    def gap(self, k: int) -> int:
        return self.toks[k].start - self.toks[k - 1].end if 0 < k < len(self.toks) else 99

    # ------------------------------------------------------------------ numbers
    def numbers(self) -> list[Number]:
        out: list[Number] = []
        toks, i, n = self.toks, 0, len(self.toks)
        words_ok = self.t["number_words"]
        while i < n:
            tok = toks[i]
            num = None
            if tok.is_digits:
                num = self.digits(i)
            elif tok.is_word and tok.lower in words_ok and (not self.touching(i) or toks[i - 1].text in _OPENERS):
                num = read_words(toks, i)
                if num is not None and num.last < n and self.touching(num.last) and toks[num.last].is_word:
                    num = None      # "tens" in "tenspot"
                if num is None and tok.lower in ("a", "an") or num is not None and tok.lower == "half" \
                        and num.last == i + 1:
                    num = self.one_measure(i, num) or num
            if num is None:
                i += 1
                continue
            out.append(num)
            i = max(num.last, i + 1)
        return out

    def one_measure(self, i: int, half: Number | None) -> Number | None:
        """ "a mile", "more than a tonne", "half a metre": one (or half) of a measuring unit that is no time
        word ("a year", "an hour" are spans, read as dates and durations elsewhere)."""
        k = i + 1 if half is not None else i
        if half is not None and self.low(k) not in ("a", "an") or any(
                self.toks[x].is_digits for x in range(max(0, i - 3), i)):
            return None     # (not "$87 a barrel", "40 tonnes a hectare": a rate after a figure)
        found = match_unit(self.norm, self.toks, k + 1, attached=False) if k + 1 < self.n else None
        if found is None or found[0] not in self.t["one_units"] or not self.toks[k + 1].is_word:
            return None
        value = 0.5 if half is not None else 1.0
        return Number(i, k + 1, self.toks[i].start, self.toks[k].end, value, "words")

    def digits(self, i: int) -> Number | None:
        toks, n = self.toks, len(self.toks)
        tok = toks[i]
        value = digits_value(tok.text)
        if value is None:
            self.rejected.add(i)
            return None
        first, last = i, i + 1
        # ".001 per cent"
        if i > 0 and toks[i - 1].text == "." and self.touching(i) and tok.text.isdigit() and not (
                i > 1 and self.touching(i - 1) and toks[i - 2].is_digits):
            value, first = float("0." + tok.text), i - 1
        # "1/16", "1⁄32" (a fraction) versus "10/2/2022" (a date)
        if last + 1 < n and toks[last].text in "/\u2044" and self.touching(last) and self.touching(last + 1) \
                and toks[last + 1].is_digits:
            if last + 2 < n and toks[last + 2].text in "/-" and self.touching(last + 2):
                self.rejected.update((i, last + 1, last + 3))
                return None
            den = digits_value(toks[last + 1].text)
            if not den or den <= value or "." in tok.text:
                self.rejected.update((i, last + 1))
                return None
            return Number(first, last + 2, toks[first].start, toks[last + 1].end, value / den, "fraction")
        if last + 1 < n and toks[last].text in ("\u00d7", "x", "*") and toks[last + 1].text == "10" and self.gap(last) <= 1:
            k = last + 2
            if k < n and toks[k].text == "^" and self.touching(k):
                k += 1
            sign = 1
            if k < n and toks[k].text in "-+" and self.touching(k):
                sign, k = (-1 if toks[k].text == "-" else 1), k + 1
            if k < n and toks[k].text.isdigit() and self.touching(k) and len(toks[k].text) <= 3:
                return Number(first, k + 1, toks[first].start, toks[k].end, value * 10.0 ** (sign * int(toks[k].text)),
                              "digits")
        money = self.currency_before(first) is not None
        if not money and last + 1 < n and toks[last].text in ("m", "k", "b") and self.touching(last):
            # "38m customers", "38m affected customers", "15m crowns", "1.85m tonnes", "a 250m-crown fund":
            # millions, not metres (a plural noun or another unit after it)
            noun = last + 2 if last + 2 < n and toks[last + 1].text.endswith("ed") and toks[last + 1].text.islower() \
                and self.gap(last + 2) == 1 else last + 1
            # "1.7m cholera vaccine doses": a plural closing a short run of lower-case nouns
            while noun + 1 < n and noun - last < 3 and not looks_plural(toks[noun].text) and toks[noun].text.isalpha() \
                    and toks[noun].text.islower() and self.gap(noun + 1) == 1 and toks[noun].lower not in (
                        self.t["dimension_adjectives"] | self.t["adjectives"] | self.t["function"]):
                noun += 1
            if self.gap(last + 1) == 1 and toks[noun].is_word and looks_plural(toks[noun].text):
                money = True
            elif toks[last + 1].text == "-" and self.touching(last + 1) and last + 2 < n and self.touching(last + 2):
                unit = match_unit(self.norm, toks, last + 2, attached=False)
                money = unit is not None and unit[0] in self.lex.currencies
        factor, k = scale_after(toks, last, money=money)
        if k > last:
            return Number(first, k, toks[first].start, toks[k - 1].end, scaled(value, factor), "digits", True)
        if last + 1 < n and toks[last].lower == "in" and toks[last + 1].text.isdigit() and tok.text.isdigit() \
                and 0 < value < int(toks[last + 1].text) <= 100 and value <= 10:
            return Number(first, last + 2, toks[first].start, toks[last + 1].end,
                          value / int(toks[last + 1].text), "fraction")
        return Number(first, last, toks[first].start, tok.end, value, "digits")

    # ------------------------------------------------------------------ currency and unit
    def currency_before(self, first: int) -> tuple[str, int] | None:
        """``(currency, first token)`` written before token ``first`` ("US$", "HK $", "Y=", "PS")."""
        if first == 0 or self.gap(first) > 1 or self.toks[first - 1].text not in self.lex.currency_ends:
            return None
        prefix = self.lex.currency_prefix
        for k in (4, 3, 2, 1):
            a = first - k
            if a < 0:
                continue
            s = surface(self.norm, self.toks, a, k)
            if s is None:
                continue
            key = s.replace(" ", "")
            name = prefix.get(key)
            if not name:
                continue
            # single letters and mangled signs ("PS", "R", "Y") only when written against the number
            if (len(key) == 1 and key.isalpha() or key == "PS") and (self.gap(first) != 0 or self.touching(a) and self.toks[a - 1].is_word):
                continue
            if key[0].isalpha() and self.touching(a) and self.toks[a - 1].text not in "($":
                continue
            return name, a
        return None

    def unit_after(self, row: _Row) -> None:
        """Fill the row's unit from the tokens after its number."""
        toks, n = self.toks, len(self.toks)
        j = row.num.last
        lex = self.lex
        if row.currency:
            # "$76 US", "$75 U.S."
            for k in (4, 2, 1):
                s = surface(self.norm, toks, j, k) if j < n and self.gap(j) <= 1 else None
                if s and s.replace(" ", "") in lex.dollar_suffix and row.unit == "dollar":
                    j += k
                    break
            row.unit_end = j
        else:
            if j < n and self.gap(j) <= 1 and toks[j].text in lex.currency_suffix and not (
                    j + 1 < n and self.touching(j + 1) and toks[j + 1].is_word):
                row.unit, row.currency, j = lex.currency_suffix[toks[j].text], True, j + 1
                row.unit_end = j
            elif j + 1 < n and toks[j].text == "-" and self.touching(j) and self.touching(j + 1) and toks[j + 1].is_word:
                found = match_unit(self.norm, toks, j + 1, attached=False)
                if found:
                    row.unit, j = found
                    row.unit_end = j
                else:
                    row.hyphen_word = toks[j + 1].text
            elif j < n and self.gap(j) <= 1:
                found = match_unit(self.norm, toks, j, attached=self.touching(j))
                if found and self.unit_ok(found[0], j, found[1]):
                    row.unit, j = found
                    row.unit_end = j
                elif toks[j].text == "p" and (j + 1 == n or self.low(j + 1) in (",", ";", ")", "at", "to", "from", "and")
                                              or self.low(j + 1) == "." and j + 2 == n):
                    row.unit, row.currency, j = lex.adjacent["p"], True, j + 1
                    row.unit_end = j
        if row.unit is None:
            return
        if row.unit == "pound-mass" and (row.num.scaled or "£" in self.norm[self.start:self.end] or any(
                self.low(k) in self.t["money_cues"] for k in range(max(0, row.first - 4), row.first))):
            row.unit, row.currency = "pound sterling", True
        if row.unit in lex.currencies:
            row.currency = True
        # "per barrel", "/h", "a month", "an ounce" (a share or a change of one is no rate: "5% a year")
        rate = row.unit not in ("percentage", "percentage point", "basis point")
        if j + 1 < n and self.low(j) in lex.per_words and self.gap(j) <= 1 and rate:
            per = self.low(j)
            found = match_unit(self.norm, toks, j + 1, attached=False)
            noun = None
            if found:
                noun, k = found
            elif toks[j + 1].is_word:
                cand = singular(toks[j + 1].lower)
                if cand in lex.per_nouns:
                    noun, k = cand, j + 2
            timeish = noun in self.t["time_words"]
            # ("$5 a day later" dates; a second or a minute is too short to: "45 litres a second after repairs")
            if noun and (per in ("per", "/") or timeish or noun in lex.per_nouns) and (
                    self.low(k) not in DATE_AFTER or noun in ("second", "minute")):
                row.unit, j = f"{row.unit} per {noun}", k
        elif j < n and self.low(j) in lex.per_adverbs and self.gap(j) <= 1 and rate:   # "$1,400 million annually"
            row.unit, j = f"{row.unit} per {lex.per_adverbs[self.low(j)]}", j + 1
        row.unit_end = j

    def unit_ok(self, name: str, j: int, end: int) -> bool:
        """Single capital symbols written apart ("5 W", "12 C") only before lower case or punctuation, or
        before an acronym that modifies a lower-case noun ("a 7 W LED bulb", not "9 E 71st St"); no "degree"
        before a plural noun ("38 degree courses").

        >>> t = "a 7 W LED bulb"
        >>> [q.unit for q in find_quantities(t, t, [Sentence(0, len(t))])]
        ['watt']
        """
        tok = self.toks[j]
        if name == "degree" and end < len(self.toks) and self.toks[end].is_word and self.toks[end].text.islower() \
                and looks_plural(self.toks[end].lower) and self.gap(end) == 1:
            return False    # "38 degree courses": the academic degree, no angle or temperature
        if end - j == 1 and len(tok.text) == 1 and tok.text.isalpha() and not self.touching(j):
            nxt = self.toks[end] if end < len(self.toks) else None
            if nxt is not None and (nxt.text[0].isupper() or nxt.text in "-'&."):
                chunks = self.chunks(end, 2) if self.gap(end) == 1 else []
                acronym = len(chunks) == 2 and sum(c.isupper() for c in chunks[0][0]) >= 2 and chunks[0][0][0].isupper()
                return acronym and chunks[1][0].islower() and chunks[1][0] not in self.t["function"] \
                    and chunks[1][1] == chunks[0][2]
        return True

    # ------------------------------------------------------------------ rejection
    def names_not_counts(self, num: Number, row: _Row) -> bool:
        """True when the number names something (a year, a date, a time, a model, an id, an address)."""
        toks, n, t = self.toks, len(self.toks), self.t
        first, last = num.first, num.last
        tok = toks[first] if toks[first].is_digits else toks[min(first + 1, last - 1)]
        prev, prev2 = first - 1, first - 2
        if any(k in self.rejected for k in range(first, last)):
            return True
        if num.written == "digits":
            # letters against the digits: "TB2", "G7", "XC40" (a currency code was taken already)
            if not row.currency and prev >= 0 and self.touching(first) and toks[prev].is_word:
                return True
            # "F-16", "S-400", "Covid-19", "2014-15" (after a rejected year)
            if prev2 >= 0 and toks[prev].text == "-" and self.touching(first) and self.touching(prev) and (
                    toks[prev2].is_word and toks[prev2].lower not in t["hyphen_prefixes"]
                    or prev2 in self.rejected):
                return True
            if prev2 >= 0 and toks[prev].text in "/:" and self.touching(first) and self.touching(prev) \
                    and toks[prev2].is_digits:
                return True
            # "COVID -19"
            if row.sign < 0 and prev2 >= 0 and toks[prev2].is_word and toks[prev2].text[0].isupper() \
                    and row.unit is None:
                return True
            # times of day: "10:30", "5am", "3 p.m."
            if last < n and toks[last].text in ":" and self.touching(last) and last + 1 < n and toks[last + 1].is_digits:
                self.rejected.add(last + 1)
                return True
            after = self.after_text(num.last, 4).replace(" ", "").lower() if self.low(last)[:1] in "apgeucb" else ""
            clock = after and (after.rstrip(".") in t["time_of_day"] or any(
                after.startswith(x) and not after[len(x):len(x) + 1].isalpha() for x in ("a.m.", "p.m.", "am", "pm")))
            if clock and row.unit is None:
                return True
            # ordinals: "96th", "21st"
            if last < n and self.touching(last) and toks[last].lower in t["ordinal_suffixes"]:
                return True
            # "#5"
            if prev >= 0 and toks[prev].text == "#":
                return True
            # a digit run too long to be a figure, or a zip code / id with leading zero
            if tok.text.startswith("0") and len(tok.text) > 1 and tok.text[1].isdigit() and toks[first].text != ".":
                return True
            # hyphen chains of three groups: phone numbers, ISO dates, ids
            if self.hyphen_chain(first) >= 3 or self.phone_like(first):
                return True
        # dates: "Feb. 10", "February 11", "10 February", "8 July 2021"
        p = prev
        if p >= 0 and toks[p].text == "." and p - 1 >= 0:
            p -= 1
        if p >= 0 and toks[p].lower in t["months"] and (toks[p].text[0].isupper()) and num.written == "digits":
            return True
        if last < n and toks[last].lower in t["months"] and toks[last].text[0].isupper() and num.written == "digits" \
                and row.unit is None:
            return True
        if last + 1 < n and toks[last].lower == "of" and toks[last + 1].lower in t["months"] \
                and toks[last + 1].text[0].isupper():
            return True
        if prev >= 0 and toks[prev].lower in t["weekdays"] and num.written == "digits" and row.unit is None:
            return True
        # ids: "page 12", "Game 7", "No. 5"
        p = prev
        if p >= 0 and toks[p].text == "." and p - 1 >= 0 and self.touching(p):
            p -= 1
        # (not a verb after a modal: "the new hall can seat 760 people"; nor after "to" with words after the
        # number: "agreed to issue 240 new market permits", but "moved to platform 4")
        verb = p >= 1 and toks[p].text.islower() and (toks[p - 1].lower in MODALS or toks[p - 1].lower == "to" and (
            last < n and toks[last].is_word and toks[last].text.islower() and toks[last].lower not in t["function"]))
        if p >= 0 and toks[p].lower in t["id_words"] and not row.currency and row.unit is None and \
                (toks[p].text[0].isupper() or toks[p].lower not in t["id_need_capital"]) and not verb:
            return True
        # names: "iPhone 12", "FTSE 100", "S&P 500", "Big 12"
        if prev >= 0 and toks[prev].is_word and not row.currency and row.unit is None and self.gap(first) == 1 \
                and any(c.isupper() for c in toks[prev].text) and toks[prev].lower not in t["function"] \
                and toks[prev].lower not in t["number_words"] and self.low(last) not in t["elliptic"] \
                and not (last < n and toks[last].text.islower() and looks_plural(toks[last].text)):
            return True
        # "Nova 8 Lite and 8 Ultra": the same model again, without its brand
        if last < n and (tok.text, toks[last].text) in self.name_tails and row.unit is None:
            return True
        # addresses: "410 Larkspur Road", "9 E 71st St"
        if num.written == "digits" and row.unit is None and not row.currency:
            for k in range(last, min(n, last + 6)):
                x = toks[k]
                street = x.text.lower() in t["street"] and x.text[0].isupper()    # (not "25-30 square miles")
                if street and (k > last or x.text in t["street_right_after"]):
                    return True
                if not (x.text[0].isupper() or x.is_digits or x.lower in t["ordinal_suffixes"] or x.text in "-."):
                    break
        return False

    def after_text(self, k: int, ntok: int) -> str:
        if k >= len(self.toks) or self.gap(k) > 1:
            return ""
        end = min(len(self.toks), k + ntok)
        return self.norm[self.toks[k].start:self.toks[end - 1].end]

    def phone_like(self, i: int) -> bool:
        """"555-0142", "(202) 555 0199", "+1 202 555 0199": digit groups of a phone number."""
        toks, n = self.toks, len(self.toks)
        text = toks[i].text
        if i + 2 < n and toks[i + 1].text == "-" and self.touching(i + 1) and self.touching(i + 2) \
                and len(text) == 3 and text.isdigit() and len(toks[i + 2].text) == 4 and toks[i + 2].text.isdigit() \
                and int(toks[i + 2].text) % 100:
            return True
        if i > 0 and i + 2 < n and toks[i - 1].text == "(" and toks[i + 1].text == ")" and toks[i + 2].is_digits \
                and len(text) == 3:
            return True
        # three or more bare integers in a row, apart by single spaces
        run, k = 1, i
        while k + 1 < n and run < 3 and toks[k + 1].text.isdigit() and self.gap(k + 1) == 1 and toks[k].text.isdigit():
            run, k = run + 1, k + 1
        k = i
        while k - 1 >= 0 and run < 3 and toks[k - 1].text.isdigit() and self.gap(k) == 1 and toks[k].text.isdigit():
            run, k = run - 0 + 1, k - 1
        return run >= 3 and text.isdigit()

    def hyphen_chain(self, i: int) -> int:
        """How many digit groups are joined by '-' (or '.') around token i, without spaces."""
        toks, count = self.toks, 1
        k = i
        while k + 2 < len(toks) and toks[k + 1].text == "-" and self.touching(k + 1) and self.touching(k + 2) \
                and toks[k + 2].is_digits and count < 5:
            count, k = count + 1, k + 2
        k = i
        while k - 2 >= 0 and toks[k - 1].text == "-" and self.touching(k) and self.touching(k - 1) \
                and toks[k - 2].is_digits and count < 5:
            count, k = count + 1, k - 2
        return count

    def is_year(self, row: _Row) -> bool:
        num = row.num
        tok = self.toks[num.first]
        if num.written != "digits" or num.scaled or row.currency or row.unit or not tok.text.isdigit():
            return False
        if len(tok.text) != 4 or not 1100 <= row.value <= 2200:
            return False
        # "in 2020 elections", "the 2011 floods", "between 1600 and 1900 world temperatures"
        prev = self.text(num.first - 1)
        if self.low(num.first - 1) in self.t["year_leads"] or prev[:1].isupper() and prev.isalpha():
            return True     # "in 2020 elections", "Keytruda's 2018 sales"
        last_word = row.concept.split()[-1].lower() if row.concept else ""
        return not (row.entity and row.noun_after and looks_plural(last_word) and last_word not in self.t["year_nouns"])

    # ------------------------------------------------------------------ qualifiers
    def qualifier_before(self, row: _Row) -> None:
        k = row.first
        if k >= 2 and self.text(k - 1) == "-" and self.low(k - 2) == "sub" and self.touching(k) and self.touching(k - 1):
            row.qualifier, row.qualifier_text, row.first = "upper_bound", "sub-", k - 2
            return
        if k > 0 and self.text(k - 1) in ("~", "≈") :
            row.qualifier, row.qualifier_text, row.first = "approx", self.text(k - 1), k - 1
            return
        if self.low(k - 1) not in self.t["before_last"]:
            return      # no qualifier phrase ends right before the figure: the common case, decided at once
        for size in range(QUALIFIER_TOKENS, 0, -1):
            a = k - size
            if a < 0:
                continue
            if any(not self.toks[x].is_word and self.toks[x].text not in (".", "~") for x in range(a, k)):
                continue
            phrase = tuple(self.low(x) for x in range(a, k))
            kind = self.t["before"].get(phrase)
            if kind:
                # "up to" after a change verb is the end of a movement ("rose up to 5%"), still a bound;
                # but a movement from a figure names where it ended ("pushing inflation up to 3.8% from 3.5%")
                if phrase == ("up", "to") and self.low(row.last) == "from" and any(
                        self.low(row.last + j)[:1].isdigit() for j in (1, 2)):
                    return
                row.qualifier, row.first = kind, a
                row.qualifier_text = self.norm[self.toks[a].start:self.toks[k - 1].end]
                return

    def qualifier_after(self, row: _Row) -> None:
        k = row.last
        if k < len(self.toks) and self.text(k) == "+" and self.touching(k):
            row.qualifier, row.qualifier_text, row.last = "lower_bound", "+", k + 1
            return
        if self.low(k) not in self.t["after_first"]:
            return      # the common case, decided at once
        for size in (3, 2, 1):
            phrase = tuple(self.low(x) for x in range(k, min(k + size, len(self.toks))))
            if len(phrase) == size and phrase in self.t["after"] and self.text(k) != "+" and self.text(k).islower():
                row.qualifier = self.t["after"][phrase]
                row.qualifier_text = self.norm[self.toks[k].start:self.toks[k + size - 1].end]
                row.last = k + size
                return

    # ------------------------------------------------------------------ nouns
    def chunks(self, k: int, limit: int) -> list[tuple[str, int, int]]:
        """Space-separated chunks of words from token k: (text, first token, token after), stopping at
        punctuation; hyphens, dots and apostrophes inside a chunk stay ("U.S.-based", "first-team")."""
        toks, n, out = self.toks, len(self.toks), []
        while k < n and len(out) < limit:
            if not toks[k].is_word:
                break
            a = k
            k += 1
            while k < n and self.touching(k) and (toks[k].is_word or toks[k].is_digits or (
                    toks[k].text in "-.'&" and k + 1 < n and self.touching(k + 1) and not toks[k + 1].text.isspace()
                    and (toks[k + 1].is_word or toks[k + 1].is_digits or toks[k].text == "."))):
                k += 1
            if k < n and toks[k].text == "." and self.touching(k) and "." in self.norm[toks[a].start:toks[k - 1].end] \
                    and k + 1 < n and not self.touching(k + 1) and toks[k + 1].is_word and toks[k + 1].text.islower():
                k += 1      # "U.S. troops": the abbreviation's last dot
            # "COVID -19 tests": a name whose number was rejected, written with a stray space
            if k + 1 < n and toks[k].text == "-" and self.gap(k) == 1 and self.touching(k + 1) and k + 1 in self.rejected:
                k += 2
            text = self.norm[toks[a].start:toks[k - 1].end]
            if text.endswith(("'s", "'")):
                text = text[:-2] if text.endswith("'s") else text[:-1]
            out.append((text, a, k))
            if k < n and self.gap(k) == 0 and not toks[k].is_word:
                break
        return out

    def noun_after(self, row: _Row) -> None:
        """The counted noun after a plain count: "100,000 troops", "dozens of people", "one of the best ..."."""
        t = self.t
        k = row.num.last
        if self.text(k) == "-" and self.touching(k) and self.text(k + 1) in (",", "and", "or", "to"):
            for x in range(k + 1, min(len(self.toks) - 1, k + 10)):
                if self.text(x) == "-" and self.touching(x) and self.touching(x + 1) and self.toks[x + 1].is_word:
                    found = match_unit(self.norm, self.toks, x + 1, attached=False)
                    if found:
                        row.unit = found[0]
                    else:
                        row.entity, row.concept = _lower(singular(self.toks[x + 1].text)), self.toks[x + 1].text
                    row.last = k + 1
                    return
        # "a 6.1-magnitude quake": a unit written before its number elsewhere ("magnitude 6.1") is still the unit
        if row.hyphen_word and row.hyphen_word.lower() in self.lex.unit_before:
            row.unit = self.lex.unit_before[row.hyphen_word.lower()]
            row.noun_end = self.toks[row.num.last + 1].end
            return
        if row.hyphen_word and row.hyphen_word.lower() in t["group_size"]:
            # "a 450-strong workforce", "the 9-strong crew": the count of the group named next (its last noun
            # before a function word or a verb)
            words = []
            chunks = self.chunks(row.num.last + 2, NOUN_CHUNKS)
            for x, chunk in enumerate(chunks):
                low = chunk[0].lower()
                nxt = chunks[x + 1][0].lower() if x + 1 < len(chunks) else ""
                if low in t["function"] or not chunk[0].isalpha() or words and (
                        low.endswith("ed") or low.endswith("ing") and (not nxt or nxt in t["function"])):
                    break       # ("ground handling staff": a noun in -ing before another noun)
                words.append(chunk)
            if words:
                row.entity, row.concept = _lower(singular(words[-1][0])), " ".join(w for w, _, _ in words)
                row.noun_end, row.noun_after = self.toks[words[-1][2] - 1].end, True
            return
        if row.hyphen_word and row.hyphen_word.isalpha() and not self.is_adjective(row.hyphen_word):
            row.entity = singular(row.hyphen_word.lower())
            row.concept = row.hyphen_word
            row.extra["modifier"] = True        # "a 40-storey tower": the count describes another noun
            row.noun_after = True
            row.noun_end = self.toks[row.num.last + 1].end
            return
        k = row.last
        if k < len(self.toks) and self.gap(k) > 1:
            return
        if self.low(k) == "of" and self.low(k + 1) in t["pronouns_after_of"]:
            row.extra["elliptic"] = True
            return
        if self.low(k) == "of" and (row.num.written in ("vague", "fraction") or row.value == 1 or row.num.scaled):
            k += 1
            while self.low(k) in t["determiners"] or self.low(k) in ("a", "an"):
                k += 1
            # "one of the most daring escapes": a superlative's "most" is no counted noun, and the noun is plural
            if self.low(k) in ("most", "least") and self.low(k - 1) == "the" and self.low(k + 1) not in t["function"]:
                k += 1
                row.extra["superlative"] = k        # the token after "most" is an adjective
            row.extra["one_of"] = row.value == 1
            # "1/16 of a US pint", "hundreds of miles": a unit after "of"
            for skip in (0, 1):
                found = match_unit(self.norm, self.toks, k + skip, attached=False) if k + skip < len(self.toks) else None
                if found and row.num.written != "digits" and (skip == 0 or self.toks[k].is_word and (
                        self.is_adjective(self.toks[k].text) or self.toks[k].text.isupper() and len(self.toks[k].text) <= 3)):
                    row.unit, row.unit_end = found
                    row.noun_end = self.toks[found[1] - 1].end
                    return
        if self.plural_model(row, k):
            return
        chunks = self.chunks(k, NOUN_CHUNKS)
        if not chunks:
            return
        follows = chunks[1][0].lower() if len(chunks) > 1 and chunks[1][1] == chunks[0][2] else ""
        # "214 people were treated and 18 were still in intensive care": the count is the subject
        if chunks[0][0].lower() in t["subject_verbs"] and row.num.written != "fraction":
            row.extra["elliptic"] = True
            return
        # "clinics treat 180 injured", "40 dead were found", "12 badly hurt": an adjective standing for people
        # (after at most one adverb) is the counted thing
        lead = 1 if follows in t["counted_adjectives"] and chunks[0][0].lower().endswith("ly") else 0
        if lead < len(chunks) and chunks[lead][0].lower() in t["counted_adjectives"] and row.num.written != "fraction":
            after = chunks[lead + 1][0].lower() if lead + 1 < len(chunks) and chunks[lead + 1][1] == chunks[lead][2] else ""
            if not after or after in t["function"]:
                row.entity, row.concept = chunks[lead][0].lower(), " ".join(c[0] for c in chunks[:lead + 1])
                row.noun_end = self.toks[chunks[lead][2] - 1].end
                row.noun_after = True
                return
        first = chunks[0][0].lower()
        # "15 more ambulances", "300 additional troops": a word that stands for the noun when alone ("20 more
        # died") describes the plural noun after it
        if first in t["elliptic"] and follows and follows not in t["function"] and follows not in t["number_words"] \
                and (head := self.head_noun(row, chunks[1:], coordinate=False)[0]) is not None \
                and looks_plural(head[0]):
            chunks = chunks[1:]
        elif first in t["elliptic"] or first in t["participles"] and (not follows or follows in t["function"]):
            row.extra["elliptic"] = True
            row.noun_end = self.toks[chunks[0][2] - 1].end
            return
        head, mods, coordinated = self.head_noun(row, chunks, coordinate=True)
        if coordinated and (head is None or not looks_plural(head[0])):
            head, mods, coordinated = self.head_noun(row, chunks, coordinate=False)
        if head is None or len(head[0]) < 2:
            return
        word, a, b = head
        # "143 receiving yards", "40 nautical miles": a unit heads the phrase, the words before only describe it
        found = match_unit(self.norm, self.toks, a, attached=False) if mods else None
        # a currency after a capitalised modifier is that country's ("French francs") unless it names it ("Indian rupees")
        if found and found[1] == b and found[0] not in self.t["head_units_not"] and not (
                found[0] in self.lex.currencies and any(m[:1].isupper() for m, _ in mods)
                and not found[0].startswith(mods[-1][0].lower() + " ")):
            row.unit, row.unit_end = found
            row.concept = " ".join([m for m, _ in mods] + [word])
            row.noun_end = self.toks[b - 1].end
            return
        if coordinated:     # "small and large farms": only lower-case nouns after the conjunction
            last_and = max(i for i, (m, _) in enumerate(mods) if m.lower() in ("and", "or"))
            nouns = [m for m, adjective in mods[last_and + 1:] if not adjective and m.islower()][-2:]
            # "pilot and cabin crew jobs": nouns on both sides share the head, which alone is counted
            if last_and > 0 and not mods[last_and - 1][1]:
                nouns = []
        else:
            nouns = [m for m, adjective in mods if not adjective][-2:]
        if word.lower() in t["partitive"] and not nouns and self.low(b) == "of":
            # "6,000 pieces of equipment", "40 head of cattle": what the pieces are of is counted
            whole = self.chunks(b + 1, NOUN_CHUNKS)
            found = self.head_noun(row, whole, coordinate=False)[0] if whole else None
            if found is not None:
                row.entity, row.concept = _lower(singular(found[0])), self.norm[self.toks[a].start:self.toks[found[2] - 1].end]
                row.noun_end, row.noun_after = self.toks[found[2] - 1].end, True
                self.scope(row, found[2])
                return
        row.entity = " ".join([_lower(m) for m in nouns] + [_lower(singular(word))])
        row.concept = " ".join(([row.extra["owner"]] if "owner" in row.extra else []) + [m for m, _ in mods] + [word])
        row.noun_end = self.toks[b - 1].end
        row.noun_after = True
        self.scope(row, b)

    def head_noun(self, row: _Row, chunks: list[tuple[str, int, int]], *, coordinate: bool
                  ) -> tuple[tuple[str, int, int] | None, list[tuple[str, bool]], bool]:
        """The head noun among the chunks after a figure, its modifiers as ``(word, is adjective)``, and
        whether modifiers were coordinated ("paper and online tickets", "Ford and Fiat vehicles")."""
        t = self.t
        mods: list[tuple[str, bool]] = []
        single = row.value == 1 and row.num.written != "fraction" and not row.extra.get("one_of")
        head = None
        coordinated = False     # "paper and online tickets": the modifiers share one head noun
        adverb_of = -1
        for idx, (word, a, b) in enumerate(chunks):
            low = word.lower()
            if coordinate and low in ("and", "or") and mods and idx + 2 < len(chunks) and chunks[idx + 1][1] == b:
                mods.append((word, True))
                coordinated = True
                continue
            if any(c.isdigit() for c in word) and any(c.isalpha() for c in word) and idx + 1 < len(chunks):
                mods.append((word, True))       # a model name before the noun: "30 AS90 guns"
                continue
            if low in t["function"] or low in t["number_words"] or any(c.isdigit() for c in word) and not mods:
                break
            # "sold 300 quickly" ends the phrase; "3 badly injured dogs", "5 weekly meetings" go on to the noun
            if low.endswith("ly") and len(low) > 4:
                after = chunks[idx + 1][0].lower() if idx + 1 < len(chunks) and chunks[idx + 1][1] == b else ""
                if not after or after in t["function"] or after in t["number_words"]:
                    break
                mods.append((word, True))
                adverb_of = b        # the word after an adverb describes ("newly built homes")
                continue
            # "1,200 last year", "300 on Monday": a date follows, not the counted noun
            if idx == 0 and low in t["date_leads"] or low in t["months"] \
                    or low in t["weekdays"]:
                break
            if singular(low) in t["time_words"]:
                if looks_plural(low) and all(adjective for _, adjective in mods) and not single:
                    row.unit, row.unit_end = singular(low), b        # "50 previous years"
                    row.last = b
                break
            nxt = chunks[idx + 1][0].lower() if idx + 1 < len(chunks) else ""
            joined = coordinate and nxt in ("and", "or") and idx + 2 < len(chunks) and not single \
                and chunks[idx + 2][1] == chunks[idx + 1][2] and chunks[idx + 2][0].lower() not in t["function"] \
                and (word[0].isupper() or self.is_adjective(word) or self.shared_head(chunks, idx + 2))
            ends = not joined and (not nxt or nxt in t["function"] or chunks[idx + 1][1] != b or nxt in t["number_words"])
            adjective = self.is_adjective(word) or a == row.extra.get("superlative") \
                or a == adverb_of and not looks_plural(word)     # "costly meetings": an -ly adjective
            # "one of the club's founders", "30 children's books": the possessor is not what is counted
            if nxt and chunks[idx + 1][1] == b and self.norm[self.toks[a].start:self.toks[b - 1].end].endswith(("'s", "s'")):
                row.extra["owner"] = " ".join([m for m, _ in mods] + [self.norm[self.toks[a].start:self.toks[b - 1].end]])
                mods.clear()
                continue
            if single:
                if adjective and not ends:
                    mods.append((word, True))
                    continue
                if not adjective:
                    head = (word, a, b)
                break
            # "48 mumps cases", "20 sports cars": a plural noun right before another plural noun describes it
            if low in t["plural_modifiers"] and nxt and chunks[idx + 1][1] == b and not joined \
                    and self.describes_plural(chunks[idx + 1][0]):
                mods.append((word, False))
                continue
            if looks_plural(word) and not adjective:
                head = (word, a, b)
                # "a third of the island population lives": a share of a whole, and its verb
                if mods and mods[-1][0].lower() in t["collective"] and row.num.written == "fraction" and idx > 0:
                    prev_word, pa, pb = chunks[idx - 1]
                    head = (prev_word, pa, pb)
                    mods.pop()
                break
            if ends:
                if not adjective and not low.endswith(("ing", "ed")) and not (word[0].isupper() and not mods):
                    head = (word, a, b)
                break
            mods.append((word, adjective))
            if len(mods) >= (5 if coordinated else 3):
                break
        return head, mods, coordinated

    def describes_plural(self, word: str) -> bool:
        """``word``, after a plural noun, is a plural lower-case noun that the first one describes."""
        t = self.t
        low = word.lower()
        return word.islower() and looks_plural(word) and not self.is_adjective(word) and low not in t["function"] \
            and low not in t["number_words"] and low not in t["subject_verbs"] and singular(low) not in t["time_words"]

    def shared_head(self, chunks: list[tuple[str, int, int]], j: int) -> bool:
        """A lower-case noun after "and" leads on, without a break, to a plural noun that both sides
        modify: "(pilot and) cabin crew jobs", "(apple and) pear trees".

        >>> t = "The carrier will cut 700 pilot and cabin crew jobs."
        >>> [(q.entity, t[q.start:q.end]) for q in find_quantities(t, t, [Sentence(0, len(t))])]
        [('job', '700 pilot and cabin crew jobs')]
        """
        t = self.t
        for x in range(j, len(chunks)):
            word = chunks[x][0]
            if x > j and chunks[x][1] != chunks[x - 1][2] or not word.islower() or word in t["function"] \
                    or word in t["number_words"]:
                return False
            if looks_plural(word) and not self.is_adjective(word):
                return x > j
        return False

    def plural_model(self, row: _Row, k: int) -> bool:
        """A model name made plural counts that model: "40 Pixel 4s", "12 Cessna 172s", "9 Ranger 250s".

        >>> t = "The shop sold 30 Pixel 4s and 12 Cessna 172s."
        >>> [q.entity for q in find_quantities(t, t, [Sentence(0, len(t))])]
        ['pixel 4', 'cessna 172']
        """
        toks, n = self.toks, len(self.toks)
        if k >= n or not toks[k].is_word or not toks[k].text[0].isupper() or self.gap(k) != 1:
            return False
        # up to two capitalised words, then digits (or a hyphenated code) with a plural "s" stuck to them
        for x in range(k + 1, min(n - 1, k + 4)):
            if toks[x].is_digits and toks[x + 1].text == "s" and self.touching(x + 1) and not (
                    x + 2 < n and self.touching(x + 2) and (toks[x + 2].is_word or toks[x + 2].is_digits)):
                if "'" in self.norm[toks[k].start:toks[x].end]:
                    return False
                name = self.norm[toks[k].start:toks[x].end]
                row.entity = " ".join(_lower(w) for w in name.split())
                row.concept = self.norm[toks[k].start:toks[x + 1].end]
                row.noun_end, row.noun_after = toks[x + 1].end, True
                return True
            if not (toks[x].is_word and toks[x].text[0].isupper() or toks[x].text == "-" and self.touching(x)):
                return False
        return False

    def is_adjective(self, word: str) -> bool:
        """A modifier that describes rather than names the counted thing ("Russian", "U.S.-based", "new")."""
        t = self.t
        low = word.lower()
        if low in t["adjectives"]:
            return True
        if low in t["adjective_nouns"]:
            return False
        if word[0].isupper() and low.endswith("i") and len(low) > 4:
            return True
        suffixes = t["adjective_suffixes"]
        if "-" in low:
            return low.endswith(tuple(x for x in suffixes if x.startswith("-")))
        return len(low) > 4 and low.endswith(tuple(x for x in suffixes if not x.startswith("-")))

    def scope(self, row: _Row, b: int) -> None:
        """Append a following place/scope phrase to the concept: "troops near Ukraine's borders"."""
        if self.low(b) not in self.t["scope"] or self.gap(b) > 1:
            return
        chunks = self.chunks(b + 1, 5)
        kept: list[tuple[str, int, int]] = []
        for chunk in chunks:
            low = chunk[0].lower()
            if low in self.t["function"] and low not in ("the", "and", "of") or any(c.isdigit() for c in chunk[0]):
                break
            kept.append(chunk)
        while kept and kept[-1][0].lower() in ("the", "and", "of"):
            kept.pop()
        if kept:
            phrase = self.norm[self.toks[kept[0][1]].start:self.toks[kept[-1][2] - 1].end]
            row.concept = f"{row.concept} {self.toks[b].text} {phrase}"

    def noun_before(self, row: _Row) -> None:
        """"troop numbers ... 30,000", "the number of police officers at the march at 2,400"."""
        t = self.t
        lo = max(0, row.first - 25)
        for k in range(row.first - 1, lo - 1, -1):
            tok = self.toks[k]
            if tok.is_digits and self.low(k - 1) in self.lex.unit_before:
                continue    # "the death toll from the magnitude 6.8 quake rose to 47": a reading describing the event
            if tok.is_digits:
                return
            low = tok.lower
            if low in t["count_nouns_of"] and self.low(k + 1) == "of":
                j = k + 2
                while self.low(j) in t["determiners"]:
                    j += 1
                probe = _Row(row.num, j, j, 2.0)
                probe.last = j
                self.noun_after(probe)
                if probe.entity:
                    row.entity, row.concept = probe.entity, probe.concept
                return
            if low in t["count_nouns"] and k > 0 and self.toks[k - 1].is_word and self.gap(k) == 1:
                head = self.toks[k - 1].text
                if head.lower() in t["function"] or head.lower() in ("the", "a") or len(head) < 2 \
                        or head.lower() in t["count_noun_not_heads"] or head.islower() and self.is_adjective(head):
                    continue   # "the ministry's figure", "an independent count": no counted thing
                row.entity = singular(head.lower())
                mods = [x[0] for x in self.chunks(max(lo, k - 3), 3) if x[2] <= k]
                mods = [m for m in mods if m.lower() not in t["function"]]
                row.concept = " ".join(mods) if mods else head
                self.scope(row, k + 1)      # "troop numbers in the north"
                return

    # ------------------------------------------------------------------ change
    def change_of(self, row: _Row, rows: list[_Row], index: int) -> None:
        t = self.t
        if row.unit in _LENGTHS and self.low(row.last) in _DISTANCE_AFTER and not (
                self.low(row.last) == "from" and self.text(row.last + 1)[:1].isdigit()):
            return      # "the jet went down two miles short of the runway": how far, not a fall ("rose 3 cm from 2000")
        if row.unit and not row.currency and "percentage" not in row.unit and self.low(row.first - 1) in ("a", "an") \
                and self.text(row.last)[:1].islower() and "-" in self.lows[row.first:row.last]:
            return      # "cut a 12-mile firebreak", "dug a 3-metre channel": the size of a thing the verb made
        ends = {r.last - 1: r for r in rows[max(0, index - 3):index]}
        k = row.first - 1
        lo = max(0, row.first - CHANGE_TOKENS)
        while k >= lo:
            if k in ends and ends[k].change and all(self.low(x) in t["change_skip"] or self.low(x) in (",", "or")
                                                    for x in range(k + 1, row.first)):
                row.change = ends[k].change
                return
            for size in (2, 1):
                phrase = tuple(self.low(x) for x in range(k - size + 1, k + 1)) if k - size + 1 >= 0 else ()
                if phrase in t["change"]:
                    if phrase == ("up",) and self.low(k + 1) == "to" and row.first == k + 2:
                        break
                    if phrase[-1] in COLLECTING and row.currency:
                        return      # "the appeal has raised $4 million": money collected, not a rise
                    row.change = t["change"][phrase]
                    return
            low = self.low(k)
            if low in (",", "or") and (k - 1 in ends or k - 2 in ends):
                k -= 1
                continue
            if low not in t["change_skip"] and not self.lex.currency_prefix.get(self.text(k)) and self.text(k) not in "$£€¥=":
                break
            k -= 1
        # "grew sales by 35%", "cut its forecast to 2.5%": a verb, its object, then by/to
        if self.low(row.first - 1) in ("by", "to"):
            for x in range(row.first - 2, max(-1, row.first - 8), -1):
                phrase = (self.low(x),)
                if phrase in t["change"] and phrase[0] not in PARTICLES:
                    row.change = t["change"][phrase]
                    return
                if not self.toks[x].is_word:
                    break
        if self.low(row.first - 1) == "by":
            before = [r for r in rows[max(0, index - 3):index] if r.change]
            if before and row.first - before[-1].last <= 6:
                row.change = before[-1].change
                return
        # after the figure: "34.4% higher", "a 3 percent drop"
        k = row.last
        for x in range(k, min(k + 2, len(self.toks))):
            word = self.low(x)
            if word in t["change_after"] and not row.noun_after and not (x > k and word in PARTICLES):
                # (a particle a word later ends a verb: "winds of 60 mph knocked down power lines")
                row.change = t["change_after"][word]
                return
        if row.sign > 0:
            row.change = "increase"

    # ------------------------------------------------------------------ ranges
    def join_ranges(self, rows: list[_Row]) -> list[_Row]:
        out: list[_Row] = []
        i = 0
        while i < len(rows):
            a = rows[i]
            b = rows[i + 1] if i + 1 < len(rows) else None
            joined = self.range_of(a, b) if b is not None else None
            if joined is not None:
                out.append(joined)
                i += 2
            else:
                out.append(a)
                i += 1
        return out

    def range_of(self, a: _Row, b: _Row) -> _Row | None:
        between = [self.low(x) for x in range(a.last, b.first)]
        lead = self.low(a.first - 1)
        if between == ["to", "-"] or between == ["-", "to"]:
            between = ["to"]
        # "from 20 mpg in 2008 to 29 mpg": a short date phrase after the start of a movement
        if lead == "from" and 2 <= len(between) <= 3 and between[-1] == "to" and self.time_after(a.last) \
                and all(self.toks[x].is_word or x in self.rejected for x in range(a.last, b.first - 1)):
            between = ["to"]
        if between not in (["to"], ["-"], ["and"], ["or"], ["through"], ["till"], ["until"]):
            return None
        if a.qualifier == "lower_bound" and lead not in ("from", "between") and (a.qualifier_text or "").lower() != "some":
            return None
        if between == ["and"] and lead != "between":
            return None
        if b.qualifier != "exact":
            return None
        ua, ub = a.unit, b.unit
        if ua and ub and ua != ub and not (ub.startswith(ua + " per ") or ua.startswith(ub + " per ")):
            return None
        va, vb = a.value, b.value
        if b.num.scaled and not a.num.scaled and b.factor > 1 and va * b.factor <= vb:
            va *= b.factor
        if between == ["-"]:
            if self.gap(b.first) > 1 or self.gap(a.last) > 1:
                return None
            if va >= vb:
                if va == int(va) and vb == int(vb):     # "2-0", "89-89": a score, not a quantity
                    a.extra["score"] = b.extra["score"] = True
                return None
        if between == ["or"] and (va >= vb or a.unit and b.unit is None):
            return None
        if between == ["to"] and lead not in ("from", "between") and va > vb:
            return None     # "a vote of 220 to 208"
        if between == ["to"] and lead == "from" and (a.change or b.change or self.moved_before(a.first - 1)):
            # "the budget will fall from £11.8m to £9.2m": where a movement started (a level, no change) and ended
            # (also with the verb's object between: "will expand the car park from 240 to 410 spaces")
            a.change = None
            return None
        # "rose 8% to 3.65": a movement and where it ended, not a range
        # (and "climbed by 41,000 to 612,000", a level far above the change: "fell by 1 to 1.5 degrees" is a range)
        if between == ["to"] and lead not in ("from", "between") and a.change and (
                (a.unit_end > a.num.last or a.currency) and (lead == "by" or (lead,) in self.t["change"])
                or lead == "by" and 0 < CHANGE_TO_LEVEL * a.value < b.value):
            return None
        unit = max((ua or "", ub or ""), key=len) or None
        lo, hi = min(va, vb), max(va, vb)
        first = a.first - 1 if lead in ("from", "between") else a.first
        text = lead if lead in ("from", "between") else self.text(a.last)
        r = _Row(a.num, first, b.last, (lo + hi) / 2, unit, a.currency or b.currency, b.unit_end,
                 "range", text, lo, hi)
        r.change = a.change or b.change
        r.entity, r.concept, r.noun_end, r.noun_after = b.entity or a.entity, b.concept or a.concept, b.noun_end, b.noun_after
        r.extra["end_num"] = b.num
        return r

    # ------------------------------------------------------------------ the sentence
    def read(self) -> list[Quantity]:
        rows: list[_Row] = []
        for num in self.numbers():
            if rows and rows[-1].unit and num.first < rows[-1].last:
                continue    # "2.4 million twenty-foot equivalent units": a number inside the unit's name
            row = _Row(num, num.first, num.last, num.value)
            if num.written == "digits" and num.scaled:
                base = digits_value(self.toks[num.first].text) or 1.0
                row.factor = num.value / base if base else 1.0
            self.sign(row)
            cur = self.currency_before(row.first)
            if cur:
                row.unit, row.currency, row.first = cur[0], True, cur[1]
            self.unit_after(row)
            row.last = max(row.last, row.unit_end)
            if row.unit and not row.currency and row.value == int(row.value) and self.low(row.last) == "and" \
                    and self.low(row.last + 1) in ("a", "an") and self.low(row.last + 2) == "half" \
                    and self.text(row.last + 3) != "-":      # (not "30 km and a half-marathon")
                row.value += 0.5        # "a tonne and a half", "three hours and a half"
                row.last += 3
            if row.unit is None and self.low(row.first - 1) in self.lex.unit_before:
                row.unit, row.first = self.lex.unit_before[self.low(row.first - 1)], row.first - 1
            if self.names_not_counts(num, row) or not self.letters_after_ok(row):
                self.rejected.update(range(num.first, num.last))
                self.remember_name(num)
                continue
            if num.written == "vague":
                row.qualifier, row.qualifier_text = "lower_bound", num.vague_text
            else:
                self.qualifier_before(row)
                self.qualifier_after(row)
            rows.append(row)
        # nouns first: a year followed by a plural noun ("1500 troops") is a count
        for row in rows:
            if row.unit is None:
                self.noun_after(row)
        kept = []
        for row in rows:
            if self.is_year(row) or not self.word_number_ok(row) or self.model_number(row):
                self.rejected.update(range(row.num.first, row.num.last))
                self.remember_name(row.num)
                continue
            if row.unit is None and row.entity is None:
                self.noun_or(row)
            if row.unit is None and row.entity is None:
                self.age(row)
            kept.append(row)
        rows = kept
        for index, row in enumerate(rows):
            self.change_of(row, rows, index)
        rows = self.join_ranges(rows)
        rows = [r for r in rows if "score" not in r.extra]
        self.borrow_units(rows)
        self.rates_after_brackets(rows)
        out = []
        previous: _Row | None = None
        for row in rows:
            if row.unit is None and row.entity is None:
                if row.extra.get("elliptic") or self.low(row.first - 1) in ("another", "other"):
                    # a measure named in another sentence ("a 6.1-magnitude quake") is no count to continue
                    # nor is a count that only described another noun ("a 40-storey tower. 30 were evacuated")
                    measure = ((self.context.entity or "").split(" ")[-1] in self.t["measure_nouns"]
                               or self.context.modifier) and self.context.sentence != self.start
                    if self.context.entity and row.num.start - self.context.at <= ELLIPSIS_CHARS and not measure:
                        row.entity, row.concept = self.context.entity, self.context.concept
                else:
                    self.noun_before(row)
            if row.noun_after and row.change and row.unit is None and self.low(row.first - 1) not in ("by", "to"):
                row.change = None       # "cut 1,200 jobs" counts jobs; "fell by 1,200 jobs" is a movement
            # "(US $1.1 million)" after "more than 7.5 million crowns": the conversion keeps the bound
            if previous is not None and row.qualifier == "exact" and previous.qualifier in ("lower_bound", "upper_bound", "approx") \
                    and self.text(row.first - 1) in ("(", "/") and row.first - 1 <= previous.last + 1:
                row.qualifier, row.qualifier_text = previous.qualifier, previous.qualifier_text
            if previous is not None and row.change is None and previous.change and self.text(row.first - 1) in ("(", "/") \
                    and row.first - 1 <= previous.last + 1:
                row.change = previous.change
            if row.entity and row.entity not in self.t["place_units"]:
                # (places counted are where, never what a later count continues: "150 people in nine states
                # fell ill, and 34 have needed treatment" counts people)
                self.context.entity, self.context.concept, self.context.at = row.entity, row.concept, row.num.end
                self.context.sentence = self.start
                self.context.modifier = bool(row.extra.get("modifier"))
            out.append(self.freeze(row))
            previous = row
        return out

    def rates_after_brackets(self, rows: list[_Row]) -> None:
        """"4 billion pesos ($200 million) a year": the rate after the bracket applies to both figures."""
        lex = self.lex
        for i, row in enumerate(rows[:-1]):
            nxt = rows[i + 1]
            if not (row.currency and nxt.currency) or " per " in (row.unit or "") or " per " in (nxt.unit or ""):
                continue
            if self.text(row.last) != "(" or nxt.first != row.last + 1 or self.text(nxt.last) != ")":
                continue
            j = nxt.last + 1
            if self.low(j) not in lex.per_words or j + 1 >= len(self.toks):
                continue
            found = match_unit(self.norm, self.toks, j + 1, attached=False)
            if found and found[0] in self.t["time_words"] and self.low(found[1]) not in ("ago", "earlier", "later"):
                row.unit, nxt.unit = f"{row.unit} per {found[0]}", f"{nxt.unit} per {found[0]}"

    def borrow_units(self, rows: list[_Row]) -> None:
        """A bare number takes the unit of its neighbour: "280 million of the 1.5 billion shekels",
        "rose by 2 percent, and Y fell by 1"."""
        for i, row in enumerate(rows):
            if row.unit or row.entity or row.num.written == "fraction":
                continue
            nxt = rows[i + 1] if i + 1 < len(rows) else None
            between = [self.low(x) for x in range(row.last, nxt.first)] if nxt else []
            if nxt and nxt.unit and between in (["of"], ["of", "the"], ["out", "of"], ["of", "a"], ["of", "an"]):
                row.unit, row.currency = nxt.unit, nxt.currency
                continue
            # "Texas logged 2,100 while Ohio had 1,900 storms": contrasted with the figure after it
            if nxt and nxt.entity and not nxt.unit and not row.extra.get("elliptic") and nxt.first - row.last <= PARALLEL_TOKENS \
                    and any(x in self.t["contrast"] for x in between) and not any(x in (";", ":", "(") for x in between):
                row.entity, row.concept = nxt.entity, nxt.concept
                continue
            # "4,500 of the 6,000 workers", "7 of its last 10 games"
            if nxt and nxt.entity and between[:1] == ["of"] and len(between) <= 3 and all(
                    x in self.t["determiners"] or x in ("last", "first", "next", "past") for x in between[1:]):
                row.entity, row.concept = nxt.entity, nxt.concept
                continue
            # "between 4 and 6 on the Mohs scale"
            if self.low(row.last) == "on" and self.low(row.last + 1) in ("the", "a"):
                found = match_unit(self.norm, self.toks, row.last + 2, attached=False)
                if found and self.low(found[1]) == "scale":
                    row.unit = found[0]
                    continue
            prev = rows[i - 1] if i > 0 else None
            if prev and prev.unit and row.change and prev.change and self.low(row.first - 1) == "by" \
                    and self.low(prev.first - 1) == "by":
                row.unit, row.currency = prev.unit, prev.currency
                continue
            # "from 30 mpg in town to 34", "dropping from 90 kilos to 84": the end of a movement
            if prev and (prev.unit or prev.entity) and self.low(row.first - 1) == "to" \
                    and row.first - prev.last <= FROM_TO_TOKENS and "from" in (self.low(prev.first), self.low(prev.first - 1)):
                row.unit, row.currency, row.entity, row.concept = prev.unit, prev.currency, prev.entity, prev.concept
                continue
            # "a 1.4 degree launch angle in 2018 and 2.1 last year": the same measure at another time
            if prev and (prev.unit or prev.entity) and self.low(row.first - 1) in self.t["parallel_joins"] \
                    and row.first - prev.last <= PARALLEL_TOKENS and self.time_after(row.last) \
                    and any(x in self.rejected or self.low(x) in self.t["date_leads"] for x in range(prev.last, row.first)):
                row.unit, row.currency, row.entity, row.concept = prev.unit, prev.currency, prev.entity, prev.concept
                continue
            # "X ended down 2% at 2,210.50 points, while Y lost 0.8% to end at 980.40": a parallel movement
            # ends in the unit of the one before it
            if row.change and self.low(row.first - 1) == "at" and not row.num.scaled:
                earlier = next((r for r in reversed(rows[max(0, i - 4):i]) if r.change and r.unit
                                and r.unit not in ("percentage", "percentage point", "basis point")
                                and self.low(r.first - 1) in ("at", "to")), None)
                if earlier is not None:
                    row.unit, row.currency = earlier.unit, earlier.currency

    def remember_name(self, num: Number) -> None:
        """Keep the capitalised word after a rejected number ("iPhone 11 Pro"), so "11 Pro" alone is a name too."""
        if num.written == "digits" and self.toks[num.last - 1].is_digits and len(self.toks[num.last - 1].text) < 4 \
                and num.last < len(self.toks) \
                and self.gap(num.last) == 1 and self.toks[num.last].is_word and self.toks[num.last].text[0].isupper():
            self.name_tails.add((self.toks[num.last - 1].text, self.toks[num.last].text))

    def moved_before(self, k: int) -> bool:
        """A change verb at most ``MOVED_REACH`` words before token k in its clause ("expand the car park from",
        "taking the nightly fee from"), one place of up to two words inside its object not counted ("expand its
        reserve at Port Ellin from"); or a change noun set off just before it ("the price increase, from")."""
        j, steps, placed = k - 1, 0, False
        if j >= 1 and self.text(j) == "," and self.low(j - 1) in self.t["change_after"] \
                and self.low(j - 1) not in _DIRECTIONS:
            return True     # (not an adverb: "edging upward, from 31 mpg to 38 mpg" is one span)
        while j >= 0 and steps < MOVED_REACH:
            if not self.toks[j].is_word:
                return False
            c = j
            while not placed and c > j - 3 and c >= 0 and self.toks[c].is_word and self.toks[c].text[:1].isupper() \
                    and self.low(c) not in self.t["months"] and self.low(c) not in self.t["weekdays"]:
                c -= 1
            if j - 3 < c < j and self.low(c) in ("in", "at", "near"):
                j, placed = c - 1, True     # (one place, not counted)
                continue
            if ((self.low(j),) in self.t["change"] or self.low(j) in self.t["move"]) and self.low(j) not in PARTICLES:
                return j < k - 1
            # (only the verb's object between: "has dropped since May from $62 to $48.10" is one span)
            if self.low(j) in self.t["function"] and self.low(j) not in _OBJECT_OPENERS:
                return False
            j, steps = j - 1, steps + 1
        return False

    def time_after(self, k: int) -> bool:
        """A time phrase starts at token k: "last year", "this week", "in 2020" (a rejected year)."""
        if self.low(k) in self.t["date_leads"]:
            return True
        return self.low(k) in ("in", "on") and k + 1 in self.rejected

    def sign(self, row: _Row) -> None:
        """A minus or plus written before the number ("-5", "minus 387", "+0.2%")."""
        k = row.first
        if k == 0:
            return
        prev = self.toks[k - 1]
        if prev.text in "-+" and self.touching(k) and (k < 2 or not self.touching(k - 1) or self.text(k - 2) in "($:"
                                                       or self.low(k - 2) == "minus"):
            row.sign = -1 if prev.text == "-" else 1
            row.first = k - 1
            if k >= 2 and self.low(k - 2) == "minus" and self.touching(k - 1):
                row.first = k - 2
        elif prev.lower == "minus" and self.gap(k) == 1 and not (k >= 3 and self.low(k - 2) == "or"
                                                                 and self.low(k - 3) == "plus"):
            row.sign, row.first = -1, k - 1     # but "plus or minus 3 points" is a margin
        elif prev.text == "-" and self.touching(k) and k >= 2 and self.text(k - 2) in CURRENCY_SIGNS:
            row.sign = -1
        if row.sign < 0:
            row.value = -row.value
        # "$-50.8bn": the sign sits between the currency and the number
        if prev.text == "-" and self.touching(k) and k >= 2 and self.text(k - 2) in CURRENCY_SIGNS and row.sign == 0:
            row.sign, row.value = -1, -row.value

    def model_number(self, row: _Row) -> bool:
        """A bare integer right before a capitalised singular word names a model ("11 Pro", "380 Skyhawk")."""
        num = row.num
        if num.written != "digits" or row.unit or row.qualifier != "exact" or not self.toks[num.first].text.isdigit():
            return False
        nxt = num.last
        # "345 Falcon jets": three bare digits and more, then a capitalised singular name
        # "800 Stinger missiles", "300 Covid-19 tests"
        tail = row.concept.split()[-1] if row.concept and row.noun_after else ""
        round_count = row.value % 10 == 0 and (looks_plural(self.text(nxt + 1)) or tail.islower() and looks_plural(tail))
        # (but a count after a verb: "counted 258 Delta flights", "cancelled 412 Skyway services")
        counted = num.first >= 1 and self.toks[num.first - 1].is_word and self.toks[num.first - 1].text.islower() \
            and self.low(num.first - 1) in _COUNTING_VERBS
        if len(self.toks[num.first].text) >= 3 and nxt < len(self.toks) and self.gap(nxt) == 1 and not round_count \
                and not counted \
                and self.toks[nxt].is_word and self.toks[nxt].text[0].isupper() and not self.toks[nxt].text.isupper() \
                and not looks_plural(self.toks[nxt].text) and not self.is_adjective(self.toks[nxt].text) \
                and self.toks[nxt].lower not in self.t["plain_function"] and self.toks[nxt].lower not in self.t["months"]:
            return True
        if not row.entity or not row.concept or num.first == 0:
            return False
        names = row.concept.split()
        return all(w[0].isupper() and not looks_plural(w) and not self.is_adjective(w) for w in names) \
            and not (len(names) == 1 and names[0].isupper())

    def letters_after_ok(self, row: _Row) -> bool:
        """Letters stuck to the number that are no unit or scale ("5G", "2018s", "9AB8") make it a name."""
        k = row.num.last
        if row.unit_end > k or k >= len(self.toks):
            return True
        tok = self.toks[k]
        return not (self.touching(k) and tok.is_word and tok.lower not in ("x",))

    def word_number_ok(self, row: _Row) -> bool:
        """'one' only as a count of something ("one solution", "one of the best"); 'half' only as a share."""
        num = row.num
        if num.written not in ("words", "fraction"):
            return True
        first_word = self.low(num.first)
        before = self.low(row.first - 1)
        if first_word == "one" and num.last == num.first + 1:
            compound = num.last < len(self.toks) and self.touching(num.last)
            if compound:   # "a one-mile radius" (but "a one-off", "one-sided")
                return row.unit is not None
            if before in self.t["one_blockers"] or self.low(num.first - 1) in self.t["one_blockers"]:
                return False
            nxt = self.low(num.last)
            after = self.low(num.last + 1)
            if before in (",", "and", ";") and (
                    nxt in _ONE_FATES or nxt in ("was", "is") and (after.endswith("ed") or after in ("in", "still"))
                    or nxt == "in" and after in ("a", "critical", "serious") or nxt == "of" and after in ("them", "whom")):
                # "twelve were hurt and one died", "and one was killed", ", one in a critical condition", ", one of
                # them" (not "and one is all we need")
                return True
            if nxt == "of":
                return after in self.t["determiners"] and row.entity is not None
            return row.unit is not None or row.entity is not None
        if first_word == "half" and num.last == num.first + 1:
            return self.low(num.last) == "of" or row.qualifier != "exact"
        return not (num.written == "fraction" and self.low(num.last) != "of" and row.unit is None
                    and row.qualifier == "exact" and self.low(num.last - 2) not in ("of", "in")
                    and self.low(num.first - 1) != "by")   # ("cut by a fifth")

    def noun_or(self, row: _Row) -> None:
        """"a day or two", "another game or two": the number counts the noun before "or".

        >>> t = "The vote may slip a week or two, costing a seat or three."
        >>> [(q.unit, q.entity) for q in find_quantities(t, t, [Sentence(0, len(t))])]
        [('week', None), (None, 'seat')]
        """
        k = row.first
        if self.low(k - 1) != "or" or k < 3 or not self.toks[k - 2].is_word or self.gap(k - 1) != 1 \
                or self.low(k - 3) not in self.t["or_leads"]:
            return
        found = match_unit(self.norm, self.toks, k - 2, attached=False)
        if found and found[1] == k - 1:
            row.unit, row.currency = found[0], found[0] in self.lex.currencies
        elif looks_plural(self.text(k - 2)) or self.is_adjective(self.text(k - 2)) \
                or self.low(k - 2) in self.t["function"]:
            return
        else:
            row.entity, row.concept = _lower(self.low(k - 2)), self.text(k - 2)

    def age(self, row: _Row) -> None:
        """"Ortega, 71, has ...", "said Ortega, 71.", "aged 35", "she will be 40 in May", "life expectancy ... is around 81":
        an age in years.

        >>> t = "She will be 40 by June, and life expectancy there is about 79."
        >>> [q.unit for q in find_quantities(t, t, [Sentence(0, len(t))])]
        ['year of age', 'year of age']
        """
        k, last, t = row.first, row.last, self.t
        if row.num.written != "digits" or not (0 < row.value < 120) or row.value != int(row.value):
            return
        if self.low(k - 1) == "aged" or (
                self.text(k - 1) == "," and k >= 2 and self.toks[k - 2].is_word and self.text(k - 2)[0].isupper()
                and (self.text(last) in (",", ")") or self.text(last) == "." and self._full_name(k - 2))):
            row.unit = "year of age"
            return
        # "he is 35", "she turned 40", "they will be 18": a person's age, when nothing follows that it counts
        if last >= len(self.toks) or self.low(last) in t["age_followers"]:
            for size in (2, 1):
                verb = tuple(self.low(x) for x in range(k - size, k))
                subject = k - size - 1
                if subject >= 0 and verb in t["age_verbs"] and (
                        self.low(subject) in t["age_subjects"] or self.low(subject) in ("will", "would")
                        and self.low(subject - 1) in t["age_subjects"]):
                    row.unit = "year of age"
                    return
        # "the age of 21", "life expectancy for men there is around 73": an age noun a few words before
        for x in range(k - 1, max(-1, k - AGE_NOUN_TOKENS - 1), -1):
            if not self.toks[x].is_word:
                return
            if self.low(x) in t["age_nouns"]:
                row.unit = "year of age"
                return

    def _full_name(self, k: int) -> bool:
        """Whether the capitalized word at ``k`` ends a name of two words ('said Tom Reyes, 71.'; not 'In
        Bergen, 60.')."""
        return k >= 1 and self.toks[k - 1].is_word and self.text(k - 1)[0].isupper() \
            and self.low(k - 1) not in self.t["function"]

    def freeze(self, row: _Row) -> Quantity:
        num = row.num
        start = self.toks[row.first].start
        end = self.toks[row.last - 1].end
        end_num = row.extra.get("end_num") or num
        width = end_num.end - num.start
        if row.noun_end > end and row.noun_end - start <= width + SPAN_SLACK:
            end = row.noun_end
        if row.qualifier == "range":
            low, high, value = row.low, row.high, row.value
        elif row.qualifier == "lower_bound":
            low, high, value = row.value, None, row.value
        elif row.qualifier == "upper_bound":
            low, high, value = None, row.value, row.value
        else:
            low = high = value = row.value
        return Quantity(start, end, float(value), low, high, row.qualifier, row.qualifier_text, row.change,
                        row.unit, row.entity, row.concept, number_span=(num.start, num.end))
