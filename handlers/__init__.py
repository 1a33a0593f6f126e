"""Adapters between people and the engine: the command line, the console and Slack."""
