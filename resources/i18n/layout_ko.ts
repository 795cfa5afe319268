<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<!-- The window's panes (docks), the details pane filling the window, the steps table's columns. -->
<context>
    <name>MainWindow</name>
    <message>
        <source>Inputs</source>
        <translation>입력</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Inputs pane</source>
        <translation>입력 창</translation>
    </message>
    <message>
        <source>Details fill the window</source>
        <translation>세부 정보 창을 창 전체로</translation>
    </message>
    <message>
        <source>The details pane (the graph, the tables) takes the whole window (Ctrl+Shift+F); again to go back</source>
        <translation>세부 정보 창(그래프, 표)이 창 전체를 차지합니다(Ctrl+Shift+F). 다시 누르면 돌아갑니다</translation>
    </message>
</context>
<context>
    <name>StepsTable</name>
    <message>
        <source>{n} more columns: widen the pane or let it fill the window (Ctrl+Shift+F).</source>
        <translation>열 {n}개가 더 있습니다: 창을 넓히거나 창 전체로 펼치세요(Ctrl+Shift+F).</translation>
    </message>
</context>
<context>
    <name>GraphView</name>
    <message>
        <source>Drag to move the graph; the wheel zooms</source>
        <translation>끌어서 그래프를 옮기고, 휠로 확대/축소합니다</translation>
    </message>
</context>
</TS>
