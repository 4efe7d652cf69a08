"""Image decoding through Pillow (every PNG filter and colour type, 16-bit, palette with
transparency, JPEG, BMP, WebP, TIFF, the bomb limit) and digit image folders."""

from __future__ import annotations

import io
import struct
import zlib

import numpy as np
import pytest
from PIL import Image

from backprop_viz.data import DataError, read_png_folder, write_png_folder
from backprop_viz.data import images as image_files
from backprop_viz.data.images import decode_image
from backprop_viz.data.pngfolder import decode_png, encode_png, reporting


def paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
    return a if pa <= pb and pa <= pc else (b if pb <= pc else c)


def png_bytes(pixels: np.ndarray, colour: int, filters, palette=None, interlace=0) -> bytes:
    """A reference PNG encoder: ``pixels`` (h, w, channels) uint8, one filter per row."""
    h, w, bpp = pixels.shape
    raw = bytearray()
    prev = [0] * (w * bpp)
    for y in range(h):
        line = [int(v) for v in pixels[y].reshape(-1)]
        kind = filters[y % len(filters)]
        out = []
        for i, x in enumerate(line):
            a = line[i - bpp] if i >= bpp else 0
            b, c = prev[i], prev[i - bpp] if i >= bpp else 0
            pred = [0, a, b, (a + b) // 2, paeth(a, b, c)][kind]
            out.append((x - pred) % 256)
        raw += bytes([kind] + out)
        prev = line

    def chunk(kind, body):
        crc = struct.pack(">I", zlib.crc32(kind + body))
        return struct.pack(">I", len(body)) + kind + body + crc

    body = chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, colour, 0, 0, interlace))
    if palette is not None:
        body += chunk(b"PLTE", palette.tobytes())
    half = len(raw) // 2
    data = zlib.compress(bytes(raw))
    body += chunk(b"IDAT", data[:half]) + chunk(b"IDAT", data[half:])  # split IDAT
    return b"\x89PNG\r\n\x1a\n" + body + chunk(b"IEND", b"")


RNG = np.random.default_rng(11)
GREY = RNG.integers(0, 256, (28, 28, 1), dtype=np.uint8)


@pytest.mark.parametrize("filters", [[0], [1], [2], [3], [4], [0, 1, 2, 3, 4]])
def test_every_filter_type(filters):
    assert np.array_equal(decode_png(png_bytes(GREY, 0, filters)), GREY[..., 0])


def test_colour_types_reduce_to_luminance():
    rgb = RNG.integers(0, 256, (28, 28, 3), dtype=np.uint8)
    want = np.round(rgb.astype(float) @ [0.299, 0.587, 0.114])
    assert np.abs(decode_png(png_bytes(rgb, 2, [4, 1])) - want).max() <= 1
    same = np.repeat(GREY, 3, axis=2)
    assert np.array_equal(decode_png(png_bytes(same, 2, [3])), GREY[..., 0])
    opaque = np.concatenate([same, np.full((28, 28, 1), 255, np.uint8)], axis=2)
    assert np.array_equal(decode_png(png_bytes(opaque, 6, [2, 4])), GREY[..., 0])
    half = np.concatenate([GREY, np.full((28, 28, 1), 0, np.uint8)], axis=2)
    assert decode_png(png_bytes(half, 4, [1])).max() == 0  # transparent over black
    palette = np.stack([np.arange(256)] * 3, axis=1).astype(np.uint8)
    assert np.array_equal(decode_png(png_bytes(GREY, 3, [0], palette)), GREY[..., 0])


def test_encoder_round_trip():
    assert np.array_equal(decode_png(encode_png(GREY[..., 0])), GREY[..., 0])


GOOD = png_bytes(GREY, 0, [1])


@pytest.mark.parametrize("data, problem", [
    (b"GIF89a", "not an image file Pillow can read"),
    (b"hello, world", "not an image file Pillow can read"),
    (GOOD[:60], "damaged or truncated"),
    (GOOD[:20] + bytes([GOOD[20] ^ 1]) + GOOD[21:], "not an image file"),      # header with a bad CRC
    (png_bytes(GREY[:20], 0, [0]), "image is 28x20 pixels, expected 28x28"),
])
def test_bad_images(data, problem):
    with pytest.raises(DataError, match=problem) as info:
        decode_png(data, "digit.png")
    assert str(info.value).startswith("digit.png: ")


def with_idat(idat: bytes) -> bytes:
    head = GOOD[:33]  # signature + IHDR
    crc = struct.pack(">I", zlib.crc32(b"IDAT" + idat))
    chunk = struct.pack(">I", len(idat)) + b"IDAT" + idat + crc
    return head + chunk + GOOD[-12:]


@pytest.mark.parametrize("idat", [
    zlib.compress(b"".join(bytes([7 if y == 3 else 0]) + bytes(28) for y in range(28))),   # unknown filter
    b"not zlib at all", zlib.compress(bytes(100))])                                      # corrupt, short
def test_corrupt_image_data_is_one_clear_error(idat):
    with pytest.raises(DataError, match="x.png: image is damaged or truncated"):
        decode_png(with_idat(idat), "x.png")


def saved(image: Image.Image, fmt: str, **options) -> bytes:
    out = io.BytesIO()
    image.save(out, fmt, **options)
    return out.getvalue()


def test_formats_the_old_decoder_refused():
    grey = Image.fromarray(GREY[..., 0])
    for fmt in ("BMP", "TIFF", "WEBP"):
        options = {"lossless": True} if fmt == "WEBP" else {}
        assert np.array_equal(decode_png(saved(grey, fmt, **options)), GREY[..., 0]), fmt
    jpeg = decode_png(saved(grey, "JPEG", quality=95)).astype(int)
    assert np.abs(jpeg - GREY[..., 0]).mean() < 8            # lossy, but the same picture
    deep = Image.fromarray(GREY[..., 0].astype(np.uint16) * 257)          # 16-bit grey
    assert np.array_equal(decode_png(saved(deep, "PNG")), GREY[..., 0])
    pal = Image.fromarray(GREY[..., 0]).convert("P")
    pal.info["transparency"] = int(np.asarray(pal)[0, 0])                # palette with a transparent index
    got = decode_png(saved(pal, "PNG", transparency=pal.info["transparency"]))
    transparent = np.asarray(pal) == np.asarray(pal)[0, 0]
    assert (got[transparent] == 0).all() and got[~transparent].max() > 0   # transparent over black


def test_a_photo_of_any_size_and_its_orientation():
    photo = np.zeros((60, 40), np.uint8)
    photo[:10] = 255                                           # a bright band at the top
    image = Image.fromarray(photo)
    exif = image.getexif()
    exif[0x0112] = 3                                           # EXIF: rotated 180°
    got = decode_image(saved(image, "JPEG", exif=exif, quality=95))
    assert got.shape == (60, 40) and got[-5:].mean() > 200 and got[:5].mean() < 50


def test_decompression_bombs_are_refused_before_decoding(monkeypatch):
    monkeypatch.setattr(image_files, "MAX_PIXELS", 28 * 28 - 1)
    with pytest.raises(DataError, match="more than"):
        decode_png(GOOD, "bomb.png")
    assert Image.MAX_IMAGE_PIXELS == 64_000_000               # set deliberately, not Pillow's default


def bordered(make_ds, n, seed):
    ds = make_ds(n, seed=seed)
    images = np.array(ds.images)
    images[:, [0, -1], :] = 0  # a black border, as in MNIST, so nothing is inverted
    return type(ds)(images, ds.labels, ds.source)


def test_png_folder_round_trip_with_train_and_test(tmp_path, make_ds):
    train, test = bordered(make_ds, 14, 1), bordered(make_ds, 6, 2)
    write_png_folder(tmp_path / "digits" / "train", train)
    write_png_folder(tmp_path / "digits" / "test", test)
    splits = read_png_folder(tmp_path / "digits")
    order = np.argsort(train.labels, kind="stable")
    np.testing.assert_array_equal(splits.train.labels, train.labels[order])
    np.testing.assert_array_equal(splits.train.images, train.images[order])
    assert len(splits.test) == 6


def test_dark_on_light_digits_are_inverted_and_single_folder_has_no_test(tmp_path):
    from backprop_viz.data.pngfolder import write_png

    digit = np.full((28, 28), 255, np.uint8)
    digit[10:18, 12:15] = 0
    write_png(tmp_path / "mine" / "1" / "a.png", digit)
    splits = read_png_folder(tmp_path / "mine")
    assert splits.train.images[0].max() == 255 and splits.train.images[0][0, 0] == 0
    assert list(splits.train.labels) == [1] and len(splits.test) == 0


def test_folder_errors_name_the_file(tmp_path):
    (tmp_path / "d" / "3").mkdir(parents=True)
    with pytest.raises(DataError, match="no .png"):
        read_png_folder(tmp_path / "d")
    (tmp_path / "d" / "3" / "x.png").write_bytes(GOOD[:50])
    with pytest.raises(DataError) as info:
        read_png_folder(tmp_path / "d")
    assert str(tmp_path / "d" / "3" / "x.png") in str(info.value)


def test_folders_of_other_formats_and_progress(tmp_path, make_ds):
    ds = bordered(make_ds, 6, 3)
    for i, (image, label) in enumerate(zip(ds.images, ds.labels)):
        (tmp_path / "f" / str(int(label))).mkdir(parents=True, exist_ok=True)
        Image.fromarray(image).save(tmp_path / "f" / str(int(label)) / f"{i}.{'bmp' if i % 2 else 'tif'}")
    calls = []
    with reporting(lambda done, total: calls.append((done, total))):
        splits = read_png_folder(tmp_path / "f")
    order = np.argsort(ds.labels, kind="stable")
    np.testing.assert_array_equal(np.sort(splits.train.labels), ds.labels[order])
    assert sorted(map(bytes, splits.train.images)) == sorted(map(bytes, ds.images))
    assert calls == [(6, 6)]
    read_png_folder(tmp_path / "f")                            # outside the block: nobody is told
    assert calls == [(6, 6)]
