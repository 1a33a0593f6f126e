"""Files and feeds in Slack: a programme or minutes shared with the bot, previewed, then imported on a click."""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from handlers.slack.imports import file_shared, import_button, minutes_buttons

# Files are fetched and read on their own small pool: a slow file never holds up a listener thread, and at most
# this many files are in the works at once (each read is a child process; two cores).
FILE_THREADS = 2


def register(app, deps) -> None:
    pool = ThreadPoolExecutor(FILE_THREADS, thread_name_prefix="slack-files")
    file_shared.register(app, deps, pool)
    import_button.register(app, deps, pool)
    minutes_buttons.register(app, deps)
