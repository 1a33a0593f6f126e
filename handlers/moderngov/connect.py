"""Connecting a panel to a ModernGov committee: from the command line, or from a message in Slack."""
from __future__ import annotations

from contextlib import nullcontext

from bot.models import Person
from bot.sync.committees import choose_committee, committee_line
from bot.sync.remote import Committee, Link
from handlers.moderngov.client import ModernGovClient, ModernGovError, site_url
from store.moderngov import ModernGovStore


class ConnectProblem(Exception):
    """Why a connection was not made, in one line fit to show the officer."""


def find_committee(site: str, wanted: str, client_for=ModernGovClient) -> tuple[str, Committee]:
    """(the site's base address, the committee `wanted` names by id or title, forgivingly); raises ConnectProblem."""
    try:
        site = site_url(site)
    except ValueError as exc:
        raise ConnectProblem(str(exc)) from exc
    client = client_for(site)
    try:
        committees = client.committees()
    except ModernGovError as exc:
        raise ConnectProblem(f"I couldn't read the committees at {site}: {exc}") from exc
    finally:
        client.close()
    choice = choose_committee(committees, wanted)
    if choice.choices:
        raise ConnectProblem(f"“{wanted}” could be: " + "; ".join(committee_line(c).strip() for c in choice.choices)
                             + ". Say which, by title or id.")
    if choice.hit is None:
        raise ConnectProblem(choice.problem)
    return site, choice.hit


def connect(store, panel, site: str, committee: str, actor: str, client_for=ModernGovClient, guard=None) -> Link:
    """Link `panel` to the committee `committee` names on `site`; raises ConnectProblem, writing nothing."""
    site, found = find_committee(site, committee, client_for)
    with guard or nullcontext():
        return ModernGovStore(store).connect(panel.id, site, found, actor)


def connected_text(panel, link: Link) -> str:
    return (f"The {panel.name} now follows “{link.committee_title}” (id {link.committee_id}) at {link.site}. "
            "Its meetings, agendas and minutes come in every morning; moves and cancellations are announced here.")


def connect_by_message(deps, panel_id: int, asker: Person | None, site: str, committee: str,
                       client_for=ModernGovClient) -> str:
    """For the conversation: 'connect this panel to ModernGov committee X at democracy.example.gov.uk'.

    Returns the reply. Only the panel's chair, vice-chair or scrutiny officer may connect it. The site is read
    without holding the store's lock; the link is written under it."""
    with deps.lock:
        panel = deps.store.panel(panel_id)
    if panel is None:
        return "Which panel? Say it in the panel's channel, or link the channel to a panel first."
    if asker is None or not asker.can_edit(panel_id):
        return f"Only the {panel.name}'s chair, vice-chair or scrutiny officer can connect it to ModernGov."
    try:
        link = connect(deps.store, panel, site, committee, asker.name, client_for, guard=deps.lock)
    except ConnectProblem as exc:
        return f"Sorry, {exc}"
    return connected_text(panel, link)
