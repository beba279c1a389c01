"""The timeline's drawing, shared by the window and by paper: the time scale, the shapes of a row,
the frame (`draw_frame`), overlays, links and the legend. Nothing here imports `planner.ui`; the
widget that shows it on screen lives in `planner.ui.timeline`.
"""
