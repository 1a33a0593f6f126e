"""Deadline nudges: the sweep that sends them, how they reach Slack, and the job that runs the sweep."""
