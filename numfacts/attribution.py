"""Attribution: who stated each figure.

A rule-based reader over a lexicon of reporting expressions kept as data (``data/reporting_cues.tsv``) and
a table of the words that shape a speaker phrase (``data/attribution_words.tsv``). It works in three light
passes over the whole text and one bounded analysis per figure:

1. every reporting cue (one regular expression over the text) with the speaker phrase next to it, the
   side of the sentence it governs (its *content*), and the reading of pronouns and descriptions;
2. every capitalized name (one regular expression), so that "Smith" later reads as "Jane Smith" and
   "he" or "the company" finds the nearest compatible name before it: a pronoun the person opening its
   sentence (or the sentence before, when no one has spoken since), "the company" the nearest organization
   but never a place after "in"/"near", "the army" only a name that holds "army", "the survey" the poll
   named before it, and a headline's "minister says" the minister the story then names;
3. every direct quotation, paragraph by paragraph: an open quote without a close continues into the next
   paragraph that opens with a quote, and a quote with no cue of its own takes the speaker of the quote
   before it in the same run.

A figure inside a quote belongs to the quote's speaker, sources the quote cites included ('"we know, according
to the census, ..." Smith said' is Smith's: PolNeAR's annotators mostly give it to the quote's speaker);
otherwise to the cue of its sentence whose content holds it,
the smallest content winning, so nested attributions give the figure to the inner source. Some cues are
*weak* and yield to any verb cue over the same figure: stance verbs ("agreed to pay", "seeks"), statement
nouns after a possessor ("the mayor's estimate of"), poll respondents ("45 percent of renters said" inside
"a poll found"), a trailing "in the poll" and comma asides ("Smith, citing data from X, said"). A cue set
off by commas mid-sentence ("40 were held, police said, and 6 were hurt") reports the whole sentence.
Some phrases look like speakers and are not: an absolute "With all wards reporting, ..." is the tally's state; a
name inside a participle phrase ("Crews fighting the Pinecrest blaze said") yields to the head before it; a place
that "recorded" cases inside someone's words yields to them; a period ("April-June") is never a speaker nor what
"it" refers to. A contrast clause with a cue of its own ("..., she said, while the union wants 7%") owns its
figures.
A sentence with no cue stays the reporter's own (``None``) unless it continues a source: a poll read out over its
paragraph (poll shares over the next one too), an introduction ending in a colon, or reported speech
carried on by an additive opening ("Another 410 boats ...").

>>> text = 'Officials said 4,000 people left. "We expect 9,000 more," Jane Doe told reporters.'
>>> from numfacts.text import normalize, split_sentences
>>> [a.speaker for a in attribute(text, normalize(text), split_sentences(text), [(15, 20), (45, 50)])]
['officials', 'Jane Doe']
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from functools import lru_cache

from . import numbers
from .tables import data_lines
from .text import Sentence, phrase_pattern


@dataclass(frozen=True)
class Attribution:
    """The speaker of a figure: a normalized name, the words naming it and the reporting cue."""

    speaker: str | None
    speaker_text: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    cue: str | None = None


# ---------------------------------------------------------------- lexicon (data tables)

@dataclass(frozen=True)
class Cue:
    """One reporting expression from the lexicon."""

    form: str       # the surface form, lower case ("said", "according to")
    lemma: str
    side: str       # where the speaker stands: "before", "after" or "both"
    kind: str       # "speech", "evidence", "estimate" or "source"


def _rows(name: str) -> list[list[str]]:
    return [line.split("\t") for line in data_lines(name)]


@lru_cache(maxsize=1)
def cue_lexicon() -> dict[str, Cue]:
    """Every surface form of every reporting expression, lower case -> :class:`Cue`.

    >>> cue_lexicon()["according to"].side, cue_lexicon()["told"].lemma
    ('after', 'tell')
    """
    table: dict[str, Cue] = {}
    for lemma, forms, side, kind in _rows("reporting_cues.tsv"):
        for form in forms.split(","):
            known = table.get(form.strip())
            if known is None or known.side == "possessor" and side != "possessor":    # the verb reading first
                table[form.strip()] = Cue(form.strip(), lemma, side, kind)
    return table


@lru_cache(maxsize=1)
def statement_nouns() -> frozenset[str]:
    """Nouns that report a statement when a possessor stands before them ("the mayor's estimate of ...").

    >>> "plan" in statement_nouns(), "said" in statement_nouns()
    (True, False)
    """
    return frozenset(form.strip() for _, forms, side, _ in _rows("reporting_cues.tsv") if side == "possessor"
                     for form in forms.split(","))


@lru_cache(maxsize=1)
def word_classes() -> dict[str, frozenset[str]]:
    """Word -> its classes in ``attribution_words.tsv`` ("minister" -> {"title", "role"}).

    >>> sorted(word_classes()["minister"])
    ['role', 'title']
    """
    table: dict[str, set[str]] = {}
    for word, cls in _rows("attribution_words.tsv"):
        table.setdefault(word.strip(), set()).add(cls.strip())
    return {w: frozenset(c) for w, c in table.items()}


def _class_words(cls: str) -> frozenset[str]:
    """The words of one class of ``attribution_words.tsv`` ("stop" -> "and", "or", "said" ...)."""
    return frozenset(w for w, classes in word_classes().items() if cls in classes)


def _is(word: str, cls: str) -> bool:
    """Whether ``word`` has class ``cls``; capitalized classes match as written, the others lower-cased."""
    table = word_classes()
    if cls in ("orgname", "notname", "placename", "publicbody"):
        return cls in table.get(word, ())
    return cls in table.get(word.lower(), ())


@lru_cache(maxsize=1)
def _cue_pattern() -> re.Pattern[str]:
    forms = sorted(cue_lexicon(), key=lambda f: (-len(f), f))   # longest first, deterministic
    body = phrase_pattern(forms)   # a trie: hundreds of flat alternatives made this pass the slowest
    return re.compile(r"(?<![\w'-])(?:" + body + r")(?![\w'-])", re.IGNORECASE)


# ---------------------------------------------------------------- tokens

# A word (letters/digits joined by - ' . / &, so "U.S.", "Secretary-General", "Obama's", "CNN/ORC" stay
# whole) or one punctuation mark. No nested quantifiers: each joiner must be followed by a letter or digit.
_TOKEN = re.compile(r"[^\W_]+(?:[-'./&][^\W_]+)*\.?|[^\w\s]")


@dataclass(frozen=True)
class Token:
    start: int
    end: int
    word: str


def _token_index(toks: list[Token], pos: int) -> int:
    """The index of the first token starting at or after ``pos``."""
    return bisect.bisect_left(toks, pos, key=lambda t: t.start)


def _tokens(norm: str, start: int, end: int) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(norm, start, end):
        w = m.group(0)
        if len(w) > 1 and w.endswith(".") and not _keeps_dot(w):
            out.append(Token(m.start(), m.end() - 1, w[:-1]))
            out.append(Token(m.end() - 1, m.end(), "."))
        else:
            out.append(Token(m.start(), m.end(), w))
    return out


def _words(toks: list[Token]) -> list[str]:
    """The words of a phrase, a plural possessive kept whole ("the nurses' union" -> nurses', union).

    >>> _words(_tokens("the nurses' union", 0, 17))
    ['the', "nurses'", 'union']
    """
    out: list[str] = []
    for x, t in enumerate(toks):
        if t.word == "'":
            if out and x and toks[x - 1].end == t.start and out[-1].endswith("s"):
                out[-1] += "'"
            continue
        out.append(t.word)
    return out


def _keeps_dot(word: str) -> bool:
    """ "U.S.", "Sen.", "J." keep their period; "said." does not."""
    stem = word[:-1]
    return "." in stem or _is(word, "title") or _is(word, "notname") or (len(stem) == 1 and stem.isupper()) \
        or stem in ("Jr", "Sr", "St", "Co", "Inc", "Corp", "Ltd")


def _cap(word: str) -> bool:
    """A word that can be part of a name: capitalized ("Ruiz"), or a particle joined to one ("al-Mutairi")."""
    particle, hyphen, rest = word.partition("-")
    if hyphen and rest[:1].isupper() and _is(particle, "name_particle"):
        return True
    return word[:1].isupper() and not _is(word, "notname")


def _our_in_name(before: str, word: str, after: str) -> bool:
    """Whether ``word`` is the "Our" of a campaign's name, between two capitalized words ("Save Our Shore")."""
    return word == "Our" and _cap(before) and _cap(after)


def _possessor(word: str) -> str | None:
    """ "Obama's" -> "Obama"; other words -> None."""
    if word.endswith(("'s", "'S")):
        return word[:-2]
    return None


#: Words that join the parts of a name ("Bureau of Mines", "Shaw & Company").
_JOINERS = frozenset({"of", "for", "and", "&", "de", "del", "la", "van", "von", "bin", "al"})
#: Lowercase words that end a described speaker phrase walking backwards.
_STOP = _class_words("stop")


# ---------------------------------------------------------------- speaker phrases

@dataclass(frozen=True)
class Phrase:
    """A speaker phrase as found: its offsets, its name part and what kind of speaker it is."""

    start: int
    end: int
    name: str          # the normalized speaker ("Rosa Quint", "Danube Republic officials", "he")
    kind: str          # "person", "org", "group", "document", "pronoun", "speaker", "unknown"
    described: bool    # a description or pronoun that should be resolved to a name before it


def _phrase_ending(toks: list[Token], k: int, norm: str) -> Phrase | None:
    """The speaker phrase that ends at token ``k`` (inclusive), walking backwards, bounded to 12 tokens."""
    if k >= 0 and toks[k].word == ")":
        # "Rep. Jane Doe (D-Ohio)": the name before the parenthesis
        x = k - 1
        while x >= max(0, k - 8) and toks[x].word != "(":
            x -= 1
        k = x - 1 if x >= 0 and toks[x].word == "(" else -1
    if k < 0:
        return None
    head = toks[k]
    w = head.word
    low = w.lower()
    stem, _, clitic = low.partition("'")
    if clitic in ("ve", "s", "d", "ll", "re") and (_is(stem, "person") or _is(stem, "thing") or _is(stem, "speaker")
                                                 or _is(stem, "relative")):
        w = low = stem                                  # "they've suggested", "who's called for"
        head = Token(head.start, head.start + len(stem), stem)
    if low == "that" and k >= 1 and (_described_word(toks[k - 1].word.lower()) or _cap(toks[k - 1].word)):
        return _phrase_before(toks, k - 1, norm)        # "the polls that show ..."
    if low in ("there", "here") and k >= 1 and _described_word(toks[k - 1].word.lower()):
        return _phrase_before(toks, k - 1, norm)        # "officials there said"
    if _is(low, "relative") and low in ("who", "which"):
        # "Smith, who ..., said": the phrase before the comma in front of "who"
        j = k - 1
        # (past a time: "a count by the ferry office on Monday, which found ...")
        found = _phrase_before(toks, _skip_time(toks, j - 1 if j >= 0 and toks[j].word == "," else j), norm)
        # "Radu Ivanescu, chief economist at Kestrel Bank, who ...": the person the role describes
        named = _person_before(toks, found, ",") if found is not None else None
        if named is None and found is not None and not found.described and low == "who":
            # "Dr. Ana Ito of Orr Children's Hospital, who said ...": read forwards, the person the name opens with
            ahead = _phrase_after(toks, _token_index(toks, found.start))
            named = ahead if ahead is not None and ahead.kind == "person" else None
        return named or found or Phrase(head.start, head.end, low, "person" if low == "who" else "pronoun", True)
    if _is(low, "person") or _is(low, "speaker") or (_is(low, "thing") and low != "that"):
        kind = "speaker" if _is(low, "speaker") else ("person" if _is(low, "person") else "pronoun")
        return Phrase(head.start, head.end, low, kind, True)
    if w == "'" and k >= 1 and toks[k - 1].end == head.start:       # "Sanders' campaign" -> possessive
        return None
    if _cap(w) and not _is(w, "orgname") and w[1:].islower() and _described_word(low) \
            and (k == 0 or _is(toks[k - 1].word, "det") or not toks[k - 1].word[:1].isalpha()):
        return _description_before(toks, k)       # "Officials said" opening a sentence
    if _cap(w):
        named = _name_before(toks, k)
        if named is None:
            return None
        person = _person_before(toks, named, "of") if named.kind != "place" else None
        if person is not None:   # "Dr Ines Varga of the Brisa Institute said", "Dr Mo Li of the Orr Observatory said"
            return person
        if named.kind == "org":
            return _group_of(toks, named)
        x = k
        while x > 0 and toks[x - 1].start >= named.start:
            x -= 1      # the name's first token
        if x >= 2 and toks[x - 1].word.lower() in ("in", "near", "at") and _is(toks[x - 2].word.lower(), "org"):
            return _description_before(toks, x - 2) or named   # "the coast guard office in Pellby said"
        grouped = _group_of(toks, named)
        # (a name right after a locative is a place, however it reads: "Divers from the team sent to Kell Point say")
        opening = _opening_people(toks, x) if grouped is named and (named.kind in ("place", "unknown") or x >= 1 and
                                                                     toks[x - 1].word.lower() in _PLACE_PREPOSITIONS) \
            else None
        if opening is not None:
            # "Drivers of the coaches stuck near Pellworth said": the people the clause opens on
            return Phrase(toks[opening].start, named.end, " ".join(t.word for t in toks[opening:k + 1]), "group", False)
        return grouped
    if low in _STOP or not w[:1].isalpha() or low in ("million", "billion", "trillion", "bn", "mn") and k >= 1 \
            and toks[k - 1].word[:1].isdigit():
        return None     # (nor a sum: "short of the £6 million first reported")
    if low in ("site", "scene", "board", "duty") and k >= 2 and toks[k - 1].word.lower() in ("on", "at"):
        return _phrase_ending(toks, k - 2, norm)   # "Engineers on site say": the engineers
    described = _description_before(toks, k)
    last = k - 1 if k >= 2 and toks[k - 1].word.isalpha() and toks[k - 1].word.islower() \
        and toks[k - 1].word not in _STOP and _cap(toks[k - 2].word) else k   # "Saint-Aubin university hospital"
    if described is None and last >= 1 and _cap(toks[last - 1].word) and (
            _is(w.capitalize(), "orgname") or _is(low, "org")):
        # "a spokesman for St Mary hospital", "Orrin Valley clinic said": a name ending in a lower-case word for
        # an organization
        named = _name_before(toks, last - 1)
        if named is not None and named.kind == "person" and " of " in norm[named.end:head.start]:
            return named    # "Dr Ines Varga of Saint-Aubin hospital said": the person
        if named is not None:
            name = " ".join(t.word for t in toks[_token_index(toks, named.end):k + 1])
            return _group_of(toks, Phrase(named.start, head.end, f"{named.name} {name}".strip(), "org", False))
    if described is not None and low in _PLACE_NOUNS and described.name[:1].isupper():
        return _group_of(toks, described)   # "health officials in Harlow county said": the officials
    if described is not None and low in _TALLY_PLACES:
        x = _token_index(toks, described.start)
        if x >= 2 and _is(toks[x - 1].word, "role_link") and _people_word(toks[x - 2].word.lower()):
            return _description_before(toks, x - 2) or described   # "Hospitals in the region reported": them
        inner = _description_before(toks, x - 2) if x >= 2 and _is(toks[x - 1].word, "role_link") else None
        if inner is not None and inner.kind in ("group", "person") and _people_word(
                norm[inner.start:inner.end].split()[0].lower()):
            return inner    # "Drivers at a depot in the town centre said": the drivers
        if described.described and x >= 2 and toks[x - 1].word.lower() in ("in", "across", "around", "near") \
                and toks[x - 2].word.isalpha() and toks[x - 2].word.lower().endswith("s") \
                and toks[x - 2].word.lower() not in _STOP:
            # "Shops in the area say": the shops, not the area
            return Phrase(toks[x - 2].start, described.end, norm[toks[x - 2].start:described.end], "group", False)
    if described is not None and described.kind != "person":
        x = _token_index(toks, described.start)
        start = _opening_plural(toks, x - 2) if x >= 2 and toks[x - 1].word.lower() in ("in", "near", "at") else None
        start = start if start is not None else _opening_people(toks, x) if described.kind != "group" or not (
            _people_word(low) or _described_word(low)) else None   # ("Hikers angry at the park fee say")
        if start is not None:
            # "Cafes near the quay reported", "Members of the choir at St Ann's say": the cafes, the members, not
            # the quay or the church
            return Phrase(toks[start].start, described.end, norm[toks[start].start:described.end], "group", False)
    # "Noor Haddad of the health department said": the person, not the department
    return (_person_before(toks, described, "of") if described is not None else None) or described


def _phrase_before(toks: list[Token], k: int, norm: str) -> Phrase | None:
    """The speaker phrase that ends at token ``k`` (inclusive), walking backwards, bounded to 12 tokens; those
    "representing" it when they come before it ("Unions representing the 1,150 miners at the pit said")."""
    found = _phrase_ending(toks, k, norm)
    x = _token_index(toks, found.start) if found is not None else 0
    if found is not None and x >= 3 and toks[x - 1].word.lower() == "by" and toks[x - 2].word.lower() in _SEEN:
        # "figures obtained by the Chronicle show": the figures speak; the paper only came by them
        return _phrase_ending(toks, x - 3, norm) or found
    while x >= 2 and (toks[x - 1].word.lower() in ("the", "its", "their", "some", "about")
                      or toks[x - 1].word[:1].isdigit() or _digit_comma(toks, x - 1)):
        x -= 1      # (over "the 1,150" before "miners")
    if x >= 2 and toks[x - 1].word.lower() == "representing" and (
            _described_word(toks[x - 2].word.lower()) or _described_word(toks[x - 2].word.lower().removesuffix("s"))):
        return _phrase_ending(toks, x - 2, norm)
    return found


#: At most this many words of a relative clause between the people it is about and their cue ("a keeper who
#: asked not to be named told").
RELATIVE_REACH = 9


def _relative_head(toks: list[Token], k: int, norm: str) -> Phrase | None:
    """The people a relative clause ending at token ``k`` is about, when it runs unbroken to the cue ("a keeper
    who asked not to be named told ...", "residents who fled the blaze said"): they speak, not its last words."""
    w = k
    while w > 0 and k - w < RELATIVE_REACH and toks[w].word.lower() != "who" and toks[w].word[:1].isalnum():
        w -= 1
    if w < 1 or toks[w].word.lower() != "who" or w == k:
        return None
    head = _phrase_before(toks, w - 1, norm)
    if head is None or head.kind not in ("person", "group") or toks[w - 1].word == ",":
        return None
    return head


def _person_before(toks: list[Token], described: Phrase, link: str) -> Phrase | None:
    """A person's name right before a described speaker and ``link`` ("Ana Ruiz of the port authority",
    "Ana Ruiz, chief economist at X"), if the name is a person's."""
    i = first = _token_index(toks, described.start)
    if i >= 3 and (link != "," and toks[i - 1].word.lower() == "the" or link == "," and toks[i - 1].word.lower() in (
            "a", "an", "the")):
        i -= 1      # "Dr Ines Varga of the Brisa Institute", "Jun Sato, a grains analyst at Pell Research, who ..."
    if i < 2 or toks[i - 1].word.lower() != link or not _cap(toks[i - 2].word) or link == "," and not \
            any(_described_word(t.word.lower()) for t in toks[first:first + 3]):
        return None
    named = _name_before(toks, i - 2)
    return named if named is not None and named.kind == "person" else None


#: Words between a preposition and a place's name that leave the place the people's ("officials in nearby X").
_PLACE_ADJECTIVES = frozenset(["nearby", "neighbouring", "neighboring", "northern", "southern", "eastern", "western",
                               "central", "rural", "coastal", "downtown"])


def _group_of(toks: list[Token], named: Phrase) -> Phrase:
    """ "officials in the Danube Republic" -> "Danube Republic officials"; other names unchanged."""
    i = next((x for x, t in enumerate(toks) if t.start >= named.start), 0)
    if i >= 4 and toks[i - 1].word.lower() == "of" and toks[i - 2].word.lower() in _PLACE_NOUNS \
            and toks[i - 3].word.lower() == "the":
        i -= 3      # "authorities in the province of Lumbaro"
    if i >= 3 and (toks[i - 1].word.lower() in _PLACE_ADJECTIVES or toks[i - 1].word.endswith(("'s", "\u2019s"))
                   and _temporal(toks[i - 1].word[:-2])):
        i -= 1      # "officials in nearby Dunmere", "stewards at Saturday's Orchard Fair"
    head = toks[i - 2].word.lower() if i >= 2 else ""
    # (or a plural noun opening its clause: "Supermarkets in Serrano reported ...", not Serrano)
    opening = i >= 2 and _opening_plural(toks, i - 2) is not None
    if i >= 2 and toks[i - 1].word.lower() in ("in", "near", "at", "from", "for", "of", "on") \
            and (_people_word(head) or opening and toks[i - 1].word.lower() in ("in", "at", "near")):
        x = i - 2       # "health officials", "striking teachers": the words describing the group too
        while x > 0 and toks[x - 1].word.isalpha() and toks[x - 1].word.lower() not in _STOP \
                and not _is(toks[x - 1].word, "det") and x > i - 5:
            x -= 1
        words = " ".join(t.word.lower() for t in toks[x:i - 1])
        role = toks[i - 2].word.lower()     # "a spokeswoman for X" is one person, whom "she" may refer to
        kind = "person" if _is(role, "role") and not _is(role, "group") else "group"
        return Phrase(toks[x].start, named.end, f"{named.name} {words}", kind, False)
    return named


def _opening_people(toks: list[Token], k: int) -> int | None:
    """Where a clause opens on a plural noun for people that a phrase of prepositions runs on from to token ``k``
    ("Drivers of the coaches stuck near ...", "Members of the choir at ..."), if it does (bounded:
    12 tokens back, no punctuation between)."""
    x = k
    while x > 0 and k - x < 12 and toks[x - 1].word not in (",", ";", ":", '"'):
        x -= 1
    first = x + 1 if x < k and _is(toks[x].word.lower(), "det") else x
    head = toks[first].word.lower() if first < k else ""
    if not (head.endswith("s") and _people_word(head) or head in ("staff", "crew", "police")) or not any(
            toks[y].word.lower() in ("to", "for", "of", "in", "at", "near", "from", "with")
            for y in range(first + 1, min(first + 4, k))):
        return None
    return first


def _opening_plural(toks: list[Token], k: int) -> int | None:
    """Where a plural noun phrase opening its clause and ending at token ``k`` starts ("Supermarkets", "Rescue
    teams", "the hotels"), if it does (bounded: 3 words)."""
    head = toks[k].word.lower()
    if not (head.endswith("s") and not head.endswith("ss") and head.isalpha() and head not in _STOP):
        return None
    x = k
    while x > 0 and k - x < 2 and toks[x - 1].word.isalpha() and toks[x - 1].word.lower() not in _STOP \
            and not _is(toks[x - 1].word, "det") and (toks[x - 1].word.islower() or x - 1 == 0):
        x -= 1      # "Rescue teams", "local shops"
    return x if x == 0 or toks[x - 1].word in (",", ";") or _is(toks[x - 1].word, "det") else None


def _people_word(low: str) -> bool:
    """Whether a word describes people by their role or group ("officials", "spokesman", "engineers"), or
    names a group by a plural agent noun ("traders", "villagers", "organisers")."""
    return _is(low, "group") or _is(low, "role") or low.endswith("s") and _is(low[:-1], "role") \
        or low.endswith("sses") and _is(low[:-2], "role") \
        or low.endswith(_AGENT_SUFFIXES) and len(low) > 5


def _described_word(low: str) -> bool:
    return _is(low, "role") or _is(low, "group") or _is(low, "org") or _is(low, "document") or _is(low, "rule")


def _name_before(toks: list[Token], k: int) -> Phrase | None:
    """A capitalized name ending at ``k``, with any title or role words and their own names before it."""
    i = k
    modifiers = 0
    floor = max(0, k - 12)
    while i - 1 >= floor:
        prev = toks[i - 1].word
        if prev.endswith(("'s", "\u2019s")) and _temporal(prev[:-2]):
            break           # "Saturday's Orchard Fair": a day owns the event, it is no part of a name
        if _cap(prev) and prev not in ('"',):
            i -= 1
        elif i - 2 >= floor and _our_in_name(toks[i - 2].word, prev, toks[i].word):
            i -= 1          # "Keep Our Lanes": a campaign's name
        elif prev == "'" and i - 2 >= floor and _cap(toks[i - 2].word) and toks[i - 2].word.endswith("s") \
                and toks[i - 2].end == toks[i - 1].start:
            i -= 2          # "the Taxpayers' Alliance": a plural possessive inside the name
        elif prev.lower() in _JOINERS and i - 2 >= floor and _cap(toks[i - 2].word) and prev.lower() != "and" or prev.lower() in ("and", "&") and i - 2 >= floor and (
                _cap(toks[i - 2].word) or toks[i - 2].word == "'" and i - 3 >= floor and _cap(toks[i - 3].word)
                and toks[i - 3].word.endswith("s")) and (
                not _personlike(toks, i, k) or _is(toks[k].word, "orgname")
                or any(_is(t.word, "orgname") for t in toks[max(floor, i - 5):i - 1])):
            i -= 2      # "Fire and Rescue Service", "the Union of Rail and Transit Workers", "Bakers' and Allied ..."
        elif _is(prev, "title") or _is(prev, "role") or prev.islower() and _is(prev, "org"):
            i -= 1      # (and an organization's kind before its name: "operator Vialta", "retailer Marlow")
        elif prev.isalpha() and prev.islower() and prev not in _STOP and not prev.endswith("ed") and modifiers < 2 \
                and (_is(toks[i].word, "role") or _is(toks[i].word, "title") or modifiers
                     or toks[i].word.islower() and _is(toks[i].word, "org")):
            i -= 1              # "city building inspector Ana Ruiz": the words describing the role
            modifiers += 1
        else:
            break
    # "Dr Ana Cosic of Brevik General Hospital": a person's name before "of" is the speaker (a title inside the
    # organization's name does not cut it to "Hospital")
    of_at = next((j for j in range(i + 1, k) if toks[j].word == "of"), None)
    if of_at is not None:
        lead = [t.word for t in toks[i:of_at] if not (_is(t.word, "title") or _is(t.word, "role"))]
        if len(lead) >= 2 and all(_cap(w) for w in lead) and not any(_is(w, "orgname") for w in lead):
            return _name_before(toks, of_at - 1)
    # the name proper: the capitalized run after the last title/role/possessive word
    name_start = i
    # (an office a title owns is one name: "Harlan County Sheriff's Office", "the Mayor's Office")
    owned_office = _is(toks[k].word.lower(), "org") and any(
        (_is(owner.lower(), "title") or _is(owner.lower(), "role"))
        for t in toks[i:k] if (owner := _possessor(t.word)) is not None)
    # (nor does a title inside an organization's name cut it: "the Orm Justice Initiative")
    owned_office = owned_office or _is(toks[k].word, "orgname") and toks[i].word[:1].isupper() and not (
        _is(toks[i].word, "title") or _is(toks[i].word, "role"))
    # (nor a role word: "the Nurse Training Council", a run of capitals ending on an organization's word)
    first = i + 1 if toks[i].word.lower() in ("the", "a", "an") else i
    # (nor a possessive inside a name after a kind word: "the state Cattlemen's Association")
    cap = next((j for j in range(i, k + 1) if toks[j].word[:1].isupper()), k)
    if not owned_office and i < cap < k and _is(toks[k].word, "orgname") and all(
            _cap(t.word) and not (_is(t.word, "title") or _is(t.word, "role")) for t in toks[cap:k + 1]):
        owned_office, name_start = True, cap
    if not owned_office and first < k and _is(toks[k].word.lower(), "org") and all(
            _cap(t.word) and not _is(t.word, "title") for t in toks[first:k + 1]):
        owned_office, name_start = True, first
    for j in range(i, k + 1):
        word = toks[j].word
        if not owned_office and (_is(word, "title") or _is(word, "role") or word.islower() and _is(word, "org")
                                 or _possessor(word) is not None and j < k):
            name_start = j + 1
    if name_start > k or toks[name_start].word.lower() in _JOINERS:
        name_start = i      # all titles ("Secretary-General said") or an office ("Chief Inspector of Prisons")
    words = [t.word for t in toks[name_start:k + 1]]
    if _possessor(words[-1]) is not None and not (k + 1 < len(toks) and toks[k + 1].word in cue_lexicon() and (
            toks[k + 1].word in ("said", "says", "told") or toks[k + 1].word.endswith("ed"))):
        return None     # (but "Marlow's said": a name ending in a possessive, before its verb)
    name = " ".join(words).replace(" ' ", "' ")
    kind = _name_kind(words, titled=name_start > i and any(_is(t.word, "title") for t in toks[i:name_start]))
    start = toks[i].start
    if i - 1 >= 0 and toks[i - 1].word.lower() in ("the", "a", "an"):
        start = toks[i - 1].start
    return Phrase(start, toks[k].end, name, kind, False)


def _personlike(toks: list[Token], i: int, k: int) -> bool:
    """Whether the run i..k already reads as a person's name, so "X and Y Smith" is not one name."""
    return sum(1 for t in toks[i:k + 1] if _cap(t.word)) >= 2


#: Letters after a person's name ("Ana Ruiz KC", "Tom Hale MP").
_POSTNOMINALS = frozenset(["KC", "QC", "MP", "MEP", "MSP", "Jr", "Jr.", "Sr", "Sr.", "PhD", "OBE", "MBE", "CBE"])


def _name_kind(words: list[str], *, titled: bool) -> str:
    if len(words) == 1 and _ROAD.fullmatch(words[0]):
        return "place"      # "the M-14", "Route 9", "the A1": a road, no one to refer back to
    if len(words) >= 3 and words[-1] in _POSTNOMINALS and all(w[:1].isupper() and w[1:].islower() for w in words[:-1]):
        return "person"     # "Rupert Vane KC": a person, whose letters are no acronym of a body
    if any(_is(w, "orgname") for w in words) or any(w.isupper() and len(w) > 1 and "." not in w for w in words) \
            or "&" in words:
        return "org"        # ("Ferris & Lowe": a firm)
    if len(words) >= 2 and _is(words[0].lower(), "business"):
        return "org"        # "Developer Westwind", "Carmaker Velo": a business its trade stands before
    if "." in "".join(words) and all(len(w) <= 5 for w in words):      # "U.S.", "U.K."
        return "org"
    if not titled and len(words) >= 2 and (_is(words[-1], "placename") or _is(words[0], "placename")):
        return "place"      # "the shops on Mill Road", "Lake Orr": no one to refer back to
    if titled:
        return "person"
    if len(words) >= 2 and all(w[:1].isupper() and (w[1:].islower() or "-" in w or "'" in w or w.endswith("."))
                               for w in words):
        return "person"
    return "unknown"


#: A road's number as its name ("M-14", "A1", "I-95").
_ROAD = re.compile(r"[A-Z]{1,2}-?\d{1,3}")


def _modified(toks: list[Token], k: int) -> bool:
    """Whether a determiner or possessor stands up to five words before ``k`` with no name between ("The regional
    mountain rescue force"; a name there is read as one: "a spokesman for St Anselm hospital")."""
    for x in range(k - 1, max(-1, k - 6), -1):
        if _is(toks[x].word, "det") or _possessor(toks[x].word):
            return True
        if _cap(toks[x].word):
            return False
    return False


def _description_before(toks: list[Token], k: int) -> Phrase | None:
    """A described speaker ending at ``k``: "the minister", "Ohio county officials", "the latest poll"."""
    head = toks[k].word.lower()
    if head.endswith("'s") or head in ("percent", "cent") and k >= 1 and toks[k - 1].word[:1].isdigit():
        return None     # (nor a share of those asked: "while 30 percent say")
    headed = k >= 2 and toks[k - 1].word.lower() == "of" and any(
        _is(toks[k - 2].word.lower(), cls) for cls in ("role", "org", "title"))    # "the regional chamber of commerce"
    if not (_is(head, "role") or _is(head, "group") or _is(head, "org") or _is(head, "document") or _is(head, "rule")
            or head.endswith(("s", "men")) or headed or any(_is(t.word, "det") or _possessor(t.word)
                                                   for t in toks[max(0, k - 3):k]) or _modified(toks, k)):
        return None
    if k >= 2 and toks[k - 1].word.lower() == "of" and toks[k - 2].word.lower() in _TALLY_NOUNS \
            and not _described_word(head) and not (k >= 3 and toks[k - 3].word.lower() == "a"):
        return None     # "the number of tornadoes confirmed": what is counted (but "a number of readers" speak)
    i = k
    floor = max(0, k - 8)
    while i - 1 >= floor:
        prev = toks[i - 1].word
        low = prev.lower()
        if _is(low, "det") and low not in ("that",):
            i -= 1
            break
        if prev == "'" and i - 2 >= floor and toks[i - 2].end == toks[i - 1].start:
            i -= 1              # "Sanders' campaign"
            continue
        if low in ("of", "for") and i - 2 >= floor and _cap(toks[i - 2].word) and _cap(toks[i].word):
            i -= 2              # "the Friends of Ashcombe Libraries group", "a Department for Transport spokesman"
            continue
        if low == "and" and i - 2 >= floor and i < k and _is(head, "org") and toks[i].word.isalpha() and toks[i].word.islower() \
                and toks[i - 2].word.isalpha() and toks[i - 2].word.islower() and toks[i - 2].word not in _STOP:
            i -= 2              # "the fire and rescue service": one body's name, two nouns joined
            continue
        if low == "of" and i - 2 >= floor and toks[i - 2].word[:1].islower() and (
                _is(toks[i - 2].word, "role") or _is(toks[i - 2].word, "title") or _is(toks[i - 2].word, "org")):
            i -= 2              # "the former minister of trade", "the ministry of health": the first noun heads it
            head = toks[i].word.lower()
            continue
        if low == "far" and i - 2 >= floor and toks[i - 2].word.lower() == "so":
            break               # "So far bidders have offered"
        acronym = prev.isupper() and len(prev) > 1      # ("a WHO official": no relative "who")
        if not prev[:1].isalpha() or low in _STOP and not acronym or (low in cue_lexicon() and low not in statement_nouns()) or \
                (prev[:1].isupper() and _is(prev, "notname")) or \
                low.endswith("ing") and i - 2 >= 0 and toks[i - 2].word in (",", ";"):
            break       # ", beating analyst forecasts of": the participle takes the phrase as its object
        i -= 1
    before = toks[i - 2].word.lower() if i >= 2 else ""
    # (not "a spokesman for the company" nor "officials in Marl county": the firm and the place name them)
    if i >= 2 and toks[i - 1].word.lower() == "at" and _is(before, "org") and not _described_word(head):
        return _description_before(toks, i - 2)   # "the works council at its Munich offices": the council
    if i >= 2 and _is(toks[i - 1].word, "role_link") and before not in _QUANTIFIERS and (
            _people_word(before) or toks[i - 1].word.lower() == "on" and _is(before, "document")) \
            and not _is(head, "org") and head not in _PLACE_NOUNS:
        # "relatives of the captives", "a firefighter at the scene", "lawyers for those detained", "a report on
        # the economy"
        i -= 2
        head = toks[i].word.lower()
        if i >= 1 and _is(toks[i - 1].word.lower(), "det"):
            i -= 1
    if i < k - 1 and toks[i].word.lower() in ("a", "an") and _is(head, "group") and (head.endswith("s") or head in (
            "police", "people")):
        i = k       # "a crowd police estimated at 3,000": no "a" opens a plural; the group is a clause's subject
    words = _words(toks[i:k + 1])
    if len(words) > 2 and words[0].lower() in _POSSESSIVE_DETS and words[1].lower() == "own":
        words = [words[0], *words[2:]]      # "its own count": the owner's count
    names = [w for w in words if w[:1].isupper() and not _is(w, "det")
             and not (w[1:].islower() and _described_word(w.lower().rstrip("'")))]     # "Officials" opening a sentence
    if _is(head, "document") or _is(head, "rule"):
        kind = "document"
    elif _is(head, "group"):
        kind = "group"
    elif _is(head, "org"):
        kind = "org"
    elif _is(head, "role"):
        kind = "person"
    else:
        kind = "group"
    text = " ".join(words)
    # only a short description is read as a reference ("the minister"); "the vulture fund manager" names itself
    bare = not names and len(words) <= 2 and (
        words[0].lower() in ("the", "this", "that", "these", "those", "its", "his", "her", "their") or len(words) == 1)
    # (a determiner after "of" stays: "organisers of the rally")
    name = text.lower() if bare else " ".join(w for x, w in enumerate(words) if not _is(w, "det") or w[:1].isupper()
                                              and w.lower() not in ("the", "a", "an")
                                              or x and words[x - 1].lower() in _JOINERS)
    # "the software company", "the state carrier": a business with one word of its trade still refers back to
    # the one the text has named (else it stays as written); "the transport authority" names a body itself
    kind_of_business = _is(head, "business") and not names and len(words) == 3 and words[0].lower() == "the" \
        and words[1].isalpha()
    return Phrase(toks[i].start, toks[k].end, name, kind, bare or kind_of_business)


def _head_word(word: str) -> bool:
    """A word that can end a speaker phrase: a name, or a described speaker ("officials", "poll")."""
    return _cap(word) or _described_word(word.lower()) or word.endswith(_AGENT_SUFFIXES)


#: Endings of plural nouns for people ("regulators", "economists", "historians"): they can head a speaker.
_AGENT_SUFFIXES = ("ers", "ors", "ists", "ians", "ants", "ents", "men")   # ("fishermen", "crewmen")


#: Participles by which the reporter says how it came by a document ("a memo seen by the Courier").
_SEEN = frozenset(["seen", "obtained", "reviewed", "viewed"])


def _phrase_after(toks: list[Token], k: int, depth: int = 0) -> Phrase | None:
    """The speaker phrase starting at token ``k``: "according to [a report by] the ministry" -> the ministry."""
    n = len(toks)
    i = k
    possessive = False
    while i < n and i < k + 2 and _is(toks[i].word, "det"):
        possessive = possessive or toks[i].word.lower() in ("his", "her", "its", "their", "our", "my")
        i += 1
    if possessive and i + 1 < n and toks[i].word.lower() == "own":
        i += 1      # "according to its own report": the owner's report
    if i >= n:
        return None
    if i == k and (_is(toks[i].word, "person") or _is(toks[i].word, "thing")) and toks[i].word.lower() != "that":
        return Phrase(toks[i].start, toks[i].end, toks[i].word.lower(), "person", True)
    j = i
    named_end = i       # the end of an "<org> of <noun>" name, which no trimming cuts
    limit = min(n, i + 10)
    while j < limit:
        w = toks[j].word
        low = w.lower()
        if j == i and i > k and (w in _MONTHS or low in _WEEKDAYS):
            j += 1          # "a September poll", "Wednesday's survey"
            continue
        if j > i and w.islower() and low.endswith("ed") and len(low) > 4 and _head_word(toks[j - 1].word):
            break           # "Lena Marsh attacked ...": a past-tense verb ends the subject
        if j > i and w.islower() and low.endswith("s") and j + 1 < n and any(
                _is(toks[j - 1].word, cls) for cls in ("org", "role")) and (
                toks[j + 1].word[:1].isdigit() or _is(toks[j + 1].word, "det") or toks[j + 1].word.lower() in (
                "about", "around", "some", "nearly", "almost", "more", "over", "up")):
            break           # "the guild represents about 700 potters": a present-tense verb ends it
        if w == "'" and j > i and toks[j - 1].end == toks[j].start and toks[j - 1].word.endswith("s") \
                and j + 1 < limit and toks[j + 1].word[:1].isalpha():
            j += 1          # "the hoteliers' association", "the Taxpayers' Alliance"
            continue
        if low == "and" and j > i and _cap(toks[j - 1].word) and _org_after_and(toks, j, limit):
            j += 1          # "the Orr and Tane Water Board": one organization's name
            continue
        if j > i and j + 1 < limit and _our_in_name(toks[j - 1].word, w, toks[j + 1].word):
            j += 1          # "Save Our Shore": a campaign's name
            continue
        if low == "the" and j > i and toks[j - 1].word.islower() and (_is(toks[j - 1].word, "org") or toks[
                j - 1].word == "body") and j + 1 < limit and _cap(toks[j + 1].word) and depth < 3:
            # "according to trade body the Rough Stone Council": the name the description stands before
            return _phrase_after(toks, j, depth + 1)
        if low == "of" and j > i and toks[j - 1].word.islower() and _is(toks[j - 1].word, "org") and j + 1 < limit \
                and toks[j + 1].word.isalpha() and toks[j + 1].word.islower() and toks[j + 1].word not in _STOP \
                and not _is(toks[j + 1].word, "det"):
            j += 2          # "the chamber of commerce", "the department of transport": one body's name
            named_end = j
            continue
        if _cap(w) or (w[:1].isdigit() and j + 1 < limit and toks[j + 1].word[:1].isalpha()) or low in _JOINERS and low != "and" and j + 1 < limit and (
                _cap(toks[j + 1].word) or (toks[j + 1].word.lower() == "the" and j + 2 < limit
                                           and _cap(toks[j + 2].word))) or low == "the" and j > i and toks[j - 1].word.lower() in _JOINERS or w[:1].isalpha() and w[:1].islower() and low not in _STOP and not _is(low, "det"):
            j += 1
        else:
            break
    for x in range(i, j - 1):
        if (_is(toks[x].word.lower(), "document") or _is(toks[x].word.lower(), "rule")) and any(
                toks[y].word.lower() in _PUBLISHED for y in range(x + 2, min(n, j + 1))) and not (
                _possessor(toks[x + 1].word) or x + 2 < n and toks[x + 2].word == "'"):   # (not "statistics bureau's")
            if toks[x + 1].word.lower() == "it" and toks[x + 2].word.lower() in _PUBLISHED:
                # "according to figures it released": whoever "it" is, as for "it said"
                return Phrase(toks[x + 1].start, toks[x + 1].end, "it", "person", True)
            j = x + 1       # "a memo the council released Friday": the document, not its authors
            break
    if i < j < n and _is(toks[j - 1].word, "copy") and toks[j].word == "of" and depth < 3:
        return _phrase_after(toks, j + 1, depth + 1)    # "according to excerpts of the audit": the audit
    while j > max(i, named_end) and not _head_word(toks[j - 1].word):
        j -= 1
    if j == i:
        return None
    words = _words(toks[i:j])
    head = words[-1]
    # "a report by X", "figures released Friday by X", "the average of polls compiled by X": the inner source
    if (_is(head.lower(), "document") or _is(head.lower(), "rule")) and depth < 3:
        for x in range(j, min(n, j + 4)):
            low = toks[x].word.lower()
            if low == "by" and toks[x - 1].word.lower() in _SEEN:
                break       # "an internal report seen by the Courier": the paper saw it, the report says it
            if low in ("by", "from") or (low == "of" and x == j):
                # (any plain noun phrase after "by" or "from": "figures from the coast guard"; not "polls by
                # nearly 9 points")
                inner = _phrase_after(toks, x + 1, depth + 1)
                plain = _agent_after(toks, x + 1) if inner is None and low != "of" else None
                if plain is not None:
                    after = next((t.word for t in toks[x + 1:] if t.start >= plain.end), "")
                    inner = plain if after[:1] in ("", ",", ".", ";") else None
                if inner is not None and (not inner.described or low != "of"):
                    return inner
                break
            if not toks[x].word[:1].isalpha():
                break
    caps = [w for w in words if w[:1].isupper()]
    start = toks[k].start
    end = toks[j - 1].end
    if caps and not _is(head.lower(), "document") and not _is(head.lower(), "rule") and not (
            head[:1].islower() and (_is(head, "group") or _is(head, "org"))):   # "the Velmora health ministry"
        # "Dr Ana Cosic of Brevik General Hospital": the person; a title inside the "of" name is its own
        cut = words.index("of") if "of" in words[2:] else len(words)
        if cut < len(words) and sum(w[:1].isupper() and not _is(w, "title") for w in words[:cut]) >= 2 \
                and not _is(words[cut - 1], "orgname"):     # (but "the Royal College of Nursing" is one name)
            words = words[:cut]     # (the phrase still spans the organization: its end is where the verb is)
        last_title = max((x for x, w in enumerate(words) if (_is(w, "title") or _is(w, "role"))
                          and not (x >= 1 and words[x - 1] == "of")), default=-1)   # (not "Ministry of Justice")
        tail = words[last_title + 1:]
        if tail and not tail[0][:1].isupper() and any(w[:1].isupper() for w in tail):
            tail = tail[next(x for x, w in enumerate(tail) if w[:1].isupper()):]   # "the state Office of X"
        kind = max((x for x, w in enumerate(tail) if w.islower() and (_is(w, "org") or _is(w, "group"))
                    and any(_cap(v) for v in tail[x + 1:])), default=-1)
        tail = tail[kind + 1:]      # "Consumer group FairBill": the name after its kind
        name_words = [w for x, w in enumerate(tail) if _cap(w) or w.lower() in _JOINERS or 0 < x < len(tail) - 1
                      and _our_in_name(tail[x - 1], w, tail[x + 1])] if tail and tail[0][:1].isupper() else caps
        titled = last_title >= 0 and _is(words[last_title], "title")
        name_words = [w[:-2] if _possessor(w) and x == len(name_words) - 1 else w for x, w in enumerate(name_words)]
        return Phrase(start, end, " ".join(name_words), _name_kind(name_words, titled=titled), False)
    low_head = head.lower()
    kind = "document" if _is(low_head, "document") or _is(low_head, "rule") else ("group" if _is(low_head, "group") else
                                                         "org" if _is(low_head, "org") else "person")
    org_start = j + 2 if j + 2 < n and toks[j + 1].word.lower() == "the" else j + 1
    if kind == "group" and not caps and org_start < n and toks[j].word.lower() in ("at", "from") \
            and _cap(toks[org_start].word):
        named = org_start       # "according to analysts at Corvid Data": its analysts
        while named + 1 < n and _cap(toks[named + 1].word) and named - org_start < 4:
            named += 1
        org = " ".join(_words(toks[org_start:named + 1]))
        return Phrase(start, toks[named].end, f"{org} {' '.join(words).lower()}", "group", False)
    described = not caps and (len(words) <= 1 or possessive and kind == "document" and len(words) <= 3) and (
        possessive or toks[k].word.lower() in ("the", "this", "that", "these", "those"))   # ("its annual report")
    name = " ".join(words)
    if not caps:
        name = name.lower()
    if described and possessive and toks[k].word.lower() in _POSSESSIVE_DETS:
        name = f"{toks[k].word.lower()} {name}"        # "his campaign": resolved to the owner's campaign
    elif described and toks[k].word.lower() == "the":
        name = f"the {name}"        # "according to the club": a reference, shown as one when nothing resolves it
    return Phrase(start, end, name, kind, described)


# ---------------------------------------------------------------- claims: cue + speaker + content

@dataclass(frozen=True)
class Claim:
    """A reporting cue in a sentence, its speaker phrase and the part of the sentence it governs."""

    cue_start: int
    cue_end: int
    cue: str
    speaker: Phrase
    content_start: int
    content_end: int
    rank: int
    #: a statement noun after a possessor ("the mayor's estimate") or a trailing "in a poll" / comma aside:
    #: such a claim never introduces a quote
    minor: bool = False
    #: the end of the cue's own time and place words ("said on Monday,", "warned in 2019 that"): a figure there
    #: dates the statement and is not its content
    aside_end: int = 0


_TAIL_OK = _class_words("tail_ok")


def _claims_in(norm: str, sent: Sentence, toks: list[Token], hits: list[tuple[int, int]]) -> list[Claim]:
    """The claims made by the cue hits of one sentence (hits are (start, end) of cue forms)."""
    out: list[Claim] = []
    starts = [t.start for t in toks]
    for c0, c1 in hits:
        i = bisect.bisect_left(starts, c0)
        j = bisect.bisect_left(starts, c1)
        if i >= len(toks) or toks[i].start != c0:
            continue
        form = " ".join(norm[c0:c1].lower().split())
        cue = cue_lexicon().get(form)
        if cue is None:
            continue
        if norm[c0].isupper() and i > 0 and toks[i - 1].word[:1].isalnum():
            continue        # "United States", "FEWER THAN FEARED": part of a name or a headline
        claim = _claim(norm, sent, toks, i, j, cue)
        if claim is not None:
            out.append(claim)
    # a cue inside another claim's source phrase is part of its name ("according to an internal incident report
    # seen by the Courier": no "incident" reports anything)
    return [c for c in out if not any(d is not c and _in_source(d, c.cue_start, c.cue_start + 1) for d in out)]


def _in_source(claim: Claim, start: int, end: int) -> bool:
    """Whether a span lies in the source phrase a claim names after its cue ("according to two people familiar
    with ...")."""
    return claim.cue_end <= claim.speaker.start < end and start < claim.speaker.end


#: Words after "put ... at" that make it no estimate ("could put 9,000 jobs at risk").
_NOT_ESTIMATES = frozenset(["risk", "stake", "ease", "bay", "rest"])
#: Words before "in" that make what follows an activity someone joined ("took part in the survey"), no source.
_TAKING_PART = frozenset(["part", "participated", "participating", "involved", "joined", "helped", "enrolled"])
#: Words that may follow a document named after "in" ("in a poll by X", "in the survey last week").
_DOCUMENT_FOLLOWERS = frozenset(["by", "for", "and", "or", "last", "this", "that", "which", "published", "released"])
#: Verbs whose subject is what states a figure: a cue right before one is that subject, a noun.
_DOCUMENT_VERBS = frozenset(["show", "shows", "showed", "say", "says", "said", "suggest", "suggests", "suggested",
                             "indicate", "indicates", "indicated", "reveal", "reveals", "revealed"])


#: Adjectives that make the statement noun after them a noun ("total claims", "average claim").
_TALLY_ADJECTIVES = frozenset(["total", "average", "annual", "monthly", "weekly", "daily", "overall", "combined",
                               "official", "earlier", "previous", "initial", "latest", "preliminary", "revised",
                               "original", "independent", "rival"])


def _bare_noun(toks: list[Token], i: int, cue: Cue) -> bool:
    """Whether a cue in its bare form (``demand``, ``find``, ``project``) reads as a noun: after a name that
    follows a determiner ("the Marra find"), before an auxiliary ("the road project will"), or after one
    capitalized singular word opening the sentence, which a plural verb cannot agree with ("Peak load hit").

    >>> lex = cue_lexicon()
    >>> _bare_noun(_tokens("Analysts put the Marra find at 9", 0, 32), 4, lex["find"])
    True
    >>> _bare_noun(_tokens("Farmers demand 9", 0, 16), 1, lex["demand"])
    False
    """
    form = cue.form
    nxt = toks[i + 1].word.lower() if i + 1 < len(toks) else ""
    if (nxt in _DOCUMENT_VERBS or nxt.endswith("ed") and nxt in cue_lexicon() and (
            _is(form, "document") or form in statement_nouns())) and " " not in form and not form.endswith(("ed", "ing")):
        # "court records show", "police reports say", "a government report estimated": the subject of the verb after
        return True
    prev = toks[i - 1].word if i else ""
    statement_noun = cue.lemma in statement_nouns() and form in (cue.lemma, cue.lemma + "s")
    if statement_noun and prev.lower() in _TALLY_ADJECTIVES:
        return True     # "Total claims stood at 7,400": a noun its adjective describes
    if statement_noun and i >= 2 and (prev == "," or (
            prev.isalpha() and prev.islower() and not any(_is(prev, cls) for cls in ("det", "person", "relative")))) \
            and (nxt in _FINITE_AUX or nxt in ("have", "were") or form != cue.lemma and (
                nxt.endswith("ed") or _is(nxt, "past_verb"))) \
            and any(t.word.lower() in _NOUN_DETS or _possessor(t.word) or t.word == "," for t in toks[max(0, i - 4):i]):
        # "the average home claim was $38,000", "in 2019, claims totalled 12,500": a noun, then the sentence's verb
        return True
    if form != cue.lemma or form.endswith(("ed", "ing")) or " " in form or cue.lemma == "say":
        return False
    if i == 1 and _cap(prev) and not prev.endswith("s") and cue.lemma not in _SAME_PAST and not any(
            _is(prev, cls) for cls in ("group", "role", "org", "speaker", "person", "thing", "orgname", "det")):
        return True     # "Peak load hit": a plural verb cannot agree with one singular word
    if prev.lower() in ("million", "billion", "trillion", "bn"):
        return True     # "the $900 million plan": a noun after its sum
    if i >= 2 and prev.islower() and prev.endswith("ing") and any(
            t.word.lower() in _NOUN_DETS or _possessor(t.word) or t.word[:1].isdigit() for t in toks[max(0, i - 4):i - 1]):
        return True     # "the waiting list stood at", "a spending plan worth": a noun after its modifier
    if i >= 2 and prev.isalpha() and prev.islower() and not _is(prev, "det") and (
            nxt in _FINITE_AUX and toks[i - 2].word.lower() in _NOUN_DETS or cue.lemma not in _SAME_PAST and any(
                toks[x].word.lower() in ("a", "an") and all(t.word.isalpha() and t.word.islower() and t.word not in _STOP
                                                          for t in toks[x + 1:i]) for x in range(max(0, i - 4), i - 1))):
        # "the full claim would cost": a noun and its adjective, then the sentence's verb; "a recovery plan
        # requiring", "a typical storm claim now averages": no verb agrees with "a <noun>" in its bare form
        return True
    if form in statement_nouns() or _is(form, "document") or _is(form, "rule"):
        return False    # "the FEC report covering", "a new Labor Department rule will": nouns that are sources
    singular = prev[:1].isalpha() and not prev.endswith("s") and not any(
        _is(prev, cls) for cls in ("person", "thing", "speaker"))     # not "a step they believe could"
    agent = i >= 4 and toks[i - 3].word.lower() == "by" and toks[i - 4].word.endswith("ed")
    x = i - 1
    while x > 0 and (_cap(toks[x].word) or toks[x].word == "&" and x < i - 1):
        x -= 1
    if i >= 2 and singular and _cap(prev) and toks[x].word.lower() in _NOUN_DETS and not agent \
            and not (x >= 1 and toks[x - 1].word.lower() == "and") and cue.lemma not in _SAME_PAST:
        # "the Marra find", "the Orr & Lane recall" (not "figures obtained by the Post show", nor "the union and
        # the Red Cross estimate", nor a past tense a singular name takes: "The Orr Dock Board put the loss at")
        return True
    # not "what polls show is": a plural subject agrees with the verb; nor "the ministry put lost earnings at": a
    # past tense whose present no singular noun takes; "Orvel's brake recall affects": a possessed noun, then the
    # sentence's verb in -s
    possessed = form not in _DOCUMENT_VERBS and any(_possessor(t.word) for t in toks[max(0, i - 3):i])
    return i >= 2 and singular and (nxt in _FINITE_AUX or cue.lemma not in _SAME_PAST and (
        nxt.endswith("ed") or _is(nxt, "past_verb")) or possessed and nxt.isalpha() and nxt.endswith("s")
        and not nxt.endswith("ss") and nxt not in _STOP) and (possessed or any(
            t.word.lower() in _NOUN_DETS for t in toks[max(0, i - 3):i]))


def _told_to(toks: list[Token], j: int, reach: int = 8) -> bool:
    """Whether the words after "told" (from token ``j``) are its object, then "to" and a verb ("told 300 staff to
    stay home"), with no clause of their own between ("told reporters 40 people had come to help" is a statement)."""
    if j + 1 < len(toks) and toks[j].word.lower() in ("us", "me", "him", "her", "them", "reporters") \
            and (_is(toks[j + 1].word.lower(), "det") or toks[j + 1].word[:1].isdigit()):
        return False    # "told us one helicopter trip with supplies costs €1,700": a clause of its own
    for k in range(j, min(len(toks) - 1, j + reach)):
        word = toks[k].word.lower()
        if word in (",", ";", "that") and not _digit_comma(toks, k) or word in _FINITE_AUX or word.endswith("ed") \
                or _is(word, "past_verb"):
            return False
        if word == "to" and k > j:
            after = toks[k + 1].word
            return after.isalpha() and after.islower() and not _is(after, "det")
    return False


#: Verbs by which people the text does not name come by a count ("officials have confirmed 212 cases")
_TALLY_VERBS = frozenset({"confirm", "record", "count", "tally", "find"})


#: Verbs that, right after a statement noun's plural, make it their subject ("estimates ran", "forecasts vary")
_NOUN_VERBS = frozenset({"ran", "run", "runs", "rose", "rise", "fell", "fall", "vary", "varies", "range", "ranges",
                         "were", "are", "have", "had", "differ", "differs", "came", "come", "went", "go"})


def _claim(norm: str, sent: Sentence, toks: list[Token], i: int, j: int, cue: Cue) -> Claim | None:
    prev = toks[i - 1].word.lower() if i else ""
    if cue.kind == "figure-source":
        # "The 90 percent figure came from the campaign": a source only after a figure noun
        if not any(_is(t.word, "figure") or _is(t.word, "document") for t in toks[max(0, i - 7):i]):
            return None
        cue = Cue(cue.form, cue.lemma, cue.side, "source")
    if cue.kind == "figure-revision":
        # ("revised turnout up to 61.8%": only figures are revised)
        if not cue.form.startswith("revis") and not _gives_figure(toks, j, ("to", "from")):
            return None  # "raised prices to N": an act; "raised the death toll to N": a report
        cue = Cue(cue.form, cue.lemma, cue.side, "estimate")
    if cue.kind == "figure-verb":
        # "police gave a lower figure of 15,000": any subject estimates; "the poll gave Smith 40 percent": a document
        cue = Cue(cue.form, cue.lemma, cue.side, "estimate" if _gives_figure(toks, j) else "document-verb")
    if cue.form in statement_nouns() or cue.form.split()[0] in statement_nouns() or prev in _POSSESSIVE_DETS:
        # ("the guild has cut its demand to 6%": a stance noun is someone's too)
        owned = _possessive_claim(norm, sent, toks, i, i + 1 if cue.form not in statement_nouns() else j)
        if owned is not None or cue.side == "possessor":
            return owned        # "my tax plan would ...": a noun even where a verb reading exists
    purpose = prev == "to" and cue.lemma not in _NOT_PURPOSES and cue.kind in ("speech", "stance") and i >= 2 \
        and toks[i - 2].word.lower() not in ("want", "wants", "wanted", "going", "able", "have", "has", "had")
    if cue.kind != "source" and (_is(prev, "det") and prev not in ("that", "this") or prev == "to" and not purpose):
        return None      # "an estimated 400", "the reported cases", "to say"
    after = j
    while after < len(toks) and (toks[after].word.lower() in _WEEKDAYS or toks[after].word.lower() in (
            "today", "yesterday", "earlier", "last", "this", "week", "month", "year", "on")):
        after += 1
    if cue.form.endswith("ed") and after < len(toks) and toks[after].word.lower() in _FINITE_AUX - {"has", "had"} \
            and i >= 2 and toks[i - 1].word.isalpha() and toks[i - 1].word.islower() \
            and any(t.word.lower() in _NOUN_DETS for t in toks[max(0, i - 4):i - 1]) \
            and not any(t.word.lower() == "what" for t in toks[max(0, i - 4):i]):
        return None      # "the rent rise announced today will add": a participle, the noun the sentence's subject
    if cue.lemma == "value" and cue.form.endswith("ed") and j < len(toks) and toks[j].word.lower() in (
            "at", "below", "above", "under", "over", "between", "from", "up"):
        return None      # "Boats valued over €90,000 pay the levy": a participle describing the boats, no one's valuation
    counted = (prev[:1].isdigit() or prev in _NUMBER_WORDS) and not (
        i >= 2 and toks[i - 2].word.lower() in ("to", "and", "or", "-"))      # "aged 18 to 30 shows" is a verb
    if cue.kind != "source" and cue.form.split()[0].endswith("s") and (counted or prev in _QUANTIFIERS or (
            prev in cue_lexicon() and prev.endswith("ed") and cue_lexicon()[prev].kind not in ("source", "document",
                                                                                              "rule"))
            or prev.endswith("ed") and prev.isalpha() and prev.islower() and prev not in cue_lexicon()):
        # "the last three counties", "denounced claims that", "had printed notes": a plural noun, not a verb
        return None
    nxt = toks[j].word.lower() if j < len(toks) else ""
    if cue.form.endswith("s") and cue.form in statement_nouns() and i and nxt not in cue_lexicon() and (
            nxt in _NOUN_VERBS or nxt.endswith("ed") and nxt.isalpha()):
        return None      # "Repair estimates ran to $2 million": a plural noun, the subject of the verb after it
    if cue.form.endswith("ed") and _is(prev, "figure") and i >= 2 and _is(toks[i - 2].word, "det") \
            and _by_after_day(toks, j) is None:
        return None      # "short of the figure announced on Tuesday": a participle after its noun, no agent named
    if cue.lemma == "point to" and (prev in ("percentage", "basis") or prev[:1].isdigit() or prev in _NUMBER_WORDS):
        return None      # "fell half a percentage point to 6.8%": a unit and a preposition
    if cue.lemma == "find" and nxt != "that" and (_figure_next(toks, j) or _is(nxt, "found_where")) and not any(
            _is(t.word, "document") for t in toks[max(0, i - 12):i]):
        return None      # "rescuers have found 38 bodies", "a trader found after 26 hours": not a finding
    if cue.lemma == "report" and cue.form.endswith("ed") and _is(nxt, "reported_state"):
        return None      # "the number of children reported sick", "12 reported missing": a state, not a report
    if cue.lemma == "report" and cue.form.endswith("ing") and prev.isalpha() and prev.islower() and prev not in _STOP \
            and nxt.isalpha() and nxt.islower() and nxt != "that" and not _is(nxt, "det") and not _figure_next(toks, j):
        return None      # "the number of people reporting symptoms": those who have them, not a report
    if (cue.form, nxt) in _COMPOUNDS or cue.form.endswith("ing") and nxt.isalpha() and _is(nxt, "org"):
        return None      # "an independent think tank", "the avalanche warning service": a noun
    if _is(cue.lemma, "act_before_to") and nxt == "to":
        return None      # "responded to 230 calls", "offered to run two branches": an act, not a statement
    if _is(cue.lemma, "act_before_into") and nxt == "into":
        return None      # "Storm Ilse slammed into the coast": a blow, not a criticism
    if cue.lemma in ("charge", "answer") and _figure_next(toks, j):
        return None      # "charged 41 drivers with speeding", "answered 310 calls": an act, not words voiced
    if cue.lemma == "tell" and _told_to(toks, j):
        return None      # "told all 1,250 of its students to stay at home": an order, not a statement
    if cue.lemma == "add" and (nxt == "up" or prev == "with" or _figure_next(toks, j)):
        return None      # "that adds up to 185,000", "delays had added $210 million": arithmetic, not speech
    if cue.lemma in ("admit", "recall") and _figure_next(toks, j) and not any(
            _is(t.word.lower(), "object_clause") for t in toks[j + 1:j + 5]):
        # "the ward had admitted 35 patients", "is recalling 38,000 kettles": taken in or called back ("admitted
        # 300 jobs would go" is speech)
        return None
    if cue.form == "per" and nxt[:1].islower() and nxt not in ("the", "a", "an"):
        return None      # "412 pence per share", "$5 per person": a rate, not "per the ministry"
    opener = _absolute_at(toks, i) if cue.form.split()[-1].endswith(("ing", "ed")) else None
    if opener is not None and (nxt in (",", ";", ".", "") or cue.form.endswith("ed") and (
            opener == 0 or toks[opener - 1].word in (",", ";", ":"))):
        return None      # "With all wards reporting, ...", "with most votes counted on Monday": an absolute phrase
    if prev == "worth" or (prev == "all" and cue.form == "told"):
        return None      # "it is worth noting that ...", "All told, ...": the writer's own words
    if cue.kind != "source" and _bare_noun(toks, i, cue):
        return None      # "the Marra find at", "Peak load hit", "the bridge project is": a noun, not a verb
    if cue.form.endswith("ed") and nxt == "for" and prev.isalpha() and prev.endswith("s") and not any(
            _is(prev.lower(), cls) for cls in ("role", "group", "org", "person")) and not _people_word(prev.lower()):
        return None      # "sea walls promised for the harbour": a participle after its noun
    if prev == "ever" and cue.form.endswith("ed"):
        return None      # "the coldest ever recorded": a participle after a superlative
    if cue.lemma in ("put", "place", "peg") and nxt != "at" and _figure_next(toks, j):
        return None      # "the scheme placed 6,000 people in jobs": moved, not put at a figure
    if cue.form == "planning" and prev.isalpha() and prev.islower() and prev not in _PLANNING_AUX \
            and nxt.isalpha() and nxt.islower() and nxt not in ("to", "on", "for") and not _is(nxt, "det") \
            and not _figure_next(toks, j):
        return None      # "upheld planning consent", "planning rules": a noun, not an intention
    if cue.lemma == "claim" and any(_is(t.word, "taken") for t in toks[j:j + 4]):
        return None      # "the storm has claimed 12 lives": taking, not saying
    det = next((x for x in range(i - 1, max(-1, i - 4), -1) if toks[x].word.lower() in ("the", "a", "an")), None)
    aside = det is not None and det >= 1 and toks[det - 1].word == "," and cue.side != "possessor" \
        and cue.form.endswith(("s", "ed")) and any(_is(prev, cls) for cls in ("org", "role", "group"))
    if nxt in (".", ",", ";", "") and (cue.form in statement_nouns() or _is(cue.form, "document")) \
            and det is not None and all(t.word.islower() or t.word in _MONTHS for t in toks[det + 1:i]) and not aside:
        return None      # "after the March housing report.": a noun ending its phrase (not "..., the union estimates,")
    if cue.form in statement_nouns() and det is not None and all(t.word.islower() for t in toks[det + 1:i]) and (
            nxt == "of" or det >= 1 and toks[det - 1].word.lower() in cue_lexicon()
            and cue_lexicon()[toks[det - 1].word.lower()].side != "after"):
        # "gave a higher estimate of 260", "revised the peak wind estimate to 145 mph": a noun, the object of the
        # verb before it
        return None
    if cue.form.endswith("ing") and any(t.word.lower() in _POSSESSIVE_DETS or _possessor(t.word)
                                        for t in toks[max(0, i - 2):i]) and not _described_word(prev):
        return None      # "his worst showing", "the party's reporting": a noun (not "the port's director saying")
    if cue.kind == "estimate" and cue.form.endswith("ed") and nxt == "to" and not (i and _is(prev, "aux")) \
            and not (i and prev in ("has", "have", "had")):
        return None      # "the number of retirees projected to swell": a passive without "by"
    after_noun = prev == "," or prev.isalpha() and prev.islower() and prev not in _STOP and not _is(prev, "aux") \
        and not any(_is(prev, cls) for cls in ("group", "role", "org"))     # ("a crowd police estimated at 2,000")
    if cue.kind == "estimate" and cue.form.endswith("ed") and nxt == "at" and after_noun and j + 1 < len(toks) \
            and toks[j + 1].word.lower() not in ("least", "most"):
        # "damage estimated at $8 million": a noun's participle; only an agent after "by" is estimating
        speaker = _late_agent(toks, j)
        return None if speaker is None else Claim(toks[i].start, toks[j - 1].end, norm[toks[i].start:toks[j - 1].end],
                                                  speaker, sent.start, sent.end, sent.end - sent.start)
    if cue.form.endswith("ed") and nxt == "as" and not any(t.word.lower() in ("has", "have", "had", "what")
                                                           for t in toks[max(0, i - 5):i]):
        return None      # "the players most often described as ...": a participle, not a report (but "what the
        # guild described as a walkout of 600": the guild's words)
    if cue.kind == "quoting" and not (re.match(r'\s*[,:]\s*"', norm[toks[j - 1].end:toks[j - 1].end + 6])
                                      or norm[max(sent.start, toks[i].start - 40):toks[i].start].count('"') % 2):
        return None      # 'He continued, "..."' / '"...," he continued': only next to a quote
    if cue.kind == "document-verb" and (nxt.endswith(("ed", "en")) or nxt in cue_lexicon() or _is(nxt, "aux")
                                        or _is(nxt, "passive")):
        return None      # "the poll had shown", "spending had reached": an auxiliary
    c0, c1 = toks[i].start, toks[j - 1].end
    # (and "X measured the tremor at 5.1" estimates it; "the tremor measured 5.1" is no one's)
    if cue.lemma in ("put", "peg", "place", "measure") and not any(
            t.word.lower() in ("at", "closer", "nearer", "above", "below") and toks[x + 1:x + 2] and toks[x + 1].word.lower()
            not in _NOT_ESTIMATES or t.word.lower() == "on" and x + 1 < len(toks)
            and toks[x + 1].word[:1].isdigit() for x, t in enumerate(toks[j:j + 24], start=j)):
        return None      # "X put the toll at (above) N", "Y put it closer to N", "a poll puts Ruiz on 38%": not "put 40 to work"
    if cue.lemma == "measure" and not (_is(nxt, "det") or _is(nxt, "thing")
                                       or j < len(toks) and _possessor(toks[j].word)):
        # "the highest wave measured was 0.4 metres, at ...": a participle; "X measured it (Monday's quake) at N"
        return None
    speaker: Phrase | None = None
    minor = False
    relative = False
    coordinated = False     # "X has approved 5,200 loans and said ...": X's subject clause is X's too
    rank: int | None = None     # the size compared when several cues govern a figure (smaller wins)
    side = cue.side
    inverted = False
    agent = False      # the speaker is a passive's agent after "by": the subject before the verb is what it said
    if side in ("before", "both"):
        k = i - 1
        passive = False
        skipped = 0
        k = _skip_time(toks, k)
        if k >= 1 and toks[k].word.lower() == "fact" and toks[k - 1].word.lower() == "in":
            k -= 2          # "a trio of groups have in fact reported"
        while k >= 0 and skipped < 4 and (_is(toks[k].word, "aux") and not (
                k >= 1 and toks[k].word[:1].isupper() and _cap(toks[k - 1].word))   # ("Brook Tenants First said")
                                          or _is(toks[k].word, "passive")
                                          or (toks[k].word.endswith("ly") and toks[k].word.islower()
                                              and not _described_word(toks[k].word)
                                              and not (k >= 1 and _is(toks[k - 1].word, "det")))):
            # ("the family said", "Organisers of the rally said": a noun after its determiner)
            # "is estimated" is a passive; "are showing" is not
            passive = passive or (_is(toks[k].word, "passive") and not cue.form.split()[0].endswith("ing"))
            k -= 1
            skipped += 1
        if passive:
            # "was estimated by the ministry at ..."
            speaker = _late_agent(toks, j)
            if speaker is None or _temporal(speaker.name) or speaker.name.split()[-1].lower() in _TIME_UNITS:
                return None     # (not "15 aftershocks were recorded by nightfall")
            # (inside another's words the subject stays theirs: "She added that 400 homes were declared
            # unsafe by engineers")
            agent = not any(t.word.lower() in cue_lexicon() for t in toks[:k])
        elif nxt == "by" and k >= 0 and cue.form.endswith(("ed", "en")) and skipped == 0 and (any(
                _is(w, "figure") or _is(w, "document") for w in (toks[k].word.lower(), toks[k - 1].word.lower()
                                                                 if toks[k].word == "," and k else ""))
                or toks[k].word[:1].isdigit() or toks[k].word.lower() in _NUMBER_WORDS):
            # "The figure, provided by the ministry, was 400", "the toll reported by the army rose": a participle
            # after its noun; the agent after "by" owns the sentence unless a cue of its own claims the figure;
            # "far more than the 500 counted by border guards": only the figure before the participle
            speaker = _phrase_after(toks, j + 1) or _agent_after(toks, j + 1)
            if speaker is None:
                return None
            if toks[k].word[:1].isdigit() or toks[k].word.lower() in _NUMBER_WORDS:
                x = k
                while x > max(0, k - 6) and (toks[x - 1].word[:1].isalnum() or toks[x - 1].word in ("$", ",")) \
                        and toks[x - 1].word.lower() not in _STOP:
                    x -= 1
                return Claim(c0, c1, norm[c0:c1], speaker, toks[x].start, speaker.end, speaker.end - toks[x].start)
            return Claim(c0, c1, norm[c0:c1], speaker, sent.start, sent.end, sent.end - sent.start)
        elif cue.lemma == "announce" and cue.form == "announced" and skipped == 0 and k >= 0 \
                and toks[k].word.isalpha() and toks[k].word.islower() and toks[k].word not in _STOP \
                and (by := _by_after_day(toks, j)) is not None:
            # "a levy announced on Friday by the harbour board": what the agent announced, its words
            speaker = _phrase_after(toks, by + 1) or _agent_after(toks, by + 1)
            if speaker is None:
                return None
            return Claim(c0, c1, norm[c0:c1], speaker, sent.start, sent.end, sent.end - sent.start)
        elif nxt == "by" and k >= 0 and cue.form.endswith("ed") and skipped == 0 and toks[k].word.isalpha() \
                and toks[k].word.islower() and toks[k].word not in _STOP:
            return None     # "measures added by the council": a participle after its noun, not a report
        elif k >= 0 and toks[k].word.lower() == "as" and nxt == "by" and (k == 0 or not toks[k - 1].word[:1].isalnum()):
            # "As reported by the Courier, ...": the source after "by" owns the rest of the sentence
            speaker = _phrase_after(toks, j + 1)
            if speaker is None:
                return None
            return Claim(toks[i].start, toks[j - 1].end, norm[toks[i].start:toks[j - 1].end], speaker, speaker.end,
                         sent.end, sent.end - speaker.end)
        elif k >= 0 and (toks[k].word.lower() in ("and", "but")
                         or (toks[k].word == "," and cue.form.split()[0].endswith("ing"))
                         or toks[k].word.lower() in _GERUND_LINKS and cue.form.split()[0].endswith("ing")):
            # "X released a map and detailed ...", "X welcomed it but said ...", "X sued, claiming ...", "X erred in
            # saying ...": the subject;
            # '"...," said X, a union official, adding that ...': the speaker after the inverted verb
            said = next((x for x in range(k - 1, max(0, k - 24), -1) if toks[x].word.lower() in ("said", "says")
                         and toks[x - 1].word in (",", '"', "'")), None) if toks[k].word == "," else None
            speaker = _phrase_after(toks, said + 1) if said is not None else None
            told = next((x for x in range(k - 1, max(0, k - 6), -1) if toks[x].word.lower() in (
                "said", "says", "told")), None) if speaker is None and toks[k].word == "," else None
            if told is not None and told >= 1:
                # '"...," Ana Ruiz said, adding that ...', "..., Meena Rajan told reporters on Sunday, adding that"
                speaker = _phrase_before(toks, told - 1, norm)
            coordinated = speaker is None and toks[k].word.lower() == "and" and cue.kind == "speech"
            speaker = speaker or _sentence_subject(toks, k)
            if speaker is None and toks[k].word == "," and k >= 1:
                opener = _phrase_before(toks, k - 1, norm)      # "Smith, later alleging that ..."
                first = _token_index(toks, opener.start) if opener else -1
                speaker = opener if first == 0 or first > 0 and toks[first - 1].word in (",", ";") else None
        elif purpose:
            # "X held a briefing to brag that ...": the subject of the sentence, when it names someone
            speaker = _sentence_subject(toks, k)
            if speaker is None or speaker.described:
                return None
        elif k >= 0 and toks[k].word == ",":
            speaker = _appositive_subject(toks, k, norm)
            if speaker is not None and speaker.described and side == "both" and speaker.name.split() \
                    and not _described_word(speaker.name.split()[-1].lower()) and not _is(speaker.name, "person") \
                    and not _relative_aside(toks, speaker, k) and (
                        _token_index(toks, speaker.start) > 0 or _closing_phrase(toks, j) is not None):
                # "responded to 230 calls, most about trees, said X": no speaker before (but "The choir, formed in
                # 1921, says it sang to": the sentence opens on its subject, when no one follows the cue)
                speaker = None
            titled = any(_is(t.word.lower(), "role") or _is(t.word, "title") for t in toks[j:j + 3])
            if speaker is not None and (speaker.kind != "person" or titled) and side == "both":
                # "Of the 40 tested, six were positive, said Dr Ana Ruiz": a person named after the cue
                # and ending the clause speaks, not a phrase before an earlier comma (nor a place in an apposition
                # that reads as a name: "wards in the port city, Vila Mar, were full, said health director Ana Ruiz")
                after = _closing_phrase(toks, j)
                if after is not None and after.kind == "person" and not after.described:
                    speaker = None
            if speaker is None and side == "both":
                speaker = _phrase_after(toks, j)
                inverted = speaker is not None
        elif k >= 0 and toks[k].word in ('"', "'") and side == "both":
            speaker = _phrase_after(toks, j)
            inverted = speaker is not None
        else:
            speaker = _relative_head(toks, k, norm) or _phrase_before(toks, k, norm)
            # "Sanders, who has endorsed Canova, raised $2 million": the relative clause ends at its comma
            relative = k >= 1 and toks[k].word.lower() in ("who", "which") and toks[k - 1].word == ","
            if speaker is not None:
                first = _token_index(toks, speaker.start)
                verb = next((x for x in range(first, k) if toks[x].word in _PUBLISHED), None)
                if verb is not None and verb >= 1 and _is(toks[k].word.lower(), "document"):
                    # "The port has issued new tables showing N", "the ministry released data showing N": who
                    # published them
                    x = verb - 1
                    while x >= 0 and _is(toks[x].word.lower(), "aux"):
                        x -= 1
                    speaker = (_phrase_before(toks, x, norm) if x >= 0 else None) or speaker
                    first = _token_index(toks, speaker.start)
                if first >= 4 and toks[first - 1].word.lower() == "the" and toks[first - 2].word.lower() == "by":
                    first -= 1      # "figures obtained by the Post show"
                if first >= 3 and toks[first - 1].word.lower() == "by" and toks[first - 2].word.endswith("ed"):
                    # "a commission appointed by President Bush estimated ...": the commission; but "data
                    # released by the board showed ...": a document's author is the source; after a described
                    # agent, only people ("analysts surveyed by the bureau had forecast ...")
                    owner = _phrase_before(toks, first - 3, norm)
                    if owner is not None and not (toks[first - 2].word.lower() in _PUBLISHED and _is(
                            owner.name.split()[-1].lower(), "document")) and (
                            not speaker.described or owner.kind == "group"):
                        speaker = owner
            first = _token_index(toks, speaker.start) if speaker is not None else 0
            if speaker is not None and not speaker.described and _temporal(speaker.name.split()[-1]) \
                    and first >= 2 and toks[first - 1].word.lower() in (_PREPOSITIONS | {"for", "during"}):
                # "Eurostat data for April-June showed": a period is never the speaker; the phrase before it is
                speaker = _phrase_before(toks, first - 2, norm)
            if speaker is not None:
                speaker = _participle_head(toks, speaker, norm) or speaker
            if speaker is None:
                speaker = _document_subject(toks, k, norm) or _head_before_place(toks, k, norm) \
                    or _participle_head(toks, None, norm, k)
            elif cue.form.split()[0].endswith("ing"):
                first = _token_index(toks, speaker.start)
                before = toks[first - 1].word.lower() if first else ""
                if before in ("with", "without") and cue.lemma == "add":
                    return None     # "with the city adding 3,200 homes": an absolute, not a report
                if before in ("to", "for", "at", "on", "in") and speaker.kind != "document":
                    speaker = _sentence_subject(toks, first - 1)    # "sent a text to supporters saying: ..."
        if cue.kind == "evidence" and speaker is not None and speaker.kind == "group" and not inverted:
            document = _document_subject(toks, k, norm)
            if document is not None and document.start < speaker.start:
                speaker = document      # "The survey of 1,200 adults found ...": the survey, not the adults
        if cue.kind == "document-verb" and speaker is not None and speaker.kind != "document" and not inverted:
            speaker = _document_subject(toks, k, norm)
        if cue.kind == "document-verb" and (speaker is None or speaker.kind != "document" or inverted):
            return None             # "the poll has X at 40 percent"; other subjects' "has" is no cue
    else:
        if cue.kind in ("document", "rule"):
            # "in a poll (by X)": the head must be a document; "under the new rules": a document or a rule
            outer = _phrase_after(toks, j, depth=3)
            if cue.kind == "document" and i >= 1 and toks[i - 1].word.lower() in _TAKING_PART:
                return None         # "60 volunteers took part in the count": those who counted, no finding of it
            if outer is None or outer.kind != "document" or \
                    cue.kind == "document" and not _is(outer.name.split()[-1].lower(), "document"):
                return None
            if cue.kind == "rule" and not _is(outer.name.split()[-1].lower(), "binding"):
                return None         # "under the plan", "under the deal": terms the report describes, no one's words
            after = next((t for t in toks[j:] if t.start >= outer.end), None)
            if after is not None and after.word[:1].islower() and _described_word(after.word):
                return None         # "in the trade pact": the document word is not the head
            if after is not None and after.word.isalpha() and after.word.islower() \
                    and (i >= 1 and _people_word(toks[i - 1].word.lower()) or after.word in _TIME_UNITS) \
                    and after.word not in _PREPOSITIONS | _PUBLISHED | _DOCUMENT_FOLLOWERS \
                    and after.word not in cue_lexicon():      # ("people in a recent poll said": the poll's)
                # "Hoteliers in the village estimate lost bookings at": a verb, its subject before; "in an average
                # year": a word describing the period after it
                return None
        speaker = _phrase_after(toks, j)
        if speaker is None and cue.form == "according to" and j < len(toks) and (
                toks[j].word.lower() == "the" or toks[j].word.isalpha() and toks[j].word.islower()):
            # "according to the venue.", "according to witnesses", "according to medics at the scene": any plain
            # noun phrase closing the clause, or naming where its people are, is a source
            plain = _agent_after(toks, j)
            r = _token_index(toks, plain.end) if plain is not None else len(toks)
            rest = toks[r] if r < len(toks) else None
            if plain is not None and (rest is None or rest.word in (",", ".", ";") or _is(rest.word, "role_link")):
                speaker = plain
                if plain.name.endswith("familiar") and r + 2 < len(toks) and toks[r].word == "with" \
                        and toks[r + 1].word == "the" and toks[r + 2].word.isalpha():
                    # "a person familiar with the matter": the whole formula
                    speaker = Phrase(toks[j].start, toks[r + 2].end, norm[toks[j].start:toks[r + 2].end], "group",
                                     False)
    if speaker is not None and (speaker.described and cue.form == "according to" or inverted and (
            speaker.name[:1].islower() or norm[speaker.start:speaker.end].split()[-1] in _class_words("role"))):
        # ("..., said its chief executive, Dr Ana Ruiz.", "said Seawatch's captain, Ana Lind": the name, for a
        # later "she" too)
        speaker = _named_in_apposition(toks, speaker) or speaker
    if speaker is not None and cue.form == "according to" and speaker.kind == "document" and not speaker.described:
        speaker = _document_where(toks, speaker, norm)
    if speaker is None:
        return None
    if cue.form.endswith("s") and i == 1 and speaker.start == toks[0].start and toks[0].word.endswith("ing") \
            and toks[0].word[1:].islower():
        return None      # "Waiting lists stand at ...": a gerund opening the sentence and a plural noun
    # the content: the side of the sentence the cue governs
    if cue.kind in ("source", "document", "rule"):
        lead = i == 0 or all(not t.word[:1].isalnum() or t.word.lower() in ("but", "and", "yet", "so", "still")
                             for t in toks[:i])
        if lead or prev in ("that",) or (prev == "," and i >= 2 and toks[i - 2].word.lower() == "that"):
            content = (speaker.end, sent.end)         # "According to X, N ..." / "... that, according to X, N"
            if cue.kind == "document" and _is(speaker.name.split()[-1].lower(), "medium"):
                rank = content[1] - content[0] + _WEAK      # "In a letter, Smith rips ...": the letter's author
                minor = True
        else:
            content = (sent.start, sent.end)          # "N ..., according to X." governs its whole sentence
            rank = c0 - sent.start
            rest = [t.word.lower() for t in toks if t.start >= speaker.end][:4]
            after = rest[0] if rest else "."
            # (an aside before a verb that speaks: "Smith, citing data from X, said"; not "..., according to X, a
            # decline of 15%")
            aside = after == "," and any(t.word == "," for t in toks[max(0, i - 3):i]) and any(
                w in cue_lexicon() for w in rest[1:])
            opened = next((x for x in range(i - 2, max(-1, i - 9), -1) if toks[x].word in (",", ";")), None)
            if cue.kind == "source" and after == "," and opened is not None and toks[opened].word == "," \
                    and len(rest) > 1 and (_is(rest[1], "aux") or _is(rest[1], "passive")):
                # "The quake, measuring 6.7 according to X, was felt 140 km away": X's figure is the aside's only
                content = (toks[opened].end, speaker.end)
                rank = content[1] - content[0]
            if cue.kind == "document" or aside:
                # "X reminded Y he needs 15 percent in the polls", "Smith, citing data from X, said ...":
                # a trailing "in the poll" or a mid-sentence aside yields to a verb cue over the same figure
                rank += _WEAK
                minor = True
    elif inverted:
        content = (sent.start, c0)
    elif agent:
        # "Grants of up to £5,000 were announced by the ministry", "was put by police at 9,000, down 3%": the
        # clause, to a comma opening another ("..., but 12 were missing, the mayor said"), from a relative
        # pronoun or a clause's comma before the verb (not "the $1 million, calling it an error that was
        # reported by X")
        close = next((t.start for x, t in enumerate(toks) if t.start >= speaker.end and (t.word == ";" or (
            t.word == "," and x + 1 < len(toks) and toks[x + 1].word.lower() in _CLAUSE_OPENERS))), sent.end)
        opened = next((toks[x].end for x in range(i - 1, -1, -1) if toks[x].word.lower() in _RELATIVES
                       or toks[x].word in (";", ",") and not _digit_comma(toks, x)), sent.start)
        content = (opened, close)
    else:
        tail = _tail_len(toks, c1)
        # (not "..., a step analysts said would lift prices": a clause whose subject is the noun before)
        reach = 8 if cue.lemma == "tell" else 4     # (whom, how and where: "told our newsroom by phone from his cabin")
        lead = _noun_phrase_lead(toks, speaker)
        # (not "..., as traders sought cover": a stance with its own object says nothing of the clause before)
        stance_object = cue.kind == "stance" and nxt.isalpha() and nxt not in _STOP and not _is(nxt, "det")
        if lead > sent.start + 1 and (tail <= 9 or _ends_clause(toks, c1, reach)) and nxt not in _FINITE_AUX \
                and _leads_with_clause(norm, sent.start, lead) and not _has_that(toks, c1) and not stance_object:
            content = (sent.start, lead)         # "..., X said on Tuesday."
            if lead != speaker.start:
                # "..., a spokesman for the company said, ...": the whole noun phrase speaks
                speaker = (_trailing_subject(toks, speaker, c1, sent) or (speaker,))[0]
            if norm[sent.start:lead].rstrip()[-1:] == "," and (tail > 9 or _parenthetical(toks, c1)):
                # "The total, he said, was 40" / "40 were held, police said, and 6 were hurt": a cue set off by
                # commas mid-sentence reports the whole sentence (an inner cue still wins on its own clause)
                content = (sent.start, sent.end)
                rank = c0 - sent.start
        elif speaker.start > sent.start + 1 and (tail <= 9 or nxt in (",", ";")) and not stance_object and \
                norm[max(sent.start, speaker.start - 6):speaker.start].split()[-1:] in (["than"], ["as"]):
            # (also "... worse than official figures suggest, with 25,000 hectares lost": the comparison ends there)
            content = (sent.start, speaker.start)         # "$130 billion more than the office had projected"
            rank = content[1] - content[0] + _WEAK      # (but "X said it set aside $0.75bn, less than analysts had
            #                                             forecast": the outer cue's figure)
        else:
            content = (c1, sent.end)
            long_subject = _trailing_subject(toks, speaker, c1, sent) if (
                tail <= 3 or cue.kind == "speech" and nxt == ",") \
                and not _has_that(toks, c1) \
                else None
            if long_subject is not None:
                speaker, content = long_subject         # "..., people familiar with the talks said."
            else:
                gap = _object_gap(toks, speaker)
                x = _token_index(toks, speaker.start)
                y = x - 1
                while y >= max(0, x - 3) and toks[y].word.isalpha() and toks[y].word.islower() \
                        and toks[y].word not in _STOP and not _is(toks[y].word, "det"):
                    y -= 1
                if nxt == "," and y < x - 1 and y >= 0 and toks[y].word.lower() in ("the", "a", "an") \
                        and '"' not in norm[c1:c1 + 4]:
                    return None     # "the win many pundits forecast, Smith has ...": the comma ends the relative
                if gap is not None:
                    content = (gap, sent.end)           # "the 40 million euros it hopes to raise"
    comma = i - 1       # (past an auxiliary or an adverb: "X, which has 800 members, now estimates"; not a stance)
    while cue.kind != "stance" and comma >= max(1, i - 3) and (
            _is(toks[comma].word.lower(), "aux") or toks[comma].word.lower() in _FINITE_AUX):
        comma -= 1
    if not inverted and content[0] >= c1 and comma >= 1 and toks[comma].word == "," \
            and _relative_aside(toks, speaker, comma):
        # "The board, which has sent 12 investigators, confirmed ...": what the speaker's own relative clause says of
        # it is the speaker's too
        content = (speaker.end, content[1])
    elif inverted and content[1] <= c0:
        after = _token_index(toks, speaker.end)
        if after + 1 < len(toks) and toks[after].word == "," and (
                toks[after + 1].word.lower() in _RELATIVE_OPENERS or toks[after + 1].word.lower() == "and"):
            # '"...," said Maja Lind, who owns 140 hectares near Storvik.', "Four crew were hurt, said Lina Vasko,
            # and 60 vessels are waiting": the speaker's own clause, or the report's next one, is theirs too
            content = (content[0], sent.end)
    if coordinated and content[0] >= c1 and speaker.end <= c0:
        after = _token_index(toks, speaker.end)
        if after < len(toks) and toks[after].word == ",":
            # (past its own relative clause: "X, which employs 310 people, has closed ... and said")
            after = next((x + 1 for x in range(after + 1, _token_index(toks, c0)) if toks[x].word == ","
                          and not _digit_comma(toks, x)), after)
        content = (toks[after].start, content[1])
    if relative and content[0] >= c1:
        close = norm.find(", ", c1, sent.end)      # not the comma inside "5,000"
        if close >= 0:
            content = (content[0], close)
    # a cue inside parentheses governs only them: "X claimed 81 percent (the true share is 15, according to Y)"
    opened = norm.rfind("(", sent.start, c0)
    if opened >= 0 and norm.rfind(")", opened, c0) < 0:
        closed = norm.find(")", c1, sent.end)
        if closed >= 0:
            content = (max(content[0], opened), min(content[1], closed + 1))
            rank = None
    if rank is None:
        rank = content[1] - content[0]
    if cue.kind == "stance" or _respondents(toks, speaker):
        # "a poll found 28 percent supported X", "in the poll, 60 percent of voters said ...": the finding,
        # not the stance or the respondents, owns the figure
        rank += _WEAK
    return Claim(c0, c1, norm[c0:c1], speaker, content[0], content[1], rank, minor=minor,
                 aside_end=_aside_end(toks, c1))


def _participle_head(toks: list[Token], speaker: Phrase | None, norm: str, k: int = -1) -> Phrase | None:
    """The head noun before a participle phrase that holds ``speaker``: "Crews fighting the Pinecrest blaze said"
    -> "Crews", not the blaze (bounded: 8 tokens back, within the clause).

    >>> toks = _tokens("Crews fighting the Pinecrest blaze said", 0, 39)
    >>> _participle_head(toks, Phrase(15, 34, "Pinecrest blaze", "unknown", False), "").name
    'Crews'

    Without a speaker phrase ("Workers clearing the road on Route 9 said"), the search starts at token ``k``.
    """
    if speaker is None:
        first = last = k + 1
    else:
        first = _token_index(toks, speaker.start)
        last = _token_index(toks, speaker.end) - 1
    x = last - 1        # "Firefighters searching collapsed buildings": the participle may lie inside the phrase
    while x >= max(1, first - 8):
        w = toks[x].word
        if not w[:1].isalnum() or w.lower() in ("who", "which", "that") or w.lower() in cue_lexicon():
            return None
        before, after = toks[x - 1].word, toks[x + 1].word.lower()
        if w.islower() and w.endswith("ing") and len(w) > 5 and before.lower() not in _STOP \
                and (_described_word(before.lower()) or before.endswith("s") and before[1:].islower()) \
                and (before.islower() or x == 1) \
                and not _is(before, "det") and not _is(after, "role") and not _is(after, "title") \
                and not _is(after, "org") \
                and (_is(after, "det") or after in _PREPOSITIONS or after.isalpha() and after.islower()
                     and after not in _STOP):
            # (not "city building inspector X", "managing director", "the county canvassing board")
            # a participle taking an object ("fighting the", "searching for"), after a plural or described head
            return _phrase_before(toks, x - 1, norm)
        x -= 1
    return None


#: Verbs for keeping a tally ("Kessa recorded 212 cases"): a place can be their subject without being a source.
_TALLIES = frozenset(["record", "report", "register", "count", "confirm", "log"])
#: Nouns that make a name a place ("Kessa province"), for the tally verbs above.
_PLACE_NOUNS = frozenset(["province", "region", "state", "county", "district", "city", "town", "village", "country",
                          "prefecture", "municipality", "island", "islands", "governorate", "department", "canton", "borough",
                          "station", "gauge", "centre", "center", "area"])
#: Places that keep a tally as the nouns above do, but that never end a speaker's own phrase ("innkeepers in the
#: valley" are innkeepers there): "the coast recorded 12 floods".
_TALLY_PLACES = _PLACE_NOUNS | {"coast", "coastline", "valley", "capital", "peninsula", "nation"}


def _tally(claim: Claim) -> bool:
    """Whether a claim is a tally verb whose subject is a bare name or a non-speaker noun (a place, a region).

    >>> _tally(Claim(6, 14, "recorded", Phrase(0, 5, "Kessa", "unknown", False), 15, 30, 15))
    True
    """
    cue = _cue_of(claim)
    words = claim.speaker.name.split()
    if words and _is(words[-1].lower(), "instrument") and claim.speaker.end <= claim.cue_start:
        return True         # "the Harbour Street gauge recorded 201mm": a reading, nobody's claim
    if cue is None or cue.lemma not in _TALLIES or claim.speaker.end > claim.cue_start or not words \
            or claim.speaker.described and words[-1].lower() not in _TALLY_PLACES \
            or claim.speaker.kind not in ("unknown", "group") and (claim.speaker.described
                                                                   or words[-1] not in _TALLY_PLACES):
        return False    # (but "the coastal town of Orm recorded 39C", "Tarvo state reported": a place keeping a tally)
    if words[-1].lower() in _TALLY_PLACES:
        return True         # "Kessa province recorded ..."
    # a bare place-like name ("Norvik"), not an acronym or a plural ("PACs")
    return claim.speaker.kind == "unknown" and len(words) == 1 and words[0][1:].islower() and not _is(words[0], "orgname")


#: Cue kinds by which someone tells what a tally found: their words carry it ("the clinics recorded 40 cases,
#: Dr. X said"); a poll or a list does not ("Early polls show ...: a Quinnipiac poll found ...").
_TELLING = frozenset(["speech", "estimate", "source", "quoting"])


def _cue_of(claim: Claim) -> Cue | None:
    """The lexicon's entry for a claim's cue, if it has one (a ":" or a quote opener has none)."""
    return cue_lexicon().get(claim.cue.lower())


def _lemma(claim: Claim) -> str | None:
    cue = _cue_of(claim)
    return cue.lemma if cue is not None else None


#: Cues by which a party takes a side in a bargain: what it offers or wants, not what it reports.
_BARGAINING = frozenset(["offer", "pledge", "promise", "propose", "seek", "want", "demand"])


def _kind_of(claim: Claim) -> str | None:
    """The kind of a claim's cue ("speech", "stance", ...), if the lexicon knows it."""
    cue = _cue_of(claim)
    return cue.kind if cue is not None else None


def _records_or_finds(claim: Claim) -> bool:
    """Whether a claim's cue keeps a tally or finds ("the city had logged 17", "its volunteers counted 450"):
    inside someone's words, the one who reports the tally is the source."""
    cue = _cue_of(claim)
    return cue is not None and (cue.kind == "evidence" or cue.lemma == "count")


def _absolute(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` ends an absolute phrase opened by "with"/"without" in its own clause (bounded: 12
    tokens back to a comma, a semicolon or the sentence start).

    >>> toks = _tokens("Prices fell, with most stores counted.", 0, 39)
    >>> _absolute(toks, 6)
    True
    """
    return _absolute_at(toks, i) is not None


def _absolute_at(toks: list[Token], i: int) -> int | None:
    """The index of the "with"/"without" opening an absolute phrase that token ``i`` ends, else None; a
    conjunction or a verb cue in between ends the search ("met with donors and reported ...")."""
    x = i - 1
    while x > max(-1, i - 13) and toks[x].word not in (",", ";", ":") or x >= 0 and _digit_comma(toks, x):
        low = toks[x].word.lower()
        if low in ("with", "without"):
            return x
        if low in ("and", "but", "or", "then") or low in cue_lexicon():
            return None
        x -= 1
    return None


#: Gatherings a speaker addresses ("told a rally of 800 members").
_AUDIENCES = frozenset(["rally", "crowd", "meeting", "gathering", "audience", "conference", "assembly",
                        "congregation", "group"])


def _aside_end(toks: list[Token], pos: int) -> int:
    """Where the time and place words right after a cue end, when a comma, "that", a colon or the sentence end
    closes them ("said on Monday, ..."): else ``pos`` itself (bounded: 8 tokens).

    >>> t = "Ana said on Monday that 9 died."
    >>> t[:_aside_end(_tokens(t, 0, len(t)), 8)]
    'Ana said on Monday '
    """
    first = _token_index(toks, pos)
    if first + 2 < len(toks) and toks[first].word.lower() in ("a", "an", "the") \
            and toks[first + 1].word.lower() in _AUDIENCES and toks[first + 2].word.lower() == "of":
        # 'he told a rally of more than 2,000 drivers': whom the speaker addressed, not what was said
        return next((t.start for t in toks[first + 3:first + 15] if t.word in (",", ":", ".", ";", "that")
                     and not _digit_comma(toks, _token_index(toks, t.start))), pos)
    for t in toks[first:first + 8]:
        low = t.word.lower()
        if low in (",", "that", ":", ".", ";"):
            return t.start
        year = low.isdigit() and len(low) == 4 and low[:2] in ("19", "20")
        if not (year or low in _TAIL_OK or _cap(t.word)):
            return pos
    return pos


#: A cue form and the word after it that together make a noun ("think tank").
_COMPOUNDS = frozenset([("think", "tank"), ("think", "tanks"), ("report", "card"), ("claims", "process"),
                        ("details", "of")])


def _figure_next(toks: list[Token], j: int) -> bool:
    """Whether a figure opens at token ``j``, as the object of the verb before it (bounded: 3 tokens).

    >>> _figure_next(_tokens("added roughly $96 a year", 0, 24), 1)
    True
    >>> _figure_next(_tokens("added that 40 more were", 0, 23), 1)
    False
    """
    for x in range(j, min(len(toks), j + 3)):
        word = toks[x].word.lower()
        if word[:1].isdigit() or word in _NUMBER_WORDS and word not in ("a", "an"):
            return True
        if not _is(word, "figure_opener"):
            return False
    return False


def _late_agent(toks: list[Token], j: int) -> Phrase | None:
    """The agent of a passive estimate, right after the verb or after its figure: "was estimated by the ministry
    at ...", "was put at 20,000 by police" (bounded: 8 tokens, within the clause).

    >>> toks = _tokens("The crowd was put at 20,000 by police.", 0, 38)
    >>> _late_agent(toks, 4).name
    'police'
    """
    for x in range(j, min(len(toks), j + 8)):
        word = toks[x].word.lower()
        if word == "by":
            return _phrase_after(toks, x + 1) or _agent_after(toks, x + 1)
        if word in (";", ".", ":", "and", "but", "which", "who", "that") or word == "," and not _digit_comma(toks, x):
            return None
    return None


def _by_after_day(toks: list[Token], j: int) -> int | None:
    """The index of "by" at token ``j`` or after a day ("on Tuesday by", "on 3 May by"), else None (bounded: 5
    tokens)."""
    x = j
    if x < len(toks) and toks[x].word.lower() == "on":
        x += 1
        while x < min(len(toks), j + 5) and (toks[x].word.lower() in _WEEKDAYS or toks[x].word in _MONTHS
                                              or toks[x].word.isdigit()):
            x += 1
        if x == j + 1:
            return None     # "announced on its website by": no day
    return x if x < len(toks) and toks[x].word.lower() == "by" else None


def _agent_after(toks: list[Token], k: int) -> Phrase | None:
    """The plain noun phrase after a passive's "by" ("by border guards"), when no name or known head is there
    (bounded: 5 words)."""
    x = k + 1 if k < len(toks) and toks[k].word.lower() in ("the", "a", "an") else k
    y = x
    while y < min(len(toks), x + 5) and toks[y].word.isalpha() and toks[y].word.islower() \
            and toks[y].word not in _STOP and not _is(toks[y].word, "det"):
        y += 1
    if y == x or k >= len(toks) or any(t.word in _BY_TIME for t in toks[x:y]):
        return None     # "logged by the same time last year", "by the end of May": a time, no agent
    return Phrase(toks[k].start, toks[y - 1].end, " ".join(t.word for t in toks[x:y]), "group", False)


#: Nouns that make "by the ..." a deadline, not an agent
_BY_TIME = frozenset({"point", "time", "end", "start", "close", "middle", "year", "month", "week", "day", "deadline",
                      "morning", "afternoon", "evening", "night", "weekend", "date", "stage"})


def _gives_figure(toks: list[Token], j: int, links: tuple[str, ...] = ()) -> bool:
    """Whether a figure noun follows the verb ending before token ``j`` as its object: "gave [a far lower] figure
    of", "provided an estimate at" (bounded: 6 words); ``links`` are further words that may follow the noun."""
    for x in range(j, min(len(toks) - 1, j + 6)):
        word = toks[x].word
        if _is(word, "figure"):
            after = toks[x + 1].word.lower()
            return after in ("of", "at", "as", "for", "near", "around") or after in links or after[:1].isdigit()
        if not word.isalpha() or word.lower() in _STOP:
            return False
    return False


#: Verbs that after "to" are no report ("to add 7,000 soldiers", "to state", "to post").
_NOT_PURPOSES = frozenset(["say", "tell", "add", "note", "state", "write", "post", "report", "count", "record",
                           "read", "list", "put", "place", "cite", "detail", "describe", "rule", "press",
                           "support", "back", "favor", "consider", "sign", "vote", "want", "hope", "plan"])

#: Words before a gerund cue whose subject is the sentence's: "X attacked Y by reminding voters that ...".
_GERUND_LINKS = frozenset(["by", "in", "while", "after", "before", "when", "without", "for"])

#: Additive openings of a sentence that carries on the reported speech of the sentence before it in the same
#: paragraph ("X said the port was full. Another 410 boats are waiting."), and a comparison with its figure ("That
#: compares with 200 a year earlier."); other sentences stay the reporter's.
_CONTINUES = re.compile(r"\s*(?:Another|A further|Also|In addition|Moreover|Besides|Of those|Of them"
                        r"|(?:That|This) compare[sd]? with)\b")

#: A sentence opening with a part of the count before it ("Nine of them were children.")
_PART_OPENING = re.compile(r"\s*(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|[1-9][\d,]*) of "
                           r"(?:them|those|the [a-z]+)\b")

#: Words after a head count that keep it one of people ("Nine others", "Twelve are missing").
_COUNT_FOLLOWERS = frozenset(["others", "people", "more", "were", "are", "was", "is", "remain", "remained", "have",
                              "had", "died", "children", "men", "women", "adults", "victims", "of"])
#: A sentence opening with a head count in words ("Nine others were hurt.", "Twelve are missing."): after a report
#: closed by its cue ("..., police said.") it carries on that report. "About 900 homes ..." starts a fact of its own.
_COUNT_OPENING = re.compile(
    r"\s*(?:(?:One|Two|Three|Four|"
    r"Five|Six|Seven|Eight|Nine|Ten|Eleven|Twelve|Thirteen|Fourteen|Fifteen|Sixteen|Seventeen|Eighteen|Nineteen|"
    r"Twenty|Thirty|Forty|Fifty|Sixty|Seventy|Eighty|Ninety|Dozens|Hundreds|Thousands)\b)")

#: Nouns for a count, whose "of" names what is counted ("the number of deaths confirmed"), never a speaker.
_TALLY_NOUNS = frozenset(["number", "total", "count", "tally", "toll"])

#: Unnamed sources, and what describes them after the word ("people familiar with the talks").
_UNNAMED_SOURCES = frozenset(["people", "persons", "sources", "a person", "a source"])
#: Data no one is named as giving ("official figures showed", "figures released on Tuesday show"): the reporter's.
_UNOWNED_DATA = re.compile(r"(?:(?:the|official|preliminary|provisional|latest|new|recent|internal|final|same)\s+)*"
                           r"(?:figures|data|statistics|numbers|results)", re.IGNORECASE)
#: ... unless a clause after them names who gave them: "figures her campaign released", "data the agency published".
_GIVEN_BY = re.compile(r"\s+(?:that\s+|which\s+)?(?P<who>(?:his|her|its|their|the)\s+[a-z]+(?:\s+[a-z]+)?"
                       r"|[A-Z][\w'.-]*(?:\s+[A-Z][\w'.-]*){0,4})\s+(?:has\s+|had\s+)?"
                       r"(?:released|published|issued|compiled|provided|shared|gave)\b")
#: Who gives a figure, named in a clause about it: "the Post", "Orm Bank", "the treasurer", "her campaign".
_GIVER = r"(?:the\s+)?[A-Z][\w'.-]*(?:(?<![a-z]{3}\.)\s+[A-Z][\w'.-]*){0,3}|(?:his|her|its|their|the)\s+[a-z]+'?" \
         r"(?:\s+(?!ha[sd]\b|was\b|were\b|is\b|are\b)[a-z]+)?"
#: Data no one is named as giving, with a passive after them: "figures obtained by the Post", "data compiled by
#: the state government".
_GIVEN_BY_PASSIVE = re.compile(r"\s+(?:obtained|seen|compiled|released|published|provided|gathered|collected)\s+by\s+"
                               rf"(?P<who>{_GIVER})")
#: A person's name set off after a described speaker: "the state relief commissioner, Anand Ruvel, said".
_NAMED_AFTER = re.compile(r"(?:\s+[a-z][\w'\u2019-]*){0,3},\s+"
                          # (a description may stand before the name: "its founder, former sailor Ida Pell")
                          r"(?:(?!(?:and|or|but|said|says|who|which|while|including|with|from|to|in|at|of|the|a|an)\b)"
                          r"[a-z][\w'\u2019-]*\s+){0,3}((?:[A-Z][\w'\u2019.-]*\s+){1,3}(?:[a-z]{2,3}-)?[A-Z][\w'\u2019-]+)\s*(?=[,.;]|$)")
#: A figure's own giver in a clause right after it: "the $1.2bn the treasurer announced", "the 95 tonnes traders had
#: expected", "not the 310 euros claimed by the government", "the €7m reported by the ministry" (the clause ends
#: there). Up to two words of the figure's noun may come first; a bare plural gives it too ("economists").
_GIVER_CUES = r"(?:announced|claimed|promised|pledged|forecast|predicted|projected|expected|estimated|quoted|cited" \
              r"|disclosed|reported|stated|demanded|sought)"
_FUNCTION_WORD = r"(?:before|after|until|since|when|while|as|than|and|or|but|for|from|to|in|on|at|by|of|with|the|a|an" \
                 r"|was|were|is|are|be|been)\b"
_GIVER_AFTER = re.compile(rf"(?:\s+(?!{_FUNCTION_WORD})[a-z]+){{0,2}}?(?:\s+(?:that|which))?\s+(?:(?P<who>{_GIVER})\s+(?:had\s+|has\s+)?"
                          rf"|(?P<who3>[a-z]{{3,}}s)\s+(?:had|have)\s+)(?P<cue>{_GIVER_CUES})"
                          rf"|,?\s+(?P<cue2>{_GIVER_CUES})\s+by\s+(?P<who2>{_GIVER})")
#: A second "that" clause of one cue: ", and that ...".
_AND_THAT = re.compile(r"[,;]\s+and\s+that\s")
_CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$|(?:on|last|in|earlier|this|at)\b)")
_UNNAMED_BY = re.compile(r"\s+((?:familiar with|close to|briefed on|with knowledge of|involved in)"
                         r"(?:\s+(?:the|a|an|its|their))?(?:\s+[a-z]+){1,2})\b")

_UNNAMED_BEFORE = re.compile(r"\b(?:[Pp]eople|[Ss]ources|[Aa] person|[Aa] source)\s+(?:familiar with|close to|briefed on|"
                             r"with knowledge of|involved in)\s+$")

#: A figure that reads as a poll share ("27 percent", "13%", "6 points"): poll results run over paragraphs.
_SHARE_FIGURE = re.compile(r"%|\bpercent|\bper cent|\bpoints?\b", re.IGNORECASE)

#: A conditional before a figure: what a document's projection would mean ("Riders would pay $3 more").
_CONDITIONAL = re.compile(r"\b(?:would|could)\b")

#: A movement's word right before a figure: "down 6%" is a change the sentence reports, no share read out.
_MOVED_BY = re.compile(r"\b(?:up|down|by|rose|fell|rising|falling|dropped|climbed|jumped|slipped)\s+$")

#: Possessive determiners: "his estimate" belongs to the person "his" refers to.
_POSSESSIVE_DETS = {"his": "person", "her": "person", "its": "pronoun", "their": "pronoun", "our": "speaker",
                    "my": "speaker"}


def _possessive_claim(norm: str, sent: Sentence, toks: list[Token], i: int, j: int) -> Claim | None:
    """ "the mayor's estimate of 40", "Smith's plan to hire 300", "his recent claim that 9 ...": the possessor
    states what follows the noun. Up to two modifiers may stand between ("the office's 10-year outlook")."""
    k = i - 1
    inner = False       # a figure between possessor and noun: "the shippers' guild's earlier £9m estimate"
    while k >= max(0, i - 5) and (toks[k].word[:1].isalnum() or toks[k].word in numbers.CURRENCY_SIGNS) \
            and _possessor(toks[k].word) is None \
            and toks[k].word.lower() not in statement_nouns() and not _described_word(toks[k].word.lower()) \
            and toks[k].word.lower() not in _POSSESSIVE_DETS and toks[k].word.lower() not in _STOP \
            and not _is(toks[k].word, "det"):
        inner = inner or toks[k].word[:1].isdigit() and "-" not in toks[k].word     # (not "its 10-year outlook")
        k -= 1
    if k < 0 or i - k > (5 if inner else 3) or inner and not _is(toks[i].word.lower(), "figure"):
        return None     # (the figure inside only for an estimate: "the club's £90m plan" is the report's)
    if any(_is(t.word, "org") for t in toks[k + 1:i]) and not (j < len(toks) and toks[j].word.lower() == "of"):
        return None     # "The state's treasury estimates the plan will cost": a body, then its verb
    plural = toks[i - 1].word.islower() and toks[i - 1].word.endswith("s") and not toks[i - 1].word.endswith("ss")
    if i - k > 1 and plural and j < len(toks) and toks[j].word.lower() == "that":
        return None     # "Parents' groups estimate that ...": a plural subject and its verb, not "the office's estimate"
    word = toks[k].word
    if word.lower() in _POSSESSIVE_DETS:
        kind = _POSSESSIVE_DETS[word.lower()]
        speaker = Phrase(toks[k].start, toks[k].end, word.lower(), kind, True)
        # "Agriculture officials cut their outlook to 24.5 million tonnes", "the guild has cut its demand to
        # 6%": the subject right before the verb
        x = k - 2
        while x >= 1 and _is(toks[x].word.lower(), "aux"):   # "have cut their outlook"
            x -= 1
        # (a verb, not a preposition: "waiting for a decision on their claims")
        subject = _phrase_before(toks, x, norm) if x >= 0 and toks[k - 1].word[:1].islower() \
            and toks[k - 1].word.lower() not in _STOP else None
        # (a described body too: "the union" is the union the document names)
        if subject is not None and (not subject.described or word.lower() == "its" and subject.kind == "org") and (
                word.lower() in ("their", "its") and subject.kind in ("group", "org") or word.lower() in ("his", "her")
                and subject.kind == "person"):
            speaker = subject
    elif word == "'" and k >= 1 and toks[k - 1].end == toks[k].start and toks[k - 1].word.endswith("s"):
        speaker = _phrase_before(toks, k - 1, norm)          # "the senators' plan"
        lead = norm[speaker.start:speaker.end].split(maxsplit=1) if speaker is not None else []
        if len(lead) == 2 and lead[0].endswith("ing") and lead[0].islower() and not speaker.described:
            # "..., beating analysts' forecasts of N": the participle is no part of the possessor
            speaker = Phrase(speaker.end - len(lead[1]), speaker.end, lead[1], speaker.kind, speaker.described)
    elif _possessor(word) is not None:
        bare = Token(toks[k].start, toks[k].end - 2, word[:-2])
        speaker = _phrase_before([*toks[max(0, k - 12):k], bare], min(k, 12), norm)
    else:
        return None
    if speaker is None or _temporal(speaker.name.split()[-1]):
        return None     # "this summer's count", "Monday's tally": a time, no one who counted
    c0, c1 = toks[i].start, toks[j - 1].end
    if inner:
        return Claim(c0, c1, norm[c0:c1], speaker, toks[k].end, c0, c0 - toks[k].end, minor=True)
    if j + 1 < len(toks) and toks[j].word.lower() == "of" and (toks[j + 1].word[:1].isdigit() or toks[j + 1].word in
                                                             numbers.CURRENCY_SIGNS or toks[j + 1].word.lower() in _NUMBER_WORDS):
        # "beating analysts' forecasts of 1.9 billion": the figure right after "of" is the possessor's own, over
        # any verb cue around it (bounded: the next 6 tokens, to a comma)
        y = j + 1
        while y < min(len(toks), j + 7) and toks[y].word not in (",", ";", ".") or y < len(toks) and \
                _digit_comma(toks, y):
            y += 1
        end = toks[y - 1].end
        return Claim(c0, c1, norm[c0:c1], speaker, c1, end, end - c1, minor=True)
    # weaker than any verb cue governing the same figure: "X has calculated that Smith's plan would cut 9%"
    return Claim(c0, c1, norm[c0:c1], speaker, c1, sent.end, sent.end - c1 + _WEAK, minor=True)


#: A contrast that opens another party's clause after a mid-sentence cue: "..., he said, while the union wants 8%".
_CONTRAST = re.compile(r",\s+(?:while|whereas|though|although)\b", re.IGNORECASE)

#: Verbs by which a contrast clause sets its own account against another's ("..., though the farm insisted only
#: 25 were missing"), unlike an act reported in it ("..., while the firm had offered 3%").
_COUNTER_LEMMAS = frozenset(["insist", "say", "claim", "argue", "counter", "contend", "estimate", "put", "maintain",
                             "believe", "reckon", "dispute"])
#: Added to the rank of weak claims (possessive nouns) so that any verb cue over the same figure wins.
_WEAK = 100_000


def _object_gap(toks: list[Token], speaker: Phrase) -> int | None:
    """Where a noun phrase holding a figure starts right before the speaker of a relative clause without
    "that": "the 1.2 billion dollars [it expects to collect]", "a dozen votes [I regret]" (bounded: 6 tokens)."""
    x = _token_index(toks, speaker.start)
    if x == 0 or not (speaker.name[:1].isupper() or speaker.kind in ("person", "pronoun", "speaker")
                      and speaker.described):
        return None
    prev = toks[x - 1].word
    if not (prev[:1].isalpha() and prev.islower() and prev not in _STOP and not _is(prev, "aux")
            and not prev.endswith(("ed", "ing"))):
        return None
    start = None
    figure = False
    for y in range(x - 1, max(-1, x - 7), -1):
        word = toks[y].word
        if not (word[:1].isalnum() or word in ("$", "%", "-")) or word.lower() in _STOP:
            break
        start = toks[y].start
        figure = figure or word[:1].isdigit() or word == "$"
    return start if figure else None


def _trailing_subject(toks: list[Token], speaker: Phrase, cue_end: int,
                      sent: Sentence) -> tuple[Phrase, tuple[int, int]] | None:
    """A cue closing its sentence after a long subject that follows a comma: "..., tallies by two ad trackers
    show." -> the subject from the comma to the cue, and the content before the comma (bounded: 12 tokens)."""
    x = _token_index(toks, speaker.start)
    for y in range(x - 1, max(-1, x - 12), -1):
        word = toks[y].word
        if word == ",":
            if y == x - 1 or y == 0 or toks[y + 1].word.lower() in ("and", "but", "or") \
                    or _plural_after_article(toks, y, speaker):
                return None     # ", and the mayor has warned the toll could rise": a clause of its own
            first = toks[y + 1]
            if speaker.described or speaker.name.islower():
                words = [t.word for t in toks[y + 1:x]] + speaker.name.split()
                speaker = Phrase(first.start, speaker.end, " ".join(words).lower() if not any(
                    w[:1].isupper() for w in words[1:]) else " ".join(words), "group", False)
            else:
                speaker = Phrase(first.start, speaker.end, speaker.name, speaker.kind, False)
            return speaker, (sent.start, toks[y].start)
        if word == "'" and y and toks[y - 1].word in (",", ".", "!", "?", "'"):
            return None     # "...,' she said", "...,'' he said": a closing quote, not the apostrophe of "miners' union"
        if not word[:1].isalpha() and word not in ("'", "&", "-") or word.lower() == "according" or \
                word.lower() in _STOP and word.lower() not in ("of", "and", "for", "with", "by", "from", "in", "at") \
                and not (y and f"{toks[y - 1].word.lower()} {word.lower()}" in ("close to", "briefed on")):
            return None     # ("a source close to the inquiry said", not "..., reverted to paper records")
    return None


@lru_cache(maxsize=1)
def _spelled_numbers() -> frozenset[str]:
    """Numbers in words ("eight", "forty", "hundred"): a figure, as digits are (not "one": "the one given")."""
    return numbers.spelled_numbers() - {"one"} | frozenset(numbers.words()["scales"])


def _tail_len(toks: list[Token], pos: int) -> int:
    """How many words follow ``pos`` in the sentence, counting only those that are not time/place filler."""
    n = 0
    spelled = _spelled_numbers()
    for t in toks:
        if t.start >= pos and t.word[:1].isalnum():
            if t.word[:1].isdigit() or t.word.lower() in spelled:
                n += 10
            elif t.word.lower() not in _TAIL_OK and not _cap(t.word):
                n += 1
    return n


def _ends_clause(toks: list[Token], pos: int, reach: int = 4) -> bool:
    """Whether the cue at ``pos`` closes its clause ("..., records show, and ..."): punctuation follows within
    ``reach`` words, none a figure nor "that" (a number inside a name is no figure: "told Valley 7 News.")."""
    first = _token_index(toks, pos)
    after = toks[first:first + reach + 2]   # (the words read, and the one after the last for a name)
    for n, t in enumerate(after):
        if t.word in (",", ";", ".", "-", ":"):
            return True
        named = 0 < n < len(after) - 1 and _cap(after[n - 1].word) and _cap(after[n + 1].word)
        if n >= reach or t.word[:1].isdigit() and not named or t.word.lower() == "that":
            return False
    return True


def _parenthetical(toks: list[Token], pos: int) -> bool:
    """Whether the cue ending at ``pos`` is set off by a comma with more of the sentence after it: ", police said
    on Monday, and ..." (time and place filler may stand before the comma; bounded: 8 tokens)."""
    after = toks[_token_index(toks, pos):]
    for n, t in enumerate(after[:8]):
        if t.word == ",":
            return any(u.word[:1].isalnum() for u in after[n + 1:])
        if not t.word[:1].isalnum() or t.word[:1].isdigit() or (t.word.lower() not in _TAIL_OK and not _cap(t.word)):
            return False
    return False


def _has_that(toks: list[Token], pos: int) -> bool:
    for t in toks:
        if t.start >= pos:
            return t.word.lower() in ("that", ":")
    return False


def _plural_after_article(toks: list[Token], comma: int, speaker: Phrase) -> bool:
    """Whether "a"/"an" opens the words after a comma and a plural group ends them: "..., a step analysts said
    would lift prices" is a noun and a relative clause whose subject is the group, not one speaker phrase."""
    return toks[comma + 1].word.lower() in ("a", "an") and speaker.name.endswith("s") \
        and _people_word(speaker.name.split()[-1].lower())


def _noun_phrase_lead(toks: list[Token], speaker: Phrase) -> int:
    """Where the noun phrase around a speaker phrase starts, when words the phrase leaves out stand between it and
    a comma ("..., a spokesman for the ambulance service said", "..., the race's doctor Ana Ruiz said"): the
    comma's end; otherwise the phrase's start. Bounded: 6 words, opening on a determiner, a capital or a
    possessive."""
    x = _token_index(toks, speaker.start)
    if toks[x].word.lower() in _spelled_numbers():
        return speaker.start     # ("..., the two companies said": a subject of its own, see _trailing_subject)
    for y in range(x - 1, max(-1, x - 7), -1):
        low = toks[y].word.lower()
        if toks[y].word == ",":
            opener = toks[y + 1].word
            if _plural_after_article(toks, y, speaker):
                break
            if y + 1 < x and (opener.lower() in ("the", "a", "an", "its", "their", "his", "her") or _cap(opener)
                              or _possessor(opener) or toks[y + 2].word == "'" or _people_word(opener.lower())):
                # (", fans' group X said", ", administrators X said"; not ", well below the X estimate")
                return toks[y].end
            break
        if not (toks[y].word[:1].isalpha() or toks[y].word == "'") or low in _RELATIVES or low in cue_lexicon() \
                or low in _FINITE_AUX or _is(low, "aux") or low in _STOP and low not in _JOINERS and not _is(low, "det"):
            break       # (not "..., their steepest drop since the company listed")
    return speaker.start


def _leads_with_clause(norm: str, start: int, end: int) -> bool:
    """Whether the sentence has a clause before the speaker ("N rose 4%, X said"): it ends in , or a quote."""
    before = norm[start:end].rstrip()
    return len(before) > 3 and before[-1] in ',"-:;'


#: Relative pronouns: a clause of their own starts after them.
_RELATIVES = frozenset(["that", "which", "who"])
#: Words opening a relative clause set off by commas after a name ("The board, which ...", "Lind, whose ...").
_RELATIVE_OPENERS = frozenset(["which", "who", "whose"])
#: Words after a comma that open another clause.
_CLAUSE_OPENERS = frozenset(["but", "and", "while", "whereas", "which", "who", "although", "though", "as", "after"])
#: Time words that may stand between a speaker and the cue: "X on Tuesday said", "a poll last week found".
_TIME_UNITS = frozenset(["week", "month", "year", "weekend", "night", "morning", "afternoon", "evening", "day",
                         "quarter", "spring", "summer", "fall", "autumn", "winter", "today", "yesterday",
                         "nightfall", "midnight", "midday", "noon", "dawn", "dusk", "sunset", "sunrise"])
_QUANTIFIERS = frozenset(["all", "many", "most", "several", "few", "other", "various", "both", "some", "such",
                          "across", "among", "of", "in", "from"])
#: Auxiliaries that make the bare word before them a noun subject ("the road project will cost").
_FINITE_AUX = frozenset(["is", "are", "was", "were", "will", "would", "could", "can", "may", "might", "has", "had"])
#: Words before "planning" that leave it a verb ("is planning", "still planning"), not a noun ("upheld planning")
_PLANNING_AUX = _FINITE_AUX | {"be", "been", "also", "still", "now", "already"}
#: Verbs whose past tense is their bare form: "Brenner put the cost at" agrees with a singular name.
_SAME_PAST = frozenset(["put", "set", "cut", "forecast", "broadcast", "read", "bet"])
#: Determiners before a noun phrase whose last word may look like a cue ("the Marra find", "its Kolo project").
_NOUN_DETS = _class_words("noun_det")
_NUMBER_WORDS = frozenset(["a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "several", "few"])
_WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])


def _skip_time(toks: list[Token], k: int) -> int:
    """The index before any time adverbial ending at ``k`` ("last week", "on Tuesday", "earlier this month")."""
    if k < 0:
        return k
    low = toks[k].word.lower()
    if low in _WEEKDAYS or low in ("today", "yesterday"):
        k -= 1
        if k >= 0 and toks[k].word.lower() in ("on", "in"):
            k -= 1
    elif low in ("later", "earlier", "ago") and k >= 2 and toks[k - 1].word.lower().rstrip("s") in _TIME_UNITS \
            and (_is(toks[k - 2].word, "det") or toks[k - 2].word[:1].isdigit() or toks[k - 2].word.lower()
                 in _NUMBER_WORDS):
        k -= 3                  # "Smith a month later announced", "the agency two weeks ago said"
    elif low in _TIME_UNITS and k >= 1 and toks[k - 1].word.lower() in ("last", "this", "next", "that"):
        k -= 2
        if k >= 0 and toks[k].word.lower() in ("earlier", "later"):
            k -= 1
    elif _is(toks[k].word, "notname") and toks[k].word in _MONTHS and k >= 1 and toks[k - 1].word.lower() == "in":
        k -= 2                  # "a poll in June showed"
    elif low.isdigit() and len(low) == 4 and k >= 1 and toks[k - 1].word.lower() == "in":
        k -= 2                  # "a study in 2015 found"
    elif low == "far" and k >= 1 and toks[k - 1].word.lower() == "so":
        k -= 2                  # "the government has so far promised"
    if k >= 0 and toks[k].word.lower() in _PUBLISHED:
        k -= 1                  # "a poll released Friday found"
    return k


#: Participles that tie a document to its date: "a poll released Friday found".
_PUBLISHED = _class_words("published")
_MONTHS = frozenset(["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Jan.", "Feb.", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."])


#: Words that make a speaker a share of people polled: "45 percent of renters said", "a majority said".
_SHARES = frozenset(["percent", "%", "majority", "minority", "half", "third", "quarter", "most", "plurality",
                     "share", "fraction", "percentage"])


def _respondents(toks: list[Token], speaker: Phrase) -> bool:
    """Whether the speaker is a share of people answering a poll ("58 percent of tenants")."""
    if speaker.name[:1].isdigit():
        return True
    x = _token_index(toks, speaker.start)
    if x < len(toks) and toks[x].word.lower() in _SHARES:
        return True
    for y in range(x - 1, max(0, x - 6), -1):        # "31% of Republicans and GOP-leaning voters said"
        word = toks[y].word.lower()
        if word[:1].isdigit() and y >= 2 and toks[y - 1].word.lower() == "in":
            return True                                 # "six in 10 voters said"
        if word == "of":
            return toks[y - 1].word.lower() in _SHARES or toks[y - 1].word[:1].isdigit()
        if not word[:1].isalpha() or (word in _STOP and word != "and"):
            return False
    return False


#: Words that may follow the document word heading a long subject ("a survey of ...", "a poll released ...").
_DOCUMENT_TAILS = frozenset(["of", "by", "from", "in", "on", "for", "among", "with", "conducted", "released",
                             "published", "taken", "out", "issued", "commissioned", "last", "this"])


def _document_subject(toks: list[Token], k: int, norm: str) -> Phrase | None:
    """A long subject headed by a document: "a survey of voters aged 18 to 35 shows" -> the survey.
    Walks back at most 12 tokens within the clause to a document word."""
    for x in range(k, max(-1, k - 12), -1):
        word = toks[x].word
        if word == "," and 0 < x < k and toks[x - 1].end == toks[x].start == toks[x + 1].start - 1 \
                and toks[x - 1].word.isdigit():
            continue            # the comma inside "1,200"
        if word in (",", ";", ":", '"', "(", ")") or (word.lower() in _STOP and word.lower() not in
                                                     ("of", "by", "from", "in", "on", "among", "for", "and", "to", "at", "with", "about", "over", "under")):
            return None
        headed = x == k or toks[x + 1].word.lower() in _DOCUMENT_TAILS or not toks[x + 1].word[:1].isalpha()
        if headed and _is(word.lower(), "document") and (x == 0 or toks[x - 1].word.lower() not in ("of", "by",
                                                                                                 "from")):
            if x + 2 <= k and toks[x + 1].word.lower() in ("by", "from"):
                inner = _phrase_after(toks, x + 2)      # "a paper from the Brookings Institution had ..."
                if inner is not None and not inner.described:
                    return Phrase(inner.start, inner.end, inner.name, "document", False)
            found = _phrase_before(toks, x, norm)
            if found is None:
                return None
            return found if found.kind == "document" else Phrase(found.start, found.end, found.name, "document",
                                                                  False)
    return None


def _head_before_place(toks: list[Token], k: int, norm: str) -> Phrase | None:
    """ "Local officials in Tersk province put ...": the described speaker before a short place phrase that is
    no speaker itself (bounded: 5 tokens back).

    >>> toks = _tokens("Officials in Tersk province put", 0, 31)
    >>> _head_before_place(toks, 3, "").name
    'officials'
    """
    for x in range(k - 1, max(0, k - 5), -1):
        w = toks[x].word
        if w.lower() in ("in", "at", "from", "of", "for", "across", "near"):
            if _temporal(toks[x + 1].word) or not _cap(toks[x + 1].word):
                return None         # "voters in May 2015": a time, not a place; "most of them": no place
            found = _phrase_before(toks, x - 1, norm)
            if found is not None and found.kind in ("group", "person", "org") and \
                    _described_word(found.name.split()[-1].lower()):
                return found
            return None
        if not w[:1].isalnum():
            return None
    return None


def _digit_comma(toks: list[Token], k: int) -> bool:
    """Whether the comma at ``k`` groups the digits of a number ("9,000"), not clauses.

    >>> toks = _tokens("It has 9,000 staff, 2, 3", 0, 24)
    >>> [_digit_comma(toks, x) for x, t in enumerate(toks) if t.word == ","]
    [True, False, False]
    """
    return 0 < k < len(toks) - 1 and toks[k - 1].end == toks[k].start and toks[k + 1].start == toks[k].end \
        and toks[k - 1].word[-1:].isdigit() and toks[k + 1].word[:1].isdigit()


def _sentence_subject(toks: list[Token], upto: int) -> Phrase | None:
    """The subject of the clause a participle or a second verb hangs on: the last phrase before ``upto`` that
    opens the sentence or a comma-delimited clause and is followed by a lowercase word (its verb).

    "The day before, at a rally, Mr. Smith was blunt, claiming ..." -> Mr. Smith.
    """
    best = None
    starts = [0] + [x + 1 for x in range(max(0, upto - 40), upto) if toks[x].word in (",", ";", "-")
                    and not _digit_comma(toks, x)]
    for s in starts:
        while s < upto and toks[s].word.lower() in ("but", "and", "yet", "so", "then", '"', "'"):
            s += 1
        if s >= upto or (toks[s].word[:1].islower() and not _is(toks[s].word, "det")):
            continue
        phrase = _phrase_after(toks, s)
        if phrase is None or phrase.end > toks[upto].start:
            continue
        x = next((x for x in range(s, upto + 1) if toks[x].start >= phrase.end), upto)
        if toks[x - 1].word.lower().endswith(("'s", "\u2019s")):
            continue            # "The hospital's medical director ...": an owner, not the subject
        if toks[x].word == "(":             # "Gov. Jane Doe (R) blasted ... and said"
            x = next((y + 1 for y in range(x, min(upto, x + 8)) if toks[y].word == ")"), x)
        relative = x + 1 < upto and toks[x].word == "," and toks[x + 1].word.lower() in ("who", "which")
        # "The firm's finance chief, Ana Ruiz, thanked staff and said ...": a name set off after its role
        apposed = phrase.kind == "person" and s >= 2 and toks[s - 1].word == "," and toks[s - 2].word.islower() \
            and x + 1 < upto and toks[x].word == "," and toks[x + 1].word.islower() \
            and toks[x + 1].word not in _JOINERS and toks[x + 1].word not in ("who", "which")
        if x < upto and (toks[x].word[:1].islower() and toks[x].word.lower() not in _JOINERS or relative or apposed):
            best = phrase       # "The council, which coordinates aid, put the toll at 57 and said ..."
    return best


def _relative_aside(toks: list[Token], subject: Phrase, comma: int) -> bool:
    """Whether a relative clause alone stands between a subject and the comma before its verb ("The shelter,
    which houses 120 dogs, said"): the subject speaks, whatever its noun."""
    x = _token_index(toks, subject.end)
    return x + 1 < comma and toks[x].word == "," and toks[x + 1].word.lower() in _RELATIVE_OPENERS \
        and not any(t.word == "," and not _digit_comma(toks, y) for y, t in enumerate(toks[x + 1:comma], start=x + 1))


def _document_where(toks: list[Token], document: Phrase, norm: str) -> Phrase:
    """A document with where it was lodged or whom it went to, closing its clause: "filings with the county",
    "filings at the land registry", "returns sent to tenants" (else the document as found; bounded: 6 words)."""
    k = _token_index(toks, document.end)
    if k < len(toks) and toks[k].word.lower() in ("sent", "filed", "lodged", "submitted"):
        k += 1
    if k + 1 >= len(toks) or toks[k].word.lower() not in ("at", "with", "to"):
        return document
    end = k + 1 + (toks[k + 1].word.lower() == "the")
    while end < min(len(toks), k + 6) and toks[end].word.isalpha() and toks[end].word.lower() not in _STOP:
        end += 1
    if end == k + 1 or end < len(toks) and toks[end].word not in (",", ".", ";") or toks[end - 1].word == "the":
        return document
    return Phrase(document.start, toks[end - 1].end, norm[document.start:toks[end - 1].end], "document", False)


def _named_in_apposition(toks: list[Token], described: Phrase) -> Phrase | None:
    """A person's name set off by a comma after a described source and closing its clause ("according to the
    organist, Dr Ivo Lenz."), if there is one."""
    c = _token_index(toks, described.end)
    if c + 1 >= len(toks) or toks[c].word != ",":
        return None
    k = c + 1
    while k < len(toks) and k - c <= 6 and (_cap(toks[k].word) or toks[k].word.lower() in ("the", "rev", "rev.")
                                            or _is(toks[k].word, "title")):
        k += 1
    if k == c + 1 or k < len(toks) and toks[k].word not in (",", ".", ";") or not _cap(toks[k - 1].word):
        return None
    named = _name_before(toks, k - 1)
    return named if named is not None and named.kind == "person" else None


def _closing_phrase(toks: list[Token], j: int) -> Phrase | None:
    """The phrase right after a cue at token ``j``, when it ends its clause (", said the council.")."""
    after = _phrase_after(toks, j)
    end = _token_index(toks, after.end) if after is not None else 0
    return after if after is not None and (end >= len(toks) or toks[end].word in (",", ".", ";")) else None


def _appositive_subject(toks: list[Token], comma: int, norm: str) -> Phrase | None:
    """ "Smith, a farmer, said" / "Smith, who chairs the board, said": the phrase before the first comma;
    "Its president, Mara Koll, said": the name in the apposition."""
    floor = max(0, comma - 25)
    k = comma - 1
    for attempt in range(3):
        while k >= floor and (toks[k].word != "," or _digit_comma(toks, k)):
            if toks[k].word in ('"', ".", ";", ":"):
                return None
            k -= 1
        if k < floor or k == comma - 1:
            return None
        phrase = _phrase_before(toks, k - 1, norm)
        if phrase is None and k >= 3 and toks[k - 1].word.isdigit() and toks[k - 2].word == ",":
            k -= 2          # "Ana Ruiz, 45, a nurse, said": the age is an apposition too
            phrase = _phrase_before(toks, k - 1, norm)
        # the description must end right before the comma ("The drivers' union, ASLD,"), not in a name of its own
        # ("the mayor of Oakland, California,")
        head = toks[k - 1].word
        described = phrase is not None and head.isalpha() and (head.islower() and (
            phrase.described or phrase.name.split()[-1].islower()) or _is(head.lower(), "role") and phrase.described)
        # ("X's rival, Brack Haulage,", "the Dean, the Reverend Clare Hollis,")
        if described and attempt == 0:
            named = _phrase_before(toks, comma - 1, norm)
            if named is not None and not named.described and named.kind in ("person", "unknown", "org", "group") \
                    and named.start == toks[k + 1].start and named.name[:1].isupper():
                # "Its president, Mara Koll, said", "The drivers' union, ASLD, said", "The biggest beneficiary, the
                # Dovecote hospice, expects"
                return named
        first = _token_index(toks, phrase.start) if phrase is not None else 0
        lead = first - 1 if first >= 1 and _is(toks[first - 1].word, "det") else first
        if phrase is not None and lead >= 2 and toks[lead - 1].word == "," and attempt < 2 and \
                phrase.name.split()[-1].islower() and _described_word(phrase.name.split()[-1]):
            named = _phrase_before(toks, lead - 2, norm)
            at = _token_index(toks, named.start) if named is not None else 0
            if named is not None and not named.described and named.kind in ("person", "unknown") and \
                    (at == 0 or toks[at - 1].word == ","):
                return named        # "Ivo Marek, the mayor of Dover, Kent, said": the name the description follows
        if phrase is None or first == 0 or toks[first - 1].word.lower() not in _PLACE_PREPOSITIONS:
            return phrase
        # "Smith, at a meeting in Dover, Kent, said": Kent is a place, Smith the speaker;
        # "Exit polls from the primary, which ..., showed": the phrase before the preposition
        k = next((y for y in range(first - 1, floor - 1, -1) if toks[y].word in (",", '"', ".", ";", ":")), -1)
        if k < floor or toks[k].word != ",":
            head = _phrase_before(toks, first - 2, norm) if first >= 2 else None
            return head if head is not None else phrase
    return None


#: Prepositions before a place or an occasion: the name after them is not the speaker.
_PLACE_PREPOSITIONS = frozenset(["in", "at", "of", "from", "during", "near", "on", "to", "outside", "inside",
                                  "behind"])


#: A colon that may follow a speaker's name ("Smith: ..."), not one inside a time or a ratio ("2:25").
_LABEL_COLON = re.compile(r"(?<=[^\d\s]):(?=\s)")


def _label_claim(norm: str, sent: Sentence, toks: list[Token], colon: int) -> Claim | None:
    """ "Jane Smith: ..." / "HEADLINE - Jane Smith: ...": a name alone before a colon introduces her words."""
    k = next((x for x, t in enumerate(toks) if t.start == colon), None)
    if k is None or k == 0:
        return None
    phrase = _phrase_before(toks, k - 1, norm)
    if phrase is None or phrase.described or phrase.kind not in ("person", "org", "unknown", "document"):
        return None
    first = next((x for x, t in enumerate(toks) if t.start >= phrase.start), k)
    if first > 1 and toks[first - 1].word.lower() in ("and", "&"):
        # "Jane Doe and John Roe: ...": both names introduce the words
        other = _phrase_before(toks, first - 2, norm)
        if other is not None and not other.described and other.kind in ("person", "unknown"):
            phrase = Phrase(other.start, phrase.end, f"{other.name} and {phrase.name}", phrase.kind, False)
            first = next((x for x, t in enumerate(toks) if t.start >= phrase.start), k)
    if first > 0 and toks[first - 1].word not in ("-", '"', "'") and toks[first - 1].word.lower() != "from":
        return None     # "More from Jane Doe: ..." introduces her words; "rose to 4 in Ohio: ..." does not
    if phrase.name.lower() in _NOT_SPEAKERS or len(phrase.name) < 2 or _described_word(phrase.name.lower()):
        return None     # "Poll: Ames slips to 38%" is a headline's label, not a speaker
    return Claim(colon, colon + 1, ":", phrase, colon + 1, sent.end, sent.end - colon)


#: Labels that stand before a colon without being anyone's words.
_NOT_SPEAKERS = frozenset(["note", "editor's", "note", "update", "updated", "correction", "name", "age", "city", "job", "pay", "why", "watch", "read", "related", "photo", "video", "source", "sources", "q", "a"])


# ---------------------------------------------------------------- names in the whole text

# A run of capitalized words, joined by spaces or by "of"/"for"/"&" ("Bank of England"). No nested
# ambiguity: every repetition starts with an upper-case letter.
_NAME_RUN = re.compile(r"[A-Z][\w'.&/-]*(?:\s(?:(?:of|for|de|&)\s)?[A-Z][\w'.&/-]*){0,6}")


@dataclass(frozen=True)
class Mention:
    start: int
    end: int
    name: str
    kind: str
    #: named after a preposition of place ("a plant in Ashby"): never what "the company" refers to
    place: bool = False
    #: "male" or "female" when a title or role beside the name says so ("Mrs. Ruiz", "spokesman Jon Berg")
    sex: str = ""
    #: named after any preposition ("storms hit towns on Marlow", "workers at Dunmore"): an organization only
    #: when the name itself reads as one
    prep: bool = False


#: a currency code written onto its sum ("EUR1,450", "USD3.5")
_CODED_SUM = re.compile(r"[A-Z]{3}\d")


def _mentions(norm: str) -> list[Mention]:
    """Capitalized names in the text with a guess at person/org (a light pass for antecedents).

    >>> [(m.name, m.kind, m.place) for m in _mentions("Defence Minister Ana Ruiz toured a depot in Ashby.")]
    [('Ana Ruiz', 'person', False), ('Ashby', 'unknown', True)]
    """
    out = []
    surnames: set[str] = set()      # last words of people named in full so far ("Sanders" after "Bernie Sanders")
    for start, end, run in _name_runs(norm):
        words = run.split()
        for x in range(1, len(words)):
            owner = _possessor(words[x])
            if owner and words[x - 1][1:].islower() and owner[1:].islower() and not _is(words[x - 1], "notname"):
                surnames.add(owner)     # "Tomas Everil's party": "Everil" opening a later sentence is a person
        lead = 0
        while lead < len(words) and (_is(words[lead], "notname") or _is(words[lead].rstrip("."), "notname")
                                     or _is(words[lead], "title")):
            lead += 1
        # "Defence Minister Ana Ruiz": the name after the last title or role word, as in _name_before
        last_title = max((x for x in range(lead, len(words) - 1) if _is(words[x], "title") or _is(words[x], "role")),
                         default=lead - 1)
        titled = last_title >= lead or lead > 0 and _is(words[lead - 1], "title")
        lead = max(lead, last_title + 1)
        if lead + 2 < len(words) and words[lead] in ("of", "for") and lead > 0:
            lead += 2           # "Secretary of State Ana Ruiz"
        words = [w[:-2] if _possessor(w) else w.rstrip(".") if not _keeps_dot(w) else w for w in words[lead:]]
        if not words:
            continue
        known = len(words) == 1 and words[0] in surnames
        if len(words) == 1 and lead == 0 and not known and \
                norm[max(0, start - 3):start].strip()[-1:] in ("", ".", "!", "?", '"'):
            continue        # a capitalized word opening a sentence is not evidence of a name
        if lead == 0 and norm[max(0, start - 2):start].strip()[-1:].isdigit() or _CODED_SUM.match(words[0]) \
                or _CODED_SUM.match(words[-1] + norm[end:end + 2].strip()[:1]):
            continue        # "600 MW", "40 GW", "EUR1,450", "GBP 1.8 million": a unit or a sum names no one
        preceding = norm[max(0, start - 25):start].split()
        before = [w.lower() for w in preceding]
        titled = titled or (bool(before) and _is(before[-1], "title"))
        if "of" in words and (titled or bool(before) and _is(before[-1], "role")) and " of " in norm[start:end]:
            cut = words.index("of")
            if 2 <= cut <= 3 and all(w[1:].islower() for w in words[:cut]):
                # "analyst Jo Berg of Orm University": the person, not one long organization
                words, end, titled = words[:cut], start + norm[start:end].index(" of "), True
        kind = "person" if known else _name_kind(words, titled=titled)
        kind_word = preceding[-1] if preceding else ""      # as written: "group", not "State"
        prep = bool(before) and before[-1] in _PREPOSITIONS
        if kind == "person" and not titled and (_owns_its(norm, end) and not prep or kind_word.isalpha()
                                                 and kind_word.islower() and _is(kind_word, "anyorg")):
            # "Norvale Textiles will close its mill": a person is not "its" owner (but "X's project at Salar Ruiz
            # won its permit": the owner is the subject before the preposition); "campaign group Clean Seas",
            # "retailer Marlow": an organization's kind before its name
            kind = "org"
        if kind == "person" and len(words) > 1:
            surnames.add(words[-1])
        place = bool(before) and before[-1] in _PLACE_WORDS
        marks = [w.lower() for w in run.split()[:lead]] + before[-1:]
        sex = next((c for c in ("male", "female") for w in marks[::-1] if _is(w, c)), "") if kind == "person" else ""
        if words[-1].endswith("s'"):
            words = [*words[:-1], words[-1][:-1]]      # "Andessa Minerals' project": the name, not its possessive
        out.append(Mention(start, end, " ".join(words), kind, place, sex, prep))
    return out


def _org_after_and(toks: list[Token], j: int, limit: int) -> bool:
    """Whether the capitalized words after the "and" at ``j`` end in an organization's word ("... and Tane Water
    Board"): the "and" is inside one name, not between two."""
    x = j + 1
    while x < min(limit, j + 5) and _cap(toks[x].word):
        x += 1
    return x > j + 1 and _is(toks[x - 1].word, "orgname")


def _temporal(name: str) -> bool:
    """Whether a capitalized run only names a time: months, weekdays, a period ("April-June", "Q3").

    >>> _temporal("April-June"), _temporal("Sept."), _temporal("Ames")
    (True, True, False)
    """
    parts = [p for p in re.split(r"[\s/-]+", name) if p]
    return bool(parts) and all(p in _MONTHS or p.rstrip(".") in _MONTHS or p.lower() in _WEEKDAYS
                               or p.lower() in _TIME_UNITS or re.fullmatch(r"Q[1-4]|H[12]|\d+", p)
                               for p in parts)


def _name_runs(norm: str) -> Iterable[tuple[int, int, str]]:
    """The capitalized runs of ``norm``, cut after a word whose period ends a sentence ("Dover. Ana Corp." is two
    runs; "Ana Corp. said" is one).

    >>> [r for _, _, r in _name_runs("They met in Dover. Ana Corp. The rest.")]
    ['They', 'Dover.', 'Ana Corp.', 'The']
    """
    spans = [(m.start(), m.end()) for m in _NAME_RUN.finditer(norm)]
    n = 0
    while n < len(spans):
        first, last = spans[n]
        if n + 1 < len(spans) and norm[last:spans[n + 1][0]] == " and " and norm[last - 1] != "." and \
                _is(norm[first:spans[n + 1][1]].split()[-1], "orgname"):
            n += 1      # "Dyers and Weavers Union": one name across "and", ending in an organization's word
            last = spans[n][1]
        n += 1
        start = first
        for w in re.finditer(r"\S+", norm[first:last]):
            word = w.group(0)
            if word.endswith(".") and (not _keeps_dot(word) or w.end() < last - first and _is(
                    norm[first + w.end():last].split()[0], "notname")):
                yield start, first + w.end(), norm[start:first + w.end()]
                start = first + w.end() + 1
        if start < last:
            yield start, last, norm[start:last]


#: Prepositions after which a capitalized name is a place ("a depot near Fenwick"), never an organization
#: speaking. "at" and "from" are left out: "economists at Dunmore Bank", "a spokesman from Acme".
_PLACE_WORDS = frozenset(["in", "near", "into", "outside", "inside", "across", "around", "throughout", "within",
                          "toward", "towards"])


#: Any preposition before a name: a name after one may be a place, so "the company" takes it only when it reads
#: as an organization ("Pellam Airways"), not a bare "Marlow".
_PREPOSITIONS = _PLACE_WORDS | frozenset(["on", "at", "from", "to", "over", "of", "off", "along", "across", "via",
                                          "through", "beyond"])


def _owns_its(norm: str, end: int) -> bool:
    """Whether the clause after a name uses "its" within its first seven words ("X will close its plant")."""
    clause = re.split(r'[,.;:!?"()]', norm[end:end + 60], maxsplit=1)[0].split()
    return bool(clause) and clause[0].islower() and "its" in clause[:7]


# ---------------------------------------------------------------- quotes

@dataclass(frozen=True)
class Quote:
    start: int        # the opening quote mark
    end: int          # after the closing quote mark (or the paragraph end when left open)
    para: int
    closed: bool
    opens_para: bool


#: The first word of a figure's span and the spaces after it (a span may hold a cue: "estimated 18,000").
_LEADING_WORD = re.compile(r"([A-Za-z]+) +(?=\S)")

#: A double quote mark; some wires write it as two apostrophes.
_QUOTE_MARK = re.compile('"|\'\'')

#: A quotation in single quote marks, in a paragraph with no double quotes: an opening mark at a line's start or
#: after a space, before a word; a closing one after a word or its punctuation, before a space or punctuation
#: ("'We counted 410 boats,' she said"; not the apostrophes of "the miners' union" or "don't" alone).
_SINGLE_QUOTE = re.compile(r"(?:^|(?<=[\s(]))'[A-Za-z0-9](?:[^'\n]|(?<=\w)'(?=\w)){0,400}?(?<=[\w,.!?])'(?=[\s,.;:!?)]|$)")


def _quotes(norm: str) -> list[Quote]:
    """Direct quotations, paired paragraph by paragraph (straight double quotes in ``norm``, else single ones)."""
    out: list[Quote] = []
    para = 0
    pos = 0
    n = len(norm)
    while pos < n:
        nl = norm.find("\n", pos)
        end = n if nl < 0 else nl
        line = norm[pos:end]
        if line.strip():
            marks = [pos + x.start() for x in _QUOTE_MARK.finditer(line)]
            ends = [pos + x.end() for x in _QUOTE_MARK.finditer(line)]
            if not marks:   # each single-quoted quotation as its two marks
                for x in _SINGLE_QUOTE.finditer(line):
                    marks += [pos + x.start(), pos + x.end() - 1]
                    ends += [pos + x.start() + 1, pos + x.end()]
            first_text = pos + (len(line) - len(line.lstrip()))
            for a in range(0, len(marks), 2):
                s = marks[a]
                if a + 1 < len(marks):
                    out.append(Quote(s, ends[a + 1], para, True, s == first_text))
                else:
                    out.append(Quote(s, end, para, False, s == first_text))
            para += 1
        pos = end + 1
    return out


# ---------------------------------------------------------------- the document reader

@lru_cache(maxsize=256)
def _named_as(head: str) -> re.Pattern[str]:
    """A name that the text itself calls ``head``: "the Sanders campaign", "Ames's campaign", "Alphabet, the
    parent company of Google", "operator Vialta"; for a head that fits any organization, an apposition with any
    such word ("Ravel, a mining firm," for "the company") (bounded: up to five name words and three words before
    the head).

    >>> bool(_named_as("company").search("Ravel, a mining firm, runs a pit."))
    True
    >>> bool(_named_as("cooperative").search("said Ana Ruiz, the cooperative's president."))
    False
    >>> bool(_named_as("firm").search("Most jobs are in Ravel, the company said."))
    False
    """
    name = r"[A-Z][\w&.'-]*(?: [A-Z][\w&.'-]*){0,4}"
    kinds = sorted(w for w, c in word_classes().items() if "anyorg" in c) if _is(head, "anyorg") else [head]
    heads = "|".join(re.escape(w) for w in kinds)
    # (no apposition where the description opens a trailing cue: "... are in Darnby, the company said")
    speech = "|".join(re.escape(c.form) for c in cue_lexicon().values() if c.kind == "speech" and " " not in c.form)
    return re.compile(rf"(?P<owner>{name})(?:'s)? {re.escape(head)}\b"
                      rf"|(?P<appos>{name}), (?:the|a|an) (?:[\w-]+ ){{0,3}}(?:{heads})\b(?!'s)(?! (?:{speech})\b)"
                      rf"|\b{re.escape(head)} (?P<titled>{name})")


#: ", conducted by the ...": the author of a document named right after it
_AUTHORED_BY = re.compile(r",? (?:conducted|released|published|commissioned|compiled|issued|carried out|done) "
                          r"(?:\w+ )?by (?:the )?")

#: "a spokesman for the company", "officials at the agency": someone speaking for an organization described
_VOICE_OF = re.compile(r"(?:an? |the )?(?:(?P<role>\w+) (?:for|of|at|from|with) the (?P<org>\w+)"
                       r"|(?P<org2>\w+) (?P<role2>\w+))")


class _Document:
    """The light passes over one text, and the per-figure analysis on demand."""

    def __init__(self, text: str, norm: str, sentences: list[Sentence]) -> None:
        self.text = text
        self.norm = norm
        self.sentences = sentences
        self.sent_starts = [s.start for s in sentences]
        self._tokens: dict[int, list[Token]] = {}
        hits_by_sentence: dict[int, list[tuple[int, int]]] = {}
        for m in _cue_pattern().finditer(norm):
            si = self.sentence_index(m.start())
            if si is not None:
                hits_by_sentence.setdefault(si, []).append((m.start(), m.end()))
        self.claims: dict[int, list[Claim]] = {}
        for si in sorted(hits_by_sentence):
            sent = sentences[si]
            self.claims[si] = _claims_in(norm, sent, self.tokens(si), hits_by_sentence[si])
        for m in _LABEL_COLON.finditer(norm):
            si = self.sentence_index(m.start())
            if si is not None:
                claim = _label_claim(norm, sentences[si], self.tokens(si), m.start())
                if claim is not None:
                    self.claims[si] = sorted([*self.claims.get(si, []), claim], key=lambda c: c.cue_start)
        self.all_claims = [c for si in sorted(self.claims) for c in self.claims[si]]
        self.claim_starts = [c.cue_start for c in self.all_claims]
        self.mentions = _mentions(norm)
        self.mention_starts = [m.start for m in self.mentions]
        self.sexes: dict[str, str] = {}     # surname -> "male"/"female" ("?" when the text says both)
        for m in self.mentions:
            if m.sex:
                known = self.sexes.setdefault(m.name.split()[-1], m.sex)
                if known != m.sex:
                    self.sexes[m.name.split()[-1]] = "?"
        self.quotes = _quotes(norm)
        self.quote_starts = [q.start for q in self.quotes]
        self._quote_speaker: dict[int, tuple[Claim | None, Phrase | None]] = {}
        self._orgs: dict[tuple[int, str, bool], str] = {}      # org_antecedent, once per description

    def sentence_index(self, pos: int) -> int | None:
        i = bisect.bisect_right(self.sent_starts, pos) - 1
        if i >= 0 and pos < self.sentences[i].end:
            return i
        return None

    def tokens(self, si: int) -> list[Token]:
        if si not in self._tokens:
            s = self.sentences[si]
            self._tokens[si] = _tokens(self.norm, s.start, s.end)
        return self._tokens[si]

    # -------------------------------------------------- quotes

    def quote_at(self, start: int, end: int) -> int | None:
        qi = bisect.bisect_right(self.quote_starts, start) - 1
        if qi >= 0 and self.quotes[qi].start < start and end <= self.quotes[qi].end:
            return qi
        return None

    def quote_claim(self, qi: int, depth: int = 0) -> Claim | None:
        """The claim that introduces quote ``qi``: a cue just after it, just before it, or the run's."""
        if qi in self._quote_speaker:
            return self._quote_speaker[qi][0]
        q = self.quotes[qi]
        found = self._adjacent_claim(q)
        if found is None and depth < 8:
            prev = self.quotes[qi - 1] if qi else None
            if prev is not None and (prev.para == q.para or (q.opens_para and prev.para == q.para - 1)):
                found = self.quote_claim(qi - 1, depth + 1)
            if found is None and qi + 1 < len(self.quotes) and self.quotes[qi + 1].para == q.para and q.closed:
                found = self._adjacent_claim(self.quotes[qi + 1])
        self._quote_speaker[qi] = (found, None)
        return found

    def _adjacent_claim(self, q: Quote) -> Claim | None:
        norm = self.norm
        # after the closing quote: '"...," Smith said.' / '"...," said Smith.'
        if q.closed:
            limit = min(len(norm), q.end + 160)
            nl = norm.find("\n", q.end, limit)
            limit = nl if nl >= 0 else limit
            nxt = _QUOTE_MARK.search(norm, q.end, limit)
            limit = nxt.start() if nxt else limit
            ci = bisect.bisect_left(self.claim_starts, q.end)
            closing = self.sentence_index(q.end - 1)
            while ci < len(self.all_claims) and self.all_claims[ci].cue_start < limit:
                c = self.all_claims[ci]
                # the cue must close the quote's own sentence ('"...," he said.'), not start the next one
                # ('"... regime." He echoed it, saying ...' starts a new sentence)
                ended = norm[q.end - 2:q.end - 1] == "." and norm[c.speaker.start:c.speaker.start + 1].isupper() \
                    and c.cue_start - c.speaker.end > 12
                own = self.sentence_index(c.cue_start) == closing or not norm[q.end:c.speaker.start].strip() \
                    and not ended
                if own and (c.speaker.start >= q.end or c.speaker.end <= q.start) and (
                        c.content_start <= q.start + 1 or c.content_end <= q.end or c.speaker.start >= q.end):
                    return c
                ci += 1
        # a quote opening the paragraph after an introduction that ends in a colon
        if q.opens_para:
            before = norm[max(0, q.start - 300):q.start].rstrip()
            if before.endswith(":"):
                ci = bisect.bisect_left(self.claim_starts, q.start) - 1
                if ci >= 0 and self.all_claims[ci].cue_start >= q.start - 300:
                    return self.all_claims[ci]
        # before the opening quote: 'Smith said: "..."'
        floor = max(0, q.start - 200)
        nl = norm.rfind("\n", floor, q.start)
        floor = nl + 1 if nl >= 0 else floor
        prevq = max(norm.rfind('"', floor, q.start), norm.rfind("''", floor, q.start) + 1)
        floor = prevq + 1 if prevq > 0 else floor
        ci = bisect.bisect_left(self.claim_starts, q.start) - 1
        while ci >= 0 and self.all_claims[ci].cue_start >= floor:
            c = self.all_claims[ci]
            # a possessive noun ("had this to say about his plan: '...'") does not introduce the quote
            if c.content_end >= q.start and c.speaker.end <= q.start and not c.minor:
                return c
            ci -= 1
        return self._introduction(q)

    def _introduction(self, q: Quote) -> Claim | None:
        """A quote after a sentence that introduces it without a cue over it: 'Smith said in a statement.
        "..."' (a cue whose content is only filler) or 'The campaign worded it carefully: "..."' (a colon:
        the subject of the introducing sentence)."""
        norm = self.norm
        before = norm[max(0, q.start - 300):q.start].rstrip()
        if not before:
            return None
        ci = bisect.bisect_left(self.claim_starts, q.start) - 1
        for c in self.all_claims[max(0, ci - 2):ci + 1][::-1]:
            if c.cue_start < q.start - 300 or c.rank >= _WEAK:
                continue        # weak claims ("in a statement") defer to the verb beside them
            filler = norm[c.cue_end:q.start].strip()
            if len(filler) <= 40 and not any(ch.isdigit() or ch in '"?' for ch in filler) and c.cue != ":" \
                    and filler[-1:] in (".", ""):
                return c        # 'Smith said in a statement. "..."'
            break
        if not before.endswith(":"):
            return None
        colon = len(before) - 1 + max(0, q.start - 300)
        si = self.sentence_index(colon)
        if si is None:
            return None
        toks = self.tokens(si)
        upto = next((x for x, t in enumerate(toks) if t.start >= colon), len(toks) - 1)
        subject = _sentence_subject(toks, upto) if upto > 0 else None
        if subject is None and upto > 0:
            subject = _phrase_after(toks, 0)    # "The campaign, in a memo, worded it carefully: ..."
        if subject is None or subject.end > colon or subject.name.lower() in _NOT_SPEAKERS:
            return None
        return Claim(colon, colon + 1, ":", subject, colon + 1, q.end, q.end - colon)

    # -------------------------------------------------- figures

    def attribute(self, start: int, end: int) -> Attribution | None:
        si = self.sentence_index(start)
        if si is None:
            return None
        lead = _LEADING_WORD.match(self.norm, start, end)
        if lead is not None and lead.group(1).lower() in cue_lexicon():
            start += lead.end() - lead.start()      # a figure read with its cue ("estimated 18,000"): the number
        qi = self.quote_at(start, end)
        if qi is not None:
            # the quote's speaker owns what it says, sources it cites inside included
            claim = self.quote_claim(qi)
            if claim is not None:
                return self.render(claim, start)
        if any(_in_source(c, start, end) for c in self.claims.get(si, ())):
            return None     # "according to two people familiar with ...": the figure names a source, the reporter's
        given = self._giver_after(end)
        if given is not None:
            return given
        claim = self._sentence_claim(si, start, end)
        if claim is None and not self.claims.get(si):
            claim = self._continued_claim(si, start, end) or self._agent_claim(si, start)
        if claim is not None:
            said = self.render(claim, start)
            if not (said.speaker and _UNOWNED_DATA.fullmatch(said.speaker)):
                return said
            given = self._data_giver(said)
            if given.speaker is None:
                # "Early results put turnout at 37.5%, the election board announced": data no one gives, inside
                # words someone does say
                outer = next((c for c in self.claims.get(si, ()) if c is not claim and c.rank < _WEAK
                              and not c.minor and c.content_start <= start and end <= c.content_end
                              and not _UNOWNED_DATA.fullmatch(c.speaker.name)), None)
                if outer is not None:
                    return self.render(outer, start)
            return given
        return None

    def _giver_after(self, end: int) -> Attribution | None:
        """The speaker a clause right after a figure names as its giver ("the $1.2bn the treasurer announced")."""
        found = _GIVER_AFTER.match(self.norm, end)
        if found is None or not _CLAUSE_END.match(self.norm, found.end()):
            return None
        group = next(g for g in ("who", "who2", "who3") if found[g])
        start, stop = found.span(group)
        first = found[group].split()[0]
        if first.lower() not in ("the", "his", "her", "its", "their") and (_is(first, "det") or first in _MONTHS):
            return None
        name, start, stop = self._giver_name(" ".join(found[group].split()), start, stop)
        return Attribution(name, self.text[start:stop], start, stop, found["cue"] or found["cue2"])

    def _giver_name(self, who: str, start: int, end: int) -> tuple[str, int, int]:
        """The name a giver phrase stands for ("the Orm Institute" -> "Orm Institute"; "the treasurer" resolved), and
        where it starts and ends."""
        if re.search(r"[a-z]{3}\.$", who):
            who, end = who[:-1], end - 1        # "by the Herald.": the sentence's full stop
        if who.startswith("the ") and who[4:5].isupper() and " " in who[4:]:
            return who[4:], start + 4, end      # ("the Herald" keeps its article: a paper's name is "the Herald")
        if " " not in who and who not in ("his", "her", "its", "their"):
            return who, start, end       # "brokers", "Orvik": named as they are
        return (who if who[:1].isupper() else self.resolve(
            Phrase(start, end, who, "org" if who.split()[0] == "the" else "person", True))), start, end

    def _data_giver(self, said: Attribution) -> Attribution:
        """Data no one is named as giving is the reporter's (speaker None, its words and cue kept), unless a
        clause after it names a giver: "figures Orvane Motors released", "figures her campaign released"."""
        given = self._given_by(said.speaker_end)
        if given is None and "same" in said.speaker.lower().split():
            # "according to the same data": whoever gave the data named last before them
            ci = bisect.bisect_left(self.claim_starts, said.speaker_start) - 1
            while ci >= 0 and self.all_claims[ci].cue_start >= said.speaker_start - 1500:
                earlier = self.all_claims[ci].speaker
                if earlier.end <= said.speaker_start and _UNOWNED_DATA.fullmatch(earlier.name) \
                        and "same" not in earlier.name.lower().split():
                    given = self._given_by(earlier.end)
                    break
                ci -= 1
        if given is None:
            return replace(said, speaker=None)
        start, end = given.span("who")
        name, start, end = self._giver_name(" ".join(given["who"].split()), start, end)
        return replace(said, speaker=name, speaker_text=self.text[start:end], speaker_start=start, speaker_end=end)

    def _given_by(self, pos: int) -> re.Match | None:
        """The clause right after data (at ``pos``) that names who gave it: "figures Orvane Motors released",
        "data obtained by the Herald"."""
        return _GIVEN_BY.match(self.norm, pos) or _GIVEN_BY_PASSIVE.match(self.norm, pos)

    def _continued_claim(self, si: int, start: int = 0, end: int = 0, *, share: bool = True) -> Claim | None:
        """A sentence with no cue of its own continues the source before it only when that source is a
        document or poll read out over the paragraph ("According to the poll, A has 27%. B trails at 13%."),
        or an introduction ending in a colon ("Smith argued that:")."""
        norm = self.norm
        share = share and bool(_SHARE_FIGURE.search(norm, start, min(len(norm), end + 9))) \
            and not _MOVED_BY.search(norm, max(0, start - 12), start)   # "33 percent", not "down 6%"
        crossed = False
        for back in range(1, 5 if share else 4):
            prev = si - back
            if prev < 0:
                return None
            if "\n\n" in norm[self.sentences[prev].end:self.sentences[prev + 1].start] and \
                    not norm[:self.sentences[prev].end].rstrip().endswith(":"):
                if not share or crossed:
                    return None
                crossed = True      # poll shares read out over the next paragraph too
            claims = self.claims.get(prev)
            if claims:
                last = claims[-1]
                sent = self.sentences[prev]
                forward = last.content_end >= sent.end - 1 or last.content_start <= sent.start + 1
                # "Thefts fell to 212, police figures show. Arson fell by 30.": a document closed by its cue is
                # done; one read out ("The poll gives A 27%. B trails at 13%.") and poll shares run on
                # (but a consequence the next sentence draws, "Riders would pay $3 more.", is still its projection)
                read_out = share or not (last.content_start <= sent.start + 1 and last.cue_start > sent.start + 1) \
                    or bool(_CONDITIONAL.search(norm, self.sentences[si].start, start))
                colon = norm[sent.start:sent.end].rstrip().endswith(":")
                nested = any(c is not last and c.content_start <= last.cue_start < c.content_end
                             and c.speaker.end <= last.speaker.start for c in claims)
                if (colon and not crossed) or (forward and read_out and last.speaker.kind == "document"
                                               and not nested and _kind_of(last) != "rule"):
                    return last     # not "X said the numbers showed ...": that document is X's, in X's words
                reported = back == 1 and not crossed and last.rank < _WEAK and last.cue != ":" \
                    and last.content_end >= sent.end - 1 and last.content_start > sent.start + 1
                if reported and _CONTINUES.match(norm, self.sentences[si].start):
                    return last     # "X said the port was full. Another 410 boats are waiting."
                # (a quote closes itself: '"...," said X. Two people were hurt.' is the reporter's again)
                # ("..., according to X." closes its sentence too, though it governs all of it: only an additive
                # opening or a part of its count carries it on, "A further 12 ...", "Nine of them ...")
                according = last.cue == "according to" and not norm[last.speaker.end:sent.end].strip(" .\"'")
                closed = back == 1 and not crossed and last.rank < _WEAK and not last.minor \
                    and last.content_start <= sent.start + 1 and (last.cue_start > last.content_end - 2 or according) \
                    and norm[sent.start:sent.start + 1] not in ('"', "'")
                opening = self.sentences[si].start
                if closed and (_CONTINUES.match(norm, opening) or _PART_OPENING.match(norm, opening) or (
                        not according and self._head_count_opening(opening))):
                    return last     # "12 died when X, police said. Nine others were hurt.": the count goes on
                return None
        return None

    def _head_count_opening(self, opening: int) -> bool:
        """Whether a sentence opens on a head count of people in words ("Nine others were hurt.", "Two children
        died."), not on things ("Four tugs were sent ...": what the reporter adds)."""
        found = _COUNT_OPENING.match(self.norm, opening)
        if found is None:
            return False
        after = self.norm[found.end():found.end() + 30].split()
        word = after[0].lower().strip(".,;") if after else ""
        return word in _COUNT_FOLLOWERS or _is(word, "group") or _is(word, "role") or _is(word.removesuffix("s"), "role")

    def _agent_claim(self, si: int, pos: int) -> Claim | None:
        """A sentence with no cue whose subject is a body of people acting on what they count ("Police have
        recaptured 15.", "Riot officers made 40 arrests."): they are the figure's source. Things ("Demand hit")
        and named organizations stay the reporter's."""
        if _SHARE_FIGURE.match(self.norm, pos) or _SHARE_FIGURE.search(self.norm, pos, min(len(self.norm), pos + 12)):
            return None     # "Female troops preferred Ruiz 51 percent to 24": respondents' shares, not counts
        toks = self.tokens(si)
        h = next((x for x in range(min(4, len(toks))) if _is(toks[x].word, "agent")), None)
        if h is None or h + 1 >= len(toks) or any(
                not t.word.isalpha() or (x and not t.word[:1].isupper() and not _is(t.word, "agent"))
                for x, t in enumerate(toks[:h])):
            return None     # only "[The] [Riot] officers" opening the sentence
        v = h + 1
        if v + 1 < len(toks) and toks[v].word in ("in", "at") and _cap(toks[v + 1].word):
            v += 1      # "Police in Lisport have seized ...": their place, then their action
            while v < len(toks) and _cap(toks[v].word):
                v += 1
        first_verb = v
        while v < len(toks) and v - first_verb <= 1 and _is(toks[v].word, "aux") and toks[v].word.islower():
            v += 1
        if v >= len(toks) or not toks[v].word.isalpha() or not toks[v].word.islower() \
                or _is(toks[v].word, "passive") or toks[v].word in _STOP or pos < toks[v].end:
            return None     # "Police were ...", "Officers, who ...": no action of theirs
        first = 1 if toks[0].word.lower() == "the" else 0
        sent = self.sentences[si]
        name = " ".join(t.word for t in toks[first:h + 1])
        phrase = Phrase(toks[first].start, toks[h].end, name if name[:1].isupper() and first == 0 and h == 0
                        else name.lower() if h == 0 else name, "group", False)
        return Claim(toks[v].start, toks[v].end, toks[v].word, phrase, toks[v].end, sent.end, 2 * _WEAK, minor=True)

    def _a_person(self, speaker: Phrase) -> bool:
        """Whether a speaker is a person: read as one, or a lone surname whose full name the text gave before
        ("Vale said", Oskar Vale named earlier)."""
        return speaker.kind == "person" or speaker.kind == "unknown" and " " not in speaker.name \
            and " " in self.full_name(speaker.name, speaker.start)

    def _counted(self, speaker: Phrase) -> bool:
        """Whether a speaker phrase is what a figure right before it counts ("150 passengers"; not "the $9
        million it pledged")."""
        if _is(speaker.name.lower(), "thing") or _is(speaker.name.lower(), "person"):
            return False
        before = self.norm[max(0, speaker.start - 20):speaker.start].split()
        return bool(before) and before[-1][-1:].isalnum() and (
            before[-1][:1].isdigit() or before[-1].lower() in _spelled_numbers())

    def _sentence_claim(self, si: int, pos: int, end: int) -> Claim | None:
        best = None
        for c in self.claims.get(si, ()):
            if c.content_start <= pos and end <= c.content_end and not (c.speaker.start <= pos < c.speaker.end) \
                    and not c.cue_start <= pos < c.aside_end:
                if self.quote_at(c.cue_start, c.cue_end) is not None and self.quote_at(pos, end) is None:
                    continue
                if best is None or c.rank < best.rank:
                    best = c
        if best is not None and best.speaker.kind == "group" and not best.speaker.described \
                and cue_lexicon()[best.cue.lower()].lemma in _TALLY_VERBS:
            # "Health officials in Orvale have confirmed 212 cases, the health directorate said": people no one
            # names, inside the statement of a body that is named, are that body's account
            outer = [c for c in self.claims.get(si, ()) if c is not best and c.content_start <= best.speaker.start
                     and end <= c.content_end and (c.speaker.name[:1].isupper() and not c.speaker.described
                                                   and c.speaker.kind in ("org", "unknown") or c.speaker.kind == "org")]
            best = min(outer, key=lambda c: c.rank) if outer else best
        if best is not None and _AND_THAT.search(self.norm, best.cue_end, pos):
            # "She told the radio that the province had promised €3m, and that the towns would pay the other
            # €5m": a second "that" clause is the outer speaker's again
            outer = [c for c in self.claims.get(si, ()) if c is not best and c.speaker.end <= best.speaker.start
                     and c.content_start <= best.cue_start < c.content_end and end <= c.content_end
                     and not (c.minor and c.rank >= _WEAK)]     # (not the statement "In a statement, X said" names)
            if outer:
                return min(outer, key=lambda c: c.rank)
        if best is not None:
            # "..., he said, while the union wants 8%": a contrast clause with a cue of its own owns its figures,
            # weak as that cue may be
            contrast = _CONTRAST.search(self.norm, best.cue_end, pos)
            if contrast is not None:
                toks = self.tokens(si)
                # (not a possessive noun inside a statement the cue opens: "She said the offer would cost 8
                # million, while the guild's demand would cost 15 million" is all hers; but "whereas the mill's
                # own estimate was 700" is the mill's figure)
                opened = best.content_start >= best.cue_end and best.rank < _WEAK
                for c in self.claims.get(si, ()):
                    if opened and c.minor and c.rank >= _WEAK and _kind_of(c) != "estimate":
                        continue
                    if contrast.end() <= c.cue_start and c.content_start <= pos and end <= c.content_end \
                            and c.cue_end <= pos and c.speaker.end <= c.cue_start and not any(
                                t.word == "," and not _digit_comma(toks, x) for x, t in enumerate(toks)
                                if c.cue_end <= t.start < pos):   # (commas around the speaker may set off a name)
                        return c
        if best is not None and best.speaker.name and _is(best.speaker.name.split()[-1], "rule"):
            # "under a deal agreed with X, the union said" / "the union said the deal gives nurses 5%": the
            # deal sets the figure, the one who reports it is the source
            for c in self.claims.get(si, ()):
                if c is not best and c.content_start <= pos and end <= c.content_end and c.rank < _WEAK \
                        and not c.minor and not _is(c.speaker.name.split()[-1] if c.speaker.name else "", "rule") \
                        and not (c.speaker.start <= pos < c.speaker.end) \
                        and not best.speaker.start <= c.cue_start < best.speaker.end:     # "the new rules"
                    return c
        if best is not None and self._counted(best.speaker):
            # "officials said 150 passengers had reported symptoms, including 22 crew": people a figure counts
            # report what befell them, not the figures; the cue around them does
            outer = next((c for c in self.claims.get(si, ()) if c is not best and c.content_start <= best.cue_start
                          < c.content_end and c.content_start <= pos and end <= c.content_end and c.rank < _WEAK
                          and not c.minor and not self._counted(c.speaker)), None)
            if outer is not None:
                return outer
        if best is not None and best.speaker.end <= best.cue_start and (
                best.speaker.kind in ("org", "unknown") and not best.speaker.described or best.speaker.kind == "group"):
            # "Kelt Works expects to clear 31,000 tonnes ..., site manager Ana Ruiz said": a person speaking for
            # the body that opens the sentence gives its figure; "Clubs expect to collect £2 million, Rusk said":
            # people the sentence opens on, whom a named person speaks of
            for c in self.claims.get(si, ()):
                if c is not best and c.cue_start > end and not c.speaker.described and self._a_person(c.speaker) \
                        and c.content_start <= best.cue_start < c.content_end and not c.minor:
                    return c
        if best is not None and _tally(best):
            # "the ministry said that Kessa had recorded 212 cases", "The county recorded 6 deaths, she said": a
            # place keeping a tally inside someone's words is not the source; the outer speaker is
            for c in self.claims.get(si, ()):
                if c is not best and c.content_start <= best.cue_start < c.content_end and c.rank < _WEAK and (
                        c.speaker.end <= best.speaker.start or c.cue_start > best.cue_end and not c.minor):
                    return c
            lead = self.norm[max(0, best.speaker.start - 20):best.speaker.start].lower().split()
            if best.speaker.described or best.speaker.name[:1].islower() or _is(best.speaker.name.split()[-1].lower(),
                                                                                  "instrument") or (
                    best.speaker.name.split()[-1] in _TALLY_PLACES) or (
                    lead[-2:-1] and lead[-2] in _PLACE_NOUNS and lead[-1] == "of"):
                return None     # "the coastal town of Orm recorded 39.2C": a measurement, nobody's claim
        if best is not None and (best.speaker.described or _records_or_finds(best) and best.speaker.end <= best.cue_start
                                 or best.speaker.kind in ("group", "document") and best.speaker.name[:1].islower()
                                 and best.speaker.end <= best.cue_start):
            # "officials say they found 200": the pronoun is the outer speaker again; and a named speaker (or
            # "she"/"he") reporting what a described body did or found speaks for it ("Penhart said the company
            # had offered 6%", "She added that tests had found ...")
            # (a strong claim first: "In a letter, the trust said its count ..." is the trust's word, the letter
            # only its medium)
            for c in sorted(self.claims.get(si, ()), key=lambda c: c.rank >= _WEAK):
                trailing = _records_or_finds(best) and c.cue_start > best.cue_end and c.rank < _WEAK and not c.minor
                if c is best or not c.content_start <= best.cue_start < c.content_end \
                        or c.speaker.end > best.speaker.start and not trailing \
                        or ";" in self.norm[c.cue_end:best.speaker.start] and c.speaker.kind != "document" \
                        or _CONTRAST.search(self.norm, c.cue_end, best.speaker.start) \
                        and (len(self.norm[best.cue_end:pos].split()) > 2
                             or cue_lexicon()[best.cue.lower()].lemma in _COUNTER_LEMMAS):
                    # (but "inspectors logged 31 cracks, according to X": X's report; and "X claims 90,000;
                    # police estimate 60,000" or "X said A, while engineers estimated B weighed N" are two reports;
                    # "X said ..., while the government had offered only 4.5%" is X's account of an act)
                    continue
                outer = not c.speaker.described or _is(c.speaker.name, "person") and best.speaker.kind != "person" \
                    or c.speaker.kind == "org" and _records_or_finds(best) \
                    or c.speaker.kind == "org" and best.speaker.name == "its"
                # ("The federation said a poll found"; "the trust said its count of N": the trust's own)
                if outer and (best.speaker.kind in ("person", "pronoun", "speaker") or self._a_person(c.speaker)
                              or (_records_or_finds(best) or best.speaker.kind == "document") and _kind_of(c) in _TELLING):
                    return c        # ("Riverwatch said a sonar study suggested ...": Riverwatch's reading of it)
        if best is not None and best.speaker.end <= best.cue_start and _lemma(best) in _BARGAINING \
                and not best.speaker.described:
            # "Ana Brell said porters wanted 6%, whereas contractor Vale Logistics had proposed 2%": what a named
            # party offered, in a contrast inside words someone opened with a cue before it, is their account too
            for c in self.claims.get(si, ()):
                if c is not best and c.rank < _WEAK and not c.minor and _kind_of(c) == "speech" \
                        and _lemma(c) not in _BARGAINING \
                        and c.cue_end <= c.content_start <= best.cue_start < c.content_end \
                        and _CONTRAST.search(self.norm, c.cue_end, best.speaker.start):
                    return c
        return best

    # -------------------------------------------------- names

    def render(self, claim: Claim, pos: int) -> Attribution:
        phrase = claim.speaker
        name = self.resolve(phrase)
        lead = _UNNAMED_BEFORE.search(self.norm, max(0, phrase.start - 40), phrase.start)
        if lead is not None:        # "People familiar with the plans said": the people, not the plans
            name = " ".join(self.norm[lead.start():phrase.end].split())
            name = name[:1].lower() + name[1:] if name.split()[0] in ("People", "Sources") else name
            phrase = Phrase(lead.start(), phrase.end, name, "group", False)
        elif (named := self.named_after(phrase)) is not None:
            name = named.group(1)
            phrase = Phrase(named.start(1), named.end(1), name, "person", False)
        elif name.lower() in _UNNAMED_SOURCES:
            more = _UNNAMED_BY.match(self.norm, phrase.end, min(len(self.norm), phrase.end + 60))
            if more is not None:    # "people familiar with the matter": the description is all the name there is
                name = f"{name} {' '.join(more.group(1).split())}"
                phrase = Phrase(phrase.start, more.end(1), name, phrase.kind, phrase.described)
        return Attribution(name, self.text[phrase.start:phrase.end], phrase.start, phrase.end,
                           " ".join(self.text[claim.cue_start:claim.cue_end].split()))

    def named_after(self, phrase: Phrase) -> re.Match | None:
        """The person a description names right after it: "the district administrator of Sarnath, Priya Kethwal,
        said", "The trust's director of nursing, Ana Ruiz, said", "according to a museum spokeswoman, Ines Ruel."."""
        if not (self.norm[phrase.start:phrase.start + 1].islower() or self.norm[phrase.start:phrase.end].split()[0] in (
                "The", "A", "An")):
            return None
        named = _NAMED_AFTER.match(self.norm, phrase.end)
        if named is None or any(_is(w, "notname") or _is(w.lower(), "org") or _is(w.lower(), "orgname")
                                for w in named.group(1).split()):
            return None
        return named

    def resolve(self, phrase: Phrase, depth: int = 0) -> str:
        """The speaker's name: the full name given earlier, or the name a pronoun/description refers to."""
        owner, _, owned = phrase.name.partition("'s ")
        if owned and owner.isalpha() and owner.islower():
            if _is(owner, "org") and depth < 2:
                # "the bureau's data" -> "Civil Aviation Bureau data": the organization named before
                org = self.org_antecedent(Phrase(phrase.start, phrase.start + len(owner), f"the {owner}", "org",
                                                 True))
                if org != f"the {owner}":
                    return f"{org} {owned}"
            if self.norm[phrase.start:phrase.start + 4].lower() == "the ":
                return f"the {phrase.name}"     # "the park's chief warden", as written
        body, _, document = phrase.name.partition(" ")
        if depth < 2 and document and " " not in document and (
                phrase.kind == "document" or _is(document.lower(), "document")) \
                and _is(body.lower(), "org") and body[1:].islower():
            # "ministry figures", "Agency tests": the ministry or agency named before
            org = self.org_antecedent(Phrase(phrase.start, phrase.start + len(body), f"the {body.lower()}", "org",
                                             True), depth + 1)
            if org != f"the {body.lower()}":
                return f"{org} {document}"
        if not phrase.described:
            if _is(phrase.name, "role") and self.norm[phrase.start:phrase.end].lower().startswith(("a ", "an ")):
                # "The fire brigade has attended 190 fires, a spokesman said": someone new, speaking for the body
                # the sentence opens on
                org = self._opening_org(self.sentence_index(phrase.start), phrase.start)
                if org:
                    return f"{org} {phrase.name}"
            if phrase.kind in ("person", "unknown") and " " not in phrase.name:
                return self.full_name(phrase.name, phrase.start)
            voice = _VOICE_OF.fullmatch(phrase.name.lower())
            role, org_word = (voice["role"] or voice["role2"], voice["org"] or voice["org2"]) if voice else ("", "")
            spoken_for = voice and voice["role"] and (_is(role, "role") or _is(role, "group")) or voice and _is(
                role, "role") and self.norm[phrase.start:phrase.end].lower().split()[0] in ("a", "an", "the")
            if spoken_for and _is(org_word, "anyorg"):
                # "a spokesman for the company", "a company spokeswoman" -> "Ferris Group spokesman"
                org = self.org_antecedent(Phrase(phrase.start, phrase.end, f"the {org_word}", "org", True),
                                          loose=False)
                return f"{org} {role}" if org != f"the {org_word}" else phrase.name
            return phrase.name
        owner, _, head = phrase.name.partition(" ")
        if owner == "its" and head and (" " not in head or phrase.kind == "document"):
            # "its organisers" -> "Tenants Alliance organisers": the owner is an organization, never a place or a
            # period the sentence named ("marched through Dover on Sunday, its organisers said")
            org = self.owner_org(phrase.start)
            return f"{org} {head}" if org else phrase.name
        if owner in _POSSESSIVE_DETS and head and " " not in head and depth < 2:
            # "his campaign" -> "Jane Doe campaign": the owner resolved, the head kept
            who = self.resolve(Phrase(phrase.start, phrase.start + len(owner), owner, _POSSESSIVE_DETS[owner],
                                      True), depth + 1)
            return f"{who} {head}" if who != owner else phrase.name
        if phrase.kind == "speaker":
            qi = self.quote_at(phrase.start, phrase.end)
            if qi is not None and depth < 2:
                claim = self.quote_claim(qi)
                if claim is not None and claim.speaker.start != phrase.start:
                    return self.resolve(claim.speaker, depth + 1)
            return phrase.name
        if phrase.kind == "group":
            org = self.mention_before(phrase.start, ("org",), window=300, same_sentence=True)
            return f"{org} {phrase.name}" if org else phrase.name
        kind = "pronoun" if phrase.name == "it" else phrase.kind   # ("It says": never a person's)
        want = {"person": ("person",), "org": ("org", "unknown"), "pronoun": ("org", "unknown", "person"),
                "document": ("org",)}.get(kind, ("person",))
        if kind == "person" and depth < 2:
            # a pronoun or role: the nearest person who spoke before, else the nearest person named; a pronoun
            # skips people the text marks as the other sex ("Mr. Berg", "spokeswoman Ana Ruiz")
            sex = next((c for c in ("male", "female") if _is(phrase.name, c)), "")
            other = {"male": "female", "female": "male"}.get(sex, "")

            def fits(name: str) -> bool:
                return not other or self.sexes.get(name.split()[-1]) != other

            prior = self.claim_before(phrase.start, ("person",), fits=fits)
            named = self.mention_before(phrase.start, want, window=1500, fits=fits)
            pronoun = _is(phrase.name, "person") or phrase.name == "his"
            opener = self.subject_of(self.sentence_index(phrase.start), before=phrase.start) if pronoun else None
            here = self.full_name(opener.name, opener.start) if opener is not None and fits(opener.name) else \
                self.mention_before(phrase.start, ("person",), window=300, same_sentence=True, fits=fits)
            if here and pronoun:
                # "Cole made no secret of the goals she hopes to reach": the same sentence's person, its subject
                # first ("Cole urged Ames to back his plan" is Ames's plan only when no one else opens it)
                return here
            si = self.sentence_index(phrase.start)
            subject = self.subject_of(si - 1) if pronoun and si else None
            subject = subject if subject is not None and fits(subject.name) else None
            if subject is not None and sex and self.sexes.get(subject.name.split()[-1]) != sex:
                # "Jon Berg met Mrs. Ruiz. She said ...": a person marked as the pronoun's sex since wins
                marked = self.mention_before(phrase.start, ("person",), window=phrase.start - subject.end,
                                             fits=lambda name: self.sexes.get(name.split()[-1]) == sex)
                if marked:
                    return marked
            if subject is not None and (prior is None or prior.end <= subject.start):
                # "Gov. Ana Ruiz revised the count. She said ...": the person the sentence before is about,
                # when no one has spoken since
                return self.full_name(subject.name, subject.start)
            if prior is not None:
                apposed = self.named_after(prior)    # "... a museum spokeswoman, Ines Ruel. She said ...": Ines Ruel
                return apposed.group(1) if apposed is not None else self.resolve(prior, depth + 1)
            if named:
                return named
            later = self.titled_after(phrase.start, phrase.name.split()[-1])
            return later or phrase.name     # a headline's "minister says": the minister the story names
        if phrase.kind == "document":
            definite = self.norm[phrase.start:phrase.end].lower().split()[0] in ("the", "this", "that")
            return self.document_antecedent(phrase) if definite else phrase.name    # not "records show"
        if phrase.kind == "org":
            return self.org_antecedent(phrase)
        if phrase.name in ("they", "their") and depth < 2:
            # "they added": the group or organization that spoke in the two sentences before ("coastguard
            # officials said ... Nine were still missing, they added"), not a place named since; "their" first
            # the people its own sentence has speak ("Growers say ..., and their union estimates ..."), and
            # never one person ("The mayor said ... Traders say their figure ...")
            spoke = None

            def plural(spoke: Phrase) -> bool:    # "Geologists say": a bare plural no table knows
                return spoke.kind == "group" or spoke.kind == "unknown" and " " not in spoke.name \
                    and spoke.name.endswith("s")
            if phrase.name == "their" and (si := self.sentence_index(phrase.start)) is not None:
                floor = self.sentences[si].start
                spoke = self.recent_speaker(phrase.start, lambda spoke: spoke.start >= floor and plural(spoke))
            spoke = spoke or self.recent_speaker(phrase.start, lambda spoke: (plural(spoke) or spoke.kind == "org")
                                                 and spoke.name not in ("it", "they", "their"))
            if spoke is not None:
                return self.resolve(spoke, depth + 1)
            if phrase.name == "their":
                want = ("org", "unknown")
        if phrase.name == "it":
            # "it said" is the organization or document that spoke in the two sentences before ("The Met Office
            # said ... in Lincolnshire. It said ..."; not the "statement" it spoke in), else an organization
            # named before, never a period ("its April-June survey")
            si = self.sentence_index(phrase.start)
            here = self.owner_org(phrase.start, same_sentence=True)
            if here:
                return here         # "Dover has raised $5 million of the $9 million it pledged"
            spoke = self.recent_speaker(phrase.start, lambda spoke: spoke.kind in ("org", "document", "unknown", "group")
                                        and spoke.name not in ("it", "they")
                                        and not _is(spoke.name.split()[-1].lower(), "medium")
                                        and not _temporal(spoke.name.split()[-1])
                                        and (spoke.kind != "unknown"
                                             or self.full_name(spoke.name, spoke.start) == spoke.name)) \
                if depth < 2 else None
            if spoke is not None:
                return self.resolve(spoke, depth + 1)     # not "Gilbert said", a person named in full before
            opening = si is not None and si > 0 and phrase.start - self.sentences[si].start <= 4
            # ("The water board plans to close two reservoirs. It says ...": the organization the sentence before opens on)
            named = self._subject_org(si, phrase.start) or (
                self._subject_org(si - 1, self.sentences[si - 1].end) if opening else None) or self.owner_org(
                phrase.start) or self.mention_before(
                phrase.start, want, window=1500, fits=lambda name: not _temporal(name.split()[-1]))
        else:
            named = self.mention_before(phrase.start, want, window=1500)
        return named or phrase.name

    def recent_speaker(self, pos: int, fits: Callable[[Phrase], bool]) -> Phrase | None:
        """The speaker of the nearest claim before ``pos``, in its sentence or the two before it, that ``fits``."""
        si = self.sentence_index(pos)
        floor = self.sentences[max(0, si - 2)].start if si is not None else pos
        ci = bisect.bisect_left(self.claim_starts, pos) - 1
        while ci >= 0 and self.all_claims[ci].cue_start >= floor:
            spoke = self.all_claims[ci].speaker
            if spoke.end <= pos and fits(spoke):
                return spoke
            ci -= 1
        return None

    def document_antecedent(self, phrase: Phrase) -> str:
        """Whose poll or report "the survey" is: the nearest source before it named with a document word ("a
        Daybreak Research poll"), within 1,500 characters; else the description itself. An author right after
        it wins: "The survey, conducted by the Lindell Institute, finds ..." -> Lindell Institute."""
        by = _AUTHORED_BY.match(self.norm, phrase.end)
        author = _NAME_RUN.match(self.norm, by.end()) if by else None
        if author is not None:
            return author.group(0).rstrip(".,")
        ci = bisect.bisect_left(self.claim_starts, phrase.start) - 1
        while ci >= 0 and self.all_claims[ci].cue_start >= phrase.start - 1500:
            spoke = self.all_claims[ci].speaker
            after = self.norm[spoke.start:min(len(self.norm), spoke.end + 16)].lower().split()
            if not spoke.described and spoke.end <= phrase.start and spoke.start != phrase.start and (
                    spoke.kind == "document" or any(_is(w.strip(".,"), "document") for w in after)):
                # ("the water board said in a report ...": a report no one's name opens is the board's)
                return (" " not in spoke.name and spoke.name.islower() and self._document_holder(phrase)) \
                    or spoke.name
            ci -= 1
        return self._document_holder(phrase) or phrase.name

    def _document_holder(self, phrase: Phrase) -> str | None:
        """Who had "the survey" done, when the two sentences before name one with no owner ("the Flood Service said
        a river gauge survey was under way"): the source whose cue comes before it there."""
        si = self.sentence_index(phrase.start)
        if si is None or si == 0:
            return None
        floor = self.sentences[max(0, si - 2)].start
        head = phrase.name.split()[-1]
        named = list(re.finditer(rf"\b(?:a|an)\s+(?:[a-z-]+\s+){{0,2}}{re.escape(head)}\b", self.norm[floor:phrase.start]))
        if not named:
            return None
        where = floor + named[-1].start()
        for claim in self.claims.get(self.sentence_index(where), ()):
            # (a cue after it is the document's own words: "lodged a claim with the court stating ...")
            if claim.speaker.kind in ("org", "group", "person") and claim.cue_start < where:
                return self.resolve(claim.speaker)
        return None

    def org_antecedent(self, phrase: Phrase, depth: int = 0, *, loose: bool = True) -> str:
        key = (phrase.start, phrase.name, loose)
        if key not in self._orgs:
            self._orgs[key] = self._org_antecedent(phrase, depth, loose=loose)
        return self._orgs[key]

    def _org_antecedent(self, phrase: Phrase, depth: int = 0, *, loose: bool = True) -> str:
        """The organization "the company" or "the army" refers to: the nearest name before it that holds the head
        word ("the Eastmark Army", "the Ames campaign", "Corvan, the parent company of ...", a speaker such as
        "the national disaster agency"), else, for a head that fits any organization ("company", "firm"), the
        nearest name that is not a person or a place (only a name that reads as an organization unless ``loose``;
        for a business, no public body);
        else the description itself (bounded: 1,500 chars)."""
        head = phrase.name.split()[-1]
        floor = max(0, phrase.start - 1500)
        held: tuple[int, str] | None = None     # (where, name): the nearest name holding the head word
        for found in _named_as(head).finditer(self.norm, floor, phrase.start):
            # "the Ortiz campaign" -> "Ortiz campaign"; "Veltra, the parent company of Orbix" -> Veltra
            if ". " in (found.group("owner") or ""):
                continue   # a sentence's end and the next one's start ("said on Monday. The agency")
            if found.group("titled"):
                # "grid operator Velta warned": the name its kind stands before
                titled = self.mention_at(found.start("titled"))
                if titled is not None and titled.kind != "person":
                    held = found.start(), titled.name
                continue
            words = [_possessor(w) or w for w in (found.group("owner") or found.group("appos")).split()
                     if not _is(w, "notname")]
            named = None
            if found.group("owner"):
                si = self.sentence_index(found.start())
                if si is not None and not self.norm[self.sentences[si].start:found.start()].strip(' "\''):
                    named = self.mention_at(found.end() + 1)
            if named is not None:
                # "Environmental group Clean Seas said": a sentence opening on a description before the name (not
                # "the New Hampshire state Senate")
                held = found.start(), named.name
            elif words and not (found.group("owner") and _is(words[-1], "orgname")):
                held = found.start(), " ".join(words) + (f" {head}" if found.group("owner") else "")
        si = self.sentence_index(phrase.start)
        if held is None and _is(head, "anyorg") and si is not None and not self._subject_org(si, phrase.start):
            # "Pelta Robotics bought Skyfold from Norrow Ventures, the company said": the firm its own sentence
            # opens on, before one named since
            opener = self._opening_name(si, phrase.start)
            if opener and not (_is(head, "business") and _is(opener.split()[-1], "publicbody")):
                return opener
        ci = bisect.bisect_left(self.claim_starts, phrase.start) - 1
        while ci >= 0 and self.all_claims[ci].cue_start >= floor:
            spoke = self.all_claims[ci].speaker
            if not spoke.described and spoke.end <= phrase.start and spoke.name.lower().split()[-1] == head:
                if held is None or spoke.start > held[0]:
                    held = spoke.start, spoke.name
                break
            ci -= 1
        nearest: dict[str, str] = {}        # kind -> the nearest name of that kind
        mi = bisect.bisect_left(self.mention_starts, phrase.start) - 1
        while mi >= 0 and self.mentions[mi].start >= floor:
            m = self.mentions[mi]
            listener = self.norm[max(0, m.start - 8):m.start].split()[-1:] in (["told"], ["tell"], ["tells"])
            if m.end <= phrase.start and not m.place and m.kind != "person" and not listener:
                # (not whom a speaker told: '"We lost 3 million gallons," Whitcombe told MNN.')
                if head in m.name.lower().split():
                    # (a mention inside the name held is a part of it: "Parks Agency" of "the Wildlife and
                    # Parks Agency said")
                    return m.name if held is None or m.start >= held[0] + len(held[1]) else held[1]
                words = m.name.split()
                body = words[words.index("of") - 1] if "of" in words[1:] else words[-1]   # "Federation of X"
                before = self.norm[max(0, m.start - 20):m.start].split()[-1:]
                titled = bool(before) and _is(before[0].lower(), "org")    # "think tank Meridia": an organization
                # (a company is no "Food Standards Agency", nor the "tenants' group Fair Rents")
                public = _is(head, "business") and (_is(body, "publicbody") or titled and _is(
                    before[0].lower(), "nonbusiness"))
                if _is(head, "anyorg") and (m.kind == "org" or titled or not m.prep and self.opens(m)) and not public:
                    nearest.setdefault("org" if titled else m.kind, m.name)
            mi -= 1
        if held is not None:
            return held[1]
        ci = bisect.bisect_left(self.claim_starts, phrase.start) - 1
        while depth < 3 and ci >= 0 and self.all_claims[ci].cue_start >= floor:
            spoke = self.all_claims[ci].speaker
            if spoke.described and spoke.name == phrase.name and spoke.end <= phrase.start:
                # "the company" again: the company it named the last time, whatever was named since
                return self.org_antecedent(spoke, depth + 1, loose=loose)
            ci -= 1
        # a name that reads as an organization ("Pellam Airways") before one that may be a place ("Ostby")
        return nearest.get("org") or loose and nearest.get("unknown") or phrase.name

    def _subject_org(self, si: int | None, pos: int) -> str | None:
        """The organization a sentence opens on, described ("The energy regulator will cut ..., it said"): what
        a later "it" in that sentence refers to, before any name further back."""
        if si is None:
            return None
        toks = self.tokens(si)
        head = next((k for k, t in enumerate(toks[:6]) if t.start < pos and _is(t.word.lower(), "org")), None)
        if head is None or toks[0].word.lower() not in ("the", "a", "an") or (
                head + 1 < len(toks) and _cap(toks[head + 1].word)):
            return None   # (not "The aid group Harbour Watch said": the name is the speaker)
        found = _description_before(toks, head)
        return found.name if found is not None else None

    def _opening_org(self, si: int | None, pos: int) -> str | None:
        """The organization sentence ``si`` opens on before ``pos``, described ("The fire brigade has ...") or
        named ("Velt Energy has ...")."""
        described = self._subject_org(si, pos)
        if described or si is None:
            return described.removeprefix("the ") if described else None
        return self._opening_name(si, pos)

    def _opening_name(self, si: int, pos: int) -> str | None:
        """The organization named at the opening of sentence ``si``, before ``pos`` ("Velt Energy has ...")."""
        sent = self.sentences[si]
        mi = bisect.bisect_left(self.mention_starts, sent.start)
        if mi < len(self.mentions):
            m = self.mentions[mi]
            if m.kind == "org" and m.end <= pos and not self.norm[sent.start:m.start].strip(" \"'").lower() \
                    .removeprefix("the"):
                return m.name
        return None

    def owner_org(self, pos: int, *, same_sentence: bool = False) -> str | None:
        """The organization "its" refers to: the nearest name before ``pos`` (within 1,500 characters, or its own
        sentence) that reads as an organization, or an unknown name that opens its clause and is no place or
        period."""
        mi = bisect.bisect_left(self.mention_starts, pos) - 1
        si = self.sentence_index(pos)
        floor = self.sentences[si].start if same_sentence and si is not None else pos - 1500
        while mi >= 0 and self.mentions[mi].start >= floor:
            m = self.mentions[mi]
            if m.end <= pos and (m.kind == "org" or m.kind == "unknown" and not m.prep and not m.place
                                 and not _temporal(m.name.split()[-1]) and self.opens(m)):
                return m.name
            mi -= 1
        return None

    def opens(self, m: Mention) -> bool:
        """Whether a name opens its sentence or clause ("Dorran said", "The Vell Group, ..."): a bare name that
        could be a place reads as an organization only as a subject ("storms lashed Marlow" is a place)."""
        si = self.sentence_index(m.start)
        if si is None:
            return False
        lead = self.norm[max(self.sentences[si].start, m.start - 12):m.start].lower().split()
        return m.start - self.sentences[si].start <= 12 and lead in ([], ["the"]) or bool(lead) and \
            lead[-1] in (",", "and", "but", "the") and lead[-2:-1] in ([], [","])

    def subject_of(self, si: int | None, before: int | None = None) -> Mention | None:
        """The person opening sentence ``si`` (its subject), if a person opens it (and ends before ``before``)."""
        if si is None or si < 0:
            return None
        sent = self.sentences[si]
        mi = bisect.bisect_left(self.mention_starts, sent.start)
        if mi < len(self.mentions):
            m = self.mentions[mi]
            opening = self.norm[sent.start:m.start].strip().lower()
            # (titles and roles may open it: "Political analyst Jo Berg of Orm University was cautious.")
            words = self.norm[sent.start:m.start].split()
            titled = 0 < len(words) <= 5 and all(
                _is(w, "title") or _is(w, "role") or w[:1].isupper() or w.lower() in ("the", "a", "an") for w in words)
            if m.kind == "person" and m.end <= (sent.end if before is None else before) \
                    and (opening in ("", "but", "and", "then", "later,") or titled):
                return m
        return None

    def titled_after(self, pos: int, role: str) -> str | None:
        """The first person named after ``pos`` with ``role`` in their title ("minister" -> "Energy Minister Ana
        Ruiz" -> "Ana Ruiz"), within 1,500 characters: a headline's description names someone the story names."""
        if not _is(role, "role"):
            return None
        mi = bisect.bisect_left(self.mention_starts, pos)
        while mi < len(self.mentions) and self.mentions[mi].start < pos + 1500:
            m = self.mentions[mi]
            if m.kind == "person" and any(w == role or w.endswith(".") and role.startswith(w[:-1])
                                          for w in self.norm[m.start:m.end].lower().split()[:-1]):
                return m.name       # "governor" -> "Gov. Ena Holt"
            mi += 1
        return None

    def claim_before(self, pos: int, kinds: tuple[str, ...], *,
                     fits: Callable[[str], bool] = lambda name: True) -> Phrase | None:
        ci = bisect.bisect_left(self.claim_starts, pos) - 1
        floor = pos - 2500
        while ci >= 0 and self.all_claims[ci].cue_start >= floor:
            sp = self.all_claims[ci].speaker
            # ("a spokesman for the regional government" is a person, whatever its head noun)
            spokesperson = "person" in kinds and (sp.kind == "group" and any(
                _is(w, "role") and not w.endswith("s") for w in sp.name.lower().split()[:3])
                or sp.kind == "unknown" and " " not in sp.name and sp.name[1:].islower()    # "..., Raman told MPs"
                and not self.all_claims[ci].minor)      # (not an owner: "the Crown's estimate")
            if (sp.kind in kinds or spokesperson) and not sp.described and sp.end <= pos and fits(sp.name):
                return sp
            ci -= 1
        return None

    def mention_before(self, pos: int, kinds: tuple[str, ...], *, window: int, same_sentence: bool = False,
                       fits: Callable[[str], bool] = lambda name: True) -> str | None:
        mi = bisect.bisect_left(self.mention_starts, pos) - 1
        floor = pos - window
        if same_sentence:
            si = self.sentence_index(pos)
            if si is not None:
                floor = max(floor, self.sentences[si].start)
        while mi >= 0 and self.mentions[mi].start >= floor:
            m = self.mentions[mi]
            # (a name after "in" or "near" reads as a person only by its shape: "died in Tarn Ridge")
            if m.kind in kinds and m.end <= pos and fits(m.name) and not (m.kind == "person" and m.place):
                return self.full_name(m.name, m.start) if m.kind == "person" else m.name
            mi -= 1
        return None

    def mention_at(self, pos: int) -> Mention | None:
        """The name mentioned starting at ``pos``, if any."""
        mi = bisect.bisect_left(self.mention_starts, pos)
        return self.mentions[mi] if mi < len(self.mentions) and self.mentions[mi].start == pos else None

    def full_name(self, name: str, pos: int) -> str:
        """ "Quint" -> "Rosa Quint" when the text named them in full before ``pos``."""
        last = name.split()[-1]
        mi = bisect.bisect_left(self.mention_starts, pos) - 1
        floor = pos - 20000
        best = None
        while mi >= 0 and self.mentions[mi].start >= floor:
            m = self.mentions[mi]
            words = m.name.split()
            if len(words) > len(name.split()) and words[-1] == last and m.kind in ("person", "unknown"):
                best = m.name
            mi -= 1
        return best or name


def attribute(text: str, norm: str, sentences: list[Sentence],
              spans: list[tuple[int, int]]) -> list[Attribution | None]:
    """One attribution (or ``None`` for the reporter's own voice) per figure span, in the order given.

    >>> t = "The minister put the toll at 40, but 12 remain missing."
    >>> from numfacts.text import normalize, split_sentences
    >>> [a and a.cue for a in attribute(t, normalize(t), split_sentences(t), [(29, 31)])]
    ['put']
    """
    if not spans:
        return []
    doc = _Document(text, norm, sentences)
    return [doc.attribute(s, e) for s, e in spans]
