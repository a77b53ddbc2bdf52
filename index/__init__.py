"""index: storage and search of records.

It owns one backend interface with two implementations, SQLite FTS5 (the embedded default) and
Elasticsearch/OpenSearch, plus searches, the vendor view, ecosystem aggregations and exports.
"""
