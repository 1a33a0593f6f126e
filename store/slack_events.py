"""Slack deliveries already handled (event ids, interactions), so a retried delivery is processed once."""
from __future__ import annotations


class SlackEventStore:
    def claim_slack_event(self, key: str) -> bool:
        """True the first time `key` is claimed, False ever after (atomic: one INSERT OR IGNORE)."""
        with self.transaction():
            cur = self.db.execute("INSERT OR IGNORE INTO slack_events (event_id, at) VALUES (?, ?)", [key, self.now_iso()])
            return cur.rowcount == 1

    def forget_slack_events(self, before_iso: str) -> int:
        """Drop claims older than `before_iso` (Slack stops retrying within minutes)."""
        with self.transaction():
            return self.db.execute("DELETE FROM slack_events WHERE at < ?", [before_iso]).rowcount
