"""Qt adapters over the document: item models and undo commands. No drawing, no SQL."""
