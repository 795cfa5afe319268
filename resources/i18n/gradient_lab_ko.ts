<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="198"/>
        <source>Drag to move the graph; the wheel zooms</source>
        <translation>끌어서 그래프를 옮기고, 휠로 확대/축소합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="206"/>
        <source>&lt;span style=&apos;color:#b0006a&apos;&gt;■&amp;nbsp;parameter&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1b7f3b&apos;&gt;■&amp;nbsp;data&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#b38f00&apos;&gt;■&amp;nbsp;loss&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;grad&lt;/span&gt;&amp;nbsp;=&amp;nbsp;∂loss/∂node</source>
        <translation>&lt;span style=&apos;color:#b0006a&apos;&gt;■&amp;nbsp;매개변수&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#1b7f3b&apos;&gt;■&amp;nbsp;데이터&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#b38f00&apos;&gt;■&amp;nbsp;손실&lt;/span&gt; &amp;nbsp; &lt;span style=&apos;color:#c0392b&apos;&gt;grad&lt;/span&gt;&amp;nbsp;=&amp;nbsp;∂손실/∂노드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="214"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="215"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="216"/>
        <source>Fit</source>
        <translation>맞춤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="216"/>
        <source>Fit the whole graph in view</source>
        <translation>그래프 전체를 화면에 맞추기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="239"/>
        <source>Evaluate or step the loss to see its computation graph.</source>
        <translation>손실을 계산하거나 한 단계 진행하면 계산 그래프가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="254"/>
        <source>Cannot draw the graph: {error}</source>
        <translation>그래프를 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="37"/>
        <source>Gradient Lab: unexpected error</source>
        <extracomment>Errors whose details the dialog lists; later ones (an error repeating in a paint event, say) are only counted, so the dialog stays small. The log keeps them all.</extracomment>
        <translation>Gradient Lab: 예기치 않은 오류</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="45"/>
        <source>The details were also written to the log file:</source>
        <translation>자세한 내용은 로그 파일에도 기록되었습니다:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="48"/>
        <source>Copy details</source>
        <translation>자세한 내용 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="49"/>
        <source>Open log folder</source>
        <translation>로그 폴더 열기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="64"/>
        <source>Something went wrong. You can close this message and keep working.</source>
        <translation>문제가 발생했습니다. 이 메시지를 닫고 계속 작업할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/launch/crash_dialog.py" line="65"/>
        <source>(%n errors so far)</source>
        <translation>(지금까지 오류 %n개)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="89"/>
        <source>(accepted)</source>
        <extracomment>The names the error examples treat as defined (so `bata` gets its &quot;did you mean&quot;).</extracomment>
        <translation>(허용됨)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="103"/>
        <source>characters of text</source>
        <translation>글자 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="104"/>
        <source>lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="105"/>
        <source>nesting depth</source>
        <translation>괄호 중첩 깊이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="106"/>
        <source>syntax-tree nodes</source>
        <translation>구문 트리 노드 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="107"/>
        <source>integer exponent |n| in x**n</source>
        <translation>x**n의 정수 지수 |n|</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="108"/>
        <source>size of a number</source>
        <translation>숫자의 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="109"/>
        <source>elements of any tensor (values, data, intermediate results)</source>
        <translation>텐서 하나의 원소 수 (값, 데이터, 중간 결과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="110"/>
        <source>elements of all intermediate results of one evaluation</source>
        <translation>한 번 계산할 때 모든 중간 결과의 원소 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="111"/>
        <source>steps of one run</source>
        <translation>한 번 실행의 단계 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="120"/>
        <source>Type a loss the way you would write it in Python or NumPy, for example {example}. Nothing you type is ever run as Python: the text is checked against a short list of allowed forms first.</source>
        <translation>손실은 Python이나 NumPy에서 쓰듯이 입력합니다. 예: {example}. 입력한 내용은 절대 Python으로 실행되지 않습니다. 먼저 허용된 짧은 형식 목록과 대조해 검사합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="123"/>
        <source>Several lines: a line {assign} defines a helper, e.g. {example}; the last line is the loss. {hash} starts a comment.</source>
        <translation>여러 줄: {assign} 형태의 줄은 보조 변수를 정의합니다 (예: {example}). 마지막 줄이 손실입니다. {hash} 뒤는 주석입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="126"/>
        <source>Every other name is either a &lt;b&gt;parameter&lt;/b&gt; (it has a start value, a number or a tensor such as {tensor}, and is trained) or &lt;b&gt;data&lt;/b&gt; (a given array, typed, pasted or imported from CSV). Set which is which in the table under the editor.</source>
        <translation>나머지 이름은 &lt;b&gt;매개변수&lt;/b&gt;(시작값이 숫자나 {tensor} 같은 텐서이고, 학습됩니다)이거나 &lt;b&gt;데이터&lt;/b&gt;(입력하거나 붙여 넣거나 CSV에서 가져온 주어진 배열)입니다. 어느 쪽인지는 편집기 아래 표에서 정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="130"/>
        <source>A name that is neither is an error that lists the names that are defined.</source>
        <translation>둘 다 아닌 이름은 오류이며, 정의된 이름 목록을 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="131"/>
        <source>{operators} ({matmul} is the matrix product), unary minus, parentheses, indexing and slices such as {index}, and the transpose {transpose}.</source>
        <translation>{operators} ({matmul}은 행렬 곱), 단항 마이너스, 괄호, {index} 같은 인덱싱과 슬라이스, 전치 {transpose}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="135"/>
        <source>Operations are elementwise and broadcast as in NumPy. A loss that is not a single number is summed before it is differentiated (as TensorFlow&apos;s tape.gradient does).</source>
        <translation>연산은 NumPy처럼 원소별로 하고 브로드캐스트됩니다. 손실이 숫자 하나가 아니면 미분하기 전에 모두 더합니다 (TensorFlow의 tape.gradient와 같습니다).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="138"/>
        <source>The expression language</source>
        <translation>수식 언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="139"/>
        <source>Lines and names</source>
        <translation>줄과 이름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="140"/>
        <source>Operators</source>
        <translation>연산자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="141"/>
        <source>Functions</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="142"/>
        <source>Limits</source>
        <translation>한도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="142"/>
        <source>Bounds that keep a typo from freezing the classroom computer:</source>
        <translation>오타 하나로 교실 컴퓨터가 멈추지 않도록 두는 한도:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="144"/>
        <source>Error messages</source>
        <translation>오류 메시지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="145"/>
        <source>Errors say what is wrong and where (line and column); the editor underlines the spot. Some examples, each with the message as the program prints it:</source>
        <translation>오류는 무엇이 어디에서(줄과 열) 잘못되었는지 알려 주고, 편집기는 그 자리에 밑줄을 긋습니다. 몇 가지 예와 프로그램이 출력하는 메시지:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="171"/>
        <source>No shortcuts are defined.</source>
        <translation>정의된 단축키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="178"/>
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="185"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="186"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="187"/>
        <source>Log files</source>
        <translation>로그 파일</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="190"/>
        <source>Watch automatic differentiation and gradient descent at work: type a loss, press Run, and follow every step.</source>
        <translation>자동 미분과 경사 하강법이 일하는 모습을 지켜보세요. 손실을 입력하고 실행을 누른 뒤 모든 단계를 따라가 보세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="192"/>
        <source>The Korean font NanumGothic is used under the SIL Open Font License 1.1.</source>
        <translation>한글 글꼴 나눔고딕은 SIL Open Font License 1.1에 따라 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="216"/>
        <source>Expression language</source>
        <translation>수식 언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="169"/>
        <location filename="../../desktop_app/gui/help.py" line="221"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="228"/>
        <source>About Gradient Lab</source>
        <translation>Gradient Lab 정보</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="191"/>
        <source>The picture follows once the loss and every value are complete.</source>
        <translation>손실 함수와 모든 값을 다 입력하면 그림이 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="223"/>
        <source>No picture for this loss: {error}</source>
        <translation>이 손실 함수는 그림으로 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="232"/>
        <source>too much data to draw the loss over a grid quickly</source>
        <translation>데이터가 너무 많아 격자 위의 손실을 빨리 그릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="84"/>
        <location filename="../../desktop_app/gui/panels/lesson_plots.py" line="87"/>
        <location filename="../../desktop_app/gui/panels/lesson_plots.py" line="124"/>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="158"/>
        <location filename="../../desktop_app/gui/plots/board.py" line="62"/>
        <location filename="../../desktop_app/gui/plots/contour.py" line="339"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="71"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="113"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="260"/>
        <source>loss</source>
        <extracomment>Repaints are spaced at least this many times the last frame&apos;s painting time... ...but never further apart than this (ms).
----------
Half-width of the drawn tangent segment, as a fraction of the visible range. Longest trail of dots drawn behind the point (the path line itself is always complete). Where the loss is NaN (grey) or ±inf (red), behind the curve.</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="126"/>
        <source>step {step}: loss {loss}</source>
        <translation>{step}단계: 손실 {loss}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="157"/>
        <source>an animation is saved as .gif or .mp4, not {suffix}</source>
        <translation>애니메이션은 {suffix}이(가) 아니라 .gif 또는 .mp4로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="159"/>
        <source>MP4 needs the imageio-ffmpeg package; save as .gif instead</source>
        <translation>MP4로 저장하려면 imageio-ffmpeg 패키지가 필요합니다. 대신 .gif로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="162"/>
        <source>this run has no records of {columns} to animate</source>
        <translation>이 실행에는 애니메이션으로 만들 {columns} 기록이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="63"/>
        <source>parameter value</source>
        <translation>매개변수 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="64"/>
        <source>gradient norm ‖∇‖</source>
        <translation>기울기 노름 ‖∇‖</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="189"/>
        <location filename="../../desktop_app/gui/plots/board.py" line="68"/>
        <source>Type a loss and press Run:
its picture appears here.</source>
        <extracomment>Points of the scans that find a 1-D range&apos;s wells (core.plot_ranges). Most loss evaluations × data elements for one picture (it is computed in the GUI thread); large data sets get a coarser grid, and no picture below MIN_POINTS points per axis. Elements per parameter named for the small multiples (a big tensor is recorded as summaries). Margin added around a run&apos;s path when the range is widened to contain it. A path much wider than the drawn range is left to run off it rather than squash the picture. The model&apos;s fields a picture depends on.</extracomment>
        <translation>손실을 입력하고 실행을 누르세요:
그 그림이 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="77"/>
        <source>Logarithmic colours (valleys visible)</source>
        <translation>로그 색상 (골짜기가 보이게)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="84"/>
        <source>Contour map</source>
        <translation>등고선 지도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="87"/>
        <source>3-D surface</source>
        <translation>3차원 곡면</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="116"/>
        <source>Logarithmic loss axis</source>
        <translation>손실 축을 로그 눈금으로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="121"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="122"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="123"/>
        <source>Gradient norm</source>
        <translation>기울기 노름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="164"/>
        <source>minimum</source>
        <extracomment>Loss differences of this fraction of the map&apos;s range are where the colour scale turns logarithmic. Paths up to this many steps show a dot per step; longer ones only the line (dots cost paint time). Where the loss is NaN (grey) and ±inf (red) on the map, RGBA. Nearest two colour-bar labels may be, as a fraction of the bar&apos;s height.</extracomment>
        <translation>최솟값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="167"/>
        <source>minima (a whole line)</source>
        <translation>최솟점 (직선 전체)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="242"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="155"/>
        <source>loss is NaN</source>
        <translation>손실이 NaN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="244"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="156"/>
        <source>loss is ±∞</source>
        <translation>손실이 ±∞</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="327"/>
        <source>NaN</source>
        <translation>NaN (숫자 아님)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="328"/>
        <source>{x_name} = {x}   {y_name} = {y}   loss ≈ {loss}   (click: start here)</source>
        <translation>{x_name} = {x}   {y_name} = {y}   손실 ≈ {loss}   (클릭: 여기서 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="53"/>
        <source>data</source>
        <extracomment>Most data points the scatter draws (evenly spread when there are more). Evaluates the model at parameter values over x: (params, xs) -&gt; ys.</extracomment>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="54"/>
        <source>fitted line</source>
        <translation>적합한 직선</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="56"/>
        <source>predictions</source>
        <translation>예측값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="58"/>
        <source>true rule</source>
        <translation>실제 규칙</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="105"/>
        <source>start: {values}</source>
        <translation>시작: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="125"/>
        <source>No fitted line for this run: {error}</source>
        <translation>이 실행으로는 직선을 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="115"/>
        <source>step {step}: {values}</source>
        <translation>{step}단계: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="131"/>
        <source>{name} = {x}: predicted {predicted} (true {true})</source>
        <translation>{name} = {x}: 예측 {predicted} (실제 {true})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/regression.py" line="133"/>
        <source>{name} = {x}: predicted {predicted}</source>
        <translation>{name} = {x}: 예측 {predicted}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="84"/>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="168"/>
        <location filename="../../desktop_app/gui/parameter_views.py" line="139"/>
        <location filename="../../desktop_app/gui/plots/series.py" line="193"/>
        <source>step</source>
        <extracomment>Frames of an animation at most (a long run is sampled evenly; the last frame is the last step). The last frame is held this many beats, so a looping GIF pauses on the result.
----------
Most parameter columns drawn per run (a 4x4 tensor has 16; more would be a tangle). Curves up to this many points get a dot per step; up to THICK_POINTS a thick line.</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/series.py" line="216"/>
        <source>{run}: step {step}  {values}</source>
        <translation>{run}: {step}단계  {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="217"/>
        <source>step {step}:   {name} = {x}   loss = {loss}   slope = {slope}</source>
        <translation>{step}단계:   {name} = {x}   손실 = {loss}   기울기 = {slope}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="255"/>
        <source>{name} = {x}   loss = {loss}   (on the curve)</source>
        <translation>{name} = {x}   손실 = {loss}   (곡선 위)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="166"/>
        <source>the loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="166"/>
        <source>the gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="167"/>
        <source>NaN (not a number)</source>
        <translation>NaN(숫자가 아님)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="167"/>
        <source>infinite</source>
        <translation>무한대</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="171"/>
        <source>{what} became {kind} at step {step}: the learning rate is probably too large</source>
        <translation>{step}단계에서 {what}이(가) {kind}이(가) 되었습니다: 학습률이 너무 큰 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="208"/>
        <source>line {line}, col {col}: {message}</source>
        <translation>{line}행 {col}열: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="210"/>
        <source>line {line}: {message}</source>
        <translation>{line}행: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="221"/>
        <source>lambda is not allowed</source>
        <translation>lambda는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="222"/>
        <source>comprehensions are not allowed</source>
        <translation>컴프리헨션은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="223"/>
        <source>f-strings are not allowed</source>
        <translation>f-문자열은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="224"/>
        <source>`:=` (assignment inside an expression) is not allowed</source>
        <translation>`:=`(식 안의 대입)는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="225"/>
        <source>comparisons (&lt;, ==, ...) are not allowed</source>
        <translation>비교(&lt;, == 등)는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="226"/>
        <source>`and` / `or` are not allowed</source>
        <translation>`and` / `or`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="227"/>
        <source>`... if ... else ...` is not allowed</source>
        <translation>`... if ... else ...`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="228"/>
        <source>lists are not allowed in an expression; give arrays as values instead</source>
        <translation>식에는 리스트를 쓸 수 없습니다. 배열은 값으로 주세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="229"/>
        <source>tuples are not allowed in an expression</source>
        <translation>식에는 튜플을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="230"/>
        <source>sets are not allowed in an expression</source>
        <translation>식에는 집합을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="231"/>
        <source>dicts are not allowed in an expression</source>
        <translation>식에는 딕셔너리를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="232"/>
        <source>`*` unpacking is not allowed</source>
        <translation>`*` 풀어 쓰기는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="233"/>
        <source>`await` is not allowed</source>
        <translation>`await`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="234"/>
        <source>`yield` is not allowed</source>
        <translation>`yield`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="235"/>
        <source>slices are only allowed inside brackets, e.g. x[1:3]</source>
        <translation>슬라이스는 대괄호 안에서만 쓸 수 있습니다. 예: x[1:3]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="236"/>
        <source>text in quotes is not allowed in an expression</source>
        <translation>식에는 따옴표로 감싼 텍스트를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="237"/>
        <source>complex numbers are not allowed</source>
        <translation>복소수는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="238"/>
        <source>only functions can be called, by name, e.g. sum(x)</source>
        <translation>함수만 이름으로 호출할 수 있습니다. 예: sum(x)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="242"/>
        <source>`{source}` is not allowed here</source>
        <translation>`{source}`은(는) 여기에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="247"/>
        <source>{name} takes {minimum} or {maximum} arguments ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 {minimum}개 또는 {maximum}개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="248"/>
        <source>{name} takes one argument ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 1개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="249"/>
        <source>{name} takes two arguments ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 2개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="250"/>
        <source>{name} takes three arguments ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 3개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="260"/>
        <source>unknown name `{name}` (did you mean `{suggestion}`?)</source>
        <translation>알 수 없는 이름 `{name}` (`{suggestion}`을(를) 뜻했나요?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="263"/>
        <source>unknown name `{name}`</source>
        <translation>알 수 없는 이름 `{name}`</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="265"/>
        <source>{problem}; defined names: {names}</source>
        <translation>{problem}; 정의된 이름: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="266"/>
        <source>{problem}; no names are defined yet</source>
        <translation>{problem}; 아직 정의된 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="268"/>
        <source>the expression must be text</source>
        <translation>식은 텍스트여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="269"/>
        <source>expression too long ({length} characters; the limit is {limit})</source>
        <translation>식이 너무 깁니다 ({length}자, 한도 {limit}자)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="270"/>
        <source>too many lines ({lines}; the limit is {limit})</source>
        <translation>줄이 너무 많습니다 ({lines}줄, 한도 {limit}줄)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="271"/>
        <source>the text contains a null character</source>
        <translation>텍스트에 널 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="272"/>
        <source>expression nested too deeply (more than {limit} levels)</source>
        <translation>식이 너무 깊게 중첩되었습니다 ({limit}단계 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="273"/>
        <source>number too long</source>
        <translation>숫자가 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="274"/>
        <source>syntax error: this is not a valid expression here</source>
        <translation>구문 오류: 여기에는 올바른 식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="275"/>
        <source>syntax error: {detail}</source>
        <translation>구문 오류: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="276"/>
        <source>the text cannot be read: {detail}</source>
        <translation>텍스트를 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="277"/>
        <source>expression too large (more than {limit} parts)</source>
        <translation>식이 너무 큽니다 ({limit}개 부분 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="278"/>
        <source>the expression is empty</source>
        <translation>식이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="279"/>
        <source>the last line must be the loss expression, not an assignment (add a last line such as `{name}`)</source>
        <translation>마지막 줄은 대입이 아니라 손실 식이어야 합니다 (`{name}` 같은 마지막 줄을 추가하세요)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="281"/>
        <source>assign one name per line, e.g. `pred = w*x + b`</source>
        <translation>한 줄에 이름 하나만 대입하세요. 예: `pred = w*x + b`</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="282"/>
        <source>only a plain name can be assigned, e.g. `pred = w*x + b`</source>
        <translation>단순한 이름에만 대입할 수 있습니다. 예: `pred = w*x + b`</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="283"/>
        <source>`+=` and similar are not allowed; write `name = expression`</source>
        <translation>`+=` 같은 연산은 쓸 수 없습니다. `이름 = 식`으로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="284"/>
        <source>type annotations are not allowed; write `name = expression`</source>
        <translation>타입 표기는 쓸 수 없습니다. `이름 = 식`으로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="286"/>
        <source>this kind of statement is not allowed in an expression</source>
        <translation>이런 문장은 식에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="287"/>
        <source>`{keyword}` is not allowed in an expression</source>
        <translation>`{keyword}`은(는) 식에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="288"/>
        <source>`{name}` is a function name; choose another name</source>
        <translation>`{name}`은(는) 함수 이름입니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="289"/>
        <source>`{name}` is already defined on line {defined_line}</source>
        <translation>`{name}`은(는) 이미 {defined_line}행에서 정의되었습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="290"/>
        <source>`{name}` is used before this line; define helpers before using them, each with a new name</source>
        <translation>`{name}`이(가) 이 줄보다 먼저 쓰였습니다. 보조 이름은 쓰기 전에 새 이름으로 정의하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="292"/>
        <source>`{name}`: names starting with `__` are not allowed</source>
        <translation>`{name}`: `__`로 시작하는 이름은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="293"/>
        <source>the operator `{symbol}` is not allowed; use + - * / ** @</source>
        <translation>연산자 `{symbol}`은(는) 쓸 수 없습니다. + - * / ** @를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="294"/>
        <source>`{attribute}`: attributes are not allowed (only `.T`)</source>
        <translation>`{attribute}`: 속성은 쓸 수 없습니다 (`.T`만 가능)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="296"/>
        <source>number too large: {number} (the limit is {limit})</source>
        <translation>숫자가 너무 큽니다: {number} (한도 {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="298"/>
        <source>`{name}` is a function; call it like {name}(x)</source>
        <translation>`{name}`은(는) 함수입니다. {name}(x)처럼 호출하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="299"/>
        <source>power exponent too large: {source} (powers of powers are not allowed)</source>
        <translation>거듭제곱 지수가 너무 큽니다: {source} (거듭제곱의 거듭제곱은 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="301"/>
        <source>power exponent too large: {source} (the limit is {limit})</source>
        <translation>거듭제곱 지수가 너무 큽니다: {source} (한도 {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="303"/>
        <source>`{name}` is not a known function (did you mean `{suggestion}`?)</source>
        <translation>`{name}`은(는) 알려진 함수가 아닙니다 (`{suggestion}`을(를) 뜻했나요?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="305"/>
        <source>`{name}` is not a known function; available: {names}</source>
        <translation>`{name}`은(는) 알려진 함수가 아닙니다. 쓸 수 있는 함수: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="307"/>
        <source>`{keyword}=` is not allowed in {signature}</source>
        <translation>{signature}에는 `{keyword}=`를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="309"/>
        <source>{signature} takes one array and one axis</source>
        <translation>{signature}은(는) 배열 하나와 축 하나를 받습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="311"/>
        <source>the axis of {name} must be a whole number such as 0 or 1</source>
        <translation>{name}의 축은 0이나 1 같은 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="312"/>
        <source>indices must be whole numbers or slices such as x[0], x[1:3] or X[:, 0]</source>
        <translation>인덱스는 x[0], x[1:3], X[:, 0]처럼 정수나 슬라이스여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="313"/>
        <source>slice steps must be positive</source>
        <translation>슬라이스 간격은 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="314"/>
        <source>the result of `{source}` would have {count} elements (shape {shape}); the limit is {limit}</source>
        <translation>`{source}`의 결과는 원소가 {count}개가 됩니다 (모양 {shape}). 한도는 {limit}개입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="317"/>
        <source>`{name}` has {count} elements; the limit is {limit}</source>
        <translation>`{name}`의 원소는 {count}개입니다. 한도는 {limit}개입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="319"/>
        <source>the expression computes too many numbers in all (more than {limit})</source>
        <translation>식이 계산하는 수가 모두 합해 너무 많습니다 ({limit}개 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="321"/>
        <source>the matrix products need too many multiplications in all (more than {limit})</source>
        <translation>행렬 곱에 필요한 곱셈이 모두 합해 너무 많습니다 ({limit}회 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="323"/>
        <source>cannot combine shapes {shapes} here</source>
        <translation>여기서는 모양 {shapes}을(를) 함께 계산할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="324"/>
        <source> and </source>
        <translation>와(과) </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="325"/>
        <source>axis {axis} is out of range for shape {shape}</source>
        <translation>축 {axis}은(는) 모양 {shape}의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="327"/>
        <source>too many indices for `{source}` with shape {shape}</source>
        <translation>모양이 {shape}인 `{source}`에 인덱스가 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="329"/>
        <source>index {index} is out of range for axis {axis} of `{source}` with shape {shape}</source>
        <translation>인덱스 {index}이(가) 모양이 {shape}인 `{source}`의 축 {axis} 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="332"/>
        <source>cannot compute `{what}`: {detail}</source>
        <translation>`{what}`을(를) 계산할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="346"/>
        <source>Type a loss first.</source>
        <translation>먼저 손실을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="351"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="353"/>
        <source>unknown name `{name}` — did you mean `{suggestion}`? (or add it as a parameter)</source>
        <translation>알 수 없는 이름 `{name}` — `{suggestion}`을(를) 뜻했나요? (아니면 파라미터로 추가하세요)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="356"/>
        <source>`{name}` has no value yet: type its start value, or make it data and type its values.</source>
        <translation>`{name}`에 아직 값이 없습니다: 시작값을 입력하거나, 데이터로 바꾸고 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="169"/>
        <source>{what} is {kind} at the start values: check the start values and the data</source>
        <translation>시작값에서 {what}이(가) {kind}입니다: 시작값과 데이터를 확인하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="40"/>
        <source>skipped: too costly (the numbers grow beyond floating-point range, so sympy would compute for minutes)</source>
        <translation>건너뜀: 계산이 너무 많습니다 (수가 부동소수점 범위를 넘어 sympy가 몇 분 동안 계산하게 됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="42"/>
        <source>skipped: too costly (the loss is nested more than {limit} levels deep once helpers are written out)</source>
        <translation>건너뜀: 계산이 너무 많습니다 (보조 변수를 풀어 쓰면 손실이 {limit}단계보다 깊게 중첩됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="44"/>
        <source>the loss is too large to differentiate symbolically (more than {limit} parts once helpers are written out)</source>
        <translation>손실이 너무 커서 기호 미분을 할 수 없습니다 (보조 변수를 풀어 쓰면 {limit}개 항을 넘습니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="46"/>
        <source>`{source}` has {count} elements; symbolic derivatives handle arrays of at most {limit}</source>
        <translation>`{source}`의 원소가 {count}개입니다. 기호 미분은 원소가 {limit}개 이하인 배열만 다룹니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="48"/>
        <source>`{source}` cannot be computed: {detail}</source>
        <translation>`{source}`을(를) 계산할 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="49"/>
        <source>`{source}` has no symbolic form</source>
        <translation>`{source}`에는 기호 형태가 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="50"/>
        <source>{name} is a {shape} tensor: symbolic derivatives are shown for scalars and tensors of at most {limit} elements</source>
        <translation>{name}은(는) {shape} 텐서입니다. 기호 미분은 스칼라와 원소가 {limit}개 이하인 텐서에만 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="52"/>
        <source>the data has {count} numbers; symbolic derivatives substitute at most {limit}</source>
        <translation>데이터에 수가 {count}개 있습니다. 기호 미분은 {limit}개까지만 대입합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="54"/>
        <source>the derivative is too large to show (more than {limit} parts)</source>
        <translation>도함수가 너무 커서 보여 줄 수 없습니다 ({limit}개 항 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="160"/>
        <source>finished {steps} steps</source>
        <translation>{steps}단계를 마쳤습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="174"/>
        <source>the loss exploded to {loss} at step {step} (beyond {bound}): the learning rate is probably too large</source>
        <translation>{step}단계에서 손실이 {loss}(으)로 폭발했습니다 ({bound} 초과): 학습률이 너무 큰 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="178"/>
        <source>converged: the gradient norm {norm} is at most grad_tol {tol} (step {step})</source>
        <translation>수렴: 기울기 노름 {norm}이(가) grad_tol {tol} 이하입니다 ({step}단계)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="181"/>
        <source>converged: the loss changed by {change}, at most loss_tol {tol} (step {step})</source>
        <translation>수렴: 손실 변화 {change}이(가) loss_tol {tol} 이하입니다 ({step}단계)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="164"/>
        <source>time limit of {seconds} s reached</source>
        <translation>제한 시간 {seconds}초에 도달했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="162"/>
        <source>stopped by the user</source>
        <translation>사용자가 멈춤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_export.py" line="55"/>
        <source>a figure side must be {low} to {high} pixels, not {side}</source>
        <extracomment>Slide sizes offered by File → Export figure (custom sizes are any width × height in range). PNG pixels per figure pixel. Screen resolution the figure is laid out at (and the SVG declares).</extracomment>
        <translation>그림의 한 변은 {side}이(가) 아니라 {low}~{high} 픽셀이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_export.py" line="208"/>
        <source>the figure could not be encoded as PNG</source>
        <translation>그림을 PNG로 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_export.py" line="245"/>
        <source>a figure is saved as .png or .svg, not {suffix}</source>
        <translation>그림은 {suffix}이(가) 아니라 .png 또는 .svg로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="431"/>
        <source>Copy as LaTeX</source>
        <extracomment>Formula height relative to the widget&apos;s text font (display maths reads larger than prose). Pixels between parts on one line, and between stacked lines. Continuation lines (``= …``, ``+ …``) are indented by this many pixels. Smallest scale a line is shrunk to before it is broken further (then it is shrunk anyway). SVGs kept (LRU); a derivative view&apos;s formulas for a few hundred points.</extracomment>
        <translation>LaTeX로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="433"/>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_plots.py" line="86"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="56"/>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="263"/>
        <source>all {value}</source>
        <extracomment>Significant digits of a table cell (float32 holds about 7). Columns of errors and norms: their size is what matters, three digits say it. Elements of a vector written out in a cell before the rest is summarised. Significant digits of numbers far from 1 (rounding noise such as 1e-11, a diverged 1e7).</extracomment>
        <translation>모두 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="59"/>
        <source>… ({count} in all)</source>
        <translation>… (모두 {count}개)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="71"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="71"/>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="71"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="72"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="72"/>
        <source>stopped</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="86"/>
        <source>forward difference</source>
        <translation>전진 차분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="86"/>
        <source>central difference</source>
        <translation>중앙 차분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="87"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="87"/>
        <source>sum</source>
        <translation>합</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="93"/>
        <source>Step by step: the parameters after the update, the loss before it</source>
        <translation>스텝마다: 업데이트 후의 파라미터와 업데이트 전의 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="95"/>
        <source>Autograd: the loss and its gradient</source>
        <translation>자동 미분: 손실과 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="96"/>
        <source>Autograd beside a numeric estimate ({method}, h = {h}, {dtype})</source>
        <translation>자동 미분과 수치 미분 비교 ({method}, h = {h}, {dtype})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="97"/>
        <source>The hand-derived gradient beside autograd</source>
        <translation>손으로 유도한 기울기와 자동 미분 비교</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="98"/>
        <source>Every {every} steps: the parameters after the update, the loss before it</source>
        <translation>{every}스텝마다: 업데이트 후의 파라미터와 업데이트 전의 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="99"/>
        <source>The parameters after k steps</source>
        <translation>k스텝 후의 파라미터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="100"/>
        <source>Predictions of {model} beside the true {truth}</source>
        <translation>{model}의 예측값과 실제 값 {truth}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="101"/>
        <source>The slope at a few points</source>
        <translation>몇 점에서의 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="102"/>
        <source>Grid search over linspace({start}, {stop}, {num})</source>
        <translation>linspace({start}, {stop}, {num}) 격자 탐색</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="103"/>
        <source>Probing ±{delta} around {name} = {at}</source>
        <translation>{name} = {at} 주변 ±{delta} 살펴보기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="104"/>
        <source>Least squares: the gradient at the start, at β̂ and at the true coefficients</source>
        <translation>최소제곱: 시작점, β̂, 실제 계수에서의 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="105"/>
        <source>Learning rates side by side, from {name} = {start}</source>
        <translation>학습률 나란히 비교 ({name} = {start}에서 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="106"/>
        <source>Accuracy and loss along {name}</source>
        <translation>{name}에 따른 정확도와 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="107"/>
        <source>Sample by sample (the gradient is the {combine} of the samples&apos; gradients)</source>
        <translation>샘플별 기울기 (전체 기울기는 샘플별 기울기의 {combine})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="108"/>
        <source>Shapes of the lesson&apos;s slices (full data: 60,000 images)</source>
        <translation>강의 슬라이스의 크기 (전체 데이터: 이미지 60,000개)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="109"/>
        <source>Broadcasting, checked</source>
        <translation>브로드캐스팅 확인</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="119"/>
        <source>Loss {value}.</source>
        <translation>손실 {value}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="121"/>
        <source>The result is a tensor: the gradient is that of its sum.</source>
        <translation>결과가 텐서이므로 그 합의 기울기를 구합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="124"/>
        <source>{num} evaluations. Smallest loss at index {index}: {name} = {best}, loss {loss}.</source>
        <translation>{num}번 계산했습니다. 가장 작은 손실은 인덱스 {index}: {name} = {best}, 손실 {loss}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="130"/>
        <source>The right side is lower: step to {name} = {next}.</source>
        <translation>오른쪽이 더 낮습니다. {name} = {next}로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="132"/>
        <source>The left side is lower: step to {name} = {next}.</source>
        <translation>왼쪽이 더 낮습니다. {name} = {next}로 이동합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="134"/>
        <source>Both sides are equal: {name} stays at {next}.</source>
        <translation>양쪽이 같습니다. {name}는 {next}에 머뭅니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="137"/>
        <source>Accuracy takes only {levels} values and is flat between {flat}% of neighbouring points: its slope is 0 there. The loss is flat between {loss_flat}% of them. Dashed: the start {name} = {at}.</source>
        <translation>정확도는 값이 {levels}개뿐이고 이웃한 점 사이의 {flat}%에서 평평합니다. 그곳에서 기울기는 0입니다. 손실이 평평한 곳은 {loss_flat}%입니다. 점선: 시작값 {name} = {at}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="144"/>
        <source>Largest difference between the two: {difference} (rounding in {dtype}).</source>
        <translation>둘 사이의 가장 큰 차이: {difference} ({dtype} 반올림 오차).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="147"/>
        <source>train_images has rank (ndim) {ndim}.</source>
        <translation>train_images의 랭크(ndim)는 {ndim}입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="154"/>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="168"/>
        <source>at</source>
        <translation>위치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="154"/>
        <source>gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="155"/>
        <source>autograd</source>
        <translation>자동 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="155"/>
        <source>numeric</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="155"/>
        <source>error</source>
        <translation>오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="156"/>
        <source>by hand</source>
        <translation>손 계산</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="156"/>
        <source>difference</source>
        <translation>차이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="157"/>
        <source>{name} after</source>
        <translation>업데이트 후 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="157"/>
        <source>loss before</source>
        <translation>업데이트 전 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="158"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="158"/>
        <source>true</source>
        <translation>실제</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="158"/>
        <source>slope</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="159"/>
        <source>‖gradient‖</source>
        <translation>‖기울기‖</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="159"/>
        <source>status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="159"/>
        <source>steps</source>
        <translation>스텝 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="160"/>
        <source>final {name}</source>
        <translation>최종 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="160"/>
        <source>shape</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="160"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="168"/>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="168"/>
        <source>k</source>
        <translation>k</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="169"/>
        <source>point</source>
        <translation>점</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="169"/>
        <source>slice</source>
        <translation>슬라이스</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="175"/>
        <source>x + y broadcast equals x + the repeated matrix</source>
        <translation>브로드캐스팅한 x + y와 반복한 행렬을 더한 값이 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="176"/>
        <source>the (10,) vector expanded to</source>
        <translation>(10,) 벡터를 늘린 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="177"/>
        <source>then repeated to</source>
        <translation>반복한 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="178"/>
        <source>shape of np.maximum of (64, 3, 32, 10) and (32, 10)</source>
        <translation>(64, 3, 32, 10)과 (32, 10)의 np.maximum 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="179"/>
        <source>np.maximum equals the naive loops</source>
        <translation>np.maximum과 단순 반복문의 결과가 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="194"/>
        <source>left: {name} − {delta}</source>
        <translation>왼쪽: {name} − {delta}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="194"/>
        <source>right: {name} + {delta}</source>
        <translation>오른쪽: {name} + {delta}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="198"/>
        <location filename="../../desktop_app/gui/plots/contour.py" line="172"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="136"/>
        <source>start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="198"/>
        <source>optimum {name}</source>
        <translation>최적 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="199"/>
        <source>true {name}</source>
        <translation>실제 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="202"/>
        <source>sample {n}</source>
        <translation>샘플 {n}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="204"/>
        <source>mean of the samples</source>
        <translation>샘플의 평균</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="206"/>
        <source>gradient of the loss</source>
        <translation>손실의 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="216"/>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="258"/>
        <source>yes</source>
        <extracomment>Checked quantities that are yes (1) or no (0).</extracomment>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="216"/>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="258"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="228"/>
        <source>{name} after 1 step</source>
        <translation>1스텝 후 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="230"/>
        <source>gradient at β̂</source>
        <translation>β̂에서의 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="230"/>
        <source>gradient at the true β</source>
        <translation>실제 β에서의 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="231"/>
        <source>gradient at the start</source>
        <translation>시작점의 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="236"/>
        <source>loss value</source>
        <translation>손실 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="237"/>
        <source>numeric estimate of ∂L/∂{name}</source>
        <translation>∂L/∂{name}의 수치 추정값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="237"/>
        <source>∂L/∂{name} by hand</source>
        <translation>손으로 계산한 ∂L/∂{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="238"/>
        <source>{name} after step {step}</source>
        <translation>{step}스텝 후 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="238"/>
        <source>loss before step {step}</source>
        <translation>{step}스텝 전의 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="239"/>
        <source>{name} after {step} steps</source>
        <translation>{step}스텝 후 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="239"/>
        <source>index of the smallest loss</source>
        <translation>가장 작은 손실의 인덱스</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="240"/>
        <source>best {name} on the grid</source>
        <translation>격자에서 가장 좋은 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="240"/>
        <source>smallest loss on the grid</source>
        <translation>격자에서 가장 작은 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="241"/>
        <source>loss one probe to the left</source>
        <translation>왼쪽으로 한 번 살펴본 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="241"/>
        <source>loss one probe to the right</source>
        <translation>오른쪽으로 한 번 살펴본 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="242"/>
        <source>the next value</source>
        <translation>다음 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="242"/>
        <source>slopes</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="243"/>
        <source>a tensor result: the gradient of its sum</source>
        <translation>텐서 결과: 합의 기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="243"/>
        <source>rank (ndim)</source>
        <translation>랭크 (ndim)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="244"/>
        <source>shape of {text}</source>
        <translation>{text}의 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="281"/>
        <source>✓ {what} = {app} (the lesson: {lesson})</source>
        <translation>✓ {what} = {app} (강의: {lesson})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="282"/>
        <source>✗ {what}: the app has {app}, the lesson printed {lesson}</source>
        <translation>✗ {what}: 앱은 {app}, 강의는 {lesson}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="89"/>
        <source>{shown} of {total} parameters shown</source>
        <extracomment>Largest matrix whose cells are labelled with their values. Most small plots drawn (the rest are named in a note: a wall of 100 plots reads as noise).</extracomment>
        <translation>매개변수 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="165"/>
        <source>column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="165"/>
        <source>row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="183"/>
        <source>{name} at step {step}</source>
        <translation>{step}단계의 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surface_view.py" line="47"/>
        <location filename="../../desktop_app/gui/surface_view.py" line="51"/>
        <source>no OpenGL context can be created on this display</source>
        <extracomment>Where the colour scale turns logarithmic, as a fraction of the loss range (as the contour map). Height of the path above the surface (in the unit box), so the surface does not hide it. Paths are redrawn at most this often (ms) while a run streams. Most points of a drawn path (a long run is thinned evenly; the 2-D views keep every point).</extracomment>
        <translation>이 화면에서는 OpenGL 컨텍스트를 만들 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surface_view.py" line="57"/>
        <source>the 3-D view needs PyOpenGL ({error})</source>
        <translation>3차원 보기에는 PyOpenGL이 필요합니다 ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surface_view.py" line="60"/>
        <location filename="../../desktop_app/gui/surface_view.py" line="112"/>
        <source>OpenGL is not available here ({error})</source>
        <translation>이 컴퓨터에서는 OpenGL을 쓸 수 없습니다 ({error})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surface_view.py" line="96"/>
        <source>No 3-D view: {problem}. The other views work as usual.</source>
        <translation>3차원 보기 없음: {problem}. 다른 보기는 평소대로 동작합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surface_view.py" line="98"/>
        <source>The 3-D view needs two scalar parameters to train.</source>
        <translation>3차원 보기에는 학습할 스칼라 매개변수 두 개가 필요합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/surface_view.py" line="174"/>
        <source>{x} from {x0} to {x1} (→), {y} from {y0} to {y1} (↗), height: loss from {low} to {high} (compressed like a logarithm). Drag to turn, scroll to zoom.</source>
        <translation>{x}: {x0}~{x1} (→), {y}: {y0}~{y1} (↗), 높이: 손실 {low}~{high} (로그처럼 압축). 끌어서 돌리고, 스크롤하여 확대합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/formatting.py" line="78"/>
        <source>{name}_new = {name}_old − {rate}·grad</source>
        <extracomment>Elements listed before a tensor is abbreviated with &quot;…&quot;.</extracomment>
        <translation>{name} ← {name} − {rate}·∂L/∂{name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/formatting.py" line="109"/>
        <source>{shape} mean {mean} (min {min}, max {max})</source>
        <translation>{shape} 평균 {mean} (최소 {min}, 최대 {max})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/formatting.py" line="117"/>
        <source>{shape} all {value}</source>
        <translation>{shape} 모두 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="558"/>
        <source>Change the numeric derivative</source>
        <translation>수치 미분 설정 바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="670"/>
        <source>Edit the loss</source>
        <translation>손실 함수 편집</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="682"/>
        <source>Change the optimizer settings</source>
        <translation>옵티마이저 설정 바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="698"/>
        <source>Change the device</source>
        <translation>장치 바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="876"/>
        <source>Clear the runs</source>
        <translation>실행 기록 지우기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="1018"/>
        <source>Start from the map</source>
        <translation>지도에서 시작점 고르기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="167"/>
        <source>Drag the start of {name}</source>
        <translation>{name}의 시작값 끌기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="192"/>
        <source>Set values</source>
        <translation>값 설정</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="335"/>
        <source>Edit the value of {name}</source>
        <translation>{name}의 값 편집</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="339"/>
        <source>Train {name}</source>
        <translation>{name} 학습하기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="339"/>
        <source>Keep {name} fixed</source>
        <translation>{name} 고정하기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="347"/>
        <source>Make {name} a parameter</source>
        <translation>{name}을(를) 파라미터로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="348"/>
        <source>Make {name} data</source>
        <translation>{name}을(를) 데이터로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="377"/>
        <source>Import {file}</source>
        <translation>{file} 가져오기</translation>
    </message>
</context>
<context>
    <name>BroadcastView</name>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="135"/>
        <source>Broadcasting: a (10,) vector added to a (32, 10) matrix</source>
        <translation>브로드캐스팅: (10,) 벡터를 (32, 10) 행렬에 더하기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="139"/>
        <source>y, shape (10,)</source>
        <translation>y, 크기 (10,)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="140"/>
        <source>np.expand_dims(y, axis=0), shape (1, 10)</source>
        <translation>np.expand_dims(y, axis=0), 크기 (1, 10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="141"/>
        <source>np.concatenate([y] * 32, axis=0), shape (32, 10)</source>
        <translation>np.concatenate([y] * 32, axis=0), 크기 (32, 10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="166"/>
        <source>equal</source>
        <translation>같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="166"/>
        <source>different</source>
        <translation>다름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="168"/>
        <source>x + y (broadcast) and x + the repeated (32, 10) matrix: &lt;b&gt;{verdict}&lt;/b&gt; in all {count} sums (largest difference {difference:g}); sum of all elements {total:.6f} both ways.</source>
        <translation>x + y(브로드캐스팅)와 x + 반복한 (32, 10) 행렬: 합 {count}개 모두 &lt;b&gt;{verdict}&lt;/b&gt; (가장 큰 차이 {difference:g}), 전체 원소의 합은 두 방법 모두 {total:.6f}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="172"/>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="172"/>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="172"/>
        <source>np.maximum(x, y)</source>
        <translation>np.maximum(x, y)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="174"/>
        <source>&lt;b&gt;np.maximum(x, y)&lt;/b&gt; with x {left} and y {right}: shapes are lined up from the right, y gets 1s in front (italic), and axes of size 1 are repeated (red).</source>
        <translation>x {left}와 y {right}의 &lt;b&gt;np.maximum(x, y)&lt;/b&gt;: 크기를 오른쪽부터 맞추고, y 앞에 1을 채우며(기울임), 크기가 1인 축은 반복됩니다(빨강).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="178"/>
        <source>Same result as looping over the first two axes: {ok}</source>
        <translation>앞의 두 축을 반복문으로 돈 결과와 같은가: {ok}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="179"/>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="185"/>
        <source>yes</source>
        <translation>예</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="179"/>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="185"/>
        <source>no</source>
        <translation>아니요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="180"/>
        <source>&lt;b&gt;Tensor product&lt;/b&gt; np.dot and &lt;b&gt;reshape&lt;/b&gt;:</source>
        <translation>&lt;b&gt;텐서 곱&lt;/b&gt; np.dot과 &lt;b&gt;reshape&lt;/b&gt;:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="182"/>
        <source>np.dot of {left} and {right} → {result} (the naive loops agree: {ok})</source>
        <translation>{left}와 {right}의 np.dot → {result} (단순 반복문과 일치: {ok})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/broadcast_view.py" line="184"/>
        <source>a scalar</source>
        <translation>스칼라</translation>
    </message>
</context>
<context>
    <name>Columns</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="77"/>
        <source>step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="78"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
</context>
<context>
    <name>ConfusionView</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="170"/>
        <source>The confusion matrix appears after the first epoch.</source>
        <translation>혼동 행렬은 첫 에포크가 끝나면 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="181"/>
        <source>predicted</source>
        <translation>예측</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="185"/>
        <source>true</source>
        <translation>정답</translation>
    </message>
</context>
<context>
    <name>CoreFunctions</name>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="46"/>
        <source>absolute value |x|; its derivative at 0 is 0</source>
        <extracomment>The core&apos;s English descriptions of its functions (`core.expression.FUNCTIONS[...].doc`), for lupdate; tests/test_help.py keeps this list equal to the core&apos;s.</extracomment>
        <translation>절댓값 |x|. 0에서의 도함수는 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="47"/>
        <source>limit x to the range [lo, hi]</source>
        <translation>x를 [lo, hi] 범위로 제한</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="48"/>
        <source>same as clip</source>
        <translation>clip과 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="49"/>
        <source>cosine (radians)</source>
        <translation>코사인 (라디안)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="50"/>
        <source>dot product of vectors; matrix product otherwise</source>
        <translation>벡터의 내적, 그 밖에는 행렬 곱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="51"/>
        <source>e to the power x</source>
        <translation>e의 x제곱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="52"/>
        <source>natural logarithm</source>
        <translation>자연로그</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="53"/>
        <source>largest element of x; elementwise larger of a, b</source>
        <translation>x의 가장 큰 원소, 또는 a와 b 중 원소별로 큰 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="54"/>
        <source>average of all elements (or along an axis)</source>
        <translation>모든 원소의 평균 (또는 한 축을 따라)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="55"/>
        <source>smallest element of x; elementwise smaller of a, b</source>
        <translation>x의 가장 작은 원소, 또는 a와 b 중 원소별로 작은 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="56"/>
        <source>Euclidean length sqrt(sum(x**2))</source>
        <translation>유클리드 길이 sqrt(sum(x**2))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="57"/>
        <source>x to the power y, same as x**y</source>
        <translation>x의 y제곱, x**y와 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="58"/>
        <source>product of all elements (or along an axis)</source>
        <translation>모든 원소의 곱 (또는 한 축을 따라)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="59"/>
        <source>max(x, 0): negative values become 0</source>
        <translation>max(x, 0): 음수는 0이 됨</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="60"/>
        <source>1 / (1 + exp(-x)), squashes into (0, 1)</source>
        <translation>1 / (1 + exp(-x)), (0, 1) 안으로 눌러 담음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="61"/>
        <source>sine (radians)</source>
        <translation>사인 (라디안)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="62"/>
        <source>log(1 + exp(x)), a smooth relu</source>
        <translation>log(1 + exp(x)), 매끄러운 relu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="63"/>
        <source>square root</source>
        <translation>제곱근</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="64"/>
        <source>x**2, elementwise</source>
        <translation>x**2, 원소별</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="65"/>
        <source>sum of all elements (or along an axis)</source>
        <translation>모든 원소의 합 (또는 한 축을 따라)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="66"/>
        <source>transpose, same as x.T</source>
        <translation>전치, x.T와 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="67"/>
        <source>tangent (radians)</source>
        <translation>탄젠트 (라디안)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="68"/>
        <source>hyperbolic tangent, squashes into (-1, 1)</source>
        <translation>쌍곡탄젠트, (-1, 1) 안으로 눌러 담음</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="101"/>
        <source>The lessons&apos; loop: parameter -= learning rate × gradient.</source>
        <extracomment>core.optimizers&apos; help texts, marked for lupdate (QT_TRANSLATE_NOOP returns them unchanged).</extracomment>
        <translation>강의의 반복문: 매개변수 -= 학습률 × 기울기.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="102"/>
        <source>Learning rate: how far each step moves; too small crawls, too large overshoots or diverges.</source>
        <translation>학습률: 한 단계에 얼마나 움직일지. 너무 작으면 느리게 기어가고, 너무 크면 지나치거나 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="103"/>
        <source>Move a fixed step against the sign of the gradient (the lesson&apos;s &apos;move 0.01 toward the lower side&apos;).</source>
        <translation>기울기 부호의 반대쪽으로 일정한 거리만큼 움직입니다 (강의의 &apos;낮은 쪽으로 0.01 이동&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="104"/>
        <source>Step size: each parameter moves exactly this far toward the lower side, whatever the slope.</source>
        <translation>이동 거리: 기울기가 얼마든 각 매개변수가 낮은 쪽으로 정확히 이만큼 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="105"/>
        <source>PyTorch&apos;s SGD: gradient descent with optional momentum and weight decay.</source>
        <translation>PyTorch의 SGD: 모멘텀과 가중치 감쇠를 선택할 수 있는 경사 하강법.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="106"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction.</source>
        <translation>모멘텀: 이전 이동량 중 남겨 두는 비율. 같은 방향으로 갈수록 속도가 붙습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="107"/>
        <source>Dampening: scales down the new gradient&apos;s share of the momentum (0 = the full gradient is added).</source>
        <translation>감쇠(dampening): 모멘텀에 더해지는 새 기울기의 몫을 줄입니다 (0이면 기울기를 그대로 더함).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="108"/>
        <source>Weight decay (L2 penalty): adds weight_decay × parameter to the gradient, pulling parameters toward 0.</source>
        <translation>가중치 감쇠 (L2 벌점): 기울기에 weight_decay × 매개변수를 더해 매개변수를 0 쪽으로 당깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="109"/>
        <source>Gradient descent that keeps a running velocity, so it speeds up in steady directions and damps zig-zags.</source>
        <translation>속도를 유지하는 경사 하강법. 꾸준한 방향에서는 빨라지고 지그재그는 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="110"/>
        <source>Momentum that looks ahead: the gradient is combined with where the velocity is about to carry the parameter.</source>
        <translation>앞을 내다보는 모멘텀: 속도가 매개변수를 데려갈 곳에서의 기울기를 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="111"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction. Nesterov needs it above 0.</source>
        <translation>모멘텀: 이전 이동량 중 남겨 두는 비율. 같은 방향으로 갈수록 속도가 붙습니다. 네스테로프는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="112"/>
        <source>Divides each step by the root of a running average of squared gradients, so every parameter gets its own step size.</source>
        <translation>각 단계를 기울기 제곱의 이동 평균의 제곱근으로 나누어, 매개변수마다 자기만의 이동 크기를 갖게 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="113"/>
        <source>Rho (torch&apos;s RMSprop `alpha`): how much of the running average of squared gradients is kept; Keras uses 0.9.</source>
        <translation>Rho (torch RMSprop의 `alpha`): 기울기 제곱의 이동 평균을 얼마나 유지할지. Keras는 0.9를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="114"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero. (Keras uses 1e-7.)</source>
        <translation>엡실론: 0으로 나누지 않도록 분모에 더하는 아주 작은 수. (Keras는 1e-7을 씁니다.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="115"/>
        <source>Centered: divide by the gradient&apos;s running variance instead of its running mean square.</source>
        <translation>Centered: 기울기 제곱의 이동 평균 대신 기울기의 이동 분산으로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="116"/>
        <source>Momentum (m) plus per-parameter step sizes from squared gradients (v), with bias correction for the first steps.</source>
        <translation>모멘텀(m)에 기울기 제곱(v)으로 정한 매개변수별 이동 크기를 더하고, 초기 단계의 편향을 보정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="117"/>
        <source>Beta1: how much of the running average of gradients (m) is kept each step; close to 1 = long memory.</source>
        <translation>Beta1: 기울기의 이동 평균(m)을 매 단계 얼마나 유지할지. 1에 가까울수록 오래 기억합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="118"/>
        <source>Beta2: how much of the running average of squared gradients (v) is kept each step.</source>
        <translation>Beta2: 기울기 제곱의 이동 평균(v)을 매 단계 얼마나 유지할지.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="119"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero.</source>
        <translation>엡실론: 0으로 나누지 않도록 분모에 더하는 아주 작은 수.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="120"/>
        <source>AMSGrad: use the largest v seen so far, so the effective step size never grows back.</source>
        <translation>AMSGrad: 지금까지 본 가장 큰 v를 써서, 실제 이동 크기가 다시 커지지 않게 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="121"/>
        <source>Adam with weight decay applied directly to the parameters rather than through the gradient.</source>
        <translation>가중치 감쇠를 기울기가 아니라 매개변수에 직접 적용하는 Adam.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="122"/>
        <source>Decoupled weight decay: each step also shrinks parameters by lr × weight_decay × parameter.</source>
        <translation>분리된 가중치 감쇠: 매 단계 매개변수를 lr × weight_decay × 매개변수만큼 더 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="123"/>
        <source>Divides each step by the root of the sum of all squared gradients so far, so steps shrink over time.</source>
        <translation>각 단계를 지금까지의 기울기 제곱 합의 제곱근으로 나누어, 이동 크기가 점점 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="124"/>
        <source>Learning-rate decay: the step size at step k is lr / (1 + k × lr_decay).</source>
        <translation>학습률 감소: k번째 단계의 이동 크기는 lr / (1 + k × lr_decay)입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="125"/>
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
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="386"/>
        <source>Import {file}</source>
        <translation>{file} 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="406"/>
        <source>(keep as it is)</source>
        <translation>(그대로 두기)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="408"/>
        <source>column {column}</source>
        <translation>{column}열</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="414"/>
        <source>The expression has no names yet: type it first.</source>
        <translation>수식에 아직 이름이 없습니다. 먼저 수식을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="422"/>
        <source>{rows} rows.</source>
        <translation>{rows}행.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="423"/>
        <source>{rows} rows; the first {shown} are shown.</source>
        <translation>{rows}행 중 처음 {shown}행을 보여 줍니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="426"/>
        <source>Which column becomes which name?</source>
        <translation>어느 열을 어느 이름에 넣을까요?</translation>
    </message>
</context>
<context>
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="73"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="86"/>
        <source>Download MNIST</source>
        <translation>MNIST 내려받기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="88"/>
        <source>About 11 MB from the mirrors torchvision uses; each file&apos;s official checksum is verified</source>
        <translation>torchvision이 쓰는 미러에서 약 11 MB를 받습니다. 파일마다 공식 체크섬을 확인합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="90"/>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="91"/>
        <source>A folder holding the four MNIST .gz files (a subset is fine)</source>
        <translation>MNIST .gz 파일 네 개가 든 폴더 (일부만 있어도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="96"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="137"/>
        <source>MNIST files found in {folder}</source>
        <translation>{folder}에서 MNIST 파일을 찾았습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="139"/>
        <source>No MNIST files yet: download them or choose a folder that holds them.</source>
        <translation>MNIST 파일이 아직 없습니다. 내려받거나 파일이 든 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="170"/>
        <source>Folder with the MNIST files</source>
        <translation>MNIST 파일이 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="252"/>
        <source>Loading the MNIST files from {folder}…</source>
        <translation>{folder}에서 MNIST 파일을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="185"/>
        <source>Ready: {train:,} training and {test:,} test images from {folder}</source>
        <translation>준비 완료: {folder}의 학습 이미지 {train:,}장, 테스트 이미지 {test:,}장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="191"/>
        <source>These files cannot be used: {reason}</source>
        <translation>이 파일들은 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="201"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="255"/>
        <source>Downloading MNIST into {folder}…</source>
        <translation>{folder}에 MNIST를 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="218"/>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB 중 {done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="221"/>
        <source>{done:.1f} MB</source>
        <translation>{done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="222"/>
        <source>File {index} of {count}: {name}, {size} at {speed:.1f} MB/s</source>
        <translation>파일 {index}/{count}: {name}, {size}, {speed:.1f} MB/s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="228"/>
        <source>Download cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
    </message>
</context>
<context>
    <name>DerivativeView</name>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="183"/>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="290"/>
        <source>Evaluate or step the loss to see its derivative here.</source>
        <extracomment>An idle worker thread checks this often whether its view still exists.</extracomment>
        <translation>손실을 계산하거나 한 단계 진행하면 도함수가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="190"/>
        <source>central difference</source>
        <translation>중앙 차분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="191"/>
        <source>forward difference</source>
        <translation>전진 차분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="192"/>
        <source>central: (f(θ+h) − f(θ−h)) / 2h; forward: (f(θ+h) − f(θ)) / h</source>
        <translation>중앙: (f(θ+h) − f(θ−h)) / 2h, 전진: (f(θ+h) − f(θ)) / h</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="198"/>
        <source>The finite-difference step. Too large: truncation error; too small: rounding error (try 1e-5 in float32).</source>
        <translation>유한 차분의 간격입니다. 너무 크면 절단 오차, 너무 작으면 반올림 오차가 생깁니다 (float32에서는 1e-5를 써 보세요).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="203"/>
        <source>Numeric estimate:</source>
        <translation>수치 추정:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="204"/>
        <source>h =</source>
        <translation>h =</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="210"/>
        <source>Parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="210"/>
        <source>Autograd</source>
        <translation>자동 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="210"/>
        <source>Numeric</source>
        <translation>수치 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="211"/>
        <source>|error|</source>
        <translation>|오차|</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="211"/>
        <source>Rel. error</source>
        <translation>상대 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="233"/>
        <source>Gradient: autograd vs. numeric estimate</source>
        <translation>기울기: 자동 미분 vs. 수치 추정</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="236"/>
        <source>Symbolic derivative</source>
        <translation>기호 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="237"/>
        <source>The update step</source>
        <translation>업데이트 단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="359"/>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="451"/>
        <source>Working it out…</source>
        <translation>계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="398"/>
        <source>Cannot evaluate the loss here.</source>
        <translation>여기서는 손실을 계산할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="406"/>
        <source>sum of the loss</source>
        <translation>손실의 합</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="406"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="407"/>
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
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="447"/>
        <source>   = {value} here</source>
        <translation>   = 여기서 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="452"/>
        <source>Not shown: {why}</source>
        <translation>표시하지 않음: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="460"/>
        <source>No update: {why}</source>
        <translation>업데이트 없음: {why}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="461"/>
        <source>no parameter is trained</source>
        <translation>학습하는 매개변수가 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="470"/>
        <source>{new} = {old} - {rate} \cdot \mathrm{grad}</source>
        <translation>{symbol} \leftarrow {symbol} - {rate} \cdot \frac{\partial L}{\partial {symbol}}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="483"/>
        <source>{rate} = {lr}: the learning rate.</source>
        <translation>{rate} = {lr}: 학습률입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="486"/>
        <source>{optimizer} does not step by {rate}·grad: this is its first step from here with a fresh state (lr = {lr}).</source>
        <translation>{optimizer}는 {rate}·grad만큼 움직이지 않습니다. 아래는 새 상태에서 시작한 첫 단계입니다 (lr = {lr}).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="497"/>
        <source>sample i</source>
        <translation>샘플 i</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="498"/>
        <source>loss_i</source>
        <translation>손실_i</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="514"/>
        <source>mean</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="514"/>
        <source>sum</source>
        <translation>합</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="515"/>
        <source>autograd</source>
        <translation>자동 미분</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="530"/>
        <source>Sample by sample: the gradient of the mean is the mean of the per-sample gradients</source>
        <translation>샘플별로 보기: 평균의 기울기는 샘플별 기울기의 평균입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/derivative_view.py" line="532"/>
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
    <name>Devices</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="63"/>
        <source>this PyTorch was built without CUDA support (a CPU-only build); install a CUDA build of PyTorch to use an NVIDIA GPU</source>
        <translation>이 PyTorch는 CUDA 지원 없이 빌드되었습니다 (CPU 전용 빌드). NVIDIA GPU를 쓰려면 CUDA용 PyTorch를 설치하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="66"/>
        <source>PyTorch has CUDA support but found no usable NVIDIA GPU (no GPU, or its driver is missing or too old)</source>
        <translation>PyTorch에 CUDA 지원은 있지만 쓸 수 있는 NVIDIA GPU를 찾지 못했습니다 (GPU가 없거나, 드라이버가 없거나 너무 오래되었습니다)</translation>
    </message>
</context>
<context>
    <name>DigitGrid</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="128"/>
        <source>Train or load a network to see its answers on test digits.</source>
        <translation>신경망을 학습하거나 불러오면 테스트 숫자에 대한 답이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="131"/>
        <source>No mistakes on the test set.</source>
        <translation>테스트 세트에서 틀린 것이 없습니다.</translation>
    </message>
</context>
<context>
    <name>DrawPad</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/draw_pad.py" line="43"/>
        <source>Draw a digit with the mouse or a pen</source>
        <translation>마우스나 펜으로 숫자를 그리세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/draw_pad.py" line="154"/>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
    </message>
</context>
<context>
    <name>ExpressionEditor</name>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="177"/>
        <source>Type a loss, e.g. mean((w*x + b - y)**2)</source>
        <extracomment>How often to look again while torch is being imported by another thread. Token colours, chosen to stay distinct on a washed-out projector image.</extracomment>
        <translation>손실을 입력하세요. 예: mean((w*x + b - y)**2)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="243"/>
        <source>Checking as soon as PyTorch has loaded…</source>
        <translation>PyTorch를 불러오는 대로 확인합니다…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="276"/>
        <source>✔ Valid (a constant: nothing to train).</source>
        <translation>✔ 올바름 (상수라서 학습할 것이 없습니다).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="279"/>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ Valid.&lt;/span&gt; Names: {names}</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ 올바름.&lt;/span&gt; 이름: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="293"/>
        <source>✘ {message}</source>
        <translation>✘ {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="295"/>
        <source>✘ Line {line}: {message}</source>
        <translation>✘ {line}번째 줄: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/expression_editor.py" line="297"/>
        <source>✘ Line {line}, column {col}: {message}</source>
        <translation>✘ {line}번째 줄, {col}번째 칸: {message}</translation>
    </message>
</context>
<context>
    <name>FigureDialog</name>
    <message>
        <location filename="../../desktop_app/gui/figure_dialog.py" line="29"/>
        <source>Export figure</source>
        <translation>그림 내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_dialog.py" line="34"/>
        <source>Custom size</source>
        <translation>직접 지정</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_dialog.py" line="38"/>
        <source> px</source>
        <translation> 픽셀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_dialog.py" line="40"/>
        <source>no title</source>
        <translation>제목 없음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_dialog.py" line="45"/>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_dialog.py" line="46"/>
        <source>Width × height</source>
        <translation>너비 × 높이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_dialog.py" line="47"/>
        <source>Title</source>
        <translation>제목</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="82"/>
        <source>Open session</source>
        <extracomment>The longest closing the window waits for the last session to be written (seconds).</extracomment>
        <translation>세션 열기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="83"/>
        <source>Gradient Lab sessions (*.gradlab.json *.json)</source>
        <translation>Gradient Lab 세션 (*.gradlab.json *.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="90"/>
        <source>Cannot open the session</source>
        <translation>세션을 열 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="103"/>
        <source>Save session</source>
        <translation>세션 저장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="105"/>
        <source>Gradient Lab sessions (*.gradlab.json)</source>
        <translation>Gradient Lab 세션 (*.gradlab.json)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="112"/>
        <source>Cannot save the session</source>
        <translation>세션을 저장할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="171"/>
        <source>Nothing to export</source>
        <translation>내보낼 것이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="171"/>
        <source>Run something first.</source>
        <translation>먼저 무언가를 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="174"/>
        <source>Export trajectory</source>
        <translation>궤적 내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="176"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="184"/>
        <location filename="../../desktop_app/gui/file_actions.py" line="203"/>
        <source>Cannot export</source>
        <translation>내보낼 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="193"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="193"/>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG 그림 (*.svg)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/file_actions.py" line="194"/>
        <source>Export plot</source>
        <translation>그래프 내보내기</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="124"/>
        <source>sum of {loss} (the loss is not a scalar)</source>
        <extracomment>Node text relative to the window&apos;s font (15 pt on a 9 pt desktop).</extracomment>
        <translation>{loss}의 합 (손실이 스칼라가 아님)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="153"/>
        <source>value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="154"/>
        <source>grad </source>
        <translation>기울기 </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/graph_view.py" line="157"/>
        <source>{op}: {label}
line {line}, col {col}</source>
        <translation>{op}: {label}
{line}번째 줄, {col}번째 칸</translation>
    </message>
</context>
<context>
    <name>GraphicsScene</name>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="30"/>
        <source>Export...</source>
        <extracomment>pyqtgraph&apos;s plot context menus (translated by Qt under pyqtgraph&apos;s contexts).</extracomment>
        <translation>내보내기...</translation>
    </message>
</context>
<context>
    <name>GuessLink</name>
    <message>
        <location filename="../../desktop_app/gui/guess_link.py" line="67"/>
        <source>Guessing needs a loss with one or two scalar parameters that can run.</source>
        <translation>추측하기는 스칼라 매개변수가 한두 개인, 실행할 수 있는 손실에서만 됩니다.</translation>
    </message>
</context>
<context>
    <name>GuessPanel</name>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="300"/>
        <source>Guess the next step</source>
        <extracomment>A guessed direction within this angle of the true step counts as &quot;the right way&quot;. Landing guesses within this fraction of the step length are a bull&apos;s-eye, within CLOSE close. The chosen direction stays clearly marked after the buttons are disabled for the reveal.</extracomment>
        <translation>다음 단계 맞히기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="315"/>
        <source>Reveal the step</source>
        <translation>단계 공개</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="318"/>
        <source>Next question</source>
        <translation>다음 문제</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="320"/>
        <source>Reset score</source>
        <translation>점수 초기화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="344"/>
        <location filename="../../desktop_app/gui/guess_mode.py" line="414"/>
        <source>Which way?</source>
        <translation>어느 쪽으로?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="345"/>
        <source>Lands near:</source>
        <translation>도착 지점:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="379"/>
        <source>← smaller</source>
        <translation>← 작아짐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="379"/>
        <source>stays</source>
        <translation>그대로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="380"/>
        <source>larger →</source>
        <translation>커짐 →</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="392"/>
        <source>{x} {dx}, {y} {dy}</source>
        <translation>{x} {dx}, {y} {dy}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="406"/>
        <source>or click the plot</source>
        <translation>또는 그래프를 클릭하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="415"/>
        <source>Which way?
(→ first, ↑ second)</source>
        <translation>어느 쪽으로?
(→ 첫째, ↑ 둘째)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="438"/>
        <source>smaller</source>
        <translation>작아짐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="438"/>
        <source>same</source>
        <translation>같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="438"/>
        <source>larger</source>
        <translation>커짐</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="460"/>
        <source>Now {where}. After the next step, which way will {name} move, and where will it land?</source>
        <translation>지금 {where}. 다음 단계에서 {name}은(는) 어느 쪽으로 움직이고 어디에 도착할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="463"/>
        <source>Now {where}. After the next step, which way will the point move, and where will it land?</source>
        <translation>지금 {where}. 다음 단계에서 점은 어느 쪽으로 움직이고 어디에 도착할까요?</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="494"/>
        <source>Taking the step…</source>
        <translation>한 단계 진행하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="509"/>
        <source>This optimizer does not step by α·grad: its own rule (momentum, running averages) decides the step.</source>
        <translation>이 옵티마이저는 α·grad만큼 움직이지 않습니다. 자체 규칙(모멘텀, 이동 평균)이 이동량을 정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="515"/>
        <source>{name} grows because its gradient {grad} is negative</source>
        <translation>기울기 {grad}이(가) 음수이므로 {name}은(는) 커집니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="518"/>
        <source>{name} shrinks because its gradient {grad} is positive</source>
        <translation>기울기 {grad}이(가) 양수이므로 {name}은(는) 작아집니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="521"/>
        <source>{name} stays because its gradient is 0</source>
        <translation>기울기가 0이므로 {name}은(는) 그대로입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="522"/>
        <source>Why: the step is −α·grad, downhill against the slope: {reasons}.</source>
        <translation>이유: 이동량은 −α·grad, 즉 기울기를 거슬러 내리막으로 갑니다: {reasons}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="526"/>
        <source>&lt;b&gt;Step {step}&lt;/b&gt;</source>
        <translation>&lt;b&gt;{step}단계&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="528"/>
        <source>No direction guessed.</source>
        <translation>방향을 추측하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="530"/>
        <source>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ Right direction.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#1b7f3b&apos;&gt;✔ 방향이 맞았습니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="532"/>
        <source>&lt;span style=&apos;color:#c0392b&apos;&gt;✘ Wrong direction.&lt;/span&gt;</source>
        <translation>&lt;span style=&apos;color:#c0392b&apos;&gt;✘ 방향이 틀렸습니다.&lt;/span&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="536"/>
        <source>bull&apos;s-eye!</source>
        <translation>정확히 맞혔습니다!</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="536"/>
        <source>close.</source>
        <translation>가까웠습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="537"/>
        <source>far off.</source>
        <translation>많이 벗어났습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="538"/>
        <source>Your guess {guess} is {distance} from where it landed ({landed}); the step was {length} long: {verdict}</source>
        <translation>추측 {guess}은(는) 실제 도착점({landed})에서 {distance} 떨어져 있고, 이번 단계의 이동 거리는 {length}였습니다: {verdict}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="542"/>
        <source>+{points} points</source>
        <translation>+{points}점</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/guess_mode.py" line="547"/>
        <source>Round {rounds} · direction right {right}/{asked} · bull&apos;s-eyes {bulls} · score {points}</source>
        <translation>{rounds}라운드 · 방향 맞힘 {right}/{asked} · 정확히 맞힘 {bulls} · 점수 {points}</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="32"/>
        <source>Nothing typed is run as Python: statements such as import are refused.</source>
        <extracomment>Texts a student might type, each refused with a message the help page shows verbatim, and what the refusal means, in words that are translated.</extracomment>
        <translation>입력한 내용은 Python으로 실행되지 않습니다. import 같은 문장은 거부됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="33"/>
        <source>An unfinished expression: the column points at where it stops.</source>
        <translation>끝나지 않은 수식입니다. 열 번호가 끊긴 곳을 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="34"/>
        <source>A typo in a name: the closest defined name is suggested.</source>
        <translation>이름의 오타입니다. 가장 가까운 정의된 이름을 제안합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="35"/>
        <source>Attributes are refused; only the transpose .T is allowed.</source>
        <translation>속성은 거부됩니다. 전치 .T만 허용됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="36"/>
        <source>A power of a power could freeze the computer, so it is refused before any work.</source>
        <translation>거듭제곱의 거듭제곱은 컴퓨터를 멈추게 할 수 있어서 계산을 시작하기 전에 거부합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="38"/>
        <source>Loops and comprehensions are refused; use sum, mean and the other functions.</source>
        <translation>반복문과 컴프리헨션은 거부됩니다. sum, mean 등의 함수를 쓰세요.</translation>
    </message>
</context>
<context>
    <name>HyperParameters</name>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="14"/>
        <source>learning rate (lr)</source>
        <translation>학습률 (lr)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="15"/>
        <source>momentum</source>
        <translation>모멘텀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="16"/>
        <source>dampening</source>
        <translation>감쇠</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="17"/>
        <source>weight decay</source>
        <translation>가중치 감쇠</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="18"/>
        <source>β₁ (first-moment decay)</source>
        <translation>β₁ (1차 모멘트 감쇠율)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="19"/>
        <source>β₂ (second-moment decay)</source>
        <translation>β₂ (2차 모멘트 감쇠율)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="20"/>
        <source>ε (added to the denominator)</source>
        <translation>ε (분모에 더하는 값)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="21"/>
        <source>AMSGrad variant</source>
        <translation>AMSGrad 변형</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="22"/>
        <source>centred</source>
        <translation>중심화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="23"/>
        <source>ρ (averaging constant)</source>
        <translation>ρ (평균 상수)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="24"/>
        <source>learning-rate decay</source>
        <translation>학습률 감쇠</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="25"/>
        <source>initial accumulator</source>
        <translation>누적값 초깃값</translation>
    </message>
</context>
<context>
    <name>LessonFourPages</name>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/pages.py" line="45"/>
        <source>L4.1 Predictions</source>
        <extracomment>Preset `page` kinds, in tab order.</extracomment>
        <translation>L4.1 예측</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/pages.py" line="46"/>
        <source>L4.2 Tensors</source>
        <translation>L4.2 텐서</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/pages.py" line="47"/>
        <source>L4.3 Vectorising</source>
        <translation>L4.3 벡터화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/pages.py" line="58"/>
        <source>Lesson 4 pages</source>
        <translation>4강 페이지</translation>
    </message>
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="64"/>
        <source>Choose a lesson on the Lessons page: its result is shown here.</source>
        <extracomment>One background thread computes reports, one after another (a report takes ~0.01-1 s).</extracomment>
        <translation>강의 페이지에서 예제를 고르면 그 결과가 여기에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="98"/>
        <source>Computing the lesson&apos;s numbers…</source>
        <translation>강의의 숫자를 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="111"/>
        <source>Lesson</source>
        <translation>강의</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="153"/>
        <source>The lesson&apos;s numbers could not be computed: {error}</source>
        <translation>강의의 숫자를 계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="155"/>
        <source>This lesson is played on the “Lesson 4 pages” tab in the centre.</source>
        <translation>이 강의는 가운데의 “4강 페이지” 탭에서 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="159"/>
        <source>What the lesson printed</source>
        <translation>강의에서 출력한 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="169"/>
        <source>The lesson printed no number here; below is what the app computes.</source>
        <translation>강의에는 출력된 숫자가 없습니다. 아래는 앱이 계산한 값입니다.</translation>
    </message>
</context>
<context>
    <name>LivePlots</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="166"/>
        <source>┅○ train  ━■ test</source>
        <extracomment>Batches averaged by the smoothed curves.</extracomment>
        <translation>┅○ 학습  ━■ 테스트</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="172"/>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="173"/>
        <source>batch</source>
        <translation>배치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="172"/>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="175"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="172"/>
        <source>Batch loss</source>
        <translation>배치 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="173"/>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="177"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="174"/>
        <source>Batch accuracy</source>
        <translation>배치 정확도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="175"/>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="177"/>
        <source>epoch</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="176"/>
        <source>Epoch loss</source>
        <translation>에포크 손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/plots.py" line="178"/>
        <source>Epoch accuracy</source>
        <translation>에포크 정확도</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="248"/>
        <source>Loss</source>
        <extracomment>Font scale of presentation mode, and the factor of one Ctrl+= / Ctrl+- press. A first window&apos;s size (clipped to the screen), and the share of the width the loss pane and the details pane get in presentation mode: the plots take the rest, most of the screen. Width-to-height ratio of the plots&apos; page below which the picture sits above the step plots. The inputs pane&apos;s narrowest width (the variables table&apos;s columns, the optimizer&apos;s form). Consecutive optimizer-field edits merge into one undo step (typing a learning rate). A start slider&apos;s moves merge into one undo step (one drag). The model&apos;s fields that decide whether (and how) a run can start. Slowest step delay (seconds) at which the views still follow every step of a running run.</extracomment>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="251"/>
        <source>Parameters and data</source>
        <translation>매개변수와 데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>Lessons</source>
        <translation>강의 예제</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="277"/>
        <source>Plots</source>
        <translation>그래프</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="286"/>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="344"/>
        <source>Derivative</source>
        <translation>도함수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="345"/>
        <source>Graph</source>
        <translation>계산 그래프</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="346"/>
        <source>Steps</source>
        <translation>단계 표</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="347"/>
        <source>Runs</source>
        <translation>실행 목록</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>Guess</source>
        <translation>맞히기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="394"/>
        <source>Run</source>
        <translation>실행</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="394"/>
        <location filename="../../desktop_app/gui/main_window.py" line="908"/>
        <source>Start the run (F5)</source>
        <translation>실행 시작 (F5)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="395"/>
        <location filename="../../desktop_app/gui/main_window.py" line="915"/>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="396"/>
        <source>Pause or resume the run (Space)</source>
        <translation>일시정지 또는 계속 (Space)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="397"/>
        <source>Step</source>
        <translation>한 단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="397"/>
        <source>Take one step (F10)</source>
        <translation>한 단계 진행 (F10)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="398"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="399"/>
        <source>Stop the run (Esc)</source>
        <translation>실행 정지 (Esc)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="400"/>
        <source>Reset</source>
        <translation>초기화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="401"/>
        <source>Stop and clear every run, back to the start values (Ctrl+R)</source>
        <translation>모든 실행을 멈추고 지운 뒤 시작값으로 돌아가기 (Ctrl+R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="402"/>
        <source>Compare learning rates</source>
        <translation>학습률 비교</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="403"/>
        <source>Run several learning rates side by side (Ctrl+L)</source>
        <translation>여러 학습률을 나란히 실행 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="404"/>
        <source>New lesson</source>
        <translation>새 수업</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="405"/>
        <source>Start an empty lesson (Ctrl+N)</source>
        <translation>빈 수업을 시작합니다 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="406"/>
        <source>Open session…</source>
        <translation>세션 열기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="408"/>
        <source>Save session…</source>
        <translation>세션 저장…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="410"/>
        <source>Export all runs as CSV…</source>
        <translation>모든 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="411"/>
        <source>Export the selected run as CSV…</source>
        <translation>선택한 실행을 CSV로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="413"/>
        <source>Export plot as PNG…</source>
        <translation>그래프를 PNG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="414"/>
        <source>Export plot as SVG…</source>
        <translation>그래프를 SVG로 내보내기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="415"/>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="416"/>
        <source>Presentation mode</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="417"/>
        <source>Larger fonts and thicker lines for a projector (F11)</source>
        <translation>프로젝터용으로 글자를 키우고 선을 굵게 (F11)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="427"/>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="429"/>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="430"/>
        <source>Normal size</source>
        <translation>원래 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="431"/>
        <source>Logarithmic loss axis</source>
        <translation>손실 축을 로그 눈금으로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="433"/>
        <source>Guess the next step</source>
        <translation>다음 단계 맞히기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="434"/>
        <source>Before each step the class guesses where it goes (F9)</source>
        <translation>단계마다 먼저 학생들이 어디로 갈지 맞혀 봅니다 (F9)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="441"/>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="441"/>
        <source>Step on</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="447"/>
        <source>Run controls</source>
        <translation>실행 도구</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="461"/>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="466"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="467"/>
        <source>&amp;Run</source>
        <translation>실행(&amp;R)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="471"/>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="477"/>
        <source>Details pane</source>
        <translation>세부 정보 창</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="485"/>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="495"/>
        <source>&amp;Presets</source>
        <translation>예제(&amp;P)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="497"/>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="498"/>
        <source>Expression language</source>
        <translation>수식 언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="499"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="501"/>
        <source>About Gradient Lab</source>
        <translation>Gradient Lab 정보</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="506"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="508"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="534"/>
        <source>loading PyTorch…</source>
        <translation>PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="590"/>
        <source>PyTorch could not be loaded: {error}</source>
        <translation>PyTorch를 불러올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="618"/>
        <source>MNIST</source>
        <translation>MNIST</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="654"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="776"/>
        <source>PyTorch is still loading…</source>
        <translation>PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="894"/>
        <source>The run stopped with an error</source>
        <translation>실행이 오류로 멈췄습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="896"/>
        <source>The window is still usable: fix the input and run again.</source>
        <translation>창은 계속 쓸 수 있습니다. 입력을 고치고 다시 실행하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="915"/>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="942"/>
        <source>step {n}</source>
        <translation>{n}단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="943"/>
        <source>loss {value}</source>
        <translation>손실 {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="948"/>
        <source>{n} steps/s</source>
        <translation>초당 {n}단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="284"/>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="476"/>
        <source>Inputs pane</source>
        <translation>입력 창</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="420"/>
        <source>Details fill the window</source>
        <translation>세부 정보 창을 창 전체로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="421"/>
        <source>The details pane (the graph, the tables) takes the whole window (Ctrl+Shift+F); again to go back</source>
        <translation>세부 정보 창(그래프, 표)이 창 전체를 차지합니다(Ctrl+Shift+F). 다시 누르면 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>MnistView</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="77"/>
        <source>Keras network</source>
        <translation>Keras 신경망</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="77"/>
        <source>From scratch</source>
        <translation>직접 구현</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="81"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="82"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="83"/>
        <source>Update pictures now</source>
        <translation>지금 그림 갱신</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="84"/>
        <source>The pictures follow every epoch; this shows the network as it is now</source>
        <translation>그림은 에포크마다 갱신됩니다. 이 버튼은 지금 상태의 신경망을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="90"/>
        <source>Save weights…</source>
        <translation>가중치 저장…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="91"/>
        <source>Load weights…</source>
        <translation>가중치 불러오기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="92"/>
        <source>Show a network saved by this app, without training</source>
        <translation>이 앱으로 저장한 신경망을 학습 없이 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="93"/>
        <source>Export history (CSV)…</source>
        <translation>학습 기록 내보내기 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="94"/>
        <location filename="../../desktop_app/gui/mnist/view.py" line="283"/>
        <source>Hide settings</source>
        <translation>설정 숨기기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="96"/>
        <source>Give the curves and pictures the whole width</source>
        <translation>곡선과 그림에 전체 너비를 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="103"/>
        <source>Not started</source>
        <translation>시작하지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="106"/>
        <source>Press Train to fit the lesson&apos;s networks to the digits.</source>
        <translation>학습을 누르면 수업의 신경망들이 숫자를 배웁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="120"/>
        <source>Only the mistakes</source>
        <translation>틀린 것만</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="128"/>
        <source>Each picture is one hidden unit&apos;s 784 input weights: red where ink raises the unit, blue where it lowers it.</source>
        <translation>각 그림은 은닉 유닛 하나의 입력 가중치 784개입니다. 잉크가 유닛을 키우는 곳은 빨강, 줄이는 곳은 파랑입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="131"/>
        <source>Change since the start</source>
        <translation>처음과의 차이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="133"/>
        <source>Show what training added to the random starting weights: the strokes each unit learned to look for</source>
        <translation>무작위 초기 가중치에 학습이 더한 것을 보기: 각 유닛이 찾도록 배운 획</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="138"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="141"/>
        <source>Any test digit by its number (or click a digit under Test digits)</source>
        <translation>번호로 고르는 테스트 숫자 (또는 테스트 숫자 탭에서 숫자를 클릭)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="142"/>
        <source>Put on the pad</source>
        <translation>패드에 올리기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="152"/>
        <source>Test digits</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="153"/>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="155"/>
        <source>First-layer weights</source>
        <translation>첫 층의 가중치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="156"/>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="211"/>
        <source>What the network sees (28×28, centred as MNIST):</source>
        <translation>신경망이 보는 그림 (28×28, MNIST처럼 가운데 정렬):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="215"/>
        <source>Test digit</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="257"/>
        <source>Pictures of</source>
        <translation>그림 대상</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="283"/>
        <source>Show settings</source>
        <translation>설정 보기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="351"/>
        <source>Trains on {device}.</source>
        <translation>{device}에서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="353"/>
        <source>Trains on the CPU.</source>
        <translation>CPU에서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="355"/>
        <source>Trains on the CPU (no CUDA GPU here).</source>
        <translation>CPU에서 학습합니다 (이 컴퓨터에는 CUDA GPU가 없습니다).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="372"/>
        <location filename="../../desktop_app/gui/mnist/view.py" line="711"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="383"/>
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="635"/>
        <source>Training on {count:,} images…</source>
        <translation>이미지 {count:,}장으로 학습하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="403"/>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="431"/>
        <source>epoch {epoch}/{epochs} · test accuracy {test:.1%} · {seconds:.2f} s/epoch, {speed:,.0f} images/s on {device}</source>
        <translation>에포크 {epoch}/{epochs} · 테스트 정확도 {test:.1%} · 에포크당 {seconds:.2f}초, {device}에서 초당 이미지 {speed:,.0f}장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="441"/>
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="455"/>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="456"/>
        <source>{m} min {s:02d} s</source>
        <translation>{m}분 {s:02d}초</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="482"/>
        <source>{name} {accuracy:.1%}</source>
        <translation>{name} {accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="486"/>
        <source>Stopped. The pictures show what the networks had learned by then. {summary}</source>
        <translation>멈췄습니다. 그림은 신경망들이 그때까지 배운 것을 보여 줍니다. {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="488"/>
        <source>Finished in {time}: test accuracy {summary}.</source>
        <translation>{time} 만에 끝났습니다. 테스트 정확도: {summary}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="496"/>
        <source>Could not load {name}: {message}</source>
        <translation>{name}을(를) 불러올 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="499"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="500"/>
        <source>Training failed: {message}</source>
        <translation>학습 실패: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="519"/>
        <source>Not trained yet.</source>
        <translation>아직 학습하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="521"/>
        <source>Under each digit: prediction (true label). Mistakes are framed in red.</source>
        <translation>숫자 아래: 예측 (정답). 틀린 것은 빨간 테두리로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="522"/>
        <source>Rows: the true digit; columns: the network&apos;s answer.</source>
        <translation>행: 실제 숫자, 열: 신경망의 답.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="524"/>
        <source>{name}, {when}: test accuracy {accuracy:.2%}</source>
        <translation>{name}, {when}: 테스트 정확도 {accuracy:.2%}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="530"/>
        <source>Rows: the true digit; columns: the network&apos;s answer. Most frequent mistake: {true} taken for {guess} ({count:,} times).</source>
        <translation>행: 실제 숫자, 열: 신경망의 답. 가장 많은 실수: {true}을(를) {guess}(으)로 봄 ({count:,}번).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="535"/>
        <source>{mistakes:,} mistakes in {count:,} test digits. Under each digit: prediction (true label); mistakes framed in red. Click a digit to put it on the drawing pad.</source>
        <translation>테스트 숫자 {count:,}개 중 {mistakes:,}개를 틀렸습니다. 숫자 아래: 예측 (정답). 틀린 것은 빨간 테두리. 숫자를 클릭하면 그리기 패드에 올라갑니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="542"/>
        <source>loaded from {file}</source>
        <translation>{file}에서 불러옴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="544"/>
        <source>before training</source>
        <translation>학습 전</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="547"/>
        <source>after epoch {epoch}</source>
        <translation>에포크 {epoch} 후</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="548"/>
        <source>during epoch {epoch} (batch {batch})</source>
        <translation>에포크 {epoch} 도중 (배치 {batch})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="565"/>
        <source>Draw a digit on the pad, or put a test digit on it.</source>
        <translation>패드에 숫자를 그리거나 테스트 숫자를 올리세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="567"/>
        <source>Train or load a network first.</source>
        <translation>먼저 신경망을 학습하거나 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="570"/>
        <source>{name} says {digit} ({p:.0%} sure)</source>
        <translation>{name}의 답: {digit} (확신 {p:.0%})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="580"/>
        <source>(test digit {index}: a {label})</source>
        <translation>(테스트 숫자 {index}: 정답 {label})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="599"/>
        <source>Save weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="599"/>
        <source>PyTorch weights (*.pt)</source>
        <translation>PyTorch 가중치 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="605"/>
        <location filename="../../desktop_app/gui/mnist/view.py" line="657"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="607"/>
        <source>Weights of the {name} saved to {path}</source>
        <translation>{name}의 가중치를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="618"/>
        <source>Load weights</source>
        <translation>가중치 불러오기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="619"/>
        <source>PyTorch weights (*.pt *.pth);;All files (*)</source>
        <translation>PyTorch 가중치 (*.pt *.pth);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="638"/>
        <source>Loading {name}…</source>
        <translation>{name}을(를) 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="641"/>
        <source>Loaded {file}: the {name}, test accuracy {accuracy:.2%}.</source>
        <translation>{file}을(를) 불러왔습니다: {name}, 테스트 정확도 {accuracy:.2%}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="650"/>
        <source>Export training history</source>
        <translation>학습 기록 내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="651"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="659"/>
        <source>History written to {path}</source>
        <translation>학습 기록을 {path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="57"/>
        <source>Networks</source>
        <extracomment>The curves&apos; colour of each network, shared by every view that names it.</extracomment>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="62"/>
        <source>RMSprop (Keras)</source>
        <translation>RMSprop (Keras)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="66"/>
        <source>The Keras network&apos;s optimizer; the lesson&apos;s is RMSprop with Keras&apos;s rule</source>
        <translation>Keras 신경망의 옵티마이저. 수업에서는 Keras 규칙의 RMSprop을 씁니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="67"/>
        <source>w -= lr × grad (lesson)</source>
        <translation>w -= lr × grad (수업)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="68"/>
        <source>The from-scratch network updates its weights by hand, as the lesson writes it</source>
        <translation>직접 구현한 신경망은 수업 코드처럼 가중치를 손으로 갱신합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="71"/>
        <source>Update</source>
        <translation>갱신 규칙</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="72"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="73"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="74"/>
        <source>Keras network</source>
        <translation>Keras 신경망</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="74"/>
        <source>From scratch</source>
        <translation>직접 구현</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="76"/>
        <source>784 → Dense 512 relu → Dense 10 softmax, Glorot-uniform weights, zero biases, a fresh shuffle each epoch</source>
        <translation>784 → Dense 512 relu → Dense 10 softmax, Glorot 균등 초기 가중치, 0 편향, 에포크마다 새로 섞기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="78"/>
        <source>The lesson&apos;s NaiveDense layers (weights uniform in [0, 0.1]), batches in order</source>
        <translation>수업의 NaiveDense 층 (가중치는 [0, 0.1]에서 균등), 배치는 순서대로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="87"/>
        <source>Learning rate (the lesson&apos;s: 0.001)</source>
        <translation>학습률 (수업 값: 0.001)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="90"/>
        <source>The lesson&apos;s: {epochs}</source>
        <translation>수업 값: {epochs}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="98"/>
        <source>Lesson defaults: Keras network RMSprop 0.001, 5 epochs; from scratch w -= lr × grad 0.001, 10 epochs.</source>
        <translation>수업 기본값: Keras 신경망 RMSprop 0.001, 5 에포크 / 직접 구현 w -= lr × grad 0.001, 10 에포크.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="102"/>
        <source>Both at once</source>
        <translation>둘 다 동시에</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="103"/>
        <source>One after the other</source>
        <translation>하나씩 차례로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="111"/>
        <source>Units in the hidden layer</source>
        <translation>은닉층의 유닛 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="113"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="115"/>
        <source>Train on the first N training images only (quicker demos)</source>
        <translation>처음 N장의 학습 이미지만으로 학습 (빠른 시연용)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="117"/>
        <source>Auto (GPU if available)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="117"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="118"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="122"/>
        <source>CUDA is not available: {reason}</source>
        <translation>CUDA를 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="125"/>
        <source>The same seed gives the same starting weights and batch order</source>
        <translation>같은 시드는 같은 초기 가중치와 배치 순서를 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="131"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="132"/>
        <source>Hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="133"/>
        <source>Training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="134"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="135"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="164"/>
        <source>RMSprop as Keras</source>
        <translation>Keras식 RMSprop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="167"/>
        <source>w -= lr × grad</source>
        <translation>w -= lr × grad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="168"/>
        <source>{rule}, lr {lr}, {epochs} epochs</source>
        <translation>{rule}, 학습률 {lr}, {epochs} 에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="194"/>
        <source>Tick at least one network to train</source>
        <translation>학습할 신경망을 하나 이상 고르세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="199"/>
        <source>The learning rate must be a positive number, e.g. 0.001</source>
        <translation>학습률은 양수여야 합니다. 예: 0.001</translation>
    </message>
</context>
<context>
    <name>OptimizerPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="63"/>
        <source>Optimizer</source>
        <translation>옵티마이저</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="73"/>
        <source>loading PyTorch…</source>
        <translation>PyTorch를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="80"/>
        <source>How many updates the run makes at most.</source>
        <translation>실행이 최대 몇 번 업데이트할지 정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="82"/>
        <source>Stop (converged) when the gradient norm is at most this. Empty: never.</source>
        <translation>기울기 노름이 이 값 이하가 되면 멈춥니다 (수렴). 비우면 멈추지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="84"/>
        <source>Stop (converged) when the loss changes by at most this in one step. Empty: never.</source>
        <translation>한 단계에서 손실의 변화가 이 값 이하가 되면 멈춥니다 (수렴). 비우면 멈추지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="90"/>
        <source>From one step at a time (each Step or Run press moves once) to as fast as possible.</source>
        <translation>한 번에 한 단계씩 (한 단계나 실행을 누를 때마다 한 번 움직임)부터 최대한 빠르게까지.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="95"/>
        <source>Learning rates to run side by side, separated by commas.</source>
        <translation>나란히 실행할 학습률들 (쉼표로 구분).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="96"/>
        <source>Compare learning rates</source>
        <translation>학습률 비교</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="100"/>
        <source>Method</source>
        <translation>방법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="101"/>
        <source>Steps</source>
        <translation>단계 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="102"/>
        <source>Gradient tolerance</source>
        <translation>기울기 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="103"/>
        <source>Loss-change tolerance</source>
        <translation>손실 변화 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="107"/>
        <source>Speed</source>
        <translation>속도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="120"/>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="164"/>
        <source>{help}
default: {default}   range: [{low}, {high}]</source>
        <translation>{help}
기본값: {default}   범위: [{low}, {high}]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="172"/>
        <source>learning rate slider</source>
        <translation>학습률 슬라이더</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="204"/>
        <source>PyTorch is still loading</source>
        <translation>PyTorch를 불러오는 중입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="208"/>
        <source>{name} must be a number in its range</source>
        <translation>{name}은(는) 허용 범위 안의 숫자여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="209"/>
        <source>gradient tolerance</source>
        <translation>기울기 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="210"/>
        <source>loss-change tolerance</source>
        <translation>손실 변화 허용 오차</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="212"/>
        <source>{name} must be a number or empty</source>
        <translation>{name}은(는) 숫자이거나 비어 있어야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="237"/>
        <source>`{text}` is not a positive learning rate</source>
        <translation>`{text}`은(는) 양수인 학습률이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="240"/>
        <source>type at least one learning rate</source>
        <translation>학습률을 하나 이상 입력하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="242"/>
        <source>at most {n} learning rates at once</source>
        <translation>한 번에 학습률은 최대 {n}개입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="313"/>
        <source>one step at a time</source>
        <translation>한 번에 한 단계씩</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="315"/>
        <source>as fast as possible</source>
        <translation>최대한 빠르게</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/optimizer_panel.py" line="317"/>
        <source>{n:g} steps per second</source>
        <translation>초당 {n:g}단계</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="86"/>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="87"/>
        <source>Sign descent</source>
        <translation>부호 하강법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="88"/>
        <source>SGD (torch.optim.SGD)</source>
        <translation>SGD (torch.optim.SGD)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="89"/>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="90"/>
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="91"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="92"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="93"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="94"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
    </message>
</context>
<context>
    <name>PlotItem</name>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="36"/>
        <source>Plot Options</source>
        <translation>그래프 설정</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="37"/>
        <source>Transforms</source>
        <translation>변환</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="38"/>
        <source>Downsample</source>
        <translation>다운샘플</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="39"/>
        <source>Average</source>
        <translation>평균</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="40"/>
        <source>Alpha</source>
        <translation>투명도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="41"/>
        <source>Grid</source>
        <translation>격자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="42"/>
        <source>Points</source>
        <translation>점</translation>
    </message>
</context>
<context>
    <name>PredictionsPage</name>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="156"/>
        <source>L4.1  Using the model: predictions = model.predict(test_images[0:10])</source>
        <translation>L4.1  모델 사용하기: predictions = model.predict(test_images[0:10])</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="158"/>
        <source>Train the lesson&apos;s network</source>
        <translation>강의의 신경망 학습하기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="163"/>
        <source> epoch(s)</source>
        <translation> 에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="164"/>
        <source>The lesson trains 5 epochs; one already gets most digits right.</source>
        <translation>강의는 5 에포크를 학습합니다. 1 에포크만으로도 대부분의 숫자를 맞힙니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="165"/>
        <source>Load weights…</source>
        <translation>가중치 불러오기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="166"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="171"/>
        <source>Train the network (or load a weights file) to see its predictions.</source>
        <translation>신경망을 학습하거나 가중치 파일을 불러오면 예측이 보입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="214"/>
        <source>Weights file</source>
        <translation>가중치 파일</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="215"/>
        <source>PyTorch weights (*.pt *.pth);;All files (*)</source>
        <translation>PyTorch 가중치 (*.pt *.pth);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="240"/>
        <source>Training…</source>
        <translation>학습 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="240"/>
        <source>Loading the weights…</source>
        <translation>가중치를 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="250"/>
        <source>Epoch {epoch}: test accuracy {accuracy:.1%}</source>
        <translation>에포크 {epoch}: 테스트 정확도 {accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="272"/>
        <source>Trained {epochs} epoch(s) on {count:,} images: test accuracy {accuracy:.1%}</source>
        <translation>이미지 {count:,}개로 {epochs} 에포크 학습: 테스트 정확도 {accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="275"/>
        <source>Predictions of the weights in {name}</source>
        <translation>{name}의 가중치로 계산한 예측</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="277"/>
        <source>Stopped during the first epoch: the predictions are those of the network so far.</source>
        <translation>첫 에포크 중에 중지했습니다. 지금까지 학습한 신경망의 예측입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="286"/>
        <source>Could not get predictions: {message}</source>
        <translation>예측을 구할 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="302"/>
        <source>Load the MNIST files above first.</source>
        <translation>먼저 위에서 MNIST 파일을 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="310"/>
        <source>test_labels[{i}] = {label}</source>
        <translation>test_labels[{i}] = {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="311"/>
        <source>no model yet</source>
        <translation>아직 모델이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="315"/>
        <source>predictions[{i}]
true {label}
argmax {predicted} {mark}</source>
        <translation>predictions[{i}]
정답 {label}
argmax {predicted} {mark}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="317"/>
        <source>sum = {total:.6f}</source>
        <translation>합 = {total:.6f}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="320"/>
        <source>The lesson: predictions[0] is ten probabilities whose largest, {value} at index {index}, matches test_labels[0] = 7.</source>
        <translation>강의: predictions[0]은 확률 10개이며, 가장 큰 값인 인덱스 {index}의 {value}가 test_labels[0] = 7과 일치합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/predictions_page.py" line="325"/>
        <source>predictions[0].argmax() = &lt;b&gt;{predicted}&lt;/b&gt;, predictions[0][{predicted}] = &lt;b&gt;{value:.7f}&lt;/b&gt;; test_labels[0] = {label}. {right} of 10 right. (The lesson, after 5 epochs on 60,000 images: {lesson} at index {index}.)</source>
        <translation>predictions[0].argmax() = &lt;b&gt;{predicted}&lt;/b&gt;, predictions[0][{predicted}] = &lt;b&gt;{value:.7f}&lt;/b&gt;, test_labels[0] = {label}. 10개 중 {right}개 정답. (강의에서는 이미지 60,000개로 5 에포크 학습 후 인덱스 {index}의 {lesson})</translation>
    </message>
</context>
<context>
    <name>PresetCard</name>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="87"/>
        <source>Load lesson {lesson}: {name}</source>
        <extracomment>A card&apos;s inner margins and the space between its lines of text (px). The card&apos;s colours: its border (normal, and under the mouse or focused), lesson number, expression.</extracomment>
        <translation>강의 {lesson} 불러오기: {name}</translation>
    </message>
</context>
<context>
    <name>PresetGallery</name>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="175"/>
        <source>Lessons: pick an example to replay it</source>
        <translation>강의 예제: 하나를 골라 다시 실행해 보세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="177"/>
        <source>Search lessons (title, explanation, expression)…</source>
        <translation>강의 검색 (제목, 설명, 수식)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="180"/>
        <source>No lesson matches the search.</source>
        <translation>검색과 일치하는 강의가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/preset_gallery.py" line="243"/>
        <source>Lesson {number}</source>
        <translation>강의 {number}</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/draw_pad.py" line="208"/>
        <source>Train or load a network to see its ten probabilities.</source>
        <translation>신경망을 학습하거나 불러오면 열 개의 확률이 보입니다.</translation>
    </message>
</context>
<context>
    <name>RacePage</name>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="131"/>
        <source>L4.3  Element-wise operations: naive loops against vectorised code</source>
        <extracomment>Narrower than this, the broadcasting view goes below the race instead of beside it. The log axis of the bars, in seconds.</extracomment>
        <translation>L4.3  원소별 연산: 단순 반복문 대 벡터화 코드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="133"/>
        <source>x = np.random.random((20, 100)) and y the same; relu(x + y) computed 1,000 times each way:</source>
        <translation>x = np.random.random((20, 100)), y도 같은 방법으로 만들고, relu(x + y)를 두 방법으로 각각 1,000번 계산합니다:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="142"/>
        <source>Start the race</source>
        <translation>경주 시작</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="144"/>
        <source>Stop</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="150"/>
        <source> repetitions</source>
        <translation> 회 반복</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="171"/>
        <source>No CUDA GPU here: the torch CUDA contender sits this race out.</source>
        <translation>CUDA GPU가 없어서 torch CUDA는 이번 경주에 참가하지 않습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="212"/>
        <source>naive loops (Python)</source>
        <translation>단순 반복문 (파이썬)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="213"/>
        <source>NumPy vectorised</source>
        <translation>NumPy 벡터화</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="214"/>
        <source>torch vectorised, CPU</source>
        <translation>torch 벡터화, CPU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="215"/>
        <source>torch vectorised, CUDA</source>
        <translation>torch 벡터화, CUDA</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="276"/>
        <source>Stopped: the times shown are for the repetitions done so far.</source>
        <translation>중지했습니다. 표시된 시간은 지금까지 한 반복의 시간입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="279"/>
        <source>Every contender computed the same z (np.array_equal): only the speed differs.</source>
        <translation>모든 참가자가 같은 z를 계산했습니다(np.array_equal). 다른 것은 속도뿐입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="283"/>
        <source>Different results from: {names}</source>
        <translation>결과가 다른 참가자: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="289"/>
        <source>The race failed: {message}</source>
        <translation>경주에 실패했습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="294"/>
        <source>naive loops</source>
        <translation>단순 반복문</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="297"/>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="298"/>
        <source>the lesson: {what}</source>
        <translation>강의: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="302"/>
        <source>here: {what}</source>
        <translation>여기: {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="311"/>
        <source>The lesson measured the vectorised line &lt;b&gt;{ratio:.0f}×&lt;/b&gt; faster. Press Start to measure it here.</source>
        <translation>강의에서는 벡터화한 코드가 &lt;b&gt;{ratio:.0f}배&lt;/b&gt; 빨랐습니다. 시작을 눌러 여기서 측정해 보세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="317"/>
        <source>&lt;b&gt;{name}: {ratio:,.0f}× faster&lt;/b&gt; than the naive loops</source>
        <translation>&lt;b&gt;{name}: 단순 반복문보다 {ratio:,.0f}배 빠름&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/race_page.py" line="319"/>
        <source>(the lesson: {ratio:.0f}×)</source>
        <translation>(강의: {ratio:.0f}배)</translation>
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
    <message>
        <location filename="../../desktop_app/gui/panels/runs_panel.py" line="57"/>
        <source>, final loss {loss}</source>
        <translation>, 최종 손실 {loss}</translation>
    </message>
</context>
<context>
    <name>StartSliders</name>
    <message>
        <location filename="../../desktop_app/gui/value_slider.py" line="111"/>
        <source>start value of {name}</source>
        <extracomment>Positions of a slider: fine enough that a drag looks continuous. Start sliders shown at most (a loss with more scalar parameters is driven by the table).</extracomment>
        <translation>{name}의 시작값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/value_slider.py" line="113"/>
        <source>start {name}</source>
        <translation>시작 {name}</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="20"/>
        <source>ready</source>
        <translation>준비됨</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="21"/>
        <source>running</source>
        <translation>실행 중</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="22"/>
        <source>paused</source>
        <translation>일시정지됨</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="23"/>
        <source>stopping</source>
        <translation>멈추는 중</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="24"/>
        <source>finished</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="25"/>
        <source>converged</source>
        <translation>수렴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="26"/>
        <source>diverged</source>
        <translation>발산</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="27"/>
        <source>stopped</source>
        <translation>중지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="28"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>StepsTable</name>
    <message>
        <location filename="../../desktop_app/gui/steps_table.py" line="182"/>
        <source>{n} more columns: widen the pane or let it fill the window (Ctrl+Shift+F).</source>
        <translation>열 {n}개가 더 있습니다: 창을 넓히거나 창 전체로 펼치세요(Ctrl+Shift+F).</translation>
    </message>
</context>
<context>
    <name>TensorPage</name>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="56"/>
        <source>L4.2  Tensors: rank, shape and dtype</source>
        <extracomment>Rows of a 2-D selection drawn as one picture (a (22699, 28) matrix shows its first rows).</extracomment>
        <translation>L4.2  텐서: 랭크, 크기, 자료형</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="62"/>
        <source>an index expression, e.g. train_images[10:100] or [:, 7:-7, 7:-7]</source>
        <translation>인덱스 식, 예: train_images[10:100] 또는 [:, 7:-7, 7:-7]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="70"/>
        <source>The lesson&apos;s examples (one click each):</source>
        <translation>강의의 예제 (한 번 클릭):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="82"/>
        <source>The lesson&apos;s slice</source>
        <translation>강의의 슬라이스</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="83"/>
        <source>Try also: a negative index or a step</source>
        <translation>더 해 보기: 음수 인덱스나 간격</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="91"/>
        <source>The selected images appear here.</source>
        <translation>선택한 이미지가 여기에 나타납니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="96"/>
        <source>Load the MNIST files to see the images.</source>
        <translation>MNIST 파일을 불러오면 이미지가 보입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="100"/>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="199"/>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="279"/>
        <source>Point at a pixel to read its value.</source>
        <translation>픽셀을 가리키면 값을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="125"/>
        <source>Slice:</source>
        <translation>슬라이스:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="178"/>
        <source>No data yet: load the MNIST files above.</source>
        <translation>아직 데이터가 없습니다. 위에서 MNIST 파일을 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="189"/>
        <source>No MNIST data loaded yet.</source>
        <translation>아직 MNIST 데이터를 불러오지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="194"/>
        <source>&lt;b&gt;{name}&lt;/b&gt;: rank (ndim) {rank} · shape {shape} · dtype {dtype}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt;: 랭크(ndim) {rank} · 크기 {shape} · 자료형 {dtype}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="203"/>
        <source>{count:,} images of {height} × {width} pixels</source>
        <translation>{height} × {width} 픽셀 이미지 {count:,}개</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="205"/>
        <source>one image (a matrix of pixels)</source>
        <translation>이미지 하나 (픽셀 행렬)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="206"/>
        <source>a matrix: one row or column of pixels from each of several images</source>
        <translation>행렬: 여러 이미지에서 픽셀 한 행이나 한 열씩</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="207"/>
        <source>a vector of {count:,} numbers</source>
        <translation>숫자 {count:,}개의 벡터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="208"/>
        <source>a single number (a scalar): {value}</source>
        <translation>숫자 하나 (스칼라): {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="210"/>
        <source>→ shape &lt;b&gt;{shape}&lt;/b&gt; · rank {rank} · dtype {dtype} — {what}</source>
        <translation>→ 크기 &lt;b&gt;{shape}&lt;/b&gt; · 랭크 {rank} · 자료형 {dtype} — {what}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="218"/>
        <source>#{sample}: {label}</source>
        <translation>#{sample}: {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="222"/>
        <source>The first {shown} of {count:,} selected images (sample number: label); click one to see its pixels</source>
        <translation>선택한 이미지 {count:,}개 중 처음 {shown}개 (샘플 번호: 레이블). 하나를 클릭하면 픽셀이 보입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="229"/>
        <source>Labels are numbers, not images: {values}</source>
        <translation>레이블은 이미지가 아니라 숫자입니다: {values}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="234"/>
        <source>One pixel: its value is {value} (0 is white, 255 black).</source>
        <translation>픽셀 하나: 값은 {value}입니다 (0은 흰색, 255는 검은색).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="239"/>
        <source>The selection is not a stack of images; its pixels are on the right.</source>
        <translation>선택한 것은 이미지 묶음이 아닙니다. 픽셀은 오른쪽에 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="250"/>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="272"/>
        <source>{name}[{sample}] — its label is {label}</source>
        <translation>{name}[{sample}] — 레이블은 {label}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="253"/>
        <source>The first {shown} of {count:,} rows</source>
        <translation>{count:,}행 중 처음 {shown}행</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="284"/>
        <source>row {row}, column {col}: {value}</source>
        <translation>{row}행, {col}열: {value}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="288"/>
        <source>row {row}, column {col}: {value}   ({name}[{sample}, {source_row}, {source_col}])</source>
        <translation>{row}행, {col}열: {value}   ({name}[{sample}, {source_row}, {source_col}])</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="310"/>
        <source>type an index expression such as train_images[10:100]</source>
        <translation>train_images[10:100]처럼 인덱스 식을 입력하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="312"/>
        <source>only indexing is allowed here, e.g. train_images[10:100] or [:, 7:-7, 7:-7]</source>
        <translation>여기서는 인덱싱만 쓸 수 있습니다. 예: train_images[10:100] 또는 [:, 7:-7, 7:-7]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="313"/>
        <source>unknown tensor `{name}`; use one of {known}</source>
        <translation>알 수 없는 텐서 `{name}`입니다. 다음 중 하나를 쓰세요: {known}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="315"/>
        <source>too many indices: {count} for a tensor of rank {rank}</source>
        <translation>인덱스가 너무 많습니다: 랭크 {rank} 텐서에 {count}개</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="318"/>
        <source>index {index} is out of range for axis {axis} of size {size}</source>
        <translation>인덱스 {index}는 크기 {size}인 축 {axis}의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/lessons_l4/tensor_page.py" line="325"/>
        <source>column {col}: {message}</source>
        <translation>{col}번째 글자: {message}</translation>
    </message>
</context>
<context>
    <name>Timeline</name>
    <message>
        <location filename="../../desktop_app/gui/timeline.py" line="36"/>
        <source>One step back (←)</source>
        <translation>한 단계 뒤로 (←)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/timeline.py" line="39"/>
        <source>One step on (→)</source>
        <translation>한 단계 앞으로 (→)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/timeline.py" line="41"/>
        <source>Go to any step of the run: every view shows that step</source>
        <translation>실행의 어느 단계로든 가 보세요: 모든 화면이 그 단계를 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/timeline.py" line="47"/>
        <source>Step</source>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/timeline.py" line="71"/>
        <source>no run yet</source>
        <translation>아직 실행 없음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/timeline.py" line="73"/>
        <source>{n} steps</source>
        <translation>{n}단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/timeline.py" line="75"/>
        <source>step {k} of {n}</source>
        <translation>{n}단계 중 {k}단계</translation>
    </message>
</context>
<context>
    <name>VariablesTable</name>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="112"/>
        <source>Name</source>
        <extracomment>Longest value text written back into a cell; larger arrays show a summary instead.</extracomment>
        <translation>이름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="112"/>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="112"/>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="112"/>
        <source>Trained</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="128"/>
        <source>Import data from CSV…</source>
        <translation>CSV에서 데이터 가져오기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="133"/>
        <source>Type a number, ones(4,4), [[1,2],[3,4]] or 1,2,3; paste a column of numbers with Ctrl+V.</source>
        <translation>숫자, ones(4,4), [[1,2],[3,4]], 1,2,3 처럼 입력하세요. 숫자 한 열은 Ctrl+V로 붙여 넣을 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="318"/>
        <source>{name}: {error}</source>
        <translation>{name}: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="242"/>
        <source>Could not import {file}: {error}</source>
        <translation>{file}을(를) 가져올 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="277"/>
        <source>Unchecked: the parameter keeps its start value.</source>
        <translation>체크 해제: 이 매개변수는 시작값을 그대로 유지합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="291"/>
        <source>parameter</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="292"/>
        <source>data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="293"/>
        <source>A parameter is trained from its start value; data is given.</source>
        <translation>매개변수는 시작값에서부터 학습되고, 데이터는 주어진 값입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="301"/>
        <source>Type a value for {name}.</source>
        <translation>{name}의 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="313"/>
        <source>scalar</source>
        <translation>스칼라</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="314"/>
        <source>array of shape {shape}</source>
        <translation>모양이 {shape}인 배열</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="358"/>
        <source>Import data from CSV</source>
        <translation>CSV에서 데이터 가져오기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="359"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV 파일 (*.csv);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="368"/>
        <source>(column {column} of {file}, {n} values)</source>
        <translation>({file}의 {column}열, 값 {n}개)</translation>
    </message>
</context>
<context>
    <name>ViewBox</name>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="31"/>
        <source>View All</source>
        <translation>전체 보기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="32"/>
        <source>Mouse Mode</source>
        <translation>마우스 모드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="33"/>
        <source>1 button</source>
        <translation>버튼 1개</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="34"/>
        <source>3 button</source>
        <translation>버튼 3개</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="35"/>
        <source>ViewBox options</source>
        <translation>보기 상자 설정</translation>
    </message>
</context>
<context>
    <name>WeightGrid</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/pictures.py" line="237"/>
        <source>The first layer&apos;s weights appear after the first epoch.</source>
        <translation>첫 층의 가중치는 첫 에포크가 끝나면 나타납니다.</translation>
    </message>
</context>
</TS>
