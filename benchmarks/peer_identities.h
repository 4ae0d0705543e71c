/*
 * peer_identities.h: how the C peers build every function of the spec from four stable cores
 * (softplus, sigmoid, logit, softplusinv), by the identities of spec/softplus.json:
 *
 *   X(function, core, argument sign, result sign)   means   function(x) = result sign * core(argument sign * x)
 *
 * The glibc and SLEEF loops and the peer table all expand this one list.
 */
#ifndef BENCH_PEER_IDENTITIES_H
#define BENCH_PEER_IDENTITIES_H

#define PEER_IDENTITIES(X)                                                                         \
    X(softplus, softplus, 1, 1)                                                                    \
    X(softminus, softplus, -1, -1)             /* x - softplus(x) = -softplus(-x) */               \
    X(sigmoid, sigmoid, 1, 1)                                                                      \
    X(one_minus_sigmoid, sigmoid, -1, 1)       /* 1 - sigmoid(x) = sigmoid(-x) */                  \
    X(logit, logit, 1, 1)                                                                          \
    X(softplusinv, softplusinv, 1, 1)                                                              \
    X(softminusinv, softplusinv, -1, -1)       /* softminusinv(y) = -softplusinv(-y) */            \
    X(log_sigmoid, softplus, -1, -1)           /* log sigmoid(x) = -softplus(-x) */                \
    X(log_one_minus_sigmoid, softplus, 1, -1)  /* log(1 - sigmoid(x)) = -softplus(x) */

#endif
