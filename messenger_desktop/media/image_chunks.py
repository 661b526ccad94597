"""Metadata taken out of an animated PNG or WebP without re-encoding it (re-encoding animations
is out of scope): their containers are lists of chunks, and EXIF, XMP and text live in chunks of
their own. The frames' bytes are copied as they are."""

from __future__ import annotations

import struct
from typing import Final

_PNG_SIGNATURE: Final = b"\x89PNG\r\n\x1a\n"
_PNG_METADATA: Final = frozenset({b"eXIf", b"tEXt", b"zTXt", b"iTXt", b"tIME"})
_WEBP_METADATA: Final = frozenset({b"EXIF", b"XMP "})
_VP8X_EXIF_AND_XMP: Final = 0x08 | 0x04


def without_metadata(data: bytes) -> bytes:
    """``data`` (a PNG or WebP) without its EXIF, XMP, text and time chunks; other bytes as is."""
    if data.startswith(_PNG_SIGNATURE):
        return _png_without_metadata(data)
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return _webp_without_metadata(data)
    return data


def _png_without_metadata(data: bytes) -> bytes:
    kept = [_PNG_SIGNATURE]
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        (length,) = struct.unpack_from(">I", data, pos)
        end = pos + 12 + length
        if end > len(data):
            break
        if data[pos + 4 : pos + 8] not in _PNG_METADATA:
            kept.append(data[pos:end])
        pos = end
    kept.append(data[pos:])  # a truncated last chunk or trailing bytes, which decoders ignore
    return b"".join(kept)


def _webp_without_metadata(data: bytes) -> bytes:
    kept = []
    pos = 12
    while pos + 8 <= len(data):
        name = data[pos : pos + 4]
        (length,) = struct.unpack_from("<I", data, pos + 4)
        end = min(len(data), pos + 8 + length + (length & 1))
        chunk = data[pos:end]
        if name == b"VP8X" and length >= 1:
            chunk = chunk[:8] + bytes([chunk[8] & ~_VP8X_EXIF_AND_XMP & 0xFF]) + chunk[9:]
        if name not in _WEBP_METADATA:
            kept.append(chunk)
        pos = end
    body = b"WEBP" + b"".join(kept)
    return b"RIFF" + struct.pack("<I", len(body)) + body
