"""Every message code is worded by the GUI in English and in Korean (from the code, not
by parsing English), and configuration errors show in the interface's language."""

from __future__ import annotations

import string
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from i18n_helpers import HANGUL

from backprop_viz.core import Config, ConfigError, DivergenceError
from backprop_viz.core.messages import ENGLISH, Message, english
from backprop_viz.gui import i18n
from backprop_viz.gui.engine_texts import engine_text, error_text, message_text, worded
from backprop_viz.gui.texts import config_error_text, divergence_text

KO_TS = Path(__file__).resolve().parents[2] / "backprop_viz" / "resources" / "i18n" / "backprop_viz_ko.ts"


def sample(code: str) -> Message:
    """``code`` with made-up arguments (as many as its template takes; a setting's error names ``lr``)."""
    count = len({n for _, n, _, _ in string.Formatter().parse(ENGLISH[code]) if n})
    return Message(code, ("lr", "x1") if code == "config.error" else tuple(f"x{i}" for i in range(count)))


def korean_catalogue() -> dict[str, tuple[str | None, str]]:
    """Context ``Messages`` of the Korean ``.ts``: source → (translation type, text)."""
    root = ET.parse(KO_TS).getroot()
    return {m.findtext("source"): (m.find("translation").get("type"), m.findtext("translation") or "")
            for ctx in root.iter("context") if ctx.findtext("name") == "Messages" for m in ctx.iter("message")}


@pytest.fixture
def korean(qapp):
    assert i18n.set_language("ko")
    yield
    i18n.set_language("en")


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_every_code_is_worded_in_english(code):
    message = sample(code)
    text = message_text(message)
    assert text == english(message)          # the registry's template, filled in
    assert code not in text and "{" not in text


def test_every_code_has_a_finished_korean_translation():
    catalogue = korean_catalogue()
    problems = []
    for code, template in ENGLISH.items():
        kind, text = catalogue.get(template, ("missing", ""))
        words = text.replace("{label}", "학습률")   # a setting's error: its Korean words are the label
        if kind is not None or not text.strip() or text == template or not HANGUL.search(words):
            problems.append(f"{code}: {kind} {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("code", sorted(ENGLISH))
def test_every_code_is_worded_in_korean(korean, code):
    message = sample(code)
    text = message_text(message)
    assert HANGUL.search(text) and text != english(message)
    assert all(arg in text for arg in message.args)     # no argument goes missing
    assert code != "config.error" or text == "학습률(lr): x1"


#: the configuration errors the old English patterns did not know: they stayed English in Korean
FORMERLY_ENGLISH = [
    (lambda: Config(hidden="256"), "은닉층(hidden): (256, 128)처럼 층 크기의 목록이어야 합니다 (입력값: '256')"),
    (lambda: Config().replace(speed=3), "speed: 알 수 없는 설정입니다. 사용할 수 있는 설정: activation, "),
    (lambda: Config(batch_norm="yes"), "배치 정규화(batch_norm): 참(true) 또는 거짓(false)이어야 합니다 (입력값: 'yes')"),
    (lambda: Config(target_off=0.5, target_on=0.2), "정답 자리의 원-핫 목표값(target_on): target_off(0.5)보다 커야 합니다 (입력값: 0.2)"),
    (lambda: Config(validation=-5), "분할(validation): 0 이상의 샘플 수(정수)여야 합니다 (입력값: -5)"),
]


@pytest.mark.parametrize("make, expected", FORMERLY_ENGLISH, ids=["hidden", "unknown", "bool", "targets", "split"])
def test_config_errors_that_showed_english_now_show_korean(korean, make, expected):
    with pytest.raises(ConfigError) as info:
        make()
    text = config_error_text(info.value)
    assert expected in text and HANGUL.search(text.split(":", 1)[1])
    i18n.set_language("en")
    assert config_error_text(info.value) == str(info.value)    # and English in English


def test_setting_labels_and_samples_are_worded_in_arguments(korean):
    assert message_text(Message("engine.need_reset", (("lr", "hidden"),))) == \
        "학습률, 은닉층: 적용하려면 네트워크를 초기화해야 합니다"
    assert message_text(Message("engine.need_reset", ("lr, hidden",))).startswith("학습률, 은닉층:")
    assert message_text(Message("engine.one_sample", ("test sample #3", 7))) == \
        "테스트 샘플 #3에 대해 오차역전파 한 스텝 (정답 7)"
    nested = Message("engine.error", (DivergenceError.loss(4, float("nan")).message,))
    assert message_text(nested).startswith("오류: 스텝 4에서 학습이 발산했습니다: 손실(에러)값이 nan입니다.")


def test_divergence_and_errors_are_worded_from_their_messages(korean):
    exc = DivergenceError.update(9)
    assert divergence_text(exc.message).startswith("스텝 9에서 학습이 발산했습니다: 가중치/바이어스 업데이트 값이")
    assert divergence_text("already worded") == "already worded"
    assert error_text("ValueError", Message("engine.no_data")) == "ValueError: 불러온 데이터가 없습니다. 다른 데이터셋으로 초기화하세요"
    assert error_text(("OSError", "disk full")) == "OSError: disk full"     # an uncoded text as it is
    assert message_text(None) == "" and message_text(Message.text("as is")) == "as is"


def test_older_english_templates_are_still_worded(korean):
    assert engine_text("Network initialised: ready to train") == "네트워크를 초기화했습니다: 학습할 준비가 되었습니다"
    assert engine_text("Finished epoch {0}", (3,)) == "에폭 3 완료"
    assert engine_text("Error: {0}", ("no data loaded; reset with another dataset",)) == \
        "오류: 불러온 데이터가 없습니다. 다른 데이터셋으로 초기화하세요"
    assert engine_text("some exception text") == "some exception text"
    assert engine_text(Message("engine.live")) == "설정은 다음 스텝부터 적용됩니다"


def test_a_snapshot_note_is_worded(korean, make_snapshot):
    import dataclasses

    snapshot, _ = make_snapshot(steps=1)
    noted = dataclasses.replace(snapshot, note=Message("engine.finished", (2,)))
    assert worded(noted).message == "에폭 2 완료"
    assert worded(dataclasses.replace(snapshot, note=None)) == dataclasses.replace(snapshot, note=None)


def test_the_hyperparameter_panel_shows_its_errors_in_korean(qtbot, korean):
    from backprop_viz.gui.hyperparams import HyperparamPanel

    panel = HyperparamPanel(Config())
    qtbot.addWidget(panel)
    panel.show()
    panel.lr.clear()
    qtbot.keyClicks(panel.lr, "fast")
    qtbot.waitUntil(lambda: "학습률(lr)" in panel.error_label.text())
    assert "0.01이나 1e-3 같은 수를 입력하세요 (입력값: 'fast')" in panel.error_label.text()
    panel.hidden.clear()
    qtbot.keyClicks(panel.hidden, "256,0")
    qtbot.waitUntil(lambda: "은닉층(hidden): 각 층의 유닛 수는 1에서 8192 사이여야 합니다" in panel.error_label.text())
