<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="110"/>
        <source>finished {steps} steps</source>
        <translation>{steps}단계를 마쳤습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="112"/>
        <source>stopped by the user</source>
        <translation>사용자가 멈춤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="114"/>
        <source>time limit of {seconds} s reached</source>
        <translation>제한 시간 {seconds}초에 도달했습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="116"/>
        <source>the loss</source>
        <translation>손실</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="116"/>
        <source>the gradient</source>
        <translation>기울기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="117"/>
        <source>NaN (not a number)</source>
        <translation>NaN(숫자가 아님)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="117"/>
        <source>infinite</source>
        <translation>무한대</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="119"/>
        <source>{what} is {kind} at the start values: check the start values and the data</source>
        <translation>시작값에서 {what}이(가) {kind}입니다: 시작값과 데이터를 확인하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="121"/>
        <source>{what} became {kind} at step {step}: the learning rate is probably too large</source>
        <translation>{step}단계에서 {what}이(가) {kind}이(가) 되었습니다: 학습률이 너무 큰 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="124"/>
        <source>the loss exploded to {loss} at step {step} (beyond {bound}): the learning rate is probably too large</source>
        <translation>{step}단계에서 손실이 {loss}(으)로 폭발했습니다 ({bound} 초과): 학습률이 너무 큰 것 같습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="128"/>
        <source>converged: the gradient norm {norm} is at most grad_tol {tol} (step {step})</source>
        <translation>수렴: 기울기 노름 {norm}이(가) grad_tol {tol} 이하입니다 ({step}단계)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="131"/>
        <source>converged: the loss changed by {change}, at most loss_tol {tol} (step {step})</source>
        <translation>수렴: 손실 변화 {change}이(가) loss_tol {tol} 이하입니다 ({step}단계)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="158"/>
        <source>line {line}, col {col}: {message}</source>
        <translation>{line}행 {col}열: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="160"/>
        <source>line {line}: {message}</source>
        <translation>{line}행: {message}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="171"/>
        <source>lambda is not allowed</source>
        <translation>lambda는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="172"/>
        <source>comprehensions are not allowed</source>
        <translation>컴프리헨션은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="173"/>
        <source>f-strings are not allowed</source>
        <translation>f-문자열은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="174"/>
        <source>`:=` (assignment inside an expression) is not allowed</source>
        <translation>`:=`(식 안의 대입)는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="175"/>
        <source>comparisons (&lt;, ==, ...) are not allowed</source>
        <translation>비교(&lt;, == 등)는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="176"/>
        <source>`and` / `or` are not allowed</source>
        <translation>`and` / `or`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="177"/>
        <source>`... if ... else ...` is not allowed</source>
        <translation>`... if ... else ...`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="178"/>
        <source>lists are not allowed in an expression; give arrays as values instead</source>
        <translation>식에는 리스트를 쓸 수 없습니다. 배열은 값으로 주세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="179"/>
        <source>tuples are not allowed in an expression</source>
        <translation>식에는 튜플을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="180"/>
        <source>sets are not allowed in an expression</source>
        <translation>식에는 집합을 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="181"/>
        <source>dicts are not allowed in an expression</source>
        <translation>식에는 딕셔너리를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="182"/>
        <source>`*` unpacking is not allowed</source>
        <translation>`*` 풀어 쓰기는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="183"/>
        <source>`await` is not allowed</source>
        <translation>`await`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="184"/>
        <source>`yield` is not allowed</source>
        <translation>`yield`는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="185"/>
        <source>slices are only allowed inside brackets, e.g. x[1:3]</source>
        <translation>슬라이스는 대괄호 안에서만 쓸 수 있습니다. 예: x[1:3]</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="186"/>
        <source>text in quotes is not allowed in an expression</source>
        <translation>식에는 따옴표로 감싼 텍스트를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="187"/>
        <source>complex numbers are not allowed</source>
        <translation>복소수는 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="188"/>
        <source>only functions can be called, by name, e.g. sum(x)</source>
        <translation>함수만 이름으로 호출할 수 있습니다. 예: sum(x)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="197"/>
        <source>{name} takes {minimum} or {maximum} arguments ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 {minimum}개 또는 {maximum}개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="198"/>
        <source>{name} takes one argument ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 1개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="199"/>
        <source>{name} takes two arguments ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 2개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="200"/>
        <source>{name} takes three arguments ({signature}), not {given}</source>
        <translation>{name}은(는) 인수를 3개 받습니다 ({signature}). {given}개가 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="210"/>
        <source>unknown name `{name}` (did you mean `{suggestion}`?)</source>
        <translation>알 수 없는 이름 `{name}` (`{suggestion}`을(를) 뜻했나요?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="213"/>
        <source>unknown name `{name}`</source>
        <translation>알 수 없는 이름 `{name}`</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="215"/>
        <source>{problem}; defined names: {names}</source>
        <translation>{problem}; 정의된 이름: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="216"/>
        <source>{problem}; no names are defined yet</source>
        <translation>{problem}; 아직 정의된 이름이 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="218"/>
        <source>the expression must be text</source>
        <translation>식은 텍스트여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="219"/>
        <source>expression too long ({length} characters; the limit is {limit})</source>
        <translation>식이 너무 깁니다 ({length}자, 한도 {limit}자)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="220"/>
        <source>too many lines ({lines}; the limit is {limit})</source>
        <translation>줄이 너무 많습니다 ({lines}줄, 한도 {limit}줄)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="221"/>
        <source>the text contains a null character</source>
        <translation>텍스트에 널 문자가 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="222"/>
        <source>expression nested too deeply (more than {limit} levels)</source>
        <translation>식이 너무 깊게 중첩되었습니다 ({limit}단계 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="223"/>
        <source>number too long</source>
        <translation>숫자가 너무 깁니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="224"/>
        <source>syntax error: this is not a valid expression here</source>
        <translation>구문 오류: 여기에는 올바른 식이 아닙니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="225"/>
        <source>syntax error: {detail}</source>
        <translation>구문 오류: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="226"/>
        <source>the text cannot be read: {detail}</source>
        <translation>텍스트를 읽을 수 없습니다: {detail}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="227"/>
        <source>expression too large (more than {limit} parts)</source>
        <translation>식이 너무 큽니다 ({limit}개 부분 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="228"/>
        <source>the expression is empty</source>
        <translation>식이 비어 있습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="229"/>
        <source>the last line must be the loss expression, not an assignment (add a last line such as `{name}`)</source>
        <translation>마지막 줄은 대입이 아니라 손실 식이어야 합니다 (`{name}` 같은 마지막 줄을 추가하세요)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="231"/>
        <source>assign one name per line, e.g. `pred = w*x + b`</source>
        <translation>한 줄에 이름 하나만 대입하세요. 예: `pred = w*x + b`</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="232"/>
        <source>only a plain name can be assigned, e.g. `pred = w*x + b`</source>
        <translation>단순한 이름에만 대입할 수 있습니다. 예: `pred = w*x + b`</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="233"/>
        <source>`+=` and similar are not allowed; write `name = expression`</source>
        <translation>`+=` 같은 연산은 쓸 수 없습니다. `이름 = 식`으로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="234"/>
        <source>type annotations are not allowed; write `name = expression`</source>
        <translation>타입 표기는 쓸 수 없습니다. `이름 = 식`으로 쓰세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="236"/>
        <source>this kind of statement is not allowed in an expression</source>
        <translation>이런 문장은 식에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="237"/>
        <source>`{keyword}` is not allowed in an expression</source>
        <translation>`{keyword}`은(는) 식에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="238"/>
        <source>`{name}` is a function name; choose another name</source>
        <translation>`{name}`은(는) 함수 이름입니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="239"/>
        <source>`{name}` is already defined on line {defined_line}</source>
        <translation>`{name}`은(는) 이미 {defined_line}행에서 정의되었습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="240"/>
        <source>`{name}` is used before this line; define helpers before using them, each with a new name</source>
        <translation>`{name}`이(가) 이 줄보다 먼저 쓰였습니다. 보조 이름은 쓰기 전에 새 이름으로 정의하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="242"/>
        <source>`{name}`: names starting with `__` are not allowed</source>
        <translation>`{name}`: `__`로 시작하는 이름은 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="243"/>
        <source>the operator `{symbol}` is not allowed; use + - * / ** @</source>
        <translation>연산자 `{symbol}`은(는) 쓸 수 없습니다. + - * / ** @를 쓰세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="244"/>
        <source>`{attribute}`: attributes are not allowed (only `.T`)</source>
        <translation>`{attribute}`: 속성은 쓸 수 없습니다 (`.T`만 가능)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="192"/>
        <source>`{source}` is not allowed here</source>
        <translation>`{source}`은(는) 여기에 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="246"/>
        <source>number too large: {number} (the limit is {limit})</source>
        <translation>숫자가 너무 큽니다: {number} (한도 {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="248"/>
        <source>`{name}` is a function; call it like {name}(x)</source>
        <translation>`{name}`은(는) 함수입니다. {name}(x)처럼 호출하세요</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="249"/>
        <source>power exponent too large: {source} (powers of powers are not allowed)</source>
        <translation>거듭제곱 지수가 너무 큽니다: {source} (거듭제곱의 거듭제곱은 쓸 수 없습니다)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="251"/>
        <source>power exponent too large: {source} (the limit is {limit})</source>
        <translation>거듭제곱 지수가 너무 큽니다: {source} (한도 {limit})</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="253"/>
        <source>`{name}` is not a known function (did you mean `{suggestion}`?)</source>
        <translation>`{name}`은(는) 알려진 함수가 아닙니다 (`{suggestion}`을(를) 뜻했나요?)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="255"/>
        <source>`{name}` is not a known function; available: {names}</source>
        <translation>`{name}`은(는) 알려진 함수가 아닙니다. 쓸 수 있는 함수: {names}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="257"/>
        <source>`{keyword}=` is not allowed in {signature}</source>
        <translation>{signature}에는 `{keyword}=`를 쓸 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="259"/>
        <source>{signature} takes one array and one axis</source>
        <translation>{signature}은(는) 배열 하나와 축 하나를 받습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="261"/>
        <source>the axis of {name} must be a whole number such as 0 or 1</source>
        <translation>{name}의 축은 0이나 1 같은 정수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="262"/>
        <source>indices must be whole numbers or slices such as x[0], x[1:3] or X[:, 0]</source>
        <translation>인덱스는 x[0], x[1:3], X[:, 0]처럼 정수나 슬라이스여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="263"/>
        <source>slice steps must be positive</source>
        <translation>슬라이스 간격은 양수여야 합니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="264"/>
        <source>the result of `{source}` would have {count} elements (shape {shape}); the limit is {limit}</source>
        <translation>`{source}`의 결과는 원소가 {count}개가 됩니다 (모양 {shape}). 한도는 {limit}개입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="267"/>
        <source>`{name}` has {count} elements; the limit is {limit}</source>
        <translation>`{name}`의 원소는 {count}개입니다. 한도는 {limit}개입니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="269"/>
        <source>the expression computes too many numbers in all (more than {limit})</source>
        <translation>식이 계산하는 수가 모두 합해 너무 많습니다 ({limit}개 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="271"/>
        <source>the matrix products need too many multiplications in all (more than {limit})</source>
        <translation>행렬 곱에 필요한 곱셈이 모두 합해 너무 많습니다 ({limit}회 초과)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="273"/>
        <source>cannot combine shapes {shapes} here</source>
        <translation>여기서는 모양 {shapes}을(를) 함께 계산할 수 없습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="274"/>
        <source> and </source>
        <translation>와(과) </translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="275"/>
        <source>axis {axis} is out of range for shape {shape}</source>
        <translation>축 {axis}은(는) 모양 {shape}의 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="277"/>
        <source>too many indices for `{source}` with shape {shape}</source>
        <translation>모양이 {shape}인 `{source}`에 인덱스가 너무 많습니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="279"/>
        <source>index {index} is out of range for axis {axis} of `{source}` with shape {shape}</source>
        <translation>인덱스 {index}이(가) 모양이 {shape}인 `{source}`의 축 {axis} 범위를 벗어납니다</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="282"/>
        <source>cannot compute `{what}`: {detail}</source>
        <translation>`{what}`을(를) 계산할 수 없습니다: {detail}</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="51"/>
        <source>The lessons&apos; loop: parameter -= learning rate × gradient.</source>
        <extracomment>core.optimizers&apos; help texts, marked for lupdate (QT_TRANSLATE_NOOP returns them unchanged).</extracomment>
        <translation>강의의 반복문: 매개변수 -= 학습률 × 기울기.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="52"/>
        <source>Learning rate: how far each step moves; too small crawls, too large overshoots or diverges.</source>
        <translation>학습률: 한 단계에 얼마나 움직일지. 너무 작으면 느리게 기어가고, 너무 크면 지나치거나 발산합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="53"/>
        <source>Move a fixed step against the sign of the gradient (the lesson&apos;s &apos;move 0.01 toward the lower side&apos;).</source>
        <translation>기울기 부호의 반대쪽으로 일정한 거리만큼 움직입니다 (강의의 &apos;낮은 쪽으로 0.01 이동&apos;).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="54"/>
        <source>Step size: each parameter moves exactly this far toward the lower side, whatever the slope.</source>
        <translation>이동 거리: 기울기가 얼마든 각 매개변수가 낮은 쪽으로 정확히 이만큼 움직입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="55"/>
        <source>PyTorch&apos;s SGD: gradient descent with optional momentum and weight decay.</source>
        <translation>PyTorch의 SGD: 모멘텀과 가중치 감쇠를 선택할 수 있는 경사 하강법.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="56"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction.</source>
        <translation>모멘텀: 이전 이동량 중 남겨 두는 비율. 같은 방향으로 갈수록 속도가 붙습니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="57"/>
        <source>Dampening: scales down the new gradient&apos;s share of the momentum (0 = the full gradient is added).</source>
        <translation>감쇠(dampening): 모멘텀에 더해지는 새 기울기의 몫을 줄입니다 (0이면 기울기를 그대로 더함).</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="58"/>
        <source>Weight decay (L2 penalty): adds weight_decay × parameter to the gradient, pulling parameters toward 0.</source>
        <translation>가중치 감쇠 (L2 벌점): 기울기에 weight_decay × 매개변수를 더해 매개변수를 0 쪽으로 당깁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="59"/>
        <source>Gradient descent that keeps a running velocity, so it speeds up in steady directions and damps zig-zags.</source>
        <translation>속도를 유지하는 경사 하강법. 꾸준한 방향에서는 빨라지고 지그재그는 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="60"/>
        <source>Momentum that looks ahead: the gradient is combined with where the velocity is about to carry the parameter.</source>
        <translation>앞을 내다보는 모멘텀: 속도가 매개변수를 데려갈 곳에서의 기울기를 함께 씁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="61"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction. Nesterov needs it above 0.</source>
        <translation>모멘텀: 이전 이동량 중 남겨 두는 비율. 같은 방향으로 갈수록 속도가 붙습니다. 네스테로프는 0보다 커야 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="62"/>
        <source>Divides each step by the root of a running average of squared gradients, so every parameter gets its own step size.</source>
        <translation>각 단계를 기울기 제곱의 이동 평균의 제곱근으로 나누어, 매개변수마다 자기만의 이동 크기를 갖게 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="63"/>
        <source>Rho (torch&apos;s RMSprop `alpha`): how much of the running average of squared gradients is kept; Keras uses 0.9.</source>
        <translation>Rho (torch RMSprop의 `alpha`): 기울기 제곱의 이동 평균을 얼마나 유지할지. Keras는 0.9를 씁니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="64"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero. (Keras uses 1e-7.)</source>
        <translation>엡실론: 0으로 나누지 않도록 분모에 더하는 아주 작은 수. (Keras는 1e-7을 씁니다.)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="65"/>
        <source>Centered: divide by the gradient&apos;s running variance instead of its running mean square.</source>
        <translation>Centered: 기울기 제곱의 이동 평균 대신 기울기의 이동 분산으로 나눕니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="66"/>
        <source>Momentum (m) plus per-parameter step sizes from squared gradients (v), with bias correction for the first steps.</source>
        <translation>모멘텀(m)에 기울기 제곱(v)으로 정한 매개변수별 이동 크기를 더하고, 초기 단계의 편향을 보정합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="67"/>
        <source>Beta1: how much of the running average of gradients (m) is kept each step; close to 1 = long memory.</source>
        <translation>Beta1: 기울기의 이동 평균(m)을 매 단계 얼마나 유지할지. 1에 가까울수록 오래 기억합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="68"/>
        <source>Beta2: how much of the running average of squared gradients (v) is kept each step.</source>
        <translation>Beta2: 기울기 제곱의 이동 평균(v)을 매 단계 얼마나 유지할지.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="69"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero.</source>
        <translation>엡실론: 0으로 나누지 않도록 분모에 더하는 아주 작은 수.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="70"/>
        <source>AMSGrad: use the largest v seen so far, so the effective step size never grows back.</source>
        <translation>AMSGrad: 지금까지 본 가장 큰 v를 써서, 실제 이동 크기가 다시 커지지 않게 합니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="71"/>
        <source>Adam with weight decay applied directly to the parameters rather than through the gradient.</source>
        <translation>가중치 감쇠를 기울기가 아니라 매개변수에 직접 적용하는 Adam.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="72"/>
        <source>Decoupled weight decay: each step also shrinks parameters by lr × weight_decay × parameter.</source>
        <translation>분리된 가중치 감쇠: 매 단계 매개변수를 lr × weight_decay × 매개변수만큼 더 줄입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="73"/>
        <source>Divides each step by the root of the sum of all squared gradients so far, so steps shrink over time.</source>
        <translation>각 단계를 지금까지의 기울기 제곱 합의 제곱근으로 나누어, 이동 크기가 점점 줄어듭니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="74"/>
        <source>Learning-rate decay: the step size at step k is lr / (1 + k × lr_decay).</source>
        <translation>학습률 감소: k번째 단계의 이동 크기는 lr / (1 + k × lr_decay)입니다.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="75"/>
        <source>Initial accumulator: the starting value of the sum of squared gradients.</source>
        <translation>초기 누적값: 기울기 제곱 합의 시작값.</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="36"/>
        <source>Gradient descent</source>
        <translation>경사 하강법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="37"/>
        <source>Sign descent</source>
        <translation>부호 하강법</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="38"/>
        <source>SGD (torch.optim.SGD)</source>
        <translation>SGD (torch.optim.SGD)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="39"/>
        <source>SGD with momentum</source>
        <translation>모멘텀 SGD</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="40"/>
        <source>Nesterov momentum</source>
        <translation>네스테로프 모멘텀</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="41"/>
        <source>RMSprop</source>
        <translation>RMSprop</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="42"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="43"/>
        <source>AdamW</source>
        <translation>AdamW</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="44"/>
        <source>Adagrad</source>
        <translation>Adagrad</translation>
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
        <translation>끝남</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="25"/>
        <source>converged</source>
        <translation>수렴함</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="26"/>
        <source>diverged</source>
        <translation>발산함</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="27"/>
        <source>stopped</source>
        <translation>멈춤</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="28"/>
        <source>failed</source>
        <translation>실패</translation>
    </message>
</context>
</TS>
