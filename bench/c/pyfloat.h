/* print_float(x): print a double exactly as CPython's repr() does, so that the
 * C twins' output can be compared with the Python programs' byte for byte.
 *
 * CPython prints the shortest digit string that reads back as the same double,
 * in fixed notation when the decimal exponent e satisfies -4 <= e < 16 and in
 * exponent notation (at least two exponent digits) otherwise.  The shortest
 * string is found by asking printf for 1, 2, ... 17 significant digits and
 * keeping the first that round-trips through strtod. */
#ifndef PYFLOAT_H
#define PYFLOAT_H

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void float_repr(double x, char *out) {
    if (isnan(x)) { strcpy(out, "nan"); return; }
    if (isinf(x)) { strcpy(out, x < 0 ? "-inf" : "inf"); return; }
    if (x == 0.0) { strcpy(out, signbit(x) ? "-0.0" : "0.0"); return; }
    char sci[40];
    for (int precision = 1; precision <= 17; precision++) {
        snprintf(sci, sizeof sci, "%.*e", precision - 1, x);
        if (strtod(sci, NULL) == x) break;
    }
    /* sci is "[-]d[.ddd]e[+-]XX": split it into sign, digits and exponent */
    char digits[20];
    int n = 0, negative = sci[0] == '-';
    char *p = sci + negative;
    for (; *p != 'e'; p++)
        if (*p != '.') digits[n++] = *p;
    digits[n] = '\0';
    int exponent = atoi(p + 1);
    char *o = out;
    if (negative) *o++ = '-';
    if (exponent < -4 || exponent >= 16) {
        *o++ = digits[0];
        if (n > 1) { *o++ = '.'; memcpy(o, digits + 1, n - 1); o += n - 1; }
        sprintf(o, "e%c%02d", exponent < 0 ? '-' : '+', abs(exponent));
        return;
    }
    int point = exponent + 1; /* digits before the decimal point */
    if (point <= 0) {
        o += sprintf(o, "0.");
        for (int i = 0; i < -point; i++) *o++ = '0';
        strcpy(o, digits);
    } else if (point >= n) {
        memcpy(o, digits, n); o += n;
        for (int i = n; i < point; i++) *o++ = '0';
        strcpy(o, ".0");
    } else {
        memcpy(o, digits, point); o += point;
        *o++ = '.';
        strcpy(o, digits + point);
    }
}

static void print_float(double x) {
    char text[48];
    float_repr(x, text);
    puts(text);
}

#endif
