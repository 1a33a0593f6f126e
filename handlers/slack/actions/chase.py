"""The scrutiny officer's "Chase" button beside a late report on the Home tab: a polite nudge to its author now.

Only the panel's scrutiny officer may chase; each report is chased at most once a day (the nudge key holds the day).
"""
from __future__ import annotations

from bot.days.deadlines import LONDON, report_deadline
from bot.models import join_names
from bot.reminders import CHASE, Nudge
from handlers.nudges.sender import SlackSender
from handlers.nudges.sweep import SweepReport, deliver
from handlers.slack.actions.tell import tell
from handlers.slack.identity import person_for
from handlers.slack.lazy import register_lazy

OFFICER_ONLY = "Only the panel's scrutiny officer can chase a report."


def register(app, deps) -> None:
    def clicked(body, client, respond):
        tell(deps, client, body, respond, chase(deps, client, body))

    register_lazy(app, app.action("chase_report"), clicked)


def chase(deps, client, body: dict) -> str:
    value = str((body.get("actions") or [{}])[0].get("value", ""))
    if not value.isdigit():
        return "Sorry, I couldn't tell which report that button was for."
    officer = person_for(deps, client, (body.get("user") or {}).get("id"))
    now = deps.clock()
    with deps.lock:
        nudges, refusal = chase_nudges(deps.store, officer, int(value), now)
    if refusal:
        return refusal
    report = SweepReport()
    for n in nudges:  # one lead at a time: each has their own key, so each goes at most once a day
        deliver(deps.store, SlackSender(client), [n], now, deps.lock, report)
    return said(deps, nudges, report)


def chase_nudges(store, officer, item_id: int, now) -> tuple[list[Nudge], str]:
    item = store.item(item_id)
    if item is None:
        return [], "I can't find that item any more; nobody was chased."
    if officer is None or "scrutiny-officer" not in officer.roles_on(item.panel_id):
        return [], OFFICER_ONLY
    if item.status != "planned" or not item.meeting_id:
        return [], f"*{item.title}* is {item.status if item.status != 'planned' else 'not at a meeting'}; nothing to chase."
    meeting, panel = store.meeting(item.meeting_id), store.panel(item.panel_id)
    deadline, today = report_deadline(meeting, panel.rule), now.astimezone(LONDON).date()
    people = store.people_with_ids(item.lead_ids) if item.lead_ids else {}
    if not people:
        return [], f"*{item.title}* has no lead I know, so there is nobody to chase."
    return [Nudge(f"item:{item.id}:{CHASE}:{today.isoformat()}:to:{pid}", CHASE, panel.id, deadline, person=person,
                  item=item, meeting=meeting, panel_name=panel.name) for pid, person in people.items()], ""


def said(deps, nudges: list[Nudge], report: SweepReport) -> str:
    title = nudges[0].item.title
    sent = [n.person.name for n in nudges if report.outcomes.get(n.key) == "sent"]
    earlier = [n.person.name for n in nudges if n.key not in report.outcomes]
    missed = [n for n in nudges if report.outcomes.get(n.key) not in (None, "sent")]
    with deps.lock:  # the officer hears of it now; no notice about it later
        deps.store.mark_told([n.key for n in missed])
        details = {n.key: (deps.store.reminder(n.key) or {}).get("detail", "") for n in missed}
    parts = []
    if sent:
        parts.append(f"Chased {join_names(sent)} about *{title}*. I won't chase it again today.")
    if earlier:
        parts.append(f"{join_names(earlier)} was already chased about *{title}* today; I'll leave it until tomorrow.")
    for n in missed:
        detail = details[n.key]
        parts.append(f"I couldn't reach {n.person.name} about *{title}*" + (f" ({detail})." if detail else "."))
    return " ".join(parts)
