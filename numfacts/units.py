"""The unit lexicon: our news units (``data/units_news.json``) over quantulum3's unit catalogue.

quantulum3's catalogue is read straight from its JSON files (never through its parser), once per process,
and filtered: symbols that are also English words or single letters ("in", "a", "u", "d") are dropped, since
"2,000 U.S.-based troops" must never be atomic mass units.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .numbers import Token
from .tables import data_json

#: How many tokens a unit surface may span ("kilometres per hour" is 3, "sq. ft." is 4).
MAX_UNIT_TOKENS = 5

# quantulum3 surfaces and symbols we never read as units: English words, single letters, and units
# that news text almost never means (a "quarter" of mass, a "span", a "drop").
_DENY = frozenset(["a", "an", "in", "at", "as", "is", "it", "be", "by", "do", "go", "he", "me", "my", "no", "of", "on", "or", "so", "to", "up", "us", "we", "am", "pm", "s", "t", "d", "h", "u", "b", "c", "q", "p", "y", "r", "g", "m", "l", "ft'", "pt", "gr", "ac", "st", "bu", "ct", "sb", "nt", "lm", "cd", "ha", "da", "pc", "fr", "gal", "rad", "span", "drop", "cup", "quarter", "league", "shake", "ell", "barn", "gray", "henry", "tesla", "gauss", "franklin", "pond", "quad", "nit", "dots", "set", "pack", "piece", "pair", "instance", "time", "count", "turn", "revolution", "cycle", "circle", "real", "won", "mill", "dime", "stone", "rhe", "tex", "den", "mho", "peck", "gross", "erg", "bar", "kip", "darcy", "langley", "denier", "katal", "cubit", "twip", "fathom", "furlong", "rod", "chain", "link", "point", "points", "mil", "lea", "bit", "bits", "byte", "bytes", "pixel", "dozen", "score"])
_SI_PREFIXES = {
    "E": "exa", "P": "peta", "T": "tera", "G": "giga", "M": "mega", "k": "kilo", "h": "hecto", "d": "deci",
    "c": "centi", "m": "milli", "µ": "micro", "μ": "micro", "n": "nano", "p": "pico", "f": "femto",
    "a": "atto", "z": "zepto", "y": "yocto",
}
# Prefixed quantulum units a news text might hold; the rest ("exagram", "attowatt") only add noise.
_PREFIXES_KEPT = frozenset(["kilo", "mega", "giga", "tera", "milli", "micro", "nano", "centi"])


@dataclass(frozen=True)
class Lexicon:
    """Surface (whitespace collapsed) -> canonical unit name, in three tables by how a surface is matched."""

    words: dict[str, str]       # lower-case surfaces, any spacing from the number
    symbols: dict[str, str]     # case-sensitive symbols, any spacing
    adjacent: dict[str, str]    # case-sensitive symbols read only when written against the number
    currency_prefix: dict[str, str | None]
    currency_suffix: dict[str, str]
    dollar_suffix: frozenset[str]
    per_words: frozenset[str]
    per_nouns: frozenset[str]
    per_adverbs: dict[str, str]         # "annually" after a unit: per year
    currencies: frozenset[str]
    starts: frozenset[str]              # lower-cased first tokens of every surface: a fast "no unit here"
    currency_ends: frozenset[str]       # last tokens of every currency prefix
    unit_before: dict[str, str]         # units written before the number ("magnitude 6.4")


def _quantulum_units() -> dict:
    """quantulum3's unit catalogue as a dict, or {} if the package is not installed."""
    try:
        import importlib.util
        spec = importlib.util.find_spec("quantulum3")
    except (ImportError, ValueError):
        return {}
    if spec is None or not spec.submodule_search_locations:
        return {}
    root = Path(next(iter(spec.submodule_search_locations)))
    try:
        return json.loads((root / "units.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def _plural(surface: str) -> str:
    last = surface.split()[-1]
    if last.endswith(("s", "x", "ch", "sh")):
        return surface + "es"
    if last.endswith("y") and not last.endswith(("ay", "ey", "oy")):
        return surface[:-1] + "ies"
    if last == "foot":
        return surface[:-4] + "feet"
    return surface + "s"


def _key(surface: str) -> str:
    return " ".join(surface.split())


@cache
def lexicon() -> Lexicon:
    """The unit lexicon (built once per process, about 10 ms).

    >>> lex = lexicon()
    >>> lex.words["kilometres"], lex.symbols["%"], lex.currency_prefix["$"]
    ('kilometre', 'percentage', 'dollar')
    """
    words: dict[str, str] = {}
    symbols: dict[str, str] = {}
    adjacent: dict[str, str] = {}
    # 1. quantulum3's catalogue: the long tail (pascals, lumens, teaspoons ...).
    for name, unit in sorted(_quantulum_units().items()):
        if unit.get("entity") in (None, "dimensionless", "currency"):
            continue
        for surface in unit.get("surfaces", []):
            low = _key(surface.lower())
            if low in _DENY or len(low) < 3:
                continue
            words.setdefault(low, name)
            words.setdefault(_plural(low), name)
        for symbol in unit.get("symbols", []):
            if symbol.lower() in _DENY or len(symbol) < 2 or symbol.isalpha() and symbol.islower() and len(symbol) < 3:
                continue
            symbols.setdefault(_key(symbol), name)
        for prefix in unit.get("prefixes") or []:
            pname = _SI_PREFIXES.get(prefix)
            if pname not in _PREFIXES_KEPT:
                continue
            for surface in unit.get("surfaces", [])[:1]:
                full = pname + surface.lower()
                words.setdefault(full, full)
                words.setdefault(_plural(full), full)
            for symbol in unit.get("symbols", [])[:1]:
                if len(prefix + symbol) >= 2:
                    symbols.setdefault(prefix + symbol, pname + unit.get("surfaces", [name])[0].lower())
    # 2. our news table wins over the catalogue.
    news = data_json("units_news.json")
    currencies = set()
    for name, entry in news["units"].items():
        for surface in entry.get("words", []):
            words[_key(surface.lower())] = name
        for symbol in entry.get("symbols", []):
            symbols[_key(symbol)] = name
        for symbol in entry.get("adjacent", []):
            adjacent[symbol] = name
    for name in list(news["currency_prefix"].values()) + list(news["currency_suffix"].values()):
        if name:
            currencies.add(name)
    for name, entry in news["units"].items():
        if entry.get("currency") or any(w in ("cent", "cents", "penny", "sen", "shekel") for w in entry.get("words", [])):
            currencies.add(name)
    for surface, name in words.items():
        if surface in ("dollar", "dollars", "euro", "yen", "rupee", "peso", "ruble", "ringgit", "shekel", "rand"):
            currencies.add(name)
    from .numbers import tokenize
    starts = {tokenize(x)[0].lower for table in (words, symbols, adjacent) for x in table if x.strip()}
    ends = {tokenize(x)[-1].text for x in news["currency_prefix"] if x.strip()}
    return Lexicon(words, symbols, adjacent, news["currency_prefix"], news["currency_suffix"],
                   frozenset(news["dollar_suffix"]), frozenset(news["per_words"]), frozenset(news["per_nouns"]),
                   news["per_adverbs"], frozenset(currencies), frozenset(starts), frozenset(ends), news["unit_before"])


def surface(norm: str, tokens: list[Token], i: int, n: int) -> str | None:
    """The text of tokens ``i .. i+n-1`` with spacing collapsed, or None if they are not close together."""
    if i + n > len(tokens):
        return None
    for k in range(i + 1, i + n):
        gap = tokens[k].start - tokens[k - 1].end
        if gap > 1 or gap == 1 and norm[tokens[k - 1].end] != " ":
            return None
    return norm[tokens[i].start:tokens[i + n - 1].end]


#: Unit symbols that are also quotation marks (feet and inches).
_QUOTE_SYMBOLS = frozenset({"'", '"'})


def match_unit(norm: str, tokens: list[Token], i: int, *, attached: bool) -> tuple[str, int] | None:
    """The longest unit written at token ``i``: ``(canonical name, index after it)`` or None.
    ``attached`` says the token touches the number (``5m``), which single-letter symbols need.

    >>> from numfacts.numbers import tokenize
    >>> toks = tokenize("87 miles per hour")
    >>> match_unit("87 miles per hour", toks, 1, attached=False)
    ('mile per hour', 4)
    """
    lex = lexicon()
    if i >= len(tokens) or tokens[i].lower not in lex.starts:
        return None
    for n in range(min(MAX_UNIT_TOKENS, len(tokens) - i), 0, -1):
        s = surface(norm, tokens, i, n)
        if s is None:
            continue
        # the unit must end at a word boundary: "5 mini" is not "5 min" + "i"
        if i + n < len(tokens) and tokens[i + n].start == tokens[i + n - 1].end and tokens[i + n].is_word \
                and tokens[i + n - 1].is_word:
            continue
        # a unit is never written against a digit that follows it: "TB2" is a name, not terabytes
        if i + n < len(tokens) and tokens[i + n].start == tokens[i + n - 1].end and tokens[i + n].text[0].isdigit():
            continue
        # a sign written against a word is no unit: "iPhone 14's", "5%s"
        if not tokens[i + n - 1].is_word and i + n < len(tokens) and tokens[i + n].start == tokens[i + n - 1].end \
                and tokens[i + n].is_word:
            continue
        if s in _QUOTE_SYMBOLS and sum(t.text == s for t in tokens[:i]) % 2:
            continue    # 'killed "more than 50" soldiers': a closing quote, not inches (tokens: one sentence)
        name = lex.symbols.get(s) or lex.words.get(s.lower())
        if name is None and n > 1 and "-" in s:
            name = lex.words.get(s.lower().replace("-", " "))     # "a 1,500-square-metre hall"
        if name is None and attached:
            name = lex.adjacent.get(s)
        if name is not None:
            return name, i + n
    return None
