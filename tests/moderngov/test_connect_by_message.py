"""'connect this panel to ModernGov committee X at SITE', typed by the officer: the link is made, over real HTTP."""
from datetime import datetime

from handlers.converse import converse
from handlers.requests import carry_out
from store.moderngov import ModernGovStore
from tests.conftest import LONDON

NOW = datetime(2026, 1, 12, 10, 0, tzinfo=LONDON)


def _say(store, text, who, client_for):
    person = store.person_named(who) if who else None
    reply = converse(store, text, person, f"person:{person.id}" if person else "anon", NOW)
    return carry_out(store, reply, person, client_for=client_for)


def test_the_officer_connects_the_panel_by_message(panel_store, site, client_for):
    reply = _say(panel_store, f"connect this panel to ModernGov committee Adults Scrutiny Panel at {site.url}",
                 "Val Evans", client_for)
    assert "now follows “Adults Scrutiny Panel”" in reply.text
    link = ModernGovStore(panel_store).link(panel_store.panels()[0].id)
    assert link is not None and link.committee_title == "Adults Scrutiny Panel"


def test_an_unknown_committee_is_one_line_and_nothing_is_linked(panel_store, site, client_for):
    reply = _say(panel_store, f"connect this panel to ModernGov committee Planning Applications at {site.url}",
                 "Val Evans", client_for)
    assert reply.text.startswith("Sorry")
    assert ModernGovStore(panel_store).link(panel_store.panels()[0].id) is None


def test_someone_without_a_role_cannot_connect_it(panel_store, site, client_for):
    reply = _say(panel_store, f"connect this panel to ModernGov committee Adults Scrutiny Panel at {site.url}",
                 None, client_for)
    assert "Only the" in reply.text
    assert ModernGovStore(panel_store).link(panel_store.panels()[0].id) is None
