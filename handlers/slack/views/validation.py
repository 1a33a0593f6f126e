"""The ack of a form submission: its errors shown in the modal, or a plain ack that closes it."""
from __future__ import annotations


def validator(deps, checked):
    """`checked(body, client, ack_path=True)` returns a tuple whose last element is the {block_id: message} errors."""
    def validate(ack, body, client):
        with deps.lock:
            errors = checked(body, client, ack_path=True)[-1]
        if errors:
            ack(response_action="errors", errors=errors)
        else:
            ack()

    return validate
