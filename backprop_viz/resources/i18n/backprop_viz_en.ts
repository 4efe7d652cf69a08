<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>About</name>
    <message>
        <location filename="../../gui/about.py" line="+49"/>
        <source>Watch backpropagation happen while a multilayer perceptron learns MNIST.</source>
        <translation>Watch backpropagation happen while a multilayer perceptron learns MNIST.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Licence: MIT. Copyright © 2026 the backprop-viz developers.</source>
        <translation>Licence: MIT. Copyright © 2026 the backprop-viz developers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, CC BY-SA 3.0 (bundled unchanged; see ATTRIBUTION.md).</source>
        <translation>MNIST by Yann LeCun, Corinna Cortes and Christopher J. C. Burges, CC BY-SA 3.0 (bundled unchanged; see ATTRIBUTION.md).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Built on: {0}</source>
        <translation>Built on: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About backprop-viz</source>
        <translation>About backprop-viz</translation>
    </message>
</context>
<context>
    <name>AgreementPanel</name>
    <message>
        <location filename="../../gui/views/agreement.py" line="+37"/>
        <source>array  (shape)</source>
        <translation>array  (shape)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entries checked</source>
        <translation>entries checked</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relative error</source>
        <translation>relative error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>verdict</source>
        <translation>verdict</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>entry</source>
        <translation>entry</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>numerical</source>
        <translation>numerical</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backprop</source>
        <translation>backprop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>rel. error</source>
        <translation>rel. error</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>Relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) of each parameter array&apos;s checked entries; an array passes below {0}.</source>
        <translation>Relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) of each parameter array&apos;s checked entries; an array passes below {0}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The entries whose numerical and backprop values differ most, relative to their size. “+n alike”: n more entries have exactly the same two values (e.g. the weights from blank pixels into one unit all get the same gradient).</source>
        <translation>The entries whose numerical and backprop values differ most, relative to their size. “+n alike”: n more entries have exactly the same two values (e.g. the weights from blank pixels into one unit all get the same gradient).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>numerical vs backprop, one point per entry</source>
        <translation>numerical vs backprop, one point per entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backprop ∂E/∂w</source>
        <translation>backprop ∂E/∂w</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>numerical ∂E/∂w (central difference)</source>
        <translation>numerical ∂E/∂w (central difference)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>y = x (perfect agreement)</source>
        <translation>y = x (perfect agreement)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+21"/>
        <source>layer {0}</source>
        <translation>layer {0}</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Largest disagreements (each entry&apos;s own relative error):</source>
        <translation>Largest disagreements (each entry&apos;s own relative error):</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+20"/>
        <location line="+4"/>
        <location line="+2"/>
        <source>No entries yet.</source>
        <translation>No entries yet.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>all checked arrays pass</source>
        <translation>all checked arrays pass</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n array(s) FAIL</source>
        <translation>
            <numerusform>%n array FAILS</numerusform>
            <numerusform>%n arrays FAIL</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:,} entries checked · largest relative error {1:.1e} (pass below {2}): {3}</source>
        <translation>{0:,} entries checked · largest relative error {1:.1e} (pass below {2}): {3}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · scatter shows {0:,} of them</source>
        <translation> · scatter shows {0:,} of them</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> (+{0:,} alike)</source>
        <translation> (+{0:,} alike)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>pass ✔</source>
        <translation>pass ✔</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>FAIL ✘</source>
        <translation>FAIL ✘</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0}: parameter array of layer {1}, shape {2}</source>
        <translation>{0}: parameter array of layer {1}, shape {2}</translation>
    </message>
</context>
<context>
    <name>AnswerInput</name>
    <message>
        <location filename="../../gui/lessons/answer_inputs.py" line="+89"/>
        <location line="+72"/>
        <source>Your answer: {0}</source>
        <translation>Your answer: {0}</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>− negative</source>
        <translation>− negative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0 zero</source>
        <translation>0 zero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+ positive</source>
        <translation>+ positive</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>↓ down</source>
        <translation>↓ down</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>≈ about the same</source>
        <translation>≈ about the same</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>↑ up</source>
        <translation>↑ up</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>by about (within {0}):</source>
        <translation>by about (within {0}):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change, e.g. -0.02</source>
        <translation>change, e.g. -0.02</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your estimate of the change; {0} counts as right</source>
        <translation>Your estimate of the change; {0} counts as right</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>your number</source>
        <translation>your number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A number such as 0.25 (a comma works too); within {0} of the network&apos;s value counts as right</source>
        <translation>A number such as 0.25 (a comma works too); within {0} of the network&apos;s value counts as right</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exact</source>
        <translation>exact</translation>
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
        <translation>class</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network&apos;s output a_L for the input, one bar per class: blue the prediction, green the true label, grey the answer before the last training step</source>
        <translation>The network&apos;s output a_L for the input, one bar per class: blue the prediction, green the true label, grey the answer before the last training step</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+16"/>
        <source>the network&apos;s answer</source>
        <translation>the network&apos;s answer</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>probability (softmax a_L)</source>
        <translation>probability (softmax a_L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output a_L ({0})</source>
        <translation>output a_L ({0})</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>prediction: {0}   (probability {1:.2f})</source>
        <translation>prediction: {0}   (probability {1:.2f})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>prediction: {0}   (a_L {1:.2f})</source>
        <translation>prediction: {0}   (a_L {1:.2f})</translation>
    </message>
</context>
<context>
    <name>BranchDialog</name>
    <message>
        <location filename="../../gui/views/timeline.py" line="+221"/>
        <source>Branch from here</source>
        <translation>Branch from here</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>learning rate (lr)</source>
        <translation>learning rate (lr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight decay</source>
        <translation>weight decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>batch size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Branch and train</source>
        <translation>Branch and train</translation>
    </message>
</context>
<context>
    <name>BrowserView</name>
    <message>
        <location filename="../../gui/views/browser.py" line="+29"/>
        <source>The data the network learns from. Each MNIST image is 28×28 = 784 grey values (0 = background, 255 = ink) and a label 0–9; the course stores one image per CSV row of 785 numbers: the label, then the 784 pixels row by row. The network&apos;s input x is that row without the label, scaled (e.g. x/255); its target t is the one-hot vector of the label. Filter by label or split, jump to an index, select an image to see its numbers, and press Inspect to follow it through the network.</source>
        <translation>The data the network learns from. Each MNIST image is 28×28 = 784 grey values (0 = background, 255 = ink) and a label 0–9; the course stores one image per CSV row of 785 numbers: the label, then the 784 pixels row by row. The network&apos;s input x is that row without the label, scaled (e.g. x/255); its target t is the one-hot vector of the label. Filter by label or split, jump to an index, select an image to see its numbers, and press Inspect to follow it through the network.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Which part of the dataset to browse</source>
        <translation>Which part of the dataset to browse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show only the images with this label</source>
        <translation>Show only the images with this label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of an image in the split (0 is the first)</source>
        <translation>Index of an image in the split (0 is the first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go</source>
        <translation>Go</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select the image with the index in the box</source>
        <translation>Select the image with the index in the box</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser_subset.py" line="+47"/>
        <source>Show all</source>
        <translation>Show all</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave this selection and show the whole split again</source>
        <translation>Leave this selection and show the whole split again</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser.py" line="+2"/>
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label</source>
        <translation>label</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>go to #</source>
        <translation>go to #</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+21"/>
        <source>all</source>
        <translation>all</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>{0} ({1:,})</source>
        <translation>{0} ({1:,})</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>showing {0:,} of {1:,} {2} images</source>
        <translation>showing {0:,} of {1:,} {2} images</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser_subset.py" line="+5"/>
        <source>{0}: {1:,} {2} images.</source>
        <translation>{0}: {1:,} {2} images.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A chosen set</source>
        <translation>A chosen set</translation>
    </message>
    <message>
        <location filename="../../gui/views/browser.py" line="+50"/>
        <source>&lt;b&gt;{0} image #{1}&lt;/b&gt;&lt;br&gt;label &lt;b&gt;{2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{0} image #{1}&lt;/b&gt;&lt;br&gt;label &lt;b&gt;{2}&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>ClipDialog</name>
    <message>
        <location filename="../../gui/views/timeline_clip.py" line="+94"/>
        <location line="+26"/>
        <source>Export a clip</source>
        <extracomment>docks whose view can be exported, in the dialog&apos;s order</extracomment>
        <translation>Export a clip</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>view</source>
        <translation>view</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>from step</source>
        <translation>from step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to step</source>
        <translation>to step</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>every … steps</source>
        <translation>every … steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>frames per second</source>
        <translation>frames per second</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Animated GIF (*.gif)</source>
        <translation>Animated GIF (*.gif)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rendering the clip…</source>
        <translation>Rendering the clip…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>Common</name>
    <message>
        <location filename="../../gui/views/common.py" line="+239"/>
        <source>layer {0} · hidden · {1}→{2} · {3}</source>
        <translation>layer {0} · hidden · {1}→{2} · {3}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {0} · output · {1}→{2} · {3}</source>
        <translation>layer {0} · output · {1}→{2} · {3}</translation>
    </message>
</context>
<context>
    <name>CompareView</name>
    <message>
        <location filename="../../gui/views/compare.py" line="+27"/>
        <source>Each kept run is one line: its smoothed training loss (top) and its accuracy on the evaluation set at each epoch&apos;s end (bottom), against epochs, with the current run in black. Compare how each idea of the course — dropout, ReLU, batch norm, He initialisation, Adam — changes how fast and how far the network learns.</source>
        <translation>Each kept run is one line: its smoothed training loss (top) and its accuracy on the evaluation set at each epoch&apos;s end (bottom), against epochs, with the current run in black. Compare how each idea of the course — dropout, ReLU, batch norm, He initialisation, Adam — changes how fast and how far the network learns.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>No runs kept yet.

“Keep this run…” stores the current run&apos;s curves here under a name; “Run the six course presets” trains the course&apos;s six networks one after another and keeps each. Ticked runs are drawn beside the current one.</source>
        <translation>No runs kept yet.

“Keep this run…” stores the current run&apos;s curves here under a name; “Run the six course presets” trains the course&apos;s six networks one after another and keeps each. Ticked runs are drawn beside the current one.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep this run…</source>
        <translation>Keep this run…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Store the current run&apos;s curves under a name to compare later</source>
        <translation>Store the current run&apos;s curves under a name to compare later</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete the selected run</source>
        <translation>Delete the selected run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove the highlighted run from the kept runs (on disk too)</source>
        <translation>Remove the highlighted run from the kept runs (on disk too)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run the six course presets</source>
        <translation>Run the six course presets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train mlp → … → mlp-dropout-relu-bn-he-adam one after another (10 epochs each, at full speed) and keep each run; asks first</source>
        <translation>Train mlp → … → mlp-dropout-relu-bn-he-adam one after another (10 epochs each, at full speed) and keep each run; asks first</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the course presets now (the runs kept so far stay)</source>
        <translation>End the course presets now (the runs kept so far stay)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the course presets</source>
        <translation>Stop the course presets</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kept runs: tick the ones to draw over the current run</source>
        <translation>Kept runs: tick the ones to draw over the current run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each kept run&apos;s final accuracy beside the course&apos;s number</source>
        <translation>Each kept run&apos;s final accuracy beside the course&apos;s number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>accuracy</source>
        <translation>accuracy</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>course</source>
        <translation>course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training loss (smoothed)</source>
        <translation>Training loss (smoothed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss E</source>
        <translation>loss E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation accuracy</source>
        <translation>Evaluation accuracy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (%)</source>
        <translation>accuracy (%)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current run</source>
        <translation>current run</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>preset {0} of {1}: {2}</source>
        <translation>preset {0} of {1}: {2}</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>parent line {0}</source>
        <translation>parent line {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>branch</source>
        <translation>branch</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Keep this run</source>
        <translation>Keep this run</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
</context>
<context>
    <name>ConfusionPlot</name>
    <message>
        <location filename="../../gui/views/confusion.py" line="+86"/>
        <source>true label</source>
        <translation>true label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predicted label</source>
        <translation>predicted label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>confusion matrix — click a cell</source>
        <translation>confusion matrix — click a cell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Row = true label, column = the network&apos;s answer; click a cell to see its images in the dataset browser</source>
        <translation>Row = true label, column = the network&apos;s answer; click a cell to see its images in the dataset browser</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+10"/>
        <source>appears after the first evaluation</source>
        <translation>appears after the first evaluation</translation>
    </message>
</context>
<context>
    <name>CourseSequence</name>
    <message>
        <location filename="../../gui/sequence.py" line="+68"/>
        <source>This trains the course&apos;s {0} notebook presets one after another — {1} — for {2} epochs each, at full speed (the speed box is set to “{3}”). Each finished run is kept in this comparison under the preset&apos;s name, with the course&apos;s accuracy beside it. Training a preset replaces the current network.</source>
        <translation>This trains the course&apos;s {0} notebook presets one after another — {1} — for {2} epochs each, at full speed (the speed box is set to “{3}”). Each finished run is kept in this comparison under the preset&apos;s name, with the course&apos;s accuracy beside it. Training a preset replaces the current network.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The current run (step {0}) is not kept unless you keep it first.</source>
        <translation>The current run (step {0}) is not kept unless you keep it first.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A line under the button shows which preset is running (“preset k of {0}”); Stop ends the sequence at any time, and the runs finished so far stay kept. Start now?</source>
        <translation>A line under the button shows which preset is running (“preset k of {0}”); Stop ends the sequence at any time, and the runs finished so far stay kept. Start now?</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Run the {0} course presets?</source>
        <translation>Run the {0} course presets?</translation>
    </message>
</context>
<context>
    <name>CurvesView</name>
    <message>
        <location filename="../../gui/views/curves.py" line="+28"/>
        <source>How training is going. Top: the loss E of every minibatch (grey) — the mean over its N samples, e.g. E = −(1/N)·Σ t·log a for softmax + cross-entropy — and its moving average (blue, the smoothing slider sets how strongly it averages: s = α·s + (1 − α)·E). Minibatch losses are noisy; the trend is what counts. Red dots: the loss on the whole test (or validation) set at each epoch&apos;s end. Bottom: the share of that set classified correctly. Orange triangles: the same on a fixed subset of 1,000 samples every K steps. Hover to read values; right-click → Export saves PNG, SVG or CSV.</source>
        <translation>How training is going. Top: the loss E of every minibatch (grey) — the mean over its N samples, e.g. E = −(1/N)·Σ t·log a for softmax + cross-entropy — and its moving average (blue, the smoothing slider sets how strongly it averages: s = α·s + (1 − α)·E). Minibatch losses are noisy; the trend is what counts. Red dots: the loss on the whole test (or validation) set at each epoch&apos;s end. Bottom: the share of that set classified correctly. Orange triangles: the same on a fixed subset of 1,000 samples every K steps. Hover to read values; right-click → Export saves PNG, SVG or CSV.</translation>
    </message>
    <message>
        <location line="+99"/>
        <source>Loss per minibatch</source>
        <translation>Loss per minibatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss E</source>
        <translation>loss E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>step (minibatch)</source>
        <translation>step (minibatch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accuracy (%)</source>
        <translation>accuracy (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minibatch loss</source>
        <translation>minibatch loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>smoothed (EMA)</source>
        <translation>smoothed (EMA)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>at epoch ends</source>
        <translation>at epoch ends</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>subset loss</source>
        <translation>subset loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>subset accuracy</source>
        <translation>subset accuracy</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>How strongly the blue curve averages recent minibatches (0 = no smoothing, 0.99 = very smooth). Noisy minibatch losses are normal.</source>
        <translation>How strongly the blue curve averages recent minibatches (0 = no smoothing, 0.99 = very smooth). Noisy minibatch losses are normal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>smoothing</source>
        <translation>smoothing</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log scale</source>
        <translation>log scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the loss on a logarithmic axis: late, small improvements become visible.</source>
        <translation>Show the loss on a logarithmic axis: late, small improvements become visible.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  evaluate</source>
        <translation>  evaluate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>epoch ends only</source>
        <translation>epoch ends only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every </source>
        <translation>every </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> steps</source>
        <translation> steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also evaluate on a fixed subset of 1,000 evaluation samples every K steps (orange triangles). 0 = only at the end of each epoch; 200–500 shows the test accuracy rising within the first epoch.</source>
        <translation>Also evaluate on a fixed subset of 1,000 evaluation samples every K steps (orange triangles). 0 = only at the end of each epoch; 200–500 shows the test accuracy rising within the first epoch.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+55"/>
        <source>Hover over a plot to read its values.</source>
        <translation>Hover over a plot to read its values.</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>{0} loss</source>
        <translation>{0} loss</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accuracy on the {0} set</source>
        <translation>Accuracy on the {0} set</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>step {0}: loss {1:.4f}, smoothed {2:.4f}</source>
        <translation>step {0}: loss {1:.4f}, smoothed {2:.4f}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>evaluation at step {0}: loss {1:.4f}, accuracy {2:.2f} %</source>
        <translation>evaluation at step {0}: loss {1:.4f}, accuracy {2:.2f} %</translation>
    </message>
</context>
<context>
    <name>DatasetBox</name>
    <message>
        <location filename="../../gui/hyperparam_datasets.py" line="+41"/>
        <source>MNIST (bundled)</source>
        <translation>MNIST (bundled)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a dataset file…</source>
        <translation>Import a dataset file…</translation>
    </message>
</context>
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../../gui/views/drawing_canvas.py" line="+51"/>
        <source>Draw a digit here with the mouse or a pen — large and centred works best</source>
        <translation>Draw a digit here with the mouse or a pen — large and centred works best</translation>
    </message>
    <message>
        <location line="+148"/>
        <source>draw a digit here</source>
        <translation>draw a digit here</translation>
    </message>
    <message>
        <location line="+29"/>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brush width on the 280×280 canvas (the preprocessing evens out the stroke weight); 20–30 px draws like a thick pen</source>
        <translation>Brush width on the 280×280 canvas (the preprocessing evens out the stroke weight); 20–30 px draws like a thick pen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paint paper instead of ink</source>
        <translation>Paint paper instead of ink</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo the last stroke, clear or load (Ctrl+Z)</source>
        <translation>Undo the last stroke, clear or load (Ctrl+Z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blank the pad</source>
        <translation>Blank the pad</translation>
    </message>
</context>
<context>
    <name>DrawingPadView</name>
    <message>
        <location filename="../../gui/views/drawing_pad.py" line="+38"/>
        <source>Draw a digit and watch the network read it. Your drawing is prepared the way MNIST&apos;s digits were: its bounding box is scaled to fit 20×20 pixels (keeping its shape), smoothed, and placed in a 28×28 field so its centre of mass is in the middle; very thin or thick strokes are adjusted to MNIST&apos;s stroke width. That 28×28 image (middle) is the input x. The bars are the network&apos;s output a_L for it, computed from a copy of the current weights. &apos;Train on it&apos; takes one backpropagation step on your drawing with the label you give: grey bars show the answer before the step, coloured bars after it. The map below the input is the gradient backpropagated to the pixels, ∂E/∂x = W₁·δ₁: blue where more ink would lower the loss. The weights&apos; own gradient dW₁ = x·δ₁ is non-zero only for inked pixels: only their weights change.</source>
        <translation>Draw a digit and watch the network read it. Your drawing is prepared the way MNIST&apos;s digits were: its bounding box is scaled to fit 20×20 pixels (keeping its shape), smoothed, and placed in a 28×28 field so its centre of mass is in the middle; very thin or thick strokes are adjusted to MNIST&apos;s stroke width. That 28×28 image (middle) is the input x. The bars are the network&apos;s output a_L for it, computed from a copy of the current weights. &apos;Train on it&apos; takes one backpropagation step on your drawing with the label you give: grey bars show the answer before the step, coloured bars after it. The map below the input is the gradient backpropagated to the pixels, ∂E/∂x = W₁·δ₁: blue where more ink would lower the loss. The weights&apos; own gradient dW₁ = x·δ₁ is non-zero only for inked pixels: only their weights change.</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>brush</source>
        <translation>brush</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true label</source>
        <translation>true label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load a test digit</source>
        <translation>Load a test digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put a real MNIST test image on the pad: what the network was trained on</source>
        <translation>Put a real MNIST test image on the pad: what the network was trained on</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The digit you meant: the target for &apos;Train on it&apos; (? = not said)</source>
        <translation>The digit you meant: the target for &apos;Train on it&apos; (? = not said)</translation>
    </message>
    <message>
        <location filename="../../gui/views/pad_stages.py" line="+141"/>
        <source>Open a picture…</source>
        <translation>Open a picture…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Classify a photo or an image of a handwritten digit (PNG, JPEG, BMP, WebP, TIFF…); you can also drop one here or paste it</source>
        <translation>Classify a photo or an image of a handwritten digit (PNG, JPEG, BMP, WebP, TIFF…); you can also drop one here or paste it</translation>
    </message>
    <message>
        <location filename="../../gui/views/drawing_pad.py" line="+3"/>
        <source>Train on it</source>
        <translation>Train on it</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One backpropagation step on your drawing with this label (updates the weights)</source>
        <translation>One backpropagation step on your drawing with this label (updates the weights)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>follow the drawing</source>
        <translation>follow the drawing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make the drawing the probe sample: the inside-the-network views show its forward pass (and, with a true label chosen, its backward pass) as you draw</source>
        <translation>Make the drawing the probe sample: the inside-the-network views show its forward pass (and, with a true label chosen, its backward pass) as you draw</translation>
    </message>
    <message>
        <location filename="../../gui/views/pad_stages.py" line="+17"/>
        <source>Open a picture of a digit</source>
        <translation>Open a picture of a digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures ({0})</source>
        <translation>Pictures ({0})</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>cannot read the picture: {0}</source>
        <translation>cannot read the picture: {0}</translation>
    </message>
    <message>
        <location filename="../../gui/views/pad_prediction.py" line="+147"/>
        <source>waiting for the network…</source>
        <translation>waiting for the network…</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>draw a digit</source>
        <translation>draw a digit</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>{0} from the MNIST test set, used as it is (it was made by this same preprocessing)</source>
        <translation>{0} from the MNIST test set, used as it is (it was made by this same preprocessing)</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+47"/>
        <source>(blank)</source>
        <translation>(blank)</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>no answer: {0}</source>
        <translation>no answer: {0}</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>no digit found in the picture</source>
        <translation>no digit found in the picture</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>scaled ×{0:.3f} to fit 20×20, centred by mass; stroke {1:.1f} px</source>
        <translation>scaled ×{0:.3f} to fit 20×20, centred by mass; stroke {1:.1f} px</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>, thickened to {0:.1f} px</source>
        <translation>, thickened to {0:.1f} px</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, thinned to {0:.1f} px</source>
        <translation>, thinned to {0:.1f} px</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>waiting for the engine…</source>
        <translation>waiting for the engine…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draw a digit 0–9 on the pad (or load a test digit): the bars show what the network thinks it is.</source>
        <translation>Draw a digit 0–9 on the pad (or load a test digit): the bars show what the network thinks it is.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The network reads {0} as a &lt;b&gt;{1}&lt;/b&gt; (blue). Choose the true label to check it and to train on it.</source>
        <translation>The network reads {0} as a &lt;b&gt;{1}&lt;/b&gt; (blue). Choose the true label to check it and to train on it.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The network reads {0} as a &lt;b&gt;{1}&lt;/b&gt; — {2}. Train on it takes one backprop step towards the label.</source>
        <translation>The network reads {0} as a &lt;b&gt;{1}&lt;/b&gt; — {2}. Train on it takes one backprop step towards the label.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>wrong: the true label {0} is the green bar</source>
        <translation>wrong: the true label {0} is the green bar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>One backprop step on {0} with label {1}…</source>
        <translation>One backprop step on {0} with label {1}…</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>One backprop step on {source} as a {label} (loss {loss:.3f}): the output for {label} went {a:.3f} → {b:.3f}, the prediction {p} → {q}. Grey bars: before the step.</source>
        <translation>One backprop step on {source} as a {label} (loss {loss:.3f}): the output for {label} went {a:.3f} → {b:.3f}, the prediction {p} → {q}. Grey bars: before the step.</translation>
    </message>
</context>
<context>
    <name>EvaluationView</name>
    <message>
        <location filename="../../gui/views/evaluation.py" line="+29"/>
        <source>How well the network does on images it never trained on. Accuracy: the share of the evaluation set it classifies right. Confusion matrix: row = the true digit, column = the network&apos;s answer; each cell counts images — the diagonal (green) is right, everything else (red) a mistake, e.g. row 4, column 9 = fours taken for nines. Click a cell to see those images in the dataset browser. Per-class accuracy: the share of each digit recognised. The gallery lists every mistake with true label → prediction and the network&apos;s confidence (its output a_L for the predicted class): confident mistakes are the interesting ones. Re-computed at the end of every epoch, or press Evaluate now.</source>
        <translation>How well the network does on images it never trained on. Accuracy: the share of the evaluation set it classifies right. Confusion matrix: row = the true digit, column = the network&apos;s answer; each cell counts images — the diagonal (green) is right, everything else (red) a mistake, e.g. row 4, column 9 = fours taken for nines. Click a cell to see those images in the dataset browser. Per-class accuracy: the share of each digit recognised. The gallery lists every mistake with true label → prediction and the network&apos;s confidence (its output a_L for the predicted class): confident mistakes are the interesting ones. Re-computed at the end of every epoch, or press Evaluate now.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>most confident first</source>
        <translation>most confident first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>least confident first</source>
        <translation>least confident first</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>by index</source>
        <translation>by index</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Evaluate now</source>
        <translation>Evaluate now</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate the current weights on the whole set (off the GUI thread); it also runs at every epoch&apos;s end</source>
        <translation>Evaluate the current weights on the whole set (off the GUI thread); it also runs at every epoch&apos;s end</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>accuracy (%)</source>
        <translation>accuracy (%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>true class</source>
        <translation>true class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>per-class accuracy</source>
        <translation>per-class accuracy</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The order of the mistakes: the most confident ones are the most instructive</source>
        <translation>The order of the mistakes: the most confident ones are the most instructive</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>true label → prediction (confidence). Click a mistake to follow it through the network: the probe, Layers, the Backprop inspector and the Network diagram show its own forward and backward pass.</source>
        <translation>true label → prediction (confidence). Click a mistake to follow it through the network: the probe, Layers, the Backprop inspector and the Network diagram show its own forward and backward pass.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+123"/>
        <source>accuracy —</source>
        <translation>accuracy —</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+128"/>
        <source>appears after the first evaluation</source>
        <translation>appears after the first evaluation</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>evaluating {0:,} {1} images…</source>
        <translation>evaluating {0:,} {1} images…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>evaluation failed: {0}</source>
        <translation>evaluation failed: {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>accuracy {0:.2f} %</source>
        <translation>accuracy {0:.2f} %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after epoch {0} (step {1:,})</source>
        <translation>after epoch {0} (step {1:,})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the {0} set: {1:,} of {2:,} right {3} · computed in {4}</source>
        <translation>on the {0} set: {1:,} of {2:,} right {3} · computed in {4}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>misclassified images: none yet</source>
        <translation>misclassified images: none yet</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+61"/>
        <source>waiting for the network…</source>
        <translation>waiting for the network…</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&lt;b&gt;{0:,}&lt;/b&gt; mistakes: true→predicted, confidence · click one to inspect it</source>
        <translation>&lt;b&gt;{0:,}&lt;/b&gt; mistakes: true→predicted, confidence · click one to inspect it</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>waiting for the engine…</source>
        <translation>waiting for the engine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waiting for the data…</source>
        <translation>waiting for the data…</translation>
    </message>
</context>
<context>
    <name>Exporter</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/CSVExporter.py" line="+24"/>
        <source>separator</source>
        <translation>separator</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>precision</source>
        <translation>precision</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>columnMode</source>
        <translation>columnMode</translation>
    </message>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/ImageExporter.py" line="+32"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="+40"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/PrintExporter.py" line="+16"/>
        <source>width</source>
        <translation>width</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="+7"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/PrintExporter.py" line="+2"/>
        <source>height</source>
        <translation>height</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>antialias</source>
        <translation>antialias</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="-13"/>
        <source>background</source>
        <translation>background</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invertValue</source>
        <translation>invertValue</translation>
    </message>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/SVGExporter.py" line="+21"/>
        <source>scaling stroke</source>
        <translation>scaling stroke</translation>
    </message>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/exporters/PrintExporter.py" line="+22"/>
        <source>Print Document</source>
        <translation>Print Document</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <location filename="../../gui/texts.py" line="+49"/>
        <source>preset</source>
        <extracomment>config field → its label in the hyperparameter panel (also used in error messages)</extracomment>
        <translation>preset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>hidden layers</source>
        <translation>hidden layers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation</source>
        <translation>activation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>output / loss</source>
        <translation>output / loss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss</source>
        <translation>loss</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>initialisation</source>
        <translation>initialisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dropout</source>
        <translation>dropout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>optimizer</source>
        <translation>optimizer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weight decay</source>
        <translation>weight decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch size</source>
        <translation>batch size</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>input scaling</source>
        <translation>input scaling</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dataset</source>
        <translation>dataset</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>split</source>
        <translation>split</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>inputs</source>
        <translation>inputs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outputs</source>
        <translation>outputs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>initial weight scale</source>
        <translation>initial weight scale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>learning-rate decay</source>
        <translation>learning-rate decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam first-moment decay</source>
        <translation>Adam first-moment decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam second-moment decay</source>
        <translation>Adam second-moment decay</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Adam epsilon</source>
        <translation>Adam epsilon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>precision</source>
        <translation>precision</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-hot target for the other classes</source>
        <translation>one-hot target for the other classes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one-hot target for the label</source>
        <translation>one-hot target for the label</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>trace capture</source>
        <translation>trace capture</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../gui/files.py" line="+112"/>
        <source>Saved the run to {0}</source>
        <translation>Saved the run to {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened {0}</source>
        <translation>Opened {0}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open model…</source>
        <translation>Open model…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start from a saved network&apos;s weights</source>
        <translation>Start from a saved network&apos;s weights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save model…</source>
        <translation>Save model…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the current network (weights and settings)</source>
        <translation>Save the current network (weights and settings)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save run…</source>
        <translation>Save run…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the whole run to resume it later exactly where it is</source>
        <translation>Save the whole run to resume it later exactly where it is</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume run…</source>
        <translation>Resume run…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue a saved run</source>
        <translation>Continue a saved run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recent files</source>
        <translation>Recent files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export weights…</source>
        <translation>Export weights…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weight matrix and bias as .npy or .csv files</source>
        <translation>Every weight matrix and bias as .npy or .csv files</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export training history (CSV)…</source>
        <translation>Export training history (CSV)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a snapshot of the window (PNG)…</source>
        <translation>Save a snapshot of the window (PNG)…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Could not use {0}: {1}</source>
        <translation>Could not use {0}: {1}</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no such file</source>
        <translation>no such file</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save model</source>
        <translation>Save model</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved the model to {0}</source>
        <translation>Saved the model to {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save run</source>
        <translation>Save run</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export weights</source>
        <translation>Export weights</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote {0} files next to {1}</source>
        <translation>Wrote {0} files next to {1}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export training history</source>
        <translation>Export training history</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save a snapshot of the window</source>
        <translation>Save a snapshot of the window</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>could not write the image</source>
        <translation>could not write the image</translation>
    </message>
</context>
<context>
    <name>FocusBar</name>
    <message>
        <location filename="../../gui/views/focus_bar.py" line="+52"/>
        <source>{0}, label {1}</source>
        <translation>{0}, label {1}</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>untrained network</source>
        <translation>untrained network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>network after step {0}</source>
        <translation>network after step {0}</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Back to the current minibatch</source>
        <translation>Back to the current minibatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the minibatch of the latest training step again in Layers, the Backprop inspector and the Network diagram</source>
        <translation>Show the minibatch of the latest training step again in Layers, the Backprop inspector and the Network diagram</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Following &lt;b&gt;{0}&lt;/b&gt;: its own forward and backward pass (N = 1), {1}</source>
        <translation>Following &lt;b&gt;{0}&lt;/b&gt;: its own forward and backward pass (N = 1), {1}</translation>
    </message>
</context>
<context>
    <name>Fonts</name>
    <message>
        <location filename="../../gui/fonts.py" line="+73"/>
        <source>No Korean font is installed, so Korean text may show as boxes. Install one and restart: on Debian/Ubuntu the package fonts-noto-cjk (or fonts-nanum); on Windows and macOS a Korean font (Malgun Gothic, Apple SD Gothic Neo) comes with the system.</source>
        <translation>No Korean font is installed, so Korean text may show as boxes. Install one and restart: on Debian/Ubuntu the package fonts-noto-cjk (or fonts-nanum); on Windows and macOS a Korean font (Malgun Gothic, Apple SD Gothic Neo) comes with the system.</translation>
    </message>
</context>
<context>
    <name>Form</name>
    <message>
        <location filename="../../gui/pyqtgraph_texts.py" line="+14"/>
        <source>Link Axis:</source>
        <translation>Link Axis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Links this axis with another view. When linked, both views will display the same data range.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Percent of data to be visible when auto-scaling. It may be useful to decrease this value for data with spiky noise.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Automatically resize this axis whenever the displayed data is changed.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto</source>
        <translation>Auto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Set the range for this axis manually. This disables automatic scaling. &lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Manual</source>
        <translation>Manual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Minimum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Maximum value to display for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Inverts the display of this axis. (+y points downward instead of upward)&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invert Axis</source>
        <translation>Invert Axis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;Enables mouse interaction (panning, scaling) for this axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mouse Enabled</source>
        <translation>Mouse Enabled</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will only auto-scale to data that is visible along the orthogonal axis.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visible Data Only</source>
        <translation>Visible Data Only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</source>
        <translation>&lt;html&gt;&lt;head/&gt;&lt;body&gt;&lt;p&gt;When checked, the axis will automatically pan to center on the current data, but the scale along this axis will not change.&lt;/p&gt;&lt;/body&gt;&lt;/html&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auto Pan Only</source>
        <translation>Auto Pan Only</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</source>
        <translation>Display averages of the curves displayed in this plot. The parameter list allows you to choose parameters to average over (if any are available).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</source>
        <translation>Plot only the portion of each curve that is visible. This assumes X values are uniformly spaced.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clip to View</source>
        <translation>Clip to View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</source>
        <translation>If multiple curves are displayed in this plot, check this box to limit the number of traces that are displayed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Max Traces:</source>
        <translation>Max Traces:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample</source>
        <translation>Downsample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</source>
        <translation>Downsample by drawing a saw wave that follows the min and max of the original data. This method produces the best visual representation of the data but is slower.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Peak</source>
        <translation>Peak</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</source>
        <translation>If multiple curves are displayed in this plot, check &quot;Max Traces&quot; and set this value to limit the number of traces that are displayed.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</source>
        <translation>If MaxTraces is checked, remove curves from memory after they are hidden (saves memory, but traces can not be un-hidden).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget hidden traces</source>
        <translation>Forget hidden traces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample by taking the mean of N samples.</source>
        <translation>Downsample by taking the mean of N samples.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean</source>
        <translation>Mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample by taking the first of N samples. This method is fastest and least accurate.</source>
        <translation>Downsample by taking the first of N samples. This method is fastest and least accurate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subsample</source>
        <translation>Subsample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</source>
        <translation>Automatically downsample data based on the visible range. This assumes X values are uniformly spaced.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample data before plotting. (plot every Nth sample)</source>
        <translation>Downsample data before plotting. (plot every Nth sample)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log X</source>
        <translation>Log X</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Power Spectrum (FFT)</source>
        <translation>Power Spectrum (FFT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log Y</source>
        <translation>Log Y</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subtract Mean</source>
        <translation>Subtract Mean</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show X Grid</source>
        <translation>Show X Grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show Y Grid</source>
        <translation>Show Y Grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opacity</source>
        <translation>Opacity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item to export:</source>
        <translation>Item to export:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export format</source>
        <translation>Export format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export options</source>
        <translation>Export options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy</source>
        <translation>Copy</translation>
    </message>
</context>
<context>
    <name>GradCheckView</name>
    <message>
        <location filename="../../gui/views/gradcheck_view.py" line="+26"/>
        <source>A gradient check: backprop&apos;s gradient is compared with the numerical derivative (E(w + ε) − E(w − ε)) / 2ε of the same network on the same samples, in float64, for a few random entries of every parameter array (W = weights, b = biases, gamma/beta = batch norm of layer l). If backprop has a bug — a wrong f′(z), a missing 1/N, a transposed matrix — the two disagree and that array fails. Dropout masks are drawn once and kept, so the loss is a fixed function of the weights. The scatter shows every checked entry: all points on the diagonal means agreement.</source>
        <translation>A gradient check: backprop&apos;s gradient is compared with the numerical derivative (E(w + ε) − E(w − ε)) / 2ε of the same network on the same samples, in float64, for a few random entries of every parameter array (W = weights, b = biases, gamma/beta = batch norm of layer l). If backprop has a bug — a wrong f′(z), a missing 1/N, a transposed matrix — the two disagree and that array fails. Dropout masks are drawn once and kept, so the loss is a fixed function of the weights. The scatter shows every checked entry: all points on the diagonal means agreement.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;b&gt;Threshold.&lt;/b&gt; An array passes when its relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) is below {0}: the two gradients agree to about six significant digits. A correct backward pass typically lands between 1e-11 and 1e-7 (the numerical derivative itself is only that accurate: its ε = 1e-5 step leaves an error of order ε², and rounding the loss adds some); a wrong derivative gives 1e-3 or more. When an array&apos;s true gradient is about zero (a bias right before batch norm), the denominator is raised to the rounding-noise level, so noise alone never fails it.</source>
        <translation>&lt;b&gt;Threshold.&lt;/b&gt; An array passes when its relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) is below {0}: the two gradients agree to about six significant digits. A correct backward pass typically lands between 1e-11 and 1e-7 (the numerical derivative itself is only that accurate: its ε = 1e-5 step leaves an error of order ε², and rounding the loss adds some); a wrong derivative gives 1e-3 or more. When an array&apos;s true gradient is about zero (a bias right before batch norm), the denominator is raised to the rounding-noise level, so noise alone never fails it.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source> samples</source>
        <translation> samples</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The small batch of training samples the loss E is computed on; 2–8 is plenty</source>
        <translation>The small batch of training samples the loss E is computed on; 2–8 is plenty</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> entries per array</source>
        <translation> entries per array</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random entries checked in each parameter array (all of them when the array is smaller). Each costs two forward passes; 100 takes a few seconds.</source>
        <translation>Random entries checked in each parameter array (all of them when the array is smaller). Each costs two forward passes; 100 takes a few seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check gradient</source>
        <translation>Check gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare backprop with the numerical derivative on the current network</source>
        <translation>Compare backprop with the numerical derivative on the current network</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+58"/>
        <source>Waiting for the engine…</source>
        <translation>Waiting for the engine…</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+44"/>
        <location line="+11"/>
        <source>Waiting for the network…</source>
        <translation>Waiting for the network…</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>Press “Check gradient” to compare backprop with the numerical derivative.</source>
        <translation>Press “Check gradient” to compare backprop with the numerical derivative.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch norm</source>
        <translation>batch norm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dropout {0:g}</source>
        <translation>dropout {0:g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current network: {arch} ({params:,} parameters), {act} hidden, {out} output + {loss}{extras} · after {steps:,} steps · checked in float64</source>
        <translation>Current network: {arch} ({params:,} parameters), {act} hidden, {out} output + {loss}{extras} · after {steps:,} steps · checked in float64</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Press “Check gradient”: every checked
entry becomes a point (backprop, numerical).
Agreement puts it on the diagonal.</source>
        <translation>Press “Check gradient”: every checked
entry becomes a point (backprop, numerical).
Agreement puts it on the diagonal.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Checking {0} on {1} samples…</source>
        <translation>Checking {0} on {1} samples…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The check could not run: {0}</source>
        <translation>The check could not run: {0}</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>✘ {0} FAIL: backprop and the numerical derivative disagree there (largest relative error {1:.1e}, threshold {2}; network at step {3:,}). Look for a wrong derivative in that layer.</source>
        <translation>✘ {0} FAIL: backprop and the numerical derivative disagree there (largest relative error {1:.1e}, threshold {2}; network at step {3:,}). Look for a wrong derivative in that layer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>✔ All {0} parameter arrays pass: backprop&apos;s gradient matches the numerical derivative (largest relative error {1:.1e}, threshold {2}; network at step {3:,}).</source>
        <translation>✔ All {0} parameter arrays pass: backprop&apos;s gradient matches the numerical derivative (largest relative error {1:.1e}, threshold {2}; network at step {3:,}).</translation>
    </message>
</context>
<context>
    <name>GradientNoiseView</name>
    <message>
        <location filename="../../gui/views/gradient_noise.py" line="+27"/>
        <source>A minibatch&apos;s gradient is an estimate of the gradient over all the data. Each point compares one shown minibatch&apos;s gradient with the gradient on a fixed set of 2,000 training samples at the same weights: cosine 1 means they point the same way, 0 unrelated, below 0 the minibatch pulls the other way. Small batches scatter far below 1 (noisy steps); large batches sit closer to 1. Change the batch size in the hyperparameters (a reset) and compare the colours. Computed only while this view is on screen.</source>
        <translation>A minibatch&apos;s gradient is an estimate of the gradient over all the data. Each point compares one shown minibatch&apos;s gradient with the gradient on a fixed set of 2,000 training samples at the same weights: cosine 1 means they point the same way, 0 unrelated, below 0 the minibatch pulls the other way. Small batches scatter far below 1 (noisy steps); large batches sit closer to 1. Change the batch size in the hyperparameters (a reset) and compare the colours. Computed only while this view is on screen.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>training step</source>
        <extracomment>colours of successive batch sizes</extracomment>
        <translation>training step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cosine(minibatch gradient, reference gradient)</source>
        <translation>cosine(minibatch gradient, reference gradient)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each point: one minibatch&apos;s gradient against the 2,000-sample reference</source>
        <translation>Each point: one minibatch&apos;s gradient against the 2,000-sample reference</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>batch {0}</source>
        <translation>batch {0}</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Train (Step or Play): each shown minibatch adds a point.</source>
        <translation>Train (Step or Play): each shown minibatch adds a point.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement of each minibatch&apos;s gradient with a 2,000-sample gradient</source>
        <translation>Agreement of each minibatch&apos;s gradient with a 2,000-sample gradient</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>batch {0}: mean {1:.2f} over {2} steps</source>
        <translation>batch {0}: mean {1:.2f} over {2} steps</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean agreement — {0}</source>
        <translation>Mean agreement — {0}</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/GraphicsScene/GraphicsScene.py" line="+102"/>
        <source>Export...</source>
        <translation>Export...</translation>
    </message>
</context>
<context>
    <name>HealthNotes</name>
    <message>
        <location filename="../../gui/views/health_text.py" line="+24"/>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {0}</source>
        <translation>layer {0}</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The loss is {0}</source>
        <translation>The loss is {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A NaN or infinite loss means some number overflowed, so training cannot go on.</source>
        <translation>A NaN or infinite loss means some number overflowed, so training cannot go on.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and lower the learning rate (e.g. ÷10), or use a smaller weight initialisation.</source>
        <translation>Reset and lower the learning rate (e.g. ÷10), or use a smaller weight initialisation.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NaN/Inf in {0}</source>
        <translation>NaN/Inf in {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Some of this layer&apos;s numbers are no longer finite, so every later step is meaningless.</source>
        <translation>Some of this layer&apos;s numbers are no longer finite, so every later step is meaningless.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset and lower the learning rate (e.g. ÷10).</source>
        <translation>Reset and lower the learning rate (e.g. ÷10).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Updates too large (‖ΔW‖/‖W‖ = {0:.2g})</source>
        <translation>Updates too large (‖ΔW‖/‖W‖ = {0:.2g})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step changes this layer&apos;s weights by more than {0:g} of their size (about 1e-3 is typical), so training can jump around or diverge.</source>
        <translation>Each step changes this layer&apos;s weights by more than {0:g} of their size (about 1e-3 is typical), so training can jump around or diverge.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate.</source>
        <translation>Lower the learning rate.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Raise the learning rate, or use momentum or Adam.</source>
        <translation>Raise the learning rate, or use momentum or Adam.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Raise the learning rate.</source>
        <translation>Raise the learning rate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updates too small (‖ΔW‖/‖W‖ = {0:.2g})</source>
        <translation>Updates too small (‖ΔW‖/‖W‖ = {0:.2g})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each step changes this layer&apos;s weights by less than {0:g} of their size (about 1e-3 is typical), so this layer learns very slowly.</source>
        <translation>Each step changes this layer&apos;s weights by less than {0:g} of their size (about 1e-3 is typical), so this layer learns very slowly.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0%} of the ReLUs are dead</source>
        <translation>{0:.0%} of the ReLUs are dead</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dead ReLU has z ≤ 0 for every sample, so its output and its gradient are zero and it can never learn again.</source>
        <translation>A dead ReLU has z ≤ 0 for every sample, so its output and its gradient are zero and it can never learn again.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, use He initialisation, or try leaky ReLU or batch norm.</source>
        <translation>Lower the learning rate, use He initialisation, or try leaky ReLU or batch norm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0:.0%} of the {1} units are saturated</source>
        <translation>{0:.0%} of the {1} units are saturated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the activation is flat, f&apos;(z) ≈ 0, so the error delta passed back through these units almost vanishes.</source>
        <translation>Where the activation is flat, f&apos;(z) ≈ 0, so the error delta passed back through these units almost vanishes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use smaller initial weights (Xavier), scale the inputs, or switch to ReLU.</source>
        <translation>Use smaller initial weights (Xavier), scale the inputs, or switch to ReLU.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exploding gradient (‖dW‖ = {0:.3g})</source>
        <translation>Exploding gradient (‖dW‖ = {0:.3g})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This layer&apos;s gradient is larger than {0:g}, so one step can throw the weights far away.</source>
        <translation>This layer&apos;s gradient is larger than {0:g}, so one step can throw the weights far away.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lower the learning rate, or use smaller initial weights.</source>
        <translation>Lower the learning rate, or use smaller initial weights.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exploding gradient (first layer ‖dW‖ {0:.3g}× the last&apos;s)</source>
        <translation>Exploding gradient (first layer ‖dW‖ {0:.3g}× the last&apos;s)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The error grows as it is passed back through the layers, so the first layer takes wild steps.</source>
        <translation>The error grows as it is passed back through the layers, so the first layer takes wild steps.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use smaller initial weights or batch norm.</source>
        <translation>Use smaller initial weights or batch norm.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Vanishing gradient (first layer ‖dW‖ = {0:.2g}, last {1:.2g})</source>
        <translation>Vanishing gradient (first layer ‖dW‖ = {0:.2g}, last {1:.2g})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The error shrinks as it is passed back through the layers, so the first layer hardly learns.</source>
        <translation>The error shrinks as it is passed back through the layers, so the first layer hardly learns.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use ReLU instead of sigmoid, He/Xavier initialisation, or fewer layers.</source>
        <translation>Use ReLU instead of sigmoid, He/Xavier initialisation, or fewer layers.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>update ratio ‖ΔW‖/‖W‖ within [{0:g}, {1:g}] (from step {2})</source>
        <translation>update ratio ‖ΔW‖/‖W‖ within [{0:g}, {1:g}] (from step {2})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0:.0%} of a hidden layer&apos;s ReLUs dead (minibatches of {1} or more)</source>
        <translation>at most {0:.0%} of a hidden layer&apos;s ReLUs dead (minibatches of {1} or more)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>at most {0:.0%} of a hidden layer&apos;s sigmoid/tanh activations saturated</source>
        <translation>at most {0:.0%} of a hidden layer&apos;s sigmoid/tanh activations saturated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>first layer&apos;s ‖dW‖ at least {0:g} × the last layer&apos;s (no vanishing gradient)</source>
        <translation>first layer&apos;s ‖dW‖ at least {0:g} × the last layer&apos;s (no vanishing gradient)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every ‖dW‖ at most {0:g} (no exploding gradient)</source>
        <translation>every ‖dW‖ at most {0:g} (no exploding gradient)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no NaN or Inf in the loss or statistics</source>
        <translation>no NaN or Inf in the loss or statistics</translation>
    </message>
</context>
<context>
    <name>HealthView</name>
    <message>
        <location filename="../../gui/views/health.py" line="+29"/>
        <source>Automatic checks of the training step, the kind an experienced person does by eye. The update ratio ‖ΔW‖/‖W‖ says how much one step changes a layer&apos;s weights: about 1e-3 is healthy, much less means the layer hardly learns, much more means training is unstable. A ReLU is dead when z ≤ 0 for every sample (it outputs 0 and gets no gradient); a sigmoid/tanh is saturated when a is near its limits (f′(z) ≈ 0). Gradients vanish when ‖dW‖ shrinks layer by layer towards the input, and explode when it grows huge. Each note says what it means and what to try.</source>
        <translation>Automatic checks of the training step, the kind an experienced person does by eye. The update ratio ‖ΔW‖/‖W‖ says how much one step changes a layer&apos;s weights: about 1e-3 is healthy, much less means the layer hardly learns, much more means training is unstable. A ReLU is dead when z ≤ 0 for every sample (it outputs 0 and gets no gradient); a sigmoid/tanh is saturated when a is near its limits (f′(z) ≈ 0). Gradients vanish when ‖dW‖ shrinks layer by layer towards the input, and explode when it grows huge. Each note says what it means and what to try.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>What is checked</source>
        <translation>What is checked</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; — waiting for the network…</source>
        <translation>&lt;b&gt;Training health&lt;/b&gt; — waiting for the network…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; — network loaded from {0}, no training step yet</source>
        <translation>&lt;b&gt;Training health&lt;/b&gt; — network loaded from {0}, no training step yet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; — no training step yet</source>
        <translation>&lt;b&gt;Training health&lt;/b&gt; — no training step yet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The checks run after every training step: press &lt;b&gt;Step&lt;/b&gt; or &lt;b&gt;Play&lt;/b&gt;.</source>
        <translation>The checks run after every training step: press &lt;b&gt;Step&lt;/b&gt; or &lt;b&gt;Play&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n error(s), </source>
        <translation>
            <numerusform>%n error, </numerusform>
            <numerusform>%n errors, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Training health&lt;/b&gt; at step {0} ({1} phase) — {2}</source>
        <translation>&lt;b&gt;Training health&lt;/b&gt; at step {0} ({1} phase) — {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all healthy</source>
        <translation>all healthy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✔ All healthy</source>
        <translation>✔ All healthy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every check below passed for this step.</source>
        <translation>every check below passed for this step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try:</source>
        <translation>Try:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>dead / saturated</source>
        <translation>dead / saturated</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>dead</source>
        <translation>dead</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>saturated</source>
        <translation>saturated</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>saturated (fine for outputs)</source>
        <translation>saturated (fine for outputs)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;The numbers checked&lt;/b&gt; (loss {0})</source>
        <translation>&lt;b&gt;The numbers checked&lt;/b&gt; (loss {0})</translation>
    </message>
</context>
<context>
    <name>HyperparamPanel</name>
    <message>
        <location filename="../../gui/hyperparam_texts.py" line="+25"/>
        <source>(custom)</source>
        <extracomment>split box: the number of training samples carved out for validation</extracomment>
        <translation>(custom)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid</source>
        <translation>sigmoid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>relu</source>
        <translation>relu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leaky_relu</source>
        <translation>leaky_relu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity</source>
        <translation>identity</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax + cross-entropy</source>
        <translation>softmax + cross-entropy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sigmoid + squared error</source>
        <translation>sigmoid + squared error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>softmax + squared error</source>
        <translation>softmax + squared error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>identity + squared error</source>
        <translation>identity + squared error</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>normal</source>
        <translation>normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>uniform</source>
        <translation>uniform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xavier_normal</source>
        <translation>xavier_normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>xavier_uniform</source>
        <translation>xavier_uniform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>he_normal</source>
        <translation>he_normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>he_uniform</source>
        <translation>he_uniform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sgd</source>
        <translation>sgd</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>momentum</source>
        <translation>momentum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>adam</source>
        <translation>adam</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lecture</source>
        <translation>lecture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard</source>
        <translation>standard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>60,000 train / 10,000 test</source>
        <translation>60,000 train / 10,000 test</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>55,000 train / 5,000 validation / 10,000 test</source>
        <translation>55,000 train / 5,000 validation / 10,000 test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Load one of the course&apos;s configurations. &apos;lecture-backprop&apos; is the lecture&apos;s 784-100-10 sigmoid network; &apos;fast&apos; reaches 98 % in seconds.</source>
        <translation>Load one of the course&apos;s configurations. &apos;lecture-backprop&apos; is the lecture&apos;s 784-100-10 sigmoid network; &apos;fast&apos; reaches 98 % in seconds.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hidden layer sizes, comma-separated, e.g. 100 or 256,128. Sensible: 30 to 1024 units per layer.</source>
        <translation>Hidden layer sizes, comma-separated, e.g. 100 or 256,128. Sensible: 30 to 1024 units per layer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activation f of the hidden layers. ReLU trains fastest; sigmoid is the lecture&apos;s and saturates.</source>
        <translation>Activation f of the hidden layers. ReLU trains fastest; sigmoid is the lecture&apos;s and saturates.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Output activation and loss. Softmax + cross-entropy gives delta_L = a − t; sigmoid + squared error is the lecture&apos;s setup.</source>
        <translation>Output activation and loss. Softmax + cross-entropy gives delta_L = a − t; sigmoid + squared error is the lecture&apos;s setup.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Initial weights. He for ReLU, Xavier for sigmoid/tanh.</source>
        <translation>Initial weights. He for ReLU, Xavier for sigmoid/tanh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Normalise z over the minibatch before the activation (Linear → BN → f). Helps deep ReLU networks; needs batches of 2 or more.</source>
        <translation>Normalise z over the minibatch before the activation (Linear → BN → f). Helps deep ReLU networks; needs batches of 2 or more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Probability of dropping a hidden unit while training (0 = off, 0.5 is common).</source>
        <translation>Probability of dropping a hidden unit while training (0 = off, 0.5 is common).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update rule: sgd W −= lr·dW; momentum; adam (adaptive). Applies from the next step.</source>
        <translation>Update rule: sgd W −= lr·dW; momentum; adam (adaptive). Applies from the next step.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning rate: step size of each update. SGD: 0.01–0.5; Adam: 0.0005–0.01. Applies from the next step.</source>
        <translation>Learning rate: step size of each update. SGD: 0.01–0.5; Adam: 0.0005–0.01. Applies from the next step.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Learning-rate schedule: after every epoch lr is multiplied by this (×0.4: epoch e trains with lr·0.4^e; ×1 keeps lr constant). Applies from the next epoch.</source>
        <translation>Learning-rate schedule: after every epoch lr is multiplied by this (×0.4: epoch e trains with lr·0.4^e; ×1 keeps lr constant). Applies from the next epoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Momentum μ for the momentum optimizer (0.5–0.9). Applies from the next step.</source>
        <translation>Momentum μ for the momentum optimizer (0.5–0.9). Applies from the next step.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>L2 weight decay added to dW as wd·W (0 = off, 1e-4 is typical).</source>
        <translation>L2 weight decay added to dW as wd·W (0 = off, 1e-4 is typical).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Samples per minibatch. 1 is the lecture&apos;s; 32–128 is usual.</source>
        <translation>Samples per minibatch. 1 is the lecture&apos;s; 32–128 is usual.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How many epochs Play trains before pausing (1–10).</source>
        <translation>How many epochs Play trains before pausing (1–10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random seed: the same seed gives the same initial weights and minibatch order.</source>
        <translation>Random seed: the same seed gives the same initial weights and minibatch order.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Input scaling: unit = x/255, lecture = x/255·0.99+0.01, standard = zero mean, unit variance.</source>
        <translation>Input scaling: unit = x/255, lecture = x/255·0.99+0.01, standard = zero mean, unit variance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dataset to train on: the bundled MNIST, Fashion-MNIST when installed, and datasets you imported (CSV, IDX, npz, pkl.gz, PNG folders).</source>
        <translation>The dataset to train on: the bundled MNIST, Fashion-MNIST when installed, and datasets you imported (CSV, IDX, npz, pkl.gz, PNG folders).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Evaluate on the test set, or carve a validation set from the training set.</source>
        <translation>Evaluate on the test set, or carve a validation set from the training set.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>on</source>
        <translation>on</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>off</source>
        <translation>off</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Showing the running network. Learning rate, decay, momentum, weight decay, optimizer and epochs apply at once; other fields wait for Apply and reset.</source>
        <translation>Showing the running network. Learning rate, decay, momentum, weight decay, optimizer and epochs apply at once; other fields wait for Apply and reset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Preset {0} chosen, not applied yet.</source>
        <translation>Preset {0} chosen, not applied yet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} more of the preset&apos;s settings</source>
        <translation>{0} more of the preset&apos;s settings</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs a reset: {0}.</source>
        <translation>Needs a reset: {0}.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>● marks each change; press Apply and reset or Discard.</source>
        <translation>● marks each change; press Apply and reset or Discard.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Running network → your edits:</source>
        <translation>Running network → your edits:</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Waits for Apply with them (not applied live): {0}.</source>
        <translation>Waits for Apply with them (not applied live): {0}.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Running network: {0}. This edit waits for Apply and reset.</source>
        <translation>Running network: {0}. This edit waits for Apply and reset.</translation>
    </message>
    <message>
        <location filename="../../gui/hyperparams.py" line="+93"/>
        <source>Apply and reset</source>
        <translation>Apply and reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rebuild the network with these settings (training starts over).</source>
        <translation>Rebuild the network with these settings (training starts over).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard</source>
        <translation>Discard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forget the pending changes: show the running network&apos;s settings.</source>
        <translation>Forget the pending changes: show the running network&apos;s settings.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>learning rate now: {0}</source>
        <translation>learning rate now: {0}</translation>
    </message>
</context>
<context>
    <name>ImageDetail</name>
    <message>
        <location filename="../../gui/views/image_detail.py" line="+125"/>
        <source>Inspect in the network ▶</source>
        <translation>Inspect in the network ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Make this image the probe sample: the inside-the-network views show its forward pass and the backward pass its label would produce (no update)</source>
        <translation>Make this image the probe sample: the inside-the-network views show its forward pass and the backward pass its label would produce (no update)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV row: label + 784 pixels</source>
        <translation>CSV row: label + 784 pixels</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28×28 pixel table</source>
        <translation>28×28 pixel table</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The image as the course&apos;s CSV files store it: the label, then the 784 pixel values (0–255) row by row</source>
        <translation>The image as the course&apos;s CSV files store it: the label, then the 784 pixel values (0–255) row by row</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The 784 pixel values as a 28×28 table, each cell shaded like its pixel</source>
        <translation>The 784 pixel values as a 28×28 table, each cell shaded like its pixel</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Select an image</source>
        <translation>Select an image</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>one-hot target t (off {0:g}, on {1:g}):</source>
        <translation>one-hot target t (off {0:g}, on {1:g}):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>position {0} of 0…{1} is &apos;on&apos;</source>
        <translation>position {0} of 0…{1} is &apos;on&apos;</translation>
    </message>
</context>
<context>
    <name>InfoButton</name>
    <message>
        <location filename="../../gui/views/common.py" line="-50"/>
        <source>What am I seeing?</source>
        <extracomment>blue – white – red (ColorBrewer RdBu), white exactly at the centre matrices with more elements are block-downsampled for display (784×256 stays exact) longest side of a downsampled display image</extracomment>
        <translation>What am I seeing?</translation>
    </message>
</context>
<context>
    <name>InputGradientView</name>
    <message>
        <location filename="../../gui/views/input_gradient.py" line="+33"/>
        <source>Backprop does not stop at W1: one more step, dE/dx = delta_1 @ W1.T, gives how the loss E changes with every input pixel. Blue pixels lower the loss when they get brighter (more ink there makes the right answer more likely), red ones raise it; white does not matter. The colour scale is symmetric (±max). The sample is the probe: a test sample, an image inspected in the dataset or evaluation view, or your drawing. &apos;Make it a …&apos; walks the input (not the weights) down the gradient of the loss for another digit until the network answers that digit: often a few faint strokes suffice, because backprop reaches the input too.</source>
        <translation>Backprop does not stop at W1: one more step, dE/dx = delta_1 @ W1.T, gives how the loss E changes with every input pixel. Blue pixels lower the loss when they get brighter (more ink there makes the right answer more likely), red ones raise it; white does not matter. The colour scale is symmetric (±max). The sample is the probe: a test sample, an image inspected in the dataset or evaluation view, or your drawing. &apos;Make it a …&apos; walks the input (not the weights) down the gradient of the loss for another digit until the network answers that digit: often a few faint strokes suffice, because backprop reaches the input too.</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Make it a</source>
        <translation>Make it a</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Gradient steps on the input, not the weights, until the network answers the chosen digit</source>
        <translation>Gradient steps on the input, not the weights, until the network answers the chosen digit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The digit the input should be turned into</source>
        <translation>The digit the input should be turned into</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dE/dx (blue lowers E, red raises it)</source>
        <translation>dE/dx (blue lowers E, red raises it)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after &apos;make it a …&apos;</source>
        <translation>after &apos;make it a …&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change (pixels)</source>
        <translation>the change (pixels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left: the gradient of the loss with respect to every input pixel. Middle and right: the image &apos;make it a …&apos; reached and what it changed</source>
        <translation>Left: the gradient of the loss with respect to every input pixel. Middle and right: the image &apos;make it a …&apos; reached and what it changed</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>waiting for the network…</source>
        <translation>waiting for the network…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dE/dx of the probe sample</source>
        <translation>dE/dx of the probe sample</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the inputs are not a 28×28 image</source>
        <translation>the inputs are not a 28×28 image</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its own answer {0} (no label known)</source>
        <translation>its own answer {0} (no label known)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>label {0}</source>
        <translation>label {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} · loss against {1}: E = {2:.4f} · network answers {3} · step {4}</source>
        <translation>{0} · loss against {1}: E = {2:.4f} · network answers {3} · step {4}</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Taking gradient steps on the input toward {0}…</source>
        <translation>Taking gradient steps on the input toward {0}…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&apos;Make it a …&apos; could not run: {0}</source>
        <translation>&apos;Make it a …&apos; could not run: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>choose a digit and press
&apos;Make it a&apos;</source>
        <translation>choose a digit and press
&apos;Make it a&apos;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&apos;Make it a …&apos; changes the input, not the weights.</source>
        <translation>&apos;Make it a …&apos; changes the input, not the weights.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The network now answers {0} (it said {1}): {2} gradient steps on the input changed {3} of 784 pixels, most by a little.</source>
        <translation>The network now answers {0} (it said {1}): {2} gradient steps on the input changed {3} of 784 pixels, most by a little.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not reached: after {2} steps the network answers {0} (it said {1}); {3} of 784 pixels changed.</source>
        <translation>Not reached: after {2} steps the network answers {0} (it said {1}); {3} of 784 pixels changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> P({0}) went from {1:.1%} to {2:.1%}.</source>
        <translation> P({0}) went from {1:.1%} to {2:.1%}.</translation>
    </message>
</context>
<context>
    <name>InspectorPage</name>
    <message>
        <location filename="../../gui/views/inspector_page.py" line="+16"/>
        <source>1 if z &gt; 0 else 0</source>
        <translation>1 if z &gt; 0 else 0</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>z if z &gt; 0 else 0.01·z</source>
        <translation>z if z &gt; 0 else 0.01·z</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 if z &gt; 0 else 0.01</source>
        <translation>1 if z &gt; 0 else 0.01</translation>
    </message>
    <message>
        <location line="+22"/>
        <source> + … ({0} more)</source>
        <translation> + … ({0} more)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(recomputed)</source>
        <translation>(recomputed)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(softmax + cross-entropy: softmax − one-hot)</source>
        <translation>(softmax + cross-entropy: softmax − one-hot)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(softmax + squared error)</source>
        <translation>(softmax + squared error)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(squared error)</source>
        <translation>(squared error)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ẑ) with ẑ = BN(z) = {0}, f(ẑ</source>
        <translation>ẑ) with ẑ = BN(z) = {0}, f(ẑ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 · Forward pass — layer {0}, unit j = {1}, sample n = {2}</source>
        <translation>1 · Forward pass — layer {0}, unit j = {1}, sample n = {2}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>dropout: the next layer sees a·m = {0}·{1}</source>
        <translation>dropout: the next layer sees a·m = {0}·{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>2 · Output error — output unit k = {0}, sample n = {1}</source>
        <translation>2 · Output error — output unit k = {0}, sample n = {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>3 · Hidden error — layer {0}, unit j = {1}</source>
        <translation>3 · Hidden error — layer {0}, unit j = {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 · Weight gradient dW[i = {0}, j = {1}] of layer {2} — a sum over the minibatch</source>
        <translation>4 · Weight gradient dW[i = {0}, j = {1}] of layer {2} — a sum over the minibatch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>5 · Update of W[{0}, {1}]</source>
        <translation>5 · Update of W[{0}, {1}]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>after the backward phase</source>
        <translation>after the backward phase</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> (label {0})</source>
        <translation> (label {0})</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(cross-entropy, targets summing to Σt)</source>
        <translation>(cross-entropy, targets summing to Σt)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>t = target of sample {0}{1}</source>
        <translation>t = target of sample {0}{1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The loss is the mean over the N = 1 sample of the minibatch, so the engine folds 1/N into δ (with N = 1 this is the lecture&apos;s per-sample formula).</source>
        <translation>The loss is the mean over the N = 1 sample of the minibatch, so the engine folds 1/N into δ (with N = 1 this is the lecture&apos;s per-sample formula).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The loss is the mean over the N = {0} samples of the minibatch, so the engine folds 1/N into δ (with N = 1 this is the lecture&apos;s per-sample formula).</source>
        <translation>The loss is the mean over the N = {0} samples of the minibatch, so the engine folds 1/N into δ (with N = 1 this is the lecture&apos;s per-sample formula).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This is the output layer: its δ is the output error above. Choose a hidden layer to see δ = (Σ δ_next·w)·f′(z).</source>
        <translation>This is the output layer: its δ is the output error above. Choose a hidden layer to see δ = (Σ δ_next·w)·f′(z).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>With batch norm, δ also flows through the normalisation, which mixes the samples, so it is not recomputed here; the engine&apos;s value is shown.</source>
        <translation>With batch norm, δ also flows through the normalisation, which mixes the samples, so it is not recomputed here; the engine&apos;s value is shown.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> + … ({0} more samples)</source>
        <translation> + … ({0} more samples)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sample n = {0} contributes {1}·{2}; {3} of the {4} terms are exactly 0.</source>
        <translation>Sample n = {0} contributes {1}·{2}; {3} of the {4} terms are exactly 0.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>(ΔW from the engine: it needs the optimizer&apos;s running averages)</source>
        <translation>(ΔW from the engine: it needs the optimizer&apos;s running averages)</translation>
    </message>
</context>
<context>
    <name>InspectorTerms</name>
    <message>
        <location filename="../../gui/views/inspector_terms.py" line="+58"/>
        <source>after the update phase</source>
        <translation>after the update phase</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>minibatch of {0} · step {1} · {2} phase done</source>
        <translation>minibatch of {0} · step {1} · {2} phase done</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>untrained network, no step yet</source>
        <translation>untrained network, no step yet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>network after step {0} (the last step kept no arrays)</source>
        <translation>network after step {0} (the last step kept no arrays)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} (N = 1) · {1}</source>
        <translation>{0} (N = 1) · {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>shown for training steps, not for one sample</source>
        <translation>shown for training steps, not for one sample</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>after the first training step</source>
        <translation>after the first training step</translation>
    </message>
</context>
<context>
    <name>InspectorView</name>
    <message>
        <location filename="../../gui/views/inspector.py" line="+29"/>
        <source>The backpropagation equations for one unit, filled in with the numbers of the current step. Forward: z = Σ a_prev·w + b, a = f(z). Backward: at the output δ = a − t (softmax + cross-entropy) or (a − t)·f′(z) (squared error), divided by the minibatch size N because the loss is the batch mean; in a hidden layer δ = (Σ δ_next·w)·f′(z); the weight gradient sums over the minibatch, dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]. Update: W_new = W − lr·dW for plain SGD (momentum and Adam compute their own step ΔW). Step one phase at a time (P) to watch the lines fill in.</source>
        <translation>The backpropagation equations for one unit, filled in with the numbers of the current step. Forward: z = Σ a_prev·w + b, a = f(z). Backward: at the output δ = a − t (softmax + cross-entropy) or (a − t)·f′(z) (squared error), divided by the minibatch size N because the loss is the batch mean; in a hidden layer δ = (Σ δ_next·w)·f′(z); the weight gradient sums over the minibatch, dW[i, j] = Σ_n a_prev[n, i]·δ[n, j]. Update: W_new = W − lr·dW for plain SGD (momentum and Adam compute their own step ΔW). Step one phase at a time (P) to watch the lines fill in.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The layer l whose unit j and weight W[i, j] are written out</source>
        <translation>The layer l whose unit j and weight W[i, j] are written out</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sample n of the minibatch (0 … N − 1)</source>
        <translation>sample n of the minibatch (0 … N − 1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit j of the chosen layer</source>
        <translation>unit j of the chosen layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>input i of the chosen layer: the weight shown is W[i, j]</source>
        <translation>input i of the chosen layer: the weight shown is W[i, j]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output unit k for the output error (the label is a good choice)</source>
        <translation>output unit k for the output error (the label is a good choice)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>★ strongest</source>
        <translation>★ strongest</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the most active unit j of sample n and its largest input term i</source>
        <translation>Pick the most active unit j of sample n and its largest input term i</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+50"/>
        <source>Waiting for the network…</source>
        <translation>Waiting for the network…</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>The initial weights are not available: {0}</source>
        <translation>The initial weights are not available: {0}</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>waiting for the engine…</source>
        <translation>waiting for the engine…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This step kept no arrays; the numbers appear with the next displayed step.</source>
        <translation>This step kept no arrays; the numbers appear with the next displayed step.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>— waiting for a step with full arrays</source>
        <translation>— waiting for a step with full arrays</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0} — &lt;span style=&apos;color:#0a6b2a&apos;&gt;&lt;b&gt;green&lt;/b&gt;&lt;/span&gt;: the engine&apos;s numbers; &lt;i&gt;recomputed&lt;/i&gt;: the formula evaluated here (equal up to float32 rounding)</source>
        <translation>{0} — &lt;span style=&apos;color:#0a6b2a&apos;&gt;&lt;b&gt;green&lt;/b&gt;&lt;/span&gt;: the engine&apos;s numbers; &lt;i&gt;recomputed&lt;/i&gt;: the formula evaluated here (equal up to float32 rounding)</translation>
    </message>
</context>
<context>
    <name>LayerCharts</name>
    <message>
        <location filename="../../gui/views/layer_charts.py" line="+27"/>
        <source>activation spread std(a)</source>
        <extracomment>chart key → (title, y label, log y)</extracomment>
        <translation>activation spread std(a)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dead / saturated units</source>
        <translation>dead / saturated units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>fraction</source>
        <translation>fraction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>gradient norm ‖dW‖</source>
        <translation>gradient norm ‖dW‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>‖dW‖ (log)</source>
        <translation>‖dW‖ (log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update ratio ‖ΔW‖/‖W‖</source>
        <translation>update ratio ‖ΔW‖/‖W‖</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ratio (log)</source>
        <translation>ratio (log)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one point per shown step:
appears once training runs</source>
        <translation>one point per shown step:
appears once training runs</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>step</source>
        <translation>step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>std(a): how widely this layer&apos;s activations spread over the minibatch; a healthy layer keeps it roughly steady</source>
        <translation>std(a): how widely this layer&apos;s activations spread over the minibatch; a healthy layer keeps it roughly steady</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of units that no longer pass a gradient: dead ReLUs (z ≤ 0 for every sample) or saturated sigmoid/tanh units (f′(z) ≈ 0)</source>
        <translation>The share of units that no longer pass a gradient: dead ReLUs (z ≤ 0 for every sample) or saturated sigmoid/tanh units (f′(z) ≈ 0)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‖dW‖ = √(Σ dW²) of this layer: vanishing gradients sink towards 0, exploding ones shoot up</source>
        <translation>‖dW‖ = √(Σ dW²) of this layer: vanishing gradients sink towards 0, exploding ones shoot up</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>‖ΔW‖/‖W‖: how much of the weights one step changes. Around 1e-3 is customary; far below, learning crawls</source>
        <translation>‖ΔW‖/‖W‖: how much of the weights one step changes. Around 1e-3 is customary; far below, learning crawls</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>dead ReLUs (z ≤ 0 for the whole batch)</source>
        <translation>dead ReLUs (z ≤ 0 for the whole batch)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>saturated {0} units</source>
        <translation>saturated {0} units</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>not measured for {0} units</source>
        <translation>not measured for {0} units</translation>
    </message>
</context>
<context>
    <name>LayerHeatmaps</name>
    <message>
        <location filename="../../gui/views/layer_heatmaps.py" line="+24"/>
        <source>available after the backward phase
(press Phase again, or Step)</source>
        <translation>available after the backward phase
(press Phase again, or Step)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unit j of this layer</source>
        <translation>unit j of this layer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hover over a heatmap to read one sample&apos;s value for one unit.</source>
        <translation>Hover over a heatmap to read one sample&apos;s value for one unit.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>{0}  of the probe sample over units</source>
        <translation>{0}  of the probe sample over units</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}  over minibatch × units</source>
        <translation>{0}  over minibatch × units</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>sample n</source>
        <translation>sample n</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probe</source>
        <translation>probe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>layer {0}, sample {1}, unit {2}: {3} = {4!s}</source>
        <translation>layer {0}, sample {1}, unit {2}: {3} = {4!s}</translation>
    </message>
</context>
<context>
    <name>LayerViews</name>
    <message>
        <location filename="../../gui/views/layer_histograms.py" line="+20"/>
        <source>z = a_prev·W + b   (pre-activation)</source>
        <translation>z = a_prev·W + b   (pre-activation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a = f(z)   (activation)</source>
        <translation>a = f(z)   (activation)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>δ = ∂E/∂z   (error signal)</source>
        <translation>δ = ∂E/∂z   (error signal)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dW = a_prevᵀ·δ   (weight gradient)</source>
        <translation>dW = a_prevᵀ·δ   (weight gradient)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>available after the backward phase
(press Phase again, or Step)</source>
        <translation>available after the backward phase
(press Phase again, or Step)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>value of {0}</source>
        <translation>value of {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram of every value of {0} in this layer, 64 equal-width bins.</source>
        <translation>Histogram of every value of {0} in this layer, 64 equal-width bins.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>every value is NaN or infinite</source>
        <translation>every value is NaN or infinite</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>NaN or infinite values left out: {0}</source>
        <translation>NaN or infinite values left out: {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>log₁₀(1 + count)</source>
        <translation>log₁₀(1 + count)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>count</source>
        <translation>count</translation>
    </message>
    <message>
        <location filename="../../gui/views/layer_views.py" line="+35"/>
        <source>One layer l of the network, for the current minibatch of N samples. Forward pass: z = a_prev·W + b, a = f(z). Backward pass: δ = ∂E/∂z, E being the mean loss over the N samples — at a softmax + cross-entropy output δ = (a − t)/N, in a hidden layer δ = (δ_next·W_nextᵀ) ⊙ f′(z) — and the weight gradient dW = a_prevᵀ·δ, a sum over the samples. Histograms: how the values spread (64 bins). Heatmaps: one row per sample, one column per unit. Over time: a healthy layer keeps std(a) roughly steady, few dead ReLUs (dead: z ≤ 0 for every sample of the batch) and an update ratio ‖ΔW‖/‖W‖ near 1e-3 (dashed line): far below, learning crawls; far above, it is unstable. Before the first step you see the untrained network on the probe sample.</source>
        <translation>One layer l of the network, for the current minibatch of N samples. Forward pass: z = a_prev·W + b, a = f(z). Backward pass: δ = ∂E/∂z, E being the mean loss over the N samples — at a softmax + cross-entropy output δ = (a − t)/N, in a hidden layer δ = (δ_next·W_nextᵀ) ⊙ f′(z) — and the weight gradient dW = a_prevᵀ·δ, a sum over the samples. Histograms: how the values spread (64 bins). Heatmaps: one row per sample, one column per unit. Over time: a healthy layer keeps std(a) roughly steady, few dead ReLUs (dead: z ≤ 0 for every sample of the batch) and an update ratio ‖ΔW‖/‖W‖ near 1e-3 (dashed line): far below, learning crawls; far above, it is unstable. Before the first step you see the untrained network on the probe sample.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>minibatch of {0} · step {1} · {2} phase done</source>
        <translation>minibatch of {0} · step {1} · {2} phase done</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>no data yet</source>
        <translation>no data yet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>probe (this step kept no arrays)</source>
        <translation>probe (this step kept no arrays)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} (one sample) · {1}</source>
        <translation>{0} (one sample) · {1}</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>network loaded from {0}</source>
        <translation>network loaded from {0}</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>layer</source>
        <extracomment>the parts of the heatmaps and charts tabs (reading one builds both)</extracomment>
        <translation>layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which layer to look inside (layer 1 gets the pixels, layer L is the output)</source>
        <translation>Which layer to look inside (layer 1 gets the pixels, layer L is the output)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>log counts</source>
        <translation>log counts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Histogram heights as log₁₀(1 + count): rare values stay visible next to a tall spike (e.g. the many exact zeros of ReLU units)</source>
        <translation>Histogram heights as log₁₀(1 + count): rare values stay visible next to a tall spike (e.g. the many exact zeros of ReLU units)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Histograms</source>
        <translation>Histograms</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minibatch heatmaps</source>
        <translation>Minibatch heatmaps</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Over time</source>
        <translation>Over time</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+86"/>
        <source>waiting for the network…</source>
        <translation>waiting for the network…</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../gui/lessons/panel.py" line="+174"/>
        <source>Right on the first try: {0} of {1}.</source>
        <translation>Right on the first try: {0} of {1}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What to remember</source>
        <translation>What to remember</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Next ›</source>
        <translation>Next ›</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next lesson ›</source>
        <translation>Next lesson ›</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Finish</source>
        <translation>Finish</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>✓ Done. The answers are checked against this step&apos;s numbers.</source>
        <translation>✓ Done. The answers are checked against this step&apos;s numbers.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preparing the lesson&apos;s network…</source>
        <translation>Preparing the lesson&apos;s network…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First lock in your predictions above.</source>
        <translation>First lock in your predictions above.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Waiting for you: use the toolbar, or the button above.</source>
        <translation>Waiting for you: use the toolbar, or the button above.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>‹ Back</source>
        <translation>‹ Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start over</source>
        <translation>Start over</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>Leave lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do it for me</source>
        <translation>Do it for me</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous page of this lesson</source>
        <translation>The previous page of this lesson</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The next page: the questions after the text, the summary after the questions, then the next lesson</source>
        <translation>The next page: the questions after the text, the summary after the questions, then the next lesson</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This lesson again from the start, on a fresh network</source>
        <translation>This lesson again from the start, on a fresh network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the lesson: every panel goes back where it was (your progress is kept)</source>
        <translation>End the lesson: every panel goes back where it was (your progress is kept)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the lesson&apos;s action with the same command as the toolbar&apos;s</source>
        <translation>Take the lesson&apos;s action with the same command as the toolbar&apos;s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons</source>
        <translation>Lessons</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Lesson {0} of {1}</source>
        <translation>Lesson {0} of {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your own lesson: {0}</source>
        <translation>Your own lesson: {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Predict first — the answer is revealed after the action.</source>
        <translation>Predict first — the answer is revealed after the action.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now, with the numbers on screen:</source>
        <translation>Now, with the numbers on screen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your action:</source>
        <translation>Your action:</translation>
    </message>
</context>
<context>
    <name>LessonsMenu</name>
    <message>
        <location filename="../../gui/lessons/menu.py" line="+53"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue where I left off</source>
        <translation>Continue where I left off</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open lesson file…</source>
        <translation>Open lesson file…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export my answers…</source>
        <translation>Export my answers…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave lesson</source>
        <translation>Leave lesson</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open lesson file</source>
        <translation>Open lesson file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lesson files (*.toml);;All files (*)</source>
        <translation>Lesson files (*.toml);;All files (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;li&gt;line {0}: {1}&lt;/li&gt;</source>
        <translation>&lt;li&gt;line {0}: {1}&lt;/li&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This lesson file has problems</source>
        <translation>This lesson file has problems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;{0} cannot be used yet:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;</source>
        <translation>&lt;p&gt;{0} cannot be used yet:&lt;/p&gt;&lt;ul&gt;{1}&lt;/ul&gt;</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Export my answers</source>
        <translation>Export my answers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Could not write {0}: {1}</source>
        <translation>Could not write {0}: {1}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} answers written to {1}.</source>
        <translation>{0} answers written to {1}.</translation>
    </message>
</context>
<context>
    <name>LessonsMode</name>
    <message>
        <location filename="../../gui/lessons/mode.py" line="+43"/>
        <location line="+47"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
</context>
<context>
    <name>LossStepView</name>
    <message>
        <location filename="../../gui/views/loss_step.py" line="+33"/>
        <source>The gradient is a prediction: moving all weights by s·ΔW should change the loss by about s·Σ dW·ΔW (the dashed tangent). The solid curve is the real loss E on this step&apos;s minibatch along the update ΔW the optimizer applied: s = 0 is before the step, s = 1 (the marker) is where the learning rate landed, s = 2 would be twice the step. The green curve is the same on a fixed evaluation subset. Where the curve bends away from the tangent the first-order prediction breaks; a too-large lr lands past the valley&apos;s bottom (E at s = 1 higher than its minimum, or even above E at s = 0). For plain SGD ΔW = −lr·dW; for momentum and Adam the line is sliced along the optimizer&apos;s actual ΔW.</source>
        <translation>The gradient is a prediction: moving all weights by s·ΔW should change the loss by about s·Σ dW·ΔW (the dashed tangent). The solid curve is the real loss E on this step&apos;s minibatch along the update ΔW the optimizer applied: s = 0 is before the step, s = 1 (the marker) is where the learning rate landed, s = 2 would be twice the step. The green curve is the same on a fixed evaluation subset. Where the curve bends away from the tangent the first-order prediction breaks; a too-large lr lands past the valley&apos;s bottom (E at s = 1 higher than its minimum, or even above E at s = 0). For plain SGD ΔW = −lr·dW; for momentum and Adam the line is sliced along the optimizer&apos;s actual ΔW.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>s: multiples of the step ΔW (s = 1: where lr landed)</source>
        <translation>s: multiples of the step ΔW (s = 1: where lr landed)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>loss E</source>
        <translation>loss E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E on the step&apos;s minibatch</source>
        <translation>E on the step&apos;s minibatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tangent E(0) + s·Σ dW·ΔW</source>
        <translation>tangent E(0) + s·Σ dW·ΔW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E on an evaluation subset</source>
        <translation>E on an evaluation subset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the step taken (s = 1)</source>
        <translation>the step taken (s = 1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The real loss along the update (solid) against the gradient&apos;s straight-line prediction (dashed)</source>
        <translation>The real loss along the update (solid) against the gradient&apos;s straight-line prediction (dashed)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Take a training step (Step, or Play): the loss along it appears here.</source>
        <translation>Take a training step (Step, or Play): the loss along it appears here.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The loss along the last update ΔW</source>
        <translation>The loss along the last update ΔW</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ΔW = −lr·dW (plain SGD)</source>
        <translation>ΔW = −lr·dW (plain SGD)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sliced along the optimizer&apos;s actual ΔW ({0}), not along −dW</source>
        <translation>sliced along the optimizer&apos;s actual ΔW ({0}), not along −dW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step {0}, lr = {1:g}: {2}</source>
        <translation>Step {0}, lr = {1:g}: {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E(θ + s·ΔW) of step {0}</source>
        <translation>E(θ + s·ΔW) of step {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>E before the step {0:.4f} → after {1:.4f} (the tangent predicted {2:.4f}). The minibatch&apos;s lowest E on this line is {3:.4f} at s = {4:.2f}{5}. Evaluation subset ({6}): {7:.4f} → {8:.4f}.</source>
        <translation>E before the step {0:.4f} → after {1:.4f} (the tangent predicted {2:.4f}). The minibatch&apos;s lowest E on this line is {3:.4f} at s = {4:.2f}{5}. Evaluation subset ({6}): {7:.4f} → {8:.4f}.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> — the step overshot the valley</source>
        <translation> — the step overshot the valley</translation>
    </message>
</context>
<context>
    <name>Losses</name>
    <message>
        <location filename="../../gui/texts.py" line="+4"/>
        <source>cross entropy</source>
        <translation>cross entropy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>squared error</source>
        <translation>squared error</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../gui/window_docks.py" line="+24"/>
        <source>Hyperparameters</source>
        <extracomment>a dock shrinks to this much (its view scrolls inside) but not below</extracomment>
        <translation>Hyperparameters</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Probe sample</source>
        <translation>Probe sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layers: z, a, delta, dW</source>
        <translation>Layers: z, a, delta, dW</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Network</source>
        <translation>Network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backprop inspector</source>
        <translation>Backprop inspector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health</source>
        <translation>Health</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why backprop?</source>
        <translation>Why backprop?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient check</source>
        <translation>Gradient check</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dataset</source>
        <translation>Dataset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draw a digit</source>
        <translation>Draw a digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare runs</source>
        <translation>Compare runs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loss along the step</source>
        <translation>Loss along the step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit a weight</source>
        <translation>Edit a weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who pushed this weight?</source>
        <translation>Who pushed this weight?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Input gradient</source>
        <translation>Input gradient</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gradient noise</source>
        <translation>Gradient noise</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+140"/>
        <source>backprop-viz — watch backpropagation learn MNIST</source>
        <translation>backprop-viz — watch backpropagation learn MNIST</translation>
    </message>
    <message>
        <location filename="../../gui/window_wiring.py" line="+44"/>
        <source>Network reset: new random weights (the run at step {0} is kept).</source>
        <translation>Network reset: new random weights (the run at step {0} is kept).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A fresh training engine is running.</source>
        <translation>A fresh training engine is running.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restart engine</source>
        <translation>Restart engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The training worker hit an error and paused: {0}. The app is still usable — change a setting or press Reset.</source>
        <translation>The training worker hit an error and paused: {0}. The app is still usable — change a setting or press Reset.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Training paused: {0}</source>
        <translation>Training paused: {0}</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>true {0}, predicted {1}</source>
        <translation>true {0}, predicted {1}</translation>
    </message>
    <message>
        <location filename="../../gui/main_window.py" line="+71"/>
        <source>Rebuild the network?</source>
        <translation>Rebuild the network?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These settings change the network, so training restarts from new random weights (you are at step {0}). Continue?</source>
        <translation>These settings change the network, so training restarts from new random weights (you are at step {0}). Continue?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>status bar</source>
        <translation>status bar</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>training curves</source>
        <translation>training curves</translation>
    </message>
    <message>
        <location filename="../../gui/window_datasets.py" line="+43"/>
        <source>Import a dataset</source>
        <translation>Import a dataset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Datasets (*.csv *.csv.gz *.npz *.gz *.pkl.gz *-ubyte);;All files (*)</source>
        <translation>Datasets (*.csv *.csv.gz *.npz *.gz *.pkl.gz *-ubyte);;All files (*)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importing {0}…</source>
        <translation>Importing {0}…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Could not import the dataset: {0}</source>
        <translation>Could not import the dataset: {0}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported {0} as &apos;{1}&apos;. Press Apply and reset to train on it.</source>
        <translation>Imported {0} as &apos;{1}&apos;. Press Apply and reset to train on it.</translation>
    </message>
    <message>
        <location filename="../../gui/refresh_guard.py" line="+33"/>
        <source>The {0} panel could not show this step ({1}); the other panels go on.</source>
        <translation>The {0} panel could not show this step ({1}); the other panels go on.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <location filename="../../core/messages.py" line="+35"/>
        <source>{0}: {1}</source>
        <extracomment>a setting&apos;s error: {0} the setting&apos;s name, {1} the reason; {label} may name the setting&apos;s label</extracomment>
        <translation>{0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown setting; known settings: {0}</source>
        <translation>unknown setting; known settings: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a list of layer sizes like (256, 128), got {0}</source>
        <translation>must be a list of layer sizes like (256, 128), got {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected comma-separated whole numbers like 256,128, got {0}</source>
        <translation>expected comma-separated whole numbers like 256,128, got {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a list of at most {0} layer sizes</source>
        <translation>must be a list of at most {0} layer sizes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>each layer needs 1 to {0} units, got {1}</source>
        <translation>each layer needs 1 to {0} units, got {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown value {0}; allowed: {1}</source>
        <translation>unknown value {0}; allowed: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number from 1 to {0}, got {1}</source>
        <translation>must be a whole number from 1 to {0}, got {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number ≥ 0, got {0}</source>
        <translation>must be a whole number ≥ 0, got {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be a number in {0}, got {1}</source>
        <extracomment>{0}: an interval in mathematical notation, e.g. &quot;(0, 100]&quot;</extracomment>
        <translation>must be a number in {0}, got {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number like 0.01 or 1e-3, got {0}</source>
        <translation>expected a number like 0.01 or 1e-3, got {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be true or false, got {0}</source>
        <translation>must be true or false, got {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cross_entropy needs the softmax output; use squared_error with {0} outputs</source>
        <translation>cross_entropy needs the softmax output; use squared_error with {0} outputs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>must be larger than target_off ({0}), got {1}</source>
        <translation>must be larger than target_off ({0}), got {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>must be a whole number of samples ≥ 0, got {0}</source>
        <translation>must be a whole number of samples ≥ 0, got {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} is larger than the {1} training samples; allowed: 1 to {2}</source>
        <translation>{0} is larger than the {1} training samples; allowed: 1 to {2}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown preset {0}; known presets: {1}</source>
        <translation>unknown preset {0}; known presets: {1}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>training diverged at step {0}: {1}. The network keeps its last finite parameters; try a smaller learning rate, a different initialisation or batch norm.</source>
        <extracomment>{0}: the step, {1}: what went wrong (one of the two messages below)</extracomment>
        <translation>training diverged at step {0}: {1}. The network keeps its last finite parameters; try a smaller learning rate, a different initialisation or batch norm.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the loss is {0}</source>
        <translation>the loss is {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an update is NaN or infinite</source>
        <translation>an update is NaN or infinite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Network initialised: ready to train</source>
        <translation>Network initialised: ready to train</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings apply from the next step</source>
        <translation>Settings apply from the next step</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One backprop step on {0} (label {1})</source>
        <extracomment>{0}: a sample, e.g. &quot;test sample #3&quot;, {1}: its label</extracomment>
        <translation>One backprop step on {0} (label {1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished epoch {0}</source>
        <translation>Finished epoch {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training goes on: epochs raised to {0}</source>
        <extracomment>{0}: the run&apos;s new number of epochs (Play after the last epoch trains one more)</extracomment>
        <translation>Training goes on: epochs raised to {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset undone: the previous run is back</source>
        <translation>Reset undone: the previous run is back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no reset to undo</source>
        <translation>there is no reset to undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Error: {0}</source>
        <translation>Error: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no data loaded; reset with another dataset</source>
        <translation>no data loaded; reset with another dataset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>batch norm cannot train on a single sample (its batch statistics need several); turn batch norm off to train on your drawing</source>
        <translation>batch norm cannot train on a single sample (its batch statistics need several); turn batch norm off to train on your drawing</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{0} need a reset</source>
        <extracomment>{0}: the names of settings (a tuple or a text &quot;lr, momentum&quot;), worded with the panel&apos;s labels</extracomment>
        <translation>{0} need a reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown command {0}</source>
        <translation>unknown command {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a {0} network needs about {1} of memory to train ({2} {3} parameters, their gradients, the optimizer&apos;s state and a batch&apos;s activations), more than the {4} available; use fewer or smaller layers, a smaller batch or float32</source>
        <extracomment>{0}: an architecture like &quot;784-8192-10&quot;, {1}: the estimate like &quot;4.3 GB&quot;, {2}: a count of parameters, {3}: &quot;float32&quot; or &quot;float64&quot;, {4}: the memory available like &quot;2.1 GB&quot;</extracomment>
        <translation>a {0} network needs about {1} of memory to train ({2} {3} parameters, their gradients, the optimizer&apos;s state and a batch&apos;s activations), more than the {4} available; use fewer or smaller layers, a smaller batch or float32</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>batch norm cannot train with batch size 1 (the statistics of a single sample make every gradient below it 0); use a batch of at least 2 or turn batch norm off</source>
        <translation>batch norm cannot train with batch size 1 (the statistics of a single sample make every gradient below it 0); use a batch of at least 2 or turn batch norm off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the model is a {0} network ({1} inputs, {2} outputs) but {3} has {4} inputs per image and {5} classes, so it cannot be used on it</source>
        <extracomment>{0}: an architecture like &quot;100-30-5&quot;, {1}/{2}: its inputs/outputs, {3}: the data (a file&apos;s name or &quot;MNIST&quot;), {4}: inputs per image there, {5}: its number of classes</extracomment>
        <translation>the model is a {0} network ({1} inputs, {2} outputs) but {3} has {4} inputs per image and {5} classes, so it cannot be used on it</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>take a training step first: this needs the last minibatch&apos;s backward pass</source>
        <translation>take a training step first: this needs the last minibatch&apos;s backward pass</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>take a whole training step first: the loss along the step needs its update ΔW</source>
        <translation>take a whole training step first: the loss along the step needs its update ΔW</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pause training to edit a weight</source>
        <translation>pause training to edit a weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish the step under way first: its forward and backward passes used the old weights</source>
        <translation>finish the step under way first: its forward and backward passes used the old weights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>there is no weight edit to undo</source>
        <translation>there is no weight edit to undo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the network has trained since the edit, so it can no longer be undone</source>
        <translation>the network has trained since the edit, so it can no longer be undone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step {0} of {1}, recomputed from the timeline</source>
        <translation>Step {0} of {1}, recomputed from the timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch from step {0}: {1}</source>
        <translation>Branch from step {0}: {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {0} is not on the timeline ({1} to {2})</source>
        <translation>step {0} is not on the timeline ({1} to {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>finish the step under way before moving on the timeline</source>
        <translation>finish the step under way before moving on the timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} cannot change in a branch (a reset is needed)</source>
        <translation>{0} cannot change in a branch (a reset is needed)</translation>
    </message>
</context>
<context>
    <name>NetworkDiagram</name>
    <message>
        <location filename="../../gui/views/network_diagram.py" line="+33"/>
        <source>The network as columns: the input image on the left, then every layer l. A node is one unit; its colour is its activation a = f(z) for the probe sample (forward mode) or its error δ = ∂E/∂z (backward mode), red positive, blue negative, white zero, scaled per layer. Wide layers show 16 of their units. Lines are the strongest terms: forward a_prev·w, the pieces of z = Σ a_prev·w + b; backward a_prev·δ, the sample&apos;s weight gradient dW. Click a node to see its z, a, δ, bias and incoming weights.</source>
        <translation>The network as columns: the input image on the left, then every layer l. A node is one unit; its colour is its activation a = f(z) for the probe sample (forward mode) or its error δ = ∂E/∂z (backward mode), red positive, blue negative, white zero, scaled per layer. Wide layers show 16 of their units. Lines are the strongest terms: forward a_prev·w, the pieces of z = Σ a_prev·w + b; backward a_prev·δ, the sample&apos;s weight gradient dW. Click a node to see its z, a, δ, bias and incoming weights.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>auto</source>
        <translation>auto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>a (forward)</source>
        <translation>a (forward)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>δ (backward)</source>
        <translation>δ (backward)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>most active</source>
        <translation>most active</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>evenly spaced</source>
        <translation>evenly spaced</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>terms a·w / a·δ</source>
        <translation>terms a·w / a·δ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>weights |w|</source>
        <translation>weights |w|</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the node colours show: the activation a, or the error δ. Auto shows δ while a step waits after its backward phase, a otherwise.</source>
        <translation>What the node colours show: the activation a, or the error δ. Auto shows δ while a step waits after its backward phase, a otherwise.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Which 16 units of a wide layer are drawn</source>
        <translation>Which 16 units of a wide layer are drawn</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which connections are drawn, the 24 largest per pair of columns: the terms a_prev·w (forward) or a_prev·δ (backward), or simply the weights</source>
        <translation>Which connections are drawn, the 24 largest per pair of columns: the terms a_prev·w (forward) or a_prev·δ (backward), or simply the weights</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>colour</source>
        <translation>colour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>units</source>
        <translation>units</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>lines</source>
        <translation>lines</translation>
    </message>
    <message>
        <location filename="../../gui/views/diagram_drawing.py" line="+52"/>
        <source>input x
{0} values</source>
        <translation>input x
{0} values</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>output</source>
        <translation>output</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {0}</source>
        <translation>layer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0}
{1} units</source>
        <translation>{0}
{1} units</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>+{0} more</source>
        <translation>+{0} more</translation>
    </message>
</context>
<context>
    <name>NetworkLegend</name>
    <message>
        <location filename="../../gui/views/network_detail.py" line="+44"/>
        <source>error δ = ∂E/∂z</source>
        <translation>error δ = ∂E/∂z</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>activation a = f(z)</source>
        <translation>activation a = f(z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>weights w</source>
        <translation>weights w</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a_prev·δ (the sample&apos;s dW)</source>
        <translation>a_prev·δ (the sample&apos;s dW)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a_prev·w (the terms of z)</source>
        <translation>a_prev·w (the terms of z)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (label {0})</source>
        <translation> (label {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Nodes:&lt;/b&gt; {what} of the probe, {source}{known} — &lt;span style=&apos;color:#2151db&apos;&gt;■ negative&lt;/span&gt; · &lt;span style=&apos;color:#bbb&apos;&gt;□&lt;/span&gt; 0 · &lt;span style=&apos;color:#c00206&apos;&gt;■ positive&lt;/span&gt;, scaled per layer (max |value| under each column). &lt;b&gt;Lines:&lt;/b&gt; the {edges} largest {lines} per layer: &lt;span style=&apos;color:#c81e1e&apos;&gt;red +&lt;/span&gt;, &lt;span style=&apos;color:#1e50d2&apos;&gt;blue −&lt;/span&gt;, thicker = larger.</source>
        <translation>&lt;b&gt;Nodes:&lt;/b&gt; {what} of the probe, {source}{known} — &lt;span style=&apos;color:#2151db&apos;&gt;■ negative&lt;/span&gt; · &lt;span style=&apos;color:#bbb&apos;&gt;□&lt;/span&gt; 0 · &lt;span style=&apos;color:#c00206&apos;&gt;■ positive&lt;/span&gt;, scaled per layer (max |value| under each column). &lt;b&gt;Lines:&lt;/b&gt; the {edges} largest {lines} per layer: &lt;span style=&apos;color:#c81e1e&apos;&gt;red +&lt;/span&gt;, &lt;span style=&apos;color:#1e50d2&apos;&gt;blue −&lt;/span&gt;, thicker = larger.</translation>
    </message>
</context>
<context>
    <name>NodeDetail</name>
    <message>
        <location line="+46"/>
        <location line="+3"/>
        <source>The selected node&apos;s numbers for the probe sample and its incoming weights</source>
        <translation>The selected node&apos;s numbers for the probe sample and its incoming weights</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&lt;b&gt;Click a node&lt;/b&gt; to see its numbers.</source>
        <translation>&lt;b&gt;Click a node&lt;/b&gt; to see its numbers.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;Layer {0} · output · {1}&lt;br&gt;unit {2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Layer {0} · output · {1}&lt;br&gt;unit {2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Layer {0} · hidden · {1}&lt;br&gt;unit {2}&lt;/b&gt;</source>
        <translation>&lt;b&gt;Layer {0} · hidden · {1}&lt;br&gt;unit {2}&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>bias</source>
        <translation>bias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for the probe sample</source>
        <translation>for the probe sample</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Incoming weights appear with the next displayed step.</source>
        <translation>Incoming weights appear with the next displayed step.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Incoming weights W[:, {0}] as a {1}×{1} image: red pixels push z up, blue push it down (colour range ±{2:.3g}).</source>
        <translation>Incoming weights W[:, {0}] as a {1}×{1} image: red pixels push z up, blue push it down (colour range ±{2:.3g}).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Incoming weights W[:, {0}]: one bar per unit of layer {1}.</source>
        <translation>Incoming weights W[:, {0}]: one bar per unit of layer {1}.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>input unit i (of layer {0})</source>
        <translation>input unit i (of layer {0})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weight w[i, unit]</source>
        <translation>weight w[i, unit]</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <location filename="../../gui/notice.py" line="+50"/>
        <location line="+1"/>
        <source>Dismiss this message</source>
        <translation>Dismiss this message</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+16"/>
        <source>Do what the message offers, e.g. undo the reset</source>
        <translation>Do what the message offers, e.g. undo the reset</translation>
    </message>
</context>
<context>
    <name>PadInput</name>
    <message>
        <location filename="../../gui/views/pad_input.py" line="+20"/>
        <source>Train on it to see
the gradient of
the step here</source>
        <translation>Train on it to see
the gradient of
the step here</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>&lt;b&gt;network input x&lt;/b&gt; (28×28)</source>
        <translation>&lt;b&gt;network input x&lt;/b&gt; (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The 28×28 input x the network gets (white = ink)</source>
        <translation>The 28×28 input x the network gets (white = ink)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gradient of the loss of the last &apos;Train on it&apos; step with respect to each input pixel, ∂E/∂x = W₁·δ₁ (backpropagated one layer further than the weights)</source>
        <translation>The gradient of the loss of the last &apos;Train on it&apos; step with respect to each input pixel, ∂E/∂x = W₁·δ₁ (backpropagated one layer further than the weights)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>∂E/∂x of the step: &lt;span style=&apos;color:#2166ac&apos;&gt;blue&lt;/span&gt; = more ink here lowers the loss, &lt;span style=&apos;color:#b2182b&apos;&gt;red&lt;/span&gt; raises it</source>
        <translation>∂E/∂x of the step: &lt;span style=&apos;color:#2166ac&apos;&gt;blue&lt;/span&gt; = more ink here lowers the loss, &lt;span style=&apos;color:#b2182b&apos;&gt;red&lt;/span&gt; raises it</translation>
    </message>
</context>
<context>
    <name>PadStages</name>
    <message>
        <location filename="../../gui/views/pad_stages.py" line="-135"/>
        <source>original</source>
        <translation>original</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>grey</source>
        <translation>grey</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>thresholded</source>
        <translation>thresholded</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>cropped</source>
        <translation>cropped</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>28×28 input</source>
        <translation>28×28 input</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>How your picture became the network&apos;s input: grey, inverted if dark on light; the background and paper texture removed by a threshold; cut to the ink; fitted to 20×20 and centred by mass in 28×28</source>
        <translation>How your picture became the network&apos;s input: grey, inverted if dark on light; the background and paper texture removed by a threshold; cut to the ink; fitted to 20×20 and centred by mass in 28×28</translation>
    </message>
</context>
<context>
    <name>Phases</name>
    <message>
        <location filename="../../gui/texts.py" line="-27"/>
        <source>forward</source>
        <translation>forward</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>backward</source>
        <translation>backward</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>update</source>
        <translation>update</translation>
    </message>
</context>
<context>
    <name>PixelTableModel</name>
    <message>
        <location filename="../../gui/views/image_detail.py" line="-115"/>
        <source>row {0}, column {1}: {2} (x = {3:.3f} after /255)</source>
        <translation>row {0}, column {1}: {2} (x = {3:.3f} after /255)</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/graphicsItems/PlotItem/PlotItem.py" line="+223"/>
        <source>Transforms</source>
        <translation>Transforms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Downsample</source>
        <translation>Downsample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Average</source>
        <translation>Average</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Alpha</source>
        <translation>Alpha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Grid</source>
        <translation>Grid</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points</source>
        <translation>Points</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plot Options</source>
        <translation>Plot Options</translation>
    </message>
</context>
<context>
    <name>ProbeView</name>
    <message>
        <location filename="../../gui/views/probe.py" line="+27"/>
        <source>One test image followed through training. Top: the input x the network sees (28×28 pixels, scaled). Bottom: the output layer&apos;s activations a_L = f(z_L), one bar per class — for a softmax output the probabilities p_k = e^z_k / Σ_m e^z_m, which sum to 1. Green: the true label; red: a wrong prediction (the largest a_L). An untrained network answers nearly uniformly (about 0.1 everywhere); watch the green bar grow as training goes on. ◀ / ▶ or the index box pick another sample.</source>
        <translation>One test image followed through training. Top: the input x the network sees (28×28 pixels, scaled). Bottom: the output layer&apos;s activations a_L = f(z_L), one bar per class — for a softmax output the probabilities p_k = e^z_k / Σ_m e^z_m, which sum to 1. Green: the true label; red: a wrong prediction (the largest a_L). An untrained network answers nearly uniformly (about 0.1 everywhere); watch the green bar grow as training goes on. ◀ / ▶ or the index box pick another sample.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>input x (28×28)</source>
        <translation>input x (28×28)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output a_L</source>
        <translation>output a_L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>class</source>
        <translation>class</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>activation a_L</source>
        <translation>activation a_L</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Previous test sample</source>
        <translation>Previous test sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next test sample</source>
        <translation>Next test sample</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Index of the probe sample in the test (or validation) set; any of 0 … {0} works</source>
        <translation>Index of the probe sample in the test (or validation) set; any of 0 … {0} works</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe sample</source>
        <translation>probe sample</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading MNIST…</source>
        <translation>Loading MNIST…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>right</source>
        <translation>right</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>wrong</source>
        <translation>wrong</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, loss E = {0:.4f}</source>
        <translation>, loss E = {0:.4f}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{source}: label {label} → predicted {pred} (a_L = {a:.3f}, {verdict}){loss}</source>
        <translation>{source}: label {label} → predicted {pred} (a_L = {a:.3f}, {verdict}){loss}</translation>
    </message>
</context>
<context>
    <name>ProcessEngine</name>
    <message>
        <location filename="../../gui/engine_process.py" line="+194"/>
        <source>The training engine stopped unexpectedly (exit code {0}). A fresh engine is starting with the last settings; the network starts again from its initialisation.</source>
        <extracomment>how long a stopping engine may take to end before it is killed (it may be in a long step) &quot;running&quot; (an engine has reported), &quot;starting&quot; (started after a death, not heard yet) or &quot;down&quot; (none: waiting to try again); with the seconds until the next attempt when down</extracomment>
        <translation>The training engine stopped unexpectedly (exit code {0}). A fresh engine is starting with the last settings; the network starts again from its initialisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The training engine could not start (exit code {0}). No engine is running: the next attempt is in {1} s, or use Restart engine now.</source>
        <translation>The training engine could not start (exit code {0}). No engine is running: the next attempt is in {1} s, or use Restart engine now.</translation>
    </message>
</context>
<context>
    <name>QuestionCard</name>
    <message>
        <location filename="../../gui/lessons/question_card.py" line="+82"/>
        <source>Prediction locked in. Now take the action below; then the network&apos;s own numbers will check it.</source>
        <translation>Prediction locked in. Now take the action below; then the network&apos;s own numbers will check it.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Checking against the network&apos;s numbers…</source>
        <translation>Checking against the network&apos;s numbers…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>✓ Right — the answer is {0}.</source>
        <translation>✓ Right — the answer is {0}.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>✗ Not quite — the answer is {0}.</source>
        <translation>✗ Not quite — the answer is {0}.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Lock in my prediction</source>
        <translation>Lock in my prediction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Check</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sign</source>
        <translation>sign</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>choice</source>
        <translation>choice</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>direction</source>
        <translation>direction</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>predict before the action</source>
        <translation>predict before the action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>on the numbers now on screen</source>
        <translation>on the numbers now on screen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question {0} · {1} · {2}</source>
        <translation>Question {0} · {1} · {2}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Try again</source>
        <translation>Try again</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer this question once more</source>
        <translation>Answer this question once more</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep this prediction; it is checked after the action</source>
        <translation>Keep this prediction; it is checked after the action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask the engine whether this is right for the numbers of this step</source>
        <translation>Ask the engine whether this is right for the numbers of this step</translation>
    </message>
</context>
<context>
    <name>RaceCounters</name>
    <message>
        <location filename="../../gui/views/race_counters.py" line="+23"/>
        <source>entries done</source>
        <translation>entries done</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>elapsed</source>
        <translation>elapsed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>time per entry</source>
        <translation>time per entry</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>one gradient</source>
        <translation>one gradient</translation>
    </message>
    <message>
        <location line="-2"/>
        <location line="+3"/>
        <source>one epoch</source>
        <translation>one epoch</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>epoch range</source>
        <translation>epoch range</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ratio</source>
        <translation>ratio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the course</source>
        <translation>the course</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Numerical differentiation — 2 forward passes per parameter</source>
        <translation>Numerical differentiation — 2 forward passes per parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backpropagation — 1 forward + 1 backward pass for all</source>
        <translation>Backpropagation — 1 forward + 1 backward pass for all</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The course&apos;s setting: 784-30-10, sigmoid, squared error, batch 1, one epoch = 60,000 numerical gradients. Measured here for a moment when another network is raced.</source>
        <translation>The course&apos;s setting: 784-30-10, sigmoid, squared error, batch 1, one epoch = 60,000 numerical gradients. Measured here for a moment when another network is raced.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One epoch at the rate of the fastest and of the slowest tenth of the gradient, each timed end to end: how much the machine&apos;s other work moves the figure.</source>
        <translation>One epoch at the rate of the fastest and of the slowest tenth of the gradient, each timed end to end: how much the machine&apos;s other work moves the figure.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>trained 784-100-10 for one epoch in {0}</source>
        <translation>trained 784-100-10 for one epoch in {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The course&apos;s setting (784-30-10, batch 1, 60,000 samples): the course measured {0} for one epoch of numerical differentiation. Start the race to measure it on this machine.</source>
        <translation>The course&apos;s setting (784-30-10, batch 1, 60,000 samples): the course measured {0} for one epoch of numerical differentiation. Start the race to measure it on this machine.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>{0:,} of {1:,} parameters</source>
        <translation>{0:,} of {1:,} parameters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} (median of {1:,})</source>
        <translation>{0} (median of {1:,})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; = {1:,} × {2} (wall time per entry)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; = {1:,} × {2} (wall time per entry)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>— (timed per tenth of the gradient)</source>
        <translation>— (timed per tenth of the gradient)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} – {1} (fastest and slowest tenth)</source>
        <translation>{0} – {1} (fastest and slowest tenth)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+14"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; = {1:,.0f} gradients</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; = {1:,.0f} gradients</translation>
    </message>
    <message>
        <location line="-13"/>
        <source> · course: {0}</source>
        <translation> · course: {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;backprop is {0:,.0f}× faster&lt;/b&gt; per gradient</source>
        <translation>&lt;b&gt;backprop is {0:,.0f}× faster&lt;/b&gt; per gradient</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The course&apos;s setting (784-30-10, batch 1, 60,000 samples): one epoch of numerical differentiation would take &lt;b&gt;{0}&lt;/b&gt; on this machine — the course measured &lt;b&gt;{1}&lt;/b&gt;.</source>
        <translation>The course&apos;s setting (784-30-10, batch 1, 60,000 samples): one epoch of numerical differentiation would take &lt;b&gt;{0}&lt;/b&gt; on this machine — the course measured &lt;b&gt;{1}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> Fastest to slowest tenth: {0} – {1}.</source>
        <translation> Fastest to slowest tenth: {0} – {1}.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;{0}&lt;/b&gt; for all {1:,} (median pass)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt; for all {1:,} (median pass)</translation>
    </message>
</context>
<context>
    <name>RaceRunner</name>
    <message>
        <location filename="../../gui/race_worker.py" line="+74"/>
        <source>the engine has not started yet</source>
        <translation>the engine has not started yet</translation>
    </message>
</context>
<context>
    <name>RaceView</name>
    <message>
        <location filename="../../gui/views/race.py" line="+29"/>
        <source>Why backprop? The numerical derivative ∂E/∂w ≈ (E(w + ε) − E(w − ε)) / 2ε needs two forward passes for every single parameter w; backpropagation gets all of them from one forward and one backward pass. Both run here on the same float64 network and samples. The numerical side is timed end to end and extrapolated: one gradient = its wall time per entry × number of parameters, one epoch = one gradient × 60,000 samples / batch size; the range beside it is the epoch at the rate of the fastest and of the slowest tenth of the gradient, each timed end to end. The course measured 20 h 22 min for one epoch of 784-30-10 at batch 1 (7 h 53 min for 784-8-10) and trained 784-100-10 with backprop in 28.9 s. Below: do the two methods agree? Each parameter array&apos;s relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) over the entries done so far (below 1e-6 passes), every entry as a point (on the diagonal when they agree), and the worst entries. The wall time includes every pause of the machine, as a real epoch would; the median entry beside it is the typical entry, and backprop&apos;s time is the median of passes timed in between. Pause training for clean timings: both share the CPU.</source>
        <translation>Why backprop? The numerical derivative ∂E/∂w ≈ (E(w + ε) − E(w − ε)) / 2ε needs two forward passes for every single parameter w; backpropagation gets all of them from one forward and one backward pass. Both run here on the same float64 network and samples. The numerical side is timed end to end and extrapolated: one gradient = its wall time per entry × number of parameters, one epoch = one gradient × 60,000 samples / batch size; the range beside it is the epoch at the rate of the fastest and of the slowest tenth of the gradient, each timed end to end. The course measured 20 h 22 min for one epoch of 784-30-10 at batch 1 (7 h 53 min for 784-8-10) and trained 784-100-10 with backprop in 28.9 s. Below: do the two methods agree? Each parameter array&apos;s relative error ‖num − bp‖ / (‖num‖ + ‖bp‖) over the entries done so far (below 1e-6 passes), every entry as a point (on the diagonal when they agree), and the worst entries. The wall time includes every pause of the machine, as a real epoch would; the median entry beside it is the typical entry, and backprop&apos;s time is the median of passes timed in between. Pause training for clean timings: both share the CPU.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The race failed: {0}</source>
        <translation>The race failed: {0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+110"/>
        <source>Waiting for the engine…</source>
        <translation>Waiting for the engine…</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>{0} ({1:,} parameters)</source>
        <translation>{0} ({1:,} parameters)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The course&apos;s networks use its setup (sigmoid, squared error); &apos;current network&apos; races the app&apos;s network as it is now. 784-30-10 is the course&apos;s own setting.</source>
        <translation>The course&apos;s networks use its setup (sigmoid, squared error); &apos;current network&apos; races the app&apos;s network as it is now. 784-30-10 is the course&apos;s own setting.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>network</source>
        <translation>network</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>batch </source>
        <translation>batch </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples per gradient. The course used batch 1: one epoch = 60,000 gradients.</source>
        <translation>Samples per gradient. The course used batch 1: one epoch = 60,000 gradients.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>▶ Start race</source>
        <translation>▶ Start race</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time backprop, then the numerical derivative entry by entry, and extrapolate both to a whole epoch (training pauses meanwhile)</source>
        <translation>Time backprop, then the numerical derivative entry by entry, and extrapolate both to a whole epoch (training pauses meanwhile)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>■ Stop</source>
        <translation>■ Stop</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop the race before its next entry; the figures so far are extrapolated from the entries done</source>
        <translation>Stop the race before its next entry; the figures so far are extrapolated from the entries done</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+104"/>
        <source>press Start</source>
        <translation>press Start</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>current network (none yet)</source>
        <translation>current network (none yet)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>current network: {0} ({1:,} parameters)</source>
        <translation>current network: {0} ({1:,} parameters)</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Press Start: each numerical entry is compared with backprop&apos;s value for it.</source>
        <translation>Press Start: each numerical entry is compared with backprop&apos;s value for it.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Press Start: every entry computed
becomes a point (backprop, numerical).
Agreement puts it on the diagonal.</source>
        <translation>Press Start: every entry computed
becomes a point (backprop, numerical).
Agreement puts it on the diagonal.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Timing backprop on {0}, then the numerical derivative entry by entry…</source>
        <translation>Timing backprop on {0}, then the numerical derivative entry by entry…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Stopped after {0:,} of {1:,} entries: the figures are extrapolated from those.</source>
        <translation>Stopped after {0:,} of {1:,} entries: the figures are extrapolated from those.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complete: all {0:,} entries of one numerical gradient computed.</source>
        <translation>Complete: all {0:,} entries of one numerical gradient computed.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finished the {0:,} entries asked for; the figures are extrapolated from those.</source>
        <translation>Finished the {0:,} entries asked for; the figures are extrapolated from those.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Racing {0} at batch {1}…</source>
        <translation>Racing {0} at batch {1}…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>{0:,} / {1:,} numerical entries ({2:.1f} %)</source>
        <translation>{0:,} / {1:,} numerical entries ({2:.1f} %)</translation>
    </message>
</context>
<context>
    <name>Sources</name>
    <message>
        <location filename="../../gui/texts.py" line="+57"/>
        <source>your drawing</source>
        <translation>your drawing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>test digit #{0}</source>
        <translation>test digit #{0}</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>{split} sample #{index}</source>
        <translation>{split} sample #{index}</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>{split} image #{index}</source>
        <translation>{split} image #{index}</translation>
    </message>
</context>
<context>
    <name>Splits</name>
    <message>
        <location line="-69"/>
        <source>train</source>
        <translation>train</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>validation</source>
        <translation>validation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>test</source>
        <translation>test</translation>
    </message>
</context>
<context>
    <name>States</name>
    <message>
        <location line="+1"/>
        <source>paused</source>
        <translation>paused</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>playing</source>
        <translation>playing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stepping</source>
        <translation>stepping</translation>
    </message>
</context>
<context>
    <name>ThumbnailModel</name>
    <message>
        <location filename="../../gui/views/thumbnails.py" line="+103"/>
        <source>image #{0} · label {1}</source>
        <extracomment>thumbnails kept (about 1 MB per 1,000)</extracomment>
        <translation>image #{0} · label {1}</translation>
    </message>
</context>
<context>
    <name>TimelineBar</name>
    <message>
        <location filename="../../gui/views/timeline.py" line="-149"/>
        <source>Timeline</source>
        <extracomment>milliseconds between Rewind commands while the handle is dragged</extracomment>
        <translation>Timeline</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Branch from here…</source>
        <translation>Branch from here…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change live settings at this step and train a branch; Compare shows it beside its parent</source>
        <translation>Change live settings at this step and train a branch; Compare shows it beside its parent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export clip…</source>
        <translation>Export clip…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Render a view from one step to another as an animated GIF</source>
        <translation>Render a view from one step to another as an animated GIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to any step: every view shows the network at that step. [ and ] move one step, with Shift one epoch</source>
        <translation>Drag to any step: every view shows the network at that step. [ and ] move one step, with Shift one epoch</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>step {0} of {1} (epoch {2:.2f})</source>
        <translation>step {0} of {1} (epoch {2:.2f})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> · branch at {0}</source>
        <translation> · branch at {0}</translation>
    </message>
</context>
<context>
    <name>Tour</name>
    <message>
        <location filename="../../gui/tour.py" line="+39"/>
        <source>One training step</source>
        <translation>One training step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;Step&lt;/b&gt; trains one minibatch: the forward pass computes z and a layer by layer, the backward pass sends the error δ back and gives every dW, and the update changes W. Press it (or N) and watch every panel change. P does one phase at a time; Space plays and pauses.</source>
        <translation>&lt;b&gt;Step&lt;/b&gt; trains one minibatch: the forward pass computes z and a layer by layer, the backward pass sends the error δ back and gives every dW, and the update changes W. Press it (or N) and watch every panel change. P does one phase at a time; Space plays and pauses.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Inside one layer</source>
        <translation>Inside one layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;Layers&lt;/b&gt; panel shows what one layer computed for the minibatch: histograms and heatmaps of z, a, δ and dW, and how their spread, dead units, ‖dW‖ and the update ratio change over time.</source>
        <translation>The &lt;b&gt;Layers&lt;/b&gt; panel shows what one layer computed for the minibatch: histograms and heatmaps of z, a, δ and dW, and how their spread, dead units, ‖dW‖ and the update ratio change over time.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The whole network</source>
        <translation>The whole network</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;Network&lt;/b&gt; panel draws the layers as columns of units, coloured by their activation a (forward) or error δ (backward) for the probe sample. Click a unit to see its numbers.</source>
        <translation>The &lt;b&gt;Network&lt;/b&gt; panel draws the layers as columns of units, coloured by their activation a (forward) or error δ (backward) for the probe sample. Click a unit to see its numbers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The formulas with real numbers</source>
        <translation>The formulas with real numbers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;Backprop inspector&lt;/b&gt; writes the lecture&apos;s equations out for one unit — z = Σ a_prev·w + b, δ = (Σ δ_next·w)·f′(z), dW = Σ a_prev·δ, W − lr·dW — with this step&apos;s own numbers.</source>
        <translation>The &lt;b&gt;Backprop inspector&lt;/b&gt; writes the lecture&apos;s equations out for one unit — z = Σ a_prev·w + b, δ = (Σ δ_next·w)·f′(z), dW = Σ a_prev·δ, W − lr·dW — with this step&apos;s own numbers.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own digit</source>
        <translation>Your own digit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On the &lt;b&gt;drawing pad&lt;/b&gt; you draw a digit and see what the network answers, live. &lt;b&gt;Train on it&lt;/b&gt; takes one backprop step on your drawing and shows how the answer changed.</source>
        <translation>On the &lt;b&gt;drawing pad&lt;/b&gt; you draw a digit and see what the network answers, live. &lt;b&gt;Train on it&lt;/b&gt; takes one backprop step on your drawing and shows how the answer changed.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why backprop?</source>
        <translation>Why backprop?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &lt;b&gt;race&lt;/b&gt; computes the same gradient numerically, two forward passes per weight, against backprop&apos;s one forward and one backward pass — on this machine, next to the course&apos;s 20 h 22 min for one epoch.</source>
        <translation>The &lt;b&gt;race&lt;/b&gt; computes the same gradient numerically, two forward passes per weight, against backprop&apos;s one forward and one backward pass — on this machine, next to the course&apos;s 20 h 22 min for one epoch.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Help is always here</source>
        <translation>Help is always here</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hover over any control for what it does and a sensible value; the ⓘ button of each panel explains what you are seeing. &lt;b&gt;Help → Tour&lt;/b&gt; shows this tour again, and &lt;b&gt;View → Language&lt;/b&gt; switches between English and 한국어.</source>
        <translation>Hover over any control for what it does and a sensible value; the ⓘ button of each panel explains what you are seeing. &lt;b&gt;Help → Tour&lt;/b&gt; shows this tour again, and &lt;b&gt;View → Language&lt;/b&gt; switches between English and 한국어.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Skip tour</source>
        <translation>Skip tour</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Close the tour (Esc); Help → Tour shows it again</source>
        <translation>Close the tour (Esc); Help → Tour shows it again</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The previous step of the tour</source>
        <translation>The previous step of the tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>Done</source>
        <translation>Done</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the tour</source>
        <translation>End the tour</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The next step of the tour</source>
        <translation>The next step of the tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next</source>
        <translation>Next</translation>
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
        <translation>1 step/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5 steps/s</source>
        <translation>5 steps/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>20 steps/s</source>
        <translation>20 steps/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as fast as possible</source>
        <translation>as fast as possible</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+157"/>
        <source>Play</source>
        <extracomment>action name → (text, status tip); the tooltip adds the shortcut</extracomment>
        <translation>Play</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>Train continuously; press again to pause</source>
        <translation>Train continuously; press again to pause</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step</source>
        <translation>Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train one minibatch: forward, backward, update</source>
        <translation>Train one minibatch: forward, backward, update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do one phase of the step: forward, then backward, then update</source>
        <translation>Do one phase of the step: forward, then backward, then update</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epoch</source>
        <translation>Epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train until the end of the current epoch</source>
        <translation>Train until the end of the current epoch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run</source>
        <translation>Run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Train the number of epochs in the box</source>
        <translation>Train the number of epochs in the box</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset</source>
        <translation>Reset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-initialise the network with the seed</source>
        <translation>Re-initialise the network with the seed</translation>
    </message>
    <message>
        <location line="+58"/>
        <location line="+117"/>
        <source> or </source>
        <translation> or </translation>
    </message>
    <message>
        <location line="-116"/>
        <source>{0} ({1})</source>
        <translation>{0} ({1})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> epochs</source>
        <translation> epochs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Epochs to run</source>
        <translation>Epochs to run</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training speed</source>
        <translation>Training speed</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Training phase</source>
        <translation>Training phase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How many epochs the Run button trains (1–3 are enough to see most of the learning)</source>
        <translation>How many epochs the Run button trains (1–3 are enough to see most of the learning)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Slow training down to watch each step (1–5 steps/s), or let it run at full speed</source>
        <translation>Slow training down to watch each step (1–5 steps/s), or let it run at full speed</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> speed </source>
        <translation> speed </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The three phases of a training step; the last completed one is highlighted</source>
        <translation>The three phases of a training step; the last completed one is highlighted</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restart engine</source>
        <translation>Restart engine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start a fresh training engine now, with the last settings</source>
        <translation>Start a fresh training engine now, with the last settings</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Starting the training engine…</source>
        <translation>Starting the training engine…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No training engine is running (next attempt in {0} s)</source>
        <translation>No training engine is running (next attempt in {0} s)</translation>
    </message>
</context>
<context>
    <name>TrainingController</name>
    <message>
        <location filename="../../gui/controller.py" line="+169"/>
        <source>the training engine stopped and was restarted; try again</source>
        <translation>the training engine stopped and was restarted; try again</translation>
    </message>
</context>
<context>
    <name>TrainingStatusBar</name>
    <message>
        <location filename="../../gui/statusbar.py" line="+49"/>
        <source>Completed epochs of the run&apos;s planned epochs, and minibatch steps in this epoch. After the last epoch, Play trains one more.</source>
        <translation>Completed epochs of the run&apos;s planned epochs, and minibatch steps in this epoch. After the last epoch, Play trains one more.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training throughput, measured over the last steps</source>
        <translation>Training throughput, measured over the last steps</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time spent training, and the estimated time to the end of the target epoch</source>
        <translation>Time spent training, and the estimated time to the end of the target epoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current learning rate</source>
        <translation>Current learning rate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worker state: paused, playing or stepping</source>
        <translation>Worker state: paused, playing or stepping</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>epoch {0} · step {1}</source>
        <translation>epoch {0} · step {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>— samples/s</source>
        <translation>— samples/s</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+16"/>
        <source>elapsed {0} · ETA {1}</source>
        <translation>elapsed {0} · ETA {1}</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+17"/>
        <source>lr {0}</source>
        <translation>lr {0}</translation>
    </message>
    <message>
        <location line="-12"/>
        <source> · phase {0}</source>
        <translation> · phase {0}</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch {0}/{1} · done (total {2} steps)</source>
        <translation>epoch {0}/{1} · done (total {2} steps)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>epoch {0}/{1} · step {2}/{3} (total {4}){5}</source>
        <translation>epoch {0}/{1} · step {2}/{3} (total {4}){5}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:,.0f} samples/s</source>
        <translation>{0:,.0f} samples/s</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <location filename="../../gui/texts.py" line="-17"/>
        <source>{0:.1f} days</source>
        <translation>{0:.1f} days</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} h {1} min</source>
        <translation>{0} h {1} min</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>{0} min {1} s</source>
        <translation>{0} min {1} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:.1f} s</source>
        <translation>{0:.1f} s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0:.1f} ms</source>
        <translation>{0:.1f} ms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0:.0f} µs</source>
        <translation>{0:.0f} µs</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../../../../root/.pyenv/versions/3.11.7/lib/python3.11/site-packages/pyqtgraph/graphicsItems/ViewBox/ViewBoxMenu.py" line="+17"/>
        <source>ViewBox options</source>
        <translation>ViewBox options</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>View All</source>
        <translation>View All</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Mouse Mode</source>
        <translation>Mouse Mode</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>3 button</source>
        <translation>3 button</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 button</source>
        <translation>1 button</translation>
    </message>
</context>
<context>
    <name>WeightEditView</name>
    <message>
        <location filename="../../gui/views/weight_edit.py" line="+37"/>
        <source>The gradient predicts what a change does: moving W[i, j] by Δw changes the loss E by about dW[i, j]·Δw. Pick a weight (or click a cell of the Weights heatmap), type a new value or drag the slider, and press Apply (training must be paused). The engine changes that one weight of the real network and reports the predicted and the actual ΔE on the last minibatch and on the probe sample: they agree for small edits and part where the loss curves. The bars show the probe&apos;s output a_L before (grey) and after (blue); the thumbnails are test digits whose answer the edit flipped. Undo restores the exact old weight.</source>
        <translation>The gradient predicts what a change does: moving W[i, j] by Δw changes the loss E by about dW[i, j]·Δw. Pick a weight (or click a cell of the Weights heatmap), type a new value or drag the slider, and press Apply (training must be paused). The engine changes that one weight of the real network and reports the predicted and the actual ΔE on the last minibatch and on the probe sample: they agree for small edits and part where the loss curves. The bars show the probe&apos;s output a_L before (grey) and after (blue); the thumbnails are test digits whose answer the edit flipped. Undo restores the exact old weight.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The new value of W[i, j]; press Apply (or Enter)</source>
        <translation>The new value of W[i, j]; press Apply (or Enter)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drag to move W[i, j] by up to ±2·max|W| of the layer; released, it is applied</source>
        <translation>Drag to move W[i, j] by up to ±2·max|W| of the layer; released, it is applied</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Apply</source>
        <translation>Apply</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set W[i, j] to the new value in the real network (training must be paused)</source>
        <translation>Set W[i, j] to the new value in the real network (training must be paused)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore the exact weight before the last edit</source>
        <translation>Restore the exact weight before the last edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The probe&apos;s output a_L before (grey) and after (blue) the edit</source>
        <translation>The probe&apos;s output a_L before (grey) and after (blue) the edit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>output unit (digit)</source>
        <translation>output unit (digit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test digits whose predicted class the edit changed (before → after)</source>
        <translation>Test digits whose predicted class the edit changed (before → after)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pick a weight, type or drag a new value, then Apply. Pause training first.</source>
        <translation>Pick a weight, type or drag a new value, then Apply. Pause training first.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>now W{0}[{1}, {2}] = {3:.6g}</source>
        <translation>now W{0}[{1}, {2}] = {3:.6g}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the network…</source>
        <translation>waiting for the network…</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>&lt;b&gt;W{0}[{1}, {2}]: {3:.6g} → {4:.6g}&lt;/b&gt; (Δw = {5:+.4g})</source>
        <translation>&lt;b&gt;W{0}[{1}, {2}]: {3:.6g} → {4:.6g}&lt;/b&gt; (Δw = {5:+.4g})</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last minibatch</source>
        <translation>last minibatch</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>probe sample</source>
        <translation>probe sample</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ΔE on the {0}: predicted dW·Δw = {1:+.3e}, actual {2:+.3e}</source>
        <translation>ΔE on the {0}: predicted dW·Δw = {1:+.3e}, actual {2:+.3e}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>probe&apos;s answer {0} → {1}; {2} of the {3} {4} digits changed their answer</source>
        <translation>probe&apos;s answer {0} → {1}; {2} of the {3} {4} digits changed their answer</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Undone: W{0}[{1}, {2}] = {3:.6g} again ({4} more edits to undo)</source>
        <translation>Undone: W{0}[{1}, {2}] = {3:.6g} again ({4} more edits to undo)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not done: {0}</source>
        <translation>Not done: {0}</translation>
    </message>
</context>
<context>
    <name>WeightPicker</name>
    <message>
        <location filename="../../gui/views/weight_picker.py" line="+48"/>
        <source>layer l of the weight (1 = the first weight matrix, from the pixels)</source>
        <translation>layer l of the weight (1 = the first weight matrix, from the pixels)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: the input of the layer (a pixel for layer 1, else a unit of layer l−1)</source>
        <translation>row i: the input of the layer (a pixel for layer 1, else a unit of layer l−1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>column j: the unit of layer l the weight feeds</source>
        <translation>column j: the unit of layer l the weight feeds</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>whole unit j</source>
        <translation>whole unit j</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>all of unit j&apos;s incoming weights: each sample&apos;s Σ_i |a_prev,i·delta_j|</source>
        <translation>all of unit j&apos;s incoming weights: each sample&apos;s Σ_i |a_prev,i·delta_j|</translation>
    </message>
</context>
<context>
    <name>WeightsView</name>
    <message>
        <location filename="../../gui/views/weights.py" line="+32"/>
        <source>dW is available after the backward phase
(press Phase or Step)</source>
        <translation>dW is available after the backward phase
(press Phase or Step)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ΔW is available after the update phase
(press Phase or Step)</source>
        <translation>ΔW is available after the update phase
(press Phase or Step)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the weights themselves</source>
        <translation>the weights themselves</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the gradient ∂E/∂W of this minibatch</source>
        <translation>the gradient ∂E/∂W of this minibatch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the change the optimizer applied this step</source>
        <translation>the change the optimizer applied this step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every weight W[i, j] connects input i (a pixel for layer 1, else a unit of layer l−1) to unit j of layer l: z_j = Σ_i a_prev,i·W[i, j] + b_j. Blue is negative, red positive, white zero; the colour bar is symmetric (±max|value|). Toggle dW to see the gradient ∂E/∂W = a_prevᵀ·δ summed over the minibatch, or ΔW to see what the optimizer changed this step (W_new = W − lr·dW for plain SGD; momentum/Adam reshape it). &apos;Layer-1 units&apos; shows each first-layer unit&apos;s 784 weights as a 28×28 image: after some training they look like stroke detectors. Hover to read an exact value.</source>
        <translation>Every weight W[i, j] connects input i (a pixel for layer 1, else a unit of layer l−1) to unit j of layer l: z_j = Σ_i a_prev,i·W[i, j] + b_j. Blue is negative, red positive, white zero; the colour bar is symmetric (±max|value|). Toggle dW to see the gradient ∂E/∂W = a_prevᵀ·δ summed over the minibatch, or ΔW to see what the optimizer changed this step (W_new = W − lr·dW for plain SGD; momentum/Adam reshape it). &apos;Layer-1 units&apos; shows each first-layer unit&apos;s 784 weights as a 28×28 image: after some training they look like stroke detectors. Hover to read an exact value.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>layer</source>
        <translation>layer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which layer&apos;s weight matrix to show</source>
        <translation>Which layer&apos;s weight matrix to show</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matrix</source>
        <translation>Matrix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Layer-1 units as 28×28 images</source>
        <translation>Layer-1 units as 28×28 images</translation>
    </message>
    <message>
        <location filename="../../gui/views/weight_tiles.py" line="+60"/>
        <source>value / max|value| of the tile</source>
        <translation>value / max|value| of the tile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer-1 units</source>
        <translation>layer-1 units</translation>
    </message>
    <message>
        <location filename="../../gui/views/weights.py" line="+3"/>
        <source>Hover over the heatmap to read one weight exactly (always the full-resolution value).</source>
        <translation>Hover over the heatmap to read one weight exactly (always the full-resolution value).</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>input pixel {0} (row {1}, col {2})</source>
        <translation>input pixel {0} (row {1}, col {2})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit {0} of layer {1}</source>
        <translation>unit {0} of layer {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>layer {l} · {name}[{row}, {col}] = {value!s}   (from {source} to unit {col} of layer {l})</source>
        <translation>layer {l} · {name}[{row}, {col}] = {value!s}   (from {source} to unit {col} of layer {l})</translation>
    </message>
    <message>
        <location filename="../../gui/views/weight_tiles.py" line="+43"/>
        <source>layer 1 · unit {unit}, pixel (row {y}, col {x}): {name}[{i}, {unit}] = {value!s}</source>
        <translation>layer 1 · unit {unit}, pixel (row {y}, col {x}): {name}[{i}, {unit}] = {value!s}</translation>
    </message>
    <message>
        <location filename="../../gui/views/weights.py" line="+8"/>
        <source>column j: unit of layer l</source>
        <translation>column j: unit of layer l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: input of layer l</source>
        <translation>row i: input of layer l</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>{0} of layer {1}</source>
        <translation>{0} of layer {1}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>waiting for the network…</source>
        <translation>waiting for the network…</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+4"/>
        <source>W after step {0}</source>
        <translation>W after step {0}</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>W before step {0}</source>
        <translation>W before step {0}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no weights in this snapshot</source>
        <translation>no weights in this snapshot</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>gradient dW of step {0} ({1} phase done)</source>
        <translation>gradient dW of step {0} ({1} phase done)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>change ΔW in step {0} ({1} phase done)</source>
        <translation>change ΔW in step {0} ({1} phase done)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>before the first step</source>
        <translation>before the first step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>step {0}: {1} phase done</source>
        <translation>step {0}: {1} phase done</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>column j: unit of layer {0}</source>
        <translation>column j: unit of layer {0}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: input pixel</source>
        <translation>row i: input pixel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>row i: unit of layer {0}</source>
        <translation>row i: unit of layer {0}</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+11"/>
        <source>{0} of layer {1}: {2} × {3}</source>
        <translation>{0} of layer {1}: {2} × {3}</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>no weights yet</source>
        <translation>no weights yet</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>  (display {0}×{1}-downsampled)</source>
        <translation>  (display {0}×{1}-downsampled)</translation>
    </message>
    <message>
        <location filename="../../gui/views/weight_tiles.py" line="-35"/>
        <source>layer 1 has {0} inputs: not a square image</source>
        <translation>layer 1 has {0} inputs: not a square image</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>{0} into each of the {1} layer-1 units ({2}×{2} tiles, ½ resolution)</source>
        <translation>{0} into each of the {1} layer-1 units ({2}×{2} tiles, ½ resolution)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>{0} into each of the {1} layer-1 units ({2}×{2} tiles)</source>
        <translation>{0} into each of the {1} layer-1 units ({2}×{2} tiles)</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <location filename="../../gui/lessons/welcome.py" line="+62"/>
        <source>Welcome to backprop-viz</source>
        <translation>Welcome to backprop-viz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How would you like to start?</source>
        <translation>How would you like to start?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Lessons&lt;/b&gt; walk through the lecture&apos;s path — MNIST, the forward pass, the error, delta, dW and the update — on this real network: you predict a number first, then the network&apos;s own numbers check you.&lt;br&gt;&lt;br&gt;&lt;b&gt;The lab&lt;/b&gt; is the whole app at once: every panel, every setting, with a short tour.</source>
        <translation>&lt;b&gt;Lessons&lt;/b&gt; walk through the lecture&apos;s path — MNIST, the forward pass, the error, delta, dW and the update — on this real network: you predict a number first, then the network&apos;s own numbers check you.&lt;br&gt;&lt;br&gt;&lt;b&gt;The lab&lt;/b&gt; is the whole app at once: every panel, every setting, with a short tour.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the lessons</source>
        <translation>Start the lessons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Continue the lessons ({0} of {1} done)</source>
        <translation>Continue the lessons ({0} of {1} done)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the lab</source>
        <translation>Open the lab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guided lessons; the Lessons menu has them at any time</source>
        <translation>Guided lessons; the Lessons menu has them at any time</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every panel at once, with a short tour (Help → Tour)</source>
        <translation>Every panel at once, with a short tour (Help → Tour)</translation>
    </message>
</context>
<context>
    <name>WhoPushedView</name>
    <message>
        <location filename="../../gui/views/who_pushed.py" line="+26"/>
        <source>The gradient of one weight is a sum over the minibatch: dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]. Each sample n votes with its own term. The update W −= lr·dW moves the weight against the sum, so samples with a negative term push the weight up and samples with a positive term push it down. The thumbnails are the last minibatch&apos;s samples sorted by how hard they push (largest first, the term under each); the line above checks that the terms add up to the step&apos;s dW. With &apos;whole unit j&apos; each sample&apos;s Σ_i |a_prev[n, i]·delta[n, j]| over all of the unit&apos;s incoming weights is shown instead (how much that sample moved the unit at all).</source>
        <translation>The gradient of one weight is a sum over the minibatch: dW[i, j] = Σ_n a_prev[n, i]·delta[n, j]. Each sample n votes with its own term. The update W −= lr·dW moves the weight against the sum, so samples with a negative term push the weight up and samples with a positive term push it down. The thumbnails are the last minibatch&apos;s samples sorted by how hard they push (largest first, the term under each); the line above checks that the terms add up to the step&apos;s dW. With &apos;whole unit j&apos; each sample&apos;s Σ_i |a_prev[n, i]·delta[n, j]| over all of the unit&apos;s incoming weights is shown instead (how much that sample moved the unit at all).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Samples whose term is negative: the update raises the weight because of them</source>
        <translation>Samples whose term is negative: the update raises the weight because of them</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Samples whose term is positive: the update lowers the weight because of them</source>
        <translation>Samples whose term is positive: the update lowers the weight because of them</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Take a training step: the last minibatch&apos;s samples appear here, sorted by how they pushed the chosen weight.</source>
        <translation>Take a training step: the last minibatch&apos;s samples appear here, sorted by how they pushed the chosen weight.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushes the weight up</source>
        <translation>pushes the weight up</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushes it down</source>
        <translation>pushes it down</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {0}, unit {1} of layer {2}: each sample&apos;s Σ_i |a_prev,i·delta_j| (total {3:.4g}).</source>
        <translation>Step {0}, unit {1} of layer {2}: each sample&apos;s Σ_i |a_prev,i·delta_j| (total {3:.4g}).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(a whole unit has no direction: every sample below, largest first)</source>
        <translation>(a whole unit has no direction: every sample below, largest first)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>moved unit {0} the most</source>
        <translation>moved unit {0} the most</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Step {0}, W{1}[{2}, {3}]: Σ of the {4} samples&apos; terms = {5:.6g} = dW[{2}, {3}] = {6:.6g}</source>
        <translation>Step {0}, W{1}[{2}, {3}]: Σ of the {4} samples&apos; terms = {5:.6g} = dW[{2}, {3}] = {6:.6g}</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>pushes the weight up ({0} samples, negative terms)</source>
        <translation>pushes the weight up ({0} samples, negative terms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pushes it down ({0} samples, positive terms)</source>
        <translation>pushes it down ({0} samples, positive terms)</translation>
    </message>
</context>
<context>
    <name>WindowMenus</name>
    <message>
        <location filename="../../gui/menus.py" line="+67"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+31"/>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Close the window (the layout is remembered)</source>
        <translation>Close the window (the layout is remembered)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset layout</source>
        <translation>Reset layout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Put every panel back where it was at the first start</source>
        <translation>Put every panel back where it was at the first start</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation mode</source>
        <translation>Presentation mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger text and thicker lines in every view, for a projector</source>
        <translation>Larger text and thicker lines in every view, for a projector</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Language</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The language of the interface; it changes at once</source>
        <translation>The language of the interface; it changes at once</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tour</source>
        <translation>Tour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short guided tour of the window</source>
        <translation>A short guided tour of the window</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+22"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>About backprop-viz</source>
        <translation>About backprop-viz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report a problem</source>
        <translation>Report a problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Copy the versions, platform and fonts a bug report needs to the clipboard</source>
        <translation>Copy the versions, platform and fonts a bug report needs to the clipboard</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Undo the last stroke on the drawing pad</source>
        <translation>Undo the last stroke on the drawing pad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab, Shift+Tab</source>
        <translation>Tab, Shift+Tab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Move between the controls; Enter presses the focused button</source>
        <translation>Move between the controls; Enter presses the focused button</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close the tour</source>
        <translation>Close the tour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The training keys work everywhere in the window, also while the tour is open — except while you type in a text field.</source>
        <translation>The training keys work everywhere in the window, also while the tour is open — except while you type in a text field.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The details for a bug report are on the clipboard: paste them into your report</source>
        <translation>The details for a bug report are on the clipboard: paste them into your report</translation>
    </message>
</context>
</TS>
