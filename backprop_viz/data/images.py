"""Every image file read and written by backprop-viz, through Pillow (no Qt).

:func:`decode_image` turns the bytes of any image Pillow reads — PNG of any bit depth,
interlaced or with a palette and transparency, JPEG, BMP, GIF, WebP, TIFF — into a
greyscale uint8 array ``(height, width)``: the EXIF orientation of a phone photo is applied,
transparency is composited over black (as the old PNG reader did) and colour reduced to
luminance (ITU-R 601, Pillow's ``"L"``). Pillow's decompression-bomb guard is set
deliberately to :data:`MAX_PIXELS` (64 megapixels, a 9000×7000 photo; Pillow raises beyond
twice its limit and only warns below): an image larger than that is refused with a
:class:`DataError` before it is decoded, so is any file Pillow cannot read, with the
reason in one line. :func:`encode_png` and :func:`write_png` write greyscale PNGs.
"""

from __future__ import annotations

import io
import os
import warnings

import numpy as np
from PIL import Image, ImageOps

from backprop_viz.data.errors import DataError

#: the most pixels an image may have (a 64-megapixel phone photo fits)
MAX_PIXELS = 64_000_000
Image.MAX_IMAGE_PIXELS = MAX_PIXELS
#: the most bytes of an image file read (a 64-megapixel JPEG is about 20 MB)
MAX_FILE_BYTES = 64 << 20
#: what Pillow opens: its formats minus the exotic ones nobody photographs a digit with
FORMATS = ("PNG", "JPEG", "BMP", "GIF", "WEBP", "TIFF", "PPM")


def open_image(data: bytes, name: str = "<image>") -> Image.Image:
    """The Pillow image of ``data``, decoded and upright, or a :class:`DataError`."""
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data), formats=FORMATS)
            if image.width * image.height > MAX_PIXELS:
                raise DataError(f"image is {image.width}x{image.height} pixels, more than the "
                                f"{MAX_PIXELS // 1_000_000} megapixels accepted", path=name)
            image.load()
            return ImageOps.exif_transpose(image)
    except DataError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise DataError(f"image has more than {MAX_PIXELS // 1_000_000} megapixels", path=name) from None
    except Image.UnidentifiedImageError:
        raise DataError("not an image file Pillow can read (PNG, JPEG, BMP, GIF, WebP, TIFF)",
                        path=name) from None
    except Exception as exc:  # noqa: BLE001 - Pillow raises OSError, SyntaxError, ValueError, ...
        raise DataError(f"image is damaged or truncated ({exc})", path=name) from None


def to_grey(image: Image.Image) -> np.ndarray:
    """``image`` as luminance uint8 ``(height, width)``; transparent pixels count as black."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        a = np.asarray(image, dtype=np.float64)
        top = 65535.0 if image.mode.startswith("I") and a.max() > 255 else 255.0
        return np.clip(np.round(a * 255.0 / top), 0, 255).astype(np.uint8)
    if image.mode == "P" and "transparency" in image.info:
        image = image.convert("RGBA")
    if image.mode in ("RGBA", "LA", "PA", "RGBa", "La"):
        rgba = image.convert("RGBA")
        black = Image.new("RGBA", rgba.size, (0, 0, 0, 255))
        image = Image.alpha_composite(black, rgba)
    return np.asarray(image.convert("L"), dtype=np.uint8)


def decode_image(data: bytes, name: str = "<image>", size: tuple[int, int] | None = None) -> np.ndarray:
    """The greyscale uint8 image ``(height, width)`` in ``data``; ``size`` (rows, columns) if required."""
    grey = to_grey(open_image(data, name))
    if size is not None and grey.shape != tuple(size):
        raise DataError(f"image is {grey.shape[1]}x{grey.shape[0]} pixels, expected {size[1]}x{size[0]}",
                        path=name)
    return grey


def encode_png(image: np.ndarray) -> bytes:
    """An 8-bit greyscale PNG of ``image`` (uint8, ``(height, width)``)."""
    buffer = io.BytesIO()
    Image.fromarray(np.ascontiguousarray(image, dtype=np.uint8)).save(buffer, "PNG", compress_level=6)
    return buffer.getvalue()


def write_png(path: str | os.PathLike, image: np.ndarray) -> None:
    """``image`` written atomically as a greyscale PNG at ``path`` (folders created)."""
    from backprop_viz.data.storage import atomic_write_bytes

    atomic_write_bytes(path, encode_png(image))


def read_image_file(path: str | os.PathLike) -> bytes:
    """The bytes of the image file ``path`` (a regular file of at most :data:`MAX_FILE_BYTES`)."""
    from backprop_viz.data.limits import open_data_file

    with open_data_file(path) as handle:
        try:
            data = handle.read(MAX_FILE_BYTES + 1)
        except OSError as exc:
            raise DataError(f"cannot read the file ({exc.strerror or exc})", path=path) from None
    if len(data) > MAX_FILE_BYTES:
        raise DataError(f"image file is larger than {MAX_FILE_BYTES >> 20} MB", path=path)
    return data
