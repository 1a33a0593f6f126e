"""Calendar-feed addresses: rotate one that has leaked (the old address stops working), or revoke it outright."""
from __future__ import annotations

import secrets


class FeedStore:
    def rotate_feed(self, panel_id: int | None = None, person_id: int | None = None, actor: str = "cli") -> str:
        """A new token for this panel's (or person's) feed; the old address answers 404 from now on.

        The one call for the command line and for the conversation ("rotate the calendar link").
        """
        _one_owner(panel_id, person_id)
        token = secrets.token_urlsafe(24)
        with self.transaction():
            old = self._drop_feeds(panel_id, person_id)
            self.db.execute("INSERT INTO feeds (token, panel_id, person_id, created_at) VALUES (?,?,?,?)",
                            [token, panel_id, person_id, self.now_iso()])
            # The audit records that the address changed, never a token (a token is the feed's password)
            self.audit(actor, "rotate", "feed", panel_id or person_id, {"feeds": old},
                       {"panel_id": panel_id, "person_id": person_id})
        return token

    def revoke_feed(self, panel_id: int | None = None, person_id: int | None = None, actor: str = "cli") -> int:
        """Stop this panel's (or person's) feed; the number of addresses revoked (0 if it had none)."""
        _one_owner(panel_id, person_id)
        with self.transaction():
            old = self._drop_feeds(panel_id, person_id)
            if old:
                self.audit(actor, "revoke", "feed", panel_id or person_id, {"feeds": old},
                           {"panel_id": panel_id, "person_id": person_id})
        return old

    def _drop_feeds(self, panel_id, person_id) -> int:
        return self.db.execute("DELETE FROM feeds WHERE panel_id IS ? AND person_id IS ?",
                               [panel_id, person_id]).rowcount


def _one_owner(panel_id, person_id) -> None:
    if (panel_id is None) == (person_id is None):
        raise ValueError("a feed belongs to one panel or one person: give exactly one")
