"""Normalisation of listings: USD prices, quantities and units, one category taxonomy, ISO countries.

    >>> from parsers.records import Listing
    >>> pipe = NormalisePipeline()
    >>> item = pipe.process_item(Listing(title="Premium oolong, 1 kg", price=20.0, currency="EUR",
    ...                          category="Tee & Kräuter", ships_from="Deutschland", ships_to=["EU"],
    ...                          captured_at="2026-03-01T10:00:00Z"))
    >>> item.price_usd, item.quantity, item.unit, item.category_norm, item.ships_from, item.ships_to
    (21.6, 1000.0, 'g', 'tea', 'DE', ['EU'])
"""

from __future__ import annotations

import re
from typing import Any

from enrichment.countries import country_code, country_codes
from enrichment.pipeline import RecordPipeline
from enrichment.rates import RateTable
from enrichment.taxonomy import Taxonomy
from parsers.records import Listing

# unit word -> (normalised unit, factor to it)
UNITS: dict[str, tuple[str, float]] = {
    "g": ("g", 1), "gr": ("g", 1), "gram": ("g", 1), "grams": ("g", 1), "gramm": ("g", 1), "gramos": ("g", 1),
    "grammes": ("g", 1), "gramme": ("g", 1), "г": ("g", 1), "гр": ("g", 1), "kg": ("g", 1000),
    "кг": ("g", 1000), "kilo": ("g", 1000), "mg": ("g", 0.001), "мг": ("g", 0.001), "oz": ("g", 28.3495),
    "lb": ("g", 453.592), "ml": ("ml", 1), "мл": ("ml", 1), "l": ("ml", 1000), "л": ("ml", 1000),
    "cl": ("ml", 10), "pills": ("pill", 1), "pill": ("pill", 1), "tabs": ("pill", 1), "tab": ("pill", 1),
    "tablets": ("pill", 1), "caps": ("pill", 1), "capsules": ("pill", 1), "таб": ("pill", 1),
    "таблеток": ("pill", 1), "pastillas": ("pill", 1), "comprimés": ("pill", 1), "tabletten": ("pill", 1),
    "pcs": ("pcs", 1), "pc": ("pcs", 1), "pieces": ("pcs", 1), "piece": ("pcs", 1), "шт": ("pcs", 1),
    "stück": ("pcs", 1), "stk": ("pcs", 1), "pièces": ("pcs", 1), "piezas": ("pcs", 1), "uds": ("pcs", 1),
    "unidades": ("pcs", 1), "x": ("pcs", 1), "ug": ("g", 1e-6), "µg": ("g", 1e-6), "mcg": ("g", 1e-6),
}
# Strengths per pill or blotter ("2 mg", "220ug"), not amounts sold, when another quantity is given.
_DOSE_UNITS = frozenset({"mg", "мг", "ug", "µg", "mcg"})
_UNIT_ALT = "|".join(re.escape(u) for u in sorted(UNITS, key=len, reverse=True))
_QUANTITY = re.compile(rf"(?<![\w.,])(\d+(?:[.,]\d+)?)\s?({_UNIT_ALT})\.?(?!\w)", re.IGNORECASE)


def parse_quantity(text: str | None) -> tuple[float, str] | None:
    """(quantity, normalised unit) of the last quantity written in ``text`` (titles end with it).

    A dose ("2 mg", "220ug") counts only when no other quantity is written.
    """
    if not text:
        return None
    matches = list(_QUANTITY.finditer(text))
    amounts = [m for m in matches if m.group(2).lower() not in _DOSE_UNITS] or matches
    if not amounts:
        return None
    amount, unit = amounts[-1].groups()
    norm, factor = UNITS[unit.lower()]
    return round(float(amount.replace(",", ".")) * factor, 6), norm


def normalise_unit(quantity: float | None, unit: str | None) -> tuple[float | None, str | None]:
    """A quantity and unit as shown, in normalised units (kg -> g, l -> ml, tabs -> pill)."""
    if unit is None:
        return quantity, unit
    known = UNITS.get(unit.strip().lower().rstrip("."))
    if known is None:
        return quantity, unit
    norm, factor = known
    return (round(quantity * factor, 6) if quantity is not None else None), norm


class NormalisePipeline(RecordPipeline):
    """Normalise listings; settings ``ENRICH_RATES_FILE`` and ``ENRICH_TAXONOMY_FILE`` choose the tables.

    Values already set (a parser's own ``price_usd`` or ``category_norm``) are kept; units and
    countries are rewritten to their normal form.
    """

    def __init__(self, settings: Any = None, *, rates: RateTable | None = None,
                 taxonomy: Taxonomy | None = None) -> None:
        super().__init__(settings)
        self.rates = rates or RateTable.load(self.setting("ENRICH_RATES_FILE", None))
        self.taxonomy = taxonomy or Taxonomy.load(self.setting("ENRICH_TAXONOMY_FILE", None))

    def process_item(self, item: Any, spider: Any = None) -> Any:
        if not isinstance(item, Listing):
            return item
        if item.price_usd is None:
            item.price_usd = self.rates.to_usd(item.price, item.currency, item.captured_at)
            for currency, amount in item.alt_prices.items():
                if item.price_usd is not None:
                    break
                item.price_usd = self.rates.to_usd(amount, currency, item.captured_at)
        if item.currency:
            item.currency = item.currency.upper()
        if item.unit is not None:
            item.quantity, item.unit = normalise_unit(item.quantity, item.unit)
        else:
            found = parse_quantity(item.title)
            if found:
                item.quantity, item.unit = found
        if item.category_norm is None:
            item.category_norm = self.taxonomy.classify(item.category) or self.taxonomy.classify(item.title)
        if item.ships_from:
            item.ships_from = country_code(item.ships_from) or item.ships_from
        if item.ships_to:
            codes = country_codes(item.ships_to)
            item.ships_to = codes or item.ships_to
        return item
