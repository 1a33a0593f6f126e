"""The minutes reader: a meeting's minutes -> proposed outstanding matters, each with the sentence it came from."""
from bot.minutes.due import due_of
from bot.minutes.proposal import MinutesReading, ProposedMatter
from bot.minutes.reader import read_minutes

__all__ = ["MinutesReading", "ProposedMatter", "due_of", "read_minutes"]
