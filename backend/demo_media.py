"""Placeholder pictures for the demo: soft gradients with a highlight, written as PNG by hand.

No imaging library is needed for a demo; the colours come from the file name, so every banner,
product and logo looks different but the same on every install.
"""

from __future__ import annotations

import hashlib
import struct
import zlib

SIZES = {  # name prefix → (width, height)
    "banner": (750, 320), "shop-banner": (750, 320), "b2b-banner": (750, 320), "double11": (750, 400),
    "popup": (600, 800), "brand": (240, 120), "tab": (48, 48), "cat": (120, 120), "product": (400, 400),
    "campaign": (750, 500), "hotspot": (750, 500), "video": (750, 420),
}
PALETTE = [((255, 94, 58), (255, 42, 104)), ((255, 171, 64), (255, 94, 58)), ((64, 201, 140), (22, 160, 133)),
           ((92, 145, 255), (120, 90, 255)), ((255, 120, 160), (255, 170, 120)), ((60, 60, 80), (120, 100, 160))]


def size_for(name: str) -> tuple[int, int]:
    return next((size for prefix, size in SIZES.items() if name.startswith(prefix)), (400, 400))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def placeholder_png(name: str) -> bytes:
    width, height = size_for(name)
    digest = hashlib.sha256(name.encode()).digest()
    (r1, g1, b1), (r2, g2, b2) = PALETTE[digest[0] % len(PALETTE)]
    cx, cy, radius = width * (0.55 + digest[1] / 1024), height * 0.45, min(width, height) * 0.32
    rows = bytearray()
    for y in range(height):
        rows.append(0)  # filter type: none
        for x in range(width):
            t = (x / width + y / height) / 2
            pixel = [int(r1 + (r2 - r1) * t), int(g1 + (g2 - g1) * t), int(b1 + (b2 - b1) * t)]
            if (x - cx) ** 2 + (y - cy) ** 2 < radius * radius:  # a soft light disc
                pixel = [min(255, c + 38) for c in pixel]
            rows += bytes(pixel)
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(bytes(rows), 6))
            + _chunk(b"IEND", b""))
