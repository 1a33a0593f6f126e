"""Dates and days: reading them, working days, bank holidays, report deadlines."""
