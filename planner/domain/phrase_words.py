"""The words of the date phrases, one table per language.

The grammar in `phrase_grammar` has one set of shapes ("ORDINAL QUARTER of YEAR", "END YEAR",
...); the words that fill them come from here. To read a new language, add a `Words` table and
list it in `LANGUAGES`: no code changes.

All languages are read at once: a plan holds documents in several languages and the phrase is
kept as written, so nobody has to say which language a phrase is in. That is safe only while no
word means two different things across the tables; `merged` refuses such a clash when the
module loads (a test keeps it so). The price is that an English phrase may use a French word:
"T4 2021" is the fourth quarter of 2021, as a French document writes it.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# Seasons as (first month, last month). Winter is left out: it straddles two years, and which
# one "winter 2021" means is a guess.
SPRING, SUMMER, AUTUMN = (3, 5), (6, 8), (9, 11)


@dataclass(frozen=True)
class Words:
    """The words one language uses in date phrases. Phrases are plain text, matched ignoring case;
    a space stands for any run of spaces and an apostrophe for either ' or ’."""

    lead: tuple[str, ...]  # "by", "in", "planned for adoption in": say how a date is meant
    lead_from: tuple[str, ...]  # "from", "as of": the date something starts to hold (a target)
    articles: tuple[str, ...]
    months: dict[str, int]
    day_suffixes: tuple[str, ...]  # "1st", "1er", "1."
    ordinals: dict[str, int]
    quarter: tuple[str, ...]
    quarter_letter: tuple[str, ...]  # "Q4 2020", "T4 2020"
    half: tuple[str, ...]
    half_letter: tuple[str, ...]
    of: tuple[str, ...]
    early: tuple[str, ...]
    mid: tuple[str, ...]
    late: tuple[str, ...]
    end: tuple[str, ...]
    seasons: dict[str, tuple[int, int]]
    immediately: tuple[str, ...]
    to: tuple[str, ...]  # between the two ends of a span
    between: tuple[str, ...]  # "between 2021 and 2027"
    and_: tuple[str, ...]
    # Relative to the document's date
    this_year: tuple[str, ...]  # "this year": read alone or after "end of"
    the_year: tuple[str, ...]  # "the year": only after "end of", "first half of"
    next_year: tuple[str, ...]
    later: tuple[str, ...]  # "later this year": from the document's date to the year's end
    coming_months: tuple[str, ...]  # "in the coming months": read as the next six months
    within: tuple[str, ...]  # "within six months", "over the next 12 months"
    numbers: dict[str, int]
    units: dict[str, int]  # a unit in months: "month" 1, "quarter" 3, "year" 12
    # Recurring
    every: tuple[str, ...]
    every_adverbs: dict[str, int]  # "annually": every 12 months
    yearly_suffix: tuple[str, ...] = field(default=())  # "two-yearly": every two years


ENGLISH = Words(
    lead=("by", "in", "until", "open until", "no later than", "not later than", "at the latest by", "before",
          "during", "at", "on", "for", "over", "in the course of", "throughout",
          "planned for adoption in", "planned for adoption by", "planned for publication in", "planned for",
          "planned in", "planned by", "scheduled for", "scheduled for adoption in", "scheduled in",
          "expected in", "expected by", "expected for", "due in", "due by", "due for", "due"),
    lead_from=("from", "as of", "as from", "starting in", "starting from", "beginning in", "with effect from"),
    articles=("the",),
    months={"January": 1, "February": 2, "March": 3, "April": 4, "May": 5, "June": 6, "July": 7,
            "August": 8, "September": 9, "October": 10, "November": 11, "December": 12,
            # as officers type them; a document writes the month out
            "Jan": 1, "Feb": 2, "Mar": 3, "Apr": 4, "Jun": 6, "Jul": 7, "Aug": 8, "Sep": 9, "Sept": 9,
            "Oct": 10, "Nov": 11, "Dec": 12},
    day_suffixes=("st", "nd", "rd", "th"),
    ordinals={"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4},
    quarter=("quarter",),
    quarter_letter=("Q",),
    half=("half",),
    half_letter=("H",),
    of=("of",),
    early=("early", "beginning of", "start of", "the beginning of", "the start of"),
    mid=("mid", "middle of", "the middle of"),
    late=("late",),
    end=("end of", "end", "year-end", "year end"),
    seasons={"spring": SPRING, "summer": SUMMER, "autumn": AUTUMN, "fall": AUTUMN},
    immediately=("immediately", "with immediate effect", "without delay", "right away"),
    to=("to", "until"),
    between=("between",),
    and_=("and",),
    this_year=("this year", "the current year"),
    the_year=("the year", "year"),
    next_year=("next year", "the next year", "the following year", "the coming year"),
    later=("later this year", "later in the year"),
    coming_months=("the coming months", "the months ahead", "the months to come"),
    within=("within", "the next", "the coming", "within the next"),
    numbers={"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
             "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "twenty-four": 24},
    units={"month": 1, "months": 1, "quarter": 3, "quarters": 3, "year": 12, "years": 12},
    every=("every", "each", "once every"),
    every_adverbs={"annually": 12, "yearly": 12, "every year": 12, "each year": 12, "once a year": 12,
                   "biennially": 24, "quarterly": 3, "monthly": 1, "half-yearly": 6, "semi-annually": 6,
                   "twice a year": 6},
    yearly_suffix=("-yearly", " yearly"),
)

FRENCH = Words(
    lead=("d'ici", "d'ici à", "d'ici au", "au", "en", "à", "avant", "jusqu'à", "jusqu'en", "jusqu'au", "au plus tard",
          "au plus tard en", "au plus tard au", "pour", "prévu pour", "prévu en", "au cours de", "au cours du",
          "durant", "pendant", "dans le courant de", "dans le courant du", "dans", "au cours des"),
    lead_from=("à partir de", "à partir du", "à compter de", "à compter du", "dès"),
    articles=("le", "la", "l'"),
    months={"janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6,
            "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
            "décembre": 12, "decembre": 12},
    day_suffixes=("er",),
    ordinals={"premier": 1, "première": 1, "1er": 1, "1re": 1, "deuxième": 2, "seconde": 2, "2e": 2, "2ème": 2,
              "troisième": 3, "3e": 3, "3ème": 3, "quatrième": 4, "4e": 4, "4ème": 4},
    quarter=("trimestre",),
    quarter_letter=("T",),
    half=("semestre",),
    half_letter=("S",),
    of=("de",),
    early=("début", "début de", "au début de"),
    mid=("mi", "milieu de", "la mi"),
    late=(),
    end=("fin", "fin de", "la fin de"),
    seasons={"printemps": SPRING, "été": SUMMER, "automne": AUTUMN},
    immediately=("immédiatement", "sans délai", "sans tarder"),
    to=("à", "au"),
    between=("entre",),
    and_=("et",),
    this_year=("cette année", "l'année en cours"),
    the_year=("l'année",),
    next_year=("l'année prochaine", "l'an prochain", "l'année suivante"),
    later=("plus tard cette année", "dans le courant de l'année"),
    coming_months=("les mois à venir", "les prochains mois", "prochains mois", "mois à venir"),
    within=("dans les", "dans un délai de", "d'ici", "dans les prochains"),
    numbers={"un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
             "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "dix-huit": 18},
    units={"mois": 1, "trimestre": 3, "trimestres": 3, "an": 12, "ans": 12, "année": 12, "années": 12},
    every=("tous les", "toutes les", "chaque"),
    every_adverbs={"annuellement": 12, "chaque année": 12, "tous les ans": 12, "une fois par an": 12,
                   "trimestriellement": 3, "mensuellement": 1, "semestriellement": 6, "deux fois par an": 6},
)

GERMAN = Words(
    lead=("bis", "bis zum", "bis zur", "bis spätestens", "spätestens", "spätestens bis", "im", "in", "vor", "zum",
          "am", "während", "für", "geplant für", "bis spätestens zum"),
    lead_from=("ab", "ab dem", "seit", "mit Wirkung vom"),
    articles=("dem", "der", "des", "das"),
    months={"Januar": 1, "Jänner": 1, "Februar": 2, "März": 3, "Maerz": 3, "April": 4, "Mai": 5, "Juni": 6,
            "Juli": 7, "August": 8, "September": 9, "Oktober": 10, "November": 11, "Dezember": 12},
    day_suffixes=(".",),
    ordinals={"erste": 1, "ersten": 1, "erstes": 1, "1.": 1, "zweite": 2, "zweiten": 2, "2.": 2,
              "dritte": 3, "dritten": 3, "3.": 3, "vierte": 4, "vierten": 4, "4.": 4},
    quarter=("Quartal",),
    quarter_letter=("Q",),
    half=("Halbjahr", "Jahreshälfte"),
    half_letter=("H",),
    of=(),
    early=("Anfang",),
    mid=("Mitte",),
    late=(),
    end=("Ende",),
    seasons={"Frühjahr": SPRING, "Frühling": SPRING, "Sommer": SUMMER, "Herbst": AUTUMN},
    immediately=("unverzüglich", "sofort", "umgehend"),
    to=("bis",),
    between=("zwischen",),
    and_=("und",),
    this_year=("dieses Jahr", "dieses Jahres", "diesen Jahres", "des laufenden Jahres"),
    the_year=("des Jahres",),
    next_year=("nächsten Jahres", "des nächsten Jahres", "kommenden Jahres", "des kommenden Jahres"),
    later=("später in diesem Jahr", "im Laufe des Jahres"),
    coming_months=("den kommenden Monaten", "den nächsten Monaten"),
    within=("innerhalb von", "innerhalb", "in den nächsten", "binnen"),
    numbers={"ein": 1, "einem": 1, "einen": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4, "fünf": 5,
             "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12},
    units={"Monat": 1, "Monate": 1, "Monaten": 1, "Monats": 1, "Quartal": 3, "Quartale": 3, "Jahr": 12,
           "Jahre": 12, "Jahren": 12, "Jahres": 12},
    every=("alle", "jedes", "jeden", "jede"),
    every_adverbs={"jährlich": 12, "jedes Jahr": 12, "einmal im Jahr": 12, "zweijährlich": 24,
                   "halbjährlich": 6, "vierteljährlich": 3, "monatlich": 1},
)

LANGUAGES = {"en": ENGLISH, "fr": FRENCH, "de": GERMAN}


def merged(tables: list[Words]) -> Words:
    """One table holding every language's words; a word with two meanings is an error."""
    values: dict[str, object] = {}
    for name in Words.__dataclass_fields__:
        parts = [getattr(t, name) for t in tables]
        if isinstance(parts[0], dict):
            union: dict[str, object] = {}
            for part in parts:
                for word, meaning in part.items():
                    if union.setdefault(word.lower(), meaning) != meaning:
                        raise ValueError(f"the date word {word!r} means both {union[word.lower()]} and {meaning}")
            values[name] = union
        else:
            values[name] = tuple(dict.fromkeys(w for part in parts for w in part))
    return Words(**values)  # type: ignore[arg-type]


ALL = merged(list(LANGUAGES.values()))
