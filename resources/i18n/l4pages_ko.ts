<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
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
</TS>
