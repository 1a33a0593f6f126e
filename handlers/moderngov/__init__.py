"""The council's ModernGov web service: fetching, reading, and keeping panels in step with it."""
