<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../gui/about.py" line="+49"/>
        <source>Watch backpropagation happen while a multilayer perceptron learns MNIST.</source>
        <translation>다층 퍼셉트론이 MNIST를 학습하는 동안 역전파가 일어나는 모습을 지켜보세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: MIT. Copyright © 2026 the backprop-viz developers.</source>
        <translation>라이선스: MIT. Copyright © 2026 backprop-viz 개발자.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, CC BY-SA 3.0 (bundled unchanged; see ATTRIBUTION.md).</source>
        <translation>MNIST: Yann LeCun, Corinna Cortes, Christopher J. C. Burges, CC BY-SA 3.0 (수정 없이 포함됨; ATTRIBUTION.md 참고).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built on: {0}</source>
        <translation>사용한 라이브러리: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About backprop-viz</source>
        <translation>backprop-viz 정보</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../gui/views/agreement.py" line="+37"/>
        <source>array  (shape)</source>
        <translation>배열  (모양)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries checked</source>
        <translation>검사한 원소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>원소</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numerical</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backprop</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rel. error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) of each parameter array&apos;s checked entries; an array passes below {0}.</source>
        <translation>매개변수 배열마다 검사한 원소들의 상대 오차 ‖num − bp‖ / (‖num‖ + ‖bp‖). {0}보다 작으면 통과입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entries whose numerical and backprop values differ most, relative to their size. “+n alike”: n more entries have exactly the same two values (e.g. the weights from blank pixels into one unit all get the same gradient).</source>
        <translation>수치 미분 값과 역전파 값이 크기에 비해 가장 많이 다른 원소들입니다. “+n개 동일”: 두 값이 똑같은 원소가 n개 더 있다는 뜻입니다(예: 빈 픽셀에서 한 유닛으로 가는 가중치들은 모두 같은 기울기를 받습니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numerical vs backprop, one point per entry</source>
        <translation>수치 미분 대 역전파, 원소마다 점 하나</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backprop ∂E/∂w</source>
        <translation>역전파 ∂E/∂w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numerical ∂E/∂w (central difference)</source>
        <translation>수치 미분 ∂E/∂w (중앙 차분)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y = x (perfect agreement)</source>
        <translation>y = x (완전히 일치)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Largest disagreements (each entry&apos;s own relative error):</source>
        <translation>가장 크게 어긋난 원소 (원소별 상대 오차):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>No entries yet.</source>
        <translation>아직 원소가 없습니다.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>all checked arrays pass</source>
        <translation>검사한 배열 모두 통과</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n array(s) FAIL</source>
        <translation>
            <numerusform>배열 %n개 실패</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,} entries checked · largest relative error {1:.1e} (pass below {2}): {3}</source>
        <translation>원소 {0:,}개 검사 · 최대 상대 오차 {1:.1e} ({2} 미만이면 통과): {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · scatter shows {0:,} of them</source>
        <translation> · 산점도에는 그중 {0:,}개 표시</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (+{0:,} alike)</source>
        <translation> (+{0:,}개 동일)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>pass ✔</source>
        <translation>통과 ✔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL ✘</source>
        <translation>실패 ✘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: parameter array of layer {1}, shape {2}</source>
        <translation>{0}: {1}층의 매개변수 배열, 모양 {2}</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../gui/lessons/answer_inputs.py" line="+89"/>
        <location line="+72"/>
        <source>Your answer: {0}</source>
        <translation>내 답: {0}</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>− negative</source>
        <translation>− 음수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 zero</source>
        <translation>0 (영)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ positive</source>
        <translation>+ 양수</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↓ down</source>
        <translation>↓ 감소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ about the same</source>
        <translation>≈ 거의 같음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ up</source>
        <translation>↑ 증가</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>by about (within {0}):</source>
        <translation>변화량 (허용 오차 {0}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change, e.g. -0.02</source>
        <translation>변화량, 예: -0.02</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your estimate of the change; {0} counts as right</source>
        <translation>변화량 추정값; {0} 이내면 정답입니다</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>your number</source>
        <translation>답 (숫자)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number such as 0.25 (a comma works too); within {0} of the network&apos;s value counts as right</source>
        <translation>0.25 같은 숫자 (쉼표도 됩니다); 신경망의 값과 {0} 이내로 같으면 정답입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact</source>
        <translation>정확히</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>± {0}</source>
        <translation>± {0}</translation>
    </message>
</context>
<context>
    <name>AnswerPlot</name>
    <message>
        <location filename="../../gui/views/answer_plot.py" line="+43"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s output a_L for the input, one bar per class: blue the prediction, green the true label, grey the answer before the last training step</source>
        <translation>입력에 대한 네트워크의 출력 a_L, 클래스마다 막대 하나: 파란색은 예측, 초록색은 정답 레이블, 회색은 마지막 학습 스텝 이전의 답</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>the network&apos;s answer</source>
        <translation>네트워크의 답</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>probability (softmax a_L)</source>
        <translation>확률 (softmax a_L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output a_L ({0})</source>
        <translation>출력 a_L ({0})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>prediction: {0}   (probability {1:.2f})</source>
        <translation>예측: {0}   (확률 {1:.2f})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction: {0}   (a_L {1:.2f})</source>
        <translation>예측: {0}   (a_L {1:.2f})</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../gui/views/timeline.py" line="+221"/>
        <source>Branch from here</source>
        <translation>여기서 분기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>learning rate (lr)</source>
        <translation>학습률 (lr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch and train</source>
        <translation>분기하고 학습</translation>
    </message>
</context>
<context>
    <name>BrowserView</name>
    <message>
        <location filename="../../gui/views/browser.py" line="+29"/>
        <source>The data the network learns from. Each MNIST image is 28×28 = 784 grey values (0 = background, 255 = ink) and a label 0–9; the course stores one image per CSV row of 785 numbers: the label, then the 784 pixels row by row. The network&apos;s input x is that row without the label, scaled (e.g. x/255); its target t is the one-hot vector of the label. Filter by label or split, jump to an index, select an image to see its numbers, and press Inspect to follow it through the network.</source>
        <translation>네트워크가 학습하는 데이터입니다. MNIST 이미지 하나는 28×28 = 784개의 회색조 값(0 = 배경, 255 = 잉크)과 0–9 레이블로 이루어집니다. 강의에서는 이미지 하나를 숫자 785개짜리 CSV 한 행으로 저장합니다: 레이블, 그리고 784개 픽셀을 행 순서대로. 네트워크의 입력 x는 레이블을 뺀 이 행을 스케일링한 것이고(예: x/255), 목표값 t는 레이블의 원-핫 벡터입니다. 레이블이나 데이터 분할로 거르고, 번호로 이동하고, 이미지를 골라 숫자를 보고, ‘네트워크에서 살펴보기’를 눌러 네트워크 안에서 따라가 보세요.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Which part of the dataset to browse</source>
        <translation>살펴볼 데이터 분할</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the images with this label</source>
        <translation>이 레이블의 이미지만 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of an image in the split (0 is the first)</source>
        <translation>분할 안에서 이미지의 번호 (0이 첫 번째)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>이동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the image with the index in the box</source>
        <translation>입력한 번호의 이미지를 선택합니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser_subset.py" line="+47"/>
        <source>Show all</source>
        <translation>모두 보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this selection and show the whole split again</source>
        <translation>이 선택을 해제하고 분할 전체를 다시 봅니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser.py" line="+2"/>
        <source>split</source>
        <translation>분할</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation>레이블</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>go to #</source>
        <translation>번호로 이동</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} ({1:,})</source>
        <translation>{0} ({1:,})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing {0:,} of {1:,} {2} images</source>
        <translation>{2} 이미지 {1:,}개 중 {0:,}개 표시</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser_subset.py" line="+5"/>
        <source>{0}: {1:,} {2} images.</source>
        <translation>{0}: {2} 이미지 {1:,}개.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chosen set</source>
        <translation>선택한 이미지</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser.py" line="+50"/>
        <source>&lt;b&gt;{0} image #{1}&lt;/b&gt;&lt;br&gt;label &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} 이미지 #{1}&lt;/b&gt;&lt;br&gt;레이블 &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ClipDialog</name>
    <message>
        <location filename="../../gui/views/timeline_clip.py" line="+94"/>
        <location line="+26"/>
        <source>Export a clip</source>
        <extracomment>docks whose view can be exported, in the dialog&apos;s order</extracomment>
        <translation>클립 내보내기</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>view</source>
        <translation>보기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from step</source>
        <translation>시작 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to step</source>
        <translation>끝 스텝</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every … steps</source>
        <translation>… 스텝마다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames per second</source>
        <translation>초당 프레임</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Animated GIF (*.gif)</source>
        <translation>움직이는 GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rendering the clip…</source>
        <translation>클립을 만드는 중…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../gui/views/common.py" line="+239"/>
        <source>layer {0} · hidden · {1}→{2} · {3}</source>
        <translation>{0}층 · 은닉층 · {1}→{2} · {3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {0} · output · {1}→{2} · {3}</source>
        <translation>{0}층 · 출력층 · {1}→{2} · {3}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/views/compare.py" line="+27"/>
        <source>Each kept run is one line: its smoothed training loss (top) and its accuracy on the evaluation set at each epoch&apos;s end (bottom), against epochs, with the current run in black. Compare how each idea of the course — dropout, ReLU, batch norm, He initialisation, Adam — changes how fast and how far the network learns.</source>
        <translation>보관한 실행마다 선 하나입니다: 평활화한 학습 손실(위)과 에폭이 끝날 때마다 잰 평가 세트 정확도(아래)를 에폭에 대해 그리며, 현재 실행은 검은색입니다. 강의의 각 아이디어 — 드롭아웃, ReLU, 배치 정규화, He 초기화, Adam — 가 네트워크가 얼마나 빨리, 얼마나 멀리 학습하는지를 어떻게 바꾸는지 비교해 보세요.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No runs kept yet.

“Keep this run…” stores the current run&apos;s curves here under a name; “Run the six course presets” trains the course&apos;s six networks one after another and keeps each. Ticked runs are drawn beside the current one.</source>
        <translation>아직 보관한 실행이 없습니다.

“이 실행 보관…”은 현재 실행의 곡선을 이름을 붙여 여기에 보관합니다. “강의 프리셋 여섯 개 실행”은 강의의 여섯 네트워크를 차례로 학습하고 하나씩 보관합니다. 체크한 실행은 현재 실행 옆에 함께 그려집니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this run…</source>
        <translation>이 실행 보관…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the current run&apos;s curves under a name to compare later</source>
        <translation>나중에 비교할 수 있도록 현재 실행의 곡선을 이름을 붙여 보관합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected run</source>
        <translation>선택한 실행 삭제</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the highlighted run from the kept runs (on disk too)</source>
        <translation>강조된 실행을 보관한 실행에서 삭제합니다 (디스크에서도)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the six course presets</source>
        <translation>강의 프리셋 여섯 개 실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train mlp → … → mlp-dropout-relu-bn-he-adam one after another (10 epochs each, at full speed) and keep each run; asks first</source>
        <translation>mlp → … → mlp-dropout-relu-bn-he-adam을 차례로 최대 속도로 학습하고(각각 10 에폭) 실행마다 보관합니다. 시작 전에 먼저 묻습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the course presets now (the runs kept so far stay)</source>
        <translation>강의 프리셋 실행을 지금 끝냅니다(지금까지 보관한 실행은 남습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the course presets</source>
        <translation>강의 프리셋 실행 중지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept runs: tick the ones to draw over the current run</source>
        <translation>보관한 실행: 현재 실행 위에 그릴 것을 선택하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each kept run&apos;s final accuracy beside the course&apos;s number</source>
        <translation>보관한 실행마다 최종 정확도와 강의의 수치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>course</source>
        <translation>강의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss (smoothed)</source>
        <translation>학습 손실 (평활화)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss E</source>
        <translation>손실 E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation accuracy</source>
        <translation>평가 정확도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current run</source>
        <translation>현재 실행</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>preset {0} of {1}: {2}</source>
        <translation>프리셋 {0}/{1}: {2}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>parent line {0}</source>
        <translation>부모 줄기 {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>branch</source>
        <translation>분기</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep this run</source>
        <translation>이 실행 보관</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>이름:</translation>
    </message>
</context>
<context>
    <name>ConfusionPlot</name>
    <message>
        <location filename="../../gui/views/confusion.py" line="+86"/>
        <source>true label</source>
        <translation>정답 레이블</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted label</source>
        <translation>예측 레이블</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confusion matrix — click a cell</source>
        <translation>혼동 행렬 — 칸을 클릭하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row = true label, column = the network&apos;s answer; click a cell to see its images in the dataset browser</source>
        <translation>행 = 정답 레이블, 열 = 네트워크의 답. 칸을 클릭하면 그 이미지들을 데이터셋 탐색기에서 볼 수 있습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>appears after the first evaluation</source>
        <translation>첫 평가 후에 나타납니다</translation>
    </message>
</context>
<context>
    <name>CourseSequence</name>
    <message>
        <location filename="../../gui/sequence.py" line="+68"/>
        <source>This trains the course&apos;s {0} notebook presets one after another — {1} — for {2} epochs each, at full speed (the speed box is set to “{3}”). Each finished run is kept in this comparison under the preset&apos;s name, with the course&apos;s accuracy beside it. Training a preset replaces the current network.</source>
        <translation>강의 노트북 프리셋 {0}개({1})를 차례로 각각 {2} 에폭씩 최대 속도로 학습합니다(속도 상자가 “{3}”(으)로 바뀝니다). 학습이 끝난 실행은 프리셋 이름으로 이 비교 창에 보관되고, 옆에 강의의 정확도가 표시됩니다. 프리셋을 학습하면 현재 네트워크는 새 네트워크로 바뀝니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The current run (step {0}) is not kept unless you keep it first.</source>
        <translation>현재 실행(스텝 {0})은 먼저 보관하지 않으면 남지 않습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line under the button shows which preset is running (“preset k of {0}”); Stop ends the sequence at any time, and the runs finished so far stay kept. Start now?</source>
        <translation>버튼 아래 줄에 지금 학습 중인 프리셋이 표시됩니다(“프리셋 k/{0}”). 중지를 누르면 언제든 끝낼 수 있고, 그때까지 끝난 실행은 보관된 채로 남습니다. 지금 시작할까요?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run the {0} course presets?</source>
        <translation>강의 프리셋 {0}개를 실행할까요?</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../gui/views/curves.py" line="+28"/>
        <source>How training is going. Top: the loss E of every minibatch (grey) — the mean over its N samples, e.g. E = −(1/N)·Σ t·log a for softmax + cross-entropy — and its moving average (blue, the smoothing slider sets how strongly it averages: s = α·s + (1 − α)·E). Minibatch losses are noisy; the trend is what counts. Red dots: the loss on the whole test (or validation) set at each epoch&apos;s end. Bottom: the share of that set classified correctly. Orange triangles: the same on a fixed subset of 1,000 samples every K steps. Hover to read values; right-click → Export saves PNG, SVG or CSV.</source>
        <translation>학습이 어떻게 진행되는지 보여 줍니다. 위: 미니배치마다의 손실 E(회색) — N개 샘플에 대한 평균으로, 예를 들어 softmax + 교차 엔트로피에서는 E = −(1/N)·Σ t·log a — 와 그 이동 평균(파란색, 평활화 슬라이더로 세기를 정합니다: s = α·s + (1 − α)·E). 미니배치 손실은 들쭉날쭉한 것이 정상이고, 중요한 것은 추세입니다. 빨간 점: 에폭이 끝날 때마다 테스트(또는 검증) 세트 전체에 대한 손실. 아래: 그 세트를 올바르게 분류한 비율. 주황색 삼각형: K 스텝마다 고정된 샘플 1,000개 부분집합에서 잰 같은 값. 마우스를 올리면 값을 읽을 수 있고, 오른쪽 클릭 → Export로 PNG, SVG, CSV로 저장할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Loss per minibatch</source>
        <translation>미니배치별 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss E</source>
        <translation>손실 E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step (minibatch)</source>
        <translation>스텝 (미니배치)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minibatch loss</source>
        <translation>미니배치 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed (EMA)</source>
        <translation>평활화 (EMA)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>at epoch ends</source>
        <translation>에폭 끝마다</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subset loss</source>
        <translation>부분집합 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subset accuracy</source>
        <translation>부분집합 정확도</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>How strongly the blue curve averages recent minibatches (0 = no smoothing, 0.99 = very smooth). Noisy minibatch losses are normal.</source>
        <translation>파란 곡선이 최근 미니배치들을 얼마나 강하게 평균하는지 (0 = 평활화 없음, 0.99 = 매우 매끄럽게). 미니배치 손실이 들쭉날쭉한 것은 정상입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smoothing</source>
        <translation>평활화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log scale</source>
        <translation>로그 눈금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the loss on a logarithmic axis: late, small improvements become visible.</source>
        <translation>손실을 로그 축으로 보여 줍니다. 학습 후반의 작은 개선도 보입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  evaluate</source>
        <translation>  평가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch ends only</source>
        <translation>에폭 끝에만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>매 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also evaluate on a fixed subset of 1,000 evaluation samples every K steps (orange triangles). 0 = only at the end of each epoch; 200–500 shows the test accuracy rising within the first epoch.</source>
        <translation>K 스텝마다 평가 샘플 1,000개의 고정 부분집합으로도 평가합니다(주황색 삼각형). 0 = 에폭이 끝날 때만. 200–500으로 두면 첫 에폭 안에서 테스트 정확도가 오르는 모습이 보입니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>Hover over a plot to read its values.</source>
        <translation>그래프 위에 마우스를 올리면 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{0} loss</source>
        <translation>{0} 손실</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy on the {0} set</source>
        <translation>{0} 세트 정확도</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>step {0}: loss {1:.4f}, smoothed {2:.4f}</source>
        <translation>스텝 {0}: 손실 {1:.4f}, 평활화 {2:.4f}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evaluation at step {0}: loss {1:.4f}, accuracy {2:.2f} %</source>
        <translation>스텝 {0}의 평가: 손실 {1:.4f}, 정확도 {2:.2f} %</translation>
    </message>
</context>
<context>
    <name>DatasetBox</name>
    <message>
        <location filename="../../gui/hyperparam_datasets.py" line="+41"/>
        <source>MNIST (bundled)</source>
        <translation>MNIST (내장)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dataset file…</source>
        <translation>데이터셋 파일 가져오기…</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../gui/views/drawing_canvas.py" line="+51"/>
        <source>Draw a digit here with the mouse or a pen — large and centred works best</source>
        <translation>마우스나 펜으로 여기에 숫자를 그리세요 — 크게, 가운데에 그리면 가장 잘 됩니다</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush width on the 280×280 canvas (the preprocessing evens out the stroke weight); 20–30 px draws like a thick pen</source>
        <translation>280×280 캔버스에서 붓의 굵기 (전처리가 획 굵기를 고르게 맞춥니다). 20–30픽셀이면 굵은 펜처럼 그려집니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eraser</source>
        <translation>지우개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paint paper instead of ink</source>
        <translation>잉크 대신 종이 색으로 칠합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last stroke, clear or load (Ctrl+Z)</source>
        <translation>마지막 획, 지우기, 불러오기를 취소합니다 (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the pad</source>
        <translation>패드를 비웁니다</translation>
    </message>
</context>
<context>
    <name>DrawingPadView</name>
    <message>
        <location filename="../../gui/views/drawing_pad.py" line="+38"/>
        <source>Draw a digit and watch the network read it. Your drawing is prepared the way MNIST&apos;s digits were: its bounding box is scaled to fit 20×20 pixels (keeping its shape), smoothed, and placed in a 28×28 field so its centre of mass is in the middle; very thin or thick strokes are adjusted to MNIST&apos;s stroke width. That 28×28 image (middle) is the input x. The bars are the network&apos;s output a_L for it, computed from a copy of the current weights. &apos;Train on it&apos; takes one backpropagation step on your drawing with the label you give: grey bars show the answer before the step, coloured bars after it. The map below the input is the gradient backpropagated to the pixels, ∂E/∂x = W₁·δ₁: blue where more ink would lower the loss. The weights&apos; own gradient dW₁ = x·δ₁ is non-zero only for inked pixels: only their weights change.</source>
        <translation>숫자를 그리고 네트워크가 그것을 어떻게 읽는지 보세요. 그림은 MNIST 숫자와 같은 방식으로 준비됩니다: 그림을 감싸는 상자를 모양을 유지한 채 20×20 픽셀에 맞게 줄이고, 부드럽게 한 뒤, 무게중심이 가운데 오도록 28×28 영역에 놓습니다. 너무 가늘거나 굵은 획은 MNIST의 획 굵기에 맞춥니다. 그 28×28 이미지(가운데)가 입력 x입니다. 막대는 현재 가중치의 사본으로 계산한 네트워크의 출력 a_L입니다. ‘이걸로 학습’은 여러분이 준 레이블로 그림에 대해 역전파 한 스텝을 수행합니다: 회색 막대는 스텝 이전의 답, 색 막대는 이후의 답입니다. 입력 아래의 지도는 픽셀까지 역전파된 기울기 ∂E/∂x = W₁·δ₁이며, 파란색은 잉크를 더하면 손실이 줄어드는 곳입니다. 가중치 자신의 기울기 dW₁ = x·δ₁은 잉크가 있는 픽셀에서만 0이 아니므로, 그 픽셀의 가중치만 바뀝니다.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>brush</source>
        <translation>붓</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true label</source>
        <translation>정답 레이블</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a test digit</source>
        <translation>테스트 숫자 불러오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a real MNIST test image on the pad: what the network was trained on</source>
        <translation>실제 MNIST 테스트 이미지를 패드에 올립니다: 네트워크가 학습한 종류의 입력입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digit you meant: the target for &apos;Train on it&apos; (? = not said)</source>
        <translation>여러분이 그린 숫자: ‘이걸로 학습’의 목표값 (? = 지정 안 함)</translation>
    </message>
    <message>
        <location filename="../../gui/views/pad_stages.py" line="+141"/>
        <source>Open a picture…</source>
        <translation>사진 열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classify a photo or an image of a handwritten digit (PNG, JPEG, BMP, WebP, TIFF…); you can also drop one here or paste it</source>
        <translation>손으로 쓴 숫자의 사진이나 이미지(PNG, JPEG, BMP, WebP, TIFF…)를 분류합니다. 여기로 끌어다 놓거나 붙여넣을 수도 있습니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/drawing_pad.py" line="+3"/>
        <source>Train on it</source>
        <translation>이걸로 학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One backpropagation step on your drawing with this label (updates the weights)</source>
        <translation>이 레이블로 그림에 대해 역전파 한 스텝을 수행합니다 (가중치가 갱신됩니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow the drawing</source>
        <translation>그림 따라가기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the drawing the probe sample: the inside-the-network views show its forward pass (and, with a true label chosen, its backward pass) as you draw</source>
        <translation>그림을 관찰 샘플로 삼습니다: 그리는 동안 네트워크 내부 보기들이 그 순전파(정답 레이블을 고르면 역전파도)를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../gui/views/pad_stages.py" line="+17"/>
        <source>Open a picture of a digit</source>
        <translation>숫자 사진 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures ({0})</source>
        <translation>사진 ({0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the picture: {0}</source>
        <translation>사진을 읽을 수 없습니다: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/pad_prediction.py" line="+147"/>
        <source>waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>draw a digit</source>
        <translation>숫자를 그리세요</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{0} from the MNIST test set, used as it is (it was made by this same preprocessing)</source>
        <translation>MNIST 테스트 세트의 {0}, 그대로 사용 (같은 전처리로 만들어졌습니다)</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+47"/>
        <source>(blank)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>no answer: {0}</source>
        <translation>답이 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no digit found in the picture</source>
        <translation>사진에서 숫자를 찾지 못했습니다</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>scaled ×{0:.3f} to fit 20×20, centred by mass; stroke {1:.1f} px</source>
        <translation>20×20에 맞게 ×{0:.3f} 배율, 무게중심으로 가운데 정렬; 획 굵기 {1:.1f}픽셀</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, thickened to {0:.1f} px</source>
        <translation>, {0:.1f}픽셀로 굵게 조정</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, thinned to {0:.1f} px</source>
        <translation>, {0:.1f}픽셀로 가늘게 조정</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw a digit 0–9 on the pad (or load a test digit): the bars show what the network thinks it is.</source>
        <translation>패드에 0–9 숫자를 그리세요(또는 테스트 숫자를 불러오세요). 막대가 네트워크가 생각하는 숫자를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network reads {0} as a &lt;b&gt;{1}&lt;/b&gt; (blue). Choose the true label to check it and to train on it.</source>
        <translation>네트워크는 {0}을(를) &lt;b&gt;{1}&lt;/b&gt;(으)로 읽습니다(파란색). 정답 레이블을 고르면 맞는지 확인하고 이걸로 학습할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network reads {0} as a &lt;b&gt;{1}&lt;/b&gt; — {2}. Train on it takes one backprop step towards the label.</source>
        <translation>네트워크는 {0}을(를) &lt;b&gt;{1}&lt;/b&gt;(으)로 읽습니다 — {2}. ‘이걸로 학습’은 레이블 쪽으로 역전파 한 스텝을 수행합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong: the true label {0} is the green bar</source>
        <translation>오답: 정답 레이블 {0}은(는) 초록 막대입니다</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One backprop step on {0} with label {1}…</source>
        <translation>레이블 {1}로 {0}에 대해 역전파 한 스텝…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>One backprop step on {source} as a {label} (loss {loss:.3f}): the output for {label} went {a:.3f} → {b:.3f}, the prediction {p} → {q}. Grey bars: before the step.</source>
        <translation>{source}을(를) {label}(으)로 역전파 한 스텝 (손실 {loss:.3f}): {label}의 출력이 {a:.3f} → {b:.3f}, 예측이 {p} → {q}(으)로 바뀌었습니다. 회색 막대: 스텝 이전.</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../gui/views/evaluation.py" line="+29"/>
        <source>How well the network does on images it never trained on. Accuracy: the share of the evaluation set it classifies right. Confusion matrix: row = the true digit, column = the network&apos;s answer; each cell counts images — the diagonal (green) is right, everything else (red) a mistake, e.g. row 4, column 9 = fours taken for nines. Click a cell to see those images in the dataset browser. Per-class accuracy: the share of each digit recognised. The gallery lists every mistake with true label → prediction and the network&apos;s confidence (its output a_L for the predicted class): confident mistakes are the interesting ones. Re-computed at the end of every epoch, or press Evaluate now.</source>
        <translation>학습에 쓰지 않은 이미지에서 네트워크가 얼마나 잘하는지 보여 줍니다. 정확도: 평가 세트에서 올바르게 분류한 비율. 혼동 행렬: 행 = 실제 숫자, 열 = 네트워크의 답이며 각 칸은 이미지 수를 셉니다 — 대각선(초록)은 정답, 나머지(빨강)는 오답입니다. 예를 들어 4행 9열 = 9로 잘못 본 4. 칸을 클릭하면 그 이미지들을 데이터셋 탐색기에서 볼 수 있습니다. 클래스별 정확도: 숫자마다 맞힌 비율. 갤러리는 모든 오답을 정답 레이블 → 예측과 네트워크의 확신도(예측한 클래스의 출력 a_L)와 함께 보여 줍니다. 확신하면서 틀린 경우가 가장 흥미롭습니다. 에폭이 끝날 때마다 다시 계산하며, ‘지금 평가’를 눌러도 됩니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>most confident first</source>
        <translation>확신도 높은 순</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>least confident first</source>
        <translation>확신도 낮은 순</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by index</source>
        <translation>번호 순</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Evaluate now</source>
        <translation>지금 평가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate the current weights on the whole set (off the GUI thread); it also runs at every epoch&apos;s end</source>
        <translation>현재 가중치로 세트 전체를 평가합니다(GUI 스레드 밖에서). 에폭이 끝날 때마다 자동으로도 실행됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy (%)</source>
        <translation>정확도 (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class</source>
        <translation>실제 클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-class accuracy</source>
        <translation>클래스별 정확도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of the mistakes: the most confident ones are the most instructive</source>
        <translation>오답의 정렬 순서: 확신하며 틀린 것이 가장 배울 점이 많습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label → prediction (confidence). Click a mistake to follow it through the network: the probe, Layers, the Backprop inspector and the Network diagram show its own forward and backward pass.</source>
        <translation>정답 레이블 → 예측 (확신도). 틀린 이미지를 클릭하면 네트워크 안에서 그 이미지를 따라갑니다: 관찰 샘플, 층, 역전파 들여다보기, 네트워크 보기가 그 이미지 자체의 순전파와 역전파를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>accuracy —</source>
        <translation>정확도 —</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+128"/>
        <source>appears after the first evaluation</source>
        <translation>첫 평가 후에 나타납니다</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>evaluating {0:,} {1} images…</source>
        <translation>{1} 이미지 {0:,}개 평가 중…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>evaluation failed: {0}</source>
        <translation>평가 실패: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>accuracy {0:.2f} %</source>
        <translation>정확도 {0:.2f} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after epoch {0} (step {1:,})</source>
        <translation>에폭 {0} 후 (스텝 {1:,})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the {0} set: {1:,} of {2:,} right {3} · computed in {4}</source>
        <translation>{0} 세트: {2:,}개 중 {1:,}개 정답 {3} · 계산 시간 {4}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>misclassified images: none yet</source>
        <translation>잘못 분류한 이미지: 아직 없음</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+61"/>
        <source>waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; mistakes: true→predicted, confidence · click one to inspect it</source>
        <translation>틀린 이미지 &lt;b&gt;{0:,}&lt;/b&gt;개: 정답→예측, 확신도 · 클릭하면 들여다봅니다</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the data…</source>
        <translation>데이터를 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/CSVExporter.py" line="+24"/>
        <source>separator</source>
        <translation>구분자</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columnMode</source>
        <translation>열 배치</translation>
    </message>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/ImageExporter.py" line="+32"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="+40"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/PrintExporter.py" line="+16"/>
        <source>width</source>
        <translation>너비</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="+7"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/PrintExporter.py" line="+2"/>
        <source>height</source>
        <translation>높이</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>antialias</source>
        <translation>안티에일리어싱</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="-13"/>
        <source>background</source>
        <translation>배경</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invertValue</source>
        <translation>값 반전</translation>
    </message>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="+21"/>
        <source>scaling stroke</source>
        <translation>선 굵기 비례</translation>
    </message>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/PrintExporter.py" line="+22"/>
        <source>Print Document</source>
        <translation>문서 인쇄</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../gui/texts.py" line="+49"/>
        <source>preset</source>
        <extracomment>config field → its label in the hyperparameter panel (also used in error messages)</extracomment>
        <translation>프리셋</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden layers</source>
        <translation>은닉층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation</source>
        <translation>활성화 함수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output / loss</source>
        <translation>출력 / 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>initialisation</source>
        <translation>가중치 초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropout</source>
        <translation>드롭아웃</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epochs</source>
        <translation>에폭 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input scaling</source>
        <translation>입력 스케일링</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>split</source>
        <translation>분할</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inputs</source>
        <translation>입력 수</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outputs</source>
        <translation>출력 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial weight scale</source>
        <translation>초기 가중치 크기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning-rate decay</source>
        <translation>학습률 감쇠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam first-moment decay</source>
        <translation>Adam 1차 모멘트 감쇠율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam second-moment decay</source>
        <translation>Adam 2차 모멘트 감쇠율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam epsilon</source>
        <translation>Adam 엡실론</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>precision</source>
        <translation>수치 정밀도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-hot target for the other classes</source>
        <translation>나머지 자리의 원-핫 목표값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-hot target for the label</source>
        <translation>정답 자리의 원-핫 목표값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trace capture</source>
        <translation>추적 기록</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/files.py" line="+112"/>
        <source>Saved the run to {0}</source>
        <translation>실행을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened {0}</source>
        <translation>{0}을(를) 열었습니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open model…</source>
        <translation>모델 열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a saved network&apos;s weights</source>
        <translation>저장된 네트워크의 가중치에서 시작합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save model…</source>
        <translation>모델 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current network (weights and settings)</source>
        <translation>현재 네트워크(가중치와 설정)를 저장합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save run…</source>
        <translation>실행 저장…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole run to resume it later exactly where it is</source>
        <translation>실행 전체를 저장해 나중에 바로 그 지점에서 이어 갑니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume run…</source>
        <translation>실행 이어 가기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a saved run</source>
        <translation>저장된 실행을 이어서 학습합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export weights…</source>
        <translation>가중치 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weight matrix and bias as .npy or .csv files</source>
        <translation>모든 가중치 행렬과 편향을 .npy 또는 .csv 파일로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export training history (CSV)…</source>
        <translation>학습 기록 내보내기 (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a snapshot of the window (PNG)…</source>
        <translation>창 스냅숏 저장 (PNG)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not use {0}: {1}</source>
        <translation>{0}을(를) 사용할 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save model</source>
        <translation>모델 저장</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the model to {0}</source>
        <translation>모델을 {0}에 저장했습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save run</source>
        <translation>실행 저장</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export weights</source>
        <translation>가중치 내보내기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {0} files next to {1}</source>
        <translation>{1} 옆에 파일 {0}개를 썼습니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export training history</source>
        <translation>학습 기록 내보내기</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a snapshot of the window</source>
        <translation>창 스냅숏 저장</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not write the image</source>
        <translation>이미지를 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <location filename="../../gui/views/focus_bar.py" line="+52"/>
        <source>{0}, label {1}</source>
        <translation>{0}, 레이블 {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>untrained network</source>
        <translation>학습 전 네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network after step {0}</source>
        <translation>스텝 {0} 이후의 네트워크</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back to the current minibatch</source>
        <translation>현재 미니배치로 돌아가기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the minibatch of the latest training step again in Layers, the Backprop inspector and the Network diagram</source>
        <translation>층, 역전파 들여다보기, 네트워크 보기에 가장 최근 학습 스텝의 미니배치를 다시 보여 줍니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following &lt;b&gt;{0}&lt;/b&gt;: its own forward and backward pass (N = 1), {1}</source>
        <translation>따라가는 중: &lt;b&gt;{0}&lt;/b&gt; — 이 샘플 자체의 순전파와 역전파 (N = 1), {1}</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../gui/fonts.py" line="+73"/>
        <source>No Korean font is installed, so Korean text may show as boxes. Install one and restart: on Debian/Ubuntu the package fonts-noto-cjk (or fonts-nanum); on Windows and macOS a Korean font (Malgun Gothic, Apple SD Gothic Neo) comes with the system.</source>
        <translation>한글 글꼴이 설치되어 있지 않아 한국어가 네모로 보일 수 있습니다. 글꼴을 설치하고 다시 시작하세요: Debian/Ubuntu에서는 fonts-noto-cjk(또는 fonts-nanum) 패키지, Windows와 macOS에는 한글 글꼴(맑은 고딕, Apple SD 산돌고딕 Neo)이 기본으로 들어 있습니다.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../gui/pyqtgraph_texts.py" line="+14"/>
        <source>Link Axis:</source>
        <translation>축 연결:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축을 다른 보기와 연결합니다. 연결하면 두 보기가 같은 데이터 범위를 표시합니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;자동 맞춤 때 보이게 할 데이터의 비율(%)입니다. 튀는 잡음이 있는 데이터에서는 값을 줄이면 도움이 됩니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;표시된 데이터가 바뀔 때마다 이 축의 범위를 자동으로 맞춥니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축의 범위를 직접 정합니다. 자동 맞춤이 꺼집니다. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>수동</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에 표시할 최솟값입니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에 표시할 최댓값입니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축의 방향을 뒤집습니다. (+y가 위가 아니라 아래를 향합니다)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invert Axis</source>
        <translation>축 반전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;이 축에서 마우스 조작(이동, 확대/축소)을 켭니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse Enabled</source>
        <translation>마우스 사용</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;선택하면 수직인 축 방향으로 보이는 데이터에만 맞춰 자동 조정합니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible Data Only</source>
        <translation>보이는 데이터만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;선택하면 축이 현재 데이터를 가운데에 두도록 자동으로 이동하지만, 이 축의 배율은 바뀌지 않습니다.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto Pan Only</source>
        <translation>자동 이동만</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>이 그래프에 표시된 곡선들의 평균을 표시합니다. 매개변수 목록에서 평균을 낼 매개변수를 고를 수 있습니다(있는 경우).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>각 곡선에서 보이는 부분만 그립니다. X 값이 일정한 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip to View</source>
        <translation>보이는 부분만 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>이 그래프에 곡선이 여러 개 있으면, 이 상자를 선택해 표시할 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max Traces:</source>
        <translation>최대 곡선 수:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample</source>
        <translation>다운샘플링</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>원래 데이터의 최솟값과 최댓값을 따라가는 톱니파를 그려 다운샘플링합니다. 데이터를 가장 잘 보여 주지만 더 느립니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak</source>
        <translation>최고/최저</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>이 그래프에 곡선이 여러 개 있으면 &quot;최대 곡선 수&quot;를 선택하고 이 값을 정해 표시할 곡선 수를 제한합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>최대 곡선 수가 선택되어 있으면 숨긴 곡선을 메모리에서 지웁니다(메모리를 아끼지만 다시 표시할 수 없습니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget hidden traces</source>
        <translation>숨긴 곡선 지우기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>N개 샘플의 평균으로 다운샘플링합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>N개 샘플 중 첫 번째만 취해 다운샘플링합니다. 가장 빠르지만 가장 부정확합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsample</source>
        <translation>부분 추출</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>보이는 범위에 맞춰 데이터를 자동으로 다운샘플링합니다. X 값이 일정한 간격이라고 가정합니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>그리기 전에 데이터를 다운샘플링합니다. (N번째 샘플마다 그림)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log X</source>
        <translation>X 로그 눈금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power Spectrum (FFT)</source>
        <translation>파워 스펙트럼 (FFT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Y</source>
        <translation>Y 로그 눈금</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtract Mean</source>
        <translation>평균 빼기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show X Grid</source>
        <translation>X 격자 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Y Grid</source>
        <translation>Y 격자 표시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>불투명도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item to export:</source>
        <translation>내보낼 항목:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export format</source>
        <translation>내보내기 형식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export options</source>
        <translation>내보내기 옵션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
</context>
<context>
    <name>GradCheckView</name>
    <message>
        <location filename="../../gui/views/gradcheck_view.py" line="+26"/>
        <source>A gradient check: backprop&apos;s gradient is compared with the numerical derivative (E(w + ε) − E(w − ε)) / 2ε of the same network on the same samples, in float64, for a few random entries of every parameter array (W = weights, b = biases, gamma/beta = batch norm of layer l). If backprop has a bug — a wrong f′(z), a missing 1/N, a transposed matrix — the two disagree and that array fails. Dropout masks are drawn once and kept, so the loss is a fixed function of the weights. The scatter shows every checked entry: all points on the diagonal means agreement.</source>
        <translation>기울기 검사: 같은 네트워크, 같은 샘플에서 역전파의 기울기를 수치 미분 (E(w + ε) − E(w − ε)) / 2ε과 float64로 비교합니다. 모든 매개변수 배열(W = 가중치, b = 편향, gamma/beta = l층의 배치 정규화)에서 무작위 원소 몇 개를 검사합니다. 역전파에 버그가 있으면 — 잘못된 f′(z), 빠진 1/N, 전치된 행렬 — 두 값이 어긋나고 그 배열은 실패합니다. 드롭아웃 마스크는 한 번 뽑아 고정하므로 손실은 가중치의 고정된 함수입니다. 산점도는 검사한 원소를 모두 보여 주며, 모든 점이 대각선 위에 있으면 일치한다는 뜻입니다.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Threshold.&lt;/b&gt; An array passes when its relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) is below {0}: the two gradients agree to about six significant digits. A correct backward pass typically lands between 1e-11 and 1e-7 (the numerical derivative itself is only that accurate: its ε = 1e-5 step leaves an error of order ε², and rounding the loss adds some); a wrong derivative gives 1e-3 or more. When an array&apos;s true gradient is about zero (a bias right before batch norm), the denominator is raised to the rounding-noise level, so noise alone never fails it.</source>
        <translation>&lt;b&gt;기준값.&lt;/b&gt; 배열의 상대 오차 ‖num − bp‖ / (‖num‖ + ‖bp‖)가 {0}보다 작으면 통과입니다: 두 기울기가 유효숫자 약 여섯 자리까지 일치한다는 뜻입니다. 올바른 역전파는 보통 1e-11과 1e-7 사이에 놓입니다(수치 미분 자체의 정확도가 그 정도입니다: ε = 1e-5 간격은 ε² 정도의 오차를 남기고, 손실의 반올림이 조금 더합니다). 잘못된 미분은 1e-3 이상이 나옵니다. 배열의 실제 기울기가 거의 0일 때(배치 정규화 바로 앞의 편향)는 분모를 반올림 잡음 수준으로 올려, 잡음만으로는 실패하지 않게 합니다.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source> samples</source>
        <translation> 샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The small batch of training samples the loss E is computed on; 2–8 is plenty</source>
        <translation>손실 E를 계산할 훈련 샘플의 작은 배치. 2–8개면 충분합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> entries per array</source>
        <translation> 원소/배열</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random entries checked in each parameter array (all of them when the array is smaller). Each costs two forward passes; 100 takes a few seconds.</source>
        <translation>매개변수 배열마다 검사할 무작위 원소 수(배열이 더 작으면 전부). 원소 하나에 순전파 두 번이 들며, 100개면 몇 초 걸립니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check gradient</source>
        <translation>기울기 검사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare backprop with the numerical derivative on the current network</source>
        <translation>현재 네트워크에서 역전파를 수치 미분과 비교합니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>Waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+44"/>
        <location line="+11"/>
        <source>Waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Press “Check gradient” to compare backprop with the numerical derivative.</source>
        <translation>“기울기 검사”를 누르면 역전파를 수치 미분과 비교합니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch norm</source>
        <translation>배치 정규화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout {0:g}</source>
        <translation>드롭아웃 {0:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current network: {arch} ({params:,} parameters), {act} hidden, {out} output + {loss}{extras} · after {steps:,} steps · checked in float64</source>
        <translation>현재 네트워크: {arch} (매개변수 {params:,}개), 은닉층 {act}, 출력 {out} + {loss}{extras} · {steps:,} 스텝 후 · float64로 검사</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Press “Check gradient”: every checked
entry becomes a point (backprop, numerical).
Agreement puts it on the diagonal.</source>
        <translation>“기울기 검사”를 누르세요: 검사한 원소마다
점 하나(역전파, 수치 미분)가 찍힙니다.
일치하면 대각선 위에 놓입니다.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking {0} on {1} samples…</source>
        <translation>샘플 {1}개로 {0} 검사 중…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check could not run: {0}</source>
        <translation>검사를 실행할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✘ {0} FAIL: backprop and the numerical derivative disagree there (largest relative error {1:.1e}, threshold {2}; network at step {3:,}). Look for a wrong derivative in that layer.</source>
        <translation>✘ {0} 실패: 그 배열에서 역전파와 수치 미분이 어긋납니다 (최대 상대 오차 {1:.1e}, 기준값 {2}; 스텝 {3:,}의 네트워크). 그 층에서 잘못된 미분을 찾아보세요.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ All {0} parameter arrays pass: backprop&apos;s gradient matches the numerical derivative (largest relative error {1:.1e}, threshold {2}; network at step {3:,}).</source>
        <translation>✔ 매개변수 배열 {0}개 모두 통과: 역전파의 기울기가 수치 미분과 일치합니다 (최대 상대 오차 {1:.1e}, 기준값 {2}; 스텝 {3:,}의 네트워크).</translation>
    </message>
</context>
<context>
    <name>GradientNoiseView</name>
    <message>
        <location filename="../../gui/views/gradient_noise.py" line="+27"/>
        <source>A minibatch&apos;s gradient is an estimate of the gradient over all the data. Each point compares one shown minibatch&apos;s gradient with the gradient on a fixed set of 2,000 training samples at the same weights: cosine 1 means they point the same way, 0 unrelated, below 0 the minibatch pulls the other way. Small batches scatter far below 1 (noisy steps); large batches sit closer to 1. Change the batch size in the hyperparameters (a reset) and compare the colours. Computed only while this view is on screen.</source>
        <translation>미니배치의 기울기는 전체 데이터에 대한 기울기의 추정값입니다. 각 점은 표시된 미니배치 하나의 기울기를 같은 가중치에서 고정된 훈련 샘플 2,000개로 구한 기울기와 비교합니다: 코사인 1은 같은 방향, 0은 무관, 0 아래는 미니배치가 반대쪽으로 끈다는 뜻입니다. 작은 배치는 1보다 훨씬 아래로 흩어지고(잡음 많은 스텝), 큰 배치는 1에 더 가깝습니다. 하이퍼파라미터에서 배치 크기를 바꾸고(리셋) 색을 비교해 보세요. 이 뷰가 화면에 있을 때만 계산합니다.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>training step</source>
        <extracomment>colours of successive batch sizes</extracomment>
        <translation>훈련 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine(minibatch gradient, reference gradient)</source>
        <translation>코사인(미니배치 기울기, 기준 기울기)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each point: one minibatch&apos;s gradient against the 2,000-sample reference</source>
        <translation>각 점: 미니배치 하나의 기울기를 2,000개 샘플 기준과 비교</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>batch {0}</source>
        <translation>배치 {0}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Train (Step or Play): each shown minibatch adds a point.</source>
        <translation>훈련하세요(Step 또는 Play): 표시되는 미니배치마다 점이 하나 추가됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement of each minibatch&apos;s gradient with a 2,000-sample gradient</source>
        <translation>각 미니배치 기울기와 2,000개 샘플 기울기의 일치도</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch {0}: mean {1:.2f} over {2} steps</source>
        <translation>배치 {0}: {2} 스텝 평균 {1:.2f}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean agreement — {0}</source>
        <translation>평균 일치도 — {0}</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/GraphicsScene/GraphicsScene.py" line="+102"/>
        <source>Export...</source>
        <translation>내보내기...</translation>
    </message>
</context>
<context>
    <name>HealthNotes</name>
    <message>
        <location filename="../../gui/views/health_text.py" line="+24"/>
        <source>network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The loss is {0}</source>
        <translation>손실이 {0}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NaN or infinite loss means some number overflowed, so training cannot go on.</source>
        <translation>손실이 NaN이거나 무한대라는 것은 어떤 수가 넘쳤다는 뜻이므로 학습을 계속할 수 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and lower the learning rate (e.g. ÷10), or use a smaller weight initialisation.</source>
        <translation>초기화한 뒤 학습률을 낮추거나(예: ÷10), 가중치를 더 작게 초기화하세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NaN/Inf in {0}</source>
        <translation>{0}에 NaN/Inf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of this layer&apos;s numbers are no longer finite, so every later step is meaningless.</source>
        <translation>이 층의 일부 값이 더 이상 유한하지 않아 이후의 모든 스텝이 의미가 없습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and lower the learning rate (e.g. ÷10).</source>
        <translation>초기화한 뒤 학습률을 낮추세요(예: ÷10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates too large (‖ΔW‖/‖W‖ = {0:.2g})</source>
        <translation>갱신이 너무 큼 (‖ΔW‖/‖W‖ = {0:.2g})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step changes this layer&apos;s weights by more than {0:g} of their size (about 1e-3 is typical), so training can jump around or diverge.</source>
        <translation>스텝마다 이 층의 가중치가 크기의 {0:g}보다 많이 바뀝니다(보통은 1e-3 정도). 그래서 학습이 요동치거나 발산할 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate.</source>
        <translation>학습률을 낮추세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise the learning rate, or use momentum or Adam.</source>
        <translation>학습률을 높이거나, 모멘텀이나 Adam을 쓰세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the learning rate.</source>
        <translation>학습률을 높이세요.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates too small (‖ΔW‖/‖W‖ = {0:.2g})</source>
        <translation>갱신이 너무 작음 (‖ΔW‖/‖W‖ = {0:.2g})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step changes this layer&apos;s weights by less than {0:g} of their size (about 1e-3 is typical), so this layer learns very slowly.</source>
        <translation>스텝마다 이 층의 가중치가 크기의 {0:g}보다 적게 바뀝니다(보통은 1e-3 정도). 그래서 이 층은 아주 느리게 학습합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0%} of the ReLUs are dead</source>
        <translation>ReLU의 {0:.0%}가 죽어 있음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dead ReLU has z ≤ 0 for every sample, so its output and its gradient are zero and it can never learn again.</source>
        <translation>죽은 ReLU는 모든 샘플에서 z ≤ 0이라 출력과 기울기가 0이 되어 다시는 학습하지 못합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, use He initialisation, or try leaky ReLU or batch norm.</source>
        <translation>학습률을 낮추거나, He 초기화를 쓰거나, leaky ReLU나 배치 정규화를 써 보세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0%} of the {1} units are saturated</source>
        <translation>{1} 유닛의 {0:.0%}가 포화됨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the activation is flat, f&apos;(z) ≈ 0, so the error delta passed back through these units almost vanishes.</source>
        <translation>활성화 함수가 평평한 곳에서는 f&apos;(z) ≈ 0이라, 이 유닛들을 거쳐 뒤로 전달되는 오차 delta가 거의 사라집니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use smaller initial weights (Xavier), scale the inputs, or switch to ReLU.</source>
        <translation>초기 가중치를 더 작게 하거나(Xavier), 입력을 스케일링하거나, ReLU로 바꾸세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploding gradient (‖dW‖ = {0:.3g})</source>
        <translation>기울기 폭발 (‖dW‖ = {0:.3g})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This layer&apos;s gradient is larger than {0:g}, so one step can throw the weights far away.</source>
        <translation>이 층의 기울기가 {0:g}보다 커서 한 스텝만으로도 가중치가 멀리 튈 수 있습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, or use smaller initial weights.</source>
        <translation>학습률을 낮추거나 초기 가중치를 더 작게 하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploding gradient (first layer ‖dW‖ {0:.3g}× the last&apos;s)</source>
        <translation>기울기 폭발 (첫 층의 ‖dW‖가 마지막 층의 {0:.3g}배)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The error grows as it is passed back through the layers, so the first layer takes wild steps.</source>
        <translation>오차가 층을 거슬러 전달되면서 커져서 첫 층이 지나치게 크게 움직입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use smaller initial weights or batch norm.</source>
        <translation>초기 가중치를 더 작게 하거나 배치 정규화를 쓰세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanishing gradient (first layer ‖dW‖ = {0:.2g}, last {1:.2g})</source>
        <translation>기울기 소실 (첫 층 ‖dW‖ = {0:.2g}, 마지막 층 {1:.2g})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The error shrinks as it is passed back through the layers, so the first layer hardly learns.</source>
        <translation>오차가 층을 거슬러 전달되면서 작아져서 첫 층이 거의 학습하지 못합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use ReLU instead of sigmoid, He/Xavier initialisation, or fewer layers.</source>
        <translation>sigmoid 대신 ReLU를 쓰거나, He/Xavier 초기화를 쓰거나, 층 수를 줄이세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>update ratio ‖ΔW‖/‖W‖ within [{0:g}, {1:g}] (from step {2})</source>
        <translation>갱신 비율 ‖ΔW‖/‖W‖가 [{0:g}, {1:g}] 안에 있는지 (스텝 {2}부터)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0:.0%} of a hidden layer&apos;s ReLUs dead (minibatches of {1} or more)</source>
        <translation>은닉층 ReLU 중 죽은 것이 {0:.0%} 이하인지 (미니배치 크기 {1} 이상)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0:.0%} of a hidden layer&apos;s sigmoid/tanh activations saturated</source>
        <translation>은닉층 sigmoid/tanh 활성화 중 포화된 것이 {0:.0%} 이하인지</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first layer&apos;s ‖dW‖ at least {0:g} × the last layer&apos;s (no vanishing gradient)</source>
        <translation>첫 층의 ‖dW‖가 마지막 층의 {0:g}배 이상인지 (기울기 소실 없음)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every ‖dW‖ at most {0:g} (no exploding gradient)</source>
        <translation>모든 ‖dW‖가 {0:g} 이하인지 (기울기 폭발 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NaN or Inf in the loss or statistics</source>
        <translation>손실과 통계에 NaN이나 Inf가 없는지</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../gui/views/health.py" line="+29"/>
        <source>Automatic checks of the training step, the kind an experienced person does by eye. The update ratio ‖ΔW‖/‖W‖ says how much one step changes a layer&apos;s weights: about 1e-3 is healthy, much less means the layer hardly learns, much more means training is unstable. A ReLU is dead when z ≤ 0 for every sample (it outputs 0 and gets no gradient); a sigmoid/tanh is saturated when a is near its limits (f′(z) ≈ 0). Gradients vanish when ‖dW‖ shrinks layer by layer towards the input, and explode when it grows huge. Each note says what it means and what to try.</source>
        <translation>경험 많은 사람이 눈으로 하는 학습 스텝 점검을 자동으로 합니다. 갱신 비율 ‖ΔW‖/‖W‖는 한 스텝이 층의 가중치를 얼마나 바꾸는지를 나타냅니다: 1e-3 정도면 건강하고, 훨씬 작으면 그 층은 거의 학습하지 않으며, 훨씬 크면 학습이 불안정합니다. ReLU는 모든 샘플에서 z ≤ 0일 때 죽은 것이고(출력 0, 기울기 없음), sigmoid/tanh는 a가 한계값 근처일 때 포화된 것입니다(f′(z) ≈ 0). ‖dW‖가 입력 쪽으로 갈수록 층마다 줄어들면 기울기 소실, 매우 커지면 기울기 폭발입니다. 각 알림은 그 의미와 해 볼 일을 알려 줍니다.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>What is checked</source>
        <translation>점검 항목</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; — waiting for the network…</source>
        <translation>&lt;b&gt;학습 상태 점검&lt;/b&gt; — 네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; — network loaded from {0}, no training step yet</source>
        <translation>&lt;b&gt;학습 상태 점검&lt;/b&gt; — {0}에서 불러온 네트워크, 아직 학습 스텝이 없음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; — no training step yet</source>
        <translation>&lt;b&gt;학습 상태 점검&lt;/b&gt; — 아직 학습 스텝이 없음</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checks run after every training step: press &lt;b&gt;Step&lt;/b&gt; or &lt;b&gt;Play&lt;/b&gt;.</source>
        <translation>점검은 학습 스텝마다 실행됩니다: &lt;b&gt;스텝&lt;/b&gt;이나 &lt;b&gt;재생&lt;/b&gt;을 누르세요.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n error(s), </source>
        <translation>
            <numerusform>오류 %n개, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>경고 %n개</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; at step {0} ({1} phase) — {2}</source>
        <translation>&lt;b&gt;학습 상태 점검&lt;/b&gt; 스텝 {0} ({1} 단계) — {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all healthy</source>
        <translation>모두 정상</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ All healthy</source>
        <translation>✔ 모두 정상</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every check below passed for this step.</source>
        <translation>이 스텝은 아래 점검을 모두 통과했습니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try:</source>
        <translation>해 볼 일:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dead / saturated</source>
        <translation>죽음 / 포화</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dead</source>
        <translation>죽음</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saturated</source>
        <translation>포화</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saturated (fine for outputs)</source>
        <translation>포화 (출력층은 괜찮음)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The numbers checked&lt;/b&gt; (loss {0})</source>
        <translation>&lt;b&gt;점검한 수치&lt;/b&gt; (손실 {0})</translation>
    </message>
</context>
<context>
    <name>HyperparamPanel</name>
    <message>
        <location filename="../../gui/hyperparam_texts.py" line="+25"/>
        <source>(custom)</source>
        <extracomment>split box: the number of training samples carved out for validation</extracomment>
        <translation>(사용자 지정)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid</source>
        <translation>sigmoid (시그모이드)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relu</source>
        <translation>ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky_relu</source>
        <translation>leaky ReLU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity</source>
        <translation>identity (항등 함수)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax + cross-entropy</source>
        <translation>softmax + 교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid + squared error</source>
        <translation>sigmoid + 제곱 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax + squared error</source>
        <translation>softmax + 제곱 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity + squared error</source>
        <translation>identity + 제곱 오차</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>정규분포 (normal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uniform</source>
        <translation>균등분포 (uniform)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xavier_normal</source>
        <translation>Xavier 정규분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xavier_uniform</source>
        <translation>Xavier 균등분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>he_normal</source>
        <translation>He 정규분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>he_uniform</source>
        <translation>He 균등분포</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sgd</source>
        <translation>SGD (확률적 경사 하강법)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>단위 스케일: x/255</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lecture</source>
        <translation>강의 방식: x/255·0.99+0.01</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard</source>
        <translation>표준화: 평균 0, 분산 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60,000 train / 10,000 test</source>
        <translation>훈련 60,000 / 테스트 10,000</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>55,000 train / 5,000 validation / 10,000 test</source>
        <translation>훈련 55,000 / 검증 5,000 / 테스트 10,000</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load one of the course&apos;s configurations. &apos;lecture-backprop&apos; is the lecture&apos;s 784-100-10 sigmoid network; &apos;fast&apos; reaches 98 % in seconds.</source>
        <translation>강의의 설정 중 하나를 불러옵니다. &apos;lecture-backprop&apos;은 강의의 784-100-10 sigmoid 네트워크이고, &apos;fast&apos;는 몇 초 만에 98 %에 도달합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden layer sizes, comma-separated, e.g. 100 or 256,128. Sensible: 30 to 1024 units per layer.</source>
        <translation>은닉층 크기를 쉼표로 구분해 입력합니다. 예: 100 또는 256,128. 적당한 값: 층마다 유닛 30–1024개.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation f of the hidden layers. ReLU trains fastest; sigmoid is the lecture&apos;s and saturates.</source>
        <translation>은닉층의 활성화 함수 f. ReLU가 가장 빨리 학습하고, sigmoid는 강의에서 쓴 함수로 포화됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output activation and loss. Softmax + cross-entropy gives delta_L = a − t; sigmoid + squared error is the lecture&apos;s setup.</source>
        <translation>출력층 활성화 함수와 손실 함수. softmax + 교차 엔트로피는 delta_L = a − t가 되고, sigmoid + 제곱 오차는 강의의 설정입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial weights. He for ReLU, Xavier for sigmoid/tanh.</source>
        <translation>초기 가중치. ReLU에는 He, sigmoid/tanh에는 Xavier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalise z over the minibatch before the activation (Linear → BN → f). Helps deep ReLU networks; needs batches of 2 or more.</source>
        <translation>활성화 함수 전에 z를 미니배치에 대해 정규화합니다(Linear → BN → f). 깊은 ReLU 네트워크에 도움이 되며, 배치 크기가 2 이상이어야 합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of dropping a hidden unit while training (0 = off, 0.5 is common).</source>
        <translation>학습 중 은닉 유닛을 끌 확률 (0 = 사용 안 함, 0.5가 흔함).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update rule: sgd W −= lr·dW; momentum; adam (adaptive). Applies from the next step.</source>
        <translation>갱신 규칙: sgd W −= lr·dW; 모멘텀; adam(적응형). 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate: step size of each update. SGD: 0.01–0.5; Adam: 0.0005–0.01. Applies from the next step.</source>
        <translation>학습률: 한 번 갱신할 때의 보폭. SGD: 0.01–0.5, Adam: 0.0005–0.01. 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule: after every epoch lr is multiplied by this (×0.4: epoch e trains with lr·0.4^e; ×1 keeps lr constant). Applies from the next epoch.</source>
        <translation>학습률 스케줄: 에폭이 끝날 때마다 lr에 이 값을 곱합니다 (×0.4: 에폭 e는 lr·0.4^e로 학습; ×1이면 lr이 일정). 다음 에폭부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Momentum μ for the momentum optimizer (0.5–0.9). Applies from the next step.</source>
        <translation>모멘텀 옵티마이저의 모멘텀 μ (0.5–0.9). 다음 스텝부터 적용됩니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 weight decay added to dW as wd·W (0 = off, 1e-4 is typical).</source>
        <translation>dW에 wd·W로 더해지는 L2 가중치 감쇠 (0 = 사용 안 함, 보통 1e-4).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples per minibatch. 1 is the lecture&apos;s; 32–128 is usual.</source>
        <translation>미니배치당 샘플 수. 강의에서는 1, 보통은 32–128.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many epochs Play trains before pausing (1–10).</source>
        <translation>재생을 눌렀을 때 멈추기 전까지 학습할 에폭 수 (1–10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed: the same seed gives the same initial weights and minibatch order.</source>
        <translation>난수 시드: 같은 시드면 초기 가중치와 미니배치 순서가 같습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input scaling: unit = x/255, lecture = x/255·0.99+0.01, standard = zero mean, unit variance.</source>
        <translation>입력 스케일링: 단위 스케일 = x/255, 강의 방식 = x/255·0.99+0.01, 표준화 = 평균 0, 분산 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset to train on: the bundled MNIST, Fashion-MNIST when installed, and datasets you imported (CSV, IDX, npz, pkl.gz, PNG folders).</source>
        <translation>학습할 데이터셋: 내장된 MNIST, 설치되어 있으면 Fashion-MNIST, 그리고 가져온 데이터셋(CSV, IDX, npz, pkl.gz, PNG 폴더).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate on the test set, or carve a validation set from the training set.</source>
        <translation>테스트 세트로 평가하거나, 훈련 세트에서 검증 세트를 떼어 냅니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>on</source>
        <translation>켬</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>끔</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Showing the running network. Learning rate, decay, momentum, weight decay, optimizer and epochs apply at once; other fields wait for Apply and reset.</source>
        <translation>실행 중인 네트워크의 설정입니다. 학습률, 감쇠, 모멘텀, 가중치 감쇠, 옵티마이저, 에폭은 바로 적용되고, 다른 항목은 ‘적용하고 초기화’를 기다립니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preset {0} chosen, not applied yet.</source>
        <translation>프리셋 {0}을(를) 골랐지만 아직 적용하지 않았습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} more of the preset&apos;s settings</source>
        <translation>프리셋의 다른 설정 {0}개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a reset: {0}.</source>
        <translation>초기화가 필요함: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● marks each change; press Apply and reset or Discard.</source>
        <translation>●는 바뀐 항목입니다. ‘적용하고 초기화’나 ‘되돌리기’를 누르세요.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running network → your edits:</source>
        <translation>실행 중인 네트워크 → 편집한 값:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Waits for Apply with them (not applied live): {0}.</source>
        <translation>함께 적용을 기다림 (바로 적용되지 않음): {0}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Running network: {0}. This edit waits for Apply and reset.</source>
        <translation>실행 중인 네트워크: {0}. 이 변경은 ‘적용하고 초기화’를 기다립니다.</translation>
    </message>
    <message>
        <location filename="../../gui/hyperparams.py" line="+93"/>
        <source>Apply and reset</source>
        <translation>적용하고 초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the network with these settings (training starts over).</source>
        <translation>이 설정으로 네트워크를 다시 만듭니다 (학습을 처음부터 다시 시작합니다).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the pending changes: show the running network&apos;s settings.</source>
        <translation>적용하지 않은 변경을 버리고 실행 중인 네트워크의 설정을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>learning rate now: {0}</source>
        <translation>현재 학습률: {0}</translation>
    </message>
</context>
<context>
    <name>ImageDetail</name>
    <message>
        <location filename="../../gui/views/image_detail.py" line="+125"/>
        <source>Inspect in the network ▶</source>
        <translation>네트워크에서 살펴보기 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this image the probe sample: the inside-the-network views show its forward pass and the backward pass its label would produce (no update)</source>
        <translation>이 이미지를 관찰 샘플로 삼습니다: 네트워크 내부 보기들이 그 순전파와, 레이블로 생기는 역전파를 보여 줍니다 (갱신은 하지 않음)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV row: label + 784 pixels</source>
        <translation>CSV 행: 레이블 + 픽셀 784개</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28×28 pixel table</source>
        <translation>28×28 픽셀 표</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image as the course&apos;s CSV files store it: the label, then the 784 pixel values (0–255) row by row</source>
        <translation>강의의 CSV 파일이 저장하는 모양 그대로의 이미지: 레이블, 그리고 픽셀 값 784개(0–255)를 행 순서대로</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 784 pixel values as a 28×28 table, each cell shaded like its pixel</source>
        <translation>픽셀 값 784개를 28×28 표로, 칸마다 그 픽셀 색으로 칠해서</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Select an image</source>
        <translation>이미지를 선택하세요</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one-hot target t (off {0:g}, on {1:g}):</source>
        <translation>원-핫 목표값 t (꺼짐 {0:g}, 켜짐 {1:g}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>position {0} of 0…{1} is &apos;on&apos;</source>
        <translation>0…{1} 중 {0}번 자리가 &apos;켜짐&apos;</translation>
    </message>
</context>
<context>
    <name>InfoButton</name>
    <message>
        <location filename="../../gui/views/common.py" line="-50"/>
        <source>What am I seeing?</source>
        <extracomment>blue – white – red (ColorBrewer RdBu), white exactly at the centre matrices with more elements are block-downsampled for display (784×256 stays exact) longest side of a downsampled display image</extracomment>
        <translation>지금 무엇을 보고 있나요?</translation>
    </message>
</context>
<context>
    <name>InputGradientView</name>
    <message>
        <location filename="../../gui/views/input_gradient.py" line="+33"/>
        <source>Backprop does not stop at W1: one more step, dE/dx = delta_1 @ W1.T, gives how the loss E changes with every input pixel. Blue pixels lower the loss when they get brighter (more ink there makes the right answer more likely), red ones raise it; white does not matter. The colour scale is symmetric (±max). The sample is the probe: a test sample, an image inspected in the dataset or evaluation view, or your drawing. &apos;Make it a …&apos; walks the input (not the weights) down the gradient of the loss for another digit until the network answers that digit: often a few faint strokes suffice, because backprop reaches the input too.</source>
        <translation>역전파는 W1에서 멈추지 않습니다: 한 단계 더, dE/dx = delta_1 @ W1.T 는 손실 E가 입력 픽셀마다 어떻게 변하는지 알려 줍니다. 파란 픽셀은 밝아지면 손실을 낮추고(그곳에 잉크가 더 있으면 정답일 가능성이 커짐), 빨간 픽셀은 높이며, 흰색은 상관없습니다. 색 척도는 대칭(±max)입니다. 샘플은 프로브입니다: 테스트 샘플, 데이터셋·평가 뷰에서 살펴본 이미지, 또는 직접 그린 숫자. &apos;…로 만들기&apos;는 다른 숫자에 대한 손실의 기울기를 따라 가중치가 아니라 입력을 움직여, 네트워크가 그 숫자로 답할 때까지 갑니다: 희미한 획 몇 개로 충분한 경우가 많습니다. 역전파는 입력까지 닿기 때문입니다.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Make it a</source>
        <translation>다음으로 만들기:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gradient steps on the input, not the weights, until the network answers the chosen digit</source>
        <translation>가중치가 아니라 입력에 기울기 스텝을 밟아, 네트워크가 고른 숫자로 답하게 합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digit the input should be turned into</source>
        <translation>입력을 바꿔 만들 숫자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dE/dx (blue lowers E, red raises it)</source>
        <translation>dE/dx (파랑은 E를 낮추고, 빨강은 높임)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after &apos;make it a …&apos;</source>
        <translation>&apos;…로 만들기&apos; 이후</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change (pixels)</source>
        <translation>변화 (픽셀)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: the gradient of the loss with respect to every input pixel. Middle and right: the image &apos;make it a …&apos; reached and what it changed</source>
        <translation>왼쪽: 입력 픽셀 각각에 대한 손실의 기울기. 가운데와 오른쪽: &apos;…로 만들기&apos;가 도달한 이미지와 바뀐 부분</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dE/dx of the probe sample</source>
        <translation>프로브 샘플의 dE/dx</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the inputs are not a 28×28 image</source>
        <translation>입력이 28×28 이미지가 아닙니다</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its own answer {0} (no label known)</source>
        <translation>네트워크 자신의 답 {0} (레이블 모름)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label {0}</source>
        <translation>레이블 {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · loss against {1}: E = {2:.4f} · network answers {3} · step {4}</source>
        <translation>{0} · {1}에 대한 손실: E = {2:.4f} · 네트워크의 답 {3} · 스텝 {4}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taking gradient steps on the input toward {0}…</source>
        <translation>입력을 {0} 쪽으로 기울기 스텝을 밟는 중…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;Make it a …&apos; could not run: {0}</source>
        <translation>&apos;…로 만들기&apos;를 실행할 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a digit and press
&apos;Make it a&apos;</source>
        <translation>숫자를 고르고
&apos;다음으로 만들기&apos;를 누르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;Make it a …&apos; changes the input, not the weights.</source>
        <translation>&apos;…로 만들기&apos;는 가중치가 아니라 입력을 바꿉니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network now answers {0} (it said {1}): {2} gradient steps on the input changed {3} of 784 pixels, most by a little.</source>
        <translation>이제 네트워크는 {0}라고 답합니다(전에는 {1}): 입력에 기울기 스텝 {2}번, 784개 중 {3}개 픽셀이 대부분 조금씩 바뀌었습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reached: after {2} steps the network answers {0} (it said {1}); {3} of 784 pixels changed.</source>
        <translation>도달하지 못함: {2} 스텝 후 네트워크의 답은 {0}입니다(전에는 {1}); 784개 중 {3}개 픽셀이 바뀌었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> P({0}) went from {1:.1%} to {2:.1%}.</source>
        <translation> P({0})가 {1:.1%}에서 {2:.1%}로 바뀌었습니다.</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../../gui/views/inspector_page.py" line="+16"/>
        <source>1 if z &gt; 0 else 0</source>
        <translation>z &gt; 0이면 1, 아니면 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z if z &gt; 0 else 0.01·z</source>
        <translation>z &gt; 0이면 z, 아니면 0.01·z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 if z &gt; 0 else 0.01</source>
        <translation>z &gt; 0이면 1, 아니면 0.01</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> + … ({0} more)</source>
        <translation> + … (외 {0}개)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(recomputed)</source>
        <translation>(다시 계산)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(softmax + cross-entropy: softmax − one-hot)</source>
        <translation>(softmax + 교차 엔트로피: softmax − 원-핫)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(softmax + squared error)</source>
        <translation>(softmax + 제곱 오차)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(squared error)</source>
        <translation>(제곱 오차)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ẑ) with ẑ = BN(z) = {0}, f(ẑ</source>
        <translation>ẑ), 단 ẑ = BN(z) = {0}, f(ẑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Forward pass — layer {0}, unit j = {1}, sample n = {2}</source>
        <translation>1 · 순전파 — {0}층, 유닛 j = {1}, 샘플 n = {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dropout: the next layer sees a·m = {0}·{1}</source>
        <translation>드롭아웃: 다음 층은 a·m = {0}·{1}을 받습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 · Output error — output unit k = {0}, sample n = {1}</source>
        <translation>2 · 출력층 오차 — 출력 유닛 k = {0}, 샘플 n = {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Hidden error — layer {0}, unit j = {1}</source>
        <translation>3 · 은닉층 오차 — {0}층, 유닛 j = {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Weight gradient dW[i = {0}, j = {1}] of layer {2} — a sum over the minibatch</source>
        <translation>4 · {2}층의 가중치 기울기 dW[i = {0}, j = {1}] — 미니배치에 대한 합</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 · Update of W[{0}, {1}]</source>
        <translation>5 · W[{0}, {1}]의 갱신</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the backward phase</source>
        <translation>역전파 단계 후</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (label {0})</source>
        <translation> (레이블 {0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cross-entropy, targets summing to Σt)</source>
        <translation>(교차 엔트로피, 목표값의 합이 Σt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>t = target of sample {0}{1}</source>
        <translation>t = 샘플 {0}의 목표값{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss is the mean over the N = 1 sample of the minibatch, so the engine folds 1/N into δ (with N = 1 this is the lecture&apos;s per-sample formula).</source>
        <translation>손실은 미니배치의 N = 1개 샘플에 대한 평균이므로 엔진은 1/N을 δ에 포함합니다 (N = 1이면 강의의 샘플 하나짜리 공식과 같습니다).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loss is the mean over the N = {0} samples of the minibatch, so the engine folds 1/N into δ (with N = 1 this is the lecture&apos;s per-sample formula).</source>
        <translation>손실은 미니배치의 N = {0}개 샘플에 대한 평균이므로 엔진은 1/N을 δ에 포함합니다 (N = 1이면 강의의 샘플 하나짜리 공식과 같습니다).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the output layer: its δ is the output error above. Choose a hidden layer to see δ = (Σ δ_next·w)·f′(z).</source>
        <translation>출력층입니다: 이 층의 δ는 위의 출력층 오차입니다. δ = (Σ δ_next·w)·f′(z)를 보려면 은닉층을 고르세요.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With batch norm, δ also flows through the normalisation, which mixes the samples, so it is not recomputed here; the engine&apos;s value is shown.</source>
        <translation>배치 정규화가 있으면 δ가 샘플들을 섞는 정규화도 거쳐 흐르므로 여기서 다시 계산하지 않고 엔진의 값을 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> + … ({0} more samples)</source>
        <translation> + … (샘플 {0}개 더)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample n = {0} contributes {1}·{2}; {3} of the {4} terms are exactly 0.</source>
        <translation>샘플 n = {0}의 기여는 {1}·{2}이며, 항 {4}개 중 {3}개는 정확히 0입니다.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(ΔW from the engine: it needs the optimizer&apos;s running averages)</source>
        <translation>(ΔW는 엔진의 값: 옵티마이저의 이동 평균이 필요합니다)</translation>
    </message>
</context>
<context>
    <name>InspectorTerms</name>
    <message>
        <location filename="../../gui/views/inspector_terms.py" line="+58"/>
        <source>after the update phase</source>
        <translation>갱신 단계 후</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>minibatch of {0} · step {1} · {2} phase done</source>
        <translation>미니배치 {0}개 · 스텝 {1} · {2} 단계 완료</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>untrained network, no step yet</source>
        <translation>학습 전 네트워크, 아직 스텝 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network after step {0} (the last step kept no arrays)</source>
        <translation>스텝 {0} 이후의 네트워크 (마지막 스텝은 배열을 보관하지 않았습니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (N = 1) · {1}</source>
        <translation>{0} (N = 1) · {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shown for training steps, not for one sample</source>
        <translation>학습 스텝에서만 보이며, 샘플 하나에는 보이지 않습니다</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>after the first training step</source>
        <translation>첫 학습 스텝 후</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../../gui/views/inspector.py" line="+29"/>
        <source>The backpropagation equations for one unit, filled in with the numbers of the current step. Forward: z = Σ a_prev·w + b, a = f(z). Backward: at the output δ = a − t (softmax + cross-entropy) or (a − t)·f′(z) (squared error), divided by the minibatch size N because the loss is the batch mean; in a hidden layer δ = (Σ δ_next·w)·f′(z); the weight gradient sums over the minibatch, dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]. Update: W_new = W − lr·dW for plain SGD (momentum and Adam compute their own step ΔW). Step one phase at a time (P) to watch the lines fill in.</source>
        <translation>유닛 하나에 대한 역전파 식을 현재 스텝의 숫자로 채워 보여 줍니다. 순전파: z = Σ a_prev·w + b, a = f(z). 역전파: 출력층에서 δ = a − t(softmax + 교차 엔트로피) 또는 (a − t)·f′(z)(제곱 오차)이며, 손실이 배치 평균이므로 미니배치 크기 N으로 나눕니다. 은닉층에서는 δ = (Σ δ_next·w)·f′(z). 가중치 기울기는 미니배치에 대해 더합니다: dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]. 갱신: 기본 SGD에서는 W_new = W − lr·dW (모멘텀과 Adam은 자신만의 보폭 ΔW를 계산합니다). 한 번에 한 단계씩(P) 진행하며 식이 채워지는 모습을 보세요.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer l whose unit j and weight W[i, j] are written out</source>
        <translation>유닛 j와 가중치 W[i, j]를 풀어 쓸 층 l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample n of the minibatch (0 … N − 1)</source>
        <translation>미니배치의 샘플 n (0 … N − 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit j of the chosen layer</source>
        <translation>고른 층의 유닛 j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input i of the chosen layer: the weight shown is W[i, j]</source>
        <translation>고른 층의 입력 i: 보여 주는 가중치는 W[i, j]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output unit k for the output error (the label is a good choice)</source>
        <translation>출력층 오차를 볼 출력 유닛 k (레이블을 고르면 좋습니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ strongest</source>
        <translation>★ 가장 강한 항</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the most active unit j of sample n and its largest input term i</source>
        <translation>샘플 n에서 가장 활발한 유닛 j와 그 유닛의 가장 큰 입력 항 i를 고릅니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The initial weights are not available: {0}</source>
        <translation>초기 가중치를 가져올 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This step kept no arrays; the numbers appear with the next displayed step.</source>
        <translation>이 스텝은 배열을 보관하지 않았습니다. 다음에 표시되는 스텝에서 숫자가 나타납니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— waiting for a step with full arrays</source>
        <translation>— 전체 배열이 있는 스텝을 기다리는 중</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} — &lt;span style=&apos;color:#0a6b2a&apos;&gt;&lt;b&gt;green&lt;/b&gt;&lt;/span&gt;: the engine&apos;s numbers; &lt;i&gt;recomputed&lt;/i&gt;: the formula evaluated here (equal up to float32 rounding)</source>
        <translation>{0} — &lt;span style=&apos;color:#0a6b2a&apos;&gt;&lt;b&gt;초록색&lt;/b&gt;&lt;/span&gt;: 엔진의 값, &lt;i&gt;다시 계산&lt;/i&gt;: 여기서 식으로 계산한 값 (float32 반올림 범위에서 같음)</translation>
    </message>
</context>
<context>
    <name>LayerCharts</name>
    <message>
        <location filename="../../gui/views/layer_charts.py" line="+27"/>
        <source>activation spread std(a)</source>
        <extracomment>chart key → (title, y label, log y)</extracomment>
        <translation>활성화 값의 퍼짐 std(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead / saturated units</source>
        <translation>죽은 / 포화된 유닛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction</source>
        <translation>비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient norm ‖dW‖</source>
        <translation>기울기 크기 ‖dW‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖dW‖ (log)</source>
        <translation>‖dW‖ (로그)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update ratio ‖ΔW‖/‖W‖</source>
        <translation>갱신 비율 ‖ΔW‖/‖W‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio (log)</source>
        <translation>비율 (로그)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one point per shown step:
appears once training runs</source>
        <translation>표시된 스텝마다 점 하나:
학습을 시작하면 나타납니다</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>std(a): how widely this layer&apos;s activations spread over the minibatch; a healthy layer keeps it roughly steady</source>
        <translation>std(a): 미니배치에서 이 층의 활성화 값이 얼마나 넓게 퍼지는지. 건강한 층은 대체로 일정하게 유지합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of units that no longer pass a gradient: dead ReLUs (z ≤ 0 for every sample) or saturated sigmoid/tanh units (f′(z) ≈ 0)</source>
        <translation>더 이상 기울기를 전달하지 못하는 유닛의 비율: 죽은 ReLU(모든 샘플에서 z ≤ 0) 또는 포화된 sigmoid/tanh 유닛(f′(z) ≈ 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‖dW‖ = √(Σ dW²) of this layer: vanishing gradients sink towards 0, exploding ones shoot up</source>
        <translation>이 층의 ‖dW‖ = √(Σ dW²): 기울기가 소실되면 0으로 가라앉고, 폭발하면 치솟습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‖ΔW‖/‖W‖: how much of the weights one step changes. Around 1e-3 is customary; far below, learning crawls</source>
        <translation>‖ΔW‖/‖W‖: 한 스텝이 가중치를 얼마만큼 바꾸는지. 보통 1e-3 근처이며, 훨씬 작으면 학습이 기어갑니다</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>dead ReLUs (z ≤ 0 for the whole batch)</source>
        <translation>죽은 ReLU (배치 전체에서 z ≤ 0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saturated {0} units</source>
        <translation>포화된 {0} 유닛</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not measured for {0} units</source>
        <translation>{0} 유닛은 측정하지 않음</translation>
    </message>
</context>
<context>
    <name>LayerHeatmaps</name>
    <message>
        <location filename="../../gui/views/layer_heatmaps.py" line="+24"/>
        <source>available after the backward phase
(press Phase again, or Step)</source>
        <translation>역전파 단계 후에 볼 수 있습니다
(단계를 한 번 더 누르거나 스텝을 누르세요)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unit j of this layer</source>
        <translation>이 층의 유닛 j</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover over a heatmap to read one sample&apos;s value for one unit.</source>
        <translation>히트맵 위에 마우스를 올리면 한 샘플, 한 유닛의 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}  of the probe sample over units</source>
        <translation>관찰 샘플의 {0}  (유닛별)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}  over minibatch × units</source>
        <translation>{0}  (미니배치 × 유닛)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample n</source>
        <translation>샘플 n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probe</source>
        <translation>관찰 샘플</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>layer {0}, sample {1}, unit {2}: {3} = {4!s}</source>
        <translation>{0}층, 샘플 {1}, 유닛 {2}: {3} = {4!s}</translation>
    </message>
</context>
<context>
    <name>LayerViews</name>
    <message>
        <location filename="../../gui/views/layer_histograms.py" line="+20"/>
        <source>z = a_prev·W + b   (pre-activation)</source>
        <translation>z = a_prev·W + b   (활성화 이전 값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a = f(z)   (activation)</source>
        <translation>a = f(z)   (활성화 값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ = ∂E/∂z   (error signal)</source>
        <translation>δ = ∂E/∂z   (오차 신호)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dW = a_prevᵀ·δ   (weight gradient)</source>
        <translation>dW = a_prevᵀ·δ   (가중치 기울기)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>available after the backward phase
(press Phase again, or Step)</source>
        <translation>역전파 단계 후에 볼 수 있습니다
(단계를 한 번 더 누르거나 스텝을 누르세요)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>value of {0}</source>
        <translation>{0} 값</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram of every value of {0} in this layer, 64 equal-width bins.</source>
        <translation>이 층의 모든 {0} 값의 히스토그램, 같은 폭의 구간 64개.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every value is NaN or infinite</source>
        <translation>모든 값이 NaN 또는 무한대입니다</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NaN or infinite values left out: {0}</source>
        <translation>NaN 또는 무한대라서 뺀 값: {0}개</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>log₁₀(1 + count)</source>
        <translation>log₁₀(1 + 빈도)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>빈도</translation>
    </message>
    <message>
        <location filename="../../gui/views/layer_views.py" line="+35"/>
        <source>One layer l of the network, for the current minibatch of N samples. Forward pass: z = a_prev·W + b, a = f(z). Backward pass: δ = ∂E/∂z, E being the mean loss over the N samples — at a softmax + cross-entropy output δ = (a − t)/N, in a hidden layer δ = (δ_next·W_nextᵀ) ⊙ f′(z) — and the weight gradient dW = a_prevᵀ·δ, a sum over the samples. Histograms: how the values spread (64 bins). Heatmaps: one row per sample, one column per unit. Over time: a healthy layer keeps std(a) roughly steady, few dead ReLUs (dead: z ≤ 0 for every sample of the batch) and an update ratio ‖ΔW‖/‖W‖ near 1e-3 (dashed line): far below, learning crawls; far above, it is unstable. Before the first step you see the untrained network on the probe sample.</source>
        <translation>현재 미니배치(샘플 N개)에 대한 네트워크의 l층 하나입니다. 순전파: z = a_prev·W + b, a = f(z). 역전파: δ = ∂E/∂z이며, E는 N개 샘플에 대한 평균 손실입니다 — softmax + 교차 엔트로피 출력층에서는 δ = (a − t)/N, 은닉층에서는 δ = (δ_next·W_nextᵀ) ⊙ f′(z) — 그리고 가중치 기울기 dW = a_prevᵀ·δ는 샘플들에 대한 합입니다. 히스토그램: 값이 어떻게 퍼져 있는지(구간 64개). 히트맵: 샘플마다 한 행, 유닛마다 한 열. 시간에 따른 변화: 건강한 층은 std(a)를 대체로 일정하게 유지하고, 죽은 ReLU(배치의 모든 샘플에서 z ≤ 0)가 적으며, 갱신 비율 ‖ΔW‖/‖W‖가 1e-3(점선) 근처입니다. 훨씬 작으면 학습이 기어가고, 훨씬 크면 불안정합니다. 첫 스텝 전에는 관찰 샘플에 대한 학습 전 네트워크를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>minibatch of {0} · step {1} · {2} phase done</source>
        <translation>미니배치 {0}개 · 스텝 {1} · {2} 단계 완료</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no data yet</source>
        <translation>아직 데이터 없음</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>probe (this step kept no arrays)</source>
        <translation>관찰 샘플 (이 스텝은 배열을 보관하지 않음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (one sample) · {1}</source>
        <translation>{0} (샘플 하나) · {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>network loaded from {0}</source>
        <translation>{0}에서 불러온 네트워크</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>layer</source>
        <extracomment>the parts of the heatmaps and charts tabs (reading one builds both)</extracomment>
        <translation>층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which layer to look inside (layer 1 gets the pixels, layer L is the output)</source>
        <translation>들여다볼 층 (1층은 픽셀을 받고, L층은 출력층)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log counts</source>
        <translation>로그 빈도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram heights as log₁₀(1 + count): rare values stay visible next to a tall spike (e.g. the many exact zeros of ReLU units)</source>
        <translation>히스토그램 높이를 log₁₀(1 + 빈도)로: 높은 봉우리(예: ReLU 유닛의 수많은 0) 옆에서도 드문 값이 보입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histograms</source>
        <translation>히스토그램</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minibatch heatmaps</source>
        <translation>미니배치 히트맵</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over time</source>
        <translation>시간에 따른 변화</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../gui/lessons/panel.py" line="+174"/>
        <source>Right on the first try: {0} of {1}.</source>
        <translation>첫 시도에 맞힌 문제: {1}개 중 {0}개.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to remember</source>
        <translation>기억할 내용</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next ›</source>
        <translation>다음 ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next lesson ›</source>
        <translation>다음 레슨 ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish</source>
        <translation>마치기</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Done. The answers are checked against this step&apos;s numbers.</source>
        <translation>✓ 완료. 이 스텝의 실제 값으로 답을 확인합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the lesson&apos;s network…</source>
        <translation>레슨용 신경망을 준비하는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First lock in your predictions above.</source>
        <translation>먼저 위에서 예측을 확정하세요.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: use the toolbar, or the button above.</source>
        <translation>기다리는 중: 툴바나 위의 버튼을 사용하세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‹ Back</source>
        <translation>‹ 이전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>레슨 나가기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it for me</source>
        <translation>대신 실행하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous page of this lesson</source>
        <translation>이 레슨의 이전 페이지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next page: the questions after the text, the summary after the questions, then the next lesson</source>
        <translation>다음 페이지: 본문 다음은 문제, 문제 다음은 요약, 그다음은 다음 레슨</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lesson again from the start, on a fresh network</source>
        <translation>새 신경망으로 이 레슨을 처음부터 다시</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the lesson: every panel goes back where it was (your progress is kept)</source>
        <translation>레슨 끝내기: 모든 패널이 원래 자리로 돌아갑니다 (진행 상황은 저장됩니다)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the lesson&apos;s action with the same command as the toolbar&apos;s</source>
        <translation>툴바와 같은 명령으로 레슨의 할 일을 실행합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons</source>
        <translation>레슨</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson {0} of {1}</source>
        <translation>레슨 {0} / {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lesson: {0}</source>
        <translation>직접 불러온 레슨: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict first — the answer is revealed after the action.</source>
        <translation>먼저 예측하세요 — 답은 실행한 뒤에 공개됩니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, with the numbers on screen:</source>
        <translation>이제 화면에 나온 값으로:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your action:</source>
        <translation>할 일:</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <location filename="../../gui/lessons/menu.py" line="+53"/>
        <source>&amp;Lessons</source>
        <translation>레슨(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue where I left off</source>
        <translation>멈춘 곳에서 계속하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open lesson file…</source>
        <translation>레슨 파일 열기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export my answers…</source>
        <translation>내 답 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>레슨 나가기</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open lesson file</source>
        <translation>레슨 파일 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson files (*.toml);;All files (*)</source>
        <translation>레슨 파일 (*.toml);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;li&gt;line {0}: {1}&lt;/li&gt;</source>
        <translation>&lt;li&gt;{0}번째 줄: {1}&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lesson file has problems</source>
        <translation>이 레슨 파일에 문제가 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;{0} cannot be used yet:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;{0}은(는) 아직 사용할 수 없습니다:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export my answers</source>
        <translation>내 답 내보내기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write {0}: {1}</source>
        <translation>{0}에 쓸 수 없습니다: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} answers written to {1}.</source>
        <translation>답 {0}개를 {1}에 저장했습니다.</translation>
    </message>
</context>
<context>
    <name>LessonsMode</name>
    <message>
        <location filename="../../gui/lessons/mode.py" line="+43"/>
        <location line="+47"/>
        <source>Lesson</source>
        <translation>레슨</translation>
    </message>
</context>
<context>
    <name>LossStepView</name>
    <message>
        <location filename="../../gui/views/loss_step.py" line="+33"/>
        <source>The gradient is a prediction: moving all weights by s·ΔW should change the loss by about s·Σ dW·ΔW (the dashed tangent). The solid curve is the real loss E on this step&apos;s minibatch along the update ΔW the optimizer applied: s = 0 is before the step, s = 1 (the marker) is where the learning rate landed, s = 2 would be twice the step. The green curve is the same on a fixed evaluation subset. Where the curve bends away from the tangent the first-order prediction breaks; a too-large lr lands past the valley&apos;s bottom (E at s = 1 higher than its minimum, or even above E at s = 0). For plain SGD ΔW = −lr·dW; for momentum and Adam the line is sliced along the optimizer&apos;s actual ΔW.</source>
        <translation>기울기는 예측입니다: 모든 가중치를 s·ΔW만큼 움직이면 손실은 대략 s·Σ dW·ΔW만큼 변해야 합니다(점선 접선). 실선은 옵티마이저가 적용한 업데이트 ΔW를 따라간 이 스텝의 미니배치에 대한 실제 손실 E입니다: s = 0은 스텝 전, s = 1(표시점)은 학습률이 도착한 곳, s = 2는 스텝의 두 배입니다. 초록 곡선은 고정된 평가 부분집합에 대한 같은 곡선입니다. 곡선이 접선에서 휘어 벗어나는 곳에서 1차 예측이 깨집니다; lr이 너무 크면 골짜기 바닥을 지나쳐 도착합니다(s = 1의 E가 최솟값보다, 심지어 s = 0의 E보다 높음). 순수 SGD에서는 ΔW = −lr·dW이고, momentum과 Adam에서는 옵티마이저의 실제 ΔW를 따라 자릅니다.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>s: multiples of the step ΔW (s = 1: where lr landed)</source>
        <translation>s: 스텝 ΔW의 배수 (s = 1: lr이 도착한 곳)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss E</source>
        <translation>손실 E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E on the step&apos;s minibatch</source>
        <translation>이 스텝 미니배치의 E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tangent E(0) + s·Σ dW·ΔW</source>
        <translation>접선 E(0) + s·Σ dW·ΔW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E on an evaluation subset</source>
        <translation>평가 부분집합의 E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step taken (s = 1)</source>
        <translation>실제로 밟은 스텝 (s = 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The real loss along the update (solid) against the gradient&apos;s straight-line prediction (dashed)</source>
        <translation>업데이트를 따라간 실제 손실(실선)과 기울기의 직선 예측(점선)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Take a training step (Step, or Play): the loss along it appears here.</source>
        <translation>훈련 스텝을 밟으세요(Step 또는 Play): 그 스텝을 따라간 손실이 여기 나타납니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss along the last update ΔW</source>
        <translation>마지막 업데이트 ΔW를 따라간 손실</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ΔW = −lr·dW (plain SGD)</source>
        <translation>ΔW = −lr·dW (순수 SGD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sliced along the optimizer&apos;s actual ΔW ({0}), not along −dW</source>
        <translation>−dW가 아니라 옵티마이저의 실제 ΔW({0})를 따라 자름</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {0}, lr = {1:g}: {2}</source>
        <translation>스텝 {0}, lr = {1:g}: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E(θ + s·ΔW) of step {0}</source>
        <translation>스텝 {0}의 E(θ + s·ΔW)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E before the step {0:.4f} → after {1:.4f} (the tangent predicted {2:.4f}). The minibatch&apos;s lowest E on this line is {3:.4f} at s = {4:.2f}{5}. Evaluation subset ({6}): {7:.4f} → {8:.4f}.</source>
        <translation>스텝 전 E {0:.4f} → 후 {1:.4f} (접선의 예측 {2:.4f}). 이 직선 위 미니배치의 가장 낮은 E는 s = {4:.2f}에서 {3:.4f}{5}. 평가 부분집합({6}): {7:.4f} → {8:.4f}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — the step overshot the valley</source>
        <translation> — 스텝이 골짜기를 지나쳤습니다</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../gui/texts.py" line="+4"/>
        <source>cross entropy</source>
        <translation>교차 엔트로피</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>squared error</source>
        <translation>제곱 오차</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window_docks.py" line="+24"/>
        <source>Hyperparameters</source>
        <extracomment>a dock shrinks to this much (its view scrolls inside) but not below</extracomment>
        <translation>하이퍼파라미터</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe sample</source>
        <translation>관찰 샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers: z, a, delta, dW</source>
        <translation>층: z, a, delta, dW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>가중치</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backprop inspector</source>
        <translation>역전파 들여다보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>상태 점검</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why backprop?</source>
        <translation>왜 역전파인가?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check</source>
        <translation>기울기 검사</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>데이터셋</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>평가</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare runs</source>
        <translation>실행 비교</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss along the step</source>
        <translation>스텝을 따라간 손실</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a weight</source>
        <translation>가중치 편집</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who pushed this weight?</source>
        <translation>누가 이 가중치를 밀었나?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input gradient</source>
        <translation>입력 기울기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient noise</source>
        <translation>기울기 잡음</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+140"/>
        <source>backprop-viz — watch backpropagation learn MNIST</source>
        <translation>backprop-viz — 역전파로 MNIST를 학습하는 모습 보기</translation>
    </message>
    <message>
        <location filename="../../gui/window_wiring.py" line="+44"/>
        <source>Network reset: new random weights (the run at step {0} is kept).</source>
        <translation>네트워크를 초기화했습니다: 새 무작위 가중치입니다 (스텝 {0}의 실행은 보관해 두었습니다).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A fresh training engine is running.</source>
        <translation>새 학습 엔진이 실행 중입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart engine</source>
        <translation>엔진 다시 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training worker hit an error and paused: {0}. The app is still usable — change a setting or press Reset.</source>
        <translation>학습 작업자에서 오류가 나서 일시정지했습니다: {0}. 앱은 계속 쓸 수 있습니다 — 설정을 바꾸거나 초기화를 누르세요.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training paused: {0}</source>
        <translation>학습 일시정지: {0}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>true {0}, predicted {1}</source>
        <translation>정답 {0}, 예측 {1}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+71"/>
        <source>Rebuild the network?</source>
        <translation>네트워크를 다시 만들까요?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings change the network, so training restarts from new random weights (you are at step {0}). Continue?</source>
        <translation>이 설정은 네트워크를 바꾸므로 새 무작위 가중치로 학습을 다시 시작합니다(지금은 스텝 {0}). 계속할까요?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>status bar</source>
        <translation>상태 표시줄</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <location filename="../../gui/window_datasets.py" line="+43"/>
        <source>Import a dataset</source>
        <translation>데이터셋 가져오기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets (*.csv *.csv.gz *.npz *.gz *.pkl.gz *-ubyte);;All files (*)</source>
        <translation>데이터셋 (*.csv *.csv.gz *.npz *.gz *.pkl.gz *-ubyte);;모든 파일 (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {0}…</source>
        <translation>{0} 가져오는 중…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not import the dataset: {0}</source>
        <translation>데이터셋을 가져올 수 없습니다: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {0} as &apos;{1}&apos;. Press Apply and reset to train on it.</source>
        <translation>{0}을(를) &apos;{1}&apos;(으)로 가져왔습니다. ‘적용하고 초기화’를 누르면 이 데이터로 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../gui/refresh_guard.py" line="+33"/>
        <source>The {0} panel could not show this step ({1}); the other panels go on.</source>
        <translation>‘{0}’ 패널이 이 스텝을 보여 주지 못했습니다 ({1}). 다른 패널은 계속 갱신됩니다.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../core/messages.py" line="+35"/>
        <source>{0}: {1}</source>
        <extracomment>a setting&apos;s error: {0} the setting&apos;s name, {1} the reason; {label} may name the setting&apos;s label</extracomment>
        <translation>{label}({0}): {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown setting; known settings: {0}</source>
        <translation>알 수 없는 설정입니다. 사용할 수 있는 설정: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of layer sizes like (256, 128), got {0}</source>
        <translation>(256, 128)처럼 층 크기의 목록이어야 합니다 (입력값: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected comma-separated whole numbers like 256,128, got {0}</source>
        <translation>256,128처럼 쉼표로 구분한 정수를 입력하세요 (입력값: {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list of at most {0} layer sizes</source>
        <translation>층 크기는 최대 {0}개까지 지정할 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each layer needs 1 to {0} units, got {1}</source>
        <translation>각 층의 유닛 수는 1에서 {0} 사이여야 합니다 (입력값: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown value {0}; allowed: {1}</source>
        <translation>알 수 없는 값 {0}입니다. 허용되는 값: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number from 1 to {0}, got {1}</source>
        <translation>1부터 {0}까지의 정수여야 합니다 (입력값: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number ≥ 0, got {0}</source>
        <translation>0 이상의 정수여야 합니다 (입력값: {0})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number in {0}, got {1}</source>
        <extracomment>{0}: an interval in mathematical notation, e.g. &quot;(0, 100]&quot;</extracomment>
        <translation>{0} 범위의 수여야 합니다 (입력값: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number like 0.01 or 1e-3, got {0}</source>
        <translation>0.01이나 1e-3 같은 수를 입력하세요 (입력값: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false, got {0}</source>
        <translation>참(true) 또는 거짓(false)이어야 합니다 (입력값: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross_entropy needs the softmax output; use squared_error with {0} outputs</source>
        <translation>cross_entropy는 softmax 출력에만 쓸 수 있습니다. {0} 출력에는 squared_error를 쓰세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be larger than target_off ({0}), got {1}</source>
        <translation>target_off({0})보다 커야 합니다 (입력값: {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of samples ≥ 0, got {0}</source>
        <translation>0 이상의 샘플 수(정수)여야 합니다 (입력값: {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is larger than the {1} training samples; allowed: 1 to {2}</source>
        <translation>{0}은(는) 훈련 데이터 {1}개보다 많습니다. 1부터 {2}까지 가능합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown preset {0}; known presets: {1}</source>
        <translation>알 수 없는 프리셋 {0}입니다. 사용할 수 있는 프리셋: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training diverged at step {0}: {1}. The network keeps its last finite parameters; try a smaller learning rate, a different initialisation or batch norm.</source>
        <extracomment>{0}: the step, {1}: what went wrong (one of the two messages below)</extracomment>
        <translation>스텝 {0}에서 학습이 발산했습니다: {1}. 네트워크는 마지막으로 유한했던 가중치와 바이어스를 유지합니다. 학습률을 낮추거나, 다른 가중치 초기화나 배치 정규화를 써 보세요.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the loss is {0}</source>
        <translation>손실(에러)값이 {0}입니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an update is NaN or infinite</source>
        <translation>가중치/바이어스 업데이트 값이 NaN이거나 무한대입니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network initialised: ready to train</source>
        <translation>네트워크를 초기화했습니다: 학습할 준비가 되었습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings apply from the next step</source>
        <translation>설정은 다음 스텝부터 적용됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One backprop step on {0} (label {1})</source>
        <extracomment>{0}: a sample, e.g. &quot;test sample #3&quot;, {1}: its label</extracomment>
        <translation>{0}에 대해 오차역전파 한 스텝 (정답 {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished epoch {0}</source>
        <translation>에폭 {0} 완료</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training goes on: epochs raised to {0}</source>
        <extracomment>{0}: the run&apos;s new number of epochs (Play after the last epoch trains one more)</extracomment>
        <translation>학습을 이어 갑니다: 에폭 수를 {0}(으)로 늘렸습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset undone: the previous run is back</source>
        <translation>초기화를 되돌렸습니다: 이전 실행이 돌아왔습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no reset to undo</source>
        <translation>되돌릴 초기화가 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: {0}</source>
        <translation>오류: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data loaded; reset with another dataset</source>
        <translation>불러온 데이터가 없습니다. 다른 데이터셋으로 초기화하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch norm cannot train on a single sample (its batch statistics need several); turn batch norm off to train on your drawing</source>
        <translation>배치 정규화는 샘플 하나로 학습할 수 없습니다(배치 통계에 여러 샘플이 필요합니다). 직접 그린 숫자로 학습하려면 배치 정규화를 끄세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} need a reset</source>
        <extracomment>{0}: the names of settings (a tuple or a text &quot;lr, momentum&quot;), worded with the panel&apos;s labels</extracomment>
        <translation>{0}: 적용하려면 네트워크를 초기화해야 합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command {0}</source>
        <translation>알 수 없는 명령입니다: {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {0} network needs about {1} of memory to train ({2} {3} parameters, their gradients, the optimizer&apos;s state and a batch&apos;s activations), more than the {4} available; use fewer or smaller layers, a smaller batch or float32</source>
        <extracomment>{0}: an architecture like &quot;784-8192-10&quot;, {1}: the estimate like &quot;4.3 GB&quot;, {2}: a count of parameters, {3}: &quot;float32&quot; or &quot;float64&quot;, {4}: the memory available like &quot;2.1 GB&quot;</extracomment>
        <translation>{0} 네트워크를 학습하려면 약 {1}의 메모리가 필요합니다({2}개의 {3} 파라미터, 그 기울기, 옵티마이저 상태, 배치의 활성값). 사용 가능한 {4}보다 많으므로 층을 줄이거나 작게 하거나, 배치를 줄이거나, float32를 사용하세요</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch norm cannot train with batch size 1 (the statistics of a single sample make every gradient below it 0); use a batch of at least 2 or turn batch norm off</source>
        <translation>배치 정규화는 배치 크기 1로 학습할 수 없습니다(샘플 하나의 통계로는 그 아래의 모든 기울기가 0이 됩니다). 배치를 2 이상으로 하거나 배치 정규화를 끄세요</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model is a {0} network ({1} inputs, {2} outputs) but {3} has {4} inputs per image and {5} classes, so it cannot be used on it</source>
        <extracomment>{0}: an architecture like &quot;100-30-5&quot;, {1}/{2}: its inputs/outputs, {3}: the data (a file&apos;s name or &quot;MNIST&quot;), {4}: inputs per image there, {5}: its number of classes</extracomment>
        <translation>이 모델은 {0} 네트워크(입력 {1}개, 출력 {2}개)이지만 {3}은(는) 이미지당 입력이 {4}개이고 클래스가 {5}개이므로 여기에 사용할 수 없습니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take a training step first: this needs the last minibatch&apos;s backward pass</source>
        <translation>먼저 학습 스텝을 하나 진행하세요: 마지막 미니배치의 역전파가 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take a whole training step first: the loss along the step needs its update ΔW</source>
        <translation>먼저 학습 스텝을 끝까지 진행하세요: 스텝 방향의 손실을 그리려면 그 업데이트 ΔW가 필요합니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause training to edit a weight</source>
        <translation>가중치를 편집하려면 학습을 일시정지하세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish the step under way first: its forward and backward passes used the old weights</source>
        <translation>진행 중인 스텝을 먼저 끝내세요: 그 순전파와 역전파는 이전 가중치로 계산되었습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no weight edit to undo</source>
        <translation>되돌릴 가중치 편집이 없습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network has trained since the edit, so it can no longer be undone</source>
        <translation>편집한 뒤 네트워크가 학습을 진행했으므로 더 이상 되돌릴 수 없습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {0} of {1}, recomputed from the timeline</source>
        <translation>스텝 {0} / {1}, 타임라인에서 다시 계산함</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch from step {0}: {1}</source>
        <translation>스텝 {0}에서 분기: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {0} is not on the timeline ({1} to {2})</source>
        <translation>스텝 {0}은(는) 타임라인에 없습니다 ({1}~{2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish the step under way before moving on the timeline</source>
        <translation>타임라인에서 이동하기 전에 진행 중인 스텝을 마치세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot change in a branch (a reset is needed)</source>
        <translation>{0}은(는) 분기에서 바꿀 수 없습니다 (재설정 필요)</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../../gui/views/network_diagram.py" line="+33"/>
        <source>The network as columns: the input image on the left, then every layer l. A node is one unit; its colour is its activation a = f(z) for the probe sample (forward mode) or its error δ = ∂E/∂z (backward mode), red positive, blue negative, white zero, scaled per layer. Wide layers show 16 of their units. Lines are the strongest terms: forward a_prev·w, the pieces of z = Σ a_prev·w + b; backward a_prev·δ, the sample&apos;s weight gradient dW. Click a node to see its z, a, δ, bias and incoming weights.</source>
        <translation>네트워크를 열로 나타냅니다: 왼쪽에 입력 이미지, 그다음 각 층 l. 노드 하나가 유닛 하나이고, 그 색은 관찰 샘플에 대한 활성화 값 a = f(z)(순전파 모드) 또는 오차 δ = ∂E/∂z(역전파 모드)입니다. 빨강은 양수, 파랑은 음수, 흰색은 0이며 층마다 따로 스케일을 맞춥니다. 넓은 층은 유닛 16개만 보여 줍니다. 선은 가장 강한 항입니다: 순전파에서는 z = Σ a_prev·w + b를 이루는 a_prev·w, 역전파에서는 그 샘플의 가중치 기울기 dW인 a_prev·δ. 노드를 클릭하면 z, a, δ, 편향, 들어오는 가중치를 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>auto</source>
        <translation>자동</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a (forward)</source>
        <translation>a (순전파)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>δ (backward)</source>
        <translation>δ (역전파)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most active</source>
        <translation>가장 활발한 유닛</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>evenly spaced</source>
        <translation>고른 간격</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms a·w / a·δ</source>
        <translation>항 a·w / a·δ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weights |w|</source>
        <translation>가중치 |w|</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the node colours show: the activation a, or the error δ. Auto shows δ while a step waits after its backward phase, a otherwise.</source>
        <translation>노드 색이 보여 줄 값: 활성화 값 a 또는 오차 δ. 자동은 스텝이 역전파 단계 뒤에서 멈춰 있을 때 δ를, 그 밖에는 a를 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which 16 units of a wide layer are drawn</source>
        <translation>넓은 층에서 어떤 유닛 16개를 그릴지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which connections are drawn, the 24 largest per pair of columns: the terms a_prev·w (forward) or a_prev·δ (backward), or simply the weights</source>
        <translation>그릴 연결, 열 두 개 사이마다 가장 큰 24개: 항 a_prev·w(순전파)나 a_prev·δ(역전파), 또는 가중치 자체</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour</source>
        <translation>색</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>유닛</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lines</source>
        <translation>선</translation>
    </message>
    <message>
        <location filename="../../gui/views/diagram_drawing.py" line="+52"/>
        <source>input x
{0} values</source>
        <translation>입력 x
값 {0}개</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>output</source>
        <translation>출력층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {0}</source>
        <translation>{0}층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
{1} units</source>
        <translation>{0}
유닛 {1}개</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>+{0} more</source>
        <translation>+{0}개 더</translation>
    </message>
</context>
<context>
    <name>NetworkLegend</name>
    <message>
        <location filename="../../gui/views/network_detail.py" line="+44"/>
        <source>error δ = ∂E/∂z</source>
        <translation>오차 δ = ∂E/∂z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation a = f(z)</source>
        <translation>활성화 값 a = f(z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights w</source>
        <translation>가중치 w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a_prev·δ (the sample&apos;s dW)</source>
        <translation>a_prev·δ (그 샘플의 dW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a_prev·w (the terms of z)</source>
        <translation>a_prev·w (z의 항)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (label {0})</source>
        <translation> (레이블 {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Nodes:&lt;/b&gt; {what} of the probe, {source}{known} — &lt;span style=&apos;color:#2151db&apos;&gt;■ negative&lt;/span&gt; · &lt;span style=&apos;color:#bbb&apos;&gt;□&lt;/span&gt; 0 · &lt;span style=&apos;color:#c00206&apos;&gt;■ positive&lt;/span&gt;, scaled per layer (max |value| under each column). &lt;b&gt;Lines:&lt;/b&gt; the {edges} largest {lines} per layer: &lt;span style=&apos;color:#c81e1e&apos;&gt;red +&lt;/span&gt;, &lt;span style=&apos;color:#1e50d2&apos;&gt;blue −&lt;/span&gt;, thicker = larger.</source>
        <translation>&lt;b&gt;노드:&lt;/b&gt; 관찰 샘플({source}{known})의 {what} — &lt;span style=&apos;color:#2151db&apos;&gt;■ 음수&lt;/span&gt; · &lt;span style=&apos;color:#bbb&apos;&gt;□&lt;/span&gt; 0 · &lt;span style=&apos;color:#c00206&apos;&gt;■ 양수&lt;/span&gt;, 층마다 스케일 (각 열 아래에 max |값|). &lt;b&gt;선:&lt;/b&gt; 층마다 가장 큰 {lines} {edges}개: &lt;span style=&apos;color:#c81e1e&apos;&gt;빨강 +&lt;/span&gt;, &lt;span style=&apos;color:#1e50d2&apos;&gt;파랑 −&lt;/span&gt;, 굵을수록 큼.</translation>
    </message>
</context>
<context>
    <name>NodeDetail</name>
    <message>
        <location line="+46"/>
        <location line="+3"/>
        <source>The selected node&apos;s numbers for the probe sample and its incoming weights</source>
        <translation>선택한 노드의 관찰 샘플에 대한 값과 들어오는 가중치</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Click a node&lt;/b&gt; to see its numbers.</source>
        <translation>&lt;b&gt;노드를 클릭&lt;/b&gt;하면 값을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Layer {0} · output · {1}&lt;br&gt;unit {2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}층 · 출력층 · {1}&lt;br&gt;유닛 {2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Layer {0} · hidden · {1}&lt;br&gt;unit {2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0}층 · 은닉층 · {1}&lt;br&gt;유닛 {2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bias</source>
        <translation>편향</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for the probe sample</source>
        <translation>관찰 샘플 기준</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming weights appear with the next displayed step.</source>
        <translation>들어오는 가중치는 다음에 표시되는 스텝에서 나타납니다.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incoming weights W[:, {0}] as a {1}×{1} image: red pixels push z up, blue push it down (colour range ±{2:.3g}).</source>
        <translation>들어오는 가중치 W[:, {0}]를 {1}×{1} 이미지로: 빨간 픽셀은 z를 올리고, 파란 픽셀은 내립니다 (색 범위 ±{2:.3g}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming weights W[:, {0}]: one bar per unit of layer {1}.</source>
        <translation>들어오는 가중치 W[:, {0}]: {1}층의 유닛마다 막대 하나.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>input unit i (of layer {0})</source>
        <translation>입력 유닛 i ({0}층)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight w[i, unit]</source>
        <translation>가중치 w[i, 유닛]</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../gui/notice.py" line="+50"/>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>이 알림 닫기</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Do what the message offers, e.g. undo the reset</source>
        <translation>메시지가 제안하는 일을 합니다 (예: 초기화 되돌리기)</translation>
    </message>
</context>
<context>
    <name>PadInput</name>
    <message>
        <location filename="../../gui/views/pad_input.py" line="+20"/>
        <source>Train on it to see
the gradient of
the step here</source>
        <translation>‘이걸로 학습’을 누르면
그 스텝의 기울기가
여기 나타납니다</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;network input x&lt;/b&gt; (28×28)</source>
        <translation>&lt;b&gt;네트워크 입력 x&lt;/b&gt; (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 28×28 input x the network gets (white = ink)</source>
        <translation>네트워크가 받는 28×28 입력 x (흰색 = 잉크)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient of the loss of the last &apos;Train on it&apos; step with respect to each input pixel, ∂E/∂x = W₁·δ₁ (backpropagated one layer further than the weights)</source>
        <translation>마지막 ‘이걸로 학습’ 스텝의 손실을 각 입력 픽셀로 미분한 기울기 ∂E/∂x = W₁·δ₁ (가중치보다 한 층 더 역전파한 값)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂E/∂x of the step: &lt;span style=&apos;color:#2166ac&apos;&gt;blue&lt;/span&gt; = more ink here lowers the loss, &lt;span style=&apos;color:#b2182b&apos;&gt;red&lt;/span&gt; raises it</source>
        <translation>그 스텝의 ∂E/∂x: &lt;span style=&apos;color:#2166ac&apos;&gt;파랑&lt;/span&gt; = 여기 잉크를 더하면 손실이 줄어듦, &lt;span style=&apos;color:#b2182b&apos;&gt;빨강&lt;/span&gt; = 늘어남</translation>
    </message>
</context>
<context>
    <name>PadStages</name>
    <message>
        <location filename="../../gui/views/pad_stages.py" line="-135"/>
        <source>original</source>
        <translation>원본</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grey</source>
        <translation>회색조</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thresholded</source>
        <translation>임계값 적용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cropped</source>
        <translation>잘라냄</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28×28 input</source>
        <translation>28×28 입력</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>How your picture became the network&apos;s input: grey, inverted if dark on light; the background and paper texture removed by a threshold; cut to the ink; fitted to 20×20 and centred by mass in 28×28</source>
        <translation>사진이 네트워크 입력이 되는 과정: 회색조로 바꾸고 밝은 바탕에 어두운 글씨면 반전, 임계값으로 배경과 종이 질감을 제거, 잉크 부분만 잘라내기, 20×20에 맞추고 28×28 안에서 질량 중심으로 가운데 정렬</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../gui/texts.py" line="-27"/>
        <source>forward</source>
        <translation>순전파</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backward</source>
        <translation>역전파</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>갱신</translation>
    </message>
</context>
<context>
    <name>PixelTableModel</name>
    <message>
        <location filename="../../gui/views/image_detail.py" line="-115"/>
        <source>row {0}, column {1}: {2} (x = {3:.3f} after /255)</source>
        <translation>{0}행 {1}열: {2} (/255 후 x = {3:.3f})</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="+223"/>
        <source>Transforms</source>
        <translation>변환</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample</source>
        <translation>다운샘플링</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>점</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plot Options</source>
        <translation>그래프 옵션</translation>
    </message>
</context>
<context>
    <name>ProbeView</name>
    <message>
        <location filename="../../gui/views/probe.py" line="+27"/>
        <source>One test image followed through training. Top: the input x the network sees (28×28 pixels, scaled). Bottom: the output layer&apos;s activations a_L = f(z_L), one bar per class — for a softmax output the probabilities p_k = e^z_k / Σ_m e^z_m, which sum to 1. Green: the true label; red: a wrong prediction (the largest a_L). An untrained network answers nearly uniformly (about 0.1 everywhere); watch the green bar grow as training goes on. ◀ / ▶ or the index box pick another sample.</source>
        <translation>테스트 이미지 하나를 학습 내내 따라갑니다. 위: 네트워크가 보는 입력 x (28×28 픽셀, 스케일링됨). 아래: 출력층의 활성화 값 a_L = f(z_L), 클래스마다 막대 하나 — softmax 출력이면 확률 p_k = e^z_k / Σ_m e^z_m이고 합은 1입니다. 초록: 정답 레이블, 빨강: 틀린 예측(가장 큰 a_L). 학습 전 네트워크는 거의 고르게 답합니다(모두 0.1 정도). 학습이 진행되며 초록 막대가 자라는 것을 보세요. ◀ / ▶나 번호 상자로 다른 샘플을 고를 수 있습니다.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>input x (28×28)</source>
        <translation>입력 x (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output a_L</source>
        <translation>출력 a_L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class</source>
        <translation>클래스</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation a_L</source>
        <translation>활성화 값 a_L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous test sample</source>
        <translation>이전 테스트 샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next test sample</source>
        <translation>다음 테스트 샘플</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of the probe sample in the test (or validation) set; any of 0 … {0} works</source>
        <translation>테스트(또는 검증) 세트에서 관찰 샘플의 번호. 0 … {0} 중 아무거나 됩니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe sample</source>
        <translation>관찰 샘플</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading MNIST…</source>
        <translation>MNIST 불러오는 중…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>right</source>
        <translation>정답</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>오답</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, loss E = {0:.4f}</source>
        <translation>, 손실 E = {0:.4f}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}: label {label} → predicted {pred} (a_L = {a:.3f}, {verdict}){loss}</source>
        <translation>{source}: 레이블 {label} → 예측 {pred} (a_L = {a:.3f}, {verdict}){loss}</translation>
    </message>
</context>
<context>
    <name>ProcessEngine</name>
    <message>
        <location filename="../../gui/engine_process.py" line="+194"/>
        <source>The training engine stopped unexpectedly (exit code {0}). A fresh engine is starting with the last settings; the network starts again from its initialisation.</source>
        <extracomment>how long a stopping engine may take to end before it is killed (it may be in a long step) &quot;running&quot; (an engine has reported), &quot;starting&quot; (started after a death, not heard yet) or &quot;down&quot; (none: waiting to try again); with the seconds until the next attempt when down</extracomment>
        <translation>학습 엔진이 예기치 않게 멈췄습니다(종료 코드 {0}). 마지막 설정으로 새 엔진을 시작하는 중이며, 신경망은 초기화 상태부터 다시 시작합니다.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The training engine could not start (exit code {0}). No engine is running: the next attempt is in {1} s, or use Restart engine now.</source>
        <translation>학습 엔진을 시작하지 못했습니다(종료 코드 {0}). 실행 중인 엔진이 없습니다. {1}초 뒤에 다시 시도하며, 지금 바로 시도하려면 &apos;엔진 다시 시작&apos;을 누르세요.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../gui/lessons/question_card.py" line="+82"/>
        <source>Prediction locked in. Now take the action below; then the network&apos;s own numbers will check it.</source>
        <translation>예측을 확정했습니다. 이제 아래의 할 일을 실행하세요. 그러면 신경망의 실제 값으로 확인합니다.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking against the network&apos;s numbers…</source>
        <translation>신경망의 실제 값과 비교하는 중…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Right — the answer is {0}.</source>
        <translation>✓ 정답 — 답은 {0}입니다.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not quite — the answer is {0}.</source>
        <translation>✗ 아쉽네요 — 답은 {0}입니다.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lock in my prediction</source>
        <translation>예측 확정</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>확인</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sign</source>
        <translation>부호</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choice</source>
        <translation>선택</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>숫자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>방향</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predict before the action</source>
        <translation>실행 전에 예측</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the numbers now on screen</source>
        <translation>지금 화면의 값으로</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {0} · {1} · {2}</source>
        <translation>문제 {0} · {1} · {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>다시 풀기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this question once more</source>
        <translation>이 문제를 한 번 더 풀기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this prediction; it is checked after the action</source>
        <translation>이 예측을 확정합니다. 실행한 뒤에 확인합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the engine whether this is right for the numbers of this step</source>
        <translation>이 스텝의 값으로 맞는지 엔진에 확인합니다</translation>
    </message>
</context>
<context>
    <name>RaceCounters</name>
    <message>
        <location filename="../../gui/views/race_counters.py" line="+23"/>
        <source>entries done</source>
        <translation>계산한 원소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time per entry</source>
        <translation>원소당 시간</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>one gradient</source>
        <translation>기울기 한 번</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>one epoch</source>
        <translation>에폭 하나</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>epoch range</source>
        <translation>에포크 범위</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ratio</source>
        <translation>비율</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the course</source>
        <translation>강의</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numerical differentiation — 2 forward passes per parameter</source>
        <translation>수치 미분 — 매개변수마다 순전파 2번</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backpropagation — 1 forward + 1 backward pass for all</source>
        <translation>역전파 — 전체에 순전파 1번 + 역전파 1번</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The course&apos;s setting: 784-30-10, sigmoid, squared error, batch 1, one epoch = 60,000 numerical gradients. Measured here for a moment when another network is raced.</source>
        <translation>강의의 설정: 784-30-10, sigmoid, 제곱 오차, 배치 1, 에폭 하나 = 수치 미분 기울기 60,000번. 다른 네트워크로 경주할 때는 여기서 잠깐 측정합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One epoch at the rate of the fastest and of the slowest tenth of the gradient, each timed end to end: how much the machine&apos;s other work moves the figure.</source>
        <translation>기울기의 가장 빠른 10분의 1과 가장 느린 10분의 1의 속도로 잰 한 에포크 (각각 처음부터 끝까지 잰 시간): 이 컴퓨터의 다른 작업이 이 수치를 얼마나 흔드는지 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>trained 784-100-10 for one epoch in {0}</source>
        <translation>784-100-10을 {0} 만에 한 에폭 학습</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course&apos;s setting (784-30-10, batch 1, 60,000 samples): the course measured {0} for one epoch of numerical differentiation. Start the race to measure it on this machine.</source>
        <translation>강의의 설정(784-30-10, 배치 1, 샘플 60,000개): 강의에서는 수치 미분으로 에폭 하나에 {0}이 걸렸습니다. 경주를 시작하면 이 컴퓨터에서 측정합니다.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0:,} of {1:,} parameters</source>
        <translation>매개변수 {1:,}개 중 {0:,}개</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (median of {1:,})</source>
        <translation>{0} ({1:,}개의 중앙값)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; = {1:,} × {2} (wall time per entry)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; = {1:,} × {2} (항목당 실제 경과 시간)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— (timed per tenth of the gradient)</source>
        <translation>— (기울기의 10분의 1마다 잽니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} – {1} (fastest and slowest tenth)</source>
        <translation>{0} – {1} (가장 빠른 10분의 1과 가장 느린 10분의 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; = {1:,.0f} gradients</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; = 기울기 {1:,.0f}번</translation>
    </message>
    <message>
        <location line="-13"/>
        <source> · course: {0}</source>
        <translation> · 강의: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;backprop is {0:,.0f}× faster&lt;/b&gt; per gradient</source>
        <translation>기울기 한 번에 &lt;b&gt;역전파가 {0:,.0f}배 빠름&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The course&apos;s setting (784-30-10, batch 1, 60,000 samples): one epoch of numerical differentiation would take &lt;b&gt;{0}&lt;/b&gt; on this machine — the course measured &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>강의의 설정(784-30-10, 배치 1, 샘플 60,000개): 이 컴퓨터에서 수치 미분으로 에폭 하나에 &lt;b&gt;{0}&lt;/b&gt;이 걸립니다 — 강의에서는 &lt;b&gt;{1}&lt;/b&gt;이었습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Fastest to slowest tenth: {0} – {1}.</source>
        <translation> 가장 빠른 10분의 1부터 가장 느린 10분의 1까지: {0} – {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; for all {1:,} (median pass)</source>
        <translation>전체 {1:,}개에 &lt;b&gt;{0}&lt;/b&gt; (중앙값)</translation>
    </message>
</context>
<context>
    <name>RaceRunner</name>
    <message>
        <location filename="../../gui/race_worker.py" line="+74"/>
        <source>the engine has not started yet</source>
        <translation>엔진이 아직 시작되지 않았습니다</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <location filename="../../gui/views/race.py" line="+29"/>
        <source>Why backprop? The numerical derivative ∂E/∂w ≈ (E(w + ε) − E(w − ε)) / 2ε needs two forward passes for every single parameter w; backpropagation gets all of them from one forward and one backward pass. Both run here on the same float64 network and samples. The numerical side is timed end to end and extrapolated: one gradient = its wall time per entry × number of parameters, one epoch = one gradient × 60,000 samples / batch size; the range beside it is the epoch at the rate of the fastest and of the slowest tenth of the gradient, each timed end to end. The course measured 20 h 22 min for one epoch of 784-30-10 at batch 1 (7 h 53 min for 784-8-10) and trained 784-100-10 with backprop in 28.9 s. Below: do the two methods agree? Each parameter array&apos;s relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) over the entries done so far (below 1e-6 passes), every entry as a point (on the diagonal when they agree), and the worst entries. The wall time includes every pause of the machine, as a real epoch would; the median entry beside it is the typical entry, and backprop&apos;s time is the median of passes timed in between. Pause training for clean timings: both share the CPU.</source>
        <translation>왜 오차역전파인가? 수치 미분 ∂E/∂w ≈ (E(w + ε) − E(w − ε)) / 2ε 은 매개변수 w 하나마다 순전파를 두 번 해야 합니다. 오차역전파는 순전파 한 번과 역전파 한 번으로 모든 기울기를 얻습니다. 여기서는 두 방법이 같은 float64 신경망과 같은 샘플로 실행됩니다. 수치 미분 쪽은 처음부터 끝까지 실제 시간을 재어 외삽합니다: 기울기 한 번 = 항목당 실제 경과 시간 × 매개변수 개수, 한 에포크 = 기울기 한 번 × 60,000 샘플 / 배치 크기. 옆의 범위는 기울기의 가장 빠른 10분의 1과 가장 느린 10분의 1의 속도로 잰 한 에포크입니다 (각각 처음부터 끝까지 잰 시간). 강의에서는 784-30-10, 배치 1로 한 에포크에 20시간 22분 (784-8-10은 7시간 53분)이 걸렸고, 오차역전파로 784-100-10을 28.9초에 학습했습니다. 아래: 두 방법이 같은 값을 내는가? 지금까지 계산한 항목에 대한 각 매개변수 배열의 상대 오차 ‖num − bp‖ / (‖num‖ + ‖bp‖) (1e-6 미만이면 통과), 항목 하나하나를 점으로 (일치하면 대각선 위에), 그리고 가장 크게 어긋난 항목들. 실제 경과 시간에는 실제 에포크처럼 컴퓨터가 멈춘 시간이 모두 들어갑니다. 옆의 중앙값 항목은 전형적인 항목 하나이고, 오차역전파의 시간은 중간중간 잰 패스들의 중앙값입니다. 깨끗한 시간을 재려면 학습을 일시정지하세요: 둘이 CPU를 나눠 씁니다.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The race failed: {0}</source>
        <translation>경주 실패: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+110"/>
        <source>Waiting for the engine…</source>
        <translation>엔진을 기다리는 중…</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>{0} ({1:,} parameters)</source>
        <translation>{0} (매개변수 {1:,}개)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The course&apos;s networks use its setup (sigmoid, squared error); &apos;current network&apos; races the app&apos;s network as it is now. 784-30-10 is the course&apos;s own setting.</source>
        <translation>강의의 네트워크들은 강의의 설정(sigmoid, 제곱 오차)을 씁니다. ‘현재 네트워크’는 앱의 네트워크를 지금 상태 그대로 경주시킵니다. 784-30-10이 강의 자체의 설정입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network</source>
        <translation>네트워크</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch </source>
        <translation>배치 </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per gradient. The course used batch 1: one epoch = 60,000 gradients.</source>
        <translation>기울기 한 번에 쓰는 샘플 수. 강의에서는 배치 1을 썼습니다: 에폭 하나 = 기울기 60,000번.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ Start race</source>
        <translation>▶ 경주 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time backprop, then the numerical derivative entry by entry, and extrapolate both to a whole epoch (training pauses meanwhile)</source>
        <translation>역전파의 시간을 잰 다음 수치 미분을 원소마다 재고, 둘 다 에폭 전체로 외삽합니다 (그동안 학습은 일시정지)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ Stop</source>
        <translation>■ 정지</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the race before its next entry; the figures so far are extrapolated from the entries done</source>
        <translation>다음 원소 전에 경주를 멈춥니다. 지금까지의 수치는 계산한 원소들로 외삽합니다</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <source>press Start</source>
        <translation>시작을 누르세요</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>current network (none yet)</source>
        <translation>현재 네트워크 (아직 없음)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current network: {0} ({1:,} parameters)</source>
        <translation>현재 네트워크: {0} (매개변수 {1:,}개)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Press Start: each numerical entry is compared with backprop&apos;s value for it.</source>
        <translation>시작을 누르세요: 수치 미분으로 구한 원소마다 역전파의 값과 비교합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Start: every entry computed
becomes a point (backprop, numerical).
Agreement puts it on the diagonal.</source>
        <translation>시작을 누르세요: 계산한 원소마다
점 하나(역전파, 수치 미분)가 찍힙니다.
일치하면 대각선 위에 놓입니다.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timing backprop on {0}, then the numerical derivative entry by entry…</source>
        <translation>{0}에서 역전파 시간을 재고, 이어서 수치 미분을 원소마다 재는 중…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stopped after {0:,} of {1:,} entries: the figures are extrapolated from those.</source>
        <translation>원소 {1:,}개 중 {0:,}개 후 정지: 수치는 이 원소들로 외삽한 것입니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete: all {0:,} entries of one numerical gradient computed.</source>
        <translation>완료: 수치 미분 기울기 한 번의 원소 {0:,}개를 모두 계산했습니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished the {0:,} entries asked for; the figures are extrapolated from those.</source>
        <translation>요청한 원소 {0:,}개를 마쳤습니다. 수치는 이 원소들로 외삽한 것입니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Racing {0} at batch {1}…</source>
        <translation>{0}, 배치 {1}로 경주 중…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0:,} / {1:,} numerical entries ({2:.1f} %)</source>
        <translation>수치 미분 원소 {0:,} / {1:,} ({2:.1f} %)</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../gui/texts.py" line="+57"/>
        <source>your drawing</source>
        <translation>직접 그린 숫자</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test digit #{0}</source>
        <translation>테스트 숫자 #{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{split} sample #{index}</source>
        <translation>{split} 샘플 #{index}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{split} image #{index}</source>
        <translation>{split} 이미지 #{index}</translation>
    </message>
</context>
<context>
    <name>Splits</name>
    <message>
        <location line="-69"/>
        <source>train</source>
        <translation>훈련</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>검증</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>playing</source>
        <translation>학습 중</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stepping</source>
        <translation>진행 중</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../gui/views/thumbnails.py" line="+103"/>
        <source>image #{0} · label {1}</source>
        <extracomment>thumbnails kept (about 1 MB per 1,000)</extracomment>
        <translation>이미지 #{0} · 레이블 {1}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../gui/views/timeline.py" line="-149"/>
        <source>Timeline</source>
        <extracomment>milliseconds between Rewind commands while the handle is dragged</extracomment>
        <translation>타임라인</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch from here…</source>
        <translation>여기서 분기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change live settings at this step and train a branch; Compare shows it beside its parent</source>
        <translation>이 스텝에서 실시간 설정을 바꾸고 분기를 학습합니다. 실행 비교에서 부모와 나란히 보여 줍니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export clip…</source>
        <translation>클립 내보내기…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render a view from one step to another as an animated GIF</source>
        <translation>한 보기를 한 스텝부터 다른 스텝까지 움직이는 GIF로 만듭니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to any step: every view shows the network at that step. [ and ] move one step, with Shift one epoch</source>
        <translation>원하는 스텝으로 끌면 모든 보기가 그 스텝의 신경망을 보여 줍니다. [ 와 ] 는 한 스텝, Shift와 함께면 한 에폭 이동합니다</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>step {0} of {1} (epoch {2:.2f})</source>
        <translation>스텝 {0} / {1} (에폭 {2:.2f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · branch at {0}</source>
        <translation> · 분기 지점 {0}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../gui/tour.py" line="+39"/>
        <source>One training step</source>
        <translation>학습 한 스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Step&lt;/b&gt; trains one minibatch: the forward pass computes z and a layer by layer, the backward pass sends the error δ back and gives every dW, and the update changes W. Press it (or N) and watch every panel change. P does one phase at a time; Space plays and pauses.</source>
        <translation>&lt;b&gt;스텝&lt;/b&gt;은 미니배치 하나를 학습합니다: 순전파가 층마다 z와 a를 계산하고, 역전파가 오차 δ를 거꾸로 보내 모든 dW를 구하고, 갱신이 W를 바꿉니다. 눌러 보세요(또는 N). 모든 패널이 바뀝니다. P는 한 번에 한 단계씩, Space는 재생과 일시정지입니다.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inside one layer</source>
        <translation>층 하나의 안쪽</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;Layers&lt;/b&gt; panel shows what one layer computed for the minibatch: histograms and heatmaps of z, a, δ and dW, and how their spread, dead units, ‖dW‖ and the update ratio change over time.</source>
        <translation>&lt;b&gt;층&lt;/b&gt; 패널은 층 하나가 미니배치에 대해 계산한 것을 보여 줍니다: z, a, δ, dW의 히스토그램과 히트맵, 그리고 값의 퍼짐, 죽은 유닛, ‖dW‖, 갱신 비율이 시간에 따라 어떻게 변하는지.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole network</source>
        <translation>네트워크 전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;Network&lt;/b&gt; panel draws the layers as columns of units, coloured by their activation a (forward) or error δ (backward) for the probe sample. Click a unit to see its numbers.</source>
        <translation>&lt;b&gt;네트워크&lt;/b&gt; 패널은 층을 유닛의 열로 그리고, 관찰 샘플에 대한 활성화 값 a(순전파)나 오차 δ(역전파)로 색을 칠합니다. 유닛을 클릭하면 값을 볼 수 있습니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The formulas with real numbers</source>
        <translation>실제 숫자로 보는 공식</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;Backprop inspector&lt;/b&gt; writes the lecture&apos;s equations out for one unit — z = Σ a_prev·w + b, δ = (Σ δ_next·w)·f′(z), dW = Σ a_prev·δ, W − lr·dW — with this step&apos;s own numbers.</source>
        <translation>&lt;b&gt;역전파 들여다보기&lt;/b&gt;는 강의의 식을 유닛 하나에 대해 이번 스텝의 숫자로 풀어 씁니다 — z = Σ a_prev·w + b, δ = (Σ δ_next·w)·f′(z), dW = Σ a_prev·δ, W − lr·dW.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own digit</source>
        <translation>직접 그린 숫자</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &lt;b&gt;drawing pad&lt;/b&gt; you draw a digit and see what the network answers, live. &lt;b&gt;Train on it&lt;/b&gt; takes one backprop step on your drawing and shows how the answer changed.</source>
        <translation>&lt;b&gt;그리기 패드&lt;/b&gt;에 숫자를 그리면 네트워크의 답을 바로 볼 수 있습니다. &lt;b&gt;이걸로 학습&lt;/b&gt;은 그림에 대해 역전파 한 스텝을 수행하고 답이 어떻게 바뀌었는지 보여 줍니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why backprop?</source>
        <translation>왜 역전파인가?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;race&lt;/b&gt; computes the same gradient numerically, two forward passes per weight, against backprop&apos;s one forward and one backward pass — on this machine, next to the course&apos;s 20 h 22 min for one epoch.</source>
        <translation>&lt;b&gt;경주&lt;/b&gt;는 같은 기울기를 가중치마다 순전파 두 번씩 하는 수치 미분으로 계산해, 순전파 한 번과 역전파 한 번이면 되는 역전파와 겨룹니다 — 이 컴퓨터에서, 에폭 하나에 20시간 22분이 걸린 강의의 결과와 나란히.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help is always here</source>
        <translation>도움말은 늘 여기에</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over any control for what it does and a sensible value; the ⓘ button of each panel explains what you are seeing. &lt;b&gt;Help → Tour&lt;/b&gt; shows this tour again, and &lt;b&gt;View → Language&lt;/b&gt; switches between English and 한국어.</source>
        <translation>컨트롤 위에 마우스를 올리면 하는 일과 적당한 값을 알려 줍니다. 패널마다 있는 ⓘ 버튼은 지금 보고 있는 것을 설명합니다. &lt;b&gt;도움말 → 둘러보기&lt;/b&gt;로 이 안내를 다시 볼 수 있고, &lt;b&gt;보기 → 언어&lt;/b&gt;에서 English와 한국어를 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Tour</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Skip tour</source>
        <translation>안내 건너뛰기</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close the tour (Esc); Help → Tour shows it again</source>
        <translation>안내를 닫습니다(Esc). 도움말 → 둘러보기로 다시 볼 수 있습니다</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Back</source>
        <translation>◀ 이전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step of the tour</source>
        <translation>안내의 이전 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>이전</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next ▶</source>
        <translation>다음 ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the tour</source>
        <translation>안내를 마칩니다</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next step of the tour</source>
        <translation>안내의 다음 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} / {1}</source>
        <translation>{0} / {1}</translation>
    </message>
</context>
<context>
    <name>TrainingActions</name>
    <message>
        <location filename="../../gui/actions.py" line="+27"/>
        <source>1 step/s</source>
        <extracomment>(label, steps per second or None for as fast as possible), in the speed box&apos;s order</extracomment>
        <translation>초당 1스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 steps/s</source>
        <translation>초당 5스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 steps/s</source>
        <translation>초당 20스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as fast as possible</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+157"/>
        <source>Play</source>
        <extracomment>action name → (text, status tip); the tooltip adds the shortcut</extracomment>
        <translation>재생</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Train continuously; press again to pause</source>
        <translation>계속 학습합니다. 다시 누르면 일시정지합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>스텝</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one minibatch: forward, backward, update</source>
        <translation>미니배치 하나를 학습합니다: 순전파, 역전파, 갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do one phase of the step: forward, then backward, then update</source>
        <translation>스텝의 한 단계만 진행합니다: 순전파, 그다음 역전파, 그다음 갱신</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>에폭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train until the end of the current epoch</source>
        <translation>현재 에폭이 끝날 때까지 학습합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the number of epochs in the box</source>
        <translation>상자에 적힌 에폭 수만큼 학습합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-initialise the network with the seed</source>
        <translation>시드로 네트워크를 다시 초기화합니다</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+117"/>
        <source> or </source>
        <translation> 또는 </translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> epochs</source>
        <translation> 에폭</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs to run</source>
        <translation>실행할 에폭 수</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training speed</source>
        <translation>학습 속도</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training phase</source>
        <translation>학습 단계</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many epochs the Run button trains (1–3 are enough to see most of the learning)</source>
        <translation>실행 버튼이 학습할 에폭 수 (1–3이면 학습의 대부분을 볼 수 있습니다)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow training down to watch each step (1–5 steps/s), or let it run at full speed</source>
        <translation>스텝 하나하나를 보려면 학습을 늦추고(초당 1–5스텝), 아니면 최고 속도로 돌리세요</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> speed </source>
        <translation> 속도 </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The three phases of a training step; the last completed one is highlighted</source>
        <translation>학습 스텝의 세 단계. 마지막으로 끝난 단계가 강조됩니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>학습</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart engine</source>
        <translation>엔진 다시 시작</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a fresh training engine now, with the last settings</source>
        <translation>마지막 설정으로 새 학습 엔진을 지금 시작합니다</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the training engine…</source>
        <translation>학습 엔진을 시작하는 중…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No training engine is running (next attempt in {0} s)</source>
        <translation>실행 중인 학습 엔진이 없습니다({0}초 뒤 다시 시도)</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../../gui/controller.py" line="+169"/>
        <source>the training engine stopped and was restarted; try again</source>
        <translation>학습 엔진이 멈춰서 다시 시작했습니다. 다시 시도하세요</translation>
    </message>
</context>
<context>
    <name>TrainingStatusBar</name>
    <message>
        <location filename="../../gui/statusbar.py" line="+49"/>
        <source>Completed epochs of the run&apos;s planned epochs, and minibatch steps in this epoch. After the last epoch, Play trains one more.</source>
        <translation>계획한 에폭 중 끝난 에폭 수와, 이번 에폭의 미니배치 스텝 수. 마지막 에폭이 끝난 뒤 재생을 누르면 한 에폭 더 학습합니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training throughput, measured over the last steps</source>
        <translation>최근 스텝들로 잰 학습 처리량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent training, and the estimated time to the end of the target epoch</source>
        <translation>학습에 쓴 시간, 그리고 목표 에폭이 끝날 때까지 남은 예상 시간</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current learning rate</source>
        <translation>현재 학습률</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker state: paused, playing or stepping</source>
        <translation>작업자 상태: 일시정지, 학습 중, 진행 중</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0} · step {1}</source>
        <translation>에폭 {0} · 스텝 {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>— samples/s</source>
        <translation>— 샘플/초</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>elapsed {0} · ETA {1}</source>
        <translation>경과 {0} · 남은 시간 {1}</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>lr {0}</source>
        <translation>학습률 {0}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source> · phase {0}</source>
        <translation> · {0} 단계</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch {0}/{1} · done (total {2} steps)</source>
        <translation>에폭 {0}/{1} · 완료 (모두 {2} 스텝)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch {0}/{1} · step {2}/{3} (total {4}){5}</source>
        <translation>에폭 {0}/{1} · 스텝 {2}/{3} (총 {4}){5}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,.0f} samples/s</source>
        <translation>{0:,.0f} 샘플/초</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../gui/texts.py" line="-17"/>
        <source>{0:.1f} days</source>
        <translation>{0:.1f}일</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h {1} min</source>
        <translation>{0}시간 {1}분</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} min {1} s</source>
        <translation>{0}분 {1}초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:.1f} s</source>
        <translation>{0:.1f}초</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:.1f} ms</source>
        <translation>{0:.1f}밀리초</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:.0f} µs</source>
        <translation>{0:.0f}마이크로초</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="+17"/>
        <source>ViewBox options</source>
        <translation>보기 옵션</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View All</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mouse Mode</source>
        <translation>마우스 모드</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3 button</source>
        <translation>3버튼</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 button</source>
        <translation>1버튼</translation>
    </message>
</context>
<context>
    <name>WeightEditView</name>
    <message>
        <location filename="../../gui/views/weight_edit.py" line="+37"/>
        <source>The gradient predicts what a change does: moving W[i, j] by Δw changes the loss E by about dW[i, j]·Δw. Pick a weight (or click a cell of the Weights heatmap), type a new value or drag the slider, and press Apply (training must be paused). The engine changes that one weight of the real network and reports the predicted and the actual ΔE on the last minibatch and on the probe sample: they agree for small edits and part where the loss curves. The bars show the probe&apos;s output a_L before (grey) and after (blue); the thumbnails are test digits whose answer the edit flipped. Undo restores the exact old weight.</source>
        <translation>기울기는 변화의 결과를 예측합니다: W[i, j]를 Δw만큼 움직이면 손실 E는 대략 dW[i, j]·Δw만큼 변합니다. 가중치를 고르고(또는 Weights 히트맵의 칸을 클릭), 새 값을 입력하거나 슬라이더를 끈 뒤 적용을 누르세요(훈련이 일시정지 상태여야 함). 엔진이 실제 네트워크의 그 가중치 하나를 바꾸고, 마지막 미니배치와 프로브 샘플에서 예측한 ΔE와 실제 ΔE를 보고합니다: 작은 편집에서는 일치하고 손실이 휘는 곳에서 갈라집니다. 막대는 편집 전(회색)과 후(파랑)의 프로브 출력 a_L이고, 썸네일은 편집으로 답이 바뀐 테스트 숫자입니다. 되돌리기는 정확히 예전 가중치를 복원합니다.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The new value of W[i, j]; press Apply (or Enter)</source>
        <translation>W[i, j]의 새 값; 적용(또는 Enter)을 누르세요</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move W[i, j] by up to ±2·max|W| of the layer; released, it is applied</source>
        <translation>끌어서 W[i, j]를 층의 ±2·max|W|까지 움직입니다; 놓으면 적용됩니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set W[i, j] to the new value in the real network (training must be paused)</source>
        <translation>실제 네트워크의 W[i, j]를 새 값으로 설정 (훈련이 일시정지 상태여야 함)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>되돌리기</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the exact weight before the last edit</source>
        <translation>마지막 편집 전의 가중치를 정확히 복원</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The probe&apos;s output a_L before (grey) and after (blue) the edit</source>
        <translation>편집 전(회색)과 후(파랑)의 프로브 출력 a_L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output unit (digit)</source>
        <translation>출력 유닛 (숫자)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test digits whose predicted class the edit changed (before → after)</source>
        <translation>편집으로 예측 클래스가 바뀐 테스트 숫자 (전 → 후)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a weight, type or drag a new value, then Apply. Pause training first.</source>
        <translation>가중치를 고르고 새 값을 입력하거나 끈 뒤 적용하세요. 먼저 훈련을 일시정지하세요.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>now W{0}[{1}, {2}] = {3:.6g}</source>
        <translation>현재 W{0}[{1}, {2}] = {3:.6g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;W{0}[{1}, {2}]: {3:.6g} → {4:.6g}&lt;/b&gt; (Δw = {5:+.4g})</source>
        <translation>&lt;b&gt;W{0}[{1}, {2}]: {3:.6g} → {4:.6g}&lt;/b&gt; (Δw = {5:+.4g})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last minibatch</source>
        <translation>마지막 미니배치</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probe sample</source>
        <translation>관찰 샘플</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ΔE on the {0}: predicted dW·Δw = {1:+.3e}, actual {2:+.3e}</source>
        <translation>{0}의 ΔE: 예측 dW·Δw = {1:+.3e}, 실제 {2:+.3e}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe&apos;s answer {0} → {1}; {2} of the {3} {4} digits changed their answer</source>
        <translation>프로브의 답 {0} → {1}; {4} 숫자 {3}개 중 {2}개의 답이 바뀌었습니다</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Undone: W{0}[{1}, {2}] = {3:.6g} again ({4} more edits to undo)</source>
        <translation>되돌림: W{0}[{1}, {2}] = {3:.6g} (되돌릴 편집 {4}개 남음)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not done: {0}</source>
        <translation>실행되지 않음: {0}</translation>
    </message>
</context>
<context>
    <name>WeightPicker</name>
    <message>
        <location filename="../../gui/views/weight_picker.py" line="+48"/>
        <source>layer l of the weight (1 = the first weight matrix, from the pixels)</source>
        <translation>가중치의 층 l (1 = 픽셀에서 오는 첫 번째 가중치 행렬)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: the input of the layer (a pixel for layer 1, else a unit of layer l−1)</source>
        <translation>행 i: 층의 입력 (층 1이면 픽셀, 아니면 층 l−1의 유닛)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column j: the unit of layer l the weight feeds</source>
        <translation>열 j: 가중치가 들어가는 층 l의 유닛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whole unit j</source>
        <translation>유닛 j 전체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of unit j&apos;s incoming weights: each sample&apos;s Σ_i |a_prev,i·delta_j|</source>
        <translation>유닛 j로 들어오는 모든 가중치: 샘플마다 Σ_i |a_prev,i·delta_j|</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../gui/views/weights.py" line="+32"/>
        <source>dW is available after the backward phase
(press Phase or Step)</source>
        <translation>dW는 역전파 단계 후에 볼 수 있습니다
(단계나 스텝을 누르세요)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ΔW is available after the update phase
(press Phase or Step)</source>
        <translation>ΔW는 갱신 단계 후에 볼 수 있습니다
(단계나 스텝을 누르세요)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights themselves</source>
        <translation>가중치 자체</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gradient ∂E/∂W of this minibatch</source>
        <translation>이 미니배치의 기울기 ∂E/∂W</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change the optimizer applied this step</source>
        <translation>이번 스텝에 옵티마이저가 적용한 변화량</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weight W[i, j] connects input i (a pixel for layer 1, else a unit of layer l−1) to unit j of layer l: z_j = Σ_i a_prev,i·W[i, j] + b_j. Blue is negative, red positive, white zero; the colour bar is symmetric (±max|value|). Toggle dW to see the gradient ∂E/∂W = a_prevᵀ·δ summed over the minibatch, or ΔW to see what the optimizer changed this step (W_new = W − lr·dW for plain SGD; momentum/Adam reshape it). &apos;Layer-1 units&apos; shows each first-layer unit&apos;s 784 weights as a 28×28 image: after some training they look like stroke detectors. Hover to read an exact value.</source>
        <translation>가중치 W[i, j]는 입력 i(1층이면 픽셀, 아니면 l−1층의 유닛)를 l층의 유닛 j에 잇습니다: z_j = Σ_i a_prev,i·W[i, j] + b_j. 파랑은 음수, 빨강은 양수, 흰색은 0이며 색 막대는 대칭입니다(±max|값|). dW를 고르면 미니배치에 대해 더한 기울기 ∂E/∂W = a_prevᵀ·δ를, ΔW를 고르면 이번 스텝에 옵티마이저가 바꾼 양을 봅니다(기본 SGD에서는 W_new = W − lr·dW, 모멘텀/Adam은 이를 변형합니다). ‘1층 유닛’은 첫 층 유닛마다 가중치 784개를 28×28 이미지로 보여 줍니다: 학습이 좀 진행되면 획을 찾는 검출기처럼 보입니다. 마우스를 올리면 정확한 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>layer</source>
        <translation>층</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which layer&apos;s weight matrix to show</source>
        <translation>가중치 행렬을 볼 층</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matrix</source>
        <translation>행렬</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer-1 units as 28×28 images</source>
        <translation>1층 유닛을 28×28 이미지로</translation>
    </message>
    <message>
        <location filename="../../gui/views/weight_tiles.py" line="+60"/>
        <source>value / max|value| of the tile</source>
        <translation>값 / 타일의 max|값|</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer-1 units</source>
        <translation>1층 유닛</translation>
    </message>
    <message>
        <location filename="../../gui/views/weights.py" line="+3"/>
        <source>Hover over the heatmap to read one weight exactly (always the full-resolution value).</source>
        <translation>히트맵 위에 마우스를 올리면 가중치 하나의 정확한 값을 읽을 수 있습니다 (항상 원래 해상도의 값).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>input pixel {0} (row {1}, col {2})</source>
        <translation>입력 픽셀 {0} ({1}행 {2}열)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit {0} of layer {1}</source>
        <translation>{1}층의 유닛 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {l} · {name}[{row}, {col}] = {value!s}   (from {source} to unit {col} of layer {l})</source>
        <translation>{l}층 · {name}[{row}, {col}] = {value!s}   ({source}에서 {l}층의 유닛 {col}로)</translation>
    </message>
    <message>
        <location filename="../../gui/views/weight_tiles.py" line="+43"/>
        <source>layer 1 · unit {unit}, pixel (row {y}, col {x}): {name}[{i}, {unit}] = {value!s}</source>
        <translation>1층 · 유닛 {unit}, 픽셀 ({y}행 {x}열): {name}[{i}, {unit}] = {value!s}</translation>
    </message>
    <message>
        <location filename="../../gui/views/weights.py" line="+8"/>
        <source>column j: unit of layer l</source>
        <translation>열 j: l층의 유닛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: input of layer l</source>
        <translation>행 i: l층의 입력</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of layer {1}</source>
        <translation>{1}층의 {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the network…</source>
        <translation>네트워크를 기다리는 중…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>W after step {0}</source>
        <translation>스텝 {0} 이후의 W</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>W before step {0}</source>
        <translation>스텝 {0} 이전의 W</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no weights in this snapshot</source>
        <translation>이 스냅샷에는 가중치가 없음</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gradient dW of step {0} ({1} phase done)</source>
        <translation>스텝 {0}의 기울기 dW ({1} 단계 완료)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change ΔW in step {0} ({1} phase done)</source>
        <translation>스텝 {0}의 변화량 ΔW ({1} 단계 완료)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the first step</source>
        <translation>첫 스텝 이전</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {0}: {1} phase done</source>
        <translation>스텝 {0}: {1} 단계 완료</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>column j: unit of layer {0}</source>
        <translation>열 j: {0}층의 유닛</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: input pixel</source>
        <translation>행 i: 입력 픽셀</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: unit of layer {0}</source>
        <translation>행 i: {0}층의 유닛</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>{0} of layer {1}: {2} × {3}</source>
        <translation>{1}층의 {0}: {2} × {3}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>no weights yet</source>
        <translation>아직 가중치 없음</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>  (display {0}×{1}-downsampled)</source>
        <translation>  (화면에는 {0}×{1}로 축소)</translation>
    </message>
    <message>
        <location filename="../../gui/views/weight_tiles.py" line="-35"/>
        <source>layer 1 has {0} inputs: not a square image</source>
        <translation>1층의 입력이 {0}개: 정사각형 이미지가 아님</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} into each of the {1} layer-1 units ({2}×{2} tiles, ½ resolution)</source>
        <translation>1층 유닛 {1}개 각각으로 들어가는 {0} ({2}×{2} 타일, ½ 해상도)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} into each of the {1} layer-1 units ({2}×{2} tiles)</source>
        <translation>1층 유닛 {1}개 각각으로 들어가는 {0} ({2}×{2} 타일)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../gui/lessons/welcome.py" line="+62"/>
        <source>Welcome to backprop-viz</source>
        <translation>backprop-viz에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How would you like to start?</source>
        <translation>어떻게 시작할까요?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Lessons&lt;/b&gt; walk through the lecture&apos;s path — MNIST, the forward pass, the error, delta, dW and the update — on this real network: you predict a number first, then the network&apos;s own numbers check you.&lt;br&gt;&lt;br&gt;&lt;b&gt;The lab&lt;/b&gt; is the whole app at once: every panel, every setting, with a short tour.</source>
        <translation>&lt;b&gt;레슨&lt;/b&gt;은 강의의 순서를 따라갑니다 — MNIST, 순전파, 오차, delta, dW와 업데이트 — 실제 신경망에서 먼저 값을 예측하고, 신경망의 실제 값으로 확인합니다.&lt;br&gt;&lt;br&gt;&lt;b&gt;실험실&lt;/b&gt;은 앱 전체입니다: 모든 패널과 모든 설정을 짧은 둘러보기와 함께 사용합니다.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the lessons</source>
        <translation>레슨 시작하기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the lessons ({0} of {1} done)</source>
        <translation>레슨 계속하기 ({1}개 중 {0}개 완료)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the lab</source>
        <translation>실험실 열기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided lessons; the Lessons menu has them at any time</source>
        <translation>안내형 레슨; 레슨 메뉴에서 언제든 열 수 있습니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every panel at once, with a short tour (Help → Tour)</source>
        <translation>모든 패널을 한 번에, 짧은 둘러보기와 함께 (도움말 → 둘러보기)</translation>
    </message>
</context>
<context>
    <name>WhoPushedView</name>
    <message>
        <location filename="../../gui/views/who_pushed.py" line="+26"/>
        <source>The gradient of one weight is a sum over the minibatch: dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]. Each sample n votes with its own term. The update W −= lr·dW moves the weight against the sum, so samples with a negative term push the weight up and samples with a positive term push it down. The thumbnails are the last minibatch&apos;s samples sorted by how hard they push (largest first, the term under each); the line above checks that the terms add up to the step&apos;s dW. With &apos;whole unit j&apos; each sample&apos;s Σ_i |a_prev[n, i]·delta[n, j]| over all of the unit&apos;s incoming weights is shown instead (how much that sample moved the unit at all).</source>
        <translation>가중치 하나의 기울기는 미니배치에 대한 합입니다: dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]. 샘플 n마다 자기 항으로 투표합니다. 업데이트 W −= lr·dW는 가중치를 합의 반대로 움직이므로, 항이 음수인 샘플은 가중치를 올리고 양수인 샘플은 내립니다. 썸네일은 마지막 미니배치의 샘플을 미는 세기 순으로 정렬한 것이고(큰 것부터, 아래에 항 값), 위 줄은 항들의 합이 이 스텝의 dW와 같음을 확인합니다. &apos;유닛 j 전체&apos;를 고르면 유닛으로 들어오는 모든 가중치에 대한 샘플별 Σ_i |a_prev[n, i]·delta[n, j]|를 대신 보여 줍니다(그 샘플이 유닛을 얼마나 움직였는지).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Samples whose term is negative: the update raises the weight because of them</source>
        <translation>항이 음수인 샘플: 이들 때문에 업데이트가 가중치를 올립니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples whose term is positive: the update lowers the weight because of them</source>
        <translation>항이 양수인 샘플: 이들 때문에 업데이트가 가중치를 내립니다</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Take a training step: the last minibatch&apos;s samples appear here, sorted by how they pushed the chosen weight.</source>
        <translation>훈련 스텝을 밟으세요: 마지막 미니배치의 샘플이 고른 가중치를 민 방향대로 정렬되어 여기 나타납니다.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushes the weight up</source>
        <translation>가중치를 올림</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushes it down</source>
        <translation>가중치를 내림</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {0}, unit {1} of layer {2}: each sample&apos;s Σ_i |a_prev,i·delta_j| (total {3:.4g}).</source>
        <translation>스텝 {0}, 층 {2}의 유닛 {1}: 샘플별 Σ_i |a_prev,i·delta_j| (합계 {3:.4g}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a whole unit has no direction: every sample below, largest first)</source>
        <translation>(유닛 전체에는 방향이 없습니다: 아래에 모든 샘플을 큰 것부터)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved unit {0} the most</source>
        <translation>유닛 {0}을(를) 가장 많이 움직인 샘플</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {0}, W{1}[{2}, {3}]: Σ of the {4} samples&apos; terms = {5:.6g} = dW[{2}, {3}] = {6:.6g}</source>
        <translation>스텝 {0}, W{1}[{2}, {3}]: 샘플 {4}개의 항의 합 = {5:.6g} = dW[{2}, {3}] = {6:.6g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushes the weight up ({0} samples, negative terms)</source>
        <translation>가중치를 올림 (샘플 {0}개, 음수 항)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushes it down ({0} samples, positive terms)</source>
        <translation>가중치를 내림 (샘플 {0}개, 양수 항)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gui/menus.py" line="+67"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Close the window (the layout is remembered)</source>
        <translation>창을 닫습니다 (배치는 기억됩니다)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>학습(&amp;T)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset layout</source>
        <translation>배치 초기화</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every panel back where it was at the first start</source>
        <translation>모든 패널을 처음 시작할 때의 자리로 되돌립니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text and thicker lines in every view, for a projector</source>
        <translation>모든 화면의 글자를 키우고 선을 굵게 합니다 (프로젝터용)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the interface; it changes at once</source>
        <translation>화면에 쓰는 언어. 바로 바뀝니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour</source>
        <translation>둘러보기</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guided tour of the window</source>
        <translation>창을 짧게 안내합니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>About backprop-viz</source>
        <translation>backprop-viz 정보</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem</source>
        <translation>문제 보고</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions, platform and fonts a bug report needs to the clipboard</source>
        <translation>버그 보고에 필요한 버전, 플랫폼, 글꼴 정보를 클립보드에 복사합니다</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the last stroke on the drawing pad</source>
        <translation>그리기 패드의 마지막 획 취소</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab 키</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the controls; Enter presses the focused button</source>
        <translation>컨트롤 사이를 이동합니다. Enter는 선택된 버튼을 누릅니다</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation>안내를 닫습니다</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The training keys work everywhere in the window, also while the tour is open — except while you type in a text field.</source>
        <translation>학습 단축키는 창 어디에서나, 안내가 열려 있을 때도 동작합니다. 단, 텍스트 입력란에 입력하는 중에는 동작하지 않습니다.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details for a bug report are on the clipboard: paste them into your report</source>
        <translation>버그 보고용 정보를 클립보드에 복사했습니다: 보고서에 붙여넣으세요</translation>
    </message>
</context>
</TS>
