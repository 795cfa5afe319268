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
</context>
</TS>
