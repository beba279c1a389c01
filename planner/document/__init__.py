"""The open plan: the document, its undo commands and what they do when a step fails or conflicts.

No widgets and no item models here: the window and the models listen to the document's signals.
"""
from .plan_document import PlanDocument

__all__ = ["PlanDocument"]
