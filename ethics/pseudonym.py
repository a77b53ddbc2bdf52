"""Keyed pseudonymisation of personal identifiers of people who are not targets.

Method: deterministic authenticated encryption, AES-SIV (RFC 5297, ``cryptography``'s
``AESSIV``) with a 512-bit key and the identifier's *kind* (``user``, ``email``...) as
associated data. The same name always gives the same pseudonym, so analysts can still link a
person's posts across pages and sites; nobody without the key can tell who it is, and with the
key :meth:`Pseudonymiser.reveal` gives the name back (no mapping table to keep or leak).

    >>> p = Pseudonymiser(bytes(range(64)))
    >>> a = p.pseudonym("buyer_joe")
    >>> a == p.pseudonym("buyer_joe"), a.startswith("ps_"), a != p.pseudonym("buyer_joe", kind="email")
    (True, True, True)
    >>> p.reveal(a)
    'buyer_joe'
    >>> rec = {"type": "post", "author": "buyer_joe", "quotes": ["vendor_x", "buyer_joe"], "body": "hi"}
    >>> out = p.apply(rec, fields=("author", "quotes"), targets={"vendor_x"})
    >>> out["author"] == a, out["quotes"][0], out["body"]
    (True, 'vendor_x', 'hi')

Key: 64 random bytes, hex, in ``$ONIONSCOPE_PSEUDONYM_KEY`` or
``~/.config/onionscope/pseudonym.key`` (created 0600 when absent; see :func:`load_pseudonym_key`).
Whoever holds this key can re-identify: keep it with the legal officer, not the analysts.
"""

from __future__ import annotations

import base64
import os
import re
import secrets
import threading
from array import array
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESSIV

from ethics.errors import PseudonymError
from ethics.paths import pseudonym_key_path

PREFIX = "ps_"
#: Record fields that hold user names in :mod:`parsers.records` (Post, Thread, Author, Feedback).
DEFAULT_FIELDS: tuple[str, ...] = ("author", "buyer", "quotes")
#: Record fields of free text in which user names are replaced too (:meth:`Pseudonymiser.scrub`).
TEXT_FIELDS: tuple[str, ...] = ("body", "text")
# Words of free text as user names are written ("joe_b", "j.doe", "dark-vendor"), with an
# optional "@": an @mention names a user whatever the name is; other words must be known names.
# Every text is tokenised by this one regex whatever the number of names; each word is then one
# dict lookup of its skeleton (below), so the cost per text does not grow with the names known,
# and a name learnt mid-crawl is one dict entry more (a regex or an Aho-Corasick automaton of the
# names would be rebuilt at every new name).
_WORD_RE = re.compile(r"(?<![\w.\-])(@?)(\w(?:[\w.\-]*\w)?)")
# What people put between the words of a handle: "Dark_Vendor", "Dark-Vendor", "Dark.Vendor",
# "Dark Vendor" (in text only one space: a line break or two spaces end a name).
_SEP_RE = re.compile(r"[ \u00a0._\-]+")
_SPACES = (" ", "\u00a0")
_PROSE_JOIN_RE = re.compile(r"[._]")  # what prose does not put between words (it does " " and "-")
_NO_SEPARATORS = str.maketrans("", "", "._-")
# What comes before a capital that says nothing: ends of sentences, lines, list bullets, quote marks.
_SENTENCE_ENDS = frozenset(".!?:;\n\r\u2022*>-\u2013\u2014|")
_ONE_WORD_RE = re.compile(r"\w+")
#: Names shorter than this are not searched for in free text (too many ordinary words).
MIN_TEXT_NAME = 3
#: Names of at most this many letters are matched only as written (case included).
SHORT_NAME = 3
#: Languages whose ordinary words (:func:`is_ordinary_word`) are guarded against. The union, not
#: the page's language: names are scrubbed before enrichment detects it, and dark-web forums mix
#: English with their own language.
ORDINARY_LANGUAGES: tuple[str, ...] = ("en", "ru", "de", "fr", "es", "pt", "it", "nl", "pl", "uk")

_ordinary: array[int] | None = None
_ordinary_lock = threading.Lock()


def is_ordinary_word(word: str) -> bool:
    """Whether ``word`` (any case) is a number or a word of everyday text in one of
    :data:`ORDINARY_LANGUAGES`: ``wordfreq``'s "small" lists, every word seen at least once per
    million words (Zipf >= 3): "vendor", "ghost", "joe", "xanax" are; "darkvendor", "carder" not.

    >>> is_ordinary_word("Vendor"), is_ordinary_word("darkvendor"), is_ordinary_word("420")
    (True, False, True)
    """
    global _ordinary
    if word.isdigit():
        return True
    if _ordinary is None:
        with _ordinary_lock:
            if _ordinary is None:
                try:
                    import wordfreq  # 0.3 s and its data: only when a name is first matched
                except ImportError:
                    raise PseudonymError("wordfreq is missing: install onionscope's dependencies "
                                         "(scripts/setup.sh)") from None

                # Sorted 64-bit hashes instead of a set of 300,000 strings: 2.5 MB instead of ~35.
                lists = (wordfreq.iter_wordlist(lang, "small") for lang in ORDINARY_LANGUAGES)
                words = {hash(w) for wordlist in lists for w in wordlist}
                wordfreq.get_frequency_list.cache_clear()
                _ordinary = array("q", sorted(words))
    h = hash(word.casefold())
    i = bisect_left(_ordinary, h)
    return i < len(_ordinary) and _ordinary[i] == h


def handle_parts(name: str) -> list[str]:
    """The words of a handle: between separators, at camel-case humps, where letters meet digits.

    >>> handle_parts("DarkVendor"), handle_parts("night-owl.7"), handle_parts("XMLParser42")
    (['Dark', 'Vendor'], ['night', 'owl', '7'], ['XML', 'Parser', '42'])
    """
    parts: list[str] = []
    for piece in _SEP_RE.split(name):
        start = 0
        for k in range(1, len(piece)):
            a, b = piece[k - 1], piece[k]
            after = piece[k + 1] if k + 1 < len(piece) else ""
            if ((a.islower() and b.isupper()) or (a.isupper() and b.isupper() and after.islower())
                    or (a.isdigit() != b.isdigit() and (a.isalpha() or b.isalpha()))):
                parts.append(piece[start:k])
                start = k
        if piece:
            parts.append(piece[start:])
    return parts


def _shape(pieces: Iterable[str]) -> tuple[str, int]:
    """The skeleton (casefolded letters, no separators) and where in it the pieces meet (bit i
    set: a piece starts at letter i)."""
    skel, breaks = "", 0
    for piece in pieces:
        if skel and piece:
            breaks |= 1 << len(skel)
        skel += piece.casefold()
    return skel, breaks


def _opens_sentence(text: str, start: int) -> bool:
    """Whether ``text[start:]`` starts a text, a line, a sentence or a list item."""
    k = start - 1
    while k >= 0 and text[k] in " \t\u00a0":
        k -= 1
    return k < 0 or text[k] in _SENTENCE_ENDS


def skeleton(name: str) -> str:
    """What every written variant of a handle has in common: its letters, casefolded.

    >>> skeleton("Dark_Vendor") == skeleton("dark vendor") == skeleton("DARKVENDOR") == "darkvendor"
    True
    """
    return _shape(_SEP_RE.split(name))[0]


class KnownNames:
    """User names to look for in free text, with the variants people write them in.

    A span of text is a variant of a known name when it has the same skeleton (:func:`skeleton`)
    and puts separators only where some seen form of the name had one or a camel-case hump:
    ``darkvendor``, ``DARKVENDOR``, ``Dark_Vendor``, ``Dark-Vendor``, ``Dark.Vendor``,
    ``DarkVendor's`` and ``@DarkVendor`` all name ``DarkVendor``; ``Da_rkVendor`` does not, nor
    anything fuzzier (no edit distance: "DarkVend0r" is someone else). Variants that read as
    ordinary text are guarded against (:meth:`_accepts` gives the rule). A variant written exactly
    as a seen name is that name; every other variant maps to the first seen form of its skeleton,
    so all the ways a name is written get one pseudonym, the one its author fields have.

    >>> names = KnownNames(["DarkVendor", "vendor", "Ghost"])
    >>> [names.find(w) for w in ("dark_vendor", "Dark Vendor", "dark vendor", "vendor", "Ghost", "ghost")]
    ['DarkVendor', 'DarkVendor', None, None, 'Ghost', None]
    """

    def __init__(self, names: Iterable[str] = ()) -> None:
        # skeleton -> (name as first seen: every variant gets its pseudonym, where any seen form of
        # it had a separator or a hump: the bits of _shape)
        self._by_skeleton: dict[str, tuple[str, int]] = {}
        # Skeletons of the first words of known names: where a name may go on after a space.
        self._heads: set[str] = set()
        self._forms: dict[str, None] = {}
        for name in names:
            self.add(name)

    def add(self, name: str) -> None:
        if len(name) < MIN_TEXT_NAME or name.startswith(PREFIX) or name in self._forms:
            return
        skel, breaks = _shape(handle_parts(name))
        if not _ONE_WORD_RE.fullmatch(skel):  # "joe$": never a word of text
            return
        self._forms[name] = None
        first, seen = self._by_skeleton.get(skel, (name, 0))
        self._by_skeleton[skel] = (first, seen | breaks)
        self._heads.update(skel[:b] for b in range(1, len(skel)) if breaks >> b & 1)

    def update(self, names: Iterable[str]) -> None:
        for name in names:
            self.add(name)

    def find(self, text: str, *, mention: bool = False) -> str | None:
        """The name as first seen when all of ``text``, in the middle of a sentence, is one of its
        variants (``mention``: it followed an "@", which makes any variant a name)."""
        text = "on " + text
        tokens = list(_WORD_RE.finditer(text))
        if len(tokens) < 2 or tokens[1].start() != 3:
            return None
        hit = self.match(text, tokens, 1, mention=mention)
        return hit[0] if hit and tokens[hit[1]].end() == len(text) else None

    def match(self, text: str, tokens: list[re.Match[str]], i: int, *,
              mention: bool = False) -> tuple[str, int] | None:
        """The longest variant of a known name that starts at word ``tokens[i]`` of ``text`` (words
        of :data:`_WORD_RE`): (the name whose pseudonym it gets, index of its last word), or None."""
        word = tokens[i].group(2)
        folded = word.casefold()
        first = folded.translate(_NO_SEPARATORS)
        if first not in self._by_skeleton and first not in self._heads:
            return None  # most words of a text: a casefold, a translate and two set lookups
        best: tuple[str, int] | None = None
        start = tokens[i].start(2)
        for j in range(i, len(tokens)):
            if j == i and first == folded:  # one word, no separator in it
                span, pieces, skel, breaks = word, [word], first, 0
            # "Dark Vendor": the next word, one space on, continues the name
            elif j > i and (tokens[j].group(1) or text[tokens[j - 1].end():tokens[j].start()] not in _SPACES):
                break
            else:
                span = text[start:tokens[j].end()]
                pieces = _SEP_RE.split(span)
                skel, breaks = _shape(pieces)
            known = self._by_skeleton.get(skel)
            if known is not None and self._accepts(known[1], span, pieces, breaks, skel, mention,
                                                   lambda: _opens_sentence(text, start)):
                # Written exactly as a seen name, it is that name (as in the author fields, which
                # keep each form's own pseudonym); any other variant is the name as first seen.
                best = (span if span in self._forms else known[0], j)
            if skel not in self._heads:
                break
        return best

    def _accepts(self, seen: int, span: str, pieces: list[str], breaks: int, skel: str,
                 mention: bool, opens_sentence: Callable[[], bool]) -> bool:
        # The rule against false positives. An @mention is a name, whatever it looks like. Other
        # spans must not read as ordinary text:
        # - short names (<= SHORT_NAME letters: "Joe", "xqz") only exactly as seen;
        # - a name that is an ordinary word or number ("Ghost", "vendor", "420") only exactly as
        #   seen, only with a capital and not where a sentence or line starts: lowercase "vendor"
        #   is the word in "the vendor shipped" however often someone is called that (the clear
        #   word identifies nobody, and scrubbing it would wipe the word from every text);
        #   "Ghost" mid-sentence is a name, but "Thanks" or "Ghost" opening a sentence says
        #   nothing (a user named "The" would otherwise take every sentence's first word);
        # - ordinary words apart or hyphenated ("dark vendor", "Dark vendor", "high-quality" for
        #   HighQuality) only capitalised as a proper name is ("Dark Vendor", "High-Quality",
        #   "Night Owl 7") or, hyphenated, exactly as seen ("dark-vendor" seen so);
        # - anything else ("darkvendor", "DARK_VENDOR", "dark_vendor", "Dark.Vendor") in any case:
        #   no prose is written so, and people do not type a handle's case as its owner does.
        if breaks & ~seen:  # a separator where no seen form of the name breaks
            return False
        if mention:
            return True
        words = [p for p in pieces if p]  # "_vendor_" (markdown italics) is the word "vendor"
        word_like = len(words) == 1 and is_ordinary_word(words[0])
        if len(skel) <= SHORT_NAME or word_like:
            return span in self._forms and (not word_like or (any(c.isupper() for c in span)
                                                               and not opens_sentence()))
        if not _PROSE_JOIN_RE.search(span.strip("._-")) and all(is_ordinary_word(w) for w in words):
            # words apart or hyphenated, as prose writes them
            if "-" in span and span in self._forms:
                return True
            return all(not w[0].islower() for w in words) and any(c.isupper() for c in span)
        return True

    def __len__(self) -> int:
        """How many distinct forms were added."""
        return len(self._forms)

    def __iter__(self) -> Iterator[str]:
        """Every form added, in the order it was added (what to save to know them again)."""
        return iter(self._forms)


def load_pseudonym_key(path: str | Path | None = None, *, create: bool = True) -> bytes:
    """The 64-byte key from a hex file (default :func:`ethics.paths.pseudonym_key_path`)."""
    p = Path(path) if path else pseudonym_key_path()
    if not p.exists():
        if not create:
            raise PseudonymError(f"pseudonym key {p} does not exist")
        p.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
        fd = os.open(p, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as fh:
            fh.write(secrets.token_hex(64) + "\n")
    try:
        key = bytes.fromhex(p.read_text(encoding="ascii").strip())
    except (OSError, ValueError) as exc:
        raise PseudonymError(f"cannot read pseudonym key {p}: {exc}") from None
    if len(key) != 64:
        raise PseudonymError(f"pseudonym key {p} must hold 64 bytes (128 hex characters)")
    return key


class Pseudonymiser:
    """Stable, reversible-only-with-the-key pseudonyms of identifiers."""

    def __init__(self, key: bytes) -> None:
        if len(key) != 64:
            raise PseudonymError("the pseudonym key has 64 bytes")
        self._siv = AESSIV(key)

    def pseudonym(self, identifier: str, kind: str = "user") -> str:
        """``ps_`` + base32 of the AES-SIV ciphertext of the identifier."""
        token = self._siv.encrypt(identifier.encode("utf-8"), [kind.encode("ascii")])
        return PREFIX + base64.b32encode(token).decode("ascii").rstrip("=").lower()

    def reveal(self, pseudonym: str, kind: str = "user") -> str:
        """The identifier behind a pseudonym (needs the same key and kind)."""
        if not pseudonym.startswith(PREFIX):
            raise PseudonymError(f"{pseudonym!r} is not a pseudonym")
        body = pseudonym[len(PREFIX):].upper()
        try:
            raw = base64.b32decode(body + "=" * (-len(body) % 8))
            return self._siv.decrypt(raw, [kind.encode("ascii")]).decode("utf-8")
        except (ValueError, InvalidTag):
            raise PseudonymError("pseudonym not made with this key (or corrupted)") from None

    def scrub(self, text: str, names: KnownNames | Iterable[str] = (), *, targets: Iterable[str] = (),
              kind: str = "user", also: KnownNames | None = None) -> str:
        """``text`` with every "@mention" and every variant of ``names`` (see :class:`KnownNames`;
        ``also``: a second, shared set) that is not a target replaced by its pseudonym. Targets
        are compared by :func:`skeleton`: "Ash_Herald" in text is the target "AshHerald".

        >>> p = Pseudonymiser(bytes(range(64)))
        >>> out = p.scrub("thanks @joe_b, and Quiet-Reader's too; Ash Herald agrees",
        ...               ["quiet_reader", "AshHerald"], targets=["ashherald"])
        >>> out.startswith("thanks @ps_"), "Quiet" in out, out.endswith("'s too; Ash Herald agrees")
        (True, False, True)
        >>> out.split()[3] == p.pseudonym("quiet_reader") + "'s"
        True
        """
        keep = {skeleton(t) for t in targets}
        known = names if isinstance(names, KnownNames) else KnownNames(names)
        more = also if also is not None else KnownNames()
        tokens = list(_WORD_RE.finditer(text))
        # The lookups of KnownNames.match's first step, inlined: they run on every word of text.
        ours_skel, ours_heads = known._by_skeleton, known._heads
        more_skel, more_heads = more._by_skeleton, more._heads
        out: list[str] = []
        done = i = 0
        while i < len(tokens):
            m = tokens[i]
            at, found = m.group(1, 2)
            first = found.casefold().translate(_NO_SEPARATORS)
            ours_may = first in ours_skel or first in ours_heads
            more_may = first in more_skel or first in more_heads
            if not (at or ours_may or more_may) or found.startswith(PREFIX):
                i += 1
                continue
            ours = known.match(text, tokens, i, mention=bool(at)) if ours_may else None
            shared = more.match(text, tokens, i, mention=bool(at)) if more_may else None
            hit = shared if shared and (not ours or shared[1] > ours[1]) else ours
            name, last = hit if hit else (found, i)  # an unknown @mention is a name as written
            if (hit or at) and skeleton(name) not in keep:
                out += (text[done:m.start()], at, self.pseudonym(name, kind))
                done = tokens[last].end()
            i = last + 1
        return "".join(out) + text[done:] if out else text

    def apply(self, record: dict[str, Any], *, fields: Iterable[str] = DEFAULT_FIELDS,
              targets: Iterable[str] = (), kind: str = "user",
              names: KnownNames | Iterable[str] = ()) -> dict[str, Any]:
        """A copy of a record's JSON form with the named fields' non-target names pseudonymised.

        Target names are compared case-insensitively and kept in clear; nested ``feedback`` lists
        (vendor pages) are handled too. Free-text fields (:data:`TEXT_FIELDS`) are scrubbed of
        the record's own names, of ``names`` (other users known to the caller) and of "@mentions".
        """
        keep = {t.casefold() for t in targets}
        fields = tuple(fields)
        known = KnownNames()
        for name in fields:
            value = record.get(name)
            known.update(v for v in (value if isinstance(value, list) else [value]) if isinstance(v, str))
        shared = names if isinstance(names, KnownNames) else KnownNames(names)

        def one(value: Any) -> Any:
            if (isinstance(value, str) and value and value.casefold() not in keep
                    and not value.startswith(PREFIX)):
                return self.pseudonym(value, kind)
            return value

        out = dict(record)
        for name in fields:
            if name in out:
                value = out[name]
                out[name] = [one(v) for v in value] if isinstance(value, list) else one(value)
        for name in TEXT_FIELDS:
            if isinstance(out.get(name), str) and out[name]:
                out[name] = self.scrub(out[name], known, targets=keep, kind=kind, also=shared)
        if isinstance(out.get("feedback"), list):
            out["feedback"] = [
                self.apply(f, fields=fields, targets=keep, kind=kind, names=shared)
                if isinstance(f, dict) else f
                for f in out["feedback"]
            ]
        return out
