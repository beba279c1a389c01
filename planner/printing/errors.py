"""The one error a snapshot can raise: something the officer asked for cannot be printed."""


class PrintError(Exception):
    """One sentence naming the input and what is wrong with it; nothing was written."""
