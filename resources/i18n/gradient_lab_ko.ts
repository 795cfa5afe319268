<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="181"/>
        <source>&lt;span style=&apos;color:#b0006a&apos;&gt;■&amp;nbsp;parameter&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1b7f3b&apos;&gt;■&amp;nbsp;data&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#b38f00&apos;&gt;■&amp;nbsp;loss&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;grad&lt;/span&gt;&amp;nbsp;=&amp;nbsp;∂loss/∂node</source>
        <translation>&lt;span style=&apos;color:#b0006a&apos;&gt;■&amp;nbsp;매개변수&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1b7f3b&apos;&gt;■&amp;nbsp;데이터&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#b38f00&apos;&gt;■&amp;nbsp;손실&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;grad&lt;/span&gt;&amp;nbsp;=&amp;nbsp;∂손실/∂노드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="189"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="190"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="191"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="191"/>
        <source>Fit the whole graph in view</source>
        <translation>그래프 전체를 화면에 맞추기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="209"/>
        <source>Evaluate or step the loss to see its computation graph.</source>
        <translation>손실을 계산하거나 한 단계 진행하면 계산 그래프가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="224"/>
        <source>Cannot draw the graph: {error}</source>
        <translation>그래프를 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="39"/>
        <source>Gradient Lab: unexpected error</source>
        <extracomment>Errors whose details the dialog lists; later ones (an error repeating in a paint event, say) are only counted, so the dialog stays small. The log keeps them all.</extracomment>
        <translation>Gradient Lab: 예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="47"/>
        <source>The details were also written to the log file:</source>
        <translation>자세한 내용은 로그 파일에도 기록되었습니다:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="50"/>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="51"/>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="66"/>
        <source>Something went wrong. You can close this message and keep working.</source>
        <translation>문제가 발생했습니다. 이 메시지를 닫고 계속 작업할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="67"/>
        <source>(%n errors so far)</source>
        <translation>(지금까지 오류 %n개)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="51"/>
        <source>(accepted)</source>
        <extracomment>Texts a student might type, each refused with a message the help page shows verbatim. The names the error examples treat as defined (so `bata` gets its &quot;did you mean&quot;).</extracomment>
        <translation>(허용됨)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="64"/>
        <source>characters of text</source>
        <translation>텍스트 글자 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="65"/>
        <source>lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="66"/>
        <source>nesting depth</source>
        <translation>중첩 깊이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="67"/>
        <source>syntax-tree nodes</source>
        <translation>구문 트리 노드 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="68"/>
        <source>integer exponent |n| in x**n</source>
        <translation>x**n의 정수 지수 |n|</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="69"/>
        <source>size of a number</source>
        <translation>숫자의 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="70"/>
        <source>elements of any tensor (values, data, intermediate results)</source>
        <translation>텐서 하나의 원소 수 (값, 데이터, 중간 결과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="71"/>
        <source>elements of all intermediate results of one evaluation</source>
        <translation>한 번 계산할 때 모든 중간 결과의 원소 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="72"/>
        <source>steps of one run</source>
        <translation>한 번 실행의 단계 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="122"/>
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="129"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="130"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="131"/>
        <source>Log files</source>
        <translation>로그 파일</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="161"/>
        <source>Expression language</source>
        <translation>수식 언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="166"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="173"/>
        <source>About Gradient Lab</source>
        <translation>Gradient Lab 정보</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="123"/>
        <source>The loss picture needs one or two scalar parameters to train.
The loss, parameter and gradient plots on the right follow every run.</source>
        <extracomment>Most loss evaluations × data elements for one picture (it is computed in the GUI thread); large data sets get a coarser grid, and no picture below MIN_POINTS points per axis. Margin added around a run&apos;s path when the range is widened to contain it. A path much wider than the drawn range is left to run off it rather than squash the picture.</extracomment>
        <translation>손실 그림을 그리려면 학습할 스칼라 매개변수가 한두 개 있어야 합니다.
오른쪽의 손실, 매개변수, 기울기 그래프는 모든 실행을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="127"/>
        <source>No picture for this loss: {error}</source>
        <translation>이 손실의 그림을 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="136"/>
        <source>too much data to draw the loss over a grid quickly</source>
        <translation>데이터가 너무 많아 격자 위의 손실을 빨리 그릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="50"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="66"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="83"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="176"/>
        <source>loss</source>
        <extracomment>Repaints are spaced at least this many times the last frame&apos;s painting time... ...but never further apart than this (ms).
----------
Half-width of the drawn tangent segment, as a fraction of the visible range. Longest trail of dots drawn behind the point (the path line itself is always complete).</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="51"/>
        <source>parameter value</source>
        <translation>매개변수 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="52"/>
        <source>gradient norm ‖∇‖</source>
        <translation>기울기 노름 ‖∇‖</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="56"/>
        <source>Type a loss and press Run:
its picture appears here.</source>
        <translation>손실을 입력하고 실행을 누르세요:
그 그림이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="67"/>
        <source>Logarithmic loss axis</source>
        <translation>손실 축을 로그 눈금으로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="72"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="73"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="74"/>
        <source>Gradient norm</source>
        <translation>기울기 노름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="49"/>
        <source>minimum</source>
        <extracomment>Loss differences of this fraction of the map&apos;s range are where the colour scale turns logarithmic. Paths up to this many steps show a dot per step; longer ones only the line (dots cost paint time).</extracomment>
        <translation>최솟값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="173"/>
        <source>{x_name} = {x}   {y_name} = {y}   loss ≈ {loss}   (click: start here)</source>
        <translation>{x_name} = {x}   {y_name} = {y}   손실 ≈ {loss}   (클릭: 여기서 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="48"/>
        <source>data</source>
        <extracomment>Evaluates the model at parameter values over x: (params, xs) -&gt; ys.</extracomment>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="49"/>
        <source>fitted line</source>
        <translation>적합한 직선</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="51"/>
        <source>predictions</source>
        <translation>예측값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="53"/>
        <source>true rule</source>
        <translation>실제 규칙</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="98"/>
        <source>No fitted line for this run: {error}</source>
        <translation>이 실행으로는 직선을 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="100"/>
        <source>step {step}: {values}</source>
        <translation>{step}단계: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="106"/>
        <source>{name} = {x}: predicted {predicted} (true {true})</source>
        <translation>{name} = {x}: 예측 {predicted} (실제 {true})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="108"/>
        <source>{name} = {x}: predicted {predicted}</source>
        <translation>{name} = {x}: 예측 {predicted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/series.py" line="181"/>
        <source>step</source>
        <extracomment>Most parameter columns drawn per run (a 4x4 tensor has 16; more would be a tangle). Curves up to this many points get a dot per step; up to THICK_POINTS a thick line.</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/series.py" line="204"/>
        <source>{run}: step {step}  {values}</source>
        <translation>{run}: {step}단계  {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="135"/>
        <source>step {step}:   {name} = {x}   loss = {loss}   slope = {slope}</source>
        <translation>{step}단계:   {name} = {x}   손실 = {loss}   기울기 = {slope}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="171"/>
        <source>{name} = {x}   loss = {loss}   (on the curve)</source>
        <translation>{name} = {x}   손실 = {loss}   (곡선 위)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="91"/>
        <source>the loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="91"/>
        <source>the gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="92"/>
        <source>NaN (not a number)</source>
        <translation>NaN(숫자가 아님)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="92"/>
        <source>infinite</source>
        <translation>무한대</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="96"/>
        <source>{what} became {kind} at step {step}: the learning rate is probably too large</source>
        <translation>{step}단계에서 {what}이(가) {kind}이(가) 되었습니다: 학습률이 너무 큰 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="100"/>
        <source>{what} is {kind} at the start values: check the start values and the data</source>
        <translation>시작값에서 {what}이(가) {kind}입니다: 시작값과 데이터를 확인하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="103"/>
        <source>the loss exploded to {loss} at step {step} (beyond {bound}): the learning rate is probably too large</source>
        <translation>{step}단계에서 손실이 {loss}(으)로 폭발했습니다 ({bound} 초과): 학습률이 너무 큰 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="106"/>
        <source>converged: the gradient norm {norm} is at most grad_tol {tol} (step {step})</source>
        <translation>수렴: 기울기 노름 {norm}이(가) grad_tol {tol} 이하입니다 ({step}단계)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="109"/>
        <source>converged: the loss changed by {change}, at most loss_tol {tol} (step {step})</source>
        <translation>수렴: 손실 변화 {change}이(가) loss_tol {tol} 이하입니다 ({step}단계)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="111"/>
        <source>time limit of {seconds} s reached</source>
        <translation>제한 시간 {seconds}초에 도달했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="112"/>
        <source>stopped by the user</source>
        <translation>사용자가 멈춤</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="158"/>
        <source>The confusion matrix appears after training.</source>
        <translation>학습이 끝나면 혼동 행렬이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="169"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="173"/>
        <source>true</source>
        <translation>정답</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="48"/>
        <source>The lessons&apos; loop: parameter -= learning rate × gradient.</source>
        <extracomment>core.optimizers&apos; help texts, marked for lupdate (QT_TRANSLATE_NOOP returns them unchanged).</extracomment>
        <translation>강의의 반복문: 매개변수 -= 학습률 × 기울기.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="49"/>
        <source>Learning rate: how far each step moves; too small crawls, too large overshoots or diverges.</source>
        <translation>학습률: 한 단계에 얼마나 움직일지. 너무 작으면 느리게 기어가고, 너무 크면 지나치거나 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="50"/>
        <source>Move a fixed step against the sign of the gradient (the lesson&apos;s &apos;move 0.01 toward the lower side&apos;).</source>
        <translation>기울기 부호의 반대쪽으로 일정한 거리만큼 움직입니다 (강의의 &apos;낮은 쪽으로 0.01 이동&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="51"/>
        <source>Step size: each parameter moves exactly this far toward the lower side, whatever the slope.</source>
        <translation>이동 거리: 기울기가 얼마든 각 매개변수가 낮은 쪽으로 정확히 이만큼 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="52"/>
        <source>PyTorch&apos;s SGD: gradient descent with optional momentum and weight decay.</source>
        <translation>PyTorch의 SGD: 모멘텀과 가중치 감쇠를 선택할 수 있는 경사 하강법.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="53"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction.</source>
        <translation>모멘텀: 이전 이동량 중 남겨 두는 비율. 같은 방향으로 갈수록 속도가 붙습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="54"/>
        <source>Dampening: scales down the new gradient&apos;s share of the momentum (0 = the full gradient is added).</source>
        <translation>감쇠(dampening): 모멘텀에 더해지는 새 기울기의 몫을 줄입니다 (0이면 기울기를 그대로 더함).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="55"/>
        <source>Weight decay (L2 penalty): adds weight_decay × parameter to the gradient, pulling parameters toward 0.</source>
        <translation>가중치 감쇠 (L2 벌점): 기울기에 weight_decay × 매개변수를 더해 매개변수를 0 쪽으로 당깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="56"/>
        <source>Gradient descent that keeps a running velocity, so it speeds up in steady directions and damps zig-zags.</source>
        <translation>속도를 유지하는 경사 하강법. 꾸준한 방향에서는 빨라지고 지그재그는 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="57"/>
        <source>Momentum that looks ahead: the gradient is combined with where the velocity is about to carry the parameter.</source>
        <translation>앞을 내다보는 모멘텀: 속도가 매개변수를 데려갈 곳에서의 기울기를 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="58"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction. Nesterov needs it above 0.</source>
        <translation>모멘텀: 이전 이동량 중 남겨 두는 비율. 같은 방향으로 갈수록 속도가 붙습니다. 네스테로프는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="59"/>
        <source>Divides each step by the root of a running average of squared gradients, so every parameter gets its own step size.</source>
        <translation>각 단계를 기울기 제곱의 이동 평균의 제곱근으로 나누어, 매개변수마다 자기만의 이동 크기를 갖게 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="60"/>
        <source>Rho (torch&apos;s RMSprop `alpha`): how much of the running average of squared gradients is kept; Keras uses 0.9.</source>
        <translation>Rho (torch RMSprop의 `alpha`): 기울기 제곱의 이동 평균을 얼마나 유지할지. Keras는 0.9를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="61"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero. (Keras uses 1e-7.)</source>
        <translation>엡실론: 0으로 나누지 않도록 분모에 더하는 아주 작은 수. (Keras는 1e-7을 씁니다.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="62"/>
        <source>Centered: divide by the gradient&apos;s running variance instead of its running mean square.</source>
        <translation>Centered: 기울기 제곱의 이동 평균 대신 기울기의 이동 분산으로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="63"/>
        <source>Momentum (m) plus per-parameter step sizes from squared gradients (v), with bias correction for the first steps.</source>
        <translation>모멘텀(m)에 기울기 제곱(v)으로 정한 매개변수별 이동 크기를 더하고, 초기 단계의 편향을 보정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="64"/>
        <source>Beta1: how much of the running average of gradients (m) is kept each step; close to 1 = long memory.</source>
        <translation>Beta1: 기울기의 이동 평균(m)을 매 단계 얼마나 유지할지. 1에 가까울수록 오래 기억합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="65"/>
        <source>Beta2: how much of the running average of squared gradients (v) is kept each step.</source>
        <translation>Beta2: 기울기 제곱의 이동 평균(v)을 매 단계 얼마나 유지할지.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="66"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero.</source>
        <translation>엡실론: 0으로 나누지 않도록 분모에 더하는 아주 작은 수.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="67"/>
        <source>AMSGrad: use the largest v seen so far, so the effective step size never grows back.</source>
        <translation>AMSGrad: 지금까지 본 가장 큰 v를 써서, 실제 이동 크기가 다시 커지지 않게 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="68"/>
        <source>Adam with weight decay applied directly to the parameters rather than through the gradient.</source>
        <translation>가중치 감쇠를 기울기가 아니라 매개변수에 직접 적용하는 Adam.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="69"/>
        <source>Decoupled weight decay: each step also shrinks parameters by lr × weight_decay × parameter.</source>
        <translation>분리된 가중치 감쇠: 매 단계 매개변수를 lr × weight_decay × 매개변수만큼 더 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="70"/>
        <source>Divides each step by the root of the sum of all squared gradients so far, so steps shrink over time.</source>
        <translation>각 단계를 지금까지의 기울기 제곱 합의 제곱근으로 나누어, 이동 크기가 점점 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="71"/>
        <source>Learning-rate decay: the step size at step k is lr / (1 + k × lr_decay).</source>
        <translation>학습률 감소: k번째 단계의 이동 크기는 lr / (1 + k × lr_decay)입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="72"/>
        <source>Initial accumulator: the starting value of the sum of squared gradients.</source>
        <translation>초기 누적값: 기울기 제곱 합의 시작값.</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <location filename="../../desktop_app/launch/window.py" line="49"/>
        <source>Gradient Lab could not start</source>
        <translation>Gradient Lab을 시작할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/window.py" line="51"/>
        <source>The details were also written to the log file:</source>
        <translation>자세한 내용은 로그 파일에도 기록되었습니다:</translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="370"/>
        <source>Import {file}</source>
        <translation>{file} 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="390"/>
        <source>(keep as it is)</source>
        <translation>(그대로 두기)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="392"/>
        <source>column {column}</source>
        <translation>{column}열</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="398"/>
        <source>The expression has no names yet: type it first.</source>
        <translation>수식에 아직 이름이 없습니다. 먼저 수식을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="406"/>
        <source>{rows} rows.</source>
        <translation>{rows}행.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="407"/>
        <source>{rows} rows; the first {shown} are shown.</source>
        <translation>{rows}행 중 처음 {shown}행을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="410"/>
        <source>Which column becomes which name?</source>
        <translation>어느 열을 어느 이름에 넣을까요?</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="55"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="66"/>
        <source>Download MNIST</source>
        <translation>MNIST 내려받기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="68"/>
        <source>About 11 MB from the mirrors torchvision uses; each file&apos;s official checksum is verified</source>
        <translation>torchvision이 쓰는 미러에서 약 11 MB를 받습니다. 파일마다 공식 체크섬을 확인합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="70"/>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="71"/>
        <source>A folder holding the four MNIST .gz files (a subset is fine)</source>
        <translation>MNIST .gz 파일 네 개가 든 폴더 (일부만 있어도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="76"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="116"/>
        <source>MNIST files found in {folder}</source>
        <translation>{folder}에서 MNIST 파일을 찾았습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="118"/>
        <source>No MNIST files yet: download them or choose a folder that holds them.</source>
        <translation>MNIST 파일이 아직 없습니다. 내려받거나 파일이 든 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="144"/>
        <source>Folder with the MNIST files</source>
        <translation>MNIST 파일이 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="153"/>
        <source>Loading the MNIST files from {folder}…</source>
        <translation>{folder}에서 MNIST 파일을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="158"/>
        <source>Ready: {train:,} training and {test:,} test images from {folder}</source>
        <translation>준비 완료: {folder}의 학습 이미지 {train:,}장, 테스트 이미지 {test:,}장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="164"/>
        <source>These files cannot be used: {reason}</source>
        <translation>이 파일들은 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="174"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="176"/>
        <source>Downloading MNIST into {folder}…</source>
        <translation>{folder}에 MNIST를 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="191"/>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB 중 {done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="194"/>
        <source>{done:.1f} MB</source>
        <translation>{done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="195"/>
        <source>File {index} of {count}: {name}, {size} at {speed:.1f} MB/s</source>
        <translation>파일 {index}/{count}: {name}, {size}, {speed:.1f} MB/s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="201"/>
        <source>Download cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>DerivativeView</name>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="194"/>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="303"/>
        <source>Evaluate or step the loss to see its derivative here.</source>
        <extracomment>An idle worker thread checks this often whether its view still exists.</extracomment>
        <translation>손실을 계산하거나 한 단계 진행하면 도함수가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="201"/>
        <source>central difference</source>
        <translation>중앙 차분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="202"/>
        <source>forward difference</source>
        <translation>전진 차분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="203"/>
        <source>central: (f(θ+h) − f(θ−h)) / 2h; forward: (f(θ+h) − f(θ)) / h</source>
        <translation>중앙: (f(θ+h) − f(θ−h)) / 2h, 전진: (f(θ+h) − f(θ)) / h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="209"/>
        <source>The finite-difference step. Too large: truncation error; too small: rounding error (try 1e-5 in float32).</source>
        <translation>유한 차분의 간격입니다. 너무 크면 절단 오차, 너무 작으면 반올림 오차가 생깁니다 (float32에서는 1e-5를 써 보세요).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="215"/>
        <source>Numeric estimate:</source>
        <translation>수치 추정:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="216"/>
        <source>h =</source>
        <translation>h =</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="221"/>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="221"/>
        <source>Autograd</source>
        <translation>자동 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="221"/>
        <source>Numeric</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="222"/>
        <source>|error|</source>
        <translation>|오차|</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="222"/>
        <source>Rel. error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="247"/>
        <source>Gradient: autograd vs. numeric estimate</source>
        <translation>기울기: 자동 미분 vs. 수치 추정</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="250"/>
        <source>Symbolic derivative</source>
        <translation>기호 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="251"/>
        <source>The update step</source>
        <translation>업데이트 단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="358"/>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="454"/>
        <source>Working it out…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="397"/>
        <source>Cannot evaluate the loss here.</source>
        <translation>여기서는 손실을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="405"/>
        <source>sum of the loss</source>
        <translation>손실의 합</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="405"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="406"/>
        <source>At {point}:  {loss} = {value}</source>
        <translation>{point}에서:  {loss} = {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="426"/>
        <source>{n} more elements are not listed.</source>
        <translation>나머지 원소 {n}개는 표시하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="428"/>
        <source>No numeric estimate: {n} parameter elements would take {n} evaluations or more (at most {limit} here).</source>
        <translation>수치 추정 없음: 매개변수 원소가 {n}개라 {n}번 이상 계산해야 합니다 (여기서는 최대 {limit}개).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="432"/>
        <source>No numeric estimate: {why}</source>
        <translation>수치 추정 없음: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="434"/>
        <source>The loss is not a scalar: its sum is differentiated, as TensorFlow&apos;s tape.gradient does.</source>
        <translation>손실이 스칼라가 아니므로, TensorFlow의 tape.gradient처럼 그 합을 미분합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="448"/>
        <source>   = {value} here</source>
        <translation>   = 여기서 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="455"/>
        <source>Not shown: {why}</source>
        <translation>표시하지 않음: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="463"/>
        <source>No update: {why}</source>
        <translation>업데이트 없음: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="464"/>
        <source>no parameter is trained</source>
        <translation>학습하는 매개변수가 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="470"/>
        <source>{rate} = {lr}: the learning rate.</source>
        <translation>{rate} = {lr}: 학습률입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="474"/>
        <source>{optimizer} does not step by {rate}·grad: this is its first step from here with a fresh state (lr = {lr}).</source>
        <translation>{optimizer}는 {rate}·grad만큼 움직이지 않습니다. 아래는 새 상태에서 시작한 첫 단계입니다 (lr = {lr}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="485"/>
        <source>sample i</source>
        <translation>샘플 i</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="486"/>
        <source>loss_i</source>
        <translation>loss_i</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="502"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="502"/>
        <source>sum</source>
        <translation>합</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="503"/>
        <source>autograd</source>
        <translation>자동 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="519"/>
        <source>Sample by sample: the gradient of the mean is the mean of the per-sample gradients</source>
        <translation>샘플별로 보기: 평균의 기울기는 샘플별 기울기의 평균입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="521"/>
        <source>Sample by sample: the gradient of the sum is the sum of the per-sample gradients</source>
        <translation>샘플별로 보기: 합의 기울기는 샘플별 기울기의 합입니다</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="23"/>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="34"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="25"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="25"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="26"/>
        <source>Auto (GPU if available)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="29"/>
        <source>float32 (the lessons&apos; default)</source>
        <translation>float32 (강의의 기본값)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="30"/>
        <source>float64 (more precise)</source>
        <translation>float64 (더 정밀함)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="31"/>
        <source>loading PyTorch…</source>
        <translation>PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="35"/>
        <source>Precision</source>
        <translation>정밀도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="46"/>
        <source>GPU: {name}</source>
        <translation>GPU: {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="49"/>
        <source>CUDA is not available: {reason}</source>
        <translation>CUDA를 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/device_panel.py" line="51"/>
        <source>No GPU: runs use the CPU.</source>
        <translation>GPU 없음: CPU로 실행합니다.</translation>
    </message>
</context>
<context>
    <name>DigitGrid</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="116"/>
        <source>Train the network to see its predictions on test digits.</source>
        <translation>신경망을 학습시키면 테스트 숫자에 대한 예측이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="119"/>
        <source>No mistakes on the test set.</source>
        <translation>테스트 세트에서 틀린 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="168"/>
        <source>Type a loss, e.g. mean((w*x + b - y)**2)</source>
        <extracomment>How often to look again while torch is being imported by another thread. Token colours, chosen to stay distinct on a washed-out projector image.</extracomment>
        <translation>손실을 입력하세요. 예: mean((w*x + b - y)**2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="234"/>
        <source>Checking as soon as PyTorch has loaded…</source>
        <translation>PyTorch를 불러오는 대로 확인합니다…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="266"/>
        <source>✔ Valid (a constant: nothing to train).</source>
        <translation>✔ 올바름 (상수라서 학습할 것이 없습니다).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="269"/>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ Valid.&lt;/span&gt; Names: {names}</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ 올바름.&lt;/span&gt; 이름: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="283"/>
        <source>✘ {message}</source>
        <translation>✘ {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="285"/>
        <source>✘ Line {line}: {message}</source>
        <translation>✘ {line}번째 줄: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="287"/>
        <source>✘ Line {line}, column {col}: {message}</source>
        <translation>✘ {line}번째 줄, {col}번째 칸: {message}</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="43"/>
        <source>Open session</source>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="44"/>
        <source>Gradient Lab sessions (*.gradlab.json *.json)</source>
        <translation>Gradient Lab 세션 (*.gradlab.json *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="50"/>
        <source>Cannot open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="58"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="60"/>
        <source>Gradient Lab sessions (*.gradlab.json)</source>
        <translation>Gradient Lab 세션 (*.gradlab.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="66"/>
        <source>Cannot save the session</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="103"/>
        <source>Nothing to export</source>
        <translation>내보낼 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="103"/>
        <source>Run something first.</source>
        <translation>먼저 무언가를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="106"/>
        <source>Export trajectory</source>
        <translation>궤적 내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="108"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="114"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="131"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="123"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="123"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="124"/>
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="133"/>
        <source>value</source>
        <extracomment>Node text relative to the window&apos;s font (15 pt on a 9 pt desktop).</extracomment>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="134"/>
        <source>grad </source>
        <translation>기울기 </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="137"/>
        <source>{op}: {label}
line {line}, col {col}</source>
        <translation>{op}: {label}
{line}번째 줄, {col}번째 칸</translation>
    </message>
</context>
<context>
    <name>GuessLink</name>
    <message>
        <location filename="../../desktop_app/gui/guess_link.py" line="55"/>
        <source>Guessing needs a loss with one or two scalar parameters that can run.</source>
        <translation>추측하기는 스칼라 매개변수가 한두 개인, 실행할 수 있는 손실에서만 됩니다.</translation>
    </message>
</context>
<context>
    <name>GuessPanel</name>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="290"/>
        <source>Guess the next step</source>
        <extracomment>A guessed direction within this angle of the true step counts as &quot;the right way&quot;. Landing guesses within this fraction of the step length are a bull&apos;s-eye, within CLOSE close. The chosen direction stays clearly marked after the buttons are disabled for the reveal.</extracomment>
        <translation>다음 단계 맞히기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="302"/>
        <source>Reveal the step</source>
        <translation>단계 공개</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="305"/>
        <source>Next question</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="307"/>
        <source>Reset score</source>
        <translation>점수 초기화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="336"/>
        <location filename="../../desktop_app/gui/guess_mode.py" line="407"/>
        <source>Which way?</source>
        <translation>어느 쪽으로?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="337"/>
        <source>Lands near:</source>
        <translation>도착 지점:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="376"/>
        <source>← smaller</source>
        <translation>← 작아짐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="376"/>
        <source>stays</source>
        <translation>그대로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="377"/>
        <source>larger →</source>
        <translation>커짐 →</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="388"/>
        <source>{x} {dx}, {y} {dy}</source>
        <translation>{x} {dx}, {y} {dy}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="399"/>
        <source>or click the plot</source>
        <translation>또는 그래프를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="408"/>
        <source>Which way?
(→ first, ↑ second)</source>
        <translation>어느 쪽으로?
(→ 첫째, ↑ 둘째)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="431"/>
        <source>smaller</source>
        <translation>작아짐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="431"/>
        <source>same</source>
        <translation>같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="431"/>
        <source>larger</source>
        <translation>커짐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="453"/>
        <source>Now {where}. After the next step, which way will {name} move, and where will it land?</source>
        <translation>지금 {where}. 다음 단계에서 {name}은(는) 어느 쪽으로 움직이고 어디에 도착할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="456"/>
        <source>Now {where}. After the next step, which way will the point move, and where will it land?</source>
        <translation>지금 {where}. 다음 단계에서 점은 어느 쪽으로 움직이고 어디에 도착할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="487"/>
        <source>Taking the step…</source>
        <translation>한 단계 진행하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="502"/>
        <source>This optimizer does not step by α·grad: its own rule (momentum, running averages) decides the step.</source>
        <translation>이 옵티마이저는 α·grad만큼 움직이지 않습니다. 자체 규칙(모멘텀, 이동 평균)이 이동량을 정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="508"/>
        <source>{name} grows because its gradient {grad} is negative</source>
        <translation>기울기 {grad}이(가) 음수이므로 {name}은(는) 커집니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="511"/>
        <source>{name} shrinks because its gradient {grad} is positive</source>
        <translation>기울기 {grad}이(가) 양수이므로 {name}은(는) 작아집니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="514"/>
        <source>{name} stays because its gradient is 0</source>
        <translation>기울기가 0이므로 {name}은(는) 그대로입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="515"/>
        <source>Why: the step is −α·grad, downhill against the slope: {reasons}.</source>
        <translation>이유: 이동량은 −α·grad, 즉 기울기를 거슬러 내리막으로 갑니다: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="519"/>
        <source>&lt;b&gt;Step {step}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{step}단계&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="521"/>
        <source>No direction guessed.</source>
        <translation>방향을 추측하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="523"/>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ Right direction.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ 방향이 맞았습니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="525"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;✘ Wrong direction.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;✘ 방향이 틀렸습니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="529"/>
        <source>bull&apos;s-eye!</source>
        <translation>정확히 맞혔습니다!</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="529"/>
        <source>close.</source>
        <translation>가까웠습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="530"/>
        <source>far off.</source>
        <translation>많이 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="531"/>
        <source>Your guess {guess} is {distance} from where it landed ({landed}); the step was {length} long: {verdict}</source>
        <translation>추측 {guess}은(는) 실제 도착점({landed})에서 {distance} 떨어져 있고, 이번 단계의 이동 거리는 {length}였습니다: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="535"/>
        <source>+{points} points</source>
        <translation>+{points}점</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="540"/>
        <source>Round {rounds} · direction right {right}/{asked} · bull&apos;s-eyes {bulls} · score {points}</source>
        <translation>{rounds}라운드 · 방향 맞힘 {right}/{asked} · 정확히 맞힘 {bulls} · 점수 {points}</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="93"/>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="95"/>
        <source>batch</source>
        <extracomment>Batches averaged by the smoothed curves.</extracomment>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="93"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="94"/>
        <source>Batch loss</source>
        <translation>배치 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="95"/>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="97"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="96"/>
        <source>Batch accuracy</source>
        <translation>배치 정확도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="97"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="98"/>
        <source>Epoch accuracy</source>
        <translation>에포크 정확도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="109"/>
        <source>train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="110"/>
        <source>test</source>
        <translation>테스트</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="136"/>
        <source>Loss</source>
        <extracomment>Font scale of presentation mode, and the factor of one Ctrl+= / Ctrl+- press.</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="139"/>
        <source>Parameters and data</source>
        <translation>매개변수와 데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="157"/>
        <source>Lessons</source>
        <translation>강의 예제</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="158"/>
        <source>Plots</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="166"/>
        <source>Derivative</source>
        <translation>도함수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="167"/>
        <source>Graph</source>
        <translation>계산 그래프</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="168"/>
        <source>Steps</source>
        <translation>단계 표</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>Runs</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="170"/>
        <source>Guess</source>
        <translation>맞히기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="210"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="210"/>
        <location filename="../../desktop_app/gui/main_window.py" line="514"/>
        <source>Start the run (F5)</source>
        <translation>실행 시작 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="211"/>
        <location filename="../../desktop_app/gui/main_window.py" line="517"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="212"/>
        <source>Pause or resume the run (Space)</source>
        <translation>일시정지 또는 계속 (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="213"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="213"/>
        <source>Take one step (F10)</source>
        <translation>한 단계 진행 (F10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="214"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="214"/>
        <source>Stop the run (Esc)</source>
        <translation>실행 정지 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="215"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="216"/>
        <source>Stop and clear every run, back to the start values (Ctrl+R)</source>
        <translation>모든 실행을 멈추고 지운 뒤 시작값으로 돌아가기 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="217"/>
        <source>Compare learning rates</source>
        <translation>학습률 비교</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="218"/>
        <source>Run several learning rates side by side (Ctrl+L)</source>
        <translation>여러 학습률을 나란히 실행 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="220"/>
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="222"/>
        <source>Save session…</source>
        <translation>세션 저장…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="224"/>
        <source>Export all runs as CSV…</source>
        <translation>모든 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="225"/>
        <source>Export the selected run as CSV…</source>
        <translation>선택한 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="227"/>
        <source>Export plot as PNG…</source>
        <translation>그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="228"/>
        <source>Export plot as SVG…</source>
        <translation>그래프를 SVG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="229"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="230"/>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="231"/>
        <source>Larger fonts and thicker lines for a projector (F11)</source>
        <translation>프로젝터용으로 글자를 키우고 선을 굵게 (F11)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="234"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="236"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="237"/>
        <source>Normal size</source>
        <translation>원래 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="238"/>
        <source>Logarithmic loss axis</source>
        <translation>손실 축을 로그 눈금으로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="241"/>
        <source>Guess the next step</source>
        <translation>다음 단계 맞히기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="242"/>
        <source>Before each step the class guesses where it goes (F9)</source>
        <translation>단계마다 먼저 학생들이 어디로 갈지 맞혀 봅니다 (F9)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="245"/>
        <source>Run controls</source>
        <translation>실행 도구</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="259"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="264"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="268"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="273"/>
        <source>Details pane</source>
        <translation>세부 정보 창</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="277"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="287"/>
        <source>&amp;Presets</source>
        <translation>예제(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="289"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="290"/>
        <source>Expression language</source>
        <translation>수식 언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="291"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="293"/>
        <source>About Gradient Lab</source>
        <translation>Gradient Lab 정보</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="311"/>
        <source>loading PyTorch…</source>
        <translation>PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="350"/>
        <source>PyTorch could not be loaded: {error}</source>
        <translation>PyTorch를 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="369"/>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="372"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>PyTorch is still loading…</source>
        <translation>PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="408"/>
        <source>Type a loss first.</source>
        <translation>먼저 손실을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="500"/>
        <source>The run stopped with an error</source>
        <translation>실행이 오류로 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="502"/>
        <source>The window is still usable: fix the input and run again.</source>
        <translation>창은 계속 쓸 수 있습니다. 입력을 고치고 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="517"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="538"/>
        <source>step {n}</source>
        <translation>{n}단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="539"/>
        <source>loss {value}</source>
        <translation>손실 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="544"/>
        <source>{n} steps/s</source>
        <translation>초당 {n}단계</translation>
    </message>
</context>
<context>
    <name>MnistTab</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="56"/>
        <source>Train</source>
        <extracomment>Tab width, in font points, from which settings, curves and pictures are all shown at once.</extracomment>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="57"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="63"/>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="220"/>
        <source>Hide settings</source>
        <translation>설정 숨기기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="65"/>
        <source>Give the curves and pictures the whole width</source>
        <translation>곡선과 그림에 화면 너비 전체를 쓰기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="66"/>
        <source>Export history (CSV)…</source>
        <translation>학습 기록 내보내기 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="67"/>
        <source>Save weights…</source>
        <translation>가중치 저장…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="72"/>
        <source>Not started</source>
        <translation>시작하지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="77"/>
        <source>Press Train to fit the lesson&apos;s network to the digits.</source>
        <translation>학습을 누르면 강의의 신경망이 숫자 이미지를 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="82"/>
        <source>Only the mistakes</source>
        <translation>틀린 것만</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="83"/>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="335"/>
        <source>Under each digit: prediction (true label). Mistakes are framed in red.</source>
        <translation>숫자 아래: 예측 (정답). 틀린 것은 빨간 테두리로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="86"/>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="336"/>
        <source>Rows: the true digit; columns: the network&apos;s answer.</source>
        <translation>행: 실제 숫자, 열: 신경망의 답.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="90"/>
        <source>Each picture is one hidden unit&apos;s 784 input weights: red where ink raises the unit, blue where it lowers it.</source>
        <translation>각 그림은 은닉 유닛 하나의 입력 가중치 784개입니다. 잉크가 유닛을 키우는 곳은 빨강, 줄이는 곳은 파랑입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="93"/>
        <source>Change since the start</source>
        <translation>처음과의 차이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="95"/>
        <source>Show what training added to the random starting weights: the strokes each unit learned to look for</source>
        <translation>무작위 초기 가중치에 학습이 더한 것을 보기: 각 유닛이 찾도록 배운 획</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="98"/>
        <source>Test digits</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="99"/>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="101"/>
        <source>First-layer weights</source>
        <translation>첫 층의 가중치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="211"/>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="212"/>
        <source>Training curves</source>
        <translation>학습 곡선</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="220"/>
        <source>Show settings</source>
        <translation>설정 보이기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="282"/>
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="283"/>
        <source>Training on {count:,} images…</source>
        <translation>이미지 {count:,}장으로 학습하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="300"/>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="309"/>
        <source>Epoch {epoch}: train accuracy {train:.1%}, test accuracy {test:.1%} ({seconds:.1f} s)</source>
        <translation>{epoch}번째 에포크: 학습 정확도 {train:.1%}, 테스트 정확도 {test:.1%} ({seconds:.1f}초)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="319"/>
        <source>Epoch {epoch}/{epochs} · batch {batch}/{batches} · {left} left</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches} · 남은 시간 {left}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="326"/>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="327"/>
        <source>{m} min {s:02d} s</source>
        <translation>{m}분 {s:02d}초</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="342"/>
        <source>Rows: the true digit; columns: the network&apos;s answer. Most frequent mistake: {true} taken for {guess} ({count:,} times).</source>
        <translation>행: 실제 숫자, 열: 신경망의 답. 가장 많은 실수: {true}을(를) {guess}(으)로 봄 ({count:,}번).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="347"/>
        <source>Test accuracy {accuracy:.2%}: {mistakes:,} mistakes in {count:,} test digits. Under each digit: prediction (true label); mistakes framed in red.</source>
        <translation>테스트 정확도 {accuracy:.2%}: 테스트 숫자 {count:,}개 중 {mistakes:,}개를 틀렸습니다. 숫자 아래: 예측 (정답), 틀린 것은 빨간 테두리.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="377"/>
        <source>Stopped after {done} of {total} batches</source>
        <translation>배치 {total}개 중 {done}개 후 멈춤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="379"/>
        <source>Stopped. The pictures show what the network had learned by then.</source>
        <translation>멈췄습니다. 그림은 그때까지 신경망이 배운 것을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="380"/>
        <source>Stopped before the first batch.</source>
        <translation>첫 배치 전에 멈췄습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="383"/>
        <source>Done: epoch {epoch}/{epochs} in {time}</source>
        <translation>완료: 에포크 {epoch}/{epochs}, {time} 걸림</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="385"/>
        <source>Finished: train accuracy {train:.1%}, test accuracy {test:.1%}.</source>
        <translation>끝: 학습 정확도 {train:.1%}, 테스트 정확도 {test:.1%}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="391"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="392"/>
        <source>Training failed: {message}</source>
        <translation>학습 실패: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="404"/>
        <source>Export training history</source>
        <translation>학습 기록 내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="405"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="412"/>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="428"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="414"/>
        <source>History written to {path}</source>
        <translation>학습 기록을 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="421"/>
        <source>Save weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="422"/>
        <source>PyTorch weights (*.pt)</source>
        <translation>PyTorch 가중치 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/tab.py" line="430"/>
        <source>Weights saved to {path}</source>
        <translation>가중치를 {path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>OptimizerPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="51"/>
        <source>Optimizer</source>
        <extracomment>Speed slider positions: None = one step at a time, then seconds between steps, 0 = flat out.</extracomment>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="60"/>
        <source>loading PyTorch…</source>
        <translation>PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="67"/>
        <source>How many updates the run makes at most.</source>
        <translation>실행이 최대 몇 번 업데이트할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="69"/>
        <source>Stop (converged) when the gradient norm is at most this. Empty: never.</source>
        <translation>기울기 노름이 이 값 이하가 되면 멈춥니다 (수렴). 비우면 멈추지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="71"/>
        <source>Stop (converged) when the loss changes by at most this in one step. Empty: never.</source>
        <translation>한 단계에서 손실의 변화가 이 값 이하가 되면 멈춥니다 (수렴). 비우면 멈추지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="77"/>
        <source>From one step at a time (each Step or Run press moves once) to as fast as possible.</source>
        <translation>한 번에 한 단계씩 (한 단계나 실행을 누를 때마다 한 번 움직임)부터 최대한 빠르게까지.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="82"/>
        <source>Learning rates to run side by side, separated by commas.</source>
        <translation>나란히 실행할 학습률들 (쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="83"/>
        <source>Compare learning rates</source>
        <translation>학습률 비교</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="87"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="88"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="89"/>
        <source>Gradient tolerance</source>
        <translation>기울기 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="90"/>
        <source>Loss-change tolerance</source>
        <translation>손실 변화 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="94"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="107"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="150"/>
        <source>{help}
default: {default}   range: [{low}, {high}]</source>
        <translation>{help}
기본값: {default}   범위: [{low}, {high}]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="178"/>
        <source>PyTorch is still loading</source>
        <translation>PyTorch를 불러오는 중입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="182"/>
        <source>{name} must be a number in its range</source>
        <translation>{name}은(는) 허용 범위 안의 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="183"/>
        <source>gradient tolerance</source>
        <translation>기울기 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="184"/>
        <source>loss-change tolerance</source>
        <translation>손실 변화 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="186"/>
        <source>{name} must be a number or empty</source>
        <translation>{name}은(는) 숫자이거나 비어 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="211"/>
        <source>`{text}` is not a positive learning rate</source>
        <translation>`{text}`은(는) 양수인 학습률이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="214"/>
        <source>type at least one learning rate</source>
        <translation>학습률을 하나 이상 입력하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="216"/>
        <source>at most {n} learning rates at once</source>
        <translation>한 번에 학습률은 최대 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="262"/>
        <source>one step at a time</source>
        <translation>한 번에 한 단계씩</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="264"/>
        <source>as fast as possible</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="266"/>
        <source>{n:g} steps per second</source>
        <translation>초당 {n:g}단계</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="33"/>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="34"/>
        <source>Sign descent</source>
        <translation>부호 하강법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="35"/>
        <source>SGD (torch.optim.SGD)</source>
        <translation>SGD (torch.optim.SGD)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="36"/>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="37"/>
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="38"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="39"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="40"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="41"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
</context>
<context>
    <name>PresetCard</name>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="78"/>
        <source>Load lesson {lesson}: {name}</source>
        <translation>강의 {lesson} 불러오기: {name}</translation>
    </message>
</context>
<context>
    <name>PresetGallery</name>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="106"/>
        <source>Lessons: pick an example to replay it</source>
        <translation>강의 예제: 하나를 골라 다시 실행해 보세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="108"/>
        <source>Search lessons (title, explanation, expression)…</source>
        <translation>강의 검색 (제목, 설명, 수식)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="111"/>
        <source>No lesson matches the search.</source>
        <translation>검색과 일치하는 강의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="172"/>
        <source>Lesson {number}</source>
        <translation>강의 {number}</translation>
    </message>
</context>
<context>
    <name>RunsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/runs_panel.py" line="31"/>
        <source>Remove selected runs</source>
        <translation>선택한 실행 지우기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/runs_panel.py" line="33"/>
        <source>Show all</source>
        <translation>모두 보이기</translation>
    </message>
</context>
<context>
    <name>SettingsPanel</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="27"/>
        <source>Model and training</source>
        <translation>모델과 학습</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="29"/>
        <source>Keras network (the lesson&apos;s)</source>
        <translation>Keras 신경망 (강의의 것)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="30"/>
        <source>From scratch (NaiveDense)</source>
        <translation>처음부터 구현 (NaiveDense)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="32"/>
        <source>Keras network: 784 → Dense 512 relu → Dense 10 softmax, Glorot-uniform weights.
From scratch: the lesson&apos;s NaiveDense layers (weights uniform in [0, 0.1]), batches in order, w -= learning rate × gradient.</source>
        <translation>Keras 신경망: 784 → Dense 512 relu → Dense 10 softmax, Glorot 균등 분포 가중치.
처음부터 구현: 강의의 NaiveDense 층 (가중치는 [0, 0.1] 균등 분포), 배치는 순서대로, w -= 학습률 × 기울기.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="36"/>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="90"/>
        <source>RMSprop, Keras defaults (the lesson&apos;s)</source>
        <translation>RMSprop, Keras 기본값 (강의의 것)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="41"/>
        <source>Learning rate (the lesson uses 0.001)</source>
        <translation>학습률 (강의는 0.001을 씁니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="45"/>
        <source>Units in the hidden layer</source>
        <translation>은닉층의 유닛 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="47"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="49"/>
        <source>Train on the first N training images only (quicker demos)</source>
        <translation>처음 N장의 학습 이미지만으로 학습 (빠른 시연용)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="51"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="51"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="52"/>
        <source>Auto (GPU if available)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="56"/>
        <source>CUDA is not available: {reason}</source>
        <translation>CUDA를 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="58"/>
        <source>The same seed gives the same starting weights and batch order</source>
        <translation>같은 시드는 같은 초기 가중치와 배치 순서를 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="64"/>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="65"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="66"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="67"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="68"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="69"/>
        <source>Hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="70"/>
        <source>Training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="71"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="72"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="89"/>
        <source>w -= lr × grad (the lesson&apos;s)</source>
        <translation>w -= lr × grad (강의의 것)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/settings_panel.py" line="109"/>
        <source>The learning rate must be a positive number, e.g. 0.001</source>
        <translation>학습률은 양수여야 합니다. 예: 0.001</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="17"/>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="18"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="19"/>
        <source>paused</source>
        <translation>일시정지됨</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="20"/>
        <source>stopping</source>
        <translation>멈추는 중</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="21"/>
        <source>finished</source>
        <translation>끝남</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="22"/>
        <source>converged</source>
        <translation>수렴함</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="23"/>
        <source>diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="24"/>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="25"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="107"/>
        <source>Name</source>
        <extracomment>Longest value text written back into a cell; larger arrays show a summary instead.</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="107"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="107"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="107"/>
        <source>Trained</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="121"/>
        <source>Import data from CSV…</source>
        <translation>CSV에서 데이터 가져오기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="126"/>
        <source>Type a number, ones(4,4), [[1,2],[3,4]] or 1,2,3; paste a column of numbers with Ctrl+V.</source>
        <translation>숫자, ones(4,4), [[1,2],[3,4]], 1,2,3 처럼 입력하세요. 숫자 한 열은 Ctrl+V로 붙여 넣을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="188"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="216"/>
        <source>Could not import {file}: {error}</source>
        <translation>{file}을(를) 가져올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="250"/>
        <source>Unchecked: the parameter keeps its start value.</source>
        <translation>체크 해제: 이 매개변수는 시작값을 그대로 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="263"/>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="264"/>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="265"/>
        <source>A parameter is trained from its start value; data is given.</source>
        <translation>매개변수는 시작값에서부터 학습되고, 데이터는 주어진 값입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="284"/>
        <source>scalar</source>
        <translation>스칼라</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="285"/>
        <source>array of shape {shape}</source>
        <translation>모양이 {shape}인 배열</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="326"/>
        <source>Import data from CSV</source>
        <translation>CSV에서 데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="327"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="337"/>
        <source>(column {column} of {file}, {n} values)</source>
        <translation>({file}의 {column}열, 값 {n}개)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="350"/>
        <source>({shape} array)</source>
        <translation>({shape} 배열)</translation>
    </message>
</context>
<context>
    <name>WeightGrid</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="225"/>
        <source>The first layer&apos;s weights appear after training.</source>
        <translation>학습이 끝나면 첫 층의 가중치가 나타납니다.</translation>
    </message>
</context>
</TS>
