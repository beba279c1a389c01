"""Hypothesis strategies for what an officer (or another program) hands the planner: date
phrases, free text, and CSV, TOML and .ics files, each built from a small grammar of the real
thing and then bent by mutations (a character dropped or doubled, a control character, a year
far out of range, a quote left open, a line end changed)."""
from __future__ import annotations

from hypothesis import strategies as st

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
QUALIFIERS = ["", "by ", "in ", "until ", "planned for adoption in ", "by the end of ", "open until ", "no later than ", "before "]
# Years the planner supports, their edges, and the ones the issue found poisoning plans.
_usual_years = st.integers(2015, 2035)
years = st.one_of(_usual_years, _usual_years, _usual_years, _usual_years, st.sampled_from([1, 202, 1899, 1900, 2199, 2200, 9999, 10000]), st.integers(0, 12000))
months = st.one_of(st.integers(1, 12), st.integers(1, 12), st.integers(0, 13))
days = st.one_of(st.integers(1, 28), st.integers(1, 28), st.integers(0, 32))

# Characters that broke something once: control characters (NUL, ESC, DEL, C1), odd line ends,
# a lone surrogate (an undecodable byte), separators and quotes of the file formats.
NASTY = ["\x00", "\x07", "\x1b", "\x7f", "\x85", "\r", "\n", "\t", "\u2028", "\ufeff", "\udcff", '"', "'", ",", ";", "=", "[", "]", "\\", "..", "-", "/"]


def _mutated(base: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    """`base`, or `base` with one edit: a character inserted, dropped or doubled."""

    @st.composite
    def edit(draw: st.DrawFn) -> str:
        text = draw(base)
        how = draw(st.sampled_from(["keep"] * 6 + ["insert", "drop", "double"]))
        if how == "keep" or not text and how != "insert":
            return text
        at = draw(st.integers(0, max(len(text) - (how != "insert"), 0)))
        if how == "insert":
            return text[:at] + draw(st.one_of(st.sampled_from(NASTY), st.characters())) + text[at:]
        if how == "drop":
            return text[:at] + text[at + 1:]
        return text[:at] + text[at:at + 1] * 2 + text[at + 1:]

    return edit()


@st.composite
def _shape(draw: st.DrawFn, years: st.SearchStrategy[int] = years) -> str:
    y, y2, m, d = draw(years), draw(years), draw(months), draw(days)
    month = MONTHS[(m - 1) % 12]
    return draw(st.sampled_from([
        f"Q{draw(st.integers(0, 5))} {y}", f"H{draw(st.integers(0, 3))} {y}", f"{y}", f"{y}-{y2}",
        f"{y:04d}-{m:02d}-{d:02d}", f"{y}-{m:02d}", f"{d} {month} {y}", f"{month} {y}", f"early {y}", f"end of {y}",
        f"{y:04d}-{m:02d}-{d:02d}..{y2:04d}-{m:02d}-{d:02d}", f"{y}/{m:02d}/{d:02d}", f"{y}{m:02d}{d:02d}",
        f"{d} {m} {y}", "immediately", f"T{draw(st.integers(1, 4))} {y}", f"..{y}-01-01",
    ]))


@st.composite
def _clean_shape(draw: st.DrawFn) -> str:
    y, m, d = draw(_usual_years), draw(st.integers(1, 12)), draw(st.integers(1, 28))
    return draw(st.sampled_from([
        f"Q{draw(st.integers(1, 4))} {y}", f"H{draw(st.integers(1, 2))} {y}", f"{y}", f"{y}-{y + draw(st.integers(0, 5))}",
        f"{y:04d}-{m:02d}-{d:02d}", f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", f"early {y}", f"end of {y}",
        f"{y:04d}-{m:02d}-{d:02d}..{y + 1:04d}-{m:02d}-{d:02d}",
    ]))


# A date phrase as the documents write them; or bent: out of range, misspelt, a character off.
clean_phrases = st.builds(lambda q, s: q + s, st.sampled_from(QUALIFIERS), _clean_shape())
nasty_phrases = _mutated(st.builds(lambda q, s: q + s, st.sampled_from(QUALIFIERS), _shape()))
phrases = st.one_of(clean_phrases, clean_phrases, nasty_phrases)

# ISO days for --as-of, --delivered and friends, most of them real.
clean_days = st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", _usual_years, st.integers(1, 12), st.integers(1, 28))
nasty_days = _mutated(st.builds(lambda y, m, d: f"{y:04d}-{m:02d}-{d:02d}", years, st.integers(1, 12), st.integers(1, 28)))
iso_days = st.one_of(clean_days, clean_days, nasty_days)

# Free text: mostly words; sometimes empty, long, or with a character nobody should store.
clean_texts = st.sampled_from(["Commission", "Member States", "COM(2020) 607", "Adopt the strategy", "Café in Zürich", "Review, then report"])
nasty_texts = st.one_of(
    st.sampled_from(["", " "]),
    _mutated(st.text(st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=40)),
    st.builds(lambda c, n: c * n, st.sampled_from(["x", "é", "字"]), st.integers(190, 260)),
)
texts = st.one_of(clean_texts, clean_texts, nasty_texts)


class _Faults:
    """Hands out the values of one file: all clean but (sometimes) one, so most files are whole
    and a bent one has one fault to name."""

    def __init__(self, draw: st.DrawFn, size: int = 12) -> None:
        self.draw = draw
        self.bent = draw(st.integers(0, size - 1)) if draw(st.booleans()) else -1
        self.count = -1

    def __call__(self, clean: st.SearchStrategy, nasty: st.SearchStrategy):  # type: ignore[type-arg,no-untyped-def]
        self.count += 1
        return self.draw(nasty if self.count == self.bent else clean)


# CSV ------------------------------------------------------------------------------------------

CSV_COLUMNS = ["title", "due", "start", "kind", "status", "actor", "description", "forecast", "baseline",
               "delivered_on", "strategy", "initiative", "key", "source", "due_start", "due_end", "precision"]
_WORDS = {"kind": (["deadline", "span"], ["", "bogus", "Span"]), "status": (["planned", "delivered", "in progress"], ["", "x"]),
          "precision": (["quarter", "day", "year"], ["bogus", ""])}


@st.composite
def csv_files(draw: st.DrawFn) -> bytes:
    columns = draw(st.lists(st.sampled_from(CSV_COLUMNS[2:]), max_size=6, unique=True))
    if draw(st.integers(0, 9)) < 9:  # most files have the two columns import needs
        columns = ["title", "due"] + columns
    if draw(st.integers(0, 9)) == 9:
        columns.append(draw(st.sampled_from(columns or ["title"])))  # a column named twice
    value = _Faults(draw, 3 * max(len(columns), 1))

    def cell(column: str) -> str:
        if column in ("due", "start", "forecast", "baseline"):
            text = value(clean_phrases, nasty_phrases)
        elif column in ("delivered_on", "due_start", "due_end"):
            text = value(clean_days, nasty_days)
        elif column in _WORDS:
            good, bad = _WORDS[column]
            text = value(st.sampled_from(good), st.sampled_from(bad))
        else:
            text = value(clean_texts, nasty_texts)
        return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in ',"\r\n') else text

    rows = [",".join(columns)]
    for _ in range(draw(st.integers(1, 3))):
        rows.append(",".join(cell(c) for c in columns))
    text = draw(st.sampled_from(["\n", "\r\n", "\r"])).join(rows) + "\n"
    return _bent_file(draw, text)


def _bent_file(draw: st.DrawFn, text: str) -> bytes:
    """A whole file, or (one time in five) with a BOM, a byte that is not UTF-8, cut short, or
    with a quote left open."""
    how = draw(st.sampled_from(["keep"] * 16 + ["bom", "latin1", "cut", "quote"]))
    if how == "bom":
        return b"\xef\xbb\xbf" + text.encode("utf-8", "surrogatepass")
    if how == "latin1":
        return text.encode("utf-8", "surrogatepass") + b"\xff\xfe caf\xe9\n"
    if how == "cut":
        data = text.encode("utf-8", "surrogatepass")
        return data[: draw(st.integers(0, len(data)))]
    if how == "quote":
        at = draw(st.integers(0, len(text)))
        text = text[:at] + '"' + text[at:]
    return text.encode("utf-8", "surrogatepass")


# TOML (the seed format) ---------------------------------------------------------------------------

def _toml_value(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k} = {_toml_value(v)}" for k, v in value.items()) + "}"
    text = str(value)
    return '"' + "".join(ch if ch >= " " and ch not in '"\\\x7f' else f"\\u{ord(ch):04x}" for ch in text) + '"'


@st.composite
def toml_files(draw: st.DrawFn) -> bytes:
    lines: list[str] = []
    value = _Faults(draw, 30)

    def field(name: str, clean: st.SearchStrategy, nasty: st.SearchStrategy) -> None:  # type: ignore[type-arg]
        lines.append(f"{name} = {_toml_value(value(clean, nasty))}")

    for n in range(draw(st.integers(0, 1))):
        lines.append("[[source]]")
        field("ref", st.just(f"REF {n}"), nasty_texts)
        if draw(st.booleans()):
            field("published", clean_days, nasty_days)
    for s in range(draw(st.integers(1, 2))):
        lines.append("[[strategy]]")
        field("key", st.just(f"s{s}"), nasty_texts)
        field("title", clean_texts, nasty_texts)
        if draw(st.booleans()):
            field("adopted", clean_days, nasty_days)
        for i in range(draw(st.integers(1, 2))):
            lines.append("[[strategy.initiative]]")
            field("key", st.just(f"s{s}-i{i}"), nasty_texts)
            field("title", clean_texts, nasty_texts)
            field("number", st.integers(0, 30), nasty_texts)
            for c in range(draw(st.integers(0, 3))):
                lines.append("[[strategy.initiative.commitment]]")
                field("key", st.just(f"s{s}-i{i}-c{c}"), nasty_texts)
                field("title", clean_texts, nasty_texts)
                field("due", clean_phrases, nasty_phrases)
                for name in draw(st.lists(st.sampled_from(["start", "actor", "description", "kind", "status", "quote", "source", "due_as_written"]), max_size=3, unique=True)):
                    if name == "start":
                        field(name, clean_phrases, nasty_phrases)
                    elif name in _WORDS:
                        field(name, st.sampled_from(_WORDS[name][0]), st.sampled_from(_WORDS[name][1]))
                    else:
                        field(name, clean_texts, nasty_texts)
    for _ in range(draw(st.integers(0, 2))):
        lines.append("[[key_date]]")
        field("date", clean_days, nasty_days)
        field("label", clean_texts, nasty_texts)
    return _bent_file(draw, "\n".join(lines) + "\n")


# iCalendar ------------------------------------------------------------------------------------------

@st.composite
def ics_files(draw: st.DrawFn) -> bytes:
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//fuzz//EN"]
    value = _Faults(draw, 12)
    for n in range(draw(st.integers(1, 3))):
        kind = draw(st.sampled_from(["VEVENT", "VEVENT", "VTODO"]))
        lines.append(f"BEGIN:{kind}")
        lines.append(f"UID:{value(st.just(f'e{n}@fuzz'), st.sampled_from(['same@fuzz', '', 'x' * 300]))}")
        y = value(_usual_years, years)
        m, d = draw(st.integers(1, 12)), draw(st.integers(1, 28))
        start = f"{y:04d}{m:02d}{d:02d}"
        timed = draw(st.booleans())
        at = f"{start}T{draw(st.integers(0, 23)):02d}0000Z" if timed else start
        prop = "DUE" if kind == "VTODO" and draw(st.booleans()) else "DTSTART"
        lines.append(f"{prop}{'' if timed else ';VALUE=DATE'}:{at}")
        if prop == "DTSTART" and draw(st.booleans()):
            y2 = value(st.integers(y, y + 2), years)
            lines.append(f"DTEND;VALUE=DATE:{y2:04d}{m:02d}{draw(st.integers(1, 28)):02d}")
        summary = value(clean_texts, nasty_texts).replace("\r", " ").replace("\n", " ")
        lines.append(f"SUMMARY:{summary}")
        if draw(st.integers(0, 2)) == 0:
            parts = [f"FREQ={value(st.sampled_from(['DAILY', 'WEEKLY', 'MONTHLY', 'YEARLY']), st.sampled_from(['HOURLY', 'BOGUS']))}"]
            if draw(st.booleans()):
                parts.append(f"INTERVAL={value(st.integers(1, 3), st.integers(-1, 0))}")
            if draw(st.booleans()):
                parts.append(f"COUNT={value(st.integers(1, 20), st.sampled_from([-1, 0, 100000]))}")
            elif draw(st.booleans()):
                parts.append(f"UNTIL={value(st.integers(y, y + 3), years):04d}0101")
            lines.append("RRULE:" + ";".join(parts))
        if value(st.just(False), st.just(True)):
            lines.append(f"DTSTART;VALUE=DATE:{start}")  # said twice
        lines.append(f"END:{kind}")
    lines.append("END:VCALENDAR")
    if value(st.just(False), st.just(True)):
        lines.append("X-AFTER:the end")
    end = draw(st.sampled_from(["\r\n", "\r\n", "\n", "\r"]))
    return _bent_file(draw, end.join(lines) + end)


# TOML of the wrong shape: a table where a list of tables belongs, a list of numbers, nesting.
WRONG_SHAPES = [
    'source = "x"', "strategy = [1, 2]", 'key_date = "2021-01-01"',
    '[[strategy]]\nkey = "s"\ntitle = "S"\ninitiative = "x"',
    '[[strategy]]\nkey = "s"\ntitle = "S"\n[[strategy.initiative]]\nkey = "i"\ntitle = "I"\ncommitment = [1]',
    '[[strategy]]\nkey = ["s"]\ntitle = "S"',
    '[[strategy]]\nkey = "s"\ntitle = "S"\n[[strategy.initiative]]\nkey = "i"\ntitle = "I"\n[[strategy.initiative.commitment]]\nkey = "c"\ntitle = "C"\ndue = "2021"\nactor = ["a"]',
    '[[strategy]]\nkey = "s"\ntitle = "S"\n[[strategy.initiative]]\nkey = "i"\ntitle = "I"\n[[strategy.initiative.commitment]]\nkey = "c"\ntitle = "C"\ndue = 2021',
    '[[strategy]]\nkey = "s"\ntitle = "S"\n[[strategy.initiative]]\nkey = "i"\ntitle = "I"\n[[strategy.initiative.commitment]]\nkey = "c"\ntitle = "C"\ndue = "2021"\ndescription = {a = 1}',
    "x = " + "[" * 400 + "]" * 400,
    '[[strategy]]\nkey = "s"\nkey = "t"\ntitle = "S"',
    'delivery = "x"', "revision = [1]",
]
wrong_shape_toml = st.builds(lambda shape, tail: (shape + "\n").encode() + tail, st.sampled_from(WRONG_SHAPES), st.just(b"") | toml_files())
