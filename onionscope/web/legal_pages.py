"""HTML bodies of the legal officer's pages and of the justification form.

Example::

    >>> from onionscope.web.legal_pages import why_form
    >>> form = why_form(None, "/search?q=tea")
    >>> 'name="why"' in form, 'name="next" value="/search?q=tea"' in form
    (True, True)

The audit page shows the chain verification first, so the reader knows whether the figures
below it can be trusted, as :mod:`ethics.report` does.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

from onionscope.web.render import esc, hidden, link, pairs, path_for, table, url

if TYPE_CHECKING:
    from ethics.report import Report
    from onionscope.web.app import Context


# -- audit -------------------------------------------------------------------------------------
def audit(data: Mapping[str, Any]) -> str:
    integ = data["integrity"]
    if integ["ok"]:
        state = (
            f'<p class="ok">The audit log is intact: {integ["entries"]} entries, '
            f"{integ['checkpoints']} signed checkpoint(s)"
            + ("" if integ["signed"] else " (signatures not checked: no audit key)")
            + ".</p>"
        )
    else:
        where = f"entry {integ['first_bad']}" if integ["first_bad"] is not None else "the log"
        state = (
            f'<p class="bad">The audit log has been altered or damaged at {esc(where)}: '
            f"{esc(integ['reason'])}. The figures below cannot be relied upon.</p>"
        )
    out = [
        state,
        pairs(
            [
                ("Log", esc(data["log"])),
                ("Entries", esc(data["entries"])),
                ("First", esc(data["first"])),
                ("Last", esc(data["last"])),
            ]
        ),
    ]
    out.append(
        "<h2>Entries by operation</h2>"
        + table(
            ["Operation", "Entries"],
            [[esc(k), esc(v)] for k, v in data["by_operation"].items()],
            numeric=(1,),
        )
    )
    out.append(
        "<h2>Consultations and disclosures by person</h2>"
        + table(
            ["Who", "Entries"],
            [[esc(k), esc(v)] for k, v in data["consultations_by_actor"].items()],
            numeric=(1,),
        )
    )
    if data["scopes"]:
        out.append(
            "<h2>Scopes (report per scope)</h2>"
            + table(
                ["Scope", "Entries"],
                [[link(path_for("audit", "report", k), k), esc(v)] for k, v in data["scopes"].items()],
                numeric=(1,),
            )
        )
    rows = [
        [
            esc(e["seq"]),
            esc(e["ts"]),
            esc(e["actor"]),
            esc(e["op"]),
            esc(e["object"]),
            esc(e["justification"]),
            esc(e["scope_id"]),
            esc(e["outcome"]),
        ]
        for e in data["recent"]
    ]
    out.append(
        f"<h2>Latest consultations ({len(rows)})</h2>"
        + table(["#", "When (UTC)", "Who", "Operation", "What", "Why", "Scope", "Result"], rows, numeric=(0,))
    )
    return "".join(out)


def audit_report(rep: Report) -> str:
    page = rep.render("html")
    body = page.split("<body>", 1)[-1].rsplit("</body>", 1)[0].strip()
    # the layout already gives the page its title
    lines = body.splitlines()
    return "\n".join(lines[1:] if lines and lines[0].startswith("<h1>") else lines)


# -- justification -----------------------------------------------------------------------------
def why_form(current: str | None, target: str, intro: str = "") -> str:
    now = (
        f"<p>Current justification: <q>{esc(current)}</q> "
        f"({link(url('/why', [('clear', '1'), ('next', target)]), 'forget it')})</p>"
        if current
        else ""
    )
    return (
        intro + now + '<form class="search" method="post" action="/why">'
        '<div class="wide"><label for="f-why">Case reference or reason (written to the audit log '
        "with each page you open, kept until you close the browser)</label>"
        f'<input id="f-why" name="why" type="text" required maxlength="500" value="{esc(current or "")}" '
        "autofocus></div>"
        + hidden([("next", target)])
        + '<div><label>&nbsp;</label><button type="submit">Continue</button></div></form>'
    )


def justification_form(ctx: Context) -> str:
    intro = (
        "<p>Every consultation is written to the tamper-evident audit log with your name "
        f"(<b>{esc(ctx.user)}</b>) and why you consult the data. Give a case reference or a reason "
        "to continue.</p>"
    )
    return why_form(None, ctx.req.full_path, intro)


def export_form() -> str:
    rows = [
        [link(url("/export/graph", [("format", f)]), f), esc(what)]
        for f, what in (
            ("graphml", "GraphML: Gephi, yEd, networkx, igraph"),
            ("gexf", "GEXF 1.3: Gephi"),
            ("json", "node-link JSON"),
        )
    ]
    return (
        "<p>Vendors, markets, actors and the identifiers they share (PGP keys, wallets...), as a "
        "graph file. A download passes data out of the app: it is written to the audit log as a "
        "<b>disclosure</b> with your justification.</p>" + table(["Format", "For"], rows)
    )
