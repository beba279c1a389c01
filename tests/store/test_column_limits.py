"""The gate's text limits are the columns of the store: PostgreSQL refuses anything longer."""
from sqlalchemy import String

from planner.domain.gate import COLUMN_LIMITS
from planner.store.tables import Base


def test_the_limits_are_the_columns_of_the_store():
    bounded = {
        f"{table.name}.{column.name}": column.type.length
        for table in Base.metadata.sorted_tables
        for column in table.columns
        if isinstance(column.type, String) and column.type.length
    }
    assert COLUMN_LIMITS == bounded
