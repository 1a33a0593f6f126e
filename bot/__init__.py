"""The scrutiny domain: models, language, dates and deadlines, with no I/O."""
