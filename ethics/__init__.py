"""ethics: the legal controls every other package consults, importing none of them.

It owns scopes (what an authorisation allows), policy decisions for each request, the
tamper-evident audit log, retention and legal holds, blocklists, content stops and
pseudonymisation of personal identifiers.

Modules (each opens with a runnable example):

* :mod:`ethics.scope` — ``load_scope(path) -> Scope``, ``validate_scope_file``, ``explain``;
  :mod:`ethics.scope_types` (the dataclasses) and :mod:`ethics.scope_check` (YAML with lines).
* :mod:`ethics.policy` — ``Policy.start(scope_path, blocklist=, audit=)``, ``check`` /
  ``confirm`` (middleware / download handler), ``process_response``, ``finish``.
* :mod:`ethics.audit` — ``AuditLog(path).append(op, actor=, justification=, ...)``,
  ``verify(path)``, ``summary(path)``; :mod:`ethics.chain` (hashing, incremental verifier).
* :mod:`ethics.blocklist` — hashed onion blocklists; :mod:`ethics.content` — content stops,
  suspensions and the media policy by real file type.
* :mod:`ethics.retention` — ``ErasableStore`` protocol, ``Holds``, ``apply_retention``.
* :mod:`ethics.report` — the legal officer's report (md, html, json).
* :mod:`ethics.pseudonym` — AES-SIV pseudonyms of non-target users.
* :mod:`ethics.paths` — where state lives (``$ONIONSCOPE_HOME``, the audit key).
* :mod:`ethics.errors` — ``EthicsError`` and its subclasses.

    >>> from ethics.errors import EthicsError, ScopeError, ScopeNotInForce, AuditChainBroken
    >>> all(issubclass(e, EthicsError) for e in (ScopeError, ScopeNotInForce, AuditChainBroken))
    True
"""
