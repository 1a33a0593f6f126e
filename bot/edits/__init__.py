"""Changes said in chat: items, leads, actions, meetings, submissions, settings and connections."""
