"""HTML of the three forum styles. phpBB-like pages carry a ``sid`` session id in every internal
link (a fresh one per render, filled in by :meth:`lab.sites.world.Site.handle`)."""

from __future__ import annotations

from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from . import text, ui
from .model import esc, page_shell

if TYPE_CHECKING:
    from .forum_data import SimAuthor, SimPost, SimThread
    from .forums import ForumApp
    from .world import Site

CSS = {
    "phpbb": "body{font-family:Verdana;background:#f5f7fa}.post{border:1px solid #ccc;margin:4px}"
    ".postprofile{float:right;width:150px}blockquote{background:#eee}",
    "xenforo": "body{font-family:Segoe UI,sans-serif}.message{display:flex;border-bottom:1px solid #ddd}"
    ".message-cell--user{width:140px}.bbCodeBlock--quote{border-left:3px solid #c33}",
    "dread": "body{font-family:Arial;background:#1a1a1b;color:#d7dadc}.comment{margin-left:12px}"
    ".quote{color:#999}",
}


def _href(app: ForumApp, site: Site, url: str) -> str:
    parts = urlsplit(url)
    if parts.hostname != site.onion:
        return url
    rel = parts.path + (f"?{parts.query}" if parts.query else "")
    if app.family == "phpbb":
        rel = "." + rel + ("&" if "?" in rel else "?") + "sid=__SID__"
    return rel


def _a(app: ForumApp, site: Site, url: str, label: str, cls: str = "") -> str:
    c = f' class="{cls}"' if cls else ""
    return f'<a href="{esc(_href(app, site, url))}"{c}>{esc(label)}</a>'


def _frame(app: ForumApp, site: Site, title: str, main: str) -> bytes:
    name = app.world.display_name(app.name)
    base = site.base_url
    boards = " ".join(
        _a(app, site, base + app.board_url(b), app.data.boards[b][1]) for b in range(len(app.data.boards))
    )
    home = _a(app, site, base + app.home_url(), name, "logo")
    foot = app.world.extras.footer_html(site)
    if app.family == "phpbb":
        # Footer links of phpBB pages carry the session id too.
        foot = _phpbb_footer(app, site)
        body = (
            f'<div id="wrap"><div class="headerbar">{home}</div><div class="navbar">{boards}</div>'
            f'<div id="page-body">{main}</div><div class="copyright">{foot} Powered by phpBB&reg; '
            f"Forum Software</div></div>"
        )
    elif app.family == "xenforo":
        body = (
            f'<div class="p-header">{home}</div><nav class="p-nav">{boards}</nav>'
            f'<div class="p-body-main">{main}</div><footer class="p-footer">{foot}'
            f"<span>Forum software by XenForo&reg;</span></footer>"
        )
    else:
        body = (
            f'<div class="header">{home} <span class="subs">{boards}</span></div>'
            f'<div class="content">{main}</div>'
            f'<div class="footer">{foot}</div>'
        )
    return page_shell(f"{title} - {name}", app.lang, body, CSS[app.family])


def _phpbb_footer(app: ForumApp, site: Site) -> str:
    base = site.base_url
    parts = []
    for url in app.world.extras.footer_links(site):
        label = url.removeprefix(base) if url.startswith(base) else ("partner" if ".onion" in url else "faq")
        parts.append(_a(app, site, url, label))
    return " | ".join(parts)


def render_home(app: ForumApp, site: Site, boards: list[tuple[int, str]]) -> bytes:
    lab = app.labels
    rows = []
    for b, url in boards:
        n = len(app.data.board_threads[b])
        if app.family == "phpbb":
            rows.append(
                f'<li class="row"><dl><dt>{_a(app, site, url, app.data.boards[b][1], "forumtitle")}</dt>'
                f'<dd class="topics">{n}</dd></dl></li>'
            )
        elif app.family == "xenforo":
            rows.append(
                f'<div class="node node--forum"><h3 class="node-title">'
                f"{_a(app, site, url, app.data.boards[b][1])}"
                f'</h3><dl class="pairs"><dt>{lab["replies"]}</dt><dd>{n}</dd></dl></div>'
            )
        else:
            rows.append(f"<li>{_a(app, site, url, '/d/' + app.data.boards[b][0])} ({n})</li>")
    main = f'<h2>{esc(app.world.display_name(app.name))}</h2><ul class="forums">{"".join(rows)}</ul>'
    return _frame(app, site, app.world.display_name(app.name), main)


def _when(app: ForumApp, post: SimPost) -> str:
    if app.family == "dread":
        return text.fmt_ago(post.when, app.world.now)[0]
    return text.fmt_datetime(post.when, app.lang, app.world.now)[0]


def render_board(
    app: ForumApp,
    site: Site,
    b: int,
    rows: list[tuple[SimThread, str, SimAuthor, str]],
    pager: list[tuple[int, str]],
    current: int,
) -> bytes:
    lab = app.labels
    items = []
    for th, turl, starter, purl in rows:
        replies = len(th.posts) - 1
        last = _when(app, th.last)
        if app.family == "phpbb":
            items.append(
                f'<li class="row"><dl><dt>{_a(app, site, turl, th.title, "topictitle")} '
                f'<div class="topic-poster">{_a(app, site, purl, starter.name, "username")}</div></dt>'
                f'<dd class="posts">{replies}</dd><dd class="lastpost">{esc(last)}</dd></dl></li>'
            )
        elif app.family == "xenforo":
            items.append(
                f'<div class="structItem structItem--thread"><div class="structItem-title">'
                f'{_a(app, site, turl, th.title)}</div><ul class="structItem-parts"><li>'
                f"{_a(app, site, purl, starter.name, 'username')}</li></ul>"
                f'<dl class="pairs"><dt>{lab["replies"]}</dt><dd>{replies}</dd></dl>'
                f"<time>{esc(last)}</time></div>"
            )
        else:
            items.append(
                f'<div class="post-row">{_a(app, site, turl, th.title, "title")} '
                f'<span class="by">by {_a(app, site, purl, "/u/" + starter.name)}</span> '
                f'<span class="comments">{replies} comments</span> '
                f'<span class="time">{esc(last)}</span></div>'
            )
    main = (
        f'<h2>{esc(app.data.boards[b][1])}</h2><div class="topics">{"".join(items)}</div>'
        f"{_pager(app, site, pager, current)}"
    )
    return _frame(app, site, app.data.boards[b][1], main)


def _pager(app: ForumApp, site: Site, pager: list[tuple[int, str]], current: int) -> str:
    if not pager:
        return ""
    parts = [(f"<strong>{k}</strong>" if k == current else _a(app, site, u, str(k))) for k, u in pager]
    nxt = ui.next_of(pager, current)
    parts += [_a(app, site, nxt, f"{app.labels['next']} ›", "next")] if nxt else []
    return f'<div class="pagination">{app.labels["page"]} {" ".join(parts)}</div>'


def _body_html(app: ForumApp, site: Site, post: SimPost) -> str:
    parts = [esc(post.body)]
    if post.url:
        parts.append(_a(app, site, post.url, post.url, "postlink"))
    for kind, value in post.entities:
        if kind != "onion":
            parts.append(f"{kind.upper()}: {esc(value)}")
    return " ".join(parts)


def render_thread(
    app: ForumApp,
    site: Site,
    th: SimThread,
    views: list[tuple[SimPost, SimAuthor, str, str | None, str]],
    pager: list[tuple[int, str]],
    current: int,
) -> bytes:
    lab = app.labels
    out = []
    chunk = [view[0] for view in views]
    open_comments = 0  # Dread-like comments left open, each holding the reply nested in it
    for i, (post, au, shown, quoted, purl) in enumerate(views):
        body = _body_html(app, site, post)
        qtext = esc(post.quote[1]) if post.quote else ""
        if app.family == "phpbb":
            quote = (
                f"<blockquote><div><cite>{esc(quoted)} {lab['quote']}:</cite>{qtext}</div></blockquote>"
                if quoted
                else ""
            )
            sig = f'<div class="signature">{esc(au.signature)}</div>' if au.signature else ""
            out.append(
                f'<div class="post bg2" id="p{post.k}"><div class="inner"><dl class="postprofile">'
                f"<dt>{_a(app, site, purl, au.name, 'username')}</dt>"
                f'<dd class="profile-posts"><strong>{lab["posts"]}:</strong> {au.post_count}</dd>'
                f'<dd class="profile-joined"><strong>{lab["joined"]}:</strong> '
                f"{esc(text.fmt_date(au.joined, app.lang))}</dd></dl>"
                f'<div class="postbody"><p class="author">{esc(shown)}</p>'
                f'<div class="content">{quote}{body}</div>{sig}</div></div></div>'
            )
        elif app.family == "xenforo":
            quote = (
                f'<blockquote class="bbCodeBlock bbCodeBlock--quote" data-quote="{esc(quoted)}">'
                f'<div class="bbCodeBlock-title">{esc(quoted)} {lab["quote"]} :</div>'
                f'<div class="bbCodeBlock-content">{qtext}</div></blockquote>'
                if quoted
                else ""
            )
            sig = f'<aside class="message-signature">{esc(au.signature)}</aside>' if au.signature else ""
            out.append(
                f'<article class="message message--post" data-author="{esc(au.name)}">'
                f'<div class="message-cell message-cell--user"><h4 class="message-name">'
                f'{_a(app, site, purl, au.name, "username")}</h4><dl class="pairs"><dt>{lab["posts"]}</dt>'
                f'<dd>{au.post_count}</dd></dl><dl class="pairs"><dt>{lab["joined"]}</dt>'
                f"<dd>{esc(text.fmt_date(au.joined, app.lang))}</dd></dl></div>"
                f'<div class="message-cell message-cell--main"><time class="u-dt">{esc(shown)}</time>'
                f'<div class="bbWrapper">{quote}{body}</div>{sig}</div></article>'
            )
        else:
            quote = (
                f'<div class="quote">&gt; {qtext} <span class="qa">(u/{esc(quoted)})</span></div>'
                if quoted
                else ""
            )
            if not app.nests(chunk, i):
                out.append("</div>" * open_comments)
                open_comments = 0
            out.append(
                f'<div class="comment"><div class="meta">{_a(app, site, purl, "/u/" + au.name, "user")} '
                f'<span class="time">{esc(shown)}</span></div>{quote}<div class="body">{body}</div>'
            )
            open_comments += 1
    out.append("</div>" * open_comments)
    board_link = _a(app, site, site.base_url + app.board_url(th.board), app.data.boards[th.board][1])
    main = (
        f'<div class="crumbs">{board_link}</div><h2 class="topic-title">{esc(th.title)}</h2>'
        f'{_pager(app, site, pager, current)}<div class="posts">{"".join(out)}</div>'
        f"{_pager(app, site, pager, current)}"
    )
    return _frame(app, site, th.title, main)


def render_profile(app: ForumApp, site: Site, au: SimAuthor) -> bytes:
    lab = app.labels
    joined = text.fmt_date(au.joined, "en" if app.family == "dread" else app.lang)
    if app.family == "phpbb":
        main = (
            f'<div class="panel bg1"><h2>{esc(app.labels["members"])}: {esc(au.name)}</h2>'
            '<dl class="details">'
            f"<dt>{lab['joined']}:</dt><dd>{esc(joined)}</dd><dt>{lab['posts']}:</dt>"
            f"<dd>{au.post_count}</dd></dl></div>"
        )
    elif app.family == "xenforo":
        main = (
            f'<div class="memberHeader"><h1 class="memberHeader-name">{esc(au.name)}</h1>'
            f'<dl class="pairs"><dt>{lab["posts"]}</dt><dd>{au.post_count}</dd></dl>'
            f'<dl class="pairs"><dt>{lab["joined"]}</dt><dd>{esc(joined)}</dd></dl></div>'
        )
    else:
        main = (
            f'<div class="profile"><h1>u/{esc(au.name)}</h1><p>Posts: <b>{au.post_count}</b></p>'
            f"<p>Joined: <b>{esc(joined)}</b></p></div>"
        )
    return _frame(app, site, au.name, main)
