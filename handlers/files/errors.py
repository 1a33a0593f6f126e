"""The one error a file reader raises: the file cannot be read as a table."""
from __future__ import annotations


class FileReadError(ValueError):
    """A file the bot cannot read; the message is one line, fit to show a user."""
