"""disagreements(): which figures measure the same thing, and how far their claimants disagree.

Facts frames are built by hand (numfacts.schema.as_frame) so these tests pin the grouping alone;
the story fixtures at the end run the whole pipeline.
"""
from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from itertools import combinations
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import numfacts as nf
from numfacts.compare import (
    _affinity,
    _compatible,
    _resolve_references,
    canonical_claimants,
    convert,
    describe,
    dimension,
    measure_key,
    terms,
)
from numfacts.schema import as_frame

STORIES = Path(__file__).parent / "fixtures" / "stories"


@dataclass(frozen=True)
class Fig:
    """A figure in a hand-made document: its anchor, value and what the extractor would say of it."""

    doc: str
    anchor: str
    value: float
    group: str                      # figures sharing a letter must share a measure; "" = must be alone
    qualifier: str = "exact"
    speaker: str | None = None
    entity: str | None = None
    unit: str | None = None
    change: str | None = None
    nth: int = 0


@dataclass(frozen=True)
class Date:
    doc: str
    anchor: str
    grain: str
    start: str
    end: str | None = None


@dataclass(frozen=True)
class Case:
    name: str
    docs: dict[str, tuple[str, str, list[str]]]        # doc_id -> (source, published, sentences)
    figures: list[Fig]
    dates: list[Date] = field(default_factory=list)


def _locate(sentences: list[str], anchor: str, nth: int) -> tuple[int, int, str]:
    offset, seen = 0, 0
    for s in sentences:
        i = s.find(anchor)
        while i >= 0:
            if seen == nth:
                return offset + i, offset + i + len(anchor), s
            seen += 1
            i = s.find(anchor, i + 1)
        offset += len(s) + 1
    raise ValueError(f"{anchor!r} not found")


def facts_of(case: Case) -> pd.DataFrame:
    rows = []
    for f in case.figures:
        source, published, sentences = case.docs[f.doc]
        start, end, sentence = _locate(sentences, f.anchor, f.nth)
        low = None if f.qualifier == "upper_bound" else f.value
        high = None if f.qualifier == "lower_bound" else f.value
        rows.append({"doc_id": f.doc, "source": source, "published": published, "kind": "quantity",
                     "start": start, "end": end, "text": f.anchor, "sentence": sentence, "value": f.value,
                     "low": low, "high": high, "qualifier": f.qualifier, "speaker": f.speaker,
                     "entity": f.entity, "unit": f.unit, "change": f.change})
    for d in case.dates:
        source, published, sentences = case.docs[d.doc]
        start, end, sentence = _locate(sentences, d.anchor, 0)
        rows.append({"doc_id": d.doc, "source": source, "published": published, "kind": "date",
                     "start": start, "end": end, "text": d.anchor, "sentence": sentence, "grain": d.grain,
                     "date_start": d.start, "date_end": d.end or d.start})
    order = {doc: i for i, doc in enumerate(case.docs)}
    rows.sort(key=lambda r: (order[r["doc_id"]], r["start"]))
    return as_frame(rows)


def one(doc_id, source, published, *sentences):
    return {doc_id: (source, published, list(sentences))}


CASES = [
    Case("troops, soldiers and forces are one thing; a place named after 'near' or 'in' scopes it",
         {**one("a", "Ledger", "2024-04-02", "Officials say Carovia has massed 60,000 soldiers near Narvia."),
          **one("b", "Wire", "2024-04-03", "A ministry spokesman put the number of troops near Narvia at 72,000.",
                "Another 9,000 troops are in Tamland, he said."),
          **one("c", "Post", "2024-04-03", "The general said Carovia could send as many as 90,000 forces "
                "to attack Narvia.")},
         [Fig("a", "60,000 soldiers", 60000, "A", entity="soldier"),
          Fig("b", "72,000", 72000, "A", speaker="ministry spokesman"),
          Fig("b", "9,000 troops", 9000, "", speaker="ministry spokesman"),
          Fig("c", "as many as 90,000 forces", 90000, "A", qualifier="upper_bound", speaker="the general")]),
    Case("Carovian and Tamlish troops are different measures; so are added troops",
         {**one("a", "Ledger", "2024-04-02", "About 5,000 Russian troops and 3,000 Ukrainian troops took part.",
                "Officials plan to send 1,500 more."),
          **one("b", "Wire", "2024-04-02", "Some 5,400 Russian soldiers joined the drills.")},
         [Fig("a", "About 5,000 Russian troops", 5000, "R", qualifier="approx"),
          Fig("a", "3,000 Ukrainian troops", 3000, ""),
          Fig("a", "1,500 more", 1500, "", entity="troop"),
          Fig("b", "Some 5,400 Russian soldiers", 5400, "R", qualifier="approx")]),
    Case("homes and houses are one thing; destroyed and damaged are two measures",
         {**one("a", "Ledger", "2024-05-01", "The tornado destroyed 85 homes and damaged 240 others."),
          **one("b", "Wire", "2024-05-01", "At least 90 houses were destroyed, the mayor said.",
                "Another count found 260 homes damaged.")},
         [Fig("a", "85 homes", 85, "D"), Fig("a", "240 others", 240, "M", entity="home"),
          Fig("b", "At least 90 houses", 90, "D", qualifier="lower_bound", speaker="the mayor"),
          Fig("b", "260 homes", 260, "M")]),
    Case("people killed, deaths and the death toll are one measure; people injured another",
         {**one("a", "Ledger", "2024-06-10", "The explosion killed 14 people and injured 30 others."),
          **one("b", "Wire", "2024-06-10", "The death toll stood at 16, officials said.",
                "There were 35 injuries, a hospital said."),
          **one("c", "Post", "2024-06-11", "Rescuers reported 17 deaths.")},
         [Fig("a", "14 people", 14, "K", entity="person"), Fig("a", "30 others", 30, "I"),
          Fig("b", "16", 16, "K", speaker="officials"), Fig("b", "35 injuries", 35, "I", speaker="a hospital"),
          Fig("c", "17 deaths", 17, "K", speaker="Rescuers")]),
    Case("jobs, positions and roles are one thing; a share of staff is a percentage, apart",
         {**one("a", "Ledger", "2024-02-01", "The bank will cut 2,300 jobs, or 9% of its staff."),
          **one("b", "Wire", "2024-02-01", "About 2,500 positions will go, the union said."),
          **one("c", "Post", "2024-02-02", "Up to 2,100 roles are affected, the bank said.")},
         [Fig("a", "2,300 jobs", 2300, "J"), Fig("a", "9%", 9, "", unit="percentage"),
          Fig("b", "About 2,500 positions", 2500, "J", qualifier="approx", speaker="the union"),
          Fig("c", "Up to 2,100 roles", 2100, "J", qualifier="upper_bound", speaker="the bank")]),
    Case("$2bn and $2,000 million are one measure; euros are another",
         {**one("a", "Ledger", "2024-03-01", "The storm caused $2bn in damage, insurers said."),
          **one("b", "Wire", "2024-03-01", "Damage reached $2,400 million, the agency said.",
                "The union pledged 50 million euros in aid, while donors gave $80 million in aid.")},
         [Fig("a", "$2bn", 2e9, "$", unit="dollar", speaker="insurers"),
          Fig("b", "$2,400 million", 2.4e9, "$", unit="dollar", speaker="the agency"),
          Fig("b", "50 million euros", 5e7, "", unit="euro"),
          Fig("b", "$80 million", 8e7, "", unit="dollar")]),
    Case("hectares and acres, kilometres and miles convert",
         {**one("a", "Ledger", "2024-07-01", "The fire burned 4,000 hectares.", "The smoke spread over 80 kilometres."),
          **one("b", "Wire", "2024-07-01", "Crews said the fire burned 11,000 acres.",
                "The smoke drifted some 45 miles.")},
         [Fig("a", "4,000 hectares", 4000, "H", unit="hectare"), Fig("a", "80 kilometres", 80, "K", unit="kilometre"),
          Fig("b", "11,000 acres", 11000, "H", unit="acre", speaker="Crews"),
          Fig("b", "some 45 miles", 45, "K", qualifier="approx", unit="mile")]),
    Case("a spoken fraction of a thing is a share, comparable with a percentage",
         {**one("a", "Ledger", "2024-07-15", "Officials said about 40% of schools had closed."),
          **one("b", "Wire", "2024-07-16", "Nearly a third of schools were shut, the department said.")},
         [Fig("a", "about 40%", 40, "S", qualifier="approx", unit="percentage", speaker="Officials"),
          Fig("b", "Nearly a third of schools", 1 / 3, "S", qualifier="upper_bound", entity="school",
              speaker="the department")]),
    Case("a stated month splits a measure; a running total on different days does not",
         {**one("a", "Ledger", "2024-10-02", "Unemployment rose to 5.1% in September from 4.8% in August.",
                "The toll from the floods rose to 40 on Tuesday."),
          **one("b", "Wire", "2024-10-03", "The jobless rate reached 5.3% in September, the bureau said.",
                "By Wednesday the death toll had climbed to 46, police said.")},
         [Fig("a", "5.1%", 5.1, "S", unit="percentage", change="increase"),
          Fig("a", "4.8%", 4.8, "", unit="percentage"),
          Fig("a", "40", 40, "T", change="increase"),
          Fig("b", "5.3%", 5.3, "S", unit="percentage", speaker="the bureau"),
          Fig("b", "46", 46, "T", change="increase", speaker="police")],
         [Date("a", "September", "month", "2024-09-01", "2024-09-30"),
          Date("a", "August", "month", "2024-08-01", "2024-08-31"),
          Date("a", "Tuesday", "day", "2024-10-01"),
          Date("b", "September", "month", "2024-09-01", "2024-09-30"),
          Date("b", "Wednesday", "day", "2024-10-02")]),
    Case("an event that befalls people is the measure: soldiers killed and troops who died are one",
         {**one("a", "Ledger", "2024-05-02", "The attack killed 12 soldiers and 30 civilians near Lorva."),
          **one("b", "Wire", "2024-05-02", "Officials said 14 troops died in the attack."),
          **one("c", "Post", "2024-05-03", "At least 35 civilians were killed, a medic said.")},
         [Fig("a", "12 soldiers", 12, "S"), Fig("a", "30 civilians", 30, "C"),
          Fig("b", "14 troops", 14, "S", speaker="Officials"),
          Fig("c", "At least 35 civilians", 35, "C", qualifier="lower_bound", speaker="a medic")]),
    Case("customers without power and homes that lost electricity are outages; restored power is not",
         {**one("a", "Ledger", "2024-09-04", "The storm left 250,000 customers without power."),
          **one("b", "Wire", "2024-09-04", "More than 310,000 homes and businesses lost electricity.",
                "Power was restored to 90,000 customers by evening.")},
         [Fig("a", "250,000 customers", 250000, "O"),
          Fig("b", "More than 310,000 homes", 310000, "O", qualifier="lower_bound"),
          Fig("b", "90,000 customers", 90000, "")]),
    Case("a level is not the change beside it; two changes of one thing are one measure",
         {**one("a", "Ledger", "2024-07-25", "Sales reached $4.2 billion, up 8% from a year earlier."),
          **one("b", "Wire", "2024-07-25", "Sales came in at $4.1 billion, the company said.",
                "Sales grew 7.5%, analysts said.")},
         [Fig("a", "$4.2 billion", 4.2e9, "L", unit="dollar", change="increase"),
          Fig("a", "8%", 8, "C", unit="percentage", change="increase"),
          Fig("b", "$4.1 billion", 4.1e9, "L", unit="dollar", speaker="the company"),
          Fig("b", "7.5%", 7.5, "C", unit="percentage", change="increase", speaker="analysts")]),
    Case("a vague noun refers back; overlapping periods are one measure",
         {**one("a", "Ledger", "2024-06-30", "Organizers put the crowd at 40,000.",
                "Police gave a lower figure of 15,000.",
                "At least 60 migrants have died in the desert since January."),
          **one("b", "Wire", "2024-07-01", "Aid workers counted 75 migrant deaths this year.")},
         [Fig("a", "40,000", 40000, "C", speaker="Organizers"), Fig("a", "15,000", 15000, "C", speaker="Police"),
          Fig("a", "At least 60 migrants", 60, "D", qualifier="lower_bound", entity="migrant"),
          Fig("b", "75 migrant deaths", 75, "D", entity="migrant death", speaker="Aid workers")],
         [Date("a", "since January", "month", "2024-01-01", "2024-06-30"),
          Date("b", "this year", "year", "2024-01-01", "2024-12-31")]),
    Case("a word naming the kind of thing splits a measure: bus and tram riders",
         {**one("a", "Ledger", "2024-04-02", "Ridership on the city's buses fell 12%, the agency said.",
                "Tram ridership dropped 4%."),
          **one("b", "Wire", "2024-04-03", "Bus ridership declined by 15%, a study found."),
          **one("c", "Post", "2024-04-03", "Tram trips were down 5%, the agency said.")},
         [Fig("a", "12%", 12, "B", unit="percentage", change="decrease", speaker="the agency"),
          Fig("a", "4%", 4, "T", unit="percentage", change="decrease"),
          Fig("b", "15%", 15, "B", unit="percentage", change="decrease", speaker="a study"),
          Fig("c", "5%", 5, "T", unit="percentage", change="decrease", speaker="the agency")]),
    Case("money is never a count of the nouns near it; a place's adjective is not what befell troops",
         {**one("a", "Ledger", "2024-03-11", "The army sent 3,000 soldiers to the flooded valley.",
                "The governor said $400 million was needed to rebuild roads and houses.",
                "About 12,000 homes were flooded."),
          **one("b", "Wire", "2024-03-11", "Some 4,500 troops are in the valley, the minister said.",
                "A council put the cost of rebuilding at $600 million.",
                "She added that 40 helicopters were flying.")},
         [Fig("a", "3,000 soldiers", 3000, "T"), Fig("a", "$400 million", 4e8, "C", unit="dollar"),
          Fig("a", "About 12,000 homes", 12000, "", qualifier="approx"),
          Fig("b", "Some 4,500 troops", 4500, "T", qualifier="lower_bound", speaker="the minister"),
          Fig("b", "$600 million", 6e8, "C", unit="dollar", speaker="A council"),
          Fig("b", "40 helicopters", 40, "", speaker="She")]),
    Case("coordinated verbs, a bare number after a named crowd, a crowd taking to the streets",
         {**one("a", "Ledger", "2024-09-07", "The storm damaged or destroyed about 8,000 houses.",
                "Police counted 35,000 marchers, while a union said 120,000 people took to the streets."),
          **one("b", "Wire", "2024-09-07", "Some 9,500 homes were damaged, a charity said.",
                "The ministry estimated the crowd at 38,000.", "Organizers claimed 150,000.")},
         [Fig("a", "about 8,000 houses", 8000, "H", qualifier="approx"),
          Fig("a", "35,000 marchers", 35000, "C", speaker="Police"),
          Fig("a", "120,000 people", 120000, "C", speaker="a union"),
          Fig("b", "Some 9,500 homes", 9500, "H", qualifier="lower_bound", speaker="a charity"),
          Fig("b", "38,000", 38000, "C", speaker="The ministry"), Fig("b", "150,000", 150000, "C", speaker="Organizers")]),
    Case("one document, several speakers; a claimant's two figures in one text are two measures",
         {**one("a", "Ledger", "2024-09-09",
                "Police said 8,000 people marched on Saturday.",
                "Organizers said the crowd numbered 30,000.",
                "Police said 8,000 people marched and 400 people rallied in Dorby.")},
         [Fig("a", "8,000 people", 8000, "C", speaker="Police"),
          Fig("a", "30,000", 30000, "C", speaker="Organizers"),
          Fig("a", "400 people", 400, "", speaker="Police")]),
    Case("customers, accounts and people affected by one breach are one measure",
         {**one("a", "Ledger", "2025-06-10", "Hackers stole the data of 4.2 million customers, the bank said."),
          **one("b", "Wire", "2025-06-10", "Researchers said about 5 million people may have been affected.")},
         [Fig("a", "4.2 million customers", 4.2e6, "A", speaker="the bank"),
          Fig("b", "about 5 million people", 5e6, "A", qualifier="approx", speaker="Researchers")]),
    Case("inflation is the rise in consumer prices",
         {**one("a", "Ledger", "2025-11-12", "Consumer prices rose 3.4% in October, the office said."),
          **one("b", "Wire", "2025-11-12", "Annual inflation hit 3.3% in October, data showed.")},
         [Fig("a", "3.4%", 3.4, "I", unit="percentage", change="increase", speaker="the office"),
          Fig("b", "3.3%", 3.3, "I", unit="percentage", speaker="data")],
         [Date("a", "October", "month", "2025-10-01", "2025-10-31"),
          Date("b", "October", "month", "2025-10-01", "2025-10-31")]),
    Case("a candidate's share is compared with the same candidate's, never with a rival's",
         {**one("a", "Ledger", "2025-05-12", "Ilse Marr won the runoff with 51.8% of the vote, the commission said.",
                "Her rival Dan Okoro took 48.2%."),
          **one("b", "Wire", "2025-05-12", "With most ballots counted, Marr had 52% and Okoro 48%.")},
         [Fig("a", "51.8%", 51.8, "M", unit="percentage", speaker="the commission"),
          Fig("a", "48.2%", 48.2, "O", unit="percentage"),
          Fig("b", "52%", 52, "M", unit="percentage"), Fig("b", "48%", 48, "O", unit="percentage")]),
    Case("a place opening the sentence scopes its figures; a place word makes a name a place",
         {**one("a", "Ledger", "2025-03-02", "The quake killed at least 90 people in the Oren valley.",
                "In Tally province alone, 31 people died."),
          **one("b", "Wire", "2025-03-03", "The death toll in the Oren valley rose to 104."),
          **one("c", "Post", "2025-03-03", "Officials in a neighbouring district, Vask, reported 6 deaths.")},
         [Fig("a", "at least 90 people", 90, "V", qualifier="lower_bound", entity="person"),
          Fig("a", "31 people", 31, "", entity="person"), Fig("b", "104", 104, "V"),
          Fig("c", "6 deaths", 6, "", speaker="Officials")]),
    Case("a headline figure takes the thing its story names; a figure after 'up from' counts the same thing",
         {**one("a", "Ledger", "2025-04-01", "Mayor promises 600 new nurses.",
                "The city will hire 600 nurses next year, Mayor Ruth Obi said.",
                "The health budget is $2.1bn, up from $1.9bn."),
          **one("b", "Wire", "2025-04-01", "Obi said 600 new posts would be created.",
                "Health spending will total $2,100 million.")},
         [Fig("a", "600 new nurses", 600, "N"), Fig("a", "600 nurses", 600, "N", speaker="Ruth Obi"),
          Fig("a", "$2.1bn", 2.1e9, "B", unit="dollar"), Fig("a", "$1.9bn", 1.9e9, "", unit="dollar"),
          Fig("b", "600 new posts", 600, "N", speaker="Obi"),
          Fig("b", "$2,100 million", 2.1e9, "B", unit="dollar")]),
    Case("a part of a budget is not another estimate of the whole",
         {**one("a", "Ledger", "2025-10-01", "Lenton approved a $5.6bn budget.",
                "Road repairs get $420 million, the treasurer said."),
          **one("b", "Wire", "2025-10-01", "The city's budget of $5.5bn was passed.",
                "Roads receive $0.4bn.")},
         [Fig("a", "$5.6bn", 5.6e9, "B", unit="dollar"), Fig("a", "$420 million", 4.2e8, "R", unit="dollar",
                                                             speaker="the treasurer"),
          Fig("b", "$5.5bn", 5.5e9, "B", unit="dollar"), Fig("b", "$0.4bn", 4e8, "R", unit="dollar")]),
    Case("a magnitude is read from a quake word in the clause, whatever verb carries it",
         {**one("a", "Ledger", "2025-02-02", "A magnitude 6.1 earthquake shook the coast, killing 8 people."),
          **one("b", "Wire", "2025-02-02", "Five people died, and the survey measured the tremor at 6.3.")},
         [Fig("a", "6.1", 6.1, "Q"), Fig("a", "8 people", 8, "K", entity="person"),
          Fig("b", "6.3", 6.3, "Q"), Fig("b", "Five people", 5, "K", entity="person")]),
    Case("a figure for a period long past is not the figure reported now; 'damaged N more' are others",
         {**one("a", "Ledger", "2025-03-01", "The mill will cut 900 jobs, the company said.",
                "The cyclone flattened 500 houses and damaged 2,000 more."),
          **one("b", "Wire", "2025-03-01", "The mill plans 900 job cuts.", "Last year it cut 300 jobs.",
                "About 2,200 homes were damaged and 520 destroyed.")},
         [Fig("a", "900 jobs", 900, "J", speaker="the company"), Fig("a", "500 houses", 500, "D"),
          Fig("a", "2,000 more", 2000, "M", qualifier="exact"),
          Fig("b", "900 job cuts", 900, "J"), Fig("b", "300 jobs", 300, ""),
          Fig("b", "About 2,200 homes", 2200, "M", qualifier="approx"), Fig("b", "520", 520, "D")],
         [Date("b", "Last year", "year", "2024-01-01", "2024-12-31")]),
    Case("taking part in a stoppage counts strikers; a rate of one kind is another rate",
         {**one("a", "Ledger", "2025-05-02", "About 3,000 nurses walked off the job, the union said.",
                "Youth unemployment stood at 14%, and unemployment at 5.2%."),
          **one("b", "Wire", "2025-05-02", "Some 2,400 staff took part in the stoppage, managers said.",
                "The jobless rate was 5.3%.")},
         [Fig("a", "About 3,000 nurses", 3000, "S", qualifier="approx", speaker="the union"),
          Fig("a", "14%", 14, "", unit="percentage"), Fig("a", "5.2%", 5.2, "U", unit="percentage"),
          Fig("b", "Some 2,400 staff", 2400, "S", speaker="managers"), Fig("b", "5.3%", 5.3, "U", unit="percentage")]),
    Case("'In the capital,' scopes its sentence; a party's share is read from its name in another report",
         {**one("a", "Ledger", "2025-10-06", "The Unity Party won 41% of the vote.",
                "In the capital, the Unity Party took 55%."),
          **one("b", "Wire", "2025-10-06", "Final counts gave Unity 40%.")},
         [Fig("a", "41%", 41, "U", unit="percentage"), Fig("a", "55%", 55, "", unit="percentage"),
          Fig("b", "40%", 40, "U", unit="percentage")]),
    Case("'since January' runs to the report; a disease named alone is read as the kind of its cases",
         {**one("a", "Ledger", "2025-08-04", "Malaria cases in Tesk have reached 900 since January, officials said."),
          **one("b", "Wire", "2025-08-08", "The malaria tally in Tesk passed 1,000 on Friday.")},
         [Fig("a", "900", 900, "C", speaker="officials"), Fig("b", "1,000", 1000, "C", entity="malaria")],
         [Date("a", "January", "month", "2025-01-01", "2025-01-31"), Date("b", "Friday", "day", "2025-08-08")]),
    Case("a name opening the sentence holds its share, a name before a figure is no place",
         {**one("a", "Ledger", "2025-11-05", "Ada Moss won with 57% of the vote.", "Her rival Tom Vale took 41%."),
          **one("b", "Wire", "2025-11-05", "Moss took 56.5% to Vale's 41.5%.")},
         [Fig("a", "57%", 57, "M", unit="percentage"), Fig("a", "41%", 41, "V", unit="percentage"),
          Fig("b", "56.5%", 56.5, "M", unit="percentage"), Fig("b", "41.5%", 41.5, "V", unit="percentage")]),
    Case("a part of a group is no estimate of the group; 'the number treated' is read from its verb",
         {**one("a", "Ledger", "2025-10-14", "A rockfall trapped 28 climbers, the park said.",
                "Medics treated 17 people at the scene."),
          **one("b", "Wire", "2025-10-15", "Teams freed 19 of the trapped climbers, the park said.",
                "Four people died, and 9 others were moved to safety.", "The number treated rose to 20.")},
         [Fig("a", "28 climbers", 28, "", speaker="the park"), Fig("a", "17 people", 17, "T", entity="person"),
          Fig("b", "19", 19, "", speaker="the park"), Fig("b", "Four people", 4, "", entity="person"),
          Fig("b", "9 others", 9, ""), Fig("b", "20", 20, "T")]),
    Case("'new' before the counted noun is an addition, elsewhere it says nothing; 'to February' ends a period",
         {**one("a", "Ledger", "2025-03-06", "The firm will add 300 new posts.",
                "Rents in Dunmore rose 5.1% in the twelve months to February."),
          **one("b", "Wire", "2025-03-06", "Under the new plan, 320 jobs will be created.",
                "Dunmore rents climbed 5.4% over the past year.")},
         [Fig("a", "300 new posts", 300, "J"), Fig("a", "5.1%", 5.1, "R", unit="percentage", change="increase"),
          Fig("b", "320 jobs", 320, "J"), Fig("b", "5.4%", 5.4, "R", unit="percentage", change="increase")],
         [Date("a", "February", "month", "2025-02-01", "2025-02-28"),
          Date("b", "the past year", "year", "2024-01-01", "2024-12-31")]),
    Case("'A leads B 48% to 43%' pairs names with figures in order; a noun counts what a verb made it elsewhere",
         {**one("a", "Ledger", "2025-10-20", "A survey puts Ana Reis at 49% and Luc Bron at 42%.",
                "Some 9,000 growers took part in the march."),
          **one("b", "Wire", "2025-10-21", "Reis leads Bron 50% to 41%, a second poll found.",
                "The march drew 11,000 growers.")},
         [Fig("a", "49%", 49, "R", unit="percentage"), Fig("a", "42%", 42, "B", unit="percentage"),
          Fig("a", "Some 9,000 growers", 9000, "G", qualifier="lower_bound"),
          Fig("b", "50%", 50, "R", unit="percentage"), Fig("b", "41%", 41, "B", unit="percentage"),
          Fig("b", "11,000 growers", 11000, "G")]),
    Case("a locative inside a short opening phrase scopes the sentence; 'an 8% fare increase' is a change",
         {**one("a", "Ledger", "2025-05-14", "The river flooded 700 homes in Orrin.", "Fares will rise 6% in May."),
          **one("b", "Wire", "2025-05-14", "About 760 houses were flooded in Orrin.",
                "Downstream in Pask, 90 homes flooded.", "Riders face a 6% fare increase in May.")},
         [Fig("a", "700 homes", 700, "O"), Fig("a", "6%", 6, "F", unit="percentage", change="increase"),
          Fig("b", "About 760 houses", 760, "O", qualifier="approx"), Fig("b", "90 homes", 90, ""),
          Fig("b", "6%", 6, "F", unit="percentage")],
         [Date("a", "May", "month", "2025-05-01", "2025-05-31"), Date("b", "May", "month", "2025-05-01", "2025-05-31")]),
    Case("a passive's agent is not the thing measured; a kind read from a noun outside the clause",
         {**one("a", "Ledger", "2025-03-28", "Fires fanned by strong winds have burned 40,000 acres.",
                "Core inflation, which leaves out food, stood at 2.2%.", "Inflation was 2.8% in March."),
          **one("b", "Wire", "2025-03-28", "About 16,500 hectares have burned.", "Inflation reached 2.9% in March.")},
         [Fig("a", "40,000 acres", 40000, "A", unit="acre"), Fig("a", "2.2%", 2.2, "", unit="percentage"),
          Fig("a", "2.8%", 2.8, "I", unit="percentage"),
          Fig("b", "About 16,500 hectares", 16500, "A", qualifier="approx", unit="hectare"),
          Fig("b", "2.9%", 2.9, "I", unit="percentage")],
         [Date("a", "March", "month", "2025-03-01", "2025-03-31"), Date("b", "March", "month", "2025-03-01", "2025-03-31")]),
    Case("voters who approve are an approval rating; crowds that line the streets; 'out of their homes'",
         {**one("a", "Ledger", "2025-09-03", "The premier's approval rating slipped to 41% in August.",
                "Some 80,000 people lined the streets, organisers said."),
          **one("b", "Wire", "2025-09-03", "Only 40% of voters approved of the premier in August.",
                "Organisers said 85,000 marched.")},
         [Fig("a", "41%", 41, "P", unit="percentage"), Fig("a", "Some 80,000 people", 80000, "C", speaker="organisers"),
          Fig("b", "40%", 40, "P", unit="percentage"), Fig("b", "85,000", 85000, "C", speaker="Organisers")],
         [Date("a", "August", "month", "2025-08-01", "2025-08-31"), Date("b", "August", "month", "2025-08-01", "2025-08-31")]),
    Case("'another N remain' is a level; money for one thing is not money for another; a speaker is not counted",
         {**one("a", "Ledger", "2025-11-04", "Divers freed 5 crew, and another 4 sailors remain missing.",
                "Spending on roads will reach $80 million.", "About 90 people were aboard the barge."),
          **one("b", "Wire", "2025-11-04", "Three sailors are still missing, the navy said.",
                "The council put road spending at $75 million and spending on parks at $20 million.",
                "Witnesses said 110 people were on board.")},
         [Fig("a", "5 crew", 5, ""), Fig("a", "4 sailors", 4, "M", entity="sailors"),
          Fig("a", "$80 million", 8e7, "R", unit="dollar"),
          Fig("a", "About 90 people", 90, "B", qualifier="approx", entity="people"),
          Fig("b", "Three sailors", 3, "M", entity="sailors", speaker="the navy"),
          Fig("b", "$75 million", 7.5e7, "R", unit="dollar", speaker="The council"),
          Fig("b", "$20 million", 2e7, "", unit="dollar", speaker="The council"),
          Fig("b", "110 people", 110, "B", entity="people", speaker="Witnesses")]),
    Case("a workforce is who a site employs, apart from its job cuts; families are households; a jab vaccinates",
         {**one("a", "Ledger", "2025-06-12", "The mill employs 3,100 people and will cut 700 jobs.",
                "About 9,000 families are on the housing list.", "Medics inoculated 48,000 infants this spring.",
                "The pass rate for driving tests was 52%."),
          **one("b", "Wire", "2025-06-12", "Its workforce of 3,000 faces 650 redundancies, and 120 posts would go at the depot.",
                "Some 9,400 households wait for a flat.", "Around 50,000 infants got the polio jab.",
                "Only 49% of learners passed their driving tests.")},
         [Fig("a", "3,100 people", 3100, "W", entity="people"), Fig("a", "700 jobs", 700, "J", entity="jobs"),
          Fig("a", "About 9,000 families", 9000, "H", qualifier="approx", entity="families"),
          Fig("a", "48,000 infants", 48000, "V", entity="infants"), Fig("a", "52%", 52, "P", unit="percentage"),
          Fig("b", "3,000", 3000, "W"), Fig("b", "650 redundancies", 650, "J", entity="redundancies"),
          Fig("b", "120 posts", 120, "", entity="posts"),
          Fig("b", "Some 9,400 households", 9400, "H", qualifier="approx", entity="households"),
          Fig("b", "Around 50,000 infants", 50000, "V", qualifier="approx", entity="infants"),
          Fig("b", "49%", 49, "P", unit="percentage")]),
    Case("a verb shared across a place; 'head of' names no thing; paying is a cost; capacity; exposed cards",
         {**one("a", "Ledger", "2025-04-02", "The storm killed 300 goats and 900 hens in the hill farms.",
                "The town will pay $40 million for the new arena, which can hold 18,000 people.",
                "Thieves exposed 70,000 card numbers."),
          **one("b", "Wire", "2025-04-02", "Some 280 head of goats died, and hen losses were put at 1,000.",
                "The arena will cost $44 million, with a capacity of 17,500 seats.",
                "The lender is replacing 65,000 credit cards.")},
         [Fig("a", "300 goats", 300, "G", entity="goats"), Fig("a", "900 hens", 900, "H", entity="hens"),
          Fig("a", "$40 million", 4e7, "C", unit="dollar"), Fig("a", "18,000 people", 18000, "S", entity="people"),
          Fig("a", "70,000 card numbers", 70000, "K", entity="card numbers"),
          Fig("b", "Some 280 head", 280, "G", qualifier="approx", entity="head"),
          Fig("b", "1,000", 1000, "H"), Fig("b", "$44 million", 4.4e7, "C", unit="dollar"),
          Fig("b", "17,500 seats", 17500, "S", entity="seats"),
          Fig("b", "65,000 credit cards", 65000, "K", entity="credit cards")]),
    Case("murders are homicides; a crop's harvest and output by kind; ticket sales; trains on time by line",
         {**one("a", "Ledger", "2025-02-03", "Murders in Pellow rose to 88 last year.",
                "The frost cut the barley harvest to 2.1 million tonnes, and the oat crop to 0.9 million tonnes.",
                "The fair sold 41,000 tickets.", "Only 64% of buses on the Western route ran on time."),
          **one("b", "Wire", "2025-02-03", "Pellow counted 91 homicides in 2024.",
                "Barley output is put at 2.3 million tonnes.", "Ticket sales reached 43,000.",
                "Punctuality on the Western route was 61%.", "On the Harbour route it was 80%.")},
         [Fig("a", "88", 88, "M"), Fig("a", "2.1 million tonnes", 2.1e6, "B", unit="tonne"),
          Fig("a", "0.9 million tonnes", 9e5, "", unit="tonne"), Fig("a", "41,000 tickets", 41000, "T", entity="tickets"),
          Fig("a", "64%", 64, "P", unit="percentage"),
          Fig("b", "91 homicides", 91, "M", entity="homicides"), Fig("b", "2.3 million tonnes", 2.3e6, "B", unit="tonne"),
          Fig("b", "43,000", 43000, "T"), Fig("b", "61%", 61, "P", unit="percentage"),
          Fig("b", "80%", 80, "", unit="percentage")],
         [Date("a", "last year", "year", "2024-01-01", "2024-12-31"), Date("b", "2024", "year", "2024-01-01", "2024-12-31")]),
    Case("the sickened are cases; 'a raise of N%' is a pay rise",
         {**one("a", "Ledger", "2025-07-08", "Typhoid has sickened 640 people in Marrow.", "Porters will get a 6% pay rise."),
          **one("b", "Wire", "2025-07-08", "Clinics in Marrow logged 700 typhoid cases.", "The deal gives porters a raise of 5.5%.")},
         [Fig("a", "640 people", 640, "C", entity="people"), Fig("a", "6%", 6, "R", unit="percentage"),
          Fig("b", "700 typhoid cases", 700, "C", entity="cases"), Fig("b", "5.5%", 5.5, "R", unit="percentage")]),
    Case("a census and a population; no electricity is an outage; a sum 'in fees'; a name 'X of Y'; enrolment",
         {**one("a", "Ledger", "2025-05-06", "Sarnia's population rose to 3.2 million.",
                "Some 40,000 homes lost power.", "Parking at the Port of Orla costs $30 a day.",
                "Fees at Kell College rose to $9,100.", "About 6,000 students are enrolled."),
          **one("b", "Wire", "2025-05-06", "The census counted 3,150,000 people in Sarnia.",
                "The utility said 37,000 customers had no electricity.",
                "Drivers pay $28 a day at Orla.", "Kell College students pay $9,300 in fees.",
                "Enrolment is 6,200.")},
         [Fig("a", "3.2 million", 3.2e6, "N"), Fig("a", "Some 40,000 homes", 40000, "O", qualifier="approx", entity="homes"),
          Fig("a", "$30 a day", 30, "P", unit="dollar per day"), Fig("a", "$9,100", 9100, "F", unit="dollar"),
          Fig("a", "About 6,000 students", 6000, "E", qualifier="approx", entity="students"),
          Fig("b", "3,150,000 people", 3.15e6, "N", entity="people"),
          Fig("b", "37,000 customers", 37000, "O", entity="customers", speaker="The utility"),
          Fig("b", "$28 a day", 28, "P", unit="dollar per day"), Fig("b", "$9,300", 9300, "F", unit="dollar"),
          Fig("b", "6,200", 6200, "E")]),
    Case("those who lost their homes are homeless; beached is stranded though others died; pounds are mass",
         {**one("a", "Ledger", "2025-03-04", "Some 2,400 people lost their homes in Dabb.", "About 60 dolphins stranded on the spit.",
                "The foal weighed 45 kg."),
          **one("b", "Wire", "2025-03-04", "In Dabb, 2,100 people are homeless.",
                "Wardens said 64 dolphins had beached on the spit and that 20 had died.", "The foal weighed 99 pounds.")},
         [Fig("a", "Some 2,400 people", 2400, "H", qualifier="approx", entity="people"),
          Fig("a", "About 60 dolphins", 60, "S", qualifier="approx", entity="dolphins"),
          Fig("a", "45 kg", 45, "W", unit="kilogram"),
          Fig("b", "2,100 people", 2100, "H", entity="people"), Fig("b", "64 dolphins", 64, "S", entity="dolphins"),
          Fig("b", "20", 20, "", entity="dolphins"), Fig("b", "99 pounds", 99, "W", unit="pound-mass")]),
    Case("units convert before sizes are compared; 'A leads B by N percent to M percent'; medical help; kidnapped",
         {**one("a", "Ledger", "2025-06-30", "Logging cleared 5,300 square kilometres of woodland in 2024.",
                "A new poll puts Mayor Ada Quist on 51%, against 44% for Ben Royle.",
                "Paramedics treated 210 cyclists for heat stroke.", "Rebels kidnapped 33 villagers."),
          **one("b", "Wire", "2025-06-30", "The region lost 520,000 hectares of woodland last year.",
                "Quist leads Royle by 53 percent to 43 percent in a second survey.",
                "About 190 people needed medical help.", "Around 35 people were abducted.")},
         [Fig("a", "5,300 square kilometres", 5300, "L", unit="square kilometre"),
          Fig("a", "51%", 51, "Q", unit="percentage"), Fig("a", "44%", 44, "R", unit="percentage"),
          Fig("a", "210 cyclists", 210, "T", entity="cyclists"), Fig("a", "33 villagers", 33, "K", entity="villagers"),
          Fig("b", "520,000 hectares", 520000, "L", unit="hectare"),
          Fig("b", "53 percent", 53, "Q", unit="percentage"), Fig("b", "43 percent", 43, "R", unit="percentage"),
          Fig("b", "About 190 people", 190, "T", qualifier="approx", entity="people"),
          Fig("b", "Around 35 people", 35, "K", qualifier="approx", entity="people")],
         [Date("a", "2024", "year", "2024-01-01", "2024-12-31"), Date("b", "last year", "year", "2024-01-01", "2024-12-31")]),
    Case("one spelling for topics; a verb's particle is no rise; sold for is a price; a price is a cost",
         {**one("a", "Ledger", "2025-08-20", "Vantor will build a $900 million logistics centre near Gell.",
                "Shoppers bought 12,000 tickets.", "Flats in Gell sold for an average of $410,000.",
                "Passes cost $85."),
          **one("b", "Wire", "2025-08-20", "The logistics center near Gell is worth $950 million.",
                "About 11,500 fans snapped up tickets.", "The average flat price in Gell is $402,000.",
                "The price of a pass is $90.")},
         [Fig("a", "$900 million", 9e8, "L", unit="dollar"), Fig("a", "12,000 tickets", 12000, "P", entity="tickets"),
          Fig("a", "$410,000", 410000, "F", unit="dollar"), Fig("a", "$85", 85, "C", unit="dollar"),
          Fig("b", "$950 million", 9.5e8, "L", unit="dollar"),
          Fig("b", "About 11,500 fans", 11500, "P", qualifier="approx", entity="fans"),
          Fig("b", "$402,000", 402000, "F", unit="dollar"), Fig("b", "$90", 90, "C", unit="dollar")]),
    Case("inmates are prisoners, escaped apart from recaptured; a duty is a tariff; rubbish is litter",
         {**one("a", "Ledger", "2025-09-09", "Thirty inmates escaped from the Tobin jail.", "Guards recaptured 12 inmates.",
                "Lurra will put a 15% tariff on imported cars.", "Crews cleared 9 tonnes of litter from Hale Park."),
          **one("b", "Wire", "2025-09-09", "Officials said 33 prisoners broke out of the Tobin jail.",
                "The car duty of 18 percent starts soon.", "Crews collected 11 tonnes of rubbish in Hale Park.")},
         [Fig("a", "Thirty inmates", 30, "E", entity="inmates"), Fig("a", "12 inmates", 12, "", entity="inmates"),
          Fig("a", "15%", 15, "T", unit="percentage"), Fig("a", "9 tonnes", 9, "L", unit="tonne"),
          Fig("b", "33 prisoners", 33, "E", entity="prisoners", speaker="Officials"),
          Fig("b", "18 percent", 18, "T", unit="percentage"), Fig("b", "11 tonnes", 11, "L", unit="tonne")]),
    Case("two names the tables do not know for one counted thing, each the other's nearest figure",
         {**one("a", "Ledger", "2025-05-06", "Some 2,400 beekeepers blocked the road into Orvel, organisers said.",
                "They brought 300 hives."),
          **one("b", "Wire", "2025-05-06", "About 1,900 apiarists rallied in Orvel on Monday, police said.")},
         [Fig("a", "Some 2,400 beekeepers", 2400, "B", qualifier="approx", speaker="organisers"),
          Fig("a", "300 hives", 300, ""),
          Fig("b", "About 1,900 apiarists", 1900, "B", qualifier="approx", speaker="police")]),
    Case("two members of one family of things are one count; members of two families are not",
         {**one("a", "Ledger", "2025-02-11", "The fever killed 340 ducks on farms near Pell, vets said.",
                "In all, 60 goats died."),
          **one("b", "Wire", "2025-02-11", "Some 310 birds died near Pell, the ministry said.",
                "Officials said 45 cows died.")},
         [Fig("a", "340 ducks", 340, "D", speaker="vets"), Fig("a", "60 goats", 60, "G"),
          Fig("b", "Some 310 birds", 310, "D", qualifier="approx", speaker="the ministry"),
          Fig("b", "45 cows", 45, "G", speaker="Officials")]),
    Case("'another' adds only to a figure of its own kind; after one of another kind it is a level",
         {**one("a", "Ledger", "2025-06-02", "The crash in Velk killed 5 passengers, police said.",
                "Another 12 were taken to hospital."),
          **one("b", "Wire", "2025-06-02", "Medics said 14 people were hospitalised after the crash in Velk.")},
         [Fig("a", "5 passengers", 5, "", speaker="police"), Fig("a", "Another 12", 12, "H"),
          Fig("b", "14 people", 14, "H", speaker="Medics")]),
    Case("homes that burned down were destroyed; people pulled from the water were rescued",
         {**one("a", "Ledger", "2025-07-02", "Fire destroyed 40 homes in Tarn, the mayor said.",
                "Divers pulled 30 people from the river."),
          **one("b", "Wire", "2025-07-02", "Some 44 houses burned down in Tarn.", "Police said 33 survivors were found.")},
         [Fig("a", "40 homes", 40, "H", speaker="the mayor"), Fig("a", "30 people", 30, "R"),
          Fig("b", "Some 44 houses", 44, "H", qualifier="approx"), Fig("b", "33 survivors", 33, "R", speaker="Police")]),
    Case("people nothing befell are the group of people another report names; not a thing",
         {**one("a", "Ledger", "2025-09-08", "More than 700 volunteers cleaned the Tarn riverbank, organisers said.",
                "They filled 90 skips."),
          **one("b", "Wire", "2025-09-08", "About 650 people joined the clean-up on the Tarn, the council said.")},
         [Fig("a", "More than 700 volunteers", 700, "V", qualifier="lower_bound", speaker="organisers"),
          Fig("a", "90 skips", 90, ""),
          Fig("b", "About 650 people", 650, "V", qualifier="approx", speaker="the council")]),
    Case("a share of voters who cast a ballot is turnout; runners who needed treatment were treated",
         {**one("a", "Ledger", "2025-04-07", "Turnout in Vell was 58%, officials said.",
                "Medics said 120 runners needed treatment."),
          **one("b", "Wire", "2025-04-07", "Some 55 percent of voters in Vell cast a ballot.",
                "Paramedics treated 135 people.")},
         [Fig("a", "58%", 58, "T", unit="percentage", speaker="officials"),
          Fig("a", "120 runners", 120, "M", speaker="Medics"),
          Fig("b", "Some 55 percent", 55, "T", qualifier="approx", unit="percentage"),
          Fig("b", "135 people", 135, "M", speaker="Paramedics")]),
    Case("'freed 20 of them' counts the freed, like another report's 'released 22'",
         {**one("a", "Ledger", "2025-06-03", "Rebels held 50 villagers near Sarn, officials said.",
                "Troops freed 20 of them on Friday."),
          **one("b", "Wire", "2025-06-03", "The army said it had released 22 people near Sarn.")},
         [Fig("a", "50 villagers", 50, "", speaker="officials"), Fig("a", "20 of them", 20, "F"),
          Fig("b", "22 people", 22, "F", speaker="The army")]),
    Case("a date after 'from' is the base of a change, not its period",
         {**one("a", "Ledger", "2025-07-21", "Exports from Sarn rose 7% in the first half, the ministry said."),
          **one("b", "Wire", "2025-07-21", "Sarn exports grew 6.5%, up from a year earlier, traders said.")},
         [Fig("a", "7%", 7, "E", unit="percentage", change="increase", speaker="the ministry"),
          Fig("b", "6.5%", 6.5, "E", unit="percentage", change="increase", speaker="traders")],
         [Date("a", "the first half", "half", "2025-01-01", "2025-06-30"),
          Date("b", "a year earlier", "year", "2024-01-01", "2024-12-31")]),
    Case("scrapped is cancelled; people stuck are stranded; testing positive makes a case",
         {**one("a", "Ledger", "2025-08-12", "The storm stranded 3,000 drivers near Kell and 80 trains were cancelled.",
                "Some 90 pupils at Kell High tested positive."),
          **one("b", "Wire", "2025-08-12", "About 3,400 motorists were stuck near Kell, police said.",
                "Rail staff scrapped 75 services.", "Officials counted 95 cases at Kell High.")},
         [Fig("a", "3,000 drivers", 3000, "S"), Fig("a", "80 trains", 80, "C"),
          Fig("a", "Some 90 pupils", 90, "P", qualifier="approx"),
          Fig("b", "About 3,400 motorists", 3400, "S", qualifier="approx", speaker="police"),
          Fig("b", "75 services", 75, "C", speaker="Rail staff"), Fig("b", "95 cases", 95, "P", speaker="Officials")]),
    Case("one distinctive sum restated in other words and another scale is one measure",
         {**one("a", "Ledger", "2025-03-04", "Tallow Mills agreed to buy Fenby Grain for £2.35 billion in cash."),
          **one("b", "Wire", "2025-03-04", "Fenby's board backed a £2,350m offer from Tallow Mills.",
                "Fenby employs 900 people.")},
         [Fig("a", "£2.35 billion", 2.35e9, "T", unit="pound sterling"),
          Fig("b", "£2,350m", 2.35e9, "T", unit="pound sterling"), Fig("b", "900 people", 900, "")]),
    Case("a market's prices rising are not inflation",
         {**one("a", "Ledger", "2025-06-04", "Consumer prices in Orlan rose 3.1% in May, the statistics office said.",
                "Rents in Orlan rose 7% in May."),
          **one("b", "Wire", "2025-06-04", "Prices rose 3.3% in May, the central bank said.",
                "Food prices jumped 9% in May, grocers said.")},
         [Fig("a", "3.1%", 3.1, "I", unit="percentage"), Fig("a", "7%", 7, "", unit="percentage"),
          Fig("b", "3.3%", 3.3, "I", unit="percentage"), Fig("b", "9%", 9, "", unit="percentage")]),
    Case("a hall's design capacity is not the crowd it holds",
         {**one("a", "Ledger", "2025-09-09", "The sports hall, built for 400 people, now shelters 950 evacuees."),
          **one("b", "Wire", "2025-09-09", "About 1,000 evacuees are staying in the hall, designed for 400.")},
         [Fig("a", "400 people", 400, "C"), Fig("a", "950 evacuees", 950, "E"),
          Fig("b", "About 1,000 evacuees", 1000, "E", qualifier="approx"), Fig("b", "400", 400, "C")]),
    Case("a noun the tables do not know joins one known thing, not two of three reports",
         {**one("a", "Ledger", "2025-04-01", "Divers pulled 21 people from the lake, five of whom later died."),
          **one("b", "Wire", "2025-04-01", "Six people were killed when the ferry sank, police said."),
          **one("c", "Post", "2025-04-01", "The ferry carried 30 pilgrims.")},
         [Fig("a", "21 people", 21, "R"), Fig("a", "five", 5, "D"), Fig("b", "Six people", 6, "D", speaker="police")]),
    Case("a count written as an adjective describes a thing and counts no victims",
         {**one("a", "Ledger", "2025-04-02", "A fire gutted a six-storey hotel in Varn."),
          **one("b", "Wire", "2025-04-02", "Six guests died in the hotel fire in Varn.")},
         [Fig("a", "six-storey", 6, ""), Fig("b", "Six guests", 6, "")]),
    Case("an area in square km is compared with one in square miles",
         {**one("a", "Ledger", "2025-04-03", "The lake now covers 31 square km, researchers said."),
          **one("b", "Wire", "2025-04-03", "The lake has shrunk to about 12 square miles.")},
         [Fig("a", "31 square km", 31, "A", unit="square kilometre", speaker="researchers"),
          Fig("b", "about 12 square miles", 12, "A", unit="square mile", qualifier="approx")]),
    Case("a part named after the group it belongs to is no estimate of the group",
         {**one("a", "Ledger", "2025-04-04", "The tram crash near Bosk injured 35 passengers, police said.",
                "Eight of the injured stayed in hospital overnight."),
          **one("b", "Wire", "2025-04-04", "About 40 people were hurt in the crash near Bosk, medics said.")},
         [Fig("a", "35 passengers", 35, "I", speaker="police"), Fig("a", "Eight", 8, ""),
          Fig("b", "About 40 people", 40, "I", qualifier="approx", speaker="medics")]),
    Case("a place in the speaker's name is whose figure it is, not where",
         {**one("a", "Ledger", "2025-04-05", "Police put the crowd at 9,000, while organisers from the Dock Union said "
                "25,000 people had taken part."),
          **one("b", "Wire", "2025-04-05", "Union leaders said 22,000 people marched.")},
         [Fig("a", "9,000", 9000, "C", speaker="Police"), Fig("a", "25,000 people", 25000, "C"),
          Fig("b", "22,000 people", 22000, "C", speaker="Union leaders")]),
    Case("troops moved to a front are deployed, not evacuated",
         {**one("a", "Ledger", "2025-04-06", "About 2,000 troops have been moved to the border, the army said.",
                "Some 900 villagers were moved to shelters."),
          **one("b", "Wire", "2025-04-06", "The ministry said it had deployed 2,400 soldiers to the border.")},
         [Fig("a", "About 2,000 troops", 2000, "T", qualifier="approx", speaker="army"),
          Fig("a", "Some 900 villagers", 900, ""), Fig("b", "2,400 soldiers", 2400, "T", speaker="ministry")]),
    Case("a figure with a verb of its own past another figure does not share the verb before it",
         {**one("a", "Ledger", "2025-07-01", "Some 900 people were evacuated, and 300 firefighters backed by 9 planes "
                "were fighting the blaze."),
          **one("b", "Wire", "2025-07-01", "The region deployed 350 firefighters against the fire.")},
         [Fig("a", "Some 900 people", 900, "", qualifier="approx"), Fig("a", "300 firefighters", 300, "F"),
          Fig("b", "350 firefighters", 350, "F")]),
    Case("runners who started are not runners who finished, and crowds twenty times apart are two crowds",
         {**one("a", "Ledger", "2025-07-02", "About 12,000 runners started the Lisk marathon and 11,200 finished, "
                "organisers said."),
          **one("b", "Wire", "2025-07-02", "Some 12,400 runners set off, while 300 people watched in Lisk Park.")},
         [Fig("a", "About 12,000 runners", 12000, "S", qualifier="approx", speaker="organisers"),
          Fig("a", "11,200", 11200, ""), Fig("b", "Some 12,400 runners", 12400, "S", qualifier="approx"),
          Fig("b", "300 people", 300, "")]),
    Case("two reports' only figures in one unit measure one thing, whatever words surround them",
         {**one("a", "Ledger", "2025-07-03", "About 300 tonnes of fuel leaked into the bay, the port said."),
          **one("b", "Wire", "2025-07-03", "Divers said roughly 340 tonnes had escaped from the tanker.")},
         [Fig("a", "About 300 tonnes", 300, "T", qualifier="approx", unit="tonne", speaker="port"),
          Fig("b", "roughly 340 tonnes", 340, "T", qualifier="approx", unit="tonne", speaker="Divers")]),
    Case("a rounded restatement with a bound is the same share",
         {**one("a", "Ledger", "2025-07-04", "The pass rate in Orm's maths exam rose to 64.6%, the board said."),
          **one("b", "Wire", "2025-07-04", "Just over 64 percent of candidates in Orm got through the maths paper.")},
         [Fig("a", "64.6%", 64.6, "P", unit="percentage", speaker="board"),
          Fig("b", "Just over 64 percent", 64, "P", unit="percentage", qualifier="lower_bound")]),
    Case("two reports' only sums name one budget line in other words",
         {**one("a", "Ledger", "2025-10-02", "Schools receive $1.3bn, the mayor said."),
          **one("b", "Wire", "2025-10-02", "Education gets $1.25bn.")},
         [Fig("a", "$1.3bn", 1.3e9, "E", unit="dollar", speaker="the mayor"),
          Fig("b", "$1.25bn", 1.25e9, "E", unit="dollar")]),
    Case("figures alone in their measures pair across reports when each is the other's nearest",
         {**one("a", "Ledger", "2025-07-05", "The clean-up in Oster will take $8 million, the mayor said."),
          **one("b", "Wire", "2025-07-05", "Insurers expect the Oster storm to need $9.5 million.",
                "The city set aside $40 million for new levees.")},
         [Fig("a", "$8 million", 8e6, "D", unit="dollar", speaker="the mayor"),
          Fig("b", "$9.5 million", 9.5e6, "D", unit="dollar", speaker="Insurers"),
          Fig("b", "$40 million", 4e7, "", unit="dollar")]),
    Case("the base of a comparison with its own month is the earlier figure, and an addition no estimate of a total",
         {**one("a", "Ledger", "2025-10-03", "About 30,000 troops are massed near the border, up from 12,000 troops "
                "in July, an analyst said."),
          **one("b", "Wire", "2025-10-03", "Officials said 26,000 soldiers had gathered near the border.",
                "Its neighbour will send an additional 3,000 troops.")},
         [Fig("a", "About 30,000 troops", 30000, "T", qualifier="approx", speaker="analyst"),
          Fig("a", "12,000 troops", 12000, "", speaker="analyst"),
          Fig("b", "26,000 soldiers", 26000, "T", speaker="Officials"), Fig("b", "3,000 troops", 3000, "")]),
    Case("each side's own dead are two measures, a side and its demonym one",
         {**one("a", "Ledger", "2025-10-04", "Ostria's army said 14 of its soldiers were killed.",
                "Velland said it lost 22 soldiers."),
          **one("b", "Wire", "2025-10-04", "Velland's defence ministry said 25 of its troops died.",
                "Officials counted 12 Ostrian soldiers killed.")},
         [Fig("a", "14", 14, "O", speaker="Ostria's army"), Fig("b", "25", 25, "V", speaker="Velland's defence ministry"),
          Fig("b", "12 Ostrian soldiers", 12, "O", speaker="Officials")]),
    Case("an organization that speaks in two reports is a source, not a place that scopes a figure",
         {**one("a", "Ledger", "2025-03-09", "Police said 9,000 people marched through Orlan.",
                '"We had 30,000 on the streets," said a leader of the Dock Workers Union.'),
          **one("b", "Wire", "2025-03-09", "The Dock Workers Union claimed 32,000 had joined the march.")},
         [Fig("a", "9,000 people", 9000, "C", speaker="Police"),
          Fig("a", "30,000", 30000, "C", speaker="Dock Workers Union leader"),
          Fig("b", "32,000", 32000, "C", speaker="Dock Workers Union")]),
    Case("drones launched are not drones shot down, and a small count of ideas counts no victims",
         {**one("a", "Ledger", "2025-03-10", "Air defences shot down 20 of 26 drones launched at Vell overnight, the "
                "army said.", "Debris injured two people."),
          **one("b", "Wire", "2025-03-10", "The army said 26 drones had been launched from two directions.",
                "Defences downed 21 drones.", "Two residents were hurt.")},
         [Fig("a", "26 drones", 26, "L", speaker="army"), Fig("b", "26 drones", 26, "L", speaker="army"),
          Fig("b", "21 drones", 21, "D"), Fig("b", "two directions", 2, ""),
          Fig("a", "two people", 2, "H"), Fig("b", "Two residents", 2, "H")]),
    Case("one offered share read as a level in one report and a rise in the other is one figure",
         {**one("a", "Ledger", "2025-03-11", "The port authority offered 3.5%, the union said."),
          **one("b", "Wire", "2025-03-11", "Dockers rejected a 3.5 per cent rise.")},
         [Fig("a", "3.5%", 3.5, "O", unit="percentage", speaker="the union"),
          Fig("b", "3.5 per cent", 3.5, "O", unit="percentage", change="increase")]),
    Case("an organization after 'from' is whose figure it is, not where the crowd was",
         {**one("a", "Ledger", "2025-03-12", "Some 30,000 protesters marched through Orlan, police said."),
          **one("b", "Wire", "2025-03-12", "About 90,000 people took part, according to organisers from the Tenants "
                "Alliance.")},
         [Fig("a", "Some 30,000 protesters", 30000, "C", qualifier="approx", speaker="police"),
          Fig("b", "About 90,000 people", 90000, "C", qualifier="approx", speaker="Tenants Alliance organisers")]),
    Case("a verb right before a figure is its event even after 'to'; vacant posts are not recruits",
         {**one("a", "Ledger", "2025-03-13", "The bank plans to cut 700 jobs.", "It employs 15,000 people."),
          **one("b", "Wire", "2025-03-13", "About 650 posts will go, the union said.",
                "Clinics have 900 vacant posts and plan to recruit 400 nurses.")},
         [Fig("a", "700 jobs", 700, "C"), Fig("a", "15,000 people", 15000, "E"),
          Fig("b", "About 650 posts", 650, "C", qualifier="approx", speaker="the union"),
          Fig("b", "900 vacant posts", 900, "V"), Fig("b", "400 nurses", 400, "")]),
    Case("a share restated as 'of the population' and an economy that expanded are one figure each",
         {**one("a", "Ledger", "2025-03-14", "The economy expanded 0.6% in the third quarter, the bureau said.",
                "Some 13.4% of Estrans lived below the poverty line last year."),
          **one("b", "Wire", "2025-03-14", "Output grew 0.6 percent in the third quarter.",
                "Poverty touched 13.4 percent of the population.")},
         [Fig("a", "0.6%", 0.6, "G", unit="percentage", speaker="the bureau"),
          Fig("b", "0.6 percent", 0.6, "G", unit="percentage"),
          Fig("a", "13.4%", 13.4, "P", unit="percentage", qualifier="approx"),
          Fig("b", "13.4 percent", 13.4, "P", unit="percentage")]),
    Case("a noun's outcome said of a few is not said of a hundred times as many",
         {**one("a", "Ledger", "2025-03-15", "Some 450 rangers were on the fire line, the chief said.",
                "Four rangers were treated for burns."),
          **one("b", "Wire", "2025-03-15", "About 500 rangers fought the fire.")},
         [Fig("a", "Some 450 rangers", 450, "R", qualifier="approx", speaker="the chief"),
          Fig("a", "Four rangers", 4, ""), Fig("b", "About 500 rangers", 500, "R", qualifier="approx")]),
    Case("a spill is no estimate of the cargo, twenty times its size",
         {**one("a", "Ledger", "2025-03-16", "The tanker spilled 900 tonnes of oil, the port said."),
          **one("b", "Wire", "2025-03-16", "The ship was carrying 60,000 tonnes of oil.",
                "About 1,100 tonnes leaked, divers said.")},
         [Fig("a", "900 tonnes", 900, "S", unit="tonne", speaker="port"),
          Fig("b", "60,000 tonnes", 60000, "", unit="tonne"),
          Fig("b", "About 1,100 tonnes", 1100, "S", unit="tonne", qualifier="approx", speaker="divers")]),
    Case("a figure of unknown thing filed with another measure moves to the one it restates",
         {**one("a", "Ledger", "2025-03-17", "Orvo reported revenue of $1.3 billion, and net profit fell to $71 million."),
          **one("b", "Wire", "2025-03-17", "Orvo's sales reached $1,300 million.", "Quarterly income dropped to $71m.")},
         [Fig("a", "$1.3 billion", 1.3e9, "R", unit="dollar"), Fig("a", "$71 million", 7.1e7, "P", unit="dollar"),
          Fig("b", "$1,300 million", 1.3e9, "R", unit="dollar"), Fig("b", "$71m", 7.1e7, "P", unit="dollar")]),
    Case("'close to' is a bound, not a closure; homes under water are flooded",
         {**one("a", "Ledger", "2025-03-18", "The river flooded more than 1,300 homes, the agency said."),
          **one("b", "Wire", "2025-03-18", "We have close to 1,500 houses under water, the mayor said.")},
         [Fig("a", "more than 1,300 homes", 1300, "F", qualifier="lower_bound", speaker="agency"),
          Fig("b", "close to 1,500 houses", 1500, "F", qualifier="approx", speaker="the mayor")]),
    Case("an unknown noun stays apart from a figure of another outcome or far another size",
         {**one("a", "Ledger", "2025-05-06", "Some 40 glassblowers lost their jobs in Orvel."),
          **one("b", "Wire", "2025-05-06", "Orvel has 900 kilns.", "Workshops in Orvel closed 35 furnaces.")},
         [Fig("a", "Some 40 glassblowers", 40, "", qualifier="approx"), Fig("b", "900 kilns", 900, ""),
          Fig("b", "35 furnaces", 35, "")]),
    Case("a figure rounded to fewer digits restates the precise one",
         {**one("a", "Ledger", "2025-05-07", "Reservoirs stood at 31.7% of capacity, the utility said."),
          **one("b", "Wire", "2025-05-07", "Dams serving the city are 32% full.",
                "Use fell 9% after the ban.")},
         [Fig("a", "31.7%", 31.7, "R", unit="percentage", speaker="the utility"),
          Fig("b", "32%", 32, "R", unit="percentage"), Fig("b", "9%", 9, "", unit="percentage")]),
    Case("an extra sum is the sum another report states without the word",
         {**one("a", "Ledger", "2025-05-08", "The ministry pledged an extra $42 million for rural clinics."),
          **one("b", "Wire", "2025-05-08", "Officials said $42 million in extra funding would go to clinics.")},
         [Fig("a", "an extra $42 million", 4.2e7, "X", unit="dollar"),
          Fig("b", "$42 million", 4.2e7, "X", unit="dollar", speaker="Officials")]),
    Case("one claimant's bound far from its other figure is another thing",
         {**one("a", "Ledger", "2025-05-09", "The hostel, built for 300 people, now houses nearly 1,700, the director said."),
          **one("b", "Wire", "2025-05-09", "The hostel houses about 1,650 people.")},
         [Fig("a", "300 people", 300, "", speaker="the director"),
          Fig("a", "nearly 1,700", 1700, "H", qualifier="upper_bound", speaker="the director"),
          Fig("b", "about 1,650 people", 1650, "H", qualifier="approx")]),
    Case("a share's change is of the thing its movement word names, whatever else the clause says",
         {**one("a", "Ledger", "2025-05-11", "Thousands marched on Sunday against a planned 9% rise in tram fares.",
                "Property taxes will rise 2.8%, the treasurer said."),
          **one("b", "Wire", "2025-05-11", "The city says the 9 percent fare increase is needed.",
                "Critics said the property tax increase was closer to 3.4%.")},
         [Fig("a", "9%", 9, "F", unit="percentage", change="increase"),
          Fig("a", "2.8%", 2.8, "T", unit="percentage", change="increase", speaker="the treasurer"),
          Fig("b", "9 percent", 9, "F", unit="percentage", change="increase"),
          Fig("b", "3.4%", 3.4, "T", unit="percentage", change="increase", speaker="Critics")]),
    Case("those still in shelters are not the tally evacuated; those still missing are the missing",
         {**one("a", "Ledger", "2025-05-12", "The flood forced 1,400 residents to evacuate, officials said.",
                "About 700 evacuees were still in shelters on Monday.", "Twelve people are missing."),
          **one("b", "Wire", "2025-05-12", "Some 1,500 people were evacuated.", "Nine people remain missing.")},
         [Fig("a", "1,400 residents", 1400, "E", speaker="officials"),
          Fig("a", "About 700 evacuees", 700, "", qualifier="approx"),
          Fig("a", "Twelve people", 12, "M"),
          Fig("b", "Some 1,500 people", 1500, "E", qualifier="approx"),
          Fig("b", "Nine people", 9, "M")]),
    Case("a storm's name is no place: its toll is one measure wherever the storm struck",
         {**one("a", "Ledger", "2025-05-13", "At least six people were killed, officials said."),
          **one("b", "Wire", "2025-05-13", "Nine people died as Cyclone Tarra slammed into Brill Harbour."),
          **one("c", "Post", "2025-05-14", "The death toll from Cyclone Tarra rose to 11 on Friday.",
                "Roughly 900 houses were damaged when Tarra came ashore.", "In the capital, 20 homes were damaged.")},
         [Fig("a", "At least six people", 6, "D", qualifier="lower_bound", speaker="officials"),
          Fig("b", "Nine people", 9, "D"), Fig("c", "11", 11, "D"),
          Fig("c", "Roughly 900 houses", 900, "", qualifier="approx"), Fig("c", "20 homes", 20, "")]),
    Case("a part of a group restating another report's figure joins it",
         {**one("a", "Ledger", "2025-05-14", "An audit found 12,900 patients had waited over a year for surgery."),
          **one("b", "Wire", "2025-05-14", "Some 41,000 people are on the surgery list.",
                "Almost 13,000 of them have waited over a year.")},
         [Fig("a", "12,900 patients", 12900, "W"),
          Fig("b", "Some 41,000 people", 41000, "", qualifier="approx"),
          Fig("b", "Almost 13,000", 13000, "W", qualifier="upper_bound")]),
    Case("a venue a sentence puts in a town is in that town",
         {**one("a", "Ledger", "2025-05-15", "Fire swept the Red Mill nightclub in Karst, killing at least nine people."),
          **one("b", "Wire", "2025-05-16", "The toll from the Red Mill nightclub fire rose to 12.",
                "In Tolva, four people died in a separate fire."),
          **one("c", "Post", "2025-05-16", "Eleven people died in Karst, officials said.")},
         [Fig("a", "at least nine people", 9, "D", qualifier="lower_bound"),
          Fig("b", "12", 12, "D"), Fig("b", "four people", 4, ""), Fig("c", "Eleven people", 11, "D", speaker="officials")]),
    Case("homes and households evacuated are one count",
         {**one("a", "Ledger", "2025-05-18", "Police evacuated about 300 homes near the plant.",
                "Some 90 workers were sent home."),
          **one("b", "Wire", "2025-05-18", "About 340 households were evacuated, the county said.")},
         [Fig("a", "about 300 homes", 300, "E", qualifier="approx"), Fig("a", "Some 90 workers", 90, "", qualifier="approx"),
          Fig("b", "About 340 households", 340, "E", qualifier="approx", speaker="the county")]),
    Case("people who became sick are cases, whatever else the sentence did",
         {**one("a", "Ledger", "2025-05-22", "Shops pulled 9,000 jars after at least 30 people became sick, officials said."),
          **one("b", "Wire", "2025-05-22", "Some 34 people fell ill after eating the sauce.", "Rescuers pulled 3 people from a car.")},
         [Fig("a", "at least 30 people", 30, "C", qualifier="lower_bound", speaker="officials"),
          Fig("a", "9,000 jars", 9000, ""),
          Fig("b", "Some 34 people", 34, "C", qualifier="approx"), Fig("b", "3 people", 3, "")]),
    Case("words said of people do not name what a tonnage is",
         {**one("a", "Ledger", "2025-05-10", "About 6 tonnes of ammonia escaped from the tank, the firm said."),
          **one("b", "Wire", "2025-05-10", "Inspectors said 5.6 tonnes of ammonia were released.",
                "The tank held 40 tonnes.")},
         [Fig("a", "About 6 tonnes", 6, "T", unit="tonne", qualifier="approx", speaker="the firm"),
          Fig("b", "5.6 tonnes", 5.6, "T", unit="tonne", speaker="Inspectors"),
          Fig("b", "40 tonnes", 40, "", unit="tonne")]),
    # (kept apart by the twofold rule: "second" itself is not read)
    Case("containment of a second fire is not containment of the first",
         {**one("a", "Ledger", "2025-08-02", "A second fire near Pell has burned 400 hectares and is 60% contained."),
          **one("b", "Wire", "2025-08-02", "Crews said containment stood at 20%.")},
         [Fig("a", "60%", 60, "", unit="percentage"), Fig("b", "20%", 20, "", unit="percentage", speaker="Crews")]),
    Case("monthly tonnes are tonnes a month, not the tonnes of one load",
         {**one("a", "Ledger", "2025-08-04", "The pact lets Dravia ship up to 2 million tonnes of wheat a month.",
                "One barge sank with 2,100 tonnes aboard."),
          **one("b", "Wire", "2025-08-04", "The accord permits monthly exports of 2,000,000 tonnes, the ministry said.")},
         [Fig("a", "up to 2 million tonnes", 2e6, "M", unit="tonne per month", qualifier="upper_bound"),
          Fig("a", "2,100 tonnes", 2100, "", unit="tonne"),
          Fig("b", "2,000,000 tonnes", 2e6, "M", unit="tonne", speaker="the ministry")]),
    Case("an exact sum restated by two reports is one figure, whatever place each gives it",
         {**one("a", "Ledger", "2025-08-06", "Voltra will build a $7.5 billion battery plant outside Pellham, the governor said."),
          **one("b", "Wire", "2025-08-06", "Voltra said it would invest $7.5bn in a new factory in Norwood.",
                "A $300 million warehouse in Kessock opened last year.")},
         [Fig("a", "$7.5 billion", 7.5e9, "S", unit="dollar", speaker="the governor"),
          Fig("b", "$7.5bn", 7.5e9, "S", unit="dollar", speaker="Voltra"),
          Fig("b", "$300 million", 3e8, "", unit="dollar")]),
    Case("the year a change is measured against is its base, not its period",
         {**one("a", "Ledger", "2025-04-02", "Exports rose 7.3% on the same month last year, the bureau said."),
          **one("b", "Wire", "2025-04-02", "Exports grew 7.3 percent in March, customs data showed.", "Imports fell 2%.")},
         [Fig("a", "7.3%", 7.3, "X", unit="percentage", change="increase", speaker="the bureau"),
          Fig("b", "7.3 percent", 7.3, "X", unit="percentage", change="increase", speaker="customs data"),
          Fig("b", "2%", 2, "", unit="percentage", change="decrease")],
         [Date("a", "last year", "year", "2024-01-01", "2024-12-31"),
          Date("b", "March", "month", "2025-03-01", "2025-03-31")]),
    Case("a change over the year just ended is the latest change another report gives undated",
         {**one("a", "Ledger", "2025-02-03", "Tram ridership rose 6.2% in 2024, the transit authority said."),
          **one("b", "Wire", "2025-02-03", "Tram ridership is up 5.9 percent, the operator said.",
                "Bus ridership fell 3%.")},
         [Fig("a", "6.2%", 6.2, "R", unit="percentage", change="increase", speaker="the transit authority"),
          Fig("b", "5.9 percent", 5.9, "R", unit="percentage", change="increase", speaker="the operator"),
          Fig("b", "3%", 3, "", unit="percentage", change="decrease")],
         [Date("a", "2024", "year", "2024-01-01", "2024-12-31")]),
    Case("a ship's name is no place, also where a report names it alone",
         {**one("a", "Ledger", "2025-08-09", "The freighter Nordlys Queen lost about 40 containers near Skarvik, its operator said."),
          **one("b", "Wire", "2025-08-09", "Some 45 containers fell from the Nordlys Queen, the coastguard said.",
                "A tug towed 3 barges to port.")},
         [Fig("a", "about 40 containers", 40, "C", qualifier="approx", speaker="its operator"),
          Fig("b", "Some 45 containers", 45, "C", qualifier="approx", speaker="the coastguard"),
          Fig("b", "3 barges", 3, "")]),
    Case("fishermen missing from a trawler are its crew missing",
         {**one("a", "Ledger", "2025-08-08", "Four fishermen remain missing after the trawler Vela sank off Kessa, the coastguard said."),
          **one("b", "Wire", "2025-08-08", "Five crew members remain missing off Kessa.", "The port has 40 berths.")},
         [Fig("a", "Four fishermen", 4, "M", speaker="the coastguard"), Fig("b", "Five crew members", 5, "M"),
          Fig("b", "40 berths", 40, "")]),
    Case("a cut by a fraction is a share of the cut by a percentage",
         {**one("a", "Ledger", "2025-08-07", "Ministers cut the herring quota by a fifth for next year."),
          **one("b", "Wire", "2025-08-07", "The herring quota was cut by 20%, the ministry said.",
                "Some 30 boats will stay in port.")},
         [Fig("a", "a fifth", 0.2, "Q", change="decrease"),
          Fig("b", "20%", 20, "Q", unit="percentage", change="decrease", speaker="the ministry"),
          Fig("b", "Some 30 boats", 30, "", qualifier="approx")]),
    Case("a rounded share restates the precise one of another report",
         {**one("a", "Ledger", "2025-08-05", "Bread prices in Oskar rose 11.8% in March from a year earlier, the statistics office said."),
          **one("b", "Wire", "2025-08-05", "Families pay about 12 percent more for bread than a year ago, the office reported.")},
         [Fig("a", "11.8%", 11.8, "P", unit="percentage", speaker="the statistics office"),
          Fig("b", "about 12 percent", 12, "P", unit="percentage", qualifier="approx", speaker="the office")]),
]


def _measures(case: Case) -> dict[str, object]:
    table = nf.disagreements(facts_of(case), min_claimants=1)
    out = {}
    for f in case.figures:
        _, _, sentences = case.docs[f.doc]
        start, _, _ = _locate(sentences, f.anchor, f.nth)
        hit = table[(table["doc_id"] == f.doc) & (table["start"] == start)]
        out[f"{f.doc}:{f.anchor}"] = hit["measure"].iloc[0] if len(hit) else None
    return out


# Known limits: two roles hurt.
KNOWN_FAILURES = [
    Case("people of two roles hurt are two counts",
         {**one("a", "Ledger", "2025-02-11", "Police said 12 protesters were hurt."),
          **one("b", "Wire", "2025-02-11", "Nine officers were hurt.")},
         [Fig("a", "12 protesters", 12, "", speaker="Police"), Fig("b", "Nine officers", 9, "")]),
]


@pytest.mark.parametrize("case", CASES + [pytest.param(c, marks=pytest.mark.xfail(strict=True))
                                          for c in KNOWN_FAILURES],
                         ids=[c.name for c in CASES + KNOWN_FAILURES])
def test_grouping(case):
    measures = _measures(case)
    for a, b in combinations(case.figures, 2):
        ka, kb = f"{a.doc}:{a.anchor}", f"{b.doc}:{b.anchor}"
        assert measures[ka] is not None and measures[kb] is not None, measures
        same = bool(a.group) and a.group == b.group
        assert (measures[ka] == measures[kb]) == same, (ka, kb, measures)


def test_a_claimant_restating_a_figure_with_a_bound_stays_in_its_measure():
    case = Case("restated", {**one("a", "Ledger", "2024-01-01", "Blast kills 6 in Dorby.",
                                   "An explosion at a chemical plant killed at least 6 people in Dorby."),
                             **one("b", "Wire", "2024-01-01", "Seven people died in the blast in Dorby.")},
                [Fig("a", "6", 6, "K", entity="person"), Fig("a", "at least 6 people", 6, "K", qualifier="lower_bound"),
                 Fig("b", "Seven people", 7, "K")])
    table = nf.disagreements(facts_of(case))
    assert table["measure"].nunique() == 1 and len(table) == 3
    assert table["n_claimants"].tolist() == [2, 2, 2]


def test_a_figure_restated_in_another_unit_is_one_claim_and_an_unknown_thing_takes_its_units_measure():
    case = Case("converted", {**one("a", "Ledger", "2024-08-01", "The fire burned 12,000 acres (4,856 hectares)."),
                              **one("b", "Wire", "2024-08-01", "The blaze covered about 5,000 hectares.")},
                [Fig("a", "12,000 acres", 12000, "A", unit="acre"), Fig("a", "4,856 hectares", 4856, "A", unit="hectare"),
                 Fig("b", "about 5,000 hectares", 5000, "A", qualifier="approx", unit="hectare")])
    table = nf.disagreements(facts_of(case))
    assert table["repeat"].tolist() == [False, True, False]
    table = table[~table["repeat"]]
    assert table["text"].tolist() == ["12,000 acres", "about 5,000 hectares"]
    assert table["unit"].tolist() == ["hectare", "hectare"]
    assert table["value"].iloc[0] == pytest.approx(4856.2, abs=0.1)
    assert bool(table["consistent"].iloc[0])


def test_repeated_figure_of_one_claimant_is_one_claim():
    case = Case("repeat", {**one("a", "Ledger", "2024-01-01", "The fire destroyed 120 homes.",
                                 "Those 120 homes were all on one street."),
                           **one("b", "Wire", "2024-01-01", "About 130 homes were destroyed.")},
                [Fig("a", "120 homes", 120, "H"), Fig("a", "120 homes", 120, "H", nth=1),
                 Fig("b", "About 130 homes", 130, "H", qualifier="approx")])
    table = nf.disagreements(facts_of(case))
    assert table["repeat"].tolist() == [False, True, False]   # shown, so every mention has its measure
    assert table[~table["repeat"]]["value"].tolist() == [120.0, 130.0]
    assert table["n_claimants"].tolist() == [2, 2, 2]


def test_headline_restating_a_speakers_figure_is_no_second_claimant():
    case = Case("headline", {**one("a", "Ledger", "2025-01-01", "Storm floods 300 homes.",
                                   "About 300 homes were flooded, the mayor said."),
                             **one("b", "Wire", "2025-01-01", "Some 340 homes were flooded.")},
                [Fig("a", "300 homes", 300, "H"), Fig("a", "About 300 homes", 300, "H", speaker="the mayor"),
                 Fig("b", "Some 340 homes", 340, "H")])
    table = nf.disagreements(facts_of(case))
    assert table["claimant"].tolist() == ["Ledger", "the mayor", "Wire"]
    assert table["repeat"].tolist() == [True, False, False]
    assert table["n_claimants"].tolist() == [2, 2, 2]


# ---------------------------------------------------------------- per-measure figures

def _troops(*claims):
    """Facts of one measure: (source, text, value, qualifier) per document."""
    figs, docs = [], {}
    for i, (source, text, value, qualifier) in enumerate(claims):
        docs.update(one(f"d{i}", source, "2024-01-05", f"Officials counted {text} near Narvia."))
        figs.append(Fig(f"d{i}", text, value, "A", qualifier=qualifier))
    return facts_of(Case("stats", docs, figs))


@pytest.mark.parametrize(("claims", "tolerance", "spread", "consistent"), [
    ([("Ledger", "more than 100 troops", 100, "lower_bound"), ("Wire", "115 troops", 115, "exact"),
      ("Post", "as many as 175 troops", 175, "upper_bound")], 0.05, 0.75, True),
    ([("Ledger", "100 troops", 100, "exact"), ("Wire", "120 troops", 120, "exact")], 0.05, 0.2, False),
    ([("Ledger", "about 100 troops", 100, "approx"), ("Wire", "104 troops", 104, "exact")], 0.05, 0.04, True),
    ([("Ledger", "about 100 troops", 100, "approx"), ("Wire", "104 troops", 104, "exact")], 0.01, 0.04, False),
    ([("Ledger", "up to 90 troops", 90, "upper_bound"), ("Wire", "at least 95 troops", 95, "lower_bound")],
     0.05, 95 / 90 - 1, False),
])
def test_spread_and_consistency(claims, tolerance, spread, consistent):
    table = nf.disagreements(_troops(*claims), tolerance=tolerance)
    assert table["measure"].nunique() == 1
    assert table["spread"].iloc[0] == pytest.approx(spread)
    assert bool(table["consistent"].iloc[0]) is consistent
    assert table["n_claimants"].iloc[0] == len(claims)
    assert table["min"].iloc[0] == min(c[2] for c in claims)
    assert table["max"].iloc[0] == max(c[2] for c in claims)


def test_one_claimant_updating_a_figure_across_reports_is_kept():
    case = Case("update", {**one("a", "Ledger", "2024-06-11", "Police said 12 people were killed on Tuesday."),
                           **one("b", "Wire", "2024-06-12", "Police said 17 people were killed.")},
                [Fig("a", "12 people", 12, "K", speaker="Police"), Fig("b", "17 people", 17, "K", speaker="Police")],
                [Date("a", "Tuesday", "day", "2024-06-11")])
    table = nf.disagreements(facts_of(case))
    assert table["value"].tolist() == [12.0, 17.0] and table["n_claimants"].tolist() == [1, 1]
    assert [str(d.date()) for d in table["claim_date"]] == ["2024-06-11", "2024-06-12"]


def test_one_claimant_measures_only_on_request():
    facts = _troops(("Ledger", "100 troops", 100, "exact"))
    assert nf.disagreements(facts).empty
    assert len(nf.disagreements(facts, min_claimants=1)) == 1


def test_columns_dtypes_and_label():
    table = nf.disagreements(_troops(("Ledger", "100 troops", 100, "exact"), ("Wire", "120 troops", 120, "exact")))
    for column in ("measure", "claimant", "doc_id", "start", "end", "text", "sentence", "value", "low", "high",
                   "qualifier", "unit", "published", "stated_date", "claim_date", "n_claimants", "min", "max",
                   "spread", "consistent"):
        assert column in table.columns
    assert table["measure"].iloc[0] == "troops near Narvia"
    assert table["claimant"].tolist() == ["Ledger", "Wire"]
    assert str(table["consistent"].dtype) == "boolean"
    assert str(table["claim_date"].iloc[0].date()) == "2024-01-05"


def test_running_total_shows_each_claims_date():
    case = next(c for c in CASES if c.name.startswith("a stated month"))
    table = nf.disagreements(facts_of(case))
    toll = table[table["text"].isin(["40", "46"])]
    assert toll["stated_date"].tolist() == ["Tuesday", "Wednesday"]
    assert [d.date().isoformat() for d in toll["claim_date"]] == ["2024-10-01", "2024-10-02"]


def test_by_groups_on_user_columns():
    facts = _troops(("Ledger", "100 troops", 100, "exact"), ("Wire", "120 troops", 120, "exact"))
    facts["event"] = ["drill", "parade"]
    assert nf.disagreements(facts, by="event", min_claimants=1)["measure"].tolist() == ["drill", "parade"]
    assert nf.disagreements(facts, by=["event"]).empty


def test_converted_values_share_the_measures_unit():
    table = nf.disagreements(facts_of(next(c for c in CASES if c.name.startswith("$2bn"))))
    dollars = table[table["unit"] == "dollar"]
    assert dollars["value"].tolist() == [2e9, 2.4e9]


@pytest.mark.parametrize(("facts", "options", "error", "names"), [
    ("not a frame", {}, TypeError, "DataFrame"),
    (pd.DataFrame({"value": [1.0]}), {}, ValueError, "kind"),
    (as_frame([]), {"by": "event"}, ValueError, "event"),
    (as_frame([]), {"by": 3}, TypeError, "by"),
    (as_frame([]), {"tolerance": 2}, ValueError, "tolerance"),
    (as_frame([]), {"min_claimants": 0}, ValueError, "min_claimants"),
])
def test_bad_input_is_named(facts, options, error, names):
    with pytest.raises(error, match=names) as info:
        nf.disagreements(facts, **options)
    assert isinstance(info.value, nf.NumfactsError)


def test_empty_and_figure_free_frames_give_an_empty_table():
    dates_only = as_frame([{"doc_id": "a", "kind": "date", "start": 0, "end": 7, "text": "Tuesday",
                            "sentence": "Tuesday came."}])
    for facts in (as_frame([]), dates_only):
        table = nf.disagreements(facts)
        assert table.empty and "measure" in table.columns and "consistent" in table.columns


# ---------------------------------------------------------------- the tables

@pytest.mark.parametrize(("word", "canonical"), [
    ("troop", "troop"), ("soldier", "troop"), ("force", "troop"), ("home", "home"), ("house", "home"),
    ("police officer", "officer"), ("policeman", "officer"),
    ("job", "job"), ("position", "job"), ("role", "job"), ("death toll", "death"), ("fatality", "death"),
])
def test_synonym_table(word, canonical):
    assert terms().entities[word] == canonical


@pytest.mark.parametrize(("thing", "outcome", "key"), [
    (("person", "person"), "death", ("death", None)),
    (("crowd", "person"), None, ("crowd", None)),
    (("crowd", "person"), "arrest", ("arrest", None)),
    (("home", "entity"), "destroyed", ("home", "destroyed")),
    (("job", "entity"), "cut", ("job", "cut")),
    (("job|cut", "entity"), None, ("job", "cut")),
    (("worker", "person"), "job|cut", ("job", "cut")),
    (None, "burned", ("burned", None)),
    (("death", "entity"), "rescue", ("death", None)),          # "18 bodies recovered" after "271 rescued"
    (("teacher", "entity"), "job|cut", ("job", "cut")),        # "350 teachers could lose their jobs"
    (("job", "person"), "cut", ("job", "cut")),                # "9% of its staff" cut
    (("job", "entity"), "destroyed", ("job", "cut")),           # "300 jobs destroyed", "the loss of 300 jobs"
    (("troop", "entity"), "evacuation", ("troop", "deployment")),   # "3,000 troops have been moved"
    (("troop", "entity"), "!crowd", ("troop", "deployment")),       # "troops had gathered"
    (("home", "entity"), "evacuation", ("evacuation", "home")),
    (None, None, (None, None)),
])
def test_measure_key(thing, outcome, key):
    assert measure_key(thing, outcome) == key


@pytest.mark.parametrize(("a", "b", "same"), [
    ("hectare", "acre", True), ("kilometre", "mile", True), ("dollar", "euro", False),
    ("percentage", None, False), ("hour", "day", True), ("metric ton", "kilogram", True),
    ("penny per share", "pound sterling per share", True), ("penny", "dollar", False),
])
def test_dimensions(a, b, same):
    assert (dimension(a)[0] == dimension(b)[0]) is same


def test_conversion():
    assert convert(2.0, "kilometre", "mile") == pytest.approx(1.2427, rel=1e-3)
    assert convert(5.0, "unknown unit", "mile") == 5.0
    assert convert(388.0, "penny per share", "pound sterling per share") == pytest.approx(3.88)
    assert convert(3.88, "pound sterling", "penny") == pytest.approx(388.0)


def test_a_price_in_pence_is_the_price_in_pounds():
    measure = _measure_by_text("Harrow Mills offered 388 pence a share for Tolley, the bidder said.",
                               "The Harrow Mills bid of £3.88 per share values Tolley at £610m.")
    assert measure["388 pence a share"] == measure["£3.88 per share"] != measure["£610m"], measure


def test_a_share_one_report_gives_a_name_is_the_share_another_gives_at_that_name():
    measure = _measure_by_text("Hollin Lake is now 36 per cent full, the water board said.",
                               "Water at Hollin stood at 34% of capacity this week, the operator said.")
    assert measure["36 per cent"] == measure["34%"], measure


def test_a_rise_asked_for_is_the_rise_sought_and_a_fall_is_neither():
    measure = _measure_by_text("The dockers' guild is seeking a 9% pay rise from the port.",
                               "Members asked for 9 per cent this spring, a guild official said. Dock pay dropped 7 "
                               "per cent in real terms after 2022.")
    assert measure["9%"] == measure["9 per cent"] != measure["7 per cent"], measure


def test_yachtsmen_are_crew():
    measure = _measure_by_text("Eight yachtsmen were rescued at Garra, the coastguard said.",
                               "Seven sailors were rescued at Garra, harbour staff said.")
    assert measure["Eight yachtsmen"] == measure["Seven sailors"], measure


def test_the_loss_of_jobs_is_jobs_cut():
    measure = _measure_by_text("Closing the Holt works means the loss of 265 positions, Tamsin Glass said.",
                               "The glassmaker is cutting 270 jobs at Holt, the union said.")
    assert measure["265 positions"] == measure["270 jobs"], measure


def test_a_trench_contractors_cut_is_a_length_not_a_fall():
    measure = _measure_by_text("Contractors cut a 19-mile trench along the valley for the new pipeline.",
                               "The pipeline trench runs for about 31km along the valley.")
    assert measure["19-mile"] == measure["about 31km"], measure


def test_claimant_spellings():
    spelling = canonical_claimants(["Marta Kowal", "Kowal", "police", "Police", "the mayor"])
    assert spelling["Kowal"] == "Marta Kowal"
    assert spelling["Police"] == spelling["police"]
    assert spelling["the mayor"] == "the mayor"


# ---------------------------------------------------------------- whole pipeline on the story fixtures

@pytest.mark.parametrize("path", sorted(STORIES.glob("*.json")), ids=lambda p: p.stem)
def test_story_fixture_grouping(path):
    story = json.loads(path.read_text(encoding="utf-8"))
    facts = nf.extract_many(pd.DataFrame(story["docs"]), progress=False)
    table = nf.disagreements(facts)
    texts = {d["doc_id"]: d["text"] for d in story["docs"]}

    def measure(fig):
        start = texts[fig["doc_id"]].find(fig["anchor"])
        end = start + len(fig["anchor"])
        hit = table[(table["doc_id"] == fig["doc_id"]) & (table["start"] < end) & (table["end"] > start)]
        return hit["measure"].iloc[0] if len(hit) else None
    got = {f["id"]: measure(f) for f in story["figures"]}
    for a, b in combinations(story["figures"], 2):
        same = a["measure"] == b["measure"]
        assert (got[a["id"]] is not None and got[a["id"]] == got[b["id"]]) == same, (a["id"], b["id"], got)


# ---------------------------------------------------------------- any facts frame

WORDS = ["troops", "homes", "people", "killed", "destroyed", "in", "near", "Narvia", "Tamland", "the", "and",
         "said", "more", "by", "rose", "to", "number", "of", "$", "%", ",", "Russian", "\u00e9t\u00e9", "\u202e", "\ud800",
         "<b>", "\x00", "\n", "'s", "U.S.", "Mr.", "September", "jobs", "cut", "a"]
UNITS = [None, "dollar", "euro", "percentage", "hectare", "acre", "kilometre", "degree celsius", "zorkmid", ""]


@st.composite
def facts_frames(draw):
    rows = []
    for i in range(draw(st.integers(0, 8))):
        words = draw(st.lists(st.sampled_from(WORDS) | st.text(max_size=6), max_size=14))
        figure = draw(st.sampled_from(["12", "1,500", "about 3", "0", "-4", "7.5"]))
        at = draw(st.integers(0, len(words)))
        before = " ".join(words[:at])
        sentence = f"{before} {figure} {' '.join(words[at:])}".strip()
        start = len(before) + 1 if before else 0
        value = draw(st.sampled_from([12.0, 1500.0, 3.0, 0.0, -4.0, 7.5, 1e300]))
        qualifier = draw(st.sampled_from(["exact", "approx", "lower_bound", "upper_bound", "range"]))
        low = None if qualifier == "upper_bound" else value
        high = None if qualifier == "lower_bound" else value
        rows.append({"doc_id": draw(st.sampled_from(["a", "b", "c", None])), "source": draw(st.sampled_from(["X", "Y", None])),
                     "kind": draw(st.sampled_from(["quantity", "duration", "date"])), "start": start,
                     "end": start + len(figure), "text": figure, "sentence": sentence, "value": value, "low": low,
                     "high": high, "qualifier": qualifier, "unit": draw(st.sampled_from(UNITS)),
                     "speaker": draw(st.sampled_from([None, "Ann Lee", "Lee", "police"])),
                     "entity": draw(st.sampled_from([None, "troop", "number", "acre", "migrant death"])),
                     "change": draw(st.sampled_from([None, "increase"])), "grain": draw(st.sampled_from([None, "month", "day"])),
                     "date_start": draw(st.sampled_from([None, "2024-09-01"])), "date_end": None})
        if rows[-1]["date_start"]:
            rows[-1]["date_end"] = "2024-09-30"
    return as_frame(rows)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(facts_frames(), st.sampled_from([1, 2]))
def test_any_facts_frame_gives_a_sound_table(facts, min_claimants):
    table = nf.disagreements(facts, min_claimants=min_claimants)
    again = nf.disagreements(facts, min_claimants=min_claimants)
    pd.testing.assert_frame_equal(table, again)
    figures = facts[facts["kind"].astype(object).isin(["quantity", "duration"])]
    assert len(table) <= len(figures)
    assert set(zip(table["sentence"], table["start"])) <= set(zip(figures["sentence"], figures["start"]))
    for _, claims in table.groupby("measure", sort=False):
        mentions = claims["claimant"].str.casefold().nunique()   # repeats included: they show the measure too
        assert mentions >= min_claimants or claims["doc_id"].nunique(dropna=False) >= min_claimants
        claims = claims[~claims["repeat"].astype(bool)]
        assert claims["min"].iloc[0] == claims["value"].min() and claims["max"].iloc[0] == claims["value"].max()
        assert claims["claimant"].str.casefold().nunique() == claims["n_claimants"].iloc[0]
    assert (table["spread"].dropna() >= 0).all()


@pytest.mark.parametrize("first, second", [
    ("The navy flew 40 helicopters over the coast, the admiral said.",
     "About 30 people are still missing, the coast guard said."),
    ("The flood swept through six villages, the governor said.",
     "The water destroyed two bridges, the army said."),
    ("The mayor said the city needs at least three times that sum.",
     "The council said 3 schools were shut."),
    ("Brask, a port of 24,000 people, lies on the coast, the mayor said.",
     "Doctors said 24 people were in intensive care."),
])
def test_different_things_stay_apart(first, second):
    docs = pd.DataFrame({"doc_id": ["a", "b"], "source": ["Ledger", "Wire"],
                         "published": ["2024-04-02", "2024-04-02"], "text": [first, second]})
    table = nf.disagreements(nf.extract_many(docs, progress=False))
    assert table.empty, table[["measure", "text"]].to_dict("records")


def _measure_by_text(*texts: str, published: Sequence[str] = ()) -> dict[str, str]:
    """Each figure's measure, by its text, for reports "a", "b" ... (of one day, unless ``published`` gives
    each report's date) run through the whole pipeline."""
    docs = pd.DataFrame({"doc_id": [chr(97 + n) for n in range(len(texts))], "source": [f"Outlet {n}" for n in
                         range(len(texts))], "published": list(published) or ["2025-05-20"] * len(texts),
                         "text": list(texts)})
    table = nf.disagreements(nf.extract_many(docs, progress=False), min_claimants=1)
    return dict(zip(table["text"], table["measure"]))


def test_a_demand_and_an_offer_are_two_measures():
    measure = _measure_by_text("The dockers' union wants 8% for pay; the port has offered 5%.",
                               "The port said its 5.5 per cent offer was final.")
    assert measure["5%"] == measure["5.5 per cent"] != measure["8%"], measure


def test_a_lone_sum_restating_another_reports_figure_joins_it_beside_its_reports_other_sums():
    measure = _measure_by_text("Regulators imposed a penalty of $2.4 billion on Orlan Bank on Monday.",
                               "Orlan Bank agreed to pay $2,400 million to settle the charges, its chief said. "
                               "She said the bank had already set aside $1.9 billion for the penalty.")
    assert measure["$2.4 billion"] == measure["$2,400 million"], measure


def test_two_speakers_of_one_report_far_apart_count_two_things_but_crowds_stay_disputed():
    measure = _measure_by_text("About 25 pupils were in the classroom when the ceiling fell. The school, which has "
                               "380 pupils, will stay shut, the head said. Police put the vigil crowd at 2,000, "
                               "while organisers said 9,000 people came.",
                               "Some 27 pupils were in the room, the council said. About 2,500 people held a vigil.")
    assert measure["About 25 pupils"] == measure["Some 27 pupils"] != measure["380 pupils"], measure
    assert measure["2,000"] == measure["9,000 people"], measure


def test_billions_of_a_noun_the_tables_do_not_know_are_sums_in_its_currency():
    measure = _measure_by_text("The government unveiled a 48 billion florin stimulus package. Some 20 billion "
                               "florins will go to roads, the minister said.",
                               "Ostrelia announced measures worth 47bn florins on Wednesday. The centrepiece "
                               "is 21bn florins for roads, the ministry said.")
    package = measure["48 billion florin stimulus package"]
    assert package == measure["47bn florins"] != measure["Some 20 billion florins"] == measure["21bn florins"], measure


def _figure_row(sentence: str, text: str, value: float, **columns) -> dict:
    """A facts row for the figure ``text`` in a one-sentence report "a" (low and high the value unless given)."""
    start = sentence.index(text)
    return {"text": text, "sentence": sentence, "start": start, "end": start + len(text), "value": value,
            "low": value, "high": value, "doc_id": "a", **columns}


def test_an_outcome_the_figure_interrupts_is_its_outcome():
    claim = describe(_figure_row("His crews had taken 38 runners to hospitals and treated dozens more.",
                                 "38 runners", 38.0), rank=0, position=0, claimant="X", offset=0)
    assert (claim.entity, claim.aspect) == ("hospitalization", "runner"), claim


def test_an_aside_after_a_figure_does_not_hide_its_outcome():
    measure = _measure_by_text("At least four people, including a nurse, were killed when the clinic collapsed.",
                               "Five people died in the collapse, the ambulance service said. About 300 people "
                               "live in the block.")
    assert measure["At least four people"] == measure["Five people"] != measure["About 300 people"], measure
    aged = _measure_by_text("Two people, aged 19 and 23, have died at the festival, police said. Some 40,000 people "
                            "attended.", "Three people died at the festival, medics said.")
    assert aged["Two people"] == aged["Three people"] != aged["Some 40,000 people"], aged
    every = _measure_by_text("Four patients, all of them children, have been hospitalized, the clinic said.",
                             "Five people have been hospitalized, officials said. About 900 people live nearby.")
    assert every["Four patients"] == every["Five people"] != every["About 900 people"], every


def test_others_beside_bodies_are_not_more_bodies():
    measure = _measure_by_text("Divers recovered nine bodies from the lake and said 14 others were missing.",
                               "Police said 15 people were still missing after the ferry capsized.")
    assert measure["14 others"] == measure["15 people"] != measure["nine bodies"], measure


def test_places_joined_by_and_are_one_scope_neither_place_is_alone():
    measure = _measure_by_text("Storms killed 21 people in Velmar and Ostrick, officials said.",
                               "Eleven people died in Velmar, its governor said. The toll across both regions "
                               "reached 23, the ministry said.")
    assert measure["21 people"] != measure["Eleven people"], measure
    assert "Velmar and Ostrick" in measure["21 people"], measure


def test_a_figure_of_a_past_event_or_time_is_not_the_present_one():
    measure = _measure_by_text("The Pine Ridge blaze has burned 9,400 acres. It is larger than last autumn's Cedar "
                               "Fire, which burned 6,100 acres. The mill once employed 1,900 people.",
                               "About 9,000 acres have burned, the forestry agency said. The mill employs 420 "
                               "people, its owner said. A similar blaze in 2019 that burned 6,000 acres "
                               "was the last one.")
    assert measure["9,400 acres"] == measure["About 9,000 acres"], measure
    assert measure["6,100 acres"] != measure["9,400 acres"] != measure["6,000 acres"], measure
    assert measure["1,900 people"] != measure["420 people"], measure
    closer = _measure_by_text("Repairs to the pier will cost $4.2 million, the council said.",
                              "An engineer said repairs to the pier would cost $5 million once the deck was counted.")
    assert closer["$4.2 million"] == closer["$5 million"], closer


def test_a_quoted_figure_reads_the_noun_after_its_quote_and_where_puts_a_figure_in_the_place_before_it():
    measure = _measure_by_text('Organisers said "well over 60,000" people joined the rally on Saturday.',
                               "Police said 14,000 people attended the rally. Unions also marched in the port of "
                               "Brenholt, where about 2,500 people gathered.")
    assert measure["well over 60,000"] == measure["14,000 people"] != measure["about 2,500 people"], measure
    region = _measure_by_text("A charity opened an appeal for the Dorsa region of Pelmark, where it says 1.2 million "
                              "people face hunger.", "An estimated 1.1 million people in Dorsa face hunger.")
    assert region["1.2 million people"] == region["An estimated 1.1 million people"], region


def test_a_figure_for_the_whole_world_is_no_estimate_of_one_countrys():
    measure = _measure_by_text("Orlin Software will cut 2,600 jobs worldwide, the company said.",
                               "Orlin will eliminate about 700 positions in Norway, its union said. The Norwegian "
                               "cuts are part of a global reduction of some 2,600 roles.",
                               "Orlin is shedding 2,500 jobs, analysts said.")
    assert measure["2,600 jobs"] == measure["some 2,600 roles"] == measure["2,500 jobs"], measure
    assert measure["about 700 positions"] != measure["2,600 jobs"], measure


def test_people_evacuated_are_no_estimate_of_homes_evacuated():
    measure = _measure_by_text("Evacuation orders now cover about 2,800 people in Marlow, the sheriff said.",
                               "Some 900 homes were evacuated, the fire service said. Officials said 3,000 "
                               "people had been evacuated.")
    assert measure["about 2,800 people"] == measure["3,000 people"] != measure["Some 900 homes"], measure


def test_a_figure_across_all_the_places_is_no_estimate_of_one_places():
    measure = _measure_by_text("Floods killed at least 26 people across three districts, officials said. In Marra, "
                               "the governor said 15 people had died.",
                               "The death toll rose to 29, the agency said. Sixteen of the dead were in Marra.")
    assert measure["at least 26 people"] == measure["29"] != measure["15 people"], measure
    assert measure["15 people"] == "deaths in Marra", measure   # the opening "In" is lower case in the label


def test_a_place_named_alone_scopes_its_figure_as_a_part():
    measure = _measure_by_text("Corvex will cut about 1,200 jobs in France, the union said. The Lille plant alone "
                               "will lose 380 jobs, the mayor said.",
                               "Corvex is cutting 1,150 jobs in France.")
    assert measure["about 1,200 jobs"] == measure["1,150 jobs"] != measure["380 jobs"], measure


def test_one_reports_figures_in_one_unit_naming_no_thing_are_two_things_unless_near():
    measure = _measure_by_text("The team was resting at 6,300 metres when the storm hit. Its base camp lies lower, "
                               "at 4,800 metres, the guide said.",
                               "The climbers were caught at about 6,250 metres, the agency said.")
    assert measure["6,300 metres"] == measure["about 6,250 metres"] != measure["4,800 metres"], measure


def test_two_subjects_share_the_verb_after_the_second():
    measure = _measure_by_text("The blast killed 9 soldiers, the army said.",
                               "Ten soldiers and three civilians died in the blast, doctors said. About 300 soldiers "
                               "were based at the depot.")
    assert measure["9 soldiers"] == measure["Ten soldiers"] != measure["About 300 soldiers"], measure


def test_a_reading_with_a_fraction_counts_nothing_before_it():
    measure = _measure_by_text("Rescuers said 12 guests were still missing. The quake, which the institute put at "
                               "6.2, flattened the old town.",
                               "Fourteen guests remain missing, the mayor said.")
    assert measure["12 guests"] == measure["Fourteen guests"] != measure.get("6.2"), measure


def test_a_counted_adjective_after_a_coordinated_figure_is_its_own_outcome():
    measure = _measure_by_text("Six people were killed and at least 30 hurt when the roof fell, police said.",
                               "Seven people died and 28 were injured in the collapse, the hospital said.")
    assert measure["at least 30 hurt"] == measure["28"] != measure["Six people"] == measure["Seven people"], measure


def test_a_reading_with_a_fraction_is_no_count_of_named_things_but_restates_another_reading():
    measure = _measure_by_text("Seven plant workers were treated for burns, the company said. A magnitude 5.8 "
                               "quake shook the plant.",
                               "Tests found the water well above the safe limit of 8.5, the agency said. The "
                               "survey put the quake at 6.0.")
    assert measure["Seven plant workers"] != measure.get("8.5"), measure
    assert measure["magnitude 5.8"] == measure["6.0"], measure


def test_estimates_more_than_twice_apart_are_two_things_but_a_toll_may_grow_from_day_to_day():
    measure = _measure_by_text("The settlement covers about 7,200 workers, the union said.",
                               "The firm said 3,000 workers were owed back pay. At least 9 people died.",
                               "The death toll has risen to 25, officials said.",
                               published=["2025-05-20", "2025-05-20", "2025-05-23"])
    assert measure["about 7,200 workers"] != measure["3,000 workers"], measure
    assert measure["At least 9 people"] == measure["25"], measure


def test_men_women_and_suspects_are_people_whose_outcome_is_the_measure():
    measure = _measure_by_text("Three men were arrested at the border, police said. Some 200 men work at the post.",
                               "Four suspects were detained, the ministry said.")
    assert measure["Three men"] == measure["Four suspects"] != measure["Some 200 men"], measure


def test_an_expected_figure_is_no_estimate_of_the_one_that_came():
    measure = _measure_by_text("Norla Foods said quarterly profit rose to $212 million. Analysts had expected "
                               "profit of about $190 million.",
                               "Norla's quarterly profit came in at $210 million, the company said.")
    assert measure["$212 million"] == measure["$210 million"] != measure["about $190 million"], measure


def test_a_noun_no_word_marks_as_living_does_not_count_what_befell_people():
    measure = _measure_by_text("Dengue has infected 3,100 people in Vell this year. Eleven people have died, eight "
                               "of them in Vell.",
                               "Nine neighbourhoods will be sprayed this week, the city said, and schools will hand "
                               "out 40,000 kits.", "The toll stands at 13, the ministry said.")
    assert measure["Eleven people"] == measure["13"] != measure["Nine neighbourhoods"], measure


def test_troop_estimates_of_two_sides_stay_one_measure_and_servicemen_are_troops():
    measure = _measure_by_text("Tarvia has massed about 48,000 troops near the Pell Gap, Ostria's defence "
                               "minister said.",
                               "Tarvia's army said its drills near the Pell Gap involve 19,000 servicemen.")
    assert measure["about 48,000 troops"] == measure["19,000 servicemen"], measure


def test_a_border_with_a_place_scopes_a_figure_and_a_places_adjective_is_the_place():
    measure = _measure_by_text("Tarvia has sent some 30,000 troops to its border with Ostria, officials said.",
                               "About 33,000 Tarvian soldiers are near the Ostrian frontier, officials said. "
                               "Tarvia also keeps 26,000 troops on its border with Dunmark.")
    assert measure["some 30,000 troops"] == measure["About 33,000 Tarvian soldiers"] != measure["26,000 troops"], \
        measure


def test_a_when_clause_after_a_year_dates_the_figure():
    measure = _measure_by_text("The army says 3,000 troops were deployed. Tarvia last sent troops there in 2016, "
                               "when about 2,500 soldiers were deployed.",
                               'An MP said the true number was "nearer 4,000 once you count the reservists".')
    assert measure["3,000 troops"] == measure["4,000"] != measure["about 2,500 soldiers"], measure


def test_an_adverb_after_a_figure_is_no_counted_noun():
    claim = describe(_figure_row('The true number was "nearer 4,000 once you count the reservists".', "4,000",
                                 4000.0), rank=0, position=0, claimant="X", offset=0)
    assert claim.entity is None and claim.noun is None, claim


def test_people_out_of_work_are_the_jobless_not_what_a_release_befell():
    measure = _measure_by_text("Figures released on Friday show 41,000 people were unemployed in Kell in June.",
                               "Some 40,500 people in Kell were out of work in June, the agency said. Rebels "
                               "freed 12 hostages.")
    assert measure["41,000 people"] == measure["Some 40,500 people"] != measure["12 hostages"], measure
    assert measure["41,000 people"].startswith("jobless"), measure


def test_an_event_dated_to_a_period_over_before_the_report_is_another_event():
    measure = _measure_by_text("The march drew 15,000 people, police said.", "Organisers said 40,000 people marched.",
                               "Last month's march drew 9,000 people, the city said.")
    assert measure["15,000 people"] == measure["40,000 people"] != measure["9,000 people"], measure


def test_an_expected_figure_left_alone_is_not_paired_with_the_result():
    measure = _measure_by_text("Analysts had expected $2.15 billion, according to a poll by the Ledger.",
                               "Adjusted earnings at Pellam came in at $2.3 billion, the group said.")
    assert measure["$2.15 billion"] != measure["$2.3 billion"], measure


def test_a_reports_rate_for_no_place_beside_its_rate_for_a_place_is_the_whole():
    measure = _measure_by_text("The national turnout was 64%, the commission said. In Harl county turnout was just "
                               "48%, local officials said.",
                               "About 63% of voters cast a ballot, the commission said.")
    assert measure["64%"] == measure["About 63%"] != measure["48%"], measure


def test_a_vague_plural_is_far_only_from_figures_outside_its_span():
    measure = _measure_by_text("Hundreds of thousands of people marched across Delmar on Monday.",
                               "Organisers said 2.5 million people took part, while police put the crowd at "
                               "800,000.")
    assert measure["Hundreds of thousands of people"] == measure["2.5 million people"] == measure["800,000"], measure


def test_the_previous_month_beside_a_named_month_is_the_month_before_it():
    measure = _measure_by_text("Orsa's jobless rate rose to 6.1% in August from 5.7% the previous month, the "
                               "bureau said.",
                               "Orsa's jobless rate was 5.8 percent in July, the bureau said.",
                               published=["2025-09-20", "2025-09-20"])
    assert measure["5.7%"] == measure["5.8 percent"] != measure["6.1%"], measure


def test_things_taking_part_are_those_things_and_people_taking_part_a_crowd():
    measure = _measure_by_text("Three navies began drills off Kell on Monday, with 18 vessels and 34 aircraft taking "
                               "part. Police put the crowd at the port at 9,000, while organisers said more than "
                               "20,000 took part.",
                               "Some 20 ships and about 30 jets joined the drills off Kell.")
    assert measure["18 vessels"] == measure["Some 20 ships"] != measure["9,000"], measure
    assert measure["9,000"] == measure["more than 20,000"] != measure["34 aircraft"], measure


def test_strikers_still_on_strike_are_the_strikers():
    measure = _measure_by_text("About 2,400 bus drivers walked out in Pell on Monday, the union said.",
                               "More than two thousand drivers remained on strike in Pell on Tuesday.",
                               "Some 2,300 drivers are on strike in Pell, the city said.")
    assert measure["About 2,400 bus drivers"] == measure["More than two thousand drivers"] == \
        measure["Some 2,300 drivers"], measure


def test_strikers_still_out_joining_the_stoppage_or_a_part_of_the_staff_are_the_strikers():
    measure = _measure_by_text("Some 1,700 porters at Dunwick hospital walked out on Monday, the union said.",
                               "The trust said 1,250 of its 2,900 porters downed tools.",
                               "Union steward Ivo Marsh said 1,800 porters were still out on Wednesday.",
                               "The trust counted only the 1,300 who stopped work.")
    assert measure["Some 1,700 porters"] == measure["1,250"] == measure["1,800 porters"] == measure["1,300"], measure
    assert measure["2,900 porters"] != measure["1,250"], measure


def test_coal_stocks_in_tonnes_are_a_stockpile_not_a_share_price():
    measure = _measure_by_text("Brell's grain stocks stood at 52,000 tonnes in March, the port said.",
                               "The Brell stockpile was down to 48,000 tonnes.")
    assert measure["52,000 tonnes"] == measure["48,000 tonnes"], measure
    assert "share price" not in measure["52,000 tonnes"], measure


def test_a_participle_or_a_distance_after_the_noun_does_not_hide_what_befell_the_counted():
    measure = _measure_by_text("Five men arriving at Osterby by boat were arrested, police said.",
                               "Customs said five men had been detained.")
    assert measure["Five men"] == measure["five men"], measure
    measure = _measure_by_text("Roughly 1,900 villagers living within 2 km of the Kelby refinery were told to leave, "
                               "officials said.")
    assert "told to leave" in measure["Roughly 1,900 villagers"], measure


def test_staff_affected_or_working_in_a_place_are_jobs():
    measure = _measure_by_text("About 7,400 staff in nursing homes will get the bonus, the board said.",
                               "The union said 8,000 staff would get the bonus.",
                               "The closure puts 640 jobs at risk, the mill said.",
                               "Some 700 employees are affected, the union said, as are some 3,000 residents near the "
                               "dust.")
    assert measure["About 7,400 staff"] == measure["8,000 staff"], measure
    assert measure["640 jobs"] == measure["Some 700 employees"] != measure["some 3,000 residents"], measure


def test_a_figure_is_nearer_an_estimate_of_its_own_thing_than_a_sum_of_no_thing_sharing_its_words():
    def claim(sentence, text, value, n):
        start = sentence.index(text)
        row = {"text": text, "sentence": sentence, "start": start, "end": start + len(text), "value": value,
               "low": value, "high": value, "doc_id": "abc"[n], "unit": "pound sterling"}
        return describe(row, rank=n, position=n, claimant=f"source {n}", offset=0)
    bill = claim("Council figures put the repair bill at £5.9m.", "£5.9m", 5.9e6, 0)
    cost = claim("The new pier will cost £6.2 million, engineers said.", "£6.2 million", 6.2e6, 1)
    grant = claim("Council leader Ann Hale said the council had agreed to fund £4 million.", "£4 million", 4e6, 2)
    assert (bill.entity, cost.entity, grant.entity) == ("cost", "cost", None)
    none = frozenset()
    assert _affinity(bill, cost, none, none) > _affinity(bill, grant, none, none)


def test_a_movement_to_a_bound_is_the_level_reached_not_a_change():
    measure = _measure_by_text("The river at Tarsk fell below 3 metres on Friday, officials said.",
                               "Boatmen said the river at Tarsk stood at 2.5 metres.",
                               "Smoke from the fire rose as high as 11 km, the observatory said.",
                               "The smoke reached 12 km, pilots reported. The smoke rose 2 km overnight.")
    assert measure["below 3 metres"] == measure["2.5 metres"], measure
    assert measure["as high as 11 km"] == measure["12 km"] != measure["2 km"], measure


def test_a_share_asked_for_or_offered_is_a_rise_and_a_contraction_holds_no_share():
    measure = _measure_by_text("The nurses' union is demanding a 9% pay rise; the health board has offered 4%.",
                               '"We\'re asking for 9 per cent," the union leader said. The board said its offer of '
                               'a 4.5% increase was fair.')
    assert measure["9%"] == measure["9 per cent"] != measure["4%"], measure
    assert measure["4%"] == measure["4.5%"], measure


def test_a_bare_figure_referring_back_to_a_measured_one_is_in_its_unit():
    measure = _measure_by_text("The rice crop will reach about 8.2m tonnes, officials said, but a growers' group "
                               "says the real figure could be as low as 7 million.",
                               "Growers expect a rice harvest of 7.1 million tonnes, their union said.")
    assert measure["7 million"] == measure["7.1 million tonnes"], measure


def test_a_noun_read_as_people_does_not_count_things():
    measure = _measure_by_text("Witnesses said about 25 gunmen opened fire on the convoy near Sarn.",
                               "The convoy of 19 lorries was heading to Sarn, the army said.")
    assert measure["about 25 gunmen"] != measure["19 lorries"], measure


def test_people_exhumed_are_the_dead():
    measure = _measure_by_text("Investigators have exhumed the remains of at least 52 people near Orsk.",
                               "The bodies of 55 people have been recovered near Orsk, the commission said.")
    assert measure["at least 52 people"] == measure["55 people"], measure


def test_people_in_custody_are_arrests_and_people_uprooted_are_displaced():
    measure = _measure_by_text("Police arrested 61 people in Dorn after the riot. Some 9,000 people fled their homes "
                               "in the floods.",
                               "Nearly 65 people were in custody on Sunday. About 9,500 residents have been uprooted "
                               "by the floods.")
    assert measure["61 people"] == measure["Nearly 65 people"], measure
    assert measure["Some 9,000 people"] == measure["About 9,500 residents"], measure


def test_between_is_no_kind_of_the_thing_counted():
    row = _figure_row("Growers said a survey pointed to a harvest of between 22 and 23 million tonnes.",
                      "between 22 and 23 million tonnes", 22.5e6, low=22e6, high=23e6, unit="tonne")
    claim = describe(row, rank=0, position=0, claimant="X", offset=0)
    assert "between" not in claim.modifiers, claim.modifiers


def test_bare_degrees_beside_one_temperature_scale_are_that_scale():
    measure = _measure_by_text("Temperatures reached 44.6C in Sarn on Friday, the weather office said.",
                               "The thermometer hit 45 degrees in Sarn on Friday.")
    assert measure["44.6C"] == measure["45 degrees"], measure


def test_a_figure_set_off_by_a_comma_and_at_keeps_its_clause():
    row = _figure_row("Youth unemployment in the capital was even higher, at 21.3%.", "21.3%", 21.3,
                      unit="percentage")
    words = [t.text for t in nf.compare._locate(row, 0).words]
    assert "higher" in words and "unemployment" in words, words


def test_basis_points_and_percentage_points_are_one_unit():
    measure = _measure_by_text("Yields on 10-year bonds surged 38 basis points on Monday to 5.62%.",
                               "The 10-year bond yield jumped almost 0.4 percentage points to 5.6% on Monday.")
    assert measure["38 basis points"] == measure["almost 0.4 percentage points"], measure


def test_year_on_year_after_a_share_is_how_it_is_compared_not_its_thing():
    measure = _measure_by_text("Consumer price inflation in Varnland slowed to 3.8% in May, the statistics office "
                               "said.",
                               "Varnish inflation eased in May, falling to 3.8 percent year on year, the office "
                               "said.")
    assert measure["3.8%"] == measure["3.8 percent"], measure


def test_a_noun_no_word_marks_as_people_is_no_group_of_them():
    measure = _measure_by_text("The mayor said 140 people had been placed in temporary housing.",
                               "The fire chief said the brigade had received 160 emergency calls during the blaze.")
    assert measure["140 people"] != measure["160 emergency calls"], measure


def test_a_noun_no_word_marks_as_people_is_no_group_of_children_and_schoolchildren_are_people():
    measure = _measure_by_text("\"When crews arrived, three barns were already burning,\" Nilsen said. Two children died "
                               "in the fire, the health office said.",
                               "At least three people, including two children, were killed when fire swept through "
                               "the village, the council said.")
    assert measure["three barns"] != measure["two children"], measure
    measure = _measure_by_text("Bandits took 60 schoolchildren from a school in Durvo, police said.",
                               "Parents said 75 pupils had been taken from the Durvo school.")
    assert measure["60 schoolchildren"] == measure["75 pupils"] == "schoolchildren in Durvo", measure


def test_the_figures_own_plural_noun_is_no_verb():
    assert _measure_by_text("\"By dawn, four sheds were already burning,\" the farmer said.") == {"four sheds": "sheds"}


def test_a_share_before_nouns_and_a_movement_noun_or_before_a_change_noun_is_a_change():
    def increment(sentence: str, text: str, value: float, unit: str, **columns) -> bool:
        return describe(_figure_row(sentence, text, value, unit=unit, **columns), rank=0, position=0, claimant="X",
                        offset=0).increment
    assert increment("The council backed a 4% property levy increase.", "4%", 4.0, "percentage")
    assert increment("Riders face a 6% fare increase.", "6%", 6.0, "percentage")
    assert not increment("The 70-foot steel tower came down in the storm.", "70-foot", 70.0, "foot")
    assert increment("Ministers confirmed a 12 per cent reduction in grants.", "12 per cent", 12.0, "percentage",
                     change="decrease")


def test_two_places_joined_through_a_place_word_are_both_the_scope():
    measure = _measure_by_text("Floods killed at least 14 people across Tam County and neighbouring Ivel County, "
                               "officials said.", "Eleven people died in Tam County, the sheriff said.")
    assert measure["at least 14 people"] != measure["Eleven people"], measure


def test_a_common_word_opening_a_sentence_holds_no_share_the_other_report_gives_its_thing():
    measure = _measure_by_text("Zinc prices fell 3.1% on Monday to $2,400 a tonne, their lowest in a year.",
                               "Benchmark zinc slid more than 3 percent to about $2,400 per tonne on Monday.")
    assert measure["3.1%"] == measure["more than 3 percent"], measure


def test_a_hospital_named_reads_as_hospital():
    measure = _measure_by_text("Of the guests who fell ill, 25 were admitted to Dorrel General Hospital, a spokesman "
                               "said.", "Some 28 people needed hospital treatment, the health office said.")
    assert measure["25"] == measure["Some 28 people"], measure
    assert measure["25"].startswith("hospitalizations"), measure


def test_a_thing_with_a_living_ending_is_no_group_of_people():
    measure = _measure_by_text("Officials said four people were killed and 27 injured in the aftershock.",
                               "Medics said 31 people were hurt.",
                               "The seismic bureau has recorded 14 smaller tremors since the aftershock.")
    assert measure["27 injured"] == measure["31 people"] != measure["14 smaller tremors"], measure


def test_a_count_describing_a_thing_takes_no_outcome_and_a_spelled_number_describes_nothing():
    measure = _measure_by_text("A fire in a 14-storey tower in Arlen killed at least six people, officials said.")
    assert measure["14-storey"] == "storeys in Arlen", measure
    facts = nf.extract("The toll rose to thirty-one.")
    claim = describe(facts.iloc[0].to_dict(), rank=0, position=0, claimant="X", offset=0)
    assert not claim.attribute, claim


def test_vacancies_are_vacant_jobs():
    measure = _measure_by_text("Schools began the year with 1,500 unfilled teaching posts, the union said.",
                               "The education department said its count showed 1,420 vacancies.")
    assert measure["1,500 unfilled teaching posts"] == measure["1,420 vacancies"] == "jobs unfilled", measure


def test_twisters_are_tornadoes():
    measure = _measure_by_text("Storms killed nine people, officials said. The weather office had reports of 31 "
                               "tornadoes across the region.",
                               "Forecasters said at least two dozen twisters touched down. Eleven people died.",
                               "Officials on Friday lowered the number of tornadoes confirmed to 27.")
    assert measure["31 tornadoes"] == measure["at least two dozen twisters"] == measure["27"], measure


def test_nationals_are_people():
    measure = _measure_by_text("Over 5,000 people crossed from Varnia into Ostra at the weekend, the agency said. Two "
                               "centres had beds for 1,200 people.",
                               "Ostra's police said 5,300 Varnian nationals entered the country over the weekend. "
                               "The minister said a new camp would house 2,500 people.",
                               "Some five thousand Varnians fled into Ostra in three days, the Red Crescent said.")
    assert measure["Over 5,000 people"] == measure["5,300 Varnian nationals"], measure


def test_two_unknown_nouns_of_things_are_one_thing_only_when_their_words_share_something():
    measure = _measure_by_text("Police have recorded four shop break-ins in the town since 2019.",
                               "Police said they had arrested a man and were searching for two accomplices.")
    assert measure["four shop break-ins"] != measure["two accomplices"], measure
    measure = _measure_by_text("A record 21,000 runners started the Varna race, organisers said, and 19,500 finished.",
                               "Organisers said 19,500 of the 21,200 starters crossed the finish line.")
    assert measure["21,000 runners"] == measure["21,200 starters"] != measure["19,500"], measure
    measure = _measure_by_text("Customs officers in Varna seized 1.3 million counterfeit tablets on Monday.",
                               "Police in Varna have seized more than a million fake pills.")
    assert measure["1.3 million counterfeit tablets"] == measure["more than a million fake pills"], measure


def test_since_a_year_when_an_event_happened_dates_the_event_to_that_year():
    measure = _measure_by_text("Five miners were killed in the collapse at the Orsk pit, the company said.",
                               "The collapse is the deadliest at the Orsk mine since 2011, when 14 miners died in a "
                               "flood.", "At least six miners died at Orsk, officials said.")
    assert measure["Five miners"] == measure["At least six miners"] != measure["14 miners"], measure


def test_an_event_the_figures_own_clause_names_beats_one_only_its_sentence_names():
    measure = _measure_by_text("Divers pulled 140 survivors from the lake, he said, and 25 remained missing.",
                               "Some 22 passengers are still unaccounted for, the coast guard said.")
    assert measure["25"] == measure["Some 22 passengers"], measure


def test_economic_output_is_gdp():
    measure = _measure_by_text("Finance Minister Ana Brel said Varnia's budget deficit will reach 4.6% of gross "
                               "domestic product this year.",
                               "Varnia's government expects to run a deficit of nearly 5 percent of economic output "
                               "this year, Finance Minister Ana Brel announced.",
                               "The government revised its deficit forecast to 4.6 percent of GDP.")
    assert measure["4.6%"] == measure["nearly 5 percent"] == measure["4.6 percent"], measure


def test_a_ministers_department_and_gdp_are_no_places():
    claim = describe(_figure_row("Finance Minister Ana Brel said the deficit will reach 4.6% of GDP.", "4.6%", 4.6,
                                 unit="percentage"), rank=0, position=0, claimant="X", offset=0)
    assert claim.places == {"Ana Brel"}, claim.places


def test_the_clause_reads_past_a_both_aside_and_burned_homes_are_destroyed():
    measure = _measure_by_text("A fire tore through the Orsk camp, destroying about 600 shelters. Two people, both "
                               "children, were killed, camp officials said.",
                               "Three people died in the Orsk camp fire. Some 700 shelters had burned, the "
                               "administrator said.")
    assert measure["Two people"] == measure["Three people"], measure
    assert measure["about 600 shelters"] == measure["Some 700 shelters"], measure


def test_a_verb_moving_the_thing_is_no_kind_of_it():
    row = _figure_row("The insurer won approval to lift premiums by nearly 9 percent.", "nearly 9 percent", 9.0,
                      unit="percentage", change="increase")
    claim = describe(row, rank=0, position=0, claimant="X", offset=0)
    assert claim.entity == "premium" and not claim.modifiers, claim


def test_after_a_number_begins_another_figures_clause():
    row = _figure_row("The number of people killed in the blast has risen to 14 after two of the wounded died.",
                      "14", 14.0)
    claim = describe(row, rank=0, position=0, claimant="X", offset=0)
    assert claim.entity == "death", claim


def test_a_noun_framing_a_bare_figure_is_its_thing():
    row = _figure_row("The navy said the ships had come close to the survey vessel and ordered its crew of 45 to "
                      "leave.", "45", 45.0)
    assert describe(row, rank=0, position=0, claimant="X", offset=0).entity == "crew"
    row = _figure_row("A shipment of 1.2 million oral vaccine doses arrived on Monday.", "1.2 million", 1.2e6)
    assert describe(row, rank=0, position=0, claimant="X", offset=0).entity != "shipment"


def test_a_known_noun_after_an_unknown_one_heads_the_compound():
    measure = _measure_by_text("The typhus toll in Orsk has reached 40, camp leaders said.",
                               "At least 36 people have died of typhus in Orsk, the ministry said.")
    assert measure["40"] == measure["At least 36 people"], measure


def test_a_figures_own_words_hold_nothing_and_a_possessive_is_no_kind():
    row = _figure_row('"Six and a half per cent does not cover what our members pay," she said.',
                      "Six and a half per cent", 6.5, unit="percentage")
    claim = describe(row, rank=0, position=0, claimant="X", offset=0)
    assert not claim.holder and "our" not in claim.modifiers, claim


def test_a_part_of_a_counted_whole_takes_the_verb_after_the_whole_and_off_the_job_is_a_strike():
    measure = _measure_by_text("About 1,400 workers at the Orsk mill walked off the job on Monday, the union said.",
                               "The Orsk mill said fewer than 1,100 of its 2,600 employees had joined the strike.",
                               "A union leader said some twelve hundred workers remained off the job in Orsk.")
    assert measure["About 1,400 workers"] == measure["fewer than 1,100"], measure
    assert measure["About 1,400 workers"] == measure["some twelve hundred workers"], measure


def test_people_taken_ill_are_cases():
    measure = _measure_by_text("At least 60 people were taken ill after a wedding dinner in Orsk, doctors said.",
                               "More than 55 guests fell ill after the wedding in Orsk.")
    assert measure["At least 60 people"] == measure["More than 55 guests"], measure


def test_customers_who_lost_service_are_an_outage_not_the_customer_base():
    measure = _measure_by_text("Telvo has roughly 3.9 million subscribers. Around 2.2 million Telvo customers lost "
                               "mobile service on Monday, the regulator said.",
                               "About 2.0 million users were without service for most of Monday, Telvo said.")
    assert measure["Around 2.2 million Telvo customers"] == measure["About 2.0 million users"] \
        != measure["roughly 3.9 million subscribers"], measure


def test_crew_members_seafarers_and_sailors_are_a_crew():
    measure = _measure_by_text("Fifteen crew members were rescued from the Orla Star off Varn, the coast guard said.",
                               "Fourteen seafarers were rescued after the Orla Star sank off Varn.")
    assert measure["Fifteen crew members"] == measure["Fourteen seafarers"], measure


def test_a_limit_a_rule_sets_is_no_count_of_what_happened():
    measure = _measure_by_text("Ostria has moved about 20,000 troops to its eastern border, its defence ministry said.",
                               "Under the treaty, drills involving more than 9,000 troops must be announced. Kessia "
                               "said Ostria had deployed up to 35,000 troops on the border.")
    assert measure["about 20,000 troops"] == measure["up to 35,000 troops"], measure
    assert measure["more than 9,000 troops"] != measure["about 20,000 troops"], measure
    measure = _measure_by_text("Power demand in Varn peaked at 7,900 megawatts on Tuesday, the grid operator said.",
                               "Demand reached 8,100 megawatts, close to the grid's limit of 8,600 megawatts.")
    assert measure["7,900 megawatts"] == measure["8,100 megawatts"] != measure["8,600 megawatts"], measure


def test_among_the_dead_names_a_part_of_the_toll():
    measure = _measure_by_text("At least 19 people were killed in a crush at the Orsk arena on Sunday, officials said. "
                               "Among the dead were 6 children.",
                               "Twenty-three people died in Sunday's stampede at Orsk arena, the ministry said.")
    assert measure["At least 19 people"] == measure["Twenty-three people"] != measure["6 children"], measure


def test_a_budget_deficit_is_a_deficit_and_a_quote_after_a_figure_names_no_thing():
    measure = _measure_by_text("Ostria ran a budget deficit of 21.4 billion crowns in 2024, the finance ministry said.",
                               "The council said the 2024 deficit was closer to 23 billion crowns. Its chair said the "
                               "ministry's figure of 21.4 billion \"hides the real gap\".")
    assert measure["21.4 billion crowns"] == measure["23 billion crowns"] == measure["21.4 billion"], measure
    assert "deficit" in measure["21.4 billion crowns"], measure


def test_a_sentence_opening_on_its_group_makes_its_figures_parts():
    measure = _measure_by_text("Health officials in Orsk have confirmed 52 cases of mumps since May. Of those infected, "
                               "44 were unvaccinated, and 30 are children, according to the district health office.",
                               "The mumps outbreak in Orsk has grown to nearly 55 confirmed cases, a doctor warned.")
    assert measure["52 cases"] == measure["nearly 55 confirmed cases"], measure
    assert measure["44"] != measure["52 cases"] != measure["30"], measure


def test_a_target_is_no_count_of_what_came():
    measure = _measure_by_text("Ostria welcomed 4.6 million foreign visitors, the tourism ministry said.",
                               "Tourism minister Ana Vel hailed the 4.6 million arrivals as proof the islands had "
                               "recovered. She set a target of 5 million visitors a year.")
    assert measure["4.6 million foreign visitors"] == measure["4.6 million arrivals"] != measure["5 million visitors"]


def test_customers_still_without_power_on_two_days_are_two_readings_but_the_trapped_are_one_toll():
    measure = _measure_by_text("Some 70,000 customers remained without power on Friday, the utility Varn Electric said.",
                               "Roughly 45,000 homes and businesses were still in the dark on Saturday, according to "
                               "Varn Electric.")
    assert measure["Some 70,000 customers"] != measure["Roughly 45,000 homes"], measure
    measure = _measure_by_text("Rescuers freed 12 miners at the Orsk mine on Wednesday, but 7 remain trapped, the "
                               "operator said.",
                               "Teams on Thursday reached five of the seven miners still trapped at Orsk, the operator "
                               "said.")
    assert measure["7"] == measure["seven miners"], measure


def test_enlisting_soldiers_is_recruiting_not_the_armys_size():
    measure = _measure_by_text("The army missed its target this year, enlisting 9,300 soldiers, the defence ministry "
                               "said. The regular army now stands at 61,000 troops.",
                               "The army recruited 9,300 people this year, the ministry confirmed.")
    assert measure["9,300 soldiers"] == measure["9,300 people"] != measure["61,000 troops"], measure


def test_a_count_after_places_continues_the_people_and_needing_hospital_treatment_is_hospitalization():
    measure = _measure_by_text("Twenty-six people have been hospitalized in the outbreak, the agency said.",
                               "At least 120 people in seven states have now fallen ill, officials said, and 29 have "
                               "needed hospital treatment.")
    assert measure["Twenty-six people"] == measure["29"], measure


def test_an_event_planned_for_a_period_after_the_report_is_another_event():
    measure = _measure_by_text("About 40,000 people marched through Orsk on Saturday, police said. Organisers said a "
                               "second march planned for next month would draw 60,000 people.",
                               "Some 45,000 protesters rallied in Orsk, the union said.")
    assert measure["About 40,000 people"] == measure["Some 45,000 protesters"] != measure["60,000 people"], measure


def test_a_reading_named_by_its_scale_is_that_reading_whatever_its_sentence_tells():
    measure = _measure_by_text("A magnitude 6.9 earthquake struck off Varn on Monday, the institute said.",
                               "Thousands fled to higher ground after a 6.8-magnitude undersea quake shook Varn.")
    assert measure["magnitude 6.9"] == measure["6.8-magnitude"], measure


def _claims_of(text: str) -> list:
    facts = nf.extract(text, doc_id="a", published="2025-08-10")
    figures = facts[facts["kind"] == "quantity"].to_dict("records")
    return _resolve_references([describe(r, rank=0, position=n, claimant="X", offset=0) for n, r in enumerate(figures)])


def test_a_rise_of_more_than_a_share_is_a_change_not_an_addition():
    # ("more" before "than" adds nothing: the change stays a change though nothing of its kind came before)
    *_, rise = _claims_of("Greenway is raising its single fare by 25p, an increase of more than 9.5 per cent.")
    assert rise.value == 9.5 and rise.increment and not rise.added


def test_a_share_that_was_needed_names_no_thing():
    (rise,) = _claims_of("The operator said the 9.5% increase was needed to cover a gap.")
    assert rise.entity is None and rise.increment


def test_trucks_and_lorries_of_two_reports_are_one_count_though_no_other_word_is_shared():
    measure = _measure_by_text("A convoy of 46 trucks carrying flour reached Velna, the agency said.",
                               "Nearly 50 lorries loaded with aid entered the city, an official said.",
                               "Some 46 trucks reached the town on Monday, the UN said.")
    assert measure["46 trucks"] == measure["Nearly 50 lorries"], measure


def test_a_rate_of_one_family_member_does_not_keep_two_names_of_one_count_apart():
    # the second report names containers too, but as a rate: that is no second count beside its boxes
    measure = _measure_by_text("About 4,000 containers were left on the quays at Tessin when dockers walked out, the "
                               "port operator said.",
                               "Some 4,300 boxes are stuck at Tessin. The terminal usually handles 6,000 containers "
                               "a day.")
    assert measure["About 4,000 containers"] == measure["Some 4,300 boxes"] != measure["6,000 containers"], measure


def test_people_nothing_befell_in_one_report_are_the_people_another_says_were_evacuated():
    measure = _measure_by_text("Some 5,000 people were evacuated from villages along the Sarle river on Sunday, the "
                               "regional governor said.",
                               "Around 5,600 people are sleeping in schools and sports halls after the Sarle burst "
                               "its banks, the Red Cross said.")
    assert measure["Some 5,000 people"] == measure["Around 5,600 people"], measure


def test_a_threshold_in_a_condition_is_no_reading_of_the_level_it_guards():
    measure = _measure_by_text("Flood barriers will go up if the Vessa rises above 4.2 metres, the city said. The river "
                               "stood at 3.6 metres at noon, the city added.",
                               "The Vessa reached 3.7 metres overnight, the river agency said.")
    assert measure["3.6 metres"] == measure["3.7 metres"] != measure["above 4.2 metres"], measure


def test_what_a_place_held_is_no_count_of_what_befell_some_of_it():
    measure = _measure_by_text("A barn fire near Selvik killed about 600 sheep overnight, the fire brigade said.",
                               "The Selvik farm held some 900 sheep, its owner told reporters; 650 had died.")
    assert measure["about 600 sheep"] == measure["650"] != measure["some 900 sheep"], measure


def test_passengers_a_vehicle_was_carrying_are_no_count_of_those_treated_in_hospital():
    # each report's lone figure would otherwise pair with the other's as two readings of one count
    measure = _measure_by_text("Eleven passengers were treated in hospital after the coach overturned near Lisk, police "
                               "said.",
                               "The coach was carrying 15 passengers, the operator said.")
    assert measure["Eleven passengers"] != measure["15 passengers"], measure


def test_a_noun_the_tables_do_not_know_joins_a_known_one_only_when_something_ties_them():
    measure = _measure_by_text("A storm knocked out 40 pumping stations in Larch county on Monday, the water board said.",
                               "About 45 schools had no heating, the education office said.")
    assert measure["40 pumping stations"] != measure["About 45 schools"], measure


def test_a_measure_named_by_an_adjective_is_not_made_plural():
    measure = _measure_by_text("Thirty miners were trapped underground after the shaft flooded, the company said.",
                               "About 28 workers remained trapped, rescuers said.")
    assert measure["Thirty miners"] == measure["About 28 workers"] == "trapped", measure


def test_violations_and_breaches_of_a_truce_are_one_count():
    measure = _measure_by_text("Monitors recorded 131 ceasefire violations along the Tarn line over the weekend, "
                               "including 22 involving heavy guns, the mission said.",
                               "More than 120 breaches of the truce were logged on Saturday and Sunday, observers "
                               "said.",
                               "The mission counted 131 violations over the weekend, compared with 70 a week "
                               "earlier.")
    assert measure["131 ceasefire violations"] == measure["More than 120 breaches"], measure


def test_a_share_after_any_verb_of_change_is_a_change():
    measure = _measure_by_text("The Kestrel-40 index closed down 6.2% on Friday, its worst day in a decade.",
                               "The Kestrel-40 shed 6.2 per cent in one day on Friday.")
    assert measure["6.2%"] == measure["6.2 per cent"], measure


def test_people_sent_to_hospital_are_admissions():
    measure = _measure_by_text("An ammonia leak at a dairy in Orrin sent 22 people to hospital on Monday, police said. "
                               "About 300 workers left the site.",
                               "Twenty-five people were admitted to hospital after the leak in Orrin, the "
                               "health board said.")
    assert measure["22 people"] == measure["Twenty-five people"] != measure["About 300 workers"], measure


def test_a_function_word_after_a_bare_count_is_not_its_noun():
    measure = _measure_by_text("A gunman opened fire at the school, killing two people and wounding nine before "
                               "fleeing in a van.", "Ten pupils were wounded in the shooting at the school.")
    assert measure["nine"] == measure["Ten pupils"], measure


def test_the_whole_a_part_is_taken_from_is_no_count_of_the_event():
    measure = _measure_by_text("More than 60 clinics in the Orr region shut on Monday during the blackout.",
                               "About 70 clinics shut on Monday. Mora said 45 of the region's 90 clinics had no "
                               "generator.")
    assert measure["More than 60 clinics"] == measure["About 70 clinics"] != measure["90 clinics"], measure


def test_a_change_naming_no_thing_refers_back_to_a_change():
    *_, offer = _claims_of("The dockers want a 12% pay rise to keep up with prices, which climbed 7.5% in 2024. "
                           "The port has offered 4%, paid over two years.")
    assert offer.value == 4 and offer.entity == "wage", offer


def test_a_sentence_opening_on_worldwide_is_about_the_whole_world():
    measure = _measure_by_text("Brava Motors is recalling 210,000 cars in Canada over faulty brakes.",
                               "Worldwide, the fault affects roughly 300,000 cars, the company said.")
    assert measure["210,000 cars"] != measure["roughly 300,000 cars"], measure


def test_a_level_in_one_month_is_no_estimate_of_the_level_at_year_end():
    measure = _measure_by_text("The jobless rate in Tessin stood at 6.1% in March, the statistics office said.",
                               "Analysts at Corlan Bank said Tessin's jobless rate could reach 6.4% by year-end.")
    assert measure["6.1%"] != measure["6.4%"], measure


def test_a_figure_set_off_by_commas_after_previous_is_a_past_figure():
    now, before = _claims_of("Esker recorded 46.2C on Monday. The previous record, 45.8C, was set in 2003.")
    assert now.period is None and before.period is not None and before.period_text == "previous", before


def test_a_share_put_on_the_table_is_an_offer_and_a_stance_is_no_kind_of_pay():
    measure = _measure_by_text("The crane drivers' union is demanding an 11% pay rise; the port has offered 3%.",
                               "The union wants pay to rise by 11 per cent, while the port has put 3 per cent on "
                               "the table.")
    assert measure["3%"] == measure["3 per cent"] != measure["11%"], measure


def test_a_name_holding_one_word_of_a_known_place_is_no_place():
    measure = _measure_by_text("Twelve workers were taken to hospital after a gas leak at a plant in Corvo county, "
                               "officials said.",
                               "At least 14 workers were taken to hospital after the leak, the United Steel "
                               "Workers Guild said.",
                               "Thirteen workers were taken to hospital in Corvo, police said.")
    assert measure["Twelve workers"] == measure["At least 14 workers"] == measure["Thirteen workers"], measure


def test_an_amount_of_rain_stays_rainfall_beside_an_outcome_of_people():
    measure = _measure_by_text("A bus was stranded by floodwater in Pellow after 85mm of rain fell overnight.",
                               "The weather office said 80 millimetres of rain fell on Pellow.")
    assert measure["85mm"] == measure["80 millimetres"], measure


def test_the_deaths_of_people_at_a_place_count_deaths_not_the_place():
    deaths, = _claims_of("The council has ordered an inquiry into the deaths of nine residents at a nursing home in Orbury.")
    assert deaths.entity == "death", deaths


def test_a_speed_before_a_verb_and_its_particle_is_no_change():
    measure = _measure_by_text("Gusts of up to 95 km/h tore down a stage in Harlow on Saturday.",
                               "Winds reached 59 mph in Harlow, the weather service said.")
    assert measure["up to 95 km/h"] == measure["59 mph"], measure


def test_signatures_gathered_are_no_crowd():
    marchers, signatures = _claims_of("About 700 people marched in Dunley on Sunday; the campaign's petition has "
                                      "gathered 9,300 signatures.")
    assert marchers.entity == "crowd" and signatures.entity == "signature", signatures


def test_a_count_before_a_verbs_particle_is_a_level_not_a_change():
    felled, = _claims_of("Crews will cut down 150 old poplars along the canal next month.")
    assert felled.entity == "poplar" and not felled.increment, felled


def test_a_part_of_a_group_no_table_knows_counts_the_groups_noun():
    marchers, kept = _claims_of("About 2,000 people marched against the plan. The council said only 120 of the "
                                "poplars would go.")
    assert marchers.entity == "crowd" and kept.entity == "poplar" and kept.part, kept


def test_things_stuck_are_those_things_and_people_stuck_are_trapped():
    lorries, drivers = _claims_of("Heavy snow left 300 lorries stuck on the motorway and 40 people stranded in "
                                  "their cars.")
    assert lorries.entity == "lorry" and drivers.entity == "trapped", (lorries, drivers)


def test_a_count_below_zero_joins_no_count_of_things():
    cold, = _claims_of("Motorists slept in their cars in temperatures of minus 15.")
    cars, = _claims_of("About 140 cars were stranded on the ring road.")
    assert cold.value == -15 and cold.dimension == cars.dimension == "count"
    cold = replace(cold, doc="b", entity=cars.entity, aspect=cars.aspect, opener=frozenset(), topic=cars.topic)
    assert not _compatible(cold, cars, frozenset(), frozenset()) and not _compatible(cars, cold, frozenset(),
                                                                                      frozenset())


def test_a_dateline_places_the_lead_beside_the_places_it_names():
    measure = _measure_by_text("BRELLMOOR - At least nine people drowned when a ferry capsized on the Tamm River "
                               "on Sunday, police said.",
                               "The death toll from the ferry disaster at Brellmoor's regatta rose to 11 on Monday, "
                               "as divers searched the Tamm River, officials said.",
                               "Authorities in Brellmoor put the number of dead at 12, with three people missing.")
    assert measure["At least nine people"] == measure["11"] == measure["12"], measure


def test_livelihoods_are_jobs():
    measure = _measure_by_text("The Orvel sawmill will close in May with the loss of 420 jobs, the owners said.",
                               "\"Orvel will lose nearly 450 livelihoods overnight,\" a union official said.")
    assert measure["420 jobs"] == measure["nearly 450 livelihoods"], measure


def test_a_capacity_phrase_sizes_only_the_figure_right_after_it():
    inside, capacity = _claims_of("Aid workers said about 700 people were sharing a shelter meant for 250.")
    assert capacity.entity == "capacity" and inside.entity != "capacity", (capacity, inside)


def test_money_per_day_is_compared_as_money():
    measure = _measure_by_text("Drivers of older vans will be charged €30 a day to enter Morvel's centre.",
                               "Van drivers will pay a daily charge of €30 from March, Morvel's mayor said.")
    assert measure["€30 a day"] == measure["€30"], measure


def test_homes_sent_into_darkness_are_an_outage_not_a_change():
    # a movement verb with its object sent somewhere ("plunged ... into darkness") is no fall in homes
    measure = _measure_by_text("A substation fire plunged some 80,000 homes into darkness, the utility said.",
                               "Around 85,000 customers lost power after the fire, officials said.")
    assert measure["some 80,000 homes"] == measure["Around 85,000 customers"], measure
    assert "change" not in measure["some 80,000 homes"], measure


def test_more_before_a_noun_counts_that_noun():
    # "6 more ambulances" counts ambulances, not whatever an earlier sentence counted
    measure = _measure_by_text("The trust hired 14 paramedics for the coast. It also ordered 6 more ambulances.",
                               "The trust said 16 paramedics had been hired.")
    assert measure["14 paramedics"] == measure["16 paramedics"] != measure["6 more ambulances"], measure


def test_a_count_per_day_is_not_a_count_at_one_time():
    # how many sail each day is a rate; how many wait is a level, whatever the noun
    measure = _measure_by_text("About 40 ferries were waiting outside the harbour on Monday, the port said. "
                               "The harbour usually handles 300 ferries a day.",
                               "Some 45 ferries were idle at anchor, crews said. It can turn round "
                               "280 ferries daily.")
    assert measure["About 40 ferries"] == measure["Some 45 ferries"], measure
    assert measure["300 ferries"] == measure["280 ferries"] != measure["About 40 ferries"], measure
    assert "per day" in measure["300 ferries"] and "per day" not in measure["About 40 ferries"], measure


def test_pieces_of_luggage_are_bags():
    measure = _measure_by_text("About 4,100 bags were never loaded, the handling firm said.",
                               "Some 4,500 pieces of luggage were stranded in the hall, the airline said.")
    assert measure["About 4,100 bags"] == measure["Some 4,500 pieces of luggage"], measure


def test_a_physical_amount_per_period_is_a_rate_after_what_it_is_of():
    # "barrels of crude a day" is a daily rate, like "barrels per day"; a one-off release is not
    measure = _measure_by_text("The refinery normally runs 180,000 barrels of crude a day.",
                               "The plant processes 175,000 barrels per day, the operator said. The state "
                               "released 150,000 barrels from its reserve.")
    assert measure["180,000 barrels"] == measure["175,000 barrels per day"] != measure["150,000 barrels"], measure
    assert measure["180,000 barrels"].endswith("(barrel per day)"), measure


def test_a_price_per_ton_is_a_price_per_tonne():
    measure = _measure_by_text("Nickel rose to $17,950 a tonne on Monday.", "Nickel hit $18,000 per ton on Monday.")
    assert measure["$17,950 a tonne"] == measure["$18,000 per ton"], measure


def test_led_to_safety_is_a_rescue():
    measure = _measure_by_text("Firefighters said 120 people were led to safety from the burning tower. "
                               "The blaze destroyed 40 flats.",
                               "About 130 people were rescued from the tower, the fire service said. "
                               "Some 45 flats burned.")
    assert measure["120 people"] == measure["About 130 people"] != measure["40 flats"], measure



def test_boats_and_newborns_are_known_things():
    # the tables read them as "ship" and "birth", as they read "vessels" and "births", so no lone-noun guess is
    # needed to pair them (that guess fails where two reports name several things)
    boats, newborns = _claims_of("Police counted 52 boats. The park reported 31 newborns.")
    assert (boats.entity, newborns.entity) == ("ship", "birth"), (boats, newborns)


def test_a_cut_named_after_a_sum_is_the_change_a_cut_by_it_is():
    measure = _measure_by_text("The board approved a £3.4 million cut to its parks budget.",
                               "The board will cut its parks budget by about £3.4m.")
    assert measure["£3.4 million"] == measure["about £3.4m"], measure
    assert measure["£3.4 million"].startswith("change in"), measure


def test_two_lone_figures_of_unrelated_nouns_stay_apart():
    # a herd animal and a thing no table knows, in sentences sharing no word, are two measures however near
    measure = _measure_by_text("A farmer told us she lost five cattle.",
                               "Crews cleared four culverts on Friday, the council said.")
    assert measure["five cattle"] != measure["four culverts"], measure
    # two nouns no table knows, in sentences sharing a word, still pair
    measure = _measure_by_text("Customs officers seized 400 crates at the Oskel docks.",
                               "Officers at the Oskel docks seized 450 cartons, the agency said.")
    assert measure["400 crates"] == measure["450 cartons"], measure


def test_the_usual_level_is_not_this_times():
    measure = _measure_by_text("The museum says 4,100 people came through its doors on Sunday. That compares with "
                               "about 1,900 on a typical Sunday, its director said.",
                               "Attendance hit 3,800 on Sunday, the city said.")
    assert measure["4,100 people"] == measure["3,800"] != measure["about 1,900"], measure


def test_a_price_per_animal_is_a_price_a_head():
    measure = _measure_by_text("Breeders will be paid 90 euros per animal, the ministry said.",
                               "The breeders' guild called the €90 a head offered an insult.")
    assert measure["90 euros per animal"] == measure["€90 a head"], measure


def test_tents_are_no_people_for_their_ending():
    # "-ent" and "-ant" mark people no table knows ("residents", "servants"), but not "tents" or "plants", which
    # an event's toll must never adopt
    from numfacts.compare import _living_ending
    assert _living_ending("resident") and _living_ending("servant")
    assert not any(_living_ending(w) for w in ("tent", "plant", "incident", "tree"))


def test_a_movement_from_one_level_to_another_states_both():
    # "will fall from X to Y": Y is the new level other reports give, X the old one
    measure = _measure_by_text("The parks budget will fall from £7.4 million to £6.1 million next year, the council "
                               "said.", "The parks budget will be cut to £6.3m next year, the mayor said.")
    assert measure["£6.1 million"] == measure["£6.3m"] != measure["£7.4 million"], measure


def test_a_count_for_one_year_is_what_a_yearly_rate_says():
    measure = _measure_by_text("The clinic saw 2,300 patients last year, the trust said.",
                               "Around 2,000 patients a year use the clinic, the union said.",
                               published=["2025-03-04", "2025-03-05"])
    assert measure["2,300 patients"] == measure["Around 2,000 patients"], measure
    # a period open at one end ("since 2019") is no year, and no error
    from numfacts.compare import _one_period
    assert not _one_period((pd.Timestamp("2019-01-01"), pd.Timestamp.max), "year")


def test_an_amount_of_a_described_thing_a_day_is_a_daily_rate():
    measure = _measure_by_text("The plant presses 900 tonnes of ripe olives a day, its owner said.",
                               "Output, normally about 850 tonnes of olives a day, has stopped, the cooperative said.")
    assert measure["900 tonnes"] == measure["about 850 tonnes"], measure
    assert measure["900 tonnes"].endswith("(tonne per day)"), measure


def test_road_tolls_are_charges_and_the_life_of_a_deal_is_no_death():
    measure = _measure_by_text("The Orvo bridge toll rose 4.5% on Monday, the operator said.",
                               "The bridge toll rose 5%, drivers' groups said. The death toll from the crash rose to 3.")
    assert measure["4.5%"] == measure["5%"], measure
    assert "death" not in measure["4.5%"] and measure["3"] != measure["5%"], measure
    measure = _measure_by_text("The Kell tunnel toll will rise 8% in May, the operator said.")
    assert "death" not in measure["8%"], measure
    measure = _measure_by_text("Porters have accepted a deal worth 11 per cent over the life of the contract.")
    assert "death" not in measure["11 per cent"], measure


def test_a_year_naming_the_event_of_a_relative_clause_dates_its_figure():
    measure = _measure_by_text("The blaze killed 14 people in Ostrava Dock, police said. It was the worst since a 2017 "
                               "ferry fire that killed 22 people.", "At least 16 died in the Ostrava Dock blaze, "
                               "officials said.")
    assert measure["14 people"] == measure["At least 16"] != measure["22 people"], measure


def test_jobs_that_could_go_are_jobs_cut():
    # not the jobs the brewery "employs" later in the sentence
    measure = _measure_by_text("The union Maltworkers Together warned that up to 800 jobs could go, most of them at "
                               "Kestrel's Ashby brewery, which employs 610 staff.",
                               "The company said no more than 500 roles would be cut across the combined group.")
    assert measure["up to 800 jobs"] == measure["no more than 500 roles"] != measure["610 staff"], measure


def test_a_lifeless_noun_opening_a_sentence_holds_no_share():
    # "Water" opening a sentence is no name holding the share, as "Oduya had 53%" would be
    measure = _measure_by_text("Water in the Brem reservoir has fallen to 22 per cent of capacity, the utility said.",
                               "Engineers say the Brem reservoir is now at 19%.")
    assert measure["22 per cent"] == measure["19%"], measure


def test_production_is_output_and_the_treated_may_be_the_injured():
    measure = _measure_by_text("Output at the Brenna mine fell 19 per cent in the quarter, the operator said. Police "
                               "said 9 people were treated for minor injuries.",
                               "The operator reported a 21% drop in quarterly production at Brenna. Paramedics said "
                               "11 people had been treated.")
    assert measure["19 per cent"] == measure["21%"], measure
    assert measure["9 people"] == measure["11 people"], measure


def test_reports_complaints_and_incidents_may_count_one_thing():
    measure = _measure_by_text("Velt said it had received 64 reports of chargers overheating.",
                               "The regulator said it knew of at least 71 incidents.",
                               "Consumer groups have logged 69 complaints.")
    assert measure["64 reports"] == measure["at least 71 incidents"] == measure["69 complaints"], measure


def test_a_bargains_share_is_a_pay_rise_and_a_share_of_demand_is_no_bargain():
    measure = _measure_by_text("Teachers want a 7% pay rise, union leader Ola Brun said.",
                               "The minister said the union's demand for 7 per cent would cost €90m a year.")
    assert measure["7%"] == measure["7 per cent"], measure
    claim, = _claims_of("Solar panels covered 58% of national demand at noon, the grid operator said.")
    assert claim.stance is None and claim.entity != "wage", claim


def test_a_lone_figure_is_nearer_one_naming_the_same_thing():
    # two lone figures naming one thing pair before a figure of something else that is nearer in value
    import dataclasses

    from numfacts.compare import _single_fit
    (a,) = _claims_of("Medics treated 240 passengers at the quay.")
    (b,) = _claims_of("Medics saw 250 at the quay.")
    (c,) = _claims_of("Medics treated 276 passengers at the quay.")
    b, c = dataclasses.replace(b, doc="b"), dataclasses.replace(c, doc="c")
    assert _single_fit(a, c) < _single_fit(a, b)


def test_what_befell_a_reports_things_may_be_what_another_counts_plainly():
    # one report's evacuation of passengers, another's passengers with nothing said to befall them
    measure = _measure_by_text("Smoke forced the evacuation of 318 passengers from the Lindqvist ferry, the port "
                               "said.", "The captain said 322 passengers were brought ashore in lifeboats.")
    assert measure["318 passengers"] == measure["322 passengers"], measure


def test_a_restated_figure_joins_alone_when_its_measure_holds_a_far_figure():
    # "51,800 entrants" restates "52,000 runners"; the "700,000 spectators" filed beside it (both read as a
    # crowd) stay out
    import dataclasses

    from numfacts.compare import _join_restated
    (runners,) = _claims_of("A record 52,000 runners registered, organisers said.")
    (spectators,) = _claims_of("Police said around 700,000 spectators lined the streets.")
    (entrants,) = _claims_of("The marathon drew 51,800 entrants, the city said.")
    claims = [dataclasses.replace(c, doc=doc, row=row, order=row, entity="crowd" if row else "runner")
              for row, (c, doc) in enumerate(((runners, "a"), (spectators, "b"), (entrants, "c")))]
    runs, crowd, entered = _join_restated(claims, {0: 0, 1: 1, 2: 1})
    assert runs == entered != crowd


def test_an_expected_sum_and_one_stated_plainly_may_be_one_but_a_result_is_apart():
    # a plan's cost "expected" in one report and "worth" so much in another; what "came in" is a result
    measure = _measure_by_text("The fuel subsidy scheme is expected to cost €61 million, the ministry said.",
                               "The subsidy package is worth €64 million, the union said.")
    assert measure["€61 million"] == measure["€64 million"], measure
    measure = _measure_by_text("Analysts had expected quarterly profit of $290 million, the Wire reported.",
                               "Quarterly profit came in at $310 million, the bank said.")
    assert measure["$290 million"] != measure["$310 million"], measure


def test_a_lone_figure_joins_the_measure_of_other_reports_it_fits():
    # two reports' overtime spending is one measure; a third report's lone sum in other words joins it
    measure = _measure_by_text("The Orrin trust spent £8.2 million on nurses' overtime, figures show. Its annual "
                               "budget is £310 million.",
                               "Orrin spent £8.2m on nurses' overtime, the union said.",
                               "The union put the overtime bill at more than £8.5 million.")
    assert measure["£8.2 million"] == measure["£8.2m"] == measure["more than £8.5 million"], measure


def test_a_noun_for_people_no_table_knows_is_no_thing_the_tables_know():
    measure = _measure_by_text("The airport diverted 12 passenger flights, a spokeswoman said.",
                               "Some 14 firefighters were sent to the runway, the brigade said.")
    assert measure["12 passenger flights"] != measure["Some 14 firefighters"], measure


def test_a_retreat_is_a_movement_and_domestic_product_rising_is_growth():
    measure = _measure_by_text("The Arn glacier retreated 52 metres last year, surveyors said.",
                               "Surveyors recorded a retreat of 49 metres last year, the institute said.",
                               "The Arn glacier shrank by about 55 metres last year, guides said.")
    assert measure["52 metres"] == measure["49 metres"] == measure["about 55 metres"], measure
    measure = _measure_by_text("The economy of the Orla region grew by 2.3% last year, the office said.",
                               "Orla's gross domestic product rose 2.1 per cent last year, the bank said.")
    assert measure["2.3%"] == measure["2.1 per cent"], measure


def test_an_earlier_position_is_apart_from_the_present_one():
    measure = _measure_by_text("The council said its original estimate of £3.9 million for the harbour wall repairs "
                               "was too low.",
                               "The harbour wall repairs will cost £5.1 million, engineers said.",
                               "The harbour wall repair bill is £5.4m, the mayor said.")
    assert measure["£5.1 million"] == measure["£5.4m"] != measure["£3.9 million"], measure


def test_a_closure_on_each_day_is_that_days():
    measure = _measure_by_text("Nearly 1,400 schools were closed on Monday as teachers walked out, the department said.",
                               "About 1,300 schools were closed on Tuesday, the union said.",
                               published=["2025-10-06", "2025-10-07"])
    assert measure["Nearly 1,400 schools"] != measure["About 1,300 schools"], measure


def test_cars_that_came_off_the_rails_are_no_crowd_and_or_more_is_no_addition():
    measure = _measure_by_text("Nine wagons of the goods train left the track near Orvik, police said.",
                               "Ten cars came off the rails, the rail agency said.")
    assert measure["Nine wagons"] == measure["Ten cars"], measure
    measure = _measure_by_text("The average wait at the Orm hospital was 7.5 hours, figures show.",
                               "A nurse said patients at the Orm hospital typically waited eight hours or more.")
    assert measure["7.5 hours"] == measure["eight hours or more"], measure


def test_a_nationwide_figure_is_apart_from_a_towns_but_not_from_a_countrys():
    measure = _measure_by_text("Police said 50,000 people marched in Tessaly. The union said 800,000 people marched "
                               "nationwide.",
                               "Rallies across the country drew 300,000 people, the ministry estimated. Organizers said "
                               "60,000 people marched in Tessaly.")
    assert measure["50,000 people"] == measure["60,000 people"] != measure["800,000 people"], measure
    assert measure["800,000 people"] == measure["300,000 people"], measure
    measure = _measure_by_text("The union said 800,000 people marched nationwide.",
                               "Nationally, 700,000 people joined protests in France, the ministry said.")
    assert measure["800,000 people"] == measure["700,000 people"], measure


def test_a_size_across_before_a_verb_of_falling_is_no_change():
    # "up to 6cm across fell": a size, not a fall of 6cm
    measure = _measure_by_text("In Brask, hail up to 6cm across fell overnight, the weather office said.",
                               "A storm chaser measured stones of 60 millimetres in Brask.")
    assert measure["up to 6cm"] == measure["60 millimetres"], measure


def test_two_sources_in_two_sentences_of_one_report_are_rival_figures_of_one_thing():
    # a report sets rival figures side by side, with or without a word contesting one of them
    measure = _measure_by_text("The carmaker sold about 612,000 vehicles in the quarter, it said. Dealers said "
                               "575,000 vehicles were sold.",
                               "The company said it sold 608,000 vehicles.")
    assert measure["about 612,000 vehicles"] == measure["608,000 vehicles"] == measure["575,000 vehicles"], measure
    measure = _measure_by_text("The tally found 4,100 people sleeping rough, officials said. Charities said the "
                               "real figure was nearer 5,600.",
                               "About 4,000 people sleep rough in the city, the mayor said.")
    assert measure["4,100 people"] == measure["5,600"] == measure["About 4,000 people"], measure
    measure = _measure_by_text("Police said 30,000 people marched. Organisers put the crowd at 95,000.",
                               "Some 40,000 people marched, the mayor said.")
    assert measure["30,000 people"] == measure["95,000"] == measure["Some 40,000 people"], measure


def test_the_people_aboard_are_apart_from_the_passengers():
    # the people on board are the crew and the passengers together
    measure = _measure_by_text("A coach carrying 38 passengers overturned near Lume, police said.",
                               "There were 41 people on board the coach, the ambulance service said.",
                               "The coach had 37 passengers aboard, the operator said.")
    assert measure["38 passengers"] == measure["37 passengers"] != measure["41 people"], measure


def test_jobs_a_closure_is_cutting_are_apart_from_the_jobs_a_mill_holds():
    measure = _measure_by_text("The Tarn mill shuts in March, cutting 900 jobs, its owner said.",
                               "Some 1,050 people work at the Tarn mill, the union said.",
                               "Tarn's mill is to shed about 950 jobs.")
    assert measure["900 jobs"] == measure["about 950 jobs"] != measure["Some 1,050 people"], measure


def test_a_price_restated_without_its_unit_and_a_sum_read_as_a_change_restated_are_one_measure():
    measure = _measure_by_text("Each dose will cost Tessaly about $21.40 per dose under the deal, the ministry said.",
                               "Critics said a price of $21.40 was too high.")
    assert measure["about $21.40 per dose"] == measure["$21.40"], measure
    measure = _measure_by_text("The ministry raised farm aid by 2.7bn crowns after the harvest failed, officials said.",
                               "A farm aid top-up of 2.7 billion crowns was approved on Monday, the union said.")
    assert measure["2.7bn crowns"] == measure["2.7 billion crowns"], measure


def test_what_a_hall_can_seat_is_its_capacity():
    measure = _measure_by_text("About 700 people attended the opening concert, organisers said.",
                               "The new hall will seat 900 people, the council said.")
    assert measure["About 700 people"] != measure["900 people"], measure


def test_where_a_movement_started_and_a_bound_above_the_present_level_are_apart_from_it():
    measure = _measure_by_text("Membership rose from 1,800 to 2,300 this year, the club said.",
                               "About 1,900 people belong to the club, its chairman said.")
    assert measure["About 1,900 people"] != measure["1,800"], measure
    measure = _measure_by_text("Parking at the Orm clinic will cost up to £6.20 an hour from May. Today it costs "
                               "£3.90 an hour.",
                               "Parking at the Orm clinic will cost £6.20 an hour, campaigners said.")
    assert measure["up to £6.20 an hour"] == measure["£6.20 an hour"] != measure["£3.90 an hour"], measure


def test_a_levy_is_a_tax():
    measure = _measure_by_text("The fizzy drinks levy raised 233 million crowns last year, the treasury said.",
                               "Officials said the tax on fizzy drinks earned 236 million crowns last year.")
    assert measure["233 million crowns"] == measure["236 million crowns"], measure


def test_money_a_measure_would_raise_is_brought_in_not_a_pay_raise():
    measure = _measure_by_text("The bed tax would raise about €9 million a year, the council said.",
                               "The hotel levy will bring the town €8.5m annually, officials said.")
    assert measure["about €9 million a year"] == measure["€8.5m annually"], measure


def test_estimates_more_than_twice_apart_are_two_measures_and_a_days_toll_may_differ_twofold():
    measure = _measure_by_text("The Orm bridge repairs will cost £4.1 million, the county said.",
                               "Engineers put the cost of the Orm bridge repairs at £9.6 million.",
                               "The Orm bridge repairs will cost about £4.4m, a councillor said.")
    assert measure["£4.1 million"] == measure["about £4.4m"] != measure["£9.6 million"], measure
    # a rival estimate 1.6 times the official one is the disagreement a reader wants to see
    measure = _measure_by_text("The Orm bridge repairs will cost £4.1 million, the county said.",
                               "Engineers put the cost of the Orm bridge repairs at £6.6 million.")
    assert measure["£4.1 million"] == measure["£6.6 million"], measure
    measure = _measure_by_text("At least 40 people were killed in the Varo quake, officials said.",
                               "Rescuers said 70 people died in the Varo quake.")
    assert measure["At least 40 people"] == measure["70 people"], measure


def test_two_figures_sharing_a_verb_share_its_place_and_period():
    # "28 lambs and three goats were killed ... last month": the first figure is dated and placed too
    measure = _measure_by_text("Lynx killed 31 lambs near Orvik in May, the game office said on Monday.",
                               "Wardens said 28 lambs and three goats were killed by lynx near Orvik last month.",
                               published=["2025-06-03", "2025-06-04"])
    assert measure["31 lambs"] == measure["28 lambs"] != measure["three goats"]


def test_an_area_of_damaged_land_is_the_area_damaged():
    measure = _measure_by_text('"We count about 6,000 hectares of flattened pine," said Ula Brand of the forest agency.',
                               "Owners say the flattened area is nearer some 7,500 hectares.")
    assert measure["about 6,000 hectares"] == measure["some 7,500 hectares"]


def test_tolls_on_a_road_are_a_charge_and_the_death_toll_is_the_dead():
    measure = _measure_by_text("Drivers paid more after tolls on the Kell bridge went up 4%. The death toll from the crash rose to 6.",
                               "Hauliers say the toll rise comes to 5% once fees are added. Police said 7 people died.")
    assert "death" not in measure["4%"] and "death" not in measure["5%"]
    assert measure["6"] == measure["7 people"]


def test_a_measure_naming_only_what_happened_is_labelled_by_its_dimension():
    measure = _measure_by_text("The pier will stay closed for about five weeks, the council said.",
                               "Fire burned 300 acres of heath, officials said.")
    assert measure["about five weeks"] == "time closed (week)"
    assert measure["300 acres"] == "area burned (acre)"


def test_a_period_at_the_end_of_a_month_reads_as_one_in_the_label():
    measure = _measure_by_text("The backlog reached 9,200 claims by the end of August, the insurer said.",
                               published=["2025-09-10"])
    assert measure["9,200 claims"].endswith(" by the end of August")


def test_vehicles_burned_are_vehicles_destroyed():
    measure = _measure_by_text("Some 120 cars were burnt out in the depot fire, police said.",
                               "About 130 vehicles were destroyed in the depot blaze, the fire service said.")
    assert measure["Some 120 cars"] == measure["About 130 vehicles"]


def test_hospital_admissions_are_people_taken_to_hospital():
    measure = _measure_by_text("The council said 40 homes were checked and 9 people were treated in hospital after the leak.",
                               "The leak led to 35 call-outs, among them 10 hospital admissions, the health board said.")
    assert measure["9 people"] == measure["10 hospital admissions"]


def test_monthly_passes_are_passes_not_a_rate():
    measure = _measure_by_text("The network sold 40,000 monthly passes in March, the operator said.",
                               "The line carries 70,000 daily riders, the operator said.")
    assert "per month" not in measure["40,000"] and measure["70,000"].endswith("per day")


def test_a_part_with_a_place_of_its_own_is_that_places_count():
    measure = _measure_by_text("The outbreak has grown to 90 cases, officials said. The head said 31 of the cases were at "
                               "Ferncroft Primary.",
                               "About 34 cases are at Ferncroft Primary, the school board said.")
    assert measure["31"] == measure["About 34 cases"] != measure["90 cases"], measure
    # the place of a part whose whole is counted is the whole's: the part stays apart
    measure = _measure_by_text("Rangers said 40 of the 75 deer deaths recorded in Alder Forest were caused by dogs.",
                               "Dogs have killed 45 deer in Alder Forest, a farmer said.")
    assert measure["40"] != measure["45 deer"], measure


def test_a_claimants_count_for_no_place_beside_a_smaller_one_for_a_place_is_the_whole():
    measure = _measure_by_text("The health board has confirmed 52 flu cases since January.",
                               "The tally now stands at 58 cases, including 20 linked to Northfield Primary, a nurse said.",
                               "Nurse Ann Poe said 17 of the cases were at Northfield Primary.")
    assert measure["52 flu cases"] == measure["58 cases"] != measure["20"] == measure["17"], measure


def test_a_share_after_and_shares_the_movement_of_the_one_before():
    measure = _measure_by_text("Fares rose 4.1% this year and about 19% since 2021, the regulator said.",
                               "Fares have climbed 17% since 2021, a passenger group said.")
    assert measure["about 19%"] == measure["17%"] != measure["4.1%"], measure


def test_a_venue_that_holds_a_number_states_its_capacity():
    measure = _measure_by_text("Some 26,000 fans queued outside a ground that holds 21,000, police said.",
                               "The stadium has a capacity of 20,500, the club said.")
    assert measure["21,000"] == measure["20,500"] != measure["Some 26,000 fans"], measure


def test_a_surge_in_a_length_is_its_height_not_a_change():
    measure = _measure_by_text("The storm could push a surge of up to 3 metres onto the Ness coast, forecasters said.",
                               "The storm surge may reach 10 feet along the Ness coast, the weather office said.")
    assert measure["up to 3 metres"] == measure["10 feet"], measure


def test_a_year_ago_is_that_time_of_the_year_not_its_december():
    measure = _measure_by_text("Milk now sells for $1.60, up from $1.10 a year ago, the dairy board said.",
                               "Milk cost an average of $1.55 in December, up from $1.35 in November, the statistics "
                               "office said.", published=["2025-01-20", "2025-01-20"])
    assert measure["$1.10"] != measure["$1.55"], measure


def test_sums_of_no_named_thing_join_the_nearest_named_sum_among_several_things():
    measure = _measure_by_text("The fire service spent £6.1 million on overtime last year, the service said. Its overtime "
                               "budget had been £4 million.",
                               "Overtime costs reached £6.4m last year, the union said. Storm damage to fire stations came "
                               "to £9m.",
                               "The cost of overtime was £6.3 million last year, a councillor said.",
                               "Overtime at the service took £5.8 million last year, the mayor's office said.")
    spent = measure["£6.1 million"]
    assert spent == measure["£5.8 million"] == measure["£6.4m"] == measure["£6.3 million"], measure
    assert spent != measure["£4 million"] and spent != measure["£9m"], measure


def test_at_least_before_a_dead_noun_is_a_bound_not_a_place():
    measure = _measure_by_text("At least 400 dead perch have been pulled from the canal, the river trust said.",
                               "Anglers counted more than 650 dead perch along the canal.")
    assert measure["At least 400 dead perch"] == measure["more than 650 dead perch"], measure


def test_a_figure_with_no_place_is_where_its_report_opened():
    # a crowd figure in a report that opens on a march in one town is no count of a rally another report puts in
    # a second town; the figure its own report places where it opened still joins
    measure = _measure_by_text("Thousands marched through Velmora on Saturday against a rise in bread prices. Police "
                               "put the crowd at about 6,000.",
                               "Organisers said 9,000 people joined the march in Velmora. Across the river in "
                               "Ostrany, a smaller vigil drew 2,500 people.")
    assert measure["about 6,000"] == measure["9,000 people"] != measure["2,500 people"], measure
