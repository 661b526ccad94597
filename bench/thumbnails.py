"""Thumbnail throughput for 20-megapixel JPEGs (issue 5), with and without JPEG draft mode.

    python bench/thumbnails.py [--runs 10] [--width 800] [--height 600]

One 5472×3648 JPEG (a 20-megapixel phone photo's size: a colour gradient with noise, so it
compresses like a photo rather than like a flat image) is written to a temporary folder and
read back. Each run is one ``images.decode(data, 800, 600)`` — the bytes already in memory, to
RGBA pixels fitted to 800×600, on one thread — first with draft mode (libjpeg decodes at 1/4
scale, then Pillow resizes), then without (full decode, then resize). It reports, as medians of
``--runs`` runs after one warm-up: milliseconds per thumbnail and thumbnails per second; and,
for the same photo, the blurhash and what sending it costs (``prepare_for_upload``: decode,
strip, re-encode at quality 90).
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summary import add_json_option, context, emit

from messenger_desktop.media import images

PHOTO_SIZE = (5472, 3648)


def make_photo(folder: Path) -> Path:
    """A 20-megapixel JPEG at quality 90 with 4:2:0 chroma, as a phone writes it."""
    ramp = Image.linear_gradient("L")
    gradient = Image.merge(
        "RGB",
        (
            ramp.rotate(90).resize(PHOTO_SIZE),
            ramp.resize(PHOTO_SIZE),
            ramp.rotate(45).resize(PHOTO_SIZE),
        ),
    )
    noise = Image.merge("RGB", [Image.effect_noise(PHOTO_SIZE, 40) for _ in range(3)])
    photo = Image.blend(gradient, noise, 0.35)
    path = folder / "photo.jpg"
    photo.save(path, "JPEG", quality=90, subsampling=2)
    return path


def timed(work: Callable[[], object], runs: int) -> list[float]:
    """Milliseconds of each of ``runs`` calls, after one warm-up call."""
    work()
    samples = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        samples.append((time.perf_counter() - started) * 1000)
    return samples


def report(label: str, samples: list[float], per_second: bool = True) -> float:
    median = statistics.median(samples)
    rate = f"  {1000 / median:6.1f}/s" if per_second else ""
    print(f"{label:<34} median {median:8.2f} ms  (min {min(samples):.2f}, max {max(samples):.2f}){rate}")
    return round(median, 2)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--width", type=int, default=800)
    parser.add_argument("--height", type=int, default=600)
    add_json_option(parser)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        started = time.perf_counter()
        data = make_photo(Path(tmp)).read_bytes()
        made = time.perf_counter() - started
    found = images.probe(data)
    thumbnail = images.decode(data, args.width, args.height)
    print(
        f"{platform.python_implementation()} {platform.python_version()}, Pillow {Image.__version__}, "
        f"{os.cpu_count()} CPUs; photo {found.width}×{found.height} {found.mime}, "
        f"{len(data) / 1e6:.1f} MB (made in {made:.1f} s); thumbnail {thumbnail.width}×{thumbnail.height}; "
        f"{args.runs} runs"
    )
    box = (args.width, args.height)
    figures = {
        "draft_ms": report("thumbnail, draft mode", timed(lambda: images.decode(data, *box), args.runs)),
        "full_ms": report(
            "thumbnail, full decode (no draft)",
            timed(lambda: images.decode(data, *box, draft=False), args.runs),
        ),
        "probe_ms": report(
            "probe (header only)", timed(lambda: images.probe(data), args.runs), per_second=False
        ),
        "blurhash_ms": report(
            "blurhash_of", timed(lambda: images.blurhash_of(data), args.runs), per_second=False
        ),
        "prepare_ms": report(
            "prepare_for_upload (strip, q90)",
            timed(lambda: images.prepare_for_upload(data), max(3, args.runs // 3)),
            per_second=False,
        ),
    }
    emit(args.json, {**context(), "runs": args.runs, **figures})
    return 0


if __name__ == "__main__":
    sys.exit(main())
