"""The nudge job: one APScheduler interval job that runs a sweep, then delivers replies kept during an outage."""
from __future__ import annotations

import logging
from datetime import UTC, datetime

from apscheduler.schedulers.background import BackgroundScheduler

from handlers.nudges.sender import SlackSender
from handlers.nudges.sweep import sweep
from handlers.slack.outbox import deliver_kept

log = logging.getLogger(__name__)
JOB_ID = "nudge-sweep"
EVERY_MINUTES = 5


def start(deps, client, minutes: int = EVERY_MINUTES) -> BackgroundScheduler:
    """Start sweeping now and every `minutes`; the store, not a job store, remembers what was sent."""
    scheduler = BackgroundScheduler(timezone=UTC)
    scheduler.add_job(run_sweep, "interval", args=[deps, SlackSender(client)], minutes=minutes, id=JOB_ID,
                      replace_existing=True, max_instances=1, coalesce=True, next_run_time=datetime.now(UTC))
    scheduler.start()
    return scheduler


def run_sweep(deps, sender) -> None:
    """One sweep at the deps' clock; a failure is logged with its traceback and the next run tries again."""
    try:
        sweep(deps.store, sender, deps.clock(), lock=deps.lock)
    except Exception:  # a bad sweep must not stop the job; recovery happens on the next run
        log.exception("nudge sweep failed")
    client = getattr(sender, "client", None)
    if client is not None:
        try:
            deliver_kept(deps, client)  # replies kept while Slack was unreachable
        except Exception:  # like the sweep: log it, and the next run tries again
            log.exception("delivering kept replies failed")
