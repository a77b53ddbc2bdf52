"""Small real binary files the lab's pages link to: a PNG, a PDF and a ZIP.

They are built byte by byte (no image or PDF library) and deterministically, so a file-type
detector (libmagic) sees the real type even where the server declares a wrong Content-Type.

    >>> png(4, 4, (200, 30, 30))[:8]
    b'\\x89PNG\\r\\n\\x1a\\n'
    >>> pdf("Lab catalogue")[:5], zip_archive({"a.txt": b"x"})[:2]
    (b'%PDF-', b'PK')
"""

from __future__ import annotations

import io
import struct
import zipfile
import zlib

_FIXED_TIME = (2026, 1, 1, 0, 0, 0)


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


def png(width: int, height: int, rgb: tuple[int, int, int]) -> bytes:
    """A valid RGB PNG with a simple diagonal pattern on a flat colour."""
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            shade = 40 if (x + y) % 8 < 2 else 0
            rows += bytes(max(0, c - shade) for c in rgb)
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
        + _chunk(b"IDAT", zlib.compress(bytes(rows), 9))
        + _chunk(b"IEND", b"")
    )


def pdf(title: str, lines: tuple[str, ...] = ()) -> bytes:
    """A one-page PDF 1.4 with a correct cross-reference table."""

    def esc(s: str) -> str:
        return (
            s.encode("latin-1", "replace")
            .decode("latin-1")
            .replace("\\", "\\\\")
            .replace("(", "\\(")
            .replace(")", "\\)")
        )

    text = ["BT /F1 16 Tf 50 780 Td (" + esc(title) + ") Tj ET"]
    for i, line in enumerate(lines):
        text.append(f"BT /F1 11 Tf 50 {750 - 16 * i} Td (" + esc(line) + ") Tj ET")
    stream = "\n".join(text).encode("latin-1", "replace")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for n, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += (f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n").encode()
    return bytes(out)


def zip_archive(members: dict[str, bytes]) -> bytes:
    """A deflated ZIP whose member timestamps are fixed, so its bytes never change."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in members.items():
            info = zipfile.ZipInfo(name, date_time=_FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            zf.writestr(info, data)
    return buf.getvalue()
