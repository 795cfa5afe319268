<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="270"/>
        <source>Copy as LaTeX</source>
        <extracomment>Formula height relative to the widget&apos;s text font (display maths reads larger than prose). Pixels between parts on one line, and between stacked lines. Continuation lines (``= …``, ``+ …``) are indented by this many pixels. Smallest scale a line is shrunk to before it is broken further (then it is shrunk anyway).</extracomment>
        <translation>LaTeX로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="272"/>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="79"/>
        <location filename="../../desktop_app/gui/parameter_views.py" line="75"/>
        <source>step</source>
        <extracomment>Frames of an animation at most (a long run is sampled evenly; the last frame is the last step). The last frame is held this many beats, so a looping GIF pauses on the result.
----------
Largest matrix whose cells are labelled with their values. Most small plots drawn (the rest are named in a note: a wall of 100 plots reads as noise).</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="79"/>
        <source>loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="121"/>
        <source>step {step}: loss {loss}</source>
        <translation>{step}단계: 손실 {loss}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="152"/>
        <source>an animation is saved as .gif or .mp4, not {suffix}</source>
        <translation>애니메이션은 {suffix}이(가) 아니라 .gif 또는 .mp4로 저장합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="154"/>
        <source>MP4 needs the imageio-ffmpeg package; save as .gif instead</source>
        <translation>MP4로 저장하려면 imageio-ffmpeg 패키지가 필요합니다. 대신 .gif로 저장하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="157"/>
        <source>this run has no records of {columns} to animate</source>
        <translation>이 실행에는 애니메이션으로 만들 {columns} 기록이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_export.py" line="50"/>
        <source>a figure side must be {low} to {high} pixels, not {side}</source>
        <extracomment>Slide sizes offered by File → Export figure (custom sizes are any width × height in range). PNG pixels per figure pixel. Screen resolution the figure is laid out at (and the SVG declares).</extracomment>
        <translation>그림의 한 변은 {side}이(가) 아니라 {low}~{high} 픽셀이어야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_export.py" line="200"/>
        <location filename="../../desktop_app/gui/figure_export.py" line="219"/>
        <source>could not write {path}</source>
        <translation>{path}에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/figure_export.py" line="238"/>
        <source>a figure is saved as .png or .svg, not {suffix}</source>
        <translation>그림은 {suffix}이(가) 아니라 .png 또는 .svg로 저장합니다</translation>
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
        <location filename="../../desktop_app/gui/surface_view.py" line="166"/>
        <source>{x} from {x0} to {x1} (→), {y} from {y0} to {y1} (↗), height: loss from {low} to {high} (compressed like a logarithm). Drag to turn, scroll to zoom.</source>
        <translation>{x}: {x0}~{x1} (→), {y}: {y0}~{y1} (↗), 높이: 손실 {low}~{high} (로그처럼 압축). 끌어서 돌리고, 스크롤하여 확대합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="88"/>
        <source>(accepted)</source>
        <extracomment>The names the error examples treat as defined (so `bata` gets its &quot;did you mean&quot;).</extracomment>
        <translation>(허용됨)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="102"/>
        <source>characters of text</source>
        <translation>글자 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="103"/>
        <source>lines</source>
        <translation>줄 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="104"/>
        <source>nesting depth</source>
        <translation>괄호 중첩 깊이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="105"/>
        <source>syntax-tree nodes</source>
        <translation>구문 트리 노드 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="106"/>
        <source>integer exponent |n| in x**n</source>
        <translation>x**n의 정수 지수 |n|</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="107"/>
        <source>size of a number</source>
        <translation>숫자의 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="108"/>
        <source>elements of any tensor (values, data, intermediate results)</source>
        <translation>텐서 하나의 원소 수 (값, 데이터, 중간 결과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="109"/>
        <source>elements of all intermediate results of one evaluation</source>
        <translation>한 번 계산할 때 모든 중간 결과의 원소 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="110"/>
        <source>steps of one run</source>
        <translation>한 번 실행의 단계 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="119"/>
        <source>Type a loss the way you would write it in Python or NumPy, for example {example}. Nothing you type is ever run as Python: the text is checked against a short list of allowed forms first.</source>
        <translation>손실은 Python이나 NumPy에서 쓰듯이 입력합니다. 예: {example}. 입력한 내용은 절대 Python으로 실행되지 않습니다. 먼저 허용된 짧은 형식 목록과 대조해 검사합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="122"/>
        <source>Several lines: a line {assign} defines a helper, e.g. {example}; the last line is the loss. {hash} starts a comment.</source>
        <translation>여러 줄: {assign} 형태의 줄은 보조 변수를 정의합니다 (예: {example}). 마지막 줄이 손실입니다. {hash} 뒤는 주석입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="125"/>
        <source>Every other name is either a &lt;b&gt;parameter&lt;/b&gt; (it has a start value, a number or a tensor such as {tensor}, and is trained) or &lt;b&gt;data&lt;/b&gt; (a given array, typed, pasted or imported from CSV). Set which is which in the table under the editor.</source>
        <translation>나머지 이름은 &lt;b&gt;매개변수&lt;/b&gt;(시작값이 숫자나 {tensor} 같은 텐서이고, 학습됩니다)이거나 &lt;b&gt;데이터&lt;/b&gt;(입력하거나 붙여 넣거나 CSV에서 가져온 주어진 배열)입니다. 어느 쪽인지는 편집기 아래 표에서 정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="129"/>
        <source>A name that is neither is an error that lists the names that are defined.</source>
        <translation>둘 다 아닌 이름은 오류이며, 정의된 이름 목록을 알려 줍니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="130"/>
        <source>{operators} ({matmul} is the matrix product), unary minus, parentheses, indexing and slices such as {index}, and the transpose {transpose}.</source>
        <translation>{operators} ({matmul}은 행렬 곱), 단항 마이너스, 괄호, {index} 같은 인덱싱과 슬라이스, 전치 {transpose}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="134"/>
        <source>Operations are elementwise and broadcast as in NumPy. A loss that is not a single number is summed before it is differentiated (as TensorFlow&apos;s tape.gradient does).</source>
        <translation>연산은 NumPy처럼 원소별로 하고 브로드캐스트됩니다. 손실이 숫자 하나가 아니면 미분하기 전에 모두 더합니다 (TensorFlow의 tape.gradient와 같습니다).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="137"/>
        <source>The expression language</source>
        <translation>수식 언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="138"/>
        <source>Lines and names</source>
        <translation>줄과 이름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="139"/>
        <source>Operators</source>
        <translation>연산자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="140"/>
        <source>Functions</source>
        <translation>함수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="141"/>
        <source>Limits</source>
        <translation>한도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="141"/>
        <source>Bounds that keep a typo from freezing the classroom computer:</source>
        <translation>오타 하나로 교실 컴퓨터가 멈추지 않도록 두는 한도:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="143"/>
        <source>Error messages</source>
        <translation>오류 메시지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="144"/>
        <source>Errors say what is wrong and where (line and column); the editor underlines the spot. Some examples, each with the message as the program prints it:</source>
        <translation>오류는 무엇이 어디에서(줄과 열) 잘못되었는지 알려 주고, 편집기는 그 자리에 밑줄을 긋습니다. 몇 가지 예와 프로그램이 출력하는 메시지:</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="170"/>
        <source>No shortcuts are defined.</source>
        <translation>정의된 단축키가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="177"/>
        <source>not loaded yet</source>
        <translation>아직 불러오지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="184"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="185"/>
        <source>System</source>
        <translation>시스템</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="186"/>
        <source>Log files</source>
        <translation>로그 파일</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="189"/>
        <source>Watch automatic differentiation and gradient descent at work: type a loss, press Run, and follow every step.</source>
        <translation>자동 미분과 경사 하강법이 일하는 모습을 지켜보세요. 손실을 입력하고 실행을 누른 뒤 모든 단계를 따라가 보세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="191"/>
        <source>The Korean font NanumGothic is used under the SIL Open Font License 1.1.</source>
        <translation>한글 글꼴 나눔고딕은 SIL Open Font License 1.1에 따라 사용합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="215"/>
        <source>Expression language</source>
        <translation>수식 언어</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="168"/>
        <location filename="../../desktop_app/gui/help.py" line="220"/>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="227"/>
        <source>About Gradient Lab</source>
        <translation>Gradient Lab 정보</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="78"/>
        <source>{shown} of {total} parameters shown</source>
        <translation>매개변수 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="126"/>
        <source>{name} at step {step}</source>
        <translation>{step}단계의 {name}</translation>
    </message>
</context>
<context>
    <name>CoreFunctions</name>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="45"/>
        <source>absolute value |x|; its derivative at 0 is 0</source>
        <extracomment>The core&apos;s English descriptions of its functions (`core.expression.FUNCTIONS[...].doc`), for lupdate; tests/test_help.py keeps this list equal to the core&apos;s.</extracomment>
        <translation>절댓값 |x|. 0에서의 도함수는 0</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="46"/>
        <source>limit x to the range [lo, hi]</source>
        <translation>x를 [lo, hi] 범위로 제한</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="47"/>
        <source>same as clip</source>
        <translation>clip과 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="48"/>
        <source>cosine (radians)</source>
        <translation>코사인 (라디안)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="49"/>
        <source>dot product of vectors; matrix product otherwise</source>
        <translation>벡터의 내적, 그 밖에는 행렬 곱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="50"/>
        <source>e to the power x</source>
        <translation>e의 x제곱</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="51"/>
        <source>natural logarithm</source>
        <translation>자연로그</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="52"/>
        <source>largest element of x; elementwise larger of a, b</source>
        <translation>x의 가장 큰 원소, 또는 a와 b 중 원소별로 큰 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="53"/>
        <source>average of all elements (or along an axis)</source>
        <translation>모든 원소의 평균 (또는 한 축을 따라)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="54"/>
        <source>smallest element of x; elementwise smaller of a, b</source>
        <translation>x의 가장 작은 원소, 또는 a와 b 중 원소별로 작은 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="55"/>
        <source>Euclidean length sqrt(sum(x**2))</source>
        <translation>유클리드 길이 sqrt(sum(x**2))</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="56"/>
        <source>x to the power y, same as x**y</source>
        <translation>x의 y제곱, x**y와 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="57"/>
        <source>product of all elements (or along an axis)</source>
        <translation>모든 원소의 곱 (또는 한 축을 따라)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="58"/>
        <source>max(x, 0): negative values become 0</source>
        <translation>max(x, 0): 음수는 0이 됨</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="59"/>
        <source>1 / (1 + exp(-x)), squashes into (0, 1)</source>
        <translation>1 / (1 + exp(-x)), (0, 1) 안으로 눌러 담음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="60"/>
        <source>sine (radians)</source>
        <translation>사인 (라디안)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="61"/>
        <source>log(1 + exp(x)), a smooth relu</source>
        <translation>log(1 + exp(x)), 매끄러운 relu</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="62"/>
        <source>square root</source>
        <translation>제곱근</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="63"/>
        <source>x**2, elementwise</source>
        <translation>x**2, 원소별</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="64"/>
        <source>sum of all elements (or along an axis)</source>
        <translation>모든 원소의 합 (또는 한 축을 따라)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="65"/>
        <source>transpose, same as x.T</source>
        <translation>전치, x.T와 같음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="66"/>
        <source>tangent (radians)</source>
        <translation>탄젠트 (라디안)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="67"/>
        <source>hyperbolic tangent, squashes into (-1, 1)</source>
        <translation>쌍곡탄젠트, (-1, 1) 안으로 눌러 담음</translation>
    </message>
</context>
<context>
    <name>DerivativeView</name>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="48"/>
        <source>loss_i</source>
        <extracomment>Texts of other views that the main catalogue has no Korean for yet (the lead folds these into it).</extracomment>
        <translation>손실_i</translation>
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
    <name>GraphicsScene</name>
    <message>
        <location filename="../../desktop_app/gui/library_texts.py" line="30"/>
        <source>Export...</source>
        <extracomment>pyqtgraph&apos;s plot context menus (translated by Qt under pyqtgraph&apos;s contexts).</extracomment>
        <translation>내보내기...</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="31"/>
        <source>Nothing typed is run as Python: statements such as import are refused.</source>
        <extracomment>Texts a student might type, each refused with a message the help page shows verbatim, and what the refusal means, in words that are translated.</extracomment>
        <translation>입력한 내용은 Python으로 실행되지 않습니다. import 같은 문장은 거부됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="32"/>
        <source>An unfinished expression: the column points at where it stops.</source>
        <translation>끝나지 않은 수식입니다. 열 번호가 끊긴 곳을 가리킵니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="33"/>
        <source>A typo in a name: the closest defined name is suggested.</source>
        <translation>이름의 오타입니다. 가장 가까운 정의된 이름을 제안합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="34"/>
        <source>Attributes are refused; only the transpose .T is allowed.</source>
        <translation>속성은 거부됩니다. 전치 .T만 허용됩니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="35"/>
        <source>A power of a power could freeze the computer, so it is refused before any work.</source>
        <translation>거듭제곱의 거듭제곱은 컴퓨터를 멈추게 할 수 있어서 계산을 시작하기 전에 거부합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/help.py" line="37"/>
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
</TS>
