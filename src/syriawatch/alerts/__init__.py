"""Alerts: rules over stories, an outbox in the warehouse, delivery by email,
Slack or a local file, exactly once.

    rules.py     alerts.toml as typed rules; which story a rule matches, and why
    stories.py   stories, surges and failing feeds, read from the warehouse
    outbox.py    alerts and their deliveries: written once per (rule, story), escalated
    render.py    the text, HTML and Slack forms of an alert, untrusted text escaped
    channels.py  SMTP, Slack webhook and file senders, configured from the environment
    deliver.py   claim due deliveries, send, record: never twice, never lost
"""
