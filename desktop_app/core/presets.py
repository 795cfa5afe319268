"""The lessons as data: every worked example of the five lecture notes as a named preset.

A preset is only data (expression text, start values, data, optimizer, steps, plot hints,
bilingual texts and the numbers the lesson printed), so the window, the command line and the
tests load the very same lesson. Start values and data are written in the syntax a student
types (`core.values.parse_value`), so the window can show them in its editable fields.
What a preset *computes* for its lesson lives in `core.lessons`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

__all__ = ["PAGES", "PRESETS", "Expected", "PlotHint", "Prediction", "Preset", "get_preset", "preset_names"]


@dataclass(frozen=True)
class Expected:
    """A number the lesson printed, with the digits it printed, to check the app against.

    `key` names an entry of the lesson output's `values`; `value` is a number or a flat tuple
    (compared element by element).
    """

    key: str
    value: float | tuple[float, ...]
    decimals: int


@dataclass(frozen=True)
class Prediction:
    """Predictions of a fitted model for new inputs, shown beside the true rule."""

    model: str  # expression of the prediction in the parameters and `x_name`
    x_name: str
    x_test: tuple[float, ...]
    truth: str  # expression of the true rule in `x_name`


@dataclass(frozen=True)
class PlotHint:
    """How the window should draw the preset.

    kind: "landscape" (loss curve over one parameter, `linspace` = (start, stop, num)),
    "regression" (scatter of data `scatter` = (x_name, y_name) with the fitted line `line`),
    "accuracy" (accuracy and loss along one weight), "contour" (two parameters) or "none".
    """

    kind: str = "none"
    param: str | None = None
    linspace: tuple[float, float, int] | None = None
    scatter: tuple[str, str] | None = None
    line: str | None = None


#: Lesson pages a preset can open instead of the loss editor and its plots (`Preset.page`).
PAGES = ("predictions", "tensors", "vectorise")


@dataclass(frozen=True)
class Preset:
    """One lesson example. Sections name what `core.lessons.lesson_output` computes for it.

    A preset with a `page` (one of PAGES) is played on that lesson page, not with a loss: its
    `expression` is then the lesson's line of code, shown on its card, and nothing trains.
    """

    name: str
    lesson: str
    title: str
    title_ko: str
    explanation: str
    explanation_ko: str
    expression: str
    init: dict[str, str]
    data: dict[str, str] = field(default_factory=dict)
    optimizer: str = "gd"
    hyper: dict[str, float] = field(default_factory=dict)
    steps: int = 0
    dtype: str = "float32"
    lrs: tuple[float, ...] = ()
    sections: tuple[str, ...] = ("gradient",)
    numeric: tuple[str, float] | None = None  # (forward|central, h)
    by_hand: dict[str, str] = field(default_factory=dict)  # parameter -> hand-derived gradient
    table_every: int | None = None
    report_steps: tuple[int, ...] = ()
    predict: Prediction | None = None
    grid: tuple[float, float, int] | None = None  # linspace for grid search / sweeps
    probe: float | None = None
    classifier: tuple[str, str] | None = None  # (probability expression, label data name)
    reference: dict[str, str] = field(default_factory=dict)  # other named parameter values
    plot: PlotHint = field(default_factory=PlotHint)
    expected: tuple[Expected, ...] = ()
    page: str | None = None


CAFE_X = "20.1, 22.2, 22.7, 23.3, 24.4, 25.1, 26.2, 27.3, 28.4, 30.4"
CAFE_Y = (
    "55.4183651, 58.19427589, 61.23082496, 62.31255873, 63.1070028, 63.69569103, "
    "67.24704918, 71.43650092, 73.10130336, 77.84988286"
)
CAFE_DESIGN = "[" + ", ".join(f"[1, {v.strip()}]" for v in CAFE_X.split(",")) + "]"
CAFE_PLOT = PlotHint(kind="regression", scatter=("x", "y"), line="b0 + b1*x")
PARABOLA = "(beta/2 - 1)**2"

_PRESETS: tuple[Preset, ...] = (
    Preset(
        name="l1-cube",
        lesson="L1.1",
        title="The derivative of x³ at x = 4",
        title_ko="x³의 x = 4에서의 미분",
        explanation=(
            "GradientTape records the computation y = x³ and plays it backwards: the value is "
            "4³ = 64 and the derivative 3x² is 48. Compare the autograd result with the symbolic "
            "derivative and a numeric estimate."
        ),
        explanation_ko=(
            "GradientTape는 y = x³을 계산하는 과정을 기록해 두었다가 거꾸로 따라가며 미분합니다. "
            "값은 4³ = 64이고, 도함수 3x²에 4를 넣으면 48이 나옵니다. 자동 미분 결과를 기호 미분, "
            "수치 미분과 나란히 비교해 보세요."
        ),
        expression="x**3",
        init={"x": "4"},
        sections=("gradient", "symbolic", "numeric"),
        numeric=("central", 0.001),
        plot=PlotHint(kind="landscape", param="x", linspace=(-5.0, 5.0, 100)),
        expected=(Expected("value", 64.0, 0), Expected("grad.x", 48.0, 0)),
    ),
    Preset(
        name="l1-abs-descent",
        lesson="L1.2",
        title="Descending |2x − 8| with learning rate 1",
        title_ko="학습률 1로 |2x − 8| 내려가기",
        explanation=(
            "Starting from x = 10 we update x = x − grad four times. The slope of |2x − 8| is 2 "
            "on the right of 4, so x goes 10 → 8 → 6 → 4; at x = 4 the kink has subgradient 0, "
            "so x stays there."
        ),
        explanation_ko=(
            "x = 10에서 시작해 x = x − grad를 네 번 반복합니다. |2x − 8|은 4보다 오른쪽에서 "
            "기울기가 2이므로 x는 10 → 8 → 6 → 4로 움직입니다. x = 4는 꺾인 점인데, 이곳의 "
            "서브그래디언트는 0이라서 x는 더 이상 움직이지 않습니다."
        ),
        expression="abs(2*x - 8)",
        init={"x": "10"},
        optimizer="gd",
        hyper={"lr": 1.0},
        steps=4,
        sections=("gradient", "trajectory"),
        table_every=1,
        plot=PlotHint(kind="landscape", param="x", linspace=(-2.0, 12.0, 100)),
        expected=tuple(Expected(f"table.x[{k}]", x, 0) for k, x in enumerate((8.0, 6.0, 4.0, 4.0))),
    ),
    Preset(
        name="l1-linear-regression",
        lesson="L1.3",
        title="Linear regression y = 10x + 13 with SGD",
        title_ko="SGD로 선형 회귀 y = 10x + 13 학습하기",
        explanation=(
            "Ten points on the line y = 10x + 13 and a model w·x + b starting at w = 4, b = 1. "
            "SGD with learning rate 0.01 minimises the mean squared error for 501 steps; every "
            "50th step we print w and b after the update and the loss before it. Then the model "
            "predicts new inputs, next to the true values."
        ),
        explanation_ko=(
            "y = 10x + 13 위에 있는 점 10개로 w·x + b 모델을 학습합니다. 시작값은 w = 4, b = 1"
            "이고, 학습률 0.01인 SGD로 평균제곱오차를 501번 줄여 나갑니다. 50번째 스텝마다 "
            "업데이트 후의 w, b와 업데이트 전의 손실을 출력합니다. 마지막으로 새 입력에 대한 "
            "예측값을 실제 값과 나란히 비교합니다."
        ),
        expression="mean((w*x + b - y)**2)",
        init={"w": "4.0", "b": "1.0"},
        data={"x": "arange(1, 11)", "y": "23, 33, 43, 53, 63, 73, 83, 93, 103, 113"},
        optimizer="sgd",
        hyper={"lr": 0.01},
        steps=501,
        sections=("trajectory", "predictions"),
        table_every=50,
        predict=Prediction(model="w*x + b", x_name="x", x_test=(3.5, 8.5, 11.0, 13.0), truth="10*x + 13"),
        plot=PlotHint(kind="regression", scatter=("x", "y"), line="w*x + b"),
        expected=(
            Expected("table.w[0]", 9.94, 4),
            Expected("table.b[0]", 1.9, 2),
            Expected("table.loss[0]", 2322.0, 6),
            Expected("table.w[500]", 10.1903, 4),
            Expected("table.b[500]", 11.67, 2),
            Expected("table.loss[500]", 0.379532, 6),
        ),
    ),
    Preset(
        name="l2-autograd-vs-numeric",
        lesson="L2.1",
        title="Autograd vs. a forward difference: 3(x + 1)² at x = 1",
        title_ko="자동 미분과 전진 차분 비교: x = 1에서 3(x + 1)²",
        explanation=(
            "Autograd gives the exact derivative 6(x + 1) = 12. The forward difference "
            "(f(x + h) − f(x)) / h with h = 0.001 in float32 gives about 12.002: close, with an "
            "error you can see. Try the central difference or another h."
        ),
        explanation_ko=(
            "자동 미분은 정확한 도함수 6(x + 1) = 12를 줍니다. float32에서 h = 0.001로 전진 차분 "
            "(f(x + h) − f(x)) / h를 계산하면 약 12.002가 나옵니다. 거의 같지만 눈에 보이는 "
            "오차가 있습니다. 중앙 차분으로 바꾸거나 h를 바꿔 보세요."
        ),
        expression="3*(x + 1)**2",
        init={"x": "1"},
        sections=("gradient", "numeric", "symbolic"),
        numeric=("forward", 0.001),
        plot=PlotHint(kind="landscape", param="x", linspace=(-4.0, 2.0, 100)),
        expected=(Expected("grad.x", 12.0, 0), Expected("numeric.x", 12.002, 3)),
    ),
    Preset(
        name="l2-mean-of-tensor",
        lesson="L2.2",
        title="Gradient of a mean over a 4×4 tensor",
        title_ko="4×4 텐서 평균의 기울기",
        explanation=(
            "x is a 4×4 tensor of ones and the loss is the mean of x⁴ + 3x³ + 8x² + 3. Each element "
            "contributes 1/16 of its derivative 4 + 9 + 16 = 29, so every gradient element is "
            "1.8125. The numeric estimate with h = 1e-5 in float32 shows how rounding spoils a "
            "tiny step."
        ),
        explanation_ko=(
            "x는 1로 채운 4×4 텐서이고, 손실은 x⁴ + 3x³ + 8x² + 3의 평균입니다. 원소 하나의 "
            "도함수는 4 + 9 + 16 = 29이고 평균이라서 1/16이 곱해지므로, 기울기의 모든 원소가 "
            "1.8125입니다. float32에서 h = 1e-5로 구한 수치 미분값을 보면 너무 작은 h가 반올림 "
            "오차 때문에 얼마나 부정확해지는지 알 수 있습니다."
        ),
        expression="mean(x**4 + 3*x**3 + 8*x**2 + 3)",
        init={"x": "ones(4, 4)"},
        sections=("gradient", "numeric"),
        numeric=("forward", 1e-5),
        expected=(Expected("grad.x", (1.8125,) * 16, 4),),
    ),
    Preset(
        name="l2-accuracy-vs-loss",
        lesson="L2.3",
        title="Why a loss and not accuracy",
        title_ko="정확도 대신 손실 함수를 쓰는 이유",
        explanation=(
            "A one-weight classifier sigmoid(w·x + b) with a fixed bias b = 0.5 on eight labelled "
            "points. Along w the accuracy is a staircase: its derivative is 0 almost everywhere, so "
            "it cannot tell gradient descent where to go. The cross-entropy loss changes smoothly "
            "and its gradient points downhill."
        ),
        explanation_ko=(
            "편향을 b = 0.5로 고정한 가중치 하나짜리 분류기 sigmoid(w·x + b)를 레이블이 있는 점 "
            "8개에 적용합니다. w를 바꿔 "
            "가며 보면 정확도는 계단 모양이라서 거의 모든 곳에서 도함수가 0이고, 경사 하강법에 "
            "어느 쪽으로 가야 할지 알려 주지 못합니다. 반면 교차 엔트로피 손실은 매끄럽게 변하고, "
            "그 기울기는 내려가는 방향을 가리킵니다."
        ),
        expression="p = sigmoid(w*x + b)\n-mean(t*log(p) + (1 - t)*log(1 - p))",
        init={"w": "-2"},
        data={"x": "-3, -2, -1.5, -0.5, 0.5, 1, 2.5, 3", "t": "0, 0, 1, 0, 1, 1, 0, 1", "b": "0.5"},
        optimizer="gd",
        hyper={"lr": 0.5},
        steps=50,
        sections=("gradient", "accuracy"),
        classifier=("sigmoid(w*x + b)", "t"),
        grid=(-3.0, 3.0, 121),
        plot=PlotHint(kind="accuracy", param="w", linspace=(-3.0, 3.0, 121)),
    ),
    Preset(
        name="l3-cafe-gradient",
        lesson="L3.1",
        title="Café data: the gradient of the sum of squared errors",
        title_ko="카페 데이터: 오차 제곱합의 기울기",
        explanation=(
            "Ten days of café data (temperature x, sales y) made as 10.2 + 2.2x + noise. At "
            "b0 = 9, b1 = 2 the gradient of Σ(y − b0 − b1·x)² is (−126.78691, −3208.8396): "
            "both negative, so both coefficients should grow. float32 sums in another order than "
            "TensorFlow may differ in the last digit."
        ),
        explanation_ko=(
            "기온 x와 판매량 y로 이루어진 카페 데이터 10일치이며, 10.2 + 2.2x에 잡음을 더해 "
            "만들었습니다. b0 = 9, b1 = 2에서 Σ(y − b0 − b1·x)²의 기울기는 "
            "(−126.78691, −3208.8396)입니다. 둘 다 음수이므로 두 계수 모두 커져야 합니다. "
            "float32는 TensorFlow와 더하는 순서가 다르면 마지막 자리가 조금 다를 수 있습니다."
        ),
        expression="sum((y - b0 - b1*x)**2)",
        init={"b0": "9", "b1": "2"},
        data={"x": CAFE_X, "y": CAFE_Y},
        plot=CAFE_PLOT,
        expected=(Expected("grad.b0", -126.78691, 5), Expected("grad.b1", -3208.8396, 4)),
    ),
    Preset(
        name="l3-cafe-matrix",
        lesson="L3.2",
        title="Café data in matrix form: (y − Xβ)ᵀ(y − Xβ)",
        title_ko="행렬로 쓴 카페 데이터: (y − Xβ)ᵀ(y − Xβ)",
        explanation=(
            "The same loss with a 10×2 design matrix X whose first column is ones. Autograd gives "
            "the same gradient as before, and it matches the hand-derived formula "
            "−2Xᵀy + 2XᵀXβ."
        ),
        explanation_ko=(
            "첫 번째 열이 모두 1인 10×2 설계 행렬 X로 같은 손실을 행렬 형태로 씁니다. 자동 미분은 "
            "앞에서와 같은 기울기를 주고, 손으로 유도한 공식 −2Xᵀy + 2XᵀXβ와도 일치합니다."
        ),
        expression="r = y - X@beta\nr @ r  # (y - X beta)^T (y - X beta)",
        init={"beta": "9, 2"},
        data={"X": CAFE_DESIGN, "y": CAFE_Y},
        sections=("gradient", "by_hand"),
        by_hand={"beta": "-2*T(X)@y + 2*T(X)@X@beta"},
        expected=(Expected("grad.beta", (-126.78691, -3208.8396), 4),),
    ),
    Preset(
        name="l3-least-squares",
        lesson="L3.3",
        title="The least-squares optimum β̂ = (XᵀX)⁻¹Xᵀy",
        title_ko="최소제곱 해 β̂ = (XᵀX)⁻¹Xᵀy",
        explanation=(
            "The closed-form solution of the normal equations. The gradient at β̂ is 0 up to "
            "rounding. At the true coefficients (10.2, 2.2) the gradient is small but not 0: "
            "with noisy data the best fit is not the rule that made the data."
        ),
        explanation_ko=(
            "정규방정식의 닫힌 형태 해를 구합니다. β̂에서의 기울기는 반올림 오차를 빼면 0입니다. "
            "데이터를 만든 실제 계수 (10.2, 2.2)에서의 기울기는 작지만 0은 아닙니다. 잡음이 "
            "섞인 데이터에서는 가장 잘 맞는 직선이 데이터를 만든 규칙과 같지 않기 때문입니다."
        ),
        expression="r = y - X@beta\nr @ r",
        init={"beta": "9, 2"},
        data={"X": CAFE_DESIGN, "y": CAFE_Y},
        dtype="float64",
        sections=("least_squares",),
        by_hand={"beta": "-2*T(X)@y + 2*T(X)@X@beta"},
        reference={"true": "10.2, 2.2"},
    ),
    Preset(
        name="l3-grid-search",
        lesson="L3.4",
        title="Grid search for (β/2 − 1)²",
        title_ko="(β/2 − 1)²의 격자 탐색",
        explanation=(
            "Evaluate the loss at 100 points of linspace(−10, 10, 100) and keep the smallest: "
            "index 59, β = 1.91919…, not the true minimum 2. A finer grid costs more evaluations, "
            "and with many parameters the grid explodes: that is why we use gradients."
        ),
        explanation_ko=(
            "linspace(−10, 10, 100)의 점 100개에서 손실을 계산하고 가장 작은 값을 고릅니다. "
            "결과는 인덱스 59, β = 1.91919…로, 실제 최솟값 2와는 조금 다릅니다. 격자를 촘촘하게 "
            "하면 계산이 늘어나고, 파라미터가 많아지면 격자점 수가 폭발적으로 늘어납니다. 그래서 "
            "기울기를 사용합니다."
        ),
        expression=PARABOLA,
        init={"beta": "0"},
        sections=("grid",),
        grid=(-10.0, 10.0, 100),
        plot=PlotHint(kind="landscape", param="beta", linspace=(-10.0, 10.0, 100)),
        expected=(Expected("grid.index", 59.0, 0), Expected("grid.beta", 1.91919, 5)),
    ),
    Preset(
        name="l3-probe-step",
        lesson="L3.5",
        title="Probing left and right: a step toward the lower side",
        title_ko="왼쪽과 오른쪽 살펴보기: 낮은 쪽으로 한 걸음",
        explanation=(
            "The intuition behind gradient descent: from β = −5, look at the loss 0.01 to the left "
            "(12.285025) and to the right (12.215025), and move 0.01 toward the lower side. "
            "Repeating this fixed-size step walks to the minimum and then rocks around it."
        ),
        explanation_ko=(
            "경사 하강법의 직관입니다. β = −5에서 왼쪽으로 0.01 떨어진 곳의 손실(12.285025)과 "
            "오른쪽으로 0.01 떨어진 곳의 손실(12.215025)을 비교하고, 더 낮은 쪽으로 0.01만큼 "
            "이동합니다. 같은 크기의 걸음을 반복하면 최솟값까지 간 뒤 그 근처에서 왔다 갔다 합니다."
        ),
        expression=PARABOLA,
        init={"beta": "-5"},
        optimizer="sign",
        hyper={"lr": 0.01},
        steps=800,
        sections=("probe", "trajectory"),
        probe=0.01,
        report_steps=(1, 700, 800),
        plot=PlotHint(kind="landscape", param="beta", linspace=(-10.0, 10.0, 100)),
        expected=(
            Expected("probe.left", 12.285025, 6),
            Expected("probe.right", 12.215025, 6),
            Expected("beta_after[1]", -4.99, 6),
        ),
    ),
    Preset(
        name="l3-gradient-descent",
        lesson="L3.6",
        title="Gradient descent on (β/2 − 1)² from β = −10",
        title_ko="β = −10에서 시작하는 (β/2 − 1)²의 경사 하강법",
        explanation=(
            "β_new = β_old − α·loss′(β_old) with α = 0.01/6 in float32. The slope is −6 at −10 and "
            "−3 at −4: steep far away, gentle near the minimum, so the steps shrink. After one "
            "step β = −9.99, after 100 steps about −9.040152, after 10000 steps about 1.997125."
        ),
        explanation_ko=(
            "float32에서 α = 0.01/6로 β_new = β_old − α·loss′(β_old)를 반복합니다. 기울기는 "
            "−10에서 −6, −4에서 −3으로, 최솟값에서 멀면 가파르고 가까우면 완만해서 걸음이 점점 "
            "작아집니다. 1번 후 β = −9.99, 100번 후 약 −9.040152, 10000번 후 약 1.997125가 "
            "됩니다."
        ),
        expression=PARABOLA,
        init={"beta": "-10"},
        optimizer="gd",
        hyper={"lr": 0.01 / 6},
        steps=10000,
        sections=("slopes", "trajectory"),
        report_steps=(1, 100, 10000),
        reference={"slope_at": "-10, -4"},
        plot=PlotHint(kind="landscape", param="beta", linspace=(-10.0, 10.0, 100)),
        expected=(
            Expected("slopes", (-6.0, -3.0), 0),
            Expected("beta_after[1]", -9.99, 2),
            Expected("beta_after[100]", -9.040152, 6),
            Expected("beta_after[10000]", 1.997125, 6),
        ),
    ),
    Preset(
        name="l3-learning-rates",
        lesson="L3.7",
        title="How the learning rate changes convergence",
        title_ko="학습률에 따라 수렴이 어떻게 달라지는가",
        explanation=(
            "The same loss (β/2 − 1)² from β = −10 with several learning rates, drawn over "
            "linspace(−15, 19, 100). The curvature is 1/2, so α = 2 lands on the minimum in one "
            "step; a small α crawls, 2 < α < 4 oscillates while converging, α = 4 bounces between "
            "−10 and 14 forever and α = 6 diverges."
        ),
        explanation_ko=(
            "같은 손실 (β/2 − 1)²을 β = −10에서 시작해 여러 학습률로 최적화하고, "
            "linspace(−15, 19, 100) 구간에 그려 봅니다. 곡률이 1/2이므로 α = 2면 한 번에 "
            "최솟값에 도착합니다. α가 작으면 아주 느리게 기어가고, 2 < α < 4면 진동하면서 "
            "수렴하며, α = 4면 −10과 14 사이를 끝없이 오가고, α = 6이면 발산합니다."
        ),
        expression=PARABOLA,
        init={"beta": "-10"},
        optimizer="gd",
        hyper={"lr": 0.1},
        steps=60,
        lrs=(0.1, 1.0, 2.0, 3.5, 4.0, 6.0),
        sections=("compare",),
        plot=PlotHint(kind="landscape", param="beta", linspace=(-15.0, 19.0, 100)),
    ),
    Preset(
        name="l3-homework",
        lesson="L3.8",
        title="Homework: minimise (x − 1)² from x = −3",
        title_ko="숙제: x = −3에서 (x − 1)² 최소화하기",
        explanation=(
            "Gradient descent with α = 0.01/3 for 100 steps, animated over linspace(−20, 22, 100). "
            "Each step multiplies the distance to the minimum by 1 − 2α, so after 100 steps "
            "x = 1 − 4(1 − 2α)¹⁰⁰: still far from 1. Try a larger α."
        ),
        explanation_ko=(
            "α = 0.01/3로 경사 하강법을 100번 반복하고, linspace(−20, 22, 100) 구간에서 "
            "움직임을 애니메이션으로 봅니다. 한 걸음마다 최솟값까지의 거리가 1 − 2α배로 줄어들어 "
            "100번 후 x = 1 − 4(1 − 2α)¹⁰⁰이 되므로 아직 1과는 멉니다. 더 큰 α도 시도해 보세요."
        ),
        expression="(x - 1)**2",
        init={"x": "-3"},
        optimizer="gd",
        hyper={"lr": 0.01 / 3},
        steps=100,
        sections=("trajectory",),
        report_steps=(1, 100),
        plot=PlotHint(kind="landscape", param="x", linspace=(-20.0, 22.0, 100)),
    ),
    Preset(
        name="l4-predictions",
        lesson="L4.1",
        title="Using the trained network: predictions for the first ten test digits",
        title_ko="학습한 신경망 사용하기: 첫 테스트 숫자 10개의 예측",
        explanation=(
            "After training, model.predict(test_images[0:10]) gives ten probabilities for each "
            "digit. In the lesson predictions[0] has its largest, 0.9999987, at index 7, and "
            "test_labels[0] is 7: the network is right. Train here (or load weights) and see all "
            "ten digits as bar charts; each digit's probabilities add up to 1."
        ),
        explanation_ko=(
            "학습이 끝나면 model.predict(test_images[0:10])가 숫자마다 확률 10개를 돌려줍니다. "
            "강의에서 predictions[0]의 가장 큰 값은 인덱스 7의 0.9999987이고 test_labels[0]도 "
            "7이므로 신경망이 맞혔습니다. 여기서 직접 학습하거나 가중치를 불러와 숫자 10개의 "
            "확률을 막대그래프로 보세요. 숫자마다 확률을 모두 더하면 1입니다."
        ),
        expression="predictions = model.predict(test_images[0:10])",
        init={},
        sections=(),
        page="predictions",
    ),
    Preset(
        name="l4-tensors",
        lesson="L4.2",
        title="Tensors: rank, shape, dtype and slicing the MNIST images",
        title_ko="텐서: MNIST 이미지의 랭크, 크기, 자료형과 슬라이싱",
        explanation=(
            "train_images is a rank-3 tensor of shape (60000, 28, 28) and dtype uint8; "
            "train_images[4] is a 28×28 matrix that shows a 9. Slicing train_images[10:100] gives "
            "(90, 28, 28), the same as [10:100, :, :] and [10:100, 0:28, 0:28]; [:, 14:, 14:] keeps "
            "the lower-right corners, [:, 7:-7, 7:-7] the centres, and [:128], [128:256] are "
            "batches along the samples axis. Type your own slice too."
        ),
        explanation_ko=(
            "train_images는 크기가 (60000, 28, 28)이고 자료형이 uint8인 랭크 3 텐서입니다. "
            "train_images[4]는 숫자 9를 보여 주는 28×28 행렬입니다. train_images[10:100]으로 "
            "자르면 (90, 28, 28)이 되고, [10:100, :, :]나 [10:100, 0:28, 0:28]과 같습니다. "
            "[:, 14:, 14:]는 오른쪽 아래 모서리, [:, 7:-7, 7:-7]은 가운데만 남기며, [:128]과 "
            "[128:256]은 샘플 축을 따라 자른 배치입니다. 직접 슬라이스를 입력해 보세요."
        ),
        expression="train_images[10:100]",
        init={},
        sections=("slices",),
        page="tensors",
        expected=(
            Expected("ndim", 3.0, 0),
            Expected("shape[train_images[4]]", (28.0, 28.0), 0),
            Expected("shape[train_images[10:100]]", (90.0, 28.0, 28.0), 0),
            Expected("shape[train_images[10:100, :, :]]", (90.0, 28.0, 28.0), 0),
            Expected("shape[train_images[10:100, 0:28, 0:28]]", (90.0, 28.0, 28.0), 0),
            Expected("shape[train_images[:, 14:, 14:]]", (60000.0, 14.0, 14.0), 0),
            Expected("shape[train_images[:, 7:-7, 7:-7]]", (60000.0, 14.0, 14.0), 0),
            Expected("shape[train_images[:128]]", (128.0, 28.0, 28.0), 0),
            Expected("shape[train_images[128:256]]", (128.0, 28.0, 28.0), 0),
        ),
    ),
    Preset(
        name="l4-vectorise",
        lesson="L4.3",
        title="Element-wise operations and broadcasting: naive loops vs. vectorised code",
        title_ko="원소별 연산과 브로드캐스팅: 단순 반복문 대 벡터화 코드",
        explanation=(
            "relu(x + y) on two 20×100 arrays, 1,000 times: the naive Python double loops took "
            "1.86 s in the lesson, np.maximum(x + y, 0.) only 0.01 s. Race them here (NumPy and "
            "torch, on the CPU and on CUDA where present). Broadcasting adds a (10,) vector to a "
            "(32, 10) matrix as if it were expanded to (1, 10) and repeated 32 times; "
            "np.maximum of a (64, 3, 32, 10) and a (32, 10) tensor works the same way."
        ),
        explanation_ko=(
            "20×100 배열 두 개로 relu(x + y)를 1,000번 계산합니다. 강의에서 파이썬 이중 반복문은 "
            "1.86초, np.maximum(x + y, 0.)은 0.01초 걸렸습니다. 여기서 직접 경주시켜 보세요"
            "(NumPy와 torch, CPU와 CUDA가 있으면 CUDA까지). 브로드캐스팅은 (10,) 벡터를 (1, 10)"
            "으로 늘린 뒤 32번 반복한 것처럼 (32, 10) 행렬에 더합니다. (64, 3, 32, 10) 텐서와 "
            "(32, 10) 텐서의 np.maximum도 같은 방식으로 계산됩니다."
        ),
        expression="z = np.maximum(x + y, 0.)",
        init={},
        sections=("broadcasting",),
        page="vectorise",
        expected=(
            Expected("broadcast.equal", 1.0, 0),
            Expected("broadcast.expanded_shape", (1.0, 10.0), 0),
            Expected("broadcast.repeated_shape", (32.0, 10.0), 0),
            Expected("maximum.shape", (64.0, 3.0, 32.0, 10.0), 0),
            Expected("maximum.equal_to_loops", 1.0, 0),
        ),
    ),
    Preset(
        name="l4-tape-basics",
        lesson="L4.4",
        title="GradientTape: x² + 2x + 3 at x = 0",
        title_ko="GradientTape: x = 0에서 x² + 2x + 3",
        explanation=(
            "The simplest use of GradientTape from “Deep Learning with Python”: the derivative "
            "2x + 2 of x² + 2x + 3 at x = 0 is 2."
        ),
        explanation_ko=(
            "『케라스 창시자에게 배우는 딥러닝』의 가장 간단한 GradientTape 예제입니다. "
            "x² + 2x + 3의 도함수 2x + 2에 x = 0을 넣으면 2입니다."
        ),
        expression="x**2 + 2*x + 3",
        init={"x": "0"},
        plot=PlotHint(kind="landscape", param="x", linspace=(-4.0, 2.0, 100)),
        expected=(Expected("value", 3.0, 0), Expected("grad.x", 2.0, 0)),
    ),
    Preset(
        name="l4-tape-tensor",
        lesson="L4.4",
        title="GradientTape with a 2×2 tensor: x² + 3",
        title_ko="2×2 텐서에 GradientTape 적용: x² + 3",
        explanation=(
            "With a tensor x the result is a tensor too, and tape.gradient differentiates its sum: "
            "the gradient has the shape of x and equals 2x element by element."
        ),
        explanation_ko=(
            "x가 텐서이면 결과도 텐서이고, tape.gradient는 그 합을 미분합니다. 기울기는 x와 "
            "모양이 같고 원소마다 2x입니다."
        ),
        expression="x**2 + 3",
        init={"x": "[[1, 2], [3, 4]]"},
        sections=("gradient", "by_hand"),
        by_hand={"x": "2*x"},
        expected=(Expected("grad.x", (2.0, 4.0, 6.0, 8.0), 0), Expected("summed", 1.0, 0)),
    ),
    Preset(
        name="l4-tape-dense",
        lesson="L4.4",
        title="GradientTape for a dense layer: y = x@W + b",
        title_ko="Dense 층의 GradientTape: y = x@W + b",
        explanation=(
            "The gradient of (the sum of) y = x@W + b with respect to W (2×2) and b (2,). Every "
            "output adds x[n, i] to dW[i, j], so dW = xᵀ·1; b is broadcast over the two rows of x, "
            "so each element of db is 2."
        ),
        explanation_ko=(
            "y = x@W + b의 (합의) W(2×2)와 b(2,)에 대한 기울기입니다. 출력마다 dW[i, j]에 "
            "x[n, i]가 더해지므로 dW = xᵀ·1이고, b는 x의 두 행에 브로드캐스팅되므로 db의 "
            "원소는 모두 2입니다."
        ),
        expression="x@W + b",
        init={"W": "[[0.5, -0.3], [0.8, 0.1]]", "b": "zeros(2)"},
        data={"x": "[[0.2, 0.7], [0.9, 0.5]]"},
        expected=(Expected("summed", 1.0, 0),),
    ),
    Preset(
        name="l5-one-sample",
        lesson="L5.1",
        title="tape.gradient by hand: one sample",
        title_ko="tape.gradient를 손으로: 샘플 하나",
        explanation=(
            "Linear model W·x + b with one sample x = 3.3, y = 1.7. The gradient of the squared "
            "error is dL/dW = 2(Wx + b − y)·x = −1.388673 and dL/db = 2(Wx + b − y) = "
            "−0.42080998; the hand formulas give the same numbers as autograd."
        ),
        explanation_ko=(
            "샘플 하나(x = 3.3, y = 1.7)에 선형 모델 W·x + b를 적용합니다. 오차 제곱의 기울기는 "
            "dL/dW = 2(Wx + b − y)·x = −1.388673, dL/db = 2(Wx + b − y) = −0.42080998이며, "
            "손으로 계산한 공식도 자동 미분과 같은 값을 줍니다."
        ),
        expression="mean((W*X + b - Y)**2)",
        init={"W": "0.21318328", "b": "0.78609025"},
        data={"X": "[3.3]", "Y": "[1.7]"},
        optimizer="sgd",
        hyper={"lr": 0.01},
        steps=1,
        sections=("gradient", "by_hand", "per_sample"),
        by_hand={"W": "mean(2*(W*X + b - Y)*X)", "b": "mean(2*(W*X + b - Y))"},
        expected=(Expected("grad.W", -1.388673, 6), Expected("grad.b", -0.42080998, 8)),
    ),
    Preset(
        name="l5-two-samples",
        lesson="L5.2",
        title="The gradient of a mean is the mean of the per-sample gradients",
        title_ko="평균의 기울기는 샘플별 기울기의 평균",
        explanation=(
            "Two samples X = [3.3, 1], Y = [1.7, 2]. The loss is the mean of the squared errors, "
            "so its gradient is the mean of the two per-sample gradients: the lesson adds them and "
            "divides by 2. The breakdown shows each sample's share."
        ),
        explanation_ko=(
            "샘플 두 개 X = [3.3, 1], Y = [1.7, 2]를 사용합니다. 손실이 오차 제곱의 평균이므로 "
            "기울기도 샘플별 기울기 두 개의 평균이 됩니다. 강의에서처럼 두 값을 더해 2로 나누면 "
            "자동 미분 결과와 같아집니다. 샘플별 분해 표에서 각 샘플의 몫을 확인해 보세요."
        ),
        expression="mean((W*X + b - Y)**2)",
        init={"W": "0.73290884", "b": "0.436841"},
        data={"X": "3.3, 1", "Y": "1.7, 2"},
        optimizer="sgd",
        hyper={"lr": 0.01},
        steps=1,
        sections=("gradient", "by_hand", "per_sample"),
        by_hand={"W": "mean(2*(W*X + b - Y)*X)", "b": "mean(2*(W*X + b - Y))"},
    ),
)

PRESETS: dict[str, Preset] = {preset.name: preset for preset in _PRESETS}


def preset_names() -> tuple[str, ...]:
    """Preset names in lesson order."""
    return tuple(PRESETS)


def get_preset(name: str) -> Preset:
    """The preset called `name`; a KeyError-free ValueError suggests the closest names."""
    try:
        return PRESETS[name]
    except KeyError:
        import difflib

        close = difflib.get_close_matches(name, PRESETS, n=3)
        hint = f" (did you mean {', '.join(f'`{c}`' for c in close)}?)" if close else ""
        raise ValueError(
            f"unknown preset `{name}`{hint}; `python -m desktop_app presets` lists them"
        ) from None
