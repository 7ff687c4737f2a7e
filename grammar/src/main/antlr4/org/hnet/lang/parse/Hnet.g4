/*
 * The hnet modelling language, version 2 (every version 1 file means the same in version 2).
 *
 * A file holds one or more networks. Each network declares its neurons, how they are split
 * into input, output and hidden neurons, the values they take, how they are connected, their
 * weights and thresholds, the patterns they store, their energy and their dynamics; a Boltzmann
 * machine also declares its temperature, and may clamp neurons and anneal:
 *
 *   // Two patterns stored with the Hebbian rule.
 *   network memory {
 *     neurons s[4];
 *     activation bipolar;
 *     patterns { "++--"; "-+-+"; }
 *     weights hebbian;
 *     thresholds 0;
 *     dynamics asynchronous;
 *   }
 *
 * Statements may come in any order; each kind may appear once, except `neurons`, which adds
 * neurons in the order written (that order is the neurons' index order, 0 first). The checks
 * that are not about syntax (names resolve, a Hopfield network's weights are symmetric, ...)
 * live in org.hnet.lang.check; docs/LANGUAGE.md is the reference for users.
 */
grammar Hnet;

hnetFile
    : network* EOF
    ;

network
    : NETWORK name=identifier LBRACE statement* RBRACE
    ;

statement
    : neuronsStatement
    | roleStatement
    | activationStatement
    | connectionsStatement
    | weightsStatement
    | thresholdsStatement
    | patternsStatement
    | energyStatement
    | dynamicsStatement
    | temperatureStatement
    | annealStatement
    | couplingStatement
    | fieldStatement
    | clampStatement
    ;

// ---------------------------------------------------------------------------------------------
// Neurons: `neurons a, b, c;`  `neurons x[16];` (x[0] .. x[15])  `neurons x[1..16];`
// `neurons pixel[8, 8];` (a grid of 8 rows and 8 columns, pixel[0, 0] .. pixel[7, 7], row-major).

neuronsStatement
    : NEURONS neuronGroup (COMMA neuronGroup)* SEMI
    ;

// Counts and indices are written as numbers; the checks require whole numbers (HN082), so that a
// mistake like `x[2.5]` gets a message about the number rather than about the syntax.

neuronGroup
    : name=identifier                                                  # singleNeuron
    | name=identifier LBRACK count=number RBRACK                       # indexedNeurons
    | name=identifier LBRACK first=number RANGE last=number RBRACK     # rangeNeurons
    | name=identifier LBRACK rows=number COMMA columns=number RBRACK   # gridNeurons
    ;

// A reference to neurons: `a`, `x[3]`, `pixel[2, 5]`, a whole group `x`, or a range `x[0..3]`.
// A reference may stand for several neurons wherever neurons are listed.
neuronRef
    : name=identifier LBRACK index=number RBRACK                       # indexRef
    | name=identifier LBRACK first=number RANGE last=number RBRACK     # rangeRef
    | name=identifier LBRACK row=number COMMA column=number RBRACK     # gridRef
    | name=identifier                                                  # nameRef
    ;

neuronRefList
    : neuronRef (COMMA neuronRef)*
    ;

// ---------------------------------------------------------------------------------------------
// Roles: `input a, b;`  `output c;`  `hidden h;`. Without any role statement every neuron is
// both input and output and none is hidden, as in a Hopfield network.

roleStatement
    : role=(INPUT | OUTPUT | HIDDEN_ROLE) neuronRefList SEMI
    ;

// ---------------------------------------------------------------------------------------------
// Activation: `activation bipolar;` (-1 and +1) or `activation binary;` (0 and 1).

activationStatement
    : ACTIVATION kind=(BIPOLAR | BINARY) SEMI
    ;

// ---------------------------------------------------------------------------------------------
// Connections: `connections complete;` (every ordered pair of distinct neurons, the default), or
// a list of directed edges `a -> b` and symmetric pairs `a <-> b`, each with an optional weight:
//   connections { a -> b : 1/2; a <-> c : -1; b -> c; }
// The weight of `a -> b` is the weight into b from a.
// A network whose neurons are one grid may instead join nearest neighbours on the grid, with
// periodic boundaries (a torus) or open ones; its weights are then the `coupling`:
//   connections lattice periodic;   connections lattice open;

connectionsStatement
    : CONNECTIONS COMPLETE SEMI                                   # completeConnections
    | CONNECTIONS LATTICE boundary=(PERIODIC | OPEN) SEMI         # latticeConnections
    | CONNECTIONS LBRACE edge* RBRACE                             # explicitConnections
    ;

edge
    : from=neuronRef arrow=(ARROW | BOTH) to=neuronRef (COLON weight=number)? SEMI
    ;

// ---------------------------------------------------------------------------------------------
// Weights: a matrix (row = receiver, column = sender), or a learning rule applied to the
// network's patterns, with an optional rational scale factor for the Hebbian rule:
//   weights [ [0, 1], [1, 0] ];   weights hebbian;   weights hebbian scale 1/64;
//   weights storkey;   weights pseudoinverse;

weightsStatement
    : WEIGHTS matrix SEMI                                         # matrixWeights
    | WEIGHTS name=identifier (SCALE scale=number)? SEMI               # learnedWeights
    ;

// An empty matrix `[]` parses, so that the check can say that a matrix needs one row per neuron.
matrix
    : LBRACK (vector (COMMA vector)* COMMA?)? RBRACK
    ;

vector
    : LBRACK (number (COMMA number)* COMMA?)? RBRACK
    ;

// ---------------------------------------------------------------------------------------------
// Thresholds: one value for every neuron, a vector in index order, or named values with 0 for
// the neurons not named:
//   thresholds 0;   thresholds [0, -1/3, 1/6, 1/2];   thresholds { a: 1/2; x[3]: -1; }

thresholdsStatement
    : THRESHOLDS number SEMI                                      # uniformThresholds
    | THRESHOLDS vector SEMI                                      # vectorThresholds
    | THRESHOLDS LBRACE namedThreshold* RBRACE                    # namedThresholds
    ;

namedThreshold
    : neuronRef COLON number SEMI
    ;

// ---------------------------------------------------------------------------------------------
// Patterns: inline rows, each a string of `+` and `-` (on and off; spaces ignored) or a vector
// of values, optionally labelled; or a file relative to the model file:
//   patterns { zero: "+--+"; one: [1, -1, -1, 1]; }
//   patterns from "digit_prototypes.txt";

patternsStatement
    : PATTERNS LBRACE patternRow* RBRACE                          # inlinePatterns
    | PATTERNS FROM file=STRING SEMI                              # filePatterns
    ;

patternRow
    : (label=patternLabel COLON)? (text=STRING | values=vector) SEMI
    ;

patternLabel
    : identifier
    | INTEGER
    | STRING
    ;

// ---------------------------------------------------------------------------------------------
// Energy: `energy hopfield;`, the Hamiltonian E = -1/2 sum_{u != v} w_uv s_u s_v
// + sum_u theta_u s_u (the default).

energyStatement
    : ENERGY kind=identifier SEMI
    ;

// ---------------------------------------------------------------------------------------------
// Dynamics: `dynamics asynchronous;` (index order), `dynamics asynchronous order [c, a, b];`,
// `dynamics asynchronous random;` (a fresh random order every sweep), `dynamics synchronous;`.
// Stochastic dynamics at the network's temperature: `dynamics gibbs;` (random scan: pick a
// neuron uniformly, resample it; also `dynamics gibbs random;`), `dynamics gibbs sweep;` (every
// neuron in index order), `dynamics gibbs order [c, a, b];`, and the single-flip Metropolis
// rule `dynamics metropolis;` (random site; also `metropolis random`) or `dynamics metropolis
// sweep;`. A given order is checked to be one for Gibbs dynamics.

dynamicsStatement
    : DYNAMICS ASYNCHRONOUS SEMI                                  # asynchronousDynamics
    | DYNAMICS ASYNCHRONOUS ORDER LBRACK neuronRefList RBRACK SEMI # orderedDynamics
    | DYNAMICS ASYNCHRONOUS RANDOM SEMI                           # randomDynamics
    | DYNAMICS SYNCHRONOUS SEMI                                   # synchronousDynamics
    | DYNAMICS method=(GIBBS | METROPOLIS) scan=(RANDOM | SWEEP)? SEMI # stochasticDynamics
    | DYNAMICS method=(GIBBS | METROPOLIS) ORDER LBRACK neuronRefList RBRACK SEMI
                                                                  # stochasticOrderedDynamics
    ;

// ---------------------------------------------------------------------------------------------
// Temperature, for the whole network, exact: `temperature 2;` (T = 2, beta = 1/2) or `beta 1/2;`.
// `temperature 0;` is zero temperature, beta = +infinity: the deterministic rule (a Gibbs update
// decides a tie by a fair coin). `beta 0;` is infinite temperature: every state equally likely.

temperatureStatement
    : TEMPERATURE value=number SEMI                               # temperatureValue
    | BETA value=number SEMI                                      # betaValue
    ;

// Simulated annealing: the stochastic dynamics run `sweeps` sweeps at temperatures going from
// `from` to `to`, in equal steps (linear) or equal ratios (geometric):
//   anneal linear from 4 to 1/2 over 1000 sweeps;
//   anneal geometric from 10 to 0.1 over 500 sweeps;
// (`over 1 sweep;` is also fine.)

annealStatement
    : ANNEAL shape=(LINEAR | GEOMETRIC) FROM start=number TO end=number
      OVER sweeps=number (SWEEPS | SWEEP) SEMI
    ;

// Lattice couplings: the weight J of every bond and the external field h of every neuron, so that
// E = -J sum over bonds s_i s_j - h sum over i s_i (the field is the threshold -h):
//   coupling 1;   field 1/2;

couplingStatement
    : COUPLING value=number SEMI
    ;

fieldStatement
    : FIELD value=number SEMI
    ;

// Clamped neurons hold the given values of the activation under every update:
//   clamp a = 1, x[3] = -1;

clampStatement
    : CLAMP clampEntry (COMMA clampEntry)* SEMI
    ;

clampEntry
    : neuronRef EQUALS value=number
    ;

// ---------------------------------------------------------------------------------------------
// Names. The words that start a statement of version 1, and `network`, are reserved; the other
// keywords only mean something where the grammar expects them, so they can also name networks and
// neurons (`network binary { ... }`, `neurons order;`). The keywords version 2 added are all of
// that kind, statement keywords included, so that every version 1 file stays valid
// (`neurons field, clamp;`).

identifier
    : IDENT
    | BIPOLAR
    | BINARY
    | COMPLETE
    | SCALE
    | FROM
    | ASYNCHRONOUS
    | SYNCHRONOUS
    | ORDER
    | RANDOM
    | LATTICE
    | PERIODIC
    | OPEN
    | GIBBS
    | METROPOLIS
    | SWEEP
    | TEMPERATURE
    | BETA
    | ANNEAL
    | LINEAR
    | GEOMETRIC
    | TO
    | OVER
    | SWEEPS
    | COUPLING
    | FIELD
    | CLAMP
    ;

// ---------------------------------------------------------------------------------------------
// Numbers are exact rationals: integers `3`, decimals `-0.25`, `1e-3`, fractions `1/3` and
// `-2.5/3`, with an optional sign `+` or `-`.

number
    : sign=(MINUS | PLUS)? numerator=unsignedNumber (SLASH denominator=unsignedNumber)?
    ;

unsignedNumber
    : INTEGER
    | NUMBER
    ;

// ---------------------------------------------------------------------------------------------
// Lexer. The statement keywords and `network` are reserved: a neuron cannot be called `input`.

NETWORK      : 'network';
NEURONS      : 'neurons';
INPUT        : 'input';
OUTPUT       : 'output';
HIDDEN_ROLE  : 'hidden';
ACTIVATION   : 'activation';
BIPOLAR      : 'bipolar';
BINARY       : 'binary';
CONNECTIONS  : 'connections';
COMPLETE     : 'complete';
WEIGHTS      : 'weights';
SCALE        : 'scale';
THRESHOLDS   : 'thresholds';
PATTERNS     : 'patterns';
FROM         : 'from';
ENERGY       : 'energy';
DYNAMICS     : 'dynamics';
ASYNCHRONOUS : 'asynchronous';
SYNCHRONOUS  : 'synchronous';
ORDER        : 'order';
RANDOM       : 'random';
// Version 2 keywords, none of them reserved (see identifier).
LATTICE      : 'lattice';
PERIODIC     : 'periodic';
OPEN         : 'open';
GIBBS        : 'gibbs';
METROPOLIS   : 'metropolis';
SWEEP        : 'sweep';
TEMPERATURE  : 'temperature';
BETA         : 'beta';
ANNEAL       : 'anneal';
LINEAR       : 'linear';
GEOMETRIC    : 'geometric';
TO           : 'to';
OVER         : 'over';
SWEEPS       : 'sweeps';
COUPLING     : 'coupling';
FIELD        : 'field';
CLAMP        : 'clamp';

LBRACE : '{';
RBRACE : '}';
LBRACK : '[';
RBRACK : ']';
COMMA  : ',';
SEMI   : ';';
COLON  : ':';
RANGE  : '..';
ARROW  : '->';
BOTH   : '<->';
SLASH  : '/';
MINUS  : '-';
PLUS   : '+';
EQUALS : '=';

// An integer is also a number; the parser takes INTEGER where only whole numbers make sense.
INTEGER : DIGITS;
NUMBER  : DIGITS ('.' DIGITS)? EXPONENT? | '.' DIGITS EXPONENT?;
IDENT   : [a-zA-Z_] [a-zA-Z_0-9]*;
// A string ends on its line. The escapes \" \\ \n \t are checked by the tree builder (HN008),
// and a string that does not end on its line is one token of its own (HN006).
STRING              : '"' (~["\\\r\n] | '\\' ~[\r\n])* '"';
UNTERMINATED_STRING : '"' (~["\\\r\n] | '\\' ~[\r\n])*;

// A block comment that reaches the end of the file is reported (HN007), hence the hidden channel.
LINE_COMMENT  : '//' ~[\r\n]* -> skip;
BLOCK_COMMENT : '/*' .*? ('*/' | EOF) -> channel(HIDDEN);
WHITESPACE    : [ \t\r\n\f]+ -> skip;

// Anything else is an error token, reported once as an unexpected character (HN002).
UNEXPECTED : . ;

fragment DIGITS   : [0-9]+;
fragment EXPONENT : [eE] [+-]? DIGITS;
