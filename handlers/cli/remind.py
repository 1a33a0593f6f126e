"""`remind`: one nudge sweep now (or at --now); --dry-run lists what it would send and changes nothing.

Without SLACK_BOT_TOKEN a real sweep refuses (exit 2) rather than printing to the console: a console "delivery"
would record nudges as sent that no lead ever saw, and they would never go out.
"""
from __future__ import annotations

from bot.nudge_text import recipient_label, subject, when
from bot.replies import short_day
from handlers.cli.common import CliError, parse_now, store_for, with_db
from handlers.deps import Settings
from handlers.nudges.sender import SlackSender
from handlers.nudges.sweep import sweep
from handlers.slack.client import make_client

NO_TOKEN = ("cannot deliver nudges: SLACK_BOT_TOKEN is not set (use --dry-run to see what would be sent; "
            "nothing was recorded)")


def register(sub) -> None:
    remind = sub.add_parser("remind", **with_db(help="send the deadline nudges due now (one sweep)"))
    remind.add_argument("--now", help="pretend it is this ISO date or date-time (London unless an offset is given)")
    remind.add_argument("--dry-run", action="store_true", help="print what would be sent; change nothing")
    remind.set_defaults(run=run_remind)


def run_remind(args) -> int:
    store = store_for(args, create=False)
    now = parse_now(args.now, store)
    if args.dry_run:
        report = sweep(store, None, now, dry_run=True)
        for n in report.due:
            print(nudge_row(n))
        print(f"{len(report.due)} nudge(s) due at {now.isoformat(timespec='minutes')}; dry run, nothing sent")
        for key, state, at in store.unsent_claims():
            print(f"held since {at} ({state}; the next real sweep settles it): {key}")
        return 0
    settings = Settings.from_env()
    if not settings.bot_token:
        raise CliError(NO_TOKEN)
    report = sweep(store, SlackSender(make_client(settings.bot_token, settings.api_url)), now)
    for key, state in report.outcomes.items():
        print(f"{state}\t{key}")
    print(f"sweep at {now.isoformat(timespec='minutes')}: {report.line()}")
    return 0


def nudge_row(n) -> str:
    """recipient, item, meeting, deadline, kind (tab-separated)."""
    meeting = short_day(n.meeting.date) if n.meeting else ""
    return "\t".join([recipient_label(n), subject(n), meeting, when(n.deadline), n.kind])
