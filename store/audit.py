"""The audit log: who changed what, when, with the row before and after."""
from __future__ import annotations

import json


class AuditStore:
    def audit(self, actor: str, action: str, entity: str, entity_id, before=None, after=None) -> None:
        self.db.execute(
            "INSERT INTO audit (at, actor, action, entity, entity_id, before, after) VALUES (?,?,?,?,?,?,?)",
            [self.now_iso(), actor or "unknown", action, entity, entity_id,
             _json(before), _json(after)],
        )

    def audit_log(self, limit: int = 50) -> list[dict]:
        rows = self.db.execute(
            "SELECT at, actor, action, entity, entity_id, before, after FROM audit ORDER BY id DESC LIMIT ?", [limit]
        ).fetchall()
        keys = ("at", "actor", "action", "entity", "entity_id", "before", "after")
        return [dict(zip(keys, r)) for r in rows]

    def row(self, table: str, row_id: int) -> dict | None:
        cur = self.db.execute(f"SELECT * FROM {table} WHERE id = ?", [row_id])
        r = cur.fetchone()
        return dict(zip([c[0] for c in cur.description], r)) if r else None


def _json(value) -> str | None:
    return None if value is None else json.dumps(value, default=str)
