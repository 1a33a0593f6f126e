"""Opening, checking and migrating the database file."""
from __future__ import annotations

import sqlite3
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from store.schema import LATEST, MIGRATIONS


class StoreError(Exception):
    """A database the bot cannot use; the message is fit to show a user."""


def utc_now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def open_db(path: str | Path, create: bool = True) -> sqlite_utils.Database:
    """Open, verify and migrate the database at `path`."""
    path = Path(path)
    if not create and not path.exists():
        raise StoreError(f"no database at {path} (run `scrutiny-bot demo --db {path}` to make one)")
    if path.exists() and path.is_dir():
        raise StoreError(f"{path} is a directory, not a database file")
    try:
        conn = sqlite3.connect(str(path), timeout=10, isolation_level=None, check_same_thread=False)
        db = sqlite_utils.Database(conn)
        db.execute("PRAGMA foreign_keys = ON")
        applied = _applied_versions(db)
        unknown = applied - {version for version, _, _ in MIGRATIONS}
        if unknown:
            raise StoreError(
                f"{path} was written by a newer scrutiny-bot (schema {max(unknown)}, this one knows {LATEST}); upgrade first"
            )
        if len(applied) < len(MIGRATIONS):
            db.execute("PRAGMA journal_mode = WAL")
            _migrate(db, applied)
        db.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{path} is not a usable scrutiny-bot database ({exc})") from exc
    return db


def _applied_versions(db: sqlite_utils.Database) -> set[int]:
    if "migrations" not in db.table_names():
        if db.table_names():
            raise StoreError("this file holds tables that are not scrutiny-bot's")
        return set()
    return {row[0] for row in db.execute("SELECT version FROM migrations")}


def _migrate(db: sqlite_utils.Database, applied: set[int]) -> None:
    """Run, in version order, every migration this database has not recorded yet."""
    db.execute(
        "CREATE TABLE IF NOT EXISTS migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)"
    )
    for version, name, sql in sorted(MIGRATIONS):
        if version in applied:
            continue
        with transaction(db):
            for statement in _statements(sql):
                db.execute(statement)
            db.execute("INSERT INTO migrations VALUES (?, ?, ?)", [version, name, utc_now_iso()])


def _statements(sql: str) -> list[str]:
    """Split a migration into statements, keeping trigger bodies whole."""
    out, buf = [], ""
    for line in sql.strip().splitlines():
        buf += line + "\n"
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    return out


@contextmanager
def transaction(db: sqlite_utils.Database):
    """One atomic write: BEGIN IMMEDIATE, commit on success, roll back on any error."""
    conn = db.conn
    if conn.in_transaction:  # already inside one: join it
        yield
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


def open_store(path: str | Path, create: bool = True):
    from store.store import Store

    return Store(open_db(path, create=create))
