"""Printed timeline snapshots: the plan on paper (a printer, PDF), as a PNG picture or an SVG.

`pagination.py` and `paper.py` are plain arithmetic; `content.py` reads the rows from the same
model the tree shows; `sheet.py` measures where things go on a sheet; `composer.py` draws one
page (the timeline part through `planner.timeline.frame.draw_frame`); `devices.py` sends the
pages to a file or a printer.
"""
