"""Every bound on user input, in one place.

Users type expressions and arrays into the window and the command line; each constant here is
a bound that keeps a typo (or a deliberately hostile input) from hanging the app or exhausting
memory. Checks elsewhere import these names; change a bound here and every check follows.
Keep this a flat module of documented constants.
"""

# --- Files read and written (core.files, core.export, core.sessions, core.mnist) --------------
# Readers check sizes before reading bodies and stop as soon as a bound is passed, so a huge,
# endless or hostile file costs at most these bounds in memory and time.

#: Largest data CSV imported, in bytes (a million numbers of 25 characters and their commas).
MAX_CSV_BYTES = 64 * 2**20

#: Most columns in an imported CSV.
MAX_CSV_COLUMNS = 1_000

#: Longest cell of an imported CSV, in characters (a float needs fewer than 30).
MAX_CSV_FIELD_CHARS = 1_000

#: Largest session file read, in bytes (12 runs of 100,000 rows fit).
MAX_SESSION_BYTES = 64 * 2**20

#: Most images in one MNIST IDX file (the training set has 60,000) and so most labels too.
MAX_MNIST_IMAGES = 100_000

#: Largest weights file loaded, in bytes (the lesson's network at the widest hidden layer fits).
MAX_WEIGHTS_BYTES = 256 * 2**20

# --- MNIST training arguments (cli/mnist.py, the MNIST tab) ------------------------------------

#: Widest hidden layer (512 in the lesson; 4096 is 3.2 million weights in the first layer).
MAX_MNIST_HIDDEN = 4096

#: Most epochs of one training.
MAX_MNIST_EPOCHS = 1000

#: Largest batch (the whole training set).
MAX_MNIST_BATCH = 60_000

# --- Downloads (core.mnist.download) -----------------------------------------------------------

#: A mirror that sends nothing for this long is left for the next one.
DOWNLOAD_STALL_SECONDS = 20.0

#: A mirror slower than this on average over DOWNLOAD_RATE_WINDOW_SECONDS is left too (a
#: drip of a byte per second would otherwise hold the download for days).
DOWNLOAD_MIN_BYTES_PER_SECOND = 4096
DOWNLOAD_RATE_WINDOW_SECONDS = 30.0

#: How often a blocked transfer looks at the Cancel button (seconds); Cancel acts within this.
DOWNLOAD_POLL_SECONDS = 0.1

# --- Expressions (core.expression) -------------------------------------------------------------

#: Longest expression text accepted, in characters (a loss plus a few helper lines fits easily).
MAX_EXPRESSION_CHARS = 4000

#: Longest name of a parameter, data array or helper, in characters: a message quotes it whole,
#: and a session file keeps the names (core.sessions reads names of at most this length).
MAX_NAME_CHARS = 64

#: Most lines in a multi-line program (helpers + the loss line, comments and blanks included).
MAX_EXPRESSION_LINES = 200

#: Deepest nesting of the parsed syntax tree. A chain ``a + b + c`` nests one level per term,
#: so this also bounds such chains; the evaluator and the symbolic converter recurse this deep.
MAX_EXPRESSION_DEPTH = 100

#: Most syntax-tree nodes in a program.
MAX_EXPRESSION_NODES = 2000

#: Largest |n| for an integer-literal exponent ``x**n``; nested powers (``9**9**9``) are refused.
MAX_EXPONENT = 10_000

#: Largest magnitude of a number literal (in expressions and typed values).
MAX_LITERAL_MAGNITUDE = 1e100

#: Most elements of any tensor: start values, data, and every intermediate result.
MAX_ELEMENTS = 1_000_000

#: Most elements summed over all intermediate results of one evaluation (autograd keeps them all).
MAX_TOTAL_ELEMENTS = 20_000_000

#: Most multiply-adds summed over all matrix products (``@``, ``dot``) of one evaluation
#: (1000×1000 @ 1000×1000 is 10^9), so that one typed loss cannot take minutes per step.
MAX_MATMUL_WORK = 1_000_000_000

# --- Typed values (core.values) ----------------------------------------------------------------

#: Longest text for a typed value (a pasted data column of a few thousand numbers fits).
MAX_VALUE_CHARS = 200_000

#: Deepest nesting of brackets in a typed array (its number of dimensions).
MAX_VALUE_DEPTH = 32

# --- Derivatives (core.derivatives) ------------------------------------------------------------

#: Most parameter elements for a numeric (finite-difference) gradient: it costs one or two
#: evaluations of the loss per element.
MAX_NUMERIC_GRADIENT_ELEMENTS = 10_000

#: Most work for one numeric gradient: evaluations (one or two per parameter element) times the
#: size of one evaluation (numbers computed plus matrix multiply-adds, from the checked
#: evaluation). 10^9 is a few seconds on one core; a 10,000-element parameter over a
#: 1000×1000 matrix product (2·10^13) is refused at once instead of running for hours.
MAX_NUMERIC_WORK = 1_000_000_000

# --- Symbolic derivatives (core.symbolic) ------------------------------------------------------

#: Most numbers (data, and parameters too large for symbols) substituted one by one into a
#: symbolic expression (``sum`` over data expands to an explicit sum of this many terms at most),
#: and most elements of any intermediate symbolic array.
MAX_SYMBOLIC_DATA_ELEMENTS = 100

#: Most elements of a tensor parameter for which per-element symbolic derivatives are shown.
MAX_SYMBOLIC_PARAMETER_ELEMENTS = 4

#: Most nodes in the loss's sympy tree (helpers used twice count twice) before differentiating.
#: Sizes are counted with sharing taken into account, so chains of helpers that double the tree
#: at each line are refused in linear time instead of hanging sympy.
MAX_SYMBOLIC_LOSS_SIZE = 3000

#: Deepest nesting of the loss's sympy tree: sympy's walks (diff, printing) recurse, and
#: Python's recursion limit is about 1000 frames, several per level.
MAX_SYMBOLIC_DEPTH = 150

#: Most nodes in a derivative's tree for it to be shown at all.
MAX_SYMBOLIC_DERIVATIVE_SIZE = 5000

#: Polynomial derivatives of at most this degree and size are expanded (like terms collected).
#: General ``sympy.simplify`` is never run: it was measured at 0.6-2.4 s on derivatives of only
#: 11-16 operations (nested tanh), and over 100 s on a small network loss; it has no timeout.
MAX_SYMBOLIC_EXPAND_DEGREE = 4
MAX_SYMBOLIC_EXPAND_SIZE = 300

# --- Computation graph (core.graph) ------------------------------------------------------------

#: Tensors with more elements than this are summarised (shape, min, max, mean) in
#: ``Graph.to_dict``/``to_text`` instead of listed in full.
MAX_GRAPH_LISTED_ELEMENTS = 64

# --- Runs, sweeps and baselines (core.runs, core.sweeps, core.baselines) -----------------------

#: Most optimisation steps in one run (a scalar run streams ~10^4-10^5 steps per second).
MAX_RUN_STEPS = 10_000_000

#: A run diverges when |loss| exceeds this factor times max(1, |loss at the start values|).
DIVERGENCE_FACTOR = 1e12

#: Most recorded parameter elements per step (values, gradients and optimizer state together).
#: Up to this, records keep one column per element; beyond it they keep the loss, the gradient
#: norm and per-tensor summaries (min, max, mean, norm) every step, and `Run.snapshots` keeps
#: full values every `snapshot_stride` steps (memory bounded by MAX_SNAPSHOT_ELEMENTS).
MAX_RECORDED_ELEMENTS = 10_000

#: Most numbers kept in a run's full-value snapshots (large tensors); when full, every other
#: snapshot is dropped and the stride doubles, so a long run keeps evenly spaced snapshots.
MAX_SNAPSHOT_ELEMENTS = 8_000_000

#: Most runs side by side in one sweep (learning rates or optimizers).
MAX_SWEEP_RUNS = 64

#: Most grid points in a grid search (all axes multiplied).
MAX_GRID_POINTS = 1_000_000

#: Most work for one grid search: points times the size of one evaluation (numbers computed
#: plus matrix multiply-adds, from the checked evaluation), so that a picture of a loss over
#: large intermediate results (``sum((u@v)*w)`` with a 1000×1000 product) is refused at once.
MAX_GRID_WORK = 500_000_000
