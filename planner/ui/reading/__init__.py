"""File → Read a document…: a policy document's commitments proposed, reviewed, then accepted
into the plan as one undoable step (see `read_action.py`)."""
from .read_action import ReadDocumentAction, install_document_reading
from .review_dialog import ReviewDialog

__all__ = ["ReadDocumentAction", "ReviewDialog", "install_document_reading"]
