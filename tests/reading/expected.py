"""The commitments each seed document states, listed by hand from reading it: the yardstick for
the reader's precision and recall (see the README).

Each entry: the first words of the sentence, the actor (for a sentence with two commitments), and
the due window the officer would give it (None: no date can honestly be read from the text).
"""
from datetime import date

D = date

EXPECTED: dict[str, list[tuple[str, str, date | None, date | None]]] = {
    "000_37d06bd688629e61.txt": [],
    "001_135b0dfd18f4fdb5.txt": [],
    "002_f57e9a991e116fdc.txt": [
        ("The Commission will carry out an impact assessment", "Commission", D(2020, 7, 24), D(2020, 7, 24)),
    ],
    "003_bf824ee69a86a792.txt": [],
    "004_83424f46326c7c9b.txt": [
        ("This strategy is to be implemented over the next five years", "", D(2020, 1, 1), D(2025, 12, 31)),
        ("Member States must finalise the implementation", "Member States", D(2020, 1, 1), D(2025, 12, 31)),
        ("The Commission will continue to make use of its enforcement powers", "Commission", D(2020, 1, 1), D(2025, 12, 31)),
        ("Another workshop on prevention will take place by Q4 2020", "", D(2020, 10, 1), D(2020, 12, 31)),
        ("The Digital Services Act package, to be proposed by end of 2020", "", D(2020, 12, 1), D(2020, 12, 31)),
        ("The European Commission will further assess these issues", "Commission", D(2020, 10, 1), D(2020, 12, 31)),
        ("In a first stage, as a matter of priority", "Commission", D(2020, 12, 1), D(2020, 12, 31)),
        ("In a second stage, by Q2 2021", "Commission", D(2021, 4, 1), D(2021, 6, 30)),
        ("The Commission will launch by the end of 2020 an extensive study", "Commission", D(2020, 12, 1), D(2020, 12, 31)),
        ("A new call for proposals in the area of combatting child sexual abuse", "", D(2020, 12, 1), D(2020, 12, 31)),
        ("See here for an example of call for proposals on research", "", D(2020, 8, 22), D(2020, 8, 22)),
        ("Europol will set up an Innovation Hub and Lab", "Europol", D(2020, 1, 1), D(2025, 12, 31)),
        ("Europol will set up an Innovation Hub and Lab", "Commission", D(2020, 1, 1), D(2025, 12, 31)),
        ("The Commission will start immediately to prepare a prevention network", "Commission", D(2020, 7, 24), D(2020, 7, 24)),
        ("The Commission will carry out an impact assessment", "Commission", D(2020, 7, 24), D(2020, 7, 24)),
        ("The Commission will launch immediately a study", "Commission", D(2020, 7, 24), D(2020, 7, 24)),
        ("Under the EU Internet Forum, the Commission has launched", "Commission", D(2020, 12, 1), D(2020, 12, 31)),
        ("The Commission will continue contributing to increase global standards", "Commission", D(2020, 1, 1), D(2025, 12, 31)),
        ("It will also inform related Commission initiatives", "", D(2021, 1, 1), D(2021, 4, 30)),
        # "during the coming months": read by the grammar as the six months after the document's date
        ("The Commission will work closely with companies", "Commission", D(2020, 7, 24), D(2021, 1, 24)),
    ],
}

# The key actions of COM(2020) 607 (its "⇒" paragraphs), each of which must be proposed.
KEY_ACTIONS_607 = [
    "Member States must finalise", "The Commission will continue to make use", "In a first stage", "In a second stage",
    "The Commission will launch by the end of 2020", "Europol will set up an Innovation Hub and Lab",
    "The Commission will start immediately", "The Commission will launch immediately", "Under the EU Internet Forum",
    "The Commission will continue contributing",
]
