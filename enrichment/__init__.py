"""enrichment: item pipelines that turn extracted records into intelligence.

It owns language and file-type detection, validated entity extraction (wallets, onion addresses,
PGP keys, contact handles), normalisation (prices, units, categories, countries), cross-market
vendor identity, demand estimates and forum producer scores.
"""
