"""ethics: the legal controls every other package consults, importing none of them.

It owns scopes (what an authorisation allows), policy decisions for each request, the
tamper-evident audit log, retention and legal holds, blocklists, content stops and
pseudonymisation of personal identifiers.
"""
