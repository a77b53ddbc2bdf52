"""onionscope: the ``onionscope`` command and the web app that wire the packages together.

Data flows one way, scope -> crawler -> parsers -> enrichment -> index, with ethics consulted at
every step. Only this package (and the tests) imports all the others.
"""

__version__ = "0.1.0"
