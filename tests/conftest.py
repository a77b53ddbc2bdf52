"""Session-wide test setup: fixture modules of each area are registered here."""

pytest_plugins: list[str] = [
    "tests.fixtures_cluster",
    "tests.fixtures_lab",
    "tests.fixtures_lab_sites",
    "tests.fixtures_disk",
]
