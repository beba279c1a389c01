"""Qt item models over the document: the plan's tree and its filter. No undo logic, no drawing, no SQL."""
