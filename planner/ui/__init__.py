"""Windows, dialogs, the timeline and printing: everything the officer sees."""
