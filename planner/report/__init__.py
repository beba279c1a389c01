"""The meeting report: what happened to the plan over a period and what is due next, as pure
functions of the plan and its kept history (`meeting.py`), written as Markdown or HTML
(`writing.py`). The PDF, with the timeline snapshot of the same rows, is `printing/report_pdf.py`."""
