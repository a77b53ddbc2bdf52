"""Offline, dated exchange rates: a price's USD value on its capture date.

The table (``data/rates.yaml`` by default, any file via ``ENRICH_RATES_FILE``) lists USD per unit
of each currency on dates; a capture on day D uses the latest rate on or before D.

    >>> table = RateTable({"EUR": {"2024-01-01": 1.10, "2026-01-01": 1.08}})
    >>> table.to_usd(10, "EUR", "2025-06-30T12:00:00Z"), table.to_usd(10, "eur", "2026-02-01")
    (11.0, 10.8)
    >>> table.to_usd(10, "XYZ") is None
    True
"""

from __future__ import annotations

import bisect
import datetime as dt
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from enrichment.errors import RateTableError

DEFAULT_RATES = Path(__file__).parent / "data" / "rates.yaml"
# Sub-units some markets price in.
_SCALED = {"MBTC": ("BTC", 1e-3), "UBTC": ("BTC", 1e-6), "SAT": ("BTC", 1e-8), "SATS": ("BTC", 1e-8)}


@lru_cache(maxsize=16)
def _load_table(path: str, stamp: int) -> RateTable:
    return RateTable._read(Path(path))


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value)[:10])


class RateTable:
    """USD per unit of each currency over time."""

    def __init__(self, rates: dict[str, Any]) -> None:
        self._dates: dict[str, list[dt.date]] = {}
        self._values: dict[str, list[float]] = {}
        for currency, series in rates.items():
            if isinstance(series, int | float):
                series = {"1970-01-01": series}
            if not isinstance(series, dict) or not series:
                raise RateTableError(f"rate of {currency} must be a number or a date: rate mapping")
            try:
                points = sorted((_date(day), float(rate)) for day, rate in series.items())
            except (TypeError, ValueError) as exc:
                raise RateTableError(f"bad rate entry for {currency}: {exc}") from exc
            if any(rate <= 0 for _, rate in points):
                raise RateTableError(f"rate of {currency} must be positive")
            self._dates[currency.upper()] = [d for d, _ in points]
            self._values[currency.upper()] = [r for _, r in points]

    @classmethod
    def load(cls, path: str | Path | None = None) -> RateTable:
        """Read a rate table YAML (``rates:`` mapping); :class:`RateTableError` when unusable.

        Tables are cached per file and modification time, so pipelines built per page stay cheap.
        """
        path = Path(path or DEFAULT_RATES)
        try:
            stamp = path.stat().st_mtime_ns
        except OSError as exc:
            raise RateTableError(f"cannot read rate table {path}: {exc}") from exc
        return _load_table(str(path), stamp)

    @classmethod
    def _read(cls, path: Path) -> RateTable:
        try:
            data = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, yaml.YAMLError) as exc:
            raise RateTableError(f"cannot read rate table {path}: {exc}") from exc
        if not isinstance(data, dict) or not isinstance(data.get("rates"), dict):
            raise RateTableError(f"rate table {path} has no 'rates' mapping")
        return cls(data["rates"])

    @property
    def currencies(self) -> list[str]:
        return sorted(self._dates)

    def rate(self, currency: str, on: Any = None) -> float | None:
        """USD per unit of ``currency`` on the date ``on`` (ISO string, date, datetime; latest if None)."""
        code = currency.upper()
        scale = 1.0
        if code in _SCALED:
            code, scale = _SCALED[code]
        dates = self._dates.get(code)
        if not dates:
            return None
        values = self._values[code]
        if on is None:
            return values[-1] * scale
        try:
            day = _date(on)
        except ValueError:
            return values[-1] * scale
        pos = bisect.bisect_right(dates, day) - 1
        return values[max(pos, 0)] * scale

    def to_usd(self, amount: float | None, currency: str | None, on: Any = None) -> float | None:
        """``amount`` in USD at the date ``on``, rounded to cents; None when amount or rate is unknown."""
        if amount is None or not currency:
            return None
        rate = self.rate(currency, on)
        return None if rate is None else round(amount * rate, 2)
