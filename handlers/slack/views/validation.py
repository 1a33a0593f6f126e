"""The ack of a form submission: its errors shown in the modal, or a plain ack that closes it."""
from __future__ import annotations

from handlers.slack.reading import ack_reader, snapshot


def validator(deps, checked):
    """`checked(store, body, client, ack_path=True)` returns a tuple whose last element is the {block_id: message}
    errors. The form is checked against a snapshot (handlers/slack/reading.py): the ack never waits for deps.lock."""
    reader = ack_reader(deps)

    def validate(ack, body, client):
        with snapshot(deps, reader) as store:
            errors = checked(store, body, client, ack_path=True)[-1]
        if errors:
            ack(response_action="errors", errors=errors)
        else:
            ack()

    return validate
