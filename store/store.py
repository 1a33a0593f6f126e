"""The Store: one object over the database, with a read and write method per aggregate."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from store.apply import ApplyStore
from store.audit import AuditStore
from store.db import transaction
from store.feeds import FeedStore
from store.imports import ImportStore
from store.item_writes import ItemWriteStore
from store.items import ItemStore
from store.matters import MatterStore
from store.meetings import MeetingStore
from store.outbox import OutboxStore
from store.panels import PanelStore
from store.pending import PendingStore
from store.people import PeopleStore
from store.publishing import PublishingStore
from store.reminders import ReminderStore
from store.settings import SettingStore
from store.slack_events import SlackEventStore
from store.unanswered import UnansweredStore
from store.undo import UndoStore


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store(PanelStore, PeopleStore, MeetingStore, ItemStore, ItemWriteStore, MatterStore, PendingStore,
            AuditStore, ApplyStore, SettingStore, ImportStore, SlackEventStore, ReminderStore,
            PublishingStore, UnansweredStore, OutboxStore, FeedStore, UndoStore):
    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime] = _utc_now):
        self.db = db
        self.clock = clock

    def cached(self, key, load):
        """`load()` once per database state: reads that every message needs (people, titles) stay cheap.

        The state is this connection's change count plus SQLite's data_version, which moves when
        another connection (a CLI run, the reminder sweep) commits.
        """
        conn = self.db.conn  # straight to sqlite3: this runs several times a message
        version = (conn.total_changes, conn.execute("PRAGMA data_version").fetchone()[0])
        if getattr(self, "_cache_version", None) != version:
            self._cache, self._cache_version = {}, version
        if key not in self._cache:
            self._cache[key] = load()
        return self._cache[key]

    def now_iso(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    def transaction(self):
        return transaction(self.db)

    def close(self) -> None:
        self.db.conn.close()
