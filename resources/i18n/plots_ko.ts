<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="427"/>
        <source>Copy as LaTeX</source>
        <extracomment>Formula height relative to the widget&apos;s text font (display maths reads larger than prose). Pixels between parts on one line, and between stacked lines. Continuation lines (``= …``, ``+ …``) are indented by this many pixels. Smallest scale a line is shrunk to before it is broken further (then it is shrunk anyway). SVGs kept (LRU); a derivative view&apos;s formulas for a few hundred points.</extracomment>
        <translation>LaTeX로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="429"/>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="115"/>
        <location filename="../../desktop_app/gui/plots/series.py" line="181"/>
        <source>step</source>
        <extracomment>Most parameter columns drawn per run (a 4x4 tensor has 16; more would be a tangle). Curves up to this many points get a dot per step; up to THICK_POINTS a thick line.</extracomment>
        <translation>단계</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="86"/>
        <source>{shown} of {total} parameters shown</source>
        <extracomment>Largest matrix whose cells are labelled with their values. Most small plots drawn (the rest are named in a note: a wall of 100 plots reads as noise).</extracomment>
        <translation>매개변수 {total}개 중 {shown}개 표시</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="141"/>
        <source>column</source>
        <translation>열</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="141"/>
        <source>row</source>
        <translation>행</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/parameter_views.py" line="159"/>
        <source>{name} at step {step}</source>
        <translation>{step}단계의 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="139"/>
        <source>No picture for this loss: {error}</source>
        <extracomment>Points of the scans that find a 1-D range&apos;s wells (core.plot_ranges). Most loss evaluations × data elements for one picture (it is computed in the GUI thread); large data sets get a coarser grid, and no picture below MIN_POINTS points per axis. Elements per parameter named for the small multiples (a big tensor is recorded as summaries). Margin added around a run&apos;s path when the range is widened to contain it. A path much wider than the drawn range is left to run off it rather than squash the picture.</extracomment>
        <translation>이 손실의 그림을 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="148"/>
        <source>too much data to draw the loss over a grid quickly</source>
        <translation>데이터가 너무 많아 격자 위의 손실을 빨리 그릴 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="62"/>
        <location filename="../../desktop_app/gui/plots/contour.py" line="307"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="69"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="105"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="221"/>
        <source>loss</source>
        <extracomment>Repaints are spaced at least this many times the last frame&apos;s painting time... ...but never further apart than this (ms).
----------
Half-width of the drawn tangent segment, as a fraction of the visible range. Longest trail of dots drawn behind the point (the path line itself is always complete). Where the loss is NaN (grey) or ±inf (red), behind the curve.</extracomment>
        <translation>손실</translation>
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
        <location filename="../../desktop_app/gui/plots/board.py" line="68"/>
        <source>Type a loss and press Run:
its picture appears here.</source>
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
        <location filename="../../desktop_app/gui/plots/board.py" line="115"/>
        <source>Logarithmic loss axis</source>
        <translation>손실 축을 로그 눈금으로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="120"/>
        <source>Loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="121"/>
        <source>Parameters</source>
        <translation>매개변수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/board.py" line="122"/>
        <source>Gradient norm</source>
        <translation>기울기 노름</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="129"/>
        <source>minimum</source>
        <extracomment>Loss differences of this fraction of the map&apos;s range are where the colour scale turns logarithmic. Paths up to this many steps show a dot per step; longer ones only the line (dots cost paint time). Where the loss is NaN (grey) and ±inf (red) on the map, RGBA.</extracomment>
        <translation>최솟값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="144"/>
        <source>start</source>
        <translation>시작점</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="214"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="122"/>
        <source>loss is NaN</source>
        <translation>손실이 NaN</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="216"/>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="123"/>
        <source>loss is ±∞</source>
        <translation>손실이 ±∞</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="295"/>
        <source>NaN</source>
        <translation>NaN (숫자 아님)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/contour.py" line="296"/>
        <source>{x_name} = {x}   {y_name} = {y}   loss ≈ {loss}   (click: start here)</source>
        <translation>{x_name} = {x}   {y_name} = {y}   손실 ≈ {loss}   (클릭: 여기서 시작)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="180"/>
        <source>step {step}:   {name} = {x}   loss = {loss}   slope = {slope}</source>
        <translation>{step}단계:   {name} = {x}   손실 = {loss}   기울기 = {slope}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/plots/landscape.py" line="216"/>
        <source>{name} = {x}   loss = {loss}   (on the curve)</source>
        <translation>{name} = {x}   손실 = {loss}   (곡선 위)</translation>
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
        <location filename="../../desktop_app/gui/plots/series.py" line="204"/>
        <source>{run}: step {step}  {values}</source>
        <translation>{run}: {step}단계  {values}</translation>
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
</context>
</TS>
