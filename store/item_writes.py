"""Adding, moving, updating and retiring work programme items, each one audited."""
from __future__ import annotations

from bot.changes import AddItem
from bot.models import Item
from store.rows import iso


class ItemWriteStore:
    def add_item(self, change: AddItem, actor: str = "cli") -> Item:
        now = self.now_iso()
        with self.transaction():
            cur = self.db.execute(
                "INSERT INTO items (panel_id, meeting_id, title, kind, notes, priority, requested_by, window,"
                " frequency, months, created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [change.panel_id, change.meeting_id, change.title.strip(), change.kind, change.notes,
                 change.priority, change.requested_by, change.window, change.frequency,
                 ",".join(str(m) for m in change.months), now, now],
            )
            item_id = cur.lastrowid
            self._set_leads(item_id, change.leads, change.panel_id, actor)
            for day in change.last_reported:
                self.db.execute("INSERT OR IGNORE INTO item_reports VALUES (?, ?)", [item_id, iso(day)])
            self._history(item_id, "planned", change.meeting_id, actor)
            self.audit(actor, "add", "item", item_id, None, self._item_snapshot(item_id))
        return self.item(item_id)

    def move_item(self, item_id: int, meeting_id: int | None, window: str = "", actor: str = "cli",
                  deferred: bool = False) -> Item:
        """Put an item on a meeting (or back to 'possible future'); a report not yet in is awaited again."""
        with self.transaction():
            before = self._item_snapshot(item_id)
            kind = before["kind"] if before["kind"] == "standing" else ("scheduled" if meeting_id else "future")
            self.db.execute(
                "UPDATE items SET meeting_id = ?, kind = ?, window = ?, status = CASE WHEN status IN"
                " ('withdrawn','considered','deferred') THEN 'planned' ELSE status END, updated_at = ? WHERE id = ?",
                [meeting_id, kind, window if not meeting_id else "", self.now_iso(), item_id],
            )
            self._history(item_id, "deferred" if deferred else "moved", meeting_id, actor)
            self.audit(actor, "defer" if deferred else "move", "item", item_id, before, self._item_snapshot(item_id))
        return self.item(item_id)

    def set_item_status(self, item_id: int, status: str, actor: str = "cli") -> Item:
        with self.transaction():
            before = self._item_snapshot(item_id)
            submitted = self.now_iso() if status == "submitted" else None
            self.db.execute(
                "UPDATE items SET status = ?, submitted_at = COALESCE(?, submitted_at), updated_at = ? WHERE id = ?",
                [status, submitted, self.now_iso(), item_id],
            )
            if status == "considered" and before["meeting_date"]:
                self.db.execute("INSERT OR IGNORE INTO item_reports VALUES (?, ?)", [item_id, before["meeting_date"]])
            self._history(item_id, status, before["meeting_id"], actor)
            self.audit(actor, status, "item", item_id, before, self._item_snapshot(item_id))
        return self.item(item_id)

    def update_item(self, item_id: int, actor: str = "cli", leads=None, **fields) -> Item:
        fields = {k: v for k, v in fields.items() if v is not None}
        with self.transaction():
            before = self._item_snapshot(item_id)
            if fields:
                sets = ", ".join(f"{k} = ?" for k in fields)
                self.db.execute(f"UPDATE items SET {sets}, updated_at = ? WHERE id = ?",
                                [*fields.values(), self.now_iso(), item_id])
            if leads is not None:
                self.db.execute("DELETE FROM item_leads WHERE item_id = ?", [item_id])
                self._set_leads(item_id, leads, before["panel_id"], actor)
            self.audit(actor, "update", "item", item_id, before, self._item_snapshot(item_id))
        return self.item(item_id)

    def _set_leads(self, item_id: int, names, panel_id: int, actor: str) -> None:
        for position, pid in enumerate(self.person_ids_for(names, panel_id, actor)):
            self.db.execute("INSERT OR IGNORE INTO item_leads VALUES (?,?,?)", [item_id, pid, position])

    def _history(self, item_id: int, status: str, meeting_id, actor: str) -> None:
        self.db.execute("INSERT INTO item_history (item_id, at, status, meeting_id, actor) VALUES (?,?,?,?,?)",
                        [item_id, self.now_iso(), status, meeting_id, actor])

    def item_history(self, item_id: int) -> list[dict]:
        rows = self.db.execute("SELECT at, status, meeting_id, actor FROM item_history WHERE item_id = ? ORDER BY id",
                               [item_id]).fetchall()
        return [dict(zip(("at", "status", "meeting_id", "actor"), r)) for r in rows]

    def _item_snapshot(self, item_id: int) -> dict:
        row = self.row("items", item_id)
        meeting = self.row("meetings", row["meeting_id"]) if row["meeting_id"] else None
        row["meeting_date"] = meeting["date"] if meeting else None
        row["leads"] = [r[0] for r in self.db.execute(
            "SELECT p.name FROM item_leads l JOIN people p ON p.id = l.person_id WHERE l.item_id = ? ORDER BY position",
            [item_id])]
        return row
