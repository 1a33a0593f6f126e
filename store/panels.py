"""Panels and their report-deadline rule and Slack channel."""
from __future__ import annotations

from bot.models import DeadlineRule, Panel
from store.rows import t

CONSOLE_PANEL = "console-panel"


class PanelStore:
    def panels(self) -> list[Panel]:
        """Every panel by name; read once per database state (every message asks, often twice)."""
        return list(self.cached("panels", lambda: tuple(_panel(r) for r in self.db.execute(
            "SELECT id, name, slack_channel, rule_days, rule_before, rule_at FROM panels ORDER BY name").fetchall())))

    def panel(self, panel_id: int) -> Panel | None:
        return next((p for p in self.panels() if p.id == panel_id), None)

    def panel_named(self, name: str) -> Panel | None:
        key = name.strip().lower()
        return next((p for p in self.panels() if p.name.lower() == key), None)

    def panel_for_channel(self, channel: str) -> Panel | None:
        return next((p for p in self.panels() if p.slack_channel == channel), None)

    def follow_panel(self, panel_id: int) -> None:
        """The panel the console talks about when none is named (its 'link this channel')."""
        self.set_setting(CONSOLE_PANEL, str(panel_id))

    def followed_panel(self) -> Panel | None:
        value = self.setting(CONSOLE_PANEL)
        return self.panel(int(value)) if value and value.isdigit() else None

    def add_panel(self, name: str, actor: str = "cli") -> Panel:
        name = " ".join(name.split())
        if not name:
            raise ValueError("a panel needs a name")
        existing = self.panel_named(name)
        if existing:
            return existing
        with self.transaction():
            cur = self.db.execute("INSERT INTO panels (name, created_at) VALUES (?, ?)", [name, self.now_iso()])
            self.audit(actor, "add", "panel", cur.lastrowid, None, {"name": name})
        return self.panel(cur.lastrowid)

    def set_rule(self, panel_id: int, rule: DeadlineRule, actor: str) -> None:
        with self.transaction():
            before = self.row("panels", panel_id)
            self.db.execute(
                "UPDATE panels SET rule_days = ?, rule_before = ?, rule_at = ? WHERE id = ?",
                [rule.working_days, rule.before, rule.at.strftime("%H:%M"), panel_id],
            )
            self.audit(actor, "set-rule", "panel", panel_id, before, self.row("panels", panel_id))

    def link_channel(self, panel_id: int, channel: str, actor: str) -> None:
        with self.transaction():
            before = self.row("panels", panel_id)
            self.db.execute("UPDATE panels SET slack_channel = NULL WHERE slack_channel = ?", [channel])
            self.db.execute("UPDATE panels SET slack_channel = ? WHERE id = ?", [channel, panel_id])
            self.audit(actor, "link-channel", "panel", panel_id, before, self.row("panels", panel_id))


def _panel(r) -> Panel:
    return Panel(id=r[0], name=r[1], slack_channel=r[2], rule=DeadlineRule(r[3], r[4], t(r[5])))
