"""CSV files: what a spreadsheet user can get wrong is named, line by line."""
import pytest

from planner.exchange.batch import ImportFileError
from planner.exchange.csv_format import batch_from_csv, read_csv_file


def test_a_minimal_csv_needs_only_title_and_due():
    batch = batch_from_csv("title,due\nStudy on prevention,by Q3 2021\n", "plan.csv")
    [c] = batch.commitments
    assert (c.title, c.due.shown, c.due.window_text) == ("Study on prevention", "by Q3 2021", "2021-07-01..2021-09-30")
    assert [s.title for s in batch.strategies] == ["Unfiled"]


@pytest.mark.parametrize(
    "text, message",
    [
        ("name,when\nx,2021\n", "no 'title' or 'due' column"),
        ("title,due\nx,Q5 2021\n", "line 2: Cannot read the date 'Q5 2021'"),
        ("title,due\n,Q1 2021\n", "line 2: the title is empty"),
        ("title,due\nx,\n", "line 2: the due date is empty"),
        ("title,due,status\nx,2021,finished\n", "line 2: 'finished' is not a valid Status"),
        ("title,due\nx,2021,extra\n", "line 2 has more fields than the header"),
        ("title,due\n", "has no commitments"),
        ('title,due\nReport,Q1 2021\n"Unterminated,Q2 2021\nOther,Q3 2021\n',
         'In plan.csv, the quote opened in the row on line 3 is never closed; close it, or double it ("") inside a quoted field.'),
        ('title,due\nReport,"Q1 2021\n', "the quote opened in the row on line 2 is never closed"),
        ("title,due,due\nx,Q1 2021,Q2 2021\n", "In plan.csv, the header names the column 'due' twice (columns 2 and 3); name each column once."),
        ("Title,due,title\nx,Q1 2021,y\n", "the header names the column 'title' twice (columns 1 and 3)"),
    ],
)
def test_bad_files_name_the_line_and_the_problem(text, message):
    with pytest.raises(ImportFileError) as err:
        batch_from_csv(text, "plan.csv")
    assert message in str(err.value)
    assert "plan.csv" in str(err.value)


def test_trailing_empty_header_cells_are_not_a_column_named_twice():
    assert len(batch_from_csv("title,due,,\nx,Q1 2021,,\n", "plan.csv").commitments) == 1


def test_a_byte_order_mark_is_not_part_of_the_first_column(tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(b"\xef\xbb\xbftitle,due\r\nStudy,Q1 2021\r\n")
    [c] = read_csv_file(path).commitments
    assert c.title == "Study"
