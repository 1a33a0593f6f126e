"""The Store: one object over the database, with a read and write method per aggregate."""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

import sqlite_utils

from store.apply import ApplyStore
from store.audit import AuditStore
from store.db import transaction
from store.item_writes import ItemWriteStore
from store.items import ItemStore
from store.matters import MatterStore
from store.meetings import MeetingStore
from store.panels import PanelStore
from store.pending import PendingStore
from store.people import PeopleStore
from store.settings import SettingStore


def _utc_now() -> datetime:
    return datetime.now(UTC)


class Store(PanelStore, PeopleStore, MeetingStore, ItemStore, ItemWriteStore, MatterStore, PendingStore,
            AuditStore, ApplyStore, SettingStore):
    def __init__(self, db: sqlite_utils.Database, clock: Callable[[], datetime] = _utc_now):
        self.db = db
        self.clock = clock

    def now_iso(self) -> str:
        return self.clock().astimezone(UTC).isoformat(timespec="seconds")

    def transaction(self):
        return transaction(self.db)

    def close(self) -> None:
        self.db.conn.close()
