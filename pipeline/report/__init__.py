"""What analysts look at: an HTML review report, the actor network and a timeline.

- ``data``      reads a predictions folder (the four tables) into row dicts;
- ``graph``     the actor network: edges from relations, drawn with matplotlib;
- ``timeline``  relations per month, by type and by actor pair;
- ``html``      the self-contained HTML report (Jinja2 templates in ``templates/``);
- ``commands``  the ``report`` and ``graph`` subcommands.

Figures are built on ``matplotlib.figure.Figure`` directly (no pyplot), so the
module works headless and never changes the caller's matplotlib backend.
"""
