"""Replies Slack could not take (an outage): kept here until it answers again, then delivered once."""
from __future__ import annotations

import json


class OutboxStore:
    def keep_reply(self, user_id: str, channel: str, message: dict, error: str = "") -> int:
        """Keep chat.postMessage arguments for `channel` (answering `user_id`); the id of the kept reply."""
        with self.transaction():
            cur = self.db.execute("INSERT INTO outbox (user_id, channel, message, error, kept_at) VALUES (?,?,?,?,?)",
                                  [user_id, channel, json.dumps(message), error, self.now_iso()])
            return cur.lastrowid

    def kept_replies(self, user_id: str | None = None, limit: int = 50) -> list[tuple[int, str, str, dict]]:
        """(id, user id, channel, message) not yet delivered, oldest first; just one user's when given."""
        where, args = ("AND user_id = ?", [user_id]) if user_id else ("", [])
        rows = self.db.execute(f"SELECT id, user_id, channel, message FROM outbox WHERE delivered_at IS NULL {where}"
                               f" ORDER BY id LIMIT ?", [*args, limit]).fetchall()
        return [(r[0], r[1], r[2], json.loads(r[3])) for r in rows]

    def claim_kept_reply(self, reply_id: int) -> bool:
        """Mark one kept reply delivered; False if another thread already had it (so it goes once)."""
        with self.transaction():
            return self.db.execute("UPDATE outbox SET delivered_at = ? WHERE id = ? AND delivered_at IS NULL",
                                   [self.now_iso(), reply_id]).rowcount == 1

    def release_kept_reply(self, reply_id: int) -> None:
        """Slack failed again while delivering it: keep it for the next try."""
        with self.transaction():
            self.db.execute("UPDATE outbox SET delivered_at = NULL WHERE id = ?", [reply_id])
