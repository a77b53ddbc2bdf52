"""Field-level F1 of extracted records against ground truth (used by the lab and realpages tests).

Records of one type are aligned in page order (posts by position, index cards by order); each
contract field then counts as a true positive when equal, a false positive when a wrong or
unexpected value is given, a false negative when an expected value is missing or wrong.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

#: Fields beyond the contract that the parsers fill too (scored separately).
EXTENDED_FIELDS: dict[str, tuple[str, ...]] = {
    "listing": ("alt_prices", "escrow", "feedback_count", "description", "stock", "listing_url"),
    "vendor": ("feedback", "pgp_key"),
    "thread": ("author", "board", "thread_url"),
    "post": ("links", "thread", "thread_url", "reply_to"),
}
CONTRACT_FIELDS: dict[str, tuple[str, ...]] = {
    "listing": ("title", "price", "currency", "vendor", "category", "ships_from", "ships_to"),
    "vendor": ("name", "feedback_count", "rating", "member_since", "pgp_fingerprint", "has_pgp_key"),
    "thread": ("title",),
    "post": ("author", "posted_at", "index", "body", "quotes"),
    "author": ("name", "post_count", "joined"),
}


def _norm(value: Any) -> Any:
    if value is None or value == [] or value == "":
        return None
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return round(float(value), 6)
    if isinstance(value, list):
        return tuple(sorted(str(_norm(v)) for v in value))
    text = " ".join(str(value).split()).casefold()
    if len(text) >= 19 and text[4] == "-" and text[10] in "t ":  # ISO datetime: to the minute
        return text[:16].replace(" ", "t")
    return text


def equal(expected: Any, got: Any) -> bool:
    return _norm(expected) == _norm(got)


class Scorer:
    """Accumulates per-field TP/FP/FN over pages."""

    def __init__(self, fields: dict[str, tuple[str, ...]] | None = None) -> None:
        self.fields = CONTRACT_FIELDS if fields is None else fields
        self.counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
        self.misses: list[str] = []

    def _count(self, key: str, expected: Any, got: Any, where: str) -> None:
        e, g = _norm(expected), _norm(got)
        c = self.counts[key]
        if e is None and g is None:
            return
        if e is not None and e == g:
            c[0] += 1
            return
        if g is not None:
            c[1] += 1
        if e is not None:
            c[2] += 1
        if len(self.misses) < 400:
            self.misses.append(f"{where} {key}: expected {expected!r} got {got!r}")

    def page(
        self,
        where: str,
        expected_type: str,
        got_type: str,
        expected: list[dict[str, Any]],
        got: list[dict[str, Any]],
    ) -> None:
        if self.fields is CONTRACT_FIELDS:
            self._count("page.page_type", expected_type, got_type, where)
        for kind, fields in self.fields.items():
            exp = [r for r in expected if r.get("type") == kind]
            out = [r for r in got if r.get("type") == kind]
            if kind == "author":  # authors are a set: align by name
                by_name = {str(_norm(r.get("name"))): r for r in out}
                out = [by_name.get(str(_norm(r.get("name"))), {}) for r in exp] + [
                    r
                    for r in out
                    if str(_norm(r.get("name"))) not in {str(_norm(x.get("name"))) for x in exp}
                ]
            for i in range(max(len(exp), len(out))):
                e = exp[i] if i < len(exp) else {}
                g = out[i] if i < len(out) else {}
                for f in fields:
                    self._count(f"{kind}.{f}", e.get(f), g.get(f), where)

    def field(self, where: str, key: str, expected: Any, got: Any) -> None:
        """One more scored value (page-level facts such as ``next_page``)."""
        self._count(key, expected, got, where)

    def links(self, where: str, expected: list[str], got: list[str]) -> None:
        """Links as a set per page (fragments ignored): each link is a TP, FP or FN."""
        exp, out = set(expected), {link.split("#")[0] for link in got}
        c = self.counts["page.links"]
        c[0] += len(exp & out)
        c[1] += len(out - exp)
        c[2] += len(exp - out)
        if exp != out and len(self.misses) < 400:
            missing, extra = sorted(exp - out)[:3], sorted(out - exp)[:3]
            self.misses.append(f"{where} links: missing {missing} extra {extra}")

    def f1(self) -> dict[str, float]:
        out = {}
        for key, (tp, fp, fn) in sorted(self.counts.items()):
            out[key] = 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)
        return out

    def overall(self) -> float:
        tp = sum(c[0] for c in self.counts.values())
        fp = sum(c[1] for c in self.counts.values())
        fn = sum(c[2] for c in self.counts.values())
        return 1.0 if tp + fp + fn == 0 else 2 * tp / (2 * tp + fp + fn)

    def table(self) -> str:
        rows = [
            f"{k:28s} F1={v:.4f} tp={self.counts[k][0]} fp={self.counts[k][1]} fn={self.counts[k][2]}"
            for k, v in self.f1().items()
        ]
        return "\n".join([*rows, f"{'overall':28s} F1={self.overall():.4f}"])
