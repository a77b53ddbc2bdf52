"""Who wrote a forum post: links to member pages, members' handles, the link naming a post's author.

Member pages are found by link conventions shared by forum software (``/u/name``,
``/members/x.1/``, ``profile.php?id=N``, ``home.php?mod=space&uid=N``...); at an address no
convention knows, a member link is the one named link in the element classed as the post's author
("author-name"), and on boards that link no names, the element classed as the poster's name.

    >>> from parsers.forum_members import USER_HREF_RE, member_name
    >>> member_name("/u/ann"), bool(USER_HREF_RE.search("/members/ann.12/"))
    ('ann', True)
"""

from __future__ import annotations

import re
from typing import Any
from urllib.parse import unquote, urlsplit

from parsers.avatar_links import avatar_named_links
from parsers.dates import parse_date
from parsers.dom import Doc, clean, xpath

__all__ = [
    "USER_HREF_RE", "href_count", "member_links", "member_name", "post_author_link", "shown_name",
    "user_links",
]


USER_HREF_RE = re.compile(
    r"(?:^|/)(?:u|user|users|member|members|profile|profiles|participant)/[^/?#]+|memberlist\.php\?mode=viewprofile|"
    r"member\.php\?|[?&]action=profile|/User-[^/?#]+|showuser=|/@[\w.-]+|"
    # PunBB/FluxBB "profile.php?id=N", phpBB 2 "profile.php?mode=viewprofile&u=N", PHP-Fusion
    # "profile.php?lookup=N"; the key under a prefixed name too ("profile.php?mb_id=ann",
    # "?member_id=5", "?user_id=5").
    r"(?:^|/)profile\.php\?(?:[^#]*&)?(?:[a-z]{1,8}_)?(?:id|u|uid|user|lookup)=|"
    # Discuz! "home.php?mod=space&uid=N" and its rewritten "space-uid-N.html".
    r"(?:^|/)home\.php\?(?:[^#]*&)?mod=space&(?:[^#]*&)?uid=\d|(?:^|/)space-uid-\d+\.html|"
    # FUDforum "index.php?t=usrinfo&id=N".
    r"[?&]t=usrinfo&(?:[^#]*&)?id=\d|"
    # A member page script given the member's number: e107 "user.php?id.5" (its own dotted query),
    # "user.php?id=5", XOOPS "userinfo.php?uid=5", "member.php?u=5", the trackers' TBDev heirs
    # (TorrentTrader, NexusPHP, U-232) "userdetails.php?id=5".
    r"(?:^|/)(?:user|users|userinfo|userdetails|member|memberdetails|profile|viewprofile)\.php\?"
    r"(?:[^#]*&)?(?:id|u|uid|user|userid)[.=]\d|"
    # A members script without an extension, given the member by number or name: Cotonti's
    # "users?m=details&id=5&u=ann", "members?u=ann".
    r"(?:^|/)(?:users|members|profiles|userinfo)\?(?:[^#]*&)?(?:id|u|uid|user|userid|username)=[^&#]|"
    # ... or a members folder's index given it so (MODX Discuss "/forum/user/?user=64").
    r"(?:^|/)(?:user|users|member|members|profile|profiles)/\?(?:[^#]*&)?(?:id|u|uid|user|userid|username)=[^&#]|"
    # ... or given it as bare positional numbers, Phorum's "profile.php?4,2231" (forum, member).
    r"(?:^|/)(?:user|users|userinfo|member|profile|viewprofile)\.php\?\d+(?:[,;]\d+)*(?:#|$)|"
    # A front script routing by query words, given the member's number: IntuiBoard
    # "?act=member&code=profile&id=57", IP.Board 1 "index.php?act=Profile&CODE=03&MID=5".
    r"\?(?=(?:[^#]*&)?(?:act|action|mod|module|do|page|view|op|code|section)="
    r"(?:member|members|profile|user|users|userinfo|viewprofile|showprofile|showuser)(?:[&#]|$))"
    r"(?=(?:[^#]*&)?(?:id|u|uid|mid|user|userid|memberid)=\d)|"
    # A front script asked to show a profile, named by number or handle, its query parted by "&"
    # or ";" (YaBB "YaBB.pl?action=viewprofile;username=ann", SMF 1 "index.php?action=profile;u=5").
    r"[?&;](?:action|act|mode|do)=(?:viewprofile|showprofile|userprofile|profile)[;&]"
    r"(?:[^#]*[;&])?(?:username|user|u|uid|id|name)=[^;&#]",
    re.IGNORECASE,
)


_NAME_PREFIX_RE = re.compile(r"^(?:/?u/|@|~)")
# What icon links beside a post say instead of a name (their text is the icon's alt or title).
_ACTION_WORDS = frozenset({
    "profile", "view profile", "pm", "private message", "send private message", "email", "e-mail",
    "website", "www", "find", "posts", "profil", "profilo", "perfil", "профиль", "mp", "個人資料", "个人资料",
})
# The visitor's own account pages ("member.php?mod=register", "member.php?action=login") share
# the member pages' address: they name no member.
_ACCOUNT_HREF_RE = re.compile(
    r"[?&](?:mod|action|do|mode)=(?:register|logging|login|logout|signup|lostpw|activate)\b|"
    # ... or written as a path under the members' own (Drupal "/user/login", "/user/register",
    # "/user/password"; Rails "/users/sign_in"): the visitor's login, no member named "login".
    r"(?:^|/)(?:user|users|member|members|account|accounts)/(?:login|logout|register|signup|sign_in|"
    r"sign_up|sign_out|password|lostpassword|reset|activate)(?:[/?#]|$)|"
    # A group's or a club's own page under the profiles' name (Elgg "/groups/profile/512/name"):
    # a group, no member.
    r"(?:^|/)(?:group|groups|club|clubs|community|communities|team|teams)/(?:profile|profiles)/",
    re.IGNORECASE,
)


# A display name followed by its account's handle ("Ann B. @ann@social.example", "ann @ann"):
# federated and social sites show both in the one link.
_WITH_HANDLE_RE = re.compile(r"^(?P<name>\S.*?)\s+@[\w.-]+(?:@[\w.-]+\.[a-z]{2,})?$")


def member_name(text: str | None) -> str | None:
    """A member's handle as shown in a link ("/u/ann", "u/ann", "@ann" -> "ann"; a display name
    before its account's handle, "ann @ann@social.example" -> "ann")."""
    name = _NAME_PREFIX_RE.sub("", clean(text))
    handled = _WITH_HANDLE_RE.match(name)
    if handled:
        name = handled["name"]
    return name if 0 < len(name) <= 60 else None


def shown_name(link: Any) -> str | None:
    """The member's name a link shows (:func:`member_name`), less the account's handle a
    federated site writes beside the display name in an element of its own, the handle the
    link's address ends on ("<bdi>Ann B.</bdi> <span>ann</span>" to /users/ann, "ann@host")."""
    text = clean(link.text_content())
    leaves = [el for el in link.iter() if isinstance(el.tag, str) and not len(el) and clean(el.text or "")]
    if len(leaves) >= 2:
        last = clean(leaves[-1].text)
        handle = last.lstrip("@").split("@")[0].casefold()
        steps = urlsplit(link.get("href") or "").path.split("/")
        path = [unquote(p).lstrip("@~").casefold() for p in steps if p]
        cut = text.rfind(last)
        if handle and path and handle == path[-1] and cut > 0:
            text = clean(text[:cut])
    return member_name(text)


def href_count(doc: Doc, regex: re.Pattern[str], enough: int) -> int:
    """How many ``<a href>`` of the page body match ``regex``, counting up to ``enough``: a gate run
    on attribute strings alone, before any element is visited in Python (most pages fail it)."""
    hrefs = doc.memo.get("body_hrefs")
    if hrefs is None:
        body_el = doc.root.find("body")
        root = body_el if body_el is not None else doc.root
        hrefs = doc.memo["body_hrefs"] = xpath("descendant::a/@href")(root)
    count = 0
    for href in hrefs:
        if regex.search(href):
            count += 1
            if count >= enough:
                break
    return count


_NAME_HOLDERS = xpath(
    "descendant::*[self::span or self::div or self::td or self::b or self::strong]"
    "[contains(concat(' ', normalize-space(@class), ' '), ' name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' postauthor ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' poster ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' postername ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' poster-name ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' username ')]"
)


def user_links(node: Any, members: set[Any] | None = None) -> list[Any]:
    """Links to a member page (with some text) under ``node``. ``members``: the member links of
    an element that holds ``node``, found before (each link is then not tested again)."""
    if members is not None:
        # Members are links, or the name elements of boards that do not link names (phpBB 2).
        tags = {el.tag for el in members} if len(members) < 500 else {"a"}
        return [a for a in node.iter(*tags) if a in members]
    return [
        a for a in node.iter("a")
        if USER_HREF_RE.search(href := a.get("href") or "") and not _ACCOUNT_HREF_RE.search(href)
        and clean(a.text_content())
    ]


def post_author_link(links: list[Any]) -> Any:
    """The link naming a post's author among its member links: one whose words its own URL
    repeats ("/user/ann", "/members/ann.12/"), else the first that is more than an avatar's
    initial ("P") or status ("F Offline" is an avatar too when a later link is named)."""
    # A link to the post itself shown as its date ("19. Nov. 2026, 21:15", at an address under
    # the author's) names no one.
    named = [a for a in links if len(text := clean(a.text_content())) > 1
             and not (any(c.isdigit() for c in text) and len(parse_date(text) or "") >= 10)]
    for a in named:
        text = clean(a.text_content()).lower().replace(" ", "")
        if text in unquote(a.get("href") or "").lower():
            return a
    return named[0] if named else (links[0] if links else None)


# Elements whose class says they hold a post's author: a link in them is the author's, whatever
# its address ("<div class=author-name><a href=/membres/ann>", "<span class=post-author>").
_AUTHOR_CLASSES = (
    "author", "author-name", "author_name", "authorname", "post-author", "post_author", "postauthor",
    "poster", "poster-name", "postername", "comment-author", "comment__author",
)
_AUTHOR_CLASS_RE = re.compile(r"(?<![\w-])(?:" + "|".join(_AUTHOR_CLASSES) + r")(?![\w-])")
_CLASSES = xpath("descendant::*/@class")
_AUTHOR_HOLDERS = xpath(
    "descendant::*[self::div or self::span or self::p or self::td or self::dt or self::b or self::strong"
    " or self::h3 or self::h4 or self::h5 or self::cite]["
    + " or ".join(f"contains(concat(' ', normalize-space(@class), ' '), ' {c} ')" for c in _AUTHOR_CLASSES)
    + "]"
)


def member_links(doc: Doc, root: Any, min_posts: int) -> list[Any]:
    """What names each post's author: links to member pages by their address, else the elements
    classed as the poster's name (unlinked names), else the links in elements classed as a
    post's author whatever their address; fewer than ``min_posts`` when the page shows none."""
    if href_count(doc, USER_HREF_RE, min_posts) >= min_posts:
        # An icon link to the profile ("Profile", "PM") beside an unlinked name is no name, nor
        # is a link to this very page (a profile's tabs: "/user/ann#pgp").
        here = (doc.url or "").split("#")[0]
        links = [
            a for a in user_links(root)
            if clean(a.text_content()).casefold() not in _ACTION_WORDS
            and not _BRACKETED_RE.match(clean(a.text_content()))
            and not (here and (doc.absolute(a.get("href") or "") or "").split("#")[0] == here)
        ]
        if len(links) >= min_posts:
            return links
        # Boards that show the poster's name unlinked beside each post (the profile link is
        # an icon): the elements classed as the poster's name stand for the member links.
        links = [
            el for el in _NAME_HOLDERS(root)
            if 1 < len(clean(el.text_content())) <= 40 and not any(a.get("href") for a in el.iter("a"))
        ]
        if len(links) >= min_posts:
            return links
    # Member pages at addresses no convention knows, linked by each poster's picture too.
    if linked := avatar_named_links(root, min_posts, _ACTION_WORDS):
        return linked
    # Member pages at addresses no convention knows ("/membres/ann", "/gens/ann"): the one link
    # with a name in each element classed as a post's author. The page's class names are looked
    # at first, as one string: most pages have no such class, and the element search costs more.
    if not _AUTHOR_CLASS_RE.search(" ".join(_CLASSES(root))):
        return []
    out = []
    for holder in _AUTHOR_HOLDERS(root):
        named = [
            a for a in holder.iter("a")
            if a.get("href") and 1 < len(clean(a.text_content())) <= 40
            and clean(a.text_content()).casefold() not in _ACTION_WORDS
        ]
        if len(named) == 1 and not _ACCOUNT_HREF_RE.search(named[0].get("href") or ""):
            out.append(named[0])
    if len(out) >= min_posts:
        return list(dict.fromkeys(out))
    # Pages that link no member at all (a static archive of a board, a mirror): the element
    # classed as the post's author holding one bare handle ("<p class=poster>ann</p>") is the name.
    return [
        holder for holder in _AUTHOR_HOLDERS(root)
        if _BARE_HANDLE_RE.match(clean(holder.text_content()))
        and not any(a.get("href") for a in holder.iter("a"))
        and clean(holder.text_content()).casefold() not in _ACTION_WORDS
    ]


_BARE_HANDLE_RE = re.compile(r"^[^\s:@/]{2,40}$")
# A link's words wrapped whole in brackets ("[Профиль]", "[PM]", "(profile)") are a button's,
# as old boards write their controls in any language: no member's name.
_BRACKETED_RE = re.compile(r"^[\[(【［（].*[\])】］）]$")
