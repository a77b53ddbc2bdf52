"""The legal officer's report on one scope, read from the audit log (Markdown, HTML or JSON).

It answers: under which authority and until when, what was collected from which sites (pages,
volume, time span), what was refused and why, blocklist and content-stop hits, who consulted or
exported data and why, and the retention status with every erasure. It starts with the result
of the log's integrity check, so the reader knows whether the record can be trusted.

    >>> import tempfile, pathlib, datetime as dt
    >>> tmp = pathlib.Path(tempfile.mkdtemp())
    >>> from ethics.audit import AuditLog
    >>> log = AuditLog(tmp / "a" / "audit.jsonl", key=b"k" * 32)
    >>> _ = log.append("collection", actor="crawler", scope_id="s1", object="http://x.onion/a",
    ...                outcome="stored", sha256="0" * 64, details={"size": 2048})
    >>> _ = log.append("consultation", actor="ana", justification="who sells tea?", scope_id="s1",
    ...                object="search: tea", outcome="ok")
    >>> rep = report(log.path, None, scope_id="s1", key=b"k" * 32)
    >>> rep.data["collection"]["pages"], rep.data["consultations"][0]["who"]
    (1, 'ana')
    >>> print(rep.render("md").splitlines()[0])
    # Audit report for scope s1
"""

from __future__ import annotations

import datetime as dt
import html
import json
from collections import Counter, defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from ethics.audit import KeySpec, read_entries, verify
from ethics.policy import REASONS
from ethics.retention import ErasableStore, Holds
from ethics.scope import Scope, status_words, when_words


def _host(url: str) -> str:
    try:
        return urlsplit(url).hostname or url
    except ValueError:
        return url


def _fmt_size(n: int) -> str:
    size = float(n)
    for unit in ("bytes", "KB", "MB", "GB"):
        if size < 1024 or unit == "GB":
            return f"{size:.0f} {unit}" if unit == "bytes" else f"{size:.1f} {unit}"
        size /= 1024
    return f"{n} bytes"


def _day(ts: str | None) -> str:
    if not ts:
        return "-"
    return ts.replace("T", " ")[:19] + " UTC"


@dataclass
class Report:
    """The report's facts (``data``, JSON-ready) and its renderings."""

    data: dict[str, Any]

    def render(self, fmt: str = "md") -> str:
        if fmt == "json":
            return json.dumps(self.data, indent=2, ensure_ascii=False) + "\n"
        if fmt == "md":
            return _markdown(self.data)
        if fmt == "html":
            return _html(self.data)
        raise ValueError(f"unknown report format {fmt!r} (md, html or json)")


def report(log_path: str | Path, scope: Scope | None, *, scope_id: str | None = None,
           holds: Holds | None = None, key: KeySpec = None, now: dt.datetime | None = None,
           max_examples: int = 5, stores: list[ErasableStore] | None = None,
           include_pages: bool = False) -> Report:
    """Gather the report for ``scope`` (or only ``scope_id`` when the scope file is not at hand).

    ``stores``: erasable stores (index, captures) to count records past retention not yet erased.
    ``include_pages``: list every collected page (URL, time, SHA-256) in an appendix.
    """
    now = now or dt.datetime.now(dt.UTC)
    sid = scope.id if scope else scope_id
    if not sid:
        raise ValueError("report needs a scope or a scope_id")
    integrity = verify(log_path, key)
    everything = list(read_entries(log_path))
    entries = [e for e in everything if e.get("scope_id") == sid]
    starts = [e for e in entries if e.get("op") == "scope"]
    authority: dict[str, Any]
    if scope is not None:
        code = scope.status(now)[0]
        authority = {
            "case_reference": scope.case_reference, "legal_basis": scope.legal_basis.kind,
            "legal_basis_text": scope.legal_basis.text, "purpose": scope.purpose,
            "authorised_by": scope.authorised_by, "valid_from": scope.valid_from.isoformat(),
            "valid_until": scope.valid_until.isoformat(), "status": code,
            "status_text": status_words(scope, now),
            "validity_text": (f"from {when_words(scope.valid_from)} "
                              f"until {when_words(scope.valid_until, end=True)}"),
            "targets": [{"onion": t.onion, "label": t.label} for t in scope.targets],
            "retention_days": scope.retention_days, "media": scope.media, "source": scope.source,
            "scope_sha256": scope.sha256,
            "crawled_with": sorted({(e.get("details") or {}).get("scope_sha256") for e in starts} - {None}),
        }
    elif starts:
        authority = dict(starts[-1].get("details") or {})
        authority["status_text"] = ("scope file not available; facts recorded in the log "
                                    "when the crawl started")
    else:
        authority = {"status_text": "scope file not available and no crawl start recorded in the log"}

    sessions = [{"when": e["ts"], "actor": e["actor"], "outcome": e["outcome"],
                 "status": (e.get("details") or {}).get("status"),
                 "pages_admitted": (e.get("details") or {}).get("pages_admitted")} for e in starts]
    collections = [e for e in entries if e.get("op") == "collection"]
    kept = [e for e in collections if e.get("outcome") in ("stored", "hashed")]
    labels = {t.onion: t.label for t in scope.targets} if scope else {}
    per_site: dict[str, dict[str, int]] = defaultdict(lambda: {"pages": 0, "bytes": 0, "hashed_only": 0})
    for e in kept:
        site = per_site[_host(e.get("object", ""))]
        site["pages"] += 1
        site["bytes"] += int((e.get("details") or {}).get("size") or 0)
        site["hashed_only"] += e.get("outcome") == "hashed"
    discarded = Counter((e.get("details") or {}).get("reason", "unknown")
                        for e in collections if e.get("outcome") == "discarded")
    times = [e["ts"] for e in entries if e.get("op") in ("collection", "decision")]

    decisions = [e for e in entries if e.get("op") == "decision"]
    denials = [e for e in decisions if e.get("outcome") == "denied"]
    admitted = [e for e in decisions if e.get("outcome") == "allowed"
                and (e.get("details") or {}).get("stage") != "handler"]
    by_reason: dict[str, list[str]] = defaultdict(list)
    for e in denials:
        by_reason[(e.get("details") or {}).get("reason", "unknown")].append(e.get("object", ""))
    denial_rows = [
        {"reason": r, "meaning": REASONS.get(r, r), "count": len(objs),
         "examples": sorted(set(objs))[:max_examples]}
        for r, objs in sorted(by_reason.items(), key=lambda kv: -len(kv[1]))
    ]
    suspensions = [{"when": e["ts"], "site": (e.get("details") or {}).get("site"),
                    "pattern": (e.get("details") or {}).get("pattern_index")}
                   for e in entries if e.get("op") == "suspension"]
    # A search or export not tied to one scope ran over all collected data, this scope's included.
    consult = [{"when": e["ts"], "who": e["actor"], "operation": e["op"], "what": e.get("object", ""),
                "why": e.get("justification", ""), "outcome": e.get("outcome", ""),
                "data": "this scope" if e.get("scope_id") == sid else "all scopes"}
               for e in everything
               if e.get("op") in ("consultation", "disclosure", "combination", "alteration")
               and e.get("scope_id") in (sid, None)]
    erasures = [e for e in entries if e.get("op") == "erasure"]
    hold_events = [{"when": e["ts"], "who": e["actor"], "event": e["op"], "what": e.get("object", ""),
                    "why": e.get("justification", "")}
                   for e in entries if e.get("op") in ("hold", "release")]
    active_holds = []
    if holds is not None:
        active_holds = [h.__dict__ for h in holds.entries() if h.kind == "record" or h.target == sid]
    retention: dict[str, Any] = {
        "erased_records": sum(e.get("outcome") == "erased" for e in erasures),
        "deferred_erasures": sum(e.get("outcome") == "deferred" for e in erasures),
        "first_erasure": erasures[0]["ts"] if erasures else None,
        "last_erasure": erasures[-1]["ts"] if erasures else None,
        "hold_events": hold_events, "active_holds": active_holds,
    }
    if scope is not None:
        cutoff = scope.retention_cutoff(now)
        retention["retention_days"] = scope.retention_days
        retention["cutoff"] = cutoff.isoformat(timespec="seconds")
        if stores:
            due = [(st.name, rid) for st in stores for rid in st.records_before(sid, cutoff)]
            scope_held = holds is not None and holds.scope_hold(sid) is not None
            held = [d for d in due if scope_held or (holds is not None and holds.record_hold(d[1]))]
            retention["due"] = len(due) - len(held)
            retention["due_held"] = len(held)
    data = {
        "scope_id": sid, "generated_at": now.isoformat(timespec="seconds"),
        "integrity": integrity.as_dict() | {"log": str(log_path)},
        "authority": authority, "sessions": sessions,
        "collection": {
            "pages": len(kept), "bytes": sum(s["bytes"] for s in per_site.values()),
            "sites": {k: v for k, v in sorted(per_site.items())},
            "site_labels": {k: labels[k] for k in per_site if labels.get(k)},
            "discarded": dict(discarded), "first": min(times) if times else None,
            "last": max(times) if times else None,
        },
        "decisions": {"allowed": len(admitted), "denied": len(denials)},
        "denials": denial_rows,
        "blocklist_hits": len(by_reason.get("blocklisted", [])),
        "content_stops": suspensions, "consultations": consult, "retention": retention,
        "entries": len(entries),
    }
    if include_pages:
        data["pages"] = [{"url": e.get("object", ""), "when": e["ts"], "sha256": e.get("sha256"),
                          "outcome": e.get("outcome"), "size": (e.get("details") or {}).get("size")}
                         for e in collections]
    return Report(data)


def _lines(d: dict[str, Any]) -> list[str]:
    a, c, integ, ret = d["authority"], d["collection"], d["integrity"], d["retention"]
    out = [f"# Audit report for scope {d['scope_id']}", "",
           f"Generated {_day(d['generated_at'])} from the audit log `{integ['log']}`.", "",
           "## Integrity", ""]
    if integ["ok"]:
        out.append(f"The audit log is **intact**: {integ['entries']} entries, {integ['checkpoints']} signed "
                   f"checkpoint(s), no entry edited, inserted, removed or reordered"
                   + ("." if integ["signed"]
                      else " (signatures not checked: the audit key was not available)."))
    else:
        where = f"entry {integ['first_bad']}" if integ["first_bad"] is not None else "the log"
        out.append(f"**WARNING: the audit log has been altered or damaged** at {where}: {integ['reason']}. "
                   "The figures below cannot be relied upon.")
    out += ["", "## Authority", ""]
    if "case_reference" in a:
        basis = str(a.get("legal_basis", "")).replace("_", " ")
        out += [f"- Case reference: {a['case_reference']}",
                f"- Legal basis: {basis} — {a.get('legal_basis_text', '')}",
                f"- Authorised by: {a.get('authorised_by', '')}",
                f"- Purpose: {a.get('purpose', '')}",
                f"- Valid {a['validity_text']}" if a.get("validity_text")
                else f"- Valid from {_day(a.get('valid_from'))} until {_day(a.get('valid_until'))}"]
        if a.get("status_text"):
            out.append(f"- Status: {a['status_text']}")
        if a.get("source"):
            out.append(f"- Scope file: {a['source']} (SHA-256 {a.get('scope_sha256')})")
        other = [h for h in a.get("crawled_with", []) if h != a.get("scope_sha256")]
        if other:
            out.append("- **Crawls ran under another version of this scope file** "
                       f"(SHA-256 {', '.join(other)})")
        for t in a.get("targets", []) if isinstance(a.get("targets"), list) else []:
            out.append(f"- Authorised site: {t['onion']}" + (f" ({t['label']})" if t.get("label") else ""))
    else:
        out.append(a.get("status_text", ""))
    if d["sessions"]:
        out += ["", "Crawls started under this scope:", ""]
        for s in d["sessions"]:
            if s["outcome"] == "started":
                word = "crawl started"
            elif s["outcome"] == "refused":
                word = f"crawl REFUSED before any connection ({str(s['status']).replace('_', ' ')})"
            else:
                word = f"crawl ended ({s['outcome']}), {s.get('pages_admitted') or 0} pages admitted"
            out.append(f"- {_day(s['when'])} by {s['actor']}: {word}")
    out += ["", "## What was collected", ""]
    if c["pages"]:
        out.append(f"{c['pages']} pages ({_fmt_size(c['bytes'])}) between {_day(c['first'])} "
                   f"and {_day(c['last'])}.")
        out += ["", "| Site | Pages | Volume | Media kept as fingerprint only |", "|---|---:|---:|---:|"]
        for site, v in c["sites"].items():
            name = f"{c['site_labels'][site]} ({site})" if site in c.get("site_labels", {}) else site
            out.append(f"| {name} | {v['pages']} | {_fmt_size(v['bytes'])} | {v['hashed_only']} |")
    else:
        out.append("Nothing was collected under this scope.")
    if c["discarded"]:
        out += ["", "Responses fetched but thrown away (nothing of them kept):", ""]
        for reason, n in sorted(c["discarded"].items()):
            out.append(f"- {n} × {REASONS.get(reason, reason.replace('_', ' '))}")
    dec = d["decisions"]
    out += ["", "## Requests refused", "",
            f"{dec['allowed']} request(s) allowed and {dec['denied']} refused. Every request is checked "
            "against the scope twice (when it is planned and again just before the network); "
            "refused requests never leave the machine."]
    if d["denials"]:
        out += ["", "| Why refused | Count | Examples |", "|---|---:|---|"]
        for r in d["denials"]:
            ex = ", ".join(r["examples"][:3])
            out.append(f"| {r['meaning']} (`{r['reason']}`) | {r['count']} | {ex} |")
    out += ["", "## Blocklist and content stops", "",
            f"- Blocklisted onion sites refused: {d['blocklist_hits']} request(s) (addresses are never "
            "written down, only their fingerprints)."]
    if d["content_stops"]:
        for s in d["content_stops"]:
            out.append(f"- {_day(s['when'])}: site {s['site']} suspended by content stop #{s['pattern']}; "
                       "nothing of the page was stored.")
    else:
        out.append("- No content stop was triggered.")
    out += ["", "## Who consulted or passed on the data", ""]
    if d["consultations"]:
        out += ["| When | Who | Operation | What | Why | Data searched | Result |",
                "|---|---|---|---|---|---|---|"]
        for q in d["consultations"]:
            out.append(f"| {_day(q['when'])} | {q['who']} | {q['operation']} | {q['what']} | {q['why']} "
                       f"| {q['data']} | {q['outcome']} |")
    else:
        out.append("No search or export was made on this scope's data.")
    out += ["", "## Retention and erasure", ""]
    if "retention_days" in ret:
        out.append(f"Data is kept {ret['retention_days']} days: everything captured before "
                   f"{_day(ret['cutoff'])} is due for erasure.")
    if ret["erased_records"]:
        out.append(f"{ret['erased_records']} record(s) erased between {_day(ret['first_erasure'])} "
                   f"and {_day(ret['last_erasure'])}, each recorded in the log.")
    else:
        out.append("No record has been erased yet (erasure runs with `onionscope retention apply`).")
    if ret.get("deferred_erasures"):
        out.append(f"{ret['deferred_erasures']} erasure(s) were deferred because a running crawl was still "
                   "writing the file; a later run erases those records.")
    if "due" in ret:
        if ret["due"]:
            out.append(f"**{ret['due']} record(s) are past the retention period and not yet erased**: "
                       "run `onionscope retention apply`.")
        else:
            out.append("No record past the retention period is waiting for erasure.")
        if ret["due_held"]:
            out.append(f"{ret['due_held']} record(s) past the retention period are kept under legal hold.")
    for h in ret["active_holds"]:
        out.append(f"- Legal hold on {h['kind']} {h['target']} since {_day(h['since'])} "
                   f"by {h['actor']}: {h['reason']}")
    for h in ret["hold_events"]:
        out.append(f"- {_day(h['when'])}: {h['who']} {h['event']}d {h['what']} ({h['why']})")
    if "pages" in d:
        out += ["", "## Every page fetched", "", "| When | Page | Kept | Size | SHA-256 |",
                "|---|---|---|---:|---|"]
        for p in d["pages"]:
            size = _fmt_size(int(p["size"] or 0))
            out.append(f"| {_day(p['when'])} | {p['url']} | {p['outcome']} | {size} | {p['sha256']} |")
    return out


def _markdown(d: dict[str, Any]) -> str:
    return "\n".join(_lines(d)) + "\n"


def _html(d: dict[str, Any]) -> str:
    """A self-contained HTML page: the Markdown lines turned into headings, lists and tables."""
    body: list[str] = []
    in_list = in_table = False

    def inline(text: str) -> str:
        t = html.escape(text)
        while t.count("**") >= 2:
            t = t.replace("**", "<strong>", 1).replace("**", "</strong>", 1)
        while t.count("`") >= 2:
            t = t.replace("`", "<code>", 1).replace("`", "</code>", 1)
        return t

    for line in _lines(d):
        if in_list and not line.startswith("- "):
            body.append("</ul>")
            in_list = False
        if in_table and not line.startswith("|"):
            body.append("</table>")
            in_table = False
        if line.startswith("# "):
            body.append(f"<h1>{inline(line[2:])}</h1>")
        elif line.startswith("## "):
            body.append(f"<h2>{inline(line[3:])}</h2>")
        elif line.startswith("- "):
            if not in_list:
                body.append("<ul>")
                in_list = True
            body.append(f"<li>{inline(line[2:])}</li>")
        elif line.startswith("|"):
            cells = [c.strip() for c in line.strip("|").split("|")]
            if all(set(c) <= set("-:") for c in cells):
                continue
            tag = "th" if not in_table else "td"
            if not in_table:
                body.append("<table>")
                in_table = True
            body.append("<tr>" + "".join(f"<{tag}>{inline(c)}</{tag}>" for c in cells) + "</tr>")
        elif line:
            body.append(f"<p>{inline(line)}</p>")
    if in_list:
        body.append("</ul>")
    if in_table:
        body.append("</table>")
    style = ("body{font-family:sans-serif;max-width:60em;margin:2em auto;line-height:1.4}"
             "table{border-collapse:collapse}td,th{border:1px solid #999;padding:.2em .5em;text-align:left}")
    title = html.escape(f"Audit report for scope {d['scope_id']}")
    return (f"<!doctype html>\n<html><head><meta charset=\"utf-8\"><title>{title}</title>"
            f"<style>{style}</style></head><body>\n" + "\n".join(body) + "\n</body></html>\n")
