<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_plots.py" line="86"/>
        <source>accuracy</source>
        <translation>정확도</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_plots.py" line="87"/>
        <location filename="../../desktop_app/gui/panels/lesson_plots.py" line="123"/>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="158"/>
        <source>loss</source>
        <translation>손실</translation>
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
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="95"/>
        <source>Autograd: the loss and its gradient</source>
        <translation>자동 미분: 손실과 기울기</translation>
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
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="93"/>
        <source>Step by step: the parameters after the update, the loss before it</source>
        <translation>스텝마다: 업데이트 후의 파라미터와 업데이트 전의 손실</translation>
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
        <translation>파라미터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="168"/>
        <source>step</source>
        <translation>스텝</translation>
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
        <source>start</source>
        <translation>시작점</translation>
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
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="228"/>
        <source>{name} after 1 step</source>
        <translation>1스텝 후 {name}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_words.py" line="198"/>
        <source>optimum {name}</source>
        <translation>최적 {name}</translation>
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
</context>
<context>
    <name>LessonPanel</name>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="61"/>
        <source>Choose a lesson on the Lessons page: its result is shown here.</source>
        <extracomment>One background thread computes reports, one after another (a report takes ~0.01-1 s). Table text relative to the window&apos;s font (numbers in monospace read larger than prose).</extracomment>
        <translation>강의 페이지에서 예제를 고르면 그 결과가 여기에 나옵니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="95"/>
        <source>Computing the lesson&apos;s numbers…</source>
        <translation>강의의 숫자를 계산하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="103"/>
        <source>Lesson</source>
        <translation>강의</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="145"/>
        <source>The lesson&apos;s numbers could not be computed: {error}</source>
        <translation>강의의 숫자를 계산할 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="147"/>
        <source>This lesson is played on the “Lesson 4 pages” tab in the centre.</source>
        <translation>이 강의는 가운데의 “4강 페이지” 탭에서 진행합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="151"/>
        <source>What the lesson printed</source>
        <translation>강의에서 출력한 값</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/lesson_panel.py" line="161"/>
        <source>The lesson printed no number here; below is what the app computes.</source>
        <translation>강의에는 출력된 숫자가 없습니다. 아래는 앱이 계산한 값입니다.</translation>
    </message>
</context>
</TS>
