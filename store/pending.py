"""The one question the bot is waiting on each user to answer."""
from __future__ import annotations


class PendingStore:
    def pending(self, user_key: str) -> str | None:
        row = self.db.execute("SELECT payload FROM pending WHERE user_key = ?", [user_key]).fetchone()
        return row[0] if row else None

    def set_pending(self, user_key: str, payload: str | None) -> None:
        with self.transaction():
            if payload is None:
                self.db.execute("DELETE FROM pending WHERE user_key = ?", [user_key])
            else:
                self.db.execute("INSERT OR REPLACE INTO pending VALUES (?, ?, ?)", [user_key, payload, self.now_iso()])
