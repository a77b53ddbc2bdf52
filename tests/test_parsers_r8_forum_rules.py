"""parsers.parse_page: round 8's general forum and interstitial rules, each stated on small pages
written for it (never copies of the round's pages): waiting rooms in more languages and by their
shape, FUDforum's message tables, and a Reddit-like topic's own text as its opening post."""

from __future__ import annotations

import pytest

from parsers import parse_page
from parsers.classify import QUEUE_WORDS


def _wall(title: str, body: str) -> bytes:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>".encode()


@pytest.mark.parametrize(
    ("title", "body"),
    [
        ("Wachtrij", "<p>U bent in een wachtrij geplaatst. Even geduld alstublieft.</p>"),
        ("Kö", "<p>Du står i kö. Beräknad väntetid: 2 minuter.</p>"),
        ("Kø", "<p>Du er i kø. Vent venligst.</p>"),
        ("Jono", "<p>Olet jonossa, odota hetki.</p>"),
        ("Fronta", "<p>Jste ve frontě. Čekejte prosím.</p>"),
        ("Kolejka", "<p>Jesteś w kolejce. Szacowany czas oczekiwania: 4 minuty.</p>"),
        ("Fila", "<p>Você está na fila. Por favor aguarde.</p>"),
        ("Coda", "<p>Sei in coda. Tempo di attesa stimato: 3 minuti.</p>"),
        ("Sıra", "<p>Sıradasınız, lütfen bekleyin.</p>"),
        ("Черга", "<p>Ви в черзі. Зачекайте, будь ласка.</p>"),
    ],
)
def test_a_waiting_room_is_a_ddos_guard_in_many_languages(title: str, body: str) -> None:
    assert parse_page(_wall(title, body)).page.page_type == "ddos_protection"


def test_the_queue_word_table_covers_the_nordic_central_european_and_southern_languages() -> None:
    assert {"nl", "sv", "da", "no", "fi", "cs", "pl", "pt", "it", "tr", "uk"} <= set(QUEUE_WORDS)
    assert all(word == word.lower() for words in QUEUE_WORDS.values() for word in words)


def test_a_short_page_showing_a_queue_eta_is_a_waiting_room_whatever_its_words() -> None:
    # Words in no table (Estonian), but the shape of a waiting room: a logo, a line, an ETA.
    body = ('<div class="logo">Turuplats</div><p>Teid suunatakse varsti edasi.</p>'
            '<p class="lg">Ooteaeg <span class="eta">2 min</span></p>')
    assert parse_page(_wall("Turuplats", body)).page.page_type == "ddos_protection"


def test_a_short_page_with_a_form_or_a_queue_element_without_a_number_is_not_taken_for_a_queue() -> None:
    form = ('<div class="queue-box"><form><input name="q"><button>Otsi</button></form>'
            '<p>3 tulemust</p></div>')
    no_number = '<p>Teid suunatakse varsti edasi, 2026.</p><span class="eta">varsti</span>'
    assert parse_page(_wall("Otsing", form)).page.page_type != "ddos_protection"
    assert parse_page(_wall("Turuplats", no_number)).page.page_type != "ddos_protection"


# A Reddit-like board whose submission element holds its own comments (as Tildes' article does):
# byline, text, then the comment section, all in one article.
_SUBMISSION = """<html><head><title>Quale olio per la catena?</title></head><body><main>
<article class="story">
  <header><h1>Quale olio per la catena?</h1>
    <p class="story-byline">Inviato <time datetime="2026-10-02T09:00:00Z">un mese fa</time> da
    <a href="/user/ciclista">ciclista</a></p></header>
  <div class="story-text"><p>La catena cigola dopo ogni pioggia.</p><p>Meglio olio secco o umido?</p></div>
  <section class="story-comments"><h2>2 commenti</h2>
    <article class="note"><div class="note-main"><header><a href="/user/meccanico">meccanico</a>
      <time datetime="2026-10-02T10:00:00Z">un mese fa</time></header>
      <div class="note-text"><p>Umido d'inverno, secco d'estate.</p></div></div>
      <div class="note-replies">
        <article class="note"><div class="note-main"><header><a href="/user/ciclista">ciclista</a>
          <time datetime="2026-10-02T11:00:00Z">un mese fa</time></header>
          <div class="note-text"><p>Grazie, provo quello umido.</p></div></div></article>
      </div></article>
    <article class="note"><div class="note-main"><header><a href="/user/ruota">ruota</a>
      <time datetime="2026-10-03T08:00:00Z">un mese fa</time></header>
      <div class="note-text"><p>Pulisci prima la catena con uno straccio.</p></div></div></article>
  </section>
</article></main></body></html>"""


def test_a_submission_that_holds_its_comments_is_the_opening_post_with_its_bylines_author_and_date() -> None:
    result = parse_page(_SUBMISSION.encode(), url="http://bici.example/~strada/4kd/quale_olio")
    posts = [r for r in result.records if r.kind == "post"]
    assert result.page.page_type == "thread"
    assert [(p.author, p.posted_at) for p in posts] == [
        ("ciclista", "2026-10-02T09:00:00"), ("meccanico", "2026-10-02T10:00:00"),
        ("ciclista", "2026-10-02T11:00:00"), ("ruota", "2026-10-03T08:00:00"),
    ]
    # The submission's words are its own text, not its comments'; a reply is not a quote.
    assert posts[0].body == "La catena cigola dopo ogni pioggia.\nMeglio olio secco o umido?"
    assert posts[1].body == "Umido d'inverno, secco d'estate."
    assert all(p.quotes == [] for p in posts)


def test_a_board_header_naming_its_moderators_above_a_comment_tree_is_no_opening_post() -> None:
    # The same shape as a submission (member links, a dated line, a text, then the comments in one
    # element), but the header names two members: a board's moderators, not a byline.
    page = _SUBMISSION.replace(
        '<a href="/user/ciclista">ciclista</a></p>',
        '<a href="/user/ciclista">ciclista</a> e <a href="/user/guida">guida</a></p>',
    )
    result = parse_page(page.encode(), url="http://bici.example/~strada/4kd/quale_olio")
    posts = [r for r in result.records if r.kind == "post"]
    assert [p.author for p in posts] == ["meccanico", "ciclista", "ruota"]


def test_a_table_column_head_above_the_posts_is_no_opening_post() -> None:
    # A notice naming the last poster, then a header row whose "Posts" cell has the posts'
    # body class: no submission of its own, the posts are the repeated rows only.
    rows = "".join(
        f'<li class="row"><div class="who"><a href="/users/{name}/">{name}</a></div>'
        f'<span class="when">2026-10-0{day} 10:00</span><div class="row-content">{text}</div></li>'
        for name, day, text in (("ann", 1, "First question about grafting."),
                                ("bob", 2, "An answer with some words."), ("ann", 3, "Thanks for it."))
    )
    page = (f'<html><body><div class="topic"><p class="notice">Last reply by <a href="/users/bob/">bob</a>'
            f'</p><ul><li class="head"><div class="who">Author</div><div class="row-content">Posts</div>'
            f"</li>{rows}</ul></div></body></html>")
    posts = [r for r in parse_page(page.encode(), url="http://f.example/topic/grafting/").records
             if r.kind == "post"]
    assert [(p.author, p.body) for p in posts] == [
        ("ann", "First question about grafting."), ("bob", "An answer with some words."),
        ("ann", "Thanks for it."),
    ]


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        ("st, 4 březen 2026 09:30", "2026-03-04T09:30:00"),  # FUDforum's '%a, %d %B %Y %H:%M', Czech
        ("4. března 2026 9:30", "2026-03-04T09:30:00"),  # the genitive after a day
        ("Registrován: červenec 2018", "2018-07"),  # a join month ('%B %Y')
        ("červen 2018", "2018-06"),  # June is not the start of July ("červenec")
        ("12. októbra 2024", "2024-10-12"),  # Slovak
        ("včera 21:15", "2026-11-19T21:15:00"),  # relative days: Czech yesterday, today, the day before
        ("Dnes, 08:02", "2026-11-20T08:02:00"),
        ("předevčírem 10:00", "2026-11-18T10:00:00"),
        ("igår 10:15", "2026-11-19T10:15:00"),  # Swedish
        ("вчора о 10:15", "2026-11-19T10:15:00"),  # Ukrainian
    ],
)
def test_czech_and_slovak_dates_read_with_nominative_and_genitive_month_names(text: str, iso: str) -> None:
    from parsers.dates import parse_date

    assert parse_date(text, now="2026-11-20T12:00:00Z") == iso


def _message(n: int, user: str, uid: int, date: str, subject: str, body: str, stats: str) -> str:
    # FUDforum's message table: subject row (with a link-only "reply to" note), user panel row
    # (member link to index.php?t=usrinfo, labelled statistics), body row, toolbar row.
    note = (f'<span class="SmallText">[<a href="/f/index.php?t=msg&amp;goto={n}">Zpráva #{n}</a> je odpovědí'
            f' na <a href="/f/index.php?t=msg&amp;goto={n - 1}">zprávu #{n - 1}</a>]</span>') if n > 1 else ""
    return (
        f'<tr><td class="MsgSpacer"><table class="MsgTable"><tr><td class="MsgR1 MsgSubText">'
        f'<a href="/f/index.php?t=msg&amp;th=7&amp;goto={n}#msg_{n}" class="MsgSubText">{subject}</a>'
        f" {note}</td>"
        f'<td class="MsgR1"><span class="DateText">{date}</span></td></tr>'
        f'<tr class="MsgR2"><td colspan="2"><table><tr><td class="msgud">'
        f'<a href="/f/index.php?t=usrinfo&amp;id={uid}&amp;">{user}</a><br>{stats}'
        f"</td></tr></table></td></tr>"
        f'<tr><td colspan="2" class="MsgR3"><span class="MsgBodyText">{body}</span>'
        f'<div class="signature">Škoda 120, rok 1984</div></td></tr>'
        f'<tr><td class="MsgToolBar"><a href="/f/index.php?t=post&amp;reply_to={n}">Odpovědět</a></td></tr>'
        f"</table></td></tr>"
    )


_FUD = (
    "<html><head><title>Veteráni: Startér se netočí</title></head><body>"
    '<a href="/f/index.php?t=i">Domů</a> » <a href="/f/index.php?t=thread&amp;frm_id=2">Elektrika</a> » '
    "<strong>Startér se netočí</strong><table>"
    + _message(1, "rozdelovac", 5, "po, 2 únor 2026 07:15", "Startér se netočí",
               "Po výměně baterie startér jen cvakne.",
               "<b>Příspěvků:</b> 64<br><b>Registrován:</b> říjen 2021")
    + _message(2, "kondenzator", 9, "út, 3 února 2026 19:05", "Re: Startér se netočí",
               "<cite>rozdelovac napsal(a) dne po, 2 únor 2026 07:15</cite><blockquote>startér jen cvakne"
               "</blockquote><br>Zkontroluj kostru motoru, bývá zkorodovaná.",
               "<b>Příspěvků:</b> 2046<br><b>Registrován:</b> leden 2015")
    + _message(3, "rozdelovac", 5, "st, 4 únor 2026 08:00", "Re: Startér se netočí", "Díky, pomohlo to.",
               "<b>Příspěvků:</b> 64<br><b>Registrován:</b> říjen 2021")
    + "</table></body></html>"
)


def test_a_fudforum_message_table_thread_reads_posts_quotes_and_czech_member_statistics() -> None:
    result = parse_page(_FUD.encode(), url="http://veterani.example/f/index.php?t=msg&th=7&start=0")
    assert result.page.page_type == "thread"
    thread = result.records[0]
    # The unlinked last step of the forum path is the thread's title, not the <title>'s "Site: ...".
    assert thread.title == "Startér se netočí"
    posts = [r for r in result.records if r.kind == "post"]
    assert [(p.author, p.posted_at, p.quotes) for p in posts] == [
        ("rozdelovac", "2026-02-02T07:15:00", []),
        ("kondenzator", "2026-02-03T19:05:00", ["rozdelovac"]),
        ("rozdelovac", "2026-02-04T08:00:00", []),
    ]
    # The quote and its <cite> attribution are not the reply's words, nor is the signature; the
    # short third body wins over the longer "[Message #3 is a reply to message #2]" note, whose
    # "SmallText" class names a style, not a body.
    assert [p.body for p in posts] == [
        "Po výměně baterie startér jen cvakne.", "Zkontroluj kostru motoru, bývá zkorodovaná.",
        "Díky, pomohlo to.",
    ]
    authors = {r.name: (r.post_count, r.joined) for r in result.records if r.kind == "author"}
    assert authors == {"rozdelovac": (64, "2021-10"), "kondenzator": (2046, "2015-01")}


@pytest.mark.parametrize(
    ("lines", "posts", "joined"),
    [
        (["Příspěvků: 88", "Registrován: březen 2023"], "88", "březen 2023"),  # Czech (FUDforum)
        (["Príspevkov: 12", "Registrovaný: máj 2020"], "12", "máj 2020"),  # Slovak
        (["Inlägg: 5", "Medlem sedan: 2019"], "5", "2019"),  # Swedish
        (["Mesajlar: 31", "Katılım: Mart 2022"], "31", "Mart 2022"),  # Turkish
        (["Beiträge: 7", "Registriert: 2020"], "7", "2020"),  # German, as before
    ],
)
def test_member_statistics_are_read_under_their_labels_in_more_languages(
    lines: list[str], posts: str, joined: str
) -> None:
    from parsers.labels import LABELS, find_label

    assert find_label(lines, LABELS["posts"]) == posts
    assert find_label(lines, LABELS["member_since"]) == joined


def test_a_cite_just_before_a_quote_is_its_attribution_without_a_colon() -> None:
    from parsers.dom import load
    from parsers.quotes import quote_heads

    doc = load(b"<div><cite>ann napsal(a) dne po, 2 \xc3\xbanor 2026</cite><blockquote>x</blockquote></div>")
    quote = doc.root.find(".//blockquote")
    head, name = quote_heads([quote])[quote]
    assert (head.tag, name) == ("cite", "ann")
