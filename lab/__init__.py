"""lab: a private Tor network on 127.0.0.1 and a simulated dark web published on it.

It owns the torrc generation and process control of the lab network (authority, relays, client),
the deterministic synthetic markets, forums and directory with their ground truth and access
logs, and the state file that the crawler's ``--tor lab`` mode reads. Tests, the demo, the
benchmarks and analyst training all run against it.
"""
