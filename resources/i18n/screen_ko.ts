<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="265"/>
        <source>Copy as LaTeX</source>
        <extracomment>Formula height relative to the widget&apos;s text font (display maths reads larger than prose). Pixels between parts on one line, and between stacked lines. Continuation lines (``= …``, ``+ …``) are indented by this many pixels. Smallest scale a line is shrunk to before it is broken further (then it is shrunk anyway).</extracomment>
        <translation>LaTeX로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/formula.py" line="267"/>
        <source>Copy as text</source>
        <translation>텍스트로 복사</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/animation_export.py" line="79"/>
        <source>step</source>
        <extracomment>Frames of an animation at most (a long run is sampled evenly; the last frame is the last step). The last frame is held this many beats, so a looping GIF pauses on the result.</extracomment>
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
</context>
</TS>
