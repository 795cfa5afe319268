<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko" sourcelanguage="en">
<context>
    <name></name>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="130"/>
        <source>Type a loss and press Run:
its picture appears here.</source>
        <extracomment>Points of the scans that find a 1-D range&apos;s wells (core.plot_ranges). Most loss evaluations × data elements for one picture (it is computed in the GUI thread); large data sets get a coarser grid, and no picture below MIN_POINTS points per axis. Elements per parameter named for the small multiples (a big tensor is recorded as summaries). Margin added around a run&apos;s path when the range is widened to contain it. A path much wider than the drawn range is left to run off it rather than squash the picture. The model&apos;s fields a picture depends on.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="132"/>
        <source>The picture follows once the loss and every value are complete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="162"/>
        <source>No picture for this loss: {error}</source>
        <translation>이 손실 함수는 그림으로 그릴 수 없습니다: {error}</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/pictures.py" line="171"/>
        <source>too much data to draw the loss over a grid quickly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="110"/>
        <source>finished {steps} steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="112"/>
        <source>stopped by the user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="114"/>
        <source>time limit of {seconds} s reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="116"/>
        <source>the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="116"/>
        <source>the gradient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="117"/>
        <source>NaN (not a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="117"/>
        <source>infinite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="119"/>
        <source>{what} is {kind} at the start values: check the start values and the data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="121"/>
        <source>{what} became {kind} at step {step}: the learning rate is probably too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="124"/>
        <source>the loss exploded to {loss} at step {step} (beyond {bound}): the learning rate is probably too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="128"/>
        <source>converged: the gradient norm {norm} is at most grad_tol {tol} (step {step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="131"/>
        <source>converged: the loss changed by {change}, at most loss_tol {tol} (step {step})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="158"/>
        <source>line {line}, col {col}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="160"/>
        <source>line {line}: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="171"/>
        <source>lambda is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="172"/>
        <source>comprehensions are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="173"/>
        <source>f-strings are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="174"/>
        <source>`:=` (assignment inside an expression) is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="175"/>
        <source>comparisons (&lt;, ==, ...) are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="176"/>
        <source>`and` / `or` are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="177"/>
        <source>`... if ... else ...` is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="178"/>
        <source>lists are not allowed in an expression; give arrays as values instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="179"/>
        <source>tuples are not allowed in an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="180"/>
        <source>sets are not allowed in an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="181"/>
        <source>dicts are not allowed in an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="182"/>
        <source>`*` unpacking is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="183"/>
        <source>`await` is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="184"/>
        <source>`yield` is not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="185"/>
        <source>slices are only allowed inside brackets, e.g. x[1:3]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="186"/>
        <source>text in quotes is not allowed in an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="187"/>
        <source>complex numbers are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="188"/>
        <source>only functions can be called, by name, e.g. sum(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="192"/>
        <source>`{source}` is not allowed here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="197"/>
        <source>{name} takes {minimum} or {maximum} arguments ({signature}), not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="198"/>
        <source>{name} takes one argument ({signature}), not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="199"/>
        <source>{name} takes two arguments ({signature}), not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="200"/>
        <source>{name} takes three arguments ({signature}), not {given}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="210"/>
        <source>unknown name `{name}` (did you mean `{suggestion}`?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="213"/>
        <source>unknown name `{name}`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="215"/>
        <source>{problem}; defined names: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="216"/>
        <source>{problem}; no names are defined yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="218"/>
        <source>the expression must be text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="219"/>
        <source>expression too long ({length} characters; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="220"/>
        <source>too many lines ({lines}; the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="221"/>
        <source>the text contains a null character</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="222"/>
        <source>expression nested too deeply (more than {limit} levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="223"/>
        <source>number too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="224"/>
        <source>syntax error: this is not a valid expression here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="225"/>
        <source>syntax error: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="226"/>
        <source>the text cannot be read: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="227"/>
        <source>expression too large (more than {limit} parts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="228"/>
        <source>the expression is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="229"/>
        <source>the last line must be the loss expression, not an assignment (add a last line such as `{name}`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="231"/>
        <source>assign one name per line, e.g. `pred = w*x + b`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="232"/>
        <source>only a plain name can be assigned, e.g. `pred = w*x + b`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="233"/>
        <source>`+=` and similar are not allowed; write `name = expression`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="234"/>
        <source>type annotations are not allowed; write `name = expression`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="236"/>
        <source>this kind of statement is not allowed in an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="237"/>
        <source>`{keyword}` is not allowed in an expression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="238"/>
        <source>`{name}` is a function name; choose another name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="239"/>
        <source>`{name}` is already defined on line {defined_line}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="240"/>
        <source>`{name}` is used before this line; define helpers before using them, each with a new name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="242"/>
        <source>`{name}`: names starting with `__` are not allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="243"/>
        <source>the operator `{symbol}` is not allowed; use + - * / ** @</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="244"/>
        <source>`{attribute}`: attributes are not allowed (only `.T`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="246"/>
        <source>number too large: {number} (the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="248"/>
        <source>`{name}` is a function; call it like {name}(x)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="249"/>
        <source>power exponent too large: {source} (powers of powers are not allowed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="251"/>
        <source>power exponent too large: {source} (the limit is {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="253"/>
        <source>`{name}` is not a known function (did you mean `{suggestion}`?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="255"/>
        <source>`{name}` is not a known function; available: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="257"/>
        <source>`{keyword}=` is not allowed in {signature}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="259"/>
        <source>{signature} takes one array and one axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="261"/>
        <source>the axis of {name} must be a whole number such as 0 or 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="262"/>
        <source>indices must be whole numbers or slices such as x[0], x[1:3] or X[:, 0]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="263"/>
        <source>slice steps must be positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="264"/>
        <source>the result of `{source}` would have {count} elements (shape {shape}); the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="267"/>
        <source>`{name}` has {count} elements; the limit is {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="269"/>
        <source>the expression computes too many numbers in all (more than {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="271"/>
        <source>the matrix products need too many multiplications in all (more than {limit})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="273"/>
        <source>cannot combine shapes {shapes} here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="274"/>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="275"/>
        <source>axis {axis} is out of range for shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="277"/>
        <source>too many indices for `{source}` with shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="279"/>
        <source>index {index} is out of range for axis {axis} of `{source}` with shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="282"/>
        <source>cannot compute `{what}`: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="296"/>
        <source>Type a loss first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="301"/>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="303"/>
        <source>unknown name `{name}` — did you mean `{suggestion}`? (or add it as a parameter)</source>
        <translation>알 수 없는 이름 `{name}` — `{suggestion}`을(를) 뜻했나요? (아니면 파라미터로 추가하세요)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="306"/>
        <source>`{name}` has no value yet: type its start value, or make it data and type its values.</source>
        <translation>`{name}`에 아직 값이 없습니다: 시작값을 입력하거나, 데이터로 바꾸고 값을 입력하세요.</translation>
    </message>
</context>
<context>
    <name>CoreTexts</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="51"/>
        <source>The lessons&apos; loop: parameter -= learning rate × gradient.</source>
        <extracomment>core.optimizers&apos; help texts, marked for lupdate (QT_TRANSLATE_NOOP returns them unchanged).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="52"/>
        <source>Learning rate: how far each step moves; too small crawls, too large overshoots or diverges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="53"/>
        <source>Move a fixed step against the sign of the gradient (the lesson&apos;s &apos;move 0.01 toward the lower side&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="54"/>
        <source>Step size: each parameter moves exactly this far toward the lower side, whatever the slope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="55"/>
        <source>PyTorch&apos;s SGD: gradient descent with optional momentum and weight decay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="56"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="57"/>
        <source>Dampening: scales down the new gradient&apos;s share of the momentum (0 = the full gradient is added).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="58"/>
        <source>Weight decay (L2 penalty): adds weight_decay × parameter to the gradient, pulling parameters toward 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="59"/>
        <source>Gradient descent that keeps a running velocity, so it speeds up in steady directions and damps zig-zags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="60"/>
        <source>Momentum that looks ahead: the gradient is combined with where the velocity is about to carry the parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="61"/>
        <source>Momentum: the fraction of the previous step that is kept, so steps build up speed along a consistent direction. Nesterov needs it above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="62"/>
        <source>Divides each step by the root of a running average of squared gradients, so every parameter gets its own step size.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="63"/>
        <source>Rho (torch&apos;s RMSprop `alpha`): how much of the running average of squared gradients is kept; Keras uses 0.9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="64"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero. (Keras uses 1e-7.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="65"/>
        <source>Centered: divide by the gradient&apos;s running variance instead of its running mean square.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="66"/>
        <source>Momentum (m) plus per-parameter step sizes from squared gradients (v), with bias correction for the first steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="67"/>
        <source>Beta1: how much of the running average of gradients (m) is kept each step; close to 1 = long memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="68"/>
        <source>Beta2: how much of the running average of squared gradients (v) is kept each step.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="69"/>
        <source>Epsilon: a tiny number added to the denominator so the step never divides by zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="70"/>
        <source>AMSGrad: use the largest v seen so far, so the effective step size never grows back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="71"/>
        <source>Adam with weight decay applied directly to the parameters rather than through the gradient.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="72"/>
        <source>Decoupled weight decay: each step also shrinks parameters by lr × weight_decay × parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="73"/>
        <source>Divides each step by the root of the sum of all squared gradients so far, so steps shrink over time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="74"/>
        <source>Learning-rate decay: the step size at step k is lr / (1 + k × lr_decay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="75"/>
        <source>Initial accumulator: the starting value of the sum of squared gradients.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CsvImportDialog</name>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="357"/>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="377"/>
        <source>(keep as it is)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="379"/>
        <source>column {column}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="385"/>
        <source>The expression has no names yet: type it first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="393"/>
        <source>{rows} rows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="394"/>
        <source>{rows} rows; the first {shown} are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="397"/>
        <source>Which column becomes which name?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GuessLink</name>
    <message>
        <location filename="../../desktop_app/gui/guess_link.py" line="66"/>
        <source>Guessing needs a loss with one or two scalar parameters that can run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="166"/>
        <source>Loss</source>
        <extracomment>Font scale of presentation mode, and the factor of one Ctrl+= / Ctrl+- press. Consecutive optimizer-field edits merge into one undo step (typing a learning rate). The model&apos;s fields that decide whether (and how) a run can start. Slowest step delay (seconds) at which the views still follow every step of a running run.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="169"/>
        <source>Parameters and data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="194"/>
        <source>Lessons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="195"/>
        <source>Plots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="205"/>
        <source>Derivative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="206"/>
        <source>Graph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="207"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="208"/>
        <source>Runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="209"/>
        <source>Guess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="249"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="249"/>
        <location filename="../../desktop_app/gui/main_window.py" line="723"/>
        <source>Start the run (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="250"/>
        <location filename="../../desktop_app/gui/main_window.py" line="730"/>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="251"/>
        <source>Pause or resume the run (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="252"/>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="252"/>
        <source>Take one step (F10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="253"/>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="253"/>
        <source>Stop the run (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="254"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="255"/>
        <source>Stop and clear every run, back to the start values (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="256"/>
        <source>Compare learning rates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="257"/>
        <source>Run several learning rates side by side (Ctrl+L)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="259"/>
        <source>New lesson</source>
        <translation>새 수업</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="260"/>
        <source>Start an empty lesson (Ctrl+N)</source>
        <translation>빈 수업을 시작합니다 (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="261"/>
        <source>Open session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="263"/>
        <source>Save session…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="266"/>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="268"/>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="273"/>
        <source>Export all runs as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="274"/>
        <source>Export the selected run as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="276"/>
        <source>Export plot as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="277"/>
        <source>Export plot as SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="278"/>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="279"/>
        <source>Presentation mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="280"/>
        <source>Larger fonts and thicker lines for a projector (F11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="283"/>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="285"/>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="286"/>
        <source>Normal size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="287"/>
        <source>Logarithmic loss axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="290"/>
        <source>Guess the next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="291"/>
        <source>Before each step the class guesses where it goes (F9)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="294"/>
        <source>Step back</source>
        <translation>한 단계 뒤로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="294"/>
        <source>Step on</source>
        <translation>한 단계 앞으로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="300"/>
        <source>Run controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="314"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="319"/>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="322"/>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="326"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="331"/>
        <source>Details pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="335"/>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="345"/>
        <source>&amp;Presets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="347"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="348"/>
        <source>Expression language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="349"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="351"/>
        <source>About Gradient Lab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="369"/>
        <source>loading PyTorch…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="393"/>
        <source>Change the numeric derivative</source>
        <translation>수치 미분 설정 바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="422"/>
        <source>PyTorch could not be loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="449"/>
        <source>MNIST</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="472"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="488"/>
        <source>Edit the loss</source>
        <translation>손실 함수 편집</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="500"/>
        <source>Change the optimizer settings</source>
        <translation>옵티마이저 설정 바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="516"/>
        <source>Change the device</source>
        <translation>장치 바꾸기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="591"/>
        <source>PyTorch is still loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="691"/>
        <source>Clear the runs</source>
        <translation>실행 기록 지우기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="709"/>
        <source>The run stopped with an error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="711"/>
        <source>The window is still usable: fix the input and run again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="730"/>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="751"/>
        <source>step {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="752"/>
        <source>loss {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="757"/>
        <source>{n} steps/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/main_window.py" line="826"/>
        <source>Start from the map</source>
        <translation>지도에서 시작점 고르기</translation>
    </message>
</context>
<context>
    <name>Optimizers</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="36"/>
        <source>Gradient descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="37"/>
        <source>Sign descent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="38"/>
        <source>SGD (torch.optim.SGD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="39"/>
        <source>SGD with momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="40"/>
        <source>Nesterov momentum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="41"/>
        <source>RMSprop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="42"/>
        <source>Adam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="43"/>
        <source>AdamW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="44"/>
        <source>Adagrad</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="20"/>
        <source>ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="21"/>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="22"/>
        <source>paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="23"/>
        <source>stopping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="24"/>
        <source>finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="25"/>
        <source>converged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="26"/>
        <source>diverged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="27"/>
        <source>stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/texts.py" line="28"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
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
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="101"/>
        <source>Name</source>
        <extracomment>Longest value text written back into a cell; larger arrays show a summary instead.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="101"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="101"/>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="101"/>
        <source>Trained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="117"/>
        <source>Import data from CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="122"/>
        <source>Type a number, ones(4,4), [[1,2],[3,4]] or 1,2,3; paste a column of numbers with Ctrl+V.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="162"/>
        <source>Set values</source>
        <translation>값 설정</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="212"/>
        <source>Could not import {file}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="247"/>
        <source>Unchecked: the parameter keeps its start value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="261"/>
        <source>parameter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="262"/>
        <source>data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="263"/>
        <source>A parameter is trained from its start value; data is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="271"/>
        <source>Type a value for {name}.</source>
        <translation>{name}의 값을 입력하세요.</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="283"/>
        <source>scalar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="284"/>
        <source>array of shape {shape}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="288"/>
        <source>{name}: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="305"/>
        <source>Edit the value of {name}</source>
        <translation>{name}의 값 편집</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="309"/>
        <source>Train {name}</source>
        <translation>{name} 학습하기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="310"/>
        <source>Keep {name} fixed</source>
        <translation>{name} 고정하기</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="318"/>
        <source>Make {name} a parameter</source>
        <translation>{name}을(를) 파라미터로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="319"/>
        <source>Make {name} data</source>
        <translation>{name}을(를) 데이터로</translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="329"/>
        <source>Import data from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="330"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="339"/>
        <source>(column {column} of {file}, {n} values)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../desktop_app/gui/panels/variables_table.py" line="348"/>
        <source>Import {file}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
