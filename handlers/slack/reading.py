"""Reads on the ack path (form checks, the lead menus' search): a read-only snapshot, never waiting for deps.lock.

A long write (an import of thousands of rows) holds deps.lock and SQLite's write lock for seconds; an ack must be
sent within Slack's 3 s. These reads go through their own connection to the database file (store/reader.py),
which sees the last committed state. An in-memory database has no second connection: there, deps.lock it is."""
from __future__ import annotations

from contextlib import contextmanager

from store.reader import Reader


def ack_reader(deps) -> Reader | None:
    with deps.lock:
        return Reader.beside(deps.store.db)


@contextmanager
def snapshot(deps, reader: Reader | None):
    """The store to read from: the reader's (under its own lock), else the main one under deps.lock."""
    if reader is None:
        with deps.lock:
            yield deps.store
    else:
        with reader.reading() as store:
            yield store
