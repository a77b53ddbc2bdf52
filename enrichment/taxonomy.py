"""Market categories mapped to one taxonomy across markets and languages.

    >>> tax = Taxonomy.load()
    >>> tax.classify("Tee & Kräuter"), tax.classify("Drugs > Cannabis > Buds"), tax.classify("Thé et tisanes")
    ('tea', 'cannabis', 'tea')
    >>> tax.classify("Miscellaneous") is None
    True
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import yaml

from enrichment.errors import TaxonomyError

DEFAULT_TAXONOMY = Path(__file__).parent / "data" / "taxonomy.yaml"
_SEGMENTS = re.compile(r"\s*(?:>|/|\||»|→|::)\s*")


@dataclass
class Taxonomy:
    """Normalised categories, their groups and their multilingual terms."""

    groups: dict[str, str] = field(default_factory=dict)
    #: (compiled whole-word pattern, term length, category) sorted longest first.
    terms: list[tuple[re.Pattern[str], int, str]] = field(default_factory=list)

    @classmethod
    def load(cls, path: str | Path | None = None) -> Taxonomy:
        """Read a taxonomy YAML file (the packaged one by default)."""
        return _load(str(path or DEFAULT_TAXONOMY))

    def classify(self, label: str | None) -> str | None:
        """The normalised category of a market's label or breadcrumb, None when nothing matches."""
        if not label:
            return None
        for segment in reversed([s for s in _SEGMENTS.split(label.casefold()) if s]):
            for pattern, _, category in self.terms:
                if pattern.search(segment):
                    return category
        return None

    def group(self, category: str | None) -> str | None:
        return self.groups.get(category) if category else None


@lru_cache(maxsize=8)
def _load(path: str) -> Taxonomy:
    try:
        with open(path, encoding="utf-8") as handle:
            data = yaml.safe_load(handle)
    except (OSError, yaml.YAMLError) as exc:
        raise TaxonomyError(f"cannot read taxonomy {path}: {exc}") from exc
    if not isinstance(data, dict) or not isinstance(data.get("categories"), dict):
        raise TaxonomyError(f"taxonomy {path} has no 'categories' mapping")
    tax = Taxonomy()
    for name, spec in data["categories"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("terms"), dict):
            raise TaxonomyError(f"taxonomy {path}: category {name!r} needs a 'terms' mapping")
        tax.groups[name] = str(spec.get("group", name))
        for words in spec["terms"].values():
            for word in words or []:
                term = str(word).casefold()
                tax.terms.append((re.compile(rf"(?<!\w){re.escape(term)}(?!\w)"), len(term), name))
    tax.terms.sort(key=lambda t: -t[1])
    return tax
