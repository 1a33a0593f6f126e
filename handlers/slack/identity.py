"""Who a Slack user is: a person by Slack id, else by their profile email (remembered), else None (read-only)."""
from __future__ import annotations

import logging

from slack_sdk.errors import SlackApiError, SlackClientError

from bot.models import Person

log = logging.getLogger(__name__)


def person_for(deps, client, user_id: str | None) -> Person | None:
    if not user_id:
        return None
    with deps.lock:
        known = deps.store.person_by_slack(user_id)
    if known:
        return known
    email = profile_email(client, user_id)
    if not email:
        return None
    with deps.lock:
        person = deps.store.person_by_email(email)
        if person is None:
            return None
        return deps.store.add_person(person.name, slack_id=user_id, actor="slack")


def profile_email(client, user_id: str) -> str | None:
    try:
        user = client.users_info(user=user_id)["user"]
    except SlackApiError as exc:
        log.info("users.info for %s failed: %s", user_id, exc.response.get("error"))
        return None
    except (SlackClientError, OSError) as exc:  # Slack out of reach: answer them as unknown (read-only) for now
        log.info("users.info for %s failed: %s", user_id, exc.__class__.__name__)
        return None
    return (user.get("profile") or {}).get("email") or None


def user_key(person: Person | None, user_id: str) -> str:
    """The key a pending question is kept under; a known person shares it with the command line."""
    return f"person:{person.id}" if person else f"slack:{user_id}"
