"""Cheap signs that a text may name a date, looked for before the costly date patterns that need them."""
from __future__ import annotations

import re

# The month-name patterns try every month at every word; these literal searches cost a fraction of that.
DIGIT = re.compile(r"\d")
MONTHISH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)", re.I)  # how every month name starts
# in every weekday, 'today', 'in 3 weeks', 'next month', and the holidays people plan meetings by
DAYISH = re.compile(r"day|tomorrow|week|month|easter|christmas|xmas|new year", re.I)
TIMEISH = re.compile(r"\d|noon|midday", re.I)


def could_be_dated(text: str) -> bool:
    """False when no date pattern can match: no digit, no month's first letters, no day, week or month word."""
    return bool(DIGIT.search(text) or MONTHISH.search(text) or DAYISH.search(text))
