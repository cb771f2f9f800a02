"""The quantity reader, as tables of sentences written for this project -> expected rows."""
from __future__ import annotations

from dataclasses import dataclass

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from numfacts.numbers import read_words, singular, tokenize
from numfacts.quantities import Quantity, find_quantities
from numfacts.text import normalize, split_sentences

ANY = object()   # this field is not checked


def read(text: str) -> list[Quantity]:
    return find_quantities(text, normalize(text), split_sentences(text))


def at(text: str, anchor: str) -> list[Quantity]:
    """Quantities whose span overlaps the anchor."""
    s = text.index(anchor)
    e = s + len(anchor)
    return [q for q in read(text) if q.start < e and s < q.end]


@dataclass(frozen=True)
class Example:
    text: str
    anchor: str
    value: float
    low: object = ANY
    high: object = ANY
    qualifier: object = ANY
    unit: object = ANY
    entity: object = ANY
    change: object = ANY


EXAMPLES = [
    # plain counts and the counted noun
    Example("The ministry said 3,400 nurses had signed the letter.", "3,400", 3400, 3400, 3400, "exact", None, "nurse", None),
    Example("Rescuers pulled twelve miners from the shaft.", "twelve", 12, qualifier="exact", entity="miner"),
    Example('"Nine crew members were rescued," the coastguard said.', "Nine", 9, entity="crew member"),
    Example("The boats (eleven in all) sank.", "eleven", 11),
    Example('Rebels said they had shot down "at least 12" drones.', "at least 12", 12, qualifier="lower_bound", unit=None),
    Example("The shelf is 4' wide.", "4'", 4, unit="foot"),
    Example("Homes within a mile of the depot were cleared.", "a mile", 1, unit="mile"),
    Example("Customs seized more than a tonne of tobacco.", "more than a tonne", 1, qualifier="lower_bound", unit="tonne"),
    Example("The lake fell by half a metre.", "half a metre", 0.5, unit="metre"),
    Example("The club sold two dozen tickets at the gate.", "two dozen", 24, entity="ticket"),
    Example("Only a hundred volunteers turned up.", "a hundred", 100, entity="volunteer"),
    Example("Some forty-five ferries sail each week.", "forty-five", 45, qualifier="lower_bound", entity="ferry"),
    Example("The port handled 2.3 million containers.", "2.3 million", 2_300_000, entity="container"),
    Example("Police detained 48 Dutch fans after the match.", "48", 48, entity="fan"),
    Example("The council approved 17 housing projects.", "17", 17, entity="housing project"),
    Example("A 12-member panel will review the bids.", "12-member", 12, entity="member"),
    # a word before "figure", "count" that says whose estimate it is counts nothing
    Example("The cholera death toll stood at 57 on Monday.", "57", 57, entity="death"),
    Example("The death toll rose to 23 overnight.", "23", 23, entity="death"),
    Example("The death toll from Monday's magnitude 7.1 quake in the valley rose to 64.", "64", 64, entity="death"),
    Example("About 90 people in six counties have fallen ill, and 21 have been admitted.", "21", 21, entity="person"),
    Example("The regulator's figure was far higher, at about 9,300.", "9,300", 9300, entity=None),
    Example("An independent count put the figure at 14,200.", "14,200", 14200, entity=None),
    Example("The official tally reached 310.", "310", 310, entity=None),
    # qualifiers as bounds
    Example("More than 5,000 farmers marched on the capital.", "5,000", 5000, 5000, None, "lower_bound",
            entity="farmer"),
    Example("The storm left at least 40 villages without power.", "40", 40, 40, None, "lower_bound", entity="village"),
    Example("Organisers expect as many as 60,000 runners.", "60,000", 60000, None, 60000, "upper_bound",
            entity="runner"),
    Example("The firm will hire up to 900 engineers.", "900", 900, None, 900, "upper_bound", entity="engineer"),
    # an "m" before a run of nouns ending in a plural is millions; before a word of direction, metres
    Example("Some 2.3m flu vaccine doses arrived.", "2.3m flu vaccine doses", 2.3e6, unit=None),
    Example("The 3m wide gates were shut.", "3m", 3, unit="metre"),
    # "lifted" moves a figure like "raised"
    Example("The bank lifted its rate by 0.75 percentage points.", "0.75 percentage points", 0.75, change="increase"),
    Example("The board will lift fees by 4% next year.", "4%", 4, change="increase"),
    # an academic degree before a plural noun is no unit
    Example("The college will close 27 degree courses.", "27 degree courses", 27, unit=None),
    # "raised" right before a sum collects it; "raised ... by/to" a sum moves something
    Example("The flood appeal has raised more than £2.5 million.", "more than £2.5 million", 2500000, change=None),
    Example("The council raised parking fees by £2 a day.", "£2 a day", 2, change="increase"),
    Example("The terminal moved 2.4 million twenty-foot equivalent units.", "2.4 million twenty-foot equivalent units",
            2400000, unit="twenty-foot equivalent unit"),
    Example("The trawler sank with 14 crew aboard.", "14 crew", 14, entity="crew"),     # "aboard" is no part of a noun
    # a size a verb's object has is no change of it ("cut a 12-mile firebreak"; "a 5-percent rise" is one)
    Example("Crews cut a 12-mile firebreak along the ridge.", "12-mile", 12, change=None),
    Example("Fares rose by a 5-percent margin.", "5-percent", 5, change="increase"),
    # "half a" before a unit is a half of it
    Example("Mortgage rates rose by half a percentage point.", "half a percentage point", 0.5,
            unit="percentage point"),
    # an adverb after a unit makes it a rate, like "a year"
    Example("The toll road brings in $310 million annually.", "$310 million annually", 310e6, unit="dollar per year"),
    # "every" before a time word makes a rate, like "a" or "each"
    Example("Delays cost shippers three million dollars every day.", "three million dollars every day", 3e6,
            unit="dollar per day"),
    # ... but a movement from one figure up to another ends at it
    Example("Dearer fuel pushed the jobless rate up to 6.2% from 5.9%.", "6.2%", 6.2, 6.2, 6.2, "exact", "percentage"),
    Example("Fewer than 30 seats remain.", "30", 30, None, 30, "upper_bound", entity="seat"),
    Example("Nearly 70 percent of voters stayed home.", "70", 70, None, 70, "upper_bound", "percentage"),
    Example("The bridge is about 800 metres long.", "800", 800, 800, 800, "approx", "metre"),
    Example("The hall seats approx. 900 guests.", "900", 900, qualifier="approx", entity="guest"),
    Example("An estimated 15,000 people fled the town.", "15,000", 15000, qualifier="approx", entity="person"),
    Example("Roughly $3 billion was wiped off the index.", "$3 billion", 3e9, qualifier="approx", unit="dollar"),
    # ranges
    Example("Forecasters expect 10 to 20 centimetres of snow.", "10 to 20", 15, 10, 20, "range", "centimetre"),
    Example("Tickets cost between $40 and $65.", "$40", 52.5, 40, 65, "range", "dollar"),
    Example("The repair will take 3-5 days.", "3-5", 4, 3, 5, "range", "day"),
    # a movement "from X to Y" is two levels, where it started (no change of its own) and where it ended
    Example("Output grew from 1.2 million to 1.5 million barrels.", "1.2 million", 1.2e6, 1.2e6, 1.2e6, "exact",
            change=None),
    Example("Output grew from 1.2 million to 1.5 million barrels.", "1.5 million", 1.5e6, 1.5e6, 1.5e6, "exact",
            change="increase"),
    Example("Fares will rise 2 to 3 percent next year.", "2 to 3", 2.5, 2, 3, "range", "percentage", change="increase"),
    # vague plurals: an approximate lower bound
    Example("Dozens of shops closed early.", "Dozens", 12, 12, None, "lower_bound", entity="shop"),
    Example("Tens of thousands of fans packed the square.", "Tens of thousands", 10000, 10000, None, "lower_bound",
            entity="fan"),
    Example("Hundreds of flights were cancelled.", "Hundreds", 100, qualifier="lower_bound", entity="flight"),
    # money, percent, units
    Example("The deal is worth $2bn.", "$2bn", 2e9, unit="dollar"),
    Example("The club paid \u00a345m for the striker.", "\u00a345m", 45e6, unit="pound sterling"),
    Example("Sales reached \u20ac1.2 billion in the quarter.", "1.2 billion", 1.2e9, unit="euro"),
    Example("The bank lent 80 billion yen to the carmaker.", "80 billion yen", 8e10, unit="japanese yen"),
    Example("The levy is 1.5 percentage points higher.", "1.5", 1.5, unit="percentage point", change="increase"),
    Example("The wall is 4.5m high.", "4.5m", 4.5, unit="metre"),
    Example("The board cut the herring catch limit to 85,000t for next season.", "85,000t", 85000, unit="tonne"),
    Example("The firm is writing to 12m affected users.", "12m", 12e6, unit=None),
    Example("Growers expect to harvest 2.4m tonnes of rice.", "2.4m tonnes", 2.4e6, unit="tonne"),
    Example("Jobless claims climbed by 23,000 to 418,000.", "418,000", 418000, 418000, 418000),
    Example("Police sealed off a one-mile radius around the depot.", "one-mile", 1, unit="mile"),
    Example("The state will inject 3.2 billion crowns into the lender.", "3.2 billion crowns", 3.2e9, unit="crown"),
    Example("Hauliers put losses at 12m crowns per day.", "12m crowns", 12e6, unit="crown per day"),
    Example("Bus fares will rise by an average of 3.8% in June.", "3.8%", 3.8, change="increase"),
    Example("The shortfall came to 52,600 million dinars.", "52,600 million dinars", 52.6e9, unit="dinar"),
    Example("Farmers were paid 4,000 taka a tonne.", "4,000 taka", 4000, unit="taka per tonne"),
    Example("Critics say the 80m-crown fund is too small.", "80m-crown", 80e6, unit="crown"),
    Example("Clinics received a quarter of a million test kits.", "a quarter of a million", 250000),
    Example("Sea levels rose by 2 to 3 centimetres.", "2 to 3", 2.5, 2, 3, "range"),
    Example("Gusts reached 120 km/h on the coast.", "120 km/h", 120, unit="kilometre per hour"),
    Example("The plant burns 300 tonnes of coal a day.", "300 tonnes", 300, unit="tonne"),
    Example("Diesel sold for $4.10 a gallon.", "$4.10", 4.10, unit="dollar per gallon"),
    Example("Growers earn 4 billion pesos ($200 million) a year.", "4 billion", 4e9, unit="mexican peso per year"),
    Example("Growers earn 4 billion pesos ($200 million) a year.", "$200", 2e8, unit="dollar per year"),
    Example("Half a million households lost power.", "Half a million", 500_000, entity="household"),
    Example("Temperatures fell to -12 degrees Celsius overnight.", "-12", -12, unit="degree Celsius",
            change="decrease"),
    Example("The talks lasted about three hours.", "three hours", 3, qualifier="approx", unit="hour"),
    Example("Two-thirds of the members voted yes.", "Two-thirds", 2 / 3, qualifier="exact"),
    # movements
    Example("Shares rose 4% on Monday.", "4%", 4, unit="percentage", change="increase"),
    Example("Exports fell by more than 1,200 units.", "1,200", 1200, qualifier="lower_bound", change="decrease"),
    Example("The index climbed to 9,310 points.", "9,310", 9310, unit="point", change="increase"),
    Example("The airline will cut 1,200 jobs.", "1,200", 1200, entity="job", change=None),
    Example("Profit dropped 8% to $310 million.", "$310 million", 3.1e8, unit="dollar", change="decrease"),
    Example("Unemployment recorded a 2% drop.", "2%", 2, unit="percentage", change="decrease"),
    Example("The lender raised its forecast to 3.1%.", "3.1%", 3.1, change="increase"),
    Example("Some 3.4m people live on the island.", "3.4m", 3.4e6, qualifier="lower_bound", entity="person"),
    Example("Almost one in four adults smokes.", "one in four", 0.25, qualifier="upper_bound", entity="adult"),
    Example("Analysts say 2 in 5 firms will hire.", "2 in 5", 0.4, entity="firm"),
    Example("The state will spend Rs 450 crore on roads.", "450 crore", 4.5e9, unit="indian rupee"),
    Example("A magnitude 5.8 quake hit the coast.", "5.8", 5.8, unit="magnitude"),
    Example("The mass is 6.2\u00d710-5 kilograms.", "6.2", 6.2e-5, unit="kilogram"),
    Example("The index lost 120 points, or 1.1%, to 10,480.", "1.1%", 1.1, change="decrease"),
    Example("The index lost 120 points, or 1.1%, to 10,480.", "10,480", 10480, change="decrease"),
    Example("The chip uses a sub-5 nanometre process.", "5", 5, None, 5, "upper_bound", "nanometre"),
    # an adjective standing for people after a figure is what it counts, even after another count
    Example("Blasts killed 14 people and 30 injured.", "30", 30, entity="injured"),
    Example("Police held nine men; three of them were released.", "three", 3, entity="man"),
    Example("The council approved a $2.5-million budget.", "$2.5-million", 2.5e6, unit="dollar"),
    Example("Some 40 to 60 boats joined the flotilla.", "40 to 60", 50, 40, 60, "range", entity="boat"),
    Example("About 700 of the 900 delegates voted yes.", "700", 700, qualifier="approx", entity="delegate"),
    Example("The poll has a margin of plus or minus 2 points.", "2 points", 2, unit="point"),
    Example("Support among 25- to 34-year-olds fell.", "25-", 29.5, 25, 34, "range", "year of age"),
    Example("Germany's DAX rose 1.2% while Spain's IBEX 35 slipped 0.3%.", "0.3%", 0.3, change="decrease"),
    Example("Imports fell by more than 800 last year.", "800", 800, qualifier="lower_bound", entity=None,
            change="decrease"),
    Example("The show ran for 12 straight years.", "12", 12, unit="year"),
    Example("Winds of 60 mph knocked down power lines.", "60 mph", 60, unit="mile per hour", change=None),
    Example("New doors will cost 1,900 pounds per carriage.", "1,900 pounds", 1900, unit="pound sterling"),
    Example("The sack of grain weighed 90 pounds.", "90 pounds", 90, unit="pound-mass"),
    Example("The general sent 1500 soldiers east.", "1500", 1500, entity="soldier"),
    Example("A teaspoon is 1/3 of a tablespoon.", "1/3", 1 / 3, unit="tablespoon"),
    Example("Hundreds of miles of track were lost.", "Hundreds", 100, unit="mile"),
    Example("Ratings ranged between 3 and 4 on the Richter scale.", "3 and 4", 3.5, 3, 4, "range"),
    # the counted thing named before the figure, and elliptic counts
    Example("Police said the number of protesters near the palace rose to 8,000.", "8,000", 8000,
            entity="protester", change="increase"),
    Example("Officials expect refugee numbers in the region to climb to 25,000.", "25,000", 25000,
            entity="refugee"),
    Example("The army moved 3,000 tanks north and 500 more to the coast.", "500 more", 500, entity="tank"),
    Example("Spain sent 40 ambulances and Italy 25 more.", "25 more", 25, entity="ambulance"),
    # "a unit and a half" is one and a half units (not "a half-marathon"); hyphenated area units
    Example("The boulder weighed about a tonne and a half.", "about a tonne and a half", 1.5, unit="tonne"),
    Example("The camp lies a kilometre and a half from the road.", "a kilometre and a half", 1.5, unit="kilometre"),
    Example("She ran 10 km and a half-marathon.", "10 km", 10, unit="kilometre"),
    Example("The 2,500-square-metre depot burned.", "2,500-square-metre", 2500, unit="square metre"),
    # a cut named after a sum is a change, like a reduction
    Example("The board agreed a £4.5 million cut to the museum's grant.", "£4.5 million", 4500000, unit="pound sterling",
            change="decrease"),
    # "N-strong" sizes the group named next; "pieces of", "head of" count what they are of
    Example("The town's 250-strong volunteer fire brigade was called out.", "250-strong volunteer fire brigade", 250,
            entity="brigade"),
    Example("Thieves took 2,300 pieces of jewellery from the vault.", "2,300 pieces of jewellery", 2300,
            entity="jewellery"),
    Example("The farm sold 85 head of sheep.", "85 head of sheep", 85, entity="sheep"),
    # "more", "extra", "additional" before a plural noun describe it: the noun is counted
    Example("The depot ordered 15 more snowploughs for the winter.", "15 more snowploughs", 15, entity="snowplough"),
    Example("The clinic will take on 8 extra paramedics.", "8 extra paramedics", 8, entity="paramedic"),
    Example("Doctors treated 90 patients and 7 remain in hospital.", "7", 7, entity="patient"),
    Example("He raised his estimate of damaged schools to nearly 400.", "400", 400, qualifier="upper_bound",
            entity="school", change="increase"),
    Example("Officials said 9,000 U.S. sailors were at sea.", "9,000", 9000, entity="sailor"),
    Example("The number of stranded passengers has reached 3 million.", "3 million", 3e6, entity="passenger"),
    Example("The navy ordered 12 F35 jets and 900 Javelin missiles.", "900", 900, entity="javelin missile"),
    Example("Another 200 were evacuated after 900 residents left the valley.", "900", 900, entity="resident"),
    # the span reaches the head noun: a plural-form modifier, or nouns coordinated before the head
    Example("Clinics logged 31 rabies cases this spring.", "31 rabies cases", 31, entity="rabies case"),
    Example("The team signed 4 sports doctors.", "4 sports doctors", 4, entity="sports doctor"),
    Example("The mill will shed 350 welder and forklift driver posts.", "350 welder and forklift driver posts",
            350, entity="post"),
    # "from A <date> to B": a short date phrase between the ends of a movement; the row records where its
    # first number lies, so a date inside the row does not hide it
    Example("Yields went from 3.1 tonnes in 2015 to 4.4 tonnes in 2022.", "3.1 tonnes", 3.75, 3.1, 4.4, "range"),
    Example("Turnout fell from 71% last year to 64% this year.", "71%", 71, 71, 71, "exact"),
    Example("Turnout fell from 71% last year to 64% this year.", "64%", 64, 64, 64, "exact"),
    Example("Growers planted 800 plum and cherry trees.", "800 plum and cherry trees", 800, entity="tree"),
    Example("Only 3 referees watches the replay.", "3", 3, entity="referee"),
    # adjectives used as nouns are the counted thing; a measure in another sentence is never inherited
    Example("A 5.9-magnitude tremor shook the valley. Wards now hold 120 injured.", "120 injured", 120,
            entity="injured"),
    Example("A 5.9-magnitude tremor shook the valley. Crews found 3 more.", "3 more", 3, entity=None),
    Example("A 5.9-magnitude tremor shook the valley.", "5.9-magnitude", 5.9, unit="magnitude", entity=None),
    Example("Crews cleared a 25-storey block. Another 60 were moved out.", "60", 60, entity=None),
    Example("The navy sent 12 frigates. Another 4 were held back.", "4", 4, entity="frigate"),
    Example("After the storm, 14 dead and 6 missing were listed.", "14 dead", 14, entity="dead"),
    Example("After the storm, 14 dead and 6 missing were listed.", "6 missing", 6, entity="missing"),
    Example("Aid reached 2,000 homeless by Friday.", "2,000 homeless", 2000, entity="homeless"),
    Example("Medics listed 11 gravely injured after the crash.", "11 gravely injured", 11, entity="injured"),
    # an adverb before the modifiers does not end the phrase; one after the figure does
    Example("Rescuers carried out 6 badly burned hikers.", "6 badly burned hikers", 6, entity="hiker"),
    Example("The town added 70 newly built flats.", "70 newly built flats", 70, entity="flat"),
    Example("The stall sold 200 quickly.", "200", 200, entity=None),
    Example("The board held 7 costly hearings.", "7 costly hearings", 7, entity="hearing"),
    # a unit heading the counted phrase, model names made plural, elliptic "a week or two"
    Example("The receiver gained 143 receiving yards on Friday.", "143", 143, unit="yard", entity=None),
    Example("The team conceded 33 first-half points.", "33", 33, unit="point"),
    Example("She earned two associate degrees.", "two", 2, unit=None, entity="associate degree"),
    Example("The painting fetched 9,000 French francs.", "9,000", 9000, unit="french franc"),
    Example("A ticket costs 250 Indian rupees.", "250", 250, unit="indian rupee"),
    Example("Shares closed up 12.5 Canadian cents.", "12.5", 12.5, unit="cent", change="increase"),
    Example("The kit ships with a 20 W GaN charger.", "20 W", 20, unit="watt"),
    Example("The label sold 2.1 million digital and physical albums.", "2.1 million", 2.1e6, entity="album"),
    Example("Dozens of private and public golf courses shut.", "Dozens", 12, entity="golf course"),
    Example("The garage fixed 40 Ford and Toyota pickups.", "40", 40, entity="pickup"),
    Example("Cruz took a quarter of the electorate and GOP Sen. Jones lost.", "a quarter", 0.25,
            entity="electorate"),
    Example("It was one of the most daring escapes ever.", "one", 1, entity="escape"),
    Example("A third of the population lives on the coast.", "A third", 1 / 3, entity="population"),
    Example("A quarter of the public supports the plan.", "A quarter", 0.25, entity="public"),
    Example("A fifth of the wells ran dry.", "A fifth", 0.2, entity="well"),
    Example("The board cut the herring quota by a fifth.", "a fifth", 0.2, change="decrease"),
    Example("Ticket sales rose by a quarter from last year.", "a quarter", 0.25, change="increase"),
    Example("Half of the city residents left.", "Half", 0.5, entity="city resident"),
    Example("The 3 regular players left.", "3", 3, entity="player"),
    Example("She is one of the paper's two authors.", "two", 2, entity="author"),
    Example("The library bought 30 children's books.", "30", 30, entity="book"),
    Example("The shop sold 200 Galaxy S9s and 40 Pixel 4s.", "40", 40, entity="pixel 4"),
    Example("The plant built 9,000 Ranger 250s in the spring.", "9,000", 9000, entity="ranger 250"),
    Example("The club hopes to add another striker or two.", "two", 2, entity="striker"),
    Example("The vote may slip a week or two.", "two", 2, unit="week"),
    # the bare end of a movement takes the unit of its start or of a parallel movement
    Example("Fuel economy climbed from 31 mpg in town to 36 on the highway.", "36", 36, unit="mile per gallon"),
    Example("They went from 3 seats to 5 in the vote.", "5 in", 5, entity="seat"),
    Example("The FTSE slid 0.4% to 7,210.5 points, while the DAX shed 0.9% to end at 15,102.3.", "15,102.3",
            15102.3, unit="point", change="decrease"),
    Example("The plant made 5 million units in 2019 and 4.2 million in 2020.", "4.2 million", 4.2e6, entity="unit"),
    Example("He averaged a 14.5 degree launch angle in 2020 and 12.1 last year.", "12.1", 12.1, unit="degree"),
    Example("They sold 40 cars and 30 last year.", "30", 30, entity=None),
    Example("Texas logged 2,100 while Ohio had 1,900 storms.", "2,100", 2100, entity="storm"),
    Example("Firms bought thousands of COVID -19 tests.", "thousands", 1000, entity="test"),
    Example("The clinic ran 300 Covid-19 tests.", "300", 300, entity="test"),
    # ages
    Example("She will be 40 by the spring.", "40", 40, unit="year of age"),
    Example("He's 71 and still coaching.", "71", 71, unit="year of age"),
    Example('"The hull just split," said deckhand Jory Penn, 36.', "36", 36, unit="year of age"),
    # a length "short of" or "from" a place is how far, not a fall ("went down"), unless "from" opens a year
    Example("The glider came down about four miles short of the airstrip.", "four miles", 4, unit="mile", change=None),
    Example("Sea levels rose 3 centimetres from 2000 to 2020.", "3 centimetres", 3, change="increase"),
    Example("Turnout in Oslo was 54. In Bergen, 61.", "61", 61),
    Example("Life expectancy for women there is about 84.", "84", 84, qualifier="approx", unit="year of age"),
    Example("Only voters over the age of 65 were polled.", "65", 65, unit="year of age"),
    Example("He was 5 under par after nine holes.", "5", 5, unit=None),
    Example("He was 3 for 4 at the plate.", "3", 3, unit=None),
    # rates with a unit after the slash
    Example("The cell reached 1.8 A/cm2 in the lab.", "1.8", 1.8, unit="ampere per square centimetre"),
    Example("Shares in the miner closed down 4 p at 310.5 p.", "310.5", 310.5, unit="penny"),
]


KNOWN_FAILURES = [
    # a currency named only earlier in the sentence
    Example("The yen weakened to 151.2 per dollar.", "151.2", 151.2, unit="japanese yen per dollar"),
    # a bare model number inside the noun phrase hides the head noun
    Example("The carrier ordered three new 345 Falcon jets.", "three", 3, entity="jet"),
]
EXAMPLES += [pytest.param(e, marks=pytest.mark.xfail(strict=True)) for e in KNOWN_FAILURES]


@pytest.mark.parametrize("ex", EXAMPLES, ids=[(e.values[0] if hasattr(e, "values") else e).text[:40]
                                              for e in EXAMPLES])
def test_quantity(ex: Example):
    found = [q for q in at(ex.text, ex.anchor) if abs(q.value - ex.value) < 1e-6 * max(1, abs(ex.value))]
    assert found, f"{ex.anchor!r} = {ex.value} not in {at(ex.text, ex.anchor)}"
    q = found[0]
    for name in ("low", "high", "qualifier", "unit", "entity", "change"):
        want = getattr(ex, name)
        if want is ANY:
            continue
        got = getattr(q, name)
        if isinstance(want, float) and got is not None:
            assert abs(got - want) < 1e-6 * max(1, abs(want)), (name, got, want)
        else:
            assert got == want, (name, got, want)
    assert q.end - q.start <= len(ex.anchor) + 40, "span too wide"


NOT_QUANTITIES = [
    ("She is seeking a fifth term.", "a fifth"),
    ("It was a quarter century ago.", "a quarter"),
    ("The firm made a one-off payment to staff.", "one-off"),
    ("Dockers rolled a barrel onto the quay.", "a barrel"),
    ("He made a point of it.", "a point"),
    ("To a degree, the plan worked.", "a degree"),
    # years and dates
    ("The treaty was signed in 1997 and revised since 2009.", "1997"),
    ("The treaty was signed in 1997 and revised since 2009.", "2009"),
    ("The 2011 floods ruined the harvest.", "2011"),
    ("Emissions must fall below 1990 levels.", "1990"),
    ("Pfizer's 2021 sales beat forecasts.", "2021"),
    ("Between 1700 and 1850 winters grew colder.", "1850"),
    ("Seas could rise by 2150 under the worst case.", "2150"),
    ("Voting ends on March 14 at noon.", "March 14"),
    ("The hearing moved to Oct. 3 after a delay.", "Oct. 3"),
    ("The visa expired on 12/04/2019.", "12/04/2019"),
    ("The report is dated 2021-06-30.", "2021-06-30"),
    ("Lessons resume on 5 September.", "5 September"),
    # model and product names, ordinals used as names
    ("The navy bought MQ9 drones and F-35 jets.", "MQ9"),
    ("The navy bought MQ9 drones and F-35 jets.", "F-35"),
    ("Ankara received the S-500 launchers.", "S-500"),
    ("She upgraded to an iPhone 15 last week.", "15"),
    ("Infections of Covid-19 rose in the north.", "19"),
    ("Leaders of the G20 met in Rome.", "G20"),
    ("The company sells the A320neo and the 5G modem.", "5G"),
    ("He won the 100th edition of the race.", "100th"),
    ("They finished 3rd in the league.", "3rd"),
    ("It was the thirty-second attempt.", "thirty-second"),
    ("Fans watched Game 7 in the rain.", "7"),
    ("The navy grounded the 412 Osprey after the crash.", "412"),
    ("The Raptors beat the Knicks 108-99 at home.", "108-99"),
    ("Spain's IBEX 35 slipped.", "35"),
    ("We tested the iPhone 14 Pro and 14 Pro Max for a week.", "14 Pro Max"),
    ("It ordered 345 Falcon jets.", "345"),
    ("The FTSE 100 was flat at the open.", "100"),
    ("in lower case, the sp 500 slipped.", "500"),
    # times of day, phone numbers, ids, page and section numbers
    ("The vote closes at 10:30 tomorrow.", "10:30"),
    ("The train left at 6 p.m. sharp.", "6 p.m."),
    ("The shop opens at 9am daily.", "9am"),
    ("Call the hotline on 555-0142 for details.", "555-0142"),
    ("Call +1 202 555 0199 for details.", "202 555 0199"),
    ("See page 14 of the report.", "14"),
    ("The rule is in Section 8 of the act.", "8"),
    ("Under Article 5, allies must respond.", "5"),
    ("Order #4471 was shipped.", "4471"),
    ("She lives at 22 Baker Street.", "22"),
    ("The office is at 9 W Main Street.", "9"),
    # articles and pronouns are not numbers
    ("He handed over a key and a letter.", "a key"),
    ("She is the one who called.", "one"),
    ("In the second half they scored.", "half"),
]


@pytest.mark.parametrize("text,anchor", NOT_QUANTITIES, ids=[a for _, a in NOT_QUANTITIES])
def test_not_a_quantity(text: str, anchor: str):
    assert at(text, anchor) == []


def test_a_number_inside_a_units_name_is_no_figure():
    text = "The terminal moved 2.4 million twenty-foot equivalent units."
    assert [(q.value, q.unit) for q in read(text)] == [(2400000.0, "twenty-foot equivalent unit")]


def test_names_are_not_units():
    text = "The army has dozens of Vektor KX9s."
    assert [(q.value, q.unit) for q in read(text)] == [(12.0, None)]


def test_no_absurd_units():
    text = "Washington will send 2,000 U.S.-based troops and a key adviser."
    rows = read(text)
    assert [(q.value, q.unit, q.entity) for q in rows] == [(2000.0, None, "troop")]


def test_span_includes_qualifier_and_noun():
    text = "The kingdom has massed more than 40,000 troops near the border."
    (q,) = read(text)
    assert text[q.start:q.end] == "more than 40,000 troops"
    assert q.qualifier_text == "more than"
    assert q.concept == "troops near the border"


@pytest.mark.parametrize("word,want", [("troops", "troop"), ("countries", "country"), ("women", "woman"),
                                       ("boxes", "box"), ("series", "series"), ("analyses", "analysis"),
                                       ("tornadoes", "tornado"), ("volcanoes", "volcano")])
def test_singular(word, want):
    assert singular(word) == want


@pytest.mark.parametrize("text,value", [("eight", 8), ("ninety-nine", 99), ("a dozen", 12),
                                        ("two hundred and six", 206), ("three million", 3e6),
                                        ("hundreds of thousands", 1e5), ("two and a half", 2.5),
                                        ("one and a half million", 1.5e6), ("a half-dozen", 6),
                                        ("half a dozen", 6), ("a quarter of a billion", 2.5e8),
                                        ("three quarters of a million", 7.5e5)])
def test_number_words(text, value):
    assert read_words(tokenize(text), 0).value == value


def test_scaled_values_are_the_numbers_written():
    # a user filtering ``value == 4_100_000`` must find "4.1 million", not 4099999.9999999995
    rows = read("The line carried 4.1 million riders and 8.2m tonnes; it owes $1.3bn.")
    assert [q.value for q in rows] == [4_100_000, 8_200_000, 1_300_000_000]


# ------------------------------------------------------------------ hostile input: finishes, and sanely

def test_ten_thousand_digits():
    text = "The code was " + "7" * 10_000 + " long."
    assert read(text) == []


def test_repeated_separators():
    for unit in ("1,", "1.", "1-", "1/"):
        rows = read(unit * 20_000)
        assert all(q.start < q.end for q in rows)


def test_five_megabytes():
    # one 5 MB line: no sentence ends, so the splitter's length cap is all that bounds each piece
    line = "exports rose 4% in 2014 while the board met again and x9 said that the plan would wait "
    text = (line * (5_000_000 // len(line) + 1))[:5_000_000]
    rows = read(text)
    assert 0 < len(rows) <= text.count("4%") + 10
    assert all(0 <= q.start < q.end <= len(text) for q in rows)
    assert not any(q.value in (2014, 9) for q in rows)


# ------------------------------------------------------------------ any input: rows are well formed

_SOUP = ["one", "two", "a", "half", "dozen", "dozens", "of", "the", "more", "than", "about", "up", "to", "between", "and", "to", "from", "million", "bn", "m", "k", "%", "per", "cent", "rose", "fell", "by", "at", "least", "US", "$", "HK", "Y=", "PS", "minus", "plus", "or", "Feb.", "May", "in", "2014", "p.m.", "year-old", "troops", "people", "1,200", "3.5", "-4", "10-20", "1/3", "555-0142", "TB2", "F-16", "(", ")", ",", "."]


@given(st.lists(st.sampled_from(_SOUP) | st.integers(0, 10**7).map(str), max_size=30))
@settings(max_examples=300, deadline=None)
def test_rows_are_well_formed(parts):
    text = " ".join(parts)
    for q in read(text):
        assert 0 <= q.start < q.end <= len(text)
        assert q.low is None or q.low <= q.value <= (q.high if q.high is not None else q.value)
        assert q.high is None or q.value <= q.high
        assert q.qualifier in ("exact", "approx", "lower_bound", "upper_bound", "range")


NUMBER_SPANS = [
    # text, the row's text, the text of its (first) number
    ("Yields went from 3.1 tonnes in 2015 to 4.4 tonnes.", "from 3.1 tonnes in 2015 to 4.4 tonnes", "3.1"),
    ("About 40 boats sailed.", "About 40 boats", "40"),
    ("Costs reached $2.5 million.", "$2.5 million", "2.5 million"),
]


@pytest.mark.parametrize("text, row_text, number_text", NUMBER_SPANS)
def test_number_span(text: str, row_text: str, number_text: str):
    rows = [q for q in read(text) if text[q.start:q.end] == row_text]
    assert rows, [text[q.start:q.end] for q in read(text)]
    assert text[rows[0].number_start:rows[0].number_end] == number_text


def test_megalitres_are_a_volume():
    (q,) = [q for q in at("Leakage fell to 298 megalitres a day.", "298")]
    assert q.unit == "megalitre per day"


def test_a_rate_per_second_before_after_is_still_a_rate():
    # "a day after" may date a figure; "a second after" is too short to
    (q,) = at("Water poured out at 45 litres a second after the valve burst.", "45")
    assert q.unit == "litre per second"
    (q,) = at("The pumps moved 900 tonnes a day after the repairs.", "900")
    assert q.unit == "tonne"


def test_an_id_word_after_a_modal_is_a_verb():
    assert [q.value for q in at("The new hall can seat 760 people.", "760")] == [760]
    assert at("She was assigned seat 14 on the coach.", "14") == []


def test_a_change_verb_with_its_object_before_from_makes_two_levels_not_a_range():
    text = "The council will expand the car park from 240 to 410 spaces."
    assert sorted(q.value for q in read(text)) == [240, 410]
    # a place inside the object is still the object ("its reserve at Port Ellin")
    text = "The trust will expand its reserve at Port Ellin from 80 hectares to 140 hectares."
    assert sorted(q.value for q in read(text)) == [80, 140]
    # a time phrase between the verb and "from" leaves one span, as NewsQuant reads it
    text = "Wheat has fallen since spring from $62 to $48.10."
    assert [(q.qualifier, q.low, q.high) for q in read(text)] == [("range", 48.10, 62)]


def test_a_move_without_a_direction_or_a_change_noun_before_from_makes_two_levels():
    text = "The deal brings the nightly rate from £9.40 to £10.15 in May."
    assert sorted(q.value for q in read(text)) == [9.40, 10.15]
    text = "The bread price increase, from 1.80 crowns to 2.10 crowns a loaf, starts on Monday."
    assert sorted(q.value for q in read(text)) == [1.80, 2.10]
    # (a spread is still one range)
    assert [q.qualifier for q in read("Bids ranged from £90 to £140.")] == ["range"]


def test_a_lone_one_after_a_list_comma_or_and_with_a_fate_is_a_count():
    assert [q.value for q in read("Six climbers were rescued and one died on the ridge.")] == [6, 1]
    assert [q.value for q in read("Eight pupils went to hospital, one in a serious condition.")] == [8, 1]
    assert [q.value for q in read("Two guards were hurt and one was treated for burns.")] == [2, 1]
    # (not a pronoun: "and one is all we need")
    assert [q.value for q in read("She said two would do, and one is all we need.")] == [2]


def test_an_id_word_after_to_with_words_after_its_number_is_a_verb():
    assert [q.value for q in read("The city voted to issue 350 new parking permits.")] == [350]
    assert read("The crew moved to platform 6 before noon.") == []


def test_three_digits_before_a_name_counted_by_a_verb_are_a_count():
    # "logged 517 Kestrel Air delays" counts delays; "its own 737 Max" stays a model
    assert [q.value for q in read("Inspectors logged 517 Kestrel Air delays in March.")] == [517]
    assert read("The carrier showed off its own 737 Dreamliner.") == []


def test_a_square_unit_after_a_hyphen_range_is_no_street():
    # lower-case "square" is an area; "Almerin Square" after a number is an address
    assert [(q.low, q.high, q.unit) for q in read("Ash covered 15-20 square kilometres of farmland.")] == [
        (15, 20, "square kilometre")]
    assert read("The shop at 14 Almerin Square closed.") == []
