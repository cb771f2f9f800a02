"""Dates: candidates found by our own patterns, resolved against the publication date, as TIMEX3 values.

Finding and resolving are separate steps. :func:`find_dates` runs a fixed list of regular expressions
(each linear: no nested unbounded quantifiers) over every sentence of the normalized text, keeps the
longest non-overlapping candidates, resolves each in text order against ``published`` (the way news is
written: "Thursday" in past-tense reporting is the last Thursday on or before publication) and finally
joins ranges ("Feb. 10 to Feb. 20", "between March and May") into one row.

Every date word (months, weekdays, seasons, vague references, tense cues) lives in
``numfacts/data/date_words.json``.
"""
from __future__ import annotations

import bisect
import calendar
import dataclasses
import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass

from .tables import data_json
from .text import Sentence

_WORDS: dict = data_json("date_words.json")


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


# ---------------------------------------------------------------- vocabulary as regex pieces

def _alt(words) -> str:
    """An alternation of ``words``, longest first so the regex engine never stops at a prefix."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=lambda w: (-len(w), w)))


_MONTHS: dict[str, int] = {}
for _name, _num in _WORDS["months"].items():
    _MONTHS[_name.lower()] = _num
for _name, _num in _WORDS["month_abbreviations"].items():
    _MONTHS[_name.lower()] = _num
_WEEKDAYS = {k.lower(): v for k, v in _WORDS["weekdays"].items()}
_SEASONS: dict[str, str] = _WORDS["seasons"]
_DAY_PARTS: dict[str, str] = _WORDS["day_parts"]
_NUMBERS: dict[str, float] = _WORDS["number_words"]
_ORDINALS: dict[str, int] = _WORDS["ordinals"]
_VAGUE: dict[str, str] = _WORDS["vague_refs"]
_VAGUE_CONTEXT = {word: {side: re.compile(p) for side, p in rules.items()}
                  for word, rules in _WORDS["vague_context"].items()}
_FUTURE = frozenset(_WORDS["future_cues"])
_PAST = frozenset(_WORDS["past_cues"])
_REPORTING = frozenset(_WORDS["reporting_verbs"])
_DEADLINE = frozenset(_WORDS["deadline_words"])
_PASSIVE_AUX = frozenset(_WORDS["passive_aux"])
_WEEKDAY_NAMES = frozenset(_WORDS["weekday_names"])
_MODALS = frozenset(_WORDS["future_modals"])
_VERB_LINKS = frozenset(_WORDS["verb_links"])
_YEAR_BLOCKERS = frozenset(_WORDS["year_blockers"])
_YEAR_COUNTS = frozenset(_WORDS["year_counts"])
#: How many units a relative word moves from publication ("last year" is one year back).
_STEPS: dict[str, int] = _WORDS["relative_steps"]
_CONTEXT = frozenset(_WORDS["date_context"])
_SENTENCE_START = re.compile(r"[.!?:;\"(\n]\s*$")
_YEAR_BACK = re.compile(r"year-ago|year-earlier|prior-year|comparable|corresponding|same")
_STEPS_DAY = {"yesterday": -1, "today": 0, "tomorrow": 1}
# "by the 10th": a bare ordinal day needs one of these right before it
_DAY_OF_MONTH_BEFORE = re.compile(r"(?i:\b(?:on|by|until|till|since|from|before|after)\s+)$")
_SEASON_CONTEXT = re.compile(r"(?i:\b(?:in|during|by|until|since|over|through)\s+)$")   # "in spring"
_CONTEXT_BEFORE = re.compile(rf"(?i:\b(?:{_alt(_WORDS['date_context'])})(?:\s+(?:early|late))?)\s*-?\s*$")

# Month names: capitalized (or all caps) so that "march" the verb and "may" the modal never match;
# abbreviations need their period or a day number after them ("Jan. 5", "Jan 5").
_MONTH = "(?:" + "|".join(
    [f"{n}|{n.upper()}" for n in sorted(_WORDS["months"], key=len, reverse=True)]
    + [rf"(?:{a}|{a.upper()})(?:\.|(?=\s+\d))"
       for a in sorted(_WORDS["month_abbreviations"], key=len, reverse=True)]
) + r")(?![A-Za-z])"
_WEEKDAY = "(?:" + "|".join(f"{n}|{n.upper()}" for n in _WORDS["weekdays"]) + r")(?![A-Za-z])"
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\d%])(?![.:]\d)(?!,\d{3})"
_YEAR = r"(?:1[6-9]\d\d|20\d\d|21\d\d)(?![\d%])(?!\.\d)(?!,\d)"
# Years said aloud in broadcast transcripts: "nineteen ninety-six", "the year two thousand".
_UNITS9 = "one|two|three|four|five|six|seven|eight|nine"
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_SPOKEN = (rf"(?i:(?:eighteen|nineteen|twenty)[- ](?:(?:{_TENS})(?:[- ](?:{_UNITS9}))?|{_TEENS}|hundred"
           rf"|oh[- ](?:{_UNITS9}))"
           rf"|two\s+thousand(?:\s+(?:and\s+)?(?:{_UNITS9}|{_TEENS}))?)(?![\w-])")
_YEARX = f"(?:{_YEAR}|{_SPOKEN})"
_ORD4 = r"(?:first|second|third|fourth|1st|2nd|3rd|4th)"
_NUM = r"(?:\d{1,3}|" + _alt(k for k in _NUMBERS) + ")"
_VAGUE_NUM = _alt(_WORDS["vague_numbers"])
_SEASON = _alt(_SEASONS)
_PART = _alt(_DAY_PARTS)
_I = "(?i:{})".format   # case-insensitive piece
_B = r"(?<![\w'-])"      # word start (hyphen and apostrophe count as inside a word)
_E = r"(?![\w-])"        # word end


# ---------------------------------------------------------------- calendar arithmetic

def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, calendar.monthrange(year, month)[1])


def _add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _day(d: dt.date) -> Period:
    return Period(d.isoformat(), d, d, "day")


def _month(year: int, month: int) -> Period | None:
    if not 1 <= year <= 9999:
        return None
    return Period(f"{year:04d}-{month:02d}", dt.date(year, month, 1), _month_end(year, month), "month")


def _year(year: int) -> Period | None:
    if not 1 <= year <= 9999:
        return None
    return Period(f"{year:04d}", dt.date(year, 1, 1), dt.date(year, 12, 31), "year")


def _quarter(year: int, q: int) -> Period | None:
    if not 1 <= year <= 9999:
        return None
    m = 3 * (q - 1) + 1
    return Period(f"{year:04d}-Q{q}", dt.date(year, m, 1), _month_end(year, m + 2), "quarter")


def _half(year: int, h: int) -> Period | None:
    if not 1 <= year <= 9999:
        return None
    return Period(f"{year:04d}-H{h}", dt.date(year, 1 if h == 1 else 7, 1),
                  dt.date(year, 6, 30) if h == 1 else dt.date(year, 12, 31), "half")


def _week(d: dt.date) -> Period:
    iso = d.isocalendar()
    monday = d - dt.timedelta(days=d.weekday())
    return Period(f"{iso[0]:04d}-W{iso[1]:02d}", monday, monday + dt.timedelta(days=6), "week")


def _weekend(d: dt.date) -> Period:
    """The weekend of the ISO week holding ``d``."""
    saturday = d - dt.timedelta(days=d.weekday()) + dt.timedelta(days=5)
    iso = saturday.isocalendar()
    return Period(f"{iso[0]:04d}-W{iso[1]:02d}-WE", saturday, saturday + dt.timedelta(days=1), "week")


def _season(year: int, code: str) -> Period | None:
    if not 2 <= year <= 9999:
        return None
    first = _WORDS["season_months"][code]
    sy = year - 1 if code == "WI" else year   # winter 1994 runs from December 1993
    ey, em = _add_months(sy, first, 2)
    return Period(f"{year:04d}-{code}", dt.date(sy, first, 1), _month_end(ey, em), "season")


def _decade(decade_start: int) -> Period | None:
    if not 10 <= decade_start <= 9990:
        return None
    return Period(f"{decade_start // 10:03d}", dt.date(decade_start, 1, 1), dt.date(decade_start + 9, 12, 31),
                  "decade")


def _century(first_year: int) -> Period | None:
    if not 100 <= first_year <= 9900:
        return None
    return Period(f"{first_year // 100:02d}", dt.date(first_year, 1, 1), dt.date(first_year + 99, 12, 31),
                  "century")


def _quarter_of(d: dt.date) -> tuple[int, int]:
    return d.year, (d.month - 1) // 3 + 1


def _shift_quarter(year: int, q: int, delta: int) -> tuple[int, int]:
    index = year * 4 + (q - 1) + delta
    return index // 4, index % 4 + 1


def _part_of(period: Period | None, mod: str | None) -> Period | None:
    """Narrow ``period`` to its early / middle / late third; the TIMEX3 value stays the whole.

    Thirds follow the calendar: days 1-10 / 11-20 / 21-end of a month, months 1-4 / 5-8 / 9-12 of a year.

    >>> _part_of(_year(2021), "early").date_end
    datetime.date(2021, 4, 30)
    """
    if period is None or not mod or period.date_start is None:
        return period
    words = mod.lower().replace("-", " ").split()
    word = words[1] if len(words) > 1 and words[0] == "the" else words[0]
    third = {"early": 0, "beginning": 0, "start": 0, "mid": 1, "middle": 1, "late": 2, "end": 2}.get(word)
    if third is None:
        return period
    a, b = period.date_start, period.date_end
    if period.grain == "month":
        first = a.replace(day=1 + 10 * third)
        last = b if third == 2 else a.replace(day=10 + 10 * third)
    elif period.grain == "year":
        first = dt.date(a.year, 1 + 4 * third, 1)
        last = _month_end(a.year, 4 + 4 * third)
    elif period.grain in ("decade", "century"):
        years = b.year - a.year + 1      # early 0-3, mid 3-6, late 7-9 of a decade (and so on, scaled)
        lo, hi = [(0, years * 4 // 10 - 1), (years * 3 // 10, years * 7 // 10 - 1),
                  (years * 7 // 10, years - 1)][third]
        first, last = dt.date(a.year + lo, 1, 1), dt.date(a.year + hi, 12, 31)
    elif (b - a).days < 2:
        return period                      # a day or a weekend has no thirds
    else:
        step = ((b - a).days + 1) // 3
        first = a + dt.timedelta(days=step * third)
        last = b if third == 2 else a + dt.timedelta(days=step * (third + 1) - 1)
    return Period(period.timex, first, last, period.grain)


# ---------------------------------------------------------------- tense of the clause

_TOKEN = re.compile(r"[A-Za-z']+")


def _tense(norm: str, sent: Sentence, start: int, end: int) -> str | None:
    """'future', 'past' or None: a deadline word right before the expression, else the nearest tense cue
    before it (else just after it). A participle after "be"/"has" defers to the word before that.

    >>> t = "The bank said it will pay on Friday."
    >>> _tense(t, Sentence(0, len(t)), t.index("Friday"), len(t) - 1)
    'future'
    """
    lo = max(sent.start, start - 90)
    clause = max(norm.rfind(";", lo, start), norm.rfind(":", lo, start))   # a cue stays in its clause
    before = _TOKEN.findall(norm, max(lo, clause + 1), start)[-12:]
    if before and before[-1].lower() in _DEADLINE:
        return "future"
    skip = False
    for i in range(len(before) - 1, -1, -1):
        if skip:
            skip = False
            if before[i].lower() in _PASSIVE_AUX:
                continue
        found = _cue(before[i])
        if found is None and before[i].lower().endswith("ing") and i > 0 and len(before) - i <= 3 \
                and before[i - 1].lower() in ("is", "are", "am", "'s"):
            return "future"                # "the team is meeting on Friday" (right before the date)
        if found == "past" and i > 0 and before[i - 1].lower() in _PASSIVE_AUX:
            skip = True                    # "will be paid", "has been extended": look further back
            continue
        if found:
            return found
    hi = min(sent.end, end + 50)
    stop = min((i for i in (norm.find(";", end, hi), norm.find(":", end, hi)) if i >= 0), default=hi)
    for word in _TOKEN.findall(norm, end, stop)[:6]:
        found = _cue(word)
        if found:
            return found
    return None


def _verb_tense(norm: str, sent: Sentence, start: int) -> str | None:
    """The tense of the verb that governs the expression right before it ("closed in April", "will reopen
    on May 2", "was founded on June 2"); None when no verb stands there or the verb is passive with no
    tense of its own ("to be published in November") or a direction word comes first ("extended to").

    >>> t = "The plant closed in April."
    >>> _verb_tense(t, Sentence(0, len(t)), t.index("April"))
    'past'
    """
    tokens = [w.lower() for w in _TOKEN.findall(norm, max(sent.start, start - 48), start)[-6:]]
    i = len(tokens) - 1
    while i >= 0 and tokens[i] in _VERB_LINKS:
        i -= 1
    if i < 0:
        return None
    word, prev = tokens[i], tokens[i - 1] if i > 0 else ""
    if word in _MODALS:
        return "future"
    if word in _PAST or (word.endswith("ed") and len(word) > 4 and word not in _FUTURE):
        if prev in ("has", "have", "had"):
            return "past"
        if prev in _PASSIVE_AUX:           # "will be paid", "to be published"
            return "future" if i > 1 and tokens[i - 2] in _MODALS else None
        return "past"
    return "future" if prev in _MODALS else None


def _cue(word: str) -> str | None:
    w = word.lower()
    if w in _REPORTING:
        return None
    if w in _FUTURE:
        return "future"
    if w in _PAST or (w.endswith("ed") and len(w) > 4):
        return "past"
    return None


# ---------------------------------------------------------------- resolution context

@dataclass
class _Context:
    """What resolution needs besides the match: publication date, tense and the last quarter named."""

    published: dt.date | None
    norm: str
    sent: Sentence
    last_quarter: tuple[int, int] | None = None
    last_year: int | None = None
    sentence_quarter: tuple[int, int] | None = None   # a quarter named earlier in the same sentence
    previous_quarter: tuple[int, int] | None = None   # ... or in the sentence before
    sentence_day: dt.date | None = None                # the last day named in this sentence ("May 21, at 10")
    last_day: dt.date | None = None                    # the last day named anywhere before ("the next day")

    def saw_quarter(self, ref: tuple[int, int]) -> None:
        self.last_quarter = self.sentence_quarter = ref

    def next_sentence(self, sent: Sentence) -> None:
        self.sent = sent
        self.previous_quarter, self.sentence_quarter = self.sentence_quarter, None
        self.sentence_day = None

    def reporting_quarter(self) -> tuple[int, int] | None:
        """The quarter a "year-ago" figure is compared with: one just named, else the last one completed."""
        if self.sentence_quarter or self.previous_quarter:
            return self.sentence_quarter or self.previous_quarter
        return _shift_quarter(*_quarter_of(self.published), -1) if self.published else None

    def tense(self, start: int, end: int) -> str | None:
        return _tense(self.norm, self.sent, start, end)


# With no tense cue, news more often looks back: a date this much further ahead still counts as nearer.
_FUTURE_PENALTY = 1.5
# A day (or month) this close to publication is taken as it is, whatever the tense: cues are often
# wrong this near ("delayed to Oct. 14", "the deal closed in January" written in March).
_NEAR_DAYS = 92


def _pick(options: list[int], here: int, tense: str | None) -> int:
    """The option nearest ``here`` that fits ``tense`` (without one, the future counts a little farther)."""
    if tense == "future":
        options = [o for o in options if o >= here] or options
    elif tense == "past":
        options = [o for o in options if o <= here] or options
    return min(options, key=lambda o: ((o - here) * _FUTURE_PENALTY if o > here else here - o, o))


def _nearest_month(ctx: _Context, month: int, start: int, end: int) -> int | None:
    """The year of the nearest ``month`` to publication that fits the clause's tense."""
    pub = ctx.published
    if pub is None:
        return None
    here = pub.year * 12 + pub.month - 1
    options = [y * 12 + month - 1 for y in (pub.year - 1, pub.year, pub.year + 1)]
    close = [o for o in options if abs(o - here) <= _NEAR_DAYS // 30]
    best = close[0] if close else _pick(options, here, ctx.tense(start, end))
    return _verb_fit(ctx, options, best, here, 0, start) // 12


def _verb_fit(ctx: _Context, options: list[int], best: int, here: int, slack: int, start: int) -> int:
    """``best`` unless the verb right before the date says the other side of publication ("closed in
    April" written in March is last April)."""
    verb = _verb_tense(ctx.norm, ctx.sent, start)
    if verb == "past" and best > here + slack:
        earlier = [o for o in options if o <= here]
        return max(earlier) if earlier else best
    if verb == "future" and best < here - slack:
        later = [o for o in options if o >= here]
        return min(later) if later else best
    return best


def _nearest_day(ctx: _Context, month: int, day: int, start: int, end: int) -> dt.date | None:
    pub = ctx.published
    if pub is None:
        return None
    options = [d for d in (_safe_date(y, month, day) for y in (pub.year - 1, pub.year, pub.year + 1)) if d]
    if not options:
        return None
    here = pub.toordinal()
    ordinals = [d.toordinal() for d in options]
    close = [o for o in ordinals if abs(o - here) <= _NEAR_DAYS]
    best = close[0] if close else _pick(ordinals, here, ctx.tense(start, end))
    return dt.date.fromordinal(_verb_fit(ctx, ordinals, best, here, 7, start))


def _weekday_date(ctx: _Context, weekday: int, rel: str | None, start: int, end: int) -> dt.date | None:
    pub = ctx.published
    if pub is None:
        return None
    rel = (rel or "").lower()
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if rel in ("last", "past", "this past", "the previous", "previous"):
        return pub - dt.timedelta(days=back or 7)
    if rel in ("next", "coming", "this coming", "the following", "following"):
        return pub + dt.timedelta(days=ahead or 7)
    if ctx.tense(start, end) == "future":
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


# ---------------------------------------------------------------- patterns and their resolvers

Resolver = Callable[[re.Match, _Context], "Period | None"]
_PATTERNS: list[tuple[re.Pattern, Resolver, Callable[[re.Match, str], bool] | None]] = []


def _pattern(regex: str, check: Callable[[re.Match, str], bool] | None = None):
    """Register ``regex`` with the decorated resolver (and an optional check of its surroundings)."""
    compiled = re.compile(regex)

    def register(resolver: Resolver) -> Resolver:
        _PATTERNS.append((compiled, resolver, check))
        return resolver
    return register


def _mon(m: re.Match, group: str = "mon") -> int:
    return _MONTHS[m.group(group).rstrip(".").lower()]


def _spoken_number(words: str) -> int | None:
    total = 0
    for w in re.split(r"[\s-]+", words.lower()):
        if w in ("and", "oh"):
            continue
        if w == "hundred":
            total *= 100
        elif w == "thousand":
            total *= 1000
        elif w in _NUMBERS:
            total += int(_NUMBERS[w])
        else:
            return None
    return total


def _parse_year(s: str) -> int | None:
    """A year written in digits or said aloud ("nineteen ninety-six" -> 1996)."""
    if s[:1].isdigit():
        return int(s)
    words = re.split(r"[\s-]+", s.lower(), maxsplit=1)
    if words[0] == "two":
        return _spoken_number(s)
    head, rest = _NUMBERS.get(words[0]), _spoken_number(words[1]) if len(words) > 1 else None
    if head is None or rest is None:
        return None
    return int(head) * 100 + (0 if rest == 100 else rest)


def _num(s: str) -> int:
    return int(re.sub(r"\D", "", s))


def _year_of(m: re.Match, ctx: _Context, group: str = "year", rel_group: str | None = "yrel") -> int | None:
    """An explicit year, or one relative to publication ("this year", "last year")."""
    if m.group(group):
        return _parse_year(m.group(group))
    if rel_group and m.groupdict().get(rel_group) and ctx.published:
        return ctx.published.year + _STEPS[m.group(rel_group).lower()]
    return None


_TIME = (r"(?:(?P<h>1[0-2]|0?[1-9])(?:[:.](?P<mi>[0-5]\d))?\s?(?:(?P<ap>[ap])(?:\.m\.|\.m(?![\w.])|m(?!\w))"
         r"|(?P<AP>[AP])(?:\.M\.|M(?!\w)))"
         r"|(?P<noon>noon|midnight))")
_ZONE = _alt(_WORDS["time_zones"])


def _clock(m: re.Match) -> str:
    if m.group("noon"):
        return "12:00" if m.group("noon").lower() == "noon" else "24:00"
    h = int(m.group("h")) % 12 + (12 if (m.group("ap") or m.group("AP")).lower() == "p" else 0)
    return f"{h:02d}:{m.group('mi') or '00'}"


@_pattern(_I(r"(?:(?P<approx>around|about|shortly\s+(?:before|after))\s+)?") + _B + _TIME
          + rf"(?:\s+(?:{_ZONE}))?"
          + rf"(?:,?\s+(?:on\s+)?(?:(?P<wd>{_WEEKDAY})(?:,?\s+(?P<mon>{_MONTH})\s+(?P<day>{_DAY}))?"
          + rf"|(?P<mon2>{_MONTH})\s+(?P<day2>{_DAY})(?:,?\s+(?P<year>{_YEAR}))?"
          + r"|(?P<rel>" + _I("yesterday|today|tomorrow|tonight") + ")))?",
          check=lambda m, norm: bool(m.group("ap") or m.group("AP") or m.group("wd") or m.group("mon2")
                                     or m.group("rel")
                                     or re.search(r"(?i:\b(?:at|by|until|till|before|after|around|from)\s+)$",
                                                  norm[max(0, m.start() - 8):m.start()])))
def _clock_time(m, ctx):
    day = None
    if m.group("mon2"):
        year = int(m.group("year")) if m.group("year") else None
        day = _safe_date(year, _mon(m, "mon2"), _num(m.group("day2"))) if year else \
            _nearest_day(ctx, _mon(m, "mon2"), _num(m.group("day2")), m.start(), m.end())
    elif m.group("mon"):
        day = _nearest_day(ctx, _mon(m), _num(m.group("day")), m.start(), m.end())
    elif m.group("wd"):
        day = _weekday_date(ctx, _WEEKDAYS[m.group("wd").lower()], None, m.start(), m.end())
    elif m.group("rel") and ctx.published:
        day = ctx.published + dt.timedelta(days=_STEPS_DAY.get(m.group("rel").lower(), 0))
    elif ctx.sentence_day:
        day = ctx.sentence_day
    elif ctx.published:
        day = ctx.published
    if day is None:
        return Period(None, None, None, "time")
    return Period(f"{day.isoformat()}T{_clock(m)}", day, day, "time")


# "Feb. 10", "Thursday, Feb. 10, 2022", "Feb. 10-20", "mid-March 3" (no), "Friday Oct. 13"
@_pattern(rf"{_B}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?P<mon>{_MONTH})\s*(?P<day>{_DAY})(?!\w)"
          rf"(?:\s*(?:-|to|through|until|and)\s*(?P<day2>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?(?![\w:%.,-]\d"
          rf"|\s*(?:[ap]\.?m|percent|%)))?"
          rf"(?:,?\s+(?P<year>{_YEAR})|\s+(?P<yrel>(?i:this|last|next))\s+year(?!'s))?")
def _month_day(m, ctx):
    month, day = _mon(m), _num(m.group("day"))
    year = _year_of(m, ctx)
    if year is not None:
        first = _safe_date(year, month, day)
    elif m.group("year") or m.group("yrel"):
        return Period(None, None, None, "day")
    else:
        first = _nearest_day(ctx, month, day, m.start(), m.end())
        if first is None:
            return Period(None, None, None, "day") if _safe_date(2000, month, day) else None
        if m.group("wd") and first.weekday() != _WEEKDAYS[m.group("wd").lower()]:
            # "Sunday, June 7": the weekday picks the year when the nearest date does not fit it
            fits = [d for d in (_safe_date(first.year + k, month, day) for k in (-1, 1))
                    if d and d.weekday() == _WEEKDAYS[m.group("wd").lower()]]
            first = fits[0] if len(fits) == 1 else first
    if first is None:
        return None
    last = first
    if m.group("day2"):
        last = _safe_date(first.year, month, int(m.group("day2")))
        if last is None or last < first:
            return None
    return Period(first.isoformat(), first, last, "day")


# "10 February 2022", "the 10th of February"
@_pattern(rf"{_B}(?:(?P<wd>{_WEEKDAY}),?\s+)?(?:the\s+)?(?P<day>{_DAY})\s+(?:of\s+)?(?P<mon>{_MONTH})"
          rf"(?:,?\s+(?P<year>{_YEAR}))?")
def _day_month(m, ctx):
    month, day = _mon(m), _num(m.group("day"))
    if m.group("year"):
        d = _safe_date(int(m.group("year")), month, day)
    else:
        d = _nearest_day(ctx, month, day, m.start(), m.end())
        if d is None:
            return Period(None, None, None, "day") if _safe_date(2000, month, day) else None
    return _day(d) if d else None


# "2/10/2022" (month first unless the first number cannot be a month), "2022-02-10"
@_pattern(r"(?<![\w/.-])(?:(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d{2})"
          r"|(?P<iy>1[6-9]\d\d|20\d\d)-(?P<im>0[1-9]|1[0-2])-(?P<id>[0-2]\d|3[01]))(?![\w/]|[.-]\d)")
def _numeric(m, ctx):
    if m.group("iy"):
        d = _safe_date(int(m.group("iy")), int(m.group("im")), int(m.group("id")))
        return _day(d) if d else None
    a, b, y = int(m.group("a")), int(m.group("b")), int(m.group("y"))
    if len(m.group("y")) == 2:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)
    d = _safe_date(y, month, day)
    return _day(d) if d else None


_MOD = r"(?P<mod>(?i:early|mid-?|late|end-|(?:the\s+)?(?:beginning|start|end|middle|rest)\s+of))"
_MREL = r"(?P<rel>(?i:last|next|this(?:\s+past|\s+coming)?|coming|past))"


def _month_ok(m: re.Match, norm: str) -> bool:
    """A month name alone is a date unless it is a name ("June Carter", "Theresa May") or a modal at the
    start of a question; ambiguous names need a date word around them."""
    if m.group("year") or m.group("yrel") or m.group("mod") or m.group("rel"):
        return True
    name = m.group("mon")
    after = norm[m.end():m.end() + 20]
    before = norm[max(0, m.start() - 20):m.start()]
    if re.match(r"\s+[A-Z][a-z]", after) and not re.match(rf"\s+(?:{_WEEKDAY}|{_MONTH})", after):
        return False                       # "June Carter", "April Ryan"
    prev = re.search(r"([A-Za-z'.]+)\s*$", before)
    prev_word = prev.group(1) if prev else ""
    if prev_word[:1].isupper() and prev_word.lower() not in _CONTEXT:
        return False                       # "Theresa May", "Brian May"
    if name.rstrip(".") in _WORDS["ambiguous_months"] or name.isupper():
        return _CONTEXT_BEFORE.search(before) is not None
    return True


# "December", "December 2021", "early November", "mid-March", "last April", "January this year"
@_pattern(rf"{_B}(?:{_MREL}\s+)?(?:{_MOD}\s*)?(?P<mon>{_MONTH})"
          rf"(?:,?\s+(?:of\s+)?(?P<year>{_YEARX})|\s+(?P<yrel>(?i:this|last"
          rf"|next))\s+year(?!'s))?", check=_month_ok)
def _month_name(m, ctx):
    month = _mon(m)
    year = _year_of(m, ctx)
    rel = (m.group("rel") or "").lower()
    if year is None and ctx.published:
        pub = ctx.published
        if rel in ("last", "past", "this past"):
            year = pub.year if month < pub.month else pub.year - 1
        elif rel in ("next", "coming", "this coming"):
            year = pub.year if month > pub.month else pub.year + 1
        elif rel == "this":
            year = pub.year
        else:
            year = _nearest_month(ctx, month, m.start(), m.end())
    if year is None:
        return Period(None, None, None, "month")
    return _part_of(_month(year, month), m.group("mod"))


# "January-March", "Oct-Dec 2023", "Jan.-Mar.": two month names joined by a hyphen (or slash) name the
# months between them. The word-start guard keeps the second name from matching alone after the hyphen,
# so the pair is read here as one range; abbreviations need no period when they face each other.
_MONTH_PAIR = "(?:" + "|".join(
    [f"{n}|{n.upper()}" for n in sorted(_WORDS["months"], key=len, reverse=True)]
    + [rf"(?:{a}|{a.upper()})\.?" for a in sorted(_WORDS["month_abbreviations"], key=len, reverse=True)]
) + r")(?![A-Za-z])"


@_pattern(rf"{_B}(?P<mon>{_MONTH_PAIR})\s?[-/]\s?(?P<mon2>{_MONTH_PAIR})(?![-\w])"
          rf"(?:,?\s+(?P<year>{_YEARX}))?")
def _month_pair(m, ctx):
    """The months from ``mon`` to ``mon2`` (a range that wraps the year end starts the year before).

    >>> t = "Output fell in October-December and rose in Jan-Mar 2021."
    >>> [(t[d.start:d.end], str(d.date_start), str(d.date_end)) for d in
    ...  find_dates(t, t, [Sentence(0, len(t))], dt.date(2021, 5, 1))]
    [('October-December', '2020-10-01', '2020-12-31'), ('Jan-Mar 2021', '2021-01-01', '2021-03-31')]
    """
    first, last = _mon(m), _mon(m, "mon2")
    if first == last:
        return None
    year = _year_of(m, ctx, rel_group=None)
    if year is None and ctx.published:
        year = _nearest_month(ctx, last, m.start(), m.end())
    if year is None:
        return Period(None, None, None, "month")
    begin = _month(year if first < last else year - 1, first)
    end = _month(year, last)
    if begin is None or end is None:
        return None
    return Period(begin.timex, begin.date_start, end.date_end, "month")


def _weekday_ok(m: re.Match, norm: str) -> bool:
    # "Black Friday", "Super Tuesday", "Good Friday" are named days, not the weekday near publication.
    prev = re.search(r"([A-Za-z']+)\s+$", norm[max(0, m.start() - 20):m.start()])
    return not (prev and prev.group(1) in _WEEKDAY_NAMES and not m.group("rel"))


_WREL = (r"(?P<rel>(?i:last|next|this(?:\s+past|\s+coming)?|coming|past|the\s+previous|the\s+following"
         r"|early|late|earlier|later|mid-?(?:morning|afternoon)))")


@_pattern(rf"{_B}(?:{_WREL}\s+)?(?P<wd>{_WEEKDAY})(?:\s+(?P<part>{_PART}))?", check=_weekday_ok)
def _weekday(m, ctx):
    rel = (m.group("rel") or "").lower()
    rel = rel if rel in ("last", "next", "this past", "this coming", "coming", "past", "the previous",
                         "the following") else None
    d = _weekday_date(ctx, _WEEKDAYS[m.group("wd").lower()], rel, m.start(), m.end())
    part = m.group("part")
    if d is None:
        return Period(None, None, None, "time" if part else "day")
    if part:
        return Period(f"{d.isoformat()}T{_DAY_PARTS[part.lower()]}", d, d, "time")
    return _day(d)


# "yesterday", "late yesterday", "this morning", "last night", "tonight", "tomorrow afternoon"
@_pattern(_B + _I(r"(?:(?P<pre>early|late|earlier|later|mid-?(?:morning|afternoon)|mid\s+afternoon)\s+)?"
                  r"(?:(?P<rel>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|yesterday|today"
                  r"|tomorrow|tonight)(?:\s+(?P<part>" + _PART + r"))?"
                  r"|(?P<rel2>last"
                  r"|this)\s+(?P<part2>" + _PART + r"))") + _E,
          check=lambda m, norm: not _title_name(m, norm))
def _day_word(m, ctx):
    rel = re.sub(r"\s+", " ", (m.group("rel") or m.group("rel2")).lower())
    part = (m.group("part") or m.group("part2") or "").lower()
    if rel == "tonight":
        part = "night"
    offset = {"yesterday": -1, "tomorrow": 1, "the day before yesterday": -2, "the day after tomorrow": 2,
              "last": -1 if part == "night" else 0}.get(rel, 0)
    if rel == "last" and part != "night":
        return None                        # "last morning" is not an expression news uses
    pre = (m.group("pre") or "").lower()
    if pre.startswith("mid") and not part:
        part = "afternoon" if "afternoon" in pre else "morning"
    if ctx.published is None:
        return Period(None, None, None, "time" if part else "day")
    d = ctx.published + dt.timedelta(days=offset)
    if part:
        return Period(f"{d.isoformat()}T{_DAY_PARTS[part]}", d, d, "time")
    return _day(d)


def _year_ok(m: re.Match, norm: str) -> bool:
    """A bare four-digit number is a year unless its surroundings make it a code, a count or a measure."""
    if m.group("mod") or m.group("y2"):
        return True
    before = norm[max(0, m.start() - 24):m.start()]
    if not m.group("year")[:1].isdigit():
        after = re.match(r"\s*([A-Za-z]+)", norm[m.end():m.end() + 20])
        counted = after is not None and after.group(1).lower() in _YEAR_COUNTS
        return m.group("year").lower().startswith("nineteen") and not counted
    after = norm[m.end():m.end() + 24]
    if re.search(r"[$#\u20ac\u00a3\u00a5+]\s*$|-$|/$|\b[A-Z]{1,3}-?$", before):
        return False
    number = re.search(r"([\d.,]*\d)[.,]?\s*$", before)
    if number and not re.fullmatch(r"(?:1[6-9]|20|21)\d\d", number.group(1)):
        return False                       # "3.5 2000" belongs to another figure; "1961, 1967" is a list
    if re.match(r"\s*(?:[-/:+x\u00d7]\s*\d|[.,]\d|%)", after):
        return False
    prev = re.search(r"([A-Za-z.']+)\s+$", before)
    if prev:
        word = prev.group(1).lower()
        if word in _YEAR_BLOCKERS or word.rstrip(".") in _YEAR_BLOCKERS:
            return False
        if prev.group(1)[:1].isupper() and not word.endswith("'s") and word not in _MONTHS \
                and not _sentence_initial(norm, prev.start(1)) and word.rstrip(".") not in _CONTEXT:
            return False                   # "Windows 2000", "Vision 2030"
    nxt = re.match(r"\s*([A-Za-z]+)", after)
    return not (nxt and nxt.group(1).lower() in _YEAR_COUNTS)


def _title_name(m: re.Match, norm: str) -> bool:
    """Relative words in title case inside a sentence name a programme or paper ("This Week", "USA Today")."""
    words = m.group(0).split()
    if not all(w[:1].isupper() for w in words):
        return False
    if norm[m.start() - 1:m.start()] == '"' and norm[m.end():m.end() + 2].lstrip(",").startswith('"'):
        return True                        # a title in quotes: "This Week"
    if _sentence_initial(norm, m.start()):
        return False
    return len(words) > 1 or bool(re.search(r"[A-Z][\w.]*\s+$", norm[max(0, m.start() - 20):m.start()]))


def _sentence_initial(norm: str, pos: int) -> bool:
    return not norm[max(0, pos - 3):pos].strip() or bool(_SENTENCE_START.search(norm, max(0, pos - 4), pos))


# "2014", "in 2014", "fiscal 2023", "early 2021", "mid-1996", "the end of 1990", "2009-2010", "1990-91"
@_pattern(rf"{_B}(?:(?P<mod>(?i:early|mid-?|late|end-|(?:the\s+)?(?:beginning|start|end|middle|rest)\s+of"
          rf"|fiscal(?:\s+year)?|calendar(?:\s+year)?|FY|the\s+year)|the\s+(?:(?i:first|second|last"
          rf"|latter)\s+half)\s+of)\s*)?"
          rf"(?P<year>{_YEARX})(?:\s*(?:-|/)\s*(?P<y2>1[6-9]\d\d|20\d\d|\d\d)(?![\w%.,-]\d"
          rf"|\w))?(?![\w-])", check=_year_ok)
def _year_number(m, ctx):
    year = _parse_year(m.group("year"))
    if year is None:
        return None
    ctx.last_year = year
    mod = (m.group("mod") or "")
    half = re.match(r"the\s+(first|second|last|latter)\s+half", mod, re.IGNORECASE)
    if half:
        return _half(year, 1 if half.group(1).lower() == "first" else 2)
    period = _year(year)
    if m.group("y2"):
        y2 = int(m.group("y2"))
        if y2 < 100:
            y2 += year - year % 100
            if y2 <= year:
                return None if y2 < year else period
        if not year < y2 <= year + 50:
            return None
        return Period(period.timex, period.date_start, dt.date(y2, 12, 31), "year")
    if mod.lower().startswith(("fiscal", "calendar", "fy")):
        return period
    return _part_of(period, mod or None)


# "the 1990s", "the early 1980s", "the '80s", "the nineties"
@_pattern(rf"{_B}(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid-?|late))[- ]?)?"
          rf"(?:(?P<dec>1[0-9]\d0|20\d0)'?s|'(?P<dd>\d0)'?s"
          rf"|(?<=the\s)(?P<word>{_alt(_WORDS['decade_words'])}))(?!\w)")
def _decade_name(m, ctx):
    if m.group("dec"):
        start = int(m.group("dec"))
    elif m.group("dd"):
        start = 1900 + int(m.group("dd"))
    else:
        start = 1900 + 10 * _WORDS["decade_words"][m.group("word").lower()]
    return _part_of(_decade(start), m.group("mod"))


@_pattern(rf"{_B}(?:(?i:the)\s+)?(?:(?P<mod>(?i:early|mid-?|late))[- ]?)?"
          rf"(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{_alt(_ORDINALS)}))[- ](?i:century){_E}")
def _century_name(m, ctx):
    n = int(m.group("n")) if m.group("n") else _ORDINALS[m.group("w").lower()]
    return _part_of(_century((n - 1) * 100), m.group("mod")) if 1 <= n <= 40 else None


def _ordinal_quarter(word: str) -> int:
    return {"first": 1, "second": 2, "third": 3, "fourth": 4}.get(word.lower(), None) or int(word[0])


def _quarter_year(ctx: _Context, q: int, start: int, end: int) -> int | None:
    """The year of a quarter named without one: the current or latest such quarter, or the next if the
    clause speaks of the future."""
    pub = ctx.published
    if pub is None:
        return None
    _, now = _quarter_of(pub)
    if q <= now:
        return pub.year
    return pub.year if ctx.tense(start, end) == "future" else pub.year - 1


_QMODS = (r"(?:year-ago|year-earlier|comparable|corresponding|same|prior-year|flat|fiscal|calendar|latest"
          r"|current)")


# "the third quarter", "third-quarter", "the fiscal first quarter", "1988's third quarter",
# "next year's first quarter", "the year-ago third quarter", "the third quarter of 2004", "Q3", "Q3 2023"
@_pattern(rf"{_B}(?:(?P<det>(?i:the|its|this|that|a|their|his|her))\s+)?"
          rf"(?:(?P<year>{_YEAR})(?:'s)?\s+|(?P<yrel>(?i:this|last|next))\s+year's\s+)?"
          rf"(?P<mods>(?:(?i:{_QMODS})[- ]){{0,3}})"
          rf"(?P<ord>(?i:{_ORD4}))(?P<hy>[- ])(?i:quarter)(?P<adj>-)?{_E}"
          rf"(?:\s+of\s+(?:(?i:fiscal|calendar)\s+)?(?:(?P<year2>{_YEAR})|(?P<yrel2>(?i:this|last"
          rf"|next))\s+year))?"
          rf"|(?<![\w-])(?:Q(?P<q>[1-4])(?:\s+(?P<year3>{_YEAR})|\s*'(?P<yy>\d\d))?"
          rf"|(?P<year4>{_YEAR})[- ]?Q(?P<q2>[1-4])"
          rf"|(?P<q3>[1-4])Q(?:\s*(?P<year5>{_YEAR}))?)(?![\w-])",
          check=lambda m, norm: _quarter_ok(m, norm))
def _quarter_name(m, ctx):
    q = int(m.group("q") or m.group("q2") or m.group("q3") or _ordinal_quarter(m.group("ord")))
    year = None
    for g in ("year", "year2", "year3", "year4", "year5"):
        if m.group(g):
            year = int(m.group(g))
    if m.group("yy"):
        year = 2000 + int(m.group("yy")) if int(m.group("yy")) < 50 else 1900 + int(m.group("yy"))
    if year is None:
        year = _year_of(m, ctx, "year", "yrel") if m.group("yrel") else None
    if year is None and m.group("yrel2") and ctx.published:
        year = ctx.published.year + _STEPS[m.group("yrel2").lower()]
    mods = (m.group("mods") or "").lower()
    if year is None:
        year = _quarter_year(ctx, q, m.start(), m.end())
    if year is None:
        return Period(None, None, None, "quarter")
    if "year-ago" in mods or "year-earlier" in mods or "prior-year" in mods:
        year -= 1
    else:
        ctx.saw_quarter((year, q))
    return _quarter(year, q)


def _quarter_ok(m: re.Match, norm: str) -> bool:
    if m.group("ord"):
        return True
    prev = re.search(r"([A-Za-z']+)\s+$", norm[max(0, m.start() - 20):m.start()])
    # "Audi Q5", "a Q3 model": a capitalized word before makes it a product name
    return not (prev and prev.group(1)[:1].isupper() and not _sentence_initial(norm, prev.start(1))
                and not prev.group(1).endswith("'s"))


def _quarter_span(m: re.Match) -> tuple[int, int]:
    """The determiner of "the third-quarter loss" belongs to the noun, and a possessive ("its fourth
    quarter") to its owner: neither is part of the date."""
    if not m.group("ord") or not m.group("det"):
        return m.start(), m.end()
    det = m.group("det").lower()
    if m.group("hy") == "-" and not m.group("year") and not m.group("yrel"):
        return (m.start("mods") if m.group("mods") else m.start("ord")), m.end()
    if det in ("its", "their", "his", "her"):
        return m.end("det") + 1, m.end()
    return m.start(), m.end()


# "the quarter", "the latest quarter", "the year-ago quarter", "the year-earlier period", "this quarter"
@_pattern(rf"{_B}(?P<det>(?i:the|this|that|its|their|last|next))\s+(?:(?P<qyear>{_YEAR})\s+)?"
          r"(?P<mods>(?:(?i:latest|current|most\s+recent|recent|just-ended|just\s+ended|same|comparable|"
          r"corresponding|previous|prior|preceding|year-ago|year-earlier|prior-year|fiscal|calendar|first|"
          r"second|third|fourth|coming|next|following)\s+){0,3})(?P<unit>(?i:quarter|period))(?![\w-])"
          r"(?P<lastyear>\s+(?i:a\s+year\s+(?:ago|earlier)|last\s+year|(?:of\s+)?the\s+(?:previous"
          r"|prior)\s+year)(?![\w-]))?"
          r"(?!\s+of\s+(?!(?:fiscal\s+)?(?:1[6-9]|20)\d\d))",
          check=lambda m, norm: not re.search(r"(?i:first|second|third|fourth)", m.group("mods") or "") and (
              m.group("unit").lower() == "quarter" or bool(m.group("qyear")) or bool(
                  re.search(r"(?i:latest|year-ago|year-earlier|same|comparable|corresponding|prior-year)",
                            m.group("mods") or "") or m.group("lastyear"))))
def _quarter_ref(m, ctx):
    if m.group("unit").lower() == "period" and not (m.group("qyear") or ctx.last_quarter):
        return None                        # "over the same period" outside quarterly reporting
    pub = ctx.published
    if pub is None:
        return Period(None, None, None, "quarter")
    mods = (m.group("mods") or "").lower() + " " + m.group("det").lower()
    year, q = _quarter_of(pub)
    previous = _shift_quarter(year, q, -1)
    if "current" in mods or (m.group("det").lower() == "this" and ctx.tense(m.start(), m.end()) == "future"):
        ref = (year, q)
    elif re.search(r"\b(?:latest|recent|just)\b", mods):
        ref = previous
    elif re.search(r"\b(?:next|coming|following)\b", mods):
        ref = _shift_quarter(year, q, 1)
    elif re.search(r"\b(?:last|previous|prior|preceding)\b", mods) and "prior-year" not in mods:
        ref = previous
    elif m.group("qyear"):
        ref = (int(m.group("qyear")), (ctx.reporting_quarter() or previous)[1])   # "the 1988 period"
    else:
        ref = ctx.last_quarter or previous
    if m.group("lastyear") or _YEAR_BACK.search(mods):
        ref = ctx.reporting_quarter() or ref
        ref = (ref[0] - 1, ref[1])
    else:
        ctx.saw_quarter(ref)
    return _quarter(*ref)


# "profit rose in the third quarter after falling in the second,": an ordinal alone, right after quarters
# were named, is another quarter. Only where the clause ends after it, so "in the second round" is not one.
@_pattern(r"(?:" + "|".join(rf"(?<=(?<![\w-]){w} )" for w in ("in", "In", "for", "during", "from", "than")) + r")"
          r"(?P<det>(?i:the))\s+(?P<ord>(?i:first|second|third|fourth))"
          r"(?=\s*[,.;:)]|\s*$|\s+(?i:and|but|when|while|as|compared|versus|from|to|of\s+(?:this|last|the)\s+year)\b)")
def _quarter_ellipsis(m, ctx):
    """The quarter an elliptic "the second" names, in the year of the quarter just named (the year before
    when it would come after that quarter in a past-tense clause).

    >>> t = "Sales rose in the third quarter of 2022 after a drop in the second."
    >>> [(t[d.start:d.end], d.timex) for d in find_dates(t, t, [Sentence(0, len(t))], dt.date(2022, 11, 2))]
    [('the third quarter of 2022', '2022-Q3'), ('the second', '2022-Q2')]
    """
    named = ctx.sentence_quarter or ctx.previous_quarter
    if named is None:
        return None
    q = _ordinal_quarter(m.group("ord"))
    year = named[0]
    if q > named[1] and ctx.tense(m.start("det"), m.end()) != "future":
        year -= 1
    return _quarter(year, q)


# "the first half of 2021", "the second half", "H2 2025", "2025-H2"
@_pattern(rf"{_B}(?:(?i:the)\s+)?(?P<ord>(?i:first|second|latter|1st|2nd))\s+(?i:half)"
          rf"(?:\s+of\s+(?:(?i:the|fiscal|calendar)\s+)?(?:(?P<year>{_YEAR})|(?P<yrel>(?i:this|last"
          rf"|next))\s+year"
          rf"|(?P<theyear>(?i:the\s+year|the\s+fiscal\s+year)))|(?P<free>(?!\s+of\b)))(?![\w-])"
          rf"|(?<![\w-])(?:H(?P<h>[12])\s+(?P<year2>{_YEAR})|(?P<year3>{_YEAR})[- ]H(?P<h2>[12])"
          rf"|(?P<h3>[12])H\s*(?P<year4>{_YEAR}))(?![\w-])")
def _half_name(m, ctx):
    h = int(m.group("h") or m.group("h2") or m.group("h3") or 0) or \
        (1 if m.group("ord").lower() in ("first", "1st") else 2)
    year = None
    for g in ("year", "year2", "year3", "year4"):
        if m.group(g):
            year = int(m.group(g))
    if year is None and m.group("yrel") and ctx.published:
        year = ctx.published.year + _STEPS[m.group("yrel").lower()]
    if year is None and ctx.published:
        pub = ctx.published
        ahead = h == 1 or pub.month >= 7 or ctx.tense(m.start(), m.end()) == "future"
        year = pub.year if ahead else pub.year - 1
    if year is None:
        return Period(None, None, None, "half")
    return _half(year, h)


def _season_ok(m: re.Match, norm: str) -> bool:
    if m.group("year") or m.group("det") and m.group("det").lower() not in ("the",):
        return True
    # "the fall of the Berlin Wall", "the fall in prices", "a spring in his step"
    return not re.match(r"\s+(?:of|in)\b", norm[m.end():m.end() + 6]) or bool(
        re.match(rf"\s+of\s+{_YEAR}", norm[m.end():m.end() + 12]))


@_pattern(rf"{_B}(?:(?P<det>(?i:the|this|last|next|this\s+past|this\s+coming|early|late|mid-|the\s+early"
          rf"|the\s+late|the\s+past|the\s+coming))\s*)?(?P<season>(?i:{_SEASON}))"
          rf"(?:\s+of\s+(?P<year>{_YEARX})|\s+(?P<year2>{_YEAR}))?{_E}",
          check=lambda m, norm: _season_ok(m, norm) and bool(
              m.group("det") or m.group("year") or m.group("year2")
              or _SEASON_CONTEXT.search(norm, max(0, m.start() - 10), m.start())))
def _season_name(m, ctx):
    code = _SEASONS[m.group("season").lower()]
    det = re.sub(r"\s+", " ", (m.group("det") or "").lower())
    year = _parse_year(m.group("year") or m.group("year2") or "0") or None
    pub = ctx.published
    if year is None:
        if pub is None:
            return Period(None, None, None, "season")
        year = pub.year
        if det in ("last", "the past"):
            year -= 1
        elif det in ("next", "the coming"):
            year += 1
        elif det not in ("this", "this past", "this coming"):
            # a bare season is the nearest one that fits the tense ("fell in autumn" looks back)
            tense = ctx.tense(m.start(), m.end())
            here = _season(year, code)
            if tense == "past" and here and here.date_start > pub:
                year -= 1
            elif tense == "future" and here and here.date_end < pub:
                year += 1
    period = _season(year, code)
    if det.endswith(("early", "late")) or det == "mid-":
        period = _part_of(period, det.split()[-1])
    return period


_UNIT_WORDS = r"(?P<unit>(?i:weekend|week|month|year|decade|century|quarter))"


# "last week", "this year", "next month", "the past year", "earlier this month", "late last week",
# "early next year", "the end of the year", "year-end", "the current fiscal year"
@_pattern(rf"{_B}(?:(?P<pre>(?i:early|late|earlier|later|mid-|the\s+(?:end|beginning|start|middle|rest)\s+of"
          rf"|sometime|"
          rf"some\s+time|around))\s+)?"
          rf"(?:(?P<the>(?i:the))\s+)?(?P<rel>(?i:this\s+past|this\s+coming|last|next|this|past|coming"
          rf"|previous"
          rf"|prior|following"
          rf"|current|"
          rf"latest|preceding|upcoming))\s+(?:(?P<fiscal>(?i:fiscal|calendar))\s+)?{_UNIT_WORDS}(?![\w-])"
          rf"(?P<orso>\s+or\s+so)?"
          rf"|{_B}(?P<pre2>(?i:earlier|later|early|late))\s+in\s+the\s+(?P<unit2>(?i:week|month"
          rf"|year))(?![\w-])"
          rf"|{_B}(?P<end>(?i:(?:the\s+)?(?:end|beginning|start|middle)\s+of\s+the\s+(?:week|month|year"
          rf"|quarter|decade|century)|the\s+weekend|(?:(?<=for\s)|(?<=during\s))the\s+year|"
          rf"the\s+(?:full|current|fiscal|current\s+fiscal|latest\s+fiscal|same)\s+year))(?![\w-])"
          rf"|{_B}(?P<yearend>(?i:(?:the\s+)?year[- ]end|(?:the\s+)?year's\s+end"
          rf"|around\s+year[- ]end))(?![\w-])"
          rf"|{_B}(?P<ana>(?i:that|the\s+(?:following|previous|preceding|prior|same)))\s+(?i:year)(?![\w-])",
          check=lambda m, norm: not _title_name(m, norm) and not (
              m.group("unit") and m.group("unit").lower() == "quarter"
              and m.group("rel").lower() in ("latest", "current")))
def _relative_unit(m, ctx):
    pub = ctx.published
    if m.group("ana"):
        word = m.group("ana").lower().split()[-1]
        step = {"following": 1, "previous": -1, "preceding": -1, "prior": -1}.get(word, 0)
        base = ctx.last_year if ctx.last_year is not None else (pub.year if pub and step else None)
        return _year(base + step) if base is not None else None
    if m.group("yearend"):
        if pub is None:
            return Period(None, None, None, "day")
        if "around" in m.group("yearend").lower():
            return _month(pub.year, 12)
        return _day(dt.date(pub.year, 12, 31))
    if m.group("end"):
        text = re.sub(r"\s+", " ", m.group("end").lower())
        units = ("weekend", "week", "month", "quarter", "decade", "century")
        unit = next((u for u in units if u in text), "year")
        rel = "latest" if "latest" in text else "the" if text == "the weekend" else "this"
        pre = next((p for p in ("end", "beginning", "start", "middle") if f"{p} of" in text), None)
    elif m.group("unit2"):
        unit, rel, pre = m.group("unit2").lower(), "this", m.group("pre2").lower()
    else:
        unit, rel = m.group("unit").lower(), m.group("rel").lower().split()[-1]   # "this past week"
        pre = (m.group("pre") or "").lower() or None
    if pub is None:
        return Period(None, None, None, "week" if unit == "weekend" else unit)
    step = _STEPS.get(rel, 0)
    if unit == "week":
        period = _week(pub + dt.timedelta(days=7 * step))
    elif unit == "weekend":
        if step == 0:
            tense = ctx.tense(m.start(), m.end())
            back = tense == "past" if rel == "this" else tense != "future"   # "this weekend" looks ahead
            if tense is None and rel == "the":
                # "the weekend landslide" with no tense: the one just past early in the week, else the next
                back = pub.weekday() in (0, 1, 5, 6)
            sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7) if back else \
                pub + dt.timedelta(days=(5 - pub.weekday()) % 7)
        else:
            sat = pub - dt.timedelta(days=(pub.weekday() - 5) % 7 or 7) if step < 0 else \
                pub + dt.timedelta(days=(5 - pub.weekday()) % 7 or 7)
        period = _weekend(sat)
    elif unit == "month":
        period = _month(*_add_months(pub.year, pub.month, step))
    elif unit == "quarter":
        ref = _shift_quarter(*_quarter_of(pub), step)
        ctx.saw_quarter(ref)
        period = _quarter(*ref)
    elif unit == "decade":
        period = _decade(pub.year - pub.year % 10 + 10 * step)
    elif unit == "century":
        period = _century(pub.year - pub.year % 100 + 100 * step)
    else:
        period = _year(pub.year + step)
    if pre in ("earlier", "later"):
        # "earlier this month": from the start of the unit to publication (or from publication on)
        if period and step == 0 and period.date_start <= pub <= period.date_end:
            a, b = (period.date_start, pub) if pre == "earlier" else (pub, period.date_end)
            return Period(period.timex, a, b, period.grain)
        return period
    return _part_of(period, pre) if pre and pre not in ("sometime", "some time", "around") else period


# "the next day", "the previous day", "that day", "the same day": counted from the last day named
@_pattern(rf"{_B}(?P<ana>(?i:the\s+(?:previous|next|following|preceding|same)|that))\s+(?i:day)(?![\w-])"
          rf"(?!\s+(?i:of|and|before|after|when|that|in|to)\b)")
def _day_anaphor(m, ctx):
    word = m.group("ana").lower().split()[-1]
    step = {"previous": -1, "preceding": -1, "next": 1, "following": 1}.get(word, 0)
    base = ctx.last_day or (ctx.published if step else None)
    if base is None:
        return None
    return _day(base + dt.timedelta(days=step))


# "on the 10th", "by the 21st": a day of the month last named (or of publication's month)
@_pattern(r"(?<![\w-])the\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)(?![\w-])(?!\s+(?:[a-z]|[A-Z]\w))",
          check=lambda m, norm: bool(_DAY_OF_MONTH_BEFORE.search(norm, max(0, m.start() - 8), m.start()))
          and not re.match(r"\s*(?:-|of\b)", norm[m.end():m.end() + 4]))
def _day_of_month(m, ctx):
    base = ctx.last_day or ctx.published
    if base is None:
        return Period(None, None, None, "day")
    d = _safe_date(base.year, base.month, int(m.group("day")))
    return _day(d) if d else None


# "two years ago", "a year earlier", "10 days ago", "a week or so ago",
# "several years ago" (vague), "year-ago", "year-earlier"
@_pattern(rf"{_B}(?:(?P<approx>(?i:nearly|almost|about|around|roughly|some|more\s+than|less\s+than|just|only"
          rf"|over|"
          rf"barely|exactly|precisely))\s+)?"
          rf"(?:(?P<vague>(?i:{_VAGUE_NUM}))|(?P<num>(?i:{_NUM})))\s+(?P<unit>(?i:days?|weeks?|months?"
          rf"|years?|decades?|"
          rf"centuries|century|quarters?|hours?|minutes?))(?:\s+or\s+(?:so|two|more))?\s+"
          rf"(?P<dir>(?i:ago|earlier|later|from\s+now|hence|back))(?![\w-])"
          rf"|(?<![\w-])(?P<adj>(?i:year-ago|year-earlier|a\s+year-ago"
          rf"|prior-year))(?![\w-])(?!\s+(?i:quarter|period|[a-z]+\s+quarter))")
def _ago(m, ctx):
    pub = ctx.published
    if m.group("adj"):
        unit, n, direction = "year", 1, -1
    else:
        unit = m.group("unit").lower().rstrip("s")
        unit = "century" if unit.startswith("centur") else unit
        direction = 1 if m.group("dir").lower() in ("later", "from now", "hence") else -1
        n = None if m.group("vague") else _count(m.group("num"))
    if n is None:
        return Period("PAST_REF" if direction < 0 else "FUTURE_REF", None, pub if direction < 0 else None,
                      unit if unit in ("day", "week", "month", "year", "decade", "century") else None)
    if pub is None:
        return Period(None, None, None, unit if unit not in ("hour", "minute") else "time")
    sentence = ctx.norm[ctx.sent.start:ctx.sent.end].lower()
    if unit == "year" and n == 1 and (ctx.sentence_quarter or ctx.previous_quarter
                                      or re.search(r"\b(?:quarter|period)\b", sentence)):
        ref = ctx.reporting_quarter()      # financial news: "a year earlier" is the same quarter last year
        return _quarter(ref[0] - 1, ref[1])
    k = int(n) * direction
    if unit == "day":
        return _day(pub + dt.timedelta(days=k))
    if unit == "week":
        return _day(pub + dt.timedelta(days=7 * k))    # "two weeks ago" names the day, as TimeML does
    if unit == "month":
        return _month(*_add_months(pub.year, pub.month, k))
    if unit == "quarter":
        return _quarter(*_shift_quarter(*_quarter_of(pub), k))
    if unit == "year":
        return _year(pub.year + k)
    if unit == "decade":
        return _decade(pub.year - pub.year % 10 + 10 * k)
    if unit == "century":
        return _century(pub.year - pub.year % 100 + 100 * k)
    return Period(None, None, None, "time")


def _count(word: str) -> float | None:
    w = re.sub(r"\s+", " ", word.lower())
    if w.isdigit():
        return int(w)
    return _NUMBERS.get(w)


def _vague_ok(m: re.Match, norm: str) -> bool:
    key = re.sub(r"\s+", " ", m.group("word").lower())
    rules = _VAGUE_CONTEXT.get(key)
    if not rules:
        return True
    word_end = m.end("word")
    if "not_before" in rules and rules["not_before"].search(norm, max(0, m.start() - 30), m.start()):
        return False
    if "not_after" in rules and rules["not_after"].match(norm[word_end:word_end + 60]):
        return False
    if "before" not in rules and "after" not in rules:
        return True
    if "before" in rules and rules["before"].search(norm, max(0, m.start() - 30), m.start()):
        return True
    return bool("after" in rules and rules["after"].match(norm[m.end("word"):m.end("word") + 60]))


_VAGUE_KEYS = [k for k in _VAGUE]


# "now", "currently", "recently", "in recent days", "the past", "the future", "soon", "coming months"
@_pattern(rf"{_B}(?:(?P<coming>(?i:coming|(?:the\s+)?(?:next|past|last)\s+(?:few|several)))\s+"
          rf"(?P<cunit>(?i:days|weeks|months|years|quarters|decades))"
          rf"|(?P<word>(?i:{_alt(_VAGUE_KEYS)}))(?P<units>\s+(?i:{_alt(_WORDS['vague_units'])}))?)(?![\w-])",
          check=lambda m, norm: m.group("word") is None or _vague_ok(m, norm))
def _vague(m, ctx):
    pub = ctx.published
    if m.group("coming"):
        word = m.group("coming").lower()
        unit_word = m.group("cunit").lower()
        value = "FUTURE_REF" if word.startswith(("coming", "next")) else "PAST_REF"
    else:
        word = re.sub(r"\s+", " ", m.group("word").lower())
        value = _VAGUE[word]
        unit_word = (m.group("units") or "").strip().lower()
    grain = {"days": "day", "weeks": "week", "months": "month", "years": "year", "decades": "decade",
             "quarters": "quarter"}.get(unit_word.split()[0] if unit_word else "", None)
    if value == "PRESENT_REF":
        return Period(value, pub, pub, grain or ("day" if pub else None))
    if value == "PAST_REF":
        return Period(value, None, pub, grain)
    return Period(value, pub, None, grain)


_HOLIDAYS = {k.lower(): v for k, v in _WORDS["holidays"].items()}
_HOLIDAY_CONTEXT = frozenset(k.lower() for k in _WORDS["holiday_needs_context"])
_HOLIDAY_NOT_BEFORE = frozenset(_WORDS["holiday_not_before"])


def _holiday_ok(m: re.Match, norm: str) -> bool:
    if m.group("year") or re.sub(r"\s+", " ", m.group("name").lower()) not in _HOLIDAY_CONTEXT:
        return True
    nxt = re.match(r"\s+([A-Za-z]+)", norm[m.end():m.end() + 16])
    if nxt and nxt.group(1) in _HOLIDAY_NOT_BEFORE:
        return False
    prev = re.search(r"([A-Za-z]+)\s+$", norm[max(0, m.start() - 16):m.start()])
    word = prev.group(1).lower() if prev else ""
    return word in _CONTEXT and word not in ("the", "a", "an")   # "the Christmas party" is not the day


# "Christmas", "New Year's Eve", "Independence Day 2020"
@_pattern(rf"{_B}(?P<name>{_alt(_WORDS['holidays'])})(?:,?\s+(?P<year>{_YEAR}))?(?![\w-])", check=_holiday_ok)
def _holiday(m, ctx):
    month, day = (int(x) for x in _HOLIDAYS[re.sub(r"\s+", " ", m.group("name").lower())].split("-"))
    if m.group("year"):
        d = _safe_date(int(m.group("year")), month, day)
    else:
        d = _nearest_day(ctx, month, day, m.start(), m.end())
    return _day(d) if d else Period(None, None, None, "day")


# ---------------------------------------------------------------- finding

_RANGE_JOIN = re.compile(r"\s*(?:-|to|through|thru|until|till|and)\s*$", re.IGNORECASE)
_RANGE_OPEN = re.compile(r"(?i:\b(?:from|between))\s+$")


def find_dates(text: str, norm: str, sentences: list[Sentence],
               published: dt.date | None) -> list[DateMention]:
    """Date expressions in ``text`` resolved against ``published`` (relative ones stay open without it).

    >>> from numfacts.text import normalize, split_sentences
    >>> t = "The talks ended on Thursday and resume Feb. 10 to Feb. 20."
    >>> [(t[d.start:d.end], d.timex, str(d.date_end)) for d in
    ...  find_dates(t, normalize(t), split_sentences(t), dt.date(2022, 2, 4))]
    [('Thursday', '2022-02-03', '2022-02-03'), ('Feb. 10 to Feb. 20', '2022-02-10', '2022-02-20')]
    """
    out: list[DateMention] = []
    ctx = _Context(published, norm, sentences[0] if sentences else Sentence(0, 0))
    for sent in sentences:
        ctx.next_sentence(sent)
        found = []
        for regex, resolver, check in _PATTERNS:
            for m in regex.finditer(norm, sent.start, sent.end):
                if m.end() == m.start() or (check is not None and not check(m, norm)):
                    continue
                start, end = _quarter_span(m) if resolver is _quarter_name else (m.start(), m.end())
                found.append((start, end, m, resolver))
        out.extend(_join_ranges(_resolve(found, ctx), norm))
    return out


#: A candidate that wins its span but does not resolve ("Feb. 30") gives way to the shorter ones under it,
#: this many times per sentence at most (so hostile text cannot make the work quadratic).
_RETRIES = 4


def _resolve(found: list, ctx: _Context) -> list[DateMention]:
    """Resolve the longest non-overlapping candidates in text order; redo the choice without a candidate
    that resolves to nothing."""
    saved = dataclasses.replace(ctx)
    for _ in range(_RETRIES + 1):
        mentions, failed = [], None
        for cand in _longest_first(found):
            start, end, m, resolver = cand
            try:
                period = resolver(m, ctx)
            except (OverflowError, ValueError):    # arithmetic past year 1 or 9999
                period = None
            if period is None:
                failed = failed or cand
                continue
            if period.grain == "day" and period.date_start == period.date_end:
                ctx.sentence_day = ctx.last_day = period.date_start
            mentions.append(DateMention(period.timex, period.date_start, period.date_end, period.grain,
                                        start=start, end=end))
        if failed is None:
            break
        found = [c for c in found if c is not failed]
        restored = dataclasses.replace(saved)
        ctx.__dict__.update(restored.__dict__)
    return mentions


def _longest_first(found):
    """Non-overlapping candidates, longer ones winning, returned in text order (O(n log n))."""
    starts: list[int] = []                 # chosen spans, kept sorted; they never overlap
    spans: list = []
    for cand in sorted(found, key=lambda c: (-(c[1] - c[0]), c[0])):
        i = bisect.bisect_right(starts, cand[0])
        if i > 0 and spans[i - 1][1] > cand[0]:
            continue                       # the chosen span starting before ours runs into it
        if i < len(spans) and spans[i][0] < cand[1]:
            continue                       # the chosen span after ours starts inside it
        starts.insert(i, cand[0])
        spans.insert(i, cand)
    return spans


_VAGUE_VALUES = frozenset(_VAGUE.values())


def _join_ranges(mentions: list[DateMention], norm: str) -> list[DateMention]:
    """Two dates joined by "to", "-", "through" (or "between X and Y") become one row spanning both.

    Without a publication date both ends may be open: the row still spans the whole range.
    """
    out: list[DateMention] = []
    for d in mentions:
        prev = out[-1] if out else None
        if prev is None or prev.grain != d.grain or prev.grain is None or prev.timex in _VAGUE_VALUES:
            out.append(d)
            continue
        gap = norm[prev.end:d.start]
        joined = _RANGE_JOIN.fullmatch(gap) is not None and len(gap) <= 12
        if prev.grain == "time":
            out[-1:] = [_clock_range(prev, d, norm)] if joined and gap.strip().lower() != "and" else [prev, d]
            continue
        if joined and gap.strip().lower() == "and":
            joined = _RANGE_OPEN.search(norm, max(0, prev.start - 12), prev.start) is not None
        if joined and prev.date_start is None and d.date_end is None:
            out[-1] = DateMention(prev.timex, None, None, prev.grain, start=prev.start, end=d.end)
            continue
        if joined and prev.date_start is not None and d.date_end is not None:
            end = d
            if d.date_end < prev.date_start and d.grain in ("day", "month"):
                end = _next_year(d) or d   # "Dec. 20 to Jan. 5", or a later month read in another tense
            if end.date_end >= prev.date_start:
                out[-1] = DateMention(prev.timex, prev.date_start, end.date_end, prev.grain,
                                      start=prev.start, end=d.end)
                continue
        out.append(d)
    return out


_NAMED_DAY = re.compile(rf"{_WEEKDAY}|{_MONTH}|(?i:yesterday|today|tomorrow|tonight)")


def _clock_range(first: DateMention, last: DateMention, norm: str) -> DateMention:
    """ "9 a.m. to 5 p.m. on Monday": one row; the first time takes the day named after the second."""
    timex, day = first.timex, first.date_start
    if last.date_start and timex and not _NAMED_DAY.search(norm, first.start, first.end):
        day, timex = last.date_start, last.date_start.isoformat() + timex[10:]
    return DateMention(timex, day, last.date_end, "time", start=first.start, end=last.end)


def _next_year(d: DateMention) -> DateMention | None:
    """``d`` a year later (the end of a range must not come before its start)."""
    start = _safe_date(d.date_start.year + 1, d.date_start.month, d.date_start.day) if d.date_start else None
    end = _safe_date(d.date_end.year + 1, d.date_end.month, d.date_end.day)
    if start is None or end is None:
        return None
    timex = f"{start.year:04d}{d.timex[4:]}" if d.timex else None
    return DateMention(timex, start, end, d.grain, start=d.start, end=d.end)


# ---------------------------------------------------------------- durations

_DURATION_UNITS: dict[str, list] = _WORDS["duration_units"]
_LOOKBACK = re.compile(r"(?i:\b(?P<dir>last|past|previous|preceding|next|coming|following)\s+)$")
_AGE = re.compile(r"\s*-?\s*(?:old|year-old|years?-old|of\s+age)\b|-old\b", re.IGNORECASE)


def describe_duration(quantity, norm: str, published: dt.date | None) -> Period | None:
    """The TIMEX3 duration (``P30Y``) of a quantity measured in time units, else ``None``.

    "the last 30 years" also names the period that ends at publication.

    >>> from types import SimpleNamespace as Q
    >>> t = "It was the worst in the last 30 years."
    >>> describe_duration(Q(start=t.index("30"), end=t.index("30") + 8, value=30.0, unit="year"), t,
    ...                   dt.date(2022, 2, 3))
    Period(timex='P30Y', date_start=datetime.date(1992, 2, 3), date_end=datetime.date(2022, 2, 3), grain=None)
    """
    unit = getattr(quantity, "unit", None)
    value = getattr(quantity, "value", None)
    if value is None or math.isnan(value):     # a range may carry only its ends ("two to three years")
        value = next((v for v in (getattr(quantity, "low", None), getattr(quantity, "high", None))
                      if v is not None and not math.isnan(v)), None)
    if not unit or value is None:
        return None
    key = str(unit).strip().lower()
    spec = _DURATION_UNITS.get(key) or _DURATION_UNITS.get(key.rstrip("s")) \
        or _DURATION_UNITS.get(key[:-2] if key.endswith("ies") else key)
    if spec is None:
        return None
    start, end = int(quantity.start), int(quantity.end)
    if _AGE.match(norm[end:end + 12]) or re.search(r"-year-old", norm[start:end + 10], re.IGNORECASE) \
            or re.search(r"(?i:\baged?)\s*$", norm[max(0, start - 6):start]):
        return None
    letter, is_time = spec
    amount = f"{value:g}" if float(value) != int(value) else str(int(value))
    timex = f"PT{amount}{letter}" if is_time else f"P{amount}{letter}"
    look = _LOOKBACK.search(norm, max(0, start - 30), start)
    if look is None or published is None or is_time:
        return Period(timex, None, None, None)
    other = _shift(published, letter, float(value) * (-1 if look.group("dir").lower() in
                                                        ("last", "past", "previous", "preceding") else 1))
    if other is None:
        return Period(timex, None, None, None)
    a, b = sorted((other, published))
    return Period(timex, a, b, None)


def _shift(d: dt.date, letter: str, amount: float) -> dt.date | None:
    """``d`` moved by ``amount`` units (TIMEX3 letter); whole months and years keep the day of month."""
    try:
        if letter == "D":
            return d + dt.timedelta(days=round(amount))
        if letter == "W":
            return d + dt.timedelta(days=round(7 * amount))
        months = round(amount * {"M": 1, "Y": 12, "DE": 120, "CE": 1200}[letter])
        y, m = _add_months(d.year, d.month, months)
        return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))
    except (ValueError, OverflowError, KeyError):
        return None
