"""Reading policy documents into proposed commitments (no Qt, no store).

`read_document(path)` reads a PDF, HTML, DOCX or text file into a `ReadDocument`; `propose(doc)`
lists the commitments it states, for the officer to review before anything enters the plan.
"""
from .blocks import Block, BlockKind, ReadDocument
from .formats import DocumentError, read_document
from .proposals import Dating, Proposal, document_period, propose

__all__ = ["Block", "BlockKind", "Dating", "DocumentError", "Proposal", "ReadDocument", "document_period", "propose", "read_document"]
