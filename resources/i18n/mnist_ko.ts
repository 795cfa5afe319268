<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
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
    <name>DataPanel</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="67"/>
        <source>Data</source>
        <translation>데이터</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="78"/>
        <source>Download MNIST</source>
        <translation>MNIST 내려받기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="80"/>
        <source>About 11 MB from the mirrors torchvision uses; each file&apos;s official checksum is verified</source>
        <translation>torchvision이 쓰는 미러에서 약 11 MB를 받습니다. 파일마다 공식 체크섬을 확인합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="82"/>
        <source>Choose a folder…</source>
        <translation>폴더 선택…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="83"/>
        <source>A folder holding the four MNIST .gz files (a subset is fine)</source>
        <translation>MNIST .gz 파일 네 개가 든 폴더 (일부만 있어도 됩니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="88"/>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="128"/>
        <source>MNIST files found in {folder}</source>
        <translation>{folder}에서 MNIST 파일을 찾았습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="130"/>
        <source>No MNIST files yet: download them or choose a folder that holds them.</source>
        <translation>MNIST 파일이 아직 없습니다. 내려받거나 파일이 든 폴더를 선택하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="157"/>
        <source>Folder with the MNIST files</source>
        <translation>MNIST 파일이 있는 폴더</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="167"/>
        <source>Loading the MNIST files from {folder}…</source>
        <translation>{folder}에서 MNIST 파일을 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="172"/>
        <source>Ready: {train:,} training and {test:,} test images from {folder}</source>
        <translation>준비 완료: {folder}의 학습 이미지 {train:,}장, 테스트 이미지 {test:,}장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="178"/>
        <source>These files cannot be used: {reason}</source>
        <translation>이 파일들은 사용할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="188"/>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="190"/>
        <source>Downloading MNIST into {folder}…</source>
        <translation>{folder}에 MNIST를 내려받는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="205"/>
        <source>{done:.1f} of {total:.1f} MB</source>
        <translation>{total:.1f} MB 중 {done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="208"/>
        <source>{done:.1f} MB</source>
        <translation>{done:.1f} MB</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="209"/>
        <source>File {index} of {count}: {name}, {size} at {speed:.1f} MB/s</source>
        <translation>파일 {index}/{count}: {name}, {size}, {speed:.1f} MB/s</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/data_panel.py" line="215"/>
        <source>Download cancelled.</source>
        <translation>내려받기를 취소했습니다.</translation>
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
        <location filename="../../desktop_app/gui/mnist/draw_pad.py" line="148"/>
        <source>Draw a digit here</source>
        <translation>여기에 숫자를 그리세요</translation>
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
    <name>MnistView</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="71"/>
        <source>Keras network</source>
        <translation>Keras 신경망</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="71"/>
        <source>From scratch</source>
        <translation>직접 구현</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="75"/>
        <source>Train</source>
        <translation>학습</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="76"/>
        <source>Stop</source>
        <translation>정지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="77"/>
        <source>Update pictures now</source>
        <translation>지금 그림 갱신</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="78"/>
        <source>The pictures follow every epoch; this shows the network as it is now</source>
        <translation>그림은 에포크마다 갱신됩니다. 이 버튼은 지금 상태의 신경망을 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="84"/>
        <source>Save weights…</source>
        <translation>가중치 저장…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="85"/>
        <source>Load weights…</source>
        <translation>가중치 불러오기…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="86"/>
        <source>Show a network saved by this app, without training</source>
        <translation>이 앱으로 저장한 신경망을 학습 없이 보여 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="87"/>
        <source>Export history (CSV)…</source>
        <translation>학습 기록 내보내기 (CSV)…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="88"/>
        <location filename="../../desktop_app/gui/mnist/view.py" line="277"/>
        <source>Hide settings</source>
        <translation>설정 숨기기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="90"/>
        <source>Give the curves and pictures the whole width</source>
        <translation>곡선과 그림에 전체 너비를 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="97"/>
        <source>Not started</source>
        <translation>시작하지 않음</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="100"/>
        <source>Press Train to fit the lesson&apos;s networks to the digits.</source>
        <translation>학습을 누르면 수업의 신경망들이 숫자를 배웁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="114"/>
        <source>Only the mistakes</source>
        <translation>틀린 것만</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="122"/>
        <source>Each picture is one hidden unit&apos;s 784 input weights: red where ink raises the unit, blue where it lowers it.</source>
        <translation>각 그림은 은닉 유닛 하나의 입력 가중치 784개입니다. 잉크가 유닛을 키우는 곳은 빨강, 줄이는 곳은 파랑입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="125"/>
        <source>Change since the start</source>
        <translation>처음과의 차이</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="127"/>
        <source>Show what training added to the random starting weights: the strokes each unit learned to look for</source>
        <translation>무작위 초기 가중치에 학습이 더한 것을 보기: 각 유닛이 찾도록 배운 획</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="132"/>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="135"/>
        <source>Any test digit by its number (or click a digit under Test digits)</source>
        <translation>번호로 고르는 테스트 숫자 (또는 테스트 숫자 탭에서 숫자를 클릭)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="136"/>
        <source>Put on the pad</source>
        <translation>패드에 올리기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="146"/>
        <source>Test digits</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="147"/>
        <source>Confusion matrix</source>
        <translation>혼동 행렬</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="149"/>
        <source>First-layer weights</source>
        <translation>첫 층의 가중치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="150"/>
        <source>Draw a digit</source>
        <translation>숫자 그리기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="205"/>
        <source>What the network sees (28×28, centred as MNIST):</source>
        <translation>신경망이 보는 그림 (28×28, MNIST처럼 가운데 정렬):</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="209"/>
        <source>Test digit</source>
        <translation>테스트 숫자</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="251"/>
        <source>Pictures of</source>
        <translation>그림 대상</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="277"/>
        <source>Show settings</source>
        <translation>설정 보기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="345"/>
        <source>Trains on {device}.</source>
        <translation>{device}에서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="347"/>
        <source>Trains on the CPU.</source>
        <translation>CPU에서 학습합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="349"/>
        <source>Trains on the CPU (no CUDA GPU here).</source>
        <translation>CPU에서 학습합니다 (이 컴퓨터에는 CUDA GPU가 없습니다).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="366"/>
        <source>waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="377"/>
        <source>Preparing…</source>
        <translation>준비하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="378"/>
        <source>Training on {count:,} images…</source>
        <translation>이미지 {count:,}장으로 학습하는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="397"/>
        <source>Stopping…</source>
        <translation>멈추는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="425"/>
        <source>epoch {epoch}/{epochs} · test accuracy {test:.1%} · {seconds:.2f} s/epoch, {speed:,.0f} images/s on {device}</source>
        <translation>에포크 {epoch}/{epochs} · 테스트 정확도 {test:.1%} · 에포크당 {seconds:.2f}초, {device}에서 초당 이미지 {speed:,.0f}장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="435"/>
        <source>epoch {epoch}/{epochs} · batch {batch}/{batches}</source>
        <translation>에포크 {epoch}/{epochs} · 배치 {batch}/{batches}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="449"/>
        <source>{s} s</source>
        <translation>{s}초</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="450"/>
        <source>{m} min {s:02d} s</source>
        <translation>{m}분 {s:02d}초</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="472"/>
        <source>{name} {accuracy:.1%}</source>
        <translation>{name} {accuracy:.1%}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="476"/>
        <source>Stopped. The pictures show what the networks had learned by then. {summary}</source>
        <translation>멈췄습니다. 그림은 신경망들이 그때까지 배운 것을 보여 줍니다. {summary}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="479"/>
        <source>Finished in {time}: test accuracy {summary}.</source>
        <translation>{time} 만에 끝났습니다. 테스트 정확도: {summary}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="487"/>
        <source>Could not load {name}: {message}</source>
        <translation>{name}을(를) 불러올 수 없습니다: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="490"/>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="491"/>
        <source>Training failed: {message}</source>
        <translation>학습 실패: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="510"/>
        <source>Not trained yet.</source>
        <translation>아직 학습하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="512"/>
        <source>Under each digit: prediction (true label). Mistakes are framed in red.</source>
        <translation>숫자 아래: 예측 (정답). 틀린 것은 빨간 테두리로 표시합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="513"/>
        <source>Rows: the true digit; columns: the network&apos;s answer.</source>
        <translation>행: 실제 숫자, 열: 신경망의 답.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="515"/>
        <source>{name}, {when}: test accuracy {accuracy:.2%}</source>
        <translation>{name}, {when}: 테스트 정확도 {accuracy:.2%}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="521"/>
        <source>Rows: the true digit; columns: the network&apos;s answer. Most frequent mistake: {true} taken for {guess} ({count:,} times).</source>
        <translation>행: 실제 숫자, 열: 신경망의 답. 가장 많은 실수: {true}을(를) {guess}(으)로 봄 ({count:,}번).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="526"/>
        <source>{mistakes:,} mistakes in {count:,} test digits. Under each digit: prediction (true label); mistakes framed in red. Click a digit to put it on the drawing pad.</source>
        <translation>테스트 숫자 {count:,}개 중 {mistakes:,}개를 틀렸습니다. 숫자 아래: 예측 (정답). 틀린 것은 빨간 테두리. 숫자를 클릭하면 그리기 패드에 올라갑니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="535"/>
        <source>before training</source>
        <translation>학습 전</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="538"/>
        <source>after epoch {epoch}</source>
        <translation>에포크 {epoch} 후</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="539"/>
        <source>during epoch {epoch} (batch {batch})</source>
        <translation>에포크 {epoch} 도중 (배치 {batch})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="556"/>
        <source>Draw a digit on the pad, or put a test digit on it.</source>
        <translation>패드에 숫자를 그리거나 테스트 숫자를 올리세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="558"/>
        <source>Train or load a network first.</source>
        <translation>먼저 신경망을 학습하거나 불러오세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="561"/>
        <source>{name} says {digit} ({p:.0%} sure)</source>
        <translation>{name}의 답: {digit} (확신 {p:.0%})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="571"/>
        <source>(test digit {index}: a {label})</source>
        <translation>(테스트 숫자 {index}: 정답 {label})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="590"/>
        <source>Save weights</source>
        <translation>가중치 저장</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="590"/>
        <source>PyTorch weights (*.pt)</source>
        <translation>PyTorch 가중치 (*.pt)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="596"/>
        <location filename="../../desktop_app/gui/mnist/view.py" line="639"/>
        <source>Could not write {path}: {error}</source>
        <translation>{path}에 쓸 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="598"/>
        <source>Weights of the {name} saved to {path}</source>
        <translation>{name}의 가중치를 {path}에 저장했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="609"/>
        <source>Load weights</source>
        <translation>가중치 불러오기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="610"/>
        <source>PyTorch weights (*.pt *.pth);;All files (*)</source>
        <translation>PyTorch 가중치 (*.pt *.pth);;모든 파일 (*)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="613"/>
        <source>Loading {name}…</source>
        <translation>{name}을(를) 불러오는 중…</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="533"/>
        <source>loaded from {file}</source>
        <translation>{file}에서 불러옴</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="623"/>
        <source>Loaded {file}: the {name}, test accuracy {accuracy:.2%}.</source>
        <translation>{file}을(를) 불러왔습니다: {name}, 테스트 정확도 {accuracy:.2%}.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="632"/>
        <source>Export training history</source>
        <translation>학습 기록 내보내기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="633"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/view.py" line="641"/>
        <source>History written to {path}</source>
        <translation>학습 기록을 {path}에 저장했습니다</translation>
    </message>
</context>
<context>
    <name>NetworksPanel</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="56"/>
        <source>Networks</source>
        <extracomment>The curves&apos; colour of each network, shared by every view that names it.</extracomment>
        <translation>신경망</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="61"/>
        <source>RMSprop (Keras)</source>
        <translation>RMSprop (Keras)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="65"/>
        <source>The Keras network&apos;s optimizer; the lesson&apos;s is RMSprop with Keras&apos;s rule</source>
        <translation>Keras 신경망의 옵티마이저. 수업에서는 Keras 규칙의 RMSprop을 씁니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="66"/>
        <source>w -= lr × grad (lesson)</source>
        <translation>w -= lr × grad (수업)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="67"/>
        <source>The from-scratch network updates its weights by hand, as the lesson writes it</source>
        <translation>직접 구현한 신경망은 수업 코드처럼 가중치를 손으로 갱신합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="70"/>
        <source>Update</source>
        <translation>갱신 규칙</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="71"/>
        <source>Learning rate</source>
        <translation>학습률</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="72"/>
        <source>Epochs</source>
        <translation>에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="73"/>
        <source>Keras network</source>
        <translation>Keras 신경망</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="73"/>
        <source>From scratch</source>
        <translation>직접 구현</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="75"/>
        <source>784 → Dense 512 relu → Dense 10 softmax, Glorot-uniform weights, zero biases, a fresh shuffle each epoch</source>
        <translation>784 → Dense 512 relu → Dense 10 softmax, Glorot 균등 초기 가중치, 0 편향, 에포크마다 새로 섞기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="77"/>
        <source>The lesson&apos;s NaiveDense layers (weights uniform in [0, 0.1]), batches in order</source>
        <translation>수업의 NaiveDense 층 (가중치는 [0, 0.1]에서 균등), 배치는 순서대로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="86"/>
        <source>Learning rate (the lesson&apos;s: 0.001)</source>
        <translation>학습률 (수업 값: 0.001)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="89"/>
        <source>The lesson&apos;s: {epochs}</source>
        <translation>수업 값: {epochs}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="97"/>
        <source>Lesson defaults: Keras network RMSprop 0.001, 5 epochs; from scratch w -= lr × grad 0.001, 10 epochs.</source>
        <translation>수업 기본값: Keras 신경망 RMSprop 0.001, 5 에포크 / 직접 구현 w -= lr × grad 0.001, 10 에포크.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="101"/>
        <source>Both at once</source>
        <translation>둘 다 동시에</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="102"/>
        <source>One after the other</source>
        <translation>하나씩 차례로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="110"/>
        <source>Units in the hidden layer</source>
        <translation>은닉층의 유닛 수</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="112"/>
        <source>all</source>
        <translation>전체</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="114"/>
        <source>Train on the first N training images only (quicker demos)</source>
        <translation>처음 N장의 학습 이미지만으로 학습 (빠른 시연용)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="116"/>
        <source>Auto (GPU if available)</source>
        <translation>자동 (GPU가 있으면 GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="116"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="117"/>
        <source>CUDA (NVIDIA GPU)</source>
        <translation>CUDA (NVIDIA GPU)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="121"/>
        <source>CUDA is not available: {reason}</source>
        <translation>CUDA를 쓸 수 없습니다: {reason}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="124"/>
        <source>The same seed gives the same starting weights and batch order</source>
        <translation>같은 시드는 같은 초기 가중치와 배치 순서를 줍니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="130"/>
        <source>Batch size</source>
        <translation>배치 크기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="131"/>
        <source>Hidden units</source>
        <translation>은닉 유닛</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="132"/>
        <source>Training images</source>
        <translation>학습 이미지</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="133"/>
        <source>Device</source>
        <translation>장치</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="134"/>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="151"/>
        <source>RMSprop as Keras</source>
        <translation>Keras식 RMSprop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="154"/>
        <source>w -= lr × grad</source>
        <translation>w -= lr × grad</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="155"/>
        <source>{rule}, lr {lr}, {epochs} epochs</source>
        <translation>{rule}, 학습률 {lr}, {epochs} 에포크</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="181"/>
        <source>Tick at least one network to train</source>
        <translation>학습할 신경망을 하나 이상 고르세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/mnist/networks_panel.py" line="186"/>
        <source>The learning rate must be a positive number, e.g. 0.001</source>
        <translation>학습률은 양수여야 합니다. 예: 0.001</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../../desktop_app/gui/mnist/draw_pad.py" line="202"/>
        <source>Train or load a network to see its ten probabilities.</source>
        <translation>신경망을 학습하거나 불러오면 열 개의 확률이 보입니다.</translation>
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
