"""The phrases real documents use, in English, French and German, read by the one grammar."""
from datetime import date

import pytest

from planner.domain.period import Period, Precision
from planner.domain.phrase_words import LANGUAGES, Words, merged
from planner.domain.phrases import PhraseError, parse_period, read_phrase
from planner.domain.recurrence import Recurrence

DOC = date(2020, 7, 24)  # COM(2020) 607, adopted 24 July 2020
Q = Period.quarter


@pytest.mark.parametrize("phrase, period, kind", [
    ("in the second quarter of 2021", Q(2021, 2), "deadline"),
    ("by the second quarter of 2021", Q(2021, 2), "deadline"),
    ("(2nd quarter of 2021)", Q(2021, 2), "deadline"),
    ("by mid-2022", Period.part_of_year(2022, "mid"), "deadline"),
    ("before the end of 2023", Period.year_end(2023), "deadline"),
    ("by the spring 2021", Period(date(2021, 3, 1), date(2021, 5, 31), Precision.DAY), "deadline"),
    ("by summer 2022", Period(date(2022, 6, 1), date(2022, 8, 31), Precision.DAY), "deadline"),
    ("from 2026", Period.year(2026), "target"),
    ("in the first half of 2021", Period.half(2021, 1), "deadline"),
    ("between 2021 and 2027", Period.years(2021, 2027), "span"),
    ("from 2021 to 2027", Period.years(2021, 2027), "span"),
    ("15 Dec 2020", Period.day(date(2020, 12, 15)), "deadline"),
    ("by the end of the year 2020", Period.year_end(2020), "deadline"),
    ("7-8 October 2019", Period(date(2019, 10, 7), date(2019, 10, 8), Precision.DAY), "span"),
    ("Q2/Q3 2021", Period(date(2021, 4, 1), date(2021, 9, 30), Precision.DAY), "deadline"),
    ("Q1-Q2 2021", Period(date(2021, 1, 1), date(2021, 6, 30), Precision.DAY), "deadline"),
    # relative to the document's date
    ("by the end of the year", Period.year_end(2020), "relative"),
    ("early next year", Period.part_of_year(2021, "early"), "relative"),
    ("later this year", Period(DOC, date(2020, 12, 31), Precision.DAY), "relative"),
    ("in the first half of next year", Period.half(2021, 1), "relative"),
    ("in the coming months", Period(DOC, date(2021, 1, 24), Precision.DAY), "relative"),
    ("within six months", Period(DOC, date(2021, 1, 24), Precision.DAY), "relative"),
    ("over the next 12 months", Period(DOC, date(2021, 7, 24), Precision.DAY), "relative"),
    ("next year", Period.year(2021), "relative"),
    ("(third quarter)", Q(2020, 3), "relative"),
    ("by June", Period.month(2020, 6), "relative"),
    ("immediately", Period.day(DOC), "relative"),
])
def test_english_document_phrases(phrase, period, kind):
    reading = read_phrase(phrase, document_date=DOC)
    assert (reading.period, reading.kind) == (period, kind)
    assert reading.period.shown == phrase


@pytest.mark.parametrize("phrase, period", [
    ("T4 2020", Q(2020, 4)),
    ("au quatrième trimestre 2020", Q(2020, 4)),
    ("d'ici fin 2020", Period.year_end(2020)),
    ("d’ici fin 2020", Period.year_end(2020)),
    ("fin 2020", Period.year_end(2020)),
    ("début 2021", Period.part_of_year(2021, "early")),
    ("mi-2022", Period.part_of_year(2022, "mid")),
    ("d'ici le deuxième trimestre 2021", Q(2021, 2)),
    ("décembre 2020", Period.month(2020, 12)),
    ("22 août 2020", Period.day(date(2020, 8, 22))),
    ("immédiatement", Period.day(DOC)),
    ("d'ici la fin de l'année", Period.year_end(2020)),
    ("Q4 2020", Q(2020, 4)),
    ("im vierten Quartal 2020", Q(2020, 4)),
    ("bis Ende 2020", Period.year_end(2020)),
    ("Ende 2020", Period.year_end(2020)),
    ("Anfang 2021", Period.part_of_year(2021, "early")),
    ("Mitte 2022", Period.part_of_year(2022, "mid")),
    ("Dezember 2020", Period.month(2020, 12)),
    ("22. August 2020", Period.day(date(2020, 8, 22))),
    ("unverzüglich", Period.day(DOC)),
    ("bis Ende des Jahres", Period.year_end(2020)),
    ("dans les six mois", Period(DOC, date(2021, 1, 24), Precision.DAY)),
    ("au cours des prochains mois", Period(DOC, date(2021, 1, 24), Precision.DAY)),
    ("dans les mois à venir", Period(DOC, date(2021, 1, 24), Precision.DAY)),
    ("au premier semestre de l'année prochaine", Period.half(2021, 1)),
    ("au troisième trimestre", Q(2020, 3)),
    ("à partir de 2026", Period.year(2026)),
    ("innerhalb von sechs Monaten", Period(DOC, date(2021, 1, 24), Precision.DAY)),
    ("Anfang nächsten Jahres", Period.part_of_year(2021, "early")),
    ("im ersten Halbjahr des nächsten Jahres", Period.half(2021, 1)),
    ("in der ersten Jahreshälfte 2021", Period.half(2021, 1)),
    ("bis Juni", Period.month(2020, 6)),
    ("ab 2026", Period.year(2026)),
    ("entre 2021 et 2027", Period.years(2021, 2027)),
    ("zwischen 2021 und 2027", Period.years(2021, 2027)),
    ("fin de l'année 2020", Period.year_end(2020)),
    ("Ende des Jahres 2020", Period.year_end(2020)),
    ("7.-8. Oktober 2019", Period(date(2019, 10, 7), date(2019, 10, 8), Precision.DAY)),
])
def test_french_and_german_phrases_keep_their_wording(phrase, period):
    p = parse_period(phrase, document_date=DOC)
    assert p == period
    assert p.shown == phrase


@pytest.mark.parametrize("phrase, months", [
    ("every year", 12), ("annually", 12), ("every six months", 6), ("two-yearly", 24), ("each year", 12),
    ("every 2 years", 24), ("quarterly", 3), ("tous les ans", 12), ("tous les six mois", 6), ("jährlich", 12),
    ("alle zwei Jahre", 24),
])
def test_recurring_phrases_give_their_step(phrase, months):
    reading = read_phrase(phrase)
    assert (reading.kind, reading.period, reading.recurrence) == ("recurring", None, Recurrence(months))


def test_a_recurring_phrase_is_no_single_window():
    with pytest.raises(PhraseError, match="repeats every year"):
        parse_period("annually", document_date=DOC)


@pytest.mark.parametrize("phrase", ["by the end of the year", "within six months", "by June", "(third quarter)",
                                    "early next year", "unverzüglich"])
def test_relative_phrases_need_the_document_date(phrase):
    with pytest.raises(PhraseError, match="needs the adoption date of its document"):
        parse_period(phrase)


def test_the_older_anchor_name_is_the_document_date():
    assert parse_period("by the end of the year", anchor=DOC) == Period.year_end(2020)


def test_no_word_means_two_things_across_languages():
    assert merged(list(LANGUAGES.values())).months["august"] == 8
    clash = Words(**{**LANGUAGES["en"].__dict__, "months": {"Mai": 6}})
    with pytest.raises(ValueError, match="'Mai' means both 5 and 6"):
        merged([LANGUAGES["de"], clash])
