"""crawler.warc: WARC 1.1 evidence records readable by warcio, with correct SHA-256 digests."""

from __future__ import annotations

import base64
import hashlib
import os

from warcio.archiveiterator import ArchiveIterator

from crawler.warc import WarcWriter, iter_records, read_record, read_response, repair

URL = "http://vyoeql6zybsymcoreed5zq7l2h6jewmq4ew4var532ttt56cwqgidgid.onion/about"
ONION = "vyoeql6zybsymcoreed5zq7l2h6jewmq4ew4var532ttt56cwqgidgid.onion"
REQ = f"GET /about HTTP/1.1\r\nHost: {ONION}\r\n\r\n".encode()
BODY = b"<html><body>lantern</body></html>"
HEAD = f"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: {len(BODY)}\r\n\r\n".encode()


def _b32(data: bytes) -> str:
    return "sha256:" + base64.b32encode(hashlib.sha256(data).digest()).decode()


def test_exchange_is_readable_by_warcio_with_matching_digests(tmp_path):
    w = WarcWriter(tmp_path, scope_id="case-1")
    loc = w.write_exchange(URL, REQ, HEAD, BODY, onion=ONION)
    w.close()
    with open(loc.file, "rb") as fh:
        records = list(
            (r.rec_type, dict(r.rec_headers.headers), r.content_stream().read()) for r in ArchiveIterator(fh)
        )
    types = [t for t, _, _ in records]
    assert types == ["warcinfo", "response", "request"]
    _, headers, payload = records[1]
    assert payload == BODY
    assert headers["WARC-Payload-Digest"] == _b32(BODY)
    assert headers["WARC-Block-Digest"] == _b32(HEAD + BODY)
    assert headers["WARC-Onionscope-Scope"] == "case-1"
    assert headers["WARC-Onionscope-Onion"] == ONION
    assert headers["WARC-Target-URI"] == URL
    assert loc.sha256 == hashlib.sha256(BODY).hexdigest()
    assert records[2][1]["WARC-Concurrent-To"] == headers["WARC-Record-ID"]


def test_location_points_at_the_response_record(tmp_path):
    w = WarcWriter(tmp_path)
    first = w.write_exchange(URL, REQ, HEAD, BODY)
    second = w.write_exchange(URL + "2", REQ, HEAD, b"x" * 5)
    _head, body, headers = read_response(second.file, second.offset)
    assert body == b"x" * 5 and headers["WARC-Target-URI"] == URL + "2"
    assert read_response(first.file, first.offset)[1] == BODY
    assert [u for o, t, u, _ in iter_records(first.file) if t == "response"] == [URL, URL + "2"]


def test_metadata_record_keeps_facts_not_the_body(tmp_path):
    w = WarcWriter(tmp_path, scope_id="s")
    loc = w.write_metadata(URL + ".png", {"mime": "image/png", "action": "hash"}, "ab" * 32, onion=ONION)
    rec_type, head, body, headers = read_record(loc.file, loc.offset)
    assert rec_type == "metadata" and head == b""
    assert b'"action": "hash"' in body
    assert headers["WARC-Onionscope-Sha256"] == "ab" * 32


def test_files_rotate_above_the_size_limit(tmp_path):
    w = WarcWriter(tmp_path, max_size=1)
    a = w.write_exchange(URL, REQ, HEAD, BODY)
    b = w.write_exchange(URL, REQ, HEAD, BODY)
    assert a.file != b.file and w.files == [a.file, b.file]


def test_repair_cuts_a_torn_record_and_keeps_whole_ones(tmp_path):
    w = WarcWriter(tmp_path)
    loc = w.write_exchange(URL, REQ, HEAD, BODY)
    w.close()
    whole = os.path.getsize(loc.file)
    with open(loc.file, "rb") as fh:
        member = fh.read()[loc.offset :]
    with open(loc.file, "ab") as fh:
        fh.write(member[: len(member) // 2])  # a record cut by a power loss
    assert repair(loc.file, loc.offset) == whole
    assert os.path.getsize(loc.file) == whole
    assert read_response(loc.file, loc.offset)[1] == BODY
