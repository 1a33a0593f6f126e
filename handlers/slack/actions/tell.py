"""Answer whoever clicked: in the message they clicked (ephemerally), or by DM when they clicked in App Home."""
from __future__ import annotations


def tell(client, body: dict, respond, text: str) -> None:
    if body.get("response_url"):
        respond(text=text, response_type="ephemeral", replace_original=False)
    else:
        client.chat_postMessage(channel=body["user"]["id"], text=text)


def from_home(body: dict) -> bool:
    return (body.get("view") or {}).get("type") == "home"
