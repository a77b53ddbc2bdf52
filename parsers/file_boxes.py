"""The box of files attached to a post: links named as files ("amplas-bambu.jpg") with their
sizes ("(84,2 KB)") and nothing else, below the post's words; the files' names are no words of
the post, whatever the box is classed as.

    >>> from parsers.dom import load
    >>> doc = load(b'<div id=p><p>Sand the bamboo first.</p><p><a href="/files/3">sanding.jpg</a>'
    ...            b' <span>(84.2 KB)</span> <a href="/files/3/get">sanding.jpg</a></p></div>')
    >>> sorted({el.tag for el in file_boxes(doc.root.get_element_by_id("p"), set())})
    ['a', 'p', 'span']
"""

from __future__ import annotations

import re
from typing import Any

from parsers.dom import clean
from parsers.post_parts import WORDY_RE
from parsers.thread_records import text_without

__all__ = ["file_boxes"]

# A file's name: a word or more and an extension of letters and digits ("notes_v2.pdf").
_FILE_NAME_RE = re.compile(r"^[^\s/\\]{1,120}\.[a-z][a-z0-9]{1,4}$", re.IGNORECASE)
# A file's size as boxes show it, and the marks around it ("(84,2 KB)", "1.2 MiB", "532 bytes").
_SIZE_RE = re.compile(
    r"\d+(?:[.,]\d+)?\s?(?:[kmgt]i?b|b|bytes?|octets?|[kmgt]?o|[кмг]?байт(?:а|ов)?|[кмг]б)(?!\w)",
    re.IGNORECASE,
)
_FILLER_RE = re.compile(r"[\s()\[\]|,;:·•–—-]+")
# The box's label before its files ("Attachments:", "Adjuntos:", "Přílohy:").
_LABEL_RE = re.compile(r"^\W*[^\W\d_]{1,20}\s?[:：]")


def _files_only(el: Any, names: set[str]) -> bool:
    """Whether ``el`` says nothing but file names of ``names`` and sizes, after a label."""
    text = _LABEL_RE.sub("", clean(el.text_content()), count=1)
    for name in names:
        text = text.replace(name, " ")
    return not _FILLER_RE.sub("", _SIZE_RE.sub(" ", text))


def file_boxes(container: Any, skip: set[Any]) -> set[Any]:
    """The elements of the box of files ``container`` shows below its words (outside ``skip``):
    the outermost element under ``container`` that holds a link named as a file and says nothing
    but file names and sizes, when the container says words outside it; an empty set else."""
    links = [a for a in container.iter("a") if a not in skip and _FILE_NAME_RE.match(clean(a.text_content()))]
    if not links:
        return set()  # most posts: no file's name on a link
    names = {clean(a.text_content()) for a in links}
    boxes: list[Any] = []
    for a in links:
        box = None
        el = a.getparent()
        while el is not None and el is not container and el not in skip and _files_only(el, names):
            box, el = el, el.getparent()
        if box is not None and box not in boxes and not any(b in set(box.iterancestors()) for b in boxes):
            boxes.append(box)
    drop: set[Any] = set()
    for box in boxes:
        drop |= set(box.iter())
    if not drop or not WORDY_RE.search(text_without(container, drop | skip)):
        return set()  # the files are all the post says: its words, not a box beside them
    return drop

