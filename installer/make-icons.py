#!/usr/bin/env python3
"""Renders the packaged icons from the scalable app icon (resources/icons/app.svg).

Writes the freedesktop hicolor PNGs (resources/icons/hicolor/<N>x<N>/apps/<app id>.png), the Windows
.ico and the macOS .icns. The outputs are committed, so a build needs none of this: rerun it (needs
rsvg-convert, Debian package librsvg2-bin) whenever app.svg changes.
"""
import struct
import subprocess
import sys
from pathlib import Path

APP_ID = "io.github.lockbox_desktop.LockboxDesktop"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types that hold a PNG of the given pixel size.
ICNS_TYPES = ((b"icp4", 16), (b"icp5", 32), (b"icp6", 64), (b"ic07", 128), (b"ic08", 256), (b"ic09", 512),
              (b"ic10", 1024), (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512))

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "app.svg"


def render(size: int) -> bytes:
    return subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), "-f", "png", str(SVG)],
                          check=True, capture_output=True).stdout


def make_ico(pngs: dict[int, bytes]) -> bytes:
    # ICO with PNG-compressed entries (Windows Vista and later read these at every size).
    header = struct.pack("<HHH", 0, 1, len(ICO_SIZES))
    offset = len(header) + 16 * len(ICO_SIZES)
    entries, data = b"", b""
    for size in ICO_SIZES:
        png = pngs[size]
        dim = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    return header + entries + data


def make_icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(t + struct.pack(">I", 8 + len(pngs[s])) + pngs[s] for t, s in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {s for _, s in ICNS_TYPES})
    pngs = {s: render(s) for s in sizes}
    for size in HICOLOR_SIZES:
        out = ROOT / "resources" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_bytes(pngs[size])
    (ROOT / "installer" / "windows" / "lockbox-desktop.ico").write_bytes(make_ico(pngs))
    (ROOT / "installer" / "macos" / "lockbox-desktop.icns").write_bytes(make_icns(pngs))
    return 0


if __name__ == "__main__":
    sys.exit(main())
