"""The Slack layer: Bolt app, listeners, Block Kit builders, the Web API client."""
