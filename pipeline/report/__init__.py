"""What analysts look at: an HTML review report, the actor network and a timeline.

- ``data``      reads a predictions folder (the four tables) into row dicts;
- ``graph``     the actor network: edges from relations, drawn with matplotlib;
- ``timeline``  relations per month, by type and by actor pair;
- ``html``      the self-contained HTML report (Jinja2 templates in ``templates/``);
- ``workbench`` the data and report-time layout of its interactive network and timeline (``templates/workbench.js``);
- ``vendor``    the pinned npm packages the page inlines (Cytoscape.js + fcose), fetched by ``make vendor``;
- ``commands``  the ``report``, ``graph`` and ``vendor`` subcommands.

Figures are built on ``matplotlib.figure.Figure`` directly (no pyplot), so the
module works headless and never changes the caller's matplotlib backend.
"""
