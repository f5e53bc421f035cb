/* Case mapping (upper, lower, casefold, swapcase, title, capitalize) and the
 * character-class predicates (isalpha, isdigit, …), from the Unicode tables
 * generated out of CPython (runtime/unicode_db.py). Mappings are CPython's
 * full ones ('ß'.upper() == 'SS'), and lower() applies the Final_Sigma rule. */
#include "str_internal.h"

/* CPython's handle_capital_sigma: U+03A3 lowers to final sigma when a cased
 * letter precedes it and none follows (case-ignorable characters skipped). */
static uint32_t lower_sigma(const PyrStr *s, int64_t i) {
    int64_t j = i - 1;
    uint32_t c = 0;
    while (j >= 0 && (pyr_unicode_flags(c = str_get(s, j)) & PYR_U_CASE_IGNORABLE)) j--;
    int final = j >= 0 && (pyr_unicode_flags(c) & PYR_U_CASED);
    if (final && i + 1 < s->len) {
        for (j = i + 1; j < s->len && (pyr_unicode_flags(c = str_get(s, j)) & PYR_U_CASE_IGNORABLE); j++) {
        }
        final = j == s->len || !(pyr_unicode_flags(c) & PYR_U_CASED);
    }
    return final ? 0x3C2 : 0x3C3;
}

/* The full mapping of s[i], with the sigma rule for lower. */
static int map_at(int which, const PyrStr *s, int64_t i, uint32_t out[3]) {
    uint32_t c = str_get(s, i);
    if (which == MAP_LOWER && c == 0x3A3) {
        out[0] = lower_sigma(s, i);
        return 1;
    }
    return pyr_unicode_map(which, c, out);
}

static void write_mapped(StrWriter *w, int which, const PyrStr *s, int64_t i) {
    uint32_t out[3];
    int n = map_at(which, s, i, out);
    for (int k = 0; k < n; k++) pyr_writer_char(w, out[k]);
}

/* Whether ASCII c changes: 'A'-'Z' when lowering (upper = 0), 'a'-'z' when uppering. */
static inline int ascii_changes(unsigned char c, int upper) { return (unsigned char)(c - (upper ? 'a' : 'A')) < 26; }

/* An ASCII string upper- or lowercased; the string itself when nothing changes
 * (Pyrite has no `is` for strs, so a new copy would only cost an allocation:
 * word counts lowercase mostly lowercase words). Called with upper a constant,
 * so each loop tests one range. */
static inline PyrStr *ascii_case(PyrStr *s, int upper) {
    const unsigned char *d = (const unsigned char *)s->data;
    int64_t first = 0;
    while (first < s->len && !ascii_changes(d[first], upper)) first++;
    if (first == s->len) {
        s->ob.rc++;
        return s;
    }
    PyrStr *out = pyr_str_new(s->len, 1);
    if (!out) return NULL;
    memcpy(out->data, s->data, (size_t)first);
    for (int64_t i = first; i < s->len; i++) out->data[i] = (char)(ascii_changes(d[i], upper) ? d[i] ^ 0x20 : d[i]);
    return out;
}

static PyrStr *map_all(PyrStr *s, int which) {
    if (s->len == 0) return pyr_str_empty();
    StrWriter w;
    pyr_writer_init(&w);
    for (int64_t i = 0; i < s->len; i++) write_mapped(&w, which, s, i);
    return pyr_writer_finish(&w);
}

PyrStr *pyr_str_upper(PyrStr *s) { return s->kind == 1 && s->len ? ascii_case(s, 1) : map_all(s, MAP_UPPER); }
PyrStr *pyr_str_lower(PyrStr *s) { return s->kind == 1 && s->len ? ascii_case(s, 0) : map_all(s, MAP_LOWER); }
PyrStr *pyr_str_casefold(PyrStr *s) { return s->kind == 1 && s->len ? ascii_case(s, 0) : map_all(s, MAP_CASEFOLD); }

PyrStr *pyr_str_swapcase(PyrStr *s) {
    StrWriter w;
    pyr_writer_init(&w);
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t flags = pyr_unicode_flags(str_get(s, i));
        if (flags & PYR_U_UPPER)
            write_mapped(&w, MAP_LOWER, s, i);
        else if (flags & PYR_U_LOWER)
            write_mapped(&w, MAP_UPPER, s, i);
        else
            pyr_writer_char(&w, str_get(s, i));
    }
    return pyr_writer_finish(&w);
}

/* s.title(): a cased character after a cased one is lowered, others titled. */
PyrStr *pyr_str_title(PyrStr *s) {
    StrWriter w;
    pyr_writer_init(&w);
    int previous_cased = 0;
    for (int64_t i = 0; i < s->len; i++) {
        write_mapped(&w, previous_cased ? MAP_LOWER : MAP_TITLE, s, i);
        previous_cased = (pyr_unicode_flags(str_get(s, i)) & PYR_U_CASED) != 0;
    }
    return pyr_writer_finish(&w);
}

/* s.capitalize(): the first character titled, the rest lowered. */
PyrStr *pyr_str_capitalize(PyrStr *s) {
    StrWriter w;
    pyr_writer_init(&w);
    for (int64_t i = 0; i < s->len; i++) write_mapped(&w, i ? MAP_LOWER : MAP_TITLE, s, i);
    return pyr_writer_finish(&w);
}

/* True when s is not empty and every character has one of the flags. */
static _Bool all_have(const PyrStr *s, uint32_t flags) {
    if (s->len == 0) return 0;
    for (int64_t i = 0; i < s->len; i++)
        if (!(pyr_unicode_flags(str_get(s, i)) & flags)) return 0;
    return 1;
}

_Bool pyr_str_isalpha(PyrStr *s) { return all_have(s, PYR_U_ALPHA); }
_Bool pyr_str_isdecimal(PyrStr *s) { return all_have(s, PYR_U_DECIMAL); }
_Bool pyr_str_isdigit(PyrStr *s) { return all_have(s, PYR_U_DIGIT); }
_Bool pyr_str_isnumeric(PyrStr *s) { return all_have(s, PYR_U_NUMERIC); }
_Bool pyr_str_isspace(PyrStr *s) { return all_have(s, PYR_U_SPACE); }
/* CPython: isalpha() or isdecimal() or isdigit() or isnumeric() per character */
_Bool pyr_str_isalnum(PyrStr *s) { return all_have(s, PYR_U_ALPHA | PYR_U_DECIMAL | PYR_U_DIGIT | PYR_U_NUMERIC); }

_Bool pyr_str_isascii(PyrStr *s) { return s->kind == 1; }

_Bool pyr_str_isprintable(PyrStr *s) {
    for (int64_t i = 0; i < s->len; i++)
        if (!(pyr_unicode_flags(str_get(s, i)) & PYR_U_PRINTABLE)) return 0;
    return 1;
}

/* islower: no upper or titlecase character and at least one lowercase one
 * (and isupper the other way round). */
static _Bool cased_as(const PyrStr *s, uint32_t want, uint32_t forbidden) {
    int cased = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t flags = pyr_unicode_flags(str_get(s, i));
        if (flags & forbidden) return 0;
        if (flags & want) cased = 1;
    }
    return cased;
}

_Bool pyr_str_islower(PyrStr *s) { return cased_as(s, PYR_U_LOWER, PYR_U_UPPER | PYR_U_TITLE); }
_Bool pyr_str_isupper(PyrStr *s) { return cased_as(s, PYR_U_UPPER, PYR_U_LOWER | PYR_U_TITLE); }

/* istitle: uppercase/titlecase only at the start of a cased run, lowercase only inside one. */
_Bool pyr_str_istitle(PyrStr *s) {
    int cased = 0, previous_cased = 0;
    for (int64_t i = 0; i < s->len; i++) {
        uint32_t flags = pyr_unicode_flags(str_get(s, i));
        if (flags & (PYR_U_UPPER | PYR_U_TITLE)) {
            if (previous_cased) return 0;
            previous_cased = cased = 1;
        } else if (flags & PYR_U_LOWER) {
            if (!previous_cased) return 0;
            previous_cased = cased = 1;
        } else {
            previous_cased = 0;
        }
    }
    return cased;
}

/* isidentifier: XID_Start or '_' first, then XID_Continue. */
_Bool pyr_str_isidentifier(PyrStr *s) {
    if (s->len == 0) return 0;
    uint32_t first = str_get(s, 0);
    if (first != '_' && !(pyr_unicode_flags(first) & PYR_U_XID_START)) return 0;
    for (int64_t i = 1; i < s->len; i++)
        if (!(pyr_unicode_flags(str_get(s, i)) & PYR_U_XID_CONTINUE)) return 0;
    return 1;
}
