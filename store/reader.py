"""A second, read-only connection to the database file, for reads that must not wait behind a long write.

The database is in WAL mode, so this connection reads the last committed state (a snapshot) while another
connection holds the write lock, e.g. through a 10,000-row import. An in-memory database has no file to share:
there is no reader, and callers read through the main store under its lock."""
from __future__ import annotations

import sqlite3
import threading
from contextlib import contextmanager
from pathlib import Path

import sqlite_utils

from store.store import Store


def database_file(db: sqlite_utils.Database) -> str:
    """The main database's file path ('' for an in-memory or temporary database)."""
    rows = db.execute("PRAGMA database_list").fetchall()
    return next((row[2] for row in rows if row[1] == "main"), "") or ""


class Reader:
    """A Store over its own read-only connection; one thread reads at a time, through `reading()`."""

    def __init__(self, path: str | Path):
        conn = sqlite3.connect(str(path), timeout=2, isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA query_only = ON")  # reads only, whatever a caller tries
        self.store = Store(sqlite_utils.Database(conn))
        self.lock = threading.Lock()

    @classmethod
    def beside(cls, db: sqlite_utils.Database) -> Reader | None:
        file = database_file(db)
        return cls(file) if file else None

    @contextmanager
    def reading(self):
        with self.lock:
            yield self.store

    def close(self) -> None:
        self.store.close()
