"""A reproducible corpus of news-like documents, generated from templates written for this project.

Each document is a news-length report (about 2,500-5,000 characters) on an invented event: figures with
qualifiers, ranges, money and percentages, dates relative to the publication date, named speakers and
pronouns, and, as in real news, a majority of sentences that hold no number at all.

    python benchmarks/corpus.py 300 > corpus.jsonl      # or: from corpus import generate

>>> docs = generate(3, seed=1)
>>> list(docs.columns), len(docs)
(['doc_id', 'source', 'published', 'text'], 3)
>>> generate(3, seed=1).equals(docs)
True
"""
from __future__ import annotations

import datetime as dt
import random
import sys
from pathlib import Path

import pandas as pd

#: Invented outlets, people (name, role, pronoun) and places: the slots the templates are filled from.
OUTLETS = ("Harbor Ledger", "Northline Wire", "Radio Meridian", "The Valley Post", "Capital Dispatch",
           "Eastgate Times")
PEOPLE = (("Ilse Varga", "the defence minister", "she"), ("Tomas Reiner", "the governor", "he"),
          ("Nadia Ferrow", "the relief director", "she"), ("Paul Adeyemi", "the finance minister", "he"),
          ("Rosa Lindqvist", "the health minister", "she"), ("Marek Dunn", "a local councillor", "he"),
          ("Aiko Brandt", "the mayor", "she"), ("Samuel Otieno", "the port authority chief", "he"))
PLACES = ("Lowmarch", "Kessenby", "Oster", "Brenn", "the northern coast", "the river delta", "Halden",
          "the capital")
ORGS = ("the interior ministry", "the national statistics office", "the Red Harbor Society",
        "the regional council", "the central bank", "a union of hauliers")
THINGS = (("troops", "soldiers"), ("homes", "houses"), ("jobs", "positions"), ("people", "residents"),
          ("vehicles", "trucks"), ("schools", "classrooms"))
VERBS = ("said", "told reporters", "warned", "estimated", "claimed", "announced", "added")
QUALIFIERS = ("more than", "about", "nearly", "as many as", "at least", "almost", "roughly", "fewer than", "")
WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")

#: Sentences with figures. {n}, {m}: numbers; {q}: qualifier; other slots from the tables above.
FIGURE_TEMPLATES = (
    "{who} {verb} that {q} {n} {thing} had been sent to {place}.",
    "{Org} put the number of {thing} in {place} at {n}, up from {m} a week earlier.",
    "According to {org}, {q} {n} {thing} were affected by {weekday}.",
    "\"We counted {n} {thing} in {place} alone,\" {who} {verb}.",
    "The cost of the repairs was estimated at ${money} million, {pct}% more than planned.",
    "Prices in {place} rose {pct}% in {month}, the fastest rise since {year}.",
    "Between {m} and {n} {thing} were moved out of {place} on {weekday}, {org} {verb}.",
    "{Pron} {verb} the figure could climb to {n} by the end of {month}.",
    "The river rose {small} metres in {hours} hours, and {q} {m} {thing} were cut off.",
    "Officials {verb} {n} {thing} would be ready within {small} weeks.",
    "A survey by {org} found that {pct} percent of residents had lost power for {hours} hours.",
    "The government has pledged {money} million dollars and {bn} billion in loans, {who} {verb}.",
    "Unemployment fell to {small}.{digit}% in {month}, from {pct}.{digit}% a year earlier.",
    "{who}, {role}, {verb} on {weekday} that {q} {n} {thing} remained in {place}.",
)

#: Sentences without figures: most of a news report.
PLAIN_TEMPLATES = (
    "Residents of {place} described a chaotic night as the water reached their doors.",
    "{who} {verb} the response had been too slow and called for an inquiry.",
    "The roads into {place} remained closed, and officials urged drivers to stay away.",
    "{Org} did not respond to a request for comment.",
    "Engineers had warned for years that the old embankment could fail in a severe storm.",
    "\"This is the hardest week our town has known,\" {who} {verb}.",
    "Volunteers from neighbouring towns arrived with boats, blankets and food.",
    "Critics said the warnings had been ignored by successive governments.",
    "The opposition demanded that the minister explain the delays to parliament.",
    "Schools in {place} will stay closed until further notice, {org} {verb}.",
    "{Pron} added that the cause of the failure was still under investigation.",
    "Shops reopened slowly as power returned to parts of {place}.",
    "It was not clear how many families had been able to return home.",
    "Aid groups said they were struggling to reach villages on the far bank.",
)


def _fill(template: str, rng: random.Random, published: dt.date) -> str:
    name, role, pronoun = rng.choice(PEOPLE)
    thing = rng.choice(rng.choice(THINGS))
    org = rng.choice(ORGS)
    n = rng.choice((rng.randint(2, 99), rng.randint(100, 999), rng.randint(1, 200) * 500))
    return template.format(
        who=name, role=role, Pron=pronoun.capitalize(), verb=rng.choice(VERBS), thing=thing, org=org,
        Org=org[0].upper() + org[1:], place=rng.choice(PLACES), weekday=rng.choice(WEEKDAYS),
        month=rng.choice(MONTHS), q=rng.choice(QUALIFIERS), n=f"{n:,}", m=f"{max(1, n // 3):,}",
        money=rng.randint(5, 900), bn=rng.randint(1, 9), pct=rng.randint(2, 60), small=rng.randint(2, 9),
        digit=rng.randint(0, 9), hours=rng.randint(2, 72), year=rng.randint(1975, published.year - 1),
    ).replace("  ", " ")


def generate(n_docs: int, *, seed: int = 0) -> pd.DataFrame:
    """``n_docs`` documents (columns doc_id, source, published, text), the same for the same seed."""
    rng = random.Random(seed)
    rows = []
    base = dt.date(2024, 1, 1)
    for i in range(n_docs):
        published = base + dt.timedelta(days=rng.randint(0, 700))
        paragraphs = []
        for _ in range(rng.randint(9, 18)):
            sentences = []
            for _ in range(rng.randint(2, 4)):
                # Two thirds of news sentences hold no number at all.
                pool = FIGURE_TEMPLATES if rng.random() < 0.35 else PLAIN_TEMPLATES
                sentences.append(_fill(rng.choice(pool), rng, published))
            paragraphs.append(" ".join(sentences))
        rows.append({"doc_id": f"gen-{i:05d}", "source": rng.choice(OUTLETS),
                     "published": published.isoformat(), "text": "\n\n".join(paragraphs)})
    return pd.DataFrame(rows, columns=["doc_id", "source", "published", "text"])


def read_folder(folder: str | Path) -> pd.DataFrame:
    """Every ``*.txt`` file under ``folder`` as one document (doc_id = relative path), sorted by path."""
    root = Path(folder)
    paths = sorted(p for p in root.rglob("*.txt") if p.is_file())
    return pd.DataFrame({"doc_id": [str(p.relative_to(root)) for p in paths], "source": None, "published": None,
                         "text": [p.read_text(encoding="utf-8", errors="replace") for p in paths]})


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 300
    generate(count).to_json(sys.stdout, orient="records", lines=True)
