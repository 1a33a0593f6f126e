"""Slack deliveries already handled, kept in a small SQLite file of their own beside the main database.

Claiming a delivery happens before the ack. In the main database it would wait behind any long write (a big
import holds the write lock for seconds); in its own file, with its own connection and lock, it never does."""
from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

import sqlite_utils

SCHEMA = "CREATE TABLE IF NOT EXISTS deliveries (key TEXT PRIMARY KEY, at REAL NOT NULL)"


class DeliveryLog:
    def __init__(self, path: str | Path | None = None):
        """`path` None keeps the log in memory (for an in-memory main database: nothing to survive a restart)."""
        # autocommit (each claim is its own short transaction); any thread, one at a time through self.lock
        conn = sqlite3.connect(str(path) if path else ":memory:", timeout=2, isolation_level=None,
                               check_same_thread=False)
        self.db = sqlite_utils.Database(conn)
        if path:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(SCHEMA)
        self.lock = threading.Lock()

    @classmethod
    def beside(cls, main: sqlite_utils.Database) -> DeliveryLog:
        """The log for a main database file `x.db`: `x.deliveries.db` next to it."""
        rows = main.execute("PRAGMA database_list").fetchall()
        file = next((row[2] for row in rows if row[1] == "main"), "")
        return cls(Path(file).with_suffix(".deliveries.db") if file else None)

    def claim(self, key: str, now: float | None = None) -> bool:
        """True the first time `key` is claimed (by any process using this file), False ever after."""
        with self.lock:
            cur = self.db.execute("INSERT OR IGNORE INTO deliveries (key, at) VALUES (?, ?)",
                                  [key, time.time() if now is None else now])
            return cur.rowcount == 1

    def forget(self, before: float) -> int:
        """Drop claims made before `before` (epoch seconds); Slack stops retrying within minutes."""
        with self.lock:
            return self.db.execute("DELETE FROM deliveries WHERE at < ?", [before]).rowcount

    def count(self) -> int:
        with self.lock:
            return self.db.execute("SELECT COUNT(*) FROM deliveries").fetchone()[0]

    def close(self) -> None:
        self.db.conn.close()
