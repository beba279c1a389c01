"""The planner's domain: plain Python, no Qt, no database.

Everything here can be tested without a window or a database file.
"""
