/* What the formatting files share: a parsed format spec, a number's parts,
 * and format() of any value into a StrWriter. */
#ifndef PYRITE_FORMAT_H
#define PYRITE_FORMAT_H

#include "str_internal.h"

/* [[fill]align][sign][z][#][0][width][,|_][.precision][type], parsed. */
typedef struct Spec {
    uint32_t fill, align, sign, type; /* sign and type 0 when absent */
    int alternate, no_neg_0;
    uint32_t thousands; /* ',' or '_', 0 for none */
    int group;          /* digits per group: 3, 4 for '_' with b o x X */
    int64_t width, precision; /* -1 when absent */
} Spec;

/* A number to lay out: [sign][prefix][digits, grouped][rest]. */
typedef struct Number {
    int negative;
    const char *prefix;
    int64_t n_prefix;
    const char *digits;
    int64_t n_digits;
    const char *rest; /* the point and what follows, an exponent, '%', "inf" … */
    int64_t n_rest;
    int has_char;  /* 'c' formatting: the rest is the character ch */
    uint32_t ch;
} Number;

int pyr_parse_spec(const PyrStr *spec, Spec *f, uint32_t default_type, uint32_t default_align, const char *type_name);
int pyr_unknown_format_code(uint32_t type, const char *type_name);
void pyr_write_number(StrWriter *w, const Spec *f, const Number *num);

/* format(x, spec) into w; 0 with an exception raised. */
int pyr_format_int_into(StrWriter *w, int64_t x, const PyrStr *spec, const char *type_name);
int pyr_format_float_into(StrWriter *w, double x, const PyrStr *spec);
int pyr_format_str_into(StrWriter *w, const PyrStr *s, const PyrStr *spec);
int pyr_format_value_into(StrWriter *w, PyrValue v, const PyrType *t, const PyrStr *spec);

/* The name CPython's messages use for a value's type ('int', 'NoneType', …). */
const char *pyr_type_name(const PyrType *t);

/* str(v) and repr(v) of any value as a new string (str_convert.c). */
PyrStr *pyr_to_str_value(PyrValue v, const PyrType *t);
PyrStr *pyr_repr_value(PyrValue v, const PyrType *t);

#endif
