"""Keeping a panel in step with its council's ModernGov site: what a sync changes, and what it says."""
