"""Bring your own picture: the drawing pad's image files and the preprocessing stages it shows.

:func:`picture_from_mime` finds a picture in a drop or the clipboard — a local image file
(its bytes, read as they are) or an image (encoded as PNG bytes) — and
:func:`picture_from_file` reads a file the user chose; the engine decodes and preprocesses
those bytes (:class:`~backprop_viz.engine.requests.Classify` with ``image``), the GUI only
decodes them once more to show the original. :class:`PadStages` is the strip under the pad
that shows what the engine did, stage by stage: original → grey → thresholded → cropped →
28×28 (from :class:`~backprop_viz.core.preprocess_photo.PhotoStages`), hidden for drawings;
:class:`PadPictures` is the drawing pad's half that opens, receives and pastes pictures.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QImage, QPixmap
from PySide6.QtWidgets import QFileDialog, QGridLayout, QLabel, QWidget

from backprop_viz.gui.i18n import Retranslatable

from .thumbnails import gray_image

translate = QCoreApplication.translate   # the pad's texts belong to DrawingPadView's catalogue context
SIDE = 88
# the most bytes of a picture the pad reads (the engine refuses larger ones too)
MAX_BYTES = 64 << 20
PICTURE_SUFFIXES = (".png", ".jpg", ".jpeg", ".bmp", ".gif", ".webp", ".tif", ".tiff")
STAGES = (QT_TRANSLATE_NOOP("PadStages", "original"), QT_TRANSLATE_NOOP("PadStages", "grey"),
          QT_TRANSLATE_NOOP("PadStages", "thresholded"), QT_TRANSLATE_NOOP("PadStages", "cropped"),
          QT_TRANSLATE_NOOP("PadStages", "28×28 input"))


def picture_from_file(path) -> tuple[bytes, str]:
    """The bytes and name of the picture file ``path`` (an :class:`OSError` or
    :class:`ValueError` saying why not)."""
    path = Path(path)
    if not path.is_file():
        raise ValueError(f"{path.name}: not a file")
    if path.stat().st_size > MAX_BYTES:
        raise ValueError(f"{path.name}: larger than {MAX_BYTES >> 20} MB")
    return path.read_bytes(), path.name


def png_bytes(image: QImage) -> bytes:
    """``image`` encoded as PNG (how a pasted or dragged image travels to the engine)."""
    array = QByteArray()
    buffer = QBuffer(array)
    buffer.open(QIODevice.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(array.data())


def picture_from_mime(mime) -> tuple[bytes, str] | None:
    """The picture in a drop or the clipboard: a local image file, else an image; ``None`` if neither."""
    if mime is None:
        return None
    for url in mime.urls() if mime.hasUrls() else ():
        if url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in PICTURE_SUFFIXES:
            return picture_from_file(url.toLocalFile())
    if mime.hasImage():
        image = QImage(mime.imageData())
        if not image.isNull():
            return png_bytes(image), "pasted image"
    return None


def has_picture(mime) -> bool:
    """Whether a drag carries something :func:`picture_from_mime` can read (without reading it)."""
    if mime is None:
        return False
    return mime.hasImage() or any(url.isLocalFile() and Path(url.toLocalFile()).suffix.lower() in PICTURE_SUFFIXES
                                  for url in (mime.urls() if mime.hasUrls() else ()))


class PadStages(Retranslatable, QWidget):
    """Five thumbnails with captions: how a picture became the network's input."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("pad_stages")
        self.images: list[QLabel] = []
        self.captions: list[QLabel] = []
        self.shown = None                           # the PhotoStages on display
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 4, 0, 0)
        for column in range(len(STAGES)):
            image, caption = QLabel(), QLabel()
            image.setFixedSize(SIDE, SIDE)
            image.setAlignment(Qt.AlignCenter)
            image.setStyleSheet("background: #222;")
            caption.setAlignment(Qt.AlignCenter)
            grid.addWidget(image, 0, column)
            grid.addWidget(caption, 1, column)
            self.images.append(image)
            self.captions.append(caption)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        for caption, text in zip(self.captions, STAGES):
            caption.setText(self.tr(text))
        self.setToolTip(self.tr("How your picture became the network's input: grey, inverted if dark on light; "
                                "the background and paper texture removed by a threshold; cut to the ink; "
                                "fitted to 20×20 and centred by mass in 28×28"))

    def show_original(self, picture: bytes) -> None:
        """The picture as loaded (decoded here only to be shown); the other stages are cleared."""
        image = QImage.fromData(picture)
        self.shown = None
        self.images[0].setPixmap(self._fit(QPixmap.fromImage(image)) if not image.isNull() else QPixmap())
        for label in self.images[1:]:
            label.clear()
        self.show()

    def show_stages(self, stages) -> None:
        """The engine's :class:`~backprop_viz.core.preprocess_photo.PhotoStages`."""
        self.shown = stages
        for label, pixels in zip(self.images[1:], (stages.grey, stages.ink, stages.cropped, stages.image)):
            label.setPixmap(self._fit(QPixmap.fromImage(gray_image(pixels)), sharp=pixels.shape == (28, 28)))

    @staticmethod
    def _fit(pixmap: QPixmap, sharp: bool = False) -> QPixmap:
        return pixmap.scaled(SIDE, SIDE, Qt.KeepAspectRatio, Qt.FastTransformation if sharp else Qt.SmoothTransformation)


class PadPictures:
    """Mixin of :class:`~.drawing_pad.DrawingPadView`: needs ``canvas``, ``stages``, ``plot``,
    ``picture_button``, ``source`` and ``_picture``."""

    def _retranslate_pictures(self) -> None:
        self.picture_button.setText(translate("DrawingPadView", "Open a picture…"))
        self.picture_button.setToolTip(translate("DrawingPadView", "Classify a photo or an image of a handwritten "
                                                 "digit (PNG, JPEG, BMP, WebP, TIFF…); you can also drop one here "
                                                 "or paste it"))

    def load_picture(self, data: bytes, name: str) -> None:
        """Put the picture ``data`` (an image file's bytes) on the pad: the engine preprocesses it."""
        self.source = name
        self._picture = (self.canvas.revision + 1, bytes(data), name)
        self.stages.show_original(data)
        image = QImage.fromData(data)
        if image.isNull():                       # a format Qt cannot show: the engine may still read it
            image = QImage(28, 28, QImage.Format_Grayscale8)
            image.fill(200)
        self.canvas.show_picture(image)          # updates the prediction

    def open_picture(self) -> None:
        patterns = " ".join(f"*{suffix}" for suffix in PICTURE_SUFFIXES)
        path, _ = QFileDialog.getOpenFileName(self, translate("DrawingPadView", "Open a picture of a digit"), "",
                                              translate("DrawingPadView", "Pictures ({0})").format(patterns))
        if path:
            self._read_picture(lambda: picture_from_file(path))

    def paste_picture(self) -> bool:
        """The clipboard's picture on the pad; whether there was one."""
        return self._read_picture(lambda: picture_from_mime(QGuiApplication.clipboard().mimeData()))

    def _read_picture(self, read) -> bool:
        try:
            found = read()
        except (OSError, ValueError) as exc:
            self.plot.show_blank(translate("DrawingPadView", "cannot read the picture: {0}").format(getattr(exc, "strerror", None) or exc))
            return False
        if found is None:
            return False
        self.load_picture(*found)
        return True

    def dragEnterEvent(self, event) -> None:
        if has_picture(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if self._read_picture(lambda: picture_from_mime(event.mimeData())):
            event.acceptProposedAction()

