"""The morning ModernGov sync while `serve` runs: one APScheduler cron job with an explicit id."""
from __future__ import annotations

import logging
from datetime import time

from apscheduler.triggers.cron import CronTrigger

from bot.days.deadlines import LONDON
from handlers.moderngov.announce import SlackAnnouncer, deliver
from handlers.moderngov.client import ModernGovClient
from handlers.moderngov.sync import sync_all
from handlers.nudges.sender import SlackSender

log = logging.getLogger(__name__)
JOB_ID = "moderngov-sync"
AT = time(6, 30)  # London time: moves are in before the morning's nudges go out


def add_job(scheduler, deps, client, at: time = AT, client_for=ModernGovClient) -> None:
    """Sync every connected panel each morning; the store, not the job store, remembers what was synced."""
    announcer = SlackAnnouncer(SlackSender(client), deps.store, deps.lock)
    scheduler.add_job(run_sync, CronTrigger(hour=at.hour, minute=at.minute, timezone=LONDON),
                      args=[deps, announcer, client_for], id=JOB_ID, replace_existing=True, max_instances=1,
                      coalesce=True, misfire_grace_time=3 * 3600)


def run_sync(deps, announcer, client_for=ModernGovClient) -> list:
    """One sync of every panel, then its notes delivered; a failure is logged and tomorrow's run tries again."""
    try:
        reports = sync_all(deps.store, client_for, deps.clock(), guard=deps.lock, tell_errors=True)
        deliver(deps.store, announcer, guard=deps.lock)
    except Exception:  # a bad sync must not stop the scheduler; the next morning's run starts afresh
        log.exception("ModernGov sync failed")
        return []
    for report in reports:
        for error in report.errors:
            log.warning("ModernGov sync of %s: %s", report.panel, error)
    return reports
