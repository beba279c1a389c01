"""The custom roles: the only contract between the plan model and the views that draw it."""
from PySide6.QtCore import Qt

UR = Qt.ItemDataRole.UserRole


class Roles:
    ROW_KIND = UR + 1  # "strategy", "initiative" or "commitment"
    COMMITMENT = UR + 2  # the domain Commitment (commitment rows only)
    START = UR + 3  # first day the row's bar covers (date)
    END = UR + 4  # last day the row's bar covers (date)
    DUE = UR + 5  # the due Period
    KIND = UR + 6  # Kind value: "deadline" or "span"
    STANDING = UR + 7  # derived Standing as of the document's as_of
    SLIPPAGE = UR + 8  # Slippage or None
    BASELINE = UR + 9  # the announced Period
    ID = UR + 10  # commitment id, or None for group rows
    KEY = UR + 11  # strategy / initiative / commitment key
    SEARCH_TEXT = UR + 12  # text the filter bar searches
    STRATEGY_KEY = UR + 13  # the strategy a row belongs to


ROW_STRATEGY, ROW_INITIATIVE, ROW_COMMITMENT = "strategy", "initiative", "commitment"
